import rule from '../../src/rules/require-rate-limit';
import { ruleTester, FILES } from '../rule-tester';
import { snippets } from '../../src/generated/snippets';

const helper = { prodready: { helperModules: { 'require-rate-limit': '@/lib/rate-limit' } } };

ruleTester.run('require-rate-limit', rule, {
  valid: [
    // amazong's assistant chat with a real limit first: the provider's 429 test and the log line beside it change nothing.
    { code: "import { streamText } from 'ai';\nimport { logger } from '@/lib/logger';\nimport { checkRateLimit } from '@/lib/rate-limit';\n\nfunction isRateLimitError(error: unknown): boolean {\n  return error instanceof Error && error.message.toLowerCase().includes('rate limit');\n}\n\nexport async function POST(request: Request) {\n  const limited = await checkRateLimit(request);\n  if (!limited.success) return new Response('Too many requests', { status: 429 });\n  const { messages } = await request.json();\n  try {\n    const result = streamText({ model: primaryModel, messages });\n    return result.toUIMessageStreamResponse();\n  } catch (error) {\n    if (!isRateLimitError(error)) throw error;\n    logger.warn('Primary model rate limited, trying fallback');\n    return streamText({ model: fallbackModel, messages }).toUIMessageStreamResponse();\n  }\n}\n", filename: 'app/api/assistant/chat/route.ts', settings: helper },
    // postgres-new's chat route: Upstash's getRemaining(userId) answered with 429 before the model call, the tokens charged with limit(userId, { rate }) in onFinish.
    {"code": "import { Ratelimit } from '@upstash/ratelimit';\nimport { kv } from '@vercel/kv';\nimport { streamText } from 'ai';\n\nconst tokenRateLimit = new Ratelimit({ redis: kv, limiter: Ratelimit.fixedWindow(10000, '30m'), prefix: 'ratelimit:tokens' });\n\nexport async function POST(req: Request) {\n  const userId = await requireUserId();\n  const { remaining } = await tokenRateLimit.getRemaining(userId);\n  if (remaining <= 0) return new Response('Rate limited', { status: 429 });\n  const { messages } = await req.json();\n  const result = streamText({\n    model,\n    messages,\n    async onFinish({ usage }) {\n      await tokenRateLimit.limit(userId, { rate: usage.completionTokens });\n    },\n  });\n  return result.toDataStreamResponse();\n}\n", "filename": "app/api/chat/route.ts"},
    // coding-agent-template's "connect GitHub" route: it reads the caller's session from the request
    // (`getSessionFromReq(req)`) and starts an OAuth flow; a signed-in user, no credential to guess.
    { code: "import { cookies } from 'next/headers';\nimport { getSessionFromReq } from '@/lib/session/server';\nimport { generateState } from 'arctic';\n\nexport async function POST(req: NextRequest): Promise<Response> {\n  const session = await getSessionFromReq(req);\n  if (!session?.user) return Response.json({ error: 'Not authenticated' }, { status: 401 });\n  const state = generateState();\n  (await cookies()).set('github_oauth_state', state);\n  return Response.json({ url: `https://github.com/login/oauth/authorize?state=${state}` });\n}\n", filename: 'app/api/auth/github/signin/route.ts' },
    // Twin of openai-realtime-agents' Responses proxy (in invalid): a helper's parameter typed with the app's own type of
    // that name (`OpenAI` from `@/lib/fake-llm`) is no paid client.
    { code: "import { NextRequest, NextResponse } from 'next/server';\nimport { createFakeLlm, type OpenAI } from '@/lib/fake-llm';\n\nexport async function POST(req: NextRequest) {\n  const body = await req.json();\n  const openai = createFakeLlm();\n  return await textResponse(openai, body);\n}\n\nasync function textResponse(openai: OpenAI, body: any) {\n  const response = await openai.responses.create({ ...body, stream: false });\n  return NextResponse.json(response);\n}\n", filename: 'app/api/responses/route.ts', settings: helper },
    // E2B: only Sandbox.create() starts a billed VM; commands on a sandbox the caller reattaches to start none.
    { code: "import { Sandbox } from '@e2b/code-interpreter';\nimport { getUser } from '@/lib/auth';\n\nexport async function POST(req: Request) {\n  const user = await getUser();\n  if (!user) return new Response('Unauthorized', { status: 401 });\n  const { sandboxId, command } = await req.json();\n  const sbx = await Sandbox.connect(sandboxId);\n  const result = await sbx.commands.run(String(command));\n  return Response.json({ stdout: result.stdout });\n}\n", filename: 'app/api/run-command/route.ts' },
    // Twin of gemini-chatbot's register: a password change reads the caller's session (`getUser()` with no argument), so it is no sign-in endpoint.
    { code: "'use server';\nimport bcrypt from 'bcryptjs';\nimport { getUser } from '@/lib/session';\nimport { db } from '@/db';\n\nexport async function changePassword(formData: FormData) {\n  const user = await getUser();\n  if (!user) throw new Error('Unauthorized');\n  const ok = await bcrypt.compare(String(formData.get('current')), user.passwordHash);\n  if (!ok) return { error: 'Wrong password' };\n  await db.user.update({ where: { id: user.id }, data: { passwordHash: await bcrypt.hash(String(formData.get('next')), 12) } });\n  return { ok: true };\n}\n", filename: 'app/(auth)/actions.ts' },
    // Twin of the LangChain pipe case: a chain of local formatting steps with no paid model in any link bills nothing.
    { code: "import { PromptTemplate } from '@langchain/core/prompts';\nimport { StringOutputParser } from '@langchain/core/output_parsers';\n\nexport async function POST(req: Request) {\n  const { input } = await req.json();\n  const prompt = PromptTemplate.fromTemplate('User: {input}');\n  const chain = prompt.pipe(new StringOutputParser());\n  const text = await chain.invoke({ input });\n  return Response.json({ text });\n}\n", filename: 'app/api/format/route.ts' },
    // DeaaJobran's nextjs-saas-boilerplate: a local helper calling the app's limiter with a budget and a window
    // (`protectServerAction({ identifier, limit, scope, windowSeconds })`) before the sign-in.
    { code: "'use server';\n\nimport { protectServerAction } from '@/lib/server-action-security';\nimport { createClient } from '@/lib/supabase/server';\n\nfunction protectAuthAction(identifier: string, scope = 'auth') {\n  return protectServerAction({ identifier, limit: Number(process.env.AUTH_RATE_LIMIT_MAX ?? 10), scope, windowSeconds: 900 });\n}\n\nexport async function signInAction(formData: FormData) {\n  const email = String(formData.get('email'));\n  await protectAuthAction(email);\n  const supabase = await createClient();\n  const { error } = await supabase.auth.signInWithPassword({ email, password: String(formData.get('password')) });\n  return { ok: !error };\n}\n", filename: "app/actions.ts" },
    // Twin: the same cached chat call behind a per-IP limit in the handler.
    { code: "import { unstable_cache } from 'next/cache';\nimport { togetherClient } from '@/utils/clients';\nimport { ratelimit } from '@/lib/ratelimit';\n\nconst getCachedQuestions = unstable_cache(\n  async (question: string) => {\n    const res = await togetherClient.chat.completions.create({ model: 'llama-3-8b', messages: [{ role: 'user', content: question }] });\n    return res.choices[0]?.message?.content ?? '';\n  },\n  ['similar-questions'],\n  { revalidate: 3600 },\n);\n\nexport async function POST(request: Request) {\n  const { success } = await ratelimit.limit(request.headers.get('x-real-ip') ?? 'anon');\n  if (!success) return new Response('Too many requests', { status: 429 });\n  const { question } = await request.json();\n  return Response.json(await getCachedQuestions(question));\n}\n", filename: 'app/api/getSimilarQuestions/route.ts' },
    // A limit at the top of the handler, then a same-file helper that makes the paid call: the helper runs after the limit.
    { code: "import { generateText } from 'ai';\nimport { ratelimit } from '@/lib/ratelimit';\n\nasync function ask(question: string) {\n  return generateText({ model: 'x', prompt: question });\n}\n\nexport async function POST(request: Request) {\n  const { success } = await ratelimit.limit(request.headers.get('x-real-ip') ?? 'anon');\n  if (!success) return new Response('Too many requests', { status: 429 });\n  const { question } = await request.json();\n  return Response.json(await ask(question));\n}\n", filename: 'app/api/q/route.ts' },
    // Twin: the same chat call on the app's own client behind a per-IP limit.
    { code: "import { togetherClient } from '@/utils/clients';\nimport { ratelimit } from '@/lib/ratelimit';\n\nexport async function POST(request: Request) {\n  const { success } = await ratelimit.limit(request.headers.get('x-real-ip') ?? 'anon');\n  if (!success) return new Response('Too many requests', { status: 429 });\n  const { question } = await request.json();\n  const res = await togetherClient.chat.completions.create({ model: 'llama-3-8b', messages: [{ role: 'user', content: question }] });\n  return Response.json(res.choices[0]?.message?.content ?? '');\n}\n", filename: 'app/api/getSimilarQuestions/route.ts' },
    // An OTP check whose verifier caps the guesses (`result.error === 'max_attempts'`): brute force is limited.
    { code: "import { NextResponse } from 'next/server';\nimport { z } from 'zod';\nimport { verifyOTP } from '@/lib/services/otp';\nimport { setSessionCookie } from '@/lib/client-auth';\n\nconst schema = z.object({ identifier: z.string().min(1), code: z.string().regex(/^\\d{6}$/) }).strict();\n\nexport async function POST(request: Request) {\n  const parsed = schema.safeParse(await request.json());\n  if (!parsed.success) return NextResponse.json({ error: 'Validation error' }, { status: 400 });\n  const result = await verifyOTP(parsed.data.identifier, parsed.data.code);\n  if (!result.success) {\n    if (result.error === 'max_attempts') {\n      return NextResponse.json({ error: 'Too many incorrect attempts. Please request a new code.' }, { status: 401 });\n    }\n    return NextResponse.json({ error: 'Invalid or expired code.' }, { status: 401 });\n  }\n  await setSessionCookie(result.personId);\n  return NextResponse.json({ ok: true });\n}\n", filename: "app/api/client/auth/verify-otp/route.ts" },
    // An AI route that turns away everyone but admins first (`if (!profile?.is_admin) return 403`): a handful of
    // trusted callers, like a route under admin/.
    { code: "import { NextResponse } from 'next/server';\nimport { GoogleGenAI } from '@google/genai';\nimport { createClient } from '@/utils/supabase/server';\n\nconst ai = new GoogleGenAI({ apiKey: process.env.GOOGLE_AI_STUDIO_KEY, httpOptions: { timeout: 60_000 } });\n\nexport async function POST(request: Request) {\n  const supabase = await createClient();\n  const { data: { user } } = await supabase.auth.getUser();\n  if (!user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });\n  const { data: profile } = await supabase.from('profiles').select('is_admin').eq('id', user.id).single();\n  if (!profile?.is_admin) {\n    console.error('User is not admin:', user.id);\n    return NextResponse.json({ error: 'Forbidden - Admin access required' }, { status: 403 });\n  }\n  const { topic } = await request.json();\n  const response = await ai.models.generateContent({ model: 'gemini-2.0-flash', contents: String(topic) });\n  return NextResponse.json({ text: response.text });\n}\n", filename: 'app/api/ai/generate-content/route.ts' },
    // A server agent registering itself under a `register` path, authenticated by an HMAC of its id and a
    // timestamp checked with timingSafeEqual: a machine with a shared secret, not a person's sign-up.
    { code: "import { NextRequest, NextResponse } from 'next/server';\nimport crypto from 'crypto';\nimport { createServerAdminClient } from '@/lib/supabase/serverAdminClient';\n\nconst AGENT_SECRET = process.env.AGENT_SECRET ?? '';\n\nfunction verifyHmac(instanceId: string, timestamp: number, hmac: string): boolean {\n  if (!/^[0-9a-f]+$/i.test(hmac)) return false;\n  const expected = Buffer.from(crypto.createHmac('sha256', AGENT_SECRET).update(`${instanceId}:${timestamp}`).digest('hex'), 'hex');\n  const given = Buffer.from(hmac, 'hex');\n  if (expected.length !== given.length) return false;\n  return crypto.timingSafeEqual(expected, given);\n}\n\nexport async function POST(request: NextRequest) {\n  const { instance_id, timestamp, hmac, public_ip } = await request.json();\n  if (Math.abs(Math.floor(Date.now() / 1000) - timestamp) > 60) return NextResponse.json({ error: 'Timestamp out of window' }, { status: 401 });\n  if (!verifyHmac(instance_id, timestamp, hmac)) return NextResponse.json({ error: 'Invalid HMAC' }, { status: 401 });\n  const admin = await createServerAdminClient();\n  const { error } = await admin.from('vps_instances').update({ public_ip, heartbeat_status: 'online' }).eq('name', instance_id);\n  if (error) return NextResponse.json({ error: 'Update failed' }, { status: 500 });\n  return NextResponse.json({ ok: true });\n}\n", filename: 'app/api/v1/agent/register/route.ts' },
    // A key check against the provider's model list (a self-hosted chat app's /api/health/openai): listing models bills nothing.
    { code: "export async function POST(req: Request) {\n  const { openAiKey } = await req.json();\n  const res = await fetch('https://api.openai.com/v1/models', {\n    method: 'GET',\n    headers: { Authorization: `Bearer ${openAiKey}` },\n    signal: AbortSignal.timeout(5000),\n  });\n  return Response.json({ ok: res.ok });\n}\n", filename: 'app/api/health/openai/route.ts' },
    // The same for Gemini's model list with the key in the query string.
    { code: "export async function GET() {\n  const res = await fetch(`https://generativelanguage.googleapis.com/v1beta/models?key=${process.env.GEMINI_API_KEY}`, { signal: AbortSignal.timeout(5000) });\n  return Response.json(await res.json());\n}\n", filename: 'app/api/models/route.ts' },
    // A `reset` path whose handler takes no request (CopilotKit showcases' presenter `dev/reset`, re-seeding the demo's
    // store): no body, query or form to read, so no credential, email or code to guess.
    { code: "import { db } from '@/lib/db';\nimport { resetEnabled } from '@/lib/presenter';\n\n// Presenter reset: restore the demo's seeded state.\nexport const POST = async () => {\n  if (!resetEnabled()) return Response.json({ error: 'disabled' }, { status: 403 });\n  await db.memory.deleteMany({});\n  return Response.json({ ok: true });\n};\n", filename: 'app/api/v1/dev/reset/route.ts' },
    // Twin: a chain built without a paid model is not a paid call.
    { code: "import { createRAGChain } from '@/utils/ragChain';\nimport { loadRetriever } from '@/utils/vector_store';\n\nexport async function POST(req: Request) {\n  const { messages, chatId } = await req.json();\n  const { retriever } = await loadRetriever({ chatId });\n  const ragChain = await createRAGChain(retriever);\n  const stream = await ragChain.stream({ input: messages.at(-1).content });\n  return new Response(stream);\n}\n", filename: 'app/api/chat/route.ts' },
    // A credentials helper given no password (an API-key check) does not make an auth endpoint.
    { code: "import type { NextApiRequest, NextApiResponse } from \"next\";\nimport verifyApiCredentials from \"@/lib/api/verifyApiCredentials\";\n\nexport default async function keys(req: NextApiRequest, res: NextApiResponse) {\n  const ok = await verifyApiCredentials(req.headers.authorization ?? \"\");\n  if (!ok) return res.status(401).json({ response: \"Unauthorized\" });\n  return res.status(200).json({ response: \"ok\" });\n}\n", filename: 'pages/api/v1/keys/index.ts' },
    // A paid search API behind a rate limit.
    { code: "import Exa from 'exa-js';\nimport { Ratelimit } from '@upstash/ratelimit';\nimport { Redis } from '@upstash/redis';\n\nconst exa = new Exa(process.env.EXA_API_KEY);\nconst ratelimit = new Ratelimit({ redis: Redis.fromEnv(), limiter: Ratelimit.slidingWindow(10, '1 m') });\n\nexport async function POST(req: Request) {\n  const ip = req.headers.get('x-forwarded-for') ?? 'anonymous';\n  const { success } = await ratelimit.limit(ip);\n  if (!success) return new Response('Too many requests', { status: 429 });\n  const { query } = await req.json();\n  const results = await exa.searchAndContents(String(query), { numResults: 5 });\n  return Response.json(results);\n}\n", filename: 'app/api/search/route.ts' },
    // @upstash/ratelimit before the AI call.
    {
      code: `import { Ratelimit } from '@upstash/ratelimit';
import { Redis } from '@upstash/redis';
import { streamText } from 'ai';
const ratelimit = new Ratelimit({ redis: Redis.fromEnv(), limiter: Ratelimit.slidingWindow(10, '60 s') });
export async function POST(req: Request) {
  const { success } = await ratelimit.limit(req.headers.get('x-forwarded-for') ?? 'anon');
  if (!success) return new Response('Too many requests', { status: 429 });
  const { prompt } = await req.json();
  return streamText({ model, prompt }).toTextStreamResponse();
}`,
      filename: 'app/api/chat/route.ts',
    },
    // The limit is the handler's first statement; the paid call sits in a helper the handler starts after it
    // (an image generator's batch route kicking off background processing): the limit runs first.
    {
      code: `import Replicate from 'replicate';
import { rateLimiters } from '@/lib/security';
const replicate = new Replicate({ auth: process.env.REPLICATE_API_TOKEN });
export async function POST(request: Request) {
  const limit = rateLimiters.imageGeneration.check(request);
  if (!limit.allowed) return new Response('Too many requests', { status: 429 });
  const { prompt } = await request.json();
  processBatch(String(prompt)).catch(console.error);
  return Response.json({ started: true });
}
async function processBatch(prompt: string) {
  for (const style of ['anime', 'oil']) await generateOne(prompt, style);
}
async function generateOne(prompt: string, style: string) {
  return replicate.run('black-forest-labs/flux-schnell', { input: { prompt: prompt + style } });
}`,
      filename: 'app/api/batch-generate/route.ts',
    },
    // A change-password action behind the app's own session reader (`getCurrentSession()` from '@/lib/auth', a
    // Whop marketplace's profile actions): the password re-check needs a signed-in caller.
    {
      code: `'use server';
import bcrypt from 'bcryptjs';
import { getCurrentSession } from '@/lib/auth';
import { prisma } from '@/lib/prisma';
export async function changePasswordAction(formData: FormData) {
  const session = await getCurrentSession();
  if (!session) return { success: false, error: 'Not authenticated' };
  const user = await prisma.user.findUnique({ where: { id: session.id } });
  const ok = await bcrypt.compare(String(formData.get('currentPassword')), user!.password_hash);
  if (!ok) return { success: false, error: 'Current password is incorrect' };
  return { success: true };
}`,
      filename: FILES.action,
    },
    // Limiter object under another name, and a local helper that limits.
    {
      code: `import OpenAI from 'openai';
import { aiLimiter } from '@/lib/limits';
const openai = new OpenAI();
export async function POST(req: Request) {
  const r = await aiLimiter.limit(userId);
  if (!r.success) return new Response(null, { status: 429 });
  return Response.json(await openai.chat.completions.create({ model: 'gpt-4o', messages: [] }));
}`,
      filename: FILES.route,
    },
    {
      code: `import { generateText } from 'ai';
import { checkRateLimit } from '@/lib/rate-limit';
export async function POST(req: Request) {
  const limited = await checkRateLimit(req);
  if (limited) return limited;
  const { text } = await generateText({ model, prompt: 'x' });
  return Response.json({ text });
}`,
      filename: FILES.route,
    },
    // rate-limiter-flexible consume().
    {
      code: `import { RateLimiterRedis } from 'rate-limiter-flexible';
import Anthropic from '@anthropic-ai/sdk';
const limiter = new RateLimiterRedis({ storeClient: redis, points: 5, duration: 60 });
const anthropic = new Anthropic();
export default async function handler(req, res) {
  try { await limiter.consume(req.socket.remoteAddress); } catch { return res.status(429).end(); }
  res.json(await anthropic.messages.create({ model: 'claude', max_tokens: 10, messages: [] }));
}`,
      filename: 'pages/api/ask.ts',
    },
    // Arcjet protect().
    {
      code: `import arcjet, { tokenBucket } from '@arcjet/next';
import { streamText } from 'ai';
const aj = arcjet({ key: k, rules: [tokenBucket({ mode: 'LIVE', refillRate: 5, interval: 10, capacity: 10 })] });
export async function POST(req: Request) {
  const decision = await aj.protect(req, { requested: 1 });
  if (decision.isDenied()) return new Response(null, { status: 429 });
  return streamText({ model, prompt: 'x' }).toTextStreamResponse();
}`,
      filename: FILES.route,
    },
    // Wrapped by a rate-limit wrapper.
    { code: "import { withRateLimit } from '@/lib/rl';\nimport { generateText } from 'ai';\nexport const POST = withRateLimit(async () => Response.json(await generateText({ model, prompt: 'x' })));", filename: FILES.route },
    // Twin: a quota the handler answers with 429 still counts when its messages sit in a table keyed by the status.
    { code: "import { streamText } from 'ai';\nimport { countSearchesToday } from '@/lib/usage';\n\nconst LIMIT_ERRORS = { 429: 'Too many searches today' };\n\nexport async function POST(request: Request) {\n  const { query, userId } = await request.json();\n  if ((await countSearchesToday(userId)) > 50) return Response.json({ error: LIMIT_ERRORS[429] }, { status: 429 });\n  return streamText({ model, prompt: query }).toDataStreamResponse();\n}\n", filename: 'app/api/search/route.ts' },
    // Per-user usage quota enforced in the handler (vercel/ai-chatbot).
    {
      code: `import { streamText } from 'ai';
export async function POST(req: Request) {
  const messageCount = await getMessageCountByUserId({ id: session.user.id, differenceInHours: 24 });
  if (messageCount > entitlements.maxMessagesPerDay) return new ChatSDKError('rate_limit:chat').toResponse();
  return streamText({ model, messages }).toUIMessageStreamResponse();
}`,
      filename: FILES.route,
    },
    // Not expensive: DB reads, non-AI fetch, other SDK methods.
    { code: "import { prisma } from '@/lib/prisma';\nexport async function GET() { return Response.json(await prisma.post.findMany()); }", filename: FILES.route },
    { code: "export async function GET() { const r = await fetch('https://api.github.com/repos/x/y'); return Response.json(await r.json()); }", filename: FILES.route },
    { code: "import OpenAI from 'openai';\nconst openai = new OpenAI();\nexport async function GET() { return Response.json(await openai.models.list()); }", filename: FILES.route },
    { code: "import { embed } from '@/lib/my-embed';\nexport async function POST() { return Response.json(await embed('x')); }", filename: FILES.route },
    // Library catch-all auth handlers and OAuth callbacks.
    { code: "import { handlers } from '@/auth';\nexport const { GET, POST } = handlers;", filename: 'app/api/auth/[...nextauth]/route.ts' },
    { code: "import { auth } from '@/lib/auth';\nimport { toNextJsHandler } from 'better-auth/next-js';\nexport const { GET, POST } = toNextJsHandler(auth);", filename: 'app/api/auth/[...all]/route.ts' },
    // Sign-in route that limits by IP.
    {
      code: `import { rateLimit } from '@/lib/rate-limit';
export async function POST(req: Request) {
  const limit = await rateLimit('login:' + req.headers.get('x-forwarded-for'));
  if (!limit.success) return new Response(null, { status: 429 });
  const { email, password } = await req.json();
  const user = await db.user.findUnique({ where: { email } });
  return Response.json({ ok: await bcrypt.compare(password, user.hash) });
}`,
      filename: 'app/api/login/route.ts',
    },
    // Change-password inside an authenticated handler.
    {
      code: `import bcrypt from 'bcryptjs';
export async function PATCH(req: Request) {
  const session = await getServerSession(authOptions);
  if (!session) return new Response(null, { status: 401 });
  const ok = await bcrypt.compare(current, user.password);
  return Response.json({ ok });
}`,
      filename: 'app/api/user/password/route.ts',
    },
    // Passkey registration for a signed-in user (path says register).
    {
      code: "export default async function handle(req, res) {\n  const session = await getServerSession(req, res, authOptions);\n  if (!session) return res.status(401).end();\n  const options = await startServerPasskeyRegistration({ session });\n  res.json({ options });\n}",
      filename: 'pages/api/passkeys/register.ts',
    },
    // "register" / "reset" paths behind an auth wrapper are not sign-up endpoints (dub domains, invite codes).
    { code: "import { withWorkspace } from '@/lib/auth';\nexport const POST = withWorkspace(async ({ req }) => { const r = await claimDomain(await req.json()); return Response.json(r); });", filename: 'app/api/domains/register/route.ts' },
    // Admin-only tools.
    { code: "import { withAdmin } from '@/lib/auth';\nimport { generateText } from 'ai';\nexport const POST = withAdmin(async () => Response.json(await generateText({ model, prompt: 'x' })));", filename: 'app/api/admin/programs/route.ts' },
    // Non-entry files and client code.
    { code: "import OpenAI from 'openai';\nconst openai = new OpenAI();\nexport async function summarize(t: string) { return openai.chat.completions.create({ model: 'gpt-4o', messages: [] }); }", filename: 'lib/ai.ts' },
    { code: "'use client';\nexport async function POST() { await generateText({}); }", filename: FILES.route },
    // Configured paths rate limited in middleware.
    { code: "import { generateText } from 'ai';\nexport async function POST() { return Response.json(await generateText({ model, prompt: 'x' })); }", filename: 'app/api/ai/route.ts', options: [{ rateLimitedRoutes: ['app/api/ai/**'] }] },
    // Supabase email-link confirmation (morphic's /auth/confirm): the link's token_hash cannot be guessed.
    {
      code: "import { redirect } from 'next/navigation';\nimport { createClient } from '@/lib/supabase/server';\nexport async function GET(request: Request) {\n  const { searchParams } = new URL(request.url);\n  const token_hash = searchParams.get('token_hash');\n  const type = searchParams.get('type') as 'email' | null;\n  if (token_hash && type) {\n    const supabase = await createClient();\n    const { error } = await supabase.auth.verifyOtp({ type, token_hash });\n    if (!error) redirect('/');\n  }\n  redirect('/auth/error');\n}\n",
      filename: 'app/auth/confirm/route.ts',
    },
    // OAuth sign-in buttons on a login page (openstatus): signIn('github') redirects to the provider.
    {
      code: "import { signIn } from '@/lib/auth';\nexport default function Page() {\n  return (\n    <>\n      <form action={async () => {\n        'use server';\n        await signIn('github', { redirectTo: '/' });\n      }}><button>GitHub</button></form>\n      <form action={async () => {\n        'use server';\n        await signIn('oidc');\n      }}><button>SSO</button></form>\n    </>\n  );\n}\n",
      filename: 'app/login/page.tsx',
    },
  ],
  invalid: [
    // amazong's assistant chat: `isRateLimitError(err)` tests the provider's error to fall back to another model, and
    // `msg.includes('rate limit')` / `logger.warn('... rate limited ...')` read and log it: no limit of this route.
    { code: "import { streamText } from 'ai';\nimport { logger } from '@/lib/logger';\n\nfunction isRateLimitError(error: unknown): boolean {\n  return error instanceof Error && error.message.toLowerCase().includes('rate limit');\n}\n\nexport async function POST(request: Request) {\n  const { messages } = await request.json();\n  try {\n    const result = streamText({ model: primaryModel, messages });\n    return result.toUIMessageStreamResponse();\n  } catch (error) {\n    if (!isRateLimitError(error)) throw error;\n    logger.warn('Primary model rate limited, trying fallback');\n    return streamText({ model: fallbackModel, messages }).toUIMessageStreamResponse();\n  }\n}\n", filename: 'app/api/assistant/chat/route.ts', settings: helper, errors: [{ messageId: 'paidCall', line: 16, column: 12, suggestions: [{ messageId: 'addLimit', output: "import { streamText } from 'ai';\nimport { logger } from '@/lib/logger';\nimport { rateLimit, clientIp, tooManyRequests } from '@/lib/rate-limit';\n\nfunction isRateLimitError(error: unknown): boolean {\n  return error instanceof Error && error.message.toLowerCase().includes('rate limit');\n}\n\nexport async function POST(request: Request) {\n  const limit = await rateLimit(`api:assistant:chat:${clientIp(request)}`);\n  if (!limit.success) {\n    return tooManyRequests(limit);\n  }\n  const { messages } = await request.json();\n  try {\n    const result = streamText({ model: primaryModel, messages });\n    return result.toUIMessageStreamResponse();\n  } catch (error) {\n    if (!isRateLimitError(error)) throw error;\n    logger.warn('Primary model rate limited, trying fallback');\n    return streamText({ model: fallbackModel, messages }).toUIMessageStreamResponse();\n  }\n}\n" }] }] },
    // Twin: only the charge after the model has answered limits nothing before the call: still reported.
    {"code": "import { Ratelimit } from '@upstash/ratelimit';\nimport { kv } from '@vercel/kv';\nimport { streamText } from 'ai';\n\nconst tokenRateLimit = new Ratelimit({ redis: kv, limiter: Ratelimit.fixedWindow(10000, '30m'), prefix: 'ratelimit:tokens' });\n\nexport async function POST(req: Request) {\n  const userId = await requireUserId();\n  const { messages } = await req.json();\n  const result = streamText({\n    model,\n    messages,\n    async onFinish({ usage }) {\n      await tokenRateLimit.limit(userId, { rate: usage.completionTokens });\n    },\n  });\n  return result.toDataStreamResponse();\n}\n", "filename": "app/api/chat/route.ts", "errors": [{"messageId": "paidCall", "line": 10, "column": 18, "suggestions": [{"messageId": "addLimit", "output": "import { Ratelimit } from '@upstash/ratelimit';\nimport { kv } from '@vercel/kv';\nimport { streamText } from 'ai';\nimport { Redis } from '@upstash/redis';\n\nconst tokenRateLimit = new Ratelimit({ redis: kv, limiter: Ratelimit.fixedWindow(10000, '30m'), prefix: 'ratelimit:tokens' });\n\nexport async function POST(req: Request) {\n  const rateLimitResult = await rateLimit(`api:chat:${clientIp(req)}`);\n  if (!rateLimitResult.success) {\n    return tooManyRequests(rateLimitResult);\n  }\n  const userId = await requireUserId();\n  const { messages } = await req.json();\n  const result = streamText({\n    model,\n    messages,\n    async onFinish({ usage }) {\n      await tokenRateLimit.limit(userId, { rate: usage.completionTokens });\n    },\n  });\n  return result.toDataStreamResponse();\n}\n\n/**\n * One limiter for the app, shared by every serverless instance through Redis (an in-memory counter\n * resets on every cold start and differs per instance). Reads UPSTASH_REDIS_REST_URL and\n * UPSTASH_REDIS_REST_TOKEN; `Redis.fromEnv()` throws at startup when they are missing.\n */\nconst ratelimit = new Ratelimit({\n  redis: Redis.fromEnv(),\n  limiter: Ratelimit.slidingWindow(10, '60 s'),\n  prefix: 'ratelimit',\n  analytics: false,\n});\n\ninterface RateLimitResult {\n  success: boolean;\n  limit: number;\n  remaining: number;\n  /** Epoch milliseconds when the window resets. */\n  reset: number;\n  retryAfterSeconds: number;\n}\n\n/**\n * Counts one request for `key` (`'chat:' + userId`, `'login:' + ip`, ...). Key by the authenticated\n * user where there is one, else by client IP; for sign-in also key by the account being attempted.\n */\nasync function rateLimit(key: string): Promise<RateLimitResult> {\n  const { success, limit, remaining, reset, pending } = await ratelimit.limit(key);\n  // Upstash may sync analytics / multi-region state in the background: never leave it dangling.\n  pending.catch(() => undefined);\n  return {\n    success,\n    limit,\n    remaining,\n    reset,\n    retryAfterSeconds: Math.max(1, Math.ceil((reset - Date.now()) / 1000)),\n  };\n}\n\ntype HeaderSource = Request | Headers | { headers: Record<string, string | string[] | undefined> };\n\nfunction header(source: HeaderSource, name: string): string | undefined {\n  if (source instanceof Headers) return source.get(name) ?? undefined;\n  if (source instanceof Request) return source.headers.get(name) ?? undefined;\n  const value = source.headers[name];\n  return Array.isArray(value) ? value[0] : value;\n}\n\n/**\n * The caller's IP as seen by the platform proxy (Vercel, Cloudflare, most load balancers set these;\n * the first `x-forwarded-for` entry is the client). Falls back to one shared bucket, never to \"no limit\".\n */\nfunction clientIp(source: HeaderSource): string {\n  const forwarded = header(source, 'x-forwarded-for')?.split(',')[0]?.trim();\n  return forwarded || header(source, 'x-real-ip') || header(source, 'cf-connecting-ip') || 'unknown';\n}\n\n/** The 429 response with the standard headers clients and SDKs back off on. */\nfunction tooManyRequests(result: RateLimitResult): Response {\n  return Response.json(\n    { error: 'Too many requests', retryAfter: result.retryAfterSeconds },\n    {\n      status: 429,\n      headers: {\n        'Retry-After': String(result.retryAfterSeconds),\n        'X-RateLimit-Limit': String(result.limit),\n        'X-RateLimit-Remaining': String(result.remaining),\n        'X-RateLimit-Reset': String(Math.ceil(result.reset / 1000)),\n      },\n    },\n  );\n}\n"}]}]},
    // Twin: a token the caller sends, checked on the same path (`getUserFromToken(token)`), is a sign-in.
    {
      code: "import { getUserFromToken } from '@/lib/session/server';\n\nexport async function POST(req: NextRequest): Promise<Response> {\n  const { token } = await req.json();\n  const user = await getUserFromToken(token);\n  if (!user) return Response.json({ error: 'Invalid token' }, { status: 401 });\n  return Response.json({ id: user.id });\n}\n",
      filename: 'app/api/auth/github/signin/route.ts',
      errors: [{ messageId: 'authEndpoint', line: 5, data: { handler: 'POST handler', what: 'by its path' }, suggestions: [{ messageId: 'addLimit', output: "import { getUserFromToken } from '@/lib/session/server';\nimport { Ratelimit } from '@upstash/ratelimit';\nimport { Redis } from '@upstash/redis';\n\nexport async function POST(req: NextRequest): Promise<Response> {\n  const limit = await rateLimit(`api:auth:github:signin:${clientIp(req)}`);\n  if (!limit.success) {\n    return tooManyRequests(limit);\n  }\n  const { token } = await req.json();\n  const user = await getUserFromToken(token);\n  if (!user) return Response.json({ error: 'Invalid token' }, { status: 401 });\n  return Response.json({ id: user.id });\n}\n\n/**\n * One limiter for the app, shared by every serverless instance through Redis (an in-memory counter\n * resets on every cold start and differs per instance). Reads UPSTASH_REDIS_REST_URL and\n * UPSTASH_REDIS_REST_TOKEN; `Redis.fromEnv()` throws at startup when they are missing.\n */\nconst ratelimit = new Ratelimit({\n  redis: Redis.fromEnv(),\n  limiter: Ratelimit.slidingWindow(10, '60 s'),\n  prefix: 'ratelimit',\n  analytics: false,\n});\n\ninterface RateLimitResult {\n  success: boolean;\n  limit: number;\n  remaining: number;\n  /** Epoch milliseconds when the window resets. */\n  reset: number;\n  retryAfterSeconds: number;\n}\n\n/**\n * Counts one request for `key` (`'chat:' + userId`, `'login:' + ip`, ...). Key by the authenticated\n * user where there is one, else by client IP; for sign-in also key by the account being attempted.\n */\nasync function rateLimit(key: string): Promise<RateLimitResult> {\n  const { success, limit, remaining, reset, pending } = await ratelimit.limit(key);\n  // Upstash may sync analytics / multi-region state in the background: never leave it dangling.\n  pending.catch(() => undefined);\n  return {\n    success,\n    limit,\n    remaining,\n    reset,\n    retryAfterSeconds: Math.max(1, Math.ceil((reset - Date.now()) / 1000)),\n  };\n}\n\ntype HeaderSource = Request | Headers | { headers: Record<string, string | string[] | undefined> };\n\nfunction header(source: HeaderSource, name: string): string | undefined {\n  if (source instanceof Headers) return source.get(name) ?? undefined;\n  if (source instanceof Request) return source.headers.get(name) ?? undefined;\n  const value = source.headers[name];\n  return Array.isArray(value) ? value[0] : value;\n}\n\n/**\n * The caller's IP as seen by the platform proxy (Vercel, Cloudflare, most load balancers set these;\n * the first `x-forwarded-for` entry is the client). Falls back to one shared bucket, never to \"no limit\".\n */\nfunction clientIp(source: HeaderSource): string {\n  const forwarded = header(source, 'x-forwarded-for')?.split(',')[0]?.trim();\n  return forwarded || header(source, 'x-real-ip') || header(source, 'cf-connecting-ip') || 'unknown';\n}\n\n/** The 429 response with the standard headers clients and SDKs back off on. */\nfunction tooManyRequests(result: RateLimitResult): Response {\n  return Response.json(\n    { error: 'Too many requests', retryAfter: result.retryAfterSeconds },\n    {\n      status: 429,\n      headers: {\n        'Retry-After': String(result.retryAfterSeconds),\n        'X-RateLimit-Limit': String(result.limit),\n        'X-RateLimit-Remaining': String(result.remaining),\n        'X-RateLimit-Reset': String(Math.ceil(result.reset / 1000)),\n      },\n    },\n  );\n}\n" }] }],
    },
    // Vercel Sandbox: Sandbox.create() starts a billed microVM (vercel/examples' sandbox-voice-agent).
    {"code":"import { Sandbox } from '@vercel/sandbox';\n\nexport async function POST(req: Request) {\n  const { repo } = await req.json();\n  const sandbox = await Sandbox.create({ source: { url: String(repo), type: 'git' }, timeout: 300_000 });\n  return Response.json({ id: sandbox.sandboxId });\n}\n","filename":"app/api/sandbox/route.ts","settings":{"prodready":{"helperModules":{"require-rate-limit":"@/lib/rate-limit"}}},"errors":[{"messageId":"paidCall","line":5,"column":25,"suggestions":[{"messageId":"addLimit","output":"import { Sandbox } from '@vercel/sandbox';\nimport { rateLimit, clientIp, tooManyRequests } from '@/lib/rate-limit';\n\nexport async function POST(req: Request) {\n  const limit = await rateLimit(`api:sandbox:${clientIp(req)}`);\n  if (!limit.success) {\n    return tooManyRequests(limit);\n  }\n  const { repo } = await req.json();\n  const sandbox = await Sandbox.create({ source: { url: String(repo), type: 'git' }, timeout: 300_000 });\n  return Response.json({ id: sandbox.sandboxId });\n}\n"}]}]},
    // E2B's Sandbox.create() starts a VM billed per second: an unlimited route creating them runs up the bill (fragments' sandbox route).
    { code: "import { Sandbox } from '@e2b/code-interpreter';\n\nexport async function POST(req: Request) {\n  const { fragment } = await req.json();\n  const sbx = await Sandbox.create(fragment.template, { timeoutMs: 600_000 });\n  await sbx.commands.run(fragment.install_dependencies_command);\n  return Response.json({ sbxId: sbx.sandboxId });\n}\n", filename: 'app/api/sandbox/route.ts', settings: helper, errors: [{ messageId: 'paidCall', line: 5, column: 21, suggestions: [{ messageId: 'addLimit', output: "import { Sandbox } from '@e2b/code-interpreter';\nimport { rateLimit, clientIp, tooManyRequests } from '@/lib/rate-limit';\n\nexport async function POST(req: Request) {\n  const limit = await rateLimit(`api:sandbox:${clientIp(req)}`);\n  if (!limit.success) {\n    return tooManyRequests(limit);\n  }\n  const { fragment } = await req.json();\n  const sbx = await Sandbox.create(fragment.template, { timeoutMs: 600_000 });\n  await sbx.commands.run(fragment.install_dependencies_command);\n  return Response.json({ sbxId: sbx.sandboxId });\n}\n" }] }] },
    // gemini-chatbot's register action: `getUser(email)` from the data layer checks that the email is free; it reads no session, so the sign-up is still an auth endpoint.
    {"code":"'use server';\nimport { createUser, getUser } from '@/db/queries';\nimport { signIn } from './auth';\n\nexport async function register(formData: FormData) {\n  const email = String(formData.get('email'));\n  const password = String(formData.get('password'));\n  const [user] = await getUser(email);\n  if (user) return { status: 'user_exists' };\n  await createUser(email, password);\n  await signIn('credentials', { email, password, redirect: false });\n  return { status: 'success' };\n}\n","filename":"app/(auth)/actions.ts","errors":[{"messageId":"authEndpoint","line":8,"column":24,"suggestions":[{"messageId":"addLimit","output":"'use server';\nimport { createUser, getUser } from '@/db/queries';\nimport { signIn } from './auth';\nimport { headers } from 'next/headers';\nimport { Ratelimit } from '@upstash/ratelimit';\nimport { Redis } from '@upstash/redis';\n\nexport async function register(formData: FormData) {\n  const limit = await rateLimit(`register:${clientIp(await headers())}`);\n  if (!limit.success) {\n    throw new Error(`Too many requests: retry in ${limit.retryAfterSeconds}s`);\n  }\n  const email = String(formData.get('email'));\n  const password = String(formData.get('password'));\n  const [user] = await getUser(email);\n  if (user) return { status: 'user_exists' };\n  await createUser(email, password);\n  await signIn('credentials', { email, password, redirect: false });\n  return { status: 'success' };\n}\n\n/**\n * One limiter for the app, shared by every serverless instance through Redis (an in-memory counter\n * resets on every cold start and differs per instance). Reads UPSTASH_REDIS_REST_URL and\n * UPSTASH_REDIS_REST_TOKEN; `Redis.fromEnv()` throws at startup when they are missing.\n */\nconst ratelimit = new Ratelimit({\n  redis: Redis.fromEnv(),\n  limiter: Ratelimit.slidingWindow(10, '60 s'),\n  prefix: 'ratelimit',\n  analytics: false,\n});\n\ninterface RateLimitResult {\n  success: boolean;\n  limit: number;\n  remaining: number;\n  /** Epoch milliseconds when the window resets. */\n  reset: number;\n  retryAfterSeconds: number;\n}\n\n/**\n * Counts one request for `key` (`'chat:' + userId`, `'login:' + ip`, ...). Key by the authenticated\n * user where there is one, else by client IP; for sign-in also key by the account being attempted.\n */\nasync function rateLimit(key: string): Promise<RateLimitResult> {\n  const { success, limit, remaining, reset, pending } = await ratelimit.limit(key);\n  // Upstash may sync analytics / multi-region state in the background: never leave it dangling.\n  pending.catch(() => undefined);\n  return {\n    success,\n    limit,\n    remaining,\n    reset,\n    retryAfterSeconds: Math.max(1, Math.ceil((reset - Date.now()) / 1000)),\n  };\n}\n\ntype HeaderSource = Request | Headers | { headers: Record<string, string | string[] | undefined> };\n\nfunction header(source: HeaderSource, name: string): string | undefined {\n  if (source instanceof Headers) return source.get(name) ?? undefined;\n  if (source instanceof Request) return source.headers.get(name) ?? undefined;\n  const value = source.headers[name];\n  return Array.isArray(value) ? value[0] : value;\n}\n\n/**\n * The caller's IP as seen by the platform proxy (Vercel, Cloudflare, most load balancers set these;\n * the first `x-forwarded-for` entry is the client). Falls back to one shared bucket, never to \"no limit\".\n */\nfunction clientIp(source: HeaderSource): string {\n  const forwarded = header(source, 'x-forwarded-for')?.split(',')[0]?.trim();\n  return forwarded || header(source, 'x-real-ip') || header(source, 'cf-connecting-ip') || 'unknown';\n}\n"}]}]},
    // langchain-nextjs-template: a runnable chain built around a paid model in one of its links (`prompt.pipe(model).pipe(parser)`), streamed by the handler.
    {"code":"import { ChatOpenAI } from '@langchain/openai';\nimport { PromptTemplate } from '@langchain/core/prompts';\nimport { StringOutputParser } from '@langchain/core/output_parsers';\n\nexport async function POST(req: Request) {\n  const { input } = await req.json();\n  const prompt = PromptTemplate.fromTemplate('User: {input}\\nAI:');\n  const model = new ChatOpenAI({ model: 'gpt-4o-mini' });\n  const chain = prompt.pipe(model).pipe(new StringOutputParser());\n  const stream = await chain.stream({ input });\n  return new Response(stream);\n}\n","filename":"app/api/chat/route.ts","errors":[{"messageId":"paidCall","line":10,"column":24,"suggestions":[{"messageId":"addLimit","output":"import { ChatOpenAI } from '@langchain/openai';\nimport { PromptTemplate } from '@langchain/core/prompts';\nimport { StringOutputParser } from '@langchain/core/output_parsers';\nimport { Ratelimit } from '@upstash/ratelimit';\nimport { Redis } from '@upstash/redis';\n\nexport async function POST(req: Request) {\n  const limit = await rateLimit(`api:chat:${clientIp(req)}`);\n  if (!limit.success) {\n    return tooManyRequests(limit);\n  }\n  const { input } = await req.json();\n  const prompt = PromptTemplate.fromTemplate('User: {input}\\nAI:');\n  const model = new ChatOpenAI({ model: 'gpt-4o-mini' });\n  const chain = prompt.pipe(model).pipe(new StringOutputParser());\n  const stream = await chain.stream({ input });\n  return new Response(stream);\n}\n\n/**\n * One limiter for the app, shared by every serverless instance through Redis (an in-memory counter\n * resets on every cold start and differs per instance). Reads UPSTASH_REDIS_REST_URL and\n * UPSTASH_REDIS_REST_TOKEN; `Redis.fromEnv()` throws at startup when they are missing.\n */\nconst ratelimit = new Ratelimit({\n  redis: Redis.fromEnv(),\n  limiter: Ratelimit.slidingWindow(10, '60 s'),\n  prefix: 'ratelimit',\n  analytics: false,\n});\n\ninterface RateLimitResult {\n  success: boolean;\n  limit: number;\n  remaining: number;\n  /** Epoch milliseconds when the window resets. */\n  reset: number;\n  retryAfterSeconds: number;\n}\n\n/**\n * Counts one request for `key` (`'chat:' + userId`, `'login:' + ip`, ...). Key by the authenticated\n * user where there is one, else by client IP; for sign-in also key by the account being attempted.\n */\nasync function rateLimit(key: string): Promise<RateLimitResult> {\n  const { success, limit, remaining, reset, pending } = await ratelimit.limit(key);\n  // Upstash may sync analytics / multi-region state in the background: never leave it dangling.\n  pending.catch(() => undefined);\n  return {\n    success,\n    limit,\n    remaining,\n    reset,\n    retryAfterSeconds: Math.max(1, Math.ceil((reset - Date.now()) / 1000)),\n  };\n}\n\ntype HeaderSource = Request | Headers | { headers: Record<string, string | string[] | undefined> };\n\nfunction header(source: HeaderSource, name: string): string | undefined {\n  if (source instanceof Headers) return source.get(name) ?? undefined;\n  if (source instanceof Request) return source.headers.get(name) ?? undefined;\n  const value = source.headers[name];\n  return Array.isArray(value) ? value[0] : value;\n}\n\n/**\n * The caller's IP as seen by the platform proxy (Vercel, Cloudflare, most load balancers set these;\n * the first `x-forwarded-for` entry is the client). Falls back to one shared bucket, never to \"no limit\".\n */\nfunction clientIp(source: HeaderSource): string {\n  const forwarded = header(source, 'x-forwarded-for')?.split(',')[0]?.trim();\n  return forwarded || header(source, 'x-real-ip') || header(source, 'cf-connecting-ip') || 'unknown';\n}\n\n/** The 429 response with the standard headers clients and SDKs back off on. */\nfunction tooManyRequests(result: RateLimitResult): Response {\n  return Response.json(\n    { error: 'Too many requests', retryAfter: result.retryAfterSeconds },\n    {\n      status: 429,\n      headers: {\n        'Retry-After': String(result.retryAfterSeconds),\n        'X-RateLimit-Limit': String(result.limit),\n        'X-RateLimit-Remaining': String(result.remaining),\n        'X-RateLimit-Reset': String(Math.ceil(result.reset / 1000)),\n      },\n    },\n  );\n}\n"}]}]},
    // A file that declares `rateLimit` itself (a config object): no suggestion, since the inserted guard would call it.
    {"code":"import OpenAI from 'openai';\nconst openai = new OpenAI();\nconst rateLimit = { windowMs: 60_000, max: 10 };\n\nexport async function POST(req: Request) {\n  const { prompt } = await req.json();\n  const r = await openai.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: prompt }] });\n  return Response.json({ r, rateLimit });\n}\n","filename":"app/api/chat/route.ts","errors":[{"messageId":"paidCall","line":7,"column":19,"suggestions":[]}]},
    // A credential check is an auth call but no existing session: `authenticate(email, password)` is the sign-in itself, still reported without a limit.
    {"code":"import { authenticate } from '@/lib/auth';\n\nexport async function POST(req: Request) {\n  const { email, password } = await req.json();\n  const user = await authenticate(email, password);\n  if (!user) return Response.json({ error: 'Invalid credentials' }, { status: 401 });\n  return Response.json({ ok: true });\n}\n","filename":"app/api/login/route.ts","errors":[{"messageId":"authEndpoint","line":5,"column":22,"suggestions":[{"messageId":"addLimit","output":"import { authenticate } from '@/lib/auth';\nimport { Ratelimit } from '@upstash/ratelimit';\nimport { Redis } from '@upstash/redis';\n\nexport async function POST(req: Request) {\n  const limit = await rateLimit(`api:login:${clientIp(req)}`);\n  if (!limit.success) {\n    return tooManyRequests(limit);\n  }\n  const { email, password } = await req.json();\n  const user = await authenticate(email, password);\n  if (!user) return Response.json({ error: 'Invalid credentials' }, { status: 401 });\n  return Response.json({ ok: true });\n}\n\n/**\n * One limiter for the app, shared by every serverless instance through Redis (an in-memory counter\n * resets on every cold start and differs per instance). Reads UPSTASH_REDIS_REST_URL and\n * UPSTASH_REDIS_REST_TOKEN; `Redis.fromEnv()` throws at startup when they are missing.\n */\nconst ratelimit = new Ratelimit({\n  redis: Redis.fromEnv(),\n  limiter: Ratelimit.slidingWindow(10, '60 s'),\n  prefix: 'ratelimit',\n  analytics: false,\n});\n\ninterface RateLimitResult {\n  success: boolean;\n  limit: number;\n  remaining: number;\n  /** Epoch milliseconds when the window resets. */\n  reset: number;\n  retryAfterSeconds: number;\n}\n\n/**\n * Counts one request for `key` (`'chat:' + userId`, `'login:' + ip`, ...). Key by the authenticated\n * user where there is one, else by client IP; for sign-in also key by the account being attempted.\n */\nasync function rateLimit(key: string): Promise<RateLimitResult> {\n  const { success, limit, remaining, reset, pending } = await ratelimit.limit(key);\n  // Upstash may sync analytics / multi-region state in the background: never leave it dangling.\n  pending.catch(() => undefined);\n  return {\n    success,\n    limit,\n    remaining,\n    reset,\n    retryAfterSeconds: Math.max(1, Math.ceil((reset - Date.now()) / 1000)),\n  };\n}\n\ntype HeaderSource = Request | Headers | { headers: Record<string, string | string[] | undefined> };\n\nfunction header(source: HeaderSource, name: string): string | undefined {\n  if (source instanceof Headers) return source.get(name) ?? undefined;\n  if (source instanceof Request) return source.headers.get(name) ?? undefined;\n  const value = source.headers[name];\n  return Array.isArray(value) ? value[0] : value;\n}\n\n/**\n * The caller's IP as seen by the platform proxy (Vercel, Cloudflare, most load balancers set these;\n * the first `x-forwarded-for` entry is the client). Falls back to one shared bucket, never to \"no limit\".\n */\nfunction clientIp(source: HeaderSource): string {\n  const forwarded = header(source, 'x-forwarded-for')?.split(',')[0]?.trim();\n  return forwarded || header(source, 'x-real-ip') || header(source, 'cf-connecting-ip') || 'unknown';\n}\n\n/** The 429 response with the standard headers clients and SDKs back off on. */\nfunction tooManyRequests(result: RateLimitResult): Response {\n  return Response.json(\n    { error: 'Too many requests', retryAfter: result.retryAfterSeconds },\n    {\n      status: 429,\n      headers: {\n        'Retry-After': String(result.retryAfterSeconds),\n        'X-RateLimit-Limit': String(result.limit),\n        'X-RateLimit-Remaining': String(result.remaining),\n        'X-RateLimit-Reset': String(Math.ceil(result.reset / 1000)),\n      },\n    },\n  );\n}\n"}]}]},
    // An analytics query's { limit, interval } is no rate limit: the sign-in action is still reported.
    {"code":"'use server';\n\nimport { getLoginStats } from '@/lib/analytics';\nimport { createClient } from '@/lib/supabase/server';\n\nexport async function signInAction(formData: FormData) {\n  await getLoginStats({ limit: 10, interval: '24h' });\n  const supabase = await createClient();\n  const { error } = await supabase.auth.signInWithPassword({ email: String(formData.get('email')), password: String(formData.get('password')) });\n  return { ok: !error };\n}\n","filename":"app/actions.ts","errors":[{"messageId":"authEndpoint","line":9,"column":27,"suggestions":[{"messageId":"addLimit","output":"'use server';\n\nimport { getLoginStats } from '@/lib/analytics';\nimport { createClient } from '@/lib/supabase/server';\nimport { headers } from 'next/headers';\nimport { Ratelimit } from '@upstash/ratelimit';\nimport { Redis } from '@upstash/redis';\n\nexport async function signInAction(formData: FormData) {\n  const rateLimitResult = await rateLimit(`signInAction:${clientIp(await headers())}`);\n  if (!rateLimitResult.success) {\n    throw new Error(`Too many requests: retry in ${rateLimitResult.retryAfterSeconds}s`);\n  }\n  await getLoginStats({ limit: 10, interval: '24h' });\n  const supabase = await createClient();\n  const { error } = await supabase.auth.signInWithPassword({ email: String(formData.get('email')), password: String(formData.get('password')) });\n  return { ok: !error };\n}\n\n/**\n * One limiter for the app, shared by every serverless instance through Redis (an in-memory counter\n * resets on every cold start and differs per instance). Reads UPSTASH_REDIS_REST_URL and\n * UPSTASH_REDIS_REST_TOKEN; `Redis.fromEnv()` throws at startup when they are missing.\n */\nconst ratelimit = new Ratelimit({\n  redis: Redis.fromEnv(),\n  limiter: Ratelimit.slidingWindow(10, '60 s'),\n  prefix: 'ratelimit',\n  analytics: false,\n});\n\ninterface RateLimitResult {\n  success: boolean;\n  limit: number;\n  remaining: number;\n  /** Epoch milliseconds when the window resets. */\n  reset: number;\n  retryAfterSeconds: number;\n}\n\n/**\n * Counts one request for `key` (`'chat:' + userId`, `'login:' + ip`, ...). Key by the authenticated\n * user where there is one, else by client IP; for sign-in also key by the account being attempted.\n */\nasync function rateLimit(key: string): Promise<RateLimitResult> {\n  const { success, limit, remaining, reset, pending } = await ratelimit.limit(key);\n  // Upstash may sync analytics / multi-region state in the background: never leave it dangling.\n  pending.catch(() => undefined);\n  return {\n    success,\n    limit,\n    remaining,\n    reset,\n    retryAfterSeconds: Math.max(1, Math.ceil((reset - Date.now()) / 1000)),\n  };\n}\n\ntype HeaderSource = Request | Headers | { headers: Record<string, string | string[] | undefined> };\n\nfunction header(source: HeaderSource, name: string): string | undefined {\n  if (source instanceof Headers) return source.get(name) ?? undefined;\n  if (source instanceof Request) return source.headers.get(name) ?? undefined;\n  const value = source.headers[name];\n  return Array.isArray(value) ? value[0] : value;\n}\n\n/**\n * The caller's IP as seen by the platform proxy (Vercel, Cloudflare, most load balancers set these;\n * the first `x-forwarded-for` entry is the client). Falls back to one shared bucket, never to \"no limit\".\n */\nfunction clientIp(source: HeaderSource): string {\n  const forwarded = header(source, 'x-forwarded-for')?.split(',')[0]?.trim();\n  return forwarded || header(source, 'x-real-ip') || header(source, 'cf-connecting-ip') || 'unknown';\n}\n"}]}]},
    // A table of the provider's status codes mapped to messages (`429: { error: 'Rate limit exceeded' }`, fireplexity) translates its limit and enforces none.
    { code: "import { createOpenAI } from '@ai-sdk/openai';\nimport { streamText } from 'ai';\n\nexport async function POST(request: Request) {\n  const { query } = await request.json();\n  const openai = createOpenAI({ apiKey: process.env.OPENAI_API_KEY });\n  try {\n    const result = streamText({ model: openai('gpt-4o-mini'), prompt: query });\n    return result.toDataStreamResponse();\n  } catch (error) {\n    const statusCode = (error as { status?: number }).status;\n    const errorResponses: Record<number, { error: string; suggestion?: string }> = {\n      402: { error: 'Insufficient credits' },\n      429: { error: 'Rate limit exceeded', suggestion: 'Too many requests. Please wait a moment and try again.' },\n    };\n    const body = (statusCode && errorResponses[statusCode]) || { error: 'Search failed' };\n    return Response.json(body, { status: 500 });\n  }\n}\n", filename: 'app/api/search/route.ts', settings: helper, errors: [{ messageId: 'paidCall', line: 8, column: 20, suggestions: [{ messageId: 'addLimit', output: "import { createOpenAI } from '@ai-sdk/openai';\nimport { streamText } from 'ai';\nimport { rateLimit, clientIp, tooManyRequests } from '@/lib/rate-limit';\n\nexport async function POST(request: Request) {\n  const rateLimitResult = await rateLimit(`api:search:${clientIp(request)}`);\n  if (!rateLimitResult.success) {\n    return tooManyRequests(rateLimitResult);\n  }\n  const { query } = await request.json();\n  const openai = createOpenAI({ apiKey: process.env.OPENAI_API_KEY });\n  try {\n    const result = streamText({ model: openai('gpt-4o-mini'), prompt: query });\n    return result.toDataStreamResponse();\n  } catch (error) {\n    const statusCode = (error as { status?: number }).status;\n    const errorResponses: Record<number, { error: string; suggestion?: string }> = {\n      402: { error: 'Insufficient credits' },\n      429: { error: 'Rate limit exceeded', suggestion: 'Too many requests. Please wait a moment and try again.' },\n    };\n    const body = (statusCode && errorResponses[statusCode]) || { error: 'Search failed' };\n    return Response.json(body, { status: 500 });\n  }\n}\n" }] }] },
    // Twin: the handler starts the helper before its limit: the paid call runs unlimited.
    {
      code: "import Replicate from 'replicate';\nimport { rateLimiters } from '@/lib/security';\nconst replicate = new Replicate({ auth: process.env.REPLICATE_API_TOKEN });\nexport async function POST(request: Request) {\n  const { prompt } = await request.json();\n  processBatch(String(prompt)).catch(console.error);\n  const limit = rateLimiters.imageGeneration.check(request);\n  if (!limit.allowed) return new Response('Too many requests', { status: 429 });\n  return Response.json({ started: true });\n}\nasync function processBatch(prompt: string) {\n  for (const style of ['anime', 'oil']) await generateOne(prompt, style);\n}\nasync function generateOne(prompt: string, style: string) {\n  return replicate.run('black-forest-labs/flux-schnell', { input: { prompt: prompt + style } });\n}\n",
      filename: 'app/api/batch-generate/route.ts',
      settings: helper,
      errors: [{ messageId: 'paidCall', line: 15, column: 10, suggestions: [{ messageId: 'addLimit', output: "import Replicate from 'replicate';\nimport { rateLimiters } from '@/lib/security';\nimport { rateLimit, clientIp, tooManyRequests } from '@/lib/rate-limit';\nconst replicate = new Replicate({ auth: process.env.REPLICATE_API_TOKEN });\nexport async function POST(request: Request) {\n  const rateLimitResult = await rateLimit(`api:batch-generate:${clientIp(request)}`);\n  if (!rateLimitResult.success) {\n    return tooManyRequests(rateLimitResult);\n  }\n  const { prompt } = await request.json();\n  processBatch(String(prompt)).catch(console.error);\n  const limit = rateLimiters.imageGeneration.check(request);\n  if (!limit.allowed) return new Response('Too many requests', { status: 429 });\n  return Response.json({ started: true });\n}\nasync function processBatch(prompt: string) {\n  for (const style of ['anime', 'oil']) await generateOne(prompt, style);\n}\nasync function generateOne(prompt: string, style: string) {\n  return replicate.run('black-forest-labs/flux-schnell', { input: { prompt: prompt + style } });\n}\n" }] }],
    },
    // The same route with no attempt cap in sight: still reported.
    {
      code: "import { NextResponse } from 'next/server';\nimport { z } from 'zod';\nimport { verifyOTP } from '@/lib/services/otp';\nimport { setSessionCookie } from '@/lib/client-auth';\n\nconst schema = z.object({ identifier: z.string().min(1), code: z.string().regex(/^\\d{6}$/) }).strict();\n\nexport async function POST(request: Request) {\n  const parsed = schema.safeParse(await request.json());\n  if (!parsed.success) return NextResponse.json({ error: 'Validation error' }, { status: 400 });\n  const result = await verifyOTP(parsed.data.identifier, parsed.data.code);\n  if (!result.success) {\n    return NextResponse.json({ error: 'Invalid or expired code.' }, { status: 401 });\n  }\n  await setSessionCookie(result.personId);\n  return NextResponse.json({ ok: true });\n}\n",
      filename: "app/api/client/auth/verify-otp/route.ts",
      errors: [{ messageId: 'authEndpoint', line: 11, column: 24, suggestions: [{ messageId: 'addLimit', output: "import { NextResponse } from 'next/server';\nimport { z } from 'zod';\nimport { verifyOTP } from '@/lib/services/otp';\nimport { setSessionCookie } from '@/lib/client-auth';\nimport { Ratelimit } from '@upstash/ratelimit';\nimport { Redis } from '@upstash/redis';\n\nconst schema = z.object({ identifier: z.string().min(1), code: z.string().regex(/^\\d{6}$/) }).strict();\n\nexport async function POST(request: Request) {\n  const limit = await rateLimit(`api:client:auth:verify-otp:${clientIp(request)}`);\n  if (!limit.success) {\n    return tooManyRequests(limit);\n  }\n  const parsed = schema.safeParse(await request.json());\n  if (!parsed.success) return NextResponse.json({ error: 'Validation error' }, { status: 400 });\n  const result = await verifyOTP(parsed.data.identifier, parsed.data.code);\n  if (!result.success) {\n    return NextResponse.json({ error: 'Invalid or expired code.' }, { status: 401 });\n  }\n  await setSessionCookie(result.personId);\n  return NextResponse.json({ ok: true });\n}\n\n/**\n * One limiter for the app, shared by every serverless instance through Redis (an in-memory counter\n * resets on every cold start and differs per instance). Reads UPSTASH_REDIS_REST_URL and\n * UPSTASH_REDIS_REST_TOKEN; `Redis.fromEnv()` throws at startup when they are missing.\n */\nconst ratelimit = new Ratelimit({\n  redis: Redis.fromEnv(),\n  limiter: Ratelimit.slidingWindow(10, '60 s'),\n  prefix: 'ratelimit',\n  analytics: false,\n});\n\ninterface RateLimitResult {\n  success: boolean;\n  limit: number;\n  remaining: number;\n  /** Epoch milliseconds when the window resets. */\n  reset: number;\n  retryAfterSeconds: number;\n}\n\n/**\n * Counts one request for `key` (`'chat:' + userId`, `'login:' + ip`, ...). Key by the authenticated\n * user where there is one, else by client IP; for sign-in also key by the account being attempted.\n */\nasync function rateLimit(key: string): Promise<RateLimitResult> {\n  const { success, limit, remaining, reset, pending } = await ratelimit.limit(key);\n  // Upstash may sync analytics / multi-region state in the background: never leave it dangling.\n  pending.catch(() => undefined);\n  return {\n    success,\n    limit,\n    remaining,\n    reset,\n    retryAfterSeconds: Math.max(1, Math.ceil((reset - Date.now()) / 1000)),\n  };\n}\n\ntype HeaderSource = Request | Headers | { headers: Record<string, string | string[] | undefined> };\n\nfunction header(source: HeaderSource, name: string): string | undefined {\n  if (source instanceof Headers) return source.get(name) ?? undefined;\n  if (source instanceof Request) return source.headers.get(name) ?? undefined;\n  const value = source.headers[name];\n  return Array.isArray(value) ? value[0] : value;\n}\n\n/**\n * The caller's IP as seen by the platform proxy (Vercel, Cloudflare, most load balancers set these;\n * the first `x-forwarded-for` entry is the client). Falls back to one shared bucket, never to \"no limit\".\n */\nfunction clientIp(source: HeaderSource): string {\n  const forwarded = header(source, 'x-forwarded-for')?.split(',')[0]?.trim();\n  return forwarded || header(source, 'x-real-ip') || header(source, 'cf-connecting-ip') || 'unknown';\n}\n\n/** The 429 response with the standard headers clients and SDKs back off on. */\nfunction tooManyRequests(result: RateLimitResult): Response {\n  return Response.json(\n    { error: 'Too many requests', retryAfter: result.retryAfterSeconds },\n    {\n      status: 429,\n      headers: {\n        'Retry-After': String(result.retryAfterSeconds),\n        'X-RateLimit-Limit': String(result.limit),\n        'X-RateLimit-Remaining': String(result.remaining),\n        'X-RateLimit-Reset': String(Math.ceil(result.reset / 1000)),\n      },\n    },\n  );\n}\n" }] }],
    },
    // openai-realtime-agents' Responses proxy: the handler builds the client and hands it to a same-file helper whose
    // parameter is typed as the SDK's client (`openai: OpenAI`): the helper's call is the paid call.
    {
      code: "import { NextRequest, NextResponse } from 'next/server';\nimport OpenAI from 'openai';\n\nexport async function POST(req: NextRequest) {\n  const body = await req.json();\n  const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY, timeout: 30_000 });\n  return await textResponse(openai, body);\n}\n\nasync function textResponse(openai: OpenAI, body: any) {\n  const response = await openai.responses.create({ ...body, stream: false });\n  return NextResponse.json(response);\n}\n",
      filename: 'app/api/responses/route.ts',
      settings: helper,
      errors: [{ messageId: 'paidCall', line: 11, column: 26, suggestions: [{ messageId: 'addLimit', output: "import { NextRequest, NextResponse } from 'next/server';\nimport OpenAI from 'openai';\nimport { rateLimit, clientIp, tooManyRequests } from '@/lib/rate-limit';\n\nexport async function POST(req: NextRequest) {\n  const limit = await rateLimit(`api:responses:${clientIp(req)}`);\n  if (!limit.success) {\n    return tooManyRequests(limit);\n  }\n  const body = await req.json();\n  const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY, timeout: 30_000 });\n  return await textResponse(openai, body);\n}\n\nasync function textResponse(openai: OpenAI, body: any) {\n  const response = await openai.responses.create({ ...body, stream: false });\n  return NextResponse.json(response);\n}\n" }] }],
    },
    // An admin check after the paid call turns no one away from it: still reported.
    {
      code: "import { NextResponse } from 'next/server';\nimport OpenAI from 'openai';\nconst openai = new OpenAI({ timeout: 30_000 });\nexport async function POST(request: Request) {\n  const { prompt, isAdmin } = await request.json();\n  const r = await openai.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: prompt }] });\n  if (!isAdmin) return NextResponse.json({ error: 'Forbidden' }, { status: 403 });\n  return NextResponse.json(r);\n}\n",
      filename: 'app/api/chat/route.ts',
      errors: [{ messageId: 'paidCall', line: 6, suggestions: [{ messageId: 'addLimit', output: "import { NextResponse } from 'next/server';\nimport OpenAI from 'openai';\nimport { Ratelimit } from '@upstash/ratelimit';\nimport { Redis } from '@upstash/redis';\nconst openai = new OpenAI({ timeout: 30_000 });\nexport async function POST(request: Request) {\n  const limit = await rateLimit(`api:chat:${clientIp(request)}`);\n  if (!limit.success) {\n    return tooManyRequests(limit);\n  }\n  const { prompt, isAdmin } = await request.json();\n  const r = await openai.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: prompt }] });\n  if (!isAdmin) return NextResponse.json({ error: 'Forbidden' }, { status: 403 });\n  return NextResponse.json(r);\n}\n\n/**\n * One limiter for the app, shared by every serverless instance through Redis (an in-memory counter\n * resets on every cold start and differs per instance). Reads UPSTASH_REDIS_REST_URL and\n * UPSTASH_REDIS_REST_TOKEN; `Redis.fromEnv()` throws at startup when they are missing.\n */\nconst ratelimit = new Ratelimit({\n  redis: Redis.fromEnv(),\n  limiter: Ratelimit.slidingWindow(10, '60 s'),\n  prefix: 'ratelimit',\n  analytics: false,\n});\n\ninterface RateLimitResult {\n  success: boolean;\n  limit: number;\n  remaining: number;\n  /** Epoch milliseconds when the window resets. */\n  reset: number;\n  retryAfterSeconds: number;\n}\n\n/**\n * Counts one request for `key` (`'chat:' + userId`, `'login:' + ip`, ...). Key by the authenticated\n * user where there is one, else by client IP; for sign-in also key by the account being attempted.\n */\nasync function rateLimit(key: string): Promise<RateLimitResult> {\n  const { success, limit, remaining, reset, pending } = await ratelimit.limit(key);\n  // Upstash may sync analytics / multi-region state in the background: never leave it dangling.\n  pending.catch(() => undefined);\n  return {\n    success,\n    limit,\n    remaining,\n    reset,\n    retryAfterSeconds: Math.max(1, Math.ceil((reset - Date.now()) / 1000)),\n  };\n}\n\ntype HeaderSource = Request | Headers | { headers: Record<string, string | string[] | undefined> };\n\nfunction header(source: HeaderSource, name: string): string | undefined {\n  if (source instanceof Headers) return source.get(name) ?? undefined;\n  if (source instanceof Request) return source.headers.get(name) ?? undefined;\n  const value = source.headers[name];\n  return Array.isArray(value) ? value[0] : value;\n}\n\n/**\n * The caller's IP as seen by the platform proxy (Vercel, Cloudflare, most load balancers set these;\n * the first `x-forwarded-for` entry is the client). Falls back to one shared bucket, never to \"no limit\".\n */\nfunction clientIp(source: HeaderSource): string {\n  const forwarded = header(source, 'x-forwarded-for')?.split(',')[0]?.trim();\n  return forwarded || header(source, 'x-real-ip') || header(source, 'cf-connecting-ip') || 'unknown';\n}\n\n/** The 429 response with the standard headers clients and SDKs back off on. */\nfunction tooManyRequests(result: RateLimitResult): Response {\n  return Response.json(\n    { error: 'Too many requests', retryAfter: result.retryAfterSeconds },\n    {\n      status: 429,\n      headers: {\n        'Retry-After': String(result.retryAfterSeconds),\n        'X-RateLimit-Limit': String(result.limit),\n        'X-RateLimit-Remaining': String(result.remaining),\n        'X-RateLimit-Reset': String(Math.ceil(result.reset / 1000)),\n      },\n    },\n  );\n}\n" }] }],
    },
    // The same route whose admin check only logs: every signed-in user reaches the model, still reported.
    {
      code: "import { NextResponse } from 'next/server';\nimport { GoogleGenAI } from '@google/genai';\nimport { createClient } from '@/utils/supabase/server';\n\nconst ai = new GoogleGenAI({ apiKey: process.env.GOOGLE_AI_STUDIO_KEY, httpOptions: { timeout: 60_000 } });\n\nexport async function POST(request: Request) {\n  const supabase = await createClient();\n  const { data: { user } } = await supabase.auth.getUser();\n  if (!user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });\n  const { data: profile } = await supabase.from('profiles').select('is_admin').eq('id', user.id).single();\n  if (!profile?.is_admin) {\n    console.warn('Non-admin user generating content:', user.id);\n  }\n  const { topic } = await request.json();\n  const response = await ai.models.generateContent({ model: 'gemini-2.0-flash', contents: String(topic) });\n  return NextResponse.json({ text: response.text });\n}\n",
      filename: 'app/api/ai/generate-content/route.ts',
      errors: [{ messageId: 'paidCall', line: 16, suggestions: [{ messageId: 'addLimit', output: "import { NextResponse } from 'next/server';\nimport { GoogleGenAI } from '@google/genai';\nimport { createClient } from '@/utils/supabase/server';\nimport { Ratelimit } from '@upstash/ratelimit';\nimport { Redis } from '@upstash/redis';\n\nconst ai = new GoogleGenAI({ apiKey: process.env.GOOGLE_AI_STUDIO_KEY, httpOptions: { timeout: 60_000 } });\n\nexport async function POST(request: Request) {\n  const limit = await rateLimit(`api:ai:generate-content:${clientIp(request)}`);\n  if (!limit.success) {\n    return tooManyRequests(limit);\n  }\n  const supabase = await createClient();\n  const { data: { user } } = await supabase.auth.getUser();\n  if (!user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });\n  const { data: profile } = await supabase.from('profiles').select('is_admin').eq('id', user.id).single();\n  if (!profile?.is_admin) {\n    console.warn('Non-admin user generating content:', user.id);\n  }\n  const { topic } = await request.json();\n  const response = await ai.models.generateContent({ model: 'gemini-2.0-flash', contents: String(topic) });\n  return NextResponse.json({ text: response.text });\n}\n\n/**\n * One limiter for the app, shared by every serverless instance through Redis (an in-memory counter\n * resets on every cold start and differs per instance). Reads UPSTASH_REDIS_REST_URL and\n * UPSTASH_REDIS_REST_TOKEN; `Redis.fromEnv()` throws at startup when they are missing.\n */\nconst ratelimit = new Ratelimit({\n  redis: Redis.fromEnv(),\n  limiter: Ratelimit.slidingWindow(10, '60 s'),\n  prefix: 'ratelimit',\n  analytics: false,\n});\n\ninterface RateLimitResult {\n  success: boolean;\n  limit: number;\n  remaining: number;\n  /** Epoch milliseconds when the window resets. */\n  reset: number;\n  retryAfterSeconds: number;\n}\n\n/**\n * Counts one request for `key` (`'chat:' + userId`, `'login:' + ip`, ...). Key by the authenticated\n * user where there is one, else by client IP; for sign-in also key by the account being attempted.\n */\nasync function rateLimit(key: string): Promise<RateLimitResult> {\n  const { success, limit, remaining, reset, pending } = await ratelimit.limit(key);\n  // Upstash may sync analytics / multi-region state in the background: never leave it dangling.\n  pending.catch(() => undefined);\n  return {\n    success,\n    limit,\n    remaining,\n    reset,\n    retryAfterSeconds: Math.max(1, Math.ceil((reset - Date.now()) / 1000)),\n  };\n}\n\ntype HeaderSource = Request | Headers | { headers: Record<string, string | string[] | undefined> };\n\nfunction header(source: HeaderSource, name: string): string | undefined {\n  if (source instanceof Headers) return source.get(name) ?? undefined;\n  if (source instanceof Request) return source.headers.get(name) ?? undefined;\n  const value = source.headers[name];\n  return Array.isArray(value) ? value[0] : value;\n}\n\n/**\n * The caller's IP as seen by the platform proxy (Vercel, Cloudflare, most load balancers set these;\n * the first `x-forwarded-for` entry is the client). Falls back to one shared bucket, never to \"no limit\".\n */\nfunction clientIp(source: HeaderSource): string {\n  const forwarded = header(source, 'x-forwarded-for')?.split(',')[0]?.trim();\n  return forwarded || header(source, 'x-real-ip') || header(source, 'cf-connecting-ip') || 'unknown';\n}\n\n/** The 429 response with the standard headers clients and SDKs back off on. */\nfunction tooManyRequests(result: RateLimitResult): Response {\n  return Response.json(\n    { error: 'Too many requests', retryAfter: result.retryAfterSeconds },\n    {\n      status: 429,\n      headers: {\n        'Retry-After': String(result.retryAfterSeconds),\n        'X-RateLimit-Limit': String(result.limit),\n        'X-RateLimit-Remaining': String(result.remaining),\n        'X-RateLimit-Reset': String(Math.ceil(result.reset / 1000)),\n      },\n    },\n  );\n}\n" }] }],
    },
    // The same registration with no signature check: still an auth endpoint by its path.
    {
      code: "import { NextRequest, NextResponse } from 'next/server';\nimport { createServerAdminClient } from '@/lib/supabase/serverAdminClient';\n\nexport async function POST(request: NextRequest) {\n  const { instance_id, public_ip } = await request.json();\n  const admin = await createServerAdminClient();\n  const { error } = await admin.from('vps_instances').update({ public_ip, heartbeat_status: 'online' }).eq('name', instance_id);\n  if (error) return NextResponse.json({ error: 'Update failed' }, { status: 500 });\n  return NextResponse.json({ ok: true });\n}\n",
      filename: 'app/api/v1/agent/register/route.ts',
      errors: [{ messageId: 'authEndpoint', line: 7, suggestions: [{ messageId: 'addLimit', output: "import { NextRequest, NextResponse } from 'next/server';\nimport { createServerAdminClient } from '@/lib/supabase/serverAdminClient';\nimport { Ratelimit } from '@upstash/ratelimit';\nimport { Redis } from '@upstash/redis';\n\nexport async function POST(request: NextRequest) {\n  const limit = await rateLimit(`api:v1:agent:register:${clientIp(request)}`);\n  if (!limit.success) {\n    return tooManyRequests(limit);\n  }\n  const { instance_id, public_ip } = await request.json();\n  const admin = await createServerAdminClient();\n  const { error } = await admin.from('vps_instances').update({ public_ip, heartbeat_status: 'online' }).eq('name', instance_id);\n  if (error) return NextResponse.json({ error: 'Update failed' }, { status: 500 });\n  return NextResponse.json({ ok: true });\n}\n\n/**\n * One limiter for the app, shared by every serverless instance through Redis (an in-memory counter\n * resets on every cold start and differs per instance). Reads UPSTASH_REDIS_REST_URL and\n * UPSTASH_REDIS_REST_TOKEN; `Redis.fromEnv()` throws at startup when they are missing.\n */\nconst ratelimit = new Ratelimit({\n  redis: Redis.fromEnv(),\n  limiter: Ratelimit.slidingWindow(10, '60 s'),\n  prefix: 'ratelimit',\n  analytics: false,\n});\n\ninterface RateLimitResult {\n  success: boolean;\n  limit: number;\n  remaining: number;\n  /** Epoch milliseconds when the window resets. */\n  reset: number;\n  retryAfterSeconds: number;\n}\n\n/**\n * Counts one request for `key` (`'chat:' + userId`, `'login:' + ip`, ...). Key by the authenticated\n * user where there is one, else by client IP; for sign-in also key by the account being attempted.\n */\nasync function rateLimit(key: string): Promise<RateLimitResult> {\n  const { success, limit, remaining, reset, pending } = await ratelimit.limit(key);\n  // Upstash may sync analytics / multi-region state in the background: never leave it dangling.\n  pending.catch(() => undefined);\n  return {\n    success,\n    limit,\n    remaining,\n    reset,\n    retryAfterSeconds: Math.max(1, Math.ceil((reset - Date.now()) / 1000)),\n  };\n}\n\ntype HeaderSource = Request | Headers | { headers: Record<string, string | string[] | undefined> };\n\nfunction header(source: HeaderSource, name: string): string | undefined {\n  if (source instanceof Headers) return source.get(name) ?? undefined;\n  if (source instanceof Request) return source.headers.get(name) ?? undefined;\n  const value = source.headers[name];\n  return Array.isArray(value) ? value[0] : value;\n}\n\n/**\n * The caller's IP as seen by the platform proxy (Vercel, Cloudflare, most load balancers set these;\n * the first `x-forwarded-for` entry is the client). Falls back to one shared bucket, never to \"no limit\".\n */\nfunction clientIp(source: HeaderSource): string {\n  const forwarded = header(source, 'x-forwarded-for')?.split(',')[0]?.trim();\n  return forwarded || header(source, 'x-real-ip') || header(source, 'cf-connecting-ip') || 'unknown';\n}\n\n/** The 429 response with the standard headers clients and SDKs back off on. */\nfunction tooManyRequests(result: RateLimitResult): Response {\n  return Response.json(\n    { error: 'Too many requests', retryAfter: result.retryAfterSeconds },\n    {\n      status: 429,\n      headers: {\n        'Retry-After': String(result.retryAfterSeconds),\n        'X-RateLimit-Limit': String(result.limit),\n        'X-RateLimit-Remaining': String(result.remaining),\n        'X-RateLimit-Reset': String(Math.ceil(result.reset / 1000)),\n      },\n    },\n  );\n}\n" }] }],
    },
    // Twin of the model-list key check: a generation under the same host is a paid call.
    { code: "export async function POST(req: Request) {\n  const { prompt } = await req.json();\n  const res = await fetch('https://api.openai.com/v1/chat/completions', {\n    method: 'POST',\n    headers: { Authorization: `Bearer ${process.env.OPENAI_API_KEY}` },\n    body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: prompt }] }),\n    signal: AbortSignal.timeout(30000),\n  });\n  return Response.json(await res.json());\n}\n", filename: 'app/api/chat/route.ts', settings: helper, errors: [{ messageId: 'paidCall', line: 3, suggestions: [{ messageId: 'addLimit', output: "import { rateLimit, clientIp, tooManyRequests } from '@/lib/rate-limit';\nexport async function POST(req: Request) {\n  const limit = await rateLimit(`api:chat:${clientIp(req)}`);\n  if (!limit.success) {\n    return tooManyRequests(limit);\n  }\n  const { prompt } = await req.json();\n  const res = await fetch('https://api.openai.com/v1/chat/completions', {\n    method: 'POST',\n    headers: { Authorization: `Bearer ${process.env.OPENAI_API_KEY}` },\n    body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: prompt }] }),\n    signal: AbortSignal.timeout(30000),\n  });\n  return Response.json(await res.json());\n}\n" }] }] },
    // A model's own path under /models (Gemini's generateContent) is a generation, not the list.
    { code: "export async function GET(req: Request) {\n  const q = new URL(req.url).searchParams.get('q') ?? '';\n  const res = await fetch(`https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent?key=${process.env.GEMINI_API_KEY}`, { method: 'POST', body: JSON.stringify({ contents: [{ parts: [{ text: q }] }] }), signal: AbortSignal.timeout(30000) });\n  return Response.json(await res.json());\n}\n", filename: 'app/api/ask/route.ts', settings: helper, errors: [{ messageId: 'paidCall', line: 3, suggestions: [{ messageId: 'addLimit', output: "import { rateLimit, clientIp, tooManyRequests } from '@/lib/rate-limit';\nexport async function GET(req: Request) {\n  const limit = await rateLimit(`api:ask:${clientIp(req)}`);\n  if (!limit.success) {\n    return tooManyRequests(limit);\n  }\n  const q = new URL(req.url).searchParams.get('q') ?? '';\n  const res = await fetch(`https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent?key=${process.env.GEMINI_API_KEY}`, { method: 'POST', body: JSON.stringify({ contents: [{ parts: [{ text: q }] }] }), signal: AbortSignal.timeout(30000) });\n  return Response.json(await res.json());\n}\n" }] }] },
    // Twin: a `reset` handler that reads an email from the body.
    { code: "import { db } from '@/lib/db';\nimport { resetEnabled } from '@/lib/presenter';\n\n// Reset: issue a password-reset token for the email sent.\nexport const POST = async (req: Request) => {\n  if (!resetEnabled()) return Response.json({ error: 'disabled' }, { status: 403 });\n  const { email } = await req.json();\n  await db.user.update({ where: { email }, data: { resetToken: crypto.randomUUID() } });\n  return Response.json({ ok: true });\n};\n", filename: 'app/api/v1/dev/reset/route.ts', settings: helper, errors: [{ messageId: 'authEndpoint', line: 8, suggestions: [{ messageId: 'addLimit', output: "import { db } from '@/lib/db';\nimport { resetEnabled } from '@/lib/presenter';\nimport { rateLimit, clientIp, tooManyRequests } from '@/lib/rate-limit';\n\n// Reset: issue a password-reset token for the email sent.\nexport const POST = async (req: Request) => {\n  const limit = await rateLimit(`api:v1:dev:reset:${clientIp(req)}`);\n  if (!limit.success) {\n    return tooManyRequests(limit);\n  }\n  if (!resetEnabled()) return Response.json({ error: 'disabled' }, { status: 403 });\n  const { email } = await req.json();\n  await db.user.update({ where: { email }, data: { resetToken: crypto.randomUUID() } });\n  return Response.json({ ok: true });\n};\n" }] }] },
    // An OpenAI-compatible chat call on a client the app exports from its own module (turboseek's togetherClient from @/utils/clients).
    { code: "import { togetherClient } from '@/utils/clients';\n\nexport async function POST(request: Request) {\n  const { question } = await request.json();\n  const res = await togetherClient.chat.completions.create({ model: 'llama-3-8b', messages: [{ role: 'user', content: question }] });\n  return Response.json(res.choices[0]?.message?.content ?? '');\n}\n", filename: 'app/api/getSimilarQuestions/route.ts', settings: helper, errors: [{ messageId: 'paidCall', line: 5, column: 21, suggestions: [{ messageId: 'addLimit', output: "import { togetherClient } from '@/utils/clients';\nimport { rateLimit, clientIp, tooManyRequests } from '@/lib/rate-limit';\n\nexport async function POST(request: Request) {\n  const limit = await rateLimit(`api:getSimilarQuestions:${clientIp(request)}`);\n  if (!limit.success) {\n    return tooManyRequests(limit);\n  }\n  const { question } = await request.json();\n  const res = await togetherClient.chat.completions.create({ model: 'llama-3-8b', messages: [{ role: 'user', content: question }] });\n  return Response.json(res.choices[0]?.message?.content ?? '');\n}\n" }] }] },
    // Twin: the helper is called before the limit, so its paid call runs unlimited.
    { code: "import { generateText } from 'ai';\nimport { ratelimit } from '@/lib/ratelimit';\n\nasync function ask(question: string) {\n  return generateText({ model: 'x', prompt: question });\n}\n\nexport async function POST(request: Request) {\n  const { question } = await request.json();\n  const answer = await ask(question);\n  const { success } = await ratelimit.limit(request.headers.get('x-real-ip') ?? 'anon');\n  if (!success) return new Response('Too many requests', { status: 429 });\n  return Response.json(answer);\n}\n", filename: 'app/api/q/route.ts', settings: helper, errors: [{ messageId: 'paidCall', line: 5, column: 10, suggestions: [{ messageId: 'addLimit', output: "import { generateText } from 'ai';\nimport { ratelimit } from '@/lib/ratelimit';\nimport { rateLimit, clientIp, tooManyRequests } from '@/lib/rate-limit';\n\nasync function ask(question: string) {\n  return generateText({ model: 'x', prompt: question });\n}\n\nexport async function POST(request: Request) {\n  const rateLimitResult = await rateLimit(`api:q:${clientIp(request)}`);\n  if (!rateLimitResult.success) {\n    return tooManyRequests(rateLimitResult);\n  }\n  const { question } = await request.json();\n  const answer = await ask(question);\n  const { success } = await ratelimit.limit(request.headers.get('x-real-ip') ?? 'anon');\n  if (!success) return new Response('Too many requests', { status: 429 });\n  return Response.json(answer);\n}\n" }] }] },
    // The paid call inside a same-file function wrapped in next/cache's unstable_cache (turboseek's getSimilarQuestions): calling the binding runs it.
    { code: "import { unstable_cache } from 'next/cache';\nimport { togetherClient } from '@/utils/clients';\n\nconst getCachedQuestions = unstable_cache(\n  async (question: string) => {\n    const res = await togetherClient.chat.completions.create({ model: 'llama-3-8b', messages: [{ role: 'user', content: question }] });\n    return res.choices[0]?.message?.content ?? '';\n  },\n  ['similar-questions'],\n  { revalidate: 3600 },\n);\n\nexport async function POST(request: Request) {\n  const { question } = await request.json();\n  return Response.json(await getCachedQuestions(question));\n}\n", filename: 'app/api/getSimilarQuestions/route.ts', settings: helper, errors: [{ messageId: 'paidCall', line: 6, column: 23, suggestions: [{ messageId: 'addLimit', output: "import { unstable_cache } from 'next/cache';\nimport { togetherClient } from '@/utils/clients';\nimport { rateLimit, clientIp, tooManyRequests } from '@/lib/rate-limit';\n\nconst getCachedQuestions = unstable_cache(\n  async (question: string) => {\n    const res = await togetherClient.chat.completions.create({ model: 'llama-3-8b', messages: [{ role: 'user', content: question }] });\n    return res.choices[0]?.message?.content ?? '';\n  },\n  ['similar-questions'],\n  { revalidate: 3600 },\n);\n\nexport async function POST(request: Request) {\n  const limit = await rateLimit(`api:getSimilarQuestions:${clientIp(request)}`);\n  if (!limit.success) {\n    return tooManyRequests(limit);\n  }\n  const { question } = await request.json();\n  return Response.json(await getCachedQuestions(question));\n}\n" }] }] },
    // A chain built around a paid LangChain model (pdftochat's ChatTogetherAI into createRAGChain, then .stream()).
    { code: "import { ChatTogetherAI } from '@langchain/community/chat_models/togetherai';\nimport { createRAGChain } from '@/utils/ragChain';\nimport { loadRetriever } from '@/utils/vector_store';\n\nexport async function POST(req: Request) {\n  const { messages, chatId } = await req.json();\n  const model = new ChatTogetherAI({ model: 'Qwen/Qwen3.5-9B', temperature: 0 });\n  const { retriever } = await loadRetriever({ chatId });\n  const ragChain = await createRAGChain(model, retriever);\n  const stream = await ragChain.stream({ input: messages.at(-1).content });\n  return new Response(stream);\n}\n", filename: 'app/api/chat/route.ts', errors: [{ messageId: 'paidCall', line: 10, column: 24, suggestions: [{ messageId: 'addLimit', output: "import { ChatTogetherAI } from '@langchain/community/chat_models/togetherai';\nimport { createRAGChain } from '@/utils/ragChain';\nimport { loadRetriever } from '@/utils/vector_store';\nimport { Ratelimit } from '@upstash/ratelimit';\nimport { Redis } from '@upstash/redis';\n\nexport async function POST(req: Request) {\n  const limit = await rateLimit(`api:chat:${clientIp(req)}`);\n  if (!limit.success) {\n    return tooManyRequests(limit);\n  }\n  const { messages, chatId } = await req.json();\n  const model = new ChatTogetherAI({ model: 'Qwen/Qwen3.5-9B', temperature: 0 });\n  const { retriever } = await loadRetriever({ chatId });\n  const ragChain = await createRAGChain(model, retriever);\n  const stream = await ragChain.stream({ input: messages.at(-1).content });\n  return new Response(stream);\n}\n\n/**\n * One limiter for the app, shared by every serverless instance through Redis (an in-memory counter\n * resets on every cold start and differs per instance). Reads UPSTASH_REDIS_REST_URL and\n * UPSTASH_REDIS_REST_TOKEN; `Redis.fromEnv()` throws at startup when they are missing.\n */\nconst ratelimit = new Ratelimit({\n  redis: Redis.fromEnv(),\n  limiter: Ratelimit.slidingWindow(10, '60 s'),\n  prefix: 'ratelimit',\n  analytics: false,\n});\n\ninterface RateLimitResult {\n  success: boolean;\n  limit: number;\n  remaining: number;\n  /** Epoch milliseconds when the window resets. */\n  reset: number;\n  retryAfterSeconds: number;\n}\n\n/**\n * Counts one request for `key` (`'chat:' + userId`, `'login:' + ip`, ...). Key by the authenticated\n * user where there is one, else by client IP; for sign-in also key by the account being attempted.\n */\nasync function rateLimit(key: string): Promise<RateLimitResult> {\n  const { success, limit, remaining, reset, pending } = await ratelimit.limit(key);\n  // Upstash may sync analytics / multi-region state in the background: never leave it dangling.\n  pending.catch(() => undefined);\n  return {\n    success,\n    limit,\n    remaining,\n    reset,\n    retryAfterSeconds: Math.max(1, Math.ceil((reset - Date.now()) / 1000)),\n  };\n}\n\ntype HeaderSource = Request | Headers | { headers: Record<string, string | string[] | undefined> };\n\nfunction header(source: HeaderSource, name: string): string | undefined {\n  if (source instanceof Headers) return source.get(name) ?? undefined;\n  if (source instanceof Request) return source.headers.get(name) ?? undefined;\n  const value = source.headers[name];\n  return Array.isArray(value) ? value[0] : value;\n}\n\n/**\n * The caller's IP as seen by the platform proxy (Vercel, Cloudflare, most load balancers set these;\n * the first `x-forwarded-for` entry is the client). Falls back to one shared bucket, never to \"no limit\".\n */\nfunction clientIp(source: HeaderSource): string {\n  const forwarded = header(source, 'x-forwarded-for')?.split(',')[0]?.trim();\n  return forwarded || header(source, 'x-real-ip') || header(source, 'cf-connecting-ip') || 'unknown';\n}\n\n/** The 429 response with the standard headers clients and SDKs back off on. */\nfunction tooManyRequests(result: RateLimitResult): Response {\n  return Response.json(\n    { error: 'Too many requests', retryAfter: result.retryAfterSeconds },\n    {\n      status: 429,\n      headers: {\n        'Retry-After': String(result.retryAfterSeconds),\n        'X-RateLimit-Limit': String(result.limit),\n        'X-RateLimit-Remaining': String(result.remaining),\n        'X-RateLimit-Reset': String(Math.ceil(result.reset / 1000)),\n      },\n    },\n  );\n}\n" }] }] },
    // The app's own credential check given the password makes a sign-in endpoint, whatever the path (linkwarden's /api/v1/session).
    { code: "import type { NextApiRequest, NextApiResponse } from \"next\";\nimport verifyByCredentials from \"@/lib/api/verifyByCredentials\";\nimport createSession from \"@/lib/api/controllers/session/createSession\";\n\nexport default async function session(req: NextApiRequest, res: NextApiResponse) {\n  const { username, password, sessionName } = req.body as { username: string; password: string; sessionName?: string };\n  const result = await verifyByCredentials({ username, password });\n  if (result.status !== \"success\") return res.status(400).json({ response: \"Invalid credentials.\" });\n  const token = await createSession(result.user.id, sessionName);\n  return res.status(token.status).json({ response: token.response });\n}\n", filename: 'pages/api/v1/session/index.ts', errors: [{ messageId: 'authEndpoint', line: 7, column: 24, suggestions: [{ messageId: 'addLimit', output: "import type { NextApiRequest, NextApiResponse } from \"next\";\nimport verifyByCredentials from \"@/lib/api/verifyByCredentials\";\nimport createSession from \"@/lib/api/controllers/session/createSession\";\nimport { Ratelimit } from '@upstash/ratelimit';\nimport { Redis } from '@upstash/redis';\n\nexport default async function session(req: NextApiRequest, res: NextApiResponse) {\n  const limit = await rateLimit(`api:v1:session:index:${clientIp(req)}`);\n  if (!limit.success) {\n    res.setHeader('Retry-After', String(limit.retryAfterSeconds));\n    return res.status(429).json({ error: 'Too many requests' });\n  }\n  const { username, password, sessionName } = req.body as { username: string; password: string; sessionName?: string };\n  const result = await verifyByCredentials({ username, password });\n  if (result.status !== \"success\") return res.status(400).json({ response: \"Invalid credentials.\" });\n  const token = await createSession(result.user.id, sessionName);\n  return res.status(token.status).json({ response: token.response });\n}\n\n/**\n * One limiter for the app, shared by every serverless instance through Redis (an in-memory counter\n * resets on every cold start and differs per instance). Reads UPSTASH_REDIS_REST_URL and\n * UPSTASH_REDIS_REST_TOKEN; `Redis.fromEnv()` throws at startup when they are missing.\n */\nconst ratelimit = new Ratelimit({\n  redis: Redis.fromEnv(),\n  limiter: Ratelimit.slidingWindow(10, '60 s'),\n  prefix: 'ratelimit',\n  analytics: false,\n});\n\ninterface RateLimitResult {\n  success: boolean;\n  limit: number;\n  remaining: number;\n  /** Epoch milliseconds when the window resets. */\n  reset: number;\n  retryAfterSeconds: number;\n}\n\n/**\n * Counts one request for `key` (`'chat:' + userId`, `'login:' + ip`, ...). Key by the authenticated\n * user where there is one, else by client IP; for sign-in also key by the account being attempted.\n */\nasync function rateLimit(key: string): Promise<RateLimitResult> {\n  const { success, limit, remaining, reset, pending } = await ratelimit.limit(key);\n  // Upstash may sync analytics / multi-region state in the background: never leave it dangling.\n  pending.catch(() => undefined);\n  return {\n    success,\n    limit,\n    remaining,\n    reset,\n    retryAfterSeconds: Math.max(1, Math.ceil((reset - Date.now()) / 1000)),\n  };\n}\n\ntype HeaderSource = Request | Headers | { headers: Record<string, string | string[] | undefined> };\n\nfunction header(source: HeaderSource, name: string): string | undefined {\n  if (source instanceof Headers) return source.get(name) ?? undefined;\n  if (source instanceof Request) return source.headers.get(name) ?? undefined;\n  const value = source.headers[name];\n  return Array.isArray(value) ? value[0] : value;\n}\n\n/**\n * The caller's IP as seen by the platform proxy (Vercel, Cloudflare, most load balancers set these;\n * the first `x-forwarded-for` entry is the client). Falls back to one shared bucket, never to \"no limit\".\n */\nfunction clientIp(source: HeaderSource): string {\n  const forwarded = header(source, 'x-forwarded-for')?.split(',')[0]?.trim();\n  return forwarded || header(source, 'x-real-ip') || header(source, 'cf-connecting-ip') || 'unknown';\n}\n" }] }] },
    // Paid search / crawl APIs spend per call like model APIs: Exa's SDK, Tavily through fetch (supermemory, morphic).
    { code: "import Exa from 'exa-js';\n\nconst exa = new Exa(process.env.EXA_API_KEY);\n\nexport async function POST(req: Request) {\n  const { query } = await req.json();\n  const results = await exa.searchAndContents(String(query), { numResults: 5 });\n  return Response.json(results);\n}\n", filename: 'app/api/search/route.ts', errors: [{ messageId: 'paidCall', line: 7, column: 25, suggestions: [{ messageId: 'addLimit', output: "import Exa from 'exa-js';\nimport { Ratelimit } from '@upstash/ratelimit';\nimport { Redis } from '@upstash/redis';\n\nconst exa = new Exa(process.env.EXA_API_KEY);\n\nexport async function POST(req: Request) {\n  const limit = await rateLimit(`api:search:${clientIp(req)}`);\n  if (!limit.success) {\n    return tooManyRequests(limit);\n  }\n  const { query } = await req.json();\n  const results = await exa.searchAndContents(String(query), { numResults: 5 });\n  return Response.json(results);\n}\n\n/**\n * One limiter for the app, shared by every serverless instance through Redis (an in-memory counter\n * resets on every cold start and differs per instance). Reads UPSTASH_REDIS_REST_URL and\n * UPSTASH_REDIS_REST_TOKEN; `Redis.fromEnv()` throws at startup when they are missing.\n */\nconst ratelimit = new Ratelimit({\n  redis: Redis.fromEnv(),\n  limiter: Ratelimit.slidingWindow(10, '60 s'),\n  prefix: 'ratelimit',\n  analytics: false,\n});\n\ninterface RateLimitResult {\n  success: boolean;\n  limit: number;\n  remaining: number;\n  /** Epoch milliseconds when the window resets. */\n  reset: number;\n  retryAfterSeconds: number;\n}\n\n/**\n * Counts one request for `key` (`'chat:' + userId`, `'login:' + ip`, ...). Key by the authenticated\n * user where there is one, else by client IP; for sign-in also key by the account being attempted.\n */\nasync function rateLimit(key: string): Promise<RateLimitResult> {\n  const { success, limit, remaining, reset, pending } = await ratelimit.limit(key);\n  // Upstash may sync analytics / multi-region state in the background: never leave it dangling.\n  pending.catch(() => undefined);\n  return {\n    success,\n    limit,\n    remaining,\n    reset,\n    retryAfterSeconds: Math.max(1, Math.ceil((reset - Date.now()) / 1000)),\n  };\n}\n\ntype HeaderSource = Request | Headers | { headers: Record<string, string | string[] | undefined> };\n\nfunction header(source: HeaderSource, name: string): string | undefined {\n  if (source instanceof Headers) return source.get(name) ?? undefined;\n  if (source instanceof Request) return source.headers.get(name) ?? undefined;\n  const value = source.headers[name];\n  return Array.isArray(value) ? value[0] : value;\n}\n\n/**\n * The caller's IP as seen by the platform proxy (Vercel, Cloudflare, most load balancers set these;\n * the first `x-forwarded-for` entry is the client). Falls back to one shared bucket, never to \"no limit\".\n */\nfunction clientIp(source: HeaderSource): string {\n  const forwarded = header(source, 'x-forwarded-for')?.split(',')[0]?.trim();\n  return forwarded || header(source, 'x-real-ip') || header(source, 'cf-connecting-ip') || 'unknown';\n}\n\n/** The 429 response with the standard headers clients and SDKs back off on. */\nfunction tooManyRequests(result: RateLimitResult): Response {\n  return Response.json(\n    { error: 'Too many requests', retryAfter: result.retryAfterSeconds },\n    {\n      status: 429,\n      headers: {\n        'Retry-After': String(result.retryAfterSeconds),\n        'X-RateLimit-Limit': String(result.limit),\n        'X-RateLimit-Remaining': String(result.remaining),\n        'X-RateLimit-Reset': String(Math.ceil(result.reset / 1000)),\n      },\n    },\n  );\n}\n" }] }] },
    { code: "export async function GET(req: Request) {\n  const q = new URL(req.url).searchParams.get('q') ?? '';\n  const res = await fetch('https://api.tavily.com/search', {\n    method: 'POST',\n    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.TAVILY_API_KEY}` },\n    body: JSON.stringify({ query: q }),\n    signal: AbortSignal.timeout(10_000),\n  });\n  return Response.json(await res.json());\n}\n", filename: 'app/api/search/route.ts', errors: [{ messageId: 'paidCall', line: 3, column: 21, suggestions: [{ messageId: 'addLimit', output: "import { Ratelimit } from '@upstash/ratelimit';\nimport { Redis } from '@upstash/redis';\nexport async function GET(req: Request) {\n  const limit = await rateLimit(`api:search:${clientIp(req)}`);\n  if (!limit.success) {\n    return tooManyRequests(limit);\n  }\n  const q = new URL(req.url).searchParams.get('q') ?? '';\n  const res = await fetch('https://api.tavily.com/search', {\n    method: 'POST',\n    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.TAVILY_API_KEY}` },\n    body: JSON.stringify({ query: q }),\n    signal: AbortSignal.timeout(10_000),\n  });\n  return Response.json(await res.json());\n}\n\n/**\n * One limiter for the app, shared by every serverless instance through Redis (an in-memory counter\n * resets on every cold start and differs per instance). Reads UPSTASH_REDIS_REST_URL and\n * UPSTASH_REDIS_REST_TOKEN; `Redis.fromEnv()` throws at startup when they are missing.\n */\nconst ratelimit = new Ratelimit({\n  redis: Redis.fromEnv(),\n  limiter: Ratelimit.slidingWindow(10, '60 s'),\n  prefix: 'ratelimit',\n  analytics: false,\n});\n\ninterface RateLimitResult {\n  success: boolean;\n  limit: number;\n  remaining: number;\n  /** Epoch milliseconds when the window resets. */\n  reset: number;\n  retryAfterSeconds: number;\n}\n\n/**\n * Counts one request for `key` (`'chat:' + userId`, `'login:' + ip`, ...). Key by the authenticated\n * user where there is one, else by client IP; for sign-in also key by the account being attempted.\n */\nasync function rateLimit(key: string): Promise<RateLimitResult> {\n  const { success, limit, remaining, reset, pending } = await ratelimit.limit(key);\n  // Upstash may sync analytics / multi-region state in the background: never leave it dangling.\n  pending.catch(() => undefined);\n  return {\n    success,\n    limit,\n    remaining,\n    reset,\n    retryAfterSeconds: Math.max(1, Math.ceil((reset - Date.now()) / 1000)),\n  };\n}\n\ntype HeaderSource = Request | Headers | { headers: Record<string, string | string[] | undefined> };\n\nfunction header(source: HeaderSource, name: string): string | undefined {\n  if (source instanceof Headers) return source.get(name) ?? undefined;\n  if (source instanceof Request) return source.headers.get(name) ?? undefined;\n  const value = source.headers[name];\n  return Array.isArray(value) ? value[0] : value;\n}\n\n/**\n * The caller's IP as seen by the platform proxy (Vercel, Cloudflare, most load balancers set these;\n * the first `x-forwarded-for` entry is the client). Falls back to one shared bucket, never to \"no limit\".\n */\nfunction clientIp(source: HeaderSource): string {\n  const forwarded = header(source, 'x-forwarded-for')?.split(',')[0]?.trim();\n  return forwarded || header(source, 'x-real-ip') || header(source, 'cf-connecting-ip') || 'unknown';\n}\n\n/** The 429 response with the standard headers clients and SDKs back off on. */\nfunction tooManyRequests(result: RateLimitResult): Response {\n  return Response.json(\n    { error: 'Too many requests', retryAfter: result.retryAfterSeconds },\n    {\n      status: 429,\n      headers: {\n        'Retry-After': String(result.retryAfterSeconds),\n        'X-RateLimit-Limit': String(result.limit),\n        'X-RateLimit-Remaining': String(result.remaining),\n        'X-RateLimit-Reset': String(Math.ceil(result.reset / 1000)),\n      },\n    },\n  );\n}\n" }] }] },
    // Its twin: an email sign-in sends a message per call (email bombing); the inline action is named as such.
    {
      code: "import { signIn } from '@/lib/auth';\nexport default function Page() {\n  return (\n    <form action={async () => {\n      'use server';\n      await signIn('resend', { redirectTo: '/' });\n    }}><button>Email</button></form>\n  );\n}\n",
      filename: 'app/login/page.tsx',
      settings: helper,
      errors: [{ messageId: 'authEndpoint', line: 6, data: { handler: 'The inline server action', what: 'by its path' }, suggestions: [{ messageId: 'addLimit', data: { handler: 'the handler' }, output: "import { signIn } from '@/lib/auth';\nimport { headers } from 'next/headers';\nimport { rateLimit, clientIp } from '@/lib/rate-limit';\nexport default function Page() {\n  return (\n    <form action={async () => {\n      'use server';\n      const limit = await rateLimit(`login:page:${clientIp(await headers())}`);\n      if (!limit.success) {\n        throw new Error(`Too many requests: retry in ${limit.retryAfterSeconds}s`);\n      }\n      await signIn('resend', { redirectTo: '/' });\n    }}><button>Email</button></form>\n  );\n}\n" }] }],
    },
    // Its twin: a six-digit code sent by email can be guessed: verifying it needs a limit.
    {
      code: "import { createClient } from '@/lib/supabase/server';\nexport async function POST(req: Request) {\n  const { email, token } = await req.json();\n  const supabase = await createClient();\n  const { error } = await supabase.auth.verifyOtp({ email, token, type: 'email' });\n  return Response.json({ ok: !error });\n}\n",
      filename: 'app/api/auth/verify/route.ts',
      settings: helper,
      errors: [{ messageId: 'authEndpoint', line: 5, suggestions: [{ messageId: 'addLimit', data: { handler: 'POST' }, output: "import { createClient } from '@/lib/supabase/server';\nimport { rateLimit, clientIp, tooManyRequests } from '@/lib/rate-limit';\nexport async function POST(req: Request) {\n  const limit = await rateLimit(`api:auth:verify:${clientIp(req)}`);\n  if (!limit.success) {\n    return tooManyRequests(limit);\n  }\n  const { email, token } = await req.json();\n  const supabase = await createClient();\n  const { error } = await supabase.auth.verifyOtp({ email, token, type: 'email' });\n  return Response.json({ ok: !error });\n}\n" }] }],
    },
    // Seed 002: an AI chat route with no limiter (inlined helper).
    {
      code: `import OpenAI from 'openai';
const openai = new OpenAI();
export async function POST(req: Request) {
  const { messages } = await req.json();
  const res = await openai.chat.completions.create({ model: 'gpt-4o', messages });
  return Response.json(res);
}
`,
      filename: 'app/api/chat/route.ts',
      errors: [
        {
          messageId: 'paidCall',
          line: 5,
          column: 21,
          endColumn: 51,
          data: { handler: 'POST handler', what: 'openai.chat.completions.create()' },
          suggestions: [{ messageId: 'addLimit', output: inlined() }],
        },
      ],
    },
    // AI SDK streamText, helper module configured.
    {
      code: `import { streamText } from 'ai';
import { openai } from '@ai-sdk/openai';
export async function POST(request: Request) {
  const { prompt } = await request.json();
  const result = streamText({ model: openai('gpt-4o-mini'), prompt });
  return result.toTextStreamResponse();
}`,
      filename: 'src/app/api/generate/route.ts',
      settings: helper,
      errors: [
        {
          messageId: 'paidCall',
          data: { handler: 'POST handler', what: "the AI SDK's streamText()" },
          suggestions: [
            {
              messageId: 'addLimit',
              output: `import { streamText } from 'ai';
import { openai } from '@ai-sdk/openai';
import { rateLimit, clientIp, tooManyRequests } from '@/lib/rate-limit';
export async function POST(request: Request) {
  const limit = await rateLimit(\`api:generate:\${clientIp(request)}\`);
  if (!limit.success) {
    return tooManyRequests(limit);
  }
  const { prompt } = await request.json();
  const result = streamText({ model: openai('gpt-4o-mini'), prompt });
  return result.toTextStreamResponse();
}`,
            },
          ],
        },
      ],
    },
    // fetch straight to the OpenAI REST API (JS route, no request param).
    {
      code: `export async function POST() {
  const r = await fetch('https://api.openai.com/v1/chat/completions', { method: 'POST', headers: { Authorization: \`Bearer \${process.env.OPENAI_API_KEY}\` }, body: '{}' });
  return new Response(r.body);
}`,
      filename: FILES.jsRoute,
      settings: helper,
      errors: [
        {
          messageId: 'paidCall',
          data: { handler: 'POST handler', what: 'a paid AI API through fetch' },
          suggestions: [
            {
              messageId: 'addLimit',
              output: `import { headers } from 'next/headers';
import { rateLimit, clientIp, tooManyRequests } from '@/lib/rate-limit';
export async function POST() {
  const limit = await rateLimit(\`api:example:\${clientIp(await headers())}\`);
  if (!limit.success) {
    return tooManyRequests(limit);
  }
  const r = await fetch('https://api.openai.com/v1/chat/completions', { method: 'POST', headers: { Authorization: \`Bearer \${process.env.OPENAI_API_KEY}\` }, body: '{}' });
  return new Response(r.body);
}`,
            },
          ],
        },
      ],
    },
    // Replicate in a server action.
    {
      code: `'use server';
import Replicate from 'replicate';
const replicate = new Replicate();
export async function upload(form: FormData) {
  const prediction = await replicate.predictions.create({ version: 'v', input: {} });
  return prediction.id;
}`,
      filename: FILES.action,
      settings: helper,
      errors: [
        {
          messageId: 'paidCall',
          suggestions: [
            {
              messageId: 'addLimit',
              output: `'use server';
import Replicate from 'replicate';
import { headers } from 'next/headers';
import { rateLimit, clientIp } from '@/lib/rate-limit';
const replicate = new Replicate();
export async function upload(form: FormData) {
  const limit = await rateLimit(\`upload:\${clientIp(await headers())}\`);
  if (!limit.success) {
    throw new Error(\`Too many requests: retry in \${limit.retryAfterSeconds}s\`);
  }
  const prediction = await replicate.predictions.create({ version: 'v', input: {} });
  return prediction.id;
}`,
            },
          ],
        },
      ],
    },
    // Pages API with Gemini.
    {
      code: `import { GoogleGenerativeAI } from '@google/generative-ai';
const genAI = new GoogleGenerativeAI(process.env.GEMINI_KEY);
export default async function handler(req, res) {
  const model = genAI.getGenerativeModel({ model: 'gemini-pro' });
  const out = await model.generateContent(req.body.prompt);
  res.json({ text: out.response.text() });
}`,
      filename: 'pages/api/gemini.js',
      settings: helper,
      errors: [
        {
          messageId: 'paidCall',
          line: 5,
          suggestions: [
            {
              messageId: 'addLimit',
              output: `import { GoogleGenerativeAI } from '@google/generative-ai';
import { rateLimit, clientIp } from '@/lib/rate-limit';
const genAI = new GoogleGenerativeAI(process.env.GEMINI_KEY);
export default async function handler(req, res) {
  const limit = await rateLimit(\`api:gemini:\${clientIp(req)}\`);
  if (!limit.success) {
    res.setHeader('Retry-After', String(limit.retryAfterSeconds));
    return res.status(429).json({ error: 'Too many requests' });
  }
  const model = genAI.getGenerativeModel({ model: 'gemini-pro' });
  const out = await model.generateContent(req.body.prompt);
  res.json({ text: out.response.text() });
}`,
            },
          ],
        },
      ],
    },
    // Twin: the same password check with no session read is a sign-in endpoint.
    {
      code: `'use server';
import bcrypt from 'bcryptjs';
import { prisma } from '@/lib/prisma';
export async function changePasswordAction(formData: FormData) {
  const user = await prisma.user.findUnique({ where: { email: String(formData.get('email')) } });
  const ok = await bcrypt.compare(String(formData.get('currentPassword')), user!.password_hash);
  if (!ok) return { success: false, error: 'Current password is incorrect' };
  return { success: true };
}`,
      filename: FILES.action,
      settings: helper,
      errors: [
        {
          messageId: 'authEndpoint',
          line: 6,
          column: 20,
          suggestions: [
            {
              messageId: 'addLimit',
              output: `'use server';
import bcrypt from 'bcryptjs';
import { prisma } from '@/lib/prisma';
import { headers } from 'next/headers';
import { rateLimit, clientIp } from '@/lib/rate-limit';
export async function changePasswordAction(formData: FormData) {
  const limit = await rateLimit(\`changePasswordAction:\${clientIp(await headers())}\`);
  if (!limit.success) {
    throw new Error(\`Too many requests: retry in \${limit.retryAfterSeconds}s\`);
  }
  const user = await prisma.user.findUnique({ where: { email: String(formData.get('email')) } });
  const ok = await bcrypt.compare(String(formData.get('currentPassword')), user!.password_hash);
  if (!ok) return { success: false, error: 'Current password is incorrect' };
  return { success: true };
}`,
            },
          ],
        },
      ],
    },
    // Supabase sign-in server action.
    {
      code: `'use server';
import { createClient } from '@/lib/supabase/server';
export async function signInAction(formData: FormData) {
  const supabase = await createClient();
  const { error } = await supabase.auth.signInWithPassword({ email: String(formData.get('email')), password: String(formData.get('password')) });
  return { error: error?.message };
}`,
      filename: FILES.action,
      settings: helper,
      errors: [
        {
          messageId: 'authEndpoint',
          line: 5,
          data: { handler: 'Server action signInAction', what: 'supabase.auth.signInWithPassword()' },
          suggestions: [
            {
              messageId: 'addLimit',
              output: `'use server';
import { createClient } from '@/lib/supabase/server';
import { headers } from 'next/headers';
import { rateLimit, clientIp } from '@/lib/rate-limit';
export async function signInAction(formData: FormData) {
  const limit = await rateLimit(\`signInAction:\${clientIp(await headers())}\`);
  if (!limit.success) {
    throw new Error(\`Too many requests: retry in \${limit.retryAfterSeconds}s\`);
  }
  const supabase = await createClient();
  const { error } = await supabase.auth.signInWithPassword({ email: String(formData.get('email')), password: String(formData.get('password')) });
  return { error: error?.message };
}`,
            },
          ],
        },
      ],
    },
    // Password reset e-mail (better-auth) in a route.
    {
      code: "import { auth } from '@/lib/auth';\nexport async function POST(req: Request) {\n  const { email } = await req.json();\n  await auth.api.forgetPassword({ body: { email } });\n  return Response.json({ ok: true });\n}",
      filename: FILES.route,
      settings: helper,
      errors: [{ messageId: 'authEndpoint', line: 4, suggestions: [{ messageId: 'addLimit', output: "import { auth } from '@/lib/auth';\nimport { rateLimit, clientIp, tooManyRequests } from '@/lib/rate-limit';\nexport async function POST(req: Request) {\n  const limit = await rateLimit(`api:example:${clientIp(req)}`);\n  if (!limit.success) {\n    return tooManyRequests(limit);\n  }\n  const { email } = await req.json();\n  await auth.api.forgetPassword({ body: { email } });\n  return Response.json({ ok: true });\n}" }] }],
    },
    // Login route by path with a bcrypt check.
    {
      code: "import bcryptjs from 'bcryptjs';\nimport User from '@/models/userModel';\nexport async function POST(request) {\n  const { email, password } = await request.json();\n  const user = await User.findOne({ email });\n  const ok = await bcryptjs.compare(password, user.password);\n  return Response.json({ ok });\n}",
      filename: 'src/app/api/users/login/route.js',
      settings: helper,
      errors: [{ messageId: 'authEndpoint', line: 6, data: { handler: 'POST handler', what: 'a password check (bcryptjs.compare)' }, suggestions: [{ messageId: 'addLimit', output: "import bcryptjs from 'bcryptjs';\nimport User from '@/models/userModel';\nimport { rateLimit, clientIp, tooManyRequests } from '@/lib/rate-limit';\nexport async function POST(request) {\n  const limit = await rateLimit(`api:users:login:${clientIp(request)}`);\n  if (!limit.success) {\n    return tooManyRequests(limit);\n  }\n  const { email, password } = await request.json();\n  const user = await User.findOne({ email });\n  const ok = await bcryptjs.compare(password, user.password);\n  return Response.json({ ok });\n}" }] }],
    },
    // Sign-up route by path (the first data call is reported).
    {
      code: "import { prisma } from '@/lib/prisma';\nexport async function POST(req: Request) {\n  const { email } = await req.json();\n  const existing = await prisma.user.findUnique({ where: { email } });\n  return Response.json({ existing: !!existing });\n}",
      filename: 'app/api/auth/signup/route.ts',
      settings: helper,
      errors: [{ messageId: 'authEndpoint', line: 4, data: { handler: 'POST handler', what: 'by its path' }, suggestions: [{ messageId: 'addLimit', output: "import { prisma } from '@/lib/prisma';\nimport { rateLimit, clientIp, tooManyRequests } from '@/lib/rate-limit';\nexport async function POST(req: Request) {\n  const limit = await rateLimit(`api:auth:signup:${clientIp(req)}`);\n  if (!limit.success) {\n    return tooManyRequests(limit);\n  }\n  const { email } = await req.json();\n  const existing = await prisma.user.findUnique({ where: { email } });\n  return Response.json({ existing: !!existing });\n}" }] }],
    },
    // A limit after the paid call does not protect it.
    {
      code: "import { generateText } from 'ai';\nimport { ratelimit } from '@/lib/rl';\nexport async function POST(req: Request) {\n  const { text } = await generateText({ model, prompt: 'x' });\n  await ratelimit.limit('k');\n  return Response.json({ text });\n}",
      filename: FILES.route,
      settings: helper,
      errors: [{ messageId: 'paidCall', line: 4, suggestions: [{ messageId: 'addLimit', output: "import { generateText } from 'ai';\nimport { ratelimit } from '@/lib/rl';\nimport { rateLimit, clientIp, tooManyRequests } from '@/lib/rate-limit';\nexport async function POST(req: Request) {\n  const rateLimitResult = await rateLimit(`api:example:${clientIp(req)}`);\n  if (!rateLimitResult.success) {\n    return tooManyRequests(rateLimitResult);\n  }\n  const { text } = await generateText({ model, prompt: 'x' });\n  await ratelimit.limit('k');\n  return Response.json({ text });\n}" }] }],
    },
  ],
});

function inlined(): string {
  const code = snippets['require-rate-limit']!.code;
  const body = code
    .split('\n')
    .filter((l) => !/^import\s/.test(l))
    .join('\n')
    .replace(/^export\s+(?=(?:async\s+)?(?:function|const|let|class|interface|type)\b)/gm, '')
    .trim();
  return `import OpenAI from 'openai';
import { Ratelimit } from '@upstash/ratelimit';
import { Redis } from '@upstash/redis';
const openai = new OpenAI();
export async function POST(req: Request) {
  const limit = await rateLimit(\`api:chat:\${clientIp(req)}\`);
  if (!limit.success) {
    return tooManyRequests(limit);
  }
  const { messages } = await req.json();
  const res = await openai.chat.completions.create({ model: 'gpt-4o', messages });
  return Response.json(res);
}

${body}
`;
}
