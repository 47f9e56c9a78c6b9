import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { buildSync } from 'esbuild';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheFileName, loadBundle } from '../../src/code-cache';

const req = createRequire(import.meta.url);
const dirs: string[] = [];
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'prodready-code-cache-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

// A CommonJS bundle like dist/main.js: uses require, module.exports, __filename, and has a lazily
// compiled function (so the cache written after a call holds more than the top level).
function writeBundle(dir: string, marker = 'one'): string {
  const file = join(dir, 'main.js');
  writeFileSync(
    file,
    `"use strict";const path=require("node:path");function lazy(n){let s=0;for(let i=0;i<n;i++)s+=i;return s}` +
      `module.exports={marker:${JSON.stringify(marker)},base:path.basename(__filename),dir:__dirname,sum:lazy,` +
      `where(){return new Error("here").stack.split("\\n")[1]},imp(){return import("node:path")}};\n`,
  );
  return file;
}

type Bundle = { marker: string; base: string; dir: string; sum(n: number): number; where(): string; imp(): Promise<typeof import('node:path')> };

describe('loadBundle (V8 code cache of the extension bundle)', () => {
  it('runs the bundle as a CommonJS module with the given require', () => {
    const dir = tmp();
    const file = writeBundle(dir);
    const seen: string[] = [];
    const b = loadBundle<Bundle>(file, undefined, (id) => {
      seen.push(id);
      return req(id);
    });
    expect(b.status).toBe('off');
    expect(seen).toEqual(['node:path']);
    expect(b.exports.marker).toBe('one');
    expect(b.exports.base).toBe('main.js');
    expect(b.exports.dir).toBe(dir);
    expect(b.exports.sum(4)).toBe(6);
    expect(b.save()).toBeUndefined();
    // Stack traces name the bundle and keep its line and column (the wrapper is not counted).
    const col = readFileSync(file, 'utf8').indexOf('new Error') + 1;
    expect(b.exports.where()).toContain(`${file}:1:${col}`);
  });

  it('lets the bundle use import()', async () => {
    const b = loadBundle<Bundle>(writeBundle(tmp()), undefined, req);
    expect(typeof (await b.exports.imp()).join).toBe('function');
  });

  it('writes the cache once, then starts from it; a changed bundle gets a new cache and the old one goes', () => {
    const dir = tmp();
    const cacheDir = join(dir, 'cache');
    const file = writeBundle(dir);

    const first = loadBundle<Bundle>(file, cacheDir, req);
    expect(first.status).toBe('miss');
    first.exports.sum(10);
    const written = first.save();
    expect(written).toBe(join(cacheDir, cacheFileName(readFileSync(file, 'utf8'))));
    expect(first.save()).toBeUndefined(); // once

    const second = loadBundle<Bundle>(file, cacheDir, req);
    expect(second.status).toBe('hit');
    expect(second.exports.sum(5)).toBe(10);
    expect(second.save()).toBeUndefined(); // nothing to write after a hit

    writeBundle(dir, 'two');
    const third = loadBundle<Bundle>(file, cacheDir, req);
    expect(third.status).toBe('miss');
    expect(third.exports.marker).toBe('two');
    const next = third.save();
    expect(next).not.toBe(written);
    expect(readdirSync(cacheDir)).toEqual([next!.split(/[\\/]/).pop()]);
  });

  it('never reads a damaged cache', () => {
    const dir = tmp();
    const cacheDir = join(dir, 'cache');
    const file = writeBundle(dir);
    const first = loadBundle<Bundle>(file, cacheDir, req);
    const cacheFile = first.save()!;

    // Damaged (a byte flipped, or cut short): the checksum does not match, the bundle compiles as usual.
    const raw = readFileSync(cacheFile);
    const flipped = Buffer.from(raw);
    flipped.writeUInt8(flipped.readUInt8(flipped.length - 1) ^ 0xff, flipped.length - 1);
    writeFileSync(cacheFile, flipped);
    expect(loadBundle<Bundle>(file, cacheDir, req).status).toBe('miss');
    writeFileSync(cacheFile, raw.subarray(0, 10));
    expect(loadBundle<Bundle>(file, cacheDir, req).status).toBe('miss');

  });

  // V8 keeps what it compiled in the process; whether a cache file is accepted or rejected shows in a
  // fresh process, as at the next start of the extension host.
  it('is accepted by V8 in a new process, and rejected (then replaced) when it is not V8\'s', () => {
    const dir = tmp();
    const cacheDir = join(dir, 'cache');
    const file = writeBundle(dir);
    const loader = join(dir, 'code-cache.cjs');
    buildSync({ entryPoints: [join(__dirname, '../../src/code-cache.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: loader, logLevel: 'silent' });
    const start = () => {
      const out = execFileSync(
        process.execPath,
        ['-e', `const b=require(${JSON.stringify(loader)}).loadBundle(${JSON.stringify(file)},${JSON.stringify(cacheDir)},require);b.exports.sum(7);const f=b.save();console.log(JSON.stringify({status:b.status,saved:!!f,sum:b.exports.sum(3)}))`],
        { encoding: 'utf8' },
      );
      return JSON.parse(out) as { status: string; saved: boolean; sum: number };
    };
    expect(start()).toEqual({ status: 'miss', saved: true, sum: 3 });
    expect(start()).toEqual({ status: 'hit', saved: false, sum: 3 });
    const cacheFile = join(cacheDir, cacheFileName(readFileSync(file, 'utf8')));
    const junk = Buffer.alloc(256, 7);
    writeFileSync(cacheFile, Buffer.concat([createHash('sha256').update(junk).digest(), junk]));
    expect(start()).toEqual({ status: 'rejected', saved: true, sum: 3 });
    expect(start()).toEqual({ status: 'hit', saved: false, sum: 3 });
  });

  it('still loads when the cache folder cannot be written', () => {
    const dir = tmp();
    const file = writeBundle(dir);
    const notADir = join(dir, 'file');
    writeFileSync(notADir, 'x');
    const b = loadBundle<Bundle>(file, join(notADir, 'cache'), req);
    expect(b.status).toBe('miss');
    expect(b.exports.marker).toBe('one');
    expect(b.save()).toBeUndefined();
  });
});
