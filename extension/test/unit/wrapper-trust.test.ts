import { describe, expect, it } from 'vitest';
import { lintText, ruleMetas } from '../../src/core/lint-core';
import { parseModule } from '../../src/core/middleware-routes';
import { eslintConfigLine, eslintConfigOptionLine, mergeProtectedRoute, mergeRouteAuthOption } from '../../src/core/middleware-trust';
import { readSettings, rulesFromSettings } from '../../src/core/settings';
import { findWrapperDefinition, importedNameOf, judgeWrapper, trustableWrapper, wrapperActionTitle, wrapperHintOf } from '../../src/core/wrapper-trust';
import { nodeFs, tempTree } from './helpers';

// Wrapper shapes minimised from public Next.js apps (renamed), and the traps next to them: a wrapper that does not
// refuse a caller without a session on every way to its handler must never be proposed as an auth wrapper.

/** Judges the function a module exports as `name`. */
function judge(text: string, name = 'wrap'): { trusted: boolean; reason: string } {
  const sc = parseModule(text, '/app/lib/wrap.ts');
  if (!sc) throw new Error('does not parse');
  for (const stmt of sc.ast.body) {
    const decl = stmt.type === 'ExportNamedDeclaration' ? stmt.declaration : undefined;
    if (decl?.type === 'FunctionDeclaration' && decl.id?.name === name) return judgeWrapper(decl, sc);
    if (decl?.type === 'VariableDeclaration') {
      for (const d of decl.declarations) {
        if (d.id.type === 'Identifier' && d.id.name === name && d.init && (d.init.type === 'ArrowFunctionExpression' || d.init.type === 'FunctionExpression')) return judgeWrapper(d.init, sc);
      }
    }
  }
  throw new Error(`no ${name}`);
}

/** school-timetable's action wrapper, minimised: better-auth session, a role check, validation, errors caught. */
const ACTION_WRAPPER = `import * as v from 'valibot';
import { auth } from '@/lib/auth';
import { headers } from 'next/headers';
import { normalizeRole } from '@/lib/roles';

export function wrap<I, O>(schema: v.GenericSchema<I>, handler: (input: I, userId: string) => Promise<O>, options?: { roles?: string[] }) {
  return async (input: unknown) => {
    try {
      const session = await auth.api.getSession({ headers: await headers(), asResponse: false });
      if (!session || !session.user) {
        return { success: false, error: { message: 'Sign in first', code: 'UNAUTHORIZED' } };
      }
      const role = normalizeRole(session.user.role);
      const roles = options?.roles ?? ['admin'];
      if (!roles.includes(role)) return { success: false, error: { code: 'FORBIDDEN' } };
      const parsed = v.safeParse(schema, input);
      if (!parsed.success) return { success: false, error: { code: 'VALIDATION_ERROR' } };
      const data = await handler(parsed.output, session.user.id || '');
      return { success: true, data };
    } catch (error) {
      if (error instanceof Error) return { success: false, error: { message: error.message } };
      return { success: false };
    }
  };
}

export function wrapPublic<I, O>(schema: v.GenericSchema<I>, handler: (input: I) => Promise<O>) {
  return async (input: unknown) => {
    const parsed = v.safeParse(schema, input);
    if (!parsed.success) return { success: false };
    return { success: true, data: await handler(parsed.output) };
  };
}
`;

