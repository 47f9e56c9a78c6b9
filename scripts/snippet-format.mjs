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
