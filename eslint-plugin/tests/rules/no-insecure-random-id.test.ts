import rule from '../../src/rules/no-insecure-random-id';
import { ruleTester, FILES } from '../rule-tester';

const helper = { prodready: { helperModules: { 'no-insecure-random-id': '@/lib/random-id' } } };
/** The Web Crypto helpers (snippets/no-insecure-random-id.edge.ts) as the suggestions append them: no node:crypto. */
const WEB_CRYPTO_TOKEN = "/**\n * A secret token (session ids, API keys, reset and invite tokens): `bytes` random bytes, URL-safe\n * base64. Uses only the Web Crypto CSPRNG (`crypto.getRandomValues`), so it runs where `node:crypto` does\n * not: on the Edge runtime (Next.js middleware, `export const runtime = 'edge'`) and in browsers (client\n * components), as well as in Node.\n */\nfunction generateToken(bytes = 32): string {\n  const buf = crypto.getRandomValues(new Uint8Array(bytes));\n  let binary = '';\n  for (const b of buf) binary += String.fromCharCode(b);\n  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');\n}\n";
const WEB_CRYPTO_CODE = "/**\n * A numeric one-time code with uniform digits (1 to 9 of them). Draws below the largest multiple of\n * 10^digits that fits in 32 bits and retries above it, so no code is likelier than another (no modulo\n * bias). Web Crypto only, like generateToken: runs on the Edge runtime, in browsers and in Node. Rate\n * limit its checks.\n */\nfunction generateNumericCode(digits = 6): string {\n  if (!Number.isInteger(digits) || digits < 1 || digits > 9) throw new RangeError('digits must be an integer from 1 to 9');\n  const range = 10 ** digits;\n  const limit = Math.floor(0x1_0000_0000 / range) * range;\n  const buf = new Uint32Array(1);\n  let value: number;\n  do {\n    crypto.getRandomValues(buf);\n    value = buf[0] ?? 0;\n  } while (value >= limit);\n  return (value % range).toString().padStart(digits, '0');\n}\n";
const WEB_CRYPTO_CODE_JS = "/**\n * A numeric one-time code with uniform digits (1 to 9 of them). Draws below the largest multiple of\n * 10^digits that fits in 32 bits and retries above it, so no code is likelier than another (no modulo\n * bias). Web Crypto only, like generateToken: runs on the Edge runtime, in browsers and in Node. Rate\n * limit its checks.\n */\nfunction generateNumericCode(digits = 6) {\n  if (!Number.isInteger(digits) || digits < 1 || digits > 9) throw new RangeError('digits must be an integer from 1 to 9');\n  const range = 10 ** digits;\n  const limit = Math.floor(0x1_0000_0000 / range) * range;\n  const buf = new Uint32Array(1);\n  let value;\n  do {\n    crypto.getRandomValues(buf);\n    value = buf[0] ?? 0;\n  } while (value >= limit);\n  return (value % range).toString().padStart(digits, '0');\n}\n";

/** CapSoftware/Cap's extension camera preview: a session id from the URL-hash token, a timestamp and a counter. */
const CAP_PREVIEW_SESSION = "const token = decodeURIComponent(window.location.hash.slice(1));\n\nexport function startPreview(counter: { current: number }) {\n  const sessionId = `${token}:${Date.now()}:${counter.current + 1}`;\n  counter.current += 1;\n  return sessionId;\n}\n";

