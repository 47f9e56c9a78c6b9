import { mkdirSync, mkdtempSync, writeFileSync, existsSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { FsHost } from '../../src/core/snippet-plan';
import { applyOffsetEdits, LineIndex, type PlainEdit } from '../../src/core/text';

export const ROUTE = `import { Redis } from '@upstash/redis';
const redis = Redis.fromEnv();
export async function GET() {
  const keys = await redis.keys('session:*');
  return Response.json(keys);
}
`;

/** A temp folder with the given files (path → contents; a trailing / makes a folder). */
export function tempTree(files: Record<string, string>, base = tmpdir()): string {
  const root = mkdtempSync(join(base, 'prodready-ext-'));
  for (const [p, content] of Object.entries(files)) {
    const full = join(root, p);
    if (p.endsWith('/')) mkdirSync(full, { recursive: true });
    else {
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, content);
    }
  }
  return root;
}

export const nodeFs: FsHost = {
  async exists(p) {
    return existsSync(p);
  },
  async readText(p) {
    try {
      return statSync(p).isFile() ? readFileSync(p, 'utf8') : undefined;
    } catch {
      return undefined;
    }
  },
};

/** Applies plain (line/character) edits to a text. */
export function applyEdits(text: string, edits: readonly PlainEdit[]): string {
  const index = new LineIndex(text);
  return applyOffsetEdits(
    text,
    edits.map((e) => ({ range: [index.offsetAt(e.range.start), index.offsetAt(e.range.end)] as [number, number], text: e.newText })),
  );
}
