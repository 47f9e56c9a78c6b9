import rule from '../../src/rules/no-raw-error-response';
import { ruleTester, FILES } from '../rule-tester';
import { desktopFixtures } from '../desktop-fixtures';
import { getSnippet } from '../../src/utils/snippets';

const route = (body: string): string =>
  `import { NextResponse } from 'next/server';\nexport async function POST(req: Request) {\n${body}\n}`;

/** The suggestion's output: `leak` replaced by the generic message (and, optionally, logging added). */
const generic = (code: string, leak: string, replacement = "'Internal server error'"): { messageId: 'useGenericMessage'; output: string }[] => [
  { messageId: 'useGenericMessage', output: code.replace(leak, replacement) },
];

/** The app's helper module for the snippet: the errorResponse suggestion imports from it. */
const helper = { prodready: { helperModules: { 'no-raw-error-response': '@/lib/error-response' } } };
const IMPORT = "import { errorResponse } from '@/lib/error-response';";
/** The errorResponse suggestion's output (helper module configured): the response `sink` replaced by `call`, the import added. */
const viaHelper = (code: string, sink: string, call: string): string => {
  const out = code.replace(sink, call);
  const last = [...out.matchAll(/^import .*;$/gm)].pop();
  if (!last) return `${IMPORT}\n${out}`;
  const at = last.index + last[0].length;
  return `${out.slice(0, at)}\n${IMPORT}${out.slice(at)}`;
};
/** Both suggestions: the generic message, then errorResponse in place of the response. */
const both = (code: string, leak: string, replacement: string, sink: string, call: string) => [
  ...generic(code, leak, replacement),
  { messageId: 'useErrorResponse' as const, output: viaHelper(code, sink, call) },
];

/** medusa's storefront order actions: the SDK call's rejection handled by `handler`, the chain returned or only awaited (`use`). */
const ORDER_ACTION = (handler: string, use = 'return') =>
  `'use server';\nimport { sdk } from '@lib/config';\n\nexport const acceptTransferRequest = async (id: string, token: string) => {\n  ${use} sdk.store.order\n    .acceptTransfer(id, { token })\n    .then(({ order }) => ({ success: true, error: null, order }))\n    .catch(${handler});\n};\n\nexport async function login(formData: FormData) {\n  try {\n    await sdk.auth.login('customer', 'emailpass', { email: String(formData.get('email')) });\n  } catch (error: any) {\n    ${use === 'return' ? 'return error.toString()' : "return 'Could not sign in'"};\n  }\n}\n`;

/** Boltq's api-keys route: `store` is what the try block does between parsing the body and answering. */
const API_KEYS_ROUTE = (store: string): string =>
  `import { NextRequest, NextResponse } from 'next/server';\n\nexport async function POST(req: NextRequest) {\n  try {\n    const { specId, apiKeys } = await req.json();\n    if (!specId || !apiKeys) {\n      return NextResponse.json({ success: false, error: 'Missing specId or apiKeys' }, { status: 400 });\n    }\n${store}    return NextResponse.json({ success: true, specId });\n  } catch (error) {\n    console.error('Error storing API keys:', error);\n    return NextResponse.json({ success: false, error: error instanceof Error ? error.message : 'Unknown error' }, { status: 500 });\n  }\n}\n`;
const STORE_KEYS = '    await storeApiKeys(specId, apiKeys);\n';

/** aiexor's image route: the upstream's error message, cut to 400 characters, answered (`send`) or only logged. */
const CUT_MESSAGE_ROUTE = (send: string): string =>
  `import { NextResponse } from 'next/server';\nimport { generateImageBase64 } from '@/lib/openai_images';\n\nexport async function POST(req: Request) {\n  const { prompt } = await req.json();\n  try {\n    const image = await generateImageBase64(prompt);\n    return NextResponse.json({ image });\n  } catch (e: any) {\n    console.error(String(e?.message).slice(0, 400));\n    return NextResponse.json({ error: ${send} }, { status: 500 });\n  }\n}\n`;
const CUT_MESSAGE = 'e?.message ? String(e.message).slice(0, 400) : "Generation failed"';

/** gitdiagram's cost route: `message` (made from the caught error) sent only when `tooLarge || notFound`. */
const COST_ROUTE = (tooLarge: string, notFound: string): string =>
  `import { REPOSITORY_TOO_LARGE_ERROR, estimateCost } from '~/server/generate/cost';\n\nexport async function POST(req: Request) {\n  try {\n    return Response.json(await estimateCost(await req.json()));\n  } catch (error) {\n    const message = error instanceof Error ? error.message : 'Failed to estimate cost.';\n    const tooLarge = ${tooLarge};\n    const notFound = ${notFound};\n    return Response.json({ ok: false, error: tooLarge || notFound ? message : 'Failed to estimate cost. Please retry.' }, { status: 500 });\n  }\n}\n`;

/** A route answering through the app's own response helpers (sim's workflow log route, Hybrid-Turtle's stops route). */
const HELPER_ROUTE = (imports: string, catchBody: string): string =>
  `${imports}\n\nexport async function POST(req: Request) {\n  try {\n    const body = await req.json();\n    return Response.json(await persistLogs(body));\n  } catch (error: any) {\n${catchBody}\n  }\n}\n`;

