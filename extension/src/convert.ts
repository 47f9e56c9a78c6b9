// Plain core data → vscode types.
import * as vscode from 'vscode';
import type { PlainDiagnostic } from './core/diagnostics';
import type { SeverityName } from './core/settings';
import type { PlainEdit, PlainPosition, PlainRange } from './core/text';

export function toPosition(p: PlainPosition): vscode.Position {
  return new vscode.Position(p.line, p.character);
}

export function toRange(r: PlainRange): vscode.Range {
  return new vscode.Range(toPosition(r.start), toPosition(r.end));
}

export function fromRange(r: vscode.Range): PlainRange {
  return { start: { line: r.start.line, character: r.start.character }, end: { line: r.end.line, character: r.end.character } };
}

export function toSeverity(s: SeverityName): vscode.DiagnosticSeverity {
  switch (s) {
    case 'error':
      return vscode.DiagnosticSeverity.Error;
    case 'information':
      return vscode.DiagnosticSeverity.Information;
    case 'hint':
      return vscode.DiagnosticSeverity.Hint;
    default:
      return vscode.DiagnosticSeverity.Warning;
  }
}

export function toDiagnostic(d: PlainDiagnostic): vscode.Diagnostic {
  const diag = new vscode.Diagnostic(toRange(d.range), d.message, toSeverity(d.severity));
  diag.source = d.source;
  diag.code = d.docsUrl ? { value: d.ruleId, target: vscode.Uri.parse(d.docsUrl) } : d.ruleId;
  return diag;
}

export function toTextEdits(edits: readonly PlainEdit[]): vscode.TextEdit[] {
  return edits.map((e) => new vscode.TextEdit(toRange(e.range), e.newText));
}

/** The rule id a diagnostic's `code` holds. */
export function diagnosticCode(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  return typeof c === 'object' ? String(c.value) : String(c);
}
