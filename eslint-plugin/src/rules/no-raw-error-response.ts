import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import {
  compilePatterns,
  createRule,
  findVariable,
  getBindingValues,
  getCalleeName,
  getConstInit,
  exitsBefore,
  leavesAtEnd,
  getDottedName,
  getFileKind,
  getHandlers,
  getImportSource,
  getPropertyName,
  getRootIdentifier,
  canCallHelper,
  helperFixes,
  isFunction,
  resolveLocalFunction,
  unwrap,
  walk,
  type FunctionNode,
  getProcessEnvName,
  getStaticString,
  some,
  getEnclosingFunction,
  runsOnlyOutsideProduction,
  isProductionTest,
  nodeEnvComparison,
} from '../utils';
import { isDesktopAppModule } from '../utils/project';

type Options = [
  {
    safeErrorClasses?: string[];
    safeErrorPatterns?: string[];
    allowClientErrorStatus?: boolean;
  },
];
type MessageIds = 'rawError' | 'useGenericMessage' | 'useErrorResponse';

/** String methods that return part of a text, or the text re-cased or trimmed: `err.message.slice(0, 400)` still sends the message. */
const TEXT_PART_METHOD = /^(?:slice|substring|substr|trim|trimStart|trimEnd|toLowerCase|toUpperCase)$/;
/** Properties of an error that carry internal detail. `.code`, `.name`, `.status` are harmless. */
const LEAK_PROPS = new Set(['message', 'stack', 'details', 'hint', 'cause', 'meta', 'sqlMessage', 'sql', 'sqlState']);
/** AI SDK calls whose error callback's return value is streamed to the client (v4 and v5 names). */
const AI_STREAM_CALL = /^(?:toDataStreamResponse|pipeDataStreamToResponse|createDataStreamResponse|createDataStream|toDataStream|toUIMessageStreamResponse|pipeUIMessageStreamToResponse|toUIMessageStream|createUIMessageStream)$/;
const AI_STREAM_TEXT = /DataStream|UIMessageStream/;
const DEFAULT_SAFE_CLASSES = ['ZodError', 'ValidationError', 'TRPCError', 'HTTPException', 'HttpException'];
const DEFAULT_SAFE_PATTERNS = [
  '^(?:App|Http|HTTP|Api|API|Public|User|Client)\\w*(?:Error|Exception)$',
  // a brand prefix: DubApiError, AcmeAppError
  '^[A-Z][a-z]+(?:App|Http|HTTP|Api|API|Public|User)(?:Error|Exception)$',
];
const ERROR_PARAM = /^(?:e|err|error|ex|exc|exception|caughtError|reason)$/i;
const VALIDATION_CALL = /^(?:safeParse|safeParseAsync|spa|validate|validateSync|validateAsync|parse|parseAsync)$/;
const DB_METHOD = /^(?:from|rpc)$/;
const RESPONSE_OBJECT = /^(?:res|response|resp|reply)$/;
const BUILTIN_ERROR = /^(?:Error|TypeError|RangeError|SyntaxError|ReferenceError|EvalError|URIError|AggregateError|DOMException|Object)$/;
/**
 * Flags an app (or http-errors / Koa's `expose`) sets on errors made to be shown to the caller: under
 * `if (err.isOperational)` the message is one the app wrote for users.
 */
const OPERATIONAL_FLAG = /^(?:isOperational|operational|expose|isPublic|isUserFacing|userFacing)$/;
const LIBRARY_ERROR = /Prisma|Postgrest|Postgres|Axios|Fetch|Mongo|Drizzle|Sequelize|QueryFailed|Sql|Stripe|OpenAI|Anthropic|Supabase|Firebase|Redis|AWS|S3|Database|Db[A-Z]/;
/**
 * Names of an app's own helpers that answer with an error: `errorResponse`, `createErrorResponse`,
 * `internalErrorResponse`, `failureResponse`, `badRequestResponse`, `jsonError`, `apiError`, `serverError`,
 * `logAndRespond`. Not `handleError`, `logError`, `reportError`, `toSafeMessage`, `getErrorMessage`: a handler,
 * a logger or a mapper.
 */
const RESPONSE_HELPER =
  /^(?=[a-z])(?:\w*(?:[eE]rror|[fF]ail(?:ure|ed)?|[pP]roblem|BadRequest|badRequest|NotFound|Unauthori[sz]ed|Forbidden|Conflict|Invalid|Validation|TooLarge|TooMany|Unavailable)Response|(?:json|api|http|server|internalServer)Error|(?:[a-z]\w*And)?[rR]espond(?:With\w*)?)$/;
/** Helpers handed the response object to write to: `sendError(res, ...)`, `respondWithError(res, ...)`, `replyError(reply, ...)`. */
const SEND_HELPER = /^(?:send|respond|reply)[A-Z]?\w*$/;
/** Status constants named for a client error: `StatusCodes.BAD_REQUEST`, `ADMIN_API_STATUS.NOT_FOUND`. */
const CLIENT_ERROR_STATUS_NAME = /^(?:BAD_REQUEST|NOT_FOUND|UNAUTHORI[SZ]ED|FORBIDDEN|CONFLICT|UNPROCESSABLE\w*|TOO_MANY_REQUESTS|GONE|PAYLOAD_TOO_LARGE|METHOD_NOT_ALLOWED|INVALID\w*|VALIDATION\w*)$/;
const LOG_CALL = /^(?:console|logger|log|Sentry|captureException|reportError|logError)$/;
/** The hardened snippet's response helper (snippets/no-raw-error-response.ts). */
const ERROR_HELPER = 'errorResponse';

/** How an identifier came to hold an error. */
/** SDKs whose error carries the provider's error body as `.error` (`APIError.error`: `{ message, type, code }`). */
const ERROR_BODY_SDK = /^(?:openai|@anthropic-ai\/sdk|groq-sdk|together-ai)$/;

type ErrorKind = 'catch' | 'rejection' | 'db-result' | 'result' | 'new' | 'param' | 'typed-param';

/** Global functions that compute a value from their arguments (no I/O): `parseInt(hex, 16)`, `Array(3)`. */
const COMPUTE_GLOBALS = new Set(['parseInt', 'parseFloat', 'Number', 'String', 'Boolean', 'Array', 'isNaN', 'isFinite', 'encodeURIComponent', 'decodeURIComponent']);
/** Hash modules whose functions only digest the text they are given (`sha1(name)` from crypto-hash). */
const HASH_MODULE = /^(?:crypto-hash|js-sha1|js-sha256|js-md5|md5|object-hash)$/;
/** Methods of a Pages API response that answer the request. */
const RESPONSE_METHOD = /^(?:setHeader|status|send|json|end|write)$/;
/** String and array methods that compute a value from the one they are called on (not `find`, `keys`: a model's, a store's). */
const VALUE_METHOD =
  /^(?:slice|substring|substr|charAt|charCodeAt|codePointAt|padStart|padEnd|trim|trimStart|trimEnd|toLowerCase|toUpperCase|toString|toFixed|split|join|replace|replaceAll|repeat|concat|includes|indexOf|startsWith|endsWith|map|reduce|fill|reverse)$/;

