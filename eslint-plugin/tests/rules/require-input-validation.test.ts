import rule from '../../src/rules/require-input-validation';
import { ruleTester, FILES } from '../rule-tester';

/** polar's QStash downgrade example: the job handler QStash calls back with the body the app scheduled itself, `export`ed as `tail`. */
const QSTASH_JOB = (tail: string) =>
  `import { Polar } from '@polar-sh/sdk';\nimport { verifySignatureAppRouter } from '@upstash/qstash/nextjs';\n\nconst polar = new Polar({ accessToken: process.env.POLAR_ACCESS_TOKEN });\n\nasync function handler(req: Request) {\n  const { subscriptionId, newProductId } = await req.json();\n  const updated = await polar.subscriptions.update({ id: subscriptionId, subscriptionUpdate: { productId: newProductId } });\n  return Response.json({ success: true, updated });\n}\n\n${tail}\n`;

/** The suggestion output for `const <pattern> = await <req>.json();` in an App Router handler. */
function withSchema(code: string, o: { exportLine: string; pattern: string; req: string; fields: string[] }): { messageId: 'addSchema'; output: string }[] {
  let out = code
    .replace(
      `const ${o.pattern} = await ${o.req}.json();`,
      `const parsed = BodySchema.safeParse(await ${o.req}.json());\n  if (!parsed.success) {\n    return Response.json({ error: 'Invalid request body', issues: parsed.error.issues }, { status: 400 });\n  }\n  const ${o.pattern} = parsed.data;`,
    )
    .replace(o.exportLine, `const BodySchema = z.object({\n${o.fields.map((f) => `  ${f},`).join('\n')}\n});\n\n${o.exportLine}`);
  if (!out.includes("from 'zod'")) {
    const lines = out.split('\n');
    const last = lines.map((l) => /^import\s/.test(l)).lastIndexOf(true);
    lines.splice(last + 1, 0, "import { z } from 'zod';");
    out = lines.join('\n');
  }
  return [{ messageId: 'addSchema', output: out }];
}

const AI = "import { generateText } from 'ai';\nexport async function POST(request: Request) {\n  const { topic } = await request.json();\n  return generateText({ model, prompt: `Write a blog post about ${topic}` });\n}\n";
const STRIPE = "import Stripe from 'stripe';\nconst stripe = new Stripe(key);\nexport async function PUT(req: Request) {\n  const data = await req.json();\n  await stripe.checkout.sessions.create({ line_items: [{ price: data.priceId, quantity: 1 }] });\n}\n";
const SUPA = "export async function DELETE(req: Request) {\n  const { id } = await req.json();\n  await supabase.from('items').delete().eq('id', id);\n}\n";
const FORWARD =
  "export async function POST(req: Request) {\n  const { message, email } = await req.json();\n  await fetch('https://hooks.example.com', { method: 'POST', body: JSON.stringify({ message }) });\n  await fetch('https://hooks.example.com', { method: 'POST', body: String(email.trim()) });\n}\n";
const MONGO = "import User from '@/models/User';\nexport async function POST(req: Request) {\n  const { email, password } = await req.json();\n  const existing = await User.findOne({ email });\n  const user = new User({ email, password });\n  await user.save();\n  return Response.json({ id: user.id, existing: !!existing });\n}\n";

// A pass-through to a backend whose address is public (gpt-researcher's report proxies).
const PUBLIC_PROXY = (headers: string, base = 'process.env.NEXT_PUBLIC_BACKEND_URL') =>
  `export async function POST(request: Request) {\n  const backendUrl = ${base} || 'http://localhost:8000';\n  let body;\n  try {\n    body = await request.json();\n  } catch {\n    return Response.json({ error: 'Invalid JSON' }, { status: 400 });\n  }\n  const res = await fetch(\`\${backendUrl}/api/reports\`, {\n    method: 'POST',\n    headers: { ${headers} },\n    body: JSON.stringify(body),\n  });\n  return Response.json(await res.json(), { status: res.status });\n}\n`;

// A pass-through to a route of this same app, at the request's own origin, with the caller's cookie (invitation-app's
// admin proxies).
const OWN_ORIGIN_PROXY = (headers: string) =>
  `function originFrom(req: Request) {\n  return new URL(req.url).origin;\n}\n\nexport async function PATCH(req: Request, { params }: { params: { slug: string } }) {\n  const target = \`\${originFrom(req)}/api/admin/events/\${encodeURIComponent(params.slug)}/registration\`;\n  const body = await req.text();\n  const res = await fetch(target, {\n    method: 'PATCH',\n    headers: { ${headers} },\n    body,\n    cache: 'no-store',\n  });\n  return Response.json(await res.json(), { status: res.status });\n}\n`;

// The AI SDK's provider options (the internal-knowledge-base template's file filter, read by its own RAG middleware).
const PROVIDER_META = (field: string, meta: string) =>
  `import { streamText } from 'ai';\nimport { customModel } from '@/ai';\n\nexport async function POST(request: Request) {\n  const { ${field} } = await request.json();\n  const result = streamText({\n    model: customModel,\n    prompt: 'Answer from the selected files.',\n    ${meta},\n  });\n  return result.toDataStreamResponse();\n}\n`;

// A prompt composed from a body field (open-researcher's follow-up route): the message names the field the client sends.
const COMPOSED_PROMPT =
  "import Anthropic from '@anthropic-ai/sdk';\n\nconst anthropic = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY, timeout: 30_000 });\n\nexport async function POST(req: Request) {\n  const { query } = await req.json();\n  if (!query) return Response.json({ error: 'Query is required' }, { status: 400 });\n  const prompt = `Based on this search query: \"${query}\"\\nGenerate 5 follow-up questions.`;\n  const response = await anthropic.messages.create({ model: 'claude-3-haiku-20240307', max_tokens: 300, messages: [{ role: 'user', content: prompt }] });\n  return Response.json(response.content);\n}\n";

/** A chat route handing the client's messages and model id to the AI SDK through its conversions (miniperplx's chat route), `body` the read of the body. */
const CHAT_CONVERT = (body: string) =>
  `import { xai } from '@ai-sdk/xai';\nimport { convertToCoreMessages, streamText } from 'ai';\nimport { z } from 'zod';\n\nconst ChatSchema = z.object({ messages: z.array(z.object({ role: z.enum(['user', 'assistant']), content: z.string().max(10_000) })).max(100), model: z.enum(['grok-2-1212', 'grok-beta']) });\n\nexport async function POST(req: Request) {\n  const { messages, model } = ${body};\n  const result = streamText({\n    model: xai(model),\n    messages: convertToCoreMessages(messages),\n    system: 'You are a search assistant.',\n  });\n  return result.toDataStreamResponse();\n}\n`;
/** An OTP sign-in route (chadnext's verify-otp): the user looked up by the body's email, then the code checked; `check` the validation before the lookup. */
const VERIFY_OTP = (check: string) =>
  `import { prisma } from '~/lib/server/db';\nimport { verifyVerificationCode, verifyInput } from '~/lib/server/auth';\n\nexport const POST = async (req: Request) => {\n  const body = await req.json();\n${check}  const user = await prisma.user.findFirst({ where: { email: body.email }, select: { id: true, email: true } });\n  if (!user) return new Response('User not found', { status: 400 });\n  const isValid = await verifyVerificationCode({ id: user.id, email: user.email }, body.code);\n  if (!isValid) return new Response('Invalid OTP', { status: 400 });\n  return new Response(null, { status: 200 });\n};\n`;

/** lawyergpt's chat route: the converted messages bound to a local before the model call. */
const LAWYER_CHAT = "import { convertToCoreMessages, streamText } from 'ai';\nimport { google } from '@/lib/ai/google';\n\nexport async function POST(req: Request) {\n  const { messages } = await req.json();\n  const m = convertToCoreMessages(messages);\n  const result = await streamText({ model: google('gemini-1.5-flash'), messages: m });\n  return result.toDataStreamResponse();\n}\n";
/** A provider the route creates itself (`createOpenAI`), handed the body's model id. */
const CREATED_PROVIDER = "import { createOpenAI } from '@ai-sdk/openai';\nimport { generateText } from 'ai';\n\nconst openai = createOpenAI({ apiKey: process.env.OPENAI_API_KEY });\n\nexport async function POST(req: Request) {\n  const body = await req.json();\n  const { text } = await generateText({ model: openai.chat(body.model), prompt: 'Say hello.' });\n  return Response.json({ text });\n}\n";

/** sixtyoneeightychat's chat route: the converted messages, filtered, before the model call. */
const CONVERTED_FILTERED = "import { convertToCoreMessages, streamText } from 'ai';\nimport { geminiProModel } from '@/ai';\n\nexport async function POST(request: Request) {\n  const { id, messages } = await request.json();\n  const coreMessages = convertToCoreMessages(messages).filter((message) => message.content.length > 0);\n  const result = await streamText({ model: geminiProModel, messages: coreMessages });\n  return result.toDataStreamResponse({ headers: { 'x-chat-id': String(id) } });\n}\n";

/** A body tested field by field with typeof (dub's support chat route): `checks` is the test, `sent` what reaches the model. */
const TYPEOF_FIELDS = (checks: string, sent: string, between = '') =>
  `import { streamText } from 'ai';\nimport { anthropic } from '@ai-sdk/anthropic';\n\nexport async function POST(req: Request) {\n  const body = await req.json();\n  if (${checks}) return new Response('Invalid body', { status: 400 });\n${between}  const result = streamText({ model: anthropic('claude-sonnet-4-6'), ${sent} });\n  return result.toUIMessageStreamResponse();\n}\n`;

/** mi-turno's account update (Pages API, mongoose): the update object is built member by member; `writes` fill it. */
const MEMBER_WRITES = (writes: string) =>
  `import Account from '../../../models/account';\n\nexport default async function handler(req, res) {\n  const { id } = req.query;\n  const { password, ...fields } = req.body;\n  const changes = {};\n${writes}  const account = await Account.findByIdAndUpdate(id, changes, { new: true });\n  res.status(200).json(account);\n}\n`;

