// Maps ESLint messages to plain diagnostics (no `vscode` types): 0-based range, message, severity,
// source `prodready`, code = rule id, docs link.
import type { LintMessage, RuleMeta } from './lint-core';
import type { EffectiveRules, SeverityName } from './settings';
import { LineIndex, type PlainRange } from './text';

export const DIAGNOSTIC_SOURCE = 'prodready';

export interface PlainDiagnostic {
  readonly range: PlainRange;
  readonly message: string;
  readonly severity: SeverityName;
  /** Rule id without the `prodready/` prefix. */
  readonly ruleId: string;
  readonly docsUrl: string | undefined;
  readonly source: typeof DIAGNOSTIC_SOURCE;
  readonly hasFix: boolean;
  readonly suggestionCount: number;
}

/** The rule id of an ESLint rule name (`prodready/no-redis-keys` → `no-redis-keys`), undefined for other plugins. */
export function bareRuleId(ruleId: string | null | undefined): string | undefined {
  if (!ruleId) return undefined;
  if (ruleId.startsWith('prodready/')) return ruleId.slice('prodready/'.length);
  return undefined;
}

/** The range of a message; a message without an end covers the word at its start (or one character). */
export function messageRange(m: Pick<LintMessage, 'line' | 'column' | 'endLine' | 'endColumn'>, index: LineIndex): PlainRange {
  const line = Math.max(0, Math.min(m.line - 1, index.lineCount - 1));
  const lineText = index.lineText(line);
  const character = Math.max(0, Math.min(m.column - 1, lineText.length));
  const start = { line, character };
  if (m.endLine !== undefined && m.endColumn !== undefined) {
    const endLine = Math.max(line, Math.min(m.endLine - 1, index.lineCount - 1));
    const endCharacter = Math.max(0, Math.min(m.endColumn - 1, index.lineText(endLine).length));
    if (endLine > line || endCharacter >= character) return { start, end: { line: endLine, character: endCharacter } };
  }
  const word = /^[\w$]+/.exec(lineText.slice(character));
  return { start, end: { line, character: Math.min(lineText.length, character + (word ? word[0].length : 1)) } };
}

export interface MapOptions {
  readonly rules: EffectiveRules;
  readonly metas: Readonly<Record<string, RuleMeta>>;
  /** Rules whose findings are not published (the ESLint extension reports them already). */
  readonly hide?: ReadonlySet<string>;
}

/** Maps the prodready messages of a lint to diagnostics. */
export function toDiagnostics(messages: readonly LintMessage[], text: string | LineIndex, opts: MapOptions): PlainDiagnostic[] {
  const index = typeof text === 'string' ? new LineIndex(text) : text;
  const out: PlainDiagnostic[] = [];
  for (const m of messages) {
    const ruleId = bareRuleId(m.ruleId);
    if (!ruleId || opts.hide?.has(ruleId)) continue;
    const configured = opts.rules.rules[ruleId]?.severity;
    out.push({
      range: messageRange(m, index),
      message: m.message,
      severity: configured ?? (m.severity === 2 ? 'error' : 'warning'),
      ruleId,
      docsUrl: opts.metas[ruleId]?.docsUrl,
      source: DIAGNOSTIC_SOURCE,
      hasFix: m.fix !== undefined,
      suggestionCount: m.suggestions?.length ?? 0,
    });
  }
  return out;
}

/** Whether a message is the one a diagnostic was made from (same rule, same range). */
export function sameFinding(m: LintMessage, ruleId: string, range: PlainRange, index: LineIndex): boolean {
  if (bareRuleId(m.ruleId) !== ruleId) return false;
  const r = messageRange(m, index);
  return (
    r.start.line === range.start.line &&
    r.start.character === range.start.character &&
    r.end.line === range.end.line &&
    r.end.character === range.end.character
  );
}

/** A diagnostic's rule id when it is a prodready finding, from us (`source: prodready`) or from the ESLint extension (`prodready/<id>`). */
export function ruleIdOfDiagnostic(source: string | undefined, code: string | number | undefined): string | undefined {
  if (code === undefined) return undefined;
  const c = String(code);
  if (source === DIAGNOSTIC_SOURCE) return c.replace(/^prodready\//, '');
  if (source === 'eslint' && c.startsWith('prodready/')) return c.slice('prodready/'.length);
  return undefined;
}
