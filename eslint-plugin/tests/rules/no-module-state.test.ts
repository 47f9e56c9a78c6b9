import rule from '../../src/rules/no-module-state';
import { ruleTester, FILES } from '../rule-tester';

// Helper modules configured or not, only the mechanical Map → createCache() rewrite is offered as a suggestion.
const cacheModule = { prodready: { helperModules: { 'no-module-state': '@/lib/shared-cache' } } };
const limiterModule = { prodready: { helperModules: { 'no-module-state.ratelimit': '@/lib/rate-limit' } } };
const bothModules = {
  prodready: { helperModules: { 'no-module-state': '@/lib/shared-cache', 'no-module-state.ratelimit': '@/lib/rate-limit' } },
};
const TOKEN_BUCKET =
  "class TokenBucketLimiter {\n  private tokens: Map<string, number> = new Map();\n  take(key: string) { this.tokens.set(key, (this.tokens.get(key) ?? 10) - 1); }\n}\nexport default new TokenBucketLimiter();\n";
const RATE_STORE =
  "const rateLimitStore = new Map<string, { count: number; resetTime: number }>();\nexport function rateLimit(ip: string) {\n  const now = Date.now();\n  const e = rateLimitStore.get(ip);\n  if (!e || e.resetTime < now) { rateLimitStore.set(ip, { count: 1, resetTime: now + 60000 }); return true; }\n  e.count++;\n  return e.count <= 10;\n}\n";
const TODOS =
  "let todos = [];\nlet requestCount = 0;\nexport default function handler(req, res) {\n  requestCount++;\n  if (req.method === 'POST') todos.push(req.body);\n  res.json(todos);\n}\n";
const SESSIONS =
  "const sessions: Record<string, string> = {};\nconst processed = new Set<string>();\nexport async function POST(req: Request) {\n  const { id, user } = await req.json();\n  if (processed.has(id)) return new Response(null);\n  processed.add(id);\n  sessions[id] = user;\n  return new Response(null);\n}\n";
const REMEMBER =
  "const cache = new Map();\nfunction remember(store, k, v) { store.set(k, v); }\nexport async function GET(req) {\n  remember(cache, req.url, await load());\n  return Response.json({});\n}\n";
const DRAFTS = "'use server';\nconst drafts = new Map();\nexport async function saveDraft(id, text) {\n  const d = drafts;\n  d.set(id, text);\n}\n";
const STATIC_STORE =
  "import 'server-only';\nexport class Store {\n  static cache = new Map<string, string>();\n  static put(k: string, v: string) { Store.cache.set(k, v); }\n}\n";
const CACHED_PRICES =
  "let cachedPrices = null;\nlet fetchedAt = 0;\nexport async function GET() {\n  if (cachedPrices) return Response.json(cachedPrices);\n  cachedPrices = await fetchPrices();\n  fetchedAt = Date.now();\n  return Response.json(cachedPrices);\n}\n";
/** The same cache with a TTL: a one-slot cache of data that is the same for everyone, at most a minute stale per instance. */
const CACHED_PRICES_TTL = CACHED_PRICES.replace('if (cachedPrices) return', 'if (cachedPrices && Date.now() - fetchedAt < 60000) return');
const PARTS = 'const parts = [];\nexport function add(p) { parts.push(p); }';
/** A memo keyed by request data (seed-style: the route caches its answer per prompt). */
const PROMPT_MEMO =
  "const answerCache = new Map<string, string>();\nexport async function POST(req: Request) {\n  const { prompt } = (await req.json()) as { prompt: string };\n  const hit = answerCache.get(prompt);\n  if (hit) return Response.json({ answer: hit });\n  const answer = prompt.trim().toUpperCase();\n  answerCache.set(prompt, answer);\n  return Response.json({ answer });\n}\n";
/** Values that are not a pure function of the key: a flag, the clock, another argument, a lookup, an action's argument. */
const NOT_DERIVED =
  "import { getUserProfile } from '@/lib/users';\nconst seenCache = new Map<string, boolean>();\nexport function mark(id: string) { seenCache.set(id, true); }\nconst touchedCache = new Map<string, number>();\nexport function touch(id: string) { touchedCache.set(id, Date.now()); }\nconst dataCache: Record<string, unknown> = {};\nexport function save(id: string, data: unknown) { dataCache[id] = { id, data }; }\nconst profileCache = new Map();\nexport function profile(id: string) { profileCache.set(id, getUserProfile(id)); }\n";

/**
 * A memo of text computed synchronously from every input of its key (prodready's own inlined snippet
 * helpers): a regex's `exec`, a lookup in a Map the helper builds itself, an array's `find`, callbacks in
 * the locals the value is built from. The twins read a module-level Map (state) or call a database's `exec`.
 */
const PURE_TEXT_MEMO = (lookup: string, exec: string) =>
  `const LINK = /^import\\s+\\{([^}]*)\\}/;\n${lookup === 'index.get' ? '' : 'const shared = new Map<string, number>();\n'}function importedNames(line: string): string[] {\n  const m = ${exec}(line);\n  return m?.[1] ? m[1].split(',').map((s) => s.trim()) : [];\n}\nfunction prune(body: string, wanted: readonly string[]): string {\n  const blocks = body.split('\\n\\n');\n  const index = new Map(blocks.map((b, i) => [b.split(' ')[1] ?? '', i]));\n  const keep = wanted.map((w) => ${lookup}(w)).filter((i): i is number => i !== undefined);\n  const head = blocks.find((b) => b.startsWith('//')) ?? '';\n  return [head, ...keep.map((i) => blocks[i])].join('\\n\\n');\n}\nconst inlinedCache = new Map<string, { importLines: string[]; body: string }>();\nexport function inlinedHelper(snippet: { id: string; code: string }, js: boolean, names: readonly string[]) {\n  const key = \`\${snippet.id}\\0\${js}\\0\${names.join(',')}\`;\n  const hit = inlinedCache.get(key);\n  if (hit) return hit;\n  const lines = snippet.code.split('\\n');\n  const needed = prune(lines.filter((l) => !/^import\\s/.test(l)).join('\\n'), names);\n  const importLines = lines.filter((l) => importedNames(l).some((n) => new RegExp(\`\\\\b\${n}\\\\b\`).test(needed)));\n  const result = { importLines, body: js ? needed : needed.trim() };\n  inlinedCache.set(key, result);\n  return result;\n}\n`;

/** morphic's dev-only perf counters: only logged, reset per instance. */
const PERF_COUNTERS =
  '/**\n * Debug counters for ENABLE_PERF_LOGGING=true. Only ever logged; no logic depends on them.\n */\nlet authCallCount = 0\nlet dbOperationCount = 0\n\nexport function incrementAuthCallCount() {\n  authCallCount++\n  return authCallCount\n}\n\nexport function incrementDbOperationCount() {\n  dbOperationCount++\n  return dbOperationCount\n}\n\nexport function resetAllCounters() {\n  authCallCount = 0\n  dbOperationCount = 0\n}\n';

/** big-AGI's browser event bus: a history array written only in debug mode (twin: written on every emit). */
const EVENT_BUS = (debugOnly: boolean) => (debugOnly ? "import EventEmitter from 'eventemitter3';\n\ntype EventHistoryEntry = { domain: string; name: string; payload: unknown };\n\nexport class EventBus {\n  #emitter = new EventEmitter();\n  #debug = false;\n  #debugHistory: EventHistoryEntry[] = [];\n\n  emit(domain: string, name: string, payload: unknown): void {\n    if (this.#debug) {\n      this.#debugHistory.push({ domain, name, payload });\n      if (this.#debugHistory.length > 1000) this.#debugHistory.shift();\n    }\n    this.#emitter.emit(`${domain}:${name}`, payload);\n  }\n\n  setDebug(enabled: boolean): void {\n    this.#debug = enabled;\n  }\n}\n\nexport const appEvents = new EventBus();\n" : "import EventEmitter from 'eventemitter3';\n\ntype EventHistoryEntry = { domain: string; name: string; payload: unknown };\n\nexport class EventBus {\n  #emitter = new EventEmitter();\n  #debug = false;\n  #debugHistory: EventHistoryEntry[] = [];\n\n  emit(domain: string, name: string, payload: unknown): void {\n    this.#debugHistory.push({ domain, name, payload });\n    if (this.#debugHistory.length > 1000) this.#debugHistory.shift();\n    this.#emitter.emit(`${domain}:${name}`, payload);\n  }\n\n  setDebug(enabled: boolean): void {\n    this.#debug = enabled;\n  }\n}\n\nexport const appEvents = new EventBus();\n");
/** big-AGI's tiktoken encoder memo, whose fallback stores another memo's factory result (twin: reads per-user entries). */
const TOKEN_ENCODERS = (perUser: boolean) => (perUser ? "import type { Tiktoken, TiktokenEncoding, TiktokenModel } from 'tiktoken';\n\nlet get_encoding: ((encoding: TiktokenEncoding) => Tiktoken) | null = null;\nlet encoding_for_model: ((model: TiktokenModel) => Tiktoken) | null = null;\n\nexport async function preload(): Promise<void> {\n  const tiktoken = await import('tiktoken');\n  get_encoding = tiktoken.get_encoding;\n  encoding_for_model = tiktoken.encoding_for_model;\n}\n\nconst tokenEncoders: { [modelId: string]: Tiktoken } = {};\nconst tokenizerCache: { [encodingId: string]: Tiktoken } = {};\n\nexport function setUserTokenizer(userId: string, tokenizer: Tiktoken): void {\n  tokenizerCache[userId] = tokenizer;\n}\n\nexport function countTokens(text: string, modelRef: string, userId: string): number | null {\n  if (!encoding_for_model || !get_encoding) return null;\n  if (!(modelRef in tokenEncoders)) {\n    try {\n      tokenEncoders[modelRef] = encoding_for_model(modelRef as TiktokenModel);\n    } catch {\n      tokenEncoders[modelRef] = tokenizerCache[userId];\n    }\n  }\n  return tokenEncoders[modelRef]?.encode(text).length ?? 0;\n}\n" : "import type { Tiktoken, TiktokenEncoding, TiktokenModel } from 'tiktoken';\n\nlet get_encoding: ((encoding: TiktokenEncoding) => Tiktoken) | null = null;\nlet encoding_for_model: ((model: TiktokenModel) => Tiktoken) | null = null;\n\nexport async function preload(): Promise<void> {\n  const tiktoken = await import('tiktoken');\n  get_encoding = tiktoken.get_encoding;\n  encoding_for_model = tiktoken.encoding_for_model;\n}\n\nconst tokenEncoders: { [modelId: string]: Tiktoken } = {};\nconst tokenizerCache: { [encodingId: string]: Tiktoken } = {};\n\nexport function countTokens(text: string, modelRef: string): number | null {\n  if (!encoding_for_model || !get_encoding) return null;\n  if (!(modelRef in tokenEncoders)) {\n    try {\n      tokenEncoders[modelRef] = encoding_for_model(modelRef as TiktokenModel);\n    } catch {\n      if (!('cl100k_base' in tokenizerCache)) tokenizerCache['cl100k_base'] = get_encoding('cl100k_base');\n      tokenEncoders[modelRef] = tokenizerCache['cl100k_base'];\n    }\n  }\n  return tokenEncoders[modelRef]?.encode(text).length ?? 0;\n}\n");
/** big-AGI's `let` holding a lazily imported module's function (twin: the first caller's OCR text). */
const OCR_IMPORT = (result: boolean) => (result ? "import type { recognize as TesseractRecognize } from 'tesseract.js';\n\n// Cache the Tesseract module to avoid re-importing on every call\nlet cachedText: string | null = null;\n\nexport async function ocrImage(imageData: Blob | string): Promise<string> {\n  if (!cachedText) {\n    const tesseract = await import('tesseract.js');\n    cachedText = (await tesseract.recognize(imageData)).data.text;\n  }\n  return cachedText;\n}\n" : "import type { recognize as TesseractRecognize } from 'tesseract.js';\n\n// Cache the Tesseract module to avoid re-importing on every call\nlet cachedRecognize: typeof TesseractRecognize | null = null;\n\nasync function getTesseractRecognize(): Promise<typeof TesseractRecognize> {\n  if (!cachedRecognize) {\n    const tesseract = await import('tesseract.js');\n    cachedRecognize = tesseract.recognize;\n  }\n  return cachedRecognize;\n}\n\nexport async function ocrImage(imageData: Blob | string): Promise<string> {\n  const recognize = await getTesseractRecognize();\n  const { data } = await recognize(imageData);\n  return data.text;\n}\n");

/** medusa's middleware: a map of regions by country code, refilled when the holder's stamp is an hour old; `key` is the map's key. */
const REGION_MAP_CACHE = (key: string) =>
  `import { NextRequest, NextResponse } from 'next/server';\n\nconst regionMapCache = {\n  regionMap: new Map<string, Region>(),\n  regionMapUpdated: Date.now(),\n};\n\nasync function getRegionMap() {\n  const { regionMap, regionMapUpdated } = regionMapCache;\n  if (!regionMap.keys().next().value || regionMapUpdated < Date.now() - 3600 * 1000) {\n    const { regions } = await fetch(\`\${process.env.BACKEND_URL}/store/regions\`, { signal: AbortSignal.timeout(5000) }).then((r) => r.json());\n    regions.forEach((region: Region) => {\n      region.countries?.forEach((c) => {\n        regionMapCache.regionMap.set(${key}, region);\n      });\n    });\n    regionMapCache.regionMapUpdated = Date.now();\n  }\n  return regionMapCache.regionMap;\n}\n\nexport async function middleware(request: NextRequest) {\n  const regionMap = await getRegionMap();\n  return NextResponse.next({ headers: { 'x-regions': String(regionMap.size) } });\n}\n`;
/** The same refill with the stamp in a module \`let\`; \`test\` decides when to refill. */
const REGION_MAP_LET = (test: string) =>
  `const regionMap = new Map<string, Region>();\nlet fetchedAt = 0;\n\nexport async function GET(req: Request) {\n  if (${test}) {\n    const regions: Region[] = await fetch('https://api.example.com/regions', { signal: AbortSignal.timeout(5000) }).then((r) => r.json());\n    for (const region of regions) regionMap.set(region.iso, region);\n    fetchedAt = Date.now();\n  }\n  return Response.json(regionMap.get(new URL(req.url).searchParams.get('country') ?? 'us'));\n}\n`;

/** guiademilhas' src/lib/auth.ts: the better-auth instance (with a session hook that writes) built once by `initAuth()`, next to `extra` (another module cache). */
const AUTH_SINGLETON = (extra: string): string =>
  `import 'server-only';\nimport { betterAuth } from 'better-auth';\nimport { eq } from 'drizzle-orm';\nimport { db, users } from '@/db/client';\n\nfunction initAuth() {\n  const secret = requireSecret();\n  return betterAuth({\n    secret,\n    database: db,\n    databaseHooks: { session: { create: { after: async (session) => {\n      await db.update(users).set({ lastSeenAt: new Date() }).where(eq(users.id, session.userId));\n    } } } },\n  });\n}\n\nlet cachedAuth: ReturnType<typeof initAuth> | null = null;\n\nexport function getAuth() {\n  if (!cachedAuth) cachedAuth = initAuth();\n  return cachedAuth;\n}\n${extra}`;