describe('judgeWrapper: wrappers that refuse a caller without a session', () => {
  it("an action wrapper that returns an error result without a session (school-timetable's createAction)", () => {
    expect(judge(ACTION_WRAPPER)).toEqual({ trusted: true, reason: 'refuses a caller without a session before the handler' });
  });

  it('a curried route wrapper answering 401 (next-auth getServerSession)', () => {
    const text = `import { getServerSession } from 'next-auth';
import { NextResponse } from 'next/server';
import { authOptions } from '@/lib/auth-options';
export const wrap = (handler) => async (req, ctx) => {
  const session = await getServerSession(authOptions);
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  return handler(req, ctx, session);
};`;
    expect(judge(text).trusted).toBe(true);
  });

  it('a Pages API wrapper that calls the handler only with a session, inside try/catch', () => {
    const text = `import { getServerSession } from 'next-auth/next';
export const wrap = (handler) => async (req, res) => {
  try {
    const session = await getServerSession(req, res, authOptions);
    if (session) {
      req.session = session;
      return await handler(req, res);
    } else {
      res.status(401).json({ error: 'Not authenticated' });
    }
  } catch (e) {
    res.status(500).json({ error: 'failed' });
  }
};`;
    expect(judge(text).trusted).toBe(true);
  });

  it("Supabase's getUser(), a redirect() from next/navigation, a guard named to throw, a local helper followed", () => {
    const supabase = `import { createClient } from '@/lib/supabase/server';
export async function wrap(action) {
  return async (payload) => {
    const supabase = await createClient();
    const { data: { user }, error } = await supabase.auth.getUser();
    if (error || !user) return { error: 'Authentication is required.' };
    return action(user, payload);
  };
}`;
    expect(judge(supabase).trusted).toBe(true);
    const redirects = `import { redirect } from 'next/navigation';
import { auth } from '@/auth';
export function wrap(fn) {
  return async (...args) => {
    const session = await auth();
    if (!session) redirect('/login');
    return fn(session, ...args);
  };
}`;
    expect(judge(redirects).trusted).toBe(true);
    // A guard whose answer is dropped must throw; one whose answer is kept may return a failure instead (pinteya's
    // requireAdminAuth answers { success: false }): only a check of that answer refuses.
    const dropped = `import { requireUser } from '@/lib/session';
export function wrap(fn) {
  return async (input) => {
    await requireUser();
    return fn(input);
  };
}`;
    expect(judge(dropped).trusted).toBe(true);
    const kept = `import { requireAdminAuth } from '@/lib/auth/admin';
export function wrap(handler) {
  return async (request) => {
    const result = await requireAdminAuth(request);
    return handler(request, result);
  };
}`;
    expect(judge(kept).trusted).toBe(false);
    expect(judge(kept.replace('    return handler(', "    if (!result.success) return new Response(result.error, { status: result.status || 401 });\n    return handler(")).trusted).toBe(true);
    expect(judge(kept.replace(/requireAdminAuth/g, 'getAdminOrThrow')).trusted).toBe(true);
    const helper = `import { auth } from '@/auth';
async function signedInUser() {
  const session = await auth();
  return session?.user ?? null;
}
export function wrap(fn) {
  const run = async (input) => {
    const user = await signedInUser();
    if (!user) throw new Error('Unauthorized');
    return fn(input, user);
  };
  return run;
}`;
    expect(judge(helper).trusted).toBe(true);
  });

  it('a returned conditional whose test the session decides picks the branch that runs', () => {
    const ternary = `import { getServerSession } from 'next-auth';
export const wrap = (handler) => async (req) => {
  const session = await getServerSession(authOptions);
  return session ? handler(req, session) : new Response('Unauthorized', { status: 401 });
};`;
    expect(judge(ternary).trusted).toBe(true);
    expect(judge(ternary.replace('return session ?', 'return !session ? new Response(null, { status: 401 }) :').replace(": new Response('Unauthorized', { status: 401 })", '')).trusted).toBe(true);
    expect(judge(ternary.replace('return session ? handler(req, session) : new Response(\'Unauthorized\', { status: 401 });', 'return session?.user && handler(req, session);')).trusted).toBe(true);
    // A test the session does not decide: both branches may run.
    expect(judge(ternary.replace('return session ?', 'return req.headers.get("x-internal") ?')).trusted).toBe(false);
    expect(judge(ternary.replace('return session ? handler(req, session) : new Response(\'Unauthorized\', { status: 401 });', 'return session || handler(req);')).trusted).toBe(false);
  });

  it('a wrapper that runs the handler itself, after the check', () => {
    const text = `import { getCurrentUser } from '@/lib/current-user';
export async function wrap(cb) {
  const user = await getCurrentUser();
  if (!user) return { error: 'Unauthorized' };
  return cb(user);
}`;
    expect(judge(text).trusted).toBe(true);
    const noReturn = `import { getCurrentUser } from '@/lib/current-user';
export async function wrap(cb) {
  const user = await getCurrentUser();
  if (!user) throw new Error('Unauthorized');
  await cb(user);
}`;
    expect(judge(noReturn).trusted).toBe(true);
    expect(judge(noReturn.replace("throw new Error('Unauthorized')", "console.warn('anonymous')")).trusted).toBe(false);
  });
});

