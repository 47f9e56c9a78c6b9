// The hardened snippets offered for a file follow its runtime, decided as the rules decide it: an Edge
// file (Next.js middleware, `export const runtime = 'edge'`) gets the Web Crypto `.edge` variants and
// never the node:crypto snippets they stand for; a Node file gets the node:crypto snippets only.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planCodeActions } from '../../src/core/code-actions';
import { toDiagnostics } from '../../src/core/diagnostics';
import { allSnippets, fileRuntime, lintText, ruleMetas, snippetsForRule, snippetsForRuntime, type SnippetRuntime } from '../../src/core/lint-core';
import { planSnippet } from '../../src/core/snippet-plan';
import type { EffectiveRules } from '../../src/core/settings';
import { LineIndex } from '../../src/core/text';
import { applyEdits, nodeFs, tempTree } from './helpers';

const metas = ruleMetas();
const rulesFor = (id: string): EffectiveRules => ({ rules: { [id]: { severity: 'warning', options: [] } }, helperModules: {}, source: 'settings' });
const ids = (runtime: SnippetRuntime | undefined, rule: string) => snippetsForRule(rule, runtime).map((s) => s.id);

/** The three rules whose snippet has a Web Crypto (Edge) variant. */
const EDGE_RULES = ['no-insecure-random-id', 'no-timing-unsafe-compare', 'require-webhook-verification'] as const;

const MIDDLEWARE = `import { NextResponse, type NextRequest } from 'next/server';

export async function middleware(req: NextRequest) {
  if (req.headers.get('x-api-key') !== process.env.INTERNAL_API_KEY) {
    return new NextResponse('Unauthorized', { status: 401 });
  }
  const res = NextResponse.next();
  const sessionToken = Math.random().toString(36).slice(2);
  res.cookies.set('sid', sessionToken, { httpOnly: true });
  return res;
}
`;

const route = (runtime: string | undefined) => `${runtime === undefined ? '' : `export const runtime = '${runtime}';\n\n`}export async function POST(request: Request) {
  const event = await request.json();
  await db.insert(events).values(event);
  const apiKey = Math.random().toString(36).slice(2);
  if (request.headers.get('x-api-key') === process.env.INTERNAL_API_KEY) return Response.json({ apiKey });
  return new Response('ok');
}
`;

const EDGE_WEBHOOK = `export const runtime = 'edge';

export async function POST(request: Request) {
  const event = await request.json();
  await db.insert(events).values(event);
  return new Response('ok');
}
`;

const CLIENT = `'use client';

import { useState } from 'react';

export function LoginButton() {
  const [busy, setBusy] = useState(false);
  const codeVerifier = Math.random().toString(36).slice(2);
  return <button disabled={busy} onClick={() => { setBusy(true); location.href = '/authorize?v=' + codeVerifier; }}>Sign in</button>;
}
`;

const LIB = `export function sameKey(a: string, b: string) {
  return a === b;
}
`;

describe('the runtime of a file (as the rules decide it)', () => {
  const root = '/work/app';
  it('middleware.ts (root or src/) is Edge, unless its config says nodejs; proxy.ts and lib/middleware.ts are Node', () => {
    expect(fileRuntime(MIDDLEWARE, join(root, 'middleware.ts'), root)).toBe('edge');
    expect(fileRuntime(MIDDLEWARE, join(root, 'src/middleware.ts'), root)).toBe('edge');
    expect(fileRuntime(`${MIDDLEWARE}\nexport const config = { runtime: 'nodejs' };\n`, join(root, 'middleware.ts'), root)).toBe('node');
    expect(fileRuntime(MIDDLEWARE, join(root, 'proxy.ts'), root)).toBe('node');
    expect(fileRuntime(MIDDLEWARE, join(root, 'lib/middleware.ts'), root)).toBe('node');
  });

  it('a route with `export const runtime = "edge"` is Edge, with "nodejs" or none is Node; a lib file is Node', () => {
    expect(fileRuntime(route('edge'), join(root, 'app/api/hook/route.ts'), root)).toBe('edge');
    expect(fileRuntime(route('experimental-edge'), join(root, 'pages/api/hook.ts'), root)).toBe('edge');
    expect(fileRuntime(route('nodejs'), join(root, 'app/api/hook/route.ts'), root)).toBe('node');
    expect(fileRuntime(route(undefined), join(root, 'app/api/hook/route.ts'), root)).toBe('node');
    expect(fileRuntime(LIB, join(root, 'lib/compare.ts'), root)).toBe('node');
  });

  it("client code is browser: a 'use client' module, a component, a module importing a browser-only library", () => {
    expect(fileRuntime(CLIENT, join(root, 'app/login/login-button.tsx'), root)).toBe('browser');
    expect(fileRuntime('export default function Page() { return null; }\n', join(root, 'app/page.tsx'), root)).toBe('browser');
    expect(fileRuntime("import { create } from 'zustand';\nexport const useStore = create(() => ({}));\n", join(root, 'lib/store.ts'), root)).toBe('browser');
    expect(fileRuntime(`'use client';\n${MIDDLEWARE}`, join(root, 'lib/auth-client.ts'), root)).toBe('browser');
  });

  it('classifies the path relative to the project, as the lint does (a lib/ folder above it does not count)', () => {
    expect(fileRuntime(MIDDLEWARE, '/home/me/lib/app/middleware.ts', '/home/me/lib/app')).toBe('edge');
  });

  it('a file that does not parse is judged by its path; an untitled file by its language', () => {
    expect(fileRuntime('export const runtime = ', join(root, 'middleware.ts'), root)).toBe('edge');
    expect(fileRuntime('export const runtime = ', join(root, 'app/api/x/route.ts'), root)).toBe('node');
    expect(fileRuntime("export const runtime = 'edge';\n", join(root, 'Untitled-1'), root, 'typescript')).toBe('edge');
  });
});

