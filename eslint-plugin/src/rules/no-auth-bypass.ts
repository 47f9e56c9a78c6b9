import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import {
  compilePatterns,
  createRule,
  endsInExit,
  findVariable,
  getConstInit,
  getBindingValues,
  getCalleeName,
  getDottedName,
  getRootIdentifier,
  getEnclosingFunction,
  getFunctionName,
  type FunctionNode,
  isFunction,
  getFileKind,
  getProcessEnvName,
  getPropertyName,
  getStaticString,
  some,
  unwrap,
  walk,
  chainOperands,
  isNullOrUndefined,
} from '../utils';
import { isAuthFunctionName } from '../utils/auth-vocab';
import { CONSTANT_TIME_COMPARE, holdsSecretEnv, isSecretEnvName } from '../utils/compare-vocab';

type Node = TSESTree.Node;

type Options = [{ headerPatterns?: string[]; envFlags?: string[]; queryFlags?: string[] }];
type MessageIds =
  | 'testHeader'
  | 'envBypass'
  | 'localRequestBypass'
  | 'queryBypass'
  | 'magicValue'
  | 'failOpenSecret'
  | 'failOpenHeader'
  | 'removeBypass'
  | 'failClosed'
  | 'failClosedHeader'
  | 'cronHeader';

/** Headers that only a test harness or a developer would send. */
const BYPASS_HEADER =
  /^x-(?:test|debug|dev|mock|fake|bypass|skip|impersonat\w*|override|e2e|cypress|playwright|qa)(?:-[\w-]+)?$|(?:^|-)(?:bypass|skip-auth|debug-auth|test-user|mock-user|fake-user|impersonate|dev-user|test-seller|test-session|test-auth|auth-bypass)(?:-|$)/i;

/** Env flags that switch authentication off. */
const BYPASS_ENV =
  /^(?:NEXT_PUBLIC_)?(?:(?:SKIP|BYPASS|DISABLE|DISABLED|NO|IGNORE)_?AUTH\w*|AUTH_?(?:DISABLED|BYPASS|SKIP|OFF|DISABLE)|MOCK_?(?:AUTH|USER|SESSION|LOGIN)|DEV_?(?:USER|AUTH|BYPASS|LOGIN|SESSION)\w*|FAKE_?(?:AUTH|USER|SESSION)|TEST_?(?:USER|AUTH|SESSION)\w*|DEBUG_?AUTH|ALLOW_?ANON\w*|E2E_?(?:AUTH|USER|BYPASS)\w*)$/;

