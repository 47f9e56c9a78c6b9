// The extension's entry point (dist/extension.js). It loads the extension itself (dist/main.js: the
// providers, the lint core, the plugin, the parser and TypeScript) through a V8 code cache kept in the
// extension's global storage, so that VS Code starts after the first one skip compiling 6 MB of
// JavaScript (see code-cache.ts). Everything else lives in extension.ts.
import * as vscode from 'vscode';
import { join } from 'node:path';
import { loadBundle, type LoadedBundle } from './code-cache';

type Main = typeof import('./extension');

let main: LoadedBundle<Main> | undefined;

export function activate(context: vscode.ExtensionContext): void {
  const startedAt = performance.now();
  const storage = context.globalStorageUri;
  const cacheDir = storage.scheme === 'file' ? join(storage.fsPath, 'code-cache') : undefined;
  main = loadBundle<Main>(join(__dirname, 'main.js'), cacheDir, (id) => (id === 'vscode' ? vscode : require(id)));
  main.exports.activate(context, { status: main.status, compileMs: main.compileMs, save: () => main?.save(), startedAt });
}

export function deactivate(): void {
  main?.exports.deactivate();
}
