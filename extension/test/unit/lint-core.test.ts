import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixAllText, lintFilename, lintText, ruleMetas, skipReason, snippetsForRule, surelyTooLarge } from '../../src/core/lint-core';
import { toDiagnostics, ruleIdOfDiagnostic, sameFinding } from '../../src/core/diagnostics';
import {
  DEFAULT_SETTINGS,
  readSettings,
  rulesFromEslintConfig,
  rulesFromSettings,
  SETTING_KEYS,
  type EffectiveRules,
} from '../../src/core/settings';
import { LineIndex, minimalEdit } from '../../src/core/text';
import { ROUTE } from './helpers';

const root = join(__dirname, '../../..');
const metas = ruleMetas();
const redisOnly: EffectiveRules = { rules: { 'no-redis-keys': { severity: 'error', options: [] } }, helperModules: {}, source: 'settings' };

describe('settings', () => {
  it('every prodready.* setting in package.json is read by the typed reader, and the reverse', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const declared = Object.keys(pkg.contributes.configuration.properties).map((k: string) => k.replace(/^prodready\./, ''));
    expect(declared.sort()).toEqual(Object.keys(SETTING_KEYS).sort());
    for (const key of declared) {
      const field = SETTING_KEYS[key as keyof typeof SETTING_KEYS];
      expect(pkg.contributes.configuration.properties[`prodready.${key}`].default).toEqual(DEFAULT_SETTINGS[field]);
    }
  });

  it('falls back to the defaults on missing or bad values', () => {
    expect(readSettings(() => undefined)).toEqual(DEFAULT_SETTINGS);
    const s = readSettings((k) => ({ run: 'sometimes', debounce: -5, maxFileSize: 'big', severity: 'fatal' })[k]);
    expect(s).toEqual(DEFAULT_SETTINGS);
  });

  it('reads per-rule severity and options in both forms', () => {
    const s = readSettings(
      (k) =>
        ({
          rules: { 'no-redis-keys': 'error', 'prodready/no-module-state': { severity: 'hint', options: [{ a: 1 }] }, bad: 42, 'x-warn': ['warn', {}] },
          ruleSet: 'all',
        })[k],
    );
    expect(s.rules['no-redis-keys']).toEqual({ severity: 'error' });
    expect(s.rules['no-module-state']).toEqual({ severity: 'hint', options: [{ a: 1 }] });
    expect(s.rules['x-warn']).toEqual({ severity: 'warning', options: [{}] });
    expect(s.rules.bad).toBeUndefined();
  });

  it('turns on the recommended rules at the default severity, honours off and per-rule severity', () => {
    const r = rulesFromSettings(readSettings((k) => ({ rules: { 'no-redis-keys': 'error' } })[k]), metas);
    expect(r.rules['no-redis-keys']).toEqual({ severity: 'error', options: [] });
    for (const [id, m] of Object.entries(metas)) if (id !== 'no-redis-keys') expect(id in r.rules).toBe(m.recommended);
    const off = rulesFromSettings(readSettings((k) => ({ rules: { 'no-redis-keys': 'off' } })[k]), metas);
    expect(off.rules['no-redis-keys']).toBeUndefined();
    const all = rulesFromSettings(readSettings((k) => ({ ruleSet: 'all' })[k]), metas);
    expect(Object.keys(all.rules).sort()).toEqual(Object.keys(metas).sort());
  });

  it('takes the prodready rules, options and helperModules of a resolved ESLint config', () => {
    const r = rulesFromEslintConfig(
      {
        rules: { 'prodready/no-redis-keys': [1, { clientNames: ['cache'] }], 'prodready/no-module-state': [0], 'no-console': [2] },
        settings: { prodready: { helperModules: { 'no-redis-keys': '@/lib/scan' } } },
      },
      metas,
      '/app/eslint.config.mjs',
    );
    expect(r).toEqual({
      rules: { 'no-redis-keys': { severity: 'warning', options: [{ clientNames: ['cache'] }] } },
      helperModules: { 'no-redis-keys': '@/lib/scan' },
      source: 'eslint-config',
      configFile: '/app/eslint.config.mjs',
    });
    expect(rulesFromEslintConfig({ rules: { 'no-console': [2] } }, metas)).toBeUndefined();
  });
});

