// The planners' file system, over vscode.workspace.fs (works for local, remote and virtual workspaces).
// `file:` URIs are read with Node's fs: they are the extension host's own files (a workspace extension
// runs where the workspace is), and vscode.workspace.fs would send every stat through the workbench —
// while a window starts, the first file's app-root lookup waited seconds for those round trips.
import { promises as fsp } from 'node:fs';
import * as vscode from 'vscode';
import type { FsHost } from './core/snippet-plan';

export function fsHost(base: vscode.Uri): FsHost {
  if (base.scheme === 'file') return nativeFs(base);
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

/** Node's fs for `file:` URIs, given `Uri.path`-style paths (`/c:/x` on Windows: mapped through fsPath). */
function nativeFs(base: vscode.Uri): FsHost {
  const native = (path: string) => base.with({ path }).fsPath;
  return {
    async exists(path) {
      try {
        await fsp.stat(native(path));
        return true;
      } catch {
        return false;
      }
    },
    async readText(path) {
      try {
        return (await fsp.stat(native(path))).isDirectory() ? undefined : await fsp.readFile(native(path), 'utf8');
      } catch {
        return undefined;
      }
    },
  };
}
