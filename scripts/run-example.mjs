// Runs prodready (the built plugin, through the real ESLint CLI) on the example app in
// examples/next-app, whose eslint.config.mjs is just `[prodready.configs.recommended]`.
// Exits 0 when ESLint ran (finding problems is the point), non-zero when it could not run.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const app = join(root, 'examples/next-app');
console.log('prodready on examples/next-app (a small Next.js app with the seed audits\' gaps):');
const r = spawnSync(process.execPath, [join(root, 'node_modules/eslint/bin/eslint.js'), '.'], {
  cwd: app,
  stdio: 'inherit',
});
if (r.status !== 0 && r.status !== 1) {
  console.error(`eslint failed to run (exit ${r.status})`);
  process.exit(r.status ?? 2);
}