describe('lint core', () => {
  it('reports a core rule with the bundled plugin and parser', () => {
    const r = lintText({ text: ROUTE, filename: '/proj/app/api/keys/route.ts', cwd: '/proj', rules: redisOnly });
    expect(r.status).toBe('ok');
    expect(r.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['prodready/no-redis-keys', 4, 28]]);
    expect(r.messages[0]!.suggestions?.length).toBe(1);
  });

  it('classifies paths relative to the project, so folders above it never count (…/test/…)', () => {
    const r = lintText({ text: ROUTE, filename: '/home/me/test/proj/app/api/keys/route.ts', cwd: '/home/me/test/proj', rules: redisOnly });
    expect(r.messages).toHaveLength(1);
    // A file outside cwd is still linted (cwd falls back to its folder).
    const outside = lintText({ text: ROUTE, filename: '/elsewhere/route.ts', cwd: '/proj', rules: redisOnly });
    expect(outside.status).toBe('ok');
  });

  it('gives a parse error status instead of findings for broken code', () => {
    const r = lintText({ text: 'export async function GET( {', filename: '/p/app/route.ts', cwd: '/p', rules: redisOnly });
    expect(r.status).toBe('parse-error');
    expect(r.parseError?.line).toBe(1);
  });

  it('ignores other plugins\' directives and honours prodready disable comments', () => {
    const text = ROUTE.replace('  const keys', '  // eslint-disable-next-line react-hooks/exhaustive-deps\n  const keys');
    expect(lintText({ text, filename: '/p/app/route.ts', cwd: '/p', rules: redisOnly }).messages).toHaveLength(1);
    const off = ROUTE.replace('  const keys', '  // eslint-disable-next-line prodready/no-redis-keys\n  const keys');
    expect(lintText({ text: off, filename: '/p/app/route.ts', cwd: '/p', rules: redisOnly }).messages).toHaveLength(0);
  });

  it('lints files without a JS/TS extension under a name from their language', () => {
    expect(lintFilename('/p/Untitled-1', 'typescriptreact')).toBe('/p/Untitled-1.tsx');
    expect(lintFilename('/p/a.mts')).toBe('/p/a.mts');
  });

  it('skips large and minified files with a reason', () => {
    expect(skipReason('x'.repeat(600_000), 'a.js', { maxFileSize: 500_000 })).toBe('the file has 600,000 characters, over prodready.maxFileSize (500,000)');
    // A small limit reads in characters too (it read "the file is 0 KB, over prodready.maxFileSize (0 KB)").
    expect(skipReason('x'.repeat(412), 'a.ts', { maxFileSize: 200 })).toBe('the file has 412 characters, over prodready.maxFileSize (200)');
    expect(skipReason('x'.repeat(200), 'a.ts', { maxFileSize: 200 })).toBeUndefined();
  });

  it('pre-filters files by their size on disk only when they are over the limit in characters for sure', () => {
    // maxFileSize counts characters; UTF-8 takes up to 3 bytes per UTF-16 code unit.
    const accented = 'é'.repeat(200); // 400 bytes on disk, 200 characters
    expect(Buffer.byteLength(accented)).toBe(400);
    expect(surelyTooLarge(Buffer.byteLength(accented), 200)).toBe(false);
    expect(skipReason(accented, 'a.ts', { maxFileSize: 200 })).toBeUndefined();
    expect(surelyTooLarge(601, 200)).toBe(true);
    expect(surelyTooLarge(600, 200)).toBe(false);
    expect(skipReason('var a=1;', 'vendor.min.js', { maxFileSize: 500_000 })).toMatch(/minified/);
    expect(skipReason(`var a=${'1+'.repeat(20_000)}1;`, 'a.js', { maxFileSize: 500_000 })).toMatch(/line of/);
    expect(skipReason(ROUTE.repeat(50), 'a.ts', { maxFileSize: 500_000 })).toBeUndefined();
  });

  it('lints a large file without throwing', () => {
    const big = ROUTE.replace(/GET/g, 'H').replace('redis.keys', 'redis.get').concat(Array.from({ length: 1000 }, (_, i) => `export const v${i} = { a: ${i}, b: 'some text here ${i}', c: [1, 2, 3] };`).join('\n'));
    const r = lintText({ text: big, filename: '/p/lib/big.ts', cwd: '/p', rules: rulesFromSettings(readSettings(() => undefined), metas) });
    expect(r.status).toBe('ok');
    expect(r.messages.map((m) => m.ruleId)).toEqual([]);
  });

  it('fix all applies only autofixes (none here), leaving the findings', () => {
    const r = fixAllText({ text: ROUTE, filename: '/p/app/route.ts', cwd: '/p', rules: redisOnly });
    expect(r.output).toBe(ROUTE);
    expect(r.remaining.map((m) => m.ruleId)).toContain('prodready/no-redis-keys');
    expect(minimalEdit('abcdef', 'abXYef')).toEqual({ range: [2, 4], text: 'XY' });
  });

  it('finds the snippets of a rule', () => {
    expect(snippetsForRule('no-redis-keys').map((s) => s.id)).toEqual(['no-redis-keys']);
  });
});

describe('diagnostic mapping', () => {
  it('maps to 0-based ranges with source, code = rule id, docs link and configured severity', () => {
    const r = lintText({ text: ROUTE, filename: '/p/app/route.ts', cwd: '/p', rules: redisOnly });
    const rules: EffectiveRules = { ...redisOnly, rules: { 'no-redis-keys': { severity: 'hint', options: [] } } };
    const [d] = toDiagnostics(r.messages, ROUTE, { rules, metas });
    expect(d).toMatchObject({
      range: { start: { line: 3, character: 27 }, end: { line: 3, character: 31 } },
      severity: 'hint',
      ruleId: 'no-redis-keys',
      source: 'prodready',
      docsUrl: metas['no-redis-keys']!.docsUrl,
      suggestionCount: 1,
    });
    expect(d!.docsUrl).toMatch(/docs\/rules\/no-redis-keys\.md$/);
    expect(sameFinding(r.messages[0]!, 'no-redis-keys', d!.range, new LineIndex(ROUTE))).toBe(true);
    expect(toDiagnostics(r.messages, ROUTE, { rules, metas, hide: new Set(['no-redis-keys']) })).toEqual([]);
  });

  it('maps CRLF text and messages without an end', () => {
    const text = 'a\r\nbb foo\r\n';
    const [d] = toDiagnostics([{ ruleId: 'prodready/no-redis-keys', message: 'm', line: 2, column: 4, severity: 2, nodeType: 'Identifier' }], text, { rules: redisOnly, metas });
    expect(d!.range).toEqual({ start: { line: 1, character: 3 }, end: { line: 1, character: 6 } });
  });

  it('recognises prodready findings of the ESLint extension', () => {
    expect(ruleIdOfDiagnostic('eslint', 'prodready/no-redis-keys')).toBe('no-redis-keys');
    expect(ruleIdOfDiagnostic('eslint', 'no-console')).toBeUndefined();
    expect(ruleIdOfDiagnostic('prodready', 'no-redis-keys')).toBe('no-redis-keys');
  });
});
