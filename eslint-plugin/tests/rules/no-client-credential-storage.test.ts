import rule from '../../src/rules/no-client-credential-storage';
import { ruleTester, FILES } from '../rule-tester';

/** The suggestion: a POST of the credential to the snippet's session route (awaited in an async function). */
const POST = (v: string, lead: 'void' | 'await' = 'void') =>
  `${lead} fetch('/api/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token: ${v} }), credentials: 'same-origin' })`;

/** Cap's share page (apps/web/app/s/[videoId]/Share.tsx): an analytics session id the page mints, kept 30 minutes. */
const CAP_SESSION = (newId: string, head = '') => `'use client';
${head}const SESSION_STORAGE_KEY = 'cap_tb_session_id';
const SESSION_TTL_MS = 30 * 60 * 1000;
const getSessionId = async () => {
  try {
    const raw = window.localStorage.getItem(SESSION_STORAGE_KEY);
    const now = Date.now();
    if (raw) {
      const parsed = JSON.parse(raw) as { value: string; expiry: number };
      if (parsed?.value && parsed.expiry > now) return parsed.value;
    }
    const newId = ${newId};
    window.localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ value: newId, expiry: now + SESSION_TTL_MS }));
    return newId;
  } catch (error) {
    console.warn('Failed to persist analytics session id', error);
    return 'anonymous';
  }
};
`;
const CAP_MINTED = "typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : Math.random().toString(36).slice(2)";
const CAP_FETCHED = "(await (await fetch('/api/analytics/session')).json()).sessionId";

