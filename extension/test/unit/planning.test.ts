import { join } from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { planCodeActions, planDisableForLine } from '../../src/core/code-actions';
import { lintText, parses, ruleMetas, snippetsForRule, type Snippet } from '../../src/core/lint-core';
import { toDiagnostics } from '../../src/core/diagnostics';
import {
  exportsNames,
  findAppRoot,
  flattenBody,
  importSpecifier,
  locateHelper,
  planSnippet,
  readAlias,
  stripJsonc,
  type SnippetPlanInput,
} from '../../src/core/snippet-plan';
import type { EffectiveRules } from '../../src/core/settings';
import { LineIndex } from '../../src/core/text';
import { applyEdits, nodeFs, ROUTE, tempTree } from './helpers';

const metas = ruleMetas();
const rules: EffectiveRules = { rules: { 'no-redis-keys': { severity: 'warning', options: [] } }, helperModules: {}, source: 'settings' };
const redisSnippet = snippetsForRule('no-redis-keys')[0]!;

function finding(text: string, filename: string, cwd: string) {
  const r = lintText({ text, filename, cwd, rules });
  const [d] = toDiagnostics(r.messages, text, { rules, metas });
  return { message: r.messages[0]!, diagnostic: d! };
}

function input(root: string, docRel: string, text: string, extra: Partial<SnippetPlanInput> = {}): SnippetPlanInput {
  const docPath = join(root, docRel);
  const { diagnostic } = finding(text, docPath, root);
  return {
    snippet: redisSnippet,
    text,
    docPath,
    folderPath: root,
    finding: { ruleId: 'no-redis-keys', range: diagnostic.range },
    fs: nodeFs,
    relint: (helperModules) => lintText({ text, filename: docPath, cwd: root, rules, helperModules }).messages,
    ...extra,
  };
}

describe('code-action planning', () => {
  it('plans the suggestion, the hardened snippet, disable-for-line and docs for a finding', () => {
    const { message } = finding(ROUTE, '/p/app/api/keys/route.ts', '/p');
    const index = new LineIndex(ROUTE);
    const actions = planCodeActions({ index, message, ruleId: 'no-redis-keys', meta: metas['no-redis-keys'], snippets: snippetsForRule('no-redis-keys') });
    expect(actions.map((a) => a.kind)).toEqual(['suggestion', 'snippet', 'disable', 'docs']);
    const suggestion = actions[0]!;
    if (suggestion.kind !== 'suggestion') throw new Error('kind');
    const fixed = applyEdits(ROUTE, suggestion.edits);
    expect(fixed).toContain("await collectKeys(redis, 'session:*')");
    expect(fixed).toContain('async function collectKeys');
    expect(actions[1]).toMatchObject({ title: `Insert hardened snippet: ${redisSnippet.title}`, snippetId: 'no-redis-keys' });
    const disable = actions[2]!;
    if (disable.kind !== 'disable') throw new Error('kind');
    const disabled = applyEdits(ROUTE, disable.edits);
    expect(disabled).toContain("  // eslint-disable-next-line prodready/no-redis-keys\n  const keys = await redis.keys('session:*');");
    expect(lintText({ text: disabled, filename: '/p/app/api/keys/route.ts', cwd: '/p', rules }).messages).toEqual([]);
    expect(actions[3]).toMatchObject({ kind: 'docs', url: metas['no-redis-keys']!.docsUrl });
  });

  it('appends to an existing eslint-disable-next-line comment, and keeps a `-- reason`', () => {
    const text = 'a();\n  // eslint-disable-next-line foo/bar -- legacy\n  redis.keys(x);\n';
    const edits = planDisableForLine(new LineIndex(text), 2, 'no-redis-keys');
    expect(applyEdits(text, edits)).toBe('a();\n  // eslint-disable-next-line foo/bar, prodready/no-redis-keys -- legacy\n  redis.keys(x);\n');
    const already = '// eslint-disable-next-line prodready/no-redis-keys\nredis.keys(x);\n';
    expect(planDisableForLine(new LineIndex(already), 1, 'no-redis-keys')).toEqual([]);
  });

  it('uses the {/* */} form when the // form does not work (JSX children), keeps CRLF', () => {
    const text = 'const a = (\r\n  <div>\r\n    {redis.keys(x)}\r\n  </div>\r\n);\r\n';
    const works = (t: string) => !t.includes('    // eslint');
    const out = applyEdits(text, planDisableForLine(new LineIndex(text), 2, 'no-redis-keys', works));
    expect(out).toBe('const a = (\r\n  <div>\r\n    {/* eslint-disable-next-line prodready/no-redis-keys */}\r\n    {redis.keys(x)}\r\n  </div>\r\n);\r\n');
  });
});

