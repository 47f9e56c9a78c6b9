// The ONE typed reader of the `prodready.*` settings (declared in package.json contributes.configuration).
import * as vscode from 'vscode';
import { readSettings, type ExtensionSettings } from './core/settings';

export function getSettings(scope?: vscode.ConfigurationScope): ExtensionSettings {
  const config = vscode.workspace.getConfiguration('prodready', scope);
  return readSettings((key) => config.get(key));
}
