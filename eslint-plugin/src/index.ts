import type { TSESLint } from '@typescript-eslint/utils';
import * as tsParser from '@typescript-eslint/parser';
import { rules, type RuleId } from './rules';
import { snippets } from './generated/snippets';

declare const __PRODREADY_VERSION__: string | undefined;

const version = typeof __PRODREADY_VERSION__ === 'string' ? __PRODREADY_VERSION__ : '0.0.0-dev';

/** The files the configs lint: JavaScript and TypeScript, with JSX. */
export const FILES = ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'];
/** Build output and dependencies that the configs never lint. */
export const IGNORES = ['**/node_modules/**', '**/.next/**', '**/.vercel/**', '**/dist/**', '**/build/**', '**/out/**', '**/coverage/**', '**/*.min.js'];

type RuleLevel = 'error' | 'warn' | 'off';

function ruleLevels(filter: (id: RuleId) => boolean, level: RuleLevel): Record<string, RuleLevel> {
  const out: Record<string, RuleLevel> = {};
  for (const id of Object.keys(rules) as RuleId[]) {
    if (filter(id)) out[`prodready/${id}`] = level;
  }
  return out;
}

const plugin = {
  meta: { name: 'eslint-plugin-prodready', version },
  rules,
  configs: {} as Record<'recommended' | 'all', TSESLint.FlatConfig.Config>,
  /** The hardened snippets, keyed by snippet id (`<rule>` or `<rule>.<variant>`). */
  snippets,
};

function makeConfig(name: 'recommended' | 'all', filter: (id: RuleId) => boolean): TSESLint.FlatConfig.Config {
  return {
    name: `prodready/${name}`,
    files: FILES,
    ignores: IGNORES,
    languageOptions: {
      parser: tsParser as unknown as TSESLint.FlatConfig.Parser,
      ecmaVersion: 'latest',
      sourceType: 'module',
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    plugins: { prodready: plugin as unknown as TSESLint.FlatConfig.Plugin },
    rules: ruleLevels(filter, 'error'),
  };
}

plugin.configs.recommended = makeConfig('recommended', (id) => rules[id].meta.docs?.recommended === true);
plugin.configs.all = makeConfig('all', () => true);

export default plugin;
export { rules, snippets };
export type { RuleId };
