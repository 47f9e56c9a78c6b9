import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { lintWith, plugin } from './lint-helpers';
import { parseSnippet } from '../scripts/snippet-format.mjs';

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
    });
  }
});