ruleTester.run('require-input-validation', rule, {
  valid: [
    // The body handed whole to a schema, then its parsed value to the model: validated.
    { code: "import { z } from 'zod';\nimport Booking from '../../../models/booking';\n\nconst BookingInput = z.object({ date: z.string(), slot: z.string() });\n\nexport default async function handler(req, res) {\n  const input = BookingInput.parse(req.body);\n  const booking = await Booking.create(input);\n  res.status(201).send(booking);\n}\n", filename: 'pages/api/booking/create.js' },
    // Twin: the same Mux asset created from a body parsed with a schema.
    { code: "import Mux from '@mux/mux-node';\nimport { z } from 'zod';\n\nconst mux = new Mux({ tokenId: process.env.MUX_TOKEN_ID, tokenSecret: process.env.MUX_TOKEN_SECRET });\nconst Body = z.object({ videoUrl: z.string().url().max(2048) });\n\nexport async function POST(request: Request) {\n  const parsed = Body.safeParse(await request.json());\n  if (!parsed.success) return Response.json({ error: 'Invalid body' }, { status: 400 });\n  const asset = await mux.video.assets.create({ input: parsed.data.videoUrl, playback_policy: ['public'] });\n  return Response.json({ assetId: asset.id });\n}\n", filename: 'app/api/videos/route.ts' },
    // A QStash job handler behind `verifySignatureAppRouter` (polar's examples): the body is the app's own scheduled message, signed by QStash.
    { code: QSTASH_JOB('export const POST = verifySignatureAppRouter(handler);'), filename: 'app/api/execute-downgrade/route.ts' },
    // An entry of the provider options under the app's own key, not a provider's id: no provider reads it, the app's language-model
    // middleware takes it from params.providerMetadata in another file (ai-sdk-preview-internal-knowledge-base's chat route).
    { code: PROVIDER_META('selectedFilePathnames', 'experimental_providerMetadata: { files: { selection: selectedFilePathnames } }'), filename: FILES.route },
    // giselle's document upload: `.filter((item): item is File => item instanceof File)` keeps only File objects; each file's name reaches the insert as a string.
    { code: "import { db, documents } from '@/db';\n\nexport async function POST(request: Request) {\n  const formData = await request.formData();\n  const files = formData.getAll('files').filter((item): item is File => item instanceof File);\n  if (files.length === 0) return Response.json({ error: 'No files provided' }, { status: 400 });\n  for (const file of files) {\n    await db.insert(documents).values({ originalFileName: file.name.trim(), size: file.size });\n  }\n  return Response.json({ ok: true });\n}\n", filename: "app/api/documents/route.ts" },
    // A body array iterated with `for ... of`, each element checked with typeof and rejected first: validated.
    { code: "import { db } from '@/lib/db';\n\nexport async function PUT(req: Request) {\n  const { list } = await req.json();\n  for (const item of list) {\n    if (typeof item.id !== 'string' || typeof item.position !== 'number') return new Response('Bad request', { status: 400 });\n  }\n  for (const item of list) {\n    await db.chapter.update({ where: { id: item.id }, data: { position: item.position } });\n  }\n  return new Response('Success', { status: 200 });\n}\n", filename: "app/api/chapters/reorder/route.ts" },
    // A body array iterated after safeParse: its elements are validated values.
    { code: "import { db } from '@/lib/db';\nimport { z } from 'zod';\nconst Reorder = z.object({ list: z.array(z.object({ id: z.string(), position: z.number().int() })) });\n\nexport async function PUT(req: Request) {\n  const parsed = Reorder.safeParse(await req.json());\n  if (!parsed.success) return new Response('Bad request', { status: 400 });\n  for (const item of parsed.data.list) {\n    await db.chapter.update({ where: { id: item.id }, data: { position: item.position } });\n  }\n  return new Response('Success', { status: 200 });\n}\n", filename: "app/api/chapters/reorder/route.ts" },
    // the openai v3 client's messages parsed with a schema first (the fixed next13-ai-saas route)
    { code: "import { Configuration, OpenAIApi } from 'openai';\nimport { z } from 'zod';\nconst openai = new OpenAIApi(new Configuration({ apiKey: process.env.OPENAI_API_KEY }));\nconst BodySchema = z.object({\n  messages: z.array(z.object({ role: z.enum(['user', 'assistant']), content: z.string().max(10_000) })).max(100),\n});\n\nexport async function POST(req: Request) {\n  const parsed = BodySchema.safeParse(await req.json());\n  if (!parsed.success) {\n    return Response.json({ error: 'Invalid request body', issues: parsed.error.issues }, { status: 400 });\n  }\n  const { messages } = parsed.data;\n  if (!messages) return new Response('Messages are required', { status: 400 });\n  const r = await openai.createChatCompletion({ model: 'gpt-3.5-turbo', messages: [{ role: 'system', content: 'You are a code generator.' }, ...messages] });\n  return Response.json(r.data.choices[0].message);\n}\n", filename: FILES.route },
    // firegeo's brand-monitor proxies: the body forwarded to a path on the caller's own origin (new URL('/geo/...', request.url)) with only static or caller-sent headers: the browser can send it there itself, so that route's validation is the one that holds.
    {"code": "import { NextRequest, NextResponse } from 'next/server';\nimport { auth } from '@/lib/auth';\n\nexport async function POST(request: NextRequest) {\n  const session = await auth.api.getSession({ headers: request.headers });\n  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });\n\n  const body = await request.json();\n  const upstreamUrl = new URL('/geo/app/api/batch-scrape', request.url);\n  const res = await fetch(upstreamUrl, {\n    method: 'POST',\n    headers: {\n      'Content-Type': 'application/json',\n      'User-Agent': request.headers.get('user-agent') || '',\n    },\n    body: JSON.stringify(body),\n  });\n  return NextResponse.json(await res.json(), { status: res.status });\n}\n", "filename": "app/api/brand-monitor/batch-scrape/route.ts"},
    // open-deep-research's chat route: a body flag only tested by a ternary (deepResearch ? allTools : searchTools) picks a constant; its value never reaches the call.
    {"code": "import { streamText } from 'ai';\n\nexport async function POST(request: Request) {\n  const session = await auth();\n  if (!session?.user) return new Response('Unauthorized', { status: 401 });\n  const { deepResearch = false }: { deepResearch?: boolean } = await request.json();\n  const result = streamText({\n    model,\n    system: SYSTEM_PROMPT,\n    prompt: 'Summarize the latest results.',\n    experimental_activeTools: deepResearch ? allTools : searchTools,\n  });\n  return result.toDataStreamResponse();\n}\n", "filename": "app/api/chat/route.ts"},
    // giselle's updateTeamMemberRole: a type guard that compares the value itself with literals (`role === 'admin' ||
    // role === 'member'`) narrows it to the enum.
    { code: "'use server';\nimport { eq } from 'drizzle-orm';\nimport { db, memberships } from '@/db';\n\ntype TeamRole = 'admin' | 'member';\n\nfunction isTeamRole(role: string): role is TeamRole {\n  return role === 'admin' || role === 'member';\n}\n\nexport async function updateMemberRole(formData: FormData) {\n  const role = formData.get('role') as string;\n  if (!isTeamRole(role)) throw new Error('Invalid role');\n  await db.update(memberships).set({ role }).where(eq(memberships.id, 1));\n}\n", filename: 'app/settings/team/actions.ts' },
    // SajiloReserveX's lead form: a type guard the file declares (`value is LeadPayload`, checked with typeof) with an early 400.
    { code: "import { createClient } from '@/lib/supabase/server';\n\ntype LeadPayload = { email: string };\n\nfunction isLeadPayload(value: unknown): value is LeadPayload {\n  return typeof value === 'object' && value !== null && typeof (value as { email?: unknown }).email === 'string';\n}\n\nexport async function POST(req: Request) {\n  const body = await req.json();\n  if (!isLeadPayload(body)) {\n    return Response.json({ error: 'Email is required' }, { status: 400 });\n  }\n  const supabase = await createClient();\n  await supabase.from('leads').insert({ email: body.email });\n  return Response.json({});\n}\n", filename: 'app/api/lead/route.ts' },
    // A field coerced to a string and cut to a maximum length (openlit's prompt-improve route): a bounded string whatever was sent.
    { code: "import { generateText } from 'ai';\nimport { model } from '@/lib/ai';\n\nconst MAX_PROMPT_LENGTH = 20_000;\n\nexport async function POST(request: Request) {\n  const body = await request.json();\n  const prompt = String(body?.prompt || '').slice(0, MAX_PROMPT_LENGTH);\n  if (!prompt.trim()) return Response.json({ error: 'prompt required' }, { status: 400 });\n  const { text } = await generateText({ model, prompt: `Review this prompt:\\n${prompt}` });\n  return Response.json({ text });\n}\n", filename: FILES.route },
    // A field checked against its allowed literals with an early exit: as validated as by an enum schema.
    { code: "import { NextResponse } from 'next/server';\nimport { eq } from 'drizzle-orm';\nimport { db } from '@/db';\nimport { supportMessages } from '@/db/schema';\n\nexport async function PATCH(request: Request, { params }: { params: Promise<{ id: string }> }) {\n  const { id } = await params;\n  const body = (await request.json()) as { status: string };\n  const status = body.status;\n  if (status !== 'open' && status !== 'resolved') {\n    return NextResponse.json({ error: 'Invalid status' }, { status: 400 });\n  }\n  const [updated] = await db.update(supportMessages).set({ status, updatedAt: new Date() }).where(eq(supportMessages.id, id)).returning();\n  return NextResponse.json({ message: updated });\n}\n", filename: "app/api/support-messages/[id]/route.ts" },
    // typeof-narrowed conditional: only a string reaches the query (linkwarden).
    { code: "import { prisma } from \"@/lib/prisma\";\nimport type { NextApiRequest, NextApiResponse } from \"next\";\n\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  if (req.method !== \"POST\") return res.status(405).json({ response: \"Method not allowed.\" });\n\n  // typeof-guarded: a non-string becomes \"\", so only a string reaches the lookup\n  const email =\n    typeof req.body.email === \"string\" ? req.body.email.toLowerCase().trim() : \"\";\n\n  const user = await prisma.user.findUnique({ where: { email } });\n  if (!user) return res.status(400).json({ response: \"Invalid email.\" });\n  return res.status(200).json({ response: \"ok\" });\n}\n", filename: 'pages/api/auth/request-verification-email.ts' },
    // A proxy that authenticates with the caller's own API key from the body (supermemory's graph playground):
    // the upstream API validates and answers the caller.
    { code: "import { NextResponse } from \"next/server\"\n\nexport async function POST(request: Request) {\n\tconst body = await request.json()\n\tconst { apiKey, page = 1, limit = 500 } = body\n\tif (!apiKey) return NextResponse.json({ error: \"API key is required\" }, { status: 400 })\n\tconst response = await fetch(\"https://api.supermemory.ai/v3/documents/documents\", {\n\t\tmethod: \"POST\",\n\t\theaders: { \"Content-Type\": \"application/json\", Authorization: `Bearer ${apiKey}` },\n\t\tbody: JSON.stringify({ page, limit }),\n\t\tsignal: AbortSignal.timeout(10_000),\n\t})\n\treturn NextResponse.json(await response.json())\n}\n", filename: 'app/api/graph/route.ts' },
    // ailaunch-space's newsletter route: the type guard is a method of the app's helper object, `validation.isValidEmail(email.trim())`,
    // with an early exit; the normalized email derives from the checked field.
    { code: "import { validation } from '@/lib/rate-limit';\nimport { supabase } from '@/lib/supabase';\n\nexport async function POST(request: Request) {\n  const { email } = JSON.parse(await request.text());\n  if (!validation.isValidEmail(email.trim())) {\n    return Response.json({ error: 'Invalid email' }, { status: 400 });\n  }\n  const normalizedEmail = email.trim().toLowerCase();\n  const { data } = await supabase.from('newsletter').select('id').eq('email', normalizedEmail).maybeSingle();\n  return Response.json({ subscribed: !!data });\n}\n", filename: 'app/api/newsletter/route.ts' },
    // The app's type guard `isValidProductCode(code)` (`code in PRODUCTS`) with an early exit checks the field as an
    // enum schema would (a fortune-telling app's payment-intent route).
    { code: "import prisma from '@/lib/prisma';\nimport { isValidProductCode } from '@/lib/payments/products';\n\nexport async function POST(req: Request) {\n  const { productCode } = await req.json();\n  if (!isValidProductCode(productCode)) {\n    return Response.json({ error: 'Invalid product code' }, { status: 400 });\n  }\n  const intent = await prisma.paymentIntent.create({ data: { productCode, status: 'CREATED' } });\n  return Response.json({ intent });\n}\n", filename: 'app/api/payments/intent/route.ts' },
    // A dev-only route that leaves at once in production (a fortune-telling app's `api/dev/credit` grant): it takes no
    // request there.
    { code: "import prisma from '@/lib/prisma';\n\nexport async function POST(req: Request) {\n  if (process.env.NODE_ENV === 'production') {\n    return Response.json({ error: 'Not available' }, { status: 403 });\n  }\n  const { email, amount = 10 } = await req.json();\n  const user = await prisma.user.update({ where: { email }, data: { creditBalance: { increment: amount } } });\n  return Response.json({ credits: user.creditBalance });\n}\n", filename: 'app/api/dev/credit/route.ts' },
    // An allowlist check against a constant list of literals validates the field (opportumap's tool-usage route).
    { code: "import { createClient } from '@/lib/supabase/server';\n\nconst TOOLS = ['match', 'visa', 'resume', 'cover-letter'];\n\nexport async function POST(req) {\n  const supabase = await createClient();\n  const { data: { user } } = await supabase.auth.getUser();\n  if (!user) return Response.json({ ok: false }, { status: 401 });\n  const { tool } = await req.json();\n  if (!TOOLS.includes(tool)) return Response.json({ ok: false, error: 'invalid tool' }, { status: 400 });\n  await supabase.from('user_tool_usage').upsert({ user_id: user.id, tool, used_at: new Date().toISOString() });\n  return Response.json({ ok: true });\n}\n", filename: 'app/api/tool-usage/route.js' },
    { code: "import { createClient } from '@/lib/supabase/server';\n\nconst TOOLS = new Set(['match', 'visa', 'resume', 'cover-letter'] as const);\n\nexport async function POST(req) {\n  const supabase = await createClient();\n  const { data: { user } } = await supabase.auth.getUser();\n  if (!user) return Response.json({ ok: false }, { status: 401 });\n  const { tool } = await req.json();\n  if (!TOOLS.has(tool)) return Response.json({ ok: false, error: 'invalid tool' }, { status: 400 });\n  await supabase.from('user_tool_usage').upsert({ user_id: user.id, tool, used_at: new Date().toISOString() });\n  return Response.json({ ok: true });\n}\n", filename: 'app/api/tool-usage/route.ts' },
    // An allowlist Set built from one field of a constant list of options (chimera-leads' lead status route:
    // `new Set(LEAD_STATUSES.map((s) => s.value))`, LEAD_STATUSES an `as const` list of the app's constants module).
    { code: "import { NextResponse, type NextRequest } from 'next/server';\nimport { createAdminClient } from '@/lib/supabase/admin';\nimport { LEAD_STATUSES, type LeadStatus } from '@/lib/constants/leads';\n\nconst ALLOWED_STATUSES = new Set(LEAD_STATUSES.map((status) => status.value));\n\nexport async function PATCH(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {\n  const { id } = await params;\n  const body = await request.json();\n  const status = body.status as LeadStatus | undefined;\n  if (!status || !ALLOWED_STATUSES.has(status)) {\n    return NextResponse.json({ error: 'Invalid status value' }, { status: 400 });\n  }\n  const supabase = createAdminClient();\n  await supabase.from('sales_leads').update({ status }).eq('id', id);\n  return NextResponse.json({ success: true });\n}\n", filename: 'app/api/leads/[id]/status/route.ts' },
    // The same with a module `const` list of option objects whose fields are literals.
    { code: "import { createClient } from '@/lib/supabase/server';\n\nconst STAGES = [{ value: 'new', label: 'New' }, { value: 'won', label: 'Won' }];\n\nexport async function POST(req: Request) {\n  const { stage } = await req.json();\n  if (!STAGES.map((s) => s.value).includes(stage)) return Response.json({ error: 'invalid stage' }, { status: 400 });\n  const supabase = await createClient();\n  await supabase.from('deals').insert({ stage });\n  return Response.json({ ok: true });\n}\n", filename: 'app/api/deals/route.ts' },
    // Array.isArray(tags) && tags.every((t) => typeof t === 'string') proves string[] (zola's favorite models).
    { code: "import { createClient } from \"@/lib/supabase/server\"\n\nexport async function POST(req: Request) {\n  const supabase = await createClient()\n  const { data: { user } } = await supabase.auth.getUser()\n  if (!user) return Response.json({ error: \"Unauthorized\" }, { status: 401 })\n  const { tags } = await req.json()\n  if (!Array.isArray(tags) || !tags.every((t) => typeof t === \"string\")) {\n    return Response.json({ error: \"tags must be an array of strings\" }, { status: 400 })\n  }\n  await supabase.from(\"profiles\").update({ tags }).eq(\"id\", user.id)\n  return Response.json({ ok: true })\n}\n", filename: "app/api/tags/route.ts" },
    // A for-of loop whose typeof checks on each element reject the request checks every element, like `.every()` (DoppelCart's research route).
    { code: "import { createClient } from '@/lib/supabase/server';\n\nexport async function POST(req: Request) {\n  const supabase = await createClient();\n  const { data: { user } } = await supabase.auth.getUser();\n  if (!user) return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  const { title, messages } = await req.json();\n  if (typeof title !== 'string' || title.length > 200) return Response.json({ error: 'bad title' }, { status: 400 });\n  if (!Array.isArray(messages) || messages.length > 50) return Response.json({ error: 'bad messages' }, { status: 400 });\n  for (const msg of messages) {\n    if (typeof msg.role !== 'string' || !['user', 'assistant'].includes(msg.role)) {\n      return Response.json({ error: 'bad role' }, { status: 400 });\n    }\n    if (typeof msg.content !== 'string' || msg.content.length > 10000) {\n      return Response.json({ error: 'bad content' }, { status: 400 });\n    }\n  }\n  await supabase.from('research').insert({ user_id: user.id, title, input_context: { messages } });\n  return Response.json({ ok: true });\n}\n", filename: "app/api/research/execute/route.ts" },

    // body passed whole into a validator
    { code: "import { z } from 'zod';\nconst S = z.object({ name: z.string() });\nexport async function POST(req: Request) {\n  const { name } = S.parse(await req.json());\n  await prisma.user.create({ data: { name } });\n}", filename: FILES.route },
    { code: "export async function POST(req: Request) {\n  const parsed = Schema.safeParse(await req.json());\n  if (!parsed.success) return Response.json({}, { status: 400 });\n  await prisma.post.create({ data: parsed.data });\n}", filename: FILES.route },
    { code: "export async function POST(req: Request) {\n  const body = await req.json();\n  const data = await Schema.parseAsync(body);\n  await db.insert(posts).values(data);\n}", filename: FILES.route },
    // a validated variable flows on (body checked, then used)
    { code: "export async function POST(req: Request) {\n  const body = await req.json();\n  const r = Schema.safeParse(body);\n  if (!r.success) return new Response(null, { status: 400 });\n  await prisma.post.create({ data: { title: body.title } });\n}", filename: FILES.route },
    // valibot, yup, superstruct, joi
    { code: "import * as v from 'valibot';\nexport async function POST(req: Request) {\n  const input = v.parse(Schema, await req.json());\n  await prisma.x.create({ data: input });\n}", filename: FILES.route },
    { code: "import { parse } from 'valibot';\nexport async function POST(req: Request) {\n  const body = await req.json();\n  const input = parse(Schema, body);\n  await prisma.x.create({ data: input });\n}", filename: FILES.route },
    { code: "export default async function handler(req, res) {\n  const body = await userSchema.validate(req.body);\n  await prisma.user.create({ data: body });\n}", filename: FILES.pagesApi },
    { code: "import { assert } from 'superstruct';\nexport default async function handler(req, res) {\n  const body = req.body;\n  assert(body, User);\n  await User.create(body);\n}", filename: FILES.pagesApi },
    // a local validator helper and configured names
    { code: "export async function POST(req: Request) {\n  const body = await req.json();\n  const input = validateBody(body);\n  await prisma.x.create({ data: input });\n}", filename: FILES.route },
    { code: "export async function POST(req: Request) {\n  const body = await req.json();\n  const input = checkInput(body);\n  await prisma.x.create({ data: input });\n}", filename: FILES.route, options: [{ validators: ['checkInput'] }] },
    // typeof checks count as validation
    { code: "export async function POST(req: Request) {\n  const { name } = await req.json();\n  if (typeof name !== 'string' || name.length > 100) return new Response(null, { status: 400 });\n  await prisma.team.create({ data: { name } });\n}", filename: FILES.route },
    // fields that reach no sink (logging, responses, imported helpers)
    { code: "export async function POST(req: Request) {\n  const { email } = await req.json();\n  console.log(email);\n  return Response.json({ email });\n}", filename: FILES.route },
    { code: "import { createNewProduct } from '@/lib/products';\nexport default async function handler(req, res) {\n  const { updates } = req.body;\n  await createNewProduct(updates);\n}", filename: FILES.pagesApi },
    // webhook payloads (verified by signature) are skipped by default
    { code: "export async function POST(req: Request) {\n  const event = await req.json();\n  await prisma.event.create({ data: event });\n}", filename: 'app/api/webhooks/stripe/route.ts' },
    // sign-in calls only look credentials up
    { code: "'use server';\nexport async function signIn(formData: FormData) {\n  const email = String(formData.get('email')).trim();\n  const password = String(formData.get('password'));\n  await supabase.auth.signInWithPassword({ email, password });\n}", filename: FILES.action },
    // not a request handler file / client code / tests
    { code: "export async function save(body) { await prisma.post.create({ data: body }); }", filename: FILES.lib },
    { code: "'use client';\nexport async function send(req) { const b = await req.json(); await fetch('/api', { method: 'POST', body: JSON.stringify(b) }); }", filename: FILES.component },
    // the request's id from the session, not the body
    { code: "export async function DELETE(req: Request) {\n  const session = await auth();\n  await prisma.post.deleteMany({ where: { authorId: session.user.id } });\n}", filename: FILES.route },
    // a pass-through to a backend the app ships the address of (NEXT_PUBLIC_), adding no server credential:
    // the browser can call that backend itself, so its validation is the one that holds
    { code: PUBLIC_PROXY("'Content-Type': 'application/json'"), filename: 'app/api/reports/route.ts' },
    { code: OWN_ORIGIN_PROXY("'content-type': req.headers.get('content-type') || 'application/json', cookie: req.headers.get('cookie') ?? ''"), filename: 'app/admin/api/events/[slug]/registration/route.ts' },
    // An App Router handler's `request.body` is the Web Request's stream: a reverse proxy hands the bytes on
    // unread (vercel/ai's Kasada bot-protection example), no field is taken from it.
    { code: "const UPSTREAM = 'bot-protection.example.com';\n\nasync function handler(request: Request) {\n  const url = new URL(request.url);\n  url.host = UPSTREAM;\n  const headers = new Headers(request.headers);\n  headers.delete('host');\n  const r = await fetch(url.toString(), {\n    method: request.method,\n    body: request.body,\n    headers,\n    redirect: 'manual',\n    duplex: 'half',\n  });\n  return new Response(r.body, { status: r.status, headers: r.headers });\n}\n\nexport const GET = handler;\nexport const POST = handler;\n", filename: 'app/[[...restpath]]/route.ts' },
    // a response's .json() is not the request body
    { code: "export async function GET(req: Request) {\n  const res = await fetch('https://api.example.com/x');\n  const data = await res.json();\n  await prisma.cache.create({ data: { value: data.value } });\n}", filename: FILES.route },
    // Lowercase mongoose models are recognised only on evidence (db-calls' isLowercaseModel): a lowercase import from a
    // models folder in a file without mongoose is an app module (a tabnews-style `models/user` whose create() runs SQL and
    // picks its columns), an array from a models module called with a callback is Array#find, and a lowercase store that
    // is not named a model is not one.
    { code: "import user from 'models/user';\n\nexport async function POST(request: Request) {\n  const input = await request.json();\n  const created = await user.create(input);\n  return Response.json(created, { status: 201 });\n}\n", filename: "app/api/v1/users/route.ts" },
    { code: "import mongoose from 'mongoose';\nimport { menuItems } from '@/models/menu';\n\nexport async function POST(req: Request) {\n  const { id } = await req.json();\n  const item = menuItems.find((m) => m.id === id);\n  return Response.json({ item, ready: mongoose.connection.readyState });\n}\n", filename: "app/api/menu/route.ts" },
    { code: "import { cart } from '@/lib/cart-store';\n\nexport async function POST(req: Request) {\n  const { items } = await req.json();\n  const saved = await cart.create({ items });\n  return Response.json(saved);\n}\n", filename: "app/api/cart/route.ts" },
    // The messages and model id a chat route converts and hands to the model, parsed with a schema first (miniperplx's
    // chat route, validated): the conversion passes on validated values.
    { code: CHAT_CONVERT('ChatSchema.parse(await req.json())'), filename: 'app/api/chat/route.ts' },
    // The AI SDK's own check of the client's messages (`safeValidateUIMessages`) before they are converted.
    { code: "import { openai } from '@ai-sdk/openai';\nimport { convertToModelMessages, safeValidateUIMessages, streamText } from 'ai';\n\nexport async function POST(req: Request) {\n  const { messages } = await req.json();\n  const checked = await safeValidateUIMessages({ messages });\n  if (!checked.success) return Response.json({ error: 'Invalid messages' }, { status: 400 });\n  const result = streamText({ model: openai('gpt-4o-mini'), messages: convertToModelMessages(messages) });\n  return result.toUIMessageStreamResponse();\n}\n", filename: 'app/api/chat/route.ts' },
    // A model id checked against a constant allowlist before the provider gets it.
    { code: "import { openai } from '@ai-sdk/openai';\nimport { generateText } from 'ai';\n\nconst MODELS = ['gpt-4o-mini', 'gpt-4o'];\n\nexport async function POST(req: Request) {\n  const { model } = await req.json();\n  if (!MODELS.includes(model)) return Response.json({ error: 'Unknown model' }, { status: 400 });\n  const { text } = await generateText({ model: openai(model), prompt: 'Say hello.' });\n  return Response.json({ text });\n}\n", filename: 'app/api/hello/route.ts' },
    // A model id resolved by the app's own provider registry (it throws on an id it was not configured with).
    { code: "import { myProvider } from '@/lib/ai/providers';\nimport { generateText } from 'ai';\n\nexport async function POST(req: Request) {\n  const { model } = await req.json();\n  const { text } = await generateText({ model: myProvider.languageModel(model), prompt: 'Say hello.' });\n  return Response.json({ text });\n}\n", filename: 'app/api/hello/route.ts' },
    // A QStash job whose raw body the app's own signature check authenticates before it is parsed (dub's cron routes,
    // `verifyQstashSignature({ req, rawBody })`): a signature covers the whole body it signs, not one credential.
    { code: "import { verifyQstashSignature } from '@/lib/cron/verify-qstash';\nimport { prisma } from '@/lib/prisma';\n\nexport async function POST(req: Request) {\n  const rawBody = await req.text();\n  await verifyQstashSignature({ req, rawBody });\n  const { workspaceId } = JSON.parse(rawBody);\n  const workspace = await prisma.project.findUnique({ where: { id: workspaceId } });\n  return Response.json({ ok: !!workspace });\n}\n", filename: 'app/api/cron/import/route.ts' },
    // A named validator of the body before the lookup (`verifyInput`) still counts; the OTP check after it is another call.
    { code: VERIFY_OTP("  if (!verifyInput(body)) return new Response('Invalid body', { status: 400 });\n"), filename: 'src/app/api/auth/login/verify-otp/route.ts' },
    // An update object built member by member from values that are not the body's: a hash of the checked password, a date;
    // and a field a typeof test checked (`req.body.name`).
    { code: MEMBER_WRITES("  if (typeof password !== 'string' || password.length < 9) return res.status(400).end();\n  changes.password = await hash(password, 10);\n  changes.updatedAt = new Date();\n  if (typeof req.body.name === 'string') changes.name = req.body.name.trim();\n"), filename: 'pages/api/accounts/[id].js' },
    // The one field a typeof test checks is the one sent: `typeof body.prompt !== 'string'`, then `body.prompt`.
    { code: TYPEOF_FIELDS("typeof body.prompt !== 'string' || body.prompt.length > 4000", 'prompt: body.prompt.trim()'), filename: 'app/api/chat/route.ts' },
    // Every field sent is tested, also when destructured after the tests (`const { system, prompt } = body`).
    { code: TYPEOF_FIELDS("typeof body.prompt !== 'string' || typeof body.system !== 'string'", 'system, prompt', '  const { system, prompt } = body;\n'), filename: 'app/api/chat/route.ts' },
  ],
  invalid: [
    // Twin: the Pages API body handed whole to the model (mi-turno's booking and sign-up routes, `Shift.create(req.body)`):
    // reported like the same value through a local (`const data = req.body`), which already was.
    { code: "import Booking from '../../../models/booking';\n\nexport default async function handler(req, res) {\n  const booking = await Booking.create(req.body);\n  res.status(201).send(booking);\n}\n", filename: 'pages/api/booking/create.js', errors: [{ messageId: 'unvalidated', line: 4, column: 40, suggestions: [] }] },
    // The helper's type guard checks `email` only: `source` still reaches the insert unchecked.
    { code: "import { validation } from '@/lib/rate-limit';\nimport { supabase } from '@/lib/supabase';\n\nexport async function POST(request: Request) {\n  const { email, source } = await request.json();\n  if (!validation.isValidEmail(email.trim())) {\n    return Response.json({ error: 'Invalid email' }, { status: 400 });\n  }\n  await supabase.from('newsletter').insert({ email: email.trim().toLowerCase(), source });\n  return Response.json({ ok: true });\n}\n", filename: 'app/api/newsletter/route.ts', errors: [{ messageId: 'unvalidated', line: 5, data: { fields: '`source`', sink: 'the database (supabase insert)', plural: '', verb: 'es' }, suggestions: withSchema("import { validation } from '@/lib/rate-limit';\nimport { supabase } from '@/lib/supabase';\n\nexport async function POST(request: Request) {\n  const { email, source } = await request.json();\n  if (!validation.isValidEmail(email.trim())) {\n    return Response.json({ error: 'Invalid email' }, { status: 400 });\n  }\n  await supabase.from('newsletter').insert({ email: email.trim().toLowerCase(), source });\n  return Response.json({ ok: true });\n}\n", { exportLine: 'export async function POST', pattern: '{ email, source }', req: 'request', fields: ['email: z.string().email()', 'source: z.string().min(1).max(10_000)'] }) }] },
    // The same handler exported without the QStash signature check takes any caller's body.
    { code: QSTASH_JOB('export const POST = handler;').replace("import { verifySignatureAppRouter } from '@upstash/qstash/nextjs';\n", ''), filename: 'app/api/execute-downgrade/route.ts', errors: [{ messageId: 'unvalidated', line: 6, data: { fields: '`subscriptionId`, `newProductId`', sink: 'the SDK call polar.subscriptions.update()', plural: 's', verb: '' }, suggestions: withSchema(QSTASH_JOB('export const POST = handler;').replace("import { verifySignatureAppRouter } from '@upstash/qstash/nextjs';\n", ''), { exportLine: 'async function handler', pattern: '{ subscriptionId, newProductId }', req: 'req', fields: ['subscriptionId: z.string().min(1).max(10_000)', 'newProductId: z.string().min(1).max(10_000)'] }) }] },
    // Mux's SDK is an SDK sink like Cloudinary's: a URL from the body becomes a new asset on the app's account (guestbook, abstudios).
    { code: "import Mux from '@mux/mux-node';\n\nconst mux = new Mux({ tokenId: process.env.MUX_TOKEN_ID, tokenSecret: process.env.MUX_TOKEN_SECRET });\n\nexport async function POST(request: Request) {\n  const { videoUrl } = await request.json();\n  const asset = await mux.video.assets.create({ input: videoUrl, playback_policy: ['public'] });\n  return Response.json({ assetId: asset.id });\n}\n", filename: 'app/api/videos/route.ts', errors: [{ messageId: 'unvalidated', line: 6, column: 30, data: { fields: '`videoUrl`', sink: 'the SDK call mux.video.assets.create()', plural: '', verb: 'es' }, suggestions: withSchema("import Mux from '@mux/mux-node';\n\nconst mux = new Mux({ tokenId: process.env.MUX_TOKEN_ID, tokenSecret: process.env.MUX_TOKEN_SECRET });\n\nexport async function POST(request: Request) {\n  const { videoUrl } = await request.json();\n  const asset = await mux.video.assets.create({ input: videoUrl, playback_policy: ['public'] });\n  return Response.json({ assetId: asset.id });\n}\n", { exportLine: 'export async function POST', pattern: '{ videoUrl }', req: 'request', fields: ['videoUrl: z.string().url()'] }) }] },
    // the suggestion's `z` joins the file's own zod import
    {"code":"import { ZodError } from 'zod';\nimport { db } from '@/lib/db';\n\nexport async function POST(req: Request) {\n  try {\n    const { title } = await req.json();\n    await db.post.create({ data: { title } });\n    return Response.json({ ok: true });\n  } catch (e) {\n    if (e instanceof ZodError) return Response.json({ error: 'Invalid' }, { status: 400 });\n    throw e;\n  }\n}\n","filename":"app/api/posts/route.ts","errors":[{"messageId":"unvalidated","line":6,"column":29,"suggestions":[{"messageId":"addSchema","output":"import { ZodError, z } from 'zod';\nimport { db } from '@/lib/db';\n\nconst BodySchema = z.object({\n  title: z.string().min(1).max(10_000),\n});\n\nexport async function POST(req: Request) {\n  try {\n    const parsed = BodySchema.safeParse(await req.json());\n    if (!parsed.success) {\n      return Response.json({ error: 'Invalid request body', issues: parsed.error.issues }, { status: 400 });\n    }\n    const { title } = parsed.data;\n    await db.post.create({ data: { title } });\n    return Response.json({ ok: true });\n  } catch (e) {\n    if (e instanceof ZodError) return Response.json({ error: 'Invalid' }, { status: 400 });\n    throw e;\n  }\n}\n"}]}]},
    {
      // A field serialized into the prompt is named by the field, not `JSON` (workflow-builder-template's generate route).
      code: "import { streamText } from 'ai';\nimport { model } from '@/lib/ai';\n\nexport async function POST(req: Request) {\n  const { prompt, existing } = await req.json();\n  let userPrompt = 'Build a workflow.';\n  if (existing) userPrompt = `Current workflow:\\n${JSON.stringify(existing, null, 2)}\\nRequest: ${prompt}`;\n  const result = streamText({ model, prompt: userPrompt });\n  return result.toDataStreamResponse();\n}\n",
      filename: FILES.route,
      errors: [{ messageId: 'unvalidated', line: 5, data: { fields: '`existing`, `prompt`', sink: 'the AI call streamText()', plural: 's', verb: '' }, suggestions: withSchema("import { streamText } from 'ai';\nimport { model } from '@/lib/ai';\n\nexport async function POST(req: Request) {\n  const { prompt, existing } = await req.json();\n  let userPrompt = 'Build a workflow.';\n  if (existing) userPrompt = `Current workflow:\\n${JSON.stringify(existing, null, 2)}\\nRequest: ${prompt}`;\n  const result = streamText({ model, prompt: userPrompt });\n  return result.toDataStreamResponse();\n}\n", { exportLine: 'export async function POST', pattern: '{ prompt, existing }', req: 'req', fields: ['prompt: z.string().min(1).max(10_000)', 'existing: z.string().min(1).max(10_000)'] }) }],
    },
    {
      // A `let` prompt built up by `+=` names the field it is built from, not the local (seo-saas' chat route).
      code: "import { streamText } from 'ai';\nimport { model } from '@/lib/ai';\n\nexport async function POST(req: Request) {\n  const { id } = await req.json();\n  let systemPrompt = 'You explain SEO reports.';\n  if (id) systemPrompt += `\\nReport ${id} may still be in progress.`;\n  const result = streamText({ model, system: systemPrompt, prompt: 'Summarize' });\n  return result.toDataStreamResponse();\n}\n",
      filename: FILES.route,
      errors: [{ messageId: 'unvalidated', line: 5, data: { fields: '`id`', sink: 'the AI call streamText()', plural: '', verb: 'es' }, suggestions: withSchema("import { streamText } from 'ai';\nimport { model } from '@/lib/ai';\n\nexport async function POST(req: Request) {\n  const { id } = await req.json();\n  let systemPrompt = 'You explain SEO reports.';\n  if (id) systemPrompt += `\\nReport ${id} may still be in progress.`;\n  const result = streamText({ model, system: systemPrompt, prompt: 'Summarize' });\n  return result.toDataStreamResponse();\n}\n", { exportLine: 'export async function POST', pattern: '{ id }', req: 'req', fields: ['id: z.string().min(1).max(10_000)'] }) }],
    },
    {
      // An array built from two fields names both.
      code: "import { streamText } from 'ai';\nimport { model } from '@/lib/ai';\n\nexport async function POST(req: Request) {\n  const { topic, tone } = await req.json();\n  const parts = [{ type: 'text' as const, text: `Write about ${topic}` }, { type: 'text' as const, text: tone }];\n  const result = streamText({ model, messages: [{ role: 'user', content: parts }] });\n  return result.toDataStreamResponse();\n}\n",
      filename: FILES.route,
      errors: [{ messageId: 'unvalidated', line: 5, data: { fields: '`topic`, `tone`', sink: 'the AI call streamText()', plural: 's', verb: '' }, suggestions: withSchema("import { streamText } from 'ai';\nimport { model } from '@/lib/ai';\n\nexport async function POST(req: Request) {\n  const { topic, tone } = await req.json();\n  const parts = [{ type: 'text' as const, text: `Write about ${topic}` }, { type: 'text' as const, text: tone }];\n  const result = streamText({ model, messages: [{ role: 'user', content: parts }] });\n  return result.toDataStreamResponse();\n}\n", { exportLine: 'export async function POST', pattern: '{ topic, tone }', req: 'req', fields: ['topic: z.string().min(1).max(10_000)', 'tone: z.string().min(1).max(10_000)'] }) }],
    },
    {
      // The local `prompt` is built from `query`: the message names `query`, the field the client sends.
      code: COMPOSED_PROMPT,
      filename: FILES.route,
      errors: [
        {
          messageId: 'unvalidated',
          line: 6,
          data: { fields: '`query`', sink: 'the SDK call anthropic.messages.create()', plural: '', verb: 'es' },
          suggestions: withSchema(COMPOSED_PROMPT, { exportLine: 'export async function POST', pattern: '{ query }', req: 'req', fields: ['query: z.string().min(1).max(10_000)'] }),
        },
      ],
    },
    {
      // Under a provider's id the provider reads it into the request it sends (a caller-picked reasoning effort): still a sink.
      code: PROVIDER_META('effort', 'providerOptions: { openai: { reasoningEffort: effort } }'),
      filename: FILES.route,
      errors: [
        {
          messageId: 'unvalidated',
          line: 5,
          data: { fields: '`effort`', sink: 'the AI call streamText()', plural: '', verb: 'es' },
          suggestions: withSchema(PROVIDER_META('effort', 'providerOptions: { openai: { reasoningEffort: effort } }'), { exportLine: 'export async function POST', pattern: '{ effort }', req: 'request', fields: ['effort: z.string().min(1).max(10_000)'] }),
        },
      ],
    },
    // Twin: `.filter(Boolean)` checks no type; each entry's fields reach the insert unchecked.
    {"code":"import { db, documents } from '@/db';\n\nexport async function POST(request: Request) {\n  const { items } = await request.json();\n  const kept = items.filter(Boolean);\n  for (const item of kept) {\n    await db.insert(documents).values({ originalFileName: item.name, size: item.size });\n  }\n  return Response.json({ ok: true });\n}\n","filename":"app/api/documents/route.ts","errors":[{"messageId":"unvalidated","line":4,"column":27,"suggestions":[{"messageId":"addSchema","output":"import { db, documents } from '@/db';\nimport { z } from 'zod';\n\nconst BodySchema = z.object({\n  items: z.array(z.unknown()).max(100),\n});\n\nexport async function POST(request: Request) {\n  const parsed = BodySchema.safeParse(await request.json());\n  if (!parsed.success) {\n    return Response.json({ error: 'Invalid request body', issues: parsed.error.issues }, { status: 400 });\n  }\n  const { items } = parsed.data;\n  const kept = items.filter(Boolean);\n  for (const item of kept) {\n    await db.insert(documents).values({ originalFileName: item.name, size: item.size });\n  }\n  return Response.json({ ok: true });\n}\n"}]}]},
    // next13-lms-platform's chapter reorder: each element of the body's `list` reaches the update.
    {"code":"import { db } from '@/lib/db';\nimport { auth } from '@clerk/nextjs';\n\nexport async function PUT(req: Request, { params }: { params: { courseId: string } }) {\n  const { userId } = auth();\n  if (!userId) return new Response('Unauthorized', { status: 401 });\n  const { list } = await req.json();\n  for (let item of list) {\n    await db.chapter.update({ where: { id: item.id }, data: { position: item.position } });\n  }\n  return new Response('Success', { status: 200 });\n}\n","filename":"app/api/courses/[courseId]/chapters/reorder/route.ts","errors":[{"messageId":"unvalidated","line":7,"column":26,"suggestions":[{"messageId":"addSchema","output":"import { db } from '@/lib/db';\nimport { auth } from '@clerk/nextjs';\nimport { z } from 'zod';\n\nconst BodySchema = z.object({\n  list: z.array(z.unknown()).max(100),\n});\n\nexport async function PUT(req: Request, { params }: { params: { courseId: string } }) {\n  const { userId } = auth();\n  if (!userId) return new Response('Unauthorized', { status: 401 });\n  const parsed = BodySchema.safeParse(await req.json());\n  if (!parsed.success) {\n    return Response.json({ error: 'Invalid request body', issues: parsed.error.issues }, { status: 400 });\n  }\n  const { list } = parsed.data;\n  for (let item of list) {\n    await db.chapter.update({ where: { id: item.id }, data: { position: item.position } });\n  }\n  return new Response('Success', { status: 200 });\n}\n"}]}]},
    // The same through `.map()` with a destructured element.
    {"code":"import { db } from '@/lib/db';\n\nexport async function PUT(req: Request) {\n  const { list } = await req.json();\n  await db.$transaction(list.map(({ id, position }: { id: string; position: number }) => db.chapter.update({ where: { id }, data: { position } })));\n  return new Response('Success', { status: 200 });\n}\n","filename":"app/api/chapters/reorder/route.ts","errors":[{"messageId":"unvalidated","line":4,"column":26,"suggestions":[{"messageId":"addSchema","output":"import { db } from '@/lib/db';\nimport { z } from 'zod';\n\nconst BodySchema = z.object({\n  list: z.array(z.unknown()).max(100),\n});\n\nexport async function PUT(req: Request) {\n  const parsed = BodySchema.safeParse(await req.json());\n  if (!parsed.success) {\n    return Response.json({ error: 'Invalid request body', issues: parsed.error.issues }, { status: 400 });\n  }\n  const { list } = parsed.data;\n  await db.$transaction(list.map(({ id, position }: { id: string; position: number }) => db.chapter.update({ where: { id }, data: { position } })));\n  return new Response('Success', { status: 200 });\n}\n"}]}]},
    // Twin of chimera-leads' lead status route: the status is checked against the constant list, `note` is not: reported.
    { code: "import type { NextRequest } from 'next/server';\nimport { createAdminClient } from '@/lib/supabase/admin';\nimport { LEAD_STATUSES } from '@/lib/constants/leads';\n\nconst ALLOWED_STATUSES = new Set(LEAD_STATUSES.map((status) => status.value));\n\nexport async function PATCH(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {\n  const { id } = await params;\n  const { status, note } = await request.json();\n  if (!ALLOWED_STATUSES.has(status)) {\n    return Response.json({ error: 'Invalid status value' }, { status: 400 });\n  }\n  const supabase = createAdminClient();\n  await supabase.from('sales_leads').update({ status, note }).eq('id', id);\n  return Response.json({ success: true });\n}\n", filename: 'app/api/leads/[id]/status/route.ts', errors: [{ messageId: 'unvalidated', line: 9, column: 34, data: { fields: '`note`', sink: 'the database (supabase update)', plural: '', verb: 'es' }, suggestions: withSchema("import type { NextRequest } from 'next/server';\nimport { createAdminClient } from '@/lib/supabase/admin';\nimport { LEAD_STATUSES } from '@/lib/constants/leads';\n\nconst ALLOWED_STATUSES = new Set(LEAD_STATUSES.map((status) => status.value));\n\nexport async function PATCH(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {\n  const { id } = await params;\n  const { status, note } = await request.json();\n  if (!ALLOWED_STATUSES.has(status)) {\n    return Response.json({ error: 'Invalid status value' }, { status: 400 });\n  }\n  const supabase = createAdminClient();\n  await supabase.from('sales_leads').update({ status, note }).eq('id', id);\n  return Response.json({ success: true });\n}\n", { exportLine: 'export async function PATCH', pattern: '{ status, note }', req: 'request', fields: ['status: z.string().min(1).max(10_000)', 'note: z.string().min(1).max(10_000)'] }) }] },
    // Twin: a list read from the database is no constant list: still reported.
    { code: "import { createClient } from '@/lib/supabase/server';\n\nexport async function POST(req: Request) {\n  const { stage } = await req.json();\n  const supabase = await createClient();\n  const { data: rows } = await supabase.from('stages').select('value');\n  if (!rows.map((r) => r.value).includes(stage)) return Response.json({ error: 'invalid stage' }, { status: 400 });\n  await supabase.from('deals').insert({ stage });\n  return Response.json({ ok: true });\n}\n", filename: 'app/api/deals/route.ts', errors: [{ messageId: 'unvalidated', line: 4, column: 27, suggestions: withSchema("import { createClient } from '@/lib/supabase/server';\n\nexport async function POST(req: Request) {\n  const { stage } = await req.json();\n  const supabase = await createClient();\n  const { data: rows } = await supabase.from('stages').select('value');\n  if (!rows.map((r) => r.value).includes(stage)) return Response.json({ error: 'invalid stage' }, { status: 400 });\n  await supabase.from('deals').insert({ stage });\n  return Response.json({ ok: true });\n}\n", { exportLine: 'export async function POST', pattern: '{ stage }', req: 'req', fields: ['stage: z.string().min(1).max(10_000)'] }) }] },
    // Twin: a server credential header makes the proxy a sink again.
    {"code": "import { NextRequest, NextResponse } from 'next/server';\nimport { auth } from '@/lib/auth';\n\nexport async function POST(request: NextRequest) {\n  const session = await auth.api.getSession({ headers: request.headers });\n  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });\n\n  const body = await request.json();\n  const upstreamUrl = new URL('/geo/app/api/batch-scrape', request.url);\n  const res = await fetch(upstreamUrl, {\n    method: 'POST',\n    headers: {\n      'Content-Type': 'application/json',\n      'User-Agent': request.headers.get('user-agent') || '',\n      'x-internal-key': process.env.INTERNAL_API_KEY!,\n    },\n    body: JSON.stringify(body),\n  });\n  return NextResponse.json(await res.json(), { status: res.status });\n}\n", "filename": "app/api/brand-monitor/batch-scrape/route.ts", "errors": [{"messageId": "unvalidated", "line": 8, "column": 22}]},
    // Twin: a field in the ternary's branches reaches the call: still reported (the test itself is not named).
    {"code": "import { streamText } from 'ai';\n\nexport async function POST(request: Request) {\n  const session = await auth();\n  if (!session?.user) return new Response('Unauthorized', { status: 401 });\n  const { topic, deepResearch = false }: { topic: string; deepResearch?: boolean } = await request.json();\n  const result = streamText({\n    model,\n    system: SYSTEM_PROMPT,\n    prompt: deepResearch ? `Research in depth: ${topic}` : topic,\n    experimental_activeTools: deepResearch ? allTools : searchTools,\n  });\n  return result.toDataStreamResponse();\n}\n", "filename": "app/api/chat/route.ts", "errors": [{"messageId": "unvalidated", "line": 6, "column": 92, "suggestions": [{"messageId": "addSchema", "output": "import { streamText } from 'ai';\nimport { z } from 'zod';\n\nconst BodySchema = z.object({\n  topic: z.string().min(1).max(10_000),\n  deepResearch: z.boolean().default(false),\n});\n\nexport async function POST(request: Request) {\n  const session = await auth();\n  if (!session?.user) return new Response('Unauthorized', { status: 401 });\n  const parsed = BodySchema.safeParse(await request.json());\n  if (!parsed.success) {\n    return Response.json({ error: 'Invalid request body', issues: parsed.error.issues }, { status: 400 });\n  }\n  const { topic, deepResearch = false } = parsed.data;\n  const result = streamText({\n    model,\n    system: SYSTEM_PROMPT,\n    prompt: deepResearch ? `Research in depth: ${topic}` : topic,\n    experimental_activeTools: deepResearch ? allTools : searchTools,\n  });\n  return result.toDataStreamResponse();\n}\n"}]}]},
    // Twin of giselle's isTeamRole: a guard that only calls a method of the value (`role.startsWith('a')`) checks no type.
    { code: "'use server';\nimport { eq } from 'drizzle-orm';\nimport { db, memberships } from '@/db';\n\ntype TeamRole = 'admin' | 'member';\n\nfunction isTeamRole(role: string): role is TeamRole {\n  return role.startsWith('a') || role.startsWith('m');\n}\n\nexport async function updateMemberRole(formData: FormData) {\n  const role = formData.get('role') as string;\n  if (!isTeamRole(role)) throw new Error('Invalid role');\n  await db.update(memberships).set({ role }).where(eq(memberships.id, 1));\n}\n", filename: 'app/settings/team/actions.ts', errors: [{ messageId: 'unvalidated', line: 11, column: 40, data: { fields: '`role`', sink: 'the database (drizzle set)', plural: '', verb: 'es' } }] },
    // Twin: a type guard that checks nothing at run time (`return value !== null`) validates no field.
    { code: "import { createClient } from '@/lib/supabase/server';\n\ntype LeadPayload = { email: string };\n\nfunction isLeadPayload(value: unknown): value is LeadPayload {\n  return value !== null;\n}\n\nexport async function POST(req: Request) {\n  const body = await req.json();\n  if (!isLeadPayload(body)) {\n    return Response.json({ error: 'Email is required' }, { status: 400 });\n  }\n  const supabase = await createClient();\n  await supabase.from('leads').insert({ email: body.email });\n  return Response.json({});\n}\n", filename: 'app/api/lead/route.ts', errors: [{ messageId: 'unvalidated', line: 10, column: 22, data: { fields: '`email`', sink: 'the database (supabase insert)', plural: '', verb: 'es' }, suggestions: [{ messageId: 'addSchema', output: "import { createClient } from '@/lib/supabase/server';\nimport { z } from 'zod';\n\ntype LeadPayload = { email: string };\n\nfunction isLeadPayload(value: unknown): value is LeadPayload {\n  return value !== null;\n}\n\nconst BodySchema = z.object({\n  email: z.string().email(),\n});\n\nexport async function POST(req: Request) {\n  const parsed = BodySchema.safeParse(await req.json());\n  if (!parsed.success) {\n    return Response.json({ error: 'Invalid request body', issues: parsed.error.issues }, { status: 400 });\n  }\n  const body = parsed.data;\n  if (!isLeadPayload(body)) {\n    return Response.json({ error: 'Email is required' }, { status: 400 });\n  }\n  const supabase = await createClient();\n  await supabase.from('leads').insert({ email: body.email });\n  return Response.json({});\n}\n" }] }] },
    // Twin: coerced but not bounded, a 5 MB prompt still reaches the model.
    { code: "import { generateText } from 'ai';\nimport { model } from '@/lib/ai';\n\nconst MAX_PROMPT_LENGTH = 20_000;\n\nexport async function POST(request: Request) {\n  const body = await request.json();\n  const prompt = String(body?.prompt || '');\n  if (!prompt.trim()) return Response.json({ error: 'prompt required' }, { status: 400 });\n  const { text } = await generateText({ model, prompt: `Review this prompt:\\n${prompt}` });\n  return Response.json({ text });\n}\n", filename: FILES.route, errors: [{ messageId: 'unvalidated', line: 7, data: { fields: '`prompt`', sink: 'the AI call generateText()', plural: '', verb: 'es' }, suggestions: withSchema("import { generateText } from 'ai';\nimport { model } from '@/lib/ai';\n\nconst MAX_PROMPT_LENGTH = 20_000;\n\nexport async function POST(request: Request) {\n  const body = await request.json();\n  const prompt = String(body?.prompt || '');\n  if (!prompt.trim()) return Response.json({ error: 'prompt required' }, { status: 400 });\n  const { text } = await generateText({ model, prompt: `Review this prompt:\\n${prompt}` });\n  return Response.json({ text });\n}\n", { exportLine: 'export async function POST', pattern: 'body', req: 'request', fields: ['prompt: z.string().min(1).max(10_000)'] }) }] },
    // Twin: the same proxy parsing the body and sending its fields upstream with a server key: reported.
    {
      code: "async function handler(request: Request) {\n  const body = await request.json();\n  const r = await fetch('https://upstream.example.com/v1/collect', {\n    method: 'POST',\n    body: JSON.stringify({ event: body.event }),\n    headers: { Authorization: `Bearer ${process.env.UPSTREAM_KEY}` },\n  });\n  return new Response(r.body, { status: r.status, headers: r.headers });\n}\n\nexport const POST = handler;\n",
      filename: 'app/[[...restpath]]/route.ts',
      errors: [{ messageId: 'unvalidated', line: 2, column: 22, data: { fields: '`event`', sink: 'a fetch() request body', plural: '', verb: 'es' }, suggestions: [{ messageId: 'addSchema', output:
        "import { z } from 'zod';\nconst BodySchema = z.object({\n  event: z.string().min(1).max(10_000),\n});\n\nasync function handler(request: Request) {\n  const parsed = BodySchema.safeParse(await request.json());\n  if (!parsed.success) {\n    return Response.json({ error: 'Invalid request body', issues: parsed.error.issues }, { status: 400 });\n  }\n  const body = parsed.data;\n  const r = await fetch('https://upstream.example.com/v1/collect', {\n    method: 'POST',\n    body: JSON.stringify({ event: body.event }),\n    headers: { Authorization: `Bearer ${process.env.UPSTREAM_KEY}` },\n  });\n  return new Response(r.body, { status: r.status, headers: r.headers });\n}\n\nexport const POST = handler;\n" }] }],
    },
    // Twin: a feature flag can be on in production: still reported.
    { code: "import prisma from '@/lib/prisma';\n\nexport async function POST(req: Request) {\n  if (process.env.DEV_TOOLS !== 'on') {\n    return Response.json({ error: 'Not available' }, { status: 403 });\n  }\n  const { email, amount = 10 } = await req.json();\n  const user = await prisma.user.update({ where: { email }, data: { creditBalance: { increment: amount } } });\n  return Response.json({ credits: user.creditBalance });\n}\n", filename: 'app/api/dev/credit/route.ts', errors: [{ messageId: 'unvalidated', line: 7, column: 40, suggestions: withSchema("import prisma from '@/lib/prisma';\n\nexport async function POST(req: Request) {\n  if (process.env.DEV_TOOLS !== 'on') {\n    return Response.json({ error: 'Not available' }, { status: 403 });\n  }\n  const { email, amount = 10 } = await req.json();\n  const user = await prisma.user.update({ where: { email }, data: { creditBalance: { increment: amount } } });\n  return Response.json({ credits: user.creditBalance });\n}\n", { exportLine: 'export async function POST(req: Request) {', pattern: '{ email, amount = 10 }', req: 'req', fields: ['email: z.string().email()', 'amount: z.number().default(10)'] }) }] },
    // Twin: a presence check only: still reported.
    { code: "import prisma from '@/lib/prisma';\n\nexport async function POST(req: Request) {\n  const { productCode } = await req.json();\n  if (!productCode) {\n    return Response.json({ error: 'Invalid product code' }, { status: 400 });\n  }\n  const intent = await prisma.paymentIntent.create({ data: { productCode, status: 'CREATED' } });\n  return Response.json({ intent });\n}\n", filename: 'app/api/payments/intent/route.ts', errors: [{ messageId: 'unvalidated', line: 4, column: 33, suggestions: withSchema("import prisma from '@/lib/prisma';\n\nexport async function POST(req: Request) {\n  const { productCode } = await req.json();\n  if (!productCode) {\n    return Response.json({ error: 'Invalid product code' }, { status: 400 });\n  }\n  const intent = await prisma.paymentIntent.create({ data: { productCode, status: 'CREATED' } });\n  return Response.json({ intent });\n}\n", { exportLine: 'export async function POST(req: Request) {', pattern: '{ productCode }', req: 'req', fields: ['productCode: z.string().min(1).max(10_000)'] }) }] },
    // A presence check only: still reported.
    {
      code: "import { NextResponse } from 'next/server';\nimport { eq } from 'drizzle-orm';\nimport { db } from '@/db';\nimport { supportMessages } from '@/db/schema';\n\nexport async function PATCH(request: Request, { params }: { params: Promise<{ id: string }> }) {\n  const { id } = await params;\n  const body = (await request.json()) as { status: string };\n  const status = body.status;\n  if (!status) {\n    return NextResponse.json({ error: 'Invalid status' }, { status: 400 });\n  }\n  const [updated] = await db.update(supportMessages).set({ status, updatedAt: new Date() }).where(eq(supportMessages.id, id)).returning();\n  return NextResponse.json({ message: updated });\n}\n",
      filename: "app/api/support-messages/[id]/route.ts",
      errors: [{ messageId: 'unvalidated', line: 8, column: 23 }],
    },
    // the same proxy adding a server credential acts with the server's authority; a private backend URL trusts the proxy
    { code: PUBLIC_PROXY("'Content-Type': 'application/json', Authorization: `Bearer ${process.env.BACKEND_SECRET}`"), filename: 'app/api/reports/route.ts', errors: [{ messageId: 'unvalidated', line: 5, data: { fields: '`body`', sink: 'a fetch() request body', plural: '', verb: 'es' } }] },
    { code: PUBLIC_PROXY("'Content-Type': 'application/json'", 'process.env.BACKEND_URL'), filename: 'app/api/reports/route.ts', errors: [{ messageId: 'unvalidated', line: 5, data: { fields: '`body`', sink: 'a fetch() request body', plural: '', verb: 'es' } }] },
    // The same own-origin proxy adding a server secret to the request: the proxy adds authority, still reported.
    { code: OWN_ORIGIN_PROXY("cookie: req.headers.get('cookie') ?? '', 'x-admin-key': process.env.ADMIN_KEY!"), filename: 'app/admin/api/events/[slug]/registration/route.ts', errors: [{ messageId: 'unvalidated', line: 7, data: { fields: '`body`', sink: 'a fetch() request body', plural: '', verb: 'es' } }] },
    // Twin: a type declared inside the handler is out of scope where the schema goes: `z.any()`, noted, and the
    // code's annotation stays.
    { code: "import { prisma } from '@/lib/db';\n\nexport async function POST(req: Request) {\n  type Body = { name: string };\n  const { name, extra }: { name: string; extra: Body } = await req.json();\n  await prisma.team.create({ data: { name, extra } });\n  return Response.json({ ok: true });\n}\n", filename: 'app/api/local/route.ts', errors: [{ messageId: 'unvalidated', line: 5, column: 64, suggestions: [{ messageId: 'addSchema', output: "import { prisma } from '@/lib/db';\nimport { z } from 'zod';\n\nconst BodySchema = z.object({\n  name: z.string().min(1).max(10_000),\n  extra: z.any(), // typed, not validated: describe extra with z.object()\n});\n\nexport async function POST(req: Request) {\n  type Body = { name: string };\n  const parsed = BodySchema.safeParse(await req.json());\n  if (!parsed.success) {\n    return Response.json({ error: 'Invalid request body', issues: parsed.error.issues }, { status: 400 });\n  }\n  const { name, extra }: { name: string; extra: Body } = parsed.data;\n  await prisma.team.create({ data: { name, extra } });\n  return Response.json({ ok: true });\n}\n" }] }] },
    // The code's own types decide the schema (fragments' chat route: `model: LLMModel` is an object, not a string):
    // `T | undefined` is optional, a string-literal union an enum, an inline object a z.object, an imported type
    // `z.custom<T>()` with a note that it is not checked; the annotation goes, the schema now carries the same types.
    { code: "import { NextResponse } from 'next/server';\nimport { prisma } from '@/lib/db';\nimport type { Settings } from '@/lib/settings';\n\nexport async function POST(req: Request) {\n  const { title, teamId, status, tags, settings, meta }: {\n    title: string\n    teamId: string | undefined\n    status: 'draft' | 'published'\n    tags: string[]\n    settings: Settings\n    meta: { views: number; note?: string }\n  } = await req.json();\n  await prisma.post.create({ data: { title, teamId, status, tags, settings, meta } });\n  return NextResponse.json({ ok: true });\n}\n", filename: 'app/api/posts/route.ts', errors: [{ messageId: 'unvalidated', line: 13, column: 13, suggestions: [{ messageId: 'addSchema', output: "import { NextResponse } from 'next/server';\nimport { prisma } from '@/lib/db';\nimport type { Settings } from '@/lib/settings';\nimport { z } from 'zod';\n\nconst BodySchema = z.object({\n  title: z.string().min(1).max(10_000),\n  teamId: z.string().max(10_000).optional(),\n  status: z.enum(['draft', 'published']),\n  tags: z.array(z.string().min(1).max(10_000)).max(100),\n  settings: z.custom<Settings>(), // typed, not validated: describe Settings with z.object()\n  meta: z.object({ views: z.number(), note: z.string().max(10_000).optional() }),\n});\n\nexport async function POST(req: Request) {\n  const parsed = BodySchema.safeParse(await req.json());\n  if (!parsed.success) {\n    return NextResponse.json({ error: 'Invalid request body', issues: parsed.error.issues }, { status: 400 });\n  }\n  const { title, teamId, status, tags, settings, meta } = parsed.data;\n  await prisma.post.create({ data: { title, teamId, status, tags, settings, meta } });\n  return NextResponse.json({ ok: true });\n}\n" }] }] },
    // Twin: an interface of this file names the body's type.
    { code: "import { prisma } from '@/lib/db';\n\ninterface InviteBody {\n  email: string;\n  role?: 'admin' | 'member';\n}\n\nexport async function POST(req: Request) {\n  const body: InviteBody = await req.json();\n  await prisma.invite.create({ data: { email: body.email, role: body.role } });\n  return Response.json({ ok: true });\n}\n", filename: 'app/api/invites/route.ts', errors: [{ messageId: 'unvalidated', line: 9, column: 34, suggestions: [{ messageId: 'addSchema', output: "import { prisma } from '@/lib/db';\nimport { z } from 'zod';\n\ninterface InviteBody {\n  email: string;\n  role?: 'admin' | 'member';\n}\n\nconst BodySchema = z.object({\n  email: z.string().email(),\n  role: z.enum(['admin', 'member']).optional(),\n});\n\nexport async function POST(req: Request) {\n  const parsed = BodySchema.safeParse(await req.json());\n  if (!parsed.success) {\n    return Response.json({ error: 'Invalid request body', issues: parsed.error.issues }, { status: 400 });\n  }\n  const body = parsed.data;\n  await prisma.invite.create({ data: { email: body.email, role: body.role } });\n  return Response.json({ ok: true });\n}\n" }] }] },
    // The typeof check narrows another field, or the other branch: the raw value still reaches the query.
    { code: "import { prisma } from \"@/lib/prisma\";\nimport type { NextApiRequest, NextApiResponse } from \"next\";\n\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  if (req.method !== \"POST\") return res.status(405).json({ response: \"Method not allowed.\" });\n\n  // typeof-guarded: a non-string becomes \"\", so only a string reaches the lookup\n  const email =\n    typeof req.body.email === \"string\" ? req.body.name : \"\";\n\n  const user = await prisma.user.findUnique({ where: { email } });\n  if (!user) return res.status(400).json({ response: \"Invalid email.\" });\n  return res.status(200).json({ response: \"ok\" });\n}\n", filename: 'pages/api/auth/request-verification-email.ts', errors: [{ messageId: 'unvalidated', line: 9, column: 42, suggestions: [] }] },
    { code: "import { prisma } from \"@/lib/prisma\";\nimport type { NextApiRequest, NextApiResponse } from \"next\";\n\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  if (req.method !== \"POST\") return res.status(405).json({ response: \"Method not allowed.\" });\n\n  // typeof-guarded: a non-string becomes \"\", so only a string reaches the lookup\n  const email =\n    typeof req.body.email !== \"string\" ? req.body.email : \"\";\n\n  const user = await prisma.user.findUnique({ where: { email } });\n  if (!user) return res.status(400).json({ response: \"Invalid email.\" });\n  return res.status(200).json({ response: \"ok\" });\n}\n", filename: 'pages/api/auth/request-verification-email.ts', errors: [{ messageId: 'unvalidated', line: 9, column: 42, suggestions: [] }] },
    // Twin: the same forward made with the server's key (the schema keeps the file's tab indentation).
    { code: "import { NextResponse } from \"next/server\"\n\nexport async function POST(request: Request) {\n\tconst body = await request.json()\n\tconst { apiKey, page = 1, limit = 500 } = body\n\tif (!apiKey) return NextResponse.json({ error: \"API key is required\" }, { status: 400 })\n\tconst response = await fetch(\"https://api.supermemory.ai/v3/documents/documents\", {\n\t\tmethod: \"POST\",\n\t\theaders: { \"Content-Type\": \"application/json\", Authorization: `Bearer ${process.env.SUPERMEMORY_API_KEY}` },\n\t\tbody: JSON.stringify({ page, limit }),\n\t\tsignal: AbortSignal.timeout(10_000),\n\t})\n\treturn NextResponse.json(await response.json())\n}\n", filename: 'app/api/graph/route.ts', errors: [{ messageId: 'unvalidated', line: 4, column: 21, data: { fields: '`page`, `limit`', sink: 'a fetch() request body', plural: 's', verb: '' }, suggestions: [{ messageId: 'addSchema', output: "import { NextResponse } from \"next/server\"\nimport { z } from 'zod';\n\nconst BodySchema = z.object({\n  apiKey: z.string().min(1).max(10_000),\n  page: z.number().default(1),\n  limit: z.number().default(500),\n});\n\nexport async function POST(request: Request) {\n\tconst parsed = BodySchema.safeParse(await request.json());\n\tif (!parsed.success) {\n\t\treturn NextResponse.json({ error: 'Invalid request body', issues: parsed.error.issues }, { status: 400 });\n\t}\n\tconst body = parsed.data;\n\tconst { apiKey, page = 1, limit = 500 } = body\n\tif (!apiKey) return NextResponse.json({ error: \"API key is required\" }, { status: 400 })\n\tconst response = await fetch(\"https://api.supermemory.ai/v3/documents/documents\", {\n\t\tmethod: \"POST\",\n\t\theaders: { \"Content-Type\": \"application/json\", Authorization: `Bearer ${process.env.SUPERMEMORY_API_KEY}` },\n\t\tbody: JSON.stringify({ page, limit }),\n\t\tsignal: AbortSignal.timeout(10_000),\n\t})\n\treturn NextResponse.json(await response.json())\n}\n" }] }] },
    // The schema follows what the handler shows (opportumap's posts route): fallbacks and `?.` make a field
    // nullish and give its type (`page || '/'` is a string, `tags || []` an array), a presence check keeps it
    // required, property reads make it an object.
    { code: "import { createClient } from '@/lib/supabase/server';\n\nexport async function POST(request) {\n  const authClient = await createClient();\n  const { data: { user } } = await authClient.auth.getUser();\n  if (!user) return Response.json({ error: 'Sign in to post' }, { status: 401 });\n\n  const { title, content, post_type, tags, page, profile } = await request.json();\n  if (!content?.trim()) return Response.json({ error: 'Content required' }, { status: 400 });\n\n  const { data, error } = await authClient\n    .from('posts')\n    .insert({\n      user_id: user.id,\n      title: title?.trim() || null,\n      content: content.trim(),\n      post_type: post_type || 'story',\n      tags: tags || [],\n      page: page || '/',\n      author: profile.name,\n    })\n    .select('id')\n    .single();\n  if (error) return Response.json({ error: 'Could not post' }, { status: 500 });\n  return Response.json({ post: data });\n}\n", filename: 'app/api/posts/route.js', errors: [{ messageId: 'unvalidated', line: 8, suggestions: [{ messageId: 'addSchema', output: "import { createClient } from '@/lib/supabase/server';\nimport { z } from 'zod';\n\nconst BodySchema = z.object({\n  title: z.string().max(10_000).nullish(),\n  content: z.string().min(1).max(10_000),\n  post_type: z.string().max(10_000).nullish(),\n  tags: z.array(z.unknown()).max(100).nullish(),\n  page: z.string().max(10_000).nullish(),\n  profile: z.record(z.string(), z.unknown()),\n});\n\nexport async function POST(request) {\n  const authClient = await createClient();\n  const { data: { user } } = await authClient.auth.getUser();\n  if (!user) return Response.json({ error: 'Sign in to post' }, { status: 401 });\n\n  const parsed = BodySchema.safeParse(await request.json());\n  if (!parsed.success) {\n    return Response.json({ error: 'Invalid request body', issues: parsed.error.issues }, { status: 400 });\n  }\n  const { title, content, post_type, tags, page, profile } = parsed.data;\n  if (!content?.trim()) return Response.json({ error: 'Content required' }, { status: 400 });\n\n  const { data, error } = await authClient\n    .from('posts')\n    .insert({\n      user_id: user.id,\n      title: title?.trim() || null,\n      content: content.trim(),\n      post_type: post_type || 'story',\n      tags: tags || [],\n      page: page || '/',\n      author: profile.name,\n    })\n    .select('id')\n    .single();\n  if (error) return Response.json({ error: 'Could not post' }, { status: 500 });\n  return Response.json({ post: data });\n}\n" }] }] },
    // Twin: only a presence check.
    { code: "import { createClient } from '@/lib/supabase/server';\n\nconst TOOLS = ['match', 'visa', 'resume', 'cover-letter'];\n\nexport async function POST(req) {\n  const supabase = await createClient();\n  const { data: { user } } = await supabase.auth.getUser();\n  if (!user) return Response.json({ ok: false }, { status: 401 });\n  const { tool } = await req.json();\n  if (!tool) return Response.json({ ok: false, error: 'invalid tool' }, { status: 400 });\n  await supabase.from('user_tool_usage').upsert({ user_id: user.id, tool, used_at: new Date().toISOString() });\n  return Response.json({ ok: true });\n}\n", filename: 'app/api/tool-usage/route.js', errors: [{ messageId: 'unvalidated', line: 9, column: 26, suggestions: [{ messageId: 'addSchema', output: "import { createClient } from '@/lib/supabase/server';\nimport { z } from 'zod';\n\nconst TOOLS = ['match', 'visa', 'resume', 'cover-letter'];\n\nconst BodySchema = z.object({\n  tool: z.string().min(1).max(10_000),\n});\n\nexport async function POST(req) {\n  const supabase = await createClient();\n  const { data: { user } } = await supabase.auth.getUser();\n  if (!user) return Response.json({ ok: false }, { status: 401 });\n  const parsed = BodySchema.safeParse(await req.json());\n  if (!parsed.success) {\n    return Response.json({ error: 'Invalid request body', issues: parsed.error.issues }, { status: 400 });\n  }\n  const { tool } = parsed.data;\n  if (!tool) return Response.json({ ok: false, error: 'invalid tool' }, { status: 400 });\n  await supabase.from('user_tool_usage').upsert({ user_id: user.id, tool, used_at: new Date().toISOString() });\n  return Response.json({ ok: true });\n}\n" }] }] },
    // Twin: the loop's typeof check rejects nothing (it only guards a log): `messages` is still unchecked.
    {
      code: "import { createClient } from '@/lib/supabase/server';\n\nexport async function POST(req: Request) {\n  const supabase = await createClient();\n  const { data: { user } } = await supabase.auth.getUser();\n  if (!user) return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  const { title, messages } = await req.json();\n  if (typeof title !== 'string' || title.length > 200) return Response.json({ error: 'bad title' }, { status: 400 });\n  if (!Array.isArray(messages) || messages.length > 50) return Response.json({ error: 'bad messages' }, { status: 400 });\n  for (const msg of messages) {\n    if (typeof msg.content === 'string') console.log(msg.content.length);\n  }\n  await supabase.from('research').insert({ user_id: user.id, title, input_context: { messages } });\n  return Response.json({ ok: true });\n}\n",
      filename: "app/api/research/execute/route.ts",
      errors: [{ messageId: 'unvalidated', line: 7, column: 37, suggestions: [{ messageId: 'addSchema', output: "import { createClient } from '@/lib/supabase/server';\nimport { z } from 'zod';\n\nconst BodySchema = z.object({\n  title: z.string().min(1).max(10_000),\n  messages: z.array(z.unknown()).max(100),\n});\n\nexport async function POST(req: Request) {\n  const supabase = await createClient();\n  const { data: { user } } = await supabase.auth.getUser();\n  if (!user) return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  const parsed = BodySchema.safeParse(await req.json());\n  if (!parsed.success) {\n    return Response.json({ error: 'Invalid request body', issues: parsed.error.issues }, { status: 400 });\n  }\n  const { title, messages } = parsed.data;\n  if (typeof title !== 'string' || title.length > 200) return Response.json({ error: 'bad title' }, { status: 400 });\n  if (!Array.isArray(messages) || messages.length > 50) return Response.json({ error: 'bad messages' }, { status: 400 });\n  for (const msg of messages) {\n    if (typeof msg.content === 'string') console.log(msg.content.length);\n  }\n  await supabase.from('research').insert({ user_id: user.id, title, input_context: { messages } });\n  return Response.json({ ok: true });\n}\n" }] }],
    },
    // Twin: Array.isArray alone.
    {
      code: "import { createClient } from \"@/lib/supabase/server\"\n\nexport async function POST(req: Request) {\n  const supabase = await createClient()\n  const { data: { user } } = await supabase.auth.getUser()\n  if (!user) return Response.json({ error: \"Unauthorized\" }, { status: 401 })\n  const { tags } = await req.json()\n  if (!Array.isArray(tags)) {\n    return Response.json({ error: \"tags must be an array of strings\" }, { status: 400 })\n  }\n  await supabase.from(\"profiles\").update({ tags }).eq(\"id\", user.id)\n  return Response.json({ ok: true })\n}\n",
      filename: "app/api/tags/route.ts",
      errors: [{ messageId: 'unvalidated', line: 7, column: 26, suggestions: [{ messageId: 'addSchema', output: "import { createClient } from \"@/lib/supabase/server\"\nimport { z } from 'zod';\n\nconst BodySchema = z.object({\n  tags: z.array(z.unknown()).max(100),\n});\n\nexport async function POST(req: Request) {\n  const supabase = await createClient()\n  const { data: { user } } = await supabase.auth.getUser()\n  if (!user) return Response.json({ error: \"Unauthorized\" }, { status: 401 })\n  const parsed = BodySchema.safeParse(await req.json());\n  if (!parsed.success) {\n    return Response.json({ error: 'Invalid request body', issues: parsed.error.issues }, { status: 400 });\n  }\n  const { tags } = parsed.data;\n  if (!Array.isArray(tags)) {\n    return Response.json({ error: \"tags must be an array of strings\" }, { status: 400 })\n  }\n  await supabase.from(\"profiles\").update({ tags }).eq(\"id\", user.id)\n  return Response.json({ ok: true })\n}\n" }] }],
    },

    {
      // App Router, destructuring, Prisma; suggestion with zod (import added) and NextResponse
      code: "import { NextResponse } from 'next/server';\nimport { prisma } from '@/lib/db';\n\nexport async function PATCH(req: Request) {\n  const { name, email } = await req.json();\n  if (!name || !email) return NextResponse.json({ error: 'missing' }, { status: 400 });\n  await prisma.user.update({ where: { id: '1' }, data: { name, email } });\n  return NextResponse.json({ ok: true });\n}\n",
      filename: FILES.route,
      errors: [
        {
          messageId: 'unvalidated',
          line: 5,
          column: 33,
          data: { fields: '`name`, `email`', sink: 'the database (prisma update)', plural: 's', verb: '' },
          suggestions: [
            {
              messageId: 'addSchema',
              output:
                "import { NextResponse } from 'next/server';\nimport { prisma } from '@/lib/db';\nimport { z } from 'zod';\n\nconst BodySchema = z.object({\n  name: z.string().min(1).max(10_000),\n  email: z.string().email(),\n});\n\nexport async function PATCH(req: Request) {\n  const parsed = BodySchema.safeParse(await req.json());\n  if (!parsed.success) {\n    return NextResponse.json({ error: 'Invalid request body', issues: parsed.error.issues }, { status: 400 });\n  }\n  const { name, email } = parsed.data;\n  if (!name || !email) return NextResponse.json({ error: 'missing' }, { status: 400 });\n  await prisma.user.update({ where: { id: '1' }, data: { name, email } });\n  return NextResponse.json({ ok: true });\n}\n",
            },
          ],
        },
      ],
    },
    {
      // Pages API (JS), pg with placeholders still gets unvalidated values; defaults infer types
      code: "import { Client } from 'pg';\nexport default async function addTodo(req, res) {\n  const { email, content, isactive = false } = req.body;\n  const client = new Client();\n  await client.query('INSERT INTO todos (email, content, isactive) VALUES ($1, $2, $3)', [email, content, isactive]);\n  res.json({ ok: true });\n}\n",
      filename: 'pages/api/addTodo.js',
      errors: [
        {
          messageId: 'unvalidated',
          line: 3,
          suggestions: [
            {
              messageId: 'addSchema',
              output:
                "import { Client } from 'pg';\nimport { z } from 'zod';\nconst BodySchema = z.object({\n  email: z.string().email(),\n  content: z.string().min(1).max(10_000),\n  isactive: z.boolean().default(false),\n});\n\nexport default async function addTodo(req, res) {\n  const parsed = BodySchema.safeParse(req.body);\n  if (!parsed.success) {\n    return res.status(400).json({ error: 'Invalid request body', issues: parsed.error.issues });\n  }\n  const { email, content, isactive = false } = parsed.data;\n  const client = new Client();\n  await client.query('INSERT INTO todos (email, content, isactive) VALUES ($1, $2, $3)', [email, content, isactive]);\n  res.json({ ok: true });\n}\n",
            },
          ],
        },
      ],
    },
    {
      // body object into an SDK (OpenAI messages); members read from body become the schema
      code: "import OpenAI from 'openai';\nimport { z } from 'zod';\nconst openai = new OpenAI();\nexport async function POST(req: Request) {\n  const body = await req.json();\n  const r = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: body.messages });\n  return Response.json(r);\n}\n",
      filename: FILES.route,
      errors: [
        {
          messageId: 'unvalidated',
          line: 5,
          suggestions: [
            {
              messageId: 'addSchema',
              output:
                "import OpenAI from 'openai';\nimport { z } from 'zod';\nconst openai = new OpenAI();\nconst BodySchema = z.object({\n  messages: z.array(z.object({ role: z.enum(['user', 'assistant']), content: z.string().max(10_000) })).max(100),\n});\n\nexport async function POST(req: Request) {\n  const parsed = BodySchema.safeParse(await req.json());\n  if (!parsed.success) {\n    return Response.json({ error: 'Invalid request body', issues: parsed.error.issues }, { status: 400 });\n  }\n  const body = parsed.data;\n  const r = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: body.messages });\n  return Response.json(r);\n}\n",
            },
          ],
        },
      ],
    },
    {
      // the openai v3 client (`new OpenAIApi(configuration)`, next13-ai-saas): the caller's messages spread after the system prompt
      code: "import { Configuration, OpenAIApi } from 'openai';\nconst openai = new OpenAIApi(new Configuration({ apiKey: process.env.OPENAI_API_KEY }));\nexport async function POST(req: Request) {\n  const { messages } = await req.json();\n  if (!messages) return new Response('Messages are required', { status: 400 });\n  const r = await openai.createChatCompletion({ model: 'gpt-3.5-turbo', messages: [{ role: 'system', content: 'You are a code generator.' }, ...messages] });\n  return Response.json(r.data.choices[0].message);\n}\n",
      filename: FILES.route,
      errors: [{ messageId: 'unvalidated', line: 4, suggestions: [{ messageId: 'addSchema', output: "import { Configuration, OpenAIApi } from 'openai';\nimport { z } from 'zod';\nconst openai = new OpenAIApi(new Configuration({ apiKey: process.env.OPENAI_API_KEY }));\nconst BodySchema = z.object({\n  messages: z.array(z.object({ role: z.enum(['user', 'assistant']), content: z.string().max(10_000) })).max(100),\n});\n\nexport async function POST(req: Request) {\n  const parsed = BodySchema.safeParse(await req.json());\n  if (!parsed.success) {\n    return Response.json({ error: 'Invalid request body', issues: parsed.error.issues }, { status: 400 });\n  }\n  const { messages } = parsed.data;\n  if (!messages) return new Response('Messages are required', { status: 400 });\n  const r = await openai.createChatCompletion({ model: 'gpt-3.5-turbo', messages: [{ role: 'system', content: 'You are a code generator.' }, ...messages] });\n  return Response.json(r.data.choices[0].message);\n}\n" }] }],
    },
    {
      // a prompt built from a field (AI SDK)
      code: AI,
      filename: FILES.route,
      errors: [
        {
          messageId: 'unvalidated',
          line: 3,
          data: { fields: '`topic`', sink: 'the AI call generateText()', plural: '', verb: 'es' },
          suggestions: withSchema(AI, { exportLine: 'export async function POST', pattern: '{ topic }', req: 'request', fields: ['topic: z.string().min(1).max(10_000)'] }),
        },
      ],
    },
    {
      // a Stripe price from the body
      code: STRIPE,
      filename: FILES.route,
      errors: [
        {
          messageId: 'unvalidated',
          line: 4,
          suggestions: withSchema(STRIPE, { exportLine: 'export async function PUT', pattern: 'data', req: 'req', fields: ['priceId: z.string().min(1).max(10_000)'] }),
        },
      ],
    },
    {
      // a Supabase filter
      code: SUPA,
      filename: FILES.route,
      errors: [
        {
          messageId: 'unvalidated',
          line: 2,
          suggestions: withSchema(SUPA, { exportLine: 'export async function DELETE', pattern: '{ id }', req: 'req', fields: ['id: z.string().min(1).max(10_000)'] }),
        },
      ],
    },
    {
      // server action FormData into the DB; fetch body
      code: "'use server';\nexport async function createPost(formData: FormData) {\n  const title = formData.get('title') as string;\n  await db.insert(posts).values({ title });\n}\nexport async function forward(formData: FormData) {\n  await fetch('https://hooks.example.com', { method: 'POST', body: JSON.stringify({ msg: formData.get('msg') }) });\n}\n",
      filename: FILES.action,
      errors: [
        { messageId: 'unvalidated', line: 2, data: { fields: '`title`', sink: 'the database (drizzle values)', plural: '', verb: 'es' }, suggestions: [] },
        // The field inside JSON.stringify() is named, not `JSON`; `formData.get('msg')` names the form field.
        { messageId: 'unvalidated', line: 6, data: { fields: '`msg`', sink: 'a fetch() request body', plural: '', verb: 'es' }, suggestions: [] },
      ],
    },
    {
      // fields wrapped in JSON.stringify() / String() / a pass-through method are named by field
      code: FORWARD,
      filename: FILES.route,
      errors: [
        {
          messageId: 'unvalidated',
          line: 2,
          column: 36,
          endColumn: 46,
          data: { fields: '`message`, `email`', sink: 'a fetch() request body', plural: 's', verb: '' },
          suggestions: withSchema(FORWARD, { exportLine: 'export async function POST', pattern: '{ message, email }', req: 'req', fields: ['message: z.string().min(1).max(10_000)', 'email: z.string().email()'] }),
        },
      ],
    },
    // Lowercase mongoose models (e-commerce-user's `cartmodel` from `@/models/cart`; TheRoyalSweet's `orderModel`; a model
    // bound in the file by `mongoose.models.x || mongoose.model(...)`; `new memberSchema(body)` from a `*Model` module in a
    // file that imports mongoose).
    { code: "import connectToDatabase from '@/lib/mongodb';\nimport cartmodel from '@/models/cart';\n\nexport async function POST(req: Request) {\n  const { cart } = await req.json();\n  await connectToDatabase();\n  await cartmodel.findOneAndUpdate({ owner: 'guest' }, { items: cart }, { upsert: true });\n  return new Response('Cart saved');\n}\n", filename: "app/api/cart/route.ts", errors: [{ messageId: 'unvalidated', line: 5, column: 26, data: { fields: '`cart`', sink: 'the database (mongoose findOneAndUpdate)', plural: '', verb: 'es' }, suggestions: withSchema("import connectToDatabase from '@/lib/mongodb';\nimport cartmodel from '@/models/cart';\n\nexport async function POST(req: Request) {\n  const { cart } = await req.json();\n  await connectToDatabase();\n  await cartmodel.findOneAndUpdate({ owner: 'guest' }, { items: cart }, { upsert: true });\n  return new Response('Cart saved');\n}\n", { exportLine: 'export async function POST', pattern: '{ cart }', req: 'req', fields: ['cart: z.string().min(1).max(10_000)'] }) }] },
    { code: "import mongoose from 'mongoose';\nimport { orderSchema } from '@/lib/schemas/order';\n\nconst orderModel = mongoose.models.order || mongoose.model('order', orderSchema);\n\nexport async function POST(req: Request) {\n  const data = await req.json();\n  const order = await orderModel.create(data);\n  return Response.json(order);\n}\n", filename: "app/api/orders/route.ts", errors: [{ messageId: 'unvalidated', line: 7, column: 22, data: { fields: '`data`', sink: 'the database (mongoose create)', plural: '', verb: 'es' } }] },
    { code: "import mongoose from 'mongoose';\nimport { memberSchema } from '@/lib/membersModel';\n\nexport async function POST(request: Request) {\n  const signup = await request.json();\n  await mongoose.connect(process.env.MONGODB_URI ?? '');\n  const doc = new memberSchema(signup);\n  const saved = await doc.save();\n  return Response.json({ saved });\n}\n", filename: "app/api/members/route.ts", errors: [{ messageId: 'unvalidated', line: 5, column: 24, data: { fields: '`signup`', sink: 'the database (new memberSchema())', plural: '', verb: 'es' } }] },
    {
      // mongoose: new Model(body) and Model.findOne({ email })
      code: MONGO,
      filename: FILES.route,
      errors: [
        {
          messageId: 'unvalidated',
          line: 3,
          suggestions: withSchema(MONGO, { exportLine: 'export async function POST', pattern: '{ email, password }', req: 'req', fields: ['email: z.string().email()', 'password: z.string().min(8).max(128)'] }),
        },
      ],
    },
    // miniperplx's chat route: the messages reach the model through `convertToCoreMessages`, the model id through the
    // provider (`xai(model)`), both as the client sent them.
    { code: CHAT_CONVERT('await req.json()'), filename: 'app/api/chat/route.ts', errors: [{ messageId: 'unvalidated', line: 8, column: 37, data: { fields: '`model`, `messages`', sink: 'the AI call streamText()', plural: 's', verb: '' }, suggestions: withSchema(CHAT_CONVERT('await req.json()'), { exportLine: 'export async function POST', pattern: '{ messages, model }', req: 'req', fields: ["messages: z.array(z.object({ role: z.enum(['user', 'assistant']), content: z.string().max(10_000).optional(), parts: z.array(z.record(z.string(), z.unknown())).max(100).optional() }).catchall(z.unknown())).max(100)", 'model: z.string().min(1).max(10_000)'] }) }] },
    // lawyergpt's chat route: the converted messages bound to a local, handed to the model and stored.
    {
      code: LAWYER_CHAT,
      filename: 'app/api/chat/[id]/route.ts',
      errors: [{ messageId: 'unvalidated', line: 5, column: 30, data: { fields: '`messages`', sink: 'the AI call streamText()', plural: '', verb: 'es' }, suggestions: withSchema(LAWYER_CHAT, { exportLine: 'export async function POST', pattern: '{ messages }', req: 'req', fields: ["messages: z.array(z.object({ role: z.enum(['user', 'assistant']), content: z.string().max(10_000).optional(), parts: z.array(z.record(z.string(), z.unknown())).max(100).optional() }).catchall(z.unknown())).max(100)"] }) }],
    },
    // sixtyoneeightychat's chat route: the converted messages filtered, bound to a local, are still named `messages`.
    {
      code: CONVERTED_FILTERED,
      filename: 'app/(chat)/api/chat/route.ts',
      errors: [{ messageId: 'unvalidated', line: 5, column: 34, data: { fields: '`messages`', sink: 'the AI call streamText()', plural: '', verb: 'es' }, suggestions: withSchema(CONVERTED_FILTERED, { exportLine: 'export async function POST', pattern: '{ id, messages }', req: 'request', fields: ['id: z.string().min(1).max(10_000)', "messages: z.array(z.object({ role: z.enum(['user', 'assistant']), content: z.string().max(10_000).optional(), parts: z.array(z.record(z.string(), z.unknown())).max(100).optional() }).catchall(z.unknown())).max(100)"] }) }],
    },
    // A provider the route creates (`createOpenAI`), its model method handed the body's model id.
    {
      code: CREATED_PROVIDER,
      filename: 'app/api/hello/route.ts',
      errors: [{ messageId: 'unvalidated', line: 7, column: 22, data: { fields: '`model`', sink: 'the AI call generateText()', plural: '', verb: 'es' }, suggestions: withSchema(CREATED_PROVIDER, { exportLine: 'export async function POST', pattern: 'body', req: 'req', fields: ['model: z.string().min(1).max(10_000)'] }) }],
    },
    // mi-turno's user update route: the rest of the body written into the update object (`changes.$set = fields`).
    {
      code: MEMBER_WRITES('  if (Object.keys(fields).length > 0) changes.$set = fields;\n'),
      filename: 'pages/api/accounts/[id].js',
      errors: [{ messageId: 'unvalidated', line: 5, column: 35, data: { fields: '`fields`', sink: 'the database (mongoose findByIdAndUpdate)', plural: '', verb: 'es' }, suggestions: [] }],
    },
    // A nested member of it (`changes.$set.name = req.body.name`), the field unchecked.
    {
      code: MEMBER_WRITES('  changes.$set = {};\n  changes.$set.name = req.body.name;\n'),
      filename: 'pages/api/accounts/[id].js',
      errors: [{ messageId: 'unvalidated', line: 8, column: 23, data: { fields: '`name`', sink: 'the database (mongoose findByIdAndUpdate)', plural: '', verb: 'es' }, suggestions: [] }],
    },
    // dub's support chat route: typeof tests of two optional fields, and the untested `messages` sent to the model.
    {
      code: TYPEOF_FIELDS("body.ticket !== undefined && typeof body.ticket !== 'string'", 'messages', '  const { messages } = body as { messages: unknown[] };\n'),
      filename: 'app/api/chat/route.ts',
      // The schema keeps the destructured `messages` (a schema without it would strip it) and the optional `ticket`.
      errors: [{ messageId: 'unvalidated', line: 5, column: 22, data: { fields: '`messages`', sink: 'the AI call streamText()', plural: '', verb: 'es' }, suggestions: withSchema(TYPEOF_FIELDS("body.ticket !== undefined && typeof body.ticket !== 'string'", 'messages', '  const { messages } = body as { messages: unknown[] };\n'), { exportLine: 'export async function POST(req: Request) {', pattern: 'body', req: 'req', fields: ['ticket: z.string().max(10_000).nullish()', "messages: z.array(z.object({ role: z.enum(['user', 'assistant']), content: z.string().max(10_000).optional(), parts: z.array(z.record(z.string(), z.unknown())).max(100).optional() }).catchall(z.unknown())).max(100)"] }) }],
    },
    // Twin of the destructured valid case: `system` is sent untested beside the tested `prompt`.
    {
      code: TYPEOF_FIELDS("typeof body.prompt !== 'string'", 'system, prompt', '  const { system, prompt } = body;\n'),
      filename: 'app/api/chat/route.ts',
      errors: [{ messageId: 'unvalidated', line: 5, column: 22, data: { fields: '`system`', sink: 'the AI call streamText()', plural: '', verb: 'es' }, suggestions: withSchema(TYPEOF_FIELDS("typeof body.prompt !== 'string'", 'system, prompt', '  const { system, prompt } = body;\n'), { exportLine: 'export async function POST(req: Request) {', pattern: 'body', req: 'req', fields: ['prompt: z.string().min(1).max(10_000)', 'system: z.string().min(1).max(10_000)'] }) }],
    },
    // Twin of the member case: `body.system` is read beside the tested `body.prompt`.
    {
      code: TYPEOF_FIELDS("typeof body.prompt !== 'string'", 'system: body.system, prompt: body.prompt'),
      filename: 'app/api/chat/route.ts',
      errors: [{ messageId: 'unvalidated', line: 5, column: 22, data: { fields: '`system`', sink: 'the AI call streamText()', plural: '', verb: 'es' }, suggestions: withSchema(TYPEOF_FIELDS("typeof body.prompt !== 'string'", 'system: body.system, prompt: body.prompt'), { exportLine: 'export async function POST(req: Request) {', pattern: 'body', req: 'req', fields: ['prompt: z.string().min(1).max(10_000)', 'system: z.string().min(1).max(10_000)'] }) }],
    },
    // chadnext's verify-otp route: `verifyVerificationCode` checks the code, not the body; the email reaches the lookup as sent.
    { code: VERIFY_OTP(''), filename: 'src/app/api/auth/login/verify-otp/route.ts', errors: [{ messageId: 'unvalidated', line: 5, column: 22, data: { fields: '`email`', sink: 'the database (prisma findFirst)', plural: '', verb: 'es' }, suggestions: withSchema(VERIFY_OTP(''), { exportLine: 'export const POST', pattern: 'body', req: 'req', fields: ['email: z.string().email()', 'code: z.string().min(1).max(10_000)'] }) }] },
  ],
});