ruleTester.run('no-module-state', rule, {
  valid: [
    // rybbit's server/src/tracker/trackingUtils.ts: a daily salt derived from a secret and the UTC date, refilled when the date key changes; every instance computes the same value.
    {"code":"import crypto from 'node:crypto';\n\nlet cachedSalt: string | null = null;\nlet cacheDate: string | null = null;\n\nfunction getDailySalt(): string {\n  const secretKey = process.env.AUTH_SECRET;\n  if (!secretKey) throw new Error('AUTH_SECRET is missing');\n  const currentDate = new Date().toISOString().split('T')[0];\n  if (cachedSalt && cacheDate === currentDate) return cachedSalt;\n  const newSalt = crypto.createHash('sha256').update(secretKey + currentDate).digest('hex');\n  cachedSalt = newSalt;\n  cacheDate = currentDate;\n  return newSalt;\n}\n\nexport function getUserId(ip: string, ua: string): string {\n  return crypto.createHash('sha256').update(ip + ua + getDailySalt()).digest('hex');\n}\n","filename":"server/src/tracker/trackingUtils.ts"},
    // CACHED_PRICES with its TTL (`Date.now() - fetchedAt < 60000`): a parameterless GET's one-slot cache of reference data.
    { code: CACHED_PRICES_TTL, filename: FILES.route, settings: bothModules },
    // 21st's plans cache: one slot of reference data (the plans table), filled by a function whose only parameter is
    // a boolean `forceRefresh`, beside a module `let` stamp set to the clock and compared with it (5 min TTL).
    {
      code: "let plansCache: Plan[] | null = null\nlet lastCacheTime = 0\nconst CACHE_TTL = 5 * 60 * 1000\n\nexport async function getAllPlans(forceRefresh = false): Promise<Plan[]> {\n  const currentTime = Date.now()\n  if (!forceRefresh && plansCache !== null && currentTime - lastCacheTime < CACHE_TTL) {\n    return plansCache\n  }\n  const { data, error } = await supabaseAdmin.from('plans').select('id, name, price').eq('env', 'live')\n  if (error) throw new Error('Failed to fetch plans')\n  plansCache = data || []\n  lastCacheTime = currentTime\n  return plansCache\n}\n",
      filename: 'lib/stripe.ts',
    },
    // ai-sdk-chat-mml's error-handling singleton: it imports the app's own React hook (`useEditorBlockStatusStore`, a zustand
    // store), which only components can call: browser code, its state per tab.
    { code: "import { useEditorBlockStatusStore } from '@/app/stores/editorBlockStatusStore';\n\nexport class IntegratedErrorHandler {\n  private static instance: IntegratedErrorHandler;\n  private stateTransitions: ErrorStateTransition[] = [];\n\n  public static getInstance(): IntegratedErrorHandler {\n    if (!IntegratedErrorHandler.instance) {\n      IntegratedErrorHandler.instance = new IntegratedErrorHandler();\n    }\n    return IntegratedErrorHandler.instance;\n  }\n\n  recordTransition(transition: ErrorStateTransition) {\n    this.stateTransitions.push(transition);\n    useEditorBlockStatusStore.getState().setBlockStatus(transition.blockId, transition.toStatus);\n  }\n}\n", filename: 'lib/errorHandlingIntegration.ts' },
    // ai-sdk-rag's image models route: the one-slot cache stores its own stamp (`expiresAt: now + 30_000`) and the
    // read compares it with the clock (`now < cache.expiresAt`); a parameterless GET, so reference data at most 30s stale.
    { code: "import { db } from '@/lib/db';\n\nlet cache: { data: Model[]; expiresAt: number } | null = null;\n\nexport async function GET() {\n  const now = Date.now();\n  if (cache && now < cache.expiresAt) {\n    return Response.json({ models: cache.data });\n  }\n  const models = await db.select().from(modelConfig);\n  cache = { data: models, expiresAt: now + 30_000 };\n  return Response.json({ models });\n}\n", filename: 'app/api/image/models/route.ts' },
    // coding-agent-template's GitHub star count: a parameterless GET caches the public count for 5 minutes.
    {
      code: "import { NextResponse } from 'next/server'\n\nlet cachedStars: number | null = null\nlet lastFetch = 0\n\nexport async function GET() {\n  const now = Date.now()\n  if (cachedStars !== null && now - lastFetch < 5 * 60 * 1000) {\n    return NextResponse.json({ stars: cachedStars })\n  }\n  const response = await fetch('https://api.github.com/repos/acme/app', { signal: AbortSignal.timeout(5000) })\n  const data = await response.json()\n  cachedStars = data.stargazers_count\n  lastFetch = now\n  return NextResponse.json({ stars: cachedStars })\n}\n",
      filename: 'app/api/github-stars/route.ts',
    },
    // guiademilhas' better-auth instance, `cachedAuth = initAuth()` once per server instance: a client, not request data.
    { code: AUTH_SINGLETON(''), filename: 'src/lib/auth.ts' },
    // amazong's lib/ai/models.ts: `cachedGateway = createGateway({ apiKey })`, the AI SDK's gateway provider made once per instance from a key getter: a client, not request data.
    { code: "import 'server-only';\nimport { createGateway } from 'ai';\nimport { getAiGatewayApiKey } from '@/lib/ai/env';\n\nlet cachedGateway: ReturnType<typeof createGateway> | undefined;\n\nfunction getGatewayClient() {\n  if (cachedGateway) return cachedGateway;\n  const apiKey = getAiGatewayApiKey();\n  if (!apiKey) throw new Error('Missing AI_GATEWAY_API_KEY');\n  cachedGateway = createGateway({ apiKey });\n  return cachedGateway;\n}\n\nexport function getChatModel(spec: string) {\n  return getGatewayClient()(spec);\n}\n", filename: 'lib/ai/models.ts' },
    // saleor's storefront: the wait queue of a concurrency limiter (resolvers pushed by `new Promise`, released by `shift()` and a bare call).
    { code: "class RequestQueue {\n  private queue: Array<() => void> = [];\n  private activeRequests = 0;\n\n  constructor(private readonly maxConcurrent = 3) {}\n\n  async enqueue<T>(fn: () => Promise<T>): Promise<T> {\n    if (this.activeRequests >= this.maxConcurrent) {\n      await new Promise<void>((resolve) => this.queue.push(resolve));\n    }\n    this.activeRequests++;\n    try {\n      return await fn();\n    } finally {\n      this.activeRequests--;\n      const next = this.queue.shift();\n      next?.();\n    }\n  }\n}\n\nconst requestQueue = new RequestQueue(3);\n\nexport async function executeGraphQL(query: string) {\n  return requestQueue.enqueue(() => fetch(process.env.API_URL!, { method: 'POST', body: query }));\n}\n", filename: 'src/lib/graphql.ts' },
    // homarr's sql-wasm route: a GET without parameters caching sql.js' wasm binary, the first of a constant list of shipped paths that exists.
    { code: "import fs from 'fs';\nimport path from 'path';\nimport { NextResponse } from 'next/server';\n\nconst wasmCandidates = [\n  path.join(process.cwd(), 'public/sql-wasm.wasm'),\n  path.join(process.cwd(), 'node_modules/sql.js/dist/sql-wasm.wasm'),\n];\n\nlet cachedWasm: Buffer | null = null;\n\nexport async function GET() {\n  if (!cachedWasm) {\n    const found = wasmCandidates.find((p) => fs.existsSync(p));\n    if (!found) {\n      return NextResponse.json({ error: 'WASM binary not found' }, { status: 500 });\n    }\n    cachedWasm = fs.readFileSync(found);\n  }\n  return new NextResponse(new Uint8Array(cachedWasm), { headers: { 'Content-Type': 'application/wasm' } });\n}\n", filename: 'apps/nextjs/src/app/api/backup/sql-wasm/route.ts' },
    // stack-auth's init-stack setup wizard: a shebang executable that also exports a helper (for its tests) is a command-line script.
    { code: "#!/usr/bin/env node\nimport * as fs from 'fs';\nimport * as path from 'path';\n\nconst filesCreated = [];\n\nasync function writeFile(fullPath, content) {\n  fs.writeFileSync(fullPath, content);\n  filesCreated.push(path.basename(fullPath));\n}\n\nasync function main() {\n  await writeFile(process.argv[2], 'x');\n  console.log(filesCreated);\n}\n\nmain();\n\nexport function templateIdentity(strings, ...values) {\n  return strings.join('');\n}\n", filename: 'packages/init-stack/index.mjs' },
    // postgres-new's browser proxy: socketsByDatabase names what it holds (an index of this process's live sockets), not request data; the 'Database' of its key does not make it state.
    {"code": "import type { WebSocket } from 'ws';\n\nclass ConnectionManager {\n  private socketsByDatabase: Map<string, string> = new Map();\n  private websockets: Map<string, WebSocket> = new Map();\n\n  public setSocket(databaseId: string, connectionId: string) {\n    this.socketsByDatabase.set(databaseId, connectionId);\n  }\n\n  public setWebsocket(databaseId: string, websocket: WebSocket) {\n    this.websockets.set(databaseId, websocket);\n  }\n}\n\nexport const connectionManager = new ConnectionManager();\n", "filename": "src/connection-manager.ts"},
    // jobfinders' ATSEngine: a private method only the constructor calls fills the skill table once per instance, like the constructor's own writes.
    { code: "export class ATSEngine {\n  private static instance: ATSEngine;\n  private skillDatabase: Map<string, { category: string; weight: number }> = new Map();\n  private constructor() {\n    this.initializeSkillDatabase();\n  }\n  static getInstance() {\n    if (!ATSEngine.instance) ATSEngine.instance = new ATSEngine();\n    return ATSEngine.instance;\n  }\n  private initializeSkillDatabase() {\n    for (const skill of ['typescript', 'react']) this.skillDatabase.set(skill, { category: 'technical', weight: 1 });\n  }\n  score(skills: string[]) {\n    return skills.filter((s) => this.skillDatabase.has(s)).length;\n  }\n}\n", filename: 'src/lib/services/ats/ATSEngine.ts' },
    // portfolio-tracker's request coalescing: a singleton's Map of in-flight calls ({ promise, timestamp }), each deleted when its promise settles.
    { code: "interface PendingRequest<T> {\n  promise: Promise<T>;\n  timestamp: number;\n}\n\nexport class RequestDeduplicationManager {\n  private static instance: RequestDeduplicationManager | null = null;\n  private pendingRequests = new Map<string, PendingRequest<any>>();\n  static getInstance() {\n    if (!RequestDeduplicationManager.instance) RequestDeduplicationManager.instance = new RequestDeduplicationManager();\n    return RequestDeduplicationManager.instance;\n  }\n  async deduplicate<T>(key: string, fn: () => Promise<T>): Promise<T> {\n    const existing = this.pendingRequests.get(key);\n    if (existing) return existing.promise;\n    const promise = fn();\n    this.pendingRequests.set(key, { promise, timestamp: Date.now() });\n    promise.then(() => { this.pendingRequests.delete(key); }).catch(() => { this.pendingRequests.delete(key); });\n    return promise;\n  }\n}\n", filename: 'src/lib/data-sources/deduplication.ts' },
    // onyx's Expo app at the repository root (`mobile/`): an identity-change counter in its `src/api/` client runs on
    // the phone, one per app, not per server instance.
    { code: "import { apiFetch } from '@/api/client';\nimport { setToken } from '@/api/auth/tokenStore';\n\nlet sessionEpoch = 0;\n\nexport async function installSession(accessToken: string): Promise<void> {\n  sessionEpoch += 1;\n  await setToken(accessToken);\n}\n\nexport function sameSession(epoch: number): boolean {\n  return sessionEpoch === epoch;\n}\n", filename: 'mobile/src/api/auth/sessionManager.ts' },
    // SajiloReserveX: request coalescing named `pendingRequests` (a name limiters use too): a map of in-flight promises, deleted when they settle.
    { code: "const pendingRequests = new Map<string, Promise<unknown>>();\n\nexport function deduplicate<T>(key: string, factory: () => Promise<T>): Promise<T> {\n  const existing = pendingRequests.get(key) as Promise<T> | undefined;\n  if (existing) return existing;\n  const created = Promise.resolve(factory());\n  const tracked = created.finally(() => {\n    pendingRequests.delete(key);\n  });\n  pendingRequests.set(key, tracked);\n  return created;\n}\n", filename: 'server/cache/request-deduplication.ts' },
    // `global.x = global.x ?? {}` is the `??=` of older code: one-time initialization, not a write of request data.
    { code: "export async function POST(req: Request) {\n  const { runId } = await req.json();\n  (globalThis as any).__testRuns = (globalThis as any).__testRuns ?? {};\n  global.settings = global.settings || loadSettings();\n  return Response.json({ runId });\n}\n", filename: "app/api/test-chat/route.ts" },
    // One-time initialization through bracket or cast access (`if (!globalThis['__x'])`, `??=`) is not request state.
    { code: "export async function POST(req: Request) {\n  const { sandboxId } = await req.json();\n  if (!(globalThis as any).sandboxData) {\n    (globalThis as any).sandboxData = { sandboxId };\n  }\n  if (!globalThis['__config']) globalThis['__config'] = { region: process.env.REGION };\n  (globalThis as any).prisma ??= createPrismaClient();\n  return Response.json({ ok: true });\n}\n", filename: "app/api/sandbox/route.ts" },
    // A compiler plugin's memo (assistant-ui's generative compiler): it drives @babel/traverse inside a build, not per request.
    { code: "import { existsSync, readFileSync } from 'node:fs';\nimport * as nodePath from 'node:path';\nimport _traverse from '@babel/traverse';\n\nconst aliasesByDir = new Map<string, string[] | null>();\n\nexport function loadAliases(fromDir: string): string[] | null {\n  const cached = aliasesByDir.get(fromDir);\n  if (cached !== undefined) return cached;\n  const path = nodePath.join(fromDir, 'tsconfig.json');\n  const aliases = existsSync(path) ? Object.keys(JSON.parse(readFileSync(path, 'utf8')).compilerOptions?.paths ?? {}) : null;\n  aliasesByDir.set(fromDir, aliases);\n  return aliases;\n}\n\nexport function visit(ast: Parameters<typeof _traverse>[0]) {\n  _traverse(ast, {});\n}\n", filename: 'packages/generative-compiler/src/compile.ts' },
    // A registry class whose static map `register()` fills at module load (Vane's research `ActionRegistry`, in an
    // `actions/` folder): registered code, not request data.
    { code: "class ActionRegistry {\n  private static actions: Map<string, ResearchAction> = new Map();\n  static register(action: ResearchAction) {\n    this.actions.set(action.name, action);\n  }\n  static get(name: string) {\n    return this.actions.get(name);\n  }\n}\nexport default ActionRegistry;\n", filename: 'src/lib/agents/researcher/actions/registry.ts' },
    // A field only a `register()` method fills, whatever the class is called (myimageupscaler's ModelInputBuilderOrchestrator,
    // whose constructor registers every model's builder): registered code, not request data.
    { code: "import 'server-only';\nexport class ModelInputBuilderOrchestrator {\n  private builders: Map<string, ModelInputBuilder>;\n  constructor() {\n    this.builders = new Map<string, ModelInputBuilder>();\n    this.register(new RealEsrganBuilder());\n    this.register(new GfpganBuilder());\n  }\n  register(builder: ModelInputBuilder): void {\n    this.builders.set(builder.modelId, builder);\n  }\n  build(modelId: string, input: UpscaleInput) {\n    const builder = this.builders.get(modelId);\n    if (!builder) throw new Error(`No builder for ${modelId}`);\n    return builder.build(input);\n  }\n}\nexport const modelInputBuilderOrchestrator = new ModelInputBuilderOrchestrator();\n", filename: 'server/services/replicate/builders/model-input.builder.ts' },
    // A socket.io server made here (loaded with import()): it holds open connections in a long-lived process.
    { code: "import type { Server as HTTPServer } from 'http';\n\ninterface SocketIOSocket {\n  id: string;\n  on: (event: string, callback: (data: unknown) => void) => void;\n}\n\ninterface UserSocket {\n  userId: string;\n  socketId: string;\n}\n\nconst connectedUsers: Map<string, UserSocket[]> = new Map();\n\nexport async function initWebSocketServer(httpServer: HTTPServer) {\n  const { Server } = await import('socket.io');\n  const io = new Server(httpServer, { cors: { origin: process.env.APP_URL, credentials: true } });\n  io.on('connection', (socket: SocketIOSocket) => {\n    socket.on('authenticate', (data: unknown) => {\n      const userId = (data as { token: string }).token;\n      const userSockets = connectedUsers.get(userId) || [];\n      userSockets.push({ userId, socketId: socket.id });\n      connectedUsers.set(userId, userSockets);\n    });\n    socket.on('disconnect', () => {\n      const remaining = (connectedUsers.get(socket.id) || []).filter((s) => s.socketId !== socket.id);\n      if (remaining.length === 0) connectedUsers.delete(socket.id);\n      else connectedUsers.set(socket.id, remaining);\n    });\n  });\n  return io;\n}\n\nexport function isUserConnected(userId: string): boolean {\n  return connectedUsers.has(userId);\n}\n", filename: "lib/websocket/server.ts" },
    // A memo of a synchronous recursive computation over the module's constant data (a questionnaire's longest
    // path), and its total from constant arguments: the same on every instance.
    { code: "import { QUESTION_GRAPH } from './questionnaire-graph'\n\nfunction getNextQuestions(questionId: string): string[] {\n  return QUESTION_GRAPH[questionId] ?? []\n}\n\nlet cachedMaxTotalQuestions: number | null = null\nconst maxRemainingCache = new Map<string, number>()\n\nfunction getMaxRemainingQuestions(questionId: string, visited: Set<string> = new Set()): number {\n  if (visited.size === 0 && maxRemainingCache.has(questionId)) {\n    return maxRemainingCache.get(questionId)!\n  }\n  if (visited.has(questionId)) return 0\n  visited.add(questionId)\n  let maxFromBranches = 0\n  for (const next of getNextQuestions(questionId)) {\n    maxFromBranches = Math.max(maxFromBranches, getMaxRemainingQuestions(next, new Set(visited)))\n  }\n  const result = 1 + maxFromBranches\n  if (visited.size === 1) maxRemainingCache.set(questionId, result)\n  return result\n}\n\nexport function resetProgressCache(): void {\n  cachedMaxTotalQuestions = null\n  maxRemainingCache.clear()\n}\n\nexport function getQuestionProgress(questionId: string): number {\n  if (cachedMaxTotalQuestions === null) {\n    cachedMaxTotalQuestions = getMaxRemainingQuestions('Q1')\n  }\n  return cachedMaxTotalQuestions - getMaxRemainingQuestions(questionId) + 1\n}\n", filename: "app/(saas)/usecases/[id]/utils/questionnaire-progress.ts" },
    // cal.com: handlers imported once by name into a `Record<string, Function>`: code, not data.
    { code: "import authedProcedure from '@calcom/trpc/server/procedures/authedProcedure';\nimport { router } from '@calcom/trpc/server/trpc';\n\nconst UNSTABLE_HANDLER_CACHE: Record<string, Function> = {};\n\nconst getHandler = async <T extends { default: Function }>(name: string, importer: () => Promise<T>) => {\n  if (!UNSTABLE_HANDLER_CACHE[name]) {\n    const importedModule = await importer();\n    UNSTABLE_HANDLER_CACHE[name] = importedModule.default;\n  }\n  return UNSTABLE_HANDLER_CACHE[name] as T['default'];\n};\n\nexport const appRoutingForms = router({\n  forms: authedProcedure.query(async ({ ctx, input }) => {\n    const handler = await getHandler('forms', () => import('./procedures/forms'));\n    return handler({ ctx, input });\n  }),\n});\n", filename: 'packages/app-store/routing-forms/trpc/_router.ts' },
    // lobe-chat: a local alias of a module constant rebound to a filtered copy (`let layers = CEPA_LAYERS; layers = payload.layers.filter(...)`) writes nothing.
    { code: "import { NextResponse } from 'next/server';\n\nconst CEPA_LAYERS: string[] = ['context', 'experience', 'preference'];\n\nexport async function POST(req: Request) {\n  const payload = (await req.json()) as { layers: string[] };\n  let layers = CEPA_LAYERS;\n  if (payload.layers.length > 0) {\n    layers = payload.layers.filter((layer) => CEPA_LAYERS.includes(layer));\n  }\n  return NextResponse.json({ layers });\n}\n", filename: 'app/api/workflows/process-topic/route.ts' },
    // Client singletons kept on the global object, and one-time initialization (`??=`, `if (!global.x)`), are not request state.
    { code: "import { PrismaClient } from '@prisma/client';\n\ndeclare global {\n  var prisma: PrismaClient | undefined;\n  var sandboxData: { sandboxId: string; url: string } | undefined;\n}\n\nexport async function POST(req: Request) {\n  globalThis.prisma ??= new PrismaClient();\n  const { sandboxId } = await req.json();\n  if (!global.sandboxData) {\n    global.sandboxData = { sandboxId, url: `https://${sandboxId}.example.dev` };\n  }\n  return Response.json({ ok: true });\n}\n", filename: "app/api/sandbox/route.ts" },
    // A reset to a new container or a literal writes no request data.
    { code: "declare global {\n  var existingFiles: Set<string>;\n  var activeSandbox: unknown;\n}\n\nexport async function DELETE() {\n  global.existingFiles = new Set<string>();\n  global.activeSandbox = null;\n  return new Response(null, { status: 204 });\n}\n", filename: "app/api/kill-sandbox/route.ts" },
    // A local binding named `global` is not the global object.
    { code: "export async function POST(req: Request) {\n  const global = { items: [] as string[] };\n  global.items.push(await req.text());\n  return Response.json(global);\n}\n", filename: "app/api/echo/route.ts" },
    // hyperdx: OpenTelemetry instruments kept per metric name (also inside a wrapper type): handles, not data.
    { code: "import { metrics, type Counter, type Histogram, type MetricOptions } from '@opentelemetry/api';\n\nconst meter = metrics.getMeter('api');\ntype CachedInstrument<T> = { instrument: T; options?: MetricOptions };\n\nconst counters = new Map<string, CachedInstrument<Counter>>();\nconst histograms = new Map<string, Histogram>();\n\nexport function getCounter(name: string, options?: MetricOptions): Counter {\n  const cached = counters.get(name);\n  if (cached) return cached.instrument;\n  const instrument = meter.createCounter(name, options);\n  counters.set(name, { instrument, options });\n  return instrument;\n}\n\nexport function getHistogram(name: string): Histogram {\n  let h = histograms.get(name);\n  if (!h) {\n    h = meter.createHistogram(name);\n    histograms.set(name, h);\n  }\n  return h;\n}\n", filename: "packages/api/src/utils/instrumentation.ts" },
    // supermemory: a module that draws on a page's canvas runs in the browser.
    { code: "import type { GraphNode } from '../types';\n\nlet lightenCache: { input: string; amount: number; result: string } | null = null;\n\nfunction lightenColor(input: string, amount: number): string {\n  if (lightenCache && lightenCache.input === input && lightenCache.amount === amount) return lightenCache.result;\n  const result = mix(input, '#ffffff', amount);\n  lightenCache = { input, amount, result };\n  return result;\n}\n\nexport function renderFrame(ctx: CanvasRenderingContext2D, nodes: GraphNode[]): void {\n  for (const node of nodes) {\n    ctx.fillStyle = lightenColor(node.color, 0.2);\n    ctx.fillRect(node.x, node.y, 4, 4);\n  }\n}\n", filename: "packages/memory-graph/src/canvas/renderer.ts" },
    // A lazily found binary path (CapSoftware/Cap's getFfmpegPath): a function without parameters probing the
    // filesystem from constants, process.env / process.cwd() and a local helper of the same kind: every instance finds the same path.
    { code: "import { existsSync } from 'node:fs';\nimport { delimiter, join, resolve } from 'node:path';\n\nlet cachedFfmpegPath: string | null = null;\n\nfunction getPathCandidates(): string[] {\n  return (process.env.PATH ?? '').split(delimiter).filter(Boolean).map((segment) => join(segment, 'ffmpeg'));\n}\n\nexport function getFfmpegPath(): string {\n  if (cachedFfmpegPath) return cachedFfmpegPath;\n  const candidatePaths = [resolve(process.cwd(), 'node_modules/ffmpeg-static/ffmpeg'), process.env.FFMPEG_PATH, '/usr/bin/ffmpeg', ...getPathCandidates()].filter(Boolean) as string[];\n  for (const path of candidatePaths) {\n    if (existsSync(path)) {\n      cachedFfmpegPath = path;\n      return path;\n    }\n  }\n  throw new Error('FFmpeg binary not found');\n}\n\nexport async function POST(req: Request) {\n  const { url } = await req.json();\n  return Response.json({ ffmpeg: getFfmpegPath(), url });\n}\n", filename: 'app/api/audio/route.ts' },
    // In-flight dedupe of one handler's own requests (`inflight`): read and written by POST alone; GET only
    // reports its size. Same-request bookkeeping, still exempt.
    { code: "const inflight = new Map<string, Promise<Response>>();\n\nexport async function POST(req: Request) {\n  const key = await req.text();\n  const pending = inflight.get(key);\n  if (pending) return (await pending).clone();\n  const p = fetch('https://api.example.com/render', { method: 'POST', body: key, signal: AbortSignal.timeout(5000) });\n  inflight.set(key, p);\n  try {\n    return (await p).clone();\n  } finally {\n    inflight.delete(key);\n  }\n}\n\nexport async function GET() {\n  return Response.json({ pending: inflight.size });\n}\n", filename: 'app/api/dedupe/route.ts' },
    // big-AGI: a debug-only event history.
    { code: EVENT_BUS(true), filename: 'src/common/events/events.bus.ts' },
    // big-AGI: an alias to another entry of a factory memo.
    { code: TOKEN_ENCODERS(false), filename: 'src/common/tokens/tokens.text.ts' },
    // big-AGI: a lazily imported module's function.
    { code: OCR_IMPORT(false), filename: 'src/common/util/ocrUtils.ts' },
    // A file shipped with the deployment, read by a function without parameters (nextcrm's skip list): the same on every instance.
    { code: "import fs from \"fs/promises\";\nimport path from \"path\";\n\n// Per-instance memo of a file shipped with the deployment: identical on every instance,\n// a cold start just re-reads it. Nothing to share across instances.\nlet skipListCache: { data: Set<string>; loadedAt: number } | null = null;\nconst SKIP_LIST_TTL_MS = 5 * 60 * 1000;\n\nexport async function loadSkipList(): Promise<Set<string>> {\n  if (skipListCache && Date.now() - skipListCache.loadedAt < SKIP_LIST_TTL_MS) {\n    return skipListCache.data;\n  }\n  const content = await fs.readFile(path.join(process.cwd(), \"app\", \"skip-list.txt\"), \"utf-8\");\n  const data = new Set(content.split(\"\\n\").map((l) => l.trim().toLowerCase()).filter(Boolean));\n  skipListCache = { data, loadedAt: Date.now() };\n  return data;\n}\n", filename: 'lib/enrichment/utils/skip-list.ts' },
    // A JSON-RPC request id (homepage's TrueNAS widget proxy): it only pairs a response with its request on one socket.
    { code: "import WebSocket from \"ws\";\n\nlet nextId = 1;\nasync function sendMethod(ws, method, params = []) {\n  const id = nextId++;\n  ws.send(JSON.stringify({ jsonrpc: \"2.0\", id, method, params }));\n  return waitForMessage(ws, (message) => (message?.id !== id ? undefined : message.result));\n}\n\nexport default async function truenasProxyHandler(req, res) {\n  const ws = new WebSocket(process.env.TRUENAS_WS_URL);\n  const data = await sendMethod(ws, \"system.info\");\n  ws.close();\n  return res.status(200).json(data);\n}\n", filename: 'src/widgets/truenas/proxy.js' },
    // What an ensure*() function already made sure of (jitsu's created Mongo collections): idempotent, a reset only repeats the check.
    { code: "import { MongoClient } from \"mongodb\";\n\nconst createdCollections = new Set<string>();\n\nexport async function ensureMongoCollection(mongo: MongoClient, name: string) {\n  if (createdCollections.has(name)) return;\n  const exists = await mongo.db().collection(name).aggregate([{ $collStats: { count: {} } }]).next().catch(() => null);\n  if (!exists) await mongo.db().createCollection(name, { expireAfterSeconds: 86400 });\n  createdCollections.add(name);\n}\n", filename: 'libs/core-functions/src/functions/lib/mongodb.ts' },
    // Debug counters in a module named for profiling (morphic's perf-tracking.ts): only logged.
    { code: PERF_COUNTERS, filename: 'lib/utils/perf-tracking.ts' },
    // A memo of text computed from every input of its key, through helpers (prodready's inlined snippets).
    { code: PURE_TEXT_MEMO('index.get', 'LINK.exec'), filename: 'src/utils/snippets.ts' },
    // A TTL cache of shared reference data (midday's exchange rates: stamped entries, a freshness check, a currency key).
    // A TTL cache stamped as a whole (medusa's middleware: regions by country code, refetched when the holder's stamp is an hour old; also with the stamp in a module `let`).
    { code: REGION_MAP_CACHE("c.iso_2 ?? ''"), filename: 'src/middleware.ts' },
    { code: REGION_MAP_LET('regionMap.size === 0 || Date.now() - fetchedAt > 3_600_000'), filename: 'app/api/regions/route.ts' },
    // The same with the clock read once into `const now = Date.now()` (karakeep's Reddit post cache: `expiresAt: now + TTL`, `cached.expiresAt > now`, keyed by the post URL).
    { code: "const TTL_MS = 60 * 1000;\n\ninterface CacheEntry {\n  expiresAt: number;\n  promise: Promise<PostResult>;\n}\n\nconst postJsonCache = new Map<string, CacheEntry>();\n\nconst fetchPostData = async (url: string): Promise<PostResult> => {\n  const cached = postJsonCache.get(url);\n  const now = Date.now();\n  if (cached && cached.expiresAt > now) {\n    return cached.promise;\n  }\n  const promise = (async () => {\n    const response = await fetch(`${url}.json`, { signal: AbortSignal.timeout(5000) });\n    return response.ok ? { fetched: true, post: await response.json() } : { fetched: false };\n  })();\n  postJsonCache.set(url, { promise, expiresAt: now + TTL_MS });\n  return promise;\n};\n\nexport const postTitle = async (url: string) => (await fetchPostData(url)).post?.title;\n", filename: 'apps/workers/metascraper-plugins/metascraper-reddit.ts' },
    { code: "import { eq } from \"drizzle-orm\";\nimport type { Database } from \"../client\";\nimport { exchangeRates } from \"../schema\";\n\n// Global reference data (about 170 currency codes), refreshed daily by a job: a 4 h per-instance TTL cache.\nconst RATE_TTL_MS = 4 * 60 * 60 * 1000;\nconst rateCache = new Map<string, { rates: Record<string, number>; ts: number }>();\n\nexport async function getRatesForTarget(db: Database, target: string): Promise<Record<string, number>> {\n  const cached = rateCache.get(target);\n  if (cached && Date.now() - cached.ts < RATE_TTL_MS) return cached.rates;\n  const rows = await db.select().from(exchangeRates).where(eq(exchangeRates.target, target));\n  const rates: Record<string, number> = {};\n  for (const row of rows) rates[row.base] = Number(row.rate);\n  rateCache.set(target, { rates, ts: Date.now() });\n  return rates;\n}\n", filename: 'packages/db/src/queries/exchange-rates.ts' },
    // A health checker's cached probe results are per instance by definition (midday's packages/health).
    { code: "type Dependency = { name: string; cacheTtlMs: number; probe: () => Promise<boolean> };\ntype DependencyResult = { name: string; healthy: boolean };\n\n// Health of *this* instance's dependencies: per-instance by definition, keyed by dependency name.\nconst resultCache = new Map<string, { result: DependencyResult; expiresAt: number }>();\n\nasync function checkDependency(dep: Dependency): Promise<DependencyResult> {\n  const cached = resultCache.get(dep.name);\n  if (cached && Date.now() < cached.expiresAt) return cached.result;\n  const result = { name: dep.name, healthy: await dep.probe() };\n  resultCache.set(dep.name, { result, expiresAt: Date.now() + dep.cacheTtlMs });\n  return result;\n}\n\nexport async function checkDependencies(deps: Dependency[]): Promise<DependencyResult[]> {\n  return Promise.all(deps.map(checkDependency));\n}\n", filename: 'packages/health/src/checker.ts' },
    // A command-line script at the repository root (boxyhq's check-locale.js): its state lives for one run.
    { code: "const fs = require('fs');\nconst allStrings = {};\nconst files = fs.readdirSync('./src', { recursive: true });\nfiles.forEach((file) => {\n  const text = fs.readFileSync(`./src/${file}`, 'utf8');\n  for (const m of text.matchAll(/t\\('(.*?)'/g)) allStrings[m[1]] = true;\n});\nif (Object.keys(allStrings).length === 0) process.exit(1);\n", filename: "check-locale.js" },
    { code: "import fs from 'fs';\nconst allStrings = {};\nconst files = fs.readdirSync('./src', { recursive: true });\nfiles.forEach((file) => {\n  const text = fs.readFileSync(`./src/${file}`, 'utf8');\n  for (const m of text.matchAll(/t\\('(.*?)'/g)) allStrings[m[1]] = true;\n});\nif (Object.keys(allStrings).length === 0) process.exit(1);\n", filename: "check-locale.mjs" },

    // An interactive setup wizard (openpanel's self-hosting quiz): it imports inquirer, reads no argv.
    { code: "import fs from 'node:fs';\nimport { randomBytes } from 'node:crypto';\nimport inquirer from 'inquirer';\n\nlet settings = { DATABASE_URL: '', DOMAIN: '', SESSION_SECRET: randomBytes(32).toString('hex') };\n\nconst merge = (patch: Partial<typeof settings>) => {\n  settings = { ...settings, ...patch };\n};\n\nasync function main() {\n  const answers = await inquirer.prompt([{ type: 'input', name: 'DOMAIN', message: 'Domain?' }]);\n  merge(answers);\n  fs.writeFileSync('.env', Object.entries(settings).map(([k, v]) => `${k}=${v}`).join('\\n'));\n}\n\nmain();\n", filename: 'setup/wizard.ts' },
    // The same wizard exporting only a type (`export interface DockerComposeFile`): nothing a route could import.
    { code: "import fs from 'node:fs';\nimport { randomBytes } from 'node:crypto';\nimport inquirer from 'inquirer';\n\nexport interface ComposeFile {\n  services: Record<string, { image: string }>;\n}\n\nlet settings = { DATABASE_URL: '', DOMAIN: '', SESSION_SECRET: randomBytes(32).toString('hex') };\n\nconst merge = (patch: Partial<typeof settings>) => {\n  settings = { ...settings, ...patch };\n};\n\nasync function main() {\n  const answers = await inquirer.prompt([{ type: 'input', name: 'DOMAIN', message: 'Domain?' }]);\n  merge(answers);\n  fs.writeFileSync('.env', Object.entries(settings).map(([k, v]) => `${k}=${v}`).join('\\n'));\n}\n\nmain();\n", filename: 'setup/wizard.ts' },

    // A Kafka consumer's offset watermark (openpanel's worker) and a BullMQ worker's dedup set: long-running consumer processes.
    // The same watermark when the consumer comes from the app's own queue package and `run()` takes options before
    // its `eachBatch` handler (openpanel's events.kafka-consumer.ts).
    { code: "import { createEventsConsumer, TOPIC, CONCURRENCY } from '@acme/queue';\nimport { handleEvent } from './handle-event';\n\nconst resolvedHWM = new Map<string, number>();\n\nexport async function startEventsConsumer() {\n  const consumer = createEventsConsumer();\n  await consumer.connect();\n  await consumer.subscribe({ topic: TOPIC });\n  await consumer.run({\n    partitionsConsumedConcurrently: CONCURRENCY,\n    eachBatchAutoResolve: false,\n    eachBatch: async ({ batch, resolveOffset, heartbeat }) => {\n      const pk = `${batch.topic}-${batch.partition}`;\n      let newHWM = resolvedHWM.get(pk) ?? -1;\n      for (const m of batch.messages) {\n        await handleEvent(m);\n        resolveOffset(m.offset);\n        newHWM = Math.max(newHWM, Number(m.offset));\n      }\n      resolvedHWM.set(pk, newHWM);\n      await heartbeat();\n    },\n  });\n}\n", filename: 'apps/worker/src/jobs/events.kafka-consumer.ts' },
    { code: "import { Kafka } from 'kafkajs';\nimport { db } from '@acme/db';\n\nconst lastOffset = new Map<string, number>();\n\nexport async function startOrdersConsumer() {\n  const consumer = new Kafka({ brokers: ['kafka:9092'] }).consumer({ groupId: 'orders' });\n  await consumer.connect();\n  await consumer.subscribe({ topic: 'orders' });\n  consumer.on(consumer.events.GROUP_JOIN, () => lastOffset.clear());\n  await consumer.run({\n    eachMessage: async ({ topic, partition, message }) => {\n      const key = `${topic}-${partition}`;\n      if (Number(message.offset) <= (lastOffset.get(key) ?? -1)) console.warn('redelivery', key);\n      await db.order.create({ data: JSON.parse(String(message.value)) });\n      lastOffset.set(key, Number(message.offset));\n    },\n  });\n}\n", filename: 'apps/worker/src/jobs/orders.kafka-consumer.ts' },
    // overseerr's `server/job/schedule.ts`: a module that starts node-schedule jobs runs in a long-lived process; the list of its jobs is its own.
    { code: "import schedule from 'node-schedule';\nimport { runScan } from '@server/lib/scanner';\n\nexport const scheduledJobs: { id: string; job: schedule.Job }[] = [];\n\nexport const startJobs = (): void => {\n  scheduledJobs.push({ id: 'scan', job: schedule.scheduleJob('*/5 * * * *', () => runScan()) });\n};\n", filename: 'server/job/schedule.ts' },
    { code: "import { Worker } from 'bullmq';\nimport { sendEmail } from '@/lib/email';\n\nconst sentTo = new Set<string>();\n\nexport const emailWorker = new Worker('emails', async (job) => {\n  if (sentTo.has(job.data.to)) return;\n  await sendEmail(job.data);\n  sentTo.add(job.data.to);\n}, { connection: { host: 'redis' } });\n", filename: 'apps/worker/src/email-worker.ts' },

    // A long-running Express app's CommonJS helpers and controllers (hackathon-starter): only Node built-ins
    // say server, no entry point, no serverless handler.
    { code: "const path = require('node:path');\nconst crypto = require('node:crypto');\nconst fs = require('node:fs');\n\nconst fileHashCache = new Map();\n\nexports.getFileHash = (fileUrl, rootDir) => {\n  if (fileHashCache.has(fileUrl)) return fileHashCache.get(fileUrl);\n  const hash = crypto.createHash('sha256').update(fs.readFileSync(path.join(rootDir, 'public', fileUrl))).digest('hex').slice(0, 8);\n  fileHashCache.set(fileUrl, hash);\n  return hash;\n};\n", filename: 'config/cacheBust.js' },
    { code: "const fs = require('node:fs');\nconst path = require('node:path');\n\nconst traktImageCache = [];\n\nasync function fetchAndCacheTraktImage(imageUrl) {\n  const found = traktImageCache.find((e) => e.url === imageUrl);\n  if (found) return `/image-cache/${found.filename}`;\n  const response = await fetch(imageUrl, { signal: AbortSignal.timeout(5000) });\n  const filename = imageUrl.replace(/\\W/g, '-');\n  fs.writeFileSync(path.join(__dirname, 'tmp', filename), Buffer.from(await response.arrayBuffer()));\n  traktImageCache.push({ url: imageUrl, filename });\n  return `/image-cache/${filename}`;\n}\n\nexports.getTrakt = async (req, res) => {\n  res.render('api/trakt', { image: await fetchAndCacheTraktImage(req.query.img) });\n};\n", filename: 'controllers/api.js' },

    // A queue in front of a browser SDK (supermemory's analytics.ts imports posthog-js): per tab.
    { code: "import posthog from \"posthog-js\"\n\nconst pendingEvents: Array<{ eventName: string }> = []\n\nexport const safeCapture = (eventName: string) => {\n\tif (posthog.__loaded) {\n\t\tposthog.capture(eventName)\n\t\treturn\n\t}\n\tpendingEvents.push({ eventName })\n}\n", filename: 'apps/web/lib/analytics.ts' },

    // Constant lookup tables, never written after initialization.
    { code: "const ALLOWED = new Set(['a', 'b']);\nexport async function GET(req) { return Response.json(ALLOWED.has(req.url)); }", filename: FILES.route },
    { code: "const PRICES: Record<string, number> = { pro: 10 };\nexport async function GET() { return Response.json(PRICES); }", filename: FILES.route },
    // Filled at module initialization only (top level, or an IIFE).
    { code: "const m = new Map();\nfor (const k of ['a']) m.set(k, 1);\nexport async function GET() { return Response.json(m.get('a')); }", filename: FILES.route },
    { code: "const m = new Map();\n(() => { m.set('a', 1); })();\nexport async function GET() { return Response.json(m.get('a')); }", filename: FILES.route },
    // Client singletons: the recommended pattern.
    { code: "import { PrismaClient } from '@prisma/client';\nconst g = globalThis as any;\nexport const prisma = g.prisma ?? new PrismaClient();\nif (process.env.NODE_ENV !== 'production') g.prisma = prisma;", filename: 'lib/prisma.ts' },
    { code: "import { Redis } from '@upstash/redis';\nlet client;\nexport function getClient() { if (!client) client = new Redis({ url: 'x', token: 'y' }); return client; }", filename: 'lib/redis.ts' },
    { code: "import mongoose from 'mongoose';\nlet cached = global.mongoose;\nif (!cached) cached = global.mongoose = { conn: null, promise: null };\nexport async function connect() { if (cached.conn) return cached.conn; cached.promise = mongoose.connect(process.env.URI); cached.conn = await cached.promise; return cached.conn; }", filename: 'lib/db.js' },
    { code: "import mongoose from 'mongoose';\nlet isConnected = false;\nexport async function connectDB() { if (isConnected) return; await mongoose.connect('x'); isConnected = true; }", filename: 'lib/mongodb.ts' },
    // Memoization of pure values and per-key clients.
    { code: "const formatters = new Map();\nexport function fmt(locale: string) { let f = formatters.get(locale); if (!f) { f = new Intl.NumberFormat(locale); formatters.set(locale, f); } return f; }", filename: 'app/api/x/route.ts' },
    { code: "import { S3Client } from '@aws-sdk/client-s3';\nconst clients = new Map();\nexport function s3(region: string) { if (!clients.has(region)) clients.set(region, new S3Client({ region })); return clients.get(region); }", filename: 'lib/s3.ts' },
    { code: "import 'server-only';\nconst weekdays = new Map<string, string[]>();\nexport function names(locale: string) { const v = weekdays.get(locale) ?? []; weekdays.set(locale, v); return v; }", filename: 'lib/dates.ts' },
    // GitHub's secret-scanning public keys cached with a TTL (unkey): immutable, every instance fetches the same.
    { code: "type PublicKeys = { key_identifier: string; key: string }[];\nlet cachedKeys: PublicKeys | null = null;\nlet cachedAt = 0;\nasync function getGithubKeys(uri: string): Promise<PublicKeys | null> {\n  if (cachedKeys && Date.now() - cachedAt < 3600_000) return cachedKeys;\n  const res = await fetch(uri, { signal: AbortSignal.timeout(5000) });\n  cachedKeys = (await res.json()).public_keys;\n  cachedAt = Date.now();\n  return cachedKeys;\n}\nexport async function POST(req: Request) { const keys = await getGithubKeys('https://api.github.com/meta/public_keys/secret_scanning'); return Response.json({ n: keys?.length }); }\n", filename: 'app/api/v1/github/verify/route.ts' },
    // A search index per content corpus (openstatus): keyed by a closed type (\`Corpus\`), computed
    // synchronously from the site's static pages: every instance builds the same entries.
    { code: 'import "server-only";\nimport { getPages, getHomePage } from ".";\nimport type { Corpus } from "../search-meta";\n\nconst shouldCache = process.env.NODE_ENV === "production";\nconst cache = new Map<Corpus, IndexedDoc[]>();\nconst vocabCache = new Map<Corpus, string[]>();\n\nfunction buildCorpus(type: Corpus): IndexedDoc[] {\n  const pages = type === "product" ? [getHomePage(), ...getPages("product")] : getPages(type);\n  return pages.map((doc) => indexDoc(doc, type));\n}\n\nfunction getCorpus(type: Corpus): IndexedDoc[] {\n  if (shouldCache && cache.has(type)) return cache.get(type) as IndexedDoc[];\n  const indexed = buildCorpus(type);\n  if (shouldCache) cache.set(type, indexed);\n  return indexed;\n}\n\nfunction buildVocab(entries: IndexedDoc[]): string[] {\n  const seen = new Set<string>();\n  for (const e of entries) for (const w of e.titleLower.split(/\\W+/)) if (w.length >= 4) seen.add(w);\n  return [...seen].sort();\n}\n\nexport function getVocab(p: Corpus | "all"): string[] {\n  if (shouldCache && p !== "all" && vocabCache.has(p)) return vocabCache.get(p) as string[];\n  const vocab = buildVocab(getCorpus(p as Corpus));\n  if (shouldCache && p !== "all") vocabCache.set(p, vocab);\n  return vocab;\n}\n', filename: 'apps/web/src/content/utils/search-index.ts' },
    // A memo of what a lazy loader's promise resolves to (devlogify's i18n dictionaries: `loader().then((dict) => {
    // dictionaryCache[locale] = dict })`, each loader an `import()` of a locale's JSON): bundled content, the same everywhere.
    { code: "import en from '@/dictionaries/en.json';\n\ntype Dictionary = typeof en;\n\nconst dictionaryLoaders: Record<Locale, () => Promise<Dictionary>> = {\n  en: async () => en,\n  tr: async () => (await import('@/dictionaries/tr.json')).default as Dictionary,\n};\n\nconst dictionaryCache: Partial<Record<Locale, Dictionary>> = { en };\nconst dictionaryPromises: Partial<Record<Locale, Promise<Dictionary>>> = {};\n\nexport async function getDictionary(locale: Locale): Promise<Dictionary> {\n  const cached = dictionaryCache[locale];\n  if (cached) return cached;\n  if (!dictionaryPromises[locale]) {\n    const loader = dictionaryLoaders[locale];\n    dictionaryPromises[locale] = loader().then((dict) => {\n      dictionaryCache[locale] = dict;\n      return dict;\n    });\n  }\n  return dictionaryPromises[locale] as Promise<Dictionary>;\n}\n", filename: 'lib/i18n/dictionary.ts' },
    { code: "const byLocale = new Map<'en' | 'de', Messages>();\nexport function messages(locale: 'en' | 'de'): Messages {\n  let m = byLocale.get(locale);\n  if (!m) { m = loadMessages(locale); byLocale.set(locale, m); }\n  return m;\n}\n", filename: 'lib/i18n.ts' },
    // Deterministic memos: the value is computed from the key alone (a compiled matcher per glob, a
    // RegExp per pattern, metadata parsed from the id), so every instance holds the same entries.
    {
      code: "import picomatch from 'picomatch';\nconst matcherCache = new Map<string, (path: string) => boolean>();\nexport function matchesAnyGlob(path: string, globs: readonly string[]): boolean {\n  for (const glob of globs) {\n    let m = matcherCache.get(glob);\n    if (!m) {\n      m = picomatch(glob, { dot: true, basename: !glob.includes('/') });\n      matcherCache.set(glob, m);\n    }\n    if (m(path)) return true;\n  }\n  return false;\n}\n",
      filename: 'src/utils/options.ts',
    },
    { code: "import 'server-only';\nconst regexCache = new Map<string, RegExp>();\nexport function toRegex(glob: string) {\n  const key = glob.trim();\n  let re = regexCache.get(key);\n  if (!re) { re = new RegExp('^' + key.replace(/\\*/g, '.*') + '$', 'i'); regexCache.set(key, re); }\n  return re;\n}", filename: 'lib/glob-cache.ts' },
    { code: "const metaCache: Record<string, { parts: string[] }> = {};\nfunction parseId(id: string) { return { parts: id.split(':') }; }\nexport function meta(id: string) { return (metaCache[id] ??= parseId(id)); }", filename: 'lib/cache.ts' },
    // A lazily computed constant: a `let` filled once by a synchronous function without parameters.
    { code: "import plugin from './plugin';\nlet metaCache: Record<string, string> | undefined;\nexport function ruleMetas() {\n  if (metaCache) return metaCache;\n  const out: Record<string, string> = {};\n  for (const [id, rule] of Object.entries(plugin.rules)) out[id] = String(rule);\n  metaCache = out;\n  return metaCache;\n}", filename: 'src/core/lint-core.ts' },
    // A route's lazily built agents (CopilotKit's mastra showcase: `cachedAgents = buildAgents()`): clients built once.
    { code: "import { CopilotRuntime, createCopilotRuntimeHandler } from '@copilotkit/runtime/v2';\nimport { MastraAgent } from '@ag-ui/mastra';\nimport { mastra } from '@/mastra';\n\ntype BuiltAgents = Record<string, MastraAgent>;\n\nfunction buildAgents(): BuiltAgents {\n  return MastraAgent.getLocalAgents({ mastra, resourceId: 'demo' }) as BuiltAgents;\n}\n\nlet cachedAgents: BuiltAgents | null = null;\nfunction getAgents(): BuiltAgents {\n  if (cachedAgents === null) cachedAgents = buildAgents();\n  return cachedAgents;\n}\n\nexport const POST = (req: Request) => {\n  const handler = createCopilotRuntimeHandler({ runtime: new CopilotRuntime({ agents: getAgents() }), basePath: '/api/copilotkit' });\n  return handler(req);\n};\n", filename: 'app/api/copilotkit/route.ts' },
    // A lazily built service from a factory of a library (giselle's `createPostgresQueryService({ database, tableName })`):
    // a client singleton, the same on every instance.
    { code: "import { createPostgresQueryService, type QueryService } from '@acme/rag';\nimport { createDatabaseConfig } from '../database';\nimport { resolveStoreId } from './resolve-store';\n\nlet cachedQueryService: QueryService | undefined;\n\nexport function getQueryService(): QueryService {\n  if (cachedQueryService) return cachedQueryService;\n  cachedQueryService = createPostgresQueryService({\n    database: createDatabaseConfig(),\n    tableName: 'embeddings',\n    contextToFilter: async (context) => ({ storeId: await resolveStoreId(context) }),\n  });\n  return cachedQueryService;\n}\n", filename: 'lib/query/service.ts' },
    { code: "let cached: Service | null | undefined;\nclass Service { static tryCreate() { return process.env.X ? new Service() : null; } }\nexport function getService() { if (cached === undefined) cached = Service.tryCreate(); return cached; }", filename: 'lib/service-cache.ts' },
    // Registries populated by register() calls.
    { code: "import 'server-only';\nconst handlers = new Map();\nexport function registerHandler(name, fn) { handlers.set(name, fn); }", filename: 'lib/jobs.ts' },
    // Request coalescing: a map of in-flight promises.
    { code: "import 'server-only';\nconst inFlight = new Map<string, Promise<unknown>>();\nexport function load(k: string) { const p = fetchIt(k).finally(() => inFlight.delete(k)); inFlight.set(k, p); return p; }", filename: 'lib/links.ts' },
    // LRU with a TTL in front of a shared store: deliberate per-instance layer.
    { code: "import { LRUCache } from 'lru-cache';\nimport 'server-only';\nconst linkCache = new LRUCache({ max: 1000, ttl: 5000 });\nexport function remember(k, v) { linkCache.set(k, v); }", filename: 'lib/cache.ts' },
    // lunary's tokenizer: node-cache with `stdTTL` in front of the fetched model list, refetched every 10 minutes on each instance.
    {"code": "import NodeCache from 'node-cache';\n\nconst cache = new NodeCache({ stdTTL: 600 });\n\nasync function fetchModels(): Promise<string[]> {\n  const res = await fetch('https://api.example.com/v1/models');\n  return res.json();\n}\n\nexport async function getCachedModels() {\n  let models = cache.get<string[]>('modelData');\n  if (!models) {\n    models = await fetchModels();\n    cache.set('modelData', models);\n  }\n  return models;\n}\n", "filename": "packages/tokenizer/models.ts"},
    // State inside functions.
    { code: "export async function POST(req) { const seen = new Set(); const items = await req.json(); for (const i of items) seen.add(i.id); return Response.json([...seen]); }", filename: FILES.route },
    // 'use client' files, components, hooks, React modules.
    { code: "'use client';\nconst cache = new Map();\nexport function useThing(k) { cache.set(k, 1); }", filename: 'app/x/thing.tsx' },
    { code: "const cache = new Map();\nexport function remember(k, v) { cache.set(k, v); }", filename: 'components/cache.ts' },
    { code: "import { create } from 'zustand';\nconst sessionCache = new Map();\nexport function remember(k, v) { sessionCache.set(k, v); }", filename: 'lib/session-store.ts' },
    { code: "const cache = new Map();\nexport function remember(k, v) { if (typeof window === 'undefined') return; cache.set(k, v); }", filename: 'lib/cache.ts' },
    // Generic lib file whose state is not request data by name.
    { code: "const parts = [];\nexport function add(p) { parts.push(p); }", filename: 'lib/format.ts' },
    // A plain object's own methods are not container writes.
    { code: "export const STORE = { items: {}, add(x) { return x; } };\nexport function f(m) { STORE.add(m); }", filename: 'lib/store-utils.ts' },
    // Class instances without container fields, or created per request.
    { code: "class RateLimiter { constructor() { this.store = new Map(); } hit(ip) { this.store.set(ip, 1); } }\nexport async function POST(req) { const l = new RateLimiter(); l.hit('x'); return Response.json({}); }", filename: FILES.route },
    { code: "import { Redis } from '@upstash/redis';\nexport class CacheService { private static instance: CacheService; private redis = new Redis({ url: 'x', token: 'y' }); static getInstance() { if (!CacheService.instance) CacheService.instance = new CacheService(); return CacheService.instance; } async set(k: string, v: string) { await this.redis.set(k, v); } }\nexport const cache = CacheService.getInstance();", filename: 'lib/cache.ts' },
    // Scripts and tests.
    { code: "const seen = new Set();\nexport function mark(k) { seen.add(k); }", filename: 'scripts/import.ts' },
    { code: "const calls = [];\nexport async function GET() { calls.push(1); }", filename: 'app/api/x/route.test.ts' },
    // Lazily created clients held in a `let`.
    { code: "import { MongoClient } from 'mongodb';\nlet cachedClient = null;\nexport async function connect() { if (cachedClient) return cachedClient; cachedClient = await MongoClient.connect('x'); return cachedClient; }", filename: 'lib/mongo.ts' },
    { code: "let cachedDb;\nexport async function getDb() { if (!cachedDb) cachedDb = await connectToDatabase(); return cachedDb; }", filename: 'lib/db.ts' },
    // Warning throttles and in-flight gauges.
    { code: "import 'server-only';\nconst lastWarningAt: Record<string, number> = {};\nexport function warn(r: string) { lastWarningAt[r] = Date.now(); }", filename: 'lib/ip.ts' },
    { code: "import 'server-only';\nlet activeCallouts = 0;\nexport async function run(fn) { activeCallouts += 1; try { return await fn(); } finally { activeCallouts -= 1; } }", filename: 'lib/callouts.ts' },
    // Maps of clients and connection pools per key (langfuse: undici agents per outbound policy, through
    // a get-or-create helper; formbricks: AI SDK models per provider config): keyed singletons.
    {
      code: "import { Agent as UndiciAgent, type Dispatcher } from 'undici';\nimport type { Agent as HttpAgent } from 'node:http';\nimport type { Agent as HttpsAgent } from 'node:https';\nconst dispatchersByPolicy = new Map<string, UndiciAgent>();\nconst httpAgentsByPolicy = new Map<string, { httpAgent: HttpAgent; httpsAgent: HttpsAgent }>();\nconst routingByPolicy: Map<string, Dispatcher | undefined> = new Map();\nfunction getOrCreate<T>(cache: Map<string, T>, key: string, create: () => T): T {\n  const hit = cache.get(key);\n  if (hit) return hit;\n  const made = create();\n  cache.set(key, made);\n  return made;\n}\nexport function dispatcherFor(policy: string) { return getOrCreate(dispatchersByPolicy, policy, () => new UndiciAgent()); }\nexport function agentsFor(policy: string) { return getOrCreate(httpAgentsByPolicy, policy, () => makeAgents(policy)); }\nexport function routeFor(policy: string) { return getOrCreate(routingByPolicy, policy, () => compose(policy)); }\n",
      filename: 'packages/shared/src/server/outbound-url/connection.ts',
    },
    {
      code: "import type { LanguageModel } from 'ai';\nconst languageModelCache = new Map<string, LanguageModel>();\nexport function getModel(provider: string, model: string) {\n  const key = `${provider}:${model}`;\n  const hit = languageModelCache.get(key);\n  if (hit) return hit;\n  const created = adapters[provider].languageModel(model);\n  languageModelCache.set(key, created);\n  return created;\n}\n",
      filename: 'packages/ai/src/provider.ts',
    },
    { code: "import { createClient } from '@supabase/supabase-js';\nconst clients = new Map<string, ReturnType<typeof createClient>>();\nexport function forTenant(t: string) { if (!clients.has(t)) clients.set(t, make(t)); return clients.get(t); }\n", filename: 'lib/server/tenants.ts' },
    // A long-running server (langfuse's sandbox runtime) keeps its module state for its lifetime.
    {
      code: "import { createServer } from 'node:http';\nlet requestCounter = 0;\nconst server = createServer(async (req, res) => {\n  requestCounter += 1;\n  res.end(String(requestCounter));\n});\nserver.listen(5000);\n",
      filename: 'packages/sandbox-runtime/src/server.ts',
    },
    { code: "import express from 'express';\nconst seen = new Set<string>();\nconst app = express();\napp.post('/hook', (req, res) => { seen.add(req.body.id); res.sendStatus(200); });\napp.listen(process.env.PORT);\n", filename: 'server/index.ts' },
    // A one-slot memo of a pure function (langfuse's search composer): the slots hold its last arguments.
    {
      code: "let cacheKey: string | null = null;\nlet cacheScoreTypes: ScoreTypes | undefined;\nlet cacheVal: Segment[] = [];\nexport function deriveSegments(draft: string, scoreTypes?: ScoreTypes): Segment[] {\n  if (draft === cacheKey && scoreTypes === cacheScoreTypes) return cacheVal;\n  const segments = tokenize(draft, scoreTypes);\n  cacheKey = draft;\n  cacheScoreTypes = scoreTypes;\n  cacheVal = segments;\n  return segments;\n}\n",
      filename: 'web/src/features/search-bar/lib/composer-segments.ts',
    },
    // A test harness (langfuse's golden-SQL harness) is test code, whatever folder it is in.
    { code: "export const capturedQueries: string[] = [];\nexport function capture(q: string) { capturedQueries.push(q); }\n", filename: 'packages/shared/src/server/query-ast/goldenHarness.ts' },
    // Filled once by a parameterless loader guarded by `size > 0` (midday's MCP views): static data.
    { code: "import { readFileSync } from 'node:fs';\nconst htmlCache = new Map<string, string>();\nfunction loadViewsOnce(): void {\n  if (htmlCache.size > 0) return;\n  for (const [uri, file] of Object.entries(views)) htmlCache.set(uri, readFileSync(file, 'utf-8'));\n}\nexport function register(server: Server) { loadViewsOnce(); server.html(htmlCache.get('a')); }\n", filename: 'apps/api/src/mcp/apps.ts' },
    // Public keys by key id (midday's Plaid webhook keys).
    { code: "import 'server-only';\nconst KEY_CACHE = new Map<string, { jwk: JWKPublicKey; expiredAt: number | null }>();\nexport async function keyFor(id: string) { let k = KEY_CACHE.get(id); if (!k) { k = await fetchKey(id); KEY_CACHE.set(id, k); } return k; }\n", filename: 'apps/api/src/utils/plaid.ts' },
    // Job definitions registered at startup (documenso's local job provider).
    { code: "import 'server-only';\nexport class LocalJobProvider {\n  private _jobDefinitions: Record<string, JobDefinition> = {};\n  private _cronJobs: CronJobEntry[] = [];\n  defineJob(d: JobDefinition) { this._jobDefinitions[d.id] = d; if (d.cron) this._cronJobs.push({ d }); }\n}\nexport const jobs = new LocalJobProvider();\n", filename: 'packages/lib/jobs/client/local.ts' },
    // A flag set to a constant next to a load-once config cache (morphic's models config): no fetched data.
    { code: "import cloudConfig from '@/config/models/cloud.json';\nlet cachedConfig: ModelsConfig | null = null;\nlet cachedForCloudDeployment = false;\nexport async function loadModelsConfig(): Promise<ModelsConfig> {\n  if (cachedConfig && cachedForCloudDeployment) return cachedConfig;\n  const config = cloudConfig;\n  validate(config);\n  cachedConfig = config as ModelsConfig;\n  cachedForCloudDeployment = true;\n  return cachedConfig;\n}\n", filename: 'lib/config/load-models-config.ts' },
    // A GitHub App's installation tokens, each kept below its expiry (chatsdk-knowledge-agent-template's
    // packages/github auth): access tokens the app obtained to call GitHub, not the caller's data.
    { code: "type TokenCacheEntry = { token: string; expiresAt: number };\nconst tokenCache = new Map<string, TokenCacheEntry>();\nconst TTL_MS = 50 * 60 * 1000;\n\nfunction getCachedToken(cacheKey: string): string | null {\n  const cached = tokenCache.get(cacheKey);\n  if (cached && cached.expiresAt > Date.now()) return cached.token;\n  return null;\n}\n\nfunction setCachedToken(cacheKey: string, token: string, ttlMs: number = TTL_MS): void {\n  tokenCache.set(cacheKey, { token, expiresAt: Date.now() + ttlMs });\n}\n\nexport async function getInstallationToken(appId: string, installationId: number, mint: () => Promise<string>) {\n  const cacheKey = `app-installation:${appId}:${installationId}`;\n  const cached = getCachedToken(cacheKey);\n  if (cached) return cached;\n  const token = await mint();\n  setCachedToken(cacheKey, token);\n  return token;\n}\n", filename: 'packages/github/server/utils/auth.ts' },
    // Tokenizer encoders per encoding name (morphic's context window): a deterministic memo of library objects.
    { code: "import { getEncoding, type TiktokenEncoding } from 'js-tiktoken';\nconst encoderCache = new Map<string, any>();\nconst MODEL_TO_ENCODING: Record<string, TiktokenEncoding> = { 'gpt-4o': 'o200k_base' };\nfunction getEncoder(modelId: string) {\n  const name = MODEL_TO_ENCODING[modelId] || 'cl100k_base';\n  if (!encoderCache.has(name)) {\n    const encoder = getEncoding(name);\n    encoderCache.set(name, encoder);\n  }\n  return encoderCache.get(name);\n}\nexport function countTokens(modelId: string, text: string) { return getEncoder(modelId).encode(text).length; }\n", filename: 'lib/utils/context-window.ts' },
    // A lazily built constant whose callback only formats module constants (morphic's footer tips).
    { code: "import { formatShortcutKeys, SHORTCUTS } from '@/lib/keyboard-shortcuts';\nconst SHORTCUT_ENTRIES = [SHORTCUTS.newChat, SHORTCUTS.copyMessage] as const;\nlet cachedTips: { keys: string[]; description: string }[] | null = null;\nexport function getTips() {\n  if (!cachedTips) {\n    cachedTips = SHORTCUT_ENTRIES.map((s) => ({ keys: formatShortcutKeys(s), description: s.description }));\n  }\n  return cachedTips;\n}\n", filename: 'lib/footer-tips.ts' },
    // ignoreNames option.
    { code: "const hits = new Map();\nexport async function GET(req) { hits.set(req.url, 1); return Response.json({}); }", filename: FILES.route, options: [{ ignoreNames: ['^hits$'] }] },
    // requestDataInProcessEnv: a write of process.env whose value does not come from the request (web-check's Chromium path): the same for every request.
    { code: "import chromium from '@sparticuz/chromium';\n\nexport async function GET(req: Request) {\n  process.env.CHROMIUM_BIN ??= await chromium.executablePath();\n  process.env.CHROMIUM_DATA_DIR = '/tmp/chromium-data';\n  const url = new URL(req.url).searchParams.get('url');\n  return Response.json(await analyse(url));\n}\n", filename: 'app/api/tech-stack/route.ts' },
    // requestDataInModuleVariable: module `let`s that are not request data, or read only by the request that stored them.
    // A client created lazily from the environment (`client ??= new X(process.env...)`): no request data.
    { code: "import OpenAI from 'openai';\n\nlet client: OpenAI | undefined;\n\nfunction getClient() {\n  client ??= new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\n  return client;\n}\n\nexport async function POST(req: Request) {\n  const { prompt } = await req.json();\n  const res = await getClient().responses.create({ model: 'gpt-4.1-mini', input: prompt });\n  return Response.json({ text: res.output_text });\n}\n", filename: 'app/api/chat/route.ts' },
    // A constant from the environment, set once by the handler: the same for every request.
    { code: "let baseUrl: string | undefined;\n\nexport async function GET(req: Request) {\n  baseUrl ??= process.env.PUBLIC_BASE_URL ?? 'https://example.com';\n  const links = await loadLinks();\n  return Response.json(links.map((l) => `${baseUrl}/${l.slug}`));\n}\n", filename: 'app/api/links/route.ts' },
    // Request data in the handler's own `let`, not at module level.
    { code: "export async function POST(req: Request) {\n  let url: string | undefined;\n  ({ url } = await req.json());\n  await db.insert({ url });\n  return Response.json({ ok: true, url });\n}\n", filename: 'app/api/track/route.ts' },
    // Request data stored and read right away by the same request, with no await in between: no other request can run.
    { code: "let body: unknown;\n\nexport async function POST(req: Request) {\n  body = await req.json();\n  return Response.json({ received: body });\n}\n", filename: 'app/api/echo/route.ts' },
    // Reset at the start of each request with a value that is not request data (a timer).
    { code: "let startedAt = 0;\n\nexport async function POST(req: Request) {\n  startedAt = Date.now();\n  await doWork(await req.json());\n  return Response.json({ ms: Date.now() - startedAt });\n}\n", filename: 'app/api/work/route.ts' },
    // Data that does not come from the request (a settings row without request input).
    { code: "let settings: unknown;\n\nexport async function GET(req: Request) {\n  settings = await db.settings.findFirst();\n  await audit();\n  return Response.json(settings);\n}\n", filename: 'app/api/settings/route.ts' },
    // Only written, never read.
    { code: "let lastSeenId: string | undefined;\n\nexport async function POST(req: Request) {\n  const { id } = await req.json();\n  lastSeenId = id;\n  return new Response(null, { status: 204 });\n}\n", filename: 'app/api/beacon/route.ts' },
    // INNO's encryption-key memo: the slot keeps the key text (a const computed from the parameter) the CryptoKey was
    // last imported from, compared before reuse.
    { code: "let cachedKey: CryptoKey | null = null;\nlet cachedKeyRaw = '';\n\nasync function getEncryptionKey(rawKey?: string | null): Promise<CryptoKey> {\n  const source = (rawKey ?? process.env.ENCRYPTION_KEY ?? '').trim();\n  if (cachedKey && cachedKeyRaw === source) return cachedKey;\n  cachedKey = await crypto.subtle.importKey('raw', decodeBase64(source), { name: 'AES-GCM' }, false, ['decrypt']);\n  cachedKeyRaw = source;\n  return cachedKey;\n}\n\nexport async function POST(req: Request) {\n  const { token } = await req.json();\n  const key = await getEncryptionKey();\n  return Response.json({ value: await decrypt(key, token) });\n}\n", filename: 'app/api/decrypt/route.ts' },
    // A one-slot memo's key compared with the request's: only a yes or no comes out of the comparison.
    { code: "let lastLocale: string | undefined;\n\nexport async function GET(req: Request, { params }: { params: { locale: string } }) {\n  if (params.locale === lastLocale) console.debug('same locale as the previous request');\n  lastLocale = params.locale;\n  return Response.json(MESSAGES[params.locale]);\n}\n", filename: 'app/api/locale/[locale]/route.ts' },
    // A dev mock API under scripts/: tooling, not request code of the app.
    { code: "let lastBody: unknown;\n\nfunction log() {\n  console.log(lastBody);\n}\n\nexport default async function handler(req, res) {\n  lastBody = req.body;\n  log();\n  res.json({ ok: true });\n}\n", filename: 'scripts/mock-server/pages/api/echo.ts' },
    // A client component: module state per browser tab.
    { code: "'use client';\nlet lastQuery = '';\n\nexport function remember(query: string) {\n  lastQuery = query;\n}\n\nexport function SearchBox() {\n  return <input defaultValue={lastQuery} onChange={(e) => remember(e.target.value)} />;\n}\n", filename: 'components/search-box.tsx' },
    // A test of the route: not request code.
    { code: "let lastUrl: string | undefined;\nasync function log() { await db.insert({ url: lastUrl }); }\nexport async function POST(req: Request) {\n  const { url } = await req.json();\n  lastUrl = url;\n  await log();\n  return Response.json({ ok: true });\n}\n", filename: 'app/api/track/route.test.ts' },
    // A generated SDK module (unkey's Speakeasy types/unrecognized.ts): regenerating it undoes any edit.
    { code: "/*\n * Code generated by Speakeasy (https://speakeasy.com). DO NOT EDIT.\n */\n\nfunction unrecognized<T>(value: T): T {\n  globalCount++;\n  return value;\n}\n\nlet globalCount = 0;\nexport function startCounting() {\n  const start = globalCount;\n  return { end: () => globalCount - start };\n}\n", filename: 'internal/api/src/types/unrecognized.ts' },
    // latitude-llm's TanStack DB collections: a module of React hooks (`useLiveQuery` from `@tanstack/react-db`)
    // keeping one collection per project in the browser.
    { code: "import { queryCollectionOptions } from '@tanstack/query-db-collection'\nimport { createCollection, useLiveQuery } from '@tanstack/react-db'\nimport { listFlaggers } from './flaggers.functions.ts'\n\nconst projectFlaggersCollectionsCache: Record<string, ReturnType<typeof makeCollection>> = {}\n\nconst makeCollection = (projectId: string) =>\n  createCollection(queryCollectionOptions({ queryKey: ['flaggers', projectId], queryFn: () => listFlaggers(projectId) }))\n\nconst getCollection = (projectId: string) => {\n  if (!projectFlaggersCollectionsCache[projectId]) {\n    projectFlaggersCollectionsCache[projectId] = makeCollection(projectId)\n  }\n  return projectFlaggersCollectionsCache[projectId]\n}\n\nexport function useProjectFlaggers(projectId: string) {\n  const collection = getCollection(projectId)\n  return useLiveQuery((q) => q.from({ flagger: collection }), [projectId])\n}\n", filename: 'apps/web/src/domains/flaggers/flaggers.collection.ts' },
    // ai-agent-builder's `src/db/client.ts`: a lazily created pool and client (`cachedDbState ??= createDbState()`), reset to
    // `undefined` by the function that ends the pool: a reset carries no fetched data, like `= null`.
    { code: "import 'server-only';\nimport { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';\nimport { Pool } from 'pg';\n\ntype DbState = Readonly<{ db: NodePgDatabase; pool: Pool }>;\n\nfunction createDbState(): DbState {\n  const pool = new Pool({ connectionString: process.env.DATABASE_URL });\n  return { db: drizzle({ client: pool }), pool };\n}\n\nlet cachedDbState: DbState | undefined;\n\nexport function getDb(): NodePgDatabase {\n  cachedDbState ??= createDbState();\n  return cachedDbState.db;\n}\n\nexport async function closeDb(): Promise<void> {\n  if (!cachedDbState) return;\n  await cachedDbState.pool.end();\n  cachedDbState = undefined;\n}\n", filename: 'src/db/client.ts' },
    // ai-agent-builder's `src/proxy.ts`: the auth library's middleware built once from constants (`getAuth()`, given nothing,
    // is Neon Auth's instance, not the caller) and memoized with `??=`.
    { code: "import type { NextRequest } from 'next/server';\nimport { getAuth } from '@/lib/auth/neon-auth.server';\n\ntype AuthMiddleware = ReturnType<ReturnType<typeof getAuth>['middleware']>;\n\nlet cachedMiddleware: AuthMiddleware | undefined;\n\nexport default async function proxy(request: NextRequest) {\n  cachedMiddleware ??= getAuth().middleware({ loginUrl: '/auth/sign-in' });\n  return cachedMiddleware(request);\n}\n\nexport const config = { matcher: ['/((?!_next|auth|api/auth).*)'] };\n", filename: 'src/proxy.ts' },
  ],
  invalid: [
    // A per-worker claim lease whose token is minted here (langwatch's runaway-containment fallback): a dedupe, not a provider's token.
    {"code":"import { nanoid } from 'nanoid';\nconst claimMemory = new Map<string, { token: string; expiresAt: number }>();\n\nexport async function claimOnce(key: string, ttlSeconds = 90_000) {\n  const token = nanoid();\n  const now = Date.now();\n  const existing = claimMemory.get(key);\n  if (existing !== undefined && existing.expiresAt > now) return null;\n  claimMemory.set(key, { token, expiresAt: now + ttlSeconds * 1000 });\n  return { key, token };\n}\n","filename":"src/server/automations/containment.ts","errors":[{"messageId":"moduleState","line":2,"column":7,"suggestions":[{"messageId":"useSharedCache","output":"import { nanoid } from 'nanoid';\nimport { Redis } from '@upstash/redis';\nconst claimMemory = createCache<{ token: string; expiresAt: number }>('claimMemory');\n\nexport async function claimOnce(key: string, ttlSeconds = 90_000) {\n  const token = nanoid();\n  const now = Date.now();\n  const existing = await claimMemory.get(key);\n  if (existing !== undefined && existing.expiresAt > now) return null;\n  await claimMemory.set(key, { token, expiresAt: now + ttlSeconds * 1000 });\n  return { key, token };\n}\n\n// One client per instance is fine: it holds no request data, only the connection settings.\nconst redis = Redis.fromEnv();\n\n/** A Map-like cache whose entries live in Redis, so every instance sees the same data and it survives cold starts. */\ninterface SharedCache<T> {\n  get(key: string): Promise<T | undefined>;\n  set(key: string, value: T, ttlSeconds?: number): Promise<void>;\n  has(key: string): Promise<boolean>;\n  delete(key: string): Promise<boolean>;\n  /** Read-through: the cached value, or `load()`'s result stored for `ttlSeconds`. */\n  getOrSet(key: string, load: () => Promise<T>, ttlSeconds?: number): Promise<T>;\n}\n\n/**\n * Creates a cache under `namespace:` whose entries expire after `defaultTtlSeconds` (an expiry is\n * what keeps a cache from serving stale rows forever). Redis failures degrade to a cache miss\n * instead of failing the request.\n */\nfunction createCache<T>(namespace: string, defaultTtlSeconds = 300): SharedCache<T> {\n  const fullKey = (key: string): string => `${namespace}:${key}`;\n  const cache: SharedCache<T> = {\n    async get(key) {\n      try {\n        const value = await redis.get<T>(fullKey(key));\n        return value ?? undefined;\n      } catch (err) {\n        console.warn(`cache get failed for ${namespace}`, err);\n        return undefined;\n      }\n    },\n    async set(key, value, ttlSeconds = defaultTtlSeconds) {\n      try {\n        await redis.set(fullKey(key), value, { ex: ttlSeconds });\n      } catch (err) {\n        console.warn(`cache set failed for ${namespace}`, err);\n      }\n    },\n    async has(key) {\n      try {\n        return (await redis.exists(fullKey(key))) > 0;\n      } catch (err) {\n        console.warn(`cache has failed for ${namespace}`, err);\n        return false;\n      }\n    },\n    async delete(key) {\n      try {\n        return (await redis.del(fullKey(key))) > 0;\n      } catch (err) {\n        console.warn(`cache delete failed for ${namespace}`, err);\n        return false;\n      }\n    },\n    async getOrSet(key, load, ttlSeconds = defaultTtlSeconds) {\n      const hit = await cache.get(key);\n      if (hit !== undefined) return hit;\n      const value = await load();\n      await cache.set(key, value, ttlSeconds);\n      return value;\n    },\n  };\n  return cache;\n}\n"}]}]},
    // The same cache keyed by the caller's token (a revoked one keeps working for the TTL), or holding more than the token.
    { code: "type TokenCacheEntry = { token: string; expiresAt: number };\nconst tokenCache = new Map<string, TokenCacheEntry>();\nconst TTL_MS = 50 * 60 * 1000;\n\nfunction getCachedToken(cacheKey: string): string | null {\n  const cached = tokenCache.get(cacheKey);\n  if (cached && cached.expiresAt > Date.now()) return cached.token;\n  return null;\n}\n\nfunction setCachedToken(cacheKey: string, token: string, ttlMs: number = TTL_MS): void {\n  tokenCache.set(token, { token, expiresAt: Date.now() + ttlMs });\n}\n\nexport async function getInstallationToken(appId: string, installationId: number, mint: () => Promise<string>) {\n  const cacheKey = `app-installation:${appId}:${installationId}`;\n  const cached = getCachedToken(cacheKey);\n  if (cached) return cached;\n  const token = await mint();\n  setCachedToken(cacheKey, token);\n  return token;\n}\n", filename: 'packages/github/server/utils/auth.ts', errors: [{ messageId: 'moduleState', line: 2, column: 7 }] },
    { code: "type TokenCacheEntry = { token: string; expiresAt: number };\nconst tokenCache = new Map<string, TokenCacheEntry>();\nconst TTL_MS = 50 * 60 * 1000;\n\nfunction getCachedToken(cacheKey: string): string | null {\n  const cached = tokenCache.get(cacheKey);\n  if (cached && cached.expiresAt > Date.now()) return cached.token;\n  return null;\n}\n\nfunction setCachedToken(cacheKey: string, token: string, ttlMs: number = TTL_MS, installationOwner?: string): void {\n  tokenCache.set(cacheKey, { token, user: installationOwner, expiresAt: Date.now() + ttlMs });\n}\n\nexport async function getInstallationToken(appId: string, installationId: number, mint: () => Promise<string>) {\n  const cacheKey = `app-installation:${appId}:${installationId}`;\n  const cached = getCachedToken(cacheKey);\n  if (cached) return cached;\n  const token = await mint();\n  setCachedToken(cacheKey, token);\n  return token;\n}\n", filename: 'packages/github/server/utils/auth.ts', errors: [{ messageId: 'moduleState', line: 2, column: 7 }] },
    // Twin: the slot keeps a value fetched inside the function, not one computed from the memo's own argument.
    { code: "let cachedKey: CryptoKey | null = null;\nlet cachedKeyRaw = '';\n\nasync function getEncryptionKey(req: Request): Promise<CryptoKey> {\n  const source = await fetchKeyText();\n  if (cachedKey && cachedKeyRaw === source) return cachedKey;\n  cachedKey = await crypto.subtle.importKey('raw', decodeBase64(source), { name: 'AES-GCM' }, false, ['decrypt']);\n  cachedKeyRaw = source;\n  return cachedKey;\n}\n\nexport async function POST(req: Request) {\n  const { token } = await req.json();\n  const key = await getEncryptionKey(req);\n  return Response.json({ value: await decrypt(key, token) });\n}\n", filename: 'app/api/decrypt/route.ts', errors: [{ messageId: 'moduleState', line: 2, column: 5 }] },
    // A limiter is named by a word of the name: the `rate` inside `IntegratedErrorHandler` (ai-sdk-chat-mml's state log) asks for no rate limiter.
    {"code": "import { NextResponse } from 'next/server';\n\nexport class IntegratedErrorHandler {\n  private static instance: IntegratedErrorHandler;\n  private stateTransitions: string[] = [];\n\n  static getInstance(): IntegratedErrorHandler {\n    if (!IntegratedErrorHandler.instance) IntegratedErrorHandler.instance = new IntegratedErrorHandler();\n    return IntegratedErrorHandler.instance;\n  }\n\n  record(state: string) {\n    this.stateTransitions.push(state);\n  }\n}\n\nexport const errorHandler = IntegratedErrorHandler.getInstance();\n\nexport async function POST(req: Request) {\n  const { state } = await req.json();\n  errorHandler.record(state);\n  return NextResponse.json({ ok: true });\n}\n", "filename": "app/api/errors/route.ts", "errors": [{"messageId": "moduleState", "line": 5, "column": 11, "data": {"name": "this.stateTransitions", "kind": "array of a module-level IntegratedErrorHandler instance", "write": "this.stateTransitions.push()", "line": "13", "fix": "Redis with a TTL, or the database"}}]},
    // Nor the `rate` inside `generatedImages`.
    {"code": "const generatedImages = new Map<string, string>();\n\nexport async function POST(req: Request) {\n  const { id, url } = await req.json();\n  generatedImages.set(id, url);\n  return Response.json({ ok: true });\n}\n", "filename": "app/api/images/route.ts", "errors": [{"messageId": "moduleState", "line": 1, "column": 7, "suggestions": [{"messageId": "useSharedCache", "output": "import { Redis } from '@upstash/redis';\nconst generatedImages = createCache<string>('generatedImages');\n\nexport async function POST(req: Request) {\n  const { id, url } = await req.json();\n  await generatedImages.set(id, url);\n  return Response.json({ ok: true });\n}\n\n// One client per instance is fine: it holds no request data, only the connection settings.\nconst redis = Redis.fromEnv();\n\n/** A Map-like cache whose entries live in Redis, so every instance sees the same data and it survives cold starts. */\ninterface SharedCache<T> {\n  get(key: string): Promise<T | undefined>;\n  set(key: string, value: T, ttlSeconds?: number): Promise<void>;\n  has(key: string): Promise<boolean>;\n  delete(key: string): Promise<boolean>;\n  /** Read-through: the cached value, or `load()`'s result stored for `ttlSeconds`. */\n  getOrSet(key: string, load: () => Promise<T>, ttlSeconds?: number): Promise<T>;\n}\n\n/**\n * Creates a cache under `namespace:` whose entries expire after `defaultTtlSeconds` (an expiry is\n * what keeps a cache from serving stale rows forever). Redis failures degrade to a cache miss\n * instead of failing the request.\n */\nfunction createCache<T>(namespace: string, defaultTtlSeconds = 300): SharedCache<T> {\n  const fullKey = (key: string): string => `${namespace}:${key}`;\n  const cache: SharedCache<T> = {\n    async get(key) {\n      try {\n        const value = await redis.get<T>(fullKey(key));\n        return value ?? undefined;\n      } catch (err) {\n        console.warn(`cache get failed for ${namespace}`, err);\n        return undefined;\n      }\n    },\n    async set(key, value, ttlSeconds = defaultTtlSeconds) {\n      try {\n        await redis.set(fullKey(key), value, { ex: ttlSeconds });\n      } catch (err) {\n        console.warn(`cache set failed for ${namespace}`, err);\n      }\n    },\n    async has(key) {\n      try {\n        return (await redis.exists(fullKey(key))) > 0;\n      } catch (err) {\n        console.warn(`cache has failed for ${namespace}`, err);\n        return false;\n      }\n    },\n    async delete(key) {\n      try {\n        return (await redis.del(fullKey(key))) > 0;\n      } catch (err) {\n        console.warn(`cache delete failed for ${namespace}`, err);\n        return false;\n      }\n    },\n    async getOrSet(key, load, ttlSeconds = defaultTtlSeconds) {\n      const hit = await cache.get(key);\n      if (hit !== undefined) return hit;\n      const value = await load();\n      await cache.set(key, value, ttlSeconds);\n      return value;\n    },\n  };\n  return cache;\n}\n"}], "data": {"name": "generatedImages", "kind": "Map", "write": ".set()", "line": "5", "fix": "Redis with a TTL, or the database"}}]},
    // Twin: a class named for rate limiting still gets the @upstash/ratelimit fix.
    {"code": "class RateLimitStore {\n  private hits = new Map<string, number>();\n  bump(ip: string) {\n    this.hits.set(ip, (this.hits.get(ip) ?? 0) + 1);\n  }\n}\n\nconst store = new RateLimitStore();\n\nexport async function POST(req: Request) {\n  store.bump(req.headers.get('x-forwarded-for') ?? 'anon');\n  return Response.json({ ok: true });\n}\n", "filename": "app/api/ping/route.ts", "errors": [{"messageId": "moduleState", "line": 2, "column": 11, "data": {"name": "this.hits", "kind": "Map of a module-level RateLimitStore instance", "write": "this.hits.set()", "line": "4", "fix": "@upstash/ratelimit"}}]},
    // Twin: a route handler that starts the same job on each request still keeps the list per instance.
    { code: "import schedule from 'node-schedule';\nimport { runScan } from '@/lib/scanner';\n\nconst scheduledJobs: { id: string; job: schedule.Job }[] = [];\n\nexport async function POST() {\n  scheduledJobs.push({ id: 'scan', job: schedule.scheduleJob('*/5 * * * *', () => runScan()) });\n  return Response.json({ jobs: scheduledJobs.length });\n}\n", filename: 'app/api/jobs/route.ts', errors: [{ messageId: 'moduleState', line: 4, column: 7 }] },
    // open-researcher's research route: a caller's API key (from a header) written into process.env, which every later request reads.
    { code: "import { performResearch } from '@/lib/agent';\n\nexport async function POST(req: Request) {\n  const { query } = await req.json();\n  const firecrawlApiKey = req.headers.get('X-Firecrawl-API-Key') || process.env.FIRECRAWL_API_KEY;\n  if (!firecrawlApiKey) return Response.json({ error: 'FIRECRAWL_API_KEY is not configured' }, { status: 500 });\n  process.env.FIRECRAWL_API_KEY = firecrawlApiKey;\n  return Response.json(await performResearch(query));\n}\n", filename: 'app/api/open-researcher/route.ts', errors: [{ messageId: 'requestDataInProcessEnv', line: 7, column: 3, data: { name: 'process.env.FIRECRAWL_API_KEY', handler: 'the POST handler', write: 'process.env.FIRECRAWL_API_KEY = firecrawlApiKey', line: '7' }, suggestions: [] }] },
    // The same one-slot TTL cache filled for one user (`getPlansFor(userId)`): the slot holds that user's rows, and the next caller on this instance gets them.
    // Twin of rybbit's daily salt: filled per caller (a parameter), the slot is still reported.
    {"code":"import crypto from 'node:crypto';\n\nlet cachedSalt: string | null = null;\nlet cacheDate: string | null = null;\n\nfunction getDailySalt(siteId: string): string {\n  const secretKey = process.env.AUTH_SECRET;\n  if (!secretKey) throw new Error('AUTH_SECRET is missing');\n  const currentDate = new Date().toISOString().split('T')[0];\n  if (cachedSalt && cacheDate === currentDate) return cachedSalt;\n  const newSalt = crypto.createHash('sha256').update(secretKey + siteId + currentDate).digest('hex');\n  cachedSalt = newSalt;\n  cacheDate = currentDate;\n  return newSalt;\n}\n\nexport function getUserId(ip: string, ua: string): string {\n  return crypto.createHash('sha256').update(ip + ua + getDailySalt(ip)).digest('hex');\n}\n","filename":"server/src/tracker/trackingUtils.ts","errors":[{"messageId":"moduleState","line":3,"column":5},{"messageId":"moduleState","line":4,"column":5}]},
    {"code":"let plansCache: Plan[] | null = null\nlet lastCacheTime = 0\nconst CACHE_TTL = 5 * 60 * 1000\n\nexport async function getPlansFor(userId: string): Promise<Plan[]> {\n  const currentTime = Date.now()\n  if (plansCache !== null && currentTime - lastCacheTime < CACHE_TTL) return plansCache\n  const { data } = await supabaseAdmin.from('plans').select('id, name, price').eq('user_id', userId)\n  plansCache = data || []\n  lastCacheTime = currentTime\n  return plansCache\n}\n","filename":"lib/stripe.ts","errors":[{"messageId":"moduleState","line":1,"column":5}]},
    // Filled by a parameterless function that reads the session: the slot holds the signed-in caller's data, which the next caller gets (callerDataInModuleState).
    {"code":"import { auth } from '@/auth'\nlet cachedProfile: Profile | null = null\nlet lastFetch = 0\n\nexport async function getProfile() {\n  const now = Date.now()\n  if (cachedProfile && now - lastFetch < 60_000) return cachedProfile\n  const session = await auth()\n  cachedProfile = await db.profile.findUnique({ where: { userId: session?.user?.id } })\n  lastFetch = now\n  return cachedProfile\n}\n","filename":"lib/profile.ts","errors":[{"messageId":"callerDataInModuleState","line":2,"column":5,"data":{"name":"cachedProfile","kind":"cached value","write":"cachedProfile =","line":"9","source":"auth()"}}]},
    // A stamp that is set but never compared with the clock is no TTL: the slot is kept forever.
    {"code":"let plansCache: Plan[] | null = null\nlet lastCacheTime = 0\n\nexport async function getAllPlans(): Promise<Plan[]> {\n  if (plansCache !== null) return plansCache\n  const { data } = await supabaseAdmin.from('plans').select('id, name, price')\n  plansCache = data || []\n  lastCacheTime = Date.now()\n  console.log('plans cached at', lastCacheTime)\n  return plansCache\n}\n","filename":"lib/stripe.ts","errors":[{"messageId":"moduleState","line":1,"column":5}]},
    // Twin: the same singleton importing a plain store object (no hook): nothing says it runs in the browser.
    { code: "import { blockStatusStore } from '@/app/stores/editorBlockStatusStore';\n\nexport class IntegratedErrorHandler {\n  private static instance: IntegratedErrorHandler;\n  private stateTransitions: ErrorStateTransition[] = [];\n\n  public static getInstance(): IntegratedErrorHandler {\n    if (!IntegratedErrorHandler.instance) {\n      IntegratedErrorHandler.instance = new IntegratedErrorHandler();\n    }\n    return IntegratedErrorHandler.instance;\n  }\n\n  recordTransition(transition: ErrorStateTransition) {\n    this.stateTransitions.push(transition);\n    blockStatusStore.setBlockStatus(transition.blockId, transition.toStatus);\n  }\n}\n", filename: 'lib/errorHandlingIntegration.ts', errors: [{ messageId: 'moduleState', line: 5, column: 11, suggestions: [] }] },
    // Twin: the same slot whose stamp is stored but never compared with the clock: no TTL, kept forever.
    { code: "import { db } from '@/lib/db';\n\nlet cache: { data: Model[]; expiresAt: number } | null = null;\n\nexport async function GET() {\n  const now = Date.now();\n  if (cache) {\n    return Response.json({ models: cache.data });\n  }\n  const models = await db.select().from(modelConfig);\n  cache = { data: models, expiresAt: now + 30_000 };\n  return Response.json({ models });\n}\n", filename: 'app/api/image/models/route.ts', errors: [{ messageId: 'moduleState', line: 3, column: 5 }] },
    // Twin: the same auth singleton next to a cache of the signed-in users it looked up: only the users are reported.
    { code: AUTH_SINGLETON("\nlet cachedUsers: Record<string, unknown> = {};\nexport async function getUser(id: string) {\n  if (!cachedUsers[id]) cachedUsers[id] = await db.query.users.findFirst({ where: { id } });\n  return cachedUsers[id];\n}\n"), filename: 'src/lib/auth.ts', errors: [{ messageId: 'moduleState', line: 24, column: 5, suggestions: [] }] },
    // The same client next to a `let` cache of an API result the handler writes: only the result is reported.
    { code: "import 'server-only';\nimport { createGateway } from 'ai';\nimport { getAiGatewayApiKey } from '@/lib/ai/env';\n\nlet cachedGateway: ReturnType<typeof createGateway> | undefined;\n\nfunction getGatewayClient() {\n  if (cachedGateway) return cachedGateway;\n  const apiKey = getAiGatewayApiKey();\n  if (!apiKey) throw new Error('Missing AI_GATEWAY_API_KEY');\n  cachedGateway = createGateway({ apiKey });\n  return cachedGateway;\n}\n\nlet cachedPrices = null;\nexport async function GET() {\n  if (!cachedPrices) cachedPrices = await fetchPrices();\n  return Response.json({ prices: cachedPrices, model: String(getGatewayClient()('openai/gpt-4o-mini')) });\n}\n", filename: 'app/api/prices/route.ts', errors: [{ messageId: 'moduleState', line: 15, column: 5, data: { name: 'cachedPrices', kind: 'cached value', write: 'cachedPrices =', line: '17', fix: 'Redis with a TTL, or the database' }, suggestions: [] }] },
    // Twin: a NodeCache without `stdTTL` keeps what it fetched until the instance dies: reported.
    {"code": "import NodeCache from 'node-cache';\n\nconst cache = new NodeCache();\n\nasync function fetchModels(): Promise<string[]> {\n  const res = await fetch('https://api.example.com/v1/models');\n  return res.json();\n}\n\nexport async function getCachedModels() {\n  let models = cache.get<string[]>('modelData');\n  if (!models) {\n    models = await fetchModels();\n    cache.set('modelData', models);\n  }\n  return models;\n}\n", "filename": "packages/tokenizer/models.ts", "errors": [{"messageId": "moduleState", "line": 3, "column": 7, "suggestions": []}]},
    // Twin: the released waiter is handed a value (data passed from one request to another): still reported.
    { code: "class RequestQueue {\n  private queue: Array<(value: unknown) => void> = [];\n  private activeRequests = 0;\n\n  constructor(private readonly maxConcurrent = 3) {}\n\n  async enqueue<T>(fn: () => Promise<T>): Promise<T> {\n    if (this.activeRequests >= this.maxConcurrent) {\n      await new Promise<void>((resolve) => this.queue.push(resolve));\n    }\n    this.activeRequests++;\n    try {\n      return await fn();\n    } finally {\n      this.activeRequests--;\n      const next = this.queue.shift();\n      next?.(this.activeRequests);\n    }\n  }\n}\n\nconst requestQueue = new RequestQueue(3);\n\nexport async function executeGraphQL(query: string) {\n  return requestQueue.enqueue(() => fetch(process.env.API_URL!, { method: 'POST', body: query }));\n}\n", filename: 'src/lib/graphql.ts', errors: [{ messageId: 'moduleState', line: 2, column: 11, suggestions: [] }] },
    // Twin: the same cache filled from the network: still reported.
    { code: "import fs from 'fs';\nimport path from 'path';\nimport { NextResponse } from 'next/server';\n\nconst wasmCandidates = [\n  path.join(process.cwd(), 'public/sql-wasm.wasm'),\n  path.join(process.cwd(), 'node_modules/sql.js/dist/sql-wasm.wasm'),\n];\n\nlet cachedWasm: Buffer | null = null;\n\nexport async function GET() {\n  if (!cachedWasm) {\n    const found = wasmCandidates.find((p) => fs.existsSync(p));\n    if (!found) {\n      return NextResponse.json({ error: 'WASM binary not found' }, { status: 500 });\n    }\n    cachedWasm = Buffer.from(await (await fetch(process.env.WASM_URL!)).arrayBuffer());\n  }\n  return new NextResponse(new Uint8Array(cachedWasm), { headers: { 'Content-Type': 'application/wasm' } });\n}\n", filename: 'apps/nextjs/src/app/api/backup/sql-wasm/route.ts', errors: [{ messageId: 'moduleState', line: 10, column: 5, suggestions: [] }] },
    // Twin: the same module without the shebang, which a route could import: still reported.
    { code: "import * as fs from 'fs';\nimport * as path from 'path';\n\nconst filesCreated = [];\n\nasync function writeFile(fullPath, content) {\n  fs.writeFileSync(fullPath, content);\n  filesCreated.push(path.basename(fullPath));\n}\n\nasync function main() {\n  await writeFile(process.argv[2], 'x');\n  console.log(filesCreated);\n}\n\nmain();\n\nexport function templateIdentity(strings, ...values) {\n  return strings.join('');\n}\n", filename: 'packages/init-stack/index.mjs', errors: [{ messageId: 'moduleState', line: 4, column: 7, suggestions: [] }] },
    // Twin: sessionsByDatabase names request data: still reported.
    {"code": "import type { WebSocket } from 'ws';\n\nclass ConnectionManager {\n  private sessionsByDatabase: Map<string, string> = new Map();\n  private websockets: Map<string, WebSocket> = new Map();\n\n  public setSocket(databaseId: string, connectionId: string) {\n    this.sessionsByDatabase.set(databaseId, connectionId);\n  }\n\n  public setWebsocket(databaseId: string, websocket: WebSocket) {\n    this.websockets.set(databaseId, websocket);\n  }\n}\n\nexport const connectionManager = new ConnectionManager();\n", "filename": "src/connection-manager.ts", "errors": [{"messageId": "moduleState", "line": 4, "column": 11}]},
    // Twin: the same private method also called per request (on every score) is still reported.
    {
      code: "export class ATSEngine {\n  private static instance: ATSEngine;\n  private skillDatabase: Map<string, { category: string; weight: number }> = new Map();\n  private constructor() {\n    this.initializeSkillDatabase();\n  }\n  static getInstance() {\n    if (!ATSEngine.instance) ATSEngine.instance = new ATSEngine();\n    return ATSEngine.instance;\n  }\n  private initializeSkillDatabase() {\n    for (const skill of ['typescript', 'react']) this.skillDatabase.set(skill, { category: 'technical', weight: 1 });\n  }\n  score(skills: string[]) {\n    this.initializeSkillDatabase();\n    return skills.filter((s) => this.skillDatabase.has(s)).length;\n  }\n}\n",
      filename: 'src/lib/services/ats/ATSEngine.ts',
      errors: [{ messageId: 'moduleState', line: 3, column: 11, suggestions: [] }],
    },
    // Twin: the same Map without the delete on settle keeps every result: a per-instance cache, still reported.
    {
      code: "interface PendingRequest<T> {\n  promise: Promise<T>;\n  timestamp: number;\n}\n\nexport class RequestDeduplicationManager {\n  private static instance: RequestDeduplicationManager | null = null;\n  private pendingRequests = new Map<string, PendingRequest<any>>();\n  static getInstance() {\n    if (!RequestDeduplicationManager.instance) RequestDeduplicationManager.instance = new RequestDeduplicationManager();\n    return RequestDeduplicationManager.instance;\n  }\n  async deduplicate<T>(key: string, fn: () => Promise<T>): Promise<T> {\n    const existing = this.pendingRequests.get(key);\n    if (existing) return existing.promise;\n    const promise = fn();\n    this.pendingRequests.set(key, { promise, timestamp: Date.now() });\n    return promise;\n  }\n}\n",
      filename: 'src/lib/data-sources/deduplication.ts',
      errors: [{ messageId: 'moduleState', line: 8, column: 11, suggestions: [] }],
    },
    // Twin: the same counter in the web app's server `api/` folder is per instance.
    { code: "import { apiFetch } from '@/api/client';\nimport { setToken } from '@/api/auth/tokenStore';\n\nlet sessionEpoch = 0;\n\nexport async function installSession(accessToken: string): Promise<void> {\n  sessionEpoch += 1;\n  await setToken(accessToken);\n}\n\nexport function sameSession(epoch: number): boolean {\n  return sessionEpoch === epoch;\n}\n", filename: 'web/src/api/auth/sessionManager.ts', errors: [{ messageId: 'moduleState', line: 4, column: 5 }] },
    // Twin of latitude-llm's collections module without the React binding (`@tanstack/db` runs anywhere): the cache is reported.
    { code: "import { queryCollectionOptions } from '@tanstack/query-db-collection'\nimport { createCollection } from '@tanstack/db'\nimport { listFlaggers } from './flaggers.functions.ts'\n\nconst projectFlaggersCollectionsCache: Record<string, ReturnType<typeof makeCollection>> = {}\n\nconst makeCollection = (projectId: string) =>\n  createCollection(queryCollectionOptions({ queryKey: ['flaggers', projectId], queryFn: () => listFlaggers(projectId) }))\n\nconst getCollection = (projectId: string) => {\n  if (!projectFlaggersCollectionsCache[projectId]) {\n    projectFlaggersCollectionsCache[projectId] = makeCollection(projectId)\n  }\n  return projectFlaggersCollectionsCache[projectId]\n}\n\nexport function flaggersOf(projectId: string) {\n  return getCollection(projectId).toArray\n}\n", filename: 'apps/web/src/domains/flaggers/flaggers.collection.ts', errors: [{ messageId: 'moduleState', line: 5, column: 7 }] },
    // Twins of medusa's region map: the same whole-container stamp keyed by a tenant is reported, and so is a stamp never compared with the clock (no TTL).
    { code: REGION_MAP_CACHE("c.team_id ?? ''"), filename: 'src/middleware.ts', errors: [{ messageId: 'moduleState', line: 3, column: 7, suggestions: [] }] },
    { code: REGION_MAP_LET('regionMap.size === 0'), filename: 'app/api/regions/route.ts', errors: [{ messageId: 'moduleState', line: 1, column: 7, suggestions: [] }] },
    // Twin of the register()-filled orchestrator: build() also writes the map per request.
    {
      code: "import 'server-only';\nexport class ModelInputBuilderOrchestrator {\n  private builders: Map<string, ModelInputBuilder>;\n  constructor() {\n    this.builders = new Map<string, ModelInputBuilder>();\n    this.register(new RealEsrganBuilder());\n    this.register(new GfpganBuilder());\n  }\n  register(builder: ModelInputBuilder): void {\n    this.builders.set(builder.modelId, builder);\n  }\n  build(modelId: string, input: UpscaleInput) {\n    const builder = this.builders.get(modelId);\n    if (!builder) throw new Error(`No builder for ${modelId}`);\n    this.builders.set(modelId, builder.withDefaults(input));\n    return builder.build(input);\n  }\n}\nexport const modelInputBuilderOrchestrator = new ModelInputBuilderOrchestrator();\n",
      filename: 'server/services/replicate/builders/model-input.builder.ts',
      errors: [{ messageId: 'moduleState', line: 5, column: 5, data: { name: 'this.builders', kind: 'Map of a module-level ModelInputBuilderOrchestrator instance', write: 'this.builders.set()', line: '15', fix: 'Redis with a TTL, or the database' }, suggestions: [] }],
    },
    // Twin: the same name counting requests per key is a limiter's state.
    { code: "const pendingRequests = new Map<string, number>();\n\nexport function tooMany(key: string): boolean {\n  const count = (pendingRequests.get(key) ?? 0) + 1;\n  pendingRequests.set(key, count);\n  return count > 10;\n}\n", filename: 'server/cache/request-deduplication.ts', errors: [{ messageId: 'moduleState', line: 1, column: 7 }] },
    // karakeep's Reddit cache shape keyed by a user: reported, but with no Redis rewrite, since its entries' local type holds a Promise (`interface CacheEntry { promise: Promise<...> }`), which comes back from Redis as `{}`.
    { code: "const TTL_MS = 60 * 1000;\n\ninterface CacheEntry {\n  expiresAt: number;\n  promise: Promise<PostResult>;\n}\n\nconst postJsonCache = new Map<string, CacheEntry>();\n\nconst fetchPostData = async (userId: string): Promise<PostResult> => {\n  const cached = postJsonCache.get(userId);\n  const now = Date.now();\n  if (cached && cached.expiresAt > now) {\n    return cached.promise;\n  }\n  const promise = (async () => {\n    const response = await fetch(`/api/users/${userId}.json`, { signal: AbortSignal.timeout(5000) });\n    return response.ok ? { fetched: true, post: await response.json() } : { fetched: false };\n  })();\n  postJsonCache.set(userId, { promise, expiresAt: now + TTL_MS });\n  return promise;\n};\n\nexport const postTitle = async (userId: string) => (await fetchPostData(userId)).post?.title;\n", filename: 'apps/workers/lib/post-cache.ts', settings: cacheModule, errors: [{ messageId: 'moduleState', line: 8, column: 7, suggestions: [] }] },
    // Twin of karakeep's Reddit cache: the same `const now = Date.now()` TTL cache keyed by a user id is still reported (an edit stays invisible on other instances for the TTL).
    { code: "const TTL_MS = 60 * 1000;\n\ninterface CacheEntry {\n  expiresAt: number;\n  profile: Profile;\n}\n\nconst profileCache = new Map<string, CacheEntry>();\n\nconst fetchProfile = async (userId: string): Promise<Profile> => {\n  const cached = profileCache.get(userId);\n  const now = Date.now();\n  if (cached && cached.expiresAt > now) {\n    return cached.profile;\n  }\n  const response = await fetch(`https://api.example.com/users/${userId}`, { signal: AbortSignal.timeout(5000) });\n  const profile: Profile = await response.json();\n  profileCache.set(userId, { profile, expiresAt: now + TTL_MS });\n  return profile;\n};\n\nexport const displayName = async (userId: string) => (await fetchProfile(userId)).name;\n", filename: 'apps/workers/lib/profile-cache.ts', settings: cacheModule, errors: [{ messageId: 'moduleState', line: 8, column: 7, suggestions: [{ messageId: 'useSharedCache', data: { name: 'profileCache' }, output: "import { createCache } from '@/lib/shared-cache';\nconst TTL_MS = 60 * 1000;\n\ninterface CacheEntry {\n  expiresAt: number;\n  profile: Profile;\n}\n\nconst profileCache = createCache<CacheEntry>('profileCache');\n\nconst fetchProfile = async (userId: string): Promise<Profile> => {\n  const cached = await profileCache.get(userId);\n  const now = Date.now();\n  if (cached && cached.expiresAt > now) {\n    return cached.profile;\n  }\n  const response = await fetch(`https://api.example.com/users/${userId}`, { signal: AbortSignal.timeout(5000) });\n  const profile: Profile = await response.json();\n  await profileCache.set(userId, { profile, expiresAt: now + TTL_MS });\n  return profile;\n};\n\nexport const displayName = async (userId: string) => (await fetchProfile(userId)).name;\n" }] }] },
    // Twin of the setup wizard: a runtime export (`export const merge`) makes it a module a route can import, so its state is checked.
    { code: "import fs from 'node:fs';\nimport { randomBytes } from 'node:crypto';\nimport inquirer from 'inquirer';\n\nlet settings = { DATABASE_URL: '', DOMAIN: '', SESSION_SECRET: randomBytes(32).toString('hex') };\n\nexport const merge = (patch: Partial<typeof settings>) => {\n  settings = { ...settings, ...patch };\n};\n\nasync function main() {\n  const answers = await inquirer.prompt([{ type: 'input', name: 'DOMAIN', message: 'Domain?' }]);\n  merge(answers);\n  fs.writeFileSync('.env', Object.entries(settings).map(([k, v]) => `${k}=${v}`).join('\\n'));\n}\n\nmain();\n", filename: 'setup/wizard.ts', errors: [{ messageId: 'moduleState', line: 5, column: 5 }] },
    // Twin of openpanel's consumer: a route whose `run({ ... })` is no Kafka loop (no eachMessage / eachBatch) keeps its map per instance.
    { code: "import { pipeline } from '@acme/queue';\n\nconst processed = new Map<string, number>();\n\nexport async function POST(req: Request) {\n  const body = await req.json();\n  await pipeline.run({\n    input: body,\n    onEach: async (step: string) => console.log(step),\n  });\n  processed.set(body.id, Date.now());\n  return Response.json({ ok: true });\n}\n", filename: 'app/api/events/route.ts', settings: cacheModule, errors: [{ messageId: 'moduleState', line: 3, column: 7, suggestions: [{ messageId: 'useSharedCache', data: { name: 'processed' }, output: "import { pipeline } from '@acme/queue';\nimport { createCache } from '@/lib/shared-cache';\n\nconst processed = createCache<number>('processed');\n\nexport async function POST(req: Request) {\n  const body = await req.json();\n  await pipeline.run({\n    input: body,\n    onEach: async (step: string) => console.log(step),\n  });\n  await processed.set(body.id, Date.now());\n  return Response.json({ ok: true });\n}\n" }] }] },
    // A file that declares its own `createCache`: no rewrite to the snippet's createCache().
    {"code":"const cache = new Map<string, string>();\n\nfunction createCache() {\n  return new Map<string, string>();\n}\n\nexport async function GET(req: Request) {\n  const key = new URL(req.url).searchParams.get('k') ?? '';\n  if (!cache.has(key)) cache.set(key, await (await fetch('https://api.example.com/' + key)).text());\n  return Response.json({ value: cache.get(key), fresh: createCache().size });\n}\n","filename":"app/api/items/route.ts","errors":[{"messageId":"moduleState","line":1,"column":7,"suggestions":[]}]},
    // vercel/ai's next-workflow example: a run's chunks kept in a map on the global object for another route to stream; reported at the write into it, not at its `= x ?? {}` initialization.
    {"code":"export async function POST(req: Request) {\n  const { runId, chunks } = await req.json();\n  (globalThis as any).__testRuns = (globalThis as any).__testRuns ?? {};\n  (globalThis as any).__testRuns[runId] = chunks;\n  return Response.json({ runId });\n}\n","filename":"app/api/test-chat/route.ts","errors":[{"messageId":"moduleState","line":4,"column":3}]},
    // Bracket and cast access to the global object: the same state as `globalThis.x` (a sandbox and its files kept by a route handler).
    {"code":"export async function POST(req: Request) {\n  const { sandboxId, url } = await req.json();\n  (globalThis as any).activeSandbox = { sandboxId, url };\n  globalThis['__sandboxFiles'].set(sandboxId, []);\n  return Response.json({ ok: true });\n}\n","filename":"app/api/sandbox/route.ts","errors":[{"messageId":"moduleState","line":3,"column":3},{"messageId":"moduleState","line":4,"column":3}]},
    // Twin of the generated SDK module: hand-written, with the words only in a comment after the code.
    { code: "let globalCount = 0;\n// This is not generated: DO NOT EDIT the counter by hand.\nfunction unrecognized<T>(value: T): T {\n  globalCount++;\n  return value;\n}\nexport function startCounting() {\n  const start = globalCount;\n  return { end: () => globalCount - start };\n}\n", filename: 'internal/api/src/types/unrecognized.ts', errors: [{ messageId: 'moduleState', line: 1, column: 5 }] },
    // The same map with no socket server made in the module: still reported.
    {
      code: "import type { Server as HTTPServer } from 'http';\nimport { createGateway } from '@/lib/gateway';\n\ninterface SocketIOSocket {\n  id: string;\n  on: (event: string, callback: (data: unknown) => void) => void;\n}\n\ninterface UserSocket {\n  userId: string;\n  socketId: string;\n}\n\nconst connectedUsers: Map<string, UserSocket[]> = new Map();\n\nexport async function initWebSocketServer(httpServer: HTTPServer) {\n  const io = createGateway(httpServer, { cors: { origin: process.env.APP_URL, credentials: true } });\n  io.on('connection', (socket: SocketIOSocket) => {\n    socket.on('authenticate', (data: unknown) => {\n      const userId = (data as { token: string }).token;\n      const userSockets = connectedUsers.get(userId) || [];\n      userSockets.push({ userId, socketId: socket.id });\n      connectedUsers.set(userId, userSockets);\n    });\n    socket.on('disconnect', () => {\n      const remaining = (connectedUsers.get(socket.id) || []).filter((s) => s.socketId !== socket.id);\n      if (remaining.length === 0) connectedUsers.delete(socket.id);\n      else connectedUsers.set(socket.id, remaining);\n    });\n  });\n  return io;\n}\n\nexport function isUserConnected(userId: string): boolean {\n  return connectedUsers.has(userId);\n}\n",
      filename: "lib/websocket/server.ts",
      errors: [{ messageId: 'moduleState', line: 14, column: 7 }],
    },
    // Recursion that awaits the database, or reads through an I/O helper: still reported.
    {
      code: "import { db } from '@/lib/db'\n\nconst replyCountCache = new Map<string, number>()\n\nexport async function countReplies(commentId: string): Promise<number> {\n  if (replyCountCache.has(commentId)) return replyCountCache.get(commentId)!\n  const children = await db.comment.findMany({ where: { parentId: commentId } })\n  let total = children.length\n  for (const child of children) total += await countReplies(child.id)\n  replyCountCache.set(commentId, total)\n  return total\n}\n",
      filename: "lib/services/comments.ts",
      errors: [{ messageId: 'moduleState', line: 3, column: 7, suggestions: [{ messageId: 'useSharedCache', output: "import { db } from '@/lib/db'\nimport { Redis } from '@upstash/redis';\n\nconst replyCountCache = createCache<number>('replyCountCache')\n\nexport async function countReplies(commentId: string): Promise<number> {\n  if (await replyCountCache.has(commentId)) return await replyCountCache.get(commentId)!\n  const children = await db.comment.findMany({ where: { parentId: commentId } })\n  let total = children.length\n  for (const child of children) total += await countReplies(child.id)\n  await replyCountCache.set(commentId, total)\n  return total\n}\n\n// One client per instance is fine: it holds no request data, only the connection settings.\nconst redis = Redis.fromEnv();\n\n/** A Map-like cache whose entries live in Redis, so every instance sees the same data and it survives cold starts. */\ninterface SharedCache<T> {\n  get(key: string): Promise<T | undefined>;\n  set(key: string, value: T, ttlSeconds?: number): Promise<void>;\n  has(key: string): Promise<boolean>;\n  delete(key: string): Promise<boolean>;\n  /** Read-through: the cached value, or `load()`'s result stored for `ttlSeconds`. */\n  getOrSet(key: string, load: () => Promise<T>, ttlSeconds?: number): Promise<T>;\n}\n\n/**\n * Creates a cache under `namespace:` whose entries expire after `defaultTtlSeconds` (an expiry is\n * what keeps a cache from serving stale rows forever). Redis failures degrade to a cache miss\n * instead of failing the request.\n */\nfunction createCache<T>(namespace: string, defaultTtlSeconds = 300): SharedCache<T> {\n  const fullKey = (key: string): string => `${namespace}:${key}`;\n  const cache: SharedCache<T> = {\n    async get(key) {\n      try {\n        const value = await redis.get<T>(fullKey(key));\n        return value ?? undefined;\n      } catch (err) {\n        console.warn(`cache get failed for ${namespace}`, err);\n        return undefined;\n      }\n    },\n    async set(key, value, ttlSeconds = defaultTtlSeconds) {\n      try {\n        await redis.set(fullKey(key), value, { ex: ttlSeconds });\n      } catch (err) {\n        console.warn(`cache set failed for ${namespace}`, err);\n      }\n    },\n    async has(key) {\n      try {\n        return (await redis.exists(fullKey(key))) > 0;\n      } catch (err) {\n        console.warn(`cache has failed for ${namespace}`, err);\n        return false;\n      }\n    },\n    async delete(key) {\n      try {\n        return (await redis.del(fullKey(key))) > 0;\n      } catch (err) {\n        console.warn(`cache delete failed for ${namespace}`, err);\n        return false;\n      }\n    },\n    async getOrSet(key, load, ttlSeconds = defaultTtlSeconds) {\n      const hit = await cache.get(key);\n      if (hit !== undefined) return hit;\n      const value = await load();\n      await cache.set(key, value, ttlSeconds);\n      return value;\n    },\n  };\n  return cache;\n}\n" }] }],
    },
    {
      code: "import { loadChildren } from '@/lib/db/org'\n\nlet cachedDepth: number | null = null\n\nfunction depth(id: string): number {\n  let max = 0\n  for (const child of loadChildren(id)) max = Math.max(max, depth(child))\n  return max + 1\n}\n\nexport function orgDepth(): number {\n  if (cachedDepth === null) cachedDepth = depth('root')\n  return cachedDepth\n}\n",
      filename: "lib/services/org-tree.ts",
      errors: [{ messageId: 'moduleState', line: 3, column: 5 }],
    },
    // Typed callbacks kept per request (resolvers waiting on a job) are request state.
    {
      code: "const waiters = new Map<string, (result: string) => void>();\n\nexport async function POST(req: Request) {\n  const { jobId } = (await req.json()) as { jobId: string };\n  const result = await new Promise<string>((resolve) => waiters.set(jobId, resolve));\n  return Response.json({ result });\n}\n",
      filename: "app/api/jobs/wait/route.ts",
      errors: [{ messageId: 'moduleState', line: 1, column: 7 }],
    },
    // The module variable itself rebuilt from itself is a write.
    {
      code: "import { NextResponse } from 'next/server';\n\nlet seenLayers: string[] = [];\n\nexport async function POST(req: Request) {\n  const payload = (await req.json()) as { layers: string[] };\n  seenLayers = [...seenLayers, ...payload.layers];\n  return NextResponse.json({ count: seenLayers.length });\n}\n",
      filename: "app/api/workflows/process-topic/route.ts",
      errors: [{ messageId: 'moduleState', line: 3, column: 5 }],
    },
    // A write through the alias still is.
    {
      code: "import { NextResponse } from 'next/server';\n\nconst SEEN: string[] = [];\n\nexport async function POST(req: Request) {\n  const payload = (await req.json()) as { layers: string[] };\n  const seen = SEEN;\n  seen.push(...payload.layers);\n  return NextResponse.json({ count: seen.length });\n}\n",
      filename: "app/api/workflows/process-topic/route.ts",
      errors: [{ messageId: 'moduleState', line: 3, column: 7 }],
    },
    // open-lovable: each user's sandbox and files kept on the global object by route handlers.
    {
      code: "declare global {\n  var existingFiles: Set<string>;\n  var activeSandbox: unknown;\n}\n\nexport async function POST(req: Request) {\n  const { sandboxId, files } = await req.json();\n  const sandbox = await Sandbox.connect(sandboxId);\n  global.activeSandbox = sandbox;\n  for (const f of files) global.existingFiles.add(f.path);\n  return Response.json({ ok: true });\n}\n",
      filename: "app/api/apply-ai-code/route.ts",
      errors: [{ messageId: 'moduleState', line: 9, column: 3 }, { messageId: 'moduleState', line: 10, column: 26 }],
    },
    // A server action storing sessions on globalThis.
    {
      code: "'use server';\n\nexport async function remember(id: string, data: string) {\n  globalThis.sessions.set(id, data);\n}\n",
      filename: "app/actions/session.ts",
      errors: [{ messageId: 'moduleState', line: 4, column: 3 }],
    },
    // A type of the app's own named Counter (not the telemetry instrument): a per-IP limiter.
    {
      code: "type Counter = { count: number; resetAt: number };\n\nconst counters = new Map<string, Counter>();\n\nexport function hit(ip: string): boolean {\n  const now = Date.now();\n  const c = counters.get(ip);\n  if (!c || c.resetAt < now) {\n    counters.set(ip, { count: 1, resetAt: now + 60_000 });\n    return true;\n  }\n  c.count += 1;\n  return c.count <= 10;\n}\n",
      filename: "src/server/rate-limit.ts",
      errors: [{ messageId: 'moduleState', line: 3, column: 7 }],
    },
    // A server module drawing with node-canvas is still checked.
    {
      code: "import { createCanvas, type CanvasRenderingContext2D } from 'canvas';\n\nconst avatarCache = new Map<string, Buffer>();\n\nexport async function drawAvatar(ctx: CanvasRenderingContext2D, userId: string): Promise<void> {\n  let png = avatarCache.get(userId);\n  if (!png) {\n    png = await fetchAvatar(userId);\n    avatarCache.set(userId, png);\n  }\n  ctx.drawImage(await loadImage(png), 0, 0);\n}\n",
      filename: "src/server/avatar.ts",
      errors: [{ messageId: 'moduleState', line: 3, column: 7, suggestions: [{ messageId: 'useSharedCache', output: "import { createCanvas, type CanvasRenderingContext2D } from 'canvas';\nimport { Redis } from '@upstash/redis';\n\nconst avatarCache = createCache<Buffer>('avatarCache');\n\nexport async function drawAvatar(ctx: CanvasRenderingContext2D, userId: string): Promise<void> {\n  let png = await avatarCache.get(userId);\n  if (!png) {\n    png = await fetchAvatar(userId);\n    await avatarCache.set(userId, png);\n  }\n  ctx.drawImage(await loadImage(png), 0, 0);\n}\n\n// One client per instance is fine: it holds no request data, only the connection settings.\nconst redis = Redis.fromEnv();\n\n/** A Map-like cache whose entries live in Redis, so every instance sees the same data and it survives cold starts. */\ninterface SharedCache<T> {\n  get(key: string): Promise<T | undefined>;\n  set(key: string, value: T, ttlSeconds?: number): Promise<void>;\n  has(key: string): Promise<boolean>;\n  delete(key: string): Promise<boolean>;\n  /** Read-through: the cached value, or `load()`'s result stored for `ttlSeconds`. */\n  getOrSet(key: string, load: () => Promise<T>, ttlSeconds?: number): Promise<T>;\n}\n\n/**\n * Creates a cache under `namespace:` whose entries expire after `defaultTtlSeconds` (an expiry is\n * what keeps a cache from serving stale rows forever). Redis failures degrade to a cache miss\n * instead of failing the request.\n */\nfunction createCache<T>(namespace: string, defaultTtlSeconds = 300): SharedCache<T> {\n  const fullKey = (key: string): string => `${namespace}:${key}`;\n  const cache: SharedCache<T> = {\n    async get(key) {\n      try {\n        const value = await redis.get<T>(fullKey(key));\n        return value ?? undefined;\n      } catch (err) {\n        console.warn(`cache get failed for ${namespace}`, err);\n        return undefined;\n      }\n    },\n    async set(key, value, ttlSeconds = defaultTtlSeconds) {\n      try {\n        await redis.set(fullKey(key), value, { ex: ttlSeconds });\n      } catch (err) {\n        console.warn(`cache set failed for ${namespace}`, err);\n      }\n    },\n    async has(key) {\n      try {\n        return (await redis.exists(fullKey(key))) > 0;\n      } catch (err) {\n        console.warn(`cache has failed for ${namespace}`, err);\n        return false;\n      }\n    },\n    async delete(key) {\n      try {\n        return (await redis.del(fullKey(key))) > 0;\n      } catch (err) {\n        console.warn(`cache delete failed for ${namespace}`, err);\n        return false;\n      }\n    },\n    async getOrSet(key, load, ttlSeconds = defaultTtlSeconds) {\n      const hit = await cache.get(key);\n      if (hit !== undefined) return hit;\n      const value = await load();\n      await cache.set(key, value, ttlSeconds);\n      return value;\n    },\n  };\n  return cache;\n}\n" }] }],
    },
    // Twin: the local helper reads module state a handler writes (lastUrl): no longer a deployment constant. `lastUrl` itself
    // holds request data that the helper reads for every request (requestDataInModuleVariable).
    { code: "import { existsSync } from 'node:fs';\nimport { delimiter, join, resolve } from 'node:path';\n\nlet cachedFfmpegPath: string | null = null;\nlet lastUrl = \"\";\n\nfunction getPathCandidates(): string[] {\n  return (lastUrl + (process.env.PATH ?? '').split(delimiter).filter(Boolean).map((segment) => join(segment, \"ffmpeg\")));\n}\n\nexport function getFfmpegPath(): string {\n  if (cachedFfmpegPath) return cachedFfmpegPath;\n  const candidatePaths = [resolve(process.cwd(), 'node_modules/ffmpeg-static/ffmpeg'), process.env.FFMPEG_PATH, '/usr/bin/ffmpeg', ...getPathCandidates()].filter(Boolean) as string[];\n  for (const path of candidatePaths) {\n    if (existsSync(path)) {\n      cachedFfmpegPath = path;\n      return path;\n    }\n  }\n  throw new Error('FFmpeg binary not found');\n}\n\nexport async function POST(req: Request) {\n  const { url } = await req.json();\n  lastUrl = url;\n  return Response.json({ ffmpeg: getFfmpegPath(), url });\n}\n", filename: 'app/api/audio/route.ts', errors: [{ messageId: 'moduleState', line: 4, suggestions: [] }, { messageId: 'requestDataInModuleVariable', line: 5, column: 5, data: { name: 'lastUrl', handler: 'the POST handler', write: 'lastUrl = url', line: '25', read: '`getPathCandidates` reads it (line 8)' }, suggestions: [] }] },
    // A Map one handler fills and another reads (nextcrm's activeSessions: POST stores the run's AbortController,
    // DELETE looks it up to cancel): the DELETE lands on another instance. Reported whatever the name (`active...`
    // is exempt as same-request bookkeeping), and no Redis rewrite: an AbortController does not survive JSON.
    { code: "import { NextResponse } from 'next/server';\nimport { runEnrichment } from '@/lib/enrichment';\n\nconst activeSessions = new Map<string, { controller: AbortController; enrichmentId: string }>();\n\nexport async function POST(req: Request) {\n  const { sessionId, targetId } = await req.json();\n  const controller = new AbortController();\n  activeSessions.set(sessionId, { controller, enrichmentId: targetId });\n  try {\n    return NextResponse.json(await runEnrichment(targetId, controller.signal));\n  } finally {\n    activeSessions.delete(sessionId);\n  }\n}\n\nexport async function DELETE(req: Request) {\n  const sessionId = new URL(req.url).searchParams.get('sessionId') ?? '';\n  const entry = activeSessions.get(sessionId);\n  if (!entry) return NextResponse.json({ error: 'Session not found' }, { status: 404 });\n  entry.controller.abort();\n  activeSessions.delete(sessionId);\n  return NextResponse.json({ cancelled: true });\n}\n", filename: 'app/api/enrich/route.ts', errors: [{ messageId: 'moduleState', line: 4, column: 7, suggestions: [] }] },
    // Twin without the name exemption: reported as before, still no Redis rewrite of AbortController values.
    { code: "import { NextResponse } from 'next/server';\nimport { runEnrichment } from '@/lib/enrichment';\n\nconst runs = new Map<string, { controller: AbortController; enrichmentId: string }>();\n\nexport async function POST(req: Request) {\n  const { sessionId, targetId } = await req.json();\n  const controller = new AbortController();\n  runs.set(sessionId, { controller, enrichmentId: targetId });\n  try {\n    return NextResponse.json(await runEnrichment(targetId, controller.signal));\n  } finally {\n    runs.delete(sessionId);\n  }\n}\n\nexport async function DELETE(req: Request) {\n  const sessionId = new URL(req.url).searchParams.get('sessionId') ?? '';\n  const entry = runs.get(sessionId);\n  if (!entry) return NextResponse.json({ error: 'Session not found' }, { status: 404 });\n  entry.controller.abort();\n  runs.delete(sessionId);\n  return NextResponse.json({ cancelled: true });\n}\n", filename: 'app/api/runs/route.ts', errors: [{ messageId: 'moduleState', line: 4, column: 7, suggestions: [] }] },
    // Twin of big-AGI's event bus: the history written on every emit (no debug gate).
    {
      code: EVENT_BUS(false),
      filename: 'src/common/events/events.bus.ts',
      errors: [{ messageId: 'moduleState', line: 8, column: 3, data: { name: 'this.#debugHistory', kind: 'array of a module-level EventBus instance', write: 'this.#debugHistory.push()', line: '11', fix: 'Redis with a TTL, or the database' }, suggestions: [] }],
    },
    // Twin of big-AGI's encoder memo: the fallback reads per-user entries (both objects hold caller data).
    {
      code: TOKEN_ENCODERS(true),
      filename: 'src/common/tokens/tokens.text.ts',
      errors: [
        { messageId: 'moduleState', line: 12, column: 7, data: { name: 'tokenEncoders', kind: 'object', write: 'tokenEncoders[…] =', line: '23', fix: 'Redis with a TTL, or the database' }, suggestions: [] },
        { messageId: 'moduleState', line: 13, column: 7, data: { name: 'tokenizerCache', kind: 'object', write: 'tokenizerCache[…] =', line: '16', fix: 'Redis with a TTL, or the database' }, suggestions: [] },
      ],
    },
    // Twin of big-AGI's OCR import: the write-once `let` holds the first caller's OCR text.
    {
      code: OCR_IMPORT(true),
      filename: 'src/common/util/ocrUtils.ts',
      errors: [{ messageId: 'moduleState', line: 4, column: 5, data: { name: 'cachedText', kind: 'cached value', write: 'cachedText =', line: '9', fix: 'Redis with a TTL, or the database' }, suggestions: [] }],
    },
    // Twin of the bundled file: the same cache filled from the network, its stamp never compared (no TTL), holds data that changes.
    { code: "import fs from \"fs/promises\";\nimport path from \"path\";\n\n// Per-instance memo of a file shipped with the deployment: identical on every instance,\n// a cold start just re-reads it. Nothing to share across instances.\nlet skipListCache: { data: Set<string>; loadedAt: number } | null = null;\nconst SKIP_LIST_TTL_MS = 5 * 60 * 1000;\n\nexport async function loadSkipList(): Promise<Set<string>> {\n  if (skipListCache) {\n    return skipListCache.data;\n  }\n  const content = await (await fetch(process.env.SKIP_LIST_URL!)).text();\n  const data = new Set(content.split(\"\\n\").map((l) => l.trim().toLowerCase()).filter(Boolean));\n  skipListCache = { data, loadedAt: Date.now() };\n  return data;\n}\n", filename: 'lib/enrichment/utils/skip-list.ts', errors: [{ messageId: 'moduleState', line: 6, column: 5, suggestions: [] }] },
    // Twin of the JSON-RPC request id: the same counter numbering rows in the database collides across instances.
    {
      code: "import { db } from \"@/lib/db\";\n\nlet nextId = 1;\nasync function saveJob(method, params = []) {\n  const id = nextId++;\n  await db.job.create({ data: { id, method, params: JSON.stringify(params) } });\n  return id;\n}\n\nexport default async function jobsHandler(req, res) {\n  return res.status(200).json({ id: await saveJob(\"system.info\") });\n}\n",
      filename: 'src/widgets/jobs/proxy.js',
      errors: [{ messageId: 'moduleState', line: 3, column: 5, data: { name: 'nextId', kind: 'counter', write: 'nextId++', line: '5', fix: 'Redis with a TTL, or the database' }, suggestions: [] }],
    },
    // Twin of the ensure*() memo: the same Set filled by a function not named for an idempotent ensure step is still reported.
    {
      code: "import { MongoClient } from \"mongodb\";\n\nconst createdCollections = new Set<string>();\n\nexport async function handleEventOnce(mongo: MongoClient, name: string) {\n  if (createdCollections.has(name)) return;\n  const exists = await mongo.db().collection(name).aggregate([{ $collStats: { count: {} } }]).next().catch(() => null);\n  if (!exists) await mongo.db().createCollection(name, { expireAfterSeconds: 86400 });\n  createdCollections.add(name);\n}\n",
      filename: 'libs/core-functions/src/functions/lib/mongodb.ts',
      errors: [{ messageId: 'moduleState', line: 3, column: 7, data: { name: 'createdCollections', kind: 'Set', write: '.add()', line: '9', fix: 'Redis with a TTL, or the database' }, suggestions: [] }],
    },
    // Twin of the perf counters: the same counters in a usage module are state requests rely on.
    {
      code: PERF_COUNTERS,
      filename: 'lib/utils/usage-tracking.ts',
      errors: [
        { messageId: 'moduleState', line: 4, data: { name: 'authCallCount', kind: 'counter', write: 'authCallCount++', line: '8', fix: 'Redis with a TTL, or the database' }, suggestions: [] },
        { messageId: 'moduleState', line: 5, data: { name: 'dbOperationCount', kind: 'counter', write: 'dbOperationCount++', line: '13', fix: 'Redis with a TTL, or the database' }, suggestions: [] },
      ],
    },
    // Twins of the pure text memo: a lookup in a module-level Map (state) or a database's `exec` is not a derivation.
    {
      code: PURE_TEXT_MEMO('shared.get', 'LINK.exec'),
      filename: 'src/utils/snippets.ts',
      errors: [{ messageId: 'moduleState', line: 14, data: { name: 'inlinedCache', kind: 'Map', write: '.set()', line: '23', fix: 'Redis with a TTL, or the database' }, suggestions: [] }],
    },
    {
      code: PURE_TEXT_MEMO('index.get', 'sql.exec'),
      filename: 'src/utils/snippets.ts',
      errors: [{ messageId: 'moduleState', line: 13, data: { name: 'inlinedCache', kind: 'Map', write: '.set()', line: '22', fix: 'Redis with a TTL, or the database' }, suggestions: [] }],
    },
    // A TTL cache keyed by a credential: a revoked key stays valid for the TTL on other instances (supermemory's MCP auth).
    { code: "const API_KEY_CACHE_TTL_MS = 60_000;\nconst apiKeyCache = new Map<string, { user: { id: string }; expiresAt: number }>();\n\nexport async function authenticate(token: string) {\n  const cached = apiKeyCache.get(token);\n  if (cached && cached.expiresAt > Date.now()) return cached.user;\n  const user = await lookupApiKey(token);\n  if (user) apiKeyCache.set(token, { user, expiresAt: Date.now() + API_KEY_CACHE_TTL_MS });\n  return user;\n}\n\ndeclare function lookupApiKey(token: string): Promise<{ id: string } | null>;\n", filename: 'apps/mcp/src/server/auth/index.ts', errors: [{ messageId: 'moduleState', line: 2, column: 7, suggestions: [{ messageId: 'useSharedCache', output: "import { Redis } from '@upstash/redis';\nconst API_KEY_CACHE_TTL_MS = 60_000;\nconst apiKeyCache = createCache<{ user: { id: string }; expiresAt: number }>('apiKeyCache');\n\nexport async function authenticate(token: string) {\n  const cached = await apiKeyCache.get(token);\n  if (cached && cached.expiresAt > Date.now()) return cached.user;\n  const user = await lookupApiKey(token);\n  if (user) await apiKeyCache.set(token, { user, expiresAt: Date.now() + API_KEY_CACHE_TTL_MS });\n  return user;\n}\n\ndeclare function lookupApiKey(token: string): Promise<{ id: string } | null>;\n\n// One client per instance is fine: it holds no request data, only the connection settings.\nconst redis = Redis.fromEnv();\n\n/** A Map-like cache whose entries live in Redis, so every instance sees the same data and it survives cold starts. */\ninterface SharedCache<T> {\n  get(key: string): Promise<T | undefined>;\n  set(key: string, value: T, ttlSeconds?: number): Promise<void>;\n  has(key: string): Promise<boolean>;\n  delete(key: string): Promise<boolean>;\n  /** Read-through: the cached value, or `load()`'s result stored for `ttlSeconds`. */\n  getOrSet(key: string, load: () => Promise<T>, ttlSeconds?: number): Promise<T>;\n}\n\n/**\n * Creates a cache under `namespace:` whose entries expire after `defaultTtlSeconds` (an expiry is\n * what keeps a cache from serving stale rows forever). Redis failures degrade to a cache miss\n * instead of failing the request.\n */\nfunction createCache<T>(namespace: string, defaultTtlSeconds = 300): SharedCache<T> {\n  const fullKey = (key: string): string => `${namespace}:${key}`;\n  const cache: SharedCache<T> = {\n    async get(key) {\n      try {\n        const value = await redis.get<T>(fullKey(key));\n        return value ?? undefined;\n      } catch (err) {\n        console.warn(`cache get failed for ${namespace}`, err);\n        return undefined;\n      }\n    },\n    async set(key, value, ttlSeconds = defaultTtlSeconds) {\n      try {\n        await redis.set(fullKey(key), value, { ex: ttlSeconds });\n      } catch (err) {\n        console.warn(`cache set failed for ${namespace}`, err);\n      }\n    },\n    async has(key) {\n      try {\n        return (await redis.exists(fullKey(key))) > 0;\n      } catch (err) {\n        console.warn(`cache has failed for ${namespace}`, err);\n        return false;\n      }\n    },\n    async delete(key) {\n      try {\n        return (await redis.del(fullKey(key))) > 0;\n      } catch (err) {\n        console.warn(`cache delete failed for ${namespace}`, err);\n        return false;\n      }\n    },\n    async getOrSet(key, load, ttlSeconds = defaultTtlSeconds) {\n      const hit = await cache.get(key);\n      if (hit !== undefined) return hit;\n      const value = await load();\n      await cache.set(key, value, ttlSeconds);\n      return value;\n    },\n  };\n  return cache;\n}\n" }] }] },
    // Twins: the same TTL cache keyed by tenant (an edit stays invisible on other instances for the TTL), and stamped entries never checked.
    { code: "import { eq } from \"drizzle-orm\";\nimport type { Database } from \"../client\";\nimport { exchangeRates } from \"../schema\";\n\n// Global reference data (about 170 currency codes), refreshed daily by a job: a 4 h per-instance TTL cache.\nconst RATE_TTL_MS = 4 * 60 * 60 * 1000;\nconst rateCache = new Map<string, { rates: Record<string, number>; ts: number }>();\n\nexport async function getRatesForTarget(db: Database, teamId: string): Promise<Record<string, number>> {\n  const cached = rateCache.get(teamId);\n  if (cached && Date.now() - cached.ts < RATE_TTL_MS) return cached.rates;\n  const rows = await db.select().from(exchangeRates).where(eq(exchangeRates.target, teamId));\n  const rates: Record<string, number> = {};\n  for (const row of rows) rates[row.base] = Number(row.rate);\n  rateCache.set(teamId, { rates, ts: Date.now() });\n  return rates;\n}\n", filename: 'packages/db/src/queries/exchange-rates.ts', errors: [{ messageId: 'moduleState', line: 7, column: 7, suggestions: [{ messageId: 'useSharedCache', output: "import { eq } from \"drizzle-orm\";\nimport type { Database } from \"../client\";\nimport { exchangeRates } from \"../schema\";\nimport { Redis } from '@upstash/redis';\n\n// Global reference data (about 170 currency codes), refreshed daily by a job: a 4 h per-instance TTL cache.\nconst RATE_TTL_MS = 4 * 60 * 60 * 1000;\nconst rateCache = createCache<{ rates: Record<string, number>; ts: number }>('rateCache');\n\nexport async function getRatesForTarget(db: Database, teamId: string): Promise<Record<string, number>> {\n  const cached = await rateCache.get(teamId);\n  if (cached && Date.now() - cached.ts < RATE_TTL_MS) return cached.rates;\n  const rows = await db.select().from(exchangeRates).where(eq(exchangeRates.target, teamId));\n  const rates: Record<string, number> = {};\n  for (const row of rows) rates[row.base] = Number(row.rate);\n  await rateCache.set(teamId, { rates, ts: Date.now() });\n  return rates;\n}\n\n// One client per instance is fine: it holds no request data, only the connection settings.\nconst redis = Redis.fromEnv();\n\n/** A Map-like cache whose entries live in Redis, so every instance sees the same data and it survives cold starts. */\ninterface SharedCache<T> {\n  get(key: string): Promise<T | undefined>;\n  set(key: string, value: T, ttlSeconds?: number): Promise<void>;\n  has(key: string): Promise<boolean>;\n  delete(key: string): Promise<boolean>;\n  /** Read-through: the cached value, or `load()`'s result stored for `ttlSeconds`. */\n  getOrSet(key: string, load: () => Promise<T>, ttlSeconds?: number): Promise<T>;\n}\n\n/**\n * Creates a cache under `namespace:` whose entries expire after `defaultTtlSeconds` (an expiry is\n * what keeps a cache from serving stale rows forever). Redis failures degrade to a cache miss\n * instead of failing the request.\n */\nfunction createCache<T>(namespace: string, defaultTtlSeconds = 300): SharedCache<T> {\n  const fullKey = (key: string): string => `${namespace}:${key}`;\n  const cache: SharedCache<T> = {\n    async get(key) {\n      try {\n        const value = await redis.get<T>(fullKey(key));\n        return value ?? undefined;\n      } catch (err) {\n        console.warn(`cache get failed for ${namespace}`, err);\n        return undefined;\n      }\n    },\n    async set(key, value, ttlSeconds = defaultTtlSeconds) {\n      try {\n        await redis.set(fullKey(key), value, { ex: ttlSeconds });\n      } catch (err) {\n        console.warn(`cache set failed for ${namespace}`, err);\n      }\n    },\n    async has(key) {\n      try {\n        return (await redis.exists(fullKey(key))) > 0;\n      } catch (err) {\n        console.warn(`cache has failed for ${namespace}`, err);\n        return false;\n      }\n    },\n    async delete(key) {\n      try {\n        return (await redis.del(fullKey(key))) > 0;\n      } catch (err) {\n        console.warn(`cache delete failed for ${namespace}`, err);\n        return false;\n      }\n    },\n    async getOrSet(key, load, ttlSeconds = defaultTtlSeconds) {\n      const hit = await cache.get(key);\n      if (hit !== undefined) return hit;\n      const value = await load();\n      await cache.set(key, value, ttlSeconds);\n      return value;\n    },\n  };\n  return cache;\n}\n" }] }] },
    { code: "import { eq } from \"drizzle-orm\";\nimport type { Database } from \"../client\";\nimport { exchangeRates } from \"../schema\";\n\n// Global reference data (about 170 currency codes), refreshed daily by a job: a 4 h per-instance TTL cache.\nconst RATE_TTL_MS = 4 * 60 * 60 * 1000;\nconst rateCache = new Map<string, { rates: Record<string, number>; ts: number }>();\n\nexport async function getRatesForTarget(db: Database, target: string): Promise<Record<string, number>> {\n  const cached = rateCache.get(target);\n  if (cached) return cached.rates;\n  const rows = await db.select().from(exchangeRates).where(eq(exchangeRates.target, target));\n  const rates: Record<string, number> = {};\n  for (const row of rows) rates[row.base] = Number(row.rate);\n  rateCache.set(target, { rates, ts: Date.now() });\n  return rates;\n}\n", filename: 'packages/db/src/queries/exchange-rates.ts', errors: [{ messageId: 'moduleState', line: 7, column: 7, suggestions: [{ messageId: 'useSharedCache', output: "import { eq } from \"drizzle-orm\";\nimport type { Database } from \"../client\";\nimport { exchangeRates } from \"../schema\";\nimport { Redis } from '@upstash/redis';\n\n// Global reference data (about 170 currency codes), refreshed daily by a job: a 4 h per-instance TTL cache.\nconst RATE_TTL_MS = 4 * 60 * 60 * 1000;\nconst rateCache = createCache<{ rates: Record<string, number>; ts: number }>('rateCache');\n\nexport async function getRatesForTarget(db: Database, target: string): Promise<Record<string, number>> {\n  const cached = await rateCache.get(target);\n  if (cached) return cached.rates;\n  const rows = await db.select().from(exchangeRates).where(eq(exchangeRates.target, target));\n  const rates: Record<string, number> = {};\n  for (const row of rows) rates[row.base] = Number(row.rate);\n  await rateCache.set(target, { rates, ts: Date.now() });\n  return rates;\n}\n\n// One client per instance is fine: it holds no request data, only the connection settings.\nconst redis = Redis.fromEnv();\n\n/** A Map-like cache whose entries live in Redis, so every instance sees the same data and it survives cold starts. */\ninterface SharedCache<T> {\n  get(key: string): Promise<T | undefined>;\n  set(key: string, value: T, ttlSeconds?: number): Promise<void>;\n  has(key: string): Promise<boolean>;\n  delete(key: string): Promise<boolean>;\n  /** Read-through: the cached value, or `load()`'s result stored for `ttlSeconds`. */\n  getOrSet(key: string, load: () => Promise<T>, ttlSeconds?: number): Promise<T>;\n}\n\n/**\n * Creates a cache under `namespace:` whose entries expire after `defaultTtlSeconds` (an expiry is\n * what keeps a cache from serving stale rows forever). Redis failures degrade to a cache miss\n * instead of failing the request.\n */\nfunction createCache<T>(namespace: string, defaultTtlSeconds = 300): SharedCache<T> {\n  const fullKey = (key: string): string => `${namespace}:${key}`;\n  const cache: SharedCache<T> = {\n    async get(key) {\n      try {\n        const value = await redis.get<T>(fullKey(key));\n        return value ?? undefined;\n      } catch (err) {\n        console.warn(`cache get failed for ${namespace}`, err);\n        return undefined;\n      }\n    },\n    async set(key, value, ttlSeconds = defaultTtlSeconds) {\n      try {\n        await redis.set(fullKey(key), value, { ex: ttlSeconds });\n      } catch (err) {\n        console.warn(`cache set failed for ${namespace}`, err);\n      }\n    },\n    async has(key) {\n      try {\n        return (await redis.exists(fullKey(key))) > 0;\n      } catch (err) {\n        console.warn(`cache has failed for ${namespace}`, err);\n        return false;\n      }\n    },\n    async delete(key) {\n      try {\n        return (await redis.del(fullKey(key))) > 0;\n      } catch (err) {\n        console.warn(`cache delete failed for ${namespace}`, err);\n        return false;\n      }\n    },\n    async getOrSet(key, load, ttlSeconds = defaultTtlSeconds) {\n      const hit = await cache.get(key);\n      if (hit !== undefined) return hit;\n      const value = await load();\n      await cache.set(key, value, ttlSeconds);\n      return value;\n    },\n  };\n  return cache;\n}\n" }] }] },
    // A health-records module under a health path, with no probe wording: patient data cached per instance is reported.
    { code: "import { db } from \"@/lib/db\";\n\n// A health-records API: per-patient data cached per instance.\nconst recordCache = new Map<string, unknown>();\n\nexport async function getRecords(patientId: string) {\n  const hit = recordCache.get(patientId);\n  if (hit) return hit;\n  const rows = await db.record.findMany({ where: { patientId } });\n  recordCache.set(patientId, rows);\n  return rows;\n}\n", filename: 'app/api/health/records.ts', errors: [{ messageId: 'moduleState', line: 4, column: 7, suggestions: [{ messageId: 'useSharedCache', output: "import { db } from \"@/lib/db\";\nimport { Redis } from '@upstash/redis';\n\n// A health-records API: per-patient data cached per instance.\nconst recordCache = createCache<unknown>('recordCache');\n\nexport async function getRecords(patientId: string) {\n  const hit = await recordCache.get(patientId);\n  if (hit) return hit;\n  const rows = await db.record.findMany({ where: { patientId } });\n  await recordCache.set(patientId, rows);\n  return rows;\n}\n\n// One client per instance is fine: it holds no request data, only the connection settings.\nconst redis = Redis.fromEnv();\n\n/** A Map-like cache whose entries live in Redis, so every instance sees the same data and it survives cold starts. */\ninterface SharedCache<T> {\n  get(key: string): Promise<T | undefined>;\n  set(key: string, value: T, ttlSeconds?: number): Promise<void>;\n  has(key: string): Promise<boolean>;\n  delete(key: string): Promise<boolean>;\n  /** Read-through: the cached value, or `load()`'s result stored for `ttlSeconds`. */\n  getOrSet(key: string, load: () => Promise<T>, ttlSeconds?: number): Promise<T>;\n}\n\n/**\n * Creates a cache under `namespace:` whose entries expire after `defaultTtlSeconds` (an expiry is\n * what keeps a cache from serving stale rows forever). Redis failures degrade to a cache miss\n * instead of failing the request.\n */\nfunction createCache<T>(namespace: string, defaultTtlSeconds = 300): SharedCache<T> {\n  const fullKey = (key: string): string => `${namespace}:${key}`;\n  const cache: SharedCache<T> = {\n    async get(key) {\n      try {\n        const value = await redis.get<T>(fullKey(key));\n        return value ?? undefined;\n      } catch (err) {\n        console.warn(`cache get failed for ${namespace}`, err);\n        return undefined;\n      }\n    },\n    async set(key, value, ttlSeconds = defaultTtlSeconds) {\n      try {\n        await redis.set(fullKey(key), value, { ex: ttlSeconds });\n      } catch (err) {\n        console.warn(`cache set failed for ${namespace}`, err);\n      }\n    },\n    async has(key) {\n      try {\n        return (await redis.exists(fullKey(key))) > 0;\n      } catch (err) {\n        console.warn(`cache has failed for ${namespace}`, err);\n        return false;\n      }\n    },\n    async delete(key) {\n      try {\n        return (await redis.del(fullKey(key))) > 0;\n      } catch (err) {\n        console.warn(`cache delete failed for ${namespace}`, err);\n        return false;\n      }\n    },\n    async getOrSet(key, load, ttlSeconds = defaultTtlSeconds) {\n      const hit = await cache.get(key);\n      if (hit !== undefined) return hit;\n      const value = await load();\n      await cache.set(key, value, ttlSeconds);\n      return value;\n    },\n  };\n  return cache;\n}\n" }] }] },
    // Twin: the same wizard as a module (its own prompt helper, main exported, not run).
    { code: "import fs from 'node:fs';\nimport { randomBytes } from 'node:crypto';\nimport { ask } from './ask';\n\nlet settings = { DATABASE_URL: '', DOMAIN: '', SESSION_SECRET: randomBytes(32).toString('hex') };\n\nconst merge = (patch: Partial<typeof settings>) => {\n  settings = { ...settings, ...patch };\n};\n\nexport async function main() {\n  const answers = await ask([{ type: 'input', name: 'DOMAIN', message: 'Domain?' }]);\n  merge(answers);\n  fs.writeFileSync('.env', Object.entries(settings).map(([k, v]) => `${k}=${v}`).join('\\n'));\n}\n", filename: 'setup/wizard.ts', errors: [{ messageId: 'moduleState', line: 5, column: 5 }] },
    // Twin: a route that only produces to Kafka runs per request, serverless.
    { code: "import { Kafka } from 'kafkajs';\n\nconst lastSent = new Map<string, number>();\nconst producer = new Kafka({ brokers: ['kafka:9092'] }).producer();\n\nexport async function POST(req: Request) {\n  const order = await req.json();\n  await producer.send({ topic: 'orders', messages: [{ key: order.id, value: JSON.stringify(order) }] });\n  lastSent.set(order.id, Date.now());\n  return Response.json({ ok: true });\n}\n", filename: 'app/api/orders/route.ts', settings: cacheModule, errors: [{ messageId: 'moduleState', line: 3, column: 7, suggestions: [{ messageId: 'useSharedCache', data: { name: 'lastSent' }, output: "import { Kafka } from 'kafkajs';\nimport { createCache } from '@/lib/shared-cache';\n\nconst lastSent = createCache<number>('lastSent');\nconst producer = new Kafka({ brokers: ['kafka:9092'] }).producer();\n\nexport async function POST(req: Request) {\n  const order = await req.json();\n  await producer.send({ topic: 'orders', messages: [{ key: order.id, value: JSON.stringify(order) }] });\n  await lastSent.set(order.id, Date.now());\n  return Response.json({ ok: true });\n}\n" }] }] },
    // Twins: the same helper as an ES module, the controller as a Netlify function, a CommonJS Lambda handler.
    { code: "import path from 'node:path';\nimport crypto from 'node:crypto';\nimport fs from 'node:fs';\n\nconst fileHashCache = new Map();\n\nexport const getFileHash = (fileUrl, rootDir) => {\n  if (fileHashCache.has(fileUrl)) return fileHashCache.get(fileUrl);\n  const hash = crypto.createHash('sha256').update(fs.readFileSync(path.join(rootDir, 'public', fileUrl))).digest('hex').slice(0, 8);\n  fileHashCache.set(fileUrl, hash);\n  return hash;\n};\n", filename: 'config/cacheBust.js', settings: cacheModule, errors: [{ messageId: 'moduleState', line: 5, column: 7, suggestions: [] }] },
    { code: "const fs = require('node:fs');\nconst path = require('node:path');\n\nconst traktImageCache = [];\n\nasync function fetchAndCacheTraktImage(imageUrl) {\n  const found = traktImageCache.find((e) => e.url === imageUrl);\n  if (found) return `/image-cache/${found.filename}`;\n  const response = await fetch(imageUrl, { signal: AbortSignal.timeout(5000) });\n  const filename = imageUrl.replace(/\\W/g, '-');\n  fs.writeFileSync(path.join(__dirname, 'tmp', filename), Buffer.from(await response.arrayBuffer()));\n  traktImageCache.push({ url: imageUrl, filename });\n  return `/image-cache/${filename}`;\n}\n\nexports.getTrakt = async (req, res) => {\n  res.render('api/trakt', { image: await fetchAndCacheTraktImage(req.query.img) });\n};\n", filename: 'netlify/functions/trakt.js', settings: cacheModule, errors: [{ messageId: 'moduleState', line: 4, column: 7, suggestions: [] }] },
    { code: "const crypto = require('node:crypto');\n\nconst seen = new Map();\n\nexports.handler = async (event) => {\n  const id = crypto.createHash('sha256').update(event.body).digest('hex');\n  if (seen.has(id)) return { statusCode: 409 };\n  seen.set(id, Date.now());\n  return { statusCode: 200 };\n};\n", filename: 'src/index.js', settings: cacheModule, errors: [{ messageId: 'moduleState', line: 3, column: 7, suggestions: [{ messageId: 'useSharedCache', data: { name: 'seen' }, output: "const crypto = require('node:crypto');\nconst { createCache } = require('@/lib/shared-cache');\n\nconst seen = createCache('seen');\n\nexports.handler = async (event) => {\n  const id = crypto.createHash('sha256').update(event.body).digest('hex');\n  if (await seen.has(id)) return { statusCode: 409 };\n  await seen.set(id, Date.now());\n  return { statusCode: 200 };\n};\n" }] }] },
    // Twin: the same queue in front of a server-side client.
    { code: "import posthog from \"@/lib/posthog-server\"\n\nconst pendingEvents: Array<{ eventName: string }> = []\n\nexport const safeCapture = (eventName: string) => {\n\tif (posthog.__loaded) {\n\t\tposthog.capture(eventName)\n\t\treturn\n\t}\n\tpendingEvents.push({ eventName })\n}\n", filename: 'apps/web/lib/analytics.ts', errors: [{ messageId: 'moduleState', line: 3, column: 7, suggestions: [] }] },
    // Twin: the same file (as an ES module) without a command-line sign (no process.argv / exit / stdin, no shebang).
    {
      code: "import fs from 'fs';\nconst allStrings = {};\nconst files = fs.readdirSync('./src', { recursive: true });\nfiles.forEach((file) => {\n  const text = fs.readFileSync(`./src/${file}`, 'utf8');\n  for (const m of text.matchAll(/t\\('(.*?)'/g)) allStrings[m[1]] = true;\n});\nconsole.log(Object.keys(allStrings).length);\n",
      filename: "check-locale.js",
      errors: [{ messageId: 'moduleState', line: 2, column: 7 }],
    },

    // Twin of devlogify's dictionaries: the promise fetches the dictionary (a CMS, the network): reported.
    { code: "import en from '@/dictionaries/en.json';\n\ntype Dictionary = typeof en;\n\nconst dictionaryLoaders: Record<Locale, () => Promise<Dictionary>> = {\n  en: async () => en,\n  tr: async () => (await import('@/dictionaries/tr.json')).default as Dictionary,\n};\n\nconst dictionaryCache: Partial<Record<Locale, Dictionary>> = { en };\nconst dictionaryPromises: Partial<Record<Locale, Promise<Dictionary>>> = {};\n\nexport async function getDictionary(locale: Locale): Promise<Dictionary> {\n  const cached = dictionaryCache[locale];\n  if (cached) return cached;\n  if (!dictionaryPromises[locale]) {\n    dictionaryPromises[locale] = fetchDictionary(locale).then((dict) => {\n      dictionaryCache[locale] = dict;\n      return dict;\n    });\n  }\n  return dictionaryPromises[locale] as Promise<Dictionary>;\n}\n", filename: 'lib/i18n/dictionary.ts', errors: [{ messageId: 'moduleState', line: 10, column: 7 }] },
    // Twins of the closed-key memos: an open key type (string), an awaited value, the clock, a counter.
    {
      code: "import { getPages } from '.';\nconst cache = new Map<string, Doc[]>();\nexport function getCorpus(type: string): Doc[] {\n  const hit = cache.get(type);\n  if (hit) return hit;\n  const docs = getPages(type);\n  cache.set(type, docs);\n  return docs;\n}\n",
      filename: 'apps/web/src/content/utils/search-index.ts',
      errors: [{ messageId: 'moduleState', line: 2, column: 7 }],
    },
    {
      code: "const rates = new Map<Currency, number>();\nexport async function rate(c: Currency): Promise<number> {\n  if (!rates.has(c)) rates.set(c, await fetchRate(c));\n  return rates.get(c)!;\n}\n",
      filename: 'lib/rates.ts',
      errors: [{ messageId: 'moduleState', line: 1, column: 7 }],
    },
    {
      code: "const lastSeen = new Map<Region, number>();\nexport function touch(r: Region): void {\n  lastSeen.set(r, Date.now());\n}\n",
      filename: 'lib/regions.ts',
      errors: [{ messageId: 'moduleState', line: 1, column: 7 }],
    },
    {
      code: "const quoteCache = new Map<Plan, Response>();\nfunction price(p: Plan) {\n  if (!quoteCache.has(p)) quoteCache.set(p, fetch(`/api/prices/${p}`));\n  return quoteCache.get(p);\n}\nexport async function GET() { return price('pro'); }\n",
      filename: 'app/api/prices/route.ts',
      errors: [{ messageId: 'moduleState', line: 1, column: 7 }],
    },
    {
      code: "const counts = new Map<Plan, number>();\nexport function hit(p: Plan): number {\n  const n = (counts.get(p) ?? 0) + 1;\n  counts.set(p, n);\n  return n;\n}\n",
      filename: 'lib/usage.ts',
      errors: [{ messageId: 'moduleState', line: 1, column: 7 }],
    },
    // Twins of morphic's valid cases: a flag next to a cache of query results; encoders fetched per client-sent model.
    {
      code: "let cachedPlans: Plan[] | null = null;\nlet cachedFlag = false;\nexport async function GET() {\n  if (!cachedPlans) {\n    cachedFlag = true;\n    cachedPlans = await db.plan.findMany();\n  }\n  return Response.json(cachedPlans);\n}\n",
      filename: 'app/api/plans/route.ts',
      errors: [{ messageId: 'moduleState', line: 1, data: { name: 'cachedPlans', kind: 'cached value', write: 'cachedPlans =', line: '6', fix: 'Redis with a TTL, or the database' }, suggestions: [] }],
    },
    {
      code: "const encoderCache = new Map<string, any>();\nexport async function POST(req: Request) {\n  const { model } = await req.json();\n  if (!encoderCache.has(model)) encoderCache.set(model, await fetchEncoder(model));\n  return Response.json({ n: encoderCache.get(model).encode('x').length });\n}\n",
      filename: 'app/api/tokens/route.ts',
      settings: cacheModule,
      errors: [{ messageId: 'moduleState', line: 1, suggestions: [{ messageId: 'useSharedCache', data: { name: 'encoderCache' }, output: "import { createCache } from '@/lib/shared-cache';\nconst encoderCache = createCache<any>('encoderCache');\nexport async function POST(req: Request) {\n  const { model } = await req.json();\n  if (!await encoderCache.has(model)) await encoderCache.set(model, await fetchEncoder(model));\n  return Response.json({ n: (await encoderCache.get(model)).encode('x').length });\n}\n" }] }],
    },
    // Its twin: the callback fetches, so the "constant" is data.
    {
      code: "let cachedTips: string[] | null = null;\nexport function getTips(): string[] {\n  if (!cachedTips) {\n    cachedTips = ENTRIES.map((e) => fetchTip(e));\n  }\n  return cachedTips;\n}\n",
      filename: 'lib/footer-tips.ts',
      errors: [{ messageId: 'moduleState', line: 1, data: { name: 'cachedTips', kind: 'cached value', write: 'cachedTips =', line: '4', fix: 'Redis with a TTL, or the database' }, suggestions: [] }],
    },
    // Seed 000: a chat route caching agents in a module-level Map.
    {
      code: "import { NextResponse } from 'next/server';\nconst agentCache = new Map();\nexport async function POST(req, { params }) {\n  let agent = agentCache.get(params.id);\n  if (!agent) {\n    agent = await getAgent(params.id);\n    agentCache.set(params.id, agent);\n  }\n  return NextResponse.json(agent);\n}\n",
      filename: 'app/api/agents/[id]/chat/route.js',
      settings: cacheModule,
      errors: [
        {
          messageId: 'moduleState',
          line: 2,
          column: 7,
          endColumn: 17,
          data: { name: 'agentCache', kind: 'Map', write: '.set()', line: '7', fix: 'Redis with a TTL, or the database' },
          suggestions: [
            {
              messageId: 'useSharedCache',
              data: { name: 'agentCache' },
              output:
                "import { NextResponse } from 'next/server';\nimport { createCache } from '@/lib/shared-cache';\nconst agentCache = createCache('agentCache');\nexport async function POST(req, { params }) {\n  let agent = await agentCache.get(params.id);\n  if (!agent) {\n    agent = await getAgent(params.id);\n    await agentCache.set(params.id, agent);\n  }\n  return NextResponse.json(agent);\n}\n",
            },
          ],
        },
      ],
    },
    // The same in TS keeps the value type; the helper is inlined when no module is configured.
    {
      code: "const userCache = new Map<string, User>();\nexport async function GET(req: Request) {\n  const hit = userCache.get(req.url)?.name;\n  userCache.set(req.url, await load());\n  return Response.json(hit);\n}\n",
      filename: FILES.route,
      errors: [
        {
          messageId: 'moduleState',
          line: 1,
          suggestions: [
            {
              messageId: 'useSharedCache',
              data: { name: 'userCache' },
              output: `import { Redis } from '@upstash/redis';
const userCache = createCache<User>('userCache');
export async function GET(req: Request) {
  const hit = (await userCache.get(req.url))?.name;
  await userCache.set(req.url, await load());
  return Response.json(hit);
}

// One client per instance is fine: it holds no request data, only the connection settings.
const redis = Redis.fromEnv();

/** A Map-like cache whose entries live in Redis, so every instance sees the same data and it survives cold starts. */
interface SharedCache<T> {
  get(key: string): Promise<T | undefined>;
  set(key: string, value: T, ttlSeconds?: number): Promise<void>;
  has(key: string): Promise<boolean>;
  delete(key: string): Promise<boolean>;
  /** Read-through: the cached value, or \`load()\`'s result stored for \`ttlSeconds\`. */
  getOrSet(key: string, load: () => Promise<T>, ttlSeconds?: number): Promise<T>;
}

/**
 * Creates a cache under \`namespace:\` whose entries expire after \`defaultTtlSeconds\` (an expiry is
 * what keeps a cache from serving stale rows forever). Redis failures degrade to a cache miss
 * instead of failing the request.
 */
function createCache<T>(namespace: string, defaultTtlSeconds = 300): SharedCache<T> {
  const fullKey = (key: string): string => \`\${namespace}:\${key}\`;
  const cache: SharedCache<T> = {
    async get(key) {
      try {
        const value = await redis.get<T>(fullKey(key));
        return value ?? undefined;
      } catch (err) {
        console.warn(\`cache get failed for \${namespace}\`, err);
        return undefined;
      }
    },
    async set(key, value, ttlSeconds = defaultTtlSeconds) {
      try {
        await redis.set(fullKey(key), value, { ex: ttlSeconds });
      } catch (err) {
        console.warn(\`cache set failed for \${namespace}\`, err);
      }
    },
    async has(key) {
      try {
        return (await redis.exists(fullKey(key))) > 0;
      } catch (err) {
        console.warn(\`cache has failed for \${namespace}\`, err);
        return false;
      }
    },
    async delete(key) {
      try {
        return (await redis.del(fullKey(key))) > 0;
      } catch (err) {
        console.warn(\`cache delete failed for \${namespace}\`, err);
        return false;
      }
    },
    async getOrSet(key, load, ttlSeconds = defaultTtlSeconds) {
      const hit = await cache.get(key);
      if (hit !== undefined) return hit;
      const value = await load();
      await cache.set(key, value, ttlSeconds);
      return value;
    },
  };
  return cache;
}
`,
            },
          ],
        },
      ],
    },
    // Seed 000: a RateLimiter class with a Map field and a module-level instance, in a lib file.
    {
      code: "class RateLimiter {\n  constructor() {\n    this.store = new Map();\n  }\n  check(ip) {\n    const e = this.store.get(ip) || { count: 0 };\n    e.count++;\n    this.store.set(ip, e);\n    return e.count < 10;\n  }\n}\nexport const rateLimiter = new RateLimiter();\n",
      filename: 'lib/api/rate-limiter.js',
      settings: limiterModule,
      errors: [
        {
          messageId: 'moduleState',
          line: 3,
          column: 5,
          endColumn: 15,
          // No suggestion: a limiter has no mechanical rewrite (adding checkRateLimit() alone would leave it).
          suggestions: [],
        },
      ],
    },
    // TS class fields, `export default new`.
    {
      code: TOKEN_BUCKET,
      filename: 'lib/rate-limit.ts',
      settings: limiterModule,
      errors: [{ messageId: 'moduleState', line: 2, column: 11, suggestions: [] }],
    },
    // Static singleton accessor with a Map field.
    {
      code: "export class SessionStore {\n  private static instance: SessionStore;\n  private sessions = new Map<string, object>();\n  static getInstance() { return (this.instance ??= new SessionStore()); }\n  save(id: string, s: object) { this.sessions.set(id, s); }\n}\n",
      filename: 'lib/session.ts',
      settings: cacheModule,
      errors: [{ messageId: 'moduleState', line: 3, suggestions: [] }],
    },
    // A lib limiter store written from an exported function (no route marker).
    {
      code: RATE_STORE,
      filename: 'src/lib/rate-limit.ts',
      settings: limiterModule,
      errors: [
        {
          messageId: 'moduleState',
          line: 1,
          data: { name: 'rateLimitStore', kind: 'Map', write: '.set()', line: '5', fix: '@upstash/ratelimit' },
          suggestions: [],
        },
      ],
    },
    // Pages API: an in-memory "database" array and a counter.
    {
      code: TODOS,
      filename: FILES.pagesApi,
      settings: bothModules,
      errors: [
        {
          messageId: 'moduleState',
          line: 1,
          data: { name: 'todos', kind: 'array', write: '.push()', line: '5', fix: 'Redis with a TTL, or the database' },
          suggestions: [],
        },
        {
          messageId: 'moduleState',
          line: 2,
          data: { name: 'requestCount', kind: 'counter', write: 'requestCount++', line: '4', fix: '@upstash/ratelimit' },
          suggestions: [],
        },
      ],
    },
    // Object used as a keyed store; dedupe Set in a webhook route.
    {
      code: SESSIONS,
      filename: 'src/app/api/webhook/route.ts',
      settings: bothModules,
      errors: [
        {
          messageId: 'moduleState',
          line: 1,
          data: { name: 'sessions', kind: 'object', write: 'sessions[…] =', line: '7', fix: 'Redis with a TTL, or the database' },
          suggestions: [],
        },
        { messageId: 'moduleState', line: 2, suggestions: [] },
      ],
    },
    // Writes through an alias and through a local helper it is passed to.
    {
      code: REMEMBER,
      filename: FILES.jsRoute,
      settings: bothModules,
      errors: [
        {
          messageId: 'moduleState',
          line: 1,
          data: { name: 'cache', kind: 'Map', write: 'remember()', line: '4', fix: 'Redis with a TTL, or the database' },
          suggestions: [],
        },
      ],
    },
    {
      code: DRAFTS,
      filename: 'app/actions.js',
      settings: bothModules,
      errors: [{ messageId: 'moduleState', line: 2, suggestions: [] }],
    },
    // middleware counting requests per IP.
    {
      code: "import { NextResponse } from 'next/server';\nconst hits = new Map();\nexport function middleware(req) {\n  const ip = req.ip ?? 'x';\n  hits.set(ip, (hits.get(ip) ?? 0) + 1);\n  return NextResponse.next();\n}\n",
      filename: FILES.middleware,
      errors: [{ messageId: 'moduleState', line: 2, suggestions: [] }],
    },
    // Static Map field of a class (module-level by definition).
    {
      code: STATIC_STORE,
      filename: 'lib/store.ts',
      settings: bothModules,
      errors: [
        {
          messageId: 'moduleState',
          line: 3,
          data: { name: 'Store.cache', kind: 'Map of the class', write: 'this.cache.set()', line: '4', fix: 'Redis with a TTL, or the database' },
          suggestions: [],
        },
      ],
    },
    // A registry class's field named for request state: still state, whatever the class is called.
    {
      code: "class SessionRegistry {\n  private static sessions: Map<string, { userId: string }> = new Map();\n  static register(id: string, userId: string) {\n    this.sessions.set(id, { userId });\n  }\n}\nexport default SessionRegistry;\n",
      filename: 'src/lib/agents/researcher/actions/registry.ts',
      errors: [{ messageId: 'moduleState', line: 2, data: { name: 'SessionRegistry.sessions', kind: 'Map of the class', write: 'this.sessions.set()', line: '4', fix: 'Redis with a TTL, or the database' }, suggestions: [] }],
    },
    // The same babel-driving code in a route handler, with a map its requests fill: serverless state.
    {
      code: "import _traverse from '@babel/traverse';\nimport { parse } from '@babel/parser';\n\nconst resultsByUser = new Map<string, number>();\n\nexport async function POST(req: Request) {\n  const { userId, code } = await req.json();\n  let count = 0;\n  _traverse(parse(code), { enter() { count++; } });\n  resultsByUser.set(userId, count);\n  return Response.json({ count });\n}\n",
      filename: 'app/api/transform/route.ts',
      settings: cacheModule,
      errors: [{ messageId: 'moduleState', line: 4, suggestions: [{ messageId: 'useSharedCache', output: "import _traverse from '@babel/traverse';\nimport { parse } from '@babel/parser';\nimport { createCache } from '@/lib/shared-cache';\n\nconst resultsByUser = createCache<number>('resultsByUser');\n\nexport async function POST(req: Request) {\n  const { userId, code } = await req.json();\n  let count = 0;\n  _traverse(parse(code), { enter() { count++; } });\n  await resultsByUser.set(userId, count);\n  return Response.json({ count });\n}\n" }] }],
    },
    // Twin of the mastra showcase's agents: a `let` cache of a fetched agent list stays reported.
    {
      code: "import { CopilotRuntime, createCopilotRuntimeHandler } from '@copilotkit/runtime/v2';\nimport { MastraAgent } from '@ag-ui/mastra';\nimport { mastra } from '@/mastra';\n\ntype BuiltAgents = Record<string, MastraAgent>;\n\nasync function loadAgents(): Promise<BuiltAgents> {\n  return (await fetch('https://config.example.com/agents')).json();\n}\n\nlet cachedAgents: BuiltAgents | null = null;\nasync function getAgents(): Promise<BuiltAgents> {\n  if (cachedAgents === null) cachedAgents = await loadAgents();\n  return cachedAgents;\n}\n\nexport const POST = async (req: Request) => {\n  const handler = createCopilotRuntimeHandler({ runtime: new CopilotRuntime({ agents: await getAgents() }), basePath: '/api/copilotkit' });\n  return handler(req);\n};\n",
      filename: 'app/api/copilotkit/route.ts',
      errors: [{ messageId: 'moduleState', line: 11, column: 5, data: { name: 'cachedAgents', kind: 'cached value', write: 'cachedAgents =', line: '13', fix: 'Redis with a TTL, or the database' }, suggestions: [] }],
    },
    // Twin of giselle's query service: a `let` cache of a query's rows stays reported.
    {
      code: "import { queryPostgresDocuments, type Document } from '@acme/rag';\nimport { createDatabaseConfig } from '../database';\nimport { resolveStoreId } from './resolve-store';\n\nlet cachedDocuments: Document[] | undefined;\n\nexport async function getDocuments() {\n  if (cachedDocuments) return cachedDocuments;\n  cachedDocuments = await queryPostgresDocuments({\n    database: createDatabaseConfig(),\n    tableName: 'embeddings',\n    contextToFilter: async (context) => ({ storeId: await resolveStoreId(context) }),\n  });\n  return cachedDocuments;\n}\n",
      filename: 'lib/query/service.ts',
      errors: [{ messageId: 'moduleState', line: 5, column: 5, data: { name: 'cachedDocuments', kind: 'cached value', write: 'cachedDocuments =', line: '9', fix: 'Redis with a TTL, or the database' }, suggestions: [] }],
    },
    // A `let` cache of an API result reassigned by the handler, kept forever: its stamp is set but never compared.
    {
      code: CACHED_PRICES,
      filename: FILES.route,
      settings: bothModules,
      errors: [{ messageId: 'moduleState', line: 1, data: { name: 'cachedPrices', kind: 'cached value', write: 'cachedPrices =', line: '5', fix: 'Redis with a TTL, or the database' }, suggestions: [] }],
    },
    // A memo keyed by request data stays reported: its entries come from client input.
    {
      code: PROMPT_MEMO,
      filename: FILES.route,
      errors: [
        {
          messageId: 'moduleState',
          line: 1,
          column: 7,
          endColumn: 18,
          data: { name: 'answerCache', kind: 'Map', write: '.set()', line: '7', fix: 'Redis with a TTL, or the database' },
          suggestions: [{ messageId: 'useSharedCache', data: { name: 'answerCache' }, output: "import { createCache } from '@/lib/shared-cache';\n" + PROMPT_MEMO.replace('new Map<string, string>()', "createCache<string>('answerCache')").replace('const hit = answerCache.get', 'const hit = await answerCache.get').replace('  answerCache.set', '  await answerCache.set') }],
        },
      ],
      settings: cacheModule,
    },
    {
      code: NOT_DERIVED,
      filename: 'lib/cache.ts',
      errors: [
        { messageId: 'moduleState', line: 2, column: 7, endColumn: 16, data: { name: 'seenCache', kind: 'Map', write: '.set()', line: '3', fix: 'Redis with a TTL, or the database' }, suggestions: [] },
        { messageId: 'moduleState', line: 4, column: 7, endColumn: 19, data: { name: 'touchedCache', kind: 'Map', write: '.set()', line: '5', fix: 'Redis with a TTL, or the database' }, suggestions: [] },
        { messageId: 'moduleState', line: 6, column: 7, endColumn: 41, data: { name: 'dataCache', kind: 'object', write: 'dataCache[…] =', line: '7', fix: 'Redis with a TTL, or the database' }, suggestions: [] },
        { messageId: 'moduleState', line: 8, column: 7, endColumn: 19, data: { name: 'profileCache', kind: 'Map', write: '.set()', line: '9', fix: 'Redis with a TTL, or the database' }, suggestions: [] },
      ],
    },
    // A server action's arguments are request data, even when the value is derived from them.
    {
      code: "'use server';\nconst slugCache = new Map<string, string>();\nexport async function normalize(slug: string) {\n  slugCache.set(slug, slug.toLowerCase());\n}\n",
      filename: 'app/actions.ts',
      settings: cacheModule,
      errors: [
        {
          messageId: 'moduleState',
          line: 2,
          column: 7,
          endColumn: 16,
          data: { name: 'slugCache', kind: 'Map', write: '.set()', line: '4', fix: 'Redis with a TTL, or the database' },
          suggestions: [
            {
              messageId: 'useSharedCache',
              data: { name: 'slugCache' },
              output: "'use server';\nimport { createCache } from '@/lib/shared-cache';\nconst slugCache = createCache<string>('slugCache');\nexport async function normalize(slug: string) {\n  await slugCache.set(slug, slug.toLowerCase());\n}\n",
            },
          ],
        },
      ],
    },
    // A `let` cache set from a parameter is not a lazily computed constant.
    {
      code: "let userCache: unknown;\nexport function remember(user: unknown) { userCache = user; }\n",
      filename: 'lib/cache.ts',
      errors: [{ messageId: 'moduleState', line: 1, column: 5, endColumn: 23, data: { name: 'userCache', kind: 'cached value', write: 'userCache =', line: '2', fix: 'Redis with a TTL, or the database' }, suggestions: [] }],
    },
    // Not clients: a Map of in-memory limiters, or of records that merely hold a client next to request data.
    {
      code: "let limiters = new Map<string, RateLimiter>();\nexport async function POST(req: Request) {\n  limiters.set(req.headers.get('x-forwarded-for') ?? '', new RateLimiter(10));\n  return new Response(null);\n}\n",
      filename: FILES.route,
      errors: [{ messageId: 'moduleState', line: 1, column: 5, suggestions: [] }],
    },
    {
      code: "let sessions = new Map<string, { client: Client; user: string }>();\nexport async function POST(req: Request) {\n  const { id, user } = await req.json();\n  sessions.set(id, { client: makeClient(), user });\n  return new Response(null);\n}\n",
      filename: FILES.route,
      errors: [{ messageId: 'moduleState', line: 1, suggestions: [] }],
    },
    // `.listen()` of something that is not a server it creates: still serverless code.
    {
      code: "let hits = 0;\nbus.listen('tick', () => {});\nexport async function GET() {\n  hits++;\n  return Response.json({ hits });\n}\n",
      filename: FILES.route,
      errors: [{ messageId: 'moduleState', line: 1, suggestions: [] }],
    },
    // A slot set from an argument that no comparison reads back: state, not a memo key.
    {
      code: "let cachedSession: Session | undefined;\nexport function useSession(session: Session) {\n  if (cachedSession) return cachedSession;\n  cachedSession = session;\n  return session;\n}\n",
      filename: 'lib/server/session.ts',
      errors: [{ messageId: 'moduleState', line: 1, suggestions: [] }],
    },
    // A load-once guard, but another function writes per request: state.
    {
      code: "let views = new Map<string, string>();\nfunction load(): void {\n  if (views.size > 0) return;\n  views.set('a', 'b');\n}\nexport async function POST(req: Request) {\n  load();\n  views.set(req.url, await req.text());\n  return new Response(null);\n}\n",
      filename: FILES.route,
      errors: [{ messageId: 'moduleState', line: 1, suggestions: [] }],
    },
    // An exchange-rate cache is a cache, not a rate limiter (midday): the Redis cache fix, not @upstash/ratelimit.
    {
      code: "const rateCache = new Map<string, { rates: Record<string, number>; ts: number }>();\nexport async function GET(req: Request) {\n  const base = new URL(req.url).searchParams.get('base') ?? 'USD';\n  rateCache.set(base, { rates: await fetchRates(base), ts: Date.now() });\n  return Response.json(rateCache.get(base));\n}\n",
      filename: FILES.route,
      errors: [{ messageId: 'moduleState', line: 1, data: { name: 'rateCache', kind: 'Map', write: '.set()', line: '4', fix: 'Redis with a TTL, or the database' }, suggestions: [{ messageId: 'useSharedCache', data: { name: 'rateCache' }, output: "import { Redis } from '@upstash/redis';\nconst rateCache = createCache<{ rates: Record<string, number>; ts: number }>('rateCache');\nexport async function GET(req: Request) {\n  const base = new URL(req.url).searchParams.get('base') ?? 'USD';\n  await rateCache.set(base, { rates: await fetchRates(base), ts: Date.now() });\n  return Response.json(await rateCache.get(base));\n}\n\n// One client per instance is fine: it holds no request data, only the connection settings.\nconst redis = Redis.fromEnv();\n\n/** A Map-like cache whose entries live in Redis, so every instance sees the same data and it survives cold starts. */\ninterface SharedCache<T> {\n  get(key: string): Promise<T | undefined>;\n  set(key: string, value: T, ttlSeconds?: number): Promise<void>;\n  has(key: string): Promise<boolean>;\n  delete(key: string): Promise<boolean>;\n  /** Read-through: the cached value, or `load()`'s result stored for `ttlSeconds`. */\n  getOrSet(key: string, load: () => Promise<T>, ttlSeconds?: number): Promise<T>;\n}\n\n/**\n * Creates a cache under `namespace:` whose entries expire after `defaultTtlSeconds` (an expiry is\n * what keeps a cache from serving stale rows forever). Redis failures degrade to a cache miss\n * instead of failing the request.\n */\nfunction createCache<T>(namespace: string, defaultTtlSeconds = 300): SharedCache<T> {\n  const fullKey = (key: string): string => `${namespace}:${key}`;\n  const cache: SharedCache<T> = {\n    async get(key) {\n      try {\n        const value = await redis.get<T>(fullKey(key));\n        return value ?? undefined;\n      } catch (err) {\n        console.warn(`cache get failed for ${namespace}`, err);\n        return undefined;\n      }\n    },\n    async set(key, value, ttlSeconds = defaultTtlSeconds) {\n      try {\n        await redis.set(fullKey(key), value, { ex: ttlSeconds });\n      } catch (err) {\n        console.warn(`cache set failed for ${namespace}`, err);\n      }\n    },\n    async has(key) {\n      try {\n        return (await redis.exists(fullKey(key))) > 0;\n      } catch (err) {\n        console.warn(`cache has failed for ${namespace}`, err);\n        return false;\n      }\n    },\n    async delete(key) {\n      try {\n        return (await redis.del(fullKey(key))) > 0;\n      } catch (err) {\n        console.warn(`cache delete failed for ${namespace}`, err);\n        return false;\n      }\n    },\n    async getOrSet(key, load, ttlSeconds = defaultTtlSeconds) {\n      const hit = await cache.get(key);\n      if (hit !== undefined) return hit;\n      const value = await load();\n      await cache.set(key, value, ttlSeconds);\n      return value;\n    },\n  };\n  return cache;\n}\n" }] }],
    },
    // serverFiles option widens the scope to a file the rule would otherwise treat as generic.
    {
      code: PARTS,
      filename: 'lib/format.ts',
      options: [{ serverFiles: ['lib/format.ts'] }],
      settings: bothModules,
      errors: [{ messageId: 'moduleState', suggestions: [] }],
    },
    // requestDataInModuleVariable: a module `let` / `var` that a handler sets from request data and that code reads where another request's value may be.
    // The brief's case: request data in a module variable, read by a helper after an await.
    { code: "let lastUrl: string | undefined;\nasync function log() { await db.insert({ url: lastUrl }); }\nexport async function POST(req: Request) {\n  const { url } = await req.json();\n  lastUrl = url;\n  await log();\n  return Response.json({ ok: true });\n}\n", filename: 'app/api/track/route.ts', errors: [{ messageId: 'requestDataInModuleVariable', line: 1, column: 5, endColumn: 32, data: { name: "lastUrl", handler: "the POST handler", write: "lastUrl = url", line: "5", read: "`log` reads it (line 2)" }, suggestions: [] }] },
    // Pages API: the handler reads it again after an await.
    { code: "let currentUser;\n\nexport default async function handler(req, res) {\n  currentUser = req.body.user;\n  await saveProfile();\n  res.json({ user: currentUser });\n}\n", filename: 'pages/api/profile.js', errors: [{ messageId: 'requestDataInModuleVariable', line: 1, column: 5, data: { name: "currentUser", handler: "this API route", write: "currentUser = req.body.user", line: "4", read: "it is read on line 6, where it may hold another request's value" }, suggestions: [] }] },
    // Server actions: one action stores its argument, another returns it to whoever calls.
    { code: "'use server';\n\nlet lastDraft = '';\n\nexport async function saveDraft(text: string) {\n  lastDraft = text;\n}\n\nexport async function loadDraft() {\n  return lastDraft;\n}\n", filename: 'app/actions/draft.ts', errors: [{ messageId: 'requestDataInModuleVariable', line: 3, column: 5, data: { name: "lastDraft", handler: "server action `saveDraft`", write: "lastDraft = text", line: "6", read: "`loadDraft` reads it (line 10)" }, suggestions: [] }] },
    // The session of an auth call, read by a helper: request B's query runs with request A's user.
    { code: "import { auth } from '@/auth';\n\nlet session: Awaited<ReturnType<typeof auth>>;\n\nasync function invoicesOfCurrentUser() {\n  return db.invoice.findMany({ where: { userId: session?.user?.id } });\n}\n\nexport async function GET() {\n  session = await auth();\n  if (!session) return new Response('Unauthorized', { status: 401 });\n  return Response.json(await invoicesOfCurrentUser());\n}\n", filename: 'app/api/invoices/route.ts', errors: [{ messageId: 'requestDataInModuleVariable', line: 3, column: 5, data: { name: "session", handler: "the GET handler", write: "session = await auth()", line: "10", read: "`invoicesOfCurrentUser` reads it (line 6)" }, suggestions: [] }] },
    // A client built lazily from the first request's API key: every later request uses that user's key.
    { code: "import OpenAI from 'openai';\n\nlet client: OpenAI | undefined;\n\nexport async function POST(req: Request) {\n  const { apiKey, prompt } = await req.json();\n  client ??= new OpenAI({ apiKey });\n  const res = await client.responses.create({ model: 'gpt-4.1-mini', input: prompt });\n  return Response.json({ text: res.output_text });\n}\n", filename: 'app/api/complete/route.ts', errors: [{ messageId: 'requestDataInModuleVariable', line: 3, column: 5, data: { name: "client", handler: "the POST handler", write: "client ??= new OpenAI({ apiKey })", line: "7", read: "it is read on line 8, where it may hold another request's value" }, suggestions: [] }] },
    // Read before the write: the previous request's value.
    { code: "let lastPrompt = '';\n\nexport async function POST(req: Request) {\n  const { prompt } = await req.json();\n  const context = `${lastPrompt}\\n${prompt}`;\n  lastPrompt = prompt;\n  return Response.json({ context });\n}\n", filename: 'app/api/chat/route.ts', errors: [{ messageId: 'requestDataInModuleVariable', line: 1, column: 5, data: { name: "lastPrompt", handler: "the POST handler", write: "lastPrompt = prompt", line: "6", read: "it is read on line 5, where it may hold another request's value" }, suggestions: [] }] },
    // A conditional write: when the request sends no user, the response carries the previous request's.
    { code: "let currentUser: { id: string } | undefined;\n\nexport async function POST(req: Request) {\n  const body = await req.json();\n  if (body.user) currentUser = body.user;\n  return Response.json({ user: currentUser });\n}\n", filename: 'app/api/me/route.ts', errors: [{ messageId: 'requestDataInModuleVariable', line: 1, column: 5, data: { name: "currentUser", handler: "the POST handler", write: "currentUser = body.user", line: "5", read: "it is read on line 6, where it may hold another request's value" }, suggestions: [] }] },
    // Middleware: the path of the request, read by an exported helper other code calls.
    { code: "import { NextResponse, type NextRequest } from 'next/server';\n\nlet lastPath = '/';\n\nexport function currentPath() {\n  return lastPath;\n}\n\nexport function middleware(req: NextRequest) {\n  lastPath = req.nextUrl.pathname;\n  return NextResponse.next();\n}\n", filename: 'middleware.ts', errors: [{ messageId: 'requestDataInModuleVariable', line: 3, column: 5, data: { name: "lastPath", handler: "the middleware", write: "lastPath = req.nextUrl.pathname", line: "10", read: "`currentPath` reads it (line 6)" }, suggestions: [] }] },
    // A per-request Supabase client (a closure over the request's cookies) kept in a module variable: request B's query runs with request A's session.
    { code: "import { cookies } from 'next/headers';\nimport { createServerClient } from '@supabase/ssr';\n\nlet supabase: ReturnType<typeof createServerClient>;\n\nasync function listNotes() {\n  return supabase.from('notes').select();\n}\n\nexport async function GET() {\n  const cookieStore = await cookies();\n  supabase = createServerClient(process.env.SUPABASE_URL!, process.env.SUPABASE_ANON_KEY!, {\n    cookies: { getAll: () => cookieStore.getAll() },\n  });\n  return Response.json(await listNotes());\n}\n", filename: 'app/api/notes/route.ts', errors: [{ messageId: 'requestDataInModuleVariable', line: 4, column: 5, data: { name: "supabase", handler: "the GET handler", write: "supabase = \u2026", line: "12", read: "`listNotes` reads it (line 7)" }, suggestions: [] }] },
    // headers() in a wrapped route handler, read by a function of the module.
    { code: "import { headers } from 'next/headers';\n\nvar locale = 'en';\n\nexport function formatAmount(n: number) {\n  return new Intl.NumberFormat(locale).format(n);\n}\n\nexport const GET = withErrors(async () => {\n  locale = (await headers()).get('accept-language') ?? 'en';\n  const totals = await loadTotals();\n  return Response.json(totals.map(formatAmount));\n});\n", filename: 'app/api/report/route.ts', errors: [{ messageId: 'requestDataInModuleVariable', line: 3, column: 5, data: { name: "locale", handler: "the GET handler", write: "locale = (await headers()).get('accept-language') ?? 'en'", line: "10", read: "`formatAmount` reads it (line 6)" }, suggestions: [] }] },
    // callerDataInModuleState: a one-slot cache whose value is one caller's (an auth call's user, a cookie-carrying fetch), under no key of theirs.
    // auto_rfp's `currentUserCache`: the signed-in user from `supabase.auth.getUser()`, kept for the next caller of `getCurrentUser()`.
    { code: "import { createClient } from '@/lib/supabase/server';\n\nlet currentUserCache: { user: any; timestamp: number } | null = null;\nconst CACHE_TTL = 5 * 60 * 1000;\n\nexport const organizationService = {\n  async getCurrentUser() {\n    const now = Date.now();\n    if (currentUserCache && now - currentUserCache.timestamp < CACHE_TTL) return currentUserCache.user;\n    const supabase = await createClient();\n    const { data: { user } } = await supabase.auth.getUser();\n    if (!user) {\n      currentUserCache = null;\n      return null;\n    }\n    const dbUser = await this.upsertUser(user.id, user.email || '');\n    currentUserCache = { user: dbUser, timestamp: now };\n    return dbUser;\n  },\n};\n", filename: 'lib/organization-service.ts', errors: [{ messageId: 'callerDataInModuleState', line: 3, column: 5, data: { name: 'currentUserCache', kind: 'cached value', write: 'currentUserCache =', line: '17', source: 'supabase.auth.getUser()' }, suggestions: [] }] },
    // next-auth's session, memoized in a server-only helper.
    { code: "import 'server-only';\nimport { getServerSession } from 'next-auth';\nimport { authOptions } from './auth';\n\nlet cachedSession: Awaited<ReturnType<typeof getServerSession>> = null;\n\nexport async function getSession() {\n  if (cachedSession) return cachedSession;\n  cachedSession = await getServerSession(authOptions);\n  return cachedSession;\n}\n", filename: 'lib/session.ts', errors: [{ messageId: 'callerDataInModuleState', line: 5, column: 5, data: { name: 'cachedSession', kind: 'cached value', write: 'cachedSession =', line: '9', source: 'getServerSession()' }, suggestions: [] }] },
    // Clerk's currentUser() in a route handler.
    { code: "import { currentUser } from '@clerk/nextjs/server';\n\nlet cachedUser: Awaited<ReturnType<typeof currentUser>> = null;\n\nexport async function GET() {\n  cachedUser ??= null;\n  if (!cachedUser) cachedUser = await currentUser();\n  return Response.json({ email: cachedUser?.emailAddresses[0]?.emailAddress });\n}\n", filename: 'app/api/me/route.ts', errors: [{ messageId: 'callerDataInModuleState', line: 3, column: 5, data: { name: 'cachedUser', kind: 'cached value', write: 'cachedUser =', line: '7', source: 'currentUser()' }, suggestions: [] }] },
    // Auth.js auth(), the caller's row fetched with its user id: still that caller's.
    { code: "import { auth } from '@/auth';\n\nlet profileCache: Profile | null = null;\n\nexport async function getProfile() {\n  if (profileCache) return profileCache;\n  const session = await auth();\n  profileCache = await db.profile.findUnique({ where: { userId: session!.user!.id } });\n  return profileCache;\n}\n", filename: 'lib/profile.ts', errors: [{ messageId: 'callerDataInModuleState', line: 3, column: 5, data: { name: 'profileCache', kind: 'cached value', write: 'profileCache =', line: '8', source: 'auth()' }, suggestions: [] }] },
    // A per-user fetch that forwards the caller's cookies, cached under no key.
    { code: "import { cookies } from 'next/headers';\n\nlet cachedAccount: Account | undefined;\n\nexport async function getAccount() {\n  if (cachedAccount) return cachedAccount;\n  const cookieStore = await cookies();\n  cachedAccount = await fetch(`${process.env.API_URL}/me`, { headers: { cookie: cookieStore.toString() }, signal: AbortSignal.timeout(5000) }).then((r) => r.json());\n  return cachedAccount;\n}\n", filename: 'lib/account.ts', errors: [{ messageId: 'callerDataInModuleState', line: 3, column: 5, data: { name: 'cachedAccount', kind: 'cached value', write: 'cachedAccount =', line: '8', source: 'cookies()' }, suggestions: [] }] },
    // The caller's bearer token forwarded to a per-user API.
    { code: "import { headers } from 'next/headers';\n\nlet cachedMe: Me | null = null;\n\nexport async function getMe() {\n  if (cachedMe) return cachedMe;\n  const h = await headers();\n  cachedMe = await fetch(`${process.env.API_URL}/me`, { headers: { Authorization: h.get('authorization') ?? '' }, signal: AbortSignal.timeout(5000) }).then((r) => r.json());\n  return cachedMe;\n}\n", filename: 'lib/me.ts', errors: [{ messageId: 'callerDataInModuleState', line: 3, column: 5, data: { name: 'cachedMe', kind: 'cached value', write: 'cachedMe =', line: '8', source: 'headers()' }, suggestions: [] }] },
    // Twin: the host header is the same for every caller (the deployment's URL): the generic message.
    { code: "import { headers } from 'next/headers';\n\nlet cachedBaseUrl: string | null = null;\n\nexport async function getBaseUrl() {\n  if (cachedBaseUrl) return cachedBaseUrl;\n  const h = await headers();\n  cachedBaseUrl = `https://${h.get('host')}`;\n  return cachedBaseUrl;\n}\n", filename: 'lib/base-url.ts', errors: [{ messageId: 'moduleState', line: 3, column: 5, data: { name: 'cachedBaseUrl', kind: 'cached value', write: 'cachedBaseUrl =', line: '8', fix: 'Redis with a TTL, or the database' }, suggestions: [] }] },
    // Twins keep the generic message: the slot is keyed by the user's id (per-instance, never another user's)...
    { code: "import { auth } from '@/auth';\n\nlet profileCache: { userId: string; profile: Profile } | null = null;\n\nexport async function getProfile() {\n  const session = await auth();\n  if (profileCache && profileCache.userId === session!.user!.id) return profileCache.profile;\n  const profile = await db.profile.findUnique({ where: { userId: session!.user!.id } });\n  profileCache = { userId: session!.user!.id, profile };\n  return profile;\n}\n", filename: 'lib/profile.ts', errors: [{ messageId: 'moduleState', line: 3, column: 5, data: { name: 'profileCache', kind: 'cached value', write: 'profileCache =', line: '9', fix: 'Redis with a TTL, or the database' }, suggestions: [] }] },
    // ... or by a separate key slot compared where it is read ...
    { code: "import { auth } from '@/auth';\n\nlet cachedUserId: string | null = null;\nlet cachedProfile: Profile | null = null;\n\nexport async function getProfile() {\n  const session = await auth();\n  if (cachedUserId === session?.user?.id) return cachedProfile;\n  cachedProfile = await db.profile.findUnique({ where: { userId: session!.user!.id } });\n  cachedUserId = session!.user!.id;\n  return cachedProfile;\n}\n", filename: 'lib/profile.ts', errors: [{ messageId: 'moduleState', line: 3, column: 5, data: { name: 'cachedUserId', kind: 'cached value', write: 'cachedUserId =', line: '10', fix: 'Redis with a TTL, or the database' }, suggestions: [] }, { messageId: 'moduleState', line: 4, column: 5, data: { name: 'cachedProfile', kind: 'cached value', write: 'cachedProfile =', line: '9', fix: 'Redis with a TTL, or the database' }, suggestions: [] }] },
    // ... an object keyed by the user's id (containers keep the generic message) ...
    { code: "import { auth } from '@/auth';\n\nconst profileCache: Record<string, Profile | null> = {};\n\nexport async function getProfile() {\n  const session = await auth();\n  const id = session!.user!.id;\n  if (!(id in profileCache)) profileCache[id] = await db.profile.findUnique({ where: { userId: id } });\n  return profileCache[id];\n}\n", filename: 'lib/profile.ts', errors: [{ messageId: 'moduleState', line: 3, column: 7, data: { name: 'profileCache', kind: 'object', write: 'profileCache[…] =', line: '8', fix: 'Redis with a TTL, or the database' }, suggestions: [] }] },
    // ... and a helper's argument or request body (request data, not the caller's identity: the caller passes it).
    { code: "let cachedSettings: Settings | null = null;\n\nexport async function loadSettings(req: Request) {\n  if (cachedSettings) return cachedSettings;\n  cachedSettings = (await req.json()).settings;\n  return cachedSettings;\n}\n", filename: 'lib/settings.ts', errors: [{ messageId: 'moduleState', line: 1, column: 5, data: { name: 'cachedSettings', kind: 'cached value', write: 'cachedSettings =', line: '5', fix: 'Redis with a TTL, or the database' }, suggestions: [] }] },
    // Twin of ai-agent-builder's db client reset (in valid): a cache of fetched rows reset to `undefined` and then refilled
    // by a request is still reported, at the refill.
    { code: "import 'server-only';\nimport { db } from '@/db/client';\nimport { plans } from '@/db/schema';\n\nlet cachedPlans: (typeof plans.$inferSelect)[] | undefined;\n\nexport async function getPlans() {\n  cachedPlans ??= await db.select().from(plans);\n  return cachedPlans;\n}\n\nexport async function refreshPlans() {\n  cachedPlans = undefined;\n  cachedPlans = await db.select().from(plans);\n  return cachedPlans;\n}\n", filename: 'lib/plans.ts', errors: [{"messageId": "moduleState", "line": 5, "column": 5, "suggestions": []}] },
    // Twin of ai-agent-builder's memoized auth middleware (in valid): Clerk's `getAuth(request)` reads this caller, and a
    // later request reads the first caller's auth from the module `let`.
    { code: "import { getAuth } from '@clerk/nextjs/server';\nimport { NextResponse, type NextRequest } from 'next/server';\n\nlet lastAuth: ReturnType<typeof getAuth> | undefined;\n\nexport default function middleware(request: NextRequest) {\n  lastAuth ??= getAuth(request);\n  if (!lastAuth.userId) return NextResponse.redirect(new URL('/sign-in', request.url));\n  return NextResponse.next();\n}\n", filename: 'middleware.ts', errors: [{"messageId": "requestDataInModuleVariable", "line": 4, "column": 5, "suggestions": []}] },
  ],
});

