// Lints open documents on open and as you type (debounced) or on save, publishes the diagnostics,
// clears them on close. A lint whose document changed meanwhile is dropped, never applied.
// Also keeps the workspace scan's findings of closed files current: they are linted again from disk
// when settings, trust or the ESLint config change, and when a scanned file is closed.
import * as vscode from 'vscode';
import { skipReason, surelyTooLarge } from '../core/lint-core';
import { toDiagnostics } from '../core/diagnostics';
import { toDiagnostic } from '../convert';
import type { Engine } from '../engine';
import { getSettings } from '../settings';

export type FileState =
  | { readonly kind: 'ok'; readonly count: number }
  | { readonly kind: 'skipped'; readonly reason: string }
  | { readonly kind: 'parse-error'; readonly message: string }
  | { readonly kind: 'eslint'; readonly count: number };

/** What linting a closed file from disk did: its problem count, or why it was not linted. */
export type ClosedFileLint =
  | { readonly kind: 'linted'; readonly count: number }
  | { readonly kind: 'skipped' }
  /** Superseded by a newer lint of the file, or the file is open now (its live lint applies). */
  | { readonly kind: 'stale' };

const yieldToHost = () => new Promise<void>((resolve) => setImmediate(resolve));

export class DiagnosticsManager implements vscode.Disposable {
  /** Findings of open documents. */
  readonly live = vscode.languages.createDiagnosticCollection('prodready');
  /** Findings of the workspace scan (files that are not open). */
  readonly scan = vscode.languages.createDiagnosticCollection('prodready-scan');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly states = new Map<string, FileState>();
  private readonly durations = new Map<string, number>();
  /** Files the last workspace scan linted: their findings stay in Problems while they are closed. */
  private readonly scanned = new Set<string>();
  /** Scanned files that had findings since the scan: linted again when the settings change. */
  private readonly flagged = new Map<string, vscode.Uri>();
  /** Bumped by every refresh of the scan results: an older refresh still running stops. */
  private refreshRun = 0;
  /** Per file, the latest disk lint started (an older one finishing late is dropped). */
  private readonly diskRuns = new Map<string, number>();
  /** The first lint's timing is logged (it is the one a user waits for after a start). */
  private firstLintLogged = false;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.live, this.scan, this.changed];

  constructor(private readonly engine: Engine) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((doc) => this.schedule(doc, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0) return;
        const settings = this.engine.isLintable(e.document) ? getSettings(e.document.uri) : undefined;
        // Adaptive: a file whose lint takes long waits longer after a keystroke, so typing stays fluid.
        const slow = 2 * (this.durations.get(e.document.uri.toString()) ?? 0);
        if (settings?.enable && settings.run === 'onType') this.schedule(e.document, Math.max(settings.debounceMs, Math.min(slow, 3000)));
      }),
      vscode.workspace.onDidSaveTextDocument((doc) => this.schedule(doc, 0)),
      vscode.workspace.onDidCloseTextDocument((doc) => this.clear(doc.uri)),
    );
  }

  /** Tells listeners (the status bar) that the collections changed. */
  notify(): void {
    this.changed.fire();
  }

  stateOf(uri: vscode.Uri): FileState | undefined {
    return this.states.get(uri.toString());
  }

  /** Lints every open document again, and the closed files the scan found problems in (settings, trust or config changed). */
  relintAll(): void {
    for (const doc of vscode.workspace.textDocuments) this.schedule(doc, 0);
    this.refreshScanResults().catch((e: unknown) => this.engine.log.warn(`refreshing the scan results failed: ${String(e)}`));
  }

  /** Forgets the workspace scan (a new scan starts, or the user cleared its results). */
  clearScan(): void {
    this.scan.clear();
    this.scanned.clear();
    this.flagged.clear();
    this.diskRuns.clear();
    this.refreshRun++;
    this.changed.fire();
  }

  /**
   * Lints the closed scanned files that had findings again, with the current settings: a rule
   * turned off or on again, a severity, maxFileSize or the trusted ESLint config changed show in the
   * Problems panel at once, not after the next scan. (Files the scan found clean are not linted
   * again: a rule turned on for the first time shows in them after the next scan.)
   */
  async refreshScanResults(): Promise<void> {
    const run = ++this.refreshRun;
    const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
    const uris = [...this.flagged.entries()].filter(([key]) => !open.has(key)).map(([, uri]) => uri);
    if (uris.length === 0) return;
    for (let i = 0; i < uris.length; i++) {
      if (run !== this.refreshRun) return; // a newer refresh (or scan) took over
      await this.lintClosedFile(uris[i]!).catch((e: unknown) => this.engine.log.warn(`could not lint ${uris[i]!.fsPath}: ${String(e)}`));
      if (i % 5 === 4) await yieldToHost();
    }
    this.changed.fire();
  }

  /**
   * Lints a file that is not open from disk into the scan results (the workspace scan, and a
   * scanned file again when it is closed or the settings change). Does not fire `onDidChange`.
   */
  async lintClosedFile(uri: vscode.Uri): Promise<ClosedFileLint> {
    const key = uri.toString();
    const run = (this.diskRuns.get(key) ?? 0) + 1;
    this.diskRuns.set(key, run);
    this.scanned.add(key);
    const current = () => this.diskRuns.get(key) === run && !vscode.workspace.textDocuments.some((d) => d.uri.toString() === key);
    // The scan's findings stay in Problems: they wait for the app's ESLint config, never a remembered one.
    const ctx = await this.engine.context(uri, undefined, { wait: true });
    let text: string | undefined;
    if (ctx.settings.enable && !ctx.ignored) {
      let stat: vscode.FileStat;
      try {
        stat = await vscode.workspace.fs.stat(uri);
      } catch {
        // Deleted (or unreadable) since the scan: its findings go.
        if (this.diskRuns.get(key) === run) {
          this.scan.delete(uri);
          this.flagged.delete(key);
          this.scanned.delete(key);
        }
        return { kind: 'skipped' };
      }
      if (!surelyTooLarge(stat.size, ctx.settings.maxFileSize)) {
        text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
        if (skipReason(text, uri.path, { maxFileSize: ctx.settings.maxFileSize })) text = undefined;
      }
    }
    if (text === undefined) {
      if (!current()) return { kind: 'stale' };
      this.scan.delete(uri);
      return { kind: 'skipped' };
    }
    const result = this.engine.lint(text, ctx);
    const diags = toDiagnostics(result.messages, text, { rules: ctx.rules, metas: this.engine.metas, hide: ctx.hiddenRules });
    if (!current()) return { kind: 'stale' };
    if (diags.length > 0) {
      this.scan.set(uri, diags.map(toDiagnostic));
      this.flagged.set(key, uri);
    } else this.scan.delete(uri);
    return { kind: 'linted', count: diags.length };
  }

  schedule(doc: vscode.TextDocument, delayMs: number): void {
    if (!this.engine.isLintable(doc)) return;
    const key = doc.uri.toString();
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.lintNow(doc).catch((e: unknown) => this.engine.log.warn(`lint of ${doc.uri.fsPath} failed: ${String(e)}`));
      }, delayMs),
    );
  }

  async lintNow(doc: vscode.TextDocument): Promise<void> {
    if (doc.isClosed || !this.engine.isLintable(doc)) return;
    const key = doc.uri.toString();
    const version = doc.version;
    const started = performance.now();
    const ctx = await this.engine.context(doc.uri, doc.languageId);
    const settled = performance.now();
    if (doc.isClosed || doc.version !== version) return;
    if (!ctx.settings.enable) {
      this.live.delete(doc.uri);
      this.states.delete(key);
      this.changed.fire();
      return;
    }
    const text = doc.getText();
    const reason = ctx.ignored ?? skipReason(text, doc.uri.path, { maxFileSize: ctx.settings.maxFileSize });
    if (reason) {
      this.live.delete(doc.uri);
      this.states.set(key, { kind: 'skipped', reason });
      this.engine.log.info(`skipped ${doc.uri.fsPath}: ${reason}`);
      this.changed.fire();
      return;
    }
    const lint = await this.engine.lintDocument(doc);
    if (!lint || doc.isClosed || doc.version !== version) return; // stale: never applied
    this.durations.set(key, lint.result.durationMs);
    if (lint.result.status === 'parse-error') {
      // Keep the last findings while the code is mid-edit; the TypeScript service reports the syntax error.
      this.states.set(key, { kind: 'parse-error', message: lint.result.parseError?.message ?? 'parse error' });
      this.changed.fire();
      return;
    }
    const diagnostics = toDiagnostics(lint.result.messages, lint.text, {
      rules: lint.context.rules,
      metas: this.engine.metas,
      hide: lint.context.hiddenRules,
    });
    this.live.set(doc.uri, diagnostics.map(toDiagnostic));
    this.scan.delete(doc.uri);
    if (!this.firstLintLogged) {
      this.firstLintLogged = true;
      this.engine.log.info(
        `first lint: ${doc.uri.fsPath}: ${diagnostics.length} problem${diagnostics.length === 1 ? '' : 's'} in ${Math.round(performance.now() - started)} ms (settings ${Math.round(settled - started)} ms, ${lint.context.rules.source})`,
      );
    }
    this.states.set(
      key,
      lint.context.hiddenRules.size > 0 ? { kind: 'eslint', count: diagnostics.length } : { kind: 'ok', count: diagnostics.length },
    );
    this.changed.fire();
  }

  clear(uri: vscode.Uri): void {
    const key = uri.toString();
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.delete(key);
    this.live.delete(uri);
    this.states.delete(key);
    this.durations.delete(key);
    this.engine.forget(uri);
    this.changed.fire();
    // A file the scan covered keeps its findings in Problems once closed: lint what is on disk now
    // (the live findings were of the editor's text, which may not have been saved).
    if (this.scanned.has(key)) {
      this.lintClosedFile(uri)
        .then(() => this.changed.fire())
        .catch((e: unknown) => this.engine.log.warn(`could not lint ${uri.fsPath}: ${String(e)}`));
    }
  }

  /** Problems reported by prodready right now (open documents and the last workspace scan). */
  count(): number {
    let n = 0;
    const seen = new Set<string>();
    this.live.forEach((uri, diags) => {
      seen.add(uri.toString());
      n += diags.length;
    });
    this.scan.forEach((uri, diags) => {
      if (!seen.has(uri.toString())) n += diags.length;
    });
    return n;
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    for (const d of this.disposables) d.dispose();
  }
}
