import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import {
  createRule,
  findVariable,
  getCalleeName,
  getCalleeObject,
  getDottedName,
  getEnclosingFunction,
  getFileKind,
  getImportSource,
  getProcessEnvName,
  getPropertyName,
  getSettings,
  getStaticString,
  isIdentifier,
  canCallHelper,
  helperFixes,
  isEarlyExit,
  matchesAnyGlob,
  some,
  splitWords,
  unwrap,
  isDevTooling,
  isNonProductionTest,
} from '../utils';
import { getPublicPrefix, isHardcodedSecretFallback, isNonCredentialFallback, isPlaceholderUrl, isStandInValue, isTestLikeFile, namesKeyOrSecret, secretEnvReason } from '../utils/secret-vocab';

type Options = [
  {
    ignoreNames?: string[];
    checkPublic?: boolean;
    clientFactories?: string[];
    ignoreFiles?: string[];
  },
];
type MessageIds = 'assertion' | 'emptyFallback' | 'emptySigningKey' | 'placeholderFallback' | 'localFallback' | 'unchecked' | 'useRequireEnv' | 'useEnvModule';

/** Fallback strings that stand for "not set" and are truthy: `?? 'undefined'`, `|| 'null'`, `?? 'not-set'`. */
const PLACEHOLDER_FALLBACK = /^(?:undefined|null|none|missing|not[-_ ]?set|unset)$/i;

/** A key named for a local or test service (`OLLAMA_API_KEY`, `LOCAL_LLM_KEY`, `E2E_TEST_TOKEN`), which a stand-in may really fill. */
const LOCAL_ONLY_NAME = /(?:^|_)(?:LOCAL|DEV|TEST|TESTING|E2E|MOCK|DEMO|OLLAMA|LMSTUDIO|LM_STUDIO)(?:_|$)/;
/** Env vars that are always set by the runtime or only compared, never config. */
const ALWAYS_IGNORED = new Set(['NODE_ENV', 'NEXT_RUNTIME', 'NEXT_PHASE', 'CI', 'VERCEL', 'TZ', 'PWD', 'HOME', 'PATH']);
/** System variables the platform sets on every deployment (Vercel's `VERCEL_URL`, `VERCEL_BRANCH_URL`...). */
const PLATFORM_SYSTEM_ENV = /^VERCEL_(?:ENV|TARGET_ENV|URL|BRANCH_URL|PROJECT_PRODUCTION_URL|REGION|DEPLOYMENT_ID|PROJECT_ID|GIT_[A-Z_]+)$/;

/**
 * SDK clients whose constructor throws when the API key is missing (a clear "The X_API_KEY environment
 * variable is missing or empty" / "Missing API key"), by module: how the key is passed, and which
 * constructors (`AzureOpenAI` takes other credentials).
 */
const SELF_CHECKED_CLIENTS: Readonly<
  Record<string, { via: 'argument' | 'apiKey'; names: RegExp; options?: RegExp; statics?: RegExp; empty?: boolean; positions?: number; factory?: boolean }>
> = {
  // `empty`: the SDK tests the key's truthiness (`if (!key)`), so an empty fallback (`process.env.X || ''`)
  // throws at once too; the OpenAI-style SDKs test `=== undefined` and take `''`.
  resend: { via: 'argument', names: /^Resend$/, empty: true },
  // mux-node v7's positional form, `new Mux(tokenId, tokenSecret)`, throws "API Access Token must be provided." /
  // "API secret key must be provided" when either is undefined (the next13 LMS platform); v8 takes an options object.
  '@mux/mux-node': { via: 'argument', names: /^Mux$/, positions: 2 },
  openai: { via: 'apiKey', names: /^(?:OpenAI|default)$|^OpenAI\w*$/ },
  'groq-sdk': { via: 'apiKey', names: /^(?!Azure)/ },
  // Supermemory's Stainless client throws "The SUPERMEMORY_API_KEY environment variable is missing or empty" when
  // `apiKey` is undefined (supermemory's packages/tools middleware); like OpenAI's it takes `''`.
  supermemory: { via: 'apiKey', names: /^(?!SupermemoryError$)/ },
  'together-ai': { via: 'apiKey', names: /^(?!Azure)/ },
  '@mendable/firecrawl-js': { via: 'apiKey', names: /^(?!Azure)/ },
  // Browserbase's Stainless client throws "The BROWSERBASE_API_KEY environment variable is missing or empty" when
  // `apiKey` is undefined (open-operator's session route); like OpenAI's it tests `=== undefined` and takes `''`.
  '@browserbasehq/sdk': { via: 'apiKey', names: /^Browserbase$/ },
  // `new Exa(key)` throws "API key must be provided as an argument or as an environment variable
  // (EXA_API_KEY)"; LangChain's Together AI classes throw "TOGETHER_AI_API_KEY not found" (turboseek, pdftochat).
  'exa-js': { via: 'argument', names: /^(?!ExaError$)/, empty: true },
  // E2B's static calls (`Sandbox.create({ apiKey })`, `Sandbox.connect(id, { apiKey })`) fall back to E2B_API_KEY
  // and throw "API key is required ... set the environment variable `E2B_API_KEY`" before any request (open-lovable).
  e2b: { via: 'apiKey', names: /^Sandbox$/, statics: /^\w+$/, empty: true },
  '@e2b/code-interpreter': { via: 'apiKey', names: /^(?:Sandbox|CodeInterpreter)$/, statics: /^\w+$/, empty: true },
  '@e2b/desktop': { via: 'apiKey', names: /^Sandbox$/, statics: /^\w+$/, empty: true },
  '@langchain/community/embeddings/togetherai': { via: 'apiKey', names: /^TogetherAIEmbeddings$/ },
  // LangChain's Brave Search tool tests `if (!fields.apiKey)` and throws "Brave API key not set ... BRAVE_SEARCH_API_KEY"
  // (llm-answer-engine's express-api).
  '@langchain/community/tools/brave_search': { via: 'apiKey', names: /^BraveSearch$/, empty: true },
  // The legacy `langchain` package's OpenAI classes throw "OpenAI or Azure OpenAI API key not found" in their
  // constructor when neither key is set (`''` included: `fields.openAIApiKey ?? env` keeps it, then `if (!key)`; quill).
  'langchain/embeddings/openai': { via: 'apiKey', names: /^OpenAIEmbeddings$/, options: /^openAIApiKey$/, empty: true },
  'langchain/chat_models/openai': { via: 'apiKey', names: /^ChatOpenAI$/, options: /^openAIApiKey$/, empty: true },
  'langchain/llms/openai': { via: 'apiKey', names: /^(?:OpenAI|OpenAIChat)$/, options: /^openAIApiKey$/, empty: true },
  // `@langchain/openai`'s classes fall back to OPENAI_API_KEY; 0.x throws "OpenAI or Azure OpenAI API key or Token
  // Provider not found" in the constructor, 1.x hands the key to the OpenAI SDK, which throws "The OPENAI_API_KEY
  // environment variable is missing or empty" (chatpdf). 1.x passes `''` on like OpenAI's, so that is still reported.
  '@langchain/openai': { via: 'apiKey', names: /^(?:ChatOpenAI|OpenAIEmbeddings|OpenAI)$/, options: /^(?:apiKey|openAIApiKey)$/ },
  '@langchain/community/chat_models/togetherai': { via: 'apiKey', names: /^ChatTogetherAI$/, options: /^(?:apiKey|togetherAIApiKey)$/ },
  // Inngest reads INNGEST_EVENT_KEY / INNGEST_SIGNING_KEY itself, throws naming them when they are needed
  // (cloud mode), and runs without them in dev mode; `name` is a display label (nextcrm). An empty key falls back
  // to the variable too (`options.eventKey || env.INNGEST_EVENT_KEY || ''`).
  inngest: { via: 'apiKey', names: /^Inngest$/, options: /^(?:eventKey|signingKey|signingKeyFallback|name)$/, empty: true },
  // dwolla-v2's `new Client({ key, secret })` asserts `typeof opts.key === 'string'` ("key is required.") and the same for
  // `secret` when the module loads (banking); `''` passes that test, so an empty fallback is still reported.
  'dwolla-v2': { via: 'apiKey', names: /^Client$/, options: /^(?:key|id|secret)$/ },
  // svix's `new Webhook(secret)` throws "Secret can't be empty." for `undefined` and `''` alike (threads' Clerk webhook:
  // `new Webhook(process.env.NEXT_CLERK_WEBHOOK_SECRET || "")`): no request is verified against a blank key.
  svix: { via: 'argument', names: /^Webhook$/, empty: true },
  // `new WorkOS(key)` falls back to WORKOS_API_KEY when the key is falsy and throws NoApiKeyProvidedException, "Missing API
  // key. Pass it to the constructor ... or define it in the WORKOS_API_KEY environment variable." (WorkOS's B2B starter kit).
  '@workos-inc/node': { via: 'argument', names: /^WorkOS$/, empty: true },
  // binance-api-node's `Binance({ apiKey, apiSecret })` (a factory, called without `new`): both are optional, its public
  // market data (`prices`, `dailyStats`, `time`) needs neither, and every signed call tests them (`if (!apiKey ||
  // !apiSecret)`) and throws "You need to pass an API key and secret to make authenticated calls." (earlysignalscanner).
  'binance-api-node': { via: 'apiKey', names: /^\w+$/, options: /^(?:apiKey|apiSecret)$/, empty: true, factory: true },
};

