import rule from '../../src/rules/no-unsafe-promise-race';
import { ruleTester, FILES } from '../rule-tester';
import { desktopFixtures } from '../desktop-fixtures';

const helper = { prodready: { helperModules: { 'no-unsafe-promise-race': '@/lib/with-timeout' } } };

/** Portkey's sendWithTimeout: the timer "cleared" from its own callback, i.e. only after it fired. */
const OWN_CALLBACK_CLEAR =
  "import { Hono } from 'hono';\n\nconst app = new Hono();\n\nasync function sendWithTimeout(send: () => Promise<void>, timeoutMs = 200) {\n  const timeoutPromise = new Promise<void>((_, reject) => {\n    const id = setTimeout(() => {\n      clearTimeout(id);\n      reject(new Error('Write timeout'));\n    }, timeoutMs);\n  });\n  return Promise.race([send(), timeoutPromise]);\n}\n\napp.get('/ping', async (c) => {\n  await sendWithTimeout(() => notifyClients());\n  return c.text('ok');\n});\n\nexport default app;\n";
/** Twin: the same helper clearing its timer in finally, after the race. */
const FINALLY_CLEAR = OWN_CALLBACK_CLEAR.replace('  const timeoutPromise', '  let id: ReturnType<typeof setTimeout> | undefined;\n  const timeoutPromise')
  .replace('    const id = setTimeout(() => {\n      clearTimeout(id);\n', '    id = setTimeout(() => {\n')
  .replace('  return Promise.race([send(), timeoutPromise]);\n', '  try {\n    return await Promise.race([send(), timeoutPromise]);\n  } finally {\n    clearTimeout(id);\n  }\n');

