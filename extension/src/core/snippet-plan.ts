// Plans "Insert hardened snippet" without `vscode`:
//  - a snippet with a helper module (`@helper lib/x.ts`): where the app keeps it (src/lib/… or lib/…),
//    whether it exists already (reused, never overwritten), the import path (`@/lib/x` when the
//    tsconfig/jsconfig maps `@/*`, else relative), and the call-site rewrite: the rule's suggestion
//    that uses the helper (see pickSuggestion), linted again with `settings.prodready.helperModules[id]`
//    = that import path;
//  - a snippet that is a whole file (`@file app/api/session/route.ts`) planned for a finding in another
//    kind of file (a client page calling the route): the file is created where the app keeps its routes
//    (src/app/… or app/…, `.js` in a JavaScript app; an existing file is reused when it exports what
//    the call needs, else left alone), and the rule's suggestion that calls its URL is applied;
//  - any other snippet: its imports merged at the top, its body inserted before the statement of the
//    finding (or before the top-level statement, or at the end), checked to parse.
import { posix } from 'node:path';
import type { LintMessage, Snippet } from './lint-core';
import { parseProgram, parses } from './lint-core';
import { sameFinding } from './diagnostics';
import { fixToEdit } from './code-actions';
import { LineIndex, type PlainEdit, type PlainPosition, type PlainRange } from './text';
import { importForFile, isCommonJsFile, toCommonJsModule } from '../../../eslint-plugin/src/utils/snippets';
import type { TSESTree } from '@typescript-eslint/utils';

/** The file system, as the planner needs it. Paths are absolute and use `/` (VS Code `Uri.path`). */
export interface FsHost {
  exists(path: string): Promise<boolean>;
  readText(path: string): Promise<string | undefined>;
}

const TS_FILE = /\.(?:ts|tsx|mts|cts)$/;

/** The app the file belongs to: the nearest folder with a package.json, up to the workspace folder. */
export async function findAppRoot(docPath: string, folderPath: string | undefined, fs: FsHost): Promise<string> {
  const stop = folderPath?.replace(/\/+$/, '');
  let dir = posix.dirname(docPath);
  for (let i = 0; i < 30; i++) {
    if (await fs.exists(posix.join(dir, 'package.json'))) return dir;
    if ((stop !== undefined && dir === stop) || dir === '/' || posix.dirname(dir) === dir) break;
    if (stop !== undefined && !dir.startsWith(`${stop}/`)) break;
    dir = posix.dirname(dir);
  }
  return stop ?? posix.dirname(docPath);
}

/** The folder helper paths are relative to: `<app>/src` when the app keeps its code there, else `<app>`. */
export async function sourceRoot(appRoot: string, fs: FsHost): Promise<string> {
  for (const d of ['src/app', 'src/pages', 'src/lib']) {
    if (await fs.exists(posix.join(appRoot, d))) return posix.join(appRoot, 'src');
  }
  return appRoot;
}

/** Removes comments and trailing commas from JSONC (tsconfig.json) text. */
export function stripJsonc(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (ch === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
    } else {
      out += ch;
      i++;
    }
  }
  return out.replace(/,(\s*[}\]])/g, '$1');
}

export interface PathAlias {
  /** `@/` */
  readonly prefix: string;
  /** The folder `@/*` points to. */
  readonly dir: string;
}

/** The `@/*` path alias of the app's tsconfig.json / jsconfig.json (no `extends` following). */
export async function readAlias(appRoot: string, fs: FsHost): Promise<PathAlias | undefined> {
  for (const name of ['tsconfig.json', 'jsconfig.json']) {
    const file = posix.join(appRoot, name);
    const text = await fs.readText(file);
    if (text === undefined) continue;
    try {
      const json = JSON.parse(stripJsonc(text)) as { compilerOptions?: { baseUrl?: string; paths?: Record<string, string[]> } };
      const target = json.compilerOptions?.paths?.['@/*']?.[0];
      if (typeof target !== 'string' || !target.endsWith('*')) continue;
      const base = posix.join(appRoot, json.compilerOptions?.baseUrl ?? '.');
      return { prefix: '@/', dir: posix.join(base, target.slice(0, -1)).replace(/\/+$/, '') };
    } catch {
      continue;
    }
  }
  return undefined;
}

