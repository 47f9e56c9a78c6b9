/**
 * @title Unguessable ids, tokens and codes from the platform CSPRNG (node:crypto)
 * @helper lib/random-id.ts
 */
import { randomBytes, randomInt, randomUUID } from 'node:crypto';

/** A random UUID v4 for ids (122 random bits; in the browser and Edge use the global `crypto.randomUUID()`). */
export function generateId(): string {
  return randomUUID();
}

/** A secret token (session ids, API keys, reset and invite tokens): `bytes` random bytes, URL-safe. */
export function generateToken(bytes = /*${1:*/32/*}*/): string {
  return randomBytes(bytes).toString('base64url');
}

/** A numeric one-time code with uniform digits (`randomInt` has no modulo bias). Rate limit its checks. */
export function generateNumericCode(digits = /*${2:*/6/*}*/): string {
  return randomInt(0, 10 ** digits).toString().padStart(digits, '0');
}
