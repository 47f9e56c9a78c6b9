import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { snippets } from '../generated/snippets';
import type { Snippet } from './snippet-types';
import { getSettings } from './settings';

export type { Snippet };

/** The snippet with this id (`<rule>` or `<rule>.<variant>`); throws on an unknown id (a bug, caught by the tests). */
export function getSnippet(id: string): Snippet {
  const s = snippets[id];
  if (!s) throw new Error(`prodready: unknown snippet ${id}`);
  return s;
}

export function allSnippets(): readonly Snippet[] {
  return Object.values(snippets);
}

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** Whether the module scope of the file already declares or imports `name`. */
function declaresName(sourceCode: TSESLint.SourceCode, name: string): boolean {
  const scope = sourceCode.scopeManager?.globalScope;
  if (!scope) return false;
  if (scope.set.has(name)) return true;
  return scope.childScopes.some((s) => s.type === 'module' && s.set.has(name));
}

/**
 * Whether a call to the snippet helper `name` written at `node` reaches the helper: the name is unbound
 * there, or bound by an import (of the helper module, presumably). A local declaration of that name is
 * some other function, so a suggestion must not call it.
 */
export function canCallHelper(sourceCode: TSESLint.SourceCode, node: TSESTree.Node, name: string): boolean {
  let scope: TSESLint.Scope.Scope | null = sourceCode.getScope(node);
  while (scope) {
    const variable = scope.set.get(name);
    if (variable) return variable.defs.length > 0 && variable.defs.every((d) => d.type === 'ImportBinding');
    scope = scope.upper;
  }
  return true;
}

/** Where new import declarations go: after the last top-level import, else after the directive prologue. */
function importInsertionPoint(program: TSESTree.Program): { after?: TSESTree.Node } {
  let lastImport: TSESTree.Node | undefined;
  let lastDirective: TSESTree.Node | undefined;
  for (const stmt of program.body) {
    if (stmt.type === 'ImportDeclaration') lastImport = stmt;
    else if (!lastImport && stmt.type === 'ExpressionStatement' && stmt.directive !== undefined) lastDirective = stmt;
  }
  return { after: lastImport ?? lastDirective };
}

/** The local names an import line declares: `import a, { b as c, type d } from 'x'` → [a, c, d]. */
export function importedNames(line: string): string[] {
  const m = /^import\s+(?:type\s+)?(.*?)\s+from\s/.exec(line.trim());
  if (!m?.[1]) return [];
  const names: string[] = [];
  const clause = m[1];
  const braces = /\{([^}]*)\}/.exec(clause);
  for (const part of braces?.[1]?.split(',') ?? []) {
    const local = part.trim().replace(/^type\s+/, '').split(/\s+as\s+/).pop()?.trim();
    if (local) names.push(local);
  }
  const rest = clause.replace(/\{[^}]*\}/, '').replace(/,/g, ' ').trim();
  const ns = /\*\s+as\s+([\w$]+)/.exec(rest);
  if (ns?.[1]) names.push(ns[1]);
  else if (/^[\w$]+/.test(rest)) names.push(/^[\w$]+/.exec(rest)![0]);
  return names;
}

/** A JavaScript file (`.js`, `.jsx`, `.mjs`, `.cjs`): inserted code must carry no TypeScript syntax. */
export function isJavaScriptFile(filename: string): boolean {
  return /\.[cm]?jsx?$/i.test(filename);
}

/**
 * A CommonJS module: `.cjs`, or a `.js` file that uses `require()` / `module.exports` and has no
 * `import` / `export` declaration. Code inserted there must `require()` rather than `import`.
 */
