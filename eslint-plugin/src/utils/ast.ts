import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { visitorKeys } from '@typescript-eslint/visitor-keys';

type Node = TSESTree.Node;
type Expression = TSESTree.Expression;

/** Strips parentheses-free TS wrappers: `x as T`, `x!`, `<T>x`, `x satisfies T`, and `await x` when asked. */
export function unwrap(node: Node, options?: { await?: boolean }): Node {
  // No `= {}` default: unwrap runs on nearly every node the rules look at, and the default allocated an object per call.
  let cur: Node = node;
  for (;;) {
    switch (cur.type) {
      case 'TSAsExpression':
      case 'TSNonNullExpression':
      case 'TSTypeAssertion':
      case 'TSSatisfiesExpression':
      case 'TSInstantiationExpression':
        cur = cur.expression;
        continue;
      case 'ChainExpression':
        cur = cur.expression;
        continue;
      case 'AwaitExpression':
        if (options?.await) {
          cur = cur.argument;
          continue;
        }
        return cur;
      default:
        return cur;
    }
  }
}

/** The static name of a member property (`a.b`, `a['b']`, `` a[`b`] ``), or undefined. */
export function getPropertyName(node: TSESTree.MemberExpression | TSESTree.Property | TSESTree.MethodDefinition | TSESTree.PropertyDefinition): string | undefined {
  const key = node.type === 'MemberExpression' ? node.property : node.key;
  const computed = node.computed;
  if (!computed) {
    if (key.type === 'Identifier') return key.name;
    if (key.type === 'PrivateIdentifier') return `#${key.name}`;
  }
  return getStaticString(key);
}

/** The value of a string literal or an expression-free template literal. */
export function getStaticString(node: Node | null | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) {
    return node.quasis[0]?.value.cooked ?? undefined;
  }
  return undefined;
}

/**
 * The dotted name of a callee or member chain: `a.b.c` for `a.b.c`, `this.x` for `this.x`,
 * `a.b.c` for `a?.b().c` is not produced (calls break the chain): returns undefined.
 */
export function getDottedName(node: Node): string | undefined {
  const n = unwrap(node);
  if (n.type === 'Identifier') return n.name;
  if (n.type === 'ThisExpression') return 'this';
  if (n.type === 'MetaProperty') return `${n.meta.name}.${n.property.name}`;
  if (n.type === 'Super') return 'super';
  if (n.type === 'MemberExpression') {
    const obj = getDottedName(n.object);
    const prop = getPropertyName(n);
    if (obj === undefined || prop === undefined) return undefined;
    return `${obj}.${prop}`;
  }
  return undefined;
}

/**
 * The name of the function a call invokes, as the last member: `fetch` for `fetch()`, `json` for
 * `NextResponse.json()`, `create` for `openai.chat.completions.create()`.
 */
export function getCalleeName(call: TSESTree.CallExpression | TSESTree.NewExpression): string | undefined {
  const callee = unwrap(call.callee);
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression') return getPropertyName(callee);
  return undefined;
}

/** The object a method is called on: `openai.chat.completions` for `openai.chat.completions.create()`. */
export function getCalleeObject(call: TSESTree.CallExpression | TSESTree.NewExpression): Node | undefined {
  const callee = unwrap(call.callee);
  return callee.type === 'MemberExpression' ? unwrap(callee.object) : undefined;
}

/** The root identifier of a member chain or call chain: `supabase` for `supabase.from('x').select()`. */
export function getRootIdentifier(node: Node): TSESTree.Identifier | undefined {
  let cur: Node = unwrap(node);
  for (;;) {
    if (cur.type === 'Identifier') return cur;
    if (cur.type === 'MemberExpression') cur = unwrap(cur.object);
    else if (cur.type === 'CallExpression') cur = unwrap(cur.callee);
    else if (cur.type === 'AwaitExpression') cur = unwrap(cur.argument);
    else return undefined;
  }
}

/** Splits an identifier or key into lower-case words: `refreshToken` → [refresh, token]; `API_KEY` → [api, key]. */
export function splitWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

