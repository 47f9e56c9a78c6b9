// The prodready rule settings of a workspace's own eslint.config.* — for TRUSTED workspaces only.
//
// How: when the app has an eslint.config.* whose text mentions `prodready`, we load the app's own
// ESLint (`require('eslint')` resolved from the app folder) and ask it for the config of the file
// (`calculateConfigForFile`). That evaluates the config file, i.e. runs workspace code, so the caller
// must only call this when `vscode.workspace.isTrusted` (the extension checks it; untrusted
// workspaces use the extension's own settings only). The result is exactly what CI computes,
// including spread presets like `prodready.configs.recommended` and per-file overrides.
// No `vscode` import: the trust decision is the caller's.
//
// Loading the app's ESLint and evaluating its config takes seconds at the start of a session (5-8 s
// in the e2e after a window reload). So the answers are remembered (VS Code's workspaceState) with the
// config file's mtime and size: while the app's ESLint loads, a file gets the answer remembered for it,
// or for a file of the same kind next to it, from an earlier session of the same, unchanged config —
// and the fresh answer replaces it as soon as it is there (`onRevised`: the caller lints again).
import { createRequire } from 'node:module';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, sep } from 'node:path';
import { rulesFromEslintConfig, type EffectiveRules, type RuleInfo } from './settings';

export const ESLINT_CONFIG_FILES = [
  'eslint.config.js',
  'eslint.config.mjs',
  'eslint.config.cjs',
  'eslint.config.ts',
  'eslint.config.mts',
  'eslint.config.cts',
];

/** The eslint.config.* of an app folder (native path), when there is one. */
export function findEslintConfig(appRoot: string): string | undefined {
  for (const name of ESLINT_CONFIG_FILES) {
    const p = join(appRoot, name);
    if (existsSync(p)) return p;
  }
  return undefined;
}

/** Whether a config file configures prodready at all (a cheap static check before running anything). */
export function mentionsProdready(configFile: string): boolean {
  try {
    return readFileSync(configFile, 'utf8').includes('prodready');
  } catch {
    return false;
  }
}

interface ESLintLike {
  calculateConfigForFile(file: string): Promise<unknown>;
  isPathIgnored?(file: string): Promise<boolean>;
}

type ESLintModule = {
  ESLint?: new (opts: { cwd: string }) => ESLintLike;
  loadESLint?: (opts: { useFlatConfig: boolean; cwd?: string }) => Promise<new (opts: { cwd: string }) => ESLintLike>;
};

export type WorkspaceRules =
  | { readonly kind: 'rules'; readonly rules: EffectiveRules }
  /** The config exists and configures prodready, but ignores this file (CI would not lint it). */
  | { readonly kind: 'ignored'; readonly configFile: string }
  /** No usable config: the extension settings apply. `reason` says why when something failed. */
  | { readonly kind: 'none'; readonly reason?: string };

/** A small persistent key-value store: VS Code's `workspaceState`, a Map in the tests. */
export interface ConfigMemory {
  get(key: string): unknown;
  update(key: string, value: unknown): PromiseLike<void> | void;
}

export interface WorkspaceEslintOptions {
  /** Where answers are remembered across sessions (none: every session waits for the app's ESLint). */
  readonly memory?: ConfigMemory;
  /** A remembered answer handed out for `file` turned out different from the fresh one: lint again. */
  readonly onRevised?: (appRoot: string, file: string) => void;
}

/** What is remembered per config file. */
interface Remembered {
  readonly v: 1;
  /** The config file's mtime and size when the answers were computed. */
  readonly stamp: string;
  /** The distinct answers (usually one or two: linted, ignored). */
  readonly results: WorkspaceRules[];
  /** File (relative to the app folder, `/`-separated) → its answer in `results`; least recent first. */
  readonly files: Record<string, number>;
}

/** Files remembered per config (the least recently linted are dropped first). */
const REMEMBERED_FILES = 300;
const MEMORY_KEY = 'prodready.eslintConfig:';
/** How long after handing out a remembered answer its fresh computation starts. */
const REVISE_AFTER_MS = 300;

function stampOf(file: string): string | undefined {
  try {
    const st = statSync(file);
    return `${st.mtimeMs}:${st.size}`;
  } catch {
    return undefined;
  }
}

