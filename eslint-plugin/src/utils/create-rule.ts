import { ESLintUtils } from '@typescript-eslint/utils';

export const REPO_URL = 'https://github.com/prodready/prodready';

/** The documentation URL of a rule: its page under `eslint-plugin/docs/rules/`. */
export function ruleDocsUrl(name: string): string {
  return `${REPO_URL}/blob/main/eslint-plugin/docs/rules/${name}.md`;
}

export interface ProdreadyRuleDocs {
  /** Whether the rule is part of the `recommended` config. */
  recommended: boolean;
  /** The snippet (in `snippets/`) that fixes a finding of the rule. Defaults to the rule id. */
  snippet?: string;
}

const creator = ESLintUtils.RuleCreator<ProdreadyRuleDocs>(ruleDocsUrl);

/**
 * typescript-eslint's `RuleCreator`, with one change: the options merged with their defaults are
 * computed once per options array instead of once per file (ESLint passes the same array for every
 * file a config applies to; `applyDefault` deep-merges, which showed up in profiles).
 */
export const createRule: typeof creator = (spec) => {
  const rule = creator(spec);
  type Context = Parameters<typeof rule.create>[0];
  const merged = new WeakMap<object, unknown>();
  const create = (context: Context) => {
    let options = merged.get(context.options);
    if (!options) {
      options = ESLintUtils.applyDefault(spec.defaultOptions as never, context.options as never) as unknown;
      merged.set(context.options, options);
    }
    return spec.create(context, options as never);
  };
  return { ...rule, create } as typeof rule;
};

