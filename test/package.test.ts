import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const dist = join(root, 'eslint-plugin/dist');
const require = createRequire(__filename);

function newestMtime(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const st = statSync(join(dir, name));
    if (st.isFile()) newest = Math.max(newest, st.mtimeMs);
  }
  return newest;
}

beforeAll(() => {
  // The package tests run against the built output: rebuild it when the sources are newer.
  const built = existsSync(join(dist, 'index.cjs')) ? statSync(join(dist, 'index.cjs')).mtimeMs : 0;
  if (built < newestMtime(join(root, 'eslint-plugin/src'))) {
    execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), 'plugin'], { stdio: 'pipe' });
  }
}, 120_000);

describe('the built package', () => {
  it('works with require()', () => {
    const plugin = require(join(dist, 'index.cjs'));
    expect(plugin.meta.name).toBe('eslint-plugin-prodready');
    expect(plugin.meta.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(Object.keys(plugin.configs).sort()).toEqual(['all', 'recommended']);
    expect(Object.keys(plugin.rules).length).toBeGreaterThanOrEqual(19);
  });

  it('works with import, and both entry points expose the same rules', async () => {
    const esm = (await import(join(dist, 'index.mjs'))).default;
    const cjs = require(join(dist, 'index.cjs'));
    expect(Object.keys(esm.rules)).toEqual(Object.keys(cjs.rules));
    expect(esm.meta).toEqual(cjs.meta);
  });

  it('resolves by package name from the workspace', () => {
    expect(require.resolve('eslint-plugin-prodready')).toBe(join(dist, 'index.cjs'));
  });

  it('the configs set files, the parser and the plugin', () => {
    const plugin = require(join(dist, 'index.cjs'));
    for (const name of ['recommended', 'all']) {
      const c = plugin.configs[name];
      expect(c.files.some((g: string) => g.includes('tsx'))).toBe(true);
      expect(typeof c.languageOptions.parser.parseForESLint).toBe('function');
      expect(c.plugins.prodready).toBe(plugin);
    }
    const all = Object.keys(plugin.configs.all.rules);
    expect(all.length).toBe(Object.keys(plugin.rules).length);
    for (const id of Object.keys(plugin.configs.recommended.rules)) expect(all).toContain(id);
  });

  for (const [label, bin] of [
    ['ESLint 9', 'node_modules/eslint/bin/eslint.js'],
    ['ESLint 10', 'node_modules/eslint-v10/bin/eslint.js'],
  ] as const) {
    it(`lints the example app (TS + JSX + JS) with only [configs.recommended] under ${label}`, () => {
      const r = spawnSync(process.execPath, [join(root, bin), '.', '-f', 'json'], {
        cwd: join(root, 'examples/next-app'),
        encoding: 'utf8',
      });
      expect(r.status, r.stderr).toBe(1);
      const results = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string | null; fatal?: boolean }[] }[];
      const files = results.map((x) => x.filePath.slice(root.length + 1)).sort();
      expect(files).toContain('examples/next-app/components/IntegrationSettings.tsx');
      expect(files).toContain('examples/next-app/lib/api/rate-limiter.js');
      const messages = results.flatMap((x) => x.messages);
      expect(messages.filter((m) => m.fatal)).toEqual([]);
      expect(messages.every((m) => m.ruleId?.startsWith('prodready/'))).toBe(true);
      expect(messages.some((m) => m.ruleId === 'prodready/no-redis-keys')).toBe(true);
    });
  }
});
