import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';

/**
 * What a rule may learn about the app a file belongs to from its nearest package.json: the folder and
 * the declared dependencies. Read only to shape a suggestion (never to decide whether to report), the
 * way eslint-plugin-react's `version: 'detect'` reads the React version. Nothing is executed; any read
 * error means "unknown".
 */
export interface ProjectInfo {
  /** The folder holding the package.json. */
  readonly root: string;
  /** dependencies + devDependencies + peerDependencies: name → version range. */
  readonly deps: ReadonlyMap<string, string>;
}

interface Cached {
  readonly mtimeMs: number;
  readonly info: ProjectInfo | undefined;
}

const packageCache = new Map<string, Cached>();
const MAX_DEPTH = 40;

/** The package.json at `file`, re-read when its mtime changes (a long-running editor host keeps this). */
function readPackage(dir: string): ProjectInfo | undefined | null {
  const file = join(dir, 'package.json');
  let mtimeMs: number;
  try {
    const st = statSync(file, { throwIfNoEntry: false });
    if (!st?.isFile()) return null;
    mtimeMs = st.mtimeMs;
  } catch {
    return null;
  }
  const cached = packageCache.get(file);
  if (cached && cached.mtimeMs === mtimeMs) return cached.info;
  let info: ProjectInfo | undefined;
  try {
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const deps = new Map<string, string>();
    for (const key of ['peerDependencies', 'devDependencies', 'dependencies']) {
      const group = pkg[key];
      if (!group || typeof group !== 'object') continue;
      for (const [name, range] of Object.entries(group as Record<string, unknown>)) {
        if (typeof range === 'string') deps.set(name, range);
      }
    }
    info = { root: dir, deps };
  } catch {
    info = undefined;
  }
  packageCache.set(file, { mtimeMs, info });
  return info;
}

/**
 * The nearest package.json above `filename` (an absolute path on the local disk), or undefined when
 * there is none, the path is not a file path (`<input>`, an untitled editor) or it cannot be read.
 */
export function findProject(filename: string): ProjectInfo | undefined {
  if (!filename || !isAbsolute(filename)) return undefined;
  let dir = dirname(filename);
  for (let i = 0; i < MAX_DEPTH; i++) {
    const info = readPackage(dir);
    if (info !== null) return info;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
  return undefined;
}

/**
 * The first of `candidates` (paths relative to the project root, without extension) that exists with
 * a JS/TS extension and, when `mustContain` is given, whose text matches it: the candidate and the match.
 */
export function findProjectModule(
  project: ProjectInfo,
  candidates: readonly string[],
  mustContain: RegExp,
): { path: string; match: RegExpExecArray } | undefined {
  // The editor re-lints on every edit: a found (or missing) module is remembered for a few seconds.
  const key = `${project.root}\0${candidates.join('\0')}\0${mustContain.source}`;
  const hit = moduleCache.get(key);
  if (hit && Date.now() - hit.at < MODULE_CACHE_MS) return hit.result;
  const result = searchProjectModule(project, candidates, mustContain);
  if (moduleCache.size > 200) moduleCache.clear();
  moduleCache.set(key, { at: Date.now(), result });
  return result;
}

const MODULE_CACHE_MS = 10_000;
const moduleCache = new Map<string, { at: number; result: { path: string; match: RegExpExecArray } | undefined }>();

function searchProjectModule(
  project: ProjectInfo,
  candidates: readonly string[],
  mustContain: RegExp,
): { path: string; match: RegExpExecArray } | undefined {
  for (const candidate of candidates) {
    for (const ext of ['.ts', '.tsx', '.js', '.jsx', '.mjs']) {
      const file = join(project.root, candidate + ext);
      try {
        const st = statSync(file, { throwIfNoEntry: false });
        if (!st?.isFile()) continue;
        const match = mustContain.exec(readFileSync(file, 'utf8'));
        if (match) return { path: candidate, match };
      } catch {
        continue;
      }
    }
  }
  return undefined;
}

/** `src/lib/auth` → `@/lib/auth` (Next.js's default `@/*` alias maps to `src/` when the app has one), `lib/auth` → `@/lib/auth`. */
export function aliasPath(relative: string): string {
  return `@/${relative.replace(/^src\//, '')}`;
}
