import rule from '../../src/rules/require-webhook-verification';
import { ruleTester } from '../rule-tester';

const WEBHOOK = 'app/api/webhooks/replicate/route.ts';
/** workflow-builder-template's workflow trigger: the caller's API key from the Authorization header, looked up by its hash. */
const API_KEY_TRIGGER =
  "import { createHash } from 'node:crypto';\nimport { db, apiKeys, runs } from '@/lib/db';\n\nasync function validateApiKey(authHeader: string | null, ownerId: string) {\n  const key = authHeader?.replace('Bearer ', '');\n  if (!key?.startsWith('wfb_')) return false;\n  const row = await db.query.apiKeys.findFirst({ where: { keyHash: createHash('sha256').update(key).digest('hex') } });\n  return row?.userId === ownerId;\n}\n\nexport async function POST(request: Request) {\n  if (!(await validateApiKey(request.headers.get('Authorization'), 'owner'))) return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  const body = await request.json();\n  await db.insert(runs).values({ input: body });\n  return Response.json({ ok: true });\n}\n";
/** Its twin: a helper that only tests the key's prefix. */
const API_KEY_PREFIX_ONLY =
  "import { createHash } from 'node:crypto';\nimport { db, apiKeys, runs } from '@/lib/db';\n\nasync function hasApiKeyPrefix(authHeader: string | null, ownerId: string) {\n  const key = authHeader?.replace('Bearer ', '');\n  if (!key?.startsWith('wfb_')) return false;\n  return !!ownerId;\n}\n\nexport async function POST(request: Request) {\n  if (!(await hasApiKeyPrefix(request.headers.get('Authorization'), 'owner'))) return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  const body = await request.json();\n  await db.insert(runs).values({ input: body });\n  return Response.json({ ok: true });\n}\n";
/** call-summary-agent's Gong webhook: the body read by a helper the handler hands its request to, `verify`ing first or not. */
const HELPER_READ = (verify: boolean) =>
  (verify ? "import { start } from 'workflow/api';\nimport { summarize } from '@/workflows/summarize';\nimport { verifyGongJwt } from '@/lib/gong';\n\nasync function getWebhookData(request: Request | null) {\n  if (process.env.DEMO_MODE === 'true') return { demo: true };\n  return await request!.json();\n}\n\nexport async function POST(request: Request) {\n  if (!(await verifyGongJwt(request.headers.get('authorization')))) return new Response('Unauthorized', { status: 401 });\n  const data = await getWebhookData(request);\n  await start(summarize, [data]);\n  return Response.json({ ok: true });\n}\n" : "import { start } from 'workflow/api';\nimport { summarize } from '@/workflows/summarize';\n\nasync function getWebhookData(request: Request | null) {\n  if (process.env.DEMO_MODE === 'true') return { demo: true };\n  return await request!.json();\n}\n\nexport async function POST(request: Request) {\n  const data = await getWebhookData(request);\n  await start(summarize, [data]);\n  return Response.json({ ok: true });\n}\n");
const helper = { prodready: { helperModules: { 'require-webhook-verification': '@/lib/verify-webhook' } } };