/** Finds a property of an object literal by static key name (ignores spreads). */
export function findProperty(obj: TSESTree.ObjectExpression, name: string): TSESTree.Property | undefined {
  for (const p of obj.properties) {
    if (p.type === 'Property' && getPropertyName(p) === name) return p;
  }
  return undefined;
}

/** Whether an object literal has a spread element (so unknown keys may be present). */
export function hasSpread(obj: TSESTree.ObjectExpression): boolean {
  return obj.properties.some((p) => p.type === 'SpreadElement');
}

export type FunctionNode =
  | TSESTree.FunctionDeclaration
  | TSESTree.FunctionExpression
  | TSESTree.ArrowFunctionExpression;

/** The top-level (or exported) interfaces and type aliases of a file named `name`, in source order (interfaces may merge). */
export function localTypeDeclarations(
  program: TSESTree.Program,
  name: string,
): (TSESTree.TSInterfaceDeclaration | TSESTree.TSTypeAliasDeclaration)[] {
  const out: (TSESTree.TSInterfaceDeclaration | TSESTree.TSTypeAliasDeclaration)[] = [];
  for (const stmt of program.body) {
    const d = stmt.type === 'ExportNamedDeclaration' ? stmt.declaration : stmt;
    if ((d?.type === 'TSInterfaceDeclaration' || d?.type === 'TSTypeAliasDeclaration') && d.id.name === name) out.push(d);
  }
  return out;
}

export function isFunction(node: Node | null | undefined): node is FunctionNode {
  return (
    !!node &&
    (node.type === 'FunctionDeclaration' ||
      node.type === 'FunctionExpression' ||
      node.type === 'ArrowFunctionExpression')
  );
}

/**
 * What a function returns: an arrow's expression body, else the argument of each `return` in its body
 * (not in nested functions), `null` for a bare `return;`. Empty when it never returns a value.
 */
export function returnedValues(fn: FunctionNode): (TSESTree.Expression | null)[] {
  // A body-less declaration (`declare function f(): T`, an overload) returns nothing we can see.
  if (!fn.body) return [];
  if (fn.body.type !== 'BlockStatement') return [fn.body];
  const out: (TSESTree.Expression | null)[] = [];
  walk(
    fn.body,
    (n) => {
      if (n.type === 'ReturnStatement') out.push(n.argument);
    },
    { skipFunctions: true },
  );
  return out;
}

/** The closest enclosing function of a node, or undefined at module level. */
export function getEnclosingFunction(node: Node): FunctionNode | undefined {
  let cur = node.parent;
  while (cur) {
    if (isFunction(cur)) return cur;
    cur = cur.parent;
  }
  return undefined;
}

/**
 * The name a function goes by: its own (`function guard()`), else the variable, property, method or class field
 * it is the value of (`const guard = () =>`, `{ guard() {} }`, `guard = async () =>`); undefined otherwise.
 */
export function getFunctionName(fn: FunctionNode): string | undefined {
  if ((fn.type === 'FunctionDeclaration' || fn.type === 'FunctionExpression') && fn.id) return fn.id.name;
  const p = fn.parent;
  if (p?.type === 'VariableDeclarator' && p.id.type === 'Identifier') return p.id.name;
  if (p?.type === 'Property' || p?.type === 'MethodDefinition' || p?.type === 'PropertyDefinition') return getPropertyName(p);
  return undefined;
}

/** Array methods that call their callback once per element. */
export const ITERATION_METHODS: ReadonlySet<string> = new Set(['forEach', 'map', 'flatMap', 'filter', 'reduce', 'some', 'every', 'find', 'findIndex']);

/**
 * Whether the node runs once per element or iteration within its function: in a loop's body, or in a
 * callback of `items.map(...)` / `forEach` / `Array.from(list, fn)`.
 */
