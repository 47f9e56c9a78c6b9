// "Insert hardened snippet": carries out the plan of core/snippet-plan.ts.
import * as vscode from 'vscode';
import { allSnippets, snippetsForRuntime } from '../core/lint-core';
import { planSnippet } from '../core/snippet-plan';
import { toPosition, toTextEdits } from '../convert';
import type { Engine } from '../engine';
import { fsHost } from '../fs-host';
import type { InsertSnippetArgs } from '../providers/code-actions';

export async function insertHardenedSnippet(engine: Engine, args?: InsertSnippetArgs): Promise<void> {
  let doc: vscode.TextDocument;
  let snippetId = args?.snippetId;
  if (args) {
    doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri));
  } else {
    // From the command palette: pick a snippet, insert it at the cursor's statement.
    const editor = vscode.window.activeTextEditor;
    if (!editor || !engine.isLintable(editor.document)) {
      void vscode.window.showInformationMessage('prodready: open a JavaScript or TypeScript file to insert a hardened snippet.');
      return;
    }
    doc = editor.document;
    // Only the snippets that work where this file runs: the Web Crypto variants in an Edge file
    // (middleware, `runtime = 'edge'`) and, for the rules that have one for it, in browser code; the
    // node:crypto ones elsewhere.
    const runtime = engine.runtime(doc.getText(), await engine.context(doc.uri, doc.languageId), doc.languageId);
    const pick = await vscode.window.showQuickPick(
      snippetsForRuntime(runtime).map((s) => ({ label: s.title, description: `prodready/${s.rule}`, id: s.id })),
      {
        placeHolder:
          runtime === 'edge'
            ? 'Hardened snippet to insert (Edge runtime: Web Crypto variants)'
            : runtime === 'browser'
              ? 'Hardened snippet to insert (browser code: Web Crypto variants where a rule has one)'
              : 'Hardened snippet to insert',
      },
    );
    if (!pick) return;
    snippetId = pick.id;
  }
  const snippet = snippetId ? allSnippets()[snippetId] : undefined;
  if (!snippet) {
    void vscode.window.showWarningMessage(`prodready: unknown snippet ${snippetId ?? ''}`);
    return;
  }
  if (args && doc.version !== args.version) {
    void vscode.window.showInformationMessage('prodready: the file changed since the quick fix was offered; try again.');
    return;
  }
  const version = doc.version;
  const text = doc.getText();
  const ctx = await engine.context(doc.uri, doc.languageId);
  const cursor = vscode.window.activeTextEditor?.document === doc ? vscode.window.activeTextEditor.selection.active : undefined;
  const finding = args?.ruleId && args.range
    ? { ruleId: args.ruleId, range: args.range }
    : cursor
      ? { ruleId: snippet.rule, range: { start: { line: cursor.line, character: cursor.character }, end: { line: cursor.line, character: cursor.character } } }
      : undefined;
  const plan = await planSnippet({
    snippet,
    text,
    docPath: doc.uri.path,
    folderPath: ctx.folder?.uri.path,
    finding,
    fs: fsHost(doc.uri),
    configuredModule: ctx.rules.helperModules[snippet.id],
    relint: (helperModules) => engine.lint(text, ctx, { helperModules, onlyRules: [snippet.rule] }, doc.languageId).messages,
  });
  if (doc.version !== version) {
    void vscode.window.showInformationMessage('prodready: the file changed while the snippet was planned; try again.');
    return;
  }

  if (plan.kind === 'inline') {
    if (plan.edits.length > 0) {
      const edit = new vscode.WorkspaceEdit();
      edit.set(doc.uri, toTextEdits(plan.edits));
      await vscode.workspace.applyEdit(edit);
    }
    void vscode.window.showInformationMessage(`prodready: ${plan.reason}`);
    return;
  }

  if (plan.kind === 'insert') {
    const editor = await vscode.window.showTextDocument(doc, { preserveFocus: false, preview: false });
    if (plan.importEdits.length > 0) {
      const ok = await editor.edit((b) => {
        for (const e of plan.importEdits) b.insert(toPosition(e.range.start), e.newText);
      });
      if (!ok) return;
    }
    await editor.insertSnippet(new vscode.SnippetString(plan.body), toPosition(plan.position));
    return;
  }

  // A helper module or a whole file (a route): create it (never overwriting), rewrite the call site
  // (import the helper / call the route), in one undoable edit.
  const targetPath = plan.kind === 'helper' ? plan.helperFile : plan.file;
  const targetUri = targetPath ? doc.uri.with({ path: targetPath }) : undefined;
  const rel = targetUri ? vscode.workspace.asRelativePath(targetUri) : plan.kind === 'helper' ? plan.importPath : '';
  if (plan.kind === 'file' && plan.conflict) {
    void vscode.window.showInformationMessage(
      `prodready: ${rel} exists and does not export ${plan.missing.join(', ')}: it is left as is and nothing was changed. ` +
        `Add ${plan.missing.join(', ')} there (see the snippet "${snippet.title}"), then try again.`,
    );
    return;
  }
  const edit = new vscode.WorkspaceEdit();
  if (targetUri && plan.create) {
    edit.createFile(targetUri, { ignoreIfExists: true, contents: new TextEncoder().encode(plan.contents) });
  }
  if (plan.edits.length > 0) edit.set(doc.uri, toTextEdits(plan.edits));
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showWarningMessage('prodready: could not apply the hardened snippet.');
    return;
  }
  if (targetUri && plan.create) {
    // Show the new file with its tab stops active (its contents are the defaults already on disk), unless
    // a file of that name appeared meanwhile (createFile left it alone: so does this).
    const created = await vscode.workspace.openTextDocument(targetUri);
    const editor = await vscode.window.showTextDocument(created, { preview: false });
    if (created.getText() === plan.contents) {
      const all = new vscode.Range(new vscode.Position(0, 0), created.lineAt(created.lineCount - 1).range.end);
      await editor.insertSnippet(new vscode.SnippetString(plan.body), all);
    }
  }
  const verb = plan.create ? 'created' : 'using the existing';
  if (plan.kind === 'helper') {
    const how = plan.create ? `created ${rel}, imported as '${plan.importPath}'` : `using the existing ${rel} ('${plan.importPath}')`;
    const note = plan.usesHelper ? '' : `; the fix of prodready/${snippet.rule} here does not call it`;
    void vscode.window.setStatusBarMessage(`prodready: ${how}${note}`, 8000);
  } else if (plan.callsFile) {
    void vscode.window.setStatusBarMessage(`prodready: ${verb} ${rel}; this file now calls ${plan.url ?? rel}`, 8000);
  } else {
    void vscode.window.showInformationMessage(
      `prodready: ${verb} ${rel}. No fix of prodready/${snippet.rule} calls it from here: ` +
        `call ${plan.url ?? 'it'} from this file instead (the finding stays until then).`,
    );
  }
  engine.forget(doc.uri);
}
