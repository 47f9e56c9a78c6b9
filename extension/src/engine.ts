// Glue between VS Code documents and the lint core: which rules apply to a document (extension
// settings, or — in a trusted workspace — its eslint.config.*), its project root, and a cache of the
// last lint per document version (the code actions reuse it).
import * as vscode from 'vscode';
import { findAppRoot } from './core/snippet-plan';
import { fileRuntime, lintText, ruleMetas, type LintRequest, type LintResult, type SnippetRuntime } from './core/lint-core';
import { rulesFromSettings, type EffectiveRules, type ExtensionSettings } from './core/settings';
import { WorkspaceEslint, type ConfigMemory } from './core/workspace-eslint';
import { fsHost } from './fs-host';
import { getSettings } from './settings';

export const LANGUAGES = ['javascript', 'javascriptreact', 'typescript', 'typescriptreact'] as const;
export const DOCUMENT_SELECTOR: vscode.DocumentSelector = LANGUAGES.flatMap((language) =>
  ['file', 'untitled', 'vscode-vfs', 'vscode-remote'].map((scheme) => ({ language, scheme })),
);
const IGNORED_PATH = /(?:^|\/)(?:node_modules|\.next|\.vercel|\.turbo|dist|build|out|coverage)\//;

export interface DocContext {
  readonly settings: ExtensionSettings;
  readonly folder: vscode.WorkspaceFolder | undefined;
  /** The app root (`Uri.path` style) and the cwd / filename the linter sees (native paths for file URIs). */
  readonly appRoot: string;
  readonly cwd: string;
  readonly filename: string;
  readonly rules: EffectiveRules;
  /** Why the document is not linted (ignored by the workspace's ESLint config, build output). */
  readonly ignored?: string;
  /** The ESLint extension reports these rules already: no diagnostics of ours for them. */
  readonly hiddenRules: ReadonlySet<string>;
}

export interface CachedLint {
  readonly version: number;
  readonly text: string;
  readonly context: DocContext;
  readonly result: LintResult;
}

export class Engine implements vscode.Disposable {
  readonly metas = ruleMetas();
  private readonly workspaceEslint: WorkspaceEslint;
  private readonly appRoots = new Map<string, Promise<string>>();
  private readonly cache = new Map<string, CachedLint>();
  private readonly runtimes = new WeakMap<CachedLint, SnippetRuntime>();
  private readonly warned = new Set<string>();
  private readonly revised = new vscode.EventEmitter<void>();
  /** A workspace config's fresh answer replaced one remembered from an earlier session: lint again. */
  readonly onDidReviseRules = this.revised.event;

  /** `memory` keeps the workspace configs' answers across sessions (the extension's workspaceState). */
  constructor(
    readonly log: vscode.LogOutputChannel,
    memory?: ConfigMemory,
  ) {
    this.workspaceEslint = new WorkspaceEslint(this.metas, {
      memory,
      onRevised: (_appRoot, file) => {
        this.log.info(`the app's ESLint config gives ${file} other prodready settings than the ones remembered from the last session: linting again`);
        this.cache.clear();
        this.revised.fire();
      },
    });
  }

  /** Forget every cached context (settings, trust, config files or package.json changed). */
  invalidate(): void {
    this.workspaceEslint.invalidate();
    this.appRoots.clear();
    this.cache.clear();
  }

  forget(uri: vscode.Uri): void {
    this.cache.delete(uri.toString());
  }

  isLintable(doc: vscode.TextDocument): boolean {
    return (LANGUAGES as readonly string[]).includes(doc.languageId) && ['file', 'untitled', 'vscode-vfs', 'vscode-remote'].includes(doc.uri.scheme);
  }

  private appRoot(uri: vscode.Uri, folder: vscode.WorkspaceFolder | undefined): Promise<string> {
    const dir = uri.path.replace(/\/[^/]*$/, '') || '/';
    let p = this.appRoots.get(dir);
    if (!p) {
      p = uri.scheme === 'untitled' ? Promise.resolve(folder?.uri.path ?? '/') : findAppRoot(uri.path, folder?.uri.path, fsHost(uri));
      this.appRoots.set(dir, p);
    }
    return p;
  }