describe('helper-module planning', () => {
  it('finds the app root, the src/ convention and the @/ alias (JSONC tsconfig)', async () => {
    const root = tempTree({
      'package.json': '{}',
      'tsconfig.json': '{ // comment\n "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["./src/*"], }, }, }',
      'src/app/api/keys/route.ts': ROUTE,
    });
    expect(await findAppRoot(join(root, 'src/app/api/keys/route.ts'), root, nodeFs)).toBe(root);
    expect(await readAlias(root, nodeFs)).toEqual({ prefix: '@/', dir: join(root, 'src') });
    const loc = await locateHelper(redisSnippet, join(root, 'src/app/api/keys/route.ts'), root, nodeFs);
    expect(loc).toMatchObject({ file: join(root, 'src/lib/redis-scan.ts'), exists: false, importPath: '@/lib/redis-scan', language: 'ts' });
    expect(JSON.parse(stripJsonc('{"a": "//not a comment", /* c */ "b": [1,],}'))).toEqual({ a: '//not a comment', b: [1] });
  });

  it('plans creating src/lib/redis-scan.ts, rewriting the call site and importing it by alias', async () => {
    const root = tempTree({
      'package.json': '{}',
      'tsconfig.json': JSON.stringify({ compilerOptions: { paths: { '@/*': ['./src/*'] } } }),
      'src/app/api/keys/route.ts': ROUTE,
    });
    const plan = await planSnippet(input(root, 'src/app/api/keys/route.ts', ROUTE));
    expect(plan.kind).toBe('helper');
    if (plan.kind !== 'helper') return;
    expect(plan).toMatchObject({ helperFile: join(root, 'src/lib/redis-scan.ts'), create: true, importPath: '@/lib/redis-scan' });
    expect(plan.contents).toBe(redisSnippet.code);
    expect(plan.body).toContain('${1:100}');
    const after = applyEdits(ROUTE, plan.edits);
    expect(after).toBe(
      "import { Redis } from '@upstash/redis';\nimport { collectKeys } from '@/lib/redis-scan';\nconst redis = Redis.fromEnv();\nexport async function GET() {\n  const keys = await collectKeys(redis, 'session:*');\n  return Response.json(keys);\n}\n",
    );
    // The finding is gone.
    expect(lintText({ text: after, filename: join(root, 'src/app/api/keys/route.ts'), cwd: root, rules }).messages).toEqual([]);
  });

  it('uses lib/ and a relative import without src/app and without an alias', async () => {
    const root = tempTree({ 'package.json': '{}', 'app/api/keys/route.ts': ROUTE });
    const plan = await planSnippet(input(root, 'app/api/keys/route.ts', ROUTE));
    expect(plan).toMatchObject({ kind: 'helper', helperFile: join(root, 'lib/redis-scan.ts'), importPath: '../../../lib/redis-scan' });
  });

  it('reuses a helper module that already exists (never overwrites it)', async () => {
    const existing = 'export async function collectKeys() { return []; }\nexport function scanKeys() {}\n';
    const root = tempTree({ 'package.json': '{}', 'tsconfig.json': '{"compilerOptions":{"paths":{"@/*":["./*"]}}}', 'lib/redis-scan.ts': existing, 'app/api/keys/route.ts': ROUTE });
    const plan = await planSnippet(input(root, 'app/api/keys/route.ts', ROUTE));
    expect(plan).toMatchObject({ kind: 'helper', helperFile: join(root, 'lib/redis-scan.ts'), create: false, importPath: '@/lib/redis-scan' });
    if (plan.kind === 'helper') expect(applyEdits(ROUTE, plan.edits)).toContain("import { collectKeys } from '@/lib/redis-scan';");
  });

  it('finds an existing helper with another extension or as an index file', async () => {
    const root = tempTree({ 'package.json': '{}', 'lib/redis-scan/index.js': 'export { collectKeys, scanKeys } from "./impl";\n', 'app/route.js': '' });
    const loc = await locateHelper(redisSnippet, join(root, 'app/route.js'), root, nodeFs);
    expect(loc).toMatchObject({ file: join(root, 'lib/redis-scan/index.js'), exists: true, conflict: false, importPath: '../lib/redis-scan', language: 'js' });
  });

  it('leaves an existing unrelated file alone and inlines the helper instead', async () => {
    const root = tempTree({ 'package.json': '{}', 'lib/redis-scan.ts': 'export const other = 1;\n', 'app/api/keys/route.ts': ROUTE });
    const plan = await planSnippet(input(root, 'app/api/keys/route.ts', ROUTE));
    expect(plan.kind).toBe('inline');
    if (plan.kind !== 'inline') return;
    expect(plan.reason).toMatch(/does not export/);
    expect(applyEdits(ROUTE, plan.edits)).toContain('async function collectKeys');
  });

  it('imports from helperModules when the app names its module (no file created)', async () => {
    const root = tempTree({ 'package.json': '{}', 'app/api/keys/route.ts': ROUTE });
    const plan = await planSnippet(input(root, 'app/api/keys/route.ts', ROUTE, { configuredModule: '@/server/keys' }));
    expect(plan).toMatchObject({ kind: 'helper', helperFile: undefined, create: false, importPath: '@/server/keys' });
  });

  it('creates a JavaScript helper (types stripped, tab stops kept) in a JS app', async () => {
    const text = ROUTE;
    const root = tempTree({ 'package.json': '{}', 'jsconfig.json': '{"compilerOptions":{"paths":{"@/*":["./*"]}}}', 'app/api/keys/route.js': text });
    const plan = await planSnippet(input(root, 'app/api/keys/route.js', text));
    expect(plan).toMatchObject({ kind: 'helper', helperFile: join(root, 'lib/redis-scan.js'), importPath: '@/lib/redis-scan' });
    if (plan.kind !== 'helper') return;
    expect(plan.contents).not.toMatch(/: string|import type/);
    expect(plan.body).toContain('${1:100}');
    expect(flattenBody(plan.body)).toBe(plan.contents);
    expect(parses(plan.contents, 'x.js')).toBe(true);
  });

  it('creates a CommonJS helper for a CommonJS document, which Node can require()', async () => {
    const text = "const { Redis } = require('@upstash/redis');\nconst redis = Redis.fromEnv();\n\nmodule.exports = async function handler(req, res) {\n  const keys = await redis.keys('session:*');\n  res.json({ n: keys.length });\n};\n";
    const root = tempTree({ 'package.json': '{}', 'pages/api/keys.js': text });
    const plan = await planSnippet(input(root, 'pages/api/keys.js', text));
    expect(plan).toMatchObject({ kind: 'helper', helperFile: join(root, 'lib/redis-scan.js'), create: true });
    if (plan.kind !== 'helper') return;
    expect(plan.contents).not.toMatch(/^(?:import|export)\s/m);
    expect(plan.contents).toMatch(/^module\.exports = \{ scanKeys, collectKeys \};$/m);
    expect(flattenBody(plan.body)).toBe(plan.contents);
    const fixed = applyEdits(text, plan.edits);
    expect(fixed).toContain("const { collectKeys } = require('../../lib/redis-scan');");
    expect(fixed).not.toMatch(/^import\s/m);
    // Node requires the created module as is.
    mkdirSync(join(root, 'lib'), { recursive: true });
    writeFileSync(plan.helperFile!, plan.contents);
    const mod = createRequire(join(root, 'pages/api/keys.js'))('../../lib/redis-scan') as Record<string, unknown>;
    expect(typeof mod.collectKeys).toBe('function');
    expect(typeof mod.scanKeys).toBe('function');
  });

  it('keeps an ES module helper for an ES module JavaScript document', async () => {
    const text = "import { Redis } from '@upstash/redis';\nconst redis = Redis.fromEnv();\n\nexport default async function handler(req, res) {\n  const keys = await redis.keys('session:*');\n  res.json({ n: keys.length });\n}\n";
    const root = tempTree({ 'package.json': '{}', 'pages/api/keys.js': text });
    const plan = await planSnippet(input(root, 'pages/api/keys.js', text));
    if (plan.kind !== 'helper') throw new Error(plan.kind);
    expect(plan.contents).toMatch(/^export async function collectKeys/m);
    expect(applyEdits(text, plan.edits)).toContain("import { collectKeys } from '../../lib/redis-scan';");
  });

  it('helpers: import specifiers and export checks', () => {
    expect(importSpecifier('/a/app/x/route.ts', '/a/lib/t.ts', undefined)).toBe('../../lib/t');
    expect(importSpecifier('/a/app/route.ts', '/a/app/t.mts', undefined)).toBe('./t.mjs');
    expect(importSpecifier('/a/src/app/route.ts', '/a/src/lib/t/index.ts', { prefix: '@/', dir: '/a/src' })).toBe('@/lib/t');
    expect(exportsNames('export const a = 1; export { b as c, d };', ['a', 'd'])).toBe(true);
    expect(exportsNames('export const a = 1;', ['a', 'b'])).toBe(false);
  });
});

