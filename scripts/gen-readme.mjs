// Rewrites the rules tables of README.md and eslint-plugin/README.md from the built plugin's
// metadata. Run after `npm run build`; test/readme.test.ts fails when a table is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { renderRulesTable, replaceRulesTable } from './rules-table.mjs';

const require = createRequire(import.meta.url);
const plugin = require('eslint-plugin-prodready');
for (const [file, prefix] of [
  ['../README.md', 'eslint-plugin/docs/rules/'],
  ['../eslint-plugin/README.md', 'docs/rules/'],
]) {
  const path = new URL(file, import.meta.url);
  writeFileSync(path, replaceRulesTable(readFileSync(path, 'utf8'), renderRulesTable(plugin.rules, prefix)));
}
console.log('README rules tables updated');