// An allowlist or schema check of one body field checks that field, not the rest of the body (like a typeof test of it).
ruleTester.run('require-input-validation (one field allowlisted or parsed)', rule, {
  valid: [
    // allowlisted field, only it used
    {"code": "import OpenAI from 'openai';\n\nconst openai = new OpenAI();\nconst MODELS = ['gpt-4o-mini', 'gpt-4o'];\n\nexport async function POST(req: Request) {\n  const body = await req.json();\n  if (!MODELS.includes(body.model)) return Response.json({ error: 'Unknown model' }, { status: 400 });\n  const r = await openai.chat.completions.create({ model: body.model, messages: [{ role: 'user', content: 'Summarize the release notes.' }] });\n  return Response.json(r);\n}\n", "filename": "app/api/summary/route.ts"},
    // a field parsed by a schema, only it used
    {"code": "import { z } from 'zod';\nimport { prisma } from '@/lib/prisma';\n\nexport async function POST(req: Request) {\n  const body = await req.json();\n  const email = z.string().email().parse(body.email);\n  await prisma.subscriber.create({ data: { email } });\n  return Response.json({ ok: true });\n}\n", "filename": "app/api/subscribe-list/route.ts"},
  ],
  invalid: [
    // one field allowlisted, another stored unchecked
    {"code":"import { prisma } from '@/lib/prisma';\n\nconst PLANS = ['free', 'pro'];\n\nexport async function POST(req: Request) {\n  const body = await req.json();\n  if (!PLANS.includes(body.plan)) return Response.json({ error: 'Unknown plan' }, { status: 400 });\n  await prisma.workspace.create({ data: { plan: body.plan, name: body.name } });\n  return Response.json({ ok: true });\n}\n","filename":"app/api/workspaces/route.ts","errors":[{"messageId":"unvalidated","line":6,"column":22,"suggestions":[{"messageId":"addSchema","output":"import { prisma } from '@/lib/prisma';\nimport { z } from 'zod';\n\nconst PLANS = ['free', 'pro'];\n\nconst BodySchema = z.object({\n  plan: z.string().min(1).max(10_000),\n  name: z.string().min(1).max(10_000),\n});\n\nexport async function POST(req: Request) {\n  const parsed = BodySchema.safeParse(await req.json());\n  if (!parsed.success) {\n    return Response.json({ error: 'Invalid request body', issues: parsed.error.issues }, { status: 400 });\n  }\n  const body = parsed.data;\n  if (!PLANS.includes(body.plan)) return Response.json({ error: 'Unknown plan' }, { status: 400 });\n  await prisma.workspace.create({ data: { plan: body.plan, name: body.name } });\n  return Response.json({ ok: true });\n}\n"}]}]},
    // one field parsed, another stored unchecked
    {"code":"import { z } from 'zod';\nimport { prisma } from '@/lib/prisma';\n\nexport async function POST(req: Request) {\n  const body = await req.json();\n  const email = z.string().email().parse(body.email);\n  await prisma.invite.create({ data: { email, role: body.role } });\n  return Response.json({ ok: true });\n}\n","filename":"app/api/invites/route.ts","errors":[{"messageId":"unvalidated","line":5,"column":22,"suggestions":[{"messageId":"addSchema","output":"import { z } from 'zod';\nimport { prisma } from '@/lib/prisma';\n\nconst BodySchema = z.object({\n  email: z.string().email(),\n  role: z.string().min(1).max(10_000),\n});\n\nexport async function POST(req: Request) {\n  const parsed = BodySchema.safeParse(await req.json());\n  if (!parsed.success) {\n    return Response.json({ error: 'Invalid request body', issues: parsed.error.issues }, { status: 400 });\n  }\n  const body = parsed.data;\n  const email = z.string().email().parse(body.email);\n  await prisma.invite.create({ data: { email, role: body.role } });\n  return Response.json({ ok: true });\n}\n"}]}]},
  ],
});

