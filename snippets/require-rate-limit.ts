/**
 * @title Rate limit with @upstash/ratelimit (sliding window per user or IP, 429 + Retry-After)
 * @helper lib/rate-limit.ts
 */
import { Ratelimit } from '@upstash/ratelimit';
import { Redis } from '@upstash/redis';

/**
 * One limiter for the app, shared by every serverless instance through Redis (an in-memory counter
 * resets on every cold start and differs per instance). Reads UPSTASH_REDIS_REST_URL and
 * UPSTASH_REDIS_REST_TOKEN; `Redis.fromEnv()` throws at startup when they are missing.
 */
const ratelimit = new Ratelimit({
  redis: Redis.fromEnv(),
  limiter: Ratelimit.slidingWindow(/*${1:*/10/*}*/, /*${2:*/'60 s'/*}*/),
  prefix: /*${3:*/'ratelimit'/*}*/,
  analytics: false,
});

export interface RateLimitResult {
  success: boolean;
  limit: number;
  remaining: number;
  /** Epoch milliseconds when the window resets. */
  reset: number;
  retryAfterSeconds: number;
}

/**
 * Counts one request for `key` (`'chat:' + userId`, `'login:' + ip`, ...). Key by the authenticated
 * user where there is one, else by client IP; for sign-in also key by the account being attempted.
 */
export async function rateLimit(key: string): Promise<RateLimitResult> {
  const { success, limit, remaining, reset, pending } = await ratelimit.limit(key);
  // Upstash may sync analytics / multi-region state in the background: never leave it dangling.
  pending.catch(() => undefined);
  return {
    success,
    limit,
    remaining,
    reset,
    retryAfterSeconds: Math.max(1, Math.ceil((reset - Date.now()) / 1000)),
  };
}

type HeaderSource = Request | Headers | { headers: Record<string, string | string[] | undefined> };

function header(source: HeaderSource, name: string): string | undefined {
  if (source instanceof Headers) return source.get(name) ?? undefined;
  if (source instanceof Request) return source.headers.get(name) ?? undefined;
  const value = source.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The caller's IP as seen by the platform proxy (Vercel, Cloudflare, most load balancers set these;
 * the first `x-forwarded-for` entry is the client). Falls back to one shared bucket, never to "no limit".
 */
export function clientIp(source: HeaderSource): string {
  const forwarded = header(source, 'x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || header(source, 'x-real-ip') || header(source, 'cf-connecting-ip') || 'unknown';
}

/** The 429 response with the standard headers clients and SDKs back off on. */
export function tooManyRequests(result: RateLimitResult): Response {
  return Response.json(
    { error: 'Too many requests', retryAfter: result.retryAfterSeconds },
    {
      status: 429,
      headers: {
        'Retry-After': String(result.retryAfterSeconds),
        'X-RateLimit-Limit': String(result.limit),
        'X-RateLimit-Remaining': String(result.remaining),
        'X-RateLimit-Reset': String(Math.ceil(result.reset / 1000)),
      },
    },
  );
}
/*$0*/
