import { describe, expect, it } from 'vitest';
import { lintText, ruleMetas } from '../../src/core/lint-core';
import { analyzeMiddleware, localImports, matcherFolders, pathPatternToRegExp, routeFileGlob, routeFolder, routeFolderGlob, routeUrlPath, samplePaths, type ModuleResolver } from '../../src/core/middleware-routes';
import { eslintConfigLine, findAppMiddleware, mergeProtectedRoute, moduleCandidates, trustActionTitle, trustFolderActionTitle } from '../../src/core/middleware-trust';
import { readSettings, rulesFromSettings, type EffectiveRules } from '../../src/core/settings';
import { nodeFs, tempTree } from './helpers';

// Middleware shapes minimised from public Next.js apps (renamed), and the traps next to them: a middleware
// that protects nothing for the route must never be reported as protecting it.

/** Whether the middleware protects each route file: `{ file: boolean }`. */
function verdicts(text: string, files: readonly string[], resolve?: ModuleResolver, filename = 'middleware.ts'): Record<string, boolean> | undefined {
  const a = analyzeMiddleware(text, filename, resolve);
  if (!a) return undefined;
  return Object.fromEntries(files.map((f) => [f, a.protects(f)]));
}

const CLERK_MATCHER = `export const config = {
  matcher: ['/((?!.*\\\\..*|_next).*)', '/', '/(api|trpc)(.*)'],
};`;

describe('routeUrlPath', () => {
  it('maps App Router and Pages API route files to their URL paths', () => {
    expect(routeUrlPath('app/api/lessons/route.ts')).toBe('/api/lessons');
    expect(routeUrlPath('src/app/(dashboard)/api/items/[itemId]/route.ts')).toBe('/api/items/[itemId]');
    expect(routeUrlPath('app/api/files/[...path]/route.js')).toBe('/api/files/[...path]');
    expect(routeUrlPath('app/route.ts')).toBe('/');
    expect(routeUrlPath('pages/api/users/index.ts')).toBe('/api/users');
    expect(routeUrlPath('src/pages/api/users/[id].ts')).toBe('/api/users/[id]');
  });

  it('answers nothing for files that are not routes', () => {
    expect(routeUrlPath('app/_lib/route.ts')).toBeUndefined();
    expect(routeUrlPath('app/(.)photo/route.ts')).toBeUndefined();
    expect(routeUrlPath('app/dashboard/page.tsx')).toBeUndefined();
    expect(routeUrlPath('app/actions.ts')).toBeUndefined();
    expect(routeUrlPath('pages/index.tsx')).toBeUndefined();
    expect(routeUrlPath('pages/api/_helpers.ts')).toBeUndefined();
  });
});

describe('pathPatternToRegExp (path-to-regexp 6, as Next.js compiles config.matcher)', () => {
  const m = (pattern: string, path: string) => pathPatternToRegExp(pattern)?.test(path);
  it('follows named parameters, modifiers and regex groups', () => {
    expect(m('/dashboard/:path*', '/dashboard')).toBe(true);
    expect(m('/dashboard/:path*', '/dashboard/a/b')).toBe(true);
    expect(m('/dashboard/:path*', '/dashboards')).toBe(false);
    expect(m('/app/:path', '/app/a/b')).toBe(false);
    expect(m('/app/:path', '/app/a')).toBe(true);
    expect(m('/(api|trpc)(.*)', '/api/lessons')).toBe(true);
    expect(m('/(api|trpc)(.*)', '/apix')).toBe(true);
    expect(m('/api/:path((?!auth).*)', '/api/auth/session')).toBe(false);
    expect(m('/api/:path((?!auth).*)', '/api/notes')).toBe(true);
    expect(m('/sign-in(.*)', '/sign-in/factor-one')).toBe(true);
    expect(m('/api/', '/api')).toBe(false);
  });
  it('the default matchers exclude what they say', () => {
    const dflt = '/((?!api|_next/static|_next/image|favicon.ico).*)';
    expect(m(dflt, '/api/notes')).toBe(false);
    expect(m(dflt, '/dashboard')).toBe(true);
    const clerk = '/((?!_next|[^?]*\\.(?:html?|css|js(?!on)|jpe?g|webp|png|gif|svg|ttf|woff2?|ico|csv|docx?|xlsx?|zip|webmanifest)).*)';
    expect(m(clerk, '/dashboard')).toBe(true);
    expect(m(clerk, '/export.csv')).toBe(false);
  });
  it('answers nothing for patterns path-to-regexp 6 rejects', () => {
    expect(pathPatternToRegExp('/api/*')).toBeUndefined();
    expect(pathPatternToRegExp('/api/(foo(bar))')).toBeUndefined();
    expect(pathPatternToRegExp('/api{/:id}?')).toBeUndefined();
  });
});

describe('samplePaths', () => {
  it('gives a dynamic segment the values the middleware names inside it', () => {
    expect(samplePaths('/api/users/[id]', ['/api/users/me', '/login'])).toEqual(['/api/users/prodready-sample', '/api/users/me']);
    expect(samplePaths('/api/[[...slug]]', [])).toEqual(['/api/prodready-sample', '/api/prodready-sample/prodready-sample', '/api']);
  });
});

