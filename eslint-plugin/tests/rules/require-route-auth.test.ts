import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import rule from '../../src/rules/require-route-auth';
import { lintWith } from '../../../test/lint-helpers';
import { ruleTester, FILES } from '../rule-tester';
import { snippets } from '../../src/generated/snippets';

const ROUTE_FIX = 'Verify the session (or API key) first and return 401 when it is missing.';
const ACTION_FIX =
  "Verify the session first and throw when it is missing; if only server code calls it (a webhook, another action), move it out of the 'use server' file into a server-only module instead.";

/** sourcebot's `src/actions.ts`: server actions wrapped in its error wrapper `sew(async () => ...)`. */
const SEW_ACTIONS =
  "'use server';\n\nimport { cookies } from 'next/headers';\nimport { sew } from '@/middleware/sew';\nimport { deleteChatRecord } from '@/features/chat/data';\n\nexport const dismissTutorial = async () => sew(async () => {\n    const cookieStore = await cookies();\n    cookieStore.set('tutorial-dismissed', 'true');\n    return true;\n});\n";
const SEW_ACTIONS_TWIN = SEW_ACTIONS + "\nexport const deleteChat = async (chatId: string) => sew(async () => {\n    await deleteChatRecord(chatId);\n    return true;\n});\n";
/** Intaj's example route: the app's error wrapper handed the request and a callback that takes it back; `work` is what the callback does. */
const WRAPPED_ROUTE = (work: string): string =>
  `import { withErrorHandling } from '@/lib/withErrorHandling';\nimport { deleteChatbot } from '@/lib/chatbots';\n\nexport async function POST(req: Request) {\n  return withErrorHandling(req, async (request) => {\n    const data = await request.json();\n${work}    return Response.json({ success: true });\n  });\n}\n`;

const CRON_FIX =
  'A scheduler calls it with no session: check its shared secret first (`Authorization: Bearer ${CRON_SECRET}` on Vercel, compared in constant time) and return 401 when it does not match.';

/** better-auth's SCIM demo IdP token endpoint: the OAuth code exchange authenticates the client by the protocol itself. */
const IDP_TOKEN = (guard = '') =>
  `import { auth } from '@/lib/auth';
import { exchangeOIDCAuthorizationCode } from '@/lib/scim-demo-oidc';

export async function POST(request: Request) {
  ${guard}const context = await auth.$context;
  const response = await exchangeOIDCAuthorizationCode(context.internalAdapter, new URLSearchParams(await request.text()));
  return Response.json(response, { headers: { 'cache-control': 'no-store' } });
}
`;
/** WorkOS's B2B starter `/api/subscribe`: `extra` with the org it creates for the body's `userId`, then a Stripe checkout. */
const SUBSCRIBE_ROUTE = (extra: string, guard = '') =>
  `import { stripe } from '../stripe';\nimport { workos } from '../workos';\n\nexport const POST = async (req: Request) => {\n  ${guard}const { userId, orgName, priceId } = await req.json();\n${extra}  const session = await stripe.checkout.sessions.create({ mode: 'subscription', line_items: [{ price: priceId, quantity: 1 }] });\n  return Response.json({ url: session.url });\n};\n`;
const SUBSCRIBE_ORG = "  const organization = await workos.organizations.createOrganization({ name: orgName });\n  await workos.userManagement.createOrganizationMembership({ organizationId: organization.id, userId, roleSlug: 'admin' });\n";

const helper = { prodready: { helperModules: { 'require-route-auth': '@/lib/require-auth' } } };
/** ever-teams' `api/log` route: writes local log files only outside production (`gate`), with `guard` inserted at its top. */
const DEV_LOG_ROUTE = (gate: string, guard = '') =>
  `import { NextRequest, NextResponse } from 'next/server';\nimport { writeLogFile } from '@/core/services/logs/logger-server';\n\nexport async function POST(req: NextRequest) {\n  ${guard}if (${gate} && LOCAL_LOGS_ENABLED) {\n    const body = await req.json();\n    await writeLogFile(body, body.details?.customLogFile);\n    return NextResponse.json({ success: true }, { status: 201 });\n  }\n  return NextResponse.json({ success: false, message: 'Log system is not active' }, { status: 501 });\n}\n`;
/** event_platform's public listing action: a mongoose model's `find` and `countDocuments` on `model` (Appwrite: `appwrite`). */
const LISTING_ACTION = (model: string) =>
  `'use server';\nimport { connectToDatabase } from '@/lib/database';\nimport ${model} from '@/lib/database/models/${model.toLowerCase()}.model';\n\nexport async function getAllEvents({ query, limit = 6 }: { query: string; limit?: number }) {\n  await connectToDatabase();\n  const events = await ${model}.find({ title: { $regex: query, $options: 'i' } }).limit(limit);\n  const count = await ${model}.countDocuments({ title: { $regex: query, $options: 'i' } });\n  return { data: JSON.parse(JSON.stringify(events)), totalPages: Math.ceil(count / limit) };\n}\n`;
/** threads' actions: `connectToDB()` from the app's mongoose module (unawaited), then `line` on the Thread model. */
const THREAD_ACTION = (name: string, line: string) =>
  `"use server";\nimport { connectToDB } from "../mongoose";\nimport Thread from "../models/thread.model";\n\nexport async function ${name}(threadId: string) {\n  connectToDB();\n  ${line}\n}\n`;
/** event_platform's updateEvent: the event looked up by the id the caller sends, "authorized" against `owner`, then updated. */
const UPDATE_EVENT = (head: string, owner: string) =>
  `'use server';\nimport { auth } from '@clerk/nextjs';\nimport Event from '@/lib/database/models/event.model';\n\nexport async function updateEvent({ userId, event }: { userId: string; event: { _id: string; title: string } }) {\n  ${head}const eventToUpdate = await Event.findById(event._id);\n  if (!eventToUpdate || eventToUpdate.organizer.toHexString() !== ${owner}) {\n    throw new Error('Unauthorized or event not found');\n  }\n  return Event.findByIdAndUpdate(event._id, { ...event }, { new: true });\n}\n`;
/** banking's Plaid actions (`node-appwrite` admin client, the app's Plaid client): `body` of an action taking `params`. */
const BANK_ACTION = (name: string, params: string, body: string) =>
  `'use server';\nimport { ID } from 'node-appwrite';\nimport { createAdminClient } from '../appwrite';\nimport { plaidClient } from '@/lib/plaid';\n\nexport const ${name} = async ({ ${params} }: Record<string, string>) => {\n  ${body}\n};\n`;
/** banking's Dwolla actions: a dwolla-v2 client's call, the chain broken over lines. */
const DWOLLA_TRANSFER = (head: string) =>
  `'use server';\nimport { Client } from 'dwolla-v2';\n\nconst dwollaClient = new Client({ environment: 'sandbox', key: 'k', secret: 's' });\n\nexport const createTransfer = async (body: object) => {\n  ${head}return await dwollaClient\n    .post('transfers', body)\n    .then((res) => res.headers.get('location'));\n};\n`;
/** healthcare's Appwrite action: `databases.listDocuments` of the collection whose id is `collection`. */
const APPWRITE_LIST = (collection: string) =>
  `'use server';\nimport { Query } from 'node-appwrite';\nimport { databases, DATABASE_ID, ${collection} } from '../appwrite.config';\n\nexport const getRecentList = async () => {\n  const list = await databases.listDocuments(DATABASE_ID!, ${collection}!, [Query.orderDesc('$createdAt')]);\n  return JSON.parse(JSON.stringify(list.documents));\n};\n`;
/** A server action that opens the database connection and runs `line` on it. */
const DB_PING = (line: string) =>
  `'use server';\n\nimport client from '@/lib/mongodb';\n\nexport async function testDatabaseConnection() {\n  try {\n    const mongoClient = await client.connect();\n    ${line}\n    return true;\n  } catch {\n    return false;\n  }\n}\n`;
/** A guest checkout whose amount is `unitAmount`, computed by a call into the app's Stripe helpers module. */
const CHECKOUT_FORMAT = (unitAmount: string) =>
  `import { stripe } from '@/lib/stripe';\nimport { CURRENCY, formatAmountForStripe, getDonationAmount } from '@/utils/stripe-helpers';\n\nexport async function POST(req: Request) {\n  const { amount } = await req.json();\n  const s = await stripe.checkout.sessions.create({ mode: 'payment', line_items: [{ quantity: 1, price_data: { currency: CURRENCY, unit_amount: ${unitAmount} } }] });\n  return Response.json({ url: s.url });\n}\n`;
/** A storefront's guest checkout (next13-ecommerce-admin): prices the cart from the catalog, records the order, then `write`, then pays. */
const STORE_CHECKOUT = (write: string) =>
  `import { NextResponse } from 'next/server';\nimport { stripe } from '@/lib/stripe';\nimport prismadb from '@/lib/prismadb';\n\nexport async function POST(req: Request, { params }: { params: { storeId: string } }) {\n  const { productIds, orderId } = await req.json();\n  const products = await prismadb.product.findMany({ where: { id: { in: productIds } } });\n  const order = await prismadb.order.create({ data: { storeId: params.storeId, isPaid: false } });\n  ${write}\n  const session = await stripe.checkout.sessions.create({ line_items: products.map((p) => ({ quantity: 1, price_data: { currency: 'USD', product_data: { name: p.name }, unit_amount: p.price * 100 } })), mode: 'payment', metadata: { orderId: order.id } });\n  return NextResponse.json({ url: session.url });\n}\n`;
/** A `'use server'` data module exporting `name`, an arrow action of one string parameter `param` with `body`. */
const RETRIEVE_ACTION = (name: string, param: string, body: string) =>
  `'use server';\nimport { sdk } from '@lib/config';\nimport { db } from '@/lib/db';\nimport { getCacheOptions } from './cookies';\n\nexport const ${name} = async (${param}: string) => ${body};\n`;
/** medusa's b2b storefront: actions that build the caller's auth headers and hand them (or not: `send`) to the Medusa SDK. */
const AUTH_HEADERS_ACTION = (send: string, complete: string) =>
  `'use server';\nimport { sdk } from '@/lib/config';\nimport { getAuthHeaders, getCacheTag } from '@/lib/data/cookies';\nimport { revalidateTag } from 'next/cache';\n\nexport const createCompany = async (data: StoreCreateCompany) => {\n  const headers = { ...(await getAuthHeaders()) };\n  const { companies } = await sdk.client.fetch('/store/companies', { method: 'POST', body: data${send} });\n  revalidateTag(await getCacheTag('companies'));\n  return companies[0];\n};\n\nexport async function placeOrder(cartId: string) {\n  const headers = { ...(await getAuthHeaders()) };\n  return sdk.store.cart.complete(cartId, {}${complete});\n}\n`;
/** A link found by its id and checked, then edited: an owner operation. */
const LINK_EDIT = `import prisma from '@/lib/prisma';
export default async function handle(req, res) {
  const { id } = req.query;
  const link = await prisma.link.findUnique({ where: { id } });
  if (!link || link.deletedAt) return res.status(404).end();
  await prisma.link.update({ where: { id }, data: { url: req.body.url } });
  return res.status(200).json({ ok: true });
}`;
/** A document version's status by id: a 404 check on a record that is not a capability. */
const VERSION_STATUS = `import prisma from '@/lib/prisma';
export default async function handler(req, res) {
  const { documentVersionId, viewId } = req.query;
  const version = await prisma.documentVersion.findUnique({ where: { id: documentVersionId, viewId } });
  if (!version) return res.status(404).end();
  return res.status(200).json({ pages: version.numPages });
}`;
/** A share link looked up by id but never checked before the view is recorded. */
const UNCHECKED_LINK = `import prisma from '@/lib/prisma';
export default async function handle(req, res) {
  const { linkId, email } = req.body;
  const link = await prisma.link.findUnique({ where: { id: linkId } });
  await prisma.view.create({ data: { linkId, viewerEmail: email, teamId: link?.teamId } });
  return res.status(200).json({ ok: true });
}`;
/** The generic requireAuth() guard the suggestion adds at the top of a Pages API handler (helper imported). */
function withPagesGuard(code: string): string {
  const lines = code.split('\n');
  lines.splice(1, 0, "import { requireAuth } from '@/lib/require-auth';");
  lines.splice(3, 0, '  const auth = await requireAuth(req);', '  if (!auth.ok) {', '    return res.status(auth.status).json({ error: auth.error });', '  }');
  return lines.join('\n');
}

/** lms-sanity's Mux status action: a `get*` action that reads the upload, then writes through a Sanity write client. */
const SANITY_STATUS_ACTION = (head: string, write: string) =>
  `'use server';\nimport { writeClient } from '@/sanity/lib/client';\n\nexport async function getUploadStatus(uploadId: string) {\n  ${head}const doc = await writeClient.fetch('*[_id == $id][0]', { id: uploadId });\n  ${write}return { status: doc?.status };\n}\n`;

ruleTester.run('require-route-auth', rule, {
  valid: [
    // getUserByToken(token) resolves the caller from the session token it sends, like getUserFromToken (bblist's users/token route, s23-r2)
    { code: "import { NextRequest, NextResponse } from 'next/server';\nimport { db } from '@/lib/database';\n\n// POST /api/users/token: the user a session token names\nexport async function POST(request: NextRequest) {\n  const body = await request.json();\n  const user = await db.getUserByToken(body.token);\n  return NextResponse.json({ success: true, data: user });\n}\n", filename: "src/app/api/users/token/route.ts" },
    // a call named for signing in, handed the password the caller sent, is the sign-in itself (bblist's PUT /api/users, s23-r2)
    { code: "import { NextRequest, NextResponse } from 'next/server';\nimport { db } from '@/lib/database';\n\n// PUT /api/users - Login\nexport async function PUT(request: NextRequest) {\n  try {\n    const body = await request.json();\n    const data = await db.loginUser(body.email, body.password);\n    return NextResponse.json({ success: true, data });\n  } catch {\n    return NextResponse.json({ success: false, error: 'Login failed' }, { status: 500 });\n  }\n}\n", filename: "src/app/api/users/route.ts" },
    // a Supabase count with head: true answers a number, no row: a public counter of founding spots left (vantak-os, s23-r2)
    { code: "import { NextResponse } from 'next/server';\nimport { createClient } from '@supabase/supabase-js';\n\nconst supabaseAdmin = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!);\n\nexport async function GET() {\n  const { count, error } = await supabaseAdmin\n    .from('tenants')\n    .select('*', { count: 'exact', head: true })\n    .eq('is_founding_member', true);\n  if (error) return NextResponse.json({ spotsRemaining: 100 });\n  return NextResponse.json({ spotsRemaining: Math.max(0, 100 - (count ?? 0)) });\n}\n", filename: "app/api/founding-member/spots/route.ts" },
    // next-supabase-ai-template: Makerkit's enhanceAction requires a signed-in user unless its config says auth: false
    { code: "'use server';\nimport { enhanceAction } from '@kit/next/actions';\nimport { getSupabaseServerClient } from '@kit/supabase/server-client';\n\nexport const deleteDocumentAction = enhanceAction(\n  async ({ documentId }) => {\n    const client = getSupabaseServerClient();\n    const { error } = await client.from('documents').delete().match({ id: documentId });\n    if (error) throw error;\n  },\n  {},\n);\n", filename: "apps/web/app/home/documents/_lib/server/server-actions.ts" },
    // homebake: an owner-only action, `await requireAuth('owner')` names the role it requires, then deactivates the user the owner picked
    { code: "'use server';\nimport { requireAuth } from '@/lib/auth/auth-utils';\nimport { createServiceRoleClient } from '@/lib/supabase/server';\n\nexport async function deactivateUser(userId: string) {\n  await requireAuth('owner');\n  const serviceSupabase = createServiceRoleClient();\n  await serviceSupabase.from('users').update({ is_active: false }).eq('id', userId);\n  return { success: true };\n}\n", filename: 'src/lib/auth/auth-utils.ts' },
    // a wrapper its options ask to authenticate, withApiMiddleware(handler, { requireAuth: true }) (SaaStastic's companies/[id], s23-r2)
    { code: "import { NextRequest } from 'next/server';\nimport { withApiMiddleware, type ApiContext } from '@/shared/lib/api-middleware';\nimport { db } from '@/core/db';\n\nexport const DELETE = withApiMiddleware(\n  async (req: NextRequest, context: ApiContext) => {\n    const { params } = context;\n    await db.company.update({ where: { id: params.id }, data: { deletedAt: new Date() } });\n    return Response.json({ ok: true });\n  },\n  { requireAuth: true, rateLimit: true },\n);\n", filename: "src/app/api/companies/[id]/route.ts" },
    // A `subscribe` route is a newsletter signup (public), and one that bills only opens a guest checkout (public too).
    { code: "import { prisma } from '@/lib/prisma';\n\nexport async function POST(req: Request) {\n  const { email } = await req.json();\n  await prisma.subscriber.create({ data: { email } });\n  return Response.json({ ok: true });\n}\n", filename: 'app/api/subscribe/route.ts' },
    { code: SUBSCRIBE_ROUTE(''), filename: 'src/app/api/subscribe/route.ts' },
    // An identity provider's protocol endpoint (`/idp/token`, better-auth's SCIM demo): authenticated by the protocol, like `oauth/` and `sso/`.
    { code: IDP_TOKEN(), filename: 'app/api/scim-demo/idp/token/route.ts' },
    // Twin: the signup and the unsubscribe of a newsletter are public forms.
    { code: "'use server';\nimport { prisma } from '@/lib/prisma';\n\nexport async function removeFromNewsletter(email: string) {\n  await prisma.subscriber.delete({ where: { email } });\n  return { ok: true };\n}\n", filename: 'actions/newsletter.ts' },
    // a helper that reads the caller out of their token (jwt.verify, throws on a bad one): nextjs-fullstack-auth, a widely copied tutorial
    {"code": "import { getDataFromToken } from '@/helpers/getDataFromToken';\nimport { NextRequest, NextResponse } from 'next/server';\nimport User from '@/models/userModel';\n\nexport async function GET(request: NextRequest) {\n  try {\n    const userId = await getDataFromToken(request);\n    const user = await User.findOne({ _id: userId }).select('-password');\n    return NextResponse.json({ message: 'User found', data: user });\n  } catch (error: any) {\n    return NextResponse.json({ error: 'Unauthorized' }, { status: 400 });\n  }\n}\n", "filename": "src/app/api/users/me/route.ts"},
    // A GET that reads the AI provider account without generating anything (ElevenLabs' voice picker, `client.voices.getAll()`): no bill, public content.
    { code: "import { ElevenLabsClient } from '@elevenlabs/elevenlabs-js';\n\nexport async function GET() {\n  const client = new ElevenLabsClient({ apiKey: process.env.ELEVENLABS_API_KEY });\n  const res = await client.voices.getAll();\n  return Response.json({ voices: res.voices.map((v) => ({ voiceId: v.voiceId, name: v.name })) });\n}\n", filename: 'app/api/voices/route.ts' },
    // A fetch that authenticates only with the key the caller sent (paul-graham-gpt's search route): the provider bills the caller, not the app.
    { code: "export const config = { runtime: 'edge' };\n\nexport default async function handler(req: Request): Promise<Response> {\n  const { query, apiKey } = (await req.json()) as { query: string; apiKey: string };\n  const res = await fetch('https://api.openai.com/v1/embeddings', {\n    method: 'POST',\n    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${apiKey}` },\n    body: JSON.stringify({ model: 'text-embedding-3-small', input: String(query) }),\n    signal: AbortSignal.timeout(10_000),\n  });\n  return new Response(res.body);\n}\n", filename: 'pages/api/search.ts' },
    // Twin of the blocked-URL check: a predicate about the caller that throws (`hasActiveSubscription(req)`) still gates the paid call.
    { code: "import { anthropic } from '@ai-sdk/anthropic';\nimport { generateObject } from 'ai';\nimport { z } from 'zod';\nimport { hasActiveSubscription } from '@/lib/billing';\n\nexport async function POST(request: Request) {\n  if (!(await hasActiveSubscription(request))) throw new Error('Forbidden');\n  const { goal } = await request.json();\n  const result = await generateObject({ model: anthropic('claude-sonnet-4-6'), schema: z.object({ url: z.string() }), prompt: String(goal) });\n  return Response.json(result.object);\n}\n", filename: 'app/api/agent/route.ts' },
    // saleor's storefront checkout actions: synchronous config checks from the app's `payment/providers/stripe` module
    // (`isStripePaymentEnabled()`, `getStripePaymentGuardError(id)`) reach no store.
    { code: "'use server';\nimport { getStripePaymentGuardError, isStripePaymentEnabled } from '@/checkout/lib/payment/providers/stripe';\n\nexport async function checkGateway(gatewayId: string) {\n  if (!isStripePaymentEnabled()) return { ok: false };\n  const guard = getStripePaymentGuardError(gatewayId);\n  return guard ? { ok: false, error: guard } : { ok: true };\n}\n", filename: 'src/app/(checkout)/actions.ts' },
    // open-deep-research's saveModelId: models.some(...) on the list @/lib/ai/models exports is an array method of an AI model catalogue, not the database.
    {"code": "'use server';\n\nimport { cookies } from 'next/headers';\nimport { models } from '@/lib/ai/models';\n\nexport async function saveModelId(model: string) {\n  const cookieStore = await cookies();\n  if (models.some((m) => m.id === model)) {\n    cookieStore.set('model-id', model);\n  }\n}\n", "filename": "app/(chat)/actions.ts"},
    // jobfinders' matching routes: `withMatchingAuth(request, { requireRole })` is the caller's auth under a qualifier, and its result gates the response.
    { code: "import { NextRequest, NextResponse } from 'next/server';\nimport { withMatchingAuth } from '@/middleware/matching-auth';\nimport { CandidateService } from '@/services/matching/candidate-service';\n\nconst candidates = new CandidateService();\n\nexport async function POST(request: NextRequest) {\n  const authResult = await withMatchingAuth(request, { requireRole: 'seeker', rateLimitType: 'profile' });\n  if ('error' in authResult) return authResult as NextResponse;\n  const body = await request.json();\n  const profile = await candidates.createCandidateProfile({ ...body });\n  return NextResponse.json({ profile });\n}\n", filename: 'src/app/api/matching/profiles/candidates/route.ts' },
    // jobai's beta signup form as two segments, `/api/beta/request`: a form anyone fills (like `beta-requests`).
    { code: "import { NextRequest, NextResponse } from 'next/server';\nimport { prisma } from '@/lib/prisma';\n\nexport async function POST(request: NextRequest) {\n  const { name, email } = await request.json();\n  if (!name || !email) return NextResponse.json({ error: 'Name and email are required' }, { status: 400 });\n  await prisma.betaRequest.create({ data: { name, email, status: 'pending' } });\n  return NextResponse.json({ ok: true });\n}\n", filename: 'src/app/api/beta/request/route.ts' },
    // E2B: reattaching to a sandbox by the id the request holds and running a command there: the id is the capability
    // (like a share link's), and no VM is started; only Sandbox.create() is paid work.
    {"code": "import { Sandbox } from '@e2b/code-interpreter';\n\nexport async function POST(req: Request) {\n  const { sandboxId, command } = await req.json();\n  const sbx = await Sandbox.connect(sandboxId);\n  const result = await sbx.commands.run(String(command));\n  return Response.json({ stdout: result.stdout });\n}\n", "filename": "app/api/run-command/route.ts"},
    // A sandbox reattached by its random id (vercel/examples' vibe-coding-platform reads a sandbox's files and command
    // logs): no VM is started, the id is the capability; only Sandbox.create() is paid work.
    { code: "import { NextResponse, type NextRequest } from 'next/server';\nimport { Sandbox } from '@vercel/sandbox';\nexport async function GET(request: NextRequest, { params }: { params: Promise<{ sandboxId: string; cmdId: string }> }) {\n  const { sandboxId, cmdId } = await params;\n  const sandbox = await Sandbox.get({ sandboxId });\n  const command = await sandbox.getCommand(cmdId);\n  return NextResponse.json({ sandboxId: sandbox.sandboxId, cmdId: command.cmdId, exitCode: command.exitCode });\n}\n", filename: 'app/api/sandboxes/[sandboxId]/cmds/[cmdId]/route.ts' },
    // jitsu's /api/me: `getUser(res, req, true)` from the app's own lib/api is handed the request itself: the session read.
    { code: "import type { NextApiRequest, NextApiResponse } from \"next\";\nimport { getUser } from \"../../lib/api\";\nimport { db } from \"../../lib/server/db\";\n\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  const user = await getUser(res, req, true);\n  if (!user) {\n    res.send({ auth: false });\n  } else {\n    res.send({ auth: true, user, workspaces: await db.workspace.findMany({ where: { userId: user.internalId } }) });\n  }\n}\n", filename: "pages/api/me.ts" },
    // The same cron route checking CRON_SECRET; and a plain GET reading project code (a public read).
    {
      code: "import { NextResponse } from 'next/server';\nimport { timingSafeEqual } from 'node:crypto';\nimport { enqueueChecks } from '@/lib/checker';\n\nexport async function GET(req: Request) {\n  const expected = Buffer.from(`Bearer ${process.env.CRON_SECRET}`);\n  const given = Buffer.from(req.headers.get('authorization') ?? '');\n  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {\n    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  await enqueueChecks({ periodicity: '10m' });\n  return NextResponse.json({ success: true });\n}\n",
      filename: 'app/api/checker/cron/10m/route.ts',
    },
    {
      code: "import { NextResponse } from 'next/server';\nimport { listRegions } from '@/lib/checker';\n\nexport async function GET(req: Request) {\n  return NextResponse.json(await listRegions());\n}\n",
      filename: 'app/api/checker/regions/route.ts',
    },
    // Twin: the same E2B sandbox route behind a session check.
    { code: "import { Sandbox } from '@e2b/code-interpreter';\nimport { getUser } from '@/lib/auth';\n\nexport async function POST(req: Request) {\n  const user = await getUser();\n  if (!user) return new Response('Unauthorized', { status: 401 });\n  const { sandboxId, command } = await req.json();\n  const sbx = await Sandbox.connect(sandboxId);\n  const result = await sbx.commands.run(String(command));\n  return Response.json({ stdout: result.stdout });\n}\n", filename: 'app/api/run-command/route.ts' },
    // A GET marked `Cache-Control: public` is public by design: a CDN answers it for anyone.
    { code: "export async function GET(req: Request) {\n  const text = new URL(req.url).searchParams.get('text') ?? '';\n  const response = await fetch('https://api.openai.com/v1/audio/speech', {\n    method: 'POST',\n    headers: { Authorization: `Bearer ${process.env.OPENAI_API_KEY}`, 'Content-Type': 'application/json' },\n    body: JSON.stringify({ model: 'tts-1', input: text }),\n    signal: AbortSignal.timeout(30_000),\n  });\n  const audio = Buffer.from(await response.arrayBuffer()).toString('base64');\n  return new Response(JSON.stringify({ audio }), {\n    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'public, max-age=31536000' },\n  });\n}\n", filename: 'app/api/tts/route.ts' },
    // SajiloReserveX: a guard handed the request returns its own 403 when it refuses (`if (guard) return guard`).
    { code: "import { NextResponse, type NextRequest } from 'next/server';\nimport { sendBookingConfirmationEmail } from '@/server/emails/bookings';\nimport { guardTestEndpoint } from '@/server/security/test-endpoints';\n\nexport async function POST(req: NextRequest) {\n  const guard = guardTestEndpoint(req);\n  if (guard) return guard;\n  const { email } = await req.json();\n  await sendBookingConfirmationEmail({ to: email });\n  return NextResponse.json({ ok: true });\n}\n", filename: 'src/app/api/test-email/route.ts' },
    // guessyear: a page marked 'use server' exports Next.js's generateMetadata: it answers the page's public head.
    { code: "'use server';\n\nimport { type Metadata } from 'next';\nimport { getScopedI18n } from '@/locales/server';\nimport { DailyGame } from '@/components/layout/daily-game';\n\nexport async function generateMetadata(): Promise<Metadata> {\n  const t = await getScopedI18n('metadata');\n  return { title: t('daily.title'), description: t('daily.description') };\n}\n\nexport default async function DailyPage() {\n  return <DailyGame />;\n}\n", filename: 'src/app/[locale]/(game)/daily/page.tsx' },
    // my-dev-library: the action builds its auth wrapper inline and calls it (`validatedActionWithUser(schema, fn)(formData)`),
    // as `export const createPage = validatedActionWithUser(schema, fn)` would wrap it.
    { code: "'use server';\nimport { validatedActionWithUser } from '@/lib/auth/middleware';\nimport prisma from '@/lib/prisma';\nimport { z } from 'zod';\n\nconst schema = z.object({ url: z.string() });\n\nexport const createPage = async (prevState: State, formData: FormData) => {\n  const result = await validatedActionWithUser(schema, async (data, _, user) => {\n    await prisma.page.create({ data: { url: data.url, userId: user.id } });\n    return { ok: true };\n  })(formData);\n  return result;\n};\n", filename: 'src/actions/db/page.ts' },
    // Vercel Blob's client upload route: the token for the browser's upload is signed after the session check inside
    // `onBeforeGenerateToken` (papermark's browser-upload; Vercel's upload-completed callback reaches the route without it).
    { code: "import { handleUpload, type HandleUploadBody } from '@vercel/blob/client';\nimport { NextResponse } from 'next/server';\nimport { auth } from '@/auth';\n\nexport async function POST(request: Request): Promise<NextResponse> {\n  const body = (await request.json()) as HandleUploadBody;\n  const jsonResponse = await handleUpload({\n    body,\n    request,\n    onBeforeGenerateToken: async () => {\n      const session = await auth();\n      if (!session?.user) throw new Error('Unauthorized');\n      return { allowedContentTypes: ['image/png', 'application/pdf'], allowOverwrite: true };\n    },\n    onUploadCompleted: async ({ blob }) => {\n      console.log('blob upload completed', blob);\n    },\n  });\n  return NextResponse.json(jsonResponse);\n}\n", filename: 'src/app/api/upload/route.ts' },
    // A default-exported server action goes by its own name: `export default subscribeToNewsletter` is a public form's action.
    { code: "'use server';\nimport { prisma } from '@/lib/db';\n\nasync function subscribeToNewsletter(email: string) {\n  await prisma.subscriber.create({ data: { email } });\n}\n\nexport default subscribeToNewsletter;\n", filename: 'src/actions/subscribe.ts' },
    // ZITADEL's login app: actions that start a sign-in at an external identity provider (an OIDC / SAML redirect, an
    // LDAP bind with the username and password typed) and one that makes the session from the credential checks the
    // session API verifies (`createSessionFromChecks({ checks })`): sign-in steps, which no session precedes.
    { code: "'use server';\nimport { createInviteCode, startIdentityProviderFlow, startLDAPIdentityProviderFlow } from '@/lib/zitadel';\nimport { redirect } from 'next/navigation';\n\nexport async function redirectToIdp(prevState: unknown, formData: FormData) {\n  const idpId = formData.get('id') as string;\n  const url = await startIdentityProviderFlow({ idpId, urls: { successUrl: '/idp/success', failureUrl: '/idp/failure' } });\n  if (url) redirect(url);\n  return { error: 'Could not start IDP flow' };\n}\n\nexport async function createNewSessionForLDAP(command: { username: string; password: string; idpId: string }) {\n  const response = await startLDAPIdentityProviderFlow({ idpId: command.idpId, username: command.username, password: command.password });\n  if (!response) return { error: 'Could not start LDAP flow' };\n  return { redirect: `/idp/ldap/success?id=${response.idpIntentId}` };\n}\n", filename: 'src/lib/server/idp.ts' },
    { code: "'use server';\nimport { createSessionFromChecks, getSession, humanMFAInitSkipped } from '@/lib/zitadel';\nimport type { Checks } from '@zitadel/proto/zitadel/session/v2/session_service_pb';\n\nexport async function createSessionAndUpdateCookie(command: { checks: Checks; requestId?: string }) {\n  const created = await createSessionFromChecks({ checks: command.checks, lifetime: DEFAULT_LIFETIME });\n  if (!created) throw new Error('Could not create session');\n  return getSession({ sessionId: created.sessionId, sessionToken: created.sessionToken });\n}\n", filename: 'src/lib/server/cookie.ts' },
    // A REST sign-in and token refresh (`POST /sessions`, `/sessions/refresh`): the handler exchanges a password or a refresh token for a session, which no session can precede (DeaaJobran's nextjs-saas-boilerplate mobile API).
    { code: "import { handleApiRoute } from '@/lib/api';\n\nexport async function POST(request: Request) {\n  return handleApiRoute({\n    handler: async ({ context, service }) => {\n      const body = mobileSessionSchema.parse(await request.json());\n      return { data: await service.createMobileSession({ email: body.email, password: body.password, mfaCode: body.mfaCode, ipAddress: context.ipAddress }), status: 201 };\n    },\n    request,\n  });\n}\n", filename: 'src/app/api/v1/mobile/sessions/route.ts' },
    { code: "import { handleApiRoute } from '@/lib/api';\n\nexport async function POST(request: Request) {\n  return handleApiRoute({\n    handler: async ({ context, service }) => {\n      const body = refreshSchema.parse(await request.json());\n      return { data: await service.refreshMobileSession({ refreshToken: body.refreshToken, ipAddress: context.ipAddress }) };\n    },\n    request,\n  });\n}\n", filename: 'src/app/api/v1/mobile/sessions/refresh/route.ts' },
    // Twin of the MCP OAuth case: the app's own Auth.js `auth()` gates the route; the MCP client's `auth` (renamed) only signs in to the tool server.
    { code: "import { streamText } from 'ai';\nimport { openai } from '@ai-sdk/openai';\nimport { auth as mcpAuth, createMCPClient } from '@ai-sdk/mcp';\nimport { auth } from '@/auth';\nimport { authProvider } from '@/lib/mcp-oauth';\n\nexport async function POST(req: Request) {\n  const session = await auth();\n  if (!session?.user) return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  const { messages, serverUrl } = await req.json();\n  await mcpAuth(authProvider, { serverUrl: new URL(serverUrl) });\n  const mcp = await createMCPClient({ transport: { type: 'http', url: serverUrl, authProvider } });\n  const result = streamText({ model: openai('gpt-4o'), messages, tools: await mcp.tools() });\n  return result.toUIMessageStreamResponse();\n}\n", filename: 'app/api/chat/mcp/route.ts' },
    // DeaaJobran's nextjs-saas-boilerplate: the route hands its work to an imported API wrapper as a callback that
    // receives the caller's principal (the wrapper authenticates the bearer token and checks the scopes first).
    { code: "import { handleApiRoute } from '@/lib/api';\n\nexport async function POST(request: Request) {\n  return handleApiRoute({\n    handler: async ({ principal, service }) => {\n      const body = await request.json();\n      return { data: await service.createUploadIntent({ fileName: body.fileName, principal: principal! }), status: 201 };\n    },\n    method: 'POST',\n    request,\n    requiredScopes: ['mobile:uploads'],\n  });\n}\n", filename: 'app/api/v1/mobile/uploads/route.ts' },
    // scira: auth reads exported as actions: `getCurrentUser()` takes nothing, so it can only answer from the
    // caller's session; `getLightweightUserAuth()` reads the caller's auth state under a qualifier.
    { code: "'use server';\n\nimport { getComprehensiveUserData } from '@/lib/user-data-server';\nimport { getLightweightUserAuth } from '@/lib/user-data-server';\nimport { getChatsByUserId } from '@/lib/db/queries';\n\nexport async function getCurrentUser() {\n  return await getComprehensiveUserData();\n}\n\nexport async function getRecentChats() {\n  const user = await getLightweightUserAuth();\n  if (!user) return [];\n  return getChatsByUserId({ id: user.userId });\n}\n", filename: FILES.action },
    // The app's Supabase client factory (`createServerSupabase`) is no write: a HEAD health check that counts rows reads.
    { code: "import { NextResponse } from 'next/server';\nimport { createServerSupabase } from '@/lib/supabase/server';\n\n// Health check: count the rows.\nexport async function HEAD() {\n  try {\n    const supabase = await createServerSupabase();\n    const { count, error } = await supabase.from('employers').select('*', { count: 'exact', head: true });\n    if (error) throw error;\n    return new NextResponse(null, { status: 200, headers: { 'X-Total-Employers': String(count ?? 0) } });\n  } catch {\n    return new NextResponse(null, { status: 503 });\n  }\n}\n", filename: "src/app/api/employers/route.ts" },
    // A "register your interest" form for an upcoming test (ielts-mock's /api/interest): a waitlist by another name.
    { code: "import { NextResponse } from 'next/server';\nimport { getSupabaseAdmin } from '@/lib/supabaseAdmin';\n\nexport async function POST(req: Request) {\n  const { name, email } = await req.json();\n  if (!name || !email) return NextResponse.json({ error: 'Name and email are required.' }, { status: 400 });\n  const supabase = getSupabaseAdmin();\n  const { error } = await supabase.from('writing_speaking_interest').insert({ name, email });\n  if (error) return NextResponse.json({ error: 'Could not record your interest.' }, { status: 500 });\n  return NextResponse.json({ ok: true });\n}\n", filename: 'src/app/api/interest/route.ts' },
    // A form anyone fills to ask for beta access (a waitlist by another name): public by design.
    { code: "import { NextRequest, NextResponse } from 'next/server';\nimport { supabase } from '@/lib/supabase';\n\nexport async function POST(request: NextRequest) {\n  const { fullName, email, motivations } = await request.json();\n  if (!fullName || !email || !motivations) {\n    return NextResponse.json({ error: 'Missing fields' }, { status: 400 });\n  }\n  const { error } = await supabase.from('beta_requests').insert({ full_name: fullName, email, motivations });\n  if (error) return NextResponse.json({ error: 'Could not save' }, { status: 500 });\n  return NextResponse.json({ ok: true });\n}\n", filename: "app/api/beta-requests/route.ts" },
    // A GET of one active appointment type (a booking page's catalog of kinds of appointment): a lookup table
    // whose name ends in _types is not anyone's records.
    {
      code: "import { NextRequest, NextResponse } from 'next/server';\nimport { createClient } from '@/utils/supabase/server';\n\nexport async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {\n  const { id } = await params;\n  const supabase = await createClient();\n  const { data, error } = await supabase.from('appointment_types').select('*').eq('id', id).eq('is_active', true).single();\n  if (error || !data) return NextResponse.json({ error: 'Appointment type not found' }, { status: 404 });\n  return NextResponse.json(data);\n}\n",
      filename: 'app/api/appointment-types/[id]/route.ts',
    },
    // The plans a pricing page lists (`subscription_plans`): a catalog, not anyone's subscription (scorpion26's plans route).
    { code: "import { NextRequest, NextResponse } from 'next/server';\nimport { createClient } from '@/lib/supabase/server';\n\n// GET /api/subscriptions/plans - List subscription plans (public)\nexport async function GET(request: NextRequest) {\n  const supabase = await createClient();\n  const { data, error } = await supabase.from('subscription_plans').select('*').eq('is_active', true).order('price', { ascending: true });\n  if (error) return NextResponse.json({ error: 'Failed to fetch plans' }, { status: 500 });\n  return NextResponse.json(data);\n}\n", filename: 'app/api/subscriptions/plans/route.ts' },
    // A curried role wrapper inside an error handler, `withErrorHandler(requireRole(ROLE)(handler))`, is named by its maker (scorpion26's example routes).
    { code: "import { NextResponse } from 'next/server';\nimport { prisma } from '@/lib/prisma';\nimport { requireRole, withErrorHandler } from '@/lib/api/middleware';\n\nexport const GET = withErrorHandler(\n  requireRole('admin')(async () => {\n    const users = await prisma.user.findMany();\n    return NextResponse.json({ users });\n  }),\n);\n", filename: 'app/api/example/users/route.ts' },
    // A GET that calls a Postgres function named for reading (`get_translations`: the site's UI strings) reads
    // like a .select(); the rpc is no write.
    {
      code: "import { createClient } from '@/utils/supabase/server';\nimport { NextResponse } from 'next/server';\n\nexport async function GET(request: Request) {\n  const supabase = await createClient();\n  const locale = new URL(request.url).searchParams.get('locale');\n  if (!locale) return NextResponse.json({ error: 'Locale is required' }, { status: 400 });\n  const { data, error } = await supabase.rpc('get_translations', { requested_locale: locale }).single();\n  if (error) return NextResponse.json({ error: 'Failed to load translations' }, { status: 500 });\n  return NextResponse.json(data);\n}\n",
      filename: 'app/api/i18n/route.ts',
    },
    // A public read of sports data through a database function named for a read (leverage-ai-chat's /api/odds/movers).
    { code: "import { NextRequest, NextResponse } from 'next/server';\nimport { createClient } from '@/lib/supabase/server';\n\nexport async function GET(req: NextRequest) {\n  const hours = Math.min(Number(req.nextUrl.searchParams.get('hours') ?? '24') || 24, 168);\n  const supabase = await createClient();\n  const { data, error } = await supabase.schema('api').rpc('get_biggest_line_moves', { hours });\n  if (error) return NextResponse.json({ movers: [] });\n  return NextResponse.json({ movers: data });\n}\n", filename: 'app/api/odds/movers/route.ts' },
    // A forgot-password action named only `reset` (next-auth-v5-advanced-guide): it looks the account up by the typed
    // email and sends the reset link to it; its caller cannot sign in.
    { code: "'use server';\nimport { getUserByEmail } from '@/data/user';\nimport { sendPasswordResetEmail } from '@/lib/mail';\nimport { generatePasswordResetToken } from '@/lib/tokens';\n\nexport const reset = async (values: { email: string }) => {\n  const existingUser = await getUserByEmail(values.email);\n  if (!existingUser) return { error: 'Email not found!' };\n  const token = await generatePasswordResetToken(values.email);\n  await sendPasswordResetEmail(token.email, token.token);\n  return { success: 'Reset email sent!' };\n};\n", filename: FILES.action },
    // Twin of the Pages API `req.query` case: `userId` read from the session, then checked, is a gate.
    { code: "import type { NextApiRequest, NextApiResponse } from 'next';\nimport { getServerSession } from 'next-auth';\nimport prisma from '@/libs/prismadb';\nimport { authOptions } from '@/pages/api/auth/[...nextauth]';\n\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  const session = await getServerSession(req, res, authOptions);\n  const userId = session?.user?.id;\n  if (!userId) {\n    throw new Error('Not signed in');\n  }\n  await prisma.user.update({ where: { id: userId }, data: { hasNotification: false } });\n  return res.status(200).end();\n}\n", filename: 'pages/api/notifications/index.ts' },
    // An argumentless getter of the caller's own record whose absence ends the action (the duolingo clone's refillHearts:
    // `getUserProgress()` reads the session inside and returns null without one).
    { code: "'use server';\nimport { eq } from 'drizzle-orm';\nimport db from '@/db/drizzle';\nimport { getUserProgress } from '@/db/queries';\nimport { userProgress } from '@/db/schema';\n\nexport const refillHearts = async () => {\n  const currentUserProgress = await getUserProgress();\n  if (!currentUserProgress) {\n    throw new Error('User progress not found');\n  }\n  await db.update(userProgress).set({ hearts: 5, points: currentUserProgress.points - 10 }).where(eq(userProgress.userId, currentUserProgress.userId));\n};\n", filename: FILES.action },
    // A public request for an access-recovery email (VibeVaults's requestWidgetAccessRecovery(email)): like a password
    // reset, the links go to the address the caller types, whatever it is; rate-limited per IP and per email.
    { code: "'use server';\nimport { createAdminClient } from '@/lib/supabase/admin';\nimport { sendRecoveryEmail } from '@/lib/notifications';\n\nexport async function requestWidgetAccessRecovery(email: string) {\n  if (!email || !/^[^\\s@]+@[^\\s@]+$/.test(email)) return { ok: false };\n  const admin = createAdminClient();\n  const { data: profile } = await admin.from('profiles').select('id').eq('email', email.trim().toLowerCase()).maybeSingle();\n  if (profile) await sendRecoveryEmail({ to: email, userId: profile.id });\n  return { ok: true };\n}\n", filename: FILES.action },
    // sourcebot's UI-preference actions: the app's error wrapper `sew` is handed a callback that takes nothing from it,
    // and the callback only sets a cookie of the calling browser.
    { code: SEW_ACTIONS, filename: 'src/actions.ts' },
    // Intaj's example route: `withErrorHandling(req, async (request) => ...)` around a callback that only parses the body reaches nothing.
    { code: WRAPPED_ROUTE(''), filename: 'src/app/api/example/route.ts' },
    // unkey's narrow cookie actions: they hand the client's own token / last org to the app's cookie module, which
    // sets a cookie of the browser that calls (a value planted there fails session validation).
    { code: "\"use server\";\n\nimport {\n  setLastUsedOrgCookie as setLastUsedOrgCookieInternal,\n  setSessionCookie as setSessionCookieInternal,\n} from \"./cookies\";\n\nexport async function setSessionCookie(params: { token: string; expiresAt: Date }): Promise<void> {\n  await setSessionCookieInternal(params);\n}\n\nexport async function setLastUsedOrgCookie(params: { orgId: string }): Promise<void> {\n  await setLastUsedOrgCookieInternal(params);\n}\n", filename: 'lib/auth/cookies-actions.ts' },
    // An action that clears the caller's own cookie (logout-like): a cookie is per browser.
    { code: "'use server';\n\nimport { clearClientSessionCookie } from '@/lib/client-auth';\n\nexport async function clearClientSessionCookieAction(): Promise<void> {\n  await clearClientSessionCookie();\n}\n", filename: FILES.action },
    // unsend: an Amazon SNS endpoint (SES notifications) authenticates by the message signature, left to require-webhook-verification.
    { code: "import { db } from '~/server/db';\n\nexport async function POST(req: Request) {\n  const data = await req.json();\n  if (!(await checkEventValidity(data))) return Response.json({ data: 'Event is not valid' });\n  if (data.Type === 'SubscriptionConfirmation') {\n    await fetch(data.SubscribeURL, { method: 'GET', signal: AbortSignal.timeout(5_000) });\n    return Response.json({ data: 'Subscribed' });\n  }\n  const message = JSON.parse(data.Message || '{}');\n  await db.emailEvent.create({ data: { messageId: data.MessageId, status: message.eventType } });\n  return Response.json({ data: 'Success' });\n}\n\nasync function checkEventValidity(message: { TopicArn: string }) {\n  const arns = await db.sesSetting.findMany({ select: { topicArn: true } });\n  return arns.some((s) => s.topicArn === message.TopicArn);\n}\n", filename: 'apps/web/src/app/api/ses_callback/route.ts' },
    // unsend: a one-click unsubscribe endpoint (RFC 8058): the mail client POSTs with no session; the signed link is the check.
    { code: "import { unsubscribeContact } from '~/server/service/campaign-service';\n\nexport async function POST(request: Request) {\n  const url = new URL(request.url);\n  const id = url.searchParams.get('id');\n  const hash = url.searchParams.get('hash');\n  if (!id || !hash) return Response.json({ error: 'Invalid link' }, { status: 400 });\n  await unsubscribeContact(id, hash);\n  return Response.json({ success: true });\n}\n", filename: 'apps/web/src/app/api/unsubscribe-oneclick/route.ts' },
    // A GET that serves an avatar or a logo (cal.com's app/api/avatar/[uuid] and app/api/logo): public images
    // shown on booking pages, like icons and OG images; this one also caches a PNG conversion.
    { code: "import prisma from '@/lib/prisma';\nexport async function GET(req: Request, { params }: { params: Promise<{ uuid: string }> }) {\n  const { uuid } = await params;\n  const avatar = await prisma.avatar.findUnique({ where: { objectKey: uuid }, select: { data: true } });\n  if (!avatar) return Response.redirect(new URL('/avatar.png', req.url), 302);\n  if (avatar.data.startsWith('data:image/svg+xml')) await prisma.avatar.update({ where: { objectKey: uuid }, data: { data: await toPng(avatar.data) } });\n  return new Response(Buffer.from(avatar.data.split(',')[1]!, 'base64'), { headers: { 'Content-Type': 'image/png', 'Cache-Control': 'max-age=86400' } });\n}\n", filename: 'app/api/avatar/[uuid]/route.ts' },
    { code: "import prisma from '@/lib/prisma';\nexport async function GET(req: Request) {\n  const subdomain = new URL(req.url).hostname.split('.')[0];\n  const team = await prisma.team.findFirst({ where: { slug: subdomain }, select: { appLogo: true } });\n  return Response.redirect(team?.appLogo ?? new URL('/logo.svg', req.url).toString(), 302);\n}\n", filename: 'app/api/logo/route.ts' },
    // A helper module under pages/api/ whose default export takes no response (cal.com's API v1
    // `_auth-middleware.ts`, `_utils/checkUserMembership.ts`): Next.js routes it, but it never answers,
    // so nothing it reads reaches the caller.
    { code: "import prisma from '@/lib/prisma';\nimport { HttpError } from '@/lib/http-error';\nexport default async function checkUserMembership(req) {\n  const parentId = Number(req.body.parentId);\n  const userId = Number(req.body.userId);\n  const parent = await prisma.eventType.findUnique({ where: { id: parentId }, select: { teamId: true } });\n  if (!parent?.teamId) throw new HttpError({ statusCode: 400, message: 'Not a team event type' });\n  const member = await prisma.membership.findFirst({ where: { teamId: parent.teamId, userId, accepted: true } });\n  if (!member) throw new HttpError({ statusCode: 400, message: 'User is not a team member.' });\n}\n", filename: 'pages/api/event-types/_utils/checkUserMembership.ts' },
    { code: "import prisma from '@/lib/prisma';\nexport default async function ensureOnlyMembersAsHosts(req, body: { teamId?: number; hosts?: { userId: number }[] }) {\n  if (!body.teamId || !body.hosts?.length) return;\n  const count = await prisma.membership.count({ where: { teamId: body.teamId, userId: { in: body.hosts.map((h) => h.userId) } } });\n  if (count !== body.hosts.length) throw new Error('Only members of the team can be hosts.');\n}\n", filename: 'pages/api/event-types/_utils/ensureOnlyMembersAsHosts.ts' },
    // nextjs-stripe-store's cart: the whole cart kept in the guest's own cookie, read through the app's argument-less
    // readCartCookie() helper; the variant looked up is public catalog.
    { code: "'use server';\n\nimport { cookies } from 'next/headers';\nimport { commerce } from '@/lib/commerce';\n\nconst CART_COOKIE_NAME = 'cart';\n\nconst readCartCookie = async () => {\n  const cookieStore = await cookies();\n  const raw = cookieStore.get(CART_COOKIE_NAME)?.value;\n  return raw ? JSON.parse(decodeURIComponent(raw)) : null;\n};\n\nexport async function addToCart(variantId: string, quantity = 1) {\n  const storedCart = await readCartCookie();\n  const variant = await commerce.getVariantWithProduct(variantId);\n  if (!variant) return { success: false };\n  const cart = storedCart ?? { id: crypto.randomUUID(), items: [] };\n  cart.items.push({ priceId: variantId, quantity });\n  (await cookies()).set(CART_COOKIE_NAME, encodeURIComponent(JSON.stringify(cart)), { httpOnly: true });\n  return { success: true };\n}\n", filename: 'src/app/cart/actions.ts' },
    // vercel/examples' flags-sdk shop: the cart its own cookie names, through the app's getCartId() helper.
    { code: "'use server'\n\nimport { revalidatePath } from 'next/cache'\nimport { getCartId } from './get-cart-id'\n\nconst BACKEND_URL = process.env.BACKEND_URL || 'https://shirt-shop-api.labs.vercel.dev'\n\nexport async function addToCart(item: { id: string }) {\n  const cartId = await getCartId()\n  await fetch(`${BACKEND_URL}/api/cart/${cartId.value}`, { method: 'POST', body: JSON.stringify(item), signal: AbortSignal.timeout(5000) })\n  revalidatePath('/cart')\n}\n", filename: 'lib/actions.ts' },
    // A signed-in lookup of another user's directory card (nextcrm's getUserById: id, name, avatar): reads by a caller's id are not reported.
    { code: "\"use server\";\nimport { getSession } from \"@/lib/auth-server\";\n\nimport { prismadb } from \"@/lib/prisma\";\n\nexport async function getUserById(userId: string) {\n  const session = await getSession();\n  if (!session) throw new Error(\"Unauthorized\");\n\n  const user = await prismadb.users.findFirst({\n    where: { id: userId, userStatus: \"ACTIVE\" },\n    select: { id: true, name: true, avatar: true },\n  });\n\n  return user ?? null;\n}\n", filename: 'actions/user/get-user-by-id.ts' },
    // A pre-signup email check (fragments' validateEmail, called by the sign-up form before any session exists).
    { code: "'use server'\n\n// Called by the sign-up form (onSignUpValidate) before the user has a session.\nexport async function validateEmail(email: string): Promise<boolean> {\n  if (!process.env.ZEROBOUNCE_API_KEY) {\n    return true\n  }\n\n  const response = await fetch(\n    `https://api.zerobounce.net/v2/validate?api_key=${process.env.ZEROBOUNCE_API_KEY}&email=${encodeURIComponent(email)}`,\n    { signal: AbortSignal.timeout(10_000) },\n  )\n  const data = (await response.json()) as { status: string }\n  return !['invalid', 'spamtrap', 'abuse', 'do_not_mail'].includes(data.status)\n}\n", filename: 'app/actions/validate-email.ts' },
    // An email account's id (not a user's) looked up with the session's own user id (nextcrm's triggerSync).
    { code: "\"use server\";\nimport { getSession } from \"@/lib/auth-server\";\nimport { prismadb } from \"@/lib/prisma\";\n\nasync function requireSession() {\n  const session = await getSession();\n  if (!session?.user?.id) throw new Error(\"Unauthorized\");\n  return session.user.id as string;\n}\n\n// The lookup is scoped by the session's own userId: another user's accountId finds nothing.\nexport async function triggerSync(accountId: string) {\n  const userId = await requireSession();\n\n  const account = await prismadb.emailAccount.findFirst({\n    where: { id: accountId, userId },\n    select: { id: true },\n  });\n  if (!account) throw new Error(\"Account not found\");\n  return account.id;\n}\n", filename: 'actions/emails/sync.ts' },
    // The query also filters by the session's user: scoped to the caller.
    { code: "'use server';\nimport { and, eq } from 'drizzle-orm';\nimport { auth } from '@/auth';\nimport { db } from '@/lib/db';\nimport { chats } from '@/lib/db/schema';\n\nexport async function deleteChat(userId: string, chatId: string) {\n  const session = await auth();\n  if (!session?.user) throw new Error('Unauthorized');\n  await db.delete(chats).where(and(eq(chats.id, chatId), eq(chats.ownerId, session.user.id), eq(chats.createdBy, userId)));\n}\n", filename: 'app/actions/chats.ts' },
    // A tRPC adapter handed the request (big-AGI's app/api/cloud/[trpc]/route.ts): the router's procedures decide.
    { code: "import { fetchRequestHandler } from '@trpc/server/adapters/fetch';\n\nimport { appRouterCloud } from '~/server/trpc/trpc.router-cloud';\nimport { createTRPCFetchContext } from '~/server/trpc/trpc.server';\nimport { reportException } from '~/server/posthog/posthog.server';\n\nconst handlerNodeRoutes = (req: Request) => fetchRequestHandler({\n  endpoint: '/api/cloud',\n  router: appRouterCloud,\n  req,\n  createContext: createTRPCFetchContext,\n  onError: async function({ path, error }) {\n    await reportException(error, { endpoint: path ?? 'unknown', url: req.url });\n  },\n});\n\nexport const runtime = 'nodejs';\nexport { handlerNodeRoutes as GET, handlerNodeRoutes as POST };\n", filename: 'app/api/cloud/[trpc]/route.ts' },
    // ...or hands it to a check of its own.
    { code: "'use server';\nimport { and, eq } from 'drizzle-orm';\nimport { auth } from '@/auth';\nimport { db } from '@/lib/db';\nimport { chats } from '@/lib/db/schema';\n\nexport async function deleteChat(userId: string, chatId: string) {\n  const session = await auth();\n  if (!session?.user) throw new Error('Unauthorized');\n  assertSameUser(session, userId);\n  await db.delete(chats).where(and(eq(chats.id, chatId), eq(chats.userId, userId)));\n}\n", filename: 'app/actions/chats.ts' },
    // A signed-in action that compares the caller's user id with the session's, or checks a role, before using it.
    { code: "'use server';\nimport { and, eq } from 'drizzle-orm';\nimport { auth } from '@/auth';\nimport { db } from '@/lib/db';\nimport { chats } from '@/lib/db/schema';\n\nexport async function deleteChat(userId: string, chatId: string) {\n  const session = await auth();\n  if (!session?.user) throw new Error('Unauthorized');\n  if (userId !== session.user.id) throw new Error('Forbidden');\n  await db.delete(chats).where(and(eq(chats.id, chatId), eq(chats.userId, userId)));\n}\n", filename: 'app/actions/chats.ts' },
    { code: "'use server';\nimport { and, eq } from 'drizzle-orm';\nimport { auth } from '@/auth';\nimport { db } from '@/lib/db';\nimport { chats } from '@/lib/db/schema';\n\nexport async function deleteChat(userId: string, chatId: string) {\n  const session = await auth();\n  if (!session?.user) throw new Error('Unauthorized');\n  if (session.user.role !== 'admin') throw new Error('Forbidden');\n  await db.delete(chats).where(and(eq(chats.id, chatId), eq(chats.userId, userId)));\n}\n", filename: 'app/actions/chats.ts' },
    // A template's demo API over in-memory faker rows (next-shadcn-dashboard-starter's @/constants/mock-api-users).
    { code: "import { fakeUsers } from '@/constants/mock-api-users';\nimport { NextResponse } from 'next/server';\n\nexport async function GET() {\n  const data = await fakeUsers.getUsers();\n  return NextResponse.json(data);\n}\n", filename: 'src/app/api/users/route.ts' },
    // A wrapped action receives the caller's own id from its wrapper; a get* action without a user parameter reads public content.
    { code: "'use server'\n\nimport { eq } from 'drizzle-orm'\nimport { db } from '@/lib/db'\nimport { chats } from '@/lib/db/schema'\nimport { withAuth } from '@/lib/auth/with-auth'\n\n// The wrapper authenticates and passes the caller's own id.\nexport const getChats = withAuth(async ({ userId }: { userId: string }) => db.select().from(chats).where(eq(chats.userId, userId)))\n\nexport async function getPublicTemplates() {\n  return db.query.templates.findMany({ where: (t, { eq }) => eq(t.isPublic, true) })\n}\n", filename: 'lib/db/actions.ts' },
    // A `retrieve*` action reads like a `get*` one: medusa's storefront fetches a public collection by id (through a cache-tag helper of its cookies module).
    // A `get*` action that only reads through the Sanity client is a read by its name (lms-sanity's twin).
    { code: SANITY_STATUS_ACTION('', ''), filename: 'lib/actions/mux.ts' },
    { code: RETRIEVE_ACTION('retrieveCollection', 'id', "{\n  const next = { ...(await getCacheOptions('collections')) };\n  return sdk.client.fetch(`/store/collections/${id}`, { next, cache: 'force-cache' }).then(({ collection }) => collection);\n}"), filename: 'src/lib/data/collections.ts' },
    // The caller's auth headers forwarded to an API that authenticates every request (medusa's b2b storefront: `getAuthHeaders()` sent as the SDK call's `headers`, or as its headers argument).
    { code: AUTH_HEADERS_ACTION(', headers', ', headers'), filename: 'src/lib/data/companies.ts' },
    // getTokenFromRequest(req) (a next-auth getToken wrapper) checked before any data access, whatever the exit status (linkwarden answers 404).
    { code: "import type { NextApiRequest, NextApiResponse } from \"next\";\nimport { prisma } from \"@/lib/prisma\";\nimport getTokenFromRequest from \"@/lib/api/getTokenFromRequest\";\n\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  const token = await getTokenFromRequest(req);\n  if (!token?.id) return res.status(404).json({ response: \"Token invalid.\" });\n\n  const user = await prisma.user.findUnique({ where: { id: token.id as number } });\n  return res.status(200).json({ response: user?.email ?? null });\n}\n", filename: 'pages/api/payment/index.ts' },
    // A credential the caller presents, looked up: an API key in the body, a header token. That is authentication.
    { code: "import type { NextApiRequest, NextApiResponse } from 'next';\nimport { validateApiKey } from '@/lib/api-keys';\nimport { db } from '@/lib/db';\n\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  const team = await validateApiKey(req.body.apiKey);\n  if (!team) return res.status(401).json({ error: 'Unauthorized' });\n  await db.event.create({ data: { teamId: team.id, name: String(req.body.name) } });\n  return res.json({ ok: true });\n}\n", filename: 'pages/api/events.ts' },
    { code: "import { getUser } from '@/lib/auth';\nimport { db } from '@/lib/db';\n\nexport async function POST(req: Request, { params }: { params: { id: string } }) {\n  const user = await getUser(req.headers.get('authorization'));\n  if (!user) return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  await db.note.delete({ where: { id: params.id, ownerId: user.id } });\n  return Response.json({ ok: true });\n}\n", filename: 'app/api/notes/[id]/route.ts' },
    // The app's own access guard handed the resource the input names (giselle's internal-api actions): it reads the
    // session itself; the input only says which workspace (the twin below hands it the user too).
    { code: "'use server';\nimport { store } from '@/app/store';\nimport { assertWorkspaceAccess } from '@/lib/assert-workspace-access';\n\nexport async function removeFile(input: { workspaceId: string; fileId: string }) {\n  await assertWorkspaceAccess(input.workspaceId);\n  await store.removeFile(input.workspaceId, input.fileId);\n}\n", filename: 'lib/internal-api/files.ts' },
    // A route that reads its own body and builds its answers with the app's helpers (CopilotKit's reskinnable demo:
    // `readJsonBody(req)`, `jsonError(...)`) and writes an in-memory module synchronously reaches nothing stored.
    { code: "import * as store from '@/skins/commerce/data/store';\nimport { jsonError, readJsonBody } from '@/skins/commerce/data/http';\n\nexport const POST = async (req: Request, { params }: { params: Promise<{ id: string }> }) => {\n  const { id } = await params;\n  const body = await readJsonBody(req);\n  if (!body) return jsonError('BAD_REQUEST', 'A JSON body is required.', 400);\n  const result = store.refund(id, Number(body.amount));\n  if (!result.ok) return jsonError('NOT_FOUND', 'No such return.', 404);\n  return Response.json(result);\n};\n", filename: 'app/api/returns/[id]/refund/route.ts' },
    // Twin of openai-realtime-agents' Responses proxy (in invalid): a helper's parameter typed with the app's own type of
    // that name (`OpenAI` from `@/lib/fake-llm`) is no paid client.
    { code: "import { NextRequest, NextResponse } from 'next/server';\nimport { createFakeLlm, type OpenAI } from '@/lib/fake-llm';\n\nexport async function POST(req: NextRequest) {\n  const body = await req.json();\n  const openai = createFakeLlm();\n  return await textResponse(openai, body);\n}\n\nasync function textResponse(openai: OpenAI, body: any) {\n  const response = await openai.responses.create({ ...body, stream: false });\n  return NextResponse.json(response);\n}\n", filename: 'app/api/responses/route.ts', settings: helper },
    // The session's own user checked (the twin of skateshop's getPlan below).
    { code: "'use server';\nimport { currentUser } from '@clerk/nextjs/server';\nimport { stripe } from '@/lib/stripe';\n\nexport async function getPlan() {\n  const user = await currentUser();\n  if (!user) throw new Error('User not found.');\n  const subscription = await stripe.subscriptions.retrieve(String(user.privateMetadata.stripeSubscriptionId));\n  return { customerId: user.privateMetadata.stripeCustomerId, canceled: subscription.cancel_at_period_end };\n}\n", filename: 'app/actions/billing.ts' },
    // A guest session (skateshop): actions keyed by the app's own `cartId` cookie, a payment intent for that
    // cart, and a `filter*` server action that only reads the public catalogue.
    { code: "\"use server\"\n\nimport { cookies } from \"next/headers\"\nimport { db } from \"@/db\"\nimport { carts, products } from \"@/db/schema\"\nimport { eq } from \"drizzle-orm\"\n\nexport async function getCart() {\n  const cartId = cookies().get(\"cartId\")?.value\n  if (!cartId) return []\n  const cart = await db.query.carts.findFirst({ where: eq(carts.id, cartId) })\n  return cart?.items ?? []\n}\n\nexport async function addToCart(input: { productId: string; quantity: number }) {\n  const product = await db.query.products.findFirst({ where: eq(products.id, input.productId) })\n  if (!product) throw new Error(\"Product not found.\")\n  const cookieStore = cookies()\n  const cartId = cookieStore.get(\"cartId\")?.value\n  if (!cartId) {\n    const cart = await db.insert(carts).values({ items: [input] }).returning({ insertedId: carts.id })\n    cookieStore.set(\"cartId\", String(cart[0]?.insertedId))\n    return\n  }\n  const cart = await db.query.carts.findFirst({ where: eq(carts.id, cartId) })\n  if (!cart) throw new Error(\"Cart not found.\")\n  await db.update(carts).set({ items: [...(cart.items ?? []), input] }).where(eq(carts.id, cartId))\n}\n\nexport async function deleteCart() {\n  const cartId = cookies().get(\"cartId\")?.value\n  if (!cartId) throw new Error(\"cartId not found, please try again.\")\n  await db.delete(carts).where(eq(carts.id, cartId))\n}\n", filename: 'src/lib/actions/cart.ts' },
    { code: "\"use server\"\n\nimport { cookies } from \"next/headers\"\nimport { db } from \"@/db\"\nimport { carts } from \"@/db/schema\"\nimport { eq } from \"drizzle-orm\"\n\nimport { stripe } from \"@/lib/stripe\"\n\nexport async function createPaymentIntent(input: { stripeAccountId: string; total: number }) {\n  const cartId = cookies().get(\"cartId\")?.value\n  if (!cartId) throw new Error(\"Cart not found.\")\n  const paymentIntent = await stripe.paymentIntents.create(\n    { amount: input.total, currency: \"usd\", metadata: { cartId } },\n    { stripeAccount: input.stripeAccountId }\n  )\n  await db.update(carts).set({ paymentIntentId: paymentIntent.id }).where(eq(carts.id, cartId))\n  return { clientSecret: paymentIntent.client_secret }\n}\n\nexport async function getPaymentIntent(input: { paymentIntentId: string; stripeAccountId: string; deliveryPostalCode: string }) {\n  const cartId = cookies().get(\"cartId\")?.value\n  const paymentIntent = await stripe.paymentIntents.retrieve(input.paymentIntentId, { stripeAccount: input.stripeAccountId })\n  if (\n    paymentIntent.metadata.cartId !== cartId &&\n    paymentIntent.shipping?.address?.postal_code !== input.deliveryPostalCode\n  ) {\n    throw new Error(\"CartId or delivery postal code does not match.\")\n  }\n  return { paymentIntent, isVerified: true }\n}\n", filename: 'src/lib/actions/stripe.ts' },
    { code: "\"use server\"\n\nimport { db } from \"@/db\"\n\nexport async function filterProducts({ query }: { query: string }) {\n  if (query.length === 0) return { data: null }\n  const categoriesWithProducts = await db.query.categories.findMany({\n    columns: { id: true, name: true },\n    with: { products: { columns: { id: true, name: true } } },\n    where: (table, { sql }) => sql`position(${query} in ${table.name}) > 0`,\n  })\n  return { data: categoriesWithProducts }\n}\n", filename: 'src/lib/actions/product.ts' },
    // Public listings (opportumap): a sort step `.order('created_at')` reads no orders, a column list
    // (`select('title, salary')`) says nothing about whose rows these are; only table names count.
    { code: "import { supabase } from '@/lib/supabase';\n\nexport async function GET(request) {\n  const postId = new URL(request.url).searchParams.get('postId');\n  const { data } = await supabase.from('comments').select('*').eq('post_id', postId).order('created_at', { ascending: true });\n  return Response.json({ comments: data || [] });\n}\n", filename: 'app/api/community/comments/route.js' },
    { code: "import { supabase } from '@/lib/supabase';\n\nexport async function GET(request) {\n  const stage = new URL(request.url).searchParams.get('stage');\n  let query = supabase.from('startups').select('*');\n  if (stage) query = query.eq('stage', stage);\n  query = query.order('created_at', { ascending: false });\n  const { data } = await query.limit(50);\n  return Response.json({ startups: data ?? [] });\n}\n", filename: 'app/api/startups/route.js' },
    // A booking page's availability check (daisy-aid-app's `booking/slots`, a nightclub's `availability/[date]`): the GET reads
    // a day's bookings, only their times, to tell taken slots from free ones; the public booking form needs it before sign-in.
    { code: "import { NextResponse } from 'next/server';\nimport { prisma } from '@/lib/prisma';\n\nexport async function GET(request: Request) {\n  const date = new URL(request.url).searchParams.get('date');\n  if (!date) return NextResponse.json({ error: 'date required' }, { status: 400 });\n  const taken = await prisma.booking.findMany({\n    where: { appointmentStart: { gte: new Date(date) }, status: { in: ['PENDING', 'CONFIRMED'] } },\n    select: { appointmentStart: true, appointmentEnd: true },\n  });\n  return NextResponse.json({ slots: freeSlots(date, taken) });\n}\n", filename: 'src/app/api/booking/slots/route.ts' },
    { code: "import { NextResponse } from 'next/server';\nimport { db } from '@/lib/db';\n\nexport async function GET(request: Request, { params }: { params: Promise<{ date: string }> }) {\n  const { date } = await params;\n  const tables = await db.table.findMany({ where: { isActive: true } });\n  const bookings = await db.booking.findMany({ where: { bookingDate: new Date(date), status: { in: ['PENDING', 'CONFIRMED'] } }, include: { table: true } });\n  const booked = bookings.map((b) => b.table.tableNumber);\n  return NextResponse.json({ available: tables.filter((t) => !booked.includes(t.tableNumber)).map((t) => t.tableNumber) });\n}\n", filename: 'app/api/availability/[date]/route.ts' },
    // The history of public records (firstserveseattle's court availability by date, read from snapshots of the public
    // tennis_courts listing): a table named as the history of a plural noun holds what that table holds.
    { code: "import { NextResponse } from 'next/server';\nimport { supabase } from '@/lib/supabase';\n\nexport async function GET(request: Request, { params }: { params: Promise<{ date: string }> }) {\n  const { date } = await params;\n  if (!/^\\d{4}-\\d{2}-\\d{2}$/.test(date)) return NextResponse.json({ error: 'Invalid date' }, { status: 400 });\n  const { data } = await supabase\n    .from('tennis_courts_history')\n    .select('original_court_id, snapshot_timestamp, title, available_dates')\n    .gte('snapshot_timestamp', `${date}T00:00:00.000Z`)\n    .lte('snapshot_timestamp', `${date}T23:59:59.999Z`);\n  return NextResponse.json({ courts: data ?? [] });\n}\n", filename: 'app/api/availability/[date]/route.ts' },
    // ailaunch-space's public theme: a `site_settings` row read by its key is the site's own configuration, which every
    // visitor's page applies, not a user's settings.
    { code: "import { NextResponse } from 'next/server';\nimport { getSupabaseAdmin } from '@/lib/supabase/client';\n\nconst THEME_KEY = 'theme';\n\nexport async function GET() {\n  const supabase = getSupabaseAdmin();\n  const { data, error } = await supabase.from('site_settings').select('value').eq('key', THEME_KEY).maybeSingle();\n  if (error) return NextResponse.json({ error: 'Failed to load theme' }, { status: 500 });\n  return NextResponse.json(data?.value ?? null);\n}\n", filename: 'app/api/admin/theme/route.ts' },
    // delivery-sub's public menu: `a_la_carte_items` names dishes à la carte, not a shopping cart (`carte` is no `cart`).
    { code: "import { NextRequest } from 'next/server';\nimport { createSupabaseServerClient } from '@/lib/supabase/server';\n\nexport async function GET(request: NextRequest) {\n  const supabase = await createSupabaseServerClient();\n  const category = request.nextUrl.searchParams.get('category');\n  let query = supabase.from('a_la_carte_items').select('*').eq('is_active', true).order('name');\n  if (category) query = query.eq('category', category);\n  const { data } = await query;\n  return Response.json({ items: data });\n}\n", filename: 'src/app/api/a-la-carte/items/route.ts' },
    // A GET reading a public table through the service-role client (a support chatbot's knowledge-base stats): the
    // table decides what is read, not the client's name.
    { code: "import { NextResponse } from 'next/server';\nimport { supabaseAdmin } from '@/lib/supabase/client';\n\nexport async function GET() {\n  const { data } = await supabaseAdmin.from('knowledge_base').select('type, category, title, tags');\n  return NextResponse.json({ total: data?.length ?? 0, entries: data ?? [] });\n}\n", filename: 'app/api/knowledge-base/seed/route.ts' },
    { code: "import { supabase } from '@/lib/supabase';\n\nexport async function GET() {\n  const { data } = await supabase.from('jobs').select('id, title, company, salary, url').limit(2000);\n  return Response.json({ jobs: data ?? [] });\n}\n", filename: 'app/api/jobs/route.js' },
    // A POST that takes no request and reads public data (zola refreshes its AI model list from @/lib/models, a catalogue, not ORM models).
    { code: "import { NextResponse } from 'next/server';\nimport { getAllModels, refreshModelsCache } from '@/lib/models';\n\nexport async function POST() {\n  refreshModelsCache();\n  const models = await getAllModels();\n  return NextResponse.json({ models, count: models.length });\n}\n", filename: "app/api/models/route.ts" },

    // A response built from constants and returned as it is (assistant-ui's AGENTS.md route): the same document for everyone.
    { code: "import { AGENTS_DOCUMENT, createDiscoveryResponse } from '@/lib/agent-discovery';\n\nexport function GET() {\n  return createDiscoveryResponse(AGENTS_DOCUMENT, { contentType: 'text/markdown; charset=utf-8' });\n}\n\nexport function HEAD() {\n  return createDiscoveryResponse(AGENTS_DOCUMENT, { contentType: 'text/markdown; charset=utf-8', head: true });\n}\n", filename: "app/AGENTS.md/route.ts" },
    // HTTP status helpers returned as they are (assistant-ui's Pi example: `return badRequest('...')`, `return noContent()`): responses, not data.
    { code: "import { badRequest, noContent } from '@/lib/http';\n\nexport async function POST(req: Request) {\n  const { title } = await req.json();\n  if (typeof title !== 'string' || title.trim() === '') return badRequest('title must be a non-empty string');\n  return noContent();\n}\n", filename: "app/api/threads/[threadId]/validate/route.ts" },
    // An error envelope returned as it is, `return apiError(400, 'CODE', message)` (Hybrid-Turtle's `NextResponse.json` of its
    // arguments), is a response builder: the route only relays a public quote API.
    { code: "import { NextRequest, NextResponse } from 'next/server';\nimport { apiError } from '@/lib/api-response';\n\nexport async function POST(request: NextRequest) {\n  try {\n    const { ticker } = await request.json();\n    const res = await fetch(`https://query1.finance.yahoo.com/v8/finance/chart/${ticker}`, { signal: AbortSignal.timeout(5000) });\n    if (!res.ok) return apiError(502, 'QUOTE_FAILED', `Upstream error: ${res.status}`);\n    return NextResponse.json(await res.json());\n  } catch (error) {\n    return apiError(500, 'QUOTE_FAILED', 'Failed', (error as Error).message);\n  }\n}\n", filename: "app/api/quote/route.ts" },
    // Telemetry and a response builder are not data: logFailure(), flushTraces(), return uploadErrorResponse(err).
    { code: "import { NextResponse } from 'next/server';\nimport { logFailure, flushTraces } from '@/lib/telemetry';\nimport { uploadErrorResponse } from '@/lib/upload-route';\n\nexport async function POST(request: Request) {\n  try {\n    const body = await request.json();\n    if (typeof body?.name !== 'string') {\n      await logFailure('bad-request', new Error('missing name'));\n      return NextResponse.json({ error: 'Missing name' }, { status: 400 });\n    }\n    await flushTraces();\n    return NextResponse.json({ ok: true });\n  } catch (error) {\n    return uploadErrorResponse(error, 'Failed');\n  }\n}\n", filename: "app/api/upload/route.ts" },

    // A guard that throws, named throwIfNo…Access (boxyhq's saas-starter-kit).
    { code: "import type { NextApiRequest, NextApiResponse } from 'next';\nimport { throwIfNoTeamAccess } from 'models/team';\nimport { updateDirectory } from '@/lib/jackson/dsync';\n\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  const teamMember = await throwIfNoTeamAccess(req, res);\n  const directory = await updateDirectory(teamMember.team.id, req.body);\n  res.status(200).json(directory);\n}\n", filename: "pages/api/teams/[slug]/dsync/[directoryId].ts" },

    // A response a CDN serves to anyone (documenso's open-page growth stats): public by design.
    { code: "import { getUserMonthlyGrowth } from '@/lib/growth';\nexport async function GET(request: Request) {\n  const rows = await getUserMonthlyGrowth();\n  return new Response(JSON.stringify(rows), { headers: { 'content-type': 'application/json', 'Cache-Control': 'public, s-maxage=3600, stale-while-revalidate=7200' } });\n}\n", filename: 'apps/openpage-api/app/growth/new-users/route.ts' },
    // next-auth v4: session checked.
    {
      code: `import { getServerSession } from 'next-auth';
import { authOptions } from '@/lib/auth';
import { prisma } from '@/lib/prisma';
export async function GET() {
  const session = await getServerSession(authOptions);
  if (!session?.user) return Response.json({ error: 'Unauthorized' }, { status: 401 });
  const posts = await prisma.post.findMany({ where: { authorId: session.user.id } });
  return Response.json(posts);
}`,
      filename: FILES.route,
    },
    // Auth.js v5 auth(), alias of the user id checked.
    {
      code: `import { auth } from '@/auth';
import { db } from '@/lib/db';
export async function POST(req: Request) {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) throw new Error('Unauthorized');
  await db.insert(notes).values({ userId, text: 'x' });
  return Response.json({ ok: true });
}`,
      filename: FILES.route,
    },
    // Clerk destructuring.
    {
      code: `import { auth } from '@clerk/nextjs/server';
import prismadb from '@/lib/prismadb';
export async function DELETE(req: Request, { params }: { params: { id: string } }) {
  const { userId } = await auth();
  if (!userId) return new Response('Unauthorized', { status: 401 });
  await prismadb.store.delete({ where: { id: params.id, userId } });
  return new Response(null, { status: 204 });
}`,
      filename: FILES.route,
    },
    // Clerk auth.protect() gates by throwing.
    {
      code: `import { auth } from '@clerk/nextjs/server';
import { db } from '@/lib/db';
export async function PATCH() {
  await auth.protect();
  await db.update(users).set({ a: 1 });
  return Response.json({ ok: true });
}`,
      filename: FILES.route,
    },
    // Supabase getUser with nested destructuring.
    {
      code: `import { createClient } from '@/utils/supabase/server';
export async function POST(request: Request) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return Response.json({ error: 'Unauthorized' }, { status: 401 });
  const { error } = await supabase.from('leads').insert({ owner: user.id });
  return Response.json({ ok: !error });
}`,
      filename: FILES.route,
    },
    // better-auth
    {
      code: `import { auth } from '@/lib/auth';
import { headers } from 'next/headers';
import { db } from '@/db';
export async function POST() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return new Response('Unauthorized', { status: 401 });
  await db.insert(items).values({ userId: session.user.id });
  return Response.json({});
}`,
      filename: FILES.route,
    },
    // jsonwebtoken verify (throws on an invalid token).
    {
      code: `import jwt from 'jsonwebtoken';
import { connectDB } from '@/lib/db';
import Order from '@/models/Order';
export default async function handler(req, res) {
  const token = req.headers.authorization?.split(' ')[1];
  const decoded = jwt.verify(token, process.env.JWT_SECRET);
  await connectDB();
  const orders = await Order.find({ user: decoded.id });
  res.json(orders);
}`,
      filename: 'pages/api/orders.js',
    },
    // Local helper that authenticates, result gated.
    {
      code: `import { getServerSession } from 'next-auth';
import { prisma } from '@/lib/prisma';
async function getUserOr401() {
  const session = await getServerSession();
  return session?.user ?? null;
}
export async function POST() {
  const user = await getUserOr401();
  if (!user) return new Response(null, { status: 401 });
  await prisma.thing.create({ data: { userId: user.id } });
  return Response.json({});
}`,
      filename: FILES.route,
    },
    // Plainly named helper that throws.
    {
      code: `import { requireUser } from '@/lib/session';
import { prisma } from '@/lib/prisma';
export async function POST() {
  const user = await requireUser();
  await prisma.thing.create({ data: { userId: user.id } });
  return Response.json({});
}`,
      filename: FILES.route,
    },
    // API key compared against env.
    {
      code: `import { prisma } from '@/lib/prisma';
export async function POST(req: Request) {
  const apiKey = req.headers.get('x-api-key');
  if (!apiKey || apiKey !== process.env.INTERNAL_API_KEY) return new Response('Forbidden', { status: 403 });
  await prisma.job.create({ data: {} });
  return Response.json({});
}`,
      filename: FILES.route,
    },
    // API key looked up in the database.
    {
      code: `import { prisma } from '@/lib/prisma';
export async function GET(req: Request) {
  const key = req.headers.get('authorization')?.replace('Bearer ', '');
  const record = await prisma.apiKey.findUnique({ where: { key } });
  if (!record) return new Response('Unauthorized', { status: 401 });
  return Response.json(await prisma.user.findMany({ where: { orgId: record.orgId } }));
}`,
      filename: FILES.route,
    },
    // Cron guarded by CRON_SECRET.
    {
      code: `import { prisma } from '@/lib/prisma';
export async function GET(request: Request) {
  if (request.headers.get('authorization') !== \`Bearer \${process.env.CRON_SECRET}\`) {
    return new Response('Unauthorized', { status: 401 });
  }
  await prisma.session.deleteMany({ where: { expires: { lt: new Date() } } });
  return Response.json({ ok: true });
}`,
      filename: 'app/api/cron/cleanup/route.ts',
    },
    // Wrapped by auth-named wrappers (dub, inbox-zero, generic).
    {
      code: `import { withWorkspace } from '@/lib/auth';
import { prisma } from '@dub/prisma';
export const GET = withWorkspace(async ({ workspace }) => {
  const links = await prisma.link.findMany({ where: { projectId: workspace.id } });
  return Response.json(links);
});`,
      filename: FILES.route,
    },
    {
      code: `import { withEmailAccount } from '@/utils/middleware';
import prisma from '@/utils/prisma';
export const POST = withEmailAccount('x', async (request) => {
  await prisma.rule.create({ data: { emailAccountId: request.auth.emailAccountId } });
  return Response.json({});
});`,
      filename: FILES.route,
    },
    {
      code: `import { auth } from '@/auth';
import { prisma } from '@/lib/prisma';
export const POST = auth(async (req) => {
  await prisma.thing.create({ data: {} });
  return Response.json({});
});`,
      filename: FILES.route,
    },
    // Wrappers named for their callers decide who may call (civitai's endpoint helpers): a moderator
    // session, a webhook's or a job's shared token, or a route declared public.
    {
      code: `import { ModEndpoint } from '~/server/utils/endpoint-helpers';
import { dbWrite } from '~/server/db/client';
export default ModEndpoint(async function (req, res) {
  await dbWrite.user.update({ where: { id: Number(req.query.id) }, data: { bannedAt: new Date() } });
  res.status(200).json({ ok: true });
}, ['POST']);`,
      filename: FILES.pagesApi,
    },
    {
      code: `import { WebhookEndpoint } from '~/server/utils/endpoint-helpers';
import { dbWrite } from '~/server/db/client';
export default WebhookEndpoint(async (req, res) => {
  await dbWrite.user.deleteMany({ where: { deletedAt: { not: null } } });
  res.status(200).json({ ok: true });
});`,
      filename: 'pages/api/admin/delete-deleted-users.ts',
    },
    {
      code: `import { JobEndpoint } from '~/server/utils/endpoint-helpers';
import { dbWrite } from '~/server/db/client';
export default JobEndpoint(async function (req, res) {
  await dbWrite.model.updateMany({ where: { deletedAt: { not: null } }, data: { status: 'Deleted' } });
  res.status(200).json({ ok: true });
});`,
      filename: 'pages/api/internal/restore-models.ts',
    },
    {
      code: `import { PublicEndpoint } from '~/server/utils/endpoint-helpers';
import { getServerAuthSession } from '~/server/auth/get-server-auth-session';
import { getAllHiddenForUser } from '~/server/services/user-preferences.service';
export default PublicEndpoint(async function handler(req, res) {
  const session = await getServerAuthSession({ req, res });
  res.status(200).json(await getAllHiddenForUser({ userId: session?.user?.id ?? -1 }));
});`,
      filename: FILES.pagesApi,
    },
    // Configured wrapper.
    {
      code: `import { guarded } from '@/lib/api';
import { prisma } from '@/lib/prisma';
export const POST = guarded(async () => { await prisma.thing.create({ data: {} }); return Response.json({}); });`,
      filename: FILES.route,
      options: [{ wrappers: ['guarded'] }],
    },
    // Re-exports and Auth.js handlers.
    { code: "export { GET, POST } from '@/lib/handlers';", filename: FILES.route },
    { code: "import { handlers } from '@/auth';\nexport const { GET, POST } = handlers;", filename: 'app/api/auth/[...nextauth]/route.ts' },
    { code: "import { handler } from '@/lib/h';\nexport const POST = handler;", filename: FILES.route },
    // Public by design (paths).
    { code: "import { prisma } from '@/lib/prisma';\nexport async function GET() { await prisma.$queryRaw`SELECT 1`; return Response.json({ ok: true }); }", filename: 'app/api/health/route.ts' },
    { code: "import { prisma } from '@/lib/prisma';\nexport async function POST(req: Request) { const { email } = await req.json(); await prisma.user.create({ data: { email } }); return Response.json({}); }", filename: 'app/api/auth/register/route.ts' },
    { code: "import { prisma } from '@/lib/prisma';\nexport async function POST(req: Request) { await prisma.event.create({ data: await req.json() }); return new Response(null, { status: 204 }); }", filename: 'app/api/track/route.ts' },
    // A click counter (ailaunch-space's `/api/promotions/[id]/click`): the promoted link posts to it as an anonymous visitor
    // opens it.
    { code: "import { NextResponse } from 'next/server';\nimport { db } from '@/lib/supabase/database';\n\nexport async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {\n  const { id } = await params;\n  await db.updateOne('promotions', { id }, { $inc: { clicks: 1 } });\n  return NextResponse.json({ success: true });\n}\n", filename: 'app/api/promotions/[id]/click/route.ts' },
    // An analytics beacon named for what it does (firstserveseattle's /api/log-event: the client's logEvent() posts
    // anonymous usage events into event_logs).
    { code: "import { supabaseAdmin } from '@/lib/supabase/admin';\nexport async function POST(req: Request) {\n  const { event, metadata } = await req.json();\n  await supabaseAdmin.from('event_logs').insert([{ event, metadata }]);\n  return Response.json({ ok: true });\n}\n", filename: 'app/api/log-event/route.ts' },
    { code: "import { prisma } from '@/lib/prisma';\nexport async function GET() { const posts = await prisma.post.findMany(); return new Response(''); }", filename: 'app/sitemap.xml/route.ts' },
    { code: "import Stripe from 'stripe';\nexport async function POST(req: Request) { const stripe = new Stripe('x'); await stripe.customers.update('c', {}); return Response.json({}); }", filename: 'app/api/stripe/webhook/route.ts' },
    { code: "import { db } from '@/lib/db';\nexport async function POST() { await db.insert(x).values({}); return Response.json({}); }", filename: 'app/api/internal/route.ts', options: [{ protectedRoutes: ['app/api/internal/**'] }] },
    { code: "import { db } from '@/lib/db';\nexport async function POST() { await db.insert(x).values({}); return Response.json({}); }", filename: 'app/api/open/route.ts', options: [{ publicRoutes: ['app/api/open/**'] }] },
    // Webhook by signature header.
    {
      code: `import { prisma } from '@/lib/prisma';
export async function POST(req: Request) {
  const sig = req.headers.get('x-signature');
  if (!verify(await req.text(), sig)) return new Response('bad', { status: 400 });
  await prisma.payment.create({ data: {} });
  return Response.json({});
}`,
      filename: 'app/api/payments/route.ts',
    },
    // Static JSON / redirect: no data reached.
    { code: "export async function GET() { return Response.json({ version: '1.0.0' }); }", filename: FILES.route },
    { code: "import { redirect } from 'next/navigation';\nexport async function GET() { redirect('/login'); }", filename: FILES.route },
    { code: "export async function POST(req: Request) { const body = await req.json(); return Response.json({ echo: body }); }", filename: FILES.route },
    // Public read-only content (GET of non-user data).
    {
      code: `import { prisma } from '@/lib/prisma';
export async function GET() {
  const posts = await prisma.post.findMany({ where: { published: true } });
  return Response.json(posts);
}`,
      filename: 'app/api/posts/route.ts',
    },
    {
      code: `import { createClient } from '@supabase/supabase-js';
const supabase = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!);
export async function GET() {
  const { data } = await supabase.from('products').select('*').eq('active', true);
  return Response.json(data);
}`,
      filename: 'app/api/products/route.ts',
    },
    { code: "import { getAllPosts } from '@/lib/blog';\nexport async function GET() { return Response.json(await getAllPosts()); }", filename: 'app/api/blog/route.ts' },
    // OPTIONS preflight.
    { code: "import { db } from '@/lib/db';\nexport async function OPTIONS() { await db.select(); return new Response(null); }", filename: FILES.route },
    // A sign-in route (auth endpoint itself).
    {
      code: `import { createClient } from '@/lib/supabase/server';
export async function POST(request: Request) {
  const { email, password } = await request.json();
  const supabase = await createClient();
  const { error } = await supabase.auth.signInWithPassword({ email, password });
  return Response.json({ ok: !error });
}`,
      filename: 'app/api/session/route.ts',
    },
    // Server actions: checked; public-by-design names; client files.
    {
      code: `'use server';
import { auth } from '@/auth';
import { db } from '@/lib/db';
export async function deleteNote(id: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error('Unauthorized');
  await db.delete(notes).where(eq(notes.id, id));
}`,
      filename: FILES.action,
    },
    {
      code: `'use server';
import { db } from '@/lib/db';
export async function joinWaitlist(formData: FormData) {
  await db.insert(waitlist).values({ email: String(formData.get('email')) });
}`,
      filename: FILES.action,
    },
    {
      code: `'use server';
import { createClient } from '@/lib/supabase/server';
export async function login(formData: FormData) {
  const supabase = await createClient();
  await supabase.auth.signInWithPassword({ email: String(formData.get('email')), password: String(formData.get('password')) });
}`,
      filename: FILES.action,
    },
    {
      code: `'use server';
import { createClient } from '@/utils/supabase/server';
export async function updateName(formData: FormData) {
  const supabase = createClient();
  await supabase.auth.updateUser({ data: { full_name: String(formData.get('fullName')) } });
}`,
      filename: FILES.action,
    },
    // next-safe-action client whose middleware authenticates (ctx carries the user).
    {
      code: `'use server';
import { actionClient } from '@/lib/safe-action';
import prisma from '@/lib/prisma';
export const deleteRuleAction = actionClient.action(async ({ ctx: { emailAccountId } }) => {
  await prisma.rule.deleteMany({ where: { emailAccountId } });
});`,
      filename: FILES.action,
    },
    {
      code: `'use server';
import { authActionClient } from '@/lib/safe-action';
import prisma from '@/lib/prisma';
export const archive = authActionClient.schema(s).action(async ({ parsedInput }) => {
  await prisma.doc.update({ where: { id: parsedInput.id }, data: { archived: true } });
});`,
      filename: FILES.action,
    },
    // Helper scoped to the current user inside (getTeamForUser()).
    { code: "import { getTeamForUser } from '@/lib/db/queries';\nexport async function GET() { const team = await getTeamForUser(); return Response.json(team); }", filename: FILES.route },
    // The app's current-user accessor (no argument) returned as-is (nextjs/saas-starter).
    { code: "import { getUser } from '@/lib/db/queries';\nexport async function GET() { const user = await getUser(); return Response.json(user); }", filename: 'app/api/user/route.ts' },
    // Session derived via a non-optional dereference (throws for anonymous callers).
    {
      code: `import { getServerSession } from 'next-auth';
import { prisma } from '@/lib/prisma';
export async function POST() {
  const session = await getServerSession();
  await prisma.note.create({ data: { userId: session.user.id } });
  return Response.json({});
}`,
      filename: FILES.route,
    },
    // Rate-limited public AI demo endpoint.
    {
      code: `import { streamText } from 'ai';
import { openai } from '@ai-sdk/openai';
import { ratelimit } from '@/lib/ratelimit';
export async function POST(req: Request) {
  const ip = req.headers.get('x-forwarded-for') ?? 'anon';
  const { success } = await ratelimit.limit(ip);
  if (!success) return new Response('Too many', { status: 429 });
  const { prompt } = await req.json();
  return streamText({ model: openai('gpt-4o-mini'), prompt }).toTextStreamResponse();
}`,
      filename: 'app/api/generate/route.ts',
    },
    // Twin of the throttled chat route in `invalid`: a real per-IP limit in front of a public AI route that reads no
    // user data still exempts it, a throttled callback besides.
    {
      code: `import { streamText } from 'ai';
import throttle from 'throttleit';
import { ratelimit } from '@/lib/ratelimit';
export async function POST(req: Request) {
  const { success } = await ratelimit.limit(req.headers.get('x-forwarded-for') ?? 'anon');
  if (!success) return new Response('Too many', { status: 429 });
  const { prompt } = await req.json();
  const result = streamText({
    model: 'openai/gpt-5-mini',
    prompt,
    onChunk: throttle(() => console.log('chunk'), 1000),
  });
  return result.toUIMessageStreamResponse();
}`,
      filename: 'app/api/chat/route.ts',
    },
    // Client components and libraries are out of scope.
    { code: "'use client';\nexport async function POST() { await db.insert(x).values({}); }", filename: FILES.route },
    { code: "import { db } from '@/lib/db';\nexport async function createThing() { await db.insert(x).values({}); }", filename: FILES.lib },
    // Middleware is left to its own concerns.
    { code: "import { db } from '@/lib/db';\nexport async function middleware() { await db.select(); }", filename: FILES.middleware },
    // Thin delegates to imported handlers (papermark, dub).
    { code: "import publishFAQRoute from '@/ee/faqs/route';\nexport default async function handler(req, res) { return await publishFAQRoute(req, res); }", filename: 'pages/api/teams/[teamId]/faqs/index.ts' },
    { code: "import { handleSlashCommand } from '@/lib/slack/commands';\nexport const POST = async (req: Request) => { return Response.json(await handleSlashCommand(req)); };", filename: 'app/api/slack/commands/route.ts' },
    // Twins of the body's userId and of getServerDB: the caller read by a session helper named for the server's user still gates.
    { code: "import { getServerUser } from '@/lib/auth';\nimport { getServerDB } from '@/database/server';\nimport { EvalRunModel } from '@/database/models/evalRun';\n\nexport async function POST(req: Request) {\n  const user = await getServerUser();\n  if (!user) return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  const { runId } = (await req.json()) as { runId: string };\n  const db = await getServerDB();\n  await new EvalRunModel(db, user.id).recordCompletion(runId);\n  return Response.json({ ok: true });\n}\n", filename: 'app/api/workflows/eval-run/on-complete/route.ts' },
    // The body's userId handed to a check helper (`validateAndTrackUsage({ userId, isAuthenticated })`, zola's chat route): the helper checks the claim.
    { code: "import { validateAndTrackUsage } from './api';\n\nexport async function POST(req: Request) {\n  const { chatId, userId, isAuthenticated } = (await req.json()) as { chatId: string; userId: string; isAuthenticated: boolean };\n  if (!chatId || !userId) {\n    return Response.json({ error: 'Missing information' }, { status: 400 });\n  }\n  const supabase = await validateAndTrackUsage({ userId, isAuthenticated });\n  if (supabase) await supabase.from('messages').delete().eq('chat_id', chatId);\n  return Response.json({ ok: true });\n}\n", filename: 'app/api/chat/route.ts' },
    // An imported app that answers the request itself (Hono's `app.fetch(req)` in a catch-all route, lobe-chat): its own routes and middleware decide.
    { code: "import app from '@/server/agent-app';\n\nconst handler = (request: Request) => app.fetch(request);\n\nexport const GET = handler;\nexport const POST = handler;\n", filename: 'app/api/agent/[[...route]]/route.ts' },
    // A React component exported from a 'use server' file is not an action.
    { code: "'use server';\nimport { prisma } from '@/lib/prisma';\nexport const SettingsPage = async ({ params }) => { const w = await prisma.workspace.findUnique({ where: { id: params.id } }); return <div>{w.name}</div>; };", filename: 'app/settings/page.tsx' },
    // Inline action guarded by the page's session (closure).
    {
      code: `import { prisma } from '@/lib/prisma';
export default async function Page() {
  const session = await getServerSession(authOptions);
  const accept = async () => {
    'use server';
    if (!session) return;
    await prisma.membership.create({ data: { userId: session.user.id } });
  };
  return null;
}`,
      filename: 'app/invite/page.tsx',
    },
    // Capability tokens from the input (email-change cancel, unsubscribe links).
    {
      code: "'use server';\nimport { deleteEmailChangeRequest } from '@/lib/email-change';\nexport async function cancelEmailChange(input: { token: string }) { const { token } = input; await deleteEmailChangeRequest(token); }",
      filename: FILES.action,
    },
    // next-safe-action / tRPC style clients: the client middleware decides.
    { code: "'use server';\nimport { actionClient } from './safe-action';\nimport { prisma } from '@/lib/prisma';\nexport const sendOtpAction = actionClient.inputSchema(s).action(async ({ parsedInput }) => { await prisma.otp.create({ data: parsedInput }); });", filename: FILES.action },
    // A connectivity check (next.js with-mongodb's testDatabaseConnection): connect and ping read no record.
    { code: DB_PING('await mongoClient.db(\'admin\').command({ ping: 1 });'), filename: 'app/actions.ts' },
    // Guest checkout.
    // Guest checkout whose amount goes through a formatter of the app's Stripe helpers (next.js with-stripe-typescript): a pure function.
    { code: CHECKOUT_FORMAT('formatAmountForStripe(Number(amount), CURRENCY)'), filename: 'app/api/donate/route.ts' },
    { code: "import { stripe } from '@/lib/stripe';\nexport async function POST(req: Request) { const s = await stripe.checkout.sessions.create({ mode: 'payment', line_items: [] }); return Response.json({ url: s.url }); }", filename: 'app/api/buy/route.ts' },
    // A guest checkout that prices the cart from the catalog and creates the pending order it pays for (next13-ecommerce-admin).
    // Guest checkout with the session only to prefill the buyer (nextjs-stripe-store's startCheckout): the catalog read that
    // prices the cart is named by words inside a name, `commerce.getVariantWithProduct(priceId)`.
    { code: "'use server';\n\nimport { headers } from 'next/headers';\nimport { auth } from '@/lib/auth';\nimport { commerce, stripe } from '@/lib/commerce';\n\nexport async function startCheckout(items: { priceId: string; quantity: number }[]) {\n  const userSession = await auth.api.getSession({ headers: await headers() });\n  const lineItems = [];\n  for (const item of items) {\n    const found = await commerce.getVariantWithProduct(item.priceId);\n    if (found) lineItems.push({ price: found.variant.id, quantity: item.quantity });\n  }\n  const session = await stripe.checkout.sessions.create({\n    mode: 'payment',\n    line_items: lineItems,\n    client_reference_id: userSession?.user?.id ?? undefined,\n    customer_email: userSession?.user?.email ?? undefined,\n  });\n  return { url: session.url };\n}\n", filename: 'src/app/cart/actions.ts' },
    { code: STORE_CHECKOUT(''), filename: 'app/api/[storeId]/checkout/route.ts' },
    // Rate-limited public telemetry ping.
    {
      code: `import { prisma } from '@/lib/prisma';
import { ratelimit } from '@/lib/upstash';
export async function GET(req: Request) {
  const { success } = await ratelimit.limit(req.headers.get('x-forwarded-for') ?? 'x');
  if (!success) return new Response(null, { status: 429 });
  await prisma.registeredInstance.upsert({ where: { id: 'x' }, create: {}, update: {} });
  return Response.json({});
}`,
      filename: 'app/api/updates/route.ts',
    },
    // A per-IP rate-limited check whether a username is free (self.so's check-username route): a yes/no about a public handle.
    { code: "import { checkUsernameAvailability } from '@/lib/server/redisActions';\nimport { getClientIdentifier, rateLimit } from '@/lib/server/rateLimit';\nimport { NextResponse } from 'next/server';\n\nexport async function POST(request: Request) {\n  const limit = await rateLimit(getClientIdentifier(request), 30, 60);\n  if (!limit.success) return NextResponse.json({ error: 'Too many requests' }, { status: 429 });\n  const username = new URL(request.url).searchParams.get('username');\n  if (!username || username.length > 50) {\n    return NextResponse.json({ error: 'Invalid username' }, { status: 400 });\n  }\n  const { available } = await checkUsernameAvailability(username);\n  return NextResponse.json({ available });\n}\n", filename: 'app/api/check-username/route.ts' },
    // The session checked in a same-file helper wrapped in React's cache() (`const loadOwner = cache(async () => ...)`): calling the binding runs the check.
    { code: "import { cache } from 'react';\nimport { auth } from '@clerk/nextjs/server';\nimport { prisma } from '@/lib/prisma';\n\nconst loadOwner = cache(async () => {\n  const { userId } = await auth();\n  if (!userId) throw new Error('Unauthorized');\n  return userId;\n});\n\nexport async function POST(req: Request) {\n  const ownerId = await loadOwner();\n  const { text } = await req.json();\n  await prisma.note.create({ data: { text, ownerId } });\n  return Response.json({ ok: true });\n}\n", filename: 'app/api/notes/route.ts' },
    // A team id in the query string of a non-DB read (feature flags).
    { code: "import { getFeatureFlags } from '@/lib/featureFlags';\nexport async function GET(request: Request) { const teamId = new URL(request.url).searchParams.get('teamId'); return Response.json(await getFeatureFlags({ teamId })); }", filename: 'app/api/feature-flags/route.ts' },
    // Supabase auth.updateUser acts on the caller's own session.
    { code: "'use server';\nimport { createClient } from '@/utils/supabase/server';\nexport async function updateEmail(formData: FormData) { const supabase = createClient(); await supabase.auth.updateUser({ email: String(formData.get('email')) }); }", filename: FILES.action },
    // Sign-up by password hashing.
    { code: "'use server';\nimport { hashPassword } from '@/lib/auth/password';\nimport { prisma } from '@/lib/prisma';\nexport const createUserAccount = async (email: string, password: string) => { await prisma.user.create({ data: { email, passwordHash: await hashPassword(password) } }); };", filename: FILES.action },
    // Entitlement check gates (authorization helper from the app).
    { code: "import { checkEntitlement } from '@/utils/supabase/entitlements';\nexport async function POST() { const { data } = await checkEntitlement('premium'); if (!data?.hasAccess) return new Response('no', { status: 403 }); return Response.json(await fetch('https://api.thecatapi.com/v1/images/search').then((r) => r.json())); }", filename: 'app/api/generator/route.ts' },
    // A getter imported from the app's auth module.
    { code: "import { getUserWithOrganization } from '@/lib/auth';\nimport { createClient } from '@/lib/supabase/server';\nexport async function POST() { const { user } = await getUserWithOrganization(); if (!user) return new Response(null, { status: 401 }); await (await createClient()).from('orgs').update({ a: 1 }); return Response.json({}); }", filename: FILES.route },
    // Public SDK client APIs (formbricks /api/v1/client/...), auth flow starts (mobile-auth).
    { code: "import { prisma } from '@/lib/prisma';\nexport const POST = async (request: Request) => { await prisma.display.create({ data: await request.json() }); return Response.json({}); };", filename: 'app/api/v2/client/[workspaceId]/displays/route.ts' },
    { code: "import { prisma } from '@/lib/prisma';\nexport async function POST(request: Request) { await prisma.mobileAuthState.create({ data: {} }); return Response.json({}); }", filename: 'app/api/mobile-auth/start/route.ts' },
    // A rate-limited public GET (QR codes).
    { code: "import { ratelimitOrThrow } from '@/lib/api/utils';\nimport { getWorkspaceViaEdge } from '@/lib/planetscale';\nexport async function GET(req: Request) { await ratelimitOrThrow(req, 'qr'); const w = await getWorkspaceViaEdge('x'); return Response.json({ logo: w?.logo }); }", filename: 'app/api/qr/route.ts' },
    // umami: a request parser that returns the authenticated principal, then a permission check.
    {
      code: `import { parseRequest } from '@/lib/request';
import { unauthorized } from '@/lib/response';
import { canUpdateBoard } from '@/permissions';
import { updateBoard } from '@/queries/prisma';
export async function POST(request: Request) {
  const { auth, body, error } = await parseRequest(request, schema);
  if (error) return error();
  if (!(await canUpdateBoard(auth, body.id))) {
    return unauthorized();
  }
  return Response.json(await updateBoard(body.id, body));
}`,
      filename: 'src/app/api/boards/route.ts',
    },
    // The same bucket setup behind the session check stays quiet (its `public: true` bucket option is no longer read as
    // the route declaring itself public, so the check is what keeps it quiet).
    {
      code: "import { NextResponse } from 'next/server';\nimport { getSupabaseClient } from '@/lib/supabase';\n\nexport async function POST(request: Request) {\n  const supabase = getSupabaseClient();\n  const { data: { user } } = await supabase.auth.getUser();\n  if (!user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });\n  const { bucketName = 'receipts' } = await request.json();\n  const { error } = await supabase.storage.createBucket(bucketName, { public: true });\n  return NextResponse.json({ ok: !error });\n}\n",
      filename: 'app/api/storage/bucket/route.ts',
    },
    // A repository factory (an AI photo app's `await createProductsRepository()` from its repositories module) makes a
    // data-access object, it writes nothing: a `get*` action that reads the public product catalogue through it stays quiet.
    {
      code: "'use server';\n\nimport { createProductsRepository } from '@/data/repositories/products.repository';\nimport { createClient } from '@/utils/supabase/server';\n\nexport const getAllProducts = async () => {\n  const supabase = createClient();\n  const productsRepository = await createProductsRepository();\n  const { data } = await productsRepository.getAllProducts(supabase);\n  return data ?? [];\n};\n",
      filename: 'data/services/products.service.ts',
    },
    // `retrieve*` names a read like `get*` (the same app's `retrievePricesFromStripe()`: the public price list).
    {
      code: "'use server';\n\nimport { createStripeRepository } from '@/data/repositories/stripe.repository';\nimport { stripe } from '@/utils/stripe/config';\n\nexport const retrievePricesFromStripe = async () => {\n  const stripeRepository = await createStripeRepository();\n  return stripeRepository.retrievePricesFromStripe(stripe);\n};\n",
      filename: 'data/services/stripe.service.ts',
    },
    // The same check on the session's userId is an authentication whatever the status.
    { code: "import { NextResponse } from 'next/server';\nimport { auth } from '@clerk/nextjs/server';\nimport { supabaseAdmin } from '@/lib/supabase/admin';\n\nexport async function GET() {\n  const { userId } = await auth();\n  if (!userId) {\n    return NextResponse.json({ credits: 0 }, { status: 400 });\n  }\n  const { data } = await supabaseAdmin.from('user_generations').select('credits').eq('user_id', userId).single();\n  return NextResponse.json({ credits: data?.credits ?? 0 });\n}\n", filename: 'app/api/user/credits/route.ts' },
    { code: "import { parseRequest } from '@/lib/request';\nimport { saveEvent } from '@/queries';\nexport async function POST(request: Request) { const { body } = await parseRequest(request, schema, { skipAuth: true }); await saveEvent(body); return Response.json({}); }", filename: 'src/app/api/batch/route.ts' },
    { code: "import { prisma } from '@/lib/prisma';\nexport async function GET(request: Request) { await prisma.event.create({ data: {} }); return Response.redirect('https://x'); }", filename: 'src/app/(collect)/p/[slug]/route.ts' },
    // Handlers without a body of their own.
    { code: 'export const GET = async () => Response.json({});', filename: FILES.route },
    // Public-by-design viewer endpoints: a capability record (share link, view, emailed code) looked up by
    // ids from the request and checked before anything is served. Knowing the link is the permission.
    {
      // A viewer downloads through their view: view id + link id, denied when missing, expired or not downloadable.
      code: `import prisma from '@/lib/prisma';
import { getFileUrl } from '@/lib/files';
export default async function handle(req, res) {
  if (req.method !== 'POST') return res.status(405).end();
  const { linkId, viewId } = req.body;
  const view = await prisma.view.findUnique({ where: { id: viewId, linkId }, select: { id: true, link: { select: { allowDownload: true, expiresAt: true } }, document: { select: { file: true } } } });
  if (!view) return res.status(404).json({ error: 'Not found' });
  if (!view.link.allowDownload) return res.status(403).json({ error: 'Forbidden' });
  await prisma.view.update({ where: { id: viewId }, data: { downloadedAt: new Date() } });
  return res.status(200).json({ url: await getFileUrl(view.document.file) });
}`,
      filename: 'pages/api/links/download/index.ts',
    },
    {
      // The landing data of a share link, by the link's id from the URL: denied when deleted or archived.
      code: `import prisma from '@/lib/prisma';
import { fetchDocumentLinkData } from '@/lib/api/links/link-data';
export default async function handle(req, res) {
  const { id } = req.query;
  const link = await prisma.link.findUnique({ where: { id }, select: { id: true, deletedAt: true, isArchived: true, teamId: true } });
  if (!link || link.deletedAt || link.isArchived) return res.status(404).json({ error: 'Link not found' });
  const data = await fetchDocumentLinkData({ linkId: id, teamId: link.teamId });
  return res.status(200).json({ link, data });
}`,
      filename: 'pages/api/links/[id]/index.ts',
    },
    {
      // An emailed one-time code checked against the verification record, then the visit recorded.
      code: `import { NextResponse } from 'next/server';
import prisma from '@/lib/prisma';
export async function POST(req: Request, { params }: { params: { entryLinkId: string } }) {
  const { email, code } = await req.json();
  const verification = await prisma.verificationToken.findUnique({ where: { token: code, identifier: \`otp:\${params.entryLinkId}:\${email}\` } });
  if (!verification) return NextResponse.json({ error: 'Invalid code' }, { status: 401 });
  await prisma.verificationToken.delete({ where: { token: code } });
  const view = await prisma.view.create({ data: { linkId: params.entryLinkId, viewerEmail: email } });
  return NextResponse.json({ viewId: view.id });
}`,
      filename: 'app/api/entry/[entryLinkId]/access/route.ts',
    },
    // An emailed confirmation link (account deletion): the request record looked up by the token from the body,
    // its status and expiry checked; the holder consumes it (marks it expired or confirmed).
    { code: "import { NextRequest, NextResponse } from 'next/server';\nimport { z } from 'zod';\nimport { prisma } from '@/lib/db/prisma';\n\nconst confirmationSchema = z.object({ token: z.string().min(1) });\n\nexport async function POST(request: NextRequest) {\n  const body = await request.json();\n  const validation = confirmationSchema.safeParse(body);\n  if (!validation.success) {\n    return NextResponse.json({ error: 'Invalid input' }, { status: 400 });\n  }\n  const { token } = validation.data;\n  const deletionRequest = await prisma.accountDeletionRequest.findUnique({ where: { token } });\n  if (!deletionRequest) {\n    return NextResponse.json({ error: 'Invalid or expired token' }, { status: 404 });\n  }\n  if (deletionRequest.status !== 'PENDING') {\n    return NextResponse.json({ error: 'Request already processed' }, { status: 400 });\n  }\n  if (new Date() > deletionRequest.expiresAt) {\n    await prisma.accountDeletionRequest.update({ where: { id: deletionRequest.id }, data: { status: 'EXPIRED' } });\n    return NextResponse.json({ error: 'Token expired' }, { status: 400 });\n  }\n  await prisma.accountDeletionRequest.update({ where: { id: deletionRequest.id }, data: { status: 'CONFIRMED', confirmedAt: new Date() } });\n  return NextResponse.json({ success: true });\n}\n", filename: 'app/api/user/account/deletion-confirm/route.ts' },
    {
      // A password on the share link, compared with the one the viewer sent.
      code: `import prisma from '@/lib/prisma';
export default async function handle(req, res) {
  const { linkId, password } = req.body;
  const link = await prisma.link.findFirst({ where: { slug: linkId } });
  if (!link) return res.status(404).end();
  if (link.password !== password) return res.status(401).json({ error: 'Wrong password' });
  const doc = await prisma.document.findUnique({ where: { id: link.documentId } });
  return res.status(200).json(doc);
}`,
      filename: 'pages/api/links/open.ts',
    },
    // Routes calling server actions (morphic): each action is an endpoint of its own that checks the
    // session itself, and this rule checks it in its own file.
    {
      code: "import { getChatsPage } from '@/lib/actions/chat';\nimport { markRead } from '../actions';\nimport { archive } from '@/app/inbox/inbox.actions';\nexport async function GET() {\n  const result = await getChatsPage(20, 0);\n  await markRead(result);\n  await archive(result);\n  return Response.json(result);\n}\n",
      filename: 'app/api/chats/route.ts',
    },
    // invitation-app's scanner check-in: a session getter handed nothing (it reads the station's cookie) whose absence
    // answers 401.
    {
      code: "import { NextResponse } from 'next/server';\nimport { prisma } from '@/lib/db';\nimport { getScannerSession } from '@/lib/scannerSession';\n\nexport async function POST(req: Request) {\n  const sess = await getScannerSession();\n  if (!sess) {\n    return NextResponse.json({ ok: false, error: 'Not signed in' }, { status: 401 });\n  }\n  const body = await req.json();\n  const station = await prisma.station.findUnique({ where: { id: sess.stationId } });\n  return NextResponse.json({ ok: true, station, token: String(body.token) });\n}\n",
      filename: 'app/api/scanner/checkin/route.ts',
    },
    // An app-specific request authenticator whose absence answers 401 (openstatus' service context).
    {
      code: "import { getServiceContextFromRequest } from '@/lib/service-context';\nimport { db } from '@/lib/db';\nexport async function POST(req: Request) {\n  const ctx = await getServiceContextFromRequest(req);\n  if (!ctx) {\n    return new Response(JSON.stringify({ error: 'Unauthorized' }), { status: 401 });\n  }\n  return Response.json(await db.monitor.findMany({ where: { workspaceId: ctx.workspace.id } }));\n}\n",
      filename: 'app/api/onboarding/checks/route.ts',
    },
    // The app's argument-less helper for the caller, whose absence answers 401 (the discord clone's
    // `currentProfile()`, reading Clerk's session from the request's cookies).
    {
      code: "import { NextResponse } from 'next/server';\nimport { currentProfile } from '@/lib/current-profile';\nimport { db } from '@/lib/db';\nexport async function PATCH(req: Request) {\n  const profile = await currentProfile();\n  const { name } = await req.json();\n  if (!profile) {\n    return new NextResponse('Unauthorized', { status: 401 });\n  }\n  return NextResponse.json(await db.server.update({ where: { id: '1', profileId: profile.id }, data: { name } }));\n}\n",
      filename: 'app/api/servers/[serverId]/route.ts',
    },
    // The 401 built by a helper before the return (myimageupscaler's `createErrorResponse(ErrorCodes.UNAUTHORIZED, ..., 401)`
    // then `return NextResponse.json(body, { status })`): the branch still always leaves the handler.
    { code: "import { supabaseAdmin } from '@server/supabase/supabaseAdmin';\nimport { ErrorCodes, createErrorResponse } from '@shared/utils/errors';\nimport { NextRequest, NextResponse } from 'next/server';\n\nexport async function POST(req: NextRequest): Promise<NextResponse> {\n  const userId = req.headers.get('X-User-Id');\n  if (!userId) {\n    const { body, status } = createErrorResponse(ErrorCodes.UNAUTHORIZED, 'Authentication required', 401);\n    return NextResponse.json(body, { status });\n  }\n  const { data } = await supabaseAdmin.from('profiles').select('credits_balance').eq('id', userId).single();\n  return NextResponse.json({ data });\n}\n", filename: 'app/api/credit-estimate/route.ts' },
    // The same with the context looked up from a cookie value (openstatus' dashboard chat route).
    {
      code: "import { cookies } from 'next/headers';\nimport { getChatServiceContext } from '@/lib/chat';\nimport { streamText } from 'ai';\nexport async function POST(req: Request) {\n  const workspaceSlug = (await cookies()).get('ws')?.value;\n  const ctx = await getChatServiceContext({ workspaceSlug });\n  if (!ctx || ctx.actor.type !== 'user') {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  const result = streamText({ model: ctx.model, prompt: (await req.json()).prompt });\n  return result.toTextStreamResponse();\n}\n",
      filename: 'app/api/chat/route.ts',
    },
    // A route answering with another route's handler (openstatus' /mcp and its .well-known server card).
    {
      code: "import { GET as serverCardGET } from '../../.well-known/mcp/server-card.json/route';\nexport function GET(request: Request) {\n  if ((request.headers.get('accept') ?? '').includes('application/json')) return serverCardGET();\n  return Response.redirect(new URL('/tooling/mcp-server', request.url), 302);\n}\n",
      filename: 'app/(ai)/mcp/route.ts',
    },
    // A code the caller types, normalised before the lookup (`.eq('code', code.toUpperCase().trim())`), is the capability, as `.eq('code', code)` is (shopOnline's gift card check at checkout).
    { code: "import { NextResponse } from 'next/server';\nimport { getSupabaseServerClient } from '@/lib/supabase/server';\n\nexport async function POST(req: Request) {\n  const supabase = await getSupabaseServerClient();\n  const { code } = await req.json();\n  if (!code) return NextResponse.json({ error: 'Code is required' }, { status: 400 });\n  const { data: card, error } = await supabase.from('gift_cards').select('*').eq('code', code.toUpperCase().trim()).single();\n  if (error || !card) return NextResponse.json({ error: 'Invalid code' }, { status: 404 });\n  if (!card.active) return NextResponse.json({ error: 'Not active' }, { status: 400 });\n  return NextResponse.json({ valid: true, remaining: card.remaining_amount_cents });\n}\n", filename: 'src/app/api/gift-cards/validate/route.ts' },
    // A document store's generic operation names no data: mongoose's `Event.countDocuments()` on a public listing
    // (event_platform's getAllEvents, stack_overflow's getQuestions), Appwrite's `listDocuments` of a collection of events.
    { code: LISTING_ACTION('Event'), filename: 'lib/actions/event.actions.ts' },
    { code: APPWRITE_LIST('EVENT_COLLECTION_ID'), filename: 'lib/actions/event.actions.ts' },
    // `connectToDB()` opens the connection (threads' mongoose helper): no write, and a public read after it stays quiet.
    { code: THREAD_ACTION('fetchThreadById', "return await Thread.findById(threadId).populate({ path: 'author', select: '_id name image' }).exec();"), filename: 'lib/actions/thread.actions.ts' },
    // The owner compared with the session's user: a check (event_platform's updateEvent done right).
    { code: UPDATE_EVENT('const { userId: me } = auth();\n  if (!me) throw new Error(\'Unauthorized\');\n  ', 'me'), filename: 'lib/actions/event.actions.ts' },
    // A token the caller presents, handed to the provider: Plaid Link's public token is the capability (banking's exchangePublicToken).
    { code: BANK_ACTION('exchangePublicToken', 'publicToken', 'const response = await plaidClient.itemPublicTokenExchange({ public_token: publicToken });\n  return { ok: !!response.data.access_token };'), filename: 'lib/actions/user.actions.ts' },
    // amazong's boost pricing GET: `createStaticClient()` (the app's anon Supabase client for cached queries) is a client factory, not a write; the public price list it reads is no one's data.
    { code: "import { createStaticClient } from '@/lib/supabase/server';\nimport { NextResponse } from 'next/server';\n\nexport async function GET() {\n  const supabase = createStaticClient();\n  const { data } = await supabase.from('boost_prices').select('duration_days, price').eq('is_active', true);\n  return NextResponse.json({ prices: data ?? [] });\n}\n", filename: "app/api/boost/prices/route.ts", settings: helper },
    // interview-ai's resume upload: `extractResumeText(file)` returns the text of the caller's own uploaded file; it
    // computes from its argument and reaches nothing stored (twin in invalid: the same file handed to `saveResume`).
    { code: "import { NextResponse } from 'next/server';\nimport { extractResumeText } from '@/lib/resume-parser';\n\nexport async function POST(request: Request) {\n  const formData = await request.formData();\n  const file = formData.get('file');\n  if (!(file instanceof File)) return NextResponse.json({ error: 'Expected a file' }, { status: 400 });\n  const resumeText = await extractResumeText(file);\n  return NextResponse.json({ resumeText });\n}\n", filename: 'app/api/resume/parse/route.ts', settings: helper },
    // wavhaven's track upload helper, exported from a 'use server' file: `generateUniqueSlug(title)` returns the first
    // free public slug, like an availability check (twin in invalid: the same read in `getTrackIdForSlug`).
    { code: "'use server';\nimport prisma from '@/lib/db/prisma';\nimport slugify from 'slugify';\n\nexport async function generateUniqueSlug(title: string): Promise<string> {\n  const base = slugify(title, { lower: true, strict: true });\n  let slug = base;\n  for (let n = 1; ; n++) {\n    const existing = await prisma.track.findUnique({ where: { slug }, select: { id: true } });\n    if (!existing) return slug;\n    slug = `${base}-${n}`;\n  }\n}\n", filename: 'src/server-actions/tracks/trackMutations.ts', settings: helper },
    // wavhaven's producer page header: a read action its author names public (`getPublicUserData(username)`) answers what any
    // visitor sees; a user-shaped record alone does not make it relevant (twin in invalid: the same read as `getUserData`).
    { code: "'use server';\nimport prisma from '@/lib/db/prisma';\n\nexport async function getPublicUserData(username: string) {\n  return prisma.user.findUnique({\n    where: { username },\n    select: { id: true, username: true, profileImageUrl: true, sellerProfile: { select: { bio: true } } },\n  });\n}\n", filename: 'src/server-actions/users/userQueries.ts', settings: helper },
    // amazong's onboarding form: `checkUsernameAvailability(username)` answers yes/no about a public handle, like `checkUsernameAvailable`.
    { code: "'use server';\nimport { createClient } from '@/lib/supabase/server';\n\nexport async function checkUsernameAvailability(username: string) {\n  const supabase = await createClient();\n  const { data } = await supabase.from('profiles').select('id').ilike('username', username.trim().toLowerCase()).maybeSingle();\n  return { available: !data };\n}\n", filename: "app/actions/username-availability.ts", settings: helper },
    // amazong's thin 'use server' files: each action validates its input and returns the implementation of its own name (`getBuyerOrderDetailsImpl`, `deleteAvatar as deleteAvatarInner`) from a sibling module, which checks the session.
    { code: "'use server';\nimport { errorEnvelope } from '@/lib/api/envelope';\nimport { OrderIdSchema } from './orders-reads-shared';\nimport { getBuyerOrderDetailsImpl } from './orders-reads-buyer';\nimport { deleteAvatar as deleteAvatarInner } from './profile-avatar-mutations';\n\nexport async function getBuyerOrderDetails(orderId: string) {\n  const parsed = OrderIdSchema.safeParse(orderId);\n  if (!parsed.success) return errorEnvelope({ order: null, error: 'Invalid orderId' });\n  return getBuyerOrderDetailsImpl(parsed.data);\n}\n\nexport async function deleteAvatar() {\n  return deleteAvatarInner();\n}\n", filename: "app/actions/orders-reads.ts", settings: helper },
    // amazong's payment routes: `resolveOwnedPaymentMethodRequest(request)` hands back the caller (`owned.context.user`) and the handler returns `owned.response` when it did not.
    { code: "import type { NextRequest } from 'next/server';\nimport { stripe } from '@/lib/stripe';\nimport { resolveOwnedPaymentMethodRequest } from '../_lib/payment-method-ownership';\n\nexport async function POST(request: NextRequest) {\n  const owned = await resolveOwnedPaymentMethodRequest(request);\n  if (!owned.ok) {\n    return owned.response;\n  }\n  const { supabase, user, paymentMethodId, stripeCustomerId } = owned.context;\n  await stripe.customers.update(stripeCustomerId, { invoice_settings: { default_payment_method: paymentMethodId } });\n  await supabase.from('user_payment_methods').update({ is_default: true }).eq('user_id', user.id);\n  return Response.json({ ok: true });\n}\n", filename: "app/api/payments/set-default/route.ts", settings: helper },
    // The same in a local helper the handler returns.
    { code: "import type { NextRequest } from 'next/server';\nimport { stripe } from '@/lib/stripe';\nimport { resolveOwnedPaymentMethodRequest } from '../_lib/payment-method-ownership';\n\nasync function detachPaymentMethod(request: NextRequest) {\n  const owned = await resolveOwnedPaymentMethodRequest(request);\n  if (!owned.ok) return owned.response;\n  const { supabase, user, paymentMethodId, dbId } = owned.context;\n  await stripe.paymentMethods.detach(paymentMethodId);\n  await supabase.from('user_payment_methods').delete().eq('id', dbId).eq('user_id', user.id);\n  return Response.json({ ok: true });\n}\n\nexport async function DELETE(request: NextRequest) {\n  return detachPaymentMethod(request);\n}\n", filename: "app/api/payments/delete/route.ts", settings: helper },
    // A development tool: its work runs only outside production, and in production it answers 501 (ever-teams' `api/log`);
    // also one that leaves at once in production.
    { code: DEV_LOG_ROUTE("process.env.NODE_ENV !== 'production'"), filename: 'apps/web/app/api/log/route.ts' },
    { code: "import { saveLog } from '@/lib/logs';\n\nexport async function POST(req: Request) {\n  if (process.env.NODE_ENV !== 'development') return new Response('Not found', { status: 404 });\n  await saveLog(await req.json());\n  return Response.json({ ok: true });\n}\n", filename: 'app/api/dev/log/route.ts' },
  ],
  invalid: [
    // Twin: getUserById(body.id) hands anyone any user: still reported
    { code: "import { NextRequest, NextResponse } from 'next/server';\nimport { db } from '@/lib/database';\n\n// POST /api/users/token: any user by id\nexport async function POST(request: NextRequest) {\n  const body = await request.json();\n  const user = await db.getUserById(body.id);\n  return NextResponse.json({ success: true, data: user });\n}\n", filename: "src/app/api/users/token/route.ts", settings: helper, errors: [{ messageId: "missingAuth", line: 5, column: 23, data: { handler: "POST handler", what: "the database (db.getUserById)", fix: ROUTE_FIX }, suggestions: [{ messageId: "addGuard", output: "import { NextRequest, NextResponse } from 'next/server';\nimport { db } from '@/lib/database';\nimport { requireAuth } from '@/lib/require-auth';\n\n// POST /api/users/token: any user by id\nexport async function POST(request: NextRequest) {\n  const auth = await requireAuth(request);\n  if (!auth.ok) {\n    return auth.response;\n  }\n  const body = await request.json();\n  const user = await db.getUserById(body.id);\n  return NextResponse.json({ success: true, data: user });\n}\n" }] }] },
    // Twin: the same call handed only a user id signs anyone in as anyone: still reported
    { code: "import { NextRequest, NextResponse } from 'next/server';\nimport { db } from '@/lib/database';\n\n// PUT /api/users - Login\nexport async function PUT(request: NextRequest) {\n  try {\n    const body = await request.json();\n    const data = await db.loginUser(body.userId);\n    return NextResponse.json({ success: true, data });\n  } catch {\n    return NextResponse.json({ success: false, error: 'Login failed' }, { status: 500 });\n  }\n}\n", filename: "src/app/api/users/route.ts", settings: helper, errors: [{ messageId: "missingAuth", line: 5, column: 23, data: { handler: "PUT handler", what: "the database (db.loginUser)", fix: ROUTE_FIX }, suggestions: [{ messageId: "addGuard", output: "import { NextRequest, NextResponse } from 'next/server';\nimport { db } from '@/lib/database';\nimport { requireAuth } from '@/lib/require-auth';\n\n// PUT /api/users - Login\nexport async function PUT(request: NextRequest) {\n  const auth = await requireAuth(request);\n  if (!auth.ok) {\n    return auth.response;\n  }\n  try {\n    const body = await request.json();\n    const data = await db.loginUser(body.userId);\n    return NextResponse.json({ success: true, data });\n  } catch {\n    return NextResponse.json({ success: false, error: 'Login failed' }, { status: 500 });\n  }\n}\n" }] }] },
    // Twin: without head: true the count comes with every tenant row: still reported
    { code: "import { NextResponse } from 'next/server';\nimport { createClient } from '@supabase/supabase-js';\n\nconst supabaseAdmin = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!);\n\nexport async function GET() {\n  const { count, error } = await supabaseAdmin\n    .from('tenants')\n    .select('*', { count: 'exact' })\n    .eq('is_founding_member', true);\n  if (error) return NextResponse.json({ spotsRemaining: 100 });\n  return NextResponse.json({ spotsRemaining: Math.max(0, 100 - (count ?? 0)) });\n}\n", filename: "app/api/founding-member/spots/route.ts", settings: helper, errors: [{ messageId: "missingAuth", line: 6, column: 23, data: { handler: "GET handler", what: "the database (supabaseAdmin.from('tenants')...)", fix: ROUTE_FIX }, suggestions: [{ messageId: "addGuard", output: "import { NextResponse } from 'next/server';\nimport { createClient } from '@supabase/supabase-js';\nimport { createClient as createServerSupabase } from '@/lib/supabase/server';\n\nconst supabaseAdmin = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!);\n\nexport async function GET() {\n  const { data: { user } } = await (await createServerSupabase()).auth.getUser();\n  if (!user) {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  const { count, error } = await supabaseAdmin\n    .from('tenants')\n    .select('*', { count: 'exact' })\n    .eq('is_founding_member', true);\n  if (error) return NextResponse.json({ spotsRemaining: 100 });\n  return NextResponse.json({ spotsRemaining: Math.max(0, 100 - (count ?? 0)) });\n}\n" }] }] },
    // Twin: the same action with auth: false (Makerkit's opt-out for public forms) is reported
    { code: "'use server';\nimport { enhanceAction } from '@kit/next/actions';\nimport { getSupabaseServerClient } from '@kit/supabase/server-client';\n\nexport const deleteDocumentAction = enhanceAction(\n  async ({ documentId }) => {\n    const client = getSupabaseServerClient();\n    const { error } = await client.from('documents').delete().match({ id: documentId });\n    if (error) throw error;\n  },\n  { auth: false },\n);\n", filename: "apps/web/app/home/documents/_lib/server/server-actions.ts", settings: helper, errors: [{ messageId: "missingAuth", line: 5, column: 14, data: { handler: "Server action deleteDocumentAction", what: "the database (client.from('documents').delete().match)", fix: ACTION_FIX }, suggestions: [{ messageId: "addGuard", output: "'use server';\nimport { enhanceAction } from '@kit/next/actions';\nimport { getSupabaseServerClient } from '@kit/supabase/server-client';\n\nexport const deleteDocumentAction = enhanceAction(\n  async ({ documentId }) => {\n    const { data: { user } } = await (await getSupabaseServerClient()).auth.getUser();\n    if (!user) {\n      throw new Error('Unauthorized');\n    }\n    const client = getSupabaseServerClient();\n    const { error } = await client.from('documents').delete().match({ id: documentId });\n    if (error) throw error;\n  },\n  { auth: false },\n);\n" }] }] },
    // Twin: the same wrapper without requireAuth: true only rate limits; the write is still reported
    { code: "import { NextRequest } from 'next/server';\nimport { withApiMiddleware, type ApiContext } from '@/shared/lib/api-middleware';\nimport { db } from '@/core/db';\n\nexport const DELETE = withApiMiddleware(\n  async (req: NextRequest, context: ApiContext) => {\n    const { params } = context;\n    await db.company.update({ where: { id: params.id }, data: { deletedAt: new Date() } });\n    return Response.json({ ok: true });\n  },\n  { rateLimit: true },\n);\n", filename: "src/app/api/companies/[id]/route.ts", settings: helper, errors: [{ messageId: "missingAuth", line: 5, column: 14, data: { handler: "DELETE handler", what: "the database (db.company.update)", fix: ROUTE_FIX }, suggestions: [{ messageId: "addGuard", output: "import { NextRequest } from 'next/server';\nimport { withApiMiddleware, type ApiContext } from '@/shared/lib/api-middleware';\nimport { db } from '@/core/db';\nimport { requireAuth } from '@/lib/require-auth';\n\nexport const DELETE = withApiMiddleware(\n  async (req: NextRequest, context: ApiContext) => {\n    const auth = await requireAuth(req);\n    if (!auth.ok) {\n      return auth.response;\n    }\n    const { params } = context;\n    await db.company.update({ where: { id: params.id }, data: { deletedAt: new Date() } });\n    return Response.json({ ok: true });\n  },\n  { rateLimit: true },\n);\n" }] }] },
    // WorkOS's B2B starter: a `subscribe` route that bills is no newsletter form; it makes the body's `userId` admin of a new organization.
    { code: SUBSCRIBE_ROUTE(SUBSCRIBE_ORG), filename: 'src/app/api/subscribe/route.ts', settings: helper, errors: [{ messageId: 'missingAuth', line: 4, column: 14, suggestions: [{ messageId: 'addGuard', output: SUBSCRIBE_ROUTE(SUBSCRIBE_ORG, "const auth = await requireAuth(req);\n  if (!auth.ok) {\n    return auth.response;\n  }\n  ").replace("'../workos';\n", "'../workos';\nimport { requireAuth } from '@/lib/require-auth';\n") }] }] },
    // A QStash client is named as a message queue, not a database (polar's schedule-downgrade route).
    { code: "import { Client } from '@upstash/qstash';\n\nconst qstash = new Client({ token: process.env.QSTASH_TOKEN });\n\nexport async function POST(req: Request) {\n  const { subscriptionId } = await req.json();\n  const result = await qstash.publishJSON({ url: `${process.env.APP_URL}/api/execute-downgrade`, body: { subscriptionId } });\n  return Response.json({ messageId: result.messageId });\n}\n", filename: 'app/api/schedule-downgrade/route.ts', settings: helper, errors: [{ messageId: 'missingAuth', line: 5, column: 23, data: { handler: 'POST handler', what: 'a message queue (qstash.publishJSON)', fix: ROUTE_FIX }, suggestions: [{ messageId: 'addGuard', output: "import { Client } from '@upstash/qstash';\nimport { requireAuth } from '@/lib/require-auth';\n\nconst qstash = new Client({ token: process.env.QSTASH_TOKEN });\n\nexport async function POST(req: Request) {\n  const auth = await requireAuth(req);\n  if (!auth.ok) {\n    return auth.response;\n  }\n  const { subscriptionId } = await req.json();\n  const result = await qstash.publishJSON({ url: `${process.env.APP_URL}/api/execute-downgrade`, body: { subscriptionId } });\n  return Response.json({ messageId: result.messageId });\n}\n" }] }] },
    // The same code exchange on a path that names no protocol endpoint is still reported; its `auth` is better-auth's instance
    // (`auth.$context`), so the guard is better-auth's getSession, not Auth.js's `auth()`.
    { code: IDP_TOKEN(), filename: 'app/api/scim-demo/exchange/route.ts', errors: [{ messageId: 'missingAuth', line: 4, column: 23, suggestions: [{ messageId: 'addGuard', output: IDP_TOKEN("const session = await auth.api.getSession({ headers: request.headers });\n  if (!session) {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  ") }] }] },
    // an action that manages the app's newsletters as records is no public signup form (rss-newsletter's deleteNewsletter, s22b-h4)
    {"code":"'use server';\nimport { prisma } from '@/lib/prisma';\n\nexport async function deleteNewsletter(id: string) {\n  await prisma.newsletter.delete({ where: { id } });\n  return { ok: true };\n}\n","filename":"actions/newsletter.ts","settings":helper,"errors":[{"messageId":"missingAuth","line":4,"column":23,"suggestions":[{"messageId":"addGuard","output":"'use server';\nimport { prisma } from '@/lib/prisma';\nimport { headers } from 'next/headers';\nimport { requireAuth } from '@/lib/require-auth';\n\nexport async function deleteNewsletter(id: string) {\n  const auth = await requireAuth(await headers());\n  if (!auth.ok) {\n    throw new Error(auth.error);\n  }\n  await prisma.newsletter.delete({ where: { id } });\n  return { ok: true };\n}\n"}]}]},
    // a LangGraph client from the app's langgraph module: named as a paid AI API, not the database (ai-pdf-chatbot-langchain, s22-h2)
    {"code":"import { NextResponse } from 'next/server';\nimport { createServerClient } from '@/lib/langgraph-server';\n\nexport async function POST(req: Request) {\n  const { message, threadId } = await req.json();\n  const serverClient = createServerClient();\n  const stream = await serverClient.client.runs.stream(threadId, 'retrieval_graph', { input: { query: message } });\n  return new NextResponse(JSON.stringify(stream));\n}\n","filename":"app/api/chat/route.ts","settings":helper,"errors":[{"messageId":"missingAuth","data":{"handler":"POST handler","what":"a paid AI API (serverClient.client.runs.stream)","fix":ROUTE_FIX},"line":4,"column":23,"suggestions":[{"messageId":"addGuard","output":"import { NextResponse } from 'next/server';\nimport { createServerClient } from '@/lib/langgraph-server';\nimport { requireAuth } from '@/lib/require-auth';\n\nexport async function POST(req: Request) {\n  const auth = await requireAuth(req);\n  if (!auth.ok) {\n    return auth.response;\n  }\n  const { message, threadId } = await req.json();\n  const serverClient = createServerClient();\n  const stream = await serverClient.client.runs.stream(threadId, 'retrieval_graph', { input: { query: message } });\n  return new NextResponse(JSON.stringify(stream));\n}\n"}]}]},
    // a Gemini model from the app's module (mru's voice action): the message names a paid AI API, not project data code
    {"code":"'use server';\nimport { model } from '@/lib/gemini';\n\nexport async function parseTransaction(transcript: string) {\n  const result = await model.generateContent(`Extract the sale from: ${transcript}`);\n  return JSON.parse(result.response.text());\n}\n","filename":"app/dashboard/voice/actions.ts","settings":helper,"errors":[{"messageId":"missingAuth","data":{"handler":"Server action parseTransaction","what":"a paid AI API (model.generateContent)","fix":ACTION_FIX},"line":4,"column":23,"suggestions":[{"messageId":"addGuard","output":"'use server';\nimport { model } from '@/lib/gemini';\nimport { headers } from 'next/headers';\nimport { requireAuth } from '@/lib/require-auth';\n\nexport async function parseTransaction(transcript: string) {\n  const auth = await requireAuth(await headers());\n  if (!auth.ok) {\n    throw new Error(auth.error);\n  }\n  const result = await model.generateContent(`Extract the sale from: ${transcript}`);\n  return JSON.parse(result.response.text());\n}\n"}]}]},
    // a same-file getClient() that builds an ElevenLabs client: a paid API, not the database (elevenlabs-examples)
    {"code":"import { ElevenLabsClient } from '@elevenlabs/elevenlabs-js';\nimport { NextResponse } from 'next/server';\n\nfunction getClient() {\n  const apiKey = process.env.ELEVENLABS_API_KEY;\n  if (!apiKey) return { error: NextResponse.json({ error: 'Server misconfiguration' }, { status: 500 }) };\n  return { client: new ElevenLabsClient({ apiKey }) };\n}\n\nexport async function POST(request: Request) {\n  const { client, error } = getClient();\n  if (error) return error;\n  const { name } = await request.json();\n  const agent = await client!.conversationalAi.agents.create({ name });\n  return NextResponse.json(agent);\n}\n","filename":"app/api/agent/route.ts","settings":helper,"errors":[{"messageId":"missingAuth","data":{"handler":"POST handler","what":"a paid AI API (client!.conversationalAi.agents.create)","fix":ROUTE_FIX},"line":10,"column":23,"suggestions":[{"messageId":"addGuard","output":"import { ElevenLabsClient } from '@elevenlabs/elevenlabs-js';\nimport { NextResponse } from 'next/server';\nimport { requireAuth } from '@/lib/require-auth';\n\nfunction getClient() {\n  const apiKey = process.env.ELEVENLABS_API_KEY;\n  if (!apiKey) return { error: NextResponse.json({ error: 'Server misconfiguration' }, { status: 500 }) };\n  return { client: new ElevenLabsClient({ apiKey }) };\n}\n\nexport async function POST(request: Request) {\n  const auth = await requireAuth(request);\n  if (!auth.ok) {\n    return auth.response;\n  }\n  const { client, error } = getClient();\n  if (error) return error;\n  const { name } = await request.json();\n  const agent = await client!.conversationalAi.agents.create({ name });\n  return NextResponse.json(agent);\n}\n"}]}]},
    {"code":"import { NextRequest, NextResponse } from 'next/server';\nimport User from '@/models/userModel';\n\nexport async function GET(request: NextRequest) {\n  try {\n    const userId = request.nextUrl.searchParams.get('userId');\n    const user = await User.findOne({ _id: userId }).select('-password');\n    return NextResponse.json({ message: 'User found', data: user });\n  } catch (error: any) {\n    return NextResponse.json({ error: 'Unauthorized' }, { status: 400 });\n  }\n}\n","filename":"src/app/api/users/me/route.ts","errors":[{"messageId":"missingAuth","line":4,"column":23,"suggestions":[{"messageId":"addGuard","output":"import { NextRequest, NextResponse } from 'next/server';\nimport User from '@/models/userModel';\n\nexport async function GET(request: NextRequest) {\n  const auth = await requireAuth(request);\n  if (!auth.ok) {\n    return auth.response;\n  }\n  try {\n    const userId = request.nextUrl.searchParams.get('userId');\n    const user = await User.findOne({ _id: userId }).select('-password');\n    return NextResponse.json({ message: 'User found', data: user });\n  } catch (error: any) {\n    return NextResponse.json({ error: 'Unauthorized' }, { status: 400 });\n  }\n}\n\n/** The authenticated caller. */\ninterface AuthUser {\n  id: string;\n  email?: string;\n  role?: string;\n}\n\ntype AuthResult =\n  | { ok: true; user: AuthUser }\n  | { ok: false; status: 401; error: string; response: Response };\n\n/** Where the token may come from: a Fetch `Request`, `await headers()`, or a Pages API `req`. */\ntype AuthSource = Request | Headers | { headers: Record<string, string | string[] | undefined> };\n\nconst SESSION_COOKIE = 'session';\nconst ISSUER = undefined as string | undefined;\nconst CLOCK_SKEW_SECONDS = 30;\n\nfunction readHeader(source: AuthSource, name: string): string | undefined {\n  if (source instanceof Headers) return source.get(name) ?? undefined;\n  if (source instanceof Request) return source.headers.get(name) ?? undefined;\n  const value = source.headers[name.toLowerCase()];\n  return Array.isArray(value) ? value[0] : value;\n}\n\n/** The bearer token, or the session cookie (httpOnly, set by your sign-in route). */\nfunction readToken(source: AuthSource): string | undefined {\n  const authorization = readHeader(source, 'authorization');\n  if (authorization?.startsWith('Bearer ')) return authorization.slice('Bearer '.length).trim() || undefined;\n  const cookie = readHeader(source, 'cookie');\n  if (!cookie) return undefined;\n  for (const part of cookie.split(';')) {\n    const eq = part.indexOf('=');\n    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) {\n      return decodeURIComponent(part.slice(eq + 1).trim()) || undefined;\n    }\n  }\n  return undefined;\n}\n\nfunction base64UrlToBytes(input: string): Uint8Array<ArrayBuffer> {\n  const base64 = input.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(input.length / 4) * 4, '=');\n  const binary = atob(base64);\n  const bytes = new Uint8Array(binary.length);\n  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);\n  return bytes;\n}\n\nlet keyPromise: Promise<CryptoKey> | undefined;\n\n/** The HMAC key from AUTH_SECRET, imported once per instance. Fails loudly when the secret is missing or weak. */\nfunction getKey(): Promise<CryptoKey> {\n  const secret = process.env.AUTH_SECRET;\n  if (!secret || secret.length < 32) {\n    throw new Error('AUTH_SECRET must be set to at least 32 characters');\n  }\n  keyPromise ??= crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [\n    'verify',\n  ]);\n  return keyPromise;\n}\n\n/** Verifies an HS256 JWT: signature (constant time, by WebCrypto), algorithm, expiry, not-before and issuer. */\nasync function verifyToken(token: string): Promise<Record<string, unknown> | null> {\n  const parts = token.split('.');\n  if (parts.length !== 3) return null;\n  const [header, payload, signature] = parts as [string, string, string];\n  try {\n    const head = JSON.parse(new TextDecoder().decode(base64UrlToBytes(header))) as { alg?: unknown };\n    if (head.alg !== 'HS256') return null;\n    const valid = await crypto.subtle.verify(\n      'HMAC',\n      await getKey(),\n      base64UrlToBytes(signature),\n      new TextEncoder().encode(`${header}.${payload}`),\n    );\n    if (!valid) return null;\n    const claims = JSON.parse(new TextDecoder().decode(base64UrlToBytes(payload))) as Record<string, unknown>;\n    const now = Math.floor(Date.now() / 1000);\n    if (typeof claims.exp !== 'number' || claims.exp + CLOCK_SKEW_SECONDS < now) return null;\n    if (typeof claims.nbf === 'number' && claims.nbf - CLOCK_SKEW_SECONDS > now) return null;\n    if (ISSUER !== undefined && claims.iss !== ISSUER) return null;\n    return claims;\n  } catch {\n    return null;\n  }\n}\n\nfunction unauthorized(error: string): AuthResult {\n  return {\n    ok: false,\n    status: 401,\n    error,\n    response: Response.json({ error }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } }),\n  };\n}\n\n/**\n * Authenticates the caller from a bearer token or the session cookie. Call it first in every route\n * handler and server action that reaches data, and return `result.response` (401) when `!result.ok`.\n */\nasync function requireAuth(source: AuthSource): Promise<AuthResult> {\n  const token = readToken(source);\n  if (!token) return unauthorized('Authentication required');\n  const claims = await verifyToken(token);\n  if (!claims || typeof claims.sub !== 'string' || claims.sub === '') return unauthorized('Invalid or expired session');\n  return {\n    ok: true,\n    user: {\n      id: claims.sub,\n      email: typeof claims.email === 'string' ? claims.email : undefined,\n      role: typeof claims.role === 'string' ? claims.role : undefined,\n    },\n  };\n}\n"}]}]},
    // a Pinecone client is named a paid vector database, a Tavily client a paid search API (session 21: both were 'a paid AI API')
    {"code":"import { Pinecone } from '@pinecone-database/pinecone';\n\nconst pinecone = new Pinecone();\n\nexport async function POST(req: Request) {\n  const { vectors } = await req.json();\n  await pinecone.index('docs').upsert(vectors);\n  return Response.json({ ok: true });\n}\n","filename":"app/api/vectors/route.ts","settings":helper,"errors":[{"messageId":"missingAuth","data":{"handler":"POST handler","what":"a paid vector database (pinecone.index('docs').upsert)","fix":ROUTE_FIX},"line":5,"column":23,"suggestions":[{"messageId":"addGuard","output":"import { Pinecone } from '@pinecone-database/pinecone';\nimport { requireAuth } from '@/lib/require-auth';\n\nconst pinecone = new Pinecone();\n\nexport async function POST(req: Request) {\n  const auth = await requireAuth(req);\n  if (!auth.ok) {\n    return auth.response;\n  }\n  const { vectors } = await req.json();\n  await pinecone.index('docs').upsert(vectors);\n  return Response.json({ ok: true });\n}\n"}]}]},
    {"code":"import { tavily } from '@tavily/core';\n\nconst client = tavily({ apiKey: process.env.TAVILY_API_KEY });\n\nexport async function POST(req: Request) {\n  const { query } = await req.json();\n  return Response.json(await client.search(query));\n}\n","filename":"app/api/search/route.ts","settings":helper,"errors":[{"messageId":"missingAuth","data":{"handler":"POST handler","what":"a paid search API (client.search)","fix":ROUTE_FIX},"line":5,"column":23,"suggestions":[{"messageId":"addGuard","output":"import { tavily } from '@tavily/core';\nimport { requireAuth } from '@/lib/require-auth';\n\nconst client = tavily({ apiKey: process.env.TAVILY_API_KEY });\n\nexport async function POST(req: Request) {\n  const auth = await requireAuth(req);\n  if (!auth.ok) {\n    return auth.response;\n  }\n  const { query } = await req.json();\n  return Response.json(await client.search(query));\n}\n"}]}]},
    // Twin: the same route gated on a setting alone runs in production too.
    { code: DEV_LOG_ROUTE("process.env.LOG_TO_FILE === 'true'"), filename: 'apps/web/app/api/log/route.ts', settings: helper, errors: [{ messageId: 'missingAuth', line: 4, column: 23, suggestions: [{ messageId: 'addGuard', output: DEV_LOG_ROUTE("process.env.LOG_TO_FILE === 'true'", "const auth = await requireAuth(req);\n  if (!auth.ok) {\n    return auth.response;\n  }\n  ").replace("logger-server';\n", "logger-server';\nimport { requireAuth } from '@/lib/require-auth';\n") }] }] },
    // The message calls a Dwolla client Dwolla (it moves money; it is no database) and reads a chain broken over lines as one.
    { code: DWOLLA_TRANSFER(''), filename: 'lib/actions/dwolla.actions.ts', settings: helper, errors: [{ messageId: 'missingAuth', line: 6, column: 14, data: { handler: 'Server action createTransfer', what: "Dwolla (dwollaClient.post('transfers', body).then)", fix: ACTION_FIX }, suggestions: [{ messageId: 'addGuard', output: DWOLLA_TRANSFER("const auth = await requireAuth(await headers());\n  if (!auth.ok) {\n    throw new Error(auth.error);\n  }\n  ").replace("'dwolla-v2';\n", "'dwolla-v2';\nimport { headers } from 'next/headers';\nimport { requireAuth } from '@/lib/require-auth';\n") }] }] },
    // Twin: a token stored as data by a create looks nothing up (banking's createBankAccount writes any user's bank link).
    { code: BANK_ACTION('createBankAccount', 'userId, bankId, accessToken', "const { database } = await createAdminClient();\n  return database.createDocument('bank', 'banks', ID.unique(), { userId, bankId, accessToken });"), filename: 'lib/actions/user.actions.ts', settings: helper, errors: [{ messageId: 'missingAuth', line: 6, column: 14, data: { handler: 'Server action createBankAccount', what: 'the database (database.createDocument)', fix: ACTION_FIX }, suggestions: [{ messageId: 'addGuard', output: BANK_ACTION('createBankAccount', 'userId, bankId, accessToken', "const auth = await requireAuth(await headers());\n  if (!auth.ok) {\n    throw new Error(auth.error);\n  }\n  // Act on the signed-in caller's id, not on the one the client sends.\n  userId = auth.user.id;\n  const { database } = await createAdminClient();\n  return database.createDocument('bank', 'banks', ID.unique(), { userId, bankId, accessToken });").replace("'@/lib/plaid';\n", "'@/lib/plaid';\nimport { headers } from 'next/headers';\nimport { requireAuth } from '@/lib/require-auth';\n") }] }] },
    // A record looked up by the id the caller sends, its absence or its owner answered "Unauthorized", is no check:
    // the owner is compared with a user id the caller sends too (event_platform's updateEvent).
    { code: UPDATE_EVENT('', 'userId'), filename: 'lib/actions/event.actions.ts', errors: [{ messageId: 'missingAuth', line: 5, column: 23, data: { handler: 'Server action updateEvent', what: 'the database (Event.findById)', fix: ACTION_FIX }, suggestions: [{ messageId: 'addGuard', output: UPDATE_EVENT("const { userId: authUserId } = await auth();\n  if (!authUserId) {\n    throw new Error('Unauthorized');\n  }\n  // Act on the signed-in caller's id, not on the one the client sends.\n  userId = authUserId;\n  ", 'userId') }] }] },
    // Twin: a delete after it is reported, and the message names the delete, not the connection.
    { code: THREAD_ACTION('deleteThread', 'await Thread.deleteOne({ _id: threadId });'), filename: 'lib/actions/thread.actions.ts', settings: helper, errors: [{ messageId: 'missingAuth', line: 5, column: 23, data: { handler: 'Server action deleteThread', what: 'the database (Thread.deleteOne)', fix: ACTION_FIX }, suggestions: [{ messageId: 'addGuard', output: THREAD_ACTION('deleteThread', 'await Thread.deleteOne({ _id: threadId });').replace('thread.model";\n', 'thread.model";\nimport { headers } from \'next/headers\';\nimport { requireAuth } from \'@/lib/require-auth\';\n').replace('(threadId: string) {\n', '(threadId: string) {\n  const auth = await requireAuth(await headers());\n  if (!auth.ok) {\n    throw new Error(auth.error);\n  }\n') }] }] },
    // Twins of the document operations: users counted, or an Appwrite collection of appointments, are user-shaped: reported.
    { code: LISTING_ACTION('User'), filename: 'lib/actions/user.actions.ts', settings: helper, errors: [{ messageId: 'missingAuth', line: 5, column: 23, suggestions: [{ messageId: 'addGuard', output: LISTING_ACTION('User').replace("user.model';\n", "user.model';\nimport { headers } from 'next/headers';\nimport { requireAuth } from '@/lib/require-auth';\n").replace('limit?: number }) {\n', 'limit?: number }) {\n  const auth = await requireAuth(await headers());\n  if (!auth.ok) {\n    throw new Error(auth.error);\n  }\n') }] }] },
    { code: APPWRITE_LIST('APPOINTMENT_COLLECTION_ID'), filename: 'lib/actions/appointment.actions.ts', settings: helper, errors: [{ messageId: 'missingAuth', line: 5, column: 14, data: { handler: 'Server action getRecentList', what: 'project data code (databases.listDocuments)', fix: ACTION_FIX }, suggestions: [{ messageId: 'addGuard', output: APPWRITE_LIST('APPOINTMENT_COLLECTION_ID').replace("config';\n", "config';\nimport { headers } from 'next/headers';\nimport { requireAuth } from '@/lib/require-auth';\n").replace('async () => {\n', 'async () => {\n  const auth = await requireAuth(await headers());\n  if (!auth.ok) {\n    throw new Error(auth.error);\n  }\n') }] }] },
    // boxmate's storage action: a Supabase Storage call is object storage in the message, not the database.
    { code: "'use server';\nimport { createClient } from './supabase';\n\nexport async function deleteFiles(names: string[]) {\n  const supabase = createClient();\n  const { error } = await supabase.storage.from('item-photos').remove(names);\n  return { success: !error };\n}\n", filename: 'lib/storage.ts', settings: helper, errors: [{ messageId: 'missingAuth', line: 4, column: 23, data: { handler: 'Server action deleteFiles', what: "object storage (supabase.storage.from('item-photos').remove)", fix: ACTION_FIX }, suggestions: [{ messageId: 'addGuard', output: "'use server';\nimport { createClient } from './supabase';\n\nexport async function deleteFiles(names: string[]) {\n  const { data: { user } } = await (await createClient()).auth.getUser();\n  if (!user) {\n    throw new Error('Unauthorized');\n  }\n  const supabase = createClient();\n  const { error } = await supabase.storage.from('item-photos').remove(names);\n  return { success: !error };\n}\n" }] }] },
    // A table of the same client is still the database.
    { code: "'use server';\nimport { createClient } from './supabase';\n\nexport async function deleteItems(ids: string[]) {\n  const supabase = createClient();\n  const { error } = await supabase.from('items').delete().in('id', ids);\n  return { success: !error };\n}\n", filename: 'lib/items.ts', settings: helper, errors: [{ messageId: 'missingAuth', line: 4, column: 23, data: { handler: 'Server action deleteItems', what: "the database (supabase.from('items').delete().in)", fix: ACTION_FIX }, suggestions: [{ messageId: 'addGuard', output: "'use server';\nimport { createClient } from './supabase';\n\nexport async function deleteItems(ids: string[]) {\n  const { data: { user } } = await (await createClient()).auth.getUser();\n  if (!user) {\n    throw new Error('Unauthorized');\n  }\n  const supabase = createClient();\n  const { error } = await supabase.from('items').delete().in('id', ids);\n  return { success: !error };\n}\n" }] }] },
    // The same client updating the prices from a POST body still reports; the suggested guard reads the session with the
    // cookie-bound `createClient()`, not the anon `createStaticClient()` (its `auth.getUser()` never finds a user).
    { code: "import { createStaticClient } from '@/lib/supabase/server';\nimport { NextResponse } from 'next/server';\n\nexport async function POST(request: Request) {\n  const { days, price } = await request.json();\n  const supabase = createStaticClient();\n  await supabase.from('boost_prices').update({ price }).eq('duration_days', days);\n  return NextResponse.json({ ok: true });\n}\n", filename: "app/api/boost/prices/route.ts", settings: helper, errors: [{ messageId: "missingAuth", line: 4, column: 23, suggestions: [{ messageId: "addGuard", output: "import { createStaticClient, createClient } from '@/lib/supabase/server';\nimport { NextResponse } from 'next/server';\n\nexport async function POST(request: Request) {\n  const { data: { user } } = await (await createClient()).auth.getUser();\n  if (!user) {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  const { days, price } = await request.json();\n  const supabase = createStaticClient();\n  await supabase.from('boost_prices').update({ price }).eq('duration_days', days);\n  return NextResponse.json({ ok: true });\n}\n" }] }] },
    // Changing the username through the same module still reports.
    { code: "'use server';\nimport { isUsernameTaken, updateUsername } from '@/lib/data/username';\n\nexport async function changeUsername(userId: string, username: string) {\n  if (await isUsernameTaken(username)) return { ok: false };\n  await updateUsername(userId, username);\n  return { ok: true };\n}\n", filename: "app/actions/username-availability.ts", settings: helper, errors: [{ messageId: "missingAuth", line: 4, column: 23, suggestions: [{ messageId: "addGuard", output: "'use server';\nimport { isUsernameTaken, updateUsername } from '@/lib/data/username';\nimport { headers } from 'next/headers';\nimport { requireAuth } from '@/lib/require-auth';\n\nexport async function changeUsername(userId: string, username: string) {\n  const auth = await requireAuth(await headers());\n  if (!auth.ok) {\n    throw new Error(auth.error);\n  }\n  // Act on the signed-in caller's id, not on the one the client sends.\n  userId = auth.user.id;\n  if (await isUsernameTaken(username)) return { ok: false };\n  await updateUsername(userId, username);\n  return { ok: true };\n}\n" }] }] },
    // Returning a data helper of another name (`loadOrderRow`) is no delegation: still reported.
    { code: "'use server';\nimport { errorEnvelope } from '@/lib/api/envelope';\nimport { OrderIdSchema } from './orders-reads-shared';\nimport { loadOrderRow } from './orders-data';\n\nexport async function getBuyerOrderDetails(orderId: string) {\n  const parsed = OrderIdSchema.safeParse(orderId);\n  if (!parsed.success) return errorEnvelope({ order: null, error: 'Invalid orderId' });\n  return loadOrderRow(parsed.data);\n}\n", filename: "app/actions/orders-reads.ts", settings: helper, errors: [{ messageId: "missingAuth", line: 6, column: 23, suggestions: [{ messageId: "addGuard", output: "'use server';\nimport { errorEnvelope } from '@/lib/api/envelope';\nimport { OrderIdSchema } from './orders-reads-shared';\nimport { loadOrderRow } from './orders-data';\nimport { headers } from 'next/headers';\nimport { requireAuth } from '@/lib/require-auth';\n\nexport async function getBuyerOrderDetails(orderId: string) {\n  const auth = await requireAuth(await headers());\n  if (!auth.ok) {\n    throw new Error(auth.error);\n  }\n  const parsed = OrderIdSchema.safeParse(orderId);\n  if (!parsed.success) return errorEnvelope({ order: null, error: 'Invalid orderId' });\n  return loadOrderRow(parsed.data);\n}\n" }] }] },
    // The same helper's context used without testing it first still reports.
    { code: "import type { NextRequest } from 'next/server';\nimport { stripe } from '@/lib/stripe';\nimport { resolveOwnedPaymentMethodRequest } from '../_lib/payment-method-ownership';\n\nexport async function POST(request: NextRequest) {\n  const owned = await resolveOwnedPaymentMethodRequest(request);\n  const { supabase, user, paymentMethodId, stripeCustomerId } = owned.context;\n  await stripe.customers.update(stripeCustomerId, { invoice_settings: { default_payment_method: paymentMethodId } });\n  await supabase.from('user_payment_methods').update({ is_default: true }).eq('user_id', user.id);\n  return Response.json({ ok: true });\n}\n", filename: "app/api/payments/set-default/route.ts", settings: helper, errors: [{ messageId: "missingAuth", line: 5, column: 23, suggestions: [{ messageId: "addGuard", output: "import type { NextRequest } from 'next/server';\nimport { stripe } from '@/lib/stripe';\nimport { resolveOwnedPaymentMethodRequest } from '../_lib/payment-method-ownership';\nimport { requireAuth } from '@/lib/require-auth';\n\nexport async function POST(request: NextRequest) {\n  const auth = await requireAuth(request);\n  if (!auth.ok) {\n    return auth.response;\n  }\n  const owned = await resolveOwnedPaymentMethodRequest(request);\n  const { supabase, user, paymentMethodId, stripeCustomerId } = owned.context;\n  await stripe.customers.update(stripeCustomerId, { invoice_settings: { default_payment_method: paymentMethodId } });\n  await supabase.from('user_payment_methods').update({ is_default: true }).eq('user_id', user.id);\n  return Response.json({ ok: true });\n}\n" }] }] },
    // 21st's upload action: an S3 / R2 client's send is object storage in the message, not the database.
    {"code":"'use server';\nimport { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';\n\nconst r2Client = new S3Client({ region: 'auto', endpoint: process.env.R2_ENDPOINT });\n\nexport async function uploadToR2(key: string, body: string) {\n  await r2Client.send(new PutObjectCommand({ Bucket: 'components', Key: key, Body: body }));\n  return key;\n}\n","filename":"lib/r2.ts","errors":[{"messageId":"missingAuth","line":6,"column":23,"data":{"handler":"Server action uploadToR2","what":"object storage (r2Client.send)","fix":ACTION_FIX},"suggestions":[{"messageId":"addGuard","output":"'use server';\nimport { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';\nimport { headers } from 'next/headers';\n\nconst r2Client = new S3Client({ region: 'auto', endpoint: process.env.R2_ENDPOINT });\n\nexport async function uploadToR2(key: string, body: string) {\n  const auth = await requireAuth(await headers());\n  if (!auth.ok) {\n    throw new Error(auth.error);\n  }\n  await r2Client.send(new PutObjectCommand({ Bucket: 'components', Key: key, Body: body }));\n  return key;\n}\n\n/** The authenticated caller. */\ninterface AuthUser {\n  id: string;\n  email?: string;\n  role?: string;\n}\n\ntype AuthResult =\n  | { ok: true; user: AuthUser }\n  | { ok: false; status: 401; error: string; response: Response };\n\n/** Where the token may come from: a Fetch `Request`, `await headers()`, or a Pages API `req`. */\ntype AuthSource = Request | Headers | { headers: Record<string, string | string[] | undefined> };\n\nconst SESSION_COOKIE = 'session';\nconst ISSUER = undefined as string | undefined;\nconst CLOCK_SKEW_SECONDS = 30;\n\nfunction readHeader(source: AuthSource, name: string): string | undefined {\n  if (source instanceof Headers) return source.get(name) ?? undefined;\n  if (source instanceof Request) return source.headers.get(name) ?? undefined;\n  const value = source.headers[name.toLowerCase()];\n  return Array.isArray(value) ? value[0] : value;\n}\n\n/** The bearer token, or the session cookie (httpOnly, set by your sign-in route). */\nfunction readToken(source: AuthSource): string | undefined {\n  const authorization = readHeader(source, 'authorization');\n  if (authorization?.startsWith('Bearer ')) return authorization.slice('Bearer '.length).trim() || undefined;\n  const cookie = readHeader(source, 'cookie');\n  if (!cookie) return undefined;\n  for (const part of cookie.split(';')) {\n    const eq = part.indexOf('=');\n    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) {\n      return decodeURIComponent(part.slice(eq + 1).trim()) || undefined;\n    }\n  }\n  return undefined;\n}\n\nfunction base64UrlToBytes(input: string): Uint8Array<ArrayBuffer> {\n  const base64 = input.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(input.length / 4) * 4, '=');\n  const binary = atob(base64);\n  const bytes = new Uint8Array(binary.length);\n  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);\n  return bytes;\n}\n\nlet keyPromise: Promise<CryptoKey> | undefined;\n\n/** The HMAC key from AUTH_SECRET, imported once per instance. Fails loudly when the secret is missing or weak. */\nfunction getKey(): Promise<CryptoKey> {\n  const secret = process.env.AUTH_SECRET;\n  if (!secret || secret.length < 32) {\n    throw new Error('AUTH_SECRET must be set to at least 32 characters');\n  }\n  keyPromise ??= crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [\n    'verify',\n  ]);\n  return keyPromise;\n}\n\n/** Verifies an HS256 JWT: signature (constant time, by WebCrypto), algorithm, expiry, not-before and issuer. */\nasync function verifyToken(token: string): Promise<Record<string, unknown> | null> {\n  const parts = token.split('.');\n  if (parts.length !== 3) return null;\n  const [header, payload, signature] = parts as [string, string, string];\n  try {\n    const head = JSON.parse(new TextDecoder().decode(base64UrlToBytes(header))) as { alg?: unknown };\n    if (head.alg !== 'HS256') return null;\n    const valid = await crypto.subtle.verify(\n      'HMAC',\n      await getKey(),\n      base64UrlToBytes(signature),\n      new TextEncoder().encode(`${header}.${payload}`),\n    );\n    if (!valid) return null;\n    const claims = JSON.parse(new TextDecoder().decode(base64UrlToBytes(payload))) as Record<string, unknown>;\n    const now = Math.floor(Date.now() / 1000);\n    if (typeof claims.exp !== 'number' || claims.exp + CLOCK_SKEW_SECONDS < now) return null;\n    if (typeof claims.nbf === 'number' && claims.nbf - CLOCK_SKEW_SECONDS > now) return null;\n    if (ISSUER !== undefined && claims.iss !== ISSUER) return null;\n    return claims;\n  } catch {\n    return null;\n  }\n}\n\nfunction unauthorized(error: string): AuthResult {\n  return {\n    ok: false,\n    status: 401,\n    error,\n    response: Response.json({ error }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } }),\n  };\n}\n\n/**\n * Authenticates the caller from a bearer token or the session cookie. Call it first in every route\n * handler and server action that reaches data, and return `result.response` (401) when `!result.ok`.\n */\nasync function requireAuth(source: AuthSource): Promise<AuthResult> {\n  const token = readToken(source);\n  if (!token) return unauthorized('Authentication required');\n  const claims = await verifyToken(token);\n  if (!claims || typeof claims.sub !== 'string' || claims.sub === '') return unauthorized('Invalid or expired session');\n  return {\n    ok: true,\n    user: {\n      id: claims.sub,\n      email: typeof claims.email === 'string' ? claims.email : undefined,\n      role: typeof claims.role === 'string' ? claims.role : undefined,\n    },\n  };\n}\n"}]}]},
    // Twin: the same module's awaited payment call is still Stripe, and the message names it, not the checks before it.
    { code: "'use server';\nimport { createPaymentIntent, getStripePaymentGuardError, isStripePaymentEnabled } from '@/checkout/lib/payment/providers/stripe';\n\nexport async function checkGateway(gatewayId: string, amount: number) {\n  if (!isStripePaymentEnabled()) return { ok: false };\n  const guard = getStripePaymentGuardError(gatewayId);\n  if (guard) return { ok: false, error: guard };\n  return { ok: true, intent: await createPaymentIntent(amount) };\n}\n", filename: 'src/app/(checkout)/actions.ts', settings: helper, errors: [{ messageId: 'missingAuth', line: 4, column: 23, data: { handler: 'Server action checkGateway', what: 'Stripe (createPaymentIntent)', fix: "Verify the session first and throw when it is missing; if only server code calls it (a webhook, another action), move it out of the 'use server' file into a server-only module instead." }, suggestions: [{ messageId: 'addGuard', output: "'use server';\nimport { createPaymentIntent, getStripePaymentGuardError, isStripePaymentEnabled } from '@/checkout/lib/payment/providers/stripe';\nimport { headers } from 'next/headers';\nimport { requireAuth } from '@/lib/require-auth';\n\nexport async function checkGateway(gatewayId: string, amount: number) {\n  const auth = await requireAuth(await headers());\n  if (!auth.ok) {\n    throw new Error(auth.error);\n  }\n  if (!isStripePaymentEnabled()) return { ok: false };\n  const guard = getStripePaymentGuardError(gatewayId);\n  if (guard) return { ok: false, error: guard };\n  return { ok: true, intent: await createPaymentIntent(amount) };\n}\n" }] }] },
    // Twin: a mongoose model's updateOne from @/models next to it is still the database.
    {"code": "'use server';\n\nimport { cookies } from 'next/headers';\nimport { models } from '@/lib/ai/models';\nimport { User } from '@/models';\n\nexport async function saveModelId(model: string) {\n  const cookieStore = await cookies();\n  if (models.some((m) => m.id === model)) {\n    cookieStore.set('model-id', model);\n  }\n  await User.updateOne({ email: cookieStore.get('email')?.value }, { model });\n}\n", "filename": "app/(chat)/actions.ts", "errors": [{"messageId": "missingAuth", "line": 7, "column": 23, "suggestions": [{"messageId": "addGuard", "output": "'use server';\n\nimport { cookies, headers } from 'next/headers';\nimport { models } from '@/lib/ai/models';\nimport { User } from '@/models';\n\nexport async function saveModelId(model: string) {\n  const auth = await requireAuth(await headers());\n  if (!auth.ok) {\n    throw new Error(auth.error);\n  }\n  const cookieStore = await cookies();\n  if (models.some((m) => m.id === model)) {\n    cookieStore.set('model-id', model);\n  }\n  await User.updateOne({ email: cookieStore.get('email')?.value }, { model });\n}\n\n/** The authenticated caller. */\ninterface AuthUser {\n  id: string;\n  email?: string;\n  role?: string;\n}\n\ntype AuthResult =\n  | { ok: true; user: AuthUser }\n  | { ok: false; status: 401; error: string; response: Response };\n\n/** Where the token may come from: a Fetch `Request`, `await headers()`, or a Pages API `req`. */\ntype AuthSource = Request | Headers | { headers: Record<string, string | string[] | undefined> };\n\nconst SESSION_COOKIE = 'session';\nconst ISSUER = undefined as string | undefined;\nconst CLOCK_SKEW_SECONDS = 30;\n\nfunction readHeader(source: AuthSource, name: string): string | undefined {\n  if (source instanceof Headers) return source.get(name) ?? undefined;\n  if (source instanceof Request) return source.headers.get(name) ?? undefined;\n  const value = source.headers[name.toLowerCase()];\n  return Array.isArray(value) ? value[0] : value;\n}\n\n/** The bearer token, or the session cookie (httpOnly, set by your sign-in route). */\nfunction readToken(source: AuthSource): string | undefined {\n  const authorization = readHeader(source, 'authorization');\n  if (authorization?.startsWith('Bearer ')) return authorization.slice('Bearer '.length).trim() || undefined;\n  const cookie = readHeader(source, 'cookie');\n  if (!cookie) return undefined;\n  for (const part of cookie.split(';')) {\n    const eq = part.indexOf('=');\n    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) {\n      return decodeURIComponent(part.slice(eq + 1).trim()) || undefined;\n    }\n  }\n  return undefined;\n}\n\nfunction base64UrlToBytes(input: string): Uint8Array<ArrayBuffer> {\n  const base64 = input.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(input.length / 4) * 4, '=');\n  const binary = atob(base64);\n  const bytes = new Uint8Array(binary.length);\n  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);\n  return bytes;\n}\n\nlet keyPromise: Promise<CryptoKey> | undefined;\n\n/** The HMAC key from AUTH_SECRET, imported once per instance. Fails loudly when the secret is missing or weak. */\nfunction getKey(): Promise<CryptoKey> {\n  const secret = process.env.AUTH_SECRET;\n  if (!secret || secret.length < 32) {\n    throw new Error('AUTH_SECRET must be set to at least 32 characters');\n  }\n  keyPromise ??= crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [\n    'verify',\n  ]);\n  return keyPromise;\n}\n\n/** Verifies an HS256 JWT: signature (constant time, by WebCrypto), algorithm, expiry, not-before and issuer. */\nasync function verifyToken(token: string): Promise<Record<string, unknown> | null> {\n  const parts = token.split('.');\n  if (parts.length !== 3) return null;\n  const [header, payload, signature] = parts as [string, string, string];\n  try {\n    const head = JSON.parse(new TextDecoder().decode(base64UrlToBytes(header))) as { alg?: unknown };\n    if (head.alg !== 'HS256') return null;\n    const valid = await crypto.subtle.verify(\n      'HMAC',\n      await getKey(),\n      base64UrlToBytes(signature),\n      new TextEncoder().encode(`${header}.${payload}`),\n    );\n    if (!valid) return null;\n    const claims = JSON.parse(new TextDecoder().decode(base64UrlToBytes(payload))) as Record<string, unknown>;\n    const now = Math.floor(Date.now() / 1000);\n    if (typeof claims.exp !== 'number' || claims.exp + CLOCK_SKEW_SECONDS < now) return null;\n    if (typeof claims.nbf === 'number' && claims.nbf - CLOCK_SKEW_SECONDS > now) return null;\n    if (ISSUER !== undefined && claims.iss !== ISSUER) return null;\n    return claims;\n  } catch {\n    return null;\n  }\n}\n\nfunction unauthorized(error: string): AuthResult {\n  return {\n    ok: false,\n    status: 401,\n    error,\n    response: Response.json({ error }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } }),\n  };\n}\n\n/**\n * Authenticates the caller from a bearer token or the session cookie. Call it first in every route\n * handler and server action that reaches data, and return `result.response` (401) when `!result.ok`.\n */\nasync function requireAuth(source: AuthSource): Promise<AuthResult> {\n  const token = readToken(source);\n  if (!token) return unauthorized('Authentication required');\n  const claims = await verifyToken(token);\n  if (!claims || typeof claims.sub !== 'string' || claims.sub === '') return unauthorized('Invalid or expired session');\n  return {\n    ok: true,\n    user: {\n      id: claims.sub,\n      email: typeof claims.email === 'string' ? claims.email : undefined,\n      role: typeof claims.role === 'string' ? claims.role : undefined,\n    },\n  };\n}\n"}]}]},
    // Twin: `withOAuth` is a provider's flow, not the caller's auth: still reported.
    { code: "import { NextRequest, NextResponse } from 'next/server';\nimport { withOAuth } from '@/middleware/matching-auth';\nimport { CandidateService } from '@/services/matching/candidate-service';\n\nconst candidates = new CandidateService();\n\nexport async function POST(request: NextRequest) {\n  const authResult = await withOAuth(request, { requireRole: 'seeker', rateLimitType: 'profile' });\n  if ('error' in authResult) return authResult as NextResponse;\n  const body = await request.json();\n  const profile = await candidates.createCandidateProfile({ ...body });\n  return NextResponse.json({ profile });\n}\n", filename: 'src/app/api/matching/profiles/candidates/route.ts', settings: helper, errors: [{ messageId: 'missingAuth', line: 7, column: 23, suggestions: [{ messageId: 'addGuard', output: "import { NextRequest, NextResponse } from 'next/server';\nimport { withOAuth } from '@/middleware/matching-auth';\nimport { CandidateService } from '@/services/matching/candidate-service';\nimport { requireAuth } from '@/lib/require-auth';\n\nconst candidates = new CandidateService();\n\nexport async function POST(request: NextRequest) {\n  const auth = await requireAuth(request);\n  if (!auth.ok) {\n    return auth.response;\n  }\n  const authResult = await withOAuth(request, { requireRole: 'seeker', rateLimitType: 'profile' });\n  if ('error' in authResult) return authResult as NextResponse;\n  const body = await request.json();\n  const profile = await candidates.createCandidateProfile({ ...body });\n  return NextResponse.json({ profile });\n}\n" }] }] },
    // Twin: another route under `beta/` is not the request form: still reported.
    { code: "import { NextRequest, NextResponse } from 'next/server';\nimport { prisma } from '@/lib/prisma';\n\nexport async function POST(request: NextRequest) {\n  const { name, email } = await request.json();\n  if (!name || !email) return NextResponse.json({ error: 'Name and email are required' }, { status: 400 });\n  await prisma.betaRequest.create({ data: { name, email, status: 'pending' } });\n  return NextResponse.json({ ok: true });\n}\n", filename: 'src/app/api/beta/enroll/route.ts', settings: helper, errors: [{ messageId: 'missingAuth', line: 4, column: 23, suggestions: [{ messageId: 'addGuard', output: "import { NextRequest, NextResponse } from 'next/server';\nimport { prisma } from '@/lib/prisma';\nimport { requireAuth } from '@/lib/require-auth';\n\nexport async function POST(request: NextRequest) {\n  const auth = await requireAuth(request);\n  if (!auth.ok) {\n    return auth.response;\n  }\n  const { name, email } = await request.json();\n  if (!name || !email) return NextResponse.json({ error: 'Name and email are required' }, { status: 400 });\n  await prisma.betaRequest.create({ data: { name, email, status: 'pending' } });\n  return NextResponse.json({ ok: true });\n}\n" }] }] },
    // The assistants quickstart: the OpenAI client comes from the app's own module; the message names the provider's API.
    {"code":"import { openai } from '@/app/openai';\n\nexport async function POST(request: Request) {\n  const data = await request.formData();\n  const file = data.get('file') as File;\n  const openaiFile = await openai.files.create({ file, purpose: 'assistants' });\n  return Response.json({ id: openaiFile.id });\n}\n","filename":"app/api/assistants/files/route.ts","errors":[{"messageId":"missingAuth","line":3,"column":23,data: { handler: 'POST handler', what: 'a paid AI API (openai.files.create)', fix: ROUTE_FIX },"suggestions":[{"messageId":"addGuard","output":"import { openai } from '@/app/openai';\n\nexport async function POST(request: Request) {\n  const auth = await requireAuth(request);\n  if (!auth.ok) {\n    return auth.response;\n  }\n  const data = await request.formData();\n  const file = data.get('file') as File;\n  const openaiFile = await openai.files.create({ file, purpose: 'assistants' });\n  return Response.json({ id: openaiFile.id });\n}\n\n/** The authenticated caller. */\ninterface AuthUser {\n  id: string;\n  email?: string;\n  role?: string;\n}\n\ntype AuthResult =\n  | { ok: true; user: AuthUser }\n  | { ok: false; status: 401; error: string; response: Response };\n\n/** Where the token may come from: a Fetch `Request`, `await headers()`, or a Pages API `req`. */\ntype AuthSource = Request | Headers | { headers: Record<string, string | string[] | undefined> };\n\nconst SESSION_COOKIE = 'session';\nconst ISSUER = undefined as string | undefined;\nconst CLOCK_SKEW_SECONDS = 30;\n\nfunction readHeader(source: AuthSource, name: string): string | undefined {\n  if (source instanceof Headers) return source.get(name) ?? undefined;\n  if (source instanceof Request) return source.headers.get(name) ?? undefined;\n  const value = source.headers[name.toLowerCase()];\n  return Array.isArray(value) ? value[0] : value;\n}\n\n/** The bearer token, or the session cookie (httpOnly, set by your sign-in route). */\nfunction readToken(source: AuthSource): string | undefined {\n  const authorization = readHeader(source, 'authorization');\n  if (authorization?.startsWith('Bearer ')) return authorization.slice('Bearer '.length).trim() || undefined;\n  const cookie = readHeader(source, 'cookie');\n  if (!cookie) return undefined;\n  for (const part of cookie.split(';')) {\n    const eq = part.indexOf('=');\n    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) {\n      return decodeURIComponent(part.slice(eq + 1).trim()) || undefined;\n    }\n  }\n  return undefined;\n}\n\nfunction base64UrlToBytes(input: string): Uint8Array<ArrayBuffer> {\n  const base64 = input.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(input.length / 4) * 4, '=');\n  const binary = atob(base64);\n  const bytes = new Uint8Array(binary.length);\n  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);\n  return bytes;\n}\n\nlet keyPromise: Promise<CryptoKey> | undefined;\n\n/** The HMAC key from AUTH_SECRET, imported once per instance. Fails loudly when the secret is missing or weak. */\nfunction getKey(): Promise<CryptoKey> {\n  const secret = process.env.AUTH_SECRET;\n  if (!secret || secret.length < 32) {\n    throw new Error('AUTH_SECRET must be set to at least 32 characters');\n  }\n  keyPromise ??= crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [\n    'verify',\n  ]);\n  return keyPromise;\n}\n\n/** Verifies an HS256 JWT: signature (constant time, by WebCrypto), algorithm, expiry, not-before and issuer. */\nasync function verifyToken(token: string): Promise<Record<string, unknown> | null> {\n  const parts = token.split('.');\n  if (parts.length !== 3) return null;\n  const [header, payload, signature] = parts as [string, string, string];\n  try {\n    const head = JSON.parse(new TextDecoder().decode(base64UrlToBytes(header))) as { alg?: unknown };\n    if (head.alg !== 'HS256') return null;\n    const valid = await crypto.subtle.verify(\n      'HMAC',\n      await getKey(),\n      base64UrlToBytes(signature),\n      new TextEncoder().encode(`${header}.${payload}`),\n    );\n    if (!valid) return null;\n    const claims = JSON.parse(new TextDecoder().decode(base64UrlToBytes(payload))) as Record<string, unknown>;\n    const now = Math.floor(Date.now() / 1000);\n    if (typeof claims.exp !== 'number' || claims.exp + CLOCK_SKEW_SECONDS < now) return null;\n    if (typeof claims.nbf === 'number' && claims.nbf - CLOCK_SKEW_SECONDS > now) return null;\n    if (ISSUER !== undefined && claims.iss !== ISSUER) return null;\n    return claims;\n  } catch {\n    return null;\n  }\n}\n\nfunction unauthorized(error: string): AuthResult {\n  return {\n    ok: false,\n    status: 401,\n    error,\n    response: Response.json({ error }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } }),\n  };\n}\n\n/**\n * Authenticates the caller from a bearer token or the session cookie. Call it first in every route\n * handler and server action that reaches data, and return `result.response` (401) when `!result.ok`.\n */\nasync function requireAuth(source: AuthSource): Promise<AuthResult> {\n  const token = readToken(source);\n  if (!token) return unauthorized('Authentication required');\n  const claims = await verifyToken(token);\n  if (!claims || typeof claims.sub !== 'string' || claims.sub === '') return unauthorized('Invalid or expired session');\n  return {\n    ok: true,\n    user: {\n      id: claims.sub,\n      email: typeof claims.email === 'string' ? claims.email : undefined,\n      role: typeof claims.role === 'string' ? claims.role : undefined,\n    },\n  };\n}\n"}]}]},
    // Vercel Sandbox: Sandbox.create() starts a billed microVM (vercel/examples' sandbox-voice-agent).
    {"code":"import { Sandbox } from '@vercel/sandbox';\n\nexport async function POST(req: Request) {\n  const { repo } = await req.json();\n  const sandbox = await Sandbox.create({ source: { url: String(repo), type: 'git' }, timeout: 300_000 });\n  return Response.json({ id: sandbox.sandboxId });\n}\n","filename":"app/api/sandbox/route.ts","errors":[{"messageId":"missingAuth","line":3,"column":23,data: { handler: 'POST handler', what: 'a paid code sandbox (Sandbox.create)', fix: ROUTE_FIX },"suggestions":[{"messageId":"addGuard","output":"import { Sandbox } from '@vercel/sandbox';\n\nexport async function POST(req: Request) {\n  const auth = await requireAuth(req);\n  if (!auth.ok) {\n    return auth.response;\n  }\n  const { repo } = await req.json();\n  const sandbox = await Sandbox.create({ source: { url: String(repo), type: 'git' }, timeout: 300_000 });\n  return Response.json({ id: sandbox.sandboxId });\n}\n\n/** The authenticated caller. */\ninterface AuthUser {\n  id: string;\n  email?: string;\n  role?: string;\n}\n\ntype AuthResult =\n  | { ok: true; user: AuthUser }\n  | { ok: false; status: 401; error: string; response: Response };\n\n/** Where the token may come from: a Fetch `Request`, `await headers()`, or a Pages API `req`. */\ntype AuthSource = Request | Headers | { headers: Record<string, string | string[] | undefined> };\n\nconst SESSION_COOKIE = 'session';\nconst ISSUER = undefined as string | undefined;\nconst CLOCK_SKEW_SECONDS = 30;\n\nfunction readHeader(source: AuthSource, name: string): string | undefined {\n  if (source instanceof Headers) return source.get(name) ?? undefined;\n  if (source instanceof Request) return source.headers.get(name) ?? undefined;\n  const value = source.headers[name.toLowerCase()];\n  return Array.isArray(value) ? value[0] : value;\n}\n\n/** The bearer token, or the session cookie (httpOnly, set by your sign-in route). */\nfunction readToken(source: AuthSource): string | undefined {\n  const authorization = readHeader(source, 'authorization');\n  if (authorization?.startsWith('Bearer ')) return authorization.slice('Bearer '.length).trim() || undefined;\n  const cookie = readHeader(source, 'cookie');\n  if (!cookie) return undefined;\n  for (const part of cookie.split(';')) {\n    const eq = part.indexOf('=');\n    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) {\n      return decodeURIComponent(part.slice(eq + 1).trim()) || undefined;\n    }\n  }\n  return undefined;\n}\n\nfunction base64UrlToBytes(input: string): Uint8Array<ArrayBuffer> {\n  const base64 = input.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(input.length / 4) * 4, '=');\n  const binary = atob(base64);\n  const bytes = new Uint8Array(binary.length);\n  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);\n  return bytes;\n}\n\nlet keyPromise: Promise<CryptoKey> | undefined;\n\n/** The HMAC key from AUTH_SECRET, imported once per instance. Fails loudly when the secret is missing or weak. */\nfunction getKey(): Promise<CryptoKey> {\n  const secret = process.env.AUTH_SECRET;\n  if (!secret || secret.length < 32) {\n    throw new Error('AUTH_SECRET must be set to at least 32 characters');\n  }\n  keyPromise ??= crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [\n    'verify',\n  ]);\n  return keyPromise;\n}\n\n/** Verifies an HS256 JWT: signature (constant time, by WebCrypto), algorithm, expiry, not-before and issuer. */\nasync function verifyToken(token: string): Promise<Record<string, unknown> | null> {\n  const parts = token.split('.');\n  if (parts.length !== 3) return null;\n  const [header, payload, signature] = parts as [string, string, string];\n  try {\n    const head = JSON.parse(new TextDecoder().decode(base64UrlToBytes(header))) as { alg?: unknown };\n    if (head.alg !== 'HS256') return null;\n    const valid = await crypto.subtle.verify(\n      'HMAC',\n      await getKey(),\n      base64UrlToBytes(signature),\n      new TextEncoder().encode(`${header}.${payload}`),\n    );\n    if (!valid) return null;\n    const claims = JSON.parse(new TextDecoder().decode(base64UrlToBytes(payload))) as Record<string, unknown>;\n    const now = Math.floor(Date.now() / 1000);\n    if (typeof claims.exp !== 'number' || claims.exp + CLOCK_SKEW_SECONDS < now) return null;\n    if (typeof claims.nbf === 'number' && claims.nbf - CLOCK_SKEW_SECONDS > now) return null;\n    if (ISSUER !== undefined && claims.iss !== ISSUER) return null;\n    return claims;\n  } catch {\n    return null;\n  }\n}\n\nfunction unauthorized(error: string): AuthResult {\n  return {\n    ok: false,\n    status: 401,\n    error,\n    response: Response.json({ error }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } }),\n  };\n}\n\n/**\n * Authenticates the caller from a bearer token or the session cookie. Call it first in every route\n * handler and server action that reaches data, and return `result.response` (401) when `!result.ok`.\n */\nasync function requireAuth(source: AuthSource): Promise<AuthResult> {\n  const token = readToken(source);\n  if (!token) return unauthorized('Authentication required');\n  const claims = await verifyToken(token);\n  if (!claims || typeof claims.sub !== 'string' || claims.sub === '') return unauthorized('Invalid or expired session');\n  return {\n    ok: true,\n    user: {\n      id: claims.sub,\n      email: typeof claims.email === 'string' ? claims.email : undefined,\n      role: typeof claims.role === 'string' ? claims.role : undefined,\n    },\n  };\n}\n"}]}]},
    // Twin of medusa's b2b actions: auth headers built but never sent leave the calls unauthenticated.
    { code: AUTH_HEADERS_ACTION('', ''), filename: 'src/lib/data/companies.ts', errors: [{ messageId: 'uncheckedAuth', line: 7, column: 31, suggestions: [] }, { messageId: 'uncheckedAuth', line: 14, column: 31, suggestions: [] }] },
    // lms-sanity's getMuxUploadStatus: a `get*` action that writes with Sanity's `createOrReplace` (or `createIfNotExists`) is reported.
    { code: SANITY_STATUS_ACTION('', "await writeClient.createOrReplace({ _id: `mux-${uploadId}`, _type: 'mux.videoAsset' });\n  "), filename: 'lib/actions/mux.ts', settings: helper, errors: [{ messageId: 'missingAuth', line: 4, column: 23, data: { handler: 'Server action getUploadStatus', what: 'project data code (writeClient.createOrReplace)', fix: ACTION_FIX }, suggestions: [{ messageId: 'addGuard', output: SANITY_STATUS_ACTION("const auth = await requireAuth(await headers());\n  if (!auth.ok) {\n    throw new Error(auth.error);\n  }\n  ", "await writeClient.createOrReplace({ _id: `mux-${uploadId}`, _type: 'mux.videoAsset' });\n  ").replace("'@/sanity/lib/client';\n", "'@/sanity/lib/client';\nimport { headers } from 'next/headers';\nimport { requireAuth } from '@/lib/require-auth';\n") }] }] },
    // Twin of medusa's retrieveCollection: a `retrieve*` action reading the orders of the user id its caller sends is reported.
    {
      code: RETRIEVE_ACTION('retrieveOrders', 'userId', '{\n  return db.order.findMany({ where: { userId } });\n}'),
      filename: 'src/lib/data/orders.ts',
      settings: helper,
      errors: [
        {
          messageId: 'missingAuth',
          line: 6,
          column: 14,
          suggestions: [
            {
              messageId: 'addGuard',
              output: RETRIEVE_ACTION('retrieveOrders', 'userId', "{\n  const auth = await requireAuth(await headers());\n  if (!auth.ok) {\n    throw new Error(auth.error);\n  }\n  // Act on the signed-in caller's id, not on the one the client sends.\n  userId = auth.user.id;\n  return db.order.findMany({ where: { userId } });\n}").replace("from './cookies';\n", "from './cookies';\nimport { headers } from 'next/headers';\nimport { requireAuth } from '@/lib/require-auth';\n"),
            },
          ],
        },
      ],
    },
    // Twin of the ping: the same connection reading a collection is reported.
    {
      code: DB_PING("return (await mongoClient.db('app').collection('users').countDocuments()) > 0;"),
      filename: 'app/actions.ts',
      settings: helper,
      errors: [{ messageId: 'missingAuth', line: 5, column: 23, suggestions: [{ messageId: 'addGuard', output: DB_PING("return (await mongoClient.db('app').collection('users').countDocuments()) > 0;").replace("from '@/lib/mongodb';\n", "from '@/lib/mongodb';\nimport { headers } from 'next/headers';\nimport { requireAuth } from '@/lib/require-auth';\n").replace('testDatabaseConnection() {\n', 'testDatabaseConnection() {\n  const auth = await requireAuth(await headers());\n  if (!auth.ok) {\n    throw new Error(auth.error);\n  }\n') }] }],
    },
    // Twin of the formatted checkout amount: a data call of the same Stripe helpers module is still reported.
    {
      code: CHECKOUT_FORMAT('await getDonationAmount(amount)'),
      filename: 'app/api/donate/route.ts',
      settings: helper,
      errors: [{ messageId: 'missingAuth', line: 4, column: 23, suggestions: [{ messageId: 'addGuard', output: CHECKOUT_FORMAT('await getDonationAmount(amount)').replace("from '@/utils/stripe-helpers';\n", "from '@/utils/stripe-helpers';\nimport { requireAuth } from '@/lib/require-auth';\n").replace('(req: Request) {\n', '(req: Request) {\n  const auth = await requireAuth(req);\n  if (!auth.ok) {\n    return auth.response;\n  }\n') }] }],
    },
    // Twin: the same lookup keyed by a normalised email is no capability: reported.
    { code: "import { NextResponse } from 'next/server';\nimport { getSupabaseServerClient } from '@/lib/supabase/server';\n\nexport async function POST(req: Request) {\n  const supabase = await getSupabaseServerClient();\n  const { email } = await req.json();\n  if (!email) return NextResponse.json({ error: 'Email is required' }, { status: 400 });\n  const { data: card, error } = await supabase.from('gift_cards').select('*').eq('buyer_email', email.toLowerCase().trim()).single();\n  if (error || !card) return NextResponse.json({ error: 'Invalid code' }, { status: 404 });\n  if (!card.active) return NextResponse.json({ error: 'Not active' }, { status: 400 });\n  return NextResponse.json({ valid: true, remaining: card.remaining_amount_cents });\n}\n", filename: 'src/app/api/gift-cards/validate/route.ts', errors: [{ messageId: 'missingAuth', line: 4, column: 23, suggestions: [{ messageId: 'addGuard', output: "import { NextResponse } from 'next/server';\nimport { getSupabaseServerClient } from '@/lib/supabase/server';\n\nexport async function POST(req: Request) {\n  const { data: { user } } = await (await getSupabaseServerClient()).auth.getUser();\n  if (!user) {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  const supabase = await getSupabaseServerClient();\n  const { email } = await req.json();\n  if (!email) return NextResponse.json({ error: 'Email is required' }, { status: 400 });\n  const { data: card, error } = await supabase.from('gift_cards').select('*').eq('buyer_email', email.toLowerCase().trim()).single();\n  if (error || !card) return NextResponse.json({ error: 'Invalid code' }, { status: 404 });\n  if (!card.active) return NextResponse.json({ error: 'Not active' }, { status: 400 });\n  return NextResponse.json({ valid: true, remaining: card.remaining_amount_cents });\n}\n" }] }] },
    // Twin of jitsu's /api/me: the same local getUser handed a value the caller sent is a lookup, not a session read.
    {
      code: "import type { NextApiRequest, NextApiResponse } from \"next\";\nimport { getUser } from \"../../lib/api\";\nimport { db } from \"../../lib/server/db\";\n\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  const user = await getUser(res, req.query.userId as string);\n  if (!user) {\n    res.send({ auth: false });\n  } else {\n    res.send({ auth: true, user, workspaces: await db.workspace.findMany({ where: { userId: user.internalId } }) });\n  }\n}\n",
      filename: "pages/api/me.ts",
      errors: [{ messageId: 'missingAuth', line: 5, column: 31, suggestions: [{ messageId: 'addGuard', output: "import type { NextApiRequest, NextApiResponse } from \"next\";\nimport { getUser } from \"../../lib/api\";\nimport { db } from \"../../lib/server/db\";\n\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  const authResult = await requireAuth(req);\n  if (!authResult.ok) {\n    return res.status(authResult.status).json({ error: authResult.error });\n  }\n  const user = await getUser(res, req.query.userId as string);\n  if (!user) {\n    res.send({ auth: false });\n  } else {\n    res.send({ auth: true, user, workspaces: await db.workspace.findMany({ where: { userId: user.internalId } }) });\n  }\n}\n\n/** The authenticated caller. */\ninterface AuthUser {\n  id: string;\n  email?: string;\n  role?: string;\n}\n\ntype AuthResult =\n  | { ok: true; user: AuthUser }\n  | { ok: false; status: 401; error: string; response: Response };\n\n/** Where the token may come from: a Fetch `Request`, `await headers()`, or a Pages API `req`. */\ntype AuthSource = Request | Headers | { headers: Record<string, string | string[] | undefined> };\n\nconst SESSION_COOKIE = 'session';\nconst ISSUER = undefined as string | undefined;\nconst CLOCK_SKEW_SECONDS = 30;\n\nfunction readHeader(source: AuthSource, name: string): string | undefined {\n  if (source instanceof Headers) return source.get(name) ?? undefined;\n  if (source instanceof Request) return source.headers.get(name) ?? undefined;\n  const value = source.headers[name.toLowerCase()];\n  return Array.isArray(value) ? value[0] : value;\n}\n\n/** The bearer token, or the session cookie (httpOnly, set by your sign-in route). */\nfunction readToken(source: AuthSource): string | undefined {\n  const authorization = readHeader(source, 'authorization');\n  if (authorization?.startsWith('Bearer ')) return authorization.slice('Bearer '.length).trim() || undefined;\n  const cookie = readHeader(source, 'cookie');\n  if (!cookie) return undefined;\n  for (const part of cookie.split(';')) {\n    const eq = part.indexOf('=');\n    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) {\n      return decodeURIComponent(part.slice(eq + 1).trim()) || undefined;\n    }\n  }\n  return undefined;\n}\n\nfunction base64UrlToBytes(input: string): Uint8Array<ArrayBuffer> {\n  const base64 = input.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(input.length / 4) * 4, '=');\n  const binary = atob(base64);\n  const bytes = new Uint8Array(binary.length);\n  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);\n  return bytes;\n}\n\nlet keyPromise: Promise<CryptoKey> | undefined;\n\n/** The HMAC key from AUTH_SECRET, imported once per instance. Fails loudly when the secret is missing or weak. */\nfunction getKey(): Promise<CryptoKey> {\n  const secret = process.env.AUTH_SECRET;\n  if (!secret || secret.length < 32) {\n    throw new Error('AUTH_SECRET must be set to at least 32 characters');\n  }\n  keyPromise ??= crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [\n    'verify',\n  ]);\n  return keyPromise;\n}\n\n/** Verifies an HS256 JWT: signature (constant time, by WebCrypto), algorithm, expiry, not-before and issuer. */\nasync function verifyToken(token: string): Promise<Record<string, unknown> | null> {\n  const parts = token.split('.');\n  if (parts.length !== 3) return null;\n  const [header, payload, signature] = parts as [string, string, string];\n  try {\n    const head = JSON.parse(new TextDecoder().decode(base64UrlToBytes(header))) as { alg?: unknown };\n    if (head.alg !== 'HS256') return null;\n    const valid = await crypto.subtle.verify(\n      'HMAC',\n      await getKey(),\n      base64UrlToBytes(signature),\n      new TextEncoder().encode(`${header}.${payload}`),\n    );\n    if (!valid) return null;\n    const claims = JSON.parse(new TextDecoder().decode(base64UrlToBytes(payload))) as Record<string, unknown>;\n    const now = Math.floor(Date.now() / 1000);\n    if (typeof claims.exp !== 'number' || claims.exp + CLOCK_SKEW_SECONDS < now) return null;\n    if (typeof claims.nbf === 'number' && claims.nbf - CLOCK_SKEW_SECONDS > now) return null;\n    if (ISSUER !== undefined && claims.iss !== ISSUER) return null;\n    return claims;\n  } catch {\n    return null;\n  }\n}\n\nfunction unauthorized(error: string): AuthResult {\n  return {\n    ok: false,\n    status: 401,\n    error,\n    response: Response.json({ error }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } }),\n  };\n}\n\n/**\n * Authenticates the caller from a bearer token or the session cookie. Call it first in every route\n * handler and server action that reaches data, and return `result.response` (401) when `!result.ok`.\n */\nasync function requireAuth(source: AuthSource): Promise<AuthResult> {\n  const token = readToken(source);\n  if (!token) return unauthorized('Authentication required');\n  const claims = await verifyToken(token);\n  if (!claims || typeof claims.sub !== 'string' || claims.sub === '') return unauthorized('Invalid or expired session');\n  return {\n    ok: true,\n    user: {\n      id: claims.sub,\n      email: typeof claims.email === 'string' ? claims.email : undefined,\n      role: typeof claims.role === 'string' ? claims.role : undefined,\n    },\n  };\n}\n" }] }],
    },
    // A cron route's GET runs a job (schedulers such as Vercel Cron call GET): reported like a write (openstatus' /api/checker/cron/*).
    // The guard checks CRON_SECRET in constant time: a scheduler has no session, a session guard would lock the job out.
    {"code":"import { NextResponse } from 'next/server';\nimport { enqueueChecks } from '@/lib/checker';\n\nexport async function GET(req: Request) {\n  await enqueueChecks({ periodicity: '10m' });\n  return NextResponse.json({ success: true });\n}\n","filename":"app/api/checker/cron/10m/route.ts","errors":[{"messageId":"missingAuth","line":4,"column":23,"suggestions":[{"messageId":"addGuard","output":"import { NextResponse } from 'next/server';\nimport { enqueueChecks } from '@/lib/checker';\nimport { createHash, timingSafeEqual } from 'node:crypto';\n\nexport async function GET(req: Request) {\n  if (!isAuthorizedBearer(req.headers.get('authorization'), process.env.CRON_SECRET)) {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  await enqueueChecks({ periodicity: '10m' });\n  return NextResponse.json({ success: true });\n}\n\n/**\n * Compares two secrets in constant time. Both sides are hashed with SHA-256 first, so the buffers handed\n * to `timingSafeEqual` always have the same length (it throws otherwise) and the comparison does not leak\n * the secret's length either. A missing or empty value never matches: with `===`, an unset env secret and\n * an absent header (`undefined === undefined`) would let the request through.\n */\nfunction safeCompare(a: string | null | undefined, b: string | null | undefined): boolean {\n  if (typeof a !== 'string' || typeof b !== 'string' || a.length === 0 || b.length === 0) return false;\n  const digestA = createHash('sha256').update(a, 'utf8').digest();\n  const digestB = createHash('sha256').update(b, 'utf8').digest();\n  return timingSafeEqual(digestA, digestB);\n}\n\n/** Checks an `Authorization: Bearer <token>` header against the expected secret in constant time. */\nfunction isAuthorizedBearer(authorization: string | null | undefined, secret: string | undefined): boolean {\n  const prefix = 'Bearer ';\n  if (!authorization?.startsWith(prefix)) return false;\n  return safeCompare(authorization.slice(prefix.length), secret);\n}\n"}]}]},
    // An Edge cron route without a request parameter: the async helper, awaited, on next/headers' authorization.
    {"code":"import { prisma } from '@/lib/prisma';\n\nexport const runtime = 'edge';\n\nexport async function POST() {\n  await prisma.session.deleteMany({ where: { expires: { lt: new Date() } } });\n  return Response.json({ ok: true });\n}\n","filename":"app/api/cron/cleanup/route.ts","errors":[{"messageId":"missingAuth","line":5,"column":23,"suggestions":[{"messageId":"addGuard","output":"import { prisma } from '@/lib/prisma';\nimport { headers } from 'next/headers';\n\nexport const runtime = 'edge';\n\nexport async function POST() {\n  if (!(await isAuthorizedBearerAsync((await headers()).get('authorization'), process.env.CRON_SECRET))) {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  await prisma.session.deleteMany({ where: { expires: { lt: new Date() } } });\n  return Response.json({ ok: true });\n}\n\n/**\n * Compares two secrets in constant time with Web Crypto, for code where `node:crypto` does not exist:\n * Next.js middleware (the Edge runtime) and routes with `export const runtime = 'edge'` (it runs in Node\n * 20+ too). Both sides are hashed with SHA-256 first, so the loop always compares two 32-byte digests,\n * visits every byte (no early exit) and leaks neither where the values differ nor the secret's length.\n * A missing or empty value never matches: with `===`, an unset env secret and an absent header\n * (`undefined === undefined`) would let the request through.\n *\n * Web Crypto digests are async, so this returns a promise: always `await` it. Without the `await`,\n * `if (!safeCompareAsync(a, b))` tests a promise, which is always truthy, and the check never fails.\n */\nasync function safeCompareAsync(a: string | null | undefined, b: string | null | undefined): Promise<boolean> {\n  if (typeof a !== 'string' || typeof b !== 'string' || a.length === 0 || b.length === 0) return false;\n  const encoder = new TextEncoder();\n  const [digestA, digestB] = await Promise.all([\n    crypto.subtle.digest('SHA-256', encoder.encode(a)),\n    crypto.subtle.digest('SHA-256', encoder.encode(b)),\n  ]);\n  const bytesA = new Uint8Array(digestA);\n  const bytesB = new Uint8Array(digestB);\n  let diff = 0;\n  for (let i = 0; i < bytesA.length; i++) diff |= bytesA[i]! ^ bytesB[i]!;\n  return diff === 0;\n}\n\n/** Checks an `Authorization: Bearer <token>` header against the expected secret in constant time. */\nasync function isAuthorizedBearerAsync(authorization: string | null | undefined, secret: string | undefined): Promise<boolean> {\n  const prefix = 'Bearer ';\n  if (!authorization?.startsWith(prefix)) return false;\n  return safeCompareAsync(authorization.slice(prefix.length), secret);\n}\n"}]}]},
    // A Pages API cron route: the header from req.headers.
    {"code":"import type { NextApiRequest, NextApiResponse } from 'next';\nimport { prisma } from '@/lib/prisma';\n\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  await prisma.session.deleteMany({ where: { expires: { lt: new Date() } } });\n  res.status(200).json({ ok: true });\n}\n","filename":"pages/api/cron/cleanup.ts","errors":[{"messageId":"missingAuth","line":4,"column":31,"suggestions":[{"messageId":"addGuard","output":"import type { NextApiRequest, NextApiResponse } from 'next';\nimport { prisma } from '@/lib/prisma';\nimport { createHash, timingSafeEqual } from 'node:crypto';\n\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  if (!isAuthorizedBearer(req.headers.authorization, process.env.CRON_SECRET)) {\n    return res.status(401).json({ error: 'Unauthorized' });\n  }\n  await prisma.session.deleteMany({ where: { expires: { lt: new Date() } } });\n  res.status(200).json({ ok: true });\n}\n\n/**\n * Compares two secrets in constant time. Both sides are hashed with SHA-256 first, so the buffers handed\n * to `timingSafeEqual` always have the same length (it throws otherwise) and the comparison does not leak\n * the secret's length either. A missing or empty value never matches: with `===`, an unset env secret and\n * an absent header (`undefined === undefined`) would let the request through.\n */\nfunction safeCompare(a: string | null | undefined, b: string | null | undefined): boolean {\n  if (typeof a !== 'string' || typeof b !== 'string' || a.length === 0 || b.length === 0) return false;\n  const digestA = createHash('sha256').update(a, 'utf8').digest();\n  const digestB = createHash('sha256').update(b, 'utf8').digest();\n  return timingSafeEqual(digestA, digestB);\n}\n\n/** Checks an `Authorization: Bearer <token>` header against the expected secret in constant time. */\nfunction isAuthorizedBearer(authorization: string | null | undefined, secret: string | undefined): boolean {\n  const prefix = 'Bearer ';\n  if (!authorization?.startsWith(prefix)) return false;\n  return safeCompare(authorization.slice(prefix.length), secret);\n}\n"}]}]},
    // openstatus' cron routes: `isAuthorizedDomain(req.url)` (`url.includes(DEFAULT_URL)`) checks where the request says it goes, which any client sets: not an auth check.
    {"code":"import { NextResponse } from 'next/server';\nimport { supabase } from '@/lib/supabase';\nimport { isAuthorizedDomain } from '../_cron';\n\nexport async function POST(req: Request) {\n  if (isAuthorizedDomain(req.url)) {\n    const { id } = await req.json();\n    await supabase.from('projects').delete().eq('id', id);\n  }\n  return NextResponse.json({ ok: true });\n}\n","filename":"app/api/projects/route.ts","errors":[{"messageId":"missingAuth","line":5,"column":23,"suggestions":[{"messageId":"addGuard","output":"import { NextResponse } from 'next/server';\nimport { supabase } from '@/lib/supabase';\nimport { isAuthorizedDomain } from '../_cron';\nimport { createClient } from '@/lib/supabase/server';\n\nexport async function POST(req: Request) {\n  const { data: { user } } = await (await createClient()).auth.getUser();\n  if (!user) {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  if (isAuthorizedDomain(req.url)) {\n    const { id } = await req.json();\n    await supabase.from('projects').delete().eq('id', id);\n  }\n  return NextResponse.json({ ok: true });\n}\n"}]}]},
    // Program text named `code` run in the sandbox (ai-analyst's sandbox route, `sandbox.runCode(code)`) is no capability code handed to
    // a lookup (the gift card's `.eq('code', code)` above still is): the route starts a paid VM for anyone.
    { code: "import Sandbox from '@e2b/code-interpreter';\n\nexport async function POST(req: Request) {\n  const form = await req.formData();\n  const code = form.get('code') as string;\n  const sandbox = await Sandbox.create({ timeoutMs: 60_000 });\n  const { logs } = await sandbox.runCode(code);\n  return Response.json({ logs });\n}\n", filename: 'app/api/sandbox/route.ts', settings: helper, errors: [{ messageId: 'missingAuth', line: 3, column: 23, data: { handler: 'POST handler', what: 'a paid code sandbox (Sandbox.create)', fix: ROUTE_FIX }, suggestions: [{ messageId: 'addGuard', output: "import Sandbox from '@e2b/code-interpreter';\nimport { requireAuth } from '@/lib/require-auth';\n\nexport async function POST(req: Request) {\n  const auth = await requireAuth(req);\n  if (!auth.ok) {\n    return auth.response;\n  }\n  const form = await req.formData();\n  const code = form.get('code') as string;\n  const sandbox = await Sandbox.create({ timeoutMs: 60_000 });\n  const { logs } = await sandbox.runCode(code);\n  return Response.json({ logs });\n}\n" }] }] },
    // A blocked-URL check that throws (open-operator's agent route, `if (isBannedUrl(url)) throw`) rejects the input, it authenticates no one.
    { code: "import { anthropic } from '@ai-sdk/anthropic';\nimport { generateObject } from 'ai';\nimport { z } from 'zod';\n\nconst BANNED = ['internal.example.com'];\nconst isBannedUrl = (url: string) => BANNED.some((b) => url.includes(b));\n\nasync function selectStartingUrl(goal: string) {\n  const result = await generateObject({ model: anthropic('claude-sonnet-4-6'), schema: z.object({ url: z.string() }), prompt: goal });\n  if (isBannedUrl(result.object.url)) {\n    throw new Error(`Selected URL ${result.object.url} is blocked`);\n  }\n  return result.object;\n}\n\nexport async function POST(request: Request) {\n  const { goal } = await request.json();\n  const { url } = await selectStartingUrl(String(goal));\n  return Response.json({ url });\n}\n", filename: 'app/api/agent/route.ts', settings: helper, errors: [{ messageId: 'missingAuth', line: 16, column: 23, data: { handler: 'POST handler', what: 'a paid AI model (generateObject)', fix: ROUTE_FIX }, suggestions: [{ messageId: 'addGuard', output: "import { anthropic } from '@ai-sdk/anthropic';\nimport { generateObject } from 'ai';\nimport { z } from 'zod';\nimport { requireAuth } from '@/lib/require-auth';\n\nconst BANNED = ['internal.example.com'];\nconst isBannedUrl = (url: string) => BANNED.some((b) => url.includes(b));\n\nasync function selectStartingUrl(goal: string) {\n  const result = await generateObject({ model: anthropic('claude-sonnet-4-6'), schema: z.object({ url: z.string() }), prompt: goal });\n  if (isBannedUrl(result.object.url)) {\n    throw new Error(`Selected URL ${result.object.url} is blocked`);\n  }\n  return result.object;\n}\n\nexport async function POST(request: Request) {\n  const auth = await requireAuth(request);\n  if (!auth.ok) {\n    return auth.response;\n  }\n  const { goal } = await request.json();\n  const { url } = await selectStartingUrl(String(goal));\n  return Response.json({ url });\n}\n" }] }] },
    // Twin of the caller's own key: with the app's key as the fallback, anyone spends the app's quota.
    { code: "export const config = { runtime: 'edge' };\n\nexport default async function handler(req: Request): Promise<Response> {\n  const { query, apiKey } = (await req.json()) as { query: string; apiKey: string };\n  const res = await fetch('https://api.openai.com/v1/embeddings', {\n    method: 'POST',\n    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${apiKey || process.env.OPENAI_API_KEY}` },\n    body: JSON.stringify({ model: 'text-embedding-3-small', input: String(query) }),\n    signal: AbortSignal.timeout(10_000),\n  });\n  return new Response(res.body);\n}\n", filename: 'pages/api/search.ts', errors: [{ messageId: 'missingAuth', line: 3, data: { handler: 'This API route', what: 'a paid AI API (fetch)', fix: ROUTE_FIX } }] },
    // Twin of the voice list: the same account read of user-shaped records (the agent's conversations) is still reported.
    { code: "import { ElevenLabsClient } from '@elevenlabs/elevenlabs-js';\n\nexport async function GET() {\n  const client = new ElevenLabsClient({ apiKey: process.env.ELEVENLABS_API_KEY });\n  const res = await client.conversationalAi.conversations.list();\n  return Response.json(res);\n}\n", filename: 'app/api/conversations/route.ts', settings: helper, errors: [{ messageId: 'missingAuth', line: 3, column: 23, data: { handler: 'GET handler', what: 'the AI provider account (client.conversationalAi.conversations.list)', fix: ROUTE_FIX }, suggestions: [{ messageId: 'addGuard', output: "import { ElevenLabsClient } from '@elevenlabs/elevenlabs-js';\nimport { headers } from 'next/headers';\nimport { requireAuth } from '@/lib/require-auth';\n\nexport async function GET() {\n  const auth = await requireAuth(await headers());\n  if (!auth.ok) {\n    return auth.response;\n  }\n  const client = new ElevenLabsClient({ apiKey: process.env.ELEVENLABS_API_KEY });\n  const res = await client.conversationalAi.conversations.list();\n  return Response.json(res);\n}\n" }] }] },
    // An E2B sandbox created for anyone (fragments' sandbox route): a VM billed per second, running the caller's commands.
    {
      code: "import { Sandbox } from '@e2b/code-interpreter';\n\nexport async function POST(req: Request) {\n  const { fragment } = await req.json();\n  const sbx = await Sandbox.create(fragment.template, { timeoutMs: 600_000 });\n  await sbx.commands.run(fragment.install_dependencies_command);\n  return Response.json({ sbxId: sbx.sandboxId });\n}\n",
      filename: 'app/api/sandbox/route.ts',
      settings: helper,
      errors: [{ messageId: 'missingAuth', line: 3, column: 23, data: { handler: 'POST handler', what: 'a paid code sandbox (Sandbox.create)', fix: ROUTE_FIX }, suggestions: [{ messageId: 'addGuard', output: "import { Sandbox } from '@e2b/code-interpreter';\nimport { requireAuth } from '@/lib/require-auth';\n\nexport async function POST(req: Request) {\n  const auth = await requireAuth(req);\n  if (!auth.ok) {\n    return auth.response;\n  }\n  const { fragment } = await req.json();\n  const sbx = await Sandbox.create(fragment.template, { timeoutMs: 600_000 });\n  await sbx.commands.run(fragment.install_dependencies_command);\n  return Response.json({ sbxId: sbx.sandboxId });\n}\n" }] }],
    },
    // dailybread: a POST that calls paid TTS and marks its answer `public, max-age=...`: no CDN serves a POST from cache, so every caller runs it.
    { code: "export async function POST(req: Request) {\n  const { text } = await req.json();\n  const response = await fetch('https://api.openai.com/v1/audio/speech', {\n    method: 'POST',\n    headers: { Authorization: `Bearer ${process.env.OPENAI_API_KEY}`, 'Content-Type': 'application/json' },\n    body: JSON.stringify({ model: 'tts-1', input: text }),\n    signal: AbortSignal.timeout(30_000),\n  });\n  const audio = Buffer.from(await response.arrayBuffer()).toString('base64');\n  return new Response(JSON.stringify({ audio }), {\n    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'public, max-age=31536000' },\n  });\n}\n", filename: 'app/api/tts/route.ts', errors: [{ messageId: 'missingAuth', line: 1, column: 23, suggestions: [{ messageId: 'addGuard', output: "export async function POST(req: Request) {\n  const auth = await requireAuth(req);\n  if (!auth.ok) {\n    return auth.response;\n  }\n  const { text } = await req.json();\n  const response = await fetch('https://api.openai.com/v1/audio/speech', {\n    method: 'POST',\n    headers: { Authorization: `Bearer ${process.env.OPENAI_API_KEY}`, 'Content-Type': 'application/json' },\n    body: JSON.stringify({ model: 'tts-1', input: text }),\n    signal: AbortSignal.timeout(30_000),\n  });\n  const audio = Buffer.from(await response.arrayBuffer()).toString('base64');\n  return new Response(JSON.stringify({ audio }), {\n    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'public, max-age=31536000' },\n  });\n}\n\n/** The authenticated caller. */\ninterface AuthUser {\n  id: string;\n  email?: string;\n  role?: string;\n}\n\ntype AuthResult =\n  | { ok: true; user: AuthUser }\n  | { ok: false; status: 401; error: string; response: Response };\n\n/** Where the token may come from: a Fetch `Request`, `await headers()`, or a Pages API `req`. */\ntype AuthSource = Request | Headers | { headers: Record<string, string | string[] | undefined> };\n\nconst SESSION_COOKIE = 'session';\nconst ISSUER = undefined as string | undefined;\nconst CLOCK_SKEW_SECONDS = 30;\n\nfunction readHeader(source: AuthSource, name: string): string | undefined {\n  if (source instanceof Headers) return source.get(name) ?? undefined;\n  if (source instanceof Request) return source.headers.get(name) ?? undefined;\n  const value = source.headers[name.toLowerCase()];\n  return Array.isArray(value) ? value[0] : value;\n}\n\n/** The bearer token, or the session cookie (httpOnly, set by your sign-in route). */\nfunction readToken(source: AuthSource): string | undefined {\n  const authorization = readHeader(source, 'authorization');\n  if (authorization?.startsWith('Bearer ')) return authorization.slice('Bearer '.length).trim() || undefined;\n  const cookie = readHeader(source, 'cookie');\n  if (!cookie) return undefined;\n  for (const part of cookie.split(';')) {\n    const eq = part.indexOf('=');\n    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) {\n      return decodeURIComponent(part.slice(eq + 1).trim()) || undefined;\n    }\n  }\n  return undefined;\n}\n\nfunction base64UrlToBytes(input: string): Uint8Array<ArrayBuffer> {\n  const base64 = input.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(input.length / 4) * 4, '=');\n  const binary = atob(base64);\n  const bytes = new Uint8Array(binary.length);\n  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);\n  return bytes;\n}\n\nlet keyPromise: Promise<CryptoKey> | undefined;\n\n/** The HMAC key from AUTH_SECRET, imported once per instance. Fails loudly when the secret is missing or weak. */\nfunction getKey(): Promise<CryptoKey> {\n  const secret = process.env.AUTH_SECRET;\n  if (!secret || secret.length < 32) {\n    throw new Error('AUTH_SECRET must be set to at least 32 characters');\n  }\n  keyPromise ??= crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [\n    'verify',\n  ]);\n  return keyPromise;\n}\n\n/** Verifies an HS256 JWT: signature (constant time, by WebCrypto), algorithm, expiry, not-before and issuer. */\nasync function verifyToken(token: string): Promise<Record<string, unknown> | null> {\n  const parts = token.split('.');\n  if (parts.length !== 3) return null;\n  const [header, payload, signature] = parts as [string, string, string];\n  try {\n    const head = JSON.parse(new TextDecoder().decode(base64UrlToBytes(header))) as { alg?: unknown };\n    if (head.alg !== 'HS256') return null;\n    const valid = await crypto.subtle.verify(\n      'HMAC',\n      await getKey(),\n      base64UrlToBytes(signature),\n      new TextEncoder().encode(`${header}.${payload}`),\n    );\n    if (!valid) return null;\n    const claims = JSON.parse(new TextDecoder().decode(base64UrlToBytes(payload))) as Record<string, unknown>;\n    const now = Math.floor(Date.now() / 1000);\n    if (typeof claims.exp !== 'number' || claims.exp + CLOCK_SKEW_SECONDS < now) return null;\n    if (typeof claims.nbf === 'number' && claims.nbf - CLOCK_SKEW_SECONDS > now) return null;\n    if (ISSUER !== undefined && claims.iss !== ISSUER) return null;\n    return claims;\n  } catch {\n    return null;\n  }\n}\n\nfunction unauthorized(error: string): AuthResult {\n  return {\n    ok: false,\n    status: 401,\n    error,\n    response: Response.json({ error }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } }),\n  };\n}\n\n/**\n * Authenticates the caller from a bearer token or the session cookie. Call it first in every route\n * handler and server action that reaches data, and return `result.response` (401) when `!result.ok`.\n */\nasync function requireAuth(source: AuthSource): Promise<AuthResult> {\n  const token = readToken(source);\n  if (!token) return unauthorized('Authentication required');\n  const claims = await verifyToken(token);\n  if (!claims || typeof claims.sub !== 'string' || claims.sub === '') return unauthorized('Invalid or expired session');\n  return {\n    ok: true,\n    user: {\n      id: claims.sub,\n      email: typeof claims.email === 'string' ? claims.email : undefined,\n      role: typeof claims.role === 'string' ? claims.role : undefined,\n    },\n  };\n}\n" }] }] },
    // Twin: the guard's answer thrown away: nothing stops the handler.
    { code: "import { NextResponse, type NextRequest } from 'next/server';\nimport { sendBookingConfirmationEmail } from '@/server/emails/bookings';\nimport { guardTestEndpoint } from '@/server/security/test-endpoints';\n\nexport async function POST(req: NextRequest) {\n  guardTestEndpoint(req);\n  const { email } = await req.json();\n  await sendBookingConfirmationEmail({ to: email });\n  return NextResponse.json({ ok: true });\n}\n", filename: 'src/app/api/test-email/route.ts', errors: [{ messageId: 'missingAuth', line: 5, column: 23, suggestions: [{ messageId: 'addGuard', output: "import { NextResponse, type NextRequest } from 'next/server';\nimport { sendBookingConfirmationEmail } from '@/server/emails/bookings';\nimport { guardTestEndpoint } from '@/server/security/test-endpoints';\n\nexport async function POST(req: NextRequest) {\n  const auth = await requireAuth(req);\n  if (!auth.ok) {\n    return auth.response;\n  }\n  guardTestEndpoint(req);\n  const { email } = await req.json();\n  await sendBookingConfirmationEmail({ to: email });\n  return NextResponse.json({ ok: true });\n}\n\n/** The authenticated caller. */\ninterface AuthUser {\n  id: string;\n  email?: string;\n  role?: string;\n}\n\ntype AuthResult =\n  | { ok: true; user: AuthUser }\n  | { ok: false; status: 401; error: string; response: Response };\n\n/** Where the token may come from: a Fetch `Request`, `await headers()`, or a Pages API `req`. */\ntype AuthSource = Request | Headers | { headers: Record<string, string | string[] | undefined> };\n\nconst SESSION_COOKIE = 'session';\nconst ISSUER = undefined as string | undefined;\nconst CLOCK_SKEW_SECONDS = 30;\n\nfunction readHeader(source: AuthSource, name: string): string | undefined {\n  if (source instanceof Headers) return source.get(name) ?? undefined;\n  if (source instanceof Request) return source.headers.get(name) ?? undefined;\n  const value = source.headers[name.toLowerCase()];\n  return Array.isArray(value) ? value[0] : value;\n}\n\n/** The bearer token, or the session cookie (httpOnly, set by your sign-in route). */\nfunction readToken(source: AuthSource): string | undefined {\n  const authorization = readHeader(source, 'authorization');\n  if (authorization?.startsWith('Bearer ')) return authorization.slice('Bearer '.length).trim() || undefined;\n  const cookie = readHeader(source, 'cookie');\n  if (!cookie) return undefined;\n  for (const part of cookie.split(';')) {\n    const eq = part.indexOf('=');\n    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) {\n      return decodeURIComponent(part.slice(eq + 1).trim()) || undefined;\n    }\n  }\n  return undefined;\n}\n\nfunction base64UrlToBytes(input: string): Uint8Array<ArrayBuffer> {\n  const base64 = input.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(input.length / 4) * 4, '=');\n  const binary = atob(base64);\n  const bytes = new Uint8Array(binary.length);\n  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);\n  return bytes;\n}\n\nlet keyPromise: Promise<CryptoKey> | undefined;\n\n/** The HMAC key from AUTH_SECRET, imported once per instance. Fails loudly when the secret is missing or weak. */\nfunction getKey(): Promise<CryptoKey> {\n  const secret = process.env.AUTH_SECRET;\n  if (!secret || secret.length < 32) {\n    throw new Error('AUTH_SECRET must be set to at least 32 characters');\n  }\n  keyPromise ??= crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [\n    'verify',\n  ]);\n  return keyPromise;\n}\n\n/** Verifies an HS256 JWT: signature (constant time, by WebCrypto), algorithm, expiry, not-before and issuer. */\nasync function verifyToken(token: string): Promise<Record<string, unknown> | null> {\n  const parts = token.split('.');\n  if (parts.length !== 3) return null;\n  const [header, payload, signature] = parts as [string, string, string];\n  try {\n    const head = JSON.parse(new TextDecoder().decode(base64UrlToBytes(header))) as { alg?: unknown };\n    if (head.alg !== 'HS256') return null;\n    const valid = await crypto.subtle.verify(\n      'HMAC',\n      await getKey(),\n      base64UrlToBytes(signature),\n      new TextEncoder().encode(`${header}.${payload}`),\n    );\n    if (!valid) return null;\n    const claims = JSON.parse(new TextDecoder().decode(base64UrlToBytes(payload))) as Record<string, unknown>;\n    const now = Math.floor(Date.now() / 1000);\n    if (typeof claims.exp !== 'number' || claims.exp + CLOCK_SKEW_SECONDS < now) return null;\n    if (typeof claims.nbf === 'number' && claims.nbf - CLOCK_SKEW_SECONDS > now) return null;\n    if (ISSUER !== undefined && claims.iss !== ISSUER) return null;\n    return claims;\n  } catch {\n    return null;\n  }\n}\n\nfunction unauthorized(error: string): AuthResult {\n  return {\n    ok: false,\n    status: 401,\n    error,\n    response: Response.json({ error }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } }),\n  };\n}\n\n/**\n * Authenticates the caller from a bearer token or the session cookie. Call it first in every route\n * handler and server action that reaches data, and return `result.response` (401) when `!result.ok`.\n */\nasync function requireAuth(source: AuthSource): Promise<AuthResult> {\n  const token = readToken(source);\n  if (!token) return unauthorized('Authentication required');\n  const claims = await verifyToken(token);\n  if (!claims || typeof claims.sub !== 'string' || claims.sub === '') return unauthorized('Invalid or expired session');\n  return {\n    ok: true,\n    user: {\n      id: claims.sub,\n      email: typeof claims.email === 'string' ? claims.email : undefined,\n      role: typeof claims.role === 'string' ? claims.role : undefined,\n    },\n  };\n}\n" }] }] },
    // Twin: the same function in an actions module is an action like any other.
    { code: "'use server';\n\nimport { type Metadata } from 'next';\nimport { getScopedI18n } from '@/locales/server';\n\nexport async function generateMetadata(): Promise<Metadata> {\n  const t = await getScopedI18n('metadata');\n  return { title: t('daily.title'), description: t('daily.description') };\n}\n", filename: 'src/app/[locale]/(game)/daily/actions.ts', errors: [{ messageId: 'missingAuth', line: 6, column: 23, suggestions: [{ messageId: 'addGuard', output: "'use server';\n\nimport { type Metadata } from 'next';\nimport { getScopedI18n } from '@/locales/server';\nimport { headers } from 'next/headers';\n\nexport async function generateMetadata(): Promise<Metadata> {\n  const auth = await requireAuth(await headers());\n  if (!auth.ok) {\n    throw new Error(auth.error);\n  }\n  const t = await getScopedI18n('metadata');\n  return { title: t('daily.title'), description: t('daily.description') };\n}\n\n/** The authenticated caller. */\ninterface AuthUser {\n  id: string;\n  email?: string;\n  role?: string;\n}\n\ntype AuthResult =\n  | { ok: true; user: AuthUser }\n  | { ok: false; status: 401; error: string; response: Response };\n\n/** Where the token may come from: a Fetch `Request`, `await headers()`, or a Pages API `req`. */\ntype AuthSource = Request | Headers | { headers: Record<string, string | string[] | undefined> };\n\nconst SESSION_COOKIE = 'session';\nconst ISSUER = undefined as string | undefined;\nconst CLOCK_SKEW_SECONDS = 30;\n\nfunction readHeader(source: AuthSource, name: string): string | undefined {\n  if (source instanceof Headers) return source.get(name) ?? undefined;\n  if (source instanceof Request) return source.headers.get(name) ?? undefined;\n  const value = source.headers[name.toLowerCase()];\n  return Array.isArray(value) ? value[0] : value;\n}\n\n/** The bearer token, or the session cookie (httpOnly, set by your sign-in route). */\nfunction readToken(source: AuthSource): string | undefined {\n  const authorization = readHeader(source, 'authorization');\n  if (authorization?.startsWith('Bearer ')) return authorization.slice('Bearer '.length).trim() || undefined;\n  const cookie = readHeader(source, 'cookie');\n  if (!cookie) return undefined;\n  for (const part of cookie.split(';')) {\n    const eq = part.indexOf('=');\n    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) {\n      return decodeURIComponent(part.slice(eq + 1).trim()) || undefined;\n    }\n  }\n  return undefined;\n}\n\nfunction base64UrlToBytes(input: string): Uint8Array<ArrayBuffer> {\n  const base64 = input.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(input.length / 4) * 4, '=');\n  const binary = atob(base64);\n  const bytes = new Uint8Array(binary.length);\n  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);\n  return bytes;\n}\n\nlet keyPromise: Promise<CryptoKey> | undefined;\n\n/** The HMAC key from AUTH_SECRET, imported once per instance. Fails loudly when the secret is missing or weak. */\nfunction getKey(): Promise<CryptoKey> {\n  const secret = process.env.AUTH_SECRET;\n  if (!secret || secret.length < 32) {\n    throw new Error('AUTH_SECRET must be set to at least 32 characters');\n  }\n  keyPromise ??= crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [\n    'verify',\n  ]);\n  return keyPromise;\n}\n\n/** Verifies an HS256 JWT: signature (constant time, by WebCrypto), algorithm, expiry, not-before and issuer. */\nasync function verifyToken(token: string): Promise<Record<string, unknown> | null> {\n  const parts = token.split('.');\n  if (parts.length !== 3) return null;\n  const [header, payload, signature] = parts as [string, string, string];\n  try {\n    const head = JSON.parse(new TextDecoder().decode(base64UrlToBytes(header))) as { alg?: unknown };\n    if (head.alg !== 'HS256') return null;\n    const valid = await crypto.subtle.verify(\n      'HMAC',\n      await getKey(),\n      base64UrlToBytes(signature),\n      new TextEncoder().encode(`${header}.${payload}`),\n    );\n    if (!valid) return null;\n    const claims = JSON.parse(new TextDecoder().decode(base64UrlToBytes(payload))) as Record<string, unknown>;\n    const now = Math.floor(Date.now() / 1000);\n    if (typeof claims.exp !== 'number' || claims.exp + CLOCK_SKEW_SECONDS < now) return null;\n    if (typeof claims.nbf === 'number' && claims.nbf - CLOCK_SKEW_SECONDS > now) return null;\n    if (ISSUER !== undefined && claims.iss !== ISSUER) return null;\n    return claims;\n  } catch {\n    return null;\n  }\n}\n\nfunction unauthorized(error: string): AuthResult {\n  return {\n    ok: false,\n    status: 401,\n    error,\n    response: Response.json({ error }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } }),\n  };\n}\n\n/**\n * Authenticates the caller from a bearer token or the session cookie. Call it first in every route\n * handler and server action that reaches data, and return `result.response` (401) when `!result.ok`.\n */\nasync function requireAuth(source: AuthSource): Promise<AuthResult> {\n  const token = readToken(source);\n  if (!token) return unauthorized('Authentication required');\n  const claims = await verifyToken(token);\n  if (!claims || typeof claims.sub !== 'string' || claims.sub === '') return unauthorized('Invalid or expired session');\n  return {\n    ok: true,\n    user: {\n      id: claims.sub,\n      email: typeof claims.email === 'string' ? claims.email : undefined,\n      role: typeof claims.role === 'string' ? claims.role : undefined,\n    },\n  };\n}\n" }] }] },
    // Twin: a wrapper that only validates (`validatedAction`), built and called the same way, checks no session.
    { code: "'use server';\nimport { validatedAction } from '@/lib/auth/middleware';\nimport prisma from '@/lib/prisma';\nimport { z } from 'zod';\n\nconst schema = z.object({ url: z.string() });\n\nexport const createPage = async (prevState: State, formData: FormData) => {\n  const result = await validatedAction(schema, async (data) => {\n    await prisma.page.create({ data: { url: data.url, userId: data.userId } });\n    return { ok: true };\n  })(formData);\n  return result;\n};\n", filename: 'src/actions/db/page.ts', errors: [{ messageId: 'missingAuth', line: 8, column: 14, suggestions: [{ messageId: 'addGuard', output: "'use server';\nimport { validatedAction } from '@/lib/auth/middleware';\nimport prisma from '@/lib/prisma';\nimport { z } from 'zod';\nimport { headers } from 'next/headers';\n\nconst schema = z.object({ url: z.string() });\n\nexport const createPage = async (prevState: State, formData: FormData) => {\n  const auth = await requireAuth(await headers());\n  if (!auth.ok) {\n    throw new Error(auth.error);\n  }\n  const result = await validatedAction(schema, async (data) => {\n    await prisma.page.create({ data: { url: data.url, userId: data.userId } });\n    return { ok: true };\n  })(formData);\n  return result;\n};\n\n/** The authenticated caller. */\ninterface AuthUser {\n  id: string;\n  email?: string;\n  role?: string;\n}\n\ntype AuthResult =\n  | { ok: true; user: AuthUser }\n  | { ok: false; status: 401; error: string; response: Response };\n\n/** Where the token may come from: a Fetch `Request`, `await headers()`, or a Pages API `req`. */\ntype AuthSource = Request | Headers | { headers: Record<string, string | string[] | undefined> };\n\nconst SESSION_COOKIE = 'session';\nconst ISSUER = undefined as string | undefined;\nconst CLOCK_SKEW_SECONDS = 30;\n\nfunction readHeader(source: AuthSource, name: string): string | undefined {\n  if (source instanceof Headers) return source.get(name) ?? undefined;\n  if (source instanceof Request) return source.headers.get(name) ?? undefined;\n  const value = source.headers[name.toLowerCase()];\n  return Array.isArray(value) ? value[0] : value;\n}\n\n/** The bearer token, or the session cookie (httpOnly, set by your sign-in route). */\nfunction readToken(source: AuthSource): string | undefined {\n  const authorization = readHeader(source, 'authorization');\n  if (authorization?.startsWith('Bearer ')) return authorization.slice('Bearer '.length).trim() || undefined;\n  const cookie = readHeader(source, 'cookie');\n  if (!cookie) return undefined;\n  for (const part of cookie.split(';')) {\n    const eq = part.indexOf('=');\n    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) {\n      return decodeURIComponent(part.slice(eq + 1).trim()) || undefined;\n    }\n  }\n  return undefined;\n}\n\nfunction base64UrlToBytes(input: string): Uint8Array<ArrayBuffer> {\n  const base64 = input.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(input.length / 4) * 4, '=');\n  const binary = atob(base64);\n  const bytes = new Uint8Array(binary.length);\n  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);\n  return bytes;\n}\n\nlet keyPromise: Promise<CryptoKey> | undefined;\n\n/** The HMAC key from AUTH_SECRET, imported once per instance. Fails loudly when the secret is missing or weak. */\nfunction getKey(): Promise<CryptoKey> {\n  const secret = process.env.AUTH_SECRET;\n  if (!secret || secret.length < 32) {\n    throw new Error('AUTH_SECRET must be set to at least 32 characters');\n  }\n  keyPromise ??= crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [\n    'verify',\n  ]);\n  return keyPromise;\n}\n\n/** Verifies an HS256 JWT: signature (constant time, by WebCrypto), algorithm, expiry, not-before and issuer. */\nasync function verifyToken(token: string): Promise<Record<string, unknown> | null> {\n  const parts = token.split('.');\n  if (parts.length !== 3) return null;\n  const [header, payload, signature] = parts as [string, string, string];\n  try {\n    const head = JSON.parse(new TextDecoder().decode(base64UrlToBytes(header))) as { alg?: unknown };\n    if (head.alg !== 'HS256') return null;\n    const valid = await crypto.subtle.verify(\n      'HMAC',\n      await getKey(),\n      base64UrlToBytes(signature),\n      new TextEncoder().encode(`${header}.${payload}`),\n    );\n    if (!valid) return null;\n    const claims = JSON.parse(new TextDecoder().decode(base64UrlToBytes(payload))) as Record<string, unknown>;\n    const now = Math.floor(Date.now() / 1000);\n    if (typeof claims.exp !== 'number' || claims.exp + CLOCK_SKEW_SECONDS < now) return null;\n    if (typeof claims.nbf === 'number' && claims.nbf - CLOCK_SKEW_SECONDS > now) return null;\n    if (ISSUER !== undefined && claims.iss !== ISSUER) return null;\n    return claims;\n  } catch {\n    return null;\n  }\n}\n\nfunction unauthorized(error: string): AuthResult {\n  return {\n    ok: false,\n    status: 401,\n    error,\n    response: Response.json({ error }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } }),\n  };\n}\n\n/**\n * Authenticates the caller from a bearer token or the session cookie. Call it first in every route\n * handler and server action that reaches data, and return `result.response` (401) when `!result.ok`.\n */\nasync function requireAuth(source: AuthSource): Promise<AuthResult> {\n  const token = readToken(source);\n  if (!token) return unauthorized('Authentication required');\n  const claims = await verifyToken(token);\n  if (!claims || typeof claims.sub !== 'string' || claims.sub === '') return unauthorized('Invalid or expired session');\n  return {\n    ok: true,\n    user: {\n      id: claims.sub,\n      email: typeof claims.email === 'string' ? claims.email : undefined,\n      role: typeof claims.role === 'string' ? claims.role : undefined,\n    },\n  };\n}\n" }] }] },
    // A file that declares its own `requireAuth` (here a role check of another shape) gets no generic guard: it would call that function.
    {"code":"import { prisma } from '@/lib/db';\n\nfunction requireAuth(role: string): boolean {\n  return role === 'owner';\n}\n\nexport async function DELETE(req: Request) {\n  const { id } = await req.json();\n  await prisma.project.delete({ where: { id } });\n  return Response.json({ ok: true });\n}\n\nexport const canDelete = requireAuth;\n","filename":"app/api/projects/route.ts","errors":[{"messageId":"missingAuth","line":7,"column":23,"suggestions":[]}]},
    // A chat session made from the caller's input, with no credential: no sign-in, still reported.
    // badget-app's upload route (Vercel's blob-starter template): `handleUpload` signs an upload to the app's Blob store
    // for anyone, its `onBeforeGenerateToken` checking no one.
    { code: "import { handleUpload, type HandleUploadBody } from '@vercel/blob/client';\nimport { NextResponse } from 'next/server';\nimport { auth } from '@/auth';\n\nexport async function POST(request: Request): Promise<NextResponse> {\n  const body = (await request.json()) as HandleUploadBody;\n  const jsonResponse = await handleUpload({\n    body,\n    request,\n    onBeforeGenerateToken: async () => {\n      return { allowedContentTypes: ['image/png', 'application/pdf'], allowOverwrite: true };\n    },\n    onUploadCompleted: async ({ blob }) => {\n      console.log('blob upload completed', blob);\n    },\n  });\n  return NextResponse.json(jsonResponse);\n}\n", filename: 'src/app/api/upload/route.ts', errors: [{ messageId: 'missingAuth', line: 5, column: 23, data: { handler: 'POST handler', what: 'object storage (handleUpload)', fix: "Check the session inside `onBeforeGenerateToken` and throw when it is missing: a guard in front of `handleUpload` would also turn away Vercel Blob's upload-completed callback." }, suggestions: [] }] },
    // Badget's `export default sendOnboardingEmail`: reported under its own name, not as 'Server action default'.
    { code: "'use server';\nimport { prisma } from '@/lib/db';\nimport { resend } from '@/lib/email';\n\nasync function sendOnboardingEmail(email: string, name: string) {\n  await resend.emails.send({ to: email, subject: 'Welcome', text: `Hi ${name}` });\n  await prisma.user.update({ where: { email }, data: { onboardingEmailSent: true } });\n}\n\nexport default sendOnboardingEmail;\n", filename: 'src/actions/send-onboarding-email.ts', settings: helper, errors: [{ messageId: 'missingAuth', line: 10, column: 1, data: { handler: 'Server action sendOnboardingEmail', what: 'the database (prisma.user.update)', fix: ACTION_FIX }, suggestions: [{ messageId: 'addGuard', output: "'use server';\nimport { prisma } from '@/lib/db';\nimport { resend } from '@/lib/email';\nimport { headers } from 'next/headers';\nimport { requireAuth } from '@/lib/require-auth';\n\nasync function sendOnboardingEmail(email: string, name: string) {\n  const auth = await requireAuth(await headers());\n  if (!auth.ok) {\n    throw new Error(auth.error);\n  }\n  await resend.emails.send({ to: email, subject: 'Welcome', text: `Hi ${name}` });\n  await prisma.user.update({ where: { email }, data: { onboardingEmailSent: true } });\n}\n\nexport default sendOnboardingEmail;\n" }] }] },
    // Twins of ZITADEL's login actions: the same files' actions that send an invite code with the caller's URL template
    // for any user id, or mark MFA skipped for any user id, start no sign-in and make no session: still reported.
    { code: "'use server';\nimport { createInviteCode, startIdentityProviderFlow, startLDAPIdentityProviderFlow } from '@/lib/zitadel';\nimport { redirect } from 'next/navigation';\n\nexport async function redirectToIdp(prevState: unknown, formData: FormData) {\n  const idpId = formData.get('id') as string;\n  const url = await startIdentityProviderFlow({ idpId, urls: { successUrl: '/idp/success', failureUrl: '/idp/failure' } });\n  if (url) redirect(url);\n  return { error: 'Could not start IDP flow' };\n}\n\nexport async function createNewSessionForLDAP(command: { username: string; password: string; idpId: string }) {\n  const response = await startLDAPIdentityProviderFlow({ idpId: command.idpId, username: command.username, password: command.password });\n  if (!response) return { error: 'Could not start LDAP flow' };\n  return { redirect: `/idp/ldap/success?id=${response.idpIntentId}` };\n}\n\nexport async function sendInviteEmailCode(command: { userId: string; urlTemplate: string }) {\n  return createInviteCode({ userId: command.userId, urlTemplate: command.urlTemplate });\n}\n", filename: 'src/lib/server/idp.ts', settings: helper, errors: [{ messageId: 'missingAuth', line: 18, column: 23, data: { handler: 'Server action sendInviteEmailCode', what: 'project data code (createInviteCode)', fix: ACTION_FIX }, suggestions: [{ messageId: 'addGuard', output: "'use server';\nimport { createInviteCode, startIdentityProviderFlow, startLDAPIdentityProviderFlow } from '@/lib/zitadel';\nimport { redirect } from 'next/navigation';\nimport { headers } from 'next/headers';\nimport { requireAuth } from '@/lib/require-auth';\n\nexport async function redirectToIdp(prevState: unknown, formData: FormData) {\n  const idpId = formData.get('id') as string;\n  const url = await startIdentityProviderFlow({ idpId, urls: { successUrl: '/idp/success', failureUrl: '/idp/failure' } });\n  if (url) redirect(url);\n  return { error: 'Could not start IDP flow' };\n}\n\nexport async function createNewSessionForLDAP(command: { username: string; password: string; idpId: string }) {\n  const response = await startLDAPIdentityProviderFlow({ idpId: command.idpId, username: command.username, password: command.password });\n  if (!response) return { error: 'Could not start LDAP flow' };\n  return { redirect: `/idp/ldap/success?id=${response.idpIntentId}` };\n}\n\nexport async function sendInviteEmailCode(command: { userId: string; urlTemplate: string }) {\n  const auth = await requireAuth(await headers());\n  if (!auth.ok) {\n    throw new Error(auth.error);\n  }\n  return createInviteCode({ userId: command.userId, urlTemplate: command.urlTemplate });\n}\n" }] }] },
    { code: "'use server';\nimport { createSessionFromChecks, getSession, humanMFAInitSkipped } from '@/lib/zitadel';\nimport type { Checks } from '@zitadel/proto/zitadel/session/v2/session_service_pb';\n\nexport async function createSessionAndUpdateCookie(command: { checks: Checks; requestId?: string }) {\n  const created = await createSessionFromChecks({ checks: command.checks, lifetime: DEFAULT_LIFETIME });\n  if (!created) throw new Error('Could not create session');\n  return getSession({ sessionId: created.sessionId, sessionToken: created.sessionToken });\n}\n\nexport async function skipMFAAndContinueWithNextUrl({ userId }: { userId: string }) {\n  await humanMFAInitSkipped({ userId });\n  return { redirect: '/signedin' };\n}\n", filename: 'src/lib/server/cookie.ts', settings: helper, errors: [{ messageId: 'missingAuth', line: 11, column: 23, data: { handler: 'Server action skipMFAAndContinueWithNextUrl', what: 'project data code (humanMFAInitSkipped)', fix: ACTION_FIX }, suggestions: [{ messageId: 'addGuard', output: "'use server';\nimport { createSessionFromChecks, getSession, humanMFAInitSkipped } from '@/lib/zitadel';\nimport type { Checks } from '@zitadel/proto/zitadel/session/v2/session_service_pb';\nimport { headers } from 'next/headers';\nimport { requireAuth } from '@/lib/require-auth';\n\nexport async function createSessionAndUpdateCookie(command: { checks: Checks; requestId?: string }) {\n  const created = await createSessionFromChecks({ checks: command.checks, lifetime: DEFAULT_LIFETIME });\n  if (!created) throw new Error('Could not create session');\n  return getSession({ sessionId: created.sessionId, sessionToken: created.sessionToken });\n}\n\nexport async function skipMFAAndContinueWithNextUrl({ userId }: { userId: string }) {\n  const auth = await requireAuth(await headers());\n  if (!auth.ok) {\n    throw new Error(auth.error);\n  }\n  // Act on the signed-in caller's id, not on the one the client sends.\n  userId = auth.user.id;\n  await humanMFAInitSkipped({ userId });\n  return { redirect: '/signedin' };\n}\n" }] }] },
    {"code":"import { handleApiRoute } from '@/lib/api';\n\nexport async function POST(request: Request) {\n  return handleApiRoute({\n    handler: async ({ service }) => {\n      const body = await request.json();\n      return { data: await service.createChatSession({ projectId: body.projectId, title: body.title }), status: 201 };\n    },\n    request,\n  });\n}\n","filename":"app/api/v1/chat/sessions/route.ts","errors":[{"messageId":"missingAuth","line":3,"column":23,"suggestions":[{"messageId":"addGuard","output":"import { handleApiRoute } from '@/lib/api';\n\nexport async function POST(request: Request) {\n  const auth = await requireAuth(request);\n  if (!auth.ok) {\n    return auth.response;\n  }\n  return handleApiRoute({\n    handler: async ({ service }) => {\n      const body = await request.json();\n      return { data: await service.createChatSession({ projectId: body.projectId, title: body.title }), status: 201 };\n    },\n    request,\n  });\n}\n\n/** The authenticated caller. */\ninterface AuthUser {\n  id: string;\n  email?: string;\n  role?: string;\n}\n\ntype AuthResult =\n  | { ok: true; user: AuthUser }\n  | { ok: false; status: 401; error: string; response: Response };\n\n/** Where the token may come from: a Fetch `Request`, `await headers()`, or a Pages API `req`. */\ntype AuthSource = Request | Headers | { headers: Record<string, string | string[] | undefined> };\n\nconst SESSION_COOKIE = 'session';\nconst ISSUER = undefined as string | undefined;\nconst CLOCK_SKEW_SECONDS = 30;\n\nfunction readHeader(source: AuthSource, name: string): string | undefined {\n  if (source instanceof Headers) return source.get(name) ?? undefined;\n  if (source instanceof Request) return source.headers.get(name) ?? undefined;\n  const value = source.headers[name.toLowerCase()];\n  return Array.isArray(value) ? value[0] : value;\n}\n\n/** The bearer token, or the session cookie (httpOnly, set by your sign-in route). */\nfunction readToken(source: AuthSource): string | undefined {\n  const authorization = readHeader(source, 'authorization');\n  if (authorization?.startsWith('Bearer ')) return authorization.slice('Bearer '.length).trim() || undefined;\n  const cookie = readHeader(source, 'cookie');\n  if (!cookie) return undefined;\n  for (const part of cookie.split(';')) {\n    const eq = part.indexOf('=');\n    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) {\n      return decodeURIComponent(part.slice(eq + 1).trim()) || undefined;\n    }\n  }\n  return undefined;\n}\n\nfunction base64UrlToBytes(input: string): Uint8Array<ArrayBuffer> {\n  const base64 = input.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(input.length / 4) * 4, '=');\n  const binary = atob(base64);\n  const bytes = new Uint8Array(binary.length);\n  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);\n  return bytes;\n}\n\nlet keyPromise: Promise<CryptoKey> | undefined;\n\n/** The HMAC key from AUTH_SECRET, imported once per instance. Fails loudly when the secret is missing or weak. */\nfunction getKey(): Promise<CryptoKey> {\n  const secret = process.env.AUTH_SECRET;\n  if (!secret || secret.length < 32) {\n    throw new Error('AUTH_SECRET must be set to at least 32 characters');\n  }\n  keyPromise ??= crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [\n    'verify',\n  ]);\n  return keyPromise;\n}\n\n/** Verifies an HS256 JWT: signature (constant time, by WebCrypto), algorithm, expiry, not-before and issuer. */\nasync function verifyToken(token: string): Promise<Record<string, unknown> | null> {\n  const parts = token.split('.');\n  if (parts.length !== 3) return null;\n  const [header, payload, signature] = parts as [string, string, string];\n  try {\n    const head = JSON.parse(new TextDecoder().decode(base64UrlToBytes(header))) as { alg?: unknown };\n    if (head.alg !== 'HS256') return null;\n    const valid = await crypto.subtle.verify(\n      'HMAC',\n      await getKey(),\n      base64UrlToBytes(signature),\n      new TextEncoder().encode(`${header}.${payload}`),\n    );\n    if (!valid) return null;\n    const claims = JSON.parse(new TextDecoder().decode(base64UrlToBytes(payload))) as Record<string, unknown>;\n    const now = Math.floor(Date.now() / 1000);\n    if (typeof claims.exp !== 'number' || claims.exp + CLOCK_SKEW_SECONDS < now) return null;\n    if (typeof claims.nbf === 'number' && claims.nbf - CLOCK_SKEW_SECONDS > now) return null;\n    if (ISSUER !== undefined && claims.iss !== ISSUER) return null;\n    return claims;\n  } catch {\n    return null;\n  }\n}\n\nfunction unauthorized(error: string): AuthResult {\n  return {\n    ok: false,\n    status: 401,\n    error,\n    response: Response.json({ error }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } }),\n  };\n}\n\n/**\n * Authenticates the caller from a bearer token or the session cookie. Call it first in every route\n * handler and server action that reaches data, and return `result.response` (401) when `!result.ok`.\n */\nasync function requireAuth(source: AuthSource): Promise<AuthResult> {\n  const token = readToken(source);\n  if (!token) return unauthorized('Authentication required');\n  const claims = await verifyToken(token);\n  if (!claims || typeof claims.sub !== 'string' || claims.sub === '') return unauthorized('Invalid or expired session');\n  return {\n    ok: true,\n    user: {\n      id: claims.sub,\n      email: typeof claims.email === 'string' ? claims.email : undefined,\n      role: typeof claims.role === 'string' ? claims.role : undefined,\n    },\n  };\n}\n"}]}]},
    // An MCP client's OAuth flow (`auth(authProvider, ...)` from `@ai-sdk/mcp`) signs this server in to another one: no check of the caller (vercel/ai's mcp-with-auth example).
    {"code":"import { streamText } from 'ai';\nimport { openai } from '@ai-sdk/openai';\nimport { auth, createMCPClient } from '@ai-sdk/mcp';\nimport { authProvider } from '@/lib/mcp-oauth';\n\nexport async function POST(req: Request) {\n  const { messages, serverUrl } = await req.json();\n  await auth(authProvider, { serverUrl: new URL(serverUrl) });\n  const mcp = await createMCPClient({ transport: { type: 'http', url: serverUrl, authProvider } });\n  const result = streamText({ model: openai('gpt-4o'), messages, tools: await mcp.tools() });\n  return result.toUIMessageStreamResponse();\n}\n","filename":"app/api/chat/mcp/route.ts","errors":[{"messageId":"missingAuth","line":6,"column":23,"suggestions":[{"messageId":"addGuard","output":"import { streamText } from 'ai';\nimport { openai } from '@ai-sdk/openai';\nimport { auth, createMCPClient } from '@ai-sdk/mcp';\nimport { authProvider } from '@/lib/mcp-oauth';\n\nexport async function POST(req: Request) {\n  const authResult = await requireAuth(req);\n  if (!authResult.ok) {\n    return authResult.response;\n  }\n  const { messages, serverUrl } = await req.json();\n  await auth(authProvider, { serverUrl: new URL(serverUrl) });\n  const mcp = await createMCPClient({ transport: { type: 'http', url: serverUrl, authProvider } });\n  const result = streamText({ model: openai('gpt-4o'), messages, tools: await mcp.tools() });\n  return result.toUIMessageStreamResponse();\n}\n\n/** The authenticated caller. */\ninterface AuthUser {\n  id: string;\n  email?: string;\n  role?: string;\n}\n\ntype AuthResult =\n  | { ok: true; user: AuthUser }\n  | { ok: false; status: 401; error: string; response: Response };\n\n/** Where the token may come from: a Fetch `Request`, `await headers()`, or a Pages API `req`. */\ntype AuthSource = Request | Headers | { headers: Record<string, string | string[] | undefined> };\n\nconst SESSION_COOKIE = 'session';\nconst ISSUER = undefined as string | undefined;\nconst CLOCK_SKEW_SECONDS = 30;\n\nfunction readHeader(source: AuthSource, name: string): string | undefined {\n  if (source instanceof Headers) return source.get(name) ?? undefined;\n  if (source instanceof Request) return source.headers.get(name) ?? undefined;\n  const value = source.headers[name.toLowerCase()];\n  return Array.isArray(value) ? value[0] : value;\n}\n\n/** The bearer token, or the session cookie (httpOnly, set by your sign-in route). */\nfunction readToken(source: AuthSource): string | undefined {\n  const authorization = readHeader(source, 'authorization');\n  if (authorization?.startsWith('Bearer ')) return authorization.slice('Bearer '.length).trim() || undefined;\n  const cookie = readHeader(source, 'cookie');\n  if (!cookie) return undefined;\n  for (const part of cookie.split(';')) {\n    const eq = part.indexOf('=');\n    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) {\n      return decodeURIComponent(part.slice(eq + 1).trim()) || undefined;\n    }\n  }\n  return undefined;\n}\n\nfunction base64UrlToBytes(input: string): Uint8Array<ArrayBuffer> {\n  const base64 = input.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(input.length / 4) * 4, '=');\n  const binary = atob(base64);\n  const bytes = new Uint8Array(binary.length);\n  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);\n  return bytes;\n}\n\nlet keyPromise: Promise<CryptoKey> | undefined;\n\n/** The HMAC key from AUTH_SECRET, imported once per instance. Fails loudly when the secret is missing or weak. */\nfunction getKey(): Promise<CryptoKey> {\n  const secret = process.env.AUTH_SECRET;\n  if (!secret || secret.length < 32) {\n    throw new Error('AUTH_SECRET must be set to at least 32 characters');\n  }\n  keyPromise ??= crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [\n    'verify',\n  ]);\n  return keyPromise;\n}\n\n/** Verifies an HS256 JWT: signature (constant time, by WebCrypto), algorithm, expiry, not-before and issuer. */\nasync function verifyToken(token: string): Promise<Record<string, unknown> | null> {\n  const parts = token.split('.');\n  if (parts.length !== 3) return null;\n  const [header, payload, signature] = parts as [string, string, string];\n  try {\n    const head = JSON.parse(new TextDecoder().decode(base64UrlToBytes(header))) as { alg?: unknown };\n    if (head.alg !== 'HS256') return null;\n    const valid = await crypto.subtle.verify(\n      'HMAC',\n      await getKey(),\n      base64UrlToBytes(signature),\n      new TextEncoder().encode(`${header}.${payload}`),\n    );\n    if (!valid) return null;\n    const claims = JSON.parse(new TextDecoder().decode(base64UrlToBytes(payload))) as Record<string, unknown>;\n    const now = Math.floor(Date.now() / 1000);\n    if (typeof claims.exp !== 'number' || claims.exp + CLOCK_SKEW_SECONDS < now) return null;\n    if (typeof claims.nbf === 'number' && claims.nbf - CLOCK_SKEW_SECONDS > now) return null;\n    if (ISSUER !== undefined && claims.iss !== ISSUER) return null;\n    return claims;\n  } catch {\n    return null;\n  }\n}\n\nfunction unauthorized(error: string): AuthResult {\n  return {\n    ok: false,\n    status: 401,\n    error,\n    response: Response.json({ error }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } }),\n  };\n}\n\n/**\n * Authenticates the caller from a bearer token or the session cookie. Call it first in every route\n * handler and server action that reaches data, and return `result.response` (401) when `!result.ok`.\n */\nasync function requireAuth(source: AuthSource): Promise<AuthResult> {\n  const token = readToken(source);\n  if (!token) return unauthorized('Authentication required');\n  const claims = await verifyToken(token);\n  if (!claims || typeof claims.sub !== 'string' || claims.sub === '') return unauthorized('Invalid or expired session');\n  return {\n    ok: true,\n    user: {\n      id: claims.sub,\n      email: typeof claims.email === 'string' ? claims.email : undefined,\n      role: typeof claims.role === 'string' ? claims.role : undefined,\n    },\n  };\n}\n"}]}]},
    // A user's interests (plural, a profile setting keyed by the id the body sends) are no such form.
    {
      code: "import { NextResponse } from 'next/server';\nimport { getSupabaseAdmin } from '@/lib/supabaseAdmin';\n\nexport async function POST(req: Request) {\n  const { userId, topics } = await req.json();\n  const supabase = getSupabaseAdmin();\n  await supabase.from('user_interests').upsert({ user_id: userId, topics });\n  return NextResponse.json({ ok: true });\n}\n",
      filename: 'app/api/users/interests/route.ts',
      errors: [{ messageId: 'missingAuth', line: 4, column: 23, suggestions: [{ messageId: 'addGuard', output: "import { NextResponse } from 'next/server';\nimport { getSupabaseAdmin } from '@/lib/supabaseAdmin';\nimport { createClient } from '@/lib/supabase/server';\n\nexport async function POST(req: Request) {\n  const { data: { user } } = await (await createClient()).auth.getUser();\n  if (!user) {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  const { userId, topics } = await req.json();\n  const supabase = getSupabaseAdmin();\n  await supabase.from('user_interests').upsert({ user_id: userId, topics });\n  return NextResponse.json({ ok: true });\n}\n" }] }],
    },
    // Twins: on the same availability path, a booking read that names who booked (`include: { customer: true }`) is
    // still reported.
    {
      code: "import { NextResponse } from 'next/server';\nimport { prisma } from '@/lib/prisma';\n\nexport async function GET(request: Request) {\n  const date = new URL(request.url).searchParams.get('date');\n  const bookings = await prisma.booking.findMany({ where: { bookingDate: new Date(date!) }, include: { customer: true } });\n  return NextResponse.json({ bookings });\n}\n",
      filename: 'src/app/api/booking/slots/route.ts',
      settings: helper,
      errors: [{ messageId: 'missingAuth', line: 4, column: 23, suggestions: [{ messageId: 'addGuard', output: "import { NextResponse } from 'next/server';\nimport { prisma } from '@/lib/prisma';\nimport { requireAuth } from '@/lib/require-auth';\n\nexport async function GET(request: Request) {\n  const auth = await requireAuth(request);\n  if (!auth.ok) {\n    return auth.response;\n  }\n  const date = new URL(request.url).searchParams.get('date');\n  const bookings = await prisma.booking.findMany({ where: { bookingDate: new Date(date!) }, include: { customer: true } });\n  return NextResponse.json({ bookings });\n}\n" }] }],
    },
    // Twin: the same write on the promotion's own route (not a click counter) is still checked.
    {
      code: "import { NextResponse } from 'next/server';\nimport { db } from '@/lib/supabase/database';\n\nexport async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {\n  const { id } = await params;\n  await db.updateOne('promotions', { id }, { $inc: { clicks: 1 } });\n  return NextResponse.json({ success: true });\n}\n",
      filename: 'app/api/promotions/[id]/route.ts',
      errors: [{ messageId: 'missingAuth', line: 4, column: 23, suggestions: [{ messageId: 'addGuard', output: "import { NextResponse } from 'next/server';\nimport { db } from '@/lib/supabase/database';\nimport { createClient } from '@/lib/supabase/server';\n\nexport async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {\n  const { data: { user } } = await (await createClient()).auth.getUser();\n  if (!user) {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  const { id } = await params;\n  await db.updateOne('promotions', { id }, { $inc: { clicks: 1 } });\n  return NextResponse.json({ success: true });\n}\n" }] }],
    },
    // Twin: a user's settings (`user_settings`) read the same way are still someone's records.
    {
      code: "import { NextResponse } from 'next/server';\nimport { getSupabaseAdmin } from '@/lib/supabase/client';\n\nconst THEME_KEY = 'theme';\n\nexport async function GET() {\n  const supabase = getSupabaseAdmin();\n  const { data, error } = await supabase.from('user_settings').select('value').eq('key', THEME_KEY).maybeSingle();\n  if (error) return NextResponse.json({ error: 'Failed to load theme' }, { status: 500 });\n  return NextResponse.json(data?.value ?? null);\n}\n",
      filename: 'app/api/settings/route.ts',
      errors: [{ messageId: 'missingAuth', line: 6, column: 23, suggestions: [{ messageId: 'addGuard', output: "import { NextResponse } from 'next/server';\nimport { getSupabaseAdmin } from '@/lib/supabase/client';\nimport { createClient } from '@/lib/supabase/server';\n\nconst THEME_KEY = 'theme';\n\nexport async function GET() {\n  const { data: { user } } = await (await createClient()).auth.getUser();\n  if (!user) {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  const supabase = getSupabaseAdmin();\n  const { data, error } = await supabase.from('user_settings').select('value').eq('key', THEME_KEY).maybeSingle();\n  if (error) return NextResponse.json({ error: 'Failed to load theme' }, { status: 500 });\n  return NextResponse.json(data?.value ?? null);\n}\n" }] }],
    },
    // A shopping cart's items (`cart_items`) are still someone's records.
    {
      code: "import { NextRequest } from 'next/server';\nimport { createSupabaseServerClient } from '@/lib/supabase/server';\n\nexport async function GET(request: NextRequest) {\n  const supabase = await createSupabaseServerClient();\n  const category = request.nextUrl.searchParams.get('category');\n  let query = supabase.from('cart_items').select('*').eq('is_active', true).order('name');\n  if (category) query = query.eq('category', category);\n  const { data } = await query;\n  return Response.json({ items: data });\n}\n",
      filename: 'src/app/api/cart/items/route.ts',
      errors: [{ messageId: 'missingAuth', line: 4, column: 23, suggestions: [{ messageId: 'addGuard', output: "import { NextRequest } from 'next/server';\nimport { createSupabaseServerClient } from '@/lib/supabase/server';\n\nexport async function GET(request: NextRequest) {\n  const { data: { user } } = await (await createSupabaseServerClient()).auth.getUser();\n  if (!user) {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  const supabase = await createSupabaseServerClient();\n  const category = request.nextUrl.searchParams.get('category');\n  let query = supabase.from('cart_items').select('*').eq('is_active', true).order('name');\n  if (category) query = query.eq('category', category);\n  const { data } = await query;\n  return Response.json({ items: data });\n}\n" }] }],
    },
    // A person's activity history, named for the activity (search_history), is still user data.
    {
      code: "import { NextResponse } from 'next/server';\nimport { supabase } from '@/lib/supabase';\n\nexport async function GET(request: Request, { params }: { params: Promise<{ date: string }> }) {\n  const { date } = await params;\n  if (!/^\\d{4}-\\d{2}-\\d{2}$/.test(date)) return NextResponse.json({ error: 'Invalid date' }, { status: 400 });\n  const { data } = await supabase\n    .from('search_history')\n    .select('query, created_at')\n    .gte('snapshot_timestamp', `${date}T00:00:00.000Z`)\n    .lte('snapshot_timestamp', `${date}T23:59:59.999Z`);\n  return NextResponse.json({ courts: data ?? [] });\n}\n",
      filename: 'app/api/availability/[date]/route.ts',
      errors: [{ messageId: 'missingAuth', line: 4, column: 23, suggestions: [{ messageId: 'addGuard', output: "import { NextResponse } from 'next/server';\nimport { supabase } from '@/lib/supabase';\nimport { createClient } from '@/lib/supabase/server';\n\nexport async function GET(request: Request, { params }: { params: Promise<{ date: string }> }) {\n  const { data: { user } } = await (await createClient()).auth.getUser();\n  if (!user) {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  const { date } = await params;\n  if (!/^\\d{4}-\\d{2}-\\d{2}$/.test(date)) return NextResponse.json({ error: 'Invalid date' }, { status: 400 });\n  const { data } = await supabase\n    .from('search_history')\n    .select('query, created_at')\n    .gte('snapshot_timestamp', `${date}T00:00:00.000Z`)\n    .lte('snapshot_timestamp', `${date}T23:59:59.999Z`);\n  return NextResponse.json({ courts: data ?? [] });\n}\n" }] }],
    },
    // What the repository it makes writes is still reported, named by the call that writes.
    {
      code: "'use server';\n\nimport { createCreditsRepository } from '@/data/repositories/credits.repository';\nimport { createServiceRoleClient } from '@/utils/supabase/admin';\n\nexport const updateUserCreditsByAdmin = async (userId: string, credits: number) => {\n  const supabaseAdmin = createServiceRoleClient();\n  const creditsRepository = await createCreditsRepository();\n  const { error } = await creditsRepository.updateUserCredits(supabaseAdmin, userId, { credits });\n  if (error) throw new Error('Error updating user credits');\n};\n",
      filename: 'data/services/credits.service.ts',
      errors: [{ messageId: 'missingAuth', line: 6, column: 14, data: { handler: 'Server action updateUserCreditsByAdmin', what: 'the database (creditsRepository.updateUserCredits)', fix: ACTION_FIX }, suggestions: [{ messageId: 'addGuard', output: "'use server';\n\nimport { createCreditsRepository } from '@/data/repositories/credits.repository';\nimport { createServiceRoleClient } from '@/utils/supabase/admin';\nimport { createClient } from '@/lib/supabase/server';\n\nexport const updateUserCreditsByAdmin = async (userId: string, credits: number) => {\n  const { data: { user: authUser } } = await (await createClient()).auth.getUser();\n  if (!authUser) {\n    throw new Error('Unauthorized');\n  }\n  // Act on the signed-in caller's id, not on the one the client sends.\n  userId = authUser.id;\n  const supabaseAdmin = createServiceRoleClient();\n  const creditsRepository = await createCreditsRepository();\n  const { error } = await creditsRepository.updateUserCredits(supabaseAdmin, userId, { credits });\n  if (error) throw new Error('Error updating user credits');\n};\n" }] }],
    },
    // A `retrieve*` action reading a customer by the email its caller passes is still reported.
    {
      code: "'use server';\n\nimport { createStripeRepository } from '@/data/repositories/stripe.repository';\nimport { stripe } from '@/utils/stripe/config';\n\nexport const retrieveCustomerFromStripeByEmail = async (email: string) => {\n  const stripeRepository = await createStripeRepository();\n  return stripeRepository.retrieveCustomerFromStripeByEmail(stripe, email);\n};\n",
      filename: 'data/services/stripe.service.ts',
      settings: helper,
      errors: [{ messageId: 'missingAuth', line: 6, column: 14, data: { handler: 'Server action retrieveCustomerFromStripeByEmail', what: 'Stripe (stripeRepository.retrieveCustomerFromStripeBy...)', fix: ACTION_FIX }, suggestions: [{ messageId: 'addGuard', output: "'use server';\n\nimport { createStripeRepository } from '@/data/repositories/stripe.repository';\nimport { stripe } from '@/utils/stripe/config';\nimport { headers } from 'next/headers';\nimport { requireAuth } from '@/lib/require-auth';\n\nexport const retrieveCustomerFromStripeByEmail = async (email: string) => {\n  const auth = await requireAuth(await headers());\n  if (!auth.ok) {\n    throw new Error(auth.error);\n  }\n  const stripeRepository = await createStripeRepository();\n  return stripeRepository.retrieveCustomerFromStripeByEmail(stripe, email);\n};\n" }] }],
    },
    // Twin of refillHearts: the same getter handed the user id the client sends reads anyone's record: reported.
    {
      code: "'use server';\nimport { eq } from 'drizzle-orm';\nimport db from '@/db/drizzle';\nimport { getUserProgress } from '@/db/queries';\nimport { userProgress } from '@/db/schema';\n\nexport const refillHearts = async (userId: string) => {\n  const currentUserProgress = await getUserProgress(userId);\n  if (!currentUserProgress) {\n    throw new Error('User progress not found');\n  }\n  await db.update(userProgress).set({ hearts: 5, points: currentUserProgress.points - 10 }).where(eq(userProgress.userId, currentUserProgress.userId));\n};\n",
      filename: FILES.action,
      settings: helper,
      errors: [{ messageId: 'missingAuth', line: 7, column: 14, suggestions: [{ messageId: 'addGuard', output: "'use server';\nimport { eq } from 'drizzle-orm';\nimport db from '@/db/drizzle';\nimport { getUserProgress } from '@/db/queries';\nimport { userProgress } from '@/db/schema';\nimport { headers } from 'next/headers';\nimport { requireAuth } from '@/lib/require-auth';\n\nexport const refillHearts = async (userId: string) => {\n  const auth = await requireAuth(await headers());\n  if (!auth.ok) {\n    throw new Error(auth.error);\n  }\n  // Act on the signed-in caller's id, not on the one the client sends.\n  userId = auth.user.id;\n  const currentUserProgress = await getUserProgress(userId);\n  if (!currentUserProgress) {\n    throw new Error('User progress not found');\n  }\n  await db.update(userProgress).set({ hearts: 5, points: currentUserProgress.points - 10 }).where(eq(userProgress.userId, currentUserProgress.userId));\n};\n" }] }],
    },
    // Twin: an argumentless getter not named for the user's own record (the site's settings) is no session check.
    {
      code: "'use server';\nimport db from '@/db/drizzle';\nimport { getSiteSettings } from '@/db/queries';\nimport { settings } from '@/db/schema';\n\nexport const resetBanner = async () => {\n  const current = await getSiteSettings();\n  if (!current) {\n    throw new Error('Settings not found');\n  }\n  await db.update(settings).set({ banner: null });\n};\n",
      filename: FILES.action,
      settings: helper,
      errors: [{ messageId: 'missingAuth', line: 6, column: 14, suggestions: [{ messageId: 'addGuard', output: "'use server';\nimport db from '@/db/drizzle';\nimport { getSiteSettings } from '@/db/queries';\nimport { settings } from '@/db/schema';\nimport { headers } from 'next/headers';\nimport { requireAuth } from '@/lib/require-auth';\n\nexport const resetBanner = async () => {\n  const auth = await requireAuth(await headers());\n  if (!auth.ok) {\n    throw new Error(auth.error);\n  }\n  const current = await getSiteSettings();\n  if (!current) {\n    throw new Error('Settings not found');\n  }\n  await db.update(settings).set({ banner: null });\n};\n" }] }],
    },
    // The same check in a Pages API route on `const { userId } = req.query` (twitter-clone's notifications route, which
    // then clears that user's flag): a query parameter, not a session.
    {
      code: "import type { NextApiRequest, NextApiResponse } from 'next';\nimport prisma from '@/libs/prismadb';\n\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  const { userId } = req.query;\n  if (!userId || typeof userId !== 'string') {\n    throw new Error('Invalid ID');\n  }\n  await prisma.user.update({ where: { id: userId }, data: { hasNotification: false } });\n  return res.status(200).end();\n}\n",
      filename: 'pages/api/notifications/[userId].ts',
      settings: helper,
      errors: [{ messageId: 'missingAuth', line: 4, column: 31, suggestions: [{ messageId: 'addGuard', output: "import type { NextApiRequest, NextApiResponse } from 'next';\nimport prisma from '@/libs/prismadb';\nimport { requireAuth } from '@/lib/require-auth';\n\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  const auth = await requireAuth(req);\n  if (!auth.ok) {\n    return res.status(auth.status).json({ error: auth.error });\n  }\n  const { userId } = req.query;\n  if (!userId || typeof userId !== 'string') {\n    throw new Error('Invalid ID');\n  }\n  await prisma.user.update({ where: { id: userId }, data: { hasNotification: false } });\n  return res.status(200).end();\n}\n" }] }],
    },
    // `if (!userId) return 400` on a query parameter (an AI story app's credits route) checks what the caller sends,
    // not a session, like the same check on a body field: anyone reads any user's credits.
    {
      code: "import { NextRequest, NextResponse } from 'next/server';\nimport { createClient } from '@supabase/supabase-js';\n\nconst supabaseAdmin = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!);\n\nexport async function GET(request: NextRequest) {\n  const userId = request.nextUrl.searchParams.get('userId');\n  if (!userId) {\n    return NextResponse.json({ credits: 0 }, { status: 400 });\n  }\n  const { data } = await supabaseAdmin.from('user_generations').select('credits, count').eq('user_id', userId).single();\n  return NextResponse.json({ credits: data?.credits ?? 0 });\n}\n",
      filename: 'app/api/user/credits/route.ts',
      settings: helper,
      errors: [{ messageId: 'missingAuth', line: 6, column: 23, suggestions: [{ messageId: 'addGuard', output: "import { NextRequest, NextResponse } from 'next/server';\nimport { createClient } from '@supabase/supabase-js';\nimport { createClient as createServerSupabase } from '@/lib/supabase/server';\n\nconst supabaseAdmin = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!);\n\nexport async function GET(request: NextRequest) {\n  const { data: { user } } = await (await createServerSupabase()).auth.getUser();\n  if (!user) {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  const userId = request.nextUrl.searchParams.get('userId');\n  if (!userId) {\n    return NextResponse.json({ credits: 0 }, { status: 400 });\n  }\n  const { data } = await supabaseAdmin.from('user_generations').select('credits, count').eq('user_id', userId).single();\n  return NextResponse.json({ credits: data?.credits ?? 0 });\n}\n" }] }],
    },
    // Supabase Storage's bucket admin calls (an expense tracker's bucket-setup routes): `{ public: true }` in
    // `createBucket`'s options is the bucket's visibility, not the route declaring itself public, and
    // `createBucket` writes, also in a GET.
    {
      code: "import { NextResponse } from 'next/server';\nimport { getSupabaseClient } from '@/lib/supabase';\n\nexport async function POST(request: Request) {\n  const supabase = getSupabaseClient();\n  const { bucketName = 'receipts' } = await request.json();\n  const { error } = await supabase.storage.createBucket(bucketName, { public: true, fileSizeLimit: 3000000 });\n  return NextResponse.json({ ok: !error });\n}\n",
      filename: 'app/api/storage/bucket/route.ts',
      errors: [{ messageId: 'missingAuth', line: 4, column: 23, suggestions: [{ messageId: 'addGuard', output: "import { NextResponse } from 'next/server';\nimport { getSupabaseClient } from '@/lib/supabase';\n\nexport async function POST(request: Request) {\n  const { data: { user } } = await (await getSupabaseClient()).auth.getUser();\n  if (!user) {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  const supabase = getSupabaseClient();\n  const { bucketName = 'receipts' } = await request.json();\n  const { error } = await supabase.storage.createBucket(bucketName, { public: true, fileSizeLimit: 3000000 });\n  return NextResponse.json({ ok: !error });\n}\n" }] }],
    },
    {
      code: "import { NextResponse } from 'next/server';\nimport { getSupabaseClient } from '@/lib/supabase';\n\nexport async function GET() {\n  const supabase = getSupabaseClient();\n  const { error } = await supabase.storage.createBucket('receipts');\n  return NextResponse.json({ ok: !error });\n}\n",
      filename: 'app/api/test-storage/route.ts',
      errors: [{ messageId: 'missingAuth', line: 4, column: 23, suggestions: [{ messageId: 'addGuard', output: "import { NextResponse } from 'next/server';\nimport { getSupabaseClient } from '@/lib/supabase';\n\nexport async function GET() {\n  const { data: { user } } = await (await getSupabaseClient()).auth.getUser();\n  if (!user) {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  const supabase = getSupabaseClient();\n  const { error } = await supabase.storage.createBucket('receipts');\n  return NextResponse.json({ ok: !error });\n}\n" }] }],
    },
    // A recovery action that is no request for an email (recovery codes of the account the client names) is checked.
    // The guard reads the session through the app's server client, not the service-role client the file imports
    // (a service-role client's auth.getUser() knows no caller).
    // Twin: an action named `reset` that resets the account's data instead of mailing a link: still reported.
    {
      code: "'use server';\nimport { getUserByEmail, resetUserProgress } from '@/data/user';\n\nexport const reset = async (values: { email: string }) => {\n  const existingUser = await getUserByEmail(values.email);\n  if (!existingUser) return { error: 'Email not found!' };\n  await resetUserProgress(existingUser.id);\n  return { success: 'Progress reset!' };\n};\n",
      filename: FILES.action,
      settings: helper,
      errors: [{ messageId: 'missingAuth', line: 4, column: 14, suggestions: [{ messageId: 'addGuard', output: "'use server';\nimport { getUserByEmail, resetUserProgress } from '@/data/user';\nimport { headers } from 'next/headers';\nimport { requireAuth } from '@/lib/require-auth';\n\nexport const reset = async (values: { email: string }) => {\n  const auth = await requireAuth(await headers());\n  if (!auth.ok) {\n    throw new Error(auth.error);\n  }\n  const existingUser = await getUserByEmail(values.email);\n  if (!existingUser) return { error: 'Email not found!' };\n  await resetUserProgress(existingUser.id);\n  return { success: 'Progress reset!' };\n};\n" }] }],
    },
    {
      code: "'use server';\nimport { createAdminClient } from '@/lib/supabase/admin';\n\nexport async function regenerateRecoveryCodes(userId: string) {\n  const admin = createAdminClient();\n  await admin.from('recovery_codes').delete().eq('user_id', userId);\n  return { ok: true };\n}\n",
      filename: FILES.action,
      errors: [{ messageId: 'missingAuth', line: 4, column: 23, suggestions: [{ messageId: 'addGuard', output: "'use server';\nimport { createAdminClient } from '@/lib/supabase/admin';\nimport { createClient } from '@/lib/supabase/server';\n\nexport async function regenerateRecoveryCodes(userId: string) {\n  const { data: { user } } = await (await createClient()).auth.getUser();\n  if (!user) {\n    throw new Error('Unauthorized');\n  }\n  // Act on the signed-in caller's id, not on the one the client sends.\n  userId = user.id;\n  const admin = createAdminClient();\n  await admin.from('recovery_codes').delete().eq('user_id', userId);\n  return { ok: true };\n}\n" }] }],
    },
    // Next to it, the same app's /api/create-subscriber writes a subscriber for whatever id the body names.
    {
      code: "import { createClient } from '@supabase/supabase-js';\nconst supabase = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!);\nexport async function POST(req: Request) {\n  const { userId, email, plan } = await req.json();\n  const { error } = await supabase.from('subscribers').upsert({ id: userId, email, plan }, { onConflict: 'email' });\n  if (error) return Response.json({ error: 'Failed' }, { status: 500 });\n  return Response.json({ success: true });\n}\n",
      filename: 'app/api/create-subscriber/route.ts',
      errors: [{ messageId: 'missingAuth', line: 3, column: 23, suggestions: [{ messageId: 'addGuard', output: "import { createClient } from '@supabase/supabase-js';\nimport { createClient as createServerSupabase } from '@/lib/supabase/server';\nconst supabase = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!);\nexport async function POST(req: Request) {\n  const { data: { user } } = await (await createServerSupabase()).auth.getUser();\n  if (!user) {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  const { userId, email, plan } = await req.json();\n  const { error } = await supabase.from('subscribers').upsert({ id: userId, email, plan }, { onConflict: 'email' });\n  if (error) return Response.json({ error: 'Failed' }, { status: 500 });\n  return Response.json({ success: true });\n}\n" }] }],
    },
    // Twin of unkey's cookie actions: a cookie helper handed a user id may sign a session for that user.
    {
      code: "\"use server\";\n\nimport { setSessionCookie as setSessionCookieInternal } from \"./cookies\";\n\nexport async function setSessionCookie(userId: string): Promise<void> {\n  await setSessionCookieInternal({ userId });\n}\n",
      filename: 'lib/auth/cookies-actions.ts',
      errors: [{ messageId: 'missingAuth', line: 5, column: 23, suggestions: [{ messageId: 'addGuard', output: "\"use server\";\n\nimport { setSessionCookie as setSessionCookieInternal } from \"./cookies\";\nimport { headers } from 'next/headers';\n\nexport async function setSessionCookie(userId: string): Promise<void> {\n  const auth = await requireAuth(await headers());\n  if (!auth.ok) {\n    throw new Error(auth.error);\n  }\n  // Act on the signed-in caller's id, not on the one the client sends.\n  userId = auth.user.id;\n  await setSessionCookieInternal({ userId });\n}\n\n/** The authenticated caller. */\ninterface AuthUser {\n  id: string;\n  email?: string;\n  role?: string;\n}\n\ntype AuthResult =\n  | { ok: true; user: AuthUser }\n  | { ok: false; status: 401; error: string; response: Response };\n\n/** Where the token may come from: a Fetch `Request`, `await headers()`, or a Pages API `req`. */\ntype AuthSource = Request | Headers | { headers: Record<string, string | string[] | undefined> };\n\nconst SESSION_COOKIE = 'session';\nconst ISSUER = undefined as string | undefined;\nconst CLOCK_SKEW_SECONDS = 30;\n\nfunction readHeader(source: AuthSource, name: string): string | undefined {\n  if (source instanceof Headers) return source.get(name) ?? undefined;\n  if (source instanceof Request) return source.headers.get(name) ?? undefined;\n  const value = source.headers[name.toLowerCase()];\n  return Array.isArray(value) ? value[0] : value;\n}\n\n/** The bearer token, or the session cookie (httpOnly, set by your sign-in route). */\nfunction readToken(source: AuthSource): string | undefined {\n  const authorization = readHeader(source, 'authorization');\n  if (authorization?.startsWith('Bearer ')) return authorization.slice('Bearer '.length).trim() || undefined;\n  const cookie = readHeader(source, 'cookie');\n  if (!cookie) return undefined;\n  for (const part of cookie.split(';')) {\n    const eq = part.indexOf('=');\n    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) {\n      return decodeURIComponent(part.slice(eq + 1).trim()) || undefined;\n    }\n  }\n  return undefined;\n}\n\nfunction base64UrlToBytes(input: string): Uint8Array<ArrayBuffer> {\n  const base64 = input.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(input.length / 4) * 4, '=');\n  const binary = atob(base64);\n  const bytes = new Uint8Array(binary.length);\n  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);\n  return bytes;\n}\n\nlet keyPromise: Promise<CryptoKey> | undefined;\n\n/** The HMAC key from AUTH_SECRET, imported once per instance. Fails loudly when the secret is missing or weak. */\nfunction getKey(): Promise<CryptoKey> {\n  const secret = process.env.AUTH_SECRET;\n  if (!secret || secret.length < 32) {\n    throw new Error('AUTH_SECRET must be set to at least 32 characters');\n  }\n  keyPromise ??= crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [\n    'verify',\n  ]);\n  return keyPromise;\n}\n\n/** Verifies an HS256 JWT: signature (constant time, by WebCrypto), algorithm, expiry, not-before and issuer. */\nasync function verifyToken(token: string): Promise<Record<string, unknown> | null> {\n  const parts = token.split('.');\n  if (parts.length !== 3) return null;\n  const [header, payload, signature] = parts as [string, string, string];\n  try {\n    const head = JSON.parse(new TextDecoder().decode(base64UrlToBytes(header))) as { alg?: unknown };\n    if (head.alg !== 'HS256') return null;\n    const valid = await crypto.subtle.verify(\n      'HMAC',\n      await getKey(),\n      base64UrlToBytes(signature),\n      new TextEncoder().encode(`${header}.${payload}`),\n    );\n    if (!valid) return null;\n    const claims = JSON.parse(new TextDecoder().decode(base64UrlToBytes(payload))) as Record<string, unknown>;\n    const now = Math.floor(Date.now() / 1000);\n    if (typeof claims.exp !== 'number' || claims.exp + CLOCK_SKEW_SECONDS < now) return null;\n    if (typeof claims.nbf === 'number' && claims.nbf - CLOCK_SKEW_SECONDS > now) return null;\n    if (ISSUER !== undefined && claims.iss !== ISSUER) return null;\n    return claims;\n  } catch {\n    return null;\n  }\n}\n\nfunction unauthorized(error: string): AuthResult {\n  return {\n    ok: false,\n    status: 401,\n    error,\n    response: Response.json({ error }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } }),\n  };\n}\n\n/**\n * Authenticates the caller from a bearer token or the session cookie. Call it first in every route\n * handler and server action that reaches data, and return `result.response` (401) when `!result.ok`.\n */\nasync function requireAuth(source: AuthSource): Promise<AuthResult> {\n  const token = readToken(source);\n  if (!token) return unauthorized('Authentication required');\n  const claims = await verifyToken(token);\n  if (!claims || typeof claims.sub !== 'string' || claims.sub === '') return unauthorized('Invalid or expired session');\n  return {\n    ok: true,\n    user: {\n      id: claims.sub,\n      email: typeof claims.email === 'string' ? claims.email : undefined,\n      role: typeof claims.role === 'string' ? claims.role : undefined,\n    },\n  };\n}\n" }] }],
    },
    // The same wrapper whose callback receives no identity (a public operation, or one the wrapper does not authenticate): still reported.
    {"code":"import { handleApiRoute } from '@/lib/api';\n\nexport async function POST(request: Request) {\n  return handleApiRoute({\n    handler: async ({ service }) => {\n      const body = await request.json();\n      return { data: await service.registerDevice({ name: body.name }), status: 201 };\n    },\n    method: 'POST',\n    request,\n  });\n}\n","filename":"app/api/v1/mobile/devices/route.ts","errors":[{"messageId":"missingAuth","line":3,"column":23,"suggestions":[{"messageId":"addGuard","output":"import { handleApiRoute } from '@/lib/api';\n\nexport async function POST(request: Request) {\n  const auth = await requireAuth(request);\n  if (!auth.ok) {\n    return auth.response;\n  }\n  return handleApiRoute({\n    handler: async ({ service }) => {\n      const body = await request.json();\n      return { data: await service.registerDevice({ name: body.name }), status: 201 };\n    },\n    method: 'POST',\n    request,\n  });\n}\n\n/** The authenticated caller. */\ninterface AuthUser {\n  id: string;\n  email?: string;\n  role?: string;\n}\n\ntype AuthResult =\n  | { ok: true; user: AuthUser }\n  | { ok: false; status: 401; error: string; response: Response };\n\n/** Where the token may come from: a Fetch `Request`, `await headers()`, or a Pages API `req`. */\ntype AuthSource = Request | Headers | { headers: Record<string, string | string[] | undefined> };\n\nconst SESSION_COOKIE = 'session';\nconst ISSUER = undefined as string | undefined;\nconst CLOCK_SKEW_SECONDS = 30;\n\nfunction readHeader(source: AuthSource, name: string): string | undefined {\n  if (source instanceof Headers) return source.get(name) ?? undefined;\n  if (source instanceof Request) return source.headers.get(name) ?? undefined;\n  const value = source.headers[name.toLowerCase()];\n  return Array.isArray(value) ? value[0] : value;\n}\n\n/** The bearer token, or the session cookie (httpOnly, set by your sign-in route). */\nfunction readToken(source: AuthSource): string | undefined {\n  const authorization = readHeader(source, 'authorization');\n  if (authorization?.startsWith('Bearer ')) return authorization.slice('Bearer '.length).trim() || undefined;\n  const cookie = readHeader(source, 'cookie');\n  if (!cookie) return undefined;\n  for (const part of cookie.split(';')) {\n    const eq = part.indexOf('=');\n    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) {\n      return decodeURIComponent(part.slice(eq + 1).trim()) || undefined;\n    }\n  }\n  return undefined;\n}\n\nfunction base64UrlToBytes(input: string): Uint8Array<ArrayBuffer> {\n  const base64 = input.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(input.length / 4) * 4, '=');\n  const binary = atob(base64);\n  const bytes = new Uint8Array(binary.length);\n  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);\n  return bytes;\n}\n\nlet keyPromise: Promise<CryptoKey> | undefined;\n\n/** The HMAC key from AUTH_SECRET, imported once per instance. Fails loudly when the secret is missing or weak. */\nfunction getKey(): Promise<CryptoKey> {\n  const secret = process.env.AUTH_SECRET;\n  if (!secret || secret.length < 32) {\n    throw new Error('AUTH_SECRET must be set to at least 32 characters');\n  }\n  keyPromise ??= crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [\n    'verify',\n  ]);\n  return keyPromise;\n}\n\n/** Verifies an HS256 JWT: signature (constant time, by WebCrypto), algorithm, expiry, not-before and issuer. */\nasync function verifyToken(token: string): Promise<Record<string, unknown> | null> {\n  const parts = token.split('.');\n  if (parts.length !== 3) return null;\n  const [header, payload, signature] = parts as [string, string, string];\n  try {\n    const head = JSON.parse(new TextDecoder().decode(base64UrlToBytes(header))) as { alg?: unknown };\n    if (head.alg !== 'HS256') return null;\n    const valid = await crypto.subtle.verify(\n      'HMAC',\n      await getKey(),\n      base64UrlToBytes(signature),\n      new TextEncoder().encode(`${header}.${payload}`),\n    );\n    if (!valid) return null;\n    const claims = JSON.parse(new TextDecoder().decode(base64UrlToBytes(payload))) as Record<string, unknown>;\n    const now = Math.floor(Date.now() / 1000);\n    if (typeof claims.exp !== 'number' || claims.exp + CLOCK_SKEW_SECONDS < now) return null;\n    if (typeof claims.nbf === 'number' && claims.nbf - CLOCK_SKEW_SECONDS > now) return null;\n    if (ISSUER !== undefined && claims.iss !== ISSUER) return null;\n    return claims;\n  } catch {\n    return null;\n  }\n}\n\nfunction unauthorized(error: string): AuthResult {\n  return {\n    ok: false,\n    status: 401,\n    error,\n    response: Response.json({ error }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } }),\n  };\n}\n\n/**\n * Authenticates the caller from a bearer token or the session cookie. Call it first in every route\n * handler and server action that reaches data, and return `result.response` (401) when `!result.ok`.\n */\nasync function requireAuth(source: AuthSource): Promise<AuthResult> {\n  const token = readToken(source);\n  if (!token) return unauthorized('Authentication required');\n  const claims = await verifyToken(token);\n  if (!claims || typeof claims.sub !== 'string' || claims.sub === '') return unauthorized('Invalid or expired session');\n  return {\n    ok: true,\n    user: {\n      id: claims.sub,\n      email: typeof claims.email === 'string' ? claims.email : undefined,\n      role: typeof claims.role === 'string' ? claims.role : undefined,\n    },\n  };\n}\n"}]}]},
    // An auth-named action that takes the user's id reads anyone's record; a credentials getter (getTwitterAuth) is not a session check.
    {"code":"'use server';\n\nimport { db } from '@/lib/db';\nimport { getTwitterAuth } from '@/lib/twitter';\n\nexport async function getUser(id: string) {\n  return db.user.findUnique({ where: { id } });\n}\n\nexport async function archiveChat(chatId: string) {\n  const auth = getTwitterAuth();\n  await db.chat.update({ where: { id: chatId }, data: { archived: true, by: auth.handle } });\n}\n","filename":"app/actions.ts","errors":[{"messageId":"missingAuth","line":6,"column":23,"suggestions":[{"messageId":"addGuard","output":"'use server';\n\nimport { db } from '@/lib/db';\nimport { getTwitterAuth } from '@/lib/twitter';\nimport { headers } from 'next/headers';\n\nexport async function getUser(id: string) {\n  const auth = await requireAuth(await headers());\n  if (!auth.ok) {\n    throw new Error(auth.error);\n  }\n  return db.user.findUnique({ where: { id } });\n}\n\nexport async function archiveChat(chatId: string) {\n  const auth = getTwitterAuth();\n  await db.chat.update({ where: { id: chatId }, data: { archived: true, by: auth.handle } });\n}\n\n/** The authenticated caller. */\ninterface AuthUser {\n  id: string;\n  email?: string;\n  role?: string;\n}\n\ntype AuthResult =\n  | { ok: true; user: AuthUser }\n  | { ok: false; status: 401; error: string; response: Response };\n\n/** Where the token may come from: a Fetch `Request`, `await headers()`, or a Pages API `req`. */\ntype AuthSource = Request | Headers | { headers: Record<string, string | string[] | undefined> };\n\nconst SESSION_COOKIE = 'session';\nconst ISSUER = undefined as string | undefined;\nconst CLOCK_SKEW_SECONDS = 30;\n\nfunction readHeader(source: AuthSource, name: string): string | undefined {\n  if (source instanceof Headers) return source.get(name) ?? undefined;\n  if (source instanceof Request) return source.headers.get(name) ?? undefined;\n  const value = source.headers[name.toLowerCase()];\n  return Array.isArray(value) ? value[0] : value;\n}\n\n/** The bearer token, or the session cookie (httpOnly, set by your sign-in route). */\nfunction readToken(source: AuthSource): string | undefined {\n  const authorization = readHeader(source, 'authorization');\n  if (authorization?.startsWith('Bearer ')) return authorization.slice('Bearer '.length).trim() || undefined;\n  const cookie = readHeader(source, 'cookie');\n  if (!cookie) return undefined;\n  for (const part of cookie.split(';')) {\n    const eq = part.indexOf('=');\n    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) {\n      return decodeURIComponent(part.slice(eq + 1).trim()) || undefined;\n    }\n  }\n  return undefined;\n}\n\nfunction base64UrlToBytes(input: string): Uint8Array<ArrayBuffer> {\n  const base64 = input.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(input.length / 4) * 4, '=');\n  const binary = atob(base64);\n  const bytes = new Uint8Array(binary.length);\n  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);\n  return bytes;\n}\n\nlet keyPromise: Promise<CryptoKey> | undefined;\n\n/** The HMAC key from AUTH_SECRET, imported once per instance. Fails loudly when the secret is missing or weak. */\nfunction getKey(): Promise<CryptoKey> {\n  const secret = process.env.AUTH_SECRET;\n  if (!secret || secret.length < 32) {\n    throw new Error('AUTH_SECRET must be set to at least 32 characters');\n  }\n  keyPromise ??= crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [\n    'verify',\n  ]);\n  return keyPromise;\n}\n\n/** Verifies an HS256 JWT: signature (constant time, by WebCrypto), algorithm, expiry, not-before and issuer. */\nasync function verifyToken(token: string): Promise<Record<string, unknown> | null> {\n  const parts = token.split('.');\n  if (parts.length !== 3) return null;\n  const [header, payload, signature] = parts as [string, string, string];\n  try {\n    const head = JSON.parse(new TextDecoder().decode(base64UrlToBytes(header))) as { alg?: unknown };\n    if (head.alg !== 'HS256') return null;\n    const valid = await crypto.subtle.verify(\n      'HMAC',\n      await getKey(),\n      base64UrlToBytes(signature),\n      new TextEncoder().encode(`${header}.${payload}`),\n    );\n    if (!valid) return null;\n    const claims = JSON.parse(new TextDecoder().decode(base64UrlToBytes(payload))) as Record<string, unknown>;\n    const now = Math.floor(Date.now() / 1000);\n    if (typeof claims.exp !== 'number' || claims.exp + CLOCK_SKEW_SECONDS < now) return null;\n    if (typeof claims.nbf === 'number' && claims.nbf - CLOCK_SKEW_SECONDS > now) return null;\n    if (ISSUER !== undefined && claims.iss !== ISSUER) return null;\n    return claims;\n  } catch {\n    return null;\n  }\n}\n\nfunction unauthorized(error: string): AuthResult {\n  return {\n    ok: false,\n    status: 401,\n    error,\n    response: Response.json({ error }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } }),\n  };\n}\n\n/**\n * Authenticates the caller from a bearer token or the session cookie. Call it first in every route\n * handler and server action that reaches data, and return `result.response` (401) when `!result.ok`.\n */\nasync function requireAuth(source: AuthSource): Promise<AuthResult> {\n  const token = readToken(source);\n  if (!token) return unauthorized('Authentication required');\n  const claims = await verifyToken(token);\n  if (!claims || typeof claims.sub !== 'string' || claims.sub === '') return unauthorized('Invalid or expired session');\n  return {\n    ok: true,\n    user: {\n      id: claims.sub,\n      email: typeof claims.email === 'string' ? claims.email : undefined,\n      role: typeof claims.role === 'string' ? claims.role : undefined,\n    },\n  };\n}\n"}]},{"messageId":"missingAuth","line":10,"column":23,"suggestions":[{"messageId":"addGuard","output":"'use server';\n\nimport { db } from '@/lib/db';\nimport { getTwitterAuth } from '@/lib/twitter';\nimport { headers } from 'next/headers';\n\nexport async function getUser(id: string) {\n  return db.user.findUnique({ where: { id } });\n}\n\nexport async function archiveChat(chatId: string) {\n  const authResult = await requireAuth(await headers());\n  if (!authResult.ok) {\n    throw new Error(authResult.error);\n  }\n  const auth = getTwitterAuth();\n  await db.chat.update({ where: { id: chatId }, data: { archived: true, by: auth.handle } });\n}\n\n/** The authenticated caller. */\ninterface AuthUser {\n  id: string;\n  email?: string;\n  role?: string;\n}\n\ntype AuthResult =\n  | { ok: true; user: AuthUser }\n  | { ok: false; status: 401; error: string; response: Response };\n\n/** Where the token may come from: a Fetch `Request`, `await headers()`, or a Pages API `req`. */\ntype AuthSource = Request | Headers | { headers: Record<string, string | string[] | undefined> };\n\nconst SESSION_COOKIE = 'session';\nconst ISSUER = undefined as string | undefined;\nconst CLOCK_SKEW_SECONDS = 30;\n\nfunction readHeader(source: AuthSource, name: string): string | undefined {\n  if (source instanceof Headers) return source.get(name) ?? undefined;\n  if (source instanceof Request) return source.headers.get(name) ?? undefined;\n  const value = source.headers[name.toLowerCase()];\n  return Array.isArray(value) ? value[0] : value;\n}\n\n/** The bearer token, or the session cookie (httpOnly, set by your sign-in route). */\nfunction readToken(source: AuthSource): string | undefined {\n  const authorization = readHeader(source, 'authorization');\n  if (authorization?.startsWith('Bearer ')) return authorization.slice('Bearer '.length).trim() || undefined;\n  const cookie = readHeader(source, 'cookie');\n  if (!cookie) return undefined;\n  for (const part of cookie.split(';')) {\n    const eq = part.indexOf('=');\n    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) {\n      return decodeURIComponent(part.slice(eq + 1).trim()) || undefined;\n    }\n  }\n  return undefined;\n}\n\nfunction base64UrlToBytes(input: string): Uint8Array<ArrayBuffer> {\n  const base64 = input.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(input.length / 4) * 4, '=');\n  const binary = atob(base64);\n  const bytes = new Uint8Array(binary.length);\n  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);\n  return bytes;\n}\n\nlet keyPromise: Promise<CryptoKey> | undefined;\n\n/** The HMAC key from AUTH_SECRET, imported once per instance. Fails loudly when the secret is missing or weak. */\nfunction getKey(): Promise<CryptoKey> {\n  const secret = process.env.AUTH_SECRET;\n  if (!secret || secret.length < 32) {\n    throw new Error('AUTH_SECRET must be set to at least 32 characters');\n  }\n  keyPromise ??= crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [\n    'verify',\n  ]);\n  return keyPromise;\n}\n\n/** Verifies an HS256 JWT: signature (constant time, by WebCrypto), algorithm, expiry, not-before and issuer. */\nasync function verifyToken(token: string): Promise<Record<string, unknown> | null> {\n  const parts = token.split('.');\n  if (parts.length !== 3) return null;\n  const [header, payload, signature] = parts as [string, string, string];\n  try {\n    const head = JSON.parse(new TextDecoder().decode(base64UrlToBytes(header))) as { alg?: unknown };\n    if (head.alg !== 'HS256') return null;\n    const valid = await crypto.subtle.verify(\n      'HMAC',\n      await getKey(),\n      base64UrlToBytes(signature),\n      new TextEncoder().encode(`${header}.${payload}`),\n    );\n    if (!valid) return null;\n    const claims = JSON.parse(new TextDecoder().decode(base64UrlToBytes(payload))) as Record<string, unknown>;\n    const now = Math.floor(Date.now() / 1000);\n    if (typeof claims.exp !== 'number' || claims.exp + CLOCK_SKEW_SECONDS < now) return null;\n    if (typeof claims.nbf === 'number' && claims.nbf - CLOCK_SKEW_SECONDS > now) return null;\n    if (ISSUER !== undefined && claims.iss !== ISSUER) return null;\n    return claims;\n  } catch {\n    return null;\n  }\n}\n\nfunction unauthorized(error: string): AuthResult {\n  return {\n    ok: false,\n    status: 401,\n    error,\n    response: Response.json({ error }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } }),\n  };\n}\n\n/**\n * Authenticates the caller from a bearer token or the session cookie. Call it first in every route\n * handler and server action that reaches data, and return `result.response` (401) when `!result.ok`.\n */\nasync function requireAuth(source: AuthSource): Promise<AuthResult> {\n  const token = readToken(source);\n  if (!token) return unauthorized('Authentication required');\n  const claims = await verifyToken(token);\n  if (!claims || typeof claims.sub !== 'string' || claims.sub === '') return unauthorized('Invalid or expired session');\n  return {\n    ok: true,\n    user: {\n      id: claims.sub,\n      email: typeof claims.email === 'string' ? claims.email : undefined,\n      role: typeof claims.role === 'string' ? claims.role : undefined,\n    },\n  };\n}\n"}]}]},
    // Twin (turboseek's getSimilarQuestions): the AI call inside an unstable_cache-wrapped helper, with no check anywhere.
    {
      code: "import { unstable_cache } from 'next/cache';\nimport { togetherClient } from '@/utils/clients';\n\nconst getCachedQuestions = unstable_cache(\n  async (question: string) => {\n    const res = await togetherClient.chat.completions.create({ model: 'llama-3-8b', messages: [{ role: 'user', content: question }] });\n    return res.choices[0]?.message?.content ?? '';\n  },\n  ['similar-questions'],\n  { revalidate: 3600 },\n);\n\nexport async function POST(request: Request) {\n  const { question } = await request.json();\n  return Response.json(await getCachedQuestions(question));\n}\n",
      filename: 'app/api/getSimilarQuestions/route.ts',
      settings: helper,
      errors: [{ messageId: 'missingAuth', line: 13, column: 23, suggestions: [{ messageId: 'addGuard', output: "import { unstable_cache } from 'next/cache';\nimport { togetherClient } from '@/utils/clients';\nimport { requireAuth } from '@/lib/require-auth';\n\nconst getCachedQuestions = unstable_cache(\n  async (question: string) => {\n    const res = await togetherClient.chat.completions.create({ model: 'llama-3-8b', messages: [{ role: 'user', content: question }] });\n    return res.choices[0]?.message?.content ?? '';\n  },\n  ['similar-questions'],\n  { revalidate: 3600 },\n);\n\nexport async function POST(request: Request) {\n  const auth = await requireAuth(request);\n  if (!auth.ok) {\n    return auth.response;\n  }\n  const { question } = await request.json();\n  return Response.json(await getCachedQuestions(question));\n}\n" }] }],
    },
    // Twin: the same username check with no rate limit in front of it: still reported.
    {
      code: "import { checkUsernameAvailability } from '@/lib/server/redisActions';\nimport { NextResponse } from 'next/server';\n\nexport async function POST(request: Request) {\n  const username = new URL(request.url).searchParams.get('username');\n  if (!username || username.length > 50) {\n    return NextResponse.json({ error: 'Invalid username' }, { status: 400 });\n  }\n  const { available } = await checkUsernameAvailability(username);\n  return NextResponse.json({ available });\n}\n",
      filename: 'app/api/check-username/route.ts',
      settings: helper,
      errors: [{ messageId: 'missingAuth', line: 4, column: 23, suggestions: [{ messageId: 'addGuard', output: "import { checkUsernameAvailability } from '@/lib/server/redisActions';\nimport { NextResponse } from 'next/server';\nimport { requireAuth } from '@/lib/require-auth';\n\nexport async function POST(request: Request) {\n  const auth = await requireAuth(request);\n  if (!auth.ok) {\n    return auth.response;\n  }\n  const username = new URL(request.url).searchParams.get('username');\n  if (!username || username.length > 50) {\n    return NextResponse.json({ error: 'Invalid username' }, { status: 400 });\n  }\n  const { available } = await checkUsernameAvailability(username);\n  return NextResponse.json({ available });\n}\n" }] }],
    },
    // `throttle(fn, 1000)` (throttleit, lodash) limits how often this process runs a callback, not who calls:
    // vercel/ai's next example re-reads the chat once a second while streaming, with no check in front.
    {
      code: `import { streamText } from 'ai';
import throttle from 'throttleit';
import { readChat } from '@util/chat-store';
export async function POST(req: Request) {
  const { id, prompt } = await req.json();
  const stop = new AbortController();
  const result = streamText({
    model: 'openai/gpt-5-mini',
    prompt,
    abortSignal: stop.signal,
    onChunk: throttle(async () => {
      const { canceledAt } = await readChat(id);
      if (canceledAt) stop.abort();
    }, 1000),
  });
  return result.toUIMessageStreamResponse();
}`,
      filename: 'app/api/chat/route.ts',
      settings: helper,
      errors: [{ messageId: 'missingAuth', line: 4, column: 23, suggestions: [{ messageId: 'addGuard', output: `import { streamText } from 'ai';
import throttle from 'throttleit';
import { readChat } from '@util/chat-store';
import { requireAuth } from '@/lib/require-auth';
export async function POST(req: Request) {
  const auth = await requireAuth(req);
  if (!auth.ok) {
    return auth.response;
  }
  const { id, prompt } = await req.json();
  const stop = new AbortController();
  const result = streamText({
    model: 'openai/gpt-5-mini',
    prompt,
    abortSignal: stop.signal,
    onChunk: throttle(async () => {
      const { canceledAt } = await readChat(id);
      if (canceledAt) stop.abort();
    }, 1000),
  });
  return result.toUIMessageStreamResponse();
}` }] }],
    },
    // Twin: the same client reading users' chat sessions: reported.
    { code: "import { NextResponse } from 'next/server';\nimport { supabaseAdmin } from '@/lib/supabase/client';\n\nexport async function GET() {\n  const { data } = await supabaseAdmin.from('chat_sessions').select('id, user_id, status');\n  return NextResponse.json({ total: data?.length ?? 0, entries: data ?? [] });\n}\n", filename: 'app/api/dashboard/sessions/route.ts', errors: [{ messageId: 'missingAuth', line: 4, column: 23, suggestions: [{ messageId: 'addGuard', output: "import { NextResponse } from 'next/server';\nimport { supabaseAdmin } from '@/lib/supabase/client';\nimport { createClient } from '@/lib/supabase/server';\n\nexport async function GET() {\n  const { data: { user } } = await (await createClient()).auth.getUser();\n  if (!user) {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  const { data } = await supabaseAdmin.from('chat_sessions').select('id, user_id, status');\n  return NextResponse.json({ total: data?.length ?? 0, entries: data ?? [] });\n}\n" }] }] },
    // A body validator named like Lucia's helper (`validateRequest(request, CreateProjectSchema)` from a validation
    // module, a Kiranism starter fork's api/projects): no auth call, so the handler has no check at all.
    { code: "import { NextRequest, NextResponse } from 'next/server';\nimport { ProjectService } from '@/lib/services/project.service';\nimport { CreateProjectSchema, validateRequest } from '@/lib/validation/api-schemas';\n\nexport async function POST(request: NextRequest) {\n  const projectData = await validateRequest(request, CreateProjectSchema);\n  const project = await ProjectService.createProject(projectData);\n  return NextResponse.json(project, { status: 201 });\n}\n", filename: 'src/app/api/projects/route.ts', settings: helper, errors: [{ messageId: 'missingAuth', line: 5, column: 23, suggestions: [{ messageId: 'addGuard', output: "import { NextRequest, NextResponse } from 'next/server';\nimport { ProjectService } from '@/lib/services/project.service';\nimport { CreateProjectSchema, validateRequest } from '@/lib/validation/api-schemas';\nimport { requireAuth } from '@/lib/require-auth';\n\nexport async function POST(request: NextRequest) {\n  const auth = await requireAuth(request);\n  if (!auth.ok) {\n    return auth.response;\n  }\n  const projectData = await validateRequest(request, CreateProjectSchema);\n  const project = await ProjectService.createProject(projectData);\n  return NextResponse.json(project, { status: 201 });\n}\n" }] }] },
    // Twin: Lucia's `validateRequest()` from the app's auth module, whose result never gates: still unchecked auth.
    { code: "import { NextRequest, NextResponse } from 'next/server';\nimport { ProjectService } from '@/lib/services/project.service';\nimport { validateRequest } from '@/lib/auth';\n\nexport async function POST(request: NextRequest) {\n  const { user } = await validateRequest();\n  const project = await ProjectService.createProject({ ownerId: user?.id });\n  return NextResponse.json(project, { status: 201 });\n}\n", filename: 'src/app/api/projects/route.ts', errors: [{ messageId: 'uncheckedAuth', line: 6, column: 26, suggestions: [] }] },
    // An insert through the same client: still reported.
    {
      code: "import { NextResponse } from 'next/server';\nimport { createServerSupabase } from '@/lib/supabase/server';\n\nexport async function POST(request: Request) {\n  const supabase = await createServerSupabase();\n  const { name } = await request.json();\n  await supabase.from('employers').insert({ name });\n  return NextResponse.json({ ok: true });\n}\n",
      filename: "src/app/api/employers/route.ts",
      settings: helper,
      errors: [{ messageId: 'missingAuth', line: 4, column: 23, suggestions: [{ messageId: 'addGuard', output: "import { NextResponse } from 'next/server';\nimport { createServerSupabase, createClient } from '@/lib/supabase/server';\n\nexport async function POST(request: Request) {\n  const { data: { user } } = await (await createClient()).auth.getUser();\n  if (!user) {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  const supabase = await createServerSupabase();\n  const { name } = await request.json();\n  await supabase.from('employers').insert({ name });\n  return NextResponse.json({ ok: true });\n}\n" }] }],
    },
    // Another beta-named route that writes a user's data: still reported.
    {
      code: "import { NextRequest, NextResponse } from 'next/server';\nimport { supabase } from '@/lib/supabase';\n\nexport async function POST(request: NextRequest) {\n  const { userId, feature } = await request.json();\n  await supabase.from('user_features').insert({ user_id: userId, feature });\n  return NextResponse.json({ ok: true });\n}\n",
      filename: "app/api/beta-features/route.ts",
      settings: helper,
      errors: [{ messageId: 'missingAuth', line: 4, column: 23, suggestions: [{ messageId: 'addGuard', output: "import { NextRequest, NextResponse } from 'next/server';\nimport { supabase } from '@/lib/supabase';\nimport { createClient } from '@/lib/supabase/server';\n\nexport async function POST(request: NextRequest) {\n  const { data: { user } } = await (await createClient()).auth.getUser();\n  if (!user) {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  const { userId, feature } = await request.json();\n  await supabase.from('user_features').insert({ user_id: userId, feature });\n  return NextResponse.json({ ok: true });\n}\n" }] }],
    },
    // The same GET reading the appointments themselves: user-shaped, still reported.
    {
      code: "import { NextRequest, NextResponse } from 'next/server';\nimport { createClient } from '@/utils/supabase/server';\n\nexport async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {\n  const { id } = await params;\n  const supabase = await createClient();\n  const { data, error } = await supabase.from('appointments').select('*').eq('id', id).eq('is_active', true).single();\n  if (error || !data) return NextResponse.json({ error: 'Appointment type not found' }, { status: 404 });\n  return NextResponse.json(data);\n}\n",
      filename: 'app/api/appointment-types/[id]/route.ts',
      errors: [{ messageId: 'missingAuth', line: 4, suggestions: [{ messageId: 'addGuard', output: "import { NextRequest, NextResponse } from 'next/server';\nimport { createClient } from '@/utils/supabase/server';\n\nexport async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {\n  const { data: { user } } = await (await createClient()).auth.getUser();\n  if (!user) {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  const { id } = await params;\n  const supabase = await createClient();\n  const { data, error } = await supabase.from('appointments').select('*').eq('id', id).eq('is_active', true).single();\n  if (error || !data) return NextResponse.json({ error: 'Appointment type not found' }, { status: 404 });\n  return NextResponse.json(data);\n}\n" }] }],
    },
    // The same GET calling a function whose name says it writes (`increment_...`): still reported.
    {
      code: "import { createClient } from '@/utils/supabase/server';\nimport { NextResponse } from 'next/server';\n\nexport async function GET(request: Request) {\n  const supabase = await createClient();\n  const locale = new URL(request.url).searchParams.get('locale');\n  if (!locale) return NextResponse.json({ error: 'Locale is required' }, { status: 400 });\n  const { data, error } = await supabase.rpc('increment_translation_views', { requested_locale: locale }).single();\n  if (error) return NextResponse.json({ error: 'Failed to load translations' }, { status: 500 });\n  return NextResponse.json(data);\n}\n",
      filename: 'app/api/i18n/route.ts',
      errors: [{ messageId: 'missingAuth', line: 4, suggestions: [{ messageId: 'addGuard', output: "import { createClient } from '@/utils/supabase/server';\nimport { NextResponse } from 'next/server';\n\nexport async function GET(request: Request) {\n  const { data: { user } } = await (await createClient()).auth.getUser();\n  if (!user) {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  const supabase = await createClient();\n  const locale = new URL(request.url).searchParams.get('locale');\n  if (!locale) return NextResponse.json({ error: 'Locale is required' }, { status: 400 });\n  const { data, error } = await supabase.rpc('increment_translation_views', { requested_locale: locale }).single();\n  if (error) return NextResponse.json({ error: 'Failed to load translations' }, { status: 500 });\n  return NextResponse.json(data);\n}\n" }] }],
    },
    // Twin: the same GET of `subscriptions` (people's subscriptions): reported.
    { code: "import { NextRequest, NextResponse } from 'next/server';\nimport { createClient } from '@/lib/supabase/server';\n\n// GET /api/subscriptions/plans - List subscriptions\nexport async function GET(request: NextRequest) {\n  const supabase = await createClient();\n  const { data, error } = await supabase.from('subscriptions').select('*').eq('is_active', true).order('price', { ascending: true });\n  if (error) return NextResponse.json({ error: 'Failed to fetch subscriptions' }, { status: 500 });\n  return NextResponse.json(data);\n}\n", filename: 'app/api/subscriptions/route.ts', errors: [{ messageId: 'missingAuth', line: 5, column: 23, suggestions: [{ messageId: 'addGuard', output: "import { NextRequest, NextResponse } from 'next/server';\nimport { createClient } from '@/lib/supabase/server';\n\n// GET /api/subscriptions/plans - List subscriptions\nexport async function GET(request: NextRequest) {\n  const { data: { user } } = await (await createClient()).auth.getUser();\n  if (!user) {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  const supabase = await createClient();\n  const { data, error } = await supabase.from('subscriptions').select('*').eq('is_active', true).order('price', { ascending: true });\n  if (error) return NextResponse.json({ error: 'Failed to fetch subscriptions' }, { status: 500 });\n  return NextResponse.json(data);\n}\n" }] }] },
    // Twin: a curried wrapper that does not authenticate (`withCache(60)(handler)`): reported.
    { code: "import { NextResponse } from 'next/server';\nimport { prisma } from '@/lib/prisma';\nimport { withCache, withErrorHandler } from '@/lib/api/middleware';\n\nexport const GET = withErrorHandler(\n  withCache(60)(async () => {\n    const users = await prisma.user.findMany();\n    return NextResponse.json({ users });\n  }),\n);\n", filename: 'app/api/example/users/route.ts', errors: [{ messageId: 'missingAuth', line: 5, column: 14, suggestions: [{ messageId: 'addGuard', output: "import { NextResponse } from 'next/server';\nimport { prisma } from '@/lib/prisma';\nimport { withCache, withErrorHandler } from '@/lib/api/middleware';\nimport { headers } from 'next/headers';\n\nexport const GET = withErrorHandler(\n  withCache(60)(async () => {\n    const auth = await requireAuth(await headers());\n    if (!auth.ok) {\n      return auth.response;\n    }\n    const users = await prisma.user.findMany();\n    return NextResponse.json({ users });\n  }),\n);\n\n/** The authenticated caller. */\ninterface AuthUser {\n  id: string;\n  email?: string;\n  role?: string;\n}\n\ntype AuthResult =\n  | { ok: true; user: AuthUser }\n  | { ok: false; status: 401; error: string; response: Response };\n\n/** Where the token may come from: a Fetch `Request`, `await headers()`, or a Pages API `req`. */\ntype AuthSource = Request | Headers | { headers: Record<string, string | string[] | undefined> };\n\nconst SESSION_COOKIE = 'session';\nconst ISSUER = undefined as string | undefined;\nconst CLOCK_SKEW_SECONDS = 30;\n\nfunction readHeader(source: AuthSource, name: string): string | undefined {\n  if (source instanceof Headers) return source.get(name) ?? undefined;\n  if (source instanceof Request) return source.headers.get(name) ?? undefined;\n  const value = source.headers[name.toLowerCase()];\n  return Array.isArray(value) ? value[0] : value;\n}\n\n/** The bearer token, or the session cookie (httpOnly, set by your sign-in route). */\nfunction readToken(source: AuthSource): string | undefined {\n  const authorization = readHeader(source, 'authorization');\n  if (authorization?.startsWith('Bearer ')) return authorization.slice('Bearer '.length).trim() || undefined;\n  const cookie = readHeader(source, 'cookie');\n  if (!cookie) return undefined;\n  for (const part of cookie.split(';')) {\n    const eq = part.indexOf('=');\n    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) {\n      return decodeURIComponent(part.slice(eq + 1).trim()) || undefined;\n    }\n  }\n  return undefined;\n}\n\nfunction base64UrlToBytes(input: string): Uint8Array<ArrayBuffer> {\n  const base64 = input.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(input.length / 4) * 4, '=');\n  const binary = atob(base64);\n  const bytes = new Uint8Array(binary.length);\n  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);\n  return bytes;\n}\n\nlet keyPromise: Promise<CryptoKey> | undefined;\n\n/** The HMAC key from AUTH_SECRET, imported once per instance. Fails loudly when the secret is missing or weak. */\nfunction getKey(): Promise<CryptoKey> {\n  const secret = process.env.AUTH_SECRET;\n  if (!secret || secret.length < 32) {\n    throw new Error('AUTH_SECRET must be set to at least 32 characters');\n  }\n  keyPromise ??= crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [\n    'verify',\n  ]);\n  return keyPromise;\n}\n\n/** Verifies an HS256 JWT: signature (constant time, by WebCrypto), algorithm, expiry, not-before and issuer. */\nasync function verifyToken(token: string): Promise<Record<string, unknown> | null> {\n  const parts = token.split('.');\n  if (parts.length !== 3) return null;\n  const [header, payload, signature] = parts as [string, string, string];\n  try {\n    const head = JSON.parse(new TextDecoder().decode(base64UrlToBytes(header))) as { alg?: unknown };\n    if (head.alg !== 'HS256') return null;\n    const valid = await crypto.subtle.verify(\n      'HMAC',\n      await getKey(),\n      base64UrlToBytes(signature),\n      new TextEncoder().encode(`${header}.${payload}`),\n    );\n    if (!valid) return null;\n    const claims = JSON.parse(new TextDecoder().decode(base64UrlToBytes(payload))) as Record<string, unknown>;\n    const now = Math.floor(Date.now() / 1000);\n    if (typeof claims.exp !== 'number' || claims.exp + CLOCK_SKEW_SECONDS < now) return null;\n    if (typeof claims.nbf === 'number' && claims.nbf - CLOCK_SKEW_SECONDS > now) return null;\n    if (ISSUER !== undefined && claims.iss !== ISSUER) return null;\n    return claims;\n  } catch {\n    return null;\n  }\n}\n\nfunction unauthorized(error: string): AuthResult {\n  return {\n    ok: false,\n    status: 401,\n    error,\n    response: Response.json({ error }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } }),\n  };\n}\n\n/**\n * Authenticates the caller from a bearer token or the session cookie. Call it first in every route\n * handler and server action that reaches data, and return `result.response` (401) when `!result.ok`.\n */\nasync function requireAuth(source: AuthSource): Promise<AuthResult> {\n  const token = readToken(source);\n  if (!token) return unauthorized('Authentication required');\n  const claims = await verifyToken(token);\n  if (!claims || typeof claims.sub !== 'string' || claims.sub === '') return unauthorized('Invalid or expired session');\n  return {\n    ok: true,\n    user: {\n      id: claims.sub,\n      email: typeof claims.email === 'string' ? claims.email : undefined,\n      role: typeof claims.role === 'string' ? claims.role : undefined,\n    },\n  };\n}\n" }] }] },
    // Twin: a database function whose name says it also writes (`get_and_increment_views`) is a write, even in a GET.
    { code: "import { NextRequest, NextResponse } from 'next/server';\nimport { createClient } from '@/lib/supabase/server';\n\nexport async function GET(req: NextRequest) {\n  const slug = req.nextUrl.searchParams.get('slug') ?? '';\n  const supabase = await createClient();\n  const { data: views } = await supabase.rpc('get_and_increment_views', { slug });\n  return NextResponse.json({ views });\n}\n", filename: 'app/api/views/route.ts', errors: [{ messageId: 'missingAuth', line: 4, suggestions: [{ messageId: 'addGuard', output: "import { NextRequest, NextResponse } from 'next/server';\nimport { createClient } from '@/lib/supabase/server';\n\nexport async function GET(req: NextRequest) {\n  const { data: { user } } = await (await createClient()).auth.getUser();\n  if (!user) {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  const slug = req.nextUrl.searchParams.get('slug') ?? '';\n  const supabase = await createClient();\n  const { data: views } = await supabase.rpc('get_and_increment_views', { slug });\n  return NextResponse.json({ views });\n}\n" }] }] },
    // Deleting stored sessions by a client id is no cookie of the caller's: still reported.
    {
      code: "'use server';\n\nimport { db } from '@/db';\nimport { sessions } from '@/db/schema';\nimport { eq } from 'drizzle-orm';\n\nexport async function clearClientSessionsAction(clientId: string): Promise<void> {\n  await db.delete(sessions).where(eq(sessions.clientId, clientId));\n}\n",
      filename: FILES.action,
      settings: helper,
      errors: [{ messageId: 'missingAuth', line: 7, column: 23, suggestions: [{ messageId: 'addGuard', output: "'use server';\n\nimport { db } from '@/db';\nimport { sessions } from '@/db/schema';\nimport { eq } from 'drizzle-orm';\nimport { headers } from 'next/headers';\nimport { requireAuth } from '@/lib/require-auth';\n\nexport async function clearClientSessionsAction(clientId: string): Promise<void> {\n  const auth = await requireAuth(await headers());\n  if (!auth.ok) {\n    throw new Error(auth.error);\n  }\n  await db.delete(sessions).where(eq(sessions.clientId, clientId));\n}\n" }] }],
    },
    // A `subscribeUrl` field is not SNS's SubscribeURL: still checked.
    {
      code: "import { db } from '~/server/db';\n\nexport async function POST(req: Request) {\n  const { email, subscribeUrl } = await req.json();\n  await db.subscriber.update({ where: { email }, data: { subscribeUrl } });\n  return Response.json({ ok: true });\n}\n",
      filename: "app/api/settings/route.ts",
      errors: [{ messageId: 'missingAuth', line: 3, column: 23, suggestions: [{ messageId: 'addGuard', output: "import { db } from '~/server/db';\n\nexport async function POST(req: Request) {\n  const auth = await requireAuth(req);\n  if (!auth.ok) {\n    return auth.response;\n  }\n  const { email, subscribeUrl } = await req.json();\n  await db.subscriber.update({ where: { email }, data: { subscribeUrl } });\n  return Response.json({ ok: true });\n}\n\n/** The authenticated caller. */\ninterface AuthUser {\n  id: string;\n  email?: string;\n  role?: string;\n}\n\ntype AuthResult =\n  | { ok: true; user: AuthUser }\n  | { ok: false; status: 401; error: string; response: Response };\n\n/** Where the token may come from: a Fetch `Request`, `await headers()`, or a Pages API `req`. */\ntype AuthSource = Request | Headers | { headers: Record<string, string | string[] | undefined> };\n\nconst SESSION_COOKIE = 'session';\nconst ISSUER = undefined as string | undefined;\nconst CLOCK_SKEW_SECONDS = 30;\n\nfunction readHeader(source: AuthSource, name: string): string | undefined {\n  if (source instanceof Headers) return source.get(name) ?? undefined;\n  if (source instanceof Request) return source.headers.get(name) ?? undefined;\n  const value = source.headers[name.toLowerCase()];\n  return Array.isArray(value) ? value[0] : value;\n}\n\n/** The bearer token, or the session cookie (httpOnly, set by your sign-in route). */\nfunction readToken(source: AuthSource): string | undefined {\n  const authorization = readHeader(source, 'authorization');\n  if (authorization?.startsWith('Bearer ')) return authorization.slice('Bearer '.length).trim() || undefined;\n  const cookie = readHeader(source, 'cookie');\n  if (!cookie) return undefined;\n  for (const part of cookie.split(';')) {\n    const eq = part.indexOf('=');\n    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) {\n      return decodeURIComponent(part.slice(eq + 1).trim()) || undefined;\n    }\n  }\n  return undefined;\n}\n\nfunction base64UrlToBytes(input: string): Uint8Array<ArrayBuffer> {\n  const base64 = input.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(input.length / 4) * 4, '=');\n  const binary = atob(base64);\n  const bytes = new Uint8Array(binary.length);\n  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);\n  return bytes;\n}\n\nlet keyPromise: Promise<CryptoKey> | undefined;\n\n/** The HMAC key from AUTH_SECRET, imported once per instance. Fails loudly when the secret is missing or weak. */\nfunction getKey(): Promise<CryptoKey> {\n  const secret = process.env.AUTH_SECRET;\n  if (!secret || secret.length < 32) {\n    throw new Error('AUTH_SECRET must be set to at least 32 characters');\n  }\n  keyPromise ??= crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [\n    'verify',\n  ]);\n  return keyPromise;\n}\n\n/** Verifies an HS256 JWT: signature (constant time, by WebCrypto), algorithm, expiry, not-before and issuer. */\nasync function verifyToken(token: string): Promise<Record<string, unknown> | null> {\n  const parts = token.split('.');\n  if (parts.length !== 3) return null;\n  const [header, payload, signature] = parts as [string, string, string];\n  try {\n    const head = JSON.parse(new TextDecoder().decode(base64UrlToBytes(header))) as { alg?: unknown };\n    if (head.alg !== 'HS256') return null;\n    const valid = await crypto.subtle.verify(\n      'HMAC',\n      await getKey(),\n      base64UrlToBytes(signature),\n      new TextEncoder().encode(`${header}.${payload}`),\n    );\n    if (!valid) return null;\n    const claims = JSON.parse(new TextDecoder().decode(base64UrlToBytes(payload))) as Record<string, unknown>;\n    const now = Math.floor(Date.now() / 1000);\n    if (typeof claims.exp !== 'number' || claims.exp + CLOCK_SKEW_SECONDS < now) return null;\n    if (typeof claims.nbf === 'number' && claims.nbf - CLOCK_SKEW_SECONDS > now) return null;\n    if (ISSUER !== undefined && claims.iss !== ISSUER) return null;\n    return claims;\n  } catch {\n    return null;\n  }\n}\n\nfunction unauthorized(error: string): AuthResult {\n  return {\n    ok: false,\n    status: 401,\n    error,\n    response: Response.json({ error }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } }),\n  };\n}\n\n/**\n * Authenticates the caller from a bearer token or the session cookie. Call it first in every route\n * handler and server action that reaches data, and return `result.response` (401) when `!result.ok`.\n */\nasync function requireAuth(source: AuthSource): Promise<AuthResult> {\n  const token = readToken(source);\n  if (!token) return unauthorized('Authentication required');\n  const claims = await verifyToken(token);\n  if (!claims || typeof claims.sub !== 'string' || claims.sub === '') return unauthorized('Invalid or expired session');\n  return {\n    ok: true,\n    user: {\n      id: claims.sub,\n      email: typeof claims.email === 'string' ? claims.email : undefined,\n      role: typeof claims.role === 'string' ? claims.role : undefined,\n    },\n  };\n}\n" }] }],
    },
    // A paid-subscription route is not an unsubscribe link: still reported.
    {
      code: "import { unsubscribeContact } from '~/server/service/campaign-service';\n\nexport async function POST(request: Request) {\n  const url = new URL(request.url);\n  const id = url.searchParams.get('id');\n  const hash = url.searchParams.get('hash');\n  if (!id || !hash) return Response.json({ error: 'Invalid link' }, { status: 400 });\n  await unsubscribeContact(id, hash);\n  return Response.json({ success: true });\n}\n",
      filename: "apps/web/src/app/api/subscribe-pro/route.ts",
      errors: [{ messageId: 'missingAuth', line: 3, column: 23, suggestions: [{ messageId: 'addGuard', output: "import { unsubscribeContact } from '~/server/service/campaign-service';\n\nexport async function POST(request: Request) {\n  const auth = await requireAuth(request);\n  if (!auth.ok) {\n    return auth.response;\n  }\n  const url = new URL(request.url);\n  const id = url.searchParams.get('id');\n  const hash = url.searchParams.get('hash');\n  if (!id || !hash) return Response.json({ error: 'Invalid link' }, { status: 400 });\n  await unsubscribeContact(id, hash);\n  return Response.json({ success: true });\n}\n\n/** The authenticated caller. */\ninterface AuthUser {\n  id: string;\n  email?: string;\n  role?: string;\n}\n\ntype AuthResult =\n  | { ok: true; user: AuthUser }\n  | { ok: false; status: 401; error: string; response: Response };\n\n/** Where the token may come from: a Fetch `Request`, `await headers()`, or a Pages API `req`. */\ntype AuthSource = Request | Headers | { headers: Record<string, string | string[] | undefined> };\n\nconst SESSION_COOKIE = 'session';\nconst ISSUER = undefined as string | undefined;\nconst CLOCK_SKEW_SECONDS = 30;\n\nfunction readHeader(source: AuthSource, name: string): string | undefined {\n  if (source instanceof Headers) return source.get(name) ?? undefined;\n  if (source instanceof Request) return source.headers.get(name) ?? undefined;\n  const value = source.headers[name.toLowerCase()];\n  return Array.isArray(value) ? value[0] : value;\n}\n\n/** The bearer token, or the session cookie (httpOnly, set by your sign-in route). */\nfunction readToken(source: AuthSource): string | undefined {\n  const authorization = readHeader(source, 'authorization');\n  if (authorization?.startsWith('Bearer ')) return authorization.slice('Bearer '.length).trim() || undefined;\n  const cookie = readHeader(source, 'cookie');\n  if (!cookie) return undefined;\n  for (const part of cookie.split(';')) {\n    const eq = part.indexOf('=');\n    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) {\n      return decodeURIComponent(part.slice(eq + 1).trim()) || undefined;\n    }\n  }\n  return undefined;\n}\n\nfunction base64UrlToBytes(input: string): Uint8Array<ArrayBuffer> {\n  const base64 = input.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(input.length / 4) * 4, '=');\n  const binary = atob(base64);\n  const bytes = new Uint8Array(binary.length);\n  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);\n  return bytes;\n}\n\nlet keyPromise: Promise<CryptoKey> | undefined;\n\n/** The HMAC key from AUTH_SECRET, imported once per instance. Fails loudly when the secret is missing or weak. */\nfunction getKey(): Promise<CryptoKey> {\n  const secret = process.env.AUTH_SECRET;\n  if (!secret || secret.length < 32) {\n    throw new Error('AUTH_SECRET must be set to at least 32 characters');\n  }\n  keyPromise ??= crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [\n    'verify',\n  ]);\n  return keyPromise;\n}\n\n/** Verifies an HS256 JWT: signature (constant time, by WebCrypto), algorithm, expiry, not-before and issuer. */\nasync function verifyToken(token: string): Promise<Record<string, unknown> | null> {\n  const parts = token.split('.');\n  if (parts.length !== 3) return null;\n  const [header, payload, signature] = parts as [string, string, string];\n  try {\n    const head = JSON.parse(new TextDecoder().decode(base64UrlToBytes(header))) as { alg?: unknown };\n    if (head.alg !== 'HS256') return null;\n    const valid = await crypto.subtle.verify(\n      'HMAC',\n      await getKey(),\n      base64UrlToBytes(signature),\n      new TextEncoder().encode(`${header}.${payload}`),\n    );\n    if (!valid) return null;\n    const claims = JSON.parse(new TextDecoder().decode(base64UrlToBytes(payload))) as Record<string, unknown>;\n    const now = Math.floor(Date.now() / 1000);\n    if (typeof claims.exp !== 'number' || claims.exp + CLOCK_SKEW_SECONDS < now) return null;\n    if (typeof claims.nbf === 'number' && claims.nbf - CLOCK_SKEW_SECONDS > now) return null;\n    if (ISSUER !== undefined && claims.iss !== ISSUER) return null;\n    return claims;\n  } catch {\n    return null;\n  }\n}\n\nfunction unauthorized(error: string): AuthResult {\n  return {\n    ok: false,\n    status: 401,\n    error,\n    response: Response.json({ error }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } }),\n  };\n}\n\n/**\n * Authenticates the caller from a bearer token or the session cookie. Call it first in every route\n * handler and server action that reaches data, and return `result.response` (401) when `!result.ok`.\n */\nasync function requireAuth(source: AuthSource): Promise<AuthResult> {\n  const token = readToken(source);\n  if (!token) return unauthorized('Authentication required');\n  const claims = await verifyToken(token);\n  if (!claims || typeof claims.sub !== 'string' || claims.sub === '') return unauthorized('Invalid or expired session');\n  return {\n    ok: true,\n    user: {\n      id: claims.sub,\n      email: typeof claims.email === 'string' ? claims.email : undefined,\n      role: typeof claims.role === 'string' ? claims.role : undefined,\n    },\n  };\n}\n" }] }],
    },
    // Twin of the public avatar GET: the upload on the same path writes for any caller.
    { code: "import prisma from '@/lib/prisma';\nexport async function POST(req: Request) {\n  const { userId, data } = await req.json();\n  await prisma.avatar.upsert({ where: { userId }, create: { userId, data }, update: { data } });\n  return Response.json({ ok: true });\n}\n", filename: 'app/api/avatar/route.ts', settings: helper, errors: [{ messageId: 'missingAuth', line: 2, column: 23, suggestions: [{ messageId: 'addGuard', output: "import prisma from '@/lib/prisma';\nimport { requireAuth } from '@/lib/require-auth';\nexport async function POST(req: Request) {\n  const auth = await requireAuth(req);\n  if (!auth.ok) {\n    return auth.response;\n  }\n  const { userId, data } = await req.json();\n  await prisma.avatar.upsert({ where: { userId }, create: { userId, data }, update: { data } });\n  return Response.json({ ok: true });\n}\n" }] }] },
    // Twins of the no-response helper under pages/api/: one that writes still acts for anyone who calls
    // its URL, and an Edge-runtime handler answers with what it returns.
    { code: "import prisma from '@/lib/prisma';\nexport default async function removeMember(req) {\n  const id = Number(req.query.id);\n  await prisma.membership.delete({ where: { id } });\n}\n", filename: 'pages/api/teams/_utils/removeMember.ts', errors: [{ messageId: 'missingAuth', line: 2, column: 31 }] },
    { code: "import prisma from '@/lib/prisma';\nexport const config = { runtime: 'edge' };\nexport default async function handler(req) {\n  const users = await prisma.user.findMany();\n  return Response.json(users);\n}\n", filename: 'pages/api/users.ts', errors: [{ messageId: 'missingAuth', line: 3, column: 31 }] },
    // A userId from the request body tested for presence is the caller's claim, not a session; getServerDB() opens the database, it is no auth call (lobe-chat's eval-run completion callbacks).
    { code: "import { getServerDB } from '@/database/server';\nimport { EvalRunModel } from '@/database/models/evalRun';\n\nexport async function POST(req: Request) {\n  const body = (await req.json()) as { runId?: string; userId?: string };\n  const { runId, userId } = body;\n  if (!runId || !userId) {\n    return Response.json({ error: 'Missing required fields' }, { status: 400 });\n  }\n  const db = await getServerDB();\n  await new EvalRunModel(db, userId).recordCompletion(runId);\n  return Response.json({ ok: true });\n}\n", filename: 'app/api/workflows/eval-run/on-complete/route.ts', settings: helper, errors: [{ messageId: 'missingAuth', line: 4, suggestions: [{ messageId: 'addGuard', output: "import { getServerDB } from '@/database/server';\nimport { EvalRunModel } from '@/database/models/evalRun';\nimport { requireAuth } from '@/lib/require-auth';\n\nexport async function POST(req: Request) {\n  const auth = await requireAuth(req);\n  if (!auth.ok) {\n    return auth.response;\n  }\n  const body = (await req.json()) as { runId?: string; userId?: string };\n  const { runId, userId } = body;\n  if (!runId || !userId) {\n    return Response.json({ error: 'Missing required fields' }, { status: 400 });\n  }\n  const db = await getServerDB();\n  await new EvalRunModel(db, userId).recordCompletion(runId);\n  return Response.json({ ok: true });\n}\n" }] }] },
    { code: "import { getServerDB } from '@/database/server';\n\nexport async function DELETE(req: Request) {\n  const { id } = await req.json();\n  const db = await getServerDB();\n  await db.query.tasks.delete({ where: { id } });\n  return Response.json({ ok: true });\n}\n", filename: 'app/api/tasks/route.ts', settings: helper, errors: [{ messageId: 'missingAuth', line: 3, suggestions: [{ messageId: 'addGuard', output: "import { getServerDB } from '@/database/server';\nimport { requireAuth } from '@/lib/require-auth';\n\nexport async function DELETE(req: Request) {\n  const auth = await requireAuth(req);\n  if (!auth.ok) {\n    return auth.response;\n  }\n  const { id } = await req.json();\n  const db = await getServerDB();\n  await db.query.tasks.delete({ where: { id } });\n  return Response.json({ ok: true });\n}\n" }] }] },
    // Twin of the imported app's `fetch`: another method of an imported module handed the request does the work itself.
    { code: "import { billing } from '@/lib/billing';\n\nexport const POST = (request: Request) => billing.createInvoice(request);\n", filename: 'app/api/billing/route.ts', errors: [{ messageId: 'missingAuth', line: 3 }] },
    // Twin of nextjs-stripe-store's cart: a cookie helper that names no cart or guest (`readUserCookie()`) is no guest session.
    { code: "'use server';\n\nimport { cookies } from 'next/headers';\nimport { commerce } from '@/lib/commerce';\n\nconst CART_COOKIE_NAME = 'cart';\n\nconst readUserCookie = async () => {\n  const cookieStore = await cookies();\n  const raw = cookieStore.get(CART_COOKIE_NAME)?.value;\n  return raw ? JSON.parse(decodeURIComponent(raw)) : null;\n};\n\nexport async function addToCart(variantId: string, quantity = 1) {\n  const storedCart = await readUserCookie();\n  const variant = await commerce.getVariantWithProduct(variantId);\n  if (!variant) return { success: false };\n  const cart = storedCart ?? { id: crypto.randomUUID(), items: [] };\n  cart.items.push({ priceId: variantId, quantity });\n  (await cookies()).set(CART_COOKIE_NAME, encodeURIComponent(JSON.stringify(cart)), { httpOnly: true });\n  return { success: true };\n}\n", filename: 'src/app/cart/actions.ts', settings: helper, errors: [{ messageId: 'missingAuth', line: 14, suggestions: [{ messageId: 'addGuard', output: "'use server';\n\nimport { cookies, headers } from 'next/headers';\nimport { commerce } from '@/lib/commerce';\nimport { requireAuth } from '@/lib/require-auth';\n\nconst CART_COOKIE_NAME = 'cart';\n\nconst readUserCookie = async () => {\n  const cookieStore = await cookies();\n  const raw = cookieStore.get(CART_COOKIE_NAME)?.value;\n  return raw ? JSON.parse(decodeURIComponent(raw)) : null;\n};\n\nexport async function addToCart(variantId: string, quantity = 1) {\n  const auth = await requireAuth(await headers());\n  if (!auth.ok) {\n    throw new Error(auth.error);\n  }\n  const storedCart = await readUserCookie();\n  const variant = await commerce.getVariantWithProduct(variantId);\n  if (!variant) return { success: false };\n  const cart = storedCart ?? { id: crypto.randomUUID(), items: [] };\n  cart.items.push({ priceId: variantId, quantity });\n  (await cookies()).set(CART_COOKIE_NAME, encodeURIComponent(JSON.stringify(cart)), { httpOnly: true });\n  return { success: true };\n}\n" }] }] },
    // A helper that takes the cart id from the caller is not the guest's own cookie.
    {
      code: "'use server'\n\nimport { revalidatePath } from 'next/cache'\nimport { getCartId } from './get-cart-id'\n\nconst BACKEND_URL = process.env.BACKEND_URL || 'https://shirt-shop-api.labs.vercel.dev'\n\nexport async function addToCart(item: { id: string }, cart: string) {\n  const cartId = await getCartId(cart)\n  await fetch(`${BACKEND_URL}/api/cart/${cartId.value}`, { method: 'POST', body: JSON.stringify(item), signal: AbortSignal.timeout(5000) })\n  revalidatePath('/cart')\n}\n",
      filename: 'lib/actions.ts',
      settings: helper,
      errors: [{ messageId: 'missingAuth', line: 8, suggestions: [{ messageId: 'addGuard', output: "'use server'\n\nimport { revalidatePath } from 'next/cache'\nimport { getCartId } from './get-cart-id'\nimport { headers } from 'next/headers';\nimport { requireAuth } from '@/lib/require-auth';\n\nconst BACKEND_URL = process.env.BACKEND_URL || 'https://shirt-shop-api.labs.vercel.dev'\n\nexport async function addToCart(item: { id: string }, cart: string) {\n  const auth = await requireAuth(await headers());\n  if (!auth.ok) {\n    throw new Error(auth.error);\n  }\n  const cartId = await getCartId(cart)\n  await fetch(`${BACKEND_URL}/api/cart/${cartId.value}`, { method: 'POST', body: JSON.stringify(item), signal: AbortSignal.timeout(5000) })\n  revalidatePath('/cart')\n}\n" }] }],
    },
    // An unchecked auth call in one function exported under two names: one report, not one per name (big-AGI).
    { code: "import { getSession } from '@/lib/auth';\nimport { db } from '@/lib/db';\n\nconst handler = async (req: Request) => {\n  const session = await getSession();\n  await db.post.deleteMany({ where: { draft: true } });\n  return Response.json({ ok: true });\n};\n\nexport { handler as POST, handler as DELETE };\n", filename: 'app/api/posts/route.ts', errors: [{ messageId: 'uncheckedAuth', line: 5, column: 25, suggestions: [] }] },
    // Twin of the pre-signup email check: another name is not a sign-up step.
    { code: "'use server'\n\n// Called by the sign-up form (onSignUpValidate) before the user has a session.\nexport async function screenEmail(email: string): Promise<boolean> {\n  if (!process.env.ZEROBOUNCE_API_KEY) {\n    return true\n  }\n\n  const response = await fetch(\n    `https://api.zerobounce.net/v2/validate?api_key=${process.env.ZEROBOUNCE_API_KEY}&email=${encodeURIComponent(email)}`,\n    { signal: AbortSignal.timeout(10_000) },\n  )\n  const data = (await response.json()) as { status: string }\n  return !['invalid', 'spamtrap', 'abuse', 'do_not_mail'].includes(data.status)\n}\n", filename: 'app/actions/validate-email.ts', errors: [{ messageId: 'missingAuth', line: 4, column: 23, suggestions: [{ messageId: 'addGuard', output: "'use server'\nimport { headers } from 'next/headers';\n\n// Called by the sign-up form (onSignUpValidate) before the user has a session.\nexport async function screenEmail(email: string): Promise<boolean> {\n  const auth = await requireAuth(await headers());\n  if (!auth.ok) {\n    throw new Error(auth.error);\n  }\n  if (!process.env.ZEROBOUNCE_API_KEY) {\n    return true\n  }\n\n  const response = await fetch(\n    `https://api.zerobounce.net/v2/validate?api_key=${process.env.ZEROBOUNCE_API_KEY}&email=${encodeURIComponent(email)}`,\n    { signal: AbortSignal.timeout(10_000) },\n  )\n  const data = (await response.json()) as { status: string }\n  return !['invalid', 'spamtrap', 'abuse', 'do_not_mail'].includes(data.status)\n}\n\n/** The authenticated caller. */\ninterface AuthUser {\n  id: string;\n  email?: string;\n  role?: string;\n}\n\ntype AuthResult =\n  | { ok: true; user: AuthUser }\n  | { ok: false; status: 401; error: string; response: Response };\n\n/** Where the token may come from: a Fetch `Request`, `await headers()`, or a Pages API `req`. */\ntype AuthSource = Request | Headers | { headers: Record<string, string | string[] | undefined> };\n\nconst SESSION_COOKIE = 'session';\nconst ISSUER = undefined as string | undefined;\nconst CLOCK_SKEW_SECONDS = 30;\n\nfunction readHeader(source: AuthSource, name: string): string | undefined {\n  if (source instanceof Headers) return source.get(name) ?? undefined;\n  if (source instanceof Request) return source.headers.get(name) ?? undefined;\n  const value = source.headers[name.toLowerCase()];\n  return Array.isArray(value) ? value[0] : value;\n}\n\n/** The bearer token, or the session cookie (httpOnly, set by your sign-in route). */\nfunction readToken(source: AuthSource): string | undefined {\n  const authorization = readHeader(source, 'authorization');\n  if (authorization?.startsWith('Bearer ')) return authorization.slice('Bearer '.length).trim() || undefined;\n  const cookie = readHeader(source, 'cookie');\n  if (!cookie) return undefined;\n  for (const part of cookie.split(';')) {\n    const eq = part.indexOf('=');\n    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) {\n      return decodeURIComponent(part.slice(eq + 1).trim()) || undefined;\n    }\n  }\n  return undefined;\n}\n\nfunction base64UrlToBytes(input: string): Uint8Array<ArrayBuffer> {\n  const base64 = input.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(input.length / 4) * 4, '=');\n  const binary = atob(base64);\n  const bytes = new Uint8Array(binary.length);\n  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);\n  return bytes;\n}\n\nlet keyPromise: Promise<CryptoKey> | undefined;\n\n/** The HMAC key from AUTH_SECRET, imported once per instance. Fails loudly when the secret is missing or weak. */\nfunction getKey(): Promise<CryptoKey> {\n  const secret = process.env.AUTH_SECRET;\n  if (!secret || secret.length < 32) {\n    throw new Error('AUTH_SECRET must be set to at least 32 characters');\n  }\n  keyPromise ??= crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [\n    'verify',\n  ]);\n  return keyPromise;\n}\n\n/** Verifies an HS256 JWT: signature (constant time, by WebCrypto), algorithm, expiry, not-before and issuer. */\nasync function verifyToken(token: string): Promise<Record<string, unknown> | null> {\n  const parts = token.split('.');\n  if (parts.length !== 3) return null;\n  const [header, payload, signature] = parts as [string, string, string];\n  try {\n    const head = JSON.parse(new TextDecoder().decode(base64UrlToBytes(header))) as { alg?: unknown };\n    if (head.alg !== 'HS256') return null;\n    const valid = await crypto.subtle.verify(\n      'HMAC',\n      await getKey(),\n      base64UrlToBytes(signature),\n      new TextEncoder().encode(`${header}.${payload}`),\n    );\n    if (!valid) return null;\n    const claims = JSON.parse(new TextDecoder().decode(base64UrlToBytes(payload))) as Record<string, unknown>;\n    const now = Math.floor(Date.now() / 1000);\n    if (typeof claims.exp !== 'number' || claims.exp + CLOCK_SKEW_SECONDS < now) return null;\n    if (typeof claims.nbf === 'number' && claims.nbf - CLOCK_SKEW_SECONDS > now) return null;\n    if (ISSUER !== undefined && claims.iss !== ISSUER) return null;\n    return claims;\n  } catch {\n    return null;\n  }\n}\n\nfunction unauthorized(error: string): AuthResult {\n  return {\n    ok: false,\n    status: 401,\n    error,\n    response: Response.json({ error }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } }),\n  };\n}\n\n/**\n * Authenticates the caller from a bearer token or the session cookie. Call it first in every route\n * handler and server action that reaches data, and return `result.response` (401) when `!result.ok`.\n */\nasync function requireAuth(source: AuthSource): Promise<AuthResult> {\n  const token = readToken(source);\n  if (!token) return unauthorized('Authentication required');\n  const claims = await verifyToken(token);\n  if (!claims || typeof claims.sub !== 'string' || claims.sub === '') return unauthorized('Invalid or expired session');\n  return {\n    ok: true,\n    user: {\n      id: claims.sub,\n      email: typeof claims.email === 'string' ? claims.email : undefined,\n      role: typeof claims.role === 'string' ? claims.role : undefined,\n    },\n  };\n}\n" }] }] },
    // Twin of the tRPC adapter: the same call imported from the project is not a framework adapter.
    { code: "import { fetchRequestHandler } from '@/server/trpc/adapter';\n\nimport { appRouterCloud } from '~/server/trpc/trpc.router-cloud';\nimport { createTRPCFetchContext } from '~/server/trpc/trpc.server';\nimport { reportException } from '~/server/posthog/posthog.server';\n\nconst handlerNodeRoutes = (req: Request) => fetchRequestHandler({\n  endpoint: '/api/cloud',\n  router: appRouterCloud,\n  req,\n  createContext: createTRPCFetchContext,\n  onError: async function({ path, error }) {\n    await reportException(error, { endpoint: path ?? 'unknown', url: req.url });\n  },\n});\n\nexport const runtime = 'nodejs';\nexport { handlerNodeRoutes as GET, handlerNodeRoutes as POST };\n", filename: 'app/api/cloud/[trpc]/route.ts', errors: [{ messageId: 'missingAuth', line: 18, column: 31, suggestions: [] }, { messageId: 'missingAuth', line: 18, column: 57, suggestions: [] }] },
    // A signed-in action that still deletes by the user id its caller passes: any user can pass another's id.
    {
      code: "'use server';\nimport { and, eq } from 'drizzle-orm';\nimport { auth } from '@/auth';\nimport { db } from '@/lib/db';\nimport { chats } from '@/lib/db/schema';\n\nexport async function deleteChat(userId: string, chatId: string) {\n  const session = await auth();\n  if (!session?.user) throw new Error('Unauthorized');\n  await db.delete(chats).where(and(eq(chats.id, chatId), eq(chats.userId, userId)));\n}\n",
      filename: 'app/actions/chats.ts',
      errors: [{ messageId: 'callerChosenUser', line: 10, column: 75, data: { handler: 'Server action deleteChat', what: 'the database (db.delete(chats).where)', param: 'userId' } }],
    },
    // Twin: the same check without a role only says someone is signed in: any user can deactivate another
    { code: "'use server';\nimport { requireAuth } from '@/lib/auth/auth-utils';\nimport { createServiceRoleClient } from '@/lib/supabase/server';\n\nexport async function deactivateUser(userId: string) {\n  await requireAuth();\n  const serviceSupabase = createServiceRoleClient();\n  await serviceSupabase.from('users').update({ is_active: false }).eq('id', userId);\n  return { success: true };\n}\n", filename: 'src/lib/auth/auth-utils.ts', errors: [{ messageId: 'callerChosenUser', line: 8, column: 77, data: { handler: 'Server action deactivateUser', what: "the database (serviceSupabase.from('users')...)", param: 'userId' } }] },
    // Twin: the same call into the app's data layer.
    { code: "import { fakeUsers } from '@/lib/db/users';\nimport { NextResponse } from 'next/server';\n\nexport async function GET() {\n  const data = await fakeUsers.getUsers();\n  return NextResponse.json(data);\n}\n", filename: 'src/app/api/users/route.ts', errors: [{ messageId: 'missingAuth', line: 4, column: 23, suggestions: [{ messageId: 'addGuard', output: "import { fakeUsers } from '@/lib/db/users';\nimport { NextResponse } from 'next/server';\nimport { headers } from 'next/headers';\n\nexport async function GET() {\n  const auth = await requireAuth(await headers());\n  if (!auth.ok) {\n    return auth.response;\n  }\n  const data = await fakeUsers.getUsers();\n  return NextResponse.json(data);\n}\n\n/** The authenticated caller. */\ninterface AuthUser {\n  id: string;\n  email?: string;\n  role?: string;\n}\n\ntype AuthResult =\n  | { ok: true; user: AuthUser }\n  | { ok: false; status: 401; error: string; response: Response };\n\n/** Where the token may come from: a Fetch `Request`, `await headers()`, or a Pages API `req`. */\ntype AuthSource = Request | Headers | { headers: Record<string, string | string[] | undefined> };\n\nconst SESSION_COOKIE = 'session';\nconst ISSUER = undefined as string | undefined;\nconst CLOCK_SKEW_SECONDS = 30;\n\nfunction readHeader(source: AuthSource, name: string): string | undefined {\n  if (source instanceof Headers) return source.get(name) ?? undefined;\n  if (source instanceof Request) return source.headers.get(name) ?? undefined;\n  const value = source.headers[name.toLowerCase()];\n  return Array.isArray(value) ? value[0] : value;\n}\n\n/** The bearer token, or the session cookie (httpOnly, set by your sign-in route). */\nfunction readToken(source: AuthSource): string | undefined {\n  const authorization = readHeader(source, 'authorization');\n  if (authorization?.startsWith('Bearer ')) return authorization.slice('Bearer '.length).trim() || undefined;\n  const cookie = readHeader(source, 'cookie');\n  if (!cookie) return undefined;\n  for (const part of cookie.split(';')) {\n    const eq = part.indexOf('=');\n    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) {\n      return decodeURIComponent(part.slice(eq + 1).trim()) || undefined;\n    }\n  }\n  return undefined;\n}\n\nfunction base64UrlToBytes(input: string): Uint8Array<ArrayBuffer> {\n  const base64 = input.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(input.length / 4) * 4, '=');\n  const binary = atob(base64);\n  const bytes = new Uint8Array(binary.length);\n  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);\n  return bytes;\n}\n\nlet keyPromise: Promise<CryptoKey> | undefined;\n\n/** The HMAC key from AUTH_SECRET, imported once per instance. Fails loudly when the secret is missing or weak. */\nfunction getKey(): Promise<CryptoKey> {\n  const secret = process.env.AUTH_SECRET;\n  if (!secret || secret.length < 32) {\n    throw new Error('AUTH_SECRET must be set to at least 32 characters');\n  }\n  keyPromise ??= crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [\n    'verify',\n  ]);\n  return keyPromise;\n}\n\n/** Verifies an HS256 JWT: signature (constant time, by WebCrypto), algorithm, expiry, not-before and issuer. */\nasync function verifyToken(token: string): Promise<Record<string, unknown> | null> {\n  const parts = token.split('.');\n  if (parts.length !== 3) return null;\n  const [header, payload, signature] = parts as [string, string, string];\n  try {\n    const head = JSON.parse(new TextDecoder().decode(base64UrlToBytes(header))) as { alg?: unknown };\n    if (head.alg !== 'HS256') return null;\n    const valid = await crypto.subtle.verify(\n      'HMAC',\n      await getKey(),\n      base64UrlToBytes(signature),\n      new TextEncoder().encode(`${header}.${payload}`),\n    );\n    if (!valid) return null;\n    const claims = JSON.parse(new TextDecoder().decode(base64UrlToBytes(payload))) as Record<string, unknown>;\n    const now = Math.floor(Date.now() / 1000);\n    if (typeof claims.exp !== 'number' || claims.exp + CLOCK_SKEW_SECONDS < now) return null;\n    if (typeof claims.nbf === 'number' && claims.nbf - CLOCK_SKEW_SECONDS > now) return null;\n    if (ISSUER !== undefined && claims.iss !== ISSUER) return null;\n    return claims;\n  } catch {\n    return null;\n  }\n}\n\nfunction unauthorized(error: string): AuthResult {\n  return {\n    ok: false,\n    status: 401,\n    error,\n    response: Response.json({ error }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } }),\n  };\n}\n\n/**\n * Authenticates the caller from a bearer token or the session cookie. Call it first in every route\n * handler and server action that reaches data, and return `result.response` (401) when `!result.ok`.\n */\nasync function requireAuth(source: AuthSource): Promise<AuthResult> {\n  const token = readToken(source);\n  if (!token) return unauthorized('Authentication required');\n  const claims = await verifyToken(token);\n  if (!claims || typeof claims.sub !== 'string' || claims.sub === '') return unauthorized('Invalid or expired session');\n  return {\n    ok: true,\n    user: {\n      id: claims.sub,\n      email: typeof claims.email === 'string' ? claims.email : undefined,\n      role: typeof claims.role === 'string' ? claims.role : undefined,\n    },\n  };\n}\n" }] }] },
    // `if (!userId) throw` on the action's own parameter checks an argument, not a session (mckays-app-template's updateStripeCustomer).
    { code: "\"use server\"\n\nimport { getCustomerByUserId, updateCustomerByUserId } from \"@/actions/customers\"\nimport { stripe } from \"@/lib/stripe\"\n\nconst getSubscription = async (subscriptionId: string) => {\n  return stripe.subscriptions.retrieve(subscriptionId, { expand: [\"default_payment_method\"] })\n}\n\nexport const updateStripeCustomer = async (userId: string, subscriptionId: string, customerId: string) => {\n  if (!userId || !subscriptionId || !customerId) {\n    throw new Error(\"Missing required parameters\")\n  }\n  const subscription = await getSubscription(subscriptionId)\n  const existing = await getCustomerByUserId(userId)\n  const result = await updateCustomerByUserId(userId, {\n    stripeCustomerId: customerId,\n    stripeSubscriptionId: subscription.id\n  })\n  return { existing, result }\n}\n", filename: 'actions/stripe.ts', errors: [{ messageId: 'missingAuth', line: 10, column: 14, suggestions: [{ messageId: 'addGuard', output: "\"use server\"\n\nimport { getCustomerByUserId, updateCustomerByUserId } from \"@/actions/customers\"\nimport { stripe } from \"@/lib/stripe\"\nimport { headers } from 'next/headers';\n\nconst getSubscription = async (subscriptionId: string) => {\n  return stripe.subscriptions.retrieve(subscriptionId, { expand: [\"default_payment_method\"] })\n}\n\nexport const updateStripeCustomer = async (userId: string, subscriptionId: string, customerId: string) => {\n  const auth = await requireAuth(await headers());\n  if (!auth.ok) {\n    throw new Error(auth.error);\n  }\n  // Act on the signed-in caller's id, not on the one the client sends.\n  userId = auth.user.id;\n  if (!userId || !subscriptionId || !customerId) {\n    throw new Error(\"Missing required parameters\")\n  }\n  const subscription = await getSubscription(subscriptionId)\n  const existing = await getCustomerByUserId(userId)\n  const result = await updateCustomerByUserId(userId, {\n    stripeCustomerId: customerId,\n    stripeSubscriptionId: subscription.id\n  })\n  return { existing, result }\n}\n\n/** The authenticated caller. */\ninterface AuthUser {\n  id: string;\n  email?: string;\n  role?: string;\n}\n\ntype AuthResult =\n  | { ok: true; user: AuthUser }\n  | { ok: false; status: 401; error: string; response: Response };\n\n/** Where the token may come from: a Fetch `Request`, `await headers()`, or a Pages API `req`. */\ntype AuthSource = Request | Headers | { headers: Record<string, string | string[] | undefined> };\n\nconst SESSION_COOKIE = 'session';\nconst ISSUER = undefined as string | undefined;\nconst CLOCK_SKEW_SECONDS = 30;\n\nfunction readHeader(source: AuthSource, name: string): string | undefined {\n  if (source instanceof Headers) return source.get(name) ?? undefined;\n  if (source instanceof Request) return source.headers.get(name) ?? undefined;\n  const value = source.headers[name.toLowerCase()];\n  return Array.isArray(value) ? value[0] : value;\n}\n\n/** The bearer token, or the session cookie (httpOnly, set by your sign-in route). */\nfunction readToken(source: AuthSource): string | undefined {\n  const authorization = readHeader(source, 'authorization');\n  if (authorization?.startsWith('Bearer ')) return authorization.slice('Bearer '.length).trim() || undefined;\n  const cookie = readHeader(source, 'cookie');\n  if (!cookie) return undefined;\n  for (const part of cookie.split(';')) {\n    const eq = part.indexOf('=');\n    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) {\n      return decodeURIComponent(part.slice(eq + 1).trim()) || undefined;\n    }\n  }\n  return undefined;\n}\n\nfunction base64UrlToBytes(input: string): Uint8Array<ArrayBuffer> {\n  const base64 = input.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(input.length / 4) * 4, '=');\n  const binary = atob(base64);\n  const bytes = new Uint8Array(binary.length);\n  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);\n  return bytes;\n}\n\nlet keyPromise: Promise<CryptoKey> | undefined;\n\n/** The HMAC key from AUTH_SECRET, imported once per instance. Fails loudly when the secret is missing or weak. */\nfunction getKey(): Promise<CryptoKey> {\n  const secret = process.env.AUTH_SECRET;\n  if (!secret || secret.length < 32) {\n    throw new Error('AUTH_SECRET must be set to at least 32 characters');\n  }\n  keyPromise ??= crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [\n    'verify',\n  ]);\n  return keyPromise;\n}\n\n/** Verifies an HS256 JWT: signature (constant time, by WebCrypto), algorithm, expiry, not-before and issuer. */\nasync function verifyToken(token: string): Promise<Record<string, unknown> | null> {\n  const parts = token.split('.');\n  if (parts.length !== 3) return null;\n  const [header, payload, signature] = parts as [string, string, string];\n  try {\n    const head = JSON.parse(new TextDecoder().decode(base64UrlToBytes(header))) as { alg?: unknown };\n    if (head.alg !== 'HS256') return null;\n    const valid = await crypto.subtle.verify(\n      'HMAC',\n      await getKey(),\n      base64UrlToBytes(signature),\n      new TextEncoder().encode(`${header}.${payload}`),\n    );\n    if (!valid) return null;\n    const claims = JSON.parse(new TextDecoder().decode(base64UrlToBytes(payload))) as Record<string, unknown>;\n    const now = Math.floor(Date.now() / 1000);\n    if (typeof claims.exp !== 'number' || claims.exp + CLOCK_SKEW_SECONDS < now) return null;\n    if (typeof claims.nbf === 'number' && claims.nbf - CLOCK_SKEW_SECONDS > now) return null;\n    if (ISSUER !== undefined && claims.iss !== ISSUER) return null;\n    return claims;\n  } catch {\n    return null;\n  }\n}\n\nfunction unauthorized(error: string): AuthResult {\n  return {\n    ok: false,\n    status: 401,\n    error,\n    response: Response.json({ error }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } }),\n  };\n}\n\n/**\n * Authenticates the caller from a bearer token or the session cookie. Call it first in every route\n * handler and server action that reaches data, and return `result.response` (401) when `!result.ok`.\n */\nasync function requireAuth(source: AuthSource): Promise<AuthResult> {\n  const token = readToken(source);\n  if (!token) return unauthorized('Authentication required');\n  const claims = await verifyToken(token);\n  if (!claims || typeof claims.sub !== 'string' || claims.sub === '') return unauthorized('Invalid or expired session');\n  return {\n    ok: true,\n    user: {\n      id: claims.sub,\n      email: typeof claims.email === 'string' ? claims.email : undefined,\n      role: typeof claims.role === 'string' ? claims.role : undefined,\n    },\n  };\n}\n" }] }] },
    // currentUser() whose result is only returned as data (`user?.email || null`) checks nothing (mckays-app-template's getBillingDataByUserId).
    { code: "\"use server\"\n\nimport { db } from \"@/db\"\nimport { customers } from \"@/db/schema/customers\"\nimport { currentUser } from \"@clerk/nextjs/server\"\nimport { eq } from \"drizzle-orm\"\n\nexport async function getBillingDataByUserId(userId: string) {\n  const user = await currentUser()\n  const customer = await db.query.customers.findFirst({\n    where: eq(customers.userId, userId)\n  })\n  return {\n    customer: customer || null,\n    clerkEmail: user?.emailAddresses[0]?.emailAddress || null\n  }\n}\n", filename: 'actions/customers.ts', errors: [{ messageId: 'uncheckedAuth', line: 9, column: 22, suggestions: [] }] },
    // An exported server action's user id parameter is the caller's choice (morphic's data layer under 'use server'): reads by it and destructured { userId } are reported.
    { code: "'use server'\n\nimport { desc, eq } from 'drizzle-orm'\nimport { chats } from '@/lib/db/schema'\nimport { withRLS } from '@/lib/db/with-rls'\n\nexport async function getChats(userId: string) {\n  return withRLS(userId, async (tx) => tx.select().from(chats).where(eq(chats.userId, userId)).orderBy(desc(chats.createdAt)))\n}\n", filename: 'lib/db/actions.ts', errors: [{ messageId: 'missingAuth', line: 7, column: 23, suggestions: [{ messageId: 'addGuard', output: "'use server'\n\nimport { desc, eq } from 'drizzle-orm'\nimport { chats } from '@/lib/db/schema'\nimport { withRLS } from '@/lib/db/with-rls'\nimport { headers } from 'next/headers';\n\nexport async function getChats(userId: string) {\n  const auth = await requireAuth(await headers());\n  if (!auth.ok) {\n    throw new Error(auth.error);\n  }\n  // Act on the signed-in caller's id, not on the one the client sends.\n  userId = auth.user.id;\n  return withRLS(userId, async (tx) => tx.select().from(chats).where(eq(chats.userId, userId)).orderBy(desc(chats.createdAt)))\n}\n\n/** The authenticated caller. */\ninterface AuthUser {\n  id: string;\n  email?: string;\n  role?: string;\n}\n\ntype AuthResult =\n  | { ok: true; user: AuthUser }\n  | { ok: false; status: 401; error: string; response: Response };\n\n/** Where the token may come from: a Fetch `Request`, `await headers()`, or a Pages API `req`. */\ntype AuthSource = Request | Headers | { headers: Record<string, string | string[] | undefined> };\n\nconst SESSION_COOKIE = 'session';\nconst ISSUER = undefined as string | undefined;\nconst CLOCK_SKEW_SECONDS = 30;\n\nfunction readHeader(source: AuthSource, name: string): string | undefined {\n  if (source instanceof Headers) return source.get(name) ?? undefined;\n  if (source instanceof Request) return source.headers.get(name) ?? undefined;\n  const value = source.headers[name.toLowerCase()];\n  return Array.isArray(value) ? value[0] : value;\n}\n\n/** The bearer token, or the session cookie (httpOnly, set by your sign-in route). */\nfunction readToken(source: AuthSource): string | undefined {\n  const authorization = readHeader(source, 'authorization');\n  if (authorization?.startsWith('Bearer ')) return authorization.slice('Bearer '.length).trim() || undefined;\n  const cookie = readHeader(source, 'cookie');\n  if (!cookie) return undefined;\n  for (const part of cookie.split(';')) {\n    const eq = part.indexOf('=');\n    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) {\n      return decodeURIComponent(part.slice(eq + 1).trim()) || undefined;\n    }\n  }\n  return undefined;\n}\n\nfunction base64UrlToBytes(input: string): Uint8Array<ArrayBuffer> {\n  const base64 = input.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(input.length / 4) * 4, '=');\n  const binary = atob(base64);\n  const bytes = new Uint8Array(binary.length);\n  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);\n  return bytes;\n}\n\nlet keyPromise: Promise<CryptoKey> | undefined;\n\n/** The HMAC key from AUTH_SECRET, imported once per instance. Fails loudly when the secret is missing or weak. */\nfunction getKey(): Promise<CryptoKey> {\n  const secret = process.env.AUTH_SECRET;\n  if (!secret || secret.length < 32) {\n    throw new Error('AUTH_SECRET must be set to at least 32 characters');\n  }\n  keyPromise ??= crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [\n    'verify',\n  ]);\n  return keyPromise;\n}\n\n/** Verifies an HS256 JWT: signature (constant time, by WebCrypto), algorithm, expiry, not-before and issuer. */\nasync function verifyToken(token: string): Promise<Record<string, unknown> | null> {\n  const parts = token.split('.');\n  if (parts.length !== 3) return null;\n  const [header, payload, signature] = parts as [string, string, string];\n  try {\n    const head = JSON.parse(new TextDecoder().decode(base64UrlToBytes(header))) as { alg?: unknown };\n    if (head.alg !== 'HS256') return null;\n    const valid = await crypto.subtle.verify(\n      'HMAC',\n      await getKey(),\n      base64UrlToBytes(signature),\n      new TextEncoder().encode(`${header}.${payload}`),\n    );\n    if (!valid) return null;\n    const claims = JSON.parse(new TextDecoder().decode(base64UrlToBytes(payload))) as Record<string, unknown>;\n    const now = Math.floor(Date.now() / 1000);\n    if (typeof claims.exp !== 'number' || claims.exp + CLOCK_SKEW_SECONDS < now) return null;\n    if (typeof claims.nbf === 'number' && claims.nbf - CLOCK_SKEW_SECONDS > now) return null;\n    if (ISSUER !== undefined && claims.iss !== ISSUER) return null;\n    return claims;\n  } catch {\n    return null;\n  }\n}\n\nfunction unauthorized(error: string): AuthResult {\n  return {\n    ok: false,\n    status: 401,\n    error,\n    response: Response.json({ error }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } }),\n  };\n}\n\n/**\n * Authenticates the caller from a bearer token or the session cookie. Call it first in every route\n * handler and server action that reaches data, and return `result.response` (401) when `!result.ok`.\n */\nasync function requireAuth(source: AuthSource): Promise<AuthResult> {\n  const token = readToken(source);\n  if (!token) return unauthorized('Authentication required');\n  const claims = await verifyToken(token);\n  if (!claims || typeof claims.sub !== 'string' || claims.sub === '') return unauthorized('Invalid or expired session');\n  return {\n    ok: true,\n    user: {\n      id: claims.sub,\n      email: typeof claims.email === 'string' ? claims.email : undefined,\n      role: typeof claims.role === 'string' ? claims.role : undefined,\n    },\n  };\n}\n" }] }] },
    { code: "'use server'\n\nimport { db } from '@/lib/db'\nimport { chats } from '@/lib/db/schema'\n\nexport async function createChat({ id, title, userId }: { id: string; title: string; userId: string }) {\n  await db.insert(chats).values({ id, title, userId })\n}\n", filename: 'lib/db/actions.ts', errors: [{ messageId: 'missingAuth', line: 6, column: 23, suggestions: [{ messageId: 'addGuard', output: "'use server'\n\nimport { db } from '@/lib/db'\nimport { chats } from '@/lib/db/schema'\nimport { headers } from 'next/headers';\n\nexport async function createChat({ id, title, userId }: { id: string; title: string; userId: string }) {\n  const auth = await requireAuth(await headers());\n  if (!auth.ok) {\n    throw new Error(auth.error);\n  }\n  // Act on the signed-in caller's id, not on the one the client sends.\n  userId = auth.user.id;\n  await db.insert(chats).values({ id, title, userId })\n}\n\n/** The authenticated caller. */\ninterface AuthUser {\n  id: string;\n  email?: string;\n  role?: string;\n}\n\ntype AuthResult =\n  | { ok: true; user: AuthUser }\n  | { ok: false; status: 401; error: string; response: Response };\n\n/** Where the token may come from: a Fetch `Request`, `await headers()`, or a Pages API `req`. */\ntype AuthSource = Request | Headers | { headers: Record<string, string | string[] | undefined> };\n\nconst SESSION_COOKIE = 'session';\nconst ISSUER = undefined as string | undefined;\nconst CLOCK_SKEW_SECONDS = 30;\n\nfunction readHeader(source: AuthSource, name: string): string | undefined {\n  if (source instanceof Headers) return source.get(name) ?? undefined;\n  if (source instanceof Request) return source.headers.get(name) ?? undefined;\n  const value = source.headers[name.toLowerCase()];\n  return Array.isArray(value) ? value[0] : value;\n}\n\n/** The bearer token, or the session cookie (httpOnly, set by your sign-in route). */\nfunction readToken(source: AuthSource): string | undefined {\n  const authorization = readHeader(source, 'authorization');\n  if (authorization?.startsWith('Bearer ')) return authorization.slice('Bearer '.length).trim() || undefined;\n  const cookie = readHeader(source, 'cookie');\n  if (!cookie) return undefined;\n  for (const part of cookie.split(';')) {\n    const eq = part.indexOf('=');\n    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) {\n      return decodeURIComponent(part.slice(eq + 1).trim()) || undefined;\n    }\n  }\n  return undefined;\n}\n\nfunction base64UrlToBytes(input: string): Uint8Array<ArrayBuffer> {\n  const base64 = input.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(input.length / 4) * 4, '=');\n  const binary = atob(base64);\n  const bytes = new Uint8Array(binary.length);\n  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);\n  return bytes;\n}\n\nlet keyPromise: Promise<CryptoKey> | undefined;\n\n/** The HMAC key from AUTH_SECRET, imported once per instance. Fails loudly when the secret is missing or weak. */\nfunction getKey(): Promise<CryptoKey> {\n  const secret = process.env.AUTH_SECRET;\n  if (!secret || secret.length < 32) {\n    throw new Error('AUTH_SECRET must be set to at least 32 characters');\n  }\n  keyPromise ??= crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [\n    'verify',\n  ]);\n  return keyPromise;\n}\n\n/** Verifies an HS256 JWT: signature (constant time, by WebCrypto), algorithm, expiry, not-before and issuer. */\nasync function verifyToken(token: string): Promise<Record<string, unknown> | null> {\n  const parts = token.split('.');\n  if (parts.length !== 3) return null;\n  const [header, payload, signature] = parts as [string, string, string];\n  try {\n    const head = JSON.parse(new TextDecoder().decode(base64UrlToBytes(header))) as { alg?: unknown };\n    if (head.alg !== 'HS256') return null;\n    const valid = await crypto.subtle.verify(\n      'HMAC',\n      await getKey(),\n      base64UrlToBytes(signature),\n      new TextEncoder().encode(`${header}.${payload}`),\n    );\n    if (!valid) return null;\n    const claims = JSON.parse(new TextDecoder().decode(base64UrlToBytes(payload))) as Record<string, unknown>;\n    const now = Math.floor(Date.now() / 1000);\n    if (typeof claims.exp !== 'number' || claims.exp + CLOCK_SKEW_SECONDS < now) return null;\n    if (typeof claims.nbf === 'number' && claims.nbf - CLOCK_SKEW_SECONDS > now) return null;\n    if (ISSUER !== undefined && claims.iss !== ISSUER) return null;\n    return claims;\n  } catch {\n    return null;\n  }\n}\n\nfunction unauthorized(error: string): AuthResult {\n  return {\n    ok: false,\n    status: 401,\n    error,\n    response: Response.json({ error }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } }),\n  };\n}\n\n/**\n * Authenticates the caller from a bearer token or the session cookie. Call it first in every route\n * handler and server action that reaches data, and return `result.response` (401) when `!result.ok`.\n */\nasync function requireAuth(source: AuthSource): Promise<AuthResult> {\n  const token = readToken(source);\n  if (!token) return unauthorized('Authentication required');\n  const claims = await verifyToken(token);\n  if (!claims || typeof claims.sub !== 'string' || claims.sub === '') return unauthorized('Invalid or expired session');\n  return {\n    ok: true,\n    user: {\n      id: claims.sub,\n      email: typeof claims.email === 'string' ? claims.email : undefined,\n      role: typeof claims.role === 'string' ? claims.role : undefined,\n    },\n  };\n}\n" }] }] },
    // The guard reuses the file's own auth call (another handler's `const userId = await getCurrentUserId()`), keeping the app's conventions (morphic).
    { code: "'use server'\n\nimport { getCurrentUserId } from '@/lib/auth/get-current-user'\nimport * as dbActions from '@/lib/db/actions'\n\nexport async function deleteChat(chatId: string) {\n  const userId = await getCurrentUserId()\n  if (!userId) return { error: 'Unauthorized' }\n  return dbActions.deleteChat(chatId, userId)\n}\n\nexport async function renameChat(chatId: string, title: string) {\n  return dbActions.updateChatTitle(chatId, title)\n}\n", filename: 'lib/actions/chat.ts', errors: [{ messageId: 'missingAuth', line: 12, column: 23, suggestions: [{ messageId: 'addGuard', output: "'use server'\n\nimport { getCurrentUserId } from '@/lib/auth/get-current-user'\nimport * as dbActions from '@/lib/db/actions'\n\nexport async function deleteChat(chatId: string) {\n  const userId = await getCurrentUserId()\n  if (!userId) return { error: 'Unauthorized' }\n  return dbActions.deleteChat(chatId, userId)\n}\n\nexport async function renameChat(chatId: string, title: string) {\n  const userId = await getCurrentUserId();\n  if (!userId) {\n    throw new Error('Unauthorized');\n  }\n  return dbActions.updateChatTitle(chatId, title)\n}\n" }] }] },
    // A library's own call in another handler: the library's guard, renaming its binding when the handler already uses the name.
    { code: "import { auth } from '@clerk/nextjs/server';\nimport { db } from '@/lib/db';\n\nexport async function GET() {\n  const { userId } = await auth();\n  if (!userId) return new Response('Unauthorized', { status: 401 });\n  return Response.json(await db.note.findMany({ where: { ownerId: userId } }));\n}\n\nexport async function DELETE(req: Request) {\n  const { userId, noteId } = await req.json();\n  await db.note.deleteMany({ where: { id: noteId, ownerId: userId } });\n  return Response.json({ ok: true });\n}\n", filename: 'app/api/notes/route.ts', errors: [{ messageId: 'missingAuth', line: 10, column: 23, suggestions: [{ messageId: 'addGuard', output: "import { auth } from '@clerk/nextjs/server';\nimport { db } from '@/lib/db';\n\nexport async function GET() {\n  const { userId } = await auth();\n  if (!userId) return new Response('Unauthorized', { status: 401 });\n  return Response.json(await db.note.findMany({ where: { ownerId: userId } }));\n}\n\nexport async function DELETE(req: Request) {\n  const { userId: authUserId } = await auth();\n  if (!authUserId) {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  const { userId, noteId } = await req.json();\n  await db.note.deleteMany({ where: { id: noteId, ownerId: userId } });\n  return Response.json({ ok: true });\n}\n" }] }] },
    // An id generator from the schema module is not the data access the message names (morphic).
    { code: "'use server'\n\nimport { generateId } from '@/lib/db/schema'\nimport * as dbActions from '@/lib/db/actions'\n\nexport async function createChat(id: string | undefined, title: string, userId: string) {\n  const chatId = id || generateId()\n  return dbActions.createChat({ id: chatId, title, userId })\n}\n", filename: 'lib/actions/chat.ts', errors: [{ messageId: 'missingAuth', line: 6, column: 23, data: { handler: 'Server action createChat', what: 'the database (dbActions.createChat)', fix: ACTION_FIX }, suggestions: [{ messageId: 'addGuard', output: "'use server'\n\nimport { generateId } from '@/lib/db/schema'\nimport * as dbActions from '@/lib/db/actions'\nimport { headers } from 'next/headers';\n\nexport async function createChat(id: string | undefined, title: string, userId: string) {\n  const auth = await requireAuth(await headers());\n  if (!auth.ok) {\n    throw new Error(auth.error);\n  }\n  // Act on the signed-in caller's id, not on the one the client sends.\n  userId = auth.user.id;\n  const chatId = id || generateId()\n  return dbActions.createChat({ id: chatId, title, userId })\n}\n\n/** The authenticated caller. */\ninterface AuthUser {\n  id: string;\n  email?: string;\n  role?: string;\n}\n\ntype AuthResult =\n  | { ok: true; user: AuthUser }\n  | { ok: false; status: 401; error: string; response: Response };\n\n/** Where the token may come from: a Fetch `Request`, `await headers()`, or a Pages API `req`. */\ntype AuthSource = Request | Headers | { headers: Record<string, string | string[] | undefined> };\n\nconst SESSION_COOKIE = 'session';\nconst ISSUER = undefined as string | undefined;\nconst CLOCK_SKEW_SECONDS = 30;\n\nfunction readHeader(source: AuthSource, name: string): string | undefined {\n  if (source instanceof Headers) return source.get(name) ?? undefined;\n  if (source instanceof Request) return source.headers.get(name) ?? undefined;\n  const value = source.headers[name.toLowerCase()];\n  return Array.isArray(value) ? value[0] : value;\n}\n\n/** The bearer token, or the session cookie (httpOnly, set by your sign-in route). */\nfunction readToken(source: AuthSource): string | undefined {\n  const authorization = readHeader(source, 'authorization');\n  if (authorization?.startsWith('Bearer ')) return authorization.slice('Bearer '.length).trim() || undefined;\n  const cookie = readHeader(source, 'cookie');\n  if (!cookie) return undefined;\n  for (const part of cookie.split(';')) {\n    const eq = part.indexOf('=');\n    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) {\n      return decodeURIComponent(part.slice(eq + 1).trim()) || undefined;\n    }\n  }\n  return undefined;\n}\n\nfunction base64UrlToBytes(input: string): Uint8Array<ArrayBuffer> {\n  const base64 = input.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(input.length / 4) * 4, '=');\n  const binary = atob(base64);\n  const bytes = new Uint8Array(binary.length);\n  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);\n  return bytes;\n}\n\nlet keyPromise: Promise<CryptoKey> | undefined;\n\n/** The HMAC key from AUTH_SECRET, imported once per instance. Fails loudly when the secret is missing or weak. */\nfunction getKey(): Promise<CryptoKey> {\n  const secret = process.env.AUTH_SECRET;\n  if (!secret || secret.length < 32) {\n    throw new Error('AUTH_SECRET must be set to at least 32 characters');\n  }\n  keyPromise ??= crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [\n    'verify',\n  ]);\n  return keyPromise;\n}\n\n/** Verifies an HS256 JWT: signature (constant time, by WebCrypto), algorithm, expiry, not-before and issuer. */\nasync function verifyToken(token: string): Promise<Record<string, unknown> | null> {\n  const parts = token.split('.');\n  if (parts.length !== 3) return null;\n  const [header, payload, signature] = parts as [string, string, string];\n  try {\n    const head = JSON.parse(new TextDecoder().decode(base64UrlToBytes(header))) as { alg?: unknown };\n    if (head.alg !== 'HS256') return null;\n    const valid = await crypto.subtle.verify(\n      'HMAC',\n      await getKey(),\n      base64UrlToBytes(signature),\n      new TextEncoder().encode(`${header}.${payload}`),\n    );\n    if (!valid) return null;\n    const claims = JSON.parse(new TextDecoder().decode(base64UrlToBytes(payload))) as Record<string, unknown>;\n    const now = Math.floor(Date.now() / 1000);\n    if (typeof claims.exp !== 'number' || claims.exp + CLOCK_SKEW_SECONDS < now) return null;\n    if (typeof claims.nbf === 'number' && claims.nbf - CLOCK_SKEW_SECONDS > now) return null;\n    if (ISSUER !== undefined && claims.iss !== ISSUER) return null;\n    return claims;\n  } catch {\n    return null;\n  }\n}\n\nfunction unauthorized(error: string): AuthResult {\n  return {\n    ok: false,\n    status: 401,\n    error,\n    response: Response.json({ error }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } }),\n  };\n}\n\n/**\n * Authenticates the caller from a bearer token or the session cookie. Call it first in every route\n * handler and server action that reaches data, and return `result.response` (401) when `!result.ok`.\n */\nasync function requireAuth(source: AuthSource): Promise<AuthResult> {\n  const token = readToken(source);\n  if (!token) return unauthorized('Authentication required');\n  const claims = await verifyToken(token);\n  if (!claims || typeof claims.sub !== 'string' || claims.sub === '') return unauthorized('Invalid or expired session');\n  return {\n    ok: true,\n    user: {\n      id: claims.sub,\n      email: typeof claims.email === 'string' ? claims.email : undefined,\n      role: typeof claims.role === 'string' ? claims.role : undefined,\n    },\n  };\n}\n" }] }] },
    // The same helper called but never gating the response.
    { code: "import type { NextApiRequest, NextApiResponse } from \"next\";\nimport { prisma } from \"@/lib/prisma\";\nimport getTokenFromRequest from \"@/lib/api/getTokenFromRequest\";\n\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  const token = await getTokenFromRequest(req);\n  console.log(\"payment request\", token?.id);\n  const users = await prisma.user.findMany();\n  return res.status(200).json({ response: users });\n}\n", filename: 'pages/api/payment/index.ts', errors: [{ messageId: 'uncheckedAuth', line: 6, column: 23, suggestions: [] }] },
    // A guest checkout (skateshop's createPaymentIntent, keyed by its `cartId` cookie) that looks the store's Stripe account up
    // through another action of the file: that action is reported on its own, not again through the checkout.
    { code: "\"use server\"\n\nimport { cookies } from \"next/headers\"\nimport { db } from \"@/db\"\nimport { carts, payments } from \"@/db/schema\"\nimport { eq } from \"drizzle-orm\"\n\nimport { stripe } from \"@/lib/stripe\"\n\nexport async function getStripeAccount(input: { storeId: string }) {\n  const payment = await db.query.payments.findFirst({\n    columns: { stripeAccountId: true },\n    where: eq(payments.storeId, input.storeId),\n  })\n  return { payment }\n}\n\nexport async function createPaymentIntent(input: { storeId: string; total: number }) {\n  const { payment } = await getStripeAccount(input)\n  if (!payment?.stripeAccountId) throw new Error(\"Store not connected to Stripe.\")\n  const cartId = cookies().get(\"cartId\")?.value\n  if (!cartId) throw new Error(\"Cart not found.\")\n  const paymentIntent = await stripe.paymentIntents.create(\n    { amount: input.total, currency: \"usd\", metadata: { cartId } },\n    { stripeAccount: payment.stripeAccountId }\n  )\n  await db.update(carts).set({ paymentIntentId: paymentIntent.id }).where(eq(carts.id, cartId))\n  return { clientSecret: paymentIntent.client_secret }\n}\n", filename: 'src/lib/actions/stripe.ts', settings: helper, errors: [{ messageId: 'missingAuth', line: 10, column: 23, suggestions: [{ messageId: 'addGuard', output: "\"use server\"\n\nimport { cookies, headers } from \"next/headers\"\nimport { db } from \"@/db\"\nimport { carts, payments } from \"@/db/schema\"\nimport { eq } from \"drizzle-orm\"\n\nimport { stripe } from \"@/lib/stripe\"\nimport { requireAuth } from '@/lib/require-auth';\n\nexport async function getStripeAccount(input: { storeId: string }) {\n  const auth = await requireAuth(await headers());\n  if (!auth.ok) {\n    throw new Error(auth.error);\n  }\n  const payment = await db.query.payments.findFirst({\n    columns: { stripeAccountId: true },\n    where: eq(payments.storeId, input.storeId),\n  })\n  return { payment }\n}\n\nexport async function createPaymentIntent(input: { storeId: string; total: number }) {\n  const { payment } = await getStripeAccount(input)\n  if (!payment?.stripeAccountId) throw new Error(\"Store not connected to Stripe.\")\n  const cartId = cookies().get(\"cartId\")?.value\n  if (!cartId) throw new Error(\"Cart not found.\")\n  const paymentIntent = await stripe.paymentIntents.create(\n    { amount: input.total, currency: \"usd\", metadata: { cartId } },\n    { stripeAccount: payment.stripeAccountId }\n  )\n  await db.update(carts).set({ paymentIntentId: paymentIntent.id }).where(eq(carts.id, cartId))\n  return { clientSecret: paymentIntent.client_secret }\n}\n" }] }] },
    // Twin: the same lookup in a private helper of the file is the checkout's own reach.
    { code: "\"use server\"\n\nimport { cookies } from \"next/headers\"\nimport { db } from \"@/db\"\nimport { carts, payments } from \"@/db/schema\"\nimport { eq } from \"drizzle-orm\"\n\nimport { stripe } from \"@/lib/stripe\"\n\nasync function getStripeAccount(input: { storeId: string }) {\n  const payment = await db.query.payments.findFirst({\n    columns: { stripeAccountId: true },\n    where: eq(payments.storeId, input.storeId),\n  })\n  return { payment }\n}\n\nexport async function createPaymentIntent(input: { storeId: string; total: number }) {\n  const { payment } = await getStripeAccount(input)\n  if (!payment?.stripeAccountId) throw new Error(\"Store not connected to Stripe.\")\n  const cartId = cookies().get(\"cartId\")?.value\n  if (!cartId) throw new Error(\"Cart not found.\")\n  const paymentIntent = await stripe.paymentIntents.create(\n    { amount: input.total, currency: \"usd\", metadata: { cartId } },\n    { stripeAccount: payment.stripeAccountId }\n  )\n  await db.update(carts).set({ paymentIntentId: paymentIntent.id }).where(eq(carts.id, cartId))\n  return { clientSecret: paymentIntent.client_secret }\n}\n", filename: 'src/lib/actions/stripe.ts', settings: helper, errors: [{ messageId: 'missingAuth', line: 18, column: 23, suggestions: [{ messageId: 'addGuard', output: "\"use server\"\n\nimport { cookies, headers } from \"next/headers\"\nimport { db } from \"@/db\"\nimport { carts, payments } from \"@/db/schema\"\nimport { eq } from \"drizzle-orm\"\n\nimport { stripe } from \"@/lib/stripe\"\nimport { requireAuth } from '@/lib/require-auth';\n\nasync function getStripeAccount(input: { storeId: string }) {\n  const payment = await db.query.payments.findFirst({\n    columns: { stripeAccountId: true },\n    where: eq(payments.storeId, input.storeId),\n  })\n  return { payment }\n}\n\nexport async function createPaymentIntent(input: { storeId: string; total: number }) {\n  const auth = await requireAuth(await headers());\n  if (!auth.ok) {\n    throw new Error(auth.error);\n  }\n  const { payment } = await getStripeAccount(input)\n  if (!payment?.stripeAccountId) throw new Error(\"Store not connected to Stripe.\")\n  const cartId = cookies().get(\"cartId\")?.value\n  if (!cartId) throw new Error(\"Cart not found.\")\n  const paymentIntent = await stripe.paymentIntents.create(\n    { amount: input.total, currency: \"usd\", metadata: { cartId } },\n    { stripeAccount: payment.stripeAccountId }\n  )\n  await db.update(carts).set({ paymentIntentId: paymentIntent.id }).where(eq(carts.id, cartId))\n  return { clientSecret: paymentIntent.client_secret }\n}\n" }] }] },
    // Twin of giselle's removeFile: a guard handed the user from the input checks whoever the caller claims to be.
    { code: "'use server';\nimport { store } from '@/app/store';\nimport { assertWorkspaceAccess } from '@/lib/assert-workspace-access';\n\nexport async function removeFile(input: { userId: string; workspaceId: string; fileId: string }) {\n  await assertWorkspaceAccess(input.workspaceId, input.userId);\n  await store.removeFile(input.workspaceId, input.fileId);\n}\n", filename: 'lib/internal-api/files.ts', settings: helper, errors: [{ messageId: 'missingAuth', line: 5, column: 23, suggestions: [{ messageId: 'addGuard', output: "'use server';\nimport { store } from '@/app/store';\nimport { assertWorkspaceAccess } from '@/lib/assert-workspace-access';\nimport { headers } from 'next/headers';\nimport { requireAuth } from '@/lib/require-auth';\n\nexport async function removeFile(input: { userId: string; workspaceId: string; fileId: string }) {\n  const auth = await requireAuth(await headers());\n  if (!auth.ok) {\n    throw new Error(auth.error);\n  }\n  await assertWorkspaceAccess(input.workspaceId, input.userId);\n  await store.removeFile(input.workspaceId, input.fileId);\n}\n" }] }] },
    // An auth library looking a user up by the caller's input is not a session (skateshop's getPlan, a miss).
    { code: "'use server';\nimport { clerkClient } from '@clerk/nextjs/server';\nimport { stripe } from '@/lib/stripe';\n\nexport async function getPlan(input: { userId: string }) {\n  const user = await clerkClient.users.getUser(input.userId);\n  if (!user) throw new Error('User not found.');\n  const subscription = await stripe.subscriptions.retrieve(String(user.privateMetadata.stripeSubscriptionId));\n  return { customerId: user.privateMetadata.stripeCustomerId, canceled: subscription.cancel_at_period_end };\n}\n", filename: 'app/actions/billing.ts', settings: helper, errors: [{ messageId: 'missingAuth', line: 5, column: 23, suggestions: [{ messageId: 'addGuard', output: "'use server';\nimport { clerkClient, auth } from '@clerk/nextjs/server';\nimport { stripe } from '@/lib/stripe';\n\nexport async function getPlan(input: { userId: string }) {\n  const { userId: authUserId } = await auth();\n  if (!authUserId) {\n    throw new Error('Unauthorized');\n  }\n  const user = await clerkClient.users.getUser(input.userId);\n  if (!user) throw new Error('User not found.');\n  const subscription = await stripe.subscriptions.retrieve(String(user.privateMetadata.stripeSubscriptionId));\n  return { customerId: user.privateMetadata.stripeCustomerId, canceled: subscription.cancel_at_period_end };\n}\n" }] }] },
    // A query's result is not a client: the finding names the query, not `order?.items?.map`; a MongoDB
    // collection handle stays a client.
    { code: "'use server';\nimport { db } from '@/db';\nimport { orders } from '@/db/schema';\nimport { eq } from 'drizzle-orm';\n\nexport async function exportOrders(storeId: string) {\n  const order = await db.query.orders.findFirst({ where: eq(orders.storeId, storeId) });\n  return order?.items?.map((i) => i.sku) ?? [];\n}\n", filename: 'app/actions/orders.ts', settings: helper, errors: [{ messageId: 'missingAuth', line: 6, column: 23, data: { handler: 'Server action exportOrders', what: 'the database (db.query.orders.findFirst)', fix: ACTION_FIX }, suggestions: [{ messageId: 'addGuard', output: "'use server';\nimport { db } from '@/db';\nimport { orders } from '@/db/schema';\nimport { eq } from 'drizzle-orm';\nimport { headers } from 'next/headers';\nimport { requireAuth } from '@/lib/require-auth';\n\nexport async function exportOrders(storeId: string) {\n  const auth = await requireAuth(await headers());\n  if (!auth.ok) {\n    throw new Error(auth.error);\n  }\n  const order = await db.query.orders.findFirst({ where: eq(orders.storeId, storeId) });\n  return order?.items?.map((i) => i.sku) ?? [];\n}\n" }] }] },
    { code: "import clientPromise from '@/lib/mongodb';\n\nexport async function POST(req: Request) {\n  const client = await clientPromise;\n  const users = client.db('app').collection('users');\n  const body = await req.json();\n  const existing = await users.findOne({ email: body.email });\n  if (existing) return Response.json({ error: 'exists' }, { status: 409 });\n  await users.insertOne({ email: body.email, createdAt: new Date() });\n  return Response.json({ ok: true });\n}\n", filename: 'app/api/users/route.ts', settings: helper, errors: [{ messageId: 'missingAuth', line: 3, column: 23, suggestions: [{ messageId: 'addGuard', output: "import clientPromise from '@/lib/mongodb';\nimport { requireAuth } from '@/lib/require-auth';\n\nexport async function POST(req: Request) {\n  const auth = await requireAuth(req);\n  if (!auth.ok) {\n    return auth.response;\n  }\n  const client = await clientPromise;\n  const users = client.db('app').collection('users');\n  const body = await req.json();\n  const existing = await users.findOne({ email: body.email });\n  if (existing) return Response.json({ error: 'exists' }, { status: 409 });\n  await users.insertOne({ email: body.email, createdAt: new Date() });\n  return Response.json({ ok: true });\n}\n" }] }] },
    // A server action whose side effect is not a database write (ChatGPTNextWeb's addMcpServer writes a config
    // file and starts a process): not read-only, whatever it reaches.
    { code: "'use server';\nimport fs from 'node:fs/promises';\nimport { startClient } from '@/lib/mcp/client';\n\nasync function updateConfig(config: unknown) {\n  await fs.writeFile('mcp.json', JSON.stringify(config));\n}\n\nexport async function addMcpServer(clientId: string, config: { command: string }) {\n  await updateConfig({ [clientId]: config });\n  await startClient(clientId, config);\n}\n", filename: 'app/mcp/actions.ts', settings: helper, errors: [{ messageId: 'missingAuth', line: 9, column: 23, suggestions: [{ messageId: 'addGuard', output: "'use server';\nimport fs from 'node:fs/promises';\nimport { startClient } from '@/lib/mcp/client';\nimport { headers } from 'next/headers';\nimport { requireAuth } from '@/lib/require-auth';\n\nasync function updateConfig(config: unknown) {\n  await fs.writeFile('mcp.json', JSON.stringify(config));\n}\n\nexport async function addMcpServer(clientId: string, config: { command: string }) {\n  const auth = await requireAuth(await headers());\n  if (!auth.ok) {\n    throw new Error(auth.error);\n  }\n  await updateConfig({ [clientId]: config });\n  await startClient(clientId, config);\n}\n" }] }] },
    // Twins: the cart taken from the caller's input, the intent for any cart, the same search over users.
    { code: "\"use server\"\n\nimport { cookies } from \"next/headers\"\nimport { db } from \"@/db\"\nimport { carts, products } from \"@/db/schema\"\nimport { eq } from \"drizzle-orm\"\n\nexport async function getCart(input: { cartId: string }) {\n  const cartId = input.cartId\n  if (!cartId) return []\n  const cart = await db.query.carts.findFirst({ where: eq(carts.id, cartId) })\n  return cart?.items ?? []\n}\n\nexport async function addToCart(input: { productId: string; quantity: number }) {\n  const product = await db.query.products.findFirst({ where: eq(products.id, input.productId) })\n  if (!product) throw new Error(\"Product not found.\")\n  const cookieStore = cookies()\n  const cartId = cookieStore.get(\"cartId\")?.value\n  if (!cartId) {\n    const cart = await db.insert(carts).values({ items: [input] }).returning({ insertedId: carts.id })\n    cookieStore.set(\"cartId\", String(cart[0]?.insertedId))\n    return\n  }\n  const cart = await db.query.carts.findFirst({ where: eq(carts.id, cartId) })\n  if (!cart) throw new Error(\"Cart not found.\")\n  await db.update(carts).set({ items: [...(cart.items ?? []), input] }).where(eq(carts.id, cartId))\n}\n\nexport async function deleteCart(input: { cartId: string }) {\n  const cartId = input.cartId\n  if (!cartId) throw new Error(\"cartId not found, please try again.\")\n  await db.delete(carts).where(eq(carts.id, cartId))\n}\n", filename: 'src/lib/actions/cart.ts', settings: helper, errors: [{ messageId: 'missingAuth', line: 8, column: 23, suggestions: [{ messageId: 'addGuard', output: "\"use server\"\n\nimport { cookies, headers } from \"next/headers\"\nimport { db } from \"@/db\"\nimport { carts, products } from \"@/db/schema\"\nimport { eq } from \"drizzle-orm\"\nimport { requireAuth } from '@/lib/require-auth';\n\nexport async function getCart(input: { cartId: string }) {\n  const auth = await requireAuth(await headers());\n  if (!auth.ok) {\n    throw new Error(auth.error);\n  }\n  const cartId = input.cartId\n  if (!cartId) return []\n  const cart = await db.query.carts.findFirst({ where: eq(carts.id, cartId) })\n  return cart?.items ?? []\n}\n\nexport async function addToCart(input: { productId: string; quantity: number }) {\n  const product = await db.query.products.findFirst({ where: eq(products.id, input.productId) })\n  if (!product) throw new Error(\"Product not found.\")\n  const cookieStore = cookies()\n  const cartId = cookieStore.get(\"cartId\")?.value\n  if (!cartId) {\n    const cart = await db.insert(carts).values({ items: [input] }).returning({ insertedId: carts.id })\n    cookieStore.set(\"cartId\", String(cart[0]?.insertedId))\n    return\n  }\n  const cart = await db.query.carts.findFirst({ where: eq(carts.id, cartId) })\n  if (!cart) throw new Error(\"Cart not found.\")\n  await db.update(carts).set({ items: [...(cart.items ?? []), input] }).where(eq(carts.id, cartId))\n}\n\nexport async function deleteCart(input: { cartId: string }) {\n  const cartId = input.cartId\n  if (!cartId) throw new Error(\"cartId not found, please try again.\")\n  await db.delete(carts).where(eq(carts.id, cartId))\n}\n" }] }, { messageId: 'missingAuth', line: 30, column: 23, suggestions: [{ messageId: 'addGuard', output: "\"use server\"\n\nimport { cookies, headers } from \"next/headers\"\nimport { db } from \"@/db\"\nimport { carts, products } from \"@/db/schema\"\nimport { eq } from \"drizzle-orm\"\nimport { requireAuth } from '@/lib/require-auth';\n\nexport async function getCart(input: { cartId: string }) {\n  const cartId = input.cartId\n  if (!cartId) return []\n  const cart = await db.query.carts.findFirst({ where: eq(carts.id, cartId) })\n  return cart?.items ?? []\n}\n\nexport async function addToCart(input: { productId: string; quantity: number }) {\n  const product = await db.query.products.findFirst({ where: eq(products.id, input.productId) })\n  if (!product) throw new Error(\"Product not found.\")\n  const cookieStore = cookies()\n  const cartId = cookieStore.get(\"cartId\")?.value\n  if (!cartId) {\n    const cart = await db.insert(carts).values({ items: [input] }).returning({ insertedId: carts.id })\n    cookieStore.set(\"cartId\", String(cart[0]?.insertedId))\n    return\n  }\n  const cart = await db.query.carts.findFirst({ where: eq(carts.id, cartId) })\n  if (!cart) throw new Error(\"Cart not found.\")\n  await db.update(carts).set({ items: [...(cart.items ?? []), input] }).where(eq(carts.id, cartId))\n}\n\nexport async function deleteCart(input: { cartId: string }) {\n  const auth = await requireAuth(await headers());\n  if (!auth.ok) {\n    throw new Error(auth.error);\n  }\n  const cartId = input.cartId\n  if (!cartId) throw new Error(\"cartId not found, please try again.\")\n  await db.delete(carts).where(eq(carts.id, cartId))\n}\n" }] }] },
    { code: "\"use server\"\n\nimport { cookies } from \"next/headers\"\nimport { db } from \"@/db\"\nimport { carts } from \"@/db/schema\"\nimport { eq } from \"drizzle-orm\"\n\nimport { stripe } from \"@/lib/stripe\"\n\nexport async function createPaymentIntent(input: { stripeAccountId: string; total: number; cartId: string }) {\n  const cartId = input.cartId\n  if (!cartId) throw new Error(\"Cart not found.\")\n  const paymentIntent = await stripe.paymentIntents.create(\n    { amount: input.total, currency: \"usd\", metadata: { cartId } },\n    { stripeAccount: input.stripeAccountId }\n  )\n  await db.update(carts).set({ paymentIntentId: paymentIntent.id }).where(eq(carts.id, cartId))\n  return { clientSecret: paymentIntent.client_secret }\n}\n\nexport async function getPaymentIntent(input: { paymentIntentId: string; stripeAccountId: string; deliveryPostalCode: string }) {\n  const cartId = cookies().get(\"cartId\")?.value\n  const paymentIntent = await stripe.paymentIntents.retrieve(input.paymentIntentId, { stripeAccount: input.stripeAccountId })\n  if (\n    paymentIntent.metadata.cartId !== cartId &&\n    paymentIntent.shipping?.address?.postal_code !== input.deliveryPostalCode\n  ) {\n    throw new Error(\"CartId or delivery postal code does not match.\")\n  }\n  return { paymentIntent, isVerified: true }\n}\n", filename: 'src/lib/actions/stripe.ts', settings: helper, errors: [{ messageId: 'missingAuth', line: 10, column: 23, suggestions: [{ messageId: 'addGuard', output: "\"use server\"\n\nimport { cookies, headers } from \"next/headers\"\nimport { db } from \"@/db\"\nimport { carts } from \"@/db/schema\"\nimport { eq } from \"drizzle-orm\"\n\nimport { stripe } from \"@/lib/stripe\"\nimport { requireAuth } from '@/lib/require-auth';\n\nexport async function createPaymentIntent(input: { stripeAccountId: string; total: number; cartId: string }) {\n  const auth = await requireAuth(await headers());\n  if (!auth.ok) {\n    throw new Error(auth.error);\n  }\n  const cartId = input.cartId\n  if (!cartId) throw new Error(\"Cart not found.\")\n  const paymentIntent = await stripe.paymentIntents.create(\n    { amount: input.total, currency: \"usd\", metadata: { cartId } },\n    { stripeAccount: input.stripeAccountId }\n  )\n  await db.update(carts).set({ paymentIntentId: paymentIntent.id }).where(eq(carts.id, cartId))\n  return { clientSecret: paymentIntent.client_secret }\n}\n\nexport async function getPaymentIntent(input: { paymentIntentId: string; stripeAccountId: string; deliveryPostalCode: string }) {\n  const cartId = cookies().get(\"cartId\")?.value\n  const paymentIntent = await stripe.paymentIntents.retrieve(input.paymentIntentId, { stripeAccount: input.stripeAccountId })\n  if (\n    paymentIntent.metadata.cartId !== cartId &&\n    paymentIntent.shipping?.address?.postal_code !== input.deliveryPostalCode\n  ) {\n    throw new Error(\"CartId or delivery postal code does not match.\")\n  }\n  return { paymentIntent, isVerified: true }\n}\n" }] }] },
    { code: "\"use server\"\n\nimport { db } from \"@/db\"\n\nexport async function filterProducts({ query }: { query: string }) {\n  if (query.length === 0) return { data: null }\n  const categoriesWithProducts = await db.query.users.findMany({\n    columns: { id: true, name: true },\n    with: { products: { columns: { id: true, name: true } } },\n    where: (table, { sql }) => sql`position(${query} in ${table.name}) > 0`,\n  })\n  return { data: categoriesWithProducts }\n}\n", filename: 'src/lib/actions/product.ts', settings: helper, errors: [{ messageId: 'missingAuth', line: 5, column: 23, suggestions: [{ messageId: 'addGuard', output: "\"use server\"\n\nimport { db } from \"@/db\"\nimport { headers } from 'next/headers';\nimport { requireAuth } from '@/lib/require-auth';\n\nexport async function filterProducts({ query }: { query: string }) {\n  const auth = await requireAuth(await headers());\n  if (!auth.ok) {\n    throw new Error(auth.error);\n  }\n  if (query.length === 0) return { data: null }\n  const categoriesWithProducts = await db.query.users.findMany({\n    columns: { id: true, name: true },\n    with: { products: { columns: { id: true, name: true } } },\n    where: (table, { sql }) => sql`position(${query} in ${table.name}) > 0`,\n  })\n  return { data: categoriesWithProducts }\n}\n" }] }] },
    // Twin: the same public read of an `orders` table.
    { code: "import { supabase } from '@/lib/supabase';\n\nexport async function GET(request) {\n  const postId = new URL(request.url).searchParams.get('postId');\n  const { data } = await supabase.from('orders').select('*').eq('post_id', postId).order('created_at', { ascending: true });\n  return Response.json({ comments: data || [] });\n}\n", filename: 'app/api/orders/route.js', settings: helper, errors: [{ messageId: 'missingAuth', line: 3, column: 23, suggestions: [{ messageId: 'addGuard', output: "import { supabase } from '@/lib/supabase';\nimport { createClient } from '@/lib/supabase/server';\n\nexport async function GET(request) {\n  const { data: { user } } = await (await createClient()).auth.getUser();\n  if (!user) {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  const postId = new URL(request.url).searchParams.get('postId');\n  const { data } = await supabase.from('orders').select('*').eq('post_id', postId).order('created_at', { ascending: true });\n  return Response.json({ comments: data || [] });\n}\n" }] }] },
    // Twin: a POST that takes no request but touches sessions is reported.
    {
      code: "import { NextResponse } from 'next/server';\nimport { clearAllSessions } from '@/lib/sessions-store';\n\nexport async function POST() {\n  await clearAllSessions();\n  return NextResponse.json({ ok: true });\n}\n",
      filename: "app/api/models/route.ts",
      settings: helper,
      errors: [{ messageId: 'missingAuth', line: 4, column: 23, suggestions: [{ messageId: 'addGuard', output: "import { NextResponse } from 'next/server';\nimport { clearAllSessions } from '@/lib/sessions-store';\nimport { headers } from 'next/headers';\nimport { requireAuth } from '@/lib/require-auth';\n\nexport async function POST() {\n  const auth = await requireAuth(await headers());\n  if (!auth.ok) {\n    return auth.response;\n  }\n  await clearAllSessions();\n  return NextResponse.json({ ok: true });\n}\n" }] }],
    },

    // Twin: a write from a models module, even not awaited, is the database.
    {
      code: "import { NextResponse } from 'next/server';\nimport { deleteUser } from '@/models/user';\n\nexport async function POST(req: Request) {\n  const { id } = await req.json();\n  deleteUser(id);\n  return NextResponse.json({ ok: true });\n}\n",
      filename: "app/api/models/route.ts",
      settings: helper,
      errors: [{ messageId: 'missingAuth', line: 4, column: 23, suggestions: [{ messageId: 'addGuard', output: "import { NextResponse } from 'next/server';\nimport { deleteUser } from '@/models/user';\nimport { requireAuth } from '@/lib/require-auth';\n\nexport async function POST(req: Request) {\n  const auth = await requireAuth(req);\n  if (!auth.ok) {\n    return auth.response;\n  }\n  const { id } = await req.json();\n  deleteUser(id);\n  return NextResponse.json({ ok: true });\n}\n" }] }],
    },

    // `anonymous: true` in a row written or a response body is data, not a declaration that the route is public (zola's create-guest).
    {
      code: "import { prisma } from '@/lib/db';\nexport async function POST(req: Request) {\n  const { name } = await req.json();\n  const user = await prisma.user.create({ data: { name, anonymous: true } });\n  return Response.json({ user: { id: user.id, anonymous: true } });\n}\n",
      filename: "app/api/guests/route.ts",
      settings: helper,
      errors: [{ messageId: 'missingAuth', line: 2, column: 23, suggestions: [{ messageId: 'addGuard', output: "import { prisma } from '@/lib/db';\nimport { requireAuth } from '@/lib/require-auth';\nexport async function POST(req: Request) {\n  const auth = await requireAuth(req);\n  if (!auth.ok) {\n    return auth.response;\n  }\n  const { name } = await req.json();\n  const user = await prisma.user.create({ data: { name, anonymous: true } });\n  return Response.json({ user: { id: user.id, anonymous: true } });\n}\n" }] }],
    },

    // The same builder handed the request's data: a `create*Response` may record it (a survey response), so it is checked.
    {
      code: "import { createDiscoveryResponse } from '@/lib/agent-discovery';\n\nexport async function POST(request: Request) {\n  const body = await request.json();\n  return createDiscoveryResponse(body.document, { contentType: 'text/markdown; charset=utf-8' });\n}\n",
      filename: "app/AGENTS.md/route.ts",
      settings: helper,
      errors: [{ messageId: 'missingAuth', line: 3, column: 23, suggestions: [{ messageId: 'addGuard', output: "import { createDiscoveryResponse } from '@/lib/agent-discovery';\nimport { requireAuth } from '@/lib/require-auth';\n\nexport async function POST(request: Request) {\n  const auth = await requireAuth(request);\n  if (!auth.ok) {\n    return auth.response;\n  }\n  const body = await request.json();\n  return createDiscoveryResponse(body.document, { contentType: 'text/markdown; charset=utf-8' });\n}\n" }] }],
    },
    // Twin: the same wrapper around a callback that deletes a record; the message names the call inside, not `sew`.
    {
      code: SEW_ACTIONS_TWIN,
      filename: 'src/actions.ts',
      errors: [{ messageId: 'missingAuth', line: 13, column: 14, data: { handler: 'Server action deleteChat', what: 'project data code (deleteChatRecord)', fix: ACTION_FIX }, suggestions: [] }],
    },
    // Twin: the callback deletes a record; the message names the call inside, not the wrapper.
    {
      code: WRAPPED_ROUTE('    await deleteChatbot(data.id);\n'),
      filename: 'src/app/api/example/route.ts',
      settings: helper,
      errors: [{ messageId: 'missingAuth', line: 4, column: 23, data: { handler: 'POST handler', what: 'project data code (deleteChatbot)', fix: ROUTE_FIX }, suggestions: [{ messageId: 'addGuard', output: WRAPPED_ROUTE('    await deleteChatbot(data.id);\n').replace("'@/lib/chatbots';\n", "'@/lib/chatbots';\nimport { requireAuth } from '@/lib/require-auth';\n").replace('(req: Request) {\n', '(req: Request) {\n  const auth = await requireAuth(req);\n  if (!auth.ok) {\n    return auth.response;\n  }\n') }] }],
    },
    // An awaiting wrapper handed a project call's promise (openlit's `asaw(createContext(input))`): the message names `createContext`, not `asaw`.
    {
      code: "import { createContext } from '@/lib/platform/context';\nimport asaw from '@/utils/asaw';\n\nexport async function POST(request: Request) {\n  const body = await request.json();\n  const [err, res] = await asaw(createContext({ name: body.name, content: body.content }));\n  if (err) return Response.json(err, { status: 400 });\n  return Response.json(res);\n}\n",
      filename: 'app/api/context/route.ts',
      settings: helper,
      errors: [{ messageId: 'missingAuth', line: 4, column: 23, data: { handler: 'POST handler', what: 'project data code (createContext)', fix: ROUTE_FIX }, suggestions: [{ messageId: 'addGuard', output: "import { createContext } from '@/lib/platform/context';\nimport asaw from '@/utils/asaw';\nimport { requireAuth } from '@/lib/require-auth';\n\nexport async function POST(request: Request) {\n  const auth = await requireAuth(request);\n  if (!auth.ok) {\n    return auth.response;\n  }\n  const body = await request.json();\n  const [err, res] = await asaw(createContext({ name: body.name, content: body.content }));\n  if (err) return Response.json(err, { status: 400 });\n  return Response.json(res);\n}\n" }] }],
    },
    // Twin of wavhaven's `generateUniqueSlug`: an action that writes a track's slug is no availability check.
    { code: "'use server';\nimport prisma from '@/lib/db/prisma';\nimport slugify from 'slugify';\n\nexport async function renameTrackSlug(trackId: string, title: string) {\n  const slug = slugify(title, { lower: true, strict: true });\n  return prisma.track.update({ where: { id: trackId }, data: { slug } });\n}\n", filename: 'src/server-actions/tracks/trackMutations.ts', settings: helper, errors: [{ messageId: 'missingAuth', line: 5, column: 23, data: { handler: 'Server action renameTrackSlug', what: 'the database (prisma.track.update)', fix: ACTION_FIX }, suggestions: [{ messageId: 'addGuard', output: "'use server';\nimport prisma from '@/lib/db/prisma';\nimport slugify from 'slugify';\nimport { headers } from 'next/headers';\nimport { requireAuth } from '@/lib/require-auth';\n\nexport async function renameTrackSlug(trackId: string, title: string) {\n  const auth = await requireAuth(await headers());\n  if (!auth.ok) {\n    throw new Error(auth.error);\n  }\n  const slug = slugify(title, { lower: true, strict: true });\n  return prisma.track.update({ where: { id: trackId }, data: { slug } });\n}\n" }] }] },
    // Twin of wavhaven's `getPublicUserData`: the same user read under a name that does not say public is still reported.
    { code: "'use server';\nimport prisma from '@/lib/db/prisma';\n\nexport async function getUserData(username: string) {\n  return prisma.user.findUnique({\n    where: { username },\n    select: { id: true, username: true, profileImageUrl: true, sellerProfile: { select: { bio: true } } },\n  });\n}\n", filename: 'src/server-actions/users/userQueries.ts', settings: helper, errors: [{ messageId: 'missingAuth', line: 4, column: 23, data: { handler: 'Server action getUserData', what: 'the database (prisma.user.findUnique)', fix: ACTION_FIX }, suggestions: [{ messageId: 'addGuard', output: "'use server';\nimport prisma from '@/lib/db/prisma';\nimport { headers } from 'next/headers';\nimport { requireAuth } from '@/lib/require-auth';\n\nexport async function getUserData(username: string) {\n  const auth = await requireAuth(await headers());\n  if (!auth.ok) {\n    throw new Error(auth.error);\n  }\n  return prisma.user.findUnique({\n    where: { username },\n    select: { id: true, username: true, profileImageUrl: true, sellerProfile: { select: { bio: true } } },\n  });\n}\n" }] }] },
    // hosting-site's order list: a Prisma model named `order` is user-shaped; only a called step, `.order('created_at')`, sorts.
    { code: "import { NextResponse } from 'next/server';\nimport { prisma } from '@/lib/prisma';\n\nexport async function GET() {\n  const orders = await prisma.order.findMany({ include: { user: { select: { name: true, email: true, phone: true } } } });\n  return NextResponse.json(orders);\n}\n", filename: 'src/app/api/orders/route.ts', settings: helper, errors: [{ messageId: 'missingAuth', line: 4, column: 23, data: { handler: 'GET handler', what: 'the database (prisma.order.findMany)', fix: ROUTE_FIX }, suggestions: [{ messageId: 'addGuard', output: "import { NextResponse } from 'next/server';\nimport { prisma } from '@/lib/prisma';\nimport { headers } from 'next/headers';\nimport { requireAuth } from '@/lib/require-auth';\n\nexport async function GET() {\n  const auth = await requireAuth(await headers());\n  if (!auth.ok) {\n    return auth.response;\n  }\n  const orders = await prisma.order.findMany({ include: { user: { select: { name: true, email: true, phone: true } } } });\n  return NextResponse.json(orders);\n}\n" }] }] },
    // Twin of interview-ai's resume upload: the file handed to project code that stores it is a reach.
    {
      code: "import { NextResponse } from 'next/server';\nimport { saveResume } from '@/lib/resume-store';\n\nexport async function POST(request: Request) {\n  const formData = await request.formData();\n  const file = formData.get('file');\n  if (!(file instanceof File)) return NextResponse.json({ error: 'Expected a file' }, { status: 400 });\n  const resume = await saveResume(file);\n  return NextResponse.json({ resume });\n}\n",
      filename: 'app/api/resume/parse/route.ts',
      settings: helper,
      errors: [{ messageId: 'missingAuth', line: 4, column: 23, data: { handler: 'POST handler', what: 'project data code (saveResume)', fix: ROUTE_FIX }, suggestions: [{ messageId: 'addGuard', output: "import { NextResponse } from 'next/server';\nimport { saveResume } from '@/lib/resume-store';\nimport { requireAuth } from '@/lib/require-auth';\n\nexport async function POST(request: Request) {\n  const auth = await requireAuth(request);\n  if (!auth.ok) {\n    return auth.response;\n  }\n  const formData = await request.formData();\n  const file = formData.get('file');\n  if (!(file instanceof File)) return NextResponse.json({ error: 'Expected a file' }, { status: 400 });\n  const resume = await saveResume(file);\n  return NextResponse.json({ resume });\n}\n" }] }],
    },
    // A project call handed a parser's result (chat-llamaindex's upload route, `getDataSource(parseDataSource(datasource))`):
    // the parser computes, so the message names `getDataSource`, not `parseDataSource`.
    {
      code: "import { getDataSource, parseDataSource } from '@/app/api/chat/engine';\n\nexport async function POST(request: Request) {\n  const { datasource } = await request.json();\n  const index = await getDataSource(parseDataSource(datasource));\n  return Response.json({ ok: !!index });\n}\n",
      filename: 'app/api/chat/upload/route.ts',
      settings: helper,
      errors: [{ messageId: 'missingAuth', line: 3, column: 23, data: { handler: 'POST handler', what: 'project data code (getDataSource)', fix: ROUTE_FIX }, suggestions: [{ messageId: 'addGuard', output: "import { getDataSource, parseDataSource } from '@/app/api/chat/engine';\nimport { requireAuth } from '@/lib/require-auth';\n\nexport async function POST(request: Request) {\n  const auth = await requireAuth(request);\n  if (!auth.ok) {\n    return auth.response;\n  }\n  const { datasource } = await request.json();\n  const index = await getDataSource(parseDataSource(datasource));\n  return Response.json({ ok: !!index });\n}\n" }] }],
    },
    // Twin of the reskinnable demo's refund route: the store's write awaited is a reach, named in the message.
    {
      code: "import * as store from '@/skins/commerce/data/store';\nimport { jsonError, readJsonBody } from '@/skins/commerce/data/http';\n\nexport const POST = async (req: Request, { params }: { params: Promise<{ id: string }> }) => {\n  const { id } = await params;\n  const body = await readJsonBody(req);\n  if (!body) return jsonError('BAD_REQUEST', 'A JSON body is required.', 400);\n  const result = await store.refund(id, Number(body.amount));\n  if (!result.ok) return jsonError('NOT_FOUND', 'No such return.', 404);\n  return Response.json(result);\n};\n",
      filename: 'app/api/returns/[id]/refund/route.ts',
      settings: helper,
      errors: [{ messageId: 'missingAuth', line: 4, column: 14, data: { handler: 'POST handler', what: 'project data code (store.refund)', fix: ROUTE_FIX }, suggestions: [{ messageId: 'addGuard', output: "import * as store from '@/skins/commerce/data/store';\nimport { jsonError, readJsonBody } from '@/skins/commerce/data/http';\nimport { requireAuth } from '@/lib/require-auth';\n\nexport const POST = async (req: Request, { params }: { params: Promise<{ id: string }> }) => {\n  const auth = await requireAuth(req);\n  if (!auth.ok) {\n    return auth.response;\n  }\n  const { id } = await params;\n  const body = await readJsonBody(req);\n  if (!body) return jsonError('BAD_REQUEST', 'A JSON body is required.', 400);\n  const result = await store.refund(id, Number(body.amount));\n  if (!result.ok) return jsonError('NOT_FOUND', 'No such return.', 404);\n  return Response.json(result);\n};\n" }] }],
    },
    // openai-realtime-agents' Responses proxy: the handler builds the client and hands it to a same-file helper whose
    // parameter is typed as the SDK's client (`openai: OpenAI`): the helper's call is the paid call.
    {
      code: "import { NextRequest, NextResponse } from 'next/server';\nimport OpenAI from 'openai';\n\nexport async function POST(req: NextRequest) {\n  const body = await req.json();\n  const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY, timeout: 30_000 });\n  return await textResponse(openai, body);\n}\n\nasync function textResponse(openai: OpenAI, body: any) {\n  const response = await openai.responses.create({ ...body, stream: false });\n  return NextResponse.json(response);\n}\n",
      filename: 'app/api/responses/route.ts',
      settings: helper,
      errors: [{ messageId: 'missingAuth', line: 4, column: 23, suggestions: [{ messageId: 'addGuard', output: "import { NextRequest, NextResponse } from 'next/server';\nimport OpenAI from 'openai';\nimport { requireAuth } from '@/lib/require-auth';\n\nexport async function POST(req: NextRequest) {\n  const auth = await requireAuth(req);\n  if (!auth.ok) {\n    return auth.response;\n  }\n  const body = await req.json();\n  const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY, timeout: 30_000 });\n  return await textResponse(openai, body);\n}\n\nasync function textResponse(openai: OpenAI, body: any) {\n  const response = await openai.responses.create({ ...body, stream: false });\n  return NextResponse.json(response);\n}\n" }] }],
    },
    // The message names the paid call, not the read of the app's own code that came first (open-lovable's generate-ai-code-stream).
    {
      code: "import { streamText } from 'ai';\nimport { getFileContents } from '@/lib/context-selector';\n\nexport async function POST(request: Request) {\n  const { prompt, files } = await request.json();\n  const contents = await getFileContents(files);\n  const result = streamText({ model, prompt: `${prompt}\\n${JSON.stringify(contents)}` });\n  return result.toTextStreamResponse();\n}\n",
      filename: 'app/api/generate-code/route.ts',
      settings: helper,
      errors: [{ messageId: 'missingAuth', line: 4, column: 23, data: { handler: 'POST handler', what: 'a paid AI model (streamText)', fix: ROUTE_FIX }, suggestions: [{ messageId: 'addGuard', output: "import { streamText } from 'ai';\nimport { getFileContents } from '@/lib/context-selector';\nimport { requireAuth } from '@/lib/require-auth';\n\nexport async function POST(request: Request) {\n  const auth = await requireAuth(request);\n  if (!auth.ok) {\n    return auth.response;\n  }\n  const { prompt, files } = await request.json();\n  const contents = await getFileContents(files);\n  const result = streamText({ model, prompt: `${prompt}\\n${JSON.stringify(contents)}` });\n  return result.toTextStreamResponse();\n}\n" }] }],
    },
    // The same shape that also writes: reported on the write (`piClient.renameThread`), not on the status helper.
    {
      code: "import { piClient } from '@/lib/pi-server';\nimport { badRequest, noContent } from '@/lib/http';\n\nexport async function PATCH(req: Request, { params }: { params: Promise<{ threadId: string }> }) {\n  const { threadId } = await params;\n  const { title } = await req.json();\n  if (typeof title !== 'string' || title.trim() === '') return badRequest('title must be a non-empty string');\n  await piClient.renameThread(threadId, title);\n  return noContent();\n}\n",
      filename: "app/api/threads/[threadId]/route.ts",
      settings: helper,
      errors: [{ messageId: 'missingAuth', line: 4, column: 23, data: { handler: 'PATCH handler', what: 'project data code (piClient.renameThread)', fix: ROUTE_FIX }, suggestions: [{ messageId: 'addGuard', output: "import { piClient } from '@/lib/pi-server';\nimport { badRequest, noContent } from '@/lib/http';\nimport { requireAuth } from '@/lib/require-auth';\n\nexport async function PATCH(req: Request, { params }: { params: Promise<{ threadId: string }> }) {\n  const auth = await requireAuth(req);\n  if (!auth.ok) {\n    return auth.response;\n  }\n  const { threadId } = await params;\n  const { title } = await req.json();\n  if (typeof title !== 'string' || title.trim() === '') return badRequest('title must be a non-empty string');\n  await piClient.renameThread(threadId, title);\n  return noContent();\n}\n" }] }],
    },
    // A project call whose name only starts like a pure helper (`cancelRun` is not `can*`): the write is reported.
    {
      code: "import { piClient } from '@/lib/pi-server';\nimport { noContent } from '@/lib/http';\n\nexport async function POST(_req: Request, { params }: { params: Promise<{ threadId: string }> }) {\n  const { threadId } = await params;\n  await piClient.cancelRun(threadId);\n  return noContent();\n}\n",
      filename: "app/api/threads/[threadId]/cancel/route.ts",
      settings: helper,
      errors: [{ messageId: 'missingAuth', line: 4, column: 23, data: { handler: 'POST handler', what: 'project data code (piClient.cancelRun)', fix: ROUTE_FIX }, suggestions: [{ messageId: 'addGuard', output: "import { piClient } from '@/lib/pi-server';\nimport { noContent } from '@/lib/http';\nimport { requireAuth } from '@/lib/require-auth';\n\nexport async function POST(_req: Request, { params }: { params: Promise<{ threadId: string }> }) {\n  const auth = await requireAuth(_req);\n  if (!auth.ok) {\n    return auth.response;\n  }\n  const { threadId } = await params;\n  await piClient.cancelRun(threadId);\n  return noContent();\n}\n" }] }],
    },
    // Twin of the apiError route that also stores the quote: the data call is named, not the error envelope.
    {
      code: "import { NextRequest, NextResponse } from 'next/server';\nimport { apiError } from '@/lib/api-response';\nimport { saveQuote } from '@/lib/quotes';\n\nexport async function POST(request: NextRequest) {\n  try {\n    const { ticker } = await request.json();\n    const res = await fetch(`https://query1.finance.yahoo.com/v8/finance/chart/${ticker}`, { signal: AbortSignal.timeout(5000) });\n    if (!res.ok) return apiError(502, 'QUOTE_FAILED', `Upstream error: ${res.status}`);\n    await saveQuote(ticker, await res.json());\n    return NextResponse.json({ ok: true });\n  } catch (error) {\n    return apiError(500, 'QUOTE_FAILED', 'Failed', (error as Error).message);\n  }\n}\n",
      filename: "app/api/quote/route.ts",
      settings: helper,
      errors: [{ messageId: 'missingAuth', line: 5, column: 23, data: { handler: 'POST handler', what: 'project data code (saveQuote)', fix: ROUTE_FIX }, suggestions: [{ messageId: 'addGuard', output: "import { NextRequest, NextResponse } from 'next/server';\nimport { apiError } from '@/lib/api-response';\nimport { saveQuote } from '@/lib/quotes';\nimport { requireAuth } from '@/lib/require-auth';\n\nexport async function POST(request: NextRequest) {\n  const auth = await requireAuth(request);\n  if (!auth.ok) {\n    return auth.response;\n  }\n  try {\n    const { ticker } = await request.json();\n    const res = await fetch(`https://query1.finance.yahoo.com/v8/finance/chart/${ticker}`, { signal: AbortSignal.timeout(5000) });\n    if (!res.ok) return apiError(502, 'QUOTE_FAILED', `Upstream error: ${res.status}`);\n    await saveQuote(ticker, await res.json());\n    return NextResponse.json({ ok: true });\n  } catch (error) {\n    return apiError(500, 'QUOTE_FAILED', 'Failed', (error as Error).message);\n  }\n}\n" }] }],
    },
    // Twin of the telemetry-only route that also saves the upload.
    {
      code: "import { NextResponse } from 'next/server';\nimport { logFailure, flushTraces } from '@/lib/telemetry';\nimport { uploadErrorResponse } from \"@/lib/upload-route\";\nimport { saveUpload } from \"@/lib/uploads\";\n\nexport async function POST(request: Request) {\n  try {\n    const body = await request.json();\n    if (typeof body?.name !== 'string') {\n      await logFailure('bad-request', new Error('missing name'));\n      return NextResponse.json({ error: 'Missing name' }, { status: 400 });\n    }\n    await flushTraces();\n    await saveUpload(body.name);\n    return NextResponse.json({ ok: true });\n  } catch (error) {\n    return uploadErrorResponse(error, 'Failed');\n  }\n}\n",
      filename: "app/api/upload/route.ts",
      settings: helper,
      errors: [{ messageId: 'missingAuth', line: 6, column: 23, suggestions: [{ messageId: 'addGuard', output: "import { NextResponse } from 'next/server';\nimport { logFailure, flushTraces } from '@/lib/telemetry';\nimport { uploadErrorResponse } from \"@/lib/upload-route\";\nimport { saveUpload } from \"@/lib/uploads\";\nimport { requireAuth } from '@/lib/require-auth';\n\nexport async function POST(request: Request) {\n  const auth = await requireAuth(request);\n  if (!auth.ok) {\n    return auth.response;\n  }\n  try {\n    const body = await request.json();\n    if (typeof body?.name !== 'string') {\n      await logFailure('bad-request', new Error('missing name'));\n      return NextResponse.json({ error: 'Missing name' }, { status: 400 });\n    }\n    await flushTraces();\n    await saveUpload(body.name);\n    return NextResponse.json({ ok: true });\n  } catch (error) {\n    return uploadErrorResponse(error, 'Failed');\n  }\n}\n" }] }],
    },

    // Twin of the throwIfNoTeamAccess route without the guard.
    {
      code: "import type { NextApiRequest, NextApiResponse } from 'next';\nimport { updateDirectory } from '@/lib/jackson/dsync';\n\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  const directory = await updateDirectory(req.query.teamId as string, req.body);\n  res.status(200).json(directory);\n}\n",
      filename: "pages/api/teams/[slug]/dsync/[directoryId].ts",
      settings: helper,
      errors: [{ messageId: 'missingAuth', line: 4, column: 31, suggestions: [{ messageId: 'addGuard', output: "import type { NextApiRequest, NextApiResponse } from 'next';\nimport { updateDirectory } from '@/lib/jackson/dsync';\nimport { requireAuth } from '@/lib/require-auth';\n\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  const auth = await requireAuth(req);\n  if (!auth.ok) {\n    return res.status(auth.status).json({ error: auth.error });\n  }\n  const directory = await updateDirectory(req.query.teamId as string, req.body);\n  res.status(200).json(directory);\n}\n" }] }],
    },

    // Twin of the helper-built 401: the branch only logs and falls through, so anonymous callers reach the profile.
    {
      code: "import { supabaseAdmin } from '@server/supabase/supabaseAdmin';\nimport { ErrorCodes, createErrorResponse } from '@shared/utils/errors';\nimport { NextRequest, NextResponse } from 'next/server';\n\nexport async function POST(req: NextRequest): Promise<NextResponse> {\n  const userId = req.headers.get('X-User-Id');\n  if (!userId) {\n    const { body, status } = createErrorResponse(ErrorCodes.UNAUTHORIZED, 'Authentication required', 401);\n    console.warn('no user', status, body);\n  }\n  const { data } = await supabaseAdmin.from('profiles').select('credits_balance').eq('id', userId).single();\n  return NextResponse.json({ data });\n}\n",
      filename: 'app/api/credit-estimate/route.ts',
      errors: [{ messageId: 'missingAuth', line: 5, column: 23, suggestions: [{ messageId: 'addGuard', output: "import { supabaseAdmin } from '@server/supabase/supabaseAdmin';\nimport { ErrorCodes, createErrorResponse } from '@shared/utils/errors';\nimport { NextRequest, NextResponse } from 'next/server';\nimport { createClient } from '@/lib/supabase/server';\n\nexport async function POST(req: NextRequest): Promise<NextResponse> {\n  const { data: { user: authUser } } = await (await createClient()).auth.getUser();\n  if (!authUser) {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  const userId = req.headers.get('X-User-Id');\n  if (!userId) {\n    const { body, status } = createErrorResponse(ErrorCodes.UNAUTHORIZED, 'Authentication required', 401);\n    console.warn('no user', status, body);\n  }\n  const { data } = await supabaseAdmin.from('profiles').select('credits_balance').eq('id', userId).single();\n  return NextResponse.json({ data });\n}\n" }] }],
    },
    // An `is*` error test whose block builds the error first and throws last (formbricks' `if (isUniqueConstraintError(error)) {
    // const field = ...; throw ... }`) is an error path, not a permission check: the unguarded write is still reported.
    {
      code: "'use server';\nimport { prisma } from '@formbricks/database';\nexport const createActionClass = async (actionClass: TActionClassInput) => {\n  try {\n    return await prisma.actionClass.create({ data: actionClass });\n  } catch (error) {\n    if (isUniqueConstraintError(error)) {\n      const targetField = getUniqueConstraintFields(error)[0];\n      throw new UniqueConstraintError(`Action with ${targetField} already exists`);\n    }\n    throw new DatabaseError('Database error');\n  }\n};\n",
      filename: 'apps/web/lib/actionClass/service.ts',
      settings: helper,
      errors: [{ messageId: 'missingAuth', line: 3, column: 14, suggestions: [{ messageId: 'addGuard', output: "'use server';\nimport { prisma } from '@formbricks/database';\nimport { headers } from 'next/headers';\nimport { requireAuth } from '@/lib/require-auth';\nexport const createActionClass = async (actionClass: TActionClassInput) => {\n  const auth = await requireAuth(await headers());\n  if (!auth.ok) {\n    throw new Error(auth.error);\n  }\n  try {\n    return await prisma.actionClass.create({ data: actionClass });\n  } catch (error) {\n    if (isUniqueConstraintError(error)) {\n      const targetField = getUniqueConstraintFields(error)[0];\n      throw new UniqueConstraintError(`Action with ${targetField} already exists`);\n    }\n    throw new DatabaseError('Database error');\n  }\n};\n" }] }],
    },
    // Twin of the storefront checkout: an order the caller names, updated, is not the checkout's own pending order.
    // Twin of nextjs-stripe-store's checkout: another read (an order with its customer) still needs the session checked.
    { code: "'use server';\n\nimport { headers } from 'next/headers';\nimport { auth } from '@/lib/auth';\nimport { commerce, stripe } from '@/lib/commerce';\n\nexport async function startCheckout(items: { priceId: string; quantity: number }[]) {\n  const userSession = await auth.api.getSession({ headers: await headers() });\n  const lineItems = [];\n  for (const item of items) {\n    const found = await commerce.getOrderWithCustomer(item.priceId);\n    if (found) lineItems.push({ price: found.variant.id, quantity: item.quantity });\n  }\n  const session = await stripe.checkout.sessions.create({\n    mode: 'payment',\n    line_items: lineItems,\n    client_reference_id: userSession?.user?.id ?? undefined,\n    customer_email: userSession?.user?.email ?? undefined,\n  });\n  return { url: session.url };\n}\n", filename: 'src/app/cart/actions.ts', errors: [{ messageId: 'uncheckedAuth', line: 8, data: { call: 'auth.api.getSession', what: 'project data code (commerce.getOrderWithCustomer)' } }] },
    {
      code: STORE_CHECKOUT("await prismadb.order.update({ where: { id: orderId }, data: { isPaid: true } });"),
      filename: 'app/api/[storeId]/checkout/route.ts',
      settings: helper,
      errors: [{ messageId: 'missingAuth', line: 5, column: 23, data: { handler: 'POST handler', what: 'the database (prismadb.order.update)', fix: ROUTE_FIX }, suggestions: [{ messageId: 'addGuard', output: STORE_CHECKOUT("await prismadb.order.update({ where: { id: orderId }, data: { isPaid: true } });").replace("from '@/lib/prismadb';\n", "from '@/lib/prismadb';\nimport { requireAuth } from '@/lib/require-auth';\n").replace('storeId: string } }) {\n', 'storeId: string } }) {\n  const auth = await requireAuth(req);\n  if (!auth.ok) {\n    return auth.response;\n  }\n') }] }],
    },
    // Its twin: the same argument-less helper answering 404 is a lookup, not a sign-in check.
    {
      code: "import { NextResponse } from 'next/server';\nimport { currentProfile } from '@/lib/current-profile';\nimport { db } from '@/lib/db';\nexport async function PATCH(req: Request) {\n  const profile = await currentProfile();\n  const { name } = await req.json();\n  if (!profile) {\n    return new NextResponse('Profile missing', { status: 404 });\n  }\n  return NextResponse.json(await db.server.update({ where: { id: '1', profileId: profile.id }, data: { name } }));\n}\n",
      filename: 'app/api/servers/[serverId]/route.ts',
      settings: helper,
      errors: [{ messageId: 'missingAuth', line: 4, column: 23, data: { handler: 'PATCH handler', what: 'the database (db.server.update)', fix: ROUTE_FIX }, suggestions: [{ messageId: 'addGuard', output: "import { NextResponse } from 'next/server';\nimport { currentProfile } from '@/lib/current-profile';\nimport { db } from '@/lib/db';\nimport { requireAuth } from '@/lib/require-auth';\nexport async function PATCH(req: Request) {\n  const auth = await requireAuth(req);\n  if (!auth.ok) {\n    return auth.response;\n  }\n  const profile = await currentProfile();\n  const { name } = await req.json();\n  if (!profile) {\n    return new NextResponse('Profile missing', { status: 404 });\n  }\n  return NextResponse.json(await db.server.update({ where: { id: '1', profileId: profile.id }, data: { name } }));\n}\n" }] }],
    },
    // The same getter whose absence answers 404 is not an authentication: still reported.
    {
      code: "import { NextResponse } from 'next/server';\nimport { prisma } from '@/lib/db';\nimport { getScannerSession } from '@/lib/scannerSession';\n\nexport async function POST(req: Request) {\n  const sess = await getScannerSession();\n  if (!sess) {\n    return NextResponse.json({ ok: false, error: 'No station' }, { status: 404 });\n  }\n  const station = await prisma.station.findUnique({ where: { id: sess.stationId } });\n  return NextResponse.json({ ok: true, station });\n}\n",
      filename: 'app/api/scanner/checkin/route.ts',
      settings: helper,
      errors: [{ messageId: 'missingAuth', line: 5, column: 23, suggestions: [{ messageId: 'addGuard', output: "import { NextResponse } from 'next/server';\nimport { prisma } from '@/lib/db';\nimport { getScannerSession } from '@/lib/scannerSession';\nimport { requireAuth } from '@/lib/require-auth';\n\nexport async function POST(req: Request) {\n  const auth = await requireAuth(req);\n  if (!auth.ok) {\n    return auth.response;\n  }\n  const sess = await getScannerSession();\n  if (!sess) {\n    return NextResponse.json({ ok: false, error: 'No station' }, { status: 404 });\n  }\n  const station = await prisma.station.findUnique({ where: { id: sess.stationId } });\n  return NextResponse.json({ ok: true, station });\n}\n" }] }],
    },
    // Its twin: the same lookup answering 404 is not an authentication.
    {
      code: "import { getServerSession } from 'next-auth';\nimport { authOptions } from '@/lib/auth';\nimport { getServiceContextFromRequest } from '@/lib/service-context';\nimport { db } from '@/lib/db';\nexport async function POST(req: Request) {\n  const ctx = await getServiceContextFromRequest(req);\n  if (!ctx) return Response.json({ error: 'Not found' }, { status: 404 });\n  return Response.json(await db.monitor.findMany());\n}\n",
      filename: 'app/api/onboarding/checks/route.ts',
      errors: [{ messageId: 'missingAuth', line: 5, suggestions: [{ messageId: 'addGuard', data: { library: 'a next-auth getServerSession()', handler: 'POST' }, output: "import { getServerSession } from 'next-auth';\nimport { authOptions } from '@/lib/auth';\nimport { getServiceContextFromRequest } from '@/lib/service-context';\nimport { db } from '@/lib/db';\nexport async function POST(req: Request) {\n  const session = await getServerSession(authOptions);\n  if (!session?.user) {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  const ctx = await getServiceContextFromRequest(req);\n  if (!ctx) return Response.json({ error: 'Not found' }, { status: 404 });\n  return Response.json(await db.monitor.findMany());\n}\n" }] }],
    },
    // The same call into the project's data code (not a server-actions module) is reported.
    {
      code: "import { getServerSession } from 'next-auth';\nimport { authOptions } from '@/lib/auth';\nimport { getChatsPage } from '@/lib/chats';\nexport async function GET() {\n  const result = await getChatsPage(20, 0);\n  return Response.json(result);\n}\n",
      filename: 'app/api/chats/route.ts',
      errors: [{ messageId: 'missingAuth', line: 4, suggestions: [{ messageId: 'addGuard', data: { library: 'a next-auth getServerSession()', handler: 'GET' }, output: "import { getServerSession } from 'next-auth';\nimport { authOptions } from '@/lib/auth';\nimport { getChatsPage } from '@/lib/chats';\nexport async function GET() {\n  const session = await getServerSession(authOptions);\n  if (!session?.user) {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  const result = await getChatsPage(20, 0);\n  return Response.json(result);\n}\n" }] }],
    },
    // A publicly cached GET does not make the file's POST public.
    {
      code: "import { prisma } from '@/lib/db';\nexport async function GET() {\n  return Response.json(await prisma.stat.findMany(), { headers: { 'Cache-Control': 'public, s-maxage=60' } });\n}\nexport async function POST(req: Request) {\n  const body = await req.json();\n  await prisma.stat.create({ data: body });\n  return Response.json({ ok: true });\n}\n",
      filename: FILES.route,
      errors: [{ messageId: 'missingAuth', line: 5, suggestions: [{ messageId: 'addGuard', data: {"library": "a requireAuth()", "handler": "POST"}, output: "import { prisma } from '@/lib/db';\nexport async function GET() {\n  return Response.json(await prisma.stat.findMany(), { headers: { 'Cache-Control': 'public, s-maxage=60' } });\n}\nexport async function POST(req: Request) {\n  const auth = await requireAuth(req);\n  if (!auth.ok) {\n    return auth.response;\n  }\n  const body = await req.json();\n  await prisma.stat.create({ data: body });\n  return Response.json({ ok: true });\n}\n\n/** The authenticated caller. */\ninterface AuthUser {\n  id: string;\n  email?: string;\n  role?: string;\n}\n\ntype AuthResult =\n  | { ok: true; user: AuthUser }\n  | { ok: false; status: 401; error: string; response: Response };\n\n/** Where the token may come from: a Fetch `Request`, `await headers()`, or a Pages API `req`. */\ntype AuthSource = Request | Headers | { headers: Record<string, string | string[] | undefined> };\n\nconst SESSION_COOKIE = 'session';\nconst ISSUER = undefined as string | undefined;\nconst CLOCK_SKEW_SECONDS = 30;\n\nfunction readHeader(source: AuthSource, name: string): string | undefined {\n  if (source instanceof Headers) return source.get(name) ?? undefined;\n  if (source instanceof Request) return source.headers.get(name) ?? undefined;\n  const value = source.headers[name.toLowerCase()];\n  return Array.isArray(value) ? value[0] : value;\n}\n\n/** The bearer token, or the session cookie (httpOnly, set by your sign-in route). */\nfunction readToken(source: AuthSource): string | undefined {\n  const authorization = readHeader(source, 'authorization');\n  if (authorization?.startsWith('Bearer ')) return authorization.slice('Bearer '.length).trim() || undefined;\n  const cookie = readHeader(source, 'cookie');\n  if (!cookie) return undefined;\n  for (const part of cookie.split(';')) {\n    const eq = part.indexOf('=');\n    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) {\n      return decodeURIComponent(part.slice(eq + 1).trim()) || undefined;\n    }\n  }\n  return undefined;\n}\n\nfunction base64UrlToBytes(input: string): Uint8Array<ArrayBuffer> {\n  const base64 = input.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(input.length / 4) * 4, '=');\n  const binary = atob(base64);\n  const bytes = new Uint8Array(binary.length);\n  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);\n  return bytes;\n}\n\nlet keyPromise: Promise<CryptoKey> | undefined;\n\n/** The HMAC key from AUTH_SECRET, imported once per instance. Fails loudly when the secret is missing or weak. */\nfunction getKey(): Promise<CryptoKey> {\n  const secret = process.env.AUTH_SECRET;\n  if (!secret || secret.length < 32) {\n    throw new Error('AUTH_SECRET must be set to at least 32 characters');\n  }\n  keyPromise ??= crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [\n    'verify',\n  ]);\n  return keyPromise;\n}\n\n/** Verifies an HS256 JWT: signature (constant time, by WebCrypto), algorithm, expiry, not-before and issuer. */\nasync function verifyToken(token: string): Promise<Record<string, unknown> | null> {\n  const parts = token.split('.');\n  if (parts.length !== 3) return null;\n  const [header, payload, signature] = parts as [string, string, string];\n  try {\n    const head = JSON.parse(new TextDecoder().decode(base64UrlToBytes(header))) as { alg?: unknown };\n    if (head.alg !== 'HS256') return null;\n    const valid = await crypto.subtle.verify(\n      'HMAC',\n      await getKey(),\n      base64UrlToBytes(signature),\n      new TextEncoder().encode(`${header}.${payload}`),\n    );\n    if (!valid) return null;\n    const claims = JSON.parse(new TextDecoder().decode(base64UrlToBytes(payload))) as Record<string, unknown>;\n    const now = Math.floor(Date.now() / 1000);\n    if (typeof claims.exp !== 'number' || claims.exp + CLOCK_SKEW_SECONDS < now) return null;\n    if (typeof claims.nbf === 'number' && claims.nbf - CLOCK_SKEW_SECONDS > now) return null;\n    if (ISSUER !== undefined && claims.iss !== ISSUER) return null;\n    return claims;\n  } catch {\n    return null;\n  }\n}\n\nfunction unauthorized(error: string): AuthResult {\n  return {\n    ok: false,\n    status: 401,\n    error,\n    response: Response.json({ error }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } }),\n  };\n}\n\n/**\n * Authenticates the caller from a bearer token or the session cookie. Call it first in every route\n * handler and server action that reaches data, and return `result.response` (401) when `!result.ok`.\n */\nasync function requireAuth(source: AuthSource): Promise<AuthResult> {\n  const token = readToken(source);\n  if (!token) return unauthorized('Authentication required');\n  const claims = await verifyToken(token);\n  if (!claims || typeof claims.sub !== 'string' || claims.sub === '') return unauthorized('Invalid or expired session');\n  return {\n    ok: true,\n    user: {\n      id: claims.sub,\n      email: typeof claims.email === 'string' ? claims.email : undefined,\n      role: typeof claims.role === 'string' ? claims.role : undefined,\n    },\n  };\n}\n" }] }],
    },
    // Seed 000 style: Supabase service client, no auth at all.
    {
      code: `import { createClient } from '@supabase/supabase-js';
const supabase = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!);
export async function GET() {
  const { data } = await supabase.from('leads').select('*');
  return Response.json(data);
}`,
      filename: FILES.route,
      errors: [
        {
          messageId: 'missingAuth',
          line: 3,
          column: 23,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'addGuard',
              // supabase-js's createClient needs a URL and key: the guard uses the app's cookie-based server client.
              output: `import { createClient } from '@supabase/supabase-js';
import { createClient as createServerSupabase } from '@/lib/supabase/server';
const supabase = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!);
export async function GET() {
  const { data: { user } } = await (await createServerSupabase()).auth.getUser();
  if (!user) {
    return Response.json({ error: 'Unauthorized' }, { status: 401 });
  }
  const { data } = await supabase.from('leads').select('*');
  return Response.json(data);
}`,
            },
          ],
        },
      ],
    },
    // next-auth in the file, but this handler forgot it: getServerSession guard suggested.
    {
      code: `import { getServerSession } from 'next-auth';
import { authOptions } from '@/lib/auth';
import { prisma } from '@/lib/prisma';
export async function DELETE(req: Request) {
  const { id } = await req.json();
  await prisma.project.delete({ where: { id } });
  return Response.json({ ok: true });
}`,
      filename: FILES.route,
      errors: [
        {
          messageId: 'missingAuth',
          line: 4,
          suggestions: [
            {
              messageId: 'addGuard',
              output: `import { getServerSession } from 'next-auth';
import { authOptions } from '@/lib/auth';
import { prisma } from '@/lib/prisma';
export async function DELETE(req: Request) {
  const session = await getServerSession(authOptions);
  if (!session?.user) {
    return Response.json({ error: 'Unauthorized' }, { status: 401 });
  }
  const { id } = await req.json();
  await prisma.project.delete({ where: { id } });
  return Response.json({ ok: true });
}`,
            },
          ],
        },
      ],
    },
    // getServerSession called but never checked.
    {
      code: `import { getServerSession } from 'next-auth';
import { prisma } from '@/lib/prisma';
export async function GET() {
  const session = await getServerSession();
  const invoices = await prisma.invoice.findMany({ where: { userId: session?.user?.id } });
  return Response.json(invoices);
}`,
      filename: FILES.route,
      errors: [{ messageId: 'uncheckedAuth', line: 4, column: 25, endColumn: 41, data: { call: 'getServerSession', what: 'the database (prisma.invoice.findMany)' } }],
    },
    // Clerk in the file.
    {
      code: `import { auth } from '@clerk/nextjs/server';
import prismadb from '@/lib/prismadb';
export async function POST(req: Request) {
  const body = await req.json();
  const store = await prismadb.store.create({ data: body });
  return Response.json(store);
}`,
      filename: FILES.route,
      errors: [
        {
          messageId: 'missingAuth',
          suggestions: [
            {
              messageId: 'addGuard',
              output: `import { auth } from '@clerk/nextjs/server';
import prismadb from '@/lib/prismadb';
export async function POST(req: Request) {
  const { userId } = await auth();
  if (!userId) {
    return Response.json({ error: 'Unauthorized' }, { status: 401 });
  }
  const body = await req.json();
  const store = await prismadb.store.create({ data: body });
  return Response.json(store);
}`,
            },
          ],
        },
      ],
    },
    // Auth.js in the file.
    {
      code: `import { auth } from '@/auth';
import { db } from '@/lib/db';
export const PUT = async (req: Request) => {
  await db.update(settings).set(await req.json());
  return Response.json({});
};`,
      filename: FILES.srcRoute,
      errors: [
        {
          messageId: 'missingAuth',
          line: 3,
          column: 14,
          suggestions: [
            {
              messageId: 'addGuard',
              output: `import { auth } from '@/auth';
import { db } from '@/lib/db';
export const PUT = async (req: Request) => {
  const session = await auth();
  if (!session?.user) {
    return Response.json({ error: 'Unauthorized' }, { status: 401 });
  }
  await db.update(settings).set(await req.json());
  return Response.json({});
};`,
            },
          ],
        },
      ],
    },
    // Generic helper import (no auth library in the file) — configured helper module.
    {
      code: `import { prisma } from '@/lib/prisma';
export async function POST(request: Request) {
  await prisma.lead.create({ data: await request.json() });
  return Response.json({ ok: true });
}`,
      filename: FILES.route,
      settings: helper,
      errors: [
        {
          messageId: 'missingAuth',
          suggestions: [
            {
              messageId: 'addGuard',
              output: `import { prisma } from '@/lib/prisma';
import { requireAuth } from '@/lib/require-auth';
export async function POST(request: Request) {
  const auth = await requireAuth(request);
  if (!auth.ok) {
    return auth.response;
  }
  await prisma.lead.create({ data: await request.json() });
  return Response.json({ ok: true });
}`,
            },
          ],
        },
      ],
    },
    // Pages API, plain JS, MongoDB.
    {
      code: `import clientPromise from '../../lib/mongodb';
export default async function handler(req, res) {
  const client = await clientPromise;
  const users = await client.db('app').collection('users').find({}).toArray();
  res.status(200).json(users);
}`,
      filename: 'pages/api/users.js',
      settings: helper,
      errors: [
        {
          messageId: 'missingAuth',
          line: 2,
          column: 31,
          suggestions: [
            {
              messageId: 'addGuard',
              output: `import clientPromise from '../../lib/mongodb';
import { requireAuth } from '@/lib/require-auth';
export default async function handler(req, res) {
  const auth = await requireAuth(req);
  if (!auth.ok) {
    return res.status(auth.status).json({ error: auth.error });
  }
  const client = await clientPromise;
  const users = await client.db('app').collection('users').find({}).toArray();
  res.status(200).json(users);
}`,
            },
          ],
        },
      ],
    },
    // Pages API with next-auth imported but the write is unguarded.
    {
      code: `import { getServerSession } from 'next-auth/next';
import { authOptions } from '../auth/[...nextauth]';
import prisma from '@/lib/prisma';
export default async function handler(req, res) {
  if (req.method === 'POST') {
    const doc = await prisma.document.create({ data: req.body });
    return res.status(201).json(doc);
  }
}`,
      filename: 'pages/api/documents/index.ts',
      errors: [
        {
          messageId: 'missingAuth',
          suggestions: [
            {
              messageId: 'addGuard',
              output: `import { getServerSession } from 'next-auth/next';
import { authOptions } from '../auth/[...nextauth]';
import prisma from '@/lib/prisma';
export default async function handler(req, res) {
  const session = await getServerSession(req, res, authOptions);
  if (!session?.user) {
    return res.status(401).json({ error: 'Unauthorized' });
  }
  if (req.method === 'POST') {
    const doc = await prisma.document.create({ data: req.body });
    return res.status(201).json(doc);
  }
}`,
            },
          ],
        },
      ],
    },
    // GET of user data keyed by a query parameter (IDOR).
    {
      code: `import { db } from '@/lib/db';
export async function GET(req: Request) {
  const userId = new URL(req.url).searchParams.get('userId');
  const rows = await db.query.orders.findMany({ where: eq(orders.userId, userId) });
  return Response.json(rows);
}`,
      filename: FILES.route,
      settings: helper,
      errors: [
        {
          messageId: 'missingAuth',
          suggestions: [
            {
              messageId: 'addGuard',
              output: `import { db } from '@/lib/db';
import { requireAuth } from '@/lib/require-auth';
export async function GET(req: Request) {
  const auth = await requireAuth(req);
  if (!auth.ok) {
    return auth.response;
  }
  const userId = new URL(req.url).searchParams.get('userId');
  const rows = await db.query.orders.findMany({ where: eq(orders.userId, userId) });
  return Response.json(rows);
}`,
            },
          ],
        },
      ],
    },
    // Unauthenticated AI endpoint with no rate limit either.
    {
      code: `import OpenAI from 'openai';
const openai = new OpenAI();
export async function POST(req: Request) {
  const { prompt } = await req.json();
  const completion = await openai.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: prompt }] });
  return Response.json(completion);
}`,
      filename: 'app/api/chat/route.ts',
      settings: helper,
      errors: [
        {
          messageId: 'missingAuth', data: { handler: 'POST handler', what: 'a paid AI API (openai.chat.completions.create)', fix: ROUTE_FIX },
          suggestions: [
            {
              messageId: 'addGuard',
              output: `import OpenAI from 'openai';
import { requireAuth } from '@/lib/require-auth';
const openai = new OpenAI();
export async function POST(req: Request) {
  const auth = await requireAuth(req);
  if (!auth.ok) {
    return auth.response;
  }
  const { prompt } = await req.json();
  const completion = await openai.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: prompt }] });
  return Response.json(completion);
}`,
            },
          ],
        },
      ],
    },
    // Server action: reads any user's data by id (corebrief-style); Supabase guard with the file's own factory.
    {
      code: `'use server';
import { createSupabaseClient } from '@/lib/supabase';
export async function getWaitlistStatus(userId: string) {
  const client = await createSupabaseClient();
  const { data } = await client.from('user_profiles').select('*').eq('id', userId).single();
  return data;
}`,
      filename: FILES.action,
      settings: helper,
      errors: [
        {
          messageId: 'missingAuth',
          data: { handler: 'Server action getWaitlistStatus', what: "the database (client.from('user_profiles')...)", fix: ACTION_FIX },
          suggestions: [
            {
              messageId: 'addGuard',
              output: `'use server';
import { createSupabaseClient } from '@/lib/supabase';
export async function getWaitlistStatus(userId: string) {
  const { data: { user } } = await (await createSupabaseClient()).auth.getUser();
  if (!user) {
    throw new Error('Unauthorized');
  }
  // Act on the signed-in caller's id, not on the one the client sends.
  userId = user.id;
  const client = await createSupabaseClient();
  const { data } = await client.from('user_profiles').select('*').eq('id', userId).single();
  return data;
}`,
            },
          ],
        },
      ],
    },
    // Inline 'use server' action in a page.
    {
      code: `import { prisma } from '@/lib/prisma';
export default function Page() {
  async function remove(formData: FormData) {
    'use server';
    await prisma.todo.delete({ where: { id: String(formData.get('id')) } });
  }
  return null;
}`,
      filename: FILES.page,
      settings: helper,
      errors: [
        {
          messageId: 'missingAuth',
          line: 3,
          suggestions: [
            {
              messageId: 'addGuard',
              output: `import { prisma } from '@/lib/prisma';
import { headers } from 'next/headers';
import { requireAuth } from '@/lib/require-auth';
export default function Page() {
  async function remove(formData: FormData) {
    'use server';
    const auth = await requireAuth(await headers());
    if (!auth.ok) {
      throw new Error(auth.error);
    }
    await prisma.todo.delete({ where: { id: String(formData.get('id')) } });
  }
  return null;
}`,
            },
          ],
        },
      ],
    },
    // A wrapper whose name holds a caller word only inside another word (`withModel`, `withJobsQueue` is
    // not `withModerator`): still reported.
    {
      code: `import { withModel } from '@/lib/api';
import prisma from '@/utils/prisma';
export const POST = withModel(async (req) => {
  await prisma.user.update({ where: { id: 'x' }, data: {} });
  return Response.json({});
});`,
      filename: FILES.route,
      settings: helper,
      errors: [
        {
          messageId: 'missingAuth',
          suggestions: [
            {
              messageId: 'addGuard',
              output: `import { withModel } from '@/lib/api';
import prisma from '@/utils/prisma';
import { requireAuth } from '@/lib/require-auth';
export const POST = withModel(async (req) => {
  const auth = await requireAuth(req);
  if (!auth.ok) {
    return auth.response;
  }
  await prisma.user.update({ where: { id: 'x' }, data: {} });
  return Response.json({});
});`,
            },
          ],
        },
      ],
    },
    // Wrapper that only handles errors does not authenticate.
    {
      code: `import { withError } from '@/utils/middleware';
import prisma from '@/utils/prisma';
export const POST = withError(async (req) => {
  await prisma.user.update({ where: { id: 'x' }, data: {} });
  return Response.json({});
});`,
      filename: FILES.route,
      settings: helper,
      errors: [
        {
          messageId: 'missingAuth',
          suggestions: [
            {
              messageId: 'addGuard',
              output: `import { withError } from '@/utils/middleware';
import prisma from '@/utils/prisma';
import { requireAuth } from '@/lib/require-auth';
export const POST = withError(async (req) => {
  const auth = await requireAuth(req);
  if (!auth.ok) {
    return auth.response;
  }
  await prisma.user.update({ where: { id: 'x' }, data: {} });
  return Response.json({});
});`,
            },
          ],
        },
      ],
    },
    // Cron route without its secret check: the message asks for the scheduler's secret, and the guard checks CRON_SECRET
    // (a session guard would turn the scheduler away; next-forge's cron/keep-alive), with the constant-time helper
    // inlined (helperModules names no module for it).
    {
      code: `import { prisma } from '@/lib/prisma';
export async function GET() {
  await prisma.subscription.updateMany({ where: {}, data: { active: false } });
  return Response.json({ ok: true });
}`,
      filename: 'app/api/cron/expire/route.ts',
      settings: helper,
      errors: [
        {
          messageId: 'missingAuth',
          line: 2,
          column: 23,
          data: { handler: 'GET handler', what: 'the database (prisma.subscription.updateMany)', fix: CRON_FIX },
          suggestions: [
            {
              messageId: 'addGuard',
              output: "import { prisma } from '@/lib/prisma';\nimport { headers } from 'next/headers';\nimport { createHash, timingSafeEqual } from 'node:crypto';\nexport async function GET() {\n  if (!isAuthorizedBearer((await headers()).get('authorization'), process.env.CRON_SECRET)) {\n    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n  }\n  await prisma.subscription.updateMany({ where: {}, data: { active: false } });\n  return Response.json({ ok: true });\n}\n\n/**\n * Compares two secrets in constant time. Both sides are hashed with SHA-256 first, so the buffers handed\n * to `timingSafeEqual` always have the same length (it throws otherwise) and the comparison does not leak\n * the secret's length either. A missing or empty value never matches: with `===`, an unset env secret and\n * an absent header (`undefined === undefined`) would let the request through.\n */\nfunction safeCompare(a: string | null | undefined, b: string | null | undefined): boolean {\n  if (typeof a !== 'string' || typeof b !== 'string' || a.length === 0 || b.length === 0) return false;\n  const digestA = createHash('sha256').update(a, 'utf8').digest();\n  const digestB = createHash('sha256').update(b, 'utf8').digest();\n  return timingSafeEqual(digestA, digestB);\n}\n\n/** Checks an `Authorization: Bearer <token>` header against the expected secret in constant time. */\nfunction isAuthorizedBearer(authorization: string | null | undefined, secret: string | undefined): boolean {\n  const prefix = 'Bearer ';\n  if (!authorization?.startsWith(prefix)) return false;\n  return safeCompare(authorization.slice(prefix.length), secret);\n}\n",
            },
          ],
        },
      ],
    },
    // JS route, mongoose model write.
    {
      code: `import { connectDB } from '@/lib/mongodb';
import Product from '@/models/Product';
export async function POST(request) {
  await connectDB();
  const product = await Product.create(await request.json());
  return Response.json(product, { status: 201 });
}`,
      filename: FILES.jsRoute,
      settings: helper,
      errors: [
        {
          messageId: 'missingAuth',
          suggestions: [
            {
              messageId: 'addGuard',
              output: `import { connectDB } from '@/lib/mongodb';
import Product from '@/models/Product';
import { requireAuth } from '@/lib/require-auth';
export async function POST(request) {
  const auth = await requireAuth(request);
  if (!auth.ok) {
    return auth.response;
  }
  await connectDB();
  const product = await Product.create(await request.json());
  return Response.json(product, { status: 201 });
}`,
            },
          ],
        },
      ],
    },
    // A share link found and checked does not make owner operations public: editing the link is a write.
    {
      code: LINK_EDIT,
      filename: 'pages/api/links/[id]/index.ts',
      settings: helper,
      errors: [
        {
          messageId: 'missingAuth',
          line: 2,
          column: 31,
          endColumn: 37,
          data: { handler: 'This API route', what: 'the database (prisma.link.findUnique)', fix: ROUTE_FIX },
          suggestions: [{ messageId: 'addGuard', output: withPagesGuard(LINK_EDIT) }],
        },
      ],
    },
    // A record looked up by an id and checked is a capability only when it is a share link, a view or a token.
    {
      code: VERSION_STATUS,
      filename: 'pages/api/teams/[teamId]/documents/processing.ts',
      settings: helper,
      errors: [
        {
          messageId: 'missingAuth',
          line: 2,
          column: 31,
          endColumn: 38,
          data: { handler: 'This API route', what: 'the database (prisma.documentVersion.findUnique)', fix: ROUTE_FIX },
          suggestions: [{ messageId: 'addGuard', output: withPagesGuard(VERSION_STATUS) }],
        },
      ],
    },
    // Twin of the emailed deletion link: the request record looked up by a user id from the body, not a token.
    {
      code: "import { NextRequest, NextResponse } from 'next/server';\nimport { z } from 'zod';\nimport { prisma } from '@/lib/db/prisma';\n\nconst confirmationSchema = z.object({ userId: z.string().min(1) });\n\nexport async function POST(request: NextRequest) {\n  const body = await request.json();\n  const validation = confirmationSchema.safeParse(body);\n  if (!validation.success) {\n    return NextResponse.json({ error: 'Invalid input' }, { status: 400 });\n  }\n  const { userId } = validation.data;\n  const deletionRequest = await prisma.accountDeletionRequest.findFirst({ where: { userId } });\n  if (!deletionRequest) {\n    return NextResponse.json({ error: 'Invalid or expired token' }, { status: 404 });\n  }\n  if (deletionRequest.status !== 'PENDING') {\n    return NextResponse.json({ error: 'Request already processed' }, { status: 400 });\n  }\n  if (new Date() > deletionRequest.expiresAt) {\n    await prisma.accountDeletionRequest.update({ where: { id: deletionRequest.id }, data: { status: 'EXPIRED' } });\n    return NextResponse.json({ error: 'Token expired' }, { status: 400 });\n  }\n  await prisma.accountDeletionRequest.update({ where: { id: deletionRequest.id }, data: { status: 'CONFIRMED', confirmedAt: new Date() } });\n  return NextResponse.json({ success: true });\n}\n",
      filename: 'app/api/user/account/deletion-confirm/route.ts',
      settings: helper,
      errors: [
        {
          messageId: 'missingAuth',
          line: 7,
          column: 23,
          data: { handler: 'POST handler', what: 'the database (prisma.accountDeletionRequest.findFirst)', fix: ROUTE_FIX },
          suggestions: [{ messageId: 'addGuard', output: "import { NextRequest, NextResponse } from 'next/server';\nimport { z } from 'zod';\nimport { prisma } from '@/lib/db/prisma';\nimport { requireAuth } from '@/lib/require-auth';\n\nconst confirmationSchema = z.object({ userId: z.string().min(1) });\n\nexport async function POST(request: NextRequest) {\n  const auth = await requireAuth(request);\n  if (!auth.ok) {\n    return auth.response;\n  }\n  const body = await request.json();\n  const validation = confirmationSchema.safeParse(body);\n  if (!validation.success) {\n    return NextResponse.json({ error: 'Invalid input' }, { status: 400 });\n  }\n  const { userId } = validation.data;\n  const deletionRequest = await prisma.accountDeletionRequest.findFirst({ where: { userId } });\n  if (!deletionRequest) {\n    return NextResponse.json({ error: 'Invalid or expired token' }, { status: 404 });\n  }\n  if (deletionRequest.status !== 'PENDING') {\n    return NextResponse.json({ error: 'Request already processed' }, { status: 400 });\n  }\n  if (new Date() > deletionRequest.expiresAt) {\n    await prisma.accountDeletionRequest.update({ where: { id: deletionRequest.id }, data: { status: 'EXPIRED' } });\n    return NextResponse.json({ error: 'Token expired' }, { status: 400 });\n  }\n  await prisma.accountDeletionRequest.update({ where: { id: deletionRequest.id }, data: { status: 'CONFIRMED', confirmedAt: new Date() } });\n  return NextResponse.json({ success: true });\n}\n" }],
        },
      ],
    },
    // Twin: looked up by the emailed token, but neither its status nor its expiry is checked.
    {
      code: "import { NextRequest, NextResponse } from 'next/server';\nimport { z } from 'zod';\nimport { prisma } from '@/lib/db/prisma';\n\nconst confirmationSchema = z.object({ token: z.string().min(1) });\n\nexport async function POST(request: NextRequest) {\n  const body = await request.json();\n  const validation = confirmationSchema.safeParse(body);\n  if (!validation.success) {\n    return NextResponse.json({ error: 'Invalid input' }, { status: 400 });\n  }\n  const { token } = validation.data;\n  const deletionRequest = await prisma.accountDeletionRequest.findUnique({ where: { token } });\n  if (!deletionRequest) {\n    return NextResponse.json({ error: 'Invalid or expired token' }, { status: 404 });\n  }\n  await prisma.accountDeletionRequest.update({ where: { id: deletionRequest.id }, data: { status: 'CONFIRMED', confirmedAt: new Date() } });\n  return NextResponse.json({ success: true });\n}\n",
      filename: 'app/api/user/account/deletion-confirm/route.ts',
      settings: helper,
      errors: [
        {
          messageId: 'missingAuth',
          line: 7,
          column: 23,
          data: { handler: 'POST handler', what: 'the database (prisma.accountDeletionRequest.findUnique)', fix: ROUTE_FIX },
          suggestions: [{ messageId: 'addGuard', output: "import { NextRequest, NextResponse } from 'next/server';\nimport { z } from 'zod';\nimport { prisma } from '@/lib/db/prisma';\nimport { requireAuth } from '@/lib/require-auth';\n\nconst confirmationSchema = z.object({ token: z.string().min(1) });\n\nexport async function POST(request: NextRequest) {\n  const auth = await requireAuth(request);\n  if (!auth.ok) {\n    return auth.response;\n  }\n  const body = await request.json();\n  const validation = confirmationSchema.safeParse(body);\n  if (!validation.success) {\n    return NextResponse.json({ error: 'Invalid input' }, { status: 400 });\n  }\n  const { token } = validation.data;\n  const deletionRequest = await prisma.accountDeletionRequest.findUnique({ where: { token } });\n  if (!deletionRequest) {\n    return NextResponse.json({ error: 'Invalid or expired token' }, { status: 404 });\n  }\n  await prisma.accountDeletionRequest.update({ where: { id: deletionRequest.id }, data: { status: 'CONFIRMED', confirmedAt: new Date() } });\n  return NextResponse.json({ success: true });\n}\n" }],
        },
      ],
    },
    // A share link looked up but never checked: the view is recorded for any id.
    {
      code: UNCHECKED_LINK,
      filename: 'pages/api/links/visit.ts',
      settings: helper,
      errors: [
        {
          messageId: 'missingAuth',
          line: 2,
          column: 31,
          endColumn: 37,
          data: { handler: 'This API route', what: 'the database (prisma.link.findUnique)', fix: ROUTE_FIX },
          suggestions: [{ messageId: 'addGuard', output: withPagesGuard(UNCHECKED_LINK) }],
        },
      ],
    },
  ],
});

// Full inline helper output (no helperModules setting).
ruleTester.run('require-route-auth (inlined helper)', rule, {
  valid: [],
  invalid: [
    {
      code: "import { db } from '@/lib/db';\nexport async function POST(request: Request) {\n  await db.insert(items).values({});\n  return Response.json({});\n}\n",
      filename: FILES.route,
      errors: [
        {
          messageId: 'missingAuth',
          suggestions: [
            {
              messageId: 'addGuard',
              output: INLINE_OUTPUT(),
            },
          ],
        },
      ],
    },
  ],
});

function INLINE_OUTPUT(): string {
  // Built from the generated snippet so the test stays in step with snippets/require-route-auth.ts.
  const code = snippets['require-route-auth']!.code;
  const body = code
    .split('\n')
    .filter((l) => !/^import\s/.test(l))
    .join('\n')
    .replace(/^export\s+(?=(?:async\s+)?(?:function|const|let|class|interface|type)\b)/gm, '')
    .trim();
  return `import { db } from '@/lib/db';\nexport async function POST(request: Request) {\n  const auth = await requireAuth(request);\n  if (!auth.ok) {\n    return auth.response;\n  }\n  await db.insert(items).values({});\n  return Response.json({});\n}\n\n${body}\n`;
}

// ------------------------------------------------------------------------------------------------
// The guard follows the app's auth library: a handler whose file imports no auth code gets the guard
// of the library in the app's package.json, importing the module where the app keeps its setup.
// Fixture apps are written to a temporary folder (outside the repo, so no test-file path rules apply).
// ------------------------------------------------------------------------------------------------

const projectsDir = mkdtempSync(join(tmpdir(), 'prodready-auth-projects-'));
afterAll(() => rmSync(projectsDir, { recursive: true, force: true }));

/** Writes a fixture app (package.json dependencies + files) and returns its folder. */
function fixtureApp(name: string, dependencies: Record<string, string> | string, files: Record<string, string> = {}): string {
  const root = join(projectsDir, name);
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'package.json'), typeof dependencies === 'string' ? dependencies : JSON.stringify({ name, dependencies }));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}

const clerkApp = fixtureApp('clerk-app', { next: '15.0.0', '@clerk/nextjs': '^6.9.0', '@prisma/client': '^6.0.0' });
const supabaseApp = fixtureApp(
  'supabase-app',
  { next: '15.0.0', '@supabase/ssr': '^0.5.2', '@supabase/supabase-js': '^2.47.0' },
  { 'utils/supabase/server.ts': "import { createServerClient } from '@supabase/ssr';\nexport async function createClient() {\n  return createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, { cookies: {} as never });\n}\n" },
);
const supabaseSrcApp = fixtureApp(
  'supabase-src-app',
  { next: '15.0.0', '@supabase/ssr': '^0.5.2' },
  { 'src/lib/supabase/server.ts': "import { createServerClient } from '@supabase/ssr';\nexport const createSupabaseServerClient = async () => createServerClient('', '', { cookies: {} as never });\n" },
);
const nextAuth4App = fixtureApp(
  'next-auth-4-app',
  { next: '14.2.0', 'next-auth': '^4.24.11' },
  { 'pages/api/auth/[...nextauth].ts': "import NextAuth, { type NextAuthOptions } from 'next-auth';\nexport const authOptions: NextAuthOptions = { providers: [] };\nexport default NextAuth(authOptions);\n" },
);
const authJsApp = fixtureApp(
  'authjs-app',
  { next: '15.0.0', 'next-auth': '5.0.0-beta.25' },
  { 'server/auth.ts': "import NextAuth from 'next-auth';\nexport const { handlers, auth, signIn, signOut } = NextAuth({ providers: [] });\n" },
);
const betterAuthApp = fixtureApp(
  'better-auth-app',
  { next: '15.0.0', 'better-auth': '^1.2.7', 'drizzle-orm': '^0.38.0' },
  { 'lib/auth.ts': "import { betterAuth } from 'better-auth';\nexport const auth = betterAuth({ emailAndPassword: { enabled: true } });\n" },
);
const supabaseJsOnlyApp = fixtureApp('supabase-js-only-app', { next: '15.0.0', '@supabase/supabase-js': '^2.47.0' });
const brokenPackageApp = fixtureApp('broken-package-app', '{ "dependencies": { "@clerk/nextjs": ');

const DELETE_ROUTE = "import { prisma } from '@/lib/db';\nexport async function DELETE(req: Request) {\n  const { id } = await req.json();\n  await prisma.project.delete({ where: { id } });\n  return Response.json({ ok: true });\n}\n";
const guarded = (imports: string, guard: string) =>
  `import { prisma } from '@/lib/db';\n${imports}export async function DELETE(req: Request) {\n${guard}  const { id } = await req.json();\n  await prisma.project.delete({ where: { id } });\n  return Response.json({ ok: true });\n}\n`;
const DENY = "    return Response.json({ error: 'Unauthorized' }, { status: 401 });\n";

/** The invalid cases below, kept to check that each applied guard satisfies the rule. */
const projectCases = [
  {
    name: 'Clerk app: route handler',
    code: DELETE_ROUTE,
    filename: join(clerkApp, 'app/api/projects/route.ts'),
    library: 'a Clerk auth()',
    output: guarded("import { auth } from '@clerk/nextjs/server';\n", `  const { userId } = await auth();\n  if (!userId) {\n${DENY}  }\n`),
  },
  {
    name: 'Clerk app: Pages API route',
    code: "import type { NextApiRequest, NextApiResponse } from 'next';\nimport { prisma } from '@/lib/db';\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  await prisma.project.delete({ where: { id: String(req.query.id) } });\n  res.json({ ok: true });\n}\n",
    filename: join(clerkApp, 'pages/api/projects.ts'),
    library: 'a Clerk auth()',
    output: "import type { NextApiRequest, NextApiResponse } from 'next';\nimport { prisma } from '@/lib/db';\nimport { getAuth } from '@clerk/nextjs/server';\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  const { userId } = getAuth(req);\n  if (!userId) {\n    return res.status(401).json({ error: 'Unauthorized' });\n  }\n  await prisma.project.delete({ where: { id: String(req.query.id) } });\n  res.json({ ok: true });\n}\n",
  },
  {
    name: "Supabase SSR app: the app's utils/supabase/server createClient",
    code: DELETE_ROUTE,
    filename: join(supabaseApp, 'app/api/projects/route.ts'),
    library: 'a Supabase auth.getUser()',
    output: guarded(
      "import { createClient } from '@/utils/supabase/server';\n",
      `  const { data: { user } } = await (await createClient()).auth.getUser();\n  if (!user) {\n${DENY}  }\n`,
    ),
  },
  {
    name: 'Supabase SSR app with src/: the factory name the module exports',
    code: "'use server';\nimport { prisma } from '@/lib/db';\nexport async function deleteProject(id: string) {\n  await prisma.project.delete({ where: { id } });\n}\n",
    filename: join(supabaseSrcApp, 'src/app/actions.ts'),
    library: 'a Supabase auth.getUser()',
    output: "'use server';\nimport { prisma } from '@/lib/db';\nimport { createSupabaseServerClient } from '@/lib/supabase/server';\nexport async function deleteProject(id: string) {\n  const { data: { user } } = await (await createSupabaseServerClient()).auth.getUser();\n  if (!user) {\n    throw new Error('Unauthorized');\n  }\n  await prisma.project.delete({ where: { id } });\n}\n",
  },
  {
    name: 'next-auth 4 app: authOptions from the [...nextauth] API route',
    code: DELETE_ROUTE,
    filename: join(nextAuth4App, 'app/api/projects/route.ts'),
    library: 'a next-auth getServerSession()',
    output: guarded(
      "import { getServerSession } from 'next-auth';\nimport { authOptions } from '@/pages/api/auth/[...nextauth]';\n",
      `  const session = await getServerSession(authOptions);\n  if (!session?.user) {\n${DENY}  }\n`,
    ),
  },
  {
    name: 'Auth.js (next-auth 5) app: auth from server/auth',
    code: DELETE_ROUTE,
    filename: join(authJsApp, 'app/api/projects/route.ts'),
    library: 'an Auth.js auth()',
    output: guarded("import { auth } from '@/server/auth';\n", `  const session = await auth();\n  if (!session?.user) {\n${DENY}  }\n`),
  },
  {
    name: "Auth.js app: the file's `auth` is an MCP client's OAuth flow (`@ai-sdk/mcp`), so the app's is imported as appAuth",
    code: "import { prisma } from '@/lib/db';\nimport { auth } from '@ai-sdk/mcp';\nimport { provider } from '@/lib/mcp';\nexport async function DELETE(req: Request) {\n  const { id, serverUrl } = await req.json();\n  await auth(provider, { serverUrl });\n  await prisma.project.delete({ where: { id } });\n  return Response.json({ ok: true });\n}\n",
    filename: join(authJsApp, 'app/api/projects/route.ts'),
    library: 'an Auth.js auth()',
    output: `import { prisma } from '@/lib/db';\nimport { auth } from '@ai-sdk/mcp';\nimport { provider } from '@/lib/mcp';\nimport { auth as appAuth } from '@/server/auth';\nexport async function DELETE(req: Request) {\n  const session = await appAuth();\n  if (!session?.user) {\n${DENY}  }\n  const { id, serverUrl } = await req.json();\n  await auth(provider, { serverUrl });\n  await prisma.project.delete({ where: { id } });\n  return Response.json({ ok: true });\n}\n`,
  },
  {
    name: "Clerk app: the file's `auth` is an MCP client's OAuth flow, so Clerk's is imported as appAuth",
    code: "import { prisma } from '@/lib/db';\nimport { auth } from '@modelcontextprotocol/sdk/client/auth.js';\nimport { provider } from '@/lib/mcp';\nexport async function DELETE(req: Request) {\n  const { id, serverUrl } = await req.json();\n  await auth(provider, { serverUrl });\n  await prisma.project.delete({ where: { id } });\n  return Response.json({ ok: true });\n}\n",
    filename: join(clerkApp, 'app/api/projects/route.ts'),
    library: 'a Clerk auth()',
    output: `import { prisma } from '@/lib/db';\nimport { auth } from '@modelcontextprotocol/sdk/client/auth.js';\nimport { provider } from '@/lib/mcp';\nimport { auth as appAuth } from '@clerk/nextjs/server';\nexport async function DELETE(req: Request) {\n  const { userId } = await appAuth();\n  if (!userId) {\n${DENY}  }\n  const { id, serverUrl } = await req.json();\n  await auth(provider, { serverUrl });\n  await prisma.project.delete({ where: { id } });\n  return Response.json({ ok: true });\n}\n`,
  },
  {
    name: 'better-auth app: route handler reads the request headers',
    code: DELETE_ROUTE,
    filename: join(betterAuthApp, 'app/api/projects/route.ts'),
    library: 'a better-auth getSession()',
    output: guarded(
      "import { auth } from '@/lib/auth';\n",
      `  const session = await auth.api.getSession({ headers: req.headers });\n  if (!session) {\n${DENY}  }\n`,
    ),
  },
  {
    name: "better-auth app: a file importing the app's `auth` gets better-auth's API, not Auth.js's auth()",
    code: "'use server';\nimport { auth } from '@/lib/auth';\nimport { prisma } from '@/lib/db';\nexport async function deleteProject(id: string) {\n  await prisma.project.delete({ where: { id } });\n}\n",
    filename: join(betterAuthApp, 'app/actions.ts'),
    library: 'a better-auth getSession()',
    output: "'use server';\nimport { auth } from '@/lib/auth';\nimport { prisma } from '@/lib/db';\nimport { headers } from 'next/headers';\nexport async function deleteProject(id: string) {\n  const session = await auth.api.getSession({ headers: await headers() });\n  if (!session) {\n    throw new Error('Unauthorized');\n  }\n  await prisma.project.delete({ where: { id } });\n}\n",
  },
  {
    name: 'supabase-js only (a database client, not Supabase Auth): the generic guard',
    code: DELETE_ROUTE,
    filename: join(supabaseJsOnlyApp, 'app/api/projects/route.ts'),
    library: 'a requireAuth()',
  },
  {
    name: 'unreadable package.json: the generic guard, no crash',
    code: DELETE_ROUTE,
    filename: join(brokenPackageApp, 'app/api/projects/route.ts'),
    library: 'a requireAuth()',
  },
];

ruleTester.run('require-route-auth (guard from the app package.json)', rule, {
  valid: [],
  invalid: projectCases.map(({ name, code, filename, library, output }) => ({
    name,
    code,
    filename,
    errors: [
      {
        messageId: 'missingAuth' as const,
        suggestions: [
          output === undefined
            ? { messageId: 'addGuard' as const, data: { library, handler: code.includes('DELETE') ? 'DELETE' : 'the handler' }, output: applyFirstSuggestion(code, filename) }
            : { messageId: 'addGuard' as const, data: { library, handler: code.includes('DELETE') ? 'DELETE' : code.includes('deleteProject') ? 'deleteProject' : 'the handler' }, output },
        ],
      },
    ],
  })),
});

/** The code with the rule's first suggestion applied (for the generic-guard cases, whose helper text is long). */
function applyFirstSuggestion(code: string, filename: string): string {
  const [message] = lintWith(code, filename, ['require-route-auth'], projectsDir);
  const fix = message?.suggestions?.[0]?.fix;
  if (!fix) throw new Error(`no suggestion for ${filename}`);
  expect(message?.suggestions?.[0]?.desc).toContain('requireAuth()');
  return code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]);
}

describe('require-route-auth: the library guard satisfies the rule', () => {
  it.each(projectCases.filter((c) => c.output !== undefined).map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(lintWith(c.output!, c.filename, ['require-route-auth'], projectsDir)).toEqual([]);
  });
});

describe('require-route-auth: the cron guard', () => {
  // The CRON_SECRET guard offered on cron routes leaves code that every prodready rule accepts.
  it.each([
    ['app/api/checker/cron/10m/route.ts', "import { enqueueChecks } from '@/lib/checker';\n\nexport async function GET(req: Request) {\n  await enqueueChecks({ periodicity: '10m' });\n  return Response.json({ success: true });\n}\n"],
    ['app/api/cron/cleanup/route.ts', "import { prisma } from '@/lib/prisma';\n\nexport const runtime = 'edge';\n\nexport async function POST() {\n  await prisma.session.deleteMany({ where: { expires: { lt: new Date() } } });\n  return Response.json({ ok: true });\n}\n"],
    ['pages/api/cron/cleanup.ts', "import type { NextApiRequest, NextApiResponse } from 'next';\nimport { prisma } from '@/lib/prisma';\n\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  await prisma.session.deleteMany({ where: { expires: { lt: new Date() } } });\n  res.status(200).json({ ok: true });\n}\n"],
  ])('%s', (filename, code) => {
    const [message] = lintWith(code, filename, ['require-route-auth']);
    const fix = message?.suggestions?.[0]?.fix;
    expect(message?.suggestions?.[0]?.desc).toContain('CRON_SECRET');
    const fixed = code.slice(0, fix!.range[0]) + fix!.text + code.slice(fix!.range[1]);
    expect(lintWith(fixed, filename).map((m) => `${m.ruleId}: ${m.message}`)).toEqual([]);
  });
});

describe('require-route-auth: what the message says a handler reaches', () => {
  // Stripe's client (`@/lib/stripe`, `new Stripe()`) holds the payment provider's records, not a database (mckays-app-template).
  it('names Stripe for calls on the app\'s Stripe client, and the database for a database client', () => {
    const stripeCall = "'use server';\nimport { stripe } from '@/lib/stripe';\n\nexport async function cancelSubscription(subscriptionId: string) {\n  await stripe.subscriptions.cancel(subscriptionId);\n}\n";
    const localStripe = "import Stripe from 'stripe';\nexport async function POST(req: Request) {\n  const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);\n  const { id } = await req.json();\n  await stripe.customers.del(id);\n  return Response.json({ ok: true });\n}\n";
    const dbCall = "'use server';\nimport { db } from '@/lib/db';\n\nexport async function deleteNote(id: string) {\n  await db.note.delete({ where: { id } });\n}\n";
    expect(lintWith(stripeCall, 'app/actions.ts', ['require-route-auth'])[0]?.message).toContain('reaches Stripe (stripe.subscriptions.cancel)');
    expect(lintWith(localStripe, 'app/api/customers/route.ts', ['require-route-auth'])[0]?.message).toContain('reaches Stripe (stripe.customers.del)');
    expect(lintWith(dbCall, 'app/actions.ts', ['require-route-auth'])[0]?.message).toContain('reaches the database (db.note.delete)');
  });

  // Vane: `new ModelRegistry()` from `@/lib/models/registry` is an AI model catalogue's service; a mongoose
  // model from `@/models/user` is the database. Both are reported.
  it('calls a service class from a models folder project data code, and a mongoose document the database', () => {
    const registry = "import ModelRegistry from '@/lib/models/registry';\nexport async function POST(req: Request) {\n  const body = await req.json();\n  const registry = new ModelRegistry();\n  const provider = await registry.addProvider(body.type, body.name, body.config);\n  return Response.json({ provider });\n}\n";
    const mongoose = "import User from '@/models/user';\nexport async function POST(req: Request) {\n  const body = await req.json();\n  const user = new User(body);\n  await user.save();\n  return Response.json({ ok: true });\n}\n";
    expect(lintWith(registry, 'src/app/api/providers/route.ts', ['require-route-auth'])[0]?.message).toContain('reaches project data code (registry.addProvider)');
    expect(lintWith(mongoose, 'app/api/users/route.ts', ['require-route-auth'])[0]?.message).toContain('reaches the database (user.save)');
  });

  // fireplexity / open-lovable: Firecrawl's API is a paid search / crawl API, as require-rate-limit calls it, not an AI API.
  it('calls a paid search host a paid search API, and a model host a paid AI API', () => {
    const search = "export async function POST(req: Request) {\n  const { query } = await req.json();\n  const res = await fetch('https://api.firecrawl.dev/v1/search', { method: 'POST', headers: { Authorization: `Bearer ${process.env.FIRECRAWL_API_KEY}` }, body: JSON.stringify({ query }) });\n  return Response.json(await res.json());\n}\n";
    const model = search.replace('https://api.firecrawl.dev/v1/search', 'https://api.openai.com/v1/responses').replace('FIRECRAWL_API_KEY', 'OPENAI_API_KEY');
    expect(lintWith(search, 'app/api/search/route.ts', ['require-route-auth'])[0]?.message).toContain('reaches a paid search API (fetch)');
    expect(lintWith(model, 'app/api/search/route.ts', ['require-route-auth'])[0]?.message).toContain('reaches a paid AI API (fetch)');
  });
});

// ------------------------------------------------------------------------------------------------
// An app with no sign-in package in its package.json (spliit: groups shared by link, no accounts) has no session
// to verify: the message says how to keep a route or action public on purpose. A workspace package (which may hold
// the app's auth code) or any auth-named dependency keeps the usual advice.
// ------------------------------------------------------------------------------------------------

// spliit's own dependencies include `class-variance-authority` and `jest-environment-jsdom`: words, not substrings, name auth.
const noAccountsApp = fixtureApp('no-accounts-app', { next: '15.0.0', openai: '^4.77.0', '@prisma/client': '^6.0.0', zod: '^3.24.0', 'class-variance-authority': '^0.7.1', 'jest-environment-jsdom': '^30.4.1' });
const ironSessionApp = fixtureApp('iron-session-app', { next: '15.0.0', '@prisma/client': '^6.0.0', 'iron-session': '^8.0.0' });
const workspaceApp = fixtureApp('workspace-app', { next: '15.0.0', '@prisma/client': '^6.0.0', '@acme/core': 'workspace:*' });
const EXTRACT_ACTION =
  "'use server';\nimport OpenAI from 'openai';\n\nconst openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY, timeout: 30_000 });\n\nexport async function extractExpense(imageUrl: string) {\n  const res = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: imageUrl }] });\n  return res.choices[0]?.message.content;\n}\n";
const NO_ACCOUNTS_PAID =
  'No sign-in package is listed in package.json, so anyone can call it if the app has no accounts: check an access key or shared secret first, or, only if it is meant to be public, rate-limit it per client (and add a bot check) so nobody can spend your quota, and list the file in `publicRoutes`.';
const NO_ACCOUNTS =
  'No sign-in package is listed in package.json, so anyone can call it if the app has no accounts: check an access key or shared secret first, or, only if it is meant to be public (anyone with the link may use it), list the file in `publicRoutes`.';
const noAccountsCases = [
  { code: EXTRACT_ACTION, filename: join(noAccountsApp, 'src/app/groups/actions.ts'), handler: 'Server action extractExpense', what: 'a paid AI API (openai.chat.completions.create)', fix: NO_ACCOUNTS_PAID },
  { code: DELETE_ROUTE, filename: join(noAccountsApp, 'app/api/projects/route.ts'), handler: 'DELETE handler', what: 'the database (prisma.project.delete)', fix: NO_ACCOUNTS },
  {
    code: DELETE_ROUTE,
    filename: join(workspaceApp, 'app/api/projects/route.ts'),
    handler: 'DELETE handler',
    what: 'the database (prisma.project.delete)',
    fix: 'Verify the session (or API key) first and return 401 when it is missing.',
  },
  {
    code: DELETE_ROUTE,
    filename: join(ironSessionApp, 'app/api/projects/route.ts'),
    handler: 'DELETE handler',
    what: 'the database (prisma.project.delete)',
    fix: 'Verify the session (or API key) first and return 401 when it is missing.',
  },
  {
    code: EXTRACT_ACTION,
    filename: join(supabaseJsOnlyApp, 'app/actions.ts'),
    handler: 'Server action extractExpense',
    what: 'a paid AI API (openai.chat.completions.create)',
    fix: "Verify the session first and throw when it is missing; if only server code calls it (a webhook, another action), move it out of the 'use server' file into a server-only module instead.",
  },
];

ruleTester.run('require-route-auth (no sign-in package)', rule, {
  valid: [
    // The action file listed as public by design is not checked (publicRoutes covers server action files too).
    { code: EXTRACT_ACTION, filename: join(noAccountsApp, 'src/app/groups/actions.ts'), options: [{ publicRoutes: ['**/src/app/groups/actions.ts'] }] },
  ],
  invalid: noAccountsCases.map(({ code, filename, handler, what, fix }) => ({
    code,
    filename,
    errors: [
      {
        messageId: 'missingAuth' as const,
        data: { handler, what, fix },
        suggestions: [{ messageId: 'addGuard' as const, data: { library: 'a requireAuth()', handler: handler.replace(/^Server action /, '').replace(/ handler$/, '') }, output: applyFirstSuggestion(code, filename) }],
      },
    ],
  })),
});