/** The import specifier of `file` from `fromFile`: through the alias when it covers the file, else relative. */
export function importSpecifier(fromFile: string, file: string, alias: PathAlias | undefined): string {
  let target = file.replace(/\.(?:tsx?|jsx?)$/, '').replace(/\.mts$/, '.mjs').replace(/\.cts$/, '.cjs');
  target = target.replace(/\/index$/, '');
  if (alias && target.startsWith(`${alias.dir}/`)) return alias.prefix + target.slice(alias.dir.length + 1);
  const rel = posix.relative(posix.dirname(fromFile), target);
  return rel.startsWith('.') ? rel : `./${rel}`;
}

/** Whether a module's text exports every name (declarations and `export { }` lists). */
export function exportsNames(text: string, names: readonly string[]): boolean {
  return names.every((n) => {
    const id = n.replace(/[$]/g, '\\$');
    return (
      new RegExp(`export\\s+(?:declare\\s+)?(?:async\\s+)?(?:function\\s*\\*?|const|let|var|class|interface|type|enum)\\s*${id}\\b`).test(text) ||
      new RegExp(`export\\s*(?:type\\s*)?\\{[^}]*\\b${id}\\b[^}]*\\}`).test(text)
    );
  });
}

export interface HelperLocation {
  readonly appRoot: string;
  /** The helper module file (existing or to create). */
  readonly file: string;
  readonly exists: boolean;
  /** An existing file that does not export the snippet's names (then it is left alone). */
  readonly conflict: boolean;
  readonly importPath: string;
  readonly language: 'ts' | 'js';
}

/** Where the helper of a snippet lives (or goes) for a document, and how the document imports it. */
export async function locateHelper(snippet: Snippet, docPath: string, folderPath: string | undefined, fs: FsHost): Promise<HelperLocation | undefined> {
  if (!snippet.helperPath) return undefined;
  const appRoot = await findAppRoot(docPath, folderPath, fs);
  const root = await sourceRoot(appRoot, fs);
  const alias = await readAlias(appRoot, fs);
  const language = TS_FILE.test(docPath) || (await fs.exists(posix.join(appRoot, 'tsconfig.json'))) ? 'ts' : 'js';
  const helperPath = language === 'ts' ? snippet.helperPath : snippet.helperPath.replace(/\.ts$/, '.js').replace(/\.tsx$/, '.jsx');
  const file = posix.join(root, helperPath);
  const stem = file.replace(/\.[cm]?[jt]sx?$/, '');
  const candidates = [file, ...['.ts', '.tsx', '.js', '.jsx', '.mjs', '.mts'].flatMap((e) => [stem + e, `${stem}/index${e}`])];
  for (const c of candidates) {
    const text = await fs.readText(c);
    if (text === undefined) continue;
    const ok = exportsNames(text, snippet.exports);
    return { appRoot, file: c, exists: true, conflict: !ok, importPath: importSpecifier(docPath, c, alias), language };
  }
  return { appRoot, file, exists: false, conflict: false, importPath: importSpecifier(docPath, file, alias), language };
}

// ---------------------------------------------------------------------------------------------------
// Whole-file snippets (`@file`)

