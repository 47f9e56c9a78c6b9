// "Trust middleware.ts": what the editor writes when the app's middleware protects a route that
// require-route-auth reports. The rule never reads the middleware (another file); its `protectedRoutes`
// option is the documented way to say so. Pure functions, no `vscode` import.
import { posix } from 'node:path';
import { analyzeMiddleware, localImports, MIDDLEWARE_FILES, type MiddlewareAnalysis } from './middleware-routes';
import { parseRuleSetting, type RuleSetting } from './settings';
import { readAlias, type FsHost } from './snippet-plan';

export const ROUTE_AUTH_RULE = 'require-route-auth';
/** The messages of require-route-auth a middleware that refuses signed-out requests answers. */
export const TRUSTABLE_MESSAGES: ReadonlySet<string> = new Set(['missingAuth', 'uncheckedAuth']);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The rule's key in a `prodready.rules` object (`require-route-auth` or `prodready/require-route-auth`). */
function ruleKey(rules: Record<string, unknown>): string | undefined {
  if (ROUTE_AUTH_RULE in rules) return ROUTE_AUTH_RULE;
  const prefixed = `prodready/${ROUTE_AUTH_RULE}`;
  return prefixed in rules ? prefixed : undefined;
}

/** An options object with `value` added to its `key` list (`protectedRoutes`, `wrappers`; every other option kept). */
function withOptionValue(options: unknown, key: string, value: string): Record<string, unknown> {
  const out: Record<string, unknown> = isRecord(options) ? { ...options } : {};
  const current = out[key];
  const list = Array.isArray(current) ? current.filter((g): g is string => typeof g === 'string') : [];
  out[key] = list.includes(value) ? list : [...list, value];
  return out;
}

/** One `prodready.rules` entry (any of the forms the settings accept) with `value` added to `options[0][key]`, in the same form. */
function entryWithOptionValue(entry: unknown, key: string, value: string): unknown {
  if (Array.isArray(entry) && entry.length > 0) return [entry[0], withOptionValue(entry[1], key, value), ...entry.slice(2)];
  if (isRecord(entry)) {
    const options = Array.isArray(entry.options) ? entry.options : entry.options !== undefined ? [entry.options] : [];
    return { ...entry, options: [withOptionValue(options[0], key, value), ...options.slice(1)] };
  }
  const severity = entry === undefined ? 'default' : (parseRuleSetting(entry)?.severity ?? 'default');
  return { severity, options: [withOptionValue(undefined, key, value)] };
}

/**
 * The `prodready.rules` value to write in one settings scope so that require-route-auth's option list `key`
 * (`protectedRoutes`, `wrappers`) holds `value`. `scopeRules` is that scope's own value, as written (kept
 * whole, in its forms); the rule's entry is the scope's, else the effective one (`effective`: the rule's
 * setting as the settings reader reads it from every scope, so a user-level severity or option is carried
 * over, not dropped), with the value added to `options[0][key]`.
 */
export function mergeRouteAuthOption(scopeRules: unknown, effective: RuleSetting | undefined, key: string, value: string): Record<string, unknown> {
  const base: Record<string, unknown> = isRecord(scopeRules) ? { ...scopeRules } : {};
  const scopeKey = ruleKey(base);
  const entry = scopeKey !== undefined ? base[scopeKey] : effective ? { severity: effective.severity, ...(effective.options ? { options: effective.options } : {}) } : undefined;
  base[scopeKey ?? ROUTE_AUTH_RULE] = entryWithOptionValue(entry, key, value);
  return base;
}

/**
 * The line of an `eslint.config.*` rules object that keeps the rule's current level and options and adds
 * `value` to the option list `key` (the editor copies it; it never edits the workspace's config code).
 */
export function eslintConfigOptionLine(severity: 'error' | 'warning' | string, options: readonly unknown[], key: string, value: string): string {
  const level = severity === 'error' ? 'error' : 'warn';
  const rest = options.slice(1).map((o) => `, ${JSON.stringify(o)}`).join('');
  return `'prodready/${ROUTE_AUTH_RULE}': ['${level}', ${JSON.stringify(withOptionValue(options[0], key, value))}${rest}],`;
}

/** {@link mergeRouteAuthOption} for a route glob the middleware protects: added to `protectedRoutes`. */
export function mergeProtectedRoute(scopeRules: unknown, effective: RuleSetting | undefined, glob: string): Record<string, unknown> {
  return mergeRouteAuthOption(scopeRules, effective, 'protectedRoutes', glob);
}

/** {@link eslintConfigOptionLine} for a route glob: the config line with `glob` added to `protectedRoutes`. */
export function eslintConfigLine(severity: 'error' | 'warning' | string, options: readonly unknown[], glob: string): string {
  return eslintConfigOptionLine(severity, options, 'protectedRoutes', glob);
}

/** The title of the action: `Trust src/middleware.ts: treat app/api/x/route.ts as protected`. */
export function trustActionTitle(middlewareFile: string, glob: string, viaEslintConfig: boolean): string {
  return viaEslintConfig
    ? `Trust ${middlewareFile}: copy the protectedRoutes line for ${glob} (eslint.config)`
    : `Trust ${middlewareFile}: treat ${glob} as protected`;
}

