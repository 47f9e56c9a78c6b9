// "Scan workspace": lints every JS/TS file of the workspace folders (skipping node_modules, build
// output, files.exclude'd and .gitignore'd paths) behind a cancellable progress notification.
import * as vscode from 'vscode';
import { buildExcludeGlob, GitignoreFilter, SCAN_INCLUDE } from '../core/scan';
import type { Engine } from '../engine';
import type { DiagnosticsManager } from '../providers/diagnostics';
import { getSettings } from '../settings';

const yieldToHost = () => new Promise<void>((resolve) => setImmediate(resolve));

async function gitignoreFor(folder: vscode.WorkspaceFolder, token: vscode.CancellationToken): Promise<GitignoreFilter> {
  const filter = new GitignoreFilter();
  const files = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/.gitignore'), '**/node_modules/**', 500, token);
  for (const f of files) {
    try {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(f));
      const rel = vscode.workspace.asRelativePath(f, false);
      filter.add(rel.includes('/') ? rel.replace(/\/[^/]*$/, '') : '', text);
    } catch {
      // unreadable .gitignore: ignore it
    }
  }
  return filter;
}

export async function scanWorkspace(engine: Engine, diagnostics: DiagnosticsManager): Promise<void> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showInformationMessage('prodready: open a folder to scan it.');
    return;
  }
  const summary = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'prodready: scanning the workspace', cancellable: true },
    async (progress, token) => {
      diagnostics.clearScan();
      const files: vscode.Uri[] = [];
      for (const folder of folders) {
        const settings = getSettings(folder.uri);
        if (!settings.enable) continue;
        const exclude = buildExcludeGlob(vscode.workspace.getConfiguration('files', folder.uri).get('exclude'), settings.scanExclude);
        const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, SCAN_INCLUDE), new vscode.RelativePattern(folder, exclude), undefined, token);
        const ignored = await gitignoreFor(folder, token);
        for (const uri of found) if (!ignored.ignores(vscode.workspace.asRelativePath(uri, false))) files.push(uri);
      }
      const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
      let problems = 0;
      let withProblems = 0;
      let skipped = 0;
      let done = 0;
      for (const uri of files) {
        if (token.isCancellationRequested) break;
        progress.report({ increment: 100 / files.length, message: `${done + 1}/${files.length} ${vscode.workspace.asRelativePath(uri)}` });
        done++;
        const doc = open.get(uri.toString());
        if (doc && engine.isLintable(doc)) {
          // Open documents are linted live (their unsaved text); count what they show.
          await diagnostics.lintNow(doc);
          const n = diagnostics.live.get(uri)?.length ?? 0;
          problems += n;
          if (n > 0) withProblems++;
          continue;
        }
        try {
          const r = await diagnostics.lintClosedFile(uri);
          if (r.kind === 'skipped') skipped++;
          else if (r.kind === 'linted' && r.count > 0) {
            problems += r.count;
            withProblems++;
          }
        } catch (e) {
          engine.log.warn(`scan: could not lint ${uri.fsPath}: ${String(e)}`);
        }
        if (done % 5 === 0) await yieldToHost();
      }
      diagnostics.notify();
      return { problems, withProblems, skipped, done, total: files.length, cancelled: token.isCancellationRequested };
    },
  );
  const text =
    `prodready: ${summary.cancelled ? `scan cancelled after ${summary.done} of ${summary.total} files` : `scanned ${summary.total} files`}: ` +
    `${summary.problems} problem${summary.problems === 1 ? '' : 's'} in ${summary.withProblems} file${summary.withProblems === 1 ? '' : 's'}` +
    (summary.skipped ? ` (${summary.skipped} skipped: too large, minified or ignored)` : '');
  engine.log.info(text);
  // Not awaited: the command finishes when the scan does, not when the message is dismissed.
  void vscode.window.showInformationMessage(text, 'Show Problems').then((pick) => {
    if (pick) void vscode.commands.executeCommand('workbench.actions.view.problems');
  });
}
