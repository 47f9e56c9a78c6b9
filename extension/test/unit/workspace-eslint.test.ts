import { mkdirSync, rmSync } from 'node:fs';
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
