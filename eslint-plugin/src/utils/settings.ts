import type { TSESLint } from '@typescript-eslint/utils';

/**
 * Shared settings, read from `settings.prodready` of the ESLint config:
 *
 *   settings: { prodready: { helperModules: { 'no-unsafe-promise-race': '@/lib/with-timeout' } } }
 *
 * `helperModules` maps a snippet id to the module where the app keeps that helper. When set, a
 * suggestion imports the helper from there instead of inlining its code into the file.
 */
export interface ProdreadySettings {
  helperModules?: Readonly<Record<string, string>>;
}

export function getSettings(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): ProdreadySettings {
  const raw = (context.settings as Record<string, unknown> | undefined)?.prodready;
  if (!raw || typeof raw !== 'object') return {};
  const helperModules = (raw as Record<string, unknown>).helperModules;
  return {
    helperModules:
      helperModules && typeof helperModules === 'object'
        ? Object.fromEntries(Object.entries(helperModules).filter(([, v]) => typeof v === 'string')) as Record<string, string>
        : undefined,
  };
}
