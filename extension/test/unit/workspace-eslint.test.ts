import { mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ruleMetas } from '../../src/core/lint-core';
import { WorkspaceEslint } from '../../src/core/workspace-eslint';
import { tempTree } from './helpers';

// The app lives under the repo's node_modules/.cache so that its `require('eslint')` finds the repo's ESLint.
const cache = join(__dirname, '../../../node_modules/.cache');
mkdirSync(cache, { recursive: true });

const CONFIG = `
const fake = { meta: { schema: false }, create: () => ({}) };
const prodready = { rules: { 'no-redis-keys': fake, 'no-module-state': fake } };
export default [
  { ignores: ['generated/**'] },
  {
    files: ['**/*.ts'],
    plugins: { prodready },
    rules: { 'prodready/no-redis-keys': ['warn', { clientNames: ['cache'] }], 'prodready/no-module-state': 'off' },
    settings: { prodready: { helperModules: { 'no-redis-keys': '@/lib/scan' } } },
  },
];
`;

const made: string[] = [];
const tree = (files: Record<string, string>) => {
  const dir = tempTree(files, cache);
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

describe('workspace eslint.config (trusted workspaces only; the caller checks trust)', () => {
  it("reads the prodready rules, options and helperModules the app's own ESLint computes for a file", async () => {
    const root = tree({ 'package.json': '{"type":"module"}', 'eslint.config.js': CONFIG });
    const ws = new WorkspaceEslint(ruleMetas());
    const r = await ws.rulesFor(root, join(root, 'app/api/route.ts'));
    expect(r).toEqual({
      kind: 'rules',
      rules: {
        rules: { 'no-redis-keys': { severity: 'warning', options: [{ clientNames: ['cache'] }] } },
        helperModules: { 'no-redis-keys': '@/lib/scan' },
        source: 'eslint-config',
        configFile: join(root, 'eslint.config.js'),
      },
    });
    expect(await ws.rulesFor(root, join(root, 'generated/a.ts'))).toMatchObject({ kind: 'ignored' });
  });

  it('does not load anything when the config does not mention prodready, or there is none', async () => {
    const plain = tree({ 'package.json': '{}', 'eslint.config.mjs': 'export default [];' });
    const none = tree({ 'package.json': '{}' });
    const ws = new WorkspaceEslint(ruleMetas());
    expect(await ws.rulesFor(plain, join(plain, 'a.ts'))).toEqual({ kind: 'none' });
    expect(await ws.rulesFor(none, join(none, 'a.ts'))).toEqual({ kind: 'none' });
  });

  it('reports a broken config as a reason and falls back', async () => {
    const root = tree({ 'package.json': '{"type":"module"}', 'eslint.config.js': '// prodready\nthrow new Error("boom");' });
    const r = await new WorkspaceEslint(ruleMetas()).rulesFor(root, join(root, 'a.ts'));
    expect(r.kind).toBe('none');
    expect(r.kind === 'none' && r.reason).toMatch(/boom/);
  });
});

describe('workspace eslint.config answers remembered across sessions (no waiting for the app ESLint at start)', () => {
  const memoryOf = () => {
    const m = new Map<string, unknown>();
    return { map: m, get: (k: string) => m.get(k), update: (k: string, v: unknown) => void m.set(k, structuredClone(v)) };
  };
  const session = (memory: ReturnType<typeof memoryOf>, revised: string[] = []) =>
    new WorkspaceEslint(ruleMetas(), { memory, onRevised: (_root, file) => revised.push(file) });

  it('a new session answers from memory while the app ESLint loads, then uses fresh answers', async () => {
    const root = tree({ 'package.json': '{"type":"module"}', 'eslint.config.js': CONFIG });
    const memory = memoryOf();
    const route = join(root, 'app/api/route.ts');
    const first = await session(memory).rulesFor(root, route);
    expect(first).toMatchObject({ kind: 'rules' });
    expect(first).not.toHaveProperty('remembered');

    const revised: string[] = [];
    const ws = session(memory, revised);
    const early = await ws.rulesFor(root, route);
    expect(early).toEqual({ ...first, remembered: true });
    await ws.revisions();
    expect(revised).toEqual([]); // the fresh answer is the same: nothing to lint again
    expect(await ws.rulesFor(root, route)).toEqual(first); // loaded now: fresh answers
  });

  it('a file not seen before gets the answer of a file of its kind in its folder, else of its kind', async () => {
    const root = tree({ 'package.json': '{"type":"module"}', 'eslint.config.js': CONFIG });
    const memory = memoryOf();
    const one = session(memory);
    const linted = await one.rulesFor(root, join(root, 'app/api/route.ts'));
    const ignored = await one.rulesFor(root, join(root, 'generated/a.ts'));
    expect(ignored).toMatchObject({ kind: 'ignored' });

    const two = session(memory);
    expect(await two.rulesFor(root, join(root, 'generated/b.ts'))).toEqual({ ...ignored, remembered: true });
    const three = session(memory);
    expect(await three.rulesFor(root, join(root, 'app/api/users.ts'))).toEqual({ ...linted, remembered: true });
    await Promise.all([two, three].map((s) => s.revisions())); // they remember generated/b.ts, app/api/users.ts
    // A folder with no remembered file: the answer most .ts files got (4 linted, 3 ignored; an ignored one was the last).
    await one.rulesFor(root, join(root, 'lib/db.ts'));
    await one.rulesFor(root, join(root, 'lib/auth.ts'));
    await one.rulesFor(root, join(root, 'generated/c.ts'));
    const four = session(memory);
    expect(await four.rulesFor(root, join(root, 'app/api/other/route.ts'))).toEqual({ ...linted, remembered: true });
    // No remembered .js file: waits for the fresh answer (no guess across kinds).
    expect(await session(memory).rulesFor(root, join(root, 'app/page.js'))).not.toHaveProperty('remembered');
    await four.revisions();
  });

  it('a remembered answer that is out of date is replaced: onRevised names the file once', async () => {
    const root = tree({ 'package.json': '{"type":"module"}', 'eslint.config.js': CONFIG });
    const memory = memoryOf();
    const route = join(root, 'app/api/route.ts');
    const fresh = await session(memory).rulesFor(root, route);
    // As if a preset in node_modules changed since (the config file itself did not).
    const [key, stored] = [...memory.map.entries()][0] as [string, { results: { rules?: { rules: Record<string, { severity: string }> } }[] }];
    stored.results[0]!.rules!.rules['no-redis-keys']!.severity = 'error';
    memory.map.set(key, stored);

    const revised: string[] = [];
    const ws = session(memory, revised);
    const early = await ws.rulesFor(root, route);
    expect(early).toMatchObject({ remembered: true, rules: { rules: { 'no-redis-keys': { severity: 'error' } } } });
    await ws.rulesFor(root, route); // a second lint of the same file while loading: one revision
    await ws.revisions();
    expect(revised).toEqual([route]);
    expect(await ws.rulesFor(root, route)).toEqual(fresh);
    expect(await session(memory).rulesFor(root, route)).toEqual({ ...fresh, remembered: true }); // memory updated
  });

  it('a changed config file, `wait`, or no memory: no remembered answer', async () => {
    const root = tree({ 'package.json': '{"type":"module"}', 'eslint.config.js': CONFIG });
    const memory = memoryOf();
    const route = join(root, 'app/api/route.ts');
    await session(memory).rulesFor(root, route);
    expect(await session(memory).rulesFor(root, route, { wait: true })).not.toHaveProperty('remembered');
    expect(await new WorkspaceEslint(ruleMetas()).rulesFor(root, route)).not.toHaveProperty('remembered');
    writeFileSync(join(root, 'eslint.config.js'), CONFIG.replace("'warn'", "'error'"));
    // ESLint re-imports a config whose mtime changed; a write within the same millisecond as the first
    // load would keep the cached module, which no real edit does.
    const later = new Date(Date.now() + 5000);
    utimesSync(join(root, 'eslint.config.js'), later, later);
    const changed = await session(memory).rulesFor(root, route);
    expect(changed).not.toHaveProperty('remembered');
    expect(changed).toMatchObject({ rules: { rules: { 'no-redis-keys': { severity: 'error' } } } });
  });

  it('a config that fails to load is not remembered, and a failing revision does not loop', async () => {
    const root = tree({ 'package.json': '{"type":"module"}', 'eslint.config.js': CONFIG });
    const memory = memoryOf();
    const route = join(root, 'app/api/route.ts');
    await session(memory).rulesFor(root, route);
    // The config still has its stamp, but its ESLint now fails (an import it needs is gone).
    const [key, stored] = [...memory.map.entries()][0] as [string, unknown];
    const broken = tree({ 'package.json': '{"type":"module"}', 'eslint.config.js': '// prodready\nthrow new Error("boom");' });
    const { statSync } = await import('node:fs');
    const st = statSync(join(broken, 'eslint.config.js'));
    memory.map.set(key.replace(root, broken), { ...(stored as object), stamp: `${st.mtimeMs}:${st.size}` });
    const revised: string[] = [];
    const ws = session(memory, revised);
    const file = join(broken, 'app/api/route.ts');
    expect(await ws.rulesFor(broken, file)).toMatchObject({ kind: 'rules', remembered: true });
    await ws.revisions();
    expect(revised).toEqual([file]);
    const after = await ws.rulesFor(broken, file);
    expect(after).toMatchObject({ kind: 'none', reason: expect.stringMatching(/boom/) });
    expect(after).not.toHaveProperty('remembered');
  });
});
