// Benchmarks the prodready rules against ESLint's own cost of parsing.
//
//   npm run bench -- [--corpus DIR] [--runs N] [--files N] [--seed S] [--concurrency N]
//                    [--rules id,id] [--no-editor] [--editor-only] [--no-stats] [--no-warmup] [--edits N] [--json out.json]
//                    [--interleaved] [--decompose] [--floor] [--patch-eslint] [--no-node-maps] [--per-app]
//
// 1. Corpus runs. Lints a folder with the ESLint class (like the CLI) in fresh processes, alternating
//    (A B B A ...) between (a) "base": the same ESLint, parser, parser options and file set with no
//    rules on, and (b) "rules": every prodready rule on. Prints each run, the medians, the spread, and
//    the ratio rules/base on the whole process wall time (what a CI job sees) and on the lint call
//    alone (without Node start-up and config loading). The default corpus is the one
//    scripts/gen-corpus.mjs generates (deterministic, written to the OS temp folder); --corpus lints
//    any app folder, e.g. a public app fetched outside the repo.
//    With --floor, a third mode joins the rotation: "floor", ESLint with ONE rule on that does nothing
//    (`create() { return {} }`). It measures what ESLint itself costs as soon as any rule is enabled
//    (in ESLint 9.39 / 10.15 about 10 % on large apps, through garbage collection: see
//    docs/benchmarks.md), so rules/floor isolates the plugin's own cost. With --patch-eslint every mode
//    runs with that cost removed by the fix proposed to ESLint (scripts/eslint-extend-patch.mjs, applied
//    in memory): rules/base is then what the plugin costs once ESLint is fixed. With --no-node-maps
//    every mode parses with `preserveNodeMaps: false` (what the lint core uses; docs/benchmarks.md).
//    With --per-app (a corpus folder of several apps): every run lints each subfolder of DIR in its
//    own process per mode, alternating the modes app by app, and sums the apps. The machine's speed
//    drifts within minutes; alternating per app (seconds to a minute apart, not whole-corpus runs
//    minutes apart) cancels most of it. Each app pays Node start-up and config loading, in every mode.
// 2. Per-rule times: one more "rules" run with ESLint's `stats: true` (the data behind TIMING=all):
//    parse time, time per rule, rules total / parse.
// 2b. With --interleaved: the same two configs in one process, each file linted with ESLint's Linter
//    with no rules and with every rule in alternating order; sums both and prints the ratio. Robust to
//    a busy machine (the load drifts cancel file by file); leaves file enumeration and reading out.
//    With --decompose, also floor / create() only / listeners registered but empty: where the rules'
//    cost above parse-only goes (ESLint's floor, the rules' per-file setup, ESLint's dispatch, the work).
// 3. Editor: the lint core re-linting a 2,000-line TSX client component and a 2,000-line server
//    actions module after small edits (median and p95), against parsing that file alone. Uses
//    extension/src/core/lint-core.ts when it exists (bundled with esbuild), else ESLint's Linter with
//    the same config (what the lint core wraps), and says which.
//
// The plugin is bundled from source to a temp file (no build needed). The machine's load average is
// printed with the figures: numbers taken while other work runs are noisy; compare the spread.
import { build } from 'esbuild';
import { bundlePluginFromSource } from './bundle-plugin.mjs';
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : dflt;
};
const flag = (name) => args.includes(name);

const FILES = ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'];
// The parser options of every mode. Default: those of prodready's shared configs. With --no-node-maps,
// also `preserveNodeMaps: false` (what the extension's lint core uses; see docs/benchmarks.md): the
// parser then keeps no ESTree-to-TypeScript node maps, so a file's TypeScript AST is garbage as soon as
// it is converted, and ESLint's per-file rule-context prototype (the floor) retains less.
const PARSER_OPTIONS = { ecmaFeatures: { jsx: true }, ...(flag('--no-node-maps') ? { preserveNodeMaps: false } : {}) };
const IGNORES = ['**/node_modules/**', '**/.next/**', '**/.vercel/**', '**/dist/**', '**/build/**', '**/out/**', '**/coverage/**', '**/*.min.js', '**/.turbo/**'];