/**
 * papermark's folder routes: an optional body field checked against a list the app's constants module exports
 * (`!ALLOWED_FOLDER_ICONS.includes(icon)` returns 400), `list` the imported name.
 */
const IMPORTED_ALLOWLIST = (list: string) =>
  `import { getServerSession } from 'next-auth/next';\nimport { authOptions } from '@/pages/api/auth/[...nextauth]';\nimport { ${list} } from '@/lib/constants/labels';\nimport prisma from '@/lib/prisma';\n\nexport default async function handle(req, res) {\n  const session = await getServerSession(req, res, authOptions);\n  if (!session) return res.status(401).end('Unauthorized');\n  const { labelId } = req.query as { labelId: string };\n  const { color } = req.body as { color?: string | null };\n  if (color !== undefined && color !== null && !${list}.includes(color as any)) {\n    return res.status(400).json({ message: 'Invalid label color' });\n  }\n  const label = await prisma.label.update({ where: { id: labelId }, data: { color } });\n  return res.status(200).json(label);\n}\n`;

ruleTester.run('require-input-validation (imported SCREAMING_CASE allowlist)', rule, {
  valid: [{ code: IMPORTED_ALLOWLIST('ALLOWED_LABEL_COLORS'), filename: 'pages/api/labels/[labelId].ts' }],
  invalid: [
    // a camelCase import may be computed (a list read from a config or the database): no allowlist by its name
    { code: IMPORTED_ALLOWLIST('labelColors'), filename: 'pages/api/labels/[labelId].ts', errors: [{ messageId: 'unvalidated', line: 10, column: 21, data: { fields: '`color`', sink: 'the database (prisma update)', plural: '', verb: 'es' } }] },
    // named for what it refuses: its `includes` finds a refused value and lets every other one through
    { code: IMPORTED_ALLOWLIST('BLOCKED_LABEL_COLORS'), filename: 'pages/api/labels/[labelId].ts', errors: [{ messageId: 'unvalidated', line: 10, column: 21, data: { fields: '`color`', sink: 'the database (prisma update)', plural: '', verb: 'es' } }] },
  ],
});

