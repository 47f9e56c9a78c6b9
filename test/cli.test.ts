/**
 * The plugin as users run it: the real ESLint CLI (ESLint 9 and ESLint 10) on test/fixtures/cli-app,
 * whose eslint.config.mjs imports the built package ('eslint-plugin-prodready' → eslint-plugin/dist).
 * Proves that the plugin works with `--cache` (the second run is served from the cache, with the same
 * results), with `--concurrency 2` (worker threads load the config and the plugin themselves; same
 * results as a serial run) and with the SARIF formatter used for GitHub code scanning; and that the
 * workflow documented in docs/ci.md is well-formed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plugin } from './lint-helpers';

const root = join(__dirname, '..');
const app = join(root, 'test/fixtures/cli-app');
const dist = join(root, 'eslint-plugin/dist/index.mjs');
const tmp = mkdtempSync(join(tmpdir(), 'prodready-cli-'));
const ESLINTS = {
  'ESLint 9': join(root, 'node_modules/eslint/bin/eslint.js'),
  'ESLint 10': join(root, 'node_modules/eslint-v10/bin/eslint.js'),
} as const;
const FIXTURE_FILES = 7; // six sources and eslint.config.mjs

function newestMtime(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    newest = Math.max(newest, st.isDirectory() ? newestMtime(p) : st.mtimeMs);
  }
  return newest;
}

beforeAll(() => {
  // The fixture imports the built package: build it when it is missing or older than its sources.
  const stale = !existsSync(dist) || statSync(dist).mtimeMs < Math.max(newestMtime(join(root, 'eslint-plugin/src')), newestMtime(join(root, 'snippets')));
  if (stale) execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), 'plugin'], { cwd: root, stdio: 'pipe' });
}, 180_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

function eslint(bin: string, args: string[], env: Record<string, string> = {}): CliRun {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: app,
    encoding: 'utf8',
    env: { ...process.env, ...env, NODE_OPTIONS: '', FORCE_COLOR: '0' },
    maxBuffer: 32 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; line: number; column: number; fatal?: boolean; message: string }[];
}

/** The findings of a `-f json` run, as sorted `file:line:column rule` strings. */
function findings(run: CliRun): string[] {
  // Exit code 1 = lint errors found; 2 = ESLint itself failed (config, crash).
  expect(run.status, run.stderr).toBe(1);
  const results = JSON.parse(run.stdout) as JsonResult[];
  expect(results.length).toBe(FIXTURE_FILES);
  const out: string[] = [];
  for (const r of results) {
    for (const m of r.messages) {
      expect(m.fatal, `${r.filePath}: ${m.message}`).toBeFalsy();
      out.push(`${relative(app, r.filePath)}:${m.line}:${m.column} ${m.ruleId}`);
    }
  }
  return out.sort();
}

const serial: Record<string, string[]> = {};

