import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { getCalleeName, getDottedName, getProcessEnvName, getPropertyName, splitWords, unwrap } from './ast';
import { getBindingValues, getConstInit, getImportSource } from './data-flow';

type Node = TSESTree.Node;

/** Words that make a name denote a secret credential. */
export const SECRET_WORDS = new Set([
  'secret', 'secrets', 'token', 'tokens', 'signature', 'sig', 'signatures', 'password', 'passwd', 'pwd', 'passcode',
  'apikey', 'hmac', 'digest', 'passphrase', 'credential', 'credentials',
]);
/** Words that, in an env var name, say it is public or not a secret (a switch, `AUTH_CREDENTIALS_LOGIN_ENABLED`, holds a flag). */
const PUBLIC_ENV_WORDS = new Set(['public', 'publishable', 'anon', 'url', 'uri', 'id', 'name', 'host', 'region', 'endpoint', 'domain', 'expires', 'ttl', 'length', 'enabled', 'disabled']);

/** Constant-time comparison helpers: `crypto.timingSafeEqual` and the app-level wrappers around it (`safeCompare(a, b)`). */
export const CONSTANT_TIME_COMPARE = /^(?:timingSafeEqual|safeCompare|secureCompare|constantTimeEqual|constantTimeCompare|timingSafeCompare|safeEqual|compareSecrets?)$/;

/** Whether an env var name denotes a secret: `CRON_SECRET`, `INTERNAL_API_KEY`, `WEBHOOK_TOKEN`, `ADMIN_PASSWORD`. */
export function isSecretEnvName(name: string): boolean {
  if (/^(?:NEXT_PUBLIC_|VITE_|EXPO_PUBLIC_|PUBLIC_)/.test(name)) return false;
  const words = splitWords(name);
  if (words.some((w) => PUBLIC_ENV_WORDS.has(w))) return false;
  // A captcha's site key (`CAPTCHA_SITE_KEY`, `RECAPTCHA_SITEKEY`) is embedded in the page; its secret key is not.
  if ((words.includes('sitekey') || (words.includes('site') && words.includes('key'))) && !words.some((w) => SECRET_WORDS.has(w))) return false;
  return words.some((w) => SECRET_WORDS.has(w) || w === 'key' || w === 'pass' || w === 'auth');
}

/**
 * The env var a node reads when it is a secret: `process.env.CRON_SECRET`, `import.meta.env.X`, or a validated
 * env object (`env.CRON_SECRET`, `serverEnv.X`, `config.env.X`) with an UPPER_CASE key.
 */
export function getSecretEnvRead(sourceCode: TSESLint.SourceCode, node: Node): string | undefined {
  const n = unwrap(node);
  if (n.type !== 'MemberExpression') return undefined;
  const direct = getProcessEnvName(n);
  if (direct !== undefined) return direct && isSecretEnvName(direct) ? `process.env.${direct}` : undefined;
  const prop = getPropertyName(n);
  if (!prop || !/^[A-Z][A-Z0-9_]*$/.test(prop) || !isSecretEnvName(prop)) return undefined;
  const objName = getDottedName(n.object);
  if (objName && /(?:^|\.)(?:\w*[eE]nv|config|CONFIG|secrets|Config)$/.test(objName)) return `${objName}.${prop}`;
  return undefined;
}

/**
 * Whether a value holds an env secret: read directly (`process.env.WEBHOOK_SECRET`), through a const
 * (`const secret = process.env.FORM_WEBHOOK_SECRET`), inside a template (`` `Bearer ${secret}` ``), or trimmed /
 * defaulted (`(process.env.ADMIN_KEY || '').trim()`).
 */
export function holdsSecretEnv(sourceCode: TSESLint.SourceCode, node: Node, depth = 0): boolean {
  const n = unwrap(node);
  if (getSecretEnvRead(sourceCode, n) !== undefined) return true;
  if (depth >= 3) return false;
  if (n.type === 'TemplateLiteral') return n.expressions.some((e) => holdsSecretEnv(sourceCode, e, depth + 1));
  // Normalised or defaulted: `(process.env.ADMIN_KEY || '').trim()`, `process.env.X ?? ''`.
  if (n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && VALUE_METHODS.has(getCalleeName(n) ?? '')) return holdsSecretEnv(sourceCode, n.callee.object, depth + 1);
  if (n.type === 'LogicalExpression' && n.operator !== '&&') return holdsSecretEnv(sourceCode, n.left, depth + 1);
  if (n.type === 'Identifier') {
    const init = getConstInit(sourceCode, n);
    return !!init && holdsSecretEnv(sourceCode, init, depth + 1);
  }
  return false;
}

/** Whether a hash input contains a secret: `CSRF_SECRET`, `process.env.SESSION_SECRET`, `${raw}${SECRET}`. */
function hashesSecret(node: Node): boolean {
  const n = unwrap(node as TSESTree.Expression);
  if (n.type === 'TemplateLiteral') return n.expressions.some(hashesSecret);
  if (n.type === 'BinaryExpression' && n.operator === '+') return hashesSecret(n.left) || hashesSecret(n.right);
  if (n.type === 'Identifier') return /^[A-Z][A-Z0-9_]*$/.test(n.name) && isSecretEnvName(n.name);
  if (n.type === 'MemberExpression') {
    const env = getProcessEnvName(n);
    if (env !== undefined) return !!env && isSecretEnvName(env);
    const prop = getPropertyName(n);
    return !!prop && /^[A-Z][A-Z0-9_]*$/.test(prop) && isSecretEnvName(prop);
  }
  return false;
}

