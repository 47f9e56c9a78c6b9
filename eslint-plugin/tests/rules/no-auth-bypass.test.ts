import rule from '../../src/rules/no-auth-bypass';
import { ruleTester, FILES } from '../rule-tester';

ruleTester.run('no-auth-bypass', rule, {
  valid: [
    // verification gated on the signature header, with a missing header turned away first (AgentZero's Resend webhook, fixed; s26-h6)
    { code: "export async function POST(request: Request) {\n  const body = await request.text();\n  const signature = request.headers.get('x-mail-signature');\n  if (!signature) {\n    return Response.json({ error: 'Missing signature' }, { status: 400 });\n  }\n  const webhookSecret = process.env.MAIL_WEBHOOK_SECRET;\n  if (webhookSecret && signature) {\n    const isValid = checkMailSignature(body, signature, webhookSecret);\n    if (!isValid) {\n      return Response.json({ error: 'Invalid signature' }, { status: 401 });\n    }\n  }\n  await saveMailEvent(JSON.parse(body));\n  return Response.json({ ok: true });\n}\n", filename: 'app/api/mail/webhook/route.ts' },
    // the header-gated check with an else that denies: a request without the header is turned away
    { code: "import crypto from 'crypto';\n\nexport async function POST(req: Request) {\n  const body = await req.text();\n  const signature = req.headers.get('x-booking-signature');\n  const secret = process.env.BOOKING_WEBHOOK_SECRET;\n  if (secret && signature) {\n    const expected = crypto.createHmac('sha256', secret).update(body).digest('hex');\n    if (signature !== expected) return new Response('Invalid signature', { status: 401 });\n  } else {\n    return new Response('Unauthorized', { status: 401 });\n  }\n  await recordBooking(JSON.parse(body));\n  return new Response('ok');\n}\n", filename: 'app/api/bookings/webhook/route.ts' },
    // a production-only admin session check after a fail-closed secret check every environment runs: a second factor, no skipped check (school-timetable's seed route, s23-r2)
    { code: "import { NextRequest, NextResponse } from 'next/server';\nimport { auth } from '@/lib/auth';\n\nexport async function POST(req: NextRequest) {\n  const secret = req.headers.get('x-seed-secret') ?? undefined;\n  const expected = process.env.SEED_SECRET;\n  if (!expected || !secret || secret !== expected) {\n    return NextResponse.json({ ok: false, error: 'Unauthorized' }, { status: 401 });\n  }\n  if (process.env.NODE_ENV === 'production') {\n    const session = await auth.api.getSession({ headers: req.headers });\n    if (!session?.user || session.user.role !== 'admin') {\n      return NextResponse.json({ ok: false, error: 'Admin session required' }, { status: 403 });\n    }\n  }\n  return NextResponse.json({ ok: true, results: await seedSemesters() });\n}\n", filename: "src/app/api/admin/seed-semesters/route.ts" },
    // the nested form with the unset secret turned away first
    { code: "export async function GET(request: Request) {\n  const expectedToken = process.env.CRON_SECRET;\n  if (!expectedToken) return new Response('Not configured', { status: 500 });\n  if (expectedToken) {\n    if (request.headers.get('authorization') !== `Bearer ${expectedToken}`) {\n      return new Response('Unauthorized', { status: 401 });\n    }\n  }\n  return Response.json(await runJobs());\n}\n", filename: 'app/api/jobs/run/route.ts' },
    // an else that denies when the secret is unset: fails closed
    { code: "export async function GET(request: Request) {\n  const cronSecret = process.env.CRON_SECRET;\n  if (cronSecret) {\n    if (request.headers.get('authorization') !== `Bearer ${cronSecret}`) return new Response('Unauthorized', { status: 401 });\n  } else {\n    return new Response('CRON_SECRET is not set', { status: 500 });\n  }\n  return Response.json(await runJobs());\n}\n", filename: 'app/api/cron/run/route.ts' },
    // an optional access password of a self-hosted app (not a machine caller's secret, not a machine route)
    { code: "export async function POST(req: Request) {\n  const password = process.env.ACCESS_PASSWORD;\n  if (password) {\n    if (req.headers.get('x-access-password') !== password) return new Response('Unauthorized', { status: 401 });\n  }\n  return Response.json(await chat(await req.json()));\n}\n", filename: 'app/api/chat/route.ts' },
    // the denial inside does not depend on the secret (a signed-in check), or the branch only logs
    { code: "export async function POST(req: Request) {\n  const webhookSecret = process.env.WEBHOOK_SECRET;\n  if (webhookSecret) {\n    const session = await auth();\n    if (!session) return new Response('Unauthorized', { status: 401 });\n  }\n  return Response.json({ ok: true });\n}\n", filename: 'app/api/hooks/route.ts' },
    { code: "export async function POST(req: Request) {\n  const webhookSecret = process.env.WEBHOOK_SECRET;\n  if (webhookSecret) {\n    const valid = req.headers.get('x-secret') === webhookSecret;\n    if (!valid) console.warn('unsigned webhook');\n  }\n  return Response.json({ ok: true });\n}\n", filename: 'app/api/hooks/route.ts' },
    // An optional access password of a self-hosted AI app (`if (password && header !== password) return 401`): an unset
    // ACCESS_PASSWORD is how the owner asks for an open instance, not a scheduler's or webhook's secret left out.
    {
      code: "export async function POST(req: Request) {\n  const password = process.env.ACCESS_PASSWORD;\n  if (password && req.headers.get('authorization') !== `Bearer ${password}`) {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  return Response.json(await runChat(await req.json()));\n}\n",
      filename: FILES.route,
    },
    // The cron secret's absence is turned away first (`if (!cronSecret) return 500`): the later `cronSecret && ...` is
    // redundant, not open.
    {
      code: "export async function GET(request: Request) {\n  const cronSecret = process.env.CRON_SECRET;\n  if (!cronSecret) {\n    console.error('CRON_SECRET is not set');\n    return Response.json({ error: 'Misconfigured' }, { status: 500 });\n  }\n  if (cronSecret && request.headers.get('authorization') !== `Bearer ${cronSecret}`) {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  return Response.json(await sendDigests());\n}\n",
      filename: 'app/api/cron/digest/route.ts',
    },
    // The module refuses to load without the secret (`if (!process.env.CRON_SECRET) throw`).
    {
      code: "if (!process.env.CRON_SECRET) throw new Error('CRON_SECRET is required');\nexport async function GET(request: Request) {\n  if (process.env.CRON_SECRET && request.headers.get('authorization') !== `Bearer ${process.env.CRON_SECRET}`) {\n    return new Response('Unauthorized', { status: 401 });\n  }\n  return Response.json(await sendDigests());\n}\n",
      filename: 'app/api/cron/digest/route.ts',
    },
    // Fails closed already: `!cronSecret || mismatch`.
    {
      code: "export async function GET(request: Request) {\n  const cronSecret = process.env.CRON_SECRET;\n  if (!cronSecret || request.headers.get('authorization') !== `Bearer ${cronSecret}`) {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  return Response.json(await sendDigests());\n}\n",
      filename: 'app/api/cron/digest/route.ts',
    },
    // A validated env object (`env.CRON_SECRET` from t3-env) may require the secret: the `&&` cannot be told from a redundant one.
    {
      code: "import { env } from '@/env';\nexport async function GET(request: Request) {\n  if (env.CRON_SECRET && request.headers.get('authorization') !== `Bearer ${env.CRON_SECRET}`) {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  return Response.json(await sendDigests());\n}\n",
      filename: 'app/api/cron/digest/route.ts',
    },
    // hello-ys' payment callback: the expected token comes from the stored payment, not from the deployment's env.
    {
      code: "export async function POST(req: Request) {\n  const { payToken, orderNo } = await req.json();\n  const payment = await getPayment(orderNo);\n  const expectedPayToken = typeof payment.metadata?.payToken === 'string' ? payment.metadata.payToken : '';\n  if (expectedPayToken && payToken !== expectedPayToken) {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  return Response.json(await confirm(payment));\n}\n",
      filename: 'app/api/pay/callback/route.ts',
    },
    // A branch that only warns: no check is skipped, none is made.
    {
      code: "export async function GET(request: Request) {\n  const cronSecret = process.env.CRON_SECRET;\n  if (cronSecret && request.headers.get('authorization') !== `Bearer ${cronSecret}`) {\n    console.warn('cron called without its secret');\n  }\n  return Response.json(await sendDigests());\n}\n",
      filename: 'app/api/cron/digest/route.ts',
    },
    // literary-ai-partner's health route: in development it also takes the cron secret from the query string, compared in constant time, and grants only when it matches: another way to present the secret, not a skipped check.
    { code: "import crypto from 'crypto';\nimport type { NextRequest } from 'next/server';\n\nfunction timingSafeEqual(a: string, b: string) {\n  const ah = crypto.createHash('sha256').update(a).digest();\n  const bh = crypto.createHash('sha256').update(b).digest();\n  return { equal: crypto.timingSafeEqual(ah, bh) };\n}\n\nfunction checkAuthorization(req: NextRequest): { authorized: boolean; method: string } {\n  const expectedSecret = process.env.CRON_SECRET || '';\n  const bearer = req.headers.get('authorization')?.replace(/^Bearer\\s+/i, '');\n  if (expectedSecret && bearer && timingSafeEqual(bearer, expectedSecret).equal) {\n    return { authorized: true, method: 'bearer' };\n  }\n  if (process.env.NODE_ENV === 'development') {\n    const querySecret = req.nextUrl.searchParams.get('secret');\n    if (expectedSecret && querySecret) {\n      const result = timingSafeEqual(querySecret, expectedSecret);\n      if (result.equal) {\n        return { authorized: true, method: 'dev_query' };\n      }\n    }\n  }\n  return { authorized: false, method: 'none' };\n}\n\nexport async function GET(req: NextRequest) {\n  if (!checkAuthorization(req).authorized) return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  return Response.json({ ok: true });\n}\n", filename: 'app/api/health/route.ts' },
    // 21st's Amplitude setup: the production-only branch adds the analytics SDK's session replay
    // (`sessionReplayPlugin()`), a recording, not a session check; development skips no authentication.
    {
      code: `import * as amplitude from '@amplitude/analytics-browser';
import { sessionReplayPlugin } from '@amplitude/plugin-session-replay-browser';
export const initAmplitude = () => {
  if (process.env.NODE_ENV === 'production') {
    const sessionReplayTracking = sessionReplayPlugin({ sampleRate: 0.0001 });
    amplitude.add(sessionReplayTracking);
  }
  amplitude.init(process.env.NEXT_PUBLIC_AMPLITUDE_API_KEY || '');
};`,
      filename: 'lib/amplitude.ts',
    },
    // A view switch behind the session's own admin flag (createspot's exhibits route): `?admin=true` only widens
    // the list for a signed-in admin; everyone else gets the public list.
    {
      code: `import { auth } from '@/lib/auth';
export async function GET(request: NextRequest) {
  const session = await auth();
  const admin = request.nextUrl.searchParams.get('admin') === 'true';
  if (admin && session?.user?.isAdmin) {
    return Response.json(await prisma.exhibit.findMany());
  }
  return Response.json(await getCurrentExhibits());
}`,
      filename: FILES.route,
    },
    // pulse's share route: the caller is turned away without a session (401) first; the production-only rule after it
    // (share only with company-domain users) is about the target user, not a skipped authentication.
    {
      code: `export async function POST(req: Request) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user)
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const { user_id } = await req.json();
  const { data: targetUser } = await supabase.from('users').select('email').eq('id', user_id).single();
  if (process.env.NODE_ENV === 'production' && !targetUser.email.endsWith('@corp.com')) {
    return NextResponse.json({ error: 'Forbidden' }, { status: 403 });
  }
  await supabase.from('shares').insert({ shared_with_id: user_id, shared_by_id: user.id });
  return NextResponse.json({ ok: true });
}`,
      filename: FILES.route,
    },
    // openstatus' tRPC middleware: the session is required first; the test-only branch after it skips the workspace
    // lookup (the caller's context already holds one), not authentication.
    {
      code: "import { TRPCError } from '@trpc/server';\nconst enforceUserIsAuthed = t.middleware(async (opts) => {\n  const { ctx } = opts;\n  if (!ctx.session?.user?.id) {\n    throw new TRPCError({ code: 'UNAUTHORIZED' });\n  }\n  if (process.env.NODE_ENV === 'test' && ctx.workspace != null && ctx.user != null) {\n    return opts.next({ ctx: { ...ctx, user: ctx.user, workspace: ctx.workspace } });\n  }\n  const resolved = await resolveActiveWorkspace({ userId: Number(ctx.session.user.id) });\n  return opts.next({ ctx: { ...ctx, user: resolved.user, workspace: resolved.workspace } });\n});\n",
      filename: 'packages/api/src/trpc.ts',
    },
    // SajiloReserveX: the test endpoints' `x-test-token` must equal a configured token (`providedToken !== testConfig.token`): a shared secret, like an API key.
    { code: "import { NextResponse, type NextRequest } from 'next/server';\nimport { env } from '@/lib/env';\n\nexport function guardTestEndpoint(req: NextRequest): NextResponse | null {\n  const testConfig = env.testEndpoints;\n  if (!testConfig.enabled) return NextResponse.json({ error: 'forbidden' }, { status: 403 });\n  const headerToken = req.headers.get('x-test-token');\n  const searchToken = req.nextUrl.searchParams.get('test_token');\n  const providedToken = headerToken ?? searchToken;\n  if (!testConfig.token || !providedToken) return NextResponse.json({ error: 'forbidden' }, { status: 403 });\n  if (providedToken !== testConfig.token) return NextResponse.json({ error: 'forbidden' }, { status: 403 });\n  return null;\n}\n", filename: 'server/security/test-endpoints.ts' },
    // Not magic values: a sign-in method ('magiclink' in otpType), a cache switch, a branch under a NODE_ENV check that only logs, a configured secret.
    {"code": "import { verifyOtp, sendMagicLink } from '@/lib/auth';\nexport async function POST(req: Request) {\n  const { email, otpType, token, cacheKey } = await req.json();\n  if (otpType === 'magiclink') {\n    return Response.json(await sendMagicLink(email));\n  }\n  if (cacheKey !== 'bypass') {\n    await checkCache(cacheKey);\n  }\n  if (process.env.NODE_ENV !== 'production' && token === 'dev-bypass') {\n    console.log('dev token');\n  }\n  if (token !== process.env.BYPASS_TOKEN) {\n    await verifyOtp(email, token);\n  }\n  return Response.json({ ok: true });\n}\n", "filename": "app/api/auth/route.ts"},
    // Admin impersonation, not a bypass: the header acts only for a signed-in super admin (postiz's auth middleware).
    { code: "import { verifyJwt } from '@/lib/auth';\nimport { users, orgs } from '@/lib/db';\nexport async function authMiddleware(req: any, res: any, next: () => void) {\n  const payload = verifyJwt(req.cookies.auth);\n  if (!payload?.id) throw new Error('Forbidden');\n  const user = await users.findById(payload.id);\n  if (!user) throw new Error('Forbidden');\n  const impersonate = req.cookies.impersonate || req.headers.impersonate;\n  if (user?.isSuperAdmin && impersonate) {\n    const target = await orgs.getUserOrg(impersonate);\n    if (target) {\n      req.user = target.user;\n      return next();\n    }\n  }\n  req.user = user;\n  next();\n}\n", filename: 'src/services/auth/auth.middleware.ts' },
    // The impersonation header only echoed as a flag, or refusing an action (postiz's users controller).
    { code: "export class UsersController {\n  async getSelf(user: { id: string }, req: any) {\n    const impersonate = req.cookies.impersonate || req.headers.impersonate;\n    return { ...user, impersonating: !!impersonate };\n  }\n  async deleteAccount(user: { id: string }, req: any) {\n    const impersonate = req.cookies.impersonate || req.headers.impersonate;\n    if (impersonate) {\n      throw new HttpException('Account cannot be deleted while impersonating', 400);\n    }\n    await accounts.remove(user.id);\n  }\n}\n", filename: 'src/api/routes/users.controller.ts' },
    // A development branch that returns a setting read from an env var whose name has a mock word only
    // (cal.com's org domains: a domain suffix for local testing), not an identity.
    { code: "import { IS_PRODUCTION, WEBAPP_URL } from '@/lib/constants';\nexport function subdomainSuffix() {\n  if (!IS_PRODUCTION && process.env.LOCAL_TESTING_DOMAIN) {\n    return process.env.LOCAL_TESTING_DOMAIN;\n  }\n  return new URL(WEBAPP_URL).hostname.split('.').slice(1).join('.');\n}\n", filename: 'lib/server/orgDomains.ts' },
    // A tRPC cache middleware returned by a factory (tRPC's middleware() names no purpose): caching skipped outside production.
    { code: "import { middleware } from '~/server/trpc';\nconst isProd = process.env.NODE_ENV === 'production';\nexport function edgeCacheIt({ ttl = 180 } = {}) {\n  return middleware(async ({ next, ctx }) => {\n    if (!isProd) return await next();\n    ctx.res?.setHeader('Cache-Control', `public, s-maxage=${ttl}`);\n    return await next();\n  });\n}\n", filename: 'src/server/middleware.trpc.ts' },
    // The development branch authenticates another way (a session cookie instead of an API token: nextcrm's MCP auth).
    { code: "import { validateApiToken } from \"@/lib/api-tokens\";\nimport { getSession } from \"@/lib/auth-server\";\n\n// Development accepts a real session cookie *instead of* an API token: still authenticated.\nexport async function getMcpUser(): Promise<string> {\n  const { headers } = await import(\"next/headers\");\n  const hdrs = await headers();\n  const authHeader = hdrs.get(\"authorization\");\n  const bearer = authHeader?.startsWith(\"Bearer \") ? authHeader.slice(7) : null;\n\n  let userId: string | null = null;\n\n  if (bearer?.startsWith(\"nxtc__\")) {\n    userId = await validateApiToken(bearer);\n  } else if (process.env.NODE_ENV === \"development\") {\n    const session = await getSession();\n    userId = session?.user?.id ?? null;\n  }\n\n  if (!userId) {\n    throw new Error(\"Unauthorized\");\n  }\n  return userId;\n}\n", filename: 'lib/mcp/auth.ts' },
    // A deployment setting beside the production test, not the caller's credential (langwatch's local admin seed refuses
    // its default password in production): no request is checked, so none is skipped.
    {
      code: `export async function seedLocalAdmin() {
  if (process.env.NODE_ENV === "production" && !process.env.SEED_USER_PASSWORD) {
    throw new Error("Refusing to seed a default admin credential in production.");
  }
  return createAdmin(process.env.SEED_USER_EMAIL ?? "admin@local.dev");
}`,
      filename: 'lib/seed-local-admin.ts',
    },
    // A dev-only feature switched off in production (unkey's Stripe test seeding): production always exits, no check is skipped.
    {
      code: `export const seedTestCustomer = workspaceProcedure.use(requireWorkspaceAdmin).mutation(async ({ ctx }) => {
  if (process.env.NODE_ENV === "production") {
    throw new TRPCError({ code: "FORBIDDEN", message: "Stripe test seeding is only available outside production." });
  }
  return stripe.customers.create({ email: ctx.user.email });
});`,
      filename: 'lib/trpc/routers/stripe/seedTestCustomer.ts',
    },
    {
      code: `export async function POST() {
  if (process.env.NODE_ENV === 'production') return new Response('Forbidden', { status: 403 });
  await seedDatabase();
  return Response.json({ ok: true });
}`,
      filename: 'app/api/dev/seed/route.ts',
    },
    // Environment branches that only log or configure.
    { code: "if (process.env.NODE_ENV === 'development') { console.log('debug', req.url); }", filename: FILES.route },
    { code: "const isDev = process.env.NODE_ENV === 'development';\nexport const logger = { info: (m: string) => { if (isDev) console.log(m); } };", filename: 'lib/logger.ts' },
    { code: "import { cookies } from 'next/headers';\n(await cookies()).set('session', t, { secure: process.env.NODE_ENV === 'production', httpOnly: true });", filename: FILES.route },
    { code: "const globalForPrisma = globalThis as any;\nif (process.env.NODE_ENV !== 'production') globalForPrisma.prisma = prisma;", filename: 'lib/prisma.ts' },
    { code: "const origins = ['https://app.example.com', process.env.NODE_ENV === 'development' ? 'http://localhost:3000' : null];", filename: FILES.route },
    // Fail-fast only in production (not an auth check).
    {
      code: "export const MAP = (() => { try { return load(); } catch (error) { if (process.env.NODE_ENV === 'production') { throw error; } return {}; } })();",
      filename: 'lib/plan-map.ts',
    },
    // Production-only error detail (not auth).
    { code: "export function GET() { const detail = process.env.NODE_ENV === 'development' ? err.stack : undefined; return Response.json({ detail }); }", filename: FILES.route },
    // Ordinary headers, trusted proxy headers and tracing.
    { code: "export async function GET(req: Request) { const ip = req.headers.get('x-forwarded-for'); const id = req.headers.get('x-request-id'); return Response.json({ ip, id }); }", filename: FILES.route },
    { code: "export async function GET(req: Request) { const userId = req.headers.get('x-user-id'); return Response.json({ userId }); }", filename: FILES.route },
    // A test header only logged.
    { code: "export async function GET(req: Request) { console.log('test run', req.headers.get('x-test-run-id')); return Response.json({}); }", filename: FILES.route },
    // A test header that changes routing, not identity (dub's e2e redirect test).
    {
      code: "export function parse(req: Request) { let domain = 'x'; const isE2ERedirectTestRequest = process.env.VERCEL_ENV === 'preview' && req.headers.get('x-e2e-redirect-test') === 'true'; if (isE2ERedirectTestRequest) { domain = 'test.example.com'; } return domain; }",
      filename: 'lib/middleware/utils/parse.ts',
    },
    // Query params used for filtering, pagination and debug output.
    { code: "export async function GET(req: NextRequest) { const role = req.nextUrl.searchParams.get('role'); if (role) where.role = role; return Response.json(await db.user.findMany({ where })); }", filename: FILES.route },
    { code: "export async function GET(req: NextRequest) { if (req.nextUrl.searchParams.get('debug') === '1') { console.log(req.headers); } return Response.json({}); }", filename: FILES.route },
    { code: "export default function handler(req, res) { const page = Number(req.query.page ?? 1); res.json({ page }); }", filename: 'pages/api/list.ts' },
    // Admin flag checked against the session, with a denial.
    { code: "export async function GET(req: NextRequest) { if (req.nextUrl.searchParams.get('admin') === 'true' && !session.user.isAdmin) { return new Response('Forbidden', { status: 403 }); } return Response.json({}); }", filename: FILES.route },
    // Dev-only seeding, mocks in tests, client code.
    { code: "if (process.env.NODE_ENV === 'development') { await seedDatabase(); }", filename: 'scripts/seed.ts' },
    { code: "if (process.env.NODE_ENV !== 'production') { return { id: 'dev-user' }; }", filename: 'lib/auth.test.ts' },
    { code: "'use client';\nexport function useUser() { if (process.env.NODE_ENV === 'development') { return { id: 'dev' }; } return null; }", filename: 'lib/use-user.ts' },
    // An email helper that fakes a send in development when no API key is set: the `id` it returns is the
    // sent message's, not a user's, and no auth is involved.
    {
      code: `export async function sendEmail({ to, subject, apiKey }: { to: string; subject: string; apiKey?: string }) {
  const key = apiKey || process.env.RESEND_API_KEY;
  if (!key) {
    if (process.env.NODE_ENV === 'development') {
      console.log('Mock sending email:', { to, subject });
      return { success: true, id: 'mock-id', isMock: true };
    }
    return { success: false, error: 'Email service not configured' };
  }
  return new Resend(key).emails.send({ to, subject, from: 'noreply@example.com', html: '' });
}`,
      filename: 'lib/email.ts',
    },
    // pages-cms' base URL helper: outside production it returns a constant named with a mock word only
    // (`DEV_BASE_URL`, the local server's address), a setting, not an identity.
    {
      code: `const DEV_BASE_URL = "http://localhost:3000";
export const getBaseUrl = () => {
  const baseUrl = process.env.BASE_URL?.trim();
  if (baseUrl) return baseUrl;
  if (process.env.NODE_ENV !== "production") {
    return DEV_BASE_URL;
  }
  throw new Error("Missing BASE_URL. Set BASE_URL in production.");
};`,
      filename: 'lib/base-url.ts',
    },
    // Sending Vercel's deployment-protection bypass header on an outgoing request (Cap's desktop API client):
    // a header written onto a request being built is sent, not trusted.
    {
      code: `export async function getCurrencySymbol(serverUrl: string): Promise<string> {
  const headers: Record<string, string> = {};
  const bypassSecret = process.env.VERCEL_AUTOMATION_BYPASS_SECRET;
  if (bypassSecret) headers["x-vercel-protection-bypass"] = bypassSecret;
  const resp = await fetch(new URL("/api/currency", serverUrl).toString(), { headers });
  return resp.ok ? "$" : "?";
}`,
      filename: 'lib/vercel.ts',
    },
    {
      code: `export const api = async (args: { path: string; headers: Record<string, string> }) => {
  const bypassSecret = process.env.VERCEL_AUTOMATION_BYPASS_SECRET;
  if (bypassSecret) args.headers["x-vercel-protection-bypass"] = bypassSecret;
  return fetch(args.path, args);
};`,
      filename: 'lib/web-api.ts',
    },
    {
      code: "export async function GET() { const headers = {} as Record<string, string>; headers['x-bypass-token'] ??= process.env.BYPASS_TOKEN!; return fetch('https://upstream.example.com/api', { headers }); }",
      filename: FILES.route,
    },
    {
      code: "export async function GET() { const headers = {}; (headers as Record<string, string>)['x-test-user'] = 'e2e'; return fetch('https://upstream.example.com/api', { headers }); }",
      filename: FILES.route,
    },
    // Stripping a test header from the incoming request reads nothing.
    { code: "export function middleware(req: any) { delete req.headers['x-test-user-id']; return NextResponse.next(); }", filename: 'middleware.ts' },
    // Object-literal headers and Headers.set/append for an outgoing fetch: never read as header reads (guards).
    {
      code: "export async function GET() { const secret = process.env.VERCEL_AUTOMATION_BYPASS_SECRET!; const res = await fetch('https://preview.example.com/api/health', { headers: { 'x-vercel-protection-bypass': secret } }); return Response.json({ ok: res.ok }); }",
      filename: FILES.route,
    },
    {
      code: "export async function warmPreview(url: string) { const headers = new Headers(); const secret = process.env.VERCEL_AUTOMATION_BYPASS_SECRET; if (secret) { headers.set('x-vercel-protection-bypass', secret); headers.append('x-vercel-set-bypass-cookie', 'true'); } return fetch(url, { headers }); }",
      filename: 'lib/vercel.ts',
    },
    // Real auth in every environment.
    {
      code: "import { getServerSession } from 'next-auth';\nexport async function getCurrentUser() { const session = await getServerSession(); return session?.user; }",
      filename: 'lib/session.ts',
    },
    // Fail closed: false or a throw when the secret is unset; or an earlier statement already throws
    {"code": "export function isValidCallbackToken(token: string | null): boolean {\n  const expected = process.env.KIE_CALLBACK_SECRET?.trim();\n  if (!expected) return false;\n  return token === expected;\n}\n", "filename": "lib/kie-callback.ts"},
    {"code": "export function verifyWebhook(request: Request) {\n  const secret = process.env.SENDBLUE_WEBHOOK_SECRET;\n  if (!secret) throw new Error('SENDBLUE_WEBHOOK_SECRET is not set');\n  return request.headers.get('sb-signing-secret') === secret;\n}\n", "filename": "lib/sendblue.ts"},
    {"code": "export function verifyWebhook(request: Request) {\n  const secret = process.env.SENDBLUE_WEBHOOK_SECRET;\n  if (process.env.NODE_ENV === 'production' && !secret) throw new Error('missing secret');\n  if (!secret) return true;\n  return request.headers.get('sb-signing-secret') === secret;\n}\n", "filename": "lib/sendblue.ts"},
    // Optional feature: the route refuses when the secret is unset, before it calls the helper
    {"code": "function verifyWebhook(request: Request) {\n  const secret = process.env.SENDBLUE_WEBHOOK_SECRET;\n  if (!secret) return true;\n  return request.headers.get('sb-signing-secret') === secret;\n}\nexport async function POST(request: Request) {\n  if (!process.env.SENDBLUE_WEBHOOK_SECRET) return new Response('disabled', { status: 503 });\n  if (!verifyWebhook(request)) return new Response('Unauthorized', { status: 401 });\n  return Response.json({ ok: true });\n}\n", "filename": "app/api/sendblue/route.ts"},
    // Not a check of the request: an outbound API key (an email-validation service off when unset), a secret that only gates logging, a feature flag
    {"code": "export async function validateEmail(email: string) {\n  if (!process.env.ZEROBOUNCE_API_KEY) {\n    return true;\n  }\n  const res = await fetch(`https://api.zerobounce.net/v2/validate?api_key=${process.env.ZEROBOUNCE_API_KEY}&email=${email}`);\n  return (await res.json()).status === 'valid';\n}\n", "filename": "app/actions/validate-email.ts"},
    {"code": "export function verifyWebhookLogging(event: string) {\n  const token = process.env.WEBHOOK_LOG_TOKEN;\n  if (!token) return true;\n  void fetch('https://logs.example.com', { method: 'POST', headers: { authorization: token }, body: event });\n  return true;\n}\n", "filename": "lib/webhook-log.ts"},
    {"code": "export function isWebhookEnabled() {\n  const secret = process.env.WEBHOOK_SECRET;\n  if (!secret) return true;\n  return secret !== 'disabled';\n}\n", "filename": "lib/webhooks.ts"},
    // An optional access password of a self-hosted app: unset is how the owner asks for an open instance
    {"code": "export function isAuthorized(req: Request) {\n  const password = process.env.ACCESS_PASSWORD;\n  if (!password) return true;\n  return req.headers.get('x-access-password') === password;\n}\n", "filename": "lib/access.ts"},
    // Test files
    {"code": "export function verifyWebhook(request: Request) {\n  const secret = process.env.SENDBLUE_WEBHOOK_SECRET;\n  if (!secret) return true;\n  return request.headers.get('sb-signing-secret') === secret;\n}\n", "filename": "lib/sendblue.test.ts"},
  ],
  invalid: [
    // Twin: a bare `secret !== expected` lets an absent secret through when SEED_SECRET is unset too: the production-only check is still reported
    { code: "import { NextRequest, NextResponse } from 'next/server';\nimport { auth } from '@/lib/auth';\n\nexport async function POST(req: NextRequest) {\n  const secret = req.headers.get('x-seed-secret') ?? undefined;\n  const expected = process.env.SEED_SECRET;\n  if (secret !== expected) {\n    return NextResponse.json({ ok: false, error: 'Unauthorized' }, { status: 401 });\n  }\n  if (process.env.NODE_ENV === 'production') {\n    const session = await auth.api.getSession({ headers: req.headers });\n    if (!session?.user || session.user.role !== 'admin') {\n      return NextResponse.json({ ok: false, error: 'Admin session required' }, { status: 403 });\n    }\n  }\n  return NextResponse.json({ ok: true, results: await seedSemesters() });\n}\n", filename: "src/app/api/admin/seed-semesters/route.ts", errors: [{ messageId: "envBypass", data: { condition: "process.env.NODE_ENV === 'production' is false" }, line: 10, column: 7 }] },
    // devlogify: the check sits inside `if (expectedToken) { ... }`
    {"code":"import { NextRequest, NextResponse } from 'next/server';\n\nexport async function GET(request: NextRequest) {\n  const authHeader = request.headers.get('authorization');\n  const cronHeader = request.headers.get('x-cron-secret');\n  const expectedToken = process.env.CRON_SECRET;\n\n  if (expectedToken) {\n    const isValidAuth = authHeader === `Bearer ${expectedToken}`;\n    const isValidCron = cronHeader === expectedToken;\n\n    if (!isValidAuth && !isValidCron) {\n      return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });\n    }\n  }\n\n  await processRecurringTasks();\n  return NextResponse.json({ ok: true });\n}\n","filename":"app/api/recurring-tasks/process/route.ts","errors":[{"messageId":"failOpenSecret","data":{"name":"CRON_SECRET"},"line":8,"column":7,"suggestions":[{"messageId":"failClosed","output":"import { NextRequest, NextResponse } from 'next/server';\n\nexport async function GET(request: NextRequest) {\n  const authHeader = request.headers.get('authorization');\n  const cronHeader = request.headers.get('x-cron-secret');\n  const expectedToken = process.env.CRON_SECRET;\n\n  if (!expectedToken) {\n    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  if (expectedToken) {\n    const isValidAuth = authHeader === `Bearer ${expectedToken}`;\n    const isValidCron = cronHeader === expectedToken;\n\n    if (!isValidAuth && !isValidCron) {\n      return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });\n    }\n  }\n\n  await processRecurringTasks();\n  return NextResponse.json({ ok: true });\n}\n"}]}]},
    // the denial logs a value of the block: reported without a suggestion
    {"code":"export async function POST(req: Request) {\n  if (process.env.WEBHOOK_SECRET) {\n    const sig = req.headers.get('x-signature');\n    if (sig !== process.env.WEBHOOK_SECRET) {\n      console.warn('bad signature', sig);\n      return new Response('Unauthorized', { status: 401 });\n    }\n  }\n  return Response.json({ ok: true });\n}\n","filename":"app/api/hooks/route.ts","errors":[{"messageId":"failOpenSecret","data":{"name":"WEBHOOK_SECRET"},"line":2,"column":7}]},
    // createspot's and firstserveseattle's cron routes (Vercel Cron's documented check behind `cronSecret &&`): with CRON_SECRET unset the check is skipped and anyone can trigger the job.
    {"code":"export async function GET(request: NextRequest) {\n  const authHeader = request.headers.get('authorization');\n  const cronSecret = process.env.CRON_SECRET;\n\n  if (cronSecret && authHeader !== `Bearer ${cronSecret}`) {\n    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  return NextResponse.json(await checkBadgeAwards());\n}\n","filename":"app/api/cron/notifications/route.ts","errors":[{"messageId":"failOpenSecret","data":{"name":"CRON_SECRET"},"line":5,"column":7,"suggestions":[{"messageId":"failClosed","output":"export async function GET(request: NextRequest) {\n  const authHeader = request.headers.get('authorization');\n  const cronSecret = process.env.CRON_SECRET;\n\n  if (!cronSecret || authHeader !== `Bearer ${cronSecret}`) {\n    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  return NextResponse.json(await checkBadgeAwards());\n}\n"}]}]},
    // mubseoul's reset-usage cron: the env var read directly on both sides.
    {"code":"export async function GET(request: Request) {\n  const authHeader = request.headers.get('authorization');\n  if (process.env.CRON_SECRET && authHeader !== `Bearer ${process.env.CRON_SECRET}`) {\n    return new Response('Unauthorized', { status: 401 });\n  }\n  return Response.json(await resetUsage());\n}\n","filename":"app/api/cron/reset-usage/route.ts","errors":[{"messageId":"failOpenSecret","data":{"name":"CRON_SECRET"},"line":3,"column":7,"suggestions":[{"messageId":"failClosed","output":"export async function GET(request: Request) {\n  const authHeader = request.headers.get('authorization');\n  if (!process.env.CRON_SECRET || authHeader !== `Bearer ${process.env.CRON_SECRET}`) {\n    return new Response('Unauthorized', { status: 401 });\n  }\n  return Response.json(await resetUsage());\n}\n"}]}]},
    // Any secret in an internal route; a constant-time helper does not help when it is never called.
    {"code":"export async function POST(request: Request) {\n  const key = process.env.SYNC_API_KEY?.trim();\n  if (key && !safeCompare(request.headers.get('x-api-key') ?? '', key)) {\n    return Response.json({ error: 'Forbidden' }, { status: 403 });\n  }\n  return Response.json(await syncAll());\n}\n","filename":"app/api/internal/sync/route.ts","errors":[{"messageId":"failOpenSecret","data":{"name":"SYNC_API_KEY"},"line":3,"column":7,"suggestions":[{"messageId":"failClosed","output":"export async function POST(request: Request) {\n  const key = process.env.SYNC_API_KEY?.trim();\n  if (!key || !safeCompare(request.headers.get('x-api-key') ?? '', key)) {\n    return Response.json({ error: 'Forbidden' }, { status: 403 });\n  }\n  return Response.json(await syncAll());\n}\n"}]}]},
    // A webhook secret with an empty fallback, checked through `!!`.
    {"code":"const webhookSecret = process.env.FORM_WEBHOOK_SECRET ?? '';\nexport async function POST(request: Request) {\n  if (!!webhookSecret && request.headers.get('x-webhook-secret') !== webhookSecret) {\n    return new Response('Unauthorized', { status: 401 });\n  }\n  return Response.json(await handleForm(await request.json()));\n}\n","filename":"app/api/forms/route.ts","errors":[{"messageId":"failOpenSecret","data":{"name":"FORM_WEBHOOK_SECRET"},"line":3,"column":7,"suggestions":[{"messageId":"failClosed","output":"const webhookSecret = process.env.FORM_WEBHOOK_SECRET ?? '';\nexport async function POST(request: Request) {\n  if (!webhookSecret || request.headers.get('x-webhook-secret') !== webhookSecret) {\n    return new Response('Unauthorized', { status: 401 });\n  }\n  return Response.json(await handleForm(await request.json()));\n}\n"}]}]},
    // The same branch granting on any query secret, unchecked, is still a bypass.
    { code: "import crypto from 'crypto';\nimport type { NextRequest } from 'next/server';\n\nfunction timingSafeEqual(a: string, b: string) {\n  const ah = crypto.createHash('sha256').update(a).digest();\n  const bh = crypto.createHash('sha256').update(b).digest();\n  return { equal: crypto.timingSafeEqual(ah, bh) };\n}\n\nfunction checkAuthorization(req: NextRequest): { authorized: boolean; method: string } {\n  const expectedSecret = process.env.CRON_SECRET || '';\n  const bearer = req.headers.get('authorization')?.replace(/^Bearer\\s+/i, '');\n  if (expectedSecret && bearer && timingSafeEqual(bearer, expectedSecret).equal) {\n    return { authorized: true, method: 'bearer' };\n  }\n  if (process.env.NODE_ENV === 'development') {\n    const querySecret = req.nextUrl.searchParams.get('secret');\n    if (querySecret) {\n      return { authorized: true, method: 'dev_query' };\n    }\n  }\n  return { authorized: false, method: 'none' };\n}\n\nexport async function GET(req: NextRequest) {\n  if (!checkAuthorization(req).authorized) return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  return Response.json({ ok: true });\n}\n", filename: 'app/api/health/route.ts', errors: [{ messageId: 'envBypass', line: 16, column: 7, suggestions: [{ messageId: 'removeBypass', output: "import crypto from 'crypto';\nimport type { NextRequest } from 'next/server';\n\nfunction timingSafeEqual(a: string, b: string) {\n  const ah = crypto.createHash('sha256').update(a).digest();\n  const bh = crypto.createHash('sha256').update(b).digest();\n  return { equal: crypto.timingSafeEqual(ah, bh) };\n}\n\nfunction checkAuthorization(req: NextRequest): { authorized: boolean; method: string } {\n  const expectedSecret = process.env.CRON_SECRET || '';\n  const bearer = req.headers.get('authorization')?.replace(/^Bearer\\s+/i, '');\n  if (expectedSecret && bearer && timingSafeEqual(bearer, expectedSecret).equal) {\n    return { authorized: true, method: 'bearer' };\n  }\n  return { authorized: false, method: 'none' };\n}\n\nexport async function GET(req: NextRequest) {\n  if (!checkAuthorization(req).authorized) return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  return Response.json({ ok: true });\n}\n" }] }] },
    // jitsu's admin trim route: callers from a loopback address skip the admin check. Right to report, but it is a
    // network switch, not an environment one: behind a same-host proxy every request comes from loopback.
    {
      code: "const localIps = ['127.0.0.1', '::1', '::ffff:127.0.0.1'];\nexport default createRoute().GET({}).handler(async ({ req, res }) => {\n  const isLocalhost = localIps.includes(req.socket.remoteAddress || '');\n  if (!isLocalhost) {\n    const user = await getUser(res, req);\n    if (!user) return res.status(401).send({ error: 'Authorization Required' });\n    await verifyAdmin(user);\n  }\n  await trimEventsLog();\n});\n",
      filename: 'pages/api/admin/events-log-trim.ts',
      errors: [{ messageId: 'localRequestBypass', data: { condition: 'isLocalhost' }, line: 4, column: 7, suggestions: [] }],
    },
    {
      code: "export async function getCaller(req: Request) {\n  const isLocalhost = req.headers.get('host')?.startsWith('localhost');\n  if (isLocalhost) {\n    return { id: 'admin', role: 'admin' };\n  }\n  return verifySession(req);\n}\n",
      filename: 'lib/server/caller.ts',
      errors: [
        {
          messageId: 'localRequestBypass',
          data: { condition: 'isLocalhost' },
          line: 3,
          suggestions: [{ messageId: 'removeBypass', output: "export async function getCaller(req: Request) {\n  const isLocalhost = req.headers.get('host')?.startsWith('localhost');\n  return verifySession(req);\n}\n" }],
        },
      ],
    },
    // The same shape keyed on an environment flag keeps the environment message.
    {
      code: "export async function getCaller(req: Request) {\n  const isLocal = process.env.IS_LOCAL === 'true';\n  if (isLocal) {\n    return { id: 'admin', role: 'admin' };\n  }\n  return verifySession(req);\n}\n",
      filename: 'lib/server/caller.ts',
      errors: [{ messageId: 'envBypass', data: { condition: 'isLocal' }, line: 3, suggestions: [{ messageId: 'removeBypass', output: "export async function getCaller(req: Request) {\n  const isLocal = process.env.IS_LOCAL === 'true';\n  return verifySession(req);\n}\n" }] }],
    },
    // The same test-only branch with no session required before it, or after a mere header presence check: a bypass.
    {
      code: "const enforceUserIsAuthed = t.middleware(async (opts) => {\n  const { ctx } = opts;\n  if (process.env.NODE_ENV === 'test' && ctx.workspace != null && ctx.user != null) {\n    return opts.next({ ctx: { ...ctx, user: ctx.user, workspace: ctx.workspace } });\n  }\n  if (!ctx.session?.user?.id) throw new Error('Unauthorized');\n  return opts.next({ ctx });\n});\n",
      filename: 'packages/api/src/trpc.ts',
      errors: [{ messageId: 'envBypass', line: 3, column: 7, suggestions: [{ messageId: 'removeBypass', output: "const enforceUserIsAuthed = t.middleware(async (opts) => {\n  const { ctx } = opts;\n  if (!ctx.session?.user?.id) throw new Error('Unauthorized');\n  return opts.next({ ctx });\n});\n" }] }],
    },
    {
      code: "export async function requireUser(req: Request, next: () => Promise<Response>) {\n  if (!req.headers.get('authorization')) return new Response('Unauthorized', { status: 401 });\n  if (process.env.NODE_ENV === 'test') {\n    return next();\n  }\n  await verifyToken(req.headers.get('authorization'));\n  return next();\n}\n",
      filename: 'lib/auth/require-user.ts',
      errors: [{ messageId: 'envBypass', line: 3, column: 7, suggestions: [{ messageId: 'removeBypass', output: "export async function requireUser(req: Request, next: () => Promise<Response>) {\n  if (!req.headers.get('authorization')) return new Response('Unauthorized', { status: 401 });\n  await verifyToken(req.headers.get('authorization'));\n  return next();\n}\n" }] }],
    },
    // Twin: the same header let through when it is merely present.
    { code: "import { NextResponse, type NextRequest } from 'next/server';\nimport { env } from '@/lib/env';\n\nexport function guardTestEndpoint(req: NextRequest): NextResponse | null {\n  const testConfig = env.testEndpoints;\n  if (!testConfig.enabled) return NextResponse.json({ error: 'forbidden' }, { status: 403 });\n  const headerToken = req.headers.get('x-test-token');\n  const searchToken = req.nextUrl.searchParams.get('test_token');\n  const providedToken = headerToken ?? searchToken;\n  if (!testConfig.token || !providedToken) return NextResponse.json({ error: 'forbidden' }, { status: 403 });\n  return null;\n}\n", filename: 'server/security/test-endpoints.ts', errors: [{ messageId: 'testHeader', line: 7, column: 23, data: { name: 'x-test-token' }, suggestions: [] }] },
    // A captcha token equal to a hard-coded magic value skips the verification (an AI-built SaaS-Boilerplate fork's chat route; its client sends the value in dev mode, the server accepts it everywhere).
    {"code":"import { validateTurnstileToken } from '@/lib/turnstile';\n\nexport async function POST(req: Request) {\n  const { messages, turnstileToken } = await req.json();\n  if (turnstileToken !== 'dev-mode-bypass') {\n    const ok = await validateTurnstileToken(turnstileToken);\n    if (!ok) return Response.json({ error: 'Invalid token' }, { status: 403 });\n  }\n  return Response.json({ messages });\n}\n","filename":"src/app/api/chat/route.ts","errors":[{"messageId":"magicValue","line":5,"column":7}]},
    // The `===` form: the magic code signs the caller in.
    {"code":"import { signIn } from '@/lib/auth';\nimport { verifyOtp } from '@/lib/otp';\n\nexport async function POST(req: Request) {\n  const { email, code } = await req.json();\n  if (code === 'magic-code-000') {\n    return signIn(email);\n  }\n  if (!(await verifyOtp(email, code))) return Response.json({ error: 'Invalid code' }, { status: 401 });\n  return signIn(email);\n}\n","filename":"app/api/verify-otp/route.ts","errors":[{"messageId":"magicValue","line":6,"column":7}]},
    // Twin of pages-cms' base URL helper: a constant named for a user is handed out outside production.
    {
      code: `const DEV_USER = { id: 'dev', role: 'admin' };
export const getCaller = () => {
  if (process.env.NODE_ENV !== "production") {
    return DEV_USER;
  }
  return null;
};`,
      filename: 'lib/caller.ts',
      errors: [{ messageId: 'envBypass', line: 3, column: 7, suggestions: [{ messageId: 'removeBypass', output: `const DEV_USER = { id: 'dev', role: 'admin' };
export const getCaller = () => {
  return null;
};` }] }],
    },
    // The same shape handing out a role outside an auth-named function: an identity, still reported.
    {
      code: `export async function resolveCaller(req: Request) {
  if (process.env.NODE_ENV === 'development') {
    return { success: true, id: 'mock-id', role: 'admin' };
  }
  return verifySession(req);
}`,
      filename: 'lib/caller.ts',
      errors: [{ messageId: 'envBypass', line: 2, suggestions: [{ messageId: 'removeBypass', output: `export async function resolveCaller(req: Request) {
  return verifySession(req);
}` }] }],
    },
    // The impersonation header honoured for any caller, or behind an admin flag the request itself carries.
    { code: "import { verifyJwt } from '@/lib/auth';\nimport { users, orgs } from '@/lib/db';\nexport async function authMiddleware(req: any, res: any, next: () => void) {\n  const payload = verifyJwt(req.cookies.auth);\n  if (!payload?.id) throw new Error('Forbidden');\n  const user = await users.findById(payload.id);\n  if (!user) throw new Error('Forbidden');\n  const impersonate = req.cookies.impersonate || req.headers.impersonate;\n  if (impersonate) {\n    const target = await orgs.getUserOrg(impersonate);\n    if (target) {\n      req.user = target.user;\n      return next();\n    }\n  }\n  req.user = user;\n  next();\n}\n", filename: 'src/services/auth/auth.middleware.ts', errors: [{ messageId: 'testHeader', line: 8, data: { name: 'impersonate' }, suggestions: [{ messageId: 'removeBypass', output: "import { verifyJwt } from '@/lib/auth';\nimport { users, orgs } from '@/lib/db';\nexport async function authMiddleware(req: any, res: any, next: () => void) {\n  const payload = verifyJwt(req.cookies.auth);\n  if (!payload?.id) throw new Error('Forbidden');\n  const user = await users.findById(payload.id);\n  if (!user) throw new Error('Forbidden');\n  const impersonate = req.cookies.impersonate || req.headers.impersonate;\n  req.user = user;\n  next();\n}\n" }] }] },
    { code: "import { verifyJwt } from '@/lib/auth';\nimport { users, orgs } from '@/lib/db';\nexport async function authMiddleware(req: any, res: any, next: () => void) {\n  const payload = verifyJwt(req.cookies.auth);\n  if (!payload?.id) throw new Error('Forbidden');\n  const user = await users.findById(payload.id);\n  if (!user) throw new Error('Forbidden');\n  const impersonate = req.cookies.impersonate || req.headers.impersonate;\n  if (req.body.isAdmin && impersonate) {\n    const target = await orgs.getUserOrg(impersonate);\n    if (target) {\n      req.user = target.user;\n      return next();\n    }\n  }\n  req.user = user;\n  next();\n}\n", filename: 'src/services/auth/auth.middleware.ts', errors: [{ messageId: 'testHeader', line: 8, data: { name: 'impersonate' }, suggestions: [{ messageId: 'removeBypass', output: "import { verifyJwt } from '@/lib/auth';\nimport { users, orgs } from '@/lib/db';\nexport async function authMiddleware(req: any, res: any, next: () => void) {\n  const payload = verifyJwt(req.cookies.auth);\n  if (!payload?.id) throw new Error('Forbidden');\n  const user = await users.findById(payload.id);\n  if (!user) throw new Error('Forbidden');\n  const impersonate = req.cookies.impersonate || req.headers.impersonate;\n  req.user = user;\n  next();\n}\n" }] }] },
    // The same shape handing out a user id from an env var outside production: a fixed identity.
    { code: "import { IS_PRODUCTION } from '@/lib/constants';\nexport function currentUserId(session: { userId?: string } | null) {\n  if (!IS_PRODUCTION && process.env.LOCAL_TESTING_USER_ID) {\n    return process.env.LOCAL_TESTING_USER_ID;\n  }\n  if (!session?.userId) throw new Error('Unauthorized');\n  return session.userId;\n}\n", filename: 'lib/server/auth.ts', errors: [{ messageId: 'envBypass', suggestions: [{ messageId: 'removeBypass', output: "import { IS_PRODUCTION } from '@/lib/constants';\nexport function currentUserId(session: { userId?: string } | null) {\n  if (!session?.userId) throw new Error('Unauthorized');\n  return session.userId;\n}\n" }] }] },
    // Twin: the same factory named for auth skips the check outside production.
    { code: "import { TRPCError } from '@trpc/server';\nimport { middleware } from '~/server/trpc';\nconst isProd = process.env.NODE_ENV === 'production';\nexport function enforceAuth() {\n  return middleware(async ({ next, ctx }) => {\n    if (!isProd) return await next();\n    if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED' });\n    return await next();\n  });\n}\n", filename: 'src/server/middleware.trpc.ts', errors: [{ messageId: 'envBypass', suggestions: [{ messageId: 'removeBypass', output: "import { TRPCError } from '@trpc/server';\nimport { middleware } from '~/server/trpc';\nconst isProd = process.env.NODE_ENV === 'production';\nexport function enforceAuth() {\n  return middleware(async ({ next, ctx }) => {\n    if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED' });\n    return await next();\n  });\n}\n" }] }] },
    // Twin: a session in development, but a fixed user id when there is none.
    { code: "import { validateApiToken } from \"@/lib/api-tokens\";\nimport { getSession } from \"@/lib/auth-server\";\n\n// Development accepts a real session cookie *instead of* an API token: still authenticated.\nexport async function getMcpUser(): Promise<string> {\n  const { headers } = await import(\"next/headers\");\n  const hdrs = await headers();\n  const authHeader = hdrs.get(\"authorization\");\n  const bearer = authHeader?.startsWith(\"Bearer \") ? authHeader.slice(7) : null;\n\n  let userId: string | null = null;\n\n  if (bearer?.startsWith(\"nxtc__\")) {\n    userId = await validateApiToken(bearer);\n  } else if (process.env.NODE_ENV === \"development\") {\n    const session = await getSession();\n    userId = session?.user?.id ?? 'dev-user';\n  }\n\n  if (!userId) {\n    throw new Error(\"Unauthorized\");\n  }\n  return userId;\n}\n", filename: 'lib/mcp/auth.ts', errors: [{ messageId: 'envBypass', line: 15, column: 14, suggestions: [{ messageId: 'removeBypass', output: "import { validateApiToken } from \"@/lib/api-tokens\";\nimport { getSession } from \"@/lib/auth-server\";\n\n// Development accepts a real session cookie *instead of* an API token: still authenticated.\nexport async function getMcpUser(): Promise<string> {\n  const { headers } = await import(\"next/headers\");\n  const hdrs = await headers();\n  const authHeader = hdrs.get(\"authorization\");\n  const bearer = authHeader?.startsWith(\"Bearer \") ? authHeader.slice(7) : null;\n\n  let userId: string | null = null;\n\n  if (bearer?.startsWith(\"nxtc__\")) {\n    userId = await validateApiToken(bearer);\n  } else\n  if (!userId) {\n    throw new Error(\"Unauthorized\");\n  }\n  return userId;\n}\n" }] }] },
    // Seed 004: test seller header trusted in development.
    {
      code: `export async function POST(request: NextRequest) {
  let sellerId: string | null = null;
  if (process.env.NODE_ENV === 'development') {
    sellerId = request.headers.get('x-test-seller-id');
  }
  if (!sellerId) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  return NextResponse.json({ ok: true });
}`,
      filename: 'app/api/ai-copilot/route.ts',
      errors: [
        {
          messageId: 'envBypass',
          line: 3,
          column: 7,
          suggestions: [
            {
              messageId: 'removeBypass',
              output: `export async function POST(request: NextRequest) {
  let sellerId: string | null = null;
  if (!sellerId) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  return NextResponse.json({ ok: true });
}`,
            },
          ],
        },
        { messageId: 'testHeader', line: 4, column: 16, data: { name: 'x-test-seller-id' }, suggestions: [] },
      ],
    },
    // A debug header grants on its own.
    {
      code: `export async function GET(req: Request) {
  if (req.headers.get('x-debug-auth') === 'true') {
    return Response.json(await getAllUsers());
  }
  return new Response('Unauthorized', { status: 401 });
}`,
      filename: FILES.route,
      errors: [{ messageId: 'testHeader', data: { name: 'x-debug-auth' }, suggestions: [] }],
    },
    // Pages API, plain JS: test user header.
    {
      code: "export default async function handler(req, res) {\n  const userId = req.headers['x-test-user-id'] || (await verify(req)).id;\n  res.json(await getOrders(userId));\n}",
      filename: 'pages/api/orders.js',
      errors: [{ messageId: 'testHeader', line: 2, column: 18, suggestions: [] }],
    },
    // NODE_ENV !== 'production' returns a fake user.
    {
      code: `import { getServerSession } from 'next-auth';
export async function getCurrentUser() {
  if (process.env.NODE_ENV !== 'production') {
    return { id: 'dev-user', email: 'dev@example.com', role: 'admin' };
  }
  const session = await getServerSession();
  return session?.user;
}`,
      filename: 'lib/auth.ts',
      errors: [
        {
          messageId: 'envBypass',
          line: 3,
          data: { condition: "process.env.NODE_ENV !== 'production'" },
          suggestions: [
            {
              messageId: 'removeBypass',
              output: `import { getServerSession } from 'next-auth';
export async function getCurrentUser() {
  const session = await getServerSession();
  return session?.user;
}`,
            },
          ],
        },
      ],
    },
    // isDev constant and a ternary mock user.
    {
      code: `const isDev = process.env.NODE_ENV === 'development';
export async function requireAuth() {
  const user = isDev ? { id: 'test' } : await getCurrentUser();
  if (!user) throw new Error('Unauthorized');
  return user;
}`,
      filename: 'lib/auth.ts',
      errors: [
        {
          messageId: 'envBypass',
          line: 3,
          suggestions: [
            {
              messageId: 'removeBypass',
              output: `const isDev = process.env.NODE_ENV === 'development';
export async function requireAuth() {
  const user = await getCurrentUser();
  if (!user) throw new Error('Unauthorized');
  return user;
}`,
            },
          ],
        },
      ],
    },
    // Env flag that switches auth off in middleware.
    {
      code: `import { NextResponse } from 'next/server';
export function middleware(req) {
  if (process.env.SKIP_AUTH === 'true') {
    return NextResponse.next();
  }
  return checkSession(req);
}`,
      filename: FILES.middleware,
      errors: [
        {
          messageId: 'envBypass',
          suggestions: [
            {
              messageId: 'removeBypass',
              output: `import { NextResponse } from 'next/server';
export function middleware(req) {
  return checkSession(req);
}`,
            },
          ],
        },
      ],
    },
    // The same shape testing the caller's session: the denial only runs in production.
    {
      code: `export async function requireAdmin() {
  const session = await getSession();
  if (process.env.NODE_ENV === "production" && !session?.user) {
    throw new Error("Unauthorized");
  }
  return session;
}`,
      filename: 'lib/seed-local-admin.ts',
      errors: [{ messageId: 'envBypass', line: 3, data: { condition: 'not in production' } }],
    },
    // The production-only denial of a target user comes before any session check: the caller is never authenticated.
    {
      code: `export async function POST(req: Request) {
  const supabase = await createClient();
  const { user_id } = await req.json();
  const { data: targetUser } = await supabase.from('users').select('email').eq('id', user_id).single();
  if (process.env.NODE_ENV === 'production' && !targetUser.email.endsWith('@corp.com')) {
    return NextResponse.json({ error: 'Forbidden' }, { status: 403 });
  }
  await supabase.from('shares').insert({ shared_with_id: user_id });
  return NextResponse.json({ ok: true });
}`,
      filename: FILES.route,
      errors: [{ messageId: 'envBypass', line: 5, data: { condition: 'not in production' } }],
    },
    // The denial only runs in production.
    {
      code: `export async function GET() {
  const session = await auth();
  if (!session && process.env.NODE_ENV === 'production') {
    return new Response('Unauthorized', { status: 401 });
  }
  return Response.json(await db.query.users.findMany());
}`,
      filename: FILES.route,
      errors: [{ messageId: 'envBypass', line: 3, data: { condition: 'not in production' } }],
    },
    // The whole check is wrapped in a production-only branch.
    {
      code: `export async function POST(req: Request) {
  if (process.env.NODE_ENV === 'production') {
    const session = await getServerSession(authOptions);
    if (!session) return new Response('Unauthorized', { status: 401 });
  }
  await prisma.post.create({ data: await req.json() });
  return Response.json({});
}`,
      filename: FILES.route,
      errors: [{ messageId: 'envBypass', line: 2 }],
    },
    // Twin of 21st's session-replay branch: a production-only branch that reads the session skips it in development.
    {
      code: `export async function initTracking(req: Request) {
  if (process.env.NODE_ENV === 'production') {
    const session = await getSession(req);
    if (!session) throw new Error('Unauthorized');
  }
  return startTracking(req);
}`,
      filename: 'lib/amplitude.ts',
      errors: [{ messageId: 'envBypass', line: 2, column: 7 }],
    },
    // Twin of the dev-only gate: production checks a secret (a branch), development skips it.
    {
      code: `export async function POST(req: Request) {
  if (process.env.NODE_ENV === 'production') {
    if (req.headers.get('authorization') !== \`Bearer \${process.env.CRON_SECRET}\`) return new Response('Unauthorized', { status: 401 });
  }
  await prisma.job.deleteMany({});
  return Response.json({});
}`,
      filename: FILES.route,
      errors: [{ messageId: 'envBypass', line: 2 }],
    },
    // ?admin=true grants admin.
    {
      code: `export async function GET(req: NextRequest) {
  const isAdmin = req.nextUrl.searchParams.get('admin') === 'true';
  return Response.json(await listUsers({ includeEmails: isAdmin }));
}`,
      filename: FILES.route,
      errors: [{ messageId: 'queryBypass', line: 2, data: { name: 'admin', effect: 'sets who the caller is' } }],
    },
    // The same view switch trusted on its own: any caller who adds `?admin=true` gets every exhibit.
    {
      code: `import { auth } from '@/lib/auth';
export async function GET(request: NextRequest) {
  const session = await auth();
  const admin = request.nextUrl.searchParams.get('admin') === 'true';
  if (admin || session?.user?.isAdmin) {
    return Response.json(await prisma.exhibit.findMany());
  }
  return Response.json(await getCurrentExhibits());
}`,
      filename: FILES.route,
      errors: [{ messageId: 'queryBypass', line: 4, data: { name: 'admin', effect: 'sets who the caller is' } }],
    },
    // A test-mode header that lets a made-up token stand for any user (myimageupscaler's checkout): the branch refuses
    // other tokens, but what it accepts is the bypass; compared with 'true' and joined with the env check by `||`.
    {
      code: `async function authenticateUser(token: string, request?: Request) {
  let user: { id: string } | null = null;
  let authError: { message: string; status?: number } | null = null;
  const isTestMode = serverEnv.ENV === 'test' || request?.headers.get('x-test-env') === 'true';
  if (isTestMode) {
    if (token.startsWith('test_token_')) {
      user = { id: token.replace('test_token_', '') };
    } else {
      authError = { message: 'Invalid test token', status: 401 };
    }
  } else {
    const result = await supabaseAdmin.auth.getUser(token);
    user = result.data.user;
    authError = result.error;
  }
  return { user, authError };
}`,
      filename: FILES.route,
      errors: [{ messageId: 'testHeader', line: 4, data: { name: 'x-test-env' } }],
    },
    // ?bypass=1 in an if that returns data.
    {
      code: `export default async function handler(req, res) {
  if (req.query.bypass === '1') {
    return res.json(await getAllOrders());
  }
  res.status(401).end();
}`,
      filename: 'pages/api/orders.ts',
      errors: [
        {
          messageId: 'queryBypass',
          data: { name: 'bypass', effect: 'grants access' },
          suggestions: [{ messageId: 'removeBypass', output: `export default async function handler(req, res) {\n  res.status(401).end();\n}` }],
        },
      ],
    },
    // ?debug=1 that hands out a user.
    {
      code: `export async function getUserForRequest(req: NextRequest) {
  if (req.nextUrl.searchParams.get('debug') === '1') {
    return { id: 'debug-user', role: 'admin' };
  }
  return verifySession(req);
}`,
      filename: 'lib/session.ts',
      errors: [
        {
          messageId: 'queryBypass',
          suggestions: [{ messageId: 'removeBypass', output: `export async function getUserForRequest(req: NextRequest) {\n  return verifySession(req);\n}` }],
        },
      ],
    },
    // Twins of the outgoing-request writes above: server code that READS Vercel's bypass header from the incoming
    // request to skip the app's own auth. Vercel's edge checks that header itself; the app trusting it is a bypass.
    {
      code: `export async function GET(req: Request) {
  const headers = req.headers;
  if (headers.get("x-vercel-protection-bypass") === process.env.VERCEL_AUTOMATION_BYPASS_SECRET) return Response.json(await getAllUsers());
  const session = await auth();
  if (!session) return new Response("Unauthorized", { status: 401 });
  return Response.json(await getAllUsers());
}`,
      filename: 'lib/vercel.ts',
      errors: [{ messageId: 'testHeader', line: 3, column: 7, data: { name: 'x-vercel-protection-bypass' }, suggestions: [] }],
    },
    {
      code: `export default async function handler(req, res) {
  if (req.headers["x-vercel-protection-bypass"]) return res.json(await getOrders());
  const session = await getSession({ req });
  if (!session) return res.status(401).end();
  res.json(await getOrders());
}`,
      filename: 'pages/api/orders.ts',
      errors: [{ messageId: 'testHeader', line: 2, column: 7, data: { name: 'x-vercel-protection-bypass' }, suggestions: [] }],
    },
    {
      code: `import { headers } from 'next/headers';
export async function getUser() {
  const h = await headers();
  if (h.get('x-vercel-protection-bypass')) return { id: 'preview-bot', role: 'admin' };
  return (await auth())?.user;
}`,
      filename: 'lib/auth.ts',
      errors: [
        {
          messageId: 'testHeader',
          line: 4,
          column: 7,
          data: { name: 'x-vercel-protection-bypass' },
          suggestions: [{ messageId: 'removeBypass', output: `import { headers } from 'next/headers';\nexport async function getUser() {\n  const h = await headers();\n  return (await auth())?.user;\n}` }],
        },
      ],
    },
    // Fail-open verification helpers: `return true` when the secret env var is unset (personal-agent-template's Sendblue webhook)
    {"code": "export function verifySendblueWebhook(request: Request) {\n  const secret = process.env.SENDBLUE_WEBHOOK_SECRET?.trim();\n  if (!secret) {\n    return true;\n  }\n\n  const headerValue = request.headers.get('sb-signing-secret');\n  return headerValue === secret;\n}\n", "filename": "agent/lib/sendblue.ts", "errors": [{"messageId": "failOpenSecret", "data": {"name": "SENDBLUE_WEBHOOK_SECRET"}, "line": 4, "column": 5, "suggestions": [{"messageId": "failClosed", "data": {"name": "SENDBLUE_WEBHOOK_SECRET", "test": "return false"}, "output": "export function verifySendblueWebhook(request: Request) {\n  const secret = process.env.SENDBLUE_WEBHOOK_SECRET?.trim();\n  if (!secret) {\n    return false;\n  }\n\n  const headerValue = request.headers.get('sb-signing-secret');\n  return headerValue === secret;\n}\n"}]}]},
    // ai-sdk-rag's KIE callback token
    {"code": "export function isValidCallbackToken(token: string | null): boolean {\n  const expected = process.env.KIE_CALLBACK_SECRET?.trim();\n  if (!expected) return true;\n  return token === expected;\n}\n", "filename": "lib/kie-callback.ts", "errors": [{"messageId": "failOpenSecret", "data": {"name": "KIE_CALLBACK_SECRET"}, "line": 3, "column": 18, "suggestions": [{"messageId": "failClosed", "data": {"name": "KIE_CALLBACK_SECRET", "test": "return false"}, "output": "export function isValidCallbackToken(token: string | null): boolean {\n  const expected = process.env.KIE_CALLBACK_SECRET?.trim();\n  if (!expected) return false;\n  return token === expected;\n}\n"}]}]},
    // linkwarden's App Store webhook: compared in constant time through a const
    {"code": "import { timingSafeEqual } from 'crypto';\nimport type { NextApiRequest, NextApiResponse } from 'next';\n\nconst isAuthorized = (req: NextApiRequest) => {\n  const secret = process.env.APP_STORE_WEBHOOK_TOKEN;\n  if (!secret) return true;\n\n  const token = req.query.token;\n  if (typeof token !== 'string') return false;\n  const a = new TextEncoder().encode(token);\n  const b = new TextEncoder().encode(secret);\n  return a.length === b.length && timingSafeEqual(a, b);\n};\n\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  if (!isAuthorized(req)) return res.status(401).json({ error: 'Unauthorized' });\n  res.status(200).json({ ok: true });\n}\n", "filename": "pages/api/v1/webhooks/app-store.ts", "errors": [{"messageId": "failOpenSecret", "data": {"name": "APP_STORE_WEBHOOK_TOKEN"}, "line": 6, "column": 16, "suggestions": [{"messageId": "failClosed", "data": {"name": "APP_STORE_WEBHOOK_TOKEN", "test": "return false"}, "output": "import { timingSafeEqual } from 'crypto';\nimport type { NextApiRequest, NextApiResponse } from 'next';\n\nconst isAuthorized = (req: NextApiRequest) => {\n  const secret = process.env.APP_STORE_WEBHOOK_TOKEN;\n  if (!secret) return false;\n\n  const token = req.query.token;\n  if (typeof token !== 'string') return false;\n  const a = new TextEncoder().encode(token);\n  const b = new TextEncoder().encode(secret);\n  return a.length === b.length && timingSafeEqual(a, b);\n};\n\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  if (!isAuthorized(req)) return res.status(401).json({ error: 'Unauthorized' });\n  res.status(200).json({ ok: true });\n}\n"}]}]},
    // A deploy hook's HMAC check after a warning, with a module-level secret
    {"code": "const crypto = require('crypto');\nconst SECRET = process.env.GITHUB_WEBHOOK_SECRET;\n\nfunction verifySignature(payload, signature) {\n  if (!SECRET) {\n    console.warn('No webhook secret configured. Skipping signature verification.');\n    return true;\n  }\n  if (!signature) return false;\n  const digest = 'sha256=' + crypto.createHmac('sha256', SECRET).update(payload).digest('hex');\n  return crypto.timingSafeEqual(Buffer.from(signature), Buffer.from(digest));\n}\nmodule.exports = { verifySignature };\n", "filename": "server/webhook-server.js", "errors": [{"messageId": "failOpenSecret", "data": {"name": "GITHUB_WEBHOOK_SECRET"}, "line": 7, "column": 5, "suggestions": [{"messageId": "failClosed", "data": {"name": "GITHUB_WEBHOOK_SECRET", "test": "return false"}, "output": "const crypto = require('crypto');\nconst SECRET = process.env.GITHUB_WEBHOOK_SECRET;\n\nfunction verifySignature(payload, signature) {\n  if (!SECRET) {\n    console.warn('No webhook secret configured. Skipping signature verification.');\n    return false;\n  }\n  if (!signature) return false;\n  const digest = 'sha256=' + crypto.createHmac('sha256', SECRET).update(payload).digest('hex');\n  return crypto.timingSafeEqual(Buffer.from(signature), Buffer.from(digest));\n}\nmodule.exports = { verifySignature };\n"}]}]},
    // The env var read directly
    {"code": "export function checkCronAuth(request: Request) {\n  if (!process.env.CRON_SECRET) return true;\n  return request.headers.get('authorization') === `Bearer ${process.env.CRON_SECRET}`;\n}\n", "filename": "lib/cron-auth.ts", "errors": [{"messageId": "failOpenSecret", "data": {"name": "CRON_SECRET"}, "line": 2, "column": 33, "suggestions": [{"messageId": "failClosed", "data": {"name": "CRON_SECRET", "test": "return false"}, "output": "export function checkCronAuth(request: Request) {\n  if (!process.env.CRON_SECRET) return false;\n  return request.headers.get('authorization') === `Bearer ${process.env.CRON_SECRET}`;\n}\n"}]}]},
    // Twin traps of the fail-open helper: an early `return true` only outside production is the environment bypass (envBypass), never also failOpenSecret
    {"code": "export function verifyWebhook(request: Request) {\n  const secret = process.env.SENDBLUE_WEBHOOK_SECRET?.trim();\n  if (process.env.NODE_ENV !== 'production') {\n    if (!secret) return true;\n  }\n  return request.headers.get('sb-signing-secret') === secret;\n}\n", "filename": "lib/sendblue.ts", "errors": [{"messageId": "envBypass", "data": {"condition": "process.env.NODE_ENV !== 'production'"}, "line": 3, "column": 7, "suggestions": [{"messageId": "removeBypass", "output": "export function verifyWebhook(request: Request) {\n  const secret = process.env.SENDBLUE_WEBHOOK_SECRET?.trim();\n  return request.headers.get('sb-signing-secret') === secret;\n}\n"}]}]},
    {"code": "const isDev = process.env.NODE_ENV === 'development';\nexport function verifyWebhook(request: Request) {\n  const secret = process.env.SENDBLUE_WEBHOOK_SECRET;\n  if (!secret) {\n    if (isDev) return true;\n    return false;\n  }\n  return request.headers.get('sb-signing-secret') === secret;\n}\n", "filename": "lib/sendblue.ts", "errors": [{"messageId": "envBypass", "data": {"condition": "isDev"}, "line": 5, "column": 9, "suggestions": [{"messageId": "removeBypass", "output": "const isDev = process.env.NODE_ENV === 'development';\nexport function verifyWebhook(request: Request) {\n  const secret = process.env.SENDBLUE_WEBHOOK_SECRET;\n  if (!secret) {\n    return false;\n  }\n  return request.headers.get('sb-signing-secret') === secret;\n}\n"}]}]},
    {"code": "export function verifyWebhook(request: Request) {\n  const secret = process.env.SENDBLUE_WEBHOOK_SECRET;\n  if (!secret && process.env.NODE_ENV !== 'production') return true;\n  return !!secret && request.headers.get('sb-signing-secret') === secret;\n}\n", "filename": "lib/sendblue.ts", "errors": [{"messageId": "envBypass", "data": {"condition": "!secret && process.env.NODE_ENV !== 'production'"}, "line": 3, "column": 7, "suggestions": [{"messageId": "removeBypass", "output": "export function verifyWebhook(request: Request) {\n  const secret = process.env.SENDBLUE_WEBHOOK_SECRET;\n  return !!secret && request.headers.get('sb-signing-secret') === secret;\n}\n"}]}]},
    // AgentZero's Resend webhook (s26-h6): the signature is checked only when the request sends one, so a forged event without the header skips it
    { code: "export async function POST(request: Request) {\n  const body = await request.text();\n  const signature = request.headers.get('x-mail-signature');\n  const webhookSecret = process.env.MAIL_WEBHOOK_SECRET;\n  if (webhookSecret && signature) {\n    const isValid = checkMailSignature(body, signature, webhookSecret);\n    if (!isValid) {\n      return Response.json({ error: 'Invalid signature' }, { status: 401 });\n    }\n  }\n  await saveMailEvent(JSON.parse(body));\n  return Response.json({ ok: true });\n}\n", filename: 'app/api/mail/webhook/route.ts', errors: [{ messageId: 'failOpenHeader', data: { name: 'MAIL_WEBHOOK_SECRET', header: 'x-mail-signature' }, line: 5, column: 7, suggestions: [{ messageId: 'failClosedHeader', output: "export async function POST(request: Request) {\n  const body = await request.text();\n  const signature = request.headers.get('x-mail-signature');\n  const webhookSecret = process.env.MAIL_WEBHOOK_SECRET;\n  if (!webhookSecret || !signature) {\n    return Response.json({ error: 'Invalid signature' }, { status: 401 });\n  }\n  if (webhookSecret && signature) {\n    const isValid = checkMailSignature(body, signature, webhookSecret);\n    if (!isValid) {\n      return Response.json({ error: 'Invalid signature' }, { status: 401 });\n    }\n  }\n  await saveMailEvent(JSON.parse(body));\n  return Response.json({ ok: true });\n}\n" }] }] },
    // the inline form: the mismatch is tested only when a signature came
    { code: "import crypto from 'crypto';\n\nexport async function POST(req: Request) {\n  const body = await req.text();\n  const signature = req.headers.get('x-booking-signature') ?? '';\n  const secret = process.env.BOOKING_WEBHOOK_SECRET;\n  const expected = crypto.createHmac('sha256', secret ?? '').update(body).digest('hex');\n  if (secret && signature && signature !== expected) {\n    return new Response('Invalid signature', { status: 400 });\n  }\n  await recordBooking(JSON.parse(body));\n  return new Response('ok');\n}\n", filename: 'app/api/bookings/webhook/route.ts', errors: [{ messageId: 'failOpenHeader', data: { name: 'BOOKING_WEBHOOK_SECRET', header: 'x-booking-signature' }, line: 8, column: 7, suggestions: [{ messageId: 'failClosedHeader', output: "import crypto from 'crypto';\n\nexport async function POST(req: Request) {\n  const body = await req.text();\n  const signature = req.headers.get('x-booking-signature') ?? '';\n  const secret = process.env.BOOKING_WEBHOOK_SECRET;\n  const expected = crypto.createHmac('sha256', secret ?? '').update(body).digest('hex');\n  if (!secret || !signature || signature !== expected) {\n    return new Response('Invalid signature', { status: 400 });\n  }\n  await recordBooking(JSON.parse(body));\n  return new Response('ok');\n}\n" }] }] },
  ],
});

