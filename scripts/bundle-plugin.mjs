// Bundles the plugin from source (eslint-plugin/src/index.ts) to a CommonJS file whose
// `module.exports` is the plugin object, with dependencies left external. Used by the scripts
// that must run the current rules without a full build (lint-corpus, bench).
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Writes the bundle to `outfile` (keep it under the repo's node_modules so its imports resolve). */
export async function bundlePluginFromSource(outfile) {
  await build({
    entryPoints: [join(root, 'eslint-plugin/src/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    packages: 'external',
    outfile,
    footer: { js: 'module.exports = module.exports.default;' },
    logLevel: 'error',
    absWorkingDir: root,
    nodePaths: [join(root, 'node_modules')],
  });
}
