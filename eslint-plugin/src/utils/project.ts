import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';

/**
 * What a rule may learn about the app a file belongs to from its nearest package.json: the folder and
 * the declared dependencies. Read to shape a suggestion, the way eslint-plugin-react's `version: 'detect'`
 * reads the React version, and to tell a desktop app's code from a server's ({@link isDesktopAppModule}).
 * Nothing is executed; any read error means "unknown".
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

/** An Electron app's own package: it depends on `electron`, and not on `next` (a Next app in an Electron shell still serves its routes). */
function isElectronPackage(project: ProjectInfo): boolean {
  return project.deps.has('electron') && !project.deps.has('next');
}

const desktopCache = new Map<string, { at: number; result: boolean }>();

/**
 * Whether `filename` (an absolute path) is code of a desktop app, run on the user's machine and never deployed as a
 * server: its package is an Electron app's (it depends on `electron`, not on `next`: electron-vite's `src/main/`), or
 * it is a workspace package that only such packages depend on (rowboat's `apps/x/packages/core`, the agent runtime that
 * its Electron `apps/main` alone imports, with Express servers of its own on localhost). A package that a Next app, or
 * any other package of the workspace, also depends on may run on a server: not this. Unknown (no package.json, an
 * unreadable one, no workspace) is false.
 */
export function isDesktopAppModule(filename: string): boolean {
  if (!filename || !isAbsolute(filename)) return false;
  const dir = dirname(filename);
  // Every file of a folder has the same answer; the editor re-lints on every edit.
  const hit = desktopCache.get(dir);
  if (hit && Date.now() - hit.at < MODULE_CACHE_MS) return hit.result;
  let result = false;
  try {
    const project = findProject(filename);
    if (project) result = isDesktopPackage(project);
  } catch {
    result = false;
  }
  if (desktopCache.size > 500) desktopCache.clear();
  desktopCache.set(dir, { at: Date.now(), result });
  return result;
}

/** {@link isDesktopAppModule} for a package, remembered per package: the workspace is read once for all its folders. */
function isDesktopPackage(project: ProjectInfo): boolean {
  if (isElectronPackage(project)) return true;
  if (project.deps.has('next')) return false;
  const key = `\0${project.root}`;
  const hit = desktopCache.get(key);
  if (hit && Date.now() - hit.at < MODULE_CACHE_MS) return hit.result;
  const result = onlyElectronDependents(project);
  desktopCache.set(key, { at: Date.now(), result });
  return result;
}

/** Whether some package of `project`'s workspace depends on it, and every one that does is an Electron app's. */
function onlyElectronDependents(project: ProjectInfo): boolean {
  const name = readIdentity(project.root)?.name;
  if (!name) return false;
  const packages = workspacePackages(project.root);
  let any = false;
  for (const pkg of packages) {
    if (pkg.root === project.root || !pkg.deps.has(name)) continue;
    if (!isElectronPackage(pkg)) return false;
    any = true;
  }
  return any;
}

const MAX_WORKSPACE_PACKAGES = 400;

/** The packages of the workspace above `packageRoot` (pnpm's `pnpm-workspace.yaml`, or a package.json's `workspaces`); none when there is no workspace. */
function workspacePackages(packageRoot: string): ProjectInfo[] {
  let dir = dirname(packageRoot);
  for (let i = 0; i < MAX_DEPTH; i++) {
    const globs = pnpmWorkspaceGlobs(dir) ?? readIdentity(dir)?.workspaces;
    if (globs) {
      const out: ProjectInfo[] = [];
      for (const glob of globs) {
        // An exclusion (`!apps/legacy`) is ignored: a package it leaves in can only add a dependent, never hide one.
        if (!glob.startsWith('!')) expandWorkspaceGlob(dir, glob.replace(/^\.\//, '').replace(/\/+$/, '').split('/'), out, 0);
        if (out.length >= MAX_WORKSPACE_PACKAGES) break;
      }
      return out;
    }
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return [];
}

/**
 * The `name` and `workspaces` globs (an array, or Yarn's `{ packages: [...] }`) of the package.json in `dir`, read
 * afresh: only the desktop-app question asks, once per folder (its answer is cached).
 */
function readIdentity(dir: string): { name?: string; workspaces?: string[] } | undefined {
  try {
    const file = join(dir, 'package.json');
    if (!statSync(file, { throwIfNoEntry: false })?.isFile()) return undefined;
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const ws = Array.isArray(pkg.workspaces) ? pkg.workspaces : (pkg.workspaces as { packages?: unknown } | null | undefined)?.packages;
    return {
      name: typeof pkg.name === 'string' ? pkg.name : undefined,
      workspaces: Array.isArray(ws) ? ws.filter((g): g is string => typeof g === 'string') : undefined,
    };
  } catch {
    return undefined;
  }
}

/** The `packages:` globs of a `pnpm-workspace.yaml` in `dir`, or undefined when there is none. */
function pnpmWorkspaceGlobs(dir: string): string[] | undefined {
  let text: string;
  try {
    const file = join(dir, 'pnpm-workspace.yaml');
    if (!statSync(file, { throwIfNoEntry: false })?.isFile()) return undefined;
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const globs: string[] = [];
  let inPackages = false;
  for (const line of text.split(/\r?\n/)) {
    if (/^\S/.test(line)) {
      inPackages = /^packages\s*:/.test(line);
      continue;
    }
    const item = inPackages ? /^\s+-\s*['"]?([^'"#\s]+)['"]?/.exec(line) : null;
    if (item?.[1]) globs.push(item[1]);
  }
  return globs;
}

/** Adds the packages under `dir` that the glob's `segments` (from `index`) match: `*`, `app-*` and `**` (three folders down) as well as names. */
function expandWorkspaceGlob(dir: string, segments: readonly string[], out: ProjectInfo[], index: number, depth = 0): void {
  if (out.length >= MAX_WORKSPACE_PACKAGES) return;
  if (index === segments.length) {
    const pkg = readPackage(dir);
    if (pkg && !out.some((p) => p.root === pkg.root)) out.push(pkg);
    return;
  }
  const segment = segments[index] ?? '';
  if (!segment.includes('*')) {
    expandWorkspaceGlob(join(dir, segment), segments, out, index + 1);
    return;
  }
  const names = subfolders(dir);
  if (segment === '**') {
    expandWorkspaceGlob(dir, segments, out, index + 1);
    if (depth < 3) for (const name of names) expandWorkspaceGlob(join(dir, name), segments, out, index, depth + 1);
    return;
  }
  const re = new RegExp(`^${segment.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  for (const name of names) if (re.test(name)) expandWorkspaceGlob(join(dir, name), segments, out, index + 1);
}

function subfolders(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && e.name !== 'node_modules' && !e.name.startsWith('.'))
      .map((e) => e.name);
  } catch {
    return [];
  }
}
