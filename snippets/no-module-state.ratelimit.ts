/**
 * @title Rate limit shared by every serverless instance (@upstash/ratelimit) instead of an in-memory counter
 * @helper lib/rate-limit.ts
 */
import { Ratelimit } from '@upstash/ratelimit';
import { Redis } from '@upstash/redis';

// The counters live in Redis: every instance enforces the same window, and a cold start resets nothing.
const ratelimit = new Ratelimit({
  redis: Redis.fromEnv(),
  limiter: Ratelimit.slidingWindow(/*${1:*/10/*}*/, /*${2:*/'60 s'/*}*/),
  prefix: /*${3:*/'ratelimit'/*}*/,
});

export interface RateLimitResult {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window frees a slot (0 when allowed). */
  retryAfterSeconds: number;
  /** `X-RateLimit-*` and `Retry-After` headers for the response. */
  headers: Record<string, string>;
}

/** Counts one request for `identifier` (a user id, an API key id, or the client IP). */
export async function checkRateLimit(identifier: string): Promise<RateLimitResult> {
  const { success, limit, remaining, reset } = await ratelimit.limit(identifier);
  const retryAfterSeconds = success ? 0 : Math.max(1, Math.ceil((reset - Date.now()) / 1000));
  const headers: Record<string, string> = {
    'X-RateLimit-Limit': String(limit),
    'X-RateLimit-Remaining': String(remaining),
    'X-RateLimit-Reset': String(Math.ceil(reset / 1000)),
  };
  if (!success) headers['Retry-After'] = String(retryAfterSeconds);
  return { allowed: success, limit, remaining, retryAfterSeconds, headers };
}
