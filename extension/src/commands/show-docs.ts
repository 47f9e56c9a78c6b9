// "Show documentation for <rule>": opens the rule's docs page (rule.meta.docs.url).
import * as vscode from 'vscode';
import type { Engine } from '../engine';

export async function showDocumentation(engine: Engine, ruleId?: string): Promise<void> {
  let id = ruleId?.replace(/^prodready\//, '');
  if (!id) {
    const pick = await vscode.window.showQuickPick(
      Object.values(engine.metas).map((m) => ({ label: `prodready/${m.id}`, description: m.description, id: m.id })),
      { placeHolder: 'Rule documentation to open' },
    );
    id = pick?.id;
  }
  const url = id ? engine.metas[id]?.docsUrl : undefined;
  if (url) await vscode.env.openExternal(vscode.Uri.parse(url));
}
