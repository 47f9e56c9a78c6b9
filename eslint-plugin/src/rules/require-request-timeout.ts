import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import {
  createRule,
  findVariable,
  getCalleeName,
  getDottedName,
  getFileKind,
  getFactoryCall,
  getImportedName,
  getImportSource,
  getPropertyName,
  getRootIdentifier,
  getStaticString,
  canCallHelper,
  helperFixes,
  isFunction,
  getHandlers,
  getEnclosingFunction,
  getFunctionName,
  type FunctionNode,
  matchesAnyGlob,
  unwrap,
  isCliScript,
  isRunOnceModule,
  isSeedFile,
  resolveLocalFunction,
  getConstInit,
  getProcessEnvName,
  returnedValues,
  splitWords,
} from '../utils';
import { isDesktopAppModule } from '../utils/project';
import { isTestLikeFile } from '../utils/secret-vocab';
import { isSecretEnvName } from '../utils/compare-vocab';
import { objectHasKey, resolveObjectArg } from '../utils/timeout-vocab';

type Options = [{ ignoreFiles?: string[]; checkAiSdk?: boolean; fetchFunctions?: string[]; timeoutWrappers?: string[] }];
type MessageIds =
  | 'fetchNoTimeout'
  | 'streamedNoTimeout'
  | 'axiosNoTimeout'
  | 'sdkClientNoTimeout'
  | 'geminiModelNoTimeout'
  | 'aiCallNoSignal'
  | 'unusedController'
  | 'proxyNoTimeout'
  | 'addSignal'
  | 'addTimeout'
  | 'useFetchWithTimeout'
  | 'useHeadersTimeout';

const FETCH_MODULES = /^(?:node-fetch|undici|cross-fetch|isomorphic-fetch|@whatwg-node\/fetch)$/;
const FETCH_BOUND = new Set(['signal', 'timeout']);
const AXIOS_BOUND = new Set(['timeout', 'signal', 'cancelToken']);
const GOT_BOUND = new Set(['timeout', 'signal']);
const AI_BOUND = new Set(['abortSignal', 'timeout']);
const SDK_BOUND = new Set(['timeout']);
const REQ_OPTS_BOUND = new Set(['timeout', 'signal']);
/** http-proxy's bounds: `proxyTimeout` (the upstream request) and `timeout` (the incoming socket). */
const PROXY_BOUND = new Set(['proxyTimeout', 'timeout']);
/**
 * AI SDK calls that take `abortSignal`, by the name the `ai` package exports (also the long, paid media calls:
 * `experimental_transcribe`, `experimental_generateSpeech`, `experimental_generateImage`, usually imported under a
 * shorter name, `experimental_transcribe as transcribe`).
 */
const AI_CALLS = new Set([
  'generateText',
  'streamText',
  'generateObject',
  'streamObject',
  'experimental_transcribe',
  'transcribe',
  'experimental_generateSpeech',
  'generateSpeech',
  'experimental_generateImage',
  'generateImage',
]);
/** React hooks whose callbacks run only in the browser: effects, event handlers, data fetching (not `useMemo` or `useSuspenseQuery`, which run while rendering on the server too). */
const BROWSER_HOOK = /^(?:use(?:Layout|Insertion)?Effect|useCallback|useQuery|useQueries|useInfiniteQuery|useMutation|useSWR|useSWRMutation|useSWRInfinite)$/;
const AXIOS_CONFIG_AT: Record<string, number> = {
  get: 1,
  delete: 1,
  head: 1,
  options: 1,
  post: 2,
  put: 2,
  patch: 2,
  postForm: 2,
  putForm: 2,
  patchForm: 2,
  request: 0,
};
const SDK_CLIENTS: Record<string, RegExp> = {
  openai: /^(?:OpenAI|AzureOpenAI|default)$/,
  '@anthropic-ai/sdk': /^(?:Anthropic|default)$/,
};
/** A read of the page the script runs in: its URL, title, referrer, cookies, viewport or storage. */
const UNGUARDED_PAGE_READ = /\b(?:window\s*\.\s*(?:location|innerWidth|innerHeight|screen|history)|document\s*\.\s*(?:title|referrer|cookie|location|body|querySelector\w*|getElementById)|localStorage\s*\.\s*(?:getItem|setItem))\b/;

/** Whether the code (its tokens, not strings or templates) reads the page: `window.location`, `document.title`, `localStorage.getItem`. */
function readsPageInCode(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const tokens = sourceCode.ast.tokens;
  // A binding of the file named so (`const document = await getDocumentById(id)`: ai-chatbot's AI tool) is no page.
  const scopes = sourceCode.scopeManager?.scopes ?? [];
  const declared = (name: string): boolean => scopes.some((sc) => sc.type !== 'global' && sc.set.has(name));
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type !== 'Identifier' || !/^(?:window|document|localStorage)$/.test(t.value) || tokens[i + 1]!.value !== '.') continue;
    const prev = tokens[i - 1];
    if (prev && prev.value === '.') continue;
    if (UNGUARDED_PAGE_READ.test(`${t.value}.${tokens[i + 2]!.value}`) && !declared(t.value)) return true;
  }
  return false;
}

/**
 * A module that reads a server secret (`process.env.N8N_API_KEY`, t3-env's `env.STRIPE_SECRET_KEY`) runs on
 * the server: browser bundles only get `NEXT_PUBLIC_*` values (onlook's `utils/n8n/webhook.ts`).
 */
function readsServerSecret(text: string): boolean {
  const re = /\benv\.([A-Z][A-Z0-9_]*)\b/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (isSecretEnvName(m[1]!)) return true;
  return false;
}

/** Dev tooling that never runs in production: scripts, CLIs, eval harnesses, usage examples, Turborepo code generators. */
const DEFAULT_IGNORE = ['**/scripts/**', 'scripts/**', '**/cli/**', 'tools/**', '**/evals/**', '**/*.eval.{js,ts,mjs,mts}', '**/examples/**', '**/turbo/generators/**'];
/** Statements that run their body more than once. */
const LOOP = new Set<string>(['ForStatement', 'ForInStatement', 'ForOfStatement', 'WhileStatement', 'DoWhileStatement']);
/** The hardened snippet's fetch wrapper (snippets/require-request-timeout.ts). */
const FETCH_HELPER = 'fetchWithTimeout';
/** Its variant for responses streamed on: a deadline on the headers only. */
const HEADERS_HELPER = 'fetchWithHeadersTimeout';

/** A root-relative path: `/api/x`, not a protocol-relative `//host/x`. */
const ROOT_RELATIVE = /^\/(?!\/)/;
/**
 * Env vars that name the app's own deployment (`NEXT_PUBLIC_APP_URL`, `SITE_URL`, next-auth's `NEXTAUTH_URL`, Vercel's
 * `VERCEL_URL`); not `BASE_URL` / `API_URL`, which as often name a separate backend.
 */