ruleTester.run('no-insecure-random-id', rule, {
  valid: [
    // Twin of bblist's generator: characters picked with crypto.getRandomValues and only shuffled with Math.random(): a
    // sort comparator orders the value, it does not make it.
    { code: "export function generatePassword(length = 12) {\n  const chars = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';\n  const picked = Array.from(crypto.getRandomValues(new Uint32Array(length)), (n) => chars[n % chars.length]);\n  return picked.sort(() => Math.random() - 0.5).join('');\n}\n", filename: 'lib/password.ts' },
    // Twins of the hashed token: a hash of real random bytes, and hashes of Math.random() that are no credential (a
    // cache key, a colour, a toast id, a delay; a React key and a message id in client code).
    { code: "import md5 from 'md5';\nimport { randomBytes } from 'node:crypto';\n\nexport async function POST() {\n  const token = md5(randomBytes(16).toString('hex') + Date.now());\n  await db.session.create({ data: { token } });\n}\n", filename: 'app/api/session/route.ts' },
    { code: "import md5 from 'md5';\n\nexport function styles() {\n  const cacheKey = md5(String(Math.random()));\n  const color = '#' + md5(String(Math.random())).slice(0, 6);\n  const toastId = md5(`${Date.now()}${Math.random()}`);\n  setTimeout(refresh, md5(String(Math.random())).length * 10);\n  return { cacheKey, color, toastId };\n}\n", filename: 'lib/styles.ts' },
    { code: "'use client';\nimport md5 from 'md5';\n\nexport function Rows({ rows }: { rows: string[] }) {\n  const messageId = md5(String(Math.random()));\n  return <ul data-id={messageId}>{rows.map((r) => <li key={md5(String(Math.random()))}>{r}</li>)}</ul>;\n}\n", filename: FILES.component },
    // The fallback of a request id the caller may send itself (`x-request-id` / `x-correlation-id`): no secret.
    { code: "import { NextRequest, NextResponse } from 'next/server';\nimport { logger } from '@/lib/logger';\n\nexport async function POST(request: NextRequest) {\n  const forwardedId = request.headers.get('x-request-id') || request.headers.get('x-correlation-id');\n  const requestId = forwardedId || `req_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;\n  logger.info('Chat request received', { requestId });\n  return NextResponse.json({ ok: true }, { headers: { 'x-request-id': requestId } });\n}\n", filename: 'src/app/api/chat/route.ts' },
    // firestarter's OpenAI-compatible /v1/chat/completions: the `id` of a completion chunk (`object: 'chat.completion.chunk'`) is a label
    // the client reads off the reply, never looked up.
    { code: "export async function POST(request: Request) {\n  const { model } = await request.json();\n  const chunk = {\n    id: `chatcmpl-${Date.now()}`,\n    object: 'chat.completion.chunk',\n    created: Math.floor(Date.now() / 1000),\n    model,\n    choices: [{ index: 0, delta: { content: 'Hello' }, finish_reason: null }],\n  };\n  return new Response(`data: ${JSON.stringify(chunk)}\\n\\n`);\n}\n", filename: 'app/api/v1/chat/completions/route.ts' },
    // homarr's aria2 client: the `id` of a JSON-RPC request (`{ jsonrpc: '2.0', id, method }`) only pairs the answer with its request.
    { code: "export async function callRpc(url: string, method: string, params: unknown[]) {\n  const body = JSON.stringify({\n    jsonrpc: '2.0',\n    id: btoa(['App', Date.now().toString(), Math.random()].join('.')),\n    method: `aria2.${method}`,\n    params,\n  });\n  return fetch(url, { method: 'POST', body });\n}\n", filename: 'packages/integrations/src/download-client/aria2/aria2-integration.ts' },
    // supabase-sneaker-voting's web-vitals collector: the module listens to the page (`window.addEventListener`), its metric ids are browser-side labels.
    { code: "class WebVitals {\n  init() {\n    window.addEventListener('beforeunload', () => this.flush());\n  }\n  record(value: number) {\n    return { name: 'LCP', value, id: `lcp-${Date.now()}` };\n  }\n  flush() {}\n}\nexport const webVitals = new WebVitals();\n", filename: 'lib/web-vitals.ts' },
    // jobfinders' accessibility helpers: the module works on the page (the global `document`), so `generateId()` names aria attributes in the browser.
    { code: "let region: HTMLElement | null = null;\nexport function announce(message: string) {\n  if (!region) {\n    region = document.createElement('div');\n    document.body.appendChild(region);\n  }\n  region.textContent = message;\n}\n\nexport function generateId(prefix = 'id'): string {\n  return `${prefix}-${Math.random().toString(36).slice(2, 11)}`;\n}\n", filename: 'src/lib/accessibility.ts' },
    // portfolio-tracker's telemetry compaction lock: the owner token is stored with Redis SET ... NX; it tells this holder's release apart, nothing more.
    { code: "import { redis } from './redis';\n\nexport async function acquireCompactionLock(): Promise<string | null> {\n  const token = `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;\n  const res = await redis.set('compact:lock', token, 'PX', 30000, 'NX');\n  return res === 'OK' ? token : null;\n}\n", filename: 'src/lib/metrics.ts' },
    // The same with Upstash's options object (`{ nx: true }`).
    { code: "import { redis } from './redis';\n\nexport async function acquireLock(key: string) {\n  const token = Math.random().toString(36).slice(2);\n  const ok = await redis.set(key, token, { nx: true, px: 10000 });\n  return ok ? token : null;\n}\n", filename: 'src/lib/lock.ts' },
    // myimageupscaler's email adapter: the message id of an email only logged in test or development mode (`if (isTestMode)`).
    { code: "import { isDevelopment, isTest } from '@shared/config/env';\n\nexport async function sendEmail(to: string, subject: string) {\n  const isTestMode = isTest() || isDevelopment();\n  if (isTestMode) {\n    console.log('[EMAIL_DEV_MODE] Email would be sent:', { to, subject });\n    return { success: true, messageId: `dev-${Date.now()}` };\n  }\n  return provider.send({ to, subject });\n}\n", filename: 'server/services/email-providers/base-email-provider-adapter.ts' },
    // trevor-nichols' API client: the id of a made-up row returned only in mock mode (`if (USE_API_MOCK)`).
    { code: "import { USE_API_MOCK } from '@/lib/config';\n\nexport async function createContainer(name: string) {\n  if (USE_API_MOCK) {\n    const id = `ctr-${Date.now()}`;\n    return { id, name, status: 'ready' };\n  }\n  return saveContainer({ name });\n}\n\nexport function demoRow(settings: { demoMode: boolean }) {\n  return settings.demoMode && true ? { id: `row-${Date.now()}` } : null;\n}\n", filename: "lib/api/containers.ts" },
    // The same fallback after an early return on the test (assistant-ui's chat registry `createSessionId`).
    { code: "function createSessionId(): string {\n  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) {\n    return crypto.randomUUID();\n  }\n  return `aui_${Date.now()}_${Math.random().toString(36).slice(2)}`;\n}\nexport const sessionId = createSessionId();\n", filename: "lib/chat/registry.ts" },
    // Math.random() only where Web Crypto is missing (the else of `typeof crypto !== 'undefined' && crypto.getRandomValues`).
    { code: "export function generateNonce(): string {\n  if (typeof crypto !== 'undefined' && crypto.randomUUID) {\n    return crypto.randomUUID().replace(/-/g, '')\n  }\n  const array = new Uint8Array(16)\n  if (typeof crypto !== 'undefined' && crypto.getRandomValues) {\n    crypto.getRandomValues(array)\n  } else {\n    for (let i = 0; i < array.length; i++) {\n      array[i] = Math.floor(Math.random() * 256)\n    }\n  }\n  return Array.from(array, (byte) => byte.toString(16).padStart(2, '0')).join('')\n}\n", filename: "lib/csp-nonce.ts" },
    // A chat widget: the session id's random part comes from a typed array that crypto.getRandomValues fills; the clock only orders it.
    { code: "'use client';\nexport function sessionFor(botId: string) {\n  let sessionId = localStorage.getItem(`chat_${botId}`);\n  if (!sessionId) {\n    const array = new Uint32Array(2);\n    window.crypto.getRandomValues(array);\n    const secureRandom = array[0].toString(36) + array[1].toString(36);\n    sessionId = `session_${secureRandom}_${Date.now()}`;\n  }\n  return sessionId;\n}\n", filename: FILES.component },
    // An admin route's sample data: ids of mock rows made in a function named for them.
    { code: "import { NextResponse } from 'next/server';\n\nfunction generateMockErrorLogs(count: number) {\n  const logs = [];\n  for (let i = 0; i < count; i++) {\n    logs.push({\n      id: `err-${i + 1}`,\n      userId: Math.random() > 0.3 ? `user-${Math.floor(Math.random() * 1000)}` : null,\n    });\n  }\n  return logs;\n}\n\nexport async function GET() {\n  return NextResponse.json({ logs: generateMockErrorLogs(20) });\n}\n", filename: 'app/api/admin/error-logs/route.ts' },
    // A logging module named `*-logging.ts` (secure-ai-chat's lib/system-logging.ts) giving its log entries ids.
    { code: "import { promises as fs } from 'fs';\nimport path from 'path';\n\nexport interface SystemLogEntry { id: string; timestamp: string; level: string; service: string; message: string }\n\nconst LOG_FILE = path.join(process.cwd(), '.storage', 'system-logs.json');\n\nexport async function addSystemLog(level: string, service: string, message: string): Promise<void> {\n  const logs: SystemLogEntry[] = JSON.parse(await fs.readFile(LOG_FILE, 'utf8').catch(() => '[]'));\n  const newLog: SystemLogEntry = {\n    id: `${Date.now()}-${Math.random().toString(36).slice(2, 11)}`,\n    timestamp: new Date().toISOString(),\n    level,\n    service,\n    message,\n  };\n  logs.unshift(newLog);\n  await fs.writeFile(LOG_FILE, JSON.stringify(logs.slice(0, 1000)));\n}\n", filename: 'lib/system-logging.ts' },
    // A made-up value whose literal prefix says mock after a provider-style prefix (`cs_mock_`: yy-yoshioka/ai-chat's
    // development checkout stub), like `fake_sub_`.
    { code: "import { NextRequest, NextResponse } from 'next/server';\n\nasync function createCheckoutSession(priceId: string, orgId: string): Promise<{ sessionId: string; sessionUrl: string }> {\n  // Development mock until Stripe is wired up.\n  const sessionId = `cs_mock_${Date.now()}`;\n  return { sessionId, sessionUrl: `https://checkout.example.com/pay/${sessionId}?price=${priceId}&org=${orgId}` };\n}\n\nexport async function POST(req: NextRequest) {\n  const { priceId, orgId } = await req.json();\n  return NextResponse.json(await createCheckoutSession(String(priceId), String(orgId)));\n}\n", filename: 'app/api/billing/checkout/route.ts' },
    // A request id that only labels log lines, passed inside the log calls' context objects and messages
    // (secure-ai-chat's Check Point upload route): a correlation label, never looked up or guessed for access.
    { code: "import { NextRequest, NextResponse } from 'next/server';\nimport { systemLog } from '@/lib/system-logging';\n\nexport async function POST(request: NextRequest) {\n  const startTime = Date.now();\n  const requestId = `${Date.now()}-${Math.random().toString(36).slice(2, 11)}`;\n  const form = await request.formData();\n  const file = form.get('file');\n  if (!(file instanceof File)) {\n    await systemLog.error('scanner', 'File is required', { duration: Date.now() - startTime }, { requestId });\n    return NextResponse.json({ error: 'File is required' }, { status: 400 });\n  }\n  console.log(`[scan ${requestId}] uploading`, { fileName: file.name });\n  const res = await fetch(`${process.env.SCANNER_URL}/upload`, { method: 'POST', body: form, signal: AbortSignal.timeout(30_000) });\n  await systemLog.info('scanner', 'Upload done', { statusCode: res.status }, { requestId, fileName: file.name });\n  return NextResponse.json({ ok: res.ok });\n}\n", filename: 'app/api/scan/route.ts' },
    // lobe-chat: an id that also holds a CSPRNG part (nanoid): the clock only orders it.
    { code: "import { nanoid } from 'nanoid';\n\nexport async function execAgent(agentId: string, topicId: string) {\n  const operationId = `op_${Date.now()}_${agentId}_${topicId}_${nanoid(8)}`;\n  return runtime.start({ operationId });\n}\n", filename: 'apps/server/src/services/aiAgent/index.ts' },
    // A task scheduler's id scoped by the task.
    { code: "export function schedule(taskId: string, delayMs: number) {\n  const scheduleId = `local-task-${taskId}-${Date.now()}`;\n  timers.set(scheduleId, setTimeout(() => run(taskId), delayMs));\n  return scheduleId;\n}\n", filename: 'apps/server/src/services/taskScheduler/impls/local.ts' },
    // civitai: ledger references that the user and the item already scope; a same-millisecond repeat is the duplicate the key catches.
    { code: "export async function purchaseCosmetic(userId: number, shopItemId: number) {\n  const transactionId = `cosmetic-purchase-${userId}-${shopItemId}-${Date.now()}`;\n  await createBuzzTransaction({ fromAccountId: userId, amount: 100, externalTransactionId: transactionId });\n}\n", filename: 'src/server/services/cosmetic-shop.service.ts' },
    { code: "export async function createOrder(input: { userId: number; buzzAmount: number }) {\n  const orderId = `${input.userId}-${input.buzzAmount}-${new Date().getTime()}`;\n  return coinbase.createCharge({ orderId });\n}\n", filename: 'src/server/services/coinbase.service.ts' },
    { code: "export async function submit(userId: number) {\n  await grant({ externalTransactionId: `creator-shop-submit-${userId}-${Date.now()}` });\n}\n", filename: 'src/server/services/creator-shop.service.ts' },
    // `new Date(hour).getTime()` is the given hour (a bucket), not the current time.
    { code: "export function rewards(userId: number, type: string, hour: string) {\n  return { externalTransactionId: `${userId}:${type}:${new Date(hour).getTime()}` };\n}\n", filename: 'src/server/jobs/rewards-ad-impressions.ts' },
    // A literal prefix that says it is a debug value (a testing endpoint's fake payment intent).
    { code: "export async function grant(userId: number) {\n  await prisma.purchase.create({ data: { userId, stripePaymentIntentId: `debug-pi:${Date.now()}` } });\n}\n", filename: 'src/pages/api/testing/gift-membership.ts' },
    // vercel/examples: a Vite app's local chat history (localStorage) and a per-tab client id (sessionStorage): browser code by what it uses.
    { code: "export function saveThread(projectId: string, title: string): void {\n  const raw = window.localStorage.getItem('chats');\n  const list = raw ? JSON.parse(raw) : [];\n  list.push({ id: `chat_${Date.now().toString(36)}`, projectId, title });\n  window.localStorage.setItem('chats', JSON.stringify(list));\n}\n", filename: 'frontend/src/lib/threads.ts' },
    { code: "export function saveThread(projectId: string, title: string): void {\n  const raw = localStorage.getItem('chats');\n  const list = raw ? JSON.parse(raw) : [];\n  list.push({ id: `chat_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`, projectId, title });\n  localStorage.setItem('chats', JSON.stringify(list));\n}\n", filename: 'frontend/src/lib/persistence.ts' },
    { code: "function freshId(): string {\n  return crypto.randomUUID?.() ?? `c-${Date.now()}-${Math.random().toString(16).slice(2)}`;\n}\nexport function loadOrCreateClientId(): string {\n  let id = sessionStorage.getItem('clientId');\n  if (!id) {\n    id = freshId();\n    sessionStorage.setItem('clientId', id);\n  }\n  return id;\n}\n", filename: 'lib/identity.ts' },
    // browserbase/stagehand's Chrome extension package (`packages/extension/`): device code, a tool call's fallback id.
    { code: "export function toToolCalls(toolCalls: ToolCall[]) {\n  return toolCalls.map((toolCall) => ({\n    id: toolCall.toolCallId || `call_${Date.now()}_${Math.random().toString(36).substr(2, 9)}`,\n    type: 'function',\n    function: { name: toolCall.toolName, arguments: JSON.stringify(toolCall.input) },\n  }));\n}\n", filename: 'packages/extension/llm/aisdk.ts' },
    // ai-sdk-chat-mml's retry helper: a module that imports a toast library (`sonner`) is browser code, its operation id a UI id.
    { code: "import { toast } from 'sonner';\n\nexport function withRetry(operationType: string, executor: (args: unknown) => Promise<unknown>) {\n  return async (args: unknown) => {\n    const operationId = `${operationType}_${Date.now()}_${Math.random().toString(36).substr(2, 9)}`;\n    try {\n      return await executor(args);\n    } catch (error) {\n      retryManager.registerFailedOperation(operationId, operationType, args);\n      toast.error('Operation failed');\n      throw error;\n    }\n  };\n}\n", filename: 'lib/retryMechanism.ts' },
    // ...and its error-handling module, which imports the app's own zustand hook (`useEditorBlockStatusStore`).
    { code: "import { useEditorBlockStatusStore } from '@/app/stores/editorBlockStatusStore';\n\nexport function handleOperationError(operationType: string, blockIds: string[]) {\n  const operationId = `${operationType}_${Date.now()}_${Math.random().toString(36).substr(2, 9)}`;\n  blockIds.forEach((id) => useEditorBlockStatusStore.getState().setBlockStatus(id, 'error'));\n  return operationId;\n}\n", filename: 'lib/errorHandlingIntegration.ts' },
    // onyx's toast store, a `.ts` module that imports a React hook (`useSyncExternalStore`): browser code, a UI id.
    { code: "import { useSyncExternalStore } from 'react';\n\nconst toasts: { id: string; message: string }[] = [];\nlet nextId = 0;\n\nexport function addToast(message: string): string {\n  const id = `toast-${++nextId}-${Date.now()}`;\n  toasts.push({ id, message });\n  return id;\n}\n\nexport function useToasts() {\n  return useSyncExternalStore(subscribe, () => toasts);\n}\n", filename: 'web/lib/opal/src/layouts/toast/store.ts' },
    // onyx's embeddable chat widget, a Lit web component: browser code, a chat message's UI id.
    { code: "import { LitElement, html } from 'lit';\nimport { customElement, state } from 'lit/decorators.js';\n\n@customElement('chat-widget')\nexport class ChatWidget extends LitElement {\n  @state() messages: { id: string; text: string }[] = [];\n  send(text: string) {\n    this.messages = [...this.messages, { id: `msg-${Date.now()}`, text }];\n  }\n  render() {\n    return html`<div>${this.messages.length}</div>`;\n  }\n}\n", filename: 'widget/src/widget.ts' },
    // A desktop app's webview code (CapSoftware/Cap's apps/desktop editor, SolidJS + Tauri): editor segment ids on the user's machine.
    { code: "export function addSplit(segments: { id: string }[]) {\n  segments.push({ id: `kb-split-${Date.now()}-${Math.random().toString(36).slice(2)}` });\n}\n", filename: 'apps/desktop/src/routes/editor/context.ts' },
    // ...also when the parameter has a default.
    { code: "import type { Job } from 'bullmq';\nexport async function processExport(job: Job<{ teamId: string }> = currentJob()) {\n  return provider.sync({ teamId: job.data.teamId, jobId: job.id ?? `fallback-${Date.now()}` });\n}\n", filename: 'apps/worker/src/processors/export.ts' },
    // The id of the job being processed (BullMQ sets it): the fallback only satisfies the type (midday's processor).
    { code: "import type { Job } from 'bullmq';\nexport class ExportTransactionsProcessor {\n  async process(job: Job<{ teamId: string; batch: string[] }>) {\n    const result = await provider.syncTransactions({ transactions: job.data.batch, jobId: job.id ?? `fallback-${Date.now()}` });\n    return result.syncedCount;\n  }\n}\n", filename: 'apps/worker/src/processors/accounting/export-transactions.ts' },
    // A feature-flag SDK's evaluation unit (Zero's Statsig flags): it buckets an evaluation, nobody looks anything up by it.
    { code: 'import { statsigAdapter, type StatsigUser } from "@flags-sdk/statsig";\nimport { flag, dedupe } from "flags/next";\nimport type { Identify } from "flags";\n\nexport const identify = dedupe((async () => ({\n  customIDs: { userID: Math.random().toString(36).slice(2) },\n})) satisfies Identify<StatsigUser>);\n', filename: 'apps/mail/lib/flags.ts' },
    // A zustand store without 'use client' runs in the browser: a local message id is a list key (next-shadcn-dashboard-starter).
    { code: "import { create } from 'zustand';\n\ntype Message = { id: string; text: string };\ntype ChatState = { messages: Message[]; sendMessage: (text: string) => void };\n\nexport const useChatStore = create<ChatState>()((set, get) => ({\n  messages: [],\n  sendMessage: (text) => {\n    const outgoing: Message = {\n      id: 'outgoing-' + Date.now().toString(),\n      text: text.trim()\n    };\n    set({ messages: [...get().messages, outgoing] });\n  }\n}));\n", filename: 'src/features/chat/utils/store.ts' },
    // A value that says it is made up: a placeholder subscription id for admin accounts (linkwarden).
    { code: "import { prisma } from \"@/lib/prisma\";\n\n// Admin accounts on a billing-enabled instance get a placeholder subscription row.\nexport default async function postAdminUser(name: string) {\n  return prisma.user.create({\n    data: {\n      name,\n      subscriptions: {\n        create: {\n          stripeSubscriptionId: \"fake_sub_\" + Math.round(Math.random() * 10000000000000),\n          provider: \"STRIPE\",\n          active: true,\n        },\n      },\n    },\n  });\n}\n", filename: 'lib/api/controllers/users/postUser.ts' },
    // A CLI package makes fixtures, not production ids.
    { code: "export function makeInviteCode(): string {\n  return Math.random().toString(36).slice(2, 10);\n}\n", filename: "packages/cli/src/invite.ts" },

    // Internal ids (midday): a queue job id scoped by team and file, a log correlation id.
    { code: "export async function reprocess(teamId: string, fileName: string) {\n  await queue.add('classify', { teamId }, { jobId: `classify-img_${teamId}_${fileName}_${Date.now()}` });\n}\n", filename: 'apps/worker/src/processors/process-document.ts' },
    { code: "export const createTeam = async (params: { name: string }) => {\n  const teamCreationId = `team_creation_${Date.now()}_${Math.random().toString(36).substr(2, 9)}`;\n  const logger = createLoggerWithContext(teamCreationId);\n  logger.info('start', params);\n};\n", filename: 'packages/db/src/queries/teams.ts' },
    // Jitter, sampling, shuffling, animation, timing.
    { code: 'const delay = base * 2 ** attempt + Math.random() * 100;', filename: FILES.lib },
    { code: 'const jitterMs = Math.floor(Math.random() * 250);', filename: FILES.lib },
    { code: 'if (Math.random() < 0.1) log(event);', filename: FILES.route },
    { code: 'const shuffled = items.sort(() => Math.random() - 0.5);', filename: FILES.lib },
    { code: 'const randomIndex = Math.floor(Math.random() * apiKeys.length);\nconst apiKey = apiKeys[randomIndex];', filename: 'app/config/server.ts' },
    { code: 'function getApiKey(keys) { const i = Math.floor(Math.random() * keys.length); return keys[i]; }', filename: FILES.lib },
    { code: 'const start = Date.now();\nconst elapsedMs = Date.now() - start;', filename: FILES.route },
    // dittofeed's HubSpot token refresh: the time since the token's last update, named for the token (a duration).
    { code: 'export function getTimeToWait(token: { updatedAt?: number; createdAt: number; expiresIn: number }) {\n  const timeSinceTokenUpdate = Date.now() - (token.updatedAt ?? token.createdAt);\n  const tokenTtlLeft = token.createdAt + token.expiresIn * 1000 - Date.now();\n  return Math.max(token.expiresIn * 1000 - timeSinceTokenUpdate, tokenTtlLeft, 0);\n}\n', filename: 'packages/backend-lib/src/integrations/hubspotWorkflow.ts' },
    // sim's isolated-vm worker timing its phases: the clock minus a start it read is a duration, whatever the field is called.
    { code: "export async function runUserCode(script: { run(): Promise<string> }) {\n  const timings: Record<string, number> = {};\n  let tPhase = Date.now();\n  const result = await script.run();\n  timings.userCode = Date.now() - tPhase;\n  tPhase = Date.now();\n  return { result, timings };\n}\n", filename: 'lib/execution/worker.ts' },
    { code: 'const createdAt = Date.now();', filename: FILES.route },
    // A snake_case timestamp whose name holds a secret word (langwatch's trace timestamps, `first_token_at`): a time, not a token.
    { code: 'export function traceTimestamps(created: number) {\n  return { first_token_at: new Date().getTime(), started_at: created * 1000, finished_at: Date.now() };\n}\n', filename: 'src/server/routes/misc.ts' },
    { code: 'const user = { id, createdAt: Date.now(), expiresAt: Date.now() + 3600_000 };', filename: FILES.route },
    { code: 'const filename = `backup_${table}_${Date.now()}.json`;', filename: 'lib/backup.ts' },
    { code: 'const path = `${userId}/${Date.now()}-${file.name}`;', filename: FILES.route },
    { code: "const slug = email.split('@')[0] + '-' + Date.now();", filename: FILES.route },
    { code: 'const opacity = Math.random();', filename: FILES.component },
    { code: 'const tokenCount = Math.floor(Math.random() * 10);', filename: FILES.lib },
    // React list keys and DOM ids in client code.
    { code: '<Item key={Math.random()} />', filename: FILES.component },
    { code: "'use client';\nexport function Toasts() { return items.map((i) => <li key={Date.now() + i}>{i}</li>); }", filename: 'app/toasts.tsx' },
    // Made-up rows of a demo animation (openpanel's mock-event-list.tsx): the file name says the data is fake.
    { code: "import { useEffect, useState } from 'react';\n\nconst countries = ['SE', 'DE', 'US'];\nconst pages = ['/', '/pricing', '/docs'];\n\nexport function DemoFeed() {\n  const [rows, setRows] = useState<{ id: string; sessionId: string; country: string; path: string }[]>([]);\n  const makeRow = () => ({\n    id: Math.random().toString(36).slice(2, 12),\n    sessionId: Math.random().toString(36).slice(2, 12),\n    country: countries[Math.floor(Math.random() * countries.length)]!,\n    path: pages[Math.floor(Math.random() * pages.length)]!,\n  });\n  useEffect(() => {\n    const t = setInterval(() => setRows((r) => [makeRow(), ...r].slice(0, 10)), 1000);\n    return () => clearInterval(t);\n  }, []);\n  return <ul>{rows.map((r) => <li key={r.id}>{r.country} {r.path}</li>)}</ul>;\n}\n", filename: 'apps/web/src/components/demo-feed.tsx' },
    { code: "export const fakeSessions = () => [{ sessionId: Math.random().toString(36).slice(2) }];", filename: 'lib/mockData.ts' },
    // DOM ids set on elements in a browser-extension content script (supermemory; here outside an apps/browser-extension folder, which is device code anyway): ids for querySelector, as in JSX.
    { code: "import { ELEMENT_IDS } from \"../../utils/constants\"\nimport { createInputBarElement } from \"../../utils/ui-components\"\n\nexport function addIcon(container: HTMLElement) {\n\tconst icon = createInputBarElement()\n\ticon.id = `${ELEMENT_IDS.INPUT_BAR_ELEMENT}-${Date.now()}-${Math.random().toString(36).substring(2, 11)}`\n\tcontainer.appendChild(icon)\n}\n", filename: 'src/entrypoints/content/chatgpt.ts' },
    { code: "export function badge() {\n  const el = document.createElement('span');\n  el.id = `badge-${Math.random().toString(36).slice(2)}`;\n  document.body.append(el);\n}\n", filename: 'src/content/badge.ts' },
    // Plain ids in client code are only reported with checkClientIds.
    { code: "'use client';\nconst msg = { id: Date.now().toString(), text };", filename: 'app/chat/chat.tsx' },
    { code: 'const upload = { id: `${file.name}-${Date.now()}-${Math.random()}` };', filename: 'components/upload.tsx' },
    { code: 'addMessage: (m) => set((s) => ({ messages: [...s.messages, { ...m, id: Math.random().toString(36).slice(2) }] }))', filename: 'src/lib/store/chat-store.ts' },
    // Test ids, trace ids, temp ids.
    { code: 'const testId = `testMessageId-${Date.now()}`;', filename: 'utils/actions/ai-rule.ts' },
    { code: 'const traceId = Date.now().toString(36);', filename: FILES.lib },
    { code: 'const tempId = `temp-${Date.now()}`;', filename: FILES.route },
    // Already secure.
    { code: 'const id = crypto.randomUUID();', filename: FILES.route },
    { code: "import { randomBytes } from 'node:crypto';\nconst token = randomBytes(32).toString('hex');", filename: FILES.route },
    // Scripts, seeds, config and tests.
    { code: 'function generateId() { return Math.random().toString(36).slice(2); }', filename: 'scripts/seed/referrers.ts' },
    // Benchmarks, and correlation ids made by logging modules (unkey's lib/logging/structured-logger.ts).
    { code: 'const identifier = identifiers[Math.floor(Math.random() * identifiers.length)];\nconst requestId = `req_${Math.random().toString(36).slice(2)}`;', filename: 'benchmarks/ratelimit.js' },
    { code: 'export function generateRequestId(): string {\n  return `req_${Date.now()}_${Math.random().toString(36).substring(2, 11)}`;\n}', filename: 'apps/dashboard/lib/logging/structured-logger.ts' },
    { code: 'export const newSpanId = () => Math.random().toString(16).slice(2);', filename: 'lib/logger.ts' },
    { code: 'const runId = `${process.pid}-${Date.now()}`;', filename: 'playwright.config.mjs' },
    { code: 'const token = Math.random().toString(36);', filename: 'lib/__tests__/auth.test.ts' },
    // Comparisons and other non-building uses.
    { code: 'const token = Date.now() > exp ? null : current;', filename: FILES.route },
    // ignoreNames.
    { code: 'const requestId = Math.random().toString(36);', filename: FILES.route, options: [{ ignoreNames: ['^requestId$'] }] },
    // The client suggestions' outputs (helpers appended after the code, directive first) parse and are not reported.
    { code: "'use client';\n\nimport { useCallback } from 'react';\nimport { authorizeUrl } from '@/lib/oidc';\n\nexport function SignInButton() {\n  const signIn = useCallback(() => {\n    const nonce = generateToken();\n    sessionStorage.setItem('oidc_nonce', nonce);\n    window.location.assign(authorizeUrl({ nonce }));\n  }, []);\n  return <button onClick={signIn}>Sign in</button>;\n}\n\n" + WEB_CRYPTO_TOKEN, filename: 'app/login/sign-in-button.tsx' },
    { code: "export function VerifyPhone({ onSend }: { onSend: (otp: string) => void }) {\n  const otp = generateNumericCode();\n  return <button onClick={() => onSend(otp)}>Send code</button>;\n}\n\n" + WEB_CRYPTO_CODE, filename: 'src/components/VerifyPhone.tsx' },
    { code: '"use client";\nexport function Invite() {\n  const inviteCode = generateNumericCode();\n  return <p>{inviteCode}</p>;\n}\n\n' + WEB_CRYPTO_CODE_JS, filename: 'components/invite.jsx' },
    // ...also with the file's other (non-id) Math.random() calls left in place.
    { code: "import { useEffect, useState } from 'react';\n\nconst countries = ['SE', 'DE', 'US'];\nconst pages = ['/', '/pricing', '/docs'];\n\nexport function DemoFeed() {\n  const [rows, setRows] = useState<{ id: string; sessionId: string; country: string; path: string }[]>([]);\n  const makeRow = () => ({\n    id: Math.random().toString(36).slice(2, 12),\n    sessionId: generateToken(),\n    country: countries[Math.floor(Math.random() * countries.length)]!,\n    path: pages[Math.floor(Math.random() * pages.length)]!,\n  });\n  useEffect(() => {\n    const t = setInterval(() => setRows((r) => [makeRow(), ...r].slice(0, 10)), 1000);\n    return () => clearInterval(t);\n  }, []);\n  return <ul>{rows.map((r) => <li key={r.id}>{r.country} {r.path}</li>)}</ul>;\n}\n\n" + WEB_CRYPTO_TOKEN, filename: 'apps/web/src/components/live-feed.tsx' },
    // Picking an element of a list is not making a value (a quiz's challenge, a tip's promo code): the suggestion
    // would replace the pick with generateToken().
    { code: "'use client';\nexport function Quiz({ challenges }: { challenges: string[] }) {\n  const challenge = challenges[Math.floor(Math.random() * challenges.length)];\n  return <p>{challenge}</p>;\n}\n", filename: 'components/quiz.tsx' },
    { code: "export function pickChallenge(challenges: string[]) {\n  const challenge = (challenges[Math.floor(Math.random() * challenges.length)] ?? challenges[0]) as string;\n  return { challenge };\n}\n", filename: 'app/api/quiz/route.ts' },
    // A storage path named as an id (a SaaS-Boilerplate fork's Cloudinary upload: `public_id` is the asset's path):
    // a folder, a slash and the uploaded file's name; the clock only keeps two uploads apart.
    { code: "import crypto from 'node:crypto';\n\nexport async function POST(req: Request) {\n  const form = await req.formData();\n  const file = form.get('file') as File;\n  const folder = (form.get('folder') as string) || 'general';\n  const publicId = `${folder}/${Date.now()}_${file.name.split('.')[0]}`;\n  const res = await upload(file, { public_id: publicId });\n  return Response.json({ publicId: res.public_id });\n}\n", filename: 'src/app/api/v1/media/upload/route.ts' },
    // invitation-app's .ics builder: an iCalendar UID in the `...@host` form (like an email Message-ID) names the event to
    // calendar clients, which need it unique, not unguessable.
    { code: "export function buildIcs({ title, uid }: { title: string; uid?: string }) {\n  const _uid = uid || `${Date.now()}-${Math.random().toString(36).slice(2)}@aurumpass`;\n  return ['BEGIN:VEVENT', `UID:${_uid}`, `SUMMARY:${title}`, 'END:VEVENT'].join('\\r\\n');\n}\n", filename: 'lib/ics.ts' },
    // Fields of an object stored under a mock name (a dev route simulating a Telegram update, a Kiranism starter fork).
    { code: "export async function POST(req: Request) {\n  const { message } = await req.json();\n  const mockUpdate = {\n    update_id: Date.now(),\n    message: { message_id: Date.now(), from: { id: 123456789, username: 'testuser' }, text: message || '/start' },\n  } as any;\n  await bot.handleUpdate(mockUpdate);\n  return Response.json({ ok: true });\n}\n", filename: 'src/app/api/dev/bot-test/route.ts' },
    // ever-teams' API client: a key of its own map of in-flight requests' AbortControllers, scoped by the URL; it never leaves the process.
    { code: "export class ApiService {\n  private cancelSources = new Map<string, AbortController>();\n  async get<T>(url: string) {\n    const requestId = `GET:${url}:${Date.now()}`;\n    const controller = new AbortController();\n    this.cancelSources.set(requestId, controller);\n    try {\n      return await this.http.get<T>(url, { signal: controller.signal });\n    } finally {\n      this.cancelSources.delete(requestId);\n    }\n  }\n}\n", filename: 'apps/web/core/services/client/api.service.ts' },
    // sparka's code-execution tool: the `requestId` is logged, and handed to helpers of the file (`runInSandbox({ ..., requestId })`,
    // `closeSandbox(sandbox, requestId)`) that only log it: a log correlation id.
    { code: "import { Sandbox } from '@vercel/sandbox';\nimport { createModuleLogger } from '@/lib/logger';\n\nconst log = createModuleLogger('code-execution');\n\nasync function runInSandbox({ sandbox, code, requestId }: { sandbox: Sandbox; code: string; requestId: string }) {\n  log.info({ requestId }, 'running code');\n  return sandbox.runCommand('python3', ['-c', code]);\n}\n\nasync function closeSandbox(sandbox: Sandbox, requestId: string) {\n  await sandbox.stop();\n  log.info({ requestId }, 'sandbox closed');\n}\n\nexport async function executeCode(code: string) {\n  const requestId = `ci-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;\n  const sandbox = await Sandbox.create();\n  try {\n    log.info({ requestId }, 'sandbox created');\n    return await runInSandbox({ sandbox, code, requestId });\n  } finally {\n    await closeSandbox(sandbox, requestId);\n  }\n}\n", filename: 'lib/ai/tools/code-execution.ts' },
  ],
  invalid: [
    // bblist's password generator: one character class at a time, then a fill loop and a shuffle. Every pick
    // builds the one `password`, so one report (no suggestion: `password += generateToken()` would repeat it).
    { code: "export function NewUserForm({ onPassword }: { onPassword: (p: string) => void }) {\n  const generatePassword = () => {\n    const charset = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#$%^&*';\n    const lower = 'abcdefghijklmnopqrstuvwxyz';\n    const digits = '0123456789';\n    let password = '';\n    password += lower[Math.floor(Math.random() * lower.length)];\n    password += digits[Math.floor(Math.random() * digits.length)];\n    for (let i = 2; i < 12; i++) password += charset[Math.floor(Math.random() * charset.length)];\n    const shuffled = password.split('').sort(() => Math.random() - 0.5).join('');\n    onPassword(shuffled);\n  };\n  return <button onClick={generatePassword}>Generate</button>;\n}\n", filename: FILES.component, errors: [{ messageId: 'insecureRandom', line: 7, column: 34, data: { name: 'password', source: 'Math.random()', why: 'it is not cryptographically secure: its state can be recovered from a few outputs, so an attacker can predict the next values.', fix: 'crypto.getRandomValues(new Uint8Array(32)), base64url-encoded' }, suggestions: [] }] },
    // Twin (shopOnline's newsletter route): a plain `=` in each branch makes a new code each time, one report (and fix) each.
    { code: "export async function POST(req: Request) {\n  const { email, vip } = await req.json();\n  let discountCode: string;\n  if (vip) {\n    discountCode = `VIP${Math.random().toString(36).slice(2, 10)}`;\n  } else {\n    discountCode = `WELCOME${Math.random().toString(36).slice(2, 10)}`;\n  }\n  await db.subscriber.create({ data: { email, discountCode } });\n}\n", filename: 'app/api/newsletter/subscribe/route.ts', settings: helper, errors: [{ messageId: 'insecureRandom', line: 5, suggestions: [{ messageId: 'useNumericCode', output: "import { generateNumericCode } from '@/lib/random-id';\nexport async function POST(req: Request) {\n  const { email, vip } = await req.json();\n  let discountCode: string;\n  if (vip) {\n    discountCode = generateNumericCode();\n  } else {\n    discountCode = `WELCOME${Math.random().toString(36).slice(2, 10)}`;\n  }\n  await db.subscriber.create({ data: { email, discountCode } });\n}\n" }] }, { messageId: 'insecureRandom', line: 7, suggestions: [{ messageId: 'useNumericCode', output: "import { generateNumericCode } from '@/lib/random-id';\nexport async function POST(req: Request) {\n  const { email, vip } = await req.json();\n  let discountCode: string;\n  if (vip) {\n    discountCode = `VIP${Math.random().toString(36).slice(2, 10)}`;\n  } else {\n    discountCode = generateNumericCode();\n  }\n  await db.subscriber.create({ data: { email, discountCode } });\n}\n" }] }] },
    // Two values in one function, each built from Math.random(): one report each (the token's two writes are one).
    { code: "export async function POST() {\n  let token = Math.random().toString(36).slice(2);\n  token += Math.random().toString(36).slice(2);\n  const inviteCode = String(Math.floor(Math.random() * 1e6));\n  await db.invite.create({ data: { token, inviteCode } });\n}\n", filename: 'app/api/invite/route.ts', settings: helper, errors: [{ messageId: 'insecureRandom', line: 2, column: 15, suggestions: [{ messageId: 'useToken', output: "import { generateToken } from '@/lib/random-id';\nexport async function POST() {\n  let token = generateToken();\n  token += Math.random().toString(36).slice(2);\n  const inviteCode = String(Math.floor(Math.random() * 1e6));\n  await db.invite.create({ data: { token, inviteCode } });\n}\n" }] }, { messageId: 'insecureRandom', line: 4, column: 40, suggestions: [{ messageId: 'useNumericCode', output: "import { generateNumericCode } from '@/lib/random-id';\nexport async function POST() {\n  let token = Math.random().toString(36).slice(2);\n  token += Math.random().toString(36).slice(2);\n  const inviteCode = generateNumericCode();\n  await db.invite.create({ data: { token, inviteCode } });\n}\n" }] }] },
    // ks-pr173's reset and verification tokens: the account id, the clock and Math.random(), base64url-encoded (an encoding adds nothing).
    { code: "export async function POST(req: Request) {\n  const account = await findAccount(req);\n  const resetToken = Buffer.from(\n    `${account.id}:${Date.now()}:${Math.random()}`\n  ).toString('base64url');\n  await db.reset.create({ data: { accountId: account.id, resetToken } });\n}\n", filename: 'src/app/api/auth/forgot-password/route.ts', settings: helper, errors: [{ messageId: 'insecureRandom', line: 4, suggestions: [{ messageId: 'useToken', output: "import { generateToken } from '@/lib/random-id';\nexport async function POST(req: Request) {\n  const account = await findAccount(req);\n  const resetToken = generateToken();\n  await db.reset.create({ data: { accountId: account.id, resetToken } });\n}\n" }] }] },
    // Hashed: a hash of the clock and Math.random() is as guessable as its input (md5, CryptoJS, Web Crypto's digest, createHash).
    { code: "import md5 from 'md5';\n\nexport async function POST() {\n  const token = md5(Date.now() + Math.random());\n  await db.session.create({ data: { token } });\n}\n", filename: 'app/api/session/route.ts', settings: helper, errors: [{ messageId: 'insecureRandom', line: 4, column: 21, suggestions: [{ messageId: 'useToken', output: "import md5 from 'md5';\nimport { generateToken } from '@/lib/random-id';\n\nexport async function POST() {\n  const token = generateToken();\n  await db.session.create({ data: { token } });\n}\n" }] }] },
    { code: "import CryptoJS from 'crypto-js';\n\nexport function createSession(userId: string) {\n  const sessionId = CryptoJS.SHA256(Math.random().toString()).toString();\n  return { userId, sessionId };\n}\n", filename: 'lib/session.ts', settings: helper, errors: [{ messageId: 'insecureRandom', line: 4, column: 37, suggestions: [{ messageId: 'useToken', output: "import CryptoJS from 'crypto-js';\nimport { generateToken } from '@/lib/random-id';\n\nexport function createSession(userId: string) {\n  const sessionId = generateToken();\n  return { userId, sessionId };\n}\n" }] }] },
    { code: "export async function newNonce() {\n  const nonce = Buffer.from(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(String(Math.random())))).toString('base64url');\n  return nonce;\n}\n", filename: 'lib/nonce.ts', settings: helper, errors: [{ messageId: 'insecureRandom', line: 2, suggestions: [{ messageId: 'useToken', output: "import { generateToken } from '@/lib/random-id';\nexport async function newNonce() {\n  const nonce = generateToken();\n  return nonce;\n}\n" }] }] },
    { code: "import { createHash } from 'node:crypto';\n\nexport async function POST() {\n  const apiKey = createHash('sha256').update(Math.random().toString()).digest('hex');\n  await db.key.create({ data: { apiKey } });\n}\n", filename: 'app/api/keys/route.ts', settings: helper, errors: [{ messageId: 'insecureRandom', line: 4, suggestions: [{ messageId: 'useToken', output: "import { createHash } from 'node:crypto';\nimport { generateToken } from '@/lib/random-id';\n\nexport async function POST() {\n  const apiKey = generateToken();\n  await db.key.create({ data: { apiKey } });\n}\n" }] }] },
    // Twin: the same id made here only, with no caller-sent id before it, is still reported.
    { code: "import { NextRequest, NextResponse } from 'next/server';\nimport { logger } from '@/lib/logger';\n\nexport async function POST(request: NextRequest) {\n  const requestId = `req_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;\n  logger.info('Chat request received', { requestId });\n  return NextResponse.json({ ok: true }, { headers: { 'x-request-id': requestId } });\n}\n", filename: 'src/app/api/chat/route.ts', errors: [{ messageId: 'insecureRandom', line: 5, column: 28, suggestions: [{ messageId: 'useRandomUUID', output: "import { NextRequest, NextResponse } from 'next/server';\nimport { logger } from '@/lib/logger';\n\nexport async function POST(request: NextRequest) {\n  const requestId = `req_${crypto.randomUUID()}`;\n  logger.info('Chat request received', { requestId });\n  return NextResponse.json({ ok: true }, { headers: { 'x-request-id': requestId } });\n}\n" }] }] },
    // Twin: the same helper in a server package is checked.
    { code: "export function toToolCalls(toolCalls: ToolCall[]) {\n  return toolCalls.map((toolCall) => ({\n    id: toolCall.toolCallId || `call_${Date.now()}_${Math.random().toString(36).substr(2, 9)}`,\n    type: 'function',\n    function: { name: toolCall.toolName, arguments: JSON.stringify(toolCall.input) },\n  }));\n}\n", filename: 'packages/server/llm/aisdk.ts', errors: [{ messageId: 'insecureRandom', line: 3, suggestions: [{ messageId: 'useRandomUUID', output: "export function toToolCalls(toolCalls: ToolCall[]) {\n  return toolCalls.map((toolCall) => ({\n    id: toolCall.toolCallId || `call_${crypto.randomUUID()}`,\n    type: 'function',\n    function: { name: toolCall.toolName, arguments: JSON.stringify(toolCall.input) },\n  }));\n}\n" }] }] },
    // Twin: the same retry helper without a browser import: nothing says it runs in the browser, so its id is checked.
    { code: "import { notify } from '@/lib/notify';\n\nexport function withRetry(operationType: string, executor: (args: unknown) => Promise<unknown>) {\n  return async (args: unknown) => {\n    const operationId = `${operationType}_${Date.now()}_${Math.random().toString(36).substr(2, 9)}`;\n    try {\n      return await executor(args);\n    } catch (error) {\n      retryManager.registerFailedOperation(operationId, operationType, args);\n      notify.error('Operation failed');\n      throw error;\n    }\n  };\n}\n", filename: 'lib/retryMechanism.ts', errors: [{ messageId: 'insecureRandom', line: 5, column: 45, suggestions: [{ messageId: 'useRandomUUID', output: "import { notify } from '@/lib/notify';\n\nexport function withRetry(operationType: string, executor: (args: unknown) => Promise<unknown>) {\n  return async (args: unknown) => {\n    const operationId = `${operationType}_${crypto.randomUUID()}`;\n    try {\n      return await executor(args);\n    } catch (error) {\n      retryManager.registerFailedOperation(operationId, operationType, args);\n      notify.error('Operation failed');\n      throw error;\n    }\n  };\n}\n" }] }] },
    // Twin: the same id also sent to the server in a header is reported.
    { code: "export class ApiService {\n  private cancelSources = new Map<string, AbortController>();\n  async get<T>(url: string) {\n    const requestId = `GET:${url}:${Date.now()}`;\n    const controller = new AbortController();\n    this.cancelSources.set(requestId, controller);\n    return this.http.get<T>(url, { signal: controller.signal, headers: { 'x-request-id': requestId } });\n  }\n}\n", filename: 'apps/web/core/services/client/api.service.ts', errors: [{ messageId: 'insecureRandom', line: 4, column: 37, suggestions: [{ messageId: 'useRandomUUID', output: "export class ApiService {\n  private cancelSources = new Map<string, AbortController>();\n  async get<T>(url: string) {\n    const requestId = `GET:${url}:${crypto.randomUUID()}`;\n    const controller = new AbortController();\n    this.cancelSources.set(requestId, controller);\n    return this.http.get<T>(url, { signal: controller.signal, headers: { 'x-request-id': requestId } });\n  }\n}\n" }] }] },
    // The same object's snake_case token made from the clock is still a token.
    { code: 'export function traceTimestamps(created: number) {\n  return { first_token_at: new Date().getTime(), first_token: Date.now().toString(36) };\n}\n', filename: 'src/server/routes/misc.ts', errors: [{ messageId: 'insecureRandom', line: 2, column: 63, suggestions: [{ messageId: 'useToken', output: "import { randomBytes, randomInt, randomUUID } from 'node:crypto';\nexport function traceTimestamps(created: number) {\n  return { first_token_at: new Date().getTime(), first_token: generateToken() };\n}\n\n/** A secret token (session ids, API keys, reset and invite tokens): `bytes` random bytes, URL-safe. */\nfunction generateToken(bytes = 32): string {\n  return randomBytes(bytes).toString('base64url');\n}\n" }] }] },
    // Twin: an object of another kind (`object: 'thread'`), stored by its id: still reported.
    { code: "export async function POST(request: Request) {\n  const { model } = await request.json();\n  const thread = {\n    id: `thread-${Date.now()}`,\n    object: 'thread',\n    created: Math.floor(Date.now() / 1000),\n    model,\n  };\n  await db.thread.create({ data: thread });\n  return Response.json(thread);\n}\n", filename: 'app/api/v1/threads/route.ts', errors: [{ messageId: 'insecureRandom', line: 4, column: 19, suggestions: [{ messageId: 'useRandomUUID', output: "export async function POST(request: Request) {\n  const { model } = await request.json();\n  const thread = {\n    id: `thread-${crypto.randomUUID()}`,\n    object: 'thread',\n    created: Math.floor(Date.now() / 1000),\n    model,\n  };\n  await db.thread.create({ data: thread });\n  return Response.json(thread);\n}\n" }] }] },
    // The same object without `jsonrpc`: an id of something else, still reported.
    { code: "export async function callRpc(url: string, method: string, params: unknown[]) {\n  const body = JSON.stringify({\n    id: btoa(['App', Date.now().toString(), Math.random()].join('.')),\n    method: `aria2.${method}`,\n    params,\n  });\n  return fetch(url, { method: 'POST', body });\n}\n", filename: 'packages/integrations/src/download-client/aria2/aria2-integration.ts', errors: [{ messageId: 'insecureRandom', line: 3, column: 22, suggestions: [{ messageId: 'useRandomUUID', output: "export async function callRpc(url: string, method: string, params: unknown[]) {\n  const body = JSON.stringify({\n    id: crypto.randomUUID(),\n    method: `aria2.${method}`,\n    params,\n  });\n  return fetch(url, { method: 'POST', body });\n}\n" }] }] },
    // Twin: `window` only in a `typeof` test: the module may run on the server, still reported.
    { code: "class WebVitals {\n  init() {\n    if (typeof window !== 'undefined') this.flush();\n  }\n  record(value: number) {\n    return { name: 'LCP', value, id: `lcp-${Date.now()}` };\n  }\n  flush() {}\n}\nexport const webVitals = new WebVitals();\n", filename: 'lib/web-vitals.ts', errors: [{ messageId: 'insecureRandom', line: 6, column: 45, suggestions: [{ messageId: 'useRandomUUID', output: "class WebVitals {\n  init() {\n    if (typeof window !== 'undefined') this.flush();\n  }\n  record(value: number) {\n    return { name: 'LCP', value, id: `lcp-${crypto.randomUUID()}` };\n  }\n  flush() {}\n}\nexport const webVitals = new WebVitals();\n" }] }] },
    // Twin: `document` only in generated HTML and in a `typeof` test: a server module, still reported.
    { code: "export function renderPage(body: string) {\n  return `<html><script>document.addEventListener('DOMContentLoaded', init)</script>${body}</html>`;\n}\n\nexport function generateId(prefix = 'id'): string {\n  if (typeof document !== 'undefined') return prefix;\n  return `${prefix}-${Math.random().toString(36).slice(2, 11)}`;\n}\n", filename: 'src/services/rendering.ts', errors: [{ messageId: 'insecureRandom', line: 7, column: 23, suggestions: [{ messageId: 'useRandomUUID', output: "export function renderPage(body: string) {\n  return `<html><script>document.addEventListener('DOMContentLoaded', init)</script>${body}</html>`;\n}\n\nexport function generateId(prefix = 'id'): string {\n  if (typeof document !== 'undefined') return prefix;\n  return `${prefix}-${crypto.randomUUID()}`;\n}\n" }] }] },
    // Twin: a session token stored with a plain SET (no NX) is handed to the user: still reported.
    { code: "import { redis } from './redis';\n\nexport async function createSession(userId: string) {\n  const token = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;\n  await redis.set(`session:${token}`, userId, 'EX', 3600);\n  await redis.set('last', token, 'EX', 60);\n  return token;\n}\n", filename: 'src/lib/session.ts', errors: [{ messageId: 'insecureRandom', line: 4, column: 20, suggestions: [{ messageId: 'useToken', output: "import { redis } from './redis';\nimport { randomBytes, randomInt, randomUUID } from 'node:crypto';\n\nexport async function createSession(userId: string) {\n  const token = generateToken();\n  await redis.set(`session:${token}`, userId, 'EX', 3600);\n  await redis.set('last', token, 'EX', 60);\n  return token;\n}\n\n/** A secret token (session ids, API keys, reset and invite tokens): `bytes` random bytes, URL-safe. */\nfunction generateToken(bytes = 32): string {\n  return randomBytes(bytes).toString('base64url');\n}\n" }] }] },
    // The same id without the `@host` part, a plain id the app may look records up by: still reported.
    {
      code: "export function buildIcs({ title, uid }: { title: string; uid?: string }) {\n  const _uid = uid || `${Date.now()}-${Math.random().toString(36).slice(2)}`;\n  return ['BEGIN:VEVENT', `UID:${_uid}`, `SUMMARY:${title}`, 'END:VEVENT'].join('\\r\\n');\n}\n",
      filename: 'lib/ics.ts',
      errors: [{ messageId: 'insecureRandom', line: 2, suggestions: [{ messageId: 'useRandomUUID', output: "export function buildIcs({ title, uid }: { title: string; uid?: string }) {\n  const _uid = uid || crypto.randomUUID();\n  return ['BEGIN:VEVENT', `UID:${_uid}`, `SUMMARY:${title}`, 'END:VEVENT'].join('\\r\\n');\n}\n" }] }],
    },
    // Twin of onyx's Lit widget: a type-only import of Lit says nothing of where the module runs.
    {
      code: "import type { LitElement } from 'lit';\n\nexport function addMessage(host: LitElement & { messages: { id: string; text: string }[] }, text: string) {\n  host.messages.push({ id: `msg-${Date.now()}`, text });\n}\n",
      filename: 'widget/src/services/messages.ts',
      errors: [{ messageId: 'insecureRandom', line: 4, column: 35, suggestions: [{ messageId: 'useRandomUUID', output: "import type { LitElement } from 'lit';\n\nexport function addMessage(host: LitElement & { messages: { id: string; text: string }[] }, text: string) {\n  host.messages.push({ id: `msg-${crypto.randomUUID()}`, text });\n}\n" }] }],
    },
    // Twin of onyx's toast store: `import { cache } from 'react'` is no hook; the module can be server code.
    {
      code: "import { cache } from 'react';\n\nconst toasts: { id: string; message: string }[] = [];\nlet nextId = 0;\n\nexport function addToast(message: string): string {\n  const id = `toast-${++nextId}-${Date.now()}`;\n  toasts.push({ id, message });\n  return id;\n}\n\nexport const getToasts = cache(() => toasts);\n",
      filename: 'web/lib/opal/src/layouts/toast/store.ts',
      errors: [{ messageId: 'insecureRandom', line: 7, column: 35, suggestions: [{ messageId: 'useRandomUUID', output: "import { cache } from 'react';\n\nconst toasts: { id: string; message: string }[] = [];\nlet nextId = 0;\n\nexport function addToast(message: string): string {\n  const id = `toast-${crypto.randomUUID()}`;\n  toasts.push({ id, message });\n  return id;\n}\n\nexport const getToasts = cache(() => toasts);\n" }] }],
    },
    // A clock plus a module counter (CopilotKit's reskinnable demo store): the message says what the counter does not cover.
    {"code":"let idCounter = 0;\nconst nextId = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${idCounter++}`;\nexport function addEscalation(store: Map<string, object>, body: object) {\n  const id = nextId('esc');\n  store.set(id, body);\n  return id;\n}\n","filename":"src/lib/store.ts","errors":[{"messageId":"insecureRandom","line":2,"column":49,data: { name: 'nextId', source: 'Date.now()', why: "a counter keeps one process's ids apart, but it restarts at zero on every instance, so two instances collide within a millisecond, and ids are guessable.", fix: 'crypto.randomUUID()' },"suggestions":[{"messageId":"useRandomUUID","output":"let idCounter = 0;\nconst nextId = (prefix: string) => `${prefix}-${crypto.randomUUID()}`;\nexport function addEscalation(store: Map<string, object>, body: object) {\n  const id = nextId('esc');\n  store.set(id, body);\n  return id;\n}\n"}]}]},
    // The same with the epoch in a lowercase `const` of a literal: still the clock.
    { code: 'const epochMs = 1700000000000;\nexport function newResetToken() {\n  const resetToken = (Date.now() - epochMs).toString(36);\n  return resetToken;\n}\n', filename: 'lib/tokens.ts', errors: [{ messageId: 'insecureRandom', line: 3, column: 23, suggestions: [{ messageId: 'useToken', output: "import { randomBytes, randomInt, randomUUID } from 'node:crypto';\nconst epochMs = 1700000000000;\nexport function newResetToken() {\n  const resetToken = generateToken();\n  return resetToken;\n}\n\n/** A secret token (session ids, API keys, reset and invite tokens): `bytes` random bytes, URL-safe. */\nfunction generateToken(bytes = 32): string {\n  return randomBytes(bytes).toString('base64url');\n}\n" }] }] },
    // The clock less a custom epoch (an UPPER_CASE constant) is still a timestamp: a guessable token.
    { code: 'const EPOCH = 1700000000000;\nexport function newResetToken(token: { createdAt: number }) {\n  const timeSinceTokenUpdate = Date.now() - token.createdAt;\n  const resetToken = (Date.now() - EPOCH).toString(36);\n  return { resetToken, timeSinceTokenUpdate };\n}\n', filename: 'packages/backend-lib/src/integrations/hubspotWorkflow.ts', errors: [{ messageId: 'insecureRandom', line: 4, column: 23, suggestions: [{ messageId: 'useToken', output: "import { randomBytes, randomInt, randomUUID } from 'node:crypto';\nconst EPOCH = 1700000000000;\nexport function newResetToken(token: { createdAt: number }) {\n  const timeSinceTokenUpdate = Date.now() - token.createdAt;\n  const resetToken = generateToken();\n  return { resetToken, timeSinceTokenUpdate };\n}\n\n/** A secret token (session ids, API keys, reset and invite tokens): `bytes` random bytes, URL-safe. */\nfunction generateToken(bytes = 32): string {\n  return randomBytes(bytes).toString('base64url');\n}\n" }] }] },
    // Twin: the clock minus a constant epoch stored as a code is made from the clock.
    {
      code: "const CODE_EPOCH = 1700000000000;\nexport async function runUserCode(script: { run(): Promise<string> }) {\n  const timings: Record<string, number> = {};\n  let tPhase = Date.now();\n  const result = await script.run();\n  timings.userCode = Date.now() - CODE_EPOCH;\n  tPhase = Date.now();\n  return { result, timings };\n}\n",
      filename: 'lib/execution/worker.ts',
      errors: [{ messageId: 'insecureRandom', line: 6, column: 22, suggestions: [{ messageId: 'useNumericCode', output: "import { randomBytes, randomInt, randomUUID } from 'node:crypto';\nconst CODE_EPOCH = 1700000000000;\nexport async function runUserCode(script: { run(): Promise<string> }) {\n  const timings: Record<string, number> = {};\n  let tPhase = Date.now();\n  const result = await script.run();\n  timings.userCode = generateNumericCode();\n  tPhase = Date.now();\n  return { result, timings };\n}\n\n/** A numeric one-time code with uniform digits (`randomInt` has no modulo bias). Rate limit its checks. */\nfunction generateNumericCode(digits = 6): string {\n  return randomInt(0, 10 ** digits).toString().padStart(digits, '0');\n}\n" }] }],
    },
    // A file with its own `generateToken` (here a stub): the suggestion would call it, so none is offered.
    {"code":"import { db } from '@/lib/db';\n\nfunction generateToken() {\n  return 'placeholder';\n}\n\nexport async function POST() {\n  const token = Math.random().toString(36).slice(2);\n  await db.invite.create({ data: { token } });\n  return Response.json({ ok: true, fallback: generateToken() });\n}\n","filename":"app/api/invite/route.ts","errors":[{"messageId":"insecureRandom","line":8,"column":17,"suggestions":[]}]},
    // An early return on another test: the fallback runs wherever that test fails, Web Crypto or not.
    {
      code: "function createSessionId(preferUuid: boolean): string {\n  if (preferUuid) {\n    return crypto.randomUUID();\n  }\n  return `aui_${Date.now()}_${Math.random().toString(36).slice(2)}`;\n}\nexport const sessionId = createSessionId(false);\n",
      filename: "lib/chat/registry.ts",
      errors: [{ messageId: 'insecureRandom', line: 5, suggestions: [] }],
    },
    // The same id made in the branch that runs when mock mode is OFF: still reported.
    // Twin of the email adapter: the same id on the branch that really sends.
    { code: "import { isDevelopment, isTest } from '@shared/config/env';\n\nexport async function sendEmail(to: string, subject: string) {\n  const isTestMode = isTest() || isDevelopment();\n  if (!isTestMode) {\n    await provider.send({ to, subject });\n    return { success: true, messageId: `dev-${Date.now()}` };\n  }\n  return { success: true, skipped: true };\n}\n", filename: 'server/services/email-providers/base-email-provider-adapter.ts', errors: [{ messageId: 'insecureRandom', line: 7, column: 47, suggestions: [{ messageId: 'useRandomUUID', output: "import { isDevelopment, isTest } from '@shared/config/env';\n\nexport async function sendEmail(to: string, subject: string) {\n  const isTestMode = isTest() || isDevelopment();\n  if (!isTestMode) {\n    await provider.send({ to, subject });\n    return { success: true, messageId: `dev-${crypto.randomUUID()}` };\n  }\n  return { success: true, skipped: true };\n}\n" }] }] },
    {"code":"import { USE_API_MOCK } from '@/lib/config';\n\nexport async function createContainer(name: string) {\n  if (!USE_API_MOCK) {\n    const id = `ctr-${Date.now()}`;\n    return saveContainer({ id, name });\n  }\n  return { id: 'ctr-mock', name };\n}\n","filename":"lib/api/containers.ts","errors":[{"messageId":"insecureRandom","line":5,"column":23,"suggestions":[{"messageId":"useRandomUUID","output":"import { USE_API_MOCK } from '@/lib/config';\n\nexport async function createContainer(name: string) {\n  if (!USE_API_MOCK) {\n    const id = `ctr-${crypto.randomUUID()}`;\n    return saveContainer({ id, name });\n  }\n  return { id: 'ctr-mock', name };\n}\n"}]}]},
    // Twin: the same update not named as a mock is reported (once per field).
    {
      code: "export async function POST(req: Request) {\n  const { message } = await req.json();\n  const update = {\n    update_id: Date.now(),\n    message: { message_id: Date.now(), from: { id: 123456789, username: 'testuser' }, text: message || '/start' },\n  };\n  await bot.handleUpdate(update);\n  return Response.json({ ok: true });\n}\n",
      filename: 'src/app/api/dev/bot-test/route.ts',
      errors: [
        { messageId: 'insecureRandom', line: 4, column: 16, suggestions: [{ messageId: 'useRandomUUID', output: "export async function POST(req: Request) {\n  const { message } = await req.json();\n  const update = {\n    update_id: crypto.randomUUID(),\n    message: { message_id: Date.now(), from: { id: 123456789, username: 'testuser' }, text: message || '/start' },\n  };\n  await bot.handleUpdate(update);\n  return Response.json({ ok: true });\n}\n" }] },
        { messageId: 'insecureRandom', line: 5, column: 28, suggestions: [{ messageId: 'useRandomUUID', output: "export async function POST(req: Request) {\n  const { message } = await req.json();\n  const update = {\n    update_id: Date.now(),\n    message: { message_id: crypto.randomUUID(), from: { id: 123456789, username: 'testuser' }, text: message || '/start' },\n  };\n  await bot.handleUpdate(update);\n  return Response.json({ ok: true });\n}\n" }] },
      ],
    },
    // Twin: the record id made beside that path is still reported.
    {
      code: "import crypto from 'node:crypto';\n\nexport async function POST(req: Request) {\n  const form = await req.formData();\n  const file = form.get('file') as File;\n  const folder = (form.get('folder') as string) || 'general';\n  const publicId = `${folder}/${Date.now()}_${file.name.split('.')[0]}`;\n  const res = await upload(file, { public_id: publicId });\n  const mediaId = `media_${Date.now()}`;\n  await db.media.create({ data: { id: mediaId, publicId: res.public_id } });\n  return Response.json({ mediaId });\n}\n",
      filename: 'src/app/api/v1/media/upload/route.ts',
      errors: [{ messageId: 'insecureRandom', line: 9, column: 28, suggestions: [{ messageId: 'useRandomUUID', output: "import crypto from 'node:crypto';\n\nexport async function POST(req: Request) {\n  const form = await req.formData();\n  const file = form.get('file') as File;\n  const folder = (form.get('folder') as string) || 'general';\n  const publicId = `${folder}/${Date.now()}_${file.name.split('.')[0]}`;\n  const res = await upload(file, { public_id: publicId });\n  const mediaId = `media_${crypto.randomUUID()}`;\n  await db.media.create({ data: { id: mediaId, publicId: res.public_id } });\n  return Response.json({ mediaId });\n}\n" }] }],
    },
    // The else of a test about something else is no crypto fallback: still reported.
    {
      code: "export function generateNonce(): string {\n  const array = new Uint8Array(16)\n  if (array.length > 0) {\n    crypto.getRandomValues(array)\n  } else {\n    for (let i = 0; i < array.length; i++) {\n      array[i] = Math.floor(Math.random() * 256)\n    }\n  }\n  return Array.from(array, (byte) => byte.toString(16).padStart(2, '0')).join('')\n}\n",
      filename: "lib/csp-nonce.ts",
      errors: [{ messageId: 'insecureRandom', line: 7, column: 29 }],
    },
    // Twin: the same row builder not named for mock data is reported.
    {
      code: "import { NextResponse } from 'next/server';\n\nfunction collectErrorLogs(count: number) {\n  const logs = [];\n  for (let i = 0; i < count; i++) {\n    logs.push({\n      id: `err-${i + 1}`,\n      userId: Math.random() > 0.3 ? `user-${Math.floor(Math.random() * 1000)}` : null,\n    });\n  }\n  return logs;\n}\n\nexport async function GET() {\n  return NextResponse.json({ logs: collectErrorLogs(20) });\n}\n",
      filename: 'app/api/admin/error-logs/route.ts',
      errors: [{ messageId: 'insecureRandom', line: 8, column: 56, suggestions: [{ messageId: 'useRandomUUID', output: "import { NextResponse } from 'next/server';\n\nfunction collectErrorLogs(count: number) {\n  const logs = [];\n  for (let i = 0; i < count; i++) {\n    logs.push({\n      id: `err-${i + 1}`,\n      userId: Math.random() > 0.3 ? `user-${crypto.randomUUID()}` : null,\n    });\n  }\n  return logs;\n}\n\nexport async function GET() {\n  return NextResponse.json({ logs: collectErrorLogs(20) });\n}\n" }] }],
    },
    // The same chat session id with its "random" part from Math.random(): nothing in it comes from a CSPRNG.
    {
      code: "'use client';\nexport function sessionFor(botId: string) {\n  let sessionId = localStorage.getItem(`chat_${botId}`);\n  if (!sessionId) {\n    const weakRandom = Math.random().toString(36).slice(2);\n    sessionId = `session_${weakRandom}_${Date.now()}`;\n  }\n  return sessionId;\n}\n",
      filename: FILES.component,
      errors: [{ messageId: 'insecureRandom', line: 6, column: 42, suggestions: [{ messageId: 'useTokenWebCrypto', output: "'use client';\nexport function sessionFor(botId: string) {\n  let sessionId = localStorage.getItem(`chat_${botId}`);\n  if (!sessionId) {\n    const weakRandom = Math.random().toString(36).slice(2);\n    sessionId = generateToken();\n  }\n  return sessionId;\n}\n\n" + WEB_CRYPTO_TOKEN}] }],
    },
    // Twin: the same code in a module that is not a logging one (`blogging.ts` only ends like one).
    { code: "import { promises as fs } from 'fs';\nimport path from 'path';\n\nexport interface SystemLogEntry { id: string; timestamp: string; level: string; service: string; message: string }\n\nconst LOG_FILE = path.join(process.cwd(), '.storage', 'system-logs.json');\n\nexport async function addSystemLog(level: string, service: string, message: string): Promise<void> {\n  const logs: SystemLogEntry[] = JSON.parse(await fs.readFile(LOG_FILE, 'utf8').catch(() => '[]'));\n  const newLog: SystemLogEntry = {\n    id: `${Date.now()}-${Math.random().toString(36).slice(2, 11)}`,\n    timestamp: new Date().toISOString(),\n    level,\n    service,\n    message,\n  };\n  logs.unshift(newLog);\n  await fs.writeFile(LOG_FILE, JSON.stringify(logs.slice(0, 1000)));\n}\n", filename: 'lib/blogging.ts', errors: [{ messageId: 'insecureRandom', line: 11, suggestions: [{ messageId: 'useRandomUUID', output: "import { promises as fs } from 'fs';\nimport path from 'path';\n\nexport interface SystemLogEntry { id: string; timestamp: string; level: string; service: string; message: string }\n\nconst LOG_FILE = path.join(process.cwd(), '.storage', 'system-logs.json');\n\nexport async function addSystemLog(level: string, service: string, message: string): Promise<void> {\n  const logs: SystemLogEntry[] = JSON.parse(await fs.readFile(LOG_FILE, 'utf8').catch(() => '[]'));\n  const newLog: SystemLogEntry = {\n    id: crypto.randomUUID(),\n    timestamp: new Date().toISOString(),\n    level,\n    service,\n    message,\n  };\n  logs.unshift(newLog);\n  await fs.writeFile(LOG_FILE, JSON.stringify(logs.slice(0, 1000)));\n}\n" }] }] },
    // Twin: the same prefix without the mock word is a real session id.
    { code: "import { NextRequest, NextResponse } from 'next/server';\n\nasync function createCheckoutSession(priceId: string, orgId: string): Promise<{ sessionId: string; sessionUrl: string }> {\n  // Our own checkout session id.\n  const sessionId = `cs_live_${Date.now()}`;\n  return { sessionId, sessionUrl: `https://checkout.example.com/pay/${sessionId}?price=${priceId}&org=${orgId}` };\n}\n\nexport async function POST(req: NextRequest) {\n  const { priceId, orgId } = await req.json();\n  return NextResponse.json(await createCheckoutSession(String(priceId), String(orgId)));\n}\n", filename: 'app/api/billing/checkout/route.ts', errors: [{ messageId: 'insecureRandom', line: 5, suggestions: [{ messageId: 'useToken', output: "import { NextRequest, NextResponse } from 'next/server';\nimport { randomBytes, randomInt, randomUUID } from 'node:crypto';\n\nasync function createCheckoutSession(priceId: string, orgId: string): Promise<{ sessionId: string; sessionUrl: string }> {\n  // Our own checkout session id.\n  const sessionId = generateToken();\n  return { sessionId, sessionUrl: `https://checkout.example.com/pay/${sessionId}?price=${priceId}&org=${orgId}` };\n}\n\nexport async function POST(req: NextRequest) {\n  const { priceId, orgId } = await req.json();\n  return NextResponse.json(await createCheckoutSession(String(priceId), String(orgId)));\n}\n\n/** A secret token (session ids, API keys, reset and invite tokens): `bytes` random bytes, URL-safe. */\nfunction generateToken(bytes = 32): string {\n  return randomBytes(bytes).toString('base64url');\n}\n" }] }] },
    // Twin: the same id also keys a stored record.
    { code: "import { NextRequest, NextResponse } from 'next/server';\nimport { systemLog } from '@/lib/system-logging';\nimport { saveScanRecord } from '@/lib/scans';\n\nexport async function POST(request: NextRequest) {\n  const startTime = Date.now();\n  const requestId = `${Date.now()}-${Math.random().toString(36).slice(2, 11)}`;\n  const form = await request.formData();\n  const file = form.get('file');\n  if (!(file instanceof File)) {\n    await systemLog.error('scanner', 'File is required', { duration: Date.now() - startTime }, { requestId });\n    return NextResponse.json({ error: 'File is required' }, { status: 400 });\n  }\n  console.log(`[scan ${requestId}] uploading`, { fileName: file.name });\n  const res = await fetch(`${process.env.SCANNER_URL}/upload`, { method: 'POST', body: form, signal: AbortSignal.timeout(30_000) });\n  await systemLog.info('scanner', 'Upload done', { statusCode: res.status }, { requestId, fileName: file.name });\n  await saveScanRecord({ id: requestId, fileName: file.name, status: res.status });\n  return NextResponse.json({ ok: res.ok });\n}\n", filename: 'app/api/scan/route.ts', errors: [{ messageId: 'insecureRandom', line: 7, suggestions: [{ messageId: 'useRandomUUID', output: "import { NextRequest, NextResponse } from 'next/server';\nimport { systemLog } from '@/lib/system-logging';\nimport { saveScanRecord } from '@/lib/scans';\n\nexport async function POST(request: NextRequest) {\n  const startTime = Date.now();\n  const requestId = crypto.randomUUID();\n  const form = await request.formData();\n  const file = form.get('file');\n  if (!(file instanceof File)) {\n    await systemLog.error('scanner', 'File is required', { duration: Date.now() - startTime }, { requestId });\n    return NextResponse.json({ error: 'File is required' }, { status: 400 });\n  }\n  console.log(`[scan ${requestId}] uploading`, { fileName: file.name });\n  const res = await fetch(`${process.env.SCANNER_URL}/upload`, { method: 'POST', body: form, signal: AbortSignal.timeout(30_000) });\n  await systemLog.info('scanner', 'Upload done', { statusCode: res.status }, { requestId, fileName: file.name });\n  await saveScanRecord({ id: requestId, fileName: file.name, status: res.status });\n  return NextResponse.json({ ok: res.ok });\n}\n" }] }] },
    // The same operation id without the random part is reported.
    {
      code: "export async function execAgent(agentId: string, topicId: string) {\n  const operationId = `op_${Date.now()}_${agentId}_${topicId}`;\n  return runtime.start({ operationId });\n}\n",
      filename: "apps/server/src/services/aiAgent/index.ts",
      errors: [{ messageId: 'insecureRandom', line: 2, column: 29, suggestions: [{ messageId: 'useRandomUUID', output: "export async function execAgent(agentId: string, topicId: string) {\n  const operationId = `op_${crypto.randomUUID()}`;\n  return runtime.start({ operationId });\n}\n" }] }],
    },
    // A record reference made per element of a loop: every element gets the same millisecond.
    {
      code: "export async function refundAll(userId: number, items: { amount: number }[]) {\n  await ledger.createMany(items.map((item) => ({ amount: item.amount, transactionId: `refund-${userId}-${Date.now()}` })));\n}\n",
      filename: 'src/server/services/refund.service.ts',
      errors: [{ messageId: 'insecureRandom', line: 2, suggestions: [{ messageId: 'useRandomUUID', output: "export async function refundAll(userId: number, items: { amount: number }[]) {\n  await ledger.createMany(items.map((item) => ({ amount: item.amount, transactionId: `refund-${userId}-${crypto.randomUUID()}` })));\n}\n" }] }],
    },
    {
      code: "export async function refundAll(userId: number, items: { amount: number }[]) {\n  for (const item of items) {\n    const transactionId = `refund-${userId}-${Date.now()}`;\n    await ledger.create({ amount: item.amount, transactionId });\n  }\n}\n",
      filename: 'src/server/services/refund.service.ts',
      errors: [{ messageId: 'insecureRandom', line: 3, suggestions: [{ messageId: 'useRandomUUID', output: "export async function refundAll(userId: number, items: { amount: number }[]) {\n  for (const item of items) {\n    const transactionId = `refund-${userId}-${crypto.randomUUID()}`;\n    await ledger.create({ amount: item.amount, transactionId });\n  }\n}\n" }] }],
    },
    // ...scoped by nothing but time, or made with Math.random(): still reported.
    {
      code: "export async function createOrder(startedAt: number) {\n  const orderId = `order-${startedAt}-${Date.now()}`;\n  return coinbase.createCharge({ orderId });\n}\n",
      filename: 'src/server/services/coinbase.service.ts',
      errors: [{ messageId: 'insecureRandom', line: 2, suggestions: [{ messageId: 'useRandomUUID', output: "export async function createOrder(startedAt: number) {\n  const orderId = `order-${crypto.randomUUID()}`;\n  return coinbase.createCharge({ orderId });\n}\n" }] }],
    },
    {
      code: "export async function createOrder(userId: number) {\n  const orderId = `${userId}-${Math.random().toString(36).slice(2)}`;\n  return coinbase.createCharge({ orderId });\n}\n",
      filename: 'src/server/services/coinbase.service.ts',
      errors: [{ messageId: 'insecureRandom', line: 2, column: 32, suggestions: [{ messageId: 'useRandomUUID', output: "export async function createOrder(userId: number) {\n  const orderId = `${userId}-${crypto.randomUUID()}`;\n  return coinbase.createCharge({ orderId });\n}\n" }] }],
    },
    // A share link's id is a capability, not a ledger reference: scoped or not, it is reported.
    {
      code: "export async function share(docId: string) {\n  const shareId = `${docId}-${Date.now()}`;\n  await db.share.create({ data: { docId, shareId } });\n}\n",
      filename: 'src/server/services/share.service.ts',
      errors: [{ messageId: 'insecureRandom', line: 2, column: 31, suggestions: [{ messageId: 'useRandomUUID', output: "export async function share(docId: string) {\n  const shareId = `${docId}-${crypto.randomUUID()}`;\n  await db.share.create({ data: { docId, shareId } });\n}\n" }] }],
    },
    // `new Date()` with no argument is the current time.
    {
      code: "export function rewards(userId: number) {\n  return { rewardId: `${new Date().getTime()}` };\n}\n",
      filename: 'src/server/jobs/rewards.ts',
      errors: [{ messageId: 'insecureRandom', line: 2, column: 25, suggestions: [{ messageId: 'useRandomUUID', output: "export function rewards(userId: number) {\n  return { rewardId: crypto.randomUUID() };\n}\n" }] }],
    },
    // Another property of the global object is not web storage.
    {
      code: "export function saveThread(projectId: string, title: string): void {\n  const raw = globalThis.cache.get('chats');\n  const list = raw ? JSON.parse(raw) : [];\n  list.push({ id: `chat_${Date.now().toString(36)}`, projectId, title });\n  globalThis.cache.set('chats', JSON.stringify(list));\n}\n",
      filename: 'src/lib/threads.ts',
      errors: [{ messageId: 'insecureRandom', line: 4, column: 27, suggestions: [{ messageId: 'useRandomUUID', output: "export function saveThread(projectId: string, title: string): void {\n  const raw = globalThis.cache.get('chats');\n  const list = raw ? JSON.parse(raw) : [];\n  list.push({ id: `chat_${crypto.randomUUID()}`, projectId, title });\n  globalThis.cache.set('chats', JSON.stringify(list));\n}\n" }] }],
    },
    // The same id made by a server module (no web storage; a local variable of that name is not the global) is reported.
    {
      code: "export function saveThread(db: Db, projectId: string, title: string): Promise<void> {\n  const localStorage = db;\n  return localStorage.insert({ id: `chat_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`, projectId, title });\n}\n",
      filename: 'src/lib/persistence.ts',
      errors: [{ messageId: 'insecureRandom', line: 3, suggestions: [{ messageId: 'useRandomUUID', output: "export function saveThread(db: Db, projectId: string, title: string): Promise<void> {\n  const localStorage = db;\n  return localStorage.insert({ id: `chat_${crypto.randomUUID()}`, projectId, title });\n}\n" }] }],
    },
    // A session id whose other part is only *named* token (CapSoftware/Cap's extension camera preview): that token
    // comes from the URL hash, which the embedding page reads from the iframe src, so the id is as predictable as
    // its timestamp and counter. A name is not entropy: still reported.
    {
      code: CAP_PREVIEW_SESSION,
      filename: 'apps/chrome-extension/src/preview/camera-preview.tsx',
      errors: [{ messageId: 'insecureRandom', line: 4, data: { name: 'sessionId', source: 'Date.now()', why: 'a timestamp is known to within seconds of when it was made, so an attacker can guess or brute-force it.', fix: 'crypto.getRandomValues(new Uint8Array(32)), base64url-encoded' }, suggestions: [{ messageId: 'useTokenWebCrypto', output: CAP_PREVIEW_SESSION.replace('`${token}:${Date.now()}:${counter.current + 1}`', 'generateToken()') + '\n' + WEB_CRYPTO_TOKEN }] }],
    },
    // Twin of the flag SDK's unit: without a flag SDK, a random user id is an id.
    {
      code: 'import { dedupe } from "@/lib/dedupe";\n\nexport const identify = dedupe((async () => ({\n  customIDs: { userID: Math.random().toString(36).slice(2) },\n})) satisfies Identify<StatsigUser>);\n',
      filename: 'apps/mail/lib/flags.ts',
      errors: [{ messageId: 'insecureRandom', line: 4, data: { name: 'userID', source: 'Math.random()', why: 'it collides across instances at scale and is predictable.', fix: 'crypto.randomUUID()' }, suggestions: [{ messageId: 'useRandomUUID', output: 'import { dedupe } from "@/lib/dedupe";\n\nexport const identify = dedupe((async () => ({\n  customIDs: { userID: crypto.randomUUID() },\n})) satisfies Identify<StatsigUser>);\n' }] }],
    },
    // Twin: the same module without a browser library.
    { code: "import { create } from '@/lib/store-factory';\n\ntype Message = { id: string; text: string };\ntype ChatState = { messages: Message[]; sendMessage: (text: string) => void };\n\nexport const useChatStore = create<ChatState>()((set, get) => ({\n  messages: [],\n  sendMessage: (text) => {\n    const outgoing: Message = {\n      id: 'outgoing-' + Date.now().toString(),\n      text: text.trim()\n    };\n    set({ messages: [...get().messages, outgoing] });\n  }\n}));\n", filename: 'src/features/chat/utils/store.ts', errors: [{ messageId: 'insecureRandom', line: 10, column: 25, suggestions: [{ messageId: 'useRandomUUID', output: "import { create } from '@/lib/store-factory';\n\ntype Message = { id: string; text: string };\ntype ChatState = { messages: Message[]; sendMessage: (text: string) => void };\n\nexport const useChatStore = create<ChatState>()((set, get) => ({\n  messages: [],\n  sendMessage: (text) => {\n    const outgoing: Message = {\n      id: 'outgoing-' + crypto.randomUUID(),\n      text: text.trim()\n    };\n    set({ messages: [...get().messages, outgoing] });\n  }\n}));\n" }] }] },
    // The same id with a real prefix is reported, and the fix keeps the prefix.
    { code: "import { prisma } from \"@/lib/prisma\";\n\n// Admin accounts on a billing-enabled instance get a placeholder subscription row.\nexport default async function postAdminUser(name: string) {\n  return prisma.user.create({\n    data: {\n      name,\n      subscriptions: {\n        create: {\n          stripeSubscriptionId: \"sub_\" + Math.round(Math.random() * 10000000000000),\n          provider: \"STRIPE\",\n          active: true,\n        },\n      },\n    },\n  });\n}\n", filename: 'lib/api/controllers/users/postUser.ts', errors: [{ messageId: 'insecureRandom', line: 10, column: 53, suggestions: [{ messageId: 'useRandomUUID', output: "import { prisma } from \"@/lib/prisma\";\n\n// Admin accounts on a billing-enabled instance get a placeholder subscription row.\nexport default async function postAdminUser(name: string) {\n  return prisma.user.create({\n    data: {\n      name,\n      subscriptions: {\n        create: {\n          stripeSubscriptionId: \"sub_\" + crypto.randomUUID(),\n          provider: \"STRIPE\",\n          active: true,\n        },\n      },\n    },\n  });\n}\n" }] }] },
    // Twin of the logging module's request id: outside logging and tracing modules, an id generator is checked.
    {
      code: 'export function generateRequestId(): string {\n  return `req_${Date.now()}_${Math.random().toString(36).substring(2, 11)}`;\n}',
      filename: 'apps/dashboard/lib/api/request-id.ts',
      errors: [{ messageId: 'insecureRandom', line: 2, column: 17, suggestions: [{ messageId: 'useRandomUUID', output: 'export function generateRequestId(): string {\n  return `req_${crypto.randomUUID()}`;\n}' }] }],
    },
    // A job id made of a timestamp alone collides (the queue drops the second job); an id that is also returned is not log-only.
    {
      code: "export async function enqueue(job: { id?: string }) {\n  await queue.add('x', {}, { jobId: job.id ?? `fallback-${Date.now()}` });\n}\n",
      filename: 'apps/worker/src/processors/export.ts',
      errors: [{ messageId: 'insecureRandom', line: 2, data: { name: 'jobId', source: 'Date.now()', why: 'two requests in the same millisecond collide, and ids are guessable.', fix: 'crypto.randomUUID()' }, suggestions: [{ messageId: 'useRandomUUID', output: "export async function enqueue(job: { id?: string }) {\n  await queue.add('x', {}, { jobId: job.id ?? `fallback-${crypto.randomUUID()}` });\n}\n" }] }],
    },
    {
      code: "export async function POST() {\n  const orderId = `order_${Date.now()}`;\n  logger.info(orderId);\n  return Response.json({ orderId });\n}\n",
      filename: FILES.route,
      errors: [{ messageId: 'insecureRandom', line: 2, suggestions: [{ messageId: 'useRandomUUID', output: "export async function POST() {\n  const orderId = `order_${crypto.randomUUID()}`;\n  logger.info(orderId);\n  return Response.json({ orderId });\n}\n" }] }],
    },
    // An id made from Math.random in a route; suggestion uses crypto.randomUUID().
    {
      code: 'export async function POST() {\n  const id = Math.random().toString(36).substring(2, 11);\n  return Response.json({ id });\n}\n',
      filename: FILES.route,
      errors: [
        {
          messageId: 'insecureRandom',
          line: 2,
          column: 14,
          endColumn: 27,
          data: {
            name: 'id',
            source: 'Math.random()',
            why: 'it collides across instances at scale and is predictable.',
            fix: 'crypto.randomUUID()',
          },
          suggestions: [
            { messageId: 'useRandomUUID', output: 'export async function POST() {\n  const id = crypto.randomUUID();\n  return Response.json({ id });\n}\n' },
          ],
        },
      ],
    },
    // A reset token from Math.random + Date.now: one report, helper imported.
    {
      code: "export async function POST() {\n  const resetToken = Math.random().toString(36).slice(2) + Date.now().toString(36);\n  await db.user.update({ data: { resetToken } });\n}\n",
      filename: 'app/api/auth/forgot/route.ts',
      settings: helper,
      errors: [
        {
          messageId: 'insecureRandom',
          line: 2,
          data: {
            name: 'resetToken',
            source: 'Math.random()',
            why: 'Math.random() is not cryptographically secure and Date.now() is a guessable timestamp, so an attacker can predict or brute-force it.',
            fix: 'randomBytes(32).toString("base64url")',
          },
          suggestions: [
            {
              messageId: 'useToken',
              output:
                "import { generateToken } from '@/lib/random-id';\nexport async function POST() {\n  const resetToken = generateToken();\n  await db.user.update({ data: { resetToken } });\n}\n",
            },
          ],
        },
      ],
    },
    // OTP / invite codes; helper inlined when no module is configured.
    {
      code: "const otp = Math.floor(100000 + Math.random() * 900000).toString();\n",
      filename: 'app/api/otp/route.ts',
      errors: [
        {
          messageId: 'insecureRandom',
          suggestions: [
            {
              messageId: 'useNumericCode',
              output: `import { randomBytes, randomInt, randomUUID } from 'node:crypto';
const otp = generateNumericCode();

/** A numeric one-time code with uniform digits (\`randomInt\` has no modulo bias). Rate limit its checks. */
function generateNumericCode(digits = 6): string {
  return randomInt(0, 10 ** digits).toString().padStart(digits, '0');
}
`,
            },
          ],
        },
      ],
    },
    {
      code: 'const invite = { inviteCode: Math.random().toString(36).slice(2, 8).toUpperCase(), email };',
      filename: 'app/actions.ts',
      settings: helper,
      errors: [
        {
          messageId: 'insecureRandom',
          data: { name: 'inviteCode', source: 'Math.random()', why: 'it is predictable and has little entropy, so codes can be guessed or enumerated.', fix: 'crypto.randomInt()' },
          suggestions: [
            {
              messageId: 'useNumericCode',
              output: "import { generateNumericCode } from '@/lib/random-id';\nconst invite = { inviteCode: generateNumericCode(), email };",
            },
          ],
        },
      ],
    },
    // Generator functions (loop and return forms).
    {
      code: "export function generateId(length = 16) {\n  const chars = 'abc';\n  let result = '';\n  for (let i = 0; i < length; i++) {\n    result += chars.charAt(Math.floor(Math.random() * chars.length));\n  }\n  return result;\n}\n",
      filename: 'src/lib/utils.ts',
      errors: [{ messageId: 'insecureRandom', line: 5, data: { name: 'generateId', source: 'Math.random()', why: 'it collides across instances at scale and is predictable.', fix: 'crypto.randomUUID()' } }],
    },
    {
      code: "const generateApiKey = () => 'sk_' + Array.from({ length: 32 }, () => chars[Math.floor(Math.random() * chars.length)]).join('');",
      filename: 'lib/keys.js',
      errors: [{ messageId: 'insecureRandom', data: { name: 'generateApiKey', source: 'Math.random()', why: 'it is not cryptographically secure: its state can be recovered from a few outputs, so an attacker can predict the next values.', fix: 'randomBytes(32).toString("base64url")' } }],
    },
    {
      code: 'function makeSessionId() {\n  return `${Date.now()}-${Math.random().toString(36).slice(2)}`;\n}\n',
      filename: 'lib/session.ts',
      errors: [{ messageId: 'insecureRandom', line: 2, column: 13, data: { name: 'makeSessionId', source: 'Date.now()', why: 'Math.random() is not cryptographically secure and Date.now() is a guessable timestamp, so an attacker can predict or brute-force it.', fix: 'randomBytes(32).toString("base64url")' } }],
    },
    // Properties and assignments; new Date().getTime().
    {
      code: 'await prisma.apiKey.create({ data: { key: Math.random().toString(36), apiKey: `key_${Date.now()}` } });',
      filename: FILES.route,
      settings: helper,
      errors: [
        {
          messageId: 'insecureRandom',
          column: 86,
          suggestions: [{ messageId: 'useToken', output: "import { generateToken } from '@/lib/random-id';\nawait prisma.apiKey.create({ data: { key: Math.random().toString(36), apiKey: generateToken() } });" }],
        },
      ],
    },
    {
      code: 'user.sessionId = String(new Date().getTime());',
      filename: 'pages/api/login.js',
      settings: helper,
      errors: [{ messageId: 'insecureRandom', data: { name: 'sessionId', source: 'new Date().getTime()', why: 'a timestamp is known to within seconds of when it was made, so an attacker can guess or brute-force it.', fix: 'randomBytes(32).toString("base64url")' }, suggestions: [{ messageId: 'useToken', output: "import { generateToken } from '@/lib/random-id';\nuser.sessionId = generateToken();" }] }],
    },
    // A timestamp with a Math.random() part (Zero's generateConversationId): the message names the weak random part, not a same-millisecond collision.
    {
      code: "export const generateConversationId = (): string => {\n  return `conv_${Date.now()}_${Math.random().toString(36).substring(2, 9)}`;\n};\n",
      filename: FILES.route,
      errors: [{ messageId: 'insecureRandom', line: 2, column: 18, data: { name: 'generateConversationId', source: 'Date.now()', why: 'its random part is Math.random(), which is not cryptographically secure, and the timestamp is guessable, so ids can be predicted.', fix: 'crypto.randomUUID()' }, suggestions: [{ messageId: 'useRandomUUID', output: "export const generateConversationId = (): string => {\n  return `conv_${crypto.randomUUID()}`;\n};\n" }] }],
    },
    {
      code: "const order = { orderId: 'ORD-' + Date.now(), total };",
      filename: FILES.route,
      errors: [{ messageId: 'insecureRandom', data: { name: 'orderId', source: 'Date.now()', why: 'two requests in the same millisecond collide, and ids are guessable.', fix: 'crypto.randomUUID()' }, suggestions: [{ messageId: 'useRandomUUID', output: "const order = { orderId: 'ORD-' + crypto.randomUUID(), total };" }] }],
    },
    // Secrets and codes in client code are still reported. The browser has no node:crypto, so the suggestion
    // appends the Web Crypto helper (getRandomValues only) at the end of the file: the directive stays first.
    {
      code: "'use client';\nconst password = Math.random().toString(36).slice(-10);",
      filename: 'app/signup/form.tsx',
      errors: [{ messageId: 'insecureRandom', suggestions: [{ messageId: 'useTokenWebCrypto', data: { where: 'this file can run in the browser' }, output: "'use client';\nconst password = generateToken();\n\n" + WEB_CRYPTO_TOKEN }] }],
    },
    // A PKCE code verifier made in a 'use client' component (generateToken()'s 43 base64url characters are a valid verifier).
    {
      code: "'use client';\n\nexport function PkceButton() {\n  const signIn = () => {\n    const codeVerifier = Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);\n    sessionStorage.setItem('pkce_verifier', codeVerifier);\n    window.location.assign(`/authorize?challenge=${codeVerifier}`);\n  };\n  return <button onClick={signIn}>Sign in</button>;\n}\n",
      filename: 'app/login/pkce-button.tsx',
      errors: [
        {
          messageId: 'insecureRandom',
          line: 5,
          data: { name: 'codeVerifier', source: 'Math.random()', why: 'it is not cryptographically secure: its state can be recovered from a few outputs, so an attacker can predict the next values.', fix: 'crypto.getRandomValues(new Uint8Array(32)), base64url-encoded' },
          suggestions: [
            {
              messageId: 'useTokenWebCrypto',
              data: { where: 'this file can run in the browser' },
              output: "'use client';\n\nexport function PkceButton() {\n  const signIn = () => {\n    const codeVerifier = generateToken();\n    sessionStorage.setItem('pkce_verifier', codeVerifier);\n    window.location.assign(`/authorize?challenge=${codeVerifier}`);\n  };\n  return <button onClick={signIn}>Sign in</button>;\n}\n\n" + WEB_CRYPTO_TOKEN,
            },
          ],
        },
      ],
    },
    // A .tsx component without a directive (client code by the heuristic) making an OTP: the Web Crypto code helper.
    {
      code: "export function VerifyPhone({ onSend }: { onSend: (otp: string) => void }) {\n  const otp = String(Math.floor(100000 + Math.random() * 900000));\n  return <button onClick={() => onSend(otp)}>Send code</button>;\n}\n",
      filename: 'src/components/VerifyPhone.tsx',
      errors: [
        {
          messageId: 'insecureRandom',
          line: 2,
          data: { name: 'otp', source: 'Math.random()', why: 'it is predictable and has little entropy, so codes can be guessed or enumerated.', fix: 'crypto.getRandomValues() with rejection sampling' },
          suggestions: [
            {
              messageId: 'useNumericCodeWebCrypto',
              data: { where: 'this file can run in the browser' },
              output: "export function VerifyPhone({ onSend }: { onSend: (otp: string) => void }) {\n  const otp = generateNumericCode();\n  return <button onClick={() => onSend(otp)}>Send code</button>;\n}\n\n" + WEB_CRYPTO_CODE,
            },
          ],
        },
      ],
    },
    // A 'use client' file that already imports: the helper lands after all the code, the directive and imports stay on top.
    {
      code: "'use client';\n\nimport { useCallback } from 'react';\nimport { authorizeUrl } from '@/lib/oidc';\n\nexport function SignInButton() {\n  const signIn = useCallback(() => {\n    const nonce = Math.random().toString(36).substring(2, 15);\n    sessionStorage.setItem('oidc_nonce', nonce);\n    window.location.assign(authorizeUrl({ nonce }));\n  }, []);\n  return <button onClick={signIn}>Sign in</button>;\n}\n",
      filename: 'app/login/sign-in-button.tsx',
      errors: [
        {
          messageId: 'insecureRandom',
          line: 8,
          suggestions: [
            {
              messageId: 'useTokenWebCrypto',
              data: { where: 'this file can run in the browser' },
              output: "'use client';\n\nimport { useCallback } from 'react';\nimport { authorizeUrl } from '@/lib/oidc';\n\nexport function SignInButton() {\n  const signIn = useCallback(() => {\n    const nonce = generateToken();\n    sessionStorage.setItem('oidc_nonce', nonce);\n    window.location.assign(authorizeUrl({ nonce }));\n  }, []);\n  return <button onClick={signIn}>Sign in</button>;\n}\n\n" + WEB_CRYPTO_TOKEN,
            },
          ],
        },
      ],
    },
    // Client code with the helper modules set: the import of the Web Crypto module goes after the directive;
    // the node:crypto module ('@/lib/random-id') is never imported into the browser bundle.
    {
      code: "'use client';\nexport function useOAuthState() {\n  const stateToken = Math.random().toString(36).slice(2);\n  return stateToken;\n}\n",
      filename: 'app/login/use-oauth-state.tsx',
      settings: { prodready: { helperModules: { 'no-insecure-random-id': '@/lib/random-id', 'no-insecure-random-id.edge': '@/lib/random-id-edge' } } },
      errors: [{ messageId: 'insecureRandom', line: 3, suggestions: [{ messageId: 'useTokenWebCrypto', data: { where: 'this file can run in the browser' }, output: "'use client';\nimport { generateToken } from '@/lib/random-id-edge';\nexport function useOAuthState() {\n  const stateToken = generateToken();\n  return stateToken;\n}\n" }] }],
    },
    {
      code: "'use client';\nexport function useOAuthState() {\n  const stateToken = Math.random().toString(36).slice(2);\n  return stateToken;\n}\n",
      filename: 'app/login/use-oauth-state.tsx',
      settings: helper,
      errors: [{ messageId: 'insecureRandom', line: 3, suggestions: [{ messageId: 'useTokenWebCrypto', data: { where: 'this file can run in the browser' }, output: "'use client';\nexport function useOAuthState() {\n  const stateToken = generateToken();\n  return stateToken;\n}\n\n" + WEB_CRYPTO_TOKEN }] }],
    },
    // A .jsx client component gets the helper without types.
    {
      code: '"use client";\nexport function Invite() {\n  const inviteCode = Math.random().toString(36).slice(2, 8);\n  return <p>{inviteCode}</p>;\n}\n',
      filename: 'components/invite.jsx',
      errors: [{ messageId: 'insecureRandom', line: 3, suggestions: [{ messageId: 'useNumericCodeWebCrypto', data: { where: 'this file can run in the browser' }, output: '"use client";\nexport function Invite() {\n  const inviteCode = generateNumericCode();\n  return <p>{inviteCode}</p>;\n}\n\n' + WEB_CRYPTO_CODE_JS }] }],
    },
    // Twin of the list pick: characters picked and added up make the code (no suggestion: `otp += generateNumericCode()`
    // in the loop would repeat the code).
    {
      code: "export function makeOtp(digits: string) {\n  let otp = '';\n  for (let i = 0; i < 6; i++) otp += digits[Math.floor(Math.random() * 10)];\n  return otp;\n}\n",
      filename: 'app/api/otp/route.ts',
      settings: helper,
      errors: [{ messageId: 'insecureRandom', line: 3, data: { name: 'otp', source: 'Math.random()', why: 'it is predictable and has little entropy, so codes can be guessed or enumerated.', fix: 'crypto.randomInt()' }, suggestions: [] }],
    },
    // Twin: the same component under a name that does not say demo.
    { code: "import { useEffect, useState } from 'react';\n\nconst countries = ['SE', 'DE', 'US'];\nconst pages = ['/', '/pricing', '/docs'];\n\nexport function DemoFeed() {\n  const [rows, setRows] = useState<{ id: string; sessionId: string; country: string; path: string }[]>([]);\n  const makeRow = () => ({\n    id: Math.random().toString(36).slice(2, 12),\n    sessionId: Math.random().toString(36).slice(2, 12),\n    country: countries[Math.floor(Math.random() * countries.length)]!,\n    path: pages[Math.floor(Math.random() * pages.length)]!,\n  });\n  useEffect(() => {\n    const t = setInterval(() => setRows((r) => [makeRow(), ...r].slice(0, 10)), 1000);\n    return () => clearInterval(t);\n  }, []);\n  return <ul>{rows.map((r) => <li key={r.id}>{r.country} {r.path}</li>)}</ul>;\n}\n", filename: 'apps/web/src/components/live-feed.tsx', errors: [{ messageId: 'insecureRandom', line: 10, column: 16, endColumn: 29, suggestions: [{ messageId: 'useTokenWebCrypto', output: "import { useEffect, useState } from 'react';\n\nconst countries = ['SE', 'DE', 'US'];\nconst pages = ['/', '/pricing', '/docs'];\n\nexport function DemoFeed() {\n  const [rows, setRows] = useState<{ id: string; sessionId: string; country: string; path: string }[]>([]);\n  const makeRow = () => ({\n    id: Math.random().toString(36).slice(2, 12),\n    sessionId: generateToken(),\n    country: countries[Math.floor(Math.random() * countries.length)]!,\n    path: pages[Math.floor(Math.random() * pages.length)]!,\n  });\n  useEffect(() => {\n    const t = setInterval(() => setRows((r) => [makeRow(), ...r].slice(0, 10)), 1000);\n    return () => clearInterval(t);\n  }, []);\n  return <ul>{rows.map((r) => <li key={r.id}>{r.country} {r.path}</li>)}</ul>;\n}\n\n" + WEB_CRYPTO_TOKEN }] }] },
    // Twin: the same id on a record that is not a DOM element.
    { code: "import { ELEMENT_IDS } from \"../../utils/constants\"\nimport { createUploadSession } from \"../../utils/uploads\"\n\nexport function addIcon(container: HTMLElement) {\n\tconst upload = createUploadSession()\n\tupload.id = `${ELEMENT_IDS.INPUT_BAR_ELEMENT}-${Date.now()}-${Math.random().toString(36).substring(2, 11)}`\n\tcontainer.dataset.upload = JSON.stringify(upload)\n}\n", filename: 'src/entrypoints/content/chatgpt.ts', errors: [{ messageId: 'insecureRandom', line: 6, column: 50, suggestions: [{ messageId: 'useRandomUUID', output: "import { ELEMENT_IDS } from \"../../utils/constants\"\nimport { createUploadSession } from \"../../utils/uploads\"\n\nexport function addIcon(container: HTMLElement) {\n\tconst upload = createUploadSession()\n\tupload.id = `${ELEMENT_IDS.INPUT_BAR_ELEMENT}-${crypto.randomUUID()}`\n\tcontainer.dataset.upload = JSON.stringify(upload)\n}\n" }] }] },
    // Client ids with checkClientIds; idNames option.
    {
      code: "'use client';\nconst msg = { id: Date.now().toString(), text };",
      filename: 'app/chat/chat.tsx',
      options: [{ checkClientIds: true }],
      errors: [{ messageId: 'insecureRandom', suggestions: [{ messageId: 'useRandomUUID', output: "'use client';\nconst msg = { id: crypto.randomUUID(), text };" }] }],
    },
    {
      code: 'const ticketRef = `T-${Date.now()}`;',
      filename: FILES.route,
      options: [{ idNames: ['Ref$'] }],
      errors: [{ messageId: 'insecureRandom', suggestions: [{ messageId: 'useRandomUUID', output: 'const ticketRef = `T-${crypto.randomUUID()}`;' }] }],
    },
    // Middleware and `runtime = 'edge'` code has no node:crypto: the helpers come from the Web Crypto variant.
    {
      code: "import { NextResponse } from 'next/server';\n\nexport function middleware() {\n  const res = NextResponse.next();\n  const sessionToken = Math.random().toString(36).slice(2);\n  res.cookies.set('sid', sessionToken, { httpOnly: true });\n  return res;\n}\n",
      filename: FILES.middleware,
      errors: [{ messageId: 'insecureRandom', line: 5, data: { name: 'sessionToken', source: 'Math.random()', why: 'it is not cryptographically secure: its state can be recovered from a few outputs, so an attacker can predict the next values.', fix: 'crypto.getRandomValues(new Uint8Array(32)), base64url-encoded' }, suggestions: [{ messageId: 'useTokenWebCrypto', data: { where: 'this file runs on the Edge runtime' }, output: "import { NextResponse } from 'next/server';\n\nexport function middleware() {\n  const res = NextResponse.next();\n  const sessionToken = generateToken();\n  res.cookies.set('sid', sessionToken, { httpOnly: true });\n  return res;\n}\n\n" + WEB_CRYPTO_TOKEN }] }],
    },
    {
      code: "export const runtime = 'edge';\n\nexport async function POST() {\n  const otp = Math.floor(100000 + Math.random() * 900000).toString();\n  await sendSms(otp);\n  return Response.json({ ok: true });\n}\n",
      filename: 'app/api/otp/route.ts',
      errors: [{ messageId: 'insecureRandom', line: 4, suggestions: [{ messageId: 'useNumericCodeWebCrypto', output: "export const runtime = 'edge';\n\nexport async function POST() {\n  const otp = generateNumericCode();\n  await sendSms(otp);\n  return Response.json({ ok: true });\n}\n\n" + WEB_CRYPTO_CODE }] }],
    },
    {
      // The Edge helper's own module setting: the suggestion imports it.
      code: "export const runtime = 'edge';\n\nexport async function POST() {\n  const apiKey = Math.random().toString(36).slice(2);\n  await db.key.create({ data: { apiKey } });\n}\n",
      filename: 'app/api/keys/route.ts',
      settings: { prodready: { helperModules: { 'no-insecure-random-id.edge': '@/lib/random-id-edge' } } },
      errors: [{ messageId: 'insecureRandom', line: 4, suggestions: [{ messageId: 'useTokenWebCrypto', output: "import { generateToken } from '@/lib/random-id-edge';\nexport const runtime = 'edge';\n\nexport async function POST() {\n  const apiKey = generateToken();\n  await db.key.create({ data: { apiKey } });\n}\n" }] }],
    },
    {
      // A Next 16 proxy runs on Node.js: the node:crypto helper stays.
      code: "export function proxy() {\n  const sessionToken = Math.random().toString(36).slice(2);\n  return sessionToken;\n}\n",
      filename: 'proxy.ts',
      settings: helper,
      errors: [{ messageId: 'insecureRandom', line: 2, suggestions: [{ messageId: 'useToken', output: "import { generateToken } from '@/lib/random-id';\nexport function proxy() {\n  const sessionToken = generateToken();\n  return sessionToken;\n}\n" }] }],
    },
    // Twin of sparka's log-only request id (in valid): a helper that stores it as a row's id makes it a record id.
    { code: "import { Sandbox } from '@vercel/sandbox';\nimport { createModuleLogger } from '@/lib/logger';\nimport { db } from '@/db';\nimport { sandboxRuns } from '@/db/schema';\n\nconst log = createModuleLogger('code-execution');\n\nasync function runInSandbox({ sandbox, code, requestId }: { sandbox: Sandbox; code: string; requestId: string }) {\n  log.info({ requestId }, 'running code');\n  return sandbox.runCommand('python3', ['-c', code]);\n}\n\nasync function closeSandbox(sandbox: Sandbox, requestId: string) {\n  await sandbox.stop();\n  await db.insert(sandboxRuns).values({ id: requestId });\n}\n\nexport async function executeCode(code: string) {\n  const requestId = `ci-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;\n  const sandbox = await Sandbox.create();\n  try {\n    log.info({ requestId }, 'sandbox created');\n    return await runInSandbox({ sandbox, code, requestId });\n  } finally {\n    await closeSandbox(sandbox, requestId);\n  }\n}\n", filename: 'lib/ai/tools/code-execution.ts', errors: [{"messageId": "insecureRandom", "line": 19, "column": 27, "suggestions": [{"messageId": "useRandomUUID", "output": "import { Sandbox } from '@vercel/sandbox';\nimport { createModuleLogger } from '@/lib/logger';\nimport { db } from '@/db';\nimport { sandboxRuns } from '@/db/schema';\n\nconst log = createModuleLogger('code-execution');\n\nasync function runInSandbox({ sandbox, code, requestId }: { sandbox: Sandbox; code: string; requestId: string }) {\n  log.info({ requestId }, 'running code');\n  return sandbox.runCommand('python3', ['-c', code]);\n}\n\nasync function closeSandbox(sandbox: Sandbox, requestId: string) {\n  await sandbox.stop();\n  await db.insert(sandboxRuns).values({ id: requestId });\n}\n\nexport async function executeCode(code: string) {\n  const requestId = `ci-${crypto.randomUUID()}`;\n  const sandbox = await Sandbox.create();\n  try {\n    log.info({ requestId }, 'sandbox created');\n    return await runInSandbox({ sandbox, code, requestId });\n  } finally {\n    await closeSandbox(sandbox, requestId);\n  }\n}\n"}]}] },
  ],
});

