// The answer cache in Redis, shared by the replicas: an answer fetched through one is an answer for
// all of them for the TTL. Keys are hashed (the call key holds the query and the AccessKey ID, and
// may be long); Redis' own memory limit and eviction policy bound the whole (deploy/redis.conf).
// While the link is down, this replica's memory cache stands in.

import { createHash } from 'node:crypto';
import type { AnswerCache } from './response-cache';
import { failover, KEY_PREFIX, type SharedLink } from './shared-link';

/** The Redis key of a call key (also used by shared-flight.ts for its locks). */
export function sharedKeyId(key: string): string {
  return createHash('sha256').update(key).digest('base64url');
}

export function redisAnswerCache(link: SharedLink, ttlMs: number, local: AnswerCache): AnswerCache {
  const redisKey = (key: string) => `${KEY_PREFIX}answer:${sharedKeyId(key)}`;
  return {
    get: (key) =>
      failover(
        link,
        async () => (await link.commands.getBuffer(redisKey(key))) ?? undefined,
        () => local.get(key),
      ),
    set: (key, body) =>
      failover(
        link,
        async () => void (await link.commands.set(redisKey(key), body, 'PX', ttlMs)),
        () => local.set(key, body),
      ),
  };
}