const HTTP_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** The URL a route file serves: `app/api/session/route.ts` → `/api/session`, `pages/api/x.ts` → `/api/x`. */
export function routeUrl(relPath: string): string | undefined {
  const p = relPath.replace(/^src\//, '');
  const app = /^app\/((?:[^/]+\/)*)route\.[cm]?[jt]sx?$/.exec(p);
  const pages = /^pages\/(api\/.+?)(?:\/index)?\.[cm]?[jt]sx?$/.exec(p);
  const segments = app ? (app[1] ?? '').split('/') : pages ? pages[1]!.split('/') : undefined;
  if (!segments) return undefined;
  return `/${segments.filter((s) => s && !/^\(.*\)$/.test(s) && !s.startsWith('@')).join('/')}`;
}

/** A request entry point (route handler, Pages API route, middleware, server actions): a whole-file snippet goes into it, not next to it. */
export function isServerEntry(docPath: string, text: string): boolean {
  if (/(?:^|\/)app\/(?:.*\/)?route\.[cm]?[jt]sx?$/.test(docPath)) return true;
  if (/(?:^|\/)pages\/api\/.+\.[cm]?[jt]sx?$/.test(docPath)) return true;
  if (/(?:^|\/)(?:middleware|proxy)\.[cm]?[jt]s$/.test(docPath)) return true;
  return /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*['"]use server['"]/.test(text);
}

export interface SnippetFileLocation {
  readonly appRoot: string;
  /** The file (existing or to create). */
  readonly file: string;
  readonly exists: boolean;
  /** An existing file that does not export `required` (then it is left alone). */
  readonly conflict: boolean;
  /** What `required` names the existing file lacks. */
  readonly missing: readonly string[];
  readonly language: 'ts' | 'js';
  /** The URL the file serves, for a route. */
  readonly url: string | undefined;
}

/**
 * Where a whole-file snippet goes for a document: its path under the folder the app keeps that kind
 * of file in (`app/…` at the app root, else `src/app/…`, else the source root), `.js` in a JavaScript
 * app. An existing file at that path (any JS/TS extension) is reported with the `required` exports it lacks.
 */
export async function locateSnippetFile(
  snippet: Snippet,
  docPath: string,
  folderPath: string | undefined,
  fs: FsHost,
  required: readonly string[],
): Promise<SnippetFileLocation | undefined> {
  if (!snippet.filePath) return undefined;
  const appRoot = await findAppRoot(docPath, folderPath, fs);
  const rel = snippet.filePath.replace(/^\.?\//, '');
  const top = rel.split('/')[0]!;
  // Next.js ignores src/app (src/pages) when app/ (pages/) is at the root.
  const base = rel.includes('/') && (await fs.exists(posix.join(appRoot, top)))
    ? appRoot
    : rel.includes('/') && (await fs.exists(posix.join(appRoot, 'src', top)))
      ? posix.join(appRoot, 'src')
      : await sourceRoot(appRoot, fs);
  const language = TS_FILE.test(docPath) || (await fs.exists(posix.join(appRoot, 'tsconfig.json'))) ? 'ts' : 'js';
  const relFile = language === 'ts' ? rel : rel.replace(/\.ts$/, '.js').replace(/\.tsx$/, '.jsx');
  const file = posix.join(base, relFile);
  const url = routeUrl(posix.relative(appRoot, file));
  const stem = file.replace(/\.[cm]?[jt]sx?$/, '');
  for (const c of [file, ...['.ts', '.tsx', '.js', '.jsx', '.mjs', '.mts'].map((e) => stem + e)]) {
    const text = await fs.readText(c);
    if (text === undefined) continue;
    const missing = required.filter((n) => !exportsNames(text, [n]));
    return { appRoot, file: c, exists: true, conflict: missing.length > 0, missing, language, url };
  }
  return { appRoot, file, exists: false, conflict: false, missing: [], language, url };
}

// ---------------------------------------------------------------------------------------------------
// Which suggestion applies the snippet

/** What a suggestion brings in when it applies a snippet. */
export interface SnippetUse {
  /** The helper module's import specifier (`@/lib/error-response`). */
  readonly importPath?: string;
  /** The snippet's exports (`errorResponse`). */
  readonly names?: readonly string[];
  /** The URL of the snippet's route file (`/api/session`). */
  readonly url?: string;
}

type Suggestion = NonNullable<LintMessage['suggestions']>[number];

function occurrences(text: string, re: RegExp): number {
  return (text.match(re) ?? []).length;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether the suggestion's fix brings in the snippet: more imports of its module, uses of its exports or mentions of its URL than the text it replaces. */
export function suggestionUses(s: Suggestion, text: string, use: SnippetUse): boolean {
  const before = text.slice(s.fix.range[0], s.fix.range[1]);
  const after = s.fix.text;
  const patterns: RegExp[] = [];
  if (use.importPath) patterns.push(new RegExp(`['"]${escapeRe(use.importPath)}['"]`, 'g'));
  for (const n of use.names ?? []) patterns.push(new RegExp(`(?<![\\w$.])${escapeRe(n)}(?![\\w$])`, 'g'));
  if (use.url) patterns.push(new RegExp(`['"\`]${escapeRe(use.url)}(?=['"\`?#])`, 'g'));
  return patterns.some((re) => occurrences(after, re) > occurrences(before, re));
}

/**
 * The rule's suggestion that applies the snippet: the first one whose fix brings in the snippet (see
 * suggestionUses), else the first one. Rules list their self-contained suggestions first (a generic
 * message, a `signal` option) and the one calling the snippet's helper or route after, so "first" is
 * right for the Quick Fix menu and wrong for "Insert hardened snippet"; no per-rule configuration.
 */
export function pickSuggestion(
  message: LintMessage | undefined,
  text: string,
  use: SnippetUse,
): { readonly suggestion: Suggestion; readonly index: number; readonly usesSnippet: boolean } | undefined {
  const all = message?.suggestions ?? [];
  const index = all.findIndex((s) => suggestionUses(s, text, use));
  if (index >= 0) return { suggestion: all[index]!, index, usesSnippet: true };
  return all[0] ? { suggestion: all[0], index: 0, usesSnippet: false } : undefined;
}

// ---------------------------------------------------------------------------------------------------
// Snippet bodies

/** Escapes text for a VS Code snippet body. */
export function escapeSnippetText(text: string): string {
  return text.replace(/[\\$}]/g, '\\$&');
}

/** Flattens a VS Code snippet body: `${1:text}` → text, `$0` → '', escapes undone. */
export function flattenBody(body: string): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === '\\' && i + 1 < body.length) out += body[++i];
    else if (ch === '$' && body[i + 1] === '{' && /^\$\{\d+:/.test(body.slice(i))) {
      i += /^\$\{\d+:/.exec(body.slice(i))![0].length - 1;
      depth++;
    } else if (ch === '$' && /\d/.test(body[i + 1] ?? '')) i++;
    else if (ch === '}' && depth > 0) depth--;
    else out += ch;
  }
  return out;
}


// ---------------------------------------------------------------------------------------------------
// Plans

export type SnippetPlan =
  | {
      readonly kind: 'helper';
      readonly snippetId: string;
      /** The helper module; `create` false when it exists (reused) or when `helperModules` names one. */
      readonly helperFile: string | undefined;
      readonly create: boolean;
      /** The file's initial contents (the snippet's code) and the snippet body put in with tab stops. */
      readonly contents: string;
      readonly body: string;
      readonly importPath: string;
      /**
       * Edits to the document: the rule's suggestion that uses the helper, with the helper imported; else
       * its first suggestion (`usesHelper` false), else the import alone.
       */
      readonly edits: readonly PlainEdit[];
      readonly usesHelper: boolean;
    }
  | {
      readonly kind: 'file';
      readonly snippetId: string;
      /** The snippet's file (a route): to create, or an existing one. */
      readonly file: string;
      /** False when the file exists: it is never overwritten. */
      readonly create: boolean;
      /** The file's initial contents (the snippet's code) and the snippet body put in with tab stops. */
      readonly contents: string;
      readonly body: string;
      /** The URL the file serves (`/api/session`), for a route. */
      readonly url: string | undefined;
      /** The file exists and lacks `missing` exports: nothing is changed (the user is told). */
      readonly conflict: boolean;
      readonly missing: readonly string[];
      /** Edits to the document: the rule's suggestion that calls the file's URL (none on a conflict). */
      readonly edits: readonly PlainEdit[];
      /** Whether `edits` call the file (else the finding stays: no suggestion of the rule does). */
      readonly callsFile: boolean;
    }
  | {
      readonly kind: 'insert';
      readonly snippetId: string;
      /** Import lines to add first (applied before the snippet). */
      readonly importEdits: readonly PlainEdit[];
      /** Where the snippet goes once `importEdits` are applied (column 0 of a line). */
      readonly position: PlainPosition;
      readonly body: string;
      /** The document text after both steps, with the placeholders at their defaults (checked to parse). */
      readonly resultText: string;
    }
  | {
      readonly kind: 'inline';
      readonly snippetId: string;
      readonly edits: readonly PlainEdit[];
      readonly reason: string;
    };

export interface SnippetPlanInput {
  readonly snippet: Snippet;
  readonly text: string;
  /** The document path (`Uri.path`). */
  readonly docPath: string;
  readonly folderPath: string | undefined;
  /** The finding the action was picked on. */
  readonly finding: { readonly ruleId: string; readonly range: PlainRange } | undefined;
  readonly fs: FsHost;
  /** `helperModules[snippet.id]` from the settings / ESLint config, when the app names its module. */
  readonly configuredModule?: string;
  /** Lints the (unchanged) document with these `settings.prodready.helperModules` overrides. */
  readonly relint: (helperModules: Readonly<Record<string, string>>) => readonly LintMessage[];
}

export async function planSnippet(input: SnippetPlanInput): Promise<SnippetPlan> {
  if (input.snippet.helperPath) return planHelperSnippet(input);
  if (input.snippet.filePath && !isServerEntry(input.docPath, input.text)) return planFileSnippet(input);
  return planInsertSnippet(input);
}

function findingMessage(input: SnippetPlanInput, helperModules: Readonly<Record<string, string>>, index: LineIndex): LintMessage | undefined {
  const f = input.finding;
  if (!f) return undefined;
  return input.relint(helperModules).find((m) => sameFinding(m, f.ruleId, f.range, index));
}

async function planHelperSnippet(input: SnippetPlanInput): Promise<SnippetPlan> {
  const { snippet } = input;
  const index = new LineIndex(input.text);
  let helperFile: string | undefined;
  let create = false;
  let importPath: string;
  let language: 'ts' | 'js' = TS_FILE.test(input.docPath) ? 'ts' : 'js';
  if (input.configuredModule) {
    importPath = input.configuredModule;
  } else {
    const loc = await locateHelper(snippet, input.docPath, input.folderPath, input.fs);
    if (!loc || loc.conflict) {
      const m = findingMessage(input, {}, index);
      const s = pickSuggestion(m, input.text, { names: snippet.exports })?.suggestion;
      // No suggestion to apply (the rule has no mechanical fix for this finding): the helper itself goes into this file.
      if (!s && loc) return planInsertSnippet(input);
      return {
        kind: 'inline',
        snippetId: snippet.id,
        edits: s ? [fixToEdit(s.fix, index)] : [],
        reason: loc
          ? `${loc.file} exists and does not export ${snippet.exports.join(', ')}: it is left as is and the helper is added to this file instead.`
          : 'the snippet has no helper module',
      };
    }
    helperFile = loc.file;
    create = !loc.exists;
    importPath = loc.importPath;
    language = loc.language;
  }
  let { code, body } = language === 'js' ? snippet.js : snippet;
  // A CommonJS document `require()`s the helper: a new helper module is written as CommonJS too (Node
  // cannot require a file that uses `export` without a bundler).
  const cjs = language === 'js' && isCommonJsDocument(input.text, input.docPath);
  if (cjs && create) {
    const cjsCode = toCommonJsModule(code);
    const cjsBody = toCommonJsModule(body);
    if (cjsCode !== undefined && cjsBody !== undefined) {
      code = cjsCode;
      body = cjsBody;
    }
  }
  const m = findingMessage(input, { [snippet.id]: importPath }, index);
  const picked = pickSuggestion(m, input.text, { importPath, names: snippet.exports });
  let edits: PlainEdit[];
  if (picked) {
    edits = [fixToEdit(picked.suggestion.fix, index)];
  } else {
    // Value exports only: an interface or a type alias is not there to import from a JavaScript module.
    const names = snippet.exports.filter((n) => !declaredNames(input.text, input.docPath).has(n) && !isTypeOnlyExport(snippet.code, n));
    const line = importForFile(`import { ${names.join(', ')} } from '${importPath}';`, language === 'js', cjs);
    const edit = names.length > 0 && line ? importEdit(input.text, input.docPath, [line], index) : undefined;
    edits = edit ? [edit] : [];
  }
  return { kind: 'helper', snippetId: snippet.id, helperFile, create, contents: code, body, importPath, edits, usesHelper: picked ? picked.usesSnippet : edits.length > 0 };
}

function isTypeOnlyExport(code: string, name: string): boolean {
  return new RegExp(`^export\\s+(?:declare\\s+)?(?:interface|type)\\s+${escapeRe(name)}\\b`, 'm').test(code);
}

async function planFileSnippet(input: SnippetPlanInput): Promise<SnippetPlan> {
  const { snippet } = input;
  const index = new LineIndex(input.text);
  const url = routeUrl(snippet.filePath!.replace(/^\.?\//, ''));
  const picked = pickSuggestion(findingMessage(input, {}, index), input.text, { url });
  const callsFile = !!picked?.usesSnippet;
  // What the call needs from the file: the HTTP methods the suggestion names (`method: 'POST'`), GET when
  // it names none; with no call, every method the snippet exports.
  const methods = snippet.exports.filter((n) => HTTP_METHODS.has(n));
  const named = callsFile ? methods.filter((n) => new RegExp(`['"\`]${n}['"\`]`, 'i').test(picked.suggestion.fix.text)) : [];
  const required = named.length > 0 ? named : callsFile ? ['GET'] : methods;
  const loc = (await locateSnippetFile(snippet, input.docPath, input.folderPath, input.fs, required))!;
  const { code, body } = loc.language === 'js' ? snippet.js : snippet;
  const edits = callsFile && !loc.conflict ? [fixToEdit(picked.suggestion.fix, index)] : [];
  return {
    kind: 'file',
    snippetId: snippet.id,
    file: loc.file,
    create: !loc.exists,
    contents: code,
    body,
    url: loc.url ?? url,
    conflict: loc.conflict,
    missing: loc.missing,
    edits,
    callsFile: edits.length > 0,
  };
}

type Node = { type: string; range: [number, number]; [k: string]: unknown };

/** The names the module scope declares or imports (top-level statements only). */
export function declaredNames(text: string, filename: string): Set<string> {
  const names = new Set<string>();
  const program = parseProgram(text, filename);
  if (!program) return names;
  const addPattern = (p: unknown) => {
    const n = p as Node | null;
    if (!n) return;
    if (n.type === 'Identifier') names.add(n.name as string);
    else if (n.type === 'ObjectPattern') for (const prop of n.properties as Node[]) addPattern(prop.type === 'RestElement' ? prop.argument : prop.value);
    else if (n.type === 'ArrayPattern') for (const el of n.elements as Node[]) addPattern(el);
    else if (n.type === 'RestElement') addPattern(n.argument);
    else if (n.type === 'AssignmentPattern') addPattern(n.left);
  };
  for (const raw of program.body as unknown as Node[]) {
    const stmt = (raw.type === 'ExportNamedDeclaration' || raw.type === 'ExportDefaultDeclaration') && raw.declaration ? (raw.declaration as Node) : raw;
    if (stmt.type === 'ImportDeclaration') for (const s of stmt.specifiers as Node[]) names.add((s.local as { name: string }).name);
    else if (stmt.type === 'VariableDeclaration') for (const d of stmt.declarations as Node[]) addPattern(d.id);
    else if ((stmt.id as { name?: string } | null)?.name) names.add((stmt.id as { name: string }).name);
  }
  return names;
}

/** The offset after which new imports go: after the last top-level import, else after the directives, else 0. */
function importOffset(text: string, filename: string): number | undefined {
  const program = parseProgram(text, filename);
  if (!program) return undefined;
  let after: number | undefined;
  for (const raw of program.body as unknown as Node[]) {
    if (raw.type === 'ImportDeclaration') after = raw.range[1];
    else if (after === undefined && raw.type === 'ExpressionStatement' && typeof raw.directive === 'string') after = raw.range[1];
    else if (raw.type !== 'ExpressionStatement' || typeof raw.directive !== 'string') {
      if (after !== undefined && raw.type !== 'ImportDeclaration') break;
    }
  }
  return after ?? 0;
}

/** A `.cjs` file, or a JavaScript file that uses `require()` / `module.exports` and no `import` / `export`. */
function isCommonJsDocument(text: string, docPath: string): boolean {
  const program = parseProgram(text, docPath);
  return !!program && isCommonJsFile(docPath, program as unknown as TSESTree.Program, text);
}

function importEdit(text: string, filename: string, lines: readonly string[], index: LineIndex): PlainEdit | undefined {
  const missing = lines.filter((l) => !text.includes(l.trim()));
  if (missing.length === 0) return undefined;
  const at = importOffset(text, filename) ?? 0;
  const eol = index.eol;
  const newText = at === 0 ? `${missing.join(eol)}${eol}` : `${eol}${missing.join(eol)}`;
  const pos = index.positionAt(at);
  return { range: { start: pos, end: pos }, newText };
}

/** Local names an import line declares (`import a, { b as c } from 'x'` → a, c). */
function importLineNames(line: string): string[] {
  const m = /^import\s+(?:type\s+)?(.*?)\s+from\s/.exec(line.trim());
  if (!m?.[1]) return [];
  const names: string[] = [];
  const braces = /\{([^}]*)\}/.exec(m[1]);
  for (const part of braces?.[1]?.split(',') ?? []) {
    const local = part.trim().replace(/^type\s+/, '').split(/\s+as\s+/).pop()?.trim();
    if (local) names.push(local);
  }
  const rest = m[1].replace(/\{[^}]*\}/, '').replace(/,/g, ' ').trim();
  const ns = /\*\s+as\s+([\w$]+)/.exec(rest);
  if (ns?.[1]) names.push(ns[1]);
  else if (/^[\w$]+/.test(rest)) names.push(/^[\w$]+/.exec(rest)![0]);
  return names;
}

const ROUTE_EXPORTS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'middleware', 'proxy', 'config']);
const EXPORT_DECL = /^export\s+(?=(?:async\s+)?(?:function|const|let|class|interface|type)\b)/;

