import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { findVariable, unwrap, walk, type FunctionNode } from './ast';

type Node = TSESTree.Node;

export interface SourceOptions {
  /** How many bindings deep to follow. */
  maxDepth?: number;
  /** Stop at (do not look through) template literals. */
  keepTemplates?: boolean;
}

/**
 * The expressions a value may come from, following local bindings in the same file: `const`/`let`
 * declarations and every later assignment to a `let`, destructuring (yields the destructured object),
 * conditional and logical expressions (both sides), template literals (their expressions), `await`,
 * parentheses and TS wrappers. Function parameters and imports are leaves (the `Identifier`).
 * Never throws; bounded by `maxDepth` and a visited set.
 */
export function getValueSources(
  sourceCode: TSESLint.SourceCode,
  node: Node,
  options: SourceOptions = {},
): Node[] {
  const maxDepth = options.maxDepth ?? 6;
  const out: Node[] = [];
  const seen = new Set<Node>();
  const visit = (n: Node, depth: number): void => {
    const cur = unwrap(n, { await: true });
    if (seen.has(cur) || out.length > 64) return;
    seen.add(cur);
    switch (cur.type) {
      case 'ConditionalExpression':
        visit(cur.consequent, depth);
        visit(cur.alternate, depth);
        return;
      case 'LogicalExpression':
        visit(cur.left, depth);
        visit(cur.right, depth);
        return;
      case 'SequenceExpression': {
        const last = cur.expressions[cur.expressions.length - 1];
        if (last) visit(last, depth);
        return;
      }
      case 'TemplateLiteral':
        if (options.keepTemplates || cur.expressions.length === 0) {
          out.push(cur);
          return;
        }
        for (const e of cur.expressions) visit(e, depth);
        return;
      case 'Identifier': {
        if (depth >= maxDepth) {
          out.push(cur);
          return;
        }
        const defs = getBindingValues(sourceCode, cur);
        if (!defs) {
          out.push(cur);
          return;
        }
        for (const d of defs) visit(d, depth + 1);
        return;
      }
      default:
        out.push(cur);
    }
  };
  try {
    visit(node, 0);
  } catch {
    // Data flow is best effort: a half-typed file must never make a rule throw.
  }
  return out;
}

/**
 * The values bound to a local variable: its initializer (for destructuring, the destructured
 * object) and the right-hand side of every assignment to it. Undefined for parameters, imports,
 * globals, and declarations without initializer that are never assigned.
 */
export function getBindingValues(
  sourceCode: TSESLint.SourceCode,
  id: TSESTree.Identifier,
): Node[] | undefined {
  const variable = findVariable(sourceCode, id);
  if (!variable || variable.defs.length === 0) return undefined;
  const values: Node[] = [];
  for (const def of variable.defs) {
    if (def.type !== 'Variable') return undefined;
    const declarator = def.node as TSESTree.VariableDeclarator;
    if (declarator.init) values.push(declarator.init);
  }
  for (const ref of variable.references) {
    if (!ref.isWrite() || ref.init) continue;
    const parent = ref.identifier.parent;
    if (parent?.type === 'AssignmentExpression' && parent.left === ref.identifier) {
      values.push(parent.operator === '=' ? parent.right : parent);
    } else if (parent) {
      // Destructuring assignment or update (`x++`): the value is unknown, keep the parent as a leaf.
      values.push(parent);
    }
  }
  return values.length > 0 ? values : undefined;
}

/** The initializer of a `const` binding (`const TOOLS = ['a', 'b']` → the array), or undefined (let, var, a parameter, an import). */
export function getConstInit(sourceCode: TSESLint.SourceCode, id: TSESTree.Identifier): TSESTree.Expression | undefined {
  const def = findVariable(sourceCode, id)?.defs[0];
  if (def?.type !== 'Variable' || (def.parent as TSESTree.VariableDeclaration | undefined)?.kind !== 'const') return undefined;
  return (def.node as TSESTree.VariableDeclarator).init ?? undefined;
}

/** Whether an identifier refers to a parameter of a function. */
export function isParameter(sourceCode: TSESLint.SourceCode, id: TSESTree.Identifier): boolean {
  const variable = findVariable(sourceCode, id);
  return !!variable && variable.defs.some((d) => d.type === 'Parameter');
}

/** Whether an identifier refers to an import binding. */
export function isImported(sourceCode: TSESLint.SourceCode, id: TSESTree.Identifier): boolean {
  const variable = findVariable(sourceCode, id);
  return !!variable && variable.defs.some((d) => d.type === 'ImportBinding');
}

/** The module an imported identifier comes from, or undefined. */
export function getImportSource(sourceCode: TSESLint.SourceCode, id: TSESTree.Identifier): string | undefined {
  const variable = findVariable(sourceCode, id);
  const def = variable?.defs.find((d) => d.type === 'ImportBinding');
  if (!def) return undefined;
  const decl = def.parent as TSESTree.ImportDeclaration | undefined;
  return decl?.type === 'ImportDeclaration' ? decl.source.value : undefined;
}

