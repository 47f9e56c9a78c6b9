// Which route files an app's `middleware.ts` (Next 16: `proxy.ts`) protects, decided statically and
// conservatively, so that the editor can offer to declare them in require-route-auth's `protectedRoutes`
// (a rule never reads another file; the extension may, and only proposes). No `vscode` import.
//
// How: the middleware's text is parsed (never run) and its request path is followed for one request at a
// time — a path a route file answers, with no credentials. The middleware protects the route when it runs
// for that path (`config.matcher`) and every way through it for an unauthenticated request ends in a
// refusal: Clerk's `auth.protect()` / `redirectToSignIn()`, next-auth's `withAuth` (its `authorized`
// callback), a redirect or a 401 after an auth call (`auth()`, `getToken()`, `supabase.auth.getUser()`,
// `jwtVerify()` that throws), any response of its own. A check of a cookie's presence is not one (anyone
// can send a cookie). Whatever the evaluation cannot follow (a condition on something it does not know,
// an unknown function deciding the response) makes the answer "not protected": a wrong "protected"
// would hide real gaps.
import { Linter } from 'eslint/universal';
import { LANGUAGE_OPTIONS } from './lint-core';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { findVariable, getImportSource, getImportedName, getPropertyName, isFunction, type FunctionNode } from '../../../eslint-plugin/src/utils';
import { AUTH_MODULE, LOCAL_AUTH_MODULE, isAuthCall } from '../../../eslint-plugin/src/utils/auth-vocab';

type Node = TSESTree.Node;
type SourceCode = TSESLint.SourceCode;
type Variable = TSESLint.Scope.Variable;

/** The file names Next.js takes a middleware from (Next 16 renamed it `proxy`), in the app root or `src/`. */
export const MIDDLEWARE_FILES = ['middleware.ts', 'middleware.js', 'proxy.ts', 'proxy.js'] as const;

// ---------------------------------------------------------------------------------------------
// Route files and their URL paths
// ---------------------------------------------------------------------------------------------

const ROUTE_EXT = /\.(?:[cm]?[jt]s|[jt]sx)$/;

/**
 * The URL path a route file answers (`app/api/x/[id]/route.ts` → `/api/x/[id]`, `pages/api/x/index.ts` →
 * `/api/x`, `src/app/(group)/api/y/route.ts` → `/api/y`), or undefined for any other file (pages, server
 * actions, private `_folders`, intercepting routes). `routeFile` is relative to the app root, `/`-separated.
 */
