import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { getDirectives, type FileKind } from './file-kind';
import { findVariable, getCalleeName, getDottedName, isFunction, unwrap, walk, type FunctionNode } from './ast';
import { resolveLocalFunction } from './data-flow';

export const HTTP_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/**
 * Project modules that are entry points of their own: server actions by the usual layout
 * (`@/lib/actions/chat`, `./actions`, `user.actions`) and other route handlers (`../other/route`).
 * A call into one reaches an endpoint that the rules check in its own file.
 */
export const ENTRY_POINT_MODULE = /(?:^|\/)(?:_?actions|server-actions)(?:\/|$)|[./-]actions$|(?:^|\/)route$/i;

export type HandlerKind = 'route' | 'pages-api' | 'server-action' | 'middleware';

/** A request entry point of the file. */
export interface Handler {
  kind: HandlerKind;
  /** Exported name: `GET`, `POST`, `default`, the action's name. */
  name: string;
  /** The function that handles the request, when it is in this file. */
  fn?: FunctionNode;
  /** Wrappers the function is passed through, outermost first: `withAuth(withLogging(fn))` → [withAuth, withLogging]. */
  wrappers: string[];
  /** Wrapper call expressions, outermost first (for reading their options). */
  wrapperCalls: TSESTree.CallExpression[];
  /** The node to report on (the exported name). */
  reportNode: TSESTree.Node;
  /** Exported from another module (`export { GET } from './x'`) or bound to an import: not visible here. */
  delegated: boolean;
  /** An inline `'use server'` function without a name of its own (`<form action={async () => {...}}>`; `name` is 'action'). */
  anonymous?: boolean;
  /**
   * A Pages API handler registered by a link of the exported method chain other than its last (`API.withContext(ctx).get(fn1).post(fn2)`:
   * `fn1` through `.get`): the link's name. Its `wrapperCalls` start with the link's call, so the calls it is chained on (the
   * context, a `.use(mw)`) are that call's callee; `reportNode` is the link's name.
   */
  chainLink?: string;
  /**
   * Middleware that runs before a handler registered by a method link (`nc().use(auth).get(fn)`, next-connect): the arguments
   * of the `.use(mw)` links before it in its chain, then those its own link gets before it (`.post(mw, fn)`). On a router
   * bound to a module-level const (`const handler = nc(); handler.use(auth); handler.get(fn)`), the `.use` calls of the
   * module's statements on it before the method's count too, and no later one. Unset for a handler not registered through a
   * method link.
   */
  middlewares?: TSESTree.Node[];
}

/** How messages name a handler: `GET handler`, `This API route`, `Server action createPost`, `The inline server action`. */
export function handlerLabel(h: Pick<Handler, 'kind' | 'name' | 'anonymous'>): string {
  if (h.kind === 'pages-api') return 'This API route';
  if (h.kind === 'server-action') return h.anonymous ? 'The inline server action' : `Server action ${h.name}`;
  return `${h.name} handler`;
}

interface Resolved {
  fn?: FunctionNode;
  wrappers: string[];
  wrapperCalls: TSESTree.CallExpression[];
  delegated: boolean;
  /** See `Handler.middlewares`. */
  middlewares?: TSESTree.Node[];
  /** Handlers registered by the other links of the same method chain (see `Handler.chainLink`). */
  chained?: ChainedHandler[];
}

interface ChainedHandler extends Omit<Resolved, 'chained'> {
  fn: FunctionNode;
  link: string;
  reportNode: TSESTree.Node;
}

/** A link of a method chain that registers the handler of an HTTP method: `.get(fn)`, `.delete(fn)`, whop-courses' validating `.zpost(schema, fn)`. */
const METHOD_LINK = /^z?(?:get|head|post|put|patch|delete|options)$/;

/** The method name of a chain link `x.get(...)` (not computed), or undefined. */
function linkName(call: TSESTree.CallExpression): string | undefined {
  const callee = unwrap(call.callee);
  return callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' ? callee.property.name : undefined;
}

/**
 * What a link's handler runs after: the arguments of the `.use(mw)` links it is chained on (not one scoped to a path,
 * `.use('/admin', mw)`, nor a spread list), then its own arguments before the handler (`.post(mw, fn)`).
 */
function linkMiddlewares(link: TSESTree.CallExpression): TSESTree.Node[] {
  const found: TSESTree.Node[] = [];
  let cur = unwrap(link.callee);
  for (let i = 0; i < 32 && cur.type === 'MemberExpression'; i++) {
    const inner = unwrap(cur.object);
    if (inner.type !== 'CallExpression') break;
    if (linkName(inner) === 'use') found.unshift(...useArguments(inner));
    cur = unwrap(inner.callee);
  }
  for (const a of link.arguments.slice(0, -1)) if (a.type !== 'SpreadElement') found.push(a);
  return found;
}

