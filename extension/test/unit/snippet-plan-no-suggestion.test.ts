// "Insert hardened snippet" for a finding whose rule offers no suggestion (no mechanical fix), with
// no-module-state: a limiter and a counter get the helper without a call-site rewrite; a Map cache
// still gets the rule's createCache() rewrite.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText, parses, ruleMetas, snippetsForRule } from '../../src/core/lint-core';
import { toDiagnostics } from '../../src/core/diagnostics';
import { planSnippet, type SnippetPlan } from '../../src/core/snippet-plan';
import type { EffectiveRules } from '../../src/core/settings';
import { applyEdits, nodeFs, tempTree } from './helpers';

const rules: EffectiveRules = { rules: { 'no-module-state': { severity: 'warning', options: [] } }, helperModules: {}, source: 'settings' };

const LIMITER = `import { NextResponse } from 'next/server';
const hits = new Map();
export function middleware(req) {
  const ip = req.ip ?? 'x';
  hits.set(ip, (hits.get(ip) ?? 0) + 1);
  return NextResponse.next();
}
`;

const CACHE = `import { NextResponse } from 'next/server';

const cache = new Map<string, string>();

export async function POST(req: Request) {
  const { prompt } = (await req.json()) as { prompt: string };
  const hit = cache.get(prompt);
  if (hit) return NextResponse.json({ answer: hit });
  const answer = prompt.trim().toUpperCase();
  cache.set(prompt, answer);
  return NextResponse.json({ answer });
}
`;

async function plan(files: Record<string, string>, doc: string, snippetId: string): Promise<{ plan: SnippetPlan; text: string; root: string }> {
  const root = tempTree(files);
  const docPath = join(root, doc);
  const text = files[doc]!;
  const r = lintText({ text, filename: docPath, cwd: root, rules });
  const [d] = toDiagnostics(r.messages, text, { rules, metas: ruleMetas() });
  expect(d).toBeDefined();
  const snippet = snippetsForRule('no-module-state').find((s) => s.id === snippetId)!;
  const p = await planSnippet({
    snippet,
    text,
    docPath,
    folderPath: root,
    finding: { ruleId: 'no-module-state', range: d!.range },
    fs: nodeFs,
    relint: (helperModules) => lintText({ text, filename: docPath, cwd: root, rules, helperModules }).messages,
  });
  return { plan: p, text, root };
}

describe('Insert hardened snippet without a rule suggestion', () => {
  it('creates the helper and imports its value exports only (no interface import in JavaScript)', async () => {
    const { plan: p, text, root } = await plan({ 'package.json': '{}', 'middleware.js': LIMITER }, 'middleware.js', 'no-module-state.ratelimit');
    expect(p).toMatchObject({ kind: 'helper', helperFile: join(root, 'lib/rate-limit.js'), create: true });
    if (p.kind !== 'helper') return;
    const fixed = applyEdits(text, p.edits);
    expect(fixed).toContain("import { checkRateLimit } from './lib/rate-limit';");
    expect(fixed).not.toContain('RateLimitResult');
    expect(p.contents).toContain('async function checkRateLimit');
  });

  it('inserts the helper into the file when the helper path holds an unrelated module', async () => {
    const { plan: p } = await plan(
      { 'package.json': '{}', 'middleware.js': LIMITER, 'lib/rate-limit.js': 'export const other = 1;\n' },
      'middleware.js',
      'no-module-state.ratelimit',
    );
    expect(p.kind).toBe('insert');
    if (p.kind !== 'insert') return;
    expect(p.resultText).toContain('async function checkRateLimit');
    expect(p.resultText).toContain("import { Ratelimit } from '@upstash/ratelimit';");
    expect(parses(p.resultText, 'middleware.js')).toBe(true);
  });

  it('still applies the createCache() rewrite for a Map cache', async () => {
    const { plan: p, text } = await plan({ 'package.json': '{}', 'app/api/agent/route.ts': CACHE }, 'app/api/agent/route.ts', 'no-module-state');
    expect(p).toMatchObject({ kind: 'helper', usesHelper: true });
    if (p.kind !== 'helper') return;
    const fixed = applyEdits(text, p.edits);
    expect(fixed).toContain("const cache = createCache<string>('cache');");
    expect(fixed).toContain('await cache.set(prompt, answer);');
    expect(fixed).not.toContain('new Map<string, string>()');
  });
});