describe('analyzeMiddleware: Clerk', () => {
  it('clerkMiddleware protecting everything but a public list (Languify-like)', () => {
    const text = `import { clerkMiddleware, createRouteMatcher } from "@clerk/nextjs/server";
const isPublicRoute = createRouteMatcher(["/", "/api/webhook/stripe"]);
export default clerkMiddleware((auth, req) => {
  if (!isPublicRoute(req)) auth().protect();
});
${CLERK_MATCHER}`;
    expect(verdicts(text, ['app/api/lessons/route.ts', 'app/api/lessons/[lessonId]/route.ts', 'app/api/webhook/stripe/route.ts'])).toEqual({
      'app/api/lessons/route.ts': true,
      'app/api/lessons/[lessonId]/route.ts': true,
      'app/api/webhook/stripe/route.ts': false,
    });
    expect(analyzeMiddleware(text, 'middleware.ts')?.library).toBe('Clerk');
  });

  it('await auth.protect() after early returns for public routes', () => {
    const text = `import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server';
const isPublicRoute = createRouteMatcher(['/', '/sign-in(.*)', '/api/webhooks(.*)']);
export default clerkMiddleware(async (auth, req) => {
  if (isPublicRoute(req)) return;
  await auth.protect();
});`;
    expect(verdicts(text, ['src/app/api/notes/route.ts', 'src/app/api/webhooks/clerk/route.ts'])).toEqual({
      'src/app/api/notes/route.ts': true,
      'src/app/api/webhooks/clerk/route.ts': false,
    });
  });

  it('a protected-route list that leaves the API out (blethershot-like) protects only what it lists', () => {
    const text = `import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server'
const isProtectedRoute = createRouteMatcher(["/settings(.*)", "/api/private(.*)"]);
export default clerkMiddleware(async (auth, req) => {
  if (isProtectedRoute(req)) await auth.protect()
})`;
    expect(verdicts(text, ['src/app/api/posts/route.ts', 'src/app/api/private/keys/route.ts'])).toEqual({
      'src/app/api/posts/route.ts': false,
      'src/app/api/private/keys/route.ts': true,
    });
  });

  it('a public path inside a dynamic segment keeps that route unprotected', () => {
    const text = `import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server';
const isPublicRoute = createRouteMatcher(['/api/users/me']);
export default clerkMiddleware(async (auth, req) => {
  if (!isPublicRoute(req)) await auth.protect();
});`;
    expect(verdicts(text, ['app/api/users/[id]/route.ts', 'app/api/orders/[id]/route.ts'])).toEqual({
      'app/api/users/[id]/route.ts': false,
      'app/api/orders/[id]/route.ts': true,
    });
  });

  it('redirectToSignIn() from auth() when there is no userId', () => {
    const text = `import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server';
const isPublic = createRouteMatcher(['/']);
export default clerkMiddleware(async (auth, req) => {
  const { userId, redirectToSignIn } = await auth();
  if (!userId && !isPublic(req)) return redirectToSignIn();
});`;
    expect(verdicts(text, ['app/api/a/route.ts'])).toEqual({ 'app/api/a/route.ts': true });
  });

  it('req.url is the absolute URL: a path prefix test on it is never true (chat-with-pdf-like)', () => {
    const text = `import { clerkMiddleware, createRouteMatcher } from "@clerk/nextjs/server";
const isProtectedRoute = createRouteMatcher(["/api/(.*)"]);
export default clerkMiddleware((auth, req) => {
  if (isProtectedRoute(req)) {
    if (req.url.startsWith("/api/webhook")) {
      return;
    }
    auth().protect();
  }
});
${CLERK_MATCHER}`;
    expect(verdicts(text, ['src/app/api/chat/route.ts', 'src/app/api/webhook/route.ts'])).toEqual({
      'src/app/api/chat/route.ts': true,
      'src/app/api/webhook/route.ts': true,
    });
    // What the URL holds besides its path is not known: `req.url.includes('webhook')` may be true anywhere.
    const includes = text.replace('req.url.startsWith("/api/webhook")', 'req.url.includes("webhook")');
    expect(verdicts(includes, ['src/app/api/chat/route.ts'])).toEqual({ 'src/app/api/chat/route.ts': false });
  });

  it('clerkMiddleware() with no handler protects nothing', () => {
    const text = `import { clerkMiddleware } from '@clerk/nextjs/server';
export default clerkMiddleware();
${CLERK_MATCHER}`;
    expect(analyzeMiddleware(text, 'middleware.ts')).toBeUndefined();
  });

  it('authMiddleware: everything but publicRoutes and ignoredRoutes; not with afterAuth', () => {
    const text = `import { authMiddleware } from "@clerk/nextjs";
export default authMiddleware({ publicRoutes: ["/", "/api/webhook"], ignoredRoutes: ["/api/cron(.*)"] });
${CLERK_MATCHER}`;
    expect(verdicts(text, ['app/api/tasks/route.ts', 'app/api/webhook/route.ts', 'app/api/cron/daily/route.ts'])).toEqual({
      'app/api/tasks/route.ts': true,
      'app/api/webhook/route.ts': false,
      'app/api/cron/daily/route.ts': false,
    });
    const after = `import { authMiddleware } from "@clerk/nextjs";
export default authMiddleware({ publicRoutes: ["/"], afterAuth(auth, req) { return; } });`;
    expect(analyzeMiddleware(after, 'middleware.ts')).toBeUndefined();
  });

  it('a catch around auth.protect() swallows the refusal', () => {
    const text = `import { clerkMiddleware } from '@clerk/nextjs/server';
export default clerkMiddleware(async (auth) => {
  try {
    await auth.protect();
  } catch (e) {
    console.error(e);
  }
});`;
    expect(verdicts(text, ['app/api/a/route.ts'])).toEqual({ 'app/api/a/route.ts': false });
  });
});