function useArguments(call: TSESTree.CallExpression): TSESTree.Node[] {
  const first = call.arguments[0];
  if (first && (first.type === 'Literal' || first.type === 'TemplateLiteral')) return [];
  return call.arguments.filter((a) => a.type !== 'SpreadElement');
}

/** The links of a method chain, innermost first (`nc().use(a).get(fn)`: the `.use` call, then the `.get` call), and its root. */
function chainLinks(call: TSESTree.CallExpression): { links: TSESTree.CallExpression[]; root: TSESTree.Node } {
  const links: TSESTree.CallExpression[] = [];
  let cur: TSESTree.Node = call;
  for (let i = 0; i < 32 && cur.type === 'CallExpression'; i++) {
    const callee = unwrap(cur.callee);
    if (callee.type !== 'MemberExpression' || linkName(cur) === undefined) break;
    links.unshift(cur);
    cur = unwrap(callee.object);
  }
  return { links, root: cur };
}

const registrationCache = new WeakMap<TSESTree.VariableDeclarator, Map<TSESTree.CallExpression, TSESTree.Node[]> | null>();

/**
 * The method links registered on a router bound to a module-level const or let made by a call (`const handler = nc(opts)`,
 * `createRouter()`), each with what runs before its handler: the `.use(mw)` arguments of the links before it, in its
 * declaration's chain and in the module's statements on the router (`handler.use(auth);`, `handler.use(a).post(fn);`,
 * `export default handler.get(fn)`), in the order they run (a `.use` after a method's statement does not run before it;
 * a statement inside a block or a function is not read), then the link's own leading arguments. Undefined when `id` is not
 * bound to such a router or no statement of the module calls a method on it.
 */
function routerRegistrations(sourceCode: TSESLint.SourceCode, id: TSESTree.Identifier): Map<TSESTree.CallExpression, TSESTree.Node[]> | undefined {
  const variable = findVariable(sourceCode, id);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type !== 'Variable') return undefined;
  const declarator = def.node as TSESTree.VariableDeclarator;
  const hit = registrationCache.get(declarator);
  if (hit !== undefined) return hit ?? undefined;
  let found: Map<TSESTree.CallExpression, TSESTree.Node[]> | undefined;
  const program = declarator.parent?.parent;
  const init = declarator.init ? unwrap(declarator.init) : undefined;
  if (declarator.id.type === 'Identifier' && init?.type === 'CallExpression' && program?.type === 'Program') {
    const name = declarator.id.name;
    const uses: TSESTree.Node[] = [];
    const register = (links: readonly TSESTree.CallExpression[]) => {
      for (const link of links) {
        const method = linkName(link) ?? '';
        if (method === 'use') uses.push(...useArguments(link));
        else if (METHOD_LINK.test(method)) {
          const own = link.arguments.slice(0, -1).filter((a) => a.type !== 'SpreadElement');
          (found ??= new Map()).set(link, [...uses, ...own]);
        }
      }
    };
    register(chainLinks(init).links);
    const statements = found?.size ?? 0;
    let after = false;
    for (const stmt of program.body) {
      if (!after) {
        after = stmt === declarator.parent;
        continue;
      }
      const expr = stmt.type === 'ExpressionStatement' ? stmt.expression : stmt.type === 'ExportDefaultDeclaration' ? stmt.declaration : undefined;
      const call = expr ? unwrap(expr) : undefined;
      if (call?.type !== 'CallExpression') continue;
      const { links, root } = chainLinks(call);
      if (root.type === 'Identifier' && root.name === name) register(links);
    }
    // Only the declaration's own chain: the existing chain analysis covers it.
    if (found && found.size === statements) found = undefined;
  }
  registrationCache.set(declarator, found ?? null);
  return found;
}

/** What a method link's handler runs after (see `linkMiddlewares`), with the router's statements when it is built by them. */
function middlewaresOf(sourceCode: TSESLint.SourceCode, link: TSESTree.CallExpression): TSESTree.Node[] {
  const { root } = chainLinks(link);
  return (root.type === 'Identifier' ? routerRegistrations(sourceCode, root)?.get(link) : undefined) ?? linkMiddlewares(link);
}