// ---------------------------------------------------------------------------------------------
// Worker: one lint of the corpus in this process; prints one JSON line.
if (args[0] === '--worker') {
  const [, mode, corpus, configFile] = args;
  const stats = flag('--stats');
  const concurrency = opt('--concurrency', 'off');
  if (flag('--patch-eslint')) (await import('./eslint-extend-patch.mjs')).patchFileContextExtend(require);
  const t0 = performance.now();
  const { ESLint } = require('eslint');
  const eslint = new ESLint({
    cwd: corpus,
    overrideConfigFile: configFile,
    stats,
    errorOnUnmatchedPattern: false,
    warnIgnored: false,
    concurrency: concurrency === 'off' ? 'off' : Number(concurrency) || concurrency,
  });
  const t1 = performance.now();
  const cpu1 = process.cpuUsage();
  let results;
  try {
    results = await eslint.lintFiles(['.']);
  } catch (e) {
    process.stdout.write(JSON.stringify({ crash: String(e?.stack ?? e).split('\n').slice(0, 8).join('\n') }) + '\n');
    process.exit(0);
  }
  const t2 = performance.now();
  const cpu2 = process.cpuUsage(cpu1);
  const cpuAll = process.cpuUsage();
  const out = {
    mode,
    files: results.length,
    lintMs: t2 - t1,
    setupMs: t1 - t0,
    // CPU time (user + system) of this process: much less disturbed than wall time by other work on the machine.
    lintCpuMs: (cpu2.user + cpu2.system) / 1000,
    cpuMs: (cpuAll.user + cpuAll.system) / 1000, parseErrors: 0, messages: 0, byRule: {} };
  if (stats) out.times = { parse: 0, rules: {}, total: 0 };
  for (const r of results) {
    for (const m of r.messages) {
      if (m.fatal) out.parseErrors++;
      else if (m.ruleId?.startsWith('prodready/')) {
        out.messages++;
        out.byRule[m.ruleId] = (out.byRule[m.ruleId] ?? 0) + 1;
      }
    }
    if (stats && r.stats) {
      for (const pass of r.stats.times.passes) {
        out.times.parse += pass.parse?.total ?? 0;
        out.times.total += pass.total ?? 0;
        for (const [id, t] of Object.entries(pass.rules ?? {})) out.times.rules[id] = (out.times.rules[id] ?? 0) + t.total;
      }
    }
  }
  process.stdout.write(JSON.stringify(out) + '\n');
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------
// Driver.
const runs = Number(opt('--runs', '5'));
const concurrency = opt('--concurrency', 'off');
const only = opt('--rules')?.split(',');
const jsonOut = opt('--json');
const cacheDir = join(root, 'node_modules/.cache', `prodready-bench-${process.pid}-${randomUUID()}`);
mkdirSync(cacheDir, { recursive: true });
process.on('exit', () => rmSync(cacheDir, { recursive: true, force: true }));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const f0 = (x) => x.toFixed(0);
const f1 = (x) => x.toFixed(1);
const f2 = (x) => x.toFixed(2);

// 1. Bundle the plugin from source.
const bundle = join(cacheDir, 'plugin.cjs');
await bundlePluginFromSource(bundle);
const plugin = require(bundle);
const ruleIds = only ?? Object.keys(plugin.rules);

// The two config files: identical but for the rules. Both load the plugin, so the difference is the
// rules' work alone.
function writeConfig(name, rules, extraPlugins = '') {
  const file = join(cacheDir, `${name}.config.mjs`);
  writeFileSync(
    file,
    `import { createRequire } from 'node:module';
const require = createRequire(${JSON.stringify(join(root, 'package.json'))});
const plugin = require(${JSON.stringify(bundle)});
const parser = require('@typescript-eslint/parser');
export default [
  { ignores: ${JSON.stringify(IGNORES)} },
  {
    files: ${JSON.stringify(FILES)},
    languageOptions: { parser, ecmaVersion: 'latest', sourceType: 'module', parserOptions: ${JSON.stringify(PARSER_OPTIONS)} },
    plugins: { prodready: plugin${extraPlugins} },
    linterOptions: { reportUnusedDisableDirectives: 'off', noInlineConfig: true },
    rules: ${JSON.stringify(rules)},
  },
];
`,
  );
  return file;
}
const configs = {
  base: writeConfig('base', {}),
  rules: writeConfig('rules', Object.fromEntries(ruleIds.map((id) => [`prodready/${id}`, 'error']))),
  floor: writeConfig('floor', { 'floor/noop': 'error' }, `, floor: { rules: { noop: { meta: { type: 'problem', schema: [] }, create: () => ({}) } } }`),
};
const withFloor = flag('--floor');
const modes = withFloor ? ['base', 'floor', 'rules'] : ['base', 'rules'];

// 2. The corpus.
let corpus = opt('--corpus');
let corpusLabel;
if (corpus) {
  corpus = resolve(corpus);
  corpusLabel = corpus;
} else {
  const files = opt('--files', '3000');
  const seed = opt('--seed', '1');
  const r = spawnSync(process.execPath, [join(root, 'scripts/gen-corpus.mjs'), '--files', files, '--seed', seed], { encoding: 'utf8' });
  if (r.status !== 0) {
    console.error(r.stderr || r.stdout);
    process.exit(1);
  }
  corpus = r.stdout.trim().split('\n').pop();
  corpusLabel = `generated (scripts/gen-corpus.mjs --files ${files} --seed ${seed})`;
}

function worker(mode, extra = [], dir = corpus) {
  const t0 = performance.now();
  const r = spawnSync(
    process.execPath,
    [fileURLToPath(import.meta.url), '--worker', mode, dir, configs[mode], '--concurrency', concurrency, ...(flag('--patch-eslint') ? ['--patch-eslint'] : []), ...extra],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const wallMs = performance.now() - t0;
  if (r.status !== 0) {
    console.error(r.stderr);
    process.exit(1);
  }
  const out = JSON.parse(r.stdout.trim().split('\n').pop());
  if (out.crash) {
    console.error(`\nA rule crashed while linting (mode ${mode}):\n${out.crash}\n\nFind the file and the rule with: node scripts/lint-corpus.mjs ${dir} --quiet`);
    process.exit(1);
  }
  return { ...out, wallMs };
}

const machine = `${cpus().length} × ${cpus()[0]?.model?.trim() ?? 'cpu'}, ${f0(totalmem() / 2 ** 30)} GB, Node ${process.version}, ESLint ${require('eslint/package.json').version}, @typescript-eslint/parser ${require('@typescript-eslint/parser/package.json').version}`;
const load0 = loadavg();
console.log(`prodready bench — ${new Date().toISOString()}`);
console.log(`machine: ${machine}`);
console.log(`load average at start: ${load0.map(f2).join(' ')}`);
console.log(`corpus: ${corpusLabel}`);
console.log(`rules: ${ruleIds.length} (${ruleIds.join(', ')})`);
if (flag('--no-node-maps')) console.log('parser option preserveNodeMaps: false in every mode');
if (flag('--patch-eslint')) console.log('ESLint patched in memory: FileContext#extend without per-file prototypes (scripts/eslint-extend-patch.mjs)');
console.log(`concurrency: ${concurrency}; runs per mode: ${runs} (alternating A B B A)\n`);

const report = { date: new Date().toISOString(), patchedEslint: flag('--patch-eslint'), parserOptions: PARSER_OPTIONS, machine, corpus: corpusLabel, load: { start: load0 }, rules: ruleIds, runs: { base: [], rules: [], ...(withFloor ? { floor: [] } : {}) } };

// --per-app: the apps (subfolders) of the corpus, each linted in its own processes.
const apps = flag('--per-app')
  ? readdirSync(corpus, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules')
      .map((e) => join(corpus, e.name))
  : [corpus];
if (flag('--per-app')) {
  if (apps.length === 0) {
    console.error(`--per-app: ${corpus} has no subfolders`);
    process.exit(1);
  }
  console.log(`per app: ${apps.length} subfolders, each linted in its own process per mode, modes alternating app by app\n`);
  report.apps = apps;
}
/** One run of `mode` over every app: sums of the apps' workers (one worker when not --per-app). */
function runAll(modeOrder) {
  const sums = Object.fromEntries(modeOrder.map((m) => [m, { mode: m, files: 0, lintMs: 0, setupMs: 0, lintCpuMs: 0, cpuMs: 0, parseErrors: 0, messages: 0, byRule: {}, wallMs: 0 }]));
  apps.forEach((dir, a) => {
    // ABBA within the run, and the other way round on the next app.
    const order = a % 2 === 0 ? modeOrder : [...modeOrder].reverse();
    for (const mode of order) {
      const r = worker(mode, [], dir);
      const t = sums[mode];
      for (const k of ['files', 'lintMs', 'setupMs', 'lintCpuMs', 'cpuMs', 'parseErrors', 'messages', 'wallMs']) t[k] += r[k];
      for (const [id, n] of Object.entries(r.byRule)) t.byRule[id] = (t.byRule[id] ?? 0) + n;
    }
  });
  return modeOrder.map((m) => sums[m]);
}

// Warm the OS file cache once, not timed.
const corpusRuns = !flag('--editor-only');
if (corpusRuns && !flag('--no-warmup')) for (const dir of apps) worker('base', [], dir);
for (let i = 0; i < (corpusRuns ? runs : 0); i++) {
  const order = i % 2 === 0 ? modes : [...modes].reverse();
  for (const r of runAll(order)) {
    const mode = r.mode;
    report.runs[mode].push(r);
    console.log(
      `  run ${i + 1} ${mode.padEnd(5)} wall ${f0(r.wallMs).padStart(6)} ms   lint ${f0(r.lintMs).padStart(6)} ms   lint CPU ${f0(r.lintCpuMs).padStart(6)} ms   ${r.files} files${mode === 'rules' ? `, ${r.messages} reports` : ''}${r.parseErrors ? `, ${r.parseErrors} parse errors` : ''}`,
    );
  }
}
const summary = {};
if (corpusRuns) {
for (const mode of modes) {
  const list = report.runs[mode];
  const wall = list.map((r) => r.wallMs);
  const lint = list.map((r) => r.lintMs);
  const cpu = list.map((r) => r.lintCpuMs);
  summary[mode] = {
    wallMedian: median(wall),
    lintMedian: median(lint),
    cpuMedian: median(cpu),
    cpuSpread: (Math.max(...cpu) - Math.min(...cpu)) / median(cpu),
    wallSpread: (Math.max(...wall) - Math.min(...wall)) / median(wall),
    lintSpread: (Math.max(...lint) - Math.min(...lint)) / median(lint),
  };
}
// Ratio per alternating pair too: the pairs cancel slow drifts of the machine's load.
const pairRatios = report.runs.base.map((b, i) => report.runs.rules[i].lintMs / b.lintMs);
summary.ratioWall = summary.rules.wallMedian / summary.base.wallMedian;
summary.ratioWallPairsMedian = median(report.runs.base.map((b, i) => report.runs.rules[i].wallMs / b.wallMs));
summary.ratioLint = summary.rules.lintMedian / summary.base.lintMedian;
summary.ratioLintPairsMedian = median(pairRatios);
summary.ratioCpu = summary.rules.cpuMedian / summary.base.cpuMedian;
summary.ratioCpuPairsMedian = median(report.runs.base.map((b, i) => report.runs.rules[i].lintCpuMs / b.lintCpuMs));
if (withFloor) {
  summary.ratioFloorWall = summary.floor.wallMedian / summary.base.wallMedian;
  summary.ratioFloorLint = summary.floor.lintMedian / summary.base.lintMedian;
  summary.ratioOverFloorWall = summary.rules.wallMedian / summary.floor.wallMedian;
  summary.ratioOverFloorLint = summary.rules.lintMedian / summary.floor.lintMedian;
  summary.ratioOverFloorPairs = median(report.runs.floor.map((f, i) => report.runs.rules[i].lintMs / f.lintMs));
}
report.summary = summary;
const files = report.runs.rules[0]?.files ?? 0;
console.log(`
                 median wall   median lint   spread      median lint CPU   spread
  base (parse)   ${f0(summary.base.wallMedian).padStart(8)} ms   ${f0(summary.base.lintMedian).padStart(8)} ms   ${f1(summary.base.lintSpread * 100).padStart(5)} %   ${f0(summary.base.cpuMedian).padStart(8)} ms       ${f1(summary.base.cpuSpread * 100).padStart(5)} %
  rules          ${f0(summary.rules.wallMedian).padStart(8)} ms   ${f0(summary.rules.lintMedian).padStart(8)} ms   ${f1(summary.rules.lintSpread * 100).padStart(5)} %   ${f0(summary.rules.cpuMedian).padStart(8)} ms       ${f1(summary.rules.cpuSpread * 100).padStart(5)} %
  ratio rules/base: wall ${f2(summary.ratioWall)}× (pairs ${f2(summary.ratioWallPairsMedian)}×), lint ${f2(summary.ratioLint)}× (median of per-pair ratios ${f2(summary.ratioLintPairsMedian)}×), lint CPU ${f2(summary.ratioCpu)}× (pairs ${f2(summary.ratioCpuPairsMedian)}×)
${withFloor ? `  floor (1 no-op rule) ${f0(summary.floor.wallMedian).padStart(8)} ms wall, ${f0(summary.floor.lintMedian).padStart(8)} ms lint: ESLint's cost of enabling any rule, floor/base wall ${f2(summary.ratioFloorWall)}×, lint ${f2(summary.ratioFloorLint)}×
  the plugin alone, rules/floor: wall ${f2(summary.ratioOverFloorWall)}×, lint ${f2(summary.ratioOverFloorLint)}× (median of per-pair ratios ${f2(summary.ratioOverFloorPairs)}×)
` : ''}  files: ${files}; reports: ${report.runs.rules[0]?.messages ?? 0} ${JSON.stringify(report.runs.rules[0]?.byRule ?? {})}`);
}

// 3. Per-rule times.
if (corpusRuns && !flag('--no-stats')) {
  const s = worker('rules', ['--stats']);
  const t = s.times;
  const rulesTotal = Object.values(t.rules).reduce((a, b) => a + b, 0);
  const rows = Object.entries(t.rules).sort((a, b) => b[1] - a[1]);
  report.stats = { parseMs: t.parse, rulesMs: rulesTotal, totalMs: t.total, perRule: Object.fromEntries(rows) };
  console.log(`\nper-rule times (stats: true, one run): parse ${f0(t.parse)} ms, all rules ${f1(rulesTotal)} ms = ${f1((100 * rulesTotal) / t.parse)} % of parse`);
  for (const [id, ms] of rows.slice(0, 25)) {
    console.log(`  ${id.padEnd(44)} ${f1(ms).padStart(8)} ms  ${f2((100 * ms) / t.parse).padStart(6)} % of parse  ${f1((100 * ms) / (rulesTotal || 1)).padStart(5)} % of rules`);
  }
}

// 3b. Interleaved A/B (--interleaved): one process, every file linted with ESLint's Linter once per
// mode in rotating order (no rules / every rule), so that the machine's load drifts cancel file by
// file. The ratio is of the lint calls alone (parse + scope analysis + traversal [+ rules]); file
// enumeration and reading, which the corpus runs above include, are left out, so it is the stricter
// of the two ratios. The configs are normalized once (a FlatConfigArray, as the ESLint class does):
// a plain array handed to `Linter#verify` is re-normalized on every call, which adds a per-rule cost
// the CLI never pays.
// With --decompose, three more modes split what the rules add above ESLint's floor: "floor" (one
// no-op rule), "create" (every rule's create() runs, no listener registered), "dispatch" (the rules'
// listeners registered but doing nothing: ESLint's selector matching and calls), then "rules".
if (corpusRuns && (flag('--interleaved') || flag('--decompose'))) {
  const { Linter } = require('eslint');
  const { FlatConfigArray } = require(join(dirname(require.resolve('eslint/package.json')), 'lib/config/flat-config-array.js'));
  const parser = require('@typescript-eslint/parser');
  const ignored = /(?:^|\/)(?:node_modules|\.next|\.vercel|dist|build|out|coverage|\.turbo)\/|\.min\.js$/;
  const ext = /\.(?:js|jsx|mjs|cjs|ts|tsx|mts|cts)$/;
  const list = [];
  for (const rel of readdirSync(corpus, { recursive: true })) {
    const r = String(rel).replace(/\\/g, '/');
    if (ext.test(r) && !ignored.test(r)) list.push(r);
  }
  list.sort();
  const lo = { parser, ecmaVersion: 'latest', sourceType: 'module', parserOptions: PARSER_OPTIONS };
  const allOn = (p) => Object.fromEntries(Object.keys(p.rules).map((id) => [`prodready/${id}`, 'error']));
  const variant = (wrap) => ({ rules: Object.fromEntries(ruleIds.map((id) => [id, { ...plugin.rules[id], create: wrap(plugin.rules[id]) }])) });
  const noop = () => {};
  const pluginFor = {
    base: plugin,
    floor: { rules: { noop: { meta: { schema: [] }, create: () => ({}) } } },
    create: variant((rule) => (context) => (rule.create(context), {})),
    dispatch: variant((rule) => (context) => Object.fromEntries(Object.keys(rule.create(context)).map((k) => [k, noop]))),
    rules: { rules: Object.fromEntries(ruleIds.map((id) => [id, plugin.rules[id]])) },
  };
  const modes = flag('--decompose') ? ['base', 'floor', 'create', 'dispatch', 'rules'] : ['base', 'rules'];
  const configs = {};
  for (const m of modes) {
    const p = pluginFor[m];
    const cfg = new FlatConfigArray(
      [{ files: FILES, languageOptions: lo, plugins: { prodready: p }, linterOptions: { reportUnusedDisableDirectives: 'off', noInlineConfig: true }, rules: m === 'base' ? {} : allOn(p) }],
      { basePath: corpus },
    );
    cfg.normalizeSync();
    configs[m] = cfg;
  }
  const linter = new Linter({ cwd: corpus });
  const ms = Object.fromEntries(modes.map((m) => [m, 0]));
  let reports = 0;
  const t0 = performance.now();
  for (let i = 0; i < list.length; i++) {
    let text;
    try {
      text = readFileSync(join(corpus, list[i]), 'utf8');
    } catch {
      continue;
    }
    const filename = join(corpus, list[i]);
    // Rotate the order file by file, so that no mode always runs first (cold caches) or last.
    for (let k = 0; k < modes.length; k++) {
      const m = modes[(i + k) % modes.length];
      const s = process.hrtime.bigint();
      const messages = linter.verify(text, configs[m], { filename });
      ms[m] += Number(process.hrtime.bigint() - s) / 1e6;
      if (m === 'rules') reports += messages.filter((x) => x.ruleId?.startsWith('prodready/')).length;
    }
  }
  report.interleaved = { files: list.length, baseMs: ms.base, rulesMs: ms.rules, ratio: ms.rules / ms.base, reports, wallMs: performance.now() - t0, modesMs: ms };
  console.log(
    `\ninterleaved (one process, each file linted once per mode, order rotating): ${list.length} files, ` +
      `base ${f0(ms.base)} ms, rules ${f0(ms.rules)} ms: ratio ${f2(ms.rules / ms.base)}× (rules add ${f1((100 * (ms.rules - ms.base)) / ms.base)} %), ${reports} reports`,
  );
  if (flag('--decompose')) {
    // Relative to the floor: in one process the modes share one heap, so ESLint's floor (a garbage
    // collection cost, see docs/benchmarks.md) is not measured faithfully here; the corpus runs with
    // --floor measure it. What this splits is the plugin's own share.
    const pct = (a, b) => `${f1((100 * (ms[b] - ms[a])) / ms.floor)} %`;
    console.log(
      `  floor ${f0(ms.floor)} ms, create ${f0(ms.create)} ms, dispatch ${f0(ms.dispatch)} ms, rules ${f0(ms.rules)} ms: rules/floor ${f2(ms.rules / ms.floor)}×\n` +
        `  above the floor: the rules' create() ${pct('floor', 'create')}, ESLint dispatching their listeners ${pct('create', 'dispatch')}, the listeners' work ${pct('dispatch', 'rules')}`,
    );
  }
}

// 4. Editor lint core.
if (!flag('--no-editor')) {
  const { generateLargeTsx, generateCorpus } = await import(pathToFileURL(join(root, 'scripts/gen-corpus.mjs')).href);
  const parser = require('@typescript-eslint/parser');
  const { Linter } = require('eslint');
  const config = {
    files: FILES,
    languageOptions: { parser, ecmaVersion: 'latest', sourceType: 'module', parserOptions: PARSER_OPTIONS },
    plugins: { prodready: plugin },
    rules: Object.fromEntries(ruleIds.map((id) => [`prodready/${id}`, 'error'])),
  };
  const baseConfig = { ...config, rules: {} };

  // A 2,000-line server actions module: the actions files of the generated corpus put together.
  function largeServer(lines = 2000) {
    const parts = ["'use server';", ''];
    const imports = new Set();
    const bodies = [];
    let n = 0;
    for (const f of generateCorpus({ seed: 11, files: 600 })) {
      if (!f.path.endsWith('/actions.ts')) continue;
      n++;
      for (const l of f.code.split('\n')) if (/^import /.test(l)) imports.add(l);
      const body = f.code
        .split('\n')
        .filter((l) => !/^(?:'use server';|import )/.test(l))
        .join('\n')
        .replace(/\b(requireUser|Create\w+Schema|(?:format|normalize|summarize|compute|group|sort)\w+)\b/g, `$1_${n}`);
      bodies.push(body);
      if ([...imports, ...bodies].join('\n').split('\n').length >= lines) break;
    }
    // Different shapes import the same names from different modules: keep the first of each name.
    const seen = new Set();
    const keep = [];
    for (const l of imports) {
      const names = (/\{([^}]*)\}/.exec(l)?.[1] ?? /^import (?:\* as )?(\w+)/.exec(l)?.[1] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
      if (names.some((x) => seen.has(x))) continue;
      names.forEach((x) => seen.add(x));
      keep.push(l);
    }
    return [...parts, ...keep, ...bodies].join('\n');
  }

  const lintCorePath = join(root, 'extension/src/core/lint-core.ts');
  let lintCore;
  if (existsSync(lintCorePath)) {
    const out = join(cacheDir, 'lint-core.cjs');
    try {
      await build({
        entryPoints: [lintCorePath],
        bundle: true,
        platform: 'node',
        format: 'cjs',
        outfile: out,
        packages: 'external',
        external: ['vscode'],
        logLevel: 'error',
        absWorkingDir: root,
        nodePaths: [join(root, 'node_modules')],
      });
      lintCore = require(out);
    } catch (e) {
      console.log(`\n(editor: could not bundle extension/src/core/lint-core.ts: ${String(e).split('\n')[0]})`);
    }
  }
  // The lint core's API: lintText({ text, filename, cwd, rules }) → { status, messages, ... }.
  let lintFn;
  let editorEngine = "ESLint's Linter with the plugin's config (extension/src/core/lint-core.ts not found)";
  if (lintCore && typeof lintCore.lintText === 'function') {
    const effective = {
      rules: Object.fromEntries(ruleIds.map((id) => [id, { severity: 'error', options: [] }])),
      helperModules: {},
      source: 'settings',
    };
    lintFn = (text, filename) => {
      const r = lintCore.lintText({ text, filename, cwd: '/project', rules: effective });
      return r.status === 'parse-error' ? [{ fatal: true }] : r.messages;
    };
    editorEngine = 'extension/src/core/lint-core.ts lintText() with every rule, bundled with esbuild';
  } else if (lintCore) {
    editorEngine = `ESLint's Linter with the plugin's config (lint-core.ts exports no lintText: ${Object.keys(lintCore).join(', ')})`;
  }
  const linter = new Linter({ configType: 'flat', cwd: '/project' });
  if (!lintFn) lintFn = (text, filename) => linter.verify(text, [config], { filename });

  // Small edits as typed in an editor, each applied to the file as it was and followed by a re-lint
  // of the whole text: a character added to an identifier, to a string, a comment line added, and
  // (one edit in five) a character deleted at the end of a line, which usually leaves a syntax error
  // for that keystroke, as real typing does.
  function* edits(text, rng, count) {
    const base = text.split('\n');
    for (let i = 0; i < count; i++) {
      const ls = [...base];
      const ln = 20 + Math.floor(rng() * (ls.length - 40));
      const line = ls[ln] ?? '';
      const kind = i % 5;
      // An identifier used as a value (followed by . ( , ; ) or =), never a keyword.
      if (kind === 0 || kind === 1) ls[ln] = line.replace(/\b(?!(?:const|let|var|return|await|async|export|import|function|if|else|new|type|from|default|case|of|in)\b)([a-z_]\w*)(?=\s*[.(,;)=])/, '$1x');
      else if (kind === 2) ls[ln] = line.replace(/'([^']*)'/, "'$1 '");
      else if (kind === 3) ls.splice(ln, 0, '// TODO: check this');
      else ls[ln] = line.length > 2 ? line.slice(0, -1) : line;
      yield ls.join('\n');
    }
  }
  let seed = 12345;
  const rng = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const time = (fn) => {
    const t0 = performance.now();
    fn();
    return performance.now() - t0;
  };
  const N = Number(opt('--edits', '60'));
  report.editor = { engine: editorEngine, files: {} };
  console.log(`\neditor: ${editorEngine}; ${N} edits per file, each followed by a full re-lint`);
  console.log('  file                                    lines   parse alone (median)   base Linter, no rules   re-lint median   p95    p95 vs parse');
  for (const [filename, text] of [
    ['/project/components/dashboard/Dashboard.tsx', generateLargeTsx({ lines: 2000 })],
    ['/project/app/(dashboard)/admin/actions.ts', largeServer(2000)],
  ]) {
    // Warm up the JIT on this text.
    for (let i = 0; i < 5; i++) {
      lintFn(text, filename);
      linter.verify(text, [baseConfig], { filename });
    }
    const parseTimes = [];
    const baseTimes = [];
    const lintTimes = [];
    let fatal = 0;
    for (const t of edits(text, rng, N)) {
      parseTimes.push(time(() => {
        try {
          parser.parseForESLint(t, { ecmaVersion: 'latest', sourceType: 'module', ecmaFeatures: { jsx: true }, filePath: filename, range: true, loc: true, tokens: true, comment: true });
        } catch {
          // a keystroke that breaks the syntax: the parse error is the result
        }
      }));
      baseTimes.push(time(() => linter.verify(t, [baseConfig], { filename })));
      let msgs;
      lintTimes.push(time(() => (msgs = lintFn(t, filename))));
      if (Array.isArray(msgs) && msgs.some((m) => m.fatal)) fatal++;
    }
    const row = {
      lines: text.split('\n').length,
      parseMedian: median(parseTimes),
      baseMedian: median(baseTimes),
      lintMedian: median(lintTimes),
      lintP95: pct(lintTimes, 95),
      editsWithParseError: fatal,
    };
    report.editor.files[filename] = row;
    console.log(
      `  ${filename.replace('/project/', '').padEnd(40)}${String(row.lines).padStart(5)}   ${f1(row.parseMedian).padStart(10)} ms            ${f1(row.baseMedian).padStart(8)} ms          ${f1(row.lintMedian).padStart(8)} ms   ${f1(row.lintP95).padStart(6)} ms   ${f2(row.lintP95 / row.parseMedian)}×  (${fatal} of ${N} edits left a syntax error)`,
    );
  }
}

const load1 = loadavg();
report.load.end = load1;
console.log(`\nload average at end: ${load1.map(f2).join(' ')}`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(report, null, 2));