export function isCommonJsFile(filename: string, program: TSESTree.Program, text: string): boolean {
  if (/\.cjs$/i.test(filename)) return true;
  if (!/\.jsx?$/i.test(filename)) return false;
  if (!/\brequire\s*\(|\bmodule\.exports\b|\bexports\.\w/.test(text)) return false;
  return !program.body.some((s) => s.type === 'ImportDeclaration' || s.type === 'ExportNamedDeclaration' || s.type === 'ExportDefaultDeclaration' || s.type === 'ExportAllDeclaration');
}

/**
 * An import line in the file's module system: unchanged for ES modules; for CommonJS,
 * `import { a, b as c } from 'x'` → `const { a, b: c } = require('x');`, `import x from 'x'` →
 * `const x = require('x');`. Type-only imports (and type-only names) give nothing in JavaScript.
 */
export function importForFile(line: string, js: boolean, cjs: boolean): string | undefined {
  const trimmed = line.trim();
  if (js && /^import\s+type\s/.test(trimmed)) return undefined;
  if (!cjs) return line;
  const m = /^import\s+(.*?)\s+from\s+(['"][^'"]+['"]);?$/.exec(trimmed);
  if (!m) return /^import\s+(['"][^'"]+['"]);?$/.test(trimmed) ? trimmed.replace(/^import\s+(.*?);?$/, 'require($1);') : line;
  const clause = m[1]!;
  const from = m[2]!;
  const braces = /\{([^}]*)\}/.exec(clause);
  const parts: string[] = [];
  const def = clause.replace(/\{[^}]*\}/, '').replace(/,/g, ' ').trim();
  if (def && !def.startsWith('*')) parts.push(`const ${def} = require(${from});`);
  const ns = /^\*\s+as\s+([\w$]+)/.exec(def);
  if (ns) parts.push(`const ${ns[1]} = require(${from});`);
  if (braces) {
    const names = braces[1]!
      .split(',')
      .map((p) => p.trim())
      .filter((p) => p && !/^type\s/.test(p))
      .map((p) => p.replace(/\s+as\s+/, ': '));
    if (names.length) parts.push(`const { ${names.join(', ')} } = require(${from});`);
  }
  return parts.length ? parts.join('\n') : undefined;
}

/**
 * A helper module's JavaScript code as a CommonJS module, for a CommonJS app that `require()`s it (Node
 * without a bundler cannot require a file written with `export`): imports become `require()`,
 * `export function a` / `export const b` lose `export`, and `module.exports = { a, b }` closes the file.
 * Works line by line on the snippets' own layout (one import per line, `export` at line start); gives
 * undefined for anything else (`export default`, `export { ... }`, a multi-line import), so the
 * caller keeps the ES module. Tab stops (`${1:100}`) pass through, so it also converts a snippet body.
 */
export function toCommonJsModule(code: string): string | undefined {
  const names: string[] = [];
  const out: string[] = [];
  for (const line of code.split('\n')) {
    if (/^import[\s{]/.test(line)) {
      if (!/^import\s.*\sfrom\s+['"][^'"]+['"];?\s*$/.test(line) && !/^import\s+['"][^'"]+['"];?\s*$/.test(line)) return undefined;
      const converted = importForFile(line, true, true);
      if (converted !== undefined) out.push(converted);
      continue;
    }
    if (/^export\s/.test(line)) {
      const m = /^export\s+((?:async\s+)?function\s*\*?\s*|const\s+|let\s+|class\s+)([\w$]+)/.exec(line);
      if (!m) return undefined;
      names.push(m[2]!);
      out.push(line.replace(/^export\s+/, ''));
      continue;
    }
    out.push(line);
  }
  if (names.length === 0) return undefined;
  // A snippet body ends with its final tab stop (`$0`): it moves after the exports.
  let finalStop = '';
  while (out.length > 0 && (out[out.length - 1] === '' || out[out.length - 1] === '$0')) if (out.pop() === '$0') finalStop = '$0';
  return `${out.join('\n')}\n\nmodule.exports = { ${names.join(', ')} };\n${finalStop}`;
}

/** `require('x')`, `require('x').y`. */
function isPlainRequire(node: TSESTree.Node | null): boolean {
  let cur = node;
  while (cur?.type === 'MemberExpression') cur = cur.object;
  return (
    cur?.type === 'CallExpression' &&
    cur.callee.type === 'Identifier' &&
    cur.callee.name === 'require' &&
    cur.arguments.length === 1 &&
    cur.arguments[0]?.type === 'Literal'
  );
}

/** `import { a, b as c } from 'm';` with value names only (no default, namespace or `type`): its module and names. */
function namedImportParts(line: string): { from: string; specifiers: string[] } | undefined {
  const m = /^import\s*\{([^}]*)\}\s*from\s*['"]([^'"]+)['"];?$/.exec(line.trim());
  if (!m) return undefined;
  const specifiers = m[1]!.split(',').map((s) => s.trim()).filter(Boolean);
  if (specifiers.length === 0 || specifiers.some((s) => /^type\s/.test(s))) return undefined;
  return { from: m[2]!, specifiers };
}

/**
 * Fixes that add `line`'s names to the file's value import of the same module that already has braces
 * (`import { cookies } from 'next/headers'` gains `headers`), instead of a second import line of that
 * module. Names the file already imports from that module are left out. Undefined when there is no such
 * declaration (or only `import type` / `import * as ns` / a default-only one): the line is added whole.
 */