/** Drops `export` from the snippet's declarations, except the route exports the file does not have yet. */
function dropExports(lines: readonly string[], declared: ReadonlySet<string>): string[] {
  return lines.map((l) => {
    if (!EXPORT_DECL.test(l)) return l;
    const name = /^export\s+(?:async\s+)?(?:function\s*\*?|const|let|class|interface|type)\s*([\w$]+)/.exec(l)?.[1];
    return name && ROUTE_EXPORTS.has(name) && !declared.has(name) ? l : l.replace(EXPORT_DECL, '');
  });
}

function trimBlankLines(lines: string[]): string[] {
  let a = 0;
  let b = lines.length;
  while (a < b && lines[a]!.trim() === '') a++;
  while (b > a && lines[b - 1]!.trim() === '') b--;
  return lines.slice(a, b);
}

/** Whether the code is made of declarations (goes at module level) rather than statements. */
function isModuleLevel(code: string): boolean {
  const program = parseProgram(code, 'snippet.tsx');
  if (!program) return /^(?:export\s|(?:async\s+)?function\b|class\b|interface\b|type\b)/m.test(code);
  return (program.body as unknown as Node[]).some((s) =>
    /^(?:FunctionDeclaration|ClassDeclaration|TSInterfaceDeclaration|TSTypeAliasDeclaration|TSEnumDeclaration|Export\w+Declaration)$/.test(s.type),
  );
}

