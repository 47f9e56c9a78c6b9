import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { plugin } from './lint-helpers';
import { renderRulesTable, TABLE_START, TABLE_END } from '../scripts/rules-table.mjs';

it('the README rules table matches the rules metadata (run scripts/gen-readme.mjs after build)', () => {
  const readme = readFileSync(join(__dirname, '../README.md'), 'utf8');
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  expect(start).toBeGreaterThan(-1);
  expect(readme.slice(start + TABLE_START.length, end).trim()).toBe(renderRulesTable(plugin.rules));
});