function joinImport(program: TSESTree.Program, fixer: TSESLint.RuleFixer, line: string): TSESLint.RuleFix[] | undefined {
  const parts = namedImportParts(line);
  if (!parts) return undefined;
  const decls = program.body.filter((s): s is TSESTree.ImportDeclaration => s.type === 'ImportDeclaration' && s.source.value === parts.from);
  const target = decls.find((d) => d.importKind !== 'type' && d.specifiers.some((sp) => sp.type === 'ImportSpecifier'));
  if (!target) return undefined;
  const have = new Set(
    decls.flatMap((d) => d.specifiers.filter((sp): sp is TSESTree.ImportSpecifier => sp.type === 'ImportSpecifier').map((sp) => `${importName(sp)} as ${sp.local.name}`)),
  );
  const add = parts.specifiers.filter((s) => {
    const [imported, local = imported] = s.split(/\s+as\s+/);
    return !have.has(`${imported} as ${local}`);
  });
  if (add.length === 0) return [];
  const last = target.specifiers.filter((sp) => sp.type === 'ImportSpecifier').pop()!;
  // A multi-line import gets one name per line at its names' indentation.
  const multiLine = last.loc.start.line !== target.loc.start.line;
  const sep = multiLine ? `,\n${' '.repeat(last.loc.start.column)}` : ', ';
  return [fixer.insertTextAfter(last, `${sep}${add.join(sep)}`)];
}

function importName(sp: TSESTree.ImportSpecifier): string {
  return sp.imported.type === 'Identifier' ? sp.imported.name : String(sp.imported.value);
}

/**
 * Fixes that add the import lines the file does not have yet (compared as text), in the file's module
 * system. A named import of a module the file already imports with braces joins that declaration.
 */
export function addImports(
  sourceCode: TSESLint.SourceCode,
  fixer: TSESLint.RuleFixer,
  lines: readonly string[],
  filename = '',
): TSESLint.RuleFix[] {
  const js = isJavaScriptFile(filename);
  const cjs = js && isCommonJsFile(filename, sourceCode.ast, sourceCode.text);
  const converted = lines.map((l) => importForFile(l, js, cjs)).filter((l): l is string => l !== undefined);
  const absent = converted.filter((l) => !sourceCode.text.includes(l.trim()));
  if (absent.length === 0) return [];
  const joined: TSESLint.RuleFix[] = [];
  const missing: string[] = [];
  for (const line of absent) {
    const fixes = cjs ? undefined : joinImport(sourceCode.ast, fixer, line);
    if (fixes) joined.push(...fixes);
    else missing.push(line);
  }
  if (missing.length === 0) return joined;
  if (cjs) {
    // After the file's leading directives and plain `const x = require('x')` lines, before any code
    // that could use the new binding (a `const` is not usable before its line).
    let after: TSESTree.Node | undefined;
    for (const stmt of sourceCode.ast.body) {
      if (stmt.type === 'ExpressionStatement' && stmt.directive !== undefined) after = stmt;
      else if (stmt.type === 'VariableDeclaration' && stmt.declarations.every((d) => isPlainRequire(d.init))) after = stmt;
      else break;
    }
    const text = missing.join('\n');
    if (after) return [fixer.insertTextAfter(after, `\n${text}`)];
    const shebang = /^#!.*\n/.exec(sourceCode.text);
    return [fixer.insertTextBeforeRange([shebang?.[0].length ?? 0, shebang?.[0].length ?? 0], `${text}\n`)];
  }
  const { after } = importInsertionPoint(sourceCode.ast);
  const text = missing.join('\n');
  return [...joined, after ? fixer.insertTextAfter(after, `\n${text}`) : fixer.insertTextBeforeRange([0, 0], `${text}\n`)];
}

// A memo of static snippet text, computed synchronously from its key's parts: the same in every process.
const inlinedCache = new Map<string, { importLines: string[]; body: string }>();

/**
 * The snippet's code to append to a file for `names`: only the declarations they need (`fetchWithTimeout`
 * without its sibling helpers), `export` dropped, and the import lines that code uses. Remembered per
 * snippet and names (suggestions are built on every lint in the editor).
 */
function inlinedHelper(snippet: Snippet, js: boolean, names: readonly string[]): { importLines: string[]; body: string } {
  const key = `${snippet.id}\0${js}\0${names.join(',')}`;
  const hit = inlinedCache.get(key);
  if (hit) return hit;
  const lines = (js ? snippet.js.code : snippet.code).split('\n');
  const needed = pruneToNames(lines.filter((l) => !/^import\s/.test(l)).join('\n'), names);
  const importLines = lines.filter((l) => /^import\s/.test(l)).filter((l) => importedNames(l).some((n) => new RegExp(`\\b${n}\\b`).test(needed)));
  const body = needed.replace(/^export\s+(?=(?:async\s+)?(?:function|const|let|class|interface|type)\b)/gm, '').trim();
  const result = { importLines, body };
  inlinedCache.set(key, result);
  return result;
}

