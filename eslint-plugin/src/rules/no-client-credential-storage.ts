import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import {
  compilePatterns,
  createRule,
  getCalleeName,
  getDottedName,
  getFileKind,
  getImportSource,
  getPropertyName,
  getRootIdentifier,
  getValueSources,
  splitWords,
  unwrap,
} from '../utils';

type Node = TSESTree.Node;

type Options = [
  {
    /** Extra regular expressions for key or variable names that denote a credential. */
    credentialNames?: string[];
    /** Regular expressions for key names that are never credentials (e.g. an app's own `token_usage`). */
    ignoreNames?: string[];
    /** The route the suggestion posts the credential to (the snippet's session route). */
    sessionRoute?: string;
  },
];

type MessageIds = 'storage' | 'cookie' | 'useServerCookie';

/** Word sequences that name a credential once a name is split into words. */
const CREDENTIAL_PHRASES: readonly (readonly string[])[] = [
  ['token'],
  ['jwt'],
  ['apikey'],
  ['api', 'key'],
  ['secret'],
  ['password'],
  ['passwd'],
  ['pwd'],
  ['credential'],
  ['credentials'],
  ['bearer'],
  ['session', 'id'],
  ['sessionid'],
  ['session', 'key'],
  ['session', 'token'],
  ['private', 'key'],
  ['privatekey'],
  ['accesstoken'],
  ['refreshtoken'],
  ['idtoken'],
  ['authtoken'],
  ['access', 'key'],
  ['secret', 'key'],
  ['client', 'secret'],
  ['auth', 'key'],
  ['sid'],
  ['otp'],
  ['pat'],
];
/** Words that turn a token word into something else: LLM token counts, push tokens, CSRF tokens, design tokens. */
const NOT_CREDENTIAL_WORDS = new Set([
  'remaining',
  'count',
  'counts',
  'usage',
  'used',
  'limit',
  'limits',
  'max',
  'min',
  'balance',
  'total',
  'cost',
  'estimate',
  'estimated',
  'length',
  'budget',
  'input',
  'output',
  'completion',
  'prompt',
  'csrf',
  'xsrf',
  'push',
  'fcm',
  'apns',
  'device',
  'notification',
  'captcha',
  'recaptcha',
  'turnstile',
  'hcaptcha',
  'design',
  'theme',
  'color',
  'colors',
  'expiry',
  'expires',
  'expiration',
  'expire',
  'exp',
  'expired',
  'at',
  'time',
  'timestamp',
  'type',
  'name',
  'label',
  'show',
  'visible',
  'remember',
  'strength',
  'hint',
  'policy',
  'reset',
  'rules',
  'has',
  'is',
  'placeholder',
  'masked',
  'preview',
  'prefix',
  'mode',
  'provider',
  'selected',
  'option',
  'options',
  'error',
  'status',
  // UI state about a credential (`password_setup_dismissed`): a banner's or prompt's flag.
  'dismissed',
  'dismiss',
  'banner',
  'alert',
  'seen',
  'shown',
  'acknowledged',
  'collapsed',
]);

/** Providers whose `<provider>Key` is an API key. */
const PROVIDER_WORDS = new Set([
  'openai', 'anthropic', 'claude', 'gemini', 'google', 'groq', 'mistral', 'cohere', 'replicate', 'huggingface', 'hf',
  'stripe', 'github', 'gitlab', 'slack', 'twilio', 'sendgrid', 'resend', 'supabase', 'firebase', 'aws', 'azure',
  'deepseek', 'perplexity', 'together', 'fireworks', 'elevenlabs', 'pinecone', 'serper', 'tavily', 'xai', 'moonshot',
]);

/** Browser libraries whose cookies are script-readable (they cannot set httpOnly). */
const CLIENT_COOKIE_MODULES = /^(?:js-cookie|universal-cookie|react-cookie|typescript-cookie|browser-cookies|@cookie-store\/)|^cookies-next(?:\/client)?$/;

/** Random id generators a page calls: `crypto.randomUUID()`, `nanoid()`, `uuidv4()`, `createId()`, `ulid()`. */
const RANDOM_ID_CALL = /^(?:randomUUID|nanoid|uuid|uuidv4|v4|createId|cuid|ulid)$/;

