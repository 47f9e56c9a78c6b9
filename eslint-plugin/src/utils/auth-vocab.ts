import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import {
  findVariable,
  getCalleeName,
  getDottedName,
  getPropertyName,
  getRootIdentifier,
  getStaticString,
  isFunction,
  splitWords,
  unwrap,
  walk,
  type FunctionNode,
} from './ast';
import { getImportSource, getImportedName, getValueSources, isParameter, resolveLocalFunction } from './data-flow';
import { getDirectives } from './file-kind';

/**
 * Shared vocabulary of authentication, rate limiting and "reaching data" for the auth-related rules
 * (require-route-auth, no-auth-bypass, require-rate-limit). Everything here is name- and
 * import-based (no type information) and never throws.
 */

type Node = TSESTree.Node;
type SourceCode = TSESLint.SourceCode;

// ---------------------------------------------------------------------------------------------
// Authentication calls
// ---------------------------------------------------------------------------------------------

/** Modules whose exports are authentication APIs. */
export const AUTH_MODULE =
  /^(?:next-auth(?:\/.*)?|@auth\/.*|@clerk\/.*|@supabase\/.*|better-auth(?:\/.*)?|lucia(?:\/.*)?|@lucia-auth\/.*|iron-session|jsonwebtoken|jose|@kinde-oss\/.*|@workos-inc\/.*|firebase-admin(?:\/auth)?|firebase\/auth|@stackframe\/.*|@descope\/.*|@propelauth\/.*|@auth0\/.*|@privy-io\/.*|@civic\/.*)$/;

/**
 * Modules whose auth-named exports authenticate this server to another service, not the caller to this one: MCP clients'
 * OAuth; Trigger.dev's `auth` (`auth.configure({ accessToken })`, `auth.createPublicToken(...)` for the app's own runs).
 */
export const OUTBOUND_AUTH_MODULE = /^(?:@ai-sdk\/mcp|@modelcontextprotocol\/sdk\/client|@trigger\.dev\/sdk)(?:\/|$)/;

/** A project module that holds the app's auth setup: `@/auth`, `@/lib/auth`, `~/server/auth`, `./session`. */
export const LOCAL_AUTH_MODULE = /(?:^|[/@~])(?:auth|session|sessions|authentication|jwt|dal|auth-helpers|require-auth|with-auth|get-session|current-user)(?:[-.][\w.-]*)?$|\/auth\//i;

/**
 * Calls that read an existing session (the caller is already signed in): what makes a handler's password or
 * passkey check a re-check (change password) rather than a sign-in endpoint. Narrower than {@link isAuthCall} on
 * purpose: a credential check (`authenticate(email, password)`, a refresh token's `verify(token)`) is an auth call
 * and is the sign-in itself. Also a session read from the request or its cookies (`getSessionFromReq(req)`:
 * coding-agent-template's "connect GitHub" route for a signed-in user); not `getUserFromToken(token)`, which checks a
 * credential the caller sends.
 */
export const SESSION_READ =
  /^(?:getServerSession|getServerAuthSession|auth|currentUser|getSession|getCurrentSession|getUser|getCurrentUser|getLoggedInUser|getSignedInUser|requireAuth|requireUser|validateRequest|getToken|get(?:User|Session|Auth)From(?:Req|Request|Cookies?|Headers?)|authenticatedGuard|authGuard)$/;

/** Exact names of well-known auth functions (any library). */
export const AUTH_FUNCTIONS = new Set([
  'getServerSession',
  'getServerAuthSession',
  'unstable_getServerSession',
  'getToken',
  'getSession',
  'getUser',
  'getClaims',
  'currentUser',
  'getAuth',
  'validateRequest',
  'validateSession',
  'getIronSession',
  'jwtVerify',
  'getCurrentUser',
  'getCurrentSession',
  'getKindeServerSession',
  'withAuth',
  'protect',
  'decrypt',
  'verifySession',
  'verifyIdToken',
  'verifySessionCookie',
  'getSessionFromCookie',
  'getUserFromSession',
  'getUserFromRequest',
  'getUserFromToken',
  // bblist's `db.getUserByToken(body.token)`: the user a session token names, as getUserFromToken (not getUserById).
  'getUserByToken',
  'getUserBySessionToken',
  'getLoggedInUser',
  'getSignedInUser',
  'getViewer',
  'handleAdminAuth',
]);

/**
 * Check verb + an object that names identity, access or a credential: `requireAuth`, `verifyApiKey`,
 * `checkTeamPermission`, `throwIfNoTeamAccess` (a guard that throws; boxyhq's saas-starter-kit).
 */
const VERB_AUTH =
  /^(?:require|ensure|assert|enforce|check|verify|validate|authenticate|authorize|authorise|protect|guard|is|has|can|(?:throw|fail|deny)(?:If|Unless)(?:No|Not)?)_?(?:[A-Z][A-Za-z0-9]*)?(?:Auth|Unauthori[sz]ed|Unauthenticated|Authenticated|Authenticate|Authori[sz]ed|Authori[sz]ation|Session|User|Admin|Login|LoggedIn|SignedIn|Token|Jwt|JWT|ApiKey|APIKey|Key|Bearer|Access|Permission|Permissions|Role|Roles|Owner|Ownership|Member|Membership|Workspace|Team|Org|Organization|Project|Account|Cron|Secret|Internal|Request|Identity|Credential|Credentials|Signature|Scope|Privilege|Tenant|Seller|Viewer|Caller|Principal|Claims|Entitlement|Entitlements|Subscription|Plan|Tier|Premium|Pro|Paid|License)(?:[A-Z_][A-Za-z0-9_]*)?$/;

