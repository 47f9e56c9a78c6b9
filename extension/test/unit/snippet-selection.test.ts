// "Insert hardened snippet" for the rules whose suggestion that applies the snippet is not their first
// one (no-raw-error-response, require-request-timeout) and for a whole-file snippet planned from
// another kind of file (no-client-credential-storage's session route, created next to a client page).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText, parses, snippetsForRule, type LintMessage } from '../../src/core/lint-core';
import { toDiagnostics } from '../../src/core/diagnostics';
import { ruleMetas } from '../../src/core/lint-core';
import { isServerEntry, pickSuggestion, planSnippet, routeUrl, suggestionUses, type SnippetPlanInput } from '../../src/core/snippet-plan';
import type { EffectiveRules } from '../../src/core/settings';
import { applyEdits, nodeFs, tempTree } from './helpers';

const metas = ruleMetas();
const rulesFor = (id: string): EffectiveRules => ({ rules: { [id]: { severity: 'warning', options: [] } }, helperModules: {}, source: 'settings' });

/** The plan input for the first finding of `ruleId` in `docRel` (inside `root`), with the rule's preferred snippet. */
function input(ruleId: string, root: string, docRel: string, text: string, extra: Partial<SnippetPlanInput> = {}): SnippetPlanInput {
  const docPath = join(root, docRel);
  const rules = rulesFor(ruleId);
  const r = lintText({ text, filename: docPath, cwd: root, rules });
  const [d] = toDiagnostics(r.messages, text, { rules, metas });
  if (!d) throw new Error(`no ${ruleId} finding in ${docRel}`);
  return {
    snippet: snippetsForRule(ruleId)[0]!,
    text,
    docPath,
    folderPath: root,
    finding: { ruleId, range: d.range },
    fs: nodeFs,
    relint: (helperModules) => lintText({ text, filename: docPath, cwd: root, rules, helperModules }).messages,
    ...extra,
  };
}

function findings(ruleId: string, root: string, docRel: string, text: string): readonly LintMessage[] {
  return lintText({ text, filename: join(root, docRel), cwd: root, rules: rulesFor(ruleId) }).messages;
}

const TSCONFIG = JSON.stringify({ compilerOptions: { paths: { '@/*': ['./*'] } } });

const ERROR_ROUTE = `import { NextResponse } from 'next/server';

export async function GET() {
  try {
    const res = await fetch('https://api.example.com/report', { signal: AbortSignal.timeout(5_000) });
    return NextResponse.json(await res.json());
  } catch (error: any) {
    return NextResponse.json({ error: error.message }, { status: 500 });
  }
}
`;

const FETCH_ROUTE = `import { NextResponse } from 'next/server';

export async function GET(req: Request) {
  const city = new URL(req.url).searchParams.get('city') ?? 'Berlin';
  const res = await fetch(\`https://api.weather.example/v1/\${encodeURIComponent(city)}\`);
  return NextResponse.json(await res.json());
}
`;

const CLIENT_PAGE = `'use client';

import { useState } from 'react';

export default function Settings() {
  const [apiKey, setApiKey] = useState('');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        localStorage.setItem('openai_api_key', apiKey);
      }}
    >
      <input value={apiKey} onChange={(e) => setApiKey(e.target.value)} />
    </form>
  );
}
`;