describe('judgeWrapper: the traps', () => {
  it('a wrapper that only catches errors (vehicle_incidence_management-like handleApi)', () => {
    const text = `import { NextResponse } from 'next/server';
export function wrap(fn: Function) {
  return async (req, ctx) => {
    try {
      return await fn(req, ctx);
    } catch (error: any) {
      return NextResponse.json({ error: error?.message }, { status: 500 });
    }
  };
}`;
    expect(judge(text).trusted).toBe(false);
  });

  it('a wrapper that only validates the input', () => {
    expect(judge(ACTION_WRAPPER, 'wrapPublic')).toEqual({ trusted: false, reason: 'the handler is reached without a session' });
    const text = `export function wrap(schema, handler) {
  return async (input) => {
    const parsed = schema.safeParse(input);
    if (!parsed.success) return { error: 'invalid' };
    return handler(parsed.data);
  };
}`;
    expect(judge(text).trusted).toBe(false);
  });

  it('a wrapper that reads the session but never refuses', () => {
    const text = `import { auth } from '@/auth';
export function wrap(handler) {
  return async (input) => {
    const session = await auth();
    return handler(input, session?.user?.id);
  };
}`;
    expect(judge(text).trusted).toBe(false);
  });

  it('a wrapper that checks the session only when an option asks (requireAuth, a flag), or skips it in development', () => {
    const option = `import { auth } from '@/lib/auth';
export function wrap(schema, handler, options = { requireAuth: true }) {
  return async (input) => {
    const session = await auth();
    if (options.requireAuth !== false && !session?.user?.id) throw new Error('Unauthorized');
    return handler(schema.parse(input), session?.user?.id ?? '');
  };
}`;
    expect(judge(option).trusted).toBe(false);
    const branch = `import { auth } from '@/lib/auth';
export function wrap(handler, opts) {
  return async (input) => {
    if (opts?.protected) {
      const session = await auth();
      if (!session) return { error: 'Unauthorized' };
    }
    return handler(input);
  };
}`;
    expect(judge(branch).trusted).toBe(false);
    const bypass = `import { auth } from '@/lib/auth';
export function wrap(handler) {
  if (process.env.NODE_ENV === 'development') return handler;
  return async (input) => {
    const session = await auth();
    if (!session) return { error: 'Unauthorized' };
    return handler(input);
  };
}`;
    expect(judge(bypass).trusted).toBe(false);
    const skip = `import { auth } from '@/lib/auth';
export function wrap(handler) {
  return async (input) => {
    if (process.env.SKIP_AUTH) return handler(input);
    const session = await auth();
    if (!session) return { error: 'Unauthorized' };
    return handler(input);
  };
}`;
    expect(judge(skip).trusted).toBe(false);
  });

  it('a 401 written without a return, a refusal its catch swallows, a default user, an unverified Supabase session', () => {
    const noReturn = `import { getServerSession } from 'next-auth/next';
export const wrap = (handler) => async (req, res) => {
  const session = await getServerSession(req, res, authOptions);
  if (!session) res.status(401).json({ error: 'Unauthorized' });
  return handler(req, res);
};`;
    expect(judge(noReturn).trusted).toBe(false);
    const swallowed = `import { auth } from '@/auth';
export function wrap(handler) {
  return async (input) => {
    try {
      const session = await auth();
      if (!session) throw new Error('Unauthorized');
    } catch (e) {
      console.error(e);
    }
    return handler(input);
  };
}`;
    expect(judge(swallowed).trusted).toBe(false);
    const guest = `import { getSession } from '@/lib/session';
const GUEST = { id: 'guest' };
export function wrap(handler) {
  return async (input) => {
    const { user = GUEST } = (await getSession()) ?? {};
    if (!user) throw new Error('Unauthorized');
    return handler(input, user);
  };
}`;
    expect(judge(guest).trusted).toBe(false);
    const cookieSession = `import { createClient } from '@/lib/supabase/server';
export function wrap(handler) {
  return async (input) => {
    const supabase = await createClient();
    const { data: { session } } = await supabase.auth.getSession();
    if (!session) return { error: 'Unauthorized' };
    return handler(input, session.user);
  };
}`;
    expect(judge(cookieSession).trusted).toBe(false);
  });

  it('an auth API that answers an object without a session: only a check of its fields refuses', () => {
    // Supabase's getUser() answers { data: { user: null } }: the result itself is always truthy.
    const whole = `import { createClient } from '@/utils/supabase/server';
export function wrap(handler) {
  return async (input) => {
    const supabase = createClient();
    const user = await supabase.auth.getUser();
    if (!user) throw new Error('Session is not valid!');
    return handler(input, user);
  };
}`;
    expect(judge(whole).trusted).toBe(false);
    expect(judge(whole.replace('if (!user)', 'if (!user.data.user)')).trusted).toBe(true);
    // iron-session's session object exists for every caller; Clerk's auth() has a null userId.
    const iron = `import { getIronSession } from 'iron-session';
import { cookies } from 'next/headers';
export function wrap(handler) {
  return async (input) => {
    const session = await getIronSession(await cookies(), sessionOptions);
    if (!session) return { error: 'Unauthorized' };
    return handler(input, session);
  };
}`;
    expect(judge(iron).trusted).toBe(false);
    expect(judge(iron.replace('if (!session)', 'if (!session.userId)')).trusted).toBe(true);
    const clerk = `import { auth } from '@clerk/nextjs/server';
export const wrap = (handler) => async (req) => {
  const { userId } = await auth();
  if (!userId) return new Response('Unauthorized', { status: 401 });
  return handler(req, userId);
};`;
    expect(judge(clerk).trusted).toBe(true);
    expect(judge(clerk.replace('const { userId } = await auth();\n  if (!userId)', 'const a = await auth();\n  if (!a)')).trusted).toBe(false);
  });

  it('a handler handed on to other wrappers (chrono-cycle-like composition) or found under an object is not followed', () => {
    const composed = `import { wrapAuth, wrapLog, wrapTryCatch } from './compose';
export function wrap(label, f) {
  return wrapLog(label, wrapTryCatch(wrapAuth(label, f)));
}`;
    expect(judge(composed)).toEqual({ trusted: false, reason: 'no parameter of the wrapper is called as the handler' });
    const underObject = `import { auth } from '@/auth';
export const wrap = ({ action, isPrivate }) => async (data) => {
  if (isPrivate) {
    const session = await auth();
    if (!session) return { error: 'Un-authenticated' };
  }
  return action.handler(data);
};`;
    expect(judge(underObject).trusted).toBe(false);
  });

  it('a loop that can return is not followed; half-typed code does not throw', () => {
    const loop = `import { auth } from '@/auth';
export function wrap(handler) {
  return async (input) => {
    const session = await auth();
    for (const role of ['a', 'b']) if (!session) return { error: role };
    return handler(input);
  };
}`;
    expect(judge(loop).trusted).toBe(false);
    expect(() => judge(`export function wrap(handler) { return async (input) => { const s = await auth(; return handler(input) } }`)).toThrow('does not parse');
    expect(judge(`export function wrap(handler) { return async () => { if (!(await getUser())) return; return handler(); } }`).trusted).toBe(true);
  });
});

