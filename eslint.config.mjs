// prodready lints itself with every one of its rules (the built plugin: run `npm run build` first).
import prodready from 'eslint-plugin-prodready';

export default [
  {
    ignores: [
      'examples/**',
      'test/fixtures/**',
      'test/eval/**',
      'extension/test/fixtures/**',
      'eslint-plugin/dist/**',
      'dist/**',
      '**/*.vsix',
      'test-results/**',
      '.vscode-test/**',
    ],
  },
  prodready.configs.all,
];
