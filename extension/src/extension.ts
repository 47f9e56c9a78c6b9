// The extension: wires the engine, providers, commands and status bar. Kept thin: the logic lives in
// core/ (vscode-free) and in providers/ and commands/. Loaded by entry.ts (VS Code's entry point), which
// hands over the code cache it loaded this bundle with.
import * as vscode from 'vscode';
import { Engine, DOCUMENT_SELECTOR } from './engine';
import { DiagnosticsManager } from './providers/diagnostics';
import { COMMAND_INSERT_SNIPPET, COMMAND_SHOW_DOCS, ProdreadyCodeActions, type InsertSnippetArgs } from './providers/code-actions';
import { COMMAND_TRUST_MIDDLEWARE, MiddlewareTrustActions, trustMiddlewareRoute, type RouteAuthOptionArgs } from './providers/middleware-trust';
import { COMMAND_TRUST_WRAPPER, trustAuthWrapper, WrapperTrustActions } from './providers/wrapper-trust';
import { insertHardenedSnippet } from './commands/insert-snippet';
import { fixAllCommand } from './commands/fix-all';
import { scanWorkspace } from './commands/scan';
import { showDocumentation } from './commands/show-docs';
import { StatusBar } from './status-bar';
import type { LoadedBundle } from './code-cache';

/** How long after the warm-up the code cache is written (the first lints' compiled functions go in it). */
const SAVE_CODE_CACHE_AFTER_MS = 3_000;

/** What entry.ts hands over: how the bundle was loaded, and when activation began (`performance.now()`). */
export type BundleInfo = Omit<LoadedBundle<unknown>, 'exports'> & { readonly startedAt: number };

export function activate(context: vscode.ExtensionContext, bundle?: BundleInfo): void {
  const log = vscode.window.createOutputChannel('prodready', { log: true });
  const engine = new Engine(log, context.workspaceState);
  const diagnostics = new DiagnosticsManager(engine);
  const guard =
    <A extends unknown[]>(name: string, fn: (...args: A) => Promise<void>) =>
    async (...args: A) => {
      try {
        await fn(...args);
      } catch (e) {
        log.warn(`${name} failed: ${String((e as Error)?.stack ?? e)}`);
        void vscode.window.showWarningMessage(`prodready: ${name} failed: ${String((e as Error)?.message ?? e)}`);
      }
    };
  const refresh = () => {
    engine.invalidate();
    diagnostics.relintAll();
  };
  const watcher = vscode.workspace.createFileSystemWatcher('**/{eslint.config.*,package.json,tsconfig.json,jsconfig.json}');
  context.subscriptions.push(
    log,
    engine,
    diagnostics,
    new StatusBar(diagnostics),
    vscode.languages.registerCodeActionsProvider(DOCUMENT_SELECTOR, new ProdreadyCodeActions(engine), ProdreadyCodeActions.metadata),
    vscode.languages.registerCodeActionsProvider(DOCUMENT_SELECTOR, new MiddlewareTrustActions(engine), MiddlewareTrustActions.metadata),
    vscode.languages.registerCodeActionsProvider(DOCUMENT_SELECTOR, new WrapperTrustActions(engine), WrapperTrustActions.metadata),
    vscode.commands.registerCommand('prodready.scanWorkspace', guard('Scan workspace', () => scanWorkspace(engine, diagnostics))),
    vscode.commands.registerCommand('prodready.fixAll', guard('Fix all', () => fixAllCommand(engine))),
    vscode.commands.registerCommand(COMMAND_INSERT_SNIPPET, guard('Insert hardened snippet', (args?: InsertSnippetArgs) => insertHardenedSnippet(engine, args))),
    vscode.commands.registerCommand(COMMAND_TRUST_MIDDLEWARE, guard('Trust middleware', (args?: RouteAuthOptionArgs) => trustMiddlewareRoute(args))),
    vscode.commands.registerCommand(COMMAND_TRUST_WRAPPER, guard('Trust auth wrapper', (args?: RouteAuthOptionArgs) => trustAuthWrapper(args))),
    vscode.commands.registerCommand(COMMAND_SHOW_DOCS, guard('Show documentation', (ruleId?: string) => showDocumentation(engine, ruleId))),
    vscode.commands.registerCommand('prodready.clearScanResults', () => diagnostics.clearScan()),
    vscode.commands.registerCommand('prodready.showOutput', () => log.show()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('prodready') || e.affectsConfiguration('eslint.enable')) refresh();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(refresh),
    vscode.extensions.onDidChange(refresh),
    engine.onDidReviseRules(() => diagnostics.relintAll()),
    watcher,
    watcher.onDidChange(refresh),
    watcher.onDidCreate(refresh),
    watcher.onDidDelete(refresh),
  );
  log.info(
    `prodready activated (workspace ${vscode.workspace.isTrusted ? 'trusted' : 'untrusted: extension settings only'})` +
      (bundle
        ? `; activated in ${Math.round(performance.now() - bundle.startedAt)} ms (bundle compiled in ${Math.round(bundle.compileMs)} ms, code cache: ${bundle.status}), extension host up for ${Math.round(process.uptime() * 1000)} ms`
        : ''),
  );
  diagnostics.relintAll();
  // Warm the parser and the rules (JIT, lazy requires) so the first file opened gets its squiggles fast;
  // then write the code cache for the next start (see code-cache.ts).
  let save: ReturnType<typeof setTimeout> | undefined;
  const warm = setTimeout(() => {
    // A JS/TS file already open (the one whose opening activated the extension) is linted right away
    // and warms the same code: a warm-up lint first would only delay its squiggles.
    if (vscode.workspace.textDocuments.some((d) => engine.isLintable(d))) {
      log.info('warm-up lint skipped: an open file is being linted');
    } else {
      const t = performance.now();
      engine.warmUp();
      log.info(`warm-up lint: ${Math.round(performance.now() - t)} ms`);
    }
    // save() writes only when there is no cache V8 accepted (and a cache folder).
    if (bundle && (bundle.status === 'miss' || bundle.status === 'rejected')) {
      save = setTimeout(() => {
        const file = bundle.save();
        if (file) log.info(`code cache written for the next start: ${file}`);
      }, SAVE_CODE_CACHE_AFTER_MS);
    }
  }, 0);
  context.subscriptions.push({
    dispose: () => {
      clearTimeout(warm);
      clearTimeout(save);
    },
  });
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
