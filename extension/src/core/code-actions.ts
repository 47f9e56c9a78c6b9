// Plans the code actions of a finding as plain data: the rule's autofix, its suggestions, "Insert
// hardened snippet", "Disable <rule> for this line", "Show documentation for <rule>".
import type { LintMessage, RuleMeta, Snippet } from './lint-core';
import { LineIndex, type PlainEdit } from './text';

export type PlannedAction =
  | { readonly kind: 'fix'; readonly title: string; readonly edits: readonly PlainEdit[] }
  | { readonly kind: 'suggestion'; readonly title: string; readonly edits: readonly PlainEdit[]; readonly index: number }
  | { readonly kind: 'snippet'; readonly title: string; readonly snippetId: string }
  | { readonly kind: 'disable'; readonly title: string; readonly edits: readonly PlainEdit[] }
  | { readonly kind: 'docs'; readonly title: string; readonly url: string };

export function fixToEdit(fix: { range: readonly [number, number]; text: string }, index: LineIndex): PlainEdit {
  return { range: index.rangeOf(fix.range[0], fix.range[1]), newText: fix.text };
}

export interface PlanInput {
  readonly index: LineIndex;
  readonly message: LintMessage;
  /** Rule id without `prodready/`. */
  readonly ruleId: string;
  readonly meta: RuleMeta | undefined;
  readonly snippets: readonly Snippet[];
  /**
   * Checks a candidate text after "Disable for this line": true when it parses and the rule no longer
   * reports on that line. Without it the `//` comment form is used.
   */
  readonly disableWorks?: (text: string, line: number) => boolean;
}

export function planCodeActions(input: PlanInput): PlannedAction[] {
  const { message: m, ruleId, index } = input;
  const actions: PlannedAction[] = [];
  if (m.fix) actions.push({ kind: 'fix', title: `Fix: ${firstLine(m.message)}`, edits: [fixToEdit(m.fix, index)] });
  (m.suggestions ?? []).forEach((s, i) => {
    actions.push({ kind: 'suggestion', title: s.desc, edits: [fixToEdit(s.fix, index)], index: i });
  });
  for (const s of input.snippets) {
    actions.push({ kind: 'snippet', title: `Insert hardened snippet: ${s.title}`, snippetId: s.id });
  }
  const line = Math.max(0, m.line - 1);
  actions.push({
    kind: 'disable',
    title: `Disable prodready/${ruleId} for this line`,
    edits: planDisableForLine(index, line, ruleId, input.disableWorks),
  });
  if (input.meta?.docsUrl) {
    actions.push({ kind: 'docs', title: `Show documentation for prodready/${ruleId}`, url: input.meta.docsUrl });
  }
  return actions;
}

function firstLine(s: string): string {
  const line = s.split('\n')[0] ?? s;
  return line.length > 100 ? `${line.slice(0, 97)}...` : line;
}

/**
 * The edit that silences a rule on one line: appends the rule to an `eslint-disable-next-line`
 * comment on the line above, or inserts one (as `{/* ... *\/}` when a `//` line would land in JSX
 * children, as `disableWorks` tells).
 */
export function planDisableForLine(
  index: LineIndex,
  line: number,
  ruleId: string,
  disableWorks?: (text: string, line: number) => boolean,
): PlainEdit[] {
  const name = `prodready/${ruleId}`;
  const prev = line > 0 ? index.lineText(line - 1) : undefined;
  const existing = prev !== undefined ? /^(\s*(?:\/\/|\/\*|\{\/\*)\s*eslint-disable-next-line\b)([^]*?)(\s*--[^]*?)?(\s*\*\/\}?)?\s*$/.exec(prev) : null;
  if (existing && prev !== undefined) {
    const rules = (existing[2] ?? '').trim();
    if (rules.split(/\s*,\s*/).includes(name)) return [];
    if (rules.length > 0) {
      // Insert after the rule list, before an optional `-- reason` and the comment end.
      const at = existing[1]!.length + existing[2]!.trimEnd().length;
      return [{ range: { start: { line: line - 1, character: at }, end: { line: line - 1, character: at } }, newText: `, ${name}` }];
    }
    // `// eslint-disable-next-line` with no list already disables every rule.
    return [];
  }
  const indent = /^\s*/.exec(index.lineText(line))?.[0] ?? '';
  const eol = index.eol;
  const start = { line, character: 0 };
  const candidates = [`${indent}// eslint-disable-next-line ${name}${eol}`, `${indent}{/* eslint-disable-next-line ${name} */}${eol}`];
  if (disableWorks) {
    const offset = index.starts[line] ?? index.text.length;
    for (const c of candidates) {
      const text = index.text.slice(0, offset) + c + index.text.slice(offset);
      if (disableWorks(text, line + 1)) return [{ range: { start, end: start }, newText: c }];
    }
  }
  return [{ range: { start, end: start }, newText: candidates[0]! }];
}
