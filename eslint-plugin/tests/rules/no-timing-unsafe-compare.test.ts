import rule from '../../src/rules/no-timing-unsafe-compare';
import { describe, expect, it } from 'vitest';
import { lintWith } from '../../../test/lint-helpers';
import { ruleTester, FILES } from '../rule-tester';

const helper = { prodready: { helperModules: { 'no-timing-unsafe-compare': '@/lib/safe-compare' } } };
const IMPORT = "import { safeCompare } from '@/lib/safe-compare';";
/** The suggestion output: the comparison rewritten, the import added after the last import (or at the top). */
function fixed(code: string, from: string, to: string): { messageId: 'useSafeCompare'; output: string }[] {
  const out = code.replace(from, to);
  const lines = out.split('\n');
  const last = lines.map((l) => /^import\s/.test(l)).lastIndexOf(true);
  if (last >= 0) lines.splice(last + 1, 0, IMPORT);
  else lines.unshift(IMPORT);
  return [{ messageId: 'useSafeCompare', output: lines.join('\n') }];
}
const PAGES = "import { env } from '@/env';\nexport default async function handler(req, res) {\n  if (req.query.secret !== process.env.REVALIDATE_TOKEN) return res.status(401).end();\n  if (req.headers['x-api-key'] != env.ADMIN_API_KEY) return res.status(401).end();\n  const expectedKey = env.HEALTH_API_KEY;\n  if (expectedKey && req.headers['x-health-key'] !== expectedKey) return res.status(401).end();\n}\n";
const PASSWORD = "export async function POST(req: Request) {\n  const { password } = await req.json();\n  const decryptedPassword = decrypt(link.password);\n  const ok = decryptedPassword === password;\n  return Response.json({ ok });\n}\n";
const DIGEST_TWIN = "export async function POST(req: Request) {\n  const body = await req.json();\n  const file = await db.file.find(body.id);\n  if (file.digest !== body.digest) return new Response('no', { status: 401 });\n}\n";
/** sourcebot's initialize.ts: an env switch (`*_ENABLED`, with `auth` and `credentials` in its name) synced into a row. */
const FLAG_SYNC = "import { env } from '@sourcebot/shared';\n\nexport async function syncFlags(org: { isCredentialsLoginEnabled: boolean }) {\n  if (env.AUTH_CREDENTIALS_LOGIN_ENABLED !== undefined) {\n    const isCredentialsLoginEnabled = env.AUTH_CREDENTIALS_LOGIN_ENABLED === 'true';\n    if (org.isCredentialsLoginEnabled !== isCredentialsLoginEnabled) await save({ isCredentialsLoginEnabled });\n  }\n}\n";
/** Twin: the same shape with the credential itself (`AUTH_CREDENTIALS_SECRET`) compared with what the caller sent. */
const FLAG_SYNC_TWIN = FLAG_SYNC.replace("isCredentialsLoginEnabled: boolean }", "isCredentialsLoginEnabled: boolean }, provided: string").replace('org.isCredentialsLoginEnabled !== isCredentialsLoginEnabled', 'provided !== env.AUTH_CREDENTIALS_SECRET');
const GITHUB = "const signature = request.headers.get('x-hub-signature-256');\nif (signature !== computedSignature) throw new Error('bad');\n";

/** CapSoftware/Cap's desktop-segments recovery: a manifest's content hash (imported) against the stored or expected one. */
const MANIFEST_RECOVERY = "import { getManifestSignature, parseRecoveryMarker } from '@/lib/recovery-marker';\n\nexport async function completeManifest({ videoId, expectedManifestSignature }: { videoId: string; expectedManifestSignature?: string }) {\n  const loaded = await loadManifest(videoId);\n  const signature = getManifestSignature(loaded.manifest);\n  if (expectedManifestSignature && signature !== expectedManifestSignature) return { status: 'manifest-changed' };\n  return queueFinalization(videoId);\n}\n\nexport async function recoverCandidate(videoId: string, processingMessage: string | null) {\n  const marker = parseRecoveryMarker(processingMessage);\n  const loaded = await loadManifest(videoId);\n  const signature = getManifestSignature(loaded.manifest);\n  if (marker?.signature !== signature) return 'observing';\n  return completeManifest({ videoId, expectedManifestSignature: signature });\n}\n";
/** A fingerprint function of the file itself (a plain hash of the data), in a file that also reads env. */
const LOCAL_FINGERPRINT = "import { createHash } from 'node:crypto';\n\nconst bucket = process.env.UPLOADS_BUCKET;\n\nfunction manifestSignature(manifest: Manifest) {\n  return createHash('sha256').update(JSON.stringify(manifest)).digest('hex').slice(0, 32);\n}\n\nexport async function syncManifest(stored: { signature: string }, manifest: Manifest) {\n  const signature = manifestSignature(manifest);\n  if (stored.signature !== signature) await upload(bucket, manifest);\n}\n";
/** Twin: the same keyless hash function, but of a password from the request: the stored hash is the password's stand-in. */
const PASSWORD_DIGEST = "import { createHash } from 'node:crypto';\n\nfunction valueDigest(value: string) {\n  return createHash('sha256').update(value).digest('hex');\n}\n\nexport async function POST(req: Request) {\n  const body = await req.json();\n  const user = await db.user.find(body.email);\n  const digest = valueDigest(body.password);\n  if (user.digest !== digest) return new Response('no', { status: 401 });\n  return Response.json({ ok: true });\n}\n";
const SIGNED_MANIFEST = MANIFEST_RECOVERY.replaceAll('getManifestSignature', 'signManifest');
/** CopilotKit's web inspector: a serialization of the tools, kept to see whether they changed (the class also holds headers). */
const TOOL_SIGNATURE = "export class Inspector {\n  private toolSignature = '';\n  private headers: Record<string, string> = {};\n\n  refreshTools(tools: { agentId: string; name: string }[]) {\n    const signature = JSON.stringify(tools.map((tool) => ({ agentId: tool.agentId, name: tool.name })));\n    if (signature !== this.toolSignature) {\n      this.toolSignature = signature;\n    }\n  }\n}\n";
/** Twin: the serialization holds a secret, so the value is a credential's stand-in. */
const SECRET_SIGNATURE = TOOL_SIGNATURE.replace('JSON.stringify(tools.map((tool) => ({ agentId: tool.agentId, name: tool.name })))', 'JSON.stringify({ tools, secret: process.env.INSPECTOR_SECRET })');
const KEYED_FINGERPRINT = LOCAL_FINGERPRINT.replace("createHash('sha256')", "createHmac('sha256', process.env.MANIFEST_SIGNING_SECRET!)").replace('{ createHash }', '{ createHmac }');

/** The Web Crypto helper a suggestion appends to an Edge file (middleware, `runtime = 'edge'`), TypeScript and JavaScript. */
const EDGE_DOC = "/**\n * Compares two secrets in constant time with Web Crypto, for code where `node:crypto` does not exist:\n * Next.js middleware (the Edge runtime) and routes with `export const runtime = 'edge'` (it runs in Node\n * 20+ too). Both sides are hashed with SHA-256 first, so the loop always compares two 32-byte digests,\n * visits every byte (no early exit) and leaks neither where the values differ nor the secret's length.\n * A missing or empty value never matches: with `===`, an unset env secret and an absent header\n * (`undefined === undefined`) would let the request through.\n *\n * Web Crypto digests are async, so this returns a promise: always `await` it. Without the `await`,\n * `if (!safeCompareAsync(a, b))` tests a promise, which is always truthy, and the check never fails.\n */\n";
const EDGE_HELPER =
  EDGE_DOC +
  "async function safeCompareAsync(a: string | null | undefined, b: string | null | undefined): Promise<boolean> {\n  if (typeof a !== 'string' || typeof b !== 'string' || a.length === 0 || b.length === 0) return false;\n  const encoder = new TextEncoder();\n  const [digestA, digestB] = await Promise.all([\n    crypto.subtle.digest('SHA-256', encoder.encode(a)),\n    crypto.subtle.digest('SHA-256', encoder.encode(b)),\n  ]);\n  const bytesA = new Uint8Array(digestA);\n  const bytesB = new Uint8Array(digestB);\n  let diff = 0;\n  for (let i = 0; i < bytesA.length; i++) diff |= bytesA[i]! ^ bytesB[i]!;\n  return diff === 0;\n}\n";
const EDGE_HELPER_JS =
  EDGE_DOC +
  "async function safeCompareAsync(a, b) {\n  if (typeof a !== 'string' || typeof b !== 'string' || a.length === 0 || b.length === 0) return false;\n  const encoder = new TextEncoder();\n  const [digestA, digestB] = await Promise.all([\n    crypto.subtle.digest('SHA-256', encoder.encode(a)),\n    crypto.subtle.digest('SHA-256', encoder.encode(b)),\n  ]);\n  const bytesA = new Uint8Array(digestA);\n  const bytesB = new Uint8Array(digestB);\n  let diff = 0;\n  for (let i = 0; i < bytesA.length; i++) diff |= bytesA[i] ^ bytesB[i];\n  return diff === 0;\n}\n";
/** big-AGI's middleware_BASIC_AUTH.ts: Basic-auth credentials compared with `!==` in Edge middleware. */
const BASIC_AUTH = "import { NextResponse, type NextRequest } from 'next/server';\n\nexport async function middleware(req: NextRequest) {\n  const [user, pwd] = atob((req.headers.get('authorization') ?? '').split(' ')[1] ?? '').split(':');\n  if (user !== process.env.HTTP_BASIC_AUTH_USERNAME || pwd !== process.env.HTTP_BASIC_AUTH_PASSWORD) {\n    return new NextResponse('Unauthorized', { status: 401 });\n  }\n  return NextResponse.next();\n}\n";
const EDGE_ROUTE = "export const runtime = 'edge';\n\nexport async function POST(req: Request) {\n  const apiKey = req.headers.get('x-api-key');\n  if (apiKey === process.env.INTERNAL_API_KEY && req.method === 'POST') return Response.json({ ok: true });\n  return new Response('Unauthorized', { status: 401 });\n}\n";
const EDGE_TOKENS = "export const runtime = 'edge';\n\nexport async function GET(req: Request) {\n  const tokens = (req.headers.get('x-cron-tokens') ?? '').split(',');\n  if (!tokens.includes(process.env.CRON_SECRET)) return new Response('Unauthorized', { status: 401 });\n  return Response.json({ ok: true });\n}\n";
const SYNC_MIDDLEWARE = "import { NextResponse } from 'next/server';\n\nexport function middleware(req: Request) {\n  if (req.headers.get('x-api-key') !== process.env.INTERNAL_API_KEY) return new NextResponse('Unauthorized', { status: 401 });\n  return NextResponse.next();\n}\n";
const NODE_MIDDLEWARE = "import { NextResponse } from 'next/server';\n\nexport const config = { runtime: 'nodejs', matcher: ['/api/:path*'] };\n\nexport async function middleware(req: Request) {\n  if (req.headers.get('x-api-key') !== process.env.INTERNAL_API_KEY) return new NextResponse('Unauthorized', { status: 401 });\n  return NextResponse.next();\n}\n";
const EDGE_PAGES = "export const config = { runtime: 'edge' };\n\nexport default async function handler(req: Request) {\n  if (req.headers.get('x-api-key') !== process.env.INTERNAL_API_KEY) return new Response('Unauthorized', { status: 401 });\n  return Response.json({ ok: true });\n}\n";

/** cal.com's Daily video webhook: the HMAC computed by a helper of the file, compared with the header. */
const DAILY = "import { createHmac } from 'node:crypto';\n\nconst computeSignature = (secret: string, body: unknown, timestamp: string | null) => {\n  const hmac = createHmac('sha256', Buffer.from(secret, 'base64'));\n  return hmac.update(`${timestamp}.${JSON.stringify(body)}`).digest('base64');\n};\n\nexport async function POST(request: Request) {\n  const body = await request.json();\n  const secret = process.env.DAILY_WEBHOOK_SECRET;\n  if (!secret) return new Response('No secret', { status: 500 });\n  const computed = computeSignature(secret, body, request.headers.get('x-webhook-timestamp'));\n  if (request.headers.get('x-webhook-signature') !== computed) {\n    return new Response('Signature does not match', { status: 403 });\n  }\n  return Response.json({ ok: true });\n}\n";
/** Twin: the file's helper returns a plain hash of public content (an ETag), compared with If-None-Match. */
const ETAG = DAILY.replace("createHmac('sha256', Buffer.from(secret, 'base64'))", "createHash('sha256')").replace('{ createHmac }', '{ createHash }').replaceAll('hmac', 'hash').replace("request.headers.get('x-webhook-signature')", "request.headers.get('if-none-match')");

/** LibreChat's MCP authority check: two records' config digests compared to see whether the config changed, in a file that also names credentials. */
const CONFIG_DIGEST =
  "export function assertServersCurrent(current: ServerState[], expectedServers: Map<string, ServerProof>) {\n  for (const server of current) {\n    const expected = expectedServers.get(server.serverName);\n    if (!expected) throw new AuthorityError('unexpected server');\n    if (server.credentialRevision !== expected.credentialRevision) throw new AuthorityError('credential changed');\n    if (server.resolvedConfigDigest !== expected.resolvedConfigDigest) throw new AuthorityError('config changed');\n  }\n}\n";
/** Twin: a digest of a token is the token's stand-in. */
const TOKEN_DIGEST = CONFIG_DIGEST.replaceAll('resolvedConfigDigest', 'resolvedTokenDigest');
/** Portkey's admin UI: the bearer token and the body's admin_token checked against the configured admin token. */
const CONFIGURED_TOKEN =
  "import { Context, Next } from 'hono';\n\nexport const adminAuth = async (c: Context, next: Next) => {\n  const configuredToken = getConfiguredAdminToken();\n  if (getBearerToken(c) !== configuredToken) return c.json({ error: 'unauthorized' }, 401);\n  await next();\n};\n";

