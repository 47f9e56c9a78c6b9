// The status bar item: prodready's problem count (opens the Problems panel), and why the active file
// is not linted when it is skipped.
import * as vscode from 'vscode';
import type { DiagnosticsManager } from './providers/diagnostics';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('prodready.status', vscode.StatusBarAlignment.Left, 50);
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(private readonly diagnostics: DiagnosticsManager) {
    this.item.name = 'prodready';
    this.item.command = 'workbench.actions.view.problems';
    this.disposables.push(
      diagnostics.onDidChange(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    );
    this.update();
  }

  update(): void {
    const count = this.diagnostics.count();
    const uri = vscode.window.activeTextEditor?.document.uri;
    const state = uri ? this.diagnostics.stateOf(uri) : undefined;
    let text = `$(shield) prodready ${count}`;
    const tooltip = new vscode.MarkdownString(`**prodready**: ${count} problem${count === 1 ? '' : 's'} (click to open the Problems panel)`);
    if (state?.kind === 'skipped') {
      text += ' $(circle-slash)';
      tooltip.appendMarkdown(`\n\nThis file is not linted: ${state.reason}.`);
    } else if (state?.kind === 'parse-error') {
      text += ' $(warning)';
      tooltip.appendMarkdown(`\n\nThis file does not parse right now (${state.message}); showing the last findings.`);
    } else if (state?.kind === 'eslint') {
      tooltip.appendMarkdown('\n\nThis file\'s prodready rules come from eslint.config and are reported by the ESLint extension.');
    }
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
