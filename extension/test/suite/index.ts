// The @vscode/test-electron suite: runs inside a real VS Code with the extension under development,
// on a copy of extension/test/fixtures/workspace. No mocha: a small sequential runner.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

type Test = { name: string; fn: () => Promise<void> };
const tests: Test[] = [];
const test = (name: string, fn: () => Promise<void>) => tests.push({ name, fn });

const folder = () => vscode.workspace.workspaceFolders![0]!.uri;
const file = (rel: string) => vscode.Uri.joinPath(folder(), rel);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor<T>(what: string, get: () => T | undefined | false, timeoutMs = 10_000): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const v = get();
    if (v) return v;
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

const prodready = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'prodready');
const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

async function open(rel: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(file(rel));
  return vscode.window.showTextDocument(doc);
}

async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

test('activates and reports a core rule with source, code, docs link and severity within 2 s', async () => {
  const t0 = Date.now();
  const editor = await open('app/api/keys/route.ts');
  const diags = await waitFor('a prodready diagnostic', () => prodready(editor.document.uri).length > 0 && prodready(editor.document.uri), 10_000);
  const ms = Date.now() - t0;
  const d = diags[0]!;
  assert.equal(codeOf(d), 'no-redis-keys');
  assert.match(String((d.code as { target: vscode.Uri }).target), /docs\/rules\/no-redis-keys\.md$/);
  assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
  assert.equal(d.range.start.line, 5);
  console.log(`    first diagnostics after ${ms} ms (includes activation)`);
  // Once warm, a newly opened file is linted well within 2 s.
  const t1 = Date.now();
  const other = await open('app/api/sessions/route.ts');
  await waitFor('diagnostics of a second file', () => prodready(other.document.uri).length > 0, 2_000);
  console.log(`    second file: ${Date.now() - t1} ms`);
});

test('offers the suggestion, the hardened snippet, disable-for-line and docs as quick fixes', async () => {
  const editor = await open('app/api/keys/route.ts');
  const d = prodready(editor.document.uri)[0]!;
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, d.range, vscode.CodeActionKind.QuickFix.value);
  const titles = actions.map((a) => a.title);
  assert.ok(titles.some((t) => /collectKeys/.test(t)), titles.join(' | '));
  assert.ok(titles.some((t) => t.startsWith('Insert hardened snippet: ')), titles.join(' | '));
  assert.ok(titles.includes('Disable prodready/no-redis-keys for this line'), titles.join(' | '));
  assert.ok(titles.includes('Show documentation for prodready/no-redis-keys'), titles.join(' | '));
});

test('"Disable for this line" clears the finding (and undo brings it back)', async () => {
  const editor = await open('app/api/sessions/route.ts');
  const d = prodready(editor.document.uri)[0]!;
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, d.range, vscode.CodeActionKind.QuickFix.value);
  const disable = actions.find((a) => a.title.startsWith('Disable'))!;
  assert.ok(await vscode.workspace.applyEdit(disable.edit!));
  await waitFor('the finding to clear', () => prodready(editor.document.uri).length === 0);
  await vscode.commands.executeCommand('undo');
  await waitFor('the finding to come back', () => prodready(editor.document.uri).length > 0);
});

test('"Insert hardened snippet" creates lib/redis-scan.ts, imports it by @/ alias and clears the finding', async () => {
  const editor = await open('app/api/keys/route.ts');
  const uri = editor.document.uri;
  const d = prodready(uri)[0]!;
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value);
  const insert = actions.find((a) => a.title.startsWith('Insert hardened snippet'))!;
  await vscode.commands.executeCommand(insert.command!.command, ...(insert.command!.arguments ?? []));
  const helper = file('lib/redis-scan.ts');
  const helperText = await readText(helper);
  assert.match(helperText, /export async function collectKeys/);
  const route = await vscode.workspace.openTextDocument(uri);
  assert.match(route.getText(), /import \{ collectKeys \} from '@\/lib\/redis-scan';/);
  assert.match(route.getText(), /await collectKeys\(redis, 'session:\*'\)/);
  await waitFor('the finding to clear', () => prodready(uri).length === 0);
  // The helper opened with its tab stops: the active editor is the helper.
  assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), helper.toString());
});

test('a second "Insert hardened snippet" reuses the helper module, never overwrites it', async () => {
  const helper = file('lib/redis-scan.ts');
  const helperDoc = await vscode.workspace.openTextDocument(helper);
  await helperDoc.save();
  const marker = `// edited by the user\n${await readText(helper)}`;
  await vscode.workspace.fs.writeFile(helper, new TextEncoder().encode(marker));
  const editor = await open('app/api/sessions/route.ts');
  const uri = editor.document.uri;
  const d = await waitFor('a finding', () => prodready(uri)[0]);
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value);
  const insert = actions.find((a) => a.title.startsWith('Insert hardened snippet'))!;
  await vscode.commands.executeCommand(insert.command!.command, ...(insert.command!.arguments ?? []));
  assert.equal(await readText(helper), marker);
  await waitFor('the finding to clear', () => prodready(uri).length === 0);
});

test('the workspace scan reports files that are not open, and skips .gitignored ones', async () => {
  await vscode.commands.executeCommand('prodready.scanWorkspace');
  await waitFor('scan results for pages/api/scan-me.ts', () => prodready(file('pages/api/scan-me.ts')).length > 0);
  assert.equal(prodready(file('ignored/route.ts')).length, 0);
  assert.equal(prodready(file('app/api/clean-route.ts')).length, 0);
});

test('a large file is skipped (no diagnostics, no freeze)', async () => {
  const big = `import { Redis } from '@upstash/redis';\nconst redis = Redis.fromEnv();\nexport const k = redis.keys('a:*');\n${'export const x = 1;\n'.repeat(20_000)}`;
  const doc = await vscode.workspace.openTextDocument({ language: 'typescript', content: big });
  await vscode.window.showTextDocument(doc);
  await sleep(1500);
  assert.equal(prodready(doc.uri).length, 0);
});

export async function run(): Promise<void> {
  const failures: string[] = [];
  for (const t of tests) {
    try {
      await t.fn();
      console.log(`  ✓ ${t.name}`);
    } catch (e) {
      failures.push(t.name);
      console.log(`  ✗ ${t.name}\n    ${String((e as Error)?.stack ?? e).split('\n').join('\n    ')}`);
    }
  }
  console.log(`${tests.length - failures.length} passed, ${failures.length} failed`);
  if (failures.length > 0) throw new Error(`${failures.length} test(s) failed: ${failures.join('; ')}`);
}