// The `catch` of a `try` that only calls Web Crypto runs only where it is missing, like the `else` of a test of it.
ruleTester.run('no-insecure-random-id (fallback in the catch of a Web Crypto try)', rule, {
  valid: [
    // fallback in the catch of a try that only calls crypto.randomUUID
    { code: "export function createSessionToken(): string {\n  try {\n    return crypto.randomUUID();\n  } catch {\n    return `sess_${Date.now()}_${Math.random().toString(36).slice(2)}`;\n  }\n}\n", filename: "lib/session.ts" },
    // getRandomValues in try, chain on result
    { code: "export function createSessionToken(): string {\n  try {\n    const bytes = crypto.getRandomValues(new Uint8Array(16));\n    return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');\n  } catch (e) {\n    const sessionToken = Math.random().toString(36).slice(2);\n    return sessionToken;\n  }\n}\n", filename: "lib/session.ts" },
    // if (test) { try { return crypto } catch {} } then fallback: the fallback runs when the test fails or randomUUID throws
    { code: "export const generateId = (): string => {\n  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') {\n    try {\n      return crypto.randomUUID();\n    } catch (e) {\n      // not a secure context\n    }\n  }\n  return Date.now().toString(36) + Math.random().toString(36).substr(2);\n};\n", filename: "src/lib/id.ts" },
  ],
  invalid: [
    // try does other work: the catch can run for other reasons
    {"code":"export async function createSessionToken(userId: string): Promise<string> {\n  try {\n    const token = crypto.randomUUID();\n    await saveSession(userId, token);\n    return token;\n  } catch {\n    return `sess_${Date.now()}_${Math.random().toString(36).slice(2)}`;\n  }\n}\n","filename":"lib/session.ts","errors":[{"messageId":"insecureRandom","line":7,"column":20,"suggestions":[]}]},
    // the try also calls the app's own code
    {"code":"export function createSessionToken(): string {\n  try {\n    return prefix() + crypto.randomUUID();\n  } catch {\n    return `sess_${Date.now()}_${Math.random().toString(36).slice(2)}`;\n  }\n}\n","filename":"lib/session.ts","errors":[{"messageId":"insecureRandom","line":5,"column":20,"suggestions":[]}]},
    // after a crypto test whose try does other work: the fallback also runs when saving fails
    {"code":"export async function createSessionToken(userId: string): Promise<string> {\n  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') {\n    try {\n      const token = crypto.randomUUID();\n      await saveSession(userId, token);\n      return token;\n    } catch (e) {\n      console.warn(e);\n    }\n  }\n  return Date.now().toString(36) + Math.random().toString(36).substr(2);\n}\n","filename":"src/lib/id.ts","errors":[{"messageId":"insecureRandom","line":11,"column":10,"suggestions":[]}]},
  ],
});

