import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import {
  compilePatterns,
  createRule,
  findProperty,
  findVariable,
  getCalleeName,
  getConstInit,
  exitsBefore,
  getDottedName,
  getFileKind,
  forEachHandler,
  getFactoryCall,
  getImportSource,
  getPropertyName,
  getRootIdentifier,
  getStaticString,
  getValueSources,
  isFunction,
  resolveLocalFunction,
  splitWords,
  handlerLabel,
  canCallHelper,
  helperFixes,
  matchesAnyGlob,
  unwrap,
  walk,
  ENTRY_POINT_MODULE,
  type FunctionNode,
  type Handler,
} from '../utils';
import {
  AI_SDK_CALLS,
  isPaidClientModule,
  isPaidClientParam,
  PAID_API_HOST,
  PAID_SEARCH_HOST,
  PAID_API_MODULE,
  SANDBOX_API_MODULE,
  PAID_CLIENT_CTOR,
  PAID_METHOD,
  RATE_LIMIT_MODULE,
  AUTH_MODULE,
  LOCAL_AUTH_MODULE,
  SESSION_READ,
  handlerBodies,
  isAuthFunctionName,
  isAuthWrapperName,
  isRateLimitCall,
  fetchBillsCaller,
  readsCallerRequest,
} from '../utils/auth-vocab';
import { isRequestRead, traceValue } from '../utils/compare-vocab';

type Node = TSESTree.Node;

type Options = [
  {
    limiterNames?: string[];
    limiterPatterns?: string[];
    wrappers?: string[];
    expensiveCalls?: string[];
    authRoutes?: string[];
    rateLimitedRoutes?: string[];
  },
];
type MessageIds = 'paidCall' | 'authEndpoint' | 'addLimit' | 'ignoredLimit' | 'checkLimit';

/** Auth endpoints by path: sign-in, sign-up, password reset, OTP, magic link. */
const DEFAULT_AUTH_ROUTES = [
  '**/{login,signin,sign-in,log-in,signup,sign-up,register,forgot-password,forgot,reset-password,password-reset,reset,otp,verify-otp,send-otp,magic-link,magiclink,passwordless,resend-verification,2fa,mfa,two-factor}{,/**,.*}',
  '**/auth/{login,signin,sign-in,signup,sign-up,register,forgot-password,reset-password,otp,magic-link,callback/credentials}{,/**,.*}',
];

/** Calls that perform a sign-in / sign-up / reset / OTP against an auth provider. */
const AUTH_ACTION_CALL =
  /^(?:signInWithPassword|signInWithOtp|signUp|resetPasswordForEmail|verifyOtp|signInEmail|signUpEmail|forgetPassword|requestPasswordReset|resetPassword|sendVerificationEmail|sendVerificationOtp|signInMagicLink|sendMagicLink|signInWithEmail|createUserWithEmailAndPassword|signInWithEmailAndPassword|sendPasswordResetEmail|sendSignInLinkToEmail|initiateAuth|adminInitiateAuth|forgotPassword)$/;

/**
 * A one-time code stored on a record (`user.verifyCode`, `order.deliveryOtp`, `verification_code`, `otp`): a few digits a
 * caller can guess. Not a link token (`token`, `verifyToken`: long and random) nor a hash (`otpHash`).
 */
const STORED_CODE_PROP = /^(?:[a-z]+_?)?(?:otp|OTP|Otp)(?:_?[cC]ode)?$|^(?:[a-z]+_?)?(?:verify|[vV]erification|[cC]onfirmation|[rR]eset)_?[cC]ode$/;
/**
 * A table or record of one-time codes whose `code` column is the code (`emailVerificationCodeTable.code`, the
 * `emailVerificationCode` row of a Drizzle `where` callback, `otps.code`): six digits a caller can guess, like
 * {@link STORED_CODE_PROP}. Not `dbCode` or `verificationRequest`, whose `code` a name does not tie to a one-time code.
 */
const CODE_HOLDER = /(?:verification|verify|confirmation|reset|login|signin|sign_in|two_?factor|mfa|otp)_?codes?(?:_?table)?$|^otps?(?:_?table)?$/i;
/** Text that must appear in a file for it to hold such a property (a superset). */
const STORED_CODE_TEXT = /(?:^|[^A-Za-z])otp|Otp|OTP|(?:verify|verification|confirmation|reset)_?code/i;

/** A call named for checking a one-time code: `verify_totp_code`, `verifyTotp`, `checkOtp`, `validateTwoFactorCode`. */
const OTP_CHECK_CALL = /^(?:verify|check|validate)_?(?:totp|hotp|otp|mfa|2fa|two_?factor)(?:_?(?:code|token))?$/i;

/** Password checks that make a route a sign-in endpoint. */
const PASSWORD_CHECK = /^(?:compare|compareSync|verify)$/;
const PASSWORD_LIB = /^(?:bcrypt|bcryptjs|argon2|argon|@node-rs\/argon2|@node-rs\/bcrypt)$/;

