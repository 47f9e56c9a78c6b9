/**
 * Robustness: no input makes a rule throw, and every fix and suggestion produces code that parses and
 * that the same rule no longer reports at that place.
 *
 * Inputs: the docs' code examples, the snippets and a small generated corpus (scripts/gen-corpus.mjs),
 * each as written and mutated the ways half-typed code in an editor looks: truncated at a random
 * point, lines dropped, lines duplicated, garbage tokens inserted, a bracket deleted. Everything is
 * seeded (PRODREADY_ROBUSTNESS_SEED overrides the seed), and the loop stops at a time budget so the
 * suite stays bounded on a small machine; the inputs come in a fixed order, originals first. Fixes are
 * also checked on the examples as JavaScript / CommonJS, with their values moved into JSX, and on
 * minified code; and deep nesting, huge files and a one-line bundle must not make a rule throw.
 *
 * A failing case is written to $TMPDIR/prodready-robustness/ with its file name, so that
 * `node scripts/lint-corpus.mjs $TMPDIR/prodready-robustness` (or the repro line printed) shows it.
 */
import { Linter } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import plugin from '../eslint-plugin/src/index';
import { generateCorpus, generateLargeTsx, makeRng } from '../scripts/gen-corpus.mjs';
import { transformSync } from 'esbuild';
import { snippetSourceToJs } from '../scripts/snippet-format.mjs';
import ts from 'typescript';
import * as espree from 'espree';
import { parse as tsParse, type TSESTree } from '@typescript-eslint/typescript-estree';

const root = join(__dirname, '..');
const SEED = Number(process.env.PRODREADY_ROBUSTNESS_SEED ?? 20240601);
const BUDGET_MS = Number(process.env.PRODREADY_ROBUSTNESS_BUDGET_MS ?? 35_000);
const MUTATIONS_PER_INPUT = 8;
/** At most this many reports per input get their fixes and suggestions checked (each costs a re-lint). */
const FIX_CHECKS_PER_INPUT = 8;
/**
 * Suggestions known to fall short of the bar "the same rule is silent on the output", as
 * `<rule>/<suggestion messageId>` (their output must still parse). Empty: a suggestion fixes what it is
 * offered for, and a rule with no mechanical fix offers none (no-module-state no longer offers "add the
 * helper" suggestions that left the state and the report).
 */
const KNOWN_NOT_SILENT = new Set<string>([]);

interface Input {
  id: string;
  filename: string;
  code: string;
  /** Check the fixes and suggestions of every report from this line on (and none before it). */
  fixFromLine?: number;
}

type Rng = ReturnType<typeof makeRng>;

// ---------------------------------------------------------------------------------------------
// Inputs.

function docInputs(): Input[] {
  const dir = join(root, 'eslint-plugin/docs/rules');
  const out: Input[] = [];
  const re = /^```(\w+)[ \t]+(correct|incorrect)([^\n]*)\n([\s\S]*?)^```/gm;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.md')).sort()) {
    const doc = readFileSync(join(dir, name), 'utf8');
    let i = 0;
    for (let m = re.exec(doc); m; m = re.exec(doc)) {
      const file = /file=(\S+)/.exec(m[3] ?? '')?.[1] ?? 'app/api/example/route.ts';
      out.push({ id: `docs/${name}#${i++}`, filename: file, code: m[4] ?? '' });
    }
  }
  return out;
}

function snippetInputs(): Input[] {
  const dir = join(root, 'snippets');
  return readdirSync(dir)
    .filter((n) => n.endsWith('.ts'))
    .sort()
    .map((n) => {
      const code = readFileSync(join(dir, n), 'utf8');
      const file = /@file\s+(\S+)/.exec(code)?.[1] ?? /@helper\s+(\S+)/.exec(code)?.[1] ?? `lib/${basename(n)}`;
      return { id: `snippets/${n}`, filename: file, code };
    });
}

function corpusInputs(): Input[] {
  return generateCorpus({ seed: SEED % 1000, files: 180 }).map((f: { path: string; code: string }) => ({
    id: `corpus/${f.path}`,
    // The generated paths start with the app folder; the rules classify from the path inside the app.
    filename: f.path.split('/').slice(1).join('/'),
    code: f.code,
  }));
}