/**
 * Read verb + a word that says "the caller": `getCurrentUser`, `getSessionUser`, `getServerAuthSession`, `getAuthUser`,
 * also a caller's auth state under another qualifier (`getLightweightUserAuth`; not `getTwitterAuth`, an API's credentials).
 * `Server` and `Request` say where, not who: they need a caller word at the end (`getServerUser`, not `getServerDB`).
 * A session read named for the role it requires is one too: QuickStack's `await getAdminUserSession()`, which redirects a
 * signed-out caller and throws for a non-admin.
 */
const READ_AUTH =
  /^(?:get|fetch|load|read|retrieve|resolve|use)_?(?:Current|Session|Auth|Authenticated|Authed|LoggedIn|SignedIn|Verified|Viewer)(?:[A-Z][A-Za-z0-9]*)?(?:User|Session|Account|Member|Admin|Auth|Identity|Claims|Viewer|Principal|Caller|Profile|Token)?$|^(?:get|fetch|load|read|retrieve|resolve|use)_?(?:Server|Request)(?:[A-Z][A-Za-z0-9]*)?(?:User|Session|Account|Member|Admin|Auth|Identity|Claims|Viewer|Principal|Caller|Profile|Token)$|^(?:get|fetch|load|read|retrieve)_?(?:Admin|Staff|Owner)?(?:User|Auth)?(?:Session|Claims|Identity|Principal)$|^(?:get|fetch|load)(?:User|Auth|Token|Session|Claims|Identity|Principal)From(?:Session|Request|Token|Cookie|Cookies|Headers|Header|Req|Jwt|JWT)$|^(?:get|fetch|load|read|retrieve|resolve)_?[A-Z]\w*?(?:User|Session|Viewer|Caller|Account|Member)Auth$/;

/**
 * A helper that reads the caller out of their token: `getDataFromToken(request)` (the jwt.verify helper of a widely
 * copied tutorial, nextjs-fullstack-auth), `getUserIdFromJwt(req)`, `extractUserFromSession(req)`. Such a helper
 * verifies and throws (a result that cannot be read throws as well), so it checks by itself, like `requireUser()`.
 */
export const TOKEN_READ_AUTH = /^(?:get|read|extract)(?:Data|User|UserId|Id|Payload|Claims|Identity)?From(?:Token|Jwt|JWT|Cookies?|Session)$/;

/** Name patterns of auth helpers without a verb or with a noun first. */
const NOUN_AUTH =
  /^(?:authenticate|authorize|authorise|authenticated|authorized|auth|currentUser|currentSession|sessionUser|session|getAuthSession|getSessionUser|getUserSession|userFromRequest|withAuth)\w*$/i;

/**
 * A guard named for whose access it checks, noun first: cusdis' `authService.projectOwnerGuard(project)`, which reads
 * the session itself and answers 403 unless the caller owns the project it is handed (`authGuard` is {@link SESSION_READ}).
 * Also an auth check named for what it guards: rowboat's `await projectAuthCheck(projectId)`, which reads the session and
 * throws unless the caller may act on that project (`authCheck` itself is {@link NOUN_AUTH}). And a guard of the app's admin
 * panel: storefront-template's `const { tenantId } = await withPanelGuard({ requiredFlag })`, which requires the panel's
 * signed-in owner before it checks the tenant's feature flags (a `withFeatureGuard` is no auth).
 */
const NOUN_GUARD = /^(?:[a-z][A-Za-z0-9]*)?(?:[Aa]uth|[Oo]wner|[Aa]dmin|[Mm]ember|[Pp]ermission|[Aa]ccess|[Rr]ole|[Ss]ession|[Uu]ser|[Ll]ogin|[Pp]anel)Guard$|^[a-z][A-Za-z0-9]*AuthCheck$/;

/**
 * A wrapper named for the caller's auth under a qualifier (`withAuth` itself is {@link NOUN_AUTH}): jobfinders'
 * `await withMatchingAuth(request, { requireRole })`, `withAdminAuth`, `withApiAuth`. Not `withOAuth` (a provider's flow).
 */
const WITH_AUTH = /^with[A-Z][A-Za-z0-9]*(?<!O)Auth(?:[A-Z][A-Za-z0-9]*)?$/;

/**
 * Names that look like auth helpers but are not: `getUserById(id)`, `checkRateLimit`, `validateRequestBody`; and
 * checks of where a request says it comes from (`isAuthorizedDomain(req.url)`, `isAllowedOrigin(origin)`): any
 * client that is not a browser sends whatever URL, Origin, Host or Referer it likes (openstatus' cron routes); and
 * an analytics SDK's session replay (`sessionReplayPlugin()`, 21st's Amplitude setup): a recording, no session check.
 * Also a predicate on how far something has got (photobooth's `isSessionComplete(sessionId)`: whether a photo session
 * has all its shots), which says nothing about who calls.
 */
const NOT_AUTH =
  /(?:^(?:is|has)[A-Z]\w*(?:Complete|Completed|Finished|Done|Full|Ready|Started|Paused|Running|InProgress)$|[Ss]essionReplay|(?:Domain|Origin|Host|Hostname|Referr?er)s?$|By[A-Z]\w*$|RateLimit|Ratelimit|Limit|Body|Input|Schema|Payload|Params|Form|Email(?:Format)?$|Env|Config|Captcha|Recaptcha|Turnstile|Count|Stats|Settings|Preferences|Avatar|Image|List|Name|Expression|Format|Syntax|Url|URL|Path|Date|Time|Length|Size|Type|Data$|Exists$|Available$)/;

/** Whether a bare function name is an auth function or a plainly named auth helper. */
export function isAuthFunctionName(name: string, extra: ReadonlySet<string> = new Set(), patterns: readonly RegExp[] = []): boolean {
  if (extra.has(name)) return true;
  if (patterns.some((p) => p.test(name))) return true;
  if (AUTH_FUNCTIONS.has(name)) return true;
  if (NOT_AUTH.test(name)) return false;
  return VERB_AUTH.test(name) || READ_AUTH.test(name) || NOUN_AUTH.test(name) || NOUN_GUARD.test(name) || WITH_AUTH.test(name) || TOKEN_READ_AUTH.test(name);
}

