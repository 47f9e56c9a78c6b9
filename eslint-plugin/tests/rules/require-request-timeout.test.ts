import rule from '../../src/rules/require-request-timeout';
import { ruleTester, FILES } from '../rule-tester';
import { desktopFixtures } from '../desktop-fixtures';
import { getSnippet, pruneToNames } from '../../src/utils/snippets';

const sig = 'signal: AbortSignal.timeout(10_000)';
/** The app's helper module for the snippet: the fetchWithTimeout suggestion imports from it. */
const helper = { prodready: { helperModules: { 'require-request-timeout': '@/lib/fetch-with-timeout' } } };
const IMPORT = "import { fetchWithTimeout } from '@/lib/fetch-with-timeout';";
/** Without a helper module, the suggestion appends the snippet's code (exports dropped) to the file. */
/** The code with the snippet's `helper` (and what it needs, nothing else) appended, as the suggestion inlines it. */
const inlined = (code: string, helper = 'fetchWithTimeout'): string =>
  `${code}${code.endsWith('\n') ? '\n' : '\n\n'}${pruneToNames(getSnippet('require-request-timeout').code, [helper])
    .replace(/^export\s+(?=(?:async\s+)?(?:function|const|let|class|interface|type)\b)/gm, '')
    .trim()}\n`;

/** heyxyz/hey's `packages/helpers/api/getPreferences.ts`: the web app's client of its own API (called by React providers). */
/** sourcebot's setup wizard entry (`#!`, `@inquirer/prompts`): it also probes a port with `net.createServer().listen()`. */
const WIZARD_MAIN = "#!/usr/bin/env node\nimport { confirm } from '@inquirer/prompts';\nimport net from 'node:net';\n\nconst DOCKER_COMPOSE_URL = 'https://raw.githubusercontent.com/example/app/main/docker-compose.yml';\n\nfunction isPortFree(port: number): Promise<boolean> {\n  return new Promise((resolve) => {\n    const server = net.createServer();\n    server.once('error', () => resolve(false));\n    server.once('listening', () => server.close(() => resolve(true)));\n    server.listen(port);\n  });\n}\n\nasync function main() {\n  if (!(await isPortFree(3000))) process.exit(1);\n  if (await confirm({ message: 'Download docker-compose.yml?' })) {\n    const res = await fetch(DOCKER_COMPOSE_URL);\n    console.log(await res.text());\n  }\n}\n\nmain();\n";
/** Twin: the same script without the prompts, a process that opens a server: still checked. */
const WIZARD_MAIN_TWIN = "#!/usr/bin/env node\nimport net from 'node:net';\n\nconst DOCKER_COMPOSE_URL = 'https://raw.githubusercontent.com/example/app/main/docker-compose.yml';\n\nfunction isPortFree(port: number): Promise<boolean> {\n  return new Promise((resolve) => {\n    const server = net.createServer();\n    server.once('error', () => resolve(false));\n    server.once('listening', () => server.close(() => resolve(true)));\n    server.listen(port);\n  });\n}\n\nasync function main() {\n  if (!(await isPortFree(3000))) process.exit(1);\n  if (process.argv.includes('--download')) {\n    const res = await fetch(DOCKER_COMPOSE_URL);\n    console.log(await res.text());\n  }\n}\n\nmain();\n";
const HEY_API_CLIENT = "import { HEY_API_URL } from \"@hey/data/constants\";\nimport type { Preferences } from \"@hey/types/hey\";\nimport axios from \"axios\";\n\nconst getPreferences = async (headers: any): Promise<Preferences> => {\n  try {\n    const { data } = await axios.get(`${HEY_API_URL}/preferences/get`, {\n      headers\n    });\n\n    return data.result;\n  } catch {\n    return { appIcon: 0, includeLowScore: false, permissions: [] };\n  }\n};\n\nexport default getPreferences;\n";

/** rallly's landing `opengraph-image.tsx`: Vercel's OG docs font loader, Google Fonts' CSS, then the font file it names. */
const OG_FONT_LOADER = `import { readFile } from "node:fs/promises";
import { ImageResponse } from "next/og";

async function loadCjkFont(text: string, weight: 400 | 700) {
  const cssUrl = \`https://fonts.googleapis.com/css2?family=Noto+Sans+SC:wght@\${weight}&text=\${encodeURIComponent(text)}\`;
  const css = await (await fetch(cssUrl)).text();
  const url = css.match(/src:\\s*url\\((.+?)\\)/)?.[1];
  if (!url) throw new Error("No font");
  return (await fetch(url)).arrayBuffer();
}
`;
const OG_FONT_ROUTE = `${OG_FONT_LOADER}
export default async function Image() {
  const font = await loadCjkFont("会议", 400);
  return new ImageResponse(<div>会议</div>, { fonts: [{ name: "cjk", data: font }] });
}
`;
const BUILD_CONFIG_FETCH =
  "export async function loadRedirects() {\n  const url = `https://cdn.contentful.com/spaces/${process.env.CONTENTFUL_SPACE_ID}/entries?access_token=${process.env.CONTENTFUL_ACCESS_TOKEN}`;\n  const res = await fetch(url);\n  return res.json();\n}\n";
/** `host`: the env var of the host the loader reads from (the real shape reads the app's own deployment, `VERCEL_URL`). */
const OG_FILE_LOADER = (read: string, host = 'VERCEL_URL') =>
  `import { ImageResponse } from 'next/og';\n\nasync function loadFileData(path: string) {\n  const response = await fetch(\`https://\${process.env.${host}}/\${path}\`);\n  return await response.${read}();\n}\n\nexport default async function Image() {\n  const logo = await loadFileData('logo.svg');\n  const font = await fetch(process.env.OG_FONT_URL!).then((res) => res.arrayBuffer());\n  return new ImageResponse(<div>{String(logo)}</div>, { fonts: [{ name: 'Mono', data: font }] });\n}\n`;
const RACED_LATER_TWIN =
  "export async function middleware() {\n  const req = fetch(BOTD_URL, { method: 'POST' });\n  const [res] = await Promise.all([req, logVisit()]);\n  return res;\n}\n";
const OG_FONT_DATA_ROUTE = `${OG_FONT_LOADER}
export default async function Image({ params }: { params: { id: string } }) {
  const poll = await fetch(\`https://api.example.com/polls/\${params.id}\`).then((r) => r.json());
  const font = await loadCjkFont(poll.title, 400);
  return new ImageResponse(<div>{poll.title}</div>, { fonts: [{ name: "cjk", data: font }] });
}
`;

/** rybbit's tracking script `server/src/analytics-script/tracking.ts`: bundled by esbuild for the browser, it reads the page unguarded. */
const PAGE_TRACKER = (read: string) =>
  `export class Tracker {\n  constructor(private config: { analyticsHost: string }) {}\n\n  buildPayload() {\n    return { ${read} };\n  }\n\n  async send(payload: unknown) {\n    try {\n      await fetch(\`\${this.config.analyticsHost}/track\`, { method: 'POST', body: JSON.stringify(payload) });\n    } catch {}\n  }\n}\n`;
const PAGE_TRACKER_CODE = PAGE_TRACKER('page_title: document.title, referrer: document.referrer, width: window.innerWidth');
/** Twin: the same module where the page is only named in the text of an HTML page the server sends: server code. */
const PAGE_TRACKER_HTML = PAGE_TRACKER("html: '<script>document.title = window.location.href</script>'");
/** Twin: a local `document` record (ai-chatbot's AI tool reads `document.title` of a stored document): server code. */
const LOCAL_DOCUMENT = "import { streamText } from 'ai';\n\nexport async function suggest(id: string, url: string) {\n  const document = await getDocumentById(id);\n  await fetch(url, { method: 'POST', body: document.title });\n}\n";

/** clinic-fe's Pages API catch-all proxy: http-proxy forwarding to the backend with the session cookie as a bearer token. */
const HTTP_PROXY_ROUTE = (create: string, web: string) =>
  `import Cookies from 'cookies';\nimport httpProxy from 'http-proxy';\nimport type { NextApiRequest, NextApiResponse } from 'next';\n\nexport const config = { api: { bodyParser: false, externalResolver: true } };\n\nconst proxy = httpProxy.createProxyServer(${create});\n\nexport default function handler(req: NextApiRequest, res: NextApiResponse) {\n  const token = new Cookies(req, res).get('access_token');\n  if (token) req.headers.authorization = 'Bearer ' + token;\n  req.headers.cookie = '';\n  proxy.web(req, res, ${web});\n}\n`;

