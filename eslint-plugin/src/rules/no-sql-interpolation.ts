import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import {
  chainOperands,
  createRule,
  findVariable,
  getCalleeName,
  getDottedName,
  getFileKind,
  getImportSource,
  getPropertyName,
  isFunction,
  resolveLocalFunction,
  unwrap,
  walk,
  type FunctionNode,
  isDevTooling,
  isToolingPath,
  getConstInit,
  localTypeDeclarations,
  localCallSites,
  isWithin,
} from '../utils';
import { looksLikeSql } from '../utils/db-calls';

type Node = TSESTree.Node;
type Options = [{ rawApis?: string[]; escapeFunctions?: string[] }];
type MessageIds = 'interpolated' | 'parameterize';

/** Methods that take SQL text as their first argument whatever the receiver. */
const ALWAYS_RAW = new Set(['$queryRawUnsafe', '$executeRawUnsafe']);
/** knex raw fragments. */
const KNEX_RAW = new Set(['whereRaw', 'orWhereRaw', 'andWhereRaw', 'havingRaw', 'orHavingRaw', 'orderByRaw', 'joinRaw', 'groupByRaw', 'fromRaw', 'selectRaw']);
/** Driver methods whose first argument is SQL text when it reads like SQL. */
const DRIVER_METHODS = new Set(['query', 'execute', 'exec', 'prepare', 'unsafe', 'raw', '$queryRaw', '$executeRaw', 'run', 'all', 'get']);
/** Functions whose result is safe to splice into SQL text. */
const SAFE_CALLS = new Set([
  'Number', 'parseInt', 'parseFloat', 'Boolean', 'BigInt', 'escapeIdentifier', 'escapeLiteral', 'escape', 'escapeId',
  'quoteIdent', 'quoteIdentifier', 'quoteLiteral', 'format', 'identifier', 'literal', 'ident', 'toFixed', 'toISOString',
  'getTime', 'valueOf', 'sql', 'join', 'empty', 'raw',
]);
/** Methods that keep a tainted receiver tainted. */
const PASS_THROUGH = new Set([
  'trim', 'trimStart', 'trimEnd', 'toLowerCase', 'toUpperCase', 'toLocaleLowerCase', 'toLocaleUpperCase', 'slice',
  'substring', 'substr', 'replace', 'replaceAll', 'concat', 'padStart', 'padEnd', 'toString', 'normalize', 'at',
  'split', 'join', 'map', 'filter', 'flat', 'flatMap', 'stringify', 'String', 'get',
]);
/** Names of SQL fragments built elsewhere (not values): whereClause, conditions, setClauses, placeholders, orderBy, guard.predicate. */
const FRAGMENT_NAME = /(?:clause|clauses|condition|conditions|where|predicates?|placeholders?|fragments?|sql|Sql|SQL|joins?|filters?Sql|orderBy|groupBy|columns?List|selects?)$/i;
/** Names of the values bound to a fragment's placeholders: `filterBinds`, `params`, `values`. */
const BIND_VALUES_NAME = /(?:binds?|bindings|params|parameters|values|args)$/i;
/** A call's result, also awaited: `buildWhereClause(filters)`, `await buildFilter(q)`. */
function isCallResult(init: TSESTree.Expression): boolean {
  const u = init.type === 'AwaitExpression' ? init.argument : init;
  return u.type === 'CallExpression';
}
/**
 * A regular expression that matches identifiers only: anchored at both ends, made of classes of letters, digits
 * and `_` (`[a-zA-Z_]`, `\w`, `\d`) with quantifiers. No `-` (`--` starts a comment), `.`, space or quote.
 */
const IDENTIFIER_PATTERN = /^\^(?:(?:\[(?:[A-Za-z0-9]-[A-Za-z0-9]|[A-Za-z0-9_]|\\w|\\d)+\]|\\w|\\d|[A-Za-z0-9_])(?:[*+?]|\{\d+(?:,\d*)?\})?)+\$$/;
const MYSQL_LIKE = /^(?:mysql2?(?:\/promise)?|better-sqlite3|sqlite3?|@planetscale\/database|knex|sequelize)$/;

interface RawCall {
  api: string;
  arg: TSESTree.Node;
  call: TSESTree.CallExpression;
}

/** Tooling folders this rule skips besides the shared ones ({@link isDevTooling}). */
const TOOLING_PATH = /(?:^|\/)(?:evals?|examples)\//;

