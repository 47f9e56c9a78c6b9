import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plugin } from './lint-helpers';
import { ruleDocsUrl } from '../eslint-plugin/src/utils';

const root = join(__dirname, '..');
const ids = Object.keys(plugin.rules);

describe('every rule has its source, doc, test and snippet under one name', () => {
  it('the registry lists every rule file and only those', () => {
    const files = readdirSync(join(root, 'eslint-plugin/src/rules'))
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
      .map((f) => f.slice(0, -3))
      .sort();
    expect([...ids].sort()).toEqual(files);
  });

  it('no rule reads parser services (the lint core parses without node maps)', () => {
    // extension/src/core/lint-core.ts parses with `preserveNodeMaps: false` because no prodready rule
    // needs the ESTree-to-TypeScript node maps; a rule that starts to must revisit that.
    for (const dir of ['eslint-plugin/src/rules', 'eslint-plugin/src/utils']) {
      for (const f of readdirSync(join(root, dir)).filter((x) => x.endsWith('.ts'))) {
        const src = readFileSync(join(root, dir, f), 'utf8');
        expect(src, `${dir}/${f}`).not.toMatch(/parserServices|getParserServices|NodeToTSNodeMap|tsNodeToESTreeNodeMap/);
      }
    }
    expect(readFileSync(join(root, 'extension/src/core/lint-core.ts'), 'utf8')).toMatch(/preserveNodeMaps: false/);
  });

  for (const id of ids) {
    describe(id, () => {
      const rule = plugin.rules[id as keyof typeof plugin.rules];
      it('has a doc, a test and a snippet', () => {
        expect(existsSync(join(root, `eslint-plugin/docs/rules/${id}.md`)), 'doc').toBe(true);
        expect(existsSync(join(root, `eslint-plugin/tests/rules/${id}.test.ts`)), 'test').toBe(true);
        expect(existsSync(join(root, `snippets/${id}.ts`)), 'snippet').toBe(true);
        expect(plugin.snippets[id], 'snippet is generated').toBeDefined();
      });
      it('has conventional metadata', () => {
        const meta = rule.meta;
        expect(meta.docs?.url).toBe(ruleDocsUrl(id));
        expect(meta.docs?.description).toMatch(/^(Disallow|Require|Enforce) /);
        expect(meta.docs?.description).not.toMatch(/placeholder/i);
        expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
        expect(meta.hasSuggestions, 'offers the snippet as a suggestion').toBe(true);
        expect(Array.isArray(meta.schema)).toBe(true);
        for (const message of Object.values(meta.messages)) {
          expect(message.length).toBeGreaterThan(30);
        }
      });
      it('has a doc with the conventional sections', () => {
        const doc = readFileSync(join(root, `eslint-plugin/docs/rules/${id}.md`), 'utf8');
        expect(doc.startsWith(`# prodready/${id}`)).toBe(true);
        for (const section of ['## Why it matters in production', '## How to fix', '## Options', '## When not to use it']) {
          expect(doc, section).toContain(section);
        }
        expect(doc).toMatch(/```\w+ incorrect/);
        expect(doc).toMatch(/```\w+ correct/);
        const recommended = rule.meta.docs?.recommended === true;
        expect(doc).toContain(recommended ? 'recommended' : '`all`');
      });
    });
  }
});