  /**
   * Everything a lint of the document needs. In a trusted workspace whose ESLint is still loading, the
   * rules may be the ones remembered from the last session (then `onDidReviseRules` follows if they
   * changed); `wait` waits for the app's ESLint instead (the workspace scan).
   */
  async context(uri: vscode.Uri, languageId?: string, opts: { readonly wait?: boolean } = {}): Promise<DocContext> {
    const folder = vscode.workspace.getWorkspaceFolder(uri) ?? vscode.workspace.workspaceFolders?.[0];
    const settings = getSettings(uri);
    const appRoot = await this.appRoot(uri, uri.scheme === 'untitled' ? folder : vscode.workspace.getWorkspaceFolder(uri));
    const isFile = uri.scheme === 'file';
    const rootUri = (folder?.uri ?? uri).with({ path: appRoot });
    const cwd = isFile || rootUri.scheme === 'file' ? rootUri.fsPath : appRoot;
    let filename: string;
    if (uri.scheme === 'untitled') {
      const ext = languageId === 'typescriptreact' ? '.tsx' : languageId === 'typescript' ? '.ts' : languageId === 'javascriptreact' ? '.jsx' : '.js';
      filename = `${cwd.replace(/[\\/]+$/, '')}/${uri.path.replace(/^.*\//, '')}${ext}`;
    } else {
      filename = isFile ? uri.fsPath : uri.path;
    }
    const base = rulesFromSettings(settings, this.metas);
    const rel = uri.path.startsWith(`${appRoot}/`) ? uri.path.slice(appRoot.length + 1) : uri.path;
    const hidden = new Set<string>();
    if (IGNORED_PATH.test(rel)) {
      return { settings, folder, appRoot, cwd, filename, rules: base, hiddenRules: hidden, ignored: 'the file is in a dependency or build-output folder' };
    }
    if (!settings.useEslintConfig || !vscode.workspace.isTrusted || !isFile) {
      return { settings, folder, appRoot, cwd, filename, rules: base, hiddenRules: hidden };
    }
    // Trusted workspace only: this evaluates the workspace's eslint.config.* with its own ESLint.
    const ws = await this.workspaceEslint.rulesFor(cwd, filename, opts);
    if (ws.remembered) this.warnOnce(`using the prodready settings remembered from the last session for ${cwd}'s ESLint config until the app's ESLint has loaded`, 'info');
    if (ws.kind === 'none') {
      if (ws.reason) this.warnOnce(ws.reason);
      return { settings, folder, appRoot, cwd, filename, rules: base, hiddenRules: hidden };
    }
    if (ws.kind === 'ignored') {
      return { settings, folder, appRoot, cwd, filename, rules: base, hiddenRules: hidden, ignored: `ignored by ${ws.configFile}` };
    }
    const rules: EffectiveRules = { ...ws.rules, helperModules: { ...settings.helperModules, ...ws.rules.helperModules } };
    if (settings.dedupeWithEslintExtension && this.eslintExtensionActive(uri)) {
      for (const id of Object.keys(rules.rules)) hidden.add(id);
    }
    return { settings, folder, appRoot, cwd, filename, rules, hiddenRules: hidden };
  }

  /** Whether the ESLint extension is installed and enabled for this file (it then reports the config's prodready rules itself). */
  private eslintExtensionActive(uri: vscode.Uri): boolean {
    if (!vscode.extensions.getExtension('dbaeumer.vscode-eslint')) return false;
    return vscode.workspace.getConfiguration('eslint', uri).get<boolean>('enable', true) !== false;
  }

  lint(text: string, ctx: DocContext, extra?: Pick<LintRequest, 'helperModules' | 'onlyRules'>, languageId?: string): LintResult {
    const result = lintText({ text, filename: ctx.filename, cwd: ctx.cwd, rules: ctx.rules, languageId, ...extra });
    for (const c of result.crashes) this.warnOnce(`rule prodready/${c.ruleId} threw and was skipped: ${c.error}`);
    return result;
  }

  /**
   * The runtime (Edge or Node) a text of the document runs on, decided as the rules decide it: the
   * hardened snippets offered for the document follow it.
   */
  runtime(text: string, ctx: DocContext, languageId?: string): SnippetRuntime {
    return fileRuntime(text, ctx.filename, ctx.cwd, languageId);
  }

  /** {@link runtime} of a cached lint's text, computed once per lint. */
  runtimeOfLint(lint: CachedLint, languageId?: string): SnippetRuntime {
    let hit = this.runtimes.get(lint);
    if (!hit) {
      hit = this.runtime(lint.text, lint.context, languageId);
      this.runtimes.set(lint, hit);
    }
    return hit;
  }

  /** Lints a document (or returns the cached lint of its current version). */
  async lintDocument(doc: vscode.TextDocument): Promise<CachedLint | undefined> {
    const key = doc.uri.toString();
    const hit = this.cache.get(key);
    if (hit && hit.version === doc.version) return hit;
    const version = doc.version;
    const context = await this.context(doc.uri, doc.languageId);
    if (doc.isClosed || doc.version !== version) return undefined; // stale: a newer lint is scheduled
    const text = doc.getText();
    const result = this.lint(text, context, undefined, doc.languageId);
    const entry: CachedLint = { version, text, context, result };
    this.cache.set(key, entry);
    return entry;
  }

  cached(doc: vscode.TextDocument): CachedLint | undefined {
    const hit = this.cache.get(doc.uri.toString());
    return hit && hit.version === doc.version ? hit : undefined;
  }

  /** Lints a small route once (result discarded) to load and JIT the parser and the rules. */
  warmUp(): void {
    try {
      const rules = rulesFromSettings(getSettings(), this.metas);
      lintText({
        text: "import { Redis } from '@upstash/redis';\nconst redis = Redis.fromEnv();\nexport async function GET(req: Request) {\n  return Response.json(await redis.keys('a:*'));\n}\n",
        filename: '/warmup/app/api/warmup/route.ts',
        cwd: '/warmup',
        rules: { ...rules, rules: { ...rules.rules } },
      });
    } catch {
      // best effort
    }
  }

  warnOnce(message: string, level: 'warn' | 'info' = 'warn'): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    this.log[level](message);
  }

  dispose(): void {
    this.cache.clear();
    this.revised.dispose();
  }
}
