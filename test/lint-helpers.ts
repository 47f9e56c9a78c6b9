import { Linter } from 'eslint';
import { resolve } from 'node:path';
import * as tsParser from '@typescript-eslint/parser';
import plugin from '../eslint-plugin/src/index';

/**
 * Lints code with the plugin from source, with the given prodready rules on (all when omitted). A file
 * outside the current directory needs a `cwd` above it (ESLint matches configs against the cwd).
 */
export function lintWith(code: string, filename: string, ruleIds?: readonly string[], cwd?: string): Linter.LintMessage[] {
  const linter = new Linter({ configType: 'flat', cwd });
  const ids = ruleIds ?? Object.keys(plugin.rules);
  const config: Linter.Config = {
    files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
    languageOptions: {
      parser: tsParser as unknown as Linter.Parser,
      ecmaVersion: 'latest',
      sourceType: 'module',
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    plugins: { prodready: plugin as unknown as NonNullable<Linter.Config['plugins']>[string] },
    rules: Object.fromEntries(ids.map((id) => [`prodready/${id}`, 'error'])),
  };
  return linter.verify(code, [config], { filename: resolve(filename) });
}

export { plugin };
