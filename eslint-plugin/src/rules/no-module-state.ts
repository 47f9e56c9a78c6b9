import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import {
  compilePatterns,
  forEachChild,
  createRule,
  findVariable,
  getCalleeName,
  getDottedName,
  getProcessEnvName,
  getEnclosingFunction,
  getFunctionName,
  getBindingValues,
  getFileKind,
  getHandlers,
  getPropertyName,
  getValueSources,
  canCallHelper,
  helperFixes,
  isFunction,
  matchesAnyGlob,
  resolveLocalFunction,
  some,
  splitWords,
  unwrap,
  walk,
  type FunctionNode,
  type FileKind,
  isCommonJsFile,
  isServerModule,
  isServerFramework,
  isDevTooling,
  isToolingPath,
  isGeneratedFile,
  BROWSER_LIBRARY,
  importsReactHook,
  getConstInit,
  getImportSource,
  isWithin,
  type Handler,
} from '../utils';
import { isDesktopAppModule } from '../utils/project';
import { isRequestRead } from '../utils/compare-vocab';
import { isAuthCall } from '../utils/auth-vocab';
import { SECURE_ID_CALL } from '../utils/secret-vocab';

type Node = TSESTree.Node;
type Variable = TSESLint.Scope.Variable;

type Options = [
  {
    /** Extra globs of files to treat as server code (state in them is always checked). */
    serverFiles?: string[];
    /** Globs of files never checked. */
    ignoreFiles?: string[];
    /** Regular expressions: state whose name matches is never reported. */
    ignoreNames?: string[];
  },
];

type MessageIds = 'moduleState' | 'useSharedCache' | 'requestDataInModuleVariable' | 'requestDataInProcessEnv' | 'callerDataInModuleState';

/** Constructors of in-memory key/value containers (WeakMap/WeakSet are identity memoization: not state). */
const CONTAINER_CTORS = /^(?:Map|Set|LRUCache|LRU|QuickLRU|NodeCache|TTLCache|TtlCache|Cache|ExpiryMap)$/;
/** Methods that write into a container. */
const WRITE_METHODS = new Set(['set', 'add', 'push', 'unshift', 'splice', 'setex', 'put', 'increment', 'incr']);
/** Value types that do not survive JSON in Redis: the Map-to-Redis rewrite would hand back a plain object. */
const NON_JSON_TYPE = /\b(?:AbortController|Promise|WebSocket|Socket|(?:Readable|Writable|Transform)Stream|Worker|EventEmitter|Timeout|Function|Request|Response|Blob|File|Map|Set|WeakMap|WeakSet|Date)\b|=>/;
/** Build-time APIs: a module that drives them is a compiler plugin or a bundler step (see the use). */
const BUILD_TOOL_MODULE = /^(?:@babel\/(?:core|traverse|generator|template)|unplugin|@rollup\/pluginutils|rollup|webpack|vite)$/;
/** Names of state that is not request data: registries, handler tables, compiled schemas, clients. */
const REGISTRY_NAME =
  /regist|definitions?$|cronJobs?$|handlers?$|listeners?$|subscribers?$|callbacks?$|plugins?$|hooks?$|middlewares?$|routes?$|commands?$|schemas?$|adapters?$|providers?$|factor(?:y|ies)$|loaders?$|clients?(?:Map|ById|By\w+)?$|connections?$|pools?$|transports?$|instances?$|models?$|formatters?$|collators?$|regexe?s?$|patterns?$|templates?$|compiled|translations?|locales?|messages?$|i18n|metrics?$|logs?$|logger|warn(?:ing|ed)?|logged|deprecat|^active|inflight|in_?flight|concurren|running|spans?$|timers?$|intervals?$|workers?$|modules?$|imports?$|promises?$|sdk/i;
/** Names that say the state is request data kept across requests (used for files that are not plainly server code). */
const STATE_NAME =
  /cache|cached|store|limit|rate|throttl|session|counter|count$|attempt|requests?|hits|visits|memo|seen|processed|dedup|queue|pending|inflight|in_flight|bucket|window|usage|quota|blocked|banned|users|tokens|conversations?|history|data$|results?$|responses?$|db$|database|inventory|orders|items|todos|posts|records|entries/i;
/**
 * Whether a container's name says it holds request data, read on what it holds, not on its key: `socketsByDatabase`
 * (postgres-new's browser proxy, an index of its live sockets) names sockets; `usersById` still names users.
 */
function namesState(name: string): boolean {
  return STATE_NAME.test(name.replace(/(?<=[a-z\d])By[A-Z]\w*$/, ''));
}
/**
 * The state is a limiter: the Redis fix is @upstash/ratelimit. Tested on the name's words joined by `_`
 * (`rateLimitStore` → `rate_limit_store`), so a word must start there: not the `rate` of `IntegratedErrorHandler`
 * or `generatedImages`, nor the `limit` of `delimiter`.
 */
const LIMITER_WORDS = /(?:^|_)(?:limit|rate(?!s?_?cache)|throttl|attempt|requests?(?:_(?:count|log|times|per))?$|hits|bucket|window|quota|usage|blocked|banned)/;
function namesLimiter(name: string): boolean {
  // `ipratelimits`, `userThrottles`: unambiguous anywhere in the name.
  return /ratelimit|throttl/i.test(name) || LIMITER_WORDS.test(splitWords(name).join('_'));
}
/** `let` singletons and flags that are written once (connection, client, init state): never reported. */
const SINGLETON_NAME =
  /client|conn|connection|pool|instance|promise|sdk|driver|browser|config|env|schema|init|ready|loaded|connected|token|secret|key$|model|transporter|redis|prisma|db$|mongo|supabase|openai|stripe|app$|server|logger|tracer|provider|worker|queue$/i;
/**
 * Factory calls whose result is a client or a pure, deterministic object: memoizing them per key is fine. Also the AI
 * SDK's `createGateway({ apiKey })` (amazong's `cachedGateway`), a provider client like `createOpenAI`'s. Also an auth
 * library's instance, `betterAuth({...})` or the app's builder of it (guiademilhas' `cachedAuth = initAuth()`).
 */
const FACTORY_CALL =
  /^(?:create|make|build|init|new|get)\w*(?:Client|Connection|Pool|Instance|Sdk|SDK|Api|API|Provider|Gateway|Model|Format|Formatter|Collator|Segmenter|Regex|RegExp|Schema|Parser|Transport|Driver|Agent|Limiter|Ratelimit|Encoding|Encoder|Tokenizer)$|^(?:create|make|build|new)\w*(?:Services?|Clients|Agents|Providers)$|^(?:create|make|build|init|new)\w*Auth$|^(?:betterAuth|NextAuth)$|^(?:compile|parse|createSchema|createParser)\w*$|^(?:get_encoding|encoding_for_model|encodingForModel)$|^(?:connect|createClient|drizzle|postgres|neon|Redis|fromEnv)$|^(?:scrypt|scryptSync|pbkdf2Sync|hkdfSync|createHash|createHmac|deriveKey|importKey|createSecretKey|createPublicKey|createPrivateKey)$/;
/**
 * Value types of connection resources and API clients (`Map<string, UndiciAgent>`, `Map<string,
 * LanguageModel>`): a map of them per key (policy, region, model) is a keyed singleton, not request data.
 */
const CLIENT_TYPE =
  /(?:Agent|Dispatcher|Client|Pool|Connection|Transport|Socket|Driver|Sdk|SDK|LanguageModel(?:V\d+)?|EmbeddingModel(?:V\d+)?|ImageModel(?:V\d+)?|Redis|Ratelimit|Browser)$/;
/** Calls that create a long-running server: a file that starts one with `.listen()` is not serverless code. */
const SERVER_FACTORY = /^(?:createServer|createSecureServer|express|fastify|Fastify|Koa|polka|restify)$/;
/** Globals whose calls, constructors and members compute values without I/O (a memo of them is deterministic). */
const PURE_GLOBALS = new Set([
  'undefined', 'NaN', 'Infinity', 'RegExp', 'String', 'Number', 'Boolean', 'BigInt', 'Math', 'JSON', 'Object', 'Array',
  'Intl', 'URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder', 'encodeURIComponent', 'decodeURIComponent',
  'encodeURI', 'decodeURI', 'parseInt', 'parseFloat', 'isNaN', 'isFinite', 'Symbol', 'Set', 'Map', 'structuredClone', 'Buffer',
]);
/** Calls that read the clock or randomness: a value computed with them is not a function of the key. */
const NONDETERMINISTIC_CALL = /^(?:Math\.random|Date\.now|performance\.now|process\.hrtime(?:\.bigint)?|crypto\.\w+|\w+\.randomUUID|\w+\.randomBytes|\w+\.getRandomValues)$/;
/** Calls (by name) that do I/O or return a pending result: their value is data, not a derivation of the key. */
const IO_CALL =
  /^(?:fetch|load|query|find|read|request|select|insert|update|upsert|delete|remove|exec|execute|download|upload|retrieve|lookup|search|list|call|invoke|send|post|count|aggregate|connect|open|then|catch|finally|json|text|formData|arrayBuffer|blob|get(?:One|Many|All|Item|Items|Record|Row|Rows|User|Users|Session|Document|Object)?$)(?![a-z])/;
/** Receivers of I/O calls: `db.x()`, `prisma.user.findUnique()`, `redis.get()`. */
const IO_ROOT = /^(?:db|prisma|redis|kv|sql|supabase|mongo|mongoose|knex|pool|client|api|axios|http|https|fs|fetcher|octokit|stripe|openai|ctx|req|request|res|response)$/i;
/**
 * Key type names of open-ended keys (ids, emails, URLs, paths, free text): a Map keyed by them grows with
 * the data. Any other named key type (`Corpus`, `Locale`, `Provider`, `Region`) is taken as a closed set.
 */
const OPEN_KEY_TYPE = /(?:Id|ID|Ids|IDs|Key|Token|Email|Url|URL|Uri|URI|Path|Hash|Ip|IP|Address|Name|Slug|String|Text|Query|Input|Request)$|^(?:string|String|number|Number|bigint|object|Object|unknown|any|Record|Partial|Array|ReadonlyArray|Promise)$/;
/** Types of public verification keys (a webhook provider's JWKs, GitHub's signing keys): immutable, the same on every instance. */
const PUBLIC_KEY_TYPE = /\b(?:JWK\w*|CryptoKey|KeyObject|KeyLike|PublicKey\w*)\b/;
/** A literal path part naming a folder of static files shipped with the app (`public`, `assets/fonts`). */
const ASSET_DIR = /(?:^|[\\/])(?:public|assets?|static|fonts?)(?:[\\/]|$)/;
/** A literal path part naming a folder the app writes at run time: its files are data, not the deployment's. */
const RUNTIME_DIR = /(?:^|[\\/])(?:uploads?|tmp|temp|data|storage|cache|generated)(?:[\\/]|$)/i;
/** Parameter names that carry request data: a memo keyed by them grows with client input. */
const REQUEST_PARAM = /^(?:req|request|_req|_request|ctx|context|event|params|searchParams|query|body|headers|cookies|formData|input|payload|args)$/;

/** React and Next's client-side modules; with {@link BROWSER_LIBRARY}, files whose code runs in the browser (or is React): stay silent. */
const REACT_IMPORT = /^(?:react|next\/navigation|next\/router|next\/link|next\/image)(?:\/|$)/;
/** Paths of generic modules where module state is worth checking when its name says request data. */
const LIB_PATH = /(?:^|\/)(?:lib|libs|utils?|services?|helpers?|server|src|app|core|modules?|packages)\//;
/** A health-check module or route: `health/`, `healthcheck.ts`, `health-check.ts`, `api/health/route.ts` (with probe / healthy wording in the file). */
const HEALTH_PATH = /(?:^|\/)health[-_]?(?:check|checks|checker)?(?:\/|\.[cm]?[jt]sx?$)|(?:^|\/)healthz?(?:\/|\.[cm]?[jt]sx?$)/i;
/** Modules named for profiling or debugging: `perf-tracking.ts`, `debug-counters.ts`, `profiler.ts`, `instrumentation.ts`. */
const DEV_COUNTER_FILE = /(?:^|\/)(?:[\w-]*[-_.])?(?:perf|performance|debug|profil(?:e|er|ing)|instrumentation)(?:[-_.][\w.-]*)?\.[cm]?[jt]s$/i;
/** Tooling this rule skips besides the shared folders and CLI scripts ({@link isDevTooling}). */
const SCRIPT_PATH = /(?:^|\/)(?:migrations?|prisma|tools|\.storybook|docs?|examples?)\/|(?:^|\/)[^/]*\.config\.[cm]?[jt]s$/;

/** The writes found to a container: stored values (with their keys, for `.set(k, v)` / `x[k] = v`) and other writes. */
interface MemoWrites {
  values: (Node | undefined)[];
  keys: (Node | undefined)[];
  others: number;
  memo?: boolean;
}

interface StateInfo {
  /** The declared name (`agentCache`) or `this.store` of a class. */
  name: string;
  /** Human description of the kind of state. */
  kind: string;
  /** The node to report. */
  reportNode: Node;
  /** The first write found, as a node inside a function. */
  write: Node;
  writeText: string;
  limiter: boolean;
  /** Present when the declaration can be rewritten to a Redis-backed cache. */
  rewrite?: { init: TSESTree.NewExpression; calls: TSESTree.CallExpression[]; typeArg?: string };
  helper: boolean;
  /** Set for a module `let` / `var` that a request handler sets from request data and other code reads ({@link MessageIds} `requestDataInModuleVariable`). */
  requestData?: { handler: string; read: string };
  /** Set for a `process.env.X` a request handler sets from request data ({@link MessageIds} `requestDataInProcessEnv`). */
  processEnv?: boolean;
  /** Set when the state holds one caller's data under no key of theirs: the auth call or header / cookie read it comes from ({@link MessageIds} `callerDataInModuleState`). */
  caller?: string;
}

/** A read of a header that carries the caller's credentials: `.get('authorization')`, `headers.cookie`, `x-user-id`. */
const CREDENTIAL_HEADER = /\.get\(\s*['"`](?:authorization|cookie|x-(?:api-key|user|auth|session)[\w-]*)['"`]|\bheaders\s*\.\s*(?:authorization|cookie)\b|\bheaders\s*\[\s*['"`](?:authorization|cookie|x-(?:api-key|user|auth|session)[\w-]*)['"`]/i;

/** `process.env.X = …` (also `??=`, `||=`, `process.env['X'] =`): a write of the process-wide environment. */
const PROCESS_ENV_WRITE = /\bprocess\.env(?:\.\w+|\[[^\]\n]+\])\s*(?:=(?!=)|\?\?=|\|\|=)/;
/**
 * `global.x` / `globalThis.x`, `globalThis['__x']`, `(globalThis as any).x`: a property of the global object (state
 * kept across requests like a module's).
 */