/** The test of a check that the caller is not an admin. */
const NOT_ADMIN_TEST =
  /!\s*\(?\s*[\w.?]*\b(?:is_?admin|isSuperAdmin|is_super_admin|superAdmin)\b|\brole\s*!==?\s*['"`](?:admin|super_?admin|superadmin|owner)['"`]|['"`](?:admin|super_?admin|superadmin|owner)['"`]\s*!==?\s*[\w.?]*\brole\b|!\s*\[[^\]]*['"`]admin['"`][^\]]*\]\s*\.includes\(/i;

/** A handler parameter that receives the signed-in caller from its wrapper: zipline's `handler(req, res, user)`. */
const USER_PARAM = /^(?:user|currentUser|authUser|sessionUser)$/;

/**
 * `export default withZipline(handler, { methods: ['POST'], user: true })` with `handler(req, res, user)`: the options ask the
 * wrapper for the signed-in user and the handler takes one, so the wrapper answers 401 to anyone else (zipline's API).
 * Both signs are needed: `{ user: true }` alone may ask for an optional user.
 */
function wrapperHandsUser(h: Handler): boolean {
  if (!h.fn || !h.fn.params.some((p) => p.type === 'Identifier' && USER_PARAM.test(p.name))) return false;
  return h.wrapperCalls.some((c) =>
    c.arguments.some(
      (a) => a.type === 'ObjectExpression' && a.properties.some((p) => p.type === 'Property' && getPropertyName(p) === 'user' && p.value.type === 'Literal' && p.value.value === true),
    ),
  );
}

/** Server action names that are auth endpoints. */
const AUTH_ACTION_NAME = /^(?:sign_?in|sign_?up|log_?in|login|signin|signup|register|forgot\w*|resetPassword|requestPassword\w*|sendPassword\w*|sendOtp|verifyOtp|sendMagicLink|magicLink|passwordless\w*)(?:Action)?$/i;

/** A regular expression's alternatives without its `^`/`$` anchors: matches where the anchored one would match a name. */
function unanchored(re: RegExp): string {
  return re.source.replace(/^\^/, '').replace(/\$$/, '');
}

/** Text that must appear in a file for the check to find a paid or auth call in it (a superset). */
/** A client named for OpenAI (or an OpenAI-compatible gateway): `openai`, `azureClient`, `gptClient`, `llm`. */
const OPENAI_CLIENT_NAME = /openai|azure|gpt|llm/i;

const EXPENSIVE_TEXT = new RegExp(
  [
    [...AI_SDK_CALLS].join('|'),
    unanchored(PAID_API_MODULE),
    PAID_API_HOST.source,
    unanchored(PAID_CLIENT_CTOR),
    unanchored(AUTH_ACTION_CALL),
    unanchored(PASSWORD_LIB),
    'Password|Credentials',
    // `client.chat.completions.create(...)` on a client from the app's own module, and its images API.
    '\\.completions\\.',
    '\\.images\\.(?:create|generate|edit|createVariation)\\b',
    // Browserbase's cloud browsers (`bb.sessions.create()`, `new Stagehand({ env: 'BROWSERBASE' }).init()`).
    '@browserbasehq/',
  ].join('|'),
);
/** Text that must appear in a server actions file for one of its actions to be an auth endpoint by name. */
const AUTH_ACTION_TEXT = new RegExp(unanchored(AUTH_ACTION_NAME).replace(/\(\?:Action\)\?$/, ''), 'i');

interface Expensive {
  node: Node;
  kind: 'paid' | 'auth';
  label: string;
}

export default createRule<Options, MessageIds>({
  name: 'require-rate-limit',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a rate limit before paid AI calls and auth endpoints in route handlers and server actions',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      paidCall:
        '{{handler}} calls {{what}} with no rate limit before it: one script (or one abusive user) can run up the provider bill and exhaust your quota. Limit requests per user or IP first and return 429.',
      authEndpoint:
        '{{handler}} is an auth endpoint ({{what}}) with no rate limit: it invites credential stuffing, brute force and email/SMS bombing. Limit attempts per IP (and per account) and return 429.',
      addLimit: 'Add an @upstash/ratelimit sliding-window check that returns 429 with Retry-After at the top of {{handler}}.',
      ignoredLimit:
        '{{handler}} calls the rate limiter {{limiter}}() but never tests its answer before {{what}}: the limiter counts requests and blocks none. Turn the caller away with 429 when it says no (`if (!success) ...`).',
      checkLimit: 'Turn the caller away with 429 when {{limiter}}() says no.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          limiterNames: { type: 'array', items: { type: 'string' }, description: 'Extra names of functions or objects that apply a rate limit.' },
          limiterPatterns: { type: 'array', items: { type: 'string' }, description: 'Regular expressions for rate-limit call names.' },
          wrappers: { type: 'array', items: { type: 'string' }, description: 'Handler wrappers that rate limit.' },
          expensiveCalls: { type: 'array', items: { type: 'string' }, description: 'Extra callee names (or dotted names) that are paid / expensive.' },
          authRoutes: { type: 'array', items: { type: 'string' }, description: 'Extra globs of auth endpoint files.' },
          rateLimitedRoutes: { type: 'array', items: { type: 'string' }, description: 'Globs of route files rate limited elsewhere (middleware, edge config).' },
        },
        additionalProperties: false,
      },
    ],
  },
  defaultOptions: [{ limiterNames: [], limiterPatterns: [], wrappers: [], expensiveCalls: [], authRoutes: [], rateLimitedRoutes: [] }],
  create(context, [options]) {
    const kind = getFileKind(context);
    if (kind.isClient || kind.isTest) return {};
    if (!kind.isAppRoute && !kind.isPagesApi && !kind.isServerActionFile && !context.sourceCode.text.includes('use server')) return {};
    if (matchesAnyGlob(kind.filename, options.rateLimitedRoutes ?? [])) return {};
    const sourceCode = context.sourceCode;
    const limiterNames = new Set(options.limiterNames ?? []);
    const limiterPatterns = compilePatterns(options.limiterPatterns);
    const wrapperNames = new Set(options.wrappers ?? []);
    const expensive = new Set(options.expensiveCalls ?? []);
    const authPath = matchesAnyGlob(kind.filename, DEFAULT_AUTH_ROUTES) || matchesAnyGlob(kind.filename, options.authRoutes ?? []);
    // The Auth.js / better-auth catch-all handlers are libraries' own endpoints (configure their limiter instead).
    const isLibraryCatchAll = /\[\.\.\.(?:nextauth|all|auth)\]|\[\[\.\.\.(?:nextauth|all|auth)\]\]/.test(kind.filename);
    // Everything the check can flag is named in this file's text (a paid SDK, host, client or call, an
    // auth-provider call, a password check, a configured expensive call, an auth action's name); a
    // route that names none of them is skipped without walking its handlers.
    const text = sourceCode.text;
    if (
      !authPath &&
      !EXPENSIVE_TEXT.test(text) &&
      !STORED_CODE_TEXT.test(text) &&
      !(kind.isServerActionFile || text.includes('use server') ? AUTH_ACTION_TEXT.test(text) : false) &&
      ![...expensive].some((n) => text.includes(n.split('.').pop() ?? n))
    ) {
      return {};
    }

    return {
      'Program:exit'() {
        forEachHandler(sourceCode, kind, check);
      },
    };

    function check(h: Handler): void {
      if (h.kind === 'middleware' || h.delegated || !h.fn || isLibraryCatchAll) return;
      if (h.name === 'OPTIONS' || h.name === 'HEAD') return;
      if (h.wrappers.some((w) => isLimiterWrapper(w))) return;
      if (h.wrapperCalls.some(chainUsesLimiter)) return;
      const bodies = handlerBodies(sourceCode, h.fn, 2);
      const limits: TSESTree.CallExpression[] = [];
      const found: Expensive[] = [];
      const helperSet = new Set<Node>(bodies.slice(1));
      for (const body of bodies) {
        walk(body, (n) => {
          if (n !== body && helperSet.has(n)) return false;
          if (n.type === 'BinaryExpression' || n.type === 'Property') {
            const e = codeCheck(n, h.fn!, body);
            if (e) found.push(e);
            return true;
          }
          if (n.type !== 'CallExpression') return true;
          // Drizzle's `eq(emailVerificationCode.code, code)`: the comparison a `where` makes.
          if (n.callee.type === 'Identifier' && n.callee.name === 'eq' && n.arguments.length === 2) {
            const e = codeCheck(n, h.fn!, body);
            if (e) found.push(e);
          }
          if (isRateLimitCall(sourceCode, n, limiterNames, limiterPatterns) || isQuotaCall(n)) {
            limits.push(n);
            return true;
          }
          const e = classify(n);
          if (e) found.push(e);
          return true;
        });
      }
      // A limiter whose answer is visibly dropped (`await ratelimit.limit(ip)` as a statement, an unread
      // `const { success } = ...`) counts the requests and blocks none: it is no limit (reported on itself below).
      const ignored = droppedLimits(limits, h.fn);
      if (ignored.length > 0) {
        for (let i = limits.length - 1; i >= 0; i--) if (ignored.includes(limits[i]!)) limits.splice(i, 1);
      }
      // A usage quota enforced in the handler (429 / "rate_limit" error / credits) is a limit too, and so is an
      // attempt cap it answers (`result.error === 'max_attempts'`: the code's verifier counts the guesses).
      if (limits.length === 0 && bodies.some((b) => enforcesQuota(b))) return;
      // A password re-check inside an authenticated handler (change password) is not a sign-in endpoint.
      const hasSession = bodies.some((b) => readsSession(b));
      const authed = hasSession || h.wrappers.some((w) => isAuthWrapperName(w)) || wrapperHandsUser(h) || /\bctx\.(?:user|session|userId)\b|ctx:\s*\{[^}]*\b(?:user|session|userId)\b|\{[^}=]*\b(?:auth|session)\b[^}=]*\}\s*=\s*await\s+(?!req|request)/.test(sourceCode.getText(h.fn));
      for (let i = found.length - 1; i >= 0; i--) {
        // Signed-in users changing their own password / passkeys are not a brute-force target of the same order.
        if (found[i]!.kind === 'auth' && authed) found.splice(i, 1);
      }
      // In source order (the walk visits an `else` or a `catch` before the branch above it): the report names the first
      // call a request reaches, not a fallback model in the `catch` (amazong's assistant route). Calls in helpers come
      // after the handler's own, in the order the file declares them.
      const handlerFn = h.fn;
      found.sort((a, b) => Number(!isWithinFn(a.node, handlerFn)) - Number(!isWithinFn(b.node, handlerFn)) || a.node.range[0] - b.node.range[0]);
      // Wrapper calls such as withRateLimit(key, limiter, async () => ...) inside the handler.
      if (limits.length > 0) {
        // A limit anywhere in the handler before the first expensive call (or in a helper it calls) counts.
        const firstLimit = Math.min(...limits.map((l) => (isWithinFn(l, h.fn!) ? l.range[0] : -1)));
        // A call in a same-file helper runs where the handler calls that helper: after a limit at the top of
        // the handler when every call into a helper comes after it.
        const helperCall = firstHelperCall(h.fn, bodies.slice(1));
        const rest = found.filter((e) => (isWithinFn(e.node, h.fn!) ? e.node.range[0] : helperCall) < firstLimit);
        if (rest.length === 0 || firstLimit === -1) return;
        // A quota the handler answers before the call (`if (balance < cost) return ... 'Insufficient credits'`), with
        // the credits only deducted after the model has answered (`deductCredits()`: ai-sdk-rag's compare route).
        const firstCall = isWithinFn(rest[0]!.node, h.fn) ? rest[0]!.node.range[0] : helperCall;
        if (enforcesQuota(h.fn.body ?? h.fn, firstCall)) return;
        report(h, rest[0]!, bodies, ignored);
        return;
      }
      // Admin-only tools: a handful of trusted callers.
      // So are handlers that deny everyone but admins first (`if (!profile?.is_admin) return 403`).
      if (h.wrappers.some((w) => /admin/i.test(w)) || /(?:^|\/)admin\//.test(kind.filename) || bodies.some((b) => deniesNonAdmins(b, h.fn!, firstExpensive(found, h.fn!)))) return;
      let target = found.find((e) => e.kind === 'paid') ?? found[0];
      if (!target && !authed && (authPath || (h.kind === 'server-action' && AUTH_ACTION_NAME.test(h.name)))) {
        // An auth endpoint by path/name: it must reach something (a DB, an auth provider, a password check).
        if (h.name === 'GET' && !found.length) return;
        // A sign-out action given nothing, beside the sign-in in a `login/` actions file (deals-web's `merchantLogoutAction()`:
        // `supabase.auth.signOut()` then a redirect): it takes no password, code or email to guess.
        if (h.kind === 'server-action' && h.fn.params.length === 0 && /(?:^|_)(?:log_?out|sign_?out)(?:_|$)/.test(splitWords(h.name).join('_'))) return;
        // A route handler that takes no request (`export const POST = async () => ...`: a demo's `dev/reset`
        // that re-seeds its store) reads no body, query or form: no credential, email or code to guess. (Not a
        // server action: an inline one gets its input from the component it closes over.)
        if (h.kind === 'route' && h.fn.params.length === 0 && !/\barguments\b/.test(sourceCode.getText(h.fn))) return;
        const reach = firstDataCall(bodies, ignored);
        // `signIn('github')` on a login page: a redirect to the OAuth provider, which rate-limits its own
        // sign-in; no password, code or email is handled here.
        if (reach?.type === 'CallExpression' && isOAuthRedirect(reach)) return;
        // Firebase's `getAuth().createSessionCookie(idToken, { expiresIn })` or `adminAuth.verifyIdToken(idToken)` first
        // (tavla's `login(token)` action): the caller hands over an ID token the identity provider signed after its own
        // sign-in, which checked (and rate-limits) the password or code; a signed token cannot be guessed.
        if (reach?.type === 'CallExpression' && isIdTokenExchange(reach)) return;
        // `formAction={async (data) => { 'use server'; await signUpAction(data); }}` (usdc-for-ai-inference's sign-up page):
        // a call into a server action imported from an actions module, an endpoint of its own that this rule checks (and
        // reports) in its file, where its limit belongs.
        if (reach?.type === 'CallExpression' && reach.callee.type === 'Identifier' && ENTRY_POINT_MODULE.test(getImportSource(sourceCode, reach.callee) ?? '')) return;
        // A caller that signs its request with a shared secret (an agent registering itself with an HMAC of its
        // id and a timestamp, checked with timingSafeEqual) is a machine, not a person: no password or code to guess.
        if (bodies.some((b) => verifiesSignature(b))) return;
        // Pointed at the one-time code check when the endpoint makes one (zipline's `user/mfa/totp`: `verify_totp_code(secret,
        // code)`), the guess a limit must slow down, not at the first call of another branch.
        const code = reach ? firstCodeCheck(bodies) : undefined;
        if (code) target = { node: code, kind: 'auth', label: `a one-time code check (${shorten(sourceCode.getText(code.callee))})` };
        else if (reach) target = { node: reach, kind: 'auth', label: authPath ? 'by its path' : `the ${h.name} action` };
      }
      if (!target) return;
      report(h, target, bodies, ignored);
    }

    /**
     * Auth.js `signIn('github', ...)`: a redirect to an OAuth / OIDC provider (not credentials, email or passkey sign-in).
     * Also Supabase's `supabase.auth.signInWithOAuth({ provider: 'google' })`, which only builds the provider's URL
     * (AI-Hub's "Sign in with Google" action), and Arctic's `createAuthorizationURL`: no password, code or email is handled.
     */
    function isOAuthRedirect(call: TSESTree.CallExpression): boolean {
      const callee = call.callee;
      if (callee.type === 'MemberExpression' && getPropertyName(callee) === 'signInWithOAuth' && callee.object.type === 'MemberExpression' && getPropertyName(callee.object) === 'auth') return true;
      // Arctic's / oslo's `github.createAuthorizationURL(state, { scopes })` (a Lucia template's `loginWithGithub` action):
      // it only builds the provider's URL from the state the handler generated.
      if (callee.type === 'MemberExpression' && /^createAuthorizationURL(?:WithPKCE)?$/.test(getPropertyName(callee) ?? '')) return true;
      if (getCalleeName(call) !== 'signIn') return false;
      const provider = call.arguments[0] ? getStaticString(call.arguments[0]) : undefined;
      return !!provider && !/^(?:credentials|email|resend|nodemailer|sendgrid|postmark|mailgun|forwardemail|http-email|passkey|webauthn)$/i.test(provider);
    }

    /** `getAuth().createSessionCookie(idToken, opts)`, `adminAuth.verifyIdToken(idToken)`: a provider-signed ID token checked or swapped for a session. */
    function isIdTokenExchange(call: TSESTree.CallExpression): boolean {
      return call.callee.type === 'MemberExpression' && /^(?:createSessionCookie|verifyIdToken)$/.test(getPropertyName(call.callee) ?? '');
    }

    /** getMessageCountByUserId(), checkApiLimit(), hasAvailableCredits(): a per-user usage quota. */
    function isQuotaCall(call: TSESTree.CallExpression): boolean {
      const name = getCalleeName(call) ?? '';
      return /(?:Api|Usage|Message|Request|Generation|Credit)s?(?:Limit|Count|Quota)|Quota|Credits?$|^(?:check|has|use|consume|deduct|decrement|spend)(?:Available)?Credits?|^checkUsage|^checkLimit|^checkSubscription|^increase(?:Api)?Limit|^incrementUsage/.test(name) && !/^(?:set|update|reset)/.test(name);
    }

    /**
     * A string handed to a test of another text (`msg.includes('rate limit')`: the provider's error read to fall back to
     * another model, amazong's assistant chat) or to a log line (`logger.warn('Primary model rate limited')`): it enforces
     * no limit of this route.
     */
    function readsOrLogsText(lit: Node): boolean {
      const call = lit.parent;
      if (call?.type !== 'CallExpression' || call.callee === lit) return false;
      const name = getCalleeName(call) ?? '';
      if (call.callee.type === 'MemberExpression' && /^(?:includes|startsWith|endsWith|indexOf|match|search|test)$/.test(name)) return true;
      const root = getRootIdentifier(call.callee)?.name ?? '';
      return /^(?:console|logger|log|Sentry)$/.test(root) || /^(?:log|warn|info|debug|trace)(?:[A-Z_]|$)/.test(name);
    }

    /** `x.status === 429`, `case 429:`: a status read and compared, not one sent. */
    function readsStatus(lit: Node): boolean {
      const p = lit.parent;
      return (p?.type === 'BinaryExpression' && /^[!=]==?$/.test(p.operator)) || (p?.type === 'SwitchCase' && p.test === lit);
    }

    /** Whether a quota is answered in `body` (only before `before`, when given: a source position). */
    function enforcesQuota(body: Node, before = Infinity): boolean {
      let found = false;
      walk(body, (n) => {
        if (found || n.range[0] >= before) return false;
        // `{ 429: { error: 'Rate limit exceeded' }, 402: ... }`: a table of the upstream's status codes mapped to
        // messages for the user (fireplexity's search route) translates the provider's limit, it enforces none.
        // (Any status key: its `402: { error: 'Insufficient credits' }` is the provider's balance, not the caller's.)
        if (n.type === 'Property' && !n.computed && n.key.type === 'Literal' && /^[45]\d\d$/.test(String(n.key.value))) return false;
        // A status compared with 429 (`if (response.status === 429)` before a retry, `case 429:`) reads the upstream's
        // answer (tinyviewers' Claude call waits and retries on it); only a 429 the handler sends enforces a limit.
        if (n.type === 'Literal' && n.value === 429 && !readsStatus(n)) found = true;
        // Also a template's text (`` `Insufficient credits. This model costs ${cost} credits` ``, a 402 answered when the
        // caller's balance is below the call's cost: ai-sdk-rag's chat route).
        const text = n.type === 'Literal' && typeof n.value === 'string' ? n.value : n.type === 'TemplateLiteral' ? n.quasis.map((q) => q.value.cooked ?? '').join(' ') : undefined;
        if (text !== undefined && /rate.?limit|too many requests|quota|limit (?:exceeded|reached)|out of credits|insufficient (?:credits?|balance)|^(?:max|maximum|too_many)_attempts$|too many (?:\w+ )?attempts/i.test(text) && !readsOrLogsText(n)) found = true;
        return !found;
      });
      return found;
    }

    /**
     * An `if` that turns away whoever is not an admin: `if (!profile?.is_admin) { ...; return 403 }`,
     * `if (user.role !== 'admin') throw ...`, `if (!['admin', 'ops'].includes(role)) return ...`.
     */
    function deniesNonAdmins(body: Node, fn: FunctionNode, before: number): boolean {
      let found = false;
      walk(body, (n) => {
        if (found) return false;
        if (n.type === 'IfStatement' && (!isWithinFn(n, fn) || n.range[0] < before) && NOT_ADMIN_TEST.test(sourceCode.getText(n.test))) {
          const stmts = n.consequent.type === 'BlockStatement' ? n.consequent.body : [n.consequent];
          if (stmts.some((st) => st.type === 'ThrowStatement' || (st.type === 'ReturnStatement' && !!st.argument))) found = true;
        }
        return !found;
      });
      return found;
    }

    /** Where the handler's first expensive call starts (a helper's calls count as the handler's end). */
    function firstExpensive(found: Expensive[], fn: FunctionNode): number {
      const inFn = found.filter((e) => isWithinFn(e.node, fn)).map((e) => e.node.range[0]);
      return inFn.length > 0 ? Math.min(...inFn) : fn.range[1];
    }

    /**
     * A submitted one-time code checked against the stored one: `user.verifyCode === code` (the mystery-message tutorial's
     * verify-code route), `order.deliveryOtp !== otp`, or the code as a lookup filter (`findOne({ username, verifyCode: code })`).
     * The submitted side comes from the request (its body, query, form) or a parameter of the handler or its helper (a
     * server action's arguments); the stored side is a property of a record the request did not send.
     */
    function codeCheck(n: TSESTree.BinaryExpression | TSESTree.Property | TSESTree.CallExpression, fn: FunctionNode, body: FunctionNode): Expensive | undefined {
      // Through validation too (`schema.parse(await req.json()).code`) for the submitted side; the stored record only by its
      // own chain (`await User.findOne({ username })` is looked up by the request, it is not sent by it).
      const submitted = (v: Node, callArguments: boolean): boolean =>
        traceValue(sourceCode, v, (x) => isRequestRead(sourceCode, x) || (x.type === 'Identifier' && isParamOf(x, fn, body)), 5, { callArguments });
      if (n.type === 'Property') {
        if (n.computed || n.kind !== 'init' || n.value.type === 'AssignmentPattern' || n.parent?.type !== 'ObjectExpression') return undefined;
        const key = getPropertyName(n);
        if (!key || !STORED_CODE_PROP.test(key) || !isLookupFilter(n.parent)) return undefined;
        if (!submitted(n.value, true)) return undefined;
        return { node: n, kind: 'auth', label: `a lookup by the submitted code (${key})` };
      }
      let left: Node;
      let right: Node;
      if (n.type === 'CallExpression') {
        const [a, b] = n.arguments;
        if (!a || !b || a.type === 'SpreadElement' || b.type === 'SpreadElement') return undefined;
        left = a;
        right = b;
      } else {
        if (!/^[!=]==?$/.test(n.operator) || n.left.type === 'PrivateIdentifier') return undefined;
        left = n.left;
        right = n.right;
      }
      /** `user.verifyCode`, `order.deliveryOtp`, `emailVerificationCode.code`: a stored one-time code. */
      const storedCode = (m: Node): m is TSESTree.MemberExpression => {
        if (m.type !== 'MemberExpression') return false;
        const prop = getPropertyName(m) ?? '';
        if (STORED_CODE_PROP.test(prop)) return true;
        const holder = unwrap(m.object);
        const holderName = holder.type === 'Identifier' ? holder.name : holder.type === 'MemberExpression' ? getPropertyName(holder) : undefined;
        return prop === 'code' && !!holderName && CODE_HOLDER.test(holderName);
      };
      for (const [stored, other] of [[left, right], [right, left]] as const) {
        const s = unwrapValue(stored);
        if (!storedCode(s)) continue;
        const o = unwrapValue(other);
        if (submitted(s.object, false) || (storedCode(o) && !submitted(o.object, false)) || !submitted(o, true)) continue;
        return { node: n, kind: 'auth', label: `a check of the submitted code against ${shorten(sourceCode.getText(s))}` };
      }
      return undefined;
    }

    /** `String(x)`, `Number(x)`, `x.toString()`, `x.trim()`: the value compared. */
    function unwrapValue(node: Node): Node {
      let n = unwrap(node);
      for (let i = 0; i < 3 && n.type === 'CallExpression'; i++) {
        const callee = unwrap(n.callee);
        if (callee.type === 'Identifier' && /^(?:String|Number|parseInt)$/.test(callee.name) && n.arguments[0] && n.arguments[0].type !== 'SpreadElement') n = unwrap(n.arguments[0]);
        else if (callee.type === 'MemberExpression' && /^(?:toString|trim)$/.test(getPropertyName(callee) ?? '') && n.arguments.length === 0) n = unwrap(callee.object);
        else break;
      }
      return n;
    }

    /** A parameter of the handler (a server action's arguments, the route's context) or of the helper holding the check. */
    function isParamOf(id: TSESTree.Identifier, fn: FunctionNode, body: FunctionNode): boolean {
      const def = findVariable(sourceCode, id)?.defs[0];
      return def?.type === 'Parameter' && (def.node === fn || def.node === body);
    }

    /** An object that filters a lookup: the `where` of a query, or the first argument of `findOne` / `findFirst` / `count`... */
    function isLookupFilter(obj: TSESTree.ObjectExpression): boolean {
      const p = obj.parent;
      if (p?.type === 'Property' && p.value === obj && getPropertyName(p) === 'where') return true;
      return p?.type === 'CallExpression' && p.arguments[0] === obj && /^(?:find\w*|count\w*|exists)$/.test(getCalleeName(p) ?? '');
    }

    /** A request signature checked in the handler or a helper it calls: `timingSafeEqual(...)`, `verifyHmac(...)`, `verifySignature(...)`. */
    function verifiesSignature(body: Node): boolean {
      let found = false;
      walk(body, (n) => {
        if (found) return false;
        if (n.type === 'CallExpression' && /^(?:timingSafeEqual|verify\w*(?:Hmac|HMAC|Signature))$/.test(getCalleeName(n) ?? '')) found = true;
        return !found;
      });
      return found;
    }

    /** Whether `body` reads an existing session ({@link SESSION_READ}, `supabase.auth.getUser()`). */
    function readsSession(body: Node): boolean {
      let found = false;
      walk(body, (n) => {
        if (found) return false;
        if (n.type === 'CallExpression') {
          const name = getCalleeName(n) ?? '';
          if ((SESSION_READ.test(name) && !lookupByArgument(n, name) && !isSavedSession(n)) || /\.auth\.getUser$/.test(getDottedName(n.callee) ?? '') || isCallerGuard(n, name)) found = true;
        }
        return !found;
      });
      return found;
    }

    /**
     * `const session = await getSession(); session.userId = user.id; await session.save()`: an iron-session the handler
     * writes after the password check (khidmat-offline's `login` action), the sign-in making the session, not one it
     * already has. Only a `getSession()`: a `getCurrentUser()` document saved after a password change is the signed-in user's.
     */
    function isSavedSession(call: TSESTree.CallExpression): boolean {
      if (getCalleeName(call) !== 'getSession') return false;
      const decl = call.parent?.type === 'AwaitExpression' ? call.parent.parent : call.parent;
      if (decl?.type !== 'VariableDeclarator' || decl.id.type !== 'Identifier') return false;
      return (findVariable(sourceCode, decl.id)?.references ?? []).some((r) => {
        const member = r.identifier.parent;
        return member?.type === 'MemberExpression' && member.object === r.identifier && getPropertyName(member) === 'save' && member.parent?.type === 'CallExpression' && member.parent.callee === member;
      });
    }

    /**
     * The app's own guard for the signed-in caller, given nothing (`requireAppUserApi()`, `ensureSignedInUser()`): it can
     * only read the caller's session, so the handler serves signed-in users (ai-agent-builder's `api/upload/register`,
     * registering uploaded files, is no sign-up). A check handed credentials (`requireValidUser(email, password)`) is a
     * sign-in itself, and a guard that turns signed-in callers away (`ensureNotLoggedIn()`, `requireGuest()`) guards a sign-in.
     */
    function isCallerGuard(call: TSESTree.CallExpression, name: string): boolean {
      return (
        call.arguments.length === 0 &&
        /^(?:require|ensure|assert)[A-Z]/.test(name) &&
        !/(?:Not|No)(?=[A-Z])|Guest|Anonymous|Unauthenticated|(?:Logged|Signed)Out/.test(name) &&
        isAuthFunctionName(name)
      );
    }

    /**
     * `getUser(email)` from the app's data layer (`@/db/queries`): a record looked up by an argument, not the caller's
     * session (gemini-chatbot's register action checks that the email is free). The session reads of that generic name
     * take no argument, or come from an auth module (`getToken({ req })` from `next-auth/jwt`).
     */
    function lookupByArgument(call: TSESTree.CallExpression, name: string): boolean {
      if (!/^(?:getUser|getSession)$/.test(name) || call.arguments.length === 0) return false;
      const callee = unwrap(call.callee);
      if (callee.type !== 'Identifier') return false;
      const src = getImportSource(sourceCode, callee);
      return src !== undefined && !AUTH_MODULE.test(src) && !LOCAL_AUTH_MODULE.test(src);
    }

    /** The name a same-file helper is called by (`async function ask`, `const ask = ...`, `const getX = unstable_cache(async () => ...)`). */
    function helperName(helper: FunctionNode): string | undefined {
      if (helper.type === 'FunctionDeclaration' && helper.id) return helper.id.name;
      if (helper.parent?.type === 'VariableDeclarator' && helper.parent.id.type === 'Identifier') return helper.parent.id.name;
      if (helper.parent?.type === 'CallExpression' && helper.parent.parent?.type === 'VariableDeclarator' && helper.parent.parent.id.type === 'Identifier') return helper.parent.parent.id.name;
      return undefined;
    }

    /** `fn`'s first call (by position) of a helper named in `names`: `await ask(q)` for `async function ask`. */
    function firstCallOf(fn: FunctionNode, names: ReadonlySet<string>): TSESTree.CallExpression | undefined {
      let first: TSESTree.CallExpression | undefined;
      walk(fn, (n) => {
        if (n.type === 'CallExpression' && n.callee.type === 'Identifier' && names.has(n.callee.name) && (!first || n.range[0] < first.range[0])) first = n;
        return true;
      });
      return first;
    }

    /** Where `fn` first calls one of `helpers` by name (`await ask(q)` for `async function ask`), or -1 when that is not known. */
    function firstHelperCall(fn: FunctionNode, helpers: FunctionNode[]): number {
      const names = new Set<string>();
      for (const helper of helpers) {
        const name = helperName(helper);
        if (!name) return -1;
        names.add(name);
      }
      return firstCallOf(fn, names)?.range[0] ?? -1;
    }

    function isWithinFn(node: Node, fn: FunctionNode): boolean {
      return node.range[0] >= fn.range[0] && node.range[1] <= fn.range[1];
    }

    /**
     * A next-safe-action chain with a limiter as one of its middlewares: `actionClient.use(createRateLimiter({ basedOn:
     * [IP] })).schema(LoginSchema).action(fn)` (apadana's sign-in, sign-up and password-reset actions), `.use(rateLimitMiddleware)`.
     * The middleware runs before the action, and throws or returns early when the caller is over the limit. By the
     * middleware's name only: an inline `.use(async ({ next }) => ...)` is not read.
     */
    function chainUsesLimiter(call: TSESTree.CallExpression): boolean {
      let cur: Node = unwrap(call.callee);
      for (let i = 0; i < 16 && cur.type === 'MemberExpression'; i++) {
        const link = unwrap(cur.object);
        if (link.type !== 'CallExpression') return false;
        const linkCallee = unwrap(link.callee);
        if (linkCallee.type === 'MemberExpression' && getPropertyName(linkCallee) === 'use') {
          const mw = link.arguments[0] ? unwrap(link.arguments[0]) : undefined;
          const name = mw?.type === 'Identifier' ? mw.name : mw?.type === 'CallExpression' ? getCalleeName(mw) : undefined;
          if (name && isLimiterWrapper(name)) return true;
        }
        cur = linkCallee;
      }
      return false;
    }

    function isLimiterWrapper(name: string): boolean {
      const last = name.split('.').pop() ?? name;
      if (wrapperNames.has(name) || wrapperNames.has(last)) return true;
      return /rate.?limit|ratelimit|throttl|limiter|arcjet|withLimit/i.test(last);
    }

    function classify(call: TSESTree.CallExpression): Expensive | undefined {
      const name = getCalleeName(call);
      if (!name) return undefined;
      const callee = unwrap(call.callee);
      const dotted = getDottedName(callee) ?? name;
      const calleeText = shorten(sourceCode.getText(callee));
      if (expensive.has(name) || expensive.has(dotted)) return { node: call, kind: 'paid', label: `${calleeText}()` };
      if (AUTH_ACTION_CALL.test(name) && (callee.type === 'MemberExpression' || getImportSource(sourceCode, callee as TSESTree.Identifier) !== undefined)) {
        // Supabase's email-link confirmation (`verifyOtp({ type, token_hash })`): the hash in the link
        // cannot be guessed, unlike a six-digit `token`, and no email is sent.
        const arg = call.arguments[0] ? unwrap(call.arguments[0]) : undefined;
        if (name === 'verifyOtp' && arg?.type === 'ObjectExpression' && findProperty(arg, 'token_hash')) return undefined;
        return { node: call, kind: 'auth', label: `${calleeText}()` };
      }
      if (callee.type === 'MemberExpression' && PASSWORD_CHECK.test(name)) {
        const root = getRootIdentifier(callee.object);
        const src = root ? getImportSource(sourceCode, root) : undefined;
        if ((src && PASSWORD_LIB.test(src)) || (root && /^(?:bcrypt|bcryptjs|argon2)$/i.test(root.name))) {
          return { node: call, kind: 'auth', label: `a password check (${calleeText})` };
        }
      }
      if (/^(?:verifyPassword|comparePassword|checkPassword|validatePassword|isValidPassword|verifyCredentials|validateCredentials)$/.test(name) && callee.type === 'Identifier') {
        return { node: call, kind: 'auth', label: `a password check (${calleeText})` };
      }
      // `verifyByCredentials({ username, password })`, `checkUserCredentials(email, password)`: the app's own
      // credential check, given the password (linkwarden's token-issuing /api/v1/session).
      if (
        callee.type === 'Identifier' &&
        /^(?:verify|validate|check|compare|authenticate)\w*(?:Password|Credentials|Login)$/.test(name) &&
        call.arguments.some((a) => /\bpass(?:word|wd)\b/i.test(sourceCode.getText(a)))
      ) {
        return { node: call, kind: 'auth', label: `a password check (${calleeText})` };
      }
      if (AI_SDK_CALLS.has(name) && callee.type === 'Identifier') {
        const src = getImportSource(sourceCode, callee);
        if (src === undefined || src === 'ai' || src.startsWith('@ai-sdk/') || src.startsWith('ai/')) {
          if (src === undefined && !isGlobalOrUnknown(callee)) return undefined;
          if (modelBilledToCaller(call)) return undefined;
          return { node: call, kind: 'paid', label: `the AI SDK's ${name}()` };
        }
      }
      if (name === 'fetch' && callee.type === 'Identifier') {
        const text = call.arguments.map((a) => sourceCode.getText(a)).join(' ');
        const first = call.arguments[0];
        const urlText = first ? sourceCode.getText(first) : '';
        if (PAID_API_HOST.test(urlText) || PAID_API_HOST.test(text.slice(0, 400)) || urlIsPaidConst(first)) {
          // `fetch('https://api.openai.com/v1/models')`: the model list (a key check, a model picker) bills
          // nothing, like `openai.models.list()`; a model's own path (`/models/gemini-pro:generateContent`) does.
          if (isModelListUrl(first) && !sendsBody(call.arguments[1])) return undefined;
          // The caller's own key in the auth header (paul-graham-gpt's search route): the provider bills the caller.
          if (fetchBillsCaller(sourceCode, call)) return undefined;
          // The host names the kind, also through a const (`const url = 'https://google.serper.dev/images'`: llm-answer-engine).
          const search = PAID_SEARCH_HOST.test(urlText) || PAID_SEARCH_HOST.test(constUrlText(first));
          return { node: call, kind: 'paid', label: search ? 'a paid search API through fetch' : 'a paid AI API through fetch' };
        }
        return undefined;
      }
      if (callee.type !== 'MemberExpression') return undefined;
      const root = getRootIdentifier(callee);
      if (!root) return undefined;
      if (startsBrowserbaseSession(call, callee, root, name)) return { node: call, kind: 'paid', label: `Browserbase's ${calleeText}() (a cloud browser billed by the minute)` };
      const src = getImportSource(sourceCode, root);
      const chain = memberChain(callee);
      const paidChain = chain.some((c) => PAID_METHOD.test(c)) && !/^(?:list|retrieve|get|del|delete|cancel)$/.test(name);
      // `togetherClient.chat.completions.create(...)` on a client from the app's own module (`@/utils/clients`,
      // `@/lib/openai`): the OpenAI-compatible SDK's chat call, whichever provider it points at (turboseek). Also the
      // Responses API, `client.responses.create(...)` on `getOpenAIClient()` (interview-ai's analysis routes).
      if (chain.length >= 2 && /^(?:create|stream|parse)$/.test(chain[0]!) && ((chain.length >= 3 && chain[1] === 'completions' && chain[2] === 'chat') || (chain.length === 2 && chain[1] === 'responses' && namesOpenAiClient(root)))) {
        return { node: call, kind: 'paid', label: `${calleeText}()` };
      }
      // The images API of such a client (`togetheraiBaseClient.images.create(...)` from `@/lib/ai`, smartpdfs' cover image;
      // OpenAI's `images.generate` / `images.edit`): one billed generation per call. Not `db.images.create()`: the client
      // must be named for the provider.
      if (chain.length === 2 && chain[1] === 'images' && /^(?:create|generate|edit|createVariation)$/.test(chain[0]!) && namesOpenAiClient(root, /together/i)) {
        return { node: call, kind: 'paid', label: `${calleeText}()` };
      }
      if (src !== undefined) {
        // E2B: only `Sandbox.create()` starts a billed VM (fragments' sandbox route); `Sandbox.connect(id)` reattaches.
        if (PAID_API_MODULE.test(src) && paidChain && (!SANDBOX_API_MODULE.test(src) || name === 'create')) return { node: call, kind: 'paid', label: `${calleeText}()` };
        return undefined;
      }
      const origin = clientOrigin(root);
      if (origin === 'paid' && paidChain) return { node: call, kind: 'paid', label: `${calleeText}()` };
      return undefined;
    }

    /**
     * Whether an AI SDK call's `model` is built only by providers given the key the caller sent, checked present before
     * the call: `const { apiKey } = await req.json(); if (!apiKey) return 400; const openai = createOpenAI({ apiKey });
     * streamText({ model: openai('gpt-4o') })` (shronk's bring-your-own-key chat): the provider bills the caller, like a
     * `fetch` that carries only the caller's key. Without the check the provider falls back to the app's env key.
     */
    function modelBilledToCaller(call: TSESTree.CallExpression): boolean {
      const opts = call.arguments[0] ? unwrap(call.arguments[0]) : undefined;
      const modelProp = opts?.type === 'ObjectExpression' ? findProperty(opts, 'model') : undefined;
      if (!modelProp) return false;
      const models = getValueSources(sourceCode, modelProp.value);
      return (
        models.length > 0 &&
        models.every((m) => {
          if (m.type !== 'CallExpression') return false;
          // `openai('gpt-4o')`, `openai.chat('gpt-4o')`
          const fnNode = unwrap(m.callee);
          const provider = fnNode.type === 'Identifier' ? fnNode : fnNode.type === 'MemberExpression' && fnNode.object.type === 'Identifier' ? fnNode.object : undefined;
          const made = provider ? getConstInit(sourceCode, provider) : undefined;
          const factory = made ? unwrap(made) : undefined;
          if (factory?.type !== 'CallExpression' || factory.callee.type !== 'Identifier') return false;
          if (!(getImportSource(sourceCode, factory.callee) ?? '').startsWith('@ai-sdk/')) return false;
          const cfg = factory.arguments[0] ? unwrap(factory.arguments[0]) : undefined;
          const keyProp = cfg?.type === 'ObjectExpression' ? findProperty(cfg, 'apiKey') : undefined;
          const key = keyProp ? unwrap(keyProp.value) : undefined;
          if (key?.type !== 'Identifier') return false;
          const sources = getValueSources(sourceCode, key);
          return sources.length > 0 && sources.every((src) => readsCallerRequest(sourceCode, src)) && checkedPresentBefore(key, call);
        })
      );
    }

    /** Whether a block around `at` (in its function) first exits when `key` is missing: `if (!apiKey) return ...` / `if (!apiKey || ...) throw ...`. */
    function checkedPresentBefore(key: TSESTree.Identifier, at: Node): boolean {
      const variable = findVariable(sourceCode, key);
      if (!variable) return false;
      const missing = (test: Node): boolean => {
        const u = unwrap(test);
        if (u.type === 'LogicalExpression' && u.operator === '||') return missing(u.left) || missing(u.right);
        if (u.type !== 'UnaryExpression' || u.operator !== '!') return false;
        const arg = unwrap(u.argument);
        return arg.type === 'Identifier' && findVariable(sourceCode, arg) === variable;
      };
      let child: Node = at;
      let cur = at.parent;
      while (cur && !isFunction(cur)) {
        if (cur.type === 'BlockStatement' && exitsBefore(cur, child, (stmt) => missing(stmt.test))) return true;
        child = cur;
        cur = cur.parent;
      }
      return false;
    }

    /**
     * A call that starts a Browserbase cloud browser: `bb.sessions.create()` on a client of `@browserbasehq/sdk`, or
     * `stagehand.init()` on a `new Stagehand({ env: 'BROWSERBASE', ... })` of `@browserbasehq/stagehand` (also imported
     * with `await import(...)`, also a `let` assigned once). Not `sessions.debug/update/retrieve`, not a Stagehand given
     * `browserbaseSessionID` (it reattaches to a session started elsewhere, open-operator's agent route), nor one with
     * `env: 'LOCAL'` or an `env` the rule cannot read (a local Chromium).
     */
    function startsBrowserbaseSession(call: TSESTree.CallExpression, callee: TSESTree.MemberExpression, root: TSESTree.Identifier, name: string): boolean {
      if (name === 'create') {
        const obj = unwrap(callee.object);
        if (obj.type !== 'MemberExpression' || getPropertyName(obj) !== 'sessions' || unwrap(obj.object) !== root) return false;
        if (getImportSource(sourceCode, root) === '@browserbasehq/sdk') return true;
        const made = madeBy(root);
        return made?.type === 'NewExpression' && made.callee.type === 'Identifier' && getImportSource(sourceCode, made.callee) === '@browserbasehq/sdk';
      }
      if (name !== 'init' || call.arguments.length > 0 || unwrap(callee.object) !== root) return false;
      const made = madeBy(root);
      if (made?.type !== 'NewExpression' || made.callee.type !== 'Identifier' || !fromStagehand(made.callee)) return false;
      const opts = made.arguments[0] ? unwrap(made.arguments[0]) : undefined;
      if (opts?.type !== 'ObjectExpression' || findProperty(opts, 'browserbaseSessionID')) return false;
      const env = findProperty(opts, 'env');
      return env?.type === 'Property' && getStaticString(env.value) === 'BROWSERBASE';
    }

    /** The one value a `const` (or a `let` assigned once) holds: its initializer or its single assignment. */
    function madeBy(id: TSESTree.Identifier): Node | undefined {
      const v = findVariable(sourceCode, id);
      const def = v?.defs[0];
      if (!v || def?.type !== 'Variable') return undefined;
      const init = (def.node as TSESTree.VariableDeclarator).init;
      const writes = v.references.filter((r) => r.isWrite() && r.writeExpr && r.writeExpr !== init);
      if (init && unwrap(init).type !== 'Literal' && writes.length === 0) return unwrap(init, { await: true });
      if ((!init || (unwrap(init).type === 'Literal' && (unwrap(init) as TSESTree.Literal).value === null)) && writes.length === 1) return unwrap(writes[0]!.writeExpr!, { await: true });
      return undefined;
    }

    /** `Stagehand` imported from `@browserbasehq/stagehand`, statically or with `const { Stagehand } = await import(...)`. */
    function fromStagehand(id: TSESTree.Identifier): boolean {
      if (getImportSource(sourceCode, id) === '@browserbasehq/stagehand') return true;
      const def = findVariable(sourceCode, id)?.defs[0];
      const init = def?.type === 'Variable' ? (def.node as TSESTree.VariableDeclarator).init : undefined;
      const u = init ? unwrap(init, { await: true }) : undefined;
      return u?.type === 'ImportExpression' && getStaticString(u.source) === '@browserbasehq/stagehand';
    }

    /**
     * Whether a client is named for OpenAI: `openai`, or a const from `getOpenAIClient()` / `new OpenAI()`, or imported
     * from a module whose path says so (`@/lib/openai`). A `responses` collection elsewhere (`prisma.responses.create`,
     * a survey's answers) is no model call. `also`: more provider names (`/together/i` for the images API).
     */
    function namesOpenAiClient(root: TSESTree.Identifier, also?: RegExp): boolean {
      const names = (text: string): boolean => OPENAI_CLIENT_NAME.test(text) || !!also?.test(text);
      // A parameter (`textResponse(openai: OpenAI)`) is judged by where its value comes from, which is another rule's work.
      const def = findVariable(sourceCode, root)?.defs[0];
      if (!def || def.type === 'Parameter') return false;
      const src = getImportSource(sourceCode, root);
      const made = getFactoryCall(sourceCode, root);
      const madeSrc = made ? getImportSource(sourceCode, getRootIdentifier(made.callee) ?? root) : undefined;
      const where = `${src ?? ''} ${made ? sourceCode.getText(made.callee) : ''} ${madeSrc ?? ''}`;
      // `createFakeLlm()` from `@/lib/fake-llm`: a test double.
      if (/fake|mock|stub|dummy/i.test(where)) return false;
      return names(where) || (names(root.name) && (src !== undefined || made !== undefined));
    }

    function isGlobalOrUnknown(id: TSESTree.Identifier): boolean {
      const v = findVariable(sourceCode, id);
      return !v || v.defs.length === 0;
    }

    /**
     * A URL literal (or a template whose text after its last placeholder is literal) that ends at a
     * provider's model list: `.../v1/models`, `.../v1beta/models?key=${key}`. Not `/models/<id>:generateContent`.
     * Or at a stored file's bytes, `.../files/${fileId}/content` (openai-responses-starter-app's container file download):
     * a download bills nothing either. Through a `const` of the handler, also one that picks between two such URLs.
     */
    function isModelListUrl(node: Node | undefined, depth = 0): boolean {
      if (!node) return false;
      const u = unwrap(node);
      if (u.type === 'Identifier' && depth < 2) {
        const def = findVariable(sourceCode, u)?.defs[0];
        const decl = def?.type === 'Variable' ? (def.node as TSESTree.VariableDeclarator) : undefined;
        return !!decl?.init && (decl.parent as TSESTree.VariableDeclaration).kind === 'const' && isModelListUrl(decl.init, depth + 1);
      }
      if (u.type === 'ConditionalExpression') return isModelListUrl(u.consequent, depth) && isModelListUrl(u.alternate, depth);
      let tail: string | undefined;
      if (u.type === 'Literal' && typeof u.value === 'string') tail = u.value;
      else if (u.type === 'TemplateLiteral') tail = u.quasis[u.quasis.length - 1]?.value.cooked ?? undefined;
      if (tail === undefined) return false;
      // `?key=${key}`: a query string after the path says nothing of the path.
      if (u.type === 'TemplateLiteral' && u.quasis.length > 1 && /^[^/]*$/.test(tail)) {
        const before = u.quasis[u.quasis.length - 2]?.value.cooked ?? '';
        if (/\?[^/]*$/.test(before)) tail = before;
      }
      // `.../files/${fileId}/content`, `.../container-files/${fileId}/content`: the whole URL, each placeholder as `*`.
      const whole = u.type === 'TemplateLiteral' ? u.quasis.map((q) => q.value.cooked ?? '').join('*') : tail;
      return /\/models\/?(?:\?[^/]*)?$/.test(tail) || /\/(?:files|container-files)\/(?:\*|[\w-]+)\/content$/.test(whole);
    }

    /** fetch options that send a body or use a method other than GET: not a plain list read. */
    function sendsBody(node: Node | undefined): boolean {
      if (!node) return false;
      const u = unwrap(node);
      if (u.type !== 'ObjectExpression') return true;
      return u.properties.some((p) => {
        if (p.type !== 'Property') return true;
        const key = getPropertyName(p);
        if (key === 'body') return true;
        if (key === 'method') return !(p.value.type === 'Literal' && typeof p.value.value === 'string' && /^(?:GET|HEAD)$/i.test(p.value.value));
        return false;
      });
    }

    /** The text of the initializer of the variable a URL argument names (`const url = '...'`), or ''. */
    function constUrlText(node: Node | undefined): string {
      const u = node ? unwrap(node) : undefined;
      if (u?.type !== 'Identifier') return '';
      const def = findVariable(sourceCode, u)?.defs[0];
      if (def?.type !== 'Variable') return '';
      const init = (def.node as TSESTree.VariableDeclarator).init;
      return init ? sourceCode.getText(init) : '';
    }

    function urlIsPaidConst(node: Node | undefined): boolean {
      return PAID_API_HOST.test(constUrlText(node));
    }

    function clientOrigin(id: TSESTree.Identifier, depth = 0): 'paid' | undefined {
      const v = findVariable(sourceCode, id);
      const def = v?.defs[0];
      if (def && isPaidClientParam(sourceCode, def)) return 'paid';
      if (def?.type !== 'Variable') return undefined;
      const init = (def.node as TSESTree.VariableDeclarator).init;
      if (!init) return undefined;
      const u = unwrap(init, { await: true });
      if (u.type === 'NewExpression' || u.type === 'CallExpression') {
        const n = getCalleeName(u) ?? '';
        if (PAID_CLIENT_CTOR.test(n)) return 'paid';
        const r = getRootIdentifier(u.callee);
        const s = r ? getImportSource(sourceCode, r) : undefined;
        if (s && isPaidClientModule(s)) return 'paid';
        // genAI.getGenerativeModel({ model }) → a model of a paid client.
        if (r && r !== id && clientOrigin(r) === 'paid') return 'paid';
        // `const chain = await createRAGChain(model, retriever)`: a chain built around a paid model (pdftochat), also in
        // any link of a method chain (`prompt.pipe(model).pipe(parser)`, LangChain's runnable sequence).
        if (depth < 2) {
          for (let link: Node = u; link.type === 'CallExpression' || link.type === 'NewExpression'; ) {
            if (link.arguments.some((a) => a.type === 'Identifier' && a.name !== id.name && clientOrigin(a, depth + 1) === 'paid')) return 'paid';
            const callee: Node = unwrap(link.callee);
            if (callee.type !== 'MemberExpression') break;
            link = unwrap(callee.object);
          }
        }
      }
      return undefined;
    }

    function memberChain(node: Node): string[] {
      const out: string[] = [];
      let cur: Node = unwrap(node);
      for (let i = 0; i < 20; i++) {
        if (cur.type === 'MemberExpression') {
          const p = getPropertyName(cur);
          if (p) out.push(p);
          cur = unwrap(cur.object);
        } else if (cur.type === 'CallExpression') cur = unwrap(cur.callee);
        else break;
      }
      return out;
    }

    /**
     * The first (in source order, the handler's own before its helpers') call that checks a one-time code: `verify_totp_code(secret,
     * code)`, `verifyTotp(...)`, otplib's `authenticator.verify({ token, secret })`, speakeasy's `speakeasy.totp.verify(...)`.
     */
    function firstCodeCheck(bodies: FunctionNode[]): TSESTree.CallExpression | undefined {
      for (const b of bodies) {
        let hit: TSESTree.CallExpression | undefined;
        walk(b, (n) => {
          if (n.type !== 'CallExpression' || (hit && hit.range[0] <= n.range[0])) return true;
          const name = getCalleeName(n) ?? '';
          const callee = unwrap(n.callee);
          const obj = callee.type === 'MemberExpression' ? unwrap(callee.object) : undefined;
          const owner = obj?.type === 'MemberExpression' ? getPropertyName(obj) ?? '' : obj?.type === 'Identifier' ? obj.name : '';
          if (OTP_CHECK_CALL.test(name) || (/^(?:verify|check|verifyDelta)$/.test(name) && /^(?:totp|hotp|authenticator)$/i.test(owner))) hit = n;
          return true;
        });
        if (hit) return hit;
      }
      return undefined;
    }

    function firstDataCall(bodies: FunctionNode[], skip: readonly Node[] = []): Node | undefined {
      let hit: Node | undefined;
      for (const b of bodies) {
        walk(b, (n) => {
          // In source order: the walk visits an `else` or a `catch` before the block above it (zipline's `user/mfa/totp`
          // named the QR code of its GET branch for the code check of the POST above it).
          if (hit && hit.range[0] <= n.range[0]) return false;
          if (n.type === 'CallExpression') {
            // A limiter whose answer is dropped is reported as such, not as what the endpoint reaches.
            if (skip.includes(n)) return true;
            const name = getCalleeName(n) ?? '';
            if (/^(?:json|text|formData|get|headers|cookies|parse|safeParse|log|error|warn|info|redirect|next|NextResponse|Response|set|status|send|end|updateUser|getClient|createClient|signOut)$|^create\w*Client$/.test(name)) return true;
            // The bot check itself (`await recaptchaVerification({ secret, response })`, ever-teams' register route): the
            // report points at what the endpoint does after it, not at the defence.
            if (/captcha|turnstile/i.test(name)) return true;
            const root = getRootIdentifier(n.callee);
            if (!root) return true;
            const src = getImportSource(sourceCode, root);
            const awaited = n.parent?.type === 'AwaitExpression';
            if (awaited && !(src !== undefined && /^(?:next|zod|react)/.test(src))) {
              if (src !== undefined && RATE_LIMIT_MODULE.test(src)) return true;
              hit = n;
            }
          }
          return true;
        });
        if (hit) break;
      }
      return hit;
    }

    function shorten(text: string): string {
      const t = text.replace(/\s+/g, ' ');
      return t.length > 48 ? `${t.slice(0, 45)}...` : t;
    }

    function report(h: Handler, e: Expensive, bodies: FunctionNode[], ignored: readonly TSESTree.CallExpression[] = []): void {
      const handler = handlerLabel(h);
      // A call in a same-file helper is reported where the handler calls that helper (`await summarize(text)`), so
      // several actions sharing one helper each get their own report, in their own body, with their own suggestion.
      const via = h.fn && !isWithinFn(e.node, h.fn) ? helperCallTo(h.fn, e.node, bodies.slice(1)) : undefined;
      const at = via ?? e.node;
      // `a paid AI API through fetch` reached in a helper reads `... through fetch in handleMessage()`, not `through ... through`.
      const what = via ? `${e.label} ${/ through /.test(e.label) ? 'in' : 'through'} ${sourceCode.getText(via.callee)}()` : e.label;
      // A limiter called before the call whose answer is dropped: the report names it, on it.
      const dropped = h.fn ? ignored.find((l) => isWithinFn(l, h.fn!) && l.range[0] < at.range[0]) : undefined;
      if (dropped) {
        const limiter = shorten(sourceCode.getText(dropped.callee));
        context.report({
          node: dropped.callee,
          messageId: 'ignoredLimit',
          // An auth endpoint by its path or name names what it reaches (`prisma.user.create()`), not `by its path`.
          data: { handler, limiter, what: e.kind === 'auth' && !/\)$/.test(e.label) && at.type === 'CallExpression' ? `${shorten(sourceCode.getText(at.callee))}()` : what },
          suggest: checkSuggestion(h, dropped, limiter),
        });
        return;
      }
      context.report({
        node: at.type === 'CallExpression' ? at.callee : at,
        messageId: e.kind === 'paid' ? 'paidCall' : 'authEndpoint',
        data: { handler, what },
        suggest: suggestion(h),
      });
    }

    /**
     * The limiter calls of `limits` whose answer is visibly dropped: a statement (`await ratelimit.limit(ip);`) of a
     * method that answers instead of throwing (`@upstash/ratelimit` / `@unkey/ratelimit` `.limit()`, Arcjet's
     * `.protect()`) on a limiter this file builds or imports from the library, or of a same-file helper that only
     * answers (no throw, no 429, no response of its own); or a `const` of such a call, or of any `.limit()` /
     * `.protect()` / `.getRemaining()`, never read (`const { success } = await ratelimit.limit(ip)`, no `if (!success)`).
     * Not a helper the rule cannot see (`await rateLimit(req)` from `@/lib/rate-limit` often throws), nor
     * `rate-limiter-flexible`'s `.consume()` (it rejects when over the limit). The limits inside a same-file helper
     * whose every call here is dropped go with it.
     */
    function droppedLimits(limits: TSESTree.CallExpression[], fn: FunctionNode): TSESTree.CallExpression[] {
      const out: TSESTree.CallExpression[] = [];
      const droppedHelpers = new Set<FunctionNode>();
      const keptHelpers = new Set<FunctionNode>();
      for (const l of limits) {
        const helper = l.callee.type === 'Identifier' ? resolveLocalFunction(sourceCode, l.callee) : undefined;
        if (answerDropped(l, helper)) {
          out.push(l);
          if (helper) droppedHelpers.add(helper);
        } else if (helper) keptHelpers.add(helper);
      }
      if (out.length === 0) return out;
      for (const l of limits) {
        if (out.includes(l) || isWithinFn(l, fn)) continue;
        if ([...droppedHelpers].some((hf) => !keptHelpers.has(hf) && isWithinFn(l, hf))) out.push(l);
      }
      return out;
    }

    function answerDropped(call: TSESTree.CallExpression, helper: FunctionNode | undefined): boolean {
      let e: Node = call;
      while (
        e.parent &&
        (e.parent.type === 'AwaitExpression' ||
          e.parent.type === 'TSAsExpression' ||
          e.parent.type === 'TSNonNullExpression' ||
          e.parent.type === 'ChainExpression' ||
          (e.parent.type === 'UnaryExpression' && e.parent.operator === 'void'))
      ) {
        e = e.parent;
      }
      const p = e.parent;
      const callee = unwrap(call.callee);
      const method = callee.type === 'MemberExpression' ? getPropertyName(callee) : undefined;
      const answers = helper ? !helperEnforces(helper) : false;
      if (p?.type === 'ExpressionStatement') {
        if (helper) return answers;
        return (method === 'limit' || method === 'protect') && callee.type === 'MemberExpression' && isLibraryLimiter(callee.object);
      }
      if (p?.type === 'VariableDeclarator' && p.init === e && p.parent.kind === 'const') {
        const ids: TSESTree.Identifier[] = [];
        if (!collectBindings(p.id, ids) || ids.length === 0) return false;
        const unread = ids.every((id) => {
          const v = findVariable(sourceCode, id);
          return !!v && v.references.every((r) => r.identifier === id);
        });
        if (!unread) return false;
        if (helper) return answers;
        return method === 'limit' || method === 'protect' || method === 'getRemaining';
      }
      return false;
    }

    /** The identifiers a binding pattern declares; false when it has a default or a computed key (whose evaluation may read something). */
    function collectBindings(pat: Node, out: TSESTree.Identifier[]): boolean {
      if (pat.type === 'Identifier') {
        out.push(pat);
        return true;
      }
      if (pat.type === 'ObjectPattern') return pat.properties.every((q) => (q.type === 'Property' ? !q.computed && collectBindings(q.value, out) : collectBindings(q.argument, out)));
      if (pat.type === 'ArrayPattern') return pat.elements.every((q) => !q || collectBindings(q, out));
      if (pat.type === 'RestElement') return collectBindings(pat.argument, out);
      return false;
    }

    /**
     * A limiter object from the library itself: imported from `@upstash/ratelimit` / `@unkey/ratelimit` / `@arcjet/*`, or
     * a binding of this file built by one of their exports (`new Ratelimit({...})`, `arcjet({...})`, `aj.withRule(...)`).
     */
    function isLibraryLimiter(obj: Node, depth = 0): boolean {
      const LIB = /^(?:@upstash\/ratelimit|@unkey\/ratelimit|@arcjet\/.+)$/;
      const u = unwrap(obj);
      if (u.type === 'MemberExpression') return depth < 2 && isLibraryLimiter(u.object, depth + 1);
      if (u.type !== 'Identifier') return false;
      const src = getImportSource(sourceCode, u);
      if (src !== undefined) return LIB.test(src);
      const made = getFactoryCall(sourceCode, u);
      if (!made) return false;
      const root = getRootIdentifier(made.callee);
      if (!root || root === u || depth >= 2) return false;
      const madeSrc = getImportSource(sourceCode, root);
      return madeSrc !== undefined ? LIB.test(madeSrc) : isLibraryLimiter(root, depth + 1);
    }

    /**
     * Whether a same-file limiter helper turns the caller away itself: a `throw`, a 429, a response or a redirect of
     * its own, or a limiter it calls that may throw (any but a `.limit()` / `.protect()` / `.getRemaining()` answer).
     */
    function helperEnforces(fn: FunctionNode): boolean {
      let found = false;
      walk(fn, (n) => {
        if (found) return false;
        if (n.type === 'ThrowStatement' || (n.type === 'Literal' && n.value === 429)) found = true;
        else if (n.type === 'NewExpression' && /^(?:Response|NextResponse|\w*Error)$/.test(getCalleeName(n) ?? '')) found = true;
        else if (n.type === 'CallExpression') {
          const name = getCalleeName(n) ?? '';
          const dotted = getDottedName(unwrap(n.callee)) ?? '';
          const callee = unwrap(n.callee);
          const method = callee.type === 'MemberExpression' ? getPropertyName(callee) : undefined;
          if (/^(?:NextResponse|Response)\./.test(dotted) || /^(?:redirect|permanentRedirect|notFound|forbidden|unauthorized|status|send|end|reject)$/.test(name)) found = true;
          else if (isRateLimitCall(sourceCode, n, limiterNames, limiterPatterns) && !(method === 'limit' || method === 'protect' || method === 'getRemaining')) found = true;
        }
        return !found;
      });
      return found;
    }

    /**
     * For a dropped `await limiter.limit(id);` statement or an unread `const { success } = await limiter.limit(id);` at
     * the top level of the handler: test the answer and turn the caller away (429, or a throw in a server action).
     * Only `.limit()` (Upstash / Unkey answer `{ success }`), and only where no `success` is in the handler already.
     */
    function checkSuggestion(h: Handler, call: TSESTree.CallExpression, limiter: string): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      const fn = h.fn;
      if (!fn || fn.body.type !== 'BlockStatement') return [];
      const callee = unwrap(call.callee);
      if (callee.type !== 'MemberExpression' || getPropertyName(callee) !== 'limit') return [];
      const awaited = call.parent?.type === 'AwaitExpression' ? call.parent : undefined;
      if (!awaited) return [];
      const stmt = awaited.parent?.type === 'ExpressionStatement' ? awaited.parent : awaited.parent?.type === 'VariableDeclarator' ? awaited.parent.parent : undefined;
      if (!stmt || stmt.parent !== fn.body) return [];
      let decl = false;
      if (stmt.type === 'VariableDeclaration') {
        const id = stmt.declarations.length === 1 ? stmt.declarations[0]!.id : undefined;
        // `const { success } = ...` / `const { success, reset } = ...`: the answer is bound as `success` already.
        decl = id?.type === 'ObjectPattern' && id.properties.some((q) => q.type === 'Property' && !q.computed && getPropertyName(q) === 'success' && q.value.type === 'Identifier' && q.value.name === 'success');
        if (!decl) return [];
      } else if (!isLibraryLimiter(callee.object) || /\bsuccess\b/.test(sourceCode.getText(fn))) return [];
      const ind = ' '.repeat(stmt.loc.start.column);
      let deny: string;
      if (h.kind === 'pages-api') {
        const res = fn.params[1]?.type === 'Identifier' ? fn.params[1].name : undefined;
        if (!res) return [];
        deny = `return ${res}.status(429).json({ error: 'Too many requests' });`;
      } else if (h.kind === 'server-action') deny = "throw new Error('Too many requests');";
      else deny = "return new Response('Too many requests', { status: 429 });";
      const check = `${ind}if (!success) {\n${ind}  ${deny}\n${ind}}`;
      return [
        {
          messageId: 'checkLimit',
          data: { limiter },
          fix: (fixer) =>
            decl ? fixer.insertTextAfter(stmt, `\n${check}`) : fixer.replaceText(stmt, `const { success } = ${sourceCode.getText(awaited)};\n${check}`),
        },
      ];
    }

    /**
     * The handler's call that leads to `target` in a same-file helper: its call of the helper that contains it, or,
     * when that helper is reached through another one, its first call of any helper it calls.
     */
    function helperCallTo(fn: FunctionNode, target: Node, helpers: FunctionNode[]): TSESTree.CallExpression | undefined {
      const names = new Set(helpers.map(helperName).filter((n): n is string => !!n));
      const owner = helpers.find((b) => isWithinFn(target, b));
      const ownerName = owner ? helperName(owner) : undefined;
      return (ownerName ? firstCallOf(fn, new Set([ownerName])) : undefined) ?? firstCallOf(fn, names);
    }

    function suggestion(h: Handler): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      const fn = h.fn;
      if (!fn || fn.body.type !== 'BlockStatement') return [];
      const body = fn.body;
      const stmts = body.body.filter((st) => !(st.type === 'ExpressionStatement' && st.directive !== undefined));
      const directives = body.body.filter((st) => st.type === 'ExpressionStatement' && st.directive !== undefined);
      const first = stmts[0];
      const lastDirective = directives[directives.length - 1];
      const ind = first ? ' '.repeat(first.loc.start.column) : `${' '.repeat(fn.loc.start.column)}  `;
      const fnText = sourceCode.getText(fn);
      const v = /\blimit\b/.test(fnText) ? 'rateLimitResult' : 'limit';
      const reqParam = fn.params[0]?.type === 'Identifier' ? fn.params[0].name : undefined;
      const resParam = fn.params[1]?.type === 'Identifier' ? fn.params[1].name : undefined;
      if (h.kind === 'pages-api' && (!reqParam || !resParam)) return [];
      const imports: string[] = [];
      let source = reqParam;
      if (!source || h.kind === 'server-action') {
        if (!declared('headers')) imports.push("import { headers } from 'next/headers';");
        source = 'await headers()';
      }
      const prefix = h.kind === 'server-action' && !h.anonymous ? h.name : sanitizeKey(kind.filename);
      const lines = [`const ${v} = await rateLimit(\`${prefix}:\${clientIp(${source})}\`);`];
      if (h.kind === 'pages-api') {
        lines.push(`if (!${v}.success) {`, `  ${resParam}.setHeader('Retry-After', String(${v}.retryAfterSeconds));`, `  return ${resParam}.status(429).json({ error: 'Too many requests' });`, '}');
      } else if (h.kind === 'server-action') {
        lines.push(`if (!${v}.success) {`, `  throw new Error(\`Too many requests: retry in \${${v}.retryAfterSeconds}s\`);`, '}');
      } else {
        lines.push(`if (!${v}.success) {`, `  return tooManyRequests(${v});`, '}');
      }
      const guard = lines.map((l) => `${ind}${l}`).join('\n');
      const names = h.kind === 'route' ? ['rateLimit', 'clientIp', 'tooManyRequests'] : ['rateLimit', 'clientIp'];
      // A name the file declares itself (`const rateLimit = { windowMs, max }`) is not the helper: the guard would call it.
      if (!names.every((n) => canCallHelper(sourceCode, fn, n))) return [];
      return [
        {
          messageId: 'addLimit',
          data: { handler: h.name === 'default' || h.anonymous ? 'the handler' : h.name },
          fix: (fixer) => {
            const fixes: TSESLint.RuleFix[] = [];
            if (first) fixes.push(fixer.insertTextBefore(first, `${guard.trimStart()}\n${ind}`));
            else if (lastDirective) fixes.push(fixer.insertTextAfter(lastDirective, `\n${guard}`));
            else fixes.push(fixer.insertTextAfterRange([body.range[0], body.range[0] + 1], `\n${guard}\n`));
            if (imports.length > 0) {
              const at = lastImportOrDirective();
              fixes.push(at ? fixer.insertTextAfter(at, `\n${imports.join('\n')}`) : fixer.insertTextBeforeRange([0, 0], `${imports.join('\n')}\n`));
            }
            fixes.push(...helperFixes(context, fixer, 'require-rate-limit', names));
            return fixes;
          },
        },
      ];
    }

    function sanitizeKey(file: string): string {
      const m = /(?:^|\/)(?:app|pages)\/(.*?)(?:\/route)?\.[cm]?[jt]sx?$/.exec(file);
      const route = (m?.[1] ?? 'api').replace(/^(?:src\/)?/, '').replace(/\([^)]*\)\//g, '');
      return route.replace(/[^\w/-]|\$|`/g, '').replace(/\//g, ':') || 'api';
    }

    function lastImportOrDirective(): Node | undefined {
      let after: Node | undefined;
      let directive: Node | undefined;
      for (const stmt of sourceCode.ast.body) {
        if (stmt.type === 'ImportDeclaration') after = stmt;
        else if (!after && stmt.type === 'ExpressionStatement' && stmt.directive !== undefined) directive = stmt;
      }
      return after ?? directive;
    }

    function declared(name: string): boolean {
      const scope = sourceCode.scopeManager?.globalScope;
      if (!scope) return false;
      if (scope.set.has(name)) return true;
      return scope.childScopes.some((s) => s.type === 'module' && s.set.has(name));
    }
  },
});
