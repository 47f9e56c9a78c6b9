// Runs prodready rules over a folder of real code (an app fetched outside the repo) and prints every
// finding with its source line, and every rule crash. Uses the rules from source (bundled on the fly
// to a temp file), so it needs no build and several people can run it at once.
//
//   node scripts/lint-corpus.mjs <dir> [--rule id[,id]] [--json out.json] [--quiet]
//
// Exit code 1 when a rule threw on some file.
import { bundlePluginFromSource } from './bundle-plugin.mjs';
import { Linter } from 'eslint';
import { readFileSync, readdirSync, statSync, writeFileSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Rules contain their own errors for users (one odd file must not abort a lint run); here crashes are hunted.
process.env.PRODREADY_STRICT = '1';
const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--') && !args[args.indexOf(a) - 1]?.startsWith('--'));
if (!dir) {
  console.error('usage: node scripts/lint-corpus.mjs <dir> [--rule id[,id]] [--json out.json] [--quiet]');
  process.exit(2);
}
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const only = opt('--rule')?.split(',');
const jsonOut = opt('--json');
const quiet = args.includes('--quiet');

// A unique name: worktrees share one node_modules (a symlink), and processes in other PID namespaces may share a pid.
const bundle = join(root, 'node_modules/.cache', `prodready-corpus-${process.pid}-${randomUUID()}.cjs`);
await bundlePluginFromSource(bundle);
const require = createRequire(join(root, 'package.json'));
const plugin = require(bundle);
rmSync(bundle, { force: true });
const parser = require('@typescript-eslint/parser');

const ids = only ?? Object.keys(plugin.rules);
const config = {
  files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
  languageOptions: { parser, ecmaVersion: 'latest', sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } },
  plugins: { prodready: plugin },
  linterOptions: { reportUnusedDisableDirectives: 'off' },
  rules: Object.fromEntries(ids.map((id) => [`prodready/${id}`, 'error'])),
};

const SKIP = new Set(['node_modules', '.next', '.git', 'dist', 'build', 'out', '.vercel', 'coverage', '.turbo']);
const files = [];
(function walk(d) {
  for (const name of readdirSync(d)) {
    if (SKIP.has(name)) continue;
    const p = join(d, name);
    const st = statSync(p, { throwIfNoEntry: false });
    if (!st) continue;
    if (st.isDirectory()) walk(p);
    else if (/\.(?:[cm]?[jt]sx?)$/.test(name) && !name.endsWith('.d.ts') && st.size < 2_000_000) files.push(p);
  }
})(dir);

const linter = new Linter({ configType: 'flat', cwd: dir });
const findings = [];
const crashes = [];
let parseErrors = 0;
for (const file of files) {
  const code = readFileSync(file, 'utf8');
  let messages;
  try {
    messages = linter.verify(code, [config], { filename: file });
  } catch (e) {
    crashes.push({ file: relative(dir, file), error: String(e?.stack ?? e).split('\n').slice(0, 6).join('\n') });
    continue;
  }
  const lines = code.split('\n');
  for (const m of messages) {
    if (m.fatal) {
      parseErrors++;
      continue;
    }
    // Inline directives of other plugins' rules ("Definition for rule ... was not found") are not ours.
    if (!m.ruleId?.startsWith('prodready/')) continue;
    findings.push({
      rule: m.ruleId?.replace('prodready/', ''),
      file: relative(dir, file),
      line: m.line,
      column: m.column,
      message: m.message,
      source: (lines[m.line - 1] ?? '').trim().slice(0, 160),
    });
  }
}

const byRule = {};
for (const f of findings) (byRule[f.rule] ??= []).push(f);
if (!quiet) {
  for (const [rule, list] of Object.entries(byRule).sort()) {
    console.log(`\n## ${rule} (${list.length})`);
    for (const f of list) console.log(`${f.file}:${f.line}:${f.column}  ${f.source}`);
  }
}
for (const c of crashes) console.log(`\nCRASH ${c.file}\n${c.error}`);
console.log(
  `\n${files.length} files, ${findings.length} findings (${Object.entries(byRule)
    .map(([r, l]) => `${r}: ${l.length}`)
    .join(', ') || 'none'}), ${parseErrors} files with parse errors, ${crashes.length} crashes`,
);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ findings, crashes, files: files.length }, null, 2));
process.exit(crashes.length ? 1 : 0);
