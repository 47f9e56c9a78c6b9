/**
 * @title Constant-time comparison of secrets in middleware and Edge routes (Web Crypto, async)
 * @helper lib/safe-compare-async.ts
 */

/**
 * Compares two secrets in constant time with Web Crypto, for code where `node:crypto` does not exist:
 * Next.js middleware (the Edge runtime) and routes with `export const runtime = 'edge'` (it runs in Node
 * 20+ too). Both sides are hashed with SHA-256 first, so the loop always compares two 32-byte digests,
 * visits every byte (no early exit) and leaks neither where the values differ nor the secret's length.
 * A missing or empty value never matches: with `===`, an unset env secret and an absent header
 * (`undefined === undefined`) would let the request through.
 *
 * Web Crypto digests are async, so this returns a promise: always `await` it. Without the `await`,
 * `if (!safeCompareAsync(a, b))` tests a promise, which is always truthy, and the check never fails.
 */
export async function safeCompareAsync(a: string | null | undefined, b: string | null | undefined): Promise<boolean> {
  if (typeof a !== 'string' || typeof b !== 'string' || a.length === 0 || b.length === 0) return false;
  const encoder = new TextEncoder();
  const [digestA, digestB] = await Promise.all([
    crypto.subtle.digest('SHA-256', encoder.encode(a)),
    crypto.subtle.digest('SHA-256', encoder.encode(b)),
  ]);
  const bytesA = new Uint8Array(digestA);
  const bytesB = new Uint8Array(digestB);
  let diff = 0;
  for (let i = 0; i < bytesA.length; i++) diff |= bytesA[i]! ^ bytesB[i]!;
  return diff === 0/*$0*/;
}

/** Checks an `Authorization: Bearer <token>` header against the expected secret in constant time. */
export async function isAuthorizedBearerAsync(authorization: string | null | undefined, secret: string | undefined): Promise<boolean> {
  const prefix = /*${1:*/'Bearer '/*}*/;
  if (!authorization?.startsWith(prefix)) return false;
  return safeCompareAsync(authorization.slice(prefix.length), secret);
}