/**
 * The name an imported binding is exported under: `auth` for `import { auth as getSession } from '@/auth'`.
 * Undefined for a default or namespace import and for anything not imported.
 */
export function getImportedName(sourceCode: TSESLint.SourceCode, id: TSESTree.Identifier): string | undefined {
  const def = findVariable(sourceCode, id)?.defs.find((d) => d.type === 'ImportBinding');
  const spec = def?.node as TSESTree.Node | undefined;
  if (spec?.type !== 'ImportSpecifier') return undefined;
  return spec.imported.type === 'Identifier' ? spec.imported.name : String(spec.imported.value);
}

/**
 * The call or `new` a local binding is made by, past `await` and type wrappers: `const openai = new OpenAI()`,
 * `const client = await getClient()`. A `const` only, unless `anyKind` (then also `let` / `var`); undefined for
 * parameters, imports and other initializers.
 */
export function getFactoryCall(
  sourceCode: TSESLint.SourceCode,
  id: TSESTree.Identifier,
  options?: { anyKind?: boolean },
): TSESTree.CallExpression | TSESTree.NewExpression | undefined {
  const def = findVariable(sourceCode, id)?.defs[0];
  if (def?.type !== 'Variable') return undefined;
  if (!options?.anyKind && (def.parent as TSESTree.VariableDeclaration | undefined)?.kind !== 'const') return undefined;
  const init = (def.node as TSESTree.VariableDeclarator).init;
  const u = init ? unwrap(init, { await: true }) : undefined;
  return u?.type === 'CallExpression' || u?.type === 'NewExpression' ? u : undefined;
}

/** The function a local identifier names (a function declaration, or a variable bound to a function; with `constOnly`, a `const` only), if any. */
export function resolveLocalFunction(
  sourceCode: TSESLint.SourceCode,
  id: TSESTree.Identifier,
  options?: { constOnly?: boolean },
): TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression | undefined {
  const variable = findVariable(sourceCode, id);
  const def = variable?.defs[0];
  if (!def) return undefined;
  // `declare function f(): T` (a TSDeclareFunction) has no body to follow.
  if (def.type === 'FunctionName') return def.node.type === 'FunctionDeclaration' ? def.node : undefined;
  if (def.type === 'Variable') {
    // `constOnly`: a `let` may be reassigned to another function.
    if (options?.constOnly && (def.parent as TSESTree.VariableDeclaration | undefined)?.kind !== 'const') return undefined;
    const init = (def.node as TSESTree.VariableDeclarator).init;
    const u = init ? unwrap(init) : undefined;
    if (u && (u.type === 'FunctionExpression' || u.type === 'ArrowFunctionExpression')) return u;
  }
  return undefined;
}

/**
 * The class body a `this.x` inside it refers to: the nearest class whose method, field or constructor holds
 * the node without a `function` in between (a nested `function` has its own `this`; arrows keep the class's).
 */
function thisClassBody(node: TSESTree.Node): TSESTree.ClassBody | undefined {
  for (let cur = node.parent; cur; cur = cur.parent) {
    if (cur.type === 'ClassBody') return cur;
    if ((cur.type === 'FunctionExpression' || cur.type === 'FunctionDeclaration') && cur.parent?.type !== 'MethodDefinition' && cur.parent?.type !== 'PropertyDefinition') {
      return undefined;
    }
  }
  return undefined;
}

/** `this.name` / `this.#name` (not computed): the key's name and kind. */
function thisKey(member: TSESTree.MemberExpression): { name: string; type: 'Identifier' | 'PrivateIdentifier' } | undefined {
  if (member.object.type !== 'ThisExpression' || member.computed) return undefined;
  const key = member.property;
  return key.type === 'Identifier' || key.type === 'PrivateIdentifier' ? { name: key.name, type: key.type } : undefined;
}

function memberNamed(body: TSESTree.ClassBody, key: { name: string; type: string }): TSESTree.ClassElement | undefined {
  return body.body.find(
    (m) => (m.type === 'MethodDefinition' || m.type === 'PropertyDefinition') && !m.static && !m.computed && m.key.type === key.type && (m.key as TSESTree.Identifier).name === key.name,
  );
}

/**
 * The method a `this.m(...)` call names in its own class: a method (`m() {}`) or a field holding a function
 * (`m = () => ...`). Undefined for getters, inherited or computed members, and calls outside a class.
 */
export function resolveThisMethod(call: TSESTree.CallExpression): FunctionNode | undefined {
  const callee = unwrap(call.callee);
  if (callee.type !== 'MemberExpression') return undefined;
  const key = thisKey(callee);
  const body = key && thisClassBody(callee);
  const member = body && memberNamed(body, key);
  if (member?.type === 'MethodDefinition') return member.kind === 'method' && member.value.type === 'FunctionExpression' ? member.value : undefined;
  const value = member?.type === 'PropertyDefinition' && member.value ? unwrap(member.value) : undefined;
  return value && (value.type === 'ArrowFunctionExpression' || value.type === 'FunctionExpression') ? value : undefined;
}

