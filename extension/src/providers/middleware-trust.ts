// "Trust middleware.ts: treat <route> as protected" on require-route-auth findings in a route file that
// the app's middleware (Next 16: proxy.ts) protects, as core/middleware-routes.ts decides it from the
// middleware's text, and "... treat every route under <folder>/ as protected" beside it when the
// middleware protects every path under the folder its matcher names. The action adds the route to the rule's `protectedRoutes` in the workspace settings,
// or, when the workspace's own eslint.config.* drives the rules, copies the config line to paste there.
import * as vscode from 'vscode';
import { ruleIdOfDiagnostic, sameFinding } from '../core/diagnostics';
import { routeFileGlob, routeFolderGlob } from '../core/middleware-routes';
import {
  eslintConfigOptionLine,
  findAppMiddleware,
  mergeRouteAuthOption,
  ROUTE_AUTH_RULE,
  type MiddlewareCache,
  TRUSTABLE_MESSAGES,
  trustActionTitle,
  trustFolderActionTitle,
} from '../core/middleware-trust';
import { LineIndex } from '../core/text';
import { diagnosticCode, fromRange } from '../convert';
import type { Engine } from '../engine';
import { fsHost } from '../fs-host';
import { getSettings } from '../settings';
import type { EffectiveRules } from '../core/settings';

export const COMMAND_TRUST_MIDDLEWARE = 'prodready.trustMiddlewareRoute';

export class MiddlewareTrustActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  /** The middleware analyses of this session, by the texts they were made from. */
  private readonly analyses: MiddlewareCache = new Map();

  constructor(private readonly engine: Engine) {}

  async provideCodeActions(
    doc: vscode.TextDocument,
    _range: vscode.Range | vscode.Selection,
    context: vscode.CodeActionContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.CodeAction[]> {
    if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix)) return [];
    const diagnostics = context.diagnostics.filter((d) => ruleIdOfDiagnostic(d.source, diagnosticCode(d)) === ROUTE_AUTH_RULE);
    if (diagnostics.length === 0 || !/(?:^|\/)(?:app\/.*\/route|pages\/api\/.*)\.[cm]?[jt]sx?$/.test(doc.uri.path)) return [];
    const lint = await this.engine.lintDocument(doc);
    if (!lint || token.isCancellationRequested || lint.version !== doc.version) return [];
    const index = new LineIndex(lint.text);
    // Only findings a middleware answers (a missing or unenforced session check), as our lint reproduces them.
    const trusted = diagnostics.filter((d) => {
      const m = lint.result.messages.find((msg) => sameFinding(msg, ROUTE_AUTH_RULE, fromRange(d.range), index));
      return m?.messageId !== undefined && TRUSTABLE_MESSAGES.has(m.messageId);
    });
    if (trusted.length === 0) return [];
    const { appRoot, rules } = lint.context;
    if (!doc.uri.path.startsWith(`${appRoot}/`)) return [];
    const routeFile = doc.uri.path.slice(appRoot.length + 1);
    const middleware = await findAppMiddleware(appRoot, fsHost(doc.uri), this.analyses);
    if (!middleware || token.isCancellationRequested || !middleware.analysis.protects(routeFile)) return [];
    const viaEslintConfig = rules.source === 'eslint-config';
    if (!viaEslintConfig && !vscode.workspace.getWorkspaceFolder(doc.uri)) return []; // no workspace settings to write
    const action = (title: string, glob: string): vscode.CodeAction => {
      const args = routeAuthOptionArgs(doc.uri, rules, 'protectedRoutes', glob);
      const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      a.diagnostics = trusted;
      a.command = { title, command: COMMAND_TRUST_MIDDLEWARE, arguments: [args] };
      return a;
    };
    const glob = routeFileGlob(routeFile);
    const actions = [action(trustActionTitle(middleware.file, glob, viaEslintConfig), glob)];
    // The whole folder, when the middleware protects every path under it (routes added later included).
    const folder = middleware.analysis.protectedFolder(routeFile);
    if (folder !== undefined) actions.push(action(trustFolderActionTitle(middleware.file, folder, viaEslintConfig), routeFolderGlob(folder)));
    return actions;
  }
}

/** Adds the route to `protectedRoutes` in the workspace (folder) settings, or copies the eslint.config line. */
export async function trustMiddlewareRoute(args?: RouteAuthOptionArgs): Promise<void> {
  if (!args || args.key !== 'protectedRoutes') return;
  await addRouteAuthOptionValue(args);
}

/** What {@link addRouteAuthOptionValue} adds: `value` to require-route-auth's option list `key`, for the file `uri`. */
export interface RouteAuthOptionArgs {
  readonly uri: string;
  readonly key: 'protectedRoutes' | 'wrappers';
  readonly value: string;
  /** Set when the workspace's eslint.config.* drives the rules: the line to copy, and that file. */
  readonly eslintConfig?: { readonly line: string; readonly file?: string };
}

/**
 * The arguments of a trust action for the file `uri`: `value` for the option list `key`, with the eslint.config line to
 * copy (the rule's current severity and options kept) when the workspace's eslint.config.* drives the rules.
 */
export function routeAuthOptionArgs(uri: vscode.Uri, rules: EffectiveRules, key: RouteAuthOptionArgs['key'], value: string): RouteAuthOptionArgs {
  if (rules.source !== 'eslint-config') return { uri: uri.toString(), key, value };
  const current = rules.rules[ROUTE_AUTH_RULE];
  const line = eslintConfigOptionLine(current?.severity ?? 'error', current?.options ?? [], key, value);
  return { uri: uri.toString(), key, value, eslintConfig: { line, file: rules.configFile } };
}

/**
 * Adds a value to one of require-route-auth's option lists in the workspace (folder) settings, keeping the rule's
 * severity and other options, or, when the workspace's eslint.config.* drives the rules, copies the config line.
 */
export async function addRouteAuthOptionValue(args: RouteAuthOptionArgs): Promise<void> {
  const uri = vscode.Uri.parse(args.uri);
  if (args.eslintConfig) {
    await vscode.env.clipboard.writeText(args.eslintConfig.line);
    const file = args.eslintConfig.file;
    const open = file ? 'Open eslint.config' : undefined;
    const picked = await vscode.window.showInformationMessage(
      `prodready: this workspace's eslint.config drives the rules, so the extension does not change them. Copied the line for its rules object: ${args.eslintConfig.line}`,
      ...(open ? [open] : []),
    );
    if (picked === open && file) await vscode.window.showTextDocument(vscode.Uri.file(file));
    return;
  }
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return;
  const config = vscode.workspace.getConfiguration('prodready', uri);
  const inspected = config.inspect<Record<string, unknown>>('rules');
  // The folder's own settings in a multi-root workspace (or when they already set rules), else the workspace's.
  const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1 && vscode.workspace.workspaceFile !== undefined;
  const target = multiRoot || inspected?.workspaceFolderValue !== undefined ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Workspace;
  const scopeValue = target === vscode.ConfigurationTarget.WorkspaceFolder ? inspected?.workspaceFolderValue : inspected?.workspaceValue;
  // The scope's own value is written back whole (raw, to keep its forms); the rule's effective setting comes from the typed reader.
  const merged = mergeRouteAuthOption(scopeValue, getSettings(uri).rules[ROUTE_AUTH_RULE], args.key, args.value);
  await config.update('rules', merged, target);
  void vscode.window.showInformationMessage(`prodready: added ${args.value} to require-route-auth's ${args.key} (${target === vscode.ConfigurationTarget.WorkspaceFolder ? folder.name : 'workspace'} settings).`);
}
