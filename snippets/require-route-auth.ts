/**
 * @title Authentication guard: verify a signed session token (HS256 JWT, WebCrypto) before any data access
 * @helper lib/require-auth.ts
 */

/** The authenticated caller. */
export interface AuthUser {
  id: string;
  email?: string;
  role?: string;
}

export type AuthResult =
  | { ok: true; user: AuthUser }
  | { ok: false; status: 401; error: string; response: Response };

/** Where the token may come from: a Fetch `Request`, `await headers()`, or a Pages API `req`. */
export type AuthSource = Request | Headers | { headers: Record<string, string | string[] | undefined> };

const SESSION_COOKIE = /*${1:*/'session'/*}*/;
const ISSUER = /*${2:*/undefined/*}*/ as string | undefined;
const CLOCK_SKEW_SECONDS = 30;

function readHeader(source: AuthSource, name: string): string | undefined {
  if (source instanceof Headers) return source.get(name) ?? undefined;
  if (source instanceof Request) return source.headers.get(name) ?? undefined;
  const value = source.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

/** The bearer token, or the session cookie (httpOnly, set by your sign-in route). */
function readToken(source: AuthSource): string | undefined {
  const authorization = readHeader(source, 'authorization');
  if (authorization?.startsWith('Bearer ')) return authorization.slice('Bearer '.length).trim() || undefined;
  const cookie = readHeader(source, 'cookie');
  if (!cookie) return undefined;
  for (const part of cookie.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) {
      return decodeURIComponent(part.slice(eq + 1).trim()) || undefined;
    }
  }
  return undefined;
}

function base64UrlToBytes(input: string): Uint8Array<ArrayBuffer> {
  const base64 = input.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(input.length / 4) * 4, '=');
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

let keyPromise: Promise<CryptoKey> | undefined;

/** The HMAC key from AUTH_SECRET, imported once per instance. Fails loudly when the secret is missing or weak. */
function getKey(): Promise<CryptoKey> {
  const secret = process.env.AUTH_SECRET;
  if (!secret || secret.length < 32) {
    throw new Error('AUTH_SECRET must be set to at least 32 characters');
  }
  keyPromise ??= crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'verify',
  ]);
  return keyPromise;
}

/** Verifies an HS256 JWT: signature (constant time, by WebCrypto), algorithm, expiry, not-before and issuer. */
async function verifyToken(token: string): Promise<Record<string, unknown> | null> {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const [header, payload, signature] = parts as [string, string, string];
  try {
    const head = JSON.parse(new TextDecoder().decode(base64UrlToBytes(header))) as { alg?: unknown };
    if (head.alg !== 'HS256') return null;
    const valid = await crypto.subtle.verify(
      'HMAC',
      await getKey(),
      base64UrlToBytes(signature),
      new TextEncoder().encode(`${header}.${payload}`),
    );
    if (!valid) return null;
    const claims = JSON.parse(new TextDecoder().decode(base64UrlToBytes(payload))) as Record<string, unknown>;
    const now = Math.floor(Date.now() / 1000);
    if (typeof claims.exp !== 'number' || claims.exp + CLOCK_SKEW_SECONDS < now) return null;
    if (typeof claims.nbf === 'number' && claims.nbf - CLOCK_SKEW_SECONDS > now) return null;
    if (ISSUER !== undefined && claims.iss !== ISSUER) return null;
    return claims;
  } catch {
    return null;
  }
}

function unauthorized(error: string): AuthResult {
  return {
    ok: false,
    status: 401,
    error,
    response: Response.json({ error }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } }),
  };
}

/**
 * Authenticates the caller from a bearer token or the session cookie. Call it first in every route
 * handler and server action that reaches data, and return `result.response` (401) when `!result.ok`.
 */
export async function requireAuth(source: AuthSource): Promise<AuthResult> {
  const token = readToken(source);
  if (!token) return unauthorized('Authentication required');
  const claims = await verifyToken(token);
  if (!claims || typeof claims.sub !== 'string' || claims.sub === '') return unauthorized('Invalid or expired session');
  return {
    ok: true,
    user: {
      id: claims.sub,
      email: typeof claims.email === 'string' ? claims.email : undefined,
      role: typeof claims.role === 'string' ? claims.role : undefined,
    },
  };
}
/*$0*/