export function routeUrlPath(routeFile: string): string | undefined {
  const file = routeFile.replace(/^\.\//, '');
  let m = /^(?:src\/)?app\/(.*?)\/?route\.(?:[cm]?[jt]s|[jt]sx)$/.exec(file);
  let segments: string[];
  if (m) {
    segments = (m[1] ?? '').split('/').filter((s) => s !== '');
    const out: string[] = [];
    for (const s of segments) {
      if (/^\(.*\)$/.test(s)) {
        if (/^\(\.+\)/.test(s)) return undefined; // an intercepting route
        continue; // a route group
      }
      if (s.startsWith('@')) continue; // a parallel route's slot
      if (s.startsWith('_')) return undefined; // a private folder: not routed
      out.push(s);
    }
    segments = out;
  } else {
    m = /^(?:src\/)?pages\/(api(?:\/.*)?)$/.exec(file);
    if (!m || !ROUTE_EXT.test(file)) return undefined;
    segments = (m[1] ?? '').replace(ROUTE_EXT, '').split('/');
    if (segments[segments.length - 1] === 'index') segments.pop();
    if (segments.some((s) => s === '' || s.startsWith('_'))) return undefined;
  }
  if (segments.some((s) => /^\(\.+\)/.test(s))) return undefined;
  return `/${segments.join('/')}`;
}

/** The glob of exactly one route file, for `protectedRoutes` (picomatch: brackets and parentheses escaped). */
export function routeFileGlob(routeFile: string): string {
  return routeFile.replace(/^\.\//, '').replace(/[[\]()*?{}!+@]/g, (c) => `\\${c}`);
}

/**
 * Concrete request paths standing for a route path: dynamic segments get a neutral value, and every value
 * the middleware's own path strings could give them (`/api/users/me` for `/api/users/[id]`), so that an
 * exception the middleware makes inside a dynamic segment is never missed.
 */
export function samplePaths(urlPath: string, literals: readonly string[]): string[] {
  const segments = urlPath.split('/').slice(1);
  const dynamic = segments.map((s) => /^\[\[?(?:\.\.\.)?[^\]]+\]?\]$/.test(s));
  const fill = (values: (string | undefined)[]): string => {
    const parts = segments.map((s, i) => (dynamic[i] ? values[i] : s));
    return `/${parts.filter((p): p is string => p !== undefined && p !== '').join('/')}`;
  };
  const neutral = segments.map((s, i) => (dynamic[i] ? 'prodready-sample' : s));
  const out = new Set<string>([fill(neutral)]);
  segments.forEach((s, i) => {
    if (!dynamic[i]) return;
    const catchAll = s.includes('...');
    const optional = s.startsWith('[[');
    if (catchAll) out.add(fill(neutral.map((v, j) => (j === i ? 'prodready-sample/prodready-sample' : v))));
    if (optional) out.add(fill(neutral.map((v, j) => (j === i ? undefined : v))));
    const prefix = `/${segments.slice(0, i).join('/')}${i > 0 ? '/' : ''}`;
    for (const lit of literals) {
      if (!lit.startsWith(prefix) || lit.length <= prefix.length) continue;
      const rest = lit.slice(prefix.length);
      const value = /^[^/()[\]:*?+\\{}.$^|]+/.exec(rest)?.[0];
      if (value) out.add(fill(neutral.map((v, j) => (j === i ? value : v))));
      if (catchAll) {
        const deep = /^[^()[\]:*?+\\{}$^|]+/.exec(rest)?.[0]?.replace(/\/+$/, '');
        if (deep && deep !== value) out.add(fill(neutral.map((v, j) => (j === i ? deep : v))));
      }
    }
  });
  return [...out].slice(0, 40);
}

// ---------------------------------------------------------------------------------------------
// Whole folders: a matcher's own prefix, and the paths that stand for everything under it
// ---------------------------------------------------------------------------------------------

/**
 * The folder of a route file that answers the URL prefix `urlFolder` (`/api/admin`): the file's folders up
 * to the one that completes the prefix, route groups and slots kept (`src/app/(dashboard)/api/admin`).
 * Undefined when the file's own folders do not spell the prefix (a dynamic segment stands where it has a
 * name, the file is the prefix itself in `pages/`, or it is not a route file).
 */
export function routeFolder(routeFile: string, urlFolder: string): string | undefined {
  const file = routeFile.replace(/^\.\//, '');
  if (routeUrlPath(file) === undefined) return undefined;
  const want = urlFolder.split('/').filter((s) => s !== '');
  if (want.length === 0) return undefined;
  const m = /^((?:src\/)?(?:app|pages))\/(.*)$/.exec(file);
  if (!m) return undefined;
  const appRouter = /(?:^|\/)app$/.test(m[1] ?? '');
  const dirs = (m[2] ?? '').split('/').slice(0, -1);
  const out = [m[1] ?? ''];
  let i = 0;
  for (const d of dirs) {
    if (i === want.length) break;
    out.push(d);
    if (appRouter && (/^\(.*\)$/.test(d) || d.startsWith('@'))) continue; // a group or a slot: no URL segment
    if (d !== want[i]) return undefined;
    i++;
  }
  return i === want.length ? out.join('/') : undefined;
}

/** The glob of every file under a folder, for `protectedRoutes` (`src/app/\(dashboard\)/api/admin/**`). */
export function routeFolderGlob(folder: string): string {
  return `${routeFileGlob(folder.replace(/\/+$/, ''))}/**`;
}

const DEFAULT_SEGMENT = '[^\\/#\\?]+?';

/**
 * The URL prefixes under which a `config.matcher` entry runs the middleware for every path: `/api/admin` for
 * `/api/admin/:path*` or `/api/admin(.*)`, `/api` and `/trpc` for `/(api|trpc)(.*)`, `/` for an entry that
 * starts with a pattern at the root (`/:path*`, `/((?!_next|api).*)`: what it leaves out is for the caller
 * to test). Empty for single paths (`/api/admin/users`), a named segment inside the prefix, or a tail that
 * is not a plain wildcard.
 */
export function matcherFolders(source: string): string[] {
  const tokens = parsePathPattern(source);
  const last = tokens?.[tokens.length - 1];
  if (!tokens || last === undefined || typeof last === 'string') return [];
  const head = tokens.slice(0, -1);
  if (head.length === 0) return last.prefix === '/' ? ['/'] : [];
  const wildcard =
    (last.prefix === '/' && last.modifier === '*' && (last.pattern === DEFAULT_SEGMENT || last.pattern === '.*')) ||
    (last.prefix === '/' && last.modifier === '?' && last.pattern === '.*') ||
    (last.prefix === '' && last.modifier === '' && last.pattern === '.*');
  if (!wildcard) return [];
  let out = [''];
  for (const t of head) {
    if (typeof t === 'string') out = out.map((o) => o + t);
    else if (t.modifier === '' && /^[\w-]+(?:\|[\w-]+)*$/.test(t.pattern)) out = out.flatMap((o) => t.pattern.split('|').map((alt) => o + t.prefix + alt));
    else return [];
    if (out.length > 8) return [];
  }
  return out.map((o) => o.replace(/\/+$/, '')).filter((o) => /^\/[^/]/.test(o) && !/\/\//.test(o));
}

/** The URL folders a route may be trusted under, deepest first: its matcher entries' own prefixes (`/api` for one at the root). */
function folderCandidates(matchers: readonly MatcherEntry[] | undefined, url: string): string[] {
  const prefixes = matchers === undefined ? ['/'] : matchers.flatMap((m) => matcherFolders(m.source));
  const out = new Set<string>();
  for (const p of prefixes) {
    const folder = p === '/' ? '/api' : p;
    if (url === folder || url.startsWith(`${folder}/`)) out.add(folder);
  }
  return [...out].sort((a, b) => b.split('/').length - a.split('/').length);
}

/** What the middleware's conditions on the path can hinge on: the paths and the other strings and words it names. */
interface ProbeTokens {
  readonly paths: readonly string[];
  readonly words: readonly string[];
}

const PATTERN_META = /[(:*?+[{$^|\\]/;

/**
 * The strings of the middleware and its modules (string and template tokens, regex literals' words) and of
 * its matcher: a condition on the path that the evaluation can decide compares it with one of them.
 * Undefined when there are more than {@link MAX_PROBE_TOKENS} of either kind.
 */
function probeTokens(modules: readonly SourceCode[], extraPaths: readonly string[], matcherSources: readonly string[]): ProbeTokens | undefined {
  const paths = new Set<string>(extraPaths);
  const words = new Set<string>();
  // The words of a pattern, with and without its optional characters (`jpe?g`: `jpeg` and `jpg`).
  const runs = (s: string) => {
    for (const variant of [s.replace(/(\w)\?/g, '$1'), s.replace(/\w\?/g, '')]) {
      for (const w of variant.match(/[A-Za-z0-9_.-]{2,}/g) ?? []) words.add(w.replace(/^\.+|\.+$/g, '') || w);
    }
  };
  const matchers = new Set(matcherSources);
  for (const sc of modules) {
    for (const t of sc.ast.tokens ?? []) {
      if (paths.size > MAX_PROBE_TOKENS || words.size > MAX_PROBE_TOKENS) return undefined;
      let v: string | undefined;
      if (t.type === 'String') v = t.value.slice(1, -1).replace(/\\(.)/g, '$1');
      else if (t.type === 'Template') v = t.value.replace(/^[`}]|(?:`|\$\{)$/g, '');
      else if (t.type === 'RegularExpression') {
        const source = t.value.slice(1, t.value.lastIndexOf('/'));
        if (isIntricatePattern(source)) return undefined;
        runs(source);
        const prefix = source.replace(/^\^/, '').replace(/\\\//g, '/');
        const cut = prefix.split(PATTERN_META)[0] ?? '';
        if (cut.startsWith('/')) paths.add(cut);
        continue;
      }
      if (v === undefined || v.length === 0 || v.length > 200) continue;
      if ((v.startsWith('/') || v.startsWith('^')) && !matchers.has(v) && isIntricatePattern(v)) return undefined;
      if (v.startsWith('/')) {
        paths.add(v);
        // A Clerk or matcher pattern's named segments (`/api/admin/:id/public`), filled in.
        if (v.includes(':')) paths.add(v.replace(/:\w+(?:\([^)]*\))?[*+?]?/g, 'prodready-sample'));
        if (PATTERN_META.test(v)) runs(v);
      } else if (v.length <= 60) {
        words.add(v);
        runs(v);
      }
    }
  }
  for (const source of matcherSources) runs(source);
  // More strings than the probes can stand for: unsure.
  if (paths.size > MAX_PROBE_TOKENS || words.size > MAX_PROBE_TOKENS) return undefined;
  return { paths: [...paths], words: [...words] };
}

const MAX_PROBE_TOKENS = 300;

/**
 * A path pattern or regex the probes cannot stand for: character classes, open or counted repeats and
 * lookarounds anywhere but in a trailing wildcard (`(.*)`, `.*`, `:path*`).
 */
function isIntricatePattern(p: string): boolean {
  const body = p.replace(/(?:\(\.\*\)|\.\*|:\w+\*|\$|\/\?)+$/, '');
  return /\\[dwsDWSbB]|\[|\{|\+|\*|\(\?[!=<]/.test(body);
}

/**
 * Paths that stand for every path under `folder`: the folder itself, neutral paths below it, the paths the
 * middleware names inside it, and the folder followed by each of its strings and words (as a segment, a
 * deeper segment, a file extension).
 */
function folderProbes(folder: string, tokens: ProbeTokens, routeSamples: readonly string[]): string[] {
  const s = 'prodready-sample';
  const out = new Set<string>([folder, `${folder}/${s}`, `${folder}/${s}/${s}`, `${folder}/${s}.json`, `${folder}/${s}/${s}.png`, ...routeSamples]);
  for (const p of tokens.paths) {
    const cut = p.split(PATTERN_META)[0] ?? '';
    if (cut === folder || cut.startsWith(`${folder}/`)) {
      out.add(cut);
      out.add(cut.endsWith('/') ? cut + s : `${cut}/${s}`);
    } else if (cut.length > 1) out.add(folder + cut);
  }
  for (const raw of tokens.words) {
    const w = (raw.split(PATTERN_META)[0] ?? '').replace(/^\/+/, '');
    if (!w) continue;
    out.add(`${folder}/${w}`);
    out.add(`${folder}/${s}/${w}`);
    out.add(`${folder}/${w}/${s}`);
    if (/^[\w-]+$/.test(w)) out.add(`${folder}/${s}.${w}`);
  }
  return [...out];
}

// ---------------------------------------------------------------------------------------------
// Path patterns: Next.js `matcher` entries and Clerk's `createRouteMatcher` (path-to-regexp 6)
// ---------------------------------------------------------------------------------------------

type PathToken = string | { prefix: string; pattern: string; modifier: string };

/**
 * path-to-regexp 6's `pathToRegexp(pattern)` (what Next.js compiles `config.matcher` with, and Clerk its
 * route matchers): `:name`, `:name*`, `:name+`, `:name?`, `(regex)` groups, `\\` escapes, anchored, an
 * optional trailing delimiter. Undefined for what that version rejects or what this does not follow
 * (`{...}` groups): such a matcher then covers nothing.
 */
export function pathPatternToRegExp(source: string, flags = ''): RegExp | undefined {
  const tokens = parsePathPattern(source);
  if (!tokens) return undefined;
  const esc = (s: string) => s.replace(/[.+*?=^!:${}()[\]|/\\]/g, '\\$&');
  let route = '^';
  for (const t of tokens) {
    if (typeof t === 'string') {
      route += esc(t);
      continue;
    }
    const prefix = esc(t.prefix);
    if (prefix) {
      if (t.modifier === '+' || t.modifier === '*') {
        route += `(?:${prefix}((?:${t.pattern})(?:${prefix}(?:${t.pattern}))*))${t.modifier === '*' ? '?' : ''}`;
      } else {
        route += `(?:${prefix}(${t.pattern}))${t.modifier}`;
      }
    } else {
      if (t.modifier === '+' || t.modifier === '*') return undefined;
      route += `(${t.pattern})${t.modifier}`;
    }
  }
  route += '[\\/#\\?]?$';
  try {
    return new RegExp(route, flags);
  } catch {
    return undefined;
  }
}

function parsePathPattern(str: string): PathToken[] | undefined {
  type Lex = { type: 'MOD' | 'ESC' | 'NAME' | 'PATTERN' | 'CHAR' | 'END'; value: string };
  const lex: Lex[] = [];
  let i = 0;
  while (i < str.length) {
    const c = str[i]!;
    if (c === '*' || c === '+' || c === '?') {
      lex.push({ type: 'MOD', value: c });
      i++;
    } else if (c === '\\') {
      if (i + 1 >= str.length) return undefined;
      lex.push({ type: 'ESC', value: str[i + 1]! });
      i += 2;
    } else if (c === '{' || c === '}') {
      return undefined;
    } else if (c === ':') {
      const name = /^\w+/.exec(str.slice(i + 1))?.[0];
      if (!name) return undefined;
      lex.push({ type: 'NAME', value: name });
      i += 1 + name.length;
    } else if (c === '(') {
      let count = 1;
      let pattern = '';
      let j = i + 1;
      if (str[j] === '?') return undefined;
      while (j < str.length) {
        if (str[j] === '\\') {
          pattern += str[j]! + (str[j + 1] ?? '');
          j += 2;
          continue;
        }
        if (str[j] === ')') {
          count--;
          if (count === 0) {
            j++;
            break;
          }
        } else if (str[j] === '(') {
          count++;
          if (str[j + 1] !== '?') return undefined;
        }
        pattern += str[j++];
      }
      if (count !== 0 || !pattern) return undefined;
      lex.push({ type: 'PATTERN', value: pattern });
      i = j;
    } else {
      lex.push({ type: 'CHAR', value: c });
      i++;
    }
  }
  lex.push({ type: 'END', value: '' });
  const out: PathToken[] = [];
  let k = 0;
  let path = '';
  const take = (type: Lex['type']): string | undefined => (lex[k]?.type === type ? lex[k++]!.value : undefined);
  while (k < lex.length) {
    const char = take('CHAR');
    const name = take('NAME');
    const pattern = take('PATTERN');
    if (name !== undefined || pattern !== undefined) {
      let prefix = char ?? '';
      if (prefix !== '.' && prefix !== '/') {
        path += prefix;
        prefix = '';
      }
      if (path) {
        out.push(path);
        path = '';
      }
      out.push({ prefix, pattern: pattern ?? '[^\\/#\\?]+?', modifier: take('MOD') ?? '' });
      continue;
    }
    const value = char ?? take('ESC');
    if (value !== undefined) {
      path += value;
      continue;
    }
    if (path) {
      out.push(path);
      path = '';
    }
    if (take('END') === undefined) return undefined;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Parsing (never running) the middleware and the local modules it imports
// ---------------------------------------------------------------------------------------------

const VIRTUAL_ROOT = '/prodready-middleware';

/**
 * Finds the text of a module the app's code imports: `(importing file, specifier)` → its path and text, or
 * undefined when it is not the app's own or was not read. Synchronous: the caller reads the files first.
 */
export type ModuleResolver = (fromFile: string, specifier: string) => { readonly file: string; readonly text: string } | undefined;

interface Module {
  readonly file: string;
  readonly sourceCode: SourceCode;
  readonly resolve: ModuleResolver;
  /** The modules parsed for this analysis, by path (shared by every module of it). */
  readonly loaded: Map<string, Module | null>;
  /** Top-level `const` values, evaluated on first use. */
  readonly consts: Map<Variable, Val>;
}

const parseCache = new Map<string, SourceCode | null>();

/** A module's AST and scopes, parsed (never run) as TypeScript/JSX; undefined when it does not parse. Cached by text. */
export function parseModule(text: string, filename: string): SourceCode | undefined {
  const ext = /\.(?:[cm]?[jt]s|[jt]sx)$/.exec(filename)?.[0] ?? '.ts';
  const key = `${ext}\0${text}`;
  const hit = parseCache.get(key);
  if (hit !== undefined) return hit ?? undefined;
  let sourceCode: SourceCode | undefined;
  try {
    const linter = new Linter({ configType: 'flat', cwd: VIRTUAL_ROOT });
    const grab = {
      meta: { schema: [] },
      create(context: { sourceCode: SourceCode }) {
        sourceCode = context.sourceCode;
        return {};
      },
    };
    const messages = linter.verify(
      text,
      [
        {
          files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
          languageOptions: LANGUAGE_OPTIONS,
          plugins: { mw: { rules: { grab } } } as unknown as Linter.Config['plugins'],
          rules: { 'mw/grab': 'error' },
        },
      ],
      { filename: `${VIRTUAL_ROOT}/middleware${ext}` },
    );
    if (messages.some((m) => m.fatal)) sourceCode = undefined;
  } catch {
    sourceCode = undefined;
  }
  if (parseCache.size > 20) parseCache.clear();
  parseCache.set(key, sourceCode ?? null);
  return sourceCode;
}

/** The app's own modules a file imports (`./lib/x`, `../x`, `@/x`, `~/x`): the caller may read them for {@link analyzeMiddleware}. */
export function localImports(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/\b(?:import|export)\s[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g)) {
    const spec = m[1] ?? '';
    if (/^(?:\.{1,2}\/|@\/|~\/)/.test(spec)) out.add(spec);
  }
  return [...out].slice(0, 8);
}

// ---------------------------------------------------------------------------------------------
// Values of the evaluation: one request, to one path, with no credentials
// ---------------------------------------------------------------------------------------------

/** Not known: a condition on it is undecided. */
const UNKNOWN = { k: 'unknown' } as const;
/** The caller's session / user / token, or a part of it: absent for this request. */
const NO_AUTH = { k: 'noauth' } as const;

type Val =
  | typeof UNKNOWN
  | typeof NO_AUTH
  | typeof ENV
  | { readonly k: 'str'; readonly v: string }
  | { readonly k: 'num'; readonly v: number }
  | { readonly k: 'bool'; readonly v: boolean }
  | { readonly k: 'nullish' }
  | { readonly k: 'arr'; readonly items: readonly Val[] }
  | { readonly k: 'obj'; readonly props: ReadonlyMap<string, Val>; readonly rest: Val }
  | { readonly k: 'regex'; readonly re: RegExp }
  | { readonly k: 'fn'; readonly fn: FunctionNode; readonly mod: Module }
  /** A library function the evaluation knows (`createRouteMatcher`, Clerk's `auth`, `NextResponse`). */
  | { readonly k: 'lib'; readonly name: string }
  /** Clerk's `createRouteMatcher([...])`. */
  | { readonly k: 'matcher'; readonly res: readonly RegExp[] }
  /** The request (`req.nextUrl`, `req.auth`...). */
  | { readonly k: 'req'; readonly auth: boolean }
  /** A URL whose pathname is the request's (`req.nextUrl`, `new URL(req.url)`). */
  | { readonly k: 'url' }
  /** `req.url`: the absolute URL (`https://host/path?query`), never a path. */
  | { readonly k: 'absurl' }
  /** A response: `deny` when it ends the request before the route (a redirect, a 401, any body). */
  | { readonly k: 'response'; readonly deny: boolean };

/** A set environment variable: a non-empty string of unknown value. */
const ENV = { k: 'env' } as const;
/** The names of the variables that configure a service: `SUPABASE_URL`, `SUPABASE_ANON_KEY`, `AUTH_SECRET`. */
const SERVICE_ENV = /(?:URL|URI|KEY|SECRET|TOKEN)$/;

const str = (v: string): Val => ({ k: 'str', v });
const bool = (v: boolean): Val => ({ k: 'bool', v });
const NULLISH: Val = { k: 'nullish' };

/** The request ends here, refused (`auth.protect()`, a redirect). */
class Deny {}
/** An auth check threw (a token that does not verify): a `catch` may handle it, else the request fails. */
class Thrown {}
/** Something the evaluation does not follow decides: the middleware may let the request through. */
class Unsure {}

function truthy(v: Val): boolean | undefined {
  switch (v.k) {
    case 'str':
      return v.v !== '';
    case 'num':
      return v.v !== 0;
    case 'bool':
      return v.v;
    case 'nullish':
    case 'noauth':
      return false;
    case 'unknown':
      return undefined;
    default:
      return true;
  }
}

function same(a: Val, b: Val): boolean | undefined {
  if (a.k === 'noauth' || b.k === 'noauth') {
    const other = a.k === 'noauth' ? b : a;
    // An absent session's fields are null or undefined: equal to neither a string nor `true`.
    if (other.k === 'str' || other.k === 'num' || other.k === 'bool') return false;
    return undefined;
  }
  if ((a.k === 'str' || a.k === 'num' || a.k === 'bool') && a.k === b.k) return a.v === b.v;
  if ((a.k === 'str' || a.k === 'num' || a.k === 'bool') && (b.k === 'str' || b.k === 'num' || b.k === 'bool')) return false;
  if (a.k === 'nullish' && b.k === 'nullish') return true;
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// The analysis
// ---------------------------------------------------------------------------------------------

/** What the middleware's entry point is. */
type Entry =
  /** A function taking the request (`export function middleware(req)`, Auth.js `auth((req) => ...)`). */
  | {
      readonly kind: 'fn';
      readonly fn: FunctionNode;
      readonly mod: Module;
      readonly authReq: boolean;
      readonly clerkAuthParam: boolean;
      /** Auth.js `auth(fn)`: the config's `authorized` callback, when read; a response it answers with replaces `fn`. */
      readonly authorized?: { readonly fn: FunctionNode; readonly mod: Module; readonly open: readonly string[] };
    }
  /** next-auth's `withAuth` (or its default export): `authorized` decides, then the inner middleware. */
  | {
      readonly kind: 'withAuth';
      readonly authorized?: FunctionNode;
      readonly inner?: FunctionNode;
      readonly mod: Module;
      /** Paths next-auth's middleware never checks: its sign-in and error pages, `/_next`, `/favicon.ico`. */
      readonly skipped: readonly string[];
    }
  /** Clerk's older `authMiddleware({ publicRoutes, ignoredRoutes })`: everything else needs a session. */
  | { readonly kind: 'clerkAuthMiddleware'; readonly open: readonly RegExp[] }
  /**
   * Auth.js v5's `auth` itself as the middleware (`export { auth as middleware } from '@/auth'`): the
   * `authorized` callback of its config decides; a falsy answer redirects to the sign-in page, a response
   * it returns is the answer. It is not asked on `open` paths (its own actions and the config's pages).
   */
  | { readonly kind: 'authjs'; readonly authorized: FunctionNode; readonly mod: Module; readonly open: readonly string[] };

export interface MiddlewareAnalysis {
  /** Which auth library the middleware protects routes with (for the action's title), e.g. `Clerk`. */
  readonly library: string;
  /** Whether the middleware protects a route file (path relative to the app root). */
  protects(routeFile: string): boolean;
  /**
   * The folder holding the route file (relative to the app root, `src/app/(dashboard)/api/admin`) every route
   * under which the middleware protects: the deepest folder that is a `config.matcher` entry's own prefix
   * (`/api/admin/:path*`; `/api` for a matcher that runs for every path), when the middleware refuses every
   * signed-out request to every path under it (no public exception of its own falls inside). Undefined when
   * the route itself is not protected, or when unsure.
   */
  protectedFolder(routeFile: string): string | undefined;
}

/**
 * Analyses a middleware's text (`filename`: its path, relative to the app root or absolute). `resolve`
 * finds the app's own modules it imports (see {@link ModuleResolver}); without it they are not followed.
 * Undefined when the file does not parse, has no entry point this follows, or never calls an auth API.
 */
export function analyzeMiddleware(text: string, filename: string, resolve: ModuleResolver = () => undefined): MiddlewareAnalysis | undefined {
  const sourceCode = parseModule(text, filename);
  if (!sourceCode) return undefined;
  const loaded = new Map<string, Module | null>();
  const mod: Module = { file: filename, sourceCode, resolve, loaded, consts: new Map() };
  loaded.set(filename, mod);
  const program = sourceCode.ast;
  const matchers = readMatchers(program, text);
  if (matchers === 'unsure') return undefined;
  // The app's modules it imports, and theirs (a routes list, Supabase's `updateSession`), parsed up front.
  const queue = [mod];
  while (queue.length > 0) {
    const m = queue.shift()!;
    for (const spec of localImports(m.sourceCode.text)) {
      const before = loaded.size;
      const other = loadModule(m, spec);
      if (other && loaded.size > before) queue.push(other);
    }
  }
  const found = findEntry(mod);
  if (!found) return undefined;
  const { entry, library } = found;
  // The paths the auth library itself lets through (next-auth's sign-in page, Auth.js's actions and pages).
  const extra = entry.kind === 'withAuth' ? entry.skipped : entry.kind === 'authjs' ? entry.open : entry.kind === 'fn' ? (entry.authorized?.open ?? []) : [];
  // The path strings of the middleware and its modules, and those: the values a dynamic segment is tried with.
  const literals = [...collectPathLiterals([...loaded.values()].map((m) => m?.sourceCode.text ?? '')), ...extra];
  return {
    library,
    protects(routeFile: string): boolean {
      const url = routeUrlPath(routeFile);
      if (url === undefined) return false;
      const samples = samplePaths(url, literals);
      return samples.every((p) => (matchers === undefined || matchers.some((m) => m.re.test(p))) && deniesUnauthenticated(entry, p));
    },
    protectedFolder(routeFile: string): string | undefined {
      const url = routeUrlPath(routeFile);
      if (url === undefined || !this.protects(routeFile)) return undefined;
      const candidates = folderCandidates(matchers, url);
      if (candidates.length === 0) return undefined;
      const tokens = probeTokens(
        [...loaded.values()].flatMap((m) => (m ? [m.sourceCode] : [])),
        extra,
        (matchers ?? []).map((m) => m.source),
      );
      if (!tokens) return undefined;
      for (const urlFolder of candidates) {
        const folder = routeFolder(routeFile, urlFolder);
        if (folder === undefined) continue;
        const probes = folderProbes(urlFolder, tokens, samplePaths(url, literals));
        if (probes.every((p) => (matchers === undefined || matchers.some((m) => m.re.test(p))) && deniesUnauthenticated(entry, p))) return folder;
      }
      return undefined;
    },
  };
}

/** One `config.matcher` entry: its path pattern and the regex Next.js compiles it to. */
interface MatcherEntry {
  readonly source: string;
  readonly re: RegExp;
}

/** `config.matcher` as regexes: undefined when there is none (the middleware runs for every path). */
function readMatchers(program: TSESTree.Program, text: string): MatcherEntry[] | undefined | 'unsure' {
  for (const stmt of program.body) {
    if (stmt.type !== 'ExportNamedDeclaration' || stmt.declaration?.type !== 'VariableDeclaration') continue;
    for (const d of stmt.declaration.declarations) {
      if (d.id.type !== 'Identifier' || d.id.name !== 'config') continue;
      const init = d.init ? stripTs(d.init) : undefined;
      if (init?.type !== 'ObjectExpression') return 'unsure';
      const prop = init.properties.find((p): p is TSESTree.Property => p.type === 'Property' && getPropertyName(p) === 'matcher');
      if (!prop) return init.properties.some((p) => p.type === 'SpreadElement') ? 'unsure' : undefined;
      const value = stripTs(prop.value);
      const entries = value.type === 'ArrayExpression' ? value.elements : [value];
      const out: MatcherEntry[] = [];
      for (const e of entries) {
        if (!e || e.type === 'SpreadElement') return 'unsure';
        const el = stripTs(e);
        let source: string | undefined;
        if (el.type === 'Literal' && typeof el.value === 'string') source = el.value;
        else if (el.type === 'TemplateLiteral' && el.expressions.length === 0) source = el.quasis[0]?.value.cooked ?? undefined;
        else if (el.type === 'ObjectExpression') {
          // `{ source, has, missing }`: with a condition the middleware may not run for a request: it covers nothing.
          const names = el.properties.map((p) => (p.type === 'Property' ? getPropertyName(p) : undefined));
          if (names.some((n) => n === 'has' || n === 'missing' || n === undefined)) continue;
          const src = el.properties.find((p): p is TSESTree.Property => p.type === 'Property' && getPropertyName(p) === 'source');
          const v = src ? stripTs(src.value) : undefined;
          if (v?.type === 'Literal' && typeof v.value === 'string') source = v.value;
          else return 'unsure';
        } else return 'unsure';
        if (source === undefined) return 'unsure';
        const re = pathPatternToRegExp(source);
        if (re) out.push({ source, re });
      }
      return out;
    }
  }
  // `const config = {...}; export { config }`: not followed.
  if (/\bexport\s*\{[^}]*\bconfig\b/.test(text)) return 'unsure';
  return undefined;
}

function stripTs(node: Node): Node {
  let cur = node;
  while (cur.type === 'TSAsExpression' || cur.type === 'TSSatisfiesExpression' || cur.type === 'TSNonNullExpression' || cur.type === 'TSTypeAssertion') cur = cur.expression;
  return cur;
}

/** Every quoted string that starts with `/` in the given texts (the paths the middleware names). */
function collectPathLiterals(texts: readonly string[]): string[] {
  const out = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(/(['"`])(\/[^'"`\n]{0,200})\1/g)) out.add((m[2] ?? '').replace(/\\\\/g, '\\'));
  }
  return [...out].slice(0, 200);
}

const CLERK_MODULE = /^@clerk\/nextjs(?:\/server)?$/;
/** next-auth 4's middleware: its default sign-in and error pages, and the paths it never checks. */
const WITH_AUTH_SKIPPED: readonly string[] = ['/api/auth/signin', '/api/auth/error', '/_next', '/favicon.ico'];
const NEXT_AUTH_MIDDLEWARE = 'next-auth/middleware';

/** The middleware's entry point and the auth library it uses, when it authenticates in a way this follows. */
function findEntry(mod: Module): { entry: Entry; library: string } | undefined {
  const program = mod.sourceCode.ast;
  let exported: Node | undefined;
  for (const stmt of program.body) {
    if (stmt.type === 'ExportDefaultDeclaration') exported = stmt.declaration;
    else if (stmt.type === 'ExportNamedDeclaration') {
      // `export { default } from 'next-auth/middleware'`
      if (stmt.source?.value === NEXT_AUTH_MIDDLEWARE && stmt.specifiers.some((s) => s.local.type === 'Identifier' && s.local.name === 'default' && exportName(s) !== undefined && /^(?:default|middleware|proxy)$/.test(exportName(s) ?? ''))) {
        return { entry: { kind: 'withAuth', mod, skipped: WITH_AUTH_SKIPPED }, library: 'next-auth' };
      }
      // `export { auth as middleware } from '@/auth'` (Auth.js v5): the `auth` of the app's NextAuth config.
      if (stmt.source && typeof stmt.source.value === 'string' && /^(?:\.{1,2}\/|@\/|~\/)/.test(stmt.source.value)) {
        for (const sp of stmt.specifiers) {
          if (!/^(?:default|middleware|proxy)$/.test(exportName(sp) ?? '')) continue;
          const local = sp.local.type === 'Identifier' ? sp.local.name : String(sp.local.value);
          const other = loadModule(mod, stmt.source.value);
          return other ? authJsExport(other, local, 0) : undefined;
        }
      }
      if (stmt.declaration?.type === 'FunctionDeclaration' && /^(?:middleware|proxy)$/.test(stmt.declaration.id?.name ?? '')) exported ??= stmt.declaration;
      if (stmt.declaration?.type === 'VariableDeclaration') {
        for (const d of stmt.declaration.declarations) {
          if (d.id.type === 'Identifier' && /^(?:middleware|proxy)$/.test(d.id.name) && d.init) exported ??= d.init;
          // `export const { auth: middleware } = NextAuth(authConfig)`
          if (d.id.type === 'ObjectPattern' && d.init && d.id.properties.some((p) => p.type === 'Property' && getPropertyName(p) === 'auth' && p.value.type === 'Identifier' && /^(?:middleware|proxy)$/.test(p.value.name))) {
            return authJsEntry(mod, d.init);
          }
        }
      }
      if (!stmt.source) {
        for (const s of stmt.specifiers) {
          if (/^(?:default|middleware|proxy)$/.test(exportName(s) ?? '') && s.local.type === 'Identifier') exported ??= s.local;
        }
      }
    }
  }
  if (!exported) return undefined;
  return entryOf(mod, exported, 0);
}

function exportName(s: TSESTree.ExportSpecifier): string | undefined {
  return s.exported.type === 'Identifier' ? s.exported.name : String(s.exported.value);
}

function entryOf(mod: Module, node: Node, depth: number): { entry: Entry; library: string } | undefined {
  if (depth > 3) return undefined;
  const sc = mod.sourceCode;
  const n = stripTs(node);
  if (isFunction(n)) {
    return usesAuth(mod, n) ? { entry: { kind: 'fn', fn: n, mod, authReq: false, clerkAuthParam: false }, library: libraryOf(mod, n) } : undefined;
  }
  if (n.type === 'Identifier') {
    const v = findVariable(sc, n);
    const def = v?.defs[0];
    if (def?.type === 'FunctionName' && isFunction(def.node)) return entryOf(mod, def.node, depth + 1);
    if (def?.type === 'Variable' && def.node.type === 'VariableDeclarator' && def.node.init && def.node.id.type === 'Identifier') return entryOf(mod, def.node.init, depth + 1);
    // `const { auth } = NextAuth(authConfig); export default auth;`
    if (def?.type === 'Variable' && def.node.type === 'VariableDeclarator' && def.node.init && def.node.id.type === 'ObjectPattern' && destructuresAuth(def.node.id, n.name)) return authJsEntry(mod, def.node.init);
    // `import { auth } from '@/auth'; export default auth;`
    if (def?.type === 'ImportBinding') {
      const src = getImportSource(sc, n) ?? '';
      const name = getImportedName(sc, n);
      const other = name !== undefined && /^(?:\.{1,2}\/|@\/|~\/)/.test(src) ? loadModule(mod, src) : undefined;
      return other && name ? authJsExport(other, name, depth + 1) : undefined;
    }
    return undefined;
  }
  // `export default NextAuth(authConfig).auth`
  if (n.type === 'MemberExpression' && !n.computed && getPropertyName(n) === 'auth') return authJsEntry(mod, n.object);
  if (n.type !== 'CallExpression' || n.callee.type !== 'Identifier') return undefined;
  const callee = n.callee;
  const src = getImportSource(sc, callee) ?? '';
  const imported = getImportedName(sc, callee) ?? callee.name;
  const args = n.arguments.map((a) => (a.type === 'SpreadElement' ? undefined : stripTs(a)));
  if (CLERK_MODULE.test(src) && imported === 'clerkMiddleware') {
    const cb = args[0];
    if (!cb || !isFunction(cb)) return undefined; // `clerkMiddleware()` protects nothing by itself
    return { entry: { kind: 'fn', fn: cb, mod, authReq: false, clerkAuthParam: true }, library: 'Clerk' };
  }
  if (CLERK_MODULE.test(src) && imported === 'authMiddleware') {
    const opts = args[0];
    if (opts && opts.type !== 'ObjectExpression') return undefined;
    const open: RegExp[] = [];
    for (const p of opts?.properties ?? []) {
      if (p.type !== 'Property') return undefined;
      const name = getPropertyName(p);
      if (name === 'afterAuth' || name === 'beforeAuth' || name === undefined) return undefined;
      if (name !== 'publicRoutes' && name !== 'ignoredRoutes') continue;
      const list = routePatterns(mod, p.value as Node);
      if (!list) return undefined;
      open.push(...list);
    }
    return { entry: { kind: 'clerkAuthMiddleware', open }, library: 'Clerk' };
  }
  if (src === NEXT_AUTH_MIDDLEWARE && imported === 'withAuth') {
    let inner: FunctionNode | undefined;
    let options: Node | undefined;
    if (args[0] && isFunction(args[0])) {
      inner = args[0];
      options = args[1];
    } else options = args[0];
    let authorized: FunctionNode | undefined;
    const skipped = [...WITH_AUTH_SKIPPED];
    if (options) {
      if (options.type !== 'ObjectExpression') return undefined;
      // `pages: { signIn: '/login' }`: next-auth lets every path that starts with it through.
      const pages = options.properties.find((p): p is TSESTree.Property => p.type === 'Property' && getPropertyName(p) === 'pages');
      if (pages) {
        const value = stripTs(pages.value);
        if (value.type !== 'ObjectExpression') return undefined;
        for (const p of value.properties) {
          if (p.type !== 'Property') return undefined;
          const v = stripTs(p.value);
          if (v.type !== 'Literal' || typeof v.value !== 'string') return undefined;
          skipped.push(v.value);
        }
      }
      const callbacks = options.properties.find((p): p is TSESTree.Property => p.type === 'Property' && getPropertyName(p) === 'callbacks');
      if (callbacks) {
        const cbs = stripTs(callbacks.value);
        if (cbs.type !== 'ObjectExpression') return undefined;
        const a = cbs.properties.find((p) => p.type === 'Property' && getPropertyName(p) === 'authorized') as TSESTree.Property | undefined;
        if (a) {
          const fn = stripTs(a.value);
          if (!isFunction(fn)) return undefined;
          authorized = fn;
        } else if (cbs.properties.some((p) => p.type !== 'Property')) return undefined;
      }
    }
    return { entry: { kind: 'withAuth', authorized, inner, mod, skipped }, library: 'next-auth' };
  }
  // Auth.js v5: `auth((req) => ...)`, `auth` from the app's auth module or `const { auth } = NextAuth(config)`.
  if (imported === 'auth' && args[0] && isFunction(args[0])) {
    const fromAuthModule = (src !== '' && (AUTH_MODULE.test(src) || LOCAL_AUTH_MODULE.test(src))) || isNextAuthBinding(mod, callee);
    if (fromAuthModule) {
      // Its config's `authorized` callback runs first; a response it answers with is sent instead of `fn`'s.
      const other = /^(?:\.{1,2}\/|@\/|~\/)/.test(src) ? loadModule(mod, src) : undefined;
      const def = isNextAuthBinding(mod, callee) ? findVariable(sc, callee)?.defs[0] : undefined;
      const config = other ? authJsExport(other, imported, 0) : def?.node.type === 'VariableDeclarator' && def.node.init ? authJsEntry(mod, def.node.init) : undefined;
      const authorized = config?.entry.kind === 'authjs' ? { fn: config.entry.authorized, mod: config.entry.mod, open: config.entry.open } : undefined;
      return { entry: { kind: 'fn', fn: args[0], mod, authReq: true, clerkAuthParam: false, authorized }, library: 'Auth.js' };
    }
  }
  return undefined;
}

/** Whether a destructuring takes NextAuth's `auth` into `name` (`{ auth }`, `{ auth: middleware }`). */
function destructuresAuth(pattern: TSESTree.ObjectPattern, name: string): boolean {
  return pattern.properties.some((p) => p.type === 'Property' && getPropertyName(p) === 'auth' && p.value.type === 'Identifier' && p.value.name === name);
}

/**
 * What a module of the app exports as `name` when it is NextAuth's `auth`: `export const { auth } =
 * NextAuth({...})`, `const { auth } = NextAuth(config); export { auth }`, or a re-export of another module's.
 */
function authJsExport(mod: Module, name: string, depth: number): { entry: Entry; library: string } | undefined {
  if (depth > 3) return undefined;
  let local = name;
  for (const stmt of mod.sourceCode.ast.body) {
    if (stmt.type !== 'ExportNamedDeclaration' || stmt.declaration) continue;
    for (const sp of stmt.specifiers) {
      if (exportName(sp) !== name || sp.local.type !== 'Identifier') continue;
      if (!stmt.source) local = sp.local.name;
      else if (typeof stmt.source.value === 'string' && /^(?:\.{1,2}\/|@\/|~\/)/.test(stmt.source.value)) {
        const other = loadModule(mod, stmt.source.value);
        return other ? authJsExport(other, sp.local.name, depth + 1) : undefined;
      } else return undefined;
    }
  }
  for (const stmt of mod.sourceCode.ast.body) {
    const decl = stmt.type === 'ExportNamedDeclaration' ? stmt.declaration : stmt;
    if (decl?.type !== 'VariableDeclaration' || decl.kind !== 'const') continue;
    for (const d of decl.declarations) {
      if (d.init && d.id.type === 'ObjectPattern' && destructuresAuth(d.id, local)) return authJsEntry(mod, d.init);
    }
  }
  return undefined;
}

/**
 * Auth.js v5's `auth` used as the middleware, from the `NextAuth(config)` call that made it: protected
 * where the config's `authorized` callback refuses (read statically from the config object, its spreads
 * and the app's modules they come from). Undefined without an `authorized` callback (Auth.js then lets
 * every request through) or when the config is not a static object (`NextAuth((req) => ({...}))`).
 */
function authJsEntry(mod: Module, call: Node): { entry: Entry; library: string } | undefined {
  const n = stripTs(call);
  if (n.type !== 'CallExpression' || n.callee.type !== 'Identifier' || getImportSource(mod.sourceCode, n.callee) !== 'next-auth') return undefined;
  const arg = n.arguments[0];
  if (!arg || arg.type === 'SpreadElement') return undefined;
  const config = staticObject(mod, arg, 0);
  const callbacks = config?.get('callbacks');
  const cbs = callbacks ? staticObject(callbacks.mod, callbacks.node, 0) : undefined;
  const authorizedRef = cbs?.get('authorized');
  const authorized = authorizedRef ? functionOf(authorizedRef.mod, authorizedRef.node) : undefined;
  if (!config || !authorized) return undefined;
  // Auth.js never asks `authorized` on its own actions (`/api/auth/signin`, `/api/auth/session`...) nor on
  // the config's pages; a falsy answer redirects to `pages.signIn`.
  const pagesRef = config.get('pages');
  const pages = pagesRef ? staticObject(pagesRef.mod, pagesRef.node, 0) : new Map<string, { node: Node; mod: Module }>();
  const basePathRef = config.get('basePath');
  const basePath = basePathRef ? stringOf(basePathRef.node) : '/api/auth';
  if (!pages || basePath === undefined) return undefined;
  const open = new Set<string>();
  for (const base of new Set([basePath, '/api/auth'])) for (const action of AUTHJS_ACTIONS) open.add(`${base}/${action}`);
  for (const ref of pages.values()) {
    const page = stringOf(ref.node);
    if (page === undefined) return undefined;
    open.add(page);
  }
  return { entry: { kind: 'authjs', authorized: authorized.fn, mod: authorized.mod, open: [...open] }, library: 'Auth.js' };
}

/** The actions Auth.js answers itself under its base path. */
const AUTHJS_ACTIONS = ['providers', 'session', 'csrf', 'signin', 'signout', 'callback', 'verify-request', 'error'];

/** A string literal (or a template without expressions). */
function stringOf(node: Node): string | undefined {
  const v = stripTs(node);
  if (v.type === 'Literal' && typeof v.value === 'string') return v.value;
  return v.type === 'TemplateLiteral' && v.expressions.length === 0 ? (v.quasis[0]?.value.cooked ?? undefined) : undefined;
}

/** A function a property names: written in place, or a function (or `const` arrow) of the module. */
function functionOf(mod: Module, node: Node): { fn: FunctionNode; mod: Module } | undefined {
  const n = stripTs(node);
  if (isFunction(n)) return { fn: n, mod };
  const r = n.type === 'Identifier' ? resolveStatic(mod, n, 0) : undefined;
  if (r && isFunction(stripTs(r.node))) return { fn: stripTs(r.node) as FunctionNode, mod: r.mod };
  if (n.type === 'Identifier') {
    const def = findVariable(mod.sourceCode, n)?.defs[0];
    if (def?.type === 'FunctionName' && isFunction(def.node)) return { fn: def.node, mod };
  }
  return undefined;
}

/**
 * The properties of an object written in the app's code (`{ ...authConfig, callbacks: {...} }`), followed
 * through `const`s, spreads, member accesses and imports of the app's modules; undefined when any part of
 * it is not static (a computed key, a spread of a call).
 */
function staticObject(mod: Module, node: Node, depth: number): Map<string, { node: Node; mod: Module }> | undefined {
  if (depth > 5) return undefined;
  const n = stripTs(node);
  if (n.type === 'ObjectExpression') {
    const out = new Map<string, { node: Node; mod: Module }>();
    for (const p of n.properties) {
      if (p.type === 'SpreadElement') {
        const inner = staticObject(mod, p.argument, depth + 1);
        if (!inner) return undefined;
        for (const [k, v] of inner) out.set(k, v);
        continue;
      }
      const key = p.computed ? undefined : getPropertyName(p);
      if (key === undefined) return undefined;
      out.set(key, { node: p.value as Node, mod });
    }
    return out;
  }
  const r = resolveStatic(mod, n, depth + 1);
  return r ? staticObject(r.mod, r.node, depth + 1) : undefined;
}

/** The expression a `const`, an import of the app's module (named or default) or a static member access stands for. */
function resolveStatic(mod: Module, n: Node, depth: number): { node: Node; mod: Module } | undefined {
  if (depth > 5) return undefined;
  const sc = mod.sourceCode;
  if (n.type === 'MemberExpression' && !n.computed) {
    const key = getPropertyName(n);
    return key === undefined ? undefined : staticObject(mod, n.object, depth + 1)?.get(key);
  }
  if (n.type !== 'Identifier') return undefined;
  const def = findVariable(sc, n)?.defs[0];
  if (def?.type === 'Variable' && def.parent?.type === 'VariableDeclaration' && def.parent.kind === 'const' && def.node.id.type === 'Identifier' && def.node.init) return { node: def.node.init, mod };
  if (def?.type !== 'ImportBinding') return undefined;
  const src = getImportSource(sc, n) ?? '';
  const name = getImportedName(sc, n) ?? (def.node.type === 'ImportDefaultSpecifier' ? 'default' : undefined);
  const other = name !== undefined && /^(?:\.{1,2}\/|@\/|~\/)/.test(src) ? loadModule(mod, src) : undefined;
  if (!other || name === undefined) return undefined;
  if (name === 'default') {
    const d = other.sourceCode.ast.body.find((s): s is TSESTree.ExportDefaultDeclaration => s.type === 'ExportDefaultDeclaration');
    if (!d) return undefined;
    const decl = stripTs(d.declaration as Node);
    return decl.type === 'Identifier' ? resolveStatic(other, decl, depth + 1) : { node: decl, mod: other };
  }
  const local = exportedLocal(other.sourceCode.ast, name);
  if (local?.type === 'FunctionDeclaration') return { node: local, mod: other };
  return local?.init ? { node: local.init, mod: other } : undefined;
}

/** `const { auth } = NextAuth(config)`. */
function isNextAuthBinding(mod: Module, id: TSESTree.Identifier): boolean {
  const def = findVariable(mod.sourceCode, id)?.defs[0];
  if (def?.type !== 'Variable' || def.node.type !== 'VariableDeclarator') return false;
  const init = def.node.init ? stripTs(def.node.init) : undefined;
  return init?.type === 'CallExpression' && init.callee.type === 'Identifier' && getImportSource(mod.sourceCode, init.callee) === 'next-auth';
}

/** Whether a plain middleware function calls an auth API at all (directly or in a local module it calls). */
function usesAuth(mod: Module, fn: FunctionNode): boolean {
  let found = false;
  const visit = (node: Node, m: Module, depth: number): void => {
    if (found || depth > 2) return;
    const stack: Node[] = [node];
    while (stack.length > 0 && !found) {
      const cur = stack.pop()!;
      if (cur.type === 'CallExpression') {
        if (isAuthCall(m.sourceCode, cur) && !isPresenceOnly(m.sourceCode, cur)) {
          found = true;
          return;
        }
        if (cur.callee.type === 'Identifier') {
          const imp = importedFunction(m, cur.callee);
          if (imp) visit(imp.fn, imp.mod, depth + 1);
        }
      }
      for (const key of Object.keys(cur) as (keyof typeof cur)[]) {
        if (key === 'parent') continue;
        const child = cur[key] as unknown;
        if (Array.isArray(child)) for (const c of child) if (c && typeof (c as Node).type === 'string') stack.push(c as Node);
        if (child && typeof (child as Node).type === 'string') stack.push(child as Node);
      }
    }
  };
  visit(fn, mod, 0);
  return found;
}

function libraryOf(mod: Module, fn: FunctionNode): string {
  const text = mod.sourceCode.text;
  if (/@clerk\//.test(text)) return 'Clerk';
  if (/supabase|updateSession/i.test(text)) return 'Supabase';
  if (/next-auth|getToken|getServerSession/.test(text)) return 'next-auth';
  if (/\bauth\(\)/.test(mod.sourceCode.getText(fn))) return 'Auth.js';
  return 'an auth check';
}

/** better-auth's `getSessionCookie(req)`: whether a cookie is there, not whether it is valid. */
function isPresenceOnly(sc: SourceCode, call: TSESTree.CallExpression): boolean {
  return call.callee.type === 'Identifier' && /^(?:getSessionCookie|getCookieCache)$/.test(getImportedName(sc, call.callee) ?? call.callee.name);
}

/** An exported function of a local module the middleware imports (and the caller read). */
function importedFunction(mod: Module, id: TSESTree.Identifier): { fn: FunctionNode; mod: Module } | undefined {
  const v = importedValue(mod, id);
  return v?.k === 'fn' ? { fn: v.fn, mod: v.mod } : undefined;
}

/** The value an import of the app's own code names: an exported function or `const`, when its module was read. */
function importedValue(mod: Module, id: TSESTree.Identifier): Val | undefined {
  const src = getImportSource(mod.sourceCode, id);
  const name = getImportedName(mod.sourceCode, id);
  if (src === undefined || name === undefined) return undefined;
  const other = loadModule(mod, src);
  if (!other) return undefined;
  const local = exportedLocal(other.sourceCode.ast, name);
  if (!local) return undefined;
  if (local.type === 'FunctionDeclaration') return { k: 'fn', fn: local, mod: other };
  const init = local.init ? stripTs(local.init) : undefined;
  if (!init) return undefined;
  if (isFunction(init)) return { k: 'fn', fn: init, mod: other };
  try {
    return new Evaluator('/', 1).eval(init, other);
  } catch {
    return UNKNOWN;
  }
}

/** A module of the app's own code that `mod` imports, parsed once per analysis (at most 12). */
function loadModule(mod: Module, specifier: string): Module | undefined {
  let found: { file: string; text: string } | undefined;
  try {
    found = mod.resolve(mod.file, specifier);
  } catch {
    return undefined;
  }
  if (!found) return undefined;
  let other = mod.loaded.get(found.file);
  if (other === undefined) {
    if (mod.loaded.size > 12) return undefined;
    const sc = parseModule(found.text, found.file);
    other = sc ? { file: found.file, sourceCode: sc, resolve: mod.resolve, loaded: mod.loaded, consts: new Map() } : null;
    mod.loaded.set(found.file, other);
  }
  return other ?? undefined;
}

/** The top-level function or `const` declarator a module exports under `name`. */
export function exportedLocal(program: TSESTree.Program, name: string): TSESTree.FunctionDeclaration | TSESTree.VariableDeclarator | undefined {
  let local = name;
  for (const stmt of program.body) {
    if (stmt.type === 'ExportNamedDeclaration' && !stmt.declaration && !stmt.source) {
      for (const sp of stmt.specifiers) if (exportName(sp) === name && sp.local.type === 'Identifier') local = sp.local.name;
    }
  }
  for (const stmt of program.body) {
    const decl = stmt.type === 'ExportNamedDeclaration' ? stmt.declaration : stmt;
    if (!decl) continue;
    if (decl.type === 'FunctionDeclaration' && decl.id?.name === local) return decl;
    if (decl.type === 'VariableDeclaration' && decl.kind === 'const') {
      for (const d of decl.declarations) if (d.id.type === 'Identifier' && d.id.name === local) return d;
    }
  }
  return undefined;
}

/** Clerk route patterns (`['/sign-in(.*)', /^\/api\/public/]`): undefined when one is not a literal. */
function routePatterns(mod: Module, node: Node): RegExp[] | undefined {
  const v = new Evaluator('/', 0).eval(node, mod);
  const items = v.k === 'arr' ? v.items : v.k === 'str' || v.k === 'regex' ? [v] : undefined;
  if (!items) return undefined;
  const out: RegExp[] = [];
  for (const it of items) {
    if (it.k === 'regex') out.push(it.re);
    else if (it.k === 'str') {
      const re = pathPatternToRegExp(it.v, 'i');
      if (!re) return undefined;
      out.push(re);
    } else return undefined;
  }
  return out;
}

/** Whether, for a request to `path` with no credentials, every way through the middleware refuses it. */
function deniesUnauthenticated(entry: Entry, path: string): boolean {
  if (entry.kind === 'clerkAuthMiddleware') return !entry.open.some((re) => re.test(path));
  const ev = new Evaluator(path, 0);
  try {
    if (entry.kind === 'authjs') {
      if (entry.open.includes(path)) return false;
      // Refused for both the shapes Auth.js versions give a caller without a session: `auth` null, or an
      // object whose `user` is null.
      return AUTHJS_NO_SESSION.every((auth) => {
        const answer = authorizedAnswer(entry.authorized, entry.mod, path, auth);
        return answer.k === 'response' ? answer.deny : truthy(answer) === false;
      });
    }
    if (entry.kind === 'withAuth') {
      if (entry.skipped.some((p) => path.startsWith(p))) return false;
      if (entry.authorized) {
        const args = new Map<string, Val>([
          ['token', NO_AUTH],
          ['req', { k: 'req', auth: false }],
        ]);
        const allowed = truthy(ev.callWith(entry.authorized, entry.mod, [{ k: 'obj', props: args, rest: UNKNOWN }]));
        if (allowed === false) return true;
        if (allowed === undefined) return false;
      } else return true; // the default `authorized`: a token is required
      if (!entry.inner) return false;
      return ev.outcome(entry.inner, entry.mod, [{ k: 'req', auth: false }]) === 'deny';
    }
    const a = entry.authorized;
    if (a && !a.open.includes(path) && /\b(?:Response|NextResponse|redirect|rewrite)\b/.test(a.mod.sourceCode.getText(a.fn))) {
      // Auth.js: an `authorized` callback that can answer with a response decides first (`NextResponse.next()`
      // skips `fn`); one whose answer is not known leaves the request's fate unknown.
      const answers = AUTHJS_NO_SESSION.map((auth) => authorizedAnswer(a.fn, a.mod, path, auth));
      if (answers.some((v) => v.k === 'unknown' || (v.k === 'response' && !v.deny))) return false;
      if (answers.every((v) => v.k === 'response' && v.deny)) return true;
      if (answers.some((v) => v.k === 'response')) return false;
    }
    const params: Val[] = entry.clerkAuthParam ? [{ k: 'lib', name: 'clerk-auth' }, { k: 'req', auth: false }] : [{ k: 'req', auth: entry.authReq }];
    return ev.outcome(entry.fn, entry.mod, params) === 'deny';
  } catch {
    return false;
  }
}

/** What Auth.js passes as `auth` to `authorized` for a caller without a session (null, or `{ user: null, expires: null }` in early v5 betas). */
const AUTHJS_NO_SESSION: readonly Val[] = [NO_AUTH, { k: 'obj', props: new Map<string, Val>([['user', NO_AUTH], ['expires', NULLISH]]), rest: NULLISH }];

/** The answer of Auth.js's `authorized` callback for a request to `path` without a session. */
function authorizedAnswer(fn: FunctionNode, mod: Module, path: string, auth: Val): Val {
  const params = new Map<string, Val>([
    ['auth', auth],
    ['request', { k: 'req', auth: false }],
  ]);
  return new Evaluator(path, 0).callWith(fn, mod, [{ k: 'obj', props: params, rest: UNKNOWN }]);
}

type Outcome = 'deny' | 'next' | 'open';

/** Evaluates the middleware for one request path, with no credentials. */
class Evaluator {
  /** Inside a branch whose condition is not known: assignments make their variable unknown. */
  private uncertain = 0;
  private steps = 0;

  /**
   * `frame`: the values of the variables set so far, shared with the functions it calls (a callback reads
   * the variables of the function it is written in; each variable of the scope manager is its own key).
   */
  constructor(
    private readonly path: string,
    private readonly depth: number,
    private readonly frame = new Map<Variable, Val>(),
  ) {}

  /** How a function ends for this request: refused, or (possibly) let through. */
  outcome(fn: FunctionNode, mod: Module, args: readonly Val[]): Outcome {
    this.bindParams(fn, mod, args);
    if (fn.body.type !== 'BlockStatement') {
      return this.isDeny(this.eval(fn.body, mod)) ? 'deny' : 'open';
    }
    try {
      const r = this.execBlock(fn.body.body, mod);
      return r === 'deny' ? 'deny' : 'open';
    } catch (e) {
      if (e instanceof Deny || e instanceof Thrown) return 'deny';
      if (e instanceof Unsure) return 'open';
      throw e;
    }
  }

  /** A function's return value for this request (UNKNOWN when it cannot be followed). */
  callWith(fn: FunctionNode, mod: Module, args: readonly Val[]): Val {
    if (this.depth > 4) return UNKNOWN;
    const ev = new Evaluator(this.path, this.depth + 1, this.frame);
    ev.bindParams(fn, mod, args);
    if (fn.body.type !== 'BlockStatement') return ev.eval(fn.body, mod);
    let returned: Val | undefined;
    const r = ev.execBlock(fn.body.body, mod, (v) => {
      returned = v;
    });
    if (r === 'next') return NULLISH;
    return returned ?? UNKNOWN;
  }

  private bindParams(fn: FunctionNode, mod: Module, args: readonly Val[]): void {
    fn.params.forEach((p, i) => this.bind(p, args[i] ?? NULLISH, mod));
  }

  private bind(pattern: Node, value: Val, mod: Module): void {
    switch (pattern.type) {
      case 'Identifier': {
        const v = findVariable(mod.sourceCode, pattern);
        if (v) this.frame.set(v, value);
        return;
      }
      case 'AssignmentPattern':
        this.bind(pattern.left, value.k === 'nullish' ? this.eval(pattern.right, mod) : value, mod);
        return;
      case 'ObjectPattern':
        for (const p of pattern.properties) {
          if (p.type === 'RestElement') {
            this.bind(p.argument, UNKNOWN, mod);
            continue;
          }
          const key = p.computed ? undefined : p.key.type === 'Identifier' ? p.key.name : p.key.type === 'Literal' ? String(p.key.value) : undefined;
          this.bind(p.value, key === undefined ? UNKNOWN : this.member(value, key), mod);
        }
        return;
      case 'ArrayPattern':
        pattern.elements.forEach((e, i) => {
          if (e) this.bind(e, value.k === 'arr' ? (value.items[i] ?? NULLISH) : value.k === 'noauth' ? NO_AUTH : UNKNOWN, mod);
        });
        return;
      case 'TSParameterProperty':
        return;
      default:
        return;
    }
  }

  /** Runs statements; `onReturn` receives a returned value. */
  private execBlock(stmts: readonly TSESTree.Statement[], mod: Module, onReturn?: (v: Val) => void): Outcome {
    for (const s of stmts) {
      const r = this.exec(s, mod, onReturn);
      if (r !== 'next') return r;
    }
    return 'next';
  }

  private exec(s: TSESTree.Statement, mod: Module, onReturn?: (v: Val) => void): Outcome {
    if (++this.steps > 2000) throw new Unsure();
    switch (s.type) {
      case 'ExpressionStatement': {
        // A call whose value is dropped (`await initPolicies()`): only how it ends the request matters.
        const e = s.expression.type === 'AwaitExpression' ? s.expression.argument : s.expression;
        if (e.type === 'CallExpression') this.call(e, mod, false);
        else this.eval(s.expression, mod);
        return 'next';
      }
      case 'VariableDeclaration':
        for (const d of s.declarations) this.bind(d.id, d.init ? this.eval(d.init, mod) : NULLISH, mod);
        return 'next';
      case 'ReturnStatement': {
        const v = s.argument ? this.eval(s.argument, mod) : NULLISH;
        onReturn?.(v);
        return this.isDeny(v) ? 'deny' : 'open';
      }
      case 'ThrowStatement':
        throw new Deny();
      case 'BlockStatement':
        return this.execBlock(s.body, mod, onReturn);
      case 'IfStatement': {
        const t = truthy(this.eval(s.test, mod));
        if (t === true) return this.exec(s.consequent, mod, onReturn);
        if (t === false) return s.alternate ? this.exec(s.alternate, mod, onReturn) : 'next';
        // Not known for this request: both branches may run. In a called function, a value returned in one
        // of them is not known either.
        const unsure = onReturn
          ? () => {
              throw new Unsure();
            }
          : undefined;
        this.uncertain++;
        try {
          const a = this.branch(s.consequent, mod, unsure);
          const b = s.alternate ? this.branch(s.alternate, mod, unsure) : 'next';
          if (a === 'open' || b === 'open') return 'open';
          if (a === 'deny' && b === 'deny') return 'deny';
          return 'next';
        } finally {
          this.uncertain--;
        }
      }
      case 'TryStatement': {
        if (s.finalizer && containsExit(s.finalizer)) throw new Unsure();
        try {
          return this.exec(s.block, mod, onReturn);
        } catch (e) {
          // A refusal that throws (`auth.protect()`, a failed `jwtVerify`) is the catch block's to handle.
          if (!(e instanceof Thrown || e instanceof Deny) || !s.handler) throw e;
          if (s.handler.param) this.bind(s.handler.param, UNKNOWN, mod);
          return this.exec(s.handler.body, mod, onReturn);
        }
      }
      case 'FunctionDeclaration':
      case 'EmptyStatement':
      case 'TSTypeAliasDeclaration':
      case 'TSInterfaceDeclaration':
        return 'next';
      default:
        // Loops, switches, labels: followed only when they cannot end the request.
        if (containsExit(s)) throw new Unsure();
        return 'next';
    }
  }

  /** A branch under an unknown condition: a refusal in it ends only that branch. */
  private branch(s: TSESTree.Statement, mod: Module, onReturn?: (v: Val) => void): Outcome {
    try {
      return this.exec(s, mod, onReturn);
    } catch (e) {
      if (e instanceof Deny || e instanceof Thrown) return 'deny';
      throw e;
    }
  }

  private isDeny(v: Val): boolean {
    return v.k === 'response' && v.deny;
  }

  eval(node: Node, mod: Module): Val {
    if (++this.steps > 2000) throw new Unsure();
    const sc = mod.sourceCode;
    switch (node.type) {
      case 'Literal':
        if (typeof node.value === 'string') return str(node.value);
        if (typeof node.value === 'number') return { k: 'num', v: node.value };
        if (typeof node.value === 'boolean') return bool(node.value);
        if (node.value === null) return NULLISH;
        if ('regex' in node && node.regex) {
          try {
            return { k: 'regex', re: new RegExp(node.regex.pattern, node.regex.flags.replace(/[gy]/g, '')) };
          } catch {
            return UNKNOWN;
          }
        }
        return UNKNOWN;
      case 'TemplateLiteral': {
        let out = node.quasis[0]?.value.cooked ?? '';
        for (let i = 0; i < node.expressions.length; i++) {
          const v = this.eval(node.expressions[i]!, mod);
          if (v.k !== 'str' && v.k !== 'num') return UNKNOWN;
          out += String(v.v) + (node.quasis[i + 1]?.value.cooked ?? '');
        }
        return str(out);
      }
      case 'Identifier':
        return this.lookup(node, mod);
      case 'TSAsExpression':
      case 'TSSatisfiesExpression':
      case 'TSNonNullExpression':
      case 'TSTypeAssertion':
      case 'TSInstantiationExpression':
      case 'ChainExpression':
        return this.eval(node.expression, mod);
      case 'AwaitExpression':
        return this.eval(node.argument, mod);
      case 'ArrayExpression':
        return { k: 'arr', items: node.elements.map((e) => (e && e.type !== 'SpreadElement' ? this.eval(e, mod) : UNKNOWN)) };
      case 'ObjectExpression': {
        const props = new Map<string, Val>();
        for (const p of node.properties) {
          if (p.type !== 'Property') return { k: 'obj', props, rest: UNKNOWN };
          const key = getPropertyName(p);
          if (key === undefined) return { k: 'obj', props, rest: UNKNOWN };
          props.set(key, isFunction(p.value) ? { k: 'fn', fn: p.value, mod } : this.eval(p.value, mod));
        }
        return { k: 'obj', props, rest: NULLISH };
      }
      case 'ArrowFunctionExpression':
      case 'FunctionExpression':
        return { k: 'fn', fn: node, mod };
      case 'UnaryExpression': {
        if (node.operator === '!') {
          const t = truthy(this.eval(node.argument, mod));
          return t === undefined ? UNKNOWN : bool(!t);
        }
        if (node.operator === 'void') return NULLISH;
        return UNKNOWN;
      }
      case 'LogicalExpression': {
        const l = this.eval(node.left, mod);
        if (node.operator === '??') return l.k === 'nullish' || l.k === 'noauth' ? this.eval(node.right, mod) : l.k === 'unknown' ? UNKNOWN : l;
        const t = truthy(l);
        if (node.operator === '&&') {
          if (t === false) return l;
          const r = this.eval(node.right, mod);
          if (t === true) return r;
          return truthy(r) === false ? bool(false) : UNKNOWN;
        }
        if (t === true) return l;
        const r = this.eval(node.right, mod);
        if (t === false) return r;
        return truthy(r) === true ? bool(true) : UNKNOWN;
      }
      case 'ConditionalExpression': {
        const t = truthy(this.eval(node.test, mod));
        if (t === true) return this.eval(node.consequent, mod);
        if (t === false) return this.eval(node.alternate, mod);
        const a = this.eval(node.consequent, mod);
        const b = this.eval(node.alternate, mod);
        if (this.isDeny(a) && this.isDeny(b)) return a;
        return UNKNOWN;
      }
      case 'BinaryExpression': {
        const l = this.eval(node.left as Node, mod);
        const r = this.eval(node.right, mod);
        switch (node.operator) {
          case '===':
          case '==': {
            const s = node.operator === '==' && (l.k === 'nullish' || r.k === 'nullish') ? looseNull(l, r) : same(l, r);
            return s === undefined ? UNKNOWN : bool(s);
          }
          case '!==':
          case '!=': {
            const s = node.operator === '!=' && (l.k === 'nullish' || r.k === 'nullish') ? looseNull(l, r) : same(l, r);
            return s === undefined ? UNKNOWN : bool(!s);
          }
          case '+':
            if ((l.k === 'str' || l.k === 'num') && (r.k === 'str' || r.k === 'num')) {
              return l.k === 'num' && r.k === 'num' ? { k: 'num', v: l.v + r.v } : str(String(l.v) + String(r.v));
            }
            return UNKNOWN;
          default:
            return UNKNOWN;
        }
      }
      case 'MemberExpression': {
        // `process.env.NEXT_PUBLIC_SUPABASE_URL`: a service's URL, key or secret is set in a deployment that
        // works at all (the auth service cannot be reached without it); its value is not known. Any other
        // variable (`DISABLE_AUTH`, `NODE_ENV`) may be anything.
        if (node.object.type === 'MemberExpression' && node.object.object.type === 'Identifier' && node.object.object.name === 'process' && getPropertyName(node.object) === 'env') {
          const name = getPropertyName(node);
          return name !== undefined && SERVICE_ENV.test(name) && !/DISABLE|ENABLE|SKIP|BYPASS|MOCK|DEV|TEST/.test(name) ? ENV : UNKNOWN;
        }
        const obj = this.eval(node.object, mod);
        const key = node.computed ? this.eval(node.property, mod) : str(node.property.type === 'Identifier' ? node.property.name : '');
        if (key.k !== 'str' && key.k !== 'num') return obj.k === 'noauth' ? NO_AUTH : UNKNOWN;
        return this.member(obj, String(key.v));
      }
      case 'NewExpression': {
        const callee = node.callee.type === 'Identifier' ? node.callee.name : '';
        if (callee === 'URL') {
          const a = node.arguments[0];
          const v = a && a.type !== 'SpreadElement' ? this.eval(a, mod) : UNKNOWN;
          // `new URL(req.url)` keeps the request's path; `new URL('/login', req.url)` is another URL.
          return node.arguments.length === 1 && v.k === 'absurl' ? { k: 'url' } : UNKNOWN;
        }
        if ((callee === 'Response' || callee === 'NextResponse') && isGlobalOrNext(sc, node.callee)) return { k: 'response', deny: true };
        if (callee === 'RegExp') {
          const a = node.arguments[0];
          const f = node.arguments[1];
          const p = a && a.type !== 'SpreadElement' ? this.eval(a, mod) : UNKNOWN;
          const fl = f && f.type !== 'SpreadElement' ? this.eval(f, mod) : str('');
          if (p.k === 'str' && fl.k === 'str') {
            try {
              return { k: 'regex', re: new RegExp(p.v, fl.v.replace(/[gy]/g, '')) };
            } catch {
              return UNKNOWN;
            }
          }
        }
        return UNKNOWN;
      }
      case 'CallExpression':
        return this.call(node, mod);
      case 'AssignmentExpression': {
        const v = this.eval(node.right, mod);
        if (node.left.type === 'Identifier') {
          const variable = findVariable(sc, node.left);
          if (variable) this.frame.set(variable, this.uncertain > 0 || node.operator !== '=' ? UNKNOWN : v);
        }
        return v;
      }
      case 'SequenceExpression': {
        let last: Val = UNKNOWN;
        for (const e of node.expressions) last = this.eval(e, mod);
        return last;
      }
      default:
        return UNKNOWN;
    }
  }

  private lookup(id: TSESTree.Identifier, mod: Module): Val {
    if (id.name === 'undefined') return NULLISH;
    const sc = mod.sourceCode;
    const variable = findVariable(sc, id);
    if (!variable) {
      if (id.name === 'Response') return { k: 'lib', name: 'NextResponse' };
      return UNKNOWN;
    }
    const hit = this.frame.get(variable);
    if (hit) return hit;
    const def = variable.defs[0];
    if (!def) return UNKNOWN;
    if (def.type === 'FunctionName' && isFunction(def.node)) return { k: 'fn', fn: def.node, mod };
    if (def.type === 'ImportBinding') {
      const src = getImportSource(sc, id) ?? '';
      const name = getImportedName(sc, id) ?? (def.node.type === 'ImportDefaultSpecifier' ? 'default' : '');
      if (src === 'next/server' && name === 'NextResponse') return { k: 'lib', name: 'NextResponse' };
      if (CLERK_MODULE.test(src) && name === 'createRouteMatcher') return { k: 'lib', name: 'createRouteMatcher' };
      if (CLERK_MODULE.test(src) && name === 'auth') return { k: 'lib', name: 'clerk-auth' };
      return importedValue(mod, id) ?? UNKNOWN;
    }
    if (def.type === 'Variable' && def.parent?.type === 'VariableDeclaration' && def.parent.kind === 'const' && variable.scope.type === 'module') {
      const cached = mod.consts.get(variable);
      if (cached) return cached;
      const decl = def.node;
      // A `const` of the module: its value, once (a destructured one is not followed).
      const v = decl.id.type === 'Identifier' && decl.init ? new Evaluator(this.path, this.depth + 1).evalConst(decl.init, mod) : UNKNOWN;
      mod.consts.set(variable, v);
      return v;
    }
    return UNKNOWN;
  }

  /** A module constant: functions stay closures; path-dependent values are never cached (matchers are path-free). */
  private evalConst(init: Node, mod: Module): Val {
    const n = stripTs(init);
    if (isFunction(n)) return { k: 'fn', fn: n, mod };
    return this.eval(n, mod);
  }

  private member(obj: Val, key: string): Val {
    switch (obj.k) {
      case 'noauth':
        return NO_AUTH;
      case 'nullish':
        return NULLISH;
      case 'obj':
        return obj.props.get(key) ?? obj.rest;
      case 'arr':
        if (key === 'length') return { k: 'num', v: obj.items.length };
        if (/^\d+$/.test(key)) return obj.items[Number(key)] ?? NULLISH;
        return UNKNOWN;
      case 'str':
        if (key === 'length') return { k: 'num', v: obj.v.length };
        return UNKNOWN;
      case 'req':
        if (key === 'nextUrl') return { k: 'url' };
        if (key === 'url') return { k: 'absurl' };
        if (key === 'auth' && obj.auth) return NO_AUTH;
        if (key === 'nextauth') return { k: 'obj', props: new Map([['token', NO_AUTH]]), rest: UNKNOWN };
        return UNKNOWN;
      case 'url':
        if (key === 'pathname') return str(this.path);
        if (key === 'clone') return { k: 'lib', name: 'url.clone' };
        return UNKNOWN;
      case 'lib':
        if (obj.name === 'clerk-auth' && key === 'protect') return { k: 'lib', name: 'deny' };
        if (obj.name === 'NextResponse') return { k: 'lib', name: `NextResponse.${key}` };
        return UNKNOWN;
      default:
        return UNKNOWN;
    }
  }

  private call(node: TSESTree.CallExpression, mod: Module, valueUsed = true): Val {
    const sc = mod.sourceCode;
    const callee = node.callee;
    const args = () => node.arguments.map((a) => (a.type === 'SpreadElement' ? UNKNOWN : this.eval(a, mod)));
    // String methods on a known string (the path): startsWith, endsWith, includes, match, ...
    if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier') {
      const method = callee.property.name;
      const objNode = callee.object;
      // `supabase.auth.getUser()`: `{ data: { user: null } }` for a caller without a session. Not
      // `getSession()`: it reads the session cookie without verifying it (Supabase: never trust it on the
      // server), so a forged cookie passes, as with any cookie presence check.
      if (objNode.type === 'MemberExpression' && !objNode.computed && objNode.property.type === 'Identifier' && objNode.property.name === 'auth' && /^(?:getUser|getSession|getClaims)$/.test(method) && /supabase|client/i.test(sc.getText(objNode.object))) {
        if (method === 'getSession') return UNKNOWN;
        const field = method === 'getUser' ? 'user' : 'claims';
        return { k: 'obj', props: new Map<string, Val>([['data', { k: 'obj', props: new Map([[field, NO_AUTH]]), rest: UNKNOWN }]]), rest: UNKNOWN };
      }
      const obj = this.eval(objNode, mod);
      if (obj.k === 'str') return this.stringMethod(obj.v, method, args());
      if (obj.k === 'absurl') {
        // `req.url.startsWith('/api/webhook')` is never true (chat-with-pdf's middleware); what the URL
        // contains besides the path (host, query) is not known.
        const [a] = args();
        if (a?.k !== 'str') return UNKNOWN;
        if (method === 'startsWith' && a.v.startsWith('/')) return bool(false);
        if (method === 'includes' && this.path.includes(a.v)) return bool(true);
        return UNKNOWN;
      }
      if (obj.k === 'regex' && method === 'test') {
        const [s] = args();
        return s?.k === 'str' ? bool(obj.re.test(s.v)) : UNKNOWN;
      }
      if (obj.k === 'arr') return this.arrayMethod(obj.items, method, args(), mod);
      if (obj.k === 'lib' && obj.name === 'NextResponse') {
        if (method === 'next') return { k: 'response', deny: false };
        if (method === 'rewrite') return UNKNOWN;
        if (method === 'redirect' || method === 'json' || method === 'error') return { k: 'response', deny: true };
        return UNKNOWN;
      }
      if (obj.k === 'lib' && obj.name === 'clerk-auth' && method === 'protect') throw new Deny();
      if (obj.k === 'url' && method === 'clone') return { k: 'url' };
      if (obj.k === 'obj') {
        const f = obj.props.get(method);
        if (f?.k === 'lib' && f.name === 'deny') throw new Deny();
        if (f?.k === 'fn') return this.invoke(f, args());
      }
      // `auth().protect()` (Clerk v5).
      if (method === 'protect' && obj.k === 'obj' && obj.props.get('protect')?.k === 'lib') throw new Deny();
      if (method === 'redirect') return { k: 'response', deny: true };
    }
    if (callee.type === 'Identifier' && callee.name === 'Boolean' && !findVariable(sc, callee)) {
      const t = truthy(args()[0] ?? NULLISH);
      return t === undefined ? UNKNOWN : bool(t);
    }
    // What the callee is, when the evaluation knows it: a route matcher, Clerk's `auth`, the app's own function.
    const f = callee.type === 'Identifier' ? this.eval(callee, mod) : UNKNOWN;
    if (f.k === 'lib') {
      if (f.name === 'deny') throw new Deny();
      if (f.name === 'createRouteMatcher') {
        const [a] = node.arguments;
        const res = a && a.type !== 'SpreadElement' ? routePatterns(mod, a) : undefined;
        return res ? { k: 'matcher', res } : UNKNOWN;
      }
      if (f.name === 'clerk-auth') {
        // Clerk's `auth()`: an object whose ids are null, with `redirectToSignIn()` and `protect()`.
        return {
          k: 'obj',
          props: new Map<string, Val>([
            ['redirectToSignIn', { k: 'lib', name: 'deny' }],
            ['protect', { k: 'lib', name: 'deny' }],
            ['isAuthenticated', bool(false)],
          ]),
          rest: NO_AUTH,
        };
      }
    }
    if (f.k === 'matcher') {
      const [r] = args();
      return r?.k === 'req' ? bool(f.res.some((re) => re.test(this.path))) : UNKNOWN;
    }
    if (f.k === 'fn') return this.invoke(f, args(), valueUsed);
    if (isAuthCall(sc, node) && !isPresenceOnly(sc, node)) {
      // A token verification throws for a caller without a valid one (`jwtVerify`, `jwt.verify`); other auth
      // APIs answer with no session.
      const name = callee.type === 'MemberExpression' && callee.property.type === 'Identifier' ? callee.property.name : callee.type === 'Identifier' ? (getImportedName(sc, callee) ?? callee.name) : '';
      if (/^(?:jwtVerify|verify)$/.test(name)) throw new Thrown();
      return NO_AUTH;
    }
    return UNKNOWN;
  }

  /** Calls a function of the app: its refusal is this request's; its value is returned. */
  private invoke(f: { fn: FunctionNode; mod: Module }, args: readonly Val[], valueUsed = true): Val {
    if (this.depth > 4) return UNKNOWN;
    const ev = new Evaluator(this.path, this.depth + 1, this.frame);
    ev.uncertain = this.uncertain;
    ev.bindParams(f.fn, f.mod, args);
    if (f.fn.body.type !== 'BlockStatement') return ev.eval(f.fn.body, f.mod);
    let returned: Val | undefined;
    // Its value dropped, a `return` under a condition not known only ends the function.
    const r = ev.execBlock(
      f.fn.body.body,
      f.mod,
      valueUsed
        ? (v) => {
            returned = v;
          }
        : undefined,
    );
    if (r === 'next') return NULLISH;
    return returned ?? UNKNOWN;
  }

  private stringMethod(s: string, method: string, args: readonly Val[]): Val {
    const [a, b] = args;
    const arg = a?.k === 'str' ? a.v : undefined;
    switch (method) {
      case 'startsWith':
        return arg === undefined || b !== undefined ? UNKNOWN : bool(s.startsWith(arg));
      case 'endsWith':
        return arg === undefined || b !== undefined ? UNKNOWN : bool(s.endsWith(arg));
      case 'includes':
        return arg === undefined || b !== undefined ? UNKNOWN : bool(s.includes(arg));
      case 'toLowerCase':
        return str(s.toLowerCase());
      case 'match':
        return a?.k === 'regex' ? (a.re.test(s) ? { k: 'arr', items: [str(s)] } : NULLISH) : UNKNOWN;
      case 'split':
        return arg === undefined ? UNKNOWN : { k: 'arr', items: s.split(arg).map(str) };
      default:
        return UNKNOWN;
    }
  }

  private arrayMethod(items: readonly Val[], method: string, args: readonly Val[], mod: Module): Val {
    void mod;
    const [a] = args;
    if (method === 'includes') {
      if (!a) return UNKNOWN;
      let unknown = false;
      for (const it of items) {
        const s = same(it, a);
        if (s === true) return bool(true);
        if (s === undefined) unknown = true;
      }
      return unknown ? UNKNOWN : bool(false);
    }
    if ((method === 'some' || method === 'every' || method === 'find') && a?.k === 'fn') {
      let unknown = false;
      for (const it of items) {
        const t = truthy(this.invoke(a, [it]));
        if (t === undefined) unknown = true;
        else if (method === 'some' && t) return bool(true);
        else if (method === 'find' && t) return unknown ? UNKNOWN : it;
        else if (method === 'every' && !t) return bool(false);
      }
      if (unknown) return UNKNOWN;
      return method === 'every' ? bool(true) : method === 'some' ? bool(false) : NULLISH;
    }
    return UNKNOWN;
  }
}

function looseNull(l: Val, r: Val): boolean | undefined {
  const other = l.k === 'nullish' ? r : l;
  if (other.k === 'nullish' || other.k === 'noauth') return true;
  if (other.k === 'unknown') return undefined;
  return false;
}

function isGlobalOrNext(sc: SourceCode, id: Node): boolean {
  if (id.type !== 'Identifier') return false;
  const v = findVariable(sc, id);
  if (!v || v.defs.length === 0) return true;
  return getImportSource(sc, id) === 'next/server';
}

/** Whether a statement can end the request (a `return` or `throw` outside nested functions). */
function containsExit(node: Node): boolean {
  const stack: Node[] = [node];
  while (stack.length > 0) {
    const cur = stack.pop()!;
    if (cur.type === 'ReturnStatement' || cur.type === 'ThrowStatement') return true;
    if (cur !== node && isFunction(cur)) continue;
    for (const key of Object.keys(cur) as (keyof typeof cur)[]) {
      if (key === 'parent') continue;
      const child = cur[key] as unknown;
      if (Array.isArray(child)) for (const c of child) if (c && typeof (c as Node).type === 'string') stack.push(c as Node);
      if (child && typeof (child as Node).type === 'string') stack.push(child as Node);
    }
  }
  return false;
}