/**
 * What a class keeps in the field `this.x` reads: its initializer and the right side of every `this.x = v`
 * in the class. Undefined when the class writes it any other way (`+=`, `++`, destructuring), when it is a
 * method or accessor, or when nothing assigns it. Writes from outside the class are not seen.
 */
export function thisFieldValues(member: TSESTree.MemberExpression): TSESTree.Expression[] | undefined {
  const key = thisKey(member);
  const body = key && thisClassBody(member);
  if (!key || !body) return undefined;
  const declared = memberNamed(body, key);
  if (declared?.type === 'MethodDefinition') return undefined;
  const values: TSESTree.Expression[] = declared?.type === 'PropertyDefinition' && declared.value ? [declared.value] : [];
  let other = false;
  walk(body, (n) => {
    if (other) return false;
    if (n.type !== 'MemberExpression' || n === member) return true;
    const k = thisKey(n);
    if (!k || k.name !== key.name || k.type !== key.type) return true;
    const p = n.parent;
    if (p?.type === 'AssignmentExpression' && p.left === n) {
      if (p.operator === '=') values.push(p.right);
      else other = true;
    } else if (p?.type === 'UpdateExpression' || (p?.type === 'Property' && p.value === n && p.parent?.type === 'ObjectPattern') || p?.type === 'ArrayPattern' || (p?.type === 'UnaryExpression' && p.operator === 'delete')) {
      other = true;
    }
    return true;
  });
  return other || values.length === 0 ? undefined : values;
}

/**
 * Every call of a function declared in this file and not exported (`function f() {}`, `const f = () => ...`),
 * or of a private method (`this.f(x)` in its class): the calls when each use of its name is a direct call
 * (`f(x)`), undefined when it escapes (exported, passed as a callback, stored, reassigned) and so may be
 * called with anything.
 */
export function localCallSites(sourceCode: TSESLint.SourceCode, fn: TSESTree.Node): TSESTree.CallExpression[] | undefined {
  if ((fn.type === 'ArrowFunctionExpression' || fn.type === 'FunctionExpression') && (fn.parent?.type === 'PropertyDefinition' || fn.parent?.type === 'MethodDefinition')) {
    return privateMethodCallSites(fn.parent, fn);
  }
  let nameNode: TSESTree.Identifier | undefined;
  let declaration: TSESTree.Node | undefined;
  if (fn.type === 'FunctionDeclaration' && fn.id) {
    nameNode = fn.id;
    declaration = fn;
  } else if ((fn.type === 'ArrowFunctionExpression' || fn.type === 'FunctionExpression') && fn.parent?.type === 'VariableDeclarator' && fn.parent.init === fn && fn.parent.id.type === 'Identifier') {
    if ((fn.parent.parent as TSESTree.VariableDeclaration | undefined)?.kind !== 'const') return undefined;
    nameNode = fn.parent.id;
    declaration = fn.parent.parent;
  }
  if (!nameNode || !declaration) return undefined;
  if (declaration.parent?.type === 'ExportNamedDeclaration' || declaration.parent?.type === 'ExportDefaultDeclaration') return undefined;
  const variable = findVariable(sourceCode, nameNode);
  if (!variable) return undefined;
  const calls: TSESTree.CallExpression[] = [];
  for (const ref of variable.references) {
    if (ref.init) continue;
    const p = ref.identifier.parent;
    if (p?.type !== 'CallExpression' || p.callee !== ref.identifier) return undefined;
    calls.push(p);
  }
  return calls;
}

/**
 * The calls of a private instance method (`private f = (x) => ...`, `private f(x) {}`, `#f(x) {}`): every
 * `this.f(...)` in its class, when each use is a direct call. Nothing outside the class may call it.
 */
function privateMethodCallSites(
  member: TSESTree.PropertyDefinition | TSESTree.MethodDefinition,
  fn: TSESTree.Node,
): TSESTree.CallExpression[] | undefined {
  if (member.value !== fn || member.static || member.computed) return undefined;
  if (member.type === 'MethodDefinition' && member.kind !== 'method') return undefined;
  const isPrivate = member.key.type === 'PrivateIdentifier' || member.accessibility === 'private';
  if (!isPrivate || (member.key.type !== 'Identifier' && member.key.type !== 'PrivateIdentifier')) return undefined;
  const name = member.key.name;
  const keyType = member.key.type;
  const body = member.parent;
  if (body?.type !== 'ClassBody') return undefined;
  const calls: TSESTree.CallExpression[] = [];
  let escapes = false;
  walk(body, (n) => {
    if (escapes) return false;
    if (n.type === 'MemberExpression' && !n.computed && n.property.type === keyType && n.property.name === name) {
      const p = n.parent;
      if (n.object.type !== 'ThisExpression' || p?.type !== 'CallExpression' || p.callee !== n) {
        escapes = true;
        return false;
      }
      calls.push(p);
    }
    return true;
  });
  return escapes ? undefined : calls;
}
