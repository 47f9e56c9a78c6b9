import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintWith, plugin } from './lint-helpers';

const root = join(__dirname, '..');

/**
 * Code blocks in a rule doc are tested: a fence ```ts incorrect file=app/api/x/route.ts``` must be
 * reported by the rule, one marked `correct` must not. `file=` sets the linted file name (rules scope
 * themselves by it); the default is app/api/example/route.ts.
 */
export function docExamples(doc: string): { kind: 'correct' | 'incorrect'; file: string; code: string; line: number }[] {
  const out: { kind: 'correct' | 'incorrect'; file: string; code: string; line: number }[] = [];
  const re = /^```(\w+)[ \t]+(correct|incorrect)([^\n]*)\n([\s\S]*?)^```/gm;
  for (let m = re.exec(doc); m; m = re.exec(doc)) {
    const attrs = m[3] ?? '';
    const file = /file=(\S+)/.exec(attrs)?.[1] ?? 'app/api/example/route.ts';
    out.push({ kind: m[2] as 'correct' | 'incorrect', file, code: m[4] ?? '', line: doc.slice(0, m.index).split('\n').length });
  }
  return out;
}

for (const id of Object.keys(plugin.rules)) {
  const path = join(root, `eslint-plugin/docs/rules/${id}.md`);
  // A missing doc is reported by the structure test.
  if (!existsSync(path)) continue;
  describe(`docs/rules/${id}.md examples`, () => {
    const doc = readFileSync(path, 'utf8');
    const examples = docExamples(doc);
    it('has examples', () => {
      expect(examples.some((e) => e.kind === 'incorrect')).toBe(true);
      expect(examples.some((e) => e.kind === 'correct')).toBe(true);
    });
    for (const ex of examples) {
      it(`${ex.kind} example at line ${ex.line} (${ex.file})`, () => {
        const messages = lintWith(ex.code, ex.file, [id]);
        const fatal = messages.filter((m) => m.fatal);
        expect(fatal, 'the example parses').toEqual([]);
        const reported = messages.filter((m) => m.ruleId === `prodready/${id}`);
        if (ex.kind === 'incorrect') expect(reported.length).toBeGreaterThan(0);
        else expect(reported).toEqual([]);
      });
    }
  });
}