function isRemembered(v: unknown): v is Remembered {
  const r = v as Partial<Remembered> | undefined;
  return !!r && r.v === 1 && typeof r.stamp === 'string' && Array.isArray(r.results) && typeof r.files === 'object' && r.files !== null;
}

/** Loads and caches the app's ESLint per app folder. Call `invalidate()` when a config file changes. */
export class WorkspaceEslint {
  private readonly instances = new Map<string, Promise<{ eslint: ESLintLike; configFile: string } | string | undefined>>();
  /** App folders whose ESLint has loaded and evaluated its config once this session (fresh answers are quick). */
  private readonly loaded = new Set<string>();
  /** Fresh computations replacing a remembered answer, per app folder + file. */
  private readonly revising = new Map<string, Promise<void>>();
  /** Bumped by `invalidate()`: a revision started before must not remember or report its answer. */
  private generation = 0;

  constructor(
    private readonly known: Readonly<Record<string, RuleInfo>>,
    private readonly options: WorkspaceEslintOptions = {},
  ) {}

  invalidate(): void {
    this.instances.clear();
    this.loaded.clear();
    this.revising.clear();
    this.generation++;
  }

  private instance(appRoot: string): Promise<{ eslint: ESLintLike; configFile: string } | string | undefined> {
    let p = this.instances.get(appRoot);
    if (!p) {
      p = (async () => {
        const configFile = findEslintConfig(appRoot);
        if (!configFile || !mentionsProdready(configFile)) return undefined;
        let mod: ESLintModule;
        try {
          mod = createRequire(join(appRoot, 'package.json'))('eslint') as ESLintModule;
        } catch {
          return `${configFile} configures prodready, but the app has no eslint package installed (run npm install): using the extension settings`;
        }
        const Ctor = mod.loadESLint ? await mod.loadESLint({ useFlatConfig: true, cwd: appRoot }) : mod.ESLint;
        if (!Ctor) return 'the installed eslint package has no ESLint class';
        return { eslint: new Ctor({ cwd: appRoot }), configFile };
      })().catch((e: unknown) => `could not load ESLint: ${String((e as Error)?.message ?? e)}`);
      this.instances.set(appRoot, p);
    }
    return p;
  }

  /**
   * The prodready rules the app's ESLint config applies to a file (native paths). Unless `wait` is
   * set, while the app's ESLint is still loading this is the answer remembered from an earlier session
   * when there is one (`remembered: true`); the fresh answer follows through `onRevised` if it differs.
   */
  async rulesFor(appRoot: string, file: string, opts: { readonly wait?: boolean } = {}): Promise<WorkspaceRules & { readonly remembered?: true }> {
    if (!opts.wait && this.options.memory && !this.loaded.has(appRoot)) {
      const early = this.recall(appRoot, file);
      if (early) {
        this.revise(appRoot, file, early);
        return { ...early, remembered: true };
      }
    }
    const gen = this.generation;
    const fresh = await this.compute(appRoot, file);
    if (gen === this.generation) this.remember(appRoot, file, fresh);
    return fresh;
  }

  /** Resolves when the fresh answers replacing remembered ones so far are in (tests, benchmarks). */
  async revisions(): Promise<void> {
    await Promise.all([...this.revising.values()]);
  }

  /** Computes the fresh answer for a file a remembered one was handed out for; reports a difference. */
  private revise(appRoot: string, file: string, handedOut: WorkspaceRules): void {
    const key = `${appRoot}\0${file}`;
    if (this.revising.has(key)) return;
    const gen = this.generation;
    // Later, not now: loading the app's ESLint starts with a synchronous require() that holds the
    // extension host for about a second — after the remembered answer's lint has shown its squiggles.
    const done = new Promise((resolve) => setTimeout(resolve, REVISE_AFTER_MS))
      .then(() => (gen === this.generation ? this.compute(appRoot, file) : undefined))
      .then((fresh) => {
        if (!fresh || gen !== this.generation) return;
        this.revising.delete(key);
        this.remember(appRoot, file, fresh);
        if (JSON.stringify(fresh) !== JSON.stringify(handedOut)) this.options.onRevised?.(appRoot, file);
      })
      .catch(() => {});
    this.revising.set(key, done);
  }