ruleTester.run('no-timing-unsafe-compare', rule, {
  valid: [
    // A Next app kept under a tooling folder (a dev tool's own routes) stays tooling.
    { code: "export async function POST(req: Request) {\n  if (req.headers.get('x-seed-secret') !== process.env.SEED_SECRET) {\n    return new Response('Forbidden', { status: 403 });\n  }\n  return Response.json({ ok: true });\n}\n", filename: "tools/devtools/app/api/seed/route.ts" },
    // Cap's Effect handler: the code arrives as a parameter; the other side is a stored hash read from the database.
    { code: "import crypto from 'node:crypto';\n\nconst hashEmailCode = (code: string) =>\n  crypto.createHash('sha256').update(`${code}${process.env.NEXTAUTH_SECRET}`).digest('hex');\n\nexport async function verifyEmailSession({ email, code }: { email: string; code: string }) {\n  const token = hashEmailCode(code.trim());\n  const [verificationToken] = await db.select().from(verificationTokens).where(eq(verificationTokens.identifier, email)).limit(1);\n  if (!verificationToken) return 'missing';\n  if (verificationToken.token !== token) return 'invalid';\n  return 'ok';\n}\n", filename: 'apps/web/app/api/mobile/[...route]/route.ts' },
    // Cap's mobile sign-in: a keyed hash of the code the request sent against the stored one; the caller cannot steer the digest.
    { code: "import crypto from 'node:crypto';\n\nconst hashEmailCode = (code: string) =>\n  crypto.createHash('sha256').update(`${code}${process.env.NEXTAUTH_SECRET}`).digest('hex');\n\nexport async function POST(req: Request) {\n  const { email, code } = (await req.json()) as { email: string; code: string };\n  const token = hashEmailCode(code);\n  const [verificationToken] = await db.select().from(verificationTokens).where(eq(verificationTokens.identifier, email)).limit(1);\n  if (!verificationToken) return Response.json({ error: 'missing' }, { status: 400 });\n  if (verificationToken.token !== token) return Response.json({ error: 'invalid' }, { status: 400 });\n  return Response.json({ ok: true });\n}\n", filename: 'apps/web/app/api/mobile/route.ts' },
    // Imported constants that name a header or a cookie (`API_KEY_HEADER`, `SESSION_COOKIE_NAME`) are not secrets.
    { code: "import { API_KEY_HEADER, SESSION_COOKIE_NAME } from '@/lib/constants';\n\nexport async function GET(req: Request) {\n  for (const [name] of req.headers) {\n    if (name === API_KEY_HEADER) return Response.json({ header: name });\n  }\n  const cookieName = new URL(req.url).searchParams.get('cookie');\n  if (cookieName === SESSION_COOKIE_NAME) return Response.json({ ok: true });\n  return Response.json({ ok: false });\n}\n", filename: 'app/api/headers/route.ts' },
    // A request value under a `…Param` name that is no secret.
    { code: "export async function GET(req: Request) {\n  const sortParam = new URL(req.url).searchParams.get('sort');\n  if (sortParam !== 'createdAt') return Response.json({ sort: 'default' });\n  return Response.json({ sort: sortParam });\n}\n", filename: 'app/api/list/route.ts' },
    // An id compared with an env value whose name says `TOKEN` for LLM token usage (Helicone's worker: a payment's
    // `metadata.productId` against the Stripe product for token usage): ids, not secrets.
    { code: "export class BillingManager {\n  constructor(private env: { STRIPE_TOKEN_USAGE_PRODUCT: string }) {}\n  async onPaymentSucceeded(paymentIntent: { metadata: { productId?: string } }) {\n    if (paymentIntent.metadata.productId === this.env.STRIPE_TOKEN_USAGE_PRODUCT) {\n      return this.creditTokens(paymentIntent);\n    }\n    return null;\n  }\n  async creditTokens(p: unknown) { return p; }\n}\n", filename: 'lib/managers/BillingManager.ts' },
    // Two records' config digests compared to detect a change (LibreChat's MCP authority proofs): a fingerprint of configuration, not a credential.
    { code: CONFIG_DIGEST, filename: 'packages/data-schemas/src/methods/authority.ts' },
    // The configured token against a new one the admin is setting: a change check, not a request's guess.
    { code: CONFIGURED_TOKEN.replace('getBearerToken(c)', 'newToken'), filename: 'src/middlewares/admin-auth.ts' },
    { code: ETAG, filename: 'app/api/recorded-daily-video/route.ts' },
    // Content fingerprints compared to see whether data changed (CapSoftware/Cap): a file that holds no key and reads
    // no request, or a signature made by this file's own keyless hash function.
    { code: MANIFEST_RECOVERY, filename: 'apps/web/lib/desktop-segments-recovery.ts' },
    { code: LOCAL_FINGERPRINT, filename: 'lib/uploads/sync.ts' },
    { code: TOOL_SIGNATURE, filename: 'src/inspector.ts' },
    // A desktop app's UI comparing a thumbnails signature (CapSoftware/Cap's apps/desktop): device code, no request.
    { code: "export function refresh(signature: string) {\n  if (displayThumbnailsSignature() === signature) return;\n  load();\n}\n", filename: 'apps/desktop/src/routes/(window-chrome)/new-main/index.tsx' },
    // A tools/ folder at the project root holds dev scripts (big-AGI's tools/develop/).
    { code: "export function verify(req: Request) {\n  const signature = req.headers.get('x-signature');\n  if (signature !== process.env.WEBHOOK_SECRET) throw new Error('bad signature');\n  return true;\n}\n", filename: 'tools/develop/replay/verify.ts' },
    // .includes() on a list of event names or algorithms: no secret or digest involved.
    { code: "const ALLOWED_EVENTS = [\"transaction.created\", \"transaction.updated\"];\n\nexport function isHandled(eventType: string, signatureAlgorithms: string[]) {\n  return ALLOWED_EVENTS.includes(eventType) && signatureAlgorithms.includes(\"sha256\");\n}\n", filename: 'apps/api/src/utils/events.ts' },
    // Twin of the keyed hash: a plain hash of a public value (nothing secret in it).
    { code: "import { createHash } from 'crypto';\n\n\n\nexport function validateCsrfToken(fullToken: string): boolean {\n  const [raw, token] = fullToken.split(':');\n  if (!raw || !token) return false;\n  const expected = createHash('sha256').update(raw).digest('hex');\n  return expected === token;\n}\n", filename: "lib/csrf.ts" },

    // A CLI package compares what its operator passed in.
    { code: "export function checkToken(input: string): boolean {\n  return input === process.env.ADMIN_TOKEN;\n}\n", filename: "packages/cli/src/auth.ts" },

    // Dokploy: two image tags' digests compared while searching the tag list; a CLI script comparing its own inputs.
    { code: 'export function latestVersion(allResults: Tag[]) {\n  const latestTag = allResults.find((t) => t.name === "latest");\n  return allResults.find((t) => t.digest === latestTag.digest && t.name.startsWith("v"));\n}\n', filename: 'packages/server/src/services/settings.ts' },
    { code: 'const OLD_SECRET = process.env.OLD_SECRET;\nconst NEW_SECRET = process.env.NEW_SECRET;\nif (OLD_SECRET === NEW_SECRET) process.exit(1);\n', filename: 'apps/dokploy/scripts/migrate-auth-secret.ts' },
    // null / undefined / empty / typeof / length checks
    { code: 'if (token === undefined) {}', filename: FILES.route },
    { code: "if (process.env.CRON_SECRET === '') {}", filename: FILES.route },
    { code: 'if (secret == null) {}', filename: FILES.route },
    { code: "if (typeof apiKey !== 'string') {}", filename: FILES.route },
    { code: 'if (signature.length !== expected.length) return false;', filename: FILES.lib },
    // enum values, roles, ids, token types and counts
    { code: "if (token.type === 'access') {}", filename: FILES.route },
    { code: 'if (tokenCount === maxTokens) {}', filename: FILES.route },
    { code: 'if (session.user.id === post.authorId) {}', filename: FILES.route },
    { code: "if (user.role !== 'admin') {}", filename: FILES.route },
    { code: "if (scheme !== 'Bearer') {}", filename: FILES.route },
    { code: 'if (secretKey === BEDROCK_USE_DEFAULT_CREDENTIALS) {}', filename: FILES.lib },
    { code: "import { API_KEY_NON_EXISTENT } from './c'; if (redisApiKey === API_KEY_NON_EXISTENT) {}", filename: FILES.lib },
    { code: 'if (tokens.provider === account.provider) {}', filename: FILES.lib },
    // non-secret env values (price ids, urls)
    { code: 'if (priceId === process.env.STRIPE_PRICE_ID_PRO) {}', filename: FILES.route },
    // A switch, not a secret (sourcebot's initialize.ts syncs a deprecated login flag into the org row).
    { code: FLAG_SYNC, filename: 'src/initialize.ts' },
    { code: 'if (origin !== process.env.NEXT_PUBLIC_APP_URL) {}', filename: FILES.route },
    { code: "if (process.env.NODE_ENV === 'production') {}", filename: FILES.route },
    // form confirmations and change detection
    { code: 'if (password !== confirmPassword) {}', filename: FILES.action },
    { code: 'if (currentPassword === newPassword) {}', filename: FILES.action },
    { code: 'if (newAccessToken !== accessToken) { save(); }', filename: FILES.lib },
    // A pending fetch of a token compared by identity (assistant-ui's cloud auth strategy): a promise, not the token.
    { code: "export class AuthStrategy {\n  private tokenRequest: Promise<string> | null = null;\n  async getHeaders() {\n    if (!this.tokenRequest) this.tokenRequest = this.fetchToken();\n    const tokenRequest = this.tokenRequest;\n    try {\n      return await tokenRequest;\n    } finally {\n      if (this.tokenRequest === tokenRequest) this.tokenRequest = null;\n    }\n  }\n  private async fetchToken() { return 'x'; }\n}\n", filename: FILES.lib },
    { code: 'const isCurrent = s.token === currentToken;', filename: FILES.route },
    { code: 'if (previousToken && previousToken !== token) {}', filename: FILES.route },
    // a plain hash (HIBP prefix) is not a secret
    {
      code: "import { createHash } from 'crypto'; const suffix = createHash('sha1').update(pw).digest('hex').slice(5); lines.some((l) => l.split(':')[0] === suffix);",
      filename: FILES.lib,
    },
    // client code: no timing attack surface
    { code: "'use client';\nif (password !== confirmPassword) {}\nif (token === process.env.NEXT_PUBLIC_TOKEN) {}", filename: FILES.component },
    // values derived from a verified event are not credentials (the signature header only feeds constructEvent)
    {
      code: "export async function POST(req: Request) {\n  const signature = req.headers.get('stripe-signature');\n  const event = stripe.webhooks.constructEvent(await req.text(), signature, process.env.STRIPE_WEBHOOK_SECRET);\n  const priceId = event.data.object.items.data[0]?.price.id;\n  if (priceId === process.env.STRIPE_PRICE_ID_PRO) {}\n  if (newPlan !== org.plan) {}\n}",
      filename: 'app/api/webhooks/stripe/route.ts',
    },
    // the fix
    { code: "import { safeCompare } from '@/lib/safe-compare'; if (!safeCompare(token, process.env.CRON_SECRET)) {}", filename: FILES.route },
    { code: "import { timingSafeEqual } from 'crypto'; timingSafeEqual(Buffer.from(a), Buffer.from(b));", filename: FILES.lib },
    // test files
    { code: 'expect(token === process.env.CRON_SECRET).toBe(true);', filename: 'tests/auth.test.ts' },
  ],
  invalid: [
    // A module-level guard (`if (!INTERNAL_KEY) throw`): the handler never runs with the secret unset, so no `undefined !== undefined` clause.
    {"code":"const INTERNAL_KEY = process.env.INTERNAL_API_KEY;\nif (!INTERNAL_KEY) throw new Error('INTERNAL_API_KEY is required');\nexport default function handler(req, res) {\n  if (req.headers['x-api-key'] !== INTERNAL_KEY) return res.status(401).end();\n  res.json({ ok: true });\n}\n","filename":"pages/api/internal/run.js","errors":[{"messageId":"unsafeCompare","data":{"what": "The secret process.env.INTERNAL_API_KEY", "op": "!==", "unset": "", "remedy": "crypto.timingSafeEqual"},"line":4,"column":7,"suggestions":[{"messageId":"useSafeCompare","output":"import { createHash, timingSafeEqual } from 'node:crypto';\nconst INTERNAL_KEY = process.env.INTERNAL_API_KEY;\nif (!INTERNAL_KEY) throw new Error('INTERNAL_API_KEY is required');\nexport default function handler(req, res) {\n  if (!safeCompare(req.headers['x-api-key'], INTERNAL_KEY)) return res.status(401).end();\n  res.json({ ok: true });\n}\n\n/**\n * Compares two secrets in constant time. Both sides are hashed with SHA-256 first, so the buffers handed\n * to `timingSafeEqual` always have the same length (it throws otherwise) and the comparison does not leak\n * the secret's length either. A missing or empty value never matches: with `===`, an unset env secret and\n * an absent header (`undefined === undefined`) would let the request through.\n */\nfunction safeCompare(a, b) {\n  if (typeof a !== 'string' || typeof b !== 'string' || a.length === 0 || b.length === 0) return false;\n  const digestA = createHash('sha256').update(a, 'utf8').digest();\n  const digestB = createHash('sha256').update(b, 'utf8').digest();\n  return timingSafeEqual(digestA, digestB);\n}\n"}]}]},
    // Vercel Cron's documented check: with CRON_SECRET unset the expected value is the text `Bearer undefined`, which anyone can send (mubseoul's and many AI-built cron routes).
    {"code":"export async function GET(req: Request) {\n  if (req.headers.get('authorization') !== `Bearer ${process.env.CRON_SECRET}`) {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  return Response.json(await sendDigests());\n}\n","filename":"app/api/cron/digest/route.ts","errors":[{"messageId":"unsafeCompare","data":{"what": "The secret process.env.CRON_SECRET", "op": "!==", "unset": ", and with the secret unset the expected value is `Bearer undefined`, which anyone can send", "remedy": "crypto.timingSafeEqual"},"line":2,"column":7,"suggestions":[{"messageId":"useSafeCompare","output":"import { createHash, timingSafeEqual } from 'node:crypto';\nexport async function GET(req: Request) {\n  if (!safeCompare(req.headers.get('authorization'), `Bearer ${process.env.CRON_SECRET}`)) {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  return Response.json(await sendDigests());\n}\n\n/**\n * Compares two secrets in constant time. Both sides are hashed with SHA-256 first, so the buffers handed\n * to `timingSafeEqual` always have the same length (it throws otherwise) and the comparison does not leak\n * the secret's length either. A missing or empty value never matches: with `===`, an unset env secret and\n * an absent header (`undefined === undefined`) would let the request through.\n */\nfunction safeCompare(a: string | null | undefined, b: string | null | undefined): boolean {\n  if (typeof a !== 'string' || typeof b !== 'string' || a.length === 0 || b.length === 0) return false;\n  const digestA = createHash('sha256').update(a, 'utf8').digest();\n  const digestB = createHash('sha256').update(b, 'utf8').digest();\n  return timingSafeEqual(digestA, digestB);\n}\n"}]}]},
    // Through a const with a `''` fallback, in a query string: the expected value is `token=`, which anyone can send.
    {"code":"export async function GET(req: NextRequest) {\n  const cronSecret = process.env.CRON_SECRET ?? '';\n  if (`token=${req.nextUrl.searchParams.get('token')}` !== `token=${cronSecret}`) {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  return Response.json(await sendDigests());\n}\n","filename":"app/api/cron/digest/route.ts","errors":[{"messageId":"unsafeCompare","data":{"what": "The secret process.env.CRON_SECRET", "op": "!==", "unset": ", and with the secret unset the expected value is `token=`, which anyone can send", "remedy": "crypto.timingSafeEqual"},"line":3,"column":7,"suggestions":[{"messageId":"useSafeCompare","output":"import { createHash, timingSafeEqual } from 'node:crypto';\nexport async function GET(req: NextRequest) {\n  const cronSecret = process.env.CRON_SECRET ?? '';\n  if (!safeCompare(`token=${req.nextUrl.searchParams.get('token')}`, `token=${cronSecret}`)) {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  return Response.json(await sendDigests());\n}\n\n/**\n * Compares two secrets in constant time. Both sides are hashed with SHA-256 first, so the buffers handed\n * to `timingSafeEqual` always have the same length (it throws otherwise) and the comparison does not leak\n * the secret's length either. A missing or empty value never matches: with `===`, an unset env secret and\n * an absent header (`undefined === undefined`) would let the request through.\n */\nfunction safeCompare(a: string | null | undefined, b: string | null | undefined): boolean {\n  if (typeof a !== 'string' || typeof b !== 'string' || a.length === 0 || b.length === 0) return false;\n  const digestA = createHash('sha256').update(a, 'utf8').digest();\n  const digestB = createHash('sha256').update(b, 'utf8').digest();\n  return timingSafeEqual(digestA, digestB);\n}\n"}]}]},
    // A `''` fallback in `Bearer ${secret}`: `Bearer ` cannot arrive in a header (HTTP trims it), so no clause.
    {"code":"export async function GET(req: Request) {\n  const cronSecret = process.env.CRON_SECRET ?? '';\n  if (req.headers.get('authorization') !== `Bearer ${cronSecret}`) {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  return Response.json(await sendDigests());\n}\n","filename":"app/api/cron/digest/route.ts","errors":[{"messageId":"unsafeCompare","data":{"what": "The secret process.env.CRON_SECRET", "op": "!==", "unset": "", "remedy": "crypto.timingSafeEqual"},"line":3,"column":7,"suggestions":[{"messageId":"useSafeCompare","output":"import { createHash, timingSafeEqual } from 'node:crypto';\nexport async function GET(req: Request) {\n  const cronSecret = process.env.CRON_SECRET ?? '';\n  if (!safeCompare(req.headers.get('authorization'), `Bearer ${cronSecret}`)) {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  return Response.json(await sendDigests());\n}\n\n/**\n * Compares two secrets in constant time. Both sides are hashed with SHA-256 first, so the buffers handed\n * to `timingSafeEqual` always have the same length (it throws otherwise) and the comparison does not leak\n * the secret's length either. A missing or empty value never matches: with `===`, an unset env secret and\n * an absent header (`undefined === undefined`) would let the request through.\n */\nfunction safeCompare(a: string | null | undefined, b: string | null | undefined): boolean {\n  if (typeof a !== 'string' || typeof b !== 'string' || a.length === 0 || b.length === 0) return false;\n  const digestA = createHash('sha256').update(a, 'utf8').digest();\n  const digestB = createHash('sha256').update(b, 'utf8').digest();\n  return timingSafeEqual(digestA, digestB);\n}\n"}]}]},
    // The module refuses to load without the secret: no unset clause.
    {"code":"if (!process.env.CRON_SECRET) throw new Error('CRON_SECRET is required');\nexport async function GET(req: Request) {\n  if (req.headers.get('authorization') !== `Bearer ${process.env.CRON_SECRET}`) {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  return Response.json(await sendDigests());\n}\n","filename":"app/api/cron/digest/route.ts","errors":[{"messageId":"unsafeCompare","data":{"what": "The secret process.env.CRON_SECRET", "op": "!==", "unset": "", "remedy": "crypto.timingSafeEqual"},"line":3,"column":7,"suggestions":[{"messageId":"useSafeCompare","output":"import { createHash, timingSafeEqual } from 'node:crypto';\nif (!process.env.CRON_SECRET) throw new Error('CRON_SECRET is required');\nexport async function GET(req: Request) {\n  if (!safeCompare(req.headers.get('authorization'), `Bearer ${process.env.CRON_SECRET}`)) {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  return Response.json(await sendDigests());\n}\n\n/**\n * Compares two secrets in constant time. Both sides are hashed with SHA-256 first, so the buffers handed\n * to `timingSafeEqual` always have the same length (it throws otherwise) and the comparison does not leak\n * the secret's length either. A missing or empty value never matches: with `===`, an unset env secret and\n * an absent header (`undefined === undefined`) would let the request through.\n */\nfunction safeCompare(a: string | null | undefined, b: string | null | undefined): boolean {\n  if (typeof a !== 'string' || typeof b !== 'string' || a.length === 0 || b.length === 0) return false;\n  const digestA = createHash('sha256').update(a, 'utf8').digest();\n  const digestB = createHash('sha256').update(b, 'utf8').digest();\n  return timingSafeEqual(digestA, digestB);\n}\n"}]}]},
    // `cronSecret && ...` skips the check when unset (no-auth-bypass reports that); no `Bearer undefined` clause here.
    {"code":"export async function GET(req: Request) {\n  const cronSecret = process.env.CRON_SECRET;\n  if (cronSecret && req.headers.get('authorization') !== `Bearer ${cronSecret}`) {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  return Response.json(await sendDigests());\n}\n","filename":"app/api/cron/digest/route.ts","errors":[{"messageId":"unsafeCompare","data":{"what": "The secret process.env.CRON_SECRET", "op": "!==", "unset": "", "remedy": "crypto.timingSafeEqual"},"line":3,"column":21,"suggestions":[{"messageId":"useSafeCompare","output":"import { createHash, timingSafeEqual } from 'node:crypto';\nexport async function GET(req: Request) {\n  const cronSecret = process.env.CRON_SECRET;\n  if (cronSecret && !safeCompare(req.headers.get('authorization'), `Bearer ${cronSecret}`)) {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  return Response.json(await sendDigests());\n}\n\n/**\n * Compares two secrets in constant time. Both sides are hashed with SHA-256 first, so the buffers handed\n * to `timingSafeEqual` always have the same length (it throws otherwise) and the comparison does not leak\n * the secret's length either. A missing or empty value never matches: with `===`, an unset env secret and\n * an absent header (`undefined === undefined`) would let the request through.\n */\nfunction safeCompare(a: string | null | undefined, b: string | null | undefined): boolean {\n  if (typeof a !== 'string' || typeof b !== 'string' || a.length === 0 || b.length === 0) return false;\n  const digestA = createHash('sha256').update(a, 'utf8').digest();\n  const digestB = createHash('sha256').update(b, 'utf8').digest();\n  return timingSafeEqual(digestA, digestB);\n}\n"}]}]},
    // Turned away first (`if (!cronSecret) return 500`): no unset clause.
    {"code":"export async function GET(req: Request) {\n  const cronSecret = process.env.CRON_SECRET;\n  if (!cronSecret) return Response.json({ error: 'Misconfigured' }, { status: 500 });\n  if (req.headers.get('authorization') !== `Bearer ${cronSecret}`) {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  return Response.json(await sendDigests());\n}\n","filename":"app/api/cron/digest/route.ts","errors":[{"messageId":"unsafeCompare","data":{"what": "The secret process.env.CRON_SECRET", "op": "!==", "unset": "", "remedy": "crypto.timingSafeEqual"},"line":4,"column":7,"suggestions":[{"messageId":"useSafeCompare","output":"import { createHash, timingSafeEqual } from 'node:crypto';\nexport async function GET(req: Request) {\n  const cronSecret = process.env.CRON_SECRET;\n  if (!cronSecret) return Response.json({ error: 'Misconfigured' }, { status: 500 });\n  if (!safeCompare(req.headers.get('authorization'), `Bearer ${cronSecret}`)) {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  return Response.json(await sendDigests());\n}\n\n/**\n * Compares two secrets in constant time. Both sides are hashed with SHA-256 first, so the buffers handed\n * to `timingSafeEqual` always have the same length (it throws otherwise) and the comparison does not leak\n * the secret's length either. A missing or empty value never matches: with `===`, an unset env secret and\n * an absent header (`undefined === undefined`) would let the request through.\n */\nfunction safeCompare(a: string | null | undefined, b: string | null | undefined): boolean {\n  if (typeof a !== 'string' || typeof b !== 'string' || a.length === 0 || b.length === 0) return false;\n  const digestA = createHash('sha256').update(a, 'utf8').digest();\n  const digestB = createHash('sha256').update(b, 'utf8').digest();\n  return timingSafeEqual(digestA, digestB);\n}\n"}]}]},
    // A secret const with a non-empty string fallback (openlit's cron check, `process.env.CRON_JOB_SECRET || 'true'`) is never undefined:
    // the timing leak is reported without the `undefined === undefined` clause (the fallback itself is no-hardcoded-secret's).
    { code: "import type { NextRequest } from 'next/server';\n\nexport function isValidCronJobRequest(request: NextRequest) {\n  const expectedToken = process.env.CRON_JOB_SECRET || 'dev-cron';\n  const cronJobToken = request.headers.get('x-cron-job');\n  return cronJobToken === expectedToken;\n}\n", filename: 'lib/cron-auth.ts', settings: helper, errors: [{ messageId: 'unsafeCompare', data: { what: 'The secret process.env.CRON_JOB_SECRET', op: '===', unset: '', remedy: 'crypto.timingSafeEqual' }, line: 6, column: 10, suggestions: fixed("import type { NextRequest } from 'next/server';\n\nexport function isValidCronJobRequest(request: NextRequest) {\n  const expectedToken = process.env.CRON_JOB_SECRET || 'dev-cron';\n  const cronJobToken = request.headers.get('x-cron-job');\n  return cronJobToken === expectedToken;\n}\n", 'cronJobToken === expectedToken', 'safeCompare(cronJobToken, expectedToken)') }] },
    // Twin: without the fallback both sides may be undefined, and the message says so.
    { code: "import type { NextApiRequest } from 'next';\n\nexport function isValidCronJobRequest(request: NextApiRequest) {\n  const expectedToken = process.env.CRON_JOB_SECRET;\n  const cronJobToken = request.headers['x-cron-job'];\n  return cronJobToken === expectedToken;\n}\n", filename: 'lib/cron-auth.ts', settings: helper, errors: [{ messageId: 'unsafeCompare', data: { what: 'The secret process.env.CRON_JOB_SECRET', op: '===', unset: ', and `undefined === undefined` lets a request through when the secret is unset', remedy: 'crypto.timingSafeEqual' }, line: 6, column: 10, suggestions: fixed("import type { NextApiRequest } from 'next';\n\nexport function isValidCronJobRequest(request: NextApiRequest) {\n  const expectedToken = process.env.CRON_JOB_SECRET;\n  const cronJobToken = request.headers['x-cron-job'];\n  return cronJobToken === expectedToken;\n}\n", 'cronJobToken === expectedToken', 'safeCompare(cronJobToken, expectedToken)') }] },
    // The secret tested as set later in the same `&&` chain (myimageupscaler's IndexNow route, `... && serverEnv.CRON_SECRET !== ''`): no `undefined === undefined` clause.
    { code: "import type { NextApiRequest } from 'next';\n\nexport function isValidCronJobRequest(request: NextApiRequest) {\n  const expectedToken = process.env.CRON_JOB_SECRET;\n  const cronJobToken = request.headers['x-cron-job'];\n  return cronJobToken === expectedToken && expectedToken !== '';\n}\n", filename: 'lib/cron-auth.ts', settings: helper, errors: [{ messageId: 'unsafeCompare', data: { what: 'The secret process.env.CRON_JOB_SECRET', op: '===', unset: "", remedy: 'crypto.timingSafeEqual' }, line: 6, column: 10, suggestions: fixed("import type { NextApiRequest } from 'next';\n\nexport function isValidCronJobRequest(request: NextApiRequest) {\n  const expectedToken = process.env.CRON_JOB_SECRET;\n  const cronJobToken = request.headers['x-cron-job'];\n  return cronJobToken === expectedToken && expectedToken !== '';\n}\n", 'cronJobToken === expectedToken', 'safeCompare(cronJobToken, expectedToken)') }] },
    // Twin: another conjunct that does not test the secret keeps the clause.
    { code: "import type { NextApiRequest } from 'next';\n\nexport function isValidCronJobRequest(request: NextApiRequest) {\n  const expectedToken = process.env.CRON_JOB_SECRET;\n  const cronJobToken = request.headers['x-cron-job'];\n  return cronJobToken === expectedToken && request.method === 'POST';\n}\n", filename: 'lib/cron-auth.ts', settings: helper, errors: [{ messageId: 'unsafeCompare', data: { what: 'The secret process.env.CRON_JOB_SECRET', op: '===', unset: ", and `undefined === undefined` lets a request through when the secret is unset", remedy: 'crypto.timingSafeEqual' }, line: 6, column: 10, suggestions: fixed("import type { NextApiRequest } from 'next';\n\nexport function isValidCronJobRequest(request: NextApiRequest) {\n  const expectedToken = process.env.CRON_JOB_SECRET;\n  const cronJobToken = request.headers['x-cron-job'];\n  return cronJobToken === expectedToken && request.method === 'POST';\n}\n", 'cronJobToken === expectedToken', 'safeCompare(cronJobToken, expectedToken)') }] },
    // A file that declares its own `safeCompare` (another shape): no rewrite to the snippet's.
    {"code":"function safeCompare(a: string): boolean {\n  return a.length > 0;\n}\n\nexport async function GET(req: Request) {\n  const token = req.headers.get('authorization');\n  if (token !== `Bearer ${process.env.CRON_SECRET}`) return new Response('Unauthorized', { status: 401 });\n  return Response.json({ ok: safeCompare('x') });\n}\n","filename":"app/api/cron/route.ts","errors":[{"messageId":"unsafeCompare","line":7,"column":7,"suggestions":[]}]},
    // The token itself, taken from the request, against the configured one: reported.
    {
      code: "export class AuthStrategy {\n  private apiToken = process.env.API_TOKEN;\n  check(requestToken: string) {\n    if (this.apiToken === requestToken) return true;\n    return false;\n  }\n}\n",
      filename: FILES.lib,
      settings: helper,
      errors: [{ messageId: 'unsafeCompare', line: 4, column: 9, suggestions: [{ messageId: 'useSafeCompare', output: "import { safeCompare } from '@/lib/safe-compare';\nexport class AuthStrategy {\n  private apiToken = process.env.API_TOKEN;\n  check(requestToken: string) {\n    if (safeCompare(this.apiToken, requestToken)) return true;\n    return false;\n  }\n}\n" }] }],
    },
    // A seed route inside the app's routing tree is served in production like any other (it was taken for dev tooling by its seed/ folder).
    {"code":"export async function POST(req: Request) {\n  if (req.headers.get('x-seed-secret') !== process.env.SEED_SECRET) {\n    return new Response('Forbidden', { status: 403 });\n  }\n  await seedDatabase();\n  return Response.json({ ok: true });\n}\n","filename":"app/api/seed/route.ts","errors":[{"messageId":"unsafeCompare","line":2,"column":7,"suggestions":[{"messageId":"useSafeCompare","output":"import { createHash, timingSafeEqual } from 'node:crypto';\nexport async function POST(req: Request) {\n  if (!safeCompare(req.headers.get('x-seed-secret'), process.env.SEED_SECRET)) {\n    return new Response('Forbidden', { status: 403 });\n  }\n  await seedDatabase();\n  return Response.json({ ok: true });\n}\n\n/**\n * Compares two secrets in constant time. Both sides are hashed with SHA-256 first, so the buffers handed\n * to `timingSafeEqual` always have the same length (it throws otherwise) and the comparison does not leak\n * the secret's length either. A missing or empty value never matches: with `===`, an unset env secret and\n * an absent header (`undefined === undefined`) would let the request through.\n */\nfunction safeCompare(a: string | null | undefined, b: string | null | undefined): boolean {\n  if (typeof a !== 'string' || typeof b !== 'string' || a.length === 0 || b.length === 0) return false;\n  const digestA = createHash('sha256').update(a, 'utf8').digest();\n  const digestB = createHash('sha256').update(b, 'utf8').digest();\n  return timingSafeEqual(digestA, digestB);\n}\n"}]}]},
    // A signature sent in the body against the digest of the body's payload is reported.
    {
      code: "import crypto from 'node:crypto';\n\nexport async function POST(req: Request) {\n  const { payload, signature } = (await req.json()) as { payload: string; signature: string };\n  const expected = crypto.createHmac('sha256', process.env.WEBHOOK_SECRET!).update(payload).digest('hex');\n  if (expected !== signature) return new Response('Invalid signature', { status: 401 });\n  return new Response(null, { status: 204 });\n}\n",
      filename: "app/api/webhooks/partner/route.ts",
      errors: [{ messageId: 'unsafeCompare', line: 6, column: 7, suggestions: [{ messageId: 'useSafeCompare', output: "import crypto from 'node:crypto';\nimport { createHash, timingSafeEqual } from 'node:crypto';\n\nexport async function POST(req: Request) {\n  const { payload, signature } = (await req.json()) as { payload: string; signature: string };\n  const expected = crypto.createHmac('sha256', process.env.WEBHOOK_SECRET!).update(payload).digest('hex');\n  if (!safeCompare(expected, signature)) return new Response('Invalid signature', { status: 401 });\n  return new Response(null, { status: 204 });\n}\n\n/**\n * Compares two secrets in constant time. Both sides are hashed with SHA-256 first, so the buffers handed\n * to `timingSafeEqual` always have the same length (it throws otherwise) and the comparison does not leak\n * the secret's length either. A missing or empty value never matches: with `===`, an unset env secret and\n * an absent header (`undefined === undefined`) would let the request through.\n */\nfunction safeCompare(a: string | null | undefined, b: string | null | undefined): boolean {\n  if (typeof a !== 'string' || typeof b !== 'string' || a.length === 0 || b.length === 0) return false;\n  const digestA = createHash('sha256').update(a, 'utf8').digest();\n  const digestB = createHash('sha256').update(b, 'utf8').digest();\n  return timingSafeEqual(digestA, digestB);\n}\n" }] }],
    },
    // The same digest against a value the request sends (a signature) is reported.
    {
      code: "import crypto from 'node:crypto';\n\nconst hashEmailCode = (code: string) =>\n  crypto.createHash('sha256').update(`${code}${process.env.NEXTAUTH_SECRET}`).digest('hex');\n\nexport async function POST(req: Request) {\n  const { email, code } = (await req.json()) as { email: string; code: string };\n  const token = hashEmailCode(code);\n  const [verificationToken] = await db.select().from(verificationTokens).where(eq(verificationTokens.identifier, email)).limit(1);\n  if (!verificationToken) return Response.json({ error: 'missing' }, { status: 400 });\n  if (req.headers.get('x-code-signature') !== token) return Response.json({ error: 'invalid' }, { status: 400 });\n  return Response.json({ ok: true });\n}\n",
      filename: "apps/web/app/api/mobile/route.ts",
      errors: [{ messageId: 'unsafeCompare', line: 11, column: 7, suggestions: [{ messageId: 'useSafeCompare', output: "import crypto from 'node:crypto';\nimport { createHash, timingSafeEqual } from 'node:crypto';\n\nconst hashEmailCode = (code: string) =>\n  crypto.createHash('sha256').update(`${code}${process.env.NEXTAUTH_SECRET}`).digest('hex');\n\nexport async function POST(req: Request) {\n  const { email, code } = (await req.json()) as { email: string; code: string };\n  const token = hashEmailCode(code);\n  const [verificationToken] = await db.select().from(verificationTokens).where(eq(verificationTokens.identifier, email)).limit(1);\n  if (!verificationToken) return Response.json({ error: 'missing' }, { status: 400 });\n  if (!safeCompare(req.headers.get('x-code-signature'), token)) return Response.json({ error: 'invalid' }, { status: 400 });\n  return Response.json({ ok: true });\n}\n\n/**\n * Compares two secrets in constant time. Both sides are hashed with SHA-256 first, so the buffers handed\n * to `timingSafeEqual` always have the same length (it throws otherwise) and the comparison does not leak\n * the secret's length either. A missing or empty value never matches: with `===`, an unset env secret and\n * an absent header (`undefined === undefined`) would let the request through.\n */\nfunction safeCompare(a: string | null | undefined, b: string | null | undefined): boolean {\n  if (typeof a !== 'string' || typeof b !== 'string' || a.length === 0 || b.length === 0) return false;\n  const digestA = createHash('sha256').update(a, 'utf8').digest();\n  const digestB = createHash('sha256').update(b, 'utf8').digest();\n  return timingSafeEqual(digestA, digestB);\n}\n" }] }],
    },
    // A helper comparing a digest with its argument: where the value comes from is not visible, still reported.
    {
      code: "import crypto from 'node:crypto';\n\nexport function checkCode(code: string, storedHash: string): boolean {\n  const token = crypto.createHash('sha256').update(`${code}${process.env.NEXTAUTH_SECRET}`).digest('hex');\n  return storedHash === token;\n}\n",
      filename: "lib/verify-code.ts",
      errors: [{ messageId: 'unsafeCompare', line: 5, column: 10, suggestions: [{ messageId: 'useSafeCompare', output: "import crypto from 'node:crypto';\nimport { createHash, timingSafeEqual } from 'node:crypto';\n\nexport function checkCode(code: string, storedHash: string): boolean {\n  const token = crypto.createHash('sha256').update(`${code}${process.env.NEXTAUTH_SECRET}`).digest('hex');\n  return safeCompare(storedHash, token);\n}\n\n/**\n * Compares two secrets in constant time. Both sides are hashed with SHA-256 first, so the buffers handed\n * to `timingSafeEqual` always have the same length (it throws otherwise) and the comparison does not leak\n * the secret's length either. A missing or empty value never matches: with `===`, an unset env secret and\n * an absent header (`undefined === undefined`) would let the request through.\n */\nfunction safeCompare(a: string | null | undefined, b: string | null | undefined): boolean {\n  if (typeof a !== 'string' || typeof b !== 'string' || a.length === 0 || b.length === 0) return false;\n  const digestA = createHash('sha256').update(a, 'utf8').digest();\n  const digestB = createHash('sha256').update(b, 'utf8').digest();\n  return timingSafeEqual(digestA, digestB);\n}\n" }] }],
    },
    // cal.com: an imported constant named as a secret is the secret (exported from the app's constants as its env value).
    {
      code: "import { CREDENTIAL_SYNC_SECRET, CREDENTIAL_SYNC_SECRET_HEADER_NAME } from '@calcom/lib/constants';\n\nexport async function POST(req: Request) {\n  const secretHeader = req.headers.get(CREDENTIAL_SYNC_SECRET_HEADER_NAME);\n  if (secretHeader !== CREDENTIAL_SYNC_SECRET) {\n    return Response.json({ message: 'Invalid secret' }, { status: 403 });\n  }\n  return Response.json({ ok: true });\n}\n",
      filename: "apps/web/app/api/webhook/app-credential/route.ts",
      errors: [{ messageId: 'unsafeCompare', line: 5, column: 7, suggestions: [{ messageId: 'useSafeCompare', output: "import { CREDENTIAL_SYNC_SECRET, CREDENTIAL_SYNC_SECRET_HEADER_NAME } from '@calcom/lib/constants';\nimport { createHash, timingSafeEqual } from 'node:crypto';\n\nexport async function POST(req: Request) {\n  const secretHeader = req.headers.get(CREDENTIAL_SYNC_SECRET_HEADER_NAME);\n  if (!safeCompare(secretHeader, CREDENTIAL_SYNC_SECRET)) {\n    return Response.json({ message: 'Invalid secret' }, { status: 403 });\n  }\n  return Response.json({ ok: true });\n}\n\n/**\n * Compares two secrets in constant time. Both sides are hashed with SHA-256 first, so the buffers handed\n * to `timingSafeEqual` always have the same length (it throws otherwise) and the comparison does not leak\n * the secret's length either. A missing or empty value never matches: with `===`, an unset env secret and\n * an absent header (`undefined === undefined`) would let the request through.\n */\nfunction safeCompare(a: string | null | undefined, b: string | null | undefined): boolean {\n  if (typeof a !== 'string' || typeof b !== 'string' || a.length === 0 || b.length === 0) return false;\n  const digestA = createHash('sha256').update(a, 'utf8').digest();\n  const digestB = createHash('sha256').update(b, 'utf8').digest();\n  return timingSafeEqual(digestA, digestB);\n}\n" }] }],
    },
    // Twin: the same env value compared with a value not named as an id.
    { code: "export class BillingManager {\n  constructor(private env: { STRIPE_TOKEN_USAGE_PRODUCT: string }) {}\n  async onPaymentSucceeded(paymentIntent: { metadata: { token?: string } }) {\n    if (paymentIntent.metadata.token === this.env.STRIPE_TOKEN_USAGE_PRODUCT) {\n      return this.creditTokens(paymentIntent);\n    }\n    return null;\n  }\n  async creditTokens(p: unknown) { return p; }\n}\n", filename: 'lib/managers/BillingManager.ts', settings: helper, errors: [{ messageId: 'unsafeCompare', line: 4, column: 9, suggestions: [{ messageId: 'useSafeCompare', output: "import { safeCompare } from '@/lib/safe-compare';\nexport class BillingManager {\n  constructor(private env: { STRIPE_TOKEN_USAGE_PRODUCT: string }) {}\n  async onPaymentSucceeded(paymentIntent: { metadata: { token?: string } }) {\n    if (safeCompare(paymentIntent.metadata.token, this.env.STRIPE_TOKEN_USAGE_PRODUCT)) {\n      return this.creditTokens(paymentIntent);\n    }\n    return null;\n  }\n  async creditTokens(p: unknown) { return p; }\n}\n" }] }] },
    // Twin of the config digests: a digest of a token is the token's stand-in.
    {
      code: TOKEN_DIGEST,
      filename: 'packages/data-schemas/src/methods/authority.ts',
      settings: helper,
      errors: [{ messageId: 'unsafeCompare', line: 6, column: 9, suggestions: fixed(TOKEN_DIGEST, 'server.resolvedTokenDigest !== expected.resolvedTokenDigest', '!safeCompare(server.resolvedTokenDigest, expected.resolvedTokenDigest)') }],
    },
    // The request's bearer token against the configured admin token (Portkey's admin UI middleware).
    {
      code: CONFIGURED_TOKEN,
      filename: 'src/middlewares/admin-auth.ts',
      settings: helper,
      errors: [{ messageId: 'unsafeCompare', line: 5, column: 7, suggestions: fixed(CONFIGURED_TOKEN, 'getBearerToken(c) !== configuredToken', '!safeCompare(getBearerToken(c), configuredToken)') }],
    },
    // A helper of the file that returns an HMAC digest makes its result a digest like an inline one.
    {
      code: DAILY,
      filename: 'app/api/recorded-daily-video/route.ts',
      settings: helper,
      errors: [{ messageId: 'unsafeCompare', line: 13, column: 7, suggestions: fixed(DAILY, "request.headers.get('x-webhook-signature') !== computed", "!safeCompare(request.headers.get('x-webhook-signature'), computed)") }],
    },
    // Twins of the fingerprints: a signing helper in the file (`signManifest`), or this file's function keyed with a secret.
    {
      code: SIGNED_MANIFEST,
      filename: 'apps/web/lib/desktop-segments-recovery.ts',
      settings: helper,
      errors: [
        { messageId: 'unsafeCompare', line: 6, suggestions: fixed(SIGNED_MANIFEST, 'signature !== expectedManifestSignature', '!safeCompare(signature, expectedManifestSignature)') },
        { messageId: 'unsafeCompare', line: 14, suggestions: fixed(SIGNED_MANIFEST, 'marker?.signature !== signature', '!safeCompare(marker?.signature, signature)') },
      ],
    },
    {
      code: SECRET_SIGNATURE,
      filename: 'src/inspector.ts',
      settings: helper,
      errors: [{ messageId: 'unsafeCompare', line: 7, column: 9, suggestions: fixed(SECRET_SIGNATURE, 'signature !== this.toolSignature', '!safeCompare(signature, this.toolSignature)') }],
    },
    {
      code: KEYED_FINGERPRINT,
      filename: 'lib/uploads/sync.ts',
      settings: helper,
      errors: [{ messageId: 'unsafeCompare', line: 11, suggestions: fixed(KEYED_FINGERPRINT, 'stored.signature !== signature', '!safeCompare(stored.signature, signature)') }],
    },
    {
      code: PASSWORD_DIGEST,
      filename: 'app/api/login/route.ts',
      settings: helper,
      errors: [{ messageId: 'unsafeCompare', line: 11, suggestions: fixed(PASSWORD_DIGEST, 'user.digest !== digest', '!safeCompare(user.digest, digest)') }],
    },
    // A digest held in a const (saas-starter-kit's dsync webhook, `const expected = createHmac(...).digest('hex')`) is
    // always a string: no `undefined === undefined` clause in the message.
    { code: "import type { NextApiRequest, NextApiResponse } from 'next';\nimport crypto from 'crypto';\n\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  if (!verifySignature(req)) return res.status(401).end();\n  res.end();\n}\n\nconst verifySignature = (req: NextApiRequest) => {\n  const header = req.headers['x-signature'] as string;\n  if (!header) return false;\n  const [t, s] = header.split(',');\n  const signature = s.split('=')[1];\n  const expected = crypto\n    .createHmac('sha256', process.env.DSYNC_WEBHOOK_SECRET as string)\n    .update(`${t}.${JSON.stringify(req.body)}`)\n    .digest('hex');\n  return signature === expected;\n};\n", filename: 'pages/api/webhooks/dsync.ts', errors: [{ messageId: 'unsafeCompare', data: { what: 'An HMAC digest', op: '===', unset: "", remedy: 'crypto.timingSafeEqual' }, line: 18, column: 10, suggestions: [{ messageId: 'useSafeCompare', output: "import type { NextApiRequest, NextApiResponse } from 'next';\nimport crypto from 'crypto';\nimport { createHash, timingSafeEqual } from 'node:crypto';\n\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  if (!verifySignature(req)) return res.status(401).end();\n  res.end();\n}\n\nconst verifySignature = (req: NextApiRequest) => {\n  const header = req.headers['x-signature'] as string;\n  if (!header) return false;\n  const [t, s] = header.split(',');\n  const signature = s.split('=')[1];\n  const expected = crypto\n    .createHmac('sha256', process.env.DSYNC_WEBHOOK_SECRET as string)\n    .update(`${t}.${JSON.stringify(req.body)}`)\n    .digest('hex');\n  return safeCompare(signature, expected);\n};\n\n/**\n * Compares two secrets in constant time. Both sides are hashed with SHA-256 first, so the buffers handed\n * to `timingSafeEqual` always have the same length (it throws otherwise) and the comparison does not leak\n * the secret's length either. A missing or empty value never matches: with `===`, an unset env secret and\n * an absent header (`undefined === undefined`) would let the request through.\n */\nfunction safeCompare(a: string | null | undefined, b: string | null | undefined): boolean {\n  if (typeof a !== 'string' || typeof b !== 'string' || a.length === 0 || b.length === 0) return false;\n  const digestA = createHash('sha256').update(a, 'utf8').digest();\n  const digestB = createHash('sha256').update(b, 'utf8').digest();\n  return timingSafeEqual(digestA, digestB);\n}\n" }] }] },
    // Twin: a `let` may be reassigned to anything, so the clause stays.
    { code: "import type { NextApiRequest, NextApiResponse } from 'next';\nimport crypto from 'crypto';\n\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  if (!verifySignature(req)) return res.status(401).end();\n  res.end();\n}\n\nconst verifySignature = (req: NextApiRequest) => {\n  const header = req.headers['x-signature'] as string;\n  if (!header) return false;\n  const [t, s] = header.split(',');\n  const signature = s.split('=')[1];\n  let expected = crypto\n    .createHmac('sha256', process.env.DSYNC_WEBHOOK_SECRET as string)\n    .update(`${t}.${JSON.stringify(req.body)}`)\n    .digest('hex');\n  return signature === expected;\n};\n", filename: 'pages/api/webhooks/dsync.ts', errors: [{ messageId: 'unsafeCompare', data: { what: 'An HMAC digest', op: '===', unset: ", and `undefined === undefined` lets a request through when the secret is unset", remedy: 'crypto.timingSafeEqual' }, line: 18, column: 10, suggestions: [{ messageId: 'useSafeCompare', output: "import type { NextApiRequest, NextApiResponse } from 'next';\nimport crypto from 'crypto';\nimport { createHash, timingSafeEqual } from 'node:crypto';\n\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  if (!verifySignature(req)) return res.status(401).end();\n  res.end();\n}\n\nconst verifySignature = (req: NextApiRequest) => {\n  const header = req.headers['x-signature'] as string;\n  if (!header) return false;\n  const [t, s] = header.split(',');\n  const signature = s.split('=')[1];\n  let expected = crypto\n    .createHmac('sha256', process.env.DSYNC_WEBHOOK_SECRET as string)\n    .update(`${t}.${JSON.stringify(req.body)}`)\n    .digest('hex');\n  return safeCompare(signature, expected);\n};\n\n/**\n * Compares two secrets in constant time. Both sides are hashed with SHA-256 first, so the buffers handed\n * to `timingSafeEqual` always have the same length (it throws otherwise) and the comparison does not leak\n * the secret's length either. A missing or empty value never matches: with `===`, an unset env secret and\n * an absent header (`undefined === undefined`) would let the request through.\n */\nfunction safeCompare(a: string | null | undefined, b: string | null | undefined): boolean {\n  if (typeof a !== 'string' || typeof b !== 'string' || a.length === 0 || b.length === 0) return false;\n  const digestA = createHash('sha256').update(a, 'utf8').digest();\n  const digestB = createHash('sha256').update(b, 'utf8').digest();\n  return timingSafeEqual(digestA, digestB);\n}\n" }] }] },
    // The message says `undefined !== undefined` passes only when neither side was tested first (nextcrm's `if (!apiKey) return 401`).
    { code: "export async function POST(req: Request) {\n  const apiKey = req.headers.get('x-api-key');\n  if (!apiKey) return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  if (apiKey !== process.env.NEXTCRM_TOKEN) return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  return Response.json({ ok: true });\n}\n", filename: 'app/api/contacts/route.ts', errors: [{ messageId: 'unsafeCompare', data: { what: 'The secret process.env.NEXTCRM_TOKEN', op: '!==', unset: '', remedy: 'crypto.timingSafeEqual' }, line: 4, column: 7, suggestions: [{ messageId: 'useSafeCompare', output: "import { createHash, timingSafeEqual } from 'node:crypto';\nexport async function POST(req: Request) {\n  const apiKey = req.headers.get('x-api-key');\n  if (!apiKey) return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  if (!safeCompare(apiKey, process.env.NEXTCRM_TOKEN)) return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  return Response.json({ ok: true });\n}\n\n/**\n * Compares two secrets in constant time. Both sides are hashed with SHA-256 first, so the buffers handed\n * to `timingSafeEqual` always have the same length (it throws otherwise) and the comparison does not leak\n * the secret's length either. A missing or empty value never matches: with `===`, an unset env secret and\n * an absent header (`undefined === undefined`) would let the request through.\n */\nfunction safeCompare(a: string | null | undefined, b: string | null | undefined): boolean {\n  if (typeof a !== 'string' || typeof b !== 'string' || a.length === 0 || b.length === 0) return false;\n  const digestA = createHash('sha256').update(a, 'utf8').digest();\n  const digestB = createHash('sha256').update(b, 'utf8').digest();\n  return timingSafeEqual(digestA, digestB);\n}\n" }] }] },
    // jitsu's scheduler key: `token.replace('Bearer ', '')` is a string and the key defaults to '' (`?? ''`): no `undefined !== undefined` clause.
    { code: "import type { NextApiRequest, NextApiResponse } from 'next';\n\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  const syncAuthKey = process.env.SYNCCTL_AUTH_KEY ?? '';\n  const token = req.headers.authorization ?? '';\n  if (token.replace('Bearer ', '') !== syncAuthKey || !token || !syncAuthKey) return res.status(401).end();\n  res.json({ ok: true });\n}\n", filename: "pages/api/sources/run.ts", errors: [{ messageId: 'unsafeCompare', data: {what: "The secret process.env.SYNCCTL_AUTH_KEY", op: "!==", unset: "", remedy: "crypto.timingSafeEqual"}, line: 6, column: 7, suggestions: [{ messageId: 'useSafeCompare', output: "import type { NextApiRequest, NextApiResponse } from 'next';\nimport { createHash, timingSafeEqual } from 'node:crypto';\n\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  const syncAuthKey = process.env.SYNCCTL_AUTH_KEY ?? '';\n  const token = req.headers.authorization ?? '';\n  if (!safeCompare(token.replace('Bearer ', ''), syncAuthKey) || !token || !syncAuthKey) return res.status(401).end();\n  res.json({ ok: true });\n}\n\n/**\n * Compares two secrets in constant time. Both sides are hashed with SHA-256 first, so the buffers handed\n * to `timingSafeEqual` always have the same length (it throws otherwise) and the comparison does not leak\n * the secret's length either. A missing or empty value never matches: with `===`, an unset env secret and\n * an absent header (`undefined === undefined`) would let the request through.\n */\nfunction safeCompare(a: string | null | undefined, b: string | null | undefined): boolean {\n  if (typeof a !== 'string' || typeof b !== 'string' || a.length === 0 || b.length === 0) return false;\n  const digestA = createHash('sha256').update(a, 'utf8').digest();\n  const digestB = createHash('sha256').update(b, 'utf8').digest();\n  return timingSafeEqual(digestA, digestB);\n}\n" }] }] },
    // jitsu's seed user: the env secret is tested by the enclosing `if (SEED_USER_EMAIL && SEED_USER_PASSWORD)`: no `undefined === undefined` clause.
    { code: "export async function authorizeSeed(username: string, password: string) {\n  if (process.env.SEED_USER_EMAIL && process.env.SEED_USER_PASSWORD) {\n    if (process.env.SEED_USER_EMAIL === username && process.env.SEED_USER_PASSWORD === password) return { id: username };\n  }\n  return null;\n}\n", filename: "lib/nextauth.config.ts", errors: [{ messageId: 'unsafeCompare', data: {what: "The secret process.env.SEED_USER_PASSWORD", op: "===", unset: "", remedy: "crypto.timingSafeEqual"}, line: 3, column: 53, suggestions: [{ messageId: 'useSafeCompare', output: "import { createHash, timingSafeEqual } from 'node:crypto';\nexport async function authorizeSeed(username: string, password: string) {\n  if (process.env.SEED_USER_EMAIL && process.env.SEED_USER_PASSWORD) {\n    if (process.env.SEED_USER_EMAIL === username && safeCompare(process.env.SEED_USER_PASSWORD, password)) return { id: username };\n  }\n  return null;\n}\n\n/**\n * Compares two secrets in constant time. Both sides are hashed with SHA-256 first, so the buffers handed\n * to `timingSafeEqual` always have the same length (it throws otherwise) and the comparison does not leak\n * the secret's length either. A missing or empty value never matches: with `===`, an unset env secret and\n * an absent header (`undefined === undefined`) would let the request through.\n */\nfunction safeCompare(a: string | null | undefined, b: string | null | undefined): boolean {\n  if (typeof a !== 'string' || typeof b !== 'string' || a.length === 0 || b.length === 0) return false;\n  const digestA = createHash('sha256').update(a, 'utf8').digest();\n  const digestB = createHash('sha256').update(b, 'utf8').digest();\n  return timingSafeEqual(digestA, digestB);\n}\n" }] }] },
    // jitsu's custom plan token: the request token is tested by an early exit of the handler around the `.find()` callback: no clause.
    { code: "import type { NextApiRequest, NextApiResponse } from 'next';\n\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  const token = req.query.token as string;\n  if (!token) throw new Error('Missing token parameter');\n  const plan = plans.find((p) => p.planToken === token);\n  if (!plan) return res.status(404).end();\n  res.json(plan);\n}\n", filename: "pages/api/billing/custom-plan.ts", errors: [{ messageId: 'unsafeCompare', data: {what: "`p.planToken`", op: "===", unset: "", remedy: "crypto.timingSafeEqual"}, line: 6, column: 34, suggestions: [{ messageId: 'useSafeCompare', output: "import type { NextApiRequest, NextApiResponse } from 'next';\nimport { createHash, timingSafeEqual } from 'node:crypto';\n\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  const token = req.query.token as string;\n  if (!token) throw new Error('Missing token parameter');\n  const plan = plans.find((p) => safeCompare(p.planToken, token));\n  if (!plan) return res.status(404).end();\n  res.json(plan);\n}\n\n/**\n * Compares two secrets in constant time. Both sides are hashed with SHA-256 first, so the buffers handed\n * to `timingSafeEqual` always have the same length (it throws otherwise) and the comparison does not leak\n * the secret's length either. A missing or empty value never matches: with `===`, an unset env secret and\n * an absent header (`undefined === undefined`) would let the request through.\n */\nfunction safeCompare(a: string | null | undefined, b: string | null | undefined): boolean {\n  if (typeof a !== 'string' || typeof b !== 'string' || a.length === 0 || b.length === 0) return false;\n  const digestA = createHash('sha256').update(a, 'utf8').digest();\n  const digestB = createHash('sha256').update(b, 'utf8').digest();\n  return timingSafeEqual(digestA, digestB);\n}\n" }] }] },
    // Twin of the seed user: an enclosing `if` that does not test the secret keeps the clause.
    { code: "export async function authorizeSeed(username: string, password: string) {\n  if (process.env.SEED_USER_EMAIL) {\n    if (process.env.SEED_USER_EMAIL === username && process.env.SEED_USER_PASSWORD === password) return { id: username };\n  }\n  return null;\n}\n", filename: "lib/nextauth.config.ts", errors: [{ messageId: 'unsafeCompare', data: {what: "The secret process.env.SEED_USER_PASSWORD", op: "===", unset: ", and `undefined === undefined` lets a request through when the secret is unset", remedy: "crypto.timingSafeEqual"}, line: 3, column: 53, suggestions: [{ messageId: 'useSafeCompare', output: "import { createHash, timingSafeEqual } from 'node:crypto';\nexport async function authorizeSeed(username: string, password: string) {\n  if (process.env.SEED_USER_EMAIL) {\n    if (process.env.SEED_USER_EMAIL === username && safeCompare(process.env.SEED_USER_PASSWORD, password)) return { id: username };\n  }\n  return null;\n}\n\n/**\n * Compares two secrets in constant time. Both sides are hashed with SHA-256 first, so the buffers handed\n * to `timingSafeEqual` always have the same length (it throws otherwise) and the comparison does not leak\n * the secret's length either. A missing or empty value never matches: with `===`, an unset env secret and\n * an absent header (`undefined === undefined`) would let the request through.\n */\nfunction safeCompare(a: string | null | undefined, b: string | null | undefined): boolean {\n  if (typeof a !== 'string' || typeof b !== 'string' || a.length === 0 || b.length === 0) return false;\n  const digestA = createHash('sha256').update(a, 'utf8').digest();\n  const digestB = createHash('sha256').update(b, 'utf8').digest();\n  return timingSafeEqual(digestA, digestB);\n}\n" }] }] },
    // The token tested in the same condition (`!receivedToken || receivedToken !== token`, openstatus' Telegram link): no `undefined !== undefined` clause.
    { code: "export async function POST(req: Request) {\n  const apiKey = req.headers.get('x-api-key');\n  if (!apiKey || apiKey !== process.env.NEXTCRM_TOKEN) return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  return Response.json({ ok: true });\n}\n", filename: 'app/api/contacts/route.ts', errors: [{ messageId: 'unsafeCompare', data: { what: 'The secret process.env.NEXTCRM_TOKEN', op: '!==', unset: '', remedy: 'crypto.timingSafeEqual' }, line: 3, column: 18, suggestions: [{ messageId: 'useSafeCompare', output: "import { createHash, timingSafeEqual } from 'node:crypto';\nexport async function POST(req: Request) {\n  const apiKey = req.headers.get('x-api-key');\n  if (!apiKey || !safeCompare(apiKey, process.env.NEXTCRM_TOKEN)) return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  return Response.json({ ok: true });\n}\n\n/**\n * Compares two secrets in constant time. Both sides are hashed with SHA-256 first, so the buffers handed\n * to `timingSafeEqual` always have the same length (it throws otherwise) and the comparison does not leak\n * the secret's length either. A missing or empty value never matches: with `===`, an unset env secret and\n * an absent header (`undefined === undefined`) would let the request through.\n */\nfunction safeCompare(a: string | null | undefined, b: string | null | undefined): boolean {\n  if (typeof a !== 'string' || typeof b !== 'string' || a.length === 0 || b.length === 0) return false;\n  const digestA = createHash('sha256').update(a, 'utf8').digest();\n  const digestB = createHash('sha256').update(b, 'utf8').digest();\n  return timingSafeEqual(digestA, digestB);\n}\n" }] }] },
    { code: "export async function POST(req: Request) {\n  const apiKey = req.headers.get('x-api-key');\n  if (apiKey !== process.env.NEXTCRM_TOKEN) return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  return Response.json({ ok: true });\n}\n", filename: 'app/api/contacts/route.ts', errors: [{ messageId: 'unsafeCompare', data: { what: 'The secret process.env.NEXTCRM_TOKEN', op: '!==', unset: '', remedy: 'crypto.timingSafeEqual' }, line: 3, column: 7, suggestions: [{ messageId: 'useSafeCompare', output: "import { createHash, timingSafeEqual } from 'node:crypto';\nexport async function POST(req: Request) {\n  const apiKey = req.headers.get('x-api-key');\n  if (!safeCompare(apiKey, process.env.NEXTCRM_TOKEN)) return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  return Response.json({ ok: true });\n}\n\n/**\n * Compares two secrets in constant time. Both sides are hashed with SHA-256 first, so the buffers handed\n * to `timingSafeEqual` always have the same length (it throws otherwise) and the comparison does not leak\n * the secret's length either. A missing or empty value never matches: with `===`, an unset env secret and\n * an absent header (`undefined === undefined`) would let the request through.\n */\nfunction safeCompare(a: string | null | undefined, b: string | null | undefined): boolean {\n  if (typeof a !== 'string' || typeof b !== 'string' || a.length === 0 || b.length === 0) return false;\n  const digestA = createHash('sha256').update(a, 'utf8').digest();\n  const digestB = createHash('sha256').update(b, 'utf8').digest();\n  return timingSafeEqual(digestA, digestB);\n}\n" }] }] },
    // Twin of the root tools/ folder: the same compare in lib/ is reported.
    { code: "export function verify(req: Request) {\n  const signature = req.headers.get('x-signature');\n  if (signature !== process.env.WEBHOOK_SECRET) throw new Error('bad signature');\n  return true;\n}\n", filename: 'lib/webhooks/verify.ts', errors: [{ messageId: 'unsafeCompare', line: 3, column: 7, suggestions: [{ messageId: 'useSafeCompare', output: "import { createHash, timingSafeEqual } from 'node:crypto';\nexport function verify(req: Request) {\n  const signature = req.headers.get('x-signature');\n  if (!safeCompare(signature, process.env.WEBHOOK_SECRET)) throw new Error('bad signature');\n  return true;\n}\n\n/**\n * Compares two secrets in constant time. Both sides are hashed with SHA-256 first, so the buffers handed\n * to `timingSafeEqual` always have the same length (it throws otherwise) and the comparison does not leak\n * the secret's length either. A missing or empty value never matches: with `===`, an unset env secret and\n * an absent header (`undefined === undefined`) would let the request through.\n */\nfunction safeCompare(a: string | null | undefined, b: string | null | undefined): boolean {\n  if (typeof a !== 'string' || typeof b !== 'string' || a.length === 0 || b.length === 0) return false;\n  const digestA = createHash('sha256').update(a, 'utf8').digest();\n  const digestB = createHash('sha256').update(b, 'utf8').digest();\n  return timingSafeEqual(digestA, digestB);\n}\n" }] }] },
    // A string's .includes(secret) (a substring test) is reported without a rewrite: .some() exists only on arrays.
    { code: "export async function POST(req: Request) {\n  const authorization = req.headers.get('authorization') ?? '';\n  if (!authorization.includes(process.env.INTERNAL_API_KEY!)) return new Response('Unauthorized', { status: 401 });\n  return Response.json({ ok: true });\n}\n", filename: 'app/api/internal/route.ts', errors: [{ messageId: 'unsafeIncludes', line: 3, column: 8, suggestions: [] }] },
    // A signature header's candidates checked with .includes(expectedHmac): element-wise === (midday's Teller webhook).
    { code: "import crypto from \"node:crypto\";\n\nexport const validateTellerSignature = (params: { signatureHeader: string | null; text: string }): boolean => {\n  if (!params.signatureHeader) return false;\n  const { timestamp, signatures } = parseTellerSignatureHeader(params.signatureHeader);\n  const signedMessage = `${timestamp}.${params.text}`;\n  const calculatedSignature = crypto\n    .createHmac(\"sha256\", process.env.TELLER_SIGNING_SECRET!)\n    .update(signedMessage)\n    .digest(\"hex\");\n\n  return signatures.includes(calculatedSignature);\n};\n\nconst parseTellerSignatureHeader = (header: string): { timestamp: string; signatures: string[] } => {\n  const parts = header.split(\",\");\n  const timestamp = parts.find((p) => p.startsWith(\"t=\"))?.split(\"=\")[1] ?? \"\";\n  return { timestamp, signatures: parts.filter((p) => p.startsWith(\"v1=\")).map((p) => p.split(\"=\")[1] ?? \"\") };\n};\n", filename: 'apps/api/src/utils/teller.ts', errors: [{ messageId: 'unsafeIncludes', line: 12, column: 10, suggestions: [{ messageId: 'useSafeCompare', output: "import crypto from \"node:crypto\";\nimport { createHash, timingSafeEqual } from 'node:crypto';\n\nexport const validateTellerSignature = (params: { signatureHeader: string | null; text: string }): boolean => {\n  if (!params.signatureHeader) return false;\n  const { timestamp, signatures } = parseTellerSignatureHeader(params.signatureHeader);\n  const signedMessage = `${timestamp}.${params.text}`;\n  const calculatedSignature = crypto\n    .createHmac(\"sha256\", process.env.TELLER_SIGNING_SECRET!)\n    .update(signedMessage)\n    .digest(\"hex\");\n\n  return signatures.some((candidate) => safeCompare(candidate, calculatedSignature));\n};\n\nconst parseTellerSignatureHeader = (header: string): { timestamp: string; signatures: string[] } => {\n  const parts = header.split(\",\");\n  const timestamp = parts.find((p) => p.startsWith(\"t=\"))?.split(\"=\")[1] ?? \"\";\n  return { timestamp, signatures: parts.filter((p) => p.startsWith(\"v1=\")).map((p) => p.split(\"=\")[1] ?? \"\") };\n};\n\n/**\n * Compares two secrets in constant time. Both sides are hashed with SHA-256 first, so the buffers handed\n * to `timingSafeEqual` always have the same length (it throws otherwise) and the comparison does not leak\n * the secret's length either. A missing or empty value never matches: with `===`, an unset env secret and\n * an absent header (`undefined === undefined`) would let the request through.\n */\nfunction safeCompare(a: string | null | undefined, b: string | null | undefined): boolean {\n  if (typeof a !== 'string' || typeof b !== 'string' || a.length === 0 || b.length === 0) return false;\n  const digestA = createHash('sha256').update(a, 'utf8').digest();\n  const digestB = createHash('sha256').update(b, 'utf8').digest();\n  return timingSafeEqual(digestA, digestB);\n}\n" }] }] },
    // A hash over the message and a secret is a MAC (zola's CSRF token: sha256(raw + CSRF_SECRET) compared with ===).
    {
      code: "import { createHash } from 'crypto';\n\nconst CSRF_SECRET = process.env.CSRF_SECRET!;\n\nexport function validateCsrfToken(fullToken: string): boolean {\n  const [raw, token] = fullToken.split(':');\n  if (!raw || !token) return false;\n  const expected = createHash('sha256').update(`${raw}${CSRF_SECRET}`).digest('hex');\n  return expected === token;\n}\n",
      filename: "lib/csrf.ts",
      settings: { prodready: { helperModules: { "no-timing-unsafe-compare": "@/lib/safe-compare" } } },
      errors: [{ messageId: 'unsafeCompare', line: 9, column: 10, suggestions: [{ messageId: 'useSafeCompare', output: "import { createHash } from 'crypto';\nimport { safeCompare } from '@/lib/safe-compare';\n\nconst CSRF_SECRET = process.env.CSRF_SECRET!;\n\nexport function validateCsrfToken(fullToken: string): boolean {\n  const [raw, token] = fullToken.split(':');\n  if (!raw || !token) return false;\n  const expected = createHash('sha256').update(`${raw}${CSRF_SECRET}`).digest('hex');\n  return safeCompare(expected, token);\n}\n" }] }],
    },

    // A CommonJS module gets the helper with require(), not import.
    {
      code: "const crypto = require('crypto');\n\nfunction verify(req) {\n  const sig = req.headers['x-signature'];\n  const expected = crypto.createHmac('sha256', process.env.WEBHOOK_SECRET).update(req.body).digest('hex');\n  return sig === expected;\n}\nmodule.exports = { verify };\n",
      filename: "lib/verify.cjs",
      errors: [{ messageId: 'unsafeCompare', line: 6, column: 10, suggestions: [{ messageId: 'useSafeCompare', output: "const crypto = require('crypto');\nconst { createHash, timingSafeEqual } = require('node:crypto');\n\nfunction verify(req) {\n  const sig = req.headers['x-signature'];\n  const expected = crypto.createHmac('sha256', process.env.WEBHOOK_SECRET).update(req.body).digest('hex');\n  return safeCompare(sig, expected);\n}\nmodule.exports = { verify };\n\n/**\n * Compares two secrets in constant time. Both sides are hashed with SHA-256 first, so the buffers handed\n * to `timingSafeEqual` always have the same length (it throws otherwise) and the comparison does not leak\n * the secret's length either. A missing or empty value never matches: with `===`, an unset env secret and\n * an absent header (`undefined === undefined`) would let the request through.\n */\nfunction safeCompare(a, b) {\n  if (typeof a !== 'string' || typeof b !== 'string' || a.length === 0 || b.length === 0) return false;\n  const digestA = createHash('sha256').update(a, 'utf8').digest();\n  const digestB = createHash('sha256').update(b, 'utf8').digest();\n  return timingSafeEqual(digestA, digestB);\n}\n" }] }],
    },

    // Twin of the digest lookup: a stored digest against one the caller sent.
    {
      code: DIGEST_TWIN,
      filename: 'app/api/files/route.ts',
      settings: helper,
      errors: [{ messageId: 'unsafeCompare', line: 4, column: 7, suggestions: fixed(DIGEST_TWIN, 'file.digest !== body.digest', '!safeCompare(file.digest, body.digest)') }],
    },
    {
      code: "export async function GET(req: Request) {\n  if (req.headers.get('authorization') !== `Bearer ${process.env.CRON_SECRET}`) {\n    return new Response('Unauthorized', { status: 401 });\n  }\n}\n",
      filename: 'app/api/cron/route.ts',
      settings: helper,
      errors: [
        {
          messageId: 'unsafeCompare',
          line: 2,
          column: 7,
          suggestions: [
            {
              messageId: 'useSafeCompare',
              output:
                "import { safeCompare } from '@/lib/safe-compare';\nexport async function GET(req: Request) {\n  if (!safeCompare(req.headers.get('authorization'), `Bearer ${process.env.CRON_SECRET}`)) {\n    return new Response('Unauthorized', { status: 401 });\n  }\n}\n",
            },
          ],
        },
      ],
    },
    {
      // pages API: token from a header against an env key
      code: "export default function handler(req, res) {\n  const authHeader = req.headers.authorization;\n  const token = authHeader?.split(' ')[1];\n  if (token !== process.env.INTERNAL_API_KEY) return res.status(401).end();\n}\n",
      filename: 'pages/api/jobs/run.js',
      settings: helper,
      errors: [
        {
          messageId: 'unsafeCompare',
          line: 4,
          suggestions: [
            {
              messageId: 'useSafeCompare',
              output:
                "import { safeCompare } from '@/lib/safe-compare';\nexport default function handler(req, res) {\n  const authHeader = req.headers.authorization;\n  const token = authHeader?.split(' ')[1];\n  if (!safeCompare(token, process.env.INTERNAL_API_KEY)) return res.status(401).end();\n}\n",
            },
          ],
        },
      ],
    },
    {
      // HMAC digest compared with ===; the helper is inlined
      code: "import crypto from 'crypto';\nexport function verify(body: string, signature: string, secret: string) {\n  const expected = crypto.createHmac('sha256', secret).update(body).digest('hex');\n  return signature === expected;\n}\n",
      filename: FILES.lib,
      errors: [
        {
          messageId: 'unsafeCompare',
          line: 4,
          column: 10,
          suggestions: [
            {
              messageId: 'useSafeCompare',
              output: `import crypto from 'crypto';
import { createHash, timingSafeEqual } from 'node:crypto';
export function verify(body: string, signature: string, secret: string) {
  const expected = crypto.createHmac('sha256', secret).update(body).digest('hex');
  return safeCompare(signature, expected);
}

/**
 * Compares two secrets in constant time. Both sides are hashed with SHA-256 first, so the buffers handed
 * to \`timingSafeEqual\` always have the same length (it throws otherwise) and the comparison does not leak
 * the secret's length either. A missing or empty value never matches: with \`===\`, an unset env secret and
 * an absent header (\`undefined === undefined\`) would let the request through.
 */
function safeCompare(a: string | null | undefined, b: string | null | undefined): boolean {
  if (typeof a !== 'string' || typeof b !== 'string' || a.length === 0 || b.length === 0) return false;
  const digestA = createHash('sha256').update(a, 'utf8').digest();
  const digestB = createHash('sha256').update(b, 'utf8').digest();
  return timingSafeEqual(digestA, digestB);
}
`,
            },
          ],
        },
      ],
    },
    {
      // query secret (revalidate), validated env object, local const bound to the env secret
      code: PAGES,
      filename: FILES.pagesApi,
      settings: helper,
      errors: [
        { messageId: 'unsafeCompare', line: 3, suggestions: fixed(PAGES, 'req.query.secret !== process.env.REVALIDATE_TOKEN', '!safeCompare(req.query.secret, process.env.REVALIDATE_TOKEN)') },
        { messageId: 'unsafeCompare', line: 4, suggestions: fixed(PAGES, "req.headers['x-api-key'] != env.ADMIN_API_KEY", "!safeCompare(req.headers['x-api-key'], env.ADMIN_API_KEY)") },
        { messageId: 'unsafeCompare', line: 6, suggestions: fixed(PAGES, "req.headers['x-health-key'] !== expectedKey", "!safeCompare(req.headers['x-health-key'], expectedKey)") },
      ],
    },
    {
      // a plaintext password or link password from the request against the stored one
      code: PASSWORD,
      filename: FILES.route,
      settings: helper,
      errors: [{ messageId: 'unsafeCompare', line: 4, suggestions: fixed(PASSWORD, 'decryptedPassword === password', 'safeCompare(decryptedPassword, password)') }],
    },
    {
      // signature header against a computed one
      code: GITHUB,
      filename: 'app/api/github/route.ts',
      settings: helper,
      errors: [{ messageId: 'unsafeCompare', line: 2, suggestions: fixed(GITHUB, 'signature !== computedSignature', '!safeCompare(signature, computedSignature)') }],
    },

    {
      code: FLAG_SYNC_TWIN,
      filename: 'src/initialize.ts',
      settings: helper,
      errors: [{ messageId: 'unsafeCompare', line: 6, column: 9, suggestions: fixed(FLAG_SYNC_TWIN, 'provided !== env.AUTH_CREDENTIALS_SECRET', '!safeCompare(provided, env.AUTH_CREDENTIALS_SECRET)') }],
    },

    // Edge code (middleware, `runtime = 'edge'`) has no node:crypto: the suggestion awaits the Web Crypto helper.
    {
      code: BASIC_AUTH,
      filename: FILES.middleware,
      errors: [
        {
          messageId: 'unsafeCompare',
          line: 5,
          column: 7,
          // A basic-auth username is configured, not secret: the message does not call it one (useSend's SMTP_AUTH_USERNAME).
          data: {
            what: 'The configured process.env.HTTP_BASIC_AUTH_USERNAME',
            op: '!==',
            unset: ', and `undefined !== undefined` lets a request through when the secret is unset',
            remedy: 'Web Crypto on the Edge runtime: SHA-256 both sides, then a loop over every byte',
          },
          suggestions: [{ messageId: 'useSafeCompareAsync', output: BASIC_AUTH.replace('user !== process.env.HTTP_BASIC_AUTH_USERNAME', '!(await safeCompareAsync(user, process.env.HTTP_BASIC_AUTH_USERNAME))') + '\n' + EDGE_HELPER }],
        },
        {
          messageId: 'unsafeCompare',
          line: 5,
          column: 56,
          suggestions: [{ messageId: 'useSafeCompareAsync', output: BASIC_AUTH.replace('pwd !== process.env.HTTP_BASIC_AUTH_PASSWORD', '!(await safeCompareAsync(pwd, process.env.HTTP_BASIC_AUTH_PASSWORD))') + '\n' + EDGE_HELPER }],
        },
      ],
    },
    {
      // `===` inside `&&`: the awaited call binds tighter than `&&`, so the condition keeps its meaning.
      code: EDGE_ROUTE,
      filename: 'app/api/edge/route.ts',
      errors: [
        {
          messageId: 'unsafeCompare',
          line: 5,
          column: 7,
          suggestions: [
            {
              messageId: 'useSafeCompareAsync',
              output:
                "export const runtime = 'edge';\n\nexport async function POST(req: Request) {\n  const apiKey = req.headers.get('x-api-key');\n  if (await safeCompareAsync(apiKey, process.env.INTERNAL_API_KEY) && req.method === 'POST') return Response.json({ ok: true });\n  return new Response('Unauthorized', { status: 401 });\n}\n\n" +
                EDGE_HELPER,
            },
          ],
        },
      ],
    },
    {
      // A JavaScript middleware in src/ gets the helper without types.
      code: "import { NextResponse } from 'next/server';\n\nexport async function middleware(req) {\n  if (req.headers.get('x-api-key') !== process.env.INTERNAL_API_KEY) return new NextResponse('Unauthorized', { status: 401 });\n  return NextResponse.next();\n}\n",
      filename: 'src/middleware.js',
      errors: [
        {
          messageId: 'unsafeCompare',
          line: 4,
          suggestions: [
            {
              messageId: 'useSafeCompareAsync',
              output:
                "import { NextResponse } from 'next/server';\n\nexport async function middleware(req) {\n  if (!(await safeCompareAsync(req.headers.get('x-api-key'), process.env.INTERNAL_API_KEY))) return new NextResponse('Unauthorized', { status: 401 });\n  return NextResponse.next();\n}\n\n" +
                EDGE_HELPER_JS,
            },
          ],
        },
      ],
    },
    {
      // The Edge helper's own module setting: the suggestion imports it.
      code: EDGE_PAGES,
      filename: FILES.pagesApi,
      settings: { prodready: { helperModules: { 'no-timing-unsafe-compare.edge': '@/lib/safe-compare-async' } } },
      errors: [
        {
          messageId: 'unsafeCompare',
          line: 4,
          suggestions: [
            {
              messageId: 'useSafeCompareAsync',
              output:
                "import { safeCompareAsync } from '@/lib/safe-compare-async';\nexport const config = { runtime: 'edge' };\n\nexport default async function handler(req: Request) {\n  if (!(await safeCompareAsync(req.headers.get('x-api-key'), process.env.INTERNAL_API_KEY))) return new Response('Unauthorized', { status: 401 });\n  return Response.json({ ok: true });\n}\n",
            },
          ],
        },
      ],
    },
    {
      // `.some()` cannot await in its callback: every candidate is compared, then any match counts.
      code: EDGE_TOKENS,
      filename: 'app/api/cron/route.ts',
      errors: [
        {
          messageId: 'unsafeIncludes',
          line: 5,
          column: 8,
          // The message's example is the Web Crypto helper's awaited form.
          data: {
            what: 'The secret process.env.CRON_SECRET',
            example: '(await Promise.all(tokens.map((candidate) => safeCompareAsync(candidate, expected)))).some(Boolean)',
          },
          suggestions: [
            {
              messageId: 'useSafeCompareAsync',
              output:
                "export const runtime = 'edge';\n\nexport async function GET(req: Request) {\n  const tokens = (req.headers.get('x-cron-tokens') ?? '').split(',');\n  if (!(await Promise.all(tokens.map((candidate) => safeCompareAsync(candidate, process.env.CRON_SECRET)))).some(Boolean)) return new Response('Unauthorized', { status: 401 });\n  return Response.json({ ok: true });\n}\n\n" +
                EDGE_HELPER,
            },
          ],
        },
      ],
    },
    // A sync middleware (big-AGI's Basic auth): Next.js awaits what middleware returns, so the suggestion
    // makes the middleware itself `async` and awaits the Web Crypto compare.
    {
      code: SYNC_MIDDLEWARE,
      filename: FILES.middleware,
      errors: [
        {
          messageId: 'unsafeCompare',
          line: 4,
          // The message names the Edge remedy, not node:crypto's timingSafeEqual.
          data: {
            what: 'The secret process.env.INTERNAL_API_KEY',
            op: '!==',
            // `req.headers.get()` is `null` when the header is missing, and `null !== undefined`: an unset secret refuses.
            unset: '',
            remedy: 'Web Crypto on the Edge runtime: SHA-256 both sides, then a loop over every byte',
          },
          suggestions: [
            {
              messageId: 'useSafeCompareAsync',
              output:
                SYNC_MIDDLEWARE.replace('export function middleware', 'export async function middleware').replace(
                  "req.headers.get('x-api-key') !== process.env.INTERNAL_API_KEY",
                  "!(await safeCompareAsync(req.headers.get('x-api-key'), process.env.INTERNAL_API_KEY))",
                ) +
                '\n' +
                EDGE_HELPER,
            },
          ],
        },
      ],
    },
    // Edge code where no `await` can go: still reported, with no suggestion (node:crypto would break the
    // deployment, and a promise in the condition would always be truthy). A middleware with a declared
    // return type would need it rewritten to a Promise: left to the author.
    {
      code: SYNC_MIDDLEWARE.replace('middleware(req: Request)', 'middleware(req: Request): NextResponse'),
      filename: FILES.middleware,
      errors: [{ messageId: 'unsafeCompare', line: 4, suggestions: [] }],
    },
    { code: EDGE_TOKENS.replace('async function GET', 'function GET'), filename: 'app/api/cron/route.ts', errors: [{ messageId: 'unsafeIncludes', line: 5, suggestions: [] }] },
    {
      // An async middleware, but the compare sits in a sync callback.
      code: "import { NextResponse } from 'next/server';\n\nexport async function middleware(req: Request) {\n  const keys = (req.headers.get('x-api-keys') ?? '').split(',');\n  if (!keys.some((k) => k === process.env.INTERNAL_API_KEY)) return new NextResponse('Unauthorized', { status: 401 });\n  return NextResponse.next();\n}\n",
      filename: FILES.middleware,
      errors: [{ messageId: 'unsafeCompare', line: 5, suggestions: [] }],
    },
    // Middleware on the Node.js runtime (`config.runtime = 'nodejs'`, Next 15.5+) and a Next 16 proxy (always Node.js) keep the node:crypto helper.
    {
      code: NODE_MIDDLEWARE,
      filename: FILES.middleware,
      settings: helper,
      errors: [{ messageId: 'unsafeCompare', line: 6, suggestions: fixed(NODE_MIDDLEWARE, "req.headers.get('x-api-key') !== process.env.INTERNAL_API_KEY", "!safeCompare(req.headers.get('x-api-key'), process.env.INTERNAL_API_KEY)") }],
    },
    {
      code: SYNC_MIDDLEWARE,
      filename: 'src/proxy.ts',
      settings: helper,
      errors: [{ messageId: 'unsafeCompare', line: 4, suggestions: fixed(SYNC_MIDDLEWARE, "req.headers.get('x-api-key') !== process.env.INTERNAL_API_KEY", "!safeCompare(req.headers.get('x-api-key'), process.env.INTERNAL_API_KEY)") }],
    },
  ],
});