export default createRule<Options, MessageIds>({
  name: 'no-sql-interpolation',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow SQL text built by interpolating or concatenating values into raw query APIs',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      interpolated:
        '`{{value}}` is spliced into the SQL text passed to {{api}}: a quote in it rewrites the query (SQL injection). Pass it as a bound parameter ({{fix}}); identifiers (columns, sort order) must come from a fixed allowlist.',
      parameterize: 'Rewrite as a parameterized query ({{fix}}).',
    },
    schema: [
      {
        type: 'object',
        properties: {
          rawApis: {
            type: 'array',
            items: { type: 'string' },
            description: 'Extra function or method names whose first argument is raw SQL text.',
          },
          escapeFunctions: {
            type: 'array',
            items: { type: 'string' },
            description: 'Extra function names whose result is safe to splice into SQL (escapers, allowlist lookups).',
          },
        },
        additionalProperties: false,
      },
    ],
  },
  defaultOptions: [{ rawApis: [], escapeFunctions: [] }],
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const text = sourceCode.text;
    const kind = getFileKind(context);
    if (kind.isClient || kind.isTest) return {};
    if (!/Unsafe|\.raw|Raw\(|\.query|\.execute|\.exec|\.prepare|\.unsafe|\$queryRaw|\$executeRaw/.test(text) && !(options.rawApis ?? []).some((n) => text.includes(n))) {
      return {};
    }
    // Dev tooling run by the team with its own arguments (scripts, CLIs, evals): no attacker-controlled input.
    if (isDevTooling(kind, sourceCode.ast, text) || isToolingPath(kind, TOOLING_PATH)) return {};
    const extraApis = new Set(options.rawApis ?? []);
    const extraSafe = new Set(options.escapeFunctions ?? []);
    const placeholderStyle = [...kind.imports].some((s) => MYSQL_LIKE.test(s)) ? '?' : '$';

    /**
     * google-ads-api's `customer.query(gaql)` (`const customer = client.Customer({ customer_id, refresh_token })`, jitsu's
     * Google Ads sync): GAQL, read-only, run against Google's API with the account's own credentials, not the app's database.
     */
    const googleAds = kind.imports.has('google-ads-api');
    function isGoogleAdsCustomer(receiver: TSESTree.Node): boolean {
      const r = unwrap(receiver);
      const init = r.type === 'Identifier' ? getConstInit(sourceCode, r) : r;
      const made = init ? unwrap(init) : undefined;
      return made?.type === 'CallExpression' && getCalleeName(made) === 'Customer';
    }

    function rawCall(call: TSESTree.CallExpression): RawCall | undefined {
      const callee = unwrap(call.callee);
      const arg = call.arguments[0];
      if (!arg || arg.type === 'SpreadElement') return undefined;
      const name = getCalleeName(call);
      if (!name) return undefined;
      const dotted = getDottedName(callee) ?? name;
      if (extraApis.has(name) || extraApis.has(dotted)) return { api: dotted, arg, call };
      if (callee.type === 'Identifier') {
        // neon / @vercel/postgres function form: sql(`SELECT ...`)
        if ((name === 'sql' || name === 'query') && looksLikeSql(sourceCode, arg)) return { api: `${name}()`, arg, call };
        return undefined;
      }
      if (callee.type !== 'MemberExpression') return undefined;
      const objName = getDottedName(callee.object);
      if (ALWAYS_RAW.has(name)) return { api: name, arg, call };
      if (name === 'raw' && objName === 'Prisma') return { api: 'Prisma.raw', arg, call };
      if (name === 'raw' && objName === 'sql') return { api: 'sql.raw', arg, call };
      if (name === 'unsafe' && objName === 'sql') return { api: 'sql.unsafe', arg, call };
      if (KNEX_RAW.has(name)) return { api: name, arg, call };
      if (DRIVER_METHODS.has(name)) {
        if (googleAds && isGoogleAdsCustomer(callee.object)) return undefined;
        const a = unwrap(arg);
        if (a.type === 'ObjectExpression') {
          // pg: client.query({ text: `...`, values })
          for (const p of a.properties) {
            if (p.type === 'Property' && getPropertyName(p) === 'text' && looksLikeSql(sourceCode, p.value)) {
              return { api: `${objName ?? ''}.${name}`, arg: p.value, call };
            }
          }
          return undefined;
        }
        if (looksLikeSql(sourceCode, arg)) return { api: `${objName ?? '<client>'}.${name}`, arg, call };
      }
      return undefined;
    }

    /** Whether an identifier is the index parameter of an array callback (`.map((_, i) => ...)`) or a numeric loop counter. */
    function isIndexParam(id: TSESTree.Identifier): boolean {
      const variable = findVariable(sourceCode, id);
      const def = variable?.defs[0];
      if (!def || def.type !== 'Parameter') return false;
      const fn = def.node as FunctionNode;
      if (!isFunction(fn)) return false;
      const idx = fn.params.findIndex((p) => p.type === 'Identifier' && p.name === id.name);
      const parent = fn.parent;
      if (parent?.type !== 'CallExpression' || !parent.arguments.includes(fn as TSESTree.CallExpressionArgument)) return false;
      const method = getCalleeName(parent);
      if (method === 'reduce' || method === 'reduceRight') return idx === 2;
      return idx === 1 && (method === 'map' || method === 'forEach' || method === 'flatMap' || method === 'filter');
    }

    /**
     * The collection whose elements an array callback's first parameter receives (`list` in
     * `list.map((x) => ...)`; the parameter itself or a name destructured from it), or undefined.
     */
    function elementSource(fn: FunctionNode, id: TSESTree.Identifier): Node | undefined {
      const first = fn.params[0];
      if (!first || !isWithin(id, first)) return undefined;
      const call = fn.parent;
      if (call?.type !== 'CallExpression' || call.arguments[0] !== fn || call.callee.type !== 'MemberExpression') return undefined;
      if (!/^(?:map|flatMap|filter|forEach|some|every|find|findLast)$/.test(getCalleeName(call) ?? '')) return undefined;
      return call.callee.object;
    }

    /**
     * A collection whose elements are fixed by the code: a constant list or table (`const COLUMNS = ['a', 'b']`),
     * an imported or UPPER_CASE constant, a value declared `number[]`, or `Object.keys/values/entries` of one
     * (the keys of a request body are the caller's).
     */
    function isSafeCollection(node: Node, depth = 0): boolean {
      const u = unwrap(node);
      if (depth > 3) return false;
      if (u.type === 'CallExpression' && /^(?:Object\.(?:keys|values|entries)|Array\.from)$/.test(getDottedName(u.callee) ?? '')) {
        const arg = u.arguments[0];
        return !!arg && arg.type !== 'SpreadElement' && isSafeCollection(arg, depth + 1);
      }
      if (u.type === 'ArrayExpression') return u.elements.every((e) => !!e && e.type !== 'SpreadElement' && !unsafeValue(e, 0, new Set()) && (e.type === 'Literal' || e.type === 'TemplateLiteral' || e.type === 'Identifier'));
      // `columns.map((col) => sanitizeIdentifier(col))`: what the callback returns, whatever the list held.
      if (u.type === 'CallExpression' && getCalleeName(u) === 'map' && u.callee.type === 'MemberExpression') {
        const cb = u.arguments[0];
        return !!cb && isFunction(cb) && cb.body.type !== 'BlockStatement' && !unsafeValue(cb.body, depth + 1, new Set());
      }
      if (u.type !== 'Identifier') return false;
      if (getImportSource(sourceCode, u) !== undefined || /^[A-Z][A-Z0-9_]*$/.test(u.name) || (isConstTable(u) && !isMutated(u)) || isDeclaredNumber(u)) return true;
      const init = getConstInit(sourceCode, u);
      return !!init && unwrap(init).type === 'CallExpression' && !isMutated(u) && isSafeCollection(init, depth + 1);
    }

    /** Whether a binding's value is changed after its declaration: `list.push(x)`, `list[i] = x`, `Object.assign(list, ...)`. */
    function isMutated(id: TSESTree.Identifier): boolean {
      const variable = findVariable(sourceCode, id);
      return !!variable?.references.some((ref) => {
        if (ref.init) return false;
        const p = ref.identifier.parent;
        if (p?.type === 'MemberExpression' && p.object === ref.identifier) {
          const gp = p.parent;
          if (gp?.type === 'CallExpression' && gp.callee === p && /^(?:push|unshift|splice|fill|set|add|copyWithin)$/.test(getPropertyName(p) ?? '')) return true;
          if (gp?.type === 'AssignmentExpression' && gp.left === p) return true;
        }
        return p?.type === 'CallExpression' && p.arguments[0] === ref.identifier && getDottedName(p.callee) === 'Object.assign';
      });
    }

    /**
     * What every call passes for a parameter of a local, unexported function (its default when a call
     * leaves it out), or undefined when the function escapes or the parameter is destructured.
     */
    function callSiteArguments(fn: FunctionNode, id: TSESTree.Identifier): Node[] | undefined {
      const index = fn.params.findIndex((p) => p === id || (p.type === 'AssignmentPattern' && p.left === id));
      if (index < 0) return undefined;
      const param = fn.params[index]!;
      const calls = localCallSites(sourceCode, fn);
      if (!calls || calls.length === 0) return undefined;
      const out: Node[] = [];
      for (const call of calls) {
        if (call.arguments.slice(0, index + 1).some((a) => a.type === 'SpreadElement')) return undefined;
        const arg = call.arguments[index];
        if (arg) out.push(arg);
        else if (param.type === 'AssignmentPattern') out.push(param.right);
      }
      return out;
    }

    /**
     * What every call passes for a parameter of a callback handed to a function declared in the file, which calls it
     * itself (`withJsonExpr(sql, type, async (tx, jsonExpr) => ...)`, where `withJsonExpr` only ever calls
     * `callback(sql, 'rr.raw_json::jsonb')`), or undefined when the callback is used any other way there.
     */
    function callbackArguments(fn: FunctionNode, id: TSESTree.Identifier): Node[] | undefined {
      const index = fn.params.indexOf(id);
      const call = fn.parent;
      if (index < 0 || fn.type === 'FunctionDeclaration' || call?.type !== 'CallExpression' || call.callee.type !== 'Identifier') return undefined;
      const position = call.arguments.indexOf(fn);
      if (position < 0 || call.arguments.slice(0, position).some((a) => a.type === 'SpreadElement')) return undefined;
      const receiver = resolveLocalFunction(sourceCode, call.callee);
      const param = receiver?.params[position];
      const name = param?.type === 'AssignmentPattern' ? param.left : param;
      if (name?.type !== 'Identifier') return undefined;
      const variable = findVariable(sourceCode, name);
      if (!variable) return undefined;
      const out: Node[] = [];
      for (const ref of variable.references) {
        const p = ref.identifier.parent;
        if (ref.init || p?.type !== 'CallExpression' || p.callee !== ref.identifier) return undefined;
        if (p.arguments.slice(0, index + 1).some((a) => a.type === 'SpreadElement')) return undefined;
        const arg = p.arguments[index];
        if (!arg) return undefined;
        out.push(arg);
      }
      return out.length > 0 ? out : undefined;
    }

    /**
     * A value quote-doubled for a SQL string literal (`x.replace(/'/g, "''")`, through a `const`), so it
     * cannot close the quotes around it. Postgres only: MySQL also reads backslash escapes.
     */
    function isQuoteDoubled(node: Node, depth = 0): boolean {
      if (placeholderStyle !== '$' || depth > 3) return false;
      const n = unwrap(node);
      if (n.type === 'Identifier') {
        const init = getConstInit(sourceCode, n);
        return !!init && isQuoteDoubled(init, depth + 1);
      }
      if (n.type !== 'CallExpression' || n.callee.type !== 'MemberExpression') return false;
      const method = getPropertyName(n.callee);
      const [from, to] = n.arguments;
      if ((method !== 'replace' && method !== 'replaceAll') || !from || !to) return false;
      const quote =
        (from.type === 'Literal' && 'regex' in from && from.regex.pattern === "'" && from.regex.flags.includes('g')) ||
        (method === 'replaceAll' && from.type === 'Literal' && from.value === "'");
      return quote && to.type === 'Literal' && to.value === "''";
    }

    /** Whether the `i`th expression of a template sits inside single quotes and is quote-doubled: `'${x.replace(/'/g, "''")}'`. */
    function isQuotedLiteral(tpl: TSESTree.TemplateLiteral, i: number): boolean {
      const before = tpl.quasis[i]?.value.cooked ?? '';
      const after = tpl.quasis[i + 1]?.value.cooked ?? '';
      return before.endsWith("'") && after.startsWith("'") && isQuoteDoubled(tpl.expressions[i]!);
    }

    /** Whether an identifier names a constant lookup table: bound to an object / array literal of literals. */
    function isConstTable(node: Node): boolean {
      const n = unwrap(node);
      // A `const` bound to a literal table, or the literal itself (`for (const [table, column] of [['logs', 'ts']] as const)`).
      const inline = n.type !== 'Identifier';
      const constInit = inline ? n : getConstInit(sourceCode, n);
      if (!constInit) return false;
      const init = unwrap(constInit);
      if (init.type !== 'ObjectExpression' && init.type !== 'ArrayExpression') return false;
      let ok = true;
      walk(init, (c) => {
        if (!ok) return false;
        if (c === init) return true;
        // Inline, a name is only a key (`{ logs: 'ts' }`): `[['logs', 'ts'], [extraTable, 'at']]` holds a variable.
        if (c.type === 'Identifier' && inline) {
          if (c.parent?.type === 'Property' && c.parent.key === c && !c.parent.computed) return true;
          ok = false;
          return false;
        }
        if (c.type === 'Property' || c.type === 'ObjectExpression' || c.type === 'ArrayExpression' || c.type === 'Literal' || c.type === 'Identifier' || c.type === 'TSAsExpression' || c.type === 'TSTypeReference' || c.type === 'TemplateLiteral' || c.type === 'TemplateElement') return true;
        ok = false;
        return false;
      });
      return ok;
    }

    /**
     * Whether a declared type only admits values that cannot carry SQL: numbers, booleans, literal types
     * (`'url' | 'type'`: a fixed set the compiler holds callers to), and arrays of them (`number[]`, whose
     * text is `1,2,3`), or a union of those.
     */
    function isNumberType(t: TSESTree.TypeNode | undefined, depth = 0): boolean {
      if (!t || depth > 4) return false;
      switch (t.type) {
        case 'TSNumberKeyword':
        case 'TSBigIntKeyword':
        case 'TSBooleanKeyword':
          return true;
        case 'TSLiteralType':
          return t.literal.type === 'Literal' && (typeof t.literal.value === 'number' || typeof t.literal.value === 'boolean' || (typeof t.literal.value === 'string' && !/['"\\]/.test(t.literal.value)));
        case 'TSUnionType':
          return t.types.every((u) => u.type === 'TSNullKeyword' || u.type === 'TSUndefinedKeyword' || isNumberType(u, depth + 1));
        case 'TSArrayType':
          return isNumberType(t.elementType, depth + 1);
        case 'TSTypeOperator':
          return t.operator === 'readonly' && isNumberType(t.typeAnnotation, depth + 1);
        case 'TSTypeReference':
          return t.typeName.type === 'Identifier' && /^(?:Array|ReadonlyArray|Set)$/.test(t.typeName.name) && t.typeArguments?.params.length === 1 && isNumberType(t.typeArguments.params[0], depth + 1);
        default:
          return false;
      }
    }

    /** The declared type of a property in a local type literal / alias / interface. */
    function memberType(t: TSESTree.TypeNode | undefined, prop: string, depth = 0): TSESTree.TypeNode | undefined {
      if (!t || depth > 3) return undefined;
      let members: TSESTree.TypeElement[] | undefined;
      if (t.type === 'TSIntersectionType') {
        for (const part of t.types) {
          const found = memberType(part, prop, depth + 1);
          if (found) return found;
        }
        return undefined;
      }
      if (t.type === 'TSTypeLiteral') members = t.members;
      else if (t.type === 'TSTypeReference' && t.typeName.type === 'Identifier') {
        for (const d of localTypeDeclarations(sourceCode.ast, t.typeName.name)) {
          if (d.type === 'TSTypeAliasDeclaration') return memberType(d.typeAnnotation, prop, depth + 1);
          members = d.body.body;
        }
      }
      for (const m of members ?? []) {
        if (m.type === 'TSPropertySignature' && m.key.type === 'Identifier' && m.key.name === prop) return m.typeAnnotation?.typeAnnotation;
      }
      return undefined;
    }

    /** Whether the TypeScript declaration says the value is a number (`limit: number`, `options.limit` of `{ limit?: number }`). */
    function isDeclaredNumber(node: Node): boolean {
      const n = unwrap(node);
      const annotationOf = (id: TSESTree.Identifier): TSESTree.TypeNode | undefined => {
        const def = findVariable(sourceCode, id)?.defs[0];
        const name = def?.name;
        if (name?.type === 'Identifier' && name.typeAnnotation) return name.typeAnnotation.typeAnnotation;
        // A destructured binding: `({ id, setTo }: { id: number; setTo: boolean })`, `{ limit = 10 }: Opts`.
        if (name?.type === 'Identifier') {
          let at: Node = name;
          if (at.parent?.type === 'AssignmentPattern' && at.parent.left === at) at = at.parent;
          const prop = at.parent;
          const pattern = prop?.parent;
          if (prop?.type === 'Property' && prop.value === at && pattern?.type === 'ObjectPattern' && pattern.typeAnnotation) {
            const key = getPropertyName(prop);
            return key ? memberType(pattern.typeAnnotation.typeAnnotation, key) : undefined;
          }
        }
        return undefined;
      };
      if (n.type === 'Identifier') return isNumberType(annotationOf(n));
      if (n.type === 'MemberExpression') {
        const obj = unwrap(n.object);
        const prop = getPropertyName(n);
        if (obj.type === 'Identifier' && prop) return isNumberType(memberType(annotationOf(obj), prop));
      }
      return false;
    }

    /**
     * A membership test in a constant allowlist of literals, `ALLOWED.has(x)` / `ALLOWED.includes(x)` (or negated), where
     * `ALLOWED` is a `const` array of literals or `new Set([...])` of one, never added to: the value tested (`x` of
     * `x ?? ''`) and whether the test passes when it is a member.
     */
    function allowlistMember(test: Node): { value: Node; positive: boolean } | undefined {
      let t = unwrap(test);
      let positive = true;
      if (t.type === 'UnaryExpression' && t.operator === '!') {
        t = unwrap(t.argument);
        positive = false;
      }
      if (t.type !== 'CallExpression' || t.callee.type !== 'MemberExpression' || t.arguments.length !== 1) return undefined;
      const method = getPropertyName(t.callee);
      const list = unwrap(t.callee.object);
      const arg = t.arguments[0];
      if ((method !== 'has' && method !== 'includes') || list.type !== 'Identifier' || !arg || arg.type === 'SpreadElement') return undefined;
      const init = getConstInit(sourceCode, list);
      const table = init && unwrap(init);
      let literals: Node | undefined =
        table?.type === 'NewExpression' && table.callee.type === 'Identifier' && table.callee.name === 'Set' && method === 'has'
          ? table.arguments[0]
          : method === 'includes' ? table : undefined;
      literals = literals && literals.type !== 'SpreadElement' ? unwrap(literals) : undefined;
      // `new Set(SORT_COLUMNS)` of a `const` list.
      if (literals?.type === 'Identifier') {
        const listInit = isMutated(literals) ? undefined : getConstInit(sourceCode, literals);
        literals = listInit && unwrap(listInit);
      }
      // Inline, `isConstTable` takes literals only (a name in the list is a variable).
      if (literals?.type !== 'ArrayExpression' || !isConstTable(literals) || isMutated(list)) return undefined;
      // `ALLOWED.has(x ?? '')`: the fallback is a literal, so the member is `x` itself.
      let value: Node = unwrap(arg);
      if (value.type === 'LogicalExpression' && (value.operator === '??' || value.operator === '||') && value.right.type === 'Literal') value = unwrap(value.left);
      return { value, positive };
    }

    /** Whether two expressions read the same value: the same text once casts and optional chains are set aside. */
    function sameValue(a: Node, b: Node): boolean {
      const ua = unwrap(a);
      const ub = unwrap(b);
      if (ua.type !== 'Identifier' && ua.type !== 'MemberExpression') return false;
      return sourceCode.getText(ua) === sourceCode.getText(ub);
    }

    /** The first interpolated value in `node` that is not safe to splice into SQL, or undefined. */
    function unsafeValue(node: Node, depth: number, seen: Set<Node>): Node | undefined {
      const n = unwrap(node, { await: true });
      if (depth > 6 || seen.has(n)) return undefined;
      seen.add(n);
      switch (n.type) {
        case 'Literal':
        case 'UnaryExpression':
        case 'UpdateExpression':
        case 'TaggedTemplateExpression':
        case 'ArrowFunctionExpression':
        case 'FunctionExpression':
        case 'ClassExpression':
          return undefined;
        case 'TemplateLiteral':
          for (const [i, e] of n.expressions.entries()) {
            if (isQuotedLiteral(n, i)) continue;
            const u = unsafeValue(e, depth, seen);
            if (u) return u;
          }
          return undefined;
        case 'ConditionalExpression': {
          // `ALLOWED_SORT.has(x) ? x : 'created_at'`: the branch taken only when `x` is in a constant allowlist.
          const member = allowlistMember(n.test);
          const consequent = member?.positive && sameValue(member.value, n.consequent) ? undefined : unsafeValue(n.consequent, depth, seen);
          if (consequent) return consequent;
          return member && !member.positive && sameValue(member.value, n.alternate) ? undefined : unsafeValue(n.alternate, depth, seen);
        }
        case 'LogicalExpression':
          return unsafeValue(n.left, depth, seen) ?? unsafeValue(n.right, depth, seen);
        case 'BinaryExpression':
          if (n.operator !== '+') return undefined; // arithmetic and comparisons give numbers / booleans
          return unsafeValue(n.left, depth, seen) ?? unsafeValue(n.right, depth, seen);
        case 'AssignmentExpression':
          return unsafeValue(n.right, depth, seen);
        case 'ArrayExpression':
          for (const e of n.elements) {
            if (!e) continue;
            const u = unsafeValue(e.type === 'SpreadElement' ? e.argument : e, depth, seen);
            if (u) return u;
          }
          return undefined;
        case 'Identifier': {
          if (n.name === 'undefined' || n.name === 'NaN') return undefined;
          if (getImportSource(sourceCode, n) !== undefined) return undefined;
          const variable = findVariable(sourceCode, n);
          if (!variable || variable.defs.length === 0) return undefined; // a global
          if (guardedBefore(n, variable)) return undefined;
          const def = variable.defs[0]!;
          if (def.type === 'Parameter') {
            // A parameter's declared type is what callers are held to. A variable's is not trusted: its
            // initializer says more (`const { limit }: { limit: number } = await req.json()` is any JSON).
            if (isIndexParam(n) || FRAGMENT_NAME.test(n.name) || isDeclaredNumber(n)) return undefined;
            const fn = def.node as FunctionNode;
            const declared = def.name as TSESTree.Identifier;
            // The element of a safe collection: `COLUMNS.map((col) => \`"\${col}"\`)`, `ids.map((id) => ...)` of `ids: number[]`.
            const receiver = elementSource(fn, declared);
            if (receiver) return isSafeCollection(receiver) ? undefined : n;
            // A parameter of a function only this file calls: safe when every call passes a safe value
            // (`paidAccessFilter('mv')`, `tagIdMatch('tagId')`).
            const fromCalls = callSiteArguments(fn, declared) ?? callbackArguments(fn, declared);
            if (fromCalls && depth < 4) return fromCalls.some((a) => unsafeValue(a, depth + 1, seen)) ? n : undefined;
            return n;
          }
          if (def.type !== 'Variable') return def.type === 'CatchClause' ? n : undefined;
          const decl = def.node as TSESTree.VariableDeclarator;
          // `const [whereClause, filterBinds] = buildWhereClause(filters)`: a builder that returns its fragment with the
          // values bound to its placeholders (mem0's Oracle vector store); the fragment is SQL built elsewhere.
          if (decl.id.type === 'ArrayPattern' && FRAGMENT_NAME.test(n.name) && decl.init && isCallResult(decl.init) &&
            decl.id.elements.some((e) => e?.type === 'Identifier' && e.name !== n.name && BIND_VALUES_NAME.test(e.name))) {
            return undefined;
          }
          // for (const x of list): the element of a collection.
          const declParent = def.parent as TSESTree.VariableDeclaration | undefined;
          if (declParent?.parent?.type === 'ForOfStatement' || declParent?.parent?.type === 'ForInStatement') {
            const loop = declParent.parent;
            return loop.type === 'ForOfStatement' && isConstTable(loop.right) ? undefined : n;
          }
          const values: Node[] = [];
          if (decl.init) values.push(decl.id.type === 'Identifier' ? decl.init : decl.init);
          for (const ref of variable.references) {
            if (!ref.isWrite() || ref.init) continue;
            const p = ref.identifier.parent;
            if (p?.type === 'AssignmentExpression' && p.left === ref.identifier) values.push(p.right);
            else if (p?.type !== 'UpdateExpression' && p) return n; // destructuring assignment: unknown
          }
          // Arrays built with push(): the pushed values.
          for (const ref of variable.references) {
            const member = ref.identifier.parent;
            if (member?.type === 'MemberExpression' && member.object === ref.identifier && member.parent?.type === 'CallExpression' && member.parent.callee === member) {
              const m = getPropertyName(member);
              if (m === 'push' || m === 'unshift') values.push(...member.parent.arguments.map((a) => (a.type === 'SpreadElement' ? a.argument : a)));
            }
          }
          if (decl.id.type !== 'Identifier') {
            // const { a } = obj: safe when obj is safe.
            for (const v of values) {
              const u = unsafeValue(v, depth + 1, seen);
              if (u) return n;
            }
            return undefined;
          }
          for (const v of values) {
            if (unsafeValue(v, depth + 1, seen)) return n;
          }
          return undefined;
        }
        case 'MemberExpression': {
          const prop = getPropertyName(n);
          if (prop === 'length' || prop === 'size') return undefined;
          if (getDottedName(n.object) === 'process.env') return undefined;
          // Allowlist lookup: COLUMNS[key], SORT_FIELDS[sortBy]
          if (isConstTable(n.object)) return undefined;
          const obj = unwrap(n.object);
          if (obj.type === 'Identifier' && /^[A-Z][A-Z0-9_]*$/.test(obj.name)) return undefined;
          if (isDeclaredNumber(n) || (prop && FRAGMENT_NAME.test(prop))) return undefined;
          return unsafeValue(n.object, depth, seen) ? n : undefined;
        }
        case 'CallExpression': {
          const name = getCalleeName(n);
          const callee = unwrap(n.callee);
          if (name && (SAFE_CALLS.has(name) || extraSafe.has(name)) && name !== 'join') return undefined;
          if (callee.type === 'MemberExpression' && getDottedName(callee.object)?.startsWith('Math')) return undefined;
          if (callee.type === 'Identifier') {
            const fn = resolveLocalFunction(sourceCode, callee);
            if (fn && depth < 4) {
              // A local helper: safe when every value it returns is.
              if (fn.body.type !== 'BlockStatement') return unsafeValue(fn.body, depth + 1, seen) ? n : undefined;
              let bad = false;
              walk(fn.body, (c) => {
                if (bad) return false;
                if (c.type === 'ReturnStatement' && c.argument && unsafeValue(c.argument, depth + 1, seen)) bad = true;
                return true;
              }, { skipFunctions: true });
              return bad ? n : undefined;
            }
            if (name === 'String' || name === 'JSON.stringify') {
              const a = n.arguments[0];
              return a && a.type !== 'SpreadElement' && unsafeValue(a, depth, seen) ? n : undefined;
            }
            return undefined;
          }
          if (callee.type === 'MemberExpression' && name && PASS_THROUGH.has(name)) {
            if (name === 'join' || name === 'map' || name === 'flatMap' || name === 'filter') {
              // ids.map((_, i) => `$${i + 1}`).join(', '): the callback's results.
              const inner = unwrap(callee.object);
              if (name === 'join' && inner.type === 'CallExpression' && (getCalleeName(inner) === 'map' || getCalleeName(inner) === 'flatMap')) {
                const cb = inner.arguments[0];
                if (cb && isFunction(cb)) {
                  if (cb.body.type !== 'BlockStatement') return unsafeValue(cb.body, depth + 1, seen) ? n : undefined;
                  let bad = false;
                  walk(cb.body, (c) => {
                    if (bad) return false;
                    if (c.type === 'ReturnStatement' && c.argument && unsafeValue(c.argument, depth + 1, seen)) bad = true;
                    return true;
                  }, { skipFunctions: true });
                  return bad ? n : undefined;
                }
              }
            }
            if (getDottedName(callee) === 'JSON.stringify') {
              const a = n.arguments[0];
              return a && a.type !== 'SpreadElement' && unsafeValue(a, depth, seen) ? n : undefined;
            }
            return unsafeValue(callee.object, depth, seen) ? n : undefined;
          }
          // Any other method of an unsafe receiver (await req.json(), searchParams.get()) is request data too.
          if (callee.type === 'MemberExpression' && !(name && (SAFE_CALLS.has(name) || extraSafe.has(name)))) {
            return unsafeValue(callee.object, depth, seen) ? n : undefined;
          }
          return undefined;
        }
        case 'NewExpression':
          // new URL(req.url), new Date(x): as unsafe as their arguments.
          for (const a of n.arguments) {
            if (a.type !== 'SpreadElement' && unsafeValue(a, depth, seen)) return n;
          }
          return undefined;
        default:
          return undefined;
      }
    }

    /**
     * Whether an earlier statement of a block around `use` lets the value through only when it is a plain
     * identifier: a call of a local assertion function (`validateTagSlot(tagSlot)`, declared `asserts tagSlot is
     * ValidTagSlot`: it throws otherwise), or `if (!/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(x)) throw ...` (or `return`),
     * a pattern anchored at both ends made of letters, digits and `_` only (no quote, space, `-` or `.`).
     */
    function guardedBefore(use: TSESTree.Identifier, variable: NonNullable<ReturnType<typeof findVariable>>): boolean {
      for (const ref of variable.references) {
        const id = ref.identifier as TSESTree.Identifier;
        if (id === use || id.range[1] > use.range[0] || !ref.isRead()) continue;
        const p = id.parent;
        let stmt: Node | undefined;
        if (p?.type === 'CallExpression' && p.arguments.includes(id) && p.parent?.type === 'ExpressionStatement' && p.callee.type === 'Identifier') {
          const fn = resolveLocalFunction(sourceCode, p.callee);
          const ret = fn?.returnType?.typeAnnotation;
          if (ret?.type === 'TSTypePredicate' && ret.asserts) stmt = p.parent;
        } else if (p?.type === 'CallExpression' && p.arguments[0] === id && p.callee.type === 'MemberExpression' && getPropertyName(p.callee) === 'test') {
          const re = unwrap(p.callee.object);
          const neg = p.parent;
          const guard = neg?.type === 'UnaryExpression' && neg.operator === '!' ? neg.parent : undefined;
          if (
            re.type === 'Literal' && 'regex' in re && re.regex && !re.regex.flags.includes('m') && IDENTIFIER_PATTERN.test(re.regex.pattern) &&
            guard?.type === 'IfStatement' && guard.test === neg && !guard.alternate && exits(guard.consequent)
          ) {
            stmt = guard;
          }
        }
        // The guard runs before the use on every path: its statement sits in a block that encloses the use.
        if (stmt && (stmt.parent?.type === 'BlockStatement' || stmt.parent?.type === 'Program') && isWithin(use, stmt.parent)) return true;
      }
      return false;
    }

    /** `throw ...`, `return ...`, or a block ending in one. */
    function exits(node: Node): boolean {
      const last = node.type === 'BlockStatement' ? node.body[node.body.length - 1] : node;
      return last?.type === 'ThrowStatement' || last?.type === 'ReturnStatement';
    }

    /** The first unsafe interpolation in SQL text: follows the text through local bindings, `+` and `+=`. */
    function unsafeInSql(node: Node, depth: number, seen: Set<Node>): Node | undefined {
      const n = unwrap(node, { await: true });
      if (depth > 6 || seen.has(n)) return undefined;
      seen.add(n);
      switch (n.type) {
        case 'TemplateLiteral':
          for (const [i, e] of n.expressions.entries()) {
            if (isQuotedLiteral(n, i)) continue;
            const u = unsafeValue(e, 0, new Set());
            if (u) return e;
          }
          return undefined;
        case 'BinaryExpression': {
          if (n.operator !== '+') return undefined;
          const parts = chainOperands(n, '+');
          for (const p of parts) {
            if (p.type === 'Literal' || p.type === 'TemplateLiteral') {
              const u = p.type === 'TemplateLiteral' ? unsafeInSql(p, depth, seen) : undefined;
              if (u) return u;
              continue;
            }
            if (p.type === 'Identifier' && looksLikeSql(sourceCode, p)) {
              const u = unsafeInSql(p, depth + 1, seen);
              if (u) return u;
              continue;
            }
            if (unsafeValue(p, 0, new Set())) return p;
          }
          return undefined;
        }
        case 'ConditionalExpression':
          return unsafeInSql(n.consequent, depth, seen) ?? unsafeInSql(n.alternate, depth, seen);
        case 'LogicalExpression':
          return unsafeInSql(n.right, depth, seen);
        case 'AssignmentExpression':
          return unsafeInSql(n.right, depth, seen);
        case 'Identifier': {
          const variable = findVariable(sourceCode, n);
          const def = variable?.defs[0];
          if (!variable || def?.type !== 'Variable') return undefined; // a parameter or import: built elsewhere
          const decl = def.node as TSESTree.VariableDeclarator;
          if (decl.id.type !== 'Identifier') return undefined;
          if (decl.init) {
            const u = unsafeInSql(decl.init, depth + 1, seen);
            if (u) return u;
          }
          for (const ref of variable.references) {
            if (!ref.isWrite() || ref.init) continue;
            const p = ref.identifier.parent;
            if (p?.type === 'AssignmentExpression' && p.left === ref.identifier) {
              const u = p.operator === '+=' ? unsafeInSqlPart(p.right, depth + 1, seen) : unsafeInSql(p.right, depth + 1, seen);
              if (u) return u;
            }
          }
          return undefined;
        }
        default:
          return undefined;
      }
    }

    /** A piece appended with `+=`: text (template / literal) or a value. */
    function unsafeInSqlPart(node: Node, depth: number, seen: Set<Node>): Node | undefined {
      const n = unwrap(node);
      if (n.type === 'TemplateLiteral' || n.type === 'BinaryExpression' || n.type === 'ConditionalExpression') return unsafeInSql(n, depth, seen);
      if (n.type === 'Literal') return undefined;
      if (n.type === 'Identifier' && looksLikeSql(sourceCode, n)) return unsafeInSql(n, depth, seen);
      return unsafeValue(n, 0, new Set()) ? n : undefined;
    }

    /** A parameterized rewrite of an inline template, or undefined when it cannot be done mechanically. */
    function parameterize(tpl: TSESTree.TemplateLiteral, style: '$' | '?' | 'tag'): { text: string; values: string[] } | undefined {
      let out = '';
      const values: string[] = [];
      const quasis = tpl.quasis.map((q) => q.value.raw);
      let skipQuote = false;
      for (let i = 0; i < quasis.length; i++) {
        let q = quasis[i]!;
        if (skipQuote) {
          q = q.slice(1);
          skipQuote = false;
        }
        out += q;
        if (i >= tpl.expressions.length) break;
        const e = tpl.expressions[i]!;
        const next = quasis[i + 1] ?? '';
        if (/'$/.test(out) && /^'/.test(next)) {
          out = out.slice(0, -1);
          skipQuote = true;
        } else if (/['"%.`]$/.test(out) || /^['"%`.]/.test(next)) {
          return undefined; // inside a string (LIKE '%x%'), a quoted or qualified identifier
        }
        // Identifier positions, constants and odd quoting cannot become parameters.
        if (/\b(?:from|join|into|update|table|by|as|select|asc|desc)\s*$/i.test(out)) return undefined;
        if ((out.match(/'/g)?.length ?? 0) % 2 === 1) return undefined;
        if (!unsafeValue(e, 0, new Set())) return undefined;
        // A list (`IN (${ids})`, `VALUES ${rows}`) or a fragment built as text needs more than one parameter.
        if (/(?:\(|\bvalues|\bin)\s*$/i.test(out)) return undefined;
        const ue = unwrap(e);
        if (ue.type === 'Identifier') {
          const def = findVariable(sourceCode, ue)?.defs[0];
          const init = def?.type === 'Variable' ? (def.node as TSESTree.VariableDeclarator).init : undefined;
          const u = init ? unwrap(init, { await: true }) : undefined;
          if (u && (u.type === 'TemplateLiteral' || u.type === 'BinaryExpression' || (u.type === 'CallExpression' && getCalleeName(u) === 'join'))) return undefined;
        }
        const text = sourceCode.getText(e);
        values.push(text);
        if (style === 'tag') out += `\${${text}}`;
        else out += style === '$' ? `$${values.length}` : '?';
      }
      return { text: out, values };
    }

    function suggestionFor(raw: RawCall): { fix: string; apply?: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix } {
      const call = raw.call;
      const arg = unwrap(raw.arg);
      const callee = unwrap(call.callee);
      const single = call.arguments.length === 1 && arg.type === 'TemplateLiteral' && raw.arg === call.arguments[0];
      const typeArgs = call.typeArguments ? sourceCode.getText(call.typeArguments) : '';
      if (raw.api === '$queryRawUnsafe' || raw.api === '$executeRawUnsafe') {
        const tagged = raw.api === '$queryRawUnsafe' ? '$queryRaw' : '$executeRaw';
        const fix = `${tagged}\`...\${value}\``;
        if (!single || callee.type !== 'MemberExpression') return { fix };
        const p = parameterize(arg as TSESTree.TemplateLiteral, 'tag');
        if (!p) return { fix };
        return { fix, apply: (fixer) => fixer.replaceText(call, `${sourceCode.getText(callee.object)}.${tagged}${typeArgs}\`${p.text}\``) };
      }
      if (raw.api === 'Prisma.raw' || raw.api === 'sql.raw' || raw.api === 'sql.unsafe') {
        const tag = raw.api === 'Prisma.raw' ? 'Prisma.sql' : 'sql';
        const fix = `${tag}\`...\${value}\``;
        if (!single) return { fix };
        const p = parameterize(arg as TSESTree.TemplateLiteral, 'tag');
        if (!p) return { fix };
        return { fix, apply: (fixer) => fixer.replaceText(call, `${tag}\`${p.text}\``) };
      }
      const style = KNEX_RAW.has(raw.api) || /\.raw$/.test(raw.api) ? '?' : placeholderStyle;
      const fix = style === '?' ? "'... = ?', [value]" : "'... = $1', [value]";
      if (!single) return { fix };
      const p = parameterize(arg as TSESTree.TemplateLiteral, style);
      if (!p || p.values.length === 0) return { fix };
      const textOut = /[\\'\n`]|\$\{/.test(p.text) ? `\`${p.text}\`` : `'${p.text}'`;
      return { fix, apply: (fixer) => fixer.replaceText(raw.arg, `${textOut}, [${p.values.join(', ')}]`) };
    }

    return {
      CallExpression(node: TSESTree.CallExpression) {
        const raw = rawCall(node);
        if (!raw) return;
        const bad = unsafeInSql(raw.arg, 0, new Set());
        if (!bad) return;
        const s = suggestionFor(raw);
        const valueText = sourceCode.getText(bad);
        context.report({
          node: bad,
          messageId: 'interpolated',
          data: { value: valueText.length > 40 ? `${valueText.slice(0, 37)}...` : valueText, api: raw.api, fix: s.fix },
          suggest: s.apply ? [{ messageId: 'parameterize', data: { fix: s.fix }, fix: s.apply }] : [],
        });
      },
    };
  },
});