const STATEMENT_PARENT = /^(?:Program|BlockStatement|StaticBlock|SwitchCase|TSModuleBlock)$/;

/** The statements containing an offset, outermost first: [top-level statement, ..., innermost statement]. */
function enclosingStatements(program: Node, offset: number): Node[] {
  const out: Node[] = [];
  const visit = (node: Node) => {
    const kids = node.type === 'SwitchCase' ? (node.consequent as Node[]) : (node.body as Node[] | Node | undefined);
    const list = Array.isArray(kids) ? kids : undefined;
    if (STATEMENT_PARENT.test(node.type) && list) {
      for (const s of list) {
        if (s.range[0] <= offset && offset < s.range[1]) {
          out.push(s);
          break;
        }
      }
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === 'parent' || key === 'range' || key === 'loc') continue;
      const children = Array.isArray(value) ? value : [value];
      for (const c of children) {
        const n = c as Node | null;
        if (n && typeof n === 'object' && typeof n.type === 'string' && Array.isArray(n.range) && n.range[0] <= offset && offset < n.range[1]) {
          visit(n);
          return;
        }
      }
    }
  };
  visit(program);
  return out;
}

async function planInsertSnippet(input: SnippetPlanInput): Promise<SnippetPlan> {
  const { snippet, text, docPath } = input;
  const index = new LineIndex(text);
  const eol = index.eol;
  const declared = declaredNames(text, docPath);
  const isTs = TS_FILE.test(docPath);
  // JavaScript documents get the snippet with its types erased at build time (scripts/snippet-format.mjs).
  const src = isTs ? snippet : snippet.js;

  const isImport = (l: string) => /^import\s/.test(l);
  // In a CommonJS document the snippet's imports become `require()` lines.
  const cjs = !isTs && isCommonJsDocument(text, docPath);
  const importLines = src.code
    .split('\n')
    .filter(isImport)
    .filter((l) => !importLineNames(l).some((n) => declared.has(n)))
    .flatMap((l) => importForFile(l, !isTs, cjs) ?? []);
  const restCode = trimBlankLines(dropExports(src.code.split('\n').filter((l) => !isImport(l)), declared)).join('\n');
  const restBody = trimBlankLines(dropExports(src.body.split('\n').filter((l) => !isImport(l)), declared)).join('\n');

  const impEdit = importEdit(text, docPath, importLines, index);
  const afterImports = impEdit ? text.slice(0, index.offsetAt(impEdit.range.start)) + impEdit.newText + text.slice(index.offsetAt(impEdit.range.start)) : text;
  const shift = impEdit ? impEdit.newText.length : 0;
  const afterIndex = new LineIndex(afterImports);

  // Candidate lines (in the text after the imports) to insert before, best first.
  const program = parseProgram(text, docPath) as unknown as Node | undefined;
  const findingOffset = input.finding ? index.offsetAt(input.finding.range.start) : undefined;
  const importAt = impEdit ? index.offsetAt(impEdit.range.start) : 0;
  const candidates: number[] = [];
  if (program && findingOffset !== undefined) {
    const chain = enclosingStatements(program, findingOffset);
    const top = chain[0];
    const inner = chain[chain.length - 1];
    const moduleLevel = isModuleLevel(restCode);
    const toLine = (n: Node) => afterIndex.positionAt(n.range[0] + (n.range[0] >= importAt ? shift : 0)).line;
    if (!moduleLevel && inner) candidates.push(toLine(inner));
    if (top && top.type !== 'ImportDeclaration') candidates.push(toLine(top));
  }
  candidates.push(afterIndex.lineCount); // the end of the file

  for (const line of candidates) {
    const atEnd = line >= afterIndex.lineCount;
    const lineText = atEnd ? '' : afterIndex.lineText(line);
    const indent = /^\s*/.exec(lineText)?.[0] ?? '';
    const indentLines = (s: string) => s.split('\n').map((l) => (l.length > 0 ? indent + l : l)).join('\n');
    const moduleSep = indent === '' && !atEnd ? '\n' : '';
    let insertCode: string;
    let insertBody: string;
    let offset: number;
    if (atEnd) {
      offset = afterImports.length;
      const lead = afterImports.length === 0 ? '' : afterImports.endsWith('\n') ? '\n' : '\n\n';
      insertCode = `${lead}${restCode}\n`;
      insertBody = `${lead}${restBody}\n`;
    } else {
      offset = afterIndex.starts[line]!;
      insertCode = `${indentLines(restCode)}\n${moduleSep}`;
      insertBody = `${indentLines(restBody)}\n${moduleSep}`;
    }
    const resultText = afterImports.slice(0, offset) + insertCode.replace(/\n/g, eol) + afterImports.slice(offset);
    if (!parses(resultText, docPath) && !atEnd) continue;
    return {
      kind: 'insert',
      snippetId: snippet.id,
      importEdits: impEdit ? [impEdit] : [],
      position: afterIndex.positionAt(offset),
      body: insertBody,
      resultText,
    };
  }
  /* c8 ignore next */
  throw new Error('unreachable');
}
