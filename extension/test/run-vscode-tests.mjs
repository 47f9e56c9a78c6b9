// Runs the @vscode/test-electron suite (extension/test/suite/) in a real VS Code:
//   npm run test:vscode                      (downloads VS Code stable into .vscode-test/ on first run)
//   VSCODE_EXECUTABLE=/path/to/code npm run test:vscode   (use an installed VS Code, no download)
//   VSCODE_VERSION=1.90.0 npm run test:vscode             (pin the version)
// On a Linux CI runner without a display, wrap it: xvfb-run -a npm run test:vscode
// Needs internet access for the download; offline it stops with a clear message (exit code 2).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = join(root, '.vscode-test/suite');

if (!process.argv.includes('--no-build')) {
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), 'extension'], { stdio: 'inherit' });
}
if (!existsSync(join(root, 'dist/extension.js'))) {
  console.error('dist/extension.js is missing: run `node scripts/build.mjs extension` first.');
  process.exit(1);
}
await build({
  entryPoints: [join(root, 'extension/test/suite/index.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  external: ['vscode'],
  outfile: join(outDir, 'index.js'),
  logLevel: 'warning',
});

// The tests create files (helper modules): they run on a copy of the fixture workspace.
const workspace = mkdtempSync(join(tmpdir(), 'prodready-vscode-'));
cpSync(join(root, 'extension/test/fixtures/workspace'), workspace, { recursive: true });

let exitCode = 0;
const NETWORK = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|getaddrinfo|socket hang up|Failed to get|fetch failed|request timed out|status code/i;
try {
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: join(outDir, 'index.js'),
    ...(process.env.VSCODE_EXECUTABLE ? { vscodeExecutablePath: process.env.VSCODE_EXECUTABLE } : { version: process.env.VSCODE_VERSION ?? 'stable' }),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
} catch (err) {
  const msg = String(err?.stack ?? err);
  if (NETWORK.test(msg) && !process.env.VSCODE_EXECUTABLE) {
    console.error(
      '\ntest:vscode could not download VS Code (no internet access?).\n' +
        'Run it on a machine or CI runner with internet access, or point VSCODE_EXECUTABLE at an installed VS Code binary.\n' +
        `Cause: ${msg.split('\n')[0]}`,
    );
    exitCode = 2;
  } else {
    console.error(`test:vscode failed: ${msg}`);
    exitCode = 1;
  }
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
process.exit(exitCode);
