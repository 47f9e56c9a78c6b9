/**
 * @title Iterate Redis keys with SCAN instead of KEYS (@upstash/redis)
 * @helper lib/redis-scan.ts
 */
import type { Redis } from '@upstash/redis';

/**
 * Yields every key matching `pattern`, a page at a time, with the non-blocking SCAN cursor.
 * Unlike `KEYS`, SCAN never walks the whole keyspace in one command, so Redis keeps serving
 * other clients while a large keyspace is read.
 */
export async function* scanKeys(
  redis: Redis,
  pattern: string,
  count = /*${1:*/100/*}*/,
): AsyncGenerator<string, void, undefined> {
  let cursor: string | number = 0;
  do {
    const [next, keys]: [string | number, string[]] = await redis.scan(cursor, { match: pattern, count });
    cursor = next;
    yield* keys;
  } while (String(cursor) !== '0');
}

/** Collects the matching keys, stopping at `limit` so a huge keyspace cannot exhaust memory. */
export async function collectKeys(redis: Redis, pattern: string, limit = /*${2:*/10_000/*}*/): Promise<string[]> {
  const out: string[] = [];
  for await (const key of scanKeys(redis, pattern)) {
    out.push(key);
    if (out.length >= limit) break;
  }
  return out;
}
