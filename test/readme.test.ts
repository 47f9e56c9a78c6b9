import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { plugin } from './lint-helpers';
import { renderRulesTable, TABLE_START, TABLE_END } from '../scripts/rules-table.mjs';

for (const [file, prefix] of [
  ['README.md', 'eslint-plugin/docs/rules/'],
  ['eslint-plugin/README.md', 'docs/rules/'],
] as const) {
  it(`the ${file} rules table matches the rules metadata (run scripts/gen-readme.mjs after build)`, () => {
    const readme = readFileSync(join(__dirname, '..', file), 'utf8');
    const start = readme.indexOf(TABLE_START);
    const end = readme.indexOf(TABLE_END);
    expect(start).toBeGreaterThan(-1);
    expect(readme.slice(start + TABLE_START.length, end).trim()).toBe(renderRulesTable(plugin.rules, prefix));
  });
}
