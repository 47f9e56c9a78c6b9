import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import {
  compilePatterns,
  createRule,
  endsInExit,
  findVariable,
  getBindingValues,
  getConstInit,
  getCalleeName,
  getDottedName,
  getEnclosingFunction,
  getFileKind,
  forEachHandler,
  getHandlers,
  getFactoryCall,
  getImportedName,
  getImportSource,
  getPropertyName,
  getRootIdentifier,
  getStaticString,
  getValueSources,
  some,
  splitWords,
  handlerLabel,
  addImports,
  canCallHelper,
  helperFixes,
  isEarlyExit,
  isEdgeRuntime,
  isFunction,
  runsOnlyOutsideProduction,
  matchesAnyGlob,
  unwrap,
  isWithin,
  walk,
  chainOperands,
  ENTRY_POINT_MODULE,
  resolveLocalFunction,
  returnedValues,
  type FunctionNode,
  type Handler,
} from '../utils';
import { aliasPath, findProject, findProjectModule } from '../utils/project';
import {
  AI_SDK_CALLS,
  isPaidClientModule,
  isPaidClientParam,
  AUTH_MODULE,
  LOCAL_AUTH_MODULE,
  PAID_API_HOST,
  PAID_SEARCH_HOST,
  PAID_METHOD,
  fetchBillsCaller,
  PAID_API_MODULE,
  SANDBOX_API_MODULE,
  paidApiLabel,
  TOKEN_READ_AUTH,
  PAID_CLIENT_CTOR,
  SECRET_ENV,
  SNS_MESSAGE,
  getCredentialReadKey,
  handlerBodies,
  isAuthCall,
  isAuthFunctionName,
  isAuthWrapperName,
  isCallerClassWrapperName,
  isUserGateWrapperName,
  isAuthContextName,
  isRateLimitCall,
  OUTBOUND_AUTH_MODULE,
} from '../utils/auth-vocab';
import { CONSTANT_TIME_COMPARE, isRequestRead, traceValue } from '../utils/compare-vocab';
import { getDbCall } from '../utils/db-calls';

type Node = TSESTree.Node;

/** A router middleware that only loads the session, letting signed-out callers through: `session`, `sessionMiddleware`, `withSession`. */
const LOADS_SESSION = /^(?:get|load|with|use|init|attach)?sessions?(?:Middleware)?$/i;
type SourceCode = TSESLint.SourceCode;

type Options = [
  {
    authFunctions?: string[];
    authPatterns?: string[];
    wrappers?: string[];
    publicRoutes?: string[];
    protectedRoutes?: string[];
    checkPublicReads?: boolean;
    checkServerActions?: boolean;
  },
];

type MessageIds = 'missingAuth' | 'uncheckedAuth' | 'unawaitedAuth' | 'ignoredPermission' | 'callerChosenUser' | 'callerChosenTenant' | 'sessionTenantIgnored' | 'uncheckedMemberAdd' | 'openDraftMode' | 'openRealtimeAuth' | 'placeholderVerifier' | 'addGuard' | 'awaitAuth';

/** The MCP adapters whose auth wrapper takes a token verifier: `withMcpAuth(handler, verifyToken)`, xmcp's `withAuth(handler, { verifyToken })`. */
const MCP_AUTH_MODULE = /^(?:mcp-handler|@vercel\/mcp-adapter|@xmcp\/adapter)$/;
/** A placeholder token of an example (`__TEST_VALUE__`, mcp-handler's README), not a secret anyone was issued. */
const PLACEHOLDER_TOKEN = /^__[A-Z][A-Z0-9_]*__/;

/**
 * Auth APIs that always return a Promise, by module and imported name: next-auth's `getServerSession` and `getToken`, Clerk's
 * `currentUser`. A test of what they return, un-awaited, tests the Promise (always truthy).
 */
const ASYNC_AUTH_IMPORTS: Readonly<Record<string, RegExp>> = {
  getServerSession: /^next-auth(?:\/next)?$/,
  getToken: /^next-auth\/jwt$/,
  currentUser: /^@clerk\/nextjs(?:\/server)?$/,
};

/** What the missingAuth message asks for. A server action only server code calls (a webhook's helper) should not be an action at all. */
const ROUTE_FIX = 'Verify the session (or API key) first and return 401 when it is missing.';
/** A paid AI SDK's client under its usual name, when the app's own module exports it (`import { openai } from '@/app/openai'`). */
const PROJECT_AI_CLIENT = /^(?:openai|anthropic|groq|replicate|mistral|cohere|together|genAI|gemini)$/;
/**
 * What a call into the app's own code reaches when its module (`@/lib/polar`, `@/lib/cloudinary`, `@/libs/openai`) or, for
 * a method, its client (`polar.customers.list`) is named for a third-party service: the message says what the service
 * is; the decisions stay those of project code. The module's file name decides (its folder when the file is an `index` /
 * `client` / `server`), so `@/lib/openai/usage` stays project data code.
 */
const PROJECT_SERVICES: [RegExp, string][] = [
  [/^(?:polar|lemon-?squeezy|paddle|razorpay|paypal|mollie|braintree)$/i, 'a payments provider'],
  [/^(?:cloudinary|uploadthing|imagekit|mux)$/i, 'a media service'],
  [/^(?:openai|anthropic|claude|gemini|groq|replicate|mistral|cohere|deepseek|openrouter|elevenlabs|perplexity|together(?:ai)?|fireworks(?:ai)?)$/i, 'a paid AI API'],
];
function projectServiceLabel(src: string, client: string | undefined): string | undefined {
  const segments = src.split('/');
  let file = segments.pop() ?? '';
  if (/^(?:index|client|server)(?:\.[jt]sx?)?$/.test(file)) file = segments.pop() ?? '';
  // `@/lib/cloudinary`, `./gemini-client`, `@/lib/openai.server`: the service's name and a word for its kind of module.
  const name = file.replace(/\.[jt]sx?$/, '').replace(/[-_.](?:client|server|api|sdk|service|config)$/i, '');
  // The client's name without its kind (`togetheraiBaseClient` from `@/lib/ai`: smartpdfs' cover image).
  const service = client?.replace(/(?:Base)?Client$/, '');
  for (const [re, what] of PROJECT_SERVICES) if (re.test(name) || (service !== undefined && re.test(service))) return what;
  return undefined;
}
/**
 * What a payments or media SDK called directly reaches, named like the app's own module for it ({@link PROJECT_SERVICES}):
 * Polar's and Lemon Squeezy's clients hold the app's customers, subscriptions and checkouts, Mux's its videos.
 */
function sdkServiceLabel(src: string | undefined): string | undefined {
  if (src === undefined) return undefined;
  if (/^(?:@polar-sh\/sdk|@lemonsqueezy\/lemonsqueezy\.js)$/.test(src)) return 'a payments provider';
  if (src === '@mux/mux-node') return 'a media service';
  return undefined;
}
/**
 * A call of Trigger.dev's SDK that starts or stops a job: `tasks.trigger(...)`, `tasks.batchTrigger(...)`,
 * `runs.cancel(runId)` from `@trigger.dev/sdk` (or `/v3`). Not `auth.createPublicToken(...)` nor `runs.retrieve(id)`.
 */
function isTriggerDevJobCall(src: string, root: string, chain: readonly string[], name: string): boolean {
  if (!/^@trigger\.dev\/sdk(?:\/v3)?$/.test(src) || chain.length !== 1) return false;
  return (
    (root === 'tasks' && /^(?:trigger|batchTrigger|triggerAndPoll)$/.test(name)) ||
    (root === 'runs' && /^(?:cancel|replay|reschedule)$/.test(name))
  );
}
/**
 * Lemon Squeezy calls that reach no account of the app: `lemonSqueezySetup({ apiKey })` configures the client; the License
 * API (`activateLicense(key, name)`, `validateLicense(key)`) is authenticated by the license key the caller sends (an
 * installed app activating itself).
 */
const SDK_LOCAL_CALL = /^(?:lemonSqueezySetup|activateLicense|validateLicense|deactivateLicense)$/;
/**
 * The calls of a realtime service's server SDK that sign a browser's access: Pusher's (also Soketi's, which speaks its
 * protocol) `authorizeChannel` / `authenticate` for a private or presence channel and `authenticateUser`, Ably's
 * `auth.createTokenRequest` / `auth.requestToken`, Liveblocks' `prepareSession` / `identifyUser` (and the old `authorize`).
 */
const REALTIME_GRANT_CALL = /^(?:authorizeChannel|authenticate|authenticateUser|createTokenRequest|requestToken|prepareSession|identifyUser|authorize)$/;
/** The service a realtime client belongs to, by its module or its name (`@/lib/pusher`, `pusherServer`, `@/soketi`, `ablyRest`). */
const REALTIME_SERVICE = /pusher|soketi|ably|liveblocks/i;
/** A file that may hold a realtime grant (the public-path check reads only these). */
const REALTIME_GRANT_TEXT = /\b(?:authorizeChannel|authenticate|authenticateUser|createTokenRequest|requestToken|prepareSession|identifyUser|authorize)\s*\(/;
/** A presence member's id that names an account (`user_id: body.userId`), not a nickname or a random client id. */
const ACCOUNT_ID_VALUE = /^(?:\w*[uU]ser_?[iI]d|user_id|uid|\w*[eE]mail|\w*[aA]ccountId|account_id|\w*[mM]emberId|member_id)$/;
const REALTIME_FIX =
  'Verify the session first and return 401 without one; then take the user id from the session and authorize only the channels or rooms that user may join.';
/**
 * A scheduled job's route (`app/api/cron/cleanup/route.ts`): the platform's scheduler calls it with no session (Vercel
 * Cron calls GET with `Authorization: Bearer $CRON_SECRET`).
 */
const CRON_PATH = /(?:^|\/)(?:app|pages|api)\/(?:[^/]+\/)*?(?:crons?|cron-jobs?)\//i;
const CRON_FIX =
  'A scheduler calls it with no session: check its shared secret first (`Authorization: Bearer ${CRON_SECRET}` on Vercel, compared in constant time) and return 401 when it does not match.';
const ACTION_FIX =
  "Verify the session first and throw when it is missing; if only server code calls it (a webhook, another action), move it out of the 'use server' file into a server-only module instead.";
/**
 * An app whose package.json lists no sign-in or session package at all (spliit: groups shared by link) has no session
 * to verify: the message then says how to keep such a route public on purpose. A dependency named for auth, sessions,
 * tokens, passwords, an identity provider or a backend with its own accounts (Payload, Medusa), or one of the
 * workspace's own packages (which may hold the auth code), keeps the usual message.
 */
const AUTH_DEPENDENCY_WORD =
  /^(?:auth(?!or)\w*|\w*auth|\w*oauth\w*|\w*sessions?|clerk|lucia|jose|jwt\w*|jsonwebtoken|passport\w*|bcrypt\w*|argon2?|firebase\w*|supabase|appwrite|pocketbase|nhost|convex|instantdb|kinde|workos|stackframe|privy|descope|stytch|ory|keycloak\w*|okta|zitadel|logto|hanko|oslojs|oslo|arctic|siwe|magic|\w*webauthn|passkeys?|otp\w*|thirdweb|iron|payload\w*|medusajs|strapi|directus|keystone\w*)$/;
function hasNoSignIn(deps: ReadonlyMap<string, string>): boolean {
  for (const [name, range] of deps) {
    if (/^(?:workspace|file|link):/.test(range)) return false;
    // By the words of the name: `next-auth`, `@auth/core`, `iron-session`; not `class-variance-authority` or `jest-environment-jsdom`.
    if (name.toLowerCase().split(/[^a-z0-9]+/).some((w) => AUTH_DEPENDENCY_WORD.test(w))) return false;
  }
  return true;
}
const NO_ACCOUNTS_PAID_FIX =
  'No sign-in package is listed in package.json, so anyone can call it if the app has no accounts: check an access key or shared secret first, or, only if it is meant to be public, rate-limit it per client (and add a bot check) so nobody can spend your quota, and list the file in `publicRoutes`.';
const NO_ACCOUNTS_FIX =
  'No sign-in package is listed in package.json, so anyone can call it if the app has no accounts: check an access key or shared secret first, or, only if it is meant to be public (anyone with the link may use it), list the file in `publicRoutes`.';
/**
 * Vercel Blob's `handleUpload`: the same route answers the browser's token request and Vercel's upload-completed
 * callback, which carries no session; the check belongs in `onBeforeGenerateToken` (no guard is suggested in front).
 */
const UPLOAD_FIX =
  "Check the session inside `onBeforeGenerateToken` and throw when it is missing: a guard in front of `handleUpload` would also turn away Vercel Blob's upload-completed callback.";
/** UploadThing's server entries, whose `createUploadthing()` builds the routes of a file router. */
const UPLOADTHING_MODULE = /^uploadthing\/(?:next|next-legacy|server|express|fastify|h3|remix)$/;
const UPLOADTHING_FIX =
  "Check the session in the route's `.middleware()` and throw `new UploadThingError('Unauthorized')` when it is missing: UploadThing signs the upload for whatever the middleware returns without throwing.";

/** The auth library a suggested guard uses, and the app module it imports from when one was found. */
interface AuthLibrary {
  kind: 'next-auth' | 'authjs' | 'better-auth' | 'clerk' | 'supabase' | 'generic';
  /** The app module to import from (`@/lib/auth`), when the app has one where apps keep it. */
  module?: string;
  /** The name that module exports, when the library leaves it to the app (the Supabase client factory). */
  name?: string;
}

/** Where apps keep their auth setup (project-relative, no extension), most common first. */
const AUTH_MODULES = ['auth', 'src/auth', 'lib/auth', 'src/lib/auth', 'server/auth', 'src/server/auth', 'lib/auth/index', 'src/lib/auth/index'];
const NEXT_AUTH_OPTIONS_MODULES = [
  ...AUTH_MODULES.slice(2),
  'lib/auth-options',
  'src/lib/auth-options',
  'lib/authOptions',
  'src/lib/authOptions',
  'app/api/auth/[...nextauth]/route',
  'src/app/api/auth/[...nextauth]/route',
  'pages/api/auth/[...nextauth]',
  'src/pages/api/auth/[...nextauth]',
];
const SUPABASE_SERVER_MODULES = ['lib/supabase/server', 'utils/supabase/server', 'src/lib/supabase/server', 'src/utils/supabase/server', 'lib/supabase-server', 'src/lib/supabase-server'];

/** Members of a Node.js / Next.js API response that answer the request. */
const RESPONSE_MEMBER =
  /^(?:status|json|send|end|redirect|setHeader|writeHead|write|flushHeaders|appendHeader|removeHeader|statusCode|statusMessage|revalidate|setDraftMode|setPreviewData|clearPreviewData|cookie|cookies|header|headers|type|pipe|on|once|socket)$/;

/** Next.js's conventional exports of a route segment's page or layout, and those files. */
const SEGMENT_CONVENTION_EXPORT = /^(?:generateMetadata|generateViewport|generateStaticParams|generateImageMetadata|generateSitemaps)$/;
const SEGMENT_FILE = /(?:^|[\\/])(?:page|layout|template|default|not-found)\.[cm]?[jt]sx?$/;

/** A service's health and status probes, public by design (matched against the project-relative path). */
const HEALTH_ROUTES = ['**/{health,healthz,healthcheck,health-check,status,ping,ready,readiness,liveness,alive,heartbeat,version,uptime}{,/**,.*}'];
/**
 * A record's status under its id (`api/admin/orders/[id]/status`, `api/invoices/[id]/status`): the route reads or changes
 * that record's status (an admin approving a merchant, an invoice marked paid), it is no probe of the service.
 */
const RECORD_STATUS_ROUTE = /\/\[[^\]/]+\]\/status(?:\/|\.|$)/;

/** Routes that are public by design (matched against the project-relative path), besides {@link HEALTH_ROUTES}. */
const DEFAULT_PUBLIC_ROUTES = [
  '**/{og,og-image,opengraph,opengraph-image*,twitter-image*,icon*,apple-icon*,manifest*,favicon*}{,/**,.*}',
  '**/.well-known/**',
  '**/{sitemap*,robots*,rss*,feed*,atom*,llms*}{,/**,.*}',
  '**/api/auth/**',
  '**/auth/**/route.*',
  '**/\\[...nextauth\\]/**',
  '**/\\[\\[...nextauth\\]\\]/**',
  // An identity provider's protocol endpoints (`/idp/authorize`, `/idp/token`: better-auth's SCIM demo IdP) authenticate by
  // the protocol itself, like the OAuth and SSO paths.
  '**/{callback,callbacks,oauth,oauth2,sso,saml,oidc,idp}{,/**,.*}',
  '**/{login,logout,signin,sign-in,signout,sign-out,signup,sign-up,register,forgot-password,reset-password,verify,verify-email,confirm,magic-link,otp}{,/**,.*}',
  '**/{webhook,webhooks,hook,hooks}{,/**,.*}',
  '**/*webhook*{,/**,.*}',
  '**/record[-_]*{,/**,.*}',
  '**/{track,tracking,beacon,pixel,collect,event,events,analytics,vitals,web-vitals,send,ingest,telemetry}{,/**,.*}',
  // The same beacons named for what they do: `/api/log-event`, `/api/track-event`.
  '**/{log,track}[-_]{event,events,pageview,pageviews}{,/**,.*}',
  // A view counter an image or page posts to as it is seen (muaythai's `/api/gallery/track-view`, signed-in viewer optional).
  // Not `log-view`, which may be a page that shows logs.
  '**/track[-_]{view,views}{,/**,.*}',
  // A click counter a link posts to as it opens (ailaunch-space's `/api/promotions/[id]/click`): the visitor is anonymous.
  // The singular action only: `/clicks` may list a link's click statistics.
  '**/click{,/**,.*}',
  '**/{public,share,shared,embed,widget}{,/**,.*}',
  '**/{unsubscribe,newsletter,waitlist,contact,feedback,csp-report,report-uri}{,/**,.*}',
  // Forms anyone fills to ask for access or a demo (a waitlist by another name).
  '**/{beta-request,beta-requests,early-access,request-access,access-request,access-requests,demo-request,demo-requests,contact-request,contact-requests,quote-request,quote-requests,request-quote,interest,register-interest,express-interest}{,/**,.*}',
  // The same as two segments (jobai's `/api/beta/request`, the beta signup form).
  '**/{beta,demo,access}/{request,requests}{,/**,.*}',
  // One-click unsubscribe endpoints (RFC 8058: the mail client POSTs with no session), `unsubscribe-oneclick`.
  '**/unsubscribe[-_]*{,/**,.*}',
  '**/{trpc,graphql}/**',
  '**/*-auth/**',
  '**/auth-*/**',
  '**/api/**/client/**',
  '**/\\({public,collect,tracking,marketing,site,landing,www}\\)/**',
  '**/{invite,invites,invitation,invitations,accept-invite,accept-invitation,join}{,/**,.*}',
];

/**
 * A `subscribe` route is a newsletter signup, public by design, unless it bills: a file that names a payment provider
 * (WorkOS's B2B starter `/api/subscribe` creates the caller's organization, makes the `userId` it is sent its admin, then
 * opens a Stripe checkout). There the handler is checked like any other (a guest checkout alone is still public).
 */
const SUBSCRIBE_ROUTES = ['**/subscribe{,/**,.*}'];
const PAYMENT_PROVIDER = /\b(?:stripe|Stripe|lemonsqueezy|lemonSqueezy|paddle|Paddle|razorpay|Razorpay|polar|Polar)\b/;

/**
 * Routes whose `GET` serves a public image: avatars and logos are shown on public pages (a booking page, a
 * profile, an email), like the icons and OG images above. Their other methods (an avatar upload) are checked.
 */
const PUBLIC_IMAGE_GET_ROUTES = ['**/{avatar,avatars,logo,logos}{,/**,.*}'];

/**
 * Routes whose `GET` serves an embeddable widget's configuration (yettobedecided's `/api/widget-settings?org=slug`: the
 * accent color, position and button text its script loads on the customer's site, for visitors who are signed in to
 * nothing): what the widget shows on third-party pages is public by construction. Writing it (the dashboard's `POST`)
 * is checked, and so are other `widget-*` routes (`widget-users` lists the people who used it).
 */
const EMBED_CONFIG_GET_ROUTES = ['**/{widget,embed}[-_]{settings,config,configuration}{,/**,.*}'];

/**
 * A route named for a sign-up form's yes/no about a public handle: `api/users/check-username`, `api/slug-available`,
 * `api/username/availability` (the route form of `checkUsernameAvailability(name)`; an email is not a public handle), also
 * with the answer's word after it, `api/check-username-unique` (the mystery-message tutorial's sign-up form check).
 */
const AVAILABILITY_ROUTE =
  /(?:^|\/)(?:check[-_]?(?:user[-_]?name|handle|slug|subdomain)s?(?:[-_](?:unique|uniqueness|available|availability|exists|taken))?|(?:user[-_]?name|handle|slug|subdomain)s?[-_/](?:available|availability|check|exists|taken))(?:\/route|\/index)?\.[cm]?[jt]sx?$/i;

/**
 * A route named only for the answer, `api/check-unique` (ShyNote's sign-up form): the same check when what it reads is
 * a handle (`searchParams.get('username')`, `req.query.slug`) and the file reads no email (account enumeration).
 */