ruleTester.run('require-request-timeout', rule, {
  valid: [
    // http-proxy with a bound on the proxy or on its web() call, or web() options out of sight (they may set one).
    { code: HTTP_PROXY_ROUTE('{ proxyTimeout: 30_000 }', '{ target: process.env.API_URL, changeOrigin: true }'), filename: 'pages/api/[...path].ts' },
    { code: HTTP_PROXY_ROUTE('', '{ target: process.env.API_URL, changeOrigin: true, proxyTimeout: 30_000 }'), filename: 'pages/api/[...path].ts' },
    { code: HTTP_PROXY_ROUTE('', 'proxyOptions').replace("import type", "import { proxyOptions } from '@/lib/proxy';\nimport type"), filename: 'pages/api/[...path].ts' },
    // A WebSocket proxy: its connections stay open by design.
    { code: HTTP_PROXY_ROUTE('{ ws: true }', '{ target: process.env.API_URL }'), filename: 'pages/api/[...path].ts' },
    // rybbit's browser tracking script under server/src/analytics-script/: it reads document.title and window.innerWidth with no typeof guard, so it never runs in Node.
    { code: PAGE_TRACKER_CODE, filename: 'server/src/analytics-script/tracking.ts' },
    // @google/generative-ai with request options that set a timeout
    {"code": "import { GoogleGenerativeAI } from '@google/generative-ai';\nconst genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY!);\nexport const model = genAI.getGenerativeModel({ model: 'gemini-1.5-flash' }, { timeout: 30_000 });\n", "filename": "lib/gemini.ts"},
    // every call through the model passes its own signal
    {"code": "import { GoogleGenerativeAI } from '@google/generative-ai';\nconst genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY!);\nexport async function POST(req: Request) {\n  const model = genAI.getGenerativeModel({ model: 'gemini-1.5-flash' });\n  const result = await model.generateContent(await req.text(), { signal: req.signal });\n  return Response.json({ text: result.response.text() });\n}\n", "filename": "app/api/generate/route.ts"},
    // a chained call with its own timeout
    {"code": "import { GoogleGenerativeAI } from '@google/generative-ai';\nconst genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY!);\nexport async function POST(req: Request) {\n  const r = await genAI.getGenerativeModel({ model: 'gemini-1.5-flash' }).generateContent(await req.text(), { timeout: 20_000 });\n  return Response.json({ text: r.response.text() });\n}\n", "filename": "app/api/generate/route.ts"},
    // request options from another module (not visible)
    {"code": "import { GoogleGenerativeAI } from '@google/generative-ai';\nimport { requestOptions } from './options';\nconst genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY!);\nexport const model = genAI.getGenerativeModel({ model: 'gemini-1.5-flash' }, requestOptions);\n", "filename": "lib/gemini.ts"},
    // firebase/ai's getGenerativeModel (its requests default to 180 s)
    {"code": "import { getGenerativeModel } from 'firebase/ai';\nexport const model = ai.getGenerativeModel({ model: 'gemini-1.5-flash' });\n", "filename": "lib/gemini.ts"},
    // The twin with the request's signal: the transcription stops when the client leaves.
    { code: "import { openai } from '@ai-sdk/openai';\nimport { experimental_transcribe as transcribe } from 'ai';\n\nexport async function POST(req: Request) {\n  const { audio } = (await req.json()) as { audio: string };\n  const result = await transcribe({ model: openai.transcription('gpt-4o-mini-transcribe'), audio: Buffer.from(audio, 'base64'), abortSignal: req.signal });\n  return Response.json({ text: result.text });\n}\n", filename: 'src/app/api/transcribe/route.ts' },
    // mem0's vercel-ai-sdk integration: `config/test-config.ts` is the tests' configuration (it fetches the entity to clean up after them).
    {"code": "import dotenv from 'dotenv';\n\ndotenv.config();\n\nexport const testConfig = {\n  apiKey: process.env.MEM0_API_KEY,\n  deleteId: '',\n  fetchDeleteId: async function () {\n    const options = { method: 'GET', headers: { Authorization: `Token ${this.apiKey}` } };\n    const response = await fetch('https://api.mem0.ai/v1/entities/', options);\n    const data = await response.json();\n    this.deleteId = data.results[0].id;\n  },\n};\n", "filename": "integrations/vercel-ai-sdk/config/test-config.ts"},
    // postgres-new's apps/web/sw.ts: a service worker (named sw.ts, declaring ServiceWorkerGlobalScope) runs in the browser; its fetch(event.request) and Response never leave the user's device.
    {"code": "import { streamText } from 'ai';\n\ndeclare const self: ServiceWorkerGlobalScope;\n\nasync function handleRequest(event: FetchEvent) {\n  const provider = await loadProvider();\n  if (!provider?.enabled) return fetch(event.request);\n  try {\n    const result = streamText({ model: provider.model, messages: await event.request.json() });\n    return result.toDataStreamResponse();\n  } catch (error) {\n    return new Response(`Error streaming from service worker: ${error}`, { status: 500 });\n  }\n}\n\nself.addEventListener('fetch', (event) => {\n  event.respondWith(handleRequest(event));\n});\n", "filename": "apps/web/sw.ts"},
    { code: WIZARD_MAIN, filename: 'packages/setupWizard/src/index.ts' },
    // A font loader of an OG image route (Google Fonts' CSS, then the font file it names): a static asset, not an API.
    { code: OG_FONT_ROUTE, filename: 'apps/landing/src/app/[locale]/opengraph-image.tsx' },
    // trevor-nichols' BFF clients (lib/api): a const holding a path helper's path, a local function returning one
    // (with a guard that throws), a template starting with its call, a conditional between two: all root-relative.
    { code: "import { apiV1Path } from '@/lib/apiPaths';\n\nconst CHAT_ROUTE = apiV1Path('/chat');\nconst paymentMethodsPath = (tenantId: string) => {\n  if (!tenantId) {\n    throw new Error('Tenant id is required.');\n  }\n  return apiV1Path(`/billing/tenants/${encodeURIComponent(tenantId)}/payment-methods`);\n};\n\nexport async function sendChat(body: unknown): Promise<Response> {\n  return fetch(CHAT_ROUTE, { method: 'POST', body: JSON.stringify(body) });\n}\n\nexport async function fetchPaymentMethods(tenantId: string): Promise<unknown> {\n  const response = await fetch(paymentMethodsPath(tenantId), { method: 'GET' });\n  return response.json();\n}\n\nexport async function createSetupIntent(tenantId: string): Promise<unknown> {\n  const response = await fetch(`${paymentMethodsPath(tenantId)}/setup-intent`, { method: 'POST' });\n  return response.json();\n}\n\nexport async function startEnrollment(label?: string): Promise<unknown> {\n  const base = apiV1Path('/auth/mfa/totp/enroll');\n  const path = label ? `${base}?label=${encodeURIComponent(label)}` : base;\n  const response = await fetch(path, { method: 'POST', cache: 'no-store' });\n  return response.json();\n}\n", filename: "lib/api/billing.ts" },
    // A path helper over a root-relative template, and a template that starts with one: relative URLs, browser code.
    { code: "import { apiV1Path } from '@/lib/apiPaths';\n\nexport async function fetchTenantSubscription(tenantId: string): Promise<unknown> {\n  const response = await fetch(apiV1Path(`/billing/tenants/${encodeURIComponent(tenantId)}/subscription`), { cache: 'no-store' });\n  return response.json();\n}\n\nexport async function searchConversations(query: string): Promise<unknown> {\n  const params = new URLSearchParams({ q: query });\n  const response = await fetch(`${apiV1Path('/conversations/search')}?${params.toString()}`);\n  return response.json();\n}\n", filename: "lib/api/account.ts" },
    // AFFiNE: a hook module that imports jotai and SWR runs in the browser, whatever env values it reads (a captcha's site key is public anyway).
    { code: "import { useAtom } from 'jotai';\nimport useSWR from 'swr';\n\nconst challengeFetcher = async (url: string) => {\n  const res = await fetch(url);\n  return (await res.json()) as { challenge: string };\n};\n\nexport function useCaptcha(serverUrl: string) {\n  const { data } = useSWR(`${serverUrl}/api/auth/challenge`, challengeFetcher);\n  return { data, siteKey: process.env.CAPTCHA_SITE_KEY };\n}\n", filename: "packages/frontend/core/src/components/affine/auth/use-captcha.tsx" },
    // AFFiNE: a `frontend/` package's `actions/` folder is the editor's AI actions, browser code.
    { code: "export async function generate(url: string) {\n  const res = await fetch(url);\n  return res.json();\n}\n", filename: 'packages/frontend/core/src/blocksuite/ai/actions/edgeless-response.ts' },
    // civitai: an imported wrapper that races the call against a timer, named in `timeoutWrappers`.
    { code: "import { withSignals } from '~/server/signals/wrapper';\nimport { env } from '~/env/server';\n\nexport function joinGroup(userId: number, chatId: number) {\n  withSignals(() =>\n    fetch(`${env.SIGNALS_ENDPOINT}/users/${userId}/groups`, {\n      method: 'POST',\n      body: JSON.stringify(`chat:${chatId}`),\n    })\n  ).catch(() => undefined);\n}\n", filename: "src/server/services/chat.service.ts", options: [{"timeoutWrappers": ["withSignals"]}] },
    // A wrapper of this file that races the call against a timer.
    { code: "async function guarded<T>(fn: () => Promise<T>): Promise<T> {\n  let timer: ReturnType<typeof setTimeout> | undefined;\n  try {\n    return await Promise.race([fn(), new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error('timeout')), 5_000); })]);\n  } finally {\n    clearTimeout(timer);\n  }\n}\n\nexport async function GET() {\n  const res = await guarded(() => fetch(`${process.env.SIGNALS_ENDPOINT}/health`));\n  return Response.json(await res.json());\n}\n", filename: "app/api/health/route.ts" },
    // A coding agent's skill script (civitai's .claude/skills): never ships.
    { code: "export async function callApi(url, token) {\n  const response = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });\n  return response.json();\n}\nconst key = process.env.CIVITAI_API_KEY;\n", filename: ".claude/skills/civitai-orchestration/civitai-client.js" },
    // create-t3-turbo: a Turborepo code generator runs on the developer's machine (turbo gen), never for a request.
    { code: "import { execSync } from 'node:child_process';\nexport default function generator(plop: any): void {\n  plop.setGenerator('init', {\n    actions: [{ type: 'modify', async transform(content: string) {\n      const latest = await fetch('https://registry.npmjs.org/-/package/zod/dist-tags').then((res) => res.json());\n      execSync('pnpm i');\n      return content + latest;\n    } }],\n  });\n}\n", filename: 'turbo/generators/config.ts' },
    // The API client in a shared package's api/ folder (hey's packages/helpers/api/, called by the web app's
    // React providers): a shared package's api/ folder says nothing of where it runs, and nothing else says server.
    { code: HEY_API_CLIENT, filename: 'packages/helpers/api/getPreferences.ts' },
    // Static assets under public/ (big-AGI's pdf.js worker) run in the browser; a root tools/ folder holds dev scripts (big-AGI's tools/develop/).
    { code: "export async function pingLab(prompt) {\n  const res = await fetch('https://api.anthropic.com/v1/messages', {\n    method: 'POST',\n    headers: { 'x-api-key': process.env.ANTHROPIC_API_KEY, 'content-type': 'application/json' },\n    body: JSON.stringify({ prompt }),\n  });\n  return res.json();\n}\n", filename: 'public/vendor/lab-sdk.mjs' },
    { code: "export async function pingLab(prompt) {\n  const res = await fetch('https://api.anthropic.com/v1/messages', {\n    method: 'POST',\n    headers: { 'x-api-key': process.env.ANTHROPIC_API_KEY, 'content-type': 'application/json' },\n    body: JSON.stringify({ prompt }),\n  });\n  return res.json();\n}\n", filename: 'tools/develop/lab/lib.mjs' },
    // A React Query hook that imports next-auth/react (the client entry) runs in the browser (linkwarden).
    { code: "import { useQuery } from \"@tanstack/react-query\";\nimport { useSession } from \"next-auth/react\";\n\ntype MobileAuth = { instance?: string; session?: string; status: string };\n\n// React Query hook shared by the web app and the mobile app: runs in the browser / on the phone.\nexport const useGetLinkHighlights = (linkId: number, auth?: MobileAuth) => {\n  const session = useSession();\n  const status = auth ? auth.status : session.status;\n  return useQuery({\n    queryKey: [\"highlights\", linkId],\n    queryFn: async () => {\n      const response = await fetch(\n        (auth?.instance ? auth.instance : \"\") + `/api/v1/links/${linkId}/highlights`\n      );\n      if (!response.ok) throw new Error(\"Failed to fetch highlights.\");\n      return (await response.json()).response;\n    },\n    enabled: status === \"authenticated\",\n  });\n};\n", filename: 'packages/router/highlights.tsx' },
    // An Open Graph image route loading a font file from the app's CDN (midday's api/og): a static asset, not an API.
    { code: "import { ImageResponse } from \"next/og\";\nimport type { NextRequest } from \"next/server\";\n\nexport const runtime = \"edge\";\n\nexport async function GET(request: NextRequest) {\n  const name = new URL(request.url).searchParams.get(\"name\") ?? \"Midday\";\n\n  // Static font from the app's own CDN; edge runtime must start responding within 25 s anyway.\n  const font = fetch(\n    \"https://cdn.example.com/fonts/Sans-Regular.ttf\",\n  ).then((res) => res.arrayBuffer());\n\n  return new ImageResponse(<div tw=\"flex\">{name}</div>, {\n    width: 1200,\n    height: 630,\n    fonts: [{ name: \"sans\", data: await font, style: \"normal\" }],\n  });\n}\n", filename: 'app/api/og/compare/route.tsx' },
    // Zero's og-api: an OG image route fetching the app's own icon through `new URL(`${APP_URL}/icon.svg`)`: a static asset.
    { code: "import { ImageResponse } from \"next/og\";\nexport const runtime = \"edge\";\n\nexport async function GET() {\n  // The app's own icon, served from its CDN.\n  const icon = await fetch(new URL(`${process.env.NEXT_PUBLIC_APP_URL}/white-icon.svg`)).then((res) => res.arrayBuffer());\n  const src = `data:image/svg+xml;base64,${Buffer.from(icon).toString(\"base64\")}`;\n  return new ImageResponse(<img src={src} width=\"72\" height=\"72\" />, { width: 1200, height: 630 });\n}\n", filename: 'apps/mail/app/og-api/home/route.tsx' },
    // A providers/ module that reads only public env runs in the browser (a React context provider).
    { code: "export async function loadFlags() {\n  const response = await fetch(`${process.env.NEXT_PUBLIC_API_URL}/flags`);\n  return response.json();\n}\n", filename: 'packages/web/src/providers/flags.ts' },
    // Twin of the secret-reading module: no server secret, no server sign (it may run in the browser).
    { code: "import { env } from '@/env';\n\nexport async function notifyWebhook(user: { email: string }) {\n  const url = env.N8N_WEBHOOK_URL;\n  const apiKey = env.NEXT_PUBLIC_N8N_KEY;\n  if (!url || !apiKey) return;\n  await fetch(url, {\n    method: 'POST',\n    headers: { 'x-api-key': apiKey, 'Content-Type': 'application/json' },\n    body: JSON.stringify({ email: user.email }),\n  });\n}\n", filename: "src/utils/n8n/webhook.ts" },

    // A benchmark harness waits for its local stack (karakeep).
    { code: "import { execSync } from 'child_process';\nimport { waitUntil } from './utils';\n\nasync function waitForHealthy(port: number): Promise<void> {\n  await waitUntil(async () => {\n    const res = await fetch(`http://localhost:${port}/api/health`);\n    return res.status === 200;\n  }, 'stack to become healthy', 60_000, 1_000);\n}\n\nexport async function startContainers(port: number) {\n  execSync('docker compose up -d --build', { stdio: 'inherit' });\n  await waitForHealthy(port);\n}\n", filename: "packages/benchmarks/src/startContainers.ts" },

    // A helper in a `_tests/` folder polls the local stack for its scenario tests (langwatch's skills/_tests/helpers/).
    { code: "import fs from 'node:fs';\nexport async function listExperiments(endpoint: string, apiKey: string) {\n  const response = await fetch(`${endpoint}/api/experiments?pageSize=200`, { headers: { authorization: `Bearer ${apiKey}` } });\n  fs.writeFileSync('experiments.json', await response.text());\n}\n", filename: 'skills/_tests/helpers/experiments-scenario.ts' },
    // Test setup in an e2e_tests/ package polls the local stack (karakeep).
    { code: "import { execSync } from 'child_process';\nimport type { GlobalSetupContext } from 'vitest/node';\nimport { waitUntil } from '../utils/general';\n\nasync function waitForHealthy(port: number, timeout = 60_000): Promise<void> {\n  return waitUntil(async () => {\n    const response = await fetch(`http://localhost:${port}/api/health`);\n    return response.status === 200;\n  }, 'stack is healthy', timeout);\n}\n\nexport default async function setup({ provide }: GlobalSetupContext) {\n  execSync('docker compose up -d', { stdio: 'inherit' });\n  await waitForHealthy(3000);\n  provide('port', 3000);\n}\n", filename: "packages/e2e_tests/setup/startContainers.ts" },

    // An exported shutdown controller: other modules read its signal (karakeep's exitAbortController).
    { code: "import logger from './logger';\n\n// Aborted on shutdown; its signal is read by the queue runners in other modules.\nexport const exitAbortController = new AbortController();\n\nexport const shutdownPromise = new Promise((resolve) => {\n  process.on('SIGTERM', () => {\n    logger.info('Received SIGTERM, shutting down ...');\n    exitAbortController.abort();\n    resolve('');\n  });\n});\n", filename: "apps/worker/exit.ts" },

    // Browser code in client-only/ whose only server sign is a type-only Prisma import (documenso's download-pdf.ts).
    { code: "import type { EnvelopeItem } from '@prisma/client';\n\nexport const fetchPDF = async (item: Pick<EnvelopeItem, 'id'>, downloadUrl: string) => {\n  const response = await fetch(downloadUrl);\n  return { id: item.id, blob: await response.blob() };\n};\n", filename: 'packages/lib/client-only/download-pdf.ts' },

    // A module that fetches the app's own API by a root-relative path runs in the browser (documenso's
    // universal/upload/get-file.ts, server-looking only for a Prisma enum import); both its fetches are left alone.
    { code: "import { DocumentDataType } from '@prisma/client';\n\nimport { formatPath } from '../../constants/app';\n\nexport const getFileFromS3 = async (key: string, type: DocumentDataType) => {\n  const presigned = await fetch(formatPath('/api/files/presigned-get-url'), {\n    method: 'POST',\n    body: JSON.stringify({ key, type }),\n  });\n  const { url } = await presigned.json();\n  const response = await fetch(url, { method: 'GET' });\n  return new Uint8Array(await response.arrayBuffer());\n};\n", filename: 'packages/lib/universal/upload/get-file.ts' },
    // The default axios instance given a root-relative path (no baseURL): browser code that imports a server package's enums.
    { code: "import axios from 'axios';\nimport { useRouter } from 'next/navigation';\nimport { SourceKind } from '@prisma/client';\n\nexport const KnowledgePanel = ({ modelId, values }: { modelId: string; values: { kind: SourceKind } }) => {\n  const router = useRouter();\n  const save = async () => {\n    await axios.patch(`/api/v1/models/${modelId}`, values);\n    router.refresh();\n  };\n  return <button onClick={save}>{SourceKind.FILE}</button>;\n};\n", filename: 'components/knowledge-panel.tsx' },
    { code: "import { ItemStatus } from '@prisma/client';\n\nexport async function load(id: string) {\n  const res = await fetch(`/api/items/${id}?status=${ItemStatus.ACTIVE}`);\n  const { url } = await res.json();\n  return fetch(url);\n}\n", filename: 'lib/load-item.ts' },

    // A database seed module outside scripts/ (skateshop's src/lib/actions/seed.ts, run by `db:seed`).
    { code: "import { db } from \"@/db\"\nimport { categories } from \"@/db/schema\"\nimport { faker } from \"@faker-js/faker\"\n\nimport { absoluteUrl } from \"@/lib/utils\"\n\nexport async function revalidateItems() {\n  await fetch(absoluteUrl(\"/api/revalidate\"))\n}\n\nexport async function seedCategories() {\n  await db.delete(categories)\n  await db.insert(categories).values([{ id: faker.string.uuid(), name: faker.commerce.department() }])\n}\n", filename: 'src/lib/actions/seed.ts' },

    // tavla's graphql-tools/introspect.js: a module that exports nothing and fetches at its top level, run by hand to write
    // the schema file; the request runs once per run, with nobody but the developer waiting on it.
    { code: "const fs = require('fs')\n\nconst query = fs.readFileSync('./introspect.graphql', 'utf-8')\n\nfetch('https://api.example.com/graphql', {\n    method: 'POST',\n    headers: { 'Content-Type': 'application/json' },\n    body: JSON.stringify({ query }),\n})\n    .then((res) => res.text())\n    .then((schema) => fs.writeFile('./schema.json', schema, console.log))\n", filename: 'graphql-tools/introspect.js' },
    // A command-line script outside scripts/ (shebang, process.argv, process.exit, no exports).
    { code: "#!/usr/bin/env node\nimport { readFileSync } from 'node:fs';\nconst [url] = process.argv.slice(2);\nconst res = await fetch(url);\nif (!res.ok) process.exit(1);\nconsole.log(await res.text());\n", filename: "check-links.mjs" },

    // A test script run with node against the dev server (chimera-leads' `test-sequences-api.js`): no exports, its own
    // test runner called at the top level.
    { code: "/**\n * Test script for sequence API endpoints\n * Run with: node test-sequences-api.js\n */\nasync function testSequenceAPIs() {\n  const baseUrl = 'http://localhost:3000/api/sequences';\n  const headers = { Cookie: `__session=${process.env.AUTH_TOKEN}` };\n  const listResponse = await fetch(`${baseUrl}/templates`, { headers });\n  console.log(listResponse.status);\n}\n\n// Run the tests\ntestSequenceAPIs();\n", filename: 'test-sequences-api.js' },

    // Time-bounded fetches.
    { code: "await fetch('https://api.example.com', { signal: AbortSignal.timeout(5000) });", filename: FILES.route },
    { code: 'const c = new AbortController(); setTimeout(() => c.abort(), 5000); await fetch(url, { signal: c.signal });', filename: FILES.route },
    { code: 'export async function GET(req: Request) { return fetch(upstream, { signal: req.signal }); }', filename: FILES.route },
    { code: 'export default async function h(req, res) { const r = await fetch(url, { method: "POST", signal }); }', filename: FILES.pagesApi },
    { code: 'const init = { headers, signal: AbortSignal.timeout(3000) };\nawait fetch(url, init);', filename: FILES.lib.replace('lib/', 'server/') },
    // Options we cannot see (spread, imported): silent.
    { code: 'await fetch(url, { ...opts });', filename: FILES.route },
    { code: "import { opts } from './x';\nawait fetch(url, opts);", filename: FILES.route },
    // Relative URLs and Request objects.
    { code: "await fetch('/api/items');", filename: FILES.route },
    { code: 'await fetch(`/api/items/${id}`);', filename: FILES.route },
    { code: 'export function middleware(request) { return fetch(request); }', filename: FILES.middleware },
    { code: 'await fetch(new Request(url));', filename: FILES.route },
    // Raced / wrapped by a timeout helper (left to no-unsafe-promise-race).
    { code: 'await Promise.race([fetch(url), timeout]);', filename: FILES.route },
    // A pending fetch held in a const and raced further down (vercel/examples' botd middleware).
    { code: "export async function middleware() {\n  const req = fetch(BOTD_URL, { method: 'POST' });\n  const timer = new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 1000));\n  return await Promise.race([req, timer]);\n}\n", filename: FILES.middleware },
    { code: 'await withTimeout((signal) => fetch(url, { signal }), 5000); await withTimeout(fetch(url), 5000);', filename: FILES.route },
    // Client code, client folders, tests, scripts, plain libs.
    { code: "'use client';\nawait fetch('https://api.example.com');", filename: FILES.component },
    { code: "await fetch('https://api.example.com');", filename: 'components/Widget.tsx' },
    { code: "await fetch('https://api.example.com');", filename: 'app/api/x/route.test.ts' },
    { code: "import fs from 'fs';\nawait fetch('https://api.example.com');", filename: 'scripts/fetch-prompts.mjs' },
    // An OG image route's file loader reading bytes (vercel/examples' sandbox-voice-agent `loadFileData(path)`): a font or logo.
    { code: OG_FILE_LOADER('arrayBuffer'), filename: 'app/api/og/route.tsx' },
    // A build-time config fetching a CMS's redirects (vercel/examples' cms-bulk-redirects `vercel.ts`): no request waits on it.
    { code: BUILD_CONFIG_FETCH, filename: 'cdn/cms-redirects/vercel.ts' },
    { code: "await fetch('https://api.example.com');", filename: 'lib/utils.ts' },
    // A local function named fetch.
    { code: "const fetch = (u) => u;\nfetch('https://x');", filename: FILES.route },
    // khoj's desktop app: an Electron main process (it requires 'electron') runs on the user's machine, not on a server.
    {"code": "const { app, BrowserWindow } = require('electron');\nconst fs = require('fs');\nconst axios = require('axios');\n\nasync function getUserInfo(hostURL, headers) {\n  const getUserInfoURL = `${hostURL}/api/v1/user?client=desktop`;\n  const response = await axios.get(getUserInfoURL, { headers });\n  return response.data;\n}\n\napp.whenReady().then(() => new BrowserWindow());\nmodule.exports = { getUserInfo };\n", "filename": "src/interface/desktop/main.js"},
    // axios with timeout / instance with timeout / defaults.
    { code: "import axios from 'axios';\nawait axios.get('https://x', { timeout: 5000 });", filename: FILES.route },
    { code: "import axios from 'axios';\nawait axios.post('https://x', body, { signal });", filename: FILES.route },
    { code: "import axios from 'axios';\nconst api = axios.create({ baseURL: 'https://x', timeout: 5000 });\nawait api.get('/x'); await api.post('/y', {});", filename: FILES.route },
    { code: "import axios from 'axios';\naxios.defaults.timeout = 5000;\nawait axios.get('https://x');", filename: FILES.route },
    { code: "import { api } from '@/lib/api';\nawait api.get('/x');", filename: FILES.route },
    { code: "import axios from 'axios';\naxios.isAxiosError(e);", filename: FILES.route },
    // SDK clients with a timeout, or every call bounded.
    { code: "import OpenAI from 'openai';\nconst openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY, timeout: 20_000 });", filename: FILES.lib },
    { code: "import Anthropic from '@anthropic-ai/sdk';\nconst a = new Anthropic({ timeout: 30_000, maxRetries: 1 });", filename: FILES.lib },
    { code: "import OpenAI from 'openai';\nconst openai = new OpenAI(config);", filename: FILES.lib },
    {
      code: "import OpenAI from 'openai';\nconst openai = new OpenAI();\nexport async function POST(req: Request) { return Response.json(await openai.chat.completions.create(body, { signal: req.signal })); }",
      filename: FILES.route,
    },
    // AI SDK with abortSignal.
    { code: "import { streamText } from 'ai';\nexport async function POST(req: Request) { return streamText({ model, messages, abortSignal: req.signal }).toDataStreamResponse(); }", filename: FILES.route },
    { code: "import { generateText } from 'ai';\nawait generateText({ model, prompt, abortSignal: AbortSignal.timeout(30_000) });", filename: FILES.action },
    { code: "import { generateText } from 'ai';\nawait generateText(options);", filename: FILES.action },
    { code: "'use client';\nimport { generateText } from 'ai';\nawait generateText({ model, prompt });", filename: FILES.component },
    { code: "import { generateText } from 'ai';\nawait generateText({ model, prompt });", filename: FILES.action, options: [{ checkAiSdk: false }] },
    // AbortControllers that are wired or handed on.
    { code: 'const controller = new AbortController();\nreturn { controller, done: run(controller.signal) };', filename: FILES.lib.replace('lib/', 'server/') },
    { code: 'const controller = new AbortController();\nstart(controller);', filename: FILES.route },
    // Fonts bundled with the code, read through `new URL(path, import.meta.url)` (Next's OG images, openstatus).
    { code: "export const inter = fetch(new URL('../../../public/fonts/Inter-Medium.ttf', import.meta.url)).then((res) => res.arrayBuffer());\nexport async function GET() {\n  const font = await fetch(new URL('./Roboto.ttf', import.meta.url)).then((r) => r.arrayBuffer());\n  return new Response(font);\n}\n", filename: 'app/api/og/route.tsx' },
    // dittofeed's Pages Router settings page: the module imports the database for its getServerSideProps, but the
    // requests of its React Query hooks (queryFn / mutationFn) run in the browser.
    { code: "import axios from 'axios';\nimport { useMutation, useQuery } from '@tanstack/react-query';\nimport { db } from 'backend-lib/src/db';\nimport { eq } from 'drizzle-orm';\nimport type { GetServerSideProps } from 'next';\n\nexport const getServerSideProps: GetServerSideProps = async () => {\n  const workspaces = await db.query.workspace.findMany({ where: eq(workspace.id, id) });\n    return { props: { workspaces } };\n};\n\nexport default function SettingsPage({ apiBase }: { apiBase: string }) {\n  const query = useQuery({\n    queryKey: ['config'],\n    queryFn: async () => {\n      const response = await axios.get(`${apiBase}/api/settings/data-sources`);\n      return response.data;\n    },\n  });\n  const save = useMutation({ mutationFn: (body: unknown) => axios.put(`${apiBase}/api/settings/data-sources`, body) });\n  return <button onClick={() => save.mutate(query.data)}>Save</button>;\n}\n", filename: 'packages/dashboard/src/pages/settings.page.tsx' },
  ],
  invalid: [
    // http-proxy with no bound on the upstream request (clinic-fe's pages/api/[...path].ts).
    {
      code: HTTP_PROXY_ROUTE('', '{ target: process.env.API_URL, changeOrigin: true, selfHandleResponse: false }'),
      filename: 'pages/api/[...path].ts',
      errors: [
        {
          messageId: 'proxyNoTimeout',
          line: 7,
          column: 15,
          suggestions: [{ messageId: 'addTimeout', data: { text: 'proxyTimeout: 30_000' }, output: HTTP_PROXY_ROUTE('{ proxyTimeout: 30_000 }', '{ target: process.env.API_URL, changeOrigin: true, selfHandleResponse: false }') }],
        },
      ],
    },
    {
      code: HTTP_PROXY_ROUTE('{ changeOrigin: true }', '{ target: process.env.API_URL }'),
      filename: 'pages/api/[...path].ts',
      errors: [
        {
          messageId: 'proxyNoTimeout',
          line: 7,
          column: 15,
          suggestions: [{ messageId: 'addTimeout', data: { text: 'proxyTimeout: 30_000' }, output: HTTP_PROXY_ROUTE('{ changeOrigin: true, proxyTimeout: 30_000 }', '{ target: process.env.API_URL }') }],
        },
      ],
    },
    // a URL object built from an absolute literal: the message names its host (delivery-sub's Maps calls)
    {"code":"export async function GET(req: Request) {\n  const url = new URL('https://maps.googleapis.com/maps/api/directions/json');\n  url.searchParams.set('key', process.env.GOOGLE_MAPS_API_KEY!);\n  const res = await fetch(url.toString());\n  return Response.json(await res.json());\n}\n","filename":"app/api/maps/directions/route.ts","errors":[{"messageId":"fetchNoTimeout","data":{"target":"https://maps.googleapis.com"},"line":4,"column":21,"suggestions":[{"messageId":"addSignal","output":"export async function GET(req: Request) {\n  const url = new URL('https://maps.googleapis.com/maps/api/directions/json');\n  url.searchParams.set('key', process.env.GOOGLE_MAPS_API_KEY!);\n  const res = await fetch(url.toString(), { signal: AbortSignal.timeout(10_000) });\n  return Response.json(await res.json());\n}\n"},{"messageId":"useFetchWithTimeout","output":"export async function GET(req: Request) {\n  const url = new URL('https://maps.googleapis.com/maps/api/directions/json');\n  url.searchParams.set('key', process.env.GOOGLE_MAPS_API_KEY!);\n  const res = await fetchWithTimeout(url.toString());\n  return Response.json(await res.json());\n}\n\n/** Default budget for one outbound call; keep it well under the route's `maxDuration`. */\nconst DEFAULT_FETCH_TIMEOUT_MS = 10_000;\n\n/**\n * `fetch` that gives up after `timeoutMs`: the request is aborted (the socket is closed, nothing keeps\n * running) and the promise rejects with a `TimeoutError` DOMException. A caller's own signal (e.g.\n * `request.signal`, so a client that leaves cancels the upstream call too) is combined with the timeout.\n *\n * In the route, also cap the whole invocation:\n *   export const maxDuration = 30; // seconds (Vercel): the platform's hard limit for the function\n */\nasync function fetchWithTimeout(\n  input: string | URL,\n  init: RequestInit = {},\n  timeoutMs: number = DEFAULT_FETCH_TIMEOUT_MS,\n): Promise<Response> {\n  const timeout = AbortSignal.timeout(timeoutMs);\n  const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;\n  return fetch(input, { ...init, signal });\n}\n"}]}]},
    {"code":"export async function GET(req: Request) {\n  const url = new URL('https://maps.googleapis.com/maps/api/directions/json');\n  const res = await fetch(url);\n  return Response.json(await res.json());\n}\n","filename":"app/api/maps/directions/route.ts","errors":[{"messageId":"fetchNoTimeout","data":{"target":"https://maps.googleapis.com"},"line":3,"column":21,"suggestions":[{"messageId":"addSignal","output":"export async function GET(req: Request) {\n  const url = new URL('https://maps.googleapis.com/maps/api/directions/json');\n  const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });\n  return Response.json(await res.json());\n}\n"},{"messageId":"useFetchWithTimeout","output":"export async function GET(req: Request) {\n  const url = new URL('https://maps.googleapis.com/maps/api/directions/json');\n  const res = await fetchWithTimeout(url);\n  return Response.json(await res.json());\n}\n\n/** Default budget for one outbound call; keep it well under the route's `maxDuration`. */\nconst DEFAULT_FETCH_TIMEOUT_MS = 10_000;\n\n/**\n * `fetch` that gives up after `timeoutMs`: the request is aborted (the socket is closed, nothing keeps\n * running) and the promise rejects with a `TimeoutError` DOMException. A caller's own signal (e.g.\n * `request.signal`, so a client that leaves cancels the upstream call too) is combined with the timeout.\n *\n * In the route, also cap the whole invocation:\n *   export const maxDuration = 30; // seconds (Vercel): the platform's hard limit for the function\n */\nasync function fetchWithTimeout(\n  input: string | URL,\n  init: RequestInit = {},\n  timeoutMs: number = DEFAULT_FETCH_TIMEOUT_MS,\n): Promise<Response> {\n  const timeout = AbortSignal.timeout(timeoutMs);\n  const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;\n  return fetch(input, { ...init, signal });\n}\n"}]}]},
    {"code":"export async function GET(req: Request) {\n  const url = new URL(process.env.API_BASE!);\n  const res = await fetch(url.href);\n  return Response.json(await res.json());\n}\n","filename":"app/api/x/route.ts","errors":[{"messageId":"fetchNoTimeout","data":{"target":"a variable URL"},"line":3,"column":21,"suggestions":[{"messageId":"addSignal","output":"export async function GET(req: Request) {\n  const url = new URL(process.env.API_BASE!);\n  const res = await fetch(url.href, { signal: AbortSignal.timeout(10_000) });\n  return Response.json(await res.json());\n}\n"},{"messageId":"useFetchWithTimeout","output":"export async function GET(req: Request) {\n  const url = new URL(process.env.API_BASE!);\n  const res = await fetchWithTimeout(url.href);\n  return Response.json(await res.json());\n}\n\n/** Default budget for one outbound call; keep it well under the route's `maxDuration`. */\nconst DEFAULT_FETCH_TIMEOUT_MS = 10_000;\n\n/**\n * `fetch` that gives up after `timeoutMs`: the request is aborted (the socket is closed, nothing keeps\n * running) and the promise rejects with a `TimeoutError` DOMException. A caller's own signal (e.g.\n * `request.signal`, so a client that leaves cancels the upstream call too) is combined with the timeout.\n *\n * In the route, also cap the whole invocation:\n *   export const maxDuration = 30; // seconds (Vercel): the platform's hard limit for the function\n */\nasync function fetchWithTimeout(\n  input: string | URL,\n  init: RequestInit = {},\n  timeoutMs: number = DEFAULT_FETCH_TIMEOUT_MS,\n): Promise<Response> {\n  const timeout = AbortSignal.timeout(timeoutMs);\n  const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;\n  return fetch(input, { ...init, signal });\n}\n"}]}]},
    {
      code: LOCAL_DOCUMENT,
      filename: 'lib/ai/tools/request-suggestions.ts',
      errors: [
        {
          messageId: 'fetchNoTimeout',
          line: 5,
          column: 9,
          suggestions: [
            { messageId: 'addSignal', output: LOCAL_DOCUMENT.replace('body: document.title }', `body: document.title, ${sig} }`) },
            { messageId: 'useFetchWithTimeout', output: inlined(LOCAL_DOCUMENT.replace('await fetch(', 'await fetchWithTimeout(')) },
          ],
        },
      ],
    },
    // Twin of rybbit's tracking script: the page is only named in an HTML string, so the module is server code.
    {
      code: PAGE_TRACKER_HTML,
      filename: 'server/src/analytics-script/tracking.ts',
      errors: [
        {
          messageId: 'fetchNoTimeout',
          line: 10,
          column: 13,
          suggestions: [
            { messageId: 'addSignal', output: PAGE_TRACKER_HTML.replace("body: JSON.stringify(payload) }", `body: JSON.stringify(payload), ${sig} }`) },
            { messageId: 'useFetchWithTimeout', output: inlined(PAGE_TRACKER_HTML.replace('await fetch(', 'await fetchWithTimeout(')) },
          ],
        },
      ],
    },
    // @google/generative-ai: no time bound unless the request options set one (ai-image-studio, repurposeAI)
    {"code":"import { GoogleGenerativeAI } from '@google/generative-ai';\n\nconst genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY!);\n\nexport async function POST(req: Request) {\n  const { prompt } = await req.json();\n  const model = genAI.getGenerativeModel({ model: 'gemini-1.5-flash' });\n  const result = await model.generateContent(prompt);\n  return Response.json({ text: result.response.text() });\n}\n","filename":"app/api/generate/route.ts","errors":[{"messageId":"geminiModelNoTimeout","data":{"call":"genAI.getGenerativeModel"},"line":7,"column":23,"suggestions":[{"messageId":"addTimeout","output":"import { GoogleGenerativeAI } from '@google/generative-ai';\n\nconst genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY!);\n\nexport async function POST(req: Request) {\n  const { prompt } = await req.json();\n  const model = genAI.getGenerativeModel({ model: 'gemini-1.5-flash' }, { timeout: 60_000 });\n  const result = await model.generateContent(prompt);\n  return Response.json({ text: result.response.text() });\n}\n"}]}]},
    {"code":"import { GoogleGenerativeAI } from '@google/generative-ai';\n\nconst genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY!);\nexport const model = genAI.getGenerativeModel({ model: 'gemini-1.5-flash' }, { apiVersion: 'v1beta' });\n","filename":"lib/gemini.ts","errors":[{"messageId":"geminiModelNoTimeout","data":{"call":"genAI.getGenerativeModel"},"line":4,"column":28,"suggestions":[{"messageId":"addTimeout","output":"import { GoogleGenerativeAI } from '@google/generative-ai';\n\nconst genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY!);\nexport const model = genAI.getGenerativeModel({ model: 'gemini-1.5-flash' }, { apiVersion: 'v1beta', timeout: 60_000 });\n"}]}]},
    // Twin: the same module under another name is the SDK's config, not the tests': reported.
    {"code": "import dotenv from 'dotenv';\n\ndotenv.config();\n\nexport const testConfig = {\n  apiKey: process.env.MEM0_API_KEY,\n  deleteId: '',\n  fetchDeleteId: async function () {\n    const options = { method: 'GET', headers: { Authorization: `Token ${this.apiKey}` } };\n    const response = await fetch('https://api.mem0.ai/v1/entities/', options);\n    const data = await response.json();\n    this.deleteId = data.results[0].id;\n  },\n};\n", "filename": "integrations/vercel-ai-sdk/config/mem0-config.ts", "errors": [{"messageId": "fetchNoTimeout", "line": 10, "column": 28, "suggestions": [{"messageId": "useFetchWithTimeout", "output": "import dotenv from 'dotenv';\n\ndotenv.config();\n\nexport const testConfig = {\n  apiKey: process.env.MEM0_API_KEY,\n  deleteId: '',\n  fetchDeleteId: async function () {\n    const options = { method: 'GET', headers: { Authorization: `Token ${this.apiKey}` } };\n    const response = await fetchWithTimeout('https://api.mem0.ai/v1/entities/', options);\n    const data = await response.json();\n    this.deleteId = data.results[0].id;\n  },\n};\n\n/** Default budget for one outbound call; keep it well under the route's `maxDuration`. */\nconst DEFAULT_FETCH_TIMEOUT_MS = 10_000;\n\n/**\n * `fetch` that gives up after `timeoutMs`: the request is aborted (the socket is closed, nothing keeps\n * running) and the promise rejects with a `TimeoutError` DOMException. A caller's own signal (e.g.\n * `request.signal`, so a client that leaves cancels the upstream call too) is combined with the timeout.\n *\n * In the route, also cap the whole invocation:\n *   export const maxDuration = 30; // seconds (Vercel): the platform's hard limit for the function\n */\nasync function fetchWithTimeout(\n  input: string | URL,\n  init: RequestInit = {},\n  timeoutMs: number = DEFAULT_FETCH_TIMEOUT_MS,\n): Promise<Response> {\n  const timeout = AbortSignal.timeout(timeoutMs);\n  const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;\n  return fetch(input, { ...init, signal });\n}\n"}]}]},
    // Twin: the same Node module without Electron (it reads the file system: server code) is reported.
    // The same path on an axios whose baseURL points at another service is an outbound call.
    { code: "import axios from 'axios';\nimport { useRouter } from 'next/navigation';\nimport { SourceKind } from '@prisma/client';\n\naxios.defaults.baseURL = process.env.MODELS_API_URL;\n\nexport const KnowledgePanel = ({ modelId, values }: { modelId: string; values: { kind: SourceKind } }) => {\n  const router = useRouter();\n  const save = async () => {\n    await axios.patch(`/api/v1/models/${modelId}`, values);\n    router.refresh();\n  };\n  return <button onClick={save}>{SourceKind.FILE}</button>;\n};\n", filename: 'components/knowledge-panel.tsx', errors: [{ messageId: 'axiosNoTimeout', line: 10, column: 11, suggestions: [{ messageId: 'addTimeout', data: { text: 'timeout: 10_000' }, output: "import axios from 'axios';\nimport { useRouter } from 'next/navigation';\nimport { SourceKind } from '@prisma/client';\n\naxios.defaults.baseURL = process.env.MODELS_API_URL;\n\nexport const KnowledgePanel = ({ modelId, values }: { modelId: string; values: { kind: SourceKind } }) => {\n  const router = useRouter();\n  const save = async () => {\n    await axios.patch(`/api/v1/models/${modelId}`, values, { timeout: 10_000 });\n    router.refresh();\n  };\n  return <button onClick={save}>{SourceKind.FILE}</button>;\n};\n" }] }] },
    {"code": "const fs = require('fs');\nconst axios = require('axios');\n\nasync function getUserInfo(hostURL, headers) {\n  const getUserInfoURL = `${hostURL}/api/v1/user?client=desktop`;\n  const response = await axios.get(getUserInfoURL, { headers });\n  return response.data;\n}\n\nmodule.exports = { getUserInfo };\n", "filename": "src/interface/desktop/main.js", "errors": [{"messageId": "axiosNoTimeout", "line": 6, "column": 26, "suggestions": [{"messageId": "addTimeout", "output": "const fs = require('fs');\nconst axios = require('axios');\n\nasync function getUserInfo(hostURL, headers) {\n  const getUserInfoURL = `${hostURL}/api/v1/user?client=desktop`;\n  const response = await axios.get(getUserInfoURL, { headers, timeout: 10_000 });\n  return response.data;\n}\n\nmodule.exports = { getUserInfo };\n"}]}]},
    // The same helper in an app's feature folder is still reported.
    { code: "import fs from 'node:fs';\nexport async function listExperiments(endpoint: string, apiKey: string) {\n  const response = await fetch(`${endpoint}/api/experiments?pageSize=200`, { headers: { authorization: `Bearer ${apiKey}` } });\n  fs.writeFileSync('experiments.json', await response.text());\n}\n", filename: 'src/server/experiments/list-experiments.ts', errors: [{ messageId: 'fetchNoTimeout', line: 3, suggestions: [{ messageId: 'addSignal', output: "import fs from 'node:fs';\nexport async function listExperiments(endpoint: string, apiKey: string) {\n  const response = await fetch(`${endpoint}/api/experiments?pageSize=200`, { headers: { authorization: `Bearer ${apiKey}` }, signal: AbortSignal.timeout(10_000) });\n  fs.writeFileSync('experiments.json', await response.text());\n}\n" }, { messageId: 'useFetchWithTimeout', output: "import fs from 'node:fs';\nexport async function listExperiments(endpoint: string, apiKey: string) {\n  const response = await fetchWithTimeout(`${endpoint}/api/experiments?pageSize=200`, { headers: { authorization: `Bearer ${apiKey}` } });\n  fs.writeFileSync('experiments.json', await response.text());\n}\n\n/** Default budget for one outbound call; keep it well under the route's `maxDuration`. */\nconst DEFAULT_FETCH_TIMEOUT_MS = 10_000;\n\n/**\n * `fetch` that gives up after `timeoutMs`: the request is aborted (the socket is closed, nothing keeps\n * running) and the promise rejects with a `TimeoutError` DOMException. A caller's own signal (e.g.\n * `request.signal`, so a client that leaves cancels the upstream call too) is combined with the timeout.\n *\n * In the route, also cap the whole invocation:\n *   export const maxDuration = 30; // seconds (Vercel): the platform's hard limit for the function\n */\nasync function fetchWithTimeout(\n  input: string | URL,\n  init: RequestInit = {},\n  timeoutMs: number = DEFAULT_FETCH_TIMEOUT_MS,\n): Promise<Response> {\n  const timeout = AbortSignal.timeout(timeoutMs);\n  const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;\n  return fetch(input, { ...init, signal });\n}\n" }] }] },
    // Twin: the same code in a file not named for a service worker (a Cloudflare Worker's worker.ts also listens for 'fetch') is still reported.
    {"code": "import { streamText } from 'ai';\n\ndeclare const self: ServiceWorkerGlobalScope;\n\nasync function handleRequest(event: FetchEvent) {\n  const provider = await loadProvider();\n  if (!provider?.enabled) return fetch(event.request);\n  try {\n    const result = streamText({ model: provider.model, messages: await event.request.json() });\n    return result.toDataStreamResponse();\n  } catch (error) {\n    return new Response(`Error streaming from service worker: ${error}`, { status: 500 });\n  }\n}\n\nself.addEventListener('fetch', (event) => {\n  event.respondWith(handleRequest(event));\n});\n", "filename": "apps/web/worker.ts", "errors": [{"messageId": "fetchNoTimeout", "line": 7, "column": 34, "suggestions": [{"messageId": "addSignal", "output": "import { streamText } from 'ai';\n\ndeclare const self: ServiceWorkerGlobalScope;\n\nasync function handleRequest(event: FetchEvent) {\n  const provider = await loadProvider();\n  if (!provider?.enabled) return fetch(event.request, { signal: AbortSignal.timeout(10_000) });\n  try {\n    const result = streamText({ model: provider.model, messages: await event.request.json() });\n    return result.toDataStreamResponse();\n  } catch (error) {\n    return new Response(`Error streaming from service worker: ${error}`, { status: 500 });\n  }\n}\n\nself.addEventListener('fetch', (event) => {\n  event.respondWith(handleRequest(event));\n});\n"}, {"messageId": "useFetchWithTimeout", "output": "import { streamText } from 'ai';\n\ndeclare const self: ServiceWorkerGlobalScope;\n\nasync function handleRequest(event: FetchEvent) {\n  const provider = await loadProvider();\n  if (!provider?.enabled) return fetchWithTimeout(event.request);\n  try {\n    const result = streamText({ model: provider.model, messages: await event.request.json() });\n    return result.toDataStreamResponse();\n  } catch (error) {\n    return new Response(`Error streaming from service worker: ${error}`, { status: 500 });\n  }\n}\n\nself.addEventListener('fetch', (event) => {\n  event.respondWith(handleRequest(event));\n});\n\n/** Default budget for one outbound call; keep it well under the route's `maxDuration`. */\nconst DEFAULT_FETCH_TIMEOUT_MS = 10_000;\n\n/**\n * `fetch` that gives up after `timeoutMs`: the request is aborted (the socket is closed, nothing keeps\n * running) and the promise rejects with a `TimeoutError` DOMException. A caller's own signal (e.g.\n * `request.signal`, so a client that leaves cancels the upstream call too) is combined with the timeout.\n *\n * In the route, also cap the whole invocation:\n *   export const maxDuration = 30; // seconds (Vercel): the platform's hard limit for the function\n */\nasync function fetchWithTimeout(\n  input: string | URL,\n  init: RequestInit = {},\n  timeoutMs: number = DEFAULT_FETCH_TIMEOUT_MS,\n): Promise<Response> {\n  const timeout = AbortSignal.timeout(timeoutMs);\n  const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;\n  return fetch(input, { ...init, signal });\n}\n"}]}, {"messageId": "aiCallNoSignal", "line": 9, "column": 20, "suggestions": [{"messageId": "addSignal", "output": "import { streamText } from 'ai';\n\ndeclare const self: ServiceWorkerGlobalScope;\n\nasync function handleRequest(event: FetchEvent) {\n  const provider = await loadProvider();\n  if (!provider?.enabled) return fetch(event.request);\n  try {\n    const result = streamText({ model: provider.model, messages: await event.request.json(), abortSignal: AbortSignal.timeout(300_000) });\n    return result.toDataStreamResponse();\n  } catch (error) {\n    return new Response(`Error streaming from service worker: ${error}`, { status: 500 });\n  }\n}\n\nself.addEventListener('fetch', (event) => {\n  event.respondWith(handleRequest(event));\n});\n"}]}]},
    // Twin of dittofeed's settings page: the getServerSideProps request runs on the server, reported; the hooks' are not.
    {
      code: "import axios from 'axios';\nimport { useMutation, useQuery } from '@tanstack/react-query';\nimport { db } from 'backend-lib/src/db';\nimport { eq } from 'drizzle-orm';\nimport type { GetServerSideProps } from 'next';\n\nexport const getServerSideProps: GetServerSideProps = async () => {\n  const workspaces = await db.query.workspace.findMany({ where: eq(workspace.id, id) });\n  await axios.post('https://api.hubapi.com/oauth/v1/token', { workspaces });\n  return { props: { workspaces } };\n};\n\nexport default function SettingsPage({ apiBase }: { apiBase: string }) {\n  const query = useQuery({\n    queryKey: ['config'],\n    queryFn: async () => {\n      const response = await axios.get(`${apiBase}/api/settings/data-sources`);\n      return response.data;\n    },\n  });\n  const save = useMutation({ mutationFn: (body: unknown) => axios.put(`${apiBase}/api/settings/data-sources`, body) });\n  return <button onClick={() => save.mutate(query.data)}>Save</button>;\n}\n",
      filename: 'packages/dashboard/src/pages/settings.page.tsx',
      errors: [{ messageId: 'axiosNoTimeout', line: 9, suggestions: [{ messageId: 'addTimeout', data: { text: 'timeout: 10_000' }, output: "import axios from 'axios';\nimport { useMutation, useQuery } from '@tanstack/react-query';\nimport { db } from 'backend-lib/src/db';\nimport { eq } from 'drizzle-orm';\nimport type { GetServerSideProps } from 'next';\n\nexport const getServerSideProps: GetServerSideProps = async () => {\n  const workspaces = await db.query.workspace.findMany({ where: eq(workspace.id, id) });\n  await axios.post('https://api.hubapi.com/oauth/v1/token', { workspaces }, { timeout: 10_000 });\n  return { props: { workspaces } };\n};\n\nexport default function SettingsPage({ apiBase }: { apiBase: string }) {\n  const query = useQuery({\n    queryKey: ['config'],\n    queryFn: async () => {\n      const response = await axios.get(`${apiBase}/api/settings/data-sources`);\n      return response.data;\n    },\n  });\n  const save = useMutation({ mutationFn: (body: unknown) => axios.put(`${apiBase}/api/settings/data-sources`, body) });\n  return <button onClick={() => save.mutate(query.data)}>Save</button>;\n}\n" }] }],
    },
    { code: WIZARD_MAIN_TWIN, filename: 'packages/setupWizard/src/index.ts', settings: helper, errors: [{ messageId: 'fetchNoTimeout', line: 18, column: 23, suggestions: [{ messageId: 'addSignal', output: "#!/usr/bin/env node\nimport net from 'node:net';\n\nconst DOCKER_COMPOSE_URL = 'https://raw.githubusercontent.com/example/app/main/docker-compose.yml';\n\nfunction isPortFree(port: number): Promise<boolean> {\n  return new Promise((resolve) => {\n    const server = net.createServer();\n    server.once('error', () => resolve(false));\n    server.once('listening', () => server.close(() => resolve(true)));\n    server.listen(port);\n  });\n}\n\nasync function main() {\n  if (!(await isPortFree(3000))) process.exit(1);\n  if (process.argv.includes('--download')) {\n    const res = await fetch(DOCKER_COMPOSE_URL, { signal: AbortSignal.timeout(10_000) });\n    console.log(await res.text());\n  }\n}\n\nmain();\n" }, { messageId: 'useFetchWithTimeout', output: "#!/usr/bin/env node\nimport net from 'node:net';\nimport { fetchWithTimeout } from '@/lib/fetch-with-timeout';\n\nconst DOCKER_COMPOSE_URL = 'https://raw.githubusercontent.com/example/app/main/docker-compose.yml';\n\nfunction isPortFree(port: number): Promise<boolean> {\n  return new Promise((resolve) => {\n    const server = net.createServer();\n    server.once('error', () => resolve(false));\n    server.once('listening', () => server.close(() => resolve(true)));\n    server.listen(port);\n  });\n}\n\nasync function main() {\n  if (!(await isPortFree(3000))) process.exit(1);\n  if (process.argv.includes('--download')) {\n    const res = await fetchWithTimeout(DOCKER_COMPOSE_URL);\n    console.log(await res.text());\n  }\n}\n\nmain();\n" }] }] },
    // Twin of the OG file loader: the same loader reading JSON from another host fetches data, reported (from the app's
    // own deployment, `VERCEL_URL`, it is a call to the app itself, bounded by its own maxDuration: not reported).
    {
      code: OG_FILE_LOADER('json', 'ASSETS_HOST'),
      filename: 'app/api/og/route.tsx',
      errors: [{ messageId: 'fetchNoTimeout', line: 4, column: 26, suggestions: [{ messageId: 'addSignal', output: OG_FILE_LOADER('json', 'ASSETS_HOST').replace('${path}`);', `\${path}\`, { ${sig} });`) }, { messageId: 'useFetchWithTimeout', output: inlined(OG_FILE_LOADER('json', 'ASSETS_HOST').replace('await fetch(`', 'await fetchWithTimeout(`')) }] }],
    },
    // Twin of the build-time config: the same fetch in a route handler is reported.
    {
      code: BUILD_CONFIG_FETCH,
      filename: 'app/api/redirects/route.ts',
      errors: [{ messageId: 'fetchNoTimeout', line: 3, column: 21, suggestions: [{ messageId: 'addSignal', output: BUILD_CONFIG_FETCH.replace('fetch(url)', `fetch(url, { ${sig} })`) }, { messageId: 'useFetchWithTimeout', output: inlined(BUILD_CONFIG_FETCH.replace('await fetch(', 'await fetchWithTimeout(')) }] }],
    },
    // Twin of the raced const: held in a const and awaited with others, not raced, it is still reported.
    {
      code: RACED_LATER_TWIN,
      filename: FILES.middleware,
      errors: [{ messageId: 'fetchNoTimeout', line: 2, column: 15, suggestions: [{ messageId: 'addSignal', output: RACED_LATER_TWIN.replace("{ method: 'POST' }", `{ method: 'POST', ${sig} }`) }, { messageId: 'useFetchWithTimeout', output: inlined(RACED_LATER_TWIN.replace('= fetch(', '= fetchWithTimeout(')) }] }],
    },
    // The same OG image route fetching its data is reported; its font loader is not.
    {
      code: OG_FONT_DATA_ROUTE,
      filename: 'apps/landing/src/app/polls/[id]/opengraph-image.tsx',
      errors: [
        {
          messageId: 'fetchNoTimeout',
          line: 13,
          column: 22,
          suggestions: [
            { messageId: 'addSignal', output: OG_FONT_DATA_ROUTE.replace('/polls/${params.id}`)', `/polls/\${params.id}\`, { ${sig} })`) },
            { messageId: 'useFetchWithTimeout', output: inlined(OG_FONT_DATA_ROUTE.replace('const poll = await fetch(', 'const poll = await fetchWithTimeout(')) },
          ],
        },
      ],
    },
    // A const holding an absolute URL, and a local function returning one: still reported.
    {"code":"import { apiV1Url } from '@/lib/apiPaths';\n\nconst CHAT_ROUTE = apiV1Url('/chat');\nconst planUrl = (tenantId: string) => `${process.env.API_BASE_URL}/billing/tenants/${tenantId}/plan`;\n\nexport async function sendChat(body: unknown): Promise<Response> {\n  return fetch(CHAT_ROUTE, { method: 'POST', body: JSON.stringify(body) });\n}\n\nexport async function fetchPlan(tenantId: string): Promise<unknown> {\n  const response = await fetch(planUrl(tenantId), { cache: 'no-store' });\n  return response.json();\n}\n","filename":"lib/api/billing.ts","errors":[{"messageId":"fetchNoTimeout","line":7,"column":10,"suggestions":[{"messageId":"addSignal","output":"import { apiV1Url } from '@/lib/apiPaths';\n\nconst CHAT_ROUTE = apiV1Url('/chat');\nconst planUrl = (tenantId: string) => `${process.env.API_BASE_URL}/billing/tenants/${tenantId}/plan`;\n\nexport async function sendChat(body: unknown): Promise<Response> {\n  return fetch(CHAT_ROUTE, { method: 'POST', body: JSON.stringify(body), signal: AbortSignal.timeout(10_000) });\n}\n\nexport async function fetchPlan(tenantId: string): Promise<unknown> {\n  const response = await fetch(planUrl(tenantId), { cache: 'no-store' });\n  return response.json();\n}\n"},{"messageId":"useFetchWithTimeout","output":"import { apiV1Url } from '@/lib/apiPaths';\n\nconst CHAT_ROUTE = apiV1Url('/chat');\nconst planUrl = (tenantId: string) => `${process.env.API_BASE_URL}/billing/tenants/${tenantId}/plan`;\n\nexport async function sendChat(body: unknown): Promise<Response> {\n  return fetchWithTimeout(CHAT_ROUTE, { method: 'POST', body: JSON.stringify(body) });\n}\n\nexport async function fetchPlan(tenantId: string): Promise<unknown> {\n  const response = await fetch(planUrl(tenantId), { cache: 'no-store' });\n  return response.json();\n}\n\n/** Default budget for one outbound call; keep it well under the route's `maxDuration`. */\nconst DEFAULT_FETCH_TIMEOUT_MS = 10_000;\n\n/**\n * `fetch` that gives up after `timeoutMs`: the request is aborted (the socket is closed, nothing keeps\n * running) and the promise rejects with a `TimeoutError` DOMException. A caller's own signal (e.g.\n * `request.signal`, so a client that leaves cancels the upstream call too) is combined with the timeout.\n *\n * In the route, also cap the whole invocation:\n *   export const maxDuration = 30; // seconds (Vercel): the platform's hard limit for the function\n */\nasync function fetchWithTimeout(\n  input: string | URL,\n  init: RequestInit = {},\n  timeoutMs: number = DEFAULT_FETCH_TIMEOUT_MS,\n): Promise<Response> {\n  const timeout = AbortSignal.timeout(timeoutMs);\n  const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;\n  return fetch(input, { ...init, signal });\n}\n"}]},{"messageId":"fetchNoTimeout","line":11,"column":26,"suggestions":[{"messageId":"addSignal","output":"import { apiV1Url } from '@/lib/apiPaths';\n\nconst CHAT_ROUTE = apiV1Url('/chat');\nconst planUrl = (tenantId: string) => `${process.env.API_BASE_URL}/billing/tenants/${tenantId}/plan`;\n\nexport async function sendChat(body: unknown): Promise<Response> {\n  return fetch(CHAT_ROUTE, { method: 'POST', body: JSON.stringify(body) });\n}\n\nexport async function fetchPlan(tenantId: string): Promise<unknown> {\n  const response = await fetch(planUrl(tenantId), { cache: 'no-store', signal: AbortSignal.timeout(10_000) });\n  return response.json();\n}\n"},{"messageId":"useFetchWithTimeout","output":"import { apiV1Url } from '@/lib/apiPaths';\n\nconst CHAT_ROUTE = apiV1Url('/chat');\nconst planUrl = (tenantId: string) => `${process.env.API_BASE_URL}/billing/tenants/${tenantId}/plan`;\n\nexport async function sendChat(body: unknown): Promise<Response> {\n  return fetch(CHAT_ROUTE, { method: 'POST', body: JSON.stringify(body) });\n}\n\nexport async function fetchPlan(tenantId: string): Promise<unknown> {\n  const response = await fetchWithTimeout(planUrl(tenantId), { cache: 'no-store' });\n  return response.json();\n}\n\n/** Default budget for one outbound call; keep it well under the route's `maxDuration`. */\nconst DEFAULT_FETCH_TIMEOUT_MS = 10_000;\n\n/**\n * `fetch` that gives up after `timeoutMs`: the request is aborted (the socket is closed, nothing keeps\n * running) and the promise rejects with a `TimeoutError` DOMException. A caller's own signal (e.g.\n * `request.signal`, so a client that leaves cancels the upstream call too) is combined with the timeout.\n *\n * In the route, also cap the whole invocation:\n *   export const maxDuration = 30; // seconds (Vercel): the platform's hard limit for the function\n */\nasync function fetchWithTimeout(\n  input: string | URL,\n  init: RequestInit = {},\n  timeoutMs: number = DEFAULT_FETCH_TIMEOUT_MS,\n): Promise<Response> {\n  const timeout = AbortSignal.timeout(timeoutMs);\n  const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;\n  return fetch(input, { ...init, signal });\n}\n"}]}]},
    // A URL helper (not a path) over the same template: an absolute URL, still reported.
    {
      code: "import { apiV1Url } from '@/lib/apiPaths';\n\nexport async function fetchTenantSubscription(tenantId: string): Promise<unknown> {\n  const response = await fetch(apiV1Url(`/billing/tenants/${encodeURIComponent(tenantId)}/subscription`), { cache: 'no-store' });\n  return response.json();\n}\n",
      filename: "lib/api/account.ts",
      errors: [{ messageId: 'fetchNoTimeout', line: 4, column: 26, suggestions: [{ messageId: 'addSignal', output: "import { apiV1Url } from '@/lib/apiPaths';\n\nexport async function fetchTenantSubscription(tenantId: string): Promise<unknown> {\n  const response = await fetch(apiV1Url(`/billing/tenants/${encodeURIComponent(tenantId)}/subscription`), { cache: 'no-store', signal: AbortSignal.timeout(10_000) });\n  return response.json();\n}\n" }, { messageId: 'useFetchWithTimeout', output: "import { apiV1Url } from '@/lib/apiPaths';\n\nexport async function fetchTenantSubscription(tenantId: string): Promise<unknown> {\n  const response = await fetchWithTimeout(apiV1Url(`/billing/tenants/${encodeURIComponent(tenantId)}/subscription`), { cache: 'no-store' });\n  return response.json();\n}\n\n/** Default budget for one outbound call; keep it well under the route's `maxDuration`. */\nconst DEFAULT_FETCH_TIMEOUT_MS = 10_000;\n\n/**\n * `fetch` that gives up after `timeoutMs`: the request is aborted (the socket is closed, nothing keeps\n * running) and the promise rejects with a `TimeoutError` DOMException. A caller's own signal (e.g.\n * `request.signal`, so a client that leaves cancels the upstream call too) is combined with the timeout.\n *\n * In the route, also cap the whole invocation:\n *   export const maxDuration = 30; // seconds (Vercel): the platform's hard limit for the function\n */\nasync function fetchWithTimeout(\n  input: string | URL,\n  init: RequestInit = {},\n  timeoutMs: number = DEFAULT_FETCH_TIMEOUT_MS,\n): Promise<Response> {\n  const timeout = AbortSignal.timeout(timeoutMs);\n  const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;\n  return fetch(input, { ...init, signal });\n}\n" }] }],
    },
    // The same module in a backend package's actions/ folder is server code.
    {
      code: "export async function generate(url: string) {\n  const res = await fetch(url);\n  return res.json();\n}\n",
      filename: "packages/backend/core/src/actions/edgeless-response.ts",
      errors: [{ messageId: 'fetchNoTimeout', line: 2, column: 21, suggestions: [{ messageId: 'addSignal', output: "export async function generate(url: string) {\n  const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });\n  return res.json();\n}\n" }, { messageId: 'useFetchWithTimeout', output: "export async function generate(url: string) {\n  const res = await fetchWithTimeout(url);\n  return res.json();\n}\n\n/** Default budget for one outbound call; keep it well under the route's `maxDuration`. */\nconst DEFAULT_FETCH_TIMEOUT_MS = 10_000;\n\n/**\n * `fetch` that gives up after `timeoutMs`: the request is aborted (the socket is closed, nothing keeps\n * running) and the promise rejects with a `TimeoutError` DOMException. A caller's own signal (e.g.\n * `request.signal`, so a client that leaves cancels the upstream call too) is combined with the timeout.\n *\n * In the route, also cap the whole invocation:\n *   export const maxDuration = 30; // seconds (Vercel): the platform's hard limit for the function\n */\nasync function fetchWithTimeout(\n  input: string | URL,\n  init: RequestInit = {},\n  timeoutMs: number = DEFAULT_FETCH_TIMEOUT_MS,\n): Promise<Response> {\n  const timeout = AbortSignal.timeout(timeoutMs);\n  const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;\n  return fetch(input, { ...init, signal });\n}\n" }] }],
    },
    // A module under components/ that reads a captcha's secret key and imports no browser library is server code.
    {
      code: "const challengeFetcher = async (url: string) => {\n  const res = await fetch(url, { headers: { authorization: `Bearer ${process.env.CAPTCHA_SECRET_KEY}` } });\n  return (await res.json()) as { challenge: string };\n};\n\nexport async function verifyCaptcha(serverUrl: string) {\n  return challengeFetcher(`${serverUrl}/api/auth/challenge`);\n}\n",
      filename: "packages/frontend/core/src/components/affine/auth/verify-captcha.ts",
      errors: [{ messageId: 'fetchNoTimeout', line: 2, column: 21, suggestions: [{ messageId: 'addSignal', output: "const challengeFetcher = async (url: string) => {\n  const res = await fetch(url, { headers: { authorization: `Bearer ${process.env.CAPTCHA_SECRET_KEY}` }, signal: AbortSignal.timeout(10_000) });\n  return (await res.json()) as { challenge: string };\n};\n\nexport async function verifyCaptcha(serverUrl: string) {\n  return challengeFetcher(`${serverUrl}/api/auth/challenge`);\n}\n" }, { messageId: 'useFetchWithTimeout', output: "const challengeFetcher = async (url: string) => {\n  const res = await fetchWithTimeout(url, { headers: { authorization: `Bearer ${process.env.CAPTCHA_SECRET_KEY}` } });\n  return (await res.json()) as { challenge: string };\n};\n\nexport async function verifyCaptcha(serverUrl: string) {\n  return challengeFetcher(`${serverUrl}/api/auth/challenge`);\n}\n\n/** Default budget for one outbound call; keep it well under the route's `maxDuration`. */\nconst DEFAULT_FETCH_TIMEOUT_MS = 10_000;\n\n/**\n * `fetch` that gives up after `timeoutMs`: the request is aborted (the socket is closed, nothing keeps\n * running) and the promise rejects with a `TimeoutError` DOMException. A caller's own signal (e.g.\n * `request.signal`, so a client that leaves cancels the upstream call too) is combined with the timeout.\n *\n * In the route, also cap the whole invocation:\n *   export const maxDuration = 30; // seconds (Vercel): the platform's hard limit for the function\n */\nasync function fetchWithTimeout(\n  input: string | URL,\n  init: RequestInit = {},\n  timeoutMs: number = DEFAULT_FETCH_TIMEOUT_MS,\n): Promise<Response> {\n  const timeout = AbortSignal.timeout(timeoutMs);\n  const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;\n  return fetch(input, { ...init, signal });\n}\n" }] }],
    },
    // The same imported wrapper, not named in `timeoutWrappers`: the rule cannot see that it bounds the call.
    {
      code: "import { withSignals } from '~/server/signals/wrapper';\nimport { env } from '~/env/server';\n\nexport function joinGroup(userId: number, chatId: number) {\n  withSignals(() =>\n    fetch(`${env.SIGNALS_ENDPOINT}/users/${userId}/groups`, {\n      method: 'POST',\n      body: JSON.stringify(`chat:${chatId}`),\n    })\n  ).catch(() => undefined);\n}\n",
      filename: "src/server/services/chat.service.ts",
      errors: [{ messageId: 'fetchNoTimeout', line: 6, column: 5, suggestions: [{ messageId: 'addSignal', output: "import { withSignals } from '~/server/signals/wrapper';\nimport { env } from '~/env/server';\n\nexport function joinGroup(userId: number, chatId: number) {\n  withSignals(() =>\n    fetch(`${env.SIGNALS_ENDPOINT}/users/${userId}/groups`, {\n      method: 'POST',\n      body: JSON.stringify(`chat:${chatId}`), signal: AbortSignal.timeout(10_000),\n    })\n  ).catch(() => undefined);\n}\n" }, { messageId: 'useFetchWithTimeout', output: "import { withSignals } from '~/server/signals/wrapper';\nimport { env } from '~/env/server';\n\nexport function joinGroup(userId: number, chatId: number) {\n  withSignals(() =>\n    fetchWithTimeout(`${env.SIGNALS_ENDPOINT}/users/${userId}/groups`, {\n      method: 'POST',\n      body: JSON.stringify(`chat:${chatId}`),\n    })\n  ).catch(() => undefined);\n}\n\n/** Default budget for one outbound call; keep it well under the route's `maxDuration`. */\nconst DEFAULT_FETCH_TIMEOUT_MS = 10_000;\n\n/**\n * `fetch` that gives up after `timeoutMs`: the request is aborted (the socket is closed, nothing keeps\n * running) and the promise rejects with a `TimeoutError` DOMException. A caller's own signal (e.g.\n * `request.signal`, so a client that leaves cancels the upstream call too) is combined with the timeout.\n *\n * In the route, also cap the whole invocation:\n *   export const maxDuration = 30; // seconds (Vercel): the platform's hard limit for the function\n */\nasync function fetchWithTimeout(\n  input: string | URL,\n  init: RequestInit = {},\n  timeoutMs: number = DEFAULT_FETCH_TIMEOUT_MS,\n): Promise<Response> {\n  const timeout = AbortSignal.timeout(timeoutMs);\n  const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;\n  return fetch(input, { ...init, signal });\n}\n" }] }],
    },
    // A local wrapper that retries but sets no timer.
    {
      code: "async function withRetry<T>(fn: () => Promise<T>): Promise<T> {\n  for (let i = 0; ; i++) {\n    try {\n      return await fn();\n    } catch (e) {\n      if (i >= 2) throw e;\n    }\n  }\n}\n\nexport async function GET() {\n  const res = await withRetry(() => fetch(`${process.env.SIGNALS_ENDPOINT}/health`));\n  return Response.json(await res.json());\n}\n",
      filename: "app/api/health/route.ts",
      errors: [{ messageId: 'fetchNoTimeout', line: 12, column: 37, suggestions: [{ messageId: 'addSignal', output: "async function withRetry<T>(fn: () => Promise<T>): Promise<T> {\n  for (let i = 0; ; i++) {\n    try {\n      return await fn();\n    } catch (e) {\n      if (i >= 2) throw e;\n    }\n  }\n}\n\nexport async function GET() {\n  const res = await withRetry(() => fetch(`${process.env.SIGNALS_ENDPOINT}/health`, { signal: AbortSignal.timeout(10_000) }));\n  return Response.json(await res.json());\n}\n" }, { messageId: 'useFetchWithTimeout', output: "async function withRetry<T>(fn: () => Promise<T>): Promise<T> {\n  for (let i = 0; ; i++) {\n    try {\n      return await fn();\n    } catch (e) {\n      if (i >= 2) throw e;\n    }\n  }\n}\n\nexport async function GET() {\n  const res = await withRetry(() => fetchWithTimeout(`${process.env.SIGNALS_ENDPOINT}/health`));\n  return Response.json(await res.json());\n}\n\n/** Default budget for one outbound call; keep it well under the route's `maxDuration`. */\nconst DEFAULT_FETCH_TIMEOUT_MS = 10_000;\n\n/**\n * `fetch` that gives up after `timeoutMs`: the request is aborted (the socket is closed, nothing keeps\n * running) and the promise rejects with a `TimeoutError` DOMException. A caller's own signal (e.g.\n * `request.signal`, so a client that leaves cancels the upstream call too) is combined with the timeout.\n *\n * In the route, also cap the whole invocation:\n *   export const maxDuration = 30; // seconds (Vercel): the platform's hard limit for the function\n */\nasync function fetchWithTimeout(\n  input: string | URL,\n  init: RequestInit = {},\n  timeoutMs: number = DEFAULT_FETCH_TIMEOUT_MS,\n): Promise<Response> {\n  const timeout = AbortSignal.timeout(timeoutMs);\n  const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;\n  return fetch(input, { ...init, signal });\n}\n" }] }],
    },
    // The same module in the app's server folder.
    {
      code: "export async function callApi(url, token) {\n  const response = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });\n  return response.json();\n}\nconst key = process.env.CIVITAI_API_KEY;\n",
      filename: "src/server/civitai-client.js",
      errors: [{ messageId: 'fetchNoTimeout', line: 2, column: 26, suggestions: [{ messageId: 'addSignal', output: "export async function callApi(url, token) {\n  const response = await fetch(url, { headers: { Authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(10_000) });\n  return response.json();\n}\nconst key = process.env.CIVITAI_API_KEY;\n" }, { messageId: 'useFetchWithTimeout', output: "export async function callApi(url, token) {\n  const response = await fetchWithTimeout(url, { headers: { Authorization: `Bearer ${token}` } });\n  return response.json();\n}\nconst key = process.env.CIVITAI_API_KEY;\n\n/** Default budget for one outbound call; keep it well under the route's `maxDuration`. */\nconst DEFAULT_FETCH_TIMEOUT_MS = 10_000;\n\n/**\n * `fetch` that gives up after `timeoutMs`: the request is aborted (the socket is closed, nothing keeps\n * running) and the promise rejects with a `TimeoutError` DOMException. A caller's own signal (e.g.\n * `request.signal`, so a client that leaves cancels the upstream call too) is combined with the timeout.\n *\n * In the route, also cap the whole invocation:\n *   export const maxDuration = 30; // seconds (Vercel): the platform's hard limit for the function\n */\nasync function fetchWithTimeout(\n  input,\n  init = {},\n  timeoutMs = DEFAULT_FETCH_TIMEOUT_MS,\n) {\n  const timeout = AbortSignal.timeout(timeoutMs);\n  const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;\n  return fetch(input, { ...init, signal });\n}\n" }] }],
    },
    // A route handler that is an arrow returning the fetch: the body streams on, so only the headers are bounded.
    {
      code: "export const GET = () => fetch(`${process.env.FILES_URL}/latest.zip`);\n",
      filename: "app/api/download/route.ts",
      errors: [{ messageId: 'streamedNoTimeout', line: 1, column: 26, suggestions: [{ messageId: 'useHeadersTimeout', output: "export const GET = () => fetchWithHeadersTimeout(`${process.env.FILES_URL}/latest.zip`);\n\n/** Default budget for one outbound call; keep it well under the route's `maxDuration`. */\nconst DEFAULT_FETCH_TIMEOUT_MS = 10_000;\n\n/**\n * For a response you stream on (a download proxy: `new Response(upstream.body)`): bounds the wait for\n * the response headers only. `fetchWithTimeout` would also abort the body mid-transfer once `timeoutMs`\n * has passed; here the timer is cleared as soon as the headers arrive, and the caller's own signal\n * (`request.signal`) still cancels the transfer when the client leaves.\n */\nasync function fetchWithHeadersTimeout(\n  input: string | URL,\n  init: RequestInit = {},\n  timeoutMs: number = DEFAULT_FETCH_TIMEOUT_MS,\n): Promise<Response> {\n  const controller = new AbortController();\n  const timer = setTimeout(() => controller.abort(new DOMException('No response headers in time', 'TimeoutError')), timeoutMs);\n  const signal = init.signal ? AbortSignal.any([init.signal, controller.signal]) : controller.signal;\n  try {\n    return await fetch(input, { ...init, signal });\n  } finally {\n    clearTimeout(timer);\n  }\n}\n" }] }],
    },
    // The same code outside Turborepo's generators folder is server code like any other.
    {
      code: "import { execSync } from 'node:child_process';\nexport default function generator(plop: any): void {\n  plop.setGenerator('init', {\n    actions: [{ type: 'modify', async transform(content: string) {\n      const latest = await fetch('https://registry.npmjs.org/-/package/zod/dist-tags').then((res) => res.json());\n      execSync('pnpm i');\n      return content + latest;\n    } }],\n  });\n}\n",
      filename: 'lib/generators/config.ts',
      errors: [
        {
          messageId: 'fetchNoTimeout',
          line: 5,
          suggestions: [
            {
              messageId: 'addSignal',
              output: "import { execSync } from 'node:child_process';\nexport default function generator(plop: any): void {\n  plop.setGenerator('init', {\n    actions: [{ type: 'modify', async transform(content: string) {\n      const latest = await fetch('https://registry.npmjs.org/-/package/zod/dist-tags', { signal: AbortSignal.timeout(10_000) }).then((res) => res.json());\n      execSync('pnpm i');\n      return content + latest;\n    } }],\n  });\n}\n",
            },
            {
              messageId: 'useFetchWithTimeout',
              output: inlined(
                "import { execSync } from 'node:child_process';\nexport default function generator(plop: any): void {\n  plop.setGenerator('init', {\n    actions: [{ type: 'modify', async transform(content: string) {\n      const latest = await fetchWithTimeout('https://registry.npmjs.org/-/package/zod/dist-tags').then((res) => res.json());\n      execSync('pnpm i');\n      return content + latest;\n    } }],\n  });\n}\n",
              ),
            },
          ],
        },
      ],
    },
    // Twins of hey's API client: in the monorepo's server app (apps/api/), a Pages API folder, a package named api.
    ...['apps/api/src/helpers/getPreferences.ts', 'pages/api/helpers/getPreferences.ts', 'packages/api/src/getPreferences.ts'].map((filename) => ({
      code: HEY_API_CLIENT,
      filename,
      errors: [{ messageId: 'axiosNoTimeout' as const, line: 7, suggestions: [{ messageId: 'addTimeout' as const, data: { text: 'timeout: 10_000' }, output: HEY_API_CLIENT.replace('      headers\n', '      headers, timeout: 10_000\n') }] }],
    })),
    // A shared package's api/ folder with other server evidence (a Node built-in: typebot's packages/whatsapp/src/api/).
    {
      code: `import { createHmac } from "node:crypto";\n${HEY_API_CLIENT}`,
      filename: 'packages/helpers/api/getPreferences.ts',
      errors: [{ messageId: 'axiosNoTimeout', line: 8, suggestions: [{ messageId: 'addTimeout', data: { text: 'timeout: 10_000' }, output: `import { createHmac } from "node:crypto";\n${HEY_API_CLIENT.replace('      headers\n', '      headers, timeout: 10_000\n')}` }] }],
    },
    // Twin of the root tools/ folder: an AI SDK's tools (lib/ai/tools/) are server code.
    { code: "export async function pingLab(prompt) {\n  const res = await fetch('https://api.anthropic.com/v1/messages', {\n    method: 'POST',\n    headers: { 'x-api-key': process.env.ANTHROPIC_API_KEY, 'content-type': 'application/json' },\n    body: JSON.stringify({ prompt }),\n  });\n  return res.json();\n}\n", filename: 'lib/ai/tools/anthropic-lab.mjs', errors: [{ messageId: 'fetchNoTimeout', line: 2, column: 21, suggestions: [{ messageId: 'addSignal', output: "export async function pingLab(prompt) {\n  const res = await fetch('https://api.anthropic.com/v1/messages', {\n    method: 'POST',\n    headers: { 'x-api-key': process.env.ANTHROPIC_API_KEY, 'content-type': 'application/json' },\n    body: JSON.stringify({ prompt }), signal: AbortSignal.timeout(10_000),\n  });\n  return res.json();\n}\n" }, { messageId: 'useFetchWithTimeout', output: "export async function pingLab(prompt) {\n  const res = await fetchWithTimeout('https://api.anthropic.com/v1/messages', {\n    method: 'POST',\n    headers: { 'x-api-key': process.env.ANTHROPIC_API_KEY, 'content-type': 'application/json' },\n    body: JSON.stringify({ prompt }),\n  });\n  return res.json();\n}\n\n/** Default budget for one outbound call; keep it well under the route's `maxDuration`. */\nconst DEFAULT_FETCH_TIMEOUT_MS = 10_000;\n\n/**\n * `fetch` that gives up after `timeoutMs`: the request is aborted (the socket is closed, nothing keeps\n * running) and the promise rejects with a `TimeoutError` DOMException. A caller's own signal (e.g.\n * `request.signal`, so a client that leaves cancels the upstream call too) is combined with the timeout.\n *\n * In the route, also cap the whole invocation:\n *   export const maxDuration = 30; // seconds (Vercel): the platform's hard limit for the function\n */\nasync function fetchWithTimeout(\n  input,\n  init = {},\n  timeoutMs = DEFAULT_FETCH_TIMEOUT_MS,\n) {\n  const timeout = AbortSignal.timeout(timeoutMs);\n  const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;\n  return fetch(input, { ...init, signal });\n}\n" }] }] },
    // Options in a variable (`new OpenAI(config)`): spread into a new object at the call, the declaration stays as it is.
    {
      code: "import OpenAI from 'openai';\nconst config = { apiKey: process.env.OPENAI_API_KEY, baseURL: 'https://api.groq.com/openai/v1' };\nexport const groq = new OpenAI(config);",
      filename: 'lib/groq.ts',
      errors: [
        {
          messageId: 'sdkClientNoTimeout',
          data: { client: 'OpenAI' },
          line: 3,
          column: 25,
          suggestions: [
            {
              messageId: 'addTimeout',
              data: { text: 'timeout: 60_000' },
              output: "import OpenAI from 'openai';\nconst config = { apiKey: process.env.OPENAI_API_KEY, baseURL: 'https://api.groq.com/openai/v1' };\nexport const groq = new OpenAI({ ...config, timeout: 60_000 });",
            },
          ],
        },
      ],
    },
    // A wrapped route handler (export const POST = withAuth(async (req) => ...)) is found by the shared handler finder: its request's signal is used.
    { code: "import { generateText } from 'ai';\nimport { withAuth } from '@/lib/auth';\n\nexport const POST = withAuth(async (req: Request) => {\n  const { prompt } = await req.json();\n  const { text } = await generateText({ model, prompt: String(prompt) });\n  return Response.json({ text });\n});\n", filename: 'app/api/gen/route.ts', errors: [{ messageId: 'aiCallNoSignal', line: 6, column: 26, suggestions: [{ messageId: 'addSignal', output: "import { generateText } from 'ai';\nimport { withAuth } from '@/lib/auth';\n\nexport const POST = withAuth(async (req: Request) => {\n  const { prompt } = await req.json();\n  const { text } = await generateText({ model, prompt: String(prompt), abortSignal: AbortSignal.any([req.signal, AbortSignal.timeout(60_000)]) });\n  return Response.json({ text });\n});\n" }] }] },
    // AI SDK calls in a route handler get the request's signal with the deadline; a stream outside a handler gets a 5-minute bound (not 60 s: long answers stream for minutes; typebot, midday); a shadowed `req` is not used.
    // badget-app's transcribe route: the AI SDK's `experimental_transcribe`, imported as `transcribe`, takes `abortSignal` too.
    { code: "import { openai } from '@ai-sdk/openai';\nimport { experimental_transcribe as transcribe } from 'ai';\n\nexport async function POST(req: Request) {\n  const { audio } = (await req.json()) as { audio: string };\n  const result = await transcribe({ model: openai.transcription('gpt-4o-mini-transcribe'), audio: Buffer.from(audio, 'base64') });\n  return Response.json({ text: result.text });\n}\n", filename: 'src/app/api/transcribe/route.ts', errors: [{ messageId: 'aiCallNoSignal', line: 6, column: 24, suggestions: [{ messageId: 'addSignal', output: "import { openai } from '@ai-sdk/openai';\nimport { experimental_transcribe as transcribe } from 'ai';\n\nexport async function POST(req: Request) {\n  const { audio } = (await req.json()) as { audio: string };\n  const result = await transcribe({ model: openai.transcription('gpt-4o-mini-transcribe'), audio: Buffer.from(audio, 'base64'), abortSignal: AbortSignal.any([req.signal, AbortSignal.timeout(60_000)]) });\n  return Response.json({ text: result.text });\n}\n" }] }] },
    { code: "import { generateObject } from 'ai';\nimport { z } from 'zod';\n\nexport async function POST(request: Request) {\n  const { text } = await request.json();\n  const { object } = await generateObject({ model, schema: z.object({ tags: z.array(z.string()) }), prompt: String(text) });\n  return Response.json(object);\n}\n", filename: 'app/api/tags/route.ts', errors: [{ messageId: 'aiCallNoSignal', line: 6, column: 28, suggestions: [{ messageId: 'addSignal', output: "import { generateObject } from 'ai';\nimport { z } from 'zod';\n\nexport async function POST(request: Request) {\n  const { text } = await request.json();\n  const { object } = await generateObject({ model, schema: z.object({ tags: z.array(z.string()) }), prompt: String(text), abortSignal: AbortSignal.any([request.signal, AbortSignal.timeout(60_000)]) });\n  return Response.json(object);\n}\n" }] }] },
    { code: "import { streamText } from 'ai';\n\nexport async function runChatCompletionStream(messages: { role: 'user'; content: string }[]) {\n  return streamText({ model, messages });\n}\n", filename: 'packages/ai/src/runChatCompletionStream.ts', errors: [{ messageId: 'aiCallNoSignal', line: 4, column: 10, suggestions: [{ messageId: 'addSignal', output: "import { streamText } from 'ai';\n\nexport async function runChatCompletionStream(messages: { role: 'user'; content: string }[]) {\n  return streamText({ model, messages, abortSignal: AbortSignal.timeout(300_000) });\n}\n" }] }] },
    { code: "import { generateText } from 'ai';\n\nexport async function POST(req: Request) {\n  const { prompt } = await req.json();\n  const results = await Promise.all([1, 2].map(async (req) => generateText({ model, prompt: `${prompt} #${req}` })));\n  return Response.json(results.map((r) => r.text));\n}\n", filename: 'app/api/multi/route.ts', errors: [{ messageId: 'aiCallNoSignal', line: 5, column: 63, suggestions: [{ messageId: 'addSignal', output: "import { generateText } from 'ai';\n\nexport async function POST(req: Request) {\n  const { prompt } = await req.json();\n  const results = await Promise.all([1, 2].map(async (req) => generateText({ model, prompt: `${prompt} #${req}`, abortSignal: AbortSignal.timeout(60_000) })));\n  return Response.json(results.map((r) => r.text));\n}\n" }] }] },
    // A body read chunk by chunk (`res.body.getReader()`: open-lovable's install progress) is a stream: only a deadline on the headers is offered;
    // the same handler's JSON read next to it still gets the whole-request deadline.
    { code: "export async function POST(request: Request) {\n  const { packages } = await request.json();\n  const res = await fetch(`${process.env.SANDBOX_API_URL}/install`, { method: 'POST', body: JSON.stringify({ packages }) });\n  const reader = res.body!.getReader();\n  const decoder = new TextDecoder();\n  let log = '';\n  for (;;) {\n    const { done, value } = await reader.read();\n    if (done) break;\n    log += decoder.decode(value);\n  }\n  const status = await fetch(`${process.env.SANDBOX_API_URL}/status`).then((r) => r.json());\n  return Response.json({ log, status });\n}\n", filename: 'app/api/install/route.ts', settings: helper, errors: [{ messageId: 'streamedNoTimeout', line: 3, column: 21, suggestions: [{ messageId: 'useHeadersTimeout', output: "import { fetchWithHeadersTimeout } from '@/lib/fetch-with-timeout';\nexport async function POST(request: Request) {\n  const { packages } = await request.json();\n  const res = await fetchWithHeadersTimeout(`${process.env.SANDBOX_API_URL}/install`, { method: 'POST', body: JSON.stringify({ packages }) });\n  const reader = res.body!.getReader();\n  const decoder = new TextDecoder();\n  let log = '';\n  for (;;) {\n    const { done, value } = await reader.read();\n    if (done) break;\n    log += decoder.decode(value);\n  }\n  const status = await fetch(`${process.env.SANDBOX_API_URL}/status`).then((r) => r.json());\n  return Response.json({ log, status });\n}\n" }] }, { messageId: 'fetchNoTimeout', line: 12, column: 24, suggestions: [{ messageId: 'addSignal', output: "export async function POST(request: Request) {\n  const { packages } = await request.json();\n  const res = await fetch(`${process.env.SANDBOX_API_URL}/install`, { method: 'POST', body: JSON.stringify({ packages }) });\n  const reader = res.body!.getReader();\n  const decoder = new TextDecoder();\n  let log = '';\n  for (;;) {\n    const { done, value } = await reader.read();\n    if (done) break;\n    log += decoder.decode(value);\n  }\n  const status = await fetch(`${process.env.SANDBOX_API_URL}/status`, { signal: AbortSignal.timeout(10_000) }).then((r) => r.json());\n  return Response.json({ log, status });\n}\n" }, { messageId: 'useFetchWithTimeout', output: "import { fetchWithTimeout } from '@/lib/fetch-with-timeout';\nexport async function POST(request: Request) {\n  const { packages } = await request.json();\n  const res = await fetch(`${process.env.SANDBOX_API_URL}/install`, { method: 'POST', body: JSON.stringify({ packages }) });\n  const reader = res.body!.getReader();\n  const decoder = new TextDecoder();\n  let log = '';\n  for (;;) {\n    const { done, value } = await reader.read();\n    if (done) break;\n    log += decoder.decode(value);\n  }\n  const status = await fetchWithTimeout(`${process.env.SANDBOX_API_URL}/status`).then((r) => r.json());\n  return Response.json({ log, status });\n}\n" }] }] },
    // The message of a streamed-on response advises the headers deadline, as its only suggestion does, not a whole-request signal (open-canvas' LangGraph proxy).
    { code: "import { LANGGRAPH_API_URL } from '@/constants';\n\nexport async function POST(req: Request) {\n  const path = new URL(req.url).pathname.replace(/^\\/?api\\//, '');\n  const res = await fetch(`${LANGGRAPH_API_URL}/${path}`, { method: 'POST', body: await req.text() });\n  return new Response(res.body, { status: res.status, statusText: res.statusText });\n}\n", filename: 'app/api/[..._path]/route.ts', settings: helper, errors: [{ messageId: 'streamedNoTimeout', line: 5, column: 21, suggestions: [{ messageId: 'useHeadersTimeout', output: "import { LANGGRAPH_API_URL } from '@/constants';\nimport { fetchWithHeadersTimeout } from '@/lib/fetch-with-timeout';\n\nexport async function POST(req: Request) {\n  const path = new URL(req.url).pathname.replace(/^\\/?api\\//, '');\n  const res = await fetchWithHeadersTimeout(`${LANGGRAPH_API_URL}/${path}`, { method: 'POST', body: await req.text() });\n  return new Response(res.body, { status: res.status, statusText: res.statusText });\n}\n" }] }] },
    // A download proxy streams the upstream body on: only a deadline on the headers is offered (a whole-request timeout would cut the transfer; midday's desktop download).
    { code: "export async function GET() {\n  const upstream = await fetch('https://github.com/acme/desktop/releases/latest/download/app.dmg');\n  return new Response(upstream.body, { headers: { 'content-type': 'application/octet-stream' } });\n}\n", filename: 'app/api/download/route.ts', settings: helper, errors: [{ messageId: 'streamedNoTimeout', line: 2, column: 26, suggestions: [{ messageId: 'useHeadersTimeout', output: "import { fetchWithHeadersTimeout } from '@/lib/fetch-with-timeout';\nexport async function GET() {\n  const upstream = await fetchWithHeadersTimeout('https://github.com/acme/desktop/releases/latest/download/app.dmg');\n  return new Response(upstream.body, { headers: { 'content-type': 'application/octet-stream' } });\n}\n" }] }] },
    // Twin: the same `new URL(`${...}/...`)` in an OG image route fetching another service's API (not a font or image) is reported.
    { code: "import { ImageResponse } from \"next/og\";\nexport const runtime = \"edge\";\n\nexport async function GET() {\n  const stats = await fetch(new URL(`${process.env.STATS_API_URL}/api/stats`)).then((res) => res.json());\n  return new ImageResponse(<div tw=\"flex\">{stats.count}</div>, { width: 1200, height: 630 });\n}\n", filename: 'apps/mail/app/og-api/home/route.tsx', errors: [{ messageId: 'fetchNoTimeout', line: 5, column: 23, suggestions: [{ messageId: 'addSignal', output: "import { ImageResponse } from \"next/og\";\nexport const runtime = \"edge\";\n\nexport async function GET() {\n  const stats = await fetch(new URL(`${process.env.STATS_API_URL}/api/stats`), { signal: AbortSignal.timeout(10_000) }).then((res) => res.json());\n  return new ImageResponse(<div tw=\"flex\">{stats.count}</div>, { width: 1200, height: 630 });\n}\n" }, { messageId: 'useFetchWithTimeout', output: "import { ImageResponse } from \"next/og\";\nexport const runtime = \"edge\";\n\nexport async function GET() {\n  const stats = await fetchWithTimeout(new URL(`${process.env.STATS_API_URL}/api/stats`)).then((res) => res.json());\n  return new ImageResponse(<div tw=\"flex\">{stats.count}</div>, { width: 1200, height: 630 });\n}\n\n/** Default budget for one outbound call; keep it well under the route's `maxDuration`. */\nconst DEFAULT_FETCH_TIMEOUT_MS = 10_000;\n\n/**\n * `fetch` that gives up after `timeoutMs`: the request is aborted (the socket is closed, nothing keeps\n * running) and the promise rejects with a `TimeoutError` DOMException. A caller's own signal (e.g.\n * `request.signal`, so a client that leaves cancels the upstream call too) is combined with the timeout.\n *\n * In the route, also cap the whole invocation:\n *   export const maxDuration = 30; // seconds (Vercel): the platform's hard limit for the function\n */\nasync function fetchWithTimeout(\n  input: string | URL,\n  init: RequestInit = {},\n  timeoutMs: number = DEFAULT_FETCH_TIMEOUT_MS,\n): Promise<Response> {\n  const timeout = AbortSignal.timeout(timeoutMs);\n  const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;\n  return fetch(input, { ...init, signal });\n}\n" }] }] },
    // The same OG image route fetching data from an API is reported; so is a static file fetched outside an OG image route.
    { code: "import { ImageResponse } from \"next/og\";\n\nexport const runtime = \"edge\";\n\nexport async function GET(request: Request) {\n  const slug = new URL(request.url).searchParams.get(\"slug\") ?? \"\";\n  const stats = await fetch(`https://api.example.com/projects/${slug}/stats`).then((res) => res.json());\n  return new ImageResponse(<div tw=\"flex\">{stats.stars}</div>, { width: 1200, height: 630 });\n}\n", filename: 'app/api/og/route.tsx', errors: [{ messageId: 'fetchNoTimeout', line: 7, column: 23, suggestions: [{ messageId: 'addSignal', output: "import { ImageResponse } from \"next/og\";\n\nexport const runtime = \"edge\";\n\nexport async function GET(request: Request) {\n  const slug = new URL(request.url).searchParams.get(\"slug\") ?? \"\";\n  const stats = await fetch(`https://api.example.com/projects/${slug}/stats`, { signal: AbortSignal.timeout(10_000) }).then((res) => res.json());\n  return new ImageResponse(<div tw=\"flex\">{stats.stars}</div>, { width: 1200, height: 630 });\n}\n" }, { messageId: 'useFetchWithTimeout', output: "import { ImageResponse } from \"next/og\";\n\nexport const runtime = \"edge\";\n\nexport async function GET(request: Request) {\n  const slug = new URL(request.url).searchParams.get(\"slug\") ?? \"\";\n  const stats = await fetchWithTimeout(`https://api.example.com/projects/${slug}/stats`).then((res) => res.json());\n  return new ImageResponse(<div tw=\"flex\">{stats.stars}</div>, { width: 1200, height: 630 });\n}\n\n/** Default budget for one outbound call; keep it well under the route's `maxDuration`. */\nconst DEFAULT_FETCH_TIMEOUT_MS = 10_000;\n\n/**\n * `fetch` that gives up after `timeoutMs`: the request is aborted (the socket is closed, nothing keeps\n * running) and the promise rejects with a `TimeoutError` DOMException. A caller's own signal (e.g.\n * `request.signal`, so a client that leaves cancels the upstream call too) is combined with the timeout.\n *\n * In the route, also cap the whole invocation:\n *   export const maxDuration = 30; // seconds (Vercel): the platform's hard limit for the function\n */\nasync function fetchWithTimeout(\n  input: string | URL,\n  init: RequestInit = {},\n  timeoutMs: number = DEFAULT_FETCH_TIMEOUT_MS,\n): Promise<Response> {\n  const timeout = AbortSignal.timeout(timeoutMs);\n  const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;\n  return fetch(input, { ...init, signal });\n}\n" }] }] },
    { code: "export async function GET() {\n  const upstream = await fetch(\"https://images.example.com/banner.png\");\n  return new Response(upstream.body, { headers: { \"content-type\": \"image/png\" } });\n}\n", filename: 'app/api/banner/route.ts', errors: [{ messageId: 'streamedNoTimeout', line: 2, column: 26, suggestions: [{ messageId: 'useHeadersTimeout', output: "export async function GET() {\n  const upstream = await fetchWithHeadersTimeout(\"https://images.example.com/banner.png\");\n  return new Response(upstream.body, { headers: { \"content-type\": \"image/png\" } });\n}\n\n/** Default budget for one outbound call; keep it well under the route's `maxDuration`. */\nconst DEFAULT_FETCH_TIMEOUT_MS = 10_000;\n\n/**\n * For a response you stream on (a download proxy: `new Response(upstream.body)`): bounds the wait for\n * the response headers only. `fetchWithTimeout` would also abort the body mid-transfer once `timeoutMs`\n * has passed; here the timer is cleared as soon as the headers arrive, and the caller's own signal\n * (`request.signal`) still cancels the transfer when the client leaves.\n */\nasync function fetchWithHeadersTimeout(\n  input: string | URL,\n  init: RequestInit = {},\n  timeoutMs: number = DEFAULT_FETCH_TIMEOUT_MS,\n): Promise<Response> {\n  const controller = new AbortController();\n  const timer = setTimeout(() => controller.abort(new DOMException('No response headers in time', 'TimeoutError')), timeoutMs);\n  const signal = init.signal ? AbortSignal.any([init.signal, controller.signal]) : controller.signal;\n  try {\n    return await fetch(input, { ...init, signal });\n  } finally {\n    clearTimeout(timer);\n  }\n}\n" }] }] },
    // A providers/ module that reads a server secret runs on the server: midday's Outlook OAuth client.
    { code: "export class OutlookProvider {\n  #tokenEndpoint = 'https://login.microsoftonline.com/common/oauth2/v2.0/token';\n\n  async refreshToken(refreshToken: string) {\n    const clientId = process.env.OUTLOOK_CLIENT_ID;\n    const clientSecret = process.env.OUTLOOK_CLIENT_SECRET;\n    if (!clientId || !clientSecret) throw new Error('Outlook OAuth is not configured');\n    const response = await fetch(this.#tokenEndpoint, {\n      method: 'POST',\n      body: new URLSearchParams({ client_id: clientId, client_secret: clientSecret, refresh_token: refreshToken, grant_type: 'refresh_token' }),\n    });\n    return response.json();\n  }\n}\n", filename: 'packages/inbox/src/providers/outlook.ts', errors: [{ messageId: 'fetchNoTimeout', line: 8, column: 28, suggestions: [{ messageId: 'addSignal', output: "export class OutlookProvider {\n  #tokenEndpoint = 'https://login.microsoftonline.com/common/oauth2/v2.0/token';\n\n  async refreshToken(refreshToken: string) {\n    const clientId = process.env.OUTLOOK_CLIENT_ID;\n    const clientSecret = process.env.OUTLOOK_CLIENT_SECRET;\n    if (!clientId || !clientSecret) throw new Error('Outlook OAuth is not configured');\n    const response = await fetch(this.#tokenEndpoint, {\n      method: 'POST',\n      body: new URLSearchParams({ client_id: clientId, client_secret: clientSecret, refresh_token: refreshToken, grant_type: 'refresh_token' }), signal: AbortSignal.timeout(10_000),\n    });\n    return response.json();\n  }\n}\n" }, { messageId: 'useFetchWithTimeout', output: "export class OutlookProvider {\n  #tokenEndpoint = 'https://login.microsoftonline.com/common/oauth2/v2.0/token';\n\n  async refreshToken(refreshToken: string) {\n    const clientId = process.env.OUTLOOK_CLIENT_ID;\n    const clientSecret = process.env.OUTLOOK_CLIENT_SECRET;\n    if (!clientId || !clientSecret) throw new Error('Outlook OAuth is not configured');\n    const response = await fetchWithTimeout(this.#tokenEndpoint, {\n      method: 'POST',\n      body: new URLSearchParams({ client_id: clientId, client_secret: clientSecret, refresh_token: refreshToken, grant_type: 'refresh_token' }),\n    });\n    return response.json();\n  }\n}\n\n/** Default budget for one outbound call; keep it well under the route's `maxDuration`. */\nconst DEFAULT_FETCH_TIMEOUT_MS = 10_000;\n\n/**\n * `fetch` that gives up after `timeoutMs`: the request is aborted (the socket is closed, nothing keeps\n * running) and the promise rejects with a `TimeoutError` DOMException. A caller's own signal (e.g.\n * `request.signal`, so a client that leaves cancels the upstream call too) is combined with the timeout.\n *\n * In the route, also cap the whole invocation:\n *   export const maxDuration = 30; // seconds (Vercel): the platform's hard limit for the function\n */\nasync function fetchWithTimeout(\n  input: string | URL,\n  init: RequestInit = {},\n  timeoutMs: number = DEFAULT_FETCH_TIMEOUT_MS,\n): Promise<Response> {\n  const timeout = AbortSignal.timeout(timeoutMs);\n  const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;\n  return fetch(input, { ...init, signal });\n}\n" }] }] },
    // Twin: the same module under another name.
    { code: "import { db } from \"@/db\"\nimport { categories } from \"@/db/schema\"\nimport { faker } from \"@faker-js/faker\"\n\nimport { absoluteUrl } from \"@/lib/utils\"\n\nexport async function revalidateItems() {\n  await fetch(absoluteUrl(\"/api/revalidate\"))\n}\n\nexport async function seedCategories() {\n  await db.delete(categories)\n  await db.insert(categories).values([{ id: faker.string.uuid(), name: faker.commerce.department() }])\n}\n", filename: 'src/lib/actions/revalidate.ts', settings: helper, errors: [{ messageId: 'fetchNoTimeout', line: 8, column: 9, suggestions: [{ messageId: 'addSignal', output: "import { db } from \"@/db\"\nimport { categories } from \"@/db/schema\"\nimport { faker } from \"@faker-js/faker\"\n\nimport { absoluteUrl } from \"@/lib/utils\"\n\nexport async function revalidateItems() {\n  await fetch(absoluteUrl(\"/api/revalidate\"), { signal: AbortSignal.timeout(10_000) })\n}\n\nexport async function seedCategories() {\n  await db.delete(categories)\n  await db.insert(categories).values([{ id: faker.string.uuid(), name: faker.commerce.department() }])\n}\n" }, { messageId: 'useFetchWithTimeout', output: "import { db } from \"@/db\"\nimport { categories } from \"@/db/schema\"\nimport { faker } from \"@faker-js/faker\"\n\nimport { absoluteUrl } from \"@/lib/utils\"\nimport { fetchWithTimeout } from '@/lib/fetch-with-timeout';\n\nexport async function revalidateItems() {\n  await fetchWithTimeout(absoluteUrl(\"/api/revalidate\"))\n}\n\nexport async function seedCategories() {\n  await db.delete(categories)\n  await db.insert(categories).values([{ id: faker.string.uuid(), name: faker.commerce.department() }])\n}\n" }] }] },
    // Twins: in a server folder the path helper's fetch is still relative (not reported), the other fetch is;
    // a URL helper (`formatUrl`) is not a path.
    { code: "import { DocumentDataType } from '@prisma/client';\n\nimport { formatPath } from '../../constants/app';\n\nexport const getFileFromS3 = async (key: string, type: DocumentDataType) => {\n  const presigned = await fetch(formatPath('/api/files/presigned-get-url'), {\n    method: 'POST',\n    body: JSON.stringify({ key, type }),\n  });\n  const { url } = await presigned.json();\n  const response = await fetch(url, { method: 'GET' });\n  return new Uint8Array(await response.arrayBuffer());\n};\n", filename: 'packages/lib/server/upload/get-file.ts', settings: helper, errors: [{ messageId: 'fetchNoTimeout', line: 11, column: 26, suggestions: [{ messageId: 'addSignal', output: "import { DocumentDataType } from '@prisma/client';\n\nimport { formatPath } from '../../constants/app';\n\nexport const getFileFromS3 = async (key: string, type: DocumentDataType) => {\n  const presigned = await fetch(formatPath('/api/files/presigned-get-url'), {\n    method: 'POST',\n    body: JSON.stringify({ key, type }),\n  });\n  const { url } = await presigned.json();\n  const response = await fetch(url, { method: 'GET', signal: AbortSignal.timeout(10_000) });\n  return new Uint8Array(await response.arrayBuffer());\n};\n" }, { messageId: 'useFetchWithTimeout', output: "import { DocumentDataType } from '@prisma/client';\n\nimport { formatPath } from '../../constants/app';\nimport { fetchWithTimeout } from '@/lib/fetch-with-timeout';\n\nexport const getFileFromS3 = async (key: string, type: DocumentDataType) => {\n  const presigned = await fetch(formatPath('/api/files/presigned-get-url'), {\n    method: 'POST',\n    body: JSON.stringify({ key, type }),\n  });\n  const { url } = await presigned.json();\n  const response = await fetchWithTimeout(url, { method: 'GET' });\n  return new Uint8Array(await response.arrayBuffer());\n};\n" }] }] },
    { code: "import { DocumentDataType } from '@prisma/client';\n\nimport { formatUrl } from '../../constants/app';\n\nexport const getFileFromS3 = async (key: string, type: DocumentDataType) => {\n  const presigned = await fetch(formatUrl('/api/files/presigned-get-url'), {\n    method: 'POST',\n    body: JSON.stringify({ key, type }),\n  });\n  const { url } = await presigned.json();\n  const response = await fetch(url, { method: 'GET' });\n  return new Uint8Array(await response.arrayBuffer());\n};\n", filename: 'packages/lib/server/upload/get-file.ts', settings: helper, errors: [{ messageId: 'fetchNoTimeout', line: 6, column: 27, suggestions: [{ messageId: 'addSignal', output: "import { DocumentDataType } from '@prisma/client';\n\nimport { formatUrl } from '../../constants/app';\n\nexport const getFileFromS3 = async (key: string, type: DocumentDataType) => {\n  const presigned = await fetch(formatUrl('/api/files/presigned-get-url'), {\n    method: 'POST',\n    body: JSON.stringify({ key, type }), signal: AbortSignal.timeout(10_000),\n  });\n  const { url } = await presigned.json();\n  const response = await fetch(url, { method: 'GET' });\n  return new Uint8Array(await response.arrayBuffer());\n};\n" }, { messageId: 'useFetchWithTimeout', output: "import { DocumentDataType } from '@prisma/client';\n\nimport { formatUrl } from '../../constants/app';\nimport { fetchWithTimeout } from '@/lib/fetch-with-timeout';\n\nexport const getFileFromS3 = async (key: string, type: DocumentDataType) => {\n  const presigned = await fetchWithTimeout(formatUrl('/api/files/presigned-get-url'), {\n    method: 'POST',\n    body: JSON.stringify({ key, type }),\n  });\n  const { url } = await presigned.json();\n  const response = await fetch(url, { method: 'GET' });\n  return new Uint8Array(await response.arrayBuffer());\n};\n" }] }, { messageId: 'fetchNoTimeout', line: 11, column: 26, suggestions: [{ messageId: 'addSignal', output: "import { DocumentDataType } from '@prisma/client';\n\nimport { formatUrl } from '../../constants/app';\n\nexport const getFileFromS3 = async (key: string, type: DocumentDataType) => {\n  const presigned = await fetch(formatUrl('/api/files/presigned-get-url'), {\n    method: 'POST',\n    body: JSON.stringify({ key, type }),\n  });\n  const { url } = await presigned.json();\n  const response = await fetch(url, { method: 'GET', signal: AbortSignal.timeout(10_000) });\n  return new Uint8Array(await response.arrayBuffer());\n};\n" }, { messageId: 'useFetchWithTimeout', output: "import { DocumentDataType } from '@prisma/client';\n\nimport { formatUrl } from '../../constants/app';\nimport { fetchWithTimeout } from '@/lib/fetch-with-timeout';\n\nexport const getFileFromS3 = async (key: string, type: DocumentDataType) => {\n  const presigned = await fetch(formatUrl('/api/files/presigned-get-url'), {\n    method: 'POST',\n    body: JSON.stringify({ key, type }),\n  });\n  const { url } = await presigned.json();\n  const response = await fetchWithTimeout(url, { method: 'GET' });\n  return new Uint8Array(await response.arrayBuffer());\n};\n" }] }] },
    // Twin: a value import of the Prisma client makes it server code.
    {
      code: "import { type EnvelopeItem, PrismaClient } from '@prisma/client';\n\nexport const fetchPDF = async (item: Pick<EnvelopeItem, 'id'>, downloadUrl: string) => {\n  const response = await fetch(downloadUrl);\n  return { id: item.id, blob: await response.blob() };\n};\n",
      filename: 'packages/lib/client-only/download-pdf.ts',
      settings: helper,
      errors: [
        {
          messageId: 'fetchNoTimeout',
          line: 4,
          column: 26,
          suggestions: [
            { messageId: 'addSignal', output: "import { type EnvelopeItem, PrismaClient } from '@prisma/client';\n\nexport const fetchPDF = async (item: Pick<EnvelopeItem, 'id'>, downloadUrl: string) => {\n  const response = await fetch(downloadUrl, { signal: AbortSignal.timeout(10_000) });\n  return { id: item.id, blob: await response.blob() };\n};\n" },
            { messageId: 'useFetchWithTimeout', output: "import { type EnvelopeItem, PrismaClient } from '@prisma/client';\nimport { fetchWithTimeout } from '@/lib/fetch-with-timeout';\n\nexport const fetchPDF = async (item: Pick<EnvelopeItem, 'id'>, downloadUrl: string) => {\n  const response = await fetchWithTimeout(downloadUrl);\n  return { id: item.id, blob: await response.blob() };\n};\n" },
          ],
        },
      ],
    },
    // A module that reads a server secret runs on the server, whatever its folder (onlook's utils/n8n/webhook.ts).
    {
      code: "import { env } from '@/env';\n\nexport async function notifyWebhook(user: { email: string }) {\n  const url = env.N8N_WEBHOOK_URL;\n  const apiKey = env.N8N_API_KEY;\n  if (!url || !apiKey) return;\n  await fetch(url, {\n    method: 'POST',\n    headers: { 'x-api-key': apiKey, 'Content-Type': 'application/json' },\n    body: JSON.stringify({ email: user.email }),\n  });\n}\n",
      filename: "src/utils/n8n/webhook.ts",
      settings: { prodready: { helperModules: { "require-request-timeout": "@/lib/fetch-with-timeout" } } },
      errors: [{ messageId: 'fetchNoTimeout', line: 7, column: 9, suggestions: [{ messageId: 'addSignal', output: "import { env } from '@/env';\n\nexport async function notifyWebhook(user: { email: string }) {\n  const url = env.N8N_WEBHOOK_URL;\n  const apiKey = env.N8N_API_KEY;\n  if (!url || !apiKey) return;\n  await fetch(url, {\n    method: 'POST',\n    headers: { 'x-api-key': apiKey, 'Content-Type': 'application/json' },\n    body: JSON.stringify({ email: user.email }), signal: AbortSignal.timeout(10_000),\n  });\n}\n" }, { messageId: 'useFetchWithTimeout', output: "import { env } from '@/env';\nimport { fetchWithTimeout } from '@/lib/fetch-with-timeout';\n\nexport async function notifyWebhook(user: { email: string }) {\n  const url = env.N8N_WEBHOOK_URL;\n  const apiKey = env.N8N_API_KEY;\n  if (!url || !apiKey) return;\n  await fetchWithTimeout(url, {\n    method: 'POST',\n    headers: { 'x-api-key': apiKey, 'Content-Type': 'application/json' },\n    body: JSON.stringify({ email: user.email }),\n  });\n}\n" }] }],
    },

    // Twin: the same code outside a test folder.
    {
      code: "import { execSync } from 'child_process';\nimport type { GlobalSetupContext } from 'vitest/node';\nimport { waitUntil } from '../utils/general';\n\nasync function waitForHealthy(port: number, timeout = 60_000): Promise<void> {\n  return waitUntil(async () => {\n    const response = await fetch(`http://localhost:${port}/api/health`);\n    return response.status === 200;\n  }, 'stack is healthy', timeout);\n}\n\nexport default async function setup({ provide }: GlobalSetupContext) {\n  execSync('docker compose up -d', { stdio: 'inherit' });\n  await waitForHealthy(3000);\n  provide('port', 3000);\n}\n",
      filename: "packages/api/setup/startContainers.ts",
      settings: {"prodready": {"helperModules": {"require-request-timeout": "@/lib/fetch-with-timeout"}}},
      errors: [{ messageId: 'fetchNoTimeout', line: 7, column: 28, suggestions: [{ messageId: 'addSignal', output: "import { execSync } from 'child_process';\nimport type { GlobalSetupContext } from 'vitest/node';\nimport { waitUntil } from '../utils/general';\n\nasync function waitForHealthy(port: number, timeout = 60_000): Promise<void> {\n  return waitUntil(async () => {\n    const response = await fetch(`http://localhost:${port}/api/health`, { signal: AbortSignal.timeout(10_000) });\n    return response.status === 200;\n  }, 'stack is healthy', timeout);\n}\n\nexport default async function setup({ provide }: GlobalSetupContext) {\n  execSync('docker compose up -d', { stdio: 'inherit' });\n  await waitForHealthy(3000);\n  provide('port', 3000);\n}\n" }, { messageId: 'useFetchWithTimeout', output: "import { execSync } from 'child_process';\nimport type { GlobalSetupContext } from 'vitest/node';\nimport { waitUntil } from '../utils/general';\nimport { fetchWithTimeout } from '@/lib/fetch-with-timeout';\n\nasync function waitForHealthy(port: number, timeout = 60_000): Promise<void> {\n  return waitUntil(async () => {\n    const response = await fetchWithTimeout(`http://localhost:${port}/api/health`);\n    return response.status === 200;\n  }, 'stack is healthy', timeout);\n}\n\nexport default async function setup({ provide }: GlobalSetupContext) {\n  execSync('docker compose up -d', { stdio: 'inherit' });\n  await waitForHealthy(3000);\n  provide('port', 3000);\n}\n" }] }],
    },

    // Twin: the same controller kept private, its signal never passed.
    {
      code: "import logger from './logger';\n\n// Aborted on shutdown; its signal is read by the queue runners in other modules.\nconst exitAbortController = new AbortController();\n\nexport const shutdownPromise = new Promise((resolve) => {\n  process.on('SIGTERM', () => {\n    logger.info('Received SIGTERM, shutting down ...');\n    exitAbortController.abort();\n    resolve('');\n  });\n});\n",
      filename: "apps/worker/exit.ts",
      errors: [{ messageId: 'unusedController', line: 4, column: 29 }],
    },

    // Twin of chimera-leads' test script: the function is not called as a runner at the top level (a timer runs it): reported.
    { code: "/**\n * Test script for sequence API endpoints\n * Run with: node test-sequences-api.js\n */\nasync function testSequenceAPIs() {\n  const baseUrl = 'http://localhost:3000/api/sequences';\n  const headers = { Cookie: `__session=${process.env.AUTH_TOKEN}` };\n  const listResponse = await fetch(`${baseUrl}/templates`, { headers });\n  console.log(listResponse.status);\n}\n\nsetTimeout(testSequenceAPIs, 0);\n", filename: 'test-sequences-api.js', settings: helper, errors: [{ messageId: 'fetchNoTimeout', line: 8, column: 30, suggestions: [{ messageId: 'addSignal', output: "/**\n * Test script for sequence API endpoints\n * Run with: node test-sequences-api.js\n */\nasync function testSequenceAPIs() {\n  const baseUrl = 'http://localhost:3000/api/sequences';\n  const headers = { Cookie: `__session=${process.env.AUTH_TOKEN}` };\n  const listResponse = await fetch(`${baseUrl}/templates`, { headers, signal: AbortSignal.timeout(10_000) });\n  console.log(listResponse.status);\n}\n\nsetTimeout(testSequenceAPIs, 0);\n" }, { messageId: 'useFetchWithTimeout', output: "import { fetchWithTimeout } from '@/lib/fetch-with-timeout';\n/**\n * Test script for sequence API endpoints\n * Run with: node test-sequences-api.js\n */\nasync function testSequenceAPIs() {\n  const baseUrl = 'http://localhost:3000/api/sequences';\n  const headers = { Cookie: `__session=${process.env.AUTH_TOKEN}` };\n  const listResponse = await fetchWithTimeout(`${baseUrl}/templates`, { headers });\n  console.log(listResponse.status);\n}\n\nsetTimeout(testSequenceAPIs, 0);\n" }] }] },
    // Twin of tavla's run-once script below: a module without a command-line sign that polls in a top-level loop runs for
    // good, and one hung fetch stalls it.
    {
      code: "import { readFileSync } from 'node:fs';\nconst [url] = [process.env.CHECK_URL];\nwhile (true) {\n  const res = await fetch(url);\n  if (!res.ok) console.error(\"down\");\n  await new Promise((r) => setTimeout(r, 60_000));\n}\n",
      filename: "check-links.mjs",
      errors: [{ messageId: 'fetchNoTimeout', line: 4, column: 21, suggestions: [{ messageId: 'addSignal', output: "import { readFileSync } from 'node:fs';\nconst [url] = [process.env.CHECK_URL];\nwhile (true) {\n  const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });\n  if (!res.ok) console.error(\"down\");\n  await new Promise((r) => setTimeout(r, 60_000));\n}\n" }, { messageId: 'useFetchWithTimeout', output: "import { readFileSync } from 'node:fs';\nconst [url] = [process.env.CHECK_URL];\nwhile (true) {\n  const res = await fetchWithTimeout(url);\n  if (!res.ok) console.error(\"down\");\n  await new Promise((r) => setTimeout(r, 60_000));\n}\n\n/** Default budget for one outbound call; keep it well under the route's `maxDuration`. */\nconst DEFAULT_FETCH_TIMEOUT_MS = 10_000;\n\n/**\n * `fetch` that gives up after `timeoutMs`: the request is aborted (the socket is closed, nothing keeps\n * running) and the promise rejects with a `TimeoutError` DOMException. A caller's own signal (e.g.\n * `request.signal`, so a client that leaves cancels the upstream call too) is combined with the timeout.\n *\n * In the route, also cap the whole invocation:\n *   export const maxDuration = 30; // seconds (Vercel): the platform's hard limit for the function\n */\nasync function fetchWithTimeout(\n  input,\n  init = {},\n  timeoutMs = DEFAULT_FETCH_TIMEOUT_MS,\n) {\n  const timeout = AbortSignal.timeout(timeoutMs);\n  const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;\n  return fetch(input, { ...init, signal });\n}\n" }] }],
    },

    // Its twin: an absolute URL resolved against import.meta.url is still the network.
    {
      code: "export async function GET() {\n  const font = await fetch(new URL('https://fonts.example.com/Roboto.ttf', import.meta.url));\n  return new Response(await font.arrayBuffer());\n}\n",
      filename: 'app/api/og/route.tsx',
      settings: helper,
      errors: [
        {
          messageId: 'fetchNoTimeout',
          line: 2,
          suggestions: [
            { messageId: 'addSignal', data: { text: sig }, output: `export async function GET() {\n  const font = await fetch(new URL('https://fonts.example.com/Roboto.ttf', import.meta.url), { ${sig} });\n  return new Response(await font.arrayBuffer());\n}\n` },
            { messageId: 'useFetchWithTimeout', data: { helper: 'fetchWithTimeout()', call: 'fetch()' }, output: `${IMPORT}\nexport async function GET() {\n  const font = await fetchWithTimeout(new URL('https://fonts.example.com/Roboto.ttf', import.meta.url));\n  return new Response(await font.arrayBuffer());\n}\n` },
          ],
        },
      ],
    },
    {
      code: "export async function GET() {\n  const res = await fetch('https://api.example.com/v1/items');\n  return Response.json(await res.json());\n}",
      filename: FILES.route,
      settings: helper,
      errors: [
        {
          messageId: 'fetchNoTimeout',
          data: { target: 'https://api.example.com' },
          line: 2,
          column: 21,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'addSignal',
              data: { text: sig },
              output: `export async function GET() {\n  const res = await fetch('https://api.example.com/v1/items', { ${sig} });\n  return Response.json(await res.json());\n}`,
            },
            {
              messageId: 'useFetchWithTimeout',
              data: { helper: 'fetchWithTimeout()', call: 'fetch()' },
              output: `${IMPORT}\nexport async function GET() {\n  const res = await fetchWithTimeout('https://api.example.com/v1/items');\n  return Response.json(await res.json());\n}`,
            },
          ],
        },
      ],
    },
    {
      code: "export default async function handler(req, res) {\n  const r = await fetch(`${process.env.API_URL}/items`, { method: 'POST', body: JSON.stringify(req.body) });\n  res.json(await r.json());\n}",
      filename: 'pages/api/items.js',
      settings: helper,
      errors: [
        {
          messageId: 'fetchNoTimeout',
          data: { target: 'a variable URL' },
          suggestions: [
            {
              messageId: 'addSignal',
              data: { text: sig },
              output: `export default async function handler(req, res) {\n  const r = await fetch(\`\${process.env.API_URL}/items\`, { method: 'POST', body: JSON.stringify(req.body), ${sig} });\n  res.json(await r.json());\n}`,
            },
            {
              messageId: 'useFetchWithTimeout',
              output: `${IMPORT}\nexport default async function handler(req, res) {\n  const r = await fetchWithTimeout(\`\${process.env.API_URL}/items\`, { method: 'POST', body: JSON.stringify(req.body) });\n  res.json(await r.json());\n}`,
            },
          ],
        },
      ],
    },
    // Next.js cache options bound nothing: a cache miss still waits on the upstream.
    {
      code: "'use server';\nexport async function load(url: string) { return fetch(url, { next: { revalidate: 60 } }); }",
      filename: FILES.action,
      settings: helper,
      errors: [
        {
          messageId: 'fetchNoTimeout',
          data: { target: '`url`' },
          suggestions: [
            {
              messageId: 'addSignal',
              data: { text: sig },
              output: `'use server';\nexport async function load(url: string) { return fetch(url, { next: { revalidate: 60 }, ${sig} }); }`,
            },
            {
              messageId: 'useFetchWithTimeout',
              output: `'use server';\n${IMPORT}\nexport async function load(url: string) { return fetchWithTimeout(url, { next: { revalidate: 60 } }); }`,
            },
          ],
        },
      ],
    },
    // Options through a local binding: no signal to add there, but fetchWithTimeout takes them as they are.
    {
      code: "import { db } from '@/lib/db';\nconst init = { method: 'POST' };\nexport async function sync(url: string) {\n  await fetch(url, init);\n}\n",
      filename: 'server/sync.ts',
      settings: helper,
      errors: [
        {
          messageId: 'fetchNoTimeout',
          suggestions: [
            {
              messageId: 'useFetchWithTimeout',
              output: `import { db } from '@/lib/db';\n${IMPORT}\nconst init = { method: 'POST' };\nexport async function sync(url: string) {\n  await fetchWithTimeout(url, init);\n}\n`,
            },
          ],
        },
      ],
    },
    // No helper module configured: the suggestion brings the snippet's code into the file.
    (() => {
      const code = "export async function GET() {\n  const res = await fetch('https://api.example.com/v1/items');\n  return Response.json(await res.json());\n}\n";
      return {
        code,
        filename: FILES.route,
        errors: [
          {
            messageId: 'fetchNoTimeout' as const,
            suggestions: [
              { messageId: 'addSignal' as const, output: code.replace("items')", `items', { ${sig} })`) },
              { messageId: 'useFetchWithTimeout' as const, output: inlined(code.replace('await fetch(', 'await fetchWithTimeout(')) },
            ],
          },
        ],
      };
    })(),
    // globalThis.fetch; the helper already imported (no second import).
    {
      code: `${IMPORT}\nexport async function GET() {\n  const res = await globalThis.fetch('https://api.example.com/x');\n  return Response.json(await res.json());\n}`,
      filename: FILES.route,
      settings: helper,
      errors: [
        {
          messageId: 'fetchNoTimeout',
          suggestions: [
            { messageId: 'addSignal', output: `${IMPORT}\nexport async function GET() {\n  const res = await globalThis.fetch('https://api.example.com/x', { ${sig} });\n  return Response.json(await res.json());\n}` },
            {
              messageId: 'useFetchWithTimeout',
              data: { helper: 'fetchWithTimeout()', call: 'globalThis.fetch()' },
              output: `${IMPORT}\nexport async function GET() {\n  const res = await fetchWithTimeout('https://api.example.com/x');\n  return Response.json(await res.json());\n}`,
            },
          ],
        },
      ],
    },
    // A local function of that name is something else: not called.
    {
      code: "function fetchWithTimeout(u: string, ms: number) { return u + ms; }\nexport async function GET() {\n  const res = await fetch('https://api.example.com/x');\n  return Response.json(await res.json());\n}",
      filename: FILES.route,
      errors: [
        {
          messageId: 'fetchNoTimeout',
          suggestions: [
            {
              messageId: 'addSignal',
              output: `function fetchWithTimeout(u: string, ms: number) { return u + ms; }\nexport async function GET() {\n  const res = await fetch('https://api.example.com/x', { ${sig} });\n  return Response.json(await res.json());\n}`,
            },
          ],
        },
      ],
    },
    // node-fetch in a server-only module; middleware.
    {
      code: "import fetch from 'node-fetch';\nimport 'server-only';\nexport const get = (u) => fetch(u);",
      filename: 'lib/http.ts',
      errors: [{ messageId: 'fetchNoTimeout', suggestions: [{ messageId: 'addSignal', data: { text: sig }, output: `import fetch from 'node-fetch';\nimport 'server-only';\nexport const get = (u) => fetch(u, { ${sig} });` }] }],
    },
    // axios without timeout, and an instance without one.
    {
      code: "import axios from 'axios';\nexport async function GET() {\n  const { data } = await axios.get('https://api.example.com');\n  await axios.post('https://api.example.com', { a: 1 });\n  return Response.json(data);\n}",
      filename: FILES.route,
      errors: [
        {
          messageId: 'axiosNoTimeout',
          line: 3,
          suggestions: [
            {
              messageId: 'addTimeout',
              data: { text: 'timeout: 10_000' },
              output: "import axios from 'axios';\nexport async function GET() {\n  const { data } = await axios.get('https://api.example.com', { timeout: 10_000 });\n  await axios.post('https://api.example.com', { a: 1 });\n  return Response.json(data);\n}",
            },
          ],
        },
        {
          messageId: 'axiosNoTimeout',
          line: 4,
          suggestions: [
            {
              messageId: 'addTimeout',
              data: { text: 'timeout: 10_000' },
              output: "import axios from 'axios';\nexport async function GET() {\n  const { data } = await axios.get('https://api.example.com');\n  await axios.post('https://api.example.com', { a: 1 }, { timeout: 10_000 });\n  return Response.json(data);\n}",
            },
          ],
        },
      ],
    },
    {
      code: "const axios = require('axios');\nconst api = axios.create({ baseURL: 'https://x' });\nmodule.exports = async (req, res) => res.json((await api.get('/x', { headers: {} })).data);",
      filename: 'api/handler.js',
      errors: [
        {
          messageId: 'axiosNoTimeout',
          data: { client: 'api.get' },
          suggestions: [
            {
              messageId: 'addTimeout',
              data: { text: 'timeout: 10_000' },
              output: "const axios = require('axios');\nconst api = axios.create({ baseURL: 'https://x' });\nmodule.exports = async (req, res) => res.json((await api.get('/x', { headers: {}, timeout: 10_000 })).data);",
            },
          ],
        },
      ],
    },
    // SDK clients: reported at the construction (the default lives there).
    {
      code: "import OpenAI from 'openai';\nexport const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });",
      filename: 'lib/openai.ts',
      errors: [
        {
          messageId: 'sdkClientNoTimeout',
          data: { client: 'OpenAI' },
          line: 2,
          column: 27,
          suggestions: [
            {
              messageId: 'addTimeout',
              data: { text: 'timeout: 60_000' },
              output: "import OpenAI from 'openai';\nexport const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY, timeout: 60_000 });",
            },
          ],
        },
      ],
    },
    {
      code: "import Anthropic from '@anthropic-ai/sdk';\nconst anthropic = new Anthropic();",
      filename: FILES.route,
      errors: [
        {
          messageId: 'sdkClientNoTimeout',
          data: { client: 'Anthropic' },
          suggestions: [
            {
              messageId: 'addTimeout',
              data: { text: 'timeout: 60_000' },
              output: "import Anthropic from '@anthropic-ai/sdk';\nconst anthropic = new Anthropic({ timeout: 60_000 });",
            },
          ],
        },
      ],
    },
    // Vercel AI SDK.
    {
      code: "import { streamText } from 'ai';\nexport async function POST(req: Request) {\n  const result = streamText({ model, messages });\n  return result.toDataStreamResponse();\n}",
      filename: FILES.route,
      errors: [
        {
          messageId: 'aiCallNoSignal',
          data: { call: 'streamText' },
          line: 3,
          suggestions: [
            {
              messageId: 'addSignal',
              // A stream in a route handler: the request's signal (the client leaving stops the model), not a 60 s cap.
              data: { text: 'abortSignal: req.signal' },
              output:
                "import { streamText } from 'ai';\nexport async function POST(req: Request) {\n  const result = streamText({ model, messages, abortSignal: req.signal });\n  return result.toDataStreamResponse();\n}",
            },
          ],
        },
      ],
    },
    // Seed 003: a controller that is aborted but whose signal goes nowhere.
    {
      code: `export const maxDuration = 30;
export async function POST(request: Request) {
  const controller = new AbortController();
  const timeoutId = setTimeout(() => controller.abort(), 25000);
  try {
    const intent = await parser.parseCampaignIntent(prompt);
    clearTimeout(timeoutId);
    return Response.json(intent);
  } catch (error) {
    clearTimeout(timeoutId);
    throw error;
  }
}`,
      filename: 'src/app/api/campaign/route.ts',
      errors: [{ messageId: 'unusedController', data: { name: 'controller' }, line: 3, column: 22 }],
    },
    {
      code: 'const abortController = new AbortController();\nconst lock = await acquire();\nabortController.abort();',
      filename: 'server/lock.ts',
      errors: [{ messageId: 'unusedController' }],
    },
  ],
});