ruleTester.run('no-raw-error-response', rule, {
  valid: [
    // The provider's error body only logged, a generic text sent (twin of AI-Hub's `error.error.message` below).
    { code: "import { NextResponse } from 'next/server';\nimport { OpenAI } from 'openai';\n\nconst openai = new OpenAI();\n\nexport async function POST(req: Request) {\n  try {\n    const { prompt } = await req.json();\n    const response = await openai.images.generate({ model: 'dall-e-2', prompt: String(prompt) });\n    return NextResponse.json(response.data);\n  } catch (error: any) {\n    console.error('image generation failed:', error.error?.message);\n    return new NextResponse('Image generation failed', { status: 500 });\n  }\n}\n", filename: 'app/api/image/route.ts' },
    // Response helpers: the error's own text is not handed to them. A logger, an error reporter, a mapper whose result is only logged.
    { code: HELPER_ROUTE("import { errorResponse } from '@/lib/api-response';\nimport { logError, reportError, toSafeMessage, getErrorMessage } from '@/lib/errors';\nimport * as Sentry from '@sentry/nextjs';", "    logError(error.message);\n    reportError(String(error));\n    Sentry.captureException(error);\n    console.error(getErrorMessage(error), toSafeMessage(error));\n    return errorResponse('Failed to persist logs', 500);"), filename: FILES.route },
    // The error itself handed to a helper (the snippet's errorResponse, an imported handleApiError): the helper maps it, and is checked where it is written.
    { code: HELPER_ROUTE("import { errorResponse } from '@/lib/error-response';\nimport { handleApiError } from '@/lib/api';", "    if (req.method === 'PUT') return handleApiError(error);\n    return errorResponse(error, 'POST /api/example');"), filename: FILES.route },
    // A helper of the file that answers a generic message whatever it is given (its body is read).
    { code: HELPER_ROUTE("import { NextResponse } from 'next/server';\n\nfunction handleApiError(error: unknown, message: string) {\n  console.error(message, error);\n  return NextResponse.json({ error: 'Internal server error' }, { status: 500 });\n}", "    return handleApiError(error, error.message);"), filename: FILES.route },
    // An error of the app's own class (`throw new ApiError(400, 'Invalid email')`), or its 4xx answer, forwarded to the helper.
    { code: HELPER_ROUTE("import { ApiError } from '@/lib/errors';\nimport { apiError, jsonError } from '@/lib/api-response';", "    if (error instanceof ApiError) return apiError(error.status, 'BAD_INPUT', error.message);\n    if (error.name === 'SyntaxError') return jsonError(error.message, 400);\n    return jsonError('Failed to persist logs', 500);"), filename: FILES.route },
    // A 4xx helper (`badRequestResponse`), a status constant named for a 4xx, and validation results (zod's error.message / flatten()).
    { code: "import { z } from 'zod';\nimport { badRequestResponse, jsonError } from '@/lib/api-response';\nimport { HTTP } from '@/lib/constants';\nconst schema = z.object({ email: z.string().email() });\n\nexport async function POST(req: Request) {\n  const parsed = schema.safeParse(await req.json());\n  if (!parsed.success) return badRequestResponse(parsed.error.flatten());\n  try {\n    return Response.json(await invite(parsed.data.email));\n  } catch (error) {\n    if (req.headers.get('x-strict')) return badRequestResponse(error.message);\n    return jsonError(error instanceof Error ? error.message : 'Invalid invite', HTTP.BAD_REQUEST);\n  }\n}\n", filename: FILES.route },
    // A helper of the file whose status defaults to a 4xx, given no status: a caught error's message in a client-error answer.
    { code: HELPER_ROUTE("import { NextResponse } from 'next/server';\n\nfunction jsonError(message: string, status = 400) {\n  return NextResponse.json({ error: message }, { status });\n}", '    return jsonError(error.message);'), filename: FILES.route },
    // An imported helper that is not returned by the handler (an error built to be thrown), or called outside a route file.
    { code: HELPER_ROUTE("import { apiError } from '@/lib/api-response';", "    throw apiError(500, 'PERSIST_FAILED', error.message);"), filename: FILES.route },
    { code: "import { errorResponse } from '@/lib/api-response';\n\nexport async function persist(body: unknown) {\n  try {\n    return await save(body);\n  } catch (error) {\n    return errorResponse(error.message, 500);\n  }\n}\n", filename: FILES.lib },
    // `sendError` given the response object and a constant text; `sendMail` not given one.
    { code: "import { sendError } from '@/lib/http';\nimport { sendMail } from '@/lib/mail';\n\nexport default async function handler(req, res) {\n  try {\n    res.json(await run(req.body));\n  } catch (err) {\n    await sendMail('ops@example.com', err.message);\n    sendError(res, 500, 'Something went wrong');\n  }\n}\n", filename: FILES.pagesApi },
    // Twin: Koa's `expose` (true for the 4xx errors ctx.throw() makes to be shown) picks the message; others get a generic one.
    {"code": "import { Context, Next } from 'koa';\n\nexport async function errorMiddleware(ctx: Context, next: Next) {\n  try {\n    await next();\n  } catch (error: any) {\n    console.error(ctx.path, error);\n    ctx.status = error.statusCode || error.status || 500;\n    ctx.body = { message: error.expose ? error.message : 'An unexpected error occurred' };\n  }\n}\n", "filename": "packages/backend/src/utils/errors.ts"},
    // Twin of aiexor's image route: the cut message only logged, a generic answer sent.
    { code: CUT_MESSAGE_ROUTE('"Generation failed"'), filename: 'app/api/generate/route.ts' },
    // Boltq's stub api-keys route: the try block only parses the caller's own body and builds the answer, so the error is a SyntaxError about what the caller sent.
    { code: API_KEYS_ROUTE(''), filename: 'app/api/specs/api-keys/route.ts' },
    // assistant-ui's React Router example: the try block only parses the model's tool-call arguments, so the error is a SyntaxError about that text, not server detail.
    { code: "export async function POST(req: Request) {\n  const { toolCalls } = (await req.json()) as { toolCalls: { id: string; arguments: string }[] };\n  const encoder = new TextEncoder();\n  const stream = new ReadableStream({\n    start(controller) {\n      for (const toolCall of toolCalls) {\n        let args: unknown;\n        try {\n          args = JSON.parse(toolCall.arguments);\n        } catch (parseError) {\n          const message = parseError instanceof Error ? parseError.message : 'Invalid tool arguments';\n          controller.enqueue(encoder.encode(`data: ${JSON.stringify({ type: 'tool_result', id: toolCall.id, error: message })}\\n\\n`));\n          continue;\n        }\n        controller.enqueue(encoder.encode(`data: ${JSON.stringify({ type: 'tool_call', id: toolCall.id, args })}\\n\\n`));\n      }\n      controller.close();\n    },\n  });\n  return new Response(stream, { headers: { 'Content-Type': 'text/event-stream' } });\n}\n", filename: 'app/api/chat/route.ts' },
    // A job queue's enqueue is not a stream controller: nothing reaches the client.
    { code: "export async function POST(req: Request) {\n  try {\n    await sync(await req.json());\n  } catch (error) {\n    await jobs.enqueue({ kind: 'retry-sync', reason: (error as Error).message });\n  }\n  return Response.json({ queued: true });\n}\n", filename: 'app/api/sync/route.ts' },
    // A file writer's write in a helper (not an AI SDK stream's execute, not a Pages API response).
    { code: "import type { Writable } from 'node:stream';\n\nexport async function exportRows(out: Writable) {\n  try {\n    for await (const row of readRows()) out.write(`${JSON.stringify(row)}\\n`);\n  } catch (error) {\n    out.write(`# export failed: ${(error as Error).message}\\n`);\n  }\n}\n", filename: 'lib/export.ts' },
    // postgres-new's apps/web/sw.ts: a service worker (named sw.ts, declaring ServiceWorkerGlobalScope) runs in the browser; its fetch(event.request) and Response never leave the user's device.
    {"code": "import { streamText } from 'ai';\n\ndeclare const self: ServiceWorkerGlobalScope;\n\nasync function handleRequest(event: FetchEvent) {\n  const provider = await loadProvider();\n  if (!provider?.enabled) return fetch(event.request);\n  try {\n    const result = streamText({ model: provider.model, messages: await event.request.json() });\n    return result.toDataStreamResponse();\n  } catch (error) {\n    return new Response(`Error streaming from service worker: ${error}`, { status: 500 });\n  }\n}\n\nself.addEventListener('fetch', (event) => {\n  event.respondWith(handleRequest(event));\n});\n", "filename": "apps/web/sw.ts"},
    // AI SDK error callbacks that send a generic text, a logging hook whose return is ignored (`streamText({ onError })`),
    // and the client's `useChat({ onError })`.
    { code: "import { streamText } from 'ai';\nexport async function POST(req: Request) {\n  const { messages } = await req.json();\n  const result = streamText({ model, messages, onError: ({ error }) => console.error(error) });\n  return result.toDataStreamResponse({\n    getErrorMessage: (error) => {\n      console.error(error);\n      return 'The assistant is unavailable, try again.';\n    },\n  });\n}\n", filename: 'app/api/chat/route.ts' },
    { code: "import { streamText } from 'ai';\nexport async function POST(req: Request) {\n  const result = streamText({ model, prompt: 'x', onError: (error) => { console.error(error); return error.message; } });\n  return result.toUIMessageStreamResponse({ onError: () => 'An error occurred.' });\n}\n", filename: 'app/api/chat/route.ts' },
    { code: "'use client';\nimport { useChat } from '@ai-sdk/react';\nexport function Chat() {\n  const [err, setErr] = useState('');\n  const { messages } = useChat({ onError: (error) => setErr(error.message) });\n  return null;\n}\n", filename: 'components/chat.tsx' },
    // Twin of medusa's order actions: a rejection handler whose value is not returned (only awaited), or that returns a generic message.
    { code: ORDER_ACTION('(err) => ({ success: false, error: err.message, order: null })', 'await'), filename: 'src/lib/data/orders.ts' },
    { code: ORDER_ACTION("() => ({ success: false, error: 'Could not accept the transfer', order: null })", 'await'), filename: 'src/lib/data/orders.ts' },
    // Not followed: a helper typed for the app's own error class (langfuse's toBody(error: UnstablePublicApiError)),
    // one that tests a class of its own (its messages are written for users), and an imported one (not visible here).
    {
      code: "class PublicApiError extends Error { code = 'bad_request'; }\nfunction toBody(error: PublicApiError) {\n  return { message: error.message, code: error.code };\n}\nexport async function POST(req: Request) {\n  try {\n    return Response.json(await run(await req.json()));\n  } catch (error) {\n    if (error instanceof PublicApiError) return Response.json(toBody(error), { status: 500 });\n    return Response.json({ error: 'Internal error' }, { status: 500 });\n  }\n}\n",
      filename: 'app/api/run/route.ts',
    },
    {
      code: "class AppError extends Error {}\nfunction userMessage(error: unknown): string {\n  return error instanceof AppError ? error.message : 'Something went wrong';\n}\nexport async function POST(req: Request) {\n  try {\n    return Response.json(await run(await req.json()));\n  } catch (error) {\n    return Response.json({ error: userMessage(error) }, { status: 500 });\n  }\n}\n",
      filename: 'app/api/run/route.ts',
    },
    {
      code: "import { getErrorMessage } from '@/lib/errors';\nexport async function POST(req: Request) {\n  try {\n    return Response.json(await run(await req.json()));\n  } catch (error) {\n    return Response.json({ error: getErrorMessage(error) }, { status: 500 });\n  }\n}\n",
      filename: 'app/api/run/route.ts',
    },
    // A caught error returned whole from a server action (next-forge's getUsers): React sends an Error instance as `$Z`,
    // without message or stack, in production builds.
    { code: "'use server';\n\nimport { auth, clerkClient } from '@repo/auth/server';\n\nexport const getMembers = async (userIds: string[]) => {\n  try {\n    const { orgId } = await auth();\n    if (!orgId) {\n      throw new Error('Not logged in');\n    }\n    const clerk = await clerkClient();\n    const members = await clerk.organizations.getOrganizationMembershipList({ organizationId: orgId, limit: 100 });\n    return { data: members.data.filter((m) => userIds.includes(m.publicUserData?.userId ?? '')) };\n  } catch (error) {\n    return { error };\n  }\n};\n", filename: 'apps/app/app/actions/users/get.ts' },
    // Supabase Auth's sign-in, OTP and MFA errors are worded for the person signing in (fiqrioemry's Supabase SaaS template).
    { code: "'use server';\n\nimport { createClient } from '@/lib/supabase/server';\n\nexport async function signIn(email: string, password: string) {\n  const supabase = await createClient();\n  const { error } = await supabase.auth.signInWithPassword({ email, password });\n  if (error) return { success: false, message: error.message || 'Could not authenticate user' };\n  return { success: true };\n}\n\nexport async function verifyCode(email: string, token: string) {\n  const supabase = await createClient();\n  const { error } = await supabase.auth.verifyOtp({ email, token, type: 'email' });\n  if (error) return { success: false, message: error.message };\n  const { error: mfaError } = await supabase.auth.mfa.challengeAndVerify({ factorId: 'f', code: token });\n  return mfaError ? { success: false, message: mfaError.message } : { success: true };\n}\n", filename: "app/actions.ts" },
    // The production test held by a const (`const isProduction = process.env['NODE_ENV'] === 'production'`).
    { code: "import { NextResponse } from 'next/server';\n\nexport function handleApiError(error: unknown): NextResponse {\n  const errorMessage = error instanceof Error ? error.message : 'Unknown error';\n  const isProduction = process.env['NODE_ENV'] === 'production';\n  console.error('API error', error);\n  return NextResponse.json({ error: isProduction ? 'Internal server error' : errorMessage }, { status: 500 });\n}\n", filename: "lib/errors/error-handler.ts" },
    // LibreChat's share routes: the status differs from its default only for the app's own error codes.
    { code: "const express = require('express');\nconst router = express.Router();\n\nconst SHARE_ERROR_STATUS = {\n  INVALID_PARAMS: 400,\n  SHARE_NOT_FOUND: 404,\n  SHARE_EXISTS: 409,\n};\n\nconst sendShareError = (res, error, fallbackMessage) => {\n  const status = SHARE_ERROR_STATUS[error?.code] ?? 500;\n  const message = status === 500 ? fallbackMessage : error.message;\n  return res.status(status).json({ message });\n};\n\nrouter.post('/:id', async (req, res) => {\n  try {\n    res.status(201).json(await createShare(req.params.id));\n  } catch (error) {\n    sendShareError(res, error, 'Error creating shared link');\n  }\n});\n\nmodule.exports = router;\n", filename: "api/server/routes/share.js" },
    { code: "const SHARE_ERROR_STATUS = { SHARE_NOT_FOUND: 404 };\n\nconst sendShareError = (res, error, fallbackMessage) => {\n  const status = SHARE_ERROR_STATUS[error.code] || 500;\n  return res.status(status).json({ message: status !== 500 ? error.message : fallbackMessage });\n};\n\nmodule.exports = { sendShareError };\n", filename: "api/server/routes/share.js" },
    // CopilotKit's demo store: the message is sent only when it is one of the app's own codes (an UPPER_CASE Map or object).
    { code: "const CODES = new Map<string, { status: number; message: string }>([['OUT_OF_STOCK', { status: 409, message: 'That item is out of stock.' }]]);\n\nexport function errorResponse(error: unknown, context: string): Response {\n  const code = error instanceof Error ? error.message : '';\n  const known = CODES.get(code);\n  if (known) {\n    return Response.json({ error: code, message: known.message }, { status: known.status });\n  }\n  console.error(context, error);\n  return Response.json({ error: 'INTERNAL_ERROR' }, { status: 500 });\n}\n", filename: 'src/skins/commerce/data/http.ts' },
    { code: "const CODES: Record<string, { status: number; message: string }> = { OUT_OF_STOCK: { status: 409, message: 'That item is out of stock.' } };\n\nexport function errorResponse(error: unknown, context: string): Response {\n  const code = error instanceof Error ? error.message : '';\n  const known = CODES[code];\n  if (known) {\n    return Response.json({ error: code, message: known.message }, { status: known.status });\n  }\n  console.error(context, error);\n  return Response.json({ error: 'INTERNAL_ERROR' }, { status: 500 });\n}\n", filename: 'src/skins/people/data/http.ts' },
    // A status looked up by the error's class in a Map keyed by the app's own error classes: an exact `instanceof` of each.
    { code: "import { NextResponse } from 'next/server';\nimport { NotFoundError, ForbiddenError } from '@/domain/errors';\n\nconst statusByError = new Map<Function, number>([\n  [NotFoundError, 404],\n  [ForbiddenError, 403],\n]);\n\nconst errorResponse = (message: string, status: number) => NextResponse.json({ message }, { status });\n\nexport const withErrors = (handler: (...args: any[]) => Promise<Response>) => async (...args: any[]) => {\n  try {\n    return await handler(...args);\n  } catch (error: any) {\n    const status = statusByError.get(error.constructor);\n    if (status) {\n      return errorResponse(error.message, status);\n    }\n    return errorResponse('Internal Server Error', 500);\n  }\n};\n", filename: 'src/middleware/with-errors.ts' },
    // Helicone's API: detail only outside production, by the app's ENVIRONMENT constant.
    { code: "import type { NextFunction, Request, Response } from 'express';\nimport { ENVIRONMENT } from './lib/env';\n\nexport function errorHandler(err: unknown, req: Request, res: Response, next: NextFunction) {\n  if (err instanceof Error) {\n    return res.status(500).json({\n      message: 'Internal Server Error',\n      details: ENVIRONMENT === 'production' ? 'Internal Server Error' : err.message,\n      stack: ENVIRONMENT === 'production' ? undefined : err.stack,\n    });\n  }\n  next();\n}\n", filename: 'valhalla/jawn/src/server/error-handler.ts' },
    // lobe-chat: a dev-only route (`if (NODE_ENV !== 'development') return 404` first) answers nothing else in production.
    { code: "import { NextResponse } from 'next/server';\n\nexport async function POST(req: Request) {\n  if (process.env.NODE_ENV !== 'development') {\n    return NextResponse.json({ error: 'dev only' }, { status: 404 });\n  }\n  const body = (await req.json()) as { userId: string };\n  try {\n    return NextResponse.json(await deliverTestPush(body.userId));\n  } catch (error) {\n    return NextResponse.json({ error: (error as Error).message }, { status: 500 });\n  }\n}\n", filename: 'app/api/dev/test-push/route.ts' },
    // A stack added only in development is never sent in production.
    {
      code: "export default async function handler(req, res) {\n  try { await run(req.body); } catch (error) {\n    const e = error as Error;\n    console.error(e);\n    return res.status(500).json({ error: 'Internal Server Error', ...(process.env.NODE_ENV === 'development' && { stack: e.stack }) });\n  }\n}\n",
      filename: FILES.pagesApi,
    },
    // An alias of the guarded error (`const apiError = e as TRPCError` inside `if (e instanceof TRPCError)`).
    {
      code: "import { TRPCError } from '@trpc/server';\nimport { getHTTPStatusCodeFromError } from '@trpc/server/http';\nexport function handleEndpointError(res, e: unknown) {\n  if (e instanceof TRPCError) {\n    const apiError = e as TRPCError;\n    return res.status(getHTTPStatusCodeFromError(apiError)).json({ message: apiError.message });\n  }\n  console.error(e);\n  return res.status(500).json({ message: 'An unexpected error occurred' });\n}\n",
      filename: 'src/server/utils/endpoint-helpers.ts',
    },
    // hyperdx: server errors get a generic message first; the rest (4xx by then) their own.
    {
      code: "export default async function handler(req, res) {\n  try { await search(req.body); } catch (err) {\n    const statusCode = typeof err.statusCode === 'number' ? err.statusCode : 500;\n    if (statusCode >= 500) {\n      logger.error({ err }, 'unexpected error');\n      return res.status(statusCode).json({ message: 'Internal server error' });\n    }\n    const msg = err instanceof Error ? err.message : 'Request failed';\n    return res.status(statusCode).json({ message: msg });\n  }\n}\n",
      filename: FILES.pagesApi,
    },
    // hyperdx's Express error middleware: the message is shown only for operational errors (the app's own), via a const.
    {
      code: "import type { NextFunction, Request, Response } from 'express';\nimport { isOperationalError } from '@/utils/errors';\nexport const appErrorHandler = (err: any, _: Request, res: Response, _next: NextFunction) => {\n  const operational = isDisconnect(err) || isOperationalError(err);\n  const userFacingErrorMessage = operational ? err.name || err.message : 'Something went wrong :(';\n  res.status(500).json({ message: userFacingErrorMessage });\n};\n",
      filename: 'packages/api/src/middleware/error.ts',
    },
    // An operational flag on the error itself (http-errors' `expose` is true for errors made to be shown).
    {
      code: route(`  try { await run(); } catch (err: any) {
    if (err.isOperational) return NextResponse.json({ error: err.message }, { status: err.statusCode });
    if (err.expose) return NextResponse.json({ error: err.message }, { status: 400 });
    return NextResponse.json({ error: 'Internal server error' }, { status: 500 });
  }`),
      filename: FILES.route,
    },
    // next-safe-action's handleServerError passing on only the app's own error class.
    { code: "import { createSafeActionClient, DEFAULT_SERVER_ERROR_MESSAGE } from 'next-safe-action';\nclass ActionError extends Error {}\nexport const actionClient = createSafeActionClient({\n  handleServerError(e) {\n    console.error('Action error:', e);\n    if (e instanceof ActionError) return e.message;\n    return DEFAULT_SERVER_ERROR_MESSAGE;\n  },\n});\n", filename: 'lib/safe-action.ts' },
    // Generic message, error logged.
    {
      code: route(`  try { await db.user.create({ data }); } catch (error) {
    console.error('create failed', error);
    return NextResponse.json({ error: 'Internal server error' }, { status: 500 });
  }`),
      filename: FILES.route,
    },
    // Logging only.
    { code: route('  try { await x(); } catch (err) { logger.error({ err, message: err.message }); Sentry.captureException(err); }'), filename: FILES.route },
    // Harmless fields: code / name / status.
    {
      code: route('  try { await x(); } catch (error) { return NextResponse.json({ code: error.code, name: error.name }, { status: error.status ?? 500 }); }'),
      filename: FILES.route,
    },
    // Validation messages in a 400.
    {
      code: route(`  const parsed = schema.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: parsed.error.message, issues: parsed.error.flatten() }, { status: 400 });`),
      filename: FILES.route,
    },
    {
      code: route(`  const { success, error } = schema.safeParse(await req.json());
  if (!success) return NextResponse.json({ error: error.message }, { status: 422 });`),
      filename: FILES.route,
    },
    {
      code: route(`  try { schema.parse(body); } catch (error) {
    if (error instanceof z.ZodError) return NextResponse.json({ error: error.message }, { status: 500 });
  }`),
      filename: FILES.route,
    },
    // Caught errors in a 4xx (webhook signature failures, bad JSON).
    {
      code: `export async function POST(req: Request) {
  let event;
  try { event = stripe.webhooks.constructEvent(body, sig, secret); } catch (err: any) {
    return new Response(\`Webhook Error: \${err.message}\`, { status: 400 });
  }
}`,
      filename: 'app/api/webhooks/stripe/route.ts',
    },
    {
      code: 'export default async function handler(req, res) { try { await x(); } catch (error) { return res.status(409).json({ message: error.message }); } }',
      filename: FILES.pagesApi,
    },
    // Supabase auth errors are user-facing in a 4xx.
    {
      code: route(`  const { error } = await supabase.auth.signInWithPassword({ email, password });
  if (error) return NextResponse.json({ error: error.message }, { status: 401 });`),
      filename: FILES.route,
    },
    // The app's own user-facing error classes.
    {
      code: route(`  try { await x(); } catch (error) {
    if (error instanceof AppError) return NextResponse.json({ error: error.message }, { status: error.statusCode });
    if (error instanceof DubApiError) return NextResponse.json({ error: error.message }, { status });
    return NextResponse.json({ error: 'Internal server error' }, { status: 500 });
  }`),
      filename: FILES.route,
    },
    {
      code: route(`  try { await x(); } catch (error) {
    if (!(error instanceof HttpError)) return NextResponse.json({ error: 'Internal' }, { status: 500 });
    return NextResponse.json({ error: error.message }, { status: error.status });
  }`),
      filename: FILES.route,
    },
    {
      code: route(`  try { await x(); } catch (error) {
    return NextResponse.json({ error: error instanceof PublicError ? error.message : 'Internal server error' }, { status: 500 });
  }`),
      filename: FILES.route,
    },
    {
      code: route(`  try { await x(); } catch (error) {
    if (error instanceof BillingError) return NextResponse.json({ error: error.message }, { status: 500 });
  }`),
      filename: FILES.route,
      options: [{ safeErrorClasses: ['BillingError'] }],
    },
    // The app's own error classes: declared in the file or imported from an app path.
    {
      code: `import { NextApiResponse } from 'next';
export function errorhandler(err: unknown, res: NextApiResponse) {
  if (err instanceof TeamError || err instanceof DocumentError) {
    return res.status(err.statusCode).end(err.message);
  }
  return res.status(500).json({ message: 'Internal Server Error' });
}
export class TeamError extends Error { statusCode = 400; }
export class DocumentError extends Error { statusCode = 404; }`,
      filename: 'lib/errorHandler.ts',
    },
    {
      code: route(`  try { await x(); } catch (error) {
    if (error instanceof QuotaExceeded) return NextResponse.json({ error: error.message }, { status: 500 });
  }`).replace("import { NextResponse } from 'next/server';", "import { NextResponse } from 'next/server';\nimport { QuotaExceeded } from '@/lib/errors';"),
      filename: FILES.route,
    },
    {
      code: "import { BaseError } from '@langfuse/shared';\n" + route(`  try { await x(); } catch (error) {
    if (error instanceof BaseError) return Response.json({ error: error.message }, { status: error.httpCode });
  }`),
      filename: FILES.route,
    },
    // A non-database SDK result error in a 4xx.
    {
      code: route(`  const { error } = await directorySyncController.directories.delete(directoryId);
  if (error) return NextResponse.json({ error: error.message }, { status: 400 });`),
      filename: FILES.route,
    },
    // A known message checked before it is sent.
    {
      code: route(`  try { await x(); } catch (error) {
    if (error instanceof Error && error.message.includes('already exists')) return NextResponse.json({ error: error.message }, { status: 500 });
  }`),
      filename: FILES.route,
    },
    {
      code: "export default async function h(req, res) { try { await x(); } catch (error) { if (error.message === 'Product not found') res.status(500).json({ error: error.message }); } }",
      filename: FILES.pagesApi,
    },
    // gitdiagram's cost route: the message sent only when a const made from the error equals one of the app's own texts.
    { code: COST_ROUTE('message === REPOSITORY_TOO_LARGE_ERROR', 'message === "Repository not found."'), filename: FILES.route },
    // A string parameter named error is not an error object.
    {
      code: "import { NextResponse } from 'next/server';\nexport function errorResponse(error: string, status = 400) { return NextResponse.json({ error }, { status }); }",
      filename: 'lib/api.ts',
    },
    {
      code: "import { NextResponse } from 'next/server';\nexport function errorResponse(error, status = 500) { return NextResponse.json({ error }, { status }); }",
      filename: 'lib/api.js',
    },
    // Not a response: a message string variable, or a payload without error detail.
    { code: route("  const error = 'Missing name';\n  return NextResponse.json({ error }, { status: 500 });"), filename: FILES.route },
    { code: route('  const { data, error } = await supabase.from("x").select();\n  if (error) return NextResponse.json({ error: "Could not load" }, { status: 500 });\n  return NextResponse.json(data);'), filename: FILES.route },
    // Not a response object.
    { code: 'try { await x(); } catch (e) { ws.send(e.message); list.json(e.message); }', filename: 'server/socket.ts' },
    // Client code, tests.
    { code: "'use client';\ntry { await x(); } catch (e) { setError(e.message); return new Response(e.message); }", filename: FILES.component },
    { code: 'try { await x(); } catch (e) { return Response.json({ error: e.message }); }', filename: 'app/api/x/route.test.ts' },
    // Server action returning validation messages.
    {
      code: "'use server';\nexport async function save(fd: FormData) {\n  const r = schema.safeParse(Object.fromEntries(fd));\n  if (!r.success) return { error: r.error.message };\n  return { ok: true };\n}",
      filename: FILES.action,
    },
    // Non-action functions in a server file returning error text to their caller.
    { code: 'export async function load() { try { return await x(); } catch (e) { return { error: e.message }; } }', filename: 'lib/data.ts' },
    // Past Replicate's validateWebhook() with its false result answered 401 (an AI photo app's prediction webhook): the
    // caller is Replicate, like past constructEvent.
    { code: "import { NextResponse } from 'next/server';\nimport { validateWebhook } from 'replicate';\nimport { savePrediction } from '@/data/services/predictions.service';\n\nexport async function POST(req: Request) {\n  const isValidWebhook = await validateWebhook(req.clone(), process.env.REPLICATE_WEBHOOK_SECRET!);\n  if (!isValidWebhook) {\n    return NextResponse.json({ detail: 'Webhook is invalid' }, { status: 401 });\n  }\n  try {\n    await savePrediction(await req.json());\n    return NextResponse.json({ success: true });\n  } catch (error) {\n    return NextResponse.json({ error }, { status: 500 });\n  }\n}\n", filename: 'app/replicate/webhook/route.ts' },
    // ailaunch-space's Dodo Payments webhook: past the app's `constructDodoEvent(rawBody, headers)`, named like Stripe's
    // constructEvent and throwing on a bad signature, the caller is the provider.
    { code: "import { NextResponse } from 'next/server';\nimport { constructDodoEvent } from '@/lib/payments/dodo';\n\nexport async function POST(request: Request) {\n  const rawBody = await request.text();\n  const headers = Object.fromEntries(request.headers);\n  let event: { type: string; data: any };\n  try {\n    event = constructDodoEvent(rawBody, headers);\n  } catch {\n    return NextResponse.json({ error: 'Invalid signature' }, { status: 403 });\n  }\n  try {\n    await handleEvent(event);\n    return NextResponse.json({ received: true });\n  } catch (error) {\n    const message = error instanceof Error ? error.message : 'unknown';\n    return NextResponse.json({ error: 'Webhook processing failed', message }, { status: 500 });\n  }\n}\n", filename: 'app/api/webhooks/dodo/route.ts' },
    // Past stripe.webhooks.constructEvent() the caller is Stripe: the detail lands in the app's webhook delivery log (shopOnline's order webhook).
    { code: "import Stripe from 'stripe';\nimport { NextResponse } from 'next/server';\nimport { supabase } from '@/lib/supabase/service';\n\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);\n\nexport async function POST(req: Request) {\n  const body = await req.text();\n  const sig = req.headers.get('stripe-signature')!;\n  let event: Stripe.Event;\n  try {\n    event = stripe.webhooks.constructEvent(body, sig, process.env.STRIPE_WEBHOOK_SECRET!);\n  } catch (err: any) {\n    return NextResponse.json({ error: `Webhook Error: ${err.message}` }, { status: 400 });\n  }\n  const { error: orderError } = await supabase.from('orders').insert({ stripe_event_id: event.id });\n  if (orderError) return NextResponse.json({ received: true, error: orderError.message }, { status: 500 });\n  return NextResponse.json({ received: true });\n}\n", filename: 'src/app/api/stripe/webhook/route.ts' },
    // latitude-llm's observability test route: an error of the app's own class made from literals, logged and
    // sent on purpose (its message is the class's fixed text).
    // A static type guard of the app's own error class, like `instanceof` (langwatch's bug-report route: HandledError.isHandled).
    { code: "import { Hono } from 'hono';\nimport { HandledError } from '@acme/handled-error';\n\nexport const app = new Hono().post('/bug-reports', async (c) => {\n  try {\n    const { id } = await submitBugReport(await c.req.json());\n    return c.json({ id }, 201);\n  } catch (error) {\n    if (HandledError.isHandled(error)) {\n      return c.json({ error: error.message, code: error.code }, error.httpStatus as 400);\n    }\n    throw error;\n  }\n});\n", filename: 'src/server/routes/bug-reports.ts' },
    { code: "import { Hono } from 'hono';\nimport { LatitudeObservabilityTestError } from '@repo/utils';\n\nconst app = new Hono();\napp.get('/health/observability-test/error', (c) => {\n  const err = new LatitudeObservabilityTestError('workers');\n  logger.error(err);\n  return c.json({ name: err.name, message: err.message }, 500);\n});\n", filename: 'apps/workers/src/server.ts' },
    // Twin: the same slice of a text that is not the error's (the request's own field) is no leak.
    { code: "import { NextResponse } from 'next/server';\n\nexport async function POST(req: Request) {\n  const body = await req.json();\n  try {\n    return NextResponse.json(await generate(body));\n  } catch (e: any) {\n    console.error(e);\n    const prompt = String(body?.prompt || '');\n    return NextResponse.json({ error: 'Gemini error', prompt: prompt.slice(0, 600) }, { status: 502 });\n  }\n}\n", filename: 'app/api/gen/gemini/route.ts' },
    // ever-teams' `api/log`: its work sits in a branch that runs only outside production; in production it answers 501.
    { code: "import { NextRequest, NextResponse } from 'next/server';\n\nexport async function POST(req: NextRequest) {\n  if (process.env.NODE_ENV !== 'production' && LOCAL_LOGS_ENABLED) {\n    try {\n      await writeLogFile(await req.json());\n      return NextResponse.json({ success: true }, { status: 201 });\n    } catch (error) {\n      return NextResponse.json({ success: false, details: (error as Error).message }, { status: 500 });\n    }\n  }\n  return NextResponse.json({ success: false }, { status: 501 });\n}\n", filename: 'apps/web/app/api/log/route.ts' },
  ],
  invalid: [
    // `error.error.message`: the OpenAI SDK error's body (the upstream's text: key, quota, billing notices) sent with a 500
    // (AI-Hub's image and music routes).
    { code: "import { NextResponse } from 'next/server';\nimport { OpenAI } from 'openai';\n\nconst openai = new OpenAI();\n\nexport async function POST(req: Request) {\n  try {\n    const { prompt } = await req.json();\n    const response = await openai.images.generate({ model: 'dall-e-2', prompt: String(prompt) });\n    return NextResponse.json(response.data);\n  } catch (error: any) {\n    console.log(error);\n    return new NextResponse(error.error.message, { status: 500 });\n  }\n}\n", filename: 'app/api/image/route.ts', settings: helper, errors: [{ messageId: 'rawError', line: 13, column: 29, suggestions: [{ messageId: "useGenericMessage", output: "import { NextResponse } from 'next/server';\nimport { OpenAI } from 'openai';\n\nconst openai = new OpenAI();\n\nexport async function POST(req: Request) {\n  try {\n    const { prompt } = await req.json();\n    const response = await openai.images.generate({ model: 'dall-e-2', prompt: String(prompt) });\n    return NextResponse.json(response.data);\n  } catch (error: any) {\n    console.log(error);\n    return new NextResponse('Internal server error', { status: 500 });\n  }\n}\n" }, { messageId: "useErrorResponse", output: "import { NextResponse } from 'next/server';\nimport { OpenAI } from 'openai';\nimport { errorResponse } from '@/lib/error-response';\n\nconst openai = new OpenAI();\n\nexport async function POST(req: Request) {\n  try {\n    const { prompt } = await req.json();\n    const response = await openai.images.generate({ model: 'dall-e-2', prompt: String(prompt) });\n    return NextResponse.json(response.data);\n  } catch (error: any) {\n    console.log(error);\n    return errorResponse(error, 'POST /api/image');\n  }\n}\n" }] }] },
    // Twin: the same message sent when the test compares something else (its length with a limit): any text passes.
    (() => {
      const code = COST_ROUTE('message.length > MAX_LENGTH', 'message !== ""');
      return {
        code,
        filename: FILES.route,
        errors: [{ messageId: 'rawError' as const, line: 10, column: 69, suggestions: [{ messageId: 'useGenericMessage', output: code.replace("notFound ? message :", "notFound ? 'Internal server error' :").replace('    return Response.json({ ok: false', '    console.error(error);\n    return Response.json({ ok: false') }] }],
      };
    })(),
    // Twin: a helper that only parses the event (`parseDodoEvent`) verifies nothing: any caller reads the detail.
    (() => {
      const code = "import { NextResponse } from 'next/server';\nimport { parseDodoEvent } from '@/lib/payments/dodo';\n\nexport async function POST(request: Request) {\n  const rawBody = await request.text();\n  const headers = Object.fromEntries(request.headers);\n  let event: { type: string; data: any };\n  try {\n    event = parseDodoEvent(rawBody, headers);\n  } catch {\n    return NextResponse.json({ error: 'Invalid signature' }, { status: 403 });\n  }\n  try {\n    await handleEvent(event);\n    return NextResponse.json({ received: true });\n  } catch (error) {\n    const message = error instanceof Error ? error.message : 'unknown';\n    return NextResponse.json({ error: 'Webhook processing failed', message }, { status: 500 });\n  }\n}\n";
      return {
        code,
        filename: 'app/api/webhooks/dodo/route.ts',
        settings: helper,
        errors: [{ messageId: 'rawError' as const, line: 18, column: 68, suggestions: both(code, "return NextResponse.json({ error: 'Webhook processing failed', message }", "console.error(error);\n    return NextResponse.json({ error: 'Webhook processing failed', message: 'Internal server error' }", "NextResponse.json({ error: 'Webhook processing failed', message }, { status: 500 })", "errorResponse(error, 'POST /api/webhooks/dodo')") }],
      };
    })(),
    // sim's workflow log route: the caught error's message (or a fallback) answered through the app's imported createErrorResponse.
    (() => {
      const code = HELPER_ROUTE("import { createErrorResponse } from '@/app/api/workflows/utils';", "    logger.error('Error persisting logs', error);\n    return createErrorResponse(error.message || 'Failed to persist logs', 500);");
      return {
        code,
        filename: FILES.route,
        errors: [{ messageId: 'rawError' as const, line: 9, column: 32, suggestions: generic(code, "error.message || 'Failed to persist logs'") }],
      };
    })(),
    // Hybrid-Turtle's stops route: the app's own class answered 4xx, anything else 500 with `(error as Error).message`.
    (() => {
      const code = HELPER_ROUTE("import { apiError } from '@/lib/api-response';\nimport { Trading212Error } from '@/lib/trading212';", "    if (error instanceof Trading212Error) return apiError(400, 'T212_ERROR', error.message);\n    console.error(error);\n    return apiError(500, 'T212_STOPS_FETCH_FAILED', (error as Error).message, undefined, true);");
      return {
        code,
        filename: 'src/app/api/stops/t212/route.ts',
        errors: [{ messageId: 'rawError' as const, line: 11, column: 53, suggestions: generic(code, '(error as Error).message') }],
      };
    })(),
    // scorpion26's programs route: a Supabase query error handed to errorResponse(code, message, status), and propiedades-rm's jsonError with a status constant.
    (() => {
      const code = "import { createClient } from '@/lib/supabase/server';\nimport { errorResponse } from '@/lib/api/auth-middleware';\nimport { jsonError } from '@/lib/api-response';\nimport { API_STATUS } from '@/lib/constants';\n\nexport const GET = withAuth(async (request: Request) => {\n  const supabase = await createClient();\n  const { data, error } = await supabase.from('programs').select('*');\n  if (error) {\n    return errorResponse('DATABASE_ERROR', error.message, 500);\n  }\n  const { error: countError } = await supabase.from('programs').select('id', { count: 'exact' });\n  if (countError) return jsonError(countError.message, API_STATUS.INTERNAL_SERVER_ERROR);\n  return Response.json(data);\n});\n";
      return {
        code,
        filename: 'app/api/programs/route.ts',
        errors: [
          { messageId: 'rawError' as const, line: 10, column: 44, suggestions: generic(code, 'error.message') },
          { messageId: 'rawError' as const, line: 13, column: 36, suggestions: generic(code, 'countError.message') },
        ],
      };
    })(),
    // A helper of the file that puts what it is given into the response; the error as text (`String(error)`) handed to it.
    (() => {
      const code = HELPER_ROUTE("import { NextResponse } from 'next/server';\n\nfunction jsonError(message: string, status = 500) {\n  return NextResponse.json({ ok: false, error: message }, { status });\n}", '    console.error(error);\n    return jsonError(String(error));');
      return {
        code,
        filename: FILES.route,
        errors: [{ messageId: 'rawError' as const, line: 13, column: 22, suggestions: generic(code, 'String(error)') }],
      };
    })(),
    // A Pages API route writing through an imported sendError(res, status, message).
    (() => {
      const code = "import { sendError } from '@/lib/http';\n\nexport default async function handler(req, res) {\n  try {\n    res.json(await run(req.body));\n  } catch (err) {\n    console.error(err);\n    sendError(res, 500, err.message);\n  }\n}\n";
      return {
        code,
        filename: FILES.pagesApi,
        errors: [{ messageId: 'rawError' as const, line: 8, column: 25, suggestions: generic(code, 'err.message') }],
      };
    })(),
    // A part of the error's text is still its text (ai-image-studio's Gemini route: `details: msg.slice(0, 600)` of
    // `String(e?.message || "")`).
    (() => {
      const code = "import { NextResponse } from 'next/server';\n\nexport async function POST(req: Request) {\n  try {\n    return NextResponse.json(await generate(await req.json()));\n  } catch (e: any) {\n    const msg = String(e?.message || '');\n    return NextResponse.json({ error: 'Gemini error', details: msg.slice(0, 600) }, { status: 502 });\n  }\n}\n";
      return {
        code,
        filename: 'app/api/gen/gemini/route.ts',
        settings: helper,
        errors: [{ messageId: 'rawError' as const, line: 8, column: 64, suggestions: both(code, "return NextResponse.json({ error: 'Gemini error', details: msg.slice(0, 600) }", "console.error(e);\n    return NextResponse.json({ error: 'Gemini error', details: 'Internal server error' }", "NextResponse.json({ error: 'Gemini error', details: msg.slice(0, 600) }, { status: 502 })", "errorResponse(e, 'POST /api/gen/gemini')") }],
      };
    })(),
    // aiexor's image route: the upstream's message cut to 400 characters (`String(e.message).slice(0, 400)`) is still its message.
    { code: CUT_MESSAGE_ROUTE(CUT_MESSAGE), filename: 'app/api/generate/route.ts', errors: [{ messageId: 'rawError', line: 11, column: 39, suggestions: both(CUT_MESSAGE_ROUTE(CUT_MESSAGE), CUT_MESSAGE, "'Internal server error'", `NextResponse.json({ error: ${CUT_MESSAGE} }, { status: 500 })`, "errorResponse(e, 'POST /api/generate')") }], settings: helper },
    // Twin: once the try block also stores the keys, its error can come from the store.
    { code: API_KEYS_ROUTE(STORE_KEYS), filename: 'app/api/specs/api-keys/route.ts', errors: [{ messageId: 'rawError', line: 13, column: 55, suggestions: both(API_KEYS_ROUTE(STORE_KEYS), "error instanceof Error ? error.message : 'Unknown error'", "'Internal server error'", "NextResponse.json({ success: false, error: error instanceof Error ? error.message : 'Unknown error' }, { status: 500 })", "errorResponse(error, 'POST /api/specs/api-keys')") }], settings: helper },
    // Twin: gated on a setting alone, the route answers in production too.
    { code: "import { NextRequest, NextResponse } from 'next/server';\n\nexport async function POST(req: NextRequest) {\n  if (LOCAL_LOGS_ENABLED) {\n    try {\n      await writeLogFile(await req.json());\n      return NextResponse.json({ success: true }, { status: 201 });\n    } catch (error) {\n      return NextResponse.json({ success: false, details: (error as Error).message }, { status: 500 });\n    }\n  }\n  return NextResponse.json({ success: false }, { status: 501 });\n}\n", filename: 'apps/web/app/api/log/route.ts', settings: helper, errors: [{ messageId: 'rawError', line: 9, column: 59, suggestions: [{ messageId: 'useGenericMessage', output: "import { NextRequest, NextResponse } from 'next/server';\n\nexport async function POST(req: NextRequest) {\n  if (LOCAL_LOGS_ENABLED) {\n    try {\n      await writeLogFile(await req.json());\n      return NextResponse.json({ success: true }, { status: 201 });\n    } catch (error) {\n      console.error(error);\n      return NextResponse.json({ success: false, details: 'Internal server error' }, { status: 500 });\n    }\n  }\n  return NextResponse.json({ success: false }, { status: 501 });\n}\n" }, { messageId: 'useErrorResponse', output: "import { NextRequest, NextResponse } from 'next/server';\nimport { errorResponse } from '@/lib/error-response';\n\nexport async function POST(req: NextRequest) {\n  if (LOCAL_LOGS_ENABLED) {\n    try {\n      await writeLogFile(await req.json());\n      return NextResponse.json({ success: true }, { status: 201 });\n    } catch (error) {\n      return errorResponse(error, 'POST /api/log');\n    }\n  }\n  return NextResponse.json({ success: false }, { status: 501 });\n}\n" }] }] },
    // lunary's Koa error middleware: `ctx.body` is the response, and every error's message (a database error's too) is sent.
    {"code": "import { Context, Next } from 'koa';\n\nexport async function errorMiddleware(ctx: Context, next: Next) {\n  try {\n    await next();\n  } catch (error: any) {\n    console.error(ctx.path, error);\n    ctx.status = error.statusCode || error.status || 500;\n    ctx.body = { message: error.message || 'An unexpected error occurred' };\n  }\n}\n", "filename": "packages/backend/src/utils/errors.ts", "errors": [{"messageId": "rawError", "line": 9, "column": 27, "suggestions": [{"messageId": "useGenericMessage", "output": "import { Context, Next } from 'koa';\n\nexport async function errorMiddleware(ctx: Context, next: Next) {\n  try {\n    await next();\n  } catch (error: any) {\n    console.error(ctx.path, error);\n    ctx.status = error.statusCode || error.status || 500;\n    ctx.body = { message: 'Internal server error' };\n  }\n}\n"}]}]},
    // Past the guard of the app's own class, any other error's message is still reported.
    { code: "import { Hono } from 'hono';\nimport { HandledError } from '@acme/handled-error';\n\nexport const app = new Hono().post('/bug-reports', async (c) => {\n  try {\n    const { id } = await submitBugReport(await c.req.json());\n    return c.json({ id }, 201);\n  } catch (error) {\n    if (HandledError.isHandled(error)) {\n      return c.json({ error: error.message, code: error.code }, error.httpStatus as 400);\n    }\n    return c.json({ error: (error as Error).message }, 500);\n  }\n});\n", filename: 'src/server/routes/bug-reports.ts', errors: [{ messageId: 'rawError', line: 12, column: 28, suggestions: [{ messageId: 'useGenericMessage', output: "import { Hono } from 'hono';\nimport { HandledError } from '@acme/handled-error';\n\nexport const app = new Hono().post('/bug-reports', async (c) => {\n  try {\n    const { id } = await submitBugReport(await c.req.json());\n    return c.json({ id }, 201);\n  } catch (error) {\n    if (HandledError.isHandled(error)) {\n      return c.json({ error: error.message, code: error.code }, error.httpStatus as 400);\n    }\n    console.error(error);\n    return c.json({ error: 'Internal server error' }, 500);\n  }\n});\n" }] }] },
    // fire-enrich's SSE route: a ReadableStream controller streams the caught error's message to the client.
    {"code":"import OpenAI from 'openai';\n\nconst openai = new OpenAI({ timeout: 30_000 });\n\nexport async function POST(req: Request) {\n  const encoder = new TextEncoder();\n  const stream = new ReadableStream({\n    async start(controller) {\n      try {\n        const completion = await openai.chat.completions.create({ model: 'gpt-4.1', messages: [], stream: true });\n        for await (const chunk of completion) controller.enqueue(encoder.encode(`data: ${JSON.stringify(chunk)}\\n\\n`));\n      } catch (error) {\n        controller.enqueue(encoder.encode(`data: ${JSON.stringify({ type: 'error', error: error instanceof Error ? error.message : 'Unknown error' })}\\n\\n`));\n      } finally {\n        controller.close();\n      }\n    },\n  });\n  return new Response(stream, { headers: { 'Content-Type': 'text/event-stream' } });\n}\n","filename":"app/api/enrich/route.ts","errors":[{"messageId":"rawError","line":13,"column":91,"suggestions":[{"messageId":"useGenericMessage","output":"import OpenAI from 'openai';\n\nconst openai = new OpenAI({ timeout: 30_000 });\n\nexport async function POST(req: Request) {\n  const encoder = new TextEncoder();\n  const stream = new ReadableStream({\n    async start(controller) {\n      try {\n        const completion = await openai.chat.completions.create({ model: 'gpt-4.1', messages: [], stream: true });\n        for await (const chunk of completion) controller.enqueue(encoder.encode(`data: ${JSON.stringify(chunk)}\\n\\n`));\n      } catch (error) {\n        console.error(error);\n        controller.enqueue(encoder.encode(`data: ${JSON.stringify({ type: 'error', error: 'Internal server error' })}\\n\\n`));\n      } finally {\n        controller.close();\n      }\n    },\n  });\n  return new Response(stream, { headers: { 'Content-Type': 'text/event-stream' } });\n}\n"}]}]},
    // AI SDK v5: the writer createUIMessageStream hands its execute callback (the SDK masks a stream's errors unless told otherwise).
    {"code":"import { createUIMessageStream, createUIMessageStreamResponse, streamText } from 'ai';\n\nexport async function POST(req: Request) {\n  const stream = createUIMessageStream({\n    execute: async ({ writer }) => {\n      try {\n        const result = streamText({ model: 'openai/gpt-4.1', prompt: 'hi' });\n        writer.merge(result.toUIMessageStream());\n      } catch (error) {\n        writer.write({ type: 'error', errorText: (error as Error).message });\n      }\n    },\n  });\n  return createUIMessageStreamResponse({ stream });\n}\n","filename":"app/api/chat/route.ts","errors":[{"messageId":"rawError","line":10,"column":50,"suggestions":[{"messageId":"useGenericMessage","output":"import { createUIMessageStream, createUIMessageStreamResponse, streamText } from 'ai';\n\nexport async function POST(req: Request) {\n  const stream = createUIMessageStream({\n    execute: async ({ writer }) => {\n      try {\n        const result = streamText({ model: 'openai/gpt-4.1', prompt: 'hi' });\n        writer.merge(result.toUIMessageStream());\n      } catch (error) {\n        console.error(error);\n        writer.write({ type: 'error', errorText: 'Internal server error' });\n      }\n    },\n  });\n  return createUIMessageStreamResponse({ stream });\n}\n"}]}]},
    // AI SDK v4: dataStream.writeData() in createDataStreamResponse's execute (fireplexity).
    {"code":"import { createDataStreamResponse, streamText } from 'ai';\n\nexport async function POST(req: Request) {\n  return createDataStreamResponse({\n    execute: async (dataStream) => {\n      try {\n        const result = streamText({ model: 'openai/gpt-4.1', prompt: 'hi' });\n        result.mergeIntoDataStream(dataStream);\n      } catch (error: any) {\n        dataStream.writeData({ type: 'error', message: error.message });\n      }\n    },\n  });\n}\n","filename":"app/api/search/route.ts","errors":[{"messageId":"rawError","line":10,"column":56,"suggestions":[{"messageId":"useGenericMessage","output":"import { createDataStreamResponse, streamText } from 'ai';\n\nexport async function POST(req: Request) {\n  return createDataStreamResponse({\n    execute: async (dataStream) => {\n      try {\n        const result = streamText({ model: 'openai/gpt-4.1', prompt: 'hi' });\n        result.mergeIntoDataStream(dataStream);\n      } catch (error: any) {\n        console.error(error);\n        dataStream.writeData({ type: 'error', message: 'Internal server error' });\n      }\n    },\n  });\n}\n"}]}]},
    // A Pages API route streaming server-sent events with res.write().
    {"code":"import type { NextApiRequest, NextApiResponse } from 'next';\n\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  res.setHeader('Content-Type', 'text/event-stream');\n  try {\n    for await (const line of tail(req.query.id as string)) res.write(`data: ${line}\\n\\n`);\n  } catch (e: any) {\n    console.error(e);\n    res.write(`event: error\\ndata: ${e.message}\\n\\n`);\n  } finally {\n    res.end();\n  }\n}\n","filename":"pages/api/logs.ts","errors":[{"messageId":"rawError","line":9,"column":15,"suggestions":[{"messageId":"useGenericMessage","output":"import type { NextApiRequest, NextApiResponse } from 'next';\n\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  res.setHeader('Content-Type', 'text/event-stream');\n  try {\n    for await (const line of tail(req.query.id as string)) res.write(`data: ${line}\\n\\n`);\n  } catch (e: any) {\n    console.error(e);\n    res.write(`event: error\\ndata: Internal server error\\n\\n`);\n  } finally {\n    res.end();\n  }\n}\n"}]}]},
    // Twin: the try block also fetches, so the caught error may be the server's own (a connection error naming an internal host).
    {"code":"export async function POST(req: Request) {\n  const { toolCalls } = (await req.json()) as { toolCalls: { id: string; arguments: string }[] };\n  const encoder = new TextEncoder();\n  const stream = new ReadableStream({\n    async start(controller) {\n      for (const toolCall of toolCalls) {\n        let args: unknown;\n        try {\n          args = JSON.parse(await (await fetch(`https://tools.internal/${toolCall.id}`)).text());\n        } catch (parseError) {\n          const message = parseError instanceof Error ? parseError.message : 'Invalid tool arguments';\n          controller.enqueue(encoder.encode(`data: ${JSON.stringify({ type: 'tool_result', id: toolCall.id, error: message })}\\n\\n`));\n          continue;\n        }\n        controller.enqueue(encoder.encode(`data: ${JSON.stringify({ type: 'tool_call', id: toolCall.id, args })}\\n\\n`));\n      }\n      controller.close();\n    },\n  });\n  return new Response(stream, { headers: { 'Content-Type': 'text/event-stream' } });\n}\n","filename":"app/api/chat/route.ts","errors":[{"messageId":"rawError","line":12,"column":116,"suggestions":[{"messageId":"useGenericMessage","output":"export async function POST(req: Request) {\n  const { toolCalls } = (await req.json()) as { toolCalls: { id: string; arguments: string }[] };\n  const encoder = new TextEncoder();\n  const stream = new ReadableStream({\n    async start(controller) {\n      for (const toolCall of toolCalls) {\n        let args: unknown;\n        try {\n          args = JSON.parse(await (await fetch(`https://tools.internal/${toolCall.id}`)).text());\n        } catch (parseError) {\n          const message = parseError instanceof Error ? parseError.message : 'Invalid tool arguments';\n          console.error(parseError);\n          controller.enqueue(encoder.encode(`data: ${JSON.stringify({ type: 'tool_result', id: toolCall.id, error: 'Internal server error' })}\\n\\n`));\n          continue;\n        }\n        controller.enqueue(encoder.encode(`data: ${JSON.stringify({ type: 'tool_call', id: toolCall.id, args })}\\n\\n`));\n      }\n      controller.close();\n    },\n  });\n  return new Response(stream, { headers: { 'Content-Type': 'text/event-stream' } });\n}\n"}]}]},
    // Twin: the same code in a file not named for a service worker (a Cloudflare Worker's worker.ts also listens for 'fetch') is still reported.
    {"code": "import { streamText } from 'ai';\n\ndeclare const self: ServiceWorkerGlobalScope;\n\nasync function handleRequest(event: FetchEvent) {\n  const provider = await loadProvider();\n  if (!provider?.enabled) return fetch(event.request);\n  try {\n    const result = streamText({ model: provider.model, messages: await event.request.json() });\n    return result.toDataStreamResponse();\n  } catch (error) {\n    return new Response(`Error streaming from service worker: ${error}`, { status: 500 });\n  }\n}\n\nself.addEventListener('fetch', (event) => {\n  event.respondWith(handleRequest(event));\n});\n", "filename": "apps/web/worker.ts", "errors": [{"messageId": "rawError", "line": 12, "column": 25, "suggestions": [{"messageId": "useGenericMessage", "output": "import { streamText } from 'ai';\n\ndeclare const self: ServiceWorkerGlobalScope;\n\nasync function handleRequest(event: FetchEvent) {\n  const provider = await loadProvider();\n  if (!provider?.enabled) return fetch(event.request);\n  try {\n    const result = streamText({ model: provider.model, messages: await event.request.json() });\n    return result.toDataStreamResponse();\n  } catch (error) {\n    console.error(error);\n    return new Response('Error streaming from service worker', { status: 500 });\n  }\n}\n\nself.addEventListener('fetch', (event) => {\n  event.respondWith(handleRequest(event));\n});\n"}]}]},
    // The AI SDK docs' shape: a function of the file handed to the callback (reported once, in the function).
    {"code":"import { streamText } from 'ai';\nfunction errorHandler(error: unknown) {\n  if (error == null) return 'unknown error';\n  if (typeof error === 'string') return error;\n  if (error instanceof Error) return error.message;\n  return JSON.stringify(error);\n}\nexport async function POST(req: Request) {\n  const { messages } = await req.json();\n  const result = streamText({ model, messages });\n  return result.toUIMessageStreamResponse({ onError: errorHandler });\n}\nexport async function PUT(req: Request) {\n  const result = streamText({ model, prompt: 'x' });\n  return result.toUIMessageStreamResponse({ onError: errorHandler });\n}\n","filename":"app/api/chat/route.ts","errors":[{"messageId":"rawError","line":5,"column":38,"suggestions":[{"messageId":"useGenericMessage","output":"import { streamText } from 'ai';\nfunction errorHandler(error: unknown) {\n  if (error == null) return 'unknown error';\n  if (typeof error === 'string') return error;\n  if (error instanceof Error) return 'Internal server error';\n  return JSON.stringify(error);\n}\nexport async function POST(req: Request) {\n  const { messages } = await req.json();\n  const result = streamText({ model, messages });\n  return result.toUIMessageStreamResponse({ onError: errorHandler });\n}\nexport async function PUT(req: Request) {\n  const result = streamText({ model, prompt: 'x' });\n  return result.toUIMessageStreamResponse({ onError: errorHandler });\n}\n"}]},{"messageId":"rawError","line":6,"column":10,"suggestions":[{"messageId":"useGenericMessage","output":"import { streamText } from 'ai';\nfunction errorHandler(error: unknown) {\n  if (error == null) return 'unknown error';\n  if (typeof error === 'string') return error;\n  if (error instanceof Error) return error.message;\n  return 'Internal server error';\n}\nexport async function POST(req: Request) {\n  const { messages } = await req.json();\n  const result = streamText({ model, messages });\n  return result.toUIMessageStreamResponse({ onError: errorHandler });\n}\nexport async function PUT(req: Request) {\n  const result = streamText({ model, prompt: 'x' });\n  return result.toUIMessageStreamResponse({ onError: errorHandler });\n}\n"}]}]},
    // AI SDK: the stream's error callback returns the text written to the client (masked by default).
    {"code":"import { streamText } from 'ai';\nimport { openai } from '@ai-sdk/openai';\nexport async function POST(req: Request) {\n  const { messages } = await req.json();\n  const result = streamText({ model: openai('gpt-4o'), messages });\n  return result.toDataStreamResponse({\n    getErrorMessage: (error) => (error instanceof Error ? error.message : 'Unknown error'),\n  });\n}\n","filename":"app/api/chat/route.ts","errors":[{"messageId":"rawError","line":7,"column":34,"suggestions":[{"messageId":"useGenericMessage","output":"import { streamText } from 'ai';\nimport { openai } from '@ai-sdk/openai';\nexport async function POST(req: Request) {\n  const { messages } = await req.json();\n  const result = streamText({ model: openai('gpt-4o'), messages });\n  return result.toDataStreamResponse({\n    getErrorMessage: (error) => ('Internal server error'),\n  });\n}\n"}]}]},
    {"code":"import { streamText } from 'ai';\nexport async function POST(req: Request) {\n  const { messages } = await req.json();\n  const result = streamText({ model, messages });\n  return result.toUIMessageStreamResponse({\n    onError: (error) => {\n      if (error instanceof Error) return error.message;\n      return String(error);\n    },\n  });\n}\n","filename":"app/api/chat/route.ts","errors":[{"messageId":"rawError","line":7,"column":42,"suggestions":[{"messageId":"useGenericMessage","output":"import { streamText } from 'ai';\nexport async function POST(req: Request) {\n  const { messages } = await req.json();\n  const result = streamText({ model, messages });\n  return result.toUIMessageStreamResponse({\n    onError: (error) => {\n      if (error instanceof Error) return 'Internal server error';\n      return String(error);\n    },\n  });\n}\n"}]},{"messageId":"rawError","line":8,"column":14,"suggestions":[{"messageId":"useGenericMessage","output":"import { streamText } from 'ai';\nexport async function POST(req: Request) {\n  const { messages } = await req.json();\n  const result = streamText({ model, messages });\n  return result.toUIMessageStreamResponse({\n    onError: (error) => {\n      if (error instanceof Error) return error.message;\n      return 'Internal server error';\n    },\n  });\n}\n"}]}]},
    // Twin of latitude-llm's test route: the app's own error class given an upstream's answer carries that detail.
    { code: "import { Hono } from 'hono';\nimport { UpstreamError } from '@repo/utils';\n\nconst app = new Hono();\napp.get('/health/upstream', async (c) => {\n  const res = await fetch(process.env.UPSTREAM_URL + '/health');\n  const err = new UpstreamError(await res.text());\n  return c.json({ name: err.name, message: err.message }, 500);\n});\n", filename: 'apps/workers/src/server.ts', errors: [{ messageId: 'rawError', line: 8, column: 44, suggestions: [{ messageId: 'useGenericMessage', output: "import { Hono } from 'hono';\nimport { UpstreamError } from '@repo/utils';\n\nconst app = new Hono();\napp.get('/health/upstream', async (c) => {\n  const res = await fetch(process.env.UPSTREAM_URL + '/health');\n  const err = new UpstreamError(await res.text());\n  return c.json({ name: err.name, message: 'Internal server error' }, 500);\n});\n" }] }] },
    // A same-file helper that returns the error's text (SajiloReserveX's stringifyError: error.message, String(error)):
    // followed like the error itself.
    {"code":"function stringifyError(error: unknown): string {\n  if (error instanceof Error) return error.message;\n  return String(error);\n}\n\nexport async function POST(req: Request) {\n  try {\n    await saveLead(await req.json());\n    return Response.json({});\n  } catch (error: unknown) {\n    const message = stringifyError(error);\n    console.error(message);\n    return Response.json({ error: message || 'Unable to store lead' }, { status: 500 });\n  }\n}\n","filename":"app/api/lead/route.ts","errors":[{"messageId":"rawError","line":13,"column":35,"suggestions":[{"messageId":"useGenericMessage","output":"function stringifyError(error: unknown): string {\n  if (error instanceof Error) return error.message;\n  return String(error);\n}\n\nexport async function POST(req: Request) {\n  try {\n    await saveLead(await req.json());\n    return Response.json({});\n  } catch (error: unknown) {\n    const message = stringifyError(error);\n    console.error(message);\n    return Response.json({ error: 'Internal server error' || 'Unable to store lead' }, { status: 500 });\n  }\n}\n"}]}]},
    // Twin: validateWebhook() whose result is only logged verifies nothing: still reported.
    (() => {
      const code = "import { NextResponse } from 'next/server';\nimport { validateWebhook } from 'replicate';\nimport { savePrediction } from '@/data/services/predictions.service';\n\nexport async function POST(req: Request) {\n  const isValidWebhook = await validateWebhook(req.clone(), process.env.REPLICATE_WEBHOOK_SECRET!);\n  console.log('valid webhook', isValidWebhook);\n  try {\n    await savePrediction(await req.json());\n    return NextResponse.json({ success: true });\n  } catch (error) {\n    return NextResponse.json({ error }, { status: 500 });\n  }\n}\n";
      return {
        code,
        filename: 'app/replicate/webhook/route.ts',
        settings: helper,
        errors: [{ messageId: 'rawError' as const, line: 12, column: 32, suggestions: both(code, 'return NextResponse.json({ error }', "console.error(error);\n    return NextResponse.json({ error: 'Internal server error' }", 'NextResponse.json({ error }, { status: 500 })', "errorResponse(error, 'POST /replicate/webhook')") }],
      };
    })(),
    // Twin: the same webhook without signature verification: anyone can POST and read the database error.
    (() => {
      const code = "import { NextResponse } from 'next/server';\nimport { supabase } from '@/lib/supabase/service';\n\nexport async function POST(req: Request) {\n  const event = JSON.parse(await req.text());\n  const { error: orderError } = await supabase.from('orders').insert({ stripe_event_id: event.id });\n  if (orderError) return NextResponse.json({ received: true, error: orderError.message }, { status: 500 });\n  return NextResponse.json({ received: true });\n}\n";
      return {
        code,
        filename: 'src/app/api/stripe/webhook/route.ts',
        errors: [{ messageId: 'rawError' as const, line: 7, suggestions: generic(code, 'orderError.message', "'Internal server error'") }],
      };
    })(),
    // A service-role admin call's error and a query's error: still reported.
    {"code":"'use server';\n\nimport { createAdminClient } from '@/lib/supabase/admin';\n\nexport async function inviteMember(email: string) {\n  const supabase = createAdminClient();\n  const { error } = await supabase.auth.admin.inviteUserByEmail(email);\n  if (error) return { success: false, message: error.message };\n  const { error: insertError } = await supabase.from('members').insert({ email });\n  if (insertError) return { success: false, message: insertError.message };\n  return { success: true };\n}\n","filename":"app/actions.ts","errors":[{"messageId":"rawError","line":8,"column":48,"suggestions":[{"messageId":"useGenericMessage","output":"'use server';\n\nimport { createAdminClient } from '@/lib/supabase/admin';\n\nexport async function inviteMember(email: string) {\n  const supabase = createAdminClient();\n  const { error } = await supabase.auth.admin.inviteUserByEmail(email);\n  if (error) return { success: false, message: 'Internal server error' };\n  const { error: insertError } = await supabase.from('members').insert({ email });\n  if (insertError) return { success: false, message: insertError.message };\n  return { success: true };\n}\n"}]},{"messageId":"rawError","line":10,"column":54,"suggestions":[{"messageId":"useGenericMessage","output":"'use server';\n\nimport { createAdminClient } from '@/lib/supabase/admin';\n\nexport async function inviteMember(email: string) {\n  const supabase = createAdminClient();\n  const { error } = await supabase.auth.admin.inviteUserByEmail(email);\n  if (error) return { success: false, message: error.message };\n  const { error: insertError } = await supabase.from('members').insert({ email });\n  if (insertError) return { success: false, message: 'Internal server error' };\n  return { success: true };\n}\n"}]}]},
    // The detail in the production branch: still reported.
    {
      code: "import { NextResponse } from 'next/server';\n\nexport function handleApiError(error: unknown): NextResponse {\n  const errorMessage = error instanceof Error ? error.message : 'Unknown error';\n  const isProduction = process.env['NODE_ENV'] === 'production';\n  console.error('API error', error);\n  return NextResponse.json({ error: isProduction ? errorMessage : 'Internal server error' }, { status: 500 });\n}\n",
      filename: "lib/errors/error-handler.ts",
      errors: [{ messageId: 'rawError', line: 7, column: 52, suggestions: [{ messageId: 'useGenericMessage', output: "import { NextResponse } from 'next/server';\n\nexport function handleApiError(error: unknown): NextResponse {\n  const errorMessage = error instanceof Error ? error.message : 'Unknown error';\n  const isProduction = process.env['NODE_ENV'] === 'production';\n  console.error('API error', error);\n  return NextResponse.json({ error: isProduction ? 'Internal server error' : 'Internal server error' }, { status: 500 });\n}\n" }] }],
    },
    // A status from the error itself, or a test against another value than the default: still reported.
    {
      code: "const sendShareError = (res, error, fallbackMessage) => {\n  const status = error.status ?? 500;\n  const message = status === 500 ? fallbackMessage : error.message;\n  return res.status(status).json({ message });\n};\n\nmodule.exports = { sendShareError };\n",
      filename: "api/server/routes/share.js",
      errors: [{ messageId: 'rawError', line: 4, column: 36, suggestions: [{ messageId: 'useGenericMessage', output: "const sendShareError = (res, error, fallbackMessage) => {\n  const status = error.status ?? 500;\n  const message = status === 500 ? fallbackMessage : error.message;\n  return res.status(status).json({ message: 'Internal server error' });\n};\n\nmodule.exports = { sendShareError };\n" }] }],
    },
    {
      code: "const SHARE_ERROR_STATUS = { SHARE_NOT_FOUND: 404 };\n\nconst sendShareError = (res, error, fallbackMessage) => {\n  const status = SHARE_ERROR_STATUS[error.code] ?? 500;\n  const message = status === 404 ? fallbackMessage : error.message;\n  return res.status(status).json({ message });\n};\n\nmodule.exports = { sendShareError };\n",
      filename: "api/server/routes/share.js",
      errors: [{ messageId: 'rawError', line: 6, column: 36, suggestions: [{ messageId: 'useGenericMessage', output: "const SHARE_ERROR_STATUS = { SHARE_NOT_FOUND: 404 };\n\nconst sendShareError = (res, error, fallbackMessage) => {\n  const status = SHARE_ERROR_STATUS[error.code] ?? 500;\n  const message = status === 404 ? fallbackMessage : error.message;\n  return res.status(status).json({ message: 'Internal server error' });\n};\n\nmodule.exports = { sendShareError };\n" }] }],
    },
    // A lookup that does not test the message guards nothing.
    {
      code: "const CODES = new Map<string, { status: number; message: string }>([['OUT_OF_STOCK', { status: 409, message: 'That item is out of stock.' }]]);\n\nexport function errorResponse(error: unknown, context: string): Response {\n  const code = error instanceof Error ? error.message : '';\n  const known = CODES.get('OUT_OF_STOCK');\n  if (known) {\n    return Response.json({ error: code, message: known.message }, { status: known.status });\n  }\n  console.error(context, error);\n  return Response.json({ error: 'INTERNAL_ERROR' }, { status: 500 });\n}\n",
      filename: "src/skins/commerce/data/http.ts",
      errors: [{ messageId: 'rawError', line: 7, column: 35, suggestions: [{ messageId: 'useGenericMessage', output: "const CODES = new Map<string, { status: number; message: string }>([['OUT_OF_STOCK', { status: 409, message: 'That item is out of stock.' }]]);\n\nexport function errorResponse(error: unknown, context: string): Response {\n  const code = error instanceof Error ? error.message : '';\n  const known = CODES.get('OUT_OF_STOCK');\n  if (known) {\n    return Response.json({ error: 'Internal server error', message: known.message }, { status: known.status });\n  }\n  console.error(context, error);\n  return Response.json({ error: 'INTERNAL_ERROR' }, { status: 500 });\n}\n" }] }],
    },
    // The same lookup in a Map that also holds a library's error class: its message carries the driver's detail.
    {
      code: "import { NextResponse } from 'next/server';\nimport { Prisma } from '@prisma/client';\nimport { NotFoundError, ForbiddenError } from '@/domain/errors';\n\nconst statusByError = new Map<Function, number>([\n  [NotFoundError, 404],\n  [ForbiddenError, 403],\n  [Prisma.PrismaClientKnownRequestError, 409],\n]);\n\nconst errorResponse = (message: string, status: number) => NextResponse.json({ message }, { status });\n\nexport const withErrors = (handler: (...args: any[]) => Promise<Response>) => async (...args: any[]) => {\n  try {\n    return await handler(...args);\n  } catch (error: any) {\n    const status = statusByError.get(error.constructor);\n    if (status) {\n      return errorResponse(error.message, status);\n    }\n    return errorResponse('Internal Server Error', 500);\n  }\n};\n",
      filename: 'src/middleware/with-errors.ts',
      errors: [{ messageId: 'rawError', line: 19, column: 28, suggestions: [{ messageId: 'useGenericMessage', output: "import { NextResponse } from 'next/server';\nimport { Prisma } from '@prisma/client';\nimport { NotFoundError, ForbiddenError } from '@/domain/errors';\n\nconst statusByError = new Map<Function, number>([\n  [NotFoundError, 404],\n  [ForbiddenError, 403],\n  [Prisma.PrismaClientKnownRequestError, 409],\n]);\n\nconst errorResponse = (message: string, status: number) => NextResponse.json({ message }, { status });\n\nexport const withErrors = (handler: (...args: any[]) => Promise<Response>) => async (...args: any[]) => {\n  try {\n    return await handler(...args);\n  } catch (error: any) {\n    const status = statusByError.get(error.constructor);\n    if (status) {\n      console.error(error);\n      return errorResponse('Internal server error', status);\n    }\n    return errorResponse('Internal Server Error', 500);\n  }\n};\n" }] }],
    },
    // A lookup in a runtime map (a parameter) is no allowlist.
    {
      code: "const CODES = new Map<string, { status: number; message: string }>([['OUT_OF_STOCK', { status: 409, message: 'That item is out of stock.' }]]);\n\nexport function errorResponse(error: unknown, context: string, seen: Map<string, number>): Response {\n  const code = error instanceof Error ? error.message : '';\n  const known = seen.get(code);\n  if (known) {\n    return Response.json({ error: code, message: known.message }, { status: known.status });\n  }\n  console.error(context, error);\n  return Response.json({ error: 'INTERNAL_ERROR' }, { status: 500 });\n}\n",
      filename: "src/skins/commerce/data/http.ts",
      errors: [{ messageId: 'rawError', line: 7, column: 35, suggestions: [{ messageId: 'useGenericMessage', output: "const CODES = new Map<string, { status: number; message: string }>([['OUT_OF_STOCK', { status: 409, message: 'That item is out of stock.' }]]);\n\nexport function errorResponse(error: unknown, context: string, seen: Map<string, number>): Response {\n  const code = error instanceof Error ? error.message : '';\n  const known = seen.get(code);\n  if (known) {\n    return Response.json({ error: 'Internal server error', message: known.message }, { status: known.status });\n  }\n  console.error(context, error);\n  return Response.json({ error: 'INTERNAL_ERROR' }, { status: 500 });\n}\n" }] }],
    },
    // The stack in the production branch is reported.
    {
      code: "import type { NextFunction, Request, Response } from 'express';\nimport { ENVIRONMENT } from './lib/env';\n\nexport function errorHandler(err: unknown, req: Request, res: Response, next: NextFunction) {\n  if (err instanceof Error) {\n    return res.status(500).json({\n      message: 'Internal Server Error',\n      details: ENVIRONMENT === 'production' ? 'Internal Server Error' : err.message,\n      stack: ENVIRONMENT === 'production' ? err.stack : undefined,\n    });\n  }\n  next();\n}\n",
      filename: "valhalla/jawn/src/server/error-handler.ts",
      errors: [{ messageId: 'rawError', line: 9, column: 14, suggestions: [{ messageId: 'useGenericMessage', output: "import type { NextFunction, Request, Response } from 'express';\nimport { ENVIRONMENT } from './lib/env';\n\nexport function errorHandler(err: unknown, req: Request, res: Response, next: NextFunction) {\n  if (err instanceof Error) {\n    return res.status(500).json({\n      message: 'Internal Server Error',\n      details: ENVIRONMENT === 'production' ? 'Internal Server Error' : err.message,\n      stack: 'Internal server error',\n    });\n  }\n  next();\n}\n" }] }],
    },
    // A production check that only warns does not make the route dev-only.
    {
      code: "import { NextResponse } from 'next/server';\n\nexport async function POST(req: Request) {\n  if (process.env.NODE_ENV !== 'development') {\n    console.warn('test push outside development');\n  }\n  const body = (await req.json()) as { userId: string };\n  try {\n    return NextResponse.json(await deliverTestPush(body.userId));\n  } catch (error) {\n    return NextResponse.json({ error: (error as Error).message }, { status: 500 });\n  }\n}\n",
      filename: "app/api/dev/test-push/route.ts",
      errors: [{ messageId: 'rawError', line: 11, column: 39, suggestions: [{ messageId: 'useGenericMessage', output: "import { NextResponse } from 'next/server';\n\nexport async function POST(req: Request) {\n  if (process.env.NODE_ENV !== 'development') {\n    console.warn('test push outside development');\n  }\n  const body = (await req.json()) as { userId: string };\n  try {\n    return NextResponse.json(await deliverTestPush(body.userId));\n  } catch (error) {\n    console.error(error);\n    return NextResponse.json({ error: 'Internal server error' }, { status: 500 });\n  }\n}\n" }, { messageId: 'useErrorResponse', output: "import { NextResponse } from 'next/server';\n\nexport async function POST(req: Request) {\n  if (process.env.NODE_ENV !== 'development') {\n    console.warn('test push outside development');\n  }\n  const body = (await req.json()) as { userId: string };\n  try {\n    return NextResponse.json(await deliverTestPush(body.userId));\n  } catch (error) {\n    return errorResponse(error, 'POST /api/dev/test-push');\n  }\n}\n\n/** An error whose message is written for users (validation, not found, conflicts): safe to send. */\nclass PublicError extends Error {\n  readonly status: number;\n\n  constructor(message: string, status = 400) {\n    super(message);\n    this.name = 'PublicError';\n    this.status = status;\n  }\n}\n\n/**\n * Turns any thrown value into a response without leaking internals: a PublicError keeps its message\n * and status; everything else is logged server-side with an error id and answered with a generic\n * 500 that carries the id, so support can find the log line.\n */\nfunction errorResponse(error: unknown, context = 'request failed'): NextResponse {\n  if (error instanceof PublicError) {\n    return NextResponse.json({ error: error.message }, { status: error.status });\n  }\n  const errorId = crypto.randomUUID();\n  console.error(JSON.stringify({ level: 'error', errorId, context, error: serializeForLog(error) }));\n  return NextResponse.json({ error: 'Internal server error', errorId }, { status: 500 });\n}\n\n/** The full detail, for the server log only. */\nfunction serializeForLog(error: unknown): Record<string, unknown> {\n  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack };\n  if (error && typeof error === 'object') return { ...(error as Record<string, unknown>) };\n  return { value: String(error) };\n}\n" }] }],
    },
    // A catch that already logs through a logger of another name (appLogger, this.logger, req.log): the suggestion adds no second console.error.
    {
      code: "export async function GET() {\n  try {\n    return Response.json(await load());\n  } catch (error) {\n    appLogger.error('load failed', error);\n    return Response.json({ error: error.message }, { status: 500 });\n  }\n}\n",
      filename: "app/api/a/route.ts",
      errors: [{ messageId: 'rawError', line: 6, column: 35, suggestions: [{ messageId: 'useGenericMessage', output: "export async function GET() {\n  try {\n    return Response.json(await load());\n  } catch (error) {\n    appLogger.error('load failed', error);\n    return Response.json({ error: 'Internal server error' }, { status: 500 });\n  }\n}\n" }, { messageId: 'useErrorResponse', output: "import { NextResponse } from 'next/server';\nexport async function GET() {\n  try {\n    return Response.json(await load());\n  } catch (error) {\n    appLogger.error('load failed', error);\n    return errorResponse(error, 'GET /api/a');\n  }\n}\n\n/** An error whose message is written for users (validation, not found, conflicts): safe to send. */\nclass PublicError extends Error {\n  readonly status: number;\n\n  constructor(message: string, status = 400) {\n    super(message);\n    this.name = 'PublicError';\n    this.status = status;\n  }\n}\n\n/**\n * Turns any thrown value into a response without leaking internals: a PublicError keeps its message\n * and status; everything else is logged server-side with an error id and answered with a generic\n * 500 that carries the id, so support can find the log line.\n */\nfunction errorResponse(error: unknown, context = 'request failed'): NextResponse {\n  if (error instanceof PublicError) {\n    return NextResponse.json({ error: error.message }, { status: error.status });\n  }\n  const errorId = crypto.randomUUID();\n  console.error(JSON.stringify({ level: 'error', errorId, context, error: serializeForLog(error) }));\n  return NextResponse.json({ error: 'Internal server error', errorId }, { status: 500 });\n}\n\n/** The full detail, for the server log only. */\nfunction serializeForLog(error: unknown): Record<string, unknown> {\n  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack };\n  if (error && typeof error === 'object') return { ...(error as Record<string, unknown>) };\n  return { value: String(error) };\n}\n" }] }],
    },
    {
      code: "export class Ctl {\n  async handle(req, res) {\n    try {\n      res.json(await load());\n    } catch (err) {\n      this.logger.error({ err }, 'load failed');\n      res.status(500).json({ error: err.message });\n    }\n  }\n}\n",
      filename: "pages/api/a.ts",
      errors: [{ messageId: 'rawError', line: 7, column: 37, suggestions: [{ messageId: 'useGenericMessage', output: "export class Ctl {\n  async handle(req, res) {\n    try {\n      res.json(await load());\n    } catch (err) {\n      this.logger.error({ err }, 'load failed');\n      res.status(500).json({ error: 'Internal server error' });\n    }\n  }\n}\n" }] }],
    },
    {
      code: "export default async function handler(req, res) {\n  try {\n    res.json(await load());\n  } catch (err) {\n    req.log.error(err);\n    res.status(500).json({ error: err.message });\n  }\n}\n",
      filename: "pages/api/a.ts",
      errors: [{ messageId: 'rawError', line: 6, column: 35, suggestions: [{ messageId: 'useGenericMessage', output: "export default async function handler(req, res) {\n  try {\n    res.json(await load());\n  } catch (err) {\n    req.log.error(err);\n    res.status(500).json({ error: 'Internal server error' });\n  }\n}\n" }] }],
    },
    // Twins: a stack behind a flag that holds in production, and a cast that checks nothing.
    {
      code: "export default async function handler(req, res) {\n  try { await run(req.body); } catch (e) {\n    console.error(e);\n    return res.status(500).json({ error: 'Internal Server Error', ...(process.env.NODE_ENV !== 'development' && { stack: e.stack }) });\n  }\n}\n",
      filename: FILES.pagesApi,
      errors: [{ messageId: 'rawError', suggestions: [{ messageId: 'useGenericMessage', output: "export default async function handler(req, res) {\n  try { await run(req.body); } catch (e) {\n    console.error(e);\n    return res.status(500).json({ error: 'Internal Server Error', ...(process.env.NODE_ENV !== 'development' && { stack: 'Internal server error' }) });\n  }\n}\n" }] }],
    },
    {
      code: "import { TRPCError } from '@trpc/server';\nimport { getHTTPStatusCodeFromError } from '@trpc/server/http';\nexport function handleEndpointError(res, e: unknown) {\n  const apiError = e as TRPCError;\n  return res.status(getHTTPStatusCodeFromError(apiError)).json({ message: apiError.message });\n}\n",
      filename: 'src/server/utils/endpoint-helpers.ts',
      errors: [{ messageId: 'rawError', suggestions: [{ messageId: 'useGenericMessage', output: "import { TRPCError } from '@trpc/server';\nimport { getHTTPStatusCodeFromError } from '@trpc/server/http';\nexport function handleEndpointError(res, e: unknown) {\n  const apiError = e as TRPCError;\n  return res.status(getHTTPStatusCodeFromError(apiError)).json({ message: 'Internal server error' });\n}\n" }] }],
    },
    // The guard does not exit: a 500 still gets the message.
    {
      code: "export default async function handler(req, res) {\n  try { await search(req.body); } catch (err) {\n    const statusCode = typeof err.statusCode === 'number' ? err.statusCode : 500;\n    if (statusCode >= 500) {\n      logger.error({ err }, 'unexpected error');\n    }\n    const msg = err instanceof Error ? err.message : 'Request failed';\n    return res.status(statusCode).json({ message: msg });\n  }\n}\n",
      filename: FILES.pagesApi,
      errors: [
        {
          messageId: 'rawError',
          line: 8,
          column: 51,
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: "export default async function handler(req, res) {\n  try { await search(req.body); } catch (err) {\n    const statusCode = typeof err.statusCode === 'number' ? err.statusCode : 500;\n    if (statusCode >= 500) {\n      logger.error({ err }, 'unexpected error');\n    }\n    const msg = err instanceof Error ? err.message : 'Request failed';\n    return res.status(statusCode).json({ message: 'Internal server error' });\n  }\n}\n",
            },
          ],
        },
      ],
    },
    // A const that says nothing of the error being made to be shown still leaks it.
    {
      code: "import type { NextFunction, Request, Response } from 'express';\nexport const appErrorHandler = (err: any, _: Request, res: Response, _next: NextFunction) => {\n  const known = err instanceof Error;\n  const message = known ? err.message : 'Something went wrong :(';\n  res.status(500).json({ message });\n};\n",
      filename: 'packages/api/src/middleware/error.ts',
      errors: [
        {
          messageId: 'rawError',
          line: 5,
          column: 26,
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: "import type { NextFunction, Request, Response } from 'express';\nexport const appErrorHandler = (err: any, _: Request, res: Response, _next: NextFunction) => {\n  const known = err instanceof Error;\n  const message = known ? err.message : 'Something went wrong :(';\n  res.status(500).json({ message: 'Internal server error' });\n};\n",
            },
          ],
        },
      ],
    },
    // A flag on another object is not the error's.
    {
      code: route(`  try { await run(); } catch (err: any) {
    if (config.isOperational) return NextResponse.json({ error: err.message }, { status: 500 });
    return NextResponse.json({ error: 'Internal server error' }, { status: 500 });
  }`),
      filename: FILES.route,
      settings: helper,
      errors: [
        {
          messageId: 'rawError',
          line: 4,
          column: 65,
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: route(`  try { await run(); } catch (err: any) {
    console.error(err);
    if (config.isOperational) return NextResponse.json({ error: 'Internal server error' }, { status: 500 });
    return NextResponse.json({ error: 'Internal server error' }, { status: 500 });
  }`),
            },
            {
              messageId: 'useErrorResponse',
              output: viaHelper(
                route(`  try { await run(); } catch (err: any) {
    if (config.isOperational) return NextResponse.json({ error: err.message }, { status: 500 });
    return NextResponse.json({ error: 'Internal server error' }, { status: 500 });
  }`),
                'NextResponse.json({ error: err.message }, { status: 500 })',
                "errorResponse(err, 'POST /api/example')",
              ),
            },
          ],
        },
      ],
    },
    // next-safe-action (midday): handleServerError's return value is every action's serverError on the client.
    {
      code: "import { createSafeActionClient, DEFAULT_SERVER_ERROR_MESSAGE } from 'next-safe-action';\nexport const actionClient = createSafeActionClient({\n  handleServerError(e) {\n    if (e instanceof Error) {\n      return e.message;\n    }\n    return DEFAULT_SERVER_ERROR_MESSAGE;\n  },\n});\n",
      filename: 'apps/dashboard/src/actions/safe-action.ts',
      errors: [{ messageId: 'rawError', line: 5, column: 14, data: { expr: 'e.message', what: 'error.message' }, suggestions: [{ messageId: 'useGenericMessage', output: "import { createSafeActionClient, DEFAULT_SERVER_ERROR_MESSAGE } from 'next-safe-action';\nexport const actionClient = createSafeActionClient({\n  handleServerError(e) {\n    if (e instanceof Error) {\n      return 'Internal server error';\n    }\n    return DEFAULT_SERVER_ERROR_MESSAGE;\n  },\n});\n" }] }],
    },
    // Seed 002.
    {
      code: route(`  try { await db.user.create({ data }); } catch (error) {
    console.error('Error:', error);
    return NextResponse.json({ error: error.message }, { status: 500 });
  }`),
      filename: FILES.route,
      settings: helper,
      errors: [
        {
          messageId: 'rawError',
          line: 5,
          column: 39,
          endColumn: 52,
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: route(`  try { await db.user.create({ data }); } catch (error) {
    console.error('Error:', error);
    return NextResponse.json({ error: 'Internal server error' }, { status: 500 });
  }`),
            },
            {
              messageId: 'useErrorResponse',
              data: { error: 'error', context: "'POST /api/example'" },
              output: route(`  try { await db.user.create({ data }); } catch (error) {
    console.error('Error:', error);
    return errorResponse(error, 'POST /api/example');
  }`).replace("'next/server';", `'next/server';\n${IMPORT}`),
            },
          ],
        },
      ],
    },
    // `instanceof Error ? message : fallback`, not logged: the suggestion adds logging.
    {
      code: route(`  try {
    await x();
  } catch (error) {
    return NextResponse.json({ error: error instanceof Error ? error.message : 'Unknown error' }, { status: 500 });
  }`),
      filename: FILES.route,
      settings: helper,
      errors: [
        {
          messageId: 'rawError',
          line: 6,
          column: 39,
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: route(`  try {
    await x();
  } catch (error) {
    console.error(error);
    return NextResponse.json({ error: 'Internal server error' }, { status: 500 });
  }`),
            },
            {
              messageId: 'useErrorResponse',
              output: route(`  try {
    await x();
  } catch (error) {
    return errorResponse(error, 'POST /api/example');
  }`).replace("'next/server';", `'next/server';\n${IMPORT}`),
            },
          ],
        },
      ],
    },
    // Seed 001: Express-style error handler, through a local variable.
    {
      code: `export const errorHandler = (err, req, res, next) => {
  const status = err.status || 500;
  const message = err.message || 'Internal server error';
  logger.error({ err, req, status, message });
  res.status(status).json({ error: { status, message, requestId: req.id } });
};`,
      filename: 'apps/api/middleware/errorHandler.ts',
      errors: [
        {
          messageId: 'rawError',
          line: 5,
          column: 46,
          endColumn: 53,
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `export const errorHandler = (err, req, res, next) => {
  const status = err.status || 500;
  const message = err.message || 'Internal server error';
  logger.error({ err, req, status, message });
  res.status(status).json({ error: { status, message: 'Internal server error', requestId: req.id } });
};`,
            },
          ],
        },
      ],
    },
    // Pages API, 200 status, plain JS.
    {
      code: `export default async function addTodo(req, res) {
  try {
    await client.query('INSERT INTO todos VALUES ($1)', [req.body.title]);
    res.json({ message: 'ok' });
  } catch (error) {
    return res.json({ message: error.message });
  }
}`,
      filename: 'pages/api/addTodo.js',
      errors: [
        {
          messageId: 'rawError',
          line: 6,
          column: 32,
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `export default async function addTodo(req, res) {
  try {
    await client.query('INSERT INTO todos VALUES ($1)', [req.body.title]);
    res.json({ message: 'ok' });
  } catch (error) {
    console.error(error);
    return res.json({ message: 'Internal server error' });
  }
}`,
            },
          ],
        },
      ],
    },
    // The error object itself, String(error), error.stack.
    {
      code: 'export default async function h(req, res) {\n  try { await x(); } catch (error) { res.status(500).json({ error }); }\n}',
      filename: FILES.pagesApi,
      errors: [
        {
          messageId: 'rawError',
          data: { expr: 'error', what: 'the error object' },
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output:
                "export default async function h(req, res) {\n  try { await x(); } catch (error) { console.error(error);\n  res.status(500).json({ error: 'Internal server error' }); }\n}",
            },
          ],
        },
      ],
    },
    (() => {
      const code = 'export default async function h(req, res) { try { await x(); } catch (e) { console.error(e); res.status(500).send(String(e)); } }';
      return {
        code,
        filename: FILES.pagesApi,
        errors: [{ messageId: 'rawError' as const, data: { expr: 'String(e)', what: 'String(error)' }, suggestions: generic(code, 'String(e)', "'Internal server error'") }],
      };
    })(),
    (() => {
      const code = route('  try { await x(); } catch (e) { console.error(e); return Response.json({ message: "failed", stack: e.stack }, { status: 500 }); }');
      return {
        code,
        filename: FILES.route,
        settings: helper,
        errors: [
          {
            messageId: 'rawError' as const,
            data: { expr: 'e.stack', what: 'error.stack' },
            suggestions: both(code, 'e.stack', "'Internal server error'", 'Response.json({ message: "failed", stack: e.stack }, { status: 500 })', "errorResponse(e, 'POST /api/example')"),
          },
        ],
      };
    })(),
    // Supabase result errors, even in a 4xx (database detail is never a validation message); template text kept.
    {
      code: `export async function POST(req: Request) {
  const { data, error } = await supabase.from('data').select('user_id').eq('id', id).single();
  if (error)
    return new Response(\`Error getting user_id: \${error.message}\`, {
      status: 400,
    });
  return Response.json(data);
}`,
      filename: 'app/api/webhooks/replicate/[id]/route.ts',
      errors: [
        {
          messageId: 'rawError',
          line: 4,
          column: 25,
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `export async function POST(req: Request) {
  const { data, error } = await supabase.from('data').select('user_id').eq('id', id).single();
  if (error)
    return new Response('Error getting user_id', {
      status: 400,
    });
  return Response.json(data);
}`,
            },
          ],
        },
      ],
    },
    (() => {
      const code = route("  const { error: dbError } = await supabase.from('t').insert(row);\n  if (dbError) return NextResponse.json({ error: dbError });");
      return {
        code,
        filename: FILES.route,
        errors: [{ messageId: 'rawError' as const, line: 4, data: { expr: 'dbError', what: 'the error object' }, suggestions: generic(code, 'json({ error: dbError })', "json({ error: 'Internal server error' })") }],
      };
    })(),
    (() => {
      const code = route("  const result = await supabase.from('t').insert(row);\n  if (result.error) return NextResponse.json({ error: result.error.message }, { status: 500 });");
      return {
        code,
        filename: FILES.route,
        errors: [{ messageId: 'rawError' as const, line: 4, suggestions: generic(code, 'result.error.message', "'Internal server error'") }],
      };
    })(),
    // Promise rejection handler.
    {
      code: "export async function GET() {\n  return load().then((r) => Response.json(r)).catch((e) => new Response(`Failed: ${e.message}`, { status: 502 }));\n}",
      filename: FILES.route,
      settings: helper,
      errors: [
        {
          messageId: 'rawError',
          line: 2,
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: "export async function GET() {\n  return load().then((r) => Response.json(r)).catch((e) => { console.error(e); return new Response('Failed', { status: 502 }); });\n}",
            },
            {
              messageId: 'useErrorResponse',
              data: { error: 'e', context: "'GET /api/example'" },
              output: `${IMPORT}\nexport async function GET() {\n  return load().then((r) => Response.json(r)).catch((e) => errorResponse(e, 'GET /api/example'));\n}`,
            },
          ],
        },
      ],
    },
    // JSON.stringify body; `as Error` cast; `||` fallback; `error: any`.
    (() => {
      const code = route('  try { await x(); } catch (err) {\n    console.error(err);\n    return new Response(JSON.stringify({ error: (err as Error).message }), { status: 500 });\n  }');
      return {
        code,
        filename: FILES.route,
        settings: helper,
        errors: [
          {
            messageId: 'rawError' as const,
            line: 5,
            suggestions: both(code, '(err as Error).message', "'Internal server error'", 'new Response(JSON.stringify({ error: (err as Error).message }), { status: 500 })', "errorResponse(err, 'POST /api/example')"),
          },
        ],
      };
    })(),
    (() => {
      const code = route('  try { await x(); } catch (error: any) {\n    console.error(error);\n    return NextResponse.json({ error: error?.message || "Failed to create checkout session" }, { status: 500 });\n  }');
      return {
        code,
        filename: FILES.srcRoute,
        settings: helper,
        errors: [
          {
            messageId: 'rawError' as const,
            line: 5,
            column: 39,
            suggestions: both(
              code,
              'error?.message || "Failed to create checkout session"',
              "'Internal server error'",
              'NextResponse.json({ error: error?.message || "Failed to create checkout session" }, { status: 500 })',
              "errorResponse(error, 'POST /api/example')",
            ),
          },
        ],
      };
    })(),
    // A lib helper taking `error: unknown` (seed 003's handleApiError).
    (() => {
      const code = `import { NextResponse } from 'next/server';
export function handleApiError(error: unknown) {
  if (error instanceof ApiError) return NextResponse.json({ error: error.message }, { status: error.statusCode });
  console.error(error);
  return NextResponse.json({ error: error instanceof Error ? error.message : 'Internal error' }, { status: 500 });
}`;
      return {
        code,
        filename: 'lib/api-error.ts',
        errors: [{ messageId: 'rawError' as const, line: 5, column: 37, suggestions: generic(code, "error instanceof Error ? error.message : 'Internal error'", "'Internal server error'") }],
      };
    })(),
    // Hono: an onError handler param and a caught error.
    {
      code: "app.onError((err, c) => c.json({ error: err.message }, 500));\napp.get('/x', async (c) => { try { await x(); } catch (e) { console.error(e); return c.json({ error: String(e) }, 500); } });",
      filename: 'server/app.ts',
      errors: [
        {
          messageId: 'rawError',
          line: 1,
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: "app.onError((err, c) => c.json({ error: 'Internal server error' }, 500));\napp.get('/x', async (c) => { try { await x(); } catch (e) { console.error(e); return c.json({ error: String(e) }, 500); } });",
            },
          ],
        },
        {
          messageId: 'rawError',
          line: 2,
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: "app.onError((err, c) => c.json({ error: err.message }, 500));\napp.get('/x', async (c) => { try { await x(); } catch (e) { console.error(e); return c.json({ error: 'Internal server error' }, 500); } });",
            },
          ],
        },
      ],
    },
    // Twin: the try block throws a Supabase result's error, which need not be an Error instance: it is sent as it is.
    { code: "'use server';\n\nexport async function listNotes() {\n  try {\n    const { data, error } = await supabase.from('notes').select();\n    if (error) throw error;\n    return { data };\n  } catch (error) {\n    return { error };\n  }\n}\n", filename: 'app/actions/notes.ts', errors: [{ messageId: 'rawError', line: 9, column: 14, suggestions: [{ messageId: 'useGenericMessage', output: "'use server';\n\nexport async function listNotes() {\n  try {\n    const { data, error } = await supabase.from('notes').select();\n    if (error) throw error;\n    return { data };\n  } catch (error) {\n    console.error(error);\n    return { error: 'Internal server error' };\n  }\n}\n" }] }] },
    // medusa's storefront: a server action returning its SDK call's chain, whose `.catch` callback returns the rejection's message, and one returning `error.toString()`.
    (() => {
      const code = ORDER_ACTION('(err) => ({ success: false, error: err.message, order: null })');
      return {
        code,
        filename: 'src/lib/data/orders.ts',
        errors: [
          { messageId: 'rawError' as const, line: 8, column: 47, suggestions: generic(code, '(err) => ({ success: false, error: err.message, order: null })', "(err) => { console.error(err); return { success: false, error: 'Internal server error', order: null }; }") },
          { messageId: 'rawError' as const, line: 15, column: 12, suggestions: generic(code, 'return error.toString()', "console.error(error);\n    return 'Internal server error'") },
        ],
      };
    })(),
    // Server actions: returned values reach the client.
    {
      code: `'use server';
export async function createTodo(formData: FormData) {
  try {
    await db.todo.create({ data: {} });
    return { success: true };
  } catch (error) {
    return { success: false, error: error instanceof Error ? error.message : 'Failed' };
  }
}`,
      filename: FILES.action,
      errors: [
        {
          messageId: 'rawError',
          line: 7,
          column: 37,
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `'use server';
export async function createTodo(formData: FormData) {
  try {
    await db.todo.create({ data: {} });
    return { success: true };
  } catch (error) {
    console.error(error);
    return { success: false, error: 'Internal server error' };
  }
}`,
            },
          ],
        },
      ],
    },
    (() => {
      const code = `'use server';
export async function deleteAccount() {
  const { error } = await supabase.storage.from('input').remove(paths);
  if (error) return { message: \`Unable to delete images: \${error.message}\`, status: 400 };
  return { ok: true };
}`;
      return {
        code,
        filename: 'app/actions/deleteAccount.ts',
        errors: [{ messageId: 'rawError' as const, line: 4, suggestions: generic(code, '`Unable to delete images: ${error.message}`', "'Unable to delete images'") }],
      };
    })(),
    (() => {
      const code = `export default function Page() {
  async function save() {
    'use server';
    try { await db.x.update({}); } catch (e) { console.error(e); return { error: e.message }; }
  }
  return null;
}`;
      return {
        code,
        filename: FILES.page,
        errors: [{ messageId: 'rawError' as const, line: 4, suggestions: generic(code, 'e.message', "'Internal server error'") }],
      };
    })(),
    // A library error class is no guard.
    (() => {
      const code = route(`  try { await prisma.user.create({ data }); } catch (error) {
    console.error(error);
    if (error instanceof Prisma.PrismaClientKnownRequestError) return NextResponse.json({ error: error.message }, { status: 500 });
  }`);
      return {
        code,
        filename: FILES.route,
        settings: helper,
        errors: [
          {
            messageId: 'rawError' as const,
            line: 5,
            suggestions: both(code, 'error: error.message', "error: 'Internal server error'", 'NextResponse.json({ error: error.message }, { status: 500 })', "errorResponse(error, 'POST /api/example')"),
          },
        ],
      };
    })(),
    (() => {
      const code = "import OpenAI from 'openai';\n" + route(`  try { await x(); } catch (error) {
    console.error(error);
    if (error instanceof OpenAI.APIError) return NextResponse.json({ error: error.message }, { status: 500 });
  }`);
      return {
        code,
        filename: FILES.route,
        settings: helper,
        errors: [
          {
            messageId: 'rawError' as const,
            line: 6,
            suggestions: both(code, 'error: error.message', "error: 'Internal server error'", 'NextResponse.json({ error: error.message }, { status: 500 })', "errorResponse(error, 'POST /api/example')"),
          },
        ],
      };
    })(),
    // errorResponse: without a helper module the suggestion brings the snippet's code into the file.
    (() => {
      const code = route('  try { await x(); } catch (err) {\n    return NextResponse.json({ error: err.message }, { status: 500 });\n  }') + '\n';
      const body = getSnippet('no-raw-error-response')
        .code.split('\n')
        .filter((l) => !l.startsWith('import '))
        .join('\n')
        .replace(/^export\s+(?=(?:async\s+)?(?:function|const|let|class|interface|type)\b)/gm, '')
        .trim();
      return {
        code,
        filename: FILES.route,
        errors: [
          {
            messageId: 'rawError' as const,
            suggestions: [
              { messageId: 'useGenericMessage' as const, output: code.replace('err.message', "'Internal server error'").replace('    return', '    console.error(err);\n    return') },
              {
                messageId: 'useErrorResponse' as const,
                output: `${code.replace("NextResponse.json({ error: err.message }, { status: 500 })", "errorResponse(err, 'POST /api/example')")}\n${body}\n`,
              },
            ],
          },
        ],
      };
    })(),
    // errorResponse: a route group, a dynamic segment, an arrow handler; no status (a 200 carrying the error).
    (() => {
      const code = "import { NextResponse } from 'next/server';\nexport const DELETE = async () => {\n  try { await x(); } catch (e) { console.error(e); return NextResponse.json({ ok: false, error: e.message }); }\n};";
      return {
        code,
        filename: 'src/app/(admin)/api/users/[id]/route.ts',
        settings: helper,
        errors: [
          {
            messageId: 'rawError' as const,
            suggestions: both(code, 'e.message', "'Internal server error'", 'NextResponse.json({ ok: false, error: e.message })', "errorResponse(e, 'DELETE /api/users/[id]')"),
          },
        ],
      };
    })(),
    // errorResponse: a server module on next/server names its function.
    (() => {
      const code = "import { NextResponse } from 'next/server';\nexport async function handle() {\n  try { await x(); } catch (e) { console.error(e); return NextResponse.json({ error: e.message }, { status: 503 }); }\n}";
      return {
        code,
        filename: 'lib/handle.ts',
        settings: helper,
        errors: [
          {
            messageId: 'rawError' as const,
            suggestions: both(code, 'e.message', "'Internal server error'", 'NextResponse.json({ error: e.message }, { status: 503 })', "errorResponse(e, 'handle')"),
          },
        ],
      };
    })(),
    // No errorResponse where it would drop something or not fit: headers, a computed status, other values,
    // a local function of that name, the Pages API `res`, an untyped handler parameter.
    ...[
      route('  try { await x(); } catch (e) { console.error(e); return NextResponse.json({ error: e.message }, { status: 500, headers: cors }); }'),
      route('  try { await x(); } catch (e) { console.error(e); return NextResponse.json({ error: e.message }, { status: e.status ?? 500 }); }'),
      route('  try { await x(); } catch (e) { console.error(e); return NextResponse.json({ error: e.message, requestId: req.headers.get("x-id") }, { status: 500 }); }'),
      route('  try { await x(); } catch (e) { console.error(e); return NextResponse.json({ error: e.message, ...extra }, { status: 500 }); }'),
      `${route('  try { await x(); } catch (e) { console.error(e); return NextResponse.json({ error: e.message }, { status: 500 }); }')}\nfunction errorResponse(m: string) { return m; }`,
    ].map((code) => ({
      code,
      filename: FILES.route,
      settings: helper,
      errors: [{ messageId: 'rawError' as const, suggestions: generic(code, 'e.message', "'Internal server error'") }],
    })),
    // 4xx exemption can be turned off.
    (() => {
      const code = "export default async function h(req, res) { try { await x(); } catch (error) { console.error(error); res.status(400).json({ message: error.message }); } }";
      return {
        code,
        filename: FILES.pagesApi,
      options: [{ allowClientErrorStatus: false }],
        errors: [{ messageId: 'rawError' as const, suggestions: generic(code, 'error.message', "'Internal server error'") }],
      };
    })(),
  ],
});

