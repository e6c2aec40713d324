// Identical calls in flight on several replicas at the same moment are made once: the replica that
// takes a short lock per call key in Redis makes the call; the others wait for its answer, which it
// publishes (and keeps for a moment, for a waiter that subscribes just after). The lock lives a few
// seconds and is renewed while the call runs, so a replica that dies holding it delays the others
// by those seconds at most: they see the lock gone and one of them takes it. A waiter whose wait
// ends without an answer (the leader's browser left, so there was none) tries for the lock itself;
// while Redis is unreachable, every replica makes its own calls. Within one replica, single-flight.ts
// already joins identical requests, so one replica takes part in a shared flight once per call.

import { randomUUID } from 'node:crypto';
import { sharedKeyId } from './redis-answer-cache';
import { runScript, type Script } from './redis-script';
import { KEY_PREFIX, type SharedLink } from './shared-link';

export interface FlightCodec<T> {
  /** The answer as it is published; undefined for one that must not be shared. */
  encode(value: T): Buffer | undefined;
  decode(message: Buffer): T;
  /** What a waiter gets when its own request went away first. */
  aborted: T;
}

export interface FlightTimings {
  /** How long the lock lives without being renewed (renewed at a third of it). */
  lockMs: number;
  /** How long a published answer stays readable for a waiter that subscribes late. */
  resultMs: number;
  /** How often a waiter checks that the lock is still held (its holder may have died). */
  pollMs: number;
}

export const FLIGHT_TIMINGS: FlightTimings = { lockMs: 3_000, resultMs: 2_000, pollMs: 500 };

/** KEYS: lock. ARGV: token, lockMs. Extends the lock while it is still this replica's. */
const RENEW: Script = {
  lua: `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0`,
};

/**
 * KEYS: lock, result. ARGV: token, channel, answer ('' for none), resultMs. Publishes the answer
 * (an empty message: "no answer, try yourself") and lets the lock go, in one step.
 */
const LAND: Script = {
  lua: `if ARGV[3] ~= '' then redis.call('SET', KEYS[2], ARGV[3], 'PX', ARGV[4]) end
redis.call('PUBLISH', ARGV[2], ARGV[3])
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end
return 1`,
};

type WaitOutcome =
  | { kind: 'answer'; message: Buffer }
  /** The lock went without an answer: take it. */
  | { kind: 'released' }
  | { kind: 'aborted' }
  /** Redis went away: make the call here. */
  | { kind: 'unavailable' };

interface Channel {
  listeners: Set<(message: Buffer) => void>;
  subscribed: Promise<unknown>;
}

export class SharedFlights<T> {
  private readonly channels = new Map<string, Channel>();
  private readonly onLinkDown = new Set<() => void>();

