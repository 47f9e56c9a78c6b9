/**
 * @title Cache shared by every serverless instance (@upstash/redis, with TTL) instead of a module-level Map
 * @helper lib/shared-cache.ts
 */
import { Redis } from '@upstash/redis';

// One client per instance is fine: it holds no request data, only the connection settings.
const redis = Redis.fromEnv();

/** A Map-like cache whose entries live in Redis, so every instance sees the same data and it survives cold starts. */
export interface SharedCache<T> {
  get(key: string): Promise<T | undefined>;
  set(key: string, value: T, ttlSeconds?: number): Promise<void>;
  has(key: string): Promise<boolean>;
  delete(key: string): Promise<boolean>;
  /** Read-through: the cached value, or `load()`'s result stored for `ttlSeconds`. */
  getOrSet(key: string, load: () => Promise<T>, ttlSeconds?: number): Promise<T>;
}

/**
 * Creates a cache under `namespace:` whose entries expire after `defaultTtlSeconds` (an expiry is
 * what keeps a cache from serving stale rows forever). Redis failures degrade to a cache miss
 * instead of failing the request.
 */
export function createCache<T>(namespace: string, defaultTtlSeconds = /*${1:*/300/*}*/): SharedCache<T> {
  const fullKey = (key: string): string => `${namespace}:${key}`;
  const cache: SharedCache<T> = {
    async get(key) {
      try {
        const value = await redis.get<T>(fullKey(key));
        return value ?? undefined;
      } catch (err) {
        console.warn(`cache get failed for ${namespace}`, err);
        return undefined;
      }
    },
    async set(key, value, ttlSeconds = defaultTtlSeconds) {
      try {
        await redis.set(fullKey(key), value, { ex: ttlSeconds });
      } catch (err) {
        console.warn(`cache set failed for ${namespace}`, err);
      }
    },
    async has(key) {
      try {
        return (await redis.exists(fullKey(key))) > 0;
      } catch (err) {
        console.warn(`cache has failed for ${namespace}`, err);
        return false;
      }
    },
    async delete(key) {
      try {
        return (await redis.del(fullKey(key))) > 0;
      } catch (err) {
        console.warn(`cache delete failed for ${namespace}`, err);
        return false;
      }
    },
    async getOrSet(key, load, ttlSeconds = defaultTtlSeconds) {
      const hit = await cache.get(key);
      if (hit !== undefined) return hit;
      const value = await load();
      await cache.set(key, value, ttlSeconds);
      return value;
    },
  };
  return cache;
}
