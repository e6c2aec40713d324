// Where a proxy keeps the state that replicas may share: the answer cache, identical calls in flight
// and the pacing of each AccessKey × region × action. On its own (no `--redis`) all of it lives in
// memory; with `--redis URL` in Redis, with this replica's memory standing in while Redis is
// unreachable (shared-link.ts).

import type { SharedStateHealth } from '../ecs/proxy-api';
import { GATEWAY_ANSWER_CODEC, type GatewayAnswer } from './ecs-gateway';
import { FailoverPacingStore } from './failover-pacing-store';
import { MemoryPacingStore, type PacingSettings, type PacingStore } from './pacing';
import { redisAnswerCache } from './redis-answer-cache';
import { RedisPacingStore } from './redis-pacing-store';
import {
  createResponseCache,
  DEFAULT_CACHE_LIMITS,
  memoryAnswerCache,
  type AnswerCache,
} from './response-cache';
import { SharedFlights } from './shared-flight';
import { SharedLink } from './shared-link';

export interface ProxyState {
  pacing: PacingStore;
  /** Absent when the cache is off. */
  cache: AnswerCache | undefined;
  /** Absent without Redis: single-flight.ts alone joins identical calls. */
  sharedFlights: SharedFlights<GatewayAnswer> | undefined;
  health(): SharedStateHealth;
  close(): Promise<void>;
}

export interface ProxyStateOptions {
  redisUrl: string | undefined;
  cacheTtlMs: number;
  pacing: PacingSettings;
  /** The longest one request may take (`--timeout`): a shared place is not held longer. */
  timeoutMs: number;
  log: (line: string) => void;
}

/** How long a replica waits for Redis at start before it starts on memory (it joins later). */
const FIRST_CONNECTION_MS = 3_000;

export async function createProxyState(options: ProxyStateOptions): Promise<ProxyState> {
  const memoryPacing = new MemoryPacingStore(options.pacing);
  const lru = createResponseCache({ ...DEFAULT_CACHE_LIMITS, ttlMs: options.cacheTtlMs });
  const memoryCache = lru && memoryAnswerCache(lru);
  if (options.redisUrl === undefined)
    return {
      pacing: memoryPacing,
      cache: memoryCache,
      sharedFlights: undefined,
      health: () => ({ store: 'memory', redis: 'not configured' }),
      close: async () => {},
    };

  const link = new SharedLink(options.redisUrl, options.log);
  if (!(await link.connected(FIRST_CONNECTION_MS)))
    options.log(
      `redis: not reachable within ${FIRST_CONNECTION_MS / 1000} s of starting; serving from this replica's memory, and joining when it is`,
    );
  const shared = new RedisPacingStore(link.commands, {
    ...options.pacing,
    leaseMs: options.timeoutMs + 1_000,
  });
  return {
    pacing: new FailoverPacingStore(link, shared, memoryPacing),
    cache: memoryCache && redisAnswerCache(link, options.cacheTtlMs, memoryCache),
    sharedFlights: new SharedFlights(link, GATEWAY_ANSWER_CODEC),
    health: () => link.health(),
    close: () => link.close(),
  };
}