ruleTester.run('no-unsafe-promise-race', rule, {
  valid: [
    // The timer cleared in finally after the race (the fixed form of Portkey's sendWithTimeout).
    { code: FINALLY_CLEAR, filename: 'src/start-server.ts' },
    // A heartbeat cleared after every race, through a non-null assertion (big-AGI's heartbeatsWhileAwaiting).
    { code: "export async function* heartbeatsWhileAwaiting<T>(operation: Promise<T>, intervalMs = 10_000) {\n  const settled = operation.then((result) => ({ ok: true as const, result })).catch((error) => ({ ok: false as const, error }));\n  while (true) {\n    let heartbeatTimer: ReturnType<typeof setTimeout>;\n    const heartbeat = new Promise<'beat'>((resolve) => {\n      heartbeatTimer = setTimeout(() => resolve('beat'), intervalMs);\n    });\n    const winner = await Promise.race([settled, heartbeat]);\n    clearTimeout(heartbeatTimer!);\n    if (winner !== 'beat') break;\n    yield { p: 'beat' as const };\n  }\n  const outcome = await settled;\n  if (!outcome.ok) throw outcome.error;\n  return outcome.result;\n}\n", filename: 'src/server/heartbeats.ts' },
    // React Native app code runs on the phone (linkwarden's mobile app).
    { code: "import { Alert } from \"react-native\";\n\nconst timeout = (ms: number) =>\n  new Promise<never>((_, reject) => setTimeout(() => reject(new Error(\"TIMEOUT\")), ms));\n\n// React Native app code: runs on the phone, not on a server.\nexport const isServerReachable = async (instance: string, ms = 30000) => {\n  try {\n    const res = await Promise.race([fetch(`${instance}/api/v1/config`), timeout(ms)]);\n    return res.ok;\n  } catch {\n    Alert.alert(\"Service temporarily unavailable\");\n    return false;\n  }\n};\n", filename: 'apps/mobile/lib/ensureCloudIsReachable.ts' },
    // Browser code waiting for an iframe it created (assistant-ui's safe-content-frame package): it runs in a tab.
    { code: "export function mountFrame(src: string) {\n  const iframe = document.createElement('iframe');\n  const loaded = new Promise<void>((resolve) => { iframe.onload = () => resolve(); });\n  iframe.src = `${src}?origin=${encodeURIComponent(window.location.origin)}`;\n  document.body.appendChild(iframe);\n  return {\n    loadedWithTimeout: (ms: number) =>\n      Promise.race([loaded, new Promise<void>((_, rej) => setTimeout(() => rej(new Error('Timeout')), ms))]),\n  };\n}\n", filename: "packages/safe-frame/src/index.ts" },
    // A browser extension racing chrome.tabs.sendMessage (karakeep; here outside its apps/browser-extension folder, which is device code anyway): browser code, and that API takes no signal.
    { code: "const CAPTURE_TIMEOUT_MS = 60_000;\n\nexport async function captureTab(tabId: number): Promise<{ html: string }> {\n  return await Promise.race([\n    chrome.tabs.sendMessage(tabId, { type: 'CAPTURE_PAGE' }),\n    new Promise<never>((_, reject) =>\n      setTimeout(() => reject(new Error('Capture timed out')), CAPTURE_TIMEOUT_MS),\n    ),\n  ]);\n}\n", filename: "src/utils/capture.ts" },

    // A bounded wait (documenso's local job dispatch): give the request 150 ms to leave, go on; it keeps running by design.
    {
      code: "export async function submit(endpoint: string, body: string) {\n  await Promise.race([\n    fetch(endpoint, { method: 'POST', body }).catch(() => null),\n    new Promise((resolve) => {\n      setTimeout(resolve, 150);\n    }),\n  ]);\n}\n",
      filename: 'packages/lib/jobs/client/local.ts',
    },
    // Graceful shutdown (midday's API and worker): the process exits right after the race.
    {
      code: "const shutdown = async () => {\n  const done = (async () => { await server.close(); })();\n  const timeoutPromise = new Promise<void>((resolve) => { setTimeout(resolve, 10_000); });\n  await Promise.race([done, timeoutPromise]);\n  process.exit(0);\n};\nprocess.on('SIGTERM', shutdown);\n",
      filename: 'apps/api/src/index.ts',
    },
    // Races without timers: mirrors, first-of-N.
    { code: 'const r = await Promise.race([fetch(a), fetch(b)]); setTimeout(x, 1);', filename: FILES.route },
    { code: 'const r = await Promise.race(promises); setTimeout(x, 1);', filename: FILES.lib },
    { code: 'const r = await Promise.race(this.inFlight.values()); setTimeout(x, 1);', filename: FILES.lib },
    { code: "await Promise.race([once(res, 'drain'), closed]); setTimeout(x, 1);", filename: FILES.pagesApi },
    // Timer cleared in finally (the race itself is fine on the timer side).
    {
      code: `export async function withSetupActionTimeout<T>(action: Promise<T>, timeoutMs: number): Promise<T> {
  let timeoutId: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timeoutId = setTimeout(() => reject(new Error('timed out')), timeoutMs);
  });
  try {
    return await Promise.race([action, timeout]);
  } finally {
    if (timeoutId !== undefined) clearTimeout(timeoutId);
  }
}`,
      filename: FILES.lib,
    },
    // Timer cleared and work aborted: the hardened form.
    {
      code: `export async function GET() {
  const controller = new AbortController();
  let timer;
  try {
    return await Promise.race([
      fetch('https://api.example.com', { signal: controller.signal }),
      new Promise((_, reject) => { timer = setTimeout(() => { controller.abort(); reject(new Error('t')); }, 5000); }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}`,
      filename: FILES.jsRoute,
    },
    // Work receives a signal (it is aborted), even though the timer is not cleared.
    {
      code: `const ac = new AbortController();
const res = await Promise.race([
  fetch(url, { signal: ac.signal }),
  new Promise((_, reject) => setTimeout(() => { ac.abort(); reject(new Error('timeout')); }, 3000)),
]);`,
      filename: FILES.route,
    },
    {
      code: `export async function POST(req: Request) {
  const p = openai.chat.completions.create(body, { signal: req.signal });
  return Promise.race([p, new Promise((_, r) => setTimeout(r, 1000))]);
}`,
      filename: FILES.route,
    },
    // The work receives a parameter typed AbortSignal, whatever its name (firecrawl's sitemap crawl: `abort?: AbortSignal`).
    {
      code: `export class Crawler {
  async tryGetSitemap(timeout = 120000, abort?: AbortSignal): Promise<number> {
    const timeoutPromise = new Promise<never>((_, reject) => {
      setTimeout(() => reject(new Error('Sitemap fetch timeout')), timeout);
    });
    return (await Promise.race([this.fetchSitemapLinks(this.url, abort), timeoutPromise])) as number;
  }
}`,
      filename: 'src/scraper/crawler.ts',
    },
    // Timer handle stored and cleared with .finally.
    {
      code: `let t;
const result = await Promise.race([work(), new Promise((_, rej) => { t = setTimeout(rej, 10); })]).finally(() => clearTimeout(t));`,
      filename: FILES.lib,
    },
    // Timer handle on an object, cleared elsewhere.
    {
      code: `class Lock { async wait() { await Promise.race([this.p, new Promise((r) => { this.timer = setTimeout(r, 100); })]); clearTimeout(this.timer); } }`,
      filename: FILES.lib,
    },
    // A deadline helper from another module: we cannot see its timer.
    {
      code: `const deadline = rejectAfter(5000, 'deadline'); try { return await Promise.race([sync, deadline.promise]); } finally { deadline.cancel(); } setTimeout(x, 1);`,
      filename: FILES.lib,
    },
    // Imported sleep: not visible.
    { code: "import { sleep } from './utils';\nawait Promise.race([query, sleep(100)]); setTimeout(x, 1);", filename: FILES.lib },
    // timers/promises setTimeout with a signal.
    {
      code: "import { setTimeout as delay } from 'node:timers/promises';\nconst ac = new AbortController();\nawait Promise.race([work(), delay(100, undefined, { signal: ac.signal })]);",
      filename: FILES.lib,
    },
    // Client code, test files.
    {
      code: "'use client';\nconst r = await Promise.race([fetch('/api/x'), new Promise((_, rej) => setTimeout(rej, 1000))]);",
      filename: FILES.component,
    },
    {
      code: 'const r = await Promise.race([page.waitForSelector(x), new Promise((_, rej) => setTimeout(rej, 1000))]);',
      filename: 'e2e/auth.spec.ts',
    },
    {
      code: 'const r = await Promise.race([load(), new Promise((_, rej) => setTimeout(rej, 1000))]);',
      filename: 'hooks/useThing.ts',
    },
    // Ignored by option.
    {
      code: 'const r = await Promise.race([load(), new Promise((_, rej) => setTimeout(rej, 1000))]);',
      filename: 'scripts/fetch-prompts.mjs',
      options: [{ ignoreFiles: ['scripts/**'] }],
    },
    // Not Promise.race.
    { code: 'await horse.race([a, new Promise((r) => setTimeout(r, 1))]);', filename: FILES.lib },
  ],
  invalid: [
    // A file that declares its own `withTimeout` (another shape): no rewrite to the snippet's.
    {"code":"import 'server-only';\n\nexport function withTimeout(ms: number): AbortSignal {\n  return AbortSignal.timeout(ms);\n}\n\nexport async function summarize(text: string) {\n  return Promise.race([\n    fetch('https://api.example.com/summarize', { method: 'POST', body: text }),\n    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 10_000)),\n  ]);\n}\n","filename":"lib/ai.ts","errors":[{"messageId":"unsafeRace","line":8,"column":10,"suggestions":[]}]},
    // The same race in a server module that imports a server SDK: reported.
    {
      code: "import 'server-only';\nexport function renderPage(url: string, load: () => Promise<void>) {\n  const note = `document.createElement is not available on ${url}`;\n  return Promise.race([load(), new Promise<void>((_, rej) => setTimeout(() => rej(new Error(note)), 5000))]);\n}\n",
      filename: "lib/render.ts",
      settings: helper,
      errors: [{ messageId: 'unsafeRace', line: 4, suggestions: [{ messageId: 'useWithTimeout', output: "import 'server-only';\nimport { withTimeout } from '@/lib/with-timeout';\nexport function renderPage(url: string, load: () => Promise<void>) {\n  const note = `document.createElement is not available on ${url}`;\n  return withTimeout((signal) => load(), 5000);\n}\n" }] }],
    },
    // Twin: the same race whose parameter is not a signal (`mock?: string`): the work cannot be aborted.
    {
      code: `export class Crawler {
  async tryGetSitemap(timeout = 120000, mock?: string): Promise<number> {
    const timeoutPromise = new Promise<never>((_, reject) => {
      setTimeout(() => reject(new Error('Sitemap fetch timeout')), timeout);
    });
    return (await Promise.race([this.fetchSitemapLinks(this.url, mock), timeoutPromise])) as number;
  }
}`,
      filename: 'src/scraper/crawler.ts',
      errors: [{ messageId: 'unsafeRace', line: 6, column: 19, suggestions: [] }],
    },
    // clearTimeout(id) inside the timer's own callback runs after it fired: when the work wins, the timer still runs out (Portkey).
    { code: OWN_CALLBACK_CLEAR, filename: 'src/start-server.ts', errors: [{ messageId: 'unsafeRace', line: 12 }] },
    // Twin of the heartbeat: without the clearTimeout the timer outlives a fast operation.
    { code: "export async function* heartbeatsWhileAwaiting<T>(operation: Promise<T>, intervalMs = 10_000) {\n  const settled = operation.then((result) => ({ ok: true as const, result })).catch((error) => ({ ok: false as const, error }));\n  while (true) {\n    let heartbeatTimer: ReturnType<typeof setTimeout>;\n    const heartbeat = new Promise<'beat'>((resolve) => {\n      heartbeatTimer = setTimeout(() => resolve('beat'), intervalMs);\n    });\n    const winner = await Promise.race([settled, heartbeat]);\n    if (winner !== 'beat') break;\n    yield { p: 'beat' as const };\n  }\n  const outcome = await settled;\n  if (!outcome.ok) throw outcome.error;\n  return outcome.result;\n}\n", filename: 'src/server/heartbeats.ts', errors: [{ messageId: 'unsafeRace', line: 8, column: 26, suggestions: [] }] },
    // The same race in server-side lib code is reported.
    { code: "\nconst timeout = (ms: number) =>\n  new Promise<never>((_, reject) => setTimeout(() => reject(new Error(\"TIMEOUT\")), ms));\n\n// React Native app code: runs on the phone, not on a server.\nexport const isServerReachable = async (instance: string, ms = 30000) => {\n  try {\n    const res = await Promise.race([fetch(`${instance}/api/v1/config`), timeout(ms)]);\n    return res.ok;\n  } catch {\n    console.error(\"Service temporarily unavailable\");\n    return false;\n  }\n};\n", filename: 'apps/web/lib/ensureCloudIsReachable.ts', errors: [{ messageId: 'unsafeRace', line: 8, column: 23, suggestions: [] }] },
    // Twin: the same race over a fetch.
    {
      code: "const CAPTURE_TIMEOUT_MS = 60_000;\n\nexport async function captureTab(tabId: number): Promise<{ html: string }> {\n  return await Promise.race([\n    fetch(`https://capture.example.com/${tabId}`).then((r) => r.json()),\n    new Promise<never>((_, reject) =>\n      setTimeout(() => reject(new Error('Capture timed out')), CAPTURE_TIMEOUT_MS),\n    ),\n  ]);\n}\n",
      filename: "src/utils/capture.ts",
      settings: {"prodready": {"helperModules": {"no-unsafe-promise-race": "@/lib/with-timeout"}}},
      errors: [{ messageId: 'unsafeRace', line: 4, column: 16, suggestions: [{ messageId: 'useWithTimeout', output: "import { withTimeout } from '@/lib/with-timeout';\nconst CAPTURE_TIMEOUT_MS = 60_000;\n\nexport async function captureTab(tabId: number): Promise<{ html: string }> {\n  return await withTimeout((signal) => fetch(`https://capture.example.com/${tabId}`).then((r) => r.json()), CAPTURE_TIMEOUT_MS);\n}\n" }] }],
    },

    // The winner is used (a readiness wait that returns false on timeout): the timer is a timeout.
    {
      code: "export function waitForReady(ms = 2000): Promise<boolean> {\n  return Promise.race([connect().then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms))]);\n}\n",
      filename: 'lib/server/redis.ts',
      errors: [{ messageId: 'unsafeRace', line: 2 }],
    },
    // Unused result, but the timer rejects: a timeout whose work is not aborted.
    {
      code: "export async function POST() {\n  await Promise.race([generate(), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 20000))]);\n  return Response.json({ ok: true });\n}\n",
      filename: FILES.route,
      errors: [{ messageId: 'unsafeRace', line: 2, suggestions: [{ messageId: "useWithTimeout", output: "export async function POST() {\n  await withTimeout((signal) => generate(), 20000);\n  return Response.json({ ok: true });\n}\n\n/** Thrown (and used as the abort reason) when the work does not settle in time. */\nclass TimeoutError extends Error {\n  readonly timeoutMs: number;\n\n  constructor(timeoutMs: number) {\n    super(`Operation timed out after ${timeoutMs} ms`);\n    this.name = 'TimeoutError';\n    this.timeoutMs = timeoutMs;\n  }\n}\n\nconst DEFAULT_TIMEOUT_MS = 10_000;\n\n/**\n * Runs `work` with a deadline. The work receives an AbortSignal: pass it on (`fetch(url, { signal })`,\n * `openai.chat.completions.create(body, { signal })`, `generateText({ ..., abortSignal: signal })`) so\n * the losing request is cancelled instead of running and billing in the background. The timer is\n * cleared on every path, so it never outlives the call. An optional `parent` signal (e.g.\n * `request.signal`) cancels the work too when the client goes away.\n */\nasync function withTimeout<T>(\n  work: (signal: AbortSignal) => Promise<T>,\n  ms: number = DEFAULT_TIMEOUT_MS,\n  parent?: AbortSignal,\n): Promise<T> {\n  const controller = new AbortController();\n  const onParentAbort = (): void => controller.abort(parent?.reason);\n  if (parent?.aborted) controller.abort(parent.reason);\n  else parent?.addEventListener('abort', onParentAbort, { once: true });\n\n  let timer: ReturnType<typeof setTimeout> | undefined;\n  const deadline = new Promise<never>((_, reject) => {\n    timer = setTimeout(() => {\n      const error = new TimeoutError(ms);\n      controller.abort(error);\n      reject(error);\n    }, ms);\n  });\n\n  try {\n    return await Promise.race([work(controller.signal), deadline]);\n  } finally {\n    clearTimeout(timer);\n    parent?.removeEventListener('abort', onParentAbort);\n  }\n}\n" }] }],
    },
    // process.exit somewhere later, not right after the race: the handler goes on serving.
    {
      code: "export async function GET() {\n  const r = await Promise.race([load(), new Promise((resolve) => setTimeout(resolve, 500))]);\n  if (!r) return Response.json({});\n  process.exit(1);\n}\n",
      filename: FILES.route,
      errors: [{ messageId: 'unsafeRace', line: 2 }],
    },
    // Seed 003: inline AI timeout in a route.
    {
      code: `export async function POST(request: Request) {
  const intent = (await Promise.race([
    parser.parseCampaignIntent(prompt, []),
    new Promise((_, reject) => setTimeout(() => reject(new Error('AI request timeout')), 20000)),
  ])) as CampaignIntent;
  return Response.json(intent);
}`,
      filename: FILES.route,
      settings: helper,
      errors: [
        {
          messageId: 'unsafeRace',
          line: 2,
          column: 25,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'useWithTimeout',
              data: { ms: '20000' },
              output: `import { withTimeout } from '@/lib/with-timeout';
export async function POST(request: Request) {
  const intent = (await withTimeout((signal) => parser.parseCampaignIntent(prompt, []), 20000)) as CampaignIntent;
  return Response.json(intent);
}`,
            },
          ],
        },
      ],
    },
    // Seed 000: the withTimeout helper itself (no suggestion: the helper needs replacing, not calling).
    {
      code: `export function withTimeout(promise, ms, errorMessage) {
  return Promise.race([
    promise,
    new Promise((_, reject) =>
      setTimeout(() => reject(new Error(errorMessage)), ms)
    ),
  ])
}`,
      filename: 'lib/api/timeout.js',
      errors: [{ messageId: 'unsafeRace', line: 2, column: 10, suggestions: [] }],
    },
    // Timer promise held in a local const; fetch gets the signal threaded in.
    {
      code: `export async function GET() {
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 5000));
  const res = await Promise.race([fetch('https://api.example.com/data'), timeout]);
  return Response.json(await res.json());
}`,
      filename: FILES.route,
      errors: [{ messageId: 'unsafeRace', line: 3, column: 21, suggestions: [] }],
    },
    // Inline fetch: suggestion threads the signal into the options (helper inlined).
    {
      code: `export default async function handler(req, res) {
  const r = await Promise.race([
    fetch(url, { method: 'POST' }),
    new Promise((_, reject) => setTimeout(() => reject(new Error('t')), 3000)),
  ]);
  res.json(await r.json());
}`,
      filename: 'pages/api/proxy.js',
      errors: [
        {
          messageId: 'unsafeRace',
          line: 2,
          suggestions: [
            {
              messageId: 'useWithTimeout',
              data: { ms: '3000' },
              output: `export default async function handler(req, res) {
  const r = await withTimeout((signal) => fetch(url, { method: 'POST', signal }), 3000);
  res.json(await r.json());
}

/** Thrown (and used as the abort reason) when the work does not settle in time. */
class TimeoutError extends Error {
  timeoutMs;

  constructor(timeoutMs) {
    super(\`Operation timed out after \${timeoutMs} ms\`);
    this.name = 'TimeoutError';
    this.timeoutMs = timeoutMs;
  }
}

const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * Runs \`work\` with a deadline. The work receives an AbortSignal: pass it on (\`fetch(url, { signal })\`,
 * \`openai.chat.completions.create(body, { signal })\`, \`generateText({ ..., abortSignal: signal })\`) so
 * the losing request is cancelled instead of running and billing in the background. The timer is
 * cleared on every path, so it never outlives the call. An optional \`parent\` signal (e.g.
 * \`request.signal\`) cancels the work too when the client goes away.
 */
async function withTimeout(
  work,
  ms = DEFAULT_TIMEOUT_MS,
  parent,
) {
  const controller = new AbortController();
  const onParentAbort = () => controller.abort(parent?.reason);
  if (parent?.aborted) controller.abort(parent.reason);
  else parent?.addEventListener('abort', onParentAbort, { once: true });

  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => {
      const error = new TimeoutError(ms);
      controller.abort(error);
      reject(error);
    }, ms);
  });

  try {
    return await Promise.race([work(controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
    parent?.removeEventListener('abort', onParentAbort);
  }
}
`,
            },
          ],
        },
      ],
    },
    // fetch without options; generateText; OpenAI create.
    {
      code: "const r = await Promise.race([fetch(url), new Promise((_, rej) => setTimeout(rej, 1000))]);",
      filename: FILES.route,
      settings: helper,
      errors: [
        {
          messageId: 'unsafeRace',
          suggestions: [
            {
              messageId: 'useWithTimeout',
              data: { ms: '1000' },
              output: "import { withTimeout } from '@/lib/with-timeout';\nconst r = await withTimeout((signal) => fetch(url, { signal }), 1000);",
            },
          ],
        },
      ],
    },
    {
      code: "import { generateText } from 'ai';\nconst r = await Promise.race([generateText({ model, prompt }), new Promise((_, rej) => setTimeout(rej, 1000))]);",
      filename: FILES.action,
      settings: helper,
      errors: [
        {
          messageId: 'unsafeRace',
          suggestions: [
            {
              messageId: 'useWithTimeout',
              data: { ms: '1000' },
              output:
                "import { generateText } from 'ai';\nimport { withTimeout } from '@/lib/with-timeout';\nconst r = await withTimeout((signal) => generateText({ model, prompt, abortSignal: signal }), 1000);",
            },
          ],
        },
      ],
    },
    {
      code: 'const c = await Promise.race([openai.chat.completions.create(body), new Promise((_, rej) => setTimeout(rej, 1000))]);',
      filename: FILES.lib,
      settings: helper,
      errors: [
        {
          messageId: 'unsafeRace',
          suggestions: [
            {
              messageId: 'useWithTimeout',
              data: { ms: '1000' },
              output:
                "import { withTimeout } from '@/lib/with-timeout';\nconst c = await withTimeout((signal) => openai.chat.completions.create(body, { signal }), 1000);",
            },
          ],
        },
      ],
    },
    // Local helper `timeoutPromise(ms)` defined in the same file (NextChat scripts).
    {
      code: `const timeoutPromise = (timeout) => new Promise((resolve, reject) => { setTimeout(() => reject(new Error('Request timeout')), timeout); });
async function fetchCN() {
  const response = await Promise.race([fetch(CN_URL), timeoutPromise(5000)]);
  return response.json();
}`,
      filename: 'scripts/fetch-prompts.mjs',
      errors: [{ messageId: 'unsafeRace', line: 3, suggestions: [] }],
    },
    {
      code: `function timeout(ms: number) { return new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms)); }
export async function GET() { return Response.json(await Promise.race([db.query(), timeout(2000)])); }`,
      filename: FILES.route,
      errors: [{ messageId: 'unsafeRace', line: 2, suggestions: [] }],
    },
    // Soft deadline that resolves with a fallback: the timer still leaks and the work keeps running.
    {
      code: `const stats = await Promise.race([statsPromise, new Promise<null>((resolve) => setTimeout(() => resolve(null), 2000))]);`,
      filename: 'utils/ai/stats.ts',
      errors: [{ messageId: 'unsafeRace', data: { what: 'settles on a timer' }, suggestions: [] }],
    },
    // Timer id stored but never cleared.
    {
      code: `const records = await Promise.race([dns.resolve(domain), new Promise((_, reject) => { const id = setTimeout(() => reject(new Error('DNS Timeout')), 3000); })]);`,
      filename: FILES.pagesApi,
      settings: helper,
      errors: [
        {
          messageId: 'unsafeRace',
          suggestions: [
            {
              messageId: 'useWithTimeout',
              data: { ms: '3000' },
              output:
                "import { withTimeout } from '@/lib/with-timeout';\nconst records = await withTimeout((signal) => dns.resolve(domain), 3000);",
            },
          ],
        },
      ],
    },
    // timers/promises without a signal; a class method wrapping a Redis call.
    {
      code: "import { setTimeout as sleep } from 'node:timers/promises';\nawait Promise.race([work(), sleep(100).then(() => { throw new Error('t'); })]);\nawait Promise.race([work(), sleep(100)]);",
      filename: FILES.lib,
      errors: [{ messageId: 'unsafeRace', line: 3 }],
    },
    {
      code: `export class CacheService {
  private async withTimeout<T>(operation: Promise<T>, timeoutMs = 1000): Promise<T> {
    return Promise.race([
      operation,
      new Promise<T>((_, reject) => {
        setTimeout(() => { reject(new Error('Cache operation timeout')); }, timeoutMs);
      }),
    ]);
  }
}`,
      filename: 'packages/cache/src/service.ts',
      errors: [{ messageId: 'unsafeRace', line: 3, suggestions: [] }],
    },
  ],
});