  constructor(
    private readonly link: SharedLink,
    private readonly codec: FlightCodec<T>,
    private readonly timings: FlightTimings = FLIGHT_TIMINGS,
  ) {
    link.subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) => {
      for (const listener of this.channels.get(channel.toString())?.listeners ?? []) listener(message);
    });
    link.onDown(() => {
      // Subscriptions do not survive a reconnect here; waiters make their own calls.
      this.channels.clear();
      for (const wake of [...this.onLinkDown]) wake();
    });
  }

  /** Makes the call under `key` here, or waits for the replica that is making it. */
  async run(
    key: string,
    signal: AbortSignal,
    start: (signal: AbortSignal) => Promise<T>,
  ): Promise<{ value: T; shared: boolean }> {
    const id = sharedKeyId(key);
    const keys = {
      lock: `${KEY_PREFIX}flight:{${id}}:lock`,
      result: `${KEY_PREFIX}flight:{${id}}:answer`,
      channel: `${KEY_PREFIX}flight:${id}`,
    };
    const alone = async () => ({ value: await start(signal), shared: false });
    for (;;) {
      if (!this.link.up || signal.aborted) return alone();
      const token = randomUUID();
      let taken: boolean;
      try {
        taken = (await this.link.commands.set(keys.lock, token, 'PX', this.timings.lockMs, 'NX')) === 'OK';
      } catch (e) {
        this.link.failed(e);
        return alone();
      }
      if (taken) return { value: await this.lead(keys, token, signal, start), shared: false };
      const waited = await this.follow(keys, signal);
      switch (waited.kind) {
        case 'answer':
          return { value: this.codec.decode(waited.message), shared: true };
        case 'aborted':
          return { value: this.codec.aborted, shared: false };
        case 'unavailable':
          return alone();
        case 'released':
          continue;
      }
    }
  }

  private async lead(
    keys: { lock: string; result: string; channel: string },
    token: string,
    signal: AbortSignal,
    start: (signal: AbortSignal) => Promise<T>,
  ): Promise<T> {
    const renew = setInterval(() => {
      runScript(this.link.commands, RENEW, [keys.lock], [token, this.timings.lockMs]).catch(() => {});
    }, this.timings.lockMs / 3);
    let value: T;
    try {
      value = await start(signal);
    } finally {
      clearInterval(renew);
    }
    const message = signal.aborted ? undefined : this.codec.encode(value);
    try {
      await runScript(
        this.link.commands,
        LAND,
        [keys.lock, keys.result],
        [token, keys.channel, message ?? '', this.timings.resultMs],
      );
    } catch (e) {
      // The others see the lock expire and carry on without this answer.
      this.link.failed(e);
    }
    return value;
  }

  private async follow(
    keys: { lock: string; result: string; channel: string },
    signal: AbortSignal,
  ): Promise<WaitOutcome> {
    let settle!: (outcome: WaitOutcome) => void;
    const outcome = new Promise<WaitOutcome>((resolve) => (settle = resolve));
    const onMessage = (message: Buffer) =>
      settle(message.length > 0 ? { kind: 'answer', message } : { kind: 'released' });
    const onAbort = () => settle({ kind: 'aborted' });
    const onDown = () => settle({ kind: 'unavailable' });
    signal.addEventListener('abort', onAbort, { once: true });
    this.onLinkDown.add(onDown);
    let poll: NodeJS.Timeout | undefined;
    try {
      await this.subscribe(keys.channel, onMessage);
      // The answer may have landed before the subscription did.
      const early = await this.link.commands.getBuffer(keys.result);
      if (early) return { kind: 'answer', message: early };
      const check = async () => {
        try {
          if ((await this.link.commands.exists(keys.lock)) === 0) {
            const late = await this.link.commands.getBuffer(keys.result);
            settle(late ? { kind: 'answer', message: late } : { kind: 'released' });
          }
        } catch (e) {
          this.link.failed(e);
          settle({ kind: 'unavailable' });
        }
      };
      void check();
      poll = setInterval(() => void check(), this.timings.pollMs);
      return await outcome;
    } catch (e) {
      this.link.failed(e);
      return { kind: 'unavailable' };
    } finally {
      clearInterval(poll);
      signal.removeEventListener('abort', onAbort);
      this.onLinkDown.delete(onDown);
      this.unsubscribe(keys.channel, onMessage);
    }
  }

  private async subscribe(name: string, listener: (message: Buffer) => void): Promise<void> {
    let channel = this.channels.get(name);
    if (!channel) {
      const created: Channel = { listeners: new Set(), subscribed: this.link.subscriber.subscribe(name) };
      created.subscribed.catch(() => {
        if (this.channels.get(name) === created) this.channels.delete(name);
      });
      this.channels.set(name, created);
      channel = created;
    }
    channel.listeners.add(listener);
    await channel.subscribed;
  }

  private unsubscribe(name: string, listener: (message: Buffer) => void): void {
    const channel = this.channels.get(name);
    if (!channel) return;
    channel.listeners.delete(listener);
    if (channel.listeners.size > 0) return;
    this.channels.delete(name);
    this.link.subscriber.unsubscribe(name).catch(() => {});
  }
}
