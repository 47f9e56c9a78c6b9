import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import {
  compilePatterns,
  createRule,
  findVariable,
  getCalleeName,
  getDottedName,
  isFunction,
  getEnclosingFunction,
  getFunctionName,
  getFileKind,
  getPropertyName,
  canCallHelper,
  helperFixes,
  isInRepetition,
  some,
  splitWords,
  unwrap,
  getConstInit,
  walk,
  getStaticString,
  resolveLocalFunction,
  type FunctionNode,
  isDevTooling,
  isEdgeRuntime,
  mayRunInBrowser,
  importsReactHook,
  importsBrowserModule,
} from '../utils';
import { SECURE_ID_CALL } from '../utils/secret-vocab';

type Node = TSESTree.Node;

type Options = [
  {
    /** Also report plain ids (not secrets or codes) in client code: message ids, upload ids. Default false. */
    checkClientIds?: boolean;
    /** Extra regular expressions for names that denote an id or a secret. */
    idNames?: string[];
    /** Regular expressions for names never reported. */
    ignoreNames?: string[];
  },
];

type MessageIds = 'insecureRandom' | 'useRandomUUID' | 'useToken' | 'useNumericCode' | 'useTokenWebCrypto' | 'useNumericCodeWebCrypto';

type Category = 'secret' | 'code' | 'id';

/** Words that make a name a secret: guessing it grants access. */
const SECRET_WORDS = new Set([
  'token',
  'secret',
  'password',
  'passwd',
  'pwd',
  'passphrase',
  'nonce',
  'salt',
  'apikey',
  'jwt',
  'credential',
  'credentials',
  'sessionid',
  'sid',
  'verifier',
  'challenge',
  'signature',
]);
/** Words that make a name a short code a user types or a link carries. */
const CODE_WORDS = new Set(['otp', 'pin', 'passcode', 'code', 'invite', 'invitation', 'coupon', 'voucher', 'referral', 'verification']);
/** Words that make a name an identifier. */
const ID_WORDS = new Set(['id', 'ids', 'uuid', 'guid', 'uid', 'identifier', 'shortid', 'nanoid', 'cuid']);
/** Words that say the value is not an id even with an id word nearby: timing, counting, layout. */
const NOT_ID_WORDS = new Set([
  'timeout',
  'interval',
  'delay',
  'jitter',
  'backoff',
  'retry',
  'ms',
  'duration',
  'time',
  'timestamp',
  'at',
  'date',
  'expires',
  'expiry',
  'expiration',
  'exp',
  'ttl',
  'age',
  'count',
  'length',
  'size',
  'index',
  'idx',
  'color',
  'colour',
  'width',
  'height',
  'x',
  'y',
  'offset',
  'position',
  'angle',
  'opacity',
  'duration',
  'animation',
  'sample',
  'sampling',
  'rate',
  'ratio',
  'percent',
  'weight',
  'score',
  'chance',
  'probability',
  'shuffle',
  'shuffled',
  'random',
  'seed',
  'start',
  'end',
  'elapsed',
  'now',
  'version',
  'cache',
  'bust',
  'buster',
  'file',
  'filename',
  'path',
  'name',
  'title',
  'label',
  'key',
  'status',
  'error',
  'zip',
  'postal',
  'country',
  'currency',
  'language',
  'lang',
  'locale',
  'color',
  'type',
  'usage',
  'max',
  'min',
  'limit',
  'remaining',
  'input',
  'output',
  'completion',
  'prompt',
  'total',
  'budget',
  'exit',
  'http',
  'response',
  'promo',
  'short',
  'source',
  'snippet',
  'block',
  'lines',
  'highlight',
  'theme',
  'test',
  'mock',
  'fake',
  'dummy',
  'temp',
  'tmp',
  'optimistic',
  'placeholder',
  'run',
  'trace',
  'span',
  'correlation',
  'debug',
  'log',
  'dom',
  'element',
  'anchor',
  'html',
  'svg',
  'gradient',
  'clip',
  'mask',
  'filter',
  'marker',
  'pattern',
  'toast',
  'notification',
  'animation',
]);

/** Ids of internal work (queue jobs, traces, log correlation): never secrets, only meant to be unique. */
const INTERNAL_ID_WORDS = new Set(['job', 'jobs', 'queue', 'task', 'schedule', 'trace', 'span', 'correlation', 'log', 'run', 'dedupe', 'lock']);
/**
 * Ids of a record that other values scope, sent to a payment or ledger system as its reference
 * (`` `cosmetic-purchase-${userId}-${itemId}-${Date.now()}` ``): a timestamp there only separates one user's
 * repeats, and a same-millisecond repeat is the duplicate such a key exists to catch.
 */
const SCOPED_RECORD_WORDS = new Set(['transaction', 'order', 'payment', 'purchase', 'charge', 'invoice', 'instance', 'external', 'idempotency']);
/** Words of a value named as a time (`now`, `createdAt`, `startTime`): it scopes nothing. */
const TIME_WORDS = new Set(['now', 'time', 'timestamp', 'ts', 'date', 'ms', 'at', 'epoch']);
/** Calls that only log or build a logger: an id passed to nothing else labels log lines. */
const LOG_CALL = /(?:^|\.)(?:log|info|warn|error|debug|trace)$|logger|Logger|^console\./;
/** Measures, never ids or secrets: `tokenCount`, `maxTokens`, `passwordLength`. */
const MEASURE_WORDS = new Set(['count', 'length', 'size', 'usage', 'max', 'min', 'limit', 'remaining', 'total', 'budget', 'input', 'output', 'completion', 'prompt', 'ttl', 'expiry', 'expires', 'expire', 'expiration', 'strength']);

function categorize(name: string | undefined, extra: readonly RegExp[], ignore: readonly RegExp[]): Category | undefined {
  if (!name) return undefined;
  if (ignore.some((re) => re.test(name))) return undefined;
  const words = splitWords(name);
  if (words.length === 0) return undefined;
  const joined = words.join('');
  // `apiKey`, `api_key`, `secretKey`, `privateKey`, `accessKey`, `sessionKey`, `signingKey`.
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i + 1] === 'key' && ['api', 'secret', 'private', 'access', 'session', 'signing', 'encryption', 'auth', 'license'].includes(words[i]!)) {
      return 'secret';
    }
  }
  if (words.some((w) => MEASURE_WORDS.has(w))) return undefined;
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i] === 'session' && (words[i + 1] === 'id' || words[i + 1] === 'key')) return 'secret';
  }
  if (words.some((w) => NOT_ID_WORDS.has(w)) && !words.some((w) => SECRET_WORDS.has(w))) {
    if (extra.some((re) => re.test(name))) return 'id';
    return undefined;
  }
  if (words.some((w) => SECRET_WORDS.has(w)) || /^(?:api|secret|access)key$/.test(joined)) {
    // LLM token counts and design tokens are not secrets.
    if (words.includes('tokens') || words.includes('max')) return undefined;
    return 'secret';
  }
  if (words.some((w) => CODE_WORDS.has(w))) return 'code';
  if (words.some((w) => ID_WORDS.has(w))) return 'id';
  // generateId / makeUuid / randomString used as an id generator.
  if (/^(?:gen|generate|create|make|new|random|get(?:Random|Unique))(?:Unique)?(?:Id|ID|Uid|UID|Uuid|UUID|Guid|Key|String|Str|Token|Code|Hash)$/.test(name)) {
    return /Token|Key|Hash/.test(name) ? 'secret' : /Code/.test(name) ? 'code' : 'id';
  }
  if (extra.some((re) => re.test(name))) return 'id';
  return undefined;
}

