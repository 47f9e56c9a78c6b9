/**
 * @title Unguessable ids, tokens and codes in middleware, Edge routes and browser code (Web Crypto getRandomValues)
 * @helper lib/random-id-edge.ts
 */

/**
 * A random UUID v4 for ids (122 random bits; `crypto.randomUUID` is global on the Edge runtime, in Node 19+
 * and in browsers, where only secure contexts (HTTPS, localhost) have it).
 */
export function generateId(): string {
  return crypto.randomUUID();
}

/**
 * A secret token (session ids, API keys, reset and invite tokens): `bytes` random bytes, URL-safe
 * base64. Uses only the Web Crypto CSPRNG (`crypto.getRandomValues`), so it runs where `node:crypto` does
 * not: on the Edge runtime (Next.js middleware, `export const runtime = 'edge'`) and in browsers (client
 * components), as well as in Node.
 */
export function generateToken(bytes = /*${1:*/32/*}*/): string {
  const buf = crypto.getRandomValues(new Uint8Array(bytes));
  let binary = '';
  for (const b of buf) binary += String.fromCharCode(b);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/**
 * A numeric one-time code with uniform digits (1 to 9 of them). Draws below the largest multiple of
 * 10^digits that fits in 32 bits and retries above it, so no code is likelier than another (no modulo
 * bias). Web Crypto only, like generateToken: runs on the Edge runtime, in browsers and in Node. Rate
 * limit its checks.
 */
export function generateNumericCode(digits = /*${2:*/6/*}*/): string {
  if (!Number.isInteger(digits) || digits < 1 || digits > 9) throw new RangeError('digits must be an integer from 1 to 9');
  const range = 10 ** digits;
  const limit = Math.floor(0x1_0000_0000 / range) * range;
  const buf = new Uint32Array(1);
  let value: number;
  do {
    crypto.getRandomValues(buf);
    value = buf[0] ?? 0;
  } while (value >= limit);
  return (value % range).toString().padStart(digits, '0');
}
