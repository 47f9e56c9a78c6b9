// The lint core: runs the bundled prodready plugin with the bundled TypeScript parser over a text, in
// process, with no `vscode` import (unit tested and benchmarked headless).
import { Linter } from 'eslint/universal';
import * as tsParser from '@typescript-eslint/parser';
import plugin from '../../../eslint-plugin/src/index';
import { cryptoRuntimeOf, WEB_CRYPTO_IN_BROWSER, type CryptoRuntime } from '../../../eslint-plugin/src/utils/runtime';
import type { Snippet } from '../../../eslint-plugin/src/utils/snippet-types';
import type { EffectiveRules, RuleInfo } from './settings';

/**
 * How the lint core parses: TypeScript and JSX, as ES modules. Only prodready's rules run here and none reads parser
 * services, so the parser need not keep its ESTree-to-TypeScript node maps: without them a file's TypeScript AST is
 * garbage once converted instead of living as long as ESLint's per-file rule context (docs/benchmarks.md).
 */
export const LANGUAGE_OPTIONS: Linter.LanguageOptions = {
  parser: tsParser as unknown as Linter.Parser,
  ecmaVersion: 'latest',
  sourceType: 'module',
  parserOptions: { ecmaFeatures: { jsx: true }, preserveNodeMaps: false },
};

export type { Snippet };
export type LintMessage = Linter.LintMessage;

/** The file extensions the plugin's configs lint. */
export const LINTABLE_EXTENSIONS = ['.js', '.jsx', '.mjs', '.cjs', '.ts', '.tsx', '.mts', '.cts'] as const;
const LINTABLE = /\.(?:[cm]?[jt]s|[jt]sx)$/i;
const LANGUAGE_EXTENSION: Record<string, string> = {
  javascript: '.js',
  javascriptreact: '.jsx',
  typescript: '.ts',
  typescriptreact: '.tsx',
};

export interface RuleMeta extends RuleInfo {
  readonly id: string;
  readonly docsUrl: string | undefined;
  readonly description: string;
  readonly fixable: boolean;
  readonly hasSuggestions: boolean;
  /** The snippet named by `meta.docs.snippet` (defaults to the rule id). */
  readonly snippet: string;
}

type AnyRule = {
  meta?: {
    docs?: { url?: string; description?: string; recommended?: boolean; snippet?: string };
    fixable?: string;
    hasSuggestions?: boolean;
  };
};

let metaCache: Record<string, RuleMeta> | undefined;

/** Metadata of every bundled rule, keyed by rule id (without `prodready/`). */
export function ruleMetas(): Readonly<Record<string, RuleMeta>> {
  if (metaCache) return metaCache;
  const out: Record<string, RuleMeta> = {};
  for (const [id, rule] of Object.entries(plugin.rules as Record<string, AnyRule>)) {
    const docs = rule.meta?.docs;
    out[id] = {
      id,
      recommended: docs?.recommended === true,
      docsUrl: docs?.url,
      description: docs?.description ?? id,
      fixable: Boolean(rule.meta?.fixable),
      hasSuggestions: rule.meta?.hasSuggestions === true,
      snippet: docs?.snippet ?? id,
    };
  }
  metaCache = out;
  return out;
}

/** All bundled snippets, keyed by snippet id. */
export function allSnippets(): Readonly<Record<string, Snippet>> {
  return plugin.snippets;
}

/**
 * Where a file's code runs, as far as the snippets care: `edge` (Next.js middleware, a module with
 * `export const runtime = 'edge'`) or `browser` (client code), where `node:crypto` does not exist, or `node`.
 */
export type SnippetRuntime = CryptoRuntime;

/** The suffix of a snippet that is the Web Crypto (Edge) variant of the snippet without it: `<id>.edge`. */
const EDGE_SUFFIX = '.edge';