ruleTester.run('require-request-timeout (calls to the app itself)', rule, {
  valid: [
    // create-agentic-app's diagnostics route (copied into the apps built on it): the origin from an inline function that
    // returns the request's own origin, or the app's URL, or a literal.
    {"code": "export async function GET(req: Request) {\n  const origin = (() => {\n    try {\n      return new URL(req.url).origin;\n    } catch {\n      return process.env.NEXT_PUBLIC_APP_URL || 'http://localhost:3000';\n    }\n  })();\n  const res = await fetch(`${origin}/api/auth/session`, { cache: 'no-store' });\n  return Response.json({ auth: res.ok });\n}\n", "filename": "src/app/api/diagnostics/route.ts"},
    // life-center's admin page: a server action calling the app's own API route by its own origin (NEXT_PUBLIC_SITE_URL, else the request's forwarded host).
    {"code": "import { headers } from 'next/headers';\nimport { redirect } from 'next/navigation';\n\nexport default async function CategoriesPage() {\n  async function deleteCategory(id: string) {\n    'use server';\n    const h = await headers();\n    const fromHeaders = `${h.get('x-forwarded-proto') ?? 'http'}://${h.get('x-forwarded-host') ?? h.get('host')}`;\n    const base = process.env.NEXT_PUBLIC_SITE_URL || fromHeaders;\n    await fetch(`${base}/api/admin/categories/${id}`, { method: 'DELETE', cache: 'no-store' });\n    redirect('/admin/categories');\n  }\n  return <form action={deleteCategory.bind(null, '1')} />;\n}\n", "filename": "app/admin/(protected)/categories/page.tsx"},
    // papermark's bulk-download task: the app's own job route, by NEXTAUTH_URL with its production address as the default.
    {"code": "import { task } from '@trigger.dev/sdk/v3';\n\nexport const bulkDownload = task({\n  id: 'bulk-download',\n  run: async (payload: { batch: string[] }) => {\n    const baseUrl = process.env.NEXTAUTH_URL || 'https://app.example.com';\n    const response = await fetch(`${baseUrl}/api/jobs/process-download-batch`, {\n      method: 'POST',\n      headers: { Authorization: `Bearer ${process.env.INTERNAL_API_KEY}` },\n      body: JSON.stringify(payload),\n    });\n    return response.json();\n  },\n});\n", "filename": "lib/trigger/bulk-download.ts"},
    // the site's own cron route, by concatenation.
    {"code": "import 'server-only';\n\nexport async function releaseCartItems() {\n  await fetch(process.env.NEXT_PUBLIC_SITE_URL + '/api/cron', { method: 'POST' });\n}\n", "filename": "src/lib/cron/release-cart.ts"},
    // Vercel's deployment URL and the request's own origin.
    {"code": "export async function POST(request: Request) {\n  await fetch(`https://${process.env.VERCEL_URL}/api/revalidate`, { method: 'POST' });\n  await fetch(`${new URL(request.url).origin}/api/notify`, { method: 'POST' });\n  const origin = request.nextUrl.origin;\n  await fetch(new URL('/api/audit', origin), { method: 'POST' });\n  return Response.json({ ok: true });\n}\n", "filename": "app/api/publish/route.ts"},
    // An OG image route reading JSON from the app's own deployment (the shape of the loader above, reading data).
    { code: OG_FILE_LOADER('json'), filename: 'app/api/og/route.tsx' },
    // Zero's og-api fetching the app's own stats route through `new URL(`${NEXT_PUBLIC_APP_URL}/api/stats`)`.
    {"code": "import { ImageResponse } from \"next/og\";\nexport const runtime = \"edge\";\n\nexport async function GET() {\n  const stats = await fetch(new URL(`${process.env.NEXT_PUBLIC_APP_URL}/api/stats`)).then((res) => res.json());\n  return new ImageResponse(<div tw=\"flex\">{stats.count}</div>, { width: 1200, height: 630 });\n}\n", "filename": "apps/mail/app/og-api/home/route.tsx"},
  ],
  invalid: [
    // Twin: a default that is another backend's address from the env, not the app's.
    {"code": "export async function POST() {\n  const base = process.env.NEXT_PUBLIC_SITE_URL || process.env.BACKEND_URL;\n  await fetch(`${base}/api/revalidate`, { method: 'POST' });\n  return Response.json({ ok: true });\n}\n", "filename": "app/api/publish/route.ts", "errors": [{"messageId": "fetchNoTimeout", "line": 3, "column": 9, "suggestions": [{"messageId": "addSignal", "output": "export async function POST() {\n  const base = process.env.NEXT_PUBLIC_SITE_URL || process.env.BACKEND_URL;\n  await fetch(`${base}/api/revalidate`, { method: 'POST', signal: AbortSignal.timeout(10_000) });\n  return Response.json({ ok: true });\n}\n"}, {"messageId": "useFetchWithTimeout", "output": "import { fetchWithTimeout } from '@/lib/fetch-with-timeout';\nexport async function POST() {\n  const base = process.env.NEXT_PUBLIC_SITE_URL || process.env.BACKEND_URL;\n  await fetchWithTimeout(`${base}/api/revalidate`, { method: 'POST' });\n  return Response.json({ ok: true });\n}\n"}]}], settings: helper },
    // Twin: API_URL names a separate backend.
    {"code": "export async function POST() {\n  await fetch(`${process.env.API_URL}/api/revalidate`, { method: 'POST' });\n  return Response.json({ ok: true });\n}\n", "filename": "app/api/publish/route.ts", "errors": [{"messageId": "fetchNoTimeout", "line": 2, "column": 9, "suggestions": [{"messageId": "addSignal", "output": "export async function POST() {\n  await fetch(`${process.env.API_URL}/api/revalidate`, { method: 'POST', signal: AbortSignal.timeout(10_000) });\n  return Response.json({ ok: true });\n}\n"}, {"messageId": "useFetchWithTimeout", "output": "import { fetchWithTimeout } from '@/lib/fetch-with-timeout';\nexport async function POST() {\n  await fetchWithTimeout(`${process.env.API_URL}/api/revalidate`, { method: 'POST' });\n  return Response.json({ ok: true });\n}\n"}]}], settings: helper },
    // Twin: a host taken from another request header.
    {"code": "export async function POST(req: Request) {\n  await fetch(`https://${req.headers.get('x-target-host')}/api/revalidate`, { method: 'POST' });\n  return Response.json({ ok: true });\n}\n", "filename": "app/api/publish/route.ts", "errors": [{"messageId": "fetchNoTimeout", "line": 2, "column": 9, "suggestions": [{"messageId": "addSignal", "output": "export async function POST(req: Request) {\n  await fetch(`https://${req.headers.get('x-target-host')}/api/revalidate`, { method: 'POST', signal: AbortSignal.timeout(10_000) });\n  return Response.json({ ok: true });\n}\n"}, {"messageId": "useFetchWithTimeout", "output": "import { fetchWithTimeout } from '@/lib/fetch-with-timeout';\nexport async function POST(req: Request) {\n  await fetchWithTimeout(`https://${req.headers.get('x-target-host')}/api/revalidate`, { method: 'POST' });\n  return Response.json({ ok: true });\n}\n"}]}], settings: helper },
    // Twin: the inline function may also return another service's address from the env: reported.
    {"code": "export async function GET(req: Request) {\n  const origin = (() => {\n    try {\n      return new URL(req.url).origin;\n    } catch {\n      return process.env.STATUS_API_URL;\n    }\n  })();\n  const res = await fetch(`${origin}/api/auth/session`, { cache: 'no-store' });\n  return Response.json({ auth: res.ok });\n}\n", "filename": "src/app/api/diagnostics/route.ts", "errors": [{"messageId": "fetchNoTimeout", "line": 9, "column": 21, "suggestions": [{"messageId": "addSignal", "output": "export async function GET(req: Request) {\n  const origin = (() => {\n    try {\n      return new URL(req.url).origin;\n    } catch {\n      return process.env.STATUS_API_URL;\n    }\n  })();\n  const res = await fetch(`${origin}/api/auth/session`, { cache: 'no-store', signal: AbortSignal.timeout(10_000) });\n  return Response.json({ auth: res.ok });\n}\n"}, {"messageId": "useFetchWithTimeout", "output": "import { fetchWithTimeout } from '@/lib/fetch-with-timeout';\nexport async function GET(req: Request) {\n  const origin = (() => {\n    try {\n      return new URL(req.url).origin;\n    } catch {\n      return process.env.STATUS_API_URL;\n    }\n  })();\n  const res = await fetchWithTimeout(`${origin}/api/auth/session`, { cache: 'no-store' });\n  return Response.json({ auth: res.ok });\n}\n"}]}], settings: helper },
    // Twin: a `host` read from another map (a config store), not the request's headers: reported.
    {"code": "import { config } from '@/lib/config';\n\nexport async function POST() {\n  await fetch(`https://${config.get('host')}/api/revalidate`, { method: 'POST' });\n  return Response.json({ ok: true });\n}\n", "filename": "app/api/publish/route.ts", "errors": [{"messageId": "fetchNoTimeout", "line": 4, "column": 9, "suggestions": [{"messageId": "addSignal", "output": "import { config } from '@/lib/config';\n\nexport async function POST() {\n  await fetch(`https://${config.get('host')}/api/revalidate`, { method: 'POST', signal: AbortSignal.timeout(10_000) });\n  return Response.json({ ok: true });\n}\n"}, {"messageId": "useFetchWithTimeout", "output": "import { config } from '@/lib/config';\nimport { fetchWithTimeout } from '@/lib/fetch-with-timeout';\n\nexport async function POST() {\n  await fetchWithTimeout(`https://${config.get('host')}/api/revalidate`, { method: 'POST' });\n  return Response.json({ ok: true });\n}\n"}]}], settings: helper },
  ],
});