// A lazy constant may read the app's env/config module through an imported getter, and a sibling `let` the same
// initializer fills (andrewpetersondev/nextjs-dashboard's logging.levels.ts).
ruleTester.run('no-module-state (lazy constants from an imported config getter)', rule, {
  valid: [
    // lazily computed log level from the app's env module
    {"code": "import { getPublicLogLevel } from '@/shared/core/config/public/env-public';\nimport type { LogLevel } from '@/shared/core/config/schemas';\n\nlet cachedLogLevel: LogLevel | null = null;\nlet cachedPriority: number | null = null;\n\nexport const logLevelPriority: Readonly<Record<LogLevel, number>> = { debug: 40, error: 10, info: 30, warn: 20 };\n\nfunction getEffectiveLogLevel(): LogLevel {\n  if (cachedLogLevel !== null) {\n    return cachedLogLevel;\n  }\n  try {\n    cachedLogLevel = getPublicLogLevel();\n  } catch {\n    cachedLogLevel = 'info';\n  }\n  cachedPriority = logLevelPriority[cachedLogLevel];\n  return cachedLogLevel;\n}\n\nexport function currentLogLevelPriority(): number {\n  if (cachedPriority === null) getEffectiveLogLevel();\n  return cachedPriority ?? 30;\n}\n", "filename": "src/server/logging/levels.ts"},
    // a getter without arguments from ~/env (its twin from another module is reported)
    {"code": "import { getLogLevel } from '~/env';\n\nlet cachedLevel: string | null = null;\n\nexport function effectiveLevel(): string {\n  if (cachedLevel !== null) return cachedLevel;\n  cachedLevel = getLogLevel();\n  return cachedLevel;\n}\n", "filename": "src/server/log-level.ts"},
  ],
  invalid: [
    // invalid twin: the getter comes from a data module
    {"code":"import { getPublicLogLevel } from '@/server/db/log-settings';\nimport type { LogLevel } from '@/shared/core/config/schemas';\n\nlet cachedLogLevel: LogLevel | null = null;\nlet cachedPriority: number | null = null;\n\nexport const logLevelPriority: Readonly<Record<LogLevel, number>> = { debug: 40, error: 10, info: 30, warn: 20 };\n\nfunction getEffectiveLogLevel(): LogLevel {\n  if (cachedLogLevel !== null) {\n    return cachedLogLevel;\n  }\n  try {\n    cachedLogLevel = getPublicLogLevel();\n  } catch {\n    cachedLogLevel = 'info';\n  }\n  cachedPriority = logLevelPriority[cachedLogLevel];\n  return cachedLogLevel;\n}\n\nexport function currentLogLevelPriority(): number {\n  if (cachedPriority === null) getEffectiveLogLevel();\n  return cachedPriority ?? 30;\n}\n","filename":"src/server/logging/levels.ts","errors":[{"messageId":"moduleState","line":4,"column":5,"suggestions":[]},{"messageId":"moduleState","line":5,"column":5,"suggestions":[]}]},
    // invalid twin: the level can also be set per call, so the priority derived from it is state
    {"code":"import { getPublicLogLevel } from '@/shared/core/config/public/env-public';\nimport type { LogLevel } from '@/shared/core/config/schemas';\n\nlet cachedLogLevel: LogLevel | null = null;\nlet cachedPriority: number | null = null;\n\nexport const logLevelPriority: Readonly<Record<LogLevel, number>> = { debug: 40, error: 10, info: 30, warn: 20 };\n\nfunction getEffectiveLogLevel(): LogLevel {\n  if (cachedLogLevel !== null) {\n    return cachedLogLevel;\n  }\n  try {\n    cachedLogLevel = getPublicLogLevel();\n  } catch {\n    cachedLogLevel = 'info';\n  }\n  cachedPriority = logLevelPriority[cachedLogLevel];\n  return cachedLogLevel;\n}\n\nexport function currentLogLevelPriority(): number {\n  if (cachedPriority === null) getEffectiveLogLevel();\n  return cachedPriority ?? 30;\n}\n\nexport function setLogLevel(level: LogLevel) {\n  cachedLogLevel = level;\n}\n","filename":"src/server/logging/levels.ts","errors":[{"messageId":"moduleState","line":4,"column":5,"suggestions":[]},{"messageId":"moduleState","line":5,"column":5,"suggestions":[]}]},
    // twin: the same getter from a module that is not env or config
    {"code": "import { getLogLevel } from '~/lib/user-prefs';\n\nlet cachedLevel: string | null = null;\n\nexport function effectiveLevel(): string {\n  if (cachedLevel !== null) return cachedLevel;\n  cachedLevel = getLogLevel();\n  return cachedLevel;\n}\n", "filename": "src/server/log-level.ts", "errors": [{"messageId": "moduleState", "line": 3, "column": 5}]},
  ],
});