/**
 * The handlers a router bound to `id` (`const handler = nc()`) gets from the module's statements on it (`handler.get(fn)`,
 * `handler.use(auth).post(fn)`), with the router's call first among their wrapper calls. Not those of its declaration's own
 * chain (the chain analysis has them).
 */
function statementHandlers(sourceCode: TSESLint.SourceCode, id: TSESTree.Identifier, init: TSESTree.Expression, depth: number): ChainedHandler[] | undefined {
  const registrations = unwrap(init).type === 'CallExpression' ? routerRegistrations(sourceCode, id) : undefined;
  if (!registrations) return undefined;
  const found: ChainedHandler[] = [];
  for (const [link, middlewares] of registrations) {
    if (link.range[0] >= init.range[0] && link.range[1] <= init.range[1]) continue;
    const callee = unwrap(link.callee);
    const last = link.arguments[link.arguments.length - 1];
    if (callee.type !== 'MemberExpression' || !last || last.type === 'SpreadElement') continue;
    const inner = resolveHandlerValue(sourceCode, last, depth + 1);
    if (!inner.fn) continue;
    const method = linkName(link) ?? '';
    found.push({
      fn: inner.fn,
      link: method,
      reportNode: callee.property,
      wrappers: [method, ...inner.wrappers],
      wrapperCalls: [unwrap(init) as TSESTree.CallExpression, link, ...inner.wrapperCalls],
      delegated: false,
      middlewares,
    });
  }
  return found.length > 0 ? found : undefined;
}

/**
 * The handlers registered by the links of `call`'s callee chain (`API.withContext(ctx).get(fn1).delete(fn2)`, `call`
 * being the `.delete` call: `fn1`). Only a link named for an HTTP method and handed a function of this file counts.
 */
function chainedHandlers(sourceCode: TSESLint.SourceCode, call: TSESTree.CallExpression, depth: number): ChainedHandler[] | undefined {
  let found: ChainedHandler[] | undefined;
  let cur = unwrap(call.callee);
  for (let i = 0; i < 32 && cur.type === 'MemberExpression'; i++) {
    const link = unwrap(cur.object);
    if (link.type !== 'CallExpression') break;
    const callee = unwrap(link.callee);
    const name = linkName(link);
    const last = link.arguments[link.arguments.length - 1];
    if (name && METHOD_LINK.test(name) && last && last.type !== 'SpreadElement' && callee.type === 'MemberExpression') {
      const inner = resolveHandlerValue(sourceCode, last, depth + 1);
      if (inner.fn) {
        (found ??= []).unshift({
          fn: inner.fn,
          link: name,
          reportNode: callee.property,
          wrappers: [name, ...inner.wrappers],
          wrapperCalls: [link, ...inner.wrapperCalls],
          delegated: false,
          middlewares: middlewaresOf(sourceCode, link),
        });
      }
    }
    cur = callee;
  }
  return found;
}

