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

export const createRule = ESLintUtils.RuleCreator<ProdreadyRuleDocs>(ruleDocsUrl);