describe('analyzeMiddleware: next-auth and Auth.js', () => {
  it('next-auth/middleware re-exported with a matcher protects the matched API paths only', () => {
    const text = `export { default } from "next-auth/middleware";
export const config = { matcher: ["/dashboard/:path*", "/api/todos/:path*"] };`;
    expect(verdicts(text, ['app/api/todos/route.ts', 'app/api/todos/[id]/route.ts', 'app/api/health-data/route.ts'])).toEqual({
      'app/api/todos/route.ts': true,
      'app/api/todos/[id]/route.ts': true,
      'app/api/health-data/route.ts': false,
    });
  });

  it("withAuth lets its own sign-in page's paths through", () => {
    const text = `import { withAuth } from "next-auth/middleware";
export default withAuth({ pages: { signIn: "/api/login" } });`;
    expect(verdicts(text, ['app/api/login/route.ts', 'app/api/login-history/route.ts', 'app/api/notes/route.ts'])).toEqual({
      'app/api/login/route.ts': false,
      'app/api/login-history/route.ts': false,
      'app/api/notes/route.ts': true,
    });
  });

  it('withAuth whose matcher excludes /api (DocVal-like) protects no API route', () => {
    const text = `import { withAuth } from "next-auth/middleware";
export default withAuth({
  pages: { signIn: "/auth/signin" },
  callbacks: { authorized: ({ token }) => Boolean(token) },
});
export const config = {
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico|auth).*)"],
};`;
    expect(verdicts(text, ['app/api/documents/route.ts'])).toEqual({ 'app/api/documents/route.ts': false });
  });

  it('withAuth: an authorized callback that requires a role, or lets every API path through', () => {
    const admin = `import { withAuth } from "next-auth/middleware";
export default withAuth(function middleware(req) {}, { callbacks: { authorized: ({ token }) => token?.role === "admin" } });
export const config = { matcher: ["/api/admin/:path*"] };`;
    expect(verdicts(admin, ['app/api/admin/users/route.ts'])).toEqual({ 'app/api/admin/users/route.ts': true });
    const partial = `import { withAuth } from "next-auth/middleware";
export default withAuth({
  callbacks: {
    authorized: ({ req, token }) => {
      if (!token && req.nextUrl.pathname.startsWith('/account')) return false;
      return true;
    },
  },
});`;
    expect(verdicts(partial, ['app/api/orders/route.ts', 'app/account/export/route.ts'])).toEqual({
      'app/api/orders/route.ts': false,
      'app/account/export/route.ts': true,
    });
  });

  it('getToken() enforced only for pages while the matcher runs it for API paths (routopia-like)', () => {
    const lax = `import { NextResponse } from 'next/server'
import { getToken } from 'next-auth/jwt'
export async function middleware(request) {
  const token = await getToken({ req: request })
  if (request.nextUrl.pathname.startsWith('/dashboard')) {
    if (!token) return NextResponse.redirect(new URL('/api/auth/signin', request.url))
  }
  return NextResponse.next()
}
export const config = { matcher: ['/dashboard/:path*', '/api/activities/:path*'] }`;
    expect(verdicts(lax, ['src/app/api/activities/route.ts'])).toEqual({ 'src/app/api/activities/route.ts': false });
    // The twin that refuses every signed-out request it runs for.
    const strict = lax.replace("if (request.nextUrl.pathname.startsWith('/dashboard')) {\n    if (!token)", "{\n    if (!token)");
    expect(verdicts(strict, ['src/app/api/activities/route.ts', 'src/app/api/weather/route.ts'])).toEqual({
      'src/app/api/activities/route.ts': true,
      'src/app/api/weather/route.ts': false,
    });
  });

  it('Auth.js auth((req) => ...) with req.auth, an API 401 and a page redirect', () => {
    const text = `import { auth } from "@/lib/auth";
import { NextResponse } from "next/server";
export default auth((req) => {
  if (!req.auth) {
    if (req.nextUrl.pathname.startsWith("/api")) {
      return new Response("Unauthorized", { status: 401 });
    }
    return Response.redirect(new URL("/api/auth/signin", req.nextUrl.origin));
  }
  return NextResponse.next();
});
export const config = { matcher: ["/((?!api/auth|_next/static|_next/image|favicon.ico).*)"] };`;
    expect(verdicts(text, ['app/api/jobs/route.ts', 'app/api/auth/[...nextauth]/route.ts'])).toEqual({
      'app/api/jobs/route.ts': true,
      'app/api/auth/[...nextauth]/route.ts': false,
    });
    expect(analyzeMiddleware(text, 'middleware.ts')?.library).toBe('Auth.js');
  });

  it('Auth.js flags in variables: isLoggedIn and isApiRoute', () => {
    const text = `import { auth } from '@/auth';
export default auth((req) => {
  const isLoggedIn = !!req.auth;
  const isApiRoute = req.nextUrl.pathname.startsWith('/api');
  if (isApiRoute && !isLoggedIn) return Response.json({ error: 'unauthorized' }, { status: 401 });
});`;
    expect(verdicts(text, ['app/api/notes/route.ts'])).toEqual({ 'app/api/notes/route.ts': true });
  });

  it('routes lists imported from the app (the Auth.js tutorial shape) are read through the resolver', () => {
    const routes = `export const publicRoutes = ["/", "/api/uploadthing"];
export const authRoutes = ["/auth/login"];
export const apiAuthPrefix = "/api/auth";`;
    const text = `import NextAuth from "next-auth";
import authConfig from "@/auth.config";
import { apiAuthPrefix, authRoutes, publicRoutes } from "@/routes";
const { auth } = NextAuth(authConfig);
export default auth((req) => {
  const { nextUrl } = req;
  const isLoggedIn = !!req.auth;
  const isApiAuthRoute = nextUrl.pathname.startsWith(apiAuthPrefix);
  const isPublicRoute = publicRoutes.includes(nextUrl.pathname);
  const isAuthRoute = authRoutes.includes(nextUrl.pathname);
  if (isApiAuthRoute) return null;
  if (isAuthRoute) {
    if (isLoggedIn) return Response.redirect(new URL("/settings", nextUrl));
    return null;
  }
  if (!isLoggedIn && !isPublicRoute) return Response.redirect(new URL("/auth/login", nextUrl));
  return null;
});
${CLERK_MATCHER}`;
    const resolve: ModuleResolver = (_from, spec) => (spec === '@/routes' ? { file: 'routes.ts', text: routes } : undefined);
    expect(verdicts(text, ['app/api/admin/route.ts', 'app/api/uploadthing/route.ts', 'app/api/auth/[...nextauth]/route.ts'], resolve)).toEqual({
      'app/api/admin/route.ts': true,
      'app/api/uploadthing/route.ts': false,
      'app/api/auth/[...nextauth]/route.ts': false,
    });
    // Without the module the lists are unknown: nothing is claimed.
    expect(verdicts(text, ['app/api/admin/route.ts'])).toEqual({ 'app/api/admin/route.ts': false });
  });

  it('auth re-exported as the middleware leaves the decision to a config file: not followed', () => {
    expect(analyzeMiddleware(`export { auth as middleware } from "@/auth";`, 'middleware.ts')).toBeUndefined();
    expect(analyzeMiddleware(`import NextAuth from 'next-auth';\nimport { authConfig } from './auth.config';\nexport default NextAuth(authConfig).auth;`, 'middleware.ts')).toBeUndefined();
  });

  it('auth() called but never enforced', () => {
    const text = `import { auth } from "@/auth";
import { NextResponse } from "next/server";
export async function middleware(req) {
  const session = await auth();
  const res = NextResponse.next();
  res.headers.set("x-user", session?.user?.id ?? "anonymous");
  return res;
}`;
    expect(verdicts(text, ['app/api/a/route.ts'])).toEqual({ 'app/api/a/route.ts': false });
  });
});