ruleTester.run('require-webhook-verification', rule, {
  valid: [
    // A cron route that signs the body it sends to an internal endpoint (HMAC over its own JSON.stringify,
    // the same string passed as fetch's `body`): signing, not verifying a received webhook.
    {
      code: "import { createHmac } from 'crypto';\nexport async function GET(req: Request) {\n  const expected = `Bearer ${process.env.CRON_SECRET}`;\n  if (req.headers.get('authorization') !== expected) return new Response('Unauthorized', { status: 401 });\n  const body = JSON.stringify({ hours: 24, source: 'vercel-cron' });\n  const headers: Record<string, string> = { 'Content-Type': 'application/json' };\n  headers['X-Signature'] = createHmac('sha256', process.env.INTERNAL_SECRET!).update(body).digest('hex');\n  const res = await fetch(`${process.env.BASE_URL}/api/internal/cleanup`, { method: 'POST', headers, body });\n  return new Response(await res.text(), { status: res.status });\n}\n",
      filename: 'src/app/api/cron/cleanup/route.ts',
    },
    // a generic inbound webhook authenticated by the secret token in its URL, looked up per source, 401 when unknown (iqleads' lead intake for WordPress / Zapier, which cannot sign; s23-r2)
    { code: "import { NextRequest, NextResponse } from 'next/server';\nimport { eq } from 'drizzle-orm';\nimport { db } from '@/lib/db/client';\nimport { leads, leadSources } from '@/lib/db/schema';\n\nexport async function POST(request: NextRequest, { params }: { params: Promise<{ token: string }> }) {\n  const { token } = await params;\n  const [source] = await db.select().from(leadSources).where(eq(leadSources.webhookToken, token)).limit(1);\n  if (!source) {\n    return NextResponse.json({ error: 'Invalid webhook token' }, { status: 401 });\n  }\n  const data = await request.json();\n  await db.insert(leads).values({ sourceId: source.id, email: data.email, rawData: data });\n  return NextResponse.json({ ok: true });\n}\n", filename: "app/api/webhooks/leads/[token]/route.ts" },
    // Tripay's callback (ielts-mock): the HMAC of the raw body is held by a local named for the signature's
    // abbreviation (`localSig`) and compared with the header's `sentSig`; the timing is no-timing-unsafe-compare's.
    { code: "import crypto from 'crypto';\nimport { db } from '@/lib/db';\n\nexport async function POST(req: Request) {\n  const raw = await req.text();\n  const sentSig = req.headers.get('x-callback-signature') || '';\n  const localSig = crypto.createHmac('sha256', process.env.TRIPAY_PRIVATE_KEY!).update(raw).digest('hex');\n  if (sentSig !== localSig || req.headers.get('x-callback-event') !== 'payment_status') {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  const { reference, status } = JSON.parse(raw);\n  await db.payment.update({ where: { reference }, data: { status } });\n  return Response.json({ ok: true });\n}\n", filename: 'app/api/webhook/tripay/route.ts' },
    // DeaaJobran's nextjs-saas-boilerplate: the raw body and the signature header handed to a service got from an
    // imported getter (verified where the rule cannot see), and an organization's webhook endpoints managed through an
    // API wrapper that hands the handler the caller's principal (not a receiver).
    { code: "import { NextResponse } from 'next/server';\nimport { getBillingService } from '@/lib/billing';\n\nexport async function POST(request: Request, context: { params: Promise<{ provider: string }> }) {\n  const { provider } = await context.params;\n  const rawBody = await request.text();\n  const signatureHeader = request.headers.get('stripe-signature') ?? undefined;\n  const result = await getBillingService().handleWebhook({ provider, rawBody, signatureHeader });\n  return NextResponse.json(result);\n}\n", filename: 'app/api/billing/webhooks/[provider]/route.ts' },
    { code: "import { handleApiRoute } from '@/lib/api';\n\nexport async function POST(request: Request, context: { params: Promise<{ organizationId: string }> }) {\n  const { organizationId } = await context.params;\n  return handleApiRoute({\n    handler: async ({ principal, service }) => {\n      const body = await request.json();\n      const created = await service.createWebhookEndpoint({ organizationId, principal, url: body.url });\n      return { data: created, status: 201 };\n    },\n    method: 'POST',\n    request,\n    requiredScopes: ['webhooks:write'],\n  });\n}\n", filename: 'app/api/v1/organizations/[organizationId]/webhooks/route.ts' },
    // Drawn e-signatures sent as form fields (`leaderSignature` in the body) in a route that reads no header.
    { code: "import type { NextApiRequest, NextApiResponse } from 'next';\nimport { createServerSupabaseClient } from '@/lib/supabase-server';\n\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  const { infractionId, leaderSignature, teamMemberSignature } = req.body as { infractionId: string; leaderSignature?: string; teamMemberSignature?: string };\n  if (!leaderSignature || leaderSignature.trim().length === 0) {\n    return res.status(400).json({ error: 'Leader signature is required' });\n  }\n  const supabase = createServerSupabaseClient();\n  await supabase.from('infractions').update({ leader_signature: leaderSignature, team_member_signature: teamMemberSignature ?? null }).eq('id', infractionId);\n  return res.status(200).json({ ok: true });\n}\n", filename: "pages/api/mobile/[token]/infractions.ts" },
    // A password check against the app's own derived hash (`derivePasswordHash`, a PBKDF2 wrapper): both lengths are the app's.
    { code: "import { timingSafeEqual } from 'node:crypto';\n\ndeclare function parsePasswordHash(stored: string): { iterations: number; salt: Uint8Array; hash: Uint8Array } | null;\ndeclare function derivePasswordHash(input: { iterations: number; password: string; salt: Uint8Array }): Promise<Uint8Array>;\n\nexport async function verifyPassword(storedHash: string, passwordAttempt: string): Promise<boolean> {\n  const parsed = parsePasswordHash(storedHash);\n  if (parsed === null) return false;\n  const attemptedHash = await derivePasswordHash({ iterations: parsed.iterations, password: passwordAttempt, salt: parsed.salt });\n  return timingSafeEqual(attemptedHash, parsed.hash);\n}\n", filename: "src/utils/password-hasher.ts" },
    // A shared secret sent as a bearer token, compared with the env secret through a const and a template: verified
    // (the comparison's timing is no-timing-unsafe-compare's finding).
    { code: "import { NextRequest, NextResponse } from 'next/server';\nimport { handleFormSubmission } from '@/lib/automations/form-response';\n\nexport async function POST(request: NextRequest) {\n  const authHeader = request.headers.get('authorization');\n  const secret = process.env.FORM_WEBHOOK_SECRET;\n  if (!secret || authHeader !== `Bearer ${secret}`) {\n    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  const body = await request.json();\n  await handleFormSubmission(body);\n  return NextResponse.json({ ok: true });\n}\n", filename: "app/api/webhooks/form/route.ts" },
    // invitation-app's internal webhook dispatcher: the caller's key compared with an env secret that is defaulted and
    // trimmed (`(process.env.ADMIN_KEY || '').trim()`) before the 401: verified (the timing is no-timing-unsafe-compare's).
    { code: "import { NextResponse } from 'next/server';\nimport { prisma } from '@/lib/db';\n\nexport async function POST(req: Request) {\n  const internalKey = (req.headers.get('x-internal-key') || '').trim();\n  const adminKey = (process.env.ADMIN_KEY || '').trim();\n  if (!adminKey || internalKey !== adminKey) {\n    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  const json = await req.json();\n  await prisma.delivery.create({ data: { event: String(json.event) } });\n  return NextResponse.json({ ok: true });\n}\n", filename: 'app/api/webhooks/trigger/route.ts' },
    // VISION-PLATFORM's CSRF check: `timingSafeEqual` is the file's own constant-time loop over two strings (it returns
    // false on a length mismatch), not crypto's, which throws.
    { code: "import { createHash } from 'crypto';\n\nexport function validateCsrfToken(request: Request): boolean {\n  const headerToken = request.headers.get('x-csrf-token');\n  const cookieToken = request.headers.get('cookie');\n  if (!headerToken || !cookieToken) return false;\n  const headerHash = createHash('sha256').update(headerToken).digest('hex');\n  const cookieHash = createHash('sha256').update(cookieToken).digest('hex');\n  return timingSafeEqual(headerHash, cookieHash);\n}\n\nfunction timingSafeEqual(a: string, b: string): boolean {\n  if (a.length !== b.length) return false;\n  let result = 0;\n  for (let i = 0; i < a.length; i++) result |= a.charCodeAt(i) ^ b.charCodeAt(i);\n  return result === 0;\n}\n", filename: 'src/lib/security/csrf.ts' },
    // A route that manages the app's webhook settings behind an admin wrapper (conversionsurgery): no sender calls it.
    { code: "import { NextResponse } from 'next/server';\nimport { z } from 'zod';\nimport { adminClientRoute, PERMISSIONS } from '@/lib/utils/route-handler';\nimport { db } from '@/db';\nimport { integrationWebhooks } from '@/db/schema';\nimport { eq } from 'drizzle-orm';\n\nconst updateSchema = z.object({ webhookUrl: z.string().url().optional(), enabled: z.boolean().optional() }).strict();\n\nexport const PATCH = adminClientRoute<{ id: string; webhookId: string }>(\n  { permission: PERMISSIONS.CLIENTS_EDIT, clientIdFrom: (p) => p.id },\n  async ({ request, params }) => {\n    const data = updateSchema.parse(await request.json());\n    await db.update(integrationWebhooks).set(data).where(eq(integrationWebhooks.id, params.webhookId));\n    return NextResponse.json({ ok: true });\n  },\n);\n", filename: "app/api/admin/clients/[id]/integrations/[webhookId]/route.ts" },
    // A module path that says "signature" (a wallet sign-in's nonce route imports its message builder from
    // `@/lib/web3/signature-verification`): the import names a file, not a signature header; no webhook here.
    {
      code: "import { createSigningMessage, generateNonce } from '@/lib/web3/signature-verification';\n\nexport async function POST(request: Request) {\n  const { walletAddress } = await request.json();\n  const nonce = generateNonce();\n  await supabase.from('wallet_auth').upsert({ wallet_address: walletAddress, nonce });\n  return Response.json({ nonce, message: createSigningMessage(walletAddress, nonce) });\n}\n",
      filename: 'app/api/auth/web3/nonce/route.ts',
    },
    // The length-unchecked timingSafeEqual sits in a same-file helper that the webhook only calls inside its try: a short signature gets the catch's 400 (open-saas's Lemon Squeezy webhook).
    { code: "import crypto from 'crypto';\nimport type { Request, Response } from 'express';\nimport { handleOrder } from './orders';\n\nexport const paymentsWebhook = async (request: Request, response: Response) => {\n  try {\n    const rawBody = parseRequestBody(request);\n    await handleOrder(JSON.parse(rawBody));\n    return response.status(200).json({ received: true });\n  } catch (err) {\n    console.error('Webhook error:', err);\n    return response.status(400).json({ error: 'Error processing webhook event' });\n  }\n};\n\nfunction parseRequestBody(request: Request): string {\n  const body = request.body.toString('utf8');\n  const signature = request.get('X-Signature');\n  if (!signature) throw new Error('signature not provided');\n  const digest = Buffer.from(crypto.createHmac('sha256', process.env.WEBHOOK_SECRET as string).update(body).digest('hex'), 'utf8');\n  if (!crypto.timingSafeEqual(Buffer.from(signature, 'utf8'), digest)) throw new Error('Invalid signature');\n  return body;\n}\n", filename: 'src/payment/lemonSqueezy/webhook.ts' },
    // Verifying the raw body text.
    { code: "import Stripe from 'stripe';\n\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { timeout: 10_000 });\n\nexport async function POST(req: Request) {\n  const rawBody = await req.text();\n  const event = stripe.webhooks.constructEvent(rawBody, req.headers.get('stripe-signature')!, process.env.STRIPE_WEBHOOK_SECRET!);\n  await handleEvent(event);\n  return new Response(null, { status: 204 });\n}\n", filename: 'app/api/webhooks/stripe/route.ts' },
    // A module that signs its own JSON and verifies it the same way.
    { code: "import { createSigner } from '@/lib/signer';\n\nconst signer = createSigner(process.env.LINK_SECRET!);\n\nexport function issue(payload: { userId: string }) {\n  return { payload, sig: signer.sign(JSON.stringify(payload)) };\n}\n\nexport function check(payload: { userId: string }, sig: string) {\n  return signer.verify(JSON.stringify(payload), sig);\n}\n", filename: 'lib/signed-links.ts' },
    // A route about documents' e-signatures (a demo's countersignature route): `signature` only in comments and in a
    // message's prose, no signature header read: no webhook receiver.
    { code: "import * as store from '@/data/store';\n\n/**\n * Countersign a pending revision: the operator's e-signature releases it.\n * The signature the register keeps is derived from the persona, never from the body.\n */\nexport const POST = async (req: Request) => {\n  const body = await req.json().catch(() => null);\n  if (!body) return Response.json({ error: 'BAD_REQUEST' }, { status: 400 });\n  const { document: ref, pin } = body as { document?: string; pin?: string };\n  if (!/^\\d{6}$/.test(pin ?? '')) return Response.json({ error: 'INVALID_PIN', message: 'That e-signature PIN was not accepted.' }, { status: 401 });\n  return Response.json({ record: store.release(ref) });\n};\n", filename: 'app/api/documents/countersignatures/route.ts' },
    // An SNS endpoint that verifies each message with sns-validator.
    { code: "import MessageValidator from 'sns-validator';\nimport { db } from '~/server/db';\n\nconst validator = new MessageValidator();\nconst validate = (msg: Record<string, unknown>) => new Promise<void>((resolve, reject) => validator.validate(msg, (err) => (err ? reject(err) : resolve())));\n\nexport async function POST(req: Request) {\n  const data = await req.json();\n  try {\n    await validate(data);\n  } catch {\n    return new Response('Invalid signature', { status: 403 });\n  }\n  if (data.Type === 'SubscriptionConfirmation') {\n    await fetch(data.SubscribeURL, { signal: AbortSignal.timeout(5_000) });\n    return new Response(null, { status: 204 });\n  }\n  await db.emailEvent.create({ data: { messageId: data.MessageId } });\n  return new Response(null, { status: 204 });\n}\n", filename: 'app/api/ses/notifications/route.ts' },
    // A workflow's webhook trigger called with the owner's API key (workflow-builder-template): `validateApiKey` looks the
    // key up by its hash; an authenticated API call, not a provider's unsigned event.
    { code: API_KEY_TRIGGER, filename: 'app/api/workflows/[workflowId]/webhook/route.ts' },
    // The body read by a helper, in a route that verifies the sender's JWT first.
    { code: HELPER_READ(true), filename: 'app/api/gong-webhook/route.ts' },
    // LiveKit's SDK (next14-twitch-clone): `receiver.receive(body, authorization)` on a `new WebhookReceiver(key, secret)`
    // verifies the Authorization JWT and the body hash it carries.
    { code: "import { headers } from 'next/headers';\nimport { WebhookReceiver } from 'livekit-server-sdk';\nimport { db } from '@/lib/db';\n\nconst receiver = new WebhookReceiver(process.env.LIVEKIT_API_KEY!, process.env.LIVEKIT_API_SECRET!);\n\nexport async function POST(req: Request) {\n  const body = await req.text();\n  const authorization = headers().get('Authorization');\n  if (!authorization) return new Response('No authorization header', { status: 400 });\n  const event = receiver.receive(body, authorization);\n  if (event.event === 'ingress_started') await db.stream.update({ where: { ingressId: event.ingressInfo?.ingressId }, data: { isLive: true } });\n  return new Response('ok');\n}\n", filename: 'app/api/webhooks/livekit/route.ts' },
    // Paddle's SDK verifies the signature in webhooks.unmarshal(rawBody, secret, signature).
    { code: "import { buffer } from 'micro';\nimport { getPaddle } from '~/server/paddle/client';\nexport default async function handler(req, res) {\n  const sig = req.headers['paddle-signature'];\n  const rawPayload = (await buffer(req)).toString();\n  const event = getPaddle().webhooks.unmarshal(rawPayload, process.env.PADDLE_WEBHOOK_SECRET, sig);\n  if (event.eventType === 'transaction.completed') await prisma.order.update({ where: { id: event.data.id }, data: { paid: true } });\n  res.status(200).end();\n}\n", filename: 'pages/api/webhooks/paddle.ts' },
    // The HMAC a provider specifies over its key-sorted JSON (NOWPayments IPN): a canonical form, not a re-serialization.
    { code: "import { createHmac } from 'crypto';\nexport class NowPayments {\n  sortObject(obj) { return Object.keys(obj).sort().reduce((r, k) => ({ ...r, [k]: obj[k] }), {}); }\n  validateWebhookEvent(signature: string, payload: object) {\n    const sortedPayload = this.sortObject(payload);\n    const hash = createHmac('sha512', process.env.NOW_PAYMENTS_IPN_KEY!).update(JSON.stringify(sortedPayload)).digest('hex');\n    return { isValid: hash === signature };\n  }\n}\n", filename: 'src/server/http/nowpayments/nowpayments.caller.ts' },
    // Both sides go through the file's own raw-digest function (Cap's media-server webhook): 32 bytes each, timingSafeEqual cannot throw.
    { code: "import { createHash, timingSafeEqual } from 'node:crypto';\n\nfunction digest(value: string) {\n  return createHash('sha256').update(value, 'utf8').digest();\n}\n\nexport function isAuthorized(request: Request) {\n  const secret = process.env.MEDIA_SERVER_WEBHOOK_SECRET;\n  const header = request.headers.get('x-media-server-secret');\n  return Boolean(secret) && Boolean(header) && timingSafeEqual(digest(header ?? ''), digest(secret ?? ''));\n}\n", filename: 'lib/media-auth.ts' },
    { code: "import { createHash, timingSafeEqual } from 'node:crypto';\n\nconst sha = (v: string) => createHash('sha256').update(v).digest();\n\nexport function same(a: string, b: string) {\n  return timingSafeEqual(sha(a), sha(b));\n}\n", filename: 'lib/same.ts' },
    // A module that issues and verifies its own HMAC tokens over JSON.stringify (karakeep's signedTokens.ts): no sender's raw body.
    { code: "import crypto from 'node:crypto';\n\nexport function createSignedToken(payload: unknown, secret: string): string {\n  const body = { payload, expiresAt: Date.now() + 5 * 60_000 };\n  const signature = crypto.createHmac('sha256', secret).update(JSON.stringify(body)).digest('hex');\n  return Buffer.from(JSON.stringify({ payload: body, signature })).toString('base64');\n}\n\nexport function verifySignedToken(token: string, secret: string): unknown {\n  const { payload, signature } = JSON.parse(Buffer.from(token, 'base64').toString());\n  const expected = crypto.createHmac('sha256', secret).update(JSON.stringify(payload)).digest();\n  const actual = Buffer.from(signature, 'hex');\n  if (actual.length !== expected.length || !crypto.timingSafeEqual(actual, expected)) return null;\n  if (Date.now() > payload.expiresAt) return null;\n  return payload.payload;\n}\n", filename: "packages/shared/signedTokens.ts" },
    // The same when the signer HMACs a const holding JSON.stringify(...) (karakeep's real `payloadString`).
    { code: "import crypto from 'node:crypto';\n\nexport function createSignedToken(payload: unknown, secret: string): string {\n  const body = { payload, expiresAt: Date.now() + 5 * 60_000 };\n  const payloadString = JSON.stringify(body);\n  const signature = crypto.createHmac('sha256', secret).update(payloadString).digest('hex');\n  return Buffer.from(JSON.stringify({ payload: body, signature })).toString('base64');\n}\n\nexport function verifySignedToken(token: string, secret: string): unknown {\n  const { payload, signature } = JSON.parse(Buffer.from(token, 'base64').toString());\n  const expected = crypto.createHmac('sha256', secret).update(JSON.stringify(payload)).digest();\n  const actual = Buffer.from(signature, 'hex');\n  if (actual.length !== expected.length || !crypto.timingSafeEqual(actual, expected)) return null;\n  if (Date.now() > payload.expiresAt) return null;\n  return payload.payload;\n}\n", filename: "packages/shared/signedTokens.ts" },

    // Stripe constructEvent over the raw body
    {
      code: "import Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);\nexport async function POST(req: Request) {\n  const body = await req.text();\n  const sig = req.headers.get('stripe-signature')!;\n  const event = stripe.webhooks.constructEvent(body, sig, process.env.STRIPE_WEBHOOK_SECRET!);\n  return Response.json({ received: event.id });\n}\n",
      filename: 'app/api/webhooks/stripe/route.ts',
    },
    // svix
    {
      code: "import { Webhook } from 'svix';\nexport async function POST(req: Request) {\n  const payload = await req.text();\n  const wh = new Webhook(process.env.CLERK_WEBHOOK_SECRET!);\n  const evt = wh.verify(payload, Object.fromEntries(req.headers));\n  return Response.json(evt);\n}\n",
      filename: 'app/api/webhooks/clerk/route.ts',
    },
    // local HMAC helper with length-checked timingSafeEqual
    {
      code: "import { createHmac, timingSafeEqual } from 'crypto';\nfunction verifySignature(body: string, sig: string) {\n  const expected = createHmac('sha256', process.env.SECRET!).update(body).digest();\n  const given = Buffer.from(sig, 'hex');\n  return given.length === expected.length && timingSafeEqual(given, expected);\n}\nexport async function POST(req: Request) {\n  const body = await req.text();\n  if (!verifySignature(body, req.headers.get('x-signature') ?? '')) return new Response(null, { status: 401 });\n  return Response.json(JSON.parse(body));\n}\n",
      filename: 'app/api/webhooks/custom/route.ts',
    },
    // shared secret compared with an env secret (reported by no-timing-unsafe-compare instead)
    {
      code: "export async function POST(req: Request) {\n  if (req.headers.get('x-webhook-secret') !== process.env.WEBHOOK_SECRET) return new Response(null, { status: 401 });\n  const body = await req.json();\n  return Response.json(body);\n}\n",
      filename: 'app/api/webhooks/n8n/route.ts',
    },
    // verification in an imported helper that receives the signature
    {
      code: "import { verifyPolarWebhook } from '@/lib/polar';\nexport async function POST(req: Request) {\n  const event = await verifyPolarWebhook(await req.text(), req.headers);\n  return Response.json(event);\n}\n",
      filename: 'app/api/webhooks/polar/route.ts',
    },
    // wrapper that verifies (QStash)
    {
      code: "import { verifySignatureAppRouter } from '@upstash/qstash/nextjs';\nexport const POST = verifySignatureAppRouter(async (req: Request) => {\n  const body = await req.json();\n  return Response.json(body);\n});\n",
      filename: 'app/api/webhooks/qstash/route.ts',
    },
    // provider wrapper with no visible handler
    { code: "import { Webhooks } from '@polar-sh/nextjs';\nexport const POST = Webhooks({ webhookSecret: process.env.POLAR_WEBHOOK_SECRET!, onPayload: async () => {} });", filename: 'app/api/webhooks/polar/route.ts' },
    // GET challenge handlers do not read the body
    { code: "export async function GET(req: Request) {\n  const challenge = new URL(req.url).searchParams.get('hub.challenge');\n  return new Response(challenge);\n}\n", filename: 'app/api/webhooks/meta/route.ts' },
    // routes that manage the app's webhook settings, behind a user session
    {
      code: "import { getServerSession } from 'next-auth';\nexport default async function handler(req, res) {\n  const session = await getServerSession(req, res, authOptions);\n  if (!session) return res.status(401).end();\n  const { url } = req.body;\n  await prisma.webhook.create({ data: { url } });\n  res.json({ ok: true });\n}\n",
      filename: 'pages/api/teams/[teamId]/webhooks/index.ts',
    },
    // ... or behind an auth middleware that puts the caller on the request (cal.com's API v1: an API-key
    // middleware sets req.userId; this endpoint creates a webhook subscription, it receives none).
    {
      code: "import { defaultResponder } from '@/lib/server/defaultResponder';\nimport prisma from '@/lib/prisma';\nasync function postHandler(req) {\n  const { userId, isSystemWideAdmin } = req;\n  const { subscriberUrl, eventTypeId } = schemaWebhookCreate.parse(req.body);\n  if (eventTypeId && !isSystemWideAdmin) await prisma.eventType.findFirstOrThrow({ where: { id: eventTypeId, userId } });\n  const data = await prisma.webhook.create({ data: { subscriberUrl, eventTypeId, userId } });\n  return { webhook: data };\n}\nexport default defaultResponder(postHandler);\n",
      filename: 'pages/api/webhooks/_post.ts',
    },
    // The same helper signing an outgoing delivery: its result is sent, not compared.
    { code: "import { createHmac } from 'node:crypto';\n\nconst computeSignature = (secret: string, body: unknown, timestamp: string) => {\n  const signed = `${timestamp}.${JSON.stringify(body)}`;\n  const hmac = createHmac('sha256', secret);\n  return hmac.update(signed).digest('hex');\n};\n\nexport async function deliver(url: string, payload: unknown) {\n  const timestamp = String(Date.now());\n  const signature = computeSignature(process.env.OUTGOING_WEBHOOK_SECRET!, payload, timestamp);\n  return fetch(url, { method: 'POST', headers: { 'x-webhook-signature': signature, 'x-webhook-timestamp': timestamp }, body: JSON.stringify(payload), signal: AbortSignal.timeout(10_000) });\n}\n", filename: 'lib/webhooks/deliver.ts' },
    // not a webhook route
    { code: 'export async function POST(req: Request) { const b = await req.json(); return Response.json(b); }', filename: 'app/api/posts/route.ts' },
    // signing an outgoing payload with JSON.stringify is fine
    {
      code: "import { createHmac } from 'crypto';\nexport function signPayload(payload: object, secret: string) {\n  return createHmac('sha256', secret).update(JSON.stringify(payload)).digest('hex');\n}\n",
      filename: 'lib/webhooks/sign.ts',
    },
    // timingSafeEqual guarded by a length check, by try/catch, or over fixed-length digests
    { code: "import { timingSafeEqual } from 'crypto';\nexport function eq(a: Buffer, b: Buffer) { if (a.length !== b.length) return false; return timingSafeEqual(a, b); }", filename: 'lib/eq.ts' },
    { code: "import crypto from 'crypto';\nexport function eq(a: string, b: string) { try { return crypto.timingSafeEqual(Buffer.from(a), Buffer.from(b)); } catch { return false; } }", filename: 'lib/eq.ts' },
    {
      code: "import { createHash, timingSafeEqual } from 'crypto';\nexport function eq(a: string, b: string) { const x = createHash('sha256').update(a).digest(); const y = createHash('sha256').update(b).digest(); return timingSafeEqual(x, y); }",
      filename: 'lib/eq.ts',
    },
    // A password check (openpanel): a scrypt / pbkdf2 output compared with the stored hash; no request signature.
    { code: "import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';\n\nexport async function verifySecret(secret: string, stored: string, keyLength = 32): Promise<boolean> {\n  const [salt, hex] = stored.split('.');\n  const expected = Buffer.from(hex!, 'hex');\n  return new Promise((resolve, reject) => {\n  scrypt(secret, salt!, keyLength, (err, derived) => {\n      if (err) return reject(err);\n      resolve(timingSafeEqual(new Uint8Array(expected), new Uint8Array(derived)));\n    });\n  });\n}\n", filename: 'packages/common/server/crypto.ts' },
    { code: "import { scryptSync, timingSafeEqual } from 'node:crypto';\nexport function verifyPassword(password: string, salt: string, stored: Buffer) {\n  const derived = scryptSync(password, salt, 64);\n  return timingSafeEqual(stored, derived);\n}\n", filename: 'lib/password.ts' },
    { code: "import { pbkdf2, timingSafeEqual } from 'node:crypto';\nimport { promisify } from 'node:util';\nconst pbkdf2Async = promisify(pbkdf2);\nexport async function check(pw: string, salt: string, stored: Buffer) {\n  return timingSafeEqual(stored, await pbkdf2Async(pw, salt, 310000, 32, 'sha256'));\n}\n", filename: 'lib/password.ts' },
    // A one-time code's hash (a golf app's `lib/otp-utils.ts`): the app's own `hashOTP(otp)` compared with the hash it
    // stored; both are its SHA-256 hex, no request sets either length.
    { code: "import crypto, { webcrypto } from 'node:crypto';\n\nexport async function hashOTP(otp: string): Promise<string> {\n  const digest = await webcrypto.subtle.digest('SHA-256', new TextEncoder().encode(otp));\n  return Buffer.from(digest).toString('hex');\n}\n\nexport async function verifyOTPHash(otp: string, hash: string): Promise<boolean> {\n  const computedHash = await hashOTP(otp);\n  const computed = Buffer.from(computedHash, 'utf8');\n  const stored = Buffer.from(hash, 'utf8');\n  return crypto.timingSafeEqual(computed, stored);\n}\n", filename: 'lib/otp-utils.ts' },
    // client code
    { code: "'use client';\nexport function f() { return fetch('/api/webhooks/x'); }", filename: 'app/webhooks/page.tsx' },
    // An upload signing route (a SaaS-Boilerplate fork's `api/v1/cloudinary/sign`): it computes its own `signature`
    // for the browser's upload and answers with a `headers: { ... }` option; it reads no header of the request.
    { code: "import crypto from 'node:crypto';\n\nexport async function POST(req: Request) {\n  const { folder = 'general', public_id } = await req.json();\n  const apiSecret = process.env.CLOUDINARY_API_SECRET;\n  if (!apiSecret) return new Response(JSON.stringify({ error: 'Cloudinary configuration missing' }), { status: 500 });\n  const timestamp = Math.round(Date.now() / 1000);\n  const toSign = `folder=${folder}&public_id=${public_id}&timestamp=${timestamp}${apiSecret}`;\n  const signature = crypto.createHash('sha1').update(toSign).digest('hex');\n  return new Response(JSON.stringify({ signature, timestamp }), { status: 200, headers: { 'content-type': 'application/json' } });\n}\n", filename: 'src/app/api/v1/cloudinary/sign/route.ts' },
  ],
  invalid: [
    // Twin: the same shape receiving instead (the re-serialized parsed body is HMACed and compared, nothing sent).
    {
      code: "import { createHmac } from 'crypto';\nexport async function POST(req: Request) {\n  const body = JSON.stringify(await req.json());\n  const expected = createHmac('sha256', process.env.INTERNAL_SECRET!).update(body).digest('hex');\n  if (req.headers.get('x-signature') !== expected) return new Response('Unauthorized', { status: 401 });\n  return Response.json({ ok: true });\n}\n",
      filename: 'src/app/api/internal/cleanup/route.ts',
      errors: [{ messageId: 'reserialized', line: 3, column: 16, suggestions: [] }],
    },
    // Twin: a source id in the URL is no secret (ids are guessable and shown in the app): still reported
    { code: "import { NextRequest, NextResponse } from 'next/server';\nimport { eq } from 'drizzle-orm';\nimport { db } from '@/lib/db/client';\nimport { leads, leadSources } from '@/lib/db/schema';\n\nexport async function POST(request: NextRequest, { params }: { params: Promise<{ sourceId: string }> }) {\n  const { sourceId } = await params;\n  const [source] = await db.select().from(leadSources).where(eq(leadSources.id, sourceId)).limit(1);\n  if (!source) {\n    return NextResponse.json({ error: 'Unknown source' }, { status: 401 });\n  }\n  const data = await request.json();\n  await db.insert(leads).values({ sourceId: source.id, email: data.email, rawData: data });\n  return NextResponse.json({ ok: true });\n}\n", filename: "app/api/webhooks/leads/[sourceId]/route.ts", settings: helper, errors: [{ messageId: 'unverified', line: 6, column: 23, suggestions: [{ messageId: 'addVerification', output: "import { NextRequest, NextResponse } from 'next/server';\nimport { eq } from 'drizzle-orm';\nimport { db } from '@/lib/db/client';\nimport { leads, leadSources } from '@/lib/db/schema';\nimport { verifyWebhookSignature } from '@/lib/verify-webhook';\n\nexport async function POST(request: NextRequest, { params }: { params: Promise<{ sourceId: string }> }) {\n  const rawBody = await request.text();\n  if (!verifyWebhookSignature(rawBody, request.headers.get('x-webhook-signature'), process.env.WEBHOOK_SECRET)) {\n    return new Response('Invalid signature', { status: 401 });\n  }\n  const { sourceId } = await params;\n  const [source] = await db.select().from(leadSources).where(eq(leadSources.id, sourceId)).limit(1);\n  if (!source) {\n    return NextResponse.json({ error: 'Unknown source' }, { status: 401 });\n  }\n  const data = JSON.parse(rawBody);\n  await db.insert(leads).values({ sourceId: source.id, email: data.email, rawData: data });\n  return NextResponse.json({ ok: true });\n}\n" }] }] },
    // The body read by a helper of the file the handler hands its request to, nothing verified (call-summary-agent's Gong
    // webhook): reported, with no suggestion (the guard's raw body would not reach the helper's read).
    { code: HELPER_READ(false), filename: 'app/api/gong-webhook/route.ts', errors: [{ messageId: 'unverified', line: 9, column: 23, suggestions: [] }] },
    // Twin: the same trigger that only checks the key's prefix, never looking it up, is reported.
    {
      code: API_KEY_PREFIX_ONLY,
      filename: 'app/api/workflows/[workflowId]/webhook/route.ts',
      settings: helper,
      errors: [{ messageId: 'unverified', line: 10, column: 23, suggestions: [{ messageId: 'addVerification', output: "import { createHash } from 'node:crypto';\nimport { db, apiKeys, runs } from '@/lib/db';\nimport { verifyWebhookSignature } from '@/lib/verify-webhook';\n\nasync function hasApiKeyPrefix(authHeader: string | null, ownerId: string) {\n  const key = authHeader?.replace('Bearer ', '');\n  if (!key?.startsWith('wfb_')) return false;\n  return !!ownerId;\n}\n\nexport async function POST(request: Request) {\n  const rawBody = await request.text();\n  if (!verifyWebhookSignature(rawBody, request.headers.get('x-webhook-signature'), process.env.WEBHOOK_SECRET)) {\n    return new Response('Invalid signature', { status: 401 });\n  }\n  if (!(await hasApiKeyPrefix(request.headers.get('Authorization'), 'owner'))) return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  const body = JSON.parse(rawBody);\n  await db.insert(runs).values({ input: body });\n  return Response.json({ ok: true });\n}\n" }] }],
    },
    // The same check with crypto's timingSafeEqual imported under that name and no length check: still reported.
    {
      code: "import { createHash, timingSafeEqual } from 'crypto';\n\nexport function validateCsrfToken(request: Request): boolean {\n  const headerToken = request.headers.get('x-csrf-token');\n  const cookieToken = request.headers.get('cookie');\n  if (!headerToken || !cookieToken) return false;\n  return timingSafeEqual(Buffer.from(headerToken), Buffer.from(cookieToken));\n}\n",
      filename: 'src/lib/security/csrf.ts',
      errors: [{ messageId: 'unguardedTimingSafeEqual', line: 7, column: 10 }],
    },
    // The same dispatcher gated on a trimmed env value that is no secret (an email address): still reported.
    {
      code: "import { NextResponse } from 'next/server';\nimport { prisma } from '@/lib/db';\n\nexport async function POST(req: Request) {\n  const internalKey = (req.headers.get('x-internal-key') || '').trim();\n  const adminKey = (process.env.ADMIN_EMAIL || '').trim();\n  if (!adminKey || internalKey !== adminKey) {\n    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  const json = await req.json();\n  await prisma.delivery.create({ data: { event: String(json.event) } });\n  return NextResponse.json({ ok: true });\n}\n",
      filename: 'app/api/webhooks/trigger/route.ts',
      settings: helper,
      errors: [{ messageId: 'unverified', line: 4, column: 23, suggestions: [{ messageId: 'addVerification', output: "import { NextResponse } from 'next/server';\nimport { prisma } from '@/lib/db';\nimport { verifyWebhookSignature } from '@/lib/verify-webhook';\n\nexport async function POST(req: Request) {\n  const rawBody = await req.text();\n  if (!verifyWebhookSignature(rawBody, req.headers.get('x-webhook-signature'), process.env.WEBHOOK_SECRET)) {\n    return new Response('Invalid signature', { status: 401 });\n  }\n  const internalKey = (req.headers.get('x-internal-key') || '').trim();\n  const adminKey = (process.env.ADMIN_EMAIL || '').trim();\n  if (!adminKey || internalKey !== adminKey) {\n    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  const json = JSON.parse(rawBody);\n  await prisma.delivery.create({ data: { event: String(json.event) } });\n  return NextResponse.json({ ok: true });\n}\n" }] }],
    },
    // The same check over a plain hash of the body (no key) verifies nothing: anyone can compute it.
    {
      code: "import crypto from 'crypto';\nimport { db } from '@/lib/db';\n\nexport async function POST(req: Request) {\n  const raw = await req.text();\n  const sentSig = req.headers.get('x-callback-signature') || '';\n  const localSig = crypto.createHash('sha256').update(raw).digest('hex');\n  if (sentSig !== localSig || req.headers.get('x-callback-event') !== 'payment_status') {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  const { reference, status } = JSON.parse(raw);\n  await db.payment.update({ where: { reference }, data: { status } });\n  return Response.json({ ok: true });\n}\n",
      filename: 'app/api/webhook/tripay/route.ts',
      errors: [{ messageId: 'unverified', line: 4, column: 23, suggestions: [{ messageId: 'addVerification', output: "import crypto from 'crypto';\nimport { db } from '@/lib/db';\nimport { createHmac, timingSafeEqual } from 'node:crypto';\n\nexport async function POST(req: Request) {\n  const rawBody = await req.text();\n  if (!verifyWebhookSignature(rawBody, req.headers.get('x-callback-signature'), process.env.WEBHOOK_SECRET)) {\n    return new Response('Invalid signature', { status: 401 });\n  }\n  const raw = rawBody;\n  const sentSig = req.headers.get('x-callback-signature') || '';\n  const localSig = crypto.createHash('sha256').update(raw).digest('hex');\n  if (sentSig !== localSig || req.headers.get('x-callback-event') !== 'payment_status') {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  const { reference, status } = JSON.parse(raw);\n  await db.payment.update({ where: { reference }, data: { status } });\n  return Response.json({ ok: true });\n}\n\ninterface VerifyWebhookOptions {\n  /** Text before the hex digest in the header, e.g. `sha256=` for GitHub-style signatures. */\n  prefix?: string;\n  /** HMAC algorithm the sender uses. */\n  algorithm?: 'sha256' | 'sha512' | 'sha1';\n}\n\n/**\n * Verifies `signatureHeader` against an HMAC of the raw request body.\n *\n * Call it with the exact text the sender signed: `const rawBody = await req.text()` before any parsing.\n * `JSON.stringify(await req.json())` re-serializes the payload (key order, spacing, unicode escapes) and\n * no longer matches what was signed. Buffers are length-checked first, because `timingSafeEqual` throws\n * on unequal lengths: a malformed header must be a 401, not a 500.\n */\nfunction verifyWebhookSignature(\n  rawBody: string,\n  signatureHeader: string | null | undefined,\n  secret: string | undefined,\n  options: VerifyWebhookOptions = {},\n): boolean {\n  if (!secret || !signatureHeader) return false;\n  const prefix = options.prefix ?? 'sha256=';\n  const received = signatureHeader.startsWith(prefix) ? signatureHeader.slice(prefix.length) : signatureHeader;\n  if (!/^[0-9a-f]+$/i.test(received)) return false;\n  const expected = createHmac(options.algorithm ?? 'sha256', secret).update(rawBody, 'utf8').digest();\n  const given = Buffer.from(received, 'hex');\n  if (given.length !== expected.length) return false;\n  return timingSafeEqual(given, expected);\n}\n" }] }],
    },
    // The same getter handed only the parsed payload (no signature, no raw body): still reported.
    {"code":"import { NextResponse } from 'next/server';\nimport { getBillingService } from '@/lib/billing';\n\nexport async function POST(request: Request) {\n  const event = await request.json();\n  const result = await getBillingService().applyEvent(event);\n  return NextResponse.json(result);\n}\n","filename":"app/api/billing/webhooks/[provider]/route.ts","errors":[{"messageId":"unverified","line":4,"column":23,"suggestions":[{"messageId":"addVerification","output":"import { NextResponse } from 'next/server';\nimport { getBillingService } from '@/lib/billing';\nimport { createHmac, timingSafeEqual } from 'node:crypto';\n\nexport async function POST(request: Request) {\n  const rawBody = await request.text();\n  if (!verifyWebhookSignature(rawBody, request.headers.get('x-webhook-signature'), process.env.WEBHOOK_SECRET)) {\n    return new Response('Invalid signature', { status: 401 });\n  }\n  const event = JSON.parse(rawBody);\n  const result = await getBillingService().applyEvent(event);\n  return NextResponse.json(result);\n}\n\ninterface VerifyWebhookOptions {\n  /** Text before the hex digest in the header, e.g. `sha256=` for GitHub-style signatures. */\n  prefix?: string;\n  /** HMAC algorithm the sender uses. */\n  algorithm?: 'sha256' | 'sha512' | 'sha1';\n}\n\n/**\n * Verifies `signatureHeader` against an HMAC of the raw request body.\n *\n * Call it with the exact text the sender signed: `const rawBody = await req.text()` before any parsing.\n * `JSON.stringify(await req.json())` re-serializes the payload (key order, spacing, unicode escapes) and\n * no longer matches what was signed. Buffers are length-checked first, because `timingSafeEqual` throws\n * on unequal lengths: a malformed header must be a 401, not a 500.\n */\nfunction verifyWebhookSignature(\n  rawBody: string,\n  signatureHeader: string | null | undefined,\n  secret: string | undefined,\n  options: VerifyWebhookOptions = {},\n): boolean {\n  if (!secret || !signatureHeader) return false;\n  const prefix = options.prefix ?? 'sha256=';\n  const received = signatureHeader.startsWith(prefix) ? signatureHeader.slice(prefix.length) : signatureHeader;\n  if (!/^[0-9a-f]+$/i.test(received)) return false;\n  const expected = createHmac(options.algorithm ?? 'sha256', secret).update(rawBody, 'utf8').digest();\n  const given = Buffer.from(received, 'hex');\n  if (given.length !== expected.length) return false;\n  return timingSafeEqual(given, expected);\n}\n"}]}]},
    // A handler that destructures a `user` from its payload callback is no signed-in principal: still reported.
    {"code":"import { db } from '@/lib/db';\n\nexport async function POST(request: Request) {\n  const payload = await request.json();\n  await Promise.all(payload.members.map(async ({ user }: { user: string }) => db.member.upsert({ where: { user }, create: { user }, update: {} })));\n  return Response.json({ ok: true });\n}\n","filename":"app/api/v1/organizations/[organizationId]/webhooks/route.ts","errors":[{"messageId":"unverified","line":3,"column":23,"suggestions":[{"messageId":"addVerification","output":"import { db } from '@/lib/db';\nimport { createHmac, timingSafeEqual } from 'node:crypto';\n\nexport async function POST(request: Request) {\n  const rawBody = await request.text();\n  if (!verifyWebhookSignature(rawBody, request.headers.get('x-webhook-signature'), process.env.WEBHOOK_SECRET)) {\n    return new Response('Invalid signature', { status: 401 });\n  }\n  const payload = JSON.parse(rawBody);\n  await Promise.all(payload.members.map(async ({ user }: { user: string }) => db.member.upsert({ where: { user }, create: { user }, update: {} })));\n  return Response.json({ ok: true });\n}\n\ninterface VerifyWebhookOptions {\n  /** Text before the hex digest in the header, e.g. `sha256=` for GitHub-style signatures. */\n  prefix?: string;\n  /** HMAC algorithm the sender uses. */\n  algorithm?: 'sha256' | 'sha512' | 'sha1';\n}\n\n/**\n * Verifies `signatureHeader` against an HMAC of the raw request body.\n *\n * Call it with the exact text the sender signed: `const rawBody = await req.text()` before any parsing.\n * `JSON.stringify(await req.json())` re-serializes the payload (key order, spacing, unicode escapes) and\n * no longer matches what was signed. Buffers are length-checked first, because `timingSafeEqual` throws\n * on unequal lengths: a malformed header must be a 401, not a 500.\n */\nfunction verifyWebhookSignature(\n  rawBody: string,\n  signatureHeader: string | null | undefined,\n  secret: string | undefined,\n  options: VerifyWebhookOptions = {},\n): boolean {\n  if (!secret || !signatureHeader) return false;\n  const prefix = options.prefix ?? 'sha256=';\n  const received = signatureHeader.startsWith(prefix) ? signatureHeader.slice(prefix.length) : signatureHeader;\n  if (!/^[0-9a-f]+$/i.test(received)) return false;\n  const expected = createHmac(options.algorithm ?? 'sha256', secret).update(rawBody, 'utf8').digest();\n  const given = Buffer.from(received, 'hex');\n  if (given.length !== expected.length) return false;\n  return timingSafeEqual(given, expected);\n}\n"}]}]},
    // The same route receiving the provider's notification: it reads the sender's signature header and acts on the
    // body unverified, still reported.
    {
      code: "import { db } from '@/lib/db';\n\nexport async function POST(req: Request) {\n  const signature = req.headers.get('x-cld-signature');\n  if (!signature) return new Response('Missing signature', { status: 401 });\n  const body = await req.json();\n  await db.asset.update({ where: { publicId: body.public_id }, data: { status: body.notification_type } });\n  return new Response(JSON.stringify({ ok: true }), { status: 200, headers: { 'content-type': 'application/json' } });\n}\n",
      filename: 'src/app/api/v1/cloudinary/notify/route.ts',
      settings: helper,
      errors: [{ messageId: 'unverified', line: 3, column: 23, suggestions: [{ messageId: 'addVerification', output: "import { db } from '@/lib/db';\nimport { verifyWebhookSignature } from '@/lib/verify-webhook';\n\nexport async function POST(req: Request) {\n  const rawBody = await req.text();\n  if (!verifyWebhookSignature(rawBody, req.headers.get('x-cld-signature'), process.env.WEBHOOK_SECRET)) {\n    return new Response('Invalid signature', { status: 401 });\n  }\n  const signature = req.headers.get('x-cld-signature');\n  if (!signature) return new Response('Missing signature', { status: 401 });\n  const body = JSON.parse(rawBody);\n  await db.asset.update({ where: { publicId: body.public_id }, data: { status: body.notification_type } });\n  return new Response(JSON.stringify({ ok: true }), { status: 200, headers: { 'content-type': 'application/json' } });\n}\n" }] }],
    },
    // A signature read from a header named by a constant: still a receiver, still reported.
    {
      code: "import type { NextApiRequest, NextApiResponse } from 'next';\nimport { createServerSupabaseClient } from '@/lib/supabase-server';\n\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  const senderSignature = req.headers[SIGNATURE_HEADER] as string;\n  if (!senderSignature) return res.status(401).json({ error: 'Missing signature' });\n  const supabase = createServerSupabaseClient();\n  await supabase.from('infractions').insert(req.body);\n  return res.status(200).json({ ok: true });\n}\n\nconst SIGNATURE_HEADER = process.env.SIGNATURE_HEADER_NAME ?? 'x-sender-sig';\n",
      filename: "pages/api/mobile/[token]/infractions.ts",
      errors: [{ messageId: 'unverified', line: 4, column: 31 }],
    },
    // A token sent by the caller, compared raw: still reported.
    {
      code: "import { timingSafeEqual } from 'node:crypto';\n\ndeclare function parsePasswordHash(stored: string): { iterations: number; salt: Uint8Array; hash: Uint8Array } | null;\n\nexport async function verifyToken(storedHash: string, tokenAttempt: string): Promise<boolean> {\n  const parsed = parsePasswordHash(storedHash);\n  if (parsed === null) return false;\n  return timingSafeEqual(Buffer.from(tokenAttempt), parsed.hash);\n}\n",
      filename: "src/utils/password-hasher.ts",
      errors: [{ messageId: 'unguardedTimingSafeEqual', line: 8, column: 10 }],
    },
    // A body-less `declare function` among the operands: reported, not a crash (its body was read).
    {
      code: "import { timingSafeEqual } from 'node:crypto';\n\ndeclare function tokenBytes(token: string): Buffer;\n\nexport function sameToken(a: string, b: string): boolean {\n  return timingSafeEqual(tokenBytes(a), tokenBytes(b));\n}\n",
      filename: "src/utils/tokens.ts",
      errors: [{ messageId: 'unguardedTimingSafeEqual', line: 6, column: 10 }],
    },
    // The same shape with a public env value (a form id): still reported.
    {
      code: "import { NextRequest, NextResponse } from 'next/server';\nimport { handleFormSubmission } from '@/lib/automations/form-response';\n\nexport async function POST(request: NextRequest) {\n  const authHeader = request.headers.get('authorization');\n  const formId = process.env.FORM_ID;\n  if (!formId || authHeader !== `Bearer ${formId}`) {\n    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  const body = await request.json();\n  await handleFormSubmission(body);\n  return NextResponse.json({ ok: true });\n}\n",
      filename: "app/api/webhooks/form/route.ts",
      errors: [{ messageId: 'unverified', line: 4, column: 23, suggestions: [{ messageId: 'addVerification', output: "import { NextRequest, NextResponse } from 'next/server';\nimport { handleFormSubmission } from '@/lib/automations/form-response';\nimport { createHmac, timingSafeEqual } from 'node:crypto';\n\nexport async function POST(request: NextRequest) {\n  const rawBody = await request.text();\n  if (!verifyWebhookSignature(rawBody, request.headers.get('x-webhook-signature'), process.env.WEBHOOK_SECRET)) {\n    return new Response('Invalid signature', { status: 401 });\n  }\n  const authHeader = request.headers.get('authorization');\n  const formId = process.env.FORM_ID;\n  if (!formId || authHeader !== `Bearer ${formId}`) {\n    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  const body = JSON.parse(rawBody);\n  await handleFormSubmission(body);\n  return NextResponse.json({ ok: true });\n}\n\ninterface VerifyWebhookOptions {\n  /** Text before the hex digest in the header, e.g. `sha256=` for GitHub-style signatures. */\n  prefix?: string;\n  /** HMAC algorithm the sender uses. */\n  algorithm?: 'sha256' | 'sha512' | 'sha1';\n}\n\n/**\n * Verifies `signatureHeader` against an HMAC of the raw request body.\n *\n * Call it with the exact text the sender signed: `const rawBody = await req.text()` before any parsing.\n * `JSON.stringify(await req.json())` re-serializes the payload (key order, spacing, unicode escapes) and\n * no longer matches what was signed. Buffers are length-checked first, because `timingSafeEqual` throws\n * on unequal lengths: a malformed header must be a 401, not a 500.\n */\nfunction verifyWebhookSignature(\n  rawBody: string,\n  signatureHeader: string | null | undefined,\n  secret: string | undefined,\n  options: VerifyWebhookOptions = {},\n): boolean {\n  if (!secret || !signatureHeader) return false;\n  const prefix = options.prefix ?? 'sha256=';\n  const received = signatureHeader.startsWith(prefix) ? signatureHeader.slice(prefix.length) : signatureHeader;\n  if (!/^[0-9a-f]+$/i.test(received)) return false;\n  const expected = createHmac(options.algorithm ?? 'sha256', secret).update(rawBody, 'utf8').digest();\n  const given = Buffer.from(received, 'hex');\n  if (given.length !== expected.length) return false;\n  return timingSafeEqual(given, expected);\n}\n" }] }],
    },
    // A receiver wrapped only by an error handler: still reported.
    {
      code: "import { NextResponse } from 'next/server';\nimport { withErrorHandling } from '@/lib/utils/route-handler';\nimport { db } from '@/db';\nimport { events } from '@/db/schema';\n\nexport const POST = withErrorHandling(async (request: Request) => {\n  const event = await request.json();\n  await db.insert(events).values({ type: event.type, payload: event });\n  return NextResponse.json({ ok: true });\n});\n",
      filename: "app/api/webhooks/[webhookId]/route.ts",
      errors: [{ messageId: 'unverified', line: 6, column: 14, suggestions: [{ messageId: 'addVerification', output: "import { NextResponse } from 'next/server';\nimport { withErrorHandling } from '@/lib/utils/route-handler';\nimport { db } from '@/db';\nimport { events } from '@/db/schema';\nimport { createHmac, timingSafeEqual } from 'node:crypto';\n\nexport const POST = withErrorHandling(async (request: Request) => {\n  const rawBody = await request.text();\n  if (!verifyWebhookSignature(rawBody, request.headers.get('x-webhook-signature'), process.env.WEBHOOK_SECRET)) {\n    return new Response('Invalid signature', { status: 401 });\n  }\n  const event = JSON.parse(rawBody);\n  await db.insert(events).values({ type: event.type, payload: event });\n  return NextResponse.json({ ok: true });\n});\n\ninterface VerifyWebhookOptions {\n  /** Text before the hex digest in the header, e.g. `sha256=` for GitHub-style signatures. */\n  prefix?: string;\n  /** HMAC algorithm the sender uses. */\n  algorithm?: 'sha256' | 'sha512' | 'sha1';\n}\n\n/**\n * Verifies `signatureHeader` against an HMAC of the raw request body.\n *\n * Call it with the exact text the sender signed: `const rawBody = await req.text()` before any parsing.\n * `JSON.stringify(await req.json())` re-serializes the payload (key order, spacing, unicode escapes) and\n * no longer matches what was signed. Buffers are length-checked first, because `timingSafeEqual` throws\n * on unequal lengths: a malformed header must be a 401, not a 500.\n */\nfunction verifyWebhookSignature(\n  rawBody: string,\n  signatureHeader: string | null | undefined,\n  secret: string | undefined,\n  options: VerifyWebhookOptions = {},\n): boolean {\n  if (!secret || !signatureHeader) return false;\n  const prefix = options.prefix ?? 'sha256=';\n  const received = signatureHeader.startsWith(prefix) ? signatureHeader.slice(prefix.length) : signatureHeader;\n  if (!/^[0-9a-f]+$/i.test(received)) return false;\n  const expected = createHmac(options.algorithm ?? 'sha256', secret).update(rawBody, 'utf8').digest();\n  const given = Buffer.from(received, 'hex');\n  if (given.length !== expected.length) return false;\n  return timingSafeEqual(given, expected);\n}\n" }] }],
    },
    // The same import, in a route that reads a signature header and never checks it: still reported.
    {
      code: "import { createSigningMessage } from '@/lib/web3/signature-verification';\n\nexport async function POST(request: Request) {\n  const sig = request.headers.get('x-signature');\n  const event = await request.json();\n  await db.event.create({ data: { type: event.type, sig } });\n  return new Response(null, { status: 204 });\n}\n",
      filename: 'app/api/events/route.ts',
      errors: [{ messageId: 'unverified', line: 3, suggestions: [{ messageId: 'addVerification', output: "import { createSigningMessage } from '@/lib/web3/signature-verification';\nimport { createHmac, timingSafeEqual } from 'node:crypto';\n\nexport async function POST(request: Request) {\n  const rawBody = await request.text();\n  if (!verifyWebhookSignature(rawBody, request.headers.get('x-signature'), process.env.WEBHOOK_SECRET)) {\n    return new Response('Invalid signature', { status: 401 });\n  }\n  const sig = request.headers.get('x-signature');\n  const event = JSON.parse(rawBody);\n  await db.event.create({ data: { type: event.type, sig } });\n  return new Response(null, { status: 204 });\n}\n\ninterface VerifyWebhookOptions {\n  /** Text before the hex digest in the header, e.g. `sha256=` for GitHub-style signatures. */\n  prefix?: string;\n  /** HMAC algorithm the sender uses. */\n  algorithm?: 'sha256' | 'sha512' | 'sha1';\n}\n\n/**\n * Verifies `signatureHeader` against an HMAC of the raw request body.\n *\n * Call it with the exact text the sender signed: `const rawBody = await req.text()` before any parsing.\n * `JSON.stringify(await req.json())` re-serializes the payload (key order, spacing, unicode escapes) and\n * no longer matches what was signed. Buffers are length-checked first, because `timingSafeEqual` throws\n * on unequal lengths: a malformed header must be a 401, not a 500.\n */\nfunction verifyWebhookSignature(\n  rawBody: string,\n  signatureHeader: string | null | undefined,\n  secret: string | undefined,\n  options: VerifyWebhookOptions = {},\n): boolean {\n  if (!secret || !signatureHeader) return false;\n  const prefix = options.prefix ?? 'sha256=';\n  const received = signatureHeader.startsWith(prefix) ? signatureHeader.slice(prefix.length) : signatureHeader;\n  if (!/^[0-9a-f]+$/i.test(received)) return false;\n  const expected = createHmac(options.algorithm ?? 'sha256', secret).update(rawBody, 'utf8').digest();\n  const given = Buffer.from(received, 'hex');\n  if (given.length !== expected.length) return false;\n  return timingSafeEqual(given, expected);\n}\n" }] }],
    },
    // Twin: the helper called outside any try, so the RangeError escapes.
    { code: "import crypto from 'crypto';\nimport type { Request, Response } from 'express';\nimport { handleOrder } from './orders';\n\nexport const paymentsWebhook = async (request: Request, response: Response) => {\n  const rawBody = parseRequestBody(request);\n  await handleOrder(JSON.parse(rawBody));\n  return response.status(200).json({ received: true });\n};\n\nfunction parseRequestBody(request: Request): string {\n  const body = request.body.toString('utf8');\n  const signature = request.get('X-Signature');\n  if (!signature) throw new Error('signature not provided');\n  const digest = Buffer.from(crypto.createHmac('sha256', process.env.WEBHOOK_SECRET as string).update(body).digest('hex'), 'utf8');\n  if (!crypto.timingSafeEqual(Buffer.from(signature, 'utf8'), digest)) throw new Error('Invalid signature');\n  return body;\n}\n", filename: 'src/payment/lemonSqueezy/webhook.ts', errors: [{ messageId: 'unguardedTimingSafeEqual', line: 16, suggestions: [] }] },
    // The body read with a .catch() on its promise: the guard keeps a promise there (JSON.parse has no .catch).
    {
      code: "export async function POST(req: Request) {\n  const event = await req.json().catch(() => null);\n  if (!event) return new Response('Bad request', { status: 400 });\n  await db.event.create({ data: { type: event.type } });\n  return new Response(null, { status: 204 });\n}\n",
      filename: "app/api/webhooks/partner/route.ts",
      errors: [{ messageId: 'unverified', line: 1, column: 23, suggestions: [{ messageId: 'addVerification', output: "import { createHmac, timingSafeEqual } from 'node:crypto';\nexport async function POST(req: Request) {\n  const rawBody = await req.text();\n  if (!verifyWebhookSignature(rawBody, req.headers.get('x-webhook-signature'), process.env.WEBHOOK_SECRET)) {\n    return new Response('Invalid signature', { status: 401 });\n  }\n  const event = await Promise.resolve().then(() => JSON.parse(rawBody)).catch(() => null);\n  if (!event) return new Response('Bad request', { status: 400 });\n  await db.event.create({ data: { type: event.type } });\n  return new Response(null, { status: 204 });\n}\n\ninterface VerifyWebhookOptions {\n  /** Text before the hex digest in the header, e.g. `sha256=` for GitHub-style signatures. */\n  prefix?: string;\n  /** HMAC algorithm the sender uses. */\n  algorithm?: 'sha256' | 'sha512' | 'sha1';\n}\n\n/**\n * Verifies `signatureHeader` against an HMAC of the raw request body.\n *\n * Call it with the exact text the sender signed: `const rawBody = await req.text()` before any parsing.\n * `JSON.stringify(await req.json())` re-serializes the payload (key order, spacing, unicode escapes) and\n * no longer matches what was signed. Buffers are length-checked first, because `timingSafeEqual` throws\n * on unequal lengths: a malformed header must be a 401, not a 500.\n */\nfunction verifyWebhookSignature(\n  rawBody: string,\n  signatureHeader: string | null | undefined,\n  secret: string | undefined,\n  options: VerifyWebhookOptions = {},\n): boolean {\n  if (!secret || !signatureHeader) return false;\n  const prefix = options.prefix ?? 'sha256=';\n  const received = signatureHeader.startsWith(prefix) ? signatureHeader.slice(prefix.length) : signatureHeader;\n  if (!/^[0-9a-f]+$/i.test(received)) return false;\n  const expected = createHmac(options.algorithm ?? 'sha256', secret).update(rawBody, 'utf8').digest();\n  const given = Buffer.from(received, 'hex');\n  if (given.length !== expected.length) return false;\n  return timingSafeEqual(given, expected);\n}\n" }] }],
    },
    // cal.com's Vital webhook: the signature verified over JSON.stringify of the parsed body, through a const.
    {
      code: "import type { NextApiRequest, NextApiResponse } from 'next';\nimport { VitalClient } from '@tryvital/vital-node';\n\nconst vitalClient = new VitalClient({ api_key: process.env.VITAL_API_KEY ?? '' });\n\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  const payload = JSON.stringify(req.body);\n  const event = vitalClient.Webhooks.constructWebhookEvent(payload, req.headers as Record<string, string>, process.env.VITAL_WEBHOOK_SECRET as string);\n  await handleEvent(event);\n  res.status(200).json({ ok: true });\n}\n",
      filename: "packages/app-store/vital/api/webhook.ts",
      errors: [{ messageId: 'reserializedVerify', line: 7, column: 19 }],
    },
    // Stripe's constructEvent over a re-serialized body.
    {
      code: "import Stripe from 'stripe';\n\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { timeout: 10_000 });\n\nexport async function POST(req: Request) {\n  const body = await req.json();\n  const event = stripe.webhooks.constructEvent(JSON.stringify(body), req.headers.get('stripe-signature')!, process.env.STRIPE_WEBHOOK_SECRET!);\n  await handleEvent(event);\n  return new Response(null, { status: 204 });\n}\n",
      filename: "app/api/webhooks/stripe/route.ts",
      errors: [{ messageId: 'reserializedVerify', line: 7, column: 48 }],
    },
    // Twin: the same route reading a signature header it never verifies.
    { code: "import * as store from '@/data/store';\n\n/**\n * Countersign a pending revision: the operator's e-signature releases it.\n * The signature the register keeps is derived from the persona, never from the body.\n */\nexport const POST = async (req: Request) => {\n  const sig = req.headers.get('x-signature');\n  if (!sig) return new Response(null, { status: 401 });\n  const body = await req.json();\n  if (!body) return Response.json({ error: 'BAD_REQUEST' }, { status: 400 });\n  const { document: ref, pin } = body as { document?: string; pin?: string };\n  if (!/^\\d{6}$/.test(pin ?? '')) return Response.json({ error: 'INVALID_PIN', message: 'That e-signature PIN was not accepted.' }, { status: 401 });\n  return Response.json({ record: store.release(ref) });\n};\n", filename: 'app/api/documents/countersignatures/route.ts', settings: helper, errors: [{ messageId: 'unverified', line: 7, suggestions: [{ messageId: 'addVerification', output: "import * as store from '@/data/store';\nimport { verifyWebhookSignature } from '@/lib/verify-webhook';\n\n/**\n * Countersign a pending revision: the operator's e-signature releases it.\n * The signature the register keeps is derived from the persona, never from the body.\n */\nexport const POST = async (req: Request) => {\n  const rawBody = await req.text();\n  if (!verifyWebhookSignature(rawBody, req.headers.get('x-signature'), process.env.WEBHOOK_SECRET)) {\n    return new Response('Invalid signature', { status: 401 });\n  }\n  const sig = req.headers.get('x-signature');\n  if (!sig) return new Response(null, { status: 401 });\n  const body = JSON.parse(rawBody);\n  if (!body) return Response.json({ error: 'BAD_REQUEST' }, { status: 400 });\n  const { document: ref, pin } = body as { document?: string; pin?: string };\n  if (!/^\\d{6}$/.test(pin ?? '')) return Response.json({ error: 'INVALID_PIN', message: 'That e-signature PIN was not accepted.' }, { status: 401 });\n  return Response.json({ record: store.release(ref) });\n};\n" }] }] },
    // unsend: an SNS endpoint (SES notifications) that only checks the topic ARN, which is no secret.
    {
      code: "import { db } from '~/server/db';\n\nexport async function POST(req: Request) {\n  const data = await req.json();\n  if (!(await checkEventValidity(data))) return Response.json({ data: 'Event is not valid' });\n  if (data.Type === 'SubscriptionConfirmation') {\n    await fetch(data.SubscribeURL, { method: 'GET', signal: AbortSignal.timeout(5_000) });\n    return Response.json({ data: 'Subscribed' });\n  }\n  const message = JSON.parse(data.Message || '{}');\n  await db.emailEvent.create({ data: { messageId: data.MessageId, status: message.eventType } });\n  return Response.json({ data: 'Success' });\n}\n\nasync function checkEventValidity(message: { TopicArn: string }) {\n  const arns = await db.sesSetting.findMany({ select: { topicArn: true } });\n  return arns.some((s) => s.topicArn === message.TopicArn);\n}\n",
      filename: "apps/web/src/app/api/ses_callback/route.ts",
      errors: [{ messageId: 'unverifiedSns', line: 3, column: 23 }],
    },
    // A `let` function may be reassigned: not taken for a fixed-length digest.
    { code: "import { createHash, timingSafeEqual } from 'node:crypto';\n\nlet sha = (v: string) => createHash('sha256').update(v).digest();\nexport function setHasher(f: typeof sha) { sha = f; }\n\nexport function same(a: string, b: string) {\n  return timingSafeEqual(sha(a), sha(b));\n}\n", filename: 'lib/same.ts', errors: [{ messageId: 'unguardedTimingSafeEqual', line: 7, suggestions: [] }] },
    // The file's own function returns a hex string (its length follows the input's encoding), or the raw input on one path: still unguarded.
    { code: "import { createHash, timingSafeEqual } from 'node:crypto';\n\nconst sha = (v: string) => createHash('sha256').update(v).digest('hex');\n\nexport function same(a: string, b: string) {\n  return timingSafeEqual(Buffer.from(sha(a)), Buffer.from(sha(b)));\n}\n", filename: 'lib/same.ts', errors: [{ messageId: 'unguardedTimingSafeEqual', line: 6, suggestions: [] }] },
    // The same comparison over a hash of the body with a signature the caller sends is still reported.
    { code: "import crypto, { webcrypto } from 'node:crypto';\n\nexport async function hashBody(body: string): Promise<string> {\n  const digest = await webcrypto.subtle.digest('SHA-256', new TextEncoder().encode(body));\n  return Buffer.from(digest).toString('hex');\n}\n\nexport async function verifyBodyHash(body: string, signature: string): Promise<boolean> {\n  const computedHash = await hashBody(body);\n  const computed = Buffer.from(computedHash, 'utf8');\n  const stored = Buffer.from(signature, 'utf8');\n  return crypto.timingSafeEqual(computed, stored);\n}\n", filename: 'lib/verify-body.ts', errors: [{ messageId: 'unguardedTimingSafeEqual', line: 12, column: 10, suggestions: [] }] },
    { code: "import { createHash, timingSafeEqual } from 'node:crypto';\n\nfunction digest(value: string, raw: boolean) {\n  if (raw) return Buffer.from(value);\n  return createHash('sha256').update(value).digest();\n}\n\nexport function same(a: string, b: string) {\n  return timingSafeEqual(digest(a, true), digest(b, false));\n}\n", filename: 'lib/same.ts', errors: [{ messageId: 'unguardedTimingSafeEqual', line: 9, suggestions: [] }] },
    // Its twin: the same comparison when neither side is a key-derivation output.
    { code: "import { timingSafeEqual } from 'node:crypto';\n\nexport async function verifySecret(secret: string, stored: string, keyLength = 32): Promise<boolean> {\n  const [salt, hex] = stored.split('.');\n  const expected = Buffer.from(hex!, 'hex');\n  return new Promise((resolve, reject) => {\n  verifyWith(secret, salt!, keyLength, (err, derived) => {\n      if (err) return reject(err);\n      resolve(timingSafeEqual(new Uint8Array(expected), new Uint8Array(derived)));\n    });\n  });\n}\n", filename: 'packages/common/server/crypto.ts', errors: [{ messageId: 'unguardedTimingSafeEqual', line: 9, column: 15, suggestions: [] }] },
    // Twin: the verifier alone (the payload came from someone else's serialization).
    {
      code: "import crypto from 'node:crypto';\n\nexport function verifySignedToken(token: string, secret: string): unknown {\n  const { payload, signature } = JSON.parse(Buffer.from(token, 'base64').toString());\n  const expected = crypto.createHmac('sha256', secret).update(JSON.stringify(payload)).digest();\n  const actual = Buffer.from(signature, 'hex');\n  if (actual.length !== expected.length || !crypto.timingSafeEqual(actual, expected)) return null;\n  if (Date.now() > payload.expiresAt) return null;\n  return payload.payload;\n}\n",
      filename: "packages/shared/signedTokens.ts",
      errors: [{ messageId: 'reserialized', line: 5, column: 63 }],
    },

    {
      code: "import { createAdminClient } from '@/lib/supabase/admin';\n\nexport async function POST(req: Request) {\n  const { id, output } = await req.json();\n  await createAdminClient().from('data').update({ output }).eq('id', id);\n  return Response.json({ ok: true });\n}\n",
      filename: WEBHOOK,
      settings: helper,
      errors: [
        {
          messageId: 'unverified',
          line: 3,
          column: 23,
          suggestions: [
            {
              messageId: 'addVerification',
              output:
                "import { createAdminClient } from '@/lib/supabase/admin';\nimport { verifyWebhookSignature } from '@/lib/verify-webhook';\n\nexport async function POST(req: Request) {\n  const rawBody = await req.text();\n  if (!verifyWebhookSignature(rawBody, req.headers.get('x-webhook-signature'), process.env.WEBHOOK_SECRET)) {\n    return new Response('Invalid signature', { status: 401 });\n  }\n  const { id, output } = JSON.parse(rawBody);\n  await createAdminClient().from('data').update({ output }).eq('id', id);\n  return Response.json({ ok: true });\n}\n",
            },
          ],
        },
      ],
    },
    {
      // reads the signature header but never checks it (JS, inlined helper)
      code: "export async function POST(request) {\n  const signature = request.headers.get('x-hub-signature-256');\n  if (!signature) return new Response('missing', { status: 400 });\n  const event = await request.json();\n  await db.insert(events).values(event);\n  return new Response('ok');\n}\n",
      filename: 'app/api/github/route.js',
      errors: [
        {
          messageId: 'unverified',
          line: 1,
          suggestions: [
            {
              messageId: 'addVerification',
              output: `import { createHmac, timingSafeEqual } from 'node:crypto';
export async function POST(request) {
  const rawBody = await request.text();
  if (!verifyWebhookSignature(rawBody, request.headers.get('x-hub-signature-256'), process.env.WEBHOOK_SECRET)) {
    return new Response('Invalid signature', { status: 401 });
  }
  const signature = request.headers.get('x-hub-signature-256');
  if (!signature) return new Response('missing', { status: 400 });
  const event = JSON.parse(rawBody);
  await db.insert(events).values(event);
  return new Response('ok');
}

/**
 * Verifies \`signatureHeader\` against an HMAC of the raw request body.
 *
 * Call it with the exact text the sender signed: \`const rawBody = await req.text()\` before any parsing.
 * \`JSON.stringify(await req.json())\` re-serializes the payload (key order, spacing, unicode escapes) and
 * no longer matches what was signed. Buffers are length-checked first, because \`timingSafeEqual\` throws
 * on unequal lengths: a malformed header must be a 401, not a 500.
 */
function verifyWebhookSignature(
  rawBody,
  signatureHeader,
  secret,
  options = {},
) {
  if (!secret || !signatureHeader) return false;
  const prefix = options.prefix ?? 'sha256=';
  const received = signatureHeader.startsWith(prefix) ? signatureHeader.slice(prefix.length) : signatureHeader;
  if (!/^[0-9a-f]+$/i.test(received)) return false;
  const expected = createHmac(options.algorithm ?? 'sha256', secret).update(rawBody, 'utf8').digest();
  const given = Buffer.from(received, 'hex');
  if (given.length !== expected.length) return false;
  return timingSafeEqual(given, expected);
}
`,
            },
          ],
        },
      ],
    },
    // cal.com's Daily video webhook: the signed text holds JSON.stringify(body) (through a const template), in a
    // helper whose result the route compares with the signature header.
    {
      code: "import { createHmac } from 'node:crypto';\n\nconst computeSignature = (secret: string, body: unknown, timestamp: string | null) => {\n  const signed = `${timestamp}.${JSON.stringify(body)}`;\n  const hmac = createHmac('sha256', Buffer.from(secret, 'base64'));\n  return hmac.update(signed).digest('base64');\n};\n\nexport async function POST(request: Request) {\n  const body = await request.json();\n  const computedSignature = computeSignature(process.env.DAILY_WEBHOOK_SECRET!, body, request.headers.get('x-webhook-timestamp'));\n  if (request.headers.get('x-webhook-signature') !== computedSignature) return new Response('Signature does not match', { status: 403 });\n  return Response.json({ ok: true });\n}\n",
      filename: 'app/api/recorded-daily-video/route.ts',
      errors: [{ messageId: 'reserialized', line: 4, column: 34, suggestions: [] }],
    },
    // Twin: a user id taken from the payload is no caller identity: still an unverified receiver.
    {
      code: "import { defaultResponder } from '@/lib/server/defaultResponder';\nimport prisma from '@/lib/prisma';\nasync function postHandler(req) {\n  const { userId, plan } = req.body;\n  await prisma.user.update({ where: { id: userId }, data: { plan } });\n  return { ok: true };\n}\nexport default defaultResponder(postHandler);\n",
      filename: 'pages/api/webhooks/_post.ts',
      errors: [{ messageId: 'unverified', line: 8, suggestions: [] }],
    },
    // Twin: the same LiveKit receiver told to skip the check (`receive(body, auth, true)`) verifies nothing: reported.
    {
      code: "import { headers } from 'next/headers';\nimport { WebhookReceiver } from 'livekit-server-sdk';\nimport { db } from '@/lib/db';\n\nconst receiver = new WebhookReceiver(process.env.LIVEKIT_API_KEY!, process.env.LIVEKIT_API_SECRET!);\n\nexport async function POST(req: Request) {\n  const body = await req.text();\n  const authorization = headers().get('Authorization');\n  if (!authorization) return new Response('No authorization header', { status: 400 });\n  const event = receiver.receive(body, authorization, true);\n  if (event.event === 'ingress_started') await db.stream.update({ where: { ingressId: event.ingressInfo?.ingressId }, data: { isLive: true } });\n  return new Response('ok');\n}\n",
      filename: 'app/api/webhooks/livekit/route.ts',
      settings: helper,
      errors: [{ messageId: 'unverified', line: 7, column: 23, suggestions: [{ messageId: 'addVerification', output: "import { headers } from 'next/headers';\nimport { WebhookReceiver } from 'livekit-server-sdk';\nimport { db } from '@/lib/db';\nimport { verifyWebhookSignature } from '@/lib/verify-webhook';\n\nconst receiver = new WebhookReceiver(process.env.LIVEKIT_API_KEY!, process.env.LIVEKIT_API_SECRET!);\n\nexport async function POST(req: Request) {\n  const rawBody = await req.text();\n  if (!verifyWebhookSignature(rawBody, req.headers.get('x-webhook-signature'), process.env.WEBHOOK_SECRET)) {\n    return new Response('Invalid signature', { status: 401 });\n  }\n  const body = rawBody;\n  const authorization = headers().get('Authorization');\n  if (!authorization) return new Response('No authorization header', { status: 400 });\n  const event = receiver.receive(body, authorization, true);\n  if (event.event === 'ingress_started') await db.stream.update({ where: { ingressId: event.ingressInfo?.ingressId }, data: { isLive: true } });\n  return new Response('ok');\n}\n" }] }],
    },
    // Twins: a Paddle client's other calls verify nothing; an HMAC over the parsed payload itself is re-serialized.
    {
      code: "import { getPaddle } from '~/server/paddle/client';\nexport default async function handler(req, res) {\n  const event = getPaddle().webhooks.parse(req.body);\n  if (event.eventType === 'transaction.completed') await prisma.order.update({ where: { id: event.data.id }, data: { paid: true } });\n  res.status(200).end();\n}\n",
      filename: 'pages/api/webhooks/paddle.ts',
      errors: [{ messageId: 'unverified', line: 2, suggestions: [] }],
    },
    {
      code: "import { createHmac } from 'crypto';\nexport function validateWebhookEvent(signature: string, payload: object) {\n  const hash = createHmac('sha512', process.env.NOW_PAYMENTS_IPN_KEY!).update(JSON.stringify(payload)).digest('hex');\n  return hash === signature;\n}\n",
      filename: 'src/server/http/nowpayments/nowpayments.caller.ts',
      errors: [{ messageId: 'reserialized', line: 3 }],
    },
    {
      // Pages API webhook: reported, no suggestion (the raw body needs bodyParser: false)
      code: "export default async function handler(req, res) {\n  const event = req.body;\n  if (event.type === 'paid') await prisma.order.update({ where: { id: event.id }, data: { paid: true } });\n  res.status(200).end();\n}\n",
      filename: 'pages/api/webhook.js',
      errors: [{ messageId: 'unverified', line: 1, suggestions: [] }],
    },
    {
      // seed 000: HMAC over JSON.stringify, unguarded timingSafeEqual
      code: "import crypto from 'crypto';\nexport function verifyWebhookSignature(payload, signature, secret) {\n  const hmac = crypto.createHmac('sha256', secret);\n  hmac.update(JSON.stringify(payload));\n  const expectedSignature = `sha256=${hmac.digest('hex')}`;\n  return crypto.timingSafeEqual(Buffer.from(signature), Buffer.from(expectedSignature));\n}\n",
      filename: 'lib/security/webhook-verify.js',
      errors: [
        { messageId: 'reserialized', line: 4, column: 15, suggestions: [] },
        { messageId: 'unguardedTimingSafeEqual', line: 6, suggestions: [] },
      ],
    },
    // An Edge route has no node:crypto: the guard awaits the Web Crypto helper.
    {
      code: "export const runtime = 'edge';\n\nexport async function POST(request: Request) {\n  const event = await request.json();\n  await db.insert(events).values(event);\n  return new Response('ok');\n}\n",
      filename: 'app/api/webhooks/github/route.ts',
      errors: [{ messageId: 'unverified', line: 3, suggestions: [{ messageId: 'addVerificationAsync', output: "export const runtime = 'edge';\n\nexport async function POST(request: Request) {\n  const rawBody = await request.text();\n  if (!(await verifyWebhookSignatureAsync(rawBody, request.headers.get('x-webhook-signature'), process.env.WEBHOOK_SECRET))) {\n    return new Response('Invalid signature', { status: 401 });\n  }\n  const event = JSON.parse(rawBody);\n  await db.insert(events).values(event);\n  return new Response('ok');\n}\n\ninterface VerifyWebhookAsyncOptions {\n  /** Text before the hex digest in the header, e.g. `sha256=` for GitHub-style signatures. */\n  prefix?: string;\n  /** HMAC hash the sender uses. */\n  algorithm?: 'SHA-256' | 'SHA-512' | 'SHA-1';\n}\n\n/**\n * Verifies `signatureHeader` against an HMAC of the raw request body with Web Crypto, for routes that\n * run where `node:crypto` does not (`export const runtime = 'edge'`, middleware). Async: always `await`\n * it (a promise is always truthy, so `if (!verifyWebhookSignatureAsync(...))` would never reject).\n *\n * Call it with the exact text the sender signed: `const rawBody = await req.text()` before any parsing.\n * The digests are compared with a loop that visits every byte (no early exit); a malformed or\n * wrong-length header is a plain `false`, never a throw.\n */\nasync function verifyWebhookSignatureAsync(\n  rawBody: string,\n  signatureHeader: string | null | undefined,\n  secret: string | undefined,\n  options: VerifyWebhookAsyncOptions = {},\n): Promise<boolean> {\n  if (!secret || !signatureHeader) return false;\n  const prefix = options.prefix ?? 'sha256=';\n  const received = signatureHeader.startsWith(prefix) ? signatureHeader.slice(prefix.length) : signatureHeader;\n  if (!/^(?:[0-9a-f]{2})+$/i.test(received)) return false;\n  const encoder = new TextEncoder();\n  const key = await crypto.subtle.importKey(\n    'raw',\n    encoder.encode(secret),\n    { name: 'HMAC', hash: options.algorithm ?? 'SHA-256' },\n    false,\n    ['sign'],\n  );\n  const expected = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(rawBody)));\n  if (received.length !== expected.length * 2) return false;\n  let diff = 0;\n  for (let i = 0; i < expected.length; i++) diff |= expected[i]! ^ Number.parseInt(received.slice(i * 2, i * 2 + 2), 16);\n  return diff === 0;\n}\n" }] }],
    },
    {
      code: "export const runtime = 'edge';\n\nexport async function POST(request: Request) {\n  const event = await request.json();\n  await db.insert(events).values(event);\n  return new Response('ok');\n}\n",
      filename: 'app/api/webhooks/github/route.ts',
      settings: { prodready: { helperModules: { 'require-webhook-verification.edge': '@/lib/verify-webhook-async' } } },
      errors: [
        {
          messageId: 'unverified',
          line: 3,
          suggestions: [
            {
              messageId: 'addVerificationAsync',
              output:
                "import { verifyWebhookSignatureAsync } from '@/lib/verify-webhook-async';\nexport const runtime = 'edge';\n\nexport async function POST(request: Request) {\n  const rawBody = await request.text();\n  if (!(await verifyWebhookSignatureAsync(rawBody, request.headers.get('x-webhook-signature'), process.env.WEBHOOK_SECRET))) {\n    return new Response('Invalid signature', { status: 401 });\n  }\n  const event = JSON.parse(rawBody);\n  await db.insert(events).values(event);\n  return new Response('ok');\n}\n",
            },
          ],
        },
      ],
    },
  ],
});