// A process-wide setting behind a `setGlobal*` setter (andrewpetersondev's BaseLogger.setGlobalContext, merged into every log entry).
ruleTester.run('no-module-state (a setting set through a setGlobal* setter)', rule, {
  valid: [
    { code: "let processMetadata: Record<string, unknown> = {};\n\nexport class Logger {\n  constructor(private readonly bindings: Record<string, unknown> = {}) {}\n\n  /** Call once at application bootstrap. */\n  static setGlobalContext(context: Record<string, unknown>): void {\n    processMetadata = { ...processMetadata, ...context };\n  }\n\n  info(message: string): void {\n    console.info(JSON.stringify({ message, ...processMetadata, ...this.bindings }));\n  }\n}\n", filename: 'src/server/logging/logger.ts' },
  ],
  invalid: [
    // twin: a setter not named for the whole process may be called per request
    { code: "let processMetadata: Record<string, unknown> = {};\n\nexport class Logger {\n  constructor(private readonly bindings: Record<string, unknown> = {}) {}\n\n  /** Call once at application bootstrap. */\n  static setContext(context: Record<string, unknown>): void {\n    processMetadata = { ...processMetadata, ...context };\n  }\n\n  info(message: string): void {\n    console.info(JSON.stringify({ message, ...processMetadata, ...this.bindings }));\n  }\n}\n", filename: 'src/server/logging/logger.ts', errors: [{ messageId: 'moduleState', line: 1, column: 5 }] },
  ],
});