describe('analyzeMiddleware: Supabase and hand-written checks', () => {
  const UPDATE_SESSION = `import { createServerClient } from '@supabase/ssr'
import { NextResponse } from 'next/server'
export async function updateSession(request) {
  let supabaseResponse = NextResponse.next({ request })
  const supabase = createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY, {
    cookies: {
      getAll() { return request.cookies.getAll() },
      setAll(cookiesToSet) { cookiesToSet.forEach(({ name, value }) => request.cookies.set(name, value)) },
    },
  })
  const { data: { user } } = await supabase.auth.getUser()
  if (!user && !request.nextUrl.pathname.startsWith('/login') && !request.nextUrl.pathname.startsWith('/auth')) {
    const url = request.nextUrl.clone()
    url.pathname = '/login'
    return NextResponse.redirect(url)
  }
  return supabaseResponse
}`;
  const MIDDLEWARE = `import { updateSession } from '@/utils/supabase/middleware'
export async function middleware(request) {
  return await updateSession(request)
}
export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|.*\\\\.(?:svg|png|jpg|jpeg|gif|webp)$).*)'],
}`;
  const resolve: ModuleResolver = (_from, spec) => (spec === '@/utils/supabase/middleware' ? { file: 'utils/supabase/middleware.ts', text: UPDATE_SESSION } : undefined);

  it("updateSession's getUser() redirect protects every API path but its exceptions", () => {
    expect(verdicts(MIDDLEWARE, ['app/api/notes/route.ts', 'app/auth/confirm/route.ts'], resolve)).toEqual({
      'app/api/notes/route.ts': true,
      'app/auth/confirm/route.ts': false,
    });
    expect(analyzeMiddleware(MIDDLEWARE, 'middleware.ts', resolve)?.library).toBe('Supabase');
    // Not read: not followed.
    expect(analyzeMiddleware(MIDDLEWARE, 'middleware.ts')).toBeUndefined();
  });

  it('an updateSession that lets API paths through first (auto-editor-like) protects no API route', () => {
    const bypass = UPDATE_SESSION.replace('  let supabaseResponse', "  if (request.nextUrl.pathname.startsWith('/api/')) return NextResponse.next()\n  let supabaseResponse");
    const r: ModuleResolver = (_from, spec) => (spec === '@/utils/supabase/middleware' ? { file: 'utils/supabase/middleware.ts', text: bypass } : undefined);
    expect(verdicts(MIDDLEWARE, ['app/api/notes/route.ts', 'app/dashboard/export/route.ts'], r)).toEqual({
      'app/api/notes/route.ts': false,
      'app/dashboard/export/route.ts': true,
    });
  });

  it("the service's env vars are set; a flag that turns auth off may be", () => {
    const guarded = UPDATE_SESSION.replace('  let supabaseResponse', "  if (!process.env.NEXT_PUBLIC_SUPABASE_URL) return NextResponse.next()\n  let supabaseResponse");
    const flag = UPDATE_SESSION.replace('  let supabaseResponse', "  if (!process.env.ENABLE_AUTH) return NextResponse.next()\n  let supabaseResponse");
    const run = (text: string) => verdicts(MIDDLEWARE, ['app/api/notes/route.ts'], (_from, spec) => (spec === '@/utils/supabase/middleware' ? { file: 'utils/supabase/middleware.ts', text } : undefined));
    expect(run(guarded)).toEqual({ 'app/api/notes/route.ts': true });
    expect(run(flag)).toEqual({ 'app/api/notes/route.ts': false });
  });

  it('a protected-prefix list checked with some() (auto-editor-like)', () => {
    const text = `import { NextResponse } from 'next/server'
import { createServerClient } from '@supabase/ssr'
const protectedRoutes = ['/generate']
export async function middleware(request) {
  const { pathname } = request.nextUrl
  const isProtectedRoute = protectedRoutes.some(route => pathname.startsWith(route))
  if (isProtectedRoute) {
    const supabase = createServerClient(process.env.URL, process.env.KEY, { cookies: {} })
    const { data: { user } } = await supabase.auth.getUser()
    if (!user) return NextResponse.redirect(new URL('/login', request.url))
  }
  return NextResponse.next()
}
export const config = { matcher: ['/generate', '/generate/:path*', '/api/:path*'] }`;
    expect(verdicts(text, ['app/generate/run/route.ts', 'app/api/render/route.ts'])).toEqual({
      'app/generate/run/route.ts': true,
      'app/api/render/route.ts': false,
    });
  });

  it("a public-prefix list holding '/' makes every path public (dabao-like); a helper whose value is dropped is followed", () => {
    const text = `import { NextResponse } from 'next/server';
import { createClient } from '@/lib/supabase/server';
let initialized = false;
const PUBLIC_PATHS = ['/login', '/api/auth', '/'];
async function initOnce() {
  if (initialized) return;
  initialized = true;
}
export async function middleware(request) {
  await initOnce();
  const { pathname } = request.nextUrl;
  if (PUBLIC_PATHS.some((p) => pathname.startsWith(p))) return NextResponse.next();
  const supabase = await createClient();
  const { data: { session } } = await supabase.auth.getSession();
  if (!session) return NextResponse.redirect(new URL('/login', request.url));
  return NextResponse.next();
}`;
    expect(verdicts(text, ['src/app/api/projects/route.ts'])).toEqual({ 'src/app/api/projects/route.ts': false });
    // The twin without '/': every other path is refused.
    const twin = text.replace(", '/']", ']').replace('supabase.auth.getSession()', 'supabase.auth.getUser()').replace('data: { session }', 'data: { user: session }');
    expect(verdicts(twin, ['src/app/api/projects/route.ts', 'src/app/api/auth/user/route.ts'])).toEqual({
      'src/app/api/projects/route.ts': true,
      'src/app/api/auth/user/route.ts': false,
    });
    // getSession() reads the cookie without verifying it: a forged one passes.
    expect(verdicts(text.replace(", '/']", ']'), ['src/app/api/projects/route.ts'])).toEqual({ 'src/app/api/projects/route.ts': false });
  });

  it('a JWT verified with jose, refused in the catch', () => {
    const text = `import { NextResponse } from 'next/server';
import { jwtVerify } from 'jose';
export async function middleware(req) {
  const token = req.cookies.get('session')?.value;
  if (!token) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  try {
    await jwtVerify(token, new TextEncoder().encode(process.env.JWT_SECRET));
    return NextResponse.next();
  } catch {
    return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  }
}
export const config = { matcher: '/api/private/:path*' };`;
    expect(verdicts(text, ['app/api/private/report/route.ts', 'app/api/public/route.ts'])).toEqual({
      'app/api/private/report/route.ts': true,
      'app/api/public/route.ts': false,
    });
  });

  it("a cookie's presence is not authentication", () => {
    const text = `import { NextResponse } from 'next/server';
import { getToken } from 'next-auth/jwt';
export function middleware(req) {
  const token = req.cookies.get('token')?.value;
  if (!token) return NextResponse.redirect(new URL('/login', req.url));
  return NextResponse.next();
}
export const config = { matcher: ['/api/:path*'] };`;
    expect(verdicts(text, ['app/api/a/route.ts'])).toBeUndefined();
  });

  it('i18n redirects and security headers are not authentication', () => {
    const intl = `import createMiddleware from 'next-intl/middleware';
export default createMiddleware({ locales: ['en', 'de'], defaultLocale: 'en' });
export const config = { matcher: ['/((?!api|_next|.*\\\\..*).*)'] };`;
    expect(analyzeMiddleware(intl, 'middleware.ts')).toBeUndefined();
    const headers = `import { NextResponse } from 'next/server';
export function middleware(request) {
  const res = NextResponse.next();
  res.headers.set('X-Frame-Options', 'DENY');
  if (request.nextUrl.pathname.startsWith('/api')) res.headers.set('Cache-Control', 'no-store');
  return res;
}`;
    expect(analyzeMiddleware(headers, 'middleware.ts')).toBeUndefined();
  });

  it('a config exported later, or not static, is not followed', () => {
    const text = `import { clerkMiddleware } from '@clerk/nextjs/server';
export default clerkMiddleware(async (auth) => { await auth.protect(); });
const config = { matcher: ['/dashboard/:path*'] };
export { config };`;
    expect(analyzeMiddleware(text, 'middleware.ts')).toBeUndefined();
  });

  it('does not throw on half-typed code', () => {
    expect(analyzeMiddleware('export default clerkMiddleware((auth, req) => { if (', 'middleware.ts')).toBeUndefined();
    expect(analyzeMiddleware('', 'middleware.ts')).toBeUndefined();
  });
});