/** A hash function called on a value (`md5(x)`, `sha256(x)`, `CryptoJS.SHA256(x)`, `crypto.subtle.digest('SHA-256', x)`, `Buffer.from(x)`). */
const HASH_CALL = /^(?:(?:\w+\.)?(?:md5|sha1|sha256|sha512|MD5|SHA1|SHA256|SHA512)|(?:globalThis\.|window\.)?crypto\.subtle\.digest|Buffer\.from)$/;

/** Feature-flag SDKs (Vercel's flags, Statsig, LaunchDarkly, GrowthBook, OpenFeature, Unleash). */
const FLAG_SDK = /^(?:flags(?:\/.*)?|@flags-sdk\/.*|@vercel\/flags(?:\/.*)?|statsig-(?:node|js)|@statsig\/.*|launchdarkly-.*|@launchdarkly\/.*|@growthbook\/.*|@openfeature\/.*|unleash-client|@unleash\/.*)$/;
/** Fake-data libraries: a module that imports one makes fixtures or demo rows. */
const FAKE_DATA_LIBRARY = /^(?:@faker-js\/faker|faker|@ngneat\/falso|chance|casual|@mswjs\/data)(?:\/|$)/;
/** Words of a file name that say its values are made up for display: mock, demo, fake data. */
const DEMO_WORD = new Set(['mock', 'mocks', 'mocked', 'demo', 'demos', 'fake', 'fakes', 'faker', 'dummy', 'placeholder', 'placeholders']);

/** String and array methods that format a random value (`b.toString(16).padStart(2, '0')`, `.join('')`). */
const FORMAT_METHOD = /^(?:toString|padStart|padEnd|join|map|replace|replaceAll|slice|substring|toUpperCase|toLowerCase)$/;

/** The browser's storage APIs: a module using one runs in the browser. */
const WEB_STORAGE = /^(?:localStorage|sessionStorage|indexedDB)$/;
/** The `object` field of an OpenAI-compatible completion (`chat.completion`, `chat.completion.chunk`, `text_completion`). */
const OPENAI_COMPLETION_OBJECT = /^(?:chat\.completion(?:\.chunk)?|text_completion)$/;