/**
 * The docs' examples as JavaScript files: types erased (the snippets' own eraser), `.ts` → `.js`. With
 * `commonJs`, also as CommonJS modules (`require` instead of `import`, `module.exports` instead of
 * `export`): code a fix inserts there must be CommonJS too.
 */
function javaScriptDocInputs(commonJs: boolean): Input[] {
  const out: Input[] = [];
  for (const input of docInputs()) {
    let code: string;
    try {
      code = snippetSourceToJs('docs-example', input.code, ts);
    } catch {
      continue; // an example with TypeScript-only syntax (an enum, a namespace): no JavaScript twin
    }
    let filename = input.filename.replace(/\.ts$/, '.js').replace(/\.tsx$/, '.jsx');
    if (commonJs) {
      if (/\.jsx$/.test(filename) || /^\s*['"]use (?:client|server)['"]/.test(code)) continue;
      code = code
        .replace(/^import\s+\{([^}]*)\}\s+from\s+('[^']+');?$/gm, (_m, names: string, from: string) => `const {${names.replace(/\s+as\s+/g, ': ')}} = require(${from});`)
        .replace(/^import\s+([\w$]+)\s+from\s+('[^']+');?$/gm, 'const $1 = require($2);')
        .replace(/^import\s+\*\s+as\s+([\w$]+)\s+from\s+('[^']+');?$/gm, 'const $1 = require($2);')
        .replace(/^export\s+default\s+/gm, 'module.exports = ')
        .replace(/^export\s+(?=async|function|const|let|class)/gm, '');
      if (/^\s*(?:import|export)\s/m.test(code)) continue;
      filename = filename.replace(/\.js$/, '.cjs');
    }
    out.push({ id: `${input.id} as ${commonJs ? 'CommonJS' : 'JavaScript'}`, filename, code });
  }
  return out;
}

/** Expression nodes worth moving into JSX: initializers, call arguments, returned and assigned values. */
function jsxCandidates(program: TSESTree.Program): TSESTree.Expression[] {
  const out: TSESTree.Expression[] = [];
  const seen = new Set<TSESTree.Node>();
  const add = (n: TSESTree.Node | null | undefined) => {
    if (!n || seen.has(n) || out.length >= 24) return;
    if (n.type === 'SpreadElement' || n.type === 'ArrayPattern' || n.type === 'ObjectPattern') return;
    seen.add(n);
    out.push(n as TSESTree.Expression);
  };
  const visit = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(visit);
    const node = n as TSESTree.Node;
    if (typeof node.type !== 'string') return;
    if (node.type === 'VariableDeclarator') add(node.init);
    else if (node.type === 'CallExpression' || node.type === 'NewExpression') node.arguments.forEach(add);
    else if (node.type === 'ReturnStatement') add(node.argument);
    else if (node.type === 'AssignmentExpression') add(node.right);
    else if (node.type === 'Property' && !node.computed) add(node.value);
    for (const [k, v] of Object.entries(node)) if (k !== 'parent' && k !== 'loc' && k !== 'range') visit(v);
  };
  visit(program.body);
  return out;
}

/**
 * The docs' examples and the snippets with their values also used in JSX: a component appended to the
 * file (`.ts` → `.tsx`) passes each initializer, call argument, returned and assigned value as a
 * prop — a string literal as a plain attribute (`value="sk_live_..."`), anything else in braces — and as a
 * child. A fix written for an expression context can be wrong there (`value=requireSecret(...)` does not
 * parse), and the mutations never move code into JSX.
 */
function jsxContextInputs(): Input[] {
  const out: Input[] = [];
  for (const input of [...docInputs(), ...snippetInputs()]) {
    let program: TSESTree.Program;
    try {
      program = tsParse(input.code, { jsx: true, range: true, loc: false, comment: false });
    } catch {
      continue;
    }
    const props: string[] = [];
    const children: string[] = [];
    for (const [i, e] of jsxCandidates(program).entries()) {
      const text = input.code.slice(e.range[0], e.range[1]);
      // Values that only parse where they are (`await` outside an async function, `this`, `yield`).
      if (/\b(?:await|yield|this|super|arguments)\b|^\s*</.test(text) || text.length > 400) continue;
      if (e.type === 'Literal' && typeof e.value === 'string' && /^(['"])[^'"\\\n&<>{}]*\1$/.test(text)) props.push(`p${i}="${text.slice(1, -1)}"`);
      else props.push(`p${i}={${text}}`);
      if (i % 3 === 0) children.push(`{${text}}`);
    }
    if (props.length === 0) continue;
    const code = `${input.code}\n\nexport function ProdreadyJsxProbe() {\n  return (\n    <Probe ${props.join('\n      ')}>\n      ${children.join('\n      ')}\n    </Probe>\n  );\n}\n`;
    try {
      tsParse(code, { jsx: true });
    } catch {
      continue;
    }
    out.push({ id: `${input.id} in JSX`, fixFromLine: input.code.split('\n').length + 2, filename: input.filename.replace(/\.([cm]?)ts$/, '.$1tsx').replace(/\.([cm]?)js$/, '.$1jsx'), code });
  }
  return out;
}

/** Whether `code` parses as JavaScript with ESLint's default parser (no TypeScript syntax). */
function parsesAsJavaScript(code: string, filename: string): string | undefined {
  try {
    espree.parse(code, { ecmaVersion: 'latest', sourceType: /\.cjs$/.test(filename) ? 'commonjs' : 'module', ecmaFeatures: { jsx: true } });
    return undefined;
  } catch (e) {
    return String((e as Error).message);
  }
}

// ---------------------------------------------------------------------------------------------
// Mutations.

const GARBAGE = [
  '{', '}', '(', ')', '[', ']', '<', '>', '</div>', '<div>', '=>', 'await', 'async', 'return', 'export', 'default',
  "'use client';", "'use server';", '`', '${', '/*', '*/', '//', '"', "'", ';', ',', '.', '?.', '!', '...', '@',
  'as', 'satisfies', 'function', 'const', '=', '==', 'new', 'import', 'from', '\\', '#', 'process.env.', 'req.', 'NextResponse.json(',
];

function mutate(code: string, rng: Rng): { code: string; how: string } {
  const lines = code.split('\n');
  const kind = rng.int(0, 6);
  switch (kind) {
    case 0: {
      const at = rng.int(0, code.length);
      return { code: code.slice(0, at), how: `truncate at ${at}` };
    }
    case 1: {
      const at = rng.int(0, Math.max(0, lines.length - 1));
      const n = rng.int(1, 3);
      lines.splice(at, n);
      return { code: lines.join('\n'), how: `drop lines ${at + 1}..${at + n}` };
    }
    case 2: {
      const at = rng.int(0, Math.max(0, lines.length - 1));
      const n = rng.int(1, 4);
      lines.splice(at, 0, ...lines.slice(at, at + n));
      return { code: lines.join('\n'), how: `duplicate lines ${at + 1}..${at + n}` };
    }
    case 3: {
      let out = code;
      const hows: string[] = [];
      for (let i = rng.int(1, 3); i > 0; i--) {
        const at = rng.int(0, out.length);
        const tok = rng.pick(GARBAGE) as string;
        out = `${out.slice(0, at)} ${tok} ${out.slice(at)}`;
        hows.push(`insert ${JSON.stringify(tok)} at ${at}`);
      }
      return { code: out, how: hows.join(', ') };
    }
    case 4: {
      // Delete one bracket or quote: unbalanced code, the commonest editor state.
      const positions: number[] = [];
      for (let i = 0; i < code.length; i++) if ('{}()[]\'"`'.includes(code[i] ?? '')) positions.push(i);
      if (positions.length === 0) return { code, how: 'no-op' };
      const at = positions[rng.int(0, positions.length - 1)] ?? 0;
      return { code: code.slice(0, at) + code.slice(at + 1), how: `delete ${JSON.stringify(code[at])} at ${at}` };
    }
    case 5: {
      // A half-typed statement at the end of a random line.
      const at = rng.int(0, Math.max(0, lines.length - 1));
      const partial = rng.pick(['const x = ', 'return NextResponse.json({ error: ', 'await fetch(', "localStorage.setItem('token', ", 'if (', 'process.env.', 'export async function POST(req) {', 'new Map(']) as string;
      lines[at] = `${lines[at] ?? ''} ${partial}`;
      return { code: lines.join('\n'), how: `append ${JSON.stringify(partial)} to line ${at + 1}` };
    }
    default: {
      // Swap two lines: statements out of order, a `return` before the checks.
      const a = rng.int(0, Math.max(0, lines.length - 1));
      const b = rng.int(0, Math.max(0, lines.length - 1));
      const t = lines[a] ?? '';
      lines[a] = lines[b] ?? '';
      lines[b] = t;
      return { code: lines.join('\n'), how: `swap lines ${a + 1} and ${b + 1}` };
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The harness.

type Rules = Record<string, unknown>;

function configFor(rules: Rules, ids: readonly string[]): Linter.Config {
  return {
    files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
    languageOptions: {
      parser: tsParser as unknown as Linter.Parser,
      ecmaVersion: 'latest',
      sourceType: 'module',
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    plugins: { prodready: { rules } as unknown as NonNullable<Linter.Config['plugins']>[string] },
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    rules: Object.fromEntries(ids.map((id) => [`prodready/${id}`, 'error'])),
  };
}

interface Failure {
  kind: 'crash' | 'fix-does-not-parse' | 'fix-not-silent';
  input: string;
  mutation: string;
  filename: string;
  detail: string;
  code: string;
}

interface HarnessResult {
  failures: Failure[];
  linted: number;
  parsed: number;
  reports: number;
  fixesChecked: number;
  suggestionsChecked: number;
  timedOut: boolean;
  /** Inputs that do not parse as written (the docs examples, snippets and generated code all should). */
  unparsedOriginals: string[];
}

function applyFix(code: string, fix: { range: readonly [number, number]; text: string }): string {
  return code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]);
}

export function runHarness(rules: Rules, inputs: Input[], seed: number, budgetMs: number): HarnessResult {
  const ids = Object.keys(rules);
  const all = [configFor(rules, ids)];
  const one = new Map(ids.map((id) => [id, [configFor(rules, [id])]]));
  const linter = new Linter({ configType: 'flat', cwd: '/project' });
  const rng = makeRng(seed);
  const res: HarnessResult = { failures: [], linted: 0, parsed: 0, reports: 0, fixesChecked: 0, suggestionsChecked: 0, timedOut: false, unparsedOriginals: [] };
  const t0 = Date.now();

  // Originals first, then the mutations, round after round.
  const cases: { input: Input; how: string; code: string }[] = inputs.map((input) => ({ input, how: 'original', code: input.code }));
  for (let r = 0; r < MUTATIONS_PER_INPUT; r++) {
    for (const input of inputs) {
      const m = mutate(input.code, rng);
      cases.push({ input, how: m.how, code: m.code });
    }
  }

  const lint = (code: string, filename: string, config: Linter.Config[]) => linter.verify(code, config, { filename: `/project/${filename}` });
  const ruleOf = (e: unknown) => /Rule: "([^"]+)"/.exec(String((e as Error)?.message ?? e))?.[1] ?? 'unknown rule';

  for (const [index, c] of cases.entries()) {
    if (index >= inputs.length && Date.now() - t0 > budgetMs) {
      res.timedOut = true;
      break;
    }
    const { input, how, code } = c;
    const fail = (kind: Failure['kind'], detail: string, failingCode = code) =>
      res.failures.push({ kind, input: input.id, mutation: how, filename: input.filename, detail, code: failingCode });
    let messages: Linter.LintMessage[];
    res.linted++;
    try {
      messages = lint(code, input.filename, all);
    } catch (e) {
      fail('crash', `${ruleOf(e)}: ${String((e as Error)?.stack ?? e).split('\n').slice(0, 6).join('\n')}`);
      continue;
    }
    const fatal = messages.find((m) => m.fatal);
    if (fatal) {
      if (how === 'original') res.unparsedOriginals.push(`${input.id}: ${fatal.message} (line ${fatal.line})`);
      continue;
    }
    res.parsed++;
    const ours = messages.filter((m) => m.ruleId?.startsWith('prodready/'));
    res.reports += ours.length;
    let inputJsError: string | undefined;
    const checked = input.fixFromLine === undefined ? ours.slice(0, FIX_CHECKS_PER_INPUT) : ours.filter((m) => m.line >= input.fixFromLine!);
    for (const m of checked) {
      const id = m.ruleId!.slice('prodready/'.length);
      const config = one.get(id)!;
      const before = ours.filter((x) => x.ruleId === m.ruleId).length;
      const variants = [
        ...(m.fix ? [{ what: 'autofix', fix: m.fix, key: `${id}/autofix` }] : []),
        ...(m.suggestions ?? []).map((s) => ({ what: `suggestion "${s.desc}"`, fix: s.fix, key: `${id}/${s.messageId ?? ''}` })),
      ];
      for (const v of variants) {
        if (v.what === 'autofix') res.fixesChecked++;
        else res.suggestionsChecked++;
        const fixed = applyFix(code, v.fix);
        let after: Linter.LintMessage[];
        try {
          after = lint(fixed, input.filename, config);
        } catch (e) {
          fail('crash', `${m.ruleId} on the output of its ${v.what} (line ${m.line}): ${String((e as Error)?.message ?? e).split('\n')[0]}`, fixed);
          continue;
        }
        const fatal = after.find((x) => x.fatal);
        if (fatal) {
          fail('fix-does-not-parse', `${m.ruleId} ${v.what} at line ${m.line}: ${fatal.message} (line ${fatal.line} of the output)`, fixed);
          continue;
        }
        // A JavaScript file must stay JavaScript: ESLint's default parser (and Node) reject TypeScript syntax.
        // (An error the input already has, e.g. a declaration a duplicated line repeats, is not the fix's.)
        if (/\.[cm]?jsx?$/.test(input.filename)) {
          const error = parsesAsJavaScript(fixed, input.filename);
          if (error && error !== (inputJsError ??= parsesAsJavaScript(code, input.filename) ?? '')) {
            fail('fix-does-not-parse', `${m.ruleId} ${v.what} at line ${m.line}: not JavaScript: ${error}`, fixed);
            continue;
          }
        }
        const count = after.filter((x) => x.ruleId === m.ruleId).length;
        if (count >= before && !KNOWN_NOT_SILENT.has(v.key)) fail('fix-not-silent', `${m.ruleId} ${v.what} at line ${m.line}: ${before} reports before, ${count} after`, fixed);
      }
    }
  }
  return res;
}

function describeFailures(failures: Failure[]): string {
  if (failures.length === 0) return '';
  const dir = join(tmpdir(), 'prodready-robustness');
  mkdirSync(dir, { recursive: true });
  return failures
    .slice(0, 15)
    .map((f, i) => {
      const file = join(dir, `${i}`, f.filename);
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, f.code);
      return `[${f.kind}] ${f.input} (${f.mutation}) as ${f.filename}\n  ${f.detail.replace(/\n/g, '\n  ')}\n  repro: ${file}  (node scripts/lint-corpus.mjs ${join(dir, String(i))})`;
    })
    .join('\n\n');
}

/**
 * The generated corpus's server files (route handlers, server actions, lib modules) minified by esbuild, as
 * a build or a vendored bundle leaves them: one long line, short names, `!0` for `true`. Same paths, `.js`.
 */
function minifiedInputs(): Input[] {
  const out: Input[] = [];
  for (const input of corpusInputs()) {
    if (!/(?:route|actions?|lib\/[^/]+|middleware)\.tsx?$/.test(input.filename) || out.length >= 60) continue;
    let code: string;
    try {
      code = transformSync(input.code, { loader: input.filename.endsWith('x') ? 'tsx' : 'ts', minify: true, format: 'esm', target: 'es2022' }).code;
    } catch {
      continue;
    }
    out.push({ id: `${input.id} minified`, filename: input.filename.replace(/\.tsx?$/, '.js'), code });
  }
  return out;
}

/**
 * Inputs that stress recursion and size: deep nesting of every kind a walker recurses into (each built
 * at the deepest of a few depths that the parser and ESLint's traversal still handle on this stack), and
 * huge files.
 */
function extremeInputs(): { id: string; filename: string; make: (depth: number) => string }[] {
  const route = (body: string) => `import { NextResponse } from 'next/server';\nexport async function POST(req: Request) {\n${body}\n}\n`;
  const at = 'app/api/deep/route.ts';
  const servers = corpusInputs().filter((i) => /route\.ts$/.test(i.filename));
  return [
    { id: 'nested arrays', filename: at, make: (d) => route(`  const x = ${'['.repeat(d)}${']'.repeat(d)};\n  return NextResponse.json(x);`) },
    { id: 'long binary chain', filename: at, make: (d) => route(`  const body = await req.json();\n  const q = 'SELECT ' ${'+ body.a '.repeat(d)};\n  return NextResponse.json({ q });`) },
    { id: 'long member chain', filename: at, make: (d) => route(`  const v = process.env${'.a'.repeat(d)};\n  return NextResponse.json({ v });`) },
    { id: 'long call chain', filename: at, make: (d) => route(`  const r = await db.select()${'.where(x)'.repeat(d)};\n  return NextResponse.json(r);`) },
    { id: 'nested callbacks', filename: at, make: (d) => route(`  ${'f(async () => { '.repeat(d / 4)}return NextResponse.json({ error: (e as Error).message });${' });'.repeat(d / 4)}`) },
    { id: 'nested ifs', filename: at, make: (d) => route(`  try {\n${'  if (a) {\n'.repeat(d / 2)}    return NextResponse.json({ ok: true });\n${'  }\n'.repeat(d / 2)}  } catch (error) {\n    return NextResponse.json({ error: (error as Error).message }, { status: 500 });\n  }`) },
    { id: 'nested ternaries', filename: at, make: (d) => route(`  const o = ${'a ? 1 : '.repeat(d)}0;\n  return NextResponse.json({ o });`) },
    { id: 'long template', filename: at, make: (d) => route(`  const { id } = await req.json();\n  const sql = \`SELECT ${'${id} '.repeat(d * 4)}\`;\n  return NextResponse.json(await db.$queryRawUnsafe(sql));`) },
    { id: 'huge client component', filename: 'components/Huge.tsx', make: () => generateLargeTsx({ seed: SEED % 1000, lines: 10_000 }) },
    { id: 'huge server module', filename: 'app/api/huge/route.ts', make: () => Array.from({ length: 2 }, () => servers.map((i) => i.code).join('\n')).join('\n') },
    { id: 'one-line bundle', filename: 'lib/vendor.js', make: () => minifiedInputs().map((i) => i.code.replace(/\n/g, ';')).join(';') },
  ];
}

// ---------------------------------------------------------------------------------------------

describe('robustness', () => {
  it('the harness reports a rule that throws and a suggestion that breaks the code', () => {
    const thrower = {
      meta: { type: 'problem', schema: [], messages: { m: 'm' }, hasSuggestions: true },
      create: (context: { report: (d: unknown) => void }) => ({
        'CallExpression[callee.name="boom"]'() {
          throw new Error('boom');
        },
        'Identifier[name="breakme"]'(node: { range: [number, number] }) {
          context.report({ node, messageId: 'm', suggest: [{ messageId: 'm', fix: (f: { replaceTextRange: (r: [number, number], t: string) => unknown }) => f.replaceTextRange(node.range, 'breakme(') }] });
        },
      }),
    };
    const r = runHarness({ thrower }, [{ id: 'self-test', filename: 'lib/x.ts', code: 'boom();\nconst breakme = 1;\n' }], 1, 10_000);
    expect(r.failures.some((f) => f.kind === 'crash' && f.input === 'self-test' && /boom/.test(f.detail))).toBe(true);
    const r2 = runHarness({ thrower }, [{ id: 'self-test', filename: 'lib/x.ts', code: 'const breakme = 1;\n' }], 1, 10_000);
    expect(r2.failures.some((f) => f.kind === 'fix-does-not-parse')).toBe(true);
  });

  it('fixes and suggestions in JavaScript and CommonJS files insert no TypeScript and no import into a require() module', { timeout: 60_000 }, () => {
    const inputs = [...javaScriptDocInputs(false), ...javaScriptDocInputs(true)];
    expect(inputs.filter((i) => i.filename.endsWith('.cjs')).length).toBeGreaterThan(10);
    // Originals only (no mutations), all of them: budget 0 stops after the originals.
    const r = runHarness(plugin.rules as unknown as Rules, inputs, SEED, 0);
    expect(r.suggestionsChecked).toBeGreaterThan(20);
    expect(r.unparsedOriginals).toEqual([]);
    if (r.failures.length > 0) expect.fail(`${r.failures.length} failures\n\n${describeFailures(r.failures)}`);
  });

  it('fixes and suggestions for values in JSX attributes and children parse', { timeout: 60_000 }, () => {
    const inputs = jsxContextInputs();
    expect(inputs.length).toBeGreaterThan(50);
    // Originals only, all of them (budget 0).
    const r = runHarness(plugin.rules as unknown as Rules, inputs, SEED, 0);
    console.log(`robustness in JSX: ${inputs.length} inputs, ${r.reports} reports, ${r.suggestionsChecked} suggestions and ${r.fixesChecked} autofixes checked in the JSX`);
    expect(r.unparsedOriginals).toEqual([]);
    expect(r.suggestionsChecked).toBeGreaterThan(20);
    if (r.failures.length > 0) expect.fail(`${r.failures.length} failures\n\n${describeFailures(r.failures)}`);
  });

  it('fixes and suggestions on minified code parse and silence their report', { timeout: 60_000 }, () => {
    const inputs = minifiedInputs();
    expect(inputs.length).toBeGreaterThan(20);
    const r = runHarness(plugin.rules as unknown as Rules, inputs, SEED, 0);
    console.log(`robustness minified: ${inputs.length} inputs, ${r.reports} reports, ${r.suggestionsChecked} suggestions checked`);
    expect(r.unparsedOriginals).toEqual([]);
    expect(r.reports).toBeGreaterThan(20);
    if (r.failures.length > 0) expect.fail(`${r.failures.length} failures\n\n${describeFailures(r.failures)}`);
  });

  it('no rule throws on deep nesting, huge files or a one-line bundle', { timeout: 240_000 }, () => {
    const rules = plugin.rules as unknown as Rules;
    const linter = new Linter({ configType: 'flat', cwd: '/project' });
    const base = [configFor({}, [])];
    const all = [configFor(rules, Object.keys(rules))];
    const done: string[] = [];
    for (const input of extremeInputs()) {
      const opts = { filename: `/project/${input.filename}` };
      // The deepest input the parser and ESLint's own traversal handle here (they give up first, deeper).
      const code = [600, 400, 250, 120].map((d) => input.make(d)).find((c) => {
        try {
          return !linter.verify(c, base, opts).some((m) => m.fatal);
        } catch {
          return false;
        }
      });
      if (code === undefined) continue;
      let messages: Linter.LintMessage[] = [];
      try {
        messages = linter.verify(code, all, opts);
      } catch (e) {
        expect.fail(`${input.id} (${code.length} characters): ${String((e as Error)?.stack ?? e).split('\n').slice(0, 6).join('\n')}`);
      }
      expect(messages.filter((m) => m.fatal)).toEqual([]);
      done.push(`${input.id} (${Math.round(code.length / 1000)}k chars): ${messages.length} reports`);
    }
    console.log(`robustness extremes: ${done.join('; ')}`);
    // Every input is linted at some depth: a harness that skips them proves nothing.
    expect(done.length).toBe(extremeInputs().length);
  });

  it(`no rule throws on mutated docs examples, snippets and generated code; fixes parse and silence their report (seed ${SEED})`, { timeout: BUDGET_MS + 30_000 }, () => {
    const inputs = [...docInputs(), ...snippetInputs(), ...corpusInputs()];
    const r = runHarness(plugin.rules as unknown as Rules, inputs, SEED, BUDGET_MS);
    console.log(
      `robustness (seed ${SEED}): ${inputs.length} inputs, ${r.linted} lints (${r.parsed} parsed), ${r.reports} reports, ` +
        `${r.fixesChecked} autofixes and ${r.suggestionsChecked} suggestions checked${r.timedOut ? `, stopped at the ${BUDGET_MS} ms budget` : ''}`,
    );
    // Every original is always linted, whatever the budget.
    expect(r.linted).toBeGreaterThanOrEqual(inputs.length);
    expect(r.unparsedOriginals).toEqual([]);
    if (r.failures.length > 0) {
      const counts: Record<string, number> = {};
      for (const f of r.failures) counts[`${f.kind} ${/^(\S+)/.exec(f.detail)?.[1] ?? ''}`] = (counts[`${f.kind} ${/^(\S+)/.exec(f.detail)?.[1] ?? ''}`] ?? 0) + 1;
      expect.fail(`${r.failures.length} failures ${JSON.stringify(counts)}\n\n${describeFailures(r.failures)}`);
    }
  });
});
