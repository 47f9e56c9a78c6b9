/**
 * @title Constant-time comparison of secrets, tokens and signatures (crypto.timingSafeEqual)
 * @helper lib/safe-compare.ts
 */
import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Compares two secrets in constant time. Both sides are hashed with SHA-256 first, so the buffers handed
 * to `timingSafeEqual` always have the same length (it throws otherwise) and the comparison does not leak
 * the secret's length either. A missing or empty value never matches: with `===`, an unset env secret and
 * an absent header (`undefined === undefined`) would let the request through.
 */
export function safeCompare(a: string | null | undefined, b: string | null | undefined): boolean {
  if (typeof a !== 'string' || typeof b !== 'string' || a.length === 0 || b.length === 0) return false;
  const digestA = createHash('sha256').update(a, 'utf8').digest();
  const digestB = createHash('sha256').update(b, 'utf8').digest();
  return timingSafeEqual(digestA, digestB)/*$0*/;
}

/** Checks an `Authorization: Bearer <token>` header against the expected secret in constant time. */
export function isAuthorizedBearer(authorization: string | null | undefined, secret: string | undefined): boolean {
  const prefix = /*${1:*/'Bearer '/*}*/;
  if (!authorization?.startsWith(prefix)) return false;
  return safeCompare(authorization.slice(prefix.length), secret);
}
