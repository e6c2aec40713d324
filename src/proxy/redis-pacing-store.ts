// The pacing state of pacing.ts in Redis, so that replicas share one AccessKey × region × action's
// limits and together stay under its quota. Each operation is one Lua script, run atomically by
// Redis: the script is pacing.ts's arithmetic (tryStartCall, finishCall, refill) written once more
// in Lua, because it must run inside Redis; redis-pacing-store.test.ts runs random sequences of
// operations through both and requires the same decisions and snapshots. A place in flight is a
// member of a sorted set that expires after the longest a call can take, so a replica that dies
// holding places does not hold them for ever.

import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import {
  describeState,
  PACING,
  type CallOutcome,
  type KeyState,
  type PacingSettings,
  type PacingSnapshot,
  type PacingStore,
  type PlaceDecision,
} from './pacing';
import { runScript, type Script } from './redis-script';
import { KEY_PREFIX } from './shared-link';

export interface RedisPacingSettings extends PacingSettings {
  /** A place not given back within this long is counted free again (the longest a call may take). */
  leaseMs: number;
}

/** A key nobody called for this long is forgotten (well past the minute the rate is remembered). */
const IDLE_MS = 10 * PACING.rateMemoryMs;

/**
 * The shared prelude: constants, load and save of the state (a JSON text; absent fields are
 * pacing.ts's null and -Infinity), the places in flight, and the helpers of pacing.ts.
 */
function prelude(settings: RedisPacingSettings): string {
  const constants = JSON.stringify({
    ...PACING,
    maxInFlight: settings.maxInFlight,
    leaseMs: settings.leaseMs,
    idleMs: IDLE_MS,
    ...(settings.maxRatePerSecond === null ? {} : { maxRatePerSecond: settings.maxRatePerSecond }),
  });
  return `
local C = cjson.decode('${constants}')
local stateKey, placesKey = KEYS[1], KEYS[2]
local now = tonumber(ARGV[1])

local function load()
  local text = redis.call('GET', stateKey)
  if text then return cjson.decode(text) end
  return {
    inFlightLimit = math.min(C.initialInFlight, C.maxInFlight),
    ratePerSecond = C.maxRatePerSecond,
    rateAtDecrease = 0, rateTokens = 1, rateRefilledAtMs = 0,
    retryTokens = C.retryCapacity,
    secondStarted = 0, startsThisSecond = 0, startsLastSecond = 0,
    calls = 0, throttledCalls = 0, latencyMs = C.initialLatencyMs,
  }
end

local function save(s)
  redis.call('SET', stateKey, cjson.encode(s), 'PX', C.idleMs)
end

local function inFlight()
  redis.call('ZREMRANGEBYSCORE', placesKey, '-inf', now)
  return redis.call('ZCARD', placesKey)
end

local function refill(s)
  if s.ratePerSecond ~= nil and s.lastThrottledAtMs ~= nil and now - s.lastThrottledAtMs > C.rateMemoryMs then
    s.ratePerSecond = C.maxRatePerSecond
  end
  if s.ratePerSecond == nil then
    s.rateTokens = 1
  else
    local elapsed = math.max(0, now - s.rateRefilledAtMs) / 1000
    s.rateTokens = math.min(1, s.rateTokens + elapsed * s.ratePerSecond)
  end
  s.rateRefilledAtMs = now
end

local function countStart(s)
  local second = math.floor(now / 1000)
  if second == s.secondStarted then return end
  if second == s.secondStarted + 1 then s.startsLastSecond = s.startsThisSecond else s.startsLastSecond = 0 end
  s.startsThisSecond = 0
  s.secondStarted = second
end

local function sentRate(s)
  countStart(s)
  local intoSecond = (now % 1000) / 1000
  return s.startsThisSecond + s.startsLastSecond * (1 - intoSecond)
end
`;
}

/** ARGV: now, ticket. Returns the decision as JSON. */
const TRY_START = `
local s = load()
refill(s)
local result
if inFlight() >= math.floor(s.inFlightLimit) then
  result = '{"started":false}'
elseif s.rateTokens < 1 then
  result = cjson.encode({ started = false, retryInMs = ((1 - s.rateTokens) / s.ratePerSecond) * 1000 })
else
  if s.ratePerSecond ~= nil then s.rateTokens = s.rateTokens - 1 end
  redis.call('ZADD', placesKey, now + C.leaseMs, ARGV[2])
  redis.call('PEXPIRE', placesKey, C.idleMs)
  s.calls = s.calls + 1
  countStart(s)
  s.startsThisSecond = s.startsThisSecond + 1
  result = '{"started":true}'
end
save(s)
return result
`;