// A module that imports a fake-data library makes fixture rows (bulletproof-react's src/testing/data-generators.ts).
ruleTester.run('no-insecure-random-id (modules drawing fake data)', rule, {
  valid: [
    // fake-data module (falso)
    {"code": "import { randUuid, randUserName, randEmail } from '@ngneat/falso';\n\nexport const generateUser = () => ({\n  id: randUuid() + Math.random(),\n  name: randUserName(),\n  email: randEmail(),\n});\n", "filename": "src/testing/data-generators.ts"},
    // faker
    {"code": "import { faker } from '@faker-js/faker';\n\nexport function makeOrder() {\n  return { orderId: `ord_${Math.random().toString(36).slice(2)}`, total: faker.number.int(100) };\n}\n", "filename": "lib/sample-orders.ts"},
  ],
  invalid: [
    // invalid twin: same generator without the fake-data import
    {"code":"export const generateUser = (name: string) => ({\n  id: name.slice(0, 3) + Math.random(),\n  name,\n});\n","filename":"src/testing/data-generators.ts","errors":[{"messageId":"insecureRandom","line":2,"column":26,"suggestions":[{"messageId":"useRandomUUID","output":"export const generateUser = (name: string) => ({\n  id: crypto.randomUUID(),\n  name,\n});\n"}]}]},
    // invalid twin: a route importing faker still mints a real key
    {"code":"import { faker } from '@faker-js/faker';\n\nexport async function POST() {\n  const apiKey = Math.random().toString(36).slice(2);\n  await db.key.create({ data: { apiKey, label: faker.word.noun() } });\n  return Response.json({ apiKey });\n}\n","filename":"app/api/keys/route.ts","errors":[{"messageId":"insecureRandom","line":4,"column":18,"suggestions":[{"messageId":"useToken","output":"import { faker } from '@faker-js/faker';\nimport { randomBytes, randomInt, randomUUID } from 'node:crypto';\n\nexport async function POST() {\n  const apiKey = generateToken();\n  await db.key.create({ data: { apiKey, label: faker.word.noun() } });\n  return Response.json({ apiKey });\n}\n\n/** A secret token (session ids, API keys, reset and invite tokens): `bytes` random bytes, URL-safe. */\nfunction generateToken(bytes = 32): string {\n  return randomBytes(bytes).toString('base64url');\n}\n"}]}]},
  ],
});

