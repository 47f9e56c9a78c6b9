// What ESLint itself costs as soon as ONE rule is enabled, and why (see docs/benchmarks.md, "ESLint's
// cost of enabling any rule").
//
//   node scripts/eslint-rule-floor.mjs DIR [--runs N] [--eslint eslint-v10]
//
// Lints every JS/TS file under DIR (node_modules and dot folders skipped) with ESLint's Linter and
// @typescript-eslint/parser, in one fresh process per run and mode, alternating:
//   none     no rule on
//   noop     one rule on whose create() returns {} (it never runs any code)
//   patched  the same no-op rule, with ESLint's FileContext#extend replaced in memory by a version that
//            copies the file context's fields instead of using the per-file FileContext object as the
//            rule context's prototype (scripts/eslint-extend-patch.mjs)
// and prints wall time and GC time (PerformanceObserver 'gc' entries) per mode. No prodready code runs.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { patchFileContextExtend } from './eslint-extend-patch.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const args = process.argv.slice(2);

if (args[0] === '--worker') {
  const [, mode, dir, eslintPkg] = args;
  const { Linter } = require(eslintPkg);
  const parser = require('@typescript-eslint/parser');
  if (mode === 'patched') patchFileContextExtend(require, eslintPkg);
  const files = [];
  (function walk(d) {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.[cm]?[jt]sx?$/.test(e.name) && !e.name.endsWith('.d.ts')) files.push(p);
    }
  })(dir);
  const texts = files.map((f) => [relative(dir, f), readFileSync(f, 'utf8')]);
  const config = [
    {
      files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
      languageOptions: { parser, ecmaVersion: 'latest', sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } },
      plugins: { floor: { rules: { noop: { meta: { type: 'problem', schema: [] }, create: () => ({}) } } } },
      rules: mode === 'none' ? {} : { 'floor/noop': 'error' },
    },
  ];
  let gcMs = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcMs += e.duration;
  }).observe({ entryTypes: ['gc'] });
  const linter = new Linter({ cwd: dir });
  const t0 = performance.now();
  for (let i = 0; i < texts.length; i++) {
    linter.verify(texts[i][1], config, texts[i][0]);
    // let the GC observer's entries through
    if (i % 200 === 199) await new Promise((r) => setImmediate(r));
  }
  const wallMs = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 50));
  process.stdout.write(`${JSON.stringify({ files: texts.length, wallMs, gcMs })}\n`);
  process.exit(0);
}

const dir = args[0];
if (!dir) {
  console.error('usage: node scripts/eslint-rule-floor.mjs DIR [--runs N] [--eslint eslint-v10]');
  process.exit(2);
}
const i = args.indexOf('--runs');
const runs = i >= 0 ? Number(args[i + 1]) : 3;
const e = args.indexOf('--eslint');
const eslintPkg = e >= 0 ? args[e + 1] : 'eslint';
const modes = ['none', 'noop', 'patched'];
const res = Object.fromEntries(modes.map((m) => [m, []]));
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
console.log(`ESLint ${require(`${eslintPkg}/package.json`).version}, Node ${process.version}, ${dir}`);
for (let r = 0; r < runs; r++) {
  for (const mode of r % 2 ? [...modes].reverse() : modes) {
    const out = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--worker', mode, dir, eslintPkg], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (out.status !== 0) {
      console.error(out.stderr);
      process.exit(1);
    }
    const x = JSON.parse(out.stdout.trim().split('\n').pop());
    res[mode].push(x);
    console.log(`  run ${r + 1} ${mode.padEnd(8)} ${x.files} files  lint ${x.wallMs.toFixed(0).padStart(7)} ms  GC ${x.gcMs.toFixed(0).padStart(6)} ms`);
  }
}
const base = median(res.none.map((x) => x.wallMs));
for (const m of modes) {
  const w = median(res[m].map((x) => x.wallMs));
  console.log(`${m.padEnd(8)} median lint ${w.toFixed(0).padStart(7)} ms (${(w / base).toFixed(3)}× none)  median GC ${median(res[m].map((x) => x.gcMs)).toFixed(0).padStart(6)} ms`);
}