const desktop = desktopFixtures('require-request-timeout');

// A desktop app's code: rowboat's apps/x/packages/core/src/apps/github-auth.ts starts GitHub's device flow from the Electron main process
ruleTester.run('require-request-timeout (code of a desktop app)', rule, {
  valid: [
    // a package that only the workspace's Electron app depends on: no function bills or times out while it waits
    { code: "import fs from 'node:fs/promises';\n\nexport async function startDeviceFlow(clientId: string, tokenFile: string): Promise<string> {\n  const res = await fetch('https://github.com/login/device/code', {\n    method: 'POST',\n    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },\n    body: JSON.stringify({ client_id: clientId, scope: 'repo' }),\n  });\n  const data = await res.json();\n  await fs.writeFile(tokenFile, JSON.stringify(data));\n  return data.user_code;\n}\n", filename: desktop.desktopCore('src/apps/device-flow.ts') },
  ],
  invalid: [
    // twin: the same package imported by a Next app of the workspace too
    { code: "import fs from 'node:fs/promises';\n\nexport async function startDeviceFlow(clientId: string, tokenFile: string): Promise<string> {\n  const res = await fetch('https://github.com/login/device/code', {\n    method: 'POST',\n    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },\n    body: JSON.stringify({ client_id: clientId, scope: 'repo' }),\n  });\n  const data = await res.json();\n  await fs.writeFile(tokenFile, JSON.stringify(data));\n  return data.user_code;\n}\n", filename: desktop.sharedCore('src/apps/device-flow.ts'), errors: [{"messageId":"fetchNoTimeout","line":4,"column":21,"suggestions":[{"messageId":"addSignal","output":"import fs from 'node:fs/promises';\n\nexport async function startDeviceFlow(clientId: string, tokenFile: string): Promise<string> {\n  const res = await fetch('https://github.com/login/device/code', {\n    method: 'POST',\n    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },\n    body: JSON.stringify({ client_id: clientId, scope: 'repo' }), signal: AbortSignal.timeout(10_000),\n  });\n  const data = await res.json();\n  await fs.writeFile(tokenFile, JSON.stringify(data));\n  return data.user_code;\n}\n"},{"messageId":"useFetchWithTimeout","output":"import fs from 'node:fs/promises';\n\nexport async function startDeviceFlow(clientId: string, tokenFile: string): Promise<string> {\n  const res = await fetchWithTimeout('https://github.com/login/device/code', {\n    method: 'POST',\n    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },\n    body: JSON.stringify({ client_id: clientId, scope: 'repo' }),\n  });\n  const data = await res.json();\n  await fs.writeFile(tokenFile, JSON.stringify(data));\n  return data.user_code;\n}\n\n/** Default budget for one outbound call; keep it well under the route's `maxDuration`. */\nconst DEFAULT_FETCH_TIMEOUT_MS = 10_000;\n\n/**\n * `fetch` that gives up after `timeoutMs`: the request is aborted (the socket is closed, nothing keeps\n * running) and the promise rejects with a `TimeoutError` DOMException. A caller's own signal (e.g.\n * `request.signal`, so a client that leaves cancels the upstream call too) is combined with the timeout.\n *\n * In the route, also cap the whole invocation:\n *   export const maxDuration = 30; // seconds (Vercel): the platform's hard limit for the function\n */\nasync function fetchWithTimeout(\n  input: string | URL,\n  init: RequestInit = {},\n  timeoutMs: number = DEFAULT_FETCH_TIMEOUT_MS,\n): Promise<Response> {\n  const timeout = AbortSignal.timeout(timeoutMs);\n  const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;\n  return fetch(input, { ...init, signal });\n}\n"}]}] },
  ],
});
ruleTester.run('require-request-timeout (calls to the app itself, destructured origin)', rule, {
  valid: [
    // pedro-tech's middleware: the request's origin destructured from `req.nextUrl`, then the app's own routes fetched by it.
    {"code": "import { NextRequest, NextResponse } from 'next/server';\n\nexport async function middleware(req: NextRequest) {\n  const { pathname, origin } = req.nextUrl;\n  if (pathname === '/subscribe') {\n    const res = await fetch(`${origin}/api/check-profile`, { headers: { cookie: req.headers.get('cookie') || '' } });\n    if ((await res.json()).exists) return NextResponse.redirect(new URL('/projects', origin));\n  }\n  return NextResponse.next();\n}\n", "filename": "middleware.ts"},
    // The same through `new URL(req.url)`, and the app's URL destructured from the env.
    {"code": "const { NEXT_PUBLIC_APP_URL } = process.env;\n\nexport async function POST(req: Request) {\n  const { origin } = new URL(req.url);\n  await fetch(`${origin}/api/notify`, { method: 'POST' });\n  await fetch(`${NEXT_PUBLIC_APP_URL}/api/revalidate`, { method: 'POST' });\n  return Response.json({ ok: true });\n}\n", "filename": "app/api/publish/route.ts"},
  ],
  invalid: [
    // Twin: the origin of a URL the request passes in (a callback parameter), not of the request's own URL: reported.
    {"code":"export async function GET(req: Request) {\n  const { origin } = new URL(new URL(req.url).searchParams.get('callback') ?? '');\n  await fetch(`${origin}/api/notify`, { method: 'POST' });\n  return Response.json({ ok: true });\n}\n","filename":"app/api/notify/route.ts","errors":[{"messageId":"fetchNoTimeout","line":3,"column":9,"suggestions":[{"messageId":"addSignal","output":"export async function GET(req: Request) {\n  const { origin } = new URL(new URL(req.url).searchParams.get('callback') ?? '');\n  await fetch(`${origin}/api/notify`, { method: 'POST', signal: AbortSignal.timeout(10_000) });\n  return Response.json({ ok: true });\n}\n"},{"messageId":"useFetchWithTimeout","output":"import { fetchWithTimeout } from '@/lib/fetch-with-timeout';\nexport async function GET(req: Request) {\n  const { origin } = new URL(new URL(req.url).searchParams.get('callback') ?? '');\n  await fetchWithTimeout(`${origin}/api/notify`, { method: 'POST' });\n  return Response.json({ ok: true });\n}\n"}]}], settings: helper },
    // Twin: another key of the request's URL (a query value), not its origin: reported.
    {"code":"import { NextRequest, NextResponse } from 'next/server';\n\nexport async function middleware(req: NextRequest) {\n  const { search } = req.nextUrl;\n  await fetch(`https://${search.slice(1)}/api/check`);\n  return NextResponse.next();\n}\n","filename":"middleware.ts","errors":[{"messageId":"fetchNoTimeout","line":5,"column":9,"suggestions":[{"messageId":"addSignal","output":"import { NextRequest, NextResponse } from 'next/server';\n\nexport async function middleware(req: NextRequest) {\n  const { search } = req.nextUrl;\n  await fetch(`https://${search.slice(1)}/api/check`, { signal: AbortSignal.timeout(10_000) });\n  return NextResponse.next();\n}\n"},{"messageId":"useFetchWithTimeout","output":"import { NextRequest, NextResponse } from 'next/server';\nimport { fetchWithTimeout } from '@/lib/fetch-with-timeout';\n\nexport async function middleware(req: NextRequest) {\n  const { search } = req.nextUrl;\n  await fetchWithTimeout(`https://${search.slice(1)}/api/check`);\n  return NextResponse.next();\n}\n"}]}], settings: helper },
    // Twin: a backend's URL destructured from the env: reported.
    {"code":"const { BACKEND_URL } = process.env;\n\nexport async function POST() {\n  await fetch(`${BACKEND_URL}/api/revalidate`, { method: 'POST' });\n  return Response.json({ ok: true });\n}\n","filename":"app/api/publish/route.ts","errors":[{"messageId":"fetchNoTimeout","line":4,"column":9,"suggestions":[{"messageId":"addSignal","output":"const { BACKEND_URL } = process.env;\n\nexport async function POST() {\n  await fetch(`${BACKEND_URL}/api/revalidate`, { method: 'POST', signal: AbortSignal.timeout(10_000) });\n  return Response.json({ ok: true });\n}\n"},{"messageId":"useFetchWithTimeout","output":"import { fetchWithTimeout } from '@/lib/fetch-with-timeout';\nconst { BACKEND_URL } = process.env;\n\nexport async function POST() {\n  await fetchWithTimeout(`${BACKEND_URL}/api/revalidate`, { method: 'POST' });\n  return Response.json({ ok: true });\n}\n"}]}], settings: helper },
  ],
});