/** ARGV: now, ticket, outcome, startedAtMs. */
const FINISH = `
local s = load()
redis.call('ZREM', placesKey, ARGV[2])
local outcome, startedAt = ARGV[3], tonumber(ARGV[4])
if outcome == 'answered' then
  s.latencyMs = s.latencyMs * 0.8 + (now - startedAt) * 0.2
  s.inFlightLimit = math.min(C.maxInFlight, s.inFlightLimit + 1 / s.inFlightLimit)
  if s.ratePerSecond ~= nil then
    s.ratePerSecond = math.min(C.maxRatePerSecond or math.huge,
      s.ratePerSecond + math.max(C.minRateIncrease, C.rateIncrease * s.rateAtDecrease) / s.ratePerSecond)
  end
  s.retryTokens = math.min(C.retryCapacity, s.retryTokens + C.successRefund)
elseif outcome == 'throttled' then
  s.throttledCalls = s.throttledCalls + 1
  s.lastThrottledAtMs = now
  if s.lastDecreaseAtMs == nil or startedAt >= s.lastDecreaseAtMs then
    s.rateAtDecrease = math.min(s.ratePerSecond or math.huge, sentRate(s))
    s.ratePerSecond = math.max(C.minRatePerSecond, s.rateAtDecrease * C.rateDecrease)
    s.rateTokens = math.min(s.rateTokens, 0)
    s.inFlightLimit = math.max(1, s.inFlightLimit * C.inFlightDecrease)
    s.lastDecreaseAtMs = now
  end
end
save(s)
return 1
`;

/** ARGV: now, cost. Returns 1 when taken. */
const TAKE_RETRY = `
local s = load()
local cost = tonumber(ARGV[2])
if s.retryTokens < cost then return 0 end
s.retryTokens = s.retryTokens - cost
save(s)
return 1
`;

/** ARGV: now. Returns the refilled state and the places in flight, as JSON. */
const SNAPSHOT = `
local s = load()
refill(s)
s.inFlight = inFlight()
save(s)
return cjson.encode(s)
`;

type StoredState = Partial<Record<keyof KeyState, number>>;

/** A state as Redis keeps it → pacing.ts's, whose absent values are null or -Infinity. */
function fromStored(stored: StoredState): KeyState {
  return {
    ...(stored as KeyState),
    ratePerSecond: stored.ratePerSecond ?? null,
    lastThrottledAtMs: stored.lastThrottledAtMs ?? null,
    lastDecreaseAtMs: stored.lastDecreaseAtMs ?? -Infinity,
  };
}

export class RedisPacingStore implements PacingStore {
  private readonly scripts: Record<'tryStart' | 'finish' | 'takeRetry' | 'snapshot', Script>;
  /** Keys this replica has called, for its status endpoint; bounded like every map keyed by input. */
  private readonly touched = new LRUCache<string, true>({ max: 10_000 });
  /** Names this replica's places, so the set of places in flight counts each once. */
  private readonly replicaId = randomUUID();
  private nextTicket = 0;

  constructor(
    private readonly redis: Redis,
    private readonly settings: RedisPacingSettings,
  ) {
    const head = prelude(settings);
    const script = (body: string) => ({ lua: head + body });
    this.scripts = {
      tryStart: script(TRY_START),
      finish: script(FINISH),
      takeRetry: script(TAKE_RETRY),
      snapshot: script(SNAPSHOT),
    };
  }

  private keysOf(key: string): string[] {
    this.touched.set(key, true);
    // One hash slot for both, so the scripts also run on a Redis Cluster.
    const tag = `${KEY_PREFIX}pacing:{${key}}`;
    return [`${tag}:state`, `${tag}:places`];
  }

  async tryStart(key: string, nowMs: number): Promise<PlaceDecision> {
    const ticket = `${this.replicaId}:${this.nextTicket++}`;
    const answer = JSON.parse(
      String(await runScript(this.redis, this.scripts.tryStart, this.keysOf(key), [nowMs, ticket])),
    ) as { started: boolean; retryInMs?: number };
    return answer.started
      ? { started: true, ticket }
      : { started: false, retryInMs: answer.retryInMs ?? null };
  }

  async finish(
    key: string,
    ticket: string,
    outcome: CallOutcome,
    startedAtMs: number,
    nowMs: number,
  ): Promise<void> {
    await runScript(this.redis, this.scripts.finish, this.keysOf(key), [nowMs, ticket, outcome, startedAtMs]);
  }

  async takeRetry(key: string, cost: number): Promise<boolean> {
    return (await runScript(this.redis, this.scripts.takeRetry, this.keysOf(key), [0, cost])) === 1;
  }

  async snapshot(key: string, nowMs: number): Promise<PacingSnapshot> {
    const stored = JSON.parse(
      String(await runScript(this.redis, this.scripts.snapshot, this.keysOf(key), [nowMs])),
    ) as StoredState;
    return describeState(fromStored(stored), this.settings);
  }

  async keys(): Promise<string[]> {
    return [...this.touched.keys()];
  }
}
