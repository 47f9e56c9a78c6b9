import rule from '../../src/rules/no-redis-keys';
import { ruleTester, FILES } from '../rule-tester';

ruleTester.run('no-redis-keys', rule, {
  valid: [
    // Twin of chimera-leads' CacheManager: a class field not named for Redis (a search index) is not a Redis client.
    { code: "export class DocsIndex {\n  private index = createSearchIndex();\n\n  async listKeys() {\n    return this.index.keys('docs:*');\n  }\n}\n", filename: 'lib/search/docs-index.ts' },
    // keys() on a search index from a factory not named for Redis.
    { code: "import { initializeSearchIndex } from '@/lib/search'\n\nexport async function listIndexKeys() {\n  const index = await initializeSearchIndex()\n  return index.keys('docs:*')\n}\n", filename: 'app/api/search/route.ts' },
    // A test resetting its own Redis between cases (openpanel).
    { code: "import Redis from 'ioredis';\nimport { afterAll, beforeEach, expect, it } from 'vitest';\n\nconst redis = new Redis(process.env.TEST_REDIS_URL ?? 'redis://localhost:6379');\n\nbeforeEach(async () => {\n  const keys = [...(await redis.keys('cart:*')), ...(await redis.keys('lock:cart'))];\n  if (keys.length > 0) await redis.del(...keys);\n});\n\nafterAll(async () => {\n  await redis.quit();\n});\n\nit('stores a cart', async () => {\n  await redis.set('cart:1', '{}');\n  expect(await redis.get('cart:1')).toBe('{}');\n});\n", filename: "packages/cache/src/store.test.ts" },

    // Object.keys / Reflect / Map#keys are not Redis.
    { code: 'const k = Object.keys(obj);', filename: FILES.route },
    { code: 'const k = Reflect.ownKeys(obj);', filename: FILES.route },
    { code: 'const m = new Map(); for (const k of m.keys()) {}', filename: FILES.route },
    { code: 'const cache = new Map(); const ks = [...cache.keys()];', filename: FILES.lib },
    // .keys() with one argument on something that is not a Redis client.
    { code: "import _ from 'lodash'; const k = _.keys(obj);", filename: FILES.lib },
    { code: 'const form = new FormData(); form.keys();', filename: FILES.route },
    { code: "const list = ['a']; list.keys();", filename: FILES.lib },
    // SCAN is the fix.
    {
      code: "import { Redis } from '@upstash/redis'; const redis = Redis.fromEnv(); await redis.scan(0, { match: 'user:*' });",
      filename: FILES.route,
    },
    // Other commands through sendCommand.
    { code: "await redis.sendCommand(['GET', 'k']);", filename: FILES.route },
  ],
  invalid: [
    // A class's field named for its Redis client (chimera-leads' CacheManager, `private redis: Redis`): `this.redis.keys(pattern)`.
    { code: "import { Redis } from 'ioredis';\nimport { getRedisClient } from './connection';\n\nexport class CacheManager {\n  private redis: Redis;\n\n  constructor() {\n    this.redis = getRedisClient();\n  }\n\n  async deletePattern(pattern: string): Promise<number> {\n    const keys = await this.redis.keys(pattern);\n    return keys.length > 0 ? this.redis.del(...keys) : 0;\n  }\n}\n", filename: 'lib/redis/client.ts', settings: { prodready: { helperModules: { 'no-redis-keys': '@/lib/redis-scan' } } }, errors: [{ messageId: 'keys', line: 12, column: 35, suggestions: [{ messageId: 'useScan', output: "import { Redis } from 'ioredis';\nimport { getRedisClient } from './connection';\nimport { collectKeys } from '@/lib/redis-scan';\n\nexport class CacheManager {\n  private redis: Redis;\n\n  constructor() {\n    this.redis = getRedisClient();\n  }\n\n  async deletePattern(pattern: string): Promise<number> {\n    const keys = await collectKeys(this.redis, pattern);\n    return keys.length > 0 ? this.redis.del(...keys) : 0;\n  }\n}\n" }] }] },
    // A client returned by a same-file factory named for Redis (morphic's initializeRedisClient()).
    { code: "import { createClient } from 'redis'\n\nlet redisClient: ReturnType<typeof createClient> | null = null\n\nasync function initializeRedisClient() {\n  if (redisClient) return redisClient\n  const client = createClient({ url: process.env.LOCAL_REDIS_URL })\n  await client.connect()\n  redisClient = client\n  return client\n}\n\nexport async function cleanupExpiredCache() {\n  const client = await initializeRedisClient()\n  if (!client) return\n  const keys = await client.keys('search:*')\n  for (const key of keys) {\n    if ((await client.ttl(key)) <= 0) await client.del(key)\n  }\n}\n", filename: 'app/api/advanced-search/route.ts', errors: [{ messageId: 'keys', line: 16, column: 29, suggestions: [{ messageId: 'useScan', output: "import { createClient } from 'redis'\nimport type { Redis } from '@upstash/redis';\n\nlet redisClient: ReturnType<typeof createClient> | null = null\n\nasync function initializeRedisClient() {\n  if (redisClient) return redisClient\n  const client = createClient({ url: process.env.LOCAL_REDIS_URL })\n  await client.connect()\n  redisClient = client\n  return client\n}\n\nexport async function cleanupExpiredCache() {\n  const client = await initializeRedisClient()\n  if (!client) return\n  const keys = await collectKeys(client, 'search:*')\n  for (const key of keys) {\n    if ((await client.ttl(key)) <= 0) await client.del(key)\n  }\n}\n\n/**\n * Yields every key matching `pattern`, a page at a time, with the non-blocking SCAN cursor.\n * Unlike `KEYS`, SCAN never walks the whole keyspace in one command, so Redis keeps serving\n * other clients while a large keyspace is read.\n */\nasync function* scanKeys(\n  redis: Redis,\n  pattern: string,\n  count = 100,\n): AsyncGenerator<string, void, undefined> {\n  let cursor: string | number = 0;\n  do {\n    const [next, keys]: [string | number, string[]] = await redis.scan(cursor, { match: pattern, count });\n    cursor = next;\n    yield* keys;\n  } while (String(cursor) !== '0');\n}\n\n/** Collects the matching keys, stopping at `limit` so a huge keyspace cannot exhaust memory. */\nasync function collectKeys(redis: Redis, pattern: string, limit = 10_000): Promise<string[]> {\n  const out: string[] = [];\n  for await (const key of scanKeys(redis, pattern)) {\n    out.push(key);\n    if (out.length >= limit) break;\n  }\n  return out;\n}\n" }] }] },
    {
      code: "import { Redis } from '@upstash/redis';\nconst redis = Redis.fromEnv();\nexport async function GET() {\n  const keys = await redis.keys('session:*');\n  return Response.json(keys);\n}\n",
      filename: FILES.route,
      errors: [
        {
          messageId: 'keys',
          line: 4,
          column: 28,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'useScan',
              output: `import { Redis } from '@upstash/redis';
const redis = Redis.fromEnv();
export async function GET() {
  const keys = await collectKeys(redis, 'session:*');
  return Response.json(keys);
}

/**
 * Yields every key matching \`pattern\`, a page at a time, with the non-blocking SCAN cursor.
 * Unlike \`KEYS\`, SCAN never walks the whole keyspace in one command, so Redis keeps serving
 * other clients while a large keyspace is read.
 */
async function* scanKeys(
  redis: Redis,
  pattern: string,
  count = 100,
): AsyncGenerator<string, void, undefined> {
  let cursor: string | number = 0;
  do {
    const [next, keys]: [string | number, string[]] = await redis.scan(cursor, { match: pattern, count });
    cursor = next;
    yield* keys;
  } while (String(cursor) !== '0');
}

/** Collects the matching keys, stopping at \`limit\` so a huge keyspace cannot exhaust memory. */
async function collectKeys(redis: Redis, pattern: string, limit = 10_000): Promise<string[]> {
  const out: string[] = [];
  for await (const key of scanKeys(redis, pattern)) {
    out.push(key);
    if (out.length >= limit) break;
  }
  return out;
}
`,
            },
          ],
        },
      ],
    },
    {
      code: "import Redis from 'ioredis';\nconst client = new Redis(process.env.REDIS_URL);\nawait client.keys(`user:${id}:*`);",
      filename: FILES.lib,
      settings: { prodready: { helperModules: { 'no-redis-keys': '@/lib/redis-scan' } } },
      errors: [
        {
          messageId: 'keys',
          line: 3,
          suggestions: [
            {
              messageId: 'useScan',
              output:
                "import Redis from 'ioredis';\nimport { collectKeys } from '@/lib/redis-scan';\nconst client = new Redis(process.env.REDIS_URL);\nawait collectKeys(client, `user:${id}:*`);",
            },
          ],
        },
      ],
    },
    {
      code: "import { kv } from '@vercel/kv';\nconst all = await kv.keys('*');",
      filename: FILES.route,
      settings: { prodready: { helperModules: { 'no-redis-keys': '@/lib/redis-scan' } } },
      errors: [
        {
          messageId: 'keys',
          suggestions: [
            {
              messageId: 'useScan',
              output:
                "import { kv } from '@vercel/kv';\nimport { collectKeys } from '@/lib/redis-scan';\nconst all = await collectKeys(kv, '*');",
            },
          ],
        },
      ],
    },
    {
      code: "await redisClient.sendCommand(['KEYS', 'cache:*']);",
      filename: FILES.lib,
      errors: [{ messageId: 'keys', suggestions: [] }],
    },
  ],
});