/** Whether a node computes an HMAC / hash digest: `createHmac(...).update(x).digest('hex')`. */
export function isDigestCall(node: Node): boolean {
  const n = unwrap(node, { await: true });
  if (n.type !== 'CallExpression') return false;
  const name = getCalleeName(n);
  if (name === 'digest') {
    // Only keyed digests (HMAC) are secrets: a plain hash (createHash) is public, e.g. a HIBP prefix.
    let cur: Node = n.callee;
    for (let i = 0; i < 10; i++) {
      const c = unwrap(cur);
      if (c.type === 'CallExpression') {
        if (/hmac/i.test(getCalleeName(c) ?? '')) return true;
        // A hash over the message and a secret (`createHash('sha256').update(`${raw}${CSRF_SECRET}`)`) is a MAC too.
        if (getCalleeName(c) === 'update' && c.arguments.some(hashesSecret)) return true;
        cur = c.callee;
      } else if (c.type === 'MemberExpression') cur = c.object;
      else return c.type === 'Identifier' && /hmac|signer|mac$/i.test(c.name);
    }
    return false;
  }
  // hmac.digest().toString('hex') / Buffer.from(hmac.digest()).toString('base64')
  if (name === 'toString' && n.callee.type === 'MemberExpression') return isDigestCall(n.callee.object);
  return false;
}

const VALUE_METHODS = new Set(['trim', 'trimStart', 'trimEnd', 'toString', 'valueOf', 'toLowerCase', 'toUpperCase', 'normalize']);

const REQUEST_PROPS = new Set(['headers', 'query', 'body', 'cookies', 'searchParams', 'params', 'nextUrl']);

/** Whether a node reads from the incoming request: `req.headers.get(x)`, `req.query.secret`, `searchParams.get()`, `headers().get()`. */
export function isRequestRead(sourceCode: TSESLint.SourceCode, node: Node): boolean {
  const n = unwrap(node, { await: true });
  if (n.type === 'MemberExpression') {
    const prop = getPropertyName(n);
    if (prop && REQUEST_PROPS.has(prop)) {
      const obj = unwrap(n.object);
      if (obj.type === 'Identifier' && /^(?:req|request|_req|r|ctx|context|event|c)$/i.test(obj.name)) return true;
      if (prop === 'searchParams' || prop === 'headers' || prop === 'cookies') return true;
    }
    return false;
  }
  if (n.type === 'CallExpression') {
    const callee = unwrap(n.callee);
    if (callee.type === 'Identifier' && (callee.name === 'headers' || callee.name === 'cookies')) {
      return getImportSource(sourceCode, callee) === 'next/headers';
    }
    if ((callee.type === 'Identifier' && callee.name === 'getHeader') || getCalleeName(n) === 'header') return true;
  }
  if (n.type === 'Identifier' && /^(?:searchParams|headers|query|headersList|reqHeaders)$/.test(n.name)) return true;
  return false;
}

/**
 * Visits the nodes a value may come from, following local bindings, member / call chains (their receiver
 * and arguments), templates, conditionals and logical / binary operands. `visit` returns true to stop.
 * Returns whether some visit returned true. Bounded; never throws.
 */
export function traceValue(
  sourceCode: TSESLint.SourceCode,
  start: Node,
  visit: (node: Node) => boolean,
  maxDepth = 5,
  options: { chains?: boolean; callArguments?: boolean } = {},
): boolean {
  const chains = options.chains ?? true;
  const callArguments = options.callArguments ?? true;
  const seen = new Set<Node>();
  let budget = 200;
  const go = (node: Node | null | undefined, depth: number): boolean => {
    if (!node || budget-- <= 0) return false;
    const n = unwrap(node, { await: true });
    if (seen.has(n)) return false;
    seen.add(n);
    if (visit(n)) return true;
    switch (n.type) {
      case 'Identifier': {
        if (depth >= maxDepth) return false;
        const values = getBindingValues(sourceCode, n);
        return !!values && values.some((v) => go(v, depth + 1));
      }
      case 'MemberExpression':
        return chains ? go(n.object, depth) : false;
      case 'CallExpression': {
        if (!chains) {
          // Only value-preserving steps: x.trim(), String(x), Buffer.from(x), x.toString('hex').
          const name = getCalleeName(n);
          if (n.callee.type === 'MemberExpression' && name && VALUE_METHODS.has(name)) return go(n.callee.object, depth);
          const dotted = getDottedName(n.callee);
          if (dotted === 'String' || dotted === 'Buffer.from' || dotted === 'encodeURIComponent') {
            const a = n.arguments[0];
            return !!a && a.type !== 'SpreadElement' && go(a, depth);
          }
          return false;
        }
        if (n.callee.type === 'MemberExpression' && go(n.callee.object, depth)) return true;
        if (!callArguments) {
          const dotted = getDottedName(n.callee);
          if (dotted !== 'String' && dotted !== 'Buffer.from' && dotted !== 'decodeURIComponent') return false;
        }
        return n.arguments.some((a) => a.type !== 'SpreadElement' && go(a, depth));
      }
      case 'TemplateLiteral':
        return n.expressions.some((e) => go(e, depth));
      case 'ConditionalExpression':
        return go(n.consequent, depth) || go(n.alternate, depth);
      case 'LogicalExpression':
      case 'BinaryExpression':
        return go(n.left as Node, depth) || go(n.right, depth);
      case 'AssignmentExpression':
        return go(n.right, depth);
      case 'VariableDeclarator':
        return go(n.init, depth);
      default:
        return false;
    }
  };
  try {
    return go(start, 0);
  } catch {
    return false;
  }
}