/**
 * The top-level declarations of a module body (no imports) that `names` need, in their order: the
 * declarations of `names` and, transitively, of every top-level name their text mentions. Declarations
 * are the module's blank-line-separated top-level blocks, each with its leading doc comment. When every
 * block is needed (or the body has a shape this does not recognise) the body comes back unchanged.
 */
export function pruneToNames(body: string, names: readonly string[]): string {
  const blocks: string[][] = [];
  let current: string[] = [];
  let depth = 0;
  for (const line of body.split('\n')) {
    if (depth === 0 && line.trim() === '') {
      if (current.length) blocks.push(current);
      current = [];
      continue;
    }
    current.push(line);
    if (/^\s*(?:\/\*|\*)/.test(line)) continue; // a doc-comment line
    for (const ch of line.replace(/(['"`])(?:\\.|(?!\1).)*\1/g, '').replace(/\/\/.*$/, '')) {
      if (ch === '{' || ch === '(' || ch === '[') depth++;
      else if (ch === '}' || ch === ')' || ch === ']') depth--;
    }
    if (depth < 0) return body;
  }
  if (current.length) blocks.push(current);
  const DECL = /^(?:export\s+)?(?:declare\s+)?(?:async\s+)?(?:function\s*\*?\s*([\w$]+)|(?:const|let|var)\s+([\w$]+)|class\s+([\w$]+)|interface\s+([\w$]+)|type\s+([\w$]+))/;
  const declared = blocks.map((b) => {
    const decl = b.find((l) => !/^\s*(?:\/\*\*|\*|\/\/)/.test(l));
    const m = decl ? DECL.exec(decl) : null;
    return m ? (m.slice(1).find(Boolean) ?? '') : '';
  });
  if (declared.some((d) => d === '')) return body;
  const index = new Map(declared.map((d, i) => [d, i]));
  const keep = new Set<number>();
  const queue = names.map((n) => index.get(n)).filter((i): i is number => i !== undefined);
  if (queue.length === 0) return body;
  while (queue.length) {
    const i = queue.pop()!;
    if (keep.has(i)) continue;
    keep.add(i);
    // The code only: a doc comment that mentions a sibling helper does not need it.
    const text = blocks[i]!
      .filter((l) => !/^\s*(?:\/\*|\*)/.test(l))
      .map((l) => l.replace(/(^|\s)\/\/.*$/, '$1'))
      .join('\n');
    for (const [name, j] of index) if (!keep.has(j) && new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`).test(text)) queue.push(j);
  }
  if (keep.size === blocks.length) return body;
  return blocks.filter((_, i) => keep.has(i)).map((b) => b.join('\n')).join('\n\n');
}

/**
 * The fixes that make the names a suggestion uses (`names`, default: all the snippet exports)
 * available in the current file: an import from the module configured in
 * `settings.prodready.helperModules[id]`, or else the snippet's code itself (its imports merged at the
 * top, its body appended at the end, `export` dropped so route files keep only their route exports).
 * Nothing is added for names the file already declares or imports.
 */
export function helperFixes(
  context: Context,
  fixer: TSESLint.RuleFixer,
  snippetId: string,
  names?: readonly string[],
): TSESLint.RuleFix[] {
  const sourceCode = context.sourceCode;
  const snippet = getSnippet(snippetId);
  const wanted = (names ?? snippet.exports).filter((n) => !declaresName(sourceCode, n));
  if (wanted.length === 0) return [];
  const filename = context.filename;
  const module = getSettings(context).helperModules?.[snippetId];
  if (module) {
    return addImports(sourceCode, fixer, [`import { ${wanted.join(', ')} } from '${module}';`], filename);
  }
  const { importLines, body } = inlinedHelper(snippet, isJavaScriptFile(filename), wanted);
  // An import whose names the file already has (`import { Redis }` vs the snippet's `import type { Redis }`)
  // would declare them twice: the file's own binding wins.
  const fixes = addImports(
    sourceCode,
    fixer,
    importLines.filter((l) => !importedNames(l).some((n) => declaresName(sourceCode, n))),
    filename,
  );
  const end = sourceCode.text.length;
  const sep = sourceCode.text.endsWith('\n') ? '\n' : '\n\n';
  fixes.push(fixer.insertTextAfterRange([end, end], `${sep}${body}\n`));
  return fixes;
}