describe('the protectedRoutes entry', () => {
  const rules: EffectiveRules = { rules: { 'require-route-auth': { severity: 'warning', options: [] } }, helperModules: {}, source: 'settings' };
  const ROUTE = `import { prisma } from '@/lib/db';
export async function DELETE(req: Request) {
  const { id } = await req.json();
  await prisma.item.delete({ where: { id } });
  return Response.json({ ok: true });
}
`;
  it("the glob of a route file with groups and dynamic segments matches it in the rule's option", () => {
    const file = 'src/app/(app)/api/items/[itemId]/route.ts';
    const glob = routeFileGlob(file);
    expect(glob).toBe('src/app/\\(app\\)/api/items/\\[itemId\\]/route.ts');
    const lint = (protectedRoutes: string[]) =>
      lintText({ text: ROUTE, filename: `/repo/${file}`, cwd: '/repo', rules: { ...rules, rules: { 'require-route-auth': { severity: 'warning', options: [{ protectedRoutes }] } } } }).messages.length;
    expect(lint([])).toBe(1);
    expect(lint([glob])).toBe(0);
    // Only that file.
    expect(lintText({ text: ROUTE, filename: '/repo/src/app/(app)/api/items/[otherId]/route.ts', cwd: '/repo', rules: { ...rules, rules: { 'require-route-auth': { severity: 'warning', options: [{ protectedRoutes: [glob] }] } } } }).messages).toHaveLength(1);
  });

  it('merges into the settings, keeping every other rule, severity and option', () => {
    const scope = { 'no-redis-keys': 'error', 'require-route-auth': { severity: 'error', options: [{ publicRoutes: ['app/api/og/**'], protectedRoutes: ['app/api/a/route.ts'] }] } };
    const read = (raw: unknown) => readSettings((key) => (key === 'rules' ? raw : undefined)).rules['require-route-auth'];
    expect(mergeProtectedRoute(scope, read(scope), 'app/api/b/route.ts')).toEqual({
      'no-redis-keys': 'error',
      'require-route-auth': { severity: 'error', options: [{ publicRoutes: ['app/api/og/**'], protectedRoutes: ['app/api/a/route.ts', 'app/api/b/route.ts'] }] },
    });
    // The entry only set at user level is carried into the workspace's value.
    expect(mergeProtectedRoute(undefined, read({ 'prodready/require-route-auth': ['warn', { checkServerActions: false }] }), 'x')).toEqual({
      'require-route-auth': { severity: 'warning', options: [{ checkServerActions: false, protectedRoutes: ['x'] }] },
    });
    // The scope's own entry keeps its form.
    expect(mergeProtectedRoute({ 'prodready/require-route-auth': ['error', { checkServerActions: false }] }, undefined, 'x')).toEqual({
      'prodready/require-route-auth': ['error', { checkServerActions: false, protectedRoutes: ['x'] }],
    });
    expect(mergeProtectedRoute({ 'require-route-auth': 'warn' }, undefined, 'x')).toEqual({ 'require-route-auth': { severity: 'warning', options: [{ protectedRoutes: ['x'] }] } });
    expect(mergeProtectedRoute({}, undefined, 'x')).toEqual({ 'require-route-auth': { severity: 'default', options: [{ protectedRoutes: ['x'] }] } });
    // Adding twice adds once.
    const once = mergeProtectedRoute({}, undefined, 'x');
    expect(mergeProtectedRoute(once, read(once), 'x')).toEqual(once);
  });

  it('the merged settings, read back by the settings reader, silence the route and keep the rest', () => {
    const file = 'app/api/items/[itemId]/route.ts';
    const before = { 'no-redis-keys': 'error', 'require-route-auth': 'warn' };
    const after = mergeProtectedRoute(before, readSettings((key) => (key === 'rules' ? before : undefined)).rules['require-route-auth'], routeFileGlob(file));
    const effective = (raw: unknown) => rulesFromSettings(readSettings((key) => (key === 'rules' ? raw : undefined)), ruleMetas());
    const lint = (raw: unknown) => lintText({ text: ROUTE, filename: `/repo/${file}`, cwd: '/repo', rules: effective(raw), onlyRules: ['require-route-auth'] }).messages.length;
    expect(lint(before)).toBe(1);
    expect(lint(after)).toBe(0);
    expect(effective(after).rules['no-redis-keys']?.severity).toBe('error');
    expect(effective(after).rules['require-route-auth']?.severity).toBe('warning');
  });

  it('the eslint.config line keeps the level and options', () => {
    expect(eslintConfigLine('error', [{ publicRoutes: ['app/api/og/**'] }], 'app/api/b/route.ts')).toBe(
      `'prodready/require-route-auth': ['error', {"publicRoutes":["app/api/og/**"],"protectedRoutes":["app/api/b/route.ts"]}],`,
    );
    expect(trustActionTitle('src/middleware.ts', 'src/app/api/b/route.ts', false)).toBe('Trust src/middleware.ts: treat src/app/api/b/route.ts as protected');
  });
});

describe('findAppMiddleware', () => {
  it("finds src/middleware.ts for a src/app app and follows its helper module through the '@/' alias", async () => {
    const root = tempTree({
      'package.json': '{}',
      'tsconfig.json': '{ "compilerOptions": { "paths": { "@/*": ["./src/*"] } } }',
      'src/app/api/notes/route.ts': 'export async function GET() {}',
      'src/middleware.ts': `import { guard } from '@/lib/guard';\nexport async function middleware(req) { return guard(req); }\nexport const config = { matcher: ['/api/:path*'] };`,
      'src/lib/guard.ts': `import { NextResponse } from 'next/server';\nimport { getToken } from 'next-auth/jwt';\nexport async function guard(req) {\n  const token = await getToken({ req });\n  if (!token) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });\n  return NextResponse.next();\n}\n`,
      // Next.js ignores a root middleware when the app lives in src/.
      'middleware.ts': `export function middleware() {}`,
    });
    const found = await findAppMiddleware(root, nodeFs);
    expect(found?.file).toBe('src/middleware.ts');
    expect(found?.analysis.protects('src/app/api/notes/route.ts')).toBe(true);
    expect(found?.analysis.protects('src/app/notes/route.ts')).toBe(false);
  });

  it('answers nothing when both middleware.ts and proxy.ts exist', async () => {
    const root = tempTree({
      'package.json': '{}',
      'middleware.ts': `export { default } from "next-auth/middleware";`,
      'proxy.ts': `export { default } from "next-auth/middleware";`,
    });
    expect(await findAppMiddleware(root, nodeFs)).toBeUndefined();
  });

  it('lists the local imports and their candidate files', () => {
    expect(localImports(`import { a } from './a';\nimport b from '@/lib/b';\nimport { NextResponse } from 'next/server';\nexport { c } from '../c';`)).toEqual(['./a', '@/lib/b', '../c']);
    expect(moduleCandidates('/app/src/middleware.ts', './lib/x')[0]).toBe('/app/src/lib/x.ts');
    expect(moduleCandidates('/app/src/middleware.ts', '@/lib/x', { prefix: '@/', dir: '/app/src' })[0]).toBe('/app/src/lib/x.ts');
    expect(moduleCandidates('/app/middleware.ts', 'next/server')).toEqual([]);
  });
});