describe('no-timing-unsafe-compare message', () => {
  const text = (code: string) => lintWith(code, 'app/api/contacts/route.ts', ['no-timing-unsafe-compare']).map((m) => m.message).join('\n');
  it('says an unset secret lets `undefined !== undefined` through only when neither side was tested first', () => {
    expect(text("export async function POST(req: Request) {\n  const { apiKey } = await req.json();\n  if (apiKey !== process.env.NEXTCRM_TOKEN) return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  return Response.json({ ok: true });\n}\n")).toContain('`undefined !== undefined` lets a request through');
    expect(text("export async function POST(req: Request) {\n  const apiKey = req.headers.get('x-api-key');\n  if (!apiKey) return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  if (apiKey !== process.env.NEXTCRM_TOKEN) return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  return Response.json({ ok: true });\n}\n")).not.toContain('undefined !== undefined');
    expect(text("export async function POST(req: Request) {\n  const apiKey = req.headers.get('x-api-key');\n  if (!apiKey) return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  if (apiKey !== process.env.NEXTCRM_TOKEN) return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  return Response.json({ ok: true });\n}\n")).toContain('compared with `!==`');
  });
  const route = (body: string) => `export async function POST(req: Request) {\n${body}\n  return Response.json({ ok: true });\n}\n`;
  it("does not claim `undefined !== undefined` for a Fetch API read, which is `null` when missing (dub's Plain callback)", () => {
    const headerGet = route("  const token = req.headers.get('X-Plain-Webhook-Secret');\n  if (token !== process.env.PLAIN_WEBHOOK_SECRET) return new Response('Unauthorized', { status: 401 });");
    expect(text(headerGet)).toContain('compared with `!==`');
    expect(text(headerGet)).not.toContain('undefined !== undefined');
    // A loose `!=`: `null != undefined` is false, so the request passes.
    expect(text(headerGet.replace('token !== process', 'token != process'))).toContain('`undefined != undefined` lets a request through');
    // An optional chain off the header is `undefined` when it is missing.
    expect(text(route("  const token = req.headers.get('authorization')?.split(' ')[1];\n  if (token !== process.env.INTERNAL_API_KEY) return new Response('Unauthorized', { status: 401 });"))).toContain('`undefined !== undefined` lets a request through');
  });
  it("sees a `== null` early exit whose block logs first (inbox-zero's Pub/Sub webhook)", () => {
    const code = route("  const { token } = await req.json();\n  const verificationToken = env.GOOGLE_PUBSUB_VERIFICATION_TOKEN;\n  if (verificationToken == null) {\n    console.error('not configured');\n    return Response.json({ message: 'not configured' }, { status: 503 });\n  }\n  if (token !== verificationToken) return Response.json({ message: 'Invalid verification token' }, { status: 403 });");
    expect(text(code)).toContain('compared with `!==`');
    expect(text(code)).not.toContain('undefined !== undefined');
    expect(text(code.replace('verificationToken == null', 'verificationToken === null'))).toContain('`undefined !== undefined` lets a request through');
  });
  it("sees an early exit in a block around the compare (papermark's link password)", () => {
    const code = route("  const { password, linkPassword } = await req.json();\n  if (linkPassword) {\n    if (!password) return Response.json({ message: 'Password is required.' }, { status: 400 });\n    const decryptedPassword = decrypt(linkPassword);\n    if (decryptedPassword !== password) return Response.json({ message: 'Invalid password' }, { status: 401 });\n  }");
    expect(text(code)).toContain('compared with `!==`');
    expect(text(code)).not.toContain('undefined !== undefined');
    expect(text(code.replace("    if (!password) return Response.json({ message: 'Password is required.' }, { status: 400 });\n", ''))).toContain('`undefined !== undefined` lets a request through');
  });
  it("takes a hash function's result for a string (dub's OAuth client secret)", () => {
    const code = route("  const { clientSecret, app } = await req.json();\n  if (app.hashedClientSecret !== (await hashToken(clientSecret))) return Response.json({ error: 'unauthorized' }, { status: 401 });");
    expect(text(code)).toContain('compared with `!==`');
    expect(text(code)).not.toContain('undefined !== undefined');
    expect(text(code.replace('(await hashToken(clientSecret))', 'app.clientSecret'))).toContain('`undefined !== undefined` lets a request through');
  });
  it("names an empty-string fallback that an empty header matches", () => {
    const code = route("  const expected = process.env.CRON_SECRET ?? '';\n  if (req.headers.get('x-cron-secret') !== expected) return new Response('Unauthorized', { status: 401 });");
    expect(text(code)).toContain("with the secret unset its `''` fallback matches an empty value from the request");
    expect(text(code)).not.toContain('undefined !== undefined');
    // Tested as non-empty first: neither side can be empty at the compare.
    expect(text(code.replace("  if (req.headers", "  if (!expected) return new Response('Not configured', { status: 503 });\n  if (req.headers"))).not.toContain('fallback');
    const tested = route("  const expected = process.env.CRON_SECRET ?? '';\n  const sent = req.headers.get('x-cron-secret');\n  if (!sent) return new Response('Unauthorized', { status: 401 });\n  if (sent !== expected) return new Response('Unauthorized', { status: 401 });");
    expect(text(tested)).toContain('compared with `!==`');
    expect(text(tested)).not.toContain('fallback');
    // A digest is never empty.
    expect(text(route("  const expected = process.env.WEBHOOK_SECRET ?? '';\n  const sent = req.headers.get('x-signature');\n  if (sha256(sent) !== expected) return new Response('Unauthorized', { status: 401 });"))).not.toContain('fallback');
  });
});


