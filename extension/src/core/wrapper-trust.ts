// "Trust <wrapper> as an auth wrapper": require-route-auth reports a handler handed to a wrapper of the app's own
// code (`export const deleteX = createAction(schema, async (input) => ...)`, `createAction` from
// `@/shared/lib/action-wrapper`) and says that naming the wrapper in its `wrappers` option is the fix when the
// wrapper checks the session. The rule never reads the wrapper's file; the editor may, and proposes the option
// only when it can see that the wrapper does what the rule asks of a handler. No `vscode` import.
//
// How: the wrapper's module is read as text and parsed (never run); its definition (a function declaration or a
// `const` arrow / function) is followed for one caller with no session. The function it returns (or the wrapper
// itself, when it calls the handler directly) is trusted when, for that caller, every way through it ends before
// the handler is reached — a `return` of anything else, a `throw`, next/navigation's `redirect()` — after an auth
// call (require-route-auth's own vocabulary: `auth()`, `getServerSession()`, `auth.api.getSession()`,
// `supabase.auth.getUser()`, `getCurrentUser()` from the app...) whose absent result decided it, or a guard that
// throws by its name (`requireUser()`). A condition on anything else (an option, a flag, the input) is not known,
// so both branches must refuse; a reference to the handler on a path that can run (called, passed on, returned)
// is "reached". Whatever this does not follow (a factory such as `createSafeActionClient().use(...)`, a handler
// found under an object, a loop that can exit) makes the answer "not trusted": a wrong "trusted" would hide
// every report of the wrapper's handlers.
import { posix } from 'node:path';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { findVariable, getImportedName, getImportSource, getPropertyName, isFunction, type FunctionNode } from '../../../eslint-plugin/src/utils';
import { isAuthCall } from '../../../eslint-plugin/src/utils/auth-vocab';
import { exportedLocal, parseModule } from './middleware-routes';
import { moduleCandidates, ROUTE_AUTH_RULE } from './middleware-trust';
import { stripJsonc, type FsHost, type PathAlias } from './snippet-plan';

type Node = TSESTree.Node;
type SourceCode = TSESLint.SourceCode;
type Variable = TSESLint.Scope.Variable;

export { ROUTE_AUTH_RULE };
/** The require-route-auth message that carries the wrapper hint. */
export const WRAPPER_HINT_MESSAGE = 'missingAuth';

/** The last sentence of require-route-auth's message for a handler handed to the app's own wrapper (`ownWrapperHint`). */
const HINT = /If `([A-Za-z_$][\w$]*)` \(from '([^']+)'\) already checks the session, name it in this rule's `wrappers` option\./;

/** The wrapper a require-route-auth message names (its local name and import source), if it carries the hint. */
export function wrapperHintOf(message: string): { readonly name: string; readonly source: string } | undefined {
  const m = HINT.exec(message);
  return m?.[1] && m[2] ? { name: m[1], source: m[2] } : undefined;
}

/** The title of the action: `Trust createAction (from '@/shared/lib/action-wrapper') as an auth wrapper`. */
export function wrapperActionTitle(name: string, source: string, viaEslintConfig: boolean): string {
  return viaEslintConfig
    ? `Trust ${name} (from '${source}') as an auth wrapper: copy the wrappers line (eslint.config)`
    : `Trust ${name} (from '${source}') as an auth wrapper`;
}

// ---------------------------------------------------------------------------------------------
// Finding the wrapper's definition
// ---------------------------------------------------------------------------------------------

/** A wrapper's definition, found in the app's own code. */
export interface WrapperDefinition {
  /** The module that defines it (absolute, `/`-separated). */
  readonly file: string;
  readonly fn: FunctionNode;
  readonly sourceCode: SourceCode;
}

const MAX_TEXT = 200_000;
/** Re-exports followed from the imported module to the definition (`index.ts` barrels). */
const MAX_HOPS = 4;

/**
 * The name a module exports the local `name` under, as `text` (the importing file) imports it from `source`:
 * `createAction`, `default`; undefined for a namespace import or when the file does not import it so.
 */
export function importedNameOf(text: string, filename: string, name: string, source: string): string | undefined {
  const sc = parseModule(text, filename);
  if (!sc) return undefined;
  for (const stmt of sc.ast.body) {
    if (stmt.type !== 'ImportDeclaration' || stmt.source.value !== source || stmt.importKind === 'type') continue;
    for (const s of stmt.specifiers) {
      if (s.local.name !== name) continue;
      if (s.type === 'ImportDefaultSpecifier') return 'default';
      if (s.type === 'ImportSpecifier') return s.imported.type === 'Identifier' ? s.imported.name : String(s.imported.value);
      return undefined;
    }
  }
  return undefined;
}

