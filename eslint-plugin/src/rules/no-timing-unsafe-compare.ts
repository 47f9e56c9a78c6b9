import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import {
  chainOperands,
  createRule,
  getBindingValues,
  getCalleeName,
  getConstInit,
  getDottedName,
  getEnclosingFunction,
  isFunction,
  getFileKind,
  getImportSource,
  getProcessEnvName,
  getPropertyName,
  getRootIdentifier,
  getStaticString,
  canCallHelper,
  helperFixes,
  resolveLocalFunction,
  returnedValues,
  isEarlyExit,
  endsInExit,
  splitWords,
  unwrap,
  isDevTooling,
  isEdgeRuntime,
  canAwaitAt,
  syncMiddlewareFunction,
  findVariable,
  getHandlers,
} from '../utils';
import { isDbCall } from '../utils/db-calls';
import { SECRET_WORDS, getSecretEnvRead, isDigestCall, isRequestRead, isSecretEnvName, traceValue } from '../utils/compare-vocab';

type Node = TSESTree.Node;
type Options = [{ secretNames?: string[]; ignoreNames?: string[] }];
/** The Web Crypto variant of the helper, for Edge code (middleware, `runtime = 'edge'`). */
const EDGE_SNIPPET = 'no-timing-unsafe-compare.edge';