// A Supabase result sent where it is known to be a success (`data` set or `error` unset): its `error` is null.
ruleTester.run('no-raw-error-response (a Supabase result known to be a success)', rule, {
  valid: [
    // early exit on the error, then the whole result
    { code: "import { NextResponse } from 'next/server';\nimport { supabase } from '@/lib/supabase';\n\nexport async function GET() {\n  const { data, error } = await supabase.from('items').select();\n  if (error) return NextResponse.json({ error: 'Could not load items' }, { status: 500 });\n  return NextResponse.json({ data, error });\n}\n", filename: "app/api/items/route.ts" },
    // ternary on data
    { code: "import { NextResponse } from 'next/server';\nimport { supabase } from '@/lib/supabase';\n\nexport async function GET() {\n  const { data, error } = await supabase.from('items').select();\n  return data ? NextResponse.json({ data, error }) : NextResponse.json({ error: 'Could not load items' }, { status: 500 });\n}\n", filename: "app/api/items/route.ts" },
    // recollect's shared-category route: else of isNull(data)
    { code: "import type { NextApiRequest, NextApiResponse } from 'next';\nimport isNull from 'lodash/isNull';\nimport { apiSupabaseClient } from '@/utils/supabase';\n\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  const supabase = apiSupabaseClient(req, res);\n  const { data, error } = await supabase.from('shared').update(req.body.updateData).match({ id: req.body.id }).select();\n  if (isNull(data)) {\n    res.status(500).json({ data, message: 'Could not update' });\n  } else {\n    res.status(200).json({ data, error });\n  }\n}\n", filename: "pages/api/share/update-role.ts" },
    // inside if (!error), renamed data
    { code: "import { NextResponse } from 'next/server';\nimport { supabase } from '@/lib/supabase';\n\nexport async function GET() {\n  const { data: rows, error: dbError } = await supabase.from('items').select();\n  if (rows !== null && !dbError) {\n    return NextResponse.json({ rows, dbError });\n  }\n  return NextResponse.json({ error: 'Could not load items' }, { status: 500 });\n}\n", filename: "app/api/items/route.ts" },
  ],
  invalid: [
    // recollect: success branch silent, failure branch reported
    {"code":"import type { NextApiRequest, NextApiResponse } from 'next';\nimport isNull from 'lodash/isNull';\nimport { apiSupabaseClient } from '@/utils/supabase';\n\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  const supabase = apiSupabaseClient(req, res);\n  const { data, error } = await supabase.from('categories').select('views').eq('id', req.body.id);\n  if (!isNull(data)) {\n    res.status(200).json({ data, error });\n  } else {\n    res.status(500).json({ data, error });\n  }\n}\n","filename":"pages/api/bookmark/views.ts","errors":[{"messageId":"rawError","line":11,"column":34,"suggestions":[{"messageId":"useGenericMessage","output":"import type { NextApiRequest, NextApiResponse } from 'next';\nimport isNull from 'lodash/isNull';\nimport { apiSupabaseClient } from '@/utils/supabase';\n\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  const supabase = apiSupabaseClient(req, res);\n  const { data, error } = await supabase.from('categories').select('views').eq('id', req.body.id);\n  if (!isNull(data)) {\n    res.status(200).json({ data, error });\n  } else {\n    res.status(500).json({ data, error: 'Internal server error' });\n  }\n}\n"}]}]},
    // error sent after the success check failed
    {"code":"import { NextResponse } from 'next/server';\nimport { supabase } from '@/lib/supabase';\n\nexport async function GET() {\n  const { data, error } = await supabase.from('items').select();\n  if (data === null) return NextResponse.json({ data, error }, { status: 500 });\n  return NextResponse.json({ data });\n}\n","filename":"app/api/items/route.ts","errors":[{"messageId":"rawError","line":6,"column":55,"suggestions":[{"messageId":"useGenericMessage","output":"import { NextResponse } from 'next/server';\nimport { supabase } from '@/lib/supabase';\n\nexport async function GET() {\n  const { data, error } = await supabase.from('items').select();\n  if (data === null) return NextResponse.json({ data, error: 'Internal server error' }, { status: 500 });\n  return NextResponse.json({ data });\n}\n"}]}]},
    // after if (!error) return, error is set
    {"code":"import { NextResponse } from 'next/server';\nimport { supabase } from '@/lib/supabase';\n\nexport async function GET() {\n  const { data, error } = await supabase.from('items').select();\n  if (!error) return NextResponse.json({ data });\n  return NextResponse.json({ error }, { status: 500 });\n}\n","filename":"app/api/items/route.ts","errors":[{"messageId":"rawError","line":7,"column":30,"suggestions":[{"messageId":"useGenericMessage","output":"import { NextResponse } from 'next/server';\nimport { supabase } from '@/lib/supabase';\n\nexport async function GET() {\n  const { data, error } = await supabase.from('items').select();\n  if (!error) return NextResponse.json({ data });\n  return NextResponse.json({ error: 'Internal server error' }, { status: 500 });\n}\n"}]}]},
  ],
});