/**
 * Finds the definition of `name` as `fromFile` (absolute, `/`-separated; its text `fromText`) imports it from
 * `source`: the module resolved relative or through the tsconfig/jsconfig `@/*` alias, then its re-exports
 * (`export { x } from './x'`, `export * from './x'`). Undefined when the import is not the app's own code, a
 * file cannot be read, or the export is not a function this follows. Only reads files.
 */
export async function findWrapperDefinition(appRoot: string, fromFile: string, fromText: string, name: string, source: string, fs: FsHost): Promise<WrapperDefinition | undefined> {
  let exported = importedNameOf(fromText, fromFile, name, source);
  if (exported === undefined) return undefined;
  const aliases = await readPathAliases(appRoot, fs);
  let from = fromFile;
  let spec = source;
  const seen = new Set<string>();
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const mod = await readModule(from, spec, aliases, fs);
    if (!mod || seen.has(mod.file)) return undefined;
    seen.add(mod.file);
    const sc = parseModule(mod.text, mod.file);
    if (!sc) return undefined;
    const local = exported === 'default' ? defaultExport(sc.ast) : exportedLocal(sc.ast, exported);
    if (local) {
      const fn = local.type === 'FunctionDeclaration' || isFunction(local) ? local : local.type === 'VariableDeclarator' && local.init ? stripTs(local.init) : undefined;
      return fn && isFunction(fn) ? { file: mod.file, fn, sourceCode: sc } : undefined;
    }
    const next = reExport(sc.ast, exported);
    if (!next) return undefined;
    from = mod.file;
    spec = next.source;
    exported = next.name;
  }
  return undefined;
}

/**
 * The wildcard `paths` aliases of the app's tsconfig.json / jsconfig.json (`@/*`, `~/*`, `#/*`, `@/shared/*`), each
 * target in order, longest prefix first as TypeScript matches them (no `extends` following).
 */
export async function readPathAliases(appRoot: string, fs: FsHost): Promise<PathAlias[]> {
  for (const name of ['tsconfig.json', 'jsconfig.json']) {
    const text = await fs.readText(posix.join(appRoot, name));
    if (text === undefined) continue;
    try {
      const json = JSON.parse(stripJsonc(text)) as { compilerOptions?: { baseUrl?: string; paths?: Record<string, unknown> } };
      const base = posix.join(appRoot, json.compilerOptions?.baseUrl ?? '.');
      const out: PathAlias[] = [];
      for (const [key, targets] of Object.entries(json.compilerOptions?.paths ?? {})) {
        if (!key.endsWith('/*') || !Array.isArray(targets)) continue;
        for (const t of targets) {
          if (typeof t === 'string' && t.endsWith('/*')) out.push({ prefix: key.slice(0, -1), dir: posix.join(base, t.slice(0, -1)).replace(/\/+$/, '') });
        }
      }
      return out.sort((a, b) => b.prefix.length - a.prefix.length);
    } catch {
      continue;
    }
  }
  return [];
}

async function readModule(from: string, spec: string, aliases: readonly PathAlias[], fs: FsHost): Promise<{ file: string; text: string } | undefined> {
  const relative = spec.startsWith('./') || spec.startsWith('../');
  const longest = aliases.find((a) => spec.startsWith(a.prefix))?.prefix;
  const tries = relative ? [undefined] : aliases.filter((a) => a.prefix === longest);
  for (const alias of tries) {
    for (const candidate of moduleCandidates(from, spec, alias)) {
      const text = await fs.readText(candidate);
      if (text === undefined) continue;
      return text.length <= MAX_TEXT ? { file: posix.normalize(candidate), text } : undefined;
    }
  }
  return undefined;
}

/** `export default function x() {}` / `export default x` (a local function or const). */
function defaultExport(program: TSESTree.Program): FunctionNode | TSESTree.VariableDeclarator | TSESTree.FunctionDeclaration | undefined {
  for (const stmt of program.body) {
    if (stmt.type !== 'ExportDefaultDeclaration') continue;
    const d = stmt.declaration;
    if (d.type === 'FunctionDeclaration' || d.type === 'ArrowFunctionExpression' || d.type === 'FunctionExpression') return d;
    if (d.type === 'Identifier') return exportedLocal({ ...program, body: program.body.filter((s) => s !== stmt) }, d.name) ?? localDeclaration(program, d.name);
  }
  return undefined;
}

function localDeclaration(program: TSESTree.Program, name: string): TSESTree.FunctionDeclaration | TSESTree.VariableDeclarator | undefined {
  for (const stmt of program.body) {
    if (stmt.type === 'FunctionDeclaration' && stmt.id?.name === name) return stmt;
    if (stmt.type === 'VariableDeclaration' && stmt.kind === 'const') {
      for (const d of stmt.declarations) if (d.id.type === 'Identifier' && d.id.name === name) return d;
    }
  }
  return undefined;
}