/**
 * techiekart's checkout_sessions route: the cart's prices, from the body, become the Checkout Session's line items on the
 * app's Stripe client imported from its own module (`@/lib/stripe`), not built in the file.
 */
const APP_STRIPE_CHECKOUT = (parse: string) =>
  `import { stripe } from '@/lib/stripe';\nimport { z } from 'zod';\n\nconst CartSchema = z.object({ cart: z.array(z.object({ title: z.string(), price: z.number().positive(), quantity: z.number().int().min(1).max(9) })).max(50) });\n\nexport async function POST(req: Request) {\n  const { cart } = ${parse};\n  const lineItems = cart.map((item) => ({ price_data: { currency: 'inr', unit_amount: Math.round(item.price * 100), product_data: { name: item.title } }, quantity: item.quantity }));\n  const session = await stripe.checkout.sessions.create({ mode: 'payment', line_items: lineItems, success_url: 'https://shop.example.com/success' });\n  return Response.json({ id: session.id });\n}\n`;

const PAYMENT_INTENT =
  "import { stripe } from '../../lib/stripe';\n\nexport async function POST(req: Request) {\n  const { amount } = await req.json();\n  const intent = await stripe.paymentIntents.create({ amount, currency: 'usd' });\n  return Response.json({ clientSecret: intent.client_secret });\n}\n";