// `error.error` outside a file using an SDK whose errors carry the provider's body: undefined, the fallback is sent.
ruleTester.run('no-raw-error-response (error.error without an SDK error body)', rule, {
  valid: [
    // chatbot-ui's username routes: Supabase only, a thrown `new Error(...)` has no `.error`.
    { code: "import { createClient } from '@supabase/supabase-js';\n\nexport async function POST(request: Request) {\n  const { username } = (await request.json()) as { username: string };\n  try {\n    const supabaseAdmin = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!);\n    const { data, error } = await supabaseAdmin.from('profiles').select('username').eq('username', username);\n    if (!data) throw new Error(error.message);\n    return new Response(JSON.stringify({ isAvailable: !data.length }), { status: 200 });\n  } catch (error: any) {\n    const errorMessage = error.error?.message || 'An unexpected error occurred';\n    const errorCode = error.status || 500;\n    return new Response(JSON.stringify({ message: errorMessage }), { status: errorCode });\n  }\n}\n", filename: 'app/api/username/available/route.ts' },
  ],
  invalid: [],
});

/** beam's avatar route: a Pages API handler whose try block runs `draw(name)`, a helper of the file. */
const AVATAR_ROUTE = (draw: string, extraImport = '') =>
  `import { sha1 } from 'crypto-hash';\nimport type { NextApiRequest, NextApiResponse } from 'next';\n${extraImport}\nconst SHADES = ['#ff455d', '#f35815', '#27b648', '#1e9de7'] as const;\n\nasync function draw(name: string) {\n${draw}\n}\n\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  const { name } = req.query;\n  if (typeof name !== 'string') return res.status(400).json({ error: 'Invalid request' });\n  try {\n    const svg = await draw(name);\n    res.setHeader('Content-Type', 'image/svg+xml');\n    res.status(200).send(svg);\n  } catch (error: any) {\n    return res.status(500).json({ message: error.message });\n  }\n}\n`;
