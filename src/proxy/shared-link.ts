// The link to Redis that replicas share their state through (`--redis URL`): one connection for
// commands and one for pub/sub, reconnecting for as long as the proxy runs. While the link is down,
// every shared store answers from this replica's memory instead (failover() below), the change is
// logged once each way, and /healthz says which state is in use. Commands never queue while the
// link is down and never wait long: a request must not hang on Redis.

import { Redis, type RedisOptions } from 'ioredis';
import type { SharedStateHealth } from '../ecs/proxy-api';

/** Every key and channel the proxy uses starts with this. */
export const KEY_PREFIX = 'ecs-browser:';

const LINK_OPTIONS: RedisOptions = {
  // Fail at once while disconnected, instead of queueing until Redis is back.
  enableOfflineQueue: false,
  maxRetriesPerRequest: 0,
  // A command that takes longer than this is given up (a hung Redis is a gone Redis).
  commandTimeout: 1_000,
  connectTimeout: 2_000,
  // Try again for ever, at most every 2 s.
  retryStrategy: (times) => Math.min(times * 100, 2_000),
};

export class SharedLink {
  readonly commands: Redis;
  /** Subscribed connections take no other commands. */
  readonly subscriber: Redis;
  private downSince: number | null = null;
  private lastError = '';
  private readonly onDownListeners = new Set<() => void>();

  constructor(
    url: string,
    private readonly log: (line: string) => void,
    private readonly now: () => number = Date.now,
  ) {
    this.commands = new Redis(url, { ...LINK_OPTIONS, connectionName: 'ecs-browser' });
    this.subscriber = new Redis(url, { ...LINK_OPTIONS, connectionName: 'ecs-browser-sub' });
    for (const connection of [this.commands, this.subscriber]) {
      connection.on('error', (e: Error) => {
        this.lastError = describeError(e);
      });
      connection.on('ready', () => this.recheck());
      connection.on('close', () => this.recheck());
    }
    // Until the first connection is made, the replica serves from memory.
    this.downSince = this.now();
  }

  /** Resolves once both connections are ready, or after `timeoutMs` (then the replica starts on memory). */
  async connected(timeoutMs: number): Promise<boolean> {
    if (this.up) return true;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.commands.off('ready', check);
        this.subscriber.off('ready', check);
        resolve(false);
      }, timeoutMs);
      const check = () => {
        if (!this.up) return;
        clearTimeout(timer);
        this.commands.off('ready', check);
        this.subscriber.off('ready', check);
        resolve(true);
      };
      this.commands.on('ready', check);
      this.subscriber.on('ready', check);
    });
  }

  /** Both connections are ready: the shared stores are in use. */
  get up(): boolean {
    return this.commands.status === 'ready' && this.subscriber.status === 'ready';
  }

  /** Called when the link goes down (waiters on another replica's call stop waiting). */
  onDown(listener: () => void): () => void {
    this.onDownListeners.add(listener);
    return () => this.onDownListeners.delete(listener);
  }

  /** A command failed: the link may be going down; the connection's own events settle it. */
  failed(e: unknown): void {
    this.lastError = describeError(e);
    this.recheck();
  }

  health(): SharedStateHealth {
    return this.downSince === null
      ? { store: 'redis', redis: 'connected' }
      : {
          store: 'memory',
          redis: 'unreachable',
          since: new Date(this.downSince).toISOString(),
          ...(this.lastError ? { error: this.lastError } : {}),
        };
  }

  async close(): Promise<void> {
    this.onDownListeners.clear();
    await Promise.allSettled([this.commands.quit(), this.subscriber.quit()]);
    this.commands.disconnect();
    this.subscriber.disconnect();
  }

  private recheck(): void {
    const up = this.up;
    if (up && this.downSince !== null) {
      this.downSince = null;
      this.lastError = '';
      this.log(
        'redis: connected; the answer cache, identical calls and pacing are shared with the other replicas',
      );
    } else if (!up && this.downSince === null) {
      this.downSince = this.now();
      this.log(
        `redis: unreachable${this.lastError ? ` (${this.lastError})` : ''}; serving from this replica's memory until it is back`,
      );
      for (const listener of this.onDownListeners) listener();
    }
  }
}

function describeError(e: unknown): string {
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  return e instanceof Error ? e.message.split('\n')[0]!.slice(0, 120) : 'error';
}

/**
 * Runs `shared` while the link is up, `local` while it is down or when `shared` fails (and tells
 * the link, so it can notice it is down).
 */
export async function failover<T>(
  link: SharedLink,
  shared: () => Promise<T>,
  local: () => Promise<T>,
): Promise<T> {
  if (!link.up) return local();
  try {
    return await shared();
  } catch (e) {
    link.failed(e);
    return local();
  }
}