export function isInRepetition(node: Node): boolean {
  let child: Node = node;
  for (let cur = node.parent; cur; child = cur, cur = cur.parent) {
    switch (cur.type) {
      case 'ForStatement':
      case 'ForInStatement':
      case 'ForOfStatement':
      case 'WhileStatement':
      case 'DoWhileStatement':
        if (cur.body === child) return true;
        break;
      default:
        if (isFunction(cur)) {
          const call = cur.parent;
          if (call?.type !== 'CallExpression' || !call.arguments.includes(cur as TSESTree.CallExpressionArgument)) return false;
          const callee = getDottedName(call.callee) ?? '';
          return callee === 'Array.from' || (call.callee.type === 'MemberExpression' && ITERATION_METHODS.has(getPropertyName(call.callee) ?? ''));
        }
    }
  }
  return false;
}

/**
 * The operands of a chain of one operator, left to right, each unwrapped: `a && (b && c)` → [a, b, c] for `&&`,
 * `'x' + y + 'z'` → ['x', y, 'z'] for `+`. A node that is not such a chain is its own single operand.
 */
export function chainOperands(node: Node, operator: '&&' | '||' | '??' | '+'): Node[] {
  const out: Node[] = [];
  const collect = (n: Node): void => {
    const u = unwrap(n);
    if ((u.type === 'LogicalExpression' || u.type === 'BinaryExpression') && u.operator === operator) {
      collect(u.left);
      collect(u.right);
    } else out.push(u);
  };
  collect(node);
  return out;
}

/** Whether `inner` lies within `outer` (by range). */
export function isWithin(inner: Node, outer: Node): boolean {
  return inner.range[0] >= outer.range[0] && inner.range[1] <= outer.range[1];
}

/** The scope-manager variable an identifier refers to, searching outward from its scope. */
export function findVariable(
  sourceCode: TSESLint.SourceCode,
  id: TSESTree.Identifier,
): TSESLint.Scope.Variable | undefined {
  let scope: TSESLint.Scope.Scope | null = sourceCode.getScope(id);
  while (scope) {
    const v = scope.set.get(id.name);
    if (v) return v;
    scope = scope.upper;
  }
  return undefined;
}

/**
 * Walks a subtree depth first, calling `visit` on every node; `visit` returns false to skip a node's
 * children. Nested functions are entered unless `skipFunctions` is set. Iterative, so huge files cannot
 * overflow the stack.
 */
export function walk(
  root: Node,
  visit: (node: Node) => boolean | void,
  options: { skipFunctions?: boolean } = {},
): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node !== root && options.skipFunctions && isFunction(node)) continue;
    if (visit(node) === false) continue;
    const record = node as unknown as Record<string, unknown>;
    for (const key of childKeys(node)) {
      const value = record[key];
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) {
          const child = value[i] as Node | null;
          if (child && typeof child.type === 'string') stack.push(child);
        }
      } else if (value && typeof (value as Node).type === 'string') {
        stack.push(value as Node);
      }
    }
  }
}

const IGNORED_KEYS = new Set(['parent', 'range', 'loc', 'tokens', 'comments']);
/** Keys that only ever hold types: no rule looks for values in them (rules read annotations directly). */
const TYPE_KEYS = new Set(['typeAnnotation', 'typeArguments', 'typeParameters', 'returnType', 'superTypeArguments', 'superTypeParameters', 'implements', 'extends']);
/** Declarations that hold nothing but types. */
const TYPE_ONLY = new Set(['TSInterfaceDeclaration', 'TSTypeAliasDeclaration', 'TSDeclareFunction']);
/**
 * typescript-eslint's visitor keys without the type-only children: the walks of the rules visit the
 * code, not its annotations (a quarter of a typed file's nodes), which keeps them cheap.
 */
const KEYS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(visitorKeys as Readonly<Record<string, readonly string[]>>).map(([type, keys]) => [
    type,
    TYPE_ONLY.has(type) ? [] : keys.filter((k) => !TYPE_KEYS.has(k)),
  ]),
);