/** Where a module re-exports `name` from: `export { name } from './x'`, `export { a as name } from`, one `export * from`. */
function reExport(program: TSESTree.Program, name: string): { source: string; name: string } | undefined {
  const stars: string[] = [];
  for (const stmt of program.body) {
    if (stmt.type === 'ExportNamedDeclaration' && stmt.source && stmt.exportKind !== 'type') {
      for (const s of stmt.specifiers) {
        const exported = s.exported.type === 'Identifier' ? s.exported.name : String(s.exported.value);
        const local = s.local.type === 'Identifier' ? s.local.name : String(s.local.value);
        if (exported === name) return { source: String(stmt.source.value), name: local };
      }
    }
    if (stmt.type === 'ExportAllDeclaration' && !stmt.exported && stmt.exportKind !== 'type') stars.push(String(stmt.source.value));
  }
  // Several `export *`: which one holds the name is not known without reading them all; one is followed.
  return stars.length === 1 && stars[0] !== undefined ? { source: stars[0], name } : undefined;
}

function stripTs(node: Node): Node {
  let cur = node;
  while (cur.type === 'TSAsExpression' || cur.type === 'TSSatisfiesExpression' || cur.type === 'TSNonNullExpression' || cur.type === 'TSTypeAssertion') cur = cur.expression;
  return cur;
}

// ---------------------------------------------------------------------------------------------
// Judging it: one caller, with no session
// ---------------------------------------------------------------------------------------------

/** Why a wrapper is trusted or not (for the tests and the log). */
export interface WrapperVerdict {
  readonly trusted: boolean;
  readonly reason: string;
}

/** The handler is reached (called, passed on or returned) on a path that can run. */
class Reached {}
/** The call ends here without the handler: `throw`, `redirect()`, a guard that throws. */
class Refused {}
/** Something this does not follow decides. */
class Unsure {
  constructor(readonly why: string) {}
}

type Val =
  | { readonly k: 'unknown' }
  /** The caller's session / user / token, or a part of it: absent for this caller. */
  | { readonly k: 'noauth' }
  /** What an auth API answers a caller without a session when it is an object whose fields are absent (Supabase's `getUser()`, Clerk's `auth()`, iron-session): truthy. */
  | { readonly k: 'authobj' }
  /** A guard's answer when it may throw or answer (`const r = await requireAdmin(req)`): null, or an object whose fields are absent. */
  | { readonly k: 'maybeauth' }
  | { readonly k: 'nullish' }
  | { readonly k: 'bool'; readonly v: boolean }
  | { readonly k: 'str'; readonly v: string }
  | { readonly k: 'num'; readonly v: number }
  /** An object, array or function: truthy. */
  | { readonly k: 'obj' };

const UNKNOWN: Val = { k: 'unknown' };
const NO_AUTH: Val = { k: 'noauth' };
const AUTH_OBJ: Val = { k: 'authobj' };
const MAYBE_AUTH: Val = { k: 'maybeauth' };
const NULLISH: Val = { k: 'nullish' };
const OBJ: Val = { k: 'obj' };
const bool = (v: boolean): Val => ({ k: 'bool', v });

function truthy(v: Val): boolean | undefined {
  switch (v.k) {
    case 'noauth':
    case 'nullish':
      return false;
    case 'bool':
      return v.v;
    case 'str':
      return v.v !== '';
    case 'num':
      return v.v !== 0;
    case 'obj':
    case 'authobj':
      return true;
    default:
      return undefined;
  }
}

/** `a === b` for this caller: an absent session's fields equal no string, number or boolean. */
function same(a: Val, b: Val): boolean | undefined {
  if (a.k === 'authobj' || b.k === 'authobj') {
    const other = a.k === 'authobj' ? b : a;
    return other.k === 'str' || other.k === 'num' || other.k === 'bool' || other.k === 'nullish' ? false : undefined;
  }
  if (a.k === 'noauth' || b.k === 'noauth') {
    const other = a.k === 'noauth' ? b : a;
    if (other.k === 'str' || other.k === 'num' || other.k === 'bool') return false;
    return undefined;
  }
  if ((a.k === 'str' || a.k === 'num' || a.k === 'bool') && a.k === b.k) return a.v === b.v;
  if (a.k === 'nullish' && b.k === 'nullish') return true;
  if (a.k === 'nullish' || b.k === 'nullish') {
    const other = a.k === 'nullish' ? b : a;
    return other.k === 'unknown' ? undefined : false;
  }
  return undefined;
}

/** `a == null`: also true of an absent session. */
function looseNull(a: Val, b: Val): boolean | undefined {
  const other = a.k === 'nullish' ? b : a;
  if (other.k === 'nullish' || other.k === 'noauth') return true;
  if (other.k === 'authobj') return false;
  return other.k === 'unknown' ? undefined : false;
}