export default createRule<Options, MessageIds>({
  name: 'no-insecure-random-id',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow Math.random() and Date.now() for ids, tokens, codes, passwords and API keys',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      insecureRandom:
        '`{{name}}` is made from {{source}}: {{why}} Use the platform CSPRNG: {{fix}}.',
      useRandomUUID: 'Replace with crypto.randomUUID().',
      useToken: 'Replace with generateToken() (crypto.randomBytes, URL-safe).',
      useNumericCode: 'Replace with generateNumericCode() (crypto.randomInt, uniform digits).',
      useTokenWebCrypto: 'Replace with generateToken() (Web Crypto getRandomValues, URL-safe: {{where}}, which has no node:crypto).',
      useNumericCodeWebCrypto: 'Replace with generateNumericCode() (Web Crypto getRandomValues, uniform digits: {{where}}, which has no node:crypto).',
    },
    schema: [
      {
        type: 'object',
        properties: {
          checkClientIds: {
            type: 'boolean',
            description: 'Also report plain ids (not secrets or codes) in client code (default false).',
          },
          idNames: {
            type: 'array',
            items: { type: 'string' },
            description: 'Extra regular expressions for names that denote an id.',
          },
          ignoreNames: {
            type: 'array',
            items: { type: 'string' },
            description: 'Regular expressions for names never reported.',
          },
        },
        additionalProperties: false,
      },
    ],
  },
  defaultOptions: [{ checkClientIds: false, idNames: [], ignoreNames: [] }],
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const text = sourceCode.text;
    if (!text.includes('Math.random') && !text.includes('Date.now') && !text.includes('getTime')) return {};
    const kind = getFileKind(context);
    if (kind.isTest) return {};
    // Seed scripts, CLIs, benchmarks, tooling and config files make fixtures, not production ids.
    if (isDevTooling(kind, sourceCode.ast, text) || /(?:^|\/)(?:fixtures|mocks?|e2e|playwright|cypress|\.storybook|stories|benchmarks?)\/|(?:^|\/)[^/]*(?:\.config|seed)\.[cm]?[jt]s$/.test(kind.filename)) {
      return {};
    }
    // Demo and mock data (`mock-event-list.tsx`, `DemoFeed.tsx`, `fakeOrders.ts`): display rows, not credentials.
    const base = kind.filename.slice(kind.filename.lastIndexOf('/') + 1).replace(/\..*$/, '');
    if (splitWords(base).some((w) => DEMO_WORD.has(w))) return {};
    // A module that draws fake data (`@faker-js/faker`, `@ngneat/falso`) makes fixture rows, whatever its name
    // (bulletproof-react's `src/testing/data-generators.ts`, `id: randUuid() + Math.random()`). Not a route or action.
    if (!kind.isEntryPoint && [...kind.imports].some((spec) => FAKE_DATA_LIBRARY.test(spec))) return {};
    // Logging and tracing modules make correlation ids (`generateRequestId()` in lib/logging/) and log entries' ids
    // (`lib/system-logging.ts`): labels, never secrets.
    if (/(?:^|\/)(?:logging|loggers?|tracing|telemetry|observability|instrumentation)\/|(?:^|\/)[^/]*[-_.]?logger\.[cm]?[jt]s$|(?:^|\/)(?:[^/]*[-_.])?logging\.[cm]?[jt]s$/i.test(kind.filename)) {
      return {};
    }
    // A module that imports a React hook (`useSyncExternalStore`, `useEffect`) runs in the browser too: server
    // components cannot call hooks (onyx's toast store, a `.ts` file; `import { cache } from 'react'` is server code).
    // Also one that imports the app's own hook (`useEditorBlockStatusStore`) or a browser-only module (`sonner`, the
    // app's `supabase/client`): ai-sdk-chat-mml's retry and error-handling singletons outside server folders.
    const clientCode =
      mayRunInBrowser(kind) ||
      importsReactHook(sourceCode.ast, !kind.isEntryPoint && !kind.isServerOnly && !kind.hasServerPath) ||
      importsBrowserModule(kind);
    // Middleware and `runtime = 'edge'` code has no node:crypto, nor has code bundled for the browser: the
    // helpers come from the Web Crypto variant (same names, same sync calls; getRandomValues only, which
    // browsers have also outside secure contexts; the editor offers that snippet there too, as
    // WEB_CRYPTO_IN_BROWSER says). It also runs in Node, so a .tsx server component that the client
    // heuristic takes in gets correct code too.
    const edge = isEdgeRuntime(kind, sourceCode.ast);
    const webCrypto = edge || clientCode;
    const helperSnippet = webCrypto ? 'no-insecure-random-id.edge' : 'no-insecure-random-id';
    const where = edge ? 'this file runs on the Edge runtime' : 'this file can run in the browser';
    /**
     * The module reads or writes `localStorage` / `sessionStorage` / `indexedDB` (a global it does not declare,
     * also as `window.localStorage`): browser code, whatever its path (a Vite app's `src/lib/persistence.ts`,
     * a Next app's `lib/identity.ts`).
     */
    let webStorage: boolean | undefined;
    const persistsInWebStorage = (): boolean =>
      (webStorage ??= (sourceCode.scopeManager?.globalScope?.through ?? []).some((r) => {
        const id = r.identifier;
        if (WEB_STORAGE.test(id.name)) return true;
        const parent = id.parent;
        return /^(?:window|globalThis|self)$/.test(id.name) && parent?.type === 'MemberExpression' && parent.object === id && WEB_STORAGE.test(getPropertyName(parent) ?? '');
      }));
    /**
     * The module works on the page: it reads the global `document` (not declared in it, and not only in a
     * `typeof document` test), `document.createElement(...)`, `document.activeElement`. Browser code whatever its
     * path (jobfinders' `src/lib/accessibility.ts`, whose `generateId()` names aria attributes). A `document.`
     * inside a string of generated HTML is no reference.
     */
    let domModule: boolean | undefined;
    const worksOnPage = (): boolean =>
      (domModule ??= (sourceCode.scopeManager?.globalScope?.through ?? []).some((r) => {
        const id = r.identifier;
        const parent = id.parent;
        // `window.addEventListener('beforeunload', ...)`: it listens to the page (sneaker-voting's web-vitals
        // collector, whose metric ids are `lcp-${Date.now()}`).
        if (id.name === 'window') {
          return parent?.type === 'MemberExpression' && parent.object === id && getPropertyName(parent) === 'addEventListener' && parent.parent?.type === 'CallExpression' && parent.parent.callee === parent;
        }
        if (id.name !== 'document') return false;
        return !(parent?.type === 'UnaryExpression' && parent.operator === 'typeof');
      }));
    const extra = compilePatterns(options.idNames, 'i');
    const ignore = compilePatterns(options.ignoreNames, 'i');
    const reported = new Set<unknown>();

    /**
     * The variable of a function's own local that a declaration or a `+=` builds (`let password = ''; password += ...`):
     * those writes make one value. A plain `=` makes a new one (shopOnline's `discountCode = ...` in each branch).
     */
    function localVariable(target: Node): TSESLint.Scope.Variable | undefined {
      if (target.type !== 'Identifier') return undefined;
      const write = target.parent;
      if (!(write?.type === 'VariableDeclarator' || (write?.type === 'AssignmentExpression' && write.operator !== '='))) return undefined;
      const variable = findVariable(sourceCode, target);
      const scope = variable?.scope.type;
      return scope && scope !== 'module' && scope !== 'global' ? variable : undefined;
    }

    /**
     * A DOM element: typed as one (`el: HTMLElement`), made by `document.createElement(...)` or a
     * `create*Element()` helper, or inserted into the page (`container.appendChild(icon)`).
     */
    function isDomElement(node: Node): boolean {
      const u = unwrap(node);
      if (u.type !== 'Identifier') return false;
      const v = findVariable(sourceCode, u);
      const def = v?.defs[0];
      if (!v || !def) return false;
      const id = def.name;
      const ann = id.type === 'Identifier' ? id.typeAnnotation?.typeAnnotation : undefined;
      if (ann?.type === 'TSTypeReference' && ann.typeName.type === 'Identifier' && /^(?:HTML\w*Element|SVG\w*Element|Element)$/.test(ann.typeName.name)) return true;
      const init = def.type === 'Variable' ? (def.node as TSESTree.VariableDeclarator).init : undefined;
      const made = init ? unwrap(init) : undefined;
      if (made?.type === 'CallExpression' && /^create\w*Element(?:NS)?$/.test(getCalleeName(made) ?? '')) return true;
      return v.references.some((r) => {
        const call = r.identifier.parent;
        return call?.type === 'CallExpression' && call.arguments[0] === r.identifier && call.callee.type === 'MemberExpression' && /^(?:appendChild|append|prepend|insertBefore|replaceWith|replaceChildren|after|before)$/.test(getPropertyName(call.callee) ?? '');
      });
    }

    /** The name the random value ends up under, walking up through the expression that builds it. */
    function destination(node: Node, isClock = false): { name?: string; target: Node; value: Node; viaFunction?: FunctionNode; stop?: boolean } | undefined {
      let cur: Node = node;
      for (let steps = 0; steps < 20; steps++) {
        const parent: Node | undefined = cur.parent;
        if (!parent) return undefined;
        switch (parent.type) {
          case 'VariableDeclarator':
            if (parent.init !== cur) return undefined;
            return { name: parent.id.type === 'Identifier' ? parent.id.name : undefined, target: parent.id, value: cur };
          case 'Property':
            if (parent.value !== cur) return undefined;
            return { name: getPropertyName(parent), target: parent.key, value: cur };
          case 'PropertyDefinition':
            if (parent.value !== cur) return undefined;
            return { name: getPropertyName(parent), target: parent.key, value: cur };
          case 'AssignmentExpression': {
            if (parent.right !== cur) return undefined;
            const l = unwrap(parent.left);
            // `icon.id = ...` on a DOM element (browser-extension content scripts): a DOM id, as in JSX.
            if (l.type === 'MemberExpression' && getPropertyName(l) === 'id' && isDomElement(l.object)) return { stop: true, target: cur, value: cur };
            const name = l.type === 'Identifier' ? l.name : l.type === 'MemberExpression' ? getPropertyName(l) : undefined;
            return { name, target: parent.left, value: cur };
          }
          case 'JSXExpressionContainer':
          case 'JSXAttribute':
            // React list keys and DOM ids in client code are not security-relevant.
            return { stop: true, target: cur, value: cur };
          case 'ReturnStatement': {
            const fn = getEnclosingFunction(parent);
            if (fn && isSortComparator(fn)) return { stop: true, target: cur, value: cur };
            return fn ? { name: getFunctionName(fn), target: cur, value: cur, viaFunction: fn } : undefined;
          }
          case 'ArrowFunctionExpression':
            if (parent.body === cur && isSortComparator(parent)) return { stop: true, target: cur, value: cur };
            if (parent.body === cur) return { name: getFunctionName(parent), target: cur, value: cur, viaFunction: parent };
            return undefined;
          case 'CallExpression': {
            // Building blocks of the value: `.toString(36)`, `.slice()`, `String()`, `Math.floor()`, `padStart`,
            // `Array.from({ length }, () => chars[...])` and `.join('')`.
            const callee = unwrap(parent.callee);
            const dotted = getDottedName(callee) ?? '';
            if (parent.callee === cur || (callee.type === 'MemberExpression' && callee.object === cur)) {
              cur = parent;
              continue;
            }
            if (/^(?:String|Number|Math\.\w+|parseInt|BigInt|btoa|encodeURIComponent|Array\.from)$/.test(dotted)) {
              cur = parent;
              continue;
            }
            // Passed to a hash: `createHash('sha256').update(String(Math.random()))` still has no entropy, nor has
            // `md5(Date.now() + Math.random())`, `CryptoJS.SHA256(...)` or `crypto.subtle.digest('SHA-256',
            // new TextEncoder().encode(...))`: hashing a guessable value gives a guessable value.
            if (
              (callee.type === 'MemberExpression' && /^(?:update|encode)$/.test(getPropertyName(callee) ?? '')) ||
              HASH_CALL.test(dotted)
            ) {
              cur = parent;
              continue;
            }
            return undefined;
          }
          case 'MemberExpression':
            // `const challenge = challenges[Math.floor(Math.random() * challenges.length)]`: the value is an
            // element picked from a list, not made from the random number (a picked character added to a
            // string, `code += chars[...]`, still is).
            if (parent.computed && parent.property === cur && isWholeValue(parent)) return { stop: true, target: cur, value: cur };
            if (parent.object === cur || parent.property === cur) {
              cur = parent;
              continue;
            }
            return undefined;
          case 'TemplateLiteral':
          case 'BinaryExpression':
          case 'TSAsExpression':
          case 'TSNonNullExpression':
          case 'ChainExpression':
          case 'UnaryExpression':
          case 'ConditionalExpression':
          case 'LogicalExpression':
          case 'ArrayExpression':
          case 'SpreadElement':
          case 'AwaitExpression':
            if (parent.type === 'BinaryExpression' && !['+', '*', '|', '^', '%', '-'].includes(parent.operator)) return undefined;
            // `Date.now() - (token.updatedAt ?? token.createdAt)` (dittofeed's `timeSinceTokenUpdate`), `expiresAt - Date.now()`:
            // the clock less another time is a duration, not a timestamp. Less a literal or an UPPER_CASE
            // constant or a `const` of a literal (`Date.now() - EPOCH`, a custom epoch) it is still the clock.
            if (isClock && parent.type === 'BinaryExpression' && parent.operator === '-') {
              const other = unwrap(parent.left === cur ? parent.right : parent.left);
              const constant =
                other.type === 'Literal' ||
                (other.type === 'Identifier' && (/^[A-Z][A-Z0-9_]*$/.test(other.name) || getConstInit(sourceCode, other)?.type === 'Literal'));
              if (!constant) return undefined;
            }
            if (parent.type === 'LogicalExpression' && parent.left === cur) {
              cur = parent;
              continue;
            }
            if (parent.type === 'ConditionalExpression' && parent.test === cur) return undefined;
            cur = parent;
            continue;
          default:
            return undefined;
        }
      }
      return undefined;
    }

    /**
     * The comparator of a `.sort()` (`password.split('').sort(() => Math.random() - 0.5)`): it shuffles, its number is an
     * order and never part of the value (bblist's password generator shuffles the characters it picked; those picks are
     * what is reported).
     */
    function isSortComparator(fn: Node): boolean {
      const call = fn.parent;
      return call?.type === 'CallExpression' && call.arguments[0] === fn && call.callee.type === 'MemberExpression' && /^(?:sort|toSorted)$/.test(getPropertyName(call.callee) ?? '');
    }

    /** The whole value of a declaration, property or plain `=` assignment (through `!`, `as`, `x ?? fallback`). */
    function isWholeValue(node: Node): boolean {
      let cur = node;
      let parent = cur.parent;
      while (
        parent &&
        (parent.type === 'TSNonNullExpression' ||
          parent.type === 'TSAsExpression' ||
          parent.type === 'TSSatisfiesExpression' ||
          parent.type === 'ChainExpression' ||
          (parent.type === 'LogicalExpression' && parent.left === cur))
      ) {
        cur = parent;
        parent = cur.parent;
      }
      if (!parent) return false;
      if (parent.type === 'VariableDeclarator') return parent.init === cur;
      if (parent.type === 'Property' || parent.type === 'PropertyDefinition') return parent.value === cur;
      return parent.type === 'AssignmentExpression' && parent.operator === '=' && parent.right === cur;
    }

    /** A character-picking loop inside a generator function: `result += chars[Math.floor(Math.random() * n)]`. */
    function generatorFunction(node: Node): FunctionNode | undefined {
      const fn = getEnclosingFunction(node);
      if (!fn) return undefined;
      // Inside the callback of Array.from / map within the generator: step out once.
      if (fn.parent?.type === 'CallExpression' && fn.parent.arguments.includes(fn as never)) {
        const outer = getEnclosingFunction(fn);
        if (outer && isGeneratorName(getFunctionName(outer))) return outer;
      }
      return isGeneratorName(getFunctionName(fn)) ? fn : undefined;
    }

    /** `generateToken`, `createInviteCode`, `randomId`, `makePassword`: a function that makes the value. */
    function isGeneratorName(name: string | undefined): boolean {
      if (!name || !/^(?:gen|generate|create|make|new|random|build|mint|issue)[A-Z_]/.test(name)) return false;
      return categorize(name, extra, ignore) !== undefined;
    }

    /**
     * `jobId: \`classify_${teamId}_${fileName}_${Date.now()}\``: a job or trace id that other values
     * already scope (the timestamp only separates repeats); it is never a secret, so guessing it is moot.
     */
    function isScopedInternalId(name: string, value: Node): boolean {
      const words = splitWords(name);
      const internal = words.some((w) => INTERNAL_ID_WORDS.has(w));
      // A record's reference: a timestamp alone (never Math.random()), and made once, not per element of a
      // loop, where every element gets the same millisecond.
      const record = !internal && words.some((w) => SCOPED_RECORD_WORDS.has(w));
      if (!internal && !record) return false;
      const u = unwrap(value);
      if (record && (u.type !== 'TemplateLiteral' || /Math\.random/.test(sourceCode.getText(u)) || isInRepetition(u))) return false;
      // `process(job: Job) { ... jobId: job.id ?? \`fallback-${Date.now()}\` }`: the id of the job being
      // processed, which the queue always set; the fallback only satisfies the type (midday's BullMQ
      // processor). Not when the id is made for `queue.add()` from an optional one: two adds in the same
      // millisecond share the fallback, and the queue drops the second as a duplicate.
      if (u.type === 'LogicalExpression' && (u.operator === '??' || u.operator === '||') && isProcessedJobId(u.left)) return true;
      return scopedByOtherValue(u, record);
    }

    /** A template with a part other than the clock or a random number (`` `GET:${url}:${Date.now()}` ``); with `noTimes`, not a time either. */
    function scopedByOtherValue(u: Node, noTimes: boolean): boolean {
      if (u.type !== 'TemplateLiteral') return false;
      return u.expressions.some((e) => {
        const t = sourceCode.getText(e);
        return e.type !== 'Literal' && !/Math\.random|Date\.now|getTime|valueOf/.test(t) && !(noTimes && splitWords(t).some((w) => TIME_WORDS.has(w)));
      });
    }

    /**
     * A key of this process's own map, scoped by another value: `` const requestId = `GET:${url}:${Date.now()}` `` read only as
     * `cancelSources.set(requestId, controller)` / `.get` / `.has` / `.delete` (ever-teams' API client tracking its in-flight
     * requests' AbortControllers). It never leaves the process, so nobody can guess it; only the same URL in the same
     * millisecond collides. Passed, returned or sent anywhere else, it is still reported.
     */
    function isScopedLocalMapKey(target: Node, value: Node): boolean {
      if (target.type !== 'Identifier' || target.parent?.type !== 'VariableDeclarator' || !scopedByOtherValue(unwrap(value), true)) return false;
      const reads = findVariable(sourceCode, target)?.references.filter((r) => !r.init) ?? [];
      return (
        reads.length > 0 &&
        reads.every((r) => {
          const call = r.identifier.parent;
          return (
            r.isRead() &&
            !r.isWrite() &&
            call?.type === 'CallExpression' &&
            call.arguments[0] === r.identifier &&
            call.callee.type === 'MemberExpression' &&
            /^(?:set|get|has|delete)$/.test(getPropertyName(call.callee) ?? '')
          );
        })
      );
    }

    /**
     * A storage path named as an id: `` publicId = `${folder}/${Date.now()}_${file.name.split('.')[0]}` `` (Cloudinary's
     * `public_id` is the asset's path). A template with a `/` in its text that holds the uploaded file's name is where a
     * file is stored, like the file names and paths this rule leaves alone; the clock only keeps two uploads apart.
     */
    function isStoragePath(value: Node): boolean {
      const u = unwrap(value);
      if (u.type !== 'TemplateLiteral' || !u.quasis.some((q) => (q.value.cooked ?? '').includes('/'))) return false;
      return u.expressions.some((e) => /\b\w*(?:file|upload|image|photo|attachment|asset|blob)\w*\.(?:name|originalname|originalFilename)\b|\bfile_?name\b/i.test(sourceCode.getText(e)));
    }

    /**
     * An id in the form of an email Message-ID or an iCalendar UID, `` `${Date.now()}-${Math.random()...}@aurumpass` ``
     * (a template whose text ends in `@host`): it names a message or an event to mail and calendar clients, which
     * need it unique, not unguessable; no record is looked up by it.
     */
    function isMailStyleId(value: Node): boolean {
      let u = unwrap(value);
      if (u.type === 'LogicalExpression' && (u.operator === '||' || u.operator === '??')) u = unwrap(u.right);
      if (u.type !== 'TemplateLiteral') return false;
      return /@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*>?$/.test(u.quasis[u.quasis.length - 1]!.value.cooked ?? '');
    }

    /** `job.id` of a parameter typed as a queue job (`job: Job<Data>`, BullMQ's and Trigger.dev's type). */
    function isProcessedJobId(node: Node): boolean {
      const u = unwrap(node);
      if (u.type !== 'MemberExpression' || getPropertyName(u) !== 'id' || u.object.type !== 'Identifier') return false;
      const def = findVariable(sourceCode, u.object)?.defs[0];
      if (def?.type !== 'Parameter') return false;
      // The annotation sits on the parameter's name, also with a default (`job: Job = fallback`).
      const ann = def.name.typeAnnotation?.typeAnnotation;
      return ann?.type === 'TSTypeReference' && /(?:^|\.)(?:\w*Job)$/.test(sourceCode.getText(ann.typeName));
    }

    /**
     * A feature-flag SDK's evaluation unit: `identify: () => ({ customIDs: { userID: Math.random()... } })`
     * (Zero's Statsig flags). It buckets an evaluation; nobody looks a record up by it or guesses it for access.
     */
    function isFlagBucketingUnit(node: Node): boolean {
      if (![...kind.imports].some((spec) => FLAG_SDK.test(spec))) return false;
      for (let cur: Node | undefined = node.parent, i = 0; cur && i < 12; cur = cur.parent, i++) {
        if (cur.type === 'Property' && /^custom(?:IDs|Ids)$/.test(getPropertyName(cur) ?? '')) return true;
        if (cur.type === 'ArrowFunctionExpression' || cur.type === 'FunctionExpression' || cur.type === 'FunctionDeclaration') {
          const fnName = getFunctionName(cur);
          if (fnName && /^identify/i.test(fnName)) return true;
          // `export const identify = dedupe(async () => ...)`: the wrapper's binding names it.
          const call = cur.parent;
          const bound = call?.type === 'CallExpression' && call.parent?.type === 'VariableDeclarator' && call.parent.id.type === 'Identifier' ? call.parent.id.name : undefined;
          if (bound && /^identify/i.test(bound)) return true;
        }
      }
      return false;
    }

    /**
     * `const runId = \`x_${Date.now()}\`; const logger = createLoggerWithContext(runId)`: only labels log lines. Also when
     * handed on to a helper of this file that only logs it in turn (sparka's code-execution tool passing its `requestId`
     * to `executeInSandbox({ ..., requestId })` and `cleanupSandbox(sandbox, log, requestId)`, which log it).
     */
    function onlyLabelsLogs(target: Node): boolean {
      if (target.type !== 'Identifier' || target.parent?.type !== 'VariableDeclarator') return false;
      return onlyLoggedBinding(target, new Set(), 0);
    }

    /** Whether every read of the binding `id` declares is a log call's argument, or goes to a local helper that only logs it. */
    function onlyLoggedBinding(id: TSESTree.Identifier, seen: Set<Node>, depth: number): boolean {
      if (seen.has(id)) return true;
      seen.add(id);
      const reads = findVariable(context.sourceCode, id)?.references.filter((r) => !r.init && r.isRead()) ?? [];
      return (
        reads.length > 0 &&
        reads.every((r) => {
          // Passed as is, or inside the context object or message of the log call (`logger.error('upload failed',
          // { requestId, fileName })`, `` console.log(`[${requestId}] start`) ``).
          let arg: Node = r.identifier;
          let key: string | undefined;
          for (let i = 0; i < 6; i++) {
            const p: Node | undefined = arg.parent;
            if (p?.type === 'Property' && p.value === arg && p.parent.type === 'ObjectExpression') {
              key = arg === r.identifier && !p.computed ? getPropertyName(p) : undefined;
              arg = p.parent;
            } else if (p?.type === 'TemplateLiteral') {
              key = undefined;
              arg = p;
            } else break;
          }
          const call = arg.parent;
          if (call?.type !== 'CallExpression' || !call.arguments.some((a) => a === arg)) return false;
          if (LOG_CALL.test(getDottedName(call.callee) ?? '')) return true;
          return depth < 3 && passedToLoggingHelper(call, arg, arg === r.identifier ? undefined : key, seen, depth);
        })
      );
    }

    /**
     * `helper(a, id)` / `helper({ a, id })` with `helper` a function of this file: the parameter (or the destructured
     * property of the object parameter) that receives the value is itself only logged.
     */
    function passedToLoggingHelper(call: TSESTree.CallExpression, arg: Node, key: string | undefined, seen: Set<Node>, depth: number): boolean {
      if (call.callee.type !== 'Identifier') return false;
      const fn = resolveLocalFunction(sourceCode, call.callee, { constOnly: true });
      if (!fn) return false;
      const index = call.arguments.indexOf(arg as TSESTree.CallExpressionArgument);
      if (index < 0 || call.arguments.slice(0, index).some((a) => a.type === 'SpreadElement')) return false;
      let param: Node | undefined = fn.params[index];
      if (param?.type === 'AssignmentPattern') param = param.left;
      if (!param) return false;
      if (key === undefined) return arg.type === 'Identifier' && param.type === 'Identifier' && onlyLoggedBinding(param, seen, depth + 1);
      // The object's property received by name: `function f({ sandbox, requestId }: Args)`.
      if (param.type !== 'ObjectPattern' || arg.type !== 'ObjectExpression') return false;
      for (const prop of param.properties) {
        if (prop.type !== 'Property' || prop.computed || getPropertyName(prop) !== key) continue;
        const value = prop.value.type === 'AssignmentPattern' ? prop.value.left : prop.value;
        return value.type === 'Identifier' && onlyLoggedBinding(value, seen, depth + 1);
      }
      return false;
    }

    /**
     * A lock's owner token: the local is stored with Redis `SET ... NX` (`redis.set(lockKey, token, 'PX', ttl, 'NX')`,
     * `redis.set(lockKey, token, { nx: true, px: ttl })`), so it only tells this holder's release from another's
     * (portfolio-tracker's telemetry compaction lock). No one is handed it to prove anything; it needs to be unique, not secret.
     */
    function isLockOwnerToken(target: Node): boolean {
      if (target.type !== 'Identifier' || target.parent?.type !== 'VariableDeclarator') return false;
      return (findVariable(context.sourceCode, target)?.references ?? []).some((r) => {
        const call = r.identifier.parent;
        if (call?.type !== 'CallExpression' || call.arguments[1] !== r.identifier) return false;
        if (call.callee.type !== 'MemberExpression' || getPropertyName(call.callee) !== 'set') return false;
        return call.arguments.slice(2).some((a) => {
          if (a.type === 'Literal') return typeof a.value === 'string' && a.value.toUpperCase() === 'NX';
          return a.type === 'ObjectExpression' && a.properties.some((p) => p.type === 'Property' && getPropertyName(p) === 'nx' && p.value.type === 'Literal' && p.value.value === true);
        });
      });
    }

    /**
     * The prefix of a built id (`'sub_' + ...`, `` `conv_${...}` ``, also a caller's own prefix, `` `${prefix}-${...}` ``
     * or `` `${type}_${user.id}_${...}` ``), and how to write the id with another random part after that prefix: the
     * suggestion keeps what the id was made of besides its clock and random parts.
     */
    function literalPrefix(value: Node): { text: string; keep: (random: string) => string } | undefined {
      if (value.type === 'TemplateLiteral') {
        const head = value.quasis[0];
        if (!head || value.expressions.length === 0 || !/^[\w.:-]*$/.test(head.value.raw)) return undefined;
        // Leading values that are plain names (`prefix`, `user.id`), not calls or counters, each followed by id-safe text.
        let raw = head.value.raw;
        for (let i = 0; i < value.expressions.length - 1; i++) {
          const e = value.expressions[i]!;
          const next = value.quasis[i + 1]!.value.raw;
          if ((e.type !== 'Identifier' && e.type !== 'MemberExpression') || some(e, (n) => n.type === 'CallExpression') || !/^[\w.:-]*$/.test(next)) break;
          // Not the clock or random part itself, handed in or held in a name (`${startedAt}-...`, `${ts}_...`).
          const name = e.type === 'Identifier' ? e.name : (getPropertyName(e) ?? '');
          if (/(?:At|Time|Date|Timestamp|Ms|Ts)$|^(?:now|ts|time|timestamp|date|rand|random|rnd)$/i.test(name)) break;
          raw += `\${${sourceCode.getText(e)}}${next}`;
        }
        if (raw === head.value.raw && !/[_:.-]$/.test(raw)) return undefined;
        return { text: head.value.raw, keep: (random) => `\`${raw}\${${random}}\`` };
      }
      if (value.type === 'BinaryExpression' && value.operator === '+') {
        let first: Node = value;
        while (first.type === 'BinaryExpression' && first.operator === '+') first = first.left;
        if (first.type !== 'Literal' || typeof first.value !== 'string' || !/^[\w.:-]*[_:.-]$/.test(first.value)) return undefined;
        const lit = sourceCode.getText(first);
        return { text: first.value, keep: (random) => `${lit} + ${random}` };
      }
      return undefined;
    }

    /** Whether the node sits in the branch taken when a test of Web Crypto (`typeof crypto`, `crypto.getRandomValues`, `crypto?.randomUUID`) fails. */
    function isCryptoFallback(node: Node): boolean {
      let child: Node = node;
      for (let cur = node.parent; cur && !isFunction(cur); child = cur, cur = cur.parent) {
        if ((cur.type === 'IfStatement' || cur.type === 'ConditionalExpression') && child === cur.alternate && testsCrypto(cur.test)) return true;
        // The `catch` of a `try` that only calls Web Crypto: `try { return crypto.randomUUID(); } catch { return
        // Math.random()... }` runs only where `crypto` or the method is missing, like the `else` of a test of it.
        if (cur.type === 'CatchClause' && child === cur.body && cur.parent?.type === 'TryStatement' && onlyCallsCrypto(cur.parent.block)) return true;
        // After an early return on the test: `if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) { return
        // crypto.randomUUID(); } return \`aui_${Date.now()}_${Math.random()...}\`` (assistant-ui's chat registry).
        if (cur.type === 'BlockStatement') {
          for (const st of cur.body) {
            if (st === child) break;
            if (st.type !== 'IfStatement' || st.alternate || !testsCrypto(st.test)) continue;
            if (leavesWithCrypto(st.consequent)) return true;
          }
        }
      }
      return false;
    }

    /**
     * A branch that ends in a `return` / `throw`, also inside a `try` that only calls Web Crypto (`if (typeof
     * crypto?.randomUUID === 'function') { try { return crypto.randomUUID(); } catch {} }`): past it, only a
     * missing or failing Web Crypto is left.
     */
    function leavesWithCrypto(st: TSESTree.Statement): boolean {
      const last = st.type === 'BlockStatement' ? st.body[st.body.length - 1] : st;
      if (last?.type === 'ReturnStatement' || last?.type === 'ThrowStatement') return true;
      return last?.type === 'TryStatement' && onlyCallsCrypto(last.block) && leavesWithCrypto(last.block);
    }

    /**
     * A `try` block whose calls are Web Crypto's (`crypto.randomUUID()`, `crypto.getRandomValues(new Uint8Array(16))`)
     * and the formatting of their result (`Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')`):
     * nothing in it but a missing `crypto` can throw.
     */
    function onlyCallsCrypto(block: TSESTree.BlockStatement): boolean {
      let crypto = false;
      let other = false;
      walk(block, (n) => {
        if (other) return false;
        if (n.type === 'AwaitExpression' || n.type === 'ThrowStatement' || n.type === 'YieldExpression' || n.type === 'TaggedTemplateExpression') other = true;
        else if (n.type === 'NewExpression') other = !/^(?:Uint8|Uint16|Uint32)Array$/.test(getCalleeName(n) ?? '');
        else if (n.type === 'CallExpression') {
          const dotted = getDottedName(n.callee) ?? '';
          if (/^(?:globalThis\.|window\.|self\.)?crypto\.(?:randomUUID|getRandomValues)$/.test(dotted)) crypto = true;
          else if (dotted !== 'Array.from' && !(n.callee.type === 'MemberExpression' && FORMAT_METHOD.test(getPropertyName(n.callee) ?? ''))) other = true;
        }
        return !other;
      });
      return crypto && !other;
    }

    /** `typeof crypto !== 'undefined' && crypto.getRandomValues`, `globalThis.crypto?.randomUUID`: every operand is about crypto. */
    function testsCrypto(test: Node): boolean {
      const u = unwrap(test);
      if (u.type === 'LogicalExpression' && u.operator === '&&') return testsCrypto(u.left) && testsCrypto(u.right);
      if (u.type === 'BinaryExpression') return testsCrypto(u.left) || testsCrypto(u.right);
      if (u.type === 'UnaryExpression' && u.operator === 'typeof') return testsCrypto(u.argument);
      return /^(?:globalThis\.|window\.|self\.)?crypto(?:\.(?:getRandomValues|randomUUID|subtle))?$/.test(getDottedName(u) ?? '');
    }

    /** Inside a function named for mock or demo data (`generateMockErrorLogs`, `buildFakeUsers`), at any depth. */
    function inDemoFunction(node: Node): boolean {
      for (let fn = getEnclosingFunction(node), i = 0; fn && i < 6; fn = getEnclosingFunction(fn), i++) {
        const name = getFunctionName(fn);
        if (name && splitWords(name).some((w) => DEMO_WORD.has(w))) return true;
      }
      return false;
    }

    /** A test that holds only in mock, demo or test mode: `USE_API_MOCK`, `env.demoMode`, `isMock && x` (not `!isMock`), `isTestMode`. */
    function testsDemoMode(test: Node): boolean {
      const u = unwrap(test);
      if (u.type === 'LogicalExpression') {
        return u.operator === '&&' ? testsDemoMode(u.left) || testsDemoMode(u.right) : testsDemoMode(u.left) && testsDemoMode(u.right);
      }
      if (u.type !== 'Identifier' && u.type !== 'MemberExpression') return false;
      const name = getDottedName(u);
      // Also a test or development mode flag (`isTestMode`, `TEST_MODE`, `devMode`): myimageupscaler's email adapter
      // answers `{ messageId: `dev-${Date.now()}` }` there instead of sending.
      return (
        !!name &&
        name.split('.').some((part) => {
          const words = splitWords(part);
          return words.some((w) => DEMO_WORD.has(w)) || (words.includes('mode') && words.some((w) => /^(?:test|dev|development|sandbox)$/.test(w)));
        })
      );
    }

    /**
     * Made up for display: inside a function named for mock or demo data, or in the branch that runs only in mock
     * mode (`if (USE_API_MOCK) { const id = `ctr-${Date.now()}`; return { id, ... } }`).
     */
    function inDemoCode(node: Node): boolean {
      if (inDemoFunction(node)) return true;
      let child: Node = node;
      for (let cur = node.parent, i = 0; cur && i < 40; child = cur, cur = cur.parent, i++) {
        if ((cur.type === 'IfStatement' || cur.type === 'ConditionalExpression') && cur.consequent === child && testsDemoMode(cur.test)) return true;
      }
      return false;
    }

    /**
     * A field of an object literal stored under a mock name: `const mockUpdate = { update_id: Date.now(), message:
     * { message_id: Date.now() } }` (a dev route simulating a Telegram update). Made-up data, like a mock function's rows.
     */
    function inDemoObject(target: Node): boolean {
      let cur: Node | undefined = target.parent;
      for (let i = 0; cur && i < 8 && (cur.type === 'Property' || cur.type === 'ObjectExpression' || cur.type === 'ArrayExpression'); i++) {
        let parent: Node | undefined = cur.parent;
        // `const mockUpdate = { ... } as any`
        while (parent && (parent.type === 'TSAsExpression' || parent.type === 'TSSatisfiesExpression')) parent = parent.parent;
        if (cur.type === 'ObjectExpression' && parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier') {
          return splitWords(parent.id.name).some((w) => DEMO_WORD.has(w));
        }
        cur = parent;
      }
      return false;
    }

    /**
     * The fallback of a request id the caller may send itself (`const requestId = req.headers.get('x-request-id') ||
     * `req_${Date.now()}_${Math.random()...}``, also through a const: openrouter-chatbot's log correlation id): whoever
     * calls can pick the id outright, so it can be no secret and guessing it gains nothing.
     */
    function fallsBackFromCallerId(value: Node): boolean {
      const u = unwrap(value);
      if (u.type !== 'LogicalExpression' || (u.operator !== '||' && u.operator !== '??')) return false;
      let left: Node = unwrap(u.left);
      if (left.type === 'Identifier') left = getConstInit(sourceCode, left) ?? left;
      let found = false;
      walk(left, (n) => {
        if (found) return false;
        if (n.type === 'Literal' && typeof n.value === 'string' && /^x-(?:[\w-]+-)?(?:request|correlation|trace)-id$/i.test(n.value)) found = true;
        return !found;
      });
      return found;
    }

    /**
     * The `id` of a JSON-RPC request object (`{ jsonrpc: '2.0', id: btoa(['Homarr', Date.now(), Math.random()].join('.')),
     * method }`: homarr's aria2 client): it only pairs the answer with its request on one call, guessing it gains nothing.
     */
    function isJsonRpcRequestId(target: Node): boolean {
      const prop = target.parent;
      if (prop?.type !== 'Property' || prop.key !== target || getPropertyName(prop) !== 'id' || prop.parent.type !== 'ObjectExpression') return false;
      return prop.parent.properties.some(
        (p) =>
          p.type === 'Property' &&
          (getPropertyName(p) === 'jsonrpc' ||
            // The `id` of an OpenAI-compatible completion the handler answers with (`{ id: `chatcmpl-${Date.now()}`,
            // object: 'chat.completion.chunk', choices }`, firestarter's /v1/chat/completions): a label the client reads
            // off the reply, never looked up.
            (getPropertyName(p) === 'object' && OPENAI_COMPLETION_OBJECT.test(getStaticString(p.value) ?? ''))),
      );
    }

    /**
     * Whether a value holds a part made by a CSPRNG: a call to one (`nanoid(8)`), or a local `const` made
     * from one, through a typed array that `crypto.getRandomValues()` fills in place
     * (`const a = new Uint32Array(1); crypto.getRandomValues(a); const rand = a[0].toString(36)`).
     */
    function holdsCsprngPart(value: Node, depth = 0): boolean {
      return some(value, (n) => {
        if (n.type === 'CallExpression') return SECURE_ID_CALL.test(getCalleeName(n) ?? '');
        if (n.type !== 'Identifier' || depth >= 3) return false;
        const parent = n.parent;
        if (parent?.type === 'MemberExpression' && parent.property === n && !parent.computed) return false;
        const variable = findVariable(sourceCode, n);
        const def = variable?.defs[0];
        if (!variable || variable.defs.length !== 1 || def?.type !== 'Variable' || def.parent?.kind !== 'const') return false;
        const filled = variable.references.some((r) => {
          const call = r.identifier.parent;
          return call?.type === 'CallExpression' && call.arguments[0] === r.identifier && getCalleeName(call) === 'getRandomValues';
        });
        const init = (def.node as TSESTree.VariableDeclarator).init;
        return filled || (!!init && holdsCsprngPart(init, depth + 1));
      });
    }

    function check(node: TSESTree.CallExpression | TSESTree.NewExpression, source: string): void {
      const isDate = source !== 'Math.random()';
      let dest = destination(node, isDate);
      let name = dest?.name;
      let category = categorize(name, extra, ignore);
      if (dest?.stop) return;
      // A value stored under a name that says what it is (`randomIndex`, `delay`) is not id material,
      // even inside a generator: it picks, it does not make.
      const namedElsewhere = !!dest && !dest.viaFunction && !!name && dest.target.parent?.type === 'VariableDeclarator';
      if (!category && !isDate && !namedElsewhere) {
        // A loop or callback building the value inside `function generateToken() {...}`.
        const gen = generatorFunction(node);
        if (gen) {
          name = getFunctionName(gen);
          category = categorize(name, extra, ignore);
          dest = undefined;
        }
      }
      if (!category || !name) return;
      // The fallback of a CSPRNG check (`if (crypto?.getRandomValues) crypto.getRandomValues(a); else a[i] = Math.random()...`):
      // it runs only where Web Crypto is missing, which no server runtime of today is (a clock-made fallback too).
      if (isCryptoFallback(node)) return;
      // Timestamps alone are ids only when the name says id, never secrets' "timestamps" etc.
      // Also in snake_case (`first_token_at: new Date().getTime()`, langwatch's trace timestamps): a time, not a token.
      if (isDate && dest && (/(?:At|Time|Date|Timestamp|Ms)$/.test(name) || /[a-z\d]_(?:at|time|date|timestamp|ms)$/i.test(name))) return;
      if (category === 'id' && (clientCode || persistsInWebStorage() || worksOnPage()) && options.checkClientIds !== true) return;
      if (category === 'id' && dest && (isScopedInternalId(name, dest.value) || onlyLabelsLogs(dest.target) || isScopedLocalMapKey(dest.target, dest.value) || isStoragePath(dest.value) || isMailStyleId(dest.value))) return;
      if (category === 'id' && isFlagBucketingUnit(node)) return;
      if (category === 'id' && dest && isJsonRpcRequestId(dest.target)) return;
      if (category === 'id' && dest?.value && fallsBackFromCallerId(dest.value)) return;
      if (dest && isLockOwnerToken(dest.target)) return;
      // Rows a mock-data function, a mock-mode branch or an object stored under a mock name makes (`generateMockErrorLogs()`
      // filling an admin page with sample logs, `if (USE_API_MOCK) return { id: `ctr-${Date.now()}` }`,
      // `const mockUpdate = { update_id: Date.now() }`): display data.
      if (category === 'id' && (inDemoCode(node) || (dest && inDemoObject(dest.target)))) return;
      // A value that also holds a CSPRNG part (`op_${Date.now()}_${agentId}_${nanoid(8)}`): the clock only orders it.
      if (dest && holdsCsprngPart(dest.value)) return;
      // One report per destination: `${Date.now()}-${Math.random()}` is one id. Also one per local variable: a password
      // built a character class at a time (`password += lower[...]; password += upper[...]; ... password += charset[...]`,
      // bblist's generator) is one value with one fix.
      const key = dest?.viaFunction ?? (dest ? localVariable(dest.target) ?? dest.target : undefined) ?? (category ? generatorFunction(node) : undefined) ?? node;
      if (reported.has(key)) return;
      reported.add(key);
      // What the secret is made of: the reporting source, and the other kind when the value also holds it.
      const valueText = dest?.value ? sourceCode.getText(dest.value) : '';
      const random = !isDate || valueText.includes('Math.random');
      const clock = isDate || /\bDate\.now\(|\bnew Date\(|\.getTime\(/.test(valueText);
      const why =
        category === 'secret'
          ? random && clock
            ? 'Math.random() is not cryptographically secure and Date.now() is a guessable timestamp, so an attacker can predict or brute-force it.'
            : random
              ? 'it is not cryptographically secure: its state can be recovered from a few outputs, so an attacker can predict the next values.'
              : 'a timestamp is known to within seconds of when it was made, so an attacker can guess or brute-force it.'
          : category === 'code'
            ? 'it is predictable and has little entropy, so codes can be guessed or enumerated.'
            : isDate
              ? // `conv_${Date.now()}_${Math.random().toString(36).slice(2, 9)}`: the random part separates one millisecond's ids.
                dest?.value && sourceCode.getText(dest.value).includes('Math.random')
                ? 'its random part is Math.random(), which is not cryptographically secure, and the timestamp is guessable, so ids can be predicted.'
                : dest?.value && some(dest.value, (n) => n.type === 'UpdateExpression')
                  ? // `${prefix}-${Date.now().toString(36)}-${idCounter++}` (CopilotKit's reskinnable demo): the counter keeps one process's ids apart.
                    "a counter keeps one process's ids apart, but it restarts at zero on every instance, so two instances collide within a millisecond, and ids are guessable."
                  : 'two requests in the same millisecond collide, and ids are guessable.'
              : 'it collides across instances at scale and is predictable.';
      const fix =
        category === 'secret'
          ? webCrypto
            ? 'crypto.getRandomValues(new Uint8Array(32)), base64url-encoded'
            : 'randomBytes(32).toString("base64url")'
          : category === 'code'
            ? webCrypto
              ? 'crypto.getRandomValues() with rejection sampling'
              : 'crypto.randomInt()'
            : 'crypto.randomUUID()';
      const suggest: TSESLint.ReportSuggestionArray<MessageIds> = [];
      // Replace only the part that makes the value: `job.id ?? \`fallback-${Date.now()}\`` keeps `job.id ??`.
      let value = dest?.value;
      while (value && (value.type === 'LogicalExpression' || value.type === 'ConditionalExpression')) {
        const parts: Node[] = value.type === 'LogicalExpression' ? [value.left, value.right] : [value.consequent, value.alternate];
        const inner: Node | undefined = parts.find((p) => p.range[0] <= node.range[0] && node.range[1] <= p.range[1]);
        if (!inner) break;
        value = inner;
      }
      // A value that says it is made up (`"fake_sub_" + Math.random()`): a placeholder, not an id anyone looks up.
      const prefix = value ? literalPrefix(value) : undefined;
      if (prefix && /(?:^|[_-])(?:fake|dummy|placeholder|mock|test|debug)[_-]/i.test(prefix.text)) return;
      // `otp += digits[...]` in a loop adds one piece per turn: replacing the piece with a whole token or code
      // would repeat it, so no suggestion there.
      const accumulates = dest?.target.parent?.type === 'AssignmentExpression' && dest.target.parent.operator !== '=';
      if (value && !dest?.viaFunction && !accumulates) {
        if (category === 'id') {
          // Keep the id's literal prefix: `conv_${Date.now()}` becomes `conv_${crypto.randomUUID()}`.
          const uuid = prefix ? prefix.keep('crypto.randomUUID()') : 'crypto.randomUUID()';
          suggest.push({ messageId: 'useRandomUUID', fix: (fixer) => fixer.replaceText(value, uuid) });
        } else if (category === 'secret' && canCallHelper(sourceCode, value, 'generateToken')) {
          // (A `generateToken` the file declares itself is not the snippet's: the suggestion would call it.)
          suggest.push({
            messageId: webCrypto ? 'useTokenWebCrypto' : 'useToken',
            data: { where },
            fix: (fixer) => [fixer.replaceText(value, 'generateToken()'), ...helperFixes(context, fixer, helperSnippet, ['generateToken'])],
          });
        } else if (category === 'code' && canCallHelper(sourceCode, value, 'generateNumericCode')) {
          suggest.push({
            messageId: webCrypto ? 'useNumericCodeWebCrypto' : 'useNumericCode',
            data: { where },
            fix: (fixer) => [
              fixer.replaceText(value, 'generateNumericCode()'),
              ...helperFixes(context, fixer, helperSnippet, ['generateNumericCode']),
            ],
          });
        }
      } else if (dest?.viaFunction && dest.value && category === 'id') {
        const v = dest.value;
        // The returned id keeps its literal prefix too: `return \`conv_${Date.now()}_${...}\`` becomes `conv_${crypto.randomUUID()}`.
        const kept = literalPrefix(v);
        suggest.push({ messageId: 'useRandomUUID', fix: (fixer) => fixer.replaceText(v, kept ? kept.keep('crypto.randomUUID()') : 'crypto.randomUUID()') });
      }
      context.report({ node, messageId: 'insecureRandom', data: { name, source, why, fix }, suggest });
    }

    /** `new Date()`: the current time. `new Date(hour)` is the time it is given (an hour bucket, a stored date). */
    function isNewDateNow(node: Node): boolean {
      return node.type === 'NewExpression' && node.callee.type === 'Identifier' && node.callee.name === 'Date' && node.arguments.length === 0;
    }

    return {
      'CallExpression[callee.type="MemberExpression"][callee.property.name=/^(?:random|now|getTime|valueOf)$/]'(
        node: TSESTree.CallExpression,
      ) {
        try {
          const dotted = getDottedName(node.callee);
          if (dotted === 'Math.random') check(node, 'Math.random()');
          else if (dotted === 'Date.now') check(node, 'Date.now()');
          else if (
            getPropertyName(node.callee as TSESTree.MemberExpression) === 'getTime' &&
            isNewDateNow(unwrap((node.callee as TSESTree.MemberExpression).object))
          ) {
            check(node, 'new Date().getTime()');
          }
        } catch {
          // never throw on half-typed code
        }
      },
    };
  },
});
