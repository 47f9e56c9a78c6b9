// The extension's settings: types, defaults and the one typed reader (over any `get(key)` function, so
// the same code reads `vscode.workspace.getConfiguration('prodready')` and plain objects in the tests).
// Every key here is declared in the root package.json `contributes.configuration`; the unit tests check
// that the two lists agree.

export type SeverityName = 'error' | 'warning' | 'information' | 'hint';
export type RuleSeverity = SeverityName | 'off' | 'default';

/** `prodready.rules["<rule>"]`: a severity, or a severity and the rule's options. */
export interface RuleSetting {
  readonly severity: RuleSeverity;
  readonly options?: readonly unknown[];
}

export interface ExtensionSettings {
  /** `prodready.enable` */
  readonly enable: boolean;
  /** `prodready.run`: lint as you type (debounced) or only on open and save. */
  readonly run: 'onType' | 'onSave';
  /** `prodready.debounce` (ms) */
  readonly debounceMs: number;
  /** `prodready.maxFileSize` (bytes): larger files are skipped. */
  readonly maxFileSize: number;
  /** `prodready.ruleSet`: the rules that are on unless `prodready.rules` says otherwise. */
  readonly ruleSet: 'recommended' | 'all';
  /** `prodready.severity`: the severity of the rules that `prodready.rules` does not set. */
  readonly severity: SeverityName;
  /** `prodready.rules`: per-rule severity and options. */
  readonly rules: Readonly<Record<string, RuleSetting>>;
  /** `prodready.helperModules`: snippet id → module the app keeps that helper in (`@/lib/with-timeout`). */
  readonly helperModules: Readonly<Record<string, string>>;
  /** `prodready.useEslintConfig`: in a trusted workspace, take rule settings from its eslint.config.*. */
  readonly useEslintConfig: boolean;
  /** `prodready.dedupeWithEslintExtension`: leave the squiggles of rules the ESLint extension reports to it. */
  readonly dedupeWithEslintExtension: boolean;
  /** `prodready.scan.exclude`: extra globs the workspace scan skips. */
  readonly scanExclude: readonly string[];
}

export const DEFAULT_SETTINGS: ExtensionSettings = {
  enable: true,
  run: 'onType',
  debounceMs: 300,
  maxFileSize: 300_000,
  ruleSet: 'recommended',
  severity: 'warning',
  rules: {},
  helperModules: {},
  useEslintConfig: true,
  dedupeWithEslintExtension: true,
  scanExclude: [],
};

/** The keys under `prodready.` (as declared in package.json), with the field each one fills. */
export const SETTING_KEYS = {
  enable: 'enable',
  run: 'run',
  debounce: 'debounceMs',
  maxFileSize: 'maxFileSize',
  ruleSet: 'ruleSet',
  severity: 'severity',
  rules: 'rules',
  helperModules: 'helperModules',
  useEslintConfig: 'useEslintConfig',
  dedupeWithEslintExtension: 'dedupeWithEslintExtension',
  'scan.exclude': 'scanExclude',
} as const satisfies Record<string, keyof ExtensionSettings>;