/** next/navigation's functions that throw to end the request. */
const NAVIGATION_THROW = /^(?:redirect|permanentRedirect|notFound|unauthorized|forbidden)$/;
/** An auth call named for a guard that throws without a session: `assertAuthenticated()`, `getUserOrThrow()`. */
const THROWING_GUARD = /^assert(?:[A-Z_]|$)|OrThrow$|OrRedirect$/;
/**
 * An auth call named for a guard: `requireUser()`, `ensureAuth()`. Its answer dropped (`await requireUser();`), it
 * must throw to mean anything; its answer kept, it may instead return a failure (`{ success: false }`, a 401
 * response) that the wrapper has to check.
 */
const GUARD = /^(?:require|ensure|enforce|protect)(?:[A-Z_]|$)/;

/**
 * Whether a wrapper authenticates before it calls its handler, for a caller with no session (see the file's
 * header). `fn` is its definition, `sourceCode` its module's.
 */
export function judgeWrapper(fn: FunctionNode, sourceCode: SourceCode): WrapperVerdict {
  const handlers = handlerParams(fn, sourceCode);
  if (handlers.size === 0) return { trusted: false, reason: 'no parameter of the wrapper is called as the handler' };
  const run = runFunction(fn, handlers, sourceCode);
  if (!run) return { trusted: false, reason: 'the handler is reached outside the function the wrapper returns' };
  const ev = new Run(sourceCode, handlers);
  try {
    // Every way to the handler throws Reached; a run that ends otherwise (a return, a throw, the function's end) refused.
    ev.run(run);
    if (!ev.authSeen) return { trusted: false, reason: 'no auth call on the way to the handler' };
    return { trusted: true, reason: 'refuses a caller without a session before the handler' };
  } catch (e) {
    if (e instanceof Reached) return { trusted: false, reason: 'the handler is reached without a session' };
    if (e instanceof Unsure) return { trusted: false, reason: e.why };
    return { trusted: false, reason: 'not followed' };
  }
}

/** The wrapper's parameters that it calls: `handler(...)`, `fn.call(...)` (a plain or defaulted identifier parameter). */
function handlerParams(fn: FunctionNode, sc: SourceCode): Set<Variable> {
  const out = new Set<Variable>();
  for (const p of fn.params) {
    const id = p.type === 'Identifier' ? p : p.type === 'AssignmentPattern' && p.left.type === 'Identifier' ? p.left : undefined;
    const variable = id ? findVariable(sc, id) : undefined;
    if (!variable) continue;
    const called = variable.references.some((r) => {
      const parent = r.identifier.parent;
      if (parent?.type === 'CallExpression' && parent.callee === r.identifier) return true;
      return parent?.type === 'MemberExpression' && parent.object === r.identifier && /^(?:call|apply)$/.test(getPropertyName(parent) ?? '') && parent.parent?.type === 'CallExpression';
    });
    if (called) out.add(variable);
  }
  return out;
}

/**
 * The function that runs for each call of the wrapped handler: the one the wrapper returns (`return async
 * (input) => ...`, `(handler) => async (req) => ...`, `const action = async () => ...; return action`), else
 * the wrapper itself (it calls the handler when it is called). Undefined when the wrapper returns a function
 * and refers to the handler outside it as well (`if (dev) return handler`).
 */
function runFunction(fn: FunctionNode, handlers: ReadonlySet<Variable>, sc: SourceCode): FunctionNode | undefined {
  const body = fn.body;
  if (!body) return undefined;
  if (body.type !== 'BlockStatement') {
    const inner = stripTs(body);
    return isFunction(inner) ? inner : fn;
  }
  const returns = topLevelReturns(body);
  if (returns.length !== 1) return fn;
  const arg = returns[0]?.argument ? stripTs(returns[0].argument) : undefined;
  let inner: Node | undefined = arg;
  if (arg?.type === 'Identifier') {
    const def = findVariable(sc, arg)?.defs[0];
    if (def?.type === 'FunctionName') inner = def.node;
    else if (def?.type === 'Variable' && def.node.init && def.parent?.type === 'VariableDeclaration' && def.parent.kind === 'const') inner = stripTs(def.node.init);
  }
  if (!inner || !isFunction(inner)) return fn;
  // Every reference to the handler must be inside the returned function.
  for (const h of handlers) {
    for (const r of h.references) {
      if (!(r.identifier.range[0] >= inner.range[0] && r.identifier.range[1] <= inner.range[1])) return undefined;
    }
  }
  return inner;
}

/** The `return` statements of a function body outside nested functions. */
function topLevelReturns(body: TSESTree.BlockStatement): TSESTree.ReturnStatement[] {
  const out: TSESTree.ReturnStatement[] = [];
  walk(body, (n) => {
    if (n.type === 'ReturnStatement') out.push(n);
    return !isFunction(n);
  });
  return out;
}

/** Visits `node` and its children (`visit` answering false skips a node's children). */
function walk(node: Node, visit: (n: Node) => boolean): void {
  const stack: Node[] = [node];
  while (stack.length > 0) {
    const cur = stack.pop();
    if (!cur) break;
    if (cur !== node && !visit(cur)) continue;
    for (const key of Object.keys(cur) as (keyof typeof cur)[]) {
      if (key === 'parent') continue;
      const child = cur[key] as unknown;
      if (Array.isArray(child)) {
        for (const c of child) if (c && typeof (c as Node).type === 'string') stack.push(c as Node);
      } else if (child && typeof (child as Node).type === 'string') stack.push(child as Node);
    }
  }
}

