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

const compiled = new WeakMap<readonly string[], Map<string, readonly RegExp[]>>();
const NO_PATTERNS: readonly RegExp[] = Object.freeze([]);

/**
 * Compiles user-supplied regular expression strings, ignoring invalid ones (an option must never make a
 * rule throw). Rule options are frozen and shared by every file (utils/create-rule.ts), so the result is
 * cached per array and flags instead of recompiled in every file's `create()` (so no `g` or `y`
 * flag: the regexes are shared).
 */
export function compilePatterns(patterns: readonly string[] | undefined, flags = ''): readonly RegExp[] {
  if (!patterns || patterns.length === 0) return NO_PATTERNS;
  let byFlags = compiled.get(patterns);
  const hit = byFlags?.get(flags);
  if (hit) return hit;
  const out: RegExp[] = [];
  for (const p of patterns) {
    try {
      out.push(new RegExp(p, flags));
    } catch {
      // ignored: invalid pattern
    }
  }
  if (!byFlags) compiled.set(patterns, (byFlags = new Map()));
  byFlags.set(flags, Object.freeze(out));
  return out;
}