/** A server framework's request-handler type imported by the module (`import type { PayloadHandler } from 'payload'`). */
const HANDLER_TYPE_IMPORT =
  /\bimport\s+(?:type\s+)?\{[^}]*\b(?:PayloadHandler|NextApiHandler|RequestHandler)\b[^}]*\}\s*from\s*['"](?:payload|next|express)['"]/;

type MessageIds = 'unsafeCompare' | 'unsafeIncludes' | 'useSafeCompare' | 'useSafeCompareAsync';

/** Words in a name that make it not the secret itself (a count, a type, a header name, an id...). */
const NON_SECRET_WORDS = new Set([
  'type', 'types', 'count', 'length', 'id', 'ids', 'name', 'names', 'label', 'expires', 'expiry', 'expiration', 'at',
  'url', 'provider', 'kind', 'index', 'idx', 'limit', 'usage', 'usd', 'cost', 'price', 'x', 'y', 'width', 'height',
  'ms', 'px', 'has', 'is', 'status', 'mode', 'field', 'header', 'param', 'version', 'format', 'ttl', 'prefix',
  'hint', 'placeholder', 'position', 'pos', 'start', 'end', 'budget', 'max', 'min', 'total', 'used', 'remaining',
  'estimate', 'input', 'output', 'completion', 'prompt', 'window', 'size', 'key', 'keys', 'rotation', 'policy',
  'strength', 'scheme', 'algorithm', 'alg', 'version', 'enabled', 'required', 'set', 'exists', 'changed', 'reset',
  // A digest of configuration (LibreChat's `server.resolvedConfigDigest !== expected.resolvedConfigDigest`): a
  // fingerprint that says whether the config changed, like a `policy` digest, not a credential.
  'config', 'configuration',
]);
/** Last words of a name for an operation or a handle around a secret (`tokenRequest`, `tokenPromise`, `tokenRefreshTimer`). */
const HANDLE_WORDS = new Set(['request', 'requests', 'promise', 'promises', 'task', 'timer', 'timeout', 'handler', 'callback', 'listener', 'controller', 'lock']);
/** Words that mark a comparison of two values the user owns (change detection, form confirmation). */
const PAIR_EXCLUDE_WORDS = new Set([
  'new', 'current', 'confirm', 'confirmation', 'old', 'previous', 'prev', 'repeat', 'retype', 'draft', 'cached',
  'candidate', 'last', 'next', 'initial', 'original', 'default', 'existing', 'refreshed', 'latest', 'other',
]);
/** Words that say a value is the reference secret a request is checked against. */
const REFERENCE_WORDS = new Set([
  'expected', 'computed', 'calculated', 'stored', 'hashed', 'decrypted', 'valid', 'correct', 'provided',
  'received', 'incoming', 'given', 'supplied', 'actual', 'request', 'header', 'submitted',
  // `getBearerToken(c) === configuredToken`: the admin token from the app's configuration (Portkey's admin UI).
  'configured',
]);
const STRONG_WORDS = new Set(['signature', 'sig', 'hmac', 'digest', 'signatures']);
/** Secret words that also name a content fingerprint: a manifest's `signature`, an image's `digest`. */
const FINGERPRINT_WORDS = new Set(['signature', 'signatures', 'sig', 'digest']);
/**
 * Text that shows a key, a credential, a signing step or a request: where none of it appears, a value
 * called `signature` cannot be a MAC (a MAC needs a key) nor be checked against what a caller sent.
 */
const KEY_OR_REQUEST_TEXT =
  /secret|passw|token|credential|hmac|private_?key|signing_?key|api_?key|\bsign\w*\s*\(|\.sign\s*\(|\bverify\w*\s*\(|createSign|subtle\.(?:sign|verify|importKey)|\bjwt|\bjose\b|process\.env|import\.meta\.env|\benv\.|\breq\b|\brequest\b|headers|searchParams|cookies/i;

interface Side {
  node: Node;
  /** Name words of the expression itself (last member / identifier). */
  words: string[];
  trivial: boolean;
  secretNamed: boolean;
  envSecret?: string;
  digest: boolean;
  request: boolean;
}

function nameOf(node: Node): string | undefined {
  const n = unwrap(node, { await: true });
  if (n.type === 'Identifier') return n.name;
  if (n.type === 'MemberExpression') {
    const prop = getPropertyName(n);
    // headers['x-api-key'], headers.get('x-hub-signature')
    return prop;
  }
  if (n.type === 'CallExpression') {
    const callee = unwrap(n.callee);
    const arg = getStaticString(n.arguments[0]);
    if (callee.type === 'MemberExpression' && getPropertyName(callee) === 'get' && arg) return arg;
    if (callee.type === 'MemberExpression') return getPropertyName(callee);
    if (callee.type === 'Identifier') return callee.name;
  }
  return undefined;
}

export default createRule<Options, MessageIds>({
  name: 'no-timing-unsafe-compare',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow comparing secrets, tokens and signatures with === instead of a constant-time comparison',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      unsafeCompare:
        '{{what}} is compared with `{{op}}`: the comparison stops at the first differing character, so response timing leaks how much of a guessed value is right{{unset}}. Compare in constant time ({{remedy}}).',
      unsafeIncludes:
        '{{what}} is looked up with `.includes()`: each comparison stops at the first differing character, so response timing leaks how much of a guessed value is right. Compare each candidate in constant time: `{{example}}`.',
      useSafeCompare: 'Compare with safeCompare() (SHA-256 both sides + crypto.timingSafeEqual; adds the helper or imports it).',
      useSafeCompareAsync:
        'Compare with await safeCompareAsync() (Web Crypto SHA-256 both sides + a constant-time loop: this file runs on the Edge runtime, which has no node:crypto; adds the helper or imports it).',
    },
    schema: [
      {
        type: 'object',
        properties: {
          secretNames: {
            type: 'array',
            items: { type: 'string' },
            description: 'Extra identifier names (or regular expressions) that hold secrets.',
          },
          ignoreNames: {
            type: 'array',
            items: { type: 'string' },
            description: 'Identifier names (or regular expressions) never treated as secrets.',
          },
        },
        additionalProperties: false,
      },
    ],
  },
  defaultOptions: [{ secretNames: [], ignoreNames: [] }],
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const text = sourceCode.text;
    const kind = getFileKind(context);
    if (kind.isClient || kind.isTest) return {};
    if (kind.hasClientPath && !kind.isServer && !kind.isEntryPoint) return {};
    if (!/secret|token|signature|sig|key|password|passwd|digest|hmac|credential/i.test(text)) return {};
    if (!/[!=]==?|\.includes\(/.test(text)) return {};
    // CLI scripts and seeds compare what their operator passed in, not what a remote caller sends. Not a module typed
    // as a server framework's request handler, kept in such a folder (payloadcms/website's `src/scripts/createReleasePost.ts`:
    // a `PayloadHandler` its config registers as an endpoint, checking `req.headers.get('x-release-secret')`).
    if (isDevTooling(kind, sourceCode.ast, text) && !HANDLER_TYPE_IMPORT.test(text)) return {};
    const toRegex = (list: string[] | undefined): RegExp[] =>
      (list ?? []).flatMap((s) => {
        try {
          return [new RegExp(`^(?:${s})$`)];
        } catch {
          return [];
        }
      });
    // Middleware and `runtime = 'edge'` code has no node:crypto: its suggestion uses the Web Crypto helper.
    const edge = isEdgeRuntime(kind, sourceCode.ast);
    /** A side's text as a call argument: a sequence expression keeps its parentheses. */
    const argText = (n: Node): string => (n.type === 'SequenceExpression' ? `(${sourceCode.getText(n)})` : sourceCode.getText(n));
    /**
     * Where the Edge suggestion can await: the fixes that make room for it (none inside an async function;
     * `async` on a sync middleware), or undefined when no rewrite keeps the meaning (a sync callback).
     */
    const awaitRoom = (n: Node): ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[]) | undefined => {
      if (canAwaitAt(n)) return () => [];
      const middleware = syncMiddlewareFunction(n, kind);
      return middleware ? (fixer) => [fixer.insertTextBefore(middleware, 'async ')] : undefined;
    };
    const extraSecret = toRegex(options.secretNames);
    const ignored = toRegex(options.ignoreNames);

    /**
     * `tags.find((t) => t.digest === latestTag.digest)`: two records' content hashes (image digests,
     * file checksums) compared while searching a list: a lookup by content, not a check of what a caller sent.
     */
    function sameContentAddress(a: Node, b: Node): boolean {
      const l = unwrap(a);
      const r = unwrap(b);
      if (l.type !== 'MemberExpression' || r.type !== 'MemberExpression' || l.computed || r.computed) return false;
      const name = getPropertyName(l);
      if (!name || name !== getPropertyName(r) || !/^(?:digest|hash|checksum|sha(?:256|1)?|etag|contentHash|fileHash)$/i.test(name)) return false;
      // Only while searching a list (`tags.find((t) => t.digest === latest.digest)`).
      for (let p: Node | undefined = a.parent; p; p = p.parent) {
        if (p.type === 'ArrowFunctionExpression' || p.type === 'FunctionExpression') {
          const call = p.parent;
          return call?.type === 'CallExpression' && call.arguments[0] === p && /^(?:find|findLast|findIndex|findLastIndex|filter|some|every)$/.test(call.callee.type === 'MemberExpression' ? (getPropertyName(call.callee) ?? '') : '');
        }
      }
      return false;
    }

    /**
     * `cleanSecret !== secret` where `const cleanSecret = secret.trim()` (pinteya's check that AUTH_GOOGLE_SECRET has no
     * stray whitespace), `process.env.X !== process.env.X?.trim()`: a value against its own trimmed or case-folded copy
     * tests its format. Neither side comes from a caller, so there is nothing to learn from the timing.
     */
    function selfNormalized(a: Node, b: Node): boolean {
      const plain = (n: Node): string => sourceCode.getText(unwrap(n)).replace(/\?\./g, '.');
      const copyOf = (n: Node): Node | undefined => {
        let u = unwrap(n);
        if (u.type === 'Identifier') u = unwrap(getConstInit(sourceCode, u) ?? u);
        if (u.type !== 'CallExpression' || u.arguments.length > 0 || u.callee.type !== 'MemberExpression') return undefined;
        return /^(?:trim|trimStart|trimEnd|toLowerCase|toUpperCase)$/.test(getPropertyName(u.callee) ?? '') ? u.callee.object : undefined;
      };
      const sameValue = (x: Node, y: Node): boolean => plain(x) === plain(y);
      const ca = copyOf(a);
      const cb = copyOf(b);
      return (ca !== undefined && sameValue(ca, b)) || (cb !== undefined && sameValue(cb, a));
    }

    /**
     * What an unset secret lets through at the compare, for the message ('' when nothing can):
     * - both sides `undefined` (`undefined !== undefined`), unless one is a string by construction (a template, a
     *   literal, `hmac.digest('hex')`, `await hashToken(secret)`), a Fetch API read under a strict compare
     *   (`req.headers.get()`, `searchParams.get()`, `formData.get()` give `null` when missing, and `null !== undefined`),
     *   or one was tested as set first: by an early exit (`if (!apiKey) return 401`, `if (token == null) { log(); return 503 }`,
     *   also in an enclosing block or function) or in the same condition (`!token || token !== expected`);
     * - the secret's `''` fallback (`process.env.CRON_SECRET ?? ''`) matching an empty value from the request,
     *   unless either side was tested as non-empty first.
     */
    function unsetHazard(cmp: TSESTree.BinaryExpression): string {
      if (cmp.left.type === 'PrivateIdentifier') return '';
      const strict = cmp.operator.length === 3;
      const negated = cmp.operator.startsWith('!');
      const optional = (n: Node) => sourceCode.getText(n).includes('?.');
      // A string whatever the secret holds (also when it is empty).
      const alwaysString = (n: Node): boolean =>
        n.type === 'TemplateLiteral' ||
        (n.type === 'Literal' && typeof n.value === 'string') ||
        (n.type === 'CallExpression' &&
          !optional(n) &&
          /^(?:digest|toString|toLowerCase|toUpperCase|trim|join|slice|substring|replace|replaceAll|(?:hash|sha\d|hmac|md5)\w*)$/i.test(getCalleeName(n) ?? '')) ||
        // `process.env.SYNCCTL_AUTH_KEY ?? ""`: a string fallback.
        (n.type === 'LogicalExpression' && (n.operator === '??' || n.operator === '||') && n.right.type === 'Literal' && typeof n.right.value === 'string');
      // Never empty: a digest or a hash (an empty input still hashes to a full-length value), or a non-empty literal.
      const neverEmpty = (n: Node): boolean =>
        (n.type === 'Literal' && typeof n.value === 'string' && n.value !== '') ||
        (n.type === 'CallExpression' && !optional(n) && /^(?:digest|(?:hash|sha\d|hmac|md5)\w*)$/i.test(getCalleeName(n) ?? ''));
      // `req.headers.get('x-api-key')`, `searchParams.get('token')`, `(await headers()).get(...)`, `formData.get(...)`.
      const fetchRead = (n: Node): boolean => {
        if (n.type !== 'CallExpression' || n.callee.type !== 'MemberExpression' || getPropertyName(n.callee) !== 'get' || optional(n)) return false;
        const obj = unwrap(n.callee.object, { await: true });
        const name = obj.type === 'CallExpression' ? getCalleeName(obj) : obj.type === 'MemberExpression' ? getPropertyName(obj) : obj.type === 'Identifier' ? obj.name : undefined;
        return /^(?:headers|searchParams|formData)$/.test(name ?? '');
      };
      // The side itself, or the value of the `const` it names.
      const valueOf = (side: Node): Node[] => {
        const u = unwrap(side, { await: true });
        const init = u.type === 'Identifier' ? getConstInit(sourceCode, u) : undefined;
        return init ? [u, unwrap(init, { await: true })] : [u];
      };
      const emptyLiteral = (n: Node) => n.type === 'Literal' && n.value === '';
      const nullish = (n: Node) => (n.type === 'Literal' && n.value === null) || (n.type === 'Identifier' && n.name === 'undefined');
      /** Whether the side was tested as set (as non-empty with `nonEmpty`) before the compare or around it. */
      const tested = (side: Node, nonEmpty: boolean): boolean => {
        const u = unwrap(side, { await: true });
        const sideText = sourceCode.getText(u);
        // `if (process.env.SEED_USER_EMAIL && process.env.SEED_USER_PASSWORD) { ... SEED_USER_PASSWORD === password ... }`:
        // tested as a conjunct of an enclosing `if`.
        for (let child: Node = cmp, up: Node | undefined = cmp.parent; up && !isFunction(up); child = up, up = up.parent) {
          if (up.type !== 'IfStatement' || up.consequent !== child) continue;
          if (chainOperands(up.test, '&&').some((c) => sourceCode.getText(c) === sideText)) return true;
        }
        // In the condition around the compare, before or after it: a match grants only with the side also tested in
        // its `&&` chain (`cronSecret === serverEnv.CRON_SECRET && serverEnv.CRON_SECRET !== ''`, myimageupscaler's
        // IndexNow route; `token && token === expected`), a mismatch is refused with the side also refused when unset
        // in its `||` chain (`!token || token !== expected`, `token.replace('Bearer ', '') !== key || !key`).
        const op = negated ? '||' : '&&';
        let top: Node = cmp;
        while (top.parent?.type === 'LogicalExpression' && top.parent.operator === op) top = top.parent;
        const sameSide = (n: Node) => sourceCode.getText(unwrap(n)) === sideText;
        const emptyTest = (o: Node): boolean => {
          if (o.type !== 'BinaryExpression' || o.operator !== (negated ? '===' : '!==') && o.operator !== (negated ? '==' : '!=')) return false;
          const [a, b] = [unwrap(o.left), unwrap(o.right)];
          const unset = (n: Node) => emptyLiteral(n) || (!nonEmpty && nullish(n));
          return (sameSide(a) && unset(b)) || (sameSide(b) && unset(a));
        };
        if (
          top !== cmp &&
          chainOperands(top, op).some((c) => {
            const o = unwrap(c);
            if (o === cmp) return false;
            if (!negated && sameSide(o)) return true;
            if (negated && o.type === 'UnaryExpression' && o.operator === '!' && sameSide(o.argument)) return true;
            return emptyTest(o);
          })
        ) {
          return true;
        }
        if (u.type !== 'Identifier' && getProcessEnvName(u) === undefined) return false;
        // An early exit before the compare, in a block around it, also in an enclosing function (`if (!token) throw ...;
        // products.find((p) => p.token === token)`; inbox-zero's `if (verificationToken == null) { logger.error(...); return 503 }`),
        // or at module level (`if (!process.env.CRON_SECRET) throw ...`: the handler never runs without it).
        const name = sideText.replace(/[.$]/g, '\\$&');
        const notSet = new RegExp(
          `!\\s*${name}\\b(?!\\s*[.?[])` +
            (nonEmpty ? `|(?<![.\\w$])${name}\\s*===?\\s*(?:''|""|\`\`)` : `|(?<![.\\w$])${name}\\s*(?:==\\s*(?:null|undefined)|===\\s*undefined)\\b|typeof\\s+${name}\\s*[!=]==?\\s*['"]undefined`),
        );
        let fns = 0;
        for (let child: Node = cmp, up: Node | undefined = cmp.parent; up && fns < 4; child = up, up = up.parent) {
          if (isFunction(up)) fns++;
          if (up.type !== 'BlockStatement' && up.type !== 'Program') continue;
          for (const st of up.body) {
            if (st === child) break;
            if (st.type === 'IfStatement' && (isEarlyExit(st.consequent) || endsInExit(st.consequent)) && notSet.test(sourceCode.getText(st.test))) return true;
          }
        }
        return false;
      };
      const sides = [cmp.left, cmp.right];
      const mayBeUndefined = (side: Node): boolean =>
        !valueOf(side).some((v) => alwaysString(v) || (strict && fetchRead(v))) &&
        // `const expected = process.env.CRON_JOB_SECRET || 'true'` (openlit's middleware): a non-empty string fallback.
        !valueOf(side).some((v) => v.type === 'LogicalExpression' && (v.operator === '||' || v.operator === '??') && !!getStaticString(v.right)) &&
        !tested(side, false);
      if (sides.every(mayBeUndefined)) return `, and \`undefined ${cmp.operator} undefined\` lets a request through when the secret is unset`;
      const emptyFallback = (side: Node): boolean =>
        valueOf(side).some((v) => v.type === 'LogicalExpression' && (v.operator === '??' || v.operator === '||') && emptyLiteral(unwrap(v.right)) && !!getSecretEnvRead(sourceCode, v.left));
      const mayBeEmpty = (side: Node): boolean => !valueOf(side).some(neverEmpty) && !tested(side, true);
      const a: Node = cmp.left;
      const b: Node = cmp.right;
      if ((emptyFallback(a) && mayBeEmpty(b) && !tested(a, true)) || (emptyFallback(b) && mayBeEmpty(a) && !tested(b, true))) {
        return ", and with the secret unset its `''` fallback matches an empty value from the request";
      }
      // `Bearer ${process.env.CRON_SECRET}` (Vercel Cron's documented check): with the secret unset the expected value
      // is the text `Bearer undefined` (`token=` with a `''` fallback), which anyone can send. Not when the secret was tested as set first, also by an
      // `&&` around the compare (`cronSecret && header !== `Bearer ${cronSecret}``: that check is skipped instead).
      for (const side of sides) {
        const t = valueOf(side).find((v): v is TSESTree.TemplateLiteral => v.type === 'TemplateLiteral' && v.expressions.length === 1);
        if (!t) continue;
        const inner = unwrap(t.expressions[0]!);
        const init = inner.type === 'Identifier' ? getConstInit(sourceCode, inner) : undefined;
        const read = unwrap(init ?? inner);
        const empty = read.type === 'LogicalExpression' && (read.operator === '??' || read.operator === '||') && emptyLiteral(unwrap(read.right));
        if (getSecretEnvRead(sourceCode, empty ? (read as TSESTree.LogicalExpression).left : read)?.startsWith('process.env.') !== true) continue;
        if (tested(inner, false) || conjunctTested(cmp, sourceCode.getText(inner))) continue;
        const value = `${t.quasis[0]!.value.cooked ?? ''}${empty ? '' : 'undefined'}${t.quasis[1]!.value.cooked ?? ''}`;
        // A value with outer whitespace (`Bearer ` from a `''` fallback) cannot arrive in a header: HTTP trims it.
        if (value.length > 40 || /`/.test(value) || value !== value.trim()) continue;
        return `, and with the secret unset the expected value is \`${value}\`, which anyone can send`;
      }
      return '';
    }

    /** Whether a compare sits in an `&&` chain that also tests `text` as set (`secret && header !== `Bearer ${secret}``). */
    function conjunctTested(cmp: Node, text: string): boolean {
      for (let child: Node = cmp, up: Node | undefined = cmp.parent; up?.type === 'LogicalExpression'; child = up, up = up.parent) {
        if (up.operator !== '&&') continue;
        const other = unwrap(up.left === child ? up.right : up.left);
        const core = other.type === 'UnaryExpression' && other.operator === '!' && unwrap(other.argument).type === 'UnaryExpression' ? unwrap((unwrap(other.argument) as TSESTree.UnaryExpression).argument) : other;
        if (sourceCode.getText(core) === text) return true;
      }
      return false;
    }

    function isSecretName(name: string | undefined): boolean {
      if (!name) return false;
      if (ignored.some((r) => r.test(name))) return false;
      if (extraSecret.some((r) => r.test(name))) return true;
      const words = splitWords(name);
      if (words.some((w) => NON_SECRET_WORDS.has(w) && w !== 'key')) return false;
      // The last word names what the value is: `tokenRequest` / `tokenPromise` is the pending fetch of a token
      // (assistant-ui's `this.tokenRequest === tokenRequest`, an identity check of a promise), not the token.
      if (words.length > 1 && HANDLE_WORDS.has(words[words.length - 1]!)) return false;
      if (words.some((w) => SECRET_WORDS.has(w))) return true;
      // api key / x-api-key / apiKey / secretKey / privateKey / accessKey
      const i = words.indexOf('key');
      return i > 0 && ['api', 'secret', 'private', 'access', 'signing', 'auth', 'master', 'admin', 'internal', 'webhook', 'cron'].includes(words[i - 1] ?? '');
    }

    function isTrivial(node: Node): boolean {
      const n = unwrap(node);
      switch (n.type) {
        case 'Literal':
          return true;
        case 'TemplateLiteral':
          return n.expressions.length === 0;
        case 'UnaryExpression':
          return true;
        case 'ArrayExpression':
        case 'ObjectExpression':
          return true;
        case 'Identifier': {
          if (n.name === 'undefined' || n.name === 'NaN' || n.name === 'Infinity') return true;
          if (/^[A-Z][A-Z0-9_]*$/.test(n.name)) {
            // An UPPER_CASE constant: imported, or bound to a literal. Not an imported one named as a secret
            // (cal.com's `CREDENTIAL_SYNC_SECRET`, exported from the app's constants as its env value), but its
            // header's or cookie's name is (`API_KEY_HEADER`).
            if (getImportSource(sourceCode, n) !== undefined) return !isSecretEnvName(n.name) || /_(?:HEADER|NAME|PREFIX|PARAM|COOKIE|FIELD|LENGTH|TTL)$/.test(n.name);
            const values = getBindingValues(sourceCode, n);
            return !!values && values.every((v) => {
              const u = unwrap(v);
              return u.type === 'Literal' || (u.type === 'TemplateLiteral' && u.expressions.length === 0);
            });
          }
          return false;
        }
        case 'MemberExpression': {
          const prop = getPropertyName(n);
          if (prop && /^(?:length|size|byteLength|type|kind|status|id)$/.test(prop)) return true;
          // Enum-like members: TokenType.Access, Constants.NONE
          if (prop && /^[A-Z][A-Z0-9_]*$/.test(prop) && !getSecretEnvRead(sourceCode, n)) {
            const obj = getDottedName(n.object);
            if (obj && !/env|config/i.test(obj)) return true;
          }
          return false;
        }
        default:
          return false;
      }
    }

    /** The server actions this file exports (their functions), found on first use. */
    let actionFns: Set<Node> | undefined;
    /** Whether the file can hold server actions (a `'use server'` file or inline directives), computed on first use. */
    let actionFile: boolean | undefined;
    /**
     * A parameter of a server action (`verifyMasterPassword(password)`, `formData` in `formData.get('token')`): what the
     * client sent, like a request's body (firebase-dicilo's `stored === password` against the master password it keeps).
     */
    function isActionArgument(n: Node): boolean {
      if (n.type !== 'Identifier' || !(actionFile ??= kind.isServerActionFile || text.includes('use server'))) return false;
      const def = findVariable(sourceCode, n)?.defs[0];
      if (def?.type !== 'Parameter') return false;
      actionFns ??= new Set(getHandlers(sourceCode, kind).flatMap((h) => (h.kind === 'server-action' && h.fn ? [h.fn] : [])));
      return actionFns.has(def.node);
    }

    function describeSide(node: Node): Side {
      const name = nameOf(node);
      const words = name ? splitWords(name) : [];
      const side: Side = {
        node,
        words,
        trivial: isTrivial(node),
        secretNamed: isSecretName(name),
        digest: false,
        request: false,
      };
      if (side.trivial) return side;
      traceValue(
        sourceCode,
        node,
        (n) => {
          if (!side.envSecret) side.envSecret = getSecretEnvRead(sourceCode, n);
          if (!side.digest && (isDigestCall(n) || returnsDigest(n))) side.digest = true;
          return false;
        },
        5,
        { chains: false },
      );
      traceValue(
        sourceCode,
        node,
        (n) => {
          if (!side.request && (isRequestRead(sourceCode, n) || isActionArgument(n))) side.request = true;
          if (!side.secretNamed && n !== node && n.type === 'CallExpression') {
            // headers.get('x-api-key') / searchParams.get('token') on the way
            const callee = unwrap(n.callee);
            if (callee.type === 'MemberExpression' && getPropertyName(callee) === 'get' && isSecretName(getStaticString(n.arguments[0]) ?? '')) {
              side.secretNamed = true;
            }
          }
          return false;
        },
        5,
        { callArguments: false },
      );
      // `const secretHeader = req.headers.get(...)`: read from the request, a `…Header` / `…Param` name is the
      // value that came in under it, not the header's name (cal.com's credential-sync webhook).
      if (side.request && !side.secretNamed && name && words.some((w) => w === 'header' || w === 'param')) {
        side.secretNamed = isSecretName(words.filter((w) => w !== 'header' && w !== 'param').join('_'));
      }
      return side;
    }

    /**
     * A call of this file's own function whose every returned value is an HMAC digest (cal.com's Daily
     * webhook: `const computed = computeSignature(secret, body, ts)` returning `hmac.update(...).digest('base64')`).
     */
    function returnsDigest(n: Node): boolean {
      if (n.type !== 'CallExpression' || n.callee.type !== 'Identifier') return false;
      const fn = resolveLocalFunction(sourceCode, n.callee, { constOnly: true });
      if (!fn) return false;
      const values = returnedValues(fn);
      return (
        values.length > 0 &&
        values.every((v) => {
          if (!v) return false;
          const u = unwrap(v, { await: true });
          const init = u.type === 'Identifier' ? getConstInit(sourceCode, u) : undefined;
          return isDigestCall(u) || (!!init && isDigestCall(init));
        })
      );
    }

    function describeWhat(a: Side, b: Side): string {
      const pick = a.envSecret || a.digest ? a : b.envSecret || b.digest ? b : a.secretNamed ? a : b;
      // A basic-auth username (`SMTP_AUTH_USERNAME`) is compared alongside its password but is no secret itself.
      if (pick.envSecret) return `${/USER|LOGIN|EMAIL/i.test(pick.envSecret) && !/PASS|SECRET|TOKEN|KEY/i.test(pick.envSecret) ? 'The configured' : 'The secret'} ${pick.envSecret}`;
      if (pick.digest) return 'An HMAC digest';
      const t = sourceCode.getText(pick.node);
      return `\`${t.length > 40 ? `${t.slice(0, 37)}...` : t}\``;
    }

    /**
     * Whether a side's only secret words are fingerprint words (`signature`, `digest`): a name that also
     * means a content hash. `token`, `secret`, `password`, `hmac`, a configured secret name: not.
     */
    function fingerprintNamed(side: Side): boolean {
      const secretWords = side.words.filter((w) => SECRET_WORDS.has(w) || STRONG_WORDS.has(w));
      return secretWords.length > 0 && secretWords.every((w) => FINGERPRINT_WORDS.has(w)) && !extraSecret.some((r) => r.test(nameOf(side.node) ?? ''));
    }

    /** A keyless summary of data: a plain hash chain (`createHash(...).update(...).digest()`), `JSON.stringify`, a `.join()`, a template. */
    function isKeylessSummary(node: Node, depth = 0): boolean {
      const u = unwrap(node, { await: true });
      if (u.type === 'TemplateLiteral') return true;
      if (u.type === 'Identifier' && depth < 2) {
        const init = getConstInit(sourceCode, u);
        return !!init && isKeylessSummary(init, depth + 1);
      }
      if (u.type !== 'CallExpression' || isDigestCall(u)) return false;
      const name = getCalleeName(u);
      if (name === 'createHash' || name === 'join' || getDottedName(u.callee) === 'JSON.stringify') return true;
      const callee = unwrap(u.callee);
      return callee.type === 'MemberExpression' && isKeylessSummary(callee.object, depth);
    }

    /**
     * `const signature = manifestSignature(manifest)` where this file's `manifestSignature` returns a plain
     * hash or a join of the data and touches no key, credential or request: a content fingerprint.
     */
    function isLocalFingerprint(node: Node): boolean {
      let u = unwrap(node, { await: true });
      if (u.type === 'Identifier') {
        const init = getConstInit(sourceCode, u);
        if (!init) return false;
        u = unwrap(init, { await: true });
      }
      if (u.type !== 'CallExpression') return false;
      // `const signature = JSON.stringify(tools.map(...))`: a serialization of the app's own data, kept to see whether it
      // changed (CopilotKit's web inspector), when it names no key, credential or request; its arguments are traced below.
      if (getDottedName(u.callee) === 'JSON.stringify') {
        if (u.arguments.some((a) => KEY_OR_REQUEST_TEXT.test(serializedText(a)))) return false;
      } else {
        if (u.callee.type !== 'Identifier') return false;
        const fn = resolveLocalFunction(sourceCode, u.callee, { constOnly: true });
        if (!fn || KEY_OR_REQUEST_TEXT.test(sourceCode.getText(fn))) return false;
        const values = returnedValues(fn);
        if (values.length === 0 || !values.every((v) => !!v && isKeylessSummary(v))) return false;
      }
      // A hash of a password, a token or a request value (`digest(body.password)`) is the credential's
      // stand-in: only a hash of plain data is a fingerprint.
      return !u.arguments.some((arg) =>
        traceValue(sourceCode, arg, (n) => {
          if (isRequestRead(sourceCode, n) || getSecretEnvRead(sourceCode, n)) return true;
          const words = n.type === 'Identifier' || n.type === 'MemberExpression' ? splitWords(nameOf(n) ?? '') : [];
          return words.some((w) => (SECRET_WORDS.has(w) && !FINGERPRINT_WORDS.has(w)) || w === 'key');
        }),
      );
    }

    /**
     * The text of what `JSON.stringify` writes, less the properties of an object literal whose value is a boolean (`hasSecret:
     * !!secret`, `resendConfigured: Boolean(apiKey)`): they serialize `true` or `false`, never the key they test (opskings'
     * better-auth config signature, memoized on `globalThis`).
     */
    function serializedText(node: Node): string {
      const u = unwrap(node);
      if (u.type !== 'ObjectExpression') return sourceCode.getText(u);
      return u.properties
        .map((p) => {
          if (p.type !== 'Property') return sourceCode.getText(p);
          const v = unwrap(p.value as Node);
          const boolean = (v.type === 'UnaryExpression' && v.operator === '!') || (v.type === 'CallExpression' && getDottedName(v.callee) === 'Boolean');
          return boolean ? '' : sourceCode.getText(p);
        })
        .join(' ');
    }

    /** Neither a key nor a request in sight: a file that is no route, action or middleware and mentions none. */
    let keylessFile: boolean | undefined;
    const isKeylessFile = (): boolean => (keylessFile ??= !kind.isEntryPoint && !KEY_OR_REQUEST_TEXT.test(text));

    /**
     * `marker.signature !== signature` where both values are only called `signature` / `digest`, and either
     * one is a keyless fingerprint computed in this file or the file holds no key and reads no request: two
     * content fingerprints compared to see whether data changed. Timing would leak a hash of the app's own
     * data, not a secret, and no caller supplies a guess.
     */
    function isFingerprintPair(a: Side, b: Side): boolean {
      if (a.request || b.request || !fingerprintNamed(a) || !fingerprintNamed(b)) return false;
      return isLocalFingerprint(a.node) || isLocalFingerprint(b.node) || isKeylessFile();
    }

    /** `await req.json()`, `request.formData()`, `c.req.text()`: the request's body. */
    function readsRequestBody(n: Node): boolean {
      if (n.type !== 'CallExpression' || n.callee.type !== 'MemberExpression') return false;
      if (!/^(?:json|text|formData|arrayBuffer)$/.test(getPropertyName(n.callee) ?? '')) return false;
      return /^(?:req|request|_req|r|c|ctx)$/i.test(getRootIdentifier(n.callee)?.name ?? '');
    }

    /**
     * A value named as an identifier of a record (`productId`, `metadata.price_id`, `orgIds`) that holds no
     * secret itself: what it is compared with is an id too, whatever the env var's name says
     * (`STRIPE_TOKEN_USAGE_PRODUCT`: a Stripe product for LLM token usage).
     */
    function idNamed(side: Side): boolean {
      const last = side.words[side.words.length - 1];
      return (
        side.words.length > 1 &&
        (last === 'id' || last === 'ids') &&
        !side.envSecret &&
        !side.digest &&
        !side.secretNamed &&
        !side.words.some((w) => SECRET_WORDS.has(w) || STRONG_WORDS.has(w) || w === 'key')
      );
    }

    function shouldReport(a: Side, b: Side): boolean {
      if (a.trivial || b.trivial) return false;
      // 1. An env secret against anything that is not a constant (not an id: `productId`), or an HMAC digest. Not a
      // keyed hash of what the request sent against a stored value (`hashEmailCode(code) !== verificationToken.token`,
      // Cap's mobile sign-in): the caller cannot steer the digest, so timing tells them nothing; a signature sent in
      // the request can be.
      if (a.envSecret || b.envSecret) return !idNamed(a) && !idNamed(b);
      if (a.digest || b.digest) {
        const [d, other] = a.digest ? [a, b] : [b, a];
        const fromRequest = (n: Node): boolean => isRequestRead(sourceCode, n) || readsRequestBody(n);
        // A signature sent in the body (`const { payload, signature } = await req.json()`) is the caller's too.
        if (other.request || other.digest || traceValue(sourceCode, other.node, fromRequest, 5, { callArguments: false })) return true;
        // A value read from the database is a stored hash (`[verificationToken] = await db.select()...`): whoever
        // computed the digest, the caller cannot steer it (Cap's `verificationToken.token !== hashEmailCode(code)`).
        if (traceValue(sourceCode, other.node, (n) => n.type === 'CallExpression' && isDbCall(n, context), 5, { callArguments: false })) return false;
        return !traceValue(sourceCode, d.node, fromRequest, 6, { callArguments: true });
      }
      // 2. A secret-named value read from the request, against a non-constant. Not against another value the same
      // caller sends (`password !== confirmPassword` from one body, soundwave's sign-up; an OAuth request token's cookie
      // against its query parameter): the caller knows both, so the timing tells them nothing.
      if (a.request && b.request) return false;
      if ((a.request && a.secretNamed) || (b.request && b.secretNamed)) {
        return a.secretNamed || b.secretNamed;
      }
      // 3. Two secret-named values, one of them the reference or a signature, and not a change check.
      if (a.secretNamed && b.secretNamed) {
        const words = [...a.words, ...b.words];
        if (words.some((w) => PAIR_EXCLUDE_WORDS.has(w))) return false;
        if (isFingerprintPair(a, b)) return false;
        if (words.some((w) => STRONG_WORDS.has(w))) return true;
        if (a.request || b.request) return true;
        return words.some((w) => REFERENCE_WORDS.has(w));
      }
      return false;
    }

    /**
     * `tokens.filter((token) => token !== tokenToRemove)`: the value dropped from a list (toopnin's push tokens removed
     * on sign-out), not a check that lets anyone in.
     */
    function removesFromList(node: TSESTree.BinaryExpression): boolean {
      if (!node.operator.startsWith('!')) return false;
      let fn: Node | undefined = node.parent;
      if (fn?.type === 'ReturnStatement') fn = fn.parent?.type === 'BlockStatement' && fn.parent.body.length === 1 ? fn.parent.parent : undefined;
      if (fn?.type !== 'ArrowFunctionExpression' && fn?.type !== 'FunctionExpression') return false;
      const call = fn.parent;
      return call?.type === 'CallExpression' && call.arguments[0] === fn && call.callee.type === 'MemberExpression' && getPropertyName(call.callee) === 'filter';
    }

    /** An array by its making (`[...]`, `.split()`, `.map()`, `Array.from()`) or by a plural name (`signatures`, `tokenList`). */
    function isArrayLike(node: Node): boolean {
      const u = unwrap(node);
      if (u.type === 'ArrayExpression') return true;
      if (u.type === 'CallExpression') return /^(?:split|map|filter|slice|concat|flat|flatMap|from|keys|values|entries)$/.test(getCalleeName(u) ?? '');
      const name = u.type === 'Identifier' ? u.name : u.type === 'MemberExpression' ? (getPropertyName(u) ?? '') : '';
      if (u.type === 'Identifier') {
        const init = getBindingValues(sourceCode, u)?.[0];
        if (init && init !== u && isArrayLike(init)) return true;
      }
      return /(?:[^s]s|List|Array|Items|Candidates)$/.test(name);
    }

    return {
      // `signatures.includes(expectedHmac)`: a signature header listing several candidates (Teller,
      // Stripe-style `v1=` lists), checked with `===` element by element.
      'CallExpression[callee.type="MemberExpression"][callee.property.name="includes"][arguments.length=1]'(node: TSESTree.CallExpression) {
        const callee = node.callee as TSESTree.MemberExpression;
        const needle = node.arguments[0]!;
        if (needle.type === 'SpreadElement' || callee.object.type === 'Super') return;
        const list = callee.object;
        if (isTrivial(needle) || unwrap(list).type === 'ArrayExpression' || unwrap(list).type === 'Literal') return;
        const b = describeSide(needle);
        if (b.trivial || !(b.digest || b.envSecret)) return;
        const listText = sourceCode.getText(list);
        const shortList = listText.length > 30 ? 'list' : listText;
        context.report({
          node,
          messageId: 'unsafeIncludes',
          data: {
            what: describeWhat(describeSide(list), b),
            // Edge code has no node:crypto: the example is the Web Crypto helper's (async) form.
            example: edge
              ? `(await Promise.all(${shortList}.map((candidate) => safeCompareAsync(candidate, expected)))).some(Boolean)`
              : `${shortList}.some((candidate) => safeCompare(candidate, expected))`,
          },
          // `.some()` only exists on arrays: a string's `header.includes(secret)` (a substring test) gets no rewrite.
          // (A `safeCompare` the file declares itself is not the snippet's: the rewrite would call it.)
          suggest: !isArrayLike(list) || !canCallHelper(sourceCode, node, edge ? 'safeCompareAsync' : 'safeCompare')
            ? []
            : !edge
              ? [
                  {
                    messageId: 'useSafeCompare',
                    fix: (fixer: TSESLint.RuleFixer) => [
                      fixer.replaceText(node, `${listText}.some((candidate) => safeCompare(candidate, ${argText(needle)}))`),
                      ...helperFixes(context, fixer, 'no-timing-unsafe-compare', ['safeCompare']),
                    ],
                  },
                ]
              : awaitRoom(node)
                ? [
                    {
                      // `.some()` cannot await: every candidate is compared (Promise.all), then any match counts.
                      messageId: 'useSafeCompareAsync',
                      fix: (fixer: TSESLint.RuleFixer) => [
                        ...awaitRoom(node)!(fixer),
                        fixer.replaceText(node, `(await Promise.all(${listText}.map((candidate) => safeCompareAsync(candidate, ${argText(needle)})))).some(Boolean)`),
                        ...helperFixes(context, fixer, EDGE_SNIPPET, ['safeCompareAsync']),
                      ],
                    },
                  ]
                : [],
        });
      },
      'BinaryExpression[operator=/^[!=]==?$/]'(node: TSESTree.BinaryExpression) {
        if (node.left.type === 'PrivateIdentifier') return;
        const left = node.left;
        const right = node.right;
        if (isTrivial(left) || isTrivial(right)) return;
        if (sameContentAddress(left, right)) return;
        if (selfNormalized(left, right)) return;
        if (removesFromList(node)) return;
        const quick = (n: Node): boolean => {
          const t = sourceCode.getText(n);
          return /secret|token|signature|sig|key|password|passwd|pwd|digest|hmac|credential|process\.env|env\.|auth/i.test(t) || unwrap(n).type === 'Identifier';
        };
        if (!quick(left) && !quick(right)) return;
        const a = describeSide(left);
        const b = describeSide(right);
        if (!shouldReport(a, b)) return;
        const negated = node.operator.startsWith('!');
        context.report({
          node,
          messageId: 'unsafeCompare',
          data: {
            what: describeWhat(a, b),
            op: node.operator,
            unset: unsetHazard(node),
            remedy: edge ? 'Web Crypto on the Edge runtime: SHA-256 both sides, then a loop over every byte' : 'crypto.timingSafeEqual',
          },
          suggest: !canCallHelper(sourceCode, node, edge ? 'safeCompareAsync' : 'safeCompare')
            ? []
            : !edge
            ? [
                {
                  messageId: 'useSafeCompare',
                  fix: (fixer: TSESLint.RuleFixer) => {
                    const call = `safeCompare(${argText(left)}, ${argText(right)})`;
                    return [
                      fixer.replaceText(node, negated ? `!${call}` : call),
                      ...helperFixes(context, fixer, 'no-timing-unsafe-compare', ['safeCompare']),
                    ];
                  },
                },
              ]
            : // Edge: the Web Crypto compare is async, so the call must be awaited where it stands; outside
              // an async function body (a sync callback, a sync handler) there is no rewrite that keeps the
              // meaning, except the middleware itself, which can become async.
              awaitRoom(node)
              ? [
                  {
                    messageId: 'useSafeCompareAsync',
                    fix: (fixer: TSESLint.RuleFixer) => {
                      const call = `await safeCompareAsync(${argText(left)}, ${argText(right)})`;
                      return [
                        ...awaitRoom(node)!(fixer),
                        fixer.replaceText(node, negated ? `!(${call})` : call),
                        ...helperFixes(context, fixer, EDGE_SNIPPET, ['safeCompareAsync']),
                      ];
                    },
                  },
                ]
              : [],
        });
      },
    };
  },
});