/** Follows an exported value through wrapper calls and local bindings to the function it runs. */
function resolveHandlerValue(sourceCode: TSESLint.SourceCode, value: TSESTree.Node, depth = 0): Resolved {
  const v = unwrap(value, { await: true });
  if (depth > 6) return { wrappers: [], wrapperCalls: [], delegated: true };
  if (v.type === 'FunctionExpression' || v.type === 'ArrowFunctionExpression' || v.type === 'FunctionDeclaration') {
    return { fn: v, wrappers: [], wrapperCalls: [], delegated: false };
  }
  if (v.type === 'CallExpression') {
    // A curried wrapper, `requireRole(UserRole.ADMIN)(handler)`, is named by the call that made it.
    const maker = unwrap(v.callee);
    const name =
      getDottedName(v.callee) ?? getCalleeName(v) ?? (maker.type === 'CallExpression' ? getDottedName(maker.callee) ?? getCalleeName(maker) : undefined) ?? '<call>';
    // The handler is the last function-like argument: withAuth(handler), withAuth(opts, handler), auth(handler).
    for (let i = v.arguments.length - 1; i >= 0; i--) {
      const arg = v.arguments[i];
      if (!arg || arg.type === 'SpreadElement') continue;
      const a = unwrap(arg);
      if (isFunction(a) || a.type === 'CallExpression' || a.type === 'Identifier') {
        const inner = resolveHandlerValue(sourceCode, a, depth + 1);
        if (inner.fn || inner.wrappers.length > 0 || a.type !== 'Identifier') {
          // A link of a method chain (`nc().use(auth).get(fn)`) runs its handler after the chain's middleware; the handlers of
          // the chain's other links, and of a chain this call wraps (`withSentry(nc().get(fn1).post(fn2))`), are wrapped too.
          const link = METHOD_LINK.test(linkName(v) ?? '');
          const chained = [
            ...(inner.chained ?? []).map((c) => ({ ...c, wrappers: [name, ...c.wrappers], wrapperCalls: [v, ...c.wrapperCalls] })),
            ...(link ? chainedHandlers(sourceCode, v, depth) ?? [] : []),
          ];
          return {
            ...inner,
            wrappers: [name, ...inner.wrappers],
            wrapperCalls: [v, ...inner.wrapperCalls],
            middlewares: link ? middlewaresOf(sourceCode, v) : inner.middlewares,
            chained: chained.length > 0 ? chained : undefined,
          };
        }
      }
    }
    // `export default router.handler({ onError })` (next-connect 1.x): the request handler of the router the statements built.
    const router = maker.type === 'MemberExpression' && linkName(v) === 'handler' ? unwrap(maker.object) : undefined;
    if (router?.type === 'Identifier' && routerRegistrations(sourceCode, router)) {
      const inner = resolveHandlerValue(sourceCode, router, depth + 1);
      return {
        ...inner,
        wrappers: [name, ...inner.wrappers],
        wrapperCalls: [v, ...inner.wrapperCalls],
        chained: inner.chained?.map((c) => ({ ...c, wrappers: [name, ...c.wrappers], wrapperCalls: [v, ...c.wrapperCalls] })),
      };
    }
    return { wrappers: [name], wrapperCalls: [v], delegated: false, chained: METHOD_LINK.test(linkName(v) ?? '') ? chainedHandlers(sourceCode, v, depth) : undefined };
  }
  if (v.type === 'Identifier') {
    const fn = resolveLocalFunction(sourceCode, v);
    if (fn) return { fn, wrappers: [], wrapperCalls: [], delegated: false };
    // A const bound to a wrapper call: `const handler = withAuth(async () => {})`.
    let scope: TSESLint.Scope.Scope | null = sourceCode.getScope(v);
    while (scope) {
      const variable = scope.set.get(v.name);
      if (variable) {
        const def = variable.defs[0];
        if (def?.type === 'Variable') {
          const declarator = def.node as TSESTree.VariableDeclarator;
          // `const { handler } = servePagesRouter(workflow)` (Upstash Workflow's Pages Router form): the handler is a
          // field of what the call returns, made inside the library, not the callback it is handed. Delegated, like
          // `export const { GET, POST } = handlers`.
          if (declarator.id.type !== 'Identifier') return { wrappers: [], wrapperCalls: [], delegated: true };
          const init = declarator.init;
          if (init) {
            const r = resolveHandlerValue(sourceCode, init, depth + 1);
            const statements = r.fn ? undefined : statementHandlers(sourceCode, v, init, depth);
            return statements ? { ...r, chained: [...(r.chained ?? []), ...statements] } : r;
          }
        }
        return { wrappers: [], wrapperCalls: [], delegated: def?.type === 'ImportBinding' || !def };
      }
      scope = scope.upper;
    }
    return { wrappers: [], wrapperCalls: [], delegated: true };
  }
  return { wrappers: [], wrapperCalls: [], delegated: false };
}

const cache = new WeakMap<TSESTree.Program, Handler[]>();

/**
 * The request entry points of a file: App Router method exports of a route file, the default export
 * of a Pages API route, the `middleware` export, exported functions of a `'use server'` file and
 * functions with their own `'use server'` directive. Cached per Program.
 */