/** Calls `cb` on each direct child node of `node` (by visitor keys). */
export function forEachChild(node: Node, cb: (child: Node) => void): void {
  const record = node as unknown as Record<string, unknown>;
  for (const key of childKeys(node)) {
    const value = record[key];
    if (Array.isArray(value)) {
      for (const child of value) if (child && typeof (child as Node).type === 'string') cb(child as Node);
    } else if (value && typeof (value as Node).type === 'string') {
      cb(value as Node);
    }
  }
}

/** The keys of a node that hold child (value) nodes: typescript-eslint's visitor keys minus type-only keys, else every object key. */
function childKeys(node: Node): readonly string[] {
  return KEYS.get(node.type) ?? Object.keys(node).filter((k) => !IGNORED_KEYS.has(k));
}

/** Whether any node in the subtree satisfies the predicate. */
export function some(root: Node, predicate: (node: Node) => boolean, options: { skipFunctions?: boolean } = {}): boolean {
  let found = false;
  walk(
    root,
    (n) => {
      if (found) return false;
      if (predicate(n)) {
        found = true;
        return false;
      }
      return true;
    },
    options,
  );
  return found;
}

export function isIdentifier(node: Node | null | undefined, name?: string): node is TSESTree.Identifier {
  return !!node && node.type === 'Identifier' && (name === undefined || node.name === name);
}

/** `process.env.X` / `process.env['X']` → 'X'; `process.env` alone → '' ; otherwise undefined. */
export function getProcessEnvName(node: Node): string | undefined {
  const n = unwrap(node);
  if (n.type !== 'MemberExpression') return undefined;
  const obj = unwrap(n.object);
  if (obj.type === 'MemberExpression' && getDottedName(obj) === 'process.env') {
    return getPropertyName(n);
  }
  if (obj.type === 'MemberExpression' && getDottedName(obj) === 'import.meta.env') {
    return getPropertyName(n);
  }
  return undefined;
}

/** Whether the expression type is a string-ish expression that is always constant (literal, constant template). */
export function isConstantString(node: Node): boolean {
  return getStaticString(unwrap(node)) !== undefined;
}

/** A statement (or a block starting with one) that leaves: `return`, `throw`, `redirect()`, `notFound()`, `unauthorized()`, `forbidden()`. */
export function isEarlyExit(node: Node): boolean {
  const st = node.type === 'BlockStatement' ? node.body[0] : node;
  return (
    !!st &&
    (st.type === 'ReturnStatement' ||
      st.type === 'ThrowStatement' ||
      (st.type === 'ExpressionStatement' &&
        st.expression.type === 'CallExpression' &&
        /^(?:redirect|notFound|unauthorized|forbidden)$/.test(getCalleeName(st.expression) ?? '')))
  );
}

/** A block that ends by leaving (`{ logger.error('not configured'); return Response.json(..., { status: 503 }); }`). */
export function endsInExit(node: Node): boolean {
  if (node.type !== 'BlockStatement') return false;
  const last = node.body[node.body.length - 1];
  return last?.type === 'ReturnStatement' || last?.type === 'ThrowStatement';
}

/** `null` (a null literal, not a regex or bigint one a runtime cannot build) or `undefined`, past type wrappers. */
export function isNullOrUndefined(node: Node): boolean {
  const u = unwrap(node);
  if (u.type === 'Literal') return u.value === null && !('regex' in u) && !('bigint' in u);
  return u.type === 'Identifier' && u.name === 'undefined';
}

/** `return` / `throw`, or a block whose last statement leaves so (`{ log(); return 400; }`, nested blocks too). */
export function leavesAtEnd(stmt: TSESTree.Statement): boolean {
  if (stmt.type === 'ReturnStatement' || stmt.type === 'ThrowStatement') return true;
  if (stmt.type === 'BlockStatement') {
    const last = stmt.body[stmt.body.length - 1];
    return !!last && leavesAtEnd(last);
  }
  return false;
}