const UNIQUE_CHECK_ROUTE = /(?:^|\/)check[-_]?unique(?:ness)?(?:\/route|\/index)?\.[cm]?[jt]sx?$/i;
const READS_HANDLE_PARAM = /\.get\(\s*['"`](?:user[-_]?name|handle|slug|subdomain)['"`]\s*\)|\bquery\s*\.\s*(?:user[-_]?name|handle|slug|subdomain)\b/i;

/** `'Cache-Control': 'public, …'`, `res.setHeader('Cache-Control', 'public, …')`. */
const PUBLIC_CACHE = /['"]cache-control['"]\s*[:,]\s*['"`]\s*public\b/i;

/** Options of a handler wrapper that make it authenticate first: `{ requireAuth: true }`, `{ authRequired: true }`. */
const AUTH_OPTION_KEY = /^(?:requireAuth|requiresAuth|authRequired|requireSession|requireUser|requireLogin|authenticated|requireAuthentication)$/;

/** Server action names that are public by design (sign-in, sign-up, public forms: contact, a quote or a demo request). */
const PUBLIC_ACTION =
  /^(?:sign_?(?:in|up|out)|log_?(?:in|out)|login|logout|register|signin|signup|signout|forgot|resetPassword|requestPassword|sendPassword|updatePassword|verify|confirm|resend|subscribe|unsubscribe|newsletter|joinWaitlist|waitlist|contact|sendContact|submitContact|feedback|submitFeedback|track|acceptInvite|magic|otp|oauth|callback|authenticate|(?:request|submit)Quote(?:Request)?(?=(?:Action)?$)|requestDemo(?=(?:Action)?$))/i;

/**
 * The same, anywhere in a longer name: `sendOtpAction`, `checkAccountExistsAction`, `validateAuthorizeRequest`;
 * actions that clear the caller's own cookies (`clearClientSessionCookieAction`): a cookie is per browser; and
 * a request for an access-recovery email (`requestWidgetAccessRecovery(email)`: like a password reset, the link goes
 * to the address the caller types; not `regenerateRecoveryCodes` or `updateRecoveryEmail`).
 */
const PUBLIC_ACTION_WORD =
  /(?:Otp|OTP|MagicLink|SignIn|Signin|SignUp|Signup|Login|LogIn|Register|Password|Verification|Authorize|OAuth|Oauth|Waitlist|Newsletter|Subscribe|Contact|Unsubscribe)|^check\w*(?:Exists|Available)|^is\w*Available|^(?:validate|check)(?:Email|EmailAddress|Username|UserName|Handle)(?:Action)?$|^(?:clear|delete|remove)\w*Cookies?(?:Action)?$|^(?:request|start|begin|send|initiate)\w*Recovery(?:Email|Links?)?(?:Action)?$/;

/**
 * An action that sets a password guarding something shared rather than the caller's own sign-in: `setMasterPassword`
 * (firebase-dicilo's master password for its admin balance actions, stored by an unauthenticated action),
 * `updateAdminPassword`, `changeSitePassword`. Not a check of one (`verifyMasterPassword`) nor a reset (`resetPassword`).
 */
const SETS_SHARED_PASSWORD = /^(?:set|update|change|save|store|rotate)(?:Master|Admin|Root|System|Global|Site)Password(?:Action)?$/;
/**
 * An action named for writing a password (`updateUserPassword`, `setPassword`, `resetPassword`): with an account named by
 * its parameters and nothing that proves the caller holds it, it is no sign-in flow (see `setsPasswordByIdentity`).
 */
const SETS_PASSWORD_ACTION = /^(?:set|update|change|save|store|reset)\w*Password(?:Action)?$/;
/** Parameters that name an account. */
const ACCOUNT_PARAM = /^(?:email|emailAddress|userEmail|userId|user_id|uid|id|username|userName|accountId|memberId)$/;
/** Parameters that prove the caller may act on it: a reset token or code, the current password. */
const PROOF_PARAM = /token|code|otp|current|old|previous|secret|signature|session/i;
/** An action that manages newsletters as records rather than signing someone up: `createNewsletter`, `deleteNewsletter`, `sendNewsletter`. */
const MANAGES_NEWSLETTER = /^(?!\w*(?:From|To|For|In|On)Newsletters?)(?:create|update|edit|delete|remove|publish|send|schedule|archive|duplicate|generate|save)(?:[A-Z]\w*)?Newsletters?(?:Action)?$/;

/**
 * Calls that make a route an auth endpoint itself (public by design; rate limiting is another rule). Also the
 * request for a password-reset email (`sendPasswordResetEmail(token.email, token.token)`, the next-auth v5 guide's
 * `reset` action; `createPasswordResetToken(user.id)` then `sendPasswordResetToken(...)`, a Lucia template's
 * `passwordResetToken({ email })`): its caller cannot sign in, and the link goes to the account's own address.
 */
const AUTH_ENDPOINT_CALL =
  /^(?:signIn|signUp|signOut|signInWithPassword|signInWithOtp|signInWithOAuth|signInWithIdToken|signInAnonymously|signUpEmail|signInEmail|signInSocial|resetPasswordForEmail|forgetPassword|forgotPassword|requestPasswordReset|sendPasswordResetEmail|sendPasswordReset(?:Token|Link|Code)|(?:create|generate)PasswordResetToken|resetPassword|verifyOtp|exchangeCodeForSession|sendVerificationEmail|verifyEmail|createSession|createUserSession|setSession)$/;

/**
 * better-auth endpoints that turn away a caller without a session in the headers they are given (401): the admin
 * plugin's, behind its `adminMiddleware` and a permission check of the caller's role (403; `createUser` checks the same
 * whenever it is given headers), and the organization plugin's behind `orgSessionMiddleware` / `sessionMiddleware`
 * (`createOrganization`, `updateOrganization` and `deleteOrganization` check the session themselves). Called as
 * `auth.api.removeUser({ body, headers: await headers() })`, the library authenticates the caller itself
 * (v2-saas-solution's admin actions). Not `addMember`, `createTeam`, `removeTeam`: server calls the plugin runs for
 * any caller.
 */
const BETTER_AUTH_SESSION_ENDPOINT =
  /^(?:listUsers|getUser|createUser|adminUpdateUser|setRole|banUser|unbanUser|listUserSessions|revokeUserSession|revokeUserSessions|removeUser|setUserPassword|impersonateUser|stopImpersonating|createOrganization|updateOrganization|deleteOrganization|getFullOrganization|setActiveOrganization|listOrganizations|listMembers|removeMember|updateMemberRole|getActiveMember|getActiveMemberRole|leaveOrganization|createInvitation|acceptInvitation|rejectInvitation|cancelInvitation|listInvitations|updateTeam|listOrganizationTeams|setActiveTeam|listUserTeams|listTeamMembers|addTeamMember|removeTeamMember)$/;

/**
 * Calls that start a sign-in at an external identity provider (an OAuth / OIDC / SAML / LDAP redirect or intent): the
 * first step of a sign-in, which no session precedes (ZITADEL's login app, `startIdentityProviderFlow({ idpId, urls })`,
 * `startLDAPIdentityProviderFlow({ idpId, username, password })`).
 */
const IDP_FLOW_START_CALL = /^start\w*(?:IdentityProvider|Idp|IDP|Sso|SSO|OAuth|Oauth|Oidc|OIDC|Saml|SAML)\w*(?:Flow|Intent)$/;

/** Calls named for signing a user in: an auth endpoint when handed a password (`db.loginUser(email, password)`). */
const LOGIN_CALL = /^(?:log_?in|logIn|signInUser|authenticateUser)(?:User|WithPassword|WithCredentials)?$/i;

/** An argument that carries the password: `password`, `body.password`, `{ email, password }`. */
function passesPassword(arg: TSESTree.CallExpressionArgument): boolean {
  const u = arg.type === 'SpreadElement' ? arg.argument : arg;
  if (u.type === 'Identifier') return /^password$/i.test(u.name);
  if (u.type === 'MemberExpression') return /^password$/i.test(getPropertyName(u) ?? '');
  if (u.type === 'ObjectExpression') return u.properties.some((p) => p.type === 'Property' && /^password$/i.test(getPropertyName(p) ?? ''));
  return false;
}

/**
 * Calls that make or renew a session: an auth endpoint when given a credential ({@link CREDENTIAL_FIELD}). Also one
 * named for making it from the credential checks it is handed (ZITADEL's `createSessionFromChecks({ checks })`).
 */
const SESSION_EXCHANGE_CALL = /^(?:create|refresh|rotate|exchange)\w*Session(?:FromChecks)?$/;
/**
 * Fields that carry a credential to exchange: a password, a refresh token, a one-time or MFA code, an ID token; ZITADEL's
 * session `checks` (the user, password, TOTP, passkey or IdP intent the session API verifies).
 */
const CREDENTIAL_FIELD = /^(?:password|refreshToken|refresh_token|otp|mfaCode|totpCode|idToken|id_token|checks)$/;

const GUARD_NAME =
  /^(?:require|ensure|assert|enforce|check|verify|validate|authori[sz]e|authenticate|can|has|is|guard|protect|unauthori[sz]ed|forbidden|deny|notFound|redirect)/i;

const DB_MODULE =
  /^(?:@prisma\/client|@prisma\/[\w-]+|prisma|drizzle-orm(?:\/.*)?|mongoose|mongodb|pg|postgres|mysql2?(?:\/promise)?|@neondatabase\/serverless|@vercel\/postgres|@vercel\/kv|@planetscale\/database|kysely|knex|sequelize|typeorm|better-sqlite3|sqlite3?|@libsql\/client|@upstash\/redis|ioredis|redis|firebase-admin(?:\/.*)?|firebase\/firestore|@supabase\/[\w-]+|convex(?:\/.*)?|@aws-sdk\/client-dynamodb|@aws-sdk\/lib-dynamodb|@aws-sdk\/client-s3|@vercel\/blob(?:\/client)?|stripe|resend|@sendgrid\/mail|nodemailer|twilio|@clerk\/backend|@vercel\/edge-config|cloudinary|@polar-sh\/sdk|@lemonsqueezy\/lemonsqueezy\.js|@mux\/mux-node)$/;

/** Firestore's modules, and its classes of values built in memory (field paths, sentinels, timestamps): no query. */
const FIRESTORE_MODULE = /^(?:firebase-admin(?:\/firestore)?|firebase\/firestore|@google-cloud\/firestore)$/;
const FIRESTORE_VALUE_CLASS = /^(?:FieldPath|FieldValue|Timestamp|GeoPoint)$/;

/** Project modules that hold DB clients / models / data access. */
const PROJECT_DB_MODULE =
  /(?:^|\/)(?:db|database|prisma(?:db)?|drizzle|supabase|mongo\w*|models?|redis|kv|firebase\w*|firestore|sql|pg|postgres|knex|kysely|dal|queries|repositor\w*|schema|stripe|mongoose|dbConnect|connectDB|connectDb|mongodb)(?:\/|\.|$|-)/i;

const PROJECT_MODULE = /^(?:\.{1,2}\/|@\/|~\/|#|\$lib|src\/|@@\/)/;

/**
 * A data model imported bare from the root a `jsconfig` `baseUrl` sets (`import ProductsModal from
 * 'app/DBconfig/model/products'`: ecomerce-with-next-js' mongoose models). Only a member call on it
 * (`ProductsModal.deleteOne(...)`) counts: the app's other bare `app/...` helpers (`userCanEditBoard(bid)`,
 * `getFormFeedbackForError(code)`) may be checks or response builders this rule cannot read across files.
 */
function isBareAppModelCall(src: string, callee: TSESTree.Node): boolean {
  return src.startsWith('app/') && callee.type === 'MemberExpression' && PROJECT_DB_MODULE.test(src);
}

/** A project module that only its `models` folder marks as data (`@/lib/models`, `@/lib/models/registry`): mongoose models, or an AI model catalogue. */
function isModelsOnlyModule(src: string): boolean {
  return /(?:^|\/)models?(?:\/|\.|$|-)/i.test(src) && !PROJECT_DB_MODULE.test(src.replace(/(?:^|\/)models?(?=\/|\.|$|-)/gi, '/_'));
}

/**
 * An app's data layer exported already behind its session check, named for it: Mapform's `authDataService` (its
 * next-safe-action actions on an `authClient` whose middleware redirects a signed-out caller), `authedApi`,
 * `authenticatedService`. Not `authService` / `authActions` (sign-in, sign-up, password reset: what the caller uses
 * to authenticate) nor `authClient` (better-auth's client, or a client of an auth server).
 */
const AUTHED_SERVICE = /^(?:authed|authenticated|auth(?=(?:Data|Action)[A-Z]))\w*(?:Service|Actions|Api|API)$/;

/** Service classes, as opposed to data models: `ModelRegistry`, `ProviderManager`, `ModelService`. */
const SERVICE_CLASS = /(?:Registry|Manager|Service|Catalog|Loader)$/;

/** A helper named for a check: `assertSameUser`, `verifyOwnership`, `validateAndTrackUsage`. */
const CHECK_HELPER = /^(?:assert|ensure|verify|check|validate|authori[sz]e|require|guard|can|is|has)[A-Z_]/;

/** Google's `genAI.getGenerativeModel({ model })` (and from cached content): a model handle built in memory, no request. */
const MODEL_HANDLE_FACTORY = /^getGenerativeModel(?:FromCachedContent)?$/;
/** Globals whose static `is*` methods test a value's type (`Array.isArray`, `Number.isInteger`, `Buffer.isBuffer`). */
const BUILTIN_TYPE_TEST_OWNER = /^(?:Array|Number|Object|Buffer|String|ArrayBuffer)$/;
/**
 * A predicate about a value the request carries, not about the caller: `isBannedUrl(url)`, `isValidEmail(email)`,
 * `isImageFile(file)`. A throw when it fails rejects the input (open-operator's blocked start URL), it authenticates no one.
 */
const INPUT_PREDICATE = /^(?:is|has|check|verify|validate)\w*(?:Url|URL|Urls|Uri|URI|Link|Email|File|Filename|FileName|Path|Extension|Mime|MimeType|Image|Json|JSON|Format|Date|Number|String|Text)$/;
/** A response that denies for lack of authentication (not a redirect or a 404, which many checks share). */
const UNAUTHORIZED_EXIT = /\b(?:401|403)\b|[Uu]nauthori[sz]ed|UNAUTHORI[SZ]ED|[Ff]orbidden|FORBIDDEN/;
/** An exit that says the caller is not signed in (401), not that it lacks a permission. */
const UNAUTHENTICATED_EXIT = /\b401\b|[Uu]nauthori[sz]ed|UNAUTHORI[SZ]ED|[Uu]nauthenticated/;
/** A check of what the caller may do, noun first: tavla's `userCanEditBoard(bid)`, `callerHasAccess(orgId)`. */
const CALLER_PERMISSION_CALL = /^(?:user|caller|viewer|currentUser)(?:Can|Has(?:Access|Permissions?|Role))[A-Z]?\w*$/;
/** A check of what the caller may do, verb first: `canEditBoard(bid)`, `hasProjectAccess(id)`. */
const PERMISSION_CALL = /^can[A-Z]\w*$|^has[A-Z]?\w*?(?:Access|Permissions?|Role)$/;
/**
 * Getters of the caller's own record, given nothing: `getUserProgress()`, `getCurrentUserSubscription()`, `getMyProfile()`.
 * Not aggregates over all users (`getUserCount()`, `getUserStats()`) nor lists (`getUsers()`).
 */
const CALLER_RECORD_GETTER = /^(?:get|fetch|load|read)(?:Current|My|Own)?User(?!Count|Stats|Total|List|Metrics)[A-Z]\w*$|^(?:get|fetch|load)My[A-Z]\w*$/;

const DB_NAME = /^(?:prisma|db|database|sql|knex|kysely|pool|mongo|mongoose|redis|kv|firestore|drizzle|pg|tx|trx|supabase\w*|sb|client|dbClient|prismaClient|conn|connection|collection|adminDb|admin)$/i;
const DB_CLIENT_FACTORY =
  /^(?:createClient|createServerClient|createBrowserClient|createRouteHandlerClient|createServerComponentClient|createServerActionClient|createAdminClient|createServiceClient|createServiceRoleClient|createSupabaseServerClient|createSupabaseClient|getSupabase\w*|getPrisma\w*|drizzle|getDb|getDB|connectToDatabase|connectToDB|connectToDb|connectToMongo|connectToMongoDB|connectDB|connectDb|dbConnect|connectMongo|connectMongoDB|getClient|getPool|PrismaClient|Pool|Client|Redis|MongoClient|Firestore|Kysely|neon|postgres|createPool|createConnection)$|^(?:create|make|init)\w*(?:Supabase|Prisma|Drizzle|Repository)\w*$/;

/** Methods that write; also Supabase Storage's bucket admin calls (`supabase.storage.createBucket(name)`). */
const WRITE_METHOD =
  /^(?:create|createMany|createManyAndReturn|createOrReplace|createIfNotExists|update|updateMany|upsert|delete|deleteMany|insert|insertOne|insertMany|updateOne|deleteOne|replaceOne|findOneAndUpdate|findOneAndDelete|findOneAndReplace|findByIdAndUpdate|findByIdAndDelete|findByIdAndRemove|bulkWrite|remove|destroy|save|set|hset|hdel|del|incr|incrby|decr|lpush|rpush|sadd|srem|zadd|zrem|expire|put|add|rpc|\$executeRaw|\$executeRawUnsafe|execute|send|cancel|refund|charge|capture|confirm|transfer|put|upload|upload_stream|upload_large|publish|enqueue|trigger|batch|commit|createBucket|updateBucket|deleteBucket|emptyBucket)$/;

const WRITE_NAME =
  /^(?:create|update|delete|remove|insert|upsert|save|set|add|send|post|put|patch|destroy|archive|publish|invite|cancel|charge|refund|transfer|submit|approve|reject|assign|move|import|upload|generate|process|sync|trigger|enqueue|schedule|mark|toggle|reset|revoke|grant|link|unlink|connect|disconnect|store|write|record|edit|change|modify|purchase|checkout|pay|book|reserve|claim|redeem|apply|run|execute|deploy|provision|migrate|seed|clear|purge|wipe|drop|ban|block|unblock|suspend|restore|duplicate|copy|clone|merge|rename|share|transfer|notify|email|sms|call)/i;

/** Builders of an HTTP answer's envelope: `createPaginatedResponse`, `buildJsonResponse`, `makeListResponse`. */
const PAGE_RESPONSE_BUILDER = /^(?:create|build|make)(?:Paginated|Paged|Page|Pagination|Cursor|List|Collection|Json|JSON|Api|API|Http|HTTP|Success|Ok)Response$/;

/** An app's object of error-response builders: `errors.validation(err)`, `httpErrors.notFound()`, `apiErrors.unauthorized()`. */
const ERROR_RESPONSES_OBJECT = /^(?:errors|httpErrors|apiErrors|ApiErrors|HttpErrors|errorResponses)$/;

/** Names of response helpers: `createDiscoveryResponse`, and HTTP status helpers (`noContent()`, `badRequest('...')`). */
const RESPONSE_HELPER =
  /[a-z\d]Response$|^(?:noContent|badRequest|notFound|unauthorized|forbidden|conflict|gone|tooManyRequests|methodNotAllowed|unprocessable\w*|serverError|internalError|internalServerError)$/;

/** `cart` is a shopping cart, not a menu's `a_la_carte_items` (delivery-sub's public menu), `cartoons` or `cartridges`.
 * A `site_settings` row is the site's own configuration (ailaunch-space's theme, layout and banner, read by key for
 * every visitor's page), not a user's settings (`user_settings`, `settings` still are).
 */
const SENSITIVE =
  /user|account|profile|customer|order|payment|invoice|billing|subscription|transaction|lead|contact|message|conversation|chat|email|session|token|secret|credential|password|admin|member|team|workspace|tenant|seller|document|note|(?<!site[_-]?)setting|integration|audit|private|draft|patient|employee|salary|address|phone|wallet|balance|purchase|cart(?!e(?:s|_|\b)|oon|ridge|ograph)|booking|appointment|ticket|submission|apikey|api_key|apiKeys|keys\b|owner|organization|\borg|report|analytic|usage|payout|bank|card|ssn|medical|health_record|history|inbox|mail|secret/i;

/**
 * The history of a plural noun (`tennis_courts_history`, `pricesHistory`): snapshots of those records, as sensitive
 * as the records themselves (`tennis_courts` is a public listing, `orders_history` still names orders). A person's
 * activity history is named for the activity, in the singular (`search_history`, `login_history`, `chat_history`).
 */
const PLURAL_HISTORY = /([A-Za-z][a-hj-rtv-z]s)[_-]?history(?![a-z])/gi;

/**
 * `chat` in a chat model (`fetchChatModels`, `chat_model`): the catalog of language models a chat app offers, the same
 * for every visitor (sparka's `getChatModels()` action), not anyone's chats. `fetchChats()` still names chats.
 */
const CHAT_MODEL = /[Cc]hat[_-]?(?=[Mm]odels?(?![a-z]))/g;
/**
 * On-chain names: a token's mint or contract address, a program's bonding-curve account, a token's amount or supply
 * (baremint's `readBondingCurveAccount(mintAddress)`, `trade.tokenAmount`): public ledger state, not a postal address, a
 * user's account or an auth token. SQL's `ORDER BY` sorts, it names no orders.
 */
const NOT_SENSITIVE_WORDS =
  /(?:[Mm]int|[Cc]ontract|[Pp]rogram|[Bb]onding[_-]?[Cc]urve|[Pp]ool|[Vv]ault|[Ee]scrow)[_-]?(?:[Aa]ddress(?:es)?|[Aa]ccounts?)(?![a-z])|[Tt]oken[_-]?(?:[Aa]mount|[Ss]upply|[Dd]ecimals|[Ss]ymbol|[Mm]int)s?(?![a-z])|\bORDER\s+BY\b/g;

/**
 * A function that answers whether a public handle is free (`checkUsernameAvailability`, `isSlugAvailable`): a
 * yes/no, no record. Not a person's calendar (`getUserAvailability`) nor an email (account enumeration). Also one
 * that returns the first free one (wavhaven's `generateUniqueSlug(title)`, exported from a 'use server' file).
 */
const AVAILABILITY_CHECK =
  /^(?:check|is)(?:User[Nn]ame|Handle|Slug|Subdomain)(?:Is)?(?:Available|Availability)$|^(?:generate|get|make|create|find)(?:Unique|Available|Free)(?:User[Nn]ame|Handle|Slug|Subdomain)$/;

/**
 * A booking page's availability route (`/api/availability/[date]`, `/api/booking/slots`): its GET answers which slots are
 * taken, what a public booking form shows before anyone signs in.
 */
const AVAILABILITY_PATH = /(?:^|\/)(?:availability|(?:available|free|open)[-_]?(?:slots|times|dates)|(?:time[-_]?)?slots|free[-_]?busy)(?:\/|\.|$)/i;
/** The records such a route reads to tell taken slots from free ones. */
const BOOKED_RECORD = /booking|appointment|reservation/i;
const BOOKED_RECORD_ALL = new RegExp(BOOKED_RECORD.source, 'gi');

/**
 * Lookup tables of kinds: `appointment_types`, `appointmentType`, `ticket_categories`. The words before the suffix
 * qualify a catalog the app shows to anyone (a booking page lists its appointment types), not anyone's records.
 * Also the plans a pricing page lists (`subscription_plans`, `pricingPlans`); a user's `workout_plans` are records.
 */
const CATALOG_NAME =
  /^[A-Za-z]\w*?(?:_types?|Types?|_categor(?:y|ies)|Categor(?:y|ies)|_kinds?|Kinds?)$|^(?:subscription|pricing|membership|billing)(?:_p|P)lans?$/;
/**
 * Query operators that match text (a search): mongo's `$regex` and `$text: { $search }`, Prisma's `contains`; and the
 * query builders' text matches (Supabase `.ilike(col, q)` / `.textSearch(col, q)`, drizzle `ilike(col, q)`).
 */
const TEXT_MATCH_KEY = /^(?:\$regex|\$search|contains)$/;
const TEXT_MATCH_CALL = /^(?:ilike|like|textSearch)$/;
/** Names of Postgres functions that read: `get_translations`, `list_members`, `match_posts`, `searchDocuments`. */
const READ_RPC = /^(?:get|list|fetch|search|find|match|count|read|select|lookup|query)(?:_|[A-Z])/;
/** Words that make such a function write anyway: `get_or_create_user`, `get_and_increment_counter`. */
const RPC_WRITE_WORD = /create|insert|update|upsert|delete|remove|increment|decrement|set_|_set|add_|claim|consume|reset|log_|track|record|bump|mark/i;
/** Query-builder steps (Supabase / PostgREST, Knex, Drizzle, Mongo cursors): they shape a query, they name no data. */
const QUERY_BUILDER_STEP =
  /^(?:select|order|orderBy|eq|neq|gt|gte|lt|lte|like|ilike|is|in|contains|containedBy|overlaps|textSearch|match|not|or|and|filter|limit|range|single|maybeSingle|csv|returns|throwOnError|abortSignal|where|andWhere|orWhere|whereIn|sort|skip|take|offset|groupBy|having|distinct|first|exec|lean|populate|project)$/;
/** A service-role / admin client variable: `supabaseAdmin`, `adminClient`, `serviceRoleClient`, `adminDb`. */
const ADMIN_CLIENT = /^(?:supabase|db|prisma|firebase|firestore)?_?(?:admin|service(?:_?role)?)(?:_?(?:client|supabase|db))?$/i;
/**
 * A document store's generic operation, named for "documents" whatever they hold: mongoose's `Event.countDocuments()`,
 * Appwrite's `databases.listDocuments(DATABASE_ID, APPOINTMENT_COLLECTION_ID, ...)`. The model, or the collection the
 * call names, says what is read, not the word "document" (a `prisma.document` model still does).
 */
const DOCUMENT_OPERATION = /^(?:count|estimated|list|get|create|update|delete|upsert)Documents?(?:Count)?$/;
/** Calls whose string arguments name a table or collection: `supabase.from('orders')`, `db.collection('users')`. */
const TABLE_CALL = /^(?:from|table|collection|doc|ref|model|getRepository|into)$/;

/** A read of the app's one settings record: `getSettings()`, `getSiteSettings()`, `getStoreSettings()`. */
const GLOBAL_SETTINGS_READ = /^get(?:App|Site|Store|Shop|Global|Public)?Settings$/;

/** A cookie read: `cookies().get('cartId')`, `(await cookies()).get("cartId")`, `cookieStore.get('guest_id')`. */
const GUEST_COOKIE_READ = /cookie\w*\s*(?:\(\s*\))?\s*\)?\s*\.get\(\s*['"`]([\w-]+)['"`]/i;
/** A parameter (or a member of its type) naming a checkout or cart by its id: `checkoutId`, `cart_id`, `id: Checkout["id"]`, `checkout: Checkout`. */
const CHECKOUT_ID_PARAM = /\b(?:checkout|cart)_?[iI]d\b|\b(?:Checkout|Cart)\[\s*['"]id['"]\s*\]|\b(?:checkout|cart)\??\s*:\s*(?:Checkout|Cart)\b/;
/** A parameter naming whose records they are: a user, customer, account, owner or an order. */
const OWNER_ID_PARAM = /\b(?:user|customer|account|owner|order)_?(?:Id|ID|id)s?\b/;
/** A service registry's getter for the checkout, the cart or its payment: `services.getCheckoutService()`. */
const CHECKOUT_SERVICE_GETTER = /^get(?:Checkout|Cart|Basket|Payment)Service$/;
/** What a guest-session cookie names. */
const GUEST_WORD = /^(?:cart|basket|bag|guest|anon|anonymous|visitor)$/;

/** Member calls that return a handle to run queries on (a client), not a query's result. */
const DB_HANDLE_METHOD = /^(?:collection|table|from|model|getRepository|db|database|schema|withSchema|connect|getClient|\$extends|withAccelerate|bind)$/;

/** A field that names a record: `userId`, `id`, `user_id`, `email`, `username`, `slug`. */
const RECORD_ID_FIELD = /^(?:id|\w*Id|\w*_id|email|username|slug|handle)$/;
/**
 * The app's own guard of the caller's access to a resource: `assertWorkspaceAccess(input.workspaceId)`,
 * `requireProjectPermission(input.projectId)`, `ensureTeamMember(teamId)`; also an auth check named for what it guards
 * (rowboat's `projectAuthCheck(params.project_id)`). It reads the session itself; the input only names what is guarded.
 */
const RESOURCE_ACCESS_GUARD =
  /^(?:require|ensure|assert|enforce|check|verify|authori[sz]e|guard|protect|(?:throw|fail|deny)(?:If|Unless)(?:No|Not)?)_?[A-Z]\w*?(?:Access|Permissions?|Member(?:ship)?|Owner(?:ship)?)$|^[a-z][A-Za-z0-9]*AuthCheck$/;
/** Input fields that name a user: handed to a guard, they make it check whoever the caller claims to be. */
const CALLER_ID_FIELD = /^(?:\w*[uU]serId|user_id|uid|email|username|\w*[aA]ccountId|account_id|\w*[mM]emberId|member_id|ownerId|owner_id|handle)$/;
/** Parts of the request that carry the caller's credentials. */
const REQUEST_CREDENTIAL_PART = /^(?:headers|cookies|nextUrl|url|auth|session)$/;

/** API frameworks' request adapters: the handler hands the request to a router whose procedures decide. */
const API_ADAPTER_MODULE = /^(?:@trpc\/server\/adapters\/[\w-]+|@trpc\/server\/adapters\/next|@as-integrations\/next|graphql-yoga|@graphql-yoga\/[\w-]+|hono\/vercel|hono\/nextjs|@hono\/node-server\/vercel)$/;
/**
 * A server action parameter that names the acting user (narrower than the parameters `callerUserParam`
 * reads as user-keyed: an `accountId` or `memberId` is often another record's id, an email account or a
 * team membership).
 */
const CALLER_USER_ID = /^(?:userId|user_id|uid|ownerId|owner_id|authorId|creatorId)$/;
/** A role or permission check: an admin may act on another user's records. */
const ROLE_CHECK = /\b(?:role|roles|isAdmin|is_admin|admin|permissions?|isOwner|isSuperAdmin|superAdmin|can[A-Z]\w*|has[A-Z]\w*(?:Role|Permission|Access)\w*|authori[sz]e\w*|assert\w*(?:Access|Owner|Admin|Permission)\w*|check\w*(?:Access|Owner|Admin|Permission)\w*|require\w*(?:Admin|Role|Permission|Owner)\w*)\b/;
/** A role named as a check's argument: `await requireAuth('owner')`, `requireUser(['owner', 'manager'])` (homebake's owner-only actions). */
const ROLE_ARGUMENT = /\(\s*\[?\s*['"](?:owner|admin|administrator|super_?admin|superuser|manager|moderator|staff)['"]/i;
/** A server action parameter naming the organization (tenant) it acts in. */
const TENANT_PARAM = /^(?:organizationId|organization_id|orgId|org_id|workspaceId|workspace_id|tenantId|tenant_id|teamId|team_id)$/;
/** The organization parameter a read by which, unauthenticated, exposes its records: not a team's (a sports team's roster is public). */
const UNCHECKED_TENANT_PARAM = /^(?:organizationId|organization_id|orgId|org_id|workspaceId|workspace_id|tenantId|tenant_id)$/;
/** A column or field that holds the organization a record belongs to (`client.organizationId`, `{ orgId }`, `workspace_id`). */
const TENANT_COLUMN = /^(?:organizationId|organization_id|orgId|org_id|workspaceId|workspace_id|tenantId|tenant_id)$/;
/** A Prisma-style read of a menu's records (`prisma.menuItem.findMany`, `db.category.findMany`) or of content translations (`prisma.menuItemTranslation.groupBy`, `variantTranslation`): shown to anyone. */
const PUBLIC_MENU_MODEL = /\((?:\w+\.)?(?:prisma|db|tx|client)\.(?:menu\w*|categor(?:y|ies)|\w*Translations?)\.\w+\)/;
/** A filter on whether a record is published (`published: true`, `eq(events.isPublic, true)`): content meant for anyone. */
const PUBLICATION_FILTER = /\b(?:published|isPublished|is_published|isPublic|is_public|visibility)\b/;
/** The session's name for the caller's organization: Clerk's `orgId`, better-auth's `activeOrganizationId`. */
const SESSION_TENANT = /^(?:orgId|organizationId|activeOrganizationId|workspaceId|activeWorkspaceId|tenantId)$/;
/** A model of memberships: `teamMember`, `organizationMembers`, `workspace_members`, `membership`, `member`. */
const MEMBERSHIP_MODEL = /^(?:(?:team|org|organization|workspace|tenant|group|space|company)_?)?members?(?:hips?)?$/i;
/** The key of the team or organization a membership belongs to. */
const MEMBERSHIP_GROUP_KEY = /^(?:teamId|team_id|organizationId|organization_id|orgId|org_id|workspaceId|workspace_id|tenantId|tenant_id)$/;
/** A role read from the session or the caller's record (`session.user.role`, `currentUser.role === 'ADMIN'`). */
const CALLER_ROLE = /\b(?:session|user|currentUser|me|authUser|viewer|caller)\??\.(?:user\??\.)?(?:role|roles|isAdmin)\b/;
/** A call that may check the caller's hold on a record: `assertSiteInOrg(id)`, `verifyAccess(...)`, `requireOrgAdmin()`. */
const RECORD_CHECK_CALL = /^(?:assert|ensure|verify|check|authori[sz]e|require|guard|can)[A-Z_]|Membership|Access|Permission|Owner/;
/** A call named for checking the caller's place in an organization: `getUserOrganizationMembership`, `userHasOrgAccess`, `getMemberRole`. */
const TENANT_CHECK_NAME = /Membership|Access|Permission|Role|Authori[sz]|Owner/;
/** A global (not per-organization) admin check of the caller: an administrator may act in any organization. */
const GLOBAL_ADMIN_CHECK = /\b(?:isAdmin|is_admin|isSuperAdmin|superAdmin|isSuperuser)\b|\.role\s*[!=]==?\s*['"](?:admin|super_?admin|superuser)['"]|['"](?:admin|super_?admin|superuser)['"]\s*[!=]==?\s*\w+(?:\.\w+)*\.role\b/;
const USER_KEYED_PARAM = /^(?:user|userId|user_id|uid|email|accountId|account_id|account|customerId|customer_id|sellerId|seller_id|ownerId|owner_id|memberId|orgId|org_id|organizationId|teamId|team_id|workspaceId|workspace_id|tenantId|tenant_id|profileId|clientId)$/i;

/** A module of made-up data: `@/constants/mock-api`, `lib/fake-data`, `@/data/demo`, `mocks/handlers`. */
const MOCK_MODULE = /(?:^|[/@~])(?:mocks?|fakes?|faker|demo|dummy)(?:[-_.][\w.-]*)?(?:\/|$)|[/-](?:mock|fake|dummy)-(?:api|data|db)\b/i;

/**
 * Names of project functions that compute from their arguments rather than reach data: `formatPrice`, `parseDataSource`,
 * `buildQuery`, `getBaseUrl`, `extractResumeText(file)` (interview-ai's resume upload: the text of the caller's own
 * file). Not a reach of a handler, nor what the message names for one.
 */
function isComputeName(name: string): boolean {
  return /^(?:get|use)?(?:Base)?Url/i.test(name) || /^(?:format|parse|extract|build|to|is|has|should|can|map|pick|omit|sanitize|normalize|render|compute|calculate|hash)(?=[A-Z\d_]|$)/.test(name);
}
/** Calls that are never "data": request parsing, responses, framework helpers, formatters (`formatAmountForStripe(amount, currency)` from `@/utils/stripe-helpers`: a pure function, whatever module it sits in), opening a connection (`client.connect()`, Prisma's `$connect()`: the queries after it are what reach data). */
const TRIVIAL_CALL =
  /^(?:json|text|formData|arrayBuffer|blob|headers|cookies|draftMode|params|searchParams|redirect|notFound|permanentRedirect|revalidatePath|revalidateTag|unstable_cache|after|connection|next|rewrite|sleep|delay|wait|setTimeout|log|info|warn|error|debug|trace|captureException|captureMessage|parse|safeParse|parseAsync|safeParseAsync|validate|stringify|format(?:[A-Z]\w*)?|toString|t|getTranslations|getLocale|getMessages|resolve|all|allSettled|race|ImageResponse|getFont|loadFont|readFile|readdir|stat|access|generateId|createId|newId|genId|cuid|cuid2|nanoid|uuid|uuidv4|ulid|randomUUID|connect|\$connect)$/;

/**
 * Records whose id, taken from the request, is itself the capability to see what they point to: a share
 * link (`link`, `shareLink`, `entryLink`), a viewer's view of it, an emailed verification code, an invite.
 */
const CAPABILITY_MODEL = /^(?:links?|\w+Links?|\w+_links?|shares?|share_?tokens?|shareTokens?|views?|verification_?tokens?|verificationTokens?|invites?|invitations?|invite_?tokens?|inviteTokens?)$/;
/** Single-record lookups. */
const LOOKUP_METHOD = /^(?:findUnique|findUniqueOrThrow|findFirst|findFirstOrThrow|findOne|findById)$/;
/** Fields that say whether a capability is still valid: expiry, archival, revocation, a password, download permission. */
const CAPABILITY_STATE =
  /^(?:expiresAt|expires|expired|expiry|expiration|isArchived|archived|archivedAt|deletedAt|deleted|isDeleted|revoked|revokedAt|isActive|active|enabled|disabled|isDisabled|allowDownload|password|passwordHash|emailProtected|verified|used|usedAt|consumed|consumedAt|accepted|acceptedAt|viewedAt|maxViews)$/;
/** What a holder of a capability may write: records of its own visit (views, verification codes, feedback, downloads). */
const ACTIVITY_MODEL =
  /^(?:views?|viewers?|visits?|visitors?|verification_?tokens?|verificationTokens?|feedbacks?|reactions?|responses?|answers?|downloads?|events?|reports?|link_?sessions?|linkSessions?|clicks?|impressions?|agreement_?responses?|agreementResponses?|questions?|invites?|invitations?)$/;
/** Fields that record a visit of a short link: `visitHistory`, `clicks`, `viewCount`. */
const VISIT_FIELD = /^(?:visit|visitor|click|view|hit)s?(?:Count|History|Log)?$/i;
/** Project-code writes a share-link holder must never reach. */
const OWNER_WRITE_NAME = /^(?:delete|remove|destroy|update|edit|archive|transfer|revoke|purge|wipe|drop|rename|move|publish|unpublish)/i;

interface Reach {
  node: Node;
  label: string;
  /** What the message names when it is not `label`: the call handed to an awaiting wrapper (`asaw(createContext(x))`). Decisions read `label`. */
  shown?: string;
  /** The app's stored records: its database, or a payment provider's (Stripe) that it keeps customers in. */
  stored?: boolean;
  write: boolean;
  paid: boolean;
  sensitive: boolean;
  /** A realtime grant signed for whoever asks (any channel the caller names, the identity the caller sends): what anyone can then do. */
  grant?: string;
}

interface Analysis {
  /** What the handler reaches, in source order (computed on first read: most handlers are gated, and never read it). */
  readonly reaches: Reach[];
  /** Auth calls / credential reads whose result gates the response. */
  gated: boolean;
  /** An auth call (a session, not a shared secret or a capability) gates the response. */
  sessionGated?: boolean;
  /** An auth call whose result never gates anything. */
  unchecked?: TSESTree.CallExpression;
  authEndpoint: boolean;
  webhook: boolean;
  rateLimited: boolean;
  userKeyed: boolean;
  writesRequest: boolean;
}

export default createRule<Options, MessageIds>({
  name: 'require-route-auth',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require an authentication check in route handlers and server actions that reach data',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      missingAuth:
        '{{handler}} reaches {{what}} without an authentication check: anyone who finds the URL can call it. {{fix}}',
      uncheckedAuth:
        '{{call}}() is called but its result never gates the response: unauthenticated requests still reach {{what}}. Return 401 (or throw / redirect) when there is no session.',
      ignoredPermission:
        "{{call}}() answers `{ success: false }` when the caller lacks the permission; it throws only without a session or a membership. Its answer is dropped here (a `.catch()` never sees a denial), so the permission is never enforced. Read `success` and deny (403) when it is false.",
      unawaitedAuth:
        '{{call}}() returns a Promise and is not awaited: `{{test}}` tests the Promise, which is always truthy, so it never turns a signed-out caller away. Await the call.',
      callerChosenUser:
        '{{handler}} checks that someone is signed in, then reaches {{what}} by the `{{param}}` its caller passes: a server action\'s arguments come from the client, so any signed-in user can pass another user\'s id. Use the id from the session instead, or deny the call when the two differ.',
      callerChosenTenant:
        '{{handler}} checks that someone is signed in, then reaches {{what}} by the `{{param}}` its caller passes, and writes: a server action\'s arguments come from the client, so a member of one organization can pass another\'s id. Check the caller\'s membership (and role) in that organization first, or use the organization from the session.',
      sessionTenantIgnored:
        '{{handler}} reads the caller\'s organization (`{{tenant}}`) from the session only to require one, then writes through {{what}} by the ids its caller passes without filtering by it: a member of one organization can change another\'s records. Add `{{tenant}}` to the query\'s filter, or check first that the record belongs to it.',
      uncheckedMemberAdd:
        '{{handler}} checks that someone is signed in, then adds a member to the `{{param}}` its caller names ({{what}}) without checking the caller\'s own place there: any signed-in user can add anyone, themselves included, to any {{kind}}. Check first that the caller is an admin of that {{kind}}.',
      openDraftMode:
        '{{handler}} turns on draft mode for anyone who opens it: every visitor can then read the CMS\'s unpublished content. Check the secret the CMS sends with its preview link (compared in constant time) and return 401 when it does not match.',
      openRealtimeAuth:
        '{{handler}} signs {{what}} with no authentication check: {{risk}} {{fix}}',
      placeholderVerifier:
        "The MCP route's token verifier accepts any bearer token {{how}} '{{value}}', the example's placeholder: it verifies nothing, so anyone can call the server's tools. Verify the token with your identity provider (or look the API key up) and return undefined when it fails.",
      addGuard: 'Add {{library}} authentication guard at the top of {{handler}}.',
      awaitAuth: 'Await {{call}}() so that the test sees its result, not the Promise.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          authFunctions: { type: 'array', items: { type: 'string' }, description: 'Extra names of functions that authenticate a request.' },
          authPatterns: { type: 'array', items: { type: 'string' }, description: 'Regular expressions for names of auth functions.' },
          wrappers: { type: 'array', items: { type: 'string' }, description: 'Extra names of handler wrappers that authenticate.' },
          publicRoutes: { type: 'array', items: { type: 'string' }, description: 'Globs of route files and server action files that are public by design (added to the defaults).' },
          protectedRoutes: { type: 'array', items: { type: 'string' }, description: 'Globs of route files a middleware already protects.' },
          checkPublicReads: { type: 'boolean', description: 'Also report GET handlers that only read non-user data.' },
          checkServerActions: { type: 'boolean', description: 'Check server actions (default true).' },
        },
        additionalProperties: false,
      },
    ],
  },
  defaultOptions: [{ authFunctions: [], authPatterns: [], wrappers: [], publicRoutes: [], protectedRoutes: [], checkPublicReads: false, checkServerActions: true }],
  create(context, [options]) {
    const kind = getFileKind(context);
    if (kind.isClient || kind.isTest) return {};
    // A module that builds UploadThing file routes (`app/api/uploadthing/core.ts`): see checkUploadRoutes.
    const uploadRouter = context.sourceCode.text.includes('createUploadthing');
    if (!kind.isAppRoute && !kind.isPagesApi && !kind.isServerActionFile && !context.sourceCode.text.includes('use server') && !uploadRouter) return {};
    const file = kind.filename;
    const availabilityRoute =
      AVAILABILITY_ROUTE.test(file) ||
      (UNIQUE_CHECK_ROUTE.test(file) && READS_HANDLE_PARAM.test(context.sourceCode.text) && !/email/i.test(context.sourceCode.text));
    /** A route of a scheduled job (under `cron/`), called by the platform's scheduler, not by a signed-in user. */
    const isCronRoute = (h: Handler): boolean => h.kind !== 'server-action' && CRON_PATH.test(file);
    if (matchesAnyGlob(file, options.protectedRoutes ?? [])) return {};
    const isPublicPath =
      matchesAnyGlob(file, DEFAULT_PUBLIC_ROUTES) ||
      (matchesAnyGlob(file, HEALTH_ROUTES) && !RECORD_STATUS_ROUTE.test(file)) ||
      matchesAnyGlob(file, options.publicRoutes ?? []) ||
      (matchesAnyGlob(file, SUBSCRIBE_ROUTES) && !PAYMENT_PROVIDER.test(context.sourceCode.text));
    // A realtime service's auth endpoint sits on an auth-like path (`api/pusher/auth`, `liveblocks-auth`): there only its
    // grants are checked (see `realtimeGrant`), whatever else the route reaches.
    const grantsOnly = isPublicPath && (kind.isAppRoute || kind.isPagesApi);
    if (grantsOnly && !(REALTIME_SERVICE.test(context.sourceCode.text) && REALTIME_GRANT_TEXT.test(context.sourceCode.text))) return {};
    // A server action file the user lists as public (the defaults name route paths only).
    if (!kind.isAppRoute && !kind.isPagesApi && matchesAnyGlob(file, options.publicRoutes ?? [])) return {};
    const sourceCode = context.sourceCode;
    const authFunctions = new Set(options.authFunctions ?? []);
    const authPatterns = compilePatterns(options.authPatterns);
    const wrapperNames = new Set(options.wrappers ?? []);

    /** The handler being analysed: a value it returns is a response, not a check. */
    let analyzedHandler: FunctionNode | undefined;
    /** Reported nodes: one function exported under two names (`export { handler as GET, handler as POST }`) gets one report. */
    const reportedNodes = new Set<Node>();

    return {
      'CallExpression[callee.type="Identifier"][callee.name=/^(?:getServerSession|getToken|currentUser)$/]': checkUnawaitedAuth,
      'CallExpression[callee.type="MemberExpression"][callee.property.name=/^(?:getUser|getSession)$/]': checkUnawaitedAuth,
      'CallExpression[callee.type="Identifier"][callee.name=/^(?:withMcpAuth|experimental_withMcpAuth|withAuth)$/]': checkMcpVerifier,
      'Program:exit'() {
        forEachHandler(sourceCode, kind, check);
        if (uploadRouter) checkUploadRoutes();
        if (kind.isAppRoute && sourceCode.text.includes('getCustomerId')) checkPolarPortal();
      },
      ...(sourceCode.text.includes('asPermission') ? { 'CallExpression[callee.property.name=/^(?:hasPermission|userHasPermission)$/]': checkDroppedPermission } : {}),
    };

    /**
     * The module's top-level declarations `const x = f(...)` whose callee is a plain identifier (only the exported ones when
     * `exportedOnly`): `export const GET = CustomerPortal({...})`, `const f = createUploadthing()`.
     */
    function* topLevelConstCalls(exportedOnly: boolean): Generator<{ id: TSESTree.Identifier; init: TSESTree.CallExpression; callee: TSESTree.Identifier }> {
      for (const stmt of sourceCode.ast.body) {
        const decl = stmt.type === 'ExportNamedDeclaration' ? stmt.declaration : exportedOnly ? undefined : stmt;
        if (decl?.type !== 'VariableDeclaration') continue;
        for (const d of decl.declarations) {
          const init = d.init ? unwrap(d.init) : undefined;
          if (d.id.type !== 'Identifier' || init?.type !== 'CallExpression' || init.callee.type !== 'Identifier') continue;
          yield { id: d.id, init, callee: init.callee };
        }
      }
    }

    /**
     * Polar's customer portal handler, `export const GET = CustomerPortal({ accessToken, getCustomerId })` from `@polar-sh/nextjs`:
     * it opens a portal session (subscriptions, invoices, payment methods) for whatever customer `getCustomerId` answers. A
     * `getCustomerId` that reads the request (`req.nextUrl.searchParams.get('customer_id')`, a header) with no auth call and
     * no call into the app's own code (which may read the session) lets anyone who has a customer's id manage their billing
     * (Dojo-Website's and dating-ai's portal routes).
     */
    function checkPolarPortal(): void {
      for (const { id, init, callee } of topLevelConstCalls(true)) {
        if (getImportedName(sourceCode, callee) !== 'CustomerPortal' || !/^@polar-sh\//.test(getImportSource(sourceCode, callee) ?? '')) continue;
        const opts = init.arguments[0] ? unwrap(init.arguments[0] as Node) : undefined;
        if (opts?.type !== 'ObjectExpression') continue;
        const prop = opts.properties.find((p): p is TSESTree.Property => p.type === 'Property' && getPropertyName(p) === 'getCustomerId');
        const fn = prop ? unwrap(prop.value as Node) : undefined;
        if (!prop || !fn || !isFunction(fn)) continue;
        const req = fn.params[0];
        if (req?.type !== 'Identifier') continue;
        let readsRequest = false;
        let checks = false;
        walk(fn.body, (n) => {
          if (n.type === 'Identifier' && n.name === req.name && n !== req) readsRequest = true;
          if (n.type === 'CallExpression') {
            const root = getRootIdentifier(unwrap(n.callee));
            const src = root ? getImportSource(sourceCode, root) : undefined;
            if (isAuthCall(sourceCode, n, { authFunctions, authPatterns }) || (src !== undefined && PROJECT_MODULE.test(src))) checks = true;
          }
          return !checks;
        });
        if (!readsRequest || checks) continue;
        context.report({
          node: prop.key,
          messageId: 'missingAuth',
          data: {
            handler: `${id.name} handler`,
            what: "a Polar customer portal (the customer's subscriptions, orders and payment methods) for the customer id the request names",
            fix: "Resolve the customer from the session in getCustomerId (the signed-in user's Polar customer id) and throw when there is none.",
          },
        });
      }
    }

    /**
     * better-auth's `auth.api.hasPermission({ headers, body })` (organization plugin) and `auth.api.userHasPermission(...)`
     * (admin plugin) answer `{ error: null, success }`: they throw for a missing session, organization or membership, never
     * for a missing permission. A call whose answer is dropped (`await auth.api.hasPermission(...)` as a statement, also with
     * `.catch(() => { throw new Error('Forbidden') })`, as in an organization-roles actions file) enforces no permission.
     */
    function checkDroppedPermission(call: TSESTree.CallExpression): void {
      const callee = call.callee;
      if (callee.type !== 'MemberExpression' || callee.object.type !== 'MemberExpression' || getPropertyName(callee.object) !== 'api') return;
      const root = getRootIdentifier(callee.object);
      const src = root ? getImportSource(sourceCode, root) : undefined;
      if (!(src !== undefined && (/^better-auth(?:\/|$)/.test(src) || LOCAL_AUTH_MODULE.test(src))) && !findProject(context.physicalFilename)?.deps?.has('better-auth')) return;
      let e: Node = call;
      for (let i = 0; i < 8; i++) {
        const p: Node | undefined = e.parent;
        if (p?.type === 'AwaitExpression' || p?.type === 'ChainExpression' || p?.type === 'TSNonNullExpression' || p?.type === 'TSAsExpression') e = p;
        // `.catch(fn)` / `.finally(fn)` on the answer hands on the same answer (or the handler's throw).
        else if (p?.type === 'MemberExpression' && p.object === e && /^(?:catch|finally)$/.test(getPropertyName(p) ?? '') && p.parent?.type === 'CallExpression' && p.parent.callee === p) e = p.parent;
        else break;
      }
      if (e.parent?.type !== 'ExpressionStatement') return;
      context.report({ node: callee, messageId: 'ignoredPermission', data: { call: shorten(sourceCode.getText(callee)) } });
    }

    /**
     * An auth API that returns a Promise, called without `await` and its result tested for truthiness: `const session =
     * getServerSession(authOptions); if (!session) return 401` (or `if (!currentUser())`) tests the Promise, which is always
     * truthy, so the check lets everyone through. Only the library APIs known to be async (see {@link ASYNC_AUTH_IMPORTS};
     * supabase's `supabase.auth.getUser()` / `getSession()` given nothing, better-auth's `auth.api.getSession(...)`), and only
     * when the Promise itself is tested and never awaited or handed on (`Promise.all([session])`, `return session`).
     */
    function checkUnawaitedAuth(call: TSESTree.CallExpression): void {
      if (!isAsyncAuthApi(call)) return;
      let expr: Node = call;
      while (expr.parent && (expr.parent.type === 'TSAsExpression' || expr.parent.type === 'TSNonNullExpression' || expr.parent.type === 'TSSatisfiesExpression')) expr = expr.parent;
      const parent = expr.parent;
      let test: Node | undefined;
      if (parent?.type === 'UnaryExpression' && parent.operator === '!') {
        test = truthinessTest(parent) ? parent : undefined;
      } else if (parent?.type === 'VariableDeclarator' && parent.init === expr && parent.id.type === 'Identifier') {
        const variable = findVariable(sourceCode, parent.id);
        if (!variable || variable.references.some((r) => r.isWrite() && !r.init)) return;
        for (const ref of variable.references) {
          if (!ref.isRead()) continue;
          const use = ref.identifier;
          const p = use.parent;
          // Awaited, chained or handed on later (`await session`, `session.then(...)`, `Promise.all([session])`, `return session`).
          if (!p || p.type === 'AwaitExpression' || p.type === 'ArrayExpression' || p.type === 'ReturnStatement' || p.type === 'ArrowFunctionExpression' || p.type === 'YieldExpression') return;
          if (p.type === 'CallExpression' || p.type === 'NewExpression' || p.type === 'SpreadElement' || p.type === 'AssignmentExpression' || p.type === 'VariableDeclarator') return;
          if (p.type === 'MemberExpression' && p.object === use && /^(?:then|catch|finally)$/.test(getPropertyName(p) ?? '')) return;
          if (!test && p.type === 'UnaryExpression' && p.operator === '!' && truthinessTest(p)) test = p;
        }
      }
      if (!test) return;
      const fn = getEnclosingFunction(call);
      const testText = sourceCode.getText(testOfIf(test));
      context.report({
        node: call.callee,
        messageId: 'unawaitedAuth',
        data: { call: calleeText(call), test: testText.length > 40 ? `${testText.slice(0, 37)}...` : testText },
        suggest: fn?.async ? [{ messageId: 'awaitAuth', data: { call: calleeText(call) }, fix: (fixer) => (test === parent ? fixer.replaceText(call, `(await ${sourceCode.getText(call)})`) : fixer.insertTextBefore(call, 'await ')) }] : [],
      });
    }

    /**
     * An MCP adapter's token verifier that accepts a token by the example's placeholder: mcp-handler's README verifier,
     * `if (!bearerToken.startsWith('__TEST_VALUE__')) return undefined; return { token, clientId: 'user123', ... }`, copied
     * as it is. The wrapper authenticates whatever the verifier accepts. Only a placeholder literal (`__TEST_VALUE__`): a real
     * prefix (`startsWith('tal_')`) may check an API key's form before the tools forward it to the API that issued it.
     */
    function checkMcpVerifier(call: TSESTree.CallExpression): void {
      if (call.callee.type !== 'Identifier' || !MCP_AUTH_MODULE.test(getImportSource(sourceCode, call.callee) ?? '')) return;
      const second = call.arguments[1] ? unwrap(call.arguments[1]) : undefined;
      let verifier: Node | undefined = second;
      if (second?.type === 'ObjectExpression') {
        const prop = second.properties.find((p): p is TSESTree.Property => p.type === 'Property' && getPropertyName(p) === 'verifyToken');
        verifier = prop ? unwrap(prop.value) : undefined;
      }
      if (verifier?.type === 'Identifier') verifier = resolveLocalFunction(sourceCode, verifier) ?? getConstOptionsVerifier(verifier);
      if (!verifier || !isFunction(verifier)) return;
      // The verifier and the same-file helpers it calls (`return verifyBearerToken(bearerToken)`).
      const bodies: Node[] = [verifier];
      walk(verifier, (n) => {
        if (n.type === 'CallExpression' && n.callee.type === 'Identifier') {
          const fn = resolveLocalFunction(sourceCode, n.callee);
          if (fn && !bodies.includes(fn)) bodies.push(fn);
        }
        return true;
      });
      for (const body of bodies) {
        let found: { node: Node; how: string; value: string } | undefined;
        walk(body, (n) => {
          if (found) return false;
          if (n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && getPropertyName(n.callee) === 'startsWith') {
            const value = getStaticString(n.arguments[0]);
            if (value !== undefined && PLACEHOLDER_TOKEN.test(value)) found = { node: n, how: 'that starts with', value };
          } else if (n.type === 'BinaryExpression' && /^[!=]==?$/.test(n.operator)) {
            const value = getStaticString(n.right) ?? getStaticString(n.left);
            if (value !== undefined && PLACEHOLDER_TOKEN.test(value)) found = { node: n, how: 'equal to', value };
          }
          return !found;
        });
        if (found) {
          context.report({ node: found.node, messageId: 'placeholderVerifier', data: { how: found.how, value: found.value } });
          return;
        }
      }
    }

    /** xmcp's `const options = { verifyToken, required: true }; withAuth(handler, options)`: the verifier the options name. */
    function getConstOptionsVerifier(id: TSESTree.Identifier): Node | undefined {
      const init = getConstInit(sourceCode, id);
      const o = init ? unwrap(init) : undefined;
      if (o?.type !== 'ObjectExpression') return undefined;
      const prop = o.properties.find((p): p is TSESTree.Property => p.type === 'Property' && getPropertyName(p) === 'verifyToken');
      const v = prop ? unwrap(prop.value) : undefined;
      return v?.type === 'Identifier' ? resolveLocalFunction(sourceCode, v) : v;
    }

    /** Whether a call is one of the auth APIs that always return a Promise (see checkUnawaitedAuth). */
    function isAsyncAuthApi(call: TSESTree.CallExpression): boolean {
      if (call.callee.type === 'Identifier') {
        const src = getImportSource(sourceCode, call.callee);
        const module = ASYNC_AUTH_IMPORTS[getImportedName(sourceCode, call.callee) ?? ''];
        return src !== undefined && !!module && module.test(src);
      }
      if (call.callee.type !== 'MemberExpression') return false;
      const objText = sourceCode.getText(call.callee.object);
      // `supabase.auth.getUser()`, `supabaseClient.auth.getSession()` (a client named for supabase): given nothing (a JWT argument is the same call).
      if (/\.auth$/.test(objText) && /supabase/i.test(objText) && call.arguments.length <= 1) return true;
      // better-auth's `auth.api.getSession({ headers })`, `auth` imported.
      const root = getRootIdentifier(call.callee.object);
      return getPropertyName(call.callee) === 'getSession' && getDottedName(call.callee.object) === 'auth.api' && !!root && getImportSource(sourceCode, root) !== undefined;
    }

    /** A negation that is the test of an `if` whose branch leaves (alone, or an operand of `||` / `&&` there). */
    function truthinessTest(n: Node): boolean {
      let cur: Node = n;
      while (cur.parent?.type === 'LogicalExpression') cur = cur.parent;
      const stmt = cur.parent;
      return stmt?.type === 'IfStatement' && stmt.test === cur && (isEarlyExit(stmt.consequent) || exitsAlways(stmt.consequent));
    }

    /** The whole test of the `if` a truthiness test sits in. */
    function testOfIf(n: Node): Node {
      let cur: Node = n;
      while (cur.parent?.type === 'LogicalExpression') cur = cur.parent;
      return cur;
    }

    /**
     * UploadThing's file routes (`f({ image: {...} }).middleware(fn).onUploadComplete(...)`, `f` made by `createUploadthing()`):
     * the route file only hands the router to `createRouteHandler`, and UploadThing runs a route's `.middleware()` before it
     * signs an upload, refusing it only when the middleware throws. A route whose middleware authenticates no one, or that
     * has none, lets anyone store files in the app's UploadThing account. Only in an app with a sign-in package (one without
     * accounts may take uploads from anyone on purpose), and not when the middleware is imported (not visible here).
     */
    function checkUploadRoutes(): void {
      const deps = findProject(context.physicalFilename)?.deps;
      if (deps && hasNoSignIn(deps)) return;
      const builders = new Set<string>();
      for (const { id, callee } of topLevelConstCalls(false)) {
        if (getImportedName(sourceCode, callee) === 'createUploadthing' && UPLOADTHING_MODULE.test(getImportSource(sourceCode, callee) ?? '')) builders.add(id.name);
      }
      if (builders.size === 0) return;
      walk(sourceCode.ast, (n) => {
        if (n.type !== 'CallExpression' || n.callee.type !== 'MemberExpression' || getPropertyName(n.callee) !== 'onUploadComplete') return true;
        let middleware: TSESTree.CallExpression | undefined;
        let cur: Node = unwrap(n.callee.object);
        for (let i = 0; i < 16 && cur.type === 'CallExpression' && cur.callee.type === 'MemberExpression'; i++) {
          if (getPropertyName(cur.callee) === 'middleware') middleware = cur;
          cur = unwrap(cur.callee.object);
        }
        if (cur.type !== 'CallExpression' || cur.callee.type !== 'Identifier' || !builders.has(cur.callee.name)) return false;
        const route = n.parent?.type === 'Property' && n.parent.value === n ? n.parent : undefined;
        const name = route ? getPropertyName(route) ?? 'upload' : 'upload';
        if (middleware) {
          const arg = middleware.arguments[0];
          const mw = arg && arg.type !== 'SpreadElement' ? (isFunction(unwrap(arg)) ? (unwrap(arg) as FunctionNode) : unwrap(arg).type === 'Identifier' ? resolveLocalFunction(sourceCode, unwrap(arg) as TSESTree.Identifier) : undefined) : undefined;
          if (!mw || uploadMiddlewareAuthenticates(mw)) return false;
        }
        context.report({
          node: route?.key ?? middleware?.callee ?? n.callee,
          messageId: 'missingAuth',
          data: { handler: `UploadThing route ${name}`, what: "the app's UploadThing storage (file uploads)", fix: UPLOADTHING_FIX },
        });
        return false;
      });
    }

    /**
     * Whether an UploadThing middleware authenticates: an auth call or credential check (its result gated or not: a
     * middleware that reads the session and lets a signed-out caller through is `uncheckedAuth` ground, not this), a
     * rate limit, unless every auth call is a stand-in: a local function that returns a fixed object (UploadThing's
     * template `const auth = (req) => ({ id: 'fakeId' })`).
     */
    function uploadMiddlewareAuthenticates(mw: FunctionNode): boolean {
      const calls: TSESTree.CallExpression[] = [];
      for (const body of handlerBodies(sourceCode, mw, 2)) {
        walk(body, (c) => {
          if (c.type === 'CallExpression' && isAuthCall(sourceCode, c, { authFunctions, authPatterns })) calls.push(c);
          return true;
        });
      }
      if (calls.length > 0 && calls.every(isStubAuth)) return false;
      const a = analyze(mw);
      return a.gated || !!a.unchecked || a.authEndpoint || a.webhook || a.rateLimited || calls.length > 0;
    }

    /** `auth(req)` calling a local `const auth = (req) => ({ id: 'fakeId' })`: a made-up user, no one authenticated. */
    function isStubAuth(call: TSESTree.CallExpression): boolean {
      const callee = unwrap(call.callee);
      const fn = callee.type === 'Identifier' ? resolveLocalFunction(sourceCode, callee) : undefined;
      if (!fn) return false;
      const values = returnedValues(fn);
      return values.length > 0 && values.every((v) => {
        const o = v ? unwrap(v, { await: true }) : undefined;
        // Literal fields, or made up on the spot (`{ id: randomUUID() }`): nothing read from the request.
        return o?.type === 'ObjectExpression' && o.properties.every((p) => p.type === 'Property' && (unwrap(p.value).type === 'Literal' || (unwrap(p.value).type === 'CallExpression' && (unwrap(p.value) as TSESTree.CallExpression).arguments.length === 0)));
      });
    }

    /** `serve(...)` imported from QStash's Next.js or workflow entry (also under another local name). */
    function isQstashServe(call: TSESTree.CallExpression): boolean {
      if (call.callee.type !== 'Identifier') return false;
      const src = getImportSource(sourceCode, call.callee);
      return src !== undefined && /^serve\w*$/.test(getImportedName(sourceCode, call.callee) ?? call.callee.name) && /^@upstash\/qstash\/(?:nextjs|workflow)$/.test(src);
    }

    function check(h: Handler): void {
      if (h.kind === 'middleware' || h.delegated || !h.fn) return;
      if (h.name === 'OPTIONS') return;
      if (h.kind === 'route' && (h.name === 'GET' || h.name === 'HEAD') && (matchesAnyGlob(file, PUBLIC_IMAGE_GET_ROUTES) || matchesAnyGlob(file, EMBED_CONFIG_GET_ROUTES))) return;
      // A handler whose response a CDN may serve to anyone (`Cache-Control: public, s-maxage=…`) is public
      // by design: per-user auth could not hold behind that cache.
      // Only a read can be served from that cache: a POST's answer is computed per call (dailybread's paid TTS POST
      // marked `public, max-age=31536000` still runs for every caller).
      if (h.kind !== 'server-action' && !(h.kind === 'route' && /^(?:POST|PUT|PATCH|DELETE)$/.test(h.name)) && PUBLIC_CACHE.test(sourceCode.getText(h.fn))) return;
      if (h.kind === 'server-action') {
        if (options.checkServerActions === false) return;
        // Not an action that manages the newsletter itself (`createNewsletter(data)`, `deleteNewsletter(id)`, `sendNewsletter()`:
        // the product's own records in an AI newsletter app), only the signup and its confirmation.
        if (PUBLIC_ACTION.test(h.name) || (PUBLIC_ACTION_WORD.test(h.name) && !/^(?:get|fetch|list|load|read|find|search)/i.test(h.name) && !MANAGES_NEWSLETTER.test(h.name) && !SETS_SHARED_PASSWORD.test(h.name) && !setsPasswordByIdentity(h.name, h.fn))) return;
        // `checkUsernameAvailability(name)`: a sign-up or onboarding form's yes/no about a public handle (amazong).
        if (AVAILABILITY_CHECK.test(h.name)) return;
        // `getCurrentUser()` exported as an action: named as an auth read and given nothing, it can only answer from the
        // caller's own session (scira's `return await getComprehensiveUserData()`); `getUser(id)` still is checked.
        if (h.fn.params.length === 0 && isAuthFunctionName(h.name, authFunctions, authPatterns)) return;
      }
      if (h.wrappers.some((w) => isAuthWrapperName(w, wrapperNames))) return;
      // A wrapper named for its callers decides who may call: webhooks and jobs (a shared token or a
      // signature, left to require-webhook-verification like webhook paths), or public by design.
      if (h.kind !== 'server-action' && h.wrappers.some(isCallerClassWrapperName)) return;
      // A QStash job endpoint made by the SDK (`export const POST = serve(workflow)` from `@upstash/qstash/nextjs`,
      // the scheduled-i18n app's translation workflow): QStash calls it, and the SDK checks
      // QStash's signature with the signing keys it reads from the environment, like `verifySignatureAppRouter(handler)`.
      if (h.kind !== 'server-action' && h.wrapperCalls.some(isQstashServe)) return;
      // An Amazon SNS endpoint authenticates its messages by their signature: left to require-webhook-verification.
      if (h.kind !== 'server-action' && SNS_MESSAGE.test(sourceCode.text)) return;
      if (h.wrapperCalls.some((c) => isAuthedClientChain(c) || isActionClientChain(c) || requestsAuthOption(c) || authenticatesByDefault(c) || buildsOnAuthContext(c))) return;
      if (h.middlewares?.some(isAuthMiddleware)) return;
      // A React component exported from a 'use server' file is not an action.
      if (h.kind === 'server-action' && (/^[A-Z]/.test(h.name) || returnsJsx(h.fn))) return;
      // Next.js's own exports of a page or layout marked 'use server' (`generateMetadata`, `generateStaticParams`): what
      // they answer is the page's public head and paths.
      if (h.kind === 'server-action' && SEGMENT_CONVENTION_EXPORT.test(h.name) && SEGMENT_FILE.test(file)) return;
      // A wrapper hands identity to the handler it wraps (`withAuth(async ({ userId }) => ...)`); an exported
      // server action's parameters come from the client (morphic's `createChat({ userId, ... })`).
      const unwrappedAction = h.kind === 'server-action' && h.wrappers.length === 0 && h.wrapperCalls.length === 0;
      if (!unwrappedAction && receivesAuthContext(h.fn)) return;
      if (handsOffToAuthedCallback(h.fn)) return;
      if (isThinDelegate(h.fn)) return;
      // A development tool: in production it answers before doing anything (ever-teams' `api/log` route writing local log files).
      if (runsOnlyOutsideProduction(h.fn)) return;
      const openDraft = h.kind === 'server-action' ? undefined : unguardedDraftEnable(h.fn);
      if (openDraft) {
        if (!reportedNodes.has(h.reportNode)) {
          reportedNodes.add(h.reportNode);
          context.report({ node: openDraft.callee, messageId: 'openDraftMode', data: { handler: handlerLabel(h) } });
        }
        return;
      }
      const fn = h.fn;
      const a = analyze(fn);
      // A server action's user id parameter is chosen by the caller: reading by it reads anyone's data,
      // through the database or the app's data layer (morphic's `getChats(userId)` over `withRLS(userId, ...)`).
      const actionUserKeyed = unwrappedAction && callerUserParam(h.fn) !== undefined;
      // Its organization id parameter, when nothing checks the caller at all: a read of the records filtered by it hands any
      // visitor that organization's data (tender-track-360's `getClients(organizationId)`). Not a team's (a sports team's
      // roster is often public), nor a read of the organization's own record by its id (its public name and logo).
      const actionTenantKeyed = unwrappedAction && !a.gated && !a.sessionGated ? paramNamed(fn, UNCHECKED_TENANT_PARAM) : undefined;
      if (actionUserKeyed && a.sessionGated && !a.authEndpoint && !a.webhook) {
        const param = callerUserParam(h.fn)!;
        const use = callerChosenUserReach(h.fn, param, a.reaches);
        if (use) {
          context.report({ node: use.ref, messageId: 'callerChosenUser', data: { handler: handlerLabel(h), what: use.what, param } });
          return;
        }
      }
      // Its organization id parameter too: a session proves who calls, not that they belong to the organization they name
      // (tender-track-360's `deleteDocument(organizationId, documentId)` looks the document up by the caller's
      // `organizationId` though the session holds the active one).
      const tenantParam = unwrappedAction && a.sessionGated && !a.authEndpoint && !a.webhook ? callerTenantParam(h.fn) : undefined;
      if (tenantParam) {
        const use = callerChosenTenantReach(h.fn, tenantParam, a.reaches);
        if (use) {
          context.report({ node: use.ref, messageId: 'callerChosenTenant', data: { handler: handlerLabel(h), what: use.what, param: tenantParam } });
          return;
        }
      }
      // The organization the session names, read only to require one, while the write finds its record by the caller's ids
      // alone (ShiftSwift's `deleteSite`: `const { userId, orgId } = auth(); if (!userId || !orgId) return ...`, then
      // `db.site.delete({ where: { id, clientId } })`).
      if (a.sessionGated && !a.authEndpoint && !a.webhook) {
        const ignored = sessionTenantIgnored(fn, a.reaches);
        if (ignored) {
          context.report({ node: ignored.node, messageId: 'sessionTenantIgnored', data: { handler: handlerLabel(h), tenant: ignored.tenant, what: ignored.what } });
          return;
        }
      }
      // A membership added to the team or organization the request names, for another user, with nothing checking the caller's own
      // role there (Content-Platform's `POST /api/teams/[teamId]/members`: the member found by the body's email, its role from the body).
      if (a.sessionGated && !a.authEndpoint && !a.webhook && h.wrappers.length === 0 && h.wrapperCalls.length === 0) {
        const added = uncheckedMemberAdd(fn, a.reaches);
        if (added) {
          context.report({ node: added.node, messageId: 'uncheckedMemberAdd', data: { handler: handlerLabel(h), param: added.param, what: added.what, kind: added.kind } });
          return;
        }
      }
      // Hashing the new password of an account the caller names is no sign-up (`updateUserPassword(email, password)`).
      const setsNamedPassword = h.kind === 'server-action' && setsPasswordByIdentity(h.name, h.fn);
      if ((a.authEndpoint && !setsNamedPassword) || a.webhook || a.gated) return;
      if (h.kind === 'server-action' && delegatesToOwnImpl(h.fn, h.name, a.reaches)) return;
      if (delegatesToAuthedService(a.reaches)) return;
      if (h.kind === 'server-action' && h.anonymous && bindsImportedAction(h.fn, a.reaches)) return;
      // A cron route's GET runs a job: Vercel Cron and similar schedulers call GET, so what it reaches is work
      // anyone could start (openstatus' `/api/checker/cron/10m`), not a public read.
      const readOnly =
        ((h.name === 'GET' || h.name === 'HEAD') && !isCronRoute(h)) ||
        (h.kind === 'pages-api' && !a.writesRequest) ||
        // A handler a router registers for GET (`handler.get(fn)`, next-connect), whatever it reads off the request (ecommerceClient's
        // random-products route logs `req.body`).
        (h.kind === 'pages-api' && /^(?:get|head)$/.test(h.chainLink ?? '') && !isCronRoute(h)) ||
        // By name only: a side effect need not be a database write (ChatGPTNextWeb's `addMcpServer` writes a
        // config file and starts processes), so a name that does not say "read" is not read as one.
        (h.kind === 'server-action' && /^(?:get|fetch|retrieve|list|load|read|search|filter|find|query|count|lookup)/i.test(h.name)) ||
        // `export async function POST()`: a route that takes no request acts on no caller input; its reads
        // are public content like a GET's (zola's "refresh the model list"). Writes still count.
        (h.kind === 'route' && h.fn.params.length === 0) ||
        // A search sent as a POST (ecommerceClient's `products/search`: `Product.find({ name: { $regex: req.body.search } })`):
        // the body carries the query a GET's URL would, so its reads are public reads like a GET's. Its writes, and reads
        // of users' records (`User.find(...)` in `users/search`), still count.
        (h.kind !== 'server-action' && !isCronRoute(h) && searchesByRequestText(h.fn));
      // A Pages API default export that takes no response (cal.com's `pages/api/teams/[teamId]/_auth-middleware.ts`,
      // `export default async function checkUserMembership(req)`: a helper module that sits under pages/api/):
      // Next.js calls it with (req, res) on the Node runtime and ignores what it returns, so what it reads never
      // reaches the caller. Its writes and paid calls still do.
      // A read action its author names public (wavhaven's `getPublicUserData(username)`, the profile header any visitor
      // sees): what it reads is meant for anyone, so a user-shaped record alone does not make it relevant. Writes, paid
      // calls and reads keyed by a user id the caller passes still are.
      const declaredPublic = readOnly && h.kind === 'server-action' && /^(?:get|fetch|list|load|read|find|search|query|lookup)Public(?=[A-Z_]|$)/.test(h.name);
      const answersNothing = h.kind === 'pages-api' && h.wrappers.length === 0 && !isEdgeRuntime(kind, sourceCode.ast) && !mayRespond(h.fn);
      // On an auth-like path, only a realtime grant is checked.
      const reaches = grantsOnly ? a.reaches.filter((r) => r.grant !== undefined) : a.reaches;
      const relevant = reaches.filter((r) =>
        answersNothing
          ? r.write || r.paid
          : !readOnly ||
            options.checkPublicReads ||
            r.write ||
            r.paid ||
            (r.sensitive && !declaredPublic && !(readOnly && readsCallerOwnRecord(r, a.reaches))) ||
            (a.userKeyed && r.stored) ||
            (actionUserKeyed && (r.stored || r.label.startsWith('project data'))) ||
            (actionTenantKeyed !== undefined && !declaredPublic && filtersByTenantParam(fn, actionTenantKeyed, r)) ||
            (r.stored && !!a.unchecked && keyedByUncheckedSession(r.node, a.unchecked)),
      );
      // Guest checkout: creating a payment session for an anonymous buyer is public by design. So is what the
      // checkout itself needs (ecommerce-admin's storefront checkout): the catalog it prices the cart from
      // (`db.product.findMany`) and the pending order it creates for the session (`db.order.create`). Other reads,
      // and updating or deleting a record, are still checked.
      let checkout = false;
      for (let i = relevant.length - 1; i >= 0; i--) {
        if (/checkout/i.test(relevant[i]!.label)) {
          relevant.splice(i, 1);
          checkout = true;
        }
      }
      if (checkout) {
        for (let i = relevant.length - 1; i >= 0; i--) {
          const r = relevant[i]!;
          const chain = sourceCode.getText(chainTop(r.node));
          const subject = chain.slice(0, chain.indexOf('('));
          if (
            // By word, also inside a name: nextjs-stripe-store's `commerce.getVariantWithProduct(priceId)` prices the cart.
            (!r.write && !r.paid && !r.sensitive && subject.split(/[^A-Za-z0-9_]+/).flatMap((w) => splitWords(w)).some((w) => /^(?:products?|prices?|variants?|catalog)$/.test(w))) ||
            (r.write && r.node.type === 'CallExpression' && /^(?:create|insert)$/.test(getCalleeName(r.node) ?? '') && /\b(?:orders?|purchases?)\b/i.test(subject))
          )
            relevant.splice(i, 1);
        }
      }
      // A guest session (skateshop's cart): the handler acts on the record its own cookie names
      // (`cookies().get('cartId')`), creates it, or pays for it; what else it reads is public content.
      const guest = guestCookie(h.fn);
      if (guest) {
        // What it reaches inside another action the file exports (skateshop's checkout calling
        // `getStripeAccount(input)`) is that action's own finding: the caller can call it directly.
        const otherActions =
          h.kind === 'server-action' ? getHandlers(sourceCode, kind).filter((o) => o.kind === 'server-action' && o.fn && o.fn !== h.fn) : [];
        for (let i = relevant.length - 1; i >= 0; i--) {
          const r = relevant[i]!;
          if (otherActions.some((o) => isWithin(r.node, o.fn!))) {
            relevant.splice(i, 1);
            continue;
          }
          // A `sql` fragment passed into a query builder (`.leftJoin(products, sql\`...\`)`) belongs to that query.
          let at: Node = r.node;
          if (at.type === 'TaggedTemplateExpression' && at.parent?.type === 'CallExpression' && at.parent.callee !== at) at = at.parent;
          const chain = sourceCode.getText(chainTop(at));
          if (
            isWithin(r.node, guest.read) ||
            new RegExp(`\\b${guest.variable}\\b`).test(chain) ||
            // ... also inside a name: `updateCart(newCart)` writes the cart back.
            (r.write && (new RegExp(`\\b${guest.subject}s?\\b`, 'i').test(chain) || new RegExp(`[a-z]${guest.subject[0]!.toUpperCase()}${guest.subject.slice(1)}s?\\b`).test(chain))) ||
            // ... or keyed by an entry of the record: `const item = cart.cartItems.find(...)`, then `where: { id: item.id }`.
            (r.write && r.node.type === 'CallExpression' && keyedByGuestEntry(r.node, guest.variable)) ||
            /\b(?:paymentIntents|setupIntents)\b/.test(r.label) ||
            (!r.write && !r.paid && !r.sensitive)
          ) {
            relevant.splice(i, 1);
          }
        }
      }
      // A guest checkout acted on by its id (nimara's Saleor checkout actions, `addPromoCodeAction({ checkoutId, promoCode })`):
      // what the handler reaches is only the app's service registry, from which it takes the checkout's, cart's or payment's
      // service and hands it the id. A commerce platform's checkout id is an unguessable token that the buyer's browser
      // already holds (Saleor's checkout token, Shopify's cart id) and that the platform's own storefront API accepts from
      // anyone: a session check would break guest checkout and protect nothing. Other services (the user's, an order's)
      // and a parameter naming a user, customer or order are still checked.
      if (h.kind === 'server-action' && relevant.length > 0 && namesCheckoutId(h.fn) && relevant.every((r) => r.node.type === 'CallExpression' && givesCheckoutServicesOnly(r.node)))
        relevant.length = 0;
      // A payment confirmation (photoshot's `checkout/check/[ppi]/[sessionId]`, where Stripe sends the buyer back): it retrieves
      // the Checkout Session the URL names and acts only when Stripe says that session is paid. Its id is a capability
      // Stripe gave the payer, and the route records only what Stripe confirms. What it does outside that test is still
      // checked, except a read keyed by the session id (the replay guard: `payment.findMany({ where: { stripeSessionId } })`).
      const paidGate = paidCheckoutGate(h.fn);
      if (paidGate) {
        for (let i = relevant.length - 1; i >= 0; i--) {
          const r = relevant[i]!;
          if (isWithin(r.node, paidGate.block) || (!r.write && !r.paid && new RegExp(`\\b${paidGate.id}\\b`).test(sourceCode.getText(chainTop(r.node)))))
            relevant.splice(i, 1);
        }
      }
      // A booking page's availability check (daisy-aid-app's `booking/slots`, a nightclub's `availability/[date]`): its
      // GET reads the bookings of a day to tell which slots are taken, selecting times and tables, not who booked. What
      // else it reads (a search history, customers), and a booking read that names a person (`include: { customer: true }`)
      // or is keyed by a user, are still checked.
      if (readOnly && h.kind === 'route' && !a.userKeyed && AVAILABILITY_PATH.test(file)) {
        for (let i = relevant.length - 1; i >= 0; i--) {
          const r = relevant[i]!;
          if (r.write || r.paid || r.node.type !== 'CallExpression') continue;
          const names = dataNames(r.node.callee);
          if (!BOOKED_RECORD.test(names)) continue;
          const rest = `${names} ${r.node.arguments.map((x) => sourceCode.getText(x)).join(' ')}`.replace(BOOKED_RECORD_ALL, '').replace(/\b(?:prisma|db|client|database|supabase)\b/g, '');
          if (!SENSITIVE.test(rest)) relevant.splice(i, 1);
        }
      }
      if (relevant.length === 0) return;
      // A route its author rate limits per IP but does not authenticate is public by design (AI demo,
      // telemetry ping), unless it touches user data.
      if (a.rateLimited && (readOnly || relevant.every((r) => r.paid || !r.sensitive))) return;
      // A share link / view / emailed code looked up by ids from the request and checked: public by design.
      if (capabilityChecked(h.fn, handlerBodies(sourceCode, h.fn, 2), a.reaches)) return;
      // A short link's redirect that only records the visit (NxtLink's `GET /api/urls/[id]`): public by design.
      if (h.kind === 'route' && h.name === 'GET' && shortLinkRedirect(h.fn, relevant)) return;
      // A view counter (a blog's `POST /api/views/[slug]`, linen's `PUT /api/count`): every write adds one to a visit count
      // on a record the request names, and every read is of that counter's model. Knowing the page is what it is for.
      if (counterBumpOnly(relevant)) return;
      const first = namedReach(h.fn, relevant);
      const what = first.shown ?? first.label;
      if (a.unchecked) {
        if (reportedNodes.has(a.unchecked)) return;
        reportedNodes.add(a.unchecked);
        context.report({
          node: a.unchecked.callee,
          messageId: 'uncheckedAuth',
          data: { call: calleeText(a.unchecked), what },
        });
        return;
      }
      if (reportedNodes.has(h.reportNode)) return;
      reportedNodes.add(h.reportNode);
      if (first.grant) {
        context.report({
          node: h.reportNode,
          messageId: 'openRealtimeAuth',
          data: {
            handler: handlerLabel(h),
            what,
            risk: first.grant,
            fix: noAccountsFix(first) ?? REALTIME_FIX,
          },
          suggest: buildSuggestion(h),
        });
        return;
      }
      const blobUpload = first.node.type === 'CallExpression' && first.node.callee.type === 'Identifier' && getImportSource(sourceCode, first.node.callee) === '@vercel/blob/client';
      context.report({
        node: h.reportNode,
        messageId: 'missingAuth',
        data: { handler: handlerLabel(h), what, fix: blobUpload ? UPLOAD_FIX : isCronRoute(h) ? CRON_FIX : (noAccountsFix(first) ?? (h.kind === 'server-action' ? ACTION_FIX : ROUTE_FIX)) + ownWrapperHint(h) },
        // On a cron route the guard checks the scheduler's secret: a session guard would turn it away (next-forge's `cron/keep-alive`).
        suggest: blobUpload ? [] : buildSuggestion(h),
      });
    }

    /**
     * The call that turns on Next.js draft / preview mode (`(await draftMode()).enable()`, `draft.enable()` on a binding
     * of `draftMode()` from next/headers, Pages' `res.setPreviewData(...)` / `res.setDraftMode({ enable: true })`) when
     * nothing before it in the handler can turn a caller away: no branch, throw or return, and no word of a secret, token,
     * signature or session (a helper that throws on a bad secret). datocms' `pages/api/preview/start` sets preview data
     * for anyone who opens it. Not next-sanity's `defineEnableDraftMode`, which validates the secret itself.
     */
    function unguardedDraftEnable(fn: FunctionNode): TSESTree.CallExpression | undefined {
      if (fn.body.type !== 'BlockStatement') return undefined;
      let enable: TSESTree.CallExpression | undefined;
      walk(
        fn.body,
        (n) => {
          if (enable) return false;
          if (n.type !== 'CallExpression' || n.callee.type !== 'MemberExpression') return;
          const method = getPropertyName(n.callee);
          if (method === 'setPreviewData' || (method === 'setDraftMode' && /\benable\s*:\s*true\b/.test(sourceCode.getText(n)))) enable = n;
          else if (method === 'enable' && isDraftModeValue(n.callee.object)) enable = n;
        },
        { skipFunctions: true },
      );
      if (!enable) return undefined;
      const start = enable.range[0];
      const guarded = some(
        fn.body,
        (n) =>
          n.range[0] < start &&
          (n.type === 'IfStatement' ||
            n.type === 'ConditionalExpression' ||
            n.type === 'SwitchStatement' ||
            n.type === 'ThrowStatement' ||
            n.type === 'ReturnStatement' ||
            n.type === 'TryStatement' ||
            (n.type === 'ExpressionStatement' && n.expression.type === 'LogicalExpression')),
        { skipFunctions: true },
      );
      if (guarded) return undefined;
      const before = sourceCode.text.slice(fn.range[0], start);
      return /secret|token|auth|sign|verif|valid|session|user|passw|key|cookie|header/i.test(before) ? undefined : enable;
    }

    /** `draftMode()` from next/headers, awaited or not, directly or through a local binding. */
    function isDraftModeValue(node: Node): boolean {
      const isCall = (v: Node): boolean => {
        const c = unwrap(v, { await: true });
        return c.type === 'CallExpression' && c.callee.type === 'Identifier' && c.callee.name === 'draftMode' && getImportSource(sourceCode, c.callee) === 'next/headers';
      };
      const target = unwrap(node, { await: true });
      if (isCall(target)) return true;
      return target.type === 'Identifier' && getValueSources(sourceCode, target).some(isCall);
    }

    /**
     * The reach a message names: what the handler reaches that matters most, stored records or a paid call over a call
     * into the app's own code that came first (open-lovable: `streamText` over an in-memory `getFileContents`; not a
     * "write" by name alone: papermark's `addSignedUrls` decorates the Notion page read before it). First in source order
     * in each body, the handler's own calls before its helpers' (the walk visits a `catch` or an `else` before the block
     * above it), the helpers in the order the handler reaches them. Not
     * a connection's cleanup (`await client.end()` in a `catch` or a `finally`), which reads no record: past one, the query
     * the handler runs on a handle its callback is given (`withDb(async (db) => db.update(schema.certificates)...)`, whose
     * helper connects and ends the client: CarbonJar's certificate routes), else the handler's call of that helper.
     */
    function namedReach(fn: FunctionNode, relevant: readonly Reach[]): Reach {
      const bodies = handlerBodies(sourceCode, fn, 2);
      const place = (r: Reach) => bodies.findIndex((b) => isWithin(r.node, b));
      const ordered = [...relevant].sort((x, y) => place(x) - place(y) || x.node.range[0] - y.node.range[0]);
      const pick = (rs: readonly Reach[]) => rs.find((r) => r.stored || r.paid) ?? rs[0];
      const named = pick(ordered.filter((r) => !isConnectionCleanup(r.node)));
      if (named) return named;
      const cleanup = pick(ordered) as Reach;
      const query = callbackQuery(fn);
      if (query) return { ...cleanup, shown: `the database (${shorten(sourceCode.getText(query.callee))})` };
      // Else the handler's call of the helper that opens and ends the connection (`withDb(runJob)`).
      let via: TSESTree.CallExpression | undefined;
      if (!isWithin(cleanup.node, fn)) {
        walk(fn.body ?? fn, (n) => {
          if (n.type !== 'CallExpression' || n.callee.type !== 'Identifier' || (via && via.range[0] <= n.range[0])) return true;
          const helper = resolveHelper(n.callee);
          if (helper && isWithin(cleanup.node, helper)) via = n;
          return true;
        });
      }
      return via ? { ...cleanup, shown: `the database (${shorten(sourceCode.getText(via.callee))})` } : cleanup;
    }

    /** `client.end()`, `client.release()`, `mongoClient.close()`, `prisma.$disconnect()`, `redis.quit()`: a connection let go. */
    function isConnectionCleanup(node: Node): boolean {
      return (
        node.type === 'CallExpression' &&
        node.arguments.length === 0 &&
        node.callee.type === 'MemberExpression' &&
        /^(?:end|release|close|quit|disconnect|\$disconnect)$/.test(getPropertyName(node.callee) ?? '')
      );
    }

    /**
     * The first query (in source order) the handler runs on a database handle a callback inside it is given,
     * `async (db) => db.select().from(t)`, as the whole chain (`db.select().from(t).where(...)`).
     */
    function callbackQuery(fn: FunctionNode): TSESTree.CallExpression | undefined {
      let found: TSESTree.CallExpression | undefined;
      walk(fn.body ?? fn, (n) => {
        if (n.type !== 'CallExpression' || n.callee.type !== 'MemberExpression' || n.callee.object.type !== 'Identifier') return true;
        if (found && found.range[0] <= n.range[0]) return true;
        const root = n.callee.object;
        if (!DB_NAME.test(root.name) || isConnectionCleanup(n) || TRIVIAL_CALL.test(getPropertyName(n.callee) ?? '')) return true;
        const def = findVariable(sourceCode, root)?.defs[0];
        if (def?.type !== 'Parameter' || def.node === fn || !isFunction(def.node) || !isWithin(def.node, fn)) return true;
        let top: TSESTree.CallExpression = n;
        for (let i = 0; i < 20; i++) {
          const m = top.parent;
          const c = m?.type === 'MemberExpression' && m.object === top ? m.parent : undefined;
          if (c?.type !== 'CallExpression' || c.callee !== m) break;
          top = c;
        }
        found = top;
        return true;
      });
      return found;
    }

    /**
     * A query whose `where` is keyed by the unchecked session's id read with `?.` (`where: { userId: user?.id }` after
     * `const { user } = await getCurrentSession()` and no check): for a signed-out caller the id is `undefined`, which
     * Prisma (and TypeORM) drop from the filter, so the read answers every user's rows (chadnext's `getProjects` action).
     * A read of the caller's own data, reported as the unchecked session it is. Not `user.id` (it throws when signed out).
     */
    function keyedByUncheckedSession(node: Node, auth: TSESTree.CallExpression): boolean {
      if (node.type !== 'CallExpression') return false;
      const arg = node.arguments[0] ? unwrap(node.arguments[0]) : undefined;
      if (arg?.type !== 'ObjectExpression') return false;
      const where = arg.properties.find((p): p is TSESTree.Property => p.type === 'Property' && getPropertyName(p) === 'where');
      const filter = where ? unwrap(where.value) : undefined;
      if (filter?.type !== 'ObjectExpression') return false;
      return filter.properties.some((p) => {
        if (p.type !== 'Property' || p.computed) return false;
        let v: Node = p.value;
        while (v.type === 'TSAsExpression' || v.type === 'TSNonNullExpression' || v.type === 'TSSatisfiesExpression') v = v.expression;
        if (v.type !== 'ChainExpression' || v.expression.type !== 'MemberExpression') return false;
        if (!/^(?:id|userId|user_id|uid|sub)$/.test(getPropertyName(v.expression) ?? '')) return false;
        // `user?.id`, `session?.user?.id`: the read of the session's result itself is optional (not `user.profile?.id`).
        let first: TSESTree.MemberExpression = v.expression;
        while (first.object.type === 'MemberExpression') first = first.object;
        if (!first.optional || first.object.type !== 'Identifier') return false;
        return getValueSources(sourceCode, first.object).some((src) => src === auth);
      });
    }

    /**
     * The message's last sentence when the handler is handed to a wrapper from the app's own code
     * (`export const deleteConfigAction = createAction(schema, async (input) => ...)`, `createAction` from
     * `@/shared/lib/action-wrapper`): the rule does not read other files, so whether that wrapper checks the session is
     * unknown here, and naming it in the `wrappers` option is the one-line fix when it does.
     */
    function ownWrapperHint(h: Handler): string {
      for (const call of h.wrapperCalls) {
        // A wrapper configured in place (`withApiMiddleware(fn, { rateLimit: true })`): its auth option, read above, decides.
        if (call.callee.type !== 'Identifier' || call.arguments.some((a) => a.type === 'ObjectExpression')) continue;
        const src = getImportSource(sourceCode, call.callee);
        if (src && PROJECT_MODULE.test(src)) {
          return ` If \`${call.callee.name}\` (from '${src}') already checks the session, name it in this rule's \`wrappers\` option.`;
        }
      }
      return '';
    }

    /** The message's advice when the app has no sign-in package (only read for a report: it stats package.json). */
    function noAccountsFix(first: { paid: boolean }): string | undefined {
      const deps = findProject(context.physicalFilename)?.deps;
      if (!deps || !hasNoSignIn(deps)) return undefined;
      return first.paid ? NO_ACCOUNTS_PAID_FIX : NO_ACCOUNTS_FIX;
    }

    /**
     * A guest session read by the handler: `const cartId = cookies().get('cartId')?.value`,
     * `cookieStore.get('guest_id')`, or the app's helper for it (`await getCartId()`, `await readCartCookie()`: no argument,
     * named get/read/load...Id / ...Session / ...Cookie); the cookie names a cart, basket or anonymous visitor.
     */
    function guestCookie(fn: FunctionNode): { variable: string; subject: string; read: Node } | undefined {
      let found: { variable: string; subject: string; read: Node } | undefined;
      for (const body of handlerBodies(sourceCode, fn, 1)) {
        walk(body, (n) => {
          if (found) return false;
          if (n.type === 'VariableDeclarator' && n.id.type === 'Identifier' && n.init) {
            const m = GUEST_COOKIE_READ.exec(sourceCode.getText(n.init));
            let subject = m ? splitWords(m[1]!).find((w) => GUEST_WORD.test(w)) : undefined;
            // The cookie named by a constant: `req.cookies.get(VISITOR_COOKIE)` (deals-web's `/api/view` beacon), by the
            // constant's name or its string.
            // In the handler itself: a helper's cookie is judged by the helper's name (below).
            if (!subject && !m && isWithin(n, fn)) subject = guestCookieConstant(n.init);
            // The app's own helper for that cookie: `const cartId = await getCartId()` (vercel/examples' flags-sdk shop).
            let init = unwrap(n.init, { await: true });
            // Get-or-create: `(await getCart()) ?? (await createCart())` (techiekart's cart actions): the cart is the one found.
            if (init.type === 'LogicalExpression' && init.operator !== '&&') init = unwrap(init.left, { await: true });
            if (!subject && init.type === 'CallExpression' && init.arguments.length === 0) {
              const words = splitWords(getCalleeName(init) ?? '');
              // Also one that reads the cookie itself: `await readCartCookie()` (nextjs-stripe-store keeps the whole cart in it).
              // Or one named for the cart alone: `await getCart()` (NextFaster keeps the whole cart in its cookie); with no
              // argument it can only find the cart through the request itself (its cookie or session).
              const last = words[words.length - 1] ?? '';
              if (/^(?:get|read|load)$/.test(words[0] ?? '') && (/^(?:id|session|cookie)$/.test(last) || (words.length === 2 && GUEST_WORD.test(last))))
                subject = words.find((w) => GUEST_WORD.test(w));
            }
            if (subject) found = { variable: n.id.name, subject, read: n.init };
          }
          return !found;
        });
      }
      return found;
    }

    /**
     * {@link check}: the handler's parameters name a checkout or cart by its id (`{ checkoutId }`, `{ cartId, lineId }`,
     * `id: Checkout["id"]`, `checkout: Checkout`), also through a type the file declares (`payload: DeliveryPayload`), and
     * none names a user, customer, account or order.
     */
    function namesCheckoutId(fn: FunctionNode): boolean {
      if (fn.params.length === 0) return false;
      const texts: string[] = [];
      for (const p of fn.params) {
        const text = sourceCode.getText(p);
        texts.push(text);
        // The walks skip type annotations: the type's names are read off the text.
        for (const [name] of text.matchAll(/\b[A-Z]\w*/g)) {
          const decl = localTypeDeclaration(name);
          if (decl) texts.push(sourceCode.getText(decl));
        }
      }
      const text = texts.join('\n');
      return CHECKOUT_ID_PARAM.test(text) && !OWNER_ID_PARAM.test(text);
    }

    /** A type or interface the file declares at its top level, by name. */
    function localTypeDeclaration(name: string): Node | undefined {
      for (const st of sourceCode.ast.body) {
        const d = st.type === 'ExportNamedDeclaration' ? st.declaration : st;
        if ((d?.type === 'TSInterfaceDeclaration' || d?.type === 'TSTypeAliasDeclaration') && d.id.name === name) return d;
      }
      return undefined;
    }

    /**
     * {@link check}: `const services = await getServiceRegistry()` whose every use takes a checkout's, cart's or payment's
     * service (`services.getCheckoutService()`), reads its configuration (`services.config.cacheTTL.cart`), or hands the
     * registry to a call beside the checkout's id (`updateLineQuantity(services, { cartId, lineId, quantity })`).
     */
    function givesCheckoutServicesOnly(call: TSESTree.CallExpression): boolean {
      if (call.arguments.length > 0 || call.callee.type !== 'Identifier' || !/^get\w*(?:Registry|Services|Container)$/.test(call.callee.name)) return false;
      const decl = call.parent?.type === 'AwaitExpression' ? call.parent.parent : call.parent;
      if (decl?.type !== 'VariableDeclarator' || decl.id.type !== 'Identifier') return false;
      const v = findVariable(sourceCode, decl.id);
      if (!v) return false;
      const uses = v.references.filter((ref) => !ref.init);
      return uses.length > 0 && uses.every((ref) => {
        const id = ref.identifier as Node;
        const parent = id.parent;
        if (parent?.type === 'MemberExpression' && parent.object === id) {
          const outer = parent.parent;
          if (outer?.type === 'CallExpression' && outer.callee === parent) return outer.arguments.length === 0 && CHECKOUT_SERVICE_GETTER.test(getPropertyName(parent) ?? '');
          // A configuration read, never called: `services.config.cacheTTL.cart`.
          let top: Node = parent;
          while (top.parent?.type === 'MemberExpression' && top.parent.object === top) top = top.parent;
          return !(top.parent?.type === 'CallExpression' && top.parent.callee === top);
        }
        if (parent?.type === 'CallExpression' && parent.arguments.includes(id as TSESTree.Expression))
          return parent.arguments.some((a) => a !== id && CHECKOUT_ID_PARAM.test(sourceCode.getText(a)));
        return false;
      });
    }

    /** {@link guestCookie}: the guest word of a cookie read by a constant (`cookies.get(VISITOR_COOKIE)`, `cookieStore.get(CART_KEY)`). */
    function guestCookieConstant(init: Node): string | undefined {
      let subject: string | undefined;
      walk(init, (n) => {
        if (subject) return false;
        if (n.type !== 'CallExpression' || n.callee.type !== 'MemberExpression' || getPropertyName(n.callee) !== 'get' || n.arguments.length !== 1) return true;
        const arg = n.arguments[0]!;
        if (arg.type !== 'Identifier' || !/cookie/i.test(sourceCode.getText(n.callee.object))) return true;
        const init = getConstInit(sourceCode, arg);
        const value = init ? getStaticString(init) : undefined;
        subject = [...splitWords(arg.name), ...splitWords(value ?? '')].find((w) => GUEST_WORD.test(w));
        return !subject;
      });
      return subject;
    }

    /**
     * A write whose arguments name an entry of the guest's record through a `const` taken from it:
     * `const item = cart.cartItems.find(...)`, then `prisma.cartItem.update({ where: { id: item.id } })`.
     */
    function keyedByGuestEntry(call: TSESTree.CallExpression, variable: string): boolean {
      const entry = new RegExp(`^\\(?\\s*${variable}\\s*\\.`);
      return call.arguments.some((arg) =>
        some(arg, (n) => {
          if (n.type !== 'MemberExpression' || n.object.type !== 'Identifier') return false;
          const init = getConstInit(sourceCode, n.object);
          return init !== undefined && entry.test(sourceCode.getText(unwrap(init, { await: true })));
        }),
      );
    }

    /**
     * `const session = await stripe.checkout.sessions.retrieve(sessionId)` and a later `if (session.payment_status === 'paid' && ...)`:
     * the block that runs only for a paid session, and the name of the id it was retrieved by. Not when the test is an
     * alternative (`paid || force`), or the id is not a plain variable.
     */
    function paidCheckoutGate(fn: FunctionNode): { block: Node; id: string } | undefined {
      if (!sourceCode.text.includes('payment_status')) return undefined;
      const sessions = new Map<string, string>();
      let found: { block: Node; id: string } | undefined;
      for (const body of handlerBodies(sourceCode, fn, 1)) {
        walk(body, (n) => {
          if (found) return false;
          if (n.type === 'VariableDeclarator' && n.id.type === 'Identifier' && n.init) {
            const init = unwrap(n.init, { await: true });
            const arg = init.type === 'CallExpression' ? init.arguments[0] : undefined;
            if (init.type === 'CallExpression' && /\bcheckout\.sessions\.retrieve$/.test(getDottedName(init.callee) ?? '') && arg?.type === 'Identifier') {
              sessions.set(n.id.name, arg.name);
            }
          }
          if (n.type === 'IfStatement' && sessions.size > 0) {
            for (const t of chainOperands(n.test, '&&')) {
              if (t.type !== 'BinaryExpression' || (t.operator !== '===' && t.operator !== '==')) continue;
              const [m, lit] = t.left.type === 'Literal' ? [unwrap(t.right), t.left] : [unwrap(t.left as TSESTree.Expression), unwrap(t.right)];
              if (lit.type !== 'Literal' || lit.value !== 'paid' || m.type !== 'MemberExpression' || getPropertyName(m) !== 'payment_status') continue;
              const obj = unwrap(m.object as TSESTree.Expression);
              const id = obj.type === 'Identifier' ? sessions.get(obj.name) : undefined;
              if (id) found = { block: n.consequent, id };
            }
          }
          return !found;
        }, { skipFunctions: true });
      }
      return found;
    }

    /** The whole call chain a call belongs to: `db.delete(carts)` → `db.delete(carts).where(...)`. */
    function chainTop(node: Node): Node {
      let cur = node;
      for (let i = 0; i < 20; i++) {
        const p = cur.parent;
        if (p?.type === 'MemberExpression' && p.object === cur) cur = p;
        else if (p?.type === 'CallExpression' && p.callee === cur) cur = p;
        else if (p?.type === 'ChainExpression' || p?.type === 'AwaitExpression') cur = p;
        else break;
      }
      return cur;
    }

    /**
     * An options object handed to a call (`parseRequest(req, schema, { skipAuth: true })`), not data:
     * a row written (`.insert({ anonymous: true })`, zola's guest users) or a response body.
     */
    function isOptionsArgument(obj: Node | undefined): boolean {
      const call = obj?.parent;
      if (call?.type !== 'CallExpression' || !call.arguments.includes(obj as TSESTree.Expression)) return false;
      // Nor Supabase Storage's `createBucket(name, { public: true })` / `updateBucket(...)`: `public` there is the
      // bucket's visibility, not the route's (an expense tracker's unauthenticated bucket-setup POST).
      return !/^(?:insert|insertOne|insertMany|create|createMany|update|updateMany|updateOne|upsert|set|values|add|push|stringify|json|send|write|createBucket|updateBucket)$/.test(getCalleeName(call) ?? '');
    }

    /**
     * A `user` the handler looked up by a value the caller sent (`const user = await
     * clerkClient.users.getUser(input.userId)`, `db.user.findUnique({ where: { id: params.id } })`): its
     * presence says the record exists, not who is calling. A session read (`auth()`, `getSession(req)`,
     * `getUser(request)`) passes the request itself, or nothing.
     */
    function lookedUpFromInput(id: TSESTree.Identifier, fn: FunctionNode): boolean {
      const def = findVariable(sourceCode, id)?.defs[0];
      if (def?.type !== 'Variable') return false;
      const decl = def.node as TSESTree.VariableDeclarator;
      if (decl.range[0] < fn.range[0] || decl.range[1] > fn.range[1] || !decl.init) return false;
      const init = unwrap(decl.init, { await: true });
      return init.type === 'CallExpression' && argsFromInput(init, fn, RECORD_ID_FIELD, true);
    }

    /**
     * A record looked up by an id from the input alone (`Event.findById(event._id)`), with no code, token or secret the caller
     * presents, and not handed the request itself (which the lookup can read the caller from).
     */
    function lookedUpByRecordId(id: TSESTree.Identifier, fn: FunctionNode): boolean {
      if (!lookedUpFromInput(id, fn)) return false;
      const init = unwrap((findVariable(sourceCode, id)?.defs[0]?.node as TSESTree.VariableDeclarator).init!, { await: true });
      return !/\b(?:token|code|otp|secret|password|apiKey|key|hash)\b/i.test(sourceCode.getText(init)) && !(init.type === 'CallExpression' && handsRequest(init, fn, true));
    }

    /** Whether a call's arguments read a field of the handler's input (`input.userId`, `params.id`), not the request itself. */
    function argsFromInput(call: TSESTree.CallExpression, fn: FunctionNode, fields: RegExp = RECORD_ID_FIELD, followLocals = false): boolean {
      const params = new Set<string>();
      for (const p of fn.params) {
        const ids: TSESTree.Identifier[] = [];
        collectIds(p, ids);
        for (const i of ids) params.add(i.name);
      }
      let fromInput = false;
      for (const arg of call.arguments) {
        walk(arg, (n) => {
          if (fromInput) return false;
          // `input.userId`, `params.id`, `{ where: { id: body.id } }`: a record's id from the caller's input.
          // Not a credential the caller presents (`body.apiKey`, `req.headers.get('authorization')`,
          // `req.cookies.token`): looking that up is how authentication works.
          if (n.type === 'MemberExpression' && !n.computed && fields.test(getPropertyName(n) ?? '') && readsInput(n, params)) fromInput = true;
          // `const { id } = req.query; User.findOne({ _id: id })` (mi-turno's user update): the same id through a local.
          // Also the handler's own parameter (`getUser2fa(email)` querying `eq(users.email, email)`, kbg-nextjs-authjs-template):
          // an id the caller passes, like `args.email`.
          if (followLocals && n.type === 'Identifier' && fields.test(n.name) && isValueReference(n) && (localIdFromInput(n, params) || isOwnParameter(n, fn))) fromInput = true;
          return !fromInput;
        });
      }
      return fromInput;
    }

    /** Not a property's key (`{ _id: id }`'s `_id`) nor a member's name (`user.id`'s `id`). */
    function isValueReference(n: TSESTree.Identifier): boolean {
      const parent = n.parent;
      if (parent?.type === 'Property' && parent.key === n && !parent.shorthand) return false;
      return !(parent?.type === 'MemberExpression' && parent.property === n);
    }

    /**
     * A local id bound from the handler's input (`const { id } = req.query`, `const id = params.id`), not from
     * a credential part of the request (`req.cookies`, `req.headers`) nor from a call that checks one.
     */
    function localIdFromInput(n: TSESTree.Identifier, params: Set<string>): boolean {
      const def = findVariable(sourceCode, n)?.defs[0];
      if (def?.type !== 'Variable') return false;
      const sources = getValueSources(sourceCode, n);
      return (
        sources.length > 0 &&
        sources.every((src) => {
          if (src.type === 'Identifier') return params.has(src.name);
          return src.type === 'MemberExpression' && readsInput(src, params);
        })
      );
    }

    /** A member read of one of the handler's parameters (`input.userId`, `req.query.id`), not of a credential part (`req.cookies`, `req.headers`). */
    function readsInput(member: TSESTree.MemberExpression, params: Set<string>): boolean {
      const root = getRootIdentifier(member);
      return !!root && params.has(root.name) && !memberChainNames(member).some((p) => REQUEST_CREDENTIAL_PART.test(p));
    }

    /** `return otherHandler(req, res)`: the request is handed to an imported function we cannot see into. */
    function isThinDelegate(fn: FunctionNode): boolean {
      const reqName = fn.params[0]?.type === 'Identifier' ? fn.params[0].name : undefined;
      if (!reqName) return false;
      let found = false;
      walk(fn, (n) => {
        if (found) return false;
        // An imported app answering the request itself (`return app.fetch(req)`, Hono's and itty-router's
        // fetch handler, Elysia's `app.handle(req)`): the app's own routes and middleware decide (lobe-chat).
        if (n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && !n.callee.computed && n.callee.object.type === 'Identifier') {
          const method = getPropertyName(n.callee);
          const first = n.arguments[0];
          if (
            (method === 'fetch' || method === 'handle') &&
            first?.type === 'Identifier' &&
            first.name === reqName &&
            getImportSource(sourceCode, n.callee.object) !== undefined &&
            returnedFrom(n, fn)
          ) {
            found = true;
            return false;
          }
          return true;
        }
        if (n.type !== 'CallExpression' || n.callee.type !== 'Identifier') return true;
        const src = getImportSource(sourceCode, n.callee);
        // An API framework's adapter (`fetchRequestHandler({ req, router, createContext })` from tRPC,
        // GraphQL Yoga, Apollo's Next integration, Hono's `handle(app)`): its procedures decide (big-AGI).
        if (src && API_ADAPTER_MODULE.test(src) && returnedFrom(n, fn)) {
          found = true;
          return false;
        }
        if (!n.arguments.some((x) => x.type === 'Identifier' && x.name === reqName)) return true;
        if (!src || !PROJECT_MODULE.test(src)) return true;
        const name = n.callee.name;
        if (/^(?:parse|validate|get|read|rate|limit|check|log|cors|with|handle[A-Z]?Error)/i.test(name) && !/Route$|Handler$|^handle[A-Z]/.test(name)) return true;
        // Returned (or awaited as the last statement): the imported function produces the response.
        let up: TSESTree.Node = n;
        for (let i = 0; i < 6 && up.parent && up.parent !== fn; i++) {
          if (up.parent.type === 'ReturnStatement' || (up.parent.type === 'ArrowFunctionExpression' && up.parent.body === up)) {
            found = true;
            break;
          }
          if (up.parent.type === 'BlockStatement' || up.parent.type === 'VariableDeclarator') break;
          up = up.parent;
        }
        return true;
      });
      return found;
    }

    /**
     * `export async function getSellerOrders(page) { return getSellerOrdersImpl(page) }`: a thin action that returns
     * the implementation of its own name (`<name>Impl`, `<name>Inner`; or `deleteAvatar as deleteAvatarInner`) imported
     * from the app's own module, after at most validating its input (amazong's `'use server'` files over
     * `./orders-reads-seller`): the check lives with the implementation, which this file cannot see, as for a route's
     * thin delegate. Nothing else it calls may reach stored data, a paid API or a write.
     */
    function delegatesToOwnImpl(fn: FunctionNode, name: string, reaches: readonly Reach[]): boolean {
      if (fn.body.type !== 'BlockStatement') return false;
      const last = fn.body.body[fn.body.body.length - 1];
      if (last?.type !== 'ReturnStatement' || !last.argument) return false;
      const call = unwrap(last.argument, { await: true });
      if (call.type !== 'CallExpression' || call.callee.type !== 'Identifier') return false;
      const src = getImportSource(sourceCode, call.callee);
      if (src === undefined || !PROJECT_MODULE.test(src)) return false;
      const imported = getImportedName(sourceCode, call.callee) ?? call.callee.name;
      const own = (n: string) => n === name || n.replace(/(?:Impl|Implementation|Inner|Internal|Core)$/, '') === name;
      if (!own(imported) && !own(call.callee.name)) return false;
      return reaches.every((r) => r.node === call || (!r.stored && !r.paid && !r.write));
    }

    /**
     * `const result = await authDataService.createChat(params); revalidatePath(...); return result;` (Mapform's
     * `'use server'` files, and its chat stream route's `authDataService.getChat({ id })`): everything the handler
     * reaches goes through methods of an imported object of the app's own code named as the signed-in data layer
     * (`AUTHED_SERVICE`). The check lives there, which this file cannot see, as for a thin delegate. Not when the
     * handler also reaches stored data, a paid API or a write by anything else.
     */
    function delegatesToAuthedService(reaches: readonly Reach[]): boolean {
      let through = false;
      for (const r of reaches) {
        const call = r.node;
        const callee = call.type === 'CallExpression' ? unwrap(call.callee) : undefined;
        const owner = callee?.type === 'MemberExpression' ? unwrap(callee.object) : undefined;
        if (owner?.type === 'Identifier' && AUTHED_SERVICE.test(owner.name) && PROJECT_MODULE.test(getImportSource(sourceCode, owner) ?? '')) {
          through = true;
          continue;
        }
        if (r.stored || r.paid || r.write) return false;
      }
      return through;
    }

    /**
     * `await getUserCredits()`: a getter of the app's own code named for the caller's own record and given nothing
     * (searchdeep's `getCredits` action over `getUserCredits()`, which reads the Clerk session itself): it has no one
     * else's record to go by, so a read of it shows the caller only what is theirs. Only when the handler reaches nothing
     * else: a query keyed by what it returns, unchecked (tavla's `where('owner', '==', userWithBoards?.uid)`), is
     * the unchecked session's. `getUserCredits(userId)` still counts.
     */
    function readsCallerOwnRecord(r: Reach, reaches: readonly Reach[]): boolean {
      const call = r.node;
      if (r.write || r.paid || call.type !== 'CallExpression' || call.arguments.length > 0 || call.callee.type !== 'Identifier') return false;
      const src = getImportSource(sourceCode, call.callee);
      if (src === undefined || !PROJECT_MODULE.test(src) || !CALLER_RECORD_GETTER.test(call.callee.name)) return false;
      return reaches.every((o) => o === r);
    }

    /**
     * `<form action={async () => { 'use server'; await deleteImage(id) }}>`: an inline action that takes nothing from the
     * client and only hands values its component closed over (Next.js encrypts them into the page) to one function of
     * the app's own code, then at most revalidates or redirects (t3gallery's image view over `deleteImage(id)` from
     * `~/server/queries`, which checks the Clerk session itself). It is that function bound to the form, as
     * `action={deleteImage.bind(null, id)}` would be: the check belongs with it, which this file cannot see, as for a
     * route's thin delegate. Not when the action takes the form's data, reads anything itself, or calls a library.
     */
    function bindsImportedAction(fn: FunctionNode, reaches: readonly Reach[]): boolean {
      if (fn.params.length > 0 || fn.body.type !== 'BlockStatement') return false;
      const statements = fn.body.body.filter((st) => !(st.type === 'ExpressionStatement' && st.directive !== undefined));
      const callOf = (st: TSESTree.Statement | undefined): TSESTree.CallExpression | undefined => {
        const expr = st?.type === 'ExpressionStatement' ? st.expression : st?.type === 'ReturnStatement' ? st.argument : undefined;
        const call = expr ? unwrap(expr, { await: true }) : undefined;
        return call?.type === 'CallExpression' && call.callee.type === 'Identifier' ? call : undefined;
      };
      const call = callOf(statements[0]);
      if (!call || call.callee.type !== 'Identifier') return false;
      const src = getImportSource(sourceCode, call.callee);
      if (src === undefined || !PROJECT_MODULE.test(src) || !call.arguments.every((arg) => isClosedOverValue(arg))) return false;
      // Then only `revalidatePath('/')`, `redirect('/')`: Next.js's own, which reach nothing.
      for (const st of statements.slice(1)) {
        const after = callOf(st);
        if (!after || after.callee.type !== 'Identifier' || !/^next\/(?:cache|navigation)$/.test(getImportSource(sourceCode, after.callee) ?? '')) return false;
      }
      return reaches.every((r) => r.node === call || (!r.stored && !r.paid && !r.write));
    }

    /** A value read as it is: a name, a literal, a property of one, or an object or template of them; nothing computed by a call. */
    function isClosedOverValue(node: Node, depth = 0): boolean {
      if (depth > 4) return false;
      const n = unwrap(node);
      if (n.type === 'Identifier' || n.type === 'Literal') return true;
      if (n.type === 'MemberExpression') return (!n.computed || n.property.type === 'Literal') && isClosedOverValue(n.object, depth + 1);
      if (n.type === 'TemplateLiteral') return n.expressions.every((x) => isClosedOverValue(x, depth + 1));
      if (n.type === 'ObjectExpression') {
        return n.properties.every((p) => (p.type === 'SpreadElement' ? isClosedOverValue(p.argument, depth + 1) : !p.computed && isClosedOverValue(p.value, depth + 1)));
      }
      return false;
    }

    /** Whether a call's value is what `fn` returns (`return call`, `=> call`, through `await`). */
    function returnedFrom(call: TSESTree.CallExpression, fn: FunctionNode): boolean {
      let up: TSESTree.Node = call;
      if (up.parent?.type === 'AwaitExpression') up = up.parent;
      return (up.parent?.type === 'ReturnStatement' && getEnclosingFunction(up.parent) === fn) || (fn.type === 'ArrowFunctionExpression' && fn.body === up);
    }

    /** `actionClient.inputSchema(s).action(fn)` (next-safe-action) / tRPC procedures: the client's middleware decides. */
    function isActionClientChain(call: TSESTree.CallExpression): boolean {
      const method = getCalleeName(call) ?? '';
      if (!/^(?:action|stateAction|mutation|query)$/.test(method) || call.callee.type !== 'MemberExpression') return false;
      const root = getRootIdentifier(call.callee);
      return !!root && /action\w*client|client\w*action|procedure|safeAction/i.test(root.name);
    }

    function returnsJsx(fn: FunctionNode): boolean {
      let found = false;
      walk(fn, (n) => {
        if (found) return false;
        if (n.type === 'JSXElement' || n.type === 'JSXFragment') found = true;
        return !found;
      }, { skipFunctions: true });
      return found;
    }

    /**
     * A wrapper called with an options object that asks it to authenticate (`withApiMiddleware(handler, { requireAuth:
     * true, rateLimit: true })`, SaaStastic's API wrapper): the wrapper checks the session before it calls the handler.
     * Only the literal `true`: `{ requireAuth: false }` or a variable decides nothing we can see.
     */
    function requestsAuthOption(call: TSESTree.CallExpression): boolean {
      return call.arguments.some(
        (a) =>
          a.type === 'ObjectExpression' &&
          a.properties.some(
            (p) => p.type === 'Property' && AUTH_OPTION_KEY.test(getPropertyName(p) ?? '') && p.value.type === 'Literal' && p.value.value === true,
          ),
      );
    }

    /** A call handed `{ authorize: true }` (or a `requestsAuthOption` key): it asks the callee to authenticate the caller. */
    function asksToAuthenticate(call: TSESTree.CallExpression): boolean {
      return (
        requestsAuthOption(call) ||
        call.arguments.some(
          (a) =>
            a.type === 'ObjectExpression' &&
            a.properties.some((p) => p.type === 'Property' && getPropertyName(p) === 'authorize' && p.value.type === 'Literal' && p.value.value === true),
        )
      );
    }

    /**
     * Makerkit's `enhanceAction(fn, config)` / `enhanceRouteHandler(fn, config)` (`@kit/next/actions`, `@kit/next/routes`):
     * they require a signed-in user unless the config says `auth: false` (its contact form, its billing webhook).
     */
    function authenticatesByDefault(call: TSESTree.CallExpression): boolean {
      if (!/^enhance(?:Action|RouteHandler)$/.test(getCalleeName(call) ?? '')) return false;
      return !call.arguments.some(
        (a) => a.type === 'ObjectExpression' && a.properties.some((p) => p.type === 'Property' && getPropertyName(p) === 'auth' && !(p.value.type === 'Literal' && p.value.value === true)),
      );
    }

    /** `authActionClient.schema(s).action(fn)`, `protectedProcedure.mutation(fn)`: a client whose middleware authenticates. */
    function isAuthedClientChain(call: TSESTree.CallExpression): boolean {
      const root = getRootIdentifier(call.callee);
      if (!root) return false;
      return /auth|protected|private|user|admin|member|workspace|team|org|account|session/i.test(root.name) && !/unauth|public|anon/i.test(root.name);
    }

    /**
     * A handler built on an imported request context named for the caller it requires:
     * `API.withContext(companyAdminUserContext.add(courseContext)).post(fn)` (whop-courses' Pages API builder, whose
     * contexts, in another file, answer 401 / 403 before the handler runs). The context is an argument of the wrapper
     * call or of a call in its chain, or a part it is composed of (`sessionContext.add(x)`, `x.add(sessionContext)`);
     * a chain that makes it optional (`.optional()`) does not count, nor does a context named optional or public.
     */
    function buildsOnAuthContext(call: TSESTree.CallExpression): boolean {
      const calls: TSESTree.CallExpression[] = [call];
      for (let cur: Node = unwrap(call.callee); cur.type === 'MemberExpression' || cur.type === 'CallExpression'; ) {
        if (cur.type === 'CallExpression') {
          calls.push(cur);
          cur = unwrap(cur.callee);
        } else cur = unwrap(cur.object);
      }
      return calls.some((c) => c.arguments.some((arg) => arg.type !== 'SpreadElement' && !isFunction(arg) && composesAuthContext(arg)));
    }

    /**
     * A middleware named for authentication that runs before the handler on its router: next-connect's `nc().use(auth).get(fn)`,
     * `handler.use(isAuthenticatedUser, authorizeRoles('admin')).put(fn)` (the BookIT course apps), `router.post(requireAuth, fn)`.
     * A call is named by its callee (`passport.authenticate('jwt')`). Not one that only loads the session (`session`,
     * `sessionMiddleware`: nextjs-mongodb-app's lets signed-out callers through, its handlers check `req.user` themselves).
     */
    function isAuthMiddleware(node: Node): boolean {
      const m = unwrap(node);
      const dotted = getDottedName(m.type === 'CallExpression' ? m.callee : m);
      if (!dotted) return false;
      const name = dotted.split('.').pop() ?? dotted;
      if (LOADS_SESSION.test(name)) return false;
      return isAuthFunctionName(name, authFunctions, authPatterns) || wrapperNames.has(dotted) || wrapperNames.has(name) || (/Middleware$/.test(name) && isUserGateWrapperName(name));
    }

    /** `sessionContext`, `companyAdminUserContext.add(courseContext)`: an imported auth context, alone or composed. */
    function composesAuthContext(expr: Node): boolean {
      let found = false;
      for (let cur: Node = unwrap(expr), i = 0; i < 8; i++) {
        if (cur.type === 'Identifier') return found || (isAuthContextName(cur.name) && getImportSource(sourceCode, cur) !== undefined);
        if (cur.type === 'CallExpression') {
          if (/optional|maybe|public|anon|guest/i.test(getCalleeName(cur) ?? '')) return false;
          for (const a of cur.arguments) {
            const u = unwrap(a);
            if (u.type === 'Identifier' && isAuthContextName(u.name) && getImportSource(sourceCode, u) !== undefined) found = true;
          }
          cur = unwrap(cur.callee);
        } else if (cur.type === 'MemberExpression') cur = unwrap(cur.object);
        else return found;
      }
      return found;
    }

    /**
     * Whether a Pages API handler may answer through its second parameter: it has one that is destructured,
     * typed as a response, passed on, aliased, or used for a response member (`res.status`, `res.json`,
     * `res.setHeader`...). `(req, body) => { body.hosts... }` reads data off it: no response.
     */
    function mayRespond(fn: FunctionNode): boolean {
      const p = fn.params[1];
      if (!p) return false;
      if (p.type !== 'Identifier') return true;
      if (p.typeAnnotation && /Response|Res\b/.test(sourceCode.getText(p.typeAnnotation))) return true;
      const variable = sourceCode.getDeclaredVariables(fn).find((v) => v.name === p.name);
      if (!variable) return true;
      for (const ref of variable.references) {
        const id = ref.identifier;
        if (id === p) continue;
        const parent = id.parent;
        if (parent?.type === 'MemberExpression' && parent.object === id) {
          if (RESPONSE_MEMBER.test(getPropertyName(parent) ?? '')) return true;
          continue;
        }
        return true;
      }
      return false;
    }

    /** A handler that receives identity from its wrapper: `({ ctx: { userId } })`, `(req, { session })`, `(req, ctx, user)`. */
    function receivesAuthContext(fn: FunctionNode): boolean {
      for (const p of fn.params) {
        const pat = p.type === 'AssignmentPattern' ? p.left : p;
        if (pat.type !== 'ObjectPattern') continue;
        for (const prop of pat.properties) {
          if (prop.type !== 'Property') continue;
          const key = prop.key.type === 'Identifier' ? prop.key.name : getStaticString(prop.key);
          if (!key) continue;
          if (/^(?:session|user|userId|auth|currentUser|viewer|workspace|emailAccountId|accountId|orgId|organizationId|teamId|tenantId|apiKey|token|principal|claims)$/.test(key)) return true;
          if (key === 'ctx' || key === 'context') {
            const v = prop.value.type === 'AssignmentPattern' ? prop.value.left : prop.value;
            if (v.type === 'ObjectPattern') {
              if (v.properties.some((q) => q.type === 'Property' && /^(?:session|user|userId|auth|emailAccountId|accountId|orgId|organizationId|teamId|workspaceId|tenantId|viewer|member|apiKey|projectId)$/.test(q.key.type === 'Identifier' ? q.key.name : '')))
                return true;
            } else if (v.type === 'Identifier' && fn.parent?.type === 'CallExpression') {
              // `.action(async ({ ctx }) => ...)` of a safe-action / tRPC client: its middleware builds ctx.
              const t = sourceCode.getText(fn);
              if (/\bctx\.(?:session|user|userId|auth|emailAccountId|accountId|orgId|organizationId|teamId|workspaceId|tenantId)\b/.test(t)) return true;
            }
          }
        }
      }
      return false;
    }

    /**
     * The handler hands its work to an imported function as a callback that receives the caller's identity
     * (`return handleApiRoute({ handler: async ({ principal, service }) => ..., requiredScopes: [...] })`,
     * `return withUser(req, async ({ user }) => ...)`): that function authenticates before it calls back. Only a
     * direct call of an imported name: `items.map(({ user }) => ...)` or `db.x.then(({ user }) => ...)` hand nothing off.
     */
    function handsOffToAuthedCallback(fn: FunctionNode): boolean {
      if (fn.body.type !== 'BlockStatement') return isAuthedHandOff(fn.body);
      return fn.body.body.some((st) => st.type === 'ReturnStatement' && !!st.argument && isAuthedHandOff(st.argument));
    }

    function isAuthedHandOff(node: TSESTree.Node): boolean {
      const call = unwrap(node, { await: true });
      if (call.type !== 'CallExpression' || call.callee.type !== 'Identifier' || getImportSource(sourceCode, call.callee) === undefined) return false;
      return call.arguments.some((arg) => {
        if (isFunction(arg)) return receivesAuthContext(arg);
        if (arg.type !== 'ObjectExpression') return false;
        return arg.properties.some((p) => p.type === 'Property' && isFunction(p.value) && receivesAuthContext(p.value));
      });
    }

    function calleeText(call: TSESTree.CallExpression): string {
      const t = sourceCode.getText(call.callee);
      return t.length > 40 ? `${t.slice(0, 37)}...` : t;
    }

    // ------------------------------------------------------------------------------------------
    // Analysis
    // ------------------------------------------------------------------------------------------

    /**
     * A branch that always leaves the handler: an early exit, or a block that ends in `return` / `throw` after
     * building its answer (myimageupscaler's `const { body, status } = createErrorResponse(ErrorCodes.UNAUTHORIZED,
     * 'Authentication required', 401); return NextResponse.json(body, { status });`).
     */
    function exitsAlways(node: Node): boolean {
      if (isEarlyExit(node)) return true;
      if (node.type !== 'BlockStatement') return false;
      const last = node.body[node.body.length - 1];
      return last?.type === 'ReturnStatement' || last?.type === 'ThrowStatement';
    }

    function analyze(fn: FunctionNode): Analysis {
      const bodies = handlerBodies(sourceCode, fn, 2);
      const helperSet = new Set<Node>(bodies.slice(1));
      // The calls and sql`...` templates that may reach data, classified only if the verdict needs them.
      const candidates: (TSESTree.CallExpression | TSESTree.TaggedTemplateExpression)[] = [];
      let reaches: Reach[] | undefined;
      const a: Analysis = {
        get reaches(): Reach[] {
          return (reaches ??= candidates.flatMap((c) => {
            const r = c.type === 'CallExpression' ? classifyCall(c) : sqlReach(c);
            return r ? [r] : [];
          }));
        },
        gated: false,
        authEndpoint: false,
        webhook: false,
        rateLimited: false,
        userKeyed: false,
        writesRequest: false,
      };
      const authCalls: TSESTree.CallExpression[] = [];
      const credentialReads: Node[] = [];
      const authHelpers = new Set<Node>();
      // Local helpers that authenticate (contain an auth call or read a credential).
      for (const b of bodies.slice(1)) {
        let hit = false;
        walk(b, (n) => {
          if (hit) return false;
          if (n.type === 'CallExpression' && isAuthCall(sourceCode, n, { authFunctions, authPatterns })) hit = true;
          else if (getCredentialReadKey(n) !== undefined) hit = true;
          return !hit;
        });
        if (hit) authHelpers.add(b);
      }
      for (const body of bodies) {
        walk(body, (n) => {
          // Helpers are analysed as their own bodies.
          if (n !== body && helperSet.has(n)) return false;
          switch (n.type) {
            case 'CallExpression': {
              const name = getCalleeName(n) ?? '';
              // A realtime SDK's grant (`pusher.authenticate(socketId, channel)`, `ably.auth.createTokenRequest(...)`) signs the
              // caller's access and checks no one: a reach (see `realtimeGrant`), never an auth call nor a sign-in endpoint.
              if (REALTIME_GRANT_CALL.test(name) && realtimeService(n) !== undefined) {
                candidates.push(n);
                return true;
              }
              if (AUTH_ENDPOINT_CALL.test(name) || IDP_FLOW_START_CALL.test(name)) a.authEndpoint = true;
              // `service.createMobileSession({ email, password, mfaCode })`, `refreshMobileSession({ refreshToken })`: the
              // route exchanges a credential for a session (a sign-in, a token refresh), which no session precedes.
              if (SESSION_EXCHANGE_CALL.test(name) && n.arguments.some((arg) => arg.type === 'ObjectExpression' && arg.properties.some((p) => p.type === 'Property' && CREDENTIAL_FIELD.test(getPropertyName(p) ?? '')))) {
                a.authEndpoint = true;
              }
              // `db.loginUser(body.email, body.password)`: a call named for signing in and handed the password the caller
              // sent is the sign-in itself (bblist's `PUT /api/users`), which no session precedes.
              if (LOGIN_CALL.test(name) && n.arguments.some(passesPassword)) a.authEndpoint = true;
              // Passport's `req.logIn(user, cb)` on the handler's own request: the route starts the caller's session (nextjs-mongodb-app's
              // sign-up, which then answers with the new user), which no session precedes.
              const req = fn.params[0];
              if (/^log[iI]n$/.test(name) && n.callee.type === 'MemberExpression' && n.callee.object.type === 'Identifier' && req?.type === 'Identifier' && n.callee.object.name === req.name) a.authEndpoint = true;
              // Password hashing / comparison without a session: a sign-up or sign-in endpoint. Not in a handler that takes
              // no request (`export async function GET()`): no password of a caller's reaches it, so what it hashes is the
              // app's own (a seed route hashing its placeholder users' passwords before it drops and refills the tables).
              // Also the salted forms (`hashPasswordWithSalt(password, user.salt)`, kbg-nextjs-authjs-template's sign-in check;
              // `verifyPasswordHash(hash, password)`).
              if (
                fn.params.length > 0 &&
                (/^(?:hashPassword|verifyPassword|comparePassword|checkPassword)(?:WithSalt|Hash)?$/.test(name) || (/^(?:hash|hashSync|compare|compareSync|verify)$/.test(name) && /^(?:bcrypt|bcryptjs|argon2|argon)$/i.test(getRootIdentifier(n.callee)?.name ?? '')))
              ) {
                a.authEndpoint = true;
              }
              // supabase.auth.updateUser(...) acts on the caller's own session (not auth.admin.*).
              // Not an `auth` that authenticates this server to another service (Trigger.dev's `auth.createPublicToken({ scopes })`
              // mints a token to read the app's own runs).
              if (
                n.callee.type === 'MemberExpression' &&
                /(?:^|\.)auth$/.test(getDottedName(n.callee.object) ?? '') &&
                !/^(?:getUser|getSession|getClaims)$/.test(name) &&
                !(n.callee.object.type === 'Identifier' && OUTBOUND_AUTH_MODULE.test(getImportSource(sourceCode, n.callee.object) ?? ''))
              ) {
                a.authEndpoint = true;
              }
              // getTeamForUser(), getMyProjects(), getCurrentOrg(): scoped to the session inside (not visible here). Not a
              // read of the session itself (`getCurrentSession()`, `getCurrentUser()`): what it answers for a signed-out
              // caller is checked below like any auth call's (chadnext's Lucia actions read `user?.id` and never check it).
              if (n.arguments.length === 0 && /(?:Current|ForUser|ForCurrent|^(?:get|fetch|load|list)My[A-Z]|Viewer|ForSession|ForViewer)/.test(name) && !isAuthCall(sourceCode, n, { authFunctions, authPatterns })) a.gated = true;
              if (isRateLimitCall(sourceCode, n)) {
                a.rateLimited = true;
                return true;
              }
              const callee = unwrap(n.callee);
              if (callee.type === 'Identifier') {
                const local = bodies.find((b) => b !== fn && b === resolveHelper(callee));
                if (local && authHelpers.has(local)) {
                  authCalls.push(n);
                  return true;
                }
              }
              // `const denied = guardTestEndpoint(req); if (denied) return denied;`: a guard handed the request answers for
              // it (a 403 of its own) when it refuses, whatever it checks.
              if (/^(?:guard|protect)[A-Z_]/.test(name) && handsRequest(n, fn) && returnedWhenSet(n)) {
                a.gated = true;
                return true;
              }
              // better-auth's admin / organization endpoints handed the caller's headers (`auth.api.banUser({ body, headers:
              // await headers() })`): the plugin turns away a caller without a session (or the permission) before it acts.
              if (
                BETTER_AUTH_SESSION_ENDPOINT.test(name) &&
                n.callee.type === 'MemberExpression' &&
                n.callee.object.type === 'MemberExpression' &&
                getPropertyName(n.callee.object) === 'api' &&
                n.arguments[0]?.type === 'ObjectExpression' &&
                n.arguments[0].properties.some((p) => p.type === 'Property' && getPropertyName(p) === 'headers')
              ) {
                a.gated = true;
                return true;
              }
              // `const result = await action({ params, schema, authorize: true })`, the DevFlow tutorial's helper from
              // `lib/handlers/action`: a call of the app's own code that the handler asks to authenticate (it calls `auth()`
              // and hands back an error without a session). An auth call: it counts when its result gates the response.
              if (callee.type === 'Identifier' && asksToAuthenticate(n) && PROJECT_MODULE.test(getImportSource(sourceCode, callee) ?? '')) {
                authCalls.push(n);
                return true;
              }
              // `validatedActionWithUser(schema, async (data, formData, user) => ...)(formData)`: the wrapper an exported
              // action is wrapped in (`export const a = validatedActionWithUser(...)`), built and called inline.
              if (n.parent?.type === 'CallExpression' && n.parent.callee === n && n.callee.type === 'Identifier' && n.arguments.some(isFunction) && isAuthWrapperName(n.callee.name, wrapperNames)) {
                a.gated = true;
                return true;
              }
              // `clerkClient.users.getUser(input.userId)`: an auth library looking a user up by the caller's own
              // input finds a record, it does not identify the caller (skateshop's getPlan).
              // An access guard of the app's own (`assertWorkspaceAccess(input.workspaceId)`) is handed the resource, not
              // the caller: only a user id from the input (`input.userId`) makes it check whoever the caller claims to be.
              const guard = unwrap(n.callee).type === 'Identifier' && RESOURCE_ACCESS_GUARD.test(name);
              if (isAuthCall(sourceCode, n, { authFunctions, authPatterns }) && !argsFromInput(n, fn, guard ? CALLER_ID_FIELD : RECORD_ID_FIELD)) {
                authCalls.push(n);
                return true;
              }
              if (CONSTANT_TIME_COMPARE.test(name) || /^(?:verifySignature|verifyWebhook\w*|constructEvent|constructEventAsync|verifyHmac)$/.test(name)) {
                if (/Signature|Webhook|constructEvent|Hmac/.test(name)) a.webhook = true;
                a.gated = true;
              }
              const key = getCredentialReadKey(n);
              if (key !== undefined) {
                if (/signature/i.test(key)) a.webhook = true;
                credentialReads.push(n);
              } else {
                const hdr = headerKey(n);
                if (hdr && /signature|x-hub|svix|stripe/i.test(hdr)) a.webhook = true;
                if (n.callee.type === 'MemberExpression' && getPropertyName(n.callee) === 'get') {
                  const k = getStaticString(n.arguments[0]);
                  if (k && USER_KEYED_PARAM.test(k) && /searchParams|query/i.test(sourceCode.getText(n.callee.object))) a.userKeyed = true;
                }
              }
              candidates.push(n);
              return true;
            }
            case 'NewExpression': {
              return true;
            }
            case 'TaggedTemplateExpression': {
              candidates.push(n);
              return true;
            }
            case 'MemberExpression': {
              const key = getCredentialReadKey(n);
              if (key !== undefined && !(n.parent?.type === 'CallExpression' && n.parent.callee === n)) {
                if (/signature/i.test(key)) a.webhook = true;
                credentialReads.push(n);
              }
              // Each test below is on a chain ending in `body`, a user-id name or a signature header: the
              // last member decides first, so most member expressions build no dotted name.
              const p = getPropertyName(n);
              const userParam = p !== undefined && USER_KEYED_PARAM.test(p);
              const signature = p !== undefined && /signature/i.test(p);
              if (p !== 'body' && !userParam && !signature) return true;
              const text = getDottedName(n) ?? '';
              if (/(?:^|\.)req\.body$|(?:^|\.)request\.body$/.test(text)) a.writesRequest = true;
              if (userParam && /(?:^|\.)(?:query|params)\.(\w+)$/.test(text)) a.userKeyed = true;
              if (signature && /(?:^|\.)headers\.(?:\w*signature\w*)$/i.test(text)) a.webhook = true;
              return true;
            }
            case 'BinaryExpression': {
              if (['===', '!==', '==', '!='].includes(n.operator)) {
                const l = sourceCode.getText(n.left);
                const r = sourceCode.getText(n.right);
                const both = `${l} ${r}`;
                if (/\bmethod\b/.test(both) && /['"`](?:POST|PUT|PATCH|DELETE)['"`]/.test(both)) a.writesRequest = true;
                const envMatch = /process\.env\.([A-Z0-9_]+)|env\.([A-Z0-9_]+)/.exec(both);
                const envName = envMatch?.[1] ?? envMatch?.[2];
                if (envName && SECRET_ENV.test(envName) && envName !== 'NODE_ENV') a.gated = true;
              }
              return true;
            }
            default:
              return true;
          }
        });
      }
      // A session from the enclosing scope checked here: `if (!session || !user) return;` (inline server actions).
      for (const body of bodies) {
        walk(body, (n) => {
          if (a.gated) return false;
          // A test of the caller may build its answer first (`exitsAlways`), but an `is*` / `can*` call only counts with an
          // early exit: `if (isUniqueConstraintError(error)) { const field = ...; throw ... }` is an error path (formbricks).
          const early = n.type === 'IfStatement' && isEarlyExit(n.consequent);
          if (n.type === 'IfStatement' && (early || exitsAlways(n.consequent))) {
            walk(n.test, (t) => {
              // `if (!userId) throw` on the handler's own parameter checks an argument the caller sends, not a session.
              // So does `if (!userId) return 400` on a field of the request body (`const { userId } = await req.json()`)
              // or on a query parameter (`request.nextUrl.searchParams.get('userId')`).
              // A field of the request itself (`if (!req.user) return 401`, set by a session middleware such as Passport's) names no
              // variable: not the `const user = await updateUserById(db, req.user._id, ...)` the handler declares further down
              // (nextjs-mongodb-app's profile PATCH).
              if (
                t.type === 'Identifier' &&
                /^(?:session|user|currentUser|userId|authUser|viewer|authSession|me|auth)$/.test(t.name) &&
                (onRequestParam(t, fn) || (!lookedUpFromInput(t, fn) && !isOwnParameter(t, fn) && (!fromRequestBody(t) || handedToCheck(t))))
              )
                a.gated = true;
              // if (!(await canUpdateBoard(auth, id))) return unauthorized();  — a permission check that denies.
              // Not a built-in test of a value's type: `if (!Array.isArray(analysis.scenes)) throw new Error('Invalid format')`
              // checks what a model answered (tinyviewers' scene analysis), not who is calling.
              // Also noun first, `if (!(await userCanEditBoard(bid))) redirect('/')`.
              if (early && t.type === 'CallExpression' && (/^(?:can|has|is|check|verify|authori[sz]e|ensure|assert|require)[A-Z]/.test(getCalleeName(t) ?? '') || CALLER_PERMISSION_CALL.test(getCalleeName(t) ?? '')) && !INPUT_PREDICATE.test(getCalleeName(t) ?? '') && !isBuiltinTypeTest(t) && isDenyingExit(n.consequent)) a.gated = true;
              // The same check bound first (tavla's board actions): `const access = await userCanEditBoard(bid); if (!access) return redirect('/')`.
              if (early && t.type === 'Identifier' && t.parent?.type === 'UnaryExpression' && t.parent.operator === '!' && boundFromPermissionCall(t) && isDenyingExit(n.consequent)) a.gated = true;
              // const ctx = await getServiceContextFromRequest(req); if (!ctx) return 401: whatever its name,
              // a value derived from the request whose absence answers 401/403 is an authentication.
              // Not a record looked up by an id the caller sent (event_platform's updateEvent: `const eventToUpdate = await
              // Event.findById(event._id); if (!eventToUpdate || eventToUpdate.organizer !== userId) throw 'Unauthorized'`);
              // a lookup that also takes a code or token the caller presents (an emailed one-time code) still is a check.
              if (t.type === 'Identifier' && UNAUTHORIZED_EXIT.test(sourceCode.getText(n.consequent)) && boundFromRequest(t, fn) && !lookedUpByRecordId(t, fn)) a.gated = true;
              // const profile = await currentProfile(); if (!profile) return 401 (the discord clone): a helper given
              // nothing can only read the caller from the request's cookies or headers, and its absence answered with
              // 401 is a sign-in check. Not 403 alone: `if (!flags) return 403` may be a feature switch.
              if (t.type === 'Identifier' && t.parent?.type === 'UnaryExpression' && t.parent.operator === '!' && UNAUTHENTICATED_EXIT.test(sourceCode.getText(n.consequent)) && boundFromArgumentlessCall(t)) a.gated = true;
              // const progress = await getUserProgress(); if (!progress) throw ... (the duolingo clone's refillHearts): a
              // getter named for the user's own record and given nothing can only read the caller's, and the handler
              // ends without it, whatever its message says.
              // Also on the record's own id, `if (!userWithBoards?.uid) return []` (tavla's getPrivateBoardsForUser).
              if (early && t.type === 'Identifier' && ((t.parent?.type === 'UnaryExpression' && t.parent.operator === '!') || negatedIdOf(t)) && boundFromArgumentlessCall(t, CALLER_RECORD_GETTER)) a.gated = true;
              return !a.gated;
            });
          }
          return true;
        }, { skipFunctions: true });
      }
      // One walk for three signs (each sets its own flag, so the order of the checks does not matter):
      //  - `parseRequest(req, schema, { skipAuth: true })`: the author declares the route public;
      //  - `const { auth, body } = await parseRequest(req)`: a request parser that authenticates (umami-style);
      //  - a capability token taken from the input and handed to a lookup (invite, reset, unsubscribe, email-change links).
      for (const body of bodies) {
        walk(body, (n) => {
          if (a.authEndpoint && a.gated) return false;
          if (!a.authEndpoint && n.type === 'Property' && /^(?:skipAuth|isPublic|allowAnonymous|allowUnauthenticated|noAuth|anonymous|public)$/.test(getPropertyName(n) ?? '') && n.value.type === 'Literal' && n.value.value === true && isOptionsArgument(n.parent)) a.authEndpoint = true;
          if (a.gated) return true;
          // `mutate(CreateAddressMutation, { input }, { useAuthToken: true })` (nextjs-starter-vendure's actions): the API
          // client sends the caller's session token with the call to an API that authenticates every request, like
          // medusa's `getAuthHeaders()` handed to its SDK (see gates()).
          if (n.type === 'Property' && /^(?:use|with|send|forward|include)Auth(?:Token|Headers?)$/.test(getPropertyName(n) ?? '') && n.value.type === 'Literal' && n.value.value === true && isOptionsArgument(n.parent)) a.gated = true;
          if (n.type === 'VariableDeclarator' && n.id.type === 'ObjectPattern' && n.init) {
            const init = unwrap(n.init, { await: true });
            if (init.type === 'CallExpression' && !/^(?:json|formData|text|parse|safeParse|parseAsync|safeParseAsync)$/.test(getCalleeName(init) ?? '')) {
              if (n.id.properties.some((p) => p.type === 'Property' && p.key.type === 'Identifier' && /^(?:auth|session|authSession|currentUser|authUser|principal|viewer)$/.test(p.key.name))) a.gated = true;
            }
            // `const owned = await resolveOwnedPaymentMethodRequest(request); if (!owned.ok) return owned.response;
            // const { user } = owned.context` (amazong's payment routes): a helper handed the request hands back the
            // caller, and the handler stops when it did not.
            const root = init.type === 'MemberExpression' ? getRootIdentifier(init) : undefined;
            if (
              root &&
              n.id.properties.some((p) => p.type === 'Property' && p.key.type === 'Identifier' && /^(?:user|session|currentUser|authUser|viewer)$/.test(p.key.name)) &&
              boundFromRequest(root, (getEnclosingFunction(n) as FunctionNode | undefined) ?? fn) &&
              testedWithEarlyExit(root)
            ) {
              a.gated = true;
            }
          }
          // Also once normalised (`.eq('code', code.toUpperCase().trim())`: a gift card or promo code typed by hand).
          const arg = n.type === 'Identifier' ? normalizedString(n) : n;
          if (n.type === 'Identifier' && /^(?:token|\w+Token|otp|code|inviteCode|verificationCode|secret|grant)$/.test(n.name) && arg.parent?.type === 'CallExpression' && arg.parent.arguments.includes(arg as TSESTree.CallExpressionArgument)) {
            const callee = getCalleeName(arg.parent) ?? '';
            // `sandbox.runCode(code)`, `exec(code)`: program text to run (ai-analyst's sandbox route), not a code to look up.
            const runsIt = n.name === 'code' && /^(?:run|exec|eval|compile|interpret)/i.test(callee);
            if (!runsIt && !/^(?:json|log|error|warn|info|String|Number|Boolean|encodeURIComponent|set|stringify)$/.test(callee)) a.gated = true;
          }
          // Not a token stored as data by a create (banking's createBankAccount: `database.createDocument(DB, BANKS, ID.unique(),
          // { userId, accessToken })`): a record written with it looks nothing up.
          if (
            n.type === 'Property' &&
            n.value.type === 'Identifier' &&
            /^(?:token|\w+Token|otp|inviteCode|verificationCode)$/.test(n.value.name) &&
            n.parent?.type === 'ObjectExpression' &&
            n.parent.parent?.type === 'CallExpression' &&
            !/^(?:create|insert|add)(?:[A-Z]\w*)?$/.test(getCalleeName(n.parent.parent) ?? '') &&
            // Nor a token the handler answers with (`return NextResponse.json({ runId, accessToken })`, trigger.dev's wiki agent
            // handing back the run's public token): it is sent, not presented.
            !/^(?:json|send|stringify|log|error|warn|info)$/.test(getCalleeName(n.parent.parent) ?? '')
          ) {
            a.gated = true;
          }
          return true;
        });
      }
      // Gating of auth calls and credential reads.
      analyzedHandler = fn;
      const ungated: TSESTree.CallExpression[] = [];
      for (const c of authCalls) {
        if (gates(c)) a.gated = a.sessionGated = true;
        else ungated.push(c);
      }
      for (const r of credentialReads) if (gates(r, true)) a.gated = true;
      if (!a.gated && ungated.length > 0) a.unchecked = ungated[0];
      return a;
    }

    /** `code.trim().toUpperCase()`: the outermost call of string normalisers on `n`, or `n` itself. */
    function normalizedString(n: Node): Node {
      let cur = n;
      while (
        cur.parent?.type === 'MemberExpression' &&
        cur.parent.object === cur &&
        /^(?:trim|trimStart|trimEnd|toUpperCase|toLowerCase|normalize)$/.test(getPropertyName(cur.parent) ?? '') &&
        cur.parent.parent?.type === 'CallExpression' &&
        cur.parent.parent.callee === cur.parent
      ) cur = cur.parent.parent;
      return cur;
    }

    /** A sql`...` template: the database, written to when the query says so. */
    function sqlReach(n: TSESTree.TaggedTemplateExpression): Reach | undefined {
      if (!/(?:^|\.)sql$/.test(getDottedName(n.tag) ?? '')) return undefined;
      const query = sourceCode.getText(n.quasi);
      return { node: n, label: 'the database (sql`...`)', stored: true, write: /\b(?:insert|update|delete|upsert)\b/i.test(query), paid: false, sensitive: SENSITIVE.test(query.replace(NOT_SENSITIVE_WORDS, '')) };
    }

    /**
     * Public-by-design viewer endpoints: the handler looks a capability record up by ids from the request
     * (a share link by its id or domain + slug, a viewer's view by view id + link id, a verification code
     * by code + identifier) and denies the request when it is missing, expired, archived or deleted, or
     * checks the link's password. Knowing the link is the permission. Not when the handler also writes
     * anything but records of the visit (the link's settings, the shared document): that is the owner's job.
     */
    function capabilityChecked(fn: FunctionNode, bodies: readonly Node[], reaches: readonly Reach[]): boolean {
      // Records looked up by a token the request carries (`findUnique({ where: { token } })`: an emailed
      // confirmation link's request record): the token is the capability, and the holder may consume it.
      const tokenModels = new Set<string>();
      for (const body of bodies) {
        walk(body, (n) => {
          if (n.type !== 'CallExpression' || !LOOKUP_METHOD.test(getCalleeName(n) ?? '')) return true;
          const model = modelOf(n);
          if (model && tokenKeyed(fn, n.arguments[0])) tokenModels.add(model);
          return true;
        });
      }
      for (const r of reaches) {
        if (!r.write || r.node.type !== 'CallExpression') continue;
        const model = modelOf(r.node);
        if (model !== undefined && tokenModels.has(model)) continue;
        if (model !== undefined ? !ACTIVITY_MODEL.test(model) : r.label.startsWith('project data code') && OWNER_WRITE_NAME.test(getCalleeName(r.node) ?? '')) return false;
      }
      const exits: TSESTree.IfStatement[] = [];
      for (const body of bodies) {
        walk(body, (n) => {
          // Also a block that records the failure first and then returns (`await markExpired(); return 400`).
          if (n.type === 'IfStatement' && (isEarlyExit(n.consequent) || endsInExit(n.consequent))) exits.push(n);
          return true;
        });
      }
      if (exits.length === 0) return false;
      let found = false;
      for (const body of bodies) {
        walk(body, (n) => {
          if (found) return false;
          if (n.type !== 'CallExpression' || !LOOKUP_METHOD.test(getCalleeName(n) ?? '')) return true;
          const model = modelOf(n);
          const byToken = !!model && tokenModels.has(model);
          if (!model || (!CAPABILITY_MODEL.test(model) && !byToken) || classifyCall(n) === undefined) return true;
          const ids = requestValues(fn, n.arguments[0]);
          if (ids === 0) return true;
          const record = boundName(n);
          const orThrow = /OrThrow$/.test(getCalleeName(n) ?? '');
          let gated = orThrow;
          let state = false;
          for (const ex of exits) {
            const names = testedMembers(ex.test, record);
            if (names === undefined) continue;
            gated = true;
            if (names.some((m) => CAPABILITY_STATE.test(m))) state = true;
          }
          // A token-keyed record counts only when its validity is checked (expiry, status, use).
          if (gated && (byToken ? state : ids >= 2 || state)) found = true;
          return true;
        });
      }
      if (found) return true;
      // A password on the link, compared with the one the viewer sent: `if (link.password !== password) return 401`.
      return exits.some((ex) => isDenyingExit(ex.consequent) && testsPassword(fn, ex.test));
    }

    /**
     * A short link's redirect: a `GET` that looks one record up by an id from the request, leaves early when it is
     * missing, answers with a redirect to a URL the record holds, and writes nothing but the visit on that record's
     * model (`$push: { visitHistory: ... }`, `$inc: { clicks: 1 }`, Prisma's `data: { clicks: { increment: 1 } }`): knowing
     * the short id is what the link is for (NxtLink's `GET /api/urls/[id]`). Any other write (a `$inc` of the owner's
     * `credits`), a paid call or a user-shaped read is still reported.
     */
    function shortLinkRedirect(fn: FunctionNode, reaches: readonly Reach[]): boolean {
      if (!fn.body || fn.body.type !== 'BlockStatement') return false;
      if (reaches.some((r) => r.paid || r.sensitive || r.node.type !== 'CallExpression')) return false;
      const records = new Map<string, string>();
      /** The filter each record was looked up by: `Link.findOne({ shortId, isActive: true })`. */
      const lookups = new Map<string, TSESTree.ObjectExpression>();
      walk(fn.body, (n) => {
        if (n.type !== 'CallExpression' || !/^(?:findUnique|findFirst|findOne|findById|findOneAndUpdate)$/.test(getCalleeName(n) ?? '')) return true;
        // Through the query's own steps: `Url.findOne({ shortId }).populate('createdBy', 'username')`, `.lean()`.
        let top: TSESTree.CallExpression = n;
        while (top.parent?.type === 'MemberExpression' && top.parent.object === top && top.parent.parent?.type === 'CallExpression' && top.parent.parent.callee === top.parent) {
          top = top.parent.parent;
        }
        const record = boundName(top);
        const model = modelOf(n);
        if (record && model && requestValues(fn, n.arguments[0]) > 0) {
          records.set(record, model);
          if (n.arguments[0]?.type === 'ObjectExpression') lookups.set(record, n.arguments[0]);
        }
        return true;
      });
      if (records.size === 0) return false;
      const fromRecord = (node: Node, depth = 0): string | undefined => {
        let hit: string | undefined;
        walk(node, (n) => {
          if (hit) return false;
          if (n.type === 'MemberExpression' && n.object.type === 'Identifier' && records.has(n.object.name)) hit = n.object.name;
          else if (n.type === 'Identifier' && depth === 0 && !(n.parent?.type === 'MemberExpression' && n.parent.property === n)) {
            for (const v of getBindingValues(sourceCode, n) ?? []) hit ??= fromRecord(v, 1);
          }
          return !hit;
        });
        return hit;
      };
      let target: string | undefined;
      walk(fn.body, (n) => {
        if (target) return false;
        if (n.type === 'ReturnStatement' && n.argument?.type === 'CallExpression' && getCalleeName(n.argument) === 'redirect' && n.argument.arguments[0]) {
          target = fromRecord(n.argument.arguments[0]);
        }
        return !target;
      });
      if (!target) return false;
      const record = target;
      let gated = false;
      walk(fn.body, (n) => {
        if (n.type === 'IfStatement' && isEarlyExit(n.consequent) && testedMembers(n.test, record) !== undefined) gated = true;
        return !gated;
      });
      if (!gated) return false;
      const model = records.get(record);
      const lookup = lookups.get(record);
      /** `isActive: true` on a record looked up with `isActive: true` (chlorei-linklab's redirect): it changes nothing. */
      const restatesLookup = (p: TSESTree.Property, key: string): boolean =>
        p.value.type === 'Literal' &&
        lookup !== undefined &&
        lookup.properties.some((q) => q.type === 'Property' && getPropertyName(q) === key && q.value.type === 'Literal' && q.value.value === (p.value as TSESTree.Literal).value);
      const visitFields = (v: Node): boolean =>
        v.type === 'ObjectExpression' && v.properties.length > 0 && v.properties.every((q) => q.type === 'Property' && VISIT_FIELD.test(getPropertyName(q) ?? ''));
      const visitOnly = (arg: Node | undefined): boolean => {
        if (arg?.type !== 'ObjectExpression' || arg.properties.length === 0) return false;
        return arg.properties.every((p) => {
          if (p.type !== 'Property') return false;
          const key = getPropertyName(p) ?? '';
          if (key === 'where') return true;
          if (/^\$(?:push|inc|addToSet)$/.test(key) || key === 'data') return visitFields(p.value);
          return restatesLookup(p, key);
        });
      };
      /** `{ $inc: { clicks: 1 } }`: a counter and nothing else. */
      const counterOnly = (arg: Node | undefined): boolean =>
        arg?.type === 'ObjectExpression' && arg.properties.length > 0 && arg.properties.every((p) => p.type === 'Property' && getPropertyName(p) === '$inc' && visitFields(p.value));
      return reaches.every((r) => {
        if (!r.write) return true;
        const call = r.node as TSESTree.CallExpression;
        if (modelOf(call) === model) return call.arguments.some((x) => visitOnly(x));
        // A click counter kept on another model for the link or its owner (chlorei-linklab's per-country
        // `Location.updateOne({ countryName, userId: link.userId }, { $inc: { clicks: 1 } }, { upsert: true })`).
        const [filter, update] = call.arguments;
        return filter?.type === 'ObjectExpression' && fromRecord(filter) === record && counterOnly(update);
      });
    }

    /**
     * Whether every reach is a bump of a visit counter by one: Prisma's `update` / `upsert` with only `{ views: { increment: 1 } }`
     * in `data` / `update` (an upsert's `create` holding only the lookup's keys and a literal count), or Mongo's
     * `updateOne(filter, { $inc: { clicks: 1 } })`; a counter is a visit field (`viewCount`, `clicks`, `hits`) or `count` on a
     * model named for views or visits. Reads count only on such a model (`prisma.views.findUnique`). Not a bump by another
     * amount, a write of any other field, or a paid or sensitive reach.
     */
    function counterBumpOnly(reaches: readonly Reach[]): boolean {
      let bumps = 0;
      for (const r of reaches) {
        if (r.paid || r.sensitive || r.node.type !== 'CallExpression') return false;
        const model = modelOf(r.node) ?? '';
        const counterModel = /^(?:views?|page_?views?|visits?|hits?|clicks?|view_?counts?)$/i.test(model);
        const isCounter = (key: string): boolean => VISIT_FIELD.test(key) || (counterModel && key === 'count');
        if (!r.write) {
          if (!counterModel) return false;
          continue;
        }
        const name = getCalleeName(r.node) ?? '';
        const args = r.node.arguments;
        const one = (v: Node): boolean => v.type === 'Literal' && v.value === 1;
        /** `{ views: { increment: 1 } }` */
        const prismaBump = (v: Node | undefined): boolean =>
          v?.type === 'ObjectExpression' &&
          v.properties.length > 0 &&
          v.properties.every(
            (p) =>
              p.type === 'Property' &&
              isCounter(getPropertyName(p) ?? '') &&
              p.value.type === 'ObjectExpression' &&
              p.value.properties.length === 1 &&
              p.value.properties[0]!.type === 'Property' &&
              getPropertyName(p.value.properties[0]!) === 'increment' &&
              one(p.value.properties[0]!.value),
          );
        /** `{ $inc: { clicks: 1 } }` */
        const mongoBump = (v: Node | undefined): boolean =>
          v?.type === 'ObjectExpression' &&
          v.properties.length === 1 &&
          v.properties[0]!.type === 'Property' &&
          getPropertyName(v.properties[0]!) === '$inc' &&
          v.properties[0]!.value.type === 'ObjectExpression' &&
          v.properties[0]!.value.properties.length > 0 &&
          v.properties[0]!.value.properties.every((q) => q.type === 'Property' && isCounter(getPropertyName(q) ?? '') && one(q.value));
        let ok = false;
        if ((name === 'update' || name === 'upsert') && args.length === 1 && args[0]!.type === 'ObjectExpression') {
          const props = args[0]!.properties;
          const where = props.find((p): p is TSESTree.Property => p.type === 'Property' && getPropertyName(p) === 'where');
          const keys = new Set(where?.value.type === 'ObjectExpression' ? where.value.properties.map((p) => (p.type === 'Property' ? getPropertyName(p) : undefined)) : []);
          ok =
            !!where &&
            props.every((p) => {
              if (p.type !== 'Property') return false;
              const key = getPropertyName(p);
              if (key === 'where') return true;
              if (key === 'data' || (key === 'update' && name === 'upsert')) return prismaBump(p.value);
              if (key === 'create' && name === 'upsert')
                return p.value.type === 'ObjectExpression' && p.value.properties.every((q) => q.type === 'Property' && (keys.has(getPropertyName(q)) || (isCounter(getPropertyName(q) ?? '') && q.value.type === 'Literal')));
              return key === 'select';
            });
        } else if (/^(?:updateOne|findOneAndUpdate|findByIdAndUpdate)$/.test(name) && args.length >= 2) {
          ok = mongoBump(args[1]);
        }
        if (!ok) return false;
        bumps++;
      }
      return bumps > 0;
    }

    /** The model a data call is on: `prisma.view.findUnique` → view, `View.findOne` → View, `db.query.links.findFirst` → links, `.from('links')` → links. */
    function modelOf(call: TSESTree.CallExpression): string | undefined {
      let cur: Node = unwrap(call.callee);
      for (let i = 0; i < 12; i++) {
        if (cur.type === 'CallExpression') {
          const name = getCalleeName(cur);
          const arg = cur.arguments[0];
          if (name === 'from' && arg) return getStaticString(arg) ?? (arg.type === 'Identifier' ? arg.name : undefined);
          if (/^(?:insert|update|delete)$/.test(name ?? '') && arg?.type === 'Identifier') return arg.name;
          cur = unwrap(cur.callee);
        } else if (cur.type === 'MemberExpression') {
          cur = unwrap(cur.object);
        } else break;
      }
      const parts = (getDottedName(unwrap(call.callee)) ?? '').split('.');
      if (parts.length >= 3) return parts[parts.length - 2];
      if (parts.length === 2 && /^[A-Z]/.test(parts[0] ?? '')) return parts[0];
      const name = getCalleeName(call) ?? '';
      if (/^(?:insert|update|delete)$/.test(name) && call.arguments[0]?.type === 'Identifier') return call.arguments[0].name;
      return undefined;
    }

    /** `{ where: { token } }`, `{ where: { resetToken: body.token } }`: a lookup keyed by a token from the request. */
    function tokenKeyed(fn: FunctionNode, arg: Node | undefined): boolean {
      if (arg?.type !== 'ObjectExpression') return false;
      const where = arg.properties.find((p): p is TSESTree.Property => p.type === 'Property' && getPropertyName(p) === 'where');
      if (where?.value.type !== 'ObjectExpression') return false;
      return where.value.properties.some(
        (p) => p.type === 'Property' && /^(?:token|\w+Token)$/.test(getPropertyName(p) ?? '') && (p.value.type === 'Identifier' || p.value.type === 'MemberExpression') && fromRequest(fn, p.value),
      );
    }

    /**
     * The call is handed the handler's request parameter itself: `guardTestEndpoint(req)`. With `nested`, also inside an
     * argument: `PermissionsService.get({ request, response, params: { communityId } })` (linen's community routes), but
     * not a member of it (`request.query.id`).
     */
    function handsRequest(call: TSESTree.CallExpression, fn: FunctionNode, nested = false): boolean {
      const req = fn.params[0];
      if (req?.type !== 'Identifier') return false;
      if (!nested) return call.arguments.some((arg) => arg.type === 'Identifier' && arg.name === req.name);
      return call.arguments.some((arg) =>
        some(arg, (n) => n.type === 'Identifier' && n.name === req.name && isValueReference(n) && !(n.parent?.type === 'MemberExpression' && n.parent.object === n)),
      );
    }

    /** `const denied = f(req); if (denied) return denied;`: the call's result, when set, is what the handler answers. */
    function returnedWhenSet(call: TSESTree.CallExpression): boolean {
      let up: Node = call;
      while (up.parent?.type === 'AwaitExpression') up = up.parent;
      const decl = up.parent;
      if (decl?.type !== 'VariableDeclarator' || decl.init !== up || decl.id.type !== 'Identifier') return false;
      const name = decl.id.name;
      const v = findVariable(sourceCode, decl.id);
      return !!v?.references.some((ref) => {
        const id = ref.identifier;
        const ifs = id.parent;
        if (ifs?.type !== 'IfStatement' || ifs.test !== id) return false;
        const first = ifs.consequent.type === 'BlockStatement' ? ifs.consequent.body[0] : ifs.consequent;
        return first?.type === 'ReturnStatement' && first.argument?.type === 'Identifier' && first.argument.name === name;
      });
    }

    function requestValues(fn: FunctionNode, arg: Node | undefined): number {
      if (!arg || arg.type === 'SpreadElement') return 0;
      const names = new Set<string>();
      walk(arg, (n) => {
        if (n.type !== 'Identifier' && n.type !== 'MemberExpression') return true;
        if (n.parent?.type === 'Property' && n.parent.key === n && !n.parent.shorthand) return false;
        if (n.parent?.type === 'MemberExpression' && n.parent.property === n) return false;
        if (fromRequest(fn, n)) {
          names.add(sourceCode.getText(n));
          return false;
        }
        return n.type === 'MemberExpression';
      });
      return names.size;
    }

    function fromRequest(fn: FunctionNode, node: Node): boolean {
      return traceValue(sourceCode, node, (n) => isRequestValue(fn, n));
    }

    /** Whether a node traced back from a value is the request's: a request read, its body, `params` / `query`, or a parameter of the handler itself. */
    function isRequestValue(fn: FunctionNode, n: Node): boolean {
      if ((n.type === 'MemberExpression' || n.type === 'CallExpression' || n.type === 'Identifier') && isRequestRead(sourceCode, n)) return true;
      if (n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && /^(?:json|formData|text)$/.test(getPropertyName(n.callee) ?? '')) {
        return /^(?:req|request|_req|r)$/i.test(getRootIdentifier(n.callee)?.name ?? '');
      }
      if (n.type === 'Identifier') {
        if (/^(?:params|query|body|searchParams)$/.test(n.name)) return true;
        const def = findVariable(sourceCode, n)?.defs[0];
        // A parameter of the handler itself: `(req, { params })`, a server action's arguments.
        if (def?.type === 'Parameter') return (def.node as Node) === fn;
      }
      return false;
    }

    /**
     * Whether the handler matches text the request sends against a query: `{ $regex: req.body.search }`,
     * `{ contains: query }` with `query` from `await req.json()`, `.ilike('name', `%${q}%`)`.
     */
    function searchesByRequestText(fn: FunctionNode): boolean {
      if (!/\$regex|\$search|\bcontains\b|\b(?:ilike|like|textSearch)\s*\(/.test(sourceCode.getText(fn.body))) return false;
      const fromReq = (v: Node | undefined): boolean => {
        if (!v || v.type === 'SpreadElement') return false;
        const u = unwrap(v);
        // `new RegExp(req.body.q, 'i')`, `` `%${q}%` ``
        if (u.type === 'NewExpression') return fromReq(u.arguments[0]);
        if (u.type === 'TemplateLiteral') return u.expressions.some((e) => fromReq(e));
        return fromRequest(fn, u);
      };
      return some(fn.body, (n) =>
        n.type === 'Property'
          ? TEXT_MATCH_KEY.test(getPropertyName(n) ?? '') && fromReq(n.value)
          : n.type === 'CallExpression' && TEXT_MATCH_CALL.test(getCalleeName(n) ?? '') && n.arguments.slice(1).some((a) => fromReq(a)),
      );
    }

    /**
     * `db.execute(sql\`SELECT ...\`)` (drizzle's raw query; baremint's OHLCV chart over its trades): a query that only
     * selects, by its text outside the interpolations, is a read. Not one that names a write anywhere (`WITH x AS (DELETE ...)`).
     */
    function executesSelect(call: TSESTree.CallExpression): boolean {
      const arg = call.arguments[0] ? unwrap(call.arguments[0]) : undefined;
      const text =
        arg?.type === 'TaggedTemplateExpression' && /(?:^|\.)sql$/.test(getDottedName(arg.tag) ?? '')
          ? arg.quasi.quasis.map((q) => q.value.raw).join(' ')
          : getStaticString(arg);
      return text !== undefined && /^\s*(?:select|with)\b/i.test(text) && !/\b(?:insert|update|delete|upsert|merge|drop|truncate|alter|create|grant|into|call)\b/i.test(text);
    }

    /** The variable a lookup's result is bound to: `const view = await prisma.view.findUnique(...)`. */
    function boundName(call: TSESTree.CallExpression): string | undefined {
      let cur: Node = call;
      while (cur.parent && (cur.parent.type === 'AwaitExpression' || cur.parent.type === 'TSAsExpression' || cur.parent.type === 'TSNonNullExpression')) cur = cur.parent;
      const p = cur.parent;
      if (p?.type === 'VariableDeclarator' && p.init === cur && p.id.type === 'Identifier') return p.id.name;
      if (p?.type === 'AssignmentExpression' && p.right === cur && p.left.type === 'Identifier') return p.left.name;
      return undefined;
    }

    /** The members of `record` an `if` test reads (`[]` for `!record` alone), or undefined when it does not test it. */
    function testedMembers(test: Node, record: string | undefined): string[] | undefined {
      if (!record) return undefined;
      let tested = false;
      const members: string[] = [];
      walk(test, (n) => {
        if (n.type === 'Identifier' && n.name === record && !(n.parent?.type === 'MemberExpression' && n.parent.property === n)) {
          tested = true;
          // view.link.expiresAt: every property on the way counts.
          let up: Node = n;
          while (up.parent?.type === 'MemberExpression' && up.parent.object === up) {
            const name = getPropertyName(up.parent);
            if (name) members.push(name);
            up = up.parent;
          }
        }
        return true;
      });
      return tested ? members : undefined;
    }

    function testsPassword(fn: FunctionNode, test: Node): boolean {
      let found = false;
      walk(test, (n) => {
        if (found) return false;
        if (n.type === 'BinaryExpression' && (n.operator === '!==' || n.operator === '!=')) {
          const sides = [n.left, n.right];
          const stored = sides.find((x) => x.type === 'MemberExpression' && /^(?:password|passcode|pin)$/i.test(getPropertyName(x) ?? ''));
          const sent = sides.find((x) => x !== stored);
          if (stored && sent && fromRequest(fn, sent)) found = true;
        }
        return true;
      });
      return found;
    }

    /** `if (!owned.ok) return owned.response`: `id` is tested by an `if` that leaves at once. */
    function testedWithEarlyExit(id: TSESTree.Identifier): boolean {
      return !!findVariable(sourceCode, id)?.references.some((ref) => {
        let cur: Node = ref.identifier;
        for (let i = 0; i < 4 && cur.parent; i++) {
          const p: Node = cur.parent;
          if (p.type === 'IfStatement') return p.test === cur && isEarlyExit(p.consequent);
          cur = p;
        }
        return false;
      });
    }

    /**
     * `id` is bound to the (awaited) result of a call that receives the request or values read from it:
     * `await f(req)`, `await f(await headers())`, `await f({ slug: cookieStore.get('slug')?.value })`.
     */
    function boundFromRequest(id: TSESTree.Identifier, fn: FunctionNode): boolean {
      const def = findVariable(sourceCode, id)?.defs[0];
      if (def?.type !== 'Variable') return false;
      const init = (def.node as TSESTree.VariableDeclarator).init;
      const call = init ? unwrap(init, { await: true }) : undefined;
      if (call?.type !== 'CallExpression') return false;
      // A getter handed nothing whose name reads the caller's session (`getScannerSession()`, which reads its cookie):
      // it can only read the request it serves.
      if (call.arguments.length === 0 && /^(?:get|read|load|fetch|resolve)[A-Z]\w*Session$/.test(getCalleeName(call) ?? '')) return true;
      return call.arguments.some((arg) => {
        const u = unwrap(arg, { await: true });
        if (u.type === 'CallExpression' && /^(?:headers|cookies)$/.test(getCalleeName(u) ?? '')) return true;
        return requestValues(fn, arg) > 0;
      });
    }

    /** `const profile = await currentProfile()`: a constant bound to a plain call given no argument. */
    function boundFromArgumentlessCall(id: TSESTree.Identifier, name?: RegExp): boolean {
      const init = getConstInit(sourceCode, id);
      const call = init ? unwrap(init, { await: true }) : undefined;
      return call?.type === 'CallExpression' && call.callee.type === 'Identifier' && call.arguments.length === 0 && (!name || name.test(call.callee.name));
    }

    /** `!user?.uid`, `!user.id`: `id` is the object of a negated read of its id field. */
    function negatedIdOf(id: TSESTree.Identifier): boolean {
      const member = id.parent;
      if (member?.type !== 'MemberExpression' || member.object !== id || !/^(?:uid|id|userId)$/.test(getPropertyName(member) ?? '')) return false;
      const outer: Node = member.parent?.type === 'ChainExpression' ? member.parent : member;
      return outer.parent?.type === 'UnaryExpression' && outer.parent.operator === '!';
    }

    /** `const access = await userCanEditBoard(bid)`: a constant bound to the answer of a permission check of the caller. */
    function boundFromPermissionCall(id: TSESTree.Identifier): boolean {
      const init = getConstInit(sourceCode, id);
      const call = init ? unwrap(init, { await: true }) : undefined;
      if (call?.type !== 'CallExpression') return false;
      const name = getCalleeName(call) ?? '';
      return (PERMISSION_CALL.test(name) || CALLER_PERMISSION_CALL.test(name)) && !INPUT_PREDICATE.test(name);
    }

    /** `Array.isArray(x)`, `Number.isInteger(n)`, `Buffer.isBuffer(b)`, `isNaN(n)`: a built-in test of a value, never of the caller. */
    function isBuiltinTypeTest(call: TSESTree.CallExpression): boolean {
      const callee = call.callee;
      if (callee.type === 'Identifier') return /^(?:isNaN|isFinite)$/.test(callee.name);
      if (callee.type !== 'MemberExpression' || callee.object.type !== 'Identifier' || !BUILTIN_TYPE_TEST_OWNER.test(callee.object.name)) return false;
      // The global, or Node's own `import { Buffer } from 'node:buffer'`.
      return !findVariable(sourceCode, callee.object)?.defs.length || /^(?:node:)?buffer$/.test(getImportSource(sourceCode, callee.object) ?? '');
    }

    function isDenyingExit(node: Node): boolean {
      const t = sourceCode.getText(node);
      return /\b(?:401|403)\b|unauthori[sz]ed|forbidden|notFound|redirect|Unauthori[sz]ed|Forbidden|throw\b/.test(t);
    }

    function resolveHelper(id: TSESTree.Identifier): Node | undefined {
      const v = findVariable(sourceCode, id);
      const def = v?.defs[0];
      if (!def) return undefined;
      if (def.type === 'FunctionName') return def.node.type === 'FunctionDeclaration' ? def.node : undefined;
      if (def.type === 'Variable') {
        const init = (def.node as TSESTree.VariableDeclarator).init;
        const u = init ? unwrap(init) : undefined;
        if (u && (u.type === 'FunctionExpression' || u.type === 'ArrowFunctionExpression')) return u;
      }
      return undefined;
    }

    function headerKey(call: TSESTree.CallExpression): string | undefined {
      if (call.callee.type !== 'MemberExpression' || getPropertyName(call.callee) !== 'get') return undefined;
      if (!/headers/i.test(sourceCode.getText(call.callee.object))) return undefined;
      return getStaticString(call.arguments[0]);
    }

    /** Whether the value of an auth call / credential read decides what the handler does. */
    function gates(start: Node, credential = false): boolean {
      // Throwing / redirecting helpers gate by themselves: requireAuth(), auth.protect(), jwt.verify().
      if (start.type === 'CallExpression') {
        const name = getCalleeName(start) ?? '';
        if (/^(?:require|ensure|assert|enforce|protect|verify|jwtVerify|authenticate|authori[sz]e|guard|check|(?:throw|fail|deny)(?:If|Unless))/i.test(name)) return true;
        if (TOKEN_READ_AUTH.test(name)) return true;
        // A discarded result can only check by throwing: `await validateUserAccess(id);`
        let up: Node = start;
        while (up.parent && (up.parent.type === 'AwaitExpression' || up.parent.type === 'ChainExpression')) up = up.parent;
        if (up.parent?.type === 'ExpressionStatement' && !/^(?:getServerSession|getSession|getUser|auth|currentUser|getToken|getAuth|getIronSession|getClaims)$/.test(name)) return true;
        // withAuth-style call used as a value: `return withAuth(req, async () => ...)`
        if (/^with[A-Z]/.test(name)) return true;
      }
      const tainted: TSESTree.Identifier[] = [];
      // `getAuthHeaders()` (medusa's storefront: `{ authorization: Bearer <the caller's cookie token> }`): headers
      // that carry the caller's credential to an API that authenticates every request.
      const authHeaders = start.type === 'CallExpression' && /^get\w*Auth\w*Headers$/i.test(getCalleeName(start) ?? '');
      if (valueGates(start, tainted, credential, authHeaders)) return true;
      // Follow bound variables (and aliases derived from them).
      const seen = new Set<Node>();
      for (let i = 0; i < tainted.length && i < 24; i++) {
        const id = tainted[i]!;
        const v = findVariable(sourceCode, id);
        if (!v) continue;
        for (const ref of v.references) {
          const rid = ref.identifier as TSESTree.Identifier;
          if (ref.init || seen.has(rid)) continue;
          seen.add(rid);
          if (ref.isWrite()) continue;
          if (valueGates(rid, tainted, credential, authHeaders)) return true;
        }
      }
      return false;
    }

    /**
     * Climbs from a value to where it is used: a test (if / ternary / && / || / ! / comparison /
     * switch), a throw, an argument of another call, a dereference (`session.user.id` throws when
     * there is no session), or a binding (collected into `tainted` to follow its references).
     */
    function valueGates(start: Node, tainted: TSESTree.Identifier[], credential: boolean, authHeaders = false): boolean {
      let cur: Node = start;
      for (let depth = 0; depth < 12; depth++) {
        const p: Node | undefined = cur.parent;
        if (!p) return false;
        switch (p.type) {
          case 'AwaitExpression':
          case 'ChainExpression':
          case 'TSNonNullExpression':
          case 'TSAsExpression':
          case 'TSSatisfiesExpression':
            cur = p;
            continue;
          case 'MemberExpression':
            if (p.object !== cur) return false;
            // `session.user.id` without `?.` throws for a null session: it gates (crudely).
            if (!p.optional && start.type === 'Identifier' && cur === start) return true;
            cur = p;
            continue;
          case 'IfStatement':
          case 'ConditionalExpression':
          case 'SwitchStatement':
          case 'WhileStatement':
            return (p as { test?: Node; discriminant?: Node }).test === cur || (p as { discriminant?: Node }).discriminant === cur;
          case 'LogicalExpression':
            // `session ?? x` is the value; so is `user?.email || null` (a property of the result with a
            // default, returned as data: nothing is tested). `session || fail()` and `user && ...` test it.
            if ((p.operator === '??' || (p.operator === '||' && cur !== start)) && p.left === cur) {
              cur = p;
              continue;
            }
            return true;
          case 'UnaryExpression':
          case 'BinaryExpression':
          case 'ThrowStatement':
            return true;
          case 'CallExpression':
          case 'NewExpression': {
            if (p.callee === cur) {
              // auth().protect(), (await getAuth()).verify(...)
              cur = p;
              continue;
            }
            const name = getDottedName(p.callee) ?? '';
            if (/^(?:console|logger|log|Sentry)\b/.test(name)) return false;
            // The auth headers themselves handed to a call (the Medusa SDK's `sdk.store.cart.complete(id, {}, headers)`).
            if (authHeaders && (cur.type === 'Identifier' || cur.type === 'AwaitExpression' || cur === start)) return true;
            const last = p.type === 'CallExpression' ? (getCalleeName(p) ?? '') : '';
            // An API key looked up in the database is a check; a session id merely passed to a query is not.
            if (credential) return true;
            if (GUARD_NAME.test(last)) return true;
            if (p.type === 'CallExpression' && classifyCall(p) === undefined && !/^(?:json|Response|NextResponse|send|status|end|redirect|stringify)$/.test(last)) return true;
            return false;
          }
          case 'VariableDeclarator': {
            if (p.init !== cur) return false;
            collectIds(p.id, tainted);
            return false;
          }
          case 'AssignmentExpression': {
            if (p.right !== cur) return false;
            collectIds(p.left, tainted);
            return false;
          }
          case 'Property':
          case 'ObjectExpression':
          case 'ArrayExpression':
          case 'SpreadElement':
          case 'TemplateLiteral':
            // The caller's auth headers sent as the `headers` of a call (`sdk.client.fetch(url, { headers })`): the
            // API it calls authenticates the request, and answers an anonymous caller with 401 itself.
            if (authHeaders && p.type === 'Property' && p.value === cur && getPropertyName(p) === 'headers') {
              const call = p.parent.parent;
              if ((call?.type === 'CallExpression' || call?.type === 'NewExpression') && call.arguments.includes(p.parent as TSESTree.ObjectExpression)) return true;
            }
            // `{ userId: session.user.id }` passed on: keep climbing to see where the object goes.
            cur = p;
            continue;
          case 'ReturnStatement':
          case 'ArrowFunctionExpression': {
            // Returned from a helper: the helper call site decides. Returned by the handler itself
            // (`return { email: user?.email }`), it is data sent back, and nothing was checked.
            if (p.type === 'ArrowFunctionExpression' && p.body !== cur) return false;
            const owner = p.type === 'ReturnStatement' ? getEnclosingFunction(p) : p;
            return owner !== analyzedHandler;
          }
          default:
            return false;
        }
      }
      return false;
    }

    /**
     * `updateUserPassword(email, password)` exported from a `'use server'` module (kbg-nextjs-authjs-template's user queries):
     * an action that writes the password of the account its caller names, with no reset token or code and no current
     * password among its parameters, lets anyone take over any account. Not `resetPassword(token, password)`, nor
     * `changePassword(email, currentPassword, newPassword)`, nor one whose parameters name no account (`resetPassword(formData)`)
     * or no new password (`resetUserPassword(email)`, which asks for a reset email).
     */
    function setsPasswordByIdentity(name: string, fn: FunctionNode | undefined): boolean {
      if (!fn || !SETS_PASSWORD_ACTION.test(name)) return false;
      const ids: TSESTree.Identifier[] = [];
      for (const p of fn.params) collectIds(p, ids);
      return ids.some((i) => ACCOUNT_PARAM.test(i.name)) && ids.some((i) => /password|passwd|pwd/i.test(i.name)) && !ids.some((i) => PROOF_PARAM.test(i.name));
    }

    function collectIds(pattern: Node, out: TSESTree.Identifier[]): void {
      walk(pattern, (n) => {
        if (n.type === 'Identifier' && n.parent?.type !== 'MemberExpression') {
          if (n.parent?.type === 'Property' && n.parent.key === n && !n.parent.shorthand) return false;
          out.push(n);
        }
        if (n.type === 'AssignmentPattern') {
          collectIds(n.left, out);
          return false;
        }
        return true;
      });
    }

    /**
     * The names a call chain reads data under: its identifiers and member names, and the table /
     * collection names passed to `from('x')`, `collection('x')`... Query-builder steps and their
     * arguments are left out: `.order('created_at')` sorts, it reads no orders, and a column list
     * (`select('title, salary')`) says nothing about whose rows these are.
     */
    function dataNames(callee: Node): string {
      const parts: string[] = [];
      let cur: Node = callee;
      for (let i = 0; i < 30; i++) {
        if (cur.type === 'MemberExpression') {
          const p = getPropertyName(cur);
          if (p === undefined) parts.push(sourceCode.getText(cur.property));
          else if (p === '$transaction') {
            // Prisma's batch, `prisma.$transaction(ids.map((id) => prisma.comment.count(...)))` (cusdis' public comment
            // counts): a client method, not a model named `transaction`; the calls it batches are classified in turn. An
            // interactive transaction, `$transaction(async (tx) => ...)`, queries through its parameter: kept as it was.
            const arg = cur.parent?.type === 'CallExpression' && cur.parent.callee === cur ? cur.parent.arguments[0] : undefined;
            if (!arg || isFunction(arg)) parts.push(p);
          } else if (DOCUMENT_OPERATION.test(p)) {
            // Appwrite names the collection by an id argument: `APPOINTMENT_COLLECTION_ID` says what is read.
            const call = cur.parent;
            if (call?.type === 'CallExpression' && call.callee === cur) {
              for (const a of call.arguments) if (/collection/i.test(sourceCode.getText(a))) parts.push(sourceCode.getText(a));
            }
          } else if (!QUERY_BUILDER_STEP.test(p) || !(cur.parent?.type === 'CallExpression' && cur.parent.callee === cur)) {
            // A step is a call (`.order('created_at')`); the same word as a property is a model: `prisma.order.findMany()`.
            parts.push(CATALOG_NAME.test(p) ? 'catalog' : p);
          }
          cur = unwrap(cur.object);
        } else if (cur.type === 'CallExpression') {
          if (TABLE_CALL.test(getCalleeName(cur) ?? '')) {
            for (const a of cur.arguments) {
              const v = getStaticString(a);
              parts.push(v !== undefined && CATALOG_NAME.test(v) ? 'catalog' : (v ?? sourceCode.getText(a)));
            }
          }
          cur = unwrap(cur.callee);
        } else {
          // The client the chain starts from names no data: `supabaseAdmin.from('knowledge_base')` reads what
          // `supabase.from('knowledge_base')` reads (the table decides, not the service-role key).
          const root = sourceCode.getText(cur);
          parts.push(ADMIN_CLIENT.test(root) ? 'client' : root);
          break;
        }
      }
      return parts.join('.');
    }

    /**
     * A Supabase count with `head: true` (`supabase.from('tenants').select('*', { count: 'exact', head: true })`): the
     * response carries the number of rows and no row at all (vantak-os' public "founding spots left" counter).
     */
    function headOnlyCount(node: Node): boolean {
      let cur: Node = node;
      for (let i = 0; i < 30; i++) {
        if (cur.type === 'MemberExpression') cur = unwrap(cur.object);
        else if (cur.type === 'CallExpression') {
          if (
            getCalleeName(cur) === 'select' &&
            cur.arguments.some(
              (a) => a.type === 'ObjectExpression' && a.properties.some((p) => p.type === 'Property' && getPropertyName(p) === 'head' && p.value.type === 'Literal' && p.value.value === true),
            )
          ) {
            return true;
          }
          cur = unwrap(cur.callee);
        } else return false;
      }
      return false;
    }

    /** Whether a call reaches data: a DB/ORM/SDK client, a paid API, or a data function of the project. */
    function classifyCall(call: TSESTree.CallExpression): Reach | undefined {
      const name = getCalleeName(call);
      if (!name || TRIVIAL_CALL.test(name)) return undefined;
      // A connectivity check, `client.db('admin').command({ ping: 1 })` (next.js with-mongodb's testDatabaseConnection),
      // and the calls of its chain: it reads no record.
      const top = unwrap(chainTop(call), { await: true });
      if (
        top.type === 'CallExpression' &&
        getCalleeName(top) === 'command' &&
        top.arguments.length === 1 &&
        /^\{\s*ping\s*:\s*1\s*\}$/.test(sourceCode.getText(top.arguments[0]))
      ) {
        return undefined;
      }
      const callee = unwrap(call.callee);
      const calleeSrc = sourceCode.getText(callee);
      const label = (what: string) => `${what} (${shorten(calleeSrc)})`;
      /**
       * What a data store is called in the message: Stripe's client (`@/lib/stripe`, `new Stripe()`) holds the payment
       * provider's records, and an S3 / R2 client (`r2Client.send(new PutObjectCommand(...))`, 21st's uploads) a bucket's
       * objects, not a database.
       */
      const store = (src: string | undefined, root?: string) =>
        label(
          (src !== undefined && /(?:^|\/)stripe(?:\/|\.|$|-)/i.test(src)) || (root !== undefined && /^stripe(?:Client|Repository)?$/i.test(root))
            ? 'Stripe'
            : // Vercel Blob: `put(...)`, and `handleUpload({ onBeforeGenerateToken })`, which signs the browser's upload to the store.
              (src !== undefined && /^@aws-sdk\/client-s3$|^@vercel\/blob(?:\/client)?$|(?:^|\/)(?:r2|s3)(?:\.|$)/i.test(src)) ||
                (root !== undefined && /^(?:r2|s3)(?:Client)?$/i.test(root)) ||
                // Supabase Storage: `supabase.storage.from('item-photos').upload(...)` (boxmate's upload actions).
                /^\w+\s*\.\s*storage\s*\.\s*from\s*\(/.test(calleeSrc)
              ? 'object storage'
              : // banking's `dwollaClient.post('transfers', body)` (dwolla-v2): the payment provider moves money, it is no database.
                (src !== undefined && /^dwolla-v2$/.test(src)) || (root !== undefined && /^dwolla(?:Client)?$/i.test(root))
                ? 'Dwolla'
                : // polar's schedule-downgrade: `qstash.publishJSON(...)` (`@upstash/qstash`) queues a call to the app's own endpoint.
                  (src !== undefined && /^@upstash\/qstash(?:\/|$)/.test(src)) || (root !== undefined && /^qstash(?:Client)?$/i.test(root))
                  ? 'a message queue'
                  : // sneaker's parse-product route: `supabase.functions.invoke('parse-product', ...)` runs a Supabase Edge Function.
                    /^\w+\s*\.\s*functions\s*\.\s*invoke$/.test(calleeSrc)
                    ? 'a serverless function'
                    : // guessyear's avatar upload: `cloudinary.uploader.upload_stream(...)` with the account's API secret.
                      src === 'cloudinary'
                      ? 'a media service'
                      : (sdkServiceLabel(src) ?? 'the database'),
        );
      // `checkUsernameAvailability(name)`, `isSlugAvailable(slug)`: a yes/no about a public handle, not anyone's records
      // (self.so's per-IP rate-limited check-username route). So are the reads of a route named for that check
      // (MealMatch's `GET /api/users/check-username`, a `.select('id').ilike('username', name)`): like any public read,
      // a GET of them is not reported, a POST only behind a rate limit.
      const sensitive =
        !AVAILABILITY_CHECK.test(name) &&
        !availabilityRoute &&
        !headOnlyCount(call) &&
        // The store's one settings document, `Settings.getSettings()` given nothing (soulseam's COD-advance config, read by
        // its storefront): no argument can name a user's row. `getSettings(userId)` and `getUserSettings()` still count.
        !(call.arguments.length === 0 && GLOBAL_SETTINGS_READ.test(name)) &&
        SENSITIVE.test(dataNames(callee).replace(/\b(?:supabase|prisma|db|client|database)\b/g, '').replace(PLURAL_HISTORY, '$1').replace(CHAT_MODEL, '').replace(NOT_SENSITIVE_WORDS, ''));
      // Vercel AI SDK
      if (AI_SDK_CALLS.has(name) && callee.type === 'Identifier') {
        const src = getImportSource(sourceCode, callee);
        if (src === undefined || src === 'ai' || src.startsWith('@ai-sdk/') || PROJECT_MODULE.test(src)) {
          return { node: call, label: label('a paid AI model'), write: false, paid: true, sensitive: false };
        }
      }
      if (name === 'fetch' && callee.type === 'Identifier') {
        // The URL also through a `const` (`const url = `https://api.elevenlabs.io/v1/text-to-speech/${VOICE_ID}``; fetch(url, input)`:
        // searchdeep's generateSpeech action), as require-rate-limit reads it.
        const first = call.arguments[0] ? unwrap(call.arguments[0]) : undefined;
        const constUrl = first?.type === 'Identifier' ? getConstInit(sourceCode, first) : undefined;
        const text = call.arguments.map((x) => sourceCode.getText(x)).join(' ');
        const paidText = constUrl ? `${sourceCode.getText(constUrl)} ${text}` : text;
        // The caller's own key in the auth header (paul-graham-gpt's search route): the provider bills the caller, not the app.
        if (PAID_API_HOST.test(paidText)) return fetchBillsCaller(sourceCode, call) ? undefined : { node: call, label: label(PAID_SEARCH_HOST.test(paidText) ? 'a paid search API' : 'a paid AI API'), write: false, paid: true, sensitive: false };
        const env = /process\.env\.([A-Z0-9_]+)/g;
        let m: RegExpExecArray | null;
        while ((m = env.exec(text))) {
          if (m[1] && (SECRET_ENV.test(m[1]) || /INTERNAL|BACKEND|SERVICE/.test(m[1]))) {
            return { node: call, label: label('a backend service with a server credential'), write: false, paid: false, sensitive: false };
          }
        }
        return undefined;
      }
      const root = getRootIdentifier(callee);
      if (!root) return undefined;
      const src = getImportSource(sourceCode, root);
      // A presigned upload hands the caller a URL that writes to the bucket: cargo's api/file route,
      // `getSignedUrl(R2, new PutObjectCommand({ Bucket, Key }))`, and `createPresignedPost(s3, { Bucket, Key })`.
      if (callee.type === 'Identifier' && src !== undefined && isPresignedUpload(call, callee, src)) {
        return { node: call, label: label('object storage'), stored: true, write: true, paid: false, sensitive: false };
      }
      // A presigned download of the object the caller names (MyDrive's `s3/download`: `Key: filename` from the body) reads
      // the bucket like `s3.send(new GetObjectCommand(...))`: a read of stored data, which a GET may make (a public image).
      if (presignedDownload(call, callee, src)) {
        return { node: call, label: label('object storage'), stored: true, write: false, paid: false, sensitive: false };
      }
      // A realtime grant signed for whatever channel or identity the request names.
      const grant = REALTIME_GRANT_CALL.test(name) ? realtimeGrant(call) : undefined;
      if (grant) return { node: call, label: label(grant.what), write: true, paid: false, sensitive: true, grant: grant.risk };
      const chain = memberChainNames(callee);
      // Cloudinary's Search API runs a query with `.execute()` (`cloudinary.search.expression(e).execute()`: image-alchemy's
      // public gallery): a read of the account's assets, not a write.
      const cloudinarySearch = src !== undefined && /(?:^|\/)cloudinary$/.test(src) && chain.includes('search');
      const write =
        chain.some((c) => WRITE_METHOD.test(c) && !(c === 'rpc' && isReadRpc(call)) && !(c === 'execute' && (cloudinarySearch || executesSelect(call)))) ||
        (callee.type === 'Identifier' && WRITE_NAME.test(name));
      if (src !== undefined) {
        if (PAID_API_MODULE.test(src)) {
          // A sandbox SDK bills when `Sandbox.create()` starts a VM; `Sandbox.connect(id)` / `Sandbox.get({ sandboxId })`
          // reattach to a running one (as require-rate-limit counts them): still a reach, the caller's commands run
          // there, but not paid work, so a GET that reads a sandbox's files or logs by its id is a public read
          // (vercel/examples' vibe-coding-platform).
          if (SANDBOX_API_MODULE.test(src) && name !== 'create') {
            return callee.type === 'MemberExpression' ? { node: call, label: label('a code sandbox'), write: false, paid: false, sensitive: false } : undefined;
          }
          // A read of the provider account (`client.voices.getAll()`, `openai.vectorStores.retrieve(id)`: ElevenLabs' voice picker,
          // a vector store's status): nothing is generated or billed, so a GET doing it is a read like any other (still
          // reported when what it lists is user-shaped, `conversations.list()`).
          // `genAI.getGenerativeModel({ model })` builds a model handle in memory: the request is its `generateContent()`.
          if (callee.type === 'MemberExpression' && MODEL_HANDLE_FACTORY.test(name)) return undefined;
          if (callee.type === 'MemberExpression' && !SANDBOX_API_MODULE.test(src) && isProviderRead(name, chain)) {
            return { node: call, label: label('the AI provider account'), write: false, paid: false, sensitive };
          }
          if (callee.type === 'MemberExpression') return { node: call, label: label(paidApiLabel(src)), write: false, paid: true, sensitive: false };
          return undefined;
        }
        if (DB_MODULE.test(src)) {
          if (callee.type !== 'MemberExpression' && !DB_CLIENT_FACTORY.test(name) && src.startsWith('drizzle-orm')) return undefined;
          // Firestore's value classes (`FieldPath.documentId()`, `FieldValue.serverTimestamp()`, `admin.firestore.Timestamp.now()`)
          // build a field path or a sentinel in memory for the query or write around them, which is what reaches data
          // (tavla's getBoards: `.where(FieldPath.documentId(), 'in', ids)`, whose `documentId` named no user's document).
          if (callee.type === 'MemberExpression' && FIRESTORE_MODULE.test(src)) {
            const owner = unwrap(callee.object);
            const ownerName = owner.type === 'Identifier' ? owner.name : owner.type === 'MemberExpression' ? getPropertyName(owner) : undefined;
            if (ownerName !== undefined && FIRESTORE_VALUE_CLASS.test(ownerName)) return undefined;
          }
          if (callee.type === 'Identifier' && SDK_LOCAL_CALL.test(name) && sdkServiceLabel(src)) return undefined;
          if (DB_CLIENT_FACTORY.test(name) && callee.type === 'Identifier') return undefined;
          return { node: call, label: store(src), stored: true, write, paid: false, sensitive };
        }
        if (PROJECT_MODULE.test(src) || !src.includes('/') || src.startsWith('@') || isBareAppModelCall(src, callee)) {
          if (AUTH_MODULE.test(src)) return undefined;
          // Mock / fake / demo data modules (`@/constants/mock-api`, `fakeUsers.getUsers()`): in-memory
          // faker rows behind a template's demo API, not anyone's data.
          if (MOCK_MODULE.test(src) && (!PROJECT_DB_MODULE.test(src) || /^(?:fake|mock|demo|dummy)/i.test(getRootIdentifier(callee)?.name ?? ''))) return undefined;
          // `@/lib/models` may be an AI model catalogue: its plain, non-writing functions are project code
          // (awaited to count); `User.findOne()` and `deleteUser(id)` from `@/models/user` are still the database.
          const modelsOnly = callee.type === 'Identifier' && !WRITE_NAME.test(name) && isModelsOnlyModule(src);
          // `models.some((m) => m.id === model)` on the list `@/lib/ai/models` exports (open-deep-research's saveModelId):
          // an array method of an AI model catalogue, which no mongoose model has.
          if (
            callee.type === 'MemberExpression' &&
            callee.object.type === 'Identifier' &&
            /^(?:some|every|filter|map|flatMap|forEach|includes|indexOf|findIndex|reduce|at|slice|join)$/.test(name) &&
            isModelsOnlyModule(src)
          ) {
            return undefined;
          }
          // `schema.contactStatus.enumValues.includes(status)`: the values list of a Drizzle `pgEnum` the schema module
          // exports, tested with an array method (CarbonJar's contact-request routes): no query.
          if (
            callee.type === 'MemberExpression' &&
            /^(?:some|every|filter|map|find|forEach|includes|indexOf|at|join)$/.test(name) &&
            isEnumValues(unwrap(callee.object))
          ) {
            return undefined;
          }
          if (PROJECT_DB_MODULE.test(src) && !modelsOnly && (callee.type === 'MemberExpression' || !DB_CLIENT_FACTORY.test(name))) {
            if (callee.type === 'Identifier' && DB_CLIENT_FACTORY.test(name)) return undefined;
            // `createStaticClient()` from the app's Supabase module (amazong's anon client for cached queries): a client
            // factory given nothing opens no record (its `create` is no write); what the handler does with the client
            // is classified on its own.
            if (callee.type === 'Identifier' && /^create[A-Z]\w*Client$/.test(name) && call.arguments.length === 0) return undefined;
            // `if (!isStripePaymentEnabled())`, `const guard = getStripePaymentGuardError(gatewayId)` from the app's
            // `payment/providers/stripe` module (saleor's storefront): a synchronous check of config, named for what it
            // computes, that reaches no store.
            if (callee.type === 'Identifier' && !isAwaited(call) && (isComputeName(name) || /^get\w*(?:Error|Message)$/.test(name))) return undefined;
            return { node: call, label: store(src), stored: true, write, paid: false, sensitive };
          }
          // Trigger.dev's SDK (`tasks.trigger<typeof generateChangelog>('generate-changelog', payload)`, `runs.cancel(runId)`):
          // it starts, or stops, a job that runs on the app's keys (the changelog generator's Claude calls), like a queue's publish.
          if (isTriggerDevJobCall(src, root.name, chain, name)) return { node: call, label: label('a background job'), write: true, paid: false, sensitive: false };
          if (!PROJECT_MODULE.test(src) || DB_CLIENT_FACTORY.test(name)) return undefined;
          // A server action or another route's handler called by a route: an endpoint of its own that
          // must check the session itself, which this rule checks in its file (morphic's routes calling
          // `getChatsPage()` from `@/lib/actions/chat`; openstatus' /mcp answering with the
          // `.well-known` route's GET).
          if (ENTRY_POINT_MODULE.test(src)) return undefined;
          // An awaited call into the project's own code: its data layer, services, SDK wrappers.
          if (!isAwaited(call)) return undefined;
          // Whole words only: `cancelRun`, `toggleAdmin`, `issueRefund` are not `can*` / `to*` / `is*` helpers.
          if (isComputeName(name)) return undefined;
          // Telemetry and response builders: `logFailure(...)`, `flushTraces()`, `return uploadErrorResponse(err)`,
          // `return jsonError('NOT_FOUND', msg, 404)`, `return apiError(400, 'INVALID_REQUEST', message)` (Hybrid-Turtle's
          // error envelope: `NextResponse.json` of its arguments); readers of the request's own body (`await readJsonBody(req)`,
          // `readJsonObject(req)`: CopilotKit's reskinnable demo), which reach nothing stored.
          if (/^(?:log|flush|trace|capture)(?:[A-Z_]|$)|(?:Error|Failure)Response$|^(?:error|json|success|api)Response$|^json(?:Error|Ok|Success|Fail(?:ure)?)$|^(?:api|http)Error$|^read(?:Json|Body|Request|Form|Payload)(?:[A-Z_]|$)/.test(name)) return undefined;
          // Next.js's cache primitives behind the app's own wrapper (`await revalidateLocalizedPath(paths.checkout.asPath())`,
          // nimara's locale-prefixed `revalidatePath`) and a typed route's path (`paths.cart.asPath()`): no record is reached.
          if (/^revalidate\w*(?:Path|Tag)s?$/.test(name) || /^as(?:Path|Url|Href)$/.test(name)) return undefined;
          // A response built from constants and returned as it is: `return createDiscoveryResponse(AGENTS_DOCUMENT,
          // { contentType: 'text/markdown' })` answers every caller the same document (assistant-ui's AGENTS.md route).
          // With anything from the request (`createSurveyResponse(body)`), it may be a write: still checked.
          if (RESPONSE_HELPER.test(name) && isReturnedAsIs(call) && call.arguments.every((a) => isConstantValue(a))) return undefined;
          // A builder named for the shape of an HTTP answer, not awaited (zoonk's `return createPaginatedResponse({ hasMore,
          // items, offset })`, its cursor envelope): it wraps what the handler read, which is classified on its own.
          // `await createSurveyResponse(body)` still is a write.
          if (PAGE_RESPONSE_BUILDER.test(name) && call.parent?.type !== 'AwaitExpression') return undefined;
          // The builders of the app's error envelope, on its own `errors` object, returned as the answer: zoonk's
          // `return errors.validation(parsed.error)`, `return errors.paymentRequired()` (`@/lib/api-errors`: each a
          // `NextResponse.json({ error }, { status })`). An error answer reaches no data; what the handler reaches
          // besides is classified on its own.
          if (callee.type === 'MemberExpression' && unwrap(callee.object) === root && ERROR_RESPONSES_OBJECT.test(root.name) && isReturnedAsIs(call)) return undefined;
          if (setsOwnCookie(call, callee, src)) return undefined;
          if (ownDraftModeHelper(call, callee, name)) return undefined;
          // `sew(async () => { ... })`: a wrapper handed only a callback that takes nothing from it (sourcebot's
          // error wrapper around its server actions) reaches what the callback calls, which is classified in turn.
          const only = call.arguments.length === 1 ? call.arguments[0] : undefined;
          if (only && isFunction(only) && only.params.length === 0) return undefined;
          // `withErrorHandling(req, async (request) => { ... })` (Intaj's example route): the same wrapper handed the
          // handler's own request and a callback that takes at most that request back; what the callback calls is
          // classified in turn. Not a callback handed anything else (`withService(req, async (svc) => svc.purge())`).
          const [first, second] = call.arguments;
          const own = getEnclosingFunction(call)?.params[0];
          if (
            call.arguments.length === 2 &&
            first?.type === 'Identifier' &&
            own?.type === 'Identifier' &&
            first.name === own.name &&
            second &&
            isFunction(second) &&
            second.params.every((p) => p.type === 'Identifier' && /^(?:req|request)$/.test(p.name))
          )
            return undefined;
          // `await asaw(createContext(input))`: an awaiting wrapper handed the promise of another call (openlit's
          // `asaw`); the message names the call that does the work (`shown`); the decisions still read the
          // wrapper's reach.
          const inner = call.arguments.length === 1 ? unwrap(call.arguments[0] as TSESTree.Node) : undefined;
          if (inner?.type === 'CallExpression') {
            const innerReach = classifyCall(inner);
            const innerRoot = getRootIdentifier(unwrap(inner.callee));
            const innerSrc = innerRoot && getImportSource(sourceCode, innerRoot);
            const innerName = getCalleeName(inner);
            const innerLabel =
              innerReach?.label ??
              (innerSrc !== undefined && PROJECT_MODULE.test(innerSrc) && innerName && !TRIVIAL_CALL.test(innerName) && !isComputeName(innerName)
                ? `project data code (${shorten(sourceCode.getText(unwrap(inner.callee)))})`
                : undefined);
            if (innerLabel) return { node: call, label: label('project data code'), shown: innerLabel, write, paid: false, sensitive };
          }
          // `openai.files.create()` on the client the app's own module exports (`@/app/openai`, the assistants
          // quickstart): the message names the provider's API; the decisions stay those of project code.
          // Also Gemini's model methods on a model the app's module exports (`model.generateContent(prompt)` with `model`
          // from `@/lib/gemini`, mru's voice action): no other client has them.
          if (callee.type === 'MemberExpression' && (PROJECT_AI_CLIENT.test(root.name) || /^generateContent(?:Stream)?$/.test(name))) {
            return { node: call, label: label('project data code'), shown: label('a paid AI API'), write, paid: false, sensitive };
          }
          // A helper of the app's Polar / Cloudinary / OpenAI module (`deleteFromCloudinary(id)` from `@/lib/cloudinary`,
          // `createChatCompletion(messages)` from `@/libs/openai`): named for the service it calls (sneaker's uploads,
          // talk4learn's chat routes).
          const service = projectServiceLabel(src, callee.type === 'MemberExpression' ? root.name : undefined);
          if (service) return { node: call, label: label('project data code'), shown: label(service), write, paid: false, sensitive };
          return { node: call, label: label('project data code'), write, paid: false, sensitive };
        }
        return undefined;
      }
      // A local binding: a DB client or a paid-API client constructed in this file.
      const origin = clientOrigin(root);
      if (origin === 'paid' && callee.type === 'MemberExpression' && MODEL_HANDLE_FACTORY.test(name)) return undefined;
      if (origin === 'paid' && callee.type === 'MemberExpression' && isProviderRead(name, chain)) return { node: call, label: label('the AI provider account'), write: false, paid: false, sensitive };
      if (origin === 'paid') return callee.type === 'MemberExpression' ? { node: call, label: label(paidApiLabel(clientModule(root) ?? '')), write: false, paid: true, sensitive: false } : undefined;
      if (origin === 'db' && callee.type === 'MemberExpression') {
        // `const polar = new Polar({ accessToken })`, `const { video } = new Mux()`: the SDK's client, named for its service.
        const sdk = sdkServiceLabel(clientModule(root));
        if (sdk) return { node: call, label: label(sdk), stored: true, write, paid: false, sensitive };
        // `new ModelRegistry()` from `@/lib/models/registry` (Vane): an AI model catalogue's service class, not a
        // mongoose model; it is still checked as stored data, but the message does not call it the database.
        const service = modelsService(root);
        // `createServerClient()` from `@/lib/langgraph-server` (ai-pdf-chatbot-langchain): a factory named like Supabase's
        // whose module says it builds an AI agent client; still checked as stored data, named by what it reaches.
        const aiModule = /(?:^|[/_-])(?:langgraph|langchain|openai|anthropic|gemini|llm)(?:[/_.-]|$)/i.test(clientModule(root) ?? '');
        return { node: call, label: service ? label('project data code') : aiModule ? label('a paid AI API') : store(undefined, root.name), stored: true, write, paid: false, sensitive };
      }
      if (origin === undefined && callee.type === 'MemberExpression' && DB_NAME.test(root.name) && root.name !== 'client' && root.name !== 'admin') {
        if (findVariable(sourceCode, root)?.defs.some((d) => d.type === 'Parameter')) return undefined;
        return { node: call, label: store(undefined, root.name), stored: true, write, paid: false, sensitive };
      }
      // A mongoose model bound in this file (`const orderModel = mongoose.models.order || mongoose.model('order', schema)`),
      // as the shared database-call helper recognises it.
      if (origin === undefined && callee.type === 'MemberExpression' && getDbCall(call, context)?.kind === 'mongoose') {
        return { node: call, label: store(undefined, root.name), stored: true, write, paid: false, sensitive };
      }
      return undefined;
    }

    /**
     * A cookie helper of the app's cookie module (`setSessionCookie(params)` from `./cookies`, unkey's narrow
     * server actions): it writes a cookie of the browser that calls, which can only plant a value in its own
     * browser, like a sign-out clears one. Not when a user id or an email is handed over (a helper that signs
     * a session for the user it is given: `setSessionCookie(userId)`).
     */
    function setsOwnCookie(call: TSESTree.CallExpression, callee: TSESTree.Node, src: string): boolean {
      if (callee.type !== 'Identifier' || !/(?:^|[/.-])cookies?$/i.test(src)) return false;
      const imported = getImportedName(sourceCode, callee) ?? callee.name;
      if (!/^(?:set|get|clear|delete|remove)\w*Cookies?$/.test(imported)) return false;
      const fn = getEnclosingFunction(call);
      const given = [...call.arguments, ...(fn?.params ?? [])].map((n) => sourceCode.getText(n)).join(' ');
      return !/\b(?:user|userId|user_id|uid|email|ownerId|accountId|memberId|sub)\b/i.test(given);
    }

    /**
     * `getSignedUrl(client, new PutObjectCommand(...))` (`@aws-sdk/s3-request-presigner`; also the command through a
     * `const`, and the multipart upload's commands) or `createPresignedPost(client, ...)` (`@aws-sdk/s3-presigned-post`).
     * A presigned read (`GetObjectCommand`) or a command the file does not show is left alone.
     */
    function isPresignedUpload(call: TSESTree.CallExpression, callee: TSESTree.Identifier, src: string): boolean {
      const imported = getImportedName(sourceCode, callee) ?? callee.name;
      if (src === '@aws-sdk/s3-presigned-post') return imported === 'createPresignedPost';
      if (src !== '@aws-sdk/s3-request-presigner' || imported !== 'getSignedUrl') return false;
      const arg = call.arguments[1];
      let command = arg ? unwrap(arg) : undefined;
      if (command?.type === 'Identifier') command = getConstInit(sourceCode, command);
      if (command?.type !== 'NewExpression' || command.callee.type !== 'Identifier') return false;
      const name = getImportedName(sourceCode, command.callee) ?? command.callee.name;
      return /^(?:PutObject|UploadPart|CreateMultipartUpload)Command$/.test(name);
    }

    /**
     * `getSignedUrl(client, new GetObjectCommand({ Bucket, Key }))` (`@aws-sdk/s3-request-presigner`; the command also through
     * a `const`), aws-sdk v2's `s3.getSignedUrl('getObject', { Bucket, Key })` / `getSignedUrlPromise`, and Google Cloud
     * Storage's `bucket.file(name).getSignedUrl({ action: 'read' })`, when the request chooses the object: the key is a value
     * the request carries, or ends with one (`uploads/${name}`, also before an extension: `${videoKey}.mp4`). A key the
     * server fixes (`${tenant}/logo.png`, a record's stored key) is left alone.
     */
    function presignedDownload(call: TSESTree.CallExpression, callee: TSESTree.Node, src: string | undefined): boolean {
      const fn = analyzedHandler;
      if (!fn) return false;
      const keyOf = (params: Node | undefined): Node | undefined => {
        let obj = params ? unwrap(params) : undefined;
        if (obj?.type === 'Identifier') obj = getConstInit(sourceCode, obj);
        if (obj?.type !== 'ObjectExpression') return undefined;
        const key = obj.properties.find((p): p is TSESTree.Property => p.type === 'Property' && getPropertyName(p) === 'Key');
        return key?.value;
      };
      if (callee.type === 'Identifier') {
        if (src !== '@aws-sdk/s3-request-presigner' || (getImportedName(sourceCode, callee) ?? callee.name) !== 'getSignedUrl') return false;
        let command = call.arguments[1] ? unwrap(call.arguments[1]) : undefined;
        if (command?.type === 'Identifier') command = getConstInit(sourceCode, command);
        if (command?.type !== 'NewExpression' || command.callee.type !== 'Identifier') return false;
        if ((getImportedName(sourceCode, command.callee) ?? command.callee.name) !== 'GetObjectCommand') return false;
        const key = keyOf(command.arguments[0]);
        return key !== undefined && callerChosenKey(fn, key);
      }
      if (callee.type !== 'MemberExpression') return false;
      const name = getPropertyName(callee);
      if (name === 'getSignedUrlPromise' || (name === 'getSignedUrl' && call.arguments.length === 2)) {
        if (getStaticString(call.arguments[0]) !== 'getObject') return false;
        const key = keyOf(call.arguments[1]);
        return key !== undefined && callerChosenKey(fn, key);
      }
      if (name !== 'getSignedUrl') return false;
      const file = unwrap(callee.object);
      const options = call.arguments[0] ? unwrap(call.arguments[0]) : undefined;
      if (file.type !== 'CallExpression' || getCalleeName(file) !== 'file' || !file.arguments[0] || options?.type !== 'ObjectExpression') return false;
      const reads = options.properties.some((p) => p.type === 'Property' && getPropertyName(p) === 'action' && getStaticString(p.value) === 'read');
      return reads && callerChosenKey(fn, file.arguments[0]);
    }

    /** An object key the request chooses: its value, or a key that ends with it (at most an extension after it). */
    function callerChosenKey(fn: FunctionNode, node: Node, depth = 0): boolean {
      const n = unwrap(node);
      if (n.type === 'TemplateLiteral') {
        const tail = n.quasis[n.quasis.length - 1]?.value.cooked ?? '';
        const last = n.expressions[n.expressions.length - 1];
        return last !== undefined && /^(?:\.\w{1,5})?$/.test(tail) && depth < 3 && callerChosenKey(fn, last, depth + 1);
      }
      if (n.type === 'BinaryExpression' && n.operator === '+') return depth < 3 && callerChosenKey(fn, n.right, depth + 1);
      if (n.type === 'Identifier' && depth < 3) {
        const init = getConstInit(sourceCode, n);
        if (init && (init.type === 'TemplateLiteral' || init.type === 'BinaryExpression')) return callerChosenKey(fn, init, depth + 1);
      }
      return fromRequestInput(fn, n);
    }

    /**
     * A value the request carries (`body.userId`, `searchParams.get('clientId')`, `params.key`), through local bindings and
     * method chains but not through another call's arguments: `getServerSession(req)` or `getAuth(req).userId` is the
     * session's answer, not the caller's input.
     */
    function fromRequestInput(fn: FunctionNode, node: Node): boolean {
      return traceValue(sourceCode, node, (n) => isRequestValue(fn, n), 5, { callArguments: false });
    }

    /**
     * The realtime service whose server client makes the call: Pusher (and Soketi), Ably or Liveblocks, by the client's module
     * (`pusher`, `ably`, `@liveblocks/node`, the app's `@/lib/pusher`), the class or factory it is made by in the file
     * (`new Pusher({...})`, `getPusherInstance()`), or its name (`pusherServer`, `ablyRest`). Liveblocks' old
     * `authorize({ room, secret, userId })` is a function of `@liveblocks/node`.
     */
    function realtimeService(call: TSESTree.CallExpression): 'pusher' | 'ably' | 'liveblocks' | undefined {
      const callee = unwrap(call.callee);
      const byWord = (text: string | undefined): 'pusher' | 'ably' | 'liveblocks' | undefined => {
        // `Ably`, `ablyRest`, `@/lib/ably`, `getAblyClient`; not a word that only ends in it (`probably`, `notably`).
        const m = text === undefined ? null : (/pusher|soketi|liveblocks/i.exec(text) ?? /Ably|ABLY|(?<![A-Za-z])ably/.exec(text));
        if (!m) return undefined;
        const w = m[0].toLowerCase();
        return w === 'soketi' ? 'pusher' : (w as 'pusher' | 'ably' | 'liveblocks');
      };
      if (callee.type === 'Identifier') return getImportSource(sourceCode, callee) === '@liveblocks/node' && getCalleeName(call) === 'authorize' ? 'liveblocks' : undefined;
      if (callee.type !== 'MemberExpression') return undefined;
      const root = getRootIdentifier(callee);
      if (!root) return undefined;
      const src = getImportSource(sourceCode, root);
      if (src !== undefined) return byWord(src) ?? byWord(root.name);
      const init = getConstInit(sourceCode, root);
      const made = init ? unwrap(init, { await: true }) : undefined;
      if (made?.type === 'NewExpression' || made?.type === 'CallExpression') {
        const maker = getRootIdentifier(unwrap(made.callee));
        const service = byWord(maker ? getImportSource(sourceCode, maker) : undefined) ?? byWord(sourceCode.getText(made.callee));
        if (service) return service;
      }
      return byWord(root.name);
    }

    /**
     * A realtime grant that lets the caller choose what it is signed for, in the handler being analysed:
     * - Pusher's `authorizeChannel(socketId, channel)` / `authenticate(socketId, channel)` with the channel the request names
     *   and nothing else done with it (no `channel.startsWith('private-user-')` test, no lookup): any private channel, for
     *   anyone. With presence data (`{ user_id, user_info }`) it is a presence channel's join, public by design for a lobby
     *   of random ids (a chat room's members); only a member id taken from the request and naming an account
     *   (`user_id: body.userId`) makes it one for whoever the caller claims to be, like `authenticateUser(socketId, { id })`.
     * - Ably's `auth.createTokenRequest({ clientId })` / `auth.requestToken(...)` with the client id the request sends.
     * - Liveblocks' `prepareSession(userId)` / `identifyUser(userId | { userId })` / `authorize({ userId })` with the user id
     *   the request sends: the session carries that user's room permissions.
     */
    function realtimeGrant(call: TSESTree.CallExpression): { what: string; risk: string } | undefined {
      const fn = analyzedHandler;
      const service = realtimeService(call);
      if (!fn || !service) return undefined;
      const name = getCalleeName(call) ?? '';
      const args = call.arguments;
      const prop = (arg: Node | undefined, key: RegExp): Node | undefined => {
        let obj = arg ? unwrap(arg) : undefined;
        if (obj?.type === 'Identifier') obj = getConstInit(sourceCode, obj);
        // `clientId ? { clientId } : undefined`: the options when one is sent.
        if (obj?.type === 'ConditionalExpression') return prop(obj.consequent, key) ?? prop(obj.alternate, key);
        if (obj?.type !== 'ObjectExpression') return undefined;
        const p = obj.properties.find((q): q is TSESTree.Property => q.type === 'Property' && key.test(getPropertyName(q) ?? ''));
        return p?.value;
      };
      const asAnyone = 'anyone can connect as any user by sending that user\'s id, and read and write what that user may.';
      const accountFromRequest = (value: Node | undefined): boolean => {
        if (!value || !fromRequestInput(fn, value)) return false;
        const v = unwrap(value);
        const last = v.type === 'Identifier' ? v.name : v.type === 'MemberExpression' ? getPropertyName(v) : undefined;
        return last !== undefined && ACCOUNT_ID_VALUE.test(last);
      };
      if (service === 'pusher') {
        if (name === 'authenticateUser') {
          return accountFromRequest(prop(args[1], /^id$/)) ? { what: 'a Pusher user for the id it is sent', risk: asAnyone } : undefined;
        }
        if ((name !== 'authorizeChannel' && name !== 'authenticate') || args.length < 2) return undefined;
        const channel = args[1] as Node;
        if (!fromRequestInput(fn, channel) || channelUsed(fn, channel, call)) return undefined;
        if (args.length === 2) {
          return { what: 'access to whatever channel it is asked for', risk: 'anyone can subscribe to any private or presence channel and receive every event sent there.' };
        }
        return accountFromRequest(prop(args[2], /^user_?id$/)) ? { what: 'a presence member for the user id it is sent', risk: asAnyone } : undefined;
      }
      if (service === 'ably') {
        const owner = memberOwner(call);
        if (!/^(?:createTokenRequest|requestToken)$/.test(name) || owner?.type !== 'MemberExpression' || getPropertyName(owner) !== 'auth') return undefined;
        const clientId = prop(args[0], /^clientId$/);
        // The token carries the key's capability unless the request for it narrows it: every channel, under any client id.
        return clientId && (fromRequestInput(fn, clientId) || handedFromRequest(fn, clientId))
          ? { what: 'an Ably token for the client id it is sent', risk: 'anyone gets a token for the channels the app\'s key can reach, and publishes and enters presence as any client id they choose.' }
          : undefined;
      }
      if (!/^(?:prepareSession|identifyUser|authorize)$/.test(name)) return undefined;
      const first = args[0] ? unwrap(args[0]) : undefined;
      const user = first?.type === 'ObjectExpression' || (first?.type === 'Identifier' && getConstInit(sourceCode, first)?.type === 'ObjectExpression') ? prop(first, /^userId$/) : name === 'authorize' ? undefined : first;
      return user && (fromRequestInput(fn, user) || handedFromRequest(fn, user)) ? { what: 'a Liveblocks session for the user id it is sent', risk: asAnyone } : undefined;
    }

    /**
     * A parameter of a same-file helper the grant sits in, which the handler calls with a value from the request:
     * `async function createTokenRequest(clientId) { return ably.auth.createTokenRequest({ clientId }) }` called as
     * `createTokenRequest(req.nextUrl.searchParams.get('clientId'))`.
     */
    function handedFromRequest(fn: FunctionNode, value: Node): boolean {
      const v = unwrap(value);
      if (v.type !== 'Identifier') return false;
      const def = findVariable(sourceCode, v)?.defs[0];
      if (def?.type !== 'Parameter' || def.node === fn || !isFunction(def.node)) return false;
      const helper = def.node as FunctionNode;
      const index = helper.params.findIndex((p) => p === def.name);
      if (index < 0 || !fn.body) return false;
      let found = false;
      walk(fn.body, (n) => {
        if (found) return false;
        if (n.type === 'CallExpression' && n.callee.type === 'Identifier' && resolveLocalFunction(sourceCode, n.callee) === helper) {
          const arg = n.arguments[index];
          if (arg && arg.type !== 'SpreadElement' && fromRequestInput(fn, arg)) found = true;
        }
        return !found;
      });
      return found;
    }

    /** The object a member call is made on (`ably.auth` in `ably.auth.createTokenRequest()`). */
    function memberOwner(call: TSESTree.CallExpression): Node | undefined {
      const c = unwrap(call.callee);
      return c.type === 'MemberExpression' ? unwrap(c.object) : undefined;
    }

    /**
     * Whether the handler does anything with a channel name besides checking it was sent and handing it to a grant: a
     * prefix test (`channel.startsWith('private-user-')`), a comparison, a lookup (`hasForumAccess(channel)`), a `switch`.
     * Then the route decides which channels it signs, which this rule cannot judge.
     */
    function channelUsed(fn: FunctionNode, channel: Node, grant: TSESTree.CallExpression): boolean {
      const arg = unwrap(channel);
      const text = sourceCode.getText(arg);
      const logged = (call: Node | undefined): boolean => call?.type === 'CallExpression' && /^(?:log|info|warn|error|debug)$/.test(getCalleeName(call) ?? '');
      const innocent = (n: Node): boolean => {
        const p = n.parent;
        if (!p) return true;
        // `if (!socketId || !channel) return 400`: only whether it was sent.
        if (p.type === 'UnaryExpression' && p.operator === '!') return true;
        if (p.type === 'LogicalExpression' || (p.type === 'IfStatement' && p.test === n)) return true;
        if (p.type === 'CallExpression' && p.arguments.includes(n as TSESTree.CallExpressionArgument)) return REALTIME_GRANT_CALL.test(getCalleeName(p) ?? '') || logged(p);
        // console.log(`auth ${channel}`)
        if (p.type === 'TemplateLiteral') return logged(p.parent);
        // `channel as string`, `channel!`: what is done with the value around it decides.
        return (p.type === 'TSAsExpression' || p.type === 'TSNonNullExpression') && innocent(p);
      };
      if (arg.type === 'Identifier') {
        const v = findVariable(sourceCode, arg);
        if (!v) return true;
        return v.references.some((r) => r.identifier !== arg && r.isRead() && isWithin(r.identifier, fn) && !innocent(r.identifier));
      }
      if (arg.type !== 'MemberExpression') return true;
      let used = false;
      walk(fn.body ?? fn, (n) => {
        if (used) return false;
        if (n.type === 'MemberExpression' && n !== arg && !isWithin(n, grant) && sourceCode.getText(n) === text && !innocent(n)) used = true;
        return !used;
      });
      return used;
    }

    /**
     * A draft-mode helper of the app handed nothing (`await makeDraftModeWorkWithinIframes()` from `../../utils`, datocms'
     * nextjs-starter-kit's draft-mode enable and disable routes: it re-sets the `__prerender_bypass` cookie partitioned) in a
     * file that toggles draft mode with next/headers' `draftMode()`: like a cookie helper, it acts on the calling
     * browser's own draft cookie. Handed anything (`publishDraftModeEntries(slug)`), it is checked like any call.
     */
    function ownDraftModeHelper(call: TSESTree.CallExpression, callee: TSESTree.Node, name: string): boolean {
      return callee.type === 'Identifier' && call.arguments.length === 0 && /(?:^d|D)raftMode/.test(name) && kind.imports.has('next/headers') && /\bdraftMode\(\)/.test(sourceCode.text);
    }

    function shorten(text: string): string {
      // A chain broken over lines (`dwollaClient\n  .post(...)`) reads as one: `dwollaClient.post(...)`.
      const t = text.replace(/\s*\n\s*(?=\??\.)/g, '').replace(/\s+/g, ' ');
      if (t.length <= 48) return t;
      const close = t.indexOf(')');
      if (close > 0 && close < 60) return `${t.slice(0, close + 1)}...`;
      return `${t.slice(0, 45)}...`;
    }

    /** `schema.contactStatus.enumValues`: the member a Drizzle `pgEnum` lists its values in. */
    function isEnumValues(node: Node): boolean {
      return node.type === 'MemberExpression' && getPropertyName(node) === 'enumValues';
    }

    /** A local built by `new XRegistry()` / `new XManager()`... imported from a module that only a `models` folder marks as data. */
    function modelsService(id: TSESTree.Identifier): boolean {
      const init = findVariable(sourceCode, id)?.defs[0]?.node;
      const ctor = init?.type === 'VariableDeclarator' && init.init ? unwrap(init.init, { await: true }) : undefined;
      if (ctor?.type !== 'NewExpression' || ctor.callee.type !== 'Identifier' || !SERVICE_CLASS.test(ctor.callee.name)) return false;
      const src = getImportSource(sourceCode, ctor.callee);
      return src !== undefined && isModelsOnlyModule(src);
    }

    /** The module a local client comes from: `new Pinecone()` / `tavily({ apiKey })` with their import's source. */
    function clientModule(id: TSESTree.Identifier): string | undefined {
      const made = getFactoryCall(sourceCode, id, { anyKind: true });
      const r = made ? getRootIdentifier(made.callee) : undefined;
      return r ? getImportSource(sourceCode, r) : undefined;
    }

    /** Whether `callee` names a function of this file that constructs a paid SDK's client (`new ElevenLabsClient(...)`). */
    function buildsPaidClient(callee: TSESTree.Identifier): boolean {
      const def = findVariable(sourceCode, callee)?.defs[0];
      const fn =
        def?.type === 'FunctionName'
          ? (def.node as FunctionNode)
          : def?.type === 'Variable' && (def.node as TSESTree.VariableDeclarator).init && isFunction(unwrap((def.node as TSESTree.VariableDeclarator).init!))
            ? (unwrap((def.node as TSESTree.VariableDeclarator).init!) as FunctionNode)
            : undefined;
      if (!fn) return false;
      return some(fn.body, (n) => {
        if (n.type !== 'NewExpression' || unwrap(n.callee).type !== 'Identifier') return false;
        const ctor = unwrap(n.callee) as TSESTree.Identifier;
        const src = getImportSource(sourceCode, ctor);
        return src !== undefined && (PAID_CLIENT_CTOR.test(ctor.name) || isPaidClientModule(src));
      }, { skipFunctions: true });
    }

    function clientOrigin(id: TSESTree.Identifier): 'db' | 'paid' | undefined {
      const v = findVariable(sourceCode, id);
      const def = v?.defs[0];
      if (def && isPaidClientParam(sourceCode, def)) return 'paid';
      if (def?.type !== 'Variable') return undefined;
      const init = (def.node as TSESTree.VariableDeclarator).init;
      if (!init) return undefined;
      const u = unwrap(init, { await: true });
      if (u.type !== 'NewExpression' && u.type !== 'CallExpression') {
        if (u.type === 'MemberExpression' || u.type === 'Identifier') {
          const r = getRootIdentifier(u);
          const s = r ? getImportSource(sourceCode, r) : undefined;
          if (s && (DB_MODULE.test(s) || PROJECT_DB_MODULE.test(s))) return 'db';
        }
        return undefined;
      }
      const n = getCalleeName(u) ?? '';
      if (PAID_CLIENT_CTOR.test(n)) return 'paid';
      const r = getRootIdentifier(u.callee);
      const s = r ? getImportSource(sourceCode, r) : undefined;
      // A sandbox handle (`await Sandbox.get({ sandboxId })`): its calls run in a VM already paid for; only `create` starts one.
      if (s && isPaidClientModule(s)) return 'paid';
      // `const { client, error } = getClient()` with a same-file `function getClient() { ...; return { client: new
      // ElevenLabsClient({ apiKey }) } }` (elevenlabs-examples): the factory's name is generic, what it builds is not.
      if (u.callee.type === 'Identifier' && buildsPaidClient(u.callee)) return 'paid';
      if (DB_CLIENT_FACTORY.test(n)) return 'db';
      // `const model = genAI.getGenerativeModel({ model })`: a model handle of a paid client, billed by its `generateContent()`.
      if (u.callee.type === 'MemberExpression' && MODEL_HANDLE_FACTORY.test(n)) {
        const owner = getRootIdentifier(u.callee.object);
        return owner && owner !== id && clientOrigin(owner) === 'paid' ? 'paid' : undefined;
      }
      // `const cart = await db.query.carts.findFirst(...)`: a query's result, not a client; `cart.items.map()`
      // reaches nothing. Handles stay clients: `db.collection('users')`, `client.db('app')`, `getRepository(User)`.
      if (u.callee.type === 'MemberExpression' && !DB_HANDLE_METHOD.test(n)) return undefined;
      if (s && (DB_MODULE.test(s) || PROJECT_DB_MODULE.test(s))) return 'db';
      return undefined;
    }

    /**
     * A Postgres function called through `.rpc('get_translations', ...)` whose name says it reads (`get_`, `list_`,
     * `search_`, `match_`...): a read like `.select()`, not a write. Any other name (`increment_views`,
     * `get_or_create_user`) may write.
     */
    function isReadRpc(node: Node): boolean {
      let cur: Node = unwrap(node);
      for (let i = 0; i < 20; i++) {
        if (cur.type === 'MemberExpression') cur = unwrap(cur.object);
        else if (cur.type === 'CallExpression') {
          const c = unwrap(cur.callee);
          if (c.type === 'MemberExpression' && getPropertyName(c) === 'rpc') {
            const fn = cur.arguments[0] ? getStaticString(cur.arguments[0]) : undefined;
            return !!fn && READ_RPC.test(fn) && !RPC_WRITE_WORD.test(fn);
          }
          cur = c;
        } else break;
      }
      return false;
    }

    /** A read on a paid SDK's client (`voices.getAll()`, `vectorStores.retrieve(id)`, `files.list()`): no paid method in its chain. */
    function isProviderRead(name: string, chain: string[]): boolean {
      return /^(?:get|list|retrieve)(?:[A-Z]\w*)?$/.test(name) && !chain.some((c) => PAID_METHOD.test(c));
    }

    function memberChainNames(node: Node): string[] {
      const out: string[] = [];
      let cur: Node = unwrap(node);
      for (let i = 0; i < 20; i++) {
        if (cur.type === 'MemberExpression') {
          const p = getPropertyName(cur);
          if (p) out.push(p);
          cur = unwrap(cur.object);
        } else if (cur.type === 'CallExpression') {
          cur = unwrap(cur.callee);
        } else break;
      }
      return out;
    }

    /** `return f(...)`, `return await f(...)`, or an arrow's body: the call's result is the handler's answer. */
    function isReturnedAsIs(call: TSESTree.CallExpression): boolean {
      const p = call.parent?.type === 'AwaitExpression' ? call.parent.parent : call.parent;
      const self = call.parent?.type === 'AwaitExpression' ? call.parent : call;
      return p?.type === 'ReturnStatement' || (p?.type === 'ArrowFunctionExpression' && p.body === self);
    }

    /** A value fixed when the module loads: literals, imports, module-level `const`s, and objects / arrays / members of them. */
    function isConstantValue(node: Node, depth = 0): boolean {
      if (depth > 4) return false;
      const n = unwrap(node);
      switch (n.type) {
        case 'Literal':
          return true;
        case 'TemplateLiteral':
          return n.expressions.every((e) => isConstantValue(e, depth + 1));
        case 'UnaryExpression':
          return isConstantValue(n.argument, depth + 1);
        case 'ArrayExpression':
          return n.elements.every((e) => e !== null && e.type !== 'SpreadElement' && isConstantValue(e, depth + 1));
        case 'ObjectExpression':
          return n.properties.every(
            (p) => p.type === 'Property' && !p.computed && p.kind === 'init' && !p.method && isConstantValue(p.value, depth + 1),
          );
        case 'MemberExpression':
          return !n.computed && isConstantValue(n.object, depth + 1);
        case 'Identifier': {
          if (n.name === 'undefined') return true;
          const v = findVariable(sourceCode, n);
          const def = v?.defs[0];
          if (!v || v.defs.length !== 1 || !def) return false;
          if (def.type === 'ImportBinding') return true;
          return (
            def.type === 'Variable' &&
            (def.parent as TSESTree.VariableDeclaration | undefined)?.kind === 'const' &&
            (v.scope.type === 'module' || v.scope.type === 'global')
          );
        }
        default:
          return false;
      }
    }

    function isAwaited(call: TSESTree.CallExpression): boolean {
      let cur: Node = call;
      for (let i = 0; i < 4; i++) {
        const p: Node | undefined = cur.parent;
        if (!p) return false;
        if (p.type === 'AwaitExpression' || p.type === 'ReturnStatement' || p.type === 'YieldExpression') return true;
        if (p.type === 'ArrowFunctionExpression' && p.body === cur) return true;
        if (p.type === 'ArrayExpression' || p.type === 'ChainExpression' || p.type === 'TSAsExpression' || p.type === 'TSNonNullExpression') {
          cur = p;
          continue;
        }
        if (p.type === 'MemberExpression' && p.object === cur) {
          cur = p;
          continue;
        }
        if (p.type === 'CallExpression' && p.callee === cur) {
          // .then(...)
          cur = p;
          continue;
        }
        return false;
      }
      return false;
    }

    // ------------------------------------------------------------------------------------------
    // Suggestion
    // ------------------------------------------------------------------------------------------

    function buildSuggestion(h: Handler): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      const fn = h.fn;
      if (!fn || fn.body.type !== 'BlockStatement') return [];
      const body = fn.body;
      const lib = detectLibrary();
      const fnText = sourceCode.getText(fn);
      const free = (name: string, alt: string) => (new RegExp(`\\b${name}\\b`).test(fnText) ? alt : name);
      const stmts = body.body.filter((st) => !(st.type === 'ExpressionStatement' && st.directive !== undefined));
      const directives = body.body.filter((st) => st.type === 'ExpressionStatement' && st.directive !== undefined);
      const first = stmts[0];
      const lastDirective = directives[directives.length - 1];
      const indentBase = first ? ' '.repeat(first.loc.start.column) : `${' '.repeat(fn.loc.start.column)}  `;
      const ind = indentBase;
      const reqParam = fn.params[0]?.type === 'Identifier' ? fn.params[0].name : undefined;
      const resParam = fn.params[1]?.type === 'Identifier' ? fn.params[1].name : undefined;
      if (h.kind === 'pages-api' && !resParam) return [];
      const deny =
        h.kind === 'pages-api'
          ? `return ${resParam ?? 'res'}.status(401).json({ error: 'Unauthorized' });`
          : h.kind === 'server-action'
            ? `throw new Error('Unauthorized');`
            : `return Response.json({ error: 'Unauthorized' }, { status: 401 });`;
      const imports: string[] = [];
      const lines: string[] = [];
      // A caller-chosen user id parameter (`deleteUserChats(userId)`): the guard alone lets any signed-in
      // user act on anyone's data, so the guard rebinds it to the session's id where the library has one
      // (next-auth 4's session has no id unless the app adds it: a comment says which id to use instead).
      const userParam = callerUserParam(fn);
      let sessionId: string | undefined;
      let libraryLabel = 'a requireAuth()';
      let useHelper = false;
      const declared = (n: string) => isDeclaredAtModule(n);
      const own = fileAuthCall(fn);
      /**
       * The name the guard calls the auth library's `auth` by: the file's own `auth`, imported when missing. When the
       * file's `auth` is an MCP client's OAuth flow (`@ai-sdk/mcp`), the library's is imported under another name.
       */
      const libraryAuth = (module: string): string => {
        if (!declared('auth')) {
          imports.push(`import { auth } from '${module}';`);
          return 'auth';
        }
        if (!importsOutboundAuth('auth')) return 'auth';
        imports.push(`import { auth as appAuth } from '${module}';`);
        return 'appAuth';
      };
      // A cron route's caller is a scheduler with no session: a session guard would lock the job out. The guard checks
      // the cron secret (Vercel Cron sends `Authorization: Bearer $CRON_SECRET`) in constant time, with the
      // no-timing-unsafe-compare snippet's helper.
      let cronHelper: string | undefined;
      const edge = isEdgeRuntime(kind, sourceCode.ast);
      if (isCronRoute(h)) {
        const helper = edge ? 'isAuthorizedBearerAsync' : 'isAuthorizedBearer';
        if (!canCallHelper(sourceCode, fn, helper)) return [];
        let header: string;
        if (h.kind === 'pages-api') {
          if (!reqParam) return [];
          header = `${reqParam}.headers.authorization`;
        } else if (reqParam) {
          header = `${reqParam}.headers.get('authorization')`;
        } else {
          if (!fn.async) return [];
          if (!declared('headers')) imports.push("import { headers } from 'next/headers';");
          header = "(await headers()).get('authorization')";
        }
        if (edge && !fn.async) return [];
        const call = `${helper}(${header}, process.env.CRON_SECRET)`;
        lines.push(`if (!${edge ? `(await ${call})` : call}) {`, `  ${deny}`, '}');
        libraryLabel = 'a CRON_SECRET';
        cronHelper = helper;
      } else if (own && !own.fromLibrary && (fn.async || !/^\s*await\b/.test(own.init))) {
        // A library's own call (`auth()` from @clerk/nextjs) gets the library's guard below, which is the same code.
        // The file's own way of reading the caller (`const userId = await getCurrentUserId()` in another
        // handler): the same call, so the guard keeps the app's conventions (morphic's anonymous mode).
        libraryLabel = `the file's ${own.callee}()`;
        const bound = own.names.map((n) => [n, free(n, `auth${n[0]!.toUpperCase()}${n.slice(1)}`)] as const);
        const pattern =
          own.pattern === undefined
            ? bound[0]![1]
            : `{ ${bound.map(([n, local]) => (n === local ? n : `${n}: ${local}`)).join(', ')} }`;
        lines.push(`const ${pattern} = ${own.init};`, `if (!${bound[0]![1]}) {`, `  ${deny}`, '}');
        if (/Id$/.test(bound[0]![0])) sessionId = bound[0]![1];
      } else if (lib.kind === 'next-auth') {
        libraryLabel = 'a next-auth getServerSession()';
        const s = free('session', 'authSession');
        if (!declared('getServerSession')) imports.push("import { getServerSession } from 'next-auth';");
        if (!declared('authOptions')) imports.push(`import { authOptions } from '${lib.module ?? '@/lib/auth'}';`);
        const args = h.kind === 'pages-api' ? `${reqParam ?? 'req'}, ${resParam ?? 'res'}, authOptions` : 'authOptions';
        lines.push(`const ${s} = await getServerSession(${args});`, `if (!${s}?.user) {`, `  ${deny}`, '}');
      } else if (lib.kind === 'authjs') {
        libraryLabel = 'an Auth.js auth()';
        const s = free('session', 'authSession');
        const authFn = libraryAuth(lib.module ?? '@/auth');
        const args = h.kind === 'pages-api' ? `${reqParam ?? 'req'}, ${resParam ?? 'res'}` : '';
        // With a caller-chosen user id to replace, the guard needs the session's id (and denies without one).
        lines.push(`const ${s} = await ${authFn}(${args});`, `if (!${s}?.user${userParam ? '?.id' : ''}) {`, `  ${deny}`, '}');
        sessionId = `${s}.user.id`;
      } else if (lib.kind === 'better-auth') {
        libraryLabel = 'a better-auth getSession()';
        const s = free('session', 'authSession');
        const authFn = libraryAuth(lib.module ?? '@/lib/auth');
        let source: string;
        if (h.kind === 'pages-api') {
          if (!declared('fromNodeHeaders')) imports.push("import { fromNodeHeaders } from 'better-auth/node';");
          source = `fromNodeHeaders(${reqParam ?? 'req'}.headers)`;
        } else if (reqParam && h.kind !== 'server-action') {
          source = `${reqParam}.headers`;
        } else {
          if (!declared('headers')) imports.push("import { headers } from 'next/headers';");
          source = 'await headers()';
        }
        lines.push(`const ${s} = await ${authFn}.api.getSession({ headers: ${source} });`, `if (!${s}) {`, `  ${deny}`, '}');
        sessionId = `${s}.user.id`;
      } else if (lib.kind === 'clerk') {
        libraryLabel = 'a Clerk auth()';
        const u = free('userId', 'authUserId');
        if (h.kind === 'pages-api') {
          if (!declared('getAuth')) imports.push("import { getAuth } from '@clerk/nextjs/server';");
          lines.push(`const { userId${u === 'userId' ? '' : `: ${u}`} } = getAuth(${reqParam ?? 'req'});`);
        } else {
          const authFn = libraryAuth('@clerk/nextjs/server');
          lines.push(`const { userId${u === 'userId' ? '' : `: ${u}`} } = await ${authFn}();`);
        }
        lines.push(`if (!${u}) {`, `  ${deny}`, '}');
        sessionId = u;
      } else if (lib.kind === 'supabase' && h.kind !== 'pages-api') {
        libraryLabel = 'a Supabase auth.getUser()';
        const u = free('user', 'authUser');
        const exported = lib.name ?? 'createClient';
        let factory = supabaseFactory() ?? exported;
        if (!supabaseFactory() && declared(factory)) {
          // `createClient` here is supabase-js's (it needs a URL and key): import the app's server client under another name.
          factory = 'createServerSupabase';
          imports.push(`import { ${exported} as ${factory} } from '${lib.module ?? '@/lib/supabase/server'}';`);
        } else if (!declared(factory)) {
          imports.push(`import { ${factory} } from '${lib.module ?? '@/lib/supabase/server'}';`);
        }
        lines.push(
          `const { data: { user${u === 'user' ? '' : `: ${u}`} } } = await (await ${factory}()).auth.getUser();`,
          `if (!${u}) {`,
          `  ${deny}`,
          '}',
        );
        sessionId = `${u}.id`;
      } else {
        // A `requireAuth` the file declares itself is not the snippet's: the guard would call it.
        if (!canCallHelper(sourceCode, fn, 'requireAuth')) return [];
        useHelper = true;
        const r = free('auth', 'authResult');
        let source = reqParam;
        if (!source || h.kind === 'server-action') {
          if (!declared('headers')) imports.push("import { headers } from 'next/headers';");
          source = 'await headers()';
        }
        lines.push(`const ${r} = await requireAuth(${source});`);
        if (h.kind === 'pages-api') lines.push(`if (!${r}.ok) {`, `  return ${resParam ?? 'res'}.status(${r}.status).json({ error: ${r}.error });`, '}');
        else if (h.kind === 'server-action') lines.push(`if (!${r}.ok) {`, `  throw new Error(${r}.error);`, '}');
        else lines.push(`if (!${r}.ok) {`, `  return ${r}.response;`, '}');
        sessionId = `${r}.user.id`;
      }
      if (cronHelper) {
        // A scheduler acts for no user.
      } else if (userParam && sessionId) {
        lines.push(`// Act on the signed-in caller's id, not on the one the client sends.`, `${userParam} = ${sessionId};`);
      } else if (userParam) {
        lines.push(`// Act on the signed-in caller's id from the check above, not on \`${userParam}\`: the client chooses that one.`);
      }
      const guard = lines.map((l) => `${ind}${l}`).join('\n');
      return [
        {
          messageId: 'addGuard',
          data: { library: libraryLabel, handler: h.name === 'default' ? 'the handler' : h.name },
          fix: (fixer) => {
            const fixes: TSESLint.RuleFix[] = [];
            if (first) fixes.push(fixer.insertTextBefore(first, `${guard.trimStart()}\n${ind}`));
            else if (lastDirective) fixes.push(fixer.insertTextAfter(lastDirective, `\n${guard}`));
            else fixes.push(fixer.insertTextAfterRange([body.range[0], body.range[0] + 1], `\n${guard}\n`));
            fixes.push(...addImports(sourceCode, fixer, imports, context.filename));
            if (useHelper) fixes.push(...helperFixes(context, fixer, 'require-route-auth', ['requireAuth']));
            if (cronHelper) fixes.push(...helperFixes(context, fixer, edge ? 'no-timing-unsafe-compare.edge' : 'no-timing-unsafe-compare', [cronHelper]));
            return fixes;
          },
        },
      ];
    }

    /** Whether every value of `id` is the parsed request body or read from it (`const { userId } = (await req.json()) as P`, a Pages API `req.body`), or a query parameter (also `req.query`). */
    function fromRequestBody(id: TSESTree.Identifier): boolean {
      const sources = getValueSources(sourceCode, id);
      return (
        sources.length > 0 &&
        sources.every((src) => {
          const u = unwrap(src, { await: true });
          // A Pages API route's query or body: `const { userId } = req.query` (twitter-clone's notifications route),
          // `req.query.userId`, `const { userId } = req.body`.
          if (u.type === 'MemberExpression') {
            const obj = unwrap(u.object);
            const owner = /^(?:query|body)$/.test(getPropertyName(u) ?? '') ? u : obj.type === 'MemberExpression' && /^(?:query|body)$/.test(getPropertyName(obj) ?? '') ? obj : undefined;
            return !!owner && /^(?:req|request)$/.test(sourceCode.getText(unwrap(owner.object)));
          }
          if (u.type !== 'CallExpression' || u.callee.type !== 'MemberExpression') return false;
          // The query string too: `request.nextUrl.searchParams.get('userId')`, `new URL(req.url).searchParams.get(...)`.
          if (getPropertyName(u.callee) === 'get' && /(?:^|\.)searchParams$/.test(sourceCode.getText(u.callee.object))) return true;
          return /^(?:json|formData)$/.test(getPropertyName(u.callee) ?? '') && /^(?:req|request|_req|r)$/i.test(getRootIdentifier(u.callee)?.name ?? '');
        })
      );
    }

    /**
     * Whether a variable is handed to a check helper, as an argument or a field of one: `await
     * validateAndTrackUsage({ userId, isAuthenticated })`, `verifyOwnership(userId, chatId)` (zola's chat route).
     */
    function handedToCheck(id: TSESTree.Identifier): boolean {
      const variable = findVariable(sourceCode, id);
      if (!variable) return false;
      return variable.references.some((ref) => {
        let cur: Node = ref.identifier;
        for (let i = 0; i < 4 && cur.parent; i++) {
          const p: Node = cur.parent;
          if (p.type === 'CallExpression') {
            return p.arguments.includes(cur as TSESTree.CallExpressionArgument) && CHECK_HELPER.test(getCalleeName(p) ?? '');
          }
          if ((p.type === 'Property' && p.value === cur) || p.type === 'ObjectExpression' || p.type === 'AwaitExpression') cur = p;
          else return false;
        }
        return false;
      });
    }

    /** `req.user`'s `user`: a property read straight off the handler's request parameter (its first). */
    function onRequestParam(id: TSESTree.Identifier, fn: FunctionNode): boolean {
      const member = id.parent;
      const req = fn.params[0];
      return member?.type === 'MemberExpression' && member.property === id && !member.computed && req?.type === 'Identifier' && member.object.type === 'Identifier' && member.object.name === req.name && isOwnParameter(member.object, fn);
    }

    /** Whether `id` is bound by one of `fn`'s own parameters (`(userId: string)`, `({ userId })`). */
    function isOwnParameter(id: TSESTree.Identifier, fn: FunctionNode): boolean {
      const def = findVariable(sourceCode, id)?.defs[0];
      return def?.type === 'Parameter' && def.node === fn;
    }

    /** The names `fn`'s parameters bind, in order: a parameter itself (`userId`, `userId = ''`) or a destructured property (`{ ownerId }`). */
    function paramIdentifiers(fn: FunctionNode): TSESTree.Identifier[] {
      const ids: TSESTree.Identifier[] = [];
      for (const p of fn.params) {
        const target = p.type === 'AssignmentPattern' ? p.left : p;
        if (target.type === 'Identifier') ids.push(target);
        else if (target.type === 'ObjectPattern') {
          for (const prop of target.properties) if (prop.type === 'Property' && prop.value.type === 'Identifier') ids.push(prop.value);
        }
      }
      return ids;
    }

    /** The handler's first parameter whose name matches `name`, also destructured (`userId`, `{ ownerId }`), when it has one. */
    function paramNamed(fn: FunctionNode, name: RegExp): string | undefined {
      return paramIdentifiers(fn).find((id) => name.test(id.name))?.name;
    }

    /** The variable of the handler's parameter named `param` (`(userId)`, `({ organizationId })`). */
    function paramVariable(fn: FunctionNode, param: string): ReturnType<typeof findVariable> {
      const id = paramIdentifiers(fn).find((i) => i.name === param);
      return id ? findVariable(sourceCode, id) : undefined;
    }

    /**
     * Whether a reference to a caller-chosen id is checked where it stands: compared with anything but a literal
     * (`userId !== session.user.id`), or reassigned (`userId = session.user.id`: no longer the caller's).
     */
    function comparedOrReassigned(ref: TSESTree.Identifier): boolean {
      const p = ref.parent;
      if (p?.type === 'BinaryExpression' && /^[!=]==?$/.test(p.operator)) {
        const other = p.left === ref ? p.right : p.left;
        if (other.type !== 'Literal' && !(other.type === 'Identifier' && other.name === 'undefined')) return true;
      }
      return p?.type === 'AssignmentExpression' && p.left === ref;
    }

    /** The handler's parameter that names a user (`userId`, `{ ownerId }`), when it has one. */
    function callerUserParam(fn: FunctionNode): string | undefined {
      return paramNamed(fn, /^(?:userId|user_id|uid|ownerId|owner_id|accountId|account_id|authorId|creatorId|memberId)$/);
    }

    /**
     * A signed-in server action that still updates or deletes by the user id its caller passes
     * (`deleteChat(userId, chatId)` after `if (!session) throw`): the write whose query uses the parameter.
     * Not when the handler compares the parameter with anything (`if (userId !== session.user.id) throw`),
     * hands it to a check, reassigns it, checks a role or permission (an admin acting on another user), or
     * the same query also filters by the session's user.
     */
    function callerChosenUserReach(fn: FunctionNode, param: string, reaches: readonly Reach[]): { ref: TSESTree.Identifier; what: string } | undefined {
      if (!CALLER_USER_ID.test(param)) return undefined;
      const variable = paramVariable(fn, param);
      if (!variable) return undefined;
      const bodyText = sourceCode.getText(fn.body);
      if (ROLE_CHECK.test(bodyText) || ROLE_ARGUMENT.test(bodyText)) return undefined;
      const refs = variable.references.filter((r) => !r.init).map((r) => r.identifier as TSESTree.Identifier);
      for (const ref of refs) {
        const p = ref.parent;
        // Compared with anything but a literal (`userId !== session.user.id`), or reassigned: checked.
        if (comparedOrReassigned(ref)) return undefined;
        // Handed to a check (`assertSameUser(session, userId)`, `await verifyOwnership(userId, chatId)`).
        if (p?.type === 'CallExpression' && p.arguments.includes(ref) && CHECK_HELPER.test(getCalleeName(p) ?? '')) {
          return undefined;
        }
      }
      for (const r of reaches) {
        // Updates and deletes only: reading a user by id (a team directory's name and avatar: nextcrm's
        // getUserById) or creating a record for another user (a notification, an invite) is often the point.
        if (!r.write || !r.node || r.node.type !== 'CallExpression') continue;
        if (/^(?:create|insert|add|send|notify|invite|log|track|record|enqueue|publish|emit)/i.test(getCalleeName(r.node) ?? '') || /\.(?:insert|create\w*)\(/.test(sourceCode.getText(chainTop(r.node)).slice(0, 200))) continue;
        const top = chainTop(r.node);
        const within = (n: Node) => n.range[0] >= top.range[0] && n.range[1] <= top.range[1];
        const ref = refs.find(within);
        if (!ref) continue;
        // The same query also filters by the session's user (`where: { id, userId: session.user.id }`): scoped.
        let scoped = false;
        walk(top, (n) => {
          if (scoped) return false;
          // A variable (not a column: `chats.userId`, not an object key) holding a user id other than the parameter.
          const p = n.parent;
          const isName = n.type === 'Identifier' && !(p?.type === 'MemberExpression' && p.property === n && !p.computed) && !(p?.type === 'Property' && p.key === n && !p.shorthand);
          if (isName && !refs.includes(n) && /^(?:userId|user_id|uid|ownerId|currentUserId|sessionUserId|authUserId|viewerId)$/.test(n.name)) scoped = true;
          if (n.type === 'MemberExpression' && /^(?:session|authSession|auth|ctx|currentUser|user|authUser|me|viewer)(?:\.user)?\.(?:id|userId)$/.test(getDottedName(n) ?? '')) scoped = true;
          return !scoped;
        });
        if (!scoped) return { ref, what: r.shown ?? r.label };
      }
      return undefined;
    }

    /** The handler's parameter that names an organization (`organizationId`, `{ workspaceId }`), when it has one. */
    function callerTenantParam(fn: FunctionNode): string | undefined {
      return paramNamed(fn, TENANT_PARAM);
    }

    /**
     * A signed-in server action that updates or deletes, and queries the database by the organization id its caller
     * passes: the first such query. Not when the handler compares the parameter with anything (`if (organizationId !==
     * session.session.activeOrganizationId)`), reassigns it, hands it to a check (`getUserOrganizationMembership(user.id,
     * organizationId)`, `auth.api.hasPermission({ body: { organizationId } })`, `requireOrgAccess(orgId)`), queries by it
     * together with the session's user (a membership lookup), or checks a global admin role; nor through the app's data
     * layer (another file may check) or a Supabase client (its row-level security may).
     */
    function callerChosenTenantReach(fn: FunctionNode, param: string, reaches: readonly Reach[]): { ref: TSESTree.Identifier; what: string } | undefined {
      if (GLOBAL_ADMIN_CHECK.test(sourceCode.getText(fn.body)) || ROLE_ARGUMENT.test(sourceCode.getText(fn.body))) return undefined;
      const writes = reaches.some(
        (r) =>
          r.write &&
          r.stored &&
          r.node.type === 'CallExpression' &&
          !/^(?:create|insert|add|send|notify|invite|log|track|record|enqueue|publish|emit)/i.test(getCalleeName(r.node) ?? '') &&
          !/\.(?:insert|create\w*)\(/.test(sourceCode.getText(chainTop(r.node)).slice(0, 200)),
      );
      if (!writes) return undefined;
      const variable = paramVariable(fn, param);
      if (!variable) return undefined;
      const refs = variable.references.filter((r) => !r.init).map((r) => r.identifier as TSESTree.Identifier);
      for (const ref of refs) {
        if (comparedOrReassigned(ref)) return undefined;
        // The call it is an argument of (also inside an options object): a check by its name, or one handed the caller too.
        let arg: Node = ref;
        while (arg.parent && (arg.parent.type === 'Property' || arg.parent.type === 'ObjectExpression' || arg.parent.type === 'ArrayExpression')) arg = arg.parent;
        const call = arg.parent?.type === 'CallExpression' && arg.parent.callee !== arg ? arg.parent : undefined;
        if (call && (CHECK_HELPER.test(getCalleeName(call) ?? '') || TENANT_CHECK_NAME.test(getCalleeName(call) ?? '') || mentionsSessionUser(call))) return undefined;
      }
      // The value the parameter reaches a query in: itself, or a local condition built from it (`const where = and(eq(t.orgId, orgId), ...)`).
      const carriers = new Set<Node>(refs);
      for (const ref of refs) {
        const d = ref.parent?.type === 'VariableDeclarator' ? undefined : getEnclosingDeclarator(ref);
        if (d) carriers.add(d);
      }
      let found: { ref: TSESTree.Identifier; what: string } | undefined;
      for (const r of reaches) {
        if (!r.stored || !/^the database\b/.test(r.label)) continue;
        const top = chainTop(r.node);
        const text = sourceCode.getText(top);
        if (/\bsupabase/i.test(text) || /\.from\(\s*['"`]/.test(text)) continue;
        const within = (n: Node) => n.range[0] >= top.range[0] && n.range[1] <= top.range[1];
        const ref = refs.find(within) ?? refs.find((x) => [...carriers].some((c) => c.type === 'VariableDeclarator' && isWithin(x, c) && chainUses(top, c)));
        if (!ref) continue;
        // A membership lookup (`db.member.findFirst({ where: { organizationId, userId: session.user.id } })`): checked.
        if (mentionsSessionUser(top)) return undefined;
        found ??= { ref, what: r.shown ?? r.label };
      }
      return found;
    }

    /**
     * Whether a database read filters the records by the organization parameter `param` (`where: { organizationId }`,
     * `eq(client.organizationId, organizationId)`, also through a local condition, `.where(whereCondition)`): a column
     * named for the organization, not the organization's own `id`. Not through a Supabase client (row-level security).
     */
    function filtersByTenantParam(fn: FunctionNode, param: string, r: Reach): boolean {
      if (!r.stored || !/^the database\b/.test(r.label)) return false;
      const top = chainTop(r.node);
      const text = sourceCode.getText(top);
      if (/\bsupabase/i.test(text) || /\.from\(\s*['"`]/.test(text)) return false;
      // What an organization publishes (`where: { organizationId, published: true }`) is for anyone; so is a restaurant's
      // menu (biztro's `prisma.menuItem.findMany({ where: { organizationId } })`, its categories and their translations).
      if (PUBLICATION_FILTER.test(text) || PUBLIC_MENU_MODEL.test(r.shown ?? r.label)) return false;
      const variable = paramVariable(fn, param);
      if (!variable) return false;
      for (const ref of variable.references) {
        if (ref.init) continue;
        const id = ref.identifier as TSESTree.Identifier;
        const p = id.parent;
        // `{ organizationId }`, `{ orgId: organizationId }`; `eq(client.organizationId, organizationId)`.
        const filter =
          (p?.type === 'Property' && p.value === id && TENANT_COLUMN.test(getPropertyName(p) ?? '')) ||
          (p?.type === 'CallExpression' && p.arguments.length === 2 && p.arguments.some((x) => x !== id && x.type === 'MemberExpression' && TENANT_COLUMN.test(getPropertyName(x) ?? '')));
        if (!filter) continue;
        if (isWithin(id, top)) return true;
        const d = getEnclosingDeclarator(id);
        if (d && chainUses(top, d) && !PUBLICATION_FILTER.test(sourceCode.getText(d))) return true;
      }
      return false;
    }

    /**
     * A signed-in handler that reads the caller's organization from the session (`const { userId, orgId } = auth()`,
     * `const orgId = session.session.activeOrganizationId`) and uses it only in the test that requires one
     * (`if (!userId || !orgId) return`), then updates or deletes a record by values its caller passes, with nothing from the
     * session in that query: the write and the organization its filter leaves out. Not when anything else reads the
     * organization (a lookup, a call, another query), a call may check the record (`assertSiteInOrg(id)`), a global admin
     * is checked, or the write goes through a Supabase client (row-level security).
     */
    function sessionTenantIgnored(fn: FunctionNode, reaches: readonly Reach[]): { node: Node; tenant: string; what: string } | undefined {
      const bodyText = sourceCode.getText(fn.body);
      if (!/orgId|organizationId|workspaceId|tenantId/i.test(bodyText) || GLOBAL_ADMIN_CHECK.test(bodyText)) return undefined;
      const { fromSession, fromInput, tenant, checks } = sessionAndInputNames(fn);
      // A check handed what the caller sent (`await assertEntryAccess(params.id)`), not only the request it reads the session from.
      const request = fn.params[0]?.type === 'Identifier' ? fn.params[0].name : undefined;
      const checked = checks.some((c) =>
        c.arguments.some((arg) => !(arg.type === 'Identifier' && arg.name === request) && some(arg, (x) => x.type === 'Identifier' && fromInput.has(x.name) && isValueReference(x))),
      );
      if (!tenant || checked) return undefined;
      const refs = findVariable(sourceCode, tenant)?.references.filter((r) => !r.init).map((r) => r.identifier as TSESTree.Identifier) ?? [];
      if (refs.length === 0 || !refs.every(onlyRequired)) return undefined;
      // The session's user compared with a record (`if (!entry || entry.userId !== userId) return`) or handed to a query or a
      // call (`findFirst({ where: { id, userId } })`): an ownership check (TaskChrono's timer routes).
      const usesSession = some(fn.body, (x) => {
        if (x.type !== 'Identifier' || !fromSession.has(x.name) || !isValueReference(x)) return false;
        for (let cur: Node = x, i = 0; cur.parent && i < 8; cur = cur.parent, i++) {
          const p: Node = cur.parent;
          if (p.type === 'BinaryExpression' && /^[!=]==?$/.test(p.operator)) return true;
          if (p.type === 'CallExpression' && p.callee !== cur) return true;
          if (p.type !== 'MemberExpression' && p.type !== 'Property' && p.type !== 'ObjectExpression' && p.type !== 'ArrayExpression' && p.type !== 'ChainExpression' && p.type !== 'TSNonNullExpression') return false;
        }
        return false;
      });
      if (usesSession) return undefined;
      const writes: { call: TSESTree.CallExpression; what: string }[] = [];
      for (const r of reaches) {
        if (!r.stored || !/^the database\b/.test(r.label) || r.node.type !== 'CallExpression') continue;
        if (r.write) writes.push({ call: r.node, what: r.shown ?? r.label });
        else writes.push(...transactionWrites(r.node).map((call) => ({ call, what: `the database (${sourceCode.getText(call.callee)})` })));
      }
      for (const { call, what } of writes) {
        if (/^(?:create|insert|add|upsert)/i.test(getCalleeName(call) ?? '')) continue;
        const top = chainTop(call);
        const text = sourceCode.getText(top);
        if (/\.(?:insert|create\w*|upsert)\(/.test(text.slice(0, 200)) || /\bsupabase/i.test(text) || /\.from\(\s*['"`]/.test(text)) continue;
        const uses = (names: Set<string>) => some(top, (x) => x.type === 'Identifier' && names.has(x.name) && isValueReference(x));
        if (uses(fromSession) || mentionsSessionUser(top) || !uses(fromInput)) continue;
        return { node: call.callee, tenant: tenant.name, what };
      }
      return undefined;
    }

    /** The updates and deletes of Prisma's interactive transaction, on the client its callback is given (`db.$transaction(async (tx) => tx.shift.delete(...))`). */
    function transactionWrites(call: TSESTree.CallExpression): TSESTree.CallExpression[] {
      if (call.callee.type !== 'MemberExpression' || getPropertyName(call.callee) !== '$transaction') return [];
      const cb = call.arguments[0];
      const tx = cb && isFunction(cb) ? cb.params[0] : undefined;
      if (tx?.type !== 'Identifier' || !cb || !isFunction(cb)) return [];
      const out: TSESTree.CallExpression[] = [];
      walk(cb.body, (n) => {
        if (n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && /^(?:update|updateMany|delete|deleteMany)$/.test(getPropertyName(n.callee) ?? '') && getRootIdentifier(n.callee)?.name === tx.name) out.push(n);
        return true;
      });
      return out;
    }

    /**
     * The names a handler binds from the session (an auth call's result and what is derived from it: `const dbUser = await
     * db.user.findUnique({ where: { clerkId: userId } })`) and from its input (its parameters and what is derived from them:
     * `const { id } = data`, `const body = await req.json()`), the organization the session names (`const { orgId } = auth()`,
     * `const orgId = session.session.activeOrganizationId`), and the calls named for a check.
     */
    function sessionAndInputNames(fn: FunctionNode): { fromSession: Set<string>; fromInput: Set<string>; tenant?: TSESTree.Identifier; checks: TSESTree.CallExpression[] } {
      // What the session gives, and what is derived from it (`const dbUser = await db.user.findUnique({ where: { clerkId: userId } })`).
      const fromSession = new Set<string>();
      // The handler's input, and what is derived from it (`const { id } = data`, `const body = await req.json()`).
      const fromInput = new Set<string>();
      for (const p of fn.params) {
        const ids: TSESTree.Identifier[] = [];
        collectIds(p, ids);
        for (const i of ids) fromInput.add(i.name);
      }
      let tenant: TSESTree.Identifier | undefined;
      const checks: TSESTree.CallExpression[] = [];
      walk(fn.body, (n) => {
        if (n.type === 'CallExpression' && RECORD_CHECK_CALL.test(getCalleeName(n) ?? '')) checks.push(n);
        if (n.type !== 'VariableDeclarator' || !n.init) return true;
        const init = unwrap(n.init, { await: true });
        const bound: TSESTree.Identifier[] = [];
        collectIds(n.id, bound);
        const mentions = (names: Set<string>) => some(n.init!, (x) => x.type === 'Identifier' && names.has(x.name) && isValueReference(x));
        if (init.type === 'CallExpression' && isAuthCall(sourceCode, init, { authFunctions, authPatterns })) {
          for (const b of bound) fromSession.add(b.name);
          tenant ??= bound.find((b) => SESSION_TENANT.test(b.name) && n.id.type === 'ObjectPattern');
        } else if (mentions(fromSession)) {
          for (const b of bound) fromSession.add(b.name);
          if (n.id.type === 'Identifier' && SESSION_TENANT.test(n.id.name) && (init.type === 'MemberExpression' || init.type === 'Identifier')) tenant ??= n.id;
        } else if (mentions(fromInput)) {
          for (const b of bound) fromInput.add(b.name);
        }
        return true;
      });
      return { fromSession, fromInput, tenant, checks };
    }

    /**
     * A signed-in handler that creates a membership (Prisma's `prisma.teamMember.create({ data: { teamId, userId, role } })`,
     * Drizzle's `db.insert(members).values({ ... })`) in the team or organization its caller names, for a user who is not the
     * caller (found by the body's email, or named by it), while that team's id appears nowhere else in the handler: no lookup
     * of the caller's role there, no check, no comparison. Not a user adding themselves (joining an open team), a caller's role
     * checked (`session.user.role`, a global admin), or a Supabase client (row-level security).
     */
    function uncheckedMemberAdd(fn: FunctionNode, reaches: readonly Reach[]): { node: Node; param: string; what: string; kind: string } | undefined {
      const bodyText = sourceCode.getText(fn.body);
      if (!/member/i.test(bodyText) || GLOBAL_ADMIN_CHECK.test(bodyText) || CALLER_ROLE.test(bodyText) || /\bsupabase/i.test(bodyText)) return undefined;
      const { fromSession, fromInput, checks } = sessionAndInputNames(fn);
      // A check of any kind (`await requireRole('SCRUM_MASTER')`, `assertTeamAdmin(...)`): the rule cannot see what it allows.
      if (checks.some((c) => /Role|Admin|Permission|Owner|Membership|Access/.test(getCalleeName(c) ?? '') || !isAuthCall(sourceCode, c, { authFunctions, authPatterns }))) return undefined;
      for (const r of reaches) {
        if (!r.write || !r.stored || !/^the database\b/.test(r.label) || r.node.type !== 'CallExpression') continue;
        const data = membershipData(r.node);
        if (!data) continue;
        let group: TSESTree.Property | undefined;
        let user: TSESTree.Property | undefined;
        for (const prop of data.properties) {
          if (prop.type !== 'Property') continue;
          const key = getPropertyName(prop) ?? '';
          if (MEMBERSHIP_GROUP_KEY.test(key)) group = prop;
          else if (/^(?:userId|user_id)$/.test(key)) user = prop;
        }
        if (!group || !user || group.value.type !== 'Identifier') continue;
        const groupId = group.value;
        // From what the caller sent, and used nowhere but here.
        if (!fromInput.has(groupId.name) || fromSession.has(groupId.name)) continue;
        const refs = findVariable(sourceCode, groupId)?.references.filter((x) => !x.init) ?? [];
        if (refs.some((x) => !isWithin(x.identifier, r.node))) continue;
        // Another user than the caller (a user joining an open team adds themselves).
        const mentionsSession = some(user.value, (x) => x.type === 'Identifier' && fromSession.has(x.name) && isValueReference(x));
        // (`user.id` of a user looked up by the body's email is not the session's `user.id`).
        const root = getRootIdentifier(user.value);
        if (mentionsSession || (mentionsSessionUser(user.value) && !(root && fromInput.has(root.name)))) continue;
        const param = getPropertyName(group) ?? groupId.name;
        return { node: group.value, param, what: r.shown ?? r.label, kind: /^team/.test(param) ? 'team' : /^workspace/.test(param) ? 'workspace' : 'organization' };
      }
      return undefined;
    }

    /** The record a membership write creates: `data` of `x.teamMember.create(...)`, or `.values(...)` of `db.insert(members)`. */
    function membershipData(call: TSESTree.CallExpression): TSESTree.ObjectExpression | undefined {
      const callee = call.callee;
      if (callee.type !== 'MemberExpression') return undefined;
      const method = getPropertyName(callee) ?? '';
      if (/^(?:create|upsert)$/.test(method) && callee.object.type === 'MemberExpression' && MEMBERSHIP_MODEL.test(getPropertyName(callee.object) ?? '')) {
        const arg = call.arguments[0];
        const data = arg?.type === 'ObjectExpression' ? arg.properties.find((p): p is TSESTree.Property => p.type === 'Property' && getPropertyName(p) === (method === 'upsert' ? 'create' : 'data')) : undefined;
        return data?.value.type === 'ObjectExpression' ? data.value : undefined;
      }
      // db.insert(teamMembers).values({ ... })
      const top = chainTop(call);
      let values: TSESTree.ObjectExpression | undefined;
      let table: string | undefined;
      walk(top, (n) => {
        if (n.type !== 'CallExpression' || n.callee.type !== 'MemberExpression') return true;
        const name = getPropertyName(n.callee);
        if (name === 'values' && n.arguments[0]?.type === 'ObjectExpression') values = n.arguments[0];
        if (name === 'insert' && n.arguments[0]?.type === 'Identifier') table = n.arguments[0].name;
        return true;
      });
      return values && table && MEMBERSHIP_MODEL.test(table) ? values : undefined;
    }

    /** A reference that only requires a value to be there: `!orgId` in the test of an `if` that leaves (`if (!userId || !orgId) return`). */
    function onlyRequired(ref: TSESTree.Identifier): boolean {
      let cur: Node = ref;
      if (cur.parent?.type !== 'UnaryExpression' || cur.parent.operator !== '!') return false;
      cur = cur.parent;
      while (cur.parent?.type === 'LogicalExpression') cur = cur.parent;
      const p = cur.parent;
      return p?.type === 'IfStatement' && p.test === cur && (isEarlyExit(p.consequent) || endsInExit(p.consequent));
    }

    /** The `const x = ...` whose initializer holds `node` (one statement up at most), if any. */
    function getEnclosingDeclarator(node: Node): TSESTree.VariableDeclarator | undefined {
      for (let cur: Node | undefined = node.parent, i = 0; cur && i < 12; cur = cur.parent, i++) {
        if (cur.type === 'VariableDeclarator') return cur.id.type === 'Identifier' ? cur : undefined;
        if (isFunction(cur) || cur.type.endsWith('Statement')) return undefined;
      }
      return undefined;
    }

    /** Whether `top` reads the variable a declarator binds (`.where(whereCondition)`). */
    function chainUses(top: Node, d: TSESTree.VariableDeclarator): boolean {
      if (d.id.type !== 'Identifier') return false;
      const v = findVariable(sourceCode, d.id);
      return !!v?.references.some((r) => !r.init && isWithin(r.identifier, top));
    }

    /** Whether a node names the signed-in user (`session.user.id`, `currentUser.id`, a `userId` variable that is no parameter). */
    function mentionsSessionUser(node: Node): boolean {
      let hit = false;
      walk(node, (n) => {
        if (hit) return false;
        const p = n.parent;
        const isName = n.type === 'Identifier' && !(p?.type === 'MemberExpression' && p.property === n && !p.computed) && !(p?.type === 'Property' && p.key === n && !p.shorthand);
        if (isName && /^(?:userId|user_id|currentUserId|sessionUserId|authUserId|viewerId)$/.test(n.name) && !isParameterOf(n)) hit = true;
        if (n.type === 'MemberExpression' && /^(?:session|authSession|auth|ctx|currentUser|user|authUser|me|viewer)(?:\.user)?\.(?:id|userId)$/.test(getDottedName(n) ?? '')) hit = true;
        return !hit;
      });
      return hit;
    }

    function isParameterOf(id: TSESTree.Identifier): boolean {
      return findVariable(sourceCode, id)?.defs[0]?.type === 'Parameter';
    }

    /**
     * An auth call another handler of this file makes and tests, in a form that can be copied:
     * `const userId = await getCurrentUserId()`, `const { userId } = await auth()`, `const session =
     * await getServerSession(authOptions)` (arguments only literals and module-level names).
     */
    function fileAuthCall(except: FunctionNode): { init: string; callee: string; names: string[]; pattern?: true; fromLibrary: boolean } | undefined {
      let found: { init: string; callee: string; names: string[]; pattern?: true; fromLibrary: boolean } | undefined;
      walk(sourceCode.ast, (n) => {
        if (found) return false;
        if (n === except) return false;
        if (n.type !== 'VariableDeclarator' || !n.init) return true;
        const init = unwrap(n.init, { await: true });
        if (init.type !== 'CallExpression' || !isAuthCall(sourceCode, init, { authFunctions, authPatterns })) return true;
        const simpleArgs = init.arguments.every((a) => {
          if (a.type === 'Literal') return true;
          if (a.type !== 'Identifier') return false;
          const v = findVariable(sourceCode, a);
          return !!v && v.scope.type === 'module';
        });
        if (!simpleArgs) return true;
        let names: string[];
        let pattern: true | undefined;
        if (n.id.type === 'Identifier') names = [n.id.name];
        else if (n.id.type === 'ObjectPattern' && n.id.properties.length === 1) {
          const p = n.id.properties[0]!;
          if (p.type !== 'Property' || !p.shorthand || p.value.type !== 'Identifier') return true;
          names = [p.value.name];
          pattern = true;
        } else return true;
        // The result must be tested (`if (!userId)`): a call kept only for its side effects is not a guard.
        const v = findVariable(sourceCode, n.id.type === 'Identifier' ? n.id : (n.id.properties[0] as TSESTree.Property).value as TSESTree.Identifier);
        if (!v?.references.some((r) => !r.init && r.identifier.parent?.type === 'UnaryExpression' && r.identifier.parent.operator === '!')) return true;
        const callee = getDottedName(init.callee) ?? getCalleeName(init) ?? 'auth';
        const root = getRootIdentifier(init.callee);
        const fromLibrary = !!root && AUTH_MODULE.test(getImportSource(sourceCode, root) ?? '');
        found = { init: sourceCode.getText(n.init), callee, names, pattern, fromLibrary };
        return false;
      });
      return found;
    }

    /** Whether the file imports `name` from a module of {@link OUTBOUND_AUTH_MODULE} (`import { auth } from '@ai-sdk/mcp'`). */
    function importsOutboundAuth(name: string): boolean {
      return sourceCode.ast.body.some(
        (stmt) => stmt.type === 'ImportDeclaration' && OUTBOUND_AUTH_MODULE.test(stmt.source.value) && stmt.specifiers.some((sp) => sp.local.name === name),
      );
    }

    function isDeclaredAtModule(name: string): boolean {
      const scope = sourceCode.scopeManager?.globalScope;
      if (!scope) return false;
      if (scope.set.has(name)) return true;
      return scope.childScopes.some((s) => s.type === 'module' && s.set.has(name));
    }

    /** The Supabase client factory the file imports (`createClient`, `createSupabaseServerClient`...). */
    function supabaseFactory(): string | undefined {
      for (const stmt of sourceCode.ast.body) {
        if (stmt.type !== 'ImportDeclaration' || !/supabase/i.test(stmt.source.value)) continue;
        // A service-role client (`createAdminClient` from `@/lib/supabase/admin`) carries no caller's session: its
        // `auth.getUser()` says nothing about who calls. Nor does an anon client built without the request's cookies
        // for cached public reads (amazong's `createStaticClient`), nor a browser client.
        if (/(?:^|\/)(?:admin|service[-_]?role|service)$/i.test(stmt.source.value)) continue;
        for (const sp of stmt.specifiers) {
          if (/Admin|Service|Static|Anon|Public|Browser/.test(sp.local.name)) continue;
          if (/^create\w*Client$|^createClient$|^getSupabase\w*$/.test(sp.local.name) && stmt.source.value !== '@supabase/supabase-js') return sp.local.name;
        }
      }
      return undefined;
    }

    /**
     * The auth library the guard is written for: the file's own imports first, then the app's
     * package.json (a route that imports no auth code in a Clerk app still gets a Clerk guard, not a
     * hand-rolled JWT one). The module paths come from the app's files when they exist.
     */
    function detectLibrary(): AuthLibrary {
      let lib: AuthLibrary['kind'] = 'generic';
      for (const stmt of sourceCode.ast.body) {
        if (stmt.type !== 'ImportDeclaration') continue;
        const src = stmt.source.value;
        const names = stmt.specifiers.map((s) => s.local.name);
        if (/^@clerk\//.test(src)) return { kind: 'clerk' };
        if (/^better-auth(?:\/|$)/.test(src)) lib = 'better-auth';
        else if (src === 'next-auth' || src === 'next-auth/next' || names.includes('authOptions') || names.includes('getServerSession')) lib = 'next-auth';
        // `auth` used as an object (`auth.api.getSession`, `auth.$context`: better-auth's instance) is no Auth.js `auth()`.
        else if (names.includes('auth') && lib === 'generic' && !OUTBOUND_AUTH_MODULE.test(src)) lib = /\bauth\.(?:api|\$context)\b/.test(sourceCode.text) ? 'better-auth' : 'authjs';
        else if ((/supabase/i.test(src)) && lib === 'generic') lib = 'supabase';
      }
      const project = findProject(context.physicalFilename);
      const deps = project?.deps;
      if (lib === 'generic' && deps) {
        if (deps.has('@clerk/nextjs')) return { kind: 'clerk' };
        if (deps.has('better-auth')) lib = 'better-auth';
        else if (deps.has('next-auth')) lib = /^\D*5|beta/.test(deps.get('next-auth') ?? '') ? 'authjs' : 'next-auth';
        else if (deps.has('@supabase/ssr') || deps.has('@supabase/auth-helpers-nextjs')) lib = 'supabase';
      }
      // `import { auth } from '@/lib/auth'` is Auth.js's `auth()` or better-auth's `auth` object.
      if (lib === 'authjs' && deps?.has('better-auth') && !deps.has('next-auth')) lib = 'better-auth';
      if (!project || lib === 'generic') return { kind: lib };
      const found = (candidates: readonly string[], mustContain: RegExp) => {
        const m = findProjectModule(project, candidates, mustContain);
        return m && { module: aliasPath(m.path), name: m.match[1] };
      };
      if (lib === 'next-auth') return { kind: lib, ...found(NEXT_AUTH_OPTIONS_MODULES, /export\s+(?:const|let|var)\s+(authOptions)\b/) };
      if (lib === 'authjs') return { kind: lib, ...found(AUTH_MODULES, /\bNextAuth\s*\(/) };
      if (lib === 'better-auth') return { kind: lib, ...found(AUTH_MODULES, /export\s+const\s+(auth)\s*=\s*betterAuth\s*\(/) };
      // The app's server-client factory: `export async function createClient()`, `export const createSupabaseServerClient = ...`.
      return {
        kind: lib,
        ...found(SUPABASE_SERVER_MODULES, /export\s+(?:async\s+)?(?:function\s+|const\s+)(create\w*Client|getSupabase\w*)\b/),
      };
    }
  },
});

