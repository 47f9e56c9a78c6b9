import { describe, expect, it } from 'vitest';
import { buildExcludeGlob, expandBraces, GitignoreFilter } from '../../src/core/scan';

describe('workspace scan filters', () => {
  it('merges files.exclude (true entries) and extra globs into one brace glob', () => {
    const g = buildExcludeGlob({ '**/.git': true, '**/*.{gen,map}.ts': true, '**/skip': false }, ['legacy/**']);
    expect(g.startsWith('{**/node_modules/**,')).toBe(true);
    expect(g).toContain(',**/.git,');
    expect(g).toContain('**/*.gen.ts,**/*.map.ts');
    expect(g).toContain('legacy/**}');
    expect(g).not.toContain('skip');
    expect(expandBraces('a/{b,c}/{d,e}')).toEqual(['a/b/d', 'a/b/e', 'a/c/d', 'a/c/e']);
  });

  it('applies root and nested .gitignore files with git semantics', () => {
    const f = new GitignoreFilter();
    f.add('', 'generated/\n*.log\n/only-root.ts\n!keep.log\n');
    f.add('packages/web', 'tmp/\n');
    expect(f.ignores('generated/a.ts')).toBe(true);
    expect(f.ignores('src/generated/a.ts')).toBe(true);
    expect(f.ignores('only-root.ts')).toBe(true);
    expect(f.ignores('src/only-root.ts')).toBe(false);
    expect(f.ignores('keep.log')).toBe(false);
    expect(f.ignores('packages/web/tmp/x.ts')).toBe(true);
    expect(f.ignores('packages/api/tmp/x.ts')).toBe(false);
    expect(f.ignores('app/api/route.ts')).toBe(false);
  });
});