ruleTester.run('require-input-validation (the app Stripe client from its own module)', rule, {
  valid: [
    // the body parsed by a schema first
    { code: APP_STRIPE_CHECKOUT('CartSchema.parse(await req.json())'), filename: 'src/app/api/checkout_sessions/route.ts' },
    // a `stripe` helper of another module (`@/lib/payments`) is the app's own code, not seen from here
    { code: APP_STRIPE_CHECKOUT('await req.json()').replace("'@/lib/stripe'", "'@/lib/payments'"), filename: 'src/app/api/checkout_sessions/route.ts' },
  ],
  invalid: [
    {
      code: APP_STRIPE_CHECKOUT('await req.json()'),
      filename: 'src/app/api/checkout_sessions/route.ts',
      errors: [{ messageId: 'unvalidated', line: 7, column: 26, data: { fields: '`lineItems`', sink: 'the SDK call stripe.checkout.sessions.create()', plural: '', verb: 'es' }, suggestions: withSchema(APP_STRIPE_CHECKOUT('await req.json()'), { exportLine: 'export async function POST(req: Request) {', pattern: '{ cart }', req: 'req', fields: ['cart: z.array(z.unknown()).max(100)'] }) }],
    },
    // a payment intent's amount, on the client from `../../lib/stripe`
    {
      code: PAYMENT_INTENT,
      filename: 'app/api/create-payment-intent/route.ts',
      errors: [{ messageId: 'unvalidated', line: 4, column: 28, data: { fields: '`amount`', sink: 'the SDK call stripe.paymentIntents.create()', plural: '', verb: 'es' }, suggestions: withSchema(PAYMENT_INTENT, { exportLine: 'export async function POST(req: Request) {', pattern: '{ amount }', req: 'req', fields: ['amount: z.number()'] }) }],
    },
  ],
});