// Two values the same caller sends: the caller knows both, so timing tells them nothing.
ruleTester.run('no-timing-unsafe-compare (two values of one request)', rule, {
  valid: [
    // soundwave's sign-up: the password against its confirmation, both from the body.
    { code: "import type { Request, Response } from 'express';\nimport { prisma } from '../db';\n\nexport const register = async (req: Request, res: Response): Promise<void> => {\n  const { email, password, confirmPassword } = req.body;\n  if (password !== confirmPassword) {\n    res.status(400).json({ message: 'Passwords do not match' });\n    return;\n  }\n  await prisma.user.create({ data: { email: String(email), passwordHash: await hash(String(password)) } });\n  res.status(201).json({ ok: true });\n};\n", filename: 'src/controllers/auth.controller.ts' },
    // prompt-forge's Twitter callback: the OAuth request token's cookie against the query parameter.
    { code: "import { cookies } from 'next/headers';\nimport { NextResponse, type NextRequest } from 'next/server';\n\nexport async function GET(req: NextRequest) {\n  const oauthToken = req.nextUrl.searchParams.get('oauth_token');\n  const storedOauthToken = (await cookies()).get('twitter_oauth_token')?.value;\n  if (!oauthToken || storedOauthToken !== oauthToken) {\n    return NextResponse.redirect(new URL('/login?error=state', req.url));\n  }\n  return NextResponse.redirect(new URL('/dashboard', req.url));\n}\n", filename: 'app/api/auth/twitter/callback/route.ts' },
  ],
  invalid: [
    // Twin: the password from the body against the stored one is still reported
    {"code":"import type { Request, Response } from 'express';\nimport { prisma } from '../db';\n\nexport const login = async (req: Request, res: Response): Promise<void> => {\n  const { email, password } = req.body;\n  const user = await prisma.user.findUnique({ where: { email: String(email) } });\n  if (!user || password !== user.password) {\n    res.status(401).json({ message: 'Invalid credentials' });\n    return;\n  }\n  res.json({ ok: true });\n};\n","filename":"src/controllers/auth.controller.ts","errors":[{"messageId":"unsafeCompare","line":7,"column":16,"suggestions":[{"messageId":"useSafeCompare","output":"import type { Request, Response } from 'express';\nimport { prisma } from '../db';\nimport { createHash, timingSafeEqual } from 'node:crypto';\n\nexport const login = async (req: Request, res: Response): Promise<void> => {\n  const { email, password } = req.body;\n  const user = await prisma.user.findUnique({ where: { email: String(email) } });\n  if (!user || !safeCompare(password, user.password)) {\n    res.status(401).json({ message: 'Invalid credentials' });\n    return;\n  }\n  res.json({ ok: true });\n};\n\n/**\n * Compares two secrets in constant time. Both sides are hashed with SHA-256 first, so the buffers handed\n * to `timingSafeEqual` always have the same length (it throws otherwise) and the comparison does not leak\n * the secret's length either. A missing or empty value never matches: with `===`, an unset env secret and\n * an absent header (`undefined === undefined`) would let the request through.\n */\nfunction safeCompare(a: string | null | undefined, b: string | null | undefined): boolean {\n  if (typeof a !== 'string' || typeof b !== 'string' || a.length === 0 || b.length === 0) return false;\n  const digestA = createHash('sha256').update(a, 'utf8').digest();\n  const digestB = createHash('sha256').update(b, 'utf8').digest();\n  return timingSafeEqual(digestA, digestB);\n}\n"}]}]},
  ],
});