for (const [name, bin] of Object.entries(ESLINTS)) {
  describe(`${name} CLI on test/fixtures/cli-app`, () => {
    it('loads the built plugin from eslint.config.mjs and reports the fixture gaps', () => {
      const found = findings(eslint(bin, ['.', '-f', 'json']));
      serial[name] = found;
      // Every finding is ours, and the complete rule's findings are there.
      expect(found.filter((f) => !/ prodready\/[a-z-]+$/.test(f))).toEqual([]);
      expect(found).toContain('app/api/sessions/route.ts:6:28 prodready/no-redis-keys');
      expect(found).toContain('lib/cache.ts:6:17 prodready/no-redis-keys');
      expect(found.filter((f) => f.startsWith('lib/cache.ts:1'))).toEqual([]);
    }, 120_000);

    it('gives the same results as ESLint 9', () => {
      expect(serial[name]).toEqual(serial['ESLint 9']);
    });

    it('works with --cache: the second run is served from the cache with the same results', () => {
      const cacheLocation = join(tmp, `${name.replace(' ', '')}.eslintcache`);
      const args = ['.', '-f', 'json', '--cache', '--cache-location', cacheLocation];
      const first = eslint(bin, args);
      const firstFindings = findings(first);
      expect(existsSync(cacheLocation)).toBe(true);
      const cache = readFileSync(cacheLocation, 'utf8');
      expect(cache).toContain('session-token.tsx');
      const second = eslint(bin, args, { DEBUG: 'eslint:eslint-helpers*' });
      expect(findings(second)).toEqual(firstFindings);
      expect(firstFindings).toEqual(serial[name]);
      const skipped = second.stderr.split('\n').filter((l) => l.includes("Skipping file since it hasn't changed"));
      expect(skipped.length, second.stderr.slice(0, 2000)).toBe(FIXTURE_FILES);
    }, 120_000);

    it('works with --concurrency 2: worker threads load the plugin, same results as serial', () => {
      const run = eslint(bin, ['.', '-f', 'json', '--concurrency', '2']);
      expect(findings(run)).toEqual(serial[name]);
    }, 120_000);

    it('produces valid SARIF with the prodready rule ids and their docs urls', () => {
      const out = join(tmp, `${name.replace(' ', '')}.sarif`);
      const run = eslint(bin, ['.', '-f', '@microsoft/eslint-formatter-sarif', '-o', out]);
      expect(run.status, run.stderr).toBe(1);
      const sarif = JSON.parse(readFileSync(out, 'utf8'));
      expect(sarif.version).toBe('2.1.0');
      expect(sarif.$schema).toMatch(/sarif/);
      expect(sarif.runs).toHaveLength(1);
      const driver = sarif.runs[0].tool.driver;
      expect(driver.name).toBe('ESLint');
      const rules = driver.rules as { id: string; helpUri: string; shortDescription?: { text: string } }[];
      const redis = rules.find((r) => r.id === 'prodready/no-redis-keys');
      expect(redis?.helpUri).toBe(plugin.rules['no-redis-keys'].meta.docs?.url);
      for (const r of rules) {
        expect(r.id).toMatch(/^prodready\//);
        expect(r.helpUri).toBe(plugin.rules[r.id.slice('prodready/'.length) as keyof typeof plugin.rules]?.meta.docs?.url);
      }
      const results = sarif.runs[0].results as {
        ruleId: string;
        level: string;
        message: { text: string };
        locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
      }[];
      const fromSarif = results
        .map((r) => {
          const loc = r.locations[0]!.physicalLocation;
          return `${loc.artifactLocation.uri.replace(/^.*test\/fixtures\/cli-app\//, '')}:${loc.region.startLine} ${r.ruleId}`;
        })
        .sort();
      expect(fromSarif).toEqual(serial[name]!.map((f) => f.replace(/:(\d+):\d+ /, ':$1 ')).sort());
      for (const r of results) {
        expect(r.level).toBe('error');
        expect(r.message.text.length).toBeGreaterThan(0);
      }
    }, 120_000);
  });
}

describe('docs/ci.md', () => {
  const doc = readFileSync(join(root, 'docs/ci.md'), 'utf8');
  const yamlBlock = /```ya?ml\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';

  it('documents a workflow that lints to SARIF and uploads it to code scanning', () => {
    expect(yamlBlock.length).toBeGreaterThan(0);
    // js-yaml comes with ESLint 9 (@eslint/eslintrc); without it, fall back to checking the text.
    let workflow: any;
    try {
      workflow = createRequire(join(root, 'package.json'))('js-yaml').load(yamlBlock);
    } catch (e) {
      if ((e as { code?: string }).code !== 'MODULE_NOT_FOUND') throw e;
    }
    const text = yamlBlock;
    if (workflow) {
      expect(Object.keys(workflow.on ?? workflow[true as unknown as string] ?? {})).toEqual(expect.arrayContaining(['push', 'pull_request']));
      const jobs = Object.values(workflow.jobs) as { permissions: Record<string, string>; steps: Record<string, any>[] }[];
      expect(jobs).toHaveLength(1);
      const job = jobs[0]!;
      expect(job.permissions['security-events']).toBe('write');
      expect(job.permissions.contents).toBe('read');
      const steps = job.steps;
      const uses = steps.map((s) => String(s.uses ?? ''));
      expect(uses.some((u) => u.startsWith('actions/checkout@'))).toBe(true);
      expect(uses.some((u) => u.startsWith('actions/setup-node@'))).toBe(true);
      const lint = steps.find((s) => /eslint/.test(String(s.run ?? '')))!;
      expect(lint.run).toMatch(/npx eslint .*-f @microsoft\/eslint-formatter-sarif/);
      expect(lint.run).toMatch(/-o results\.sarif/);
      // A lint error must not stop the upload: the step continues, the upload runs always.
      expect(lint['continue-on-error']).toBe(true);
      const upload = steps.find((s) => String(s.uses ?? '').startsWith('github/codeql-action/upload-sarif@'))!;
      expect(upload.if).toMatch(/always\(\)/);
      expect(upload.with.sarif_file).toBe('results.sarif');
      expect(steps.indexOf(upload)).toBeGreaterThan(steps.indexOf(lint));
    } else {
      expect(text).toMatch(/security-events:\s*write/);
      expect(text).toMatch(/npx eslint .*-f @microsoft\/eslint-formatter-sarif.*-o results\.sarif/);
      expect(text).toMatch(/uses:\s*github\/codeql-action\/upload-sarif@/);
      expect(text).toMatch(/sarif_file:\s*results\.sarif/);
    }
  });

  it('the eslint command of the workflow works on the fixture app', () => {
    const cmd = /npx eslint ([^\n]*)/.exec(yamlBlock)?.[1] ?? '';
    const args = cmd.trim().split(/\s+/).map((a) => (a === 'results.sarif' ? join(tmp, 'doc.sarif') : a));
    const run = eslint(ESLINTS['ESLint 9'], args);
    expect(run.status, run.stderr).toBe(1);
    const sarif = JSON.parse(readFileSync(join(tmp, 'doc.sarif'), 'utf8'));
    expect(sarif.runs[0].results.length).toBeGreaterThan(0);
  }, 120_000);
});
