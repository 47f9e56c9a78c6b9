// Builds everything the package and the extension ship:
//   1. eslint-plugin/src/generated/snippets.ts and snippets/prodready.code-snippets from snippets/*.ts
//   2. eslint-plugin/dist/index.cjs + index.mjs (dependencies stay external) and its .d.ts files
//   3. dist/extension.js: the VS Code extension with the plugin, the parser and TypeScript bundled in
// Type checking is separate (npm run typecheck); esbuild only strips types.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderSnippets } from './gen-snippets.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pluginPkg = JSON.parse(readFileSync(join(root, 'eslint-plugin/package.json'), 'utf8'));
const only = process.argv.slice(2);
const want = (part) => only.length === 0 || only.includes(part);
const t0 = Date.now();

const { ts, codeSnippets } = renderSnippets();
writeFileSync(join(root, 'eslint-plugin/src/generated/snippets.ts'), ts);
writeFileSync(join(root, 'snippets/prodready.code-snippets'), codeSnippets);

const define = { __PRODREADY_VERSION__: JSON.stringify(pluginPkg.version) };

if (want('plugin')) {
  const out = join(root, 'eslint-plugin/dist');
  rmSync(out, { recursive: true, force: true });
  const common = {
    entryPoints: [join(root, 'eslint-plugin/src/index.ts')],
    bundle: true,
    platform: 'node',
    target: 'node18',
    packages: 'external',
    define,
    sourcemap: false,
    logLevel: 'warning',
  };
  await build({
    ...common,
    format: 'cjs',
    outfile: join(out, 'index.cjs'),
    // `require('eslint-plugin-prodready')` returns the plugin object itself.
    footer: { js: 'module.exports = module.exports.default;' },
  });
  await build({ ...common, format: 'esm', outfile: join(out, 'index.mjs') });
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'eslint-plugin/tsconfig.build.json')],
    { stdio: 'inherit' },
  );
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(out, 'index.d.ts'),
    "import plugin from './types/index';\nexport * from './types/index';\nexport default plugin;\n",
  );
}

if (want('extension') && existsSync(join(root, 'extension/src/extension.ts'))) {
  await build({
    entryPoints: [join(root, 'extension/src/extension.ts')],
    bundle: true,
    platform: 'node',
    target: 'node18',
    format: 'cjs',
    outfile: join(root, 'dist/extension.js'),
    // jiti: ESLint's loader of eslint.config.ts files, reached only through the ESLint class (which
    // @typescript-eslint/utils re-exports); the extension only uses Linter, so it is never loaded.
    external: ['vscode', 'jiti', 'jiti/package.json'],
    define,
    minify: true,
    sourcemap: false,
    logLevel: 'warning',
  });
}

console.log(`build: done in ${Date.now() - t0} ms`);