// A server action's arguments come from the client, like a request's body.
ruleTester.run('no-timing-unsafe-compare (server action arguments)', rule, {
  valid: [
    // Twins of firebase-dicilo's master password check (in invalid): two values of the same call (the caller knows both),
    // and the same check in a library module, whose callers the rule cannot see.
    { code: "'use server';\n\nexport async function changeVaultPassword(newPassword: string, confirmPassword: string) {\n  if (newPassword !== confirmPassword) return { ok: false };\n  await db.doc('settings/vault').set({ password: newPassword });\n  return { ok: true };\n}\n", filename: 'src/app/actions/vault.ts', settings: helper },
    // toopnin's sign-out: the push token the caller passes dropped from the user's list, no check that lets anyone in.
    { code: "'use server';\n\nexport async function forgetPushToken(userId: string, tokenToRemove: string) {\n  const user = await User.findById(userId);\n  user.pushTokens = user.pushTokens.filter((token: string) => token !== tokenToRemove);\n  await user.save();\n}\n", filename: 'src/app/actions/users.ts', settings: helper },
    { code: "export async function verifyVaultPassword(password: string) {\n  const doc = await db.doc('settings/vault').get();\n  const stored = doc.data()?.password;\n  return stored === password;\n}\n", filename: 'src/lib/vault.ts', settings: helper },
  ],
  invalid: [
    // firebase-dicilo's verifyMasterPassword: a server action compares the master password it keeps in a document with
    // the one the caller passes (its env fallback beside it was already reported).
    {
      code: "'use server';\n\nexport async function verifyVaultPassword(password: string) {\n  const doc = await db.doc('settings/vault').get();\n  const stored = doc.data()?.password;\n  return stored === password;\n}\n",
      filename: 'src/app/actions/vault.ts',
      settings: helper,
      errors: [{ messageId: 'unsafeCompare', data: { what: '`password`', op: '===', unset: ', and `undefined === undefined` lets a request through when the secret is unset', remedy: 'crypto.timingSafeEqual' }, line: 6, column: 10, endColumn: 29, suggestions: [{ messageId: 'useSafeCompare', output: "'use server';\nimport { safeCompare } from '@/lib/safe-compare';\n\nexport async function verifyVaultPassword(password: string) {\n  const doc = await db.doc('settings/vault').get();\n  const stored = doc.data()?.password;\n  return safeCompare(stored, password);\n}\n" }] }],
    },
  ],
});

