// The fix proposed to ESLint for its per-file GC cost of enabling any rule (docs/benchmarks.md, "ESLint's
// cost of enabling any rule"), applied in memory for measurements: `FileContext#extend` builds each rule
// context as `Object.create(fileContext)`, so every linted file's FileContext becomes a prototype, and the
// V8 maps that prototype gets (old space, kept until the next full GC) keep the file's SourceCode — AST,
// tokens, scopes, the parser's node maps — alive through every young-generation GC. This version copies
// the file context's fields into a plain frozen object instead (same properties and methods).
import { dirname, join } from 'node:path';

/** Patches the FileContext of the ESLint package `pkg` ('eslint', 'eslint-v10') that `require` resolves. */
export function patchFileContextExtend(require, pkg = 'eslint') {
  const { FileContext } = require(join(dirname(require.resolve(`${pkg}/package.json`)), 'lib/linter/file-context.js'));
  FileContext.prototype.extend = function extend(extension) {
    const fc = this;
    return Object.freeze(
      Object.assign(
        {
          cwd: fc.cwd,
          filename: fc.filename,
          physicalFilename: fc.physicalFilename,
          sourceCode: fc.sourceCode,
          parserOptions: fc.parserOptions,
          parserPath: fc.parserPath,
          languageOptions: fc.languageOptions,
          settings: fc.settings,
          getCwd: () => fc.cwd,
          getFilename: () => fc.filename,
          getPhysicalFilename: () => fc.physicalFilename,
          getSourceCode: () => fc.sourceCode,
        },
        extension,
      ),
    );
  };
}