/** Whether a file of `runtime` takes a rule's Web Crypto (`.edge`) snippet: Edge files always, browser code for the rules that say so. */
function wantsWebCrypto(rule: string, runtime: SnippetRuntime): boolean {
  return runtime === 'edge' || (runtime === 'browser' && WEB_CRYPTO_IN_BROWSER.has(rule));
}

/**
 * Whether a snippet works, and is the one to offer, in a file of `runtime`: a file with no node:crypto
 * ({@link wantsWebCrypto}) gets a rule's `<id>.edge` variant instead of the `<id>` snippet it stands for
 * (which imports `node:crypto`); other files get `<id>` and not its `.edge` variant (which would work on
 * Node 20+ too, but `node:crypto` is the idiomatic choice there). Snippets without an Edge counterpart
 * fit everywhere. Without a runtime, all fit.
 */
export function snippetFitsRuntime(snippet: Snippet, runtime: SnippetRuntime | undefined): boolean {
  if (runtime === undefined) return true;
  if (snippet.id.endsWith(EDGE_SUFFIX)) return wantsWebCrypto(snippet.rule, runtime);
  return !(`${snippet.id}${EDGE_SUFFIX}` in plugin.snippets) || !wantsWebCrypto(snippet.rule, runtime);
}

/**
 * The hardened snippets that fix a rule's findings: the one `meta.docs.snippet` names first (in an Edge
 * file its `.edge` variant), then the other variants. With a `runtime`, only those that fit it
 * ({@link snippetFitsRuntime}); without one, every variant.
 */
export function snippetsForRule(ruleId: string, runtime?: SnippetRuntime): Snippet[] {
  const named = ruleMetas()[ruleId]?.snippet ?? ruleId;
  const preferred = runtime && wantsWebCrypto(ruleId, runtime) && `${named}${EDGE_SUFFIX}` in plugin.snippets ? `${named}${EDGE_SUFFIX}` : named;
  return Object.values(plugin.snippets)
    .filter((s) => (s.rule === ruleId || s.id === preferred) && snippetFitsRuntime(s, runtime))
    .sort((a, b) => Number(b.id === preferred) - Number(a.id === preferred) || a.id.localeCompare(b.id));
}

/** Every snippet that fits a file of `runtime` (the command palette's list), in the bundle's order. */
export function snippetsForRuntime(runtime: SnippetRuntime | undefined): Snippet[] {
  return Object.values(plugin.snippets).filter((s) => snippetFitsRuntime(s, runtime));
}

/**
 * The runtime a file runs on, decided as the rules decide it (the plugin's `cryptoRuntimeOf`: a declared
 * `runtime`/`config.runtime` or a Next.js `middleware.*` file is Edge; client code is browser), with the
 * path made relative to the same working directory the lint uses. A text that does not parse is judged
 * by its path alone.
 */
export function fileRuntime(text: string, filename: string, cwd: string, languageId?: string): SnippetRuntime {
  const name = lintFilename(filename, languageId);
  const program = parseProgram(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, name) ?? parseProgram('', name);
  if (!program) return 'node';
  return cryptoRuntimeOf(name, program, effectiveCwd(name, cwd));
}

/** The name the file is linted as: its own when it has a JS/TS extension, else one from its language. */
export function lintFilename(filename: string, languageId?: string): string {
  if (LINTABLE.test(filename)) return filename;
  return filename + (LANGUAGE_EXTENSION[languageId ?? ''] ?? '.tsx');
}

export interface SkipCheck {
  readonly maxFileSize: number;
}

/** Why a file is not linted (too large, minified or generated), or undefined when it is linted. */
export function skipReason(text: string, filename: string, opts: SkipCheck): string | undefined {
  if (text.length > opts.maxFileSize) {
    // In characters, the unit of the setting (a KB figure read "0 KB, over (0 KB)" for small limits).
    return `the file has ${count(text.length)} characters, over prodready.maxFileSize (${count(opts.maxFileSize)})`;
  }
  if (/\.min\.[cm]?js$/i.test(filename)) return 'the file is minified (.min.js)';
  if (text.length < 4096) return undefined;
  let lines = 1;
  let longest = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      lines++;
      if (i - start > longest) longest = i - start;
      start = i + 1;
    }
  }
  if (text.length - start > longest) longest = text.length - start;
  if (longest > 10_000) return `the file has a line of ${longest.toLocaleString('en-US')} characters (minified or generated code)`;
  if (text.length / lines > 300) return 'the file looks minified (very long lines)';
  return undefined;
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}

