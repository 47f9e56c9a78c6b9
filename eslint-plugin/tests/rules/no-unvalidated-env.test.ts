import rule from '../../src/rules/no-unvalidated-env';
import { ruleTester, FILES } from '../rule-tester';

const IMPORT = "import { requireEnv } from '@/lib/require-env';\n";
/** The requireEnv suggestion for a file without imports: the import goes on top. */
const fix = (output: string) => [{ messageId: 'useRequireEnv' as const, output: IMPORT + output }];
const requireEnvModule = { prodready: { helperModules: { 'no-unvalidated-env.require-env': '@/lib/require-env' } } };

/** An Inngest event key held in a const that is also sent in a header, read with `read`. */
const INNGEST_KEY_ALSO_SENT = (read: string) =>
  `import { Inngest } from 'inngest';\n\nconst eventKey: string = ${read};\nexport const inngest = new Inngest({ id: 'router', eventKey });\nexport const ping = () => fetch('https://inn.gs/e', { headers: { 'x-inngest-key': eventKey }, signal: AbortSignal.timeout(5000) });\n`;

ruleTester.run('no-unvalidated-env', rule, {
  valid: [
    // VISION-PLATFORM's Supabase client factory: the service-role key is read only in the branch a test run takes
    // (`NODE_ENV === 'test'`), which production never enters; the browser client's public keys are still checked below.
    { code: "import { createBrowserClient } from '@supabase/ssr';\nimport { createClient as createSupabaseClient } from '@supabase/supabase-js';\n\nexport function createClient() {\n  if (process.env.NODE_ENV === 'test' && process.env.USE_REAL_DB === '1') {\n    return createSupabaseClient(process.env.NEXT_PUBLIC_SUPABASE_URL as string, process.env.SUPABASE_SERVICE_ROLE_KEY!);\n  }\n  return createBrowserClient(process.env.NEXT_PUBLIC_SUPABASE_URL as string, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY as string);\n}\n".replace("process.env.NEXT_PUBLIC_SUPABASE_URL as string, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY as string", "'https://x.supabase.co', 'anon'"), filename: 'src/lib/supabase/client.ts' },
    // jitsu's Stripe table pick: `(process.env.KEY as string)?.indexOf(...)` allows a missing value itself (the optional access).
    { code: "export const stripeDataTable =\n  (process.env.STRIPE_SECRET_KEY as string)?.indexOf(\"_live_\") >= 0 ? \"stripe-settings\" : \"stripe-settings-test-mode\";\n", filename: "webapps/ee-api/lib/billing-tables.ts" },
    // A placeholder fallback of a setting that is no credential and reaches no client: a real default ("none").
    { code: "export const cacheMode = process.env.CACHE_MODE ?? 'none';\nexport const region = process.env.REGION || 'unset';\n", filename: "lib/config.ts" },
    // An app's own public prefix in a browser script with no server sign (cal.com's embed, built by Vite with
    // `define`: EMBED_PUBLIC_EMBED_VERSION), like NEXT_PUBLIC_.
    { code: "const globalCal = (window as any).Cal;\nexport function initializeGlobalCalProps() {\n  globalCal.fingerprint = process.env.EMBED_PUBLIC_EMBED_FINGER_PRINT as string;\n  globalCal.version = process.env.EMBED_PUBLIC_EMBED_VERSION as string;\n}\n", filename: 'packages/embeds/embed-core/src/embed.ts' },
    // A version label in an SDK module with no server sign (openpanel's web SDK: its publish build inlines
    // WEB_VERSION with `tsup --env.WEB_VERSION=...`): nothing fails without it.
    { code: "import { OpenPanelBase, type OpenPanelOptions } from '@openpanel/sdk';\n\nexport class OpenPanel extends OpenPanelBase {\n  constructor(public options: OpenPanelOptions) {\n    super({ sdk: 'web', sdkVersion: process.env.WEB_VERSION!, ...options });\n  }\n}\n", filename: 'packages/sdks/web/src/index.ts' },
    // A Hardhat deploy script (heyxyz/hey's packages/contracts/deploy/): run by hand against a chain, it fails in front of whoever runs it.
    { code: "import { Deployer } from '@matterlabs/hardhat-zksync';\nimport type { HardhatRuntimeEnvironment } from 'hardhat/types';\nimport { Wallet } from 'zksync-ethers';\n\nexport default async function (hre: HardhatRuntimeEnvironment) {\n  const wallet = new Wallet(process.env.PRIVATE_KEY as string);\n  const deployer = new Deployer(hre, wallet as any);\n  await deployer.deploy(await deployer.loadArtifact('HeyPro'));\n}\n", filename: 'packages/contracts/deploy/heypro.ts' },
    // Twin: a template with other text around the read stays a documented exemption.
    { code: "import { Pool } from \"pg\";\n\nconst connectionString = `${process.env.DATABASE_URL}?sslmode=require`;\nexport const pool = new Pool({ connectionString });\n", filename: 'lib/prisma.ts' },
    // A Flags SDK provider's data call (vercel/examples' flags routes): a missing option comes back as a hint.
    { code: "import { getSplitData } from '@vercel/flags/providers/split';\n\nexport async function GET() {\n  const data = await getSplitData({\n    adminApiKey: process.env.SPLIT_ADMIN_API_KEY!,\n    workspaceId: process.env.SPLIT_WORKSPACE_ID!,\n  });\n  return Response.json(data);\n}\n", filename: 'app/.well-known/vercel/flags/route.ts' },
    { code: "import { getProviderData as getFlagsmithData } from '@flags-sdk/flagsmith';\n\nexport const GET = () =>\n  getFlagsmithData({ environmentKey: process.env.FLAGSMITH_ENVIRONMENT_ID as string, projectId: process.env.FLAGSMITH_PROJECT_ID || '' });\n", filename: 'app/.well-known/vercel/flags/route.ts' },
    // Inngest's optional keys and display name (nextcrm): the SDK reads and checks them itself.
    // An empty fallback into Inngest's key falls back to the variable as well, also through a const (prisma-examples' pulse/inngest-router); so does Resend's (it throws "Missing API key").
    { code: "import { Inngest } from 'inngest';\nimport { Resend } from 'resend';\n\nconst eventKey: string = process.env.INNGEST_EVENT_KEY ?? '';\nexport const inngest = new Inngest({ id: 'router', eventKey });\nconst RESEND_API_KEY = process.env.RESEND_API ?? '';\nexport const resend = new Resend(RESEND_API_KEY);\n", filename: 'src/index.ts' },
    { code: "import { Inngest } from \"inngest\";\n\nexport const inngest = new Inngest({\n  id: \"nextcrm\",\n  name: process.env.INNGEST_APP_NAME as string,\n  eventKey: process.env.INNGEST_EVENT_KEY,\n  signingKey: process.env.INNGEST_SIGNING_KEY,\n});\n", filename: 'inngest/client.ts' },
    // An SDK's base-URL option falls back to the provider's URL when unset (deep-research's FIRECRAWL_BASE_URL), also with an empty default.
    { code: "import FirecrawlApp from '@mendable/firecrawl-js';\n\n// Initialize Firecrawl with optional API key and optional base url\nconst firecrawl = new FirecrawlApp({\n  apiKey: process.env.FIRECRAWL_KEY,\n  apiUrl: process.env.FIRECRAWL_BASE_URL ?? '',\n});\n\nexport async function search(q: string) {\n  return firecrawl.search(q, { timeout: 15000 });\n}\n", filename: 'src/deep-research.ts' },
    // Clients that throw on a missing key themselves (groq-sdk, together-ai, Firecrawl: notesGPT, deep-research), and Vercel system variables set on every deployment (typebot).
    { code: "import Together from 'together-ai';\nimport Groq from 'groq-sdk';\nimport FirecrawlApp from '@mendable/firecrawl-js';\n\nexport const together = new Together({ apiKey: process.env.TOGETHER_API_KEY });\nexport const groq = new Groq({ apiKey: process.env.GROQ_API_KEY! });\nexport const firecrawl = new FirecrawlApp({ apiKey: process.env.FIRECRAWL_KEY });\n\nexport function previewUrl(): string | undefined {\n  if (process.env.VERCEL_ENV !== 'preview') return undefined;\n  return `https://${process.env.VERCEL_BRANCH_URL as string}`;\n}\n", filename: 'lib/clients.ts' },
    // An early exit on a configuration check named for the variable's service (morphic: isProviderEnabled('anthropic') before ANTHROPIC_API_KEY!).
    { code: "import { isProviderEnabled } from '@/lib/utils/registry'\n\nasync function fetchJson(url: string, headers: HeadersInit): Promise<Record<string, any>> {\n  const response = await fetch(url, { headers, method: 'GET', signal: AbortSignal.timeout(10_000) })\n  if (!response.ok) throw new Error(`HTTP ${response.status}`)\n  return (await response.json()) as Record<string, any>\n}\n\nexport async function fetchAnthropicModels(): Promise<string[]> {\n  // The provider is enabled only when ANTHROPIC_API_KEY is set (checked in registry.ts).\n  if (!isProviderEnabled('anthropic')) {\n    return []\n  }\n  try {\n    const json = await fetchJson('https://api.anthropic.com/v1/models', {\n      'x-api-key': process.env.ANTHROPIC_API_KEY!,\n      'anthropic-version': '2023-06-01'\n    })\n    return Array.isArray(json?.data) ? json.data.map((m: any) => String(m.id)) : []\n  } catch (error) {\n    console.warn('Failed to fetch Anthropic models:', error)\n    return []\n  }\n}\n", filename: 'lib/models/fetch-models.ts' },
    // An optional public base URL (morphic's R2_PUBLIC_URL), and a password read under a check of its own username: username-only proxy auth is valid (linkwarden).
    { code: "import { S3Client } from '@aws-sdk/client-s3'\n\n// Optional: only used to build public links when the bucket is public; signed URLs are the default.\nexport const R2_PUBLIC_URL = process.env.R2_PUBLIC_URL || ''\n\nlet client: S3Client | null = null\n\nexport function getR2Client(): S3Client {\n  if (client) return client\n  const accessKeyId = process.env.R2_ACCESS_KEY_ID\n  const secretAccessKey = process.env.R2_SECRET_ACCESS_KEY\n  const accountId = process.env.R2_ACCOUNT_ID\n  if (!accessKeyId || !secretAccessKey || !accountId) {\n    throw new Error('S3 configuration missing')\n  }\n  client = new S3Client({\n    region: 'auto',\n    endpoint: `https://${accountId}.r2.cloudflarestorage.com`,\n    credentials: { accessKeyId, secretAccessKey }\n  })\n  return client\n}\n", filename: 'lib/storage/r2-client.ts' },
    { code: "import fetch from \"node-fetch\";\nimport { HttpsProxyAgent } from \"https-proxy-agent\";\n\n// Optional outbound proxy. Username-only proxy auth is valid (token-as-username proxies),\n// so an unset PROXY_PASSWORD means \"no password\", not a missing secret.\nfunction createAgent() {\n  if (!process.env.PROXY) return undefined;\n  const proxy = new URL(process.env.PROXY);\n  if (process.env.PROXY_USERNAME) {\n    proxy.username = process.env.PROXY_USERNAME;\n    proxy.password = process.env.PROXY_PASSWORD || \"\";\n  }\n  return new HttpsProxyAgent(proxy.toString());\n}\n\nexport async function safeFetch(url: string, options: Record<string, unknown> = {}) {\n  return fetch(url, { ...options, agent: createAgent() });\n}\n", filename: 'packages/lib/safeFetch.ts' },
    // Exa and LangChain's TogetherAIEmbeddings throw naming the variable when the key is missing (turboseek, pdftochat).
    { code: "import Exa from 'exa-js';\nimport { TogetherAIEmbeddings } from '@langchain/community/embeddings/togetherai';\n\nexport const exaClient = new Exa(process.env.EXA_API_KEY);\n\nexport function loadEmbeddings() {\n  return new TogetherAIEmbeddings({ apiKey: process.env.TOGETHER_AI_API_KEY, modelName: 'm2-bert' });\n}\n", filename: 'utils/clients.ts' },
    // E2B's static calls fall back to E2B_API_KEY and throw naming it (open-lovable's Sandbox.connect(id, { apiKey })); Exa treats
    // '' as missing and throws naming EXA_API_KEY, so an empty fallback fails at once too (open-canvas' web search node).
    { code: "import { NextRequest, NextResponse } from 'next/server';\nimport { Sandbox } from '@e2b/code-interpreter';\n\nexport async function POST(request: NextRequest) {\n  const { sandboxId } = await request.json();\n  const sandbox = await Sandbox.connect(sandboxId, { apiKey: process.env.E2B_API_KEY });\n  return NextResponse.json({ id: sandbox.sandboxId });\n}\n", filename: 'app/api/install-packages/route.ts' },
    { code: "import ExaClient from 'exa-js';\n\nexport async function search(query: string) {\n  const exaClient = new ExaClient(process.env.EXA_API_KEY || '');\n  return exaClient.search(query, { numResults: 5 });\n}\n", filename: 'apps/agents/src/web-search/nodes/search.ts' },
    // SDK constructors that throw on a missing key themselves ("Missing API key", "The OPENAI_API_KEY environment variable is missing"): midday's Resend clients.
    { code: "import { Resend } from 'resend';\nexport const resend = new Resend(process.env.RESEND_API_KEY!);\n", filename: 'apps/api/src/services/resend.ts' },
    { code: "import OpenAI from 'openai';\nconst openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });", filename: FILES.jsRoute },
    // Checked through a const binding in another handler of the file: `const clientId = process.env.X; if (!clientId)` (midday).
    { code: "import { OpenAPIHono } from \"@hono/zod-openapi\";\nimport Stripe from \"stripe\";\nimport { getTeamById } from \"../../db\";\n\nconst app = new OpenAPIHono();\nconst stripeKey = process.env.STRIPE_SECRET_KEY;\nif (!stripeKey) throw new Error(\"STRIPE_SECRET_KEY is not set\");\n\napp.get(\"/connect-stripe\", async (c) => {\n  const clientId = process.env.STRIPE_CONNECT_CLIENT_ID;\n  if (!clientId) {\n    return c.json({ message: \"Stripe Connect is not configured\" }, 500);\n  }\n  return c.redirect(`https://connect.stripe.com/oauth/authorize?client_id=${clientId}`);\n});\n\napp.post(\"/disconnect-stripe\", async (c) => {\n  const team = await getTeamById(c.get(\"teamId\"));\n  if (team?.stripeAccountId) {\n    try {\n      const stripe = new Stripe(stripeKey);\n      await stripe.oauth.deauthorize({\n        client_id: process.env.STRIPE_CONNECT_CLIENT_ID!,\n        stripe_user_id: team.stripeAccountId,\n      });\n    } catch {\n      // logged\n    }\n  }\n  return c.json({ ok: true });\n});\n\nexport { app as invoicePaymentsRouter };\n", filename: 'apps/api/src/rest/routers/invoice-payments.ts' },
    // NODE_ENV comparisons and runtime vars.
    { code: "if (process.env.NODE_ENV === 'production') {}", filename: FILES.lib },
    { code: "const isProd = process.env.NODE_ENV! === 'production';", filename: FILES.lib },
    // Schema-parsed env (zod, t3-env runtimeEnv).
    { code: "import { z } from 'zod';\nexport const env = z.object({ DATABASE_URL: z.string().url() }).parse(process.env);", filename: 'lib/env.ts' },
    {
      code: `import { createEnv } from '@t3-oss/env-nextjs';
export const env = createEnv({
  server: { DATABASE_URL: z.string().url() },
  runtimeEnv: { DATABASE_URL: process.env.DATABASE_URL, JWT_SECRET: process.env.JWT_SECRET },
});`,
      filename: 'env.mjs',
    },
    { code: "const env = schema.parse({ KEY: process.env.OPENAI_API_KEY });", filename: FILES.lib },
    // Checked before use.
    {
      code: `const apiKey = process.env.OPENAI_API_KEY;
if (!apiKey) throw new Error('OPENAI_API_KEY is missing');
export const openai = new OpenAI({ apiKey });`,
      filename: FILES.lib,
    },
    {
      code: `if (!process.env.STRIPE_SECRET_KEY) throw new Error('missing');
export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);`,
      filename: FILES.lib,
    },
    { code: "export async function POST() { const key = process.env.OPENAI_API_KEY; if (!key) return new Response('no key', { status: 500 }); const ai = new OpenAI({ apiKey: key }); }", filename: FILES.route },
    { code: "const enabled = !!process.env.REDIS_URL;\nconst redis = new Redis(process.env.REDIS_URL);", filename: FILES.lib },
    { code: "assert(process.env.DATABASE_URL);\nconst pool = new Pool({ connectionString: process.env.DATABASE_URL });", filename: FILES.lib },
    // Real defaults.
    { code: 'const port = process.env.PORT ?? 3000;', filename: FILES.lib },
    { code: "const level = process.env.LOG_LEVEL || 'info';", filename: FILES.lib },
    { code: "const ALLOWED_ORIGINS = (process.env.ALLOWED_ORIGINS ?? '').split(',').filter(Boolean);", filename: FILES.route },
    // Public client config.
    { code: 'const supabase = createBrowserClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!);', filename: 'utils/supabase/client.ts' },
    { code: 'const s = createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, { cookies });', filename: 'utils/supabase/server.ts' },
    // Client files, tests, tool config files, scripts.
    { code: "'use client';\nconst x = process.env.SECRET_THING!;", filename: FILES.component },
    { code: 'const db = new Pool({ connectionString: process.env.DATABASE_URL });', filename: 'lib/db.test.ts' },
    { code: "export default { dbCredentials: { url: process.env.DATABASE_URL! } };", filename: 'drizzle.config.ts' },
    { code: 'const supabase = createClient(process.env.SUPABASE_URL, process.env.SUPABASE_SERVICE_ROLE_KEY);', filename: 'scripts/backup-db.js' },
    { code: "process.env.DATABASE_URL = process.env.DATABASE_URL || 'postgresql://localhost/test';", filename: 'unit-tests/setup.ts' },
    // Reads that do not build a client: templates, comparisons, fetch URLs.
    { code: "export async function GET(req) { if (req.headers.get('authorization') !== `Bearer ${process.env.CRON_SECRET}`) return new Response(null, { status: 401 }); }", filename: FILES.route },
    { code: 'const res = await fetch(`${process.env.API_URL}/items`);', filename: FILES.lib },
    { code: 'const url = new URL(process.env.APP_URL);', filename: FILES.lib },
    // OpenAI reads OPENAI_API_KEY itself and throws a clear error.
    { code: 'const openai = new OpenAI();', filename: FILES.lib },
    // The validated env module.
    { code: "import { env } from '@/lib/env';\nconst openai = new OpenAI({ apiKey: env.OPENAI_API_KEY });", filename: FILES.lib },
    // Optional tuning values passed bare into a client are not credentials.
    { code: 'const t = createTransport({ tls: { servername: process.env.SMTP_TLS_SERVERNAME } });', filename: FILES.lib },
    // An optional integration: the empty fallback is tested before use (morphic's OpenAI-compatible provider).
    { code: "export async function listModels() {\n  const rawBaseURL = process.env.OPENAI_COMPATIBLE_API_BASE_URL || '';\n  if (!rawBaseURL) return [];\n  return fetchJson(`${rawBaseURL}/v1/models`);\n}\n", filename: FILES.lib },
    // A list setting whose empty default means none, even under a connection-like name (openstatus' URL blocklist).
    { code: "export function blocked(url: string) {\n  const patterns = (process.env.BLACKLIST_URL ?? '').split(',').map((p) => p.trim()).filter(Boolean);\n  return patterns.some((p) => url.includes(p));\n}\n", filename: FILES.lib },
    // ignoreNames.
    { code: 'const x = process.env.MY_FLAG!;', filename: FILES.lib, options: [{ ignoreNames: ['MY_FLAG'] }] },
    // A command-line tool (openpanel's export script): its env default is overridden by --url and checked.
    { code: "#!/usr/bin/env node\nimport { createClient } from '@clickhouse/client';\n\nfunction parseArgs(argv) {\n  const args = { url: process.env.CLICKHOUSE_URL ?? '', db: 'default' };\n  for (let i = 0; i < argv.length; i++) {\n    if (argv[i] === '--url') args.url = argv[++i];\n    else if (argv[i] === '--db') args.db = argv[++i];\n  }\n  if (!args.url) throw new Error('Missing --url (or CLICKHOUSE_URL)');\n  return args;\n}\n\nconst args = parseArgs(process.argv.slice(2));\nconst client = createClient({ url: args.url, database: args.db });\nconsole.log(await client.ping());\n", filename: 'tools/export-events.mjs' },
    // The same default checked through the object it initializes: `if (!args.url) throw`.
    { code: "import { createClient } from '@clickhouse/client';\n\nexport function parseArgs(argv: string[]) {\n  const args = { url: process.env.CLICKHOUSE_URL ?? '', db: 'default' };\n  for (let i = 0; i < argv.length; i++) {\n    if (argv[i] === '--url') args.url = argv[++i];\n    else if (argv[i] === '--db') args.db = argv[++i];\n  }\n  if (!args.url) throw new Error('Missing --url (or CLICKHOUSE_URL)');\n  return args;\n}\n\n", filename: 'lib/export-events.ts' },
    // The empty default tested with `&&` (opportumap's ingest route): an unset secret disables the bearer path.
    { code: "import { createClient } from '@/lib/supabase/server';\n\nconst INGEST_SECRET = process.env.INGEST_SECRET || '';\n\nexport async function POST(request) {\n  const authHeader = request.headers.get('Authorization') || '';\n  const isAdmin = authHeader === `Bearer ${INGEST_SECRET}` && INGEST_SECRET;\n  if (!isAdmin) {\n    const { data: { user } } = await (await createClient()).auth.getUser();\n    if (!user || user.email !== 'admin@example.com') return Response.json({ error: 'Unauthorized' }, { status: 403 });\n  }\n  return Response.json({ ok: true });\n}\n", filename: 'app/api/ingest/route.js' },
    // A manual script that calls its main() and exports nothing (supermemory's test-supermemory.ts).
    { code: "import { OpenAI } from \"openai\"\n\nconst openai = new OpenAI({\n\tapiKey: process.env.OPENAI_API_KEY,\n})\n\nasync function main() {\n\tconst models = await openai.models.list()\n\tconsole.log(models)\n}\n\nmain()\n", filename: 'packages/tools/test-supermemory.ts' },
    // A hard-coded secret fallback is no-hardcoded-secret's defaultSecret: one report per gap, not one from each rule.
    { code: "const JWT_SECRET = process.env.JWT_SECRET || 'your-super-secret-jwt-key-here';", filename: 'lib/auth-middleware.ts' },
    { code: "const db = postgres(process.env.DATABASE_URL || 'postgres://app:hunter2-prod@db.internal/app');", filename: 'lib/db.ts' },
    // The fallback goes through a trim/replace and the result is tested (an empty base URL means "relative link").
    { code: "export async function notifyMods(hookUrl: string, slug: string) {\n  const baseUrl = (process.env.NEXTAUTH_URL ?? '').replace(/\\/$/, '');\n  const reviewUrl = baseUrl ? `${baseUrl}/apps/review` : '/apps/review';\n  await fetch(hookUrl, { method: 'POST', body: JSON.stringify({ content: `${slug}: ${reviewUrl}` }) });\n}\n", filename: FILES.lib },
    // The env token falls back to the channel's stored token (through String() and trim()), and the result is checked before use.
    { code: "import { NextResponse } from 'next/server';\nimport { getChannelConfig } from '@/lib/channels';\n\nexport async function POST(req: Request) {\n  const { to, text } = await req.json();\n  const config = await getChannelConfig();\n  const accessToken = String(process.env.WHATSAPP_ACCESS_TOKEN || '').trim() || String(config.accessToken || '').trim();\n  if (!accessToken) {\n    return NextResponse.json({ error: 'WhatsApp is not configured' }, { status: 500 });\n  }\n  await fetch('https://graph.facebook.com/v20.0/me/messages', { method: 'POST', headers: { Authorization: `Bearer ${accessToken}` }, body: JSON.stringify({ to, text }), signal: AbortSignal.timeout(10_000) });\n  return NextResponse.json({ ok: true });\n}\n", filename: 'app/api/whatsapp/send/route.ts' },
    // posthog-node's `host` is its base URL: unset, the client sends to PostHog cloud (firecrawl's services/posthog.ts).
    { code: "import { PostHog } from 'posthog-node';\n\nexport default function PostHogClient(apiKey: string) {\n  return new PostHog(apiKey, {\n    host: process.env.POSTHOG_HOST,\n    flushAt: 1,\n    flushInterval: 0,\n  });\n}\n", filename: 'src/services/posthog.ts' },
    // unkey's ClickHouse wrapper: the class of this file tests its `url` option and falls back to a no-op client.
    { code: "import { Client } from './client';\nimport { Noop } from './noop';\n\nexport class Analytics {\n  public readonly querier: Client | Noop;\n  constructor(config: { url?: string }) {\n    if (config.url) {\n      this.querier = new Client({ url: config.url });\n    } else {\n      this.querier = new Noop();\n    }\n  }\n\n  static fromEnv(): Analytics {\n    return new Analytics({ url: process.env.CLICKHOUSE_URL });\n  }\n}\n", filename: 'internal/clickhouse/src/index.ts' },
    { code: "class Store {\n  constructor({ url }: { url?: string }) {\n    this.client = url ? connect(url) : null;\n  }\n}\nexport const store = new Store({ url: process.env.REDIS_URL });\n", filename: 'lib/store.ts' },
    // morphic's optional search cache: a variable named for a local service defaults to that local host (and the
    // connection is tried in a try/catch that turns caching off).
    { code: "import { createClient } from 'redis';\n\nasync function init() {\n  try {\n    const client = createClient({ url: process.env.LOCAL_REDIS_URL || 'redis://localhost:6379' });\n    await client.connect();\n    return client;\n  } catch {\n    return null;\n  }\n}\n", filename: 'app/api/advanced-search/route.ts' },
  ],
  invalid: [
    // The same client built when the run is *not* a test (production takes it): still reported.
    { code: "import { createBrowserClient } from '@supabase/ssr';\nimport { createClient as createSupabaseClient } from '@supabase/supabase-js';\n\nexport function createClient() {\n  if (process.env.NODE_ENV !== 'test' && process.env.USE_REAL_DB === '1') {\n    return createSupabaseClient(process.env.NEXT_PUBLIC_SUPABASE_URL as string, process.env.SUPABASE_SERVICE_ROLE_KEY!);\n  }\n  return createBrowserClient('https://x.supabase.co', 'anon');\n}\n", filename: 'src/lib/supabase/client.ts', settings: requireEnvModule, errors: [{ messageId: 'assertion', line: 6, suggestions: [{ messageId: 'useRequireEnv', output: "import { createBrowserClient } from '@supabase/ssr';\nimport { createClient as createSupabaseClient } from '@supabase/supabase-js';\nimport { requireEnv } from '@/lib/require-env';\n\nexport function createClient() {\n  if (process.env.NODE_ENV !== 'test' && process.env.USE_REAL_DB === '1') {\n    return createSupabaseClient(process.env.NEXT_PUBLIC_SUPABASE_URL as string, requireEnv('SUPABASE_SERVICE_ROLE_KEY'));\n  }\n  return createBrowserClient('https://x.supabase.co', 'anon');\n}\n" }] }] },
    // An empty HMAC key (Muk's Lemon Squeezy webhook): with the variable missing anyone can sign, so the message says so.
    {"code": "import crypto from 'crypto';\nconst secret = process.env.LEMON_SQUEEZY_WEBHOOK_SECRET || '';\nexport async function POST(req: Request) {\n  const text = await req.text();\n  const digest = Buffer.from(crypto.createHmac('sha256', secret).update(text).digest('hex'), 'utf8');\n  const signature = Buffer.from(req.headers.get('x-signature') || '', 'utf8');\n  if (digest.length !== signature.length || !crypto.timingSafeEqual(digest, signature)) return new Response('Invalid signature', { status: 400 });\n  return Response.json({ ok: true });\n}\n", "filename": "app/api/webhook/lemon-squeezy/route.ts", "errors": [{"messageId": "emptySigningKey", "line": 2, "column": 16, "data": {"name": "LEMON_SQUEEZY_WEBHOOK_SECRET", "op": "||", "use": "the HMAC"}, "suggestions": [{"messageId": "useRequireEnv", "output": "import crypto from 'crypto';\nconst secret = requireEnv('LEMON_SQUEEZY_WEBHOOK_SECRET');\nexport async function POST(req: Request) {\n  const text = await req.text();\n  const digest = Buffer.from(crypto.createHmac('sha256', secret).update(text).digest('hex'), 'utf8');\n  const signature = Buffer.from(req.headers.get('x-signature') || '', 'utf8');\n  if (digest.length !== signature.length || !crypto.timingSafeEqual(digest, signature)) return new Response('Invalid signature', { status: 400 });\n  return Response.json({ ok: true });\n}\n\n/**\n * Returns the value of a required environment variable, or throws an error that names it.\n * Use it where the value is read (module scope of the client's module) so a missing variable fails\n * at startup, not at the first request with an unrelated auth or connection error.\n */\nfunction requireEnv(name: string): string {\n  const value = process.env[name];\n  if (value === undefined || value.trim() === '') {\n    throw new Error(`Missing required environment variable ${name}` + ' (see .env.example)');\n  }\n  return value;\n}\n"}]}]},
    {"code": "import jwt from 'jsonwebtoken';\nexport function readToken(token: string) {\n  return jwt.verify(token, process.env.JWT_SECRET ?? '');\n}\n", "filename": "lib/auth.ts", "errors": [{"messageId": "emptySigningKey", "line": 3, "column": 28, "data": {"name": "JWT_SECRET", "op": "??", "use": "JWT signatures"}, "suggestions": [{"messageId": "useRequireEnv", "output": "import jwt from 'jsonwebtoken';\nexport function readToken(token: string) {\n  return jwt.verify(token, requireEnv('JWT_SECRET'));\n}\n\n/**\n * Returns the value of a required environment variable, or throws an error that names it.\n * Use it where the value is read (module scope of the client's module) so a missing variable fails\n * at startup, not at the first request with an unrelated auth or connection error.\n */\nfunction requireEnv(name: string): string {\n  const value = process.env[name];\n  if (value === undefined || value.trim() === '') {\n    throw new Error(`Missing required environment variable ${name}` + ' (see .env.example)');\n  }\n  return value;\n}\n"}]}]},
    // Twin of the Stripe table pick: without the optional access the cast hides a missing value (`.indexOf` of undefined throws).
    { code: "export const stripeDataTable =\n  (process.env.STRIPE_SECRET_KEY as string).indexOf(\"_live_\") >= 0 ? \"stripe-settings\" : \"stripe-settings-test-mode\";\n", filename: "webapps/ee-api/lib/billing-tables.ts", errors: [{ messageId: 'assertion', line: 2, column: 4, suggestions: [{ messageId: 'useRequireEnv', output: "export const stripeDataTable =\n  (requireEnv('STRIPE_SECRET_KEY')).indexOf(\"_live_\") >= 0 ? \"stripe-settings\" : \"stripe-settings-test-mode\";\n\n/**\n * Returns the value of a required environment variable, or throws an error that names it.\n * Use it where the value is read (module scope of the client's module) so a missing variable fails\n * at startup, not at the first request with an unrelated auth or connection error.\n */\nfunction requireEnv(name: string): string {\n  const value = process.env[name];\n  if (value === undefined || value.trim() === '') {\n    throw new Error(`Missing required environment variable ${name}` + ' (see .env.example)');\n  }\n  return value;\n}\n" }] }] },
    // A file that declares its own `requireEnv` (another shape): no rewrite to a call of it.
    {"code":"import postgres from 'postgres';\n\nfunction requireEnv(names: string[]): void {\n  for (const n of names) if (!process.env[n]) console.warn(`${n} missing`);\n}\n\nrequireEnv(['REGION']);\nexport const sql = postgres(process.env.DATABASE_URL!);\n","filename":"lib/db.ts","errors":[{"messageId":"assertion","line":8,"column":29,"suggestions":[]}]},
    // notesGPT: a credential's placeholder fallback (`?? 'undefined'`) is truthy, so the client is built with it.
    {"code":"import Together from 'together-ai';\n\nconst togetherApiKey = process.env.TOGETHER_API_KEY ?? 'undefined';\n\nexport const together = new Together({ apiKey: togetherApiKey });\n","filename":"convex/together.ts","errors":[{"messageId":"placeholderFallback","line":3,"column":24,"suggestions":[{"messageId":"useRequireEnv","output":"import Together from 'together-ai';\n\nconst togetherApiKey = requireEnv('TOGETHER_API_KEY');\n\nexport const together = new Together({ apiKey: togetherApiKey });\n\n/**\n * Returns the value of a required environment variable, or throws an error that names it.\n * Use it where the value is read (module scope of the client's module) so a missing variable fails\n * at startup, not at the first request with an unrelated auth or connection error.\n */\nfunction requireEnv(name: string): string {\n  const value = process.env[name];\n  if (value === undefined || value.trim() === '') {\n    throw new Error(`Missing required environment variable ${name}` + ' (see .env.example)');\n  }\n  return value;\n}\n"}]}]},
    // Twin of unkey's ClickHouse wrapper: a class of this file that never tests the option passes `undefined` on.
    {
      code: "import { Client } from './client';\n\nexport class Analytics {\n  public readonly querier: Client;\n  constructor(config: { url?: string }) {\n    this.querier = new Client({ url: config.url });\n  }\n\n  static fromEnv(): Analytics {\n    return new Analytics({ url: process.env.CLICKHOUSE_URL });\n  }\n}\n",
      filename: 'internal/clickhouse/src/index.ts',
      settings: requireEnvModule,
      errors: [{ messageId: 'unchecked', line: 10, column: 33, suggestions: [{ messageId: 'useRequireEnv', output: "import { Client } from './client';\nimport { requireEnv } from '@/lib/require-env';\n\nexport class Analytics {\n  public readonly querier: Client;\n  constructor(config: { url?: string }) {\n    this.querier = new Client({ url: config.url });\n  }\n\n  static fromEnv(): Analytics {\n    return new Analytics({ url: requireEnv('CLICKHOUSE_URL') });\n  }\n}\n" }] }],
    },
    // Twins: a database's connect() still is a sink next to E2B's, and OpenAI takes '' (it tests `=== undefined`) next to Exa.
    { code: "import mongoose from 'mongoose';\nimport { Sandbox } from 'e2b';\n\nexport async function reconnect(sandboxId: string) {\n  await mongoose.connect(process.env.MONGODB_URI);\n  return Sandbox.connect(sandboxId, { apiKey: process.env.E2B_API_KEY });\n}\n", filename: 'lib/sandbox.ts', settings: requireEnvModule, errors: [{ messageId: 'unchecked', line: 5, column: 26, suggestions: [{ messageId: 'useRequireEnv', output: "import mongoose from 'mongoose';\nimport { Sandbox } from 'e2b';\nimport { requireEnv } from '@/lib/require-env';\n\nexport async function reconnect(sandboxId: string) {\n  await mongoose.connect(requireEnv('MONGODB_URI'));\n  return Sandbox.connect(sandboxId, { apiKey: process.env.E2B_API_KEY });\n}\n" }] }] },
    { code: "import ExaClient from 'exa-js';\nimport OpenAI from 'openai';\n\nexport async function search(query: string) {\n  const exaClient = new ExaClient(process.env.EXA_API_KEY || '');\n  const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY || '' });\n  return { results: await exaClient.search(query), openai };\n}\n", filename: 'apps/agents/src/web-search/nodes/search.ts', settings: requireEnvModule, errors: [{ messageId: 'emptyFallback', line: 6, column: 39, suggestions: [{ messageId: 'useRequireEnv', output: "import ExaClient from 'exa-js';\nimport OpenAI from 'openai';\nimport { requireEnv } from '@/lib/require-env';\n\nexport async function search(query: string) {\n  const exaClient = new ExaClient(process.env.EXA_API_KEY || '');\n  const openai = new OpenAI({ apiKey: requireEnv('OPENAI_API_KEY') });\n  return { results: await exaClient.search(query), openai };\n}\n" }] }] },
    // Twin (turboseek): Exa's key is checked by its constructor, the AI SDK provider's bare key is not.
    { code: "import Exa from 'exa-js';\nimport { createTogetherAI } from '@ai-sdk/togetherai';\n\nexport const exaClient = new Exa(process.env.EXA_API_KEY);\nexport const together = createTogetherAI({\n  apiKey: process.env.TOGETHER_API_KEY,\n});\n", filename: 'utils/clients.ts', errors: [{ messageId: 'unchecked', line: 6, column: 11, suggestions: [{ messageId: 'useRequireEnv', output: "import Exa from 'exa-js';\nimport { createTogetherAI } from '@ai-sdk/togetherai';\n\nexport const exaClient = new Exa(process.env.EXA_API_KEY);\nexport const together = createTogetherAI({\n  apiKey: requireEnv('TOGETHER_API_KEY'),\n});\n\n/**\n * Returns the value of a required environment variable, or throws an error that names it.\n * Use it where the value is read (module scope of the client's module) so a missing variable fails\n * at startup, not at the first request with an unrelated auth or connection error.\n */\nfunction requireEnv(name: string): string {\n  const value = process.env[name];\n  if (value === undefined || value.trim() === '') {\n    throw new Error(`Missing required environment variable ${name}` + ' (see .env.example)');\n  }\n  return value;\n}\n" }] }] },
    // Twin: the same env token through String() and trim() with no check of the result.
    { code: "import { NextResponse } from 'next/server';\nimport { getChannelConfig } from '@/lib/channels';\n\nexport async function POST(req: Request) {\n  const { to, text } = await req.json();\n  const config = await getChannelConfig();\n  const accessToken = String(process.env.WHATSAPP_ACCESS_TOKEN || '').trim();\n  await fetch('https://graph.facebook.com/v20.0/me/messages', { method: 'POST', headers: { Authorization: `Bearer ${accessToken}` }, body: JSON.stringify({ to, text }), signal: AbortSignal.timeout(10_000) });\n  return NextResponse.json({ ok: true });\n}\n", filename: 'app/api/whatsapp/send/route.ts', errors: [{ messageId: 'emptyFallback', line: 7, column: 30, suggestions: [{ messageId: 'useRequireEnv', output: "import { NextResponse } from 'next/server';\nimport { getChannelConfig } from '@/lib/channels';\n\nexport async function POST(req: Request) {\n  const { to, text } = await req.json();\n  const config = await getChannelConfig();\n  const accessToken = String(requireEnv('WHATSAPP_ACCESS_TOKEN')).trim();\n  await fetch('https://graph.facebook.com/v20.0/me/messages', { method: 'POST', headers: { Authorization: `Bearer ${accessToken}` }, body: JSON.stringify({ to, text }), signal: AbortSignal.timeout(10_000) });\n  return NextResponse.json({ ok: true });\n}\n\n/**\n * Returns the value of a required environment variable, or throws an error that names it.\n * Use it where the value is read (module scope of the client's module) so a missing variable fails\n * at startup, not at the first request with an unrelated auth or connection error.\n */\nfunction requireEnv(name: string): string {\n  const value = process.env[name];\n  if (value === undefined || value.trim() === '') {\n    throw new Error(`Missing required environment variable ${name}` + ' (see .env.example)');\n  }\n  return value;\n}\n" }] }] },
    // Twin: a credential asserted in the same SDK module is still reported; only a `*_VERSION` label is not.
    { code: "import { OpenPanelBase, type OpenPanelOptions } from '@openpanel/sdk';\n\nexport class OpenPanel extends OpenPanelBase {\n  constructor(public options: OpenPanelOptions) {\n    super({ sdk: 'web', sdkVersion: process.env.WEB_VERSION!, clientSecret: process.env.OPENPANEL_SECRET!, ...options });\n  }\n}\n", filename: 'packages/sdks/web/src/index.ts', settings: requireEnvModule, errors: [{ messageId: 'assertion', line: 5, column: 77, suggestions: [{ messageId: 'useRequireEnv', output: "import { OpenPanelBase, type OpenPanelOptions } from '@openpanel/sdk';\nimport { requireEnv } from '@/lib/require-env';\n\nexport class OpenPanel extends OpenPanelBase {\n  constructor(public options: OpenPanelOptions) {\n    super({ sdk: 'web', sdkVersion: process.env.WEB_VERSION!, clientSecret: requireEnv('OPENPANEL_SECRET'), ...options });\n  }\n}\n" }] }] },
    // Twin: a `_PUBLIC_` name read with `as string` in server code is server config that fails late.
    { code: "import 'server-only';\nimport { S3Client } from '@aws-sdk/client-s3';\nexport const r2 = new S3Client({ endpoint: process.env.R2_PUBLIC_ENDPOINT as string });\n", filename: 'lib/r2.ts', settings: requireEnvModule, errors: [{ messageId: 'assertion', line: 3, column: 44, suggestions: [{ messageId: 'useRequireEnv', output: "import 'server-only';\nimport { S3Client } from '@aws-sdk/client-s3';\nimport { requireEnv } from '@/lib/require-env';\nexport const r2 = new S3Client({ endpoint: requireEnv('R2_PUBLIC_ENDPOINT') });\n" }] }] },
    // Twin: the same trimmed fallback used untested builds a relative callback URL (also next to a function that tests its own read).
    { code: "import { triggerBuild } from '@/lib/pipeline';\nexport function reviewLink() {\n  const baseUrl = (process.env.NEXTAUTH_URL ?? '').replace(/\\/$/, '');\n  return baseUrl ? `${baseUrl}/review` : '/review';\n}\nexport async function build(slug: string) {\n  const callbackUrl = `${(process.env.NEXTAUTH_URL ?? '').replace(/\\/$/, '')}/api/build-callback`;\n  await triggerBuild({ slug, callbackUrl });\n}\n", filename: FILES.lib, settings: requireEnvModule, errors: [{ messageId: 'emptyFallback', suggestions: [{ messageId: 'useRequireEnv', output: "import { triggerBuild } from '@/lib/pipeline';\nimport { requireEnv } from '@/lib/require-env';\nexport function reviewLink() {\n  const baseUrl = (process.env.NEXTAUTH_URL ?? '').replace(/\\/$/, '');\n  return baseUrl ? `${baseUrl}/review` : '/review';\n}\nexport async function build(slug: string) {\n  const callbackUrl = `${(requireEnv('NEXTAUTH_URL')).replace(/\\/$/, '')}/api/build-callback`;\n  await triggerBuild({ slug, callbackUrl });\n}\n" }] }] },
    // Twin: the same wallet in app code that imports no Hardhat module.
    { code: "import { Wallet } from 'zksync-ethers';\n\nexport async function payout() {\n  const wallet = new Wallet(process.env.PRIVATE_KEY as string);\n  return wallet.getAddress();\n}\n", filename: 'packages/contracts/deploy/heypro.ts', errors: [{ messageId: 'assertion', line: 4, column: 29, suggestions: [{ messageId: 'useRequireEnv', output: "import { Wallet } from 'zksync-ethers';\n\nexport async function payout() {\n  const wallet = new Wallet(requireEnv('PRIVATE_KEY'));\n  return wallet.getAddress();\n}\n\n/**\n * Returns the value of a required environment variable, or throws an error that names it.\n * Use it where the value is read (module scope of the client's module) so a missing variable fails\n * at startup, not at the first request with an unrelated auth or connection error.\n */\nfunction requireEnv(name: string): string {\n  const value = process.env[name];\n  if (value === undefined || value.trim() === '') {\n    throw new Error(`Missing required environment variable ${name}` + ' (see .env.example)');\n  }\n  return value;\n}\n" }] }] },
    // A function written never to throw (nextcrm's sendEmail: its try logs and swallows): requireEnv() outside
    // that try would make it throw into callers that never expected it (a lead saved, then "Failed to create
    // lead"). Reported, no requireEnv suggestion.
    { code: "import nodemailer from 'nodemailer';\n\nexport default async function sendEmail(options: { to: string; subject: string; text: string }): Promise<void> {\n  const transporter = nodemailer.createTransport({ host: process.env.EMAIL_HOST, port: 465, secure: true });\n  try {\n    await transporter.sendMail(options);\n  } catch (error) {\n    console.error('Error occurred while sending email', error);\n  }\n}\n", filename: 'lib/sendmail.ts', errors: [{ messageId: 'unchecked', line: 4, column: 58, suggestions: [] }] },
    // Twin: the read inside the try, whose catch handles a throw: the suggestion stays.
    { code: "import nodemailer from 'nodemailer';\n\nexport default async function sendEmail(options: { to: string; subject: string; text: string }): Promise<void> {\n  try {\n    const transporter = nodemailer.createTransport({ host: process.env.EMAIL_HOST, port: 465, secure: true });\n    await transporter.sendMail(options);\n  } catch (error) {\n    console.error('Error occurred while sending email', error);\n  }\n}\n", filename: 'lib/sendmail.ts', errors: [{ messageId: 'unchecked', line: 5, column: 60, suggestions: [{ messageId: 'useRequireEnv', output: "import nodemailer from 'nodemailer';\n\nexport default async function sendEmail(options: { to: string; subject: string; text: string }): Promise<void> {\n  try {\n    const transporter = nodemailer.createTransport({ host: requireEnv('EMAIL_HOST'), port: 465, secure: true });\n    await transporter.sendMail(options);\n  } catch (error) {\n    console.error('Error occurred while sending email', error);\n  }\n}\n\n/**\n * Returns the value of a required environment variable, or throws an error that names it.\n * Use it where the value is read (module scope of the client's module) so a missing variable fails\n * at startup, not at the first request with an unrelated auth or connection error.\n */\nfunction requireEnv(name: string): string {\n  const value = process.env[name];\n  if (value === undefined || value.trim() === '') {\n    throw new Error(`Missing required environment variable ${name}` + ' (see .env.example)');\n  }\n  return value;\n}\n" }] }] },
    // A template of the read alone (nextcrm's lib/prisma.ts): an unset variable becomes the string "undefined".
    { code: "import { Pool } from \"pg\";\nimport { PrismaPg } from \"@prisma/adapter-pg\";\n\nconst connectionString = `${process.env.DATABASE_URL}`;\nconst pool = new Pool({ connectionString });\nexport const adapter = new PrismaPg(pool);\n", filename: 'lib/prisma.ts', errors: [{ messageId: 'unchecked', line: 4, column: 29, suggestions: [{ messageId: 'useRequireEnv', output: "import { Pool } from \"pg\";\nimport { PrismaPg } from \"@prisma/adapter-pg\";\n\nconst connectionString = `${requireEnv('DATABASE_URL')}`;\nconst pool = new Pool({ connectionString });\nexport const adapter = new PrismaPg(pool);\n\n/**\n * Returns the value of a required environment variable, or throws an error that names it.\n * Use it where the value is read (module scope of the client's module) so a missing variable fails\n * at startup, not at the first request with an unrelated auth or connection error.\n */\nfunction requireEnv(name: string): string {\n  const value = process.env[name];\n  if (value === undefined || value.trim() === '') {\n    throw new Error(`Missing required environment variable ${name}` + ' (see .env.example)');\n  }\n  return value;\n}\n" }] }] },
    // Twin of the Flags SDK provider call: the app's own helper of that name is not known to test its options.
    { code: "import { getSplitData } from '@/lib/split';\n\nexport async function GET() {\n  const data = await getSplitData({\n    adminApiKey: process.env.SPLIT_ADMIN_API_KEY!,\n  });\n  return Response.json(data);\n}\n", filename: 'app/.well-known/vercel/flags/route.ts', errors: [{ messageId: 'assertion', line: 5, column: 18, suggestions: [{ messageId: 'useRequireEnv', output: "import { getSplitData } from '@/lib/split';\n\nexport async function GET() {\n  const data = await getSplitData({\n    adminApiKey: requireEnv('SPLIT_ADMIN_API_KEY'),\n  });\n  return Response.json(data);\n}\n\n/**\n * Returns the value of a required environment variable, or throws an error that names it.\n * Use it where the value is read (module scope of the client's module) so a missing variable fails\n * at startup, not at the first request with an unrelated auth or connection error.\n */\nfunction requireEnv(name: string): string {\n  const value = process.env[name];\n  if (value === undefined || value.trim() === '') {\n    throw new Error(`Missing required environment variable ${name}` + ' (see .env.example)');\n  }\n  return value;\n}\n" }] }] },
    // Twin of the Inngest key through a const: the same const also sent in a header is reported.
    { code: INNGEST_KEY_ALSO_SENT('process.env.INNGEST_EVENT_KEY ?? \'\''), filename: 'src/index.ts', settings: requireEnvModule, errors: [{ messageId: 'emptyFallback', line: 3, column: 26, suggestions: [{ messageId: 'useRequireEnv', output: INNGEST_KEY_ALSO_SENT("requireEnv('INNGEST_EVENT_KEY')").replace("'inngest';\n", "'inngest';\n" + IMPORT) }] }] },
    // Twin of the Inngest keys: its `id` is not one of them.
    { code: "import { Inngest } from \"inngest\";\n\nexport const inngest = new Inngest({\n  id: process.env.INNGEST_ID as string,\n  name: process.env.INNGEST_APP_NAME as string,\n  eventKey: process.env.INNGEST_EVENT_KEY,\n  signingKey: process.env.INNGEST_SIGNING_KEY,\n});\n", filename: 'inngest/client.ts', errors: [{ messageId: 'assertion', line: 4, column: 7, suggestions: [{ messageId: 'useRequireEnv', output: "import { Inngest } from \"inngest\";\n\nexport const inngest = new Inngest({\n  id: requireEnv('INNGEST_ID'),\n  name: process.env.INNGEST_APP_NAME as string,\n  eventKey: process.env.INNGEST_EVENT_KEY,\n  signingKey: process.env.INNGEST_SIGNING_KEY,\n});\n\n/**\n * Returns the value of a required environment variable, or throws an error that names it.\n * Use it where the value is read (module scope of the client's module) so a missing variable fails\n * at startup, not at the first request with an unrelated auth or connection error.\n */\nfunction requireEnv(name: string): string {\n  const value = process.env[name];\n  if (value === undefined || value.trim() === '') {\n    throw new Error(`Missing required environment variable ${name}` + ' (see .env.example)');\n  }\n  return value;\n}\n" }] }] },
    // Twin of PostHog's host: its key asserted is reported, and an SMTP host (unset, it is localhost) is no base URL.
    { code: "import { PostHog } from 'posthog-node';\nimport nodemailer from 'nodemailer';\n\nexport const posthog = new PostHog(process.env.POSTHOG_API_KEY!, { host: process.env.POSTHOG_HOST, flushAt: 1 });\nexport const mailer = nodemailer.createTransport({ host: process.env.SMTP_HOST, port: 587 });\n", filename: 'src/services/clients.ts', settings: requireEnvModule, errors: [{ messageId: 'assertion', line: 4, column: 36, suggestions: [{ messageId: 'useRequireEnv', output: "import { PostHog } from 'posthog-node';\nimport nodemailer from 'nodemailer';\nimport { requireEnv } from '@/lib/require-env';\n\nexport const posthog = new PostHog(requireEnv('POSTHOG_API_KEY'), { host: process.env.POSTHOG_HOST, flushAt: 1 });\nexport const mailer = nodemailer.createTransport({ host: process.env.SMTP_HOST, port: 587 });\n" }] }, { messageId: 'unchecked', line: 5, column: 58, suggestions: [{ messageId: 'useRequireEnv', output: "import { PostHog } from 'posthog-node';\nimport nodemailer from 'nodemailer';\nimport { requireEnv } from '@/lib/require-env';\n\nexport const posthog = new PostHog(process.env.POSTHOG_API_KEY!, { host: process.env.POSTHOG_HOST, flushAt: 1 });\nexport const mailer = nodemailer.createTransport({ host: requireEnv('SMTP_HOST'), port: 587 });\n" }] }] },
    // Twins: the base URL is skipped but the key's empty default is reported; a database host is not a base-URL option.
    { code: "import FirecrawlApp from '@mendable/firecrawl-js';\n\n// Initialize Firecrawl with optional API key and optional base url\nconst firecrawl = new FirecrawlApp({\n  apiKey: process.env.FIRECRAWL_KEY ?? '',\n  apiUrl: process.env.FIRECRAWL_BASE_URL,\n});\n\nexport async function search(q: string) {\n  return firecrawl.search(q, { timeout: 15000 });\n}\n", filename: 'src/deep-research.ts', errors: [{ messageId: 'emptyFallback', line: 5, column: 11, suggestions: [{ messageId: 'useRequireEnv', output: "import FirecrawlApp from '@mendable/firecrawl-js';\n\n// Initialize Firecrawl with optional API key and optional base url\nconst firecrawl = new FirecrawlApp({\n  apiKey: requireEnv('FIRECRAWL_KEY'),\n  apiUrl: process.env.FIRECRAWL_BASE_URL,\n});\n\nexport async function search(q: string) {\n  return firecrawl.search(q, { timeout: 15000 });\n}\n\n/**\n * Returns the value of a required environment variable, or throws an error that names it.\n * Use it where the value is read (module scope of the client's module) so a missing variable fails\n * at startup, not at the first request with an unrelated auth or connection error.\n */\nfunction requireEnv(name: string): string {\n  const value = process.env[name];\n  if (value === undefined || value.trim() === '') {\n    throw new Error(`Missing required environment variable ${name}` + ' (see .env.example)');\n  }\n  return value;\n}\n" }] }] },
    { code: "import { Pool } from 'pg';\n\nexport const pool = new Pool({ connectionString: process.env.DATABASE_URL, host: process.env.PG_HOST ?? '' });\n", filename: 'lib/db.ts', errors: [{ messageId: 'unchecked', line: 3, column: 50, suggestions: [{ messageId: 'useRequireEnv', output: "import { Pool } from 'pg';\n\nexport const pool = new Pool({ connectionString: requireEnv('DATABASE_URL'), host: process.env.PG_HOST ?? '' });\n\n/**\n * Returns the value of a required environment variable, or throws an error that names it.\n * Use it where the value is read (module scope of the client's module) so a missing variable fails\n * at startup, not at the first request with an unrelated auth or connection error.\n */\nfunction requireEnv(name: string): string {\n  const value = process.env[name];\n  if (value === undefined || value.trim() === '') {\n    throw new Error(`Missing required environment variable ${name}` + ' (see .env.example)');\n  }\n  return value;\n}\n" }] }, { messageId: 'emptyFallback', line: 3, column: 82, suggestions: [{ messageId: 'useRequireEnv', output: "import { Pool } from 'pg';\n\nexport const pool = new Pool({ connectionString: process.env.DATABASE_URL, host: requireEnv('PG_HOST') });\n\n/**\n * Returns the value of a required environment variable, or throws an error that names it.\n * Use it where the value is read (module scope of the client's module) so a missing variable fails\n * at startup, not at the first request with an unrelated auth or connection error.\n */\nfunction requireEnv(name: string): string {\n  const value = process.env[name];\n  if (value === undefined || value.trim() === '') {\n    throw new Error(`Missing required environment variable ${name}` + ' (see .env.example)');\n  }\n  return value;\n}\n" }] }] },
    // Twins: clients that accept a missing key until the first request, and a user-defined VERCEL_* variable.
    { code: "import Anthropic from '@anthropic-ai/sdk';\nimport { Mistral } from '@mistralai/mistralai';\n\nexport const anthropic = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY! });\nexport const mistral = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });\nexport const region = process.env.VERCEL_EDGE_CONFIG as string;\n", filename: 'lib/clients.ts', errors: [{ messageId: 'assertion', line: 4, column: 50, suggestions: [{ messageId: 'useRequireEnv', output: "import Anthropic from '@anthropic-ai/sdk';\nimport { Mistral } from '@mistralai/mistralai';\n\nexport const anthropic = new Anthropic({ apiKey: requireEnv('ANTHROPIC_API_KEY') });\nexport const mistral = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });\nexport const region = process.env.VERCEL_EDGE_CONFIG as string;\n\n/**\n * Returns the value of a required environment variable, or throws an error that names it.\n * Use it where the value is read (module scope of the client's module) so a missing variable fails\n * at startup, not at the first request with an unrelated auth or connection error.\n */\nfunction requireEnv(name: string): string {\n  const value = process.env[name];\n  if (value === undefined || value.trim() === '') {\n    throw new Error(`Missing required environment variable ${name}` + ' (see .env.example)');\n  }\n  return value;\n}\n" }] }, { messageId: 'unchecked', line: 5, column: 46, suggestions: [{ messageId: 'useRequireEnv', output: "import Anthropic from '@anthropic-ai/sdk';\nimport { Mistral } from '@mistralai/mistralai';\n\nexport const anthropic = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY! });\nexport const mistral = new Mistral({ apiKey: requireEnv('MISTRAL_API_KEY') });\nexport const region = process.env.VERCEL_EDGE_CONFIG as string;\n\n/**\n * Returns the value of a required environment variable, or throws an error that names it.\n * Use it where the value is read (module scope of the client's module) so a missing variable fails\n * at startup, not at the first request with an unrelated auth or connection error.\n */\nfunction requireEnv(name: string): string {\n  const value = process.env[name];\n  if (value === undefined || value.trim() === '') {\n    throw new Error(`Missing required environment variable ${name}` + ' (see .env.example)');\n  }\n  return value;\n}\n" }] }, { messageId: 'assertion', line: 6, column: 23, suggestions: [{ messageId: 'useRequireEnv', output: "import Anthropic from '@anthropic-ai/sdk';\nimport { Mistral } from '@mistralai/mistralai';\n\nexport const anthropic = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY! });\nexport const mistral = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });\nexport const region = requireEnv('VERCEL_EDGE_CONFIG');\n\n/**\n * Returns the value of a required environment variable, or throws an error that names it.\n * Use it where the value is read (module scope of the client's module) so a missing variable fails\n * at startup, not at the first request with an unrelated auth or connection error.\n */\nfunction requireEnv(name: string): string {\n  const value = process.env[name];\n  if (value === undefined || value.trim() === '') {\n    throw new Error(`Missing required environment variable ${name}` + ' (see .env.example)');\n  }\n  return value;\n}\n" }] }] },
    // Twin: the check is for another provider.
    { code: "import { isProviderEnabled } from '@/lib/utils/registry'\n\nasync function fetchJson(url: string, headers: HeadersInit): Promise<Record<string, any>> {\n  const response = await fetch(url, { headers, method: 'GET', signal: AbortSignal.timeout(10_000) })\n  if (!response.ok) throw new Error(`HTTP ${response.status}`)\n  return (await response.json()) as Record<string, any>\n}\n\nexport async function fetchAnthropicModels(): Promise<string[]> {\n  // The provider is enabled only when ANTHROPIC_API_KEY is set (checked in registry.ts).\n  if (!isProviderEnabled('openai')) {\n    return []\n  }\n  try {\n    const json = await fetchJson('https://api.anthropic.com/v1/models', {\n      'x-api-key': process.env.ANTHROPIC_API_KEY!,\n      'anthropic-version': '2023-06-01'\n    })\n    return Array.isArray(json?.data) ? json.data.map((m: any) => String(m.id)) : []\n  } catch (error) {\n    console.warn('Failed to fetch Anthropic models:', error)\n    return []\n  }\n}\n", filename: 'lib/models/fetch-models.ts', errors: [{ messageId: 'assertion', line: 16, column: 20, suggestions: [{ messageId: 'useRequireEnv', output: "import { isProviderEnabled } from '@/lib/utils/registry'\n\nasync function fetchJson(url: string, headers: HeadersInit): Promise<Record<string, any>> {\n  const response = await fetch(url, { headers, method: 'GET', signal: AbortSignal.timeout(10_000) })\n  if (!response.ok) throw new Error(`HTTP ${response.status}`)\n  return (await response.json()) as Record<string, any>\n}\n\nexport async function fetchAnthropicModels(): Promise<string[]> {\n  // The provider is enabled only when ANTHROPIC_API_KEY is set (checked in registry.ts).\n  if (!isProviderEnabled('openai')) {\n    return []\n  }\n  try {\n    const json = await fetchJson('https://api.anthropic.com/v1/models', {\n      'x-api-key': requireEnv('ANTHROPIC_API_KEY'),\n      'anthropic-version': '2023-06-01'\n    })\n    return Array.isArray(json?.data) ? json.data.map((m: any) => String(m.id)) : []\n  } catch (error) {\n    console.warn('Failed to fetch Anthropic models:', error)\n    return []\n  }\n}\n\n/**\n * Returns the value of a required environment variable, or throws an error that names it.\n * Use it where the value is read (module scope of the client's module) so a missing variable fails\n * at startup, not at the first request with an unrelated auth or connection error.\n */\nfunction requireEnv(name: string): string {\n  const value = process.env[name];\n  if (value === undefined || value.trim() === '') {\n    throw new Error(`Missing required environment variable ${name}` + ' (see .env.example)');\n  }\n  return value;\n}\n" }] }] },
    // Twins: an endpoint URL's empty default, and the same password read without the username check.
    { code: "import { S3Client } from '@aws-sdk/client-s3'\n\n// Optional: only used to build public links when the bucket is public; signed URLs are the default.\nexport const R2_ENDPOINT_URL = process.env.R2_ENDPOINT_URL || ''\n\nlet client: S3Client | null = null\n\nexport function getR2Client(): S3Client {\n  if (client) return client\n  const accessKeyId = process.env.R2_ACCESS_KEY_ID\n  const secretAccessKey = process.env.R2_SECRET_ACCESS_KEY\n  const accountId = process.env.R2_ACCOUNT_ID\n  if (!accessKeyId || !secretAccessKey || !accountId) {\n    throw new Error('S3 configuration missing')\n  }\n  client = new S3Client({\n    region: 'auto',\n    endpoint: `https://${accountId}.r2.cloudflarestorage.com`,\n    credentials: { accessKeyId, secretAccessKey }\n  })\n  return client\n}\n", filename: 'lib/storage/r2-client.ts', errors: [{ messageId: 'emptyFallback', line: 4, column: 32, suggestions: [{ messageId: 'useRequireEnv', output: "import { S3Client } from '@aws-sdk/client-s3'\n\n// Optional: only used to build public links when the bucket is public; signed URLs are the default.\nexport const R2_ENDPOINT_URL = requireEnv('R2_ENDPOINT_URL')\n\nlet client: S3Client | null = null\n\nexport function getR2Client(): S3Client {\n  if (client) return client\n  const accessKeyId = process.env.R2_ACCESS_KEY_ID\n  const secretAccessKey = process.env.R2_SECRET_ACCESS_KEY\n  const accountId = process.env.R2_ACCOUNT_ID\n  if (!accessKeyId || !secretAccessKey || !accountId) {\n    throw new Error('S3 configuration missing')\n  }\n  client = new S3Client({\n    region: 'auto',\n    endpoint: `https://${accountId}.r2.cloudflarestorage.com`,\n    credentials: { accessKeyId, secretAccessKey }\n  })\n  return client\n}\n\n/**\n * Returns the value of a required environment variable, or throws an error that names it.\n * Use it where the value is read (module scope of the client's module) so a missing variable fails\n * at startup, not at the first request with an unrelated auth or connection error.\n */\nfunction requireEnv(name: string): string {\n  const value = process.env[name];\n  if (value === undefined || value.trim() === '') {\n    throw new Error(`Missing required environment variable ${name}` + ' (see .env.example)');\n  }\n  return value;\n}\n" }] }] },
    { code: "import fetch from \"node-fetch\";\nimport { HttpsProxyAgent } from \"https-proxy-agent\";\n\n// Optional outbound proxy. Username-only proxy auth is valid (token-as-username proxies),\n// so an unset PROXY_PASSWORD means \"no password\", not a missing secret.\nfunction createAgent() {\n  if (!process.env.PROXY) return undefined;\n  const proxy = new URL(process.env.PROXY);\n  proxy.username = process.env.PROXY_USER_NAME_OVERRIDE ?? \"proxy\";\n  proxy.password = process.env.PROXY_PASSWORD || \"\";\n  return new HttpsProxyAgent(proxy.toString());\n}\n\nexport async function safeFetch(url: string, options: Record<string, unknown> = {}) {\n  return fetch(url, { ...options, agent: createAgent() });\n}\n", filename: 'packages/lib/safeFetch.ts', errors: [{ messageId: 'emptyFallback', line: 10, column: 20, suggestions: [{ messageId: 'useRequireEnv', output: "import fetch from \"node-fetch\";\nimport { HttpsProxyAgent } from \"https-proxy-agent\";\n\n// Optional outbound proxy. Username-only proxy auth is valid (token-as-username proxies),\n// so an unset PROXY_PASSWORD means \"no password\", not a missing secret.\nfunction createAgent() {\n  if (!process.env.PROXY) return undefined;\n  const proxy = new URL(process.env.PROXY);\n  proxy.username = process.env.PROXY_USER_NAME_OVERRIDE ?? \"proxy\";\n  proxy.password = requireEnv('PROXY_PASSWORD');\n  return new HttpsProxyAgent(proxy.toString());\n}\n\nexport async function safeFetch(url: string, options: Record<string, unknown> = {}) {\n  return fetch(url, { ...options, agent: createAgent() });\n}\n\n/**\n * Returns the value of a required environment variable, or throws an error that names it.\n * Use it where the value is read (module scope of the client's module) so a missing variable fails\n * at startup, not at the first request with an unrelated auth or connection error.\n */\nfunction requireEnv(name: string): string {\n  const value = process.env[name];\n  if (value === undefined || value.trim() === '') {\n    throw new Error(`Missing required environment variable ${name}` + ' (see .env.example)');\n  }\n  return value;\n}\n" }] }] },
    // The same binding never tested: the assertion elsewhere is reported.
    { code: "import { OpenAPIHono } from \"@hono/zod-openapi\";\nimport Stripe from \"stripe\";\nimport { getTeamById } from \"../../db\";\n\nconst app = new OpenAPIHono();\nconst stripeKey = process.env.STRIPE_SECRET_KEY;\nif (!stripeKey) throw new Error(\"STRIPE_SECRET_KEY is not set\");\n\napp.get(\"/connect-stripe\", async (c) => {\n  const clientId = process.env.STRIPE_CONNECT_CLIENT_ID;\n  return c.redirect(`https://connect.stripe.com/oauth/authorize?client_id=${clientId}`);\n});\n\napp.post(\"/disconnect-stripe\", async (c) => {\n  const team = await getTeamById(c.get(\"teamId\"));\n  if (team?.stripeAccountId) {\n    try {\n      const stripe = new Stripe(stripeKey);\n      await stripe.oauth.deauthorize({\n        client_id: process.env.STRIPE_CONNECT_CLIENT_ID!,\n        stripe_user_id: team.stripeAccountId,\n      });\n    } catch {\n      // logged\n    }\n  }\n  return c.json({ ok: true });\n});\n\nexport { app as invoicePaymentsRouter };\n", filename: 'apps/api/src/rest/routers/invoice-payments.ts', errors: [{ messageId: 'assertion', line: 20, column: 20, suggestions: [{ messageId: 'useRequireEnv', output: "import { OpenAPIHono } from \"@hono/zod-openapi\";\nimport Stripe from \"stripe\";\nimport { getTeamById } from \"../../db\";\n\nconst app = new OpenAPIHono();\nconst stripeKey = process.env.STRIPE_SECRET_KEY;\nif (!stripeKey) throw new Error(\"STRIPE_SECRET_KEY is not set\");\n\napp.get(\"/connect-stripe\", async (c) => {\n  const clientId = process.env.STRIPE_CONNECT_CLIENT_ID;\n  return c.redirect(`https://connect.stripe.com/oauth/authorize?client_id=${clientId}`);\n});\n\napp.post(\"/disconnect-stripe\", async (c) => {\n  const team = await getTeamById(c.get(\"teamId\"));\n  if (team?.stripeAccountId) {\n    try {\n      const stripe = new Stripe(stripeKey);\n      await stripe.oauth.deauthorize({\n        client_id: requireEnv('STRIPE_CONNECT_CLIENT_ID'),\n        stripe_user_id: team.stripeAccountId,\n      });\n    } catch {\n      // logged\n    }\n  }\n  return c.json({ ok: true });\n});\n\nexport { app as invoicePaymentsRouter };\n\n/**\n * Returns the value of a required environment variable, or throws an error that names it.\n * Use it where the value is read (module scope of the client's module) so a missing variable fails\n * at startup, not at the first request with an unrelated auth or connection error.\n */\nfunction requireEnv(name: string): string {\n  const value = process.env[name];\n  if (value === undefined || value.trim() === '') {\n    throw new Error(`Missing required environment variable ${name}` + ' (see .env.example)');\n  }\n  return value;\n}\n" }] }] },
    // Twin: the same module exporting its main instead of running it.
    { code: "import Anthropic from \"@anthropic-ai/sdk\"\n\nconst anthropic = new Anthropic({\n\tapiKey: process.env.ANTHROPIC_API_KEY,\n})\n\nasync function main() {\n\tconst models = await anthropic.models.list()\n\tconsole.log(models)\n}\n\nexport const run = main\n", filename: 'packages/tools/test-supermemory.ts', settings: requireEnvModule, errors: [{ messageId: 'unchecked', line: 4, column: 10, suggestions: [{ messageId: 'useRequireEnv', data: { name: 'ANTHROPIC_API_KEY' }, output: "import Anthropic from \"@anthropic-ai/sdk\"\nimport { requireEnv } from '@/lib/require-env';\n\nconst anthropic = new Anthropic({\n\tapiKey: requireEnv('ANTHROPIC_API_KEY'),\n})\n\nasync function main() {\n\tconst models = await anthropic.models.list()\n\tconsole.log(models)\n}\n\nexport const run = main\n" }] }] },
    // Twin: without that test an unset INGEST_SECRET makes `Bearer ` an admin token.
    { code: "import { createClient } from '@/lib/supabase/server';\n\nconst INGEST_SECRET = process.env.INGEST_SECRET || '';\n\nexport async function POST(request) {\n  const authHeader = request.headers.get('Authorization') || '';\n  const isAdmin = authHeader === `Bearer ${INGEST_SECRET}`;\n  if (!isAdmin) {\n    const { data: { user } } = await (await createClient()).auth.getUser();\n    if (!user || user.email !== 'admin@example.com') return Response.json({ error: 'Unauthorized' }, { status: 403 });\n  }\n  return Response.json({ ok: true });\n}\n", filename: 'app/api/ingest/route.js', settings: requireEnvModule, errors: [{ messageId: 'emptyFallback', line: 3, column: 23, suggestions: [{ messageId: 'useRequireEnv', data: { name: 'INGEST_SECRET' }, output: "import { createClient } from '@/lib/supabase/server';\nimport { requireEnv } from '@/lib/require-env';\n\nconst INGEST_SECRET = requireEnv('INGEST_SECRET');\n\nexport async function POST(request) {\n  const authHeader = request.headers.get('Authorization') || '';\n  const isAdmin = authHeader === `Bearer ${INGEST_SECRET}`;\n  if (!isAdmin) {\n    const { data: { user } } = await (await createClient()).auth.getUser();\n    if (!user || user.email !== 'admin@example.com') return Response.json({ error: 'Unauthorized' }, { status: 403 });\n  }\n  return Response.json({ ok: true });\n}\n" }] }] },
    // Twin: that object property never checked.
    { code: "import { createClient } from '@clickhouse/client';\n\nexport function parseArgs(argv: string[]) {\n  const args = { url: process.env.CLICKHOUSE_URL ?? '', db: 'default' };\n  for (let i = 0; i < argv.length; i++) {\n    if (argv[i] === '--url') args.url = argv[++i];\n    else if (argv[i] === '--db') args.db = argv[++i];\n  }\n  return args;\n}\n\n", filename: 'lib/export-events.ts', settings: requireEnvModule, errors: [{ messageId: 'emptyFallback', line: 4, column: 23, suggestions: [{ messageId: 'useRequireEnv', data: { name: 'CLICKHOUSE_URL' }, output: "import { createClient } from '@clickhouse/client';\nimport { requireEnv } from '@/lib/require-env';\n\nexport function parseArgs(argv: string[]) {\n  const args = { url: requireEnv('CLICKHOUSE_URL'), db: 'default' };\n  for (let i = 0; i < argv.length; i++) {\n    if (argv[i] === '--url') args.url = argv[++i];\n    else if (argv[i] === '--db') args.db = argv[++i];\n  }\n  return args;\n}\n\n" }] }] },
    // Seed 003: Upstash with `!`.
    {
      code: `import { Redis } from '@upstash/redis';
const redis = new Redis({
  url: process.env.UPSTASH_REDIS_URL!,
  token: process.env.UPSTASH_REDIS_TOKEN!,
});`,
      filename: 'src/lib/rate-limit.ts',
      settings: requireEnvModule,
      errors: [
        {
          messageId: 'assertion',
          line: 3,
          column: 8,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'useRequireEnv',
              output: `import { Redis } from '@upstash/redis';
import { requireEnv } from '@/lib/require-env';
const redis = new Redis({
  url: requireEnv('UPSTASH_REDIS_URL'),
  token: process.env.UPSTASH_REDIS_TOKEN!,
});`,
            },
          ],
        },
        {
          messageId: 'assertion',
          line: 4,
          suggestions: [
            {
              messageId: 'useRequireEnv',
              output: `import { Redis } from '@upstash/redis';
import { requireEnv } from '@/lib/require-env';
const redis = new Redis({
  url: process.env.UPSTASH_REDIS_URL!,
  token: requireEnv('UPSTASH_REDIS_TOKEN'),
});`,
            },
          ],
        },
      ],
    },
    // Seed 000 dbServer.js: through const bindings into createClient (helper inlined).
    {
      code: `import { createClient } from '@supabase/supabase-js';
const supabaseUrl = process.env.SUPABASE_URL;
export const dbServer = createClient(supabaseUrl, 'x');
`,
      filename: 'lib/supabase/dbServer.js',
      errors: [
        {
          messageId: 'unchecked',
          line: 2,
          column: 21,
          suggestions: [
            {
              messageId: 'useRequireEnv',
              output: `import { createClient } from '@supabase/supabase-js';
const supabaseUrl = requireEnv('SUPABASE_URL');
export const dbServer = createClient(supabaseUrl, 'x');

/**
 * Returns the value of a required environment variable, or throws an error that names it.
 * Use it where the value is read (module scope of the client's module) so a missing variable fails
 * at startup, not at the first request with an unrelated auth or connection error.
 */
function requireEnv(name) {
  const value = process.env[name];
  if (value === undefined || value.trim() === '') {
    throw new Error(\`Missing required environment variable \${name}\` + ' (see .env.example)');
  }
  return value;
}
`,
            },
          ],
        },
      ],
    },
    // Bare env straight into an SDK constructor that accepts a missing key (Anthropic fails only at the first request).
    {
      code: "import Anthropic from '@anthropic-ai/sdk';\nconst anthropic = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });",
      filename: FILES.jsRoute,
      settings: requireEnvModule,
      errors: [
        {
          messageId: 'unchecked',
          line: 2,
          data: { name: 'ANTHROPIC_API_KEY', sink: 'new Anthropic()' },
          suggestions: [
            { messageId: 'useRequireEnv', output: "import Anthropic from '@anthropic-ai/sdk';\nimport { requireEnv } from '@/lib/require-env';\nconst anthropic = new Anthropic({ apiKey: requireEnv('ANTHROPIC_API_KEY') });" },
          ],
        },
      ],
    },
    // Silent empty fallbacks.
    {
      code: "const stripe = new Stripe(process.env.STRIPE_SECRET_KEY || '', { apiVersion: '2024-06-20' });",
      filename: FILES.lib,
      settings: requireEnvModule,
      errors: [
        {
          messageId: 'emptyFallback',
          suggestions: [
            {
              messageId: 'useRequireEnv',
              output: "import { requireEnv } from '@/lib/require-env';\nconst stripe = new Stripe(requireEnv('STRIPE_SECRET_KEY'), { apiVersion: '2024-06-20' });",
            },
          ],
        },
      ],
    },
    { code: "const secret = process.env.WEBHOOK_SECRET ?? '';", filename: FILES.route, settings: requireEnvModule, errors: [{ messageId: 'emptyFallback', suggestions: fix("const secret = requireEnv('WEBHOOK_SECRET');") }] },
    // Its twin: the same binding used without a check.
    { code: "const secret = process.env.WEBHOOK_SECRET || '';\nexport const sign = (b: string) => hmac(secret, b);", filename: FILES.route, settings: requireEnvModule, errors: [{ messageId: 'emptyFallback', suggestions: fix("const secret = requireEnv('WEBHOOK_SECRET');\nexport const sign = (b: string) => hmac(secret, b);") }] },
    // Twin of morphic's LOCAL_REDIS_URL: a variable that does not say local, with the same default, is still reported.
    {
      code: "const redis = createClient({ url: process.env.SEARCH_REDIS_URL || 'redis://localhost:6379' });",
      filename: 'app/api/advanced-search/route.ts',
      settings: requireEnvModule,
      errors: [{ messageId: 'localFallback', data: { name: 'SEARCH_REDIS_URL', value: 'redis://localhost:6379' }, line: 1, column: 35, suggestions: fix("const redis = createClient({ url: requireEnv('SEARCH_REDIS_URL') });") }],
    },
    // A credential-free development default of a connection string: not a secret, a silent misconfiguration.
    {
      code: "const redis = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379');",
      filename: 'lib/redis.ts',
      settings: requireEnvModule,
      errors: [
        {
          messageId: 'localFallback',
          data: { name: 'REDIS_URL', value: 'redis://localhost:6379' },
          line: 1,
          column: 25,
          endColumn: 46,
          suggestions: fix("const redis = new Redis(requireEnv('REDIS_URL'));"),
        },
      ],
    },
    // `as string`, require('stripe')(...), mongoose.connect, jwt.verify, TextEncoder key.
    { code: 'const c = { clientSecret: process.env.GOOGLE_CLIENT_SECRET as string };', filename: 'lib/auth.ts', settings: requireEnvModule, errors: [{ messageId: 'assertion', data: { name: 'GOOGLE_CLIENT_SECRET', op: ' as string' }, suggestions: fix("const c = { clientSecret: requireEnv('GOOGLE_CLIENT_SECRET') };") }] },
    { code: "const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);", filename: 'pages/api/checkout.js', settings: requireEnvModule, errors: [{ messageId: 'unchecked', suggestions: [{ messageId: 'useRequireEnv', output: "const { requireEnv } = require('@/lib/require-env');\nconst stripe = require('stripe')(requireEnv('STRIPE_SECRET_KEY'));" }] }] },
    // hackathon-starter's STRIPE_SKEY: a secret key by its last word.
    { code: "const stripe = require('stripe')(process.env.STRIPE_SKEY);", filename: 'controllers/api.js', settings: requireEnvModule, errors: [{ messageId: 'unchecked', suggestions: [{ messageId: 'useRequireEnv', output: "const { requireEnv } = require('@/lib/require-env');\nconst stripe = require('stripe')(requireEnv('STRIPE_SKEY'));" }] }] },
    { code: 'await mongoose.connect(process.env.MONGODB_URI);', filename: 'lib/db.js', settings: requireEnvModule, errors: [{ messageId: 'unchecked', suggestions: fix("await mongoose.connect(requireEnv('MONGODB_URI'));") }] },
    {
      code: "import jwt from 'jsonwebtoken';\nexport const verify = (t) => jwt.verify(t, process.env.JWT_SECRET);",
      filename: 'lib/jwt.js',
      settings: requireEnvModule,
      errors: [{ messageId: 'unchecked', suggestions: [{ messageId: 'useRequireEnv', output: "import jwt from 'jsonwebtoken';\nimport { requireEnv } from '@/lib/require-env';\nexport const verify = (t) => jwt.verify(t, requireEnv('JWT_SECRET'));" }] }],
    },
    { code: 'const key = new TextEncoder().encode(process.env.AUTH_SECRET);', filename: 'lib/auth/session.ts', settings: requireEnvModule, errors: [{ messageId: 'unchecked', suggestions: fix("const key = new TextEncoder().encode(requireEnv('AUTH_SECRET'));") }] },
    // Nested options: nodemailer auth.
    {
      code: "const t = nodemailer.createTransport({ host: 'smtp.x.com', auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } });",
      filename: FILES.lib,
      settings: requireEnvModule,
      errors: [
        { messageId: 'unchecked', suggestions: fix("const t = nodemailer.createTransport({ host: 'smtp.x.com', auth: { user: requireEnv('SMTP_USER'), pass: process.env.SMTP_PASS } });") },
        { messageId: 'unchecked', suggestions: fix("const t = nodemailer.createTransport({ host: 'smtp.x.com', auth: { user: process.env.SMTP_USER, pass: requireEnv('SMTP_PASS') } });") },
      ],
    },
    // Server-side public vars with checkPublic.
    {
      code: 'const s = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, key);',
      filename: FILES.lib,
      options: [{ checkPublic: true }],
      settings: requireEnvModule,
      errors: [{ messageId: 'assertion', suggestions: fix("const s = createClient(requireEnv('NEXT_PUBLIC_SUPABASE_URL'), key);") }],
    },
    // With an env module configured: a second suggestion uses env.X.
    {
      code: 'const db = postgres(process.env.POSTGRES_URL!);',
      filename: FILES.lib,
      settings: { prodready: { helperModules: { 'no-unvalidated-env': '@/lib/env', 'no-unvalidated-env.require-env': '@/lib/require-env' } } },
      errors: [
        {
          messageId: 'assertion',
          suggestions: [
            { messageId: 'useRequireEnv', output: "import { requireEnv } from '@/lib/require-env';\nconst db = postgres(requireEnv('POSTGRES_URL'));" },
            { messageId: 'useEnvModule', output: "import { env } from '@/lib/env';\nconst db = postgres(env.POSTGRES_URL);" },
          ],
        },
      ],
    },
  ],
});
