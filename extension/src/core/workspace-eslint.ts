// The prodready rule settings of a workspace's own eslint.config.* — for TRUSTED workspaces only.
//
// How: when the app has an eslint.config.* whose text mentions `prodready`, we load the app's own
// ESLint (`require('eslint')` resolved from the app folder) and ask it for the config of the file
// (`calculateConfigForFile`). That evaluates the config file, i.e. runs workspace code, so the caller
// must only call this when `vscode.workspace.isTrusted` (the extension checks it; untrusted
// workspaces use the extension's own settings only). The result is exactly what CI computes,
// including spread presets like `prodready.configs.recommended` and per-file overrides.
// No `vscode` import: the trust decision is the caller's.
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

/** Loads and caches the app's ESLint per app folder. Call `invalidate()` when a config file changes. */
export class WorkspaceEslint {
  private readonly instances = new Map<string, Promise<{ eslint: ESLintLike; configFile: string } | string | undefined>>();

  constructor(private readonly known: Readonly<Record<string, RuleInfo>>) {}

  invalidate(): void {
    this.instances.clear();
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

  /** The prodready rules the app's ESLint config applies to a file (native paths). */
  async rulesFor(appRoot: string, file: string): Promise<WorkspaceRules> {
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