/** Whether a statement of `block` before `child` is an `if` that `matches` and whose consequent {@link leavesAtEnd}. */
export function exitsBefore(block: TSESTree.BlockStatement | TSESTree.Program, child: Node, matches: (stmt: TSESTree.IfStatement) => boolean): boolean {
  for (const stmt of block.body) {
    if (stmt.range[0] >= child.range[0]) break;
    if (stmt.type === 'IfStatement' && matches(stmt) && leavesAtEnd(stmt.consequent)) return true;
  }
  return false;
}

/** Names of the deployment environment: `NODE_ENV`, an app's `ENVIRONMENT` / `APP_ENV`, `VERCEL_ENV`. */
const ENVIRONMENT_NAME = /^(?:NODE_ENV|ENVIRONMENT|APP_ENV|DEPLOY_ENV|VERCEL_ENV|ENV|nodeEnv|environment|appEnv)$/;

/** `process.env.NODE_ENV`, `env.NODE_ENV`, an app's `ENVIRONMENT` constant or `config.environment`. */
function isEnvironmentRead(node: Node): boolean {
  const n = unwrap(node);
  const env = getProcessEnvName(n);
  if (env !== undefined) return ENVIRONMENT_NAME.test(env);
  if (n.type === 'Identifier') return ENVIRONMENT_NAME.test(n.name);
  return n.type === 'MemberExpression' && ENVIRONMENT_NAME.test(getPropertyName(n) ?? '');
}

/**
 * `process.env.NODE_ENV === 'x'` / `!==` (either side; also an app's `ENVIRONMENT` constant): whether it tests
 * equality, and the value compared.
 */
export function nodeEnvComparison(test: Node): { eq: boolean; value: string } | undefined {
  const u = unwrap(test);
  if (u.type !== 'BinaryExpression' || !['===', '!==', '==', '!='].includes(u.operator) || u.left.type === 'PrivateIdentifier') return undefined;
  const other = isEnvironmentRead(u.left) ? u.right : isEnvironmentRead(u.right) ? u.left : undefined;
  const value = other && getStaticString(other);
  return value === undefined ? undefined : { eq: u.operator === '===' || u.operator === '==', value };
}

/** `process.env.NODE_ENV === 'production'` or `!== 'development'` (`'dev'`, `'test'`, `'local'`): true in production. */
export function isProductionTest(test: Node): boolean {
  const c = nodeEnvComparison(test);
  return !!c && (c.eq ? c.value === 'production' : /^(?:development|dev|test|local)$/.test(c.value));
}

/**
 * A function that leaves at once in production: `if (process.env.NODE_ENV !== 'development') return 404` among
 * its first statements (lobe-chat's `api/dev/test-push` route). What follows never runs in production.
 */
export function exitsInProduction(fn: FunctionNode): boolean {
  if (fn.body?.type !== 'BlockStatement') return false;
  return fn.body.body.slice(0, 3).some((st) => st.type === 'IfStatement' && !st.alternate && isEarlyExit(st.consequent) && isProductionTest(st.test));
}

/**
 * `process.env.NODE_ENV !== 'production'` or `=== 'development'` (`'dev'`, `'test'`, `'local'`), alone or as a part of an
 * `&&`: true only outside production. With `notProduction: false`, only the `===` forms count.
 */
export function isNonProductionTest(test: Node, notProduction = true): boolean {
  const u = unwrap(test);
  if (u.type === 'LogicalExpression' && u.operator === '&&') return isNonProductionTest(u.left, notProduction) || isNonProductionTest(u.right, notProduction);
  const c = nodeEnvComparison(u);
  return !!c && (c.eq ? /^(?:development|dev|test|local)$/.test(c.value) : notProduction && c.value === 'production');
}

/**
 * A function that does its work only outside production: it leaves at once in production ({@link exitsInProduction}), or
 * its body is one `if (process.env.NODE_ENV !== 'production' && ...) { ... }` followed by a `return` at most (ever-teams'
 * `api/log` route, which writes local log files in development and answers 501 otherwise).
 */
