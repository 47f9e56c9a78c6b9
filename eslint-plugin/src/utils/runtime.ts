import type { TSESTree } from '@typescript-eslint/utils';
import { getPropertyName, getStaticString, unwrap } from './ast';
import { classifyFile, projectPath, type FileKind } from './file-kind';

type Node = TSESTree.Node;

const EDGE_RUNTIME = /^(?:edge|experimental-edge)$/;

/**
 * The runtime a module declares: `export const runtime = 'edge'` (App Router segment config) or
 * `export const config = { runtime: 'edge' }` (Pages API routes and middleware); undefined when it
 * declares none.
 */
export function declaredRuntime(program: TSESTree.Program): string | undefined {
  for (const stmt of program.body) {
    if (stmt.type !== 'ExportNamedDeclaration' || stmt.declaration?.type !== 'VariableDeclaration') continue;
    for (const d of stmt.declaration.declarations) {
      if (d.id.type !== 'Identifier') continue;
      // `'edge'`, `"edge" as const`: the value, when it is a literal.
      if (d.id.name === 'runtime') {
        const value = d.init ? getStaticString(unwrap(d.init)) : undefined;
        if (value !== undefined) return value;
      } else if (d.id.name === 'config') {
        const init = d.init ? unwrap(d.init) : undefined;
        if (init?.type !== 'ObjectExpression') continue;
        for (const p of init.properties) {
          if (p.type !== 'Property' || p.computed || getPropertyName(p) !== 'runtime') continue;
          const value = getStaticString(unwrap(p.value));
          if (value !== undefined) return value;
        }
      }
    }
  }
  return undefined;
}

const edgeCache = new WeakMap<TSESTree.Program, boolean>();

/**
 * Whether the file runs on the Edge runtime, where `node:crypto` (`createHash`, `timingSafeEqual`,
 * `randomBytes`...) does not exist: a route or module that declares `runtime = 'edge'`, or a Next.js
 * `middleware.*` file (Edge-only before Next 15.5, and the default after it) unless its `config`
 * declares `runtime: 'nodejs'`. A Next 16 `proxy.*` file always runs on Node.js (it cannot set a runtime).
 */
export function isEdgeRuntime(kind: FileKind, program: TSESTree.Program): boolean {
  const hit = edgeCache.get(program);
  if (hit !== undefined) return hit;
  const declared = declaredRuntime(program);
  let edge: boolean;
  if (declared !== undefined) edge = EDGE_RUNTIME.test(declared);
  else edge = kind.isMiddleware && /(?:^|\/)middleware\.[cm]?[jt]s$/.test(kind.filename);
  edgeCache.set(program, edge);
  return edge;
}

/**
 * Code that may be bundled for the browser, where `node:crypto` does not exist either: a `'use client'`
 * module, one that imports a browser-only library, a non-entry module under a client folder
 * (`components/`, `hooks/`...), or any `.jsx` / `.tsx` module (a component: a server component runs on
 * Node, but the Web Crypto helpers given to it run there too).
 */
export function mayRunInBrowser(kind: FileKind): boolean {
  return kind.isClient || kind.importsBrowserLibrary || (kind.hasClientPath && !kind.isEntryPoint) || /\.[jt]sx$/.test(kind.filename);
}

/** Where a file's code runs, as far as `node:crypto` goes: the Edge runtime, maybe the browser, or Node. */
export type CryptoRuntime = 'edge' | 'browser' | 'node';

/**
 * The rules whose `<id>.edge` (Web Crypto) snippet is also the one for browser code: no-insecure-random-id
 * (a client-side PKCE verifier or nonce). The others' findings are server code only.
 */
export const WEB_CRYPTO_IN_BROWSER: ReadonlySet<string> = new Set(['no-insecure-random-id']);

/**
 * The {@link CryptoRuntime} of a file outside a rule (the editor's snippet choice): its path (absolute,
 * made project-relative with `cwd` as the rules' `getFileKind` does) and its AST. Edge first
 * ({@link isEdgeRuntime}), then {@link mayRunInBrowser}: one definition for the rules' suggestions and
 * the editor's "Insert hardened snippet".
 */
export function cryptoRuntimeOf(filename: string, program: TSESTree.Program, cwd?: string): CryptoRuntime {
  const kind = classifyFile(projectPath(filename, cwd), program);
  if (isEdgeRuntime(kind, program)) return 'edge';
  return mayRunInBrowser(kind) ? 'browser' : 'node';
}

/**
 * Whether an `await` can be written in place of `node`: its nearest enclosing function is `async` and
 * `node` is in that function's body (not its parameters' defaults). A nested non-async callback, a class
 * field initializer, a static block or module scope give false.
 */
export function canAwaitAt(node: Node): boolean {
  let child: Node = node;
  for (let cur = node.parent; cur; child = cur, cur = cur.parent) {
    switch (cur.type) {
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        return cur.async && child === cur.body;
      case 'PropertyDefinition':
      case 'AccessorProperty':
      case 'StaticBlock':
      case 'Program':
        return false;
      default:
        break;
    }
  }
  return false;
}

/**
 * The Next.js middleware function itself when `node` sits directly in its body and an `async` keyword is
 * all an `await` there needs: `export function middleware(req) { ... }` (or its default export), sync, no
 * generator, no declared return type. Next.js awaits what middleware returns, so `async` keeps its
 * behaviour (big-AGI's Basic-auth middleware compares the credentials in a sync middleware).
 */
export function syncMiddlewareFunction(node: Node, kind: FileKind): TSESTree.FunctionDeclaration | undefined {
  if (!kind.isMiddleware) return undefined;
  let child: Node = node;
  for (let cur = node.parent; cur; child = cur, cur = cur.parent) {
    if (cur.type === 'FunctionExpression' || cur.type === 'ArrowFunctionExpression' || cur.type === 'PropertyDefinition' || cur.type === 'StaticBlock') return undefined;
    if (cur.type !== 'FunctionDeclaration') continue;
    const exported = cur.parent?.type === 'ExportDefaultDeclaration' || (cur.parent?.type === 'ExportNamedDeclaration' && cur.id?.name === 'middleware');
    return exported && child === cur.body && !cur.async && !cur.generator && !cur.returnType ? cur : undefined;
  }
  return undefined;
}