function contains(node: Node, test: (n: Node) => boolean): boolean {
  if (test(node)) return true;
  let found = false;
  walk(node, (n) => {
    if (found) return false;
    if (test(n)) found = true;
    return !found;
  });
  return found;
}

type Outcome = 'refused' | 'next';

/** One run of the wrapper's function for a caller with no session. */
class Run {
  authSeen = false;
  private readonly frame = new Map<Variable, Val>();
  private uncertain = 0;
  private steps = 0;
  private depth = 0;
  /** The call of the expression statement being evaluated, whose answer is dropped. */
  private dropped: TSESTree.CallExpression | undefined;

  constructor(
    private readonly sc: SourceCode,
    private readonly handlers: ReadonlySet<Variable>,
  ) {}

  run(fn: FunctionNode): Outcome {
    for (const p of fn.params) this.bind(p, UNKNOWN);
    if (fn.body.type !== 'BlockStatement') {
      this.guard(fn.body);
      this.eval(fn.body);
      return 'refused';
    }
    try {
      return this.block(fn.body.body);
    } catch (e) {
      if (e instanceof Refused) return 'refused';
      throw e;
    }
  }

  /**
   * {@link guard} for a returned value, where a condition known for this caller picks the branch that runs:
   * `return session ? handler(req) : unauthorized()`, `return session && handler(req)`.
   */
  private guardTaken(node: Node): void {
    const n = node.type === 'AwaitExpression' ? node.argument : node;
    if (n.type === 'ConditionalExpression') {
      this.guard(n.test);
      const t = truthy(this.eval(n.test));
      if (t !== undefined) return this.guardTaken(t ? n.consequent : n.alternate);
    } else if (n.type === 'LogicalExpression' && n.operator !== '??') {
      this.guard(n.left);
      const t = truthy(this.eval(n.left));
      // `a && b` runs b only when a is truthy; `a || b` only when a is falsy.
      if (t !== undefined && t === (n.operator === '||')) return;
    }
    this.guard(node);
  }

  /** Throws {@link Reached} when a node refers to the handler. */
  private guard(node: Node): void {
    if (contains(node, (n) => n.type === 'Identifier' && this.isHandler(n))) throw new Reached();
  }

  private isHandler(id: TSESTree.Identifier): boolean {
    const v = findVariable(this.sc, id);
    return v !== undefined && this.handlers.has(v) && v.references.some((r) => r.identifier === id);
  }

  private block(stmts: readonly TSESTree.Statement[]): Outcome {
    for (const s of stmts) if (this.exec(s) === 'refused') return 'refused';
    return 'next';
  }

  private exec(s: TSESTree.Statement): Outcome {
    if (++this.steps > 2000) throw new Unsure('too long to follow');
    switch (s.type) {
      case 'BlockStatement':
        return this.block(s.body);
      case 'IfStatement': {
        this.guard(s.test);
        const t = truthy(this.eval(s.test));
        if (t === true) return this.exec(s.consequent);
        if (t === false) return s.alternate ? this.exec(s.alternate) : 'next';
        // Not known for this caller: both branches may run; the handler must not be reached in either.
        this.uncertain++;
        try {
          const a = this.branch(s.consequent);
          const b = s.alternate ? this.branch(s.alternate) : 'next';
          return a === 'refused' && b === 'refused' ? 'refused' : 'next';
        } finally {
          this.uncertain--;
        }
      }
      case 'TryStatement': {
        if (s.finalizer) {
          this.guard(s.finalizer);
          if (contains(s.finalizer, (n) => n.type === 'ReturnStatement' || n.type === 'ThrowStatement')) throw new Unsure('a finally block that ends the call');
        }
        let outcome: Outcome;
        try {
          outcome = this.exec(s.block);
        } catch (e) {
          // A refusal that throws (`throw`, `redirect()`) is the catch block's to handle: it may carry on.
          if (!(e instanceof Refused) || !s.handler) throw e;
          if (s.handler.param) this.bind(s.handler.param, UNKNOWN);
          outcome = this.exec(s.handler.body);
        }
        return outcome;
      }
      case 'ReturnStatement':
        if (s.argument) {
          this.guardTaken(s.argument);
          this.eval(s.argument);
        }
        return 'refused';
      case 'ThrowStatement':
        this.guard(s.argument);
        throw new Refused();
      case 'VariableDeclaration':
        this.guard(s);
        for (const d of s.declarations) this.bind(d.id, d.init ? this.eval(d.init) : NULLISH);
        return 'next';
      case 'ExpressionStatement':
        this.guard(s);
        this.evalDropped(s.expression);
        return 'next';
      case 'FunctionDeclaration':
        // Runs only when called (a call is followed); one that refers to the handler is taken as reaching it.
        this.guard(s);
        return 'next';
      case 'EmptyStatement':
      case 'TSTypeAliasDeclaration':
      case 'TSInterfaceDeclaration':
        return 'next';
      default:
        // Loops, switches, labels, nested declarations: followed only when they neither reach the handler nor end the call.
        this.guard(s);
        if (contains(s, (n) => n.type === 'ReturnStatement' || n.type === 'ThrowStatement' || n.type === 'BreakStatement' || n.type === 'ContinueStatement')) throw new Unsure(`a ${s.type} that can end the call`);
        return 'next';
    }
  }

