import picomatch from 'picomatch';

const matcherCache = new Map<string, (path: string) => boolean>();

/** picomatch's matcher for one glob (`dot: true`; a glob without a slash matches basenames too). */
function matcherFor(glob: string): (path: string) => boolean {
  let m = matcherCache.get(glob);
  if (!m) {
    m = picomatch(glob, { dot: true, basename: !glob.includes('/') });
    matcherCache.set(glob, m);
  }
  return m;
}

/**
 * A glob list compiled to (at most) two regexes: picomatch's own regex of every glob, joined, one for the
 * globs matched against the path and one for those matched against its basename. Calling picomatch's
 * matcher glob by glob cost 15-30 µs per file and rule on real apps (a dozen default globs, each call
 * formatting and testing the path): the rules test their ignore lists in every file's `create()`.
 * A negated glob (`!x`) or a regex with flags keeps its own matcher.
 */
function compileGlobs(globs: readonly string[]): (path: string) => boolean {
  const full: string[] = [];
  const base: string[] = [];
  const others: ((path: string) => boolean)[] = [];
  for (const glob of globs) {
    const re = glob.startsWith('!') ? undefined : picomatch.makeRe(glob, { dot: true });
    if (re && re.flags === '') (glob.includes('/') ? full : base).push(`(?:${re.source})`);
    else others.push(matcherFor(glob));
  }
  const fullRe = full.length > 0 ? new RegExp(full.join('|')) : undefined;
  const baseRe = base.length > 0 ? new RegExp(base.join('|')) : undefined;
  return (path) => {
    if (path === '') return false;
    if (fullRe?.test(path)) return true;
    if (baseRe?.test(path.slice(path.lastIndexOf('/') + 1))) return true;
    return others.some((m) => m(path));
  };
}

const listCache = new WeakMap<readonly string[], (path: string) => boolean>();

/**
 * Whether a path matches any of the globs (picomatch, `dot: true`; globs without a slash match basenames
 * too). Compiled once per list: rule options and defaults are frozen arrays shared by every file.
 */
export function matchesAnyGlob(path: string, globs: readonly string[]): boolean {
  if (globs.length === 0) return false;
  let test = listCache.get(globs);
  if (!test) {
    test = compileGlobs(globs);
    listCache.set(globs, test);
  }
  return test(path);
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