const OWN_ORIGIN_ENV = /^(?:NEXT_PUBLIC_)?(?:APP|SITE|WEBSITE|NEXTAUTH|AUTH|VERCEL|VERCEL_PROJECT_PRODUCTION|VERCEL_BRANCH)_URL$/;
/** Request headers that carry the app's own host (`${proto}://${headers().get('host')}`). */
const HOST_HEADER = /^(?:host|x-forwarded-host)$/i;
/** A global `fetch` of a root-relative path, literal or through a path helper (`fetch(formatPath('/api/x'))`); not `$fetch` / `x.fetch`. */
const RELATIVE_FETCH = /(?<![\w$.])fetch\s*\(\s*(?:['"`]\/(?!\/)|\w*Path\s*\(\s*['"`]\/(?!\/))/;

export default createRule<Options, MessageIds>({
  name: 'require-request-timeout',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a time bound on outbound HTTP and AI SDK calls in server code',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      fetchNoTimeout:
        'fetch to {{target}} has no time bound: a slow or hung upstream keeps it waiting with no end (a request stays open until the platform kills the function; a background job never finishes). Pass `signal: AbortSignal.timeout(ms)`.',
      streamedNoTimeout:
        'fetch to {{target}} has no time bound: a slow or hung upstream keeps it waiting with no end (a request stays open until the platform kills the function; a background job never finishes). Bound the wait for the response headers (fetchWithHeadersTimeout): a deadline on the whole request would cut the body this handler streams on.',
      axiosNoTimeout:
        '{{client}} call without `timeout` or `signal`: axios and got never time out by default, so a hung upstream holds the request open. Set `timeout` (or create the instance with `{ timeout }`).',
      sdkClientNoTimeout:
        '{{client}} client constructed without `timeout`: the SDK default is 10 minutes per attempt (with retries), far beyond any serverless limit. Set `timeout` (ms) on the client.',
      geminiModelNoTimeout:
        '{{call}}() without request options: @google/generative-ai sets no time bound on its requests, so a hung call waits until Node gives up on the response headers (5 minutes) or the platform kills the function. Pass `{ timeout: ms }` as its second argument.',
      aiCallNoSignal:
        '{{call}}() without `abortSignal`: the model call keeps running (and billing) when the client leaves or the function times out. Pass `abortSignal` (request.signal or AbortSignal.timeout(ms)).',
      unusedController:
        'This AbortController\'s signal is never passed to anything, so aborting it cancels nothing: the "timeout" is a no-op. Pass `{{name}}.signal` to the request (or use AbortSignal.timeout(ms)).',
      proxyNoTimeout:
        'http-proxy server created without `proxyTimeout`: http-proxy sets no time bound on the upstream request, so a hung backend holds every proxied request open until the platform kills the function. Set `proxyTimeout` (ms) on the proxy (or on each `web()` call).',
      addSignal: 'Add `{{text}}` to the request options (bounds how long the call may take).',
      addTimeout: 'Add `{{text}}` to the options (bounds how long the call may take).',
      useFetchWithTimeout:
        'Call `{{helper}}` instead of `{{call}}` (the hardened snippet: aborts after a default time bound and keeps a signal the options pass).',
      useHeadersTimeout:
        'Call `{{helper}}` instead of `{{call}}` (the hardened snippet: bounds the wait for the response headers only, so the body this handler streams on is not cut mid-transfer).',
    },
    schema: [
      {
        type: 'object',
        properties: {
          ignoreFiles: {
            type: 'array',
            items: { type: 'string' },
            description: 'Globs of files not to check (default: scripts folders).',
          },
          checkAiSdk: {
            type: 'boolean',
            description: 'Report Vercel AI SDK generateText/streamText/generateObject/streamObject (and transcribe/generateSpeech/generateImage) calls without abortSignal (default true).',
          },
          fetchFunctions: {
            type: 'array',
            items: { type: 'string' },
            description: 'Extra names of fetch-compatible functions (url, init) to check.',
          },
          timeoutWrappers: {
            type: 'array',
            items: { type: 'string' },
            description: "Names of the app's own functions that bound the call they wrap (`withSignals(() => fetch(...))`), for wrappers imported from another module.",
          },
        },
        additionalProperties: false,
      },
    ],
  },
  defaultOptions: [{ ignoreFiles: DEFAULT_IGNORE, checkAiSdk: true, fetchFunctions: [], timeoutWrappers: [] }],
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const text = sourceCode.text;
    const kind = getFileKind(context);
    // Tests, test setup (`e2e_tests/`, vitest global setup) and benchmarks poll local services.
    if (kind.isClient || kind.isTest || isTestLikeFile(kind.filename) || /(?:^|\/)benchmarks?\//.test(kind.filename)) return {};
    // A `providers/` or `components/` module runs in the browser, unless it reads a server secret: browser
    // bundles get no such value (midday's OAuth client `packages/inbox/src/providers/outlook.ts`).
    // A secret read does not make a module that imports a browser library (jotai, SWR...) server code: the
    // bundler inlines what it reads (AFFiNE's `use-captcha.tsx`).
    if (kind.hasClientPath && !kind.isServer && !kind.isEntryPoint && (kind.importsBrowserLibrary || !readsServerSecret(text))) return {};
    if (!/fetch|axios|got|OpenAI|Anthropic|Text|Object|AbortController|\$fetch|getGenerativeModel|experimental_|transcribe|generate(?:Image|Speech)|createProxy/.test(text)) return {};
    // A command-line script wherever it sits (tooling folders are the `ignoreFiles` default).
    if (!kind.isEntryPoint && isCliScript(sourceCode.ast, text)) return {};
    // A desktop app's code (an Electron main process and the packages only it imports): no function bills or times out
    // while a call waits, as for a file that imports electron.
    if (!kind.isEntryPoint && isDesktopAppModule(context.physicalFilename)) return {};
    // A database seed module, run by hand (`db:seed`).
    if (isSeedFile(kind)) return {};
    // A build-time config (`next.config.ts`, Vercel's `vercel.ts` from `@vercel/config`, which may fetch a CMS's
    // redirects): it runs in the build, where no request or function waits on it.
    if (/(?:^|\/)(?:next\.config|vercel)\.[cm]?[jt]s$/.test(kind.filename)) return {};
    // A value import of a model call from the AI SDK marks server code (API keys never reach the browser);
    // `import type` does not, nor do root-level dev scripts (generate-commit-msg.js).
    const aiImports =
      kind.filename.includes('/') &&
      sourceCode.ast.body.some(
        (s) =>
          s.type === 'ImportDeclaration' &&
          s.source.value === 'ai' &&
          s.importKind !== 'type' &&
          s.specifiers.some(
            (sp) => sp.type === 'ImportSpecifier' && sp.importKind !== 'type' && sp.imported.type === 'Identifier' && AI_CALLS.has(sp.imported.name),
          ),
      );
    // A module that fetches the app's own API by a root-relative path (`fetch('/api/files')`,
    // `fetch(formatPath('/api/files'))`) runs in the browser: Node's fetch rejects relative URLs.
    if (!kind.isEntryPoint && !kind.hasServerPath && RELATIVE_FETCH.test(text)) return {};
    // A module that reads the page (`window.location`, `document.title`, `localStorage.getItem`) with no `typeof window`
    // guard runs only in the browser, even under a `server/` folder: in Node the read throws (rybbit's tracking script
    // `server/src/analytics-script/tracking.ts`, bundled by esbuild for the browser). Guarded reads are isomorphic code.
    // Read in code, not in the text of an HTML page the server sends (`<script>window.location.href = ...</script>`).
    if (!kind.isServer && UNGUARDED_PAGE_READ.test(text) && !/\btypeof\s+(?:window|document|localStorage)\b/.test(text) && !readsServerSecret(text) && readsPageInCode(sourceCode)) return {};
    const server = kind.isServer || kind.isEntryPoint || (kind.hasServerPath && !kind.hasClientPath) || aiImports || readsServerSecret(text);
    if (!server) return {};
    if (matchesAnyGlob(kind.filename, options.ignoreFiles ?? DEFAULT_IGNORE)) return {};
    const fetchNames = new Set(['fetch', ...(options.fetchFunctions ?? [])]);

    const timeoutWrappers = new Set(options.timeoutWrappers ?? []);

    /**
     * A wrapper that bounds the call it is given: named for it (`withTimeout`, `withDeadline`), listed in
     * `timeoutWrappers`, or a function of this file that races its work against a timer or aborts it on one.
     */
    function isTimeoutWrapper(call: TSESTree.CallExpression): boolean {
      const name = getCalleeName(call) ?? '';
      if (/timeout|deadline/i.test(getDottedName(call.callee) ?? name) || timeoutWrappers.has(name)) return true;
      if (call.callee.type !== 'Identifier') return false;
      const fn = resolveLocalFunction(sourceCode, call.callee);
      if (!fn) return false;
      const body = sourceCode.getText(fn.body);
      return /\bsetTimeout\s*\(/.test(body) ? /\bPromise\.race\s*\(|\.abort\s*\(/.test(body) : /\bAbortSignal\.timeout\s*\(/.test(body);
    }

    /** Whether the call is raced against a timer or wrapped in a timeout helper (left to no-unsafe-promise-race). */
    function isTimeBoundByWrapper(node: TSESTree.Node): boolean {
      let cur: TSESTree.Node | undefined = node.parent;
      for (let i = 0; cur && i < 8; i++) {
        if (isFunction(cur)) {
          // withTimeout((signal) => fetch(...)) / pRetry(() => ..., { timeout })
          const call = cur.parent;
          return call?.type === 'CallExpression' && call.arguments.includes(cur as TSESTree.CallExpressionArgument) && isTimeoutWrapper(call);
        }
        if (cur.type === 'CallExpression') {
          if (getDottedName(cur.callee) === 'Promise.race' || isTimeoutWrapper(cur)) return true;
        }
        // `const req = fetch(url, ...)` raced further down: `await Promise.race([req, timeoutPromise])` (vercel/examples' botd middleware).
        if (cur.type === 'VariableDeclarator' && cur.id.type === 'Identifier' && isRacedLater(cur.id)) return true;
        cur = cur.parent;
      }
      return false;
    }

    /**
     * Whether the call runs in a callback of a React hook that runs only in the browser: an effect, an event
     * handler's `useCallback`, a data hook's `queryFn` / `mutationFn` (`useQuery({ queryFn: () => axios.get(...) })`).
     * A Pages Router page (dittofeed's `settings.page.tsx`) imports the database for its `getServerSideProps`,
     * which makes the module server code, but its components' requests are the browser's.
     */
    function inBrowserHookCallback(node: TSESTree.Node): boolean {
      for (let cur = node.parent; cur; cur = cur.parent) {
        if (!isFunction(cur)) continue;
        const arg = cur.parent?.type === 'Property' && cur.parent.value === cur ? cur.parent.parent : cur;
        const call = arg?.parent;
        if (call?.type === 'CallExpression' && call.arguments.includes(arg as TSESTree.CallExpressionArgument) && BROWSER_HOOK.test(getCalleeName(call) ?? '')) return true;
      }
      return false;
    }

    /** Whether a `const` holding a pending call is an element of a `Promise.race([...])` of its scope. */
    function isRacedLater(id: TSESTree.Identifier): boolean {
      return (findVariable(sourceCode, id)?.references ?? []).some((ref) => {
        const arr = ref.identifier.parent;
        const call = arr?.parent;
        return !ref.init && arr?.type === 'ArrayExpression' && call?.type === 'CallExpression' && call.arguments[0] === arr && getDottedName(call.callee) === 'Promise.race';
      });
    }

    function isImportMetaUrl(n: TSESTree.Node | undefined): boolean {
      const u = n && n.type !== 'SpreadElement' ? unwrap(n) : undefined;
      return u?.type === 'MemberExpression' && u.object.type === 'MetaProperty' && u.object.meta.name === 'import' && getPropertyName(u) === 'url';
    }

    /** The text a path argument starts with: a string's, or a template's first part (`` `/tenants/${id}` `` → `/tenants/`). */
    function rootRelativeHead(arg: TSESTree.Node | undefined): string | undefined {
      if (!arg || arg.type === 'SpreadElement') return undefined;
      const u = unwrap(arg);
      return u.type === 'TemplateLiteral' ? u.quasis[0]?.value.cooked ?? undefined : getStaticString(u);
    }

    /**
     * Whether a URL is a root-relative path (`/api/files`), which only a browser can fetch (Node's fetch rejects
     * relative URLs): a string or template starting with one; a path helper over one (`formatPath('/api/files')`,
     * `apiV1Path(`/tenants/${id}`)`); a template starting with any of these (`${apiV1Path('/search')}?${q}`); a
     * `const` holding one (`const CHAT_ROUTE = apiV1Path('/chat')`); a function of this file returning one
     * (`const planPath = (id) => apiV1Path(`/billing/${id}/plan`)`); a conditional between two.
     */
    function isRootRelativePath(node: TSESTree.Node | undefined, depth = 0): boolean {
      if (!node || node.type === 'SpreadElement' || depth > 4) return false;
      const u = unwrap(node);
      if (u.type === 'TemplateLiteral') {
        const head = u.quasis[0]?.value.cooked ?? '';
        return head === '' ? isRootRelativePath(u.expressions[0], depth + 1) : ROOT_RELATIVE.test(head);
      }
      const s = getStaticString(u);
      if (s !== undefined) return ROOT_RELATIVE.test(s);
      if (u.type === 'ConditionalExpression') return isRootRelativePath(u.consequent, depth + 1) && isRootRelativePath(u.alternate, depth + 1);
      if (u.type === 'Identifier') return isRootRelativePath(getConstInit(sourceCode, u), depth + 1);
      if (u.type !== 'CallExpression') return false;
      if (/Path$/.test(getCalleeName(u) ?? '') && ROOT_RELATIVE.test(rootRelativeHead(u.arguments[0]) ?? '')) return true;
      const fn = u.callee.type === 'Identifier' ? resolveLocalFunction(sourceCode, u.callee) : undefined;
      const returned = fn ? returnedValues(fn) : [];
      return returned.length > 0 && returned.every((r) => isRootRelativePath(r ?? undefined, depth + 1));
    }

    /**
     * Whether a value is the app's own origin: an env var named for the app's deployment (`process.env.NEXT_PUBLIC_APP_URL`,
     * `env.NEXTAUTH_URL`), the request's origin (`request.nextUrl.origin`, `new URL(req.url).origin`), a template of
     * the request's host header (`` `${proto}://${h.get('host')}` ``), through a const, and defaulted to another such
     * value or a literal (`process.env.NEXTAUTH_URL || 'https://app.example.com'`, the app's production address).
     */
    function isOwnOrigin(node: TSESTree.Node | undefined, depth = 0): boolean {
      if (!node || node.type === 'SpreadElement' || depth > 8) return false;
      const u = unwrap(node);
      if (u.type === 'Identifier') {
        // `const { pathname, origin } = req.nextUrl`: the destructured origin of the request's URL.
        const key = destructuredKey(u);
        if (key !== undefined) {
          const from = getConstInit(sourceCode, u);
          if (key === 'origin' || key === 'host') return isRequestUrl(from);
          // `const { NEXT_PUBLIC_APP_URL } = process.env`
          return OWN_ORIGIN_ENV.test(key) && !!from && /^(?:process\.env|\w*[eE]nv)$/.test(getDottedName(unwrap(from)) ?? '');
        }
        return isOwnOrigin(getConstInit(sourceCode, u), depth + 1);
      }
      if (u.type === 'LogicalExpression') {
        return isOwnOrigin(u.left, depth + 1) && (getStaticString(u.right) !== undefined || isOwnOrigin(u.right, depth + 1));
      }
      if (u.type === 'ConditionalExpression') return isOwnOrigin(u.consequent, depth + 1) && isOwnOrigin(u.alternate, depth + 1);
      if (u.type === 'TemplateLiteral') {
        // `https://${process.env.VERCEL_URL}` / `${proto}://${host}`: a scheme, then the own host.
        const head = u.quasis[0]?.value.cooked ?? '';
        const hostAt = /^https?:\/\/$/i.test(head) ? 0 : head === '' && /^:\/\/$/.test(u.quasis[1]?.value.cooked ?? '') ? 1 : -1;
        return hostAt >= 0 && isOwnOrigin(u.expressions[hostAt], depth + 1);
      }
      if (u.type === 'CallExpression') {
        // `(() => { try { return new URL(req.url).origin } catch { return process.env.NEXT_PUBLIC_APP_URL || 'http://localhost:3000' } })()`:
        // an inline function whose every return is the own origin or a literal (create-agentic-app's diagnostics route).
        if (isFunction(u.callee) && u.arguments.length === 0) {
          const returned = returnedValues(u.callee);
          return returned.some((r) => r && isOwnOrigin(r, depth + 1)) && returned.every((r) => !!r && (getStaticString(r) !== undefined || isOwnOrigin(r, depth + 1)));
        }
        // `h.get('host')` on `const h = await headers()`, `request.headers.get('x-forwarded-host')`, with or without a default;
        // not another map's `host` (`config.get('host')`).
        return u.callee.type === 'MemberExpression' && getPropertyName(u.callee) === 'get' && HOST_HEADER.test(getStaticString(u.arguments[0]) ?? '') && isRequestHeaders(u.callee.object);
      }
      if (u.type !== 'MemberExpression') return false;
      const prop = getPropertyName(u);
      if (prop === 'origin' || prop === 'host') return isRequestUrl(u.object);
      const envName = getProcessEnvName(u) ?? (prop && /(?:^|\.)\w*[eE]nv$/.test(getDottedName(u.object) ?? '') ? prop : undefined);
      return !!envName && OWN_ORIGIN_ENV.test(envName);
    }

    /** The request's URL: `request.nextUrl`, `new URL(request.url)`, or a const holding that URL. */
    function isRequestUrl(node: TSESTree.Node | undefined): boolean {
      if (!node) return false;
      const obj = unwrap(node);
      if (obj.type === 'MemberExpression' && getPropertyName(obj) === 'nextUrl') return true;
      const url = obj.type === 'Identifier' && destructuredKey(obj) === undefined ? getConstInit(sourceCode, obj) : obj;
      if (url?.type === 'NewExpression' && getCalleeName(url) === 'URL' && url.arguments.length === 1) {
        const a = url.arguments[0];
        return a?.type === 'MemberExpression' && getPropertyName(a) === 'url';
      }
      return false;
    }

    /** The key a `const` binding destructures (`origin` for `const { pathname, origin } = req.nextUrl`), or undefined when it is not destructured from an object. */
    function destructuredKey(id: TSESTree.Identifier): string | undefined {
      const def = findVariable(sourceCode, id)?.defs[0];
      const prop = def?.type === 'Variable' ? def.name.parent : undefined;
      if (prop?.type !== 'Property' || prop.value !== def?.name || prop.parent?.type !== 'ObjectPattern' || prop.parent !== (def.node as TSESTree.VariableDeclarator).id) return undefined;
      return getPropertyName(prop) ?? '';
    }

    /** The request's headers: `request.headers`, `headers()` / `await headers()` from `next/headers`, or a const holding them. */
    function isRequestHeaders(node: TSESTree.Node, depth = 0): boolean {
      const u = unwrap(node, { await: true });
      if (u.type === 'MemberExpression') return getPropertyName(u) === 'headers';
      if (u.type === 'CallExpression') return u.callee.type === 'Identifier' && u.callee.name === 'headers' && u.arguments.length === 0;
      if (u.type === 'Identifier' && depth < 3) {
        const init = getConstInit(sourceCode, u);
        return !!init && isRequestHeaders(init, depth + 1);
      }
      return false;
    }

    /**
     * Whether a URL points at the app itself: its own origin, or a template / concatenation that starts with it
     * (`` `${process.env.NEXT_PUBLIC_APP_URL}/api/jobs` ``, `process.env.SITE_URL + '/api/cron'`). The app's own route
     * runs as its own function and is cut at its own `maxDuration`, so the call has that bound; the upstream calls
     * inside that route are where a timeout belongs, and are checked there.
     */
    function isOwnAppUrl(node: TSESTree.Node, depth = 0): boolean {
      if (depth > 4) return false;
      const u = unwrap(node);
      if (u.type === 'TemplateLiteral') {
        const head = u.quasis[0]?.value.cooked ?? '';
        if (head === '' && u.expressions.length > 0 && isOwnOrigin(u.expressions[0], depth + 1)) return true;
        return isOwnOrigin(u, depth + 1);
      }
      if (u.type === 'BinaryExpression' && u.operator === '+') return isOwnAppUrl(u.left, depth + 1);
      if (u.type === 'Identifier') {
        const init = getConstInit(sourceCode, u);
        return !!init && isOwnAppUrl(init, depth + 1);
      }
      if (u.type === 'NewExpression' && getCalleeName(u) === 'URL') {
        // `new URL(`${APP_URL}/api/stats`)`; `new URL('/api/revalidate', process.env.NEXT_PUBLIC_SITE_URL)`, a path
        // against the own origin.
        const [first, base] = u.arguments;
        if (!first || u.arguments.length > 2) return false;
        return base ? ROOT_RELATIVE.test(getStaticString(first) ?? '') && isOwnOrigin(base, depth + 1) : isOwnAppUrl(first, depth + 1);
      }
      return isOwnOrigin(u, depth + 1);
    }

    /** The fetch target's description, or undefined for relative URLs / Request objects / the app's own routes. */
    function fetchTarget(arg: TSESTree.Node | undefined): string | undefined {
      if (!arg || arg.type === 'SpreadElement') return undefined;
      const u = unwrap(arg);
      if (isOwnAppUrl(u)) return undefined;
      const s = getStaticString(u);
      if (s !== undefined) return /^https?:\/\//i.test(s) ? s.replace(/^(https?:\/\/[^/?#]*).*$/i, '$1') : undefined;
      if (isRootRelativePath(u)) return undefined;
      if (u.type === 'TemplateLiteral') {
        const head = u.quasis[0]?.value.cooked ?? '';
        if (head.startsWith('/') || head.startsWith('.')) return undefined;
        if (/^https?:\/\//i.test(head)) return head.replace(/^(https?:\/\/[^/?#$]*).*$/i, '$1');
        return 'a variable URL';
      }
      if (u.type === 'NewExpression' && getCalleeName(u) === 'Request') return undefined;
      // `new URL('../fonts/Inter.ttf', import.meta.url)`: a file bundled with the code (Next's OG image
      // fonts), read from the deployment, not the network.
      if (u.type === 'NewExpression' && getCalleeName(u) === 'URL' && isImportMetaUrl(u.arguments[1])) {
        const rel = getStaticString(u.arguments[0]);
        if (rel !== undefined && !/^[a-z][\w+.-]*:/i.test(rel)) return undefined;
      }
      if (u.type === 'Identifier') {
        if (/^(?:req|request|input)$/i.test(u.name)) return undefined;
        return absoluteHost(u) ?? `\`${u.name}\``;
      }
      if (u.type === 'Literal') return undefined;
      return absoluteHost(u) ?? 'a variable URL';
    }

    /**
     * The origin of a URL object or string built from an absolute literal: `new URL('https://maps.googleapis.com/...')`,
     * also through a const and `.toString()` / `.href` (`const url = new URL(...); fetch(url.toString())`, delivery-sub's
     * Maps calls): the message can name the host.
     */
    function absoluteHost(node: TSESTree.Node, depth = 0): string | undefined {
      if (depth > 3) return undefined;
      const u = unwrap(node);
      if (u.type === 'CallExpression' && u.arguments.length === 0 && u.callee.type === 'MemberExpression' && getPropertyName(u.callee) === 'toString') return absoluteHost(u.callee.object, depth + 1);
      if (u.type === 'MemberExpression' && getPropertyName(u) === 'href') return absoluteHost(u.object, depth + 1);
      if (u.type === 'Identifier') {
        const init = getConstInit(sourceCode, u);
        return init ? absoluteHost(init, depth + 1) : undefined;
      }
      const s = u.type === 'NewExpression' && getCalleeName(u) === 'URL' && u.arguments.length === 1 ? getStaticString(u.arguments[0]!) : depth > 0 ? getStaticString(u) : undefined;
      return s !== undefined && /^https?:\/\/[^/?#]+/i.test(s) ? s.replace(/^(https?:\/\/[^/?#]*).*$/i, '$1') : undefined;
    }

    /** Adds `prop` to an options object literal: after its last property, or as its only one. */
    function appendProperty(fixer: TSESLint.RuleFixer, obj: TSESTree.ObjectExpression, prop: string): TSESLint.RuleFix {
      const last = obj.properties[obj.properties.length - 1];
      return last ? fixer.insertTextAfter(last, `, ${prop}`) : fixer.replaceText(obj, `{ ${prop} }`);
    }

    function propertyFix(
      fixer: TSESLint.RuleFixer,
      call: TSESTree.CallExpression,
      index: number,
      prop: string,
      fillers: string[] = [],
    ): TSESLint.RuleFix | null {
      const args = call.arguments;
      const opts = args[index];
      if (opts) {
        const u = unwrap(opts);
        if (u.type !== 'ObjectExpression') return null;
        return appendProperty(fixer, u, prop);
      }
      const lastArg = args[args.length - 1];
      if (!lastArg || args.length > index) return null;
      const missing = fillers.slice(args.length, index);
      if (missing.length !== index - args.length) return null;
      return fixer.insertTextAfter(lastArg, `, ${[...missing, `{ ${prop} }`].join(', ')}`);
    }

    /**
     * An Open Graph image route (`new ImageResponse(...)` from next/og or @vercel/og) fetching a font or
     * image file: the static asset Vercel's OG examples load from the app's own CDN, not an API that can
     * hang on a slow dependency (midday's `api/og/route.tsx`).
     */
    const rendersImage =
      text.includes('ImageResponse') &&
      sourceCode.ast.body.some(
        (st) =>
          st.type === 'ImportDeclaration' &&
          /^(?:next\/og|@vercel\/og|next\/server)$/.test(st.source.value) &&
          st.specifiers.some((sp) => sp.local.name === 'ImageResponse'),
      );
    function isStaticAsset(arg: TSESTree.Node | undefined, call: TSESTree.CallExpression): boolean {
      if (!arg || arg.type === 'SpreadElement') return false;
      let u = unwrap(arg);
      if (u.type === 'Identifier') u = getConstInit(sourceCode, u) ?? u;
      // `new URL(`${process.env.NEXT_PUBLIC_APP_URL}/icon.svg`)`: the same address, wrapped (Zero's og-api).
      const href = u.type === 'NewExpression' && getCalleeName(u) === 'URL' ? u.arguments[0] : undefined;
      if (href && href.type !== 'SpreadElement') u = unwrap(href);
      const url = getStaticString(u) ?? (u.type === 'TemplateLiteral' ? u.quasis[u.quasis.length - 1]?.value.cooked : undefined);
      if (url !== undefined && url !== null && /\.(?:ttf|otf|woff2?|png|jpe?g|gif|webp|avif|svg)(?:[?#].*)?$/i.test(url)) return true;
      // Google Fonts' CSS API and font host (`https://fonts.googleapis.com/css2?family=...&text=...`).
      const head = getStaticString(u) ?? (u.type === 'TemplateLiteral' ? u.quasis[0]?.value.cooked : undefined);
      if (head && /^https:\/\/fonts\.(?:googleapis|gstatic)\.com\//i.test(head)) return true;
      // Vercel's OG docs `loadGoogleFont(font, text)`: fetch the CSS, then the font file its `src: url(...)` names.
      const fn = getEnclosingFunction(call);
      const name = fn ? getFunctionName(fn) : undefined;
      if (name && splitWords(name).some((w) => w === 'font' || w === 'fonts')) return true;
      // A response read as bytes (`const res = await fetch(path); ... res.arrayBuffer()`): the font or logo file the
      // image embeds (livekit's `loadFileData(path)` in vercel/examples' sandbox-voice-agent); data is read as JSON.
      // Also `fetch(url).then((res) => res.arrayBuffer())`.
      const then = call.parent?.type === 'MemberExpression' && call.parent.object === call && getPropertyName(call.parent) === 'then' ? call.parent.parent : undefined;
      if (then?.type === 'CallExpression' && then.arguments.length === 1 && /^[^{]*=>\s*\w+\.arrayBuffer\(\)$/.test(sourceCode.getText(then.arguments[0]))) return true;
      const holder = call.parent?.type === 'AwaitExpression' ? call.parent.parent : undefined;
      if (holder?.type !== 'VariableDeclarator' || holder.id.type !== 'Identifier') return false;
      const reads = (findVariable(sourceCode, holder.id)?.references ?? []).map((r) => {
        const m = r.identifier.parent;
        return m?.type === 'MemberExpression' && m.object === r.identifier ? getPropertyName(m) : undefined;
      });
      return reads.includes('arrayBuffer') && !reads.includes('json') && !reads.includes('text');
    }

    /**
     * Whether the response of this fetch is streamed on: `return fetch(...)`, `return res`, `new Response(res.body)`,
     * `res.body.pipeTo(...)`, `Readable.fromWeb(res.body)`: its body is read after the handler returns; or read chunk by
     * chunk (`res.body.getReader()`), an event stream.
     */
    function streamsBody(call: TSESTree.CallExpression): boolean {
      let expr: TSESTree.Node = call;
      while (expr.parent?.type === 'AwaitExpression' || expr.parent?.type === 'TSAsExpression' || expr.parent?.type === 'TSNonNullExpression') expr = expr.parent;
      const parent = expr.parent;
      if (parent?.type === 'ReturnStatement') return returnsFromRouteHandler(parent);
      // `export const GET = () => fetch(...)`; not a callback's `() => fetch(...)`, which returns to its caller.
      if (parent?.type === 'ArrowFunctionExpression' && parent.body === expr) return kind.isAppRoute && isRouteHandlerFn(parent);
      if (parent?.type !== 'VariableDeclarator' || parent.init !== expr || parent.id.type !== 'Identifier') return false;
      const variable = findVariable(sourceCode, parent.id);
      return !!variable?.references.some((ref) => {
        if (ref.init) return false;
        const id = ref.identifier;
        const up = id.parent;
        if (up?.type === 'ReturnStatement') return returnsFromRouteHandler(up);
        if (up?.type !== 'MemberExpression' || up.object !== id || getPropertyName(up) !== 'body') return false;
        const use = up.parent?.type === 'TSNonNullExpression' ? up.parent.parent : up.parent;
        // `res.body.getReader()`: read chunk by chunk, an event stream (install progress, a model's tokens) that
        // runs as long as the upstream sends (open-lovable's package install progress, forwarded to the client).
        if (use?.type === 'MemberExpression' && getPropertyName(use) === 'getReader' && use.parent?.type === 'CallExpression' && use.parent.callee === use) return true;
        if (use?.type === 'NewExpression' && use.arguments[0] === up && /^(?:Response|NextResponse)$/.test(getCalleeName(use) ?? '')) return true;
        if (use?.type === 'CallExpression' && use.arguments.includes(up) && /^(?:fromWeb|pipeline|streamToResponse)$/.test(getCalleeName(use) ?? '')) return true;
        return use?.type === 'MemberExpression' && use.object === up && /^(?:pipeTo|pipeThrough)$/.test(getPropertyName(use) ?? '');
      });
    }

    /** Whether a `return` hands its value to the client: it returns from an exported route handler (`GET`, `POST`...). */
    function returnsFromRouteHandler(ret: TSESTree.Node): boolean {
      if (!kind.isAppRoute) return false;
      const fn = getEnclosingFunction(ret);
      return !!fn && isRouteHandlerFn(fn);
    }

    function checkFetch(node: TSESTree.CallExpression): void {
      const callee = unwrap(node.callee);
      let isFetch = false;
      if (callee.type === 'Identifier' && fetchNames.has(callee.name)) {
        const variable = findVariable(sourceCode, callee);
        if (!variable || variable.defs.length === 0) isFetch = true; // the global
        else {
          const source = getImportSource(sourceCode, callee);
          isFetch = source !== undefined && (FETCH_MODULES.test(source) || callee.name !== 'fetch');
        }
      } else if (getDottedName(callee) === 'globalThis.fetch') isFetch = true;
      if (!isFetch) return;
      const target = fetchTarget(node.arguments[0]);
      if (!target) return;
      if (rendersImage && isStaticAsset(node.arguments[0], node)) return;
      const optsArg = node.arguments[1];
      if (optsArg?.type === 'SpreadElement' || node.arguments.length > 2) return;
      const opts = resolveObjectArg(sourceCode, optsArg);
      if (opts === undefined) return;
      if (opts && objectHasKey(opts, FETCH_BOUND) !== false) return;
      if (isTimeBoundByWrapper(node) || inBrowserHookCallback(node)) return;
      const signalText = 'signal: AbortSignal.timeout(10_000)';
      const canFix = !optsArg || unwrap(optsArg).type === 'ObjectExpression';
      const suggest: TSESLint.ReportSuggestionArray<MessageIds> = [];
      // The handler streams the upstream body on (a download proxy): a whole-request deadline would cut the
      // transfer, so only a headers deadline is offered (midday's desktop release download).
      const streamed = streamsBody(node);
      if (canFix && !streamed) {
        suggest.push({
          messageId: 'addSignal',
          data: { text: signalText },
          fix: (fixer) => propertyFix(fixer, node, 1, signalText),
        });
      }
      // The global fetch (not node-fetch / a configured wrapper) called as fetch(url, init?): the snippet's
      // fetchWithTimeout(url, init?) takes the same arguments, which stay as they are.
      const globalFetch =
        callee.type === 'MemberExpression' || (callee.type === 'Identifier' && callee.name === 'fetch' && !findVariable(sourceCode, callee)?.defs.length);
      const helper = streamed ? HEADERS_HELPER : FETCH_HELPER;
      if (globalFetch && canCallHelper(sourceCode, node, helper)) {
        suggest.push({
          messageId: streamed ? 'useHeadersTimeout' : 'useFetchWithTimeout',
          data: { helper: `${helper}()`, call: `${sourceCode.getText(callee)}()` },
          fix: (fixer) => [fixer.replaceText(callee, helper), ...helperFixes(context, fixer, 'require-request-timeout', [helper])],
        });
      }
      context.report({
        node: node.callee,
        messageId: streamed ? 'streamedNoTimeout' : 'fetchNoTimeout',
        data: { target },
        suggest,
      });
    }

    // ------------------------------------------------------------------ axios / got
    const axiosNames = new Set<string>();
    const gotNames = new Set<string>();
    /** axios instances created in this file: name → whether their config sets a timeout. */
    const axiosInstances = new Map<string, boolean>();
    let axiosDefaultsTimeout = /\.defaults\.timeout\s*=/.test(text);

    function checkHttpClient(node: TSESTree.CallExpression): void {
      const callee = unwrap(node.callee);
      const root = getRootIdentifier(callee);
      if (!root) return;
      let lib: 'axios' | 'got' | undefined;
      let instanceHasTimeout = false;
      if (axiosNames.has(root.name)) lib = 'axios';
      else if (gotNames.has(root.name)) lib = 'got';
      else if (axiosInstances.has(root.name)) {
        lib = 'axios';
        instanceHasTimeout = axiosInstances.get(root.name) === true;
      }
      if (!lib) return;
      if (lib === 'axios' && (axiosDefaultsTimeout || instanceHasTimeout)) return;
      let configIndex: number;
      let method = '';
      if (callee.type === 'Identifier') {
        // axios(config) / axios(url, config) / got(url, options)
        const first = node.arguments[0] ? unwrap(node.arguments[0]) : undefined;
        configIndex = lib === 'axios' && first?.type === 'ObjectExpression' ? 0 : 1;
      } else if (callee.type === 'MemberExpression' && unwrap(callee.object) === root) {
        method = getPropertyName(callee) ?? '';
        if (method === 'create' || method === 'extend') return;
        if (lib === 'axios') {
          const at = AXIOS_CONFIG_AT[method];
          if (at === undefined) return;
          configIndex = at;
        } else {
          if (!['get', 'post', 'put', 'patch', 'delete', 'head', 'stream', 'paginate'].includes(method)) return;
          configIndex = 1;
        }
      } else return;
      const cfgArg = node.arguments[configIndex];
      if (cfgArg?.type === 'SpreadElement' || node.arguments.some((a) => a.type === 'SpreadElement')) return;
      const cfg = resolveObjectArg(sourceCode, cfgArg);
      if (cfg === undefined) return;
      if (cfg && objectHasKey(cfg, lib === 'axios' ? AXIOS_BOUND : GOT_BOUND) !== false) return;
      if (isTimeBoundByWrapper(node) || inBrowserHookCallback(node)) return;
      // `axios.patch(`/api/v1/ai/${id}`, values)` on the default instance (no `baseURL` in the file), outside entry points
      // and server folders: a root-relative path only a browser resolves, like `fetch('/api/x')`, so the module is browser
      // code that imports a server package's enums (ai-companion's `components/ai-knowledge.tsx`, `@prisma/client`).
      if (lib === 'axios' && axiosNames.has(root.name) && configIndex !== 0 && !kind.isEntryPoint && !kind.hasServerPath && !/\bbaseURL\b/.test(text) && isRootRelativePath(node.arguments[0])) return;
      const timeoutText = lib === 'axios' ? 'timeout: 10_000' : 'timeout: { request: 10_000 }';
      const canFix = !cfgArg || unwrap(cfgArg).type === 'ObjectExpression';
      context.report({
        node: node.callee,
        messageId: 'axiosNoTimeout',
        data: { client: `${root.name}${method ? `.${method}` : ''}` },
        suggest: canFix
          ? [
              {
                messageId: 'addTimeout',
                data: { text: timeoutText },
                fix: (fixer) => propertyFix(fixer, node, configIndex, timeoutText, ['undefined', 'undefined']),
              },
            ]
          : [],
      });
    }

    // ------------------------------------------------------------------ SDK clients
    function sdkClientName(node: TSESTree.NewExpression): string | undefined {
      const callee = unwrap(node.callee);
      if (callee.type !== 'Identifier') return undefined;
      const source = getImportSource(sourceCode, callee);
      const pattern = source && Object.hasOwn(SDK_CLIENTS, source) ? SDK_CLIENTS[source] : undefined;
      if (!pattern) return undefined;
      // A default or namespace import is the package's default export.
      return pattern.test(getImportedName(sourceCode, callee) ?? 'default') ? callee.name : undefined;
    }

    /** Whether every request made through the client bound to `node` passes per-request timeout/signal options. */
    function allCallsBounded(node: TSESTree.NewExpression): boolean {
      return callsThroughBounded(node.parent);
    }

    /**
     * Whether `decl` is `const x = ...` and every use of `x` in the file is a call through it (`x.chat.completions.create(body,
     * opts)`) whose second argument sets `timeout` or `signal`; false when there is no such call.
     */
    function callsThroughBounded(decl: TSESTree.Node | undefined): boolean {
      if (decl?.type !== 'VariableDeclarator' || decl.id.type !== 'Identifier') return false;
      const variable = findVariable(sourceCode, decl.id);
      if (!variable) return false;
      let calls = 0;
      for (const ref of variable.references) {
        if (ref.identifier === decl.id) continue;
        // climb the member chain to the call: client.chat.completions.create(body, opts)
        let cur: TSESTree.Node = ref.identifier;
        while (cur.parent?.type === 'MemberExpression' && cur.parent.object === cur) cur = cur.parent;
        const call = cur.parent;
        if (call?.type !== 'CallExpression' || call.callee !== cur) return false;
        calls++;
        const opts = resolveObjectArg(sourceCode, call.arguments[1]);
        if (!opts || objectHasKey(opts, REQ_OPTS_BOUND) === false) return false;
      }
      return calls > 0;
    }

    function checkSdkClient(node: TSESTree.NewExpression): void {
      const name = sdkClientName(node);
      if (!name) return;
      const arg = node.arguments[0];
      if (arg?.type === 'SpreadElement') return;
      const opts = resolveObjectArg(sourceCode, arg);
      if (opts === undefined) return;
      if (opts && objectHasKey(opts, SDK_BOUND) !== false) return;
      if (allCallsBounded(node)) return;
      const timeoutText = 'timeout: 60_000';
      // `new OpenAI(config)` with `config` an object literal declared elsewhere: spread it into a new options
      // object here (the declaration may be shared with other code that must not change).
      const canFix = !arg || unwrap(arg).type === 'ObjectExpression' || unwrap(arg).type === 'Identifier';
      context.report({
        node: node.callee,
        messageId: 'sdkClientNoTimeout',
        data: { client: name },
        suggest: canFix
          ? [
              {
                messageId: 'addTimeout',
                data: { text: timeoutText },
                fix: (fixer) => {
                  if (!arg) {
                    const close = sourceCode.getLastToken(node);
                    const open = close ? sourceCode.getTokenBefore(close) : null;
                    if (close?.value === ')' && open?.value === '(') return fixer.replaceTextRange([open.range[0], close.range[1]], `({ ${timeoutText} })`);
                    if (close && close.value !== ')') return fixer.insertTextAfter(close, `({ ${timeoutText} })`);
                    return null;
                  }
                  if (unwrap(arg).type === 'Identifier') {
                    const text = sourceCode.getText(arg);
                    return fixer.replaceText(arg, `{ ...${arg.type === 'Identifier' ? text : `(${text})`}, ${timeoutText} }`);
                  }
                  return appendProperty(fixer, unwrap(arg) as TSESTree.ObjectExpression, timeoutText);
                },
              },
            ]
          : [],
      });
    }

    // ------------------------------------------------------------------ Gemini (@google/generative-ai)
    /**
     * `genAI.getGenerativeModel({ model })` on a `new GoogleGenerativeAI(key)` from `@google/generative-ai` with no
     * `timeout` / `signal` in its request options (the second argument): that SDK's fetch has no time bound unless
     * one is given. Not when every call through the model in this file passes its own (`model.generateContent(req,
     * { timeout })`), nor when the options are not visible.
     */
    function checkGeminiModel(node: TSESTree.CallExpression): void {
      const callee = unwrap(node.callee);
      if (callee.type !== 'MemberExpression' || getPropertyName(callee) !== 'getGenerativeModel' || node.arguments.length === 0) return;
      if (!isGeminiClient(unwrap(callee.object))) return;
      const second = node.arguments[1];
      if (second) {
        if (second.type === 'SpreadElement') return;
        const opts = resolveObjectArg(sourceCode, second);
        if (!opts || objectHasKey(opts, REQ_OPTS_BOUND) !== false) return;
      } else if (node.arguments[0]?.type === 'SpreadElement' || modelCallsBounded(node)) return;
      const literal = second && unwrap(second).type === 'ObjectExpression' ? (unwrap(second) as TSESTree.ObjectExpression) : undefined;
      const timeoutText = 'timeout: 60_000';
      context.report({
        node: callee.property,
        messageId: 'geminiModelNoTimeout',
        data: { call: getDottedName(callee) ?? 'getGenerativeModel' },
        suggest:
          !second || literal
            ? [
                {
                  messageId: 'addTimeout',
                  data: { text: timeoutText },
                  fix: (fixer) => {
                    if (!literal) return fixer.insertTextAfter(node.arguments[0]!, `, { ${timeoutText} }`);
                    return appendProperty(fixer, literal, timeoutText);
                  },
                },
              ]
            : [],
      });
    }

    /** `new GoogleGenerativeAI(key)` from `@google/generative-ai`, or a const holding one. */
    function isGeminiClient(node: TSESTree.Node): boolean {
      const n = node.type === 'Identifier' ? getFactoryCall(sourceCode, node) : node;
      if (n?.type !== 'NewExpression' || unwrap(n.callee).type !== 'Identifier') return false;
      const ctor = unwrap(n.callee) as TSESTree.Identifier;
      return getImportSource(sourceCode, ctor) === '@google/generative-ai' && getImportedName(sourceCode, ctor) === 'GoogleGenerativeAI';
    }

    /** Whether the model `node` returns is used in this file only by calls that pass `{ timeout }` / `{ signal }` as their second argument. */
    function modelCallsBounded(node: TSESTree.CallExpression): boolean {
      const parent = node.parent;
      // `genAI.getGenerativeModel({ model }).generateContent(prompt, { timeout })`
      if (parent?.type === 'MemberExpression' && parent.object === node) {
        const call = parent.parent;
        if (call?.type !== 'CallExpression' || call.callee !== parent) return false;
        const opts = resolveObjectArg(sourceCode, call.arguments[1]);
        return !!opts && objectHasKey(opts, REQ_OPTS_BOUND) !== false;
      }
      return callsThroughBounded(parent);
    }

    /**
     * The name of the route handler's request parameter when the call can see it: `POST(req: Request)`
     * (or `request`), not shadowed where the call is. Pages API `req` (an IncomingMessage) has no signal.
     */
    function requestInScope(node: TSESTree.Node): string | undefined {
      if (!kind.isAppRoute) return undefined;
      let fn: TSESTree.Node | undefined = node;
      let outer: FunctionNode | undefined;
      for (; fn; fn = fn.parent) if (isFunction(fn)) outer = fn;
      const param = outer?.params[0];
      if (param?.type !== 'Identifier' || !isRouteHandlerFn(outer!)) return undefined;
      let scope: TSESLint.Scope.Scope | null = sourceCode.getScope(node);
      for (; scope; scope = scope.upper) {
        const v = scope.set.get(param.name);
        if (v) return v.defs[0]?.name === param ? param.name : undefined;
      }
      return undefined;
    }

    /** Whether `fn` is one of the file's route handlers (`GET`, `POST`..., also through a wrapper: the shared handler finder). */
    function isRouteHandlerFn(fn: FunctionNode): boolean {
      return getHandlers(sourceCode, kind).some((h) => h.kind === 'route' && h.fn === fn);
    }

    // ------------------------------------------------------------------ AI SDK
    function checkAiCall(node: TSESTree.CallExpression): void {
      if (options.checkAiSdk === false) return;
      const callee = unwrap(node.callee);
      if (callee.type !== 'Identifier') return;
      // By the name the `ai` package exports it under: `import { experimental_transcribe as transcribe } from 'ai'`.
      const exported = getImportedName(sourceCode, callee) ?? callee.name;
      if (!AI_CALLS.has(exported)) return;
      if (getImportSource(sourceCode, callee) !== 'ai') return;
      const arg = node.arguments[0];
      if (!arg || arg.type === 'SpreadElement') return;
      const opts = resolveObjectArg(sourceCode, arg);
      if (!opts) return;
      if (objectHasKey(opts, AI_BOUND) !== false) return;
      if (isTimeBoundByWrapper(node)) return;
      // In a route handler, the request's signal stops the model when the client leaves. A stream is not
      // capped at 60 s (a long answer streams for minutes): the request's signal alone, else a 5-minute bound.
      const req = requestInScope(node);
      const stream = exported.startsWith('stream');
      const deadline = stream ? 'AbortSignal.timeout(300_000)' : 'AbortSignal.timeout(60_000)';
      const text = req ? (stream ? `abortSignal: ${req}.signal` : `abortSignal: AbortSignal.any([${req}.signal, ${deadline}])`) : `abortSignal: ${deadline}`;
      const inline = unwrap(arg).type === 'ObjectExpression';
      context.report({
        node: node.callee,
        messageId: 'aiCallNoSignal',
        data: { call: callee.name },
        suggest: inline
          ? [{ messageId: 'addSignal', data: { text }, fix: (fixer) => propertyFix(fixer, node, 0, text) }]
          : [],
      });
    }

    // ------------------------------------------------------------------ http-proxy
    /**
     * `httpProxy.createProxyServer(opts)` (also `createProxy`, or imported by name) of the `http-proxy` package without
     * `proxyTimeout` / `timeout` (clinic-fe's Pages API proxy routes). Not when any `web()` call through the proxy
     * passes options the rule cannot see (a spread, a value from elsewhere): they may set the bound.
     */
    function checkHttpProxy(node: TSESTree.CallExpression): void {
      const name = getCalleeName(node);
      if (name !== 'createProxyServer' && name !== 'createProxy') return;
      const root = getRootIdentifier(node.callee);
      if (!root || getImportSource(sourceCode, root) !== 'http-proxy') return;
      const arg = node.arguments[0];
      if (arg?.type === 'SpreadElement' || node.arguments.length > 1) return;
      const opts = resolveObjectArg(sourceCode, arg);
      if (opts === undefined || (opts && objectHasKey(opts, PROXY_BOUND) !== false)) return;
      // A WebSocket proxy (`ws: true`): its connections are meant to stay open, an idle bound would cut them.
      if (opts?.properties.some((p) => p.type === 'Property' && getPropertyName(p) === 'ws')) return;
      if (!proxyCallsUnbounded(node.parent)) return;
      const timeoutText = 'proxyTimeout: 30_000';
      const literal = !arg || unwrap(arg).type === 'ObjectExpression';
      context.report({
        node: node.callee,
        messageId: 'proxyNoTimeout',
        suggest: literal
          ? [
              {
                messageId: 'addTimeout',
                data: { text: timeoutText },
                fix: (fixer) => {
                  if (!arg) {
                    const close = sourceCode.getLastToken(node);
                    return close?.value === ')' ? fixer.insertTextBefore(close, `{ ${timeoutText} }`) : null;
                  }
                  return appendProperty(fixer, unwrap(arg) as TSESTree.ObjectExpression, timeoutText);
                },
              },
            ]
          : [],
      });
    }

    /**
     * Whether the proxy bound by `decl` (`const proxy = httpProxy.createProxyServer()`) is used only through `web()`
     * calls whose options are in sight and set no bound (and `once` / `on` listeners). False for anything else, a
     * WebSocket `ws()` call included.
     */
    function proxyCallsUnbounded(decl: TSESTree.Node | undefined): boolean {
      if (decl?.type !== 'VariableDeclarator' || decl.id.type !== 'Identifier') return false;
      const variable = findVariable(sourceCode, decl.id);
      if (!variable) return false;
      let calls = 0;
      for (const ref of variable.references) {
        if (ref.identifier === decl.id) continue;
        const member = ref.identifier.parent;
        if (member?.type !== 'MemberExpression' || member.object !== ref.identifier) return false;
        const method = getPropertyName(member);
        const call = member.parent;
        if (call?.type !== 'CallExpression' || call.callee !== member) return false;
        if (method === 'on' || method === 'once' || method === 'off' || method === 'removeListener') continue;
        if (method !== 'web') return false;
        const last = call.arguments[2];
        if (last?.type === 'SpreadElement') return false;
        const callOpts = resolveObjectArg(sourceCode, last);
        if (callOpts === undefined || (callOpts && objectHasKey(callOpts, PROXY_BOUND) !== false)) return false;
        calls++;
      }
      return calls > 0;
    }

    // ------------------------------------------------------------------ unused AbortController
    function checkController(node: TSESTree.NewExpression): void {
      if (getDottedName(node.callee) !== 'AbortController') return;
      const parent = node.parent;
      if (parent?.type !== 'VariableDeclarator' || parent.id.type !== 'Identifier' || parent.init !== node) return;
      // `export const shutdownController = new AbortController()`: other modules read its signal.
      if (parent.parent?.parent?.type === 'ExportNamedDeclaration') return;
      const variable = findVariable(sourceCode, parent.id);
      if (!variable) return;
      let aborted = false;
      for (const ref of variable.references) {
        if (ref.identifier === parent.id) continue;
        const p = ref.identifier.parent;
        if (p?.type === 'MemberExpression' && p.object === ref.identifier) {
          const prop = getPropertyName(p);
          if (prop === 'abort' && p.parent?.type === 'CallExpression' && p.parent.callee === p) {
            aborted = true;
            continue;
          }
          if (prop === 'abort' || prop === 'signal') return; // read elsewhere: assume it is wired
          return;
        }
        return; // passed on, returned, stored: its signal may be used there
      }
      if (!aborted && variable.references.length > 1) return;
      context.report({ node, messageId: 'unusedController', data: { name: parent.id.name } });
    }

    /** Whether the file is a run-once module ({@link isRunOnceModule}), computed on the first top-level call. */
    let runOnce: boolean | undefined;
    // axios / got bindings are only collected in files that name them.
    const httpClients = /\baxios\b|\bgot\b/.test(text);
    return {
      ...(httpClients ? { ImportDeclaration: collectImport, VariableDeclarator: collectDeclarator } : {}),
      'AssignmentExpression > MemberExpression.left[property.name="timeout"]'() {
        axiosDefaultsTimeout = axiosDefaultsTimeout || /\.defaults\.timeout\s*=/.test(text);
      },
      CallExpression(node) {
        try {
          if (runsOnceAtTopLevel(node)) return;
          checkFetch(node);
          checkHttpClient(node);
          checkAiCall(node);
          checkGeminiModel(node);
          checkHttpProxy(node);
        } catch {
          // never throw
        }
      },
      NewExpression(node) {
        try {
          checkSdkClient(node);
          checkController(node);
        } catch {
          // never throw
        }
      },
    };

    /**
     * A call at the top level of a module run as a program (tavla's `graphql-tools/introspect.js`, which a developer runs
     * to fetch the schema and write `schema.json`): it runs once, when a person runs the file, who sees it hang and stops
     * it; no request or function waits on it. A call inside a function or a loop is still checked (a top-level
     * `while (true)` poller runs for good, and a function may be called from one).
     */
    function runsOnceAtTopLevel(node: TSESTree.CallExpression): boolean {
      if (kind.isEntryPoint) return false;
      for (let p: TSESTree.Node | undefined = node.parent; p; p = p.parent) {
        if (isFunction(p) || LOOP.has(p.type)) return false;
      }
      return (runOnce ??= isRunOnceModule(sourceCode.ast, text));
    }

    function collectImport(node: TSESTree.ImportDeclaration): void {
      const source = node.source.value;
      if (source !== 'axios' && source !== 'got') return;
      for (const s of node.specifiers) {
        if (s.type === 'ImportDefaultSpecifier' || s.type === 'ImportNamespaceSpecifier') {
          (source === 'axios' ? axiosNames : gotNames).add(s.local.name);
        }
      }
    }

    function collectDeclarator(node: TSESTree.VariableDeclarator): void {
      // const api = axios.create({ ... }); also require('axios')
      const init = node.init ? unwrap(node.init) : undefined;
      if (!init || node.id.type !== 'Identifier') return;
      if (init.type === 'CallExpression' && getDottedName(init.callee) === 'require') {
        const src = getStaticString(init.arguments[0]);
        if (src === 'axios') axiosNames.add(node.id.name);
        if (src === 'got') gotNames.add(node.id.name);
        return;
      }
      if (init.type === 'CallExpression' && init.callee.type === 'MemberExpression') {
        const root = getRootIdentifier(init.callee);
        const method = getPropertyName(init.callee);
        if (root && axiosNames.has(root.name) && method === 'create') {
          const cfg = resolveObjectArg(sourceCode, init.arguments[0]);
          // unknown config (spread, imported): treat as configured
          axiosInstances.set(node.id.name, cfg === undefined || (cfg !== null && objectHasKey(cfg, AXIOS_BOUND) !== false));
        }
      }
    }
  },
});