/**
 * Whether a file of `bytes` bytes on disk is over `maxFileSize` characters for sure, without reading
 * it: UTF-8 takes at most 3 bytes per UTF-16 code unit, so a file is only surely too large when its
 * size is over 3 × the limit (a smaller one is read and measured in characters by `skipReason`).
 */
export function surelyTooLarge(bytes: number, maxFileSize: number): boolean {
  return bytes > 3 * maxFileSize;
}

export interface LintRequest {
  readonly text: string;
  /** Absolute path of the file (used for the rules' file classification and the config match). */
  readonly filename: string;
  /** The project root the rules classify paths against (the folder with the app's package.json). */
  readonly cwd: string;
  readonly rules: EffectiveRules;
  /** Overrides `rules.helperModules` entries (the hardened-snippet planning sets the new helper module). */
  readonly helperModules?: Readonly<Record<string, string>>;
  /** Lint with only these rules (ids without `prodready/`), at their configured options. */
  readonly onlyRules?: readonly string[];
  readonly languageId?: string;
}

export interface RuleCrash {
  readonly ruleId: string;
  readonly error: string;
}

export interface LintResult {
  readonly status: 'ok' | 'parse-error';
  /** The prodready messages, in ESLint's order. */
  readonly messages: readonly LintMessage[];
  readonly parseError?: { readonly line: number; readonly column: number; readonly message: string };
  /** Rules that threw: they are left out and the file is linted again without them. */
  readonly crashes: readonly RuleCrash[];
  readonly durationMs: number;
}

const linters = new Map<string, Linter>();

function linterFor(cwd: string): Linter {
  let linter = linters.get(cwd);
  if (!linter) {
    if (linters.size > 50) linters.clear();
    linter = new Linter({ configType: 'flat', cwd });
    linters.set(cwd, linter);
  }
  return linter;
}

function normalize(p: string): string {
  return p.replace(/\\/g, '/').replace(/\/+$/, '');
}

/** The working directory to lint a file with: `cwd` when the file is inside it, else the file's folder. */
function effectiveCwd(filename: string, cwd: string): string {
  const f = normalize(filename);
  const c = normalize(cwd);
  if (c && f.startsWith(`${c}/`)) return cwd;
  const slash = Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\'));
  return slash > 0 ? filename.slice(0, slash) : '/';
}

export function buildConfig(req: Pick<LintRequest, 'rules' | 'helperModules' | 'onlyRules'>, skip: ReadonlySet<string> = new Set()): Linter.Config {
  const rules: Linter.RulesRecord = {};
  const only = req.onlyRules ? new Set(req.onlyRules) : undefined;
  for (const [id, r] of Object.entries(req.rules.rules)) {
    if (skip.has(id) || (only && !only.has(id)) || !(id in plugin.rules)) continue;
    // ESLint only knows error / warn; the editor severity is applied when mapping to diagnostics.
    rules[`prodready/${id}`] = [r.severity === 'error' ? 'error' : 'warn', ...r.options] as Linter.RuleEntry;
  }
  const helperModules = { ...req.rules.helperModules, ...req.helperModules };
  return {
    files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
    languageOptions: LANGUAGE_OPTIONS,
    plugins: { prodready: plugin as unknown as NonNullable<Linter.Config['plugins']>[string] },
    linterOptions: { reportUnusedDisableDirectives: 'off', reportUnusedInlineConfigs: 'off' },
    settings: { prodready: { helperModules } },
    rules,
  };
}