// A server action's arguments come from the client: a price it is handed and writes into a cart or an order is the buyer's
// own (techiekart's `addProductToCart(cartItem, qty)` stores `cartItem.price`, which its checkout then charges).
ruleTester.run('require-input-validation (caller-set price in a server action)', rule, {
  valid: [
    // the price looked up from the product the caller names
    {
      code: "'use server';\n\nimport { prisma } from '@/lib/db';\n\nexport async function addToCart(productId: number, quantity: number) {\n  const product = await prisma.product.findUnique({ where: { id: productId } });\n  if (!product) throw new Error('Not found');\n  await prisma.cartItem.create({ data: { productId: product.id, price: product.price, quantity } });\n}\n",
      filename: 'src/actions/cart.ts',
    },
    // a catalogue write: the seller sets the product's price
    {
      code: "'use server';\n\nimport { prisma } from '@/lib/db';\n\nexport async function createProduct(input: { name: string; price: number }) {\n  await prisma.product.create({ data: { name: input.name, price: input.price } });\n}\n",
      filename: 'src/actions/products.ts',
    },
    // an admin's order correction
    {
      code: "'use server';\n\nimport { prisma } from '@/lib/db';\n\nexport async function setOrderTotal(orderId: string, total: number) {\n  await prisma.order.update({ where: { id: orderId }, data: { total } });\n}\n",
      filename: 'app/admin/orders/actions.ts',
    },
    // an amount the buyer chooses (a tip), with no product it would be the price of
    {
      code: "'use server';\n\nimport { prisma } from '@/lib/db';\n\nexport async function addTip(orderId: string, amount: number) {\n  await prisma.orderTip.create({ data: { orderId, amount } });\n}\n",
      filename: 'app/orders/actions.ts',
    },
  ],
  invalid: [
    // techiekart's shape: the cart line's price from the client's product object
    {
      code: "'use server';\n\nimport { prisma } from '@/lib/db';\nimport { getCart } from '@/lib/cart';\n\nexport const addProductToCart = async (item: CartProduct, qty: number) => {\n  const cart = await getCart();\n  await prisma.cartItem.create({\n    data: { productId: item.id, title: item.title, price: item.price, quantity: qty, cartId: cart.id },\n  });\n};\n",
      filename: 'src/actions/cart-item-action.ts',
      errors: [{ messageId: 'callerPrice', line: 9, column: 59, endColumn: 69, data: { field: 'price', sink: 'the database (prisma create)', action: 'addProductToCart' } }],
    },
    // an order's total and its lines' prices, computed from the items the client sends
    {
      code: "'use server';\n\nimport { prisma } from '@/lib/prisma';\n\nexport async function placeOrder(items: { id: string; price: number; quantity: number }[]) {\n  await prisma.order.create({\n    data: {\n      total: items.reduce((sum, i) => sum + i.price * i.quantity, 0),\n      items: { create: items.map((i) => ({ productId: i.id, unitPrice: Math.round(i.price * 100), quantity: i.quantity })) },\n    },\n  });\n}\n",
      filename: 'app/checkout/actions.ts',
      errors: [
        { messageId: 'callerPrice', line: 8, column: 14, data: { field: 'total', sink: 'the database (prisma create)', action: 'placeOrder' } },
        { messageId: 'callerPrice', line: 9, column: 72, data: { field: 'unitPrice', sink: 'the database (prisma create)', action: 'placeOrder' } },
      ],
    },
  ],
});