// A request handler kept in a scripts folder: payloadcms/website registers `src/scripts/createReleasePost.ts` as a Payload
// endpoint, and it checks the `x-release-secret` header it is sent.
ruleTester.run('no-timing-unsafe-compare (request handlers in a scripts folder)', rule, {
  valid: [
    // a CLI script comparing the token its operator passed on the command line
    { code: "const [, , token] = process.argv;\nif (token !== process.env.RELEASE_SECRET) {\n  console.error('Wrong release token');\n  process.exit(1);\n}\nawait publishRelease();\n", filename: 'src/scripts/publishRelease.ts' },
  ],
  invalid: [
    {
      code: "import type { PayloadHandler } from 'payload';\n\nconst createReleaseNote: PayloadHandler = async (req) => {\n  const secret = req.headers.get('x-release-secret');\n  if (!process.env.RELEASE_SECRET || secret !== process.env.RELEASE_SECRET) {\n    return new Response('Unauthorized', { status: 401 });\n  }\n  const { version } = (await req.json()) as { version: string };\n  const post = await req.payload.create({ collection: 'posts', data: { version }, draft: true });\n  return Response.json({ id: post.id }, { status: 201 });\n};\n\nexport default createReleaseNote;\n",
      filename: 'src/scripts/createReleaseNote.ts',
      settings: helper,
      errors: [{ messageId: 'unsafeCompare', line: 5, column: 38, endColumn: 75, suggestions: [{ messageId: 'useSafeCompare', output: "import type { PayloadHandler } from 'payload';\nimport { safeCompare } from '@/lib/safe-compare';\n\nconst createReleaseNote: PayloadHandler = async (req) => {\n  const secret = req.headers.get('x-release-secret');\n  if (!process.env.RELEASE_SECRET || !safeCompare(secret, process.env.RELEASE_SECRET)) {\n    return new Response('Unauthorized', { status: 401 });\n  }\n  const { version } = (await req.json()) as { version: string };\n  const post = await req.payload.create({ collection: 'posts', data: { version }, draft: true });\n  return Response.json({ id: post.id }, { status: 201 });\n};\n\nexport default createReleaseNote;\n" }] }],
    },
  ],
});

