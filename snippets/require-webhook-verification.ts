/**
 * @title Verify a webhook's HMAC signature over the raw body (crypto.timingSafeEqual)
 * @helper lib/verify-webhook.ts
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface VerifyWebhookOptions {
  /** Text before the hex digest in the header, e.g. `sha256=` for GitHub-style signatures. */
  prefix?: string;
  /** HMAC algorithm the sender uses. */
  algorithm?: 'sha256' | 'sha512' | 'sha1';
}

/**
 * Verifies `signatureHeader` against an HMAC of the raw request body.
 *
 * Call it with the exact text the sender signed: `const rawBody = await req.text()` before any parsing.
 * `JSON.stringify(await req.json())` re-serializes the payload (key order, spacing, unicode escapes) and
 * no longer matches what was signed. Buffers are length-checked first, because `timingSafeEqual` throws
 * on unequal lengths: a malformed header must be a 401, not a 500.
 */
export function verifyWebhookSignature(
  rawBody: string,
  signatureHeader: string | null | undefined,
  secret: string | undefined,
  options: VerifyWebhookOptions = {},
): boolean {
  if (!secret || !signatureHeader) return false;
  const prefix = options.prefix ?? /*${1:*/'sha256='/*}*/;
  const received = signatureHeader.startsWith(prefix) ? signatureHeader.slice(prefix.length) : signatureHeader;
  if (!/^[0-9a-f]+$/i.test(received)) return false;
  const expected = createHmac(options.algorithm ?? /*${2:*/'sha256'/*}*/, secret).update(rawBody, 'utf8').digest();
  const given = Buffer.from(received, 'hex');
  if (given.length !== expected.length) return false;
  return timingSafeEqual(given, expected)/*$0*/;
}
