// Quick fixes per prodready finding (ours, or the ESLint extension's `prodready/*` ones) and the
// opt-in `source.fixAll.prodready` action.
import * as vscode from 'vscode';
import { planCodeActions } from '../core/code-actions';
import { ruleIdOfDiagnostic, sameFinding } from '../core/diagnostics';
import { fixAllText, snippetsForRule, type LintMessage } from '../core/lint-core';
import { LineIndex, minimalEdit } from '../core/text';
import { diagnosticCode, fromRange, toTextEdits } from '../convert';
import type { Engine } from '../engine';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('prodready');
export const COMMAND_INSERT_SNIPPET = 'prodready.insertHardenedSnippet';
export const COMMAND_SHOW_DOCS = 'prodready.showDocumentation';

/** Arguments of the "Insert hardened snippet" command. */
export interface InsertSnippetArgs {
  readonly uri: string;
  readonly version: number;
  readonly snippetId: string;
  readonly ruleId?: string;
  readonly range?: { start: { line: number; character: number }; end: { line: number; character: number } };
}

export class ProdreadyCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly engine: Engine) {}

  async provideCodeActions(
    doc: vscode.TextDocument,
    _range: vscode.Range | vscode.Selection,
    context: vscode.CodeActionContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.CodeAction[]> {
    if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix)) {
      if (context.only.intersects(FIX_ALL_KIND)) {
        const fixAll = await this.fixAllAction(doc);
        return fixAll ? [fixAll] : [];
      }
      return [];
    }
    const findings = context.diagnostics
      .map((d) => ({ d, ruleId: ruleIdOfDiagnostic(d.source, diagnosticCode(d)) }))
      .filter((f): f is { d: vscode.Diagnostic; ruleId: string } => f.ruleId !== undefined && f.ruleId in this.engine.metas);
    if (findings.length === 0) return [];
    const lint = await this.engine.lintDocument(doc);
    if (!lint || token.isCancellationRequested || lint.version !== doc.version) return [];
    const index = new LineIndex(lint.text);
    // The snippets offered follow the file's runtime: an Edge file (middleware, `runtime = 'edge'`) gets
    // the Web Crypto variants, never the node:crypto ones.
    const runtime = this.engine.runtimeOfLint(lint, doc.languageId);
    const actions: vscode.CodeAction[] = [];
    for (const { d, ruleId } of findings) {
      const range = fromRange(d.range);
      const message = lint.result.messages.find((m) => sameFinding(m, ruleId, range, index));
      const meta = this.engine.metas[ruleId];
      const line = d.range.start.line + 1;
      const planned = planCodeActions({
        index,
        // A finding of the ESLint extension that our lint does not reproduce still gets snippet, disable and docs.
        message: message ?? ({ ruleId: `prodready/${ruleId}`, message: d.message, line, column: d.range.start.character + 1, severity: 1, nodeType: null } as unknown as LintMessage),
        ruleId,
        meta,
        snippets: snippetsForRule(ruleId, runtime),
        disableWorks: (text, lineNo) => {
          const r = this.engine.lint(text, lint.context, { onlyRules: [ruleId] }, doc.languageId);
          return r.status === 'ok' && !r.messages.some((m) => m.line === lineNo + 1 || m.line === lineNo);
        },
      });
      for (const p of planned) {
        const action = new vscode.CodeAction(p.title, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [d];
        switch (p.kind) {
          case 'fix':
          case 'suggestion':
          case 'disable': {
            if (p.edits.length === 0) continue;
            const edit = new vscode.WorkspaceEdit();
            edit.set(doc.uri, toTextEdits(p.edits));
            action.edit = edit;
            if (p.kind === 'fix') action.isPreferred = true;
            break;
          }
          case 'snippet': {
            const args: InsertSnippetArgs = { uri: doc.uri.toString(), version: doc.version, snippetId: p.snippetId, ruleId, range };
            action.command = { title: p.title, command: COMMAND_INSERT_SNIPPET, arguments: [args] };
            if (!message?.fix) action.isPreferred = true;
            break;
          }
          case 'docs':
            action.command = { title: p.title, command: COMMAND_SHOW_DOCS, arguments: [ruleId] };
            break;
        }
        actions.push(action);
      }
    }
    return actions;
  }

  /** Every autofix of the document as one action (never suggestions). */
  async fixAllAction(doc: vscode.TextDocument): Promise<vscode.CodeAction | undefined> {
    const edit = await fixAllEdit(this.engine, doc);
    if (!edit) return undefined;
    const action = new vscode.CodeAction('Fix all prodready problems', FIX_ALL_KIND);
    action.edit = edit;
    return action;
  }
}

/** The edit that applies every prodready autofix of a document, or undefined when there is none. */
export async function fixAllEdit(engine: Engine, doc: vscode.TextDocument): Promise<vscode.WorkspaceEdit | undefined> {
  if (!engine.isLintable(doc)) return undefined;
  const version = doc.version;
  const ctx = await engine.context(doc.uri, doc.languageId);
  if (doc.version !== version || !ctx.settings.enable || ctx.ignored) return undefined;
  const text = doc.getText();
  const r = fixAllText({ text, filename: ctx.filename, cwd: ctx.cwd, rules: ctx.rules, languageId: doc.languageId });
  const change = r.fixed ? minimalEdit(text, r.output) : undefined;
  if (!change) return undefined;
  const index = new LineIndex(text);
  const edit = new vscode.WorkspaceEdit();
  edit.set(doc.uri, toTextEdits([{ range: index.rangeOf(change.range[0], change.range[1]), newText: change.text }]));
  return edit;
}