function crashRuleId(err: unknown): string | undefined {
  const ruleId = (err as { ruleId?: unknown } | null)?.ruleId;
  if (typeof ruleId === 'string') return ruleId.replace(/^prodready\//, '');
  const m = /Rule: "prodready\/([\w-]+)"|rule 'prodready\/([\w-]+)'/.exec(String((err as Error | null)?.message ?? err));
  return m?.[1] ?? m?.[2];
}

/** Lints a text. Never throws: a rule that throws is left out (and listed in `crashes`). */
export function lintText(req: LintRequest): LintResult {
  const t0 = performance.now();
  const filename = lintFilename(req.filename, req.languageId);
  const linter = linterFor(effectiveCwd(filename, req.cwd));
  const skip = new Set<string>();
  const crashes: RuleCrash[] = [];
  const text = req.text.charCodeAt(0) === 0xfeff ? req.text.slice(1) : req.text;
  for (let attempt = 0; attempt < 25; attempt++) {
    let raw: LintMessage[];
    try {
      raw = linter.verify(text, [buildConfig(req, skip)], { filename });
    } catch (err) {
      const ruleId = crashRuleId(err);
      if (!ruleId || skip.has(ruleId)) {
        crashes.push({ ruleId: ruleId ?? '(unknown)', error: String((err as Error)?.message ?? err) });
        return { status: 'ok', messages: [], crashes, durationMs: performance.now() - t0 };
      }
      skip.add(ruleId);
      crashes.push({ ruleId, error: String((err as Error)?.message ?? err).split('\n')[0] ?? '' });
      continue;
    }
    const fatal = raw.find((m) => m.fatal);
    if (fatal) {
      return {
        status: 'parse-error',
        messages: [],
        parseError: { line: fatal.line, column: fatal.column, message: fatal.message },
        crashes,
        durationMs: performance.now() - t0,
      };
    }
    const messages = raw.filter((m) => typeof m.ruleId === 'string' && m.ruleId.startsWith('prodready/'));
    return { status: 'ok', messages, crashes, durationMs: performance.now() - t0 };
  }
  return { status: 'ok', messages: [], crashes, durationMs: performance.now() - t0 };
}

export interface FixAllResult {
  /** The text with every autofix applied (ESLint's multi-pass fixing). */
  readonly output: string;
  readonly fixed: boolean;
  /** The prodready findings left (they need a suggestion or a snippet). */
  readonly remaining: readonly LintMessage[];
}

/** Applies every prodready autofix (never suggestions: only the always-safe rewrites). */
export function fixAllText(req: LintRequest): FixAllResult {
  const filename = lintFilename(req.filename, req.languageId);
  const linter = linterFor(effectiveCwd(filename, req.cwd));
  try {
    const r = linter.verifyAndFix(req.text, [buildConfig(req)], { filename, fix: true });
    if (r.messages.some((m) => m.fatal)) return { output: req.text, fixed: false, remaining: [] };
    return {
      output: r.output,
      fixed: r.fixed && r.output !== req.text,
      remaining: r.messages.filter((m) => m.ruleId?.startsWith('prodready/')),
    };
  } catch {
    return { output: req.text, fixed: false, remaining: lintText(req).messages };
  }
}

/** Whether a text parses (as the file it would be saved as). */
export function parses(text: string, filename: string): boolean {
  try {
    tsParser.parseForESLint(text, {
      filePath: lintFilename(filename),
      ecmaVersion: 'latest',
      sourceType: 'module',
      ecmaFeatures: { jsx: true },
      range: true,
      loc: true,
    });
    return true;
  } catch {
    return false;
  }
}

/** Parses a text into an ESTree program (undefined when it does not parse). */
export function parseProgram(text: string, filename: string): ReturnType<typeof tsParser.parse> | undefined {
  try {
    return tsParser.parse(text, {
      filePath: lintFilename(filename),
      ecmaVersion: 'latest',
      sourceType: 'module',
      ecmaFeatures: { jsx: true },
      range: true,
      loc: true,
    });
  } catch {
    return undefined;
  }
}