const AVATAR_DRAW =
  "  const hash = await sha1(name);\n  const fills = [...Array(3)].map((_, i) => SHADES[parseInt(hash.slice(i * 2, i * 2 + 2), 16) % SHADES.length]);\n  return `<svg viewBox=\"0 0 24 24\"><circle r=\"12\" fill=\"${fills[0]}\" stroke=\"${fills[1]}\"/></svg>`.trim();";
const AVATAR_DRAW_DB =
  "  const user = await Member.findOne({ name });\n  const hash = await sha1(user?.seed ?? name);\n  return `<svg viewBox=\"0 0 24 24\"><circle r=\"12\" fill=\"${SHADES[parseInt(hash.slice(0, 2), 16) % SHADES.length]}\"/></svg>`;";

// A try block that only hashes and draws in the file's own code: what it throws is about the caller's input.
ruleTester.run('no-raw-error-response (a try block that only computes)', rule, {
  valid: [
    // beam's avatar: `sha1` from crypto-hash, string and array steps, then `res.setHeader` / `res.send`.
    { code: AVATAR_ROUTE(AVATAR_DRAW), filename: 'pages/api/avatar.ts' },
  ],
  invalid: [
    // Twin: the helper also reads the database (`Member.findOne`): its errors are the database's.
    {
      code: AVATAR_ROUTE(AVATAR_DRAW_DB, "import Member from '@/models/member';\n"),
      filename: 'pages/api/avatar.ts',
      errors: [{ messageId: 'rawError', line: 21, column: 44, suggestions: [{ messageId: 'useGenericMessage', output: AVATAR_ROUTE(AVATAR_DRAW_DB, "import Member from '@/models/member';\n").replace("    return res.status(500).json({ message: error.message });", "    console.error(error);\n    return res.status(500).json({ message: 'Internal server error' });") }] }],
    },
  ],
});