// pinteya's auth.ts: a secret checked for stray whitespace against its own trimmed copy; no caller input on either side.
ruleTester.run('no-timing-unsafe-compare (a secret against its own normalized copy)', rule, {
  valid: [
    { code: "const clientSecret = process.env.AUTH_PROVIDER_SECRET;\nif (!clientSecret) throw new Error('AUTH_PROVIDER_SECRET is required');\nconst trimmedSecret = clientSecret.trim();\nif (trimmedSecret !== clientSecret) {\n  console.warn('AUTH_PROVIDER_SECRET has leading or trailing whitespace');\n}\n", filename: 'src/auth.ts', settings: helper },
    { code: "if (process.env.WEBHOOK_SECRET !== process.env.WEBHOOK_SECRET?.trim()) {\n  console.warn('WEBHOOK_SECRET has surrounding whitespace');\n}\n", filename: 'src/lib/env-check.ts', settings: helper },
  ],
  invalid: [
    // Twin: what the caller sent, trimmed, against the secret.
    {
      code: "export async function POST(req: Request) {\n  const clientSecret = process.env.AUTH_PROVIDER_SECRET;\n  if (!clientSecret) throw new Error('AUTH_PROVIDER_SECRET is required');\n  const provided = (req.headers.get('x-provider-secret') ?? '').trim();\n  if (provided !== clientSecret) return new Response('Unauthorized', { status: 401 });\n  return Response.json({ ok: true });\n}\n",
      filename: 'src/app/api/provider/route.ts',
      settings: helper,
      errors: [{ messageId: 'unsafeCompare', line: 5, column: 7, endColumn: 32, suggestions: [{ messageId: 'useSafeCompare', output: "import { safeCompare } from '@/lib/safe-compare';\nexport async function POST(req: Request) {\n  const clientSecret = process.env.AUTH_PROVIDER_SECRET;\n  if (!clientSecret) throw new Error('AUTH_PROVIDER_SECRET is required');\n  const provided = (req.headers.get('x-provider-secret') ?? '').trim();\n  if (!safeCompare(provided, clientSecret)) return new Response('Unauthorized', { status: 401 });\n  return Response.json({ ok: true });\n}\n" }] }],
    },
  ],
});
/**
 * opskings' better-auth setup: the instance memoized on `globalThis` under a signature of its config, a `JSON.stringify` whose
 * only mentions of a key are booleans (`hasSecret: !!secret`, `Boolean(apiKey)`). Twin: the signature holds the secret itself.
 */