  /** The remembered answer for a file, or else the answer of a file of the same kind in the same folder, or of most files of that kind — if the config is unchanged. */
  private recall(appRoot: string, file: string): WorkspaceRules | undefined {
    const configFile = findEslintConfig(appRoot);
    if (!configFile) return undefined;
    const mem = this.options.memory?.get(MEMORY_KEY + configFile);
    if (!isRemembered(mem) || mem.stamp !== stampOf(configFile)) return undefined;
    const rel = relative(appRoot, file).split(sep).join('/');
    let index = mem.files[rel];
    if (index === undefined) {
      const dir = dirname(rel);
      const ext = extname(rel);
      const sameKind = Object.keys(mem.files).filter((f) => extname(f) === ext).reverse(); // most recent first
      const neighbour = sameKind.find((f) => dirname(f) === dir);
      if (neighbour !== undefined) index = mem.files[neighbour];
      else {
        // No neighbour: the answer most files of its kind got (the app's main rules, not an ignored corner).
        const counts = new Map<number, number>();
        for (const f of sameKind) counts.set(mem.files[f]!, (counts.get(mem.files[f]!) ?? 0) + 1);
        for (const [i, n] of counts) if (index === undefined || n > counts.get(index)!) index = i;
      }
    }
    const r = index === undefined ? undefined : mem.results[index];
    return r && (r.kind === 'rules' || r.kind === 'ignored') ? r : undefined;
  }

  /** Remembers the answers that need the app's ESLint (`rules`, `ignored`); the others come quickly anyway. */
  private remember(appRoot: string, file: string, r: WorkspaceRules): void {
    const memory = this.options.memory;
    if (!memory || (r.kind !== 'rules' && r.kind !== 'ignored')) return;
    const configFile = r.kind === 'rules' ? r.rules.configFile : r.configFile;
    const stamp = configFile && stampOf(configFile);
    if (!configFile || !stamp) return;
    const old = memory.get(MEMORY_KEY + configFile);
    const prev = isRemembered(old) && old.stamp === stamp ? old : undefined;
    const results = prev ? [...prev.results] : [];
    const json = JSON.stringify(r);
    let index = results.findIndex((x) => JSON.stringify(x) === json);
    if (index < 0) index = results.push(r) - 1;
    const rel = relative(appRoot, file).split(sep).join('/');
    const keys = prev ? Object.keys(prev.files) : [];
    if (prev && prev.files[rel] === index && keys[keys.length - 1] === rel) return; // nothing new
    const files: Record<string, number> = {};
    for (const k of keys.slice(-(REMEMBERED_FILES - 1))) if (k !== rel) files[k] = prev!.files[k]!;
    files[rel] = index;
    const used = new Set(Object.values(files));
    // Drop answers no file refers to any more, renumbering the rest.
    const keep = results.map((_, i) => used.has(i));
    const renumber = keep.map((_, i) => keep.slice(0, i).filter(Boolean).length);
    for (const k of Object.keys(files)) files[k] = renumber[files[k]!]!;
    const value: Remembered = { v: 1, stamp, results: results.filter((_, i) => keep[i]), files };
    void Promise.resolve(memory.update(MEMORY_KEY + configFile, value)).catch(() => {});
  }

  private async compute(appRoot: string, file: string): Promise<WorkspaceRules> {
    const gen = this.generation;
    try {
      return await this.computeOnce(appRoot, file);
    } finally {
      // Loaded or failed: either way the next answers for this app are quick, and never remembered ones.
      if (gen === this.generation) this.loaded.add(appRoot);
    }
  }

  private async computeOnce(appRoot: string, file: string): Promise<WorkspaceRules> {
    const inst = await this.instance(appRoot);
    if (inst === undefined) return { kind: 'none' };
    if (typeof inst === 'string') return { kind: 'none', reason: inst };
    try {
      if (inst.eslint.isPathIgnored && (await inst.eslint.isPathIgnored(file))) return { kind: 'ignored', configFile: inst.configFile };
      const config = await inst.eslint.calculateConfigForFile(file);
      if (config === undefined) return { kind: 'ignored', configFile: inst.configFile };
      const rules = rulesFromEslintConfig(config, this.known, inst.configFile);
      return rules ? { kind: 'rules', rules } : { kind: 'none' };
    } catch (e) {
      return { kind: 'none', reason: `${inst.configFile}: ${String((e as Error)?.message ?? e).split('\n')[0]}` };
    }
  }
}
