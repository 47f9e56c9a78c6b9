// The planners' file system, over vscode.workspace.fs (works for local, remote and virtual workspaces).
import * as vscode from 'vscode';
import type { FsHost } from './core/snippet-plan';

export function fsHost(base: vscode.Uri): FsHost {
  const at = (path: string) => base.with({ path });
  return {
    async exists(path) {
      try {
        await vscode.workspace.fs.stat(at(path));
        return true;
      } catch {
        return false;
      }
    },
    async readText(path) {
      try {
        const stat = await vscode.workspace.fs.stat(at(path));
        if (stat.type & vscode.FileType.Directory) return undefined;
        return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(at(path)));
      } catch {
        return undefined;
      }
    },
  };
}