// "Trust middleware.ts: treat every route under <folder>/ as protected": offered only when every path under the
// folder a matcher entry names is refused without a session. Shapes minimised from public apps (renamed).
describe('a whole folder the middleware protects', () => {
  /** `{ file: folder | undefined }` for each route file. */
  function folders(text: string, files: readonly string[], resolve?: ModuleResolver): Record<string, string | undefined> | undefined {
    const a = analyzeMiddleware(text, 'middleware.ts', resolve);
    if (!a) return undefined;
    return Object.fromEntries(files.map((f) => [f, a.protectedFolder(f)]));
  }

  it('maps a URL folder back to the route files folder, groups and src/ kept', () => {
    expect(routeFolder('app/api/admin/users/route.ts', '/api/admin')).toBe('app/api/admin');
    expect(routeFolder('app/api/admin/route.ts', '/api/admin')).toBe('app/api/admin');
    expect(routeFolder('src/app/(dashboard)/api/admin/items/[id]/route.ts', '/api/admin')).toBe('src/app/(dashboard)/api/admin');
    expect(routeFolder('app/api/(internal)/admin/x/route.ts', '/api/admin')).toBe('app/api/(internal)/admin');
    expect(routeFolder('src/pages/api/admin/stats.ts', '/api/admin')).toBe('src/pages/api/admin');
    // The file's folders do not spell the prefix.
    expect(routeFolder('app/api/[team]/x/route.ts', '/api/admin')).toBeUndefined();
    expect(routeFolder('pages/api/admin.ts', '/api/admin')).toBeUndefined();
    expect(routeFolder('app/api/adminx/route.ts', '/api/admin')).toBeUndefined();
    expect(routeFolderGlob('src/app/(dashboard)/api/admin')).toBe('src/app/\\(dashboard\\)/api/admin/**');
  });

  it("the folder glob covers every route file under it in the rule's option, and nothing beside it", () => {
    const glob = routeFolderGlob('src/app/(dashboard)/api/admin');
    const lint = (file: string) =>
      lintText({
        text: `import { db } from '@/lib/db';\nexport async function DELETE(req: Request) {\n  const { id } = await req.json();\n  await db.item.delete({ where: { id } });\n  return Response.json({ ok: true });\n}\n`,
        filename: `/repo/${file}`,
        cwd: '/repo',
        rules: { rules: { 'require-route-auth': { severity: 'warning', options: [{ protectedRoutes: [glob] }] } }, helperModules: {}, source: 'settings' },
      }).messages.length;
    expect(lint('src/app/(dashboard)/api/admin/route.ts')).toBe(0);
    expect(lint('src/app/(dashboard)/api/admin/items/[id]/route.ts')).toBe(0);
    expect(lint('src/app/(dashboard)/api/adminx/route.ts')).toBe(1);
    expect(lint('src/app/(dashboard)/api/items/route.ts')).toBe(1);
  });

  it("reads a matcher entry's own prefix, and nothing from single paths or named segments", () => {
    expect(matcherFolders('/api/admin/:path*')).toEqual(['/api/admin']);
    expect(matcherFolders('/api/admin(.*)')).toEqual(['/api/admin']);
    expect(matcherFolders('/(api|trpc)(.*)')).toEqual(['/api', '/trpc']);
    expect(matcherFolders('/:path*')).toEqual(['/']);
    expect(matcherFolders('/((?!api|_next/static|_next/image|favicon.ico).*)')).toEqual(['/']);
    expect(matcherFolders('/api/admin/users')).toEqual([]);
    expect(matcherFolders('/api/admin/:id')).toEqual([]);
    expect(matcherFolders('/api/admin/:path+')).toEqual([]);
    expect(matcherFolders('/api/:team/:path*')).toEqual([]);
    expect(matcherFolders('/api/:path((?!public).*)')).toEqual([]);
  });

  it('a getToken() check on every /api/admin path (uchi-no-uchiwa-like) trusts app/api/admin', () => {
    const text = `import { NextResponse } from 'next/server';
import { getToken } from 'next-auth/jwt';
export async function middleware(request) {
  if (request.nextUrl.pathname.startsWith('/api/admin')) {
    const token = await getToken({ req: request });
    if (!token) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  }
  return NextResponse.next();
}
export const config = { matcher: ['/api/admin/:path*'] };`;
    expect(folders(text, ['app/api/admin/orders/route.ts', 'app/api/admin/orders/[id]/route.ts', 'app/api/checkout/route.ts'])).toEqual({
      'app/api/admin/orders/route.ts': 'app/api/admin',
      'app/api/admin/orders/[id]/route.ts': 'app/api/admin',
      'app/api/checkout/route.ts': undefined,
    });
    // Trap: the check starts below the folder ('/api/admin/'), so /api/admin itself goes through unchecked.
    const below = text.replace("startsWith('/api/admin')", "startsWith('/api/admin/')");
    expect(verdicts(below, ['app/api/admin/orders/route.ts'])).toEqual({ 'app/api/admin/orders/route.ts': true });
    expect(folders(below, ['app/api/admin/orders/route.ts'])).toEqual({ 'app/api/admin/orders/route.ts': undefined });
  });

  it('Clerk protecting its matcher folder (forum-like), with groups and src/', () => {
    const text = `import { clerkMiddleware, createRouteMatcher } from "@clerk/nextjs/server";
const isProtectedRoute = createRouteMatcher(["/api/admin(.*)"]);
export default clerkMiddleware(async (auth, req) => {
  if (isProtectedRoute(req)) await auth.protect();
});
export const config = { matcher: ["/api/admin/:path*"] };`;
    expect(folders(text, ['src/app/api/admin/route.ts', 'src/app/(staff)/api/admin/posts/[id]/route.ts', 'src/app/api/data/route.ts'])).toEqual({
      'src/app/api/admin/route.ts': 'src/app/api/admin',
      'src/app/(staff)/api/admin/posts/[id]/route.ts': 'src/app/(staff)/api/admin',
      'src/app/api/data/route.ts': undefined,
    });
  });

  it('trap: a public exception inside the folder (a route matcher list, a regex, an includes) keeps it per route', () => {
    const listed = `import { clerkMiddleware, createRouteMatcher } from "@clerk/nextjs/server";
const isPublic = createRouteMatcher(["/sign-in(.*)", "/api/admin/login"]);
export default clerkMiddleware(async (auth, req) => {
  if (!isPublic(req)) await auth.protect();
});
export const config = { matcher: ["/api/admin/:path*", "/dashboard/:path*"] };`;
    expect(verdicts(listed, ['app/api/admin/users/route.ts', 'app/api/admin/login/route.ts'])).toEqual({ 'app/api/admin/users/route.ts': true, 'app/api/admin/login/route.ts': false });
    expect(folders(listed, ['app/api/admin/users/route.ts'])).toEqual({ 'app/api/admin/users/route.ts': undefined });
    // The same list without the exception inside the folder: the folder is offered.
    expect(folders(listed.replace(', "/api/admin/login"', ''), ['app/api/admin/users/route.ts'])).toEqual({ 'app/api/admin/users/route.ts': 'app/api/admin' });
    const regex = listed.replace('createRouteMatcher(["/sign-in(.*)", "/api/admin/login"])', 'createRouteMatcher([/^\\/sign-in/, /^\\/api\\/admin\\/hooks/])');
    expect(verdicts(regex, ['app/api/admin/users/route.ts'])).toEqual({ 'app/api/admin/users/route.ts': true });
    expect(folders(regex, ['app/api/admin/users/route.ts'])).toEqual({ 'app/api/admin/users/route.ts': undefined });
    const includes = `import { NextResponse } from 'next/server';
import { getToken } from 'next-auth/jwt';
export async function middleware(req) {
  if (req.nextUrl.pathname.includes('webhook')) return NextResponse.next();
  const token = await getToken({ req });
  if (!token) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  return NextResponse.next();
}
export const config = { matcher: ['/api/admin/:path*'] };`;
    expect(verdicts(includes, ['app/api/admin/users/route.ts'])).toEqual({ 'app/api/admin/users/route.ts': true });
    expect(folders(includes, ['app/api/admin/users/route.ts'])).toEqual({ 'app/api/admin/users/route.ts': undefined });
    // A regex the probes cannot stand for (`/api/admin/123/public`), a skip of every path with a dot, a named segment.
    const digits = includes.replace("req.nextUrl.pathname.includes('webhook')", 'req.nextUrl.pathname.match(/^\\/api\\/admin\\/\\d+\\/public$/)');
    expect(verdicts(digits, ['app/api/admin/users/route.ts'])).toEqual({ 'app/api/admin/users/route.ts': true });
    expect(folders(digits, ['app/api/admin/users/route.ts'])).toEqual({ 'app/api/admin/users/route.ts': undefined });
    const dotted = includes.replace("req.nextUrl.pathname.includes('webhook')", 'req.nextUrl.pathname.match(/\\.(.*)$/)');
    expect(folders(dotted, ['app/api/admin/users/route.ts'])).toEqual({ 'app/api/admin/users/route.ts': undefined });
    const named = listed.replace('"/api/admin/login"', '"/api/admin/:id/:part/preview"');
    expect(folders(named, ['app/api/admin/users/route.ts'])).toEqual({ 'app/api/admin/users/route.ts': undefined });
  });

  it('trap: a matcher listing single routes under a folder protects those routes, not the folder', () => {
    const text = `export { default } from "next-auth/middleware";
export const config = { matcher: ["/api/admin/users", "/api/admin/stats", "/api/admin/:id"] };`;
    expect(verdicts(text, ['app/api/admin/users/route.ts', 'app/api/admin/stats/route.ts'])).toEqual({ 'app/api/admin/users/route.ts': true, 'app/api/admin/stats/route.ts': true });
    expect(folders(text, ['app/api/admin/users/route.ts', 'app/api/admin/stats/route.ts'])).toEqual({ 'app/api/admin/users/route.ts': undefined, 'app/api/admin/stats/route.ts': undefined });
  });

  it('trap: a negative lookahead that excludes /api, or files with an extension, never gives the API folder', () => {
    const noApi = `import { withAuth } from "next-auth/middleware";
export default withAuth({ callbacks: { authorized: ({ token }) => Boolean(token) } });
export const config = { matcher: ["/((?!api|_next/static|_next/image|favicon.ico).*)"] };`;
    expect(folders(noApi, ['app/api/documents/route.ts'])).toEqual({ 'app/api/documents/route.ts': undefined });
    // The Supabase template's matcher skips /api/x.png: a dynamic API route answers it without the middleware.
    const updateSession = `import { NextResponse } from 'next/server';
import { createServerClient } from '@supabase/ssr';
export async function middleware(request) {
  const supabase = createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY, { cookies: {} });
  const { data: { user } } = await supabase.auth.getUser();
  if (!user && !request.nextUrl.pathname.startsWith('/login')) {
    const url = request.nextUrl.clone();
    url.pathname = '/login';
    return NextResponse.redirect(url);
  }
  return NextResponse.next();
}
export const config = { matcher: ['/((?!_next/static|_next/image|favicon.ico|.*\\\\.(?:svg|png|jpg|jpeg|gif|webp)$).*)'] };`;
    expect(verdicts(updateSession, ['app/api/files/[name]/route.ts'])).toEqual({ 'app/api/files/[name]/route.ts': true });
    expect(folders(updateSession, ['app/api/files/[name]/route.ts'])).toEqual({ 'app/api/files/[name]/route.ts': undefined });
    // An extension written with an optional character (`jpe?g` skips .jpg too).
    const jpg = updateSession.replace(/matcher: .*/, "matcher: ['/((?!_next|.*\\\\.jpe?g$).*)'] };");
    expect(verdicts(jpg, ['app/api/files/[name]/route.ts'])).toEqual({ 'app/api/files/[name]/route.ts': true });
    expect(folders(jpg, ['app/api/files/[name]/route.ts'])).toEqual({ 'app/api/files/[name]/route.ts': undefined });
    expect(folders(updateSession.replace(/matcher: .*/, "matcher: ['/((?!_next).*)'] };"), ['app/api/files/[name]/route.ts'])).toEqual({ 'app/api/files/[name]/route.ts': 'app/api' });
  });

  it("Clerk's catch-all pair gives app/api, never the app root, and only with no public exception under /api", () => {
    const text = (publicRoutes: string) => `import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server';
const isPublicRoute = createRouteMatcher([${publicRoutes}]);
export default clerkMiddleware(async (auth, req) => {
  if (!isPublicRoute(req)) await auth.protect();
});
${CLERK_MATCHER}`;
    expect(folders(text(`'/', '/sign-in(.*)'`), ['app/api/lessons/[id]/route.ts', 'app/export/route.ts'])).toEqual({ 'app/api/lessons/[id]/route.ts': 'app/api', 'app/export/route.ts': undefined });
    expect(folders(text(`'/', '/sign-in(.*)', '/api/webhooks(.*)'`), ['app/api/lessons/[id]/route.ts'])).toEqual({ 'app/api/lessons/[id]/route.ts': undefined });
  });

  it('the deepest matcher prefix holding the route', () => {
    const text = `import { clerkMiddleware } from "@clerk/nextjs/server";
export default clerkMiddleware(async (auth) => {
  await auth.protect();
});
export const config = { matcher: ["/api/:path*", "/api/admin/:path*"] };`;
    expect(folders(text, ['app/api/admin/x/route.ts', 'app/api/notes/route.ts'])).toEqual({ 'app/api/admin/x/route.ts': 'app/api/admin', 'app/api/notes/route.ts': 'app/api' });
    // next-auth's middleware lets its own sign-in path (/api/auth/signin) through: /api is never its folder,
    // nor is its catch-all route protected.
    expect(verdicts(`export { default } from "next-auth/middleware";\nexport const config = { matcher: ["/api/:path*"] };`, ['app/api/auth/[...nextauth]/route.ts', 'app/api/notes/route.ts'])).toEqual({
      'app/api/auth/[...nextauth]/route.ts': false,
      'app/api/notes/route.ts': true,
    });
    expect(folders(`export { default } from "next-auth/middleware";`, ['app/api/notes/route.ts'])).toEqual({ 'app/api/notes/route.ts': undefined });
  });
});