/** The Flags SDK's provider adapters, whose `getProviderData` reports a missing option as a hint (vercel/examples' flags routes). */
const FLAGS_PROVIDER_MODULE = /^(?:@flags-sdk\/[\w-]+|@vercel\/flags\/providers\/[\w-]+)$/;

/** Calls that build an SDK / DB client or use a secret, where an undefined value fails late and obscurely. */

const CLIENT_FACTORIES = new Set([
  'createClient',
  'createServerClient',
  'createBrowserClient',
  'createPool',
  'createConnection',
  'createTransport',
  'createOpenAI',
  'createAnthropic',
  'createGoogleGenerativeAI',
  'createMistral',
  'createGroq',
  'createXai',
  'createDeepSeek',
  'createOpenRouter',
  'createAzure',
  'createVertex',
  'createAmazonBedrock',
  'createCohere',
  'createPerplexity',
  'createFireworks',
  'createTogetherAI',
  'drizzle',
  'neon',
  'postgres',
  'connect',
  'twilio',
  'Twilio',
  'Stripe',
  'stripe',
  'initStripe',
  'setApiKey',
  'initializeApp',
  'cert',
  'createHmac',
  'createCipheriv',
  'createDecipheriv',
  'Pusher',
  'Replicate',
  'Resend',
  'Redis',
  'Pool',
  'Client',
  'MongoClient',
  'PrismaClient',
  'Sequelize',
  'Knex',
  'knex',
  'Mux',
  'Ably',
]);

/** Constructors that are not SDK clients. */
const NOT_CLIENTS = new Set([
  'URL',
  'URLSearchParams',
  'Date',
  'Error',
  'TypeError',
  'RangeError',
  'Set',
  'Map',
  'WeakMap',
  'RegExp',
  'Headers',
  'Response',
  'Request',
  'NextResponse',
  'Array',
  'Number',
  'String',
  'Boolean',
  'Promise',
  'TextEncoder',
  'TextDecoder',
  'Intl',
  'Blob',
  'File',
  'FormData',
  'AbortController',
  'Event',
  'CustomEvent',
  'Function',
  'Proxy',
  'ImageResponse',
]);

/** Reads that are parsed by a schema / env library: never reported. */
const SCHEMA_CALLS = /^(?:createEnv|parse|safeParse|parseAsync|safeParseAsync|cleanEnv|validate|validateSync|envsafe)$/;
const CHECK_CALLS = /^(?:assert|invariant|require|ensure|check|validate|must|expect|guard)\w*$|^\w*(?:Assert|Invariant|Require|Ensure|Check|Validate|Guard)\w*$/;

/** `<NAME>_PUBLIC_...`: the `NEXT_PUBLIC_` / `EXPO_PUBLIC_` convention with an app's own prefix. */
const CUSTOM_PUBLIC_PREFIX = /^[A-Z][A-Z0-9]*_PUBLIC_[A-Z0-9]/;
/** `<NAME>_VERSION`: a package's version label (`WEB_VERSION`, `SDK_VERSION`), which an SDK's build inlines (`tsup --env.WEB_VERSION=1.2.3`). */
const VERSION_LABEL = /^[A-Z][A-Z0-9_]*_VERSION$/;

const DEFAULT_IGNORE_FILES = [
  '**/*.config.{js,cjs,mjs,ts,cts,mts}',
  '**/scripts/**',
  '**/script/**',
  '**/cli/**',
  '**/evals/**',
  '**/*.eval.{js,ts,mjs,mts}',
  '**/examples/**',
  '**/seed.{js,ts,mjs}',
  '**/prisma/seed*.{js,ts}',
  '**/instrumentation*.{js,ts}',
  '**/sentry.*.config.{js,ts}',
];

function isCredentialish(name: string): boolean {
  if (secretEnvReason(name)) return true;
  const words = splitWords(name);
  // `R2_PUBLIC_URL`, `PUBLIC_BASE_URL`: where public links point, not a connection setting.
  if (words.includes('public')) return false;
  return words.some((w) => ['key', 'token', 'secret', 'password', 'pass', 'user', 'username', 'url', 'uri', 'dsn', 'apikey', 'host'].includes(w));
}