// The expiry of a reset token made from the clock is a time, not the token (the shopit tutorial's user model, book-it-app).
ruleTester.run('no-insecure-random-id (an expiry named with expire)', rule, {
  valid: [
    // resetPasswordExpire: when the crypto-random token stops working
    {"code": "import crypto from 'crypto';\n\nuserSchema.methods.getResetPasswordToken = function () {\n  const resetToken = crypto.randomBytes(20).toString('hex');\n  this.resetPasswordToken = crypto.createHash('sha256').update(resetToken).digest('hex');\n  this.resetPasswordExpire = Date.now() + 30 * 60 * 1000;\n  return resetToken;\n};\n", "filename": "models/user.js"},
  ],
  invalid: [
    // the token itself from the clock is still reported (its expiry beside it is not)
    {"code": "userSchema.methods.getResetPasswordToken = function () {\n  const resetToken = Date.now().toString(36);\n  this.resetPasswordToken = resetToken;\n  this.resetPasswordExpire = Date.now() + 30 * 60 * 1000;\n  return resetToken;\n};\n", "filename": "models/user.js", "errors": [{"messageId": "insecureRandom", "line": 2, "column": 22, "suggestions": [{"messageId": "useToken", "output": "import { randomBytes, randomInt, randomUUID } from 'node:crypto';\nuserSchema.methods.getResetPasswordToken = function () {\n  const resetToken = generateToken();\n  this.resetPasswordToken = resetToken;\n  this.resetPasswordExpire = Date.now() + 30 * 60 * 1000;\n  return resetToken;\n};\n\n/** A secret token (session ids, API keys, reset and invite tokens): `bytes` random bytes, URL-safe. */\nfunction generateToken(bytes = 32) {\n  return randomBytes(bytes).toString('base64url');\n}\n"}]}]},
  ],
});