describe("Auth.js v5's auth as the middleware: the authorized callback of its config", () => {
  const AUTH = `import NextAuth from "next-auth";
import { authConfig } from "./auth.config";
export const { handlers, auth, signIn, signOut } = NextAuth({ ...authConfig, providers: [] });`;
  const config = (authorized: string) => `export const authConfig = {
  pages: { signIn: "/login" },
  callbacks: {
    ${authorized}
  },
  providers: [],
};`;
  const resolver =
    (files: Record<string, string>): ModuleResolver =>
    (_from, spec) => {
      const key = spec.replace(/^(?:@\/|\.\/)/, '');
      return files[key] !== undefined ? { file: `${key}.ts`, text: files[key] } : undefined;
    };

  it('export { auth as middleware } from "@/auth" with authorized requiring a session', () => {
    const mw = `export { auth as middleware } from "@/auth";
export const config = { matcher: ["/dashboard/:path*", "/api/notes/:path*"] };`;
    const resolve = resolver({ auth: AUTH, 'auth.config': config('authorized({ auth }) { return !!auth?.user; },') });
    expect(verdicts(mw, ['app/api/notes/[id]/route.ts', 'app/api/recordings/route.ts'], resolve)).toEqual({ 'app/api/notes/[id]/route.ts': true, 'app/api/recordings/route.ts': false });
    expect(analyzeMiddleware(mw, 'middleware.ts', resolve)?.library).toBe('Auth.js');
    expect(analyzeMiddleware(mw, 'middleware.ts', resolve)?.protectedFolder('app/api/notes/[id]/route.ts')).toBe('app/api/notes');
    // The same re-export with `default`, and `import { auth }; export default auth`.
    expect(verdicts(mw.replace('auth as middleware', 'auth as default'), ['app/api/notes/route.ts'], resolve)).toEqual({ 'app/api/notes/route.ts': true });
    expect(verdicts(`import { auth } from "@/auth";\nexport default auth;\nexport const config = { matcher: ["/api/notes/:path*"] };`, ['app/api/notes/route.ts'], resolve)).toEqual({ 'app/api/notes/route.ts': true });
  });

  it('trap: an authorized callback that lets every API path through (pig-pocket-like)', () => {
    const mw = `export { auth as middleware } from "@/lib/auth";
export const config = { matcher: ["/((?!.+\\\\.[\\\\w]+$|_next).*)", "/", "/(api|trpc)(.*)"] };`;
    const lib = `import NextAuth from "next-auth";
import { NextResponse } from "next/server";
export const { handlers, auth } = NextAuth({
  pages: { signIn: "/login" },
  providers: [],
  callbacks: {
    async authorized({ auth, request: { nextUrl } }) {
      const isLoggedIn = !!auth?.user;
      const isApiRoute = nextUrl.pathname.startsWith("/api");
      if (isApiRoute) return true;
      if (!isLoggedIn) return NextResponse.redirect(new URL("/login", nextUrl));
      return true;
    },
  },
});`;
    const resolve: ModuleResolver = (_f, spec) => (spec === '@/lib/auth' ? { file: 'lib/auth.ts', text: lib } : undefined);
    expect(verdicts(mw, ['src/app/api/(app)/vault/route.ts', 'src/app/(app)/export/route.ts'], resolve)).toEqual({ 'src/app/api/(app)/vault/route.ts': false, 'src/app/(app)/export/route.ts': true });
  });

  it("the tutorial's NextAuth(authConfig).auth: only what authorized refuses, never its sign-in page", () => {
    const mw = `import NextAuth from 'next-auth';
import { authConfig } from './auth.config';
export default NextAuth(authConfig).auth;
export const config = { matcher: ['/((?!api|_next/static|_next/image|.*\\\\.png$).*)'] };`;
    const tutorial = config(`authorized({ auth, request: { nextUrl } }) {
      const isLoggedIn = !!auth?.user;
      const isOnDashboard = nextUrl.pathname.startsWith('/dashboard');
      if (isOnDashboard) {
        if (isLoggedIn) return true;
        return false;
      } else if (isLoggedIn) {
        return Response.redirect(new URL('/dashboard', nextUrl));
      }
      return true;
    },`);
    const resolve = resolver({ 'auth.config': tutorial });
    expect(verdicts(mw, ['app/dashboard/export/route.ts', 'app/api/invoices/route.ts', 'app/feed/route.ts'], resolve)).toEqual({
      'app/dashboard/export/route.ts': true,
      'app/api/invoices/route.ts': false,
      'app/feed/route.ts': false,
    });
    // `export const { auth: middleware } = NextAuth(authConfig)`.
    expect(verdicts(`import NextAuth from 'next-auth';\nimport { authConfig } from './auth.config';\nexport const { auth: middleware } = NextAuth(authConfig);`, ['app/dashboard/export/route.ts'], resolve)).toEqual({ 'app/dashboard/export/route.ts': true });
    // Auth.js never asks on its pages and its own actions.
    const all = resolver({ 'auth.config': config('authorized: ({ auth }) => !!auth?.user,') });
    expect(verdicts(mw.replace(/export const config.*/, ''), ['app/login/route.ts', 'app/api/auth/session/route.ts', 'app/api/notes/route.ts'], all)).toEqual({
      'app/login/route.ts': false,
      'app/api/auth/session/route.ts': false,
      'app/api/notes/route.ts': true,
    });
    // Its catch-all route answers its actions (/api/auth/session), which it never refuses.
    expect(verdicts(mw.replace(/export const config.*/, "export const config = { matcher: ['/api/:path*'] };"), ['app/(auth)/api/auth/[...nextauth]/route.ts', 'app/(chat)/api/history/route.ts'], all)).toEqual({
      'app/(auth)/api/auth/[...nextauth]/route.ts': false,
      'app/(chat)/api/history/route.ts': true,
    });
    // Trap: `!!auth` is true in the v5 betas that pass `{ user: null }` for a caller without a session.
    const loose = resolver({ 'auth.config': config('authorized: ({ auth }) => !!auth,') });
    expect(verdicts(mw.replace(/export const config.*/, ''), ['app/api/notes/route.ts'], loose)).toEqual({ 'app/api/notes/route.ts': false });
  });

  it('no authorized callback, a lazy config, or one not read: nothing is protected', () => {
    const mw = `export { auth as middleware } from "@/auth";`;
    expect(analyzeMiddleware(mw, 'middleware.ts', resolver({ auth: AUTH, 'auth.config': `export const authConfig = { pages: { signIn: "/login" }, providers: [] };` }))).toBeUndefined();
    expect(analyzeMiddleware(mw, 'middleware.ts', resolver({ auth: `import NextAuth from "next-auth";\nexport const { auth } = NextAuth((req) => ({ callbacks: { authorized: ({ auth }) => !!auth } }));` }))).toBeUndefined();
    expect(analyzeMiddleware(mw, 'middleware.ts', resolver({ auth: AUTH }))).toBeUndefined();
    // A response it answers with is the answer: NextResponse.next() lets the request through.
    const next = resolver({ auth: AUTH, 'auth.config': `import { NextResponse } from "next/server";\n${config('authorized: ({ auth }) => (auth ? true : NextResponse.next()),')}` });
    expect(verdicts(mw, ['app/api/notes/route.ts'], next)).toEqual({ 'app/api/notes/route.ts': false });
  });
});