export function getHandlers(sourceCode: TSESLint.SourceCode, kind: FileKind): Handler[] {
  const program = sourceCode.ast;
  const hit = cache.get(program);
  if (hit) return hit;
  const handlers: Handler[] = [];
  const handlerKind: HandlerKind | undefined = kind.isClient
    ? undefined
    : kind.isAppRoute
      ? 'route'
      : kind.isPagesApi
        ? 'pages-api'
        : kind.isMiddleware
          ? 'middleware'
          : kind.isServerActionFile
            ? 'server-action'
            : undefined;

  const wants = (name: string): boolean => {
    switch (handlerKind) {
      case 'route':
        return HTTP_METHODS.has(name);
      case 'pages-api':
        return name === 'default';
      case 'middleware':
        return name === 'middleware' || name === 'proxy' || name === 'default';
      case 'server-action':
        return true;
      default:
        return false;
    }
  };
  const add = (name: string, reportNode: TSESTree.Node, value: TSESTree.Node | undefined, delegated = false) => {
    if (!handlerKind || !wants(name)) return;
    if (!value || delegated) {
      handlers.push({ kind: handlerKind, name, reportNode, wrappers: [], wrapperCalls: [], delegated: true });
      return;
    }
    const { chained, ...r } = resolveHandlerValue(sourceCode, value);
    if (handlerKind === 'server-action' && !r.fn) return;
    handlers.push({ kind: handlerKind, name, reportNode, ...r });
    // A Pages API route dispatches by method to each handler of its chain; a named export is one handler.
    if (handlerKind !== 'pages-api' || !chained) return;
    for (const { link, ...c } of chained) {
      handlers.push({ kind: handlerKind, name, ...c, chainLink: link });
    }
  };

  if (handlerKind) {
    for (const stmt of program.body) {
      if (stmt.type === 'ExportNamedDeclaration') {
        const decl = stmt.declaration;
        if (stmt.source) {
          for (const s of stmt.specifiers) {
            if (s.type === 'ExportSpecifier') {
              const name = s.exported.type === 'Identifier' ? s.exported.name : String(s.exported.value);
              add(name, s.exported, undefined, true);
            }
          }
        } else if (decl?.type === 'FunctionDeclaration' && decl.id) {
          add(decl.id.name, decl.id, decl);
        } else if (decl?.type === 'VariableDeclaration') {
          for (const d of decl.declarations) {
            if (d.id.type === 'Identifier' && d.init) add(d.id.name, d.id, d.init);
            else if (d.id.type === 'ObjectPattern' && d.init) {
              // export const { GET, POST } = handlers  (Auth.js): delegated to a call we cannot see into.
              for (const p of d.id.properties) {
                if (p.type === 'Property' && p.value.type === 'Identifier') add(p.value.name, p.value, undefined, true);
              }
            }
          }
        } else if (!decl) {
          for (const s of stmt.specifiers) {
            if (s.type !== 'ExportSpecifier') continue;
            const name = s.exported.type === 'Identifier' ? s.exported.name : String(s.exported.value);
            if (s.local.type === 'Identifier') add(name, s.exported, s.local);
          }
        }
      } else if (stmt.type === 'ExportDefaultDeclaration') {
        const d = stmt.declaration;
        const reportNode = d.type === 'FunctionDeclaration' && d.id ? d.id : stmt;
        // A server action goes by its own name (`export default sendOnboardingEmail`): what the app imports and calls,
        // and what says what it does; a route or a Pages API route keeps `default`.
        const own = handlerKind === 'server-action' ? (d.type === 'Identifier' ? d.name : d.type === 'FunctionDeclaration' ? d.id?.name : undefined) : undefined;
        add(own ?? 'default', reportNode, d as TSESTree.Node);
      }
    }
  }

  // Inline server actions: functions whose body opens with 'use server', in any non-client file.
  if (!kind.isClient && sourceCode.text.includes('use server')) {
    const seen = new Set(handlers.map((h) => h.fn));
    const visitFn = (fn: FunctionNode, name: string | undefined, reportNode: TSESTree.Node) => {
      if (seen.has(fn) || fn.body.type !== 'BlockStatement') return;
      if (getDirectives(fn.body.body).includes('use server')) {
        handlers.push({ kind: 'server-action', name: name ?? 'action', anonymous: name === undefined, fn, reportNode, wrappers: [], wrapperCalls: [], delegated: false });
      }
    };
    collectFunctions(program, visitFn);
  }

  cache.set(program, handlers);
  return handlers;
}

function collectFunctions(root: TSESTree.Node, cb: (fn: FunctionNode, name: string | undefined, reportNode: TSESTree.Node) => void): void {
  walk(root, (node) => {
    if (!isFunction(node)) return;
    let name: string | undefined;
    let reportNode: TSESTree.Node = node;
    if (node.id) {
      name = node.id.name;
      reportNode = node.id;
    } else if (node.parent?.type === 'VariableDeclarator' && node.parent.id.type === 'Identifier') {
      name = node.parent.id.name;
      reportNode = node.parent.id;
    }
    cb(node, name, reportNode);
  });
}

/**
 * Calls `check` on every request entry point of the file (see `getHandlers`). A throw from `check`
 * (half-typed code) skips that handler only: rules must never throw.
 */
export function forEachHandler(sourceCode: TSESLint.SourceCode, kind: FileKind, check: (h: Handler) => void): void {
  let handlers: Handler[];
  try {
    handlers = getHandlers(sourceCode, kind);
  } catch {
    return;
  }
  for (const h of handlers) {
    try {
      check(h);
    } catch {
      // never throw on half-typed code
    }
  }
}