const CONFIG_SIGNATURE = (fields: string) =>
  `import { betterAuth } from 'better-auth';\n\nconst globalForAuth = globalThis as unknown as { auth?: ReturnType<typeof betterAuth>; authSignature?: string };\n\nexport function getAuth() {\n  const secret = process.env.BETTER_AUTH_SECRET;\n  const resendApiKey = process.env.RESEND_API_KEY;\n  const signature = JSON.stringify({ v: 3, ${fields}, emailConfigured: Boolean(resendApiKey) });\n  if (globalForAuth.auth && globalForAuth.authSignature === signature) return globalForAuth.auth;\n  const auth = betterAuth({ secret });\n  globalForAuth.auth = auth;\n  globalForAuth.authSignature = signature;\n  return auth;\n}\n`;

ruleTester.run('no-timing-unsafe-compare (a config signature with booleans of its keys)', rule, {
  valid: [{ code: CONFIG_SIGNATURE('hasSecret: !!secret'), filename: 'src/lib/auth.ts' }],
  invalid: [
    {
      code: CONFIG_SIGNATURE('secret'),
      filename: 'src/lib/auth.ts',
      settings: helper,
      errors: [{ messageId: 'unsafeCompare', line: 9, column: 29, suggestions: [{ messageId: 'useSafeCompare', output: CONFIG_SIGNATURE('secret').replace("from 'better-auth';\n", "from 'better-auth';\nimport { safeCompare } from '@/lib/safe-compare';\n").replace('globalForAuth.authSignature === signature', 'safeCompare(globalForAuth.authSignature, signature)') }] }],
    },
  ],
});