export default createRule<Options, MessageIds>({
  name: 'no-raw-error-response',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow sending raw error messages, stacks or error objects to the client',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      rawError:
        '`{{expr}}` sends internal error detail ({{what}}) to the client: database errors, stack traces and upstream messages leak schema, paths and secrets. Log the error server-side (with an error id) and return a generic message.',
      useGenericMessage: 'Return a generic message instead (and log the error server-side).',
      useErrorResponse:
        'Return `errorResponse({{error}}, {{context}})` instead (the hardened snippet: logs the error server-side with an id, answers a generic 500).',
    },
    schema: [
      {
        type: 'object',
        properties: {
          safeErrorClasses: {
            type: 'array',
            items: { type: 'string' },
            description: 'Error classes whose message is meant for users (`if (e instanceof AppError) return e.message` is allowed).',
          },
          safeErrorPatterns: {
            type: 'array',
            items: { type: 'string' },
            description: 'Regular expressions for user-facing error class names.',
          },
          allowClientErrorStatus: {
            type: 'boolean',
            description: 'Allow caught/validation error messages in 4xx responses (default true).',
          },
        },
        additionalProperties: false,
      },
    ],
  },
  defaultOptions: [{ safeErrorClasses: [], safeErrorPatterns: DEFAULT_SAFE_PATTERNS, allowClientErrorStatus: true }],
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const text = sourceCode.text;
    const kind = getFileKind(context);
    if (kind.isClient || kind.isTest) return {};
    if (!/catch|rror|err|reason|exc/.test(text)) return {};
    // A desktop app's code (an Electron main process and the packages only it imports): what its local servers answer
    // goes to the app's own windows on the user's machine, as for a file that imports electron.
    if (!kind.isEntryPoint && isDesktopAppModule(context.physicalFilename)) return {};
    const safeClasses = new Set([...DEFAULT_SAFE_CLASSES, ...(options.safeErrorClasses ?? [])]);
    const safePatterns = compilePatterns(options.safeErrorPatterns ?? DEFAULT_SAFE_PATTERNS);
    const allow4xx = options.allowClientErrorStatus !== false;
    const reported = new Set<TSESTree.Node>();
    /** `stripe.webhooks.constructEvent(...)` calls seen so far (ESLint visits in source order). */
    const webhookVerifications: TSESTree.CallExpression[] = [];

    const isSafeClassName = (name: string | undefined): boolean => {
      if (!name) return false;
      const last = name.split('.').pop() ?? name;
      return safeClasses.has(last) || safePatterns.some((p) => p.test(last));
    };

    // ---------------------------------------------------------------- error sources

    /** 'db' for a Supabase query chain (`.from()`, `.rpc()`, `.storage`), 'supabase' for other Supabase calls. */
    function supabaseChain(node: TSESTree.Node): 'db' | 'supabase' | undefined {
      let cur: TSESTree.Node = unwrap(node, { await: true });
      let db = false;
      for (let i = 0; i < 30; i++) {
        if (cur.type === 'CallExpression') {
          const n = getCalleeName(cur);
          if (n && DB_METHOD.test(n)) db = true;
          cur = unwrap(cur.callee);
        } else if (cur.type === 'MemberExpression') {
          if (getPropertyName(cur) === 'storage') db = true;
          cur = unwrap(cur.object, { await: true });
        } else break;
      }
      if (db) return 'db';
      if (cur.type === 'Identifier' && /supabase/i.test(cur.name)) return 'supabase';
      return undefined;
    }

    /**
     * The kind of a result `{ error }` destructured from / read off `init`: Supabase results only (their
     * error objects carry Postgres messages, details and hints). Other SDK results and validation
     * results are not treated as errors.
     */
    function resultKind(init: TSESTree.Node): ErrorKind | undefined {
      const u = unwrap(init, { await: true });
      if (u.type !== 'CallExpression') return undefined;
      const n = getCalleeName(u);
      if (n && VALIDATION_CALL.test(n)) return undefined;
      // Supabase Auth's own flows (`supabase.auth.signInWithPassword()`, `.signUp()`, `.verifyOtp()`, `auth.mfa.verify()`):
      // GoTrue words these errors for the person signing in ("Invalid login credentials"), the docs show them as they
      // are; `auth.admin.*` (service-role calls) still count.
      if (u.callee.type === 'MemberExpression' && /(?:^|\.)auth(?:\.mfa)?$/.test(getDottedName(u.callee.object) ?? '')) return undefined;
      const chain = supabaseChain(u);
      return chain === 'db' ? 'db-result' : chain === 'supabase' ? 'result' : undefined;
    }

    function errorKindOf(id: TSESTree.Identifier, depth = 0): ErrorKind | undefined {
      if (depth > 4) return undefined;
      const variable = findVariable(sourceCode, id);
      const def = variable?.defs[0];
      if (!def) return undefined;
      if (def.type === 'CatchClause') return 'catch';
      if (def.type === 'Parameter') {
        const fn = def.node as TSESTree.Node;
        if (!isFunction(fn)) return undefined;
        const index = fn.params.findIndex((p) => p.range[0] <= id.range[0] && p.range[1] >= id.range[1]);
        const call = fn.parent;
        if (call?.type === 'CallExpression' && call.callee.type === 'MemberExpression') {
          const m = getPropertyName(call.callee);
          if (m === 'catch' && call.arguments[0] === fn) return 'rejection';
          if (m === 'then' && call.arguments[1] === fn) return 'rejection';
        }
        const declared = variable?.defs[0]?.name;
        const name = declared?.type === 'Identifier' ? declared.name : id.name;
        // Express-style error middleware: (err, req, res, next).
        if (index === 0 && fn.params.length === 4 && ERROR_PARAM.test(name)) return 'typed-param';
        if (!ERROR_PARAM.test(name)) return undefined;
        const param = fn.params[index];
        const ann = param && 'typeAnnotation' in param ? param.typeAnnotation?.typeAnnotation : undefined;
        if (!ann) return 'param';
        if (ann.type === 'TSUnknownKeyword' || ann.type === 'TSAnyKeyword') return 'typed-param';
        if (ann.type === 'TSTypeReference' && ann.typeName.type === 'Identifier' && /Error$/.test(ann.typeName.name)) {
          return isSafeClassName(ann.typeName.name) ? undefined : 'typed-param';
        }
        return undefined;
      }
      if (def.type === 'Variable') {
        const decl = def.node as TSESTree.VariableDeclarator;
        if (!decl.init) return undefined;
        if (decl.id.type === 'ObjectPattern') {
          // const { data, error } = await supabase.from('x')...
          const prop = decl.id.properties.find(
            (p) => p.type === 'Property' && p.value.type === 'Identifier' && p.value.name === id.name,
          );
          if (prop?.type === 'Property' && getPropertyName(prop) === 'error') return resultKind(decl.init);
          return undefined;
        }
        if (decl.id.type !== 'Identifier') return undefined;
        const init = unwrap(decl.init, { await: true });
        if (init.type === 'NewExpression' && /Error$/.test(getCalleeName(init) ?? '') && !isSafeClassName(getCalleeName(init))) {
          // `const err = new LatitudeObservabilityTestError('workers')`: an error of the app's own class made from
          // literals only says what the app wrote (latitude-llm's observability test route). A built-in `Error`
          // (its stack) or one given a value (`new SyncError(detail)`) still counts.
          if (isAppClass(init.callee) && init.arguments.every((a) => a.type === 'Literal' || (a.type === 'TemplateLiteral' && a.expressions.length === 0))) {
            return undefined;
          }
          return 'new';
        }
        if (init.type === 'Identifier') return errorKindOf(init, depth + 1);
        if (init.type === 'MemberExpression' && getPropertyName(init) === 'error') {
          const obj = unwrap(init.object, { await: true });
          if (obj.type === 'Identifier') {
            const values = getBindingValues(sourceCode, obj);
            if (values?.length === 1) return resultKind(values[0]!);
          }
          return resultKind(obj);
        }
      }
      return undefined;
    }

    /** The error an expression denotes (an identifier, `result.error`), with its kind. */
    function errorOf(node: TSESTree.Node): { id: TSESTree.Identifier; kind: ErrorKind } | undefined {
      const u = unwrap(node);
      if (u.type === 'Identifier') {
        const k = errorKindOf(u);
        return k ? { id: u, kind: k } : undefined;
      }
      if (u.type === 'MemberExpression' && getPropertyName(u) === 'error') {
        const obj = unwrap(u.object);
        if (obj.type !== 'Identifier') return undefined;
        const values = getBindingValues(sourceCode, obj);
        if (values?.length !== 1) return undefined;
        const k = resultKind(values[0]!);
        return k ? { id: obj, kind: k } : undefined;
      }
      return undefined;
    }

    /**
     * `error.error` of a caught error: the provider's error body an SDK error carries (OpenAI's `APIError.error`,
     * `{ message, type, code }`); its `message` is the upstream's text ("Incorrect API key provided: sk-...", quota and
     * billing notices), as internal as the error's own (AI-Hub's image route answers `error.error.message` with a 500).
     * Only in a file using an SDK whose errors carry that body (the Stainless-generated ones: `openai`,
     * `@anthropic-ai/sdk`, `groq-sdk`, `together-ai`): elsewhere `error.error` is undefined (a Supabase error, a
     * `new Error(...)`, Replicate's `ApiError`), and chatbot-ui's `error.error?.message || 'An unexpected error occurred'`
     * in its username routes always sends the fallback.
     */
    let usesErrorBodySdk: boolean | undefined;
    function apiErrorBodyOf(node: TSESTree.Node): { id: TSESTree.Identifier; kind: ErrorKind } | undefined {
      usesErrorBodySdk ??= [...kind.imports].some((spec) => ERROR_BODY_SDK.test(spec));
      if (!usesErrorBodySdk) return undefined;
      const u = unwrap(node);
      if (u.type !== 'MemberExpression' || getPropertyName(u) !== 'error') return undefined;
      const obj = unwrap(u.object);
      if (obj.type !== 'Identifier') return undefined;
      const k = errorKindOf(obj);
      return k ? { id: obj, kind: k } : undefined;
    }

    // ---------------------------------------------------------------- guards

    /** `err.message`, or a local const made from the error (`const code = err instanceof Error ? err.message : ''`). */
    function mentionsError(node: TSESTree.Node, name: string): boolean {
      const u = unwrap(node);
      if (getRootIdentifier(u)?.name === name) return true;
      const init = u.type === 'Identifier' ? getConstInit(sourceCode, u) : undefined;
      return !!init && some(init, (n) => n.type === 'Identifier' && n.name === name);
    }

    function guardMentions(test: TSESTree.Node, name: string): 'safe' | 'negated-safe' | undefined {
      let result: 'safe' | 'negated-safe' | undefined;
      let hops = 0;
      const check = (n: TSESTree.Node, negated: boolean): void => {
        const u = unwrap(n);
        if (u.type === 'UnaryExpression' && u.operator === '!') return check(u.argument, !negated);
        // const operational = isOperationalError(err); ... operational ? err.message : 'Something went wrong'
        if (u.type === 'Identifier' && u.name !== name && hops < 3) {
          const init = getConstInit(sourceCode, u);
          if (init) {
            hops++;
            check(init, negated);
          }
          return;
        }
        if (u.type === 'LogicalExpression') {
          check(u.left, negated);
          check(u.right, negated);
          return;
        }
        let safe = false;
        if (u.type === 'BinaryExpression' && u.operator === 'instanceof' && getRootIdentifier(u.left)?.name === name) {
          safe = isAppClass(u.right) || (isSafeClassName(getDottedName(u.right)) && !LIBRARY_ERROR.test(getDottedName(u.right) ?? ''));
        } else if (u.type === 'CallExpression') {
          const callee = getCalleeName(u);
          const arg0 = u.arguments[0];
          // isAppError(err), err.message.includes('already exists'), err.message.startsWith(...)
          if (callee && /^is\w*Error$/.test(callee) && arg0 && getRootIdentifier(arg0)?.name === name) {
            safe = isSafeClassName(callee.slice(2)) || (!LIBRARY_ERROR.test(callee) && callee !== 'isError' && callee !== 'isNativeError');
          } else if (
            // `HandledError.isHandled(error)`: a type guard on the app's own error class, like `instanceof HandledError`
            // (langwatch's bug-report and RUM routes answer with the handled error's message and code).
            callee &&
            /^is[A-Z]\w*$/.test(callee) &&
            u.callee.type === 'MemberExpression' &&
            u.callee.object.type === 'Identifier' &&
            /Error$/.test(u.callee.object.name) &&
            arg0 &&
            getRootIdentifier(arg0)?.name === name
          ) {
            safe = isAppClass(u.callee.object);
          } else if (
            // `const known = CODES.get(code)` / `KNOWN.has(err.message)` on an UPPER_CASE module constant: the
            // message is one of the app's own codes (CopilotKit's reskinnable demo).
            callee &&
            /^(?:get|has|includes)$/.test(callee) &&
            u.callee.type === 'MemberExpression' &&
            u.callee.object.type === 'Identifier' &&
            /^[A-Z][A-Z0-9_]*$/.test(u.callee.object.name) &&
            arg0 &&
            arg0.type !== 'SpreadElement' &&
            mentionsError(arg0, name)
          ) {
            safe = true;
          } else if (
            // `const status = statusByError.get(error.constructor)`, a `new Map([[NotFoundError, 404], ...])` keyed by the
            // app's own error classes: an `instanceof` of each, exact class (ai-companion's `withErrorHandler`).
            (callee === 'get' || callee === 'has') &&
            u.callee.type === 'MemberExpression' &&
            u.callee.object.type === 'Identifier' &&
            arg0 &&
            getDottedName(unwrap(arg0)) === `${name}.constructor` &&
            isMapOfAppClasses(u.callee.object)
          ) {
            safe = true;
          } else if (
            callee &&
            /^(?:includes|startsWith|endsWith|match|test)$/.test(callee) &&
            u.callee.type === 'MemberExpression' &&
            getRootIdentifier(u.callee.object)?.name === name &&
            getDottedName(u.callee.object)?.endsWith('.message')
          ) {
            safe = true;
          }
        } else if (u.type === 'MemberExpression' && u.computed && u.object.type === 'Identifier' && /^[A-Z][A-Z0-9_]*$/.test(u.object.name) && mentionsError(u.property, name)) {
          // `const known = CODES[code]`: the same lookup in an object of the app's codes.
          safe = true;
        } else if (u.type === 'MemberExpression' && getRootIdentifier(u.object)?.name === name && OPERATIONAL_FLAG.test(getPropertyName(u) ?? '')) {
          // err.isOperational, err.expose (http-errors / Koa: true for 4xx errors made to be shown)
          safe = true;
        } else if (
          u.type === 'BinaryExpression' &&
          (u.operator === '===' || u.operator === '==') &&
          [u.left, u.right].some((s) => getRootIdentifier(s)?.name === name && /\.(?:name|message|code)$/.test(getDottedName(s) ?? '')) &&
          [u.left, u.right].some((s) => s.type === 'Literal')
        ) {
          safe = true;
        } else if (
          // `const message = error instanceof Error ? error.message : '...'` then `message === REPO_TOO_LARGE_ERROR`
          // (gitdiagram's cost route): the message sent is one of the app's own texts, a string literal or an UPPER_CASE constant.
          u.type === 'BinaryExpression' &&
          (u.operator === '===' || u.operator === '==') &&
          [u.left, u.right].some((s) => s.type === 'Identifier' && s.name !== name && mentionsError(s, name)) &&
          [u.left, u.right].some((s) => (s.type === 'Literal' && typeof s.value === 'string') || (s.type === 'Identifier' && /^[A-Z][A-Z0-9_]*$/.test(s.name)))
        ) {
          safe = true;
        } else if (u.type === 'BinaryExpression' && /^[!=]==?$/.test(u.operator) && hops < 3) {
          // `const status = STATUS_BY_CODE[err.code] ?? 500` ... `status === 500 ? generic : err.message`: the status
          // differs from its default only when the error's code is one of the app's own (LibreChat's share routes).
          const [side, other] = u.left.type === 'Identifier' ? [u.left, u.right] : [u.right, u.left];
          const init = side.type === 'Identifier' && side.name !== name ? getConstInit(sourceCode, side) : undefined;
          const lookup = init ? unwrap(init) : undefined;
          if (
            lookup?.type === 'LogicalExpression' &&
            (lookup.operator === '??' || lookup.operator === '||') &&
            other.type === 'Literal' &&
            lookup.right.type === 'Literal' &&
            lookup.right.value === other.value
          ) {
            hops++;
            if (guardMentions(lookup.left, name) === 'safe') {
              safe = true;
              if (u.operator.startsWith('=')) negated = !negated;
            }
          }
        }
        if (safe) result = negated ? 'negated-safe' : 'safe';
      };
      check(test, false);
      return result;
    }

    /**
     * An error class the app raises on purpose: any class checked with `instanceof` except the built-ins
     * (`Error`, `TypeError`, ...) and library / driver errors (`Prisma.PrismaClientKnownRequestError`,
     * `OpenAI.APIError`, `AxiosError`, `PostgrestError`, ...), whose messages carry internal detail.
     */
    function isAppClass(node: TSESTree.Node): boolean {
      const u = unwrap(node);
      const name = getDottedName(u);
      if (!name) return false;
      const last = name.split('.').pop() ?? name;
      if (BUILTIN_ERROR.test(last) || LIBRARY_ERROR.test(name)) return false;
      const root = getRootIdentifier(u);
      if (!root) return false;
      const source = getImportSource(sourceCode, root);
      // `Lib.SomeError` on a package import is a library's error.
      if (u.type === 'MemberExpression' && source !== undefined && !/^(?:\.|@\/|~\/|#)/.test(source)) return false;
      return true;
    }

    /**
     * A `const` holding `new Map([[NotFoundError, 404], ...])` whose every key is an error class of the app's own: declared
     * in this file or imported from its own modules (`./`, `@/`, `~/`, `#`), not a built-in or a library's error.
     */
    function isMapOfAppClasses(id: TSESTree.Identifier): boolean {
      const init = getConstInit(sourceCode, id);
      const made = init ? unwrap(init) : undefined;
      if (made?.type !== 'NewExpression' || made.callee.type !== 'Identifier' || made.callee.name !== 'Map') return false;
      const entries = made.arguments[0] ? unwrap(made.arguments[0]) : undefined;
      if (entries?.type !== 'ArrayExpression' || entries.elements.length === 0) return false;
      return entries.elements.every((entry) => {
        const key = entry?.type === 'ArrayExpression' ? entry.elements[0] : undefined;
        if (key?.type !== 'Identifier' || !isAppClass(key)) return false;
        const source = getImportSource(sourceCode, key);
        return source === undefined ? isLocalClass(key) : /^(?:\.|@\/|~\/|#)/.test(source);
      });
    }

    /** Whether an identifier names a class declared in this file. */
    function isLocalClass(id: TSESTree.Identifier): boolean {
      const def = findVariable(sourceCode, id)?.defs[0];
      return def?.type === 'ClassName';
    }

    /** A test held by a const (`const isProduction = process.env.NODE_ENV === 'production'`): the comparison it holds. */
    function envTest(test: TSESTree.Node): TSESTree.Node {
      const u = unwrap(test);
      return (u.type === 'Identifier' && getConstInit(sourceCode, u)) || test;
    }

    /** `process.env.NODE_ENV === 'development'` (or `!== 'production'`): true only outside production. */
    function isDevelopmentOnly(test: TSESTree.Node): boolean {
      const c = nodeEnvComparison(test);
      return !!c && (c.eq ? /^(?:development|dev|test|local)$/.test(c.value) : c.value === 'production');
    }

    /** Whether the node sits where the error is known to be a user-facing one. */
    function isGuarded(node: TSESTree.Node, name: string): boolean {
      // `const apiError = e as TRPCError` inside `if (e instanceof TRPCError)`: a guard on `e` covers its alias.
      const alias = aliasOf(name, node);
      if (alias && isGuardedName(node, alias)) return true;
      return isGuardedName(node, name);
    }

    /** The name a `const x = y as T` (or `= y`) binding copies, for the binding `name` seen from `at`. */
    function aliasOf(name: string, at: TSESTree.Node): string | undefined {
      let scope: TSESLint.Scope.Scope | null = sourceCode.getScope(at);
      while (scope) {
        const v = scope.set.get(name);
        if (v) {
          const def = v.defs[0];
          if (def?.type !== 'Variable' || (def.parent as TSESTree.VariableDeclaration | undefined)?.kind !== 'const') return undefined;
          const init = (def.node as TSESTree.VariableDeclarator).init;
          const u = init ? unwrap(init) : undefined;
          return u?.type === 'Identifier' && u.name !== name ? u.name : undefined;
        }
        scope = scope.upper;
      }
      return undefined;
    }

    function isGuardedName(node: TSESTree.Node, name: string): boolean {
      let child: TSESTree.Node = node;
      let cur = node.parent;
      while (cur) {
        if ((cur.type === 'IfStatement' || cur.type === 'ConditionalExpression') && child !== cur.test) {
          const g = guardMentions(cur.test, name);
          if (g === 'safe' && child === cur.consequent) return true;
          if (g === 'negated-safe' && child === cur.alternate) return true;
        }
        if (cur.type === 'LogicalExpression' && cur.operator === '&&' && child === cur.right && guardMentions(cur.left, name) === 'safe') {
          return true;
        }
        // if (!(err instanceof AppError)) return generic;  ...  err.message
        if ((cur.type === 'BlockStatement' || cur.type === 'Program') && exitsBefore(cur, child, (stmt) => guardMentions(stmt.test, name) === 'negated-safe')) {
          return true;
        }
        if (isFunction(cur)) return false;
        child = cur;
        cur = cur.parent;
      }
      return false;
    }

    // ---------------------------------------------------------------- leaks

    interface Leak {
      /** The node to report and replace. */
      node: TSESTree.Node;
      errorId: TSESTree.Identifier;
      kind: ErrorKind;
      what: string;
    }

    /** Widens a leaking member to the expression a fix replaces: the conditional / fallback / concatenation it sits in. */
    function widen(node: TSESTree.Node, stop: TSESTree.Node): TSESTree.Node {
      let cur = node;
      while (cur !== stop && cur.parent) {
        const p: TSESTree.Node = cur.parent;
        if (
          p.type === 'ConditionalExpression' ||
          p.type === 'LogicalExpression' ||
          (p.type === 'BinaryExpression' && p.operator === '+') ||
          p.type === 'TSAsExpression' ||
          p.type === 'TSNonNullExpression' ||
          p.type === 'ChainExpression' ||
          p.type === 'TemplateLiteral' ||
          (p.type === 'CallExpression' && p.arguments.includes(cur as TSESTree.Expression) && /^(?:String|stringify)$/.test(getCalleeName(p) ?? ''))
        ) {
          if (p.type === 'ConditionalExpression' && p.test === cur) break;
          cur = p;
          continue;
        }
        // `String(e.message).slice(0, 400)`: the cut text is what is sent.
        if (p.type === 'MemberExpression' && p.object === cur && TEXT_PART_METHOD.test(getPropertyName(p) ?? '') && p.parent?.type === 'CallExpression' && p.parent.callee === p) {
          cur = p.parent;
          continue;
        }
        break;
      }
      return cur;
    }

    const errorTextHelpers = new Map<TSESTree.Node, string | undefined>();

    /** No annotation, `unknown`, `any`, `Error`: not one of the app's error classes (`e: PublicApiError`), whose messages may be written for users. */
    function genericErrorType(type: TSESTree.TypeNode | undefined): boolean {
      if (!type) return true;
      if (type.type === 'TSUnknownKeyword' || type.type === 'TSAnyKeyword') return true;
      return type.type === 'TSTypeReference' && type.typeName.type === 'Identifier' && type.typeName.name === 'Error';
    }

    /**
     * What a function declared in this file returns of its `index`-th parameter, when it returns the error's text
     * (`error.message`, `String(error)`): `function getErrorMessage(e: unknown) { return e instanceof Error ?
     * e.message : String(e) }`. Not a helper that tests for an error class of its own (`e instanceof AppError`):
     * it may hand out only messages written for users; nor one whose parameter is typed as such a class (langfuse's
     * `toBody(error: UnstablePublicApiError)`).
     */
    function errorTextHelper(callee: TSESTree.Identifier, index: number): string | undefined {
      const def = findVariable(sourceCode, callee)?.defs[0];
      let fn: TSESTree.Node | undefined;
      if (def?.type === 'FunctionName') fn = def.node;
      else if (def?.type === 'Variable' && def.node.type === 'VariableDeclarator' && def.node.init && isFunction(unwrap(def.node.init))) fn = unwrap(def.node.init);
      if (!fn || !isFunction(fn)) return undefined;
      if (errorTextHelpers.has(fn)) return errorTextHelpers.get(fn);
      let result: string | undefined;
      const param = fn.params[index];
      const name = param?.type === 'Identifier' && genericErrorType(param.typeAnnotation?.typeAnnotation) ? param.name : undefined;
      if (name && !/\binstanceof\s+(?!Error\b)[A-Za-z_$]/.test(sourceCode.getText(fn))) {
        const returned: TSESTree.Node[] = [];
        if (fn.body.type !== 'BlockStatement') returned.push(fn.body);
        else walk(fn.body, (n) => {
          if (n.type === 'ReturnStatement' && n.argument) returned.push(n.argument);
          return true;
        }, { skipFunctions: true });
        const isParam = (n: TSESTree.Node): boolean => { const v = unwrap(n); return v.type === 'Identifier' && v.name === name; };
        for (const r of returned) {
          walk(r, (n) => {
            if (result) return false;
            if (n.type === 'MemberExpression' && isParam(n.object) && LEAK_PROPS.has(getPropertyName(n) ?? '')) result = `error.${getPropertyName(n)}`;
            else if (n.type === 'CallExpression' && /^(?:String|JSON\.stringify)$/.test(getDottedName(n.callee) ?? '') && n.arguments[0] && isParam(n.arguments[0])) result = 'String(error)';
            return !result;
          }, { skipFunctions: true });
          if (result) break;
        }
      }
      errorTextHelpers.set(fn, result);
      return result;
    }

    const jsonOnlyTry = new Map<TSESTree.Node, boolean>();
    /**
     * `try { args = JSON.parse(toolCall.arguments) } catch (e) { ... e.message }`: a try block whose only call is
     * `JSON.parse` throws a SyntaxError about the text it was handed ("Unexpected token } in JSON at position 42"),
     * nothing of the server's (assistant-ui's React Router example streams it back with the tool call it parsed). Not
     * when the text is a setting or a secret. Also the handler's own body, `await req.json()`, with only the answer built
     * after it (`return NextResponse.json({ success: true, specId })`, Boltq's stub api-keys route): the caller's JSON.
     * Also a schema's `parse` of the caller's input (`SignInSchema.parse(data)`): its ZodError says what the input got wrong.
     */
    function onlyParsesJson(id: TSESTree.Identifier): boolean {
      const def = findVariable(sourceCode, id)?.defs[0];
      const tryStmt = def?.type === 'CatchClause' ? def.node.parent : undefined;
      if (tryStmt?.type !== 'TryStatement') return false;
      let hit = jsonOnlyTry.get(tryStmt);
      if (hit === undefined) {
        let parses = false;
        let other = false;
        // The handler's own request body (`await req.json()`): its SyntaxError quotes what the caller sent.
        const reqParam = getEnclosingFunction(tryStmt)?.params[0];
        const parsesBody = (c: TSESTree.Node): boolean =>
          c.type === 'CallExpression' &&
          c.arguments.length === 0 &&
          c.callee.type === 'MemberExpression' &&
          /^(?:json|text|formData)$/.test(getPropertyName(c.callee) ?? '') &&
          reqParam?.type === 'Identifier' &&
          unwrap(c.callee.object).type === 'Identifier' &&
          (unwrap(c.callee.object) as TSESTree.Identifier).name === reqParam.name;
        walk(tryStmt.block, (n) => {
          if (other) return false;
          // Not of a setting: Node's message quotes the start of the text (`"sk-live-..." is not valid JSON`).
          if (n.type === 'CallExpression' && getDottedName(n.callee) === 'JSON.parse' && !/\benv\b|secret|key|token|credential/i.test(sourceCode.getText(n))) parses = true;
          else if (parsesBody(n)) parses = true;
          // A schema's own check, `SignInSchema.parse(data)` (nextjs-auth-lucia's signIn action): a ZodError listing what
          // the caller's input got wrong.
          else if (
            n.type === 'CallExpression' &&
            n.callee.type === 'MemberExpression' &&
            /^(?:parse|parseAsync)$/.test(getPropertyName(n.callee) ?? '') &&
            n.callee.object.type === 'Identifier' &&
            /Schema$/.test(n.callee.object.name)
          )
            parses = true;
          else if (n.type === 'AwaitExpression' && parsesBody(unwrap(n.argument))) return true;
          // Building the answer (`return NextResponse.json(response)`) throws nothing of the server's.
          else if (n.type === 'CallExpression' && /^(?:NextResponse|Response)\.json$/.test(getDottedName(n.callee) ?? '')) return true;
          else if (n.type === 'NewExpression' && /^(?:NextResponse|Response)$/.test(getDottedName(n.callee) ?? '')) return true;
          else if (n.type === 'CallExpression' || n.type === 'NewExpression' || n.type === 'ThrowStatement' || n.type === 'AwaitExpression' || n.type === 'TaggedTemplateExpression') other = true;
          return !other;
        });
        hit = parses && !other;
        jsonOnlyTry.set(tryStmt, hit);
      }
      return hit;
    }

    const computeOnlyTry = new Map<TSESTree.Node, boolean>();
    /**
     * `try { const svg = await generateSVG(name); res.setHeader(...); res.send(svg) } catch (error) { ... error.message }`
     * (beam's avatar route): a try block that only computes in the file's own code, with a hash (`crypto-hash`'s `sha1`,
     * `createHash(...).update(...).digest(...)`), string and array steps and math, then answers on the handler's response.
     * What it can throw is a TypeError about the caller's input, nothing of a database, a service or the file system.
     */
    function onlyComputes(id: TSESTree.Identifier): boolean {
      const def = findVariable(sourceCode, id)?.defs[0];
      const tryStmt = def?.type === 'CatchClause' ? def.node.parent : undefined;
      if (tryStmt?.type !== 'TryStatement') return false;
      let hit = computeOnlyTry.get(tryStmt);
      if (hit === undefined) {
        const resParam = getEnclosingFunction(tryStmt)?.params[1];
        const res = resParam?.type === 'Identifier' ? resParam.name : undefined;
        const seen = new Set<TSESTree.Node>();
        const fromCrypto = (n: TSESTree.Node): boolean => n.type === 'Identifier' && /^(?:node:)?crypto$/.test(getImportSource(sourceCode, n) ?? '');
        const pure = (root: TSESTree.Node, depth: number): boolean => {
          let ok = true;
          walk(root, (n) => {
            if (!ok) return false;
            if (n.type === 'NewExpression' || n.type === 'ThrowStatement' || n.type === 'TaggedTemplateExpression' || n.type === 'ImportExpression') ok = false;
            // `await pending`: a promise made before the try, by anything.
            else if (n.type === 'AwaitExpression' && unwrap(n.argument).type !== 'CallExpression') ok = false;
            else if (n.type === 'CallExpression') ok = computes(n, depth);
            return ok;
          });
          return ok;
        };
        const computes = (call: TSESTree.CallExpression, depth: number): boolean => {
          const callee = unwrap(call.callee);
          if (callee.type === 'Identifier') {
            if (COMPUTE_GLOBALS.has(callee.name) && !findVariable(sourceCode, callee)?.defs.length) return true;
            if (HASH_MODULE.test(getImportSource(sourceCode, callee) ?? '') || (callee.name === 'createHash' && fromCrypto(callee))) return true;
            // The file's own helper, followed one level: `generateSVG(name)`.
            const fn = depth === 0 ? resolveLocalFunction(sourceCode, callee) : undefined;
            if (!fn || seen.has(fn)) return false;
            seen.add(fn);
            return pure(fn.body, depth + 1);
          }
          if (callee.type !== 'MemberExpression') return false;
          const method = getPropertyName(callee) ?? '';
          const object = unwrap(callee.object);
          // The handler's own response: `res.setHeader(...)`, `res.status(200).send(svg)`.
          if (depth === 0 && res !== undefined && getRootIdentifier(callee)?.name === res && RESPONSE_METHOD.test(method)) return true;
          if (object.type === 'Identifier' && object.name === 'Math' && !findVariable(sourceCode, object)?.defs.length) return true;
          // `createHash('sha1').update(name).digest('hex')` from node:crypto (not a model's `update`).
          if (/^(?:createHash|update|digest)$/.test(method)) {
            let cur: TSESTree.Node = callee;
            while (cur.type === 'MemberExpression' || cur.type === 'CallExpression') {
              if (cur.type === 'MemberExpression' && getPropertyName(cur) === 'createHash') return fromCrypto(unwrap(cur.object));
              if (cur.type === 'CallExpression' && unwrap(cur.callee).type === 'Identifier') return (unwrap(cur.callee) as TSESTree.Identifier).name === 'createHash' && fromCrypto(unwrap(cur.callee));
              cur = cur.type === 'MemberExpression' ? unwrap(cur.object) : unwrap(cur.callee);
            }
            return false;
          }
          return VALUE_METHOD.test(method);
        };
        hit = pure(tryStmt.block, 0);
        computeOnlyTry.set(tryStmt, hit);
      }
      return hit;
    }

    /**
     * `const { data, error } = await supabase.from(...)`, sent where the result is known to be a success:
     * `if (!isNull(data)) res.json({ data, error })`, the `else` of `if (error)`, after `if (!data) return ...`
     * (recollect's bookmark views route). A Supabase result carries `data` or `error`, never both, so `error`
     * is `null` there and nothing of the database is sent.
     */
    function resultErrorIsNull(err: { id: TSESTree.Identifier; kind: ErrorKind }, at: TSESTree.Node): boolean {
      if (err.kind !== 'db-result' && err.kind !== 'result') return false;
      const def = findVariable(sourceCode, err.id)?.defs[0];
      if (def?.type !== 'Variable' || (def.parent as TSESTree.VariableDeclaration | undefined)?.kind !== 'const') return false;
      const pattern = (def.node as TSESTree.VariableDeclarator).id;
      if (pattern.type !== 'ObjectPattern') return false;
      const dataProp = pattern.properties.find((p) => p.type === 'Property' && getPropertyName(p) === 'data' && p.value.type === 'Identifier');
      const dataName = dataProp?.type === 'Property' && dataProp.value.type === 'Identifier' ? dataProp.value.name : undefined;
      const errName = err.id.name;
      /** Whether `test` having the value `truth` means success: `data` set or `error` unset. */
      const success = (test: TSESTree.Node, truth: boolean): boolean => {
        const u = unwrap(test);
        if (u.type === 'UnaryExpression' && u.operator === '!') return success(u.argument, !truth);
        if (u.type === 'Identifier') return truth ? u.name === dataName : u.name === errName;
        if (u.type === 'LogicalExpression') {
          if (u.operator === '&&' && truth) return success(u.left, true) || success(u.right, true);
          if (u.operator === '||' && !truth) return success(u.left, false) || success(u.right, false);
          return false;
        }
        if (u.type === 'BinaryExpression' && /^[!=]==?$/.test(u.operator)) {
          const isNullLit = (n: TSESTree.Node): boolean => n.type === 'Literal' && n.value === null && !('regex' in n);
          const side = isNullLit(u.right) ? unwrap(u.left) : isNullLit(u.left) ? unwrap(u.right) : undefined;
          if (side?.type !== 'Identifier') return false;
          const isNull = u.operator.startsWith('=') === truth;
          return isNull ? side.name === errName : side.name === dataName;
        }
        if (u.type === 'CallExpression' && u.arguments.length === 1 && /^(?:isNull|isNil)$/.test(getCalleeName(u) ?? '')) {
          const arg = unwrap(u.arguments[0]!);
          if (arg.type !== 'Identifier') return false;
          return truth ? arg.name === errName : arg.name === dataName;
        }
        return false;
      };
      let child: TSESTree.Node = at;
      let cur = at.parent;
      while (cur && !isFunction(cur)) {
        if ((cur.type === 'IfStatement' || cur.type === 'ConditionalExpression') && child !== cur.test) {
          if (success(cur.test, child === cur.consequent)) return true;
        }
        if (cur.type === 'LogicalExpression' && child === cur.right && cur.operator !== '??' && success(cur.left, cur.operator === '&&')) return true;
        if ((cur.type === 'BlockStatement' || cur.type === 'Program') && exitsBefore(cur, child, (stmt) => stmt.range[0] > def.node.range[1] && success(stmt.test, false))) {
          return true;
        }
        child = cur;
        cur = cur.parent;
      }
      return false;
    }

    function findLeaks(payload: TSESTree.Node, status: number | undefined, actionReturn = false): Leak[] {
      const leaks: Leak[] = [];
      const seenIds = new Set<TSESTree.Node>();
      const accept = (err: { id: TSESTree.Identifier; kind: ErrorKind }, at: TSESTree.Node, what: string, whole: boolean, reportAt: TSESTree.Node): void => {
        if (whole && err.kind === 'param') return; // an untyped `error` parameter may be a message string
        // A caught error returned whole from a server action (`catch (error) { return { error } }`): React
        // serializes an Error instance there as `$Z`, without its message or stack, in production builds. Not
        // when the try block throws a value of its own that need not be an Error (`if (error) throw error`).
        if (actionReturn && whole && (err.kind === 'catch' || err.kind === 'rejection') && !throwsNonError(err.id)) return;
        if (err.kind === 'catch' && (onlyParsesJson(err.id) || onlyComputes(err.id))) return;
        if (status !== undefined && status >= 400 && status < 500 && allow4xx && err.kind !== 'db-result') return;
        // A guard where the value is made, or where it is sent (`const code = err.message` ... `if (known) send(code)`).
        if (isGuarded(at, err.id.name) || (reportAt !== at && isGuarded(reportAt, err.id.name))) return;
        if (resultErrorIsNull(err, at)) return;
        leaks.push({ node: reportAt, errorId: err.id, kind: err.kind, what });
      };

      const visit = (n: TSESTree.Node, depth: number, via: TSESTree.Node | undefined): void => {
        const u = unwrap(n);
        switch (u.type) {
          case 'ObjectExpression':
            for (const p of u.properties) {
              if (p.type === 'SpreadElement') visit(p.argument, depth, via);
              else if (p.type === 'Property') visit(p.value, depth, via);
            }
            return;
          case 'ArrayExpression':
            for (const e of u.elements) if (e) visit(e.type === 'SpreadElement' ? e.argument : e, depth, via);
            return;
          case 'TemplateLiteral':
            for (const e of u.expressions) visit(e, depth, via);
            return;
          case 'BinaryExpression':
            if (u.operator === '+') {
              visit(u.left, depth, via);
              visit(u.right, depth, via);
            }
            return;
          case 'LogicalExpression':
            visit(u.left, depth, via);
            // `...(process.env.NODE_ENV === 'development' && { stack: e.stack })`: never sent in production.
            if (!(u.operator === '&&' && isDevelopmentOnly(envTest(u.left)))) visit(u.right, depth, via);
            return;
          case 'ConditionalExpression':
            // `NODE_ENV === 'development' ? e.stack : undefined`, and `ENVIRONMENT === 'production' ? undefined : e.stack`.
            if (!isDevelopmentOnly(envTest(u.test))) visit(u.consequent, depth, via);
            if (!isProductionTest(envTest(u.test))) visit(u.alternate, depth, via);
            return;
          case 'CallExpression': {
            const name = getCalleeName(u);
            const dotted = getDottedName(u.callee);
            if ((dotted === 'JSON.stringify' || dotted === 'String') && u.arguments[0]) {
              const err = errorOf(u.arguments[0]);
              if (err) accept(err, u, dotted === 'String' ? 'String(error)' : 'the serialized error', false, via ?? widen(u, payload));
              else visit(u.arguments[0], depth, via);
              return;
            }
            if (name === 'toString' && u.callee.type === 'MemberExpression') {
              const err = errorOf(u.callee.object);
              if (err) accept(err, u, 'error.toString()', false, via ?? widen(u, payload));
              return;
            }
            // A part of the error's text is still its text: `msg.slice(0, 600)` of `String(e?.message)` (a Gemini route's
            // `details`), `error.message.substring(0, 200)`, `.trim()`.
            if (name !== undefined && u.callee.type === 'MemberExpression' && TEXT_PART_METHOD.test(name)) {
              visit(u.callee.object, depth, via ?? widen(u, payload));
              return;
            }
            // A helper of this file that returns the error's text: `getErrorMessage(error)` over
            // `function getErrorMessage(e: unknown) { return e instanceof Error ? e.message : String(e) }`.
            if (u.callee.type === 'Identifier') {
              for (let i = 0; i < u.arguments.length; i++) {
                const arg = u.arguments[i]!;
                const err = arg.type === 'SpreadElement' ? undefined : errorOf(arg);
                const text = err ? errorTextHelper(u.callee, i) : undefined;
                if (err && text) {
                  accept(err, u, `${text} (returned by ${u.callee.name}())`, false, via ?? widen(u, payload));
                  break;
                }
              }
            }
            return;
          }
          case 'MemberExpression': {
            const prop = getPropertyName(u);
            if (prop && LEAK_PROPS.has(prop)) {
              const err = errorOf(u.object) ?? apiErrorBodyOf(u.object);
              if (err) accept(err, u, `error.${prop}`, false, via ?? widen(u, payload));
            }
            return;
          }
          case 'Identifier': {
            if (seenIds.has(u)) return;
            seenIds.add(u);
            const err = errorOf(u);
            if (err) {
              const parent = u.parent;
              const inTemplate = parent?.type === 'TemplateLiteral' || (parent?.type === 'BinaryExpression' && parent.operator === '+');
              accept(err, u, inTemplate ? 'the error as text' : 'the error object', !inTemplate, via ?? widen(u, payload));
              return;
            }
            if (depth >= 4) return;
            const values = getBindingValues(sourceCode, u);
            if (!values) return;
            for (const v of values) {
              if (v.type === 'AssignmentExpression' || v.type === 'UpdateExpression') continue;
              visit(v, depth + 1, via ?? u);
            }
            return;
          }
          default:
            return;
        }
      };
      visit(payload, 0, undefined);
      return leaks;
    }

    // ---------------------------------------------------------------- sinks

    function staticStatus(node: TSESTree.Node | undefined): number | undefined {
      if (!node) return undefined;
      const u = unwrap(node);
      if (u.type === 'Literal' && typeof u.value === 'number') return u.value;
      if (u.type === 'Identifier') {
        const values = getBindingValues(sourceCode, u);
        if (values?.length === 1) {
          const v = unwrap(values[0]!);
          if (v.type === 'Literal' && typeof v.value === 'number') return v.value;
        }
        // if (statusCode >= 500) return res.status(statusCode).json({ message: 'Internal server error' });
        // ... res.status(statusCode).json({ message: err.message }): a client error by then.
        if (exitedAtOrAbove500(u)) return 400;
      }
      return undefined;
    }

    /** Whether an earlier statement of an enclosing block exits when `id` (the status) is 500 or more. */
    function exitedAtOrAbove500(id: TSESTree.Identifier): boolean {
      let child: TSESTree.Node = id;
      let cur: TSESTree.Node | undefined = id.parent;
      while (cur && !isFunction(cur)) {
        if (cur.type === 'BlockStatement' && exitsBefore(cur, child, (stmt) => !stmt.alternate && testsAtOrAbove500(stmt.test, id.name))) return true;
        child = cur;
        cur = cur.parent;
      }
      return false;
    }

    /** `status >= 500`, `status > 499`, `500 <= status`. */
    function testsAtOrAbove500(test: TSESTree.Node, name: string): boolean {
      const u = unwrap(test);
      if (u.type !== 'BinaryExpression') return false;
      const num = (n: TSESTree.Node) => (n.type === 'Literal' && typeof n.value === 'number' ? n.value : undefined);
      if (u.left.type === 'Identifier' && u.left.name === name) {
        const v = num(u.right);
        return (u.operator === '>=' && v === 500) || (u.operator === '>' && v === 499);
      }
      if (u.right.type === 'Identifier' && u.right.name === name) {
        const v = num(u.left);
        return (u.operator === '<=' && v === 500) || (u.operator === '<' && v === 499);
      }
      return false;
    }

    /** Status of `Response.json(body, init)` / `new Response(body, init)`: 200 without init, undefined when unknown. */
    function initStatus(init: TSESTree.Node | undefined): number | undefined {
      if (!init) return 200;
      const u = unwrap(init);
      if (u.type !== 'ObjectExpression') return undefined;
      let spread = false;
      for (const p of u.properties) {
        if (p.type === 'SpreadElement') spread = true;
        else if (getPropertyName(p) === 'status') return staticStatus(p.value);
      }
      return spread ? undefined : 200;
    }

    /**
     * Whether the try block a caught error comes from throws something other than a `new X(...)` / call
     * (`throw error` of a Supabase result, `throw { message }`): such a value reaches the catch as it is.
     */
    function throwsNonError(id: TSESTree.Identifier): boolean {
      const def = findVariable(sourceCode, id)?.defs[0];
      if (def?.type !== 'CatchClause') return false;
      const tryStmt = (def.node as TSESTree.CatchClause).parent;
      if (tryStmt?.type !== 'TryStatement') return false;
      return some(tryStmt.block, (n) => n.type === 'ThrowStatement' && unwrap(n.argument).type !== 'NewExpression' && unwrap(n.argument).type !== 'CallExpression');
    }

    function check(payload: TSESTree.Node | undefined, status: number | undefined, sink: TSESTree.Node, actionReturn = false, helper?: string): void {
      if (!payload || payload.type === 'SpreadElement') return;
      // A dev-only handler (`if (NODE_ENV !== 'development') return 404` first) answers nothing else in production.
      // Also one whose work sits in `if (process.env.NODE_ENV !== 'production' && ...) { ... }` (ever-teams' `api/log`, 501 otherwise).
      for (let fn = getEnclosingFunction(sink); fn; fn = getEnclosingFunction(fn)) if (runsOnlyOutsideProduction(fn)) return;
      if (afterWebhookVerification(sink)) return;
      for (const leak of findLeaks(payload, status, actionReturn)) {
        // The error itself handed to a helper (`handleApiError(error)`, the snippet's `errorResponse(error, ...)`) is the
        // helper's to map: a helper taking `error: unknown` is checked where it is written.
        if (helper && leak.what === 'the error object') continue;
        if (reported.has(leak.node)) continue;
        reported.add(leak.node);
        report(helper ? { ...leak, what: `${leak.what}, through the response helper ${helper}()` } : leak, sink);
      }
    }

    /**
     * The status a response helper is given: a number (`apiError(500, ...)`), an object's `status` / `statusCode`
     * (`logAndRespond(msg, { status: 500 })`), a constant named for a 4xx (`ADMIN_API_STATUS.BAD_REQUEST`); else
     * what its name says (`badRequestResponse` answers a 4xx, as does `notFound...`), else unknown.
     */
    function helperStatus(call: TSESTree.CallExpression, name: string): number | undefined {
      for (const arg of call.arguments) {
        const a = unwrap(arg);
        if (a.type === 'Literal' && typeof a.value === 'number' && a.value >= 100 && a.value < 600) return a.value;
        if (a.type === 'ObjectExpression') {
          for (const p of a.properties) {
            if (p.type === 'Property' && /^(?:status|statusCode)$/.test(getPropertyName(p) ?? '')) return staticStatus(p.value);
          }
        }
        if (a.type === 'MemberExpression' && /^[A-Z][A-Z0-9_]*$/.test(getPropertyName(a) ?? '')) {
          const prop = getPropertyName(a) ?? '';
          if (CLIENT_ERROR_STATUS_NAME.test(prop)) return 400;
          if (/INTERNAL|SERVER_ERROR|UNAVAILABLE|BAD_GATEWAY|TIMEOUT/.test(prop)) return 500;
        }
      }
      return /^(?:badRequest|notFound|unauthori[sz]ed|forbidden|conflict|invalid|validation|unprocessable|tooMany|payloadTooLarge|gone|methodNotAllowed|rateLimit)/i.test(name)
        ? 400
        : undefined;
    }

    const paramSenders = new Map<FunctionNode, Set<number>>();
    /**
     * The parameters a function of this file puts into the response it builds: `function jsonError(message: string,
     * status = 500) { return NextResponse.json({ error: message }, { status }) }` sends its first. A helper that
     * answers a generic text (and only logs what it is given) sends none.
     */
    function sentParams(fn: FunctionNode): Set<number> {
      let sent = paramSenders.get(fn);
      if (sent) return sent;
      sent = new Set();
      paramSenders.set(fn, sent);
      const names = fn.params.map((p) => {
        const id = p.type === 'AssignmentPattern' ? p.left : p;
        return id.type === 'Identifier' ? id.name : undefined;
      });
      if (names.every((n) => n === undefined)) return sent;
      // What reaches the body of the response: the value itself, its parts (object, array, template, concatenation,
      // fallback, the branches of a conditional that are not development-only), and the consts made of those.
      const reaches = (node: TSESTree.Node, depth: number): void => {
        const u = unwrap(node);
        switch (u.type) {
          case 'Identifier': {
            const i = names.indexOf(u.name);
            if (i >= 0 && findVariable(sourceCode, u)?.defs[0]?.type === 'Parameter') sent!.add(i);
            else if (depth < 3) {
              const init = getConstInit(sourceCode, u);
              if (init) reaches(init, depth + 1);
            }
            return;
          }
          case 'ObjectExpression':
            for (const p of u.properties) reaches(p.type === 'SpreadElement' ? p.argument : p.value, depth);
            return;
          case 'ArrayExpression':
            for (const e of u.elements) if (e) reaches(e.type === 'SpreadElement' ? e.argument : e, depth);
            return;
          case 'TemplateLiteral':
            for (const e of u.expressions) reaches(e, depth);
            return;
          case 'BinaryExpression':
            if (u.operator === '+') {
              reaches(u.left, depth);
              reaches(u.right, depth);
            }
            return;
          case 'LogicalExpression':
            reaches(u.left, depth);
            if (!(u.operator === '&&' && isDevelopmentOnly(envTest(u.left)))) reaches(u.right, depth);
            return;
          case 'ConditionalExpression':
            if (!isDevelopmentOnly(envTest(u.test))) reaches(u.consequent, depth);
            if (!isProductionTest(envTest(u.test))) reaches(u.alternate, depth);
            return;
          case 'CallExpression':
            if (/^(?:JSON\.stringify|String)$/.test(getDottedName(u.callee) ?? '') && u.arguments[0]) reaches(u.arguments[0], depth);
            return;
          default:
            return;
        }
      };
      walk(
        fn.body,
        (n) => {
          if (n.type === 'NewExpression' && /^(?:Response|NextResponse)$/.test(getDottedName(n.callee) ?? '')) {
            if (n.arguments[0]) reaches(n.arguments[0], 0);
          } else if (n.type === 'CallExpression' && n.callee.type === 'MemberExpression') {
            const dotted = getDottedName(n.callee) ?? '';
            const method = getPropertyName(n.callee);
            if (/^(?:NextResponse|Response)\.json$/.test(dotted) || (method && /^(?:json|send)$/.test(method) && RESPONSE_OBJECT.test(getRootIdentifier(n.callee)?.name ?? ''))) {
              if (n.arguments[0] && n.arguments[0].type !== 'SpreadElement') reaches(n.arguments[0], 0);
            }
          }
          return true;
        },
        { skipFunctions: true },
      );
      return sent;
    }

    let handlerFns: Set<TSESTree.Node> | undefined;
    /**
     * A call that answers the client with what it is given, through the app's own helper:
     * - a function of this file that puts the argument into the response it builds (read from its body);
     * - an imported helper named for an error answer (`errorResponse`, `createErrorResponse`, `jsonError`, `apiError`,
     *   `logAndRespond`) returned by a route handler or a Pages API handler;
     * - an imported `send*` / `respond*` / `reply*` helper handed the handler's response object (`sendError(res, ...)`).
     * The error's text handed to it (`error.message`, `String(error)`) is sent; the error itself is the helper's to map.
     */
    function checkHelperCall(node: TSESTree.CallExpression): void {
      const callee = node.callee as TSESTree.Identifier;
      if (!node.arguments.some((a) => a.type === 'MemberExpression' || a.type === 'CallExpression' || a.type === 'ConditionalExpression' || a.type === 'LogicalExpression' || a.type === 'TemplateLiteral' || a.type === 'Identifier' || a.type === 'TSAsExpression' || a.type === 'ObjectExpression' || a.type === 'ChainExpression')) return;
      const local = resolveLocalFunction(sourceCode, callee);
      if (local) {
        const sent = sentParams(local);
        if (sent.size === 0) return;
        // Not given a status: the default of its own `status` parameter (`function jsonError(message, status = 400)`).
        let status = helperStatus(node, callee.name);
        if (status === undefined) {
          for (const p of local.params) {
            if (p.type === 'AssignmentPattern' && p.left.type === 'Identifier' && /^(?:status|statusCode|code)$/.test(p.left.name) && local.params.indexOf(p) >= node.arguments.length) {
              status = staticStatus(p.right);
            }
          }
        }
        for (const i of sent) check(node.arguments[i], status, node, false, callee.name);
        return;
      }
      const name = callee.name;
      if (!RESPONSE_HELPER.test(name) && !SEND_HELPER.test(name)) return;
      if (getImportSource(sourceCode, callee) === undefined) return;
      const toResponse = node.arguments.some((a) => {
        const u = unwrap(a);
        return u.type === 'Identifier' && RESPONSE_OBJECT.test(u.name) && !!findVariable(sourceCode, u)?.defs.some((d) => d.type === 'Parameter');
      });
      if (SEND_HELPER.test(name) && toResponse) {
        // sendError(res, err.message)
      } else if (RESPONSE_HELPER.test(name) && (kind.isAppRoute || kind.isPagesApi)) {
        // return errorResponse(err.message), returned by the handler itself.
        let ret: TSESTree.Node | undefined = node.parent;
        if (ret?.type === 'AwaitExpression') ret = ret.parent;
        const fn = ret?.type === 'ReturnStatement' ? getEnclosingFunction(ret) : ret && isFunction(ret) && ret.body === node ? ret : undefined;
        if (!fn) return;
        handlerFns ??= new Set(getHandlers(sourceCode, kind).flatMap((h) => (h.fn && (h.kind === 'route' || h.kind === 'pages-api') ? [h.fn] : [])));
        if (!handlerFns.has(fn)) return;
      } else {
        return;
      }
      const status = helperStatus(node, name);
      for (const arg of node.arguments) {
        if (arg.type === 'SpreadElement') continue;
        const u = unwrap(arg);
        if (u.type === 'Identifier' && RESPONSE_OBJECT.test(u.name)) continue;
        check(arg, status, node, false, name);
      }
    }

    /**
     * A response sent after `stripe.webhooks.constructEvent()` in the same handler: past it (it throws on a bad
     * signature), the caller is the provider, and the detail lands in the app's own webhook delivery log.
     */
    function afterWebhookVerification(sink: TSESTree.Node): boolean {
      if (webhookVerifications.length === 0) return false;
      const top = (n: TSESTree.Node) => {
        let fn = getEnclosingFunction(n);
        for (let up = fn && getEnclosingFunction(fn); up; up = getEnclosingFunction(up)) fn = up;
        return fn;
      };
      const handler = top(sink);
      return !!handler && webhookVerifications.some((v) => v.range[1] <= sink.range[0] && top(v) === handler);
    }

    /**
     * A boolean check whose false result leaves the function: `if (!(await check()))` or
     * `const ok = await check(); if (!ok)`, with a `return` / `throw` as (or first in) the `if`'s branch.
     */
    function falseResultExits(call: TSESTree.CallExpression): boolean {
      const exits = (st: TSESTree.Statement): boolean => {
        const first = st.type === 'BlockStatement' ? st.body[0] : st;
        return first?.type === 'ReturnStatement' || first?.type === 'ThrowStatement';
      };
      const negatedTest = (n: TSESTree.Node): boolean => {
        const neg = n.parent;
        return neg?.type === 'UnaryExpression' && neg.operator === '!' && neg.parent?.type === 'IfStatement' && neg.parent.test === neg && leavesAtEnd(neg.parent.consequent);
      };
      let top: TSESTree.Node = call;
      while (top.parent?.type === 'AwaitExpression') top = top.parent;
      if (negatedTest(top)) return true;
      const decl = top.parent;
      if (decl?.type !== 'VariableDeclarator' || decl.init !== top || decl.id.type !== 'Identifier') return false;
      return !!findVariable(sourceCode, decl.id)?.references.some((r) => r.identifier !== decl.id && negatedTest(r.identifier));
    }

    function genericText(node: TSESTree.Node, errorName: string): string {
      if (node.type === 'TemplateLiteral') {
        // A template that frames more than the error (a server-sent event's `event: error\ndata: ${e.message}\n\n`, a
        // log id in `Error ID: ${errorId}. Error: ${e}`) keeps its frame and its other values: only the error's part is
        // replaced.
        const mentions = new RegExp(`\\b${errorName.replace(/\$/g, '\\$')}\\b`);
        const raw = node.quasis.map((q) => q.value.raw);
        const frames = raw.some((r) => /[\\'`]/.test(r)) || node.expressions.some((e) => !mentions.test(sourceCode.getText(e)));
        if (frames && node.expressions.some((e) => mentions.test(sourceCode.getText(e)))) {
          let out = raw[0] ?? '';
          node.expressions.forEach((e, i) => {
            out += (mentions.test(sourceCode.getText(e)) ? 'Internal server error' : `\${${sourceCode.getText(e)}}`) + (raw[i + 1] ?? '');
          });
          return `\`${out}\``;
        }
        const stat = node.quasis
          .map((q) => q.value.cooked ?? '')
          .join('')
          .replace(/[\s:\-–—,(]+$/, '')
          .trim();
        if (stat.length > 0 && !/['\\\n]/.test(stat)) return `'${stat}'`;
      }
      return "'Internal server error'";
    }

    function report(leak: Leak, sink: TSESTree.Node): void {
      const node = leak.node;
      const exprText = sourceCode.getText(node);
      const expr = exprText.length > 60 ? `${exprText.slice(0, 57)}...` : exprText;
      const fix = (fixer: TSESLint.RuleFixer): TSESLint.RuleFix[] => {
        const fixes: TSESLint.RuleFix[] = [];
        const parent = node.parent;
        if (parent?.type === 'Property' && parent.shorthand && parent.value === node) {
          fixes.push(fixer.replaceText(parent, `${sourceCode.getText(parent.key)}: ${genericText(node, leak.errorId.name)}`));
        } else {
          fixes.push(fixer.replaceText(node, genericText(node, leak.errorId.name)));
        }
        fixes.push(...loggingFix(fixer, leak, sink));
        return fixes;
      };
      const suggest: TSESLint.ReportSuggestionArray<MessageIds> = [{ messageId: 'useGenericMessage', fix }];
      const helper = errorResponseCall(leak, sink);
      if (helper) {
        const helperSink = sink;
        suggest.push({
          messageId: 'useErrorResponse',
          data: { error: helper.error, context: helper.context },
          fix: (fixer) => [
            fixer.replaceText(helperSink, `${ERROR_HELPER}(${helper.error}, ${helper.context})`),
            ...helperFixes(context, fixer, 'no-raw-error-response', [ERROR_HELPER]),
          ],
        });
      }
      context.report({
        node,
        messageId: 'rawError',
        data: { expr, what: leak.what },
        suggest,
      });
    }

    /**
     * The snippet's `errorResponse(err, '<context>')` in place of the whole response: offered when a
     * caught error (catch clause, promise rejection) is sent with a Web `Response` / `NextResponse`
     * (the helper answers with a NextResponse: App Router handlers and files on `next/server`, not
     * Pages API `res`), with no status or a 5xx one (the helper answers 500), and the response carries
     * nothing but the leaked detail and literals (no headers, no other values): nothing of the user's
     * is dropped.
     */
    function errorResponseCall(leak: Leak, sink: TSESTree.Node): { error: string; context: string } | undefined {
      if (leak.kind !== 'catch' && leak.kind !== 'rejection') return undefined;
      if (kind.isPagesApi || !(kind.isAppRoute || kind.imports.has('next/server'))) return undefined;
      if (sink.type !== 'CallExpression' && sink.type !== 'NewExpression') return undefined;
      const dotted = getDottedName(unwrap(sink.callee));
      const ok = sink.type === 'NewExpression' ? dotted === 'Response' || dotted === 'NextResponse' : dotted === 'Response.json' || dotted === 'NextResponse.json';
      if (!ok) return undefined;
      const [payload, init, ...more] = sink.arguments;
      if (!payload || payload.type === 'SpreadElement' || more.length > 0) return undefined;
      if (init && !onlyStatus(init)) return undefined;
      const status = initStatus(init);
      if (status === undefined || (status !== 200 && status < 500)) return undefined;
      const leaks = findLeaks(payload, status);
      if (!leaks.every((l) => l.errorId.name === leak.errorId.name)) return undefined;
      if (!onlyLeaksAndLiterals(payload, leaks)) return undefined;
      // The error's name reaches the sink (the leak may come through a variable set elsewhere).
      const errorVar = findVariable(sourceCode, leak.errorId);
      if (!errorVar || resolve(sink, leak.errorId.name) !== errorVar) return undefined;
      if (!canCallHelper(sourceCode, sink, ERROR_HELPER)) return undefined;
      return { error: leak.errorId.name, context: `'${errorContext(sink)}'` };
    }

    function resolve(node: TSESTree.Node, name: string): TSESLint.Scope.Variable | undefined {
      for (let scope: TSESLint.Scope.Scope | null = sourceCode.getScope(node); scope; scope = scope.upper) {
        const v = scope.set.get(name);
        if (v) return v;
      }
      return undefined;
    }

    /** `{ status: 500 }` and nothing else. */
    function onlyStatus(init: TSESTree.Node): boolean {
      const u = unwrap(init);
      return u.type === 'ObjectExpression' && u.properties.length === 1 && u.properties[0]!.type === 'Property' && getPropertyName(u.properties[0]!) === 'status';
    }

    /** Whether a payload is made of the leaks and literal values only (object keys, nesting, JSON.stringify). */
    function onlyLeaksAndLiterals(node: TSESTree.Node, leaks: readonly Leak[]): boolean {
      if (leaks.some((l) => l.node === node)) return true;
      const u = unwrap(node);
      if (leaks.some((l) => l.node === u)) return true;
      switch (u.type) {
        case 'Literal':
          return true;
        case 'TemplateLiteral':
          return u.expressions.length === 0;
        case 'Identifier':
          return u.name === 'undefined';
        case 'ObjectExpression':
          return u.properties.every((p) => p.type === 'Property' && !p.computed && onlyLeaksAndLiterals(p.value, leaks));
        case 'CallExpression':
          return getDottedName(u.callee) === 'JSON.stringify' && u.arguments.length === 1 && onlyLeaksAndLiterals(u.arguments[0]!, leaks);
        default:
          return false;
      }
    }

    /** What the error log says failed: `GET /api/reports/[id]` in a route handler, else the function's name. */
    function errorContext(sink: TSESTree.Node): string {
      let name: string | undefined;
      for (let cur = sink.parent; cur && !name; cur = cur.parent) {
        if (!isFunction(cur)) continue;
        if ((cur.type === 'FunctionDeclaration' || cur.type === 'FunctionExpression') && cur.id) name = cur.id.name;
        else if (cur.parent?.type === 'VariableDeclarator' && cur.parent.id.type === 'Identifier') name = cur.parent.id.name;
        else if (cur.parent?.type === 'Property' || cur.parent?.type === 'MethodDefinition') name = getPropertyName(cur.parent);
      }
      const route = /(?:^|\/)app\/((?:[^/]+\/)*)route\.[cm]?[jt]sx?$/.exec(kind.filename);
      const path = route
        ? `/${(route[1] ?? '')
            .split('/')
            .filter((seg) => seg && !/^\(.*\)$/.test(seg) && !seg.startsWith('@'))
            .join('/')}`
        : undefined;
      const method = name && /^(?:GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)$/.test(name) ? name : undefined;
      const text = method && path ? `${method} ${path}` : (path ?? name ?? 'request failed');
      return text.replace(/['\\\n\r]/g, '');
    }

    /**
     * A call that logs or reports: `console.error(e)`, `logger.warn(...)`, `Sentry.captureException(e)`, `logError(e)`,
     * and loggers reached by another name: `this.logger.error(...)`, `req.log.error(...)`, `appLogger.error(...)`.
     */
    function isLoggingCall(n: TSESTree.CallExpression): boolean {
      const root = getRootIdentifier(n.callee);
      if (root && LOG_CALL.test(root.name)) return true;
      const name = getCalleeName(n) ?? '';
      if (/^(?:captureException|logError|reportError)$/.test(name)) return true;
      const callee = unwrap(n.callee);
      if (callee.type !== 'MemberExpression' || !/^(?:error|warn|fatal|exception|log|info)$/.test(name)) return false;
      return /(?:^|\.)(?:\w*[lL]og(?:ger)?|Sentry)$/.test(getDottedName(callee.object) ?? '');
    }

    /**
     * `console.error(err)` before the statement that sends the error, when the catch clause or rejection handler
     * logs nothing yet. A rejection handler with an expression body (`.catch((e) => new Response(...))`) gets a block
     * body to hold it: `.catch((e) => { console.error(e); return new Response(...); })`.
     */
    function loggingFix(fixer: TSESLint.RuleFixer, leak: Leak, sink: TSESTree.Node): TSESLint.RuleFix[] {
      if (leak.kind !== 'catch' && leak.kind !== 'rejection') return [];
      const variable = findVariable(sourceCode, leak.errorId);
      const def = variable?.defs[0];
      if (!def) return [];
      const scopeNode: TSESTree.Node | undefined =
        def.type === 'CatchClause' ? (def.node as TSESTree.CatchClause).body : (def.node as TSESTree.Node);
      if (!scopeNode) return [];
      let logged = false;
      walk(scopeNode, (n) => {
        if (logged) return false;
        if (n.type === 'CallExpression' && isLoggingCall(n)) logged = true;
        return true;
      });
      if (logged) return [];
      const log = `console.error(${leak.errorId.name});`;
      let stmt: TSESTree.Node | undefined = sink;
      while (stmt && stmt.parent && stmt.parent.type !== 'BlockStatement') {
        if (isFunction(stmt.parent)) {
          const fn = stmt.parent;
          if (fn !== scopeNode || fn.type !== 'ArrowFunctionExpression' || fn.body !== stmt) return [];
          // The body's own parentheses (`=> ({ error: ... })`) are replaced by the block's braces.
          const before = sourceCode.getTokenBefore(stmt);
          const after = sourceCode.getTokenAfter(stmt);
          const wrapped = before?.value === '(' && after?.value === ')' && before.range[0] >= (fn.params.at(-1)?.range[1] ?? fn.range[0]) && after.range[1] <= fn.range[1];
          return wrapped
            ? [fixer.replaceText(before, `{ ${log} return `), fixer.replaceText(after, '; }')]
            : [fixer.insertTextBefore(stmt, `{ ${log} return `), fixer.insertTextAfter(stmt, '; }')];
        }
        stmt = stmt.parent;
      }
      if (!stmt?.parent || stmt.parent.type !== 'BlockStatement') return [];
      const line = sourceCode.lines[stmt.loc.start.line - 1] ?? '';
      const indent = /^\s*/.exec(line)?.[0] ?? '';
      return [fixer.insertTextBefore(stmt, `${log}\n${indent}`)];
    }

    function checkResponseCall(node: TSESTree.CallExpression | TSESTree.NewExpression): void {
      const callee = unwrap(node.callee);
      const dotted = getDottedName(callee);
      if (node.type === 'NewExpression') {
        if (dotted === 'Response' || dotted === 'NextResponse') check(node.arguments[0], initStatus(node.arguments[1]), node);
        return;
      }
      if (dotted === 'NextResponse.json' || dotted === 'Response.json') {
        check(node.arguments[0], initStatus(node.arguments[1]), node);
        return;
      }
      if (callee.type !== 'MemberExpression') return;
      const method = getPropertyName(callee);
      if (method !== 'json' && method !== 'send' && method !== 'end' && method !== 'text') return;
      // res.json(x) / res.status(500).json(x) / res.status(500).send(x) / c.json(x, 500) (Hono)
      let obj = unwrap(callee.object);
      let status: number | undefined = 200;
      if (obj.type === 'CallExpression' && obj.callee.type === 'MemberExpression') {
        const m = getPropertyName(obj.callee);
        if (m !== 'status') return;
        status = staticStatus(obj.arguments[0]);
        obj = unwrap(obj.callee.object);
      }
      if (obj.type !== 'Identifier') return;
      const isHono = obj.name === 'c' && (method === 'json' || method === 'text');
      if (!RESPONSE_OBJECT.test(obj.name) && !isHono) return;
      if (method === 'text' && !isHono) return;
      const variable = findVariable(sourceCode, obj);
      if (!variable?.defs.some((d) => d.type === 'Parameter')) return;
      if (isHono) status = node.arguments[1] ? staticStatus(node.arguments[1]) : 200;
      check(node.arguments[0], status, node);
    }

    /**
     * Writes that stream to the client: a `ReadableStream` / `TransformStream` controller (`controller.enqueue(
     * encoder.encode(`data: ${JSON.stringify({ error: e.message })}\n\n`))` in its `start` / `pull` / `transform`), the
     * writer an AI SDK stream hands its `execute` callback (`writer.write({ type: 'error', errorText: e.message })`, v4's
     * `dataStream.writeData(...)`), and a Pages API response written as server-sent events (`res.write(...)`). The
     * controller and the writer are the callback's parameters, so a job queue's `enqueue` or a file's `write` is not one.
     */
    function checkStreamWrite(node: TSESTree.CallExpression): void {
      const callee = node.callee as TSESTree.MemberExpression;
      const method = getPropertyName(callee);
      const obj = unwrap(callee.object);
      if (obj.type !== 'Identifier') return;
      const def = findVariable(sourceCode, obj)?.defs[0];
      if (def?.type !== 'Parameter' || !isFunction(def.node as TSESTree.Node)) return;
      const fn = def.node as TSESTree.Node;
      // The function is `key`'s value in an object handed to a call or `new` of `callee`.
      const callbackOf = (key: RegExp, calleeName: RegExp): boolean => {
        const prop = fn.parent;
        if (prop?.type !== 'Property' || prop.value !== fn || !key.test(getPropertyName(prop) ?? '')) return false;
        const call = prop.parent?.parent;
        if ((call?.type !== 'CallExpression' && call?.type !== 'NewExpression') || call.arguments[0] !== prop.parent) return false;
        return calleeName.test(getDottedName(unwrap(call.callee)) ?? '');
      };
      const aiWriter = () => callbackOf(/^execute$/, /^(?:createUIMessageStream|createDataStream|createDataStreamResponse)$/);
      let payload = node.arguments[0];
      if (method === 'enqueue') {
        if (!callbackOf(/^(?:start|pull|transform|flush)$/, /^(?:ReadableStream|TransformStream)$/)) return;
      } else if (method === 'writeData') {
        if (!aiWriter()) return;
      } else if (!aiWriter() && !(RESPONSE_OBJECT.test(obj.name) && kind.isPagesApi)) {
        return;
      }
      // `encoder.encode(text)`: the bytes of the text.
      const encoded = payload && unwrap(payload);
      if (encoded?.type === 'CallExpression' && encoded.callee.type === 'MemberExpression' && getPropertyName(encoded.callee) === 'encode') {
        payload = encoded.arguments[0];
      }
      check(payload, 200, node);
    }

    const listeners: TSESLint.RuleListener = {
      'CallExpression[callee.property.name=/^(?:constructEvent|constructEventAsync|constructWebhookEvent)$/]'(node: TSESTree.CallExpression) {
        webhookVerifications.push(node);
      },
      // The app's own wrapper named like Stripe's (`constructDodoEvent(rawBody, headers)`: ailaunch-space's Dodo Payments
      // webhook, which throws on a bad signature), imported from its code: past it the caller is the provider too.
      'CallExpression[callee.type="Identifier"][callee.name=/^construct[A-Z]\\w*Event$/]'(node: TSESTree.CallExpression) {
        const src = getImportSource(sourceCode, node.callee as TSESTree.Identifier);
        if (src !== undefined && /^(?:[@~#]\/|\.{1,2}\/)/.test(src)) webhookVerifications.push(node);
      },
      // Replicate's `validateWebhook(request, secret)` (from `replicate`) answers whether the signature is valid:
      // it verifies like constructEvent when a false result leaves at once (`if (!isValid) return ... 401`).
      'CallExpression[callee.type="Identifier"][callee.name="validateWebhook"]'(node: TSESTree.CallExpression) {
        if (getImportSource(sourceCode, node.callee as TSESTree.Identifier) !== 'replicate') return;
        if (falseResultExits(node)) webhookVerifications.push(node);
      },
      // Only the sinks' method names reach the function (esquery tests them before ESLint dispatches).
      'CallExpression[callee.type="MemberExpression"][callee.property.name=/^(?:json|send|end|text)$/]'(node: TSESTree.CallExpression) {
        try {
          checkResponseCall(node);
        } catch {
          // never throw
        }
      },
      'NewExpression[callee.name=/^(?:Response|NextResponse)$/]'(node: TSESTree.NewExpression) {
        try {
          checkResponseCall(node);
        } catch {
          // never throw
        }
      },
      // The app's own response helpers: `return errorResponse(error.message, 500)`, `sendError(res, err.message)`.
      'CallExpression[callee.type="Identifier"]'(node: TSESTree.CallExpression) {
        try {
          if (node.arguments.length > 0) checkHelperCall(node);
        } catch {
          // never throw
        }
      },
      'CallExpression[callee.type="MemberExpression"][callee.property.name=/^(?:enqueue|write|writeData)$/]'(node: TSESTree.CallExpression) {
        try {
          checkStreamWrite(node);
        } catch {
          // never throw
        }
      },
      // Koa: `ctx.body = { message: error.message }` is the response (lunary's error middleware).
      'AssignmentExpression[operator="="][left.type="MemberExpression"][left.property.name="body"]'(node: TSESTree.AssignmentExpression) {
        try {
          checkKoaBody(node);
        } catch {
          // never throw
        }
      },
    };

    /** `ctx.body = value` on the Koa context parameter of a file that imports Koa (`koa`, `@koa/router`, `koa-router`). */
    function checkKoaBody(node: TSESTree.AssignmentExpression): void {
      const left = node.left as TSESTree.MemberExpression;
      if (left.computed) return;
      const obj = unwrap(left.object);
      if (obj.type !== 'Identifier' || !/^(?:ctx|context)$/.test(obj.name)) return;
      if (![...kind.imports].some((spec) => /^(?:koa|@koa\/[\w-]+|koa-[\w-]+)$/.test(spec))) return;
      if (!findVariable(sourceCode, obj)?.defs.some((d) => d.type === 'Parameter')) return;
      check(node.right, undefined, node);
    }

    /** Checks what a function returns to the client (an expression body, or each `return` outside nested functions). */
    function checkReturns(fn: FunctionNode, accepts: (returned: TSESTree.Node) => boolean, actionReturn = false): void {
      if (fn.body.type !== 'BlockStatement') {
        check(fn.body, undefined, fn.body, actionReturn);
        return;
      }
      walk(
        fn.body,
        (n) => {
          if (n.type === 'ReturnStatement' && n.argument && accepts(n.argument)) check(n.argument, undefined, n, actionReturn);
          return true;
        },
        { skipFunctions: true },
      );
    }

    // next-safe-action: what `handleServerError` returns is the `serverError` every action's caller gets.
    if (text.includes('handleServerError')) {
      listeners['Property[key.name="handleServerError"]'] = (node: TSESTree.Property) => {
        try {
          const fn = unwrap(node.value);
          if (isFunction(fn)) checkReturns(fn, () => true);
        } catch {
          // never throw
        }
      };
    }

    // The AI SDK masks stream errors ("An error occurred.") unless the response's error callback returns the text to
    // send: `toDataStreamResponse({ getErrorMessage })`, `toUIMessageStreamResponse({ onError })`,
    // `createUIMessageStream({ onError })`. What that callback returns is written into the stream the browser reads.
    // Not `streamText({ onError })`, a logging hook whose return value is ignored.
    const streamErrorCallbacks = new Set<FunctionNode>();
    if (AI_STREAM_TEXT.test(text)) {
      listeners['Property[key.name=/^(?:getErrorMessage|onError)$/]'] = (node: TSESTree.Property) => {
        try {
          const obj = node.parent;
          const call = obj?.parent;
          if (obj?.type !== 'ObjectExpression' || (call?.type !== 'CallExpression' && call?.type !== 'NewExpression') || !call.arguments.includes(obj)) return;
          if (!AI_STREAM_CALL.test(getCalleeName(call) ?? '')) return;
          // Inline, or a function of the file (`onError: errorHandler`, the AI SDK docs' shape), checked once.
          const value = unwrap(node.value);
          const fn = value.type === 'Identifier' ? resolveLocalFunction(sourceCode, value, { constOnly: true }) : value;
          if (isFunction(fn) && !streamErrorCallbacks.has(fn)) {
            streamErrorCallbacks.add(fn);
            checkReturns(fn, () => true);
          }
        } catch {
          // never throw
        }
      };
    }

    // Values returned from server actions reach the client as they are.
    if (kind.isServerActionFile || text.includes('use server')) {
      listeners['Program:exit'] = () => {
        try {
          for (const h of getHandlers(sourceCode, kind)) {
            if (h.kind !== 'server-action' || !h.fn) continue;
            // `return NextResponse.json(...)` is checked as a response; `return { error: e.message }` here.
            const actionValue = (returned: TSESTree.Node): boolean => {
              const a = unwrap(returned, { await: true });
              if (a.type === 'CallExpression') {
                // `return sdk.store.order.accept(id).then(...).catch((err) => ({ error: err.message }))`: when the work
                // fails, the callback's value is the action's result (medusa's storefront).
                const prop = a.callee.type === 'MemberExpression' ? getPropertyName(a.callee) : undefined;
                const onRejected = prop === 'catch' ? a.arguments[0] : prop === 'then' ? a.arguments[1] : undefined;
                if (onRejected && isFunction(onRejected)) checkReturns(onRejected, actionValue, true);
                // `return error.toString()`, `return String(error)`: the error's text itself.
                return prop === 'toString' || /^(?:String|JSON\.stringify)$/.test(getDottedName(a.callee) ?? '');
              }
              return a.type === 'ObjectExpression' || a.type === 'Identifier' || a.type === 'MemberExpression' || a.type === 'TemplateLiteral';
            };
            checkReturns(h.fn, actionValue, true);
          }
        } catch {
          // never throw
        }
      };
    }
    return listeners;
  },
});