  /** A branch under a condition not known: a refusal that throws ends only that branch. */
  private branch(s: TSESTree.Statement): Outcome {
    try {
      return this.exec(s);
    } catch (e) {
      if (e instanceof Refused) return 'refused';
      throw e;
    }
  }

  private bind(pattern: Node, value: Val): void {
    switch (pattern.type) {
      case 'Identifier': {
        const v = findVariable(this.sc, pattern);
        if (v) this.frame.set(v, value);
        return;
      }
      case 'AssignmentPattern':
        // A default applies to an absent value, and may be anything (`{ user = GUEST }`).
        this.bind(pattern.left, value.k === 'noauth' || value.k === 'nullish' ? this.eval(pattern.right) : value);
        return;
      case 'ObjectPattern':
        for (const p of pattern.properties) {
          if (p.type === 'RestElement') this.bind(p.argument, value.k === 'noauth' ? NO_AUTH : UNKNOWN);
          else this.bind(p.value, value.k === 'noauth' || value.k === 'authobj' || value.k === 'maybeauth' ? NO_AUTH : UNKNOWN);
        }
        return;
      case 'ArrayPattern':
        for (const e of pattern.elements) if (e) this.bind(e, value.k === 'noauth' ? NO_AUTH : UNKNOWN);
        return;
      case 'RestElement':
        this.bind(pattern.argument, UNKNOWN);
        return;
      default:
        return;
    }
  }

  private eval(node: Node): Val {
    if (++this.steps > 2000) throw new Unsure('too long to follow');
    switch (node.type) {
      case 'Literal':
        if (typeof node.value === 'string') return { k: 'str', v: node.value };
        if (typeof node.value === 'number') return { k: 'num', v: node.value };
        if (typeof node.value === 'boolean') return bool(node.value);
        if (node.value === null) return NULLISH;
        return OBJ;
      case 'Identifier': {
        if (node.name === 'undefined' && !findVariable(this.sc, node)?.defs.length) return NULLISH;
        const v = findVariable(this.sc, node);
        return (v && this.frame.get(v)) ?? UNKNOWN;
      }
      case 'TSAsExpression':
      case 'TSSatisfiesExpression':
      case 'TSNonNullExpression':
      case 'TSTypeAssertion':
      case 'TSInstantiationExpression':
      case 'ChainExpression':
        return this.eval(node.expression);
      case 'AwaitExpression':
        return this.eval(node.argument);
      case 'ObjectExpression':
      case 'ArrayExpression':
        for (const p of node.type === 'ObjectExpression' ? node.properties : node.elements) if (p) this.eval(p.type === 'Property' ? p.value : p.type === 'SpreadElement' ? p.argument : p);
        return OBJ;
      case 'ArrowFunctionExpression':
      case 'FunctionExpression':
        return OBJ;
      case 'TemplateLiteral':
        for (const e of node.expressions) this.eval(e);
        return node.expressions.length === 0 ? { k: 'str', v: node.quasis[0]?.value.cooked ?? '' } : UNKNOWN;
      case 'UnaryExpression': {
        const v = this.eval(node.argument);
        if (node.operator === '!') {
          const t = truthy(v);
          return t === undefined ? UNKNOWN : bool(!t);
        }
        return node.operator === 'void' ? NULLISH : UNKNOWN;
      }
      case 'LogicalExpression': {
        const l = this.eval(node.left);
        if (node.operator === '??') {
          if (l.k === 'nullish' || l.k === 'noauth') return this.eval(node.right);
          if (l.k === 'unknown') {
            this.eval(node.right);
            return UNKNOWN;
          }
          return l;
        }
        const t = truthy(l);
        if (node.operator === '&&') {
          if (t === false) return l;
          const r = this.eval(node.right);
          if (t === true) return r;
          return truthy(r) === false ? bool(false) : UNKNOWN;
        }
        if (t === true) return l;
        const r = this.eval(node.right);
        if (t === false) return r;
        return truthy(r) === true ? bool(true) : UNKNOWN;
      }
      case 'ConditionalExpression': {
        const t = truthy(this.eval(node.test));
        if (t === true) return this.eval(node.consequent);
        if (t === false) return this.eval(node.alternate);
        this.eval(node.consequent);
        this.eval(node.alternate);
        return UNKNOWN;
      }
      case 'BinaryExpression': {
        const l = node.left.type === 'PrivateIdentifier' ? UNKNOWN : this.eval(node.left);
        const r = this.eval(node.right);
        const loose = node.operator === '==' || node.operator === '!=';
        const eq = loose && (l.k === 'nullish' || r.k === 'nullish') ? looseNull(l, r) : same(l, r);
        if (node.operator === '===' || node.operator === '==') return eq === undefined ? UNKNOWN : bool(eq);
        if (node.operator === '!==' || node.operator === '!=') return eq === undefined ? UNKNOWN : bool(!eq);
        return UNKNOWN;
      }
      case 'MemberExpression': {
        const obj = this.eval(node.object);
        if (node.computed) this.eval(node.property);
        // A field of an absent session is absent (`session?.user?.id`); `session.user` would throw, ending the call.
        return obj.k === 'noauth' || obj.k === 'authobj' || obj.k === 'maybeauth' ? NO_AUTH : UNKNOWN;
      }
      case 'CallExpression':
        return this.call(node);
      case 'NewExpression':
        for (const a of node.arguments) this.eval(a.type === 'SpreadElement' ? a.argument : a);
        return OBJ;
      case 'AssignmentExpression': {
        const v = this.eval(node.right);
        if (node.left.type === 'Identifier') {
          const variable = findVariable(this.sc, node.left);
          if (variable) this.frame.set(variable, this.uncertain > 0 || node.operator !== '=' ? UNKNOWN : v);
        } else if (node.left.type !== 'MemberExpression') {
          throw new Unsure('a destructuring assignment');
        }
        return v;
      }
      case 'SequenceExpression': {
        let last = UNKNOWN;
        for (const e of node.expressions) last = this.eval(e);
        return last;
      }
      default:
        return UNKNOWN;
    }
  }