const GLOBAL_MEMBER = /\bglobal(?:This)?\s*(?:\.\s*[A-Za-z_$]|\[\s*['"`]|as\s)/;
/** Methods that add to a container. */
const GLOBAL_MUTATORS = new Set(['push', 'unshift', 'splice', 'add', 'set']);
/** Client singletons kept on the global object (the recommended pattern against hot reload): `globalThis.prisma`. */
const GLOBAL_CLIENT_NAME = /^_*(?:prisma|db|database|redis|mongo|mongoose|client|\w+Client|pool|\w+Pool|conn|connection|sql|supabase|drizzle|knex|sequelize|orm)$/i;

/** Const initializers that can never be (or build) module state: values, functions, references. */
const INERT_INIT = new Set(['Literal', 'TemplateLiteral', 'ArrowFunctionExpression', 'FunctionExpression', 'Identifier', 'MemberExpression', 'UnaryExpression', 'BinaryExpression', 'TaggedTemplateExpression', 'JSXElement', 'JSXFragment']);

/** Whether the file starts a long-running server (`createServer(...).listen(port)`, `app.listen()` of an express app). */
function startsServer(program: TSESTree.Program, text: string): boolean {
  if (!text.includes('.listen(')) return false;
  const isCreation = (node: Node): boolean => {
    const u = unwrap(node);
    return (u.type === 'CallExpression' || u.type === 'NewExpression') && SERVER_FACTORY.test(getCalleeName(u) ?? '');
  };
  const created = new Set<string>();
  for (const st of program.body) {
    const decl = st.type === 'ExportNamedDeclaration' ? st.declaration : st;
    if (decl?.type !== 'VariableDeclaration') continue;
    for (const d of decl.declarations) if (d.id.type === 'Identifier' && d.init && isCreation(d.init)) created.add(d.id.name);
  }
  return some(program, (n) => {
    if (n.type !== 'CallExpression' || n.callee.type !== 'MemberExpression' || getPropertyName(n.callee) !== 'listen') return false;
    const target = unwrap(n.callee.object);
    return isCreation(target) || (target.type === 'Identifier' && created.has(target.name));
  });
}

/** socket.io (imported, required or loaded with `import()`), or `ws`. */
const SOCKET_SERVER_LIB = /(?:from\s+|import\(\s*|require\(\s*)['"](?:socket\.io|ws)['"]/;
/**
 * A WebSocket server made here (`new Server(httpServer)` from socket.io, `new WebSocketServer({ server })` from ws):
 * it holds open connections, so it runs in a long-lived process, and its map of connected users is that process's.
 */
function startsSocketServer(text: string): boolean {
  return SOCKET_SERVER_LIB.test(text) && /\bnew\s+(?:Server|SocketIOServer|IOServer|WebSocketServer|WebSocket\.Server)\s*\(/.test(text);
}

/** Queue and stream consumer libraries: a process consuming from them runs until it is stopped. */
const CONSUMER_LIB = /^(?:kafkajs|@confluentinc\/kafka-javascript|bullmq|bee-queue|amqplib(?:\/callback_api)?|pg-boss|sqs-consumer)$/;
/** How those consumers start: `consumer.run({ eachMessage })`, BullMQ `new Worker(...)`, `channel.consume(...)`, `boss.work(...)`, `Consumer.create(...)`. */
const CONSUMER_START = /\.run\s*\(\s*\{\s*each(?:Message|Batch)\b|\bnew\s+Worker\s*\(|\.consume\s*\(|\.work\s*\(|\bConsumer\s*\.\s*create\s*\(/;
/**
 * A Kafka consumer's run loop, whatever module made the consumer: `consumer.run({ partitionsConsumedConcurrently,
 * eachBatch: async (...) => ... })` (kafkajs and its Confluent twin name their handlers `eachMessage` / `eachBatch`).
 */
const KAFKA_RUN = /\.run\s*\(\s*\{[^]{0,600}?\beach(?:Message|Batch)\s*[:(,}]/;

/**
 * Whether the file runs a queue / stream consumer (a Kafka consumer, a BullMQ worker): a long-running
 * worker process, whose per-process state (an offset watermark, a dedup map) lives as long as it does.
 * The consumer may come from the app's own queue package (openpanel's `createKafkaEventsConsumer()` from
 * `@openpanel/queue`): its `run({ ..., eachBatch })` call says what it is.
 */
function startsConsumer(kind: FileKind, text: string): boolean {
  for (const spec of kind.imports) if (CONSUMER_LIB.test(spec)) return CONSUMER_START.test(text) || KAFKA_RUN.test(text);
  return KAFKA_RUN.test(text);
}

/** In-process job schedulers: their jobs fire only in a process that stays up between them. */
const SCHEDULER_LIB = /^(?:node-schedule|node-cron|cron)$/;
/** How they start a job: `schedule.scheduleJob(rule, fn)` (node-schedule), `cron.schedule(expr, fn)` (node-cron), `new CronJob(...)` / `CronJob.from(...)` (cron). */
const SCHEDULER_START = /\.scheduleJob\s*\(|\.schedule\s*\(|\bnew\s+CronJob\s*\(|\bCronJob\s*\.\s*from\s*\(/;

/**
 * Whether the module (not a request entry point) starts in-process scheduled jobs (overseerr's `server/job/schedule.ts`:
 * `scheduledJobs.push({ job: schedule.scheduleJob(...) })`): it runs in a long-lived process, whose list of its jobs is its own.
 */
function startsScheduler(kind: FileKind, text: string): boolean {
  if (kind.isEntryPoint) return false;
  for (const spec of kind.imports) if (SCHEDULER_LIB.test(spec)) return SCHEDULER_START.test(text);
  return false;
}

/** Node built-ins that mark a module as server code without saying which kind of server. */
const NODE_BUILTIN = /^(?:node:|(?:fs|fs\/promises|crypto|child_process|path|os|http|https|stream|zlib)$)/;

/**
 * A CommonJS module outside request entry points and server folders whose only server sign is a Node
 * built-in (`require('node:fs')`): the helpers and controllers of a long-running Express app
 * (`config/cacheBust.js`, `controllers/api.js`), which keeps its state for its lifetime. Next.js code
 * is ES modules; CommonJS serverless functions export a `handler` (or sit in `functions/`, `lambda/`)
 * and are still checked.
 */
function expressStyleModule(kind: FileKind, program: TSESTree.Program, text: string): boolean {
  if (kind.isEntryPoint || kind.hasServerPath || !isCommonJsFile(kind.filename, program, text)) return false;
  if (/\bexports\s*\.\s*handler\b|\bhandler\s*[,}:]/.test(text)) return false;
  let builtin = false;
  for (const spec of kind.imports) {
    // A server framework is a long-running app's sign too (`require('express')`).
    if (NODE_BUILTIN.test(spec) || isServerFramework(spec)) builtin = true;
    else if (isServerModule(spec)) return false;
  }
  return builtin;
}

/** Telemetry packages whose instruments a module creates once per metric name and keeps. */
const TELEMETRY_MODULE = /^(?:@opentelemetry\/(?:api|sdk-metrics|sdk-trace-base)|prom-client)$/;
/** Their instrument and provider types: handles of a named metric or tracer, not data (not `Span`: one per request). */
const INSTRUMENT_TYPE = /^(?:Counter|UpDownCounter|Histogram|Gauge|Summary|Meter|Tracer|Observable(?:Counter|Gauge|UpDownCounter))$/;

/** The local names of the telemetry instrument types this module imports (`import { type Counter } from '@opentelemetry/api'`). */
function importedInstrumentTypes(program: TSESTree.Program): ReadonlySet<string> {
  const names = new Set<string>();
  for (const stmt of program.body) {
    if (stmt.type !== 'ImportDeclaration' || !TELEMETRY_MODULE.test(stmt.source.value)) continue;
    for (const sp of stmt.specifiers) {
      if (sp.type === 'ImportSpecifier' && sp.imported.type === 'Identifier' && INSTRUMENT_TYPE.test(sp.imported.name)) names.add(sp.local.name);
    }
  }
  return names;
}

/**
 * Whether a container's declared value type is a client or a connection resource (`new Map<string, Agent>()`,
 * `const m: Map<K, Client>`), or an imported telemetry instrument, also inside a wrapper type
 * (`Map<string, CachedInstrument<Counter>>`: hyperdx's counters per metric name).
 */
function holdsClients(decl: TSESTree.VariableDeclarator, instruments: ReadonlySet<string>): boolean {
  const init = decl.init ? unwrap(decl.init) : undefined;
  let params = init?.type === 'NewExpression' ? init.typeArguments?.params : undefined;
  const annotation = decl.id.typeAnnotation?.typeAnnotation;
  if (!params && annotation?.type === 'TSTypeReference') params = annotation.typeArguments?.params;
  return params?.length === 2 && isClientType(params[1]!, 0, instruments);
}

const entityName = (n: TSESTree.Node): string => (n.type === 'Identifier' ? n.name : n.type === 'TSQualifiedName' ? n.right.name : '');

function isClientType(t: TSESTree.TypeNode, depth: number, instruments: ReadonlySet<string>): boolean {
  if (depth > 4) return false;
  switch (t.type) {
    case 'TSTypeReference': {
      const name = entityName(t.typeName);
      const args = t.typeArguments?.params ?? [];
      // `Record<string, Function>`: code (handlers imported once), not data. Typed callbacks (`Map<string, (v: T) =>
      // void>`: resolvers of requests waiting on another) are not exempt.
      if (instruments.has(name) || name === 'Function') return true;
      // `CachedInstrument<Counter>`: a wrapper of one instrument (not a collection of them).
      if (!/^(?:Array|ReadonlyArray|Set|ReadonlySet|Map|ReadonlyMap|Record)$/.test(name) && args.some((a) => a.type === 'TSTypeReference' && instruments.has(entityName(a.typeName)))) return true;
      if ((name === 'Promise' || name === 'Awaited') && args.length === 1) return isClientType(args[0]!, depth + 1, instruments);
      // `ReturnType<typeof createClient>`
      if (name === 'ReturnType' && args[0]?.type === 'TSTypeQuery') return FACTORY_CALL.test(entityName(args[0].exprName));
      return CLIENT_TYPE.test(name);
    }
    case 'TSTypeLiteral':
      return (
        t.members.length > 0 &&
        t.members.every((m) => m.type === 'TSPropertySignature' && !!m.typeAnnotation && isClientType(m.typeAnnotation.typeAnnotation, depth + 1, instruments))
      );
    case 'TSUnionType': {
      const types = t.types.filter((x) => x.type !== 'TSUndefinedKeyword' && x.type !== 'TSNullKeyword');
      return types.length > 0 && types.every((x) => isClientType(x, depth + 1, instruments));
    }
    default:
      return false;
  }
}

/**
 * Whether a top-level statement could be module state as the `Program:exit` check below sees it: a
 * `let`/`var`, a `const` whose value is built (`new`, `{}`, `[]`, a call...), a class, `export default new
 * X()`, or an assignment statement (`module.exports = new Limiter()`). A superset of what the check
 * examines, so files without one are skipped before any other work.
 */
function hasStateCandidate(program: TSESTree.Program): boolean {
  for (const stmt of program.body) {
    let s: Node = stmt;
    if ((s.type === 'ExportNamedDeclaration' || s.type === 'ExportDefaultDeclaration') && s.declaration) s = s.declaration;
    switch (s.type) {
      case 'ClassDeclaration':
      case 'NewExpression':
        return true;
      case 'ExpressionStatement':
        if (s.expression.type === 'AssignmentExpression') return true;
        break;
      case 'VariableDeclaration':
        if (s.kind !== 'const') return true;
        for (const d of s.declarations) if (d.init && !INERT_INIT.has(unwrap(d.init).type)) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

/**
 * Calls `visit` on the operands of a compound value expression (template, binary / logical operator,
 * conditional, array or object literal; spread arguments and computed keys included) and returns true;
 * returns false for any other node. Shared by the two derivation walks of the rule (a memo key's
 * inputs, a memo value's purity), which differ only on identifiers, calls and members.
 */
function forEachOperand(u: Node, visit: (operand: Node | null | undefined) => void): boolean {
  switch (u.type) {
    case 'TemplateLiteral':
      for (const e of u.expressions) visit(e);
      return true;
    case 'BinaryExpression':
    case 'LogicalExpression':
      visit(u.left);
      visit(u.right);
      return true;
    case 'ConditionalExpression':
      visit(u.test);
      visit(u.consequent);
      visit(u.alternate);
      return true;
    case 'ArrayExpression':
      for (const e of u.elements) visit(e?.type === 'SpreadElement' ? e.argument : e);
      return true;
    case 'ObjectExpression':
      for (const p of u.properties) {
        if (p.type === 'SpreadElement') visit(p.argument);
        else {
          if (p.computed) visit(p.key);
          visit(p.value);
        }
      }
      return true;
    default:
      return false;
  }
}

/** An app's own env or config module by its path (`@/env`, `~/env.mjs`, `@/lib/config`, `.../config/public/env-public`). */
const CONFIG_MODULE = /(?:^|\/)(?:env|config|configs)(?:[-_.][\w-]+)?(?:\/|$)/;

export default createRule<Options, MessageIds>({
  name: 'no-module-state',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow module-level mutable state (caches, counters, session stores) written by serverless request handling',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      moduleState:
        '`{{name}}` is module-level {{kind}} that request handling writes ({{write}} on line {{line}}). Server instances restart and run in parallel (serverless ones start cold and are recycled at will): this state silently resets and differs per instance. Keep it in a shared store ({{fix}}).',
      callerDataInModuleState:
        "`{{name}}` is a module-level {{kind}} that holds one caller's data (`{{write}}` on line {{line}}, from `{{source}}`) under no key of theirs: on a warm instance the next request, possibly another user's, reads it and gets this caller's data. Keep it per request (pass it as an argument), or cache it keyed by the user's id.",
      useSharedCache:
        "Replace with a Redis-backed createCache('{{name}}') (the snippet's helper) and await its get/set/has/delete calls.",
      requestDataInProcessEnv:
        "`{{name}}` is process-wide, and {{handler}} sets it from request data (`{{write}}` on line {{line}}): every later request on the instance, another caller's, runs with this caller's value (an API key, a setting) until a third one replaces it. Pass the value to the client or function that needs it instead.",
      requestDataInModuleVariable:
        "`{{name}}` is a module-level variable that {{handler}} sets from request data (`{{write}}` on line {{line}}), and {{read}}. Concurrent requests share the module on a warm instance: another request can replace the value in between, so one user's data ends up in another user's request. Keep request data in local variables and pass it as arguments (or use AsyncLocalStorage).",
    },
    schema: [
      {
        type: 'object',
        properties: {
          serverFiles: {
            type: 'array',
            items: { type: 'string' },
            description: 'Globs of extra files to treat as server code.',
          },
          ignoreFiles: { type: 'array', items: { type: 'string' }, description: 'Globs of files never checked.' },
          ignoreNames: {
            type: 'array',
            items: { type: 'string' },
            description: 'Regular expressions for state names never reported.',
          },
        },
        additionalProperties: false,
      },
    ],
  },
  defaultOptions: [{ serverFiles: [], ignoreFiles: [], ignoreNames: [] }],
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const text = sourceCode.text;
    // Only the module's top-level statements can hold module state: most files have none worth a look,
    // besides state kept on the global object (`global.sessions.set(...)` in a handler).
    if (!hasStateCandidate(sourceCode.ast) && !GLOBAL_MEMBER.test(text) && !PROCESS_ENV_WRITE.test(text)) return {};
    const kind = getFileKind(context);
    if (kind.isClient || kind.isTest) return {};
    // A generated SDK module (a Speakeasy banner, `@generated`): regenerating it undoes any edit.
    if (isGeneratedFile(sourceCode.ast)) return {};
    const tooling = isToolingPath(kind, SCRIPT_PATH) || isDevTooling(kind, sourceCode.ast, text);
    if (options.ignoreFiles?.length && matchesAnyGlob(kind.filename, options.ignoreFiles)) return {};
    const forcedServer = !!options.serverFiles?.length && matchesAnyGlob(kind.filename, options.serverFiles);
    // A desktop app's code (an Electron main process and the packages only it imports) runs as one long-lived process
    // on the user's machine: its state lasts as long as the app, as in the browser.
    if (!forcedServer && !kind.isEntryPoint && isDesktopAppModule(context.physicalFilename)) return {};
    // A long-running server (a custom Node server, a sandbox runtime) keeps its state for its lifetime.
    if (!forcedServer && (startsServer(sourceCode.ast, text) || startsConsumer(kind, text) || startsScheduler(kind, text) || startsSocketServer(text) || expressStyleModule(kind, sourceCode.ast, text))) return {};
    // A compiler plugin or bundler module (it drives `@babel/traverse` / `@babel/generator`, unplugin, webpack, vite,
    // rollup) runs inside a build, once per file of it: its memos last one build (assistant-ui's generative
    // compiler caching tsconfig paths per folder). A route handler or server-path module that uses them is still checked.
    if (!forcedServer && !kind.isEntryPoint && !kind.hasServerPath && [...kind.imports].some((spec) => BUILD_TOOL_MODULE.test(spec))) return {};
    // Health checks report on this instance's own connections: their cached probe results are per
    // instance by definition (midday's `packages/health/src/checker.ts`).
    if (HEALTH_PATH.test(kind.filename) && /\b(?:probe|healthy|unhealthy|liveness|readiness)\b/i.test(text)) return {};
    const ignoreNames = compilePatterns(options.ignoreNames);

    let clientish = false;
    /** Telemetry instrument types imported here, computed when a container's value type is first looked at. */
    let instrumentTypes: ReadonlySet<string> | undefined;
    for (const spec of kind.imports) if (REACT_IMPORT.test(spec) || BROWSER_LIBRARY.test(spec)) clientish = true;
    // A React hook of the app's own (`import { useEditorBlockStatusStore } from '@/app/stores/...'`, a zustand store):
    // only components and hooks can call it, so the module is browser code (ai-sdk-chat-mml's error-handling singleton).
    if (!clientish) clientish = importsReactHook(sourceCode.ast, true);
    // Plainly server code: every kind of module state counts. Other non-client modules: only state
    // whose name (or the file's) says it holds request data.
    const strong =
      forcedServer ||
      kind.isEntryPoint ||
      ((kind.isServerOnly || kind.hasServerPath) && !clientish && !kind.hasClientPath && !tooling);
    if (!strong) {
      if (clientish || kind.hasClientPath || tooling) return {};
      if (!LIB_PATH.test(kind.filename) && kind.filename.includes('/')) return {};
      if (/\.[jt]sx$/.test(kind.filename)) return {};
      // Code that touches browser globals runs in the browser (or both): its module state is per tab. So does
      // code that draws on a page's canvas or handles its events (supermemory's graph renderer takes a
      // `ctx: CanvasRenderingContext2D`).
      if (
        /\b(?:window|document|localStorage|sessionStorage|navigator|FileReader|indexedDB)\.|typeof (?:window|indexedDB|document)\b|["'`]\/api\//.test(text) ||
        /\b(?:requestAnimationFrame|cancelAnimationFrame)\s*\(|:\s*(?:CanvasRenderingContext2D|HTMLCanvasElement|HTML[A-Z]\w*Element|PointerEvent|MouseEvent|KeyboardEvent|WheelEvent|TouchEvent)\b/.test(text)
      ) {
        return {};
      }
      if (/\.client\.[cm]?[jt]sx?$/.test(kind.filename)) return {};
    }
    const fileSaysState = STATE_NAME.test(kind.filename.split('/').pop() ?? '');

    function nameAllowed(name: string): boolean {
      if (REGISTRY_NAME.test(name)) return false;
      return !ignoreNames.some((re) => re.test(name));
    }

    /** The function a write happens in, unless it only runs at module initialization (an IIFE at top level). */
    function requestFunction(node: Node): FunctionNode | undefined {
      let fn = getEnclosingFunction(node);
      while (fn) {
        const parent = fn.parent;
        const isIife = parent?.type === 'CallExpression' && parent.callee === fn;
        if (!isIife) return fn;
        fn = getEnclosingFunction(fn);
      }
      return undefined;
    }

    /** Whether a value stored into a container is a client or a pure memoized object (not request data). */
    function isMemoValue(value: Node | undefined): boolean {
      if (!value || value.type === 'SpreadElement') return false;
      const sources = getValueSources(sourceCode, value);
      if (sources.length === 0) return false;
      return sources.every((s) => {
        const u = unwrap(s);
        if (isFunction(u)) return true;
        if (u.type === 'ClassExpression') return true;
        if (u.type === 'NewExpression') {
          const ctor = getCalleeName(u) ?? '';
          // An in-memory limiter or counter per key is state (@upstash/ratelimit's `Ratelimit` is a Redis client).
          if (ctor !== 'Ratelimit' && /limit|bucket|counter|throttl/i.test(ctor)) return false;
          return !CONTAINER_CTORS.test(ctor) && ctor !== 'Date' && ctor !== 'Array' && ctor !== 'Object';
        }
        if (u.type === 'ImportExpression') return true;
        if (u.type === 'MemberExpression') return isImportedMember(u) || isMemoEntryRead(u);
        if (u.type === 'CallExpression') {
          // `encoders.get(name)` of a module memo whose every write stores a factory result (see isMemoEntryRead).
          if (u.callee.type === 'MemberExpression' && getPropertyName(u.callee) === 'get' && isMemoEntryRead(u.callee)) return true;
          const name = getCalleeName(u) ?? '';
          // A lazily imported module or a loader's result: memoized code, not data.
          if (u.callee.type === 'Identifier' && /^(?:loader|importer|load\w*Module)$/i.test(u.callee.name)) return true;
          const dotted = getDottedName(u.callee) ?? '';
          if (/^Intl\./.test(dotted)) return true;
          return FACTORY_CALL.test(name);
        }
        if (u.type === 'Identifier') {
          const fn = resolveLocalFunction(sourceCode, u);
          if (fn) return true;
          // `loader().then((dict) => { cache[locale] = dict })`: the value the memoized promise resolves to
          // (devlogify's dictionaries, `loader` a lazy `import()` of a locale's JSON), as memo as the call itself.
          const settled = thenCallbackReceiver(u);
          if (settled && !thenVisiting.has(settled)) {
            thenVisiting.add(settled);
            try {
              return isMemoValue(settled);
            } finally {
              thenVisiting.delete(settled);
            }
          }
          return /handler|listener|callback|^cb$|^fn$|resolver|client|instance/i.test(u.name);
        }
        return false;
      });
    }

    /** `.then()` receivers being checked by {@link isMemoValue} (a guard against cycles). */
    const thenVisiting = new Set<Node>();

    /** The promise whose settled value the first parameter of a `.then(cb)` callback is: `p` in `p.then((v) => ...)`. */
    function thenCallbackReceiver(id: TSESTree.Identifier): Node | undefined {
      const def = findVariable(sourceCode, id)?.defs[0];
      if (def?.type !== 'Parameter') return undefined;
      const fn = def.node as Node;
      if (!isFunction(fn) || fn.params[0] !== def.name) return undefined;
      const call = fn.parent;
      if (call?.type !== 'CallExpression' || call.arguments[0] !== fn || call.callee.type !== 'MemberExpression') return undefined;
      return getPropertyName(call.callee) === 'then' ? call.callee.object : undefined;
    }

    /**
     * `tesseract.recognize` where `const tesseract = await import('tesseract.js')`, `(await import('x')).default`:
     * a member of a lazily imported module is code (or bundled data), the same on every instance.
     */
    function isImportedMember(member: TSESTree.MemberExpression): boolean {
      const sources = getValueSources(sourceCode, member.object);
      return sources.length > 0 && sources.every((s) => unwrap(s).type === 'ImportExpression');
    }

    /** Module memos whose writes {@link isMemoEntryRead} is checking. */
    const memoEntryVisiting = new Set<Variable>();

    /**
     * `encoders['cl100k_base']` (or `encoders.get(k)`) where `encoders` is a module-level `const` object or
     * `Map`, created empty, whose every write, anywhere, stores a memo value (a factory result:
     * `encoders[k] = get_encoding(k)`) and which is otherwise only read (`k in encoders`, `encoders[k]`,
     * `.get`/`.has`): storing such an entry under another key is an alias to the same factory result
     * (big-AGI's tiktoken fallback `tokenEncoders[model] = tokenizerCache['cl100k_base']`), not data.
     */
    function isMemoEntryRead(member: TSESTree.MemberExpression): boolean {
      const target = unwrap(member.object);
      if (target.type !== 'Identifier') return false;
      const v = findVariable(sourceCode, target);
      const def = v?.defs[0];
      if (!v || !def || def.type !== 'Variable' || !isModuleScoped(v) || (def.parent as TSESTree.VariableDeclaration).kind !== 'const') return false;
      // A read of the memo whose writes are being checked (`let a = memo.get(k); ...; memo.set(k, a)`) or a cycle
      // vouches for nothing: only another memo's entries count.
      if (memoEntryVisiting.has(v)) return false;
      const init = (def.node as TSESTree.VariableDeclarator).init;
      const u = init ? unwrap(init) : undefined;
      const empty =
        (u?.type === 'ObjectExpression' && u.properties.length === 0) ||
        (u?.type === 'NewExpression' && getCalleeName(u) === 'Map' && u.arguments.length === 0);
      if (!empty) return false;
      memoEntryVisiting.add(v);
      try {
        let writes = 0;
        for (const ref of v.references) {
          if (ref.init) continue;
          const id = ref.identifier;
          const p = id.parent;
          // `'k' in encoders`
          if (p?.type === 'BinaryExpression' && p.operator === 'in' && p.right === id) continue;
          if (p?.type !== 'MemberExpression' || p.object !== id) return false;
          const gp = p.parent;
          if (gp?.type === 'AssignmentExpression' && gp.left === p) {
            if (!['=', '??=', '||='].includes(gp.operator) || !isMemoValue(gp.right)) return false;
            writes++;
            continue;
          }
          if (gp?.type === 'CallExpression' && gp.callee === p) {
            const method = getPropertyName(p);
            if (method === 'set') {
              if (gp.arguments.length !== 2 || !isMemoValue(gp.arguments[1])) return false;
              writes++;
            } else if (method !== 'get' && method !== 'has') return false;
            continue;
          }
          // An update, a `delete`, or a write into an entry (`encoders[k].x = v`) is not a plain read.
          if (gp?.type === 'UpdateExpression' || (gp?.type === 'UnaryExpression' && gp.operator === 'delete')) return false;
          const ggp = gp?.parent;
          if (gp?.type === 'MemberExpression' && gp.object === p && ((ggp?.type === 'AssignmentExpression' && ggp.left === gp) || ggp?.type === 'UpdateExpression')) return false;
        }
        return writes > 0;
      } finally {
        memoEntryVisiting.delete(v);
      }
    }

    function typeArgsText(init: Node): string {
      const u = unwrap(init);
      return u.type === 'NewExpression' && u.typeArguments ? sourceCode.getText(u.typeArguments) : '';
    }

    let handlerFns: Set<Node> | undefined;
    /** The request entry points of this file defined in it (route handlers, server actions), computed once. */
    function handlerFunctions(): Set<Node> {
      handlerFns ??= new Set(getHandlers(sourceCode, kind).flatMap((h) => (h.fn ? [h.fn] : [])));
      return handlerFns;
    }

    /** Whether a function is a request entry point of this file (a route handler, a server action): its parameters are request data. */
    function isHandlerFn(fn: Node): boolean {
      return kind.isEntryPoint && handlerFunctions().has(fn);
    }

    function isModuleScoped(v: Variable): boolean {
      return v.scope.type === 'module' || v.scope.type === 'global';
    }

    /**
     * Set while checking the values of a container keyed by a closed type (`Map<Corpus, Doc[]>`): there,
     * a synchronous call by any name (`getPages(corpus)`, `cache.get(k)`) computes what every instance
     * computes the same way (static content, a build step); only the clock, randomness and calls on
     * I/O receivers (`db.`, `redis.`, `fs.`) stay impure, and `await` is refused as everywhere.
     */
    let closedKeySyncCalls = false;

    /**
     * Set while checking a lazy constant ({@link isLazyConstant}): there, a call to one of the file's own
     * functions that takes no argument and is itself pure and reads no module-level `let` / `var`
     * (`getPathCandidates()` listing `$PATH` entries) computes what every instance computes.
     */
    let lazyConstantCalls = false;
    const localPureSeen = new Set<Node>();

    /**
     * `process.env`, `process.cwd()`, `process.platform`, `process.arch`: the same on every instance of one
     * deployment, so a lazy constant may be derived from them (not the clock-like `process.uptime()` etc.).
     */
    function isDeploymentConstant(id: TSESTree.Identifier): boolean {
      const p = id.parent;
      return id.name === 'process' && p?.type === 'MemberExpression' && p.object === id && /^(?:env|cwd|platform|arch)$/.test(getPropertyName(p) ?? '');
    }

    /**
     * {@link lazyConstantCalls}: `getPublicLogLevel()`, a function without arguments imported from the app's env or
     * config module (`@/shared/core/config/public/env-public`, `~/env`, `@/lib/config`): it reads the deployment's
     * configuration, the same on every instance, like `process.env` does in the file itself.
     */
    function isImportedConfigRead(call: TSESTree.CallExpression): boolean {
      if (call.callee.type !== 'Identifier' || call.arguments.length > 0) return false;
      const spec = getImportSource(sourceCode, call.callee);
      return !!spec && /^(?:@\/|~\/|\.{1,2}\/)/.test(spec) && CONFIG_MODULE.test(spec);
    }

    /** {@link lazyConstantCalls}: `name()` calling a same-file function without parameters that is pure and reads no mutable module state. */
    function isLocalPureNullaryCall(call: TSESTree.CallExpression): boolean {
      if (call.callee.type !== 'Identifier' || call.arguments.length > 0) return false;
      const fnNode = resolveLocalFunction(sourceCode, call.callee, { constOnly: true });
      if (!fnNode || fnNode.params.length > 0 || localPureSeen.has(fnNode)) return false;
      localPureSeen.add(fnNode);
      try {
        if (!isPureFunction(fnNode)) return false;
        return everyNode(fnNode.body ?? fnNode, 2000, (n) => {
          if (n.type !== 'Identifier') return true;
          const v = findVariable(sourceCode, n);
          const d = v?.defs[0];
          return !(v && d?.type === 'Variable' && isModuleScoped(v) && (d.parent as TSESTree.VariableDeclaration | undefined)?.kind !== 'const');
        });
      } finally {
        localPureSeen.delete(fnNode);
      }
    }

    /** Whether a call computes without I/O, the clock or randomness, as far as its name and receiver tell. */
    function isPureCall(call: TSESTree.CallExpression | TSESTree.NewExpression, inAsync: boolean): boolean {
      const dotted = getDottedName(call.callee) ?? '';
      if (NONDETERMINISTIC_CALL.test(dotted)) return false;
      if (call.type === 'NewExpression') return getCalleeName(call) !== 'Date';
      if (lazyConstantCalls && !inAsync && (isLocalPureNullaryCall(call) || isImportedConfigRead(call))) return true;
      const name = getCalleeName(call) ?? '';
      if (closedKeySyncCalls && !inAsync) {
        // Calls that return a pending result stay impure even here: the entry would be a promise.
        if (/^(?:fetch|then|catch|finally|json|text|formData|arrayBuffer|blob)$|Async$/.test(name)) return false;
        return !(call.callee.type === 'MemberExpression' && IO_ROOT.test(dotted.split('.')[0] ?? ''));
      }
      // `/^import\s/.exec(line)`, `new RegExp(p).test(s)`: a regular expression's own methods compute.
      if (call.callee.type === 'MemberExpression' && /^(?:exec|test)$/.test(name) && isRegExpValue(call.callee.object)) return true;
      // `lines.find((l) => ...)`, `parts.find(Boolean)`: an array's search takes a predicate (a query builder's `find` takes a filter).
      const first = call.arguments[0];
      if (call.callee.type === 'MemberExpression' && /^find(?:Last)?(?:Index)?$/.test(name) && first && (isFunction(first) || (first.type === 'Identifier' && first.name === 'Boolean'))) return true;
      // `index.get(name)` on a Map the function builds itself: a lookup in memory, not I/O (module-level maps are state).
      if (call.callee.type === 'MemberExpression' && (name === 'get' || name === 'has') && isLocalCollection(call.callee.object)) return true;
      if (IO_CALL.test(name)) return false;
      // `getUser(k)`: a lookup, likely of data (or, unawaited, a pending result); in an async function, any `getX()`.
      if (/^get[A-Z_]/.test(name) && (inAsync || !FACTORY_CALL.test(name))) return false;
      const root = dotted.split('.')[0] ?? '';
      return !(call.callee.type === 'MemberExpression' && IO_ROOT.test(root));
    }

    /** A regular expression: a literal, `new RegExp(...)`, or a module constant holding one. */
    function isRegExpValue(node: Node, depth = 0): boolean {
      const u = unwrap(node);
      if (u.type === 'Literal') return 'regex' in u && !!u.regex;
      if (u.type === 'NewExpression') return getCalleeName(u) === 'RegExp';
      if (u.type !== 'Identifier' || depth > 3) return false;
      const init = getConstInit(sourceCode, u);
      return !!init && isRegExpValue(init, depth + 1);
    }

    /** A `const` Map or Set declared inside a function (`const index = new Map(...)`). */
    function isLocalCollection(node: Node): boolean {
      const u = unwrap(node);
      if (u.type !== 'Identifier') return false;
      const v = findVariable(sourceCode, u);
      const init = getConstInit(sourceCode, u);
      return !!v && !isModuleScoped(v) && init?.type === 'NewExpression' && /^(?:Map|Set|WeakMap|WeakSet)$/.test(getCalleeName(init) ?? '');
    }

    /**
     * A synchronous function of this file that calls itself by name and does no I/O (every other call it makes is to
     * another synchronous function of this file or computes, by {@link isPureCall}): a recursive computation over
     * the module's constant data (the longest path through a questionnaire's graph), whose memo is the same on
     * every instance.
     */
    function isRecursiveComputation(fn: FunctionNode | undefined): boolean {
      if (!fn || fn.async || fn.generator) return false;
      const parent = fn.parent;
      const name = fn.type === 'FunctionDeclaration' ? fn.id?.name : parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier' ? parent.id.name : undefined;
      if (!name) return false;
      let recursive = false;
      const ok = everyNode(fn.body, 2000, (n) => {
        if (n.type === 'AwaitExpression' || n.type === 'YieldExpression' || n.type === 'ThisExpression') return false;
        if (isFunction(n) && n.async) return false;
        if (n.type !== 'CallExpression') return true;
        if (n.callee.type === 'Identifier') {
          if (n.callee.name === name) {
            recursive = true;
            return true;
          }
          const local = resolveLocalFunction(sourceCode, n.callee, { constOnly: true });
          if (local) return !local.async && !local.generator;
        }
        // `memo.get(id)` / `memo.has(id)` on a Map or Set of this module: a read of memory.
        if (n.callee.type === 'MemberExpression' && /^(?:get|has)$/.test(getPropertyName(n.callee) ?? '') && n.callee.object.type === 'Identifier') {
          const init = getConstInit(sourceCode, n.callee.object);
          if (init?.type === 'NewExpression' && /^(?:Map|Set)$/.test(getCalleeName(init) ?? '')) return true;
        }
        return isPureCall(n, false);
      });
      return ok && recursive;
    }

    /** A local helper that computes synchronously, without I/O by the names it calls. */
    function isPureFunction(fn: Node): boolean {
      if (!isFunction(fn) || fn.async || fn.generator) return false;
      return everyNode(fn.body ?? fn, 2000, (n) => {
        if (n.type === 'AwaitExpression' || n.type === 'YieldExpression' || n.type === 'ThisExpression') return false;
        if ((n.type === 'CallExpression' || n.type === 'NewExpression') && !isPureCall(n, false)) return false;
        return !(isFunction(n) && n !== fn && n.async);
      });
    }

    /**
     * Whether `visit` accepts every node under `root` (nested functions included), visiting at most
     * `limit` nodes (false beyond: a body too large to vouch for). Stops at the first rejected node.
     */
    function everyNode(root: Node, limit: number, visit: (n: Node) => boolean): boolean {
      let steps = 0;
      const stack: Node[] = [root];
      while (stack.length) {
        const n = stack.pop()!;
        if (steps++ > limit || !visit(n)) return false;
        forEachChild(n, (c) => stack.push(c));
      }
      return true;
    }

    /**
     * The variables a memo key is computed from (parameters, loop variables, locals), following local
     * bindings; undefined when the key is request data (a handler's parameter, `await req.json()`), an
     * awaited or I/O result, module state, or anything but a pure computation.
     */
    function keyInputs(key: Node, fn: FunctionNode): Set<Variable> | undefined {
      const inputs = new Set<Variable>();
      let ok = true;
      let steps = 0;
      const visit = (n: Node | null | undefined, depth: number): void => {
        if (!n || !ok) return;
        if (steps++ > 300 || depth > 5) {
          ok = false;
          return;
        }
        const u = unwrap(n);
        switch (u.type) {
          case 'Literal':
          case 'PrivateIdentifier':
            return;
          case 'Identifier': {
            const v = findVariable(sourceCode, u);
            const def = v?.defs[0];
            if (!v || !def) {
              if (!PURE_GLOBALS.has(u.name)) ok = false;
              return;
            }
            if (def.type === 'ImportBinding') return;
            if (def.type === 'Parameter') {
              if (REQUEST_PARAM.test(u.name) || isHandlerFn(def.node)) ok = false;
              else inputs.add(v);
              return;
            }
            if (def.type !== 'Variable') {
              ok = false;
              return;
            }
            const declaration = def.parent as TSESTree.VariableDeclaration | undefined;
            if (isModuleScoped(v)) {
              // A module constant is part of the derivation; module `let` state is not.
              if (declaration?.kind !== 'const') ok = false;
              return;
            }
            inputs.add(v);
            const declarator = def.node as TSESTree.VariableDeclarator;
            const loop = declaration?.parent;
            if (!declarator.init && loop && (loop.type === 'ForOfStatement' || loop.type === 'ForInStatement') && loop.left === declaration) {
              // `for (const glob of globs)`: the key is an element of the iterable.
              visit(loop.right, depth + 1);
              return;
            }
            const values = getBindingValues(sourceCode, u);
            if (!values) {
              ok = false;
              return;
            }
            for (const val of values) visit(val, depth + 1);
            return;
          }
          case 'MemberExpression':
            if (isRequestRead(sourceCode, u)) ok = false;
            visit(u.object, depth);
            if (u.computed) visit(u.property, depth);
            return;
          case 'CallExpression':
            if (!isPureCall(u, fn.async) || isRequestRead(sourceCode, u)) {
              ok = false;
              return;
            }
            if (u.callee.type === 'MemberExpression') visit(u.callee.object, depth);
            for (const a of u.arguments) visit(a, depth);
            return;
          case 'UnaryExpression':
            visit(u.argument, depth);
            return;
          default:
            // Templates, operators, conditionals, array and object literals: their operands.
            if (!forEachOperand(u, (o) => visit(o, depth))) ok = false;
        }
      };
      visit(key, 0);
      return ok && inputs.size > 0 ? inputs : undefined;
    }

    /**
     * Whether a value is computed only from `inputs` (the key's variables), literals, imports, module
     * constants and pure calls: no awaited or I/O result, no request data, no clock or randomness, no
     * other state. Reads of the container itself pass through (`let m = cache.get(k); if (!m) m = f(k)`).
     * Reports through `uses` whether the value depends on the inputs at all.
     */
    function isPureDerivation(value: Node, inputs: ReadonlySet<Variable>, container: Variable | undefined, fn: FunctionNode, uses: { key: boolean }): boolean {
      let ok = true;
      let steps = 0;
      const isContainerRead = (n: Node): boolean => {
        const u = unwrap(n);
        const target = u.type === 'CallExpression' && u.callee.type === 'MemberExpression' && getPropertyName(u.callee) === 'get' ? u.callee.object : u.type === 'MemberExpression' && u.computed ? u.object : undefined;
        return !!container && target?.type === 'Identifier' && findVariable(sourceCode, target) === container;
      };
      const visit = (n: Node | null | undefined, depth: number): void => {
        if (!n || !ok) return;
        // Depth counts the locals and callbacks followed (`result` ← `lines` ← a `.filter()` callback ← ...).
        if (steps++ > 400 || depth > 8) {
          ok = false;
          return;
        }
        const u = unwrap(n);
        switch (u.type) {
          case 'Literal':
          case 'PrivateIdentifier':
            return;
          case 'Identifier': {
            const v = findVariable(sourceCode, u);
            if (v && inputs.has(v)) {
              uses.key = true;
              return;
            }
            const def = v?.defs[0];
            if (!v || !def) {
              if (!PURE_GLOBALS.has(u.name) && !(lazyConstantCalls && isDeploymentConstant(u))) ok = false;
              return;
            }
            if (v === container) {
              ok = false;
              return;
            }
            switch (def.type) {
              case 'ImportBinding':
              case 'ClassName':
                return;
              case 'FunctionName':
                if (!isPureFunction(def.node)) ok = false;
                return;
              case 'Parameter':
                // A callback's own parameter inside the derivation (`ENTRIES.map((e) => e.label)`), also in the
                // initializer of a local the value is built from (`const lines = text.split('\n').filter((l) => ...)`):
                // a function nested in the writing one, reached only by following the derivation into it.
                if (
                  !(def.node.range[0] >= value.range[0] && def.node.range[1] <= value.range[1]) &&
                  (def.node === fn || !(def.node.range[0] >= fn.range[0] && def.node.range[1] <= fn.range[1]))
                ) {
                  ok = false;
                }
                return;
              case 'Variable': {
                const declaration = def.parent as TSESTree.VariableDeclaration | undefined;
                const declarator = def.node as TSESTree.VariableDeclarator;
                const init = declarator.init ? unwrap(declarator.init) : undefined;
                if (isModuleScoped(v)) {
                  if (declaration?.kind !== 'const') {
                    if (!(lazyConstantCalls && isLazySibling(v, fn))) ok = false;
                  } else if (init && isFunction(init) && !isPureFunction(init)) ok = false;
                  return;
                }
                // `for (const path of candidates)`: an element of what the loop iterates (never reassigned).
                const loop = declaration?.parent;
                if (!declarator.init && declaration?.kind === 'const' && (loop?.type === 'ForOfStatement' || loop?.type === 'ForInStatement') && loop.left === declaration) {
                  visit(loop.right, depth + 1);
                  return;
                }
                const values = getBindingValues(sourceCode, u);
                if (!values) {
                  ok = false;
                  return;
                }
                for (const val of values) if (!isContainerRead(val)) visit(val, depth + 1);
                return;
              }
              default:
                ok = false;
                return;
            }
          }
          case 'MemberExpression':
            if (isRequestRead(sourceCode, u)) ok = false;
            visit(u.object, depth);
            if (u.computed) visit(u.property, depth);
            return;
          case 'CallExpression':
          case 'NewExpression':
            if (assetReads && u.type === 'CallExpression') {
              const asset = isAssetCall(u, inputs, uses);
              if (asset === 'args') for (const a of u.arguments) visit(a.type === 'SpreadElement' ? a.argument : a, depth);
              if (asset) return;
            }
            if (!isPureCall(u, fn.async) || isRequestRead(sourceCode, u)) {
              ok = false;
              return;
            }
            visit(u.callee.type === 'MemberExpression' ? u.callee.object : u.callee, depth);
            for (const a of u.arguments) visit(a.type === 'SpreadElement' ? a.argument : a, depth);
            return;
          case 'AwaitExpression':
            // Only for a file shipped with the deployment (see isAssetCall): any other awaited value is data.
            if (assetReads) visit(u.argument, depth);
            else ok = false;
            return;
          case 'UnaryExpression':
            if (u.operator === 'delete') ok = false;
            else visit(u.argument, depth);
            return;
          case 'ArrowFunctionExpression':
          case 'FunctionExpression':
            // A synchronous callback (`.map((e) => ...)`): what it computes is part of the derivation.
            if (u.async || u.generator) ok = false;
            else if (u.body.type !== 'BlockStatement') visit(u.body, depth + 1);
            else if (!isPureFunction(u)) ok = false;
            return;
          default:
            // Templates, operators, conditionals, array and object literals: their operands.
            if (!forEachOperand(u, (o) => visit(o, depth))) ok = false;
        }
      };
      visit(value, 0);
      return ok;
    }

    /**
     * `cache.set(glob, picomatch(glob))`, `cache[name] = new RegExp(name)`: the stored value is a pure
     * function of the key (and constants), computed synchronously from a key that is not request data.
     * Every instance computes the same entry, so the cache is a deterministic memo, not state.
     */
    function isDerivedFromKey(key: Node | undefined, value: Node | undefined, container: Variable, closedKey = false): boolean {
      if (!key || !value || key.type === 'SpreadElement' || value.type === 'SpreadElement') return false;
      const fn = requestFunction(value);
      if (!fn || fn.generator) return false;
      closedKeySyncCalls = closedKey && !fn.async;
      try {
        const inputs = keyInputs(key, fn);
        if (!inputs) return false;
        const uses = { key: false };
        return isPureDerivation(value, inputs, container, fn, uses) && uses.key;
      } finally {
        closedKeySyncCalls = false;
      }
    }

    /**
     * Set while checking whether a container's entries are read from files shipped with the deployment
     * ({@link isAssetEntry}): counts the reads of such files (and of this file's loaders of them) the value is built from.
     */
    let assetReads: { count: number } | undefined;
    const assetSeen = new Set<Node | Variable>();

    /**
     * `publicAssetBuffers.set(filename, Buffer.from(await readFile(path.join(process.cwd(), 'public', filename))))`: every
     * entry is computed from its key (not request data) and the bytes of a static file of the deployment (a font, a logo
     * for an OG image) named by it, plus pure calls. Every instance reads the same bytes: a memo of an immutable asset.
     */
    function isAssetEntry(key: Node | undefined, value: Node | undefined, container: Variable): boolean {
      if (!key || !value || key.type === 'SpreadElement' || value.type === 'SpreadElement') return false;
      const fn = requestFunction(value);
      if (!fn || fn.generator || isHandlerFn(fn)) return false;
      const inputs = keyInputs(key, fn);
      if (!inputs) return false;
      const outer = assetReads;
      assetReads = { count: 0 };
      try {
        const uses = { key: false };
        return isPureDerivation(value, inputs, container, fn, uses) && uses.key && assetReads.count > 0;
      } finally {
        assetReads = outer;
      }
    }

    /**
     * {@link assetReads}: a call whose result is a static file's content or computed without I/O: `readFile` /
     * `readFileSync` of an {@link isAssetPath}; this file's loader of such files ({@link isAssetLoader}); `m.get(k)` on a
     * module Map whose every entry is such a file's ({@link isAssetEntry}); a synchronous pure function of this file (even
     * a `getX()`, which isPureCall takes for a lookup in an async function). `'args'`: the caller still checks the
     * arguments; `'done'`: the file read's path was checked here (its `process.cwd()` is no derivation of the key).
     */
    function isAssetCall(call: TSESTree.CallExpression, inputs: ReadonlySet<Variable>, uses: { key: boolean }): 'args' | 'done' | undefined {
      const counter = assetReads;
      if (!counter) return undefined;
      const callee = unwrap(call.callee);
      const name = getCalleeName(call) ?? '';
      if (/^(?:readFile|readFileSync)$/.test(name)) {
        const path = call.arguments[0];
        if (!path || path.type === 'SpreadElement' || !isAssetPath(path, inputs, uses)) return undefined;
        counter.count++;
        return 'done';
      }
      if (callee.type === 'Identifier') {
        const local = resolveLocalFunction(sourceCode, callee, { constOnly: true });
        if (!local || isHandlerFn(local)) return undefined;
        if (isPureFunction(local)) return 'args';
        if (!isAssetLoader(local)) return undefined;
        counter.count++;
        return 'args';
      }
      if (callee.type === 'MemberExpression' && name === 'get' && callee.object.type === 'Identifier') {
        const v = findVariable(sourceCode, callee.object);
        if (!v || !isAssetMemo(v)) return undefined;
        counter.count++;
        return 'args';
      }
      return undefined;
    }

    /** `path.join(process.cwd(), 'public', name)`: literals, `process.cwd()`, `__dirname`, consts and the key's variables, under a static asset folder. */
    function isAssetPath(node: Node, inputs: ReadonlySet<Variable>, uses: { key: boolean }): boolean {
      const literals: string[] = [];
      let ok = true;
      let usesKey = false;
      const visit = (n: Node, depth: number): void => {
        const u = unwrap(n);
        if (!ok || depth > 5) {
          ok = false;
          return;
        }
        if (u.type === 'Literal') {
          if (typeof u.value === 'string') literals.push(u.value);
          else ok = false;
          return;
        }
        if (u.type === 'TemplateLiteral') {
          for (const q of u.quasis) literals.push(q.value.cooked ?? '');
          for (const e of u.expressions) visit(e, depth + 1);
          return;
        }
        if (u.type === 'BinaryExpression' && u.operator === '+') {
          visit(u.left, depth + 1);
          visit(u.right, depth + 1);
          return;
        }
        if (u.type === 'Identifier') {
          if (u.name === '__dirname') return;
          const v = findVariable(sourceCode, u);
          if (v && inputs.has(v)) {
            usesKey = true;
            return;
          }
          const init = getConstInit(sourceCode, u);
          if (init) visit(init, depth + 1);
          else ok = false;
          return;
        }
        if (u.type === 'CallExpression') {
          const dotted = getDottedName(u.callee) ?? '';
          if (dotted === 'process.cwd' && u.arguments.length === 0) return;
          if (/^(?:path\.)?(?:join|resolve)$/.test(dotted)) {
            for (const a of u.arguments) visit(a, depth + 1);
            return;
          }
        }
        ok = false;
      };
      visit(node, 0);
      if (!ok || !literals.some((l) => ASSET_DIR.test(l)) || literals.some((l) => RUNTIME_DIR.test(l))) return false;
      if (usesKey) uses.key = true;
      return true;
    }

    /**
     * {@link isAssetCall}: a function of this file whose every returned value is computed from its parameters by
     * {@link assetReads} (a static file read, a memo of them, pure calls), reading at least one such file.
     */
    function isAssetLoader(fn: FunctionNode): boolean {
      const counter = assetReads;
      if (!counter || assetSeen.has(fn) || fn.generator || !fn.params.every((p) => p.type === 'Identifier')) return false;
      const inputs = new Set<Variable>();
      for (const p of fn.params) {
        const v = p.type === 'Identifier' ? findParamVariable(fn, p.name) : undefined;
        if (!v) return false;
        inputs.add(v);
      }
      const returned: Node[] = [];
      if (fn.body.type !== 'BlockStatement') returned.push(fn.body);
      else {
        walk(
          fn.body,
          (n) => {
            if (n.type === 'ReturnStatement' && n.argument) returned.push(n.argument);
          },
          { skipFunctions: true },
        );
      }
      if (returned.length === 0) return false;
      const before = counter.count;
      assetSeen.add(fn);
      try {
        return returned.every((r) => isPureDerivation(r, inputs, undefined, fn, { key: false })) && counter.count > before;
      } finally {
        assetSeen.delete(fn);
      }
    }

    /** {@link isAssetCall}: a module `const m = new Map()` that is only read with `get` / `has` and written with `set(k, v)` of {@link isAssetEntry} entries. */
    function isAssetMemo(v: Variable): boolean {
      const def = v.defs[0];
      if (assetSeen.has(v) || !isModuleScoped(v) || def?.type !== 'Variable' || (def.parent as TSESTree.VariableDeclaration | undefined)?.kind !== 'const') return false;
      const init = (def.node as TSESTree.VariableDeclarator).init;
      const u = init ? unwrap(init) : undefined;
      if (u?.type !== 'NewExpression' || getCalleeName(u) !== 'Map' || u.arguments.length > 0) return false;
      assetSeen.add(v);
      try {
        let writes = 0;
        for (const ref of v.references) {
          if (ref.init) continue;
          const p = ref.identifier.parent;
          const call = p?.parent;
          if (p?.type !== 'MemberExpression' || p.object !== ref.identifier || call?.type !== 'CallExpression' || call.callee !== p) return false;
          const method = getPropertyName(p);
          if (method === 'get' || method === 'has') continue;
          if (method !== 'set' || call.arguments.length !== 2 || !isAssetEntry(call.arguments[0], call.arguments[1], v)) return false;
          writes++;
        }
        return writes > 0;
      } finally {
        assetSeen.delete(v);
      }
    }

    /** The key type of a container declaration: `new Map<K, V>()` or `const m: Map<K, V> = ...`. */
    function containerKeyType(decl: TSESTree.VariableDeclarator): TSESTree.TypeNode | undefined {
      const init = decl.init ? unwrap(decl.init) : undefined;
      if (init?.type === 'NewExpression' && init.typeArguments) return init.typeArguments.params[0];
      const ann = decl.id.typeAnnotation?.typeAnnotation;
      return ann?.type === 'TSTypeReference' ? ann.typeArguments?.params[0] : undefined;
    }

    /** `'en' | 'de'`, `keyof typeof LOCALES`, `Corpus`: a key type whose values are a closed set (not ids, paths, text). */
    function isClosedKeyType(t: TSESTree.TypeNode | undefined): boolean {
      if (!t) return false;
      switch (t.type) {
        case 'TSLiteralType':
          return t.literal.type === 'Literal';
        case 'TSUnionType':
          return t.types.every((m) => isClosedKeyType(m));
        case 'TSTypeOperator':
          return t.operator === 'keyof';
        case 'TSTypeReference':
          return t.typeName.type === 'Identifier' && !t.typeArguments && !OPEN_KEY_TYPE.test(t.typeName.name);
        default:
          return false;
      }
    }

    /**
     * `let skipListCache; async function loadSkipList() { ... fs.readFile(path.join(process.cwd(), 'app',
     * 'skip-list.txt')) ... }`: a file shipped with the deployment, read by a function without parameters
     * whose only I/O is that read (a path of literals, `process.cwd()`, `__dirname`). Every instance reads
     * the same bytes; a cold start reads them again (nextcrm's enrichment skip list).
     */
    function loadsBundledFile(assign: TSESTree.AssignmentExpression): boolean {
      const fn = requestFunction(assign);
      // A route handler without parameters (`export async function GET()`) reads no request either (homarr's
      // `api/backup/sql-wasm` route caching sql.js' wasm binary); `headers()` / `cookies()` are request reads below.
      if (!fn || fn.params.length > 0 || fn.generator) return false;
      let reads = 0;
      const ok = everyNode(fn.body ?? fn, 3000, (n) => {
        if ((n.type === 'MemberExpression' || n.type === 'CallExpression') && isRequestRead(sourceCode, n)) return false;
        if (n.type === 'CallExpression' && /^(?:readFile|readFileSync)$/.test(getCalleeName(n) ?? '')) {
          if (!n.arguments[0] || !isBundledPath(n.arguments[0])) return false;
          reads++;
          return true;
        }
        // `existsSync(p)` picks which shipped copy to read; `NextResponse.json(...)` answers with what was read.
        return !((n.type === 'CallExpression' || n.type === 'NewExpression') && !isPureCall(n, false) && !/^(?:Date\.now|path\.(?:join|resolve)|(?:fs\.)?existsSync|(?:Next)?Response\.json)$/.test(getDottedName(n.callee) ?? ''));
      });
      return ok && reads > 0;
    }

    /** A path made of literals, `process.cwd()`, `__dirname` / `__filename` and `path.join` / `path.resolve` of those. */
    function isBundledPath(node: Node, depth = 0): boolean {
      const u = unwrap(node);
      if (depth > 4) return false;
      if (u.type === 'Literal') return typeof u.value === 'string';
      if (u.type === 'TemplateLiteral') return u.expressions.every((e) => isBundledPath(e, depth + 1));
      if (u.type === 'Identifier') {
        if (u.name === '__dirname' || u.name === '__filename') return true;
        const init = getConstInit(sourceCode, u);
        return !!init && isBundledPath(init, depth + 1);
      }
      if (u.type === 'CallExpression') {
        const dotted = getDottedName(u.callee) ?? '';
        if (dotted === 'process.cwd') return true;
        // `wasmCandidates.find((p) => fs.existsSync(p))`: the first of a constant list of such paths that exists.
        if (u.callee.type === 'MemberExpression' && getPropertyName(u.callee) === 'find' && u.callee.object.type === 'Identifier') {
          const list = getConstInit(sourceCode, u.callee.object);
          return list?.type === 'ArrayExpression' && list.elements.length > 0 && list.elements.every((e) => !!e && e.type !== 'SpreadElement' && isBundledPath(e, depth + 1));
        }
        if (/^(?:path\.)?(?:join|resolve)$/.test(dotted)) return u.arguments.every((a) => isBundledPath(a, depth + 1));
      }
      return false;
    }

    /**
     * {@link isLazyConstant}: another module `let` filled by the same lazy initializer and nothing else
     * (`cachedLogLevel = getPublicLogLevel()` before `cachedPriority = logLevelPriority[cachedLogLevel]`): every
     * write of it is a plain `=` inside `fn` of a pure value, so a value derived from it is as constant as it is.
     */
    const lazySiblingSeen = new Set<Variable>();
    function isLazySibling(v: Variable, fn: FunctionNode): boolean {
      if (lazySiblingSeen.has(v)) return false;
      lazySiblingSeen.add(v);
      try {
        const writes = v.references.filter((r) => r.isWrite() && !r.init);
        return (
          writes.length > 0 &&
          writes.every((r) => {
            const assign = r.identifier.parent;
            return (
              assign?.type === 'AssignmentExpression' &&
              assign.operator === '=' &&
              assign.left === r.identifier &&
              getEnclosingFunction(assign) === fn &&
              isPureDerivation(assign.right, new Set(), v, fn, { key: false })
            );
          })
        );
      } finally {
        lazySiblingSeen.delete(v);
      }
    }

    /**
     * `let metaCache; function metas() { if (!metaCache) metaCache = build(); return metaCache; }`: a value
     * computed lazily, once, by a synchronous function without parameters (so from module constants only),
     * with no I/O, clock, randomness or request read anywhere in it. Request handlers are not lazy initializers.
     */
    function isLazyConstant(assign: TSESTree.AssignmentExpression, variable: Variable): boolean {
      const fn = requestFunction(assign);
      if (!fn || fn.params.length > 0 || fn.async || fn.generator || isHandlerFn(fn)) return false;
      lazyConstantCalls = true;
      try {
        const pure = everyNode(fn.body ?? fn, 5000, (n) => {
          if (n.type === 'AwaitExpression' || n.type === 'YieldExpression' || n.type === 'ThisExpression') return false;
          if ((n.type === 'CallExpression' || n.type === 'NewExpression') && !isPureCall(n, false)) return false;
          if ((n.type === 'MemberExpression' || n.type === 'CallExpression') && isRequestRead(sourceCode, n)) return false;
          return !(isFunction(n) && n.async);
        });
        return pure && isPureDerivation(assign.right, new Set(), variable, fn, { key: false });
      } finally {
        lazyConstantCalls = false;
      }
    }

    /**
     * `function loadViewsOnce() { if (htmlCache.size > 0) return; … htmlCache.set(uri, read(file)) }`: a
     * function without parameters that fills the container once and never again (static data).
     */
    function filledOnce(write: Node, name: string, variable: Variable): boolean {
      const fn = getEnclosingFunction(write);
      if (!fn || fn.params.length > 0 || fn.body?.type !== 'BlockStatement') return false;
      // Outside that function it is only read: no method call that may write, never handed to a helper.
      const outside = variable.references.filter((r) => !r.init && !(r.identifier.range[0] >= fn.range[0] && r.identifier.range[1] <= fn.range[1]));
      for (const r of outside) {
        const p = r.identifier.parent;
        if (r.isWrite()) return false;
        if (p?.type === 'CallExpression') return false;
        if (p?.type === 'MemberExpression' && p.object === r.identifier && p.parent?.type === 'CallExpression' && p.parent.callee === p) {
          if (!/^(?:get|has|keys|values|entries|forEach)$/.test(getPropertyName(p) ?? '')) return false;
        }
      }
      const first = fn.body.body[0];
      if (first?.type !== 'IfStatement') return false;
      const guard = new RegExp(`^${name.replace(/\$/g, '\\$')}\\.(?:size|length)(?:\\s*(?:>|!==|!=)\\s*0)?$`);
      const exits = first.consequent.type === 'ReturnStatement' || (first.consequent.type === 'BlockStatement' && first.consequent.body[0]?.type === 'ReturnStatement');
      return exits && guard.test(sourceCode.getText(first.test));
    }

    /**
     * A one-slot memo's key: `cachedX = x` in a function (not a request handler) that compares
     * `x === cachedX` to return its last result. The slot holds the last argument, not request data.
     */
    function isMemoKeySlot(assign: TSESTree.AssignmentExpression, variable: Variable): boolean {
      const fn = getEnclosingFunction(assign);
      const arg = assign.right.type === 'Identifier' ? assign.right.name : undefined;
      if (!fn || !arg || isHandlerFn(fn)) return false;
      const paramNames = fn.params.flatMap((p) =>
        p.type === 'Identifier' ? [p.name] : p.type === 'AssignmentPattern' && p.left.type === 'Identifier' ? [p.left.name] : [],
      );
      // Also a `const` of the function computed from a parameter (`const source = (rawKey ?? env.KEY ?? '').trim()`: INNO's
      // encryption-key memo, keyed by the key text it imported last).
      const fromParam = (): boolean => {
        if (fn.body.type !== 'BlockStatement') return false;
        for (const st of fn.body.body) {
          if (st.type !== 'VariableDeclaration' || st.kind !== 'const') continue;
          for (const d of st.declarations) {
            if (d.id.type !== 'Identifier' || d.id.name !== arg || !d.init) continue;
            let uses = false;
            walk(d.init, (n) => {
              if (n.type === 'Identifier' && paramNames.includes(n.name)) uses = true;
              return !uses;
            });
            return uses;
          }
        }
        return false;
      };
      if (!paramNames.includes(arg) && !fromParam()) return false;
      return variable.references.some((r) => {
        const b = r.identifier.parent;
        if (b?.type !== 'BinaryExpression' || !/^[!=]==?$/.test(b.operator) || getEnclosingFunction(b) !== fn) return false;
        const other = b.left === r.identifier ? b.right : b.left;
        return other.type === 'Identifier' && other.name === arg;
      });
    }

    /**
     * The write through a reference to a container, if any: `x.set()`, `x.push()`, `x[k] = v`,
     * `x[k]++`, `x.count++`, `Object.assign(x, ...)`, and the same through `x.field.set()`.
     */
    function writeAt(
      id: Node,
      depth: number,
      plainObject = false,
    ): { node: Node; text: string; value?: Node; method?: string; key?: Node } | undefined {
      const parent = id.parent;
      if (!parent) return undefined;
      if (parent.type === 'MemberExpression' && parent.object === id) {
        const gp = parent.parent;
        const prop = getPropertyName(parent);
        // A plain object's own `.add()` / `.set()` methods are not container writes.
        if (gp?.type === 'CallExpression' && gp.callee === parent && prop && WRITE_METHODS.has(prop) && !plainObject) {
          const value = prop === 'set' || prop === 'put' || prop === 'setex' ? gp.arguments[gp.arguments.length - 1] : gp.arguments[0];
          const keyArg = gp.arguments[0];
          // Memoizing per locale / time zone / currency: pure, deterministic values.
          if (prop === 'set' && keyArg && /^(?:locale|lang|language|languageCode|timeZone|timezone|tz|currency|currencyCode)$/i.test(getDottedName(keyArg)?.split('.').pop() ?? '')) {
            return { node: gp, text: `.${prop}()`, value: undefined, method: 'memo' };
          }
          const key = prop === 'set' || prop === 'put' || prop === 'setex' ? keyArg : undefined;
          return { node: gp, text: `.${prop}()`, value: value as Node | undefined, method: prop, key: key as Node | undefined };
        }
        if (gp?.type === 'AssignmentExpression' && gp.left === parent) {
          if (parent.computed && parent.property.type !== 'Literal') {
            // `x[k] = v`, and the memo idiom `x[k] ??= v`: the value stored.
            const stores = gp.operator === '=' || gp.operator === '??=' || gp.operator === '||=';
            return { node: gp, text: `${sourceCode.getText(id)}[…] =`, value: stores ? gp.right : undefined, key: parent.property };
          }
          if (gp.operator !== '=' && gp.operator !== '??=' && gp.operator !== '||=') {
            return { node: gp, text: `${sourceCode.getText(parent)} ${gp.operator}` };
          }
          return undefined;
        }
        if (gp?.type === 'UpdateExpression' && gp.argument === parent) {
          return { node: gp, text: `${sourceCode.getText(parent)}${gp.operator}` };
        }
        // Nested: `x.requests.push()`, `x[ip].count++`.
        if (depth < 2 && gp?.type === 'MemberExpression' && gp.object === parent) {
          return writeAt(parent, depth + 1);
        }
        if (depth < 2 && gp && (gp.type === 'CallExpression' || gp.type === 'MemberExpression')) {
          // `x.get(k).push(v)`, `x.get(k)!.count++`
          if (gp.type === 'CallExpression' && gp.callee === parent && prop === 'get') {
            const outer = gp.parent;
            if (outer?.type === 'MemberExpression' && outer.object === gp) return writeAt(gp, depth + 1);
            if (outer?.type === 'TSNonNullExpression') {
              const o2 = outer.parent;
              if (o2?.type === 'MemberExpression' && o2.object === outer) return writeAt(outer, depth + 1);
            }
          }
        }
        return undefined;
      }
      if (parent.type === 'TSNonNullExpression' && depth < 2) return writeAt(parent, depth + 1);
      if (
        parent.type === 'CallExpression' &&
        parent.arguments[0] === id &&
        getDottedName(parent.callee) === 'Object.assign'
      ) {
        return { node: parent, text: 'Object.assign()' };
      }
      return undefined;
    }

    /** The first write to a variable from inside a function: directly, through an alias, or through a local helper it is passed to. */
    function findWrite(
      variable: Variable,
      isContainer: boolean,
      depth: number,
      memo: MemoWrites,
      plainObject = false,
    ): { node: Node; text: string } | undefined {
      let first: { node: Node; text: string } | undefined;
      for (const ref of variable.references) {
        const id = ref.identifier;
        if (id.type !== 'Identifier') continue;
        const fn = requestFunction(id);
        if (!fn) continue;
        let w: { node: Node; text: string; value?: Node; method?: string; key?: Node } | undefined;
        const parent = id.parent;
        if (ref.isWrite() && !ref.init) {
          if (parent?.type === 'UpdateExpression') w = { node: parent, text: `${id.name}${parent.operator}` };
          else if (parent?.type === 'AssignmentExpression' && parent.left === id) {
            if (parent.operator === '+=' || parent.operator === '-=') w = { node: parent, text: `${id.name} ${parent.operator}` };
            // `cache = [...cache, x]` rebuilds the module's container; the same on an alias or a helper's parameter
            // (`let layers = CEPA_LAYERS; layers = layers.filter(...)`) only rebinds a local.
            else if (parent.operator === '=' && isContainer && depth === 0 && referencesName(parent.right, id.name)) {
              w = { node: parent, text: `${id.name} = …${id.name}…` };
            }
          }
        } else if (isContainer) {
          w = writeAt(id, 0, plainObject);
          if (!w && depth < 2 && parent) {
            // Alias: `const store = cache; store.set(...)`.
            if (parent.type === 'VariableDeclarator' && parent.init === id && parent.id.type === 'Identifier') {
              const alias = findVariable(sourceCode, parent.id);
              if (alias) {
                const aw = findWrite(alias, true, depth + 1, memo);
                if (aw) w = aw;
              }
            } else if (parent.type === 'CallExpression' && parent.callee !== id && parent.callee.type === 'Identifier') {
              // Passed to a local helper that writes its parameter: `remember(cache, key, value)`.
              const helper = resolveLocalFunction(sourceCode, parent.callee);
              const index = parent.arguments.indexOf(id as TSESTree.Expression);
              const param = helper?.params[index];
              if (helper && param?.type === 'Identifier') {
                const pv = findParamVariable(helper, param.name);
                if (pv) {
                  const pw = findWrite(pv, true, depth + 1, memo);
                  if (pw) w = { node: parent, text: `${sourceCode.getText(parent.callee)}()` };
                }
              }
            }
          }
        }
        if (!w) continue;
        if ('method' in w && w.method === 'memo') {
          memo.memo = true;
          continue;
        }
        if (('method' in w && w.method) || ('value' in w && w.value)) {
          memo.values.push(w.value);
          memo.keys.push('key' in w ? w.key : undefined);
        } else memo.others++;
        first ??= w;
      }
      return first;
    }

    function findParamVariable(fn: FunctionNode, name: string): Variable | undefined {
      const scope = sourceCode.scopeManager?.acquire(fn);
      return scope?.set.get(name);
    }

    function referencesName(node: Node, name: string): boolean {
      let found = false;
      const stack: Node[] = [node];
      let steps = 0;
      while (stack.length && !found && steps++ < 500) {
        const n = stack.pop()!;
        if (n.type === 'Identifier' && n.name === name) found = true;
        // A property name is not a reference: `payload.layers`, `{ layers: x }`.
        forEachChild(n, (c) => {
          if (n.type === 'MemberExpression' && c === n.property && !n.computed) return;
          if (n.type === 'Property' && c === n.key && !n.computed && !n.shorthand) return;
          stack.push(c);
        });
      }
      return found;
    }

    /** What a module-level initializer holds: a container, a counter, or an instance of a local class. */
    function classify(init: Node | null | undefined): { kind: 'container' | 'counter'; label: string } | undefined {
      if (!init) return undefined;
      const u = unwrap(init);
      if (u.type === 'NewExpression') {
        const ctor = getCalleeName(u) ?? '';
        if (!CONTAINER_CTORS.test(ctor)) return undefined;
        if (ctor === 'Set') return { kind: 'container', label: 'Set' };
        if (ctor === 'Map') return { kind: 'container', label: 'Map' };
        return { kind: 'container', label: `${ctor} cache` };
      }
      if (u.type === 'ArrayExpression') return { kind: 'container', label: 'array' };
      if (u.type === 'ObjectExpression') return { kind: 'container', label: 'object' };
      if (u.type === 'Literal' && typeof u.value === 'number') return { kind: 'counter', label: 'counter' };
      if (u.type === 'LogicalExpression') return classify(u.right) ?? classify(u.left);
      return undefined;
    }

    /**
     * Per-instance layers that are correct by construction: an LRU with a TTL in front of a shared
     * store, and request coalescing (a map of in-flight promises deleted when they settle).
     */
    function isDeliberateLocalCache(init: Node, name: string, values: (Node | undefined)[]): boolean {
      const u = unwrap(init);
      // `new NodeCache({ stdTTL: 600 })` (node-cache) expires its entries like an LRU with a `ttl`.
      if (u.type === 'NewExpression' && /LRU|TTL|Ttl|^NodeCache$/.test(getCalleeName(u) ?? '')) {
        const opts = u.arguments[0];
        if (opts?.type === 'ObjectExpression' && opts.properties.some((p) => p.type === 'Property' && /^(?:ttl|maxAge|stdTTL)$/.test(getPropertyName(p) ?? ''))) {
          return true;
        }
      }
      const typeText = u.type === 'NewExpression' && u.typeArguments ? sourceCode.getText(u.typeArguments) : '';
      const isMap = u.type === 'NewExpression' && getCalleeName(u) === 'Map';
      if (isMap && (/promise|in-?flight|in_flight|ongoing/i.test(name) || /Promise</.test(typeText))) {
        return (
          values.length > 0 &&
          values.every((v) => {
            if (!v || v.type === 'SpreadElement') return false;
            return getValueSources(sourceCode, v).every((src) => {
              const x = unwrap(src);
              return x.type === 'CallExpression' || x.type === 'NewExpression';
            }) && !/^(?:true|false|\d+)$/.test(sourceCode.getText(v));
          })
        );
      }
      return false;
    }

    /** A name escaped for a regular expression (`$` and `.` of `cache.fetchedAt`). */
    function escapeName(t: string): string {
      return t.replace(/[$.]/g, '\\$&');
    }

    let clockSource: string | undefined;
    /**
     * The clock as a regular expression source, read directly or through a local `const now = Date.now()` (karakeep's
     * Reddit cache: `if (cached && cached.expiresAt > now)`, `expiresAt: now + TTL`). Built once per file.
     */
    function clockPattern(): string {
      if (clockSource !== undefined) return clockSource;
      const aliases = [...text.matchAll(/\bconst\s+([A-Za-z_$][\w$]*)\s*=\s*Date\.now\(\)\s*[;\n]/g)].map((m) => (m[1] ?? '').replace(/\$/g, '\\$'));
      clockSource = aliases.length ? `(?:Date\\.now\\(\\)|\\b(?:${aliases.join('|')})\\b)` : 'Date\\.now\\(\\)';
      return clockSource;
    }

    /** Whether a stamp (a module `let`, or a holder's field) is compared with the clock: `now - fetchedAt < TTL`, `fetchedAt + TTL > Date.now()`. */
    function comparedWithClock(field: string, clock: string): boolean {
      const f = escapeName(field);
      return new RegExp(
        `\\b${f}\\s*[<>]=?\\s*${clock}|${clock}\\s*-\\s*(?:[\\w$]+\\.)?${f}\\b|${clock}\\s*[<>]=?\\s*(?:[\\w$]+\\.)?${f}\\b|\\b${f}\\s*\\+\\s*[\\w$.]+\\s*[<>]=?\\s*${clock}`,
      ).test(text);
    }

    /**
     * A one-slot TTL cache of reference data (21st's `plansCache` beside `let lastCacheTime`, coding-agent-template's
     * GitHub star count): the slot is filled by a function without parameters (or only boolean ones, `forceRefresh =
     * false`) that reads no request, session or caller, and a module `let` stamp is set to the clock in that function
     * and compared with the clock. Like the Map TTL caches below: every instance is at most one TTL stale about data
     * that is the same for everyone.
     */
    function isReferenceTtlSlot(assign: TSESTree.AssignmentExpression): boolean {
      const fn = requestFunction(assign);
      if (!fn || fn.generator || !fn.params.every((p) => p.type === 'AssignmentPattern' && p.right.type === 'Literal' && typeof p.right.value === 'boolean')) return false;
      const clock = clockPattern();
      const fnText = sourceCode.getText(fn);
      // A period key read from the clock in the function (`const currentDate = new Date().toISOString().split('T')[0]`):
      // a stamp set to it and tested for equality with it refreshes the slot when the period changes (rybbit's daily salt).
      const periodKeys = [...fnText.matchAll(/\bconst\s+([A-Za-z_$][\w$]*)\s*=\s*[^;\n]*?(?:\bnew Date\(|\bDate\.now\(\))/g)].map((m) => escapeName(m[1] ?? ''));
      const stamped = sourceCode.ast.body.some(
        (st) =>
          st.type === 'VariableDeclaration' &&
          st.kind === 'let' &&
          st.declarations.some((d) => {
            if (d.id.type !== 'Identifier' || !d.init || !/^(?:Date\.now\(\)|\d+|null)$/.test(sourceCode.getText(d.init))) return false;
            const n = escapeName(d.id.name);
            if (new RegExp(`(?<![\\w$.])${n}\\s*=\\s*${clock}`).test(fnText) && comparedWithClock(d.id.name, clock)) return true;
            return periodKeys.some(
              (k) =>
                new RegExp(`(?<![\\w$.])${n}\\s*=\\s*${k}\\b`).test(fnText) &&
                new RegExp(`(?<![\\w$.])${n}\\s*[!=]==?\\s*${k}\\b|(?<![\\w$.])${k}\\s*[!=]==?\\s*${n}\\b`).test(fnText),
            );
          }),
      );
      // The stamp stored in the slot itself (`cache = { data, expiresAt: now + 30_000 }`, read back with
      // `now < cache.expiresAt`): the same one-slot TTL cache with its stamp inside the value.
      const right = unwrap(assign.right);
      const stampedValue =
        right.type === 'ObjectExpression' &&
        right.properties.some((p) => {
          if (p.type !== 'Property') return false;
          const key = getPropertyName(p);
          return !!key && new RegExp(`^${clock}(?:\\s*\\+\\s*[\\w$.]+)?$`).test(sourceCode.getText(p.value)) && comparedWithClock(key, clock);
        });
      return (
        (stamped || stampedValue) &&
        everyNode(fn.body ?? fn, 3000, (n) => !(n.type === 'MemberExpression' || n.type === 'CallExpression') || !(isRequestRead(sourceCode, n) || (n.type === 'CallExpression' && isAuthCall(sourceCode, n))))
      );
    }

    /**
     * A hand-rolled TTL cache of shared reference data: every entry stores its time (`{ rates, ts:
     * Date.now() }`), reads check it against the clock (`Date.now() - cached.ts < TTL`), and the keys name
     * no tenant, user or record (`target` currency, not `teamId`). Each instance is at most one TTL stale
     * about data that is the same for everyone (midday's exchange rates). Per-tenant caches still count:
     * an edit stays invisible on the other instances for the whole TTL.
     */
    function isReferenceTtlCache(init: Node, memo: MemoWrites, name: string): boolean {
      const u = unwrap(init);
      const isMap = (n: Node): boolean => n.type === 'NewExpression' && getCalleeName(n) === 'Map';
      // The whole container stamped instead of each entry (medusa's middleware: `const regionMapCache = { regionMap:
      // new Map(), regionMapUpdated: Date.now() }`, refilled when `regionMapUpdated < Date.now() - 3600 * 1000`): the
      // stamp is a field of the holder, or a module `let` (`let fetchedAt = 0`).
      const stamps: { field: string; assigned: string }[] = [];
      if (u.type === 'ObjectExpression') {
        const props = u.properties.filter((p): p is TSESTree.Property => p.type === 'Property');
        if (props.length !== u.properties.length || props.filter((p) => isMap(unwrap(p.value))).length !== 1) return false;
        for (const p of props) {
          const key = getPropertyName(p);
          if (key && /^(?:Date\.now\(\)|\d+|null)$/.test(sourceCode.getText(p.value))) stamps.push({ field: key, assigned: `${name}.${key}` });
        }
      } else if (!isMap(u)) return false;
      else {
        for (const st of sourceCode.ast.body) {
          if (st.type !== 'VariableDeclaration' || st.kind !== 'let') continue;
          for (const d of st.declarations) {
            if (d.id.type === 'Identifier' && d.init && /^(?:Date\.now\(\)|\d+|null)$/.test(sourceCode.getText(d.init))) stamps.push({ field: d.id.name, assigned: d.id.name });
          }
        }
      }
      if (memo.others !== 0 || memo.values.length === 0) return false;
      const clock = clockPattern();
      const entryClockTest = new RegExp(`${clock}\\s*-\\s*[\\w$.?]+\\s*<|[<>]=?\\s*${clock}|${clock}\\s*[<>]`).test(text);
      if (!entryClockTest && stamps.length === 0) return false;
      // A field counted up in place (`c.count += 1`, `record.count++`): a limiter's window, not stored reference data.
      if (/[\w$\])]\s*\.\s*[\w$]+\s*(?:\+\+|--|[-+*]=)|(?:\+\+|--)\s*[\w$]+\s*\.\s*[\w$]+/.test(text)) return false;
      const stamp = new RegExp(clock);
      const stamped =
        (u.type === 'NewExpression' &&
          entryClockTest &&
          memo.values.every(
            (v) => v?.type === 'ObjectExpression' && v.properties.some((p) => p.type === 'Property' && stamp.test(sourceCode.getText(p.value))),
          )) ||
        // A container stamp: set to the clock in the function that fills the container, and compared with the clock.
        stamps.some(({ field, assigned }) => {
          if (!comparedWithClock(field, clock)) return false;
          const set = new RegExp(`(?<![\\w$.])${escapeName(assigned)}\\s*=\\s*${clock}`);
          return memo.values.every((v) => {
            for (let fn = v ? getEnclosingFunction(v) : undefined, i = 0; fn && i < 4; fn = getEnclosingFunction(fn), i++) {
              if (set.test(sourceCode.getText(fn))) return true;
            }
            return false;
          });
        });
      // A key naming a tenant, a user, a record or a credential (`apiKeyCache.set(token, ...)`: a revoked key
      // stays valid for the TTL), also through the const it is built in (`const cacheKey = \`${workspaceId}:...\``).
      const CALLER_CREDENTIAL_WORDS = /_(?:token|secret|password|credentials?|auth|bearer|jwt|api_key)_/;
      const TENANT_KEY = /user|team|org|tenant|account|workspace|customer|member|session|owner|email|token|key|secret|auth|credential/i;
      const RECORD_ID = /(?:Id|_id|ID|Ids)\b/;
      const keyText = (k: Node): string => {
        const init = k.type === 'Identifier' ? getConstInit(sourceCode, k) : undefined;
        return `${k.type === 'Identifier' ? '' : sourceCode.getText(k)} ${init ? sourceCode.getText(init) : k.type === 'Identifier' ? k.name : ''}`;
      };
      if (!stamped) return false;
      if (memo.keys.every((k) => !!k && !TENANT_KEY.test(keyText(k)) && !RECORD_ID.test(keyText(k)))) return true;
      // An access token the app obtained to call a provider, kept below its expiry (chatsdk's GitHub App installation
      // tokens, `{ token, expiresAt: Date.now() + ttl }` per installation): each instance holds its own valid token and
      // a revoked one fails loudly at the provider. Not when the key is a caller's credential (`apiKeyCache.set(token,
      // { user, ... })`, a revoked key stays valid), nor when the entry holds more than the token and its stamp, nor
      // for a token minted here (`nanoid()`: langwatch's per-worker claim leases, a dedupe, not a provider's token).
      const isMintedHere = (value: Node): boolean =>
        getValueSources(sourceCode, value).some((src) => src.type === 'CallExpression' && SECURE_ID_CALL.test(getCalleeName(src) ?? ''));
      return (
        memo.values.every(
          (v) =>
            v?.type === 'ObjectExpression' &&
            v.properties.length === 2 &&
            v.properties.some((p) => p.type === 'Property' && /^(?:access_?)?token$/i.test(getPropertyName(p) ?? '') && !isMintedHere(p.value)) &&
            v.properties.some((p) => p.type === 'Property' && stamp.test(sourceCode.getText(p.value))),
        ) &&
        // A credential word before `cache` names the cache the key is for (mapp's `getTokenCacheKey(creds)`), not what the key is made of.
        memo.keys.every((k) => !!k && !CALLER_CREDENTIAL_WORDS.test(`_${splitWords(keyText(k)).join('_')}_`.replace(/_(?:token|secret|auth|jwt)_(?=cache_)/g, '_')))
      );
    }

    const found: StateInfo[] = [];

    /**
     * A module-level Map or Set of a route file that one request handler fills (`.set` / `.add`) and
     * another one reads (`.get` / `.has`): nextcrm's `activeSessions`, written by POST and read by DELETE
     * to cancel a run. The second request usually lands on another instance, where the entry does not
     * exist, whatever the name says (`active...`, `inflight` are exempt as same-request bookkeeping).
     */
    function sharedAcrossHandlers(decl: TSESTree.VariableDeclarator): boolean {
      if (!kind.isAppRoute && !kind.isPagesApi) return false;
      const init = decl.init ? unwrap(decl.init) : undefined;
      if (init?.type !== 'NewExpression' || !/^(?:Map|Set)$/.test(getCalleeName(init) ?? '') || decl.id.type !== 'Identifier') return false;
      const variable = findVariable(sourceCode, decl.id);
      if (!variable) return false;
      const handlers = [...handlerFunctions()];
      if (handlers.length < 2) return false;
      const writers = new Set<Node>();
      const readers = new Set<Node>();
      for (const ref of variable.references) {
        const member = ref.identifier.parent;
        if (member?.type !== 'MemberExpression' || member.object !== ref.identifier || member.parent?.type !== 'CallExpression' || member.parent.callee !== member) continue;
        const method = getPropertyName(member);
        const handler = handlers.find((fn) => fn.range[0] <= member.range[0] && member.range[1] <= fn.range[1]);
        if (!handler) continue;
        if (method === 'set' || method === 'add') writers.add(handler);
        else if (method === 'get' || method === 'has') readers.add(handler);
      }
      return [...readers].some((r) => [...writers].some((w) => w !== r));
    }

    /**
     * Every use of the counter is `counter++` whose value only becomes the `id` of a JSON-RPC message (an object
     * literal with a `jsonrpc` key), directly or through a `const id = counter++` that is otherwise only compared.
     */
    function numbersJsonRpcRequestsOnly(id: TSESTree.Identifier): boolean {
      const inJsonRpcMessage = (n: Node): boolean => {
        const prop = n.parent;
        if (prop?.type !== 'Property' || prop.value !== n || getPropertyName(prop) !== 'id' || prop.parent.type !== 'ObjectExpression') return false;
        return prop.parent.properties.some((q) => q.type === 'Property' && getPropertyName(q) === 'jsonrpc');
      };
      const variable = findVariable(sourceCode, id);
      let bumps = 0;
      for (const ref of variable?.references ?? []) {
        if (ref.init) continue;
        const bump = ref.identifier.parent;
        if (bump?.type !== 'UpdateExpression' || bump.operator !== '++') return false;
        bumps++;
        const holder = bump.parent;
        if (holder?.type === 'VariableDeclarator' && holder.init === bump && holder.id.type === 'Identifier') {
          const uses = (findVariable(sourceCode, holder.id)?.references ?? []).filter((r) => !r.init).map((r) => r.identifier);
          const compared = (n: Node): boolean => n.parent?.type === 'BinaryExpression' && /^[!=]==?$/.test(n.parent.operator);
          if (!uses.some(inJsonRpcMessage) || !uses.every((n) => inJsonRpcMessage(n) || compared(n))) return false;
        } else if (!inJsonRpcMessage(bump)) return false;
      }
      return bumps > 0;
    }

    /**
     * A process-wide setting behind a setter named for it: andrewpetersondev's `static setGlobalContext(context) {
     * processMetadata = { ...processMetadata, ...context } }` ("call this once at application bootstrap"), merged into
     * every log entry. Configuration the app sets the same way on every instance, not what a request leaves behind.
     * Only when every write is in a `setGlobal*` / `configureGlobal*` function that is no request handler, and every
     * other use only reads it (no member write, never handed to a call that could write it).
     */
    function onlySetGlobally(variable: Variable): boolean {
      let writes = 0;
      for (const ref of variable.references) {
        if (ref.init) continue;
        const fn = getEnclosingFunction(ref.identifier);
        const fnName = fn ? getFunctionName(fn) : undefined;
        const inSetter = !!fn && !!fnName && /^(?:set|configure)Global[A-Z]\w*$/.test(fnName) && !isHandlerFn(fn);
        if (ref.isWrite()) {
          if (!inSetter) return false;
          writes++;
          continue;
        }
        const parent = ref.identifier.parent;
        if (writeAt(ref.identifier, 0, true) || (parent?.type === 'CallExpression' && parent.callee !== ref.identifier) || parent?.type === 'MemberExpression') {
          if (!inSetter) return false;
        }
      }
      return writes > 0;
    }

    /** Every use of the variable is inside functions named `ensure…` (`ensureCollection`, `pbEnsureMongoCollection`), none about limits. */
    function onlyInEnsureFunctions(variable: Variable): boolean {
      let uses = 0;
      for (const ref of variable.references) {
        if (ref.init) continue;
        const fn = getEnclosingFunction(ref.identifier);
        const fnName = fn ? getFunctionName(fn) : undefined;
        if (!fnName || !splitWords(fnName).includes('ensure') || namesLimiter(fnName)) return false;
        uses++;
      }
      return uses > 0;
    }

    function checkDeclarator(decl: TSESTree.VariableDeclarator, declKind: string): void {
      if (decl.id.type !== 'Identifier') return;
      const name = decl.id.name;
      if (!nameAllowed(name) && !sharedAcrossHandlers(decl)) return;
      const c = classify(decl.init);
      if (c) {
        // A map of clients or connection pools per key (policy, region, model): keyed singletons.
        if (c.kind === 'container' && holdsClients(decl, (instrumentTypes ??= importedInstrumentTypes(sourceCode.ast)))) return;
        // Public keys by key id (a webhook provider's JWKs): immutable, every instance fetches the same.
        if (c.kind === 'container' && decl.init && PUBLIC_KEY_TYPE.test(typeArgsText(decl.init))) return;
        if (c.kind === 'counter' && declKind !== 'let' && declKind !== 'var') return;
        if (c.kind === 'counter' && SINGLETON_NAME.test(name) && !namesLimiter(name)) return;
        // Debug counters in a module named for profiling (morphic's `perf-tracking.ts`: `authCallCount++`, only
        // logged): per-instance by nature, and no request's outcome depends on them.
        if (c.kind === 'counter' && DEV_COUNTER_FILE.test(kind.filename) && !namesLimiter(name)) return;
        // A JSON-RPC request id (homepage's TrueNAS widget: `const id = nextId++; ws.send(JSON.stringify({ jsonrpc: '2.0', id, method }))`):
        // it only pairs a response with its request on one connection, so a reset or a per-instance value is harmless.
        if (c.kind === 'counter' && !namesLimiter(name) && numbersJsonRpcRequestsOnly(decl.id)) return;
        if (!strong && !namesState(name) && !fileSaysState) return;
        const variable = findVariable(sourceCode, decl.id);
        if (!variable) return;
        // What an `ensure*()` function has already made sure of (jitsu's `MongoCreatedCollections`, read and filled
        // only in `ensureMongoCollection()`): the work is idempotent by contract, so a reset only repeats a check.
        if (c.kind === 'container' && !namesLimiter(name) && onlyInEnsureFunctions(variable)) return;
        if (c.label === 'object' && !namesLimiter(name) && onlySetGlobally(variable)) return;
        const memo: MemoWrites = { values: [], keys: [], others: 0 };
        const write = findWrite(variable, c.kind === 'container', 0, memo, c.label === 'object');
        if (!write) return;
        if (memo.memo && memo.values.length === 0 && memo.others === 0) return;
        if (filledOnce(write.node, name, variable)) return;
        // Every write stores a client, a pure memoized object, or a value computed from its key alone
        // (a compiled matcher per glob): a deterministic memo, the same on every instance.
        const promiseValued = !!decl.init && /\bPromise</.test(typeArgsText(decl.init));
        const closedKey = !promiseValued && isClosedKeyType(containerKeyType(decl));
        if (
          memo.others === 0 &&
          memo.values.length > 0 &&
          memo.values.every(
            (v, i) =>
              isMemoValue(v) ||
              (!promiseValued &&
                (isDerivedFromKey(memo.keys[i], v, variable, closedKey) || (!!v && isRecursiveComputation(getEnclosingFunction(v))) || isAssetEntry(memo.keys[i], v, variable))),
          )
        ) {
          return;
        }
        const limiter = namesLimiter(name);
        // A map of promises counts nothing, whatever its name (`pendingRequests`: in-flight calls, not requests per key).
        if ((!limiter || promiseValued) && decl.init && isDeliberateLocalCache(decl.init, name, memo.values)) return;
        if (!limiter && decl.init && isReferenceTtlCache(decl.init, memo, name)) return;
        const info: StateInfo = {
          name,
          kind: c.label === 'counter' ? 'counter' : `${c.label}`,
          reportNode: decl.id,
          write: write.node,
          writeText: write.text,
          limiter,
          helper: true,
        };
        if (c.label === 'Map' && declKind === 'const') info.rewrite = mapRewrite(variable, decl);
        found.push(info);
        return;
      }
      // `let cachedData = null` reassigned by a handler: a per-instance cache of a DB/API result.
      if (declKind === 'let' && /cache|cached|memo/i.test(name) && !SINGLETON_NAME.test(name)) {
        // A provider's public keys (`let cachedKeys: PublicKeys | null`, GitHub's or a JWKS): immutable, every instance fetches the same.
        if (decl.id.typeAnnotation && PUBLIC_KEY_TYPE.test(sourceCode.getText(decl.id.typeAnnotation))) return;
        const variable = findVariable(sourceCode, decl.id);
        for (const ref of variable?.references ?? []) {
          if (!ref.isWrite() || ref.init) continue;
          const p = ref.identifier.parent;
          if (p?.type !== 'AssignmentExpression' || p.operator !== '=' || !requestFunction(p)) continue;
          // `cachedForCloud = true`, `cached = null`: a flag or a reset carries no fetched data. So does `= undefined`
          // (ai-agent-builder's `closeDb()` ending the pool, then `cachedDbState = undefined`).
          if (p.right.type === 'Literal' || (p.right.type === 'Identifier' && p.right.name === 'undefined')) continue;
          if (isMemoValue(p.right) || isLazyConstant(p, variable!) || isMemoKeySlot(p, variable!) || loadsBundledFile(p) || isReferenceTtlSlot(p)) continue;
          // `cachedMax = maxDepth('root')`: a recursive computation of this file over constant arguments.
          const right = unwrap(p.right);
          if (
            right.type === 'CallExpression' &&
            right.callee.type === 'Identifier' &&
            right.arguments.every((a) => a.type === 'Literal') &&
            isRecursiveComputation(resolveLocalFunction(sourceCode, right.callee, { constOnly: true }))
          ) {
            continue;
          }
          found.push({
            name,
            kind: 'cached value',
            reportNode: decl.id,
            write: p,
            writeText: `${name} =`,
            limiter: false,
            helper: true,
            caller: callerSlot(variable!),
          });
          break;
        }
        return;
      }
      // An instance of a class declared here with container fields: `const limiter = new RateLimiter()`.
      const init = decl.init ? unwrap(decl.init) : undefined;
      if (init) checkInstance(init);
    }

    /**
     * For a one-slot `let` cache, the call or read that makes its value one caller's: auto_rfp's `currentUserCache = {
     * user: dbUser, timestamp }`, `dbUser` built from `supabase.auth.getUser()`'s user. On a warm instance the next
     * request, another user's, reads the last caller's user. Not when the slot is keyed (its value or another module
     * `let` compared with `===` where it is read: `if (cached?.userId === session.user.id)`): a per-user memo of one
     * entry, per-instance but never handed to another user.
     */
    function callerSlot(variable: Variable): string | undefined {
      const sources: Node[] = [];
      for (const ref of variable.references) {
        if (!ref.isWrite() || ref.init) continue;
        const p = ref.identifier.parent;
        if (p?.type !== 'AssignmentExpression' || p.left !== ref.identifier || p.right.type === 'Literal') continue;
        const fn = requestFunction(p);
        const found: Node[] = [];
        if (!fn || !fromRequest(p.right, fn, { sources: found })) continue;
        // A header other than the caller's credentials (`host`, `accept-language`: the same for everyone) is not the caller's data.
        const fnText = sourceCode.getText(fn);
        sources.push(...found.filter((n) => (n.type === 'CallExpression' && isAuthCall(sourceCode, n)) || /cookies/.test(sourceCode.getText(n)) || CREDENTIAL_HEADER.test(fnText)));
        if (sources.length) break;
      }
      const source = sources[0];
      if (!source) return undefined;
      const readers = new Set<FunctionNode>();
      for (const ref of variable.references) {
        const fn = ref.isRead() ? getEnclosingFunction(ref.identifier) : undefined;
        if (fn) readers.add(fn);
      }
      const moduleLet = (n: Node): boolean => {
        let root = unwrap(n);
        while (root.type === 'MemberExpression' || root.type === 'ChainExpression') root = unwrap(root.type === 'ChainExpression' ? root.expression : root.object);
        if (root.type !== 'Identifier') return false;
        const v = findVariable(sourceCode, root);
        return !!v && isModuleScoped(v) && v.defs[0]?.parent?.type === 'VariableDeclaration' && (v.defs[0].parent as TSESTree.VariableDeclaration).kind !== 'const';
      };
      const keyed = [...readers].some((fn) =>
        some(fn.body ?? fn, (n) => {
          if (n.type !== 'BinaryExpression' || !/^[!=]==?$/.test(n.operator)) return false;
          const [a, b] = [unwrap(n.left), unwrap(n.right)];
          const constant = (x: Node) => x.type === 'Literal' || (x.type === 'Identifier' && x.name === 'undefined') || x.type === 'UnaryExpression';
          return !constant(a) && !constant(b) && (moduleLet(a) || moduleLet(b));
        }),
      );
      if (keyed) return undefined;
      const text = source.type === 'CallExpression' ? `${sourceCode.getText(source.callee)}()` : sourceCode.getText(source);
      return text.length <= 50 && !text.includes('\n') ? text : undefined;
    }

    const checkedClasses = new Set<Node>();

    function classOf(expr: Node): TSESTree.ClassDeclaration | TSESTree.ClassExpression | undefined {
      const u = unwrap(expr, { await: true });
      let callee: Node | undefined;
      if (u.type === 'NewExpression') callee = u.callee;
      else if (u.type === 'CallExpression' && u.callee.type === 'MemberExpression') {
        // `Service.getInstance()`: a static singleton accessor.
        const prop = getPropertyName(u.callee);
        if (prop && /^(?:get)?instance$|^getInstance$|^shared$/i.test(prop)) callee = u.callee.object;
      }
      if (!callee || callee.type !== 'Identifier') return undefined;
      const v = findVariable(sourceCode, callee);
      const def = v?.defs[0];
      if (def?.type === 'ClassName') return def.node as TSESTree.ClassDeclaration;
      if (def?.type === 'Variable') {
        const ci = (def.node as TSESTree.VariableDeclarator).init;
        if (ci?.type === 'ClassExpression') return ci;
      }
      return undefined;
    }

    function checkInstance(expr: Node): void {
      const cls = classOf(expr);
      if (cls && !checkedClasses.has(cls)) {
        checkedClasses.add(cls);
        checkClass(cls, false);
      }
    }

    /** Fields of a class that hold containers or counters, and the first write to each from a method. */
    function checkClass(cls: TSESTree.ClassDeclaration | TSESTree.ClassExpression, staticOnly: boolean): void {
      const className = cls.id?.name ?? 'class';
      const fields = new Map<string, { node: Node; label: string; isStatic: boolean; init: Node }>();
      for (const el of cls.body.body) {
        if (el.type === 'PropertyDefinition' && el.value) {
          if (staticOnly && !el.static) continue;
          const key = getPropertyName(el);
          const c = classify(el.value);
          if (key && c && (c.kind === 'container' || !el.readonly)) fields.set(key, { node: el.key, label: c.label, isStatic: el.static, init: el.value });
        } else if (!staticOnly && el.type === 'MethodDefinition' && el.kind === 'constructor') {
          const body = el.value.body;
          for (const stmt of body?.body ?? []) {
            if (stmt.type !== 'ExpressionStatement' || stmt.expression.type !== 'AssignmentExpression') continue;
            const left = stmt.expression.left;
            if (left.type !== 'MemberExpression' || left.object.type !== 'ThisExpression') continue;
            const key = getPropertyName(left);
            const c = classify(stmt.expression.right);
            if (key && c) fields.set(key, { node: left, label: c.label, isStatic: false, init: stmt.expression.right });
          }
        }
      }
      if (fields.size === 0) return;
      const writes = new Map<string, { node: Node; text: string; values: (Node | undefined)[]; others: number; ungated: number; outsideRegister: number }>();
      const initOnly = constructorOnlyMethods(cls);
      // Writes `this.<field>...` in methods other than the constructor (and the private methods only it calls).
      for (const el of cls.body.body) {
        if (el.type !== 'MethodDefinition' && el.type !== 'PropertyDefinition') continue;
        if (el.type === 'MethodDefinition' && el.kind === 'constructor') continue;
        if (el.type === 'MethodDefinition' && initOnly.has(el)) continue;
        const fn = el.type === 'MethodDefinition' ? el.value : el.value && isFunction(el.value) ? el.value : undefined;
        if (!fn) continue;
        const registerMethod = /^#?register(?:[A-Z_]|$)/.test(getPropertyName(el) ?? '');
        const stack: Node[] = [fn.body ?? fn];
        let steps = 0;
        while (stack.length && steps++ < 20000) {
          const n = stack.pop()!;
          if (n.type === 'MemberExpression' && (n.object.type === 'ThisExpression' || (n.object.type === 'Identifier' && n.object.name === className))) {
            const key = getPropertyName(n);
            const field = key ? fields.get(key) : undefined;
            if (key && field) {
              const isCounter = field.label === 'counter';
              let w: { node: Node; text: string; value?: Node; method?: string } | undefined;
              const p = n.parent;
              if (isCounter) {
                if (p?.type === 'UpdateExpression') w = { node: p, text: `this.${key}${p.operator}` };
                else if (p?.type === 'AssignmentExpression' && p.left === n && (p.operator === '+=' || p.operator === '-=')) {
                  w = { node: p, text: `this.${key} ${p.operator}` };
                }
              } else {
                w = writeAt(n, 0);
                if (w) w = { ...w, text: `this.${key}${w.text.startsWith('.') ? w.text : ` ${w.text}`}` };
              }
              if (w) {
                const entry = writes.get(key) ?? { node: w.node, text: w.text, values: [], others: 0, ungated: 0, outsideRegister: 0 };
                if (w.value) entry.values.push(w.value);
                else entry.others++;
                if (!debugGated(w.node, fn)) entry.ungated++;
                if (!registerMethod) {
                  // The message names a write outside `register()`: the one that runs per request.
                  if (entry.outsideRegister === 0) Object.assign(entry, { node: w.node, text: w.text });
                  entry.outsideRegister++;
                }
                writes.set(key, entry);
              }
            }
          }
          forEachChild(n, (c) => stack.push(c));
        }
      }
      // A class named as a registry (`ActionRegistry`, `ToolRegistrar`) holds what `register()` was handed at
      // module load (Vane's research actions); a field named for request state (`sessions`, `cache`) still counts.
      const registryClass = /regist/i.test(className);
      for (const [key, w] of writes) {
        const field = fields.get(key)!;
        if (!nameAllowed(key)) continue;
        if (registryClass && !namesState(key)) continue;
        // Filled only by a `register()` method (myimageupscaler's ModelInputBuilderOrchestrator, whose constructor registers
        // every model's builder): a registry whatever the class is called; a field named for request state still counts.
        if (w.outsideRegister === 0 && !namesState(key)) continue;
        if (!strong && !namesState(key) && !STATE_NAME.test(className) && !fileSaysState) continue;
        if (w.others === 0 && w.values.length > 0 && w.values.every((v) => isMemoValue(v))) continue;
        // The wait queue of a concurrency limiter (saleor's `RequestQueue`: `new Promise((resolve) => this.queue.push(resolve))`,
        // released by `this.queue.shift()?.()` when one of this process's requests ends): it holds this instance's own
        // pending calls, which no shared store can hold or release.
        if (w.others === 0 && w.values.length > 0 && w.values.every((v) => isPromiseResolve(v)) && releasedAsSlots(cls, key)) continue;
        // Request coalescing: a Map of in-flight calls, each entry deleted when its promise settles.
        if (w.others === 0 && isSettlingPromiseMap(field.init, w.values, cls, key)) continue;
        // Every write happens only in debug mode (`if (this.#debug) this.#debugHistory.push(...)`): a debug
        // trace of this instance, which nothing reads to answer a request.
        if (w.ungated === 0) continue;
        found.push({
          name: field.isStatic ? `${className}.${key}` : `this.${key}`,
          kind: `${field.label} of ${field.isStatic ? 'the class' : `a module-level ${className} instance`}`,
          reportNode: field.node,
          write: w.node,
          writeText: w.text,
          limiter: namesLimiter(key) || namesLimiter(className),
          helper: true,
        });
      }
    }

    /** The `resolve` parameter of a `new Promise((resolve) => ...)` executor. */
    function isPromiseResolve(v: Node | undefined): boolean {
      if (v?.type !== 'Identifier') return false;
      const def = findVariable(sourceCode, v)?.defs[0];
      const executor = def?.type === 'Parameter' ? def.node : undefined;
      if (!executor || !isFunction(executor) || executor.params[0] !== def!.name) return false;
      const ctor = executor.parent;
      return ctor?.type === 'NewExpression' && ctor.arguments[0] === executor && ctor.callee.type === 'Identifier' && ctor.callee.name === 'Promise';
    }

    /**
     * Every use of the class's `this.<key>` array is `.push(...)`, `.length`, or `.shift()` / `.pop()` whose result is called
     * with no argument (`this.queue.shift()?.()`, `const next = this.queue.shift(); next?.()`): a slot handed to the next
     * waiter, no data passed from one request to another.
     */
    function releasedAsSlots(cls: TSESTree.ClassDeclaration | TSESTree.ClassExpression, key: string): boolean {
      const calledBare = (n: Node): boolean => {
        let cur: Node = n;
        while (cur.parent?.type === 'ChainExpression') cur = cur.parent;
        const call = cur.parent;
        return call?.type === 'CallExpression' && call.callee === cur && call.arguments.length === 0;
      };
      let released = 0;
      const ok = everyNode(cls.body, 20000, (n) => {
        if (n.type !== 'MemberExpression' || n.object.type !== 'ThisExpression' || getPropertyName(n) !== key) return true;
        const use = n.parent;
        if (use?.type !== 'MemberExpression' || use.object !== n) return false;
        const method = getPropertyName(use);
        if (method === 'length') return true;
        const call = use.parent;
        if (call?.type !== 'CallExpression' || call.callee !== use) return false;
        if (method === 'push') return true;
        if (method !== 'shift' && method !== 'pop') return false;
        released++;
        if (calledBare(call)) return true;
        const holder = call.parent;
        if (holder?.type !== 'VariableDeclarator' || holder.id.type !== 'Identifier') return false;
        const refs = (findVariable(sourceCode, holder.id)?.references ?? []).filter((r) => !r.init);
        return refs.length > 0 && refs.every((r) => calledBare(r.identifier) || (r.identifier.parent?.type === 'IfStatement' && r.identifier.parent.test === r.identifier));
      });
      return ok && released > 0;
    }

    /**
     * The private methods (`private initializeSkillDatabase()`, `#setup()`) that the constructor calls as `this.x()` and
     * nothing else in the class calls: they run once per instance, at construction, like the constructor's own
     * writes (jobfinders' ATSEngine filling its skill table and compliance rules). A private method is not callable
     * from outside the class, so these are all its callers.
     */
    function constructorOnlyMethods(cls: TSESTree.ClassDeclaration | TSESTree.ClassExpression): Set<Node> {
      const result = new Set<Node>();
      const ctor = cls.body.body.find((el): el is TSESTree.MethodDefinition => el.type === 'MethodDefinition' && el.kind === 'constructor');
      if (!ctor?.value.body) return result;
      const calledFrom = (root: Node, name: string): boolean =>
        some(root, (n) => n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && n.callee.object.type === 'ThisExpression' && getPropertyName(n.callee) === name);
      const mentionedIn = (root: Node, name: string): boolean =>
        some(root, (n) => n.type === 'MemberExpression' && n.object.type === 'ThisExpression' && getPropertyName(n) === name);
      for (const el of cls.body.body) {
        if (el.type !== 'MethodDefinition' || el.kind !== 'method' || el.static) continue;
        if (el.accessibility !== 'private' && el.key.type !== 'PrivateIdentifier') continue;
        const name = getPropertyName(el);
        if (!name || !calledFrom(ctor.value.body, name)) continue;
        const elsewhere = cls.body.body.some((other) => other !== ctor && other !== el && mentionedIn(other, name));
        if (!elsewhere) result.add(el);
      }
      return result;
    }

    /**
     * A class's Map of in-flight calls (portfolio-tracker's `RequestDeduplicationManager.pendingRequests`): every entry
     * is a call's promise, or an object holding it under `promise` (`{ promise, timestamp }`), and the class deletes
     * the entry in a `.then()` / `.catch()` / `.finally()` callback, when the call settles. Concurrent callers on one
     * instance share one upstream call; nothing outlives the call, so there is nothing to share across instances.
     * A promise cache without that delete keeps results and still counts.
     */
    function isSettlingPromiseMap(init: Node, values: (Node | undefined)[], cls: TSESTree.ClassDeclaration | TSESTree.ClassExpression, key: string): boolean {
      const u = unwrap(init);
      if (u.type !== 'NewExpression' || getCalleeName(u) !== 'Map' || values.length === 0) return false;
      const fromCall = (v: Node): boolean =>
        getValueSources(sourceCode, v).every((src) => {
          const x = unwrap(src);
          return x.type === 'CallExpression' || x.type === 'NewExpression';
        });
      const holdsPromise = values.every((v) => {
        if (!v || v.type === 'SpreadElement') return false;
        const o = unwrap(v);
        if (o.type === 'ObjectExpression') {
          const p = o.properties.find((q) => q.type === 'Property' && getPropertyName(q) === 'promise');
          return p?.type === 'Property' && fromCall(p.value as Node);
        }
        return fromCall(v);
      });
      if (!holdsPromise) return false;
      return some(cls.body, (n) => {
        if (n.type !== 'CallExpression' || n.callee.type !== 'MemberExpression' || getPropertyName(n.callee) !== 'delete') return false;
        const target = n.callee.object;
        if (target.type !== 'MemberExpression' || target.object.type !== 'ThisExpression' || getPropertyName(target) !== key) return false;
        const fn = getEnclosingFunction(n);
        const call = fn?.parent;
        return (
          call?.type === 'CallExpression' &&
          call.arguments.includes(fn as TSESTree.CallExpressionArgument) &&
          call.callee.type === 'MemberExpression' &&
          /^(?:then|catch|finally)$/.test(getPropertyName(call.callee) ?? '')
        );
      });
    }

    /**
     * Whether a write in `fn` only runs when a debug flag is on: inside `if (flag)` (or `flag && ...`, `flag ? ... :`)
     * where the flag is a name or member named `debug` (`this.#debug`, `this.debugMode`, `DEBUG`, `isDebug`,
     * `process.env.DEBUG`), possibly `&&`-combined with other conditions.
     */
    function debugGated(write: Node, fn: Node): boolean {
      const isDebugFlag = (t: Node): boolean => {
        const u = unwrap(t);
        if (u.type === 'LogicalExpression' && u.operator === '&&') return isDebugFlag(u.left) || isDebugFlag(u.right);
        if (u.type !== 'Identifier' && u.type !== 'MemberExpression') return false;
        const last = (getDottedName(u) ?? '').split('.').pop() ?? '';
        return /^#?_?(?:is)?debug(?:Mode|Enabled|ging)?$/i.test(last);
      };
      let child: Node = write;
      for (let n = write.parent; n && n !== fn; child = n, n = n.parent) {
        if (n.type === 'IfStatement' && n.consequent === child && isDebugFlag(n.test)) return true;
        if (n.type === 'ConditionalExpression' && n.consequent === child && isDebugFlag(n.test)) return true;
        if (n.type === 'LogicalExpression' && n.operator === '&&' && n.right === child && isDebugFlag(n.left)) return true;
      }
      return false;
    }

    /** A `const x = new Map()` used only through get/set/has/delete calls inside async functions can become a Redis cache. */
    function mapRewrite(variable: Variable, decl: TSESTree.VariableDeclarator): StateInfo['rewrite'] {
      const init = decl.init ? unwrap(decl.init) : undefined;
      if (init?.type !== 'NewExpression' || init.arguments.length > 0) return undefined;
      const calls: TSESTree.CallExpression[] = [];
      for (const ref of variable.references) {
        if (ref.init) continue;
        const id = ref.identifier;
        const p = id.parent;
        if (p?.type !== 'MemberExpression' || p.object !== id || p.computed) return undefined;
        const method = getPropertyName(p);
        const call = p.parent;
        if (!method || !['get', 'set', 'has', 'delete'].includes(method)) return undefined;
        if (call?.type !== 'CallExpression' || call.callee !== p) return undefined;
        const fn = getEnclosingFunction(call);
        if (!fn?.async) return undefined;
        if (method === 'set' && call.arguments[1] && !isJsonData(call.arguments[1])) return undefined;
        if (call.parent?.type === 'AwaitExpression') continue;
        calls.push(call);
      }
      const params = init.typeArguments?.params;
      const typeArg = params && params.length === 2 ? sourceCode.getText(params[1]!) : undefined;
      if (typeArg && (NON_JSON_TYPE.test(typeArg) || NON_JSON_TYPE.test(localTypeText(typeArg)))) return undefined;
      return { init, calls, typeArg };
    }

    /**
     * The body of an interface or type alias the module declares at its top level under `name`
     * (`interface CacheEntry { expiresAt: number; promise: Promise<Result> }`: karakeep's Reddit cache), or ''.
     */
    function localTypeText(name: string): string {
      if (!/^[A-Za-z_$][\w$]*$/.test(name)) return '';
      for (const stmt of sourceCode.ast.body) {
        const d = stmt.type === 'ExportNamedDeclaration' && stmt.declaration ? stmt.declaration : stmt;
        if ((d.type === 'TSInterfaceDeclaration' || d.type === 'TSTypeAliasDeclaration') && d.id.name === name) {
          return sourceCode.getText(d.type === 'TSInterfaceDeclaration' ? d.body : d.typeAnnotation);
        }
      }
      return '';
    }

    /**
     * Whether a stored value survives a trip through Redis (JSON): no class instance (an `AbortController`
     * kept to cancel a run, a socket, a Date), no function, also through the locals it is built from.
     */
    function isJsonData(value: Node): boolean {
      return !some(value, (n) => {
        if (n.type === 'NewExpression' || isFunction(n)) return true;
        if (n.type !== 'Identifier') return false;
        // A key or a member name (`{ name: user.name }`) is not a value.
        const p = n.parent;
        if ((p?.type === 'Property' && p.key === n && !p.shorthand) || (p?.type === 'MemberExpression' && p.property === n && !p.computed)) return false;
        return getValueSources(sourceCode, n).some((v) => {
          const u = unwrap(v, { await: true });
          return u.type === 'NewExpression' || isFunction(u);
        });
      });
    }

    /**
     * Whether a value a request handler stores comes from the request: the handler's parameters (the
     * request, the response, route params, a server action's arguments), `headers()` / `cookies()` /
     * `searchParams` reads, and the session or user of an auth call (`await auth()`), followed through
     * the handler's locals, member and call chains (`await req.json()`, `body.url.trim()`), call arguments
     * (`db.user.findUnique({ where: { id: session.user.id } })`: the requesting user's row) and the operands
     * of templates, operators, conditionals, object and array literals, and the handler's names a closure
     * captures. Not: module state, imports, globals (`process.env`, `Date.now()`), a conditional's test or
     * a computed key. With `callerOnly` (a helper outside request entry points, whose parameters may be anything),
     * the parameters do not count, only what reads the caller: an auth call, a header or cookie read (not the body,
     * the query or route params: request data, but what the caller sends, not who they are); `sources` then collects
     * the reads found.
     */
    function fromRequest(value: Node, handler: FunctionNode, callerOnly?: { sources: Node[] }): boolean {
      const seen = new Set<Node>();
      let steps = 0;
      const visit = (n: Node | null | undefined, depth: number): boolean => {
        if (!n || steps++ > 400 || depth > 6) return false;
        const u = unwrap(n, { await: true });
        if (seen.has(u)) return false;
        seen.add(u);
        switch (u.type) {
          case 'Identifier': {
            const v = findVariable(sourceCode, u);
            const def = v?.defs[0];
            if (!v || !def) return false;
            if (def.type === 'Parameter') return !callerOnly && def.node === handler;
            if (def.type !== 'Variable' || isModuleScoped(v)) return false;
            const declaration = def.parent as TSESTree.VariableDeclaration | undefined;
            const declarator = def.node as TSESTree.VariableDeclarator;
            const loop = declaration?.parent;
            // `for (const item of body.items)`: an element of what the loop iterates.
            if (!declarator.init && loop && (loop.type === 'ForOfStatement' || loop.type === 'ForInStatement') && loop.left === declaration) {
              return visit(loop.right, depth + 1);
            }
            const values = getBindingValues(sourceCode, u);
            return !!values && values.some((val) => visit(val, depth + 1));
          }
          case 'MemberExpression':
            if (isRequestRead(sourceCode, u)) {
              if (!callerOnly) return true;
              // The caller's credentials travel in headers and cookies; a body or a query is request data, not the caller's.
              if (/^(?:headers|cookies)$/.test(getPropertyName(u) ?? '')) return callerOnly.sources.push(u) > 0;
            }
            return visit(u.object, depth);
          case 'CallExpression':
          case 'NewExpression':
            // `getAuth()` given nothing is an auth library's instance (Neon Auth's, Firebase's `getAuth()`), not the caller:
            // ai-agent-builder's proxy memoizes `getAuth().middleware({ loginUrl })`. Clerk's `getAuth(req)` reads the request.
            if (u.type === 'CallExpression' && (isRequestRead(sourceCode, u) || (isAuthCall(sourceCode, u) && !(u.arguments.length === 0 && getCalleeName(u) === 'getAuth')))) {
              if (!callerOnly) return true;
              if (isAuthCall(sourceCode, u) || /^(?:headers|cookies|getHeader|header)$/.test(getCalleeName(u) ?? '')) return callerOnly.sources.push(u) > 0;
            }
            if (u.callee.type === 'MemberExpression' && visit(u.callee.object, depth)) return true;
            return u.arguments.some((a) => visit(a.type === 'SpreadElement' ? a.argument : a, depth));
          case 'ConditionalExpression':
            return visit(u.consequent, depth) || visit(u.alternate, depth);
          case 'AssignmentExpression':
            return visit(u.right, depth);
          case 'SequenceExpression':
            return visit(u.expressions[u.expressions.length - 1], depth);
          case 'ArrowFunctionExpression':
          case 'FunctionExpression':
            // A closure over the request (`{ getAll: () => cookieStore.getAll() }`, `() => res.json(x)`): the
            // names it captures from the handler.
            return some(u.body, (c) => {
              if (c.type !== 'Identifier') return false;
              const p = c.parent;
              if ((p?.type === 'MemberExpression' && p.property === c && !p.computed) || (p?.type === 'Property' && p.key === c && !p.computed && !p.shorthand)) return false;
              const v = findVariable(sourceCode, c);
              const scopeBlock = v?.scope.block;
              return !!scopeBlock && isWithin(scopeBlock, handler) && !isWithin(scopeBlock, u) && visit(c, depth + 1);
            });
          default: {
            let hit = false;
            const compound = forEachOperand(u, (o) => {
              if (!hit && o && !(u.type === 'ObjectExpression' && o.parent?.type === 'Property' && o.parent.key === o && o.parent.computed)) hit = visit(o, depth);
            });
            return compound && hit;
          }
        }
      };
      return visit(value, 0);
    }

    /** The outermost function around a node (the module-level function it belongs to), or undefined at module level. */
    function outermostFunction(node: Node): FunctionNode | undefined {
      let fn = getEnclosingFunction(node);
      for (let up = fn && getEnclosingFunction(fn); up; up = getEnclosingFunction(up)) fn = up;
      return fn;
    }

    /**
     * Whether a read sees the value its own request stored: a plain `x = …` statement of an enclosing block
     * runs before it (a statement of a block that contains the read, earlier in the source), with no
     * `await`, `for await` or `yield` in between. Any other read (before the write, in another function,
     * after a conditional write or an `await`) may see another request's value.
     */
    function readOwnWrite(read: TSESTree.Identifier, writes: readonly TSESTree.AssignmentExpression[]): boolean {
      return writes.some((w) => {
        const stmt = w.parent;
        if (w.operator !== '=' || stmt?.type !== 'ExpressionStatement') return false;
        const block = stmt.parent;
        if (!block || (block.type !== 'BlockStatement' && block.type !== 'SwitchCase') || !isWithin(read, block)) return false;
        if (w.range[1] > read.range[0]) return false;
        // An `await` between the write and the read (not one whose operand holds the read: it is evaluated first).
        return !some(block, (n) => {
          if (n.range[0] < w.range[1] || n.range[0] >= read.range[0]) return false;
          if (n.type === 'AwaitExpression' || n.type === 'YieldExpression') return n.range[1] <= read.range[0];
          return n.type === 'ForOfStatement' && n.await;
        });
      });
    }

    /**
     * A module-level `let` / `var` that a request handler (a route handler, a Pages API route, a server
     * action, middleware) sets from request data (`lastUrl = url` where `const { url } = await req.json()`)
     * and that code reads where the value may be another request's: another function (`log()`), the same
     * handler after an `await`, before the write, or after a conditional write (`client ??= new X(body.key)`).
     * Concurrent requests share the module on a warm instance, so one user's data reaches another's request.
     * Reads of the value the same request just stored, with no `await` in between, and equality tests of a
     * one-slot memo's key (`if (locale === lastLocale)`) are fine.
     */
    function checkRequestDataVariable(decl: TSESTree.VariableDeclarator): void {
      if (decl.id.type !== 'Identifier' || tooling) return;
      const name = decl.id.name;
      if (ignoreNames.some((re) => re.test(name))) return;
      let handlers: Handler[];
      try {
        handlers = getHandlers(sourceCode, kind).filter((h) => !!h.fn);
      } catch {
        return;
      }
      if (handlers.length === 0) return;
      const variable = findVariable(sourceCode, decl.id);
      if (!variable) return;
      const writes: TSESTree.AssignmentExpression[] = [];
      let stored: { assign: TSESTree.AssignmentExpression; handler: Handler } | undefined;
      for (const ref of variable.references) {
        if (!ref.isWrite() || ref.init) continue;
        const p = ref.identifier.parent;
        if (p?.type !== 'AssignmentExpression' || p.left !== ref.identifier) continue;
        writes.push(p);
        if (stored || !['=', '??=', '||=', '&&='].includes(p.operator)) continue;
        // The innermost handler around the write (an inline server action may sit in another function).
        let handler: Handler | undefined;
        for (const h of handlers) if (isWithin(p, h.fn!) && (!handler || isWithin(h.fn!, handler.fn!))) handler = h;
        if (handler && fromRequest(p.right, handler.fn!)) stored = { assign: p, handler };
      }
      if (!stored) return;
      let read: string | undefined;
      for (const ref of variable.references) {
        if (!ref.isRead() || ref.isWrite()) continue;
        if ('isValueReference' in ref && !(ref as { isValueReference: boolean }).isValueReference) continue;
        const id = ref.identifier as TSESTree.Identifier;
        // A read at module initialization (a top-level statement or IIFE) runs before any request.
        if (!requestFunction(id)) continue;
        // A one-slot memo's key compared with this request's (`if (locale === lastLocale)`): only a yes or no comes out of it.
        const p = id.parent;
        if (p?.type === 'BinaryExpression' && /^[!=]==?$/.test(p.operator)) continue;
        if (readOwnWrite(id, writes)) continue;
        const fn = outermostFunction(id);
        const line = id.loc.start.line;
        if (fn && fn === outermostFunction(stored.assign)) {
          read = `it is read on line ${line}, where it may hold another request's value`;
        } else {
          const fnName = fn?.type === 'FunctionDeclaration' || fn?.type === 'FunctionExpression' ? fn.id?.name : undefined;
          const parent = fn?.parent;
          const bound =
            parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier'
              ? parent.id.name
              : parent?.type === 'MethodDefinition' || parent?.type === 'Property'
                ? getPropertyName(parent)
                : undefined;
          const label = fnName ?? bound;
          read = label ? `\`${label}\` reads it (line ${line})` : `another function reads it (line ${line})`;
        }
        break;
      }
      if (!read) return;
      const h = stored.handler;
      const handler =
        h.kind === 'pages-api' ? 'this API route' : h.kind === 'middleware' ? 'the middleware' : h.kind === 'route' ? `the ${h.name} handler` : h.anonymous ? 'an inline server action' : `server action \`${h.name}\``;
      const assignText = sourceCode.getText(stored.assign);
      found.push({
        name,
        kind: 'variable',
        reportNode: decl.id,
        write: stored.assign,
        writeText: assignText.length <= 60 && !assignText.includes('\n') ? assignText : `${name} ${stored.assign.operator} …`,
        limiter: false,
        helper: false,
        requestData: { handler, read },
      });
    }

    /**
     * State kept on the global object by a request entry point: `global.existingFiles.add(path)`,
     * `global.sandboxData = { sandboxId, url }` in a handler (open-lovable keeps each user's sandbox and
     * conversation there). A global is module state shared by every request on the instance, and lost with
     * it. Not reported: client singletons (`globalThis.prisma ??= new PrismaClient()`), `??=` / `||=` and
     * writes guarded by `if (!global.x)` (one-time initialization), and resets to a new container or a literal.
     */
    function checkGlobalObjectState(): void {
      if (!kind.isEntryPoint || !GLOBAL_MEMBER.test(text)) return;
      const seen = new Set<string>();
      const globalProp = (n: Node): string | undefined => {
        const u = unwrap(n);
        if (u.type !== 'MemberExpression') return undefined;
        // `globalThis.x`, `globalThis['x']`, `(globalThis as any).x`
        const obj = unwrap(u.object);
        if (obj.type !== 'Identifier' || !/^global(?:This)?$/.test(obj.name)) return undefined;
        if (findVariable(sourceCode, obj)?.defs.length) return undefined;
        const prop = getPropertyName(u);
        return prop && !GLOBAL_CLIENT_NAME.test(prop) ? `${obj.name}.${prop}` : undefined;
      };
      /** `if (!global.x) global.x = ...` (or `!globalThis['x']`): initialization once per instance. */
      const initGuarded = (write: Node, name: string): boolean => {
        for (let cur = write.parent; cur && !isFunction(cur); cur = cur.parent) {
          if (cur.type !== 'IfStatement' || !/^!\s*|==\s*(?:null|undefined)\b/.test(sourceCode.getText(cur.test))) continue;
          let tested = false;
          walk(cur.test, (m) => {
            if (m.type === 'MemberExpression' && globalProp(m) === name) tested = true;
            return !tested;
          });
          if (tested) return true;
        }
        return false;
      };
      for (const h of getHandlers(sourceCode, kind)) {
        if (!h.fn) continue;
        walk(h.fn.body ?? h.fn, (n) => {
          let name: string | undefined;
          let writeText = '';
          if (n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && GLOBAL_MUTATORS.has(getPropertyName(n.callee) ?? '')) {
            name = globalProp(n.callee.object);
            writeText = `${name}.${getPropertyName(n.callee)}()`;
          } else if (n.type === 'AssignmentExpression' && n.operator === '=') {
            name = globalProp(n.left);
            const right = unwrap(n.right);
            if (name && (right.type === 'NewExpression' || right.type === 'Literal' || isFunction(right) || (right.type === 'ArrayExpression' && right.elements.length === 0) || (right.type === 'Identifier' && right.name === 'undefined'))) name = undefined;
            // `global.x = global.x ?? {}`: the `??=` of older code, one-time initialization.
            if (name && right.type === 'LogicalExpression' && right.operator !== '&&' && globalProp(right.left) === name) name = undefined;
            writeText = `${name} =`;
            // `globalThis.runs[runId] = chunks`: a write into the state kept there.
            const target = unwrap(n.left);
            if (!name && target.type === 'MemberExpression' && (name = globalProp(target.object))) writeText = `${name}[…] =`;
          }
          if (!name || seen.has(name) || initGuarded(n, name)) return true;
          seen.add(name);
          found.push({ name, kind: 'state (kept on the global object)', reportNode: n, write: n, writeText, limiter: false, helper: false });
          return true;
        });
      }
    }

    /**
     * `process.env.FIRECRAWL_API_KEY = firecrawlApiKey` in a request entry point, the value taken from the request
     * (open-researcher's research route, with the key from an `X-Firecrawl-API-Key` header): `process.env` is
     * process-wide, so every later request on the instance, another caller's, runs with this caller's value (its API
     * key, its settings) until a third one replaces it. A literal or a value that does not come from the request
     * (`process.env.TZ = 'UTC'`, a default filled from another variable) is not reported.
     */
    function checkProcessEnvWrites(): void {
      if (!kind.isEntryPoint || tooling || !PROCESS_ENV_WRITE.test(text)) return;
      for (const h of getHandlers(sourceCode, kind)) {
        if (!h.fn) continue;
        const fn = h.fn;
        walk(fn.body ?? fn, (n) => {
          if (n.type !== 'AssignmentExpression' || !['=', '??=', '||='].includes(n.operator)) return true;
          const envName = getProcessEnvName(n.left);
          if (!envName || !fromRequest(n.right, fn)) return true;
          const name = `process.env.${envName}`;
          if (found.some((f) => f.name === name)) return true;
          const handler =
            h.kind === 'pages-api' ? 'this API route' : h.kind === 'middleware' ? 'the middleware' : h.kind === 'route' ? `the ${h.name} handler` : h.anonymous ? 'an inline server action' : `server action \`${h.name}\``;
          const assignText = sourceCode.getText(n);
          found.push({
            name,
            kind: 'variable',
            reportNode: n,
            write: n,
            writeText: assignText.length <= 60 && !assignText.includes('\n') ? assignText : `${name} ${n.operator} …`,
            limiter: false,
            helper: false,
            requestData: { handler, read: '' },
            processEnv: true,
          });
          return true;
        });
      }
    }

    return {
      'Program:exit'(program: TSESTree.Program) {
        try {
          checkGlobalObjectState();
          checkProcessEnvWrites();
        } catch {
          // Half-typed code: this check never costs the file its other reports.
        }
        try {
          for (const stmt of program.body) {
            let s: Node = stmt;
            if ((s.type === 'ExportNamedDeclaration' || s.type === 'ExportDefaultDeclaration') && s.declaration) s = s.declaration;
            if (s.type === 'VariableDeclaration') {
              for (const d of s.declarations) {
                const before = found.length;
                checkDeclarator(d, s.kind);
                if (found.length === before && s.kind !== 'const') {
                  try {
                    checkRequestDataVariable(d);
                  } catch {
                    // Half-typed code: this check never costs the file its other reports.
                  }
                }
              }
            } else if (s.type === 'ClassDeclaration') {
              checkClass(s, true);
            } else if (stmt.type === 'ExportDefaultDeclaration' && stmt.declaration.type === 'NewExpression') {
              checkInstance(stmt.declaration);
            } else if (s.type === 'ExpressionStatement' && s.expression.type === 'AssignmentExpression') {
              // `module.exports = new RateLimiter()`
              checkInstance(s.expression.right);
            }
          }
          // Classes with a static singleton accessor: `static getInstance() { ... this.instance = new C() }`.
          for (const stmt of program.body) {
            const s = stmt.type === 'ExportNamedDeclaration' || stmt.type === 'ExportDefaultDeclaration' ? stmt.declaration : stmt;
            if (s?.type !== 'ClassDeclaration' || checkedClasses.has(s)) continue;
            const hasSingleton = s.body.body.some(
              (el) =>
                el.type === 'PropertyDefinition' &&
                el.static &&
                /^_?instance$/i.test(getPropertyName(el) ?? ''),
            );
            if (hasSingleton) {
              checkedClasses.add(s);
              checkClass(s, false);
            }
          }
        } catch {
          return;
        }
        const reported = new Set<Node>();
        for (const info of found) {
          if (reported.has(info.reportNode)) continue;
          reported.add(info.reportNode);
          // The only suggestion is the mechanical one: a `const x = new Map()` used through get/set/has/delete
          // becomes the Redis-backed createCache(). A limiter, a counter, an array or a class field has no
          // mechanical rewrite: adding the helper alone would leave the state and the report, so no suggestion
          // is offered (the editor's "Insert hardened snippet" action still adds the helper).
          const suggest: TSESLint.ReportSuggestionArray<MessageIds> = [];
          if (info.rewrite && !info.limiter && canCallHelper(sourceCode, info.rewrite.init, 'createCache')) {
            const rw = info.rewrite;
            const isTs = /\.[cm]?tsx?$/.test(kind.filename);
            suggest.push({
              messageId: 'useSharedCache',
              data: { name: info.name },
              fix: (fixer) => {
                const fixes = [
                  fixer.replaceText(
                    rw.init,
                    `createCache${isTs && rw.typeArg ? `<${rw.typeArg}>` : ''}('${info.name}')`,
                  ),
                ];
                for (const call of rw.calls) {
                  const needsParens = call.parent?.type === 'MemberExpression' && call.parent.object === call;
                  if (needsParens) {
                    fixes.push(fixer.insertTextBefore(call, '(await '));
                    fixes.push(fixer.insertTextAfter(call, ')'));
                  } else {
                    fixes.push(fixer.insertTextBefore(call, 'await '));
                  }
                }
                return [...fixes, ...helperFixes(context, fixer, 'no-module-state', ['createCache'])];
              },
            });
          }
          if (info.requestData && info.processEnv) {
            context.report({
              node: info.reportNode,
              messageId: 'requestDataInProcessEnv',
              data: { name: info.name, handler: info.requestData.handler, write: info.writeText, line: String(info.write.loc.start.line) },
            });
            continue;
          }
          if (info.requestData) {
            context.report({
              node: info.reportNode,
              messageId: 'requestDataInModuleVariable',
              data: { name: info.name, handler: info.requestData.handler, write: info.writeText, line: String(info.write.loc.start.line), read: info.requestData.read },
            });
            continue;
          }
          if (info.caller) {
            context.report({
              node: info.reportNode,
              messageId: 'callerDataInModuleState',
              data: { name: info.name, kind: info.kind, write: info.writeText, line: String(info.write.loc.start.line), source: info.caller },
              suggest,
            });
            continue;
          }
          context.report({
            node: info.reportNode,
            messageId: 'moduleState',
            data: {
              name: info.name,
              kind: info.kind,
              write: info.writeText,
              line: String(info.write.loc.start.line),
              fix: info.limiter ? '@upstash/ratelimit' : 'Redis with a TTL, or the database',
            },
            suggest,
          });
        }
      },
    };
  },
});