const desktop = desktopFixtures('no-unsafe-promise-race');

// A desktop app's code: rowboat's apps/x/packages/core/src/apps/host-api.ts races an agent run against a timer
ruleTester.run('no-unsafe-promise-race (code of a desktop app)', rule, {
  valid: [
    // a package that only the workspace's Electron app depends on: no function bills while the run goes on
    { code: "import { waitForRunCompletion } from './runs.js';\n\nconst RUN_TIMEOUT_MS = 120_000;\n\nexport async function runAndWait(runId: string): Promise<void> {\n  await Promise.race([\n    waitForRunCompletion(runId),\n    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), RUN_TIMEOUT_MS)),\n  ]);\n}\n", filename: desktop.desktopCore('src/apps/copilot-run.ts') },
  ],
  invalid: [
    // twin: the same package imported by a Next app of the workspace too
    { code: "import { waitForRunCompletion } from './runs.js';\n\nconst RUN_TIMEOUT_MS = 120_000;\n\nexport async function runAndWait(runId: string): Promise<void> {\n  await Promise.race([\n    waitForRunCompletion(runId),\n    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), RUN_TIMEOUT_MS)),\n  ]);\n}\n", filename: desktop.sharedCore('src/apps/copilot-run.ts'), errors: [{"messageId":"unsafeRace","line":6,"column":9,"suggestions":[{"messageId":"useWithTimeout","output":"import { waitForRunCompletion } from './runs.js';\n\nconst RUN_TIMEOUT_MS = 120_000;\n\nexport async function runAndWait(runId: string): Promise<void> {\n  await withTimeout((signal) => waitForRunCompletion(runId), RUN_TIMEOUT_MS);\n}\n\n/** Thrown (and used as the abort reason) when the work does not settle in time. */\nclass TimeoutError extends Error {\n  readonly timeoutMs: number;\n\n  constructor(timeoutMs: number) {\n    super(`Operation timed out after ${timeoutMs} ms`);\n    this.name = 'TimeoutError';\n    this.timeoutMs = timeoutMs;\n  }\n}\n\nconst DEFAULT_TIMEOUT_MS = 10_000;\n\n/**\n * Runs `work` with a deadline. The work receives an AbortSignal: pass it on (`fetch(url, { signal })`,\n * `openai.chat.completions.create(body, { signal })`, `generateText({ ..., abortSignal: signal })`) so\n * the losing request is cancelled instead of running and billing in the background. The timer is\n * cleared on every path, so it never outlives the call. An optional `parent` signal (e.g.\n * `request.signal`) cancels the work too when the client goes away.\n */\nasync function withTimeout<T>(\n  work: (signal: AbortSignal) => Promise<T>,\n  ms: number = DEFAULT_TIMEOUT_MS,\n  parent?: AbortSignal,\n): Promise<T> {\n  const controller = new AbortController();\n  const onParentAbort = (): void => controller.abort(parent?.reason);\n  if (parent?.aborted) controller.abort(parent.reason);\n  else parent?.addEventListener('abort', onParentAbort, { once: true });\n\n  let timer: ReturnType<typeof setTimeout> | undefined;\n  const deadline = new Promise<never>((_, reject) => {\n    timer = setTimeout(() => {\n      const error = new TimeoutError(ms);\n      controller.abort(error);\n      reject(error);\n    }, ms);\n  });\n\n  try {\n    return await Promise.race([work(controller.signal), deadline]);\n  } finally {\n    clearTimeout(timer);\n    parent?.removeEventListener('abort', onParentAbort);\n  }\n}\n"}]}] },
  ],
});