  private call(node: TSESTree.CallExpression): Val {
    const callee = node.callee;
    // Arguments first (an auth call among them counts; an absent session handed on is not followed).
    if (callee.type === 'MemberExpression') this.eval(callee.object);
    const args = node.arguments.map((a) => this.eval(a.type === 'SpreadElement' ? a.argument : a));
    const name = callee.type === 'Identifier' ? (getImportedName(this.sc, callee) ?? callee.name) : callee.type === 'MemberExpression' ? getPropertyName(callee) : undefined;
    if (callee.type === 'Identifier' && name && NAVIGATION_THROW.test(name) && getImportSource(this.sc, callee) === 'next/navigation') throw new Refused();
    // A function of the wrapper's module: followed (its refusals are this call's, its value is returned).
    const local = callee.type === 'Identifier' ? this.localFunction(callee) : undefined;
    if (local && this.depth < 3 && !contains(local, (n) => n === node)) {
      this.guard(local);
      try {
        return this.invoke(local, args);
      } catch (e) {
        if (!(e instanceof Unsure) || !isAuthCall(this.sc, node)) throw e;
      }
    }
    if (isAuthCall(this.sc, node)) {
      // Supabase's `getSession()` reads the session cookie without verifying it (Supabase: never trust it on the
      // server); a cookie's presence is not authentication.
      if (callee.type === 'MemberExpression' && name === 'getSession' && /supabase/i.test(this.sc.getText(callee.object))) return UNKNOWN;
      if (name && /^(?:getSessionCookie|getCookieCache)$/.test(name)) return UNKNOWN;
      this.authSeen = true;
      // A token verification throws for a caller without a valid one; a guard named so throws without a session.
      if (name && (/^(?:jwtVerify|verify)$/.test(name) || THROWING_GUARD.test(name) || (name === 'protect' && callee.type === 'MemberExpression'))) throw new Refused();
      if (name && GUARD.test(name)) {
        if (node === this.dropped) throw new Refused();
        return MAYBE_AUTH;
      }
      return this.answersObject(callee, name) ? AUTH_OBJ : NO_AUTH;
    }
    return UNKNOWN;
  }

  /**
   * Whether an auth API answers a caller without a session with an object rather than null: Supabase's
   * `supabase.auth.getUser()` (`{ data: { user: null } }`), Clerk's `auth()` / `getAuth()` (`userId: null`),
   * iron-session's `getIronSession()`, Lucia's `validateRequest()` (`{ user: null, session: null }`), Kinde's
   * `getKindeServerSession()`, WorkOS AuthKit. `if (!result)` never refuses there; a check of a field does.
   */
  private answersObject(callee: TSESTree.Expression, name: string | undefined): boolean {
    if (callee.type === 'MemberExpression') return /^(?:getUser|getClaims)$/.test(name ?? '') && /\bauth$/.test(this.sc.getText(callee.object));
    if (callee.type !== 'Identifier') return false;
    if (/^(?:getIronSession|validateRequest|getKindeServerSession)$/.test(name ?? '')) return true;
    return /^(?:@clerk\/|@workos-inc\/|iron-session$|@kinde-oss\/)/.test(getImportSource(this.sc, callee) ?? '');
  }