// Vercel Cron's marker headers (`x-vercel-cron`, a `vercel-cron/1.0` User-Agent) taken as proof of the caller (aiva.io's
// cron routes, s27-h3): Vercel sends them, but so can anyone; its documented check is `Authorization: Bearer ${CRON_SECRET}`.
ruleTester.run('no-auth-bypass (Vercel Cron marker headers)', rule, {
  valid: [
    // the marker required beside the secret: defense in depth, the secret still decides
    { code: "export async function GET(req: Request) {\n  const isVercelCron = req.headers.get('x-vercel-cron') === '1';\n  const secret = process.env.CRON_SECRET;\n  if (!isVercelCron || !secret || req.headers.get('authorization') !== `Bearer ${secret}`) {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  return Response.json(await runDigest());\n}\n", filename: 'app/api/cron/digest/route.ts' },
    // the marker only labels the run
    { code: "export async function GET(req: Request) {\n  const secret = process.env.CRON_SECRET;\n  if (!secret || req.headers.get('authorization') !== `Bearer ${secret}`) return new Response('Unauthorized', { status: 401 });\n  const source = req.headers.get('x-vercel-cron') ? 'schedule' : 'manual';\n  return Response.json(await runDigest({ source }));\n}\n", filename: 'app/api/cron/digest/route.ts' },
    // a denial on the missing marker, then the secret check every request passes through
    { code: "export async function GET(req: Request) {\n  if (!req.headers.get('x-vercel-cron')) return new Response('Unauthorized', { status: 401 });\n  const secret = process.env.CRON_SECRET;\n  if (!secret || req.headers.get('authorization') !== `Bearer ${secret}`) return new Response('Unauthorized', { status: 401 });\n  return Response.json(await runDigest());\n}\n", filename: 'app/api/cron/digest/route.ts' },
    // a check helper that wants both
    { code: "function isCronAuthorized(req: Request): boolean {\n  const secret = process.env.CRON_SECRET;\n  const bearerOk = !!secret && req.headers.get('authorization') === `Bearer ${secret}`;\n  const ua = req.headers.get('user-agent') || '';\n  return bearerOk && ua.includes('vercel-cron');\n}\nexport async function GET(req: Request) {\n  if (!isCronAuthorized(req)) return new Response('Unauthorized', { status: 401 });\n  return Response.json(await runDigest());\n}\n", filename: 'app/api/cron/digest/route.ts' },
    // a check helper that turns a wrong bearer away before it looks at the marker
    { code: "function verifyCron(req: Request): boolean {\n  const secret = process.env.CRON_SECRET;\n  if (!secret || req.headers.get('authorization') !== `Bearer ${secret}`) return false;\n  if (req.headers.get('x-vercel-cron') === '1') return true;\n  return false;\n}\n", filename: 'lib/cron.ts' },
    // a header that carries the secret itself, compared with it
    { code: "export async function GET(req: Request) {\n  const provided = req.headers.get('x-vercel-cron-secret');\n  if (!process.env.CRON_SECRET || provided !== process.env.CRON_SECRET) return new Response('Unauthorized', { status: 401 });\n  return Response.json(await runDigest());\n}\n", filename: 'app/api/cron/digest/route.ts' },
    // the marker picks what a public route does, no check is skipped
    { code: "export async function GET(req: Request) {\n  if (req.headers.get('x-vercel-cron') === '1') {\n    console.log('scheduled refresh');\n  }\n  return Response.json(await listPublicPosts());\n}\n", filename: 'app/api/posts/route.ts' },
  ],
  invalid: [
    // aiva.io's verifyCronRequest: the marker alone answers "valid"
    {
      code: "function verifyCronRequest(request: Request): boolean {\n  const authHeader = request.headers.get('authorization');\n  const cronSecret = process.env.CRON_SECRET;\n  const vercelCron = request.headers.get('x-vercel-cron');\n  if (cronSecret && authHeader === `Bearer ${cronSecret}`) return true;\n  if (vercelCron === '1') {\n    console.log('cron header ok');\n    return true;\n  }\n  return false;\n}\nexport async function GET(request: Request) {\n  if (!verifyCronRequest(request)) return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  return Response.json(await syncMailboxes());\n}\n",
      filename: 'src/app/api/cron/sync/route.ts',
      errors: [{ messageId: 'cronHeader', data: { name: 'x-vercel-cron' }, line: 4, column: 22 }],
    },
    // the marker as the alternative to the bearer, through a const
    {
      code: "export async function GET(req: Request) {\n  const authHeader = req.headers.get('authorization');\n  const isVercelCron = req.headers.get('x-vercel-cron') === '1';\n  if (!isVercelCron && authHeader !== `Bearer ${process.env.CRON_SECRET}`) {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  return Response.json(await settleBets());\n}\n",
      filename: 'app/api/cron/settle/route.ts',
      errors: [{ messageId: 'cronHeader', data: { name: 'x-vercel-cron' }, line: 3, column: 24 }],
    },
    // a Pages API route, inline
    {
      code: "export default async function handler(req, res) {\n  if (req.headers.authorization !== `Bearer ${process.env.CRON_SECRET}` && req.headers['x-vercel-cron'] !== '1') {\n    return res.status(401).json({ error: 'Unauthorized' });\n  }\n  res.json(await exportLeads());\n}\n",
      filename: 'pages/api/cron/leads.js',
      errors: [{ messageId: 'cronHeader', data: { name: 'x-vercel-cron' }, line: 2, column: 76 }],
    },
    // a check helper that answers with it
    {
      code: "const CRON_SECRET = process.env.CRON_SECRET;\nfunction checkAuth(request: Request): boolean {\n  const bearerOk = !!CRON_SECRET && request.headers.get('authorization') === `Bearer ${CRON_SECRET}`;\n  const isVercelCron = request.headers.get('x-vercel-cron') === '1';\n  return bearerOk || isVercelCron;\n}\n",
      filename: 'app/api/cron/backup/route.ts',
      errors: [{ messageId: 'cronHeader', data: { name: 'x-vercel-cron' }, line: 4, column: 24 }],
    },
    // the User-Agent Vercel Cron sends
    {
      code: "export async function GET(req: Request) {\n  const isVercelCron = (req.headers.get('user-agent') || '').toLowerCase().includes('vercel-cron');\n  if (!isVercelCron && req.headers.get('authorization') !== `Bearer ${process.env.CRON_SECRET}`) {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  return Response.json(await sendFollowUps());\n}\n",
      filename: 'app/api/cron/follow-ups/route.ts',
      errors: [{ messageId: 'cronHeader', data: { name: 'user-agent' }, line: 2, column: 24 }],
    },
    // the whole secret check skipped for the marker
    {
      code: "export async function GET(req: Request) {\n  const authHeader = req.headers.get('authorization') ?? '';\n  const isVercelCron = req.headers.get('x-vercel-cron') === '1';\n  const configured = process.env.CRON_SECRET;\n  if (!isVercelCron) {\n    if (!configured || authHeader !== `Bearer ${configured}`) {\n      return Response.json({ error: 'Unauthorized' }, { status: 401 });\n    }\n  }\n  return Response.json(await syncScores());\n}\n",
      filename: 'app/api/cron/sync-scores/route.ts',
      errors: [{ messageId: 'cronHeader', data: { name: 'x-vercel-cron' }, line: 3, column: 24 }],
    },
  ],
});