describe('snippetsForRule follows the runtime', () => {
  const root = '/work/app';
  const cases: [string, string, string, SnippetRuntime][] = [
    ['middleware.ts', 'middleware.ts', MIDDLEWARE, 'edge'],
    ["a route with runtime = 'edge'", 'app/api/hook/route.ts', route('edge'), 'edge'],
    ["a route with runtime = 'nodejs'", 'app/api/hook/route.ts', route('nodejs'), 'node'],
    ['a plain lib file', 'lib/compare.ts', LIB, 'node'],
    ["a 'use client' component", 'app/login/login-button.tsx', CLIENT, 'browser'],
  ];
  for (const [name, rel, text, expected] of cases) {
    it(`${name}: ${expected === 'node' ? 'only the node:crypto snippet' : 'only the .edge variant'} of ${expected === 'browser' ? 'no-insecure-random-id (the others: node:crypto)' : 'the three rules'}; other rules unchanged`, () => {
      const runtime = fileRuntime(text, join(root, rel), root);
      expect(runtime).toBe(expected);
      for (const rule of EDGE_RULES) {
        const web = expected === 'edge' || (expected === 'browser' && rule === 'no-insecure-random-id');
        expect(ids(runtime, rule)).toEqual([web ? `${rule}.edge` : rule]);
      }
      for (const rule of ['require-route-auth', 'no-sql-interpolation', 'no-module-state', 'no-unvalidated-env', 'no-redis-keys']) {
        expect(ids(runtime, rule)).toEqual(ids(undefined, rule));
      }
    });
  }

  it('without a runtime, every variant (the preferred one first)', () => {
    expect(ids(undefined, 'no-timing-unsafe-compare')).toEqual(['no-timing-unsafe-compare', 'no-timing-unsafe-compare.edge']);
    expect(ids(undefined, 'require-route-auth')[0]).toBe('require-route-auth');
    expect(ids(undefined, 'require-route-auth').length).toBeGreaterThan(1);
  });

  it('the command palette lists every snippet that fits the runtime', () => {
    const all = Object.keys(allSnippets());
    const edge = snippetsForRuntime('edge').map((s) => s.id);
    const node = snippetsForRuntime('node').map((s) => s.id);
    const browser = snippetsForRuntime('browser').map((s) => s.id);
    expect(snippetsForRuntime(undefined).map((s) => s.id)).toEqual(all);
    expect(all.filter((id) => !edge.includes(id)).sort()).toEqual([...EDGE_RULES]);
    expect(all.filter((id) => !node.includes(id)).sort()).toEqual(EDGE_RULES.map((r) => `${r}.edge`));
    // Browser code: no-insecure-random-id's Web Crypto variant (a client-side verifier or nonce); the other two rules' findings are server code.
    expect(all.filter((id) => !browser.includes(id)).sort()).toEqual(['no-insecure-random-id', 'no-timing-unsafe-compare.edge', 'require-webhook-verification.edge']);
    // Every `.edge` snippet in the bundle belongs to one of the three rules (a new one needs no code here, only this list).
    expect(all.filter((id) => id.endsWith('.edge')).sort()).toEqual(EDGE_RULES.map((r) => `${r}.edge`));
  });
});