describe('snippet insertion planning (no helper module)', () => {
  const statementSnippet: Snippet = {
    id: 'no-redis-keys.test-stmt',
    rule: 'no-redis-keys',
    title: 'statement snippet',
    exports: [],
    code: "import { z } from 'zod';\nconst limit = 100;\nif (limit > 1000) throw new Error('too many');\n",
    body: "import { z } from 'zod';\nconst limit = ${1:100};\nif (limit > 1000) throw new Error('too many');$0\n",

    js: {
      code: "import { z } from 'zod';\nconst limit = 100;\nif (limit > 1000) throw new Error('too many');\n",
      body: "import { z } from 'zod';\nconst limit = ${1:100};\nif (limit > 1000) throw new Error('too many');$0\n",
    },
  };
  const declSnippet: Snippet = {
    id: 'no-redis-keys.test-decl',
    rule: 'no-redis-keys',
    title: 'declaration snippet',
    exports: ['helper'],
    code: "import { Redis } from '@upstash/redis';\nexport function helper(r: Redis) {\n  return r;\n}\n",
    body: "import { Redis } from '@upstash/redis';\nexport function helper(r: Redis) {\n  return ${1:r};\n}\n",

    js: {
      code: "export function helper(r) {\n  return r;\n}\n",
      body: "export function helper(r) {\n  return ${1:r};\n}\n",
    },
  };

  it('inserts statements before the statement of the finding, with its indentation, and merges imports', async () => {
    const root = tempTree({ 'package.json': '{}' });
    const plan = await planSnippet(input(root, 'app/api/keys/route.ts', ROUTE, { snippet: statementSnippet }));
    expect(plan.kind).toBe('insert');
    if (plan.kind !== 'insert') return;
    expect(plan.importEdits.map((e) => e.newText)).toEqual(["\nimport { z } from 'zod';"]);
    expect(plan.position).toEqual({ line: 4, character: 0 });
    expect(plan.body).toBe("  const limit = ${1:100};\n  if (limit > 1000) throw new Error('too many');$0\n");
    expect(plan.resultText).toContain("export async function GET() {\n  const limit = 100;\n  if (limit > 1000) throw new Error('too many');\n  const keys");
    expect(parses(plan.resultText, 'route.ts')).toBe(true);
  });

  it('inserts the snippet\'s imports as require() lines into a CommonJS document', async () => {
    const text = "const { Redis } = require('@upstash/redis');\nconst redis = Redis.fromEnv();\n\nmodule.exports = async function handler(req, res) {\n  const keys = await redis.keys('session:*');\n  res.json({ n: keys.length });\n};\n";
    const root = tempTree({ 'package.json': '{}' });
    const plan = await planSnippet(input(root, 'pages/api/keys.js', text, { snippet: statementSnippet }));
    if (plan.kind !== 'insert') throw new Error(plan.kind);
    expect(plan.importEdits.map((e) => e.newText.trim())).toEqual(["const { z } = require('zod');"]);
    expect(plan.resultText).not.toMatch(/^import\s/m);
    expect(parses(plan.resultText, 'keys.js')).toBe(true);
  });

  it('puts declarations at module level before the top-level statement, drops the import the file has and the export', async () => {
    const root = tempTree({ 'package.json': '{}' });
    const plan = await planSnippet(input(root, 'app/api/keys/route.ts', ROUTE, { snippet: declSnippet }));
    if (plan.kind !== 'insert') throw new Error(plan.kind);
    expect(plan.importEdits).toEqual([]);
    expect(plan.position).toEqual({ line: 2, character: 0 });
    expect(plan.body).toBe('function helper(r: Redis) {\n  return ${1:r};\n}\n\n');
    expect(parses(plan.resultText, 'route.ts')).toBe(true);
  });

  it('falls back to the end of the file when the document does not parse', async () => {
    const root = tempTree({ 'package.json': '{}' });
    const broken = 'export async function GET( {\n';
    const plan = await planSnippet({ ...input(root, 'app/api/keys/route.ts', ROUTE, { snippet: declSnippet }), text: broken, finding: undefined });
    if (plan.kind !== 'insert') throw new Error(plan.kind);
    expect(plan.position.line).toBeGreaterThanOrEqual(1);
  });
});