describe('Auth.js auth((req) => ...) whose config answers first', () => {
  it("a response from the config's authorized callback replaces the middleware's own refusal", () => {
    const auth = `import NextAuth from "next-auth";
import { NextResponse } from "next/server";
export const { handlers, auth } = NextAuth({
  providers: [],
  callbacks: {
    authorized({ request }) {
      if (request.nextUrl.pathname.startsWith("/api/cron")) return NextResponse.next();
      return true;
    },
  },
});`;
    const mw = `import { auth } from "@/auth";
export default auth((req) => {
  if (!req.auth) return Response.json({ error: "unauthorized" }, { status: 401 });
});
export const config = { matcher: ["/api/:path*"] };`;
    const resolve: ModuleResolver = (_f, spec) => (spec === '@/auth' ? { file: 'auth.ts', text: auth } : undefined);
    expect(verdicts(mw, ['app/api/cron/digest/route.ts', 'app/api/notes/route.ts'], resolve)).toEqual({ 'app/api/cron/digest/route.ts': false, 'app/api/notes/route.ts': true });
    expect(analyzeMiddleware(mw, 'middleware.ts', resolve)?.protectedFolder('app/api/notes/route.ts')).toBeUndefined();
  });
});

describe('findAppMiddleware: root app/ beside src/', () => {
  it('takes the root middleware when the root has app/ (Next.js then ignores src/app)', async () => {
    const root = tempTree({
      'package.json': '{}',
      'app/api/admin/orders/route.ts': 'export async function GET() {}',
      'src/app/page.tsx': 'export default function Page() {}',
      'middleware.ts': `export { default } from "next-auth/middleware";\nexport const config = { matcher: ["/api/admin/:path*"] };`,
    });
    const found = await findAppMiddleware(root, nodeFs);
    expect(found?.file).toBe('middleware.ts');
    expect(found?.analysis.protectedFolder('app/api/admin/orders/route.ts')).toBe('app/api/admin');
    expect(trustFolderActionTitle('middleware.ts', 'app/api/admin', false)).toBe('Trust middleware.ts: treat every route under app/api/admin/ as protected');
  });
});
