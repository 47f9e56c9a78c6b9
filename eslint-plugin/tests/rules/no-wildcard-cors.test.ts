import rule from '../../src/rules/no-wildcard-cors';
import { ruleTester, FILES } from '../rule-tester';

const helper = { prodready: { helperModules: { 'no-wildcard-cors': '@/lib/cors' } } };

/** umami's Docker middleware: its header object only goes with a rewrite of a custom path to the tracking beacon. */
const REWRITE_MIDDLEWARE = (target: string): string => `import { type NextRequest, NextResponse } from 'next/server';

const COLLECT_PATH = '${target}';

const apiHeaders = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': '*',
  'Cache-Control': 'no-cache',
};

function customCollectEndpoint(request: NextRequest) {
  const collectEndpoint = process.env.COLLECT_API_ENDPOINT;
  if (collectEndpoint && request.nextUrl.pathname === collectEndpoint) {
    const url = request.nextUrl.clone();
    url.pathname = COLLECT_PATH;
    return NextResponse.rewrite(url, { headers: apiHeaders });
  }
}

export default function middleware(req: NextRequest) {
  return customCollectEndpoint(req) ?? NextResponse.next();
}
`;

/** workflow-builder-template's workflow webhook: `*` on a POST route, the caller's API key read from Authorization when `auth`. */
const KEYED_TRIGGER = (auth: boolean) =>
  (auth ? "import { NextResponse } from 'next/server';\nimport { db, runs } from '@/lib/db';\nimport { validateApiKey } from '@/lib/api-keys';\n\nconst corsHeaders = {\n  'Access-Control-Allow-Origin': '*',\n  'Access-Control-Allow-Methods': 'POST, OPTIONS',\n  'Access-Control-Allow-Headers': 'Content-Type, Authorization',\n};\n\nexport function OPTIONS() {\n  return NextResponse.json({}, { headers: corsHeaders });\n}\n\nexport async function POST(request: Request) {\n  const check = await validateApiKey(request.headers.get('Authorization'));\n  if (!check.valid) return NextResponse.json({ error: check.error }, { status: 401, headers: corsHeaders });\n  const body = await request.json().catch(() => ({}));\n  const [run] = await db.insert(runs).values({ input: body }).returning();\n  return NextResponse.json({ runId: run.id }, { headers: corsHeaders });\n}\n" : "import { NextResponse } from 'next/server';\nimport { db, runs } from '@/lib/db';\nimport { validateApiKey } from '@/lib/api-keys';\n\nconst corsHeaders = {\n  'Access-Control-Allow-Origin': '*',\n  'Access-Control-Allow-Methods': 'POST, OPTIONS',\n  'Access-Control-Allow-Headers': 'Content-Type, Authorization',\n};\n\nexport function OPTIONS() {\n  return NextResponse.json({}, { headers: corsHeaders });\n}\n\nexport async function POST(request: Request) {\n  const body = await request.json().catch(() => ({}));\n  const [run] = await db.insert(runs).values({ input: body }).returning();\n  return NextResponse.json({ runId: run.id }, { headers: corsHeaders });\n}\n");

/** helper's widget chat: the streamed answer built in a shared module, its headers naming Authorization; `cookie` adds a cookie read. */
const WIDGET_CHAT = (cookie: boolean) =>
  `import { createDataStreamResponse } from 'ai';\n${cookie ? "import { cookies } from 'next/headers';\n" : ''}\nexport const respondWithAI = async (conversationId: number) => {\n${cookie ? "  const theme = (await cookies()).get('theme');\n" : ''}  return createDataStreamResponse({\n    headers: {\n      'Access-Control-Allow-Origin': '*',\n      'Access-Control-Allow-Headers': 'Content-Type, Authorization',\n      'Access-Control-Allow-Methods': 'POST, OPTIONS',\n    },\n    execute: (dataStream) => streamAnswer(dataStream, { sessionId: conversationId }),\n  });\n};\n`;