const SEVERITIES: readonly string[] = ['error', 'warning', 'information', 'hint'];
const RULE_SEVERITIES: readonly string[] = [...SEVERITIES, 'off', 'default'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Accepts `"warning"`, `{ "severity": "warning", "options": [...] }`, and ESLint-style `"warn"`, `1`, `["error", {...}]`. */
export function parseRuleSetting(raw: unknown): RuleSetting | undefined {
  const sev = (v: unknown): RuleSeverity | undefined => {
    if (v === 'warn' || v === 1) return 'warning';
    if (v === 2) return 'error';
    if (v === 0) return 'off';
    if (v === 'info') return 'information';
    return typeof v === 'string' && RULE_SEVERITIES.includes(v) ? (v as RuleSeverity) : undefined;
  };
  if (Array.isArray(raw)) {
    const severity = sev(raw[0]);
    return severity ? { severity, options: raw.slice(1) } : undefined;
  }
  if (isRecord(raw)) {
    const severity = sev(raw.severity) ?? 'default';
    const options = Array.isArray(raw.options) ? raw.options : raw.options !== undefined ? [raw.options] : undefined;
    return options ? { severity, options } : { severity };
  }
  const severity = sev(raw);
  return severity ? { severity } : undefined;
}

/** Reads every setting through `get('<key without prodready.>')`, falling back to the defaults on bad values. */
export function readSettings(get: (key: string) => unknown): ExtensionSettings {
  const bool = (key: string, d: boolean) => {
    const v = get(key);
    return typeof v === 'boolean' ? v : d;
  };
  const num = (key: string, d: number, min: number) => {
    const v = get(key);
    return typeof v === 'number' && Number.isFinite(v) && v >= min ? v : d;
  };
  const oneOf = <T extends string>(key: string, values: readonly T[], d: T): T => {
    const v = get(key);
    return typeof v === 'string' && (values as readonly string[]).includes(v) ? (v as T) : d;
  };
  const rulesRaw = get('rules');
  const rules: Record<string, RuleSetting> = {};
  if (isRecord(rulesRaw)) {
    for (const [k, v] of Object.entries(rulesRaw)) {
      const parsed = parseRuleSetting(v);
      if (parsed) rules[k.replace(/^prodready\//, '')] = parsed;
    }
  }
  const modulesRaw = get('helperModules');
  const helperModules: Record<string, string> = {};
  if (isRecord(modulesRaw)) {
    for (const [k, v] of Object.entries(modulesRaw)) if (typeof v === 'string' && v.trim()) helperModules[k] = v.trim();
  }
  const excludeRaw = get('scan.exclude');
  const d = DEFAULT_SETTINGS;
  return {
    enable: bool('enable', d.enable),
    run: oneOf('run', ['onType', 'onSave'], d.run),
    debounceMs: num('debounce', d.debounceMs, 0),
    maxFileSize: num('maxFileSize', d.maxFileSize, 1),
    ruleSet: oneOf('ruleSet', ['recommended', 'all'], d.ruleSet),
    severity: oneOf('severity', SEVERITIES as readonly SeverityName[], d.severity),
    rules,
    helperModules,
    useEslintConfig: bool('useEslintConfig', d.useEslintConfig),
    dedupeWithEslintExtension: bool('dedupeWithEslintExtension', d.dedupeWithEslintExtension),
    scanExclude: Array.isArray(excludeRaw) ? excludeRaw.filter((x): x is string => typeof x === 'string') : d.scanExclude,
  };
}

/** The rules to run on a file and how to report them: rule id (without `prodready/`) → severity and options. */
export interface EffectiveRules {
  readonly rules: Readonly<Record<string, { readonly severity: SeverityName; readonly options: readonly unknown[] }>>;
  readonly helperModules: Readonly<Record<string, string>>;
  /** Where the rule settings come from. */
  readonly source: 'settings' | 'eslint-config';
  /** The eslint.config.* file, when `source` is `eslint-config`. */
  readonly configFile?: string;
}

export interface RuleInfo {
  readonly recommended: boolean;
}

/** The rules the extension's own settings turn on. */
export function rulesFromSettings(settings: ExtensionSettings, known: Readonly<Record<string, RuleInfo>>): EffectiveRules {
  const rules: Record<string, { severity: SeverityName; options: readonly unknown[] }> = {};
  for (const [id, info] of Object.entries(known)) {
    const s = settings.rules[id];
    const onByDefault = settings.ruleSet === 'all' || info.recommended;
    const severity = !s || s.severity === 'default' ? (onByDefault || s?.options ? settings.severity : 'off') : s.severity;
    if (severity === 'off') continue;
    rules[id] = { severity, options: s?.options ?? [] };
  }
  return { rules, helperModules: settings.helperModules, source: 'settings' };
}

/**
 * The prodready part of a resolved ESLint config (`eslint.calculateConfigForFile()`): its
 * `prodready/*` rules with their level and options, and `settings.prodready.helperModules`.
 * Undefined when the config turns no prodready rule on or off (then the extension settings apply).
 */
export function rulesFromEslintConfig(
  config: unknown,
  known: Readonly<Record<string, RuleInfo>>,
  configFile?: string,
): EffectiveRules | undefined {
  if (!isRecord(config) || !isRecord(config.rules)) return undefined;
  const rules: Record<string, { severity: SeverityName; options: readonly unknown[] }> = {};
  let mentioned = false;
  for (const [key, value] of Object.entries(config.rules)) {
    if (!key.startsWith('prodready/')) continue;
    const id = key.slice('prodready/'.length);
    if (!(id in known)) continue;
    mentioned = true;
    const entry = Array.isArray(value) ? value : [value];
    const level = entry[0];
    const severity = level === 2 || level === 'error' ? 'error' : level === 1 || level === 'warn' ? 'warning' : undefined;
    if (severity) rules[id] = { severity, options: entry.slice(1) };
  }
  if (!mentioned) return undefined;
  const settings = isRecord(config.settings) ? config.settings.prodready : undefined;
  const modules = isRecord(settings) && isRecord(settings.helperModules) ? settings.helperModules : {};
  const helperModules = Object.fromEntries(Object.entries(modules).filter((e): e is [string, string] => typeof e[1] === 'string'));
  return configFile ? { rules, helperModules, source: 'eslint-config', configFile } : { rules, helperModules, source: 'eslint-config' };
}