describe('finding the wrapper', () => {
  const APP = {
    'package.json': '{}',
    'tsconfig.json': '{ "compilerOptions": { "paths": { "@/*": ["./src/*"] } } }',
    'src/shared/lib/action-wrapper.ts': ACTION_WRAPPER.replace('export function wrap<', 'export function createAction<').replace('export function wrapPublic<', 'export function createPublicAction<'),
    'src/lib/index.ts': `export { createAction as makeAction } from '../shared/lib/action-wrapper';\n`,
    'src/lib/errors.ts': `export function handleApi(fn) {\n  return async (req) => {\n    try { return await fn(req); } catch { return new Response('error', { status: 500 }); }\n  };\n}\n`,
  };
  const ACTIONS = `'use server';
import { createAction, createPublicAction as publicAction } from '@/shared/lib/action-wrapper';
import { prisma } from '@/lib/db';
import * as v from 'valibot';
const noteSchema = v.object({ id: v.string() });
export const deleteNote = createAction(noteSchema, async (input) => {
  await prisma.note.delete({ where: { id: input.id } });
});
export const removeDraft = publicAction(noteSchema, async (input) => {
  await prisma.draft.delete({ where: { id: input.id } });
});
`;

  it("follows the '@/' alias and re-exports, and names the import as the file writes it", async () => {
    const root = tempTree(APP);
    expect(importedNameOf(ACTIONS, `${root}/src/app/notes/actions.ts`, 'publicAction', '@/shared/lib/action-wrapper')).toBe('createPublicAction');
    const def = await findWrapperDefinition(root, `${root}/src/app/notes/actions.ts`, ACTIONS, 'createAction', '@/shared/lib/action-wrapper', nodeFs);
    expect(def?.file).toBe(`${root}/src/shared/lib/action-wrapper.ts`);
    const viaBarrel = `import { makeAction } from '@/lib';\nexport const x = makeAction(s, async () => {});`;
    const barrel = await findWrapperDefinition(root, `${root}/src/app/x/actions.ts`, viaBarrel, 'makeAction', '@/lib', nodeFs);
    expect(barrel?.file).toBe(`${root}/src/shared/lib/action-wrapper.ts`);
    expect(barrel && judgeWrapper(barrel.fn, barrel.sourceCode).trusted).toBe(true);
  });

  it("follows the other wildcard paths aliases ('~/*' of a T3 app), each target in order, the longest prefix first", async () => {
    const root = tempTree({
      'package.json': '{}',
      // JSONC, as tsconfig.json is written.
      'tsconfig.json': `{
  "compilerOptions": {
    // aliases
    "paths": { "~/*": ["./public/*", "./src/*"], "~/server/*": ["./server/*"] },
  },
}`,
      'src/lib/action.ts': ACTION_WRAPPER,
      'server/guard.ts': ACTION_WRAPPER,
    });
    const from = `${root}/src/app/x/actions.ts`;
    expect((await findWrapperDefinition(root, from, `import { wrap } from '~/lib/action';`, 'wrap', '~/lib/action', nodeFs))?.file).toBe(`${root}/src/lib/action.ts`);
    expect((await findWrapperDefinition(root, from, `import { wrap } from '~/server/guard';`, 'wrap', '~/server/guard', nodeFs))?.file).toBe(`${root}/server/guard.ts`);
    expect(await findWrapperDefinition(root, from, `import { wrap } from '#/lib/action';`, 'wrap', '#/lib/action', nodeFs)).toBeUndefined();
  });

  it('an import that cannot be resolved, or of a package, or a factory, gives no definition', async () => {
    const root = tempTree({
      ...APP,
      'src/lib/safe-action.ts': `import { createSafeActionClient } from 'next-safe-action';\nexport const actionClient = createSafeActionClient().use(async ({ next }) => next());\n`,
    });
    const from = `${root}/src/app/x/actions.ts`;
    expect(await findWrapperDefinition(root, from, `import { gone } from '@/lib/missing';`, 'gone', '@/lib/missing', nodeFs)).toBeUndefined();
    expect(await findWrapperDefinition(root, from, `import { withThing } from 'some-package';`, 'withThing', 'some-package', nodeFs)).toBeUndefined();
    expect(await findWrapperDefinition(root, from, `import { actionClient } from '@/lib/safe-action';`, 'actionClient', '@/lib/safe-action', nodeFs)).toBeUndefined();
    expect(await findWrapperDefinition(root, from, `import * as w from '@/lib/errors';`, 'w', '@/lib/errors', nodeFs)).toBeUndefined();
  });

  it("reads the rule's own message: trusted wrappers get the action, the others do not; the option then silences them", async () => {
    const root = tempTree(APP);
    const file = `${root}/src/app/notes/actions.ts`;
    const rules = (wrappers: string[]) => ({ rules: { 'require-route-auth': { severity: 'warning' as const, options: [{ wrappers }] } }, helperModules: {}, source: 'settings' as const });
    const messages = lintText({ text: ACTIONS, filename: file, cwd: root, rules: rules([]) }).messages;
    expect(messages.map((m) => m.messageId)).toEqual(['missingAuth', 'missingAuth']);
    const [first, second] = messages;
    expect(wrapperHintOf(first?.message ?? '')).toEqual({ name: 'createAction', source: '@/shared/lib/action-wrapper' });
    expect(await trustableWrapper(root, file, ACTIONS, first?.message ?? '', nodeFs)).toEqual({ name: 'createAction', source: '@/shared/lib/action-wrapper', file: 'src/shared/lib/action-wrapper.ts' });
    // The public variant validates only: no action.
    expect(wrapperHintOf(second?.message ?? '')?.name).toBe('publicAction');
    expect(await trustableWrapper(root, file, ACTIONS, second?.message ?? '', nodeFs)).toBeUndefined();
    // A message without the hint.
    expect(await trustableWrapper(root, file, ACTIONS, 'POST handler reaches the database without an authentication check.', nodeFs)).toBeUndefined();
    // Named in the option, its handlers are no longer reported; the other one still is.
    const after = lintText({ text: ACTIONS, filename: file, cwd: root, rules: rules(['createAction']) }).messages;
    expect(after).toHaveLength(1);
    expect(wrapperHintOf(after[0]?.message ?? '')?.name).toBe('publicAction');
  });

  it('an error-handling route wrapper gets no action', async () => {
    const root = tempTree(APP);
    const file = `${root}/src/app/api/notes/route.ts`;
    const route = `import { handleApi } from '@/lib/errors';\nimport { prisma } from '@/lib/db';\nexport const DELETE = handleApi(async (req: Request) => {\n  const { id } = await req.json();\n  await prisma.note.delete({ where: { id } });\n  return Response.json({ ok: true });\n});\n`;
    const [m] = lintText({ text: route, filename: file, cwd: root, rules: { rules: { 'require-route-auth': { severity: 'warning', options: [] } }, helperModules: {}, source: 'settings' } }).messages;
    expect(wrapperHintOf(m?.message ?? '')).toEqual({ name: 'handleApi', source: '@/lib/errors' });
    expect(await trustableWrapper(root, file, route, m?.message ?? '', nodeFs)).toBeUndefined();
  });
});