/** A read of where the request comes from: its socket address, client-IP headers or Host. */
const REQUEST_ORIGIN = /\bremoteAddress\b|\bx-(?:forwarded-for|real-ip)\b|\bheaders\.host\b|\bheaders\.get\(\s*['"`]host['"`]|\b(?:req|request)\.(?:ip|hostname|host)\b|\bnextUrl\.host(?:name)?\b/i;
/** Local names for "we are in development". */
const DEV_NAME = /^(?:is_?)?(?:dev|development|local|localhost|test|testing|debug|e2e|devMode|dev_mode|devEnv|isDevEnv|isDevelopmentEnv|isLocalDev|isNotProd|isNotProduction|notProd|IS_DEV|IS_DEVELOPMENT|IS_TEST|IS_LOCAL|DEV|DEBUG)$/i;
const PROD_NAME = /^(?:is_?)?(?:prod|production|isProdEnv|IS_PROD|IS_PRODUCTION|PROD)$/i;

/** Query flags that grant access on their own. */
const GRANT_QUERY = /^(?:admin|isAdmin|is_admin|bypass|bypassAuth|skipAuth|skip_auth|noauth|noAuth|no_auth|impersonate|impersonateUserId|asUser|as_user|sudo|superuser|godmode|god_mode|asAdmin|unlock)$/;
/** Query flags that grant access only when their branch does. */
const SOFT_QUERY = /^(?:debug|test|dev|preview|mock|internal|testMode|test_mode|devMode|dev_mode|qa|e2e)$/i;


/** A hard-coded value that stands for "let me through": `'dev-mode-bypass'`, `'magic-token'`, `'skip-captcha'` (not `'magiclink'`, a sign-in method). */
const MAGIC_VALUE = /bypass|backdoor|magic(?![-_ ]?link)|skip[-_ ]?(?:captcha|verif|check|auth)|master[-_ ]?(?:key|token|code|password)/i;
/** Names of a value the caller proves something with: a captcha or session token, a one-time code, a password, an API key. */
const PROOF_NAME =
  /token|captcha|turnstile|otp|passcode|password|secret|signature|(?:api|access|secret|license|admin)_?key|(?:verification|verify|auth|invite|access|otp|sms|email|login)_?code|^code$|^pin$/i;
/** Names that hold a kind or a label of such a value, not the value: `otpType`, `tokenMode`, `authCodeStatus`. */
const PROOF_LABEL = /type|kind|method|mode|provider|strategy|cache|status|header|name|label|source/i;
/** Calls that verify such a value (`validateTurnstileToken`, `verifyOtp`, `bcrypt.compare`). */
const VERIFY_CALL = /verif|validat|captcha|turnstile|authenticat|^compare$|^check(?:Password|Token|Code|Captcha|Otp|Signature)/i;

/**
 * Env secrets whose check must fail closed: a scheduler's, a webhook's, an internal or admin caller's (`CRON_SECRET`,
 * `INTERNAL_API_KEY`). Not an optional access password of a self-hosted app (`ACCESS_PASSWORD`, a health check's key):
 * an unset one is how the owner asks for an open instance.
 */
const FAIL_CLOSED_SECRET = /CRON|WEBHOOK|CALLBACK|INTERNAL|ADMIN|WORKER|QSTASH|JOB|TASK|REVALIDAT|SCHEDULE/;
/** Names of a helper that answers whether a request's proof is valid: `verifySendblueWebhook`, `isValidKieCallbackToken`, `isAuthorized`, `checkWebhookSignature`. */
const VERIFY_HELPER = /^(?:verify|validate|authenticate|authori[sz]e|isValid|isAuthori[sz]ed|isAuthenticated|isAuthentic|isVerified|checkAuth)|^check\w*(?:Signature|Secret|Token|Auth|Webhook)\w*$/;
/** Calls that check a value against a secret: a constant-time compare, an HMAC, a signature or JWT verify. */
const SECRET_CHECK_CALL = new RegExp(`${CONSTANT_TIME_COMPARE.source}|^(?:createHmac|hmac|verify|jwtVerify|verifySignature|verifyHmac)$`);
/** Routes only a machine or an operator calls, whose secret must fail closed whatever its name. */
const FAIL_CLOSED_PATH = /\/(?:cron|crons|webhooks?|internal|admin|jobs|tasks|workers?)\//i;
/** Headers Vercel adds to its cron invocations (`x-vercel-cron`, `x-vercel-cron-schedule`): labels, not proof; anyone can send them. */
const CRON_MARKER_HEADER = /^x-vercel-cron(?:-schedule)?$/i;

/** A regular expression's source without `^`/`$` anchors: a superset matcher to run over a file's text. */
function anchorFree(re: RegExp): string {
  return re.source.replace(/\^|\$/g, '');
}
/** Text a file must contain for one of its header reads to be a bypass header. */
const HEADER_TEXT = new RegExp(anchorFree(BYPASS_HEADER), 'i');
/** Text a file must contain for one of its query reads to be a bypass flag: the name after `.` or a quote. */
const QUERY_TEXT = new RegExp(`[.'"\`](?:${anchorFree(GRANT_QUERY)}|${anchorFree(SOFT_QUERY)})\\b`, 'i');

const USERISH = /user|session|account|admin|auth|viewer|member|seller|customer|principal|identity|claims|token|role|mock|fake|test|dev|demo/i;
/** Names (of env vars; of a returned variable outside an auth function) that hold an identity or a credential: USERISH without the mock / test / dev words. */
const ENV_IDENTITY = /user|session|account|admin|auth|viewer|member|seller|customer|principal|identity|claims|token|role/i;
/** Names of variables that hold the caller (stricter than USERISH: no test/dev/mock words). */
const CALLER_NAME = /user|session|account|admin|auth|seller|customer|member|principal|identity|viewer|owner/i;
/** Keys of an object literal that make it an identity (a user, a session). */
const IDENTITY_KEY = /^(?:id|userId|user_id|uid|sub|email|role|roles|sellerId|accountId|user|session|isAdmin|authenticated|isAuthenticated|authorized|organizationId|orgId|teamId)$/;
/** `isSuperAdmin`, `isAdmin`, `is_admin`, `superAdmin`: a privilege flag of the signed-in caller. */
const PRIVILEGE_FLAG = /^(?:is_?)?(?:super_?)?admin$/i;
/** Roots of values the request carries: a privilege flag read from them is the caller's claim, not a check. */
const REQUEST_ROOT = /^(?:req|request|headers|query|body|params|searchParams|cookies|ctx\.req)$/;
const AUTH_VAR = /^(?:user|users|session|currentUser|userId|user_id|sellerId|accountId|isAuthenticated|authenticated|isAuthed|authed|authorized|isAuthorized|isAdmin|admin|role|auth|identity|principal|claims|viewer|member|customerId|uid|sub)$/;

export default createRule<Options, MessageIds>({
  name: 'no-auth-bypass',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow skipping authentication on test headers, NODE_ENV branches, query flags or unset secrets',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      testHeader:
        "Authentication trusts the '{{name}}' request header: anyone can send it, and the environment check around it is one misconfigured deploy away from production. Remove it; test doubles belong in tests.",
      envBypass:
        'Authentication is skipped when {{condition}}: a preview or misconfigured deployment runs with no auth at all. Authenticate the same way in every environment; mock the auth module in tests instead.',
      localRequestBypass:
        'Authentication is skipped for requests that `{{condition}}` takes for local ones: behind a reverse proxy, load balancer or sidecar on the same host every request arrives from loopback, and the Host and X-Forwarded-For headers are whatever the client sends. Authenticate every request; give local jobs a secret token instead.',
      queryBypass:
        "The '{{name}}' query flag {{effect}}: anyone can add it to the URL. Derive access from the verified session, never from request parameters.",
      magicValue:
        "'{{name}}' equal to the hard-coded '{{value}}' skips its verification: anyone who reads the code or the client bundle can send it, in every environment. Verify every value; use the provider's test keys in tests.",
      failOpenSecret:
        'This check runs only when {{name}} is set: a deployment that misses the env var lets every request through, and nothing fails to show it. Fail closed: deny the request when {{name}} is unset.',
      failOpenHeader:
        "This check runs only when the request sends '{{header}}' (and {{name}} is set): a forged request that simply leaves the header out skips it, in every environment. Deny the request when the header is missing or {{name}} is unset.",
      removeBypass: 'Remove the bypass branch and keep the real authentication path.',
      failClosed: 'Deny the request when {{name}} is unset: `{{test}}`.',
      failClosedHeader: "Deny the request when {{name}} is unset or '{{header}}' is missing: `{{test}}`.",
      cronHeader:
        "The request is let through as a Vercel Cron call on its '{{name}}' header: Vercel sends it, but so can anyone who calls the URL; it proves nothing. Require `Authorization: Bearer <CRON_SECRET>` (Vercel sends it when CRON_SECRET is set) and deny the request when CRON_SECRET is unset.",
    },
    schema: [
      {
        type: 'object',
        properties: {
          headerPatterns: { type: 'array', items: { type: 'string' }, description: 'Extra regular expressions for bypass header names.' },
          envFlags: { type: 'array', items: { type: 'string' }, description: 'Extra env variable names that switch auth off.' },
          queryFlags: { type: 'array', items: { type: 'string' }, description: 'Extra query parameter names that must never grant access.' },
        },
        additionalProperties: false,
      },
    ],
  },
  defaultOptions: [{ headerPatterns: [], envFlags: [], queryFlags: [] }],
  create(context, [options]) {
    const kind = getFileKind(context);
    if (kind.isClient || kind.isTest) return {};
    const sourceCode = context.sourceCode;
    const text = sourceCode.text;
    const serverish = kind.isServer || kind.isEntryPoint || kind.hasServerPath || /(?:^|\/)(?:lib|utils|server|auth|middleware)[/.]/.test(kind.filename);
    if (!serverish) return {};
    const magicText = MAGIC_VALUE.test(text);
    if (!magicText && !/NODE_ENV|headers|searchParams|query|process\.env|isDev|isProd|IS_DEV|isTest|isLocal|isDevelopment/.test(text)) return {};
    const headerPatterns = compilePatterns(options.headerPatterns, 'i');
    const envFlags = new Set(options.envFlags ?? []);
    const queryFlags = new Set(options.queryFlags ?? []);
    const reported = new Set<Node>();

    function report(node: Node, messageId: MessageIds, data: Record<string, string>, suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = []): void {
      if (reported.has(node)) return;
      reported.add(node);
      context.report({ node, messageId, data, suggest });
    }

    // --------------------------------------------------------------------------------------
    // Conditions
    // --------------------------------------------------------------------------------------

    /** `true` when the expression holds in development, `false` when it holds only in production, undefined otherwise. */
    function devPolarity(node: Node, depth = 0): boolean | undefined {
      const n = unwrap(node);
      if (depth > 4) return undefined;
      if (n.type === 'UnaryExpression' && n.operator === '!') {
        const p = devPolarity(n.argument, depth + 1);
        return p === undefined ? undefined : !p;
      }
      if (n.type === 'BinaryExpression' && ['===', '!==', '==', '!='].includes(n.operator)) {
        const envSide = isNodeEnv(n.left) ? n.right : isNodeEnv(n.right) ? n.left : undefined;
        if (envSide) {
          const v = getStaticString(envSide);
          if (v === undefined) return undefined;
          const eq = n.operator === '===' || n.operator === '==';
          const isProd = /^prod(?:uction)?$/i.test(v);
          const isDev = /^(?:dev|development|test|local|e2e)$/i.test(v);
          if (isProd) return !eq;
          if (isDev) return eq;
          return undefined;
        }
        // process.env.SKIP_AUTH === 'true'
        const flag = envFlagName(n.left) ?? envFlagName(n.right);
        if (flag) {
          const lit = getStaticString(unwrap(isEnvFlagRead(n.left) ? n.right : n.left));
          const eq = n.operator === '===' || n.operator === '==';
          if (lit === undefined) return undefined;
          const truthy = /^(?:true|1|yes|on)$/i.test(lit);
          return truthy === eq;
        }
        return undefined;
      }
      if (n.type === 'LogicalExpression' && n.operator === '&&') {
        const l = devPolarity(n.left, depth + 1);
        const r = devPolarity(n.right, depth + 1);
        if (l === true || r === true) return true;
        return undefined;
      }
      if (n.type === 'LogicalExpression' && n.operator === '||') {
        const l = devPolarity(n.left, depth + 1);
        const r = devPolarity(n.right, depth + 1);
        if (l === true && r === true) return true;
        if (l === false && r === false) return false;
        return undefined;
      }
      if (isEnvFlagRead(n)) return true;
      if (n.type === 'Identifier' || n.type === 'MemberExpression') {
        const name = n.type === 'Identifier' ? n.name : getPropertyName(n) ?? '';
        if (n.type === 'Identifier') {
          const values = getBindingValues(sourceCode, n);
          if (values && values.length === 1 && depth < 3) {
            const p = devPolarity(values[0]!, depth + 1);
            if (p !== undefined) return p;
          }
        }
        if (DEV_NAME.test(name)) return true;
        if (PROD_NAME.test(name)) return false;
      }
      if (n.type === 'CallExpression' && n.arguments.length === 0) {
        const name = getCalleeName(n) ?? '';
        if (/^(?:isDev|isDevelopment|isTest|isLocal|isDevMode|isDevEnv)$/i.test(name)) return true;
        if (/^(?:isProd|isProduction)$/i.test(name)) return false;
      }
      return undefined;
    }

    function isNodeEnv(node: Node): boolean {
      const name = getProcessEnvName(node);
      if (name === 'NODE_ENV' || name === 'VERCEL_ENV' || name === 'NEXT_PUBLIC_VERCEL_ENV' || name === 'APP_ENV' || name === 'NEXT_PUBLIC_APP_ENV' || name === 'ENVIRONMENT' || name === 'MODE' || name === 'DEV') return true;
      const d = getDottedName(node) ?? '';
      return /(?:^|\.)env\.(?:NODE_ENV|VERCEL_ENV|APP_ENV|NEXT_PUBLIC_VERCEL_ENV)$/.test(d);
    }

    function envFlagName(node: Node): string | undefined {
      const u = unwrap(node);
      const name = getProcessEnvName(u) ?? (/(?:^|\.)env\.([A-Z0-9_]+)$/.exec(getDottedName(u) ?? '')?.[1]);
      if (!name) return undefined;
      return BYPASS_ENV.test(name) || envFlags.has(name) ? name : undefined;
    }
    function isEnvFlagRead(node: Node): boolean {
      return envFlagName(node) !== undefined;
    }

    /**
     * The condition, without its negations, when it tells local requests from remote ones by the request's
     * address or Host header (`localIps.includes(req.socket.remoteAddress)`, jitsu's admin cron route), read
     * directly or through a const: not an environment switch, a network one.
     */
    function localRequestCondition(test: Node): Node | undefined {
      let t = unwrap(test);
      while (t.type === 'UnaryExpression' && t.operator === '!') t = unwrap(t.argument);
      const sources: Node[] = [t];
      if (t.type === 'Identifier') sources.push(...(getBindingValues(sourceCode, t) ?? []));
      return sources.some((n) => REQUEST_ORIGIN.test(sourceCode.getText(n))) ? t : undefined;
    }

    function conditionText(test: Node): string {
      const t = sourceCode.getText(test).replace(/\s+/g, ' ');
      return t.length > 60 ? `${t.slice(0, 57)}...` : t;
    }

    // --------------------------------------------------------------------------------------
    // What a branch does
    // --------------------------------------------------------------------------------------

    function isDenial(node: Node): boolean {
      let deny = false;
      walk(node, (n) => {
        if (deny) return false;
        if (n.type === 'ThrowStatement') deny = true;
        if (n.type === 'Literal' && (n.value === 401 || n.value === 403)) deny = true;
        if (n.type === 'CallExpression') {
          const name = getCalleeName(n) ?? '';
          if (/^(?:redirect|notFound|unauthorized|forbidden|unauthenticated|deny|reject)$/i.test(name)) deny = true;
        }
        if (n.type === 'Literal' && typeof n.value === 'string' && /unauthori[sz]ed|forbidden|not authenticated|login required/i.test(n.value)) deny = true;
        return true;
      }, { skipFunctions: true });
      return deny;
    }

    /** A denial that is about authentication: 401/403, "Unauthorized", a redirect to the login page. */
    function isAuthDenial(node: Node): boolean {
      let deny = false;
      walk(node, (n) => {
        if (deny) return false;
        if (n.type === 'Literal' && (n.value === 401 || n.value === 403)) deny = true;
        if (n.type === 'Literal' && typeof n.value === 'string' && /unauthori[sz]ed|forbidden|not authenticated|login required|^\/(?:login|sign-?in|auth)/i.test(n.value)) deny = true;
        if (n.type === 'CallExpression' && /^(?:unauthorized|forbidden|unauthenticated)$/i.test(getCalleeName(n) ?? '')) deny = true;
        return true;
      }, { skipFunctions: true });
      return deny;
    }

    /** Whether a branch hands out identity or skips the check: returns/assigns a user, calls next(), returns true from an auth helper. */
    function grants(branch: Node): boolean {
      if (isDenial(branch)) return false;
      const fn = getEnclosingFunction(branch);
      const fnName = fn ? functionName(fn) : undefined;
      const inAuthFn = !!fnName && (isAuthFunctionName(fnName) || /auth|session|user|guard|protect|middleware|verify|permission|access|admin/i.test(fnName));
      let found = false;
      walk(branch, (n) => {
        if (found) return false;
        switch (n.type) {
          case 'ReturnStatement': {
            const arg = n.argument ? unwrap(n.argument, { await: true }) : undefined;
            if (!arg) {
              if (inAuthFn) found = true;
              break;
            }
            // `return { success: true, id: 'mock-id' }` from `sendEmail` in development: outside an auth function,
            // an object whose only identity key is `id` is a mocked result's record id (a sent email's), not a user.
            // Likewise a constant named with a mock word only (`return DEV_BASE_URL` from pages-cms' `getBaseUrl()`):
            // a development setting, not a user; `DEV_USER`, `mockSession` still name one.
            if (valueIsIdentity(arg) && (inAuthFn || (!onlyRecordId(arg) && !mockWordOnly(arg)))) found = true;
            else if (inAuthFn && arg.type === 'Literal' && arg.value === true) found = true;
            else if (inAuthFn && arg.type === 'CallExpression' && /^(?:next|handler|fn|callback)$/.test(getCalleeName(arg) ?? '')) found = true;
            else if (arg.type === 'CallExpression' && getDottedName(arg.callee) === 'NextResponse.next') found = true;
            break;
          }
          case 'AssignmentExpression': {
            const left = getDottedName(n.left) ?? '';
            const last = left.split('.').pop() ?? '';
            if (AUTH_VAR.test(last) || /(?:^|\.)(?:user|session|auth)$/.test(left)) found = true;
            break;
          }
          case 'VariableDeclarator': {
            if (n.id.type === 'Identifier' && AUTH_VAR.test(n.id.name) && n.init && valueIsIdentity(unwrap(n.init, { await: true }))) found = true;
            break;
          }
          case 'CallExpression': {
            const name = getCalleeName(n) ?? '';
            if (name === 'next' && n.arguments.length === 0 && inAuthFn) found = true;
            if (getDottedName(n.callee) === 'NextResponse.next') found = true;
            if (/^(?:setUser|setSession|signIn|login|createSession|setAuth|impersonate)$/i.test(name)) found = true;
            break;
          }
          default:
            break;
        }
        return !found;
      }, { skipFunctions: true });
      return found;
    }

    /** A variable named for development or tests alone (`DEV_BASE_URL`, `testEndpoint`): no user, session or credential word. */
    function mockWordOnly(node: Node): boolean {
      return node.type === 'Identifier' && !ENV_IDENTITY.test(node.name);
    }

    /** An object literal whose one identity-like key is a bare `id`. */
    function onlyRecordId(node: Node): boolean {
      if (node.type !== 'ObjectExpression') return false;
      const keys = node.properties.map((p) => (p.type === 'Property' ? getPropertyName(p) ?? '' : '...'));
      return keys.includes('id') && !keys.some((k) => k !== 'id' && (k === '...' || IDENTITY_KEY.test(k)));
    }

    /** An object literal with identity fields, or a value whose name says user/session/mock. */
    function valueIsIdentity(node: Node): boolean {
      const n = unwrap(node, { await: true });
      if (n.type === 'ObjectExpression') {
        return n.properties.some((p) => {
          if (p.type !== 'Property') return false;
          const k = getPropertyName(p) ?? '';
          if (IDENTITY_KEY.test(k)) return true;
          return false;
        });
      }
      if (n.type === 'Identifier') return USERISH.test(n.name) && !/^(?:undefined|null)$/.test(n.name);
      // An env var is identity only when its name says so (`DEV_USER_ID`, `TEST_SESSION_TOKEN`): the mock
      // words alone name a setting (cal.com's `LOCAL_TESTING_DOMAIN_VERCEL`, a domain for local testing).
      const envName = getProcessEnvName(n);
      if (envName !== undefined) return ENV_IDENTITY.test(envName);
      if (n.type === 'MemberExpression') return USERISH.test(getPropertyName(n) ?? '') || USERISH.test(getDottedName(n) ?? '');
      if (n.type === 'CallExpression') {
        const name = getCalleeName(n) ?? '';
        return /^(?:mock|fake|test|dev|demo|stub)\w*(?:User|Session|Auth|Seller|Account)/i.test(name) || /(?:Mock|Fake|Test|Dev|Demo)(?:User|Session|Seller|Account)/.test(name);
      }
      return false;
    }

    function functionName(fn: FunctionNode): string | undefined {
      const own = getFunctionName(fn);
      if (own) return own;
      const p = fn.parent;
      if (p?.type === 'CallExpression') {
        const outer = p.parent?.type === 'VariableDeclarator' && p.parent.id.type === 'Identifier' ? p.parent.id.name : undefined;
        if (outer) return outer;
        // `function edgeCacheIt() { return middleware(async ({ next }) => ...) }`: tRPC's factory names no purpose; the function returning it does.
        if (/^(?:middleware|createMiddleware)$/.test(getCalleeName(p) ?? '') && (p.parent?.type === 'ReturnStatement' || isFunction(p.parent))) {
          const host = getEnclosingFunction(p);
          const hostName = host ? functionName(host) : undefined;
          if (hostName) return hostName;
        }
        return getCalleeName(p);
      }
      if (p?.type === 'ExportDefaultDeclaration') return kind.isMiddleware ? 'middleware' : 'default';
      return undefined;
    }

    function mentionsAuth(node: Node): boolean {
      let found = false;
      walk(node, (n) => {
        if (found) return false;
        // `process.env.SEED_USER_PASSWORD` is a setting of the deployment, not the caller's credential: `if (isProd &&
        // !process.env.SEED_USER_PASSWORD) throw` refuses a default password in production, it checks no request.
        if (n.type === 'MemberExpression' && getProcessEnvName(n) !== undefined) return false;
        if (n.type === 'Identifier' && (AUTH_VAR.test(n.name) || /session|auth|user/i.test(n.name))) found = true;
        if (n.type === 'CallExpression' && isAuthFunctionName(getCalleeName(n) ?? '')) found = true;
        return !found;
      });
      return found;
    }

    // --------------------------------------------------------------------------------------
    // Suggestions
    // --------------------------------------------------------------------------------------

    function removeIfSuggestion(stmt: TSESTree.IfStatement, devIsConsequent: boolean): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      if (devIsConsequent && !stmt.alternate) {
        return [{ messageId: 'removeBypass', fix: (fixer) => fixer.removeRange(removalRange(stmt)) }];
      }
      if (devIsConsequent && stmt.alternate) {
        const alt = stmt.alternate;
        return [{ messageId: 'removeBypass', fix: (fixer) => fixer.replaceText(stmt, alt.type === 'BlockStatement' ? unblock(alt) : sourceCode.getText(alt)) }];
      }
      return [];
    }

    function unblock(block: TSESTree.BlockStatement): string {
      if (block.body.length === 0) return '';
      const first = block.body[0]!;
      const last = block.body[block.body.length - 1]!;
      return sourceCode.text.slice(first.range[0], last.range[1]);
    }

    /** The statement plus its leading indentation and trailing newline. */
    function removalRange(stmt: Node): [number, number] {
      let start = stmt.range[0];
      let end = stmt.range[1];
      while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
      if (text[end] === '\n') end++;
      else if (text[end] === '\r' && text[end + 1] === '\n') end += 2;
      return [start, end];
    }

    function conditionalSuggestion(node: TSESTree.ConditionalExpression, devIsConsequent: boolean): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      const keep = devIsConsequent ? node.alternate : node.consequent;
      return [{ messageId: 'removeBypass', fix: (fixer) => fixer.replaceText(node, sourceCode.getText(keep)) }];
    }

    // --------------------------------------------------------------------------------------
    // Visitors
    // --------------------------------------------------------------------------------------

    function checkBranching(node: TSESTree.IfStatement | TSESTree.ConditionalExpression): void {
      const pol = devPolarity(node.test);
      if (pol === undefined) {
        // if (!session && process.env.NODE_ENV === 'production') return 401 — the denial only runs in production.
        const t = unwrap(node.test);
        if (node.type === 'IfStatement' && t.type === 'LogicalExpression' && t.operator === '&&') {
          const parts = [t.left, t.right];
          const prodOnly = parts.some((p) => devPolarity(p) === false);
          const authPart = parts.some((p) => devPolarity(p) === undefined && mentionsAuth(p));
          // Not after a denial every environment runs (`if (!user) return 401` first): a production-only rule
          // after it (pulse's share route refusing a target user outside the company domain) skips no authentication.
          if (prodOnly && authPart && (isAuthDenial(node.consequent) || isDenial(node.consequent)) && !sessionRequiredBefore(node)) {
            report(node.test, 'envBypass', { condition: 'not in production' });
          }
        }
        return;
      }
      const devBranch = pol ? node.consequent : node.alternate;
      if (!devBranch) {
        // if (NODE_ENV === 'production') { verify } — with no else, dev skips the check when the prod branch authenticates.
        // Not when production always exits there (`if (prod) throw FORBIDDEN`): a dev-only feature switched off in production, no check skipped.
        // Not after a denial every environment runs (`if (!expected || secret !== expected) return 401`): the production
        // branch adds a check, it skips none.
        if (node.type === 'IfStatement' && pol === false && !alwaysExits(node.consequent) && (containsAuthCall(node.consequent) || isAuthDenial(node.consequent)) && !sessionRequiredBefore(node)) {
          const local = localRequestCondition(node.test);
          if (local) report(node.test, 'localRequestBypass', { condition: conditionText(local) });
          else report(node.test, 'envBypass', { condition: `${conditionText(node.test)} is false` });
        }
        return;
      }
      // The dev branch authenticates another way (a session cookie instead of an API token: nextcrm's MCP
      // auth) and hands out only what that check returns: not a bypass.
      if (containsAuthCall(devBranch) && !grantsFixedIdentity(devBranch)) return;
      if (grantsOnlyOnSecretMatch(devBranch)) return;
      if (!grants(devBranch) && !(node.type === 'ConditionalExpression' && valueIsIdentity(devBranch) && isAuthish(pol ? node.alternate : node.consequent))) return;
      if (node.type === 'IfStatement' && sessionRequiredBefore(node)) return;
      const suggest =
        node.type === 'IfStatement' ? removeIfSuggestion(node, pol) : conditionalSuggestion(node, pol);
      const local = localRequestCondition(node.test);
      if (local) report(node.test, 'localRequestBypass', { condition: conditionText(local) }, suggest);
      else report(node.test, 'envBypass', { condition: `${conditionText(node.test)}${pol ? '' : ' is false'}` }, suggest);
    }

    /**
     * Whether an earlier statement of the same block already turned away a caller without a session or user, or
     * without the configured secret ({@link secretRequiredBy})
     * (`if (!ctx.session?.user?.id) throw new TRPCError({ code: 'UNAUTHORIZED' })`): an environment branch after
     * it skips what comes next (openstatus' tRPC middleware skips its workspace lookup in tests), not authentication.
     * A presence check of a request value (`if (!req.headers.authorization) return 401`) proves nothing and
     * does not count.
     */
    function sessionRequiredBefore(stmt: TSESTree.IfStatement): boolean {
      const block = stmt.parent;
      if (block?.type !== 'BlockStatement') return false;
      for (const prev of block.body) {
        if (prev === stmt) return false;
        if (prev.type !== 'IfStatement' || prev.alternate || !isDenial(prev.consequent)) continue;
        if (secretRequiredBy(prev.test)) return true;
        const t = unwrap(prev.test);
        const checked = t.type === 'UnaryExpression' && t.operator === '!' ? unwrap(t.argument) : undefined;
        const name = checked ? getDottedName(checked) : undefined;
        if (!name || REQUEST_ROOT.test(getRootIdentifier(checked!)?.name ?? '') || /(?:^|\.)(?:req|request|headers|cookies)\./.test(name)) continue;
        if (/(?:^|\.)(?:session|user|currentUser)(?:\.|$)/.test(name)) return true;
      }
      return false;
    }

    /**
     * `if (!expected || !secret || secret !== expected) return 401` with `const expected = process.env.SEED_SECRET`: the
     * caller must present the configured secret, and an unset one turns everyone away (a `!expected` or `!secret` term:
     * a present secret equal to the expected one makes both set). A production-only session check after it adds a
     * second factor; it skips no authentication (school-timetable's seed route). A bare `secret !== expected` lets an
     * absent secret through when the variable is unset too: not counted.
     */
    function secretRequiredBy(test: TSESTree.Expression): boolean {
      const terms: Node[] = [];
      const flatten = (n: Node): void => {
        const u = unwrap(n);
        if (u.type === 'LogicalExpression' && u.operator === '||') {
          flatten(u.left);
          flatten(u.right);
        } else terms.push(u);
      };
      flatten(test);
      const negated = new Set(
        terms.flatMap((t) => (t.type === 'UnaryExpression' && t.operator === '!' && unwrap(t.argument).type === 'Identifier' ? [(unwrap(t.argument) as TSESTree.Identifier).name] : [])),
      );
      return terms.some(
        (t) =>
          t.type === 'BinaryExpression' &&
          (t.operator === '!==' || t.operator === '!=') &&
          [t.left, t.right].some((side) => holdsSecretEnv(sourceCode, side)) &&
          [t.left, t.right].some((side) => {
            const u = unwrap(side);
            return u.type === 'Identifier' && negated.has(u.name);
          }) &&
          [t.left, t.right].every((side) => unwrap(side).type !== 'Literal'),
      );
    }

    /**
     * `if (NODE_ENV === 'development') { const r = timingSafeEqual(querySecret, expectedSecret); if (r.equal) return { authorized: true } }`
     * (literary-ai-partner's health route, which also takes its cron secret from the query string in development): the
     * branch takes the credential from another place, compares it in constant time and grants only when it matches,
     * under an `if` on that comparison. Another way to present the secret, not a skipped check.
     */
    function grantsOnlyOnSecretMatch(branch: Node): boolean {
      const results = new Set<string>();
      const isCompare = (n: Node) => n.type === 'CallExpression' && CONSTANT_TIME_COMPARE.test(getCalleeName(n) ?? '');
      let checked = false;
      const check = (list: readonly Node[]): boolean => {
        for (const st of list) {
          if (st.type === 'VariableDeclaration') {
            for (const d of st.declarations) if (d.id.type === 'Identifier' && d.init && isCompare(unwrap(d.init, { await: true }))) results.add(d.id.name);
          } else if (st.type === 'IfStatement') {
            let gated = false;
            walk(st.test, (t) => {
              if (isCompare(t) || (t.type === 'Identifier' && results.has(t.name))) gated = true;
              return !gated;
            });
            if (gated) checked = true;
            else if (!check(st.consequent.type === 'BlockStatement' ? st.consequent.body : [st.consequent])) return false;
            if (st.alternate && grants(st.alternate)) return false;
            continue;
          }
          if (grants(st)) return false;
        }
        return true;
      };
      return check(branch.type === 'BlockStatement' ? branch.body : [branch]) && checked;
    }

    /**
     * Whether a branch hands out an identity fixed in the code: a string or object literal, or a mock-named
     * value, stored, defaulted or returned (`userId = session?.user?.id ?? 'dev-user'`, `return mockUser`).
     */
    function grantsFixedIdentity(branch: Node): boolean {
      const fixed = (value: Node | null | undefined): boolean => {
        if (!value) return false;
        let hit = false;
        walk(value, (n) => {
          if (hit) return false;
          if (n.type === 'Literal' && typeof n.value === 'string' && n.value !== '') hit = true;
          else if (n.type === 'ObjectExpression' && valueIsIdentity(n)) hit = true;
          else if ((n.type === 'Identifier' || n.type === 'CallExpression') && /^(?:mock|fake|test|dev|demo|stub|dummy)/i.test(n.type === 'Identifier' ? n.name : (getCalleeName(n) ?? ''))) hit = true;
          return !hit;
        }, { skipFunctions: true });
        return hit;
      };
      let found = false;
      walk(branch, (n) => {
        if (found) return false;
        if (n.type === 'AssignmentExpression') found = fixed(n.right);
        else if (n.type === 'VariableDeclarator') found = fixed(n.init);
        else if (n.type === 'ReturnStatement') found = fixed(n.argument);
        return !found;
      }, { skipFunctions: true });
      return found;
    }

    /** `throw …` / `return …`, or a block that ends in one with no branch and no auth call before it: every run exits. */
    function alwaysExits(node: Node): boolean {
      const body = node.type === 'BlockStatement' ? node.body : [node];
      const last = body[body.length - 1];
      if (!last || (last.type !== 'ThrowStatement' && last.type !== 'ReturnStatement')) return false;
      if (containsAuthCall(node)) return false;
      return !some(node, (n) => n.type === 'IfStatement' || n.type === 'ConditionalExpression' || n.type === 'LogicalExpression' || n.type === 'SwitchStatement' || n.type === 'TryStatement', { skipFunctions: true });
    }

    function isAuthish(node: Node): boolean {
      let found = false;
      walk(node, (n) => {
        if (found) return false;
        if (n.type === 'CallExpression' && isAuthFunctionName(getCalleeName(n) ?? '')) found = true;
        return !found;
      });
      return found;
    }

    function containsAuthCall(node: Node): boolean {
      return isAuthish(node);
    }

    /**
     * Whether a member expression is written, not read: an assignment target (`headers['x-vercel-protection-bypass'] = secret`,
     * `args.headers[name] ??= v`), a destructuring target, `delete`d, or incremented. A header written onto an object
     * being built for an outgoing request is sent, not trusted.
     */
    function isWriteTarget(node: TSESTree.MemberExpression): boolean {
      let cur: Node = node;
      let p = cur.parent;
      // `headers[name]! = v`, `(headers[name] as string) = v`: the assignment target is the wrapper.
      while (p && (p.type === 'TSAsExpression' || p.type === 'TSNonNullExpression' || p.type === 'TSSatisfiesExpression' || p.type === 'TSTypeAssertion')) {
        cur = p;
        p = cur.parent;
      }
      if (!p) return false;
      if (p.type === 'AssignmentExpression') return p.left === cur;
      if (p.type === 'UpdateExpression') return true;
      if (p.type === 'UnaryExpression') return p.operator === 'delete';
      if (p.type === 'ForInStatement' || p.type === 'ForOfStatement') return p.left === cur;
      if (p.type === 'AssignmentPattern') return (p.left as Node) === cur; // `[headers[name] = v] = list`
      if (p.type === 'ArrayPattern' || p.type === 'RestElement') return true;
      if (p.type === 'Property' && p.value === cur && p.parent?.type === 'ObjectPattern') return true;
      return false;
    }

    /**
     * The header name read by `x.headers.get('name')`, `headers().get('name')`, `req.headers['name']`. Writes
     * (`headers['name'] = v`) are not reads: a client sending a header onto its own outgoing request trusts nothing.
     */
    function headerRead(node: Node): string | undefined {
      if (node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && getPropertyName(node.callee) === 'get') {
        const obj = node.callee.object;
        const objText = getDottedName(obj) ?? (obj.type === 'CallExpression' ? getCalleeName(obj) : '') ?? '';
        if (!/headers|headerList|headersList|h$|cookies|cookieStore/i.test(objText)) return undefined;
        return getStaticString(node.arguments[0]);
      }
      if (node.type === 'MemberExpression' && /(?:^|\.)headers$/.test(getDottedName(node.object) ?? '')) {
        if (isWriteTarget(node)) return undefined;
        return getPropertyName(node);
      }
      return undefined;
    }

    function queryRead(node: Node): string | undefined {
      if (node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && getPropertyName(node.callee) === 'get') {
        const objText = sourceCode.getText(node.callee.object);
        if (!/searchParams|query|params/i.test(objText)) return undefined;
        return getStaticString(node.arguments[0]);
      }
      if (node.type === 'MemberExpression' && /(?:^|\.)(?:query|searchParams)$/.test(getDottedName(node.object) ?? '')) {
        return getPropertyName(node);
      }
      return undefined;
    }

    /** Where a read value ends up: the condition it is tested in, or the auth variable it is stored in. */
    function useOf(read: Node): { test?: Node; branching?: TSESTree.IfStatement | TSESTree.ConditionalExpression | TSESTree.LogicalExpression; assignedAuth?: boolean; logged?: boolean } {
      let cur: Node = read;
      for (let i = 0; i < 8; i++) {
        const p: Node | undefined = cur.parent;
        if (!p) return {};
        if (p.type === 'IfStatement' && p.test === cur) return { test: cur, branching: p };
        if (p.type === 'ConditionalExpression' && p.test === cur) return { test: cur, branching: p };
        if (p.type === 'CallExpression' && p.callee !== cur) {
          const n = getDottedName(p.callee) ?? '';
          if (/^(?:console|logger|log)\b|\.(?:log|info|debug|warn)$/.test(n)) return { logged: true };
        }
        if (p.type === 'VariableDeclarator' && p.init === cur) {
          if (p.id.type === 'Identifier') {
            if (AUTH_VAR.test(p.id.name) || CALLER_NAME.test(p.id.name)) return { assignedAuth: true };
            // follow the variable to its first test
            const v = sourceCode.getScope(p).set.get(p.id.name);
            for (const ref of v?.references ?? []) {
              if (ref.init) continue;
              const u = useOf(ref.identifier);
              if (u.test || u.assignedAuth) return u;
            }
          }
          return {};
        }
        if (p.type === 'AssignmentExpression' && p.right === cur) {
          const left = getDottedName(p.left) ?? '';
          if (AUTH_VAR.test(left.split('.').pop() ?? '') || CALLER_NAME.test(left)) return { assignedAuth: true };
          return {};
        }
        if (p.type === 'Property' && p.value === cur) {
          const k = getPropertyName(p) ?? '';
          if (AUTH_VAR.test(k)) return { assignedAuth: true };
        }
        cur = p;
      }
      return {};
    }

    /**
     * The header's value (or a const holding it, through `??` / `||`: `const provided = headerToken ?? queryToken`) is
     * compared with a configured secret: a member or variable named for a token, secret or key
     * (`testConfig.token`, `process.env.TEST_TOKEN`, `EXPECTED_KEY`), not a literal.
     */
    function checkedAgainstSecret(read: Node): boolean {
      const bound = (n: Node): TSESTree.Identifier | undefined => {
        let cur = n;
        while (cur.parent && (cur.parent.type === 'LogicalExpression' || cur.parent.type === 'AwaitExpression' || cur.parent.type === 'ChainExpression' || cur.parent.type === 'TSAsExpression' || cur.parent.type === 'TSNonNullExpression')) cur = cur.parent;
        const d = cur.parent;
        return d?.type === 'VariableDeclarator' && d.init === cur && d.id.type === 'Identifier' ? d.id : undefined;
      };
      const queue: TSESTree.Identifier[] = [];
      const first = bound(read);
      if (first) queue.push(first);
      for (let i = 0; i < queue.length && i < 4; i++) {
        const v = sourceCode.getScope(queue[i]!).set.get(queue[i]!.name);
        for (const ref of v?.references ?? []) {
          if (ref.init) continue;
          const id = ref.identifier as TSESTree.Identifier;
          const p = id.parent;
          if (p?.type === 'BinaryExpression' && /^[!=]==?$/.test(p.operator)) {
            const other = unwrap(p.left === id ? p.right : p.left);
            if (getStaticString(other) !== undefined) continue;
            const text = getProcessEnvName(other) ?? getDottedName(other) ?? '';
            if (/(?:token|secret|key|password)$/i.test(text)) return true;
            continue;
          }
          const next = bound(id);
          if (next) queue.push(next);
        }
      }
      return false;
    }

    /** Whether `test` checks a privilege flag of something other than the request (`user?.isSuperAdmin`). */
    function checksPrivilege(test: Node): boolean {
      let found = false;
      walk(test, (n) => {
        if (found) return false;
        if (n.type === 'MemberExpression' && !n.computed && n.property.type === 'Identifier' && PRIVILEGE_FLAG.test(n.property.name)) {
          let root: Node = n.object;
          while (root.type === 'MemberExpression' || root.type === 'ChainExpression' || root.type === 'TSNonNullExpression') {
            root = root.type === 'MemberExpression' ? root.object : root.expression;
          }
          const dotted = getDottedName(n.object) ?? '';
          if (root.type === 'Identifier' && !REQUEST_ROOT.test(root.name) && !/\b(?:headers|cookies|query|body|searchParams)\b/.test(dotted)) found = true;
        }
        return true;
      }, { skipFunctions: true });
      return found;
    }

    /** Whether one use of a bypass header's value is harmless: behind a privilege check, a denial, or a `!!x` flag. */
    function privilegedUse(ref: Node): boolean {
      const fn = getEnclosingFunction(ref);
      let cur: Node = ref;
      // `!!impersonate` as a property value: the caller is told its own state.
      if (cur.parent?.type === 'UnaryExpression' && cur.parent.operator === '!' && cur.parent.parent?.type === 'UnaryExpression' && cur.parent.parent.operator === '!' && cur.parent.parent.parent?.type === 'Property') return true;
      for (let p: Node | undefined = cur.parent; p && p !== fn; cur = p, p = p.parent) {
        if (p.type === 'IfStatement' || p.type === 'ConditionalExpression') {
          if (p.test === cur && cur === ref && isDenial(p.consequent) && !grants(p.consequent)) return true;
          if ((p.test === cur || p.consequent === cur) && checksPrivilege(p.test)) return true;
        }
        // `admin || session?.user?.isAdmin`: the value acts on its own, whatever else the test checks.
        if (p.type === 'LogicalExpression' && p.operator !== '&&') return false;
        // Either side of `&&`: `admin && session?.user?.isAdmin` holds only for a signed-in admin, whichever is written first.
        if (p.type === 'LogicalExpression' && p.operator === '&&' && checksPrivilege(p.right === cur ? p.left : p.right)) return true;
      }
      return false;
    }

    /**
     * Whether every use of a header read (through the `const` it initializes, `const x = req.cookies.x ||
     * req.headers.x`) is a {@link privilegedUse}.
     */
    function onlyPrivilegedUses(read: Node): boolean {
      let cur: Node = read;
      while (cur.parent && (cur.parent.type === 'LogicalExpression' || cur.parent.type === 'TSAsExpression' || cur.parent.type === 'ChainExpression')) cur = cur.parent;
      const decl = cur.parent;
      if (decl?.type !== 'VariableDeclarator' || decl.init !== cur || decl.id.type !== 'Identifier') return privilegedUse(read);
      const v = sourceCode.getScope(decl).set.get(decl.id.name);
      const refs = (v?.references ?? []).filter((r) => !r.init);
      return refs.length > 0 && refs.every((r) => r.isReadOnly() && privilegedUse(r.identifier));
    }

    /**
     * A query flag read as a boolean into a `const` (`const admin = searchParams.get('admin') === 'true'`) whose every
     * use is `&&`-joined with, or inside a branch of, a privilege check of the signed-in caller. Stricter than
     * {@link onlyPrivilegedUses}: a branch that looks like a denial does not count (a flag can switch a whole mode).
     */
    function queryFlagBehindPrivilege(read: Node): boolean {
      let cur: Node = read;
      const p = cur.parent;
      if (p?.type === 'BinaryExpression' && /^[!=]==?$/.test(p.operator) && getStaticString(p.left === cur ? p.right : p.left) !== undefined) cur = p;
      const decl = cur.parent;
      if (decl?.type !== 'VariableDeclarator' || decl.init !== cur || decl.id.type !== 'Identifier') return false;
      const v = sourceCode.getScope(decl).set.get(decl.id.name);
      const refs = (v?.references ?? []).filter((r) => !r.init);
      return (
        refs.length > 0 &&
        refs.every((r) => {
          if (!r.isReadOnly()) return false;
          const fn = getEnclosingFunction(r.identifier);
          let c: Node = r.identifier;
          for (let q: Node | undefined = c.parent; q && q !== fn; c = q, q = q.parent) {
            if (q.type === 'LogicalExpression' && q.operator !== '&&') return false;
            if (q.type === 'LogicalExpression' && checksPrivilege(q.right === c ? q.left : q.right)) return true;
            if ((q.type === 'IfStatement' || q.type === 'ConditionalExpression') && q.test === c) return false;
          }
          return false;
        })
      );
    }

    const readsToCheck =
      headerPatterns.length > 0 ||
      queryFlags.size > 0 ||
      HEADER_TEXT.test(text) ||
      (/query|searchParams|params/i.test(text) && QUERY_TEXT.test(text));

    /**
     * A proof compared with a hard-coded magic value that lets it through (`if (turnstileToken !== 'dev-mode-bypass') {
     * verify... }`, `if (code === 'magic-code') return grant`): the value is a password anyone can send, not tied to an
     * environment.
     */
    function checkMagicValue(node: TSESTree.IfStatement): void {
      const test = unwrap(node.test);
      if (test.type !== 'BinaryExpression' || !/^[!=]==?$/.test(test.operator)) return;
      const [literal, other] = getStaticString(test.right) !== undefined ? [test.right, test.left] : [test.left, test.right];
      const value = getStaticString(literal);
      if (value === undefined || !MAGIC_VALUE.test(value)) return;
      const proof = unwrap(other as Node);
      const name = proof.type === 'Identifier' ? proof.name : proof.type === 'MemberExpression' ? getPropertyName(proof) : undefined;
      if (!name || !PROOF_NAME.test(name) || PROOF_LABEL.test(name)) return;
      // The branch taken for any other value verifies it (`!==`), or the one taken for the magic value grants (`===`).
      const verifies = (branch: Node | null | undefined): boolean => {
        if (!branch) return false;
        let found = false;
        walk(branch, (n) => {
          if (found) return false;
          if (n.type === 'CallExpression' && VERIFY_CALL.test(getCalleeName(n) ?? '')) found = true;
          return !found;
        }, { skipFunctions: true });
        return found;
      };
      const negated = test.operator.startsWith('!');
      const bypasses = negated ? verifies(node.consequent) : grants(node.consequent);
      if (bypasses) report(test, 'magicValue', { name, value: value.length > 40 ? `${value.slice(0, 37)}...` : value });
    }

    /**
     * The env secret a presence test reads (`cronSecret`, `process.env.CRON_SECRET`, `!!secret`, `Boolean(secret)`),
     * directly or through a `const` (`const cronSecret = process.env.CRON_SECRET`, `?.trim()`, `?? ''`): the secret
     * node itself, its env name, and the local name when read through a const.
     */
    function presentEnvSecret(test: Node): { core: Node; env: string; local?: string } | undefined {
      let t = unwrap(test);
      if (t.type === 'UnaryExpression' && t.operator === '!' && unwrap(t.argument).type === 'UnaryExpression') {
        const inner = unwrap(t.argument) as TSESTree.UnaryExpression;
        if (inner.operator !== '!') return undefined;
        t = unwrap(inner.argument);
      } else if (t.type === 'CallExpression' && t.callee.type === 'Identifier' && t.callee.name === 'Boolean' && t.arguments.length === 1) {
        t = unwrap(t.arguments[0]!);
      }
      const direct = envSecretName(t);
      if (direct) return { core: t, env: direct };
      if (t.type !== 'Identifier') return undefined;
      const init = getConstInit(sourceCode, t);
      const env = init ? envSecretName(init) : undefined;
      return env ? { core: t, env, local: t.name } : undefined;
    }

    /** `process.env.CRON_SECRET`, trimmed or with an empty fallback (`?? ''`): the secret env name it reads. */
    function envSecretName(node: Node): string | undefined {
      let n = unwrap(node);
      if (n.type === 'CallExpression' && n.arguments.length === 0 && n.callee.type === 'MemberExpression' && getPropertyName(n.callee) === 'trim') n = unwrap(n.callee.object);
      if (n.type === 'LogicalExpression' && n.operator !== '&&' && getStaticString(n.right) === '') n = unwrap(n.left);
      const name = getProcessEnvName(n);
      return name && isSecretEnvName(name) ? name : undefined;
    }

    /** Whether a node reads the secret: its local name or its env var. */
    function mentionsSecret(root: Node, secret: { env: string; local?: string }): boolean {
      let found = false;
      walk(root, (n) => {
        if (found) return false;
        if (n.type === 'Identifier' && secret.local && n.name === secret.local && !(n.parent?.type === 'MemberExpression' && n.parent.property === n && !n.parent.computed)) found = true;
        else if (n.type === 'MemberExpression' && getProcessEnvName(n) === secret.env) found = true;
        return !found;
      }, { skipFunctions: true });
      return found;
    }

    /** A test that fails the request's proof: `header !== `Bearer ${secret}``, `!safeCompare(token, secret)`. */
    function isMismatch(node: Node): boolean {
      const n = unwrap(node);
      return (n.type === 'BinaryExpression' && (n.operator === '!==' || n.operator === '!=')) || (n.type === 'UnaryExpression' && n.operator === '!');
    }

    /** Whether a test denies when the secret is unset: `!secret`, `secret === undefined`, `!process.env.CRON_SECRET`. */
    function testsUnset(test: Node, secret: { env: string; local?: string }): boolean {
      let found = false;
      walk(test, (n) => {
        if (found) return false;
        if (n.type === 'UnaryExpression' && n.operator === '!' && mentionsSecret(n.argument, secret) && !isMismatch(unwrap(n.argument))) found = true;
        else if (n.type === 'BinaryExpression' && (n.operator === '===' || n.operator === '==')) {
          const other = unwrap(mentionsSecret(n.left, secret) ? n.right : n.left);
          if ((other.type === 'Identifier' && other.name === 'undefined') || (other.type === 'Literal' && (other.value === null || other.value === ''))) found = true;
        }
        return !found;
      }, { skipFunctions: true });
      return found;
    }

    /** Whether a statement before `node`, in any block around it, exits when the secret is unset (`if (!cronSecret) return 500`). */
    function unsetHandledBefore(node: Node, secret: { env: string; local?: string }): boolean {
      let cur: Node = node;
      for (let p: Node | undefined = node.parent; p; cur = p, p = p.parent) {
        const body = p.type === 'BlockStatement' || p.type === 'Program' ? p.body : p.type === 'SwitchCase' ? p.consequent : undefined;
        if (!body) continue;
        for (const stmt of body) {
          if (stmt === cur) break;
          if (stmt.type !== 'IfStatement' || !testsUnset(stmt.test, secret)) continue;
          const c = stmt.consequent;
          if (c.type === 'ReturnStatement' || c.type === 'ThrowStatement' || endsInExit(c)) return true;
        }
      }
      return false;
    }

    /**
     * A secret check that fails open (`if (cronSecret && authHeader !== `Bearer ${cronSecret}`) return 401`): when the
     * env var is unset the check is skipped and the route runs for anyone. Only for a scheduler's, webhook's,
     * internal or admin secret (or in such a route), read from `process.env` (a validated env object may require it).
     */
    function checkFailOpen(node: TSESTree.IfStatement): void {
      const test = unwrap(node.test);
      if (test.type !== 'LogicalExpression' || test.operator !== '&&' || node.alternate) return;
      const secret = presentEnvSecret(test.left);
      if (!secret || !(FAIL_CLOSED_SECRET.test(secret.env) || FAIL_CLOSED_PATH.test(kind.filename))) return;
      const check = unwrap(test.right);
      if (!isMismatch(check) || !mentionsSecret(check, secret)) return;
      if (!isAuthDenial(node.consequent) || unsetHandledBefore(node, secret)) return;
      const core = secret.core.type === 'Identifier' || secret.core.type === 'MemberExpression' ? sourceCode.getText(secret.core) : `(${sourceCode.getText(secret.core)})`;
      const rightText = sourceCode.getText(test.right);
      const right = test.right.type === 'LogicalExpression' || test.right.type === 'ConditionalExpression' ? `(${rightText})` : rightText;
      const fixed = `!${core} || ${right}`;
      const shown = fixed.replace(/\s+/g, ' ');
      report(node.test, 'failOpenSecret', { name: secret.env }, [
        {
          messageId: 'failClosed',
          data: { name: secret.env, test: shown.length > 60 ? `${shown.slice(0, 57)}...` : shown },
          fix: (fixer) => fixer.replaceText(node.test, fixed),
        },
      ]);
    }

    /**
     * The nested form of a check that fails open: `if (cronSecret) { ...; if (authHeader !== `Bearer ${cronSecret}`)
     * return 401 }` (devlogify's recurring-tasks cron). The denial inside depends on the secret, directly or through
     * a const of the block (`const isValid = header === `Bearer ${cronSecret}``); when the env var is unset the whole
     * block is skipped. The suggestion denies first when the secret is unset, with the inner denial's own code.
     */
    function checkFailOpenBlock(node: TSESTree.IfStatement): void {
      if (node.alternate || node.consequent.type !== 'BlockStatement') return;
      const secret = presentEnvSecret(node.test);
      if (!secret || !(FAIL_CLOSED_SECRET.test(secret.env) || FAIL_CLOSED_PATH.test(kind.filename))) return;
      const block = node.consequent;
      const derived = new Set<string>();
      let inner: TSESTree.IfStatement | undefined;
      for (const stmt of block.body) {
        if (stmt.type === 'VariableDeclaration' && stmt.kind === 'const') {
          for (const d of stmt.declarations) if (d.id.type === 'Identifier' && d.init && mentionsSecret(d.init, secret)) derived.add(d.id.name);
        } else if (stmt.type === 'IfStatement' && !stmt.alternate && isAuthDenial(stmt.consequent) && dependsOnSecret(stmt.test, secret, derived)) {
          inner = stmt;
          break;
        }
      }
      if (!inner || unsetHandledBefore(node, secret)) return;
      const core = secret.core.type === 'Identifier' || secret.core.type === 'MemberExpression' ? sourceCode.getText(secret.core) : `(${sourceCode.getText(secret.core)})`;
      const denial = reindented(inner.consequent, inner.loc.start.column - node.loc.start.column);
      const guard = `if (!${core}) ${denial}`;
      const shown = guard.replace(/\s+/g, ' ');
      report(node.test, 'failOpenSecret', { name: secret.env }, usesBlockBindings(inner.consequent, block)
        ? []
        : [
            {
              messageId: 'failClosed',
              data: { name: secret.env, test: shown.length > 60 ? `${shown.slice(0, 57)}...` : shown },
              fix: (fixer) => fixer.insertTextBefore(node, `${guard}\n${' '.repeat(node.loc.start.column)}`),
            },
          ]);
    }

    /** The name of the request header a value reads: `req.headers.get('x-signature')`, `req.headers['x-signature']`, `c.req.header('x')`, with a `?? ''` / `|| ''` fallback. */
    function requestHeaderName(node: Node): string | undefined {
      let n = unwrap(node);
      if (n.type === 'LogicalExpression' && n.operator !== '&&') n = unwrap(n.left);
      if (n.type !== 'CallExpression' && n.type !== 'MemberExpression') return undefined;
      if (n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && getPropertyName(n.callee) === 'header') {
        return /(?:^|\.)req$/.test(getDottedName(n.callee.object) ?? '') ? getStaticString(n.arguments[0]) : undefined;
      }
      // A cookie is not what a sender signs with.
      if (n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && !/header/i.test(sourceCode.getText(n.callee.object))) return undefined;
      return headerRead(n);
    }

    /** A presence test of a request header's value (`signature`, `!!signature`), directly or through a const: the node, the header, the local name. */
    function presentRequestHeader(test: Node): { core: Node; header: string; local?: string } | undefined {
      let t = unwrap(test);
      if (t.type === 'UnaryExpression' && t.operator === '!' && unwrap(t.argument).type === 'UnaryExpression' && (unwrap(t.argument) as TSESTree.UnaryExpression).operator === '!') {
        t = unwrap((unwrap(t.argument) as TSESTree.UnaryExpression).argument);
      }
      const direct = requestHeaderName(t);
      if (direct) return { core: t, header: direct };
      if (t.type !== 'Identifier') return undefined;
      const init = getConstInit(sourceCode, t);
      const header = init ? requestHeaderName(init) : undefined;
      return header ? { core: t, header, local: t.name } : undefined;
    }

    /** A branch that turns the request's proof away: an auth denial, or an exit whose message names the signature (`'Invalid signature'`, status 400). */
    function deniesProof(branch: Node): boolean {
      if (isAuthDenial(branch)) return true;
      const exits = branch.type === 'ReturnStatement' || branch.type === 'ThrowStatement' || endsInExit(branch);
      return exits && some(branch, (n) => n.type === 'Literal' && typeof n.value === 'string' && /signature/i.test(n.value));
    }

    /**
     * A check that runs only when the request carries its proof: `if (webhookSecret && signature) { const valid = verify(body,
     * signature, webhookSecret); if (!valid) return 401 }` (AgentZero's Resend webhook), or inline, `if (secret && signature &&
     * signature !== expected) return 401`. Leaving the header out skips the check whatever the deployment, so it is reported
     * even when the unset secret is handled earlier; not when the missing header is (`if (!signature) return 400` first).
     * The same secrets and routes as {@link checkFailOpen}; the denial reads the header (or a const of the block made from it).
     */
    function checkFailOpenOnHeader(node: TSESTree.IfStatement): void {
      if (node.alternate) return;
      const parts = chainOperands(node.test, '&&');
      if (parts.length !== 2 && parts.length !== 3) return;
      let secret: ReturnType<typeof presentEnvSecret>;
      let header: ReturnType<typeof presentRequestHeader>;
      const rest: Node[] = [];
      for (const part of parts) {
        const s = secret ? undefined : presentEnvSecret(part);
        if (s) {
          secret = s;
          continue;
        }
        const h = header ? undefined : presentRequestHeader(part);
        if (h) header = h;
        else rest.push(part);
      }
      if (!secret || !header || rest.length !== parts.length - 2) return;
      if (!(FAIL_CLOSED_SECRET.test(secret.env) || FAIL_CLOSED_PATH.test(kind.filename))) return;
      const hdr = header;
      // The header's value and the block's consts made from it (`const valid = verify(body, signature, secret)`).
      const names = new Set<string>(hdr.local ? [hdr.local] : []);
      const readsHeader = (n: Node): boolean => some(n, (x) => (x.type === 'Identifier' && names.has(x.name)) || requestHeaderName(x) === hdr.header);
      if (hdr.local && unsetHandledBefore(node, { env: '', local: hdr.local })) return;
      const core = (n: Node) => (n.type === 'Identifier' || n.type === 'MemberExpression' || n.type === 'CallExpression' ? sourceCode.getText(n) : `(${sourceCode.getText(n)})`);
      const missing = `!${core(secret.core)} || !${core(hdr.core)}`;
      const data = { name: secret.env, header: hdr.header };
      if (rest.length === 1) {
        // Inline: `if (secret && signature && signature !== expected) return 401`.
        const check = rest[0];
        if (!check || !isMismatch(check) || !(readsHeader(check) || mentionsSecret(check, secret)) || !deniesProof(node.consequent)) return;
        const checkText = check.type === 'LogicalExpression' || check.type === 'ConditionalExpression' ? `(${sourceCode.getText(check)})` : sourceCode.getText(check);
        const fixed = `${missing} || ${checkText}`;
        const shown = fixed.replace(/\s+/g, ' ');
        report(node.test, 'failOpenHeader', data, [
          {
            messageId: 'failClosedHeader',
            data: { ...data, test: shown.length > 60 ? `${shown.slice(0, 57)}...` : shown },
            fix: (fixer) => fixer.replaceText(node.test, fixed),
          },
        ]);
        return;
      }
      // Nested: `if (secret && signature) { ...; if (!valid) return 401 }`, the denial reading the header or a const of the block made from it.
      if (node.consequent.type !== 'BlockStatement') return;
      const block = node.consequent;
      let inner: TSESTree.IfStatement | undefined;
      for (const stmt of block.body) {
        if (stmt.type === 'VariableDeclaration' && stmt.kind === 'const') {
          for (const d of stmt.declarations) if (d.id.type === 'Identifier' && d.init && readsHeader(d.init)) names.add(d.id.name);
        } else if (stmt.type === 'IfStatement' && !stmt.alternate && deniesProof(stmt.consequent) && readsHeader(stmt.test)) {
          inner = stmt;
          break;
        }
      }
      if (!inner) return;
      const denial = reindented(inner.consequent, inner.loc.start.column - node.loc.start.column);
      const guard = `if (${missing}) ${denial}`;
      const shown = guard.replace(/\s+/g, ' ');
      report(node.test, 'failOpenHeader', data, usesBlockBindings(inner.consequent, block)
        ? []
        : [
            {
              messageId: 'failClosedHeader',
              data: { ...data, test: shown.length > 60 ? `${shown.slice(0, 57)}...` : shown },
              fix: (fixer) => fixer.insertTextBefore(node, `${guard}\n${' '.repeat(node.loc.start.column)}`),
            },
          ]);
    }

    /**
     * A verification helper that fails open: `function verifySendblueWebhook(req) { const secret = process.env.SENDBLUE_WEBHOOK_SECRET;
     * if (!secret) return true; return req.headers.get(HEADER) === secret }` (also after a warning, `{ console.warn(...); return
     * true }`). When the env var is missing every forged request is "valid". Only a function named for the check (`verify*`,
     * `validate*`, `isValid*`, `isAuthorized`, `check*Signature`...) that compares the secret (`===`, a constant-time compare,
     * an HMAC or JWT verify, directly or through a const), for the same secrets and routes as {@link checkFailOpen}; the
     * `if` sits at the top of the function (a development branch around it decides nothing here), no earlier statement
     * handles the unset secret, and no caller in the file turns the request away first when it is unset.
     */
    function checkFailOpenHelper(node: TSESTree.IfStatement): void {
      if (node.alternate) return;
      const t = unwrap(node.test);
      if (t.type !== 'UnaryExpression' || t.operator !== '!') return;
      const ret = grantedTrue(node.consequent);
      if (!ret) return;
      const fn = getEnclosingFunction(node);
      if (!fn || fn.body.type !== 'BlockStatement' || node.parent !== fn.body) return;
      const name = functionName(fn);
      if (!name || !VERIFY_HELPER.test(name)) return;
      const secret = presentEnvSecret(t.argument);
      if (!secret || !(FAIL_CLOSED_SECRET.test(secret.env) || FAIL_CLOSED_PATH.test(kind.filename))) return;
      if (!comparesSecret(fn.body, secret) || unsetHandledBefore(node, secret) || callersRefuseUnset(fn, secret)) return;
      const arg = ret.argument!;
      report(ret, 'failOpenSecret', { name: secret.env }, [
        { messageId: 'failClosed', data: { name: secret.env, test: 'return false' }, fix: (fixer) => fixer.replaceText(arg, 'false') },
      ]);
    }

    /** `return true`, alone or after logging calls (`{ console.warn('...not set'); return true; }`). */
    function grantedTrue(branch: TSESTree.Statement): TSESTree.ReturnStatement | undefined {
      const list = branch.type === 'BlockStatement' ? branch.body : [branch];
      const last = list[list.length - 1];
      if (last?.type !== 'ReturnStatement' || !last.argument) return undefined;
      const v = unwrap(last.argument);
      if (v.type !== 'Literal' || v.value !== true) return undefined;
      return list.slice(0, -1).every((st) => st.type === 'ExpressionStatement' && st.expression.type === 'CallExpression') ? last : undefined;
    }

    /** Whether the function compares the secret: `x === secret`, `timingSafeEqual(a, b)` / `createHmac('sha256', secret)` on it or a const derived from it. */
    function comparesSecret(body: Node, secret: { env: string; local?: string }): boolean {
      const derived = new Set<string>();
      let found = false;
      walk(body, (n) => {
        if (found) return false;
        if (n.type === 'VariableDeclarator' && n.id.type === 'Identifier' && n.init && dependsOnSecret(n.init, secret, derived)) derived.add(n.id.name);
        else if (n.type === 'BinaryExpression' && /^[!=]==?$/.test(n.operator) && (dependsOnSecret(n.left, secret, derived) || dependsOnSecret(n.right, secret, derived))) {
          const other = unwrap(dependsOnSecret(n.left, secret, derived) ? n.right : n.left);
          // `secret === undefined`, `secret === ''`: a presence test, not a comparison.
          if (!(other.type === 'Literal' || (other.type === 'Identifier' && other.name === 'undefined'))) found = true;
        } else if (n.type === 'CallExpression' && SECRET_CHECK_CALL.test(getCalleeName(n) ?? '') && n.arguments.some((a) => dependsOnSecret(a, secret, derived))) found = true;
        return !found;
      }, { skipFunctions: true });
      return found;
    }

    /** Whether every call of the helper in this file comes after a statement that turns the request away when the secret is unset. */
    function callersRefuseUnset(fn: FunctionNode, secret: { env: string; local?: string }): boolean {
      const id = fn.type === 'FunctionDeclaration' ? fn.id : fn.parent?.type === 'VariableDeclarator' && fn.parent.id.type === 'Identifier' ? fn.parent.id : undefined;
      if (!id) return false;
      const v = findVariable(sourceCode, id);
      const calls = (v?.references ?? []).filter((r) => r.identifier !== id && r.identifier.parent?.type === 'CallExpression');
      return calls.length > 0 && calls.every((r) => unsetHandledBefore(r.identifier as Node, { env: secret.env }));
    }

    /** Whether a test reads the secret itself or a block const derived from it. */
    function dependsOnSecret(test: Node, secret: { env: string; local?: string }, derived: ReadonlySet<string>): boolean {
      if (mentionsSecret(test, secret)) return true;
      return derived.size > 0 && some(test, (n) => n.type === 'Identifier' && derived.has(n.name));
    }

    /** A node's text with its later lines moved `by` columns left (the inner denial, copied one block out). */
    function reindented(node: Node, by: number): string {
      const lines = sourceCode.getText(node).split('\n');
      const pad = new RegExp(`^ {0,${Math.max(0, by)}}`);
      return lines.map((l, i) => (i === 0 ? l : l.replace(pad, ''))).join('\n');
    }

    /** Whether `node` reads a variable declared inside `block` (code copied before the block could not reach it). */
    function usesBlockBindings(node: Node, block: TSESTree.BlockStatement): boolean {
      return some(node, (n) => {
        if (n.type !== 'Identifier') return false;
        const v = findVariable(sourceCode, n);
        const def = v?.defs[0]?.node;
        return !!def && def.range[0] >= block.range[0] && def.range[1] <= block.range[1];
      });
    }


    // --------------------------------------------------------------------------------------
    // Vercel Cron's marker headers taken as proof
    // --------------------------------------------------------------------------------------

    /** A read of Vercel Cron's marker header (`req.headers.get('x-vercel-cron')`, `.has(...)`, `req.headers['x-vercel-cron']`, `?? ''`), directly or through a const. */
    function cronMarkerRead(node: Node, depth = 0): Node | undefined {
      let n = unwrap(node);
      if (n.type === 'LogicalExpression' && n.operator !== '&&' && getStaticString(unwrap(n.right)) !== undefined) n = unwrap(n.left);
      if (n.type === 'Identifier') {
        const init = depth < 3 ? getConstInit(sourceCode, n) : undefined;
        return init ? cronMarkerRead(init, depth + 1) : undefined;
      }
      if (n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && getPropertyName(n.callee) === 'has' && /headers/i.test(sourceCode.getText(n.callee.object))) {
        const name = getStaticString(n.arguments[0]);
        return name !== undefined && CRON_MARKER_HEADER.test(name) ? n : undefined;
      }
      const name = requestHeaderName(n);
      return name !== undefined && CRON_MARKER_HEADER.test(name) ? n : undefined;
    }

    /** A read of the request's User-Agent, lower-cased or with a `''` fallback, directly or through a const. */
    function userAgentRead(node: Node, depth = 0): boolean {
      let n = unwrap(node);
      for (let i = 0; i < 3; i++) {
        if (n.type === 'LogicalExpression' && n.operator !== '&&' && getStaticString(unwrap(n.right)) !== undefined) n = unwrap(n.left);
        else if (n.type === 'CallExpression' && n.arguments.length === 0 && n.callee.type === 'MemberExpression' && /^to(?:Lower|Upper)Case$/.test(getPropertyName(n.callee) ?? '')) n = unwrap(n.callee.object);
        else break;
      }
      if (n.type === 'Identifier') {
        const init = depth < 3 ? getConstInit(sourceCode, n) : undefined;
        return !!init && userAgentRead(init, depth + 1);
      }
      return /^user-agent$/i.test(requestHeaderName(n) ?? '');
    }

    /**
     * What a test evaluates to when the request carries Vercel Cron's marker (`x-vercel-cron: 1`, a `vercel-cron/1.0`
     * User-Agent), with the read that decides it: `true`, `false`, or undefined when other values decide too. Followed
     * through `!`, `&&`, `||`, `Boolean()` and consts (`const isVercelCron = req.headers.get('x-vercel-cron') === '1'`).
     */
    function underCronMarker(node: Node, depth = 0): { value: boolean; read: Node } | undefined {
      if (depth > 6) return undefined;
      const n = unwrap(node);
      if (n.type === 'UnaryExpression' && n.operator === '!') {
        const r = underCronMarker(n.argument, depth + 1);
        return r && { value: !r.value, read: r.read };
      }
      if (n.type === 'LogicalExpression' && (n.operator === '&&' || n.operator === '||')) {
        const l = underCronMarker(n.left, depth + 1);
        const r = underCronMarker(n.right, depth + 1);
        const decisive = n.operator === '||';
        if (l?.value === decisive) return l;
        if (r?.value === decisive) return r;
        return l && r ? l : undefined;
      }
      if (n.type === 'BinaryExpression' && ['===', '!==', '==', '!='].includes(n.operator)) {
        const leftRead = cronMarkerRead(n.left);
        const read = leftRead ?? cronMarkerRead(n.right);
        if (!read) return undefined;
        const other = unwrap(leftRead ? n.right : n.left);
        const value = getStaticString(other);
        const sent = value !== undefined && value !== '' ? true : isNullOrUndefined(other) || value === '' ? false : undefined;
        if (sent === undefined) return undefined;
        return { value: (n.operator === '===' || n.operator === '==') === sent, read };
      }
      if (n.type === 'CallExpression') {
        if (n.callee.type === 'Identifier' && n.callee.name === 'Boolean' && n.arguments.length === 1 && n.arguments[0]) return underCronMarker(n.arguments[0], depth + 1);
        if (n.callee.type === 'MemberExpression') {
          const method = getPropertyName(n.callee);
          const first = n.arguments[0];
          // `ua.includes('vercel-cron')`, `ua?.startsWith('vercel-cron')`, `/vercel-cron/i.test(ua)`
          if ((method === 'includes' || method === 'startsWith') && /vercel-cron/i.test(getStaticString(first) ?? '') && userAgentRead(n.callee.object)) return { value: true, read: n };
          const re = unwrap(n.callee.object);
          if (method === 'test' && re.type === 'Literal' && 'regex' in re && /vercel-cron/i.test(re.regex.pattern) && first && userAgentRead(first)) return { value: true, read: n };
        }
      }
      if (n.type === 'Identifier') {
        const init = getConstInit(sourceCode, n);
        if (init) return underCronMarker(init, depth + 1);
      }
      const read = cronMarkerRead(n);
      return read ? { value: true, read } : undefined;
    }

    /** The statements after `stmt` in its block and in the blocks around it, up to its function. */
    function statementsAround(stmt: Node, after: boolean): Node[] {
      const out: Node[] = [];
      const fn = getEnclosingFunction(stmt);
      let cur: Node = stmt;
      for (let p: Node | undefined = stmt.parent; p && p !== fn; cur = p, p = p.parent) {
        if (p.type !== 'BlockStatement') continue;
        const i = p.body.indexOf(cur as TSESTree.Statement);
        if (i >= 0) out.push(...(after ? p.body.slice(i + 1) : p.body.slice(0, i)));
      }
      return out;
    }

    /**
     * A gate that Vercel Cron's marker header opens on its own: a denial it skips (`if (!isVercelCron && authHeader !==
     * `Bearer ${secret}`) return 401`, aiva's cron routes), a branch it takes that lets the caller in (`if (vercelCron ===
     * '1') return true` in `verifyCronRequest`), or a check helper that answers with it (`return bearerOk || isVercelCron`).
     * Not when the marker is required beside the secret (`!isVercelCron || authHeader !== ...`: undecided), when another
     * denial that the marker does not decide follows, or when an earlier one precedes a grant.
     */
    function checkCronMarkerGate(node: TSESTree.IfStatement | TSESTree.ReturnStatement): void {
      if (node.type === 'ReturnStatement') {
        if (!node.argument) return;
        const fn = getEnclosingFunction(node);
        const name = fn ? functionName(fn) : undefined;
        if (!name || !(VERIFY_HELPER.test(name) || isAuthFunctionName(name))) return;
        const r = underCronMarker(node.argument);
        if (r?.value === true && !statementsAround(node, false).some(deniesFirst)) report(r.read, 'cronHeader', { name: markerName(r.read) });
        return;
      }
      const r = underCronMarker(node.test);
      if (!r) return;
      if (r.value === false && isAuthDenial(node.consequent) && !statementsAround(node, true).some((st) => st.type === 'IfStatement' && isAuthDenial(st.consequent) && !underCronMarker(st.test))) {
        report(r.read, 'cronHeader', { name: markerName(r.read) });
      } else if (r.value === true && grants(node.consequent) && !statementsAround(node, false).some(deniesFirst)) {
        report(r.read, 'cronHeader', { name: markerName(r.read) });
      }
    }

    /** An `if` that turns the request away (`return false` from a check helper, a 401, a throw) before a later grant. */
    function deniesFirst(st: Node): boolean {
      if (st.type !== 'IfStatement' || underCronMarker(st.test)) return false;
      const list = st.consequent.type === 'BlockStatement' ? st.consequent.body : [st.consequent];
      const last = list[list.length - 1];
      if (last?.type === 'ReturnStatement' && last.argument && unwrap(last.argument).type === 'Literal' && (unwrap(last.argument) as TSESTree.Literal).value === false) return true;
      return isDenial(st.consequent);
    }

    /** The header a marker read names, for the message. */
    function markerName(read: Node): string {
      if (read.type === 'CallExpression' && read.callee.type === 'MemberExpression' && getPropertyName(read.callee) !== 'get' && getPropertyName(read.callee) !== 'has') return 'user-agent';
      return requestHeaderName(read) ?? (read.type === 'CallExpression' ? getStaticString(read.arguments[0]) : undefined) ?? 'x-vercel-cron';
    }

    const cronText = text.includes('vercel-cron');
    const envText = text.includes('process.env');

    return {
      IfStatement(node) {
        try {
          checkBranching(node);
          if (magicText) checkMagicValue(node);
          if (envText) {
            checkFailOpen(node);
            checkFailOpenBlock(node);
            checkFailOpenOnHeader(node);
            checkFailOpenHelper(node);
          }
          if (cronText) checkCronMarkerGate(node);
        } catch {
          /* never throw */
        }
      },
      ConditionalExpression(node) {
        try {
          checkBranching(node);
        } catch {
          /* never throw */
        }
      },
      ...(cronText
        ? {
            ReturnStatement(node: TSESTree.ReturnStatement) {
              try {
                checkCronMarkerGate(node);
              } catch {
                /* never throw */
              }
            },
          }
        : {}),
      // Header and query reads: only in files that name a bypass header or flag (most name none).
      ...(readsToCheck ? { 'CallExpression, MemberExpression': checkRead } : {}),
    };

    function checkRead(node: TSESTree.CallExpression | TSESTree.MemberExpression): void {
      try {
        const header = headerRead(node);
        if (header !== undefined) {
          if (!(BYPASS_HEADER.test(header) || headerPatterns.some((p) => p.test(header)))) return;
          const use = useOf(node);
          if (use.logged) return;
          // An admin feature, not a bypass: the value acts only behind a privilege check of the signed-in
          // caller (`if (user.isSuperAdmin && impersonate)`), refuses (`if (impersonate) throw ...`) or is
          // echoed as a flag (`impersonating: !!impersonate`).
          if (onlyPrivilegedUses(node)) return;
          // Only where the header decides identity or access: its name says so, it is stored as the
          // caller, or the branch it guards grants access.
          const identityName = /user|auth|seller|session|admin|role|account|bypass|impersonat|customer|member|tenant|org|token|login/i.test(header);
          const fn = getEnclosingFunction(node);
          const fnName = fn ? functionName(fn) : undefined;
          const authFn = !!fnName && (isAuthFunctionName(fnName) || /auth|session|guard|protect|verify/i.test(fnName));
          const branchGrants = !!use.branching && use.branching.type !== 'LogicalExpression' && grants(use.branching.consequent);
          if (!identityName && !use.assignedAuth && !branchGrants && !authFn) return;
          // `x-test-token` compared with a configured token (`providedToken !== testConfig.token`): a shared secret
          // the caller must present, checked like an API key, not a header trusted for who the caller is.
          if (checkedAgainstSecret(node)) return;
          let suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
          if (use.branching?.type === 'IfStatement' && !use.branching.alternate && grants(use.branching.consequent)) {
            suggest = removeIfSuggestion(use.branching, true);
          }
          report(node, 'testHeader', { name: header }, suggest);
          return;
        }
        const q = queryRead(node);
        if (q === undefined) return;
        const hard = GRANT_QUERY.test(q) || queryFlags.has(q);
        const soft = SOFT_QUERY.test(q);
        if (!hard && !soft) return;
        const use = useOf(node);
        if (use.logged) return;
        // A view switch, not a bypass: the flag acts only behind a privilege check of the signed-in caller
        // (createspot's `?admin=true` lists every exhibit only `if (admin && session?.user?.isAdmin)`).
        if (queryFlagBehindPrivilege(node)) return;
        if (use.assignedAuth && hard) {
          report(node, 'queryBypass', { name: q, effect: 'sets who the caller is' });
          return;
        }
        const b = use.branching;
        if (!b || b.type === 'LogicalExpression') return;
        const consequent = b.consequent;
        if (hard ? !isDenial(consequent) : grants(consequent)) {
          report(node, 'queryBypass', { name: q, effect: 'grants access' }, b.type === 'IfStatement' ? removeIfSuggestion(b, true) : conditionalSuggestion(b, true));
        }
      } catch {
        /* never throw */
      }
    }
  },
});