describe('the suggestion that applies the snippet', () => {
  it('no-raw-error-response: replaces the response with errorResponse, imported from the created helper', async () => {
    const root = tempTree({ 'package.json': '{}', 'tsconfig.json': TSCONFIG, 'app/api/report/route.ts': ERROR_ROUTE });
    const plan = await planSnippet(input('no-raw-error-response', root, 'app/api/report/route.ts', ERROR_ROUTE));
    if (plan.kind !== 'helper') throw new Error(plan.kind);
    expect(plan).toMatchObject({ helperFile: join(root, 'lib/error-response.ts'), create: true, importPath: '@/lib/error-response', usesHelper: true });
    const after = applyEdits(ERROR_ROUTE, plan.edits);
    expect(after).toBe(
      ERROR_ROUTE.replace("'next/server';", "'next/server';\nimport { errorResponse } from '@/lib/error-response';").replace(
        'return NextResponse.json({ error: error.message }, { status: 500 });',
        "return errorResponse(error, 'GET /api/report');",
      ),
    );
    expect(parses(after, 'route.ts')).toBe(true);
    expect(findings('no-raw-error-response', root, 'app/api/report/route.ts', after)).toEqual([]);
  });

  it('no-raw-error-response in a Pages API route: the generic message (the helper answers with a NextResponse)', async () => {
    const text = "export default async function handler(req, res) {\n  try {\n    await run();\n  } catch (error) {\n    console.error(error);\n    res.status(500).json({ error: error.message });\n  }\n}\n";
    const root = tempTree({ 'package.json': '{}', 'pages/api/run.js': text });
    const plan = await planSnippet(input('no-raw-error-response', root, 'pages/api/run.js', text));
    if (plan.kind !== 'helper') throw new Error(plan.kind);
    expect(plan.usesHelper).toBe(false);
    expect(applyEdits(text, plan.edits)).toContain("res.status(500).json({ error: 'Internal server error' });");
  });

  it('require-request-timeout: rewrites fetch(url) to fetchWithTimeout(url), imported from the created helper', async () => {
    const root = tempTree({ 'package.json': '{}', 'tsconfig.json': TSCONFIG, 'app/api/weather/route.ts': FETCH_ROUTE });
    const plan = await planSnippet(input('require-request-timeout', root, 'app/api/weather/route.ts', FETCH_ROUTE));
    if (plan.kind !== 'helper') throw new Error(plan.kind);
    expect(plan).toMatchObject({ helperFile: join(root, 'lib/fetch-with-timeout.ts'), create: true, importPath: '@/lib/fetch-with-timeout', usesHelper: true });
    const after = applyEdits(FETCH_ROUTE, plan.edits);
    expect(after).toBe(
      FETCH_ROUTE.replace("'next/server';", "'next/server';\nimport { fetchWithTimeout } from '@/lib/fetch-with-timeout';").replace(
        'await fetch(`',
        'await fetchWithTimeout(`',
      ),
    );
    expect(findings('require-request-timeout', root, 'app/api/weather/route.ts', after)).toEqual([]);
  });

  it('inlines through the helper-using suggestion too when an unrelated file holds the helper path', async () => {
    const root = tempTree({ 'package.json': '{}', 'lib/fetch-with-timeout.ts': 'export const other = 1;\n', 'app/api/weather/route.ts': FETCH_ROUTE });
    const plan = await planSnippet(input('require-request-timeout', root, 'app/api/weather/route.ts', FETCH_ROUTE));
    if (plan.kind !== 'inline') throw new Error(plan.kind);
    const after = applyEdits(FETCH_ROUTE, plan.edits);
    expect(after).toContain('await fetchWithTimeout(`https://api.weather.example');
    expect(after).toContain('async function fetchWithTimeout(');
    expect(findings('require-request-timeout', root, 'app/api/weather/route.ts', after)).toEqual([]);
  });

  it('pickSuggestion: the first suggestion that brings in the snippet, else the first', () => {
    const text = 'const a = process.env.A;\n';
    const generic = { desc: 'generic', fix: { range: [10, 23] as [number, number], text: "'x'" } };
    const viaEnv = { desc: 'env', fix: { range: [10, 23] as [number, number], text: 'env.A' } };
    const message = { ruleId: 'prodready/x', message: '', line: 1, column: 1, severity: 1, suggestions: [generic, viaEnv] } as LintMessage;
    expect(pickSuggestion(message, text, { names: ['env'] })).toMatchObject({ index: 1, usesSnippet: true });
    expect(pickSuggestion(message, text, { names: ['other'] })).toMatchObject({ index: 0, usesSnippet: false });
    expect(pickSuggestion({ ...message, suggestions: [] }, text, { names: ['env'] })).toBeUndefined();
    // `process.env` is no use of `env`; an import of the module is.
    expect(suggestionUses({ desc: '', fix: { range: [0, 0], text: "import { a } from '@/lib/env';\n" } }, text, { importPath: '@/lib/env' })).toBe(true);
    expect(suggestionUses({ desc: '', fix: { range: [10, 23], text: 'process.env.B' } }, text, { names: ['env'] })).toBe(false);
    expect(suggestionUses({ desc: '', fix: { range: [10, 23], text: "fetch('/api/session?x=1')" } }, text, { url: '/api/session' })).toBe(true);
    expect(suggestionUses({ desc: '', fix: { range: [10, 23], text: "fetch('/api/sessions')" } }, text, { url: '/api/session' })).toBe(false);
  });
});