export default createRule<Options, MessageIds>({
  name: 'no-unvalidated-env',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require server env vars to be validated before they reach SDK / DB clients',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      assertion:
        '`process.env.{{name}}{{op}}` only silences the type checker: when {{name}} is missing in an environment the app boots anyway and fails later, far from the cause. Validate it once at startup (a zod env schema) or read it with requireEnv(\'{{name}}\').',
      emptyFallback:
        '`process.env.{{name}} {{op}} \'\'` hides a missing {{name}} behind an empty string: {{effect}}. Fail fast at startup instead.',
      emptySigningKey:
        "`process.env.{{name}} {{op}} ''` keys {{use}} with an empty string when {{name}} is missing: anyone can compute that signature, so forged payloads pass the check. Fail fast at startup instead.",
      placeholderFallback:
        "`process.env.{{name}} {{op}} '{{value}}'` hides a missing {{name}} behind the string '{{value}}', which passes every `if (!value)` check: the client is built with it and fails later with an unrelated auth or connection error. Fail fast at startup instead.",
      localFallback:
        "`process.env.{{name}}` falls back to '{{value}}': when {{name}} is not set in production the app quietly uses this development value instead of failing at startup, and the misconfiguration shows up later as connection errors. Require the variable instead.",
      unchecked:
        '`process.env.{{name}}` reaches {{sink}} without a check: when it is missing, `undefined` is passed on and the app fails later, at the first request, with an obscure error. Validate env vars once at startup (zod schema) or use requireEnv(\'{{name}}\').',
      useRequireEnv: "Read it with requireEnv('{{name}}'), which throws a clear error when it is missing.",
      useEnvModule: 'Use `env.{{name}}` from the validated env module ({{module}}); add {{name}} to its schema.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          ignoreNames: {
            type: 'array',
            items: { type: 'string' },
            description: 'Env var names never reported (NODE_ENV and runtime-provided vars are always ignored).',
          },
          checkPublic: {
            type: 'boolean',
            description: 'Also report public vars (NEXT_PUBLIC_, VITE_, ...). Off by default: they are inlined at build time.',
          },
          clientFactories: {
            type: 'array',
            items: { type: 'string' },
            description: 'Extra function / class names that build a client from config (an env read passed to them is checked).',
          },
          ignoreFiles: {
            type: 'array',
            items: { type: 'string' },
            description: 'Globs of files not checked. Default: tool config files, scripts/, seed files, instrumentation.',
          },
        },
        additionalProperties: false,
      },
    ],
  },
  defaultOptions: [{ ignoreNames: [], checkPublic: false, clientFactories: [], ignoreFiles: DEFAULT_IGNORE_FILES }],
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const text = sourceCode.text;
    if (!text.includes('process.env') && !text.includes('import.meta.env')) return {};
    const kind = getFileKind(context);
    if (kind.isClient || kind.isTest || isTestLikeFile(kind.filename)) return {};
    if (matchesAnyGlob(kind.filename, options.ignoreFiles ?? DEFAULT_IGNORE_FILES)) return {};
    // Tooling run by hand (`bin/`, `seeds/`, a command-line script wherever it sits): its env defaults
    // are overridden by its own flags and it fails in front of the person who ran it.
    if (isDevTooling(kind, sourceCode.ast, text)) return {};
    // Client components without the directive: only public vars can be read there anyway.
    if (kind.hasClientPath && !kind.isServer && /\.[jt]sx$/.test(kind.filename)) return {};
    // A browser module without the directive (makr-ai's jotai atoms in `atoms/chat.ts`, `atom(process.env.OPENAI_API_KEY || '')`
    // beside `localStorage`): it imports a browser-only library and nothing of the server, so a server variable is always unset
    // there and failing fast would break the page. Not with `react-dom/server` (an email rendered on the server).
    if (kind.importsBrowserLibrary && !kind.isServer && !kind.hasServerPath && !kind.isEntryPoint && !kind.imports.has('react-dom/server')) return {};
    const ignore = new Set([...ALWAYS_IGNORED, ...(options.ignoreNames ?? [])]);
    const factories = new Set([...CLIENT_FACTORIES, ...(options.clientFactories ?? [])]);
    const envModule = getSettings(context).helperModules?.['no-unvalidated-env'];

    /**
     * `if (process.env.PROXY_USERNAME) { ... process.env.PROXY_PASSWORD || '' }`: a password read under a
     * check of its own username, where "no password" is a valid setting (username-only proxy auth).
     */
    function passwordUnderUsernameCheck(read: TSESTree.Node, name: string): boolean {
      const m = /^(.*?)_?(?:PASSWORD|PASS|PASSWD)$/i.exec(name);
      if (!m) return false;
      const user = new RegExp(`\\benv\\.${m[1]}_?(?:USERNAME|USER)\\b`, 'i');
      for (let cur: TSESTree.Node | undefined = read.parent; cur; cur = cur.parent) {
        if ((cur.type === 'IfStatement' || cur.type === 'ConditionalExpression') && cur.test.range[1] <= read.range[0]) {
          if (user.test(sourceCode.getText(cur.test))) return true;
        }
        if (cur.type === 'FunctionDeclaration' || cur.type === 'FunctionExpression' || cur.type === 'ArrowFunctionExpression') break;
      }
      return false;
    }

    /**
     * `if (!isProviderEnabled('anthropic')) return []` before `process.env.ANTHROPIC_API_KEY!`: an early exit
     * on a configuration check named for this variable's service (morphic's model list). The check lives in
     * another module, but the code does not run without the value.
     */
    function gatedByConfigCheck(read: TSESTree.Node, name: string): boolean {
      const words = new Set(splitWords(name));
      for (let cur: TSESTree.Node | undefined = read; cur?.parent; cur = cur.parent) {
        const block: TSESTree.Node = cur.parent;
        if (block.type !== 'BlockStatement' && block.type !== 'Program') continue;
        for (const st of block.body as TSESTree.Node[]) {
          if (st === cur) break;
          if (st.type !== 'IfStatement' || !isEarlyExit(st.consequent)) continue;
          const test = unwrap(st.test);
          const call = test.type === 'UnaryExpression' && test.operator === '!' ? unwrap(test.argument, { await: true }) : undefined;
          if (call?.type !== 'CallExpression' || !/(?:Enabled|Configured|Available)$/.test(getCalleeName(call) ?? '')) continue;
          const arg = getStaticString(call.arguments[0]);
          if (arg !== undefined && splitWords(arg).some((w) => words.has(w))) return true;
        }
        if (block.type === 'BlockStatement' && (block.parent?.type === 'FunctionDeclaration' || block.parent?.type === 'FunctionExpression' || block.parent?.type === 'ArrowFunctionExpression')) return false;
      }
      return false;
    }

    /** Env names checked somewhere in the file (`if (!process.env.X) throw`, `assert(process.env.X)`, `const x = process.env.X; if (!x)`). */
    let checkedNames: Set<string> | undefined;
    /**
     * A fallback phrase (two or more words of letters joined by `-` or `_`: `'mandatory-env-not-set'`) that the file also
     * compares with (`=== 'mandatory-env-not-set'`): a sentinel its own check looks for. A one-word value (`'development'`)
     * may be compared for another reason (`NODE_ENV === 'development'`) and does not count.
     */
    function isCheckedSentinel(value: string): boolean {
      // Also a placeholder URL the file compares with: `url !== 'https://placeholder.supabase.co'` (ci-moment's isSupabaseConfigured).
      if (!/^[A-Za-z]+(?:[-_][A-Za-z]+)+$/.test(value) && !isPlaceholderUrl(value)) return false;
      const q = `['"\`]${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"\`]`;
      return new RegExp(`[!=]==?\\s*${q}|${q}\\s*[!=]==?`).test(text);
    }

    function checked(): Set<string> {
      if (checkedNames) return checkedNames;
      checkedNames = new Set();
      const re = /(?:process|import\.meta)\.env(?:\.([A-Za-z_$][\w$]*)|\[\s*['"]([^'"]+)['"]\s*\])/g;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const name = m[1] ?? m[2];
        if (!name || checkedNames.has(name)) continue;
        const node = sourceCode.getNodeByRangeIndex(m.index);
        let read: TSESTree.Node | null = node;
        while (read && read.type !== 'MemberExpression') read = read.parent ?? null;
        // Find the full `process.env.X` member.
        while (read?.parent?.type === 'MemberExpression' && read.parent.object === read && getProcessEnvName(read) === undefined) {
          read = read.parent;
        }
        if (!read) continue;
        // `const clientId = process.env.X; if (!clientId) return ...` (or `?? ''` first) also checks X.
        const held = read.parent?.type === 'LogicalExpression' && read.parent.left === read ? read.parent : read;
        if (isInTestPosition(read) || bindingIsChecked(held)) checkedNames.add(name);
      }
      // `for (const v of REQUIRED) if (!process.env[v]) missing.push(v)`, `REQUIRED.filter((v) => !process.env[v])`:
      // a check of every name in a list of literals (firegeo's validateEnv, which then returns `process.env.X!`).
      const dynamic = /(?:process|import\.meta)\.env\s*\[\s*[A-Za-z_$][\w$]*\s*\]/g;
      for (let m = dynamic.exec(text); m; m = dynamic.exec(text)) {
        let read: TSESTree.Node | null = sourceCode.getNodeByRangeIndex(m.index);
        while (read && !(read.type === 'MemberExpression' && read.computed && read.property.type === 'Identifier')) read = read.parent ?? null;
        if (read?.type !== 'MemberExpression' || read.property.type !== 'Identifier' || !isInTestPosition(read)) continue;
        for (const name of listedNames(read.property)) checkedNames.add(name);
      }
      return checkedNames;
    }

    /** The string literals of the list an iteration variable walks: `for (const v of LIST)`, `LIST.filter((v) => ...)`. */
    function listedNames(id: TSESTree.Identifier): string[] {
      const def = findVariable(sourceCode, id)?.defs[0];
      let list: TSESTree.Node | undefined;
      if (def?.type === 'Variable' && def.node.id === def.name && def.parent?.type === 'VariableDeclaration' && def.parent.parent?.type === 'ForOfStatement' && def.parent.parent.left === def.parent) {
        list = def.parent.parent.right;
      } else if (def?.type === 'Parameter' && (def.node.type === 'ArrowFunctionExpression' || def.node.type === 'FunctionExpression') && def.node.params[0] === def.name) {
        const call = def.node.parent;
        if (call?.type === 'CallExpression' && call.arguments[0] === def.node && call.callee.type === 'MemberExpression' && /^(?:filter|forEach|some|every|find|map|flatMap)$/.test(getPropertyName(call.callee) ?? '')) list = call.callee.object;
      }
      if (!list) return [];
      list = unwrap(list);
      if (list.type === 'Identifier') {
        const listDef = findVariable(sourceCode, list)?.defs[0];
        const init = listDef?.type === 'Variable' && (listDef.node as TSESTree.VariableDeclarator).init;
        list = init ? unwrap(init) : undefined;
      }
      if (list?.type !== 'ArrayExpression') return [];
      return list.elements.flatMap((e) => {
        const v = e && e.type !== 'SpreadElement' ? getStaticString(e) : undefined;
        return v === undefined ? [] : [v];
      });
    }

    /**
     * A function written never to throw (nextcrm's `sendEmail`: its `try` logs and swallows every error)
     * whose env read sits outside that `try`. `requireEnv()` there would turn a missing variable into a
     * throw its callers never expected (a lead saved, then "Failed to create lead"): no such suggestion;
     * a startup schema (the env-module suggestion) keeps the function's contract.
     */
    function outsideSwallowingTry(read: TSESTree.Node): boolean {
      const fn = getEnclosingFunction(read);
      if (fn?.body.type !== 'BlockStatement') return false;
      for (const st of fn.body.body) {
        if (st.type !== 'TryStatement' || !st.handler) continue;
        if (st.block.range[0] <= read.range[0] && read.range[1] <= st.block.range[1]) return false;
        if (!some(st.handler.body, (n) => n.type === 'ThrowStatement', { skipFunctions: true })) return true;
      }
      return false;
    }

    /**
     * What an empty-string fallback keys, when it is the key of an HMAC (`createHmac('sha256', secret)`) or of a JWT
     * check (`jwt.verify(token, secret)`, jose's `new TextEncoder().encode(secret)` key), read directly or through a
     * const: with an empty key anyone can sign.
     */
    function signingUse(value: TSESTree.Node): string | undefined {
      const uses: TSESTree.Node[] = [value];
      const holder = value.parent;
      if (holder?.type === 'VariableDeclarator' && holder.init === value && holder.id.type === 'Identifier') {
        for (const ref of findVariable(sourceCode, holder.id)?.references ?? []) if (!ref.init) uses.push(ref.identifier);
      }
      for (const u of uses) {
        const call = u.parent;
        // `stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET || '')` (quill): stripe-node
        // computes the expected HMAC with whatever secret it is given, '' included.
        if (call?.type === 'CallExpression' && call.arguments[2] === u && /^constructEvent(?:Async)?$/.test(getCalleeName(call) ?? '') && /\bwebhooks$/.test(sourceCode.getText(getCalleeObject(call) ?? call))) return 'the Stripe webhook signature';
        // jose's HS256 key: `const secret = new TextEncoder().encode(process.env.JWT_SECRET || '')`, handed to
        // `new SignJWT(...).sign(secret)` / `jwtVerify(token, secret)`, which accept an empty key.
        if (call?.type === 'CallExpression' && call.arguments[0] === u && getCalleeName(call) === 'encode' && kind.imports.has('jose')) {
          const encoder = getCalleeObject(call);
          if (encoder?.type === 'NewExpression' && encoder.callee.type === 'Identifier' && encoder.callee.name === 'TextEncoder') return 'JWT signatures';
        }
        if (call?.type !== 'CallExpression' || call.arguments[1] !== u) continue;
        const name = getCalleeName(call) ?? '';
        if (name === 'createHmac') return 'the HMAC';
        const object = getCalleeObject(call);
        if ((name === 'verify' || name === 'sign') && object?.type === 'Identifier' && /^(?:jwt|jsonwebtoken)$/i.test(object.name)) return 'JWT signatures';
      }
      return undefined;
    }

    /**
     * Inside the branch of a test that holds only outside production, `if (process.env.NODE_ENV === 'test' && ...)` (a
     * test-only service client): that code never runs where a missing variable would go unnoticed.
     */
    function inNonProductionBranch(node: TSESTree.Node): boolean {
      for (let child: TSESTree.Node = node, p = node.parent; p; child = p, p = p.parent) {
        if ((p.type === 'IfStatement' || p.type === 'ConditionalExpression') && p.consequent === child && isNonProductionTest(p.test, false)) return true;
        if (p.type === 'FunctionDeclaration' || p.type === 'FunctionExpression' || p.type === 'ArrowFunctionExpression') return false;
      }
      return false;
    }

    /** A Pulumi / AWS CDK / CDKTF / SST program: it declares cloud resources and runs at deploy time, not in the app. */
    function isInfraProgram(): boolean {
      for (const source of kind.imports) if (/^(?:@pulumi\/|aws-cdk-lib(?:\/|$)|cdktf(?:\/|$)|@cdktf\/|sst(?:\/|$))/.test(source)) return true;
      return false;
    }

    /**
     * `console.warn(\`key: ${process.env.OPENAI_API_KEY || 'not-set'}\`)`, `logger.info({ key: process.env.X ?? 'missing' })`:
     * the placeholder only fills a log line's text, no client is built with it.
     */
    function onlyLogged(fallback: TSESTree.Node): boolean {
      let cur: TSESTree.Node = fallback;
      for (let depth = 0; depth < 6; depth++) {
        const p: TSESTree.Node | undefined = cur.parent;
        if (!p) return false;
        if (p.type === 'CallExpression') {
          if (!p.arguments.includes(cur as TSESTree.CallExpressionArgument)) return false;
          const object = getCalleeObject(p);
          return object?.type === 'Identifier' && /^(?:console|logger|log|Logger)$/.test(object.name);
        }
        if (!(p.type === 'TemplateLiteral' || (p.type === 'BinaryExpression' && p.operator === '+') || p.type === 'ObjectExpression' || (p.type === 'Property' && p.value === cur) || p.type === 'ArrayExpression')) return false;
        cur = p;
      }
      return false;
    }

    function report(read: TSESTree.MemberExpression, replaced: TSESTree.Node | TSESTree.Range, name: string, messageId: MessageIds, data: Record<string, string>) {
      const range: TSESTree.Range = Array.isArray(replaced) ? replaced : (replaced as TSESTree.Node).range;
      if (inNonProductionBranch(read)) return;
      const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
      // A `requireEnv` / `env` the file declares itself is not the snippet's: the rewrite would reach it.
      if (!outsideSwallowingTry(read) && canCallHelper(sourceCode, read, 'requireEnv')) {
        suggest.push({
          messageId: 'useRequireEnv',
          data: { name },
          fix: (fixer) => [
            fixer.replaceTextRange(range, `requireEnv('${name}')`),
            ...helperFixes(context, fixer, 'no-unvalidated-env.require-env', ['requireEnv']),
          ],
        });
      }
      if (envModule && canCallHelper(sourceCode, read, 'env')) {
        suggest.push({
          messageId: 'useEnvModule',
          data: { name, module: envModule },
          fix: (fixer) => [fixer.replaceTextRange(range, `env.${name}`), ...helperFixes(context, fixer, 'no-unvalidated-env', ['env'])],
        });
      }
      context.report({ node: read, messageId, data: { name, ...data }, suggest });
    }

    return {
      'MemberExpression[object.type="MemberExpression"][object.property.name="env"]'(node: TSESTree.MemberExpression) {
        const name = getProcessEnvName(node);
        if (!name || ignore.has(name) || name.startsWith('npm_') || PLATFORM_SYSTEM_ENV.test(name)) return;
        if (!options.checkPublic && getPublicPrefix(name)) return;
        // A bundler's own public prefix (`EMBED_PUBLIC_VERSION`: cal.com's embed script, built by Vite with
        // `define`) in a module with no server sign: public build-time config, like `NEXT_PUBLIC_`.
        if (!options.checkPublic && CUSTOM_PUBLIC_PREFIX.test(name) && !kind.isServer && !kind.hasServerPath) return;
        // A version label in a module with no server sign (openpanel's SDKs: `sdkVersion: process.env.WEB_VERSION!`,
        // inlined by the publish build's `tsup --env.WEB_VERSION=...`): no runtime setting, and nothing fails without it.
        if (VERSION_LABEL.test(name) && !kind.isServer && !kind.hasServerPath) return;
        if (insideSchemaCall(node)) return;

        // The expression the read is wrapped in: `process.env.X!`, `process.env.X as string`, `?? ''`.
        let outer: TSESTree.Node = node;
        let assertionOp: string | undefined;
        for (;;) {
          const p: TSESTree.Node | undefined = outer.parent;
          if (p?.type === 'TSNonNullExpression') {
            assertionOp = '!';
            outer = p;
          } else if (p?.type === 'TSAsExpression' && p.expression === outer) {
            if (p.typeAnnotation.type === 'TSStringKeyword') assertionOp = ' as string';
            outer = p;
          } else break;
        }
        const parent = outer.parent;

        // The fallback this read is the left side of: `process.env.X || 'value'`, or, for the last read of a chain of env reads,
        // the chain's own fallback: `process.env.A || process.env.B || 'dummy'` is `process.env.B || 'dummy'` once A is unset (the
        // earlier reads fall back to the next read, not to a constant). no-hardcoded-secret judges a chain by its last read too.
        const link = fallbackOf(outer);

        // `new FirecrawlApp({ apiUrl: process.env.FIRECRAWL_BASE_URL })`: an SDK's base-URL option falls back
        // to the provider's own URL when unset (deep-research's self-hosting switch). Not to a placeholder host:
        // `baseURL: process.env.AZURE_OPENAI_ENDPOINT || 'https://your-resource.openai.azure.com'` replaces that default with a
        // server nobody runs (openlit's Azure provider).
        const baseUrl = isBaseUrlOption(link ?? outer);
        const linkValue = link ? getStaticString(unwrap(link.right)) : undefined;
        if (baseUrl && !(linkValue !== undefined && isPlaceholderUrl(linkValue))) return;

        if (link) {
          const parent = link;
          const value = linkValue;
          if (value === undefined) return; // `?? process.env.OTHER`, `?? 3000`, `|| defaultUrl()`
          // The replaced text: the read and its fallback; in a chain only the last link (`process.env.A || requireEnv('B')`).
          const replaced: TSESTree.Range = link.left === outer ? link.range : [outer.range[0], link.range[1]];
          // `process.env.NEXT_PUBLIC_SUPABASE_URL || process.env.SUPABASE_URL || ''` (earlysignalscanner's lib/env.ts): a chain that
          // also reads a public variable is public config, as the last read alone would be if it came last.
          if (link.left !== outer && !options.checkPublic && chainEnvNames(link.left).some((n) => getPublicPrefix(n))) return;
          if (checked().has(name)) return;
          // A hard-coded secret fallback (`process.env.JWT_SECRET || 'dev-secret'`, also `?? 'undefined'`) is
          // no-hardcoded-secret's `defaultSecret`: one finding per gap, not one from each rule.
          if (isHardcodedSecretFallback(parent, name, value)) return;
          // `process.env.TOGETHER_API_KEY ?? 'undefined'`: a placeholder that is truthy, so no later check catches it.
          if (PLACEHOLDER_FALLBACK.test(value)) {
            if ((isCredentialish(name) || reachesSink(parent) !== undefined) && !onlyLogged(parent)) report(node, replaced, name, 'placeholderFallback', { op: parent.operator, value });
            return;
          }
          if (value === '') {
            if (passwordUnderUsernameCheck(parent, name)) return;
            // `new Exa(process.env.EXA_API_KEY || '')`: the SDK treats '' as missing and throws naming the variable.
            if (isSelfCheckedKey(parent, true)) return;
            // `const base = process.env.X || ''; if (!base) return [];`: an optional setting, checked before use.
            if (bindingIsChecked(parent) || transformedBindingIsChecked(parent)) return;
            // `(process.env.BLOCKED_URLS ?? '').split(',')`: a list whose empty default means "none".
            const user = parent.parent;
            if (user?.type === 'MemberExpression' && user.object === parent && getPropertyName(user) === 'split') return;
            if (isCredentialish(name) || reachesSink(parent) !== undefined) {
              const use = signingUse(parent);
              if (use) report(node, replaced, name, 'emptySigningKey', { op: parent.operator, use });
              else {
                // Into a client: it is built with the blank; elsewhere (a preview link's `previewSecret` parameter, Payload's
                // templates) the blank travels on, and no client is involved.
                const effect = reachesSink(parent) !== undefined
                  ? 'the client is built with a blank value and fails later with an unrelated auth or connection error'
                  : 'every use gets a blank value and fails later, far from the cause';
                report(node, replaced, name, 'emptyFallback', { op: parent.operator, effect });
              }
            }
          } else {
            const reason = secretEnvReason(name);
            // `REDIS_URL ?? 'redis://localhost:6379'` holds no secret: the gap is the silent dev default.
            // `process.env.LOCAL_REDIS_URL || 'redis://localhost:6379'`: a variable named for a local service defaults
            // to the local host its name promises (morphic's optional search cache), not a development stand-in.
            const namedLocal = /(?:^|_)LOCAL(?:_|$)/.test(name) && /^[a-z][a-z0-9+.-]*:\/\/(?:localhost|127\.0\.0\.1|\[::1\]|0\.0\.0\.0)(?::\d+)?(?:\/|$)/i.test(value);
            // `process.env.DATABASE_URL || 'mandatory-env-not-set'` with `if (value === 'mandatory-env-not-set') missing.push(key)`
            // in the same file: a marker for "missing" that the file tests (auto_rfp's validateEnv), not a development value.
            if (isCheckedSentinel(value)) return;
            if (reason && isNonCredentialFallback(value, reason)) {
              if (!namedLocal) report(node, replaced, name, 'localFallback', { value: value.length > 60 ? `${value.slice(0, 57)}...` : value });
              return;
            }
            // `new OpenAI({ apiKey: process.env.OPENAI_API_KEY || 'dummy-key-for-build' })`, `'sk_test_placeholder'`, `'your-api-key'`:
            // a stand-in for a key the app sends (no-hardcoded-secret leaves it: it forges nothing) builds the client,
            // and every request fails at the provider with a 401. Not for a name that says the key is a local or test
            // one (`OLLAMA_API_KEY || 'dummy'`: a local model server takes any key), nor for a log line's text, nor in an
            // infrastructure program (Pulumi, CDK), where `'placeholder-change-me'` seeds a secret resource the operator
            // fills in later (latitude's `infra/lib/secrets.ts`), run by hand at deploy time.
            if (isStandInValue(value) && !LOCAL_ONLY_NAME.test(name) && (namesKeyOrSecret(name) || reachesSink(parent) !== undefined) && !onlyLogged(parent) && !isInfraProgram()) {
              report(node, replaced, name, 'placeholderFallback', { op: parent.operator, value });
            } else if (isPlaceholderUrl(value) && !LOCAL_ONLY_NAME.test(name) && (baseUrl || reachesSink(parent) !== undefined) && !onlyLogged(parent) && !isInfraProgram()) {
              // `createOpenAI({ baseURL: process.env.AZURE_OPENAI_ENDPOINT || 'https://your-resource.openai.azure.com' })`,
              // `createClient(process.env.SUPABASE_URL || 'https://placeholder.supabase.co', key)`: the client is built against a
              // host nobody runs, and every request fails with a DNS or connection error instead of a missing variable.
              report(node, replaced, name, 'placeholderFallback', { op: parent.operator, value });
            }
          }
          return;
        }

        // `new Resend(process.env.RESEND_API_KEY!)`, `new OpenAI({ apiKey: process.env.OPENAI_API_KEY })`:
        // these constructors throw "Missing API key" themselves, at construction (midday's Resend clients).
        if (isSelfCheckedKey(outer)) return;

        if (assertionOp) {
          // `(process.env.STRIPE_SECRET_KEY as string)?.indexOf('_live_')`: the optional access right after it allows a
          // missing value itself (jitsu's Stripe table pick), so the cast silences nothing.
          if (parent?.type === 'MemberExpression' && parent.object === outer && parent.optional) return;
          if (checked().has(name)) return;
          if (bindingIsChecked(outer)) return;
          if (gatedByConfigCheck(node, name)) return;
          report(node, outer, name, 'assertion', { op: assertionOp });
          return;
        }

        // Bare reads: only credentials and connection settings (a missing optional tuning value is fine).
        if (!isCredentialish(name)) return;
        const sink = reachesSink(node);
        if (sink && !checked().has(name) && !bindingIsChecked(node)) {
          report(node, node, name, 'unchecked', { sink });
        }
      },
    };

    /**
     * The `||` / `??` expression whose literal (or other) right side is the fallback of the read `outer`: its own
     * (`process.env.X || 'v'`), or the chain's when `outer` is the last of a chain of env reads (`process.env.A || process.env.B || 'v'`).
     */
    function fallbackOf(outer: TSESTree.Node): TSESTree.LogicalExpression | undefined {
      const parent = outer.parent;
      if (parent?.type !== 'LogicalExpression' || (parent.operator !== '??' && parent.operator !== '||')) return undefined;
      if (parent.left === outer) return parent;
      const up = parent.parent;
      if (up?.type === 'LogicalExpression' && up.left === parent && (up.operator === '??' || up.operator === '||') && isEnvChain(parent.left)) return up;
      return undefined;
    }

    /** The variable names a chain of env reads reads: `process.env.A || process.env.B` → A, B. */
    function chainEnvNames(expr: TSESTree.Node): string[] {
      const e = unwrap(expr);
      if (e.type === 'LogicalExpression') return [...chainEnvNames(e.left), ...chainEnvNames(e.right)];
      const name = getProcessEnvName(e);
      return name ? [name] : [];
    }

    /** `process.env.A`, `process.env.A || process.env.B`: env reads only. */
    function isEnvChain(expr: TSESTree.Node): boolean {
      const e = unwrap(expr);
      if (e.type === 'LogicalExpression') return (e.operator === '??' || e.operator === '||') && isEnvChain(e.left) && isEnvChain(e.right);
      return e.type === 'MemberExpression' && getProcessEnvName(e) !== undefined;
    }

    /** Whether `expr` is the value of a client's base-URL option (`baseURL`, `apiUrl`...) in a call's options object. */
    function isBaseUrlOption(expr: TSESTree.Node): boolean {
      const p = expr.parent;
      if (p?.type !== 'Property' || p.value !== expr) return false;
      const option = getPropertyName(p) ?? '';
      // LangChain's `new ChatOpenAI({ configuration: { baseURL } })`: the OpenAI client's options, one level down.
      const outer = p.parent.parent;
      const call = outer?.type === 'Property' && getPropertyName(outer) === 'configuration' && outer.value === p.parent ? outer.parent.parent : outer;
      const args = call === outer ? p.parent : outer?.parent;
      if (!((call?.type === 'NewExpression' || call?.type === 'CallExpression') && call.arguments.includes(args as TSESTree.ObjectExpression))) return false;
      if (/^(?:baseURL|baseUrl|apiUrl|apiURL|apiBaseUrl|apiBaseURL|baseUri)$/.test(option)) return true;
      // posthog-node's `host` is its base URL: unset, it sends to PostHog cloud (`new PostHog(key, { host })`).
      // A database or SMTP `host` is not: unset, it is localhost.
      if (option === 'host') return call.callee.type === 'Identifier' && getImportSource(sourceCode, call.callee) === 'posthog-node';
      // An AWS SDK v3 client's `endpoint` with an empty default (`new S3Client({ endpoint: process.env.S3_ENDPOINT ?? '' })`,
      // kan's storage, set only for MinIO / R2): the SDK takes `''` as no custom endpoint (`isCustomEndpoint = !!endpoint`) and
      // uses AWS's own, so the default is an optional setting, not a hidden gap. Asserted (`as string`), it is still reported.
      return (
        option === 'endpoint' &&
        expr.type === 'LogicalExpression' &&
        getStaticString(unwrap(expr.right)) === '' &&
        call.callee.type === 'Identifier' &&
        /^@aws-sdk\/client-/.test(getImportSource(sourceCode, call.callee) ?? '')
      );
    }

    /**
     * Whether `expr` is the API key of an SDK client whose constructor throws when the key is missing:
     * `new Resend(key)` ("Missing API key"), `new OpenAI({ apiKey })` ("The OPENAI_API_KEY environment
     * variable is missing"). The failure is immediate and names the variable, which is what a check adds.
     */
    function isSelfCheckedKey(expr: TSESTree.Node, empty = false, depth = 0): boolean {
      // Through a const used only as such a key: `const eventKey = process.env.INNGEST_EVENT_KEY ?? ''; new Inngest({ id, eventKey })`
      // (prisma-examples' pulse/inngest-router).
      let top = expr;
      while (top.parent && (top.parent.type === 'TSAsExpression' || top.parent.type === 'TSNonNullExpression' || top.parent.type === 'TSSatisfiesExpression')) top = top.parent;
      const decl = top.parent;
      if (depth === 0 && decl?.type === 'VariableDeclarator' && decl.init === top && decl.id.type === 'Identifier' && (decl.parent as TSESTree.VariableDeclaration).kind === 'const') {
        const reads = findVariable(sourceCode, decl.id)?.references.filter((r) => !r.init) ?? [];
        return reads.length > 0 && reads.every((r) => r.isRead() && !r.isWrite() && isSelfCheckedKey(r.identifier, empty, 1));
      }
      let arg: TSESTree.Node = expr;
      let option: string | undefined;
      const p = unwrapParent(expr);
      if (p?.type === 'Property' && p.parent.type === 'ObjectExpression') {
        arg = p.parent;
        option = getPropertyName(p) ?? '';
      }
      const ctor = arg.parent;
      // A Flags SDK provider's data call (`getProviderData({ token })` from `@flags-sdk/hypertune`, `getSplitData({
      // adminApiKey })` from `@vercel/flags/providers/split`): each required option it is given is tested (`if
      // (!options.token)`) and a missing one comes back as a hint the Flags Explorer shows ("Missing Hypertune token").
      if (
        ctor?.type === 'CallExpression' &&
        option !== undefined &&
        ctor.arguments[0] === arg &&
        ctor.callee.type === 'Identifier' &&
        /^get\w*Data$/.test(ctor.callee.name) &&
        FLAGS_PROVIDER_MODULE.test(getImportSource(sourceCode, ctor.callee) ?? '')
      ) {
        return true;
      }
      // A static call of the SDK's class, the options in any position: `Sandbox.connect(id, { apiKey })` (E2B).
      if (ctor?.type === 'CallExpression' && option !== undefined && ctor.arguments.includes(arg as TSESTree.CallExpressionArgument)) {
        const callee = ctor.callee;
        // A factory the SDK exports, its options first: `Binance({ apiKey, apiSecret })` (binance-api-node).
        if (callee.type === 'Identifier') {
          const self = SELF_CHECKED_CLIENTS[getImportSource(sourceCode, callee) ?? ''];
          return !!self?.factory && ctor.arguments[0] === arg && (!empty || !!self.empty) && self.names.test(callee.name) && (self.options ?? /^apiKey$/).test(option);
        }
        if (callee.type !== 'MemberExpression' || callee.object.type !== 'Identifier') return false;
        const self = SELF_CHECKED_CLIENTS[getImportSource(sourceCode, callee.object) ?? ''];
        return (
          !!self?.statics &&
          (!empty || !!self.empty) &&
          self.names.test(callee.object.name) &&
          self.statics.test(getPropertyName(callee) ?? '') &&
          (self.options ?? /^apiKey$/).test(option)
        );
      }
      if (ctor?.type !== 'NewExpression' || ctor.callee.type !== 'Identifier') return false;
      const position = ctor.arguments.indexOf(arg as TSESTree.CallExpressionArgument);
      const source = getImportSource(sourceCode, ctor.callee);
      const self = SELF_CHECKED_CLIENTS[source ?? ''];
      if (self === undefined || position < 0 || position >= (option === undefined ? (self.positions ?? 1) : 1)) return false;
      if (!self.names.test(ctor.callee.name) || (empty && !self.empty)) return false;
      return option === undefined ? self.via === 'argument' : self.via === 'apiKey' && (self.options ?? /^apiKey$/).test(option);
    }

    /** The property an env read is the value of, through `as T` / `!` (`name: process.env.X as string`). */
    function unwrapParent(expr: TSESTree.Node): TSESTree.Node | undefined {
      let cur: TSESTree.Node = expr;
      while (cur.parent && (cur.parent.type === 'TSAsExpression' || cur.parent.type === 'TSNonNullExpression' || cur.parent.type === 'TSSatisfiesExpression')) cur = cur.parent;
      const p = cur.parent;
      return p?.type === 'Property' && p.value === cur ? p : undefined;
    }

    /** Whether the value lands in a client factory call (directly, in its options, or through a const binding). */
    function reachesSink(read: TSESTree.Node): string | undefined {
      // `\`${process.env.DATABASE_URL}\``: a template of the read alone is the read (an unset one becomes "undefined").
      const expr = read.parent && isBareTemplate(read.parent, read) ? read.parent : read;
      const direct = sinkOf(expr);
      if (direct) return direct;
      const parent = expr.parent;
      if (parent?.type === 'VariableDeclarator' && parent.init === expr && parent.id.type === 'Identifier') {
        const variable = findVariable(sourceCode, parent.id);
        for (const ref of variable?.references ?? []) {
          if (ref.init || !ref.isRead()) continue;
          // `const LLM_BASE_URL = process.env.LLM_BASE_URL; new OpenAI({ baseURL: LLM_BASE_URL })`: an optional setting, as read in place.
          if (isBaseUrlOption(ref.identifier)) continue;
          const s = sinkOf(ref.identifier);
          if (s) return s;
        }
      }
      return undefined;
    }

    function isBareTemplate(t: TSESTree.Node, inner: TSESTree.Node): boolean {
      return t.type === 'TemplateLiteral' && t.expressions.length === 1 && t.expressions[0] === inner && t.quasis.every((q) => q.value.cooked === '');
    }

    /** The client call a value is an argument of (or nested in the options object of). */
    function sinkOf(expr: TSESTree.Node): string | undefined {
      let cur: TSESTree.Node = expr;
      /** The option the value is given as, when it is a property of the call's options object: `{ url: ... }`. */
      let option: string | undefined;
      let objects = 0;
      for (let depth = 0; depth < 6; depth++) {
        const p: TSESTree.Node | undefined = cur.parent;
        if (!p) return undefined;
        if (p.type === 'TSNonNullExpression' || p.type === 'TSAsExpression' || p.type === 'ChainExpression') {
          cur = p;
          continue;
        }
        if (p.type === 'Property' && p.value === cur && p.parent?.type === 'ObjectExpression') {
          option = ++objects === 1 ? getPropertyName(p) : undefined;
          cur = p.parent;
          continue;
        }
        if (p.type === 'ArrayExpression') {
          cur = p;
          objects++;
          option = undefined;
          continue;
        }
        if ((p.type === 'CallExpression' || p.type === 'NewExpression') && p.arguments.includes(cur as TSESTree.CallExpressionArgument)) {
          if (p.type === 'NewExpression' && option !== undefined && p.arguments[0] === cur && constructorTestsOption(p, option)) return undefined;
          return clientName(p);
        }
        return undefined;
      }
      return undefined;
    }

    /**
     * `new ClickHouse({ url: process.env.CLICKHOUSE_URL })` where `ClickHouse` is a class of this file whose
     * constructor tests the option (`if (config.url) ... else this.querier = new Noop()`): a missing value is a
     * state the class handles (unkey's optional analytics client), not an `undefined` passed on blindly.
     */
    function constructorTestsOption(call: TSESTree.NewExpression, option: string): boolean {
      if (call.callee.type !== 'Identifier') return false;
      const def = findVariable(sourceCode, call.callee)?.defs[0];
      const cls = def?.type === 'ClassName' ? (def.node as TSESTree.ClassDeclaration) : undefined;
      const ctor = cls?.body.body.find((m): m is TSESTree.MethodDefinition => m.type === 'MethodDefinition' && m.kind === 'constructor');
      let param: TSESTree.Node | undefined = ctor?.value.params[0];
      if (param?.type === 'TSParameterProperty') param = param.parameter;
      if (param?.type === 'AssignmentPattern') param = param.left;
      if (param?.type === 'Identifier') {
        // `constructor(config) { if (config.url) ... }`
        const variable = findVariable(sourceCode, param);
        return !!variable?.references.some((ref) => {
          const member = ref.identifier.parent;
          return member?.type === 'MemberExpression' && member.object === ref.identifier && getPropertyName(member) === option && isInTestPosition(member);
        });
      }
      if (param?.type === 'ObjectPattern') {
        // `constructor({ url }) { if (!url) ... }`
        const prop = param.properties.find((p): p is TSESTree.Property => p.type === 'Property' && getPropertyName(p) === option);
        let binding: TSESTree.Node | undefined = prop?.value;
        if (binding?.type === 'AssignmentPattern') binding = binding.left;
        if (binding?.type !== 'Identifier') return false;
        const variable = findVariable(sourceCode, binding);
        return !!variable?.references.some((ref) => !ref.init && isInTestPosition(ref.identifier));
      }
      return false;
    }

    function clientName(call: TSESTree.CallExpression | TSESTree.NewExpression): string | undefined {
      const callee = unwrap(call.callee);
      // require('stripe')(process.env.STRIPE_SECRET_KEY)
      if (callee.type === 'CallExpression' && getCalleeName(callee) === 'require') return `require(${sourceCode.getText(callee.arguments[0] ?? callee)})(...)`;
      const name = getCalleeName(call);
      if (!name) return undefined;
      const dotted = getDottedName(callee) ?? name;
      if (call.type === 'NewExpression') {
        if (NOT_CLIENTS.has(name) || dotted.startsWith('Intl.')) return undefined;
        return `new ${dotted}()`;
      }
      if (factories.has(name)) return `${dotted}()`;
      // jsonwebtoken: jwt.sign(payload, process.env.JWT_SECRET) throws "secretOrPrivateKey must have a value".
      if ((name === 'sign' || name === 'verify' || name === 'decode') && /^(?:jwt|jsonwebtoken|jose)$/.test(dotted.split('.')[0] ?? '')) {
        return `${dotted}()`;
      }
      // new TextEncoder().encode(process.env.JWT_SECRET): an empty key for jose.
      if (name === 'encode' && callee.type === 'MemberExpression' && unwrap(callee.object).type === 'NewExpression') {
        return 'TextEncoder.encode() (the signing key)';
      }
      return undefined;
    }

    /**
     * `const baseUrl = (process.env.URL ?? '').replace(/\/$/, ''); baseUrl ? ... : '/relative'`: an empty string stays
     * empty through a replace / trim, so a check of the result checks this read (this read only: the other reads
     * of the variable in the file are not covered by it).
     */
    function transformedBindingIsChecked(expr: TSESTree.Node): boolean {
      let at = expr;
      for (let hop = 0; hop < 4; hop++) {
        const parent = at.parent;
        // `String(process.env.X || '')`: still empty.
        if (parent?.type === 'CallExpression' && parent.arguments.length === 1 && parent.arguments[0] === at && isIdentifier(parent.callee, 'String')) {
          at = parent;
          continue;
        }
        // `String(process.env.X || '').trim() || String(config.token || '').trim()`: an empty value falls back to
        // another source that is not a constant, so a check of the result checks that neither is set.
        if (parent?.type === 'LogicalExpression' && parent.left === at && (parent.operator === '||' || parent.operator === '??') && getStaticString(unwrap(parent.right)) === undefined && unwrap(parent.right).type !== 'Literal') {
          at = parent;
          continue;
        }
        const member = parent;
        const call = member?.parent;
        if (member?.type !== 'MemberExpression' || member.object !== at || call?.type !== 'CallExpression' || call.callee !== member) break;
        if (!/^(?:replace|replaceAll|trim|trimEnd|trimStart|toLowerCase|toUpperCase)$/.test(getPropertyName(member) ?? '')) break;
        at = call;
      }
      return at !== expr && bindingIsChecked(at);
    }

    /** `const key = process.env.X!; if (!key) throw ...`: the binding is checked. */
    function bindingIsChecked(expr: TSESTree.Node): boolean {
      const parent = expr.parent;
      // `function getAuthSecret() { return process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET ?? '' }` beside
      // `function hasAuthSecret() { return Boolean(getAuthSecret()) }`: the file tests what the function returns
      // (ahurasense-task's auth-env, whose middleware skips the token check while no secret is configured).
      if ((parent?.type === 'ReturnStatement' && parent.argument === expr) || (parent?.type === 'ArrowFunctionExpression' && parent.body === expr)) {
        const fn = parent.type === 'ReturnStatement' ? getEnclosingFunction(parent) : parent;
        const id = fn?.type === 'FunctionDeclaration' ? fn.id : fn?.parent?.type === 'VariableDeclarator' && fn.parent.init === fn ? fn.parent.id : undefined;
        if (id?.type !== 'Identifier') return false;
        return !!findVariable(sourceCode, id)?.references.some((ref) => {
          const call = ref.identifier.parent;
          return call?.type === 'CallExpression' && call.callee === ref.identifier && call.arguments.length === 0 && isInTestPosition(call);
        });
      }
      // `const args = { url: process.env.X ?? '' }; ... if (!args.url) throw ...`: the property is checked. So is
      // the option of a client built from it that keeps it under the same name: `const configuration = new
      // Configuration({ apiKey: process.env.OPENAI_API_KEY }); ... if (!configuration.apiKey) return 500` (openai v3).
      if (parent?.type === 'Property' && parent.value === expr && !parent.computed && parent.parent.type === 'ObjectExpression') {
        let init: TSESTree.Node = parent.parent;
        if (init.parent?.type === 'NewExpression' && init.parent.arguments.length === 1 && init.parent.arguments[0] === init) init = init.parent;
        const holder = init.parent;
        const key = getPropertyName(parent);
        if (holder?.type !== 'VariableDeclarator' || holder.init !== init || holder.id.type !== 'Identifier' || !key) return false;
        const variable = findVariable(sourceCode, holder.id);
        return !!variable?.references.some((ref) => {
          const member = ref.identifier.parent;
          return member?.type === 'MemberExpression' && member.object === ref.identifier && getPropertyName(member) === key && isInTestPosition(member);
        });
      }
      // `this.secretAccessKey = process.env.R2_SECRET_ACCESS_KEY ?? ''` in a constructor, then
      // `if (!this.accessKeyId || !this.secretAccessKey) throw ...` in the same class (guiademilhas' R2Storage).
      if (parent?.type === 'AssignmentExpression' && parent.operator === '=' && parent.right === expr && parent.left.type === 'MemberExpression' && parent.left.object.type === 'ThisExpression' && !parent.left.computed) {
        const key = getPropertyName(parent.left);
        let cls: TSESTree.Node | undefined = parent;
        while (cls && cls.type !== 'ClassBody') cls = cls.parent;
        return !!key && !!cls && some(cls, (n) => n !== parent.left && n.type === 'MemberExpression' && n.object.type === 'ThisExpression' && !n.computed && getPropertyName(n) === key && isInTestPosition(n));
      }
      if (parent?.type !== 'VariableDeclarator' || parent.init !== expr || parent.id.type !== 'Identifier') return false;
      const variable = findVariable(sourceCode, parent.id);
      return !!variable?.references.some((ref) => !ref.init && ref.isRead() && (isInTestPosition(ref.identifier) || pickedKeyIsChecked(ref.identifier)));
    }

    /**
     * `const apiKey = multiApiKeyPolling(OPENAI_API_KEY); if (apiKey) ... else return 500`: the value handed to a
     * function whose result, a key again by its name, is tested (deep-research's middleware picks one of a
     * comma-separated list of keys and answers "The server does not have an API key" when there is none).
     */
    function pickedKeyIsChecked(id: TSESTree.Identifier | TSESTree.JSXIdentifier): boolean {
      if (id.type !== 'Identifier') return false;
      const call = id.parent;
      if (call?.type !== 'CallExpression' || call.callee === id || !call.arguments.includes(id)) return false;
      const top = call.parent?.type === 'AwaitExpression' ? call.parent : call;
      const decl = top.parent;
      if (decl?.type !== 'VariableDeclarator' || decl.init !== top || decl.id.type !== 'Identifier' || !/(?:key|token|secret|password)s?$/i.test(decl.id.name)) return false;
      const picked = findVariable(sourceCode, decl.id);
      return !!picked?.references.some((ref) => !ref.init && ref.isRead() && isInTestPosition(ref.identifier));
    }
  },
});