describe('the quick fixes of client code', () => {
  const root = '/work/app';
  it('no-insecure-random-id in a \'use client\' component: the .edge (Web Crypto) snippet only, and its plan imports it after the directive (no node:crypto)', async () => {
    const rule = 'no-insecure-random-id';
    const dir = tempTree({ 'package.json': '{}', 'app/login/login-button.tsx': CLIENT });
    const docPath = join(dir, 'app/login/login-button.tsx');
    const rules = rulesFor(rule);
    const r = lintText({ text: CLIENT, filename: docPath, cwd: dir, rules });
    const message = r.messages.find((m) => m.ruleId === `prodready/${rule}`);
    if (!message) throw new Error('no finding');
    const snippets = snippetsForRule(rule, fileRuntime(CLIENT, docPath, dir));
    const actions = planCodeActions({ index: new LineIndex(CLIENT), message, ruleId: rule, meta: metas[rule], snippets });
    expect(actions.filter((a) => a.kind === 'snippet').map((a) => (a.kind === 'snippet' ? a.snippetId : ''))).toEqual([`${rule}.edge`]);
    const [d] = toDiagnostics(r.messages, CLIENT, { rules, metas });
    if (!d) throw new Error('no diagnostic');
    const plan = await planSnippet({
      snippet: snippets[0]!,
      text: CLIENT,
      docPath,
      folderPath: dir,
      finding: { ruleId: rule, range: d.range },
      fs: nodeFs,
      relint: (helperModules) => lintText({ text: CLIENT, filename: docPath, cwd: dir, rules, helperModules }).messages,
    });
    if (plan.kind !== 'helper') throw new Error(plan.kind);
    expect(plan.contents).not.toMatch(/(?:node:)?crypto['"]|randomBytes|randomInt/);
    const after = applyEdits(CLIENT, plan.edits);
    expect(after.startsWith("'use client';\n")).toBe(true);
    expect(after).toMatch(/import \{ generateToken \} from '[^']+';/);
    expect(after).toContain('const codeVerifier = generateToken();');
  });
});

describe('the quick fixes of an Edge file', () => {
  const root = '/work/app';
  const files: Record<(typeof EDGE_RULES)[number], [string, string]> = {
    'no-insecure-random-id': ['middleware.ts', MIDDLEWARE],
    'no-timing-unsafe-compare': ['middleware.ts', MIDDLEWARE],
    'require-webhook-verification': ['app/api/webhooks/github/route.ts', EDGE_WEBHOOK],
  };
  for (const rule of EDGE_RULES) {
    it(`${rule}: "Insert hardened snippet" offers the .edge snippet only`, () => {
      const [rel, text] = files[rule];
      const filename = join(root, rel);
      const r = lintText({ text, filename, cwd: root, rules: rulesFor(rule) });
      const message = r.messages.find((m) => m.ruleId === `prodready/${rule}`);
      if (!message) throw new Error(`no ${rule} finding in ${rel}`);
      const actions = planCodeActions({
        index: new LineIndex(text),
        message,
        ruleId: rule,
        meta: metas[rule],
        snippets: snippetsForRule(rule, fileRuntime(text, filename, root)),
      });
      const snippets = actions.filter((a) => a.kind === 'snippet');
      expect(snippets).toEqual([{ kind: 'snippet', title: `Insert hardened snippet: ${allSnippets()[`${rule}.edge`]!.title}`, snippetId: `${rule}.edge` }]);
    });
  }

  it("the .edge snippet's plan in middleware creates the Web Crypto helper and awaits it (no node:crypto)", async () => {
    const rule = 'no-timing-unsafe-compare';
    const dir = tempTree({ 'package.json': '{}', 'middleware.ts': MIDDLEWARE });
    const docPath = join(dir, 'middleware.ts');
    const rules = rulesFor(rule);
    const r = lintText({ text: MIDDLEWARE, filename: docPath, cwd: dir, rules });
    const [d] = toDiagnostics(r.messages, MIDDLEWARE, { rules, metas });
    if (!d) throw new Error('no finding');
    const [snippet] = snippetsForRule(rule, fileRuntime(MIDDLEWARE, docPath, dir));
    const plan = await planSnippet({
      snippet: snippet!,
      text: MIDDLEWARE,
      docPath,
      folderPath: dir,
      finding: { ruleId: rule, range: d.range },
      fs: nodeFs,
      relint: (helperModules) => lintText({ text: MIDDLEWARE, filename: docPath, cwd: dir, rules, helperModules }).messages,
    });
    if (plan.kind !== 'helper') throw new Error(plan.kind);
    expect(plan).toMatchObject({ helperFile: join(dir, 'lib/safe-compare-async.ts'), create: true, usesHelper: true });
    expect(plan.contents).not.toMatch(/from ['"](?:node:)?crypto['"]|require\(['"](?:node:)?crypto['"]\)/);
    const after = applyEdits(MIDDLEWARE, plan.edits);
    expect(after).toContain("import { safeCompareAsync } from './lib/safe-compare-async';");
    expect(after).toContain("if (!(await safeCompareAsync(req.headers.get('x-api-key'), process.env.INTERNAL_API_KEY))) {");
    expect(after).not.toMatch(/(?:node:)?crypto['"]|timingSafeEqual/);
  });
});
