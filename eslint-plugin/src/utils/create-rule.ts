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
 * computed once per distinct options value instead of once per file. `applyDefault` structured-clones
 * the defaults and deep-merges on every call, and ESLint hands each file a fresh options array (a new
 * `[]` when the rule is configured as a bare severity), so typescript-eslint's per-file merge was the
 * plugin's top allocation in profiles. The merged options are shared between files: rules must not
 * mutate them (they are frozen to make that a loud bug).
 */
export const createRule: typeof creator = (spec) => {
  const rule = creator(spec);
  type Context = Parameters<typeof rule.create>[0];
  let defaults: unknown;
  const byArray = new WeakMap<object, unknown>();
  const byValue = new Map<string, unknown>();
  const merge = (options: readonly unknown[]): unknown =>
    deepFreeze(ESLintUtils.applyDefault(spec.defaultOptions as never, options as never) as unknown);
  const create = (context: Context) => {
    const given = context.options as readonly unknown[] | undefined;
    let options: unknown;
    if (!given || given.length === 0) {
      options = defaults ??= merge([]);
    } else {
      options = byArray.get(given);
      if (options === undefined) {
        const key = JSON.stringify(given);
        options = byValue.get(key);
        if (options === undefined) {
          options = merge(given);
          // Bounded: a config has a handful of distinct option sets per rule.
          if (byValue.size < 64) byValue.set(key, options);
        }
        byArray.set(given, options);
      }
    }
    strict ??= typeof process !== 'undefined' && process.env?.PRODREADY_STRICT === '1';
    if (strict) return spec.create(context, options as never);
    let listeners: ReturnType<typeof spec.create>;
    try {
      listeners = spec.create(context, options as never);
    } catch {
      return {};
    }
    return contain(listeners);
  };
  return { ...rule, create } as typeof rule;
};

/**
 * Whether a rule's errors propagate instead of being contained: `PRODREADY_STRICT=1`, set by the test setup and by
 * `scripts/lint-corpus.mjs`, where crashes are hunted. Read once, at the first file.
 */
let strict: boolean | undefined;

type Listener = (...args: never[]) => unknown;

/**
 * The listeners, each made unable to throw. In an editor or in CI one throwing rule aborts ESLint's whole run
 * ("Occurred while linting ..."), so a bug in one rule on one odd file (a half-typed line, a `declare function`)
 * would cost every report of every file; contained, that file only misses the rest of that rule's reports.
 */
function contain<T extends object>(listeners: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, fn] of Object.entries(listeners)) {
    if (typeof fn !== 'function') {
      out[key] = fn;
      continue;
    }
    const listener = fn as Listener;
    out[key] = (a: never, b: never, c: never): unknown => {
      try {
        return listener(a, b, c);
      } catch {
        return undefined;
      }
    };
  }
  return out as T;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}
