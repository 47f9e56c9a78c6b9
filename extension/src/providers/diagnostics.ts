// Lints open documents on open and as you type (debounced) or on save, publishes the diagnostics,
// clears them on close. A lint whose document changed meanwhile is dropped, never applied.
import * as vscode from 'vscode';
import { skipReason } from '../core/lint-core';
import { toDiagnostics } from '../core/diagnostics';
import { toDiagnostic } from '../convert';
import type { Engine } from '../engine';
import { getSettings } from '../settings';

export type FileState =
  | { readonly kind: 'ok'; readonly count: number }
  | { readonly kind: 'skipped'; readonly reason: string }
  | { readonly kind: 'parse-error'; readonly message: string }
  | { readonly kind: 'eslint'; readonly count: number };

export class DiagnosticsManager implements vscode.Disposable {
  /** Findings of open documents. */
  readonly live = vscode.languages.createDiagnosticCollection('prodready');
  /** Findings of the workspace scan (files that are not open). */
  readonly scan = vscode.languages.createDiagnosticCollection('prodready-scan');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly states = new Map<string, FileState>();
  private readonly durations = new Map<string, number>();
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

  /** Lints every open document again (settings, trust or config changed). */
  relintAll(): void {
    for (const doc of vscode.workspace.textDocuments) this.schedule(doc, 0);
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
    const ctx = await this.engine.context(doc.uri, doc.languageId);
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