export function runsOnlyOutsideProduction(fn: FunctionNode): boolean {
  if (exitsInProduction(fn)) return true;
  if (fn.body?.type !== 'BlockStatement') return false;
  const [first, ...rest] = fn.body.body;
  if (first?.type !== 'IfStatement' || rest.length > 1 || !rest.every((st) => st.type === 'ReturnStatement')) return false;
  if (!first.alternate) return isNonProductionTest(first.test);
  // With an `else`, the branch that runs in production only answers with constants (nextzone's seed route:
  // `if (process.env.NODE_ENV === 'development') { ...seed... } else { res.send({ message: 'only in development' }) }`,
  // or `if (process.env.NODE_ENV === 'production') { return 404 } else { ... }`), and so does a `return` after it.
  const answers = (st: TSESTree.Statement): boolean => answersConstant(st, fn);
  if (!rest.every(answers)) return false;
  if (isNonProductionTest(first.test)) return answers(first.alternate);
  return isProductionTest(first.test) && answers(first.consequent);
}

/** A literal, or an object / array / template of literals: `{ error: 'Not found' }`, `{ status: 404 }`. */
function isLiteralValue(node: Node, depth = 0): boolean {
  const n = unwrap(node);
  if (depth > 4) return false;
  if (n.type === 'Literal') return true;
  if (n.type === 'TemplateLiteral') return n.expressions.length === 0;
  if (n.type === 'UnaryExpression') return isLiteralValue(n.argument, depth + 1);
  if (n.type === 'ArrayExpression') return n.elements.every((e) => e !== null && e.type !== 'SpreadElement' && isLiteralValue(e, depth + 1));
  if (n.type === 'ObjectExpression') return n.properties.every((p) => p.type === 'Property' && !p.computed && p.kind === 'init' && isLiteralValue(p.value, depth + 1));
  return false;
}

/**
 * An answer built from literals only: `Response.json({ error: 'Not found' }, { status: 404 })`, `new NextResponse(null, { status: 403 })`,
 * `notFound()`, or the handler's own response `res.status(403).json({ message: '...' })` / `res.send('...')` / `res.end()`.
 */
function isConstantAnswer(node: Node, fn: FunctionNode, depth = 0): boolean {
  const n = unwrap(node);
  if (depth > 4) return false;
  if (n.type !== 'CallExpression' && n.type !== 'NewExpression') return false;
  if (!n.arguments.every((a) => a.type !== 'SpreadElement' && isLiteralValue(a))) return false;
  const callee = unwrap(n.callee);
  if (n.type === 'NewExpression') return callee.type === 'Identifier' && /^(?:Response|NextResponse)$/.test(callee.name);
  if (callee.type === 'Identifier') return /^notFound$/.test(callee.name);
  if (callee.type !== 'MemberExpression') return false;
  const method = getPropertyName(callee) ?? '';
  const object = unwrap(callee.object);
  if (object.type === 'Identifier' && /^(?:Response|NextResponse)$/.test(object.name)) return method === 'json';
  if (!/^(?:status|json|send|end|sendStatus)$/.test(method)) return false;
  const res = fn.params[1];
  if (object.type === 'Identifier') return res?.type === 'Identifier' && object.name === res.name;
  return isConstantAnswer(object, fn, depth + 1);
}

/** A statement (or block of them) that only answers with constants: `return res.status(404).end()`, `throw new Error('...')`. */
function answersConstant(st: TSESTree.Statement, fn: FunctionNode): boolean {
  if (st.type === 'BlockStatement') return st.body.length > 0 && st.body.every((s) => answersConstant(s, fn));
  if (st.type === 'ReturnStatement') return !st.argument || isLiteralValue(st.argument) || isConstantAnswer(st.argument, fn);
  if (st.type === 'ThrowStatement') {
    const e = unwrap(st.argument);
    return e.type === 'NewExpression' && e.callee.type === 'Identifier' && /Error$/.test(e.callee.name) && e.arguments.every((a) => a.type !== 'SpreadElement' && isLiteralValue(a));
  }
  return st.type === 'ExpressionStatement' && isConstantAnswer(st.expression, fn);
}

export type { Expression };
