// Builds everything the package and the extension ship:
//   1. eslint-plugin/src/generated/snippets.ts and snippets/prodready{,-js}.code-snippets from snippets/*.ts
//   2. eslint-plugin/dist/index.cjs + index.mjs (dependencies stay external) and its .d.ts files
//   3. dist/main.js: the VS Code extension with the plugin, the parser and TypeScript bundled in, and
//      dist/extension.js, the entry point that loads it through a V8 code cache
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

const { ts, codeSnippets, jsCodeSnippets } = renderSnippets();
writeFileSync(join(root, 'eslint-plugin/src/generated/snippets.ts'), ts);
writeFileSync(join(root, 'snippets/prodready.code-snippets'), codeSnippets);
writeFileSync(join(root, 'snippets/prodready-js.code-snippets'), jsCodeSnippets);

const define = { __PRODREADY_VERSION__: JSON.stringify(pluginPkg.version) };

// ESLint's ~290 core rules: the extension runs only prodready's rules, and compiling the core rules was
// a tenth of the bundle's start-up. Linter then knows no core rule (an inline `/* eslint no-console: 1 */`
// in a user's file yields a "rule not found" message, which the lint core drops like every message
// that is not prodready's).
const withoutEslintCoreRules = {
  name: 'without-eslint-core-rules',
  setup(b) {
    b.onLoad({ filter: /[\\/]eslint[\\/]lib[\\/]rules[\\/]index\.js$/ }, () => ({
      contents: 'const { LazyLoadingRuleMap } = require("./utils/lazy-loading-rule-map");\nmodule.exports = new LazyLoadingRuleMap([]);\n',
      loader: 'js',
    }));
  },
};

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
  const extensionBuild = {
    bundle: true,
    platform: 'node',
    target: 'node18',
    format: 'cjs',
    define,
    minify: true,
    sourcemap: false,
    logLevel: 'warning',
  };
  // dist/main.js: the extension with the plugin, the parser and TypeScript in it.
  await build({
    ...extensionBuild,
    entryPoints: [join(root, 'extension/src/extension.ts')],
    outfile: join(root, 'dist/main.js'),
    // jiti: ESLint's loader of eslint.config.ts files, reached only through the ESLint class (which
    // @typescript-eslint/utils re-exports); the extension only uses Linter, so it is never loaded.
    external: ['vscode', 'jiti', 'jiti/package.json'],
    plugins: [withoutEslintCoreRules],
  });
  // dist/extension.js, VS Code's entry point: loads dist/main.js through a V8 code cache (entry.ts).
  await build({
    ...extensionBuild,
    entryPoints: [join(root, 'extension/src/entry.ts')],
    outfile: join(root, 'dist/extension.js'),
    external: ['vscode', './main.js'],
  });
}

console.log(`build: done in ${Date.now() - t0} ms`);