// A try block whose only call is a schema's `parse` throws a ZodError about the caller's input (AlexDmsc/nextjs-auth-lucia's
// signIn action: `try { SignInSchema.parse(data) } catch (error) { return { error: error.message } }`).
ruleTester.run('no-raw-error-response (a try that only validates)', rule, {
  valid: [
    { code: "'use server';\n\nimport { z } from 'zod';\nimport { db } from '@/lib/db';\n\nconst SignInSchema = z.object({ email: z.string().email(), password: z.string().min(8) });\n\nexport const signInUser = async (data: z.infer<typeof SignInSchema>) => {\n  try {\n    SignInSchema.parse(data);\n  } catch (error: any) {\n    return { error: error.message };\n  }\n  const account = await db.query.accounts.findFirst({ where: (t, { eq }) => eq(t.email, data.email) });\n  return { ok: !!account };\n};\n", filename: 'actions/auth.actions.ts' },
  ],
  invalid: [
    // its twin: the same try also inserts the account, whose database error would reach the form
    { code: "'use server';\n\nimport { z } from 'zod';\nimport { db } from '@/lib/db';\nimport { accounts } from '@/lib/db/schema';\n\nconst SignUpSchema = z.object({ email: z.string().email(), password: z.string().min(8) });\n\nexport const signUpUser = async (data: z.infer<typeof SignUpSchema>) => {\n  try {\n    SignUpSchema.parse(data);\n    await db.insert(accounts).values({ email: data.email });\n  } catch (error: any) {\n    return { error: error.message };\n  }\n  return { ok: true };\n};\n", filename: 'actions/auth.actions.ts', errors: [{ messageId: 'rawError', line: 14, column: 21, suggestions: [{ messageId: 'useGenericMessage', output: "'use server';\n\nimport { z } from 'zod';\nimport { db } from '@/lib/db';\nimport { accounts } from '@/lib/db/schema';\n\nconst SignUpSchema = z.object({ email: z.string().email(), password: z.string().min(8) });\n\nexport const signUpUser = async (data: z.infer<typeof SignUpSchema>) => {\n  try {\n    SignUpSchema.parse(data);\n    await db.insert(accounts).values({ email: data.email });\n  } catch (error: any) {\n    console.error(error);\n    return { error: 'Internal server error' };\n  }\n  return { ok: true };\n};\n" }] }] },
  ],
});

