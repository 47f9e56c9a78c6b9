import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { findVariable, getDottedName, getPropertyName, isFunction, unwrap, walk } from './ast';
import { getBindingValues } from './data-flow';

/**
 * Shared vocabulary of the timeout rules (`no-unsafe-promise-race`, `require-request-timeout`):
 * "does an AbortSignal reach this expression", "is this a timer call".
 */

/** A name that holds an AbortSignal: `signal`, `abortSignal`, `timeoutSignal`, `req.signal`. */
const SIGNAL_NAME = /^signal$|Signal$|_signal$/;

/** Whether a node is a `setTimeout(...)` call (global, `globalThis.setTimeout`, `window.setTimeout`). */
export function isSetTimeoutCall(node: TSESTree.Node): node is TSESTree.CallExpression {
  if (node.type !== 'CallExpression') return false;
  const name = getDottedName(node.callee);
  return name === 'setTimeout' || name === 'globalThis.setTimeout' || name === 'global.setTimeout' || name === 'window.setTimeout';
}

/**
 * Whether an AbortSignal is visibly handed to the work in `node`: an identifier or property named
 * `signal` / `*Signal`, `AbortSignal.timeout(...)`, `AbortSignal.any(...)`, `controller.signal`.
 * Local `const` bindings the expression uses are followed once (the promise was created earlier in
 * the function: `const p = fetch(url, { signal })`).
 */
export function mentionsAbortSignal(sourceCode: TSESLint.SourceCode, node: TSESTree.Node, depth = 0): boolean {
  let found = false;
  const followed: TSESTree.Node[] = [];
  walk(node, (n) => {
    if (found) return false;
    if (n.type === 'Identifier') {
      if (n.name === 'AbortSignal' || SIGNAL_NAME.test(n.name)) {
        // A key `{ signal: x }` counts only with its value; the value is visited too.
        const parent = n.parent;
        if (parent?.type === 'Property' && parent.key === n && !parent.shorthand) return true;
        found = true;
        return false;
      }
      const parent = n.parent;
      const isReference =
        !(parent?.type === 'MemberExpression' && parent.property === n && !parent.computed) &&
        !(parent?.type === 'Property' && parent.key === n && !parent.shorthand);
      // A parameter typed as one, whatever its name: `tryFetchSitemapLinks(url, handler, abort)` with `abort?: AbortSignal`.
      if (isReference && isAbortSignalParam(sourceCode, n)) {
        found = true;
        return false;
      }
      if (isReference && depth < 2) {
        for (const v of getBindingValues(sourceCode, n) ?? []) followed.push(v);
      }
      return true;
    }
    if (n.type === 'MemberExpression' && getPropertyName(n) === 'signal') {
      found = true;
      return false;
    }
    return true;
  });
  if (found) return true;
  for (const v of followed) {
    if (isFunction(v)) continue;
    if (mentionsAbortSignal(sourceCode, v, depth + 1)) return true;
  }
  return false;
}

/** Whether `id` names a function parameter annotated `AbortSignal` (also `AbortSignal | undefined`, optional or defaulted). */
function isAbortSignalParam(sourceCode: TSESLint.SourceCode, id: TSESTree.Identifier): boolean {
  const def = findVariable(sourceCode, id)?.defs[0];
  if (def?.type !== 'Parameter' || def.name.type !== 'Identifier') return false;
  const ann = def.name.typeAnnotation?.typeAnnotation;
  const types = ann?.type === 'TSUnionType' ? ann.types : ann ? [ann] : [];
  return types.some((t) => t.type === 'TSTypeReference' && t.typeName.type === 'Identifier' && t.typeName.name === 'AbortSignal');
}

/** Whether an object literal sets one of the given keys (a spread counts as "maybe": returns undefined). */
export function objectHasKey(obj: TSESTree.ObjectExpression, keys: ReadonlySet<string>): boolean | undefined {
  let spread = false;
  for (const p of obj.properties) {
    if (p.type === 'SpreadElement') {
      spread = true;
      continue;
    }
    const key = getPropertyName(p);
    if (key !== undefined && keys.has(key)) return true;
    if (key === undefined) spread = true;
  }
  return spread ? undefined : false;
}

/**
 * Resolves an options argument to the object literal it is, following local bindings: returns the
 * literal, `null` when the options are absent, or undefined when they cannot be seen.
 */
export function resolveObjectArg(
  sourceCode: TSESLint.SourceCode,
  arg: TSESTree.Node | undefined,
): TSESTree.ObjectExpression | null | undefined {
  if (!arg) return null;
  const u = unwrap(arg);
  if (u.type === 'ObjectExpression') return u;
  if (u.type === 'Identifier') {
    if (u.name === 'undefined') return null;
    const values = getBindingValues(sourceCode, u);
    if (values?.length === 1) {
      const v = unwrap(values[0]!);
      if (v.type === 'ObjectExpression') return v;
    }
  }
  return undefined;
}
