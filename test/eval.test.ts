import { expect, it } from 'vitest';
import { lintWith } from './lint-helpers';
import { loadLabelled, score } from '../scripts/eval-labelled.mjs';

/**
 * Labelled apps in the style of the seed audits (test/eval/<app>/, every file says which rules must
 * report it). Scored per (file, rule): the rules together must find >= 90% of the labelled gaps with
 * >= 90% precision. The per-rule table and every miss / false positive are printed.
 */
it('finds >= 90% of the labelled gaps with >= 90% precision', () => {
  const files = loadLabelled();
  const result = score(files, (f) => {
    const messages = lintWith(f.code, f.file);
    const fatal = messages.filter((m) => m.fatal);
    if (fatal.length) throw new Error(`${f.app}/${f.file}: ${fatal[0]?.message}`);
    return new Set(messages.map((m) => m.ruleId!.replace('prodready/', '')));
  });
  const table = Object.entries(result.perRule)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([rule, v]) => `${rule.padEnd(32)} tp ${v.tp}  fp ${v.fp}  fn ${v.fn}`);
  console.log(
    [...table, ...result.rows, `precision ${result.precision.toFixed(3)}  recall ${result.recall.toFixed(3)}  (${files.length} files)`].join('\n'),
  );
  expect(result.precision).toBeGreaterThanOrEqual(0.9);
  expect(result.recall).toBeGreaterThanOrEqual(0.9);
});