/**
 * The title of the action for a whole folder the middleware protects:
 * `Trust middleware.ts: treat every route under app/api/admin/ as protected`.
 */
export function trustFolderActionTitle(middlewareFile: string, folder: string, viaEslintConfig: boolean): string {
  return viaEslintConfig
    ? `Trust ${middlewareFile}: copy the protectedRoutes line for every route under ${folder}/ (eslint.config)`
    : `Trust ${middlewareFile}: treat every route under ${folder}/ as protected`;
}

/**
 * The files a module specifier of the app's own code may be (`./x`, `../x`, `@/x` through the tsconfig
 * alias), in the order TypeScript tries them; empty for a package.
 */
export function moduleCandidates(fromFile: string, specifier: string, alias?: { readonly prefix: string; readonly dir: string }): string[] {
  let base: string;
  if (specifier.startsWith('./') || specifier.startsWith('../')) base = posix.join(posix.dirname(fromFile), specifier);
  else if (alias && specifier.startsWith(alias.prefix)) base = posix.join(alias.dir, specifier.slice(alias.prefix.length));
  else return [];
  if (/\.(?:[cm]?[jt]s|[jt]sx)$/.test(base)) return base.endsWith('.js') ? [base.replace(/\.js$/, '.ts'), base] : [base];
  return [...['.ts', '.tsx', '.js', '.jsx', '.mjs'].map((e) => base + e), ...['/index.ts', '/index.tsx', '/index.js'].map((e) => base + e)];
}

/** The app's middleware, analysed: its path relative to the app root, and what it protects. */
export interface AppMiddleware {
  readonly file: string;
  readonly analysis: MiddlewareAnalysis;
}

/** The app's own modules read per middleware (its helpers: Supabase's `updateSession`, a routes list). */
const MAX_MODULES = 8;

/** Analyses already made, keyed by the texts they were made from (the caller keeps one per session). */
export type MiddlewareCache = Map<string, MiddlewareAnalysis | null>;

/**
 * Finds and analyses the middleware of the app at `appRoot` (`Uri.path` style): `middleware` or `proxy`
 * (`.ts` / `.js`) at the root, or in `src/` when the app keeps its routes there, with the app's own modules
 * it imports (two levels, {@link MAX_MODULES} files at most). Undefined when there is none, more than one,
 * or it protects nothing this can follow. Only reads files; never loads or runs them. `analyses` keeps the
 * analyses made from the same texts (the file is read each time; it is parsed once).
 */
export async function findAppMiddleware(appRoot: string, fs: FsHost, analyses: MiddlewareCache = new Map()): Promise<AppMiddleware | undefined> {
  // Next.js takes `src/app` / `src/pages` only when the root has neither `app` nor `pages`.
  const atRoot = (await fs.exists(posix.join(appRoot, 'app'))) || (await fs.exists(posix.join(appRoot, 'pages')));
  const inSrc = !atRoot && ((await fs.exists(posix.join(appRoot, 'src/app'))) || (await fs.exists(posix.join(appRoot, 'src/pages'))));
  const dir = inSrc ? 'src/' : '';
  const found: string[] = [];
  for (const name of MIDDLEWARE_FILES) if (await fs.exists(posix.join(appRoot, dir + name))) found.push(dir + name);
  if (found.length !== 1) return undefined;
  const file = found[0]!;
  const path = posix.join(appRoot, file);
  const text = await fs.readText(path);
  if (text === undefined || text.length > 200_000) return undefined;
  const modules = new Map<string, string>();
  const alias = await readAlias(appRoot, fs);
  let frontier: { from: string; text: string }[] = [{ from: path, text }];
  for (let level = 0; level < 2 && frontier.length > 0; level++) {
    const next: { from: string; text: string }[] = [];
    for (const { from, text: t } of frontier) {
      for (const spec of localImports(t)) {
        if (modules.size >= MAX_MODULES) break;
        for (const candidate of moduleCandidates(from, spec, alias)) {
          if (modules.has(candidate)) break;
          const body = await fs.readText(candidate);
          if (body === undefined) continue;
          if (body.length <= 200_000) {
            modules.set(candidate, body);
            next.push({ from: candidate, text: body });
          }
          break;
        }
      }
    }
    frontier = next;
  }
  const key = [path, text, ...[...modules].flat()].join('\0');
  let analysis = analyses.get(key);
  if (analysis === undefined) {
    const resolve = (fromFile: string, specifier: string) => {
      for (const candidate of moduleCandidates(fromFile, specifier, alias)) {
        const body = modules.get(candidate);
        if (body !== undefined) return { file: candidate, text: body };
      }
      return undefined;
    };
    analysis = analyzeMiddleware(text, path, resolve) ?? null;
    if (analyses.size > 8) analyses.clear();
    analyses.set(key, analysis);
  }
  return analysis ? { file, analysis } : undefined;
}