export interface AuthVocabOptions {
  authFunctions?: ReadonlySet<string>;
  authPatterns?: readonly RegExp[];
}

/**
 * Whether a call is an authentication call: a known auth API (`getServerSession`, Auth.js `auth()`,
 * Clerk `auth()`/`currentUser()`, `supabase.auth.getUser()`, `auth.api.getSession()`, `jwt.verify()`,
 * `jwtVerify()`...), an import from an auth library, or a plainly named helper.
 */
export function isAuthCall(sourceCode: SourceCode, call: TSESTree.CallExpression, opts: AuthVocabOptions = {}): boolean {
  const name = getCalleeName(call);
  if (!name) return false;
  const callee = unwrap(call.callee);
  const dotted = getDottedName(callee) ?? '';
  if (opts.authFunctions?.has(dotted)) return true;
  // supabase.auth.getUser(), supabase.auth.getSession(), supabase.auth.getClaims(), auth.api.getSession()
  if (callee.type === 'MemberExpression') {
    const objText = sourceCode.getText(callee.object);
    if (/(?:^|\.)auth(?:\(\))?$|\.auth\.api$|^auth\.api$/.test(objText) && /^(?:getUser|getSession|getClaims|protect|currentUser|getToken)$/.test(name)) {
      return true;
    }
    // jwt.verify(token, secret), jsonwebtoken.verify(...), lucia.validateSession(...), admin.auth().verifyIdToken()
    if (name === 'verify' || name === 'jwtVerify' || name === 'decode') {
      const root = getRootIdentifier(callee.object);
      const src = root ? getImportSource(sourceCode, root) : undefined;
      if (name !== 'decode' && (src === 'jsonwebtoken' || src === 'jose' || /jwt|jose|token|auth/i.test(objText))) return true;
    }
    // auth().protect() (Clerk v5)
    if (name === 'protect') return true;
  }
  // Lucia's `validateRequest()` reads the session cookie; the same name imported from a validation module or given
  // a schema (`validateRequest(request, CreateProjectSchema)` from `@/lib/validation/api-schemas`) checks a body.
  if (name === 'validateRequest' && callee.type === 'Identifier' && !opts.authFunctions?.has(name)) {
    const src = getImportSource(sourceCode, callee);
    if ((src && /valid|schema/i.test(src)) || call.arguments.some((a) => /(?:Schema|Validator)$/.test(sourceCode.getText(a)))) return false;
  }
  if (isAuthFunctionName(name, opts.authFunctions, opts.authPatterns)) {
    // An MCP client's OAuth flow (`auth(authProvider, { serverUrl })` from `@ai-sdk/mcp`) signs this server in to
    // another one: it says nothing of who is calling.
    if (callee.type === 'Identifier' && !opts.authFunctions?.has(name) && OUTBOUND_AUTH_MODULE.test(getImportSource(sourceCode, callee) ?? '')) return false;
    if (name === 'getSession' || name === 'getUser' || name === 'decrypt') {
      // Generic names: only when imported from an auth module, or called on an auth object, or with no/`req` args.
      if (callee.type === 'MemberExpression') {
        return /auth|session|supabase|lucia|iron/i.test(sourceCode.getText(callee.object));
      }
      if (callee.type === 'Identifier') {
        const src = getImportSource(sourceCode, callee);
        if (src !== undefined) {
          // getUser() / getSession() with no argument from the app's own code: the current-user accessor.
          if (call.arguments.length === 0 && /^(?:\.{1,2}\/|@\/|~\/|#)/.test(src) && name !== 'decrypt') return true;
          // `getUser(res, req, true)` from the app's own code (jitsu's `lib/api`): it is handed the request itself, the session read.
          if (name !== 'decrypt' && /^(?:\.{1,2}\/|@\/|~\/|#)/.test(src) && call.arguments.some((a) => a.type === 'Identifier' && /^(?:req|request)$/.test(a.name))) return true;
          return AUTH_MODULE.test(src) || LOCAL_AUTH_MODULE.test(src) || /supabase/i.test(src);
        }
        return call.arguments.length <= 1;
      }
    }
    if (callee.type === 'MemberExpression' && /^(?:is|has|can)/.test(name)) {
      // user.isAdmin(), session.hasRole() — a check on an object already authenticated: still auth-ish.
      return true;
    }
    return true;
  }
  // Any getter / check imported from the app's auth module: `getUserWithOrganization()` from '@/lib/auth'.
  if (callee.type === 'Identifier') {
    const src = getImportSource(sourceCode, callee);
    if (src && (LOCAL_AUTH_MODULE.test(src) || AUTH_MODULE.test(src)) && !/^(?:jose|jsonwebtoken)$/.test(src) && /^(?:get|require|ensure|verify|check|validate|assert|current|auth|fetch|load|is|has|can|protect|authenticate|authori[sz]e|read|with|use)(?:[A-Z_]|$)/.test(name) && !/^(?:getProviders|getCsrfToken|useSession|getUrl|getBaseUrl|validateEmail|validatePassword)$/.test(name)) {
      return true;
    }
  }
  // `auth` imported from an auth module under another name: `import { auth as getAuthSession } from '@/auth'`,
  // `import { auth as appAuth } from '@/server/auth'` (the app's Auth.js `auth`).
  if (callee.type === 'Identifier') {
    const src = getImportSource(sourceCode, callee);
    const imported = src ? getImportedName(sourceCode, callee) : undefined;
    if (src && AUTH_MODULE.test(src) && /^(?:auth|getServerSession|currentUser|getAuth|getToken|getIronSession|jwtVerify|verify|validateRequest)$/.test(imported ?? '')) {
      return true;
    }
    if (src && imported === 'auth' && LOCAL_AUTH_MODULE.test(src)) return true;
  }
  return false;
}

/** Wrapper names that put a handler behind authentication (dub, inbox-zero, formbricks, langfuse and the like). */
export const AUTH_WRAPPER =
  /(?:auth|Auth|session|Session|workspace|Workspace|namespace|Namespace|user|User|account|Account|admin|Admin|protect|Protect|guard|Guard|secure|Secure|cron|Cron|team|Team|org|Org|project|Project|owner|Owner|partner|Partner|member|Member|permission|Permission|role|Role|apiKey|ApiKey|token|Token|signed|Signed|private|Private|internal|Internal|qstash|Qstash|QStash|signature|Signature|verif|Verif|login|Login|tenant|Tenant|customer|Customer|seller|Seller|scope|Scope|provider|Provider|program|Program)/;

/** Wrappers that are known not to authenticate (error handling, logging, tracing, analytics). */
export const NON_AUTH_WRAPPER = /^(?:withError|withErrorHandler|withErrorHandling|withErrors|withLogging|withLogger|withLog|withAxiom|withSentry|withTracing|withTrace|withSpan|withPostHog|withMetrics|withTelemetry|withCors|cors|withRetry|withTimeout|withValidation|withBody|withParams|withCache|withRateLimit|withRatelimit|rateLimit|withContext|catchErrors|errorHandler|handleErrors|safe|tryCatch|withApiHandler|apiHandler|handler|withHandler|createHandler|nextHandler)$/;

/** Words of a wrapper name that gate by role: `ModEndpoint`, `withModerator` (a word, not a prefix: `withModel` is not one). */
const ROLE_WRAPPER_WORD = /^(?:mod|mods|moderator|moderators)$/;

export function isAuthWrapperName(name: string, extra: ReadonlySet<string> = new Set()): boolean {
  const last = name.split('.').pop() ?? name;
  if (extra.has(name) || extra.has(last)) return true;
  if (NON_AUTH_WRAPPER.test(last)) return false;
  // Auth.js `auth(handler)`, Clerk `clerkMiddleware`, `authed(handler)`, `protectedRoute(handler)`.
  return AUTH_WRAPPER.test(last) || /^(?:authed|protected\w*|private\w*|requireAuth\w*)$/.test(last) || splitWords(last).some((w) => ROLE_WRAPPER_WORD.test(w));
}

/**
 * Words of a wrapper name that put the handler behind a signed-in user or role (`adminClientRoute`, `withWorkspace`,
 * `withTeamMember`): its callers are people with a session, never a webhook sender.
 */
const USER_GATE_WRAPPER_WORD =
  /^(?:admins?|users?|sessions?|workspaces?|teams?|orgs?|organi[sz]ations?|members?|accounts?|owners?|tenants?|roles?|permissions?|authed|authenticated|protected)$/;

/** Whether a wrapper's name gates by a signed-in user or role: see {@link USER_GATE_WRAPPER_WORD}. */
export function isUserGateWrapperName(name: string): boolean {
  const last = name.split('.').pop() ?? name;
  return splitWords(last).some((w) => USER_GATE_WRAPPER_WORD.test(w));
}

/**
 * Words of a wrapper name that say who calls the handler, so the wrapper, not the handler, decides who
 * may: machine callers holding a shared token or a signature (`WebhookEndpoint`, `JobEndpoint`,
 * `withWebhook`), or callers the author declares public (`PublicEndpoint`, `withPublicApi`).
 */
const CALLER_CLASS_WRAPPER_WORD = /^(?:webhooks?|jobs?|public)$/;

/** Whether a wrapper's name declares its callers (webhook, job, public): see {@link CALLER_CLASS_WRAPPER_WORD}. */
export function isCallerClassWrapperName(name: string): boolean {
  const last = name.split('.').pop() ?? name;
  return splitWords(last).some((w) => CALLER_CLASS_WRAPPER_WORD.test(w));
}

/** Words of a request context's name that say it resolves the signed-in caller: `sessionContext`, `companyAdminUserContext`. */
const AUTH_CONTEXT_WORD = /^(?:auth|authed|authenticated|authori[sz]ed|session|user|admin|member|owner|viewer|protected)$/;
/** Words that say a context lets callers through without one: `optionalSessionContext`, `publicUserContext`, `maybeUserCtx`. */
const OPTIONAL_CONTEXT_WORD = /^(?:optional|maybe|public|anon|anonymous|guest|unauth|unauthenticated|unauthed|nullable|soft|lazy|no|without|if)$/;

/**
 * A request context named for the signed-in caller it requires (whop-courses' `sessionContext` and
 * `companyAdminUserContext`, built by `API.contextFunction` in another file, answer 401 / 403 before the handler
 * runs): `...Context` or `...Ctx` with a caller word, and no word that makes it optional. `optionalSessionContext`,
 * `companyContext` (a route parameter's record) are not.
 */
export function isAuthContextName(name: string): boolean {
  const words = splitWords(name);
  const last = words[words.length - 1];
  if (last !== 'context' && last !== 'ctx') return false;
  return words.some((w) => AUTH_CONTEXT_WORD.test(w)) && !words.some((w) => OPTIONAL_CONTEXT_WORD.test(w));
}

/**
 * An Amazon SNS endpoint (SES bounce and complaint notifications, S3 events): it handles SNS's subscription
 * handshake or reads its message-type header. SNS signs each message with a certificate, not an HMAC.
 */
export const SNS_MESSAGE = /\bSubscriptionConfirmation\b|\bSubscribeURL\b|\b[xX]-[aA]mz-[sS]ns-[mM]essage-[tT]ype\b/;
/** What verifies an SNS message's signature: the `sns-validator` / `sns-payload-validator` packages, or code checking its signing certificate. */
export const SNS_VERIFIER = /\bsns-validator\b|\bsns-payload-validator\b|\bMessageValidator\b|\bSigningCert(?:URL|Url)\b/;

// ---------------------------------------------------------------------------------------------
// Credential reads: API keys, bearer tokens, cron secrets
// ---------------------------------------------------------------------------------------------

/** Header, cookie or query names that carry a credential. */
export const CREDENTIAL_KEY =
  /^(?:authorization|proxy-authorization|x-api-key|api-key|apikey|x-(?:[\w-]*-)?(?:api-?key|key|token|secret|auth|signature|access-code|password)|x-vercel-cron|cron-secret|secret|token|access[-_]?token|auth[-_]?token|session|session[-_]?token|sessionid|sid|jwt|key|api_key|access_code|code|password)$|(?:^|[-_.])(?:session|token|auth|jwt)(?:[-_.]|$)/i;

/** Env names that hold a shared secret: `CRON_SECRET`, `API_KEY`, `ADMIN_TOKEN`. */
export const SECRET_ENV = /(?:SECRET|TOKEN|API_?KEY|PASSWORD|PASSCODE|ACCESS_?CODE|AUTH)/i;

/** The key string of a credential read (`req.headers.get('x-api-key')`, `req.headers.authorization`, `cookies().get('token')`). */
export function getCredentialReadKey(node: Node): string | undefined {
  const n = unwrap(node, { await: true });
  if (n.type === 'CallExpression' && n.callee.type === 'MemberExpression') {
    const method = getPropertyName(n.callee);
    if (method !== 'get' && method !== 'has' && method !== 'getAll') return undefined;
    // The key first: a test of a short string, where the object's dotted name is built (for every call).
    const key = getStaticString(n.arguments[0]);
    if (key === undefined || !CREDENTIAL_KEY.test(key)) return undefined;
    const obj = n.callee.object;
    const objText = getDottedName(obj) ?? (obj.type === 'CallExpression' ? getCalleeName(obj) : undefined) ?? '';
    return /headers|cookies|cookieStore|searchParams|query|params|cookie|header/i.test(objText) ? key : undefined;
  }
  if (n.type === 'MemberExpression') {
    const key = getPropertyName(n);
    if (key === undefined || !CREDENTIAL_KEY.test(key)) return undefined;
    const objText = getDottedName(n.object) ?? '';
    return /(?:^|\.)(?:headers|cookies|query)$/.test(objText) ? key : undefined;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Rate limiting
// ---------------------------------------------------------------------------------------------

export const RATE_LIMIT_MODULE = /^(?:@upstash\/ratelimit|rate-limiter-flexible|@arcjet\/.*|@unkey\/ratelimit|@vercel\/firewall|limiter|express-rate-limit|next-rate-limit|bottleneck|@nosecone\/.*)$|rate-?limit|ratelimit|limiter|throttle/i;

/** Callee names that apply a rate limit. */
export const RATE_LIMIT_NAME =
  /^(?:rate_?limit\w*|ratelimit\w*|checkRate\w*|withRate\w*|applyRate\w*|enforceRate\w*|limit(?:Request|Requests|Ip|IP|User|ByIp|ByUser)\w*|\w*(?:RateLimit|Ratelimit|Ratelimiter|RateLimiter|Throttle|Throttler)\w*|throttle\w*|limiter|slowDown|consumeRateLimit|isRateLimited|checkLimit|checkUsageLimit)$/i;

/** Whether a call applies a rate limit: `ratelimit.limit(id)`, `limiter.consume(ip)`, `aj.protect(req)`, `rateLimit(req)`. */
export function isRateLimitCall(
  sourceCode: SourceCode,
  call: TSESTree.CallExpression,
  extra: ReadonlySet<string> = new Set(),
  patterns: readonly RegExp[] = [],
): boolean {
  const name = getCalleeName(call);
  if (!name) return false;
  const callee = unwrap(call.callee);
  const dotted = getDottedName(callee) ?? name;
  if (extra.has(name) || extra.has(dotted) || patterns.some((p) => p.test(dotted))) return true;
  // `throttle(async () => ..., 1000)` (throttleit, lodash): a function that runs its callback at most once per
  // interval, in this process; it limits no caller.
  const first = call.arguments[0];
  if (/^throttle$/i.test(name) && (first?.type === 'ArrowFunctionExpression' || first?.type === 'FunctionExpression')) return false;
  // `isRateLimitError(err)`: a test of whether the provider's error was a 429 (amazong's fallback to another model),
  // which limits no caller.
  if (/^(?:is|was|has)[A-Z]\w*(?:Error|Exception)$/.test(name)) return false;
  if (RATE_LIMIT_NAME.test(name)) return true;
  // `const blocked = await protectRoute(request, { requested: 2 })` imported from the app's own Arcjet module (`@/lib/arcjet`:
  // nullpass' sign-in and sign-up routes): the app's wrapper around `aj.protect()`, whose rules (a token bucket) hold the limit.
  if (callee.type === 'Identifier' && /^(?:protect|guard|shield)(?:[A-Z]\w*)?$/.test(name)) {
    const src = getImportSource(sourceCode, callee);
    if (src !== undefined && /^(?:\.{1,2}\/|@\/|~\/|#)/.test(src) && /(?:^|\/)arcjet(?:[-.][\w.-]*)?$/i.test(src)) return true;
  }
  // Options that declare a budget and its window: `protectServerAction({ identifier, limit: 10, windowSeconds: 900 })`.
  if (call.arguments.some(declaresRateWindow)) return true;
  if (callee.type === 'MemberExpression') {
    const root = getRootIdentifier(callee.object);
    const objText = sourceCode.getText(callee.object);
    const src = root ? getImportSource(sourceCode, root) : undefined;
    // `getRemaining(id)`: Upstash's read of the budget left, for a route that answers 429 on it and charges the
    // tokens used with `limit(id, { rate })` once the model has answered (postgres-new's chat route).
    if (name === 'limit' || name === 'getRemaining' || name === 'consume' || name === 'blockEffectively' || name === 'protect' || name === 'check' || name === 'take' || name === 'removeTokens' || name === 'schedule') {
      if (src !== undefined && RATE_LIMIT_MODULE.test(src)) return true;
      if (/rate|limit|throttl|arcjet|\baj\b|^aj$|bucket|quota/i.test(objText)) return true;
      if (root && bindingIsRateLimiter(sourceCode, root)) return true;
    }
  }
  return false;
}

const BUDGET_KEY = /^(?:limit|max|maxRequests|maxAttempts|requests|points|capacity)$/;
// Not `interval` / `period`: analytics queries take `{ limit: 10, interval: '24h' }`.
const WINDOW_KEY = /^(?:window|windowMs|windowSeconds|windowSec|windowInSeconds|duration|durationMs|refillRate|perSeconds)$/;

/** An options object with both a request budget and a time window (`{ limit: 10, windowSeconds: 900 }`, `{ max: 5, windowMs }`). */
function declaresRateWindow(arg: TSESTree.CallExpressionArgument): boolean {
  if (arg.type !== 'ObjectExpression') return false;
  let budget = false;
  let window = false;
  for (const p of arg.properties) {
    if (p.type !== 'Property' || p.computed || p.key.type !== 'Identifier') continue;
    if (BUDGET_KEY.test(p.key.name)) budget = true;
    else if (WINDOW_KEY.test(p.key.name)) window = true;
  }
  return budget && window;
}

function bindingIsRateLimiter(sourceCode: SourceCode, id: TSESTree.Identifier): boolean {
  const v = findVariable(sourceCode, id);
  const def = v?.defs[0];
  if (def?.type !== 'Variable') return false;
  const init = (def.node as TSESTree.VariableDeclarator).init;
  if (!init) return false;
  const u = unwrap(init, { await: true });
  if (u.type === 'NewExpression' || u.type === 'CallExpression') {
    const n = getCalleeName(u) ?? '';
    if (/Ratelimit|RateLimit|RateLimiter|arcjet|limiter|throttle/i.test(n)) return true;
    const root = getRootIdentifier(u.callee);
    const src = root ? getImportSource(sourceCode, root) : undefined;
    if (src && RATE_LIMIT_MODULE.test(src)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Expensive / paid APIs
// ---------------------------------------------------------------------------------------------

/** Vercel AI SDK calls that hit a model. */
export const AI_SDK_CALLS = new Set([
  'generateText',
  'streamText',
  'generateObject',
  'streamObject',
  'embed',
  'embedMany',
  'generateImage',
  'experimental_generateImage',
  'experimental_transcribe',
  'transcribe',
  'experimental_generateSpeech',
  'generateSpeech',
  'streamUI',
]);

/** SDK modules of paid AI / generation APIs (and E2B's and Vercel's code sandboxes: a VM billed per second, `Sandbox.create()`). */
export const PAID_API_MODULE =
  /^(?:e2b|@e2b\/code-interpreter|@e2b\/desktop|@vercel\/sandbox|openai|@anthropic-ai\/sdk|@google\/generative-ai|@google\/genai|@google-cloud\/vertexai|@google-cloud\/aiplatform|replicate|cohere-ai|@mistralai\/mistralai|groq-sdk|together-ai|@huggingface\/inference|@fal-ai\/[\w-]+|@fal-ai\/serverless-client|elevenlabs|@elevenlabs\/[\w-]+|@pinecone-database\/pinecone|@langchain\/[\w-]+|langchain(?:\/.*)?|llamaindex|@deepgram\/sdk|assemblyai|@aws-sdk\/client-bedrock-runtime|@azure\/openai|stability-ai|@perplexity-ai\/\w+|@openrouter\/ai-sdk-provider|ollama|exa-js|@tavily\/core|@mendable\/firecrawl-js|firecrawl|serpapi)$/;

/**
 * Whether a `fetch` to a paid API authenticates with the caller's own key and with nothing else: every auth header of
 * its literal options (`Authorization: \`Bearer ${apiKey}\``, `x-api-key`) takes its value only from what the request
 * sent (`const { apiKey } = await req.json()`, `req.headers.get('x-openai-key')`), no env var (paul-graham-gpt's search
 * route). The provider bills that key's owner, the caller. An SDK client given such a key is not this: the SDKs fall back
 * to their env var when it is missing (`createOpenAI({ apiKey })`).
 * Also a key sent in the URL's `key=` query parameter (Google's Generative Language API, `?key=${apiKey}`), and a key
 * that is a parameter of an exported server action (`validateGeminiKey(apiKey)`): the client calling the action sends it.
 */
export function fetchBillsCaller(sourceCode: SourceCode, call: TSESTree.CallExpression): boolean {
  const urlKey = call.arguments[0] ? urlKeyValue(sourceCode, call.arguments[0]) : undefined;
  const opts = call.arguments[1] ? unwrap(call.arguments[1]) : undefined;
  if (opts === undefined && urlKey) return sentByCaller(sourceCode, urlKey);
  if (opts?.type !== 'ObjectExpression') return false;
  const headersProp = opts.properties.find((p): p is TSESTree.Property => p.type === 'Property' && getPropertyName(p) === 'headers');
  const headers = headersProp ? unwrap(headersProp.value) : undefined;
  if (headers === undefined && urlKey) return sentByCaller(sourceCode, urlKey);
  if (headers?.type !== 'ObjectExpression') return false;
  const props: TSESTree.Property[] = [];
  // `...(apiKey ? { Authorization: `Bearer ${apiKey}` } : {})` (Open-Fiesta's model check): a header added only in
  // some branches, each an object literal; without it the request carries no credential of the app's either.
  const collect = (obj: TSESTree.ObjectExpression, depth: number): boolean =>
    obj.properties.every((p) => {
      if (p.type === 'Property') {
        props.push(p);
        return true;
      }
      const arg = unwrap(p.argument);
      const branches = arg.type === 'ConditionalExpression' ? [arg.consequent, arg.alternate] : arg.type === 'LogicalExpression' && arg.operator === '&&' ? [arg.right] : [];
      return depth < 3 && branches.length > 0 && branches.every((b) => {
        const o = unwrap(b);
        return o.type === 'ObjectExpression' && collect(o, depth + 1);
      });
    });
  if (!collect(headers, 0)) return false;
  const auth = props.filter((p) => /^(?:authorization|x-api-key|api-key|x-goog-api-key)$/i.test(getPropertyName(p) ?? ''));
  if (auth.length === 0 && !urlKey) return false;
  return auth.every((p) => sentByCaller(sourceCode, p.value as Node)) && (!urlKey || sentByCaller(sourceCode, urlKey));
}

/** Whether every source of a credential value is what the caller sent (its request, or its server action's own parameter). */
function sentByCaller(sourceCode: SourceCode, value: Node): boolean {
  const sources = getValueSources(sourceCode, value);
  return (
    sources.length > 0 &&
    sources.every((src) => {
      if (src.type === 'TemplateLiteral') return src.expressions.length === 0 && /^(?:Bearer\s*)?$/.test(src.quasis[0]?.value.cooked ?? '');
      if (src.type === 'Literal') return typeof src.value === 'string' && /^(?:Bearer\s*)?$/.test(src.value);
      if (sourceCode.getText(src).includes('process.env')) return false;
      return readsCallerRequest(sourceCode, src) || (src.type === 'Identifier' && isServerActionParameter(sourceCode, src));
    })
  );
}

/** The value after `key=` in a fetch URL's query (`` `...:generateContent?key=${apiKey}` ``, also through a `const`). */
function urlKeyValue(sourceCode: SourceCode, url: Node): Node | undefined {
  for (const src of getValueSources(sourceCode, url, { keepTemplates: true })) {
    if (src.type !== 'TemplateLiteral') continue;
    for (let i = 0; i < src.expressions.length; i++) {
      if (/[?&]key=$/.test(src.quasis[i]?.value.cooked ?? '')) return src.expressions[i];
    }
  }
  return undefined;
}

/**
 * A parameter of a server action the client calls: of an exported function of a `'use server'` file
 * (`export async function validateGeminiKey(apiKey: string)`), or of a function marked `'use server'` itself.
 */
function isServerActionParameter(sourceCode: SourceCode, id: TSESTree.Identifier): boolean {
  const fn = findVariable(sourceCode, id)?.defs.find((d) => d.type === 'Parameter')?.node;
  if (!fn || !isFunction(fn)) return false;
  if (fn.body.type === 'BlockStatement' && getDirectives(fn.body.body).includes('use server')) return true;
  if (!getDirectives(sourceCode.ast.body).includes('use server')) return false;
  const at: Node | undefined = fn.parent?.type === 'VariableDeclarator' ? fn.parent.parent : fn;
  return at?.parent?.type === 'ExportNamedDeclaration';
}

/** `await req.json()`, `req.headers.get('x-key')`, `req.body`: a read of the request the handler was given (`req` / `request` parameter). */
export function readsCallerRequest(sourceCode: SourceCode, src: Node): boolean {
  const u = unwrap(src, { await: true });
  const target = u.type === 'CallExpression' ? unwrap(u.callee) : u;
  const root = target.type === 'MemberExpression' ? getRootIdentifier(target) : undefined;
  return (
    !!root &&
    isParameter(sourceCode, root) &&
    /^(?:req|request|_req|r)$/i.test(root.name) &&
    /^(?:json|formData|text|body|headers|get|query|nextUrl|searchParams)$/.test(target.type === 'MemberExpression' ? getPropertyName(target) ?? '' : '')
  );
}

/** E2B's and Vercel's sandbox SDKs (in PAID_API_MODULE): `Sandbox.create()` starts a billed VM; calls on a running sandbox (`Sandbox.connect(id)`, `Sandbox.get({ sandboxId })`) do not start one. */
export const SANDBOX_API_MODULE = /^(?:e2b|@e2b\/code-interpreter|@e2b\/desktop|@vercel\/sandbox)$/;

/** What a message calls a service of {@link PAID_API_MODULE}: a paid code sandbox, vector database, search API, or AI API. */
export function paidApiLabel(src: string): string {
  if (SANDBOX_API_MODULE.test(src)) return 'a paid code sandbox';
  if (/^@pinecone-database\//.test(src)) return 'a paid vector database';
  if (/^(?:exa-js|@tavily\/core|@mendable\/firecrawl-js|firecrawl|serpapi)$/.test(src)) return 'a paid search API';
  return 'a paid AI API';
}

/** Hosts of paid AI APIs (and paid search / crawl APIs: Exa, Tavily, Firecrawl, SerpAPI) called through `fetch`. */
export const PAID_API_HOST =
  /api\.openai\.com|api\.anthropic\.com|generativelanguage\.googleapis\.com|api\.replicate\.com|api\.cohere\.(?:ai|com)|api\.mistral\.ai|api\.groq\.com|api\.together\.xyz|api-inference\.huggingface\.co|openrouter\.ai\/api|api\.elevenlabs\.io|api\.deepseek\.com|api\.perplexity\.ai|api\.stability\.ai|fal\.run|api\.x\.ai|aiplatform\.googleapis\.com|openai\.azure\.com|api\.exa\.ai|api\.tavily\.com|api\.firecrawl\.dev|serpapi\.com\/search|google\.serper\.dev|api\.search\.brave\.com/;

/** The paid search / crawl hosts among `PAID_API_HOST`: what a message calls "a paid search API". */
export const PAID_SEARCH_HOST = /api\.(?:exa|tavily|firecrawl)|serpapi|serper|brave\.com/;

/** Constructors of paid-API clients: `new OpenAI()`, `new Anthropic()`, `new Replicate()`. */
export const PAID_CLIENT_CTOR =
  /^(?:OpenAI|AzureOpenAI|Anthropic|Replicate|GoogleGenerativeAI|GoogleGenAI|GenerativeModel|VertexAI|CohereClient|CohereClientV2|Mistral|MistralClient|Groq|Together|HfInference|InferenceClient|ElevenLabsClient|ChatOpenAI|ChatAnthropic|OpenAIEmbeddings|ChatGoogleGenerativeAI|ChatTogetherAI|ChatGroq|ChatMistralAI|ChatFireworks|ChatCohere|ChatVertexAI|ChatBedrockConverse|ChatDeepSeek|ChatXAI|ChatPerplexity|TogetherAIEmbeddings|MistralAIEmbeddings|CohereEmbeddings|BedrockRuntimeClient|OpenAIApi|Configuration|Exa|FirecrawlApp|Firecrawl)$/;

/**
 * A paid SDK module whose client objects spend money on their calls: not a sandbox SDK, whose handles (`Sandbox.connect(id)`)
 * run in a VM already paid for (only `Sandbox.create()` starts one).
 */
export function isPaidClientModule(src: string): boolean {
  return PAID_API_MODULE.test(src) && !SANDBOX_API_MODULE.test(src);
}

/**
 * A parameter typed as a paid SDK's client: `async function textResponse(openai: OpenAI, body)` with `OpenAI` imported
 * from `openai` (openai-realtime-agents' Responses proxy, whose handler builds the client and hands it to same-file
 * helpers). Only the client classes of a paid module count, not E2B's sandboxes.
 */
export function isPaidClientParam(sourceCode: TSESLint.SourceCode, def: { type: string; name: TSESTree.Node }): boolean {
  if (def.type !== 'Parameter' || def.name.type !== 'Identifier') return false;
  const t = def.name.typeAnnotation?.typeAnnotation;
  if (t?.type !== 'TSTypeReference' || t.typeName.type !== 'Identifier' || !PAID_CLIENT_CTOR.test(t.typeName.name)) return false;
  const src = getImportSource(sourceCode, t.typeName);
  return src !== undefined && isPaidClientModule(src);
}

/** Method names on a paid client that spend money. */
export const PAID_METHOD =
  /^(?:create|stream|generate|generateContent|generateContentStream|sendMessage|sendMessageStream|run|predict|invoke|call|embedContent|batchEmbedContents|embedQuery|embedDocuments|createChatCompletion|createCompletion|createImage|createEmbedding|createTranscription|chat|complete|completions|textToSpeech|convert|send|subscribe|textGeneration|chatCompletion|chatCompletionStream|featureExtraction|transcribe|parse|search|searchAndContents|findSimilar|findSimilarAndContents|getContents|answer|scrape|scrapeUrl|crawl|crawlUrl|batchScrapeUrls|extract)$/;

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

/**
 * Every function whose body belongs to a handler: the handler itself plus same-file helpers it calls
 * (one level: `async function getUser(req) {...}` called from `GET`). Helpers are looked up by name.
 */
export function handlerBodies(sourceCode: SourceCode, fn: FunctionNode, depth = 1): FunctionNode[] {
  const out: FunctionNode[] = [fn];
  const seen = new Set<Node>([fn]);
  let frontier: FunctionNode[] = [fn];
  for (let d = 0; d < depth; d++) {
    const next: FunctionNode[] = [];
    for (const f of frontier) {
      walk(f, (n) => {
        if (n.type === 'CallExpression' && n.callee.type === 'Identifier') {
          const local = resolveLocalFunction(sourceCode, n.callee) ?? cachedFunction(sourceCode, n.callee);
          if (local && !seen.has(local) && !isWithinNode(local, f)) {
            seen.add(local);
            out.push(local);
            next.push(local);
          }
        }
      });
    }
    frontier = next;
  }
  return out;
}

/**
 * The function a `const` wraps in a request cache: `const getX = unstable_cache(async (q) => {...}, keys)` from
 * `next/cache`, React's `cache(fn)`. Calling the binding runs that function (turboseek's cached AI call).
 */
function cachedFunction(sourceCode: SourceCode, id: TSESTree.Identifier): FunctionNode | undefined {
  const def = findVariable(sourceCode, id)?.defs[0];
  if (def?.type !== 'Variable' || def.parent?.type !== 'VariableDeclaration' || def.parent.kind !== 'const') return undefined;
  const init = def.node.init;
  if (init?.type !== 'CallExpression' || init.callee.type !== 'Identifier') return undefined;
  const src = getImportSource(sourceCode, init.callee);
  if (!((init.callee.name === 'unstable_cache' && src === 'next/cache') || (init.callee.name === 'cache' && src === 'react'))) return undefined;
  const fn = init.arguments[0];
  return fn && isFunction(fn) ? fn : undefined;
}

function isWithinNode(inner: Node, outer: Node): boolean {
  return inner.range[0] >= outer.range[0] && inner.range[1] <= outer.range[1];
}

/** Whether a node is a function (re-exported for the rules). */
export { isFunction };