describe('the wrappers entry', () => {
  it('merges the name into the settings, keeping every other rule, severity and option', () => {
    const scope = { 'no-redis-keys': 'error', 'require-route-auth': { severity: 'error', options: [{ protectedRoutes: ['app/api/a/route.ts'], wrappers: ['guarded'] }] } };
    const read = (raw: unknown) => readSettings((key) => (key === 'rules' ? raw : undefined)).rules['require-route-auth'];
    expect(mergeRouteAuthOption(scope, read(scope), 'wrappers', 'createAction')).toEqual({
      'no-redis-keys': 'error',
      'require-route-auth': { severity: 'error', options: [{ protectedRoutes: ['app/api/a/route.ts'], wrappers: ['guarded', 'createAction'] }] },
    });
    expect(mergeRouteAuthOption({ 'prodready/require-route-auth': ['warn'] }, undefined, 'wrappers', 'createAction')).toEqual({ 'prodready/require-route-auth': ['warn', { wrappers: ['createAction'] }] });
    const once = mergeRouteAuthOption({}, undefined, 'wrappers', 'createAction');
    expect(mergeRouteAuthOption(once, read(once), 'wrappers', 'createAction')).toEqual(once);
    // The protectedRoutes forms are the same functions.
    expect(mergeProtectedRoute({}, undefined, 'x')).toEqual(mergeRouteAuthOption({}, undefined, 'protectedRoutes', 'x'));
    expect(eslintConfigLine('warning', [], 'x')).toBe(eslintConfigOptionLine('warning', [], 'protectedRoutes', 'x'));
  });

  it('the merged settings, read back by the settings reader, silence the wrapped action', () => {
    const text = `'use server';\nimport { createAction } from '@/shared/lib/action-wrapper';\nimport { prisma } from '@/lib/db';\nexport const deleteNote = createAction(schema, async (input) => {\n  await prisma.note.delete({ where: { id: input.id } });\n});\n`;
    const before = { 'require-route-auth': 'warn' };
    const after = mergeRouteAuthOption(before, readSettings((key) => (key === 'rules' ? before : undefined)).rules['require-route-auth'], 'wrappers', 'createAction');
    const effective = (raw: unknown) => rulesFromSettings(readSettings((key) => (key === 'rules' ? raw : undefined)), ruleMetas());
    const lint = (raw: unknown) => lintText({ text, filename: '/repo/app/notes/actions.ts', cwd: '/repo', rules: effective(raw), onlyRules: ['require-route-auth'] }).messages.length;
    expect(lint(before)).toBe(1);
    expect(lint(after)).toBe(0);
  });

  it('the eslint.config line and the titles', () => {
    expect(eslintConfigOptionLine('error', [{ checkServerActions: true }], 'wrappers', 'createAction')).toBe(`'prodready/require-route-auth': ['error', {"checkServerActions":true,"wrappers":["createAction"]}],`);
    expect(wrapperActionTitle('createAction', '@/shared/lib/action-wrapper', false)).toBe("Trust createAction (from '@/shared/lib/action-wrapper') as an auth wrapper");
    expect(wrapperActionTitle('createAction', '@/shared/lib/action-wrapper', true)).toBe("Trust createAction (from '@/shared/lib/action-wrapper') as an auth wrapper: copy the wrappers line (eslint.config)");
  });
});