/** `crypto.randomUUID()`, `nanoid()`, `Math.random().toString(36).slice(2)`. */
function isRandomMint(node: Node): boolean {
  let u: Node = unwrap(node);
  // `.toString(36).slice(2)` steps over the generated value.
  while (u.type === 'CallExpression' && u.callee.type === 'MemberExpression' && /^(?:toString|slice|substring|substr|replace|replaceAll|toUpperCase|toLowerCase)$/.test(getPropertyName(u.callee) ?? '')) {
    u = unwrap(u.callee.object);
  }
  if (u.type !== 'CallExpression') return false;
  return RANDOM_ID_CALL.test(getCalleeName(u) ?? '') || getDottedName(u.callee) === 'Math.random';
}

export default createRule<Options, MessageIds>({
  name: 'no-client-credential-storage',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow storing credentials in localStorage, sessionStorage or script-readable cookies',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      storage:
        '{{what}} is written to {{storage}}, which any script on the page can read: one XSS and it is stolen. Keep credentials out of browser storage (an httpOnly Secure SameSite cookie set by the server).',
      cookie:
        '{{what}} is written to a script-readable cookie ({{how}}): httpOnly cannot be set from the browser, so any XSS can read it. Set the cookie on the server with httpOnly, Secure and SameSite.',
      useServerCookie:
        "Send it to {{route}} instead, which stores it in an httpOnly Secure SameSite cookie (the snippet's session route).",
    },
    schema: [
      {
        type: 'object',
        properties: {
          credentialNames: {
            type: 'array',
            items: { type: 'string' },
            description: 'Extra regular expressions for names that denote a credential.',
          },
          ignoreNames: {
            type: 'array',
            items: { type: 'string' },
            description: 'Regular expressions for key names that are never credentials.',
          },
          sessionRoute: { type: 'string', description: 'The route the suggestion sends the credential to.' },
        },
        additionalProperties: false,
      },
    ],
  },
  defaultOptions: [{ credentialNames: [], ignoreNames: [], sessionRoute: '/api/session' }],
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const text = sourceCode.text;
    if (!/Storage|cookie|Cookie/.test(text)) return {};
    const kind = getFileKind(context);
    if (kind.isTest) return {};
    const extra = compilePatterns(options.credentialNames, 'i');
    const ignore = compilePatterns(options.ignoreNames, 'i');
    const route = options.sessionRoute ?? '/api/session';

    /** Whether a key or variable name denotes a credential. */
    function isCredentialName(name: string): boolean {
      if (!name || name.length > 120) return false;
      if (ignore.some((re) => re.test(name))) return false;
      if (extra.some((re) => re.test(name))) return true;
      const words = splitWords(name);
      if (words.length === 0) return false;
      if (words.some((w) => NOT_CREDENTIAL_WORDS.has(w))) return false;
      // A provider key: `openaiKey`, `OPENAI_KEY`, `stripeSecretKey`.
      const last = words[words.length - 1];
      if (last === 'key' && words.length >= 2 && PROVIDER_WORDS.has(words[words.length - 2]!)) return true;
      // `tokens` (plural) alone is LLM usage; `storageKey`/`STORAGE_KEY`/`key` never count.
      for (const phrase of CREDENTIAL_PHRASES) {
        for (let i = 0; i + phrase.length <= words.length; i++) {
          let ok = true;
          for (let j = 0; j < phrase.length; j++) if (words[i + j] !== phrase[j]) ok = false;
          if (ok) {
            // `pat`, `sid` and `otp` only as a whole word of a short name.
            if ((phrase[0] === 'pat' || phrase[0] === 'sid' || phrase[0] === 'otp') && words.length > 2) continue;
            return true;
          }
        }
      }
      return false;
    }

    /** The credential-looking name a key or value expression carries (following local variables), if any. */
    function credentialIn(node: Node | undefined, asValue: boolean): string | undefined {
      if (!node || node.type === 'SpreadElement') return undefined;
      // The name of the expression itself: `TOKEN_KEY`, `data.accessToken`.
      const own = nameOf(node);
      if (own && isCredentialName(own)) return own;
      for (const src of getValueSources(sourceCode, node, { keepTemplates: !asValue })) {
        const u = unwrap(src);
        const n = nameOf(u);
        if (n && isCredentialName(n)) return n;
        const s = u.type === 'Literal' && typeof u.value === 'string' ? u.value : u.type === 'TemplateLiteral' ? u.quasis.map((q) => q.value.cooked ?? '').join('') : undefined;
        if (s !== undefined && !asValue && isCredentialName(s.replace(/[=;].*$/s, ''))) return s;
        if (asValue && u.type === 'CallExpression' && getDottedName(u.callee) === 'JSON.stringify') {
          const arg = u.arguments[0] ? unwrap(u.arguments[0]) : undefined;
          if (arg?.type === 'ObjectExpression') {
            for (const p of arg.properties) {
              if (p.type === 'Property') {
                const key = getPropertyName(p);
                if (key && isCredentialName(key)) return key;
              }
            }
          } else if (arg) {
            const an = nameOf(arg);
            if (an && isCredentialName(an)) return an;
          }
        }
      }
      return undefined;
    }

    /** A key that names something else (`fcmToken`, `tokenUsage`): its value is not checked either. */
    function keyExcluded(key: Node | undefined): boolean {
      if (!key || key.type === 'SpreadElement') return false;
      const u = unwrap(key);
      const name = u.type === 'Literal' && typeof u.value === 'string' ? u.value : nameOf(u);
      if (!name) return false;
      if (ignore.some((re) => re.test(name))) return true;
      return splitWords(name).some((w) => NOT_CREDENTIAL_WORDS.has(w));
    }

    function nameOf(node: Node): string | undefined {
      const u = unwrap(node, { await: true });
      if (u.type === 'Identifier') return u.name;
      if (u.type === 'MemberExpression') return getPropertyName(u);
      return undefined;
    }

    /** `localStorage`, `window.sessionStorage`, or a local alias of one. */
    function storageName(node: Node): string | undefined {
      const dotted = getDottedName(node);
      const m = dotted ? /(?:^|\.)(localStorage|sessionStorage)$/.exec(dotted) : null;
      if (m) return m[1];
      const u = unwrap(node);
      if (u.type === 'Identifier') {
        for (const src of getValueSources(sourceCode, u)) {
          const d = getDottedName(src);
          const m2 = d ? /(?:^|\.)(localStorage|sessionStorage)$/.exec(d) : null;
          if (m2) return m2[1];
        }
      }
      return undefined;
    }

    function suggestFor(target: Node, value: Node | undefined): TSESLint.ReportSuggestionArray<MessageIds> {
      const stmtNode = target.parent?.type === 'ChainExpression' ? target.parent : target;
      const stmt = stmtNode.parent;
      if (!value || value.type === 'SpreadElement' || stmt?.type !== 'ExpressionStatement') return [];
      const v = sourceCode.getText(value);
      // Awaited in an async function (what follows, e.g. a redirect, then sees the cookie set), else
      // started with `void`. The snippet's route takes `{ token }` from same-origin pages.
      const fn = enclosingFunction(stmt);
      const lead = fn && 'async' in fn && fn.async ? 'await' : 'void';
      const url = `'${route.replace(/['\\\n\r]/g, '')}'`;
      return [
        {
          messageId: 'useServerCookie',
          data: { route },
          fix: (fixer) =>
            fixer.replaceText(
              stmtNode,
              `${lead} fetch(${url}, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token: ${v} }), credentials: 'same-origin' })`,
            ),
        },
      ];
    }

    /**
     * A value the page made up itself (`crypto.randomUUID()`, `nanoid()`, `Math.random().toString(36)`),
     * possibly read back from storage first (`let id = sessionStorage.getItem(k); if (!id) id = randomUUID()`):
     * an anonymous visit id, not a credential. Credentials are issued by a server.
     */
    function mintedInBrowser(value: Node): boolean {
      let minted = false;
      for (const src of getValueSources(sourceCode, value)) {
        if (isRandomMint(src)) minted = true;
        else if (!(src.type === 'CallExpression' && getCalleeName(src) === 'getItem')) return false;
      }
      return minted;
    }

    function enclosingFunction(node: Node): Node | undefined {
      for (let cur = node.parent; cur; cur = cur.parent) {
        if (cur.type === 'FunctionDeclaration' || cur.type === 'FunctionExpression' || cur.type === 'ArrowFunctionExpression') return cur;
      }
      return undefined;
    }

    function describe(name: string): string {
      return name.length > 40 ? 'A credential' : `The credential \`${name}\``;
    }

    return {
      CallExpression(node) {
        const callee = unwrap(node.callee);
        const method = getCalleeName(node);
        if (!method) return;
        // localStorage.setItem(key, value)
        if (method === 'setItem' && callee.type === 'MemberExpression') {
          const storage = storageName(callee.object);
          if (!storage) return;
          const [key, value] = node.arguments;
          const name = credentialIn(key, false) ?? (keyExcluded(key) ? undefined : credentialIn(value, true));
          if (!name) return;
          if (value && value.type !== 'SpreadElement' && mintedInBrowser(value)) return;
          context.report({
            node: key ?? node,
            messageId: 'storage',
            data: { what: describe(name), storage },
            suggest: suggestFor(node, value),
          });
          return;
        }
        // useLocalStorage('token', ...) hooks persist to localStorage.
        if (callee.type === 'Identifier' && /^use(?:Local|Session)Storage(?:State|Value)?$/.test(method)) {
          const key = node.arguments[0];
          const name = credentialIn(key, false);
          if (name) {
            context.report({
              node: key!,
              messageId: 'storage',
              data: { what: describe(name), storage: /Session/.test(method) ? 'sessionStorage' : 'localStorage' },
            });
          }
          return;
        }
        // Cookies.set('token', value) with a browser cookie library.
        if (method === 'set' || method === 'setCookie') {
          const root = getRootIdentifier(callee);
          if (!root) return;
          const source = getImportSource(sourceCode, root);
          if (!source || !CLIENT_COOKIE_MODULES.test(source)) return;
          // cookies-next also runs on the server; only its client use is script-readable.
          if (/^cookies-next/.test(source) && !kind.isClient && !kind.hasClientPath) return;
          if (/^cookies-next/.test(source) && node.arguments.some((a) => a.type === 'ObjectExpression' && /\b(?:req|res)\b/.test(sourceCode.getText(a)))) return;
          const [key, value] = node.arguments;
          const name = credentialIn(key, false) ?? (keyExcluded(key) ? undefined : credentialIn(value, true));
          if (!name) return;
          context.report({
            node: key ?? node,
            messageId: 'cookie',
            data: { what: describe(name), how: `${source} ${method}()` },
            suggest: suggestFor(node, value),
          });
        }
      },
      AssignmentExpression(node) {
        const left = unwrap(node.left);
        if (left.type !== 'MemberExpression') return;
        const prop = getPropertyName(left);
        // document.cookie = `token=${t}; path=/`
        if (prop === 'cookie' && /(?:^|\.)document$/.test(getDottedName(left.object) ?? '')) {
          const name = cookieCredential(node.right);
          if (!name) return;
          context.report({
            node: left,
            messageId: 'cookie',
            data: { what: describe(name), how: 'document.cookie' },
            suggest: suggestFor(node, cookieValue(node.right)),
          });
          return;
        }
        // localStorage.token = t / localStorage['token'] = t
        const storage = storageName(left.object);
        if (!storage) return;
        const keyName = prop ?? (left.computed ? credentialIn(left.property, false) : undefined);
        const name = keyName && isCredentialName(keyName) ? keyName : left.computed ? credentialIn(left.property, false) : credentialIn(node.right, true);
        const finalName = name ?? credentialIn(node.right, true);
        if (!finalName) return;
        context.report({ node: left, messageId: 'storage', data: { what: describe(finalName), storage } });
      },
    };

    /** The cookie name of a `name=value; ...` string (literal, template or concatenation). */
    function cookieCredential(right: Node): string | undefined {
      for (const src of getValueSources(sourceCode, right, { keepTemplates: true })) {
        const u = unwrap(src);
        let head = '';
        let firstExpr: Node | undefined;
        if (u.type === 'TemplateLiteral') {
          head = u.quasis[0]?.value.cooked ?? '';
          firstExpr = u.expressions[0];
        } else if (u.type === 'Literal' && typeof u.value === 'string') {
          head = u.value;
        } else if (u.type === 'BinaryExpression' && u.operator === '+') {
          let leftMost: Node = u;
          while (leftMost.type === 'BinaryExpression' && leftMost.operator === '+') leftMost = leftMost.left;
          const l = unwrap(leftMost);
          if (l.type === 'Literal' && typeof l.value === 'string') head = l.value;
          else if (l.type === 'TemplateLiteral') head = l.quasis[0]?.value.cooked ?? '';
          else firstExpr = l;
        }
        const eq = head.indexOf('=');
        if (eq > 0) {
          const cookieName = head.slice(0, eq).trim();
          if (isCredentialName(cookieName)) return cookieName;
          continue;
        }
        if (head === '' && firstExpr) {
          // `${TOKEN_COOKIE}=${value}`
          const n = credentialIn(firstExpr, false);
          if (n) return n;
        }
      }
      return undefined;
    }

    function cookieValue(right: Node): Node | undefined {
      const u = unwrap(right);
      if (u.type === 'TemplateLiteral') {
        const idx = u.quasis.findIndex((q) => (q.value.cooked ?? '').includes('='));
        return idx >= 0 ? u.expressions[idx] : undefined;
      }
      return undefined;
    }
  },
});
