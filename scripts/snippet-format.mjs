// The format of snippets/<id>.ts: real TypeScript, with tab stops marked in comments so the file
// stays valid code (type-checked and linted by the test suite):
//   /*${1:*/'default text'/*}*/   a placeholder (tab stop 1, default text 'default text')
//   /*$0*/                        the final cursor position
// A leading block comment holds the metadata:
//   /**
//    * @title  What the snippet does (one line)
//    * @helper lib/with-timeout.ts   (optional: the module the editor creates for it)
//    * @file app/api/session/route.ts (optional: the snippet is a whole file, e.g. a route; the editor
//    *                                 creates it there when the finding is in another kind of file)
//    */
// This module is plain JS so the build can use it without compiling TypeScript.

const HEADER = /^\s*\/\*\*([\s\S]*?)\*\/\s*\n?/;
const PLACEHOLDER_START = /\/\*\$\{(\d+):\*\//y;
const PLACEHOLDER_END = '/*}*/';
const FINAL = '/*$0*/';

/** Parses a snippet source file into metadata, flattened code and a VS Code snippet body. */
export function parseSnippet(id, source) {
  const header = HEADER.exec(source);
  if (!header) throw new Error(`snippets/${id}.ts: missing the /** @title ... */ header`);
  const meta = {};
  for (const line of header[1].split('\n')) {
    const m = /^\s*\*?\s*@(\w+)\s+(.*\S)\s*$/.exec(line);
    if (m) meta[m[1]] = m[2];
  }
  if (!meta.title) throw new Error(`snippets/${id}.ts: the header has no @title`);
  const text = source.slice(header[0].length);
  let code = '';
  let body = '';
  let depth = 0;
  let i = 0;
  while (i < text.length) {
    PLACEHOLDER_START.lastIndex = i;
    const start = PLACEHOLDER_START.exec(text);
    if (start) {
      body += '${' + start[1] + ':';
      depth++;
      i += start[0].length;
      continue;
    }
    if (depth > 0 && text.startsWith(PLACEHOLDER_END, i)) {
      body += '}';
      depth--;
      i += PLACEHOLDER_END.length;
      continue;
    }
    if (text.startsWith(FINAL, i)) {
      body += '$0';
      i += FINAL.length;
      continue;
    }
    const ch = text[i];
    code += ch;
    if (ch === '$' || ch === '\\') body += '\\' + ch;
    else if (ch === '}' && depth > 0) body += '\\}';
    else body += ch;
    i++;
  }
  if (depth !== 0) throw new Error(`snippets/${id}.ts: unbalanced placeholder markers`);
  const exports = [...code.matchAll(/^export\s+(?:async\s+)?(?:function\*?|const|let|class|interface|type)\s+([A-Za-z_$][\w$]*)/gm)].map(
    (m) => m[1],
  );
  const imports = code.split('\n').filter((l) => /^import\s/.test(l));
  return {
    id,
    rule: id.split('.')[0],
    title: meta.title,
    helperPath: meta.helper,
    filePath: meta.file,
    code,
    body,
    exports,
    imports,
  };
}


/**
 * The snippet source as JavaScript, in the same format (header, tab-stop markers, comments, layout):
 * the TypeScript-only text is cut out in place (annotations, type parameters and arguments, `as` /
 * `satisfies` / `!`, interfaces and type aliases, type-only imports, `readonly`-style modifiers), so
 * the rest stays byte for byte what the TypeScript snippet says. Used for `.js` files: the quick fixes
 * that inline a helper and the VS Code snippets of JavaScript documents. Syntax that cannot be erased
 * (enums, namespaces, parameter properties, decorators) throws: the build fails rather than ship a
 * wrong translation. `ts` is the `typescript` module (a build-time dependency only).
 */
export function snippetSourceToJs(id, source, ts) {
  const headerEnd = HEADER.exec(source)?.[0].length ?? 0;
  const sf = ts.createSourceFile(`${id}.ts`, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const cuts = [];
  const cut = (start, end) => cuts.push([start, end]);
  const fail = (node, what) => {
    const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
    throw new Error(`snippets/${id}.ts:${line + 1}: ${what} has no JavaScript form; rewrite it`);
  };
  /** A whole statement, with its JSDoc and its line. */
  const cutStatement = (node) => {
    let end = node.end;
    while (source[end] === ' ' || source[end] === '\t') end++;
    if (source[end] === '\n') end++;
    // Its JSDoc goes with it, never the snippet's header (the first statement's JSDoc too).
    let start = Math.max(node.getStart(sf, true), headerEnd);
    if (start > node.getStart(sf)) start = node.getStart(sf);
    while (start > 0 && (source[start - 1] === ' ' || source[start - 1] === '\t')) start--;
    cut(start, end);
  };
  /** `: Type` after a name, parameter list or `?`. */
  const cutAnnotation = (type) => cut(type.pos - 1, type.end);
  /** `<T, U>`: the node array's range is inside the brackets. */
  const cutAngles = (list) => {
    const open = source.lastIndexOf('<', list.pos);
    const close = source.indexOf('>', list.end);
    cut(open, close + 1);
  };
  const TS_MODIFIERS = new Set([
    ts.SyntaxKind.PublicKeyword,
    ts.SyntaxKind.PrivateKeyword,
    ts.SyntaxKind.ProtectedKeyword,
    ts.SyntaxKind.ReadonlyKeyword,
    ts.SyntaxKind.OverrideKeyword,
    ts.SyntaxKind.DeclareKeyword,
    ts.SyntaxKind.AbstractKeyword,
  ]);
  const visit = (node) => {
    switch (node.kind) {
      case ts.SyntaxKind.InterfaceDeclaration:
      case ts.SyntaxKind.TypeAliasDeclaration:
        cutStatement(node);
        return;
      case ts.SyntaxKind.EnumDeclaration:
      case ts.SyntaxKind.ModuleDeclaration:
      case ts.SyntaxKind.Decorator:
        fail(node, ts.SyntaxKind[node.kind]);
        break;
      case ts.SyntaxKind.ImportDeclaration: {
        const clause = node.importClause;
        if (clause?.isTypeOnly) {
          cutStatement(node);
          return;
        }
        const named = clause?.namedBindings;
        if (named && ts.isNamedImports(named)) {
          const typeOnly = named.elements.filter((e) => e.isTypeOnly);
          if (typeOnly.length === named.elements.length && !clause.name) {
            cutStatement(node);
            return;
          }
          for (const e of typeOnly) {
            // `{ type A, b }` → `{ b }`; `{ b, type A }` → `{ b }`.
            const i = named.elements.indexOf(e);
            const next = named.elements[i + 1];
            if (next) cut(e.getStart(sf), next.getStart(sf));
            else cut(named.elements[i - 1]?.end ?? e.getStart(sf), e.end);
          }
        }
        return;
      }
      case ts.SyntaxKind.ExportDeclaration:
        if (node.isTypeOnly) {
          cutStatement(node);
          return;
        }
        break;
      case ts.SyntaxKind.AsExpression:
      case ts.SyntaxKind.SatisfiesExpression:
        {
          // From the keyword: a comment after the expression (a tab stop's end marker) stays.
          let start = ts.skipTrivia(source, node.expression.end);
          while (source[start - 1] === ' ') start--;
          cut(start, node.end);
        }
        visit(node.expression);
        return;
      case ts.SyntaxKind.NonNullExpression:
        cut(node.end - 1, node.end);
        visit(node.expression);
        return;
      case ts.SyntaxKind.ParenthesizedExpression: {
        // `(error as T).x`, `{ ...(error as T) }`: the parentheses only served the assertion.
        const inner = node.expression;
        if ((ts.isAsExpression(inner) || ts.isSatisfiesExpression(inner) || ts.isNonNullExpression(inner)) && (ts.isIdentifier(inner.expression) || ts.isPropertyAccessExpression(inner.expression) || ts.isElementAccessExpression(inner.expression) || ts.isCallExpression(inner.expression))) {
          cut(node.getStart(sf), node.getStart(sf) + 1);
          cut(node.end - 1, node.end);
        }
        break;
      }
      case ts.SyntaxKind.TypeAssertionExpression:
        fail(node, 'an angle-bracket type assertion');
        break;
      case ts.SyntaxKind.HeritageClause:
        if (node.token === ts.SyntaxKind.ImplementsKeyword) {
          let start = node.getStart(sf);
          while (source[start - 1] === ' ') start--;
          cut(start, node.end);
          return;
        }
        break;
      case ts.SyntaxKind.Parameter:
        if (node.modifiers?.some((m) => TS_MODIFIERS.has(m.kind))) fail(node, 'a parameter property');
        if (ts.isIdentifier(node.name) && node.name.text === 'this') {
          let end = node.end;
          while (/[\s,]/.test(source[end] ?? '') && source[end] !== ')') end++;
          cut(node.getStart(sf), end);
          return;
        }
        break;
      default:
        break;
    }
    if (ts.isFunctionLike(node) && !node.body && node.kind !== ts.SyntaxKind.ArrowFunction && !ts.isTypeNode(node) && node.kind !== ts.SyntaxKind.MethodSignature) {
      // An overload signature.
      cutStatement(node);
      return;
    }
    for (const m of node.modifiers ?? []) {
      if (TS_MODIFIERS.has(m.kind)) {
        let end = m.end;
        while (source[end] === ' ') end++;
        cut(m.getStart(sf), end);
      }
    }
    // `x?: T` on a parameter or a class field: JavaScript has neither optional mark.
    if (node.questionToken && (ts.isParameter(node) || ts.isPropertyDeclaration(node))) cut(node.questionToken.getStart(sf), node.questionToken.end);
    if (node.exclamationToken && ts.isPropertyDeclaration(node)) cut(node.exclamationToken.getStart(sf), node.exclamationToken.end);
    if (node.exclamationToken && ts.isVariableDeclaration(node)) cut(node.exclamationToken.getStart(sf), node.exclamationToken.end);
    if (node.typeParameters) cutAngles(node.typeParameters);
    if (node.typeArguments && !ts.isTypeNode(node)) cutAngles(node.typeArguments);
    if (node.type && !ts.isTypeNode(node) && !ts.isTypeOperatorNode?.(node)) {
      if (ts.isParameter(node) || ts.isVariableDeclaration(node) || ts.isPropertyDeclaration(node) || ts.isFunctionLike(node)) cutAnnotation(node.type);
    }
    ts.forEachChild(node, (child) => {
      if (ts.isTypeNode(child)) return;
      visit(child);
    });
  };
  ts.forEachChild(sf, visit);
  cuts.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let js = '';
  let at = 0;
  for (const [start, end] of cuts) {
    if (start < at) continue; // inside a cut already made
    js += source.slice(at, start);
    at = end;
  }
  js += source.slice(at);
  return js.replace(/\n{3,}/g, '\n\n');
}