describe('a whole-file snippet (@file): the session route of no-client-credential-storage', () => {
  const snippet = snippetsForRule('no-client-credential-storage')[0]!;
  const PAGE = 'app/settings/page.tsx';

  it('routes and entry points', () => {
    expect(snippet.filePath).toBe('app/api/session/route.ts');
    expect(routeUrl('app/api/session/route.ts')).toBe('/api/session');
    expect(routeUrl('src/app/(auth)/api/session/route.js')).toBe('/api/session');
    expect(routeUrl('pages/api/session/index.ts')).toBe('/api/session');
    expect(routeUrl('lib/x.ts')).toBeUndefined();
    expect(isServerEntry('/a/app/api/x/route.ts', '')).toBe(true);
    expect(isServerEntry('/a/pages/api/x.ts', '')).toBe(true);
    expect(isServerEntry('/a/app/actions.ts', "// actions\n'use server';\n")).toBe(true);
    expect(isServerEntry('/a/app/settings/page.tsx', "'use client';\n")).toBe(false);
  });

  it('creates app/api/session/route.ts and replaces the storage write with a POST to it', async () => {
    const root = tempTree({ 'package.json': '{}', 'tsconfig.json': TSCONFIG, 'app/': '', [PAGE]: CLIENT_PAGE });
    const plan = await planSnippet(input('no-client-credential-storage', root, PAGE, CLIENT_PAGE));
    if (plan.kind !== 'file') throw new Error(plan.kind);
    expect(plan).toMatchObject({ file: join(root, 'app/api/session/route.ts'), create: true, url: '/api/session', conflict: false, callsFile: true });
    expect(plan.contents).toBe(snippet.code);
    expect(plan.body).toContain("${1:'session'}");
    const after = applyEdits(CLIENT_PAGE, plan.edits);
    expect(after).toBe(
      CLIENT_PAGE.replace(
        "localStorage.setItem('openai_api_key', apiKey);",
        "void fetch('/api/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token: apiKey }), credentials: 'same-origin' });",
      ),
    );
    expect(parses(after, 'page.tsx')).toBe(true);
    expect(findings('no-client-credential-storage', root, PAGE, after)).toEqual([]);
    // The route itself is clean under the rule it serves.
    expect(findings('no-client-credential-storage', root, 'app/api/session/route.ts', plan.contents)).toEqual([]);
  });

  it('uses src/app when the app keeps its routes there', async () => {
    const root = tempTree({ 'package.json': '{}', 'tsconfig.json': TSCONFIG, 'src/app/settings/page.tsx': CLIENT_PAGE });
    const plan = await planSnippet(input('no-client-credential-storage', root, 'src/app/settings/page.tsx', CLIENT_PAGE));
    expect(plan).toMatchObject({ kind: 'file', file: join(root, 'src/app/api/session/route.ts'), create: true, url: '/api/session' });
  });

  it('creates a JavaScript route (types stripped, tab stops kept) in a JavaScript app', async () => {
    const page = CLIENT_PAGE;
    const root = tempTree({ 'package.json': '{}', 'jsconfig.json': TSCONFIG, 'app/settings/page.jsx': page });
    const plan = await planSnippet(input('no-client-credential-storage', root, 'app/settings/page.jsx', page));
    if (plan.kind !== 'file') throw new Error(plan.kind);
    expect(plan.file).toBe(join(root, 'app/api/session/route.js'));
    expect(plan.contents).not.toMatch(/: Request|Promise<NextResponse>/);
    expect(parses(plan.contents, 'route.js')).toBe(true);
    expect(plan.body).toContain("${1:'session'}");
    expect(plan.callsFile).toBe(true);
  });

  it('reuses an existing route that exports POST (never overwrites it)', async () => {
    const existing = "export async function POST(request) {\n  return new Response(null, { status: 204 });\n}\n";
    const root = tempTree({ 'package.json': '{}', 'tsconfig.json': TSCONFIG, 'app/api/session/route.ts': existing, [PAGE]: CLIENT_PAGE });
    const plan = await planSnippet(input('no-client-credential-storage', root, PAGE, CLIENT_PAGE));
    if (plan.kind !== 'file') throw new Error(plan.kind);
    expect(plan).toMatchObject({ file: join(root, 'app/api/session/route.ts'), create: false, conflict: false, callsFile: true });
    expect(applyEdits(CLIENT_PAGE, plan.edits)).toContain("void fetch('/api/session', { method: 'POST'");
  });

  it('leaves an existing route without POST alone, changes nothing and says what it lacks', async () => {
    const existing = "export async function GET() {\n  return Response.json({ ok: true });\n}\n";
    const root = tempTree({ 'package.json': '{}', 'app/api/session/route.js': existing, [PAGE]: CLIENT_PAGE });
    const plan = await planSnippet(input('no-client-credential-storage', root, PAGE, CLIENT_PAGE));
    if (plan.kind !== 'file') throw new Error(plan.kind);
    expect(plan).toMatchObject({ file: join(root, 'app/api/session/route.js'), create: false, conflict: true, missing: ['POST'], callsFile: false });
    expect(plan.edits).toEqual([]);
  });

  it('another rule\'s route snippet with no suggestion calling it: the route is created, the document left as is', async () => {
    const page = "'use client';\nexport async function complete(prompt: string) {\n  const key = process.env.NEXT_PUBLIC_OPENAI_API_KEY;\n  return fetch('https://api.openai.com/v1/responses', { headers: { Authorization: `Bearer ${key}` }, body: prompt });\n}\n";
    const root = tempTree({ 'package.json': '{}', 'tsconfig.json': TSCONFIG, 'src/app/chat/page.tsx': page });
    const plan = await planSnippet(input('no-public-secret-env', root, 'src/app/chat/page.tsx', page));
    if (plan.kind !== 'file') throw new Error(plan.kind);
    expect(plan).toMatchObject({ file: join(root, 'src/app/api/ai/complete/route.ts'), create: true, url: '/api/ai/complete', callsFile: false, edits: [] });
  });

  it('a route file snippet planned in a route handler is inserted there (not created elsewhere)', async () => {
    const text =
      "import { NextResponse } from 'next/server';\nimport { prisma } from '@/lib/prisma';\nexport async function POST(req: Request) {\n  const { name } = (await req.json()) as { name: string };\n  const project = await prisma.project.create({ data: { name } });\n  return NextResponse.json({ project }, { status: 201 });\n}\n";
    const root = tempTree({ 'package.json': '{}', 'app/api/projects/route.ts': text });
    const clerk = snippetsForRule('require-route-auth').find((s) => s.id === 'require-route-auth.clerk')!;
    expect(clerk.filePath).toBe('app/api/projects/route.ts');
    const plan = await planSnippet(input('require-route-auth', root, 'app/api/projects/route.ts', text, { snippet: clerk }));
    expect(plan.kind).toBe('insert');
  });
});
