/**
 * @title Verify a webhook's HMAC signature over the raw body in Edge routes (Web Crypto, async)
 * @helper lib/verify-webhook-async.ts
 */

export interface VerifyWebhookAsyncOptions {
  /** Text before the hex digest in the header, e.g. `sha256=` for GitHub-style signatures. */
  prefix?: string;
  /** HMAC hash the sender uses. */
  algorithm?: 'SHA-256' | 'SHA-512' | 'SHA-1';
}

/**
 * Verifies `signatureHeader` against an HMAC of the raw request body with Web Crypto, for routes that
 * run where `node:crypto` does not (`export const runtime = 'edge'`, middleware). Async: always `await`
 * it (a promise is always truthy, so `if (!verifyWebhookSignatureAsync(...))` would never reject).
 *
 * Call it with the exact text the sender signed: `const rawBody = await req.text()` before any parsing.
 * The digests are compared with a loop that visits every byte (no early exit); a malformed or
 * wrong-length header is a plain `false`, never a throw.
 */
export async function verifyWebhookSignatureAsync(
  rawBody: string,
  signatureHeader: string | null | undefined,
  secret: string | undefined,
  options: VerifyWebhookAsyncOptions = {},
): Promise<boolean> {
  if (!secret || !signatureHeader) return false;
  const prefix = options.prefix ?? /*${1:*/'sha256='/*}*/;
  const received = signatureHeader.startsWith(prefix) ? signatureHeader.slice(prefix.length) : signatureHeader;
  if (!/^(?:[0-9a-f]{2})+$/i.test(received)) return false;
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: options.algorithm ?? /*${2:*/'SHA-256'/*}*/ },
    false,
    ['sign'],
  );
  const expected = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(rawBody)));
  if (received.length !== expected.length * 2) return false;
  let diff = 0;
  for (let i = 0; i < expected.length; i++) diff |= expected[i]! ^ Number.parseInt(received.slice(i * 2, i * 2 + 2), 16);
  return diff === 0/*$0*/;
}
