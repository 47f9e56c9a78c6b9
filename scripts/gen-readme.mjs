// Rewrites the rules table of README.md from the built plugin's metadata. Run after `npm run build`.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { renderRulesTable, replaceRulesTable } from './rules-table.mjs';

const require = createRequire(import.meta.url);
const plugin = require('eslint-plugin-prodready');
const path = new URL('../README.md', import.meta.url);
writeFileSync(path, replaceRulesTable(readFileSync(path, 'utf8'), renderRulesTable(plugin.rules)));
console.log('README.md rules table updated');