const desktop = desktopFixtures('no-raw-error-response');

// A desktop app's code: rowboat's apps/x/packages/core/src/apps/host-api.ts answers its mini-apps from an Express router on localhost
ruleTester.run('no-raw-error-response (code of a desktop app)', rule, {
  valid: [
    // a package that only the workspace's Electron app depends on: the error goes to the app's own window
    { code: "import express from 'express';\nimport type { Response } from 'express';\nimport { runTool } from './tools.js';\n\nfunction sendError(res: Response, status: number, code: string, message: string): void {\n  res.status(status).json({ error: { code, message } });\n}\n\nexport const hostApi = express.Router();\n\nhostApi.post('/tools/:name', async (req, res) => {\n  try {\n    res.json(await runTool(req.params.name, req.body));\n  } catch (e) {\n    sendError(res, 502, 'tool_error', e instanceof Error ? e.message : String(e));\n  }\n});\n", filename: desktop.desktopCore('src/apps/host-api.ts') },
  ],
  invalid: [
    // twin: the same package imported by a Next app of the workspace too, which may serve the router to anyone
    { code: "import express from 'express';\nimport type { Response } from 'express';\nimport { runTool } from './tools.js';\n\nfunction sendError(res: Response, status: number, code: string, message: string): void {\n  res.status(status).json({ error: { code, message } });\n}\n\nexport const hostApi = express.Router();\n\nhostApi.post('/tools/:name', async (req, res) => {\n  try {\n    res.json(await runTool(req.params.name, req.body));\n  } catch (e) {\n    sendError(res, 502, 'tool_error', e instanceof Error ? e.message : String(e));\n  }\n});\n", filename: desktop.sharedCore('src/apps/host-api.ts'), errors: [{"messageId":"rawError","line":15,"column":39,"suggestions":[{"messageId":"useGenericMessage","output":"import express from 'express';\nimport type { Response } from 'express';\nimport { runTool } from './tools.js';\n\nfunction sendError(res: Response, status: number, code: string, message: string): void {\n  res.status(status).json({ error: { code, message } });\n}\n\nexport const hostApi = express.Router();\n\nhostApi.post('/tools/:name', async (req, res) => {\n  try {\n    res.json(await runTool(req.params.name, req.body));\n  } catch (e) {\n    console.error(e);\n    sendError(res, 502, 'tool_error', 'Internal server error');\n  }\n});\n"}]}] },
  ],
});
