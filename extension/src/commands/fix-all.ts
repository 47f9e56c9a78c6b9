// "Fix all prodready problems" in the active file: every autofix (suggestions and snippets stay quick fixes).
import * as vscode from 'vscode';
import type { Engine } from '../engine';
import { fixAllEdit } from '../providers/code-actions';

export async function fixAllCommand(engine: Engine): Promise<void> {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc || !engine.isLintable(doc)) {
    void vscode.window.showInformationMessage('prodready: open a JavaScript or TypeScript file to fix its problems.');
    return;
  }
  const edit = await fixAllEdit(engine, doc);
  if (edit) await vscode.workspace.applyEdit(edit);
  const lint = await engine.lintDocument(doc);
  const left = lint?.result.messages.length ?? 0;
  const fixedText = edit ? 'Applied the prodready autofixes.' : 'No prodready problem in this file has an autofix.';
  const leftText = left > 0 ? ` ${left} finding${left === 1 ? '' : 's'} left: use the quick fixes (suggestion or "Insert hardened snippet").` : '';
  void vscode.window.showInformationMessage(`prodready: ${fixedText}${leftText}`);
}