ruleTester.run('no-client-credential-storage', rule, {
  valid: [
    // Clearing the token cookies on sign-out (`name=; ...`, an empty value): nothing is stored.
    { code: "'use client';\n\nconst cookieOptions = 'path=/; max-age=0; SameSite=Lax';\n\nexport function clearAuthCookies(): void {\n  document.cookie = `levelset-access-token=; ${cookieOptions}`;\n  document.cookie = 'levelset-refresh-token=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT';\n}\n", filename: "lib/providers/AuthProvider.tsx" },
    // A vendored third-party SDK served from public/ (postiz's Facebook pixel script, behind its license banner): not the app's code.
    { code: "/**\n * Copyright (c) 2017-present, Vendor, Inc. All rights reserved.\n */\n(function () {\n  var n = window.sessionStorage;\n  function s(a, b) {\n    n.setItem('iwl_state', JSON.stringify({ graphToken: a, pixelID: b }));\n  }\n  window.initIwl = s;\n})();\n", filename: 'apps/frontend/public/f.js' },
    // AFFiNE: a flag written in the code ('true') is a setting, never a credential, whatever the key constant is called.
    { code: "const SESSION_KEY = 'affine:debug';\n\nif (typeof window !== 'undefined' && window.location.search.includes('debug')) {\n  sessionStorage.setItem(SESSION_KEY, 'true');\n  localStorage.authToken = '';\n}\n", filename: 'packages/common/debug/src/index.ts' },
    // An anonymous visit id the page mints itself (opportumap's PingTracker, a nanoid visitor id): no server issued it.
    // A RUM session id the page mints from a buffer it fills with crypto.getRandomValues (langwatch's react-rum).
    { code: "const SESSION_ID_KEY = 'acme.rum.session.id';\nconst newSessionId = () => {\n  const bytes = new Uint8Array(16);\n  crypto.getRandomValues(bytes);\n  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');\n};\nexport function currentSessionId() {\n  const existing = sessionStorage.getItem(SESSION_ID_KEY);\n  const sessionId = existing ?? newSessionId();\n  sessionStorage.setItem(SESSION_ID_KEY, sessionId);\n  return sessionId;\n}\n", filename: 'packages/react-rum/src/session.ts' },
    { code: "'use client';\nfunction getSessionId() {\n  let id = sessionStorage.getItem('om_session_id');\n  if (!id) {\n    id = crypto.randomUUID();\n    sessionStorage.setItem('om_session_id', id);\n  }\n  return id;\n}\n\nexport function ping(page) {\n  fetch('/api/ping', { method: 'POST', body: JSON.stringify({ sessionId: getSessionId(), page }) });\n}\n", filename: 'app/components/PingTracker.js' },
    { code: "'use client';\nimport { nanoid } from 'nanoid';\nexport function visitorId() {\n  const existing = localStorage.getItem('anon_session_id');\n  if (existing) return existing;\n  const id = nanoid();\n  localStorage.setItem('anon_session_id', id);\n  return id;\n}\n", filename: 'components/visitor.ts' },
    // Generated ids serialized, prefixed, formatted, from a local helper, in cookies (Cap's analytics session id).
    { code: CAP_SESSION(CAP_MINTED), filename: 'app/s/[videoId]/Share.tsx' },
    { code: "'use client';\nlocalStorage.setItem('device_id', crypto.randomUUID());", filename: FILES.component },
    // Imported slot names of sessionStorage (`PRICING_GEO_SESSION_KEY`, a config's `sessionKey`: myimageupscaler's geo and
    // engagement signals): the literal is out of sight, the name says where in sessionStorage, and the values name no credential.
    { code: "'use client';\nimport { PRICING_GEO_SESSION_KEY, serializeGeo } from '@/shared/utils/pricing-geo-session';\nimport { ENGAGEMENT_CONFIG } from '@/shared/config/engagement';\nexport function persist(geo: { country: string }, signals: { clicks: number }) {\n  sessionStorage.setItem(PRICING_GEO_SESSION_KEY, serializeGeo(geo));\n  sessionStorage.setItem(ENGAGEMENT_CONFIG.sessionKey, JSON.stringify(signals));\n}\n", filename: FILES.component },
    // A binding named for its sessionStorage slot (`RELOAD_SESSION_KEY`) holding a literal key: the literal says what is stored, a reload counter (lobe-chat's boot error boundary).
    { code: "'use client';\nconst RELOAD_SESSION_KEY = 'app:boot:reload-attempts';\nexport function recordReload() {\n  const attempts = Number(window.sessionStorage.getItem(RELOAD_SESSION_KEY) ?? '0');\n  window.sessionStorage.setItem(RELOAD_SESSION_KEY, String(attempts + 1));\n}\n", filename: FILES.component },
    { code: "'use client';\nimport { nanoid } from 'nanoid';\nconst id = nanoid();\nlocalStorage.setItem('visitor_session', id);", filename: FILES.component },
    { code: "'use client';\nimport { nanoid } from 'nanoid';\nlocalStorage.setItem('session_id', 'anon_' + nanoid());", filename: FILES.component },
    { code: "'use client';\nsessionStorage.setItem('visitor_session_id', `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`);", filename: FILES.component },
    { code: "'use client';\nconst bytes = crypto.getRandomValues(new Uint8Array(16));\nlocalStorage.setItem('session_id', Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(''));", filename: FILES.component },
    { code: "'use client';\nimport { v4 as uuidv4 } from 'uuid';\nconst entry = { sessionId: uuidv4(), createdAt: Date.now(), source: 'web' };\nlocalStorage.setItem('analytics_session_id', JSON.stringify(entry));", filename: FILES.component },
    { code: "'use client';\nimport { v4 as uuidv4 } from 'uuid';\nlocalStorage.setItem('analytics', JSON.stringify({ sessionId: uuidv4(), createdAt: Date.now(), source: 'web' }));", filename: FILES.component },
    { code: "'use client';\nconst genId = () => Math.random().toString(36).slice(2) + Date.now();\nlocalStorage.setItem('sessionId', genId());", filename: FILES.component },
    // A logger's session id, minted by a method of its class and kept in a field (HomeBake's production-logger).
    { code: "class Logger {\n  private sessionId: string;\n  constructor() {\n    this.sessionId = this.generateSessionId();\n    if (typeof window !== 'undefined') sessionStorage.setItem('homebake_session_id', this.sessionId);\n  }\n  private generateSessionId(): string {\n    return `session_${Date.now()}_${Math.random().toString(36).substr(2, 9)}`;\n  }\n}\nexport const logger = new Logger();\n", filename: 'src/lib/monitoring/production-logger.ts' },
    { code: "'use client';\nclass Tracker {\n  #id = crypto.randomUUID();\n  save = () => localStorage.setItem('tracker_session_id', this.#id);\n}\nexport default new Tracker();\n", filename: FILES.component },
    { code: "'use client';\nimport Cookies from 'js-cookie';\nimport { createId } from '@paralleldrive/cuid2';\nCookies.set('session_id', createId(), { expires: 365 });", filename: FILES.component },
    { code: "'use client';\nlocalStorage.sessionId = crypto.randomUUID();\ndocument.cookie = `session_id=${crypto.randomUUID()}; path=/`;", filename: FILES.component },
    // A marketing tracker's visitor token, minted by the page and URI-encoded into its cookie (hello-ys's
    // MarketingTracker: a double-submit id the server compares with the body's copy, no server issued it).
    { code: "'use client';\nconst MARKETING_TOKEN_COOKIE = 'mkt_token';\nfunction getMarketingToken() {\n  const token = crypto.randomUUID();\n  document.cookie = `${MARKETING_TOKEN_COOKIE}=${encodeURIComponent(token)}; Path=/; Max-Age=2592000; SameSite=Lax`;\n  return token;\n}\n", filename: FILES.component },
    // A hook-held anonymous assessment id the page mints itself (AIJobPathWebapp's AssessmentFlow): every write
    // through the setter is generated here, over an empty default; the dependency array only lists it.
    { code: "'use client';\nimport { useEffect } from 'react';\nimport { useLocalStorage } from '@/hooks/use-local-storage';\n\nexport function AssessmentFlow() {\n  const [sessionId, setSessionId] = useLocalStorage('assessment-session-id', '');\n  useEffect(() => {\n    if (!sessionId) {\n      const newSessionId = `session_${Date.now()}_${Math.random().toString(36).substr(2, 9)}`;\n      setSessionId(newSessionId);\n      fetch('/api/assessment/session', { method: 'POST', body: JSON.stringify({ sessionId: newSessionId }) });\n    }\n  }, [sessionId, setSessionId]);\n  return null;\n}\n", filename: FILES.component },
    // A hook that only reads the slot (open-agent-platform's useApiKeys: the value, no setter, over a literal default);
    // the settings page that writes it is reported.
    { code: "import { useLocalStorage } from '@/hooks/use-local-storage';\n\nexport function useApiKeys() {\n  const [openaiApiKey] = useLocalStorage<string>('lg:settings:openaiApiKey', '');\n  const [, ] = useLocalStorage<string>('lg:settings:tavilyApiKey', '');\n  return { OPENAI_API_KEY: openaiApiKey };\n}\n", filename: FILES.component },
    // UI state about a credential (rallly): a dismissed banner's flag, not the password.
    { code: "'use client';\nconst [dismissed, setDismissed] = useLocalStorage<string>('password_setup_dismissed');", filename: FILES.component },
    { code: "'use client';\nlocalStorage.setItem('api_key_banner_seen', '1');", filename: FILES.component },
    // Preferences, drafts, UI state.
    { code: "localStorage.setItem('theme', 'dark');", filename: FILES.component },
    { code: "localStorage.setItem('locale', lang);", filename: FILES.component },
    { code: "localStorage.setItem('draft', JSON.stringify({ title, body }));", filename: FILES.component },
    { code: "sessionStorage.setItem('sidebar-open', String(open));", filename: FILES.component },
    { code: "document.cookie = `theme=${theme}; path=/; max-age=31536000`;", filename: FILES.component },
    { code: "document.cookie = `${SIDEBAR_COOKIE_NAME}=${openState}; path=/`;", filename: FILES.component },
    { code: "document.cookie = 'NEXT_LOCALE=' + locale;", filename: FILES.component },
    // Keys that only contain "key", and STORAGE_KEY-style names.
    { code: "const STORAGE_KEY = 'app-settings';\nlocalStorage.setItem(STORAGE_KEY, JSON.stringify(state));", filename: FILES.component },
    { code: "localStorage.setItem(storageKey, JSON.stringify(value));", filename: 'hooks/use-local-storage.ts' },
    { code: "window.localStorage.setItem(key, JSON.stringify(value));", filename: 'lib/hooks/use-local-storage.ts' },
    // Token counts and usage.
    { code: "localStorage.setItem('tokens_remaining', String(n));", filename: FILES.component },
    { code: "localStorage.setItem('tokenUsage', JSON.stringify(usage));", filename: FILES.component },
    { code: "localStorage.setItem('maxTokens', String(maxTokens));", filename: FILES.component },
    { code: "localStorage.setItem('settings', JSON.stringify({ maxTokens: 100, temperature: 1 }));", filename: FILES.component },
    // Not a credential: ids, flags, push/CSRF tokens.
    { code: "localStorage.setItem(FORMBRICKS_WORKSPACE_ID_LS, workspaceId);", filename: FILES.component },
    { code: "localStorage.setItem('loggedInWith', 'Google');", filename: FILES.component },
    { code: "localStorage.setItem('fcmToken', token);", filename: FILES.component },
    { code: "sessionStorage.setItem('csrfToken', csrf);", filename: FILES.component },
    { code: "localStorage.setItem('tokenExpiresAt', String(exp));", filename: FILES.component },
    // Reads and removals.
    { code: "const t = localStorage.getItem('token');", filename: FILES.component },
    { code: "localStorage.removeItem('accessToken');", filename: FILES.component },
    // Server-side cookies (httpOnly possible): not this rule.
    { code: "import { cookies } from 'next/headers';\ncookies().set('token', token, { httpOnly: true, secure: true });", filename: FILES.route },
    { code: "import { setCookie } from 'cookies-next';\nexport default function handler(req, res) { setCookie('token', t, { req, res, httpOnly: true }); }", filename: FILES.pagesApi },
    // nookies with a request context: a server Set-Cookie, not document.cookie; a non-credential in the browser.
    { code: "import nookies from 'nookies';\nexport async function getServerSideProps(ctx) {\n  const token = await issue();\n  nookies.set(ctx, 'token', token, { httpOnly: true, path: '/' });\n  return { props: {} };\n}\n", filename: 'pages/login.tsx' },
    { code: "import { setCookie } from 'nookies';\nexport const saveTheme = (theme: string) => setCookie(null, 'theme', theme);\n", filename: FILES.lib },
    // cookies-next in a lib module with the request context (or options out of sight, which may carry it): a server write.
    { code: "import { setCookie } from 'cookies-next';\nexport const saveSession = (token: string, opts: object) => {\n  setCookie('auth', token, opts);\n};\n", filename: 'src/lib/services/save-session.ts' },
    { code: "import { setCookie } from 'cookies-next';\nexport async function saveSession(token: string, store: unknown) {\n  await setCookie('auth', token, { cookies: store, path: '/' });\n}\n", filename: 'src/lib/services/save-session.ts' },
    { code: "import { setCookie } from 'cookies-next';\nexport function saveSession(token: string, req: unknown, res: unknown) {\n  setCookie('auth', token, { req, res, maxAge: 3600 });\n}\n", filename: 'src/lib/services/save-session.ts' },
    // Server cookies: httpOnly set, options not in sight, deletions, non-credential names, request cookies.
    { code: "import { cookies } from 'next/headers';\nexport async function login(token: string) {\n  const cookieStore = await cookies();\n  cookieStore.set('session_token', token, { httpOnly: true, secure: true, sameSite: 'lax', path: '/' });\n}\n", filename: FILES.action },
    { code: "import { cookies } from 'next/headers';\nimport { COOKIE_OPTIONS } from './config';\nexport async function refresh(data: { refresh_token: string }) {\n  (await cookies()).set('refresh_token', data.refresh_token, COOKIE_OPTIONS);\n}\n", filename: FILES.route },
    { code: "import { NextResponse } from 'next/server';\nimport { baseCookie } from './config';\nexport async function POST() {\n  const token = await issue();\n  const res = NextResponse.json({ ok: true });\n  res.cookies.set('access_token', token, { ...baseCookie, path: '/' });\n  return res;\n}\n", filename: FILES.route },
    { code: "import { cookies } from 'next/headers';\nexport async function logout() {\n  (await cookies()).set('access_token', '', { path: '/', maxAge: 0 });\n  (await cookies()).delete('refresh_token');\n}\n", filename: FILES.action },
    { code: "import { cookies } from 'next/headers';\nexport async function prefs(theme: string, locale: string, open: boolean) {\n  const store = await cookies();\n  store.set('theme', theme);\n  store.set('NEXT_LOCALE', locale, { path: '/' });\n  store.set('sidebar_state', String(open));\n}\n", filename: FILES.action },
    { code: "import { NextResponse } from 'next/server';\nexport function GET() {\n  const state = crypto.randomUUID();\n  const res = NextResponse.redirect('https://github.com/login/oauth/authorize?state=' + state);\n  res.cookies.set('github_oauth_state', state, { path: '/', maxAge: 600 });\n  res.cookies.set('csrf_token', crypto.randomUUID(), { sameSite: 'strict' });\n  return res;\n}\n", filename: FILES.route },
    { code: "import { NextResponse } from 'next/server';\nexport function middleware(req) {\n  const res = NextResponse.next();\n  if (!req.cookies.get('sessionId')) res.cookies.set('sessionId', crypto.randomUUID());\n  return res;\n}\n", filename: 'src/middleware.ts' },
    { code: "import { NextResponse } from 'next/server';\nexport function middleware(request, token) {\n  request.cookies.set('access_token', token);\n  return NextResponse.next({ request });\n}\n", filename: 'middleware.ts' },
    { code: "import { serialize } from 'cookie';\nexport default function handler(req, res) {\n  res.setHeader('Set-Cookie', serialize('token', req.body.token, { httpOnly: true, path: '/' }));\n}\n", filename: FILES.pagesApi },
    { code: "import { cookies } from 'next/headers';\nexport async function login(token: string) {\n  (await cookies()).set('session', token, { httpOnly: process.env.NODE_ENV === 'production' });\n}\n", filename: FILES.action },
    { code: "import { cookies } from 'next/headers';\nexport async function login(token: string) {\n  (await cookies()).set('token', token);\n}\n", filename: 'app/__tests__/login.test.ts' },
    // Other maps named like storage.
    { code: "const cache = new Map();\ncache.setItem?.('token', t);", filename: FILES.component },
    // Tests.
    { code: "localStorage.setItem('token', 'abc');", filename: 'components/__tests__/login.test.tsx' },
    // ignoreNames option.
    { code: "localStorage.setItem('demoToken', 'x');", filename: FILES.component, options: [{ ignoreNames: ['^demoToken$'] }] },
  ],
  invalid: [
    // Server cookies left script-readable: Next's cookies().set / response.cookies.set and the cookie package default to httpOnly off.
    {
      code: "import { cookies } from 'next/headers';\nconst ACCESS_TOKEN_COOKIE = 'access_token';\nexport async function setAuthCookie(token: string) {\n  (await cookies()).set(ACCESS_TOKEN_COOKIE, token, { secure: true, path: '/' });\n}\n",
      filename: FILES.action,
      errors: [{ messageId: 'serverCookie', line: 4, column: 25, suggestions: [{ messageId: 'addHttpOnly', output: "import { cookies } from 'next/headers';\nconst ACCESS_TOKEN_COOKIE = 'access_token';\nexport async function setAuthCookie(token: string) {\n  (await cookies()).set(ACCESS_TOKEN_COOKIE, token, { httpOnly: true, secure: true, path: '/' });\n}\n" }] }],
    },
    {
      code: "import { NextResponse } from 'next/server';\nexport async function POST(req: Request) {\n  const { access_token } = await req.json();\n  const response = NextResponse.json({ ok: true });\n  response.cookies.set('session', access_token);\n  return response;\n}\n",
      filename: FILES.route,
      errors: [{ messageId: 'serverCookie', line: 5, column: 24, suggestions: [{ messageId: 'addHttpOnly', output: "import { NextResponse } from 'next/server';\nexport async function POST(req: Request) {\n  const { access_token } = await req.json();\n  const response = NextResponse.json({ ok: true });\n  response.cookies.set('session', access_token, { httpOnly: true });\n  return response;\n}\n" }] }],
    },
    {
      // open-agent-platform's MCP proxy: the access token cookie explicitly readable by scripts.
      code: "import { NextResponse } from 'next/server';\nexport async function proxy(accessToken: string) {\n  const response = new NextResponse(null);\n  response.cookies.set('X-MCP-Access-Token', accessToken, {\n    httpOnly: false,\n    secure: true,\n    sameSite: 'lax',\n  });\n  return response;\n}\n",
      filename: 'app/api/oap_mcp/proxy-request.ts',
      errors: [{ messageId: 'serverCookie', line: 4, column: 24, suggestions: [{ messageId: 'addHttpOnly', output: "import { NextResponse } from 'next/server';\nexport async function proxy(accessToken: string) {\n  const response = new NextResponse(null);\n  response.cookies.set('X-MCP-Access-Token', accessToken, {\n    httpOnly: true,\n    secure: true,\n    sameSite: 'lax',\n  });\n  return response;\n}\n" }] }],
    },
    {
      code: "import { cookies } from 'next/headers';\nconst options = { path: '/', maxAge: 60 * 60 * 24 };\nexport async function signIn(session: { secret: string }) {\n  const cookieStore = await cookies();\n  cookieStore.set({ name: 'appwrite-session', value: session.secret, ...{} });\n  cookieStore.set('auth_token', session.secret, options);\n}\n",
      filename: FILES.action,
      errors: [{ messageId: 'serverCookie', line: 6, column: 19, suggestions: [] }],
    },
    {
      code: "import { cookies } from 'next/headers';\nexport async function signIn(session: { secret: string }) {\n  cookies().set({ name: 'appwrite-session', value: session.secret, path: '/' });\n}\n",
      filename: FILES.action,
      errors: [{ messageId: 'serverCookie', line: 3, column: 25, suggestions: [{ messageId: 'addHttpOnly', output: "import { cookies } from 'next/headers';\nexport async function signIn(session: { secret: string }) {\n  cookies().set({ httpOnly: true, name: 'appwrite-session', value: session.secret, path: '/' });\n}\n" }] }],
    },
    {
      code: "import { cookies } from 'next/headers';\nimport { randomUUID } from 'node:crypto';\nexport async function createSession(userId: string) {\n  const sessionId = randomUUID();\n  await db.session.create({ data: { id: sessionId, userId } });\n  (await cookies()).set('session_id', sessionId, { path: '/' });\n}\n",
      filename: FILES.action,
      errors: [{ messageId: 'serverCookie', line: 6, column: 25, suggestions: [{ messageId: 'addHttpOnly', output: "import { cookies } from 'next/headers';\nimport { randomUUID } from 'node:crypto';\nexport async function createSession(userId: string) {\n  const sessionId = randomUUID();\n  await db.session.create({ data: { id: sessionId, userId } });\n  (await cookies()).set('session_id', sessionId, { httpOnly: true, path: '/' });\n}\n" }] }],
    },
    {
      code: "import { serialize } from 'cookie';\nexport default function handler(req, res) {\n  const jwt = sign(req.body.user);\n  res.setHeader('Set-Cookie', serialize('token', jwt, { path: '/' }));\n}\n",
      filename: FILES.pagesApi,
      errors: [{ messageId: 'serverCookie', line: 4, column: 41, suggestions: [{ messageId: 'addHttpOnly', output: "import { serialize } from 'cookie';\nexport default function handler(req, res) {\n  const jwt = sign(req.body.user);\n  res.setHeader('Set-Cookie', serialize('token', jwt, { httpOnly: true, path: '/' }));\n}\n" }] }],
    },
    // The same buffer filled from a server response is still the server's credential.
    { code: "const SESSION_ID_KEY = 'acme.rum.session.id';\nconst fetchSessionId = async () => {\n  const bytes = new Uint8Array(await (await fetch('/api/session')).arrayBuffer());\n  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');\n};\nexport async function currentSessionId() {\n  const sessionId = await fetchSessionId();\n  sessionStorage.setItem(SESSION_ID_KEY, sessionId);\n  return sessionId;\n}\n", filename: 'packages/react-rum/src/session.ts', errors: [{ messageId: 'storage', line: 8, column: 26, suggestions: [{ messageId: 'useServerCookie', output: "const SESSION_ID_KEY = 'acme.rum.session.id';\nconst fetchSessionId = async () => {\n  const bytes = new Uint8Array(await (await fetch('/api/session')).arrayBuffer());\n  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');\n};\nexport async function currentSessionId() {\n  const sessionId = await fetchSessionId();\n  await fetch('/api/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token: sessionId }), credentials: 'same-origin' });\n  return sessionId;\n}\n" }] }] },
    // Setting the same cookie to the session's token: still reported.
    {
      code: "'use client';\n\nconst cookieOptions = 'path=/; max-age=604800; SameSite=Lax';\n\nexport function syncAuthCookies(session: { access_token: string }): void {\n  document.cookie = `levelset-access-token=${session.access_token}; ${cookieOptions}`;\n}\n",
      filename: "lib/providers/AuthProvider.tsx",
      errors: [{ messageId: 'cookie', line: 6, column: 3, suggestions: [{ messageId: 'useServerCookie', output: "'use client';\n\nconst cookieOptions = 'path=/; max-age=604800; SameSite=Lax';\n\nexport function syncAuthCookies(session: { access_token: string }): void {\n  void fetch('/api/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token: session.access_token }), credentials: 'same-origin' });\n}\n" }] }],
    },
    // The same script without a vendor's banner is the app's own public script: still reported.
    { code: "(function () {\n  var n = window.sessionStorage;\n  function s(a, b) {\n    n.setItem('iwl_state', JSON.stringify({ graphToken: a, pixelID: b }));\n  }\n  window.initIwl = s;\n})();\n", filename: 'apps/frontend/public/f.js', errors: [{ messageId: 'storage', line: 4, suggestions: [{ messageId: 'useServerCookie', output: "(function () {\n  var n = window.sessionStorage;\n  function s(a, b) {\n    void fetch('/api/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token: JSON.stringify({ graphToken: a, pixelID: b }) }), credentials: 'same-origin' });\n  }\n  window.initIwl = s;\n})();\n" }] }] },
    // The same key holding a value from elsewhere is still reported.
    {
      code: "const SESSION_KEY = 'affine:debug';\n\nexport function enableDebug(token: string) {\n  sessionStorage.setItem(SESSION_KEY, token);\n}\n",
      filename: "packages/common/debug/src/index.ts",
      errors: [{ messageId: 'storage', line: 4, column: 26, suggestions: [{ messageId: 'useServerCookie', output: "const SESSION_KEY = 'affine:debug';\n\nexport function enableDebug(token: string) {\n  void fetch('/api/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token: token }), credentials: 'same-origin' });\n}\n" }] }],
    },
    // Twin of the imported slot names: the value stored there is a credential.
    { code: "'use client';\nimport { PRICING_GEO_SESSION_KEY } from '@/shared/utils/pricing-geo-session';\nexport function persist(accessToken: string) {\n  sessionStorage.setItem(PRICING_GEO_SESSION_KEY, accessToken);\n}\n", filename: FILES.component, errors: [{ messageId: 'storage', line: 4, suggestions: [{ messageId: 'useServerCookie', output: "'use client';\nimport { PRICING_GEO_SESSION_KEY } from '@/shared/utils/pricing-geo-session';\nexport function persist(accessToken: string) {\n  void fetch('/api/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token: accessToken }), credentials: 'same-origin' });\n}\n" }] }] },
    // Twin of the reload counter: the literal behind the slot's name names a credential.
    { code: "'use client';\nconst AUTH_SESSION_KEY = 'auth:session-token';\nexport function remember(data: { value: string }) {\n  window.sessionStorage.setItem(AUTH_SESSION_KEY, data.value);\n}\n", filename: FILES.component, errors: [{ messageId: 'storage', line: 4, suggestions: [{ messageId: 'useServerCookie', output: "'use client';\nconst AUTH_SESSION_KEY = 'auth:session-token';\nexport function remember(data: { value: string }) {\n  void fetch('/api/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token: data.value }), credentials: 'same-origin' });\n}\n" }] }] },
    // Twin: the same id fetched from the server is a session credential.
    { code: "'use client';\nasync function getSessionId() {\n  let id = sessionStorage.getItem('om_session_id');\n  if (!id) {\n    id = await (await fetch(\"/api/session\")).text();\n    sessionStorage.setItem('om_session_id', id);\n  }\n  return id;\n}\n\nexport async function ping(page) {\n  fetch('/api/ping', { method: 'POST', body: JSON.stringify({ sessionId: await getSessionId(), page }) });\n}\n", filename: 'app/components/PingTracker.js', errors: [{ messageId: 'storage', line: 6, column: 28, suggestions: [{ messageId: 'useServerCookie', output: "'use client';\nasync function getSessionId() {\n  let id = sessionStorage.getItem('om_session_id');\n  if (!id) {\n    id = await (await fetch(\"/api/session\")).text();\n    await fetch('/api/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token: id }), credentials: 'same-origin' });\n  }\n  return id;\n}\n\nexport async function ping(page) {\n  fetch('/api/ping', { method: 'POST', body: JSON.stringify({ sessionId: await getSessionId(), page }) });\n}\n" }] }] },
    // Twins: the same keys holding a value from a response, a parameter, a session or an unknown call.
    {
      code: CAP_SESSION(CAP_FETCHED),
      filename: 'app/s/[videoId]/Share.tsx',
      errors: [{ messageId: 'storage', line: 13, data: { what: 'The credential `cap_tb_session_id`', storage: 'localStorage' }, suggestions: [{ messageId: 'useServerCookie', output: CAP_SESSION(CAP_FETCHED).replace("window.localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ value: newId, expiry: now + SESSION_TTL_MS }))", POST('JSON.stringify({ value: newId, expiry: now + SESSION_TTL_MS })', 'await')) }] }],
    },
    {
      code: "'use client';\nexport async function start() {\n  const data = await (await fetch('/api/session')).json();\n  localStorage.setItem('session_id', data.sessionId);\n}\n",
      filename: FILES.component,
      errors: [{ messageId: 'storage', line: 4, suggestions: [{ messageId: 'useServerCookie', output: `'use client';\nexport async function start() {\n  const data = await (await fetch('/api/session')).json();\n  ${POST('data.sessionId', 'await')};\n}\n` }] }],
    },
    {
      code: "'use client';\nexport function remember(token) {\n  localStorage.setItem('session_id', token);\n}\n",
      filename: FILES.component,
      errors: [{ messageId: 'storage', line: 3, suggestions: [{ messageId: 'useServerCookie', output: `'use client';\nexport function remember(token) {\n  ${POST('token')};\n}\n` }] }],
    },
    // The same class shape holding what the server sent back: a credential.
    {
      code: "class Logger {\n  private sessionId: string;\n  constructor(session: { id: string }) {\n    this.sessionId = session.id;\n    if (typeof window !== 'undefined') sessionStorage.setItem('homebake_session_id', this.sessionId);\n  }\n}\n",
      filename: 'src/lib/monitoring/production-logger.ts',
      errors: [{ messageId: 'storage', line: 5, suggestions: [{ messageId: 'useServerCookie', output: `class Logger {\n  private sessionId: string;\n  constructor(session: { id: string }) {\n    this.sessionId = session.id;\n    if (typeof window !== 'undefined') ${POST('this.sessionId')};\n  }\n}\n` }] }],
    },
    {
      code: "class Logger {\n  private sessionId = this.generateSessionId();\n  login(token: string) {\n    this.sessionId = token;\n    sessionStorage.setItem('session_id', this.sessionId);\n  }\n  private generateSessionId() {\n    return crypto.randomUUID();\n  }\n}\n",
      filename: FILES.component,
      errors: [{ messageId: 'storage', line: 5, suggestions: [{ messageId: 'useServerCookie', output: `class Logger {\n  private sessionId = this.generateSessionId();\n  login(token: string) {\n    this.sessionId = token;\n    ${POST('this.sessionId')};\n  }\n  private generateSessionId() {\n    return crypto.randomUUID();\n  }\n}\n` }] }],
    },
    {
      code: "'use client';\nexport function remember(token) {\n  localStorage.setItem('session_id', 'anon_' + token);\n}\n",
      filename: FILES.component,
      errors: [{ messageId: 'storage', line: 3, suggestions: [{ messageId: 'useServerCookie', output: `'use client';\nexport function remember(token) {\n  ${POST("'anon_' + token")};\n}\n` }] }],
    },
    {
      code: "'use client';\nimport { nanoid } from 'nanoid';\nexport function remember(session) {\n  const id = nanoid();\n  localStorage.setItem('visitor_session', JSON.stringify({ id, accessToken: session.access_token, savedAt: Date.now() }));\n}\n",
      filename: FILES.component,
      errors: [{ messageId: 'storage', line: 5, data: { what: 'The credential `accessToken`', storage: 'localStorage' }, suggestions: [{ messageId: 'useServerCookie', output: `'use client';\nimport { nanoid } from 'nanoid';\nexport function remember(session) {\n  const id = nanoid();\n  ${POST('JSON.stringify({ id, accessToken: session.access_token, savedAt: Date.now() })')};\n}\n` }] }],
    },
    {
      code: "'use client';\nimport { getSessionId } from '@/lib/auth';\nlocalStorage.setItem('session_id', getSessionId());",
      filename: FILES.component,
      errors: [{ messageId: 'storage', line: 3, suggestions: [{ messageId: 'useServerCookie', output: `'use client';\nimport { getSessionId } from '@/lib/auth';\n${POST('getSessionId()')};` }] }],
    },
    {
      code: "'use client';\nconst current = (session) => session.access_token;\nexport function save(session) {\n  localStorage.setItem('sessionId', current(session));\n}\n",
      filename: FILES.component,
      errors: [{ messageId: 'storage', line: 4, suggestions: [{ messageId: 'useServerCookie', output: `'use client';\nconst current = (session) => session.access_token;\nexport function save(session) {\n  ${POST('current(session)')};\n}\n` }] }],
    },
    {
      code: "'use client';\nimport Cookies from 'js-cookie';\nexport function save(data) {\n  Cookies.set('session_id', data.sessionId, { expires: 365 });\n}\n",
      filename: FILES.component,
      errors: [{ messageId: 'cookie', line: 4, suggestions: [{ messageId: 'useServerCookie', output: `'use client';\nimport Cookies from 'js-cookie';\nexport function save(data) {\n  ${POST('data.sessionId')};\n}\n` }] }],
    },
    // Corpus: a login page storing the access token.
    {
      code: "'use client';\nasync function login() {\n  const response = await axios.post('/api/login', form);\n  localStorage.setItem('accessToken', response?.data?.accessToken);\n}\n",
      filename: 'src/app/login/page.tsx',
      errors: [
        {
          messageId: 'storage',
          line: 4,
          column: 24,
          endColumn: 37,
          data: { what: 'The credential `accessToken`', storage: 'localStorage' },
          suggestions: [
            {
              messageId: 'useServerCookie',
              data: { route: '/api/session' },
              output: `'use client';\nasync function login() {\n  const response = await axios.post('/api/login', form);\n  ${POST('response?.data?.accessToken', 'await')};\n}\n`,
            },
          ],
        },
      ],
    },
    // Seed 003: integration credentials persisted from a lib module.
    {
      code: "export function save(integrations) {\n  localStorage.setItem('integrations', JSON.stringify({ credentials: integrations }));\n}\n",
      filename: 'src/lib/integrations/integration-manager.ts',
      errors: [{ messageId: 'storage', line: 2, column: 24, data: { what: 'The credential `credentials`', storage: 'localStorage' }, suggestions: [{ messageId: 'useServerCookie', output: `export function save(integrations) {\n  ${POST("JSON.stringify({ credentials: integrations })")};\n}\n` }] }],
    },
    // Key through a constant; value name; window./globalThis. prefixes; sessionStorage.
    {
      code: "const TOKEN_KEY = 'auth';\nwindow.localStorage.setItem(TOKEN_KEY, t);",
      filename: FILES.component,
      errors: [{ messageId: 'storage', line: 2, suggestions: [{ messageId: 'useServerCookie', output: `const TOKEN_KEY = 'auth';\n${POST('t')};` }] }],
    },
    {
      code: "const key = 'jwt';\nsessionStorage.setItem(key, data.session);",
      filename: 'lib/auth.js',
      errors: [{ messageId: 'storage', data: { what: 'The credential `jwt`', storage: 'sessionStorage' }, suggestions: [{ messageId: 'useServerCookie', output: `const key = 'jwt';\n${POST('data.session')};` }] }],
    },
    {
      code: "localStorage.setItem('auth', res.data.token);",
      filename: FILES.component,
      errors: [{ messageId: 'storage', data: { what: 'The credential `token`', storage: 'localStorage' }, suggestions: [{ messageId: 'useServerCookie', output: `${POST('res.data.token')};` }] }],
    },
    {
      code: "globalThis.localStorage.setItem(`${prefix}_refresh_token`, refresh);",
      filename: FILES.component,
      errors: [{ messageId: 'storage', suggestions: [{ messageId: 'useServerCookie', output: `${POST('refresh')};` }] }],
    },
    {
      code: "localStorage.setItem('openai_api_key', apiKey);",
      filename: FILES.component,
      errors: [{ messageId: 'storage', suggestions: [{ messageId: 'useServerCookie', output: `${POST('apiKey')};` }] }],
    },
    {
      code: "localStorage.setItem('openaiKey', value);",
      filename: FILES.component,
      errors: [{ messageId: 'storage', suggestions: [{ messageId: 'useServerCookie', output: `${POST('value')};` }] }],
    },
    {
      code: "localStorage.setItem('user', JSON.stringify({ name, password }));",
      filename: FILES.component,
      errors: [{ messageId: 'storage', data: { what: 'The credential `password`', storage: 'localStorage' }, suggestions: [{ messageId: 'useServerCookie', output: `${POST('JSON.stringify({ name, password })')};` }] }],
    },
    // An alias of localStorage.
    {
      code: "const storage = typeof window !== 'undefined' ? window.localStorage : null;\nstorage?.setItem('session_id', sid);",
      filename: FILES.component,
      errors: [{ messageId: 'storage', line: 2, suggestions: [{ messageId: 'useServerCookie', output: `const storage = typeof window !== 'undefined' ? window.localStorage : null;\n${POST('sid')};` }] }],
    },
    // Property assignment.
    {
      code: "localStorage.token = data.token;\nlocalStorage['api-key'] = k;",
      filename: FILES.component,
      errors: [
        { messageId: 'storage', line: 1, column: 1, endColumn: 19 },
        { messageId: 'storage', line: 2 },
      ],
    },
    // document.cookie writes.
    {
      code: "document.cookie = `token=${jwt}; path=/; max-age=86400`;",
      filename: FILES.component,
      errors: [{ messageId: 'cookie', line: 1, column: 1, endColumn: 16, data: { what: 'The credential `token`', how: 'document.cookie' }, suggestions: [{ messageId: 'useServerCookie', output: `${POST('jwt')};` }] }],
    },
    {
      code: "document.cookie = 'access_token=' + t + '; path=/';",
      filename: 'app/login/page.jsx',
      errors: [{ messageId: 'cookie', suggestions: [] }],
    },
    // The same cookie holding a token the server issued is reported; the suggestion posts the token, not its encoding.
    {
      code: "'use client';\nconst MARKETING_TOKEN_COOKIE = 'mkt_token';\nasync function saveToken() {\n  const { token } = await (await fetch('/api/marketing/token')).json();\n  document.cookie = `${MARKETING_TOKEN_COOKIE}=${encodeURIComponent(token)}; Path=/; SameSite=Lax`;\n}\n",
      filename: FILES.component,
      errors: [{ messageId: 'cookie', line: 5, column: 3, data: { what: 'The credential `MARKETING_TOKEN_COOKIE`', how: 'document.cookie' }, suggestions: [{ messageId: 'useServerCookie', output: `'use client';\nconst MARKETING_TOKEN_COOKIE = 'mkt_token';\nasync function saveToken() {\n  const { token } = await (await fetch('/api/marketing/token')).json();\n  ${POST('token', 'await')};\n}\n` }] }],
    },
    {
      code: "const AUTH_COOKIE = 'sessionToken';\ndocument.cookie = `${AUTH_COOKIE}=${value}; Secure`;",
      filename: FILES.component,
      errors: [{ messageId: 'cookie', line: 2, suggestions: [{ messageId: 'useServerCookie', output: `const AUTH_COOKIE = 'sessionToken';\n${POST('value')};` }] }],
    },
    // Browser cookie libraries cannot set httpOnly.
    {
      code: "import Cookies from 'js-cookie';\nCookies.set('token', token, { expires: 7 });",
      filename: FILES.component,
      errors: [{ messageId: 'cookie', line: 2, data: { what: 'The credential `token`', how: 'js-cookie set()' }, suggestions: [{ messageId: 'useServerCookie', output: `import Cookies from 'js-cookie';\n${POST('token')};` }] }],
    },
    // nookies with no request context (CCS-Frontend-2022's lib/handleToken.js): document.cookie.
    {
      code: "import nookies from 'nookies';\nimport { api } from './api';\nexport const saveTokens = (accessToken, refreshToken) => {\n  api.defaults.headers.Authorization = `Bearer ${accessToken}`;\n  nookies.set(null, 'accessToken', accessToken);\n  nookies.set(undefined, 'refreshToken', refreshToken, { maxAge: 3600 * 24 * 30 });\n};\n",
      filename: 'src/lib/handleToken.js',
      errors: [
        { messageId: 'cookie', line: 5, column: 21, data: { what: 'The credential `accessToken`', how: 'nookies set()' }, suggestions: [{ messageId: 'useServerCookie', output: "import nookies from 'nookies';\nimport { api } from './api';\nexport const saveTokens = (accessToken, refreshToken) => {\n  api.defaults.headers.Authorization = `Bearer ${accessToken}`;\n  " + POST('accessToken') + ";\n  nookies.set(undefined, 'refreshToken', refreshToken, { maxAge: 3600 * 24 * 30 });\n};\n" }] },
        { messageId: 'cookie', line: 6, column: 26, data: { what: 'The credential `refreshToken`', how: 'nookies set()' }, suggestions: [{ messageId: 'useServerCookie', output: "import nookies from 'nookies';\nimport { api } from './api';\nexport const saveTokens = (accessToken, refreshToken) => {\n  api.defaults.headers.Authorization = `Bearer ${accessToken}`;\n  nookies.set(null, 'accessToken', accessToken);\n  " + POST('refreshToken') + ";\n};\n" }] },
      ],
    },
    // cookies-next in a lib module without the request context (shorturl-next14-app's load-token.ts): only the browser writes it.
    {
      code: "import { setCookie } from 'cookies-next';\nimport api from '../api';\nexport const saveSession = async (token: string) => {\n  setCookie('auth', token, { path: '/', secure: window.location.protocol === 'https:', sameSite: 'strict' });\n  api.defaults.headers.common.Authorization = token;\n};\n",
      filename: 'src/lib/services/save-session.ts',
      errors: [{ messageId: 'cookie', line: 4, column: 13, data: { what: 'The credential `token`', how: 'cookies-next setCookie()' }, suggestions: [{ messageId: 'useServerCookie', output: "import { setCookie } from 'cookies-next';\nimport api from '../api';\nexport const saveSession = async (token: string) => {\n  " + POST('token', 'await') + ";\n  api.defaults.headers.common.Authorization = token;\n};\n" }] }],
    },
    {
      code: "import { setCookie } from 'cookies-next';\nexport function rememberToken(accessToken: string) {\n  setCookie('access_token', accessToken);\n}\n",
      filename: FILES.lib,
      errors: [{ messageId: 'cookie', line: 3, column: 13, data: { what: 'The credential `access_token`', how: 'cookies-next setCookie()' }, suggestions: [{ messageId: 'useServerCookie', output: "import { setCookie } from 'cookies-next';\nexport function rememberToken(accessToken: string) {\n  " + POST('accessToken') + ";\n}\n" }] }],
    },
    {
      code: "'use client';\nimport { setCookie } from 'cookies-next';\nsetCookie('refreshToken', r);",
      filename: 'app/login/form.tsx',
      errors: [{ messageId: 'cookie', line: 3, suggestions: [{ messageId: 'useServerCookie', output: `'use client';\nimport { setCookie } from 'cookies-next';\n${POST('r')};` }] }],
    },
    // useLocalStorage hooks.
    {
      code: "const [pw, setPw] = useLocalStorage<string>('password_setup');",
      filename: FILES.component,
      errors: [{ messageId: 'storage', line: 1, column: 45 }],
    },
    // The same hook given the id a server response holds is reported.
    {
      code: "'use client';\nimport { useEffect } from 'react';\nimport { useLocalStorage } from '@/hooks/use-local-storage';\n\nexport function AssessmentFlow() {\n  const [sessionId, setSessionId] = useLocalStorage('assessment-session-id', '');\n  useEffect(() => {\n    if (!sessionId) {\n      fetch('/api/assessment/session', { method: 'POST' }).then((r) => r.json()).then((data) => setSessionId(data.sessionId));\n    }\n  }, [sessionId, setSessionId]);\n  return null;\n}\n",
      filename: FILES.component,
      errors: [{ messageId: 'storage', line: 6, column: 53, data: { what: 'The credential `assessment-session-id`', storage: 'localStorage' } }],
    },
    // Twin: the settings page that takes the setter writes what the user typed.
    {
      code: "'use client';\nimport { useLocalStorage } from '@/hooks/use-local-storage';\n\nexport default function Settings() {\n  const [openaiApiKey, setOpenaiApiKey] = useLocalStorage<string>('lg:settings:openaiApiKey', '');\n  return <input value={openaiApiKey} onChange={(e) => setOpenaiApiKey(e.target.value)} />;\n}\n",
      filename: FILES.component,
      errors: [{ messageId: 'storage', line: 5, column: 67, data: { what: 'The credential `lg:settings:openaiApiKey`', storage: 'localStorage' } }],
    },
    {
      code: "const [token, setToken] = useLocalStorage('auth_token', '');",
      filename: FILES.component,
      errors: [{ messageId: 'storage' }],
    },
    // Options: extra names and the suggestion's route.
    {
      code: "localStorage.setItem('magic', m);",
      filename: FILES.component,
      options: [{ credentialNames: ['^magic$'], sessionRoute: '/api/auth/cookie' }],
      errors: [
        {
          messageId: 'storage',
          suggestions: [
            {
              messageId: 'useServerCookie',
              data: { route: '/api/auth/cookie' },
              output: `${POST('m').replace('/api/session', '/api/auth/cookie')};`,
            },
          ],
        },
      ],
    },
  ],
});
