// "Trust <wrapper> (from '<module>') as an auth wrapper" on require-route-auth findings whose handler is handed to a
// wrapper of the app's own code, when core/wrapper-trust.ts sees, in that wrapper's text, that it refuses a caller
// without a session before it calls the handler. The action adds the wrapper's name to the rule's `wrappers` option
// in the workspace settings, or, when the workspace's own eslint.config.* drives the rules, copies the config line.
import * as vscode from 'vscode';
import { ruleIdOfDiagnostic, sameFinding } from '../core/diagnostics';
import { LineIndex } from '../core/text';
import { ROUTE_AUTH_RULE, trustableWrapper, WRAPPER_HINT_MESSAGE, wrapperActionTitle, wrapperHintOf, type TrustedWrapper } from '../core/wrapper-trust';
import { diagnosticCode, fromRange } from '../convert';
import type { Engine } from '../engine';
import { fsHost } from '../fs-host';
import { addRouteAuthOptionValue, routeAuthOptionArgs, type RouteAuthOptionArgs } from './middleware-trust';

export const COMMAND_TRUST_WRAPPER = 'prodready.trustAuthWrapper';

export class WrapperTrustActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly engine: Engine) {}

  async provideCodeActions(
    doc: vscode.TextDocument,
    _range: vscode.Range | vscode.Selection,
    context: vscode.CodeActionContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.CodeAction[]> {
    if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix)) return [];
    const diagnostics = context.diagnostics.filter((d) => ruleIdOfDiagnostic(d.source, diagnosticCode(d)) === ROUTE_AUTH_RULE && wrapperHintOf(d.message) !== undefined);
    if (diagnostics.length === 0) return [];
    const lint = await this.engine.lintDocument(doc);
    if (!lint || token.isCancellationRequested || lint.version !== doc.version) return [];
    const { appRoot, rules } = lint.context;
    if (!doc.uri.path.startsWith(`${appRoot}/`)) return [];
    const index = new LineIndex(lint.text);
    const fs = fsHost(doc.uri);
    // One action per wrapper (a file's actions often share one), for the findings our lint reproduces with the hint.
    const byWrapper = new Map<string, { wrapper: TrustedWrapper | undefined; diagnostics: vscode.Diagnostic[] }>();
    for (const d of diagnostics) {
      const m = lint.result.messages.find((msg) => sameFinding(msg, ROUTE_AUTH_RULE, fromRange(d.range), index));
      if (m?.messageId !== WRAPPER_HINT_MESSAGE) continue;
      const hint = wrapperHintOf(m.message);
      if (!hint) continue;
      const key = `${hint.name}\0${hint.source}`;
      let entry = byWrapper.get(key);
      if (!entry) {
        entry = { wrapper: await trustableWrapper(appRoot, doc.uri.path, lint.text, m.message, fs), diagnostics: [] };
        if (token.isCancellationRequested) return [];
        byWrapper.set(key, entry);
      }
      entry.diagnostics.push(d);
    }
    const viaEslintConfig = rules.source === 'eslint-config';
    if (!viaEslintConfig && !vscode.workspace.getWorkspaceFolder(doc.uri)) return []; // no workspace settings to write
    const actions: vscode.CodeAction[] = [];
    for (const { wrapper, diagnostics: ds } of byWrapper.values()) {
      if (!wrapper) continue;
      const args = routeAuthOptionArgs(doc.uri, rules, 'wrappers', wrapper.name);
      const title = wrapperActionTitle(wrapper.name, wrapper.source, viaEslintConfig);
      const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      action.diagnostics = ds;
      action.command = { title, command: COMMAND_TRUST_WRAPPER, arguments: [args] };
      actions.push(action);
    }
    return actions;
  }
}

/** Adds the wrapper's name to require-route-auth's `wrappers` in the workspace (folder) settings, or copies the eslint.config line. */
export async function trustAuthWrapper(args?: RouteAuthOptionArgs): Promise<void> {
  if (!args || args.key !== 'wrappers') return;
  await addRouteAuthOptionValue(args);
}