ruleTester.run('no-wildcard-cors', rule, {
  valid: [
    // Callers authenticate with an API key they send in Authorization, and the file reads no cookie or session: a browser
    // on another site sends no such header by itself (workflow-builder-template's workflow webhook trigger).
    { code: KEYED_TRIGGER(true), filename: 'app/api/workflows/[workflowId]/webhook/route.ts' },
    // helper's widget chat: a shared module's answer headers name Authorization, and it reads no cookie or session: its
    // callers send a bearer header (the widget route checks it in its own file).
    { code: WIDGET_CHAT(false), filename: 'lib/ai/chat.ts' },
    // better-auth's demo auth route: `*` only in development (`NODE_ENV === 'development' && ...`, for local OAuth clients), or in a helper that leaves at once in production: production answers never carry it.
    { code: "import { toNextJsHandler } from 'better-auth/next-js';\nimport { auth } from '@/lib/auth';\n\nfunction addCorsHeaders(url: URL, headers: Headers) {\n  if (process.env.NODE_ENV === 'development' && ['/api/auth/oauth2/token', '/api/auth/oauth2/userinfo'].includes(url.pathname)) {\n    headers.set('Access-Control-Allow-Origin', '*');\n    headers.set('Access-Control-Allow-Headers', 'authorization, content-type');\n  }\n}\n\nfunction withCors(handler: (req: Request) => Promise<Response>) {\n  return async (req: Request) => {\n    const res = await handler(req);\n    addCorsHeaders(new URL(req.url), res.headers);\n    return res;\n  };\n}\n\nconst handler = toNextJsHandler(auth);\nexport const GET = withCors(handler.GET);\nexport const POST = withCors(handler.POST);\n", filename: 'app/api/auth/[...all]/route.ts' },
    { code: "function addCorsHeaders(headers: Headers) {\n  if (process.env.NODE_ENV === 'production') return;\n  headers.set('Access-Control-Allow-Origin', '*');\n}\n\nexport async function POST(req: Request) {\n  const res = Response.json(await handle(req));\n  addCorsHeaders(res.headers);\n  return res;\n}\n", filename: 'app/api/mcp/route.ts' },
    // searchfindr: `*` only in the OPTIONS preflight of a bearer-token route whose GET sets no Access-Control-Allow-Origin: no other site can read its answers.
    { code: "import { NextResponse, type NextRequest } from 'next/server';\nimport { authenticateRequest } from '@/lib/api/auth';\n\nexport async function OPTIONS() {\n  return new NextResponse(null, {\n    status: 200,\n    headers: {\n      'Access-Control-Allow-Origin': '*',\n      'Access-Control-Allow-Methods': 'GET, OPTIONS',\n      'Access-Control-Allow-Headers': 'Content-Type, Authorization',\n    },\n  });\n}\n\nexport async function GET(req: NextRequest) {\n  const { supabase, workspace } = await authenticateRequest(req);\n  const { data } = await supabase.from('deals').select('*').eq('workspace_id', workspace.id);\n  return NextResponse.json({ deals: data });\n}\n", filename: 'app/api/deals/compare/route.ts' },
    // Supabase Edge Functions: Supabase's documented corsHeaders template (`*`, no credentials) on the project's own functions domain, where the browser holds no cookie of the app (netprophet: 11 functions, firstserveseattle: 1).
    { code: "import { serve } from 'https://deno.land/std@0.168.0/http/server.ts';\n\nconst corsHeaders = {\n  'Access-Control-Allow-Origin': '*',\n  'Access-Control-Allow-Headers': 'authorization, x-client-info, apikey, content-type',\n};\n\nserve(async (req) => {\n  if (req.method === 'OPTIONS') return new Response('ok', { headers: corsHeaders });\n  const { matchId } = await req.json();\n  return new Response(JSON.stringify({ matchId }), { headers: { ...corsHeaders, 'Content-Type': 'application/json' } });\n});\n", filename: 'supabase/functions/calculate-odds/index.ts' },
    { code: "export const corsHeaders = {\n  'Access-Control-Allow-Origin': '*',\n  'Access-Control-Allow-Headers': 'authorization, x-client-info, apikey, content-type',\n};\n", filename: 'supabase/functions/_shared/cors.ts' },
    // Headers sent only with a rewrite to the tracking beacon (`url.pathname = '/api/send'`): public by design.
    { code: REWRITE_MIDDLEWARE('/api/send'), filename: 'docker/proxy.ts' },
    // A CORS helper honouring a configured allowlist that holds '*' (DeaaJobran's nextjs-saas-boilerplate packages/security).
    { code: "export function corsHeaders(input: { origin: string | null; allowedOrigins: string[] }) {\n  const headers: Record<string, string> = { vary: 'Origin' };\n  if (input.allowedOrigins.includes('*')) {\n    headers['access-control-allow-origin'] = '*';\n  } else if (input.origin && input.allowedOrigins.includes(input.origin)) {\n    headers['access-control-allow-origin'] = input.origin;\n  }\n  return headers;\n}\n", filename: 'packages/security/src/origin.ts' },
    // A route the app declares public (`api/public/`): a lead form's widget posts from customers' sites.
    { code: "import { NextResponse } from 'next/server';\nimport { z } from 'zod';\nimport { createLead } from '@/lib/services/leads';\n\nconst CORS_HEADERS = {\n  'Access-Control-Allow-Origin': '*',\n  'Access-Control-Allow-Methods': 'POST, OPTIONS',\n  'Access-Control-Allow-Headers': 'Content-Type',\n};\n\nconst leadSchema = z.object({ clientId: z.string().uuid(), name: z.string().min(1).max(200), phone: z.string().min(10).max(20) });\n\nexport async function OPTIONS() {\n  return new NextResponse(null, { status: 204, headers: CORS_HEADERS });\n}\n\nexport async function POST(request: Request) {\n  const parsed = leadSchema.safeParse(await request.json());\n  if (!parsed.success) return NextResponse.json({ error: 'Invalid payload' }, { status: 400, headers: CORS_HEADERS });\n  await createLead(parsed.data);\n  return NextResponse.json({ ok: true }, { status: 201, headers: CORS_HEADERS });\n}\n", filename: "app/api/public/leads/route.ts" },
    // The header helpers of an embeddable feedback widget's routes (VibeVaults's lib/widget-helpers.ts, used by
    // app/api/widget/**): the widget posts from customers' sites with a project key, no cookies.
    { code: "import { NextResponse } from 'next/server';\n\nexport const corsHeaders = {\n  'Access-Control-Allow-Origin': '*',\n  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',\n  'Access-Control-Allow-Headers': 'Content-Type, Authorization',\n};\n\nexport function corsError(message: string, status: number) {\n  return NextResponse.json({ error: message }, { status, headers: corsHeaders });\n}\n", filename: 'src/lib/widget-helpers.ts' },
    // An Express API that serves an embeddable chat widget to its customers' sites: the widget's public config,
    // its chat endpoint (keyed by a widget key, no cookies) and its loader script take any origin by design.
    { code: "import express from 'express';\nimport cors from 'cors';\n\nconst app = express();\napp.use('/api/widgets/:widgetKey', cors({ origin: '*', methods: ['GET'] }));\napp.use('/api/chat/widget', cors({ origin: '*', methods: ['POST'], allowedHeaders: ['Content-Type', 'X-Widget-Key'] }));\napp.use('/widget-loader', cors({ origin: '*' }));\napp.use(cors({ origin: process.env.ADMIN_ORIGIN, credentials: true }));\napp.listen(3001);\n", filename: 'api/src/app.ts' },
    // An Express API whose options const checks each origin against an allowlist (Helicone's jawn: `app.use(cors(corsOptions))`).
    { code: "import express from 'express';\nimport cors from 'cors';\n\nconst allowedOrigins = [/^https:\\/\\/([a-z0-9-]+\\.)?example\\.com$/];\nconst corsOptions = {\n  origin(origin: string | undefined, callback: (err: Error | null, allow?: boolean) => void) {\n    if (!origin || allowedOrigins.some((re) => re.test(origin))) return callback(null, true);\n    callback(new Error('Not allowed by CORS'));\n  },\n  credentials: true,\n};\n\nconst app = express();\napp.options('/{*any}', cors(corsOptions));\napp.use(cors(corsOptions));\napp.listen(8585);\n", filename: 'src/index.ts' },
    // supermemory's MCP server: the 401 challenge is readable from any origin (OAuth discovery by browser clients); it carries no data.
    { code: "export function unauthorizedResponse(resourceMetadataUrl: string): Response {\n  return new Response('Unauthorized', {\n    status: 401,\n    headers: {\n      'WWW-Authenticate': `Bearer resource_metadata=\"${resourceMetadataUrl}\"`,\n      'Access-Control-Expose-Headers': 'WWW-Authenticate',\n      'Access-Control-Allow-Origin': '*',\n    },\n  });\n}\n", filename: 'apps/mcp/src/server/index.ts' },
    // A JSON Web Key Set: public keys, published for anyone to verify tokens with.
    { code: "export default async function handler(req, res) {\n  const body = JSON.stringify(await loadJwks());\n  res.setHeader('Cache-Control', 'public, max-age=60, stale-while-revalidate=30');\n  res.setHeader('Access-Control-Allow-Origin', '*');\n  res.status(200).send(body);\n}\n", filename: 'pages/api/v1/block-tokens/jwks.ts' },
    // Hono's cors() (default origin *) on public routers (openstatus: an OpenAPI document, status pages): not credentialed.
    { code: "import { Hono } from 'hono';\nimport { cors } from 'hono/cors';\n\nexport const publicRoute = new Hono();\npublicRoute.use('*', cors());\npublicRoute.use('/openapi', cors({ origin: '*' }));\npublicRoute.get('/status', (c) => c.json({ ok: true }));\n", filename: "apps/server/src/routes/public/index.ts" },

    // A public embed script (Content-Type application/javascript) is a static asset (onlook's preload server).
    { code: "import { serve } from 'bun';\nimport path from 'path';\n\nserve({\n  port: 8083,\n  async fetch(req) {\n    const { pathname } = new URL(req.url);\n    if (pathname !== '/') return new Response('Not found', { status: 404 });\n    const file = Bun.file(path.resolve(import.meta.dir, '../public/embed.js'));\n    return new Response(file, {\n      headers: {\n        'Content-Type': 'application/javascript',\n        'Cache-Control': 'public, max-age=31536000',\n        'Access-Control-Allow-Origin': '*',\n      },\n    });\n  },\n});\n", filename: "apps/cdn/server/index.ts" },

    // Storybook's dev server (a Vite middleware in .storybook/main.ts) never answers production requests (onlook).
    { code: "import type { StorybookConfig } from '@storybook/react-vite';\nconst meta = { location: 'apps/web' };\nconst config: StorybookConfig = {\n  framework: '@storybook/react-vite',\n  viteFinal(cfg) {\n    cfg.plugins = [...(cfg.plugins ?? []), {\n      name: 'serve-metadata',\n      configureServer(server) {\n        server.middlewares.use((req, res, next) => {\n          if (req.url !== '/metadata.json') return next();\n          res.setHeader('Content-Type', 'application/json');\n          res.setHeader('Access-Control-Allow-Origin', '*');\n          res.end(JSON.stringify(meta));\n        });\n      },\n    }];\n    return cfg;\n  },\n};\nexport default config;\n", filename: ".storybook/main.ts" },

    // A request header on an outgoing call to another API (openstatus' Opsgenie client): not this app's response.
    { code: "export async function sendAlert(apiKey: string, alert: object) {\n  const res = await fetch('https://api.opsgenie.com/v2/alerts', {\n    method: 'POST',\n    body: JSON.stringify(alert),\n    headers: { 'Content-Type': 'application/json', Authorization: `GenieKey ${apiKey}`, 'Access-Control-Allow-Origin': '*' },\n  });\n  return res.ok;\n}\n", filename: 'packages/notifications/opsgenie/src/index.ts' },
    { code: "export const ping = (url: string) => axios.post(url, {}, { headers: { 'Access-Control-Allow-Origin': '*' } });", filename: 'lib/ping.ts' },
    // A public image (documenso's share OG image): Content-Type says it is an asset.
    { code: "export const loader = async () => {\n  const png = await render();\n  return new Response(png, { headers: { 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=31536000, immutable', 'Access-Control-Allow-Origin': '*' } });\n};\n", filename: 'apps/remix/app/routes/api/share.opengraph.tsx' },
    // A CORS helper that passes on the origin it was configured with (documenso's openpage-api lib/cors.ts).
    { code: "export function originHeaders(reqOrigin: string, origin: string | string[]) {\n  const headers = new Headers();\n  if (origin === '*') {\n    headers.set('Access-Control-Allow-Origin', '*');\n  } else if (Array.isArray(origin) && origin.includes(reqOrigin)) {\n    headers.set('Access-Control-Allow-Origin', reqOrigin);\n  }\n  return headers;\n}\n", filename: 'app/api/lib/cors.ts' },
    // Allowlist checked before the origin is echoed (includes / has / endsWith / ===).
    {
      code: `const ALLOWED = (process.env.ALLOWED_ORIGINS ?? '').split(',');
export async function GET(request: Request) {
  const origin = request.headers.get('origin');
  const headers = new Headers({ Vary: 'Origin' });
  if (origin && ALLOWED.includes(origin)) {
    headers.set('Access-Control-Allow-Origin', origin);
  }
  return Response.json({ ok: true }, { headers });
}`,
      filename: FILES.route,
    },
    {
      code: `export async function GET(req) {
  const origin = req.headers.get("origin");
  const corsHeaders = { "Access-Control-Allow-Methods": "GET" };
  if (origin && origin.endsWith(".dub.co")) {
    corsHeaders["Access-Control-Allow-Origin"] = origin;
  }
  return new Response("x", { headers: corsHeaders });
}`,
      filename: FILES.jsRoute,
    },
    {
      code: `const allowed = new Set(['https://a.com']);
export default function handler(req, res) {
  const origin = req.headers.origin;
  if (!allowed.has(origin)) return res.status(403).end();
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.end();
}`,
      filename: FILES.pagesApi,
    },
    // The origin read with a fallback (`?? ''`) and checked before it is echoed: an early return when it is not allowed
    // (assistant-ui's docs chat route and anonymous-session route).
    {
      code: `const CROSS_ORIGINS = new Set(['https://www.example.com']);
function corsHeaders(req: Request): Record<string, string> {
  const origin = req.headers.get('origin') ?? '';
  if (!CROSS_ORIGINS.has(origin)) return {};
  return { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' };
}
export async function POST(req: Request) {
  return Response.json({ ok: true }, { headers: corsHeaders(req) });
}`,
      filename: FILES.route,
    },
    {
      code: `export function middleware(req) {
  const origin = req.headers.get('origin');
  const res = NextResponse.next();
  res.headers.set('Access-Control-Allow-Origin', isAllowedOrigin(origin) ? origin : 'https://app.example.com');
  return res;
}`,
      filename: FILES.middleware,
    },
    // A fixed origin, from a literal or env.
    { code: "export const GET = () => new Response('x', { headers: { 'Access-Control-Allow-Origin': 'https://app.example.com' } });", filename: FILES.route },
    { code: "export const POST = () => new Response('x', { headers: { 'Access-Control-Allow-Origin': process.env.APP_URL } });", filename: FILES.route },
    // A helper that takes the allowed origin as a parameter (langfuse applyMcpCorsHeaders).
    { code: "export function apply(res, allowedOrigin) { if (allowedOrigin) res.setHeader('Access-Control-Allow-Origin', allowedOrigin); }", filename: FILES.lib },
    // Public by design: tracking beacons, OG images.
    { code: "export async function POST() { return new Response(null, { headers: { 'Access-Control-Allow-Origin': '*' } }); }", filename: 'app/api/send/route.ts' },
    { code: "export async function GET() { return new Response(null, { headers: { 'Access-Control-Allow-Origin': '*' } }); }", filename: 'app/api/og/route.tsx' },
    // GET-only public read route without cookies / session: a public read API.
    {
      code: "export async function GET() { return Response.json(COUNTRIES, { headers: { 'Access-Control-Allow-Origin': '*' } }); }",
      filename: 'app/api/supported-countries/route.ts',
    },
    // next.config: static assets and non-API sources.
    {
      code: `module.exports = { async headers() { return [
  { source: '/js/(.*)', headers: [{ key: 'Access-Control-Allow-Origin', value: '*' }] },
  { source: '/fonts/:path*', headers: [{ key: 'Access-Control-Allow-Origin', value: '*' }] },
  { source: '/script.js', headers: [{ key: 'Access-Control-Allow-Origin', value: '*' }] },
]; } };`,
      filename: 'next.config.js',
    },
    { code: "const trackerHeaders = [{ key: 'Access-Control-Allow-Origin', value: '*' }]; export default { headers: async () => [] };", filename: 'next.config.ts' },
    // A header object held by a const and listed only by static-file entries (cal.com's next.config: an icon sprite).
    {
      code: `const CORP_HEADER = { key: 'Cross-Origin-Resource-Policy', value: 'cross-origin' };
const ACAO_HEADER = { key: 'Access-Control-Allow-Origin', value: '*' };
module.exports = { async headers() { return [
  { source: '/avatar.svg', headers: [CORP_HEADER] },
  { source: '/icons/sprite.svg(\\\\?v=[0-9a-zA-Z\\\\-\\\\.]+)?', headers: [CORP_HEADER, ACAO_HEADER] },
]; } };`,
      filename: 'next.config.js',
    },
    { code: "const trackerHeaders = { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'public' };", filename: 'proxy.ts' },
    // Client code and tests are not server responses.
    { code: "'use client';\nconst h = { 'Access-Control-Allow-Origin': '*' };", filename: FILES.component },
    { code: "expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');", filename: 'app/api/x/route.test.ts' },
    // Reading the header is not setting it.
    { code: "export async function GET(req) { const v = req.headers.get('Access-Control-Allow-Origin'); return Response.json({ v }); }", filename: FILES.route },
    // cors package with an allowlist or a function.
    { code: "import cors from 'cors';\nconst c = cors({ origin: ['https://a.com'], credentials: true });", filename: FILES.lib },
    { code: "import Cors from 'cors';\nconst c = Cors({ origin: (o, cb) => cb(null, allowed.includes(o)) });", filename: FILES.lib },
    // Unrelated: a header named in text only.
    { code: "const doc = 'Set Access-Control-Allow-Origin to your domain';", filename: FILES.lib },
    // A Pages API route that leaves first on any method but GET and reads no cookie or session (recollect's media-type
    // probe): a public read API, like an App Router file that exports only GET.
    { code: "import axios from 'axios';\n\nexport default async function handler(request, response) {\n  if (request.method !== 'GET') {\n    response.status(405).json({ error: 'Method not allowed' });\n    return;\n  }\n  const { headers } = await axios.head(String(request.query.url), { timeout: 5000 });\n  response.setHeader('Access-Control-Allow-Origin', '*');\n  response.status(200).json({ mediaType: headers['content-type'] });\n}\n", filename: 'src/pages/api/v1/bookmarks/get/get-media-type.ts' },
    // The same handler declared first and exported by name.
    { code: "import axios from 'axios';\n\nasync function handler(request, response) {\n  if (request.method !== 'GET') {\n    response.status(405).json({ error: 'Method not allowed' });\n    return;\n  }\n  const { headers } = await axios.head(String(request.query.url), { timeout: 5000 });\n  response.setHeader('Access-Control-Allow-Origin', '*');\n  response.status(200).json({ mediaType: headers['content-type'] });\n}\nexport default handler;\n", filename: 'src/pages/api/v1/bookmarks/get/get-media-type.ts' },
    // The same as a next-connect chain that mounts only a `get` handler (cusdis' public comment counter).
    { code: "import Cors from 'cors';\nimport { apiHandler, prisma } from '../../utils.server';\n\nexport default apiHandler()\n  .use(Cors({ methods: ['GET', 'POST', 'OPTIONS'] }))\n  .get(async (req, res) => {\n    res.json({ data: await prisma.comment.count({ where: { approved: true } }) });\n  });\n", filename: 'pages/api/comments/count.ts' },
  ],
  invalid: [
    // Twin: the same trigger taking no key is a public mutating route, still reported.
    { code: KEYED_TRIGGER(false), filename: 'app/api/workflows/[workflowId]/webhook/route.ts', errors: [{ messageId: 'wildcard', line: 6, column: 3, suggestions: [] }] },
    // Twin of helper's widget chat: the same module also reads a cookie, so the bearer header is not all its callers carry.
    { code: WIDGET_CHAT(true), filename: 'lib/ai/chat.ts', errors: [{ messageId: 'wildcard', line: 8, column: 7, suggestions: [] }] },
    // The same helpers when the `*` also reaches production: the wildcard stays reported.
    { code: "import { toNextJsHandler } from 'better-auth/next-js';\nimport { auth } from '@/lib/auth';\n\nfunction addCorsHeaders(url: URL, headers: Headers) {\n  if (['/api/auth/oauth2/token', '/api/auth/oauth2/userinfo'].includes(url.pathname)) {\n    headers.set('Access-Control-Allow-Origin', '*');\n    headers.set('Access-Control-Allow-Headers', 'authorization, content-type');\n  }\n}\n\nfunction withCors(handler: (req: Request) => Promise<Response>) {\n  return async (req: Request) => {\n    const res = await handler(req);\n    addCorsHeaders(new URL(req.url), res.headers);\n    return res;\n  };\n}\n\nconst handler = toNextJsHandler(auth);\nexport const GET = withCors(handler.GET);\nexport const POST = withCors(handler.POST);\n", filename: 'app/api/auth/[...all]/route.ts', errors: [{ messageId: 'wildcard', line: 6, column: 48, suggestions: [] }] },
    { code: "function addCorsHeaders(headers: Headers) {\n  if (process.env.NODE_ENV === 'test') return;\n  headers.set('Access-Control-Allow-Origin', '*');\n}\n\nexport async function POST(req: Request) {\n  const res = Response.json(await handle(req));\n  addCorsHeaders(res.headers);\n  return res;\n}\n", filename: 'app/api/mcp/route.ts', errors: [{ messageId: 'wildcard', line: 3, column: 46, suggestions: [] }] },
    // Twin: the GET answers with `*` too, so any site can read it (both sites are reported).
    { code: "import { NextResponse, type NextRequest } from 'next/server';\nimport { authenticateRequest } from '@/lib/api/auth';\n\nexport async function OPTIONS() {\n  return new NextResponse(null, {\n    status: 200,\n    headers: {\n      'Access-Control-Allow-Origin': '*',\n      'Access-Control-Allow-Methods': 'GET, OPTIONS',\n      'Access-Control-Allow-Headers': 'Content-Type, Authorization',\n    },\n  });\n}\n\nexport async function GET(req: NextRequest) {\n  const { supabase, workspace } = await authenticateRequest(req);\n  const { data } = await supabase.from('deals').select('*').eq('workspace_id', workspace.id);\n  return NextResponse.json({ deals: data }, { headers: { 'Access-Control-Allow-Origin': '*' } });\n}\n", filename: 'app/api/deals/compare/route.ts', errors: [{ messageId: 'wildcard', line: 8, column: 7, suggestions: [] }, { messageId: 'wildcard', line: 18, column: 58, suggestions: [{ messageId: 'useAllowlist', output: "import { NextResponse, type NextRequest } from 'next/server';\nimport { authenticateRequest } from '@/lib/api/auth';\n\nexport async function OPTIONS() {\n  return new NextResponse(null, {\n    status: 200,\n    headers: {\n      'Access-Control-Allow-Origin': '*',\n      'Access-Control-Allow-Methods': 'GET, OPTIONS',\n      'Access-Control-Allow-Headers': 'Content-Type, Authorization',\n    },\n  });\n}\n\nexport async function GET(req: NextRequest) {\n  const { supabase, workspace } = await authenticateRequest(req);\n  const { data } = await supabase.from('deals').select('*').eq('workspace_id', workspace.id);\n  return NextResponse.json({ deals: data }, { headers: { ...corsHeaders(req.headers.get('origin')) } });\n}\n\n/**\n * The origins allowed to call the API from a browser, from a comma-separated env var\n * (`CORS_ALLOWED_ORIGINS=https://app.example.com,https://admin.example.com`). Unset means no\n * cross-origin access at all: the safe default.\n */\nconst allowedOrigins: readonly string[] = (process.env.CORS_ALLOWED_ORIGINS?.split(',') ?? [])\n  .map((o) => o.trim().replace(/\\/$/, ''))\n  .filter((o) => o.length > 0);\n\nconst allowed = new Set(allowedOrigins);\n\n/** Whether a request's `Origin` header is on the allowlist (exact match, scheme and port included). */\nfunction isAllowedOrigin(origin: string | null | undefined): origin is string {\n  return typeof origin === 'string' && allowed.has(origin);\n}\n\n/**\n * CORS response headers for a request's `Origin`: the origin is echoed only when it is allowlisted,\n * and `Vary: Origin` is always sent so shared caches never serve one origin's answer to another.\n */\nfunction corsHeaders(origin: string | null | undefined): Record<string, string> {\n  const headers: Record<string, string> = { Vary: 'Origin' };\n  if (isAllowedOrigin(origin)) {\n    headers['Access-Control-Allow-Origin'] = origin;\n    headers['Access-Control-Allow-Methods'] = 'GET, POST, OPTIONS';\n    headers['Access-Control-Allow-Headers'] = 'Content-Type, Authorization';\n    headers['Access-Control-Max-Age'] = '600';\n    // Only with an allowlisted origin: never combine credentials with `*` or a reflected origin.\n    headers['Access-Control-Allow-Credentials'] = 'true';\n  }\n  return headers;\n}\n" }] }] },
    // A reflected origin next to the file's own `corsHeaders` object: no suggestion, since the helper's `corsHeaders(origin)` call would call that object.
    {"code":"const corsHeaders = {\n  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',\n};\n\nexport async function POST(req: Request) {\n  const origin = req.headers.get('origin') ?? '';\n  const body = await req.json();\n  return Response.json(body, { headers: { ...corsHeaders, 'Access-Control-Allow-Origin': origin } });\n}\n","filename":"app/api/items/route.ts","errors":[{"messageId":"reflectedOrigin","line":8,"column":59,"suggestions":[]}]},
    // Twin: with no local `corsHeaders`, the suggestion adds the helper and spreads its result.
    {"code":"const methods = {\n  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',\n};\n\nexport async function POST(req: Request) {\n  const origin = req.headers.get('origin') ?? '';\n  const body = await req.json();\n  return Response.json(body, { headers: { ...methods, 'Access-Control-Allow-Origin': origin } });\n}\n","filename":"app/api/items/route.ts","errors":[{"messageId":"reflectedOrigin","line":8,"column":55,"suggestions":[{"messageId":"useAllowlist","output":"const methods = {\n  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',\n};\n\nexport async function POST(req: Request) {\n  const origin = req.headers.get('origin') ?? '';\n  const body = await req.json();\n  return Response.json(body, { headers: { ...methods, ...corsHeaders(req.headers.get('origin')) } });\n}\n\n/**\n * The origins allowed to call the API from a browser, from a comma-separated env var\n * (`CORS_ALLOWED_ORIGINS=https://app.example.com,https://admin.example.com`). Unset means no\n * cross-origin access at all: the safe default.\n */\nconst allowedOrigins: readonly string[] = (process.env.CORS_ALLOWED_ORIGINS?.split(',') ?? [])\n  .map((o) => o.trim().replace(/\\/$/, ''))\n  .filter((o) => o.length > 0);\n\nconst allowed = new Set(allowedOrigins);\n\n/** Whether a request's `Origin` header is on the allowlist (exact match, scheme and port included). */\nfunction isAllowedOrigin(origin: string | null | undefined): origin is string {\n  return typeof origin === 'string' && allowed.has(origin);\n}\n\n/**\n * CORS response headers for a request's `Origin`: the origin is echoed only when it is allowlisted,\n * and `Vary: Origin` is always sent so shared caches never serve one origin's answer to another.\n */\nfunction corsHeaders(origin: string | null | undefined): Record<string, string> {\n  const headers: Record<string, string> = { Vary: 'Origin' };\n  if (isAllowedOrigin(origin)) {\n    headers['Access-Control-Allow-Origin'] = origin;\n    headers['Access-Control-Allow-Methods'] = 'GET, POST, OPTIONS';\n    headers['Access-Control-Allow-Headers'] = 'Content-Type, Authorization';\n    headers['Access-Control-Max-Age'] = '600';\n    // Only with an allowlisted origin: never combine credentials with `*` or a reflected origin.\n    headers['Access-Control-Allow-Credentials'] = 'true';\n  }\n  return headers;\n}\n"}]}]},
    // Twin of the Supabase Edge Function case: `*` next to Allow-Credentials is still reported there.
    {"code":"const corsHeaders = {\n  'Access-Control-Allow-Origin': '*',\n  'Access-Control-Allow-Credentials': 'true',\n};\n\nDeno.serve(async (req) => {\n  const { to } = await req.json();\n  return new Response(JSON.stringify({ to }), { headers: corsHeaders });\n});\n","filename":"supabase/functions/send-email/index.ts","errors":[{"messageId":"wildcardWithCredentials","line":2,"column":3}]},
    // Twin: the same headers with a rewrite to an API path that is not public.
    { code: REWRITE_MIDDLEWARE('/api/admin/users'), filename: 'docker/proxy.ts', errors: [{ messageId: 'wildcard', line: 6, column: 3, suggestions: [] }] },
    // A wildcard set when the list does not hold '*': still reported.
    {"code":"export function corsHeaders(input: { origin: string | null; allowedOrigins: string[] }) {\n  const headers: Record<string, string> = { vary: 'Origin' };\n  if (!input.allowedOrigins.includes('*')) {\n    headers['access-control-allow-origin'] = '*';\n  }\n  return headers;\n}\n","filename":"packages/security/src/origin.ts","errors":[{"messageId":"wildcard","line":4,"column":46}]},
    // The same public path with credentials: still reported.
    {
      code: "import { NextResponse } from 'next/server';\nimport { createLead } from '@/lib/services/leads';\n\nconst CORS_HEADERS = {\n  'Access-Control-Allow-Origin': '*',\n  'Access-Control-Allow-Credentials': 'true',\n  'Access-Control-Allow-Methods': 'POST, OPTIONS',\n};\n\nexport async function POST(request: Request) {\n  await createLead(await request.json());\n  return NextResponse.json({ ok: true }, { status: 201, headers: CORS_HEADERS });\n}\n",
      filename: "app/api/public/leads/route.ts",
      errors: [{ messageId: 'wildcardWithCredentials', line: 5, column: 3 }],
    },
    // Twins of the widget mounts: the wildcard on a mount path that names no public endpoint, on the whole app,
    // and on a widget path with credentials are still reported.
    { code: "import express from 'express';\nimport cors from 'cors';\n\nconst app = express();\napp.use('/api/admin', cors({ origin: '*' }));\napp.use(cors());\napp.use('/api/widgets', cors({ origin: '*', credentials: true }));\napp.listen(3001);\n", filename: 'api/src/app.ts', errors: [{ messageId: 'wildcard', line: 5 }, { messageId: 'wildcard', line: 6 }, { messageId: 'wildcardWithCredentials', line: 7 }] },
    // Twin: the options const sets no origin, so `cors` answers `*`.
    // The same helpers in a module named for no widget, or sending credentials, are reported.
    { code: "import { NextResponse } from 'next/server';\n\nexport const corsHeaders = {\n  'Access-Control-Allow-Origin': '*',\n  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',\n};\n\nexport function corsError(message: string, status: number) {\n  return NextResponse.json({ error: message }, { status, headers: corsHeaders });\n}\n", filename: 'src/lib/api-helpers.ts', errors: [{ messageId: 'wildcard', line: 4, column: 3 }] },
    { code: "export const corsHeaders = {\n  'Access-Control-Allow-Origin': '*',\n  'Access-Control-Allow-Credentials': 'true',\n};\n", filename: 'src/lib/widget-helpers.ts', errors: [{ messageId: 'wildcardWithCredentials', line: 2, column: 3 }] },
    { code: "import express from 'express';\nimport cors from 'cors';\n\nconst corsOptions = {\n  methods: ['GET', 'POST'],\n};\n\nconst app = express();\napp.use(cors(corsOptions));\napp.listen(8585);\n", filename: 'src/index.ts', errors: [{ messageId: 'wildcard', line: 9 }] },
    // A challenge with credentials allowed is still the dangerous combination.
    {
      code: "export function unauthorizedResponse(): Response {\n  return new Response('Unauthorized', {\n    status: 401,\n    headers: { 'WWW-Authenticate': 'Bearer', 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true' },\n  });\n}\n",
      filename: 'apps/mcp/src/server/index.ts',
      errors: [{ messageId: 'wildcardWithCredentials', line: 4 }],
    },
    // The same helper's data response (no challenge) is reported.
    {
      code: "export function jsonResponse(data: unknown): Response {\n  return Response.json(data, {\n    headers: { 'Access-Control-Expose-Headers': 'WWW-Authenticate', 'Access-Control-Allow-Origin': '*' },\n  });\n}\n",
      filename: 'apps/mcp/src/server/index.ts',
      errors: [{ messageId: 'wildcard', line: 3 }],
    },
    // Twin: the same handler under another path is an API answer.
    {
      code: "export default async function handler(req, res) {\n  const body = JSON.stringify(await loadJwks());\n  res.setHeader('Cache-Control', 'private, no-store');\n  res.setHeader('Access-Control-Allow-Origin', '*');\n  res.status(200).send(body);\n}\n",
      filename: 'pages/api/v1/keys.ts',
      settings: {"prodready": {"helperModules": {"no-wildcard-cors": "@/lib/cors"}}},
      errors: [{ messageId: 'wildcard', line: 4, suggestions: [{ messageId: 'useAllowlist', output: "import { applyCors } from '@/lib/cors';\nexport default async function handler(req, res) {\n  const body = JSON.stringify(await loadJwks());\n  res.setHeader('Cache-Control', 'private, no-store');\n  applyCors(res, req.headers.origin);\n  res.status(200).send(body);\n}\n" }] }],
    },
    // Credentials set only in the other branch (civitai's addCorsHeaders): a plain wildcard, not the credentialed pair.
    {
      code: "export const addCorsHeaders = (req, res, allowCredentials = false) => {\n  if (allowCredentials) {\n    const allowed = ALLOWED.find((o) => req.headers.origin?.startsWith(o)) ?? ALLOWED[0];\n    res.setHeader('Access-Control-Allow-Origin', allowed);\n    res.setHeader('Access-Control-Allow-Credentials', 'true');\n  } else {\n    res.setHeader('Access-Control-Allow-Origin', '*');\n  }\n};\n",
      filename: 'src/server/utils/endpoint-helpers.ts',
      settings: {"prodready": {"helperModules": {"no-wildcard-cors": "@/lib/cors"}}},
      errors: [{ messageId: 'wildcard', line: 7, suggestions: [{ messageId: 'useAllowlist', output: "import { applyCors } from '@/lib/cors';\nexport const addCorsHeaders = (req, res, allowCredentials = false) => {\n  if (allowCredentials) {\n    const allowed = ALLOWED.find((o) => req.headers.origin?.startsWith(o)) ?? ALLOWED[0];\n    res.setHeader('Access-Control-Allow-Origin', allowed);\n    res.setHeader('Access-Control-Allow-Credentials', 'true');\n  } else {\n    applyCors(res, req.headers.origin);\n  }\n};\n" }] }],
    },
    // Twin: both in the same branch.
    {
      code: "export const addCorsHeaders = (req, res, allowCredentials = false) => {\n  if (allowCredentials) {\n    res.setHeader('Access-Control-Allow-Origin', '*');\n    res.setHeader('Access-Control-Allow-Credentials', 'true');\n  }\n};\n",
      filename: 'src/server/utils/endpoint-helpers.ts',
      settings: {"prodready": {"helperModules": {"no-wildcard-cors": "@/lib/cors"}}},
      errors: [{ messageId: 'wildcardWithCredentials', line: 3, suggestions: [{ messageId: 'useAllowlist', output: "import { applyCors } from '@/lib/cors';\nexport const addCorsHeaders = (req, res, allowCredentials = false) => {\n  if (allowCredentials) {\n    applyCors(res, req.headers.origin);\n    res.setHeader('Access-Control-Allow-Credentials', 'true');\n  }\n};\n" }] }],
    },
    // Hono's cors({ origin: '*', credentials: true }) (karakeep's API): the credentialed wildcard.
    {
      code: "import { Hono } from 'hono';\nimport { cors } from 'hono/cors';\n\nexport const api = new Hono();\napi.use(\n  cors({\n    origin: '*',\n    allowHeaders: ['Authorization', 'Content-Type'],\n    credentials: true,\n  }),\n);\n",
      filename: "packages/api/index.ts",
      errors: [{ messageId: 'wildcardWithCredentials', line: 7, column: 5 }],
    },

    // Twin: the same response as JSON.
    {
      code: "import { serve } from 'bun';\nimport path from 'path';\n\nserve({\n  port: 8083,\n  async fetch(req) {\n    const { pathname } = new URL(req.url);\n    if (pathname !== '/') return new Response('Not found', { status: 404 });\n    const file = Bun.file(path.resolve(import.meta.dir, '../public/embed.js'));\n    return new Response(file, {\n      headers: {\n        'Content-Type': 'application/json',\n        'Cache-Control': 'public, max-age=31536000',\n        'Access-Control-Allow-Origin': '*',\n      },\n    });\n  },\n});\n",
      filename: "apps/cdn/server/index.ts",
      settings: {"prodready": {"helperModules": {"no-wildcard-cors": "@/lib/cors"}}},
      errors: [{ messageId: 'wildcard', line: 14, column: 9, suggestions: [{ messageId: 'useAllowlist', output: "import { serve } from 'bun';\nimport path from 'path';\nimport { corsHeaders } from '@/lib/cors';\n\nserve({\n  port: 8083,\n  async fetch(req) {\n    const { pathname } = new URL(req.url);\n    if (pathname !== '/') return new Response('Not found', { status: 404 });\n    const file = Bun.file(path.resolve(import.meta.dir, '../public/embed.js'));\n    return new Response(file, {\n      headers: {\n        'Content-Type': 'application/json',\n        'Cache-Control': 'public, max-age=31536000',\n        ...corsHeaders(req.headers.get('origin')),\n      },\n    });\n  },\n});\n" }] }],
    },

    // Twin: the same middleware in server code.
    {
      code: "import type { StorybookConfig } from '@storybook/react-vite';\nconst meta = { location: 'apps/web' };\nconst config: StorybookConfig = {\n  framework: '@storybook/react-vite',\n  viteFinal(cfg) {\n    cfg.plugins = [...(cfg.plugins ?? []), {\n      name: 'serve-metadata',\n      configureServer(server) {\n        server.middlewares.use((req, res, next) => {\n          if (req.url !== '/metadata.json') return next();\n          res.setHeader('Content-Type', 'application/json');\n          res.setHeader('Access-Control-Allow-Origin', '*');\n          res.end(JSON.stringify(meta));\n        });\n      },\n    }];\n    return cfg;\n  },\n};\nexport default config;\n",
      filename: "server/metadata.ts",
      settings: {"prodready": {"helperModules": {"no-wildcard-cors": "@/lib/cors"}}},
      errors: [{ messageId: 'wildcard', line: 12, column: 56, suggestions: [{ messageId: 'useAllowlist', output: "import type { StorybookConfig } from '@storybook/react-vite';\nimport { applyCors } from '@/lib/cors';\nconst meta = { location: 'apps/web' };\nconst config: StorybookConfig = {\n  framework: '@storybook/react-vite',\n  viteFinal(cfg) {\n    cfg.plugins = [...(cfg.plugins ?? []), {\n      name: 'serve-metadata',\n      configureServer(server) {\n        server.middlewares.use((req, res, next) => {\n          if (req.url !== '/metadata.json') return next();\n          res.setHeader('Content-Type', 'application/json');\n          applyCors(res, req.headers.origin);\n          res.end(JSON.stringify(meta));\n        });\n      },\n    }];\n    return cfg;\n  },\n};\nexport default config;\n" }] }],
    },

    // JSON, not an asset; and a '*' set under an unrelated condition.
    {
      code: "export async function POST(req: Request) {\n  return new Response(JSON.stringify(await load()), { headers: { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' } });\n}\n",
      filename: FILES.route,
      errors: [{ messageId: 'wildcard', line: 2, suggestions: [{ messageId: 'useAllowlist', data: {"call": "corsHeaders(req.headers.get('origin'))"}, output: "export async function POST(req: Request) {\n  return new Response(JSON.stringify(await load()), { headers: { 'Content-Type': 'application/json', ...corsHeaders(req.headers.get('origin')) } });\n}\n\n/**\n * The origins allowed to call the API from a browser, from a comma-separated env var\n * (`CORS_ALLOWED_ORIGINS=https://app.example.com,https://admin.example.com`). Unset means no\n * cross-origin access at all: the safe default.\n */\nconst allowedOrigins: readonly string[] = (process.env.CORS_ALLOWED_ORIGINS?.split(',') ?? [])\n  .map((o) => o.trim().replace(/\\/$/, ''))\n  .filter((o) => o.length > 0);\n\nconst allowed = new Set(allowedOrigins);\n\n/** Whether a request's `Origin` header is on the allowlist (exact match, scheme and port included). */\nfunction isAllowedOrigin(origin: string | null | undefined): origin is string {\n  return typeof origin === 'string' && allowed.has(origin);\n}\n\n/**\n * CORS response headers for a request's `Origin`: the origin is echoed only when it is allowlisted,\n * and `Vary: Origin` is always sent so shared caches never serve one origin's answer to another.\n */\nfunction corsHeaders(origin: string | null | undefined): Record<string, string> {\n  const headers: Record<string, string> = { Vary: 'Origin' };\n  if (isAllowedOrigin(origin)) {\n    headers['Access-Control-Allow-Origin'] = origin;\n    headers['Access-Control-Allow-Methods'] = 'GET, POST, OPTIONS';\n    headers['Access-Control-Allow-Headers'] = 'Content-Type, Authorization';\n    headers['Access-Control-Max-Age'] = '600';\n    // Only with an allowlisted origin: never combine credentials with `*` or a reflected origin.\n    headers['Access-Control-Allow-Credentials'] = 'true';\n  }\n  return headers;\n}\n" }] }],
    },
    {
      code: "export async function POST(req: Request) {\n  const headers = new Headers();\n  if (req.headers.get('x-mode') !== 'strict') headers.set('Access-Control-Allow-Origin', '*');\n  return new Response(null, { headers });\n}\n",
      filename: FILES.route,
      errors: [{ messageId: 'wildcard', line: 3, suggestions: [{ messageId: 'useAllowlist', data: {"call": "applyCors(headers, req.headers.get('origin'))"}, output: "export async function POST(req: Request) {\n  const headers = new Headers();\n  if (req.headers.get('x-mode') !== 'strict') applyCors(headers, req.headers.get('origin'));\n  return new Response(null, { headers });\n}\n\n/**\n * The origins allowed to call the API from a browser, from a comma-separated env var\n * (`CORS_ALLOWED_ORIGINS=https://app.example.com,https://admin.example.com`). Unset means no\n * cross-origin access at all: the safe default.\n */\nconst allowedOrigins: readonly string[] = (process.env.CORS_ALLOWED_ORIGINS?.split(',') ?? [])\n  .map((o) => o.trim().replace(/\\/$/, ''))\n  .filter((o) => o.length > 0);\n\nconst allowed = new Set(allowedOrigins);\n\n/** Whether a request's `Origin` header is on the allowlist (exact match, scheme and port included). */\nfunction isAllowedOrigin(origin: string | null | undefined): origin is string {\n  return typeof origin === 'string' && allowed.has(origin);\n}\n\n/**\n * CORS response headers for a request's `Origin`: the origin is echoed only when it is allowlisted,\n * and `Vary: Origin` is always sent so shared caches never serve one origin's answer to another.\n */\nfunction corsHeaders(origin: string | null | undefined): Record<string, string> {\n  const headers: Record<string, string> = { Vary: 'Origin' };\n  if (isAllowedOrigin(origin)) {\n    headers['Access-Control-Allow-Origin'] = origin;\n    headers['Access-Control-Allow-Methods'] = 'GET, POST, OPTIONS';\n    headers['Access-Control-Allow-Headers'] = 'Content-Type, Authorization';\n    headers['Access-Control-Max-Age'] = '600';\n    // Only with an allowlisted origin: never combine credentials with `*` or a reflected origin.\n    headers['Access-Control-Allow-Credentials'] = 'true';\n  }\n  return headers;\n}\n\n/** Sets the CORS headers on a `Headers` object (App Router, middleware) or a Node response (Pages API). */\nfunction applyCors(\n  target: Headers | { setHeader(name: string, value: string): unknown },\n  origin: string | null | undefined,\n): void {\n  for (const [name, value] of Object.entries(corsHeaders(origin))) {\n    if (target instanceof Headers) target.set(name, value);\n    else target.setHeader(name, value);\n  }\n}\n" }] }],
    },
    // Seed 002: a module-level corsHeaders const on a POST API route.
    {
      code: `const corsHeaders = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'POST, OPTIONS',
};
export async function POST(req: Request) {
  return Response.json({ ok: true }, { headers: corsHeaders });
}`,
      filename: FILES.route,
      errors: [{ messageId: 'wildcard', line: 2, column: 3, suggestions: [] }],
    },
    // Wildcard + credentials (eval: analytics route), even on a GET-only route.
    {
      code: `const corsHeaders = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Credentials': 'true',
};
export async function GET() { return Response.json({}, { headers: corsHeaders }); }`,
      filename: FILES.srcRoute,
      errors: [{ messageId: 'wildcardWithCredentials', line: 2 }],
    },
    // Inline headers with a request in scope: suggestion spreads corsHeaders(origin).
    {
      code: `export async function POST(req: Request) {
  return Response.json({ ok: true }, { headers: { 'Access-Control-Allow-Origin': '*', 'X-A': '1' } });
}`,
      filename: FILES.route,
      settings: helper,
      errors: [
        {
          messageId: 'wildcard',
          line: 2,
          column: 51,
          suggestions: [
            {
              messageId: 'useAllowlist',
              output: `import { corsHeaders } from '@/lib/cors';
export async function POST(req: Request) {
  return Response.json({ ok: true }, { headers: { ...corsHeaders(req.headers.get('origin')), 'X-A': '1' } });
}`,
            },
          ],
        },
      ],
    },
    // Middleware headers.set('*'): suggestion applies the helper (inlined without helperModules).
    {
      code: `import { NextResponse } from 'next/server';
export function middleware(request) {
  const res = NextResponse.next();
  res.headers.set('Access-Control-Allow-Origin', '*');
  return res;
}
`,
      filename: FILES.middleware,
      errors: [
        {
          messageId: 'wildcard',
          line: 4,
          column: 50,
          suggestions: [
            {
              messageId: 'useAllowlist',
              output: `import { NextResponse } from 'next/server';
export function middleware(request) {
  const res = NextResponse.next();
  applyCors(res.headers, request.headers.get('origin'));
  return res;
}

/**
 * The origins allowed to call the API from a browser, from a comma-separated env var
 * (\`CORS_ALLOWED_ORIGINS=https://app.example.com,https://admin.example.com\`). Unset means no
 * cross-origin access at all: the safe default.
 */
const allowedOrigins: readonly string[] = (process.env.CORS_ALLOWED_ORIGINS?.split(',') ?? [])
  .map((o) => o.trim().replace(/\\/$/, ''))
  .filter((o) => o.length > 0);

const allowed = new Set(allowedOrigins);

/** Whether a request's \`Origin\` header is on the allowlist (exact match, scheme and port included). */
function isAllowedOrigin(origin: string | null | undefined): origin is string {
  return typeof origin === 'string' && allowed.has(origin);
}

/**
 * CORS response headers for a request's \`Origin\`: the origin is echoed only when it is allowlisted,
 * and \`Vary: Origin\` is always sent so shared caches never serve one origin's answer to another.
 */
function corsHeaders(origin: string | null | undefined): Record<string, string> {
  const headers: Record<string, string> = { Vary: 'Origin' };
  if (isAllowedOrigin(origin)) {
    headers['Access-Control-Allow-Origin'] = origin;
    headers['Access-Control-Allow-Methods'] = 'GET, POST, OPTIONS';
    headers['Access-Control-Allow-Headers'] = 'Content-Type, Authorization';
    headers['Access-Control-Max-Age'] = '600';
    // Only with an allowlisted origin: never combine credentials with \`*\` or a reflected origin.
    headers['Access-Control-Allow-Credentials'] = 'true';
  }
  return headers;
}

/** Sets the CORS headers on a \`Headers\` object (App Router, middleware) or a Node response (Pages API). */
function applyCors(
  target: Headers | { setHeader(name: string, value: string): unknown },
  origin: string | null | undefined,
): void {
  for (const [name, value] of Object.entries(corsHeaders(origin))) {
    if (target instanceof Headers) target.set(name, value);
    else target.setHeader(name, value);
  }
}
`,
            },
          ],
        },
      ],
    },
    // Reflected origin with credentials (papermark tus viewer), Pages API setHeader.
    {
      code: `export default function handler(req, res) {
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin || '*');
  res.end();
}`,
      filename: FILES.pagesApi,
      settings: helper,
      errors: [
        {
          messageId: 'reflectedOriginWithCredentials',
          line: 3,
          column: 48,
          suggestions: [
            {
              messageId: 'useAllowlist',
              output: `import { applyCors } from '@/lib/cors';
export default function handler(req, res) {
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  applyCors(res, req.headers.origin);
  res.end();
}`,
            },
          ],
        },
      ],
    },
    // Reflected through a variable, no check.
    {
      code: `export async function POST(request: Request) {
  const origin = request.headers.get('Origin') ?? '';
  return Response.json({}, { headers: { 'Access-Control-Allow-Origin': origin } });
}`,
      filename: FILES.route,
      settings: helper,
      errors: [
        {
          messageId: 'reflectedOrigin',
          line: 3,
          suggestions: [
            {
              messageId: 'useAllowlist',
              output: `import { corsHeaders } from '@/lib/cors';
export async function POST(request: Request) {
  const origin = request.headers.get('Origin') ?? '';
  return Response.json({}, { headers: { ...corsHeaders(request.headers.get('origin')) } });
}`,
            },
          ],
        },
      ],
    },
    // The same helper with only a presence test of the fallback-read origin: still echoed to every website. No
    // suggestion: the file's own `corsHeaders` would be called instead of the allowlist helper.
    {
      code: `function corsHeaders(req: Request): Record<string, string> {
  const origin = req.headers.get('origin') ?? '';
  if (!origin) return {};
  return { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' };
}
export async function POST(req: Request) {
  return Response.json({ ok: true }, { headers: corsHeaders(req) });
}`,
      filename: FILES.route,
      settings: helper,
      errors: [{ messageId: 'reflectedOrigin', line: 4, suggestions: [] }],
    },
    // Assignment form.
    {
      code: `export async function POST(req) {
  const headers = {};
  headers['Access-Control-Allow-Origin'] = req.headers.get('origin');
  return new Response('x', { headers });
}`,
      filename: FILES.jsRoute,
      errors: [{ messageId: 'reflectedOrigin', line: 3 }],
    },
    // next.config: credentials + wildcard, and a wildcard over every API route.
    {
      code: `module.exports = {
  async headers() {
    return [
      { source: '/api/:path*', headers: [
        { key: 'Access-Control-Allow-Credentials', value: 'true' },
        { key: 'Access-Control-Allow-Origin', value: '*' },
      ] },
      { source: '/(.*)', headers: [{ key: 'Access-Control-Allow-Origin', value: '*' }] },
    ];
  },
};`,
      filename: 'next.config.js',
      errors: [
        { messageId: 'wildcardWithCredentials', line: 6, suggestions: [] },
        { messageId: 'wildcard', line: 8 },
      ],
    },
    // Twin: the same const also listed for the API routes.
    {
      code: `const ACAO_HEADER = { key: 'Access-Control-Allow-Origin', value: '*' };
module.exports = { async headers() { return [
  { source: '/icons/sprite.svg', headers: [ACAO_HEADER] },
  { source: '/api/:path*', headers: [ACAO_HEADER] },
]; } };`,
      filename: 'next.config.js',
      errors: [{ messageId: 'wildcard', line: 1 }],
    },
    // new Headers([[...]]) in a mutating route.
    {
      code: "export async function DELETE() { return new Response(null, { headers: new Headers([['Access-Control-Allow-Origin', '*']]) }); }",
      filename: FILES.route,
      errors: [{ messageId: 'wildcard' }],
    },
    // GET route that reads cookies: not a public read.
    {
      code: `import { cookies } from 'next/headers';
export async function GET() {
  const c = (await cookies()).get('sid');
  return Response.json({ c }, { headers: { 'Access-Control-Allow-Origin': '*' } });
}`,
      filename: FILES.route,
      errors: [{ messageId: 'wildcard', line: 4 }],
    },
    // A shared lib helper.
    {
      code: "export const COMMON_CORS_HEADERS = { 'Access-Control-Allow-Origin': '*' };",
      filename: 'lib/api/cors.ts',
      errors: [{ messageId: 'wildcard' }],
    },
    // cors package: origin '*', origin: true with credentials, and the default cors().
    {
      code: "import Cors from 'cors';\nexport const cors = Cors({ origin: '*', methods: ['POST'] });",
      filename: FILES.lib,
      errors: [{ messageId: 'wildcard', line: 2 }],
    },
    {
      code: "import Cors from 'cors';\nexport const cors = Cors({ origin: true, credentials: true });",
      filename: FILES.lib,
      errors: [{ messageId: 'reflectedOriginWithCredentials', line: 2 }],
    },
    {
      code: "const cors = require('cors');\napp.use(cors());",
      filename: 'server/index.js',
      errors: [{ messageId: 'wildcard', line: 2 }],
    },
    // reportPublicReads: the GET-only public route is reported too.
    {
      code: "export async function GET() { return Response.json([], { headers: { 'Access-Control-Allow-Origin': '*' } }); }",
      filename: 'app/api/countries/route.ts',
      options: [{ reportPublicReads: true }],
      errors: [{ messageId: 'wildcard' }],
    },
    // Twin: the same probe answering POST only.
    { code: "import axios from 'axios';\n\nexport default async function handler(request, response) {\n  if (request.method !== 'POST') {\n    response.status(405).json({ error: 'Method not allowed' });\n    return;\n  }\n  const { headers } = await axios.head(String(request.query.url), { timeout: 5000 });\n  response.setHeader('Access-Control-Allow-Origin', '*');\n  response.status(200).json({ mediaType: headers['content-type'] });\n}\n", filename: 'src/pages/api/v1/bookmarks/get/get-media-type.ts', settings: {"prodready": {"helperModules": {"no-wildcard-cors": "@/lib/cors"}}}, errors: [{ messageId: 'wildcard', line: 9, column: 53, suggestions: [{ messageId: 'useAllowlist', output: "import axios from 'axios';\nimport { applyCors } from '@/lib/cors';\n\nexport default async function handler(request, response) {\n  if (request.method !== 'POST') {\n    response.status(405).json({ error: 'Method not allowed' });\n    return;\n  }\n  const { headers } = await axios.head(String(request.query.url), { timeout: 5000 });\n  applyCors(response, request.headers.origin);\n  response.status(200).json({ mediaType: headers['content-type'] });\n}\n" }] }] },
    // Twin: the chain also mounts a `post` handler that writes.
    { code: "import Cors from 'cors';\nimport { apiHandler, prisma } from '../../utils.server';\n\nexport default apiHandler()\n  .use(Cors({ methods: ['GET', 'POST', 'OPTIONS'] }))\n  .get(async (req, res) => {\n    res.json({ data: await prisma.comment.count({ where: { approved: true } }) });\n  })\n  .post(async (req, res) => {\n    res.json({ data: await prisma.comment.create({ data: req.body }) });\n  });\n", filename: 'pages/api/comments/count.ts', errors: [{ messageId: 'wildcard', line: 5, column: 8, suggestions: [] }] },
  ],
});
