// Loads a CommonJS bundle with a V8 code cache, so that a warm start skips compiling it again.
//
// The extension's bundle holds TypeScript, ESLint's Linter, the parser and the rules (6 MB); compiling it
// is most of the extension's activation. `vm.Script` takes the code cache V8 produced last time
// (`cachedData`), and `createCachedData()` — called after the warm-up lint, so the functions the parser and
// the rules ran are in it too — writes the next one. The cache is ours alone (unlike
// `module.enableCompileCache`, which would cache every extension of the process into our folder), lives in
// the extension's global storage, and is named after the bundle's content, V8's version and the CPU:
// a stale or foreign cache is never read. V8 checks the cache itself and rejects one that does not match
// (`cachedDataRejected`): the bundle is then compiled as usual. No `vscode` import: unit tested headless.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname, join } from 'node:path';
import * as vm from 'node:vm';

export type CacheStatus =
  /** The cache was read and V8 accepted it. */
  | 'hit'
  /** No cache yet (first start, new version, or the cache folder is unusable). */
  | 'miss'
  /** A cache was there but V8 rejected it (another V8 build or flags): compiled as usual. */
  | 'rejected'
  /** Caching is off (no cache folder). */
  | 'off';

export interface LoadedBundle<T> {
  readonly exports: T;
  readonly status: CacheStatus;
  /** Compile time of the bundle in ms (with the cache: its deserialisation). */
  readonly compileMs: number;
  /**
   * Writes the code cache when there is none that V8 accepted (after the warm-up, so that the functions
   * that ran are in it). Returns the file written, or undefined. Never throws.
   */
  save(): string | undefined;
}

const PREFIX = 'bundle-';
const HASH_BYTES = 32;

/** The cache file of a bundle text: named after its content, V8's version and the CPU architecture. */
export function cacheFileName(source: string): string {
  const key = createHash('sha256')
    .update(source)
    .update('\0')
    .update(process.versions.v8)
    .update('\0')
    .update(process.arch)
    .digest('hex')
    .slice(0, 24);
  return `${PREFIX}${key}.v8cache`;
}

/** Reads a cache file: a SHA-256 of the data, then the data. Undefined when absent or damaged. */
function readCache(file: string): Buffer | undefined {
  let raw: Buffer;
  try {
    raw = readFileSync(file);
  } catch {
    return undefined;
  }
  if (raw.length <= HASH_BYTES) return undefined;
  const data = raw.subarray(HASH_BYTES);
  const sum = createHash('sha256').update(data).digest();
  return sum.equals(raw.subarray(0, HASH_BYTES)) ? data : undefined;
}

/** Writes a cache file atomically (temp file, then rename) and removes the caches of older bundles. */
function writeCache(dir: string, name: string, data: Buffer): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, Buffer.concat([createHash('sha256').update(data).digest(), data]));
  renameSync(tmp, file);
  for (const other of readdirSync(dir)) {
    if (other !== name && other.startsWith(PREFIX)) rmSync(join(dir, other), { force: true });
  }
  return file;
}

/**
 * Runs the CommonJS bundle `file` as a module whose `require` is `requireFn`, with the code cache kept in
 * `cacheDir` (undefined: no cache). Errors of the bundle itself propagate, as `require` would.
 */
export function loadBundle<T>(file: string, cacheDir: string | undefined, requireFn: (id: string) => unknown): LoadedBundle<T> {
  const source = readFileSync(file, 'utf8');
  const name = cacheFileName(source);
  const cachedData = cacheDir ? readCache(join(cacheDir, name)) : undefined;
  const wrapped = Module.wrap(source);
  const t0 = performance.now();
  const script = new vm.Script(wrapped, {
    filename: file,
    // Module.wrap puts the wrapper's head on the first line: keep the columns of stack traces right.
    columnOffset: -wrapped.indexOf(source),
    ...(cachedData ? { cachedData } : {}),
    // `import()` inside the bundle resolves as it would in a module `require` loaded (Node ≥ 20.12).
    ...(vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER ? { importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER } : {}),
  });
  const compileMs = performance.now() - t0;
  const status: CacheStatus = !cacheDir ? 'off' : !cachedData ? 'miss' : script.cachedDataRejected ? 'rejected' : 'hit';
  const mod = { exports: {} as T };
  const fn = script.runInThisContext({ displayErrors: true }) as (
    exports: unknown,
    require: (id: string) => unknown,
    module: { exports: T },
    filename: string,
    dirname: string,
  ) => void;
  fn.call(mod.exports, mod.exports, requireFn, mod, file, dirname(file));
  let saved = false;
  return {
    exports: mod.exports,
    status,
    compileMs,
    save() {
      if (!cacheDir || status === 'hit' || saved) return undefined;
      saved = true;
      try {
        return writeCache(cacheDir, name, script.createCachedData());
      } catch {
        return undefined;
      }
    },
  };
}
