// What the workspace scan lints: JS/TS files, minus dependencies and build output, `files.exclude`d
// globs and `.gitignore`d paths (root and nested .gitignore files, with git's pattern rules).
import ignore, { type Ignore } from 'ignore';

export const SCAN_INCLUDE = '**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}';

/** Folders and files the scan never lints (the plugin configs' ignores, plus VCS and caches). */
export const SCAN_EXCLUDES = [
  '**/node_modules/**',
  '**/.next/**',
  '**/.vercel/**',
  '**/.turbo/**',
  '**/.git/**',
  '**/dist/**',
  '**/build/**',
  '**/out/**',
  '**/coverage/**',
  '**/*.min.js',
  '**/*.d.ts',
];

/**
 * One glob for `workspace.findFiles`' exclude argument: ours, the `files.exclude` entries set to
 * true (passing an exclude replaces `files.exclude`, so it is merged in here), and `prodready.scan.exclude`.
 */
export function buildExcludeGlob(filesExclude: Readonly<Record<string, unknown>> | undefined, extra: readonly string[] = []): string {
  const globs = new Set<string>(SCAN_EXCLUDES);
  for (const [glob, on] of Object.entries(filesExclude ?? {})) if (on === true) for (const g of expandBraces(glob)) globs.add(g);
  for (const g of extra) if (g.trim()) for (const e of expandBraces(g.trim())) globs.add(e);
  return `{${[...globs].join(',')}}`;
}

/** `a/*.{js,map}` → [`a/*.js`, `a/*.map`] (VS Code globs do not nest braces, so the groups are expanded). */
export function expandBraces(glob: string): string[] {
  const m = /\{([^{}]*)\}/.exec(glob);
  if (!m) return [glob];
  const head = glob.slice(0, m.index);
  const tail = glob.slice(m.index + m[0].length);
  return m[1]!.split(',').flatMap((alt) => expandBraces(head + alt + tail));
}

/** Matches paths (relative to the workspace folder, `/`-separated) against the folder's .gitignore files. */
export class GitignoreFilter {
  private readonly entries: { dir: string; ig: Ignore }[] = [];

  /** `dir`: the folder of the .gitignore, relative to the workspace folder ('' for the root). */
  add(dir: string, content: string): void {
    this.entries.push({ dir: dir.replace(/^\/+|\/+$/g, ''), ig: ignore().add(content) });
  }

  get size(): number {
    return this.entries.length;
  }

  ignores(relPath: string): boolean {
    const p = relPath.replace(/^\/+/, '');
    for (const { dir, ig } of this.entries) {
      if (dir && !p.startsWith(`${dir}/`)) continue;
      const rel = dir ? p.slice(dir.length + 1) : p;
      if (rel && ig.ignores(rel)) return true;
    }
    return false;
  }
}