  /** The function a callee names when the wrapper's module declares it (a function declaration or a `const`). */
  private localFunction(callee: TSESTree.Identifier): FunctionNode | undefined {
    const def = findVariable(this.sc, callee)?.defs[0];
    if (def?.type === 'FunctionName' && isFunction(def.node)) return def.node;
    if (def?.type === 'Variable' && def.node.init && def.parent?.type === 'VariableDeclaration' && def.parent.kind === 'const') {
      const init = stripTs(def.node.init);
      return isFunction(init) ? init : undefined;
    }
    return undefined;
  }

  /** Runs a local helper for this caller: a `throw` in it refuses; its one certain `return` is its value. */
  private invoke(fn: FunctionNode, args: readonly Val[]): Val {
    fn.params.forEach((p, i) => this.bind(p, args[i] ?? NULLISH));
    this.depth++;
    try {
      if (fn.body.type !== 'BlockStatement') return this.eval(fn.body);
      return new Helper(this).exec(fn.body.body);
    } finally {
      this.depth--;
    }
  }

  /** Evaluates an expression statement's expression: a call in it (`await requireUser();`) has its answer dropped. */
  evalDropped(expr: TSESTree.Expression): void {
    const e = expr.type === 'AwaitExpression' ? expr.argument : expr;
    this.dropped = e.type === 'CallExpression' ? e : undefined;
    try {
      this.eval(expr);
    } finally {
      this.dropped = undefined;
    }
  }

  /** Hooks for {@link Helper}: the same frame, evaluation and refusals. */
  evalIn(node: Node): Val {
    return this.eval(node);
  }

  bindIn(pattern: Node, value: Val): void {
    this.bind(pattern, value);
  }
}

/**
 * A helper the wrapper calls (`const user = await getSignedInUser()` defined in the same module): its statements
 * for this caller, where a `return` gives the value (not a refusal) and a `throw` refuses the whole call.
 */
class Helper {
  constructor(private readonly run: Run) {}

  exec(stmts: readonly TSESTree.Statement[]): Val {
    for (const s of stmts) {
      const r = this.stmt(s);
      if (r) return r.value;
    }
    return NULLISH;
  }

  private stmt(s: TSESTree.Statement): { value: Val } | undefined {
    switch (s.type) {
      case 'ReturnStatement':
        return { value: s.argument ? this.run.evalIn(s.argument) : NULLISH };
      case 'ThrowStatement':
        throw new Refused();
      case 'VariableDeclaration':
        for (const d of s.declarations) this.run.bindIn(d.id, d.init ? this.run.evalIn(d.init) : NULLISH);
        return undefined;
      case 'ExpressionStatement':
        this.run.evalDropped(s.expression);
        return undefined;
      case 'BlockStatement':
        for (const c of s.body) {
          const r = this.stmt(c);
          if (r) return r;
        }
        return undefined;
      case 'IfStatement': {
        const t = truthy(this.run.evalIn(s.test));
        if (t === true) return this.stmt(s.consequent);
        if (t === false) return s.alternate ? this.stmt(s.alternate) : undefined;
        // Not known: a branch that returns or throws makes the helper's answer unknown.
        if (contains(s, (n) => n.type === 'ReturnStatement' || n.type === 'ThrowStatement')) throw new Unsure('a helper whose answer depends on a condition not known');
        return undefined;
      }
      case 'EmptyStatement':
      case 'TSTypeAliasDeclaration':
      case 'TSInterfaceDeclaration':
        return undefined;
      default:
        throw new Unsure(`a ${s.type} in a helper`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Both together
// ---------------------------------------------------------------------------------------------

/** What the editor proposes: the wrapper's name for the `wrappers` option, and where it was found. */
export interface TrustedWrapper {
  readonly name: string;
  readonly source: string;
  /** The module that defines it, relative to the app root. */
  readonly file: string;
}

/**
 * The wrapper named by a require-route-auth message in `fromFile` (absolute, `/`-separated), when its definition
 * in the app's own code refuses a caller without a session before it calls the handler; else undefined.
 */
export async function trustableWrapper(appRoot: string, fromFile: string, fromText: string, message: string, fs: FsHost): Promise<TrustedWrapper | undefined> {
  const hint = wrapperHintOf(message);
  if (!hint) return undefined;
  let def: WrapperDefinition | undefined;
  try {
    def = await findWrapperDefinition(appRoot, fromFile, fromText, hint.name, hint.source, fs);
    if (!def || !judgeWrapper(def.fn, def.sourceCode).trusted) return undefined;
  } catch {
    return undefined;
  }
  const file = def.file.startsWith(`${appRoot}/`) ? def.file.slice(appRoot.length + 1) : def.file;
  return { name: hint.name, source: hint.source, file };
}
