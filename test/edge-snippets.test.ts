import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { toCommonJsModule } from '../eslint-plugin/src/utils/snippets';
import { snippets } from '../eslint-plugin/src/generated/snippets';

/** The snippet's JavaScript, run as a module with only the Web platform's globals (no `require`). */
function load(id: string): Record<string, (...args: never[]) => unknown> {
  const cjs = toCommonJsModule(snippets[id]!.js.code);
  if (!cjs) throw new Error(`${id} has no CommonJS form`);
  const mod: { exports: Record<string, (...args: never[]) => unknown> } = { exports: {} };
  const noRequire = () => {
    throw new Error('an Edge snippet must not require a module');
  };
  new Function('module', 'exports', 'require', cjs)(mod, mod.exports, noRequire);
  return mod.exports;
}

describe('the Web Crypto (Edge) snippets work with Web APIs only', () => {
  it('safeCompareAsync: equal strings match; different, missing or empty values never do', async () => {
    const { safeCompareAsync, isAuthorizedBearerAsync } = load('no-timing-unsafe-compare.edge') as unknown as {
      safeCompareAsync: (a: string | null | undefined, b: string | null | undefined) => Promise<boolean>;
      isAuthorizedBearerAsync: (h: string | null | undefined, s: string | undefined) => Promise<boolean>;
    };
    expect(await safeCompareAsync('s3cret-value', 's3cret-value')).toBe(true);
    expect(await safeCompareAsync('s3cret-value', 's3cret-valuE')).toBe(false);
    expect(await safeCompareAsync('s3cret', 's3cret-value')).toBe(false);
    expect(await safeCompareAsync('ünïcode', 'ünïcode')).toBe(true);
    expect(await safeCompareAsync(undefined, undefined)).toBe(false);
    expect(await safeCompareAsync(null, 'x')).toBe(false);
    expect(await safeCompareAsync('', '')).toBe(false);
    expect(await isAuthorizedBearerAsync('Bearer tok', 'tok')).toBe(true);
    expect(await isAuthorizedBearerAsync('Basic tok', 'tok')).toBe(false);
    expect(await isAuthorizedBearerAsync('Bearer tok', undefined)).toBe(false);
  });

  it('verifyWebhookSignatureAsync accepts exactly the HMAC node:crypto computes over the raw body', async () => {
    const { verifyWebhookSignatureAsync } = load('require-webhook-verification.edge') as unknown as {
      verifyWebhookSignatureAsync: (body: string, header: string | null | undefined, secret: string | undefined, o?: { prefix?: string; algorithm?: string }) => Promise<boolean>;
    };
    const body = '{"action":"opened","n":1}';
    const hex = createHmac('sha256', 'whsec').update(body, 'utf8').digest('hex');
    expect(await verifyWebhookSignatureAsync(body, `sha256=${hex}`, 'whsec')).toBe(true);
    expect(await verifyWebhookSignatureAsync(body, hex.toUpperCase(), 'whsec')).toBe(true);
    expect(await verifyWebhookSignatureAsync(`${body} `, `sha256=${hex}`, 'whsec')).toBe(false);
    expect(await verifyWebhookSignatureAsync(body, `sha256=${hex}`, 'other')).toBe(false);
    expect(await verifyWebhookSignatureAsync(body, `sha256=${hex.slice(2)}`, 'whsec')).toBe(false);
    expect(await verifyWebhookSignatureAsync(body, 'sha256=zz', 'whsec')).toBe(false);
    expect(await verifyWebhookSignatureAsync(body, null, 'whsec')).toBe(false);
    expect(await verifyWebhookSignatureAsync(body, `sha256=${hex}`, undefined)).toBe(false);
    const hex512 = createHmac('sha512', 'whsec').update(body, 'utf8').digest('hex');
    expect(await verifyWebhookSignatureAsync(body, hex512, 'whsec', { prefix: '', algorithm: 'SHA-512' })).toBe(true);
  });

  it('generateToken / generateNumericCode: URL-safe tokens of the asked size, codes of the asked digits', () => {
    const { generateToken, generateNumericCode, generateId } = load('no-insecure-random-id.edge') as unknown as {
      generateToken: (bytes?: number) => string;
      generateNumericCode: (digits?: number) => string;
      generateId: () => string;
    };
    const token = generateToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(generateToken(16)).not.toBe(generateToken(16));
    for (let i = 0; i < 200; i++) expect(generateNumericCode()).toMatch(/^\d{6}$/);
    expect(generateNumericCode(9)).toMatch(/^\d{9}$/);
    expect(() => generateNumericCode(10)).toThrow(RangeError);
    expect(generateId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
