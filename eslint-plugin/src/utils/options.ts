import picomatch from 'picomatch';

const matcherCache = new Map<string, (path: string) => boolean>();

/** Whether a path matches any of the globs (picomatch, `dot: true`; globs without a slash match basenames too). */
export function matchesAnyGlob(path: string, globs: readonly string[]): boolean {
  for (const glob of globs) {
    let m = matcherCache.get(glob);
    if (!m) {
      m = picomatch(glob, { dot: true, basename: !glob.includes('/') });
      matcherCache.set(glob, m);
    }
    if (m(path)) return true;
  }
  return false;
}

/** Compiles user-supplied regular expression strings, ignoring invalid ones (an option must never make a rule throw). */
export function compilePatterns(patterns: readonly string[] | undefined, flags = ''): RegExp[] {
  const out: RegExp[] = [];
  for (const p of patterns ?? []) {
    try {
      out.push(new RegExp(p, flags));
    } catch {
      // ignored: invalid pattern
    }
  }
  return out;
}