/** Whether a read sits in a condition or a check call: `if (!x)`, `x ? a : b`, `!x || ...`, `assert(x)`, `x === undefined`. */
function isInTestPosition(node: TSESTree.Node): boolean {
  let cur: TSESTree.Node = node;
  for (let depth = 0; depth < 8; depth++) {
    const p: TSESTree.Node | undefined = cur.parent;
    if (!p) return false;
    switch (p.type) {
      case 'IfStatement':
      case 'ConditionalExpression':
      case 'WhileStatement':
      case 'DoWhileStatement':
        return p.test === cur;
      // `switch (environment) { case 'sandbox': ...; default: throw ... }`: compared case by case, like `=== 'sandbox'`
      // (banking's Dwolla environment).
      case 'SwitchStatement':
        return p.discriminant === cur && p.cases.some((c) => c.test !== null);
      case 'UnaryExpression':
        // `!process.env.X`, `!!process.env.X`, `typeof process.env.X`: the code looks at whether it is set.
        return p.operator === '!' || p.operator === 'typeof';
      case 'BinaryExpression':
        if (!['===', '!==', '==', '!='].includes(p.operator)) return false;
        break;
      case 'LogicalExpression':
        // `x || throwMissing()`, `x ?? fail('X')`: a fallback that throws is a check.
        if (p.left === cur && p.right.type === 'CallExpression' && CHECK_CALLS.test(getCalleeName(p.right) ?? '')) return true;
        // `header === \`Bearer ${SECRET}\` && SECRET`, `SECRET && verify(SECRET)`: the code looks at whether it is set.
        if (p.operator === '&&') return true;
        break;
      case 'MemberExpression':
        if (p.object !== cur) return false;
        break;
      case 'ChainExpression':
      case 'TSNonNullExpression':
      case 'TSAsExpression':
        break;
      case 'CallExpression':
        // `Boolean(x)`: whether it is set, like `!!x`.
        if (p.arguments.includes(cur as TSESTree.CallExpressionArgument)) return CHECK_CALLS.test(getCalleeName(p) ?? '') || (isIdentifier(p.callee, 'Boolean') && p.arguments.length === 1);
        if (p.callee !== cur) return false;
        break;
      default:
        return false;
    }
    cur = p;
  }
  return false;
}

/** Whether a read is inside an env schema / env library call: createEnv({ runtimeEnv }), schema.parse({...}), cleanEnv(). */
function insideSchemaCall(node: TSESTree.Node): boolean {
  let cur: TSESTree.Node | undefined = node.parent;
  for (let depth = 0; cur && depth < 12; depth++) {
    if (cur.type === 'CallExpression') {
      const name = getCalleeName(cur) ?? '';
      if (SCHEMA_CALLS.test(name) && cur.arguments.some((a) => a.range[0] <= node.range[0] && a.range[1] >= node.range[1])) return true;
    }
    if (cur.type === 'FunctionDeclaration' || cur.type === 'FunctionExpression' || cur.type === 'ArrowFunctionExpression' || cur.type === 'Program') {
      return false;
    }
    cur = cur.parent;
  }
  return false;
}
