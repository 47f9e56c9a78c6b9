import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { lintWith, plugin } from './lint-helpers';
import { parseSnippet, snippetSourceToJs } from '../scripts/snippet-format.mjs';
import { snippets as generated } from '../eslint-plugin/src/generated/snippets';
import ts from 'typescript';
import * as espree from 'espree';
import { pruneToNames, toCommonJsModule } from '../eslint-plugin/src/utils/snippets';

const root = join(__dirname, '..');
const files = readdirSync(join(root, 'snippets')).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));

/** Flattens a VS Code snippet body: `${1:text}` → text, `$0` → '', escapes undone. */
function flattenBody(body: string): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === '\\' && i + 1 < body.length) {
      out += body[++i];
    } else if (ch === '$' && body[i + 1] === '{') {
      const m = /^\$\{\d+:/.exec(body.slice(i));
      if (!m) throw new Error(`bad tab stop at ${i}`);
      i += m[0].length - 1;
      depth++;
    } else if (ch === '$' && body[i + 1] === '0') {
      i++;
    } else if (ch === '}' && depth > 0) {
      depth--;
    } else {
      out += ch;
    }
  }
  return out;
}

describe('snippets', () => {
  it('the generated snippet module and VS Code snippets are up to date', () => {
    expect(() =>
      execFileSync(process.execPath, [join(root, 'scripts/gen-snippets.mjs'), '--check'], { stdio: 'pipe' }),
    ).not.toThrow();
  });

  it('the type eraser refuses what has no JavaScript form, and keeps tab-stop markers next to an erased `as`', () => {
    expect(() => snippetSourceToJs('x', 'enum A { B }\n', ts)).toThrow(/no JavaScript form/);
    expect(() => snippetSourceToJs('x', 'class A { constructor(private b: string) {} }\n', ts)).toThrow(/parameter property/);
    expect(snippetSourceToJs('x', 'const a = /*${1:*/undefined/*}*/ as string | undefined;\n', ts)).toBe('const a = /*${1:*/undefined/*}*/;\n');
    expect(snippetSourceToJs('x', 'class A {\n  b?: string;\n  readonly c!: number;\n  f(g?: number): void {}\n}\n', ts)).toBe('class A {\n  b;\n  c;\n  f(g) {}\n}\n');
    expect(snippetSourceToJs('x', "import type { A } from 'a';\nimport { b, type C } from 'b';\nexport interface D { e: A }\nexport const f = (g?: C): D => ({ e: b(g!) as A });\n", ts)).toBe(
      "import { b } from 'b';\nexport const f = (g) => ({ e: b(g) });\n",
    );
  });

  it('every snippet belongs to a rule', () => {
    for (const f of files) expect(Object.keys(plugin.rules)).toContain(f.split('.')[0]);
  });

  for (const f of files) {
    const id = f.slice(0, -3);
    const source = readFileSync(join(root, 'snippets', f), 'utf8');
    const snippet = parseSnippet(id, source);
    const file: string = /@file\s+(\S+)/.exec(source)?.[1] ?? snippet.helperPath ?? `lib/${id}.ts`;
    describe(id, () => {
      it('has tab stops, and its VS Code body flattens back to the code', () => {
        expect(snippet.body).toMatch(/\$\{1:/);
        expect(flattenBody(snippet.body)).toBe(snippet.code);
      });
      it(`is lint clean under every prodready rule (as ${file})`, () => {
        const messages = lintWith(snippet.code, file);
        expect(messages.map((m) => `${m.ruleId ?? 'parse'}:${m.line}: ${m.message}`)).toEqual([]);
      });
      describe('as JavaScript', () => {
        const js = generated[id]!.js;
        const jsFile = file.replace(/\.ts$/, '.js').replace(/\.tsx$/, '.jsx');
        it('parses with ESLint\'s default parser, keeps the tab stops and flattens back to its code', () => {
          expect(() => espree.parse(js.code, { ecmaVersion: 'latest', sourceType: 'module', ecmaFeatures: { jsx: true } })).not.toThrow();
          expect((js.body.match(/\$\{\d+:/g) ?? []).length).toBe((snippet.body.match(/\$\{\d+:/g) ?? []).length);
          expect(flattenBody(js.body)).toBe(js.code);
        });
        it('is the TypeScript snippet with only the types erased (same program as tsc emits)', () => {
          const emit = (code: string) =>
            ts.transpileModule(code, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, jsx: ts.JsxEmit.Preserve, removeComments: true }, reportDiagnostics: false }).outputText.replace(/\s+/g, '');
          expect(emit(js.code)).toBe(emit(snippet.code));
          // and nothing else changed: every line of the JavaScript is a line of the TypeScript, or one with types cut out
          expect(js.code.split('\n').length).toBeLessThanOrEqual(snippet.code.split('\n').length);
        });
        it(`is lint clean under every prodready rule (as ${jsFile})`, () => {
          const messages = lintWith(js.code, jsFile);
          expect(messages.map((m) => `${m.ruleId ?? 'parse'}:${m.line}: ${m.message}`)).toEqual([]);
        });
      });
      // The helper module the editor creates next to a CommonJS document (an Express app's `require()`).
      const helper = generated[id]!;
      if (helper.helperPath && !helper.filePath) {
        describe('as a CommonJS module', () => {
          const cjs = toCommonJsModule(helper.js.code);
          const valueExports = helper.exports.filter((n) => !new RegExp(`^export\\s+(?:interface|type)\\s+${n}\\b`, 'm').test(helper.code));
          it('parses as a script, flattens back from its body, and exports every value the snippet exports', () => {
            expect(cjs).toBeDefined();
            expect(() => espree.parse(cjs!, { ecmaVersion: 'latest', sourceType: 'script' })).not.toThrow();
            expect(cjs).not.toMatch(/^(?:import|export)\s/m);
            expect(flattenBody(toCommonJsModule(helper.js.body)!)).toBe(cjs);
            // Run it with stub dependencies: module.exports holds every value export.
            const stub: unknown = new Proxy(function () {}, { get: (_t, k) => (k === Symbol.toPrimitive ? () => '' : stub), apply: () => stub, construct: () => stub as object });
            const mod: { exports: Record<string, unknown> } = { exports: {} };
            new Function('module', 'exports', 'require', 'process', cjs!)(mod, mod.exports, () => stub, { env: {} });
            expect(Object.keys(mod.exports).sort()).toEqual([...valueExports].sort());
            for (const n of valueExports) expect(mod.exports[n]).toBeDefined();
          });
          const cjsFile = file.replace(/\.tsx?$/, '.cjs');
          it(`is lint clean under every prodready rule (as ${cjsFile})`, () => {
            const messages = lintWith(cjs!, cjsFile);
            expect(messages.map((m) => `${m.ruleId ?? 'parse'}:${m.line}: ${m.message}`)).toEqual([]);
          });
        });
      }
    });
  }
});

describe('helpers inlined by suggestions carry only what the wanted names need (pruneToNames)', () => {
  const helpers = Object.values(generated).filter((s) => s.exports.length > 0);
  const bodyOf = (code: string) => code.split('\n').filter((l) => !/^import\s/.test(l)).join('\n');
  /** Names the full body declares at the top level that `code` uses without declaring them. */
  function missing(code: string, full: string): string[] {
    const declaredIn = (text: string) =>
      new Set([...text.matchAll(/^(?:export\s+)?(?:async\s+)?(?:function\s*\*?\s*([\w$]+)|(?:const|let|var)\s+([\w$]+)|class\s+([\w$]+)|interface\s+([\w$]+)|type\s+([\w$]+))/gm)].map((m) => m.slice(1).find(Boolean)!));
    const all = declaredIn(full);
    const have = declaredIn(code);
    // Code only: comments may name sibling helpers.
    const codeOnly = code
      .split('\n')
      .filter((l) => !/^\s*(?:\/\*|\*)/.test(l))
      .map((l) => l.replace(/(^|\s)\/\/.*$/, '$1'))
      .join('\n');
    return [...all].filter((n) => !have.has(n) && new RegExp(`(?<![\\w$.])${n.replace(/\$/g, '\\$')}(?![\\w$])`).test(codeOnly));
  }
  it.each(helpers.map((s) => [s.id, s] as const))('%s: every export alone parses and lacks nothing; all exports keep the whole body', (_id, s) => {
    for (const code of [s.code, s.js.code]) {
      const body = bodyOf(code);
      expect(pruneToNames(body, s.exports)).toBe(body);
      // Type exports have no declaration in the JavaScript form.
      for (const name of s.exports.filter((n) => new RegExp(`^(?:export\\s+)?(?:async\\s+)?(?:function\\s*\\*?\\s*|const\\s+|let\\s+|class\\s+|interface\\s+|type\\s+)${n.replace(/\$/g, '\\$')}\\b`, 'm').test(body))) {
        const pruned = pruneToNames(body, [name]);
        expect(pruned).toMatch(new RegExp(`(?:function\\s*\\*?\\s*|const\\s+|let\\s+|class\\s+|interface\\s+|type\\s+)${name.replace(/\$/g, '\\$')}\\b`));
        const out = ts.transpileModule(pruned, { reportDiagnostics: true, compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
        expect(out.diagnostics ?? []).toEqual([]);
        expect(missing(pruned, body)).toEqual([]);
      }
    }
  });
  it('drops sibling helpers the wanted one does not use (fetchWithTimeout without fetchWithHeadersTimeout or isTimeoutError)', () => {
    const s = generated['require-request-timeout']!;
    const pruned = pruneToNames(bodyOf(s.code), ['fetchWithTimeout']);
    expect(pruned).toContain('function fetchWithTimeout(');
    expect(pruned).toContain('DEFAULT_FETCH_TIMEOUT_MS');
    expect(pruned).not.toContain('fetchWithHeadersTimeout');
    expect(pruned).not.toContain('isTimeoutError');
  });
});
