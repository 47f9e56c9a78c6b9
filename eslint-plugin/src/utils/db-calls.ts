import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { getCalleeName, getPropertyName, getRootIdentifier, getStaticString, unwrap } from './ast';
import { getBindingValues, getImportSource } from './data-flow';

/**
 * Database calls, recognised without type information: Prisma, Drizzle, Supabase, Kysely, pg / mysql2 /
 * Neon / better-sqlite3, mongoose and the MongoDB driver. Generic: rules ask `isDbCall(call, context)` or
 * `getDbCall(call, context)` for the ORM and the operation.
 */
export type DbKind = 'prisma' | 'drizzle' | 'supabase' | 'kysely' | 'sql' | 'mongoose' | 'mongodb';

export interface DbCall {
  kind: DbKind;
  /** The operation method: `create`, `insert`, `values`, `eq`, `query`, `findOne`... */
  method: string;
  /** Whether the operation writes (create/update/upsert/delete/insert/values/set/save...). */
  write: boolean;
}

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

const PRISMA_METHODS = new Set([
  'create', 'createMany', 'createManyAndReturn', 'update', 'updateMany', 'updateManyAndReturn', 'upsert',
  'delete', 'deleteMany', 'findUnique', 'findUniqueOrThrow', 'findFirst', 'findFirstOrThrow', 'findMany',
  'count', 'aggregate', 'groupBy',
]);
const PRISMA_RAW = new Set(['$queryRaw', '$executeRaw', '$queryRawUnsafe', '$executeRawUnsafe']);
const PRISMA_WRITES = /^(?:create|update|upsert|delete)/;

const SUPABASE_FILTERS = new Set([
  'eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'like', 'ilike', 'is', 'in', 'contains', 'containedBy', 'match',
  'not', 'or', 'filter', 'textSearch', 'overlaps', 'rangeGt', 'rangeLt',
]);
const SUPABASE_WRITES = new Set(['insert', 'update', 'upsert', 'delete']);

const DRIZZLE_OPS = new Set(['values', 'set', 'where', 'onConflictDoUpdate', 'onConflictDoNothing', 'having']);
const DRIZZLE_ROOT_OPS = new Set(['insert', 'update', 'delete', 'select', 'selectDistinct']);

const KYSELY_ROOT_OPS = new Set(['insertInto', 'updateTable', 'deleteFrom', 'selectFrom', 'replaceInto', 'mergeInto']);
const KYSELY_OPS = new Set(['values', 'set', 'where', 'whereRef', 'having']);

const MONGOOSE_METHODS = new Set([
  'create', 'insertMany', 'find', 'findOne', 'findById', 'findOneAndUpdate', 'findByIdAndUpdate',
  'findOneAndDelete', 'findByIdAndDelete', 'findOneAndReplace', 'updateOne', 'updateMany', 'replaceOne',
  'deleteOne', 'deleteMany', 'countDocuments', 'exists', 'aggregate', 'bulkWrite', 'distinct',
]);
const MONGODB_METHODS = new Set([
  'insertOne', 'insertMany', 'find', 'findOne', 'findOneAndUpdate', 'findOneAndDelete', 'findOneAndReplace',
  'updateOne', 'updateMany', 'replaceOne', 'deleteOne', 'deleteMany', 'countDocuments', 'aggregate', 'bulkWrite',
  'distinct',
]);
const MONGO_WRITES = /^(?:create|insert|update|replace|delete|findOneAnd|findByIdAnd|bulkWrite|save)/;

const SQL_METHODS = new Set(['query', 'execute', 'exec', 'prepare', 'unsafe', 'sql']);

const PRISMA_NAME = /^(?:prisma|db|database|tx|trx|transaction|prismaClient|client|prismaTx|ctx)$/i;
const DB_NAME = /^(?:db|database|tx|trx|conn|connection|client|pool|pg|sql|mysql|sqlite|knex|drizzle|kysely)$|(?:Db|DB|Pool|Client|Conn|Connection|Database)$/;
const SUPABASE_NAME = /supabase|^(?:sb|admin|adminClient|serviceClient)$/i;
const SQL_START = /^\s*\(?\s*(?:select|insert|update|delete|with|create|drop|alter|truncate|merge|upsert|replace|call|grant|revoke|set|explain|vacuum|copy|lock|refresh|show|pragma)\s/i;
const SQL_CUE = /\b(?:from|into|set|where|table|values|join|returning|index|view|database|schema|search_path|limit|using|as|on|recursive|timezone|role|session|extension|materialized|trigger|function)\b/i;
const SQL_TEXT = { test: (s: string): boolean => /^\s*(?:begin|commit|rollback|start transaction)\s*;?\s*$/i.test(s) || (SQL_START.test(s) && SQL_CUE.test(s)) };

const DB_MODULES = /^(?:@prisma\/client|\.prisma|pg|postgres|mysql2?(?:\/promise)?|better-sqlite3|@neondatabase\/serverless|@vercel\/postgres|@planetscale\/database|@libsql\/client|kysely|drizzle-orm(?:\/.*)?|mongoose|mongodb|@supabase\/supabase-js|@supabase\/ssr|sqlite3?)$/;
/** App modules that conventionally export the DB client (`@/lib/db`, `~/server/db`, `../prisma`). */
const APP_DB_MODULE = /(?:^|\/)(?:db|database|prisma|drizzle|supabase|mongo(?:db)?|mongoose|kysely|sql|pg|client)(?:\/(?:index|client|server))?(?:\.[jt]s)?$|\/(?:db|database|prisma|supabase)\//i;

/** Whether the text of the first argument (a string or template, or a local const bound to one) reads like SQL. */
export function looksLikeSql(sourceCode: TSESLint.SourceCode, arg: TSESTree.Node | undefined, depth = 0): boolean {
  if (!arg || depth > 4) return false;
  const a = unwrap(arg);
  const s = getStaticString(a);
  if (s !== undefined) return SQL_TEXT.test(s);
  if (a.type === 'TemplateLiteral') return SQL_TEXT.test(a.quasis.map((q) => q.value.raw).join(' x '));
  if (a.type === 'BinaryExpression' && a.operator === '+') return looksLikeSql(sourceCode, a.left, depth + 1);
  if (a.type === 'Identifier') {
    const values = getBindingValues(sourceCode, a);
    return !!values?.some((v) => v.type !== 'AssignmentExpression' && looksLikeSql(sourceCode, v, depth + 1));
  }
  return false;
}

/** The root identifier of a call chain and where it comes from. */
function rootInfo(sourceCode: TSESLint.SourceCode, node: TSESTree.Node): { name: string; source?: string } | undefined {
  const root = getRootIdentifier(node);
  if (!root) return undefined;
  return { name: root.name, source: getImportSource(sourceCode, root) };
}

/** The chain of calls below a call: `db.insert(t).values(v)` → [values-call, insert-call]. */
function callChain(call: TSESTree.CallExpression): TSESTree.CallExpression[] {
  const out: TSESTree.CallExpression[] = [];
  let cur: TSESTree.Node = call;
  for (let i = 0; i < 30; i++) {
    const c = unwrap(cur, { await: true });
    if (c.type === 'CallExpression') {
      out.push(c);
      const callee = unwrap(c.callee);
      if (callee.type !== 'MemberExpression') break;
      cur = callee.object;
    } else if (c.type === 'MemberExpression') {
      cur = c.object;
    } else break;
  }
  return out;
}

function fromDbModule(source: string | undefined): boolean {
  return source !== undefined && (DB_MODULES.test(source) || APP_DB_MODULE.test(source));
}

/**
 * Describes a database call, or undefined. Recognises, by method shape plus the client's name, import or
 * construction: Prisma delegates (`prisma.user.create({...})`, `$queryRaw`), Drizzle (`db.insert(t).values(v)`,
 * `db.update(t).set(v).where(...)`), Supabase (`supabase.from('t').insert(v)`, `.eq('id', v)`, `.rpc()`),
 * Kysely (`db.insertInto('t').values(v)`), SQL drivers (`pool.query('SELECT ...', [v])`), mongoose models
 * (`User.findOne({...})`, `doc.save()`; a lowercase one on evidence, see `isLowercaseModel`) and MongoDB collections
 * (`db.collection('x').insertOne(v)`).
 */
export function getDbCall(call: TSESTree.CallExpression, context: Context): DbCall | undefined {
  try {
    return describe(call, context.sourceCode);
  } catch {
    return undefined;
  }
}

/** Whether a call is a database call (see `getDbCall`). */
export function isDbCall(call: TSESTree.CallExpression, context: Context): boolean {
  return getDbCall(call, context) !== undefined;
}

function describe(call: TSESTree.CallExpression, sourceCode: TSESLint.SourceCode): DbCall | undefined {
  const callee = unwrap(call.callee);
  if (callee.type !== 'MemberExpression') return undefined;
  const method = getPropertyName(callee);
  if (!method) return undefined;
  const object = unwrap(callee.object);
  const root = rootInfo(sourceCode, object);

  // Prisma: <client>.<model>.<op>(...) and <client>.$queryRaw...
  if (PRISMA_RAW.has(method)) return { kind: 'prisma', method, write: method.startsWith('$execute') };
  if (PRISMA_METHODS.has(method) && object.type === 'MemberExpression') {
    const client = unwrap(object.object);
    const clientRoot = getRootIdentifier(client);
    if (clientRoot && (client.type === 'Identifier' || client.type === 'MemberExpression' || client.type === 'CallExpression')) {
      const src = getImportSource(sourceCode, clientRoot);
      if (PRISMA_NAME.test(clientRoot.name) || /prisma/i.test(clientRoot.name) || (src !== undefined && /prisma|(?:^|\/)db$/i.test(src))) {
        return { kind: 'prisma', method, write: PRISMA_WRITES.test(method) };
      }
    }
  }

  // Supabase: <client>.from('t').<op>(...) / .rpc()
  const chain = callChain(call);
  const chainNames = chain.map((c) => getCalleeName(c));
  const fromIdx = chainNames.lastIndexOf('from');
  if (fromIdx > 0) {
    const fromCall = chain[fromIdx];
    const fromArg = fromCall?.arguments[0];
    const supa = root && (SUPABASE_NAME.test(root.name) || /supabase/.test(root.source ?? ''));
    if (fromCall && getStaticString(fromArg) !== undefined && (supa || chainNames.some((n) => n && (SUPABASE_WRITES.has(n) || n === 'select')))) {
      if (SUPABASE_WRITES.has(method) || SUPABASE_FILTERS.has(method) || method === 'select' || method === 'single' || method === 'maybeSingle' || method === 'order' || method === 'range' || method === 'limit') {
        const write = chainNames.some((n) => n !== undefined && SUPABASE_WRITES.has(n));
        return { kind: 'supabase', method, write };
      }
    }
  }
  if (method === 'rpc' && root && (SUPABASE_NAME.test(root.name) || /supabase/.test(root.source ?? ''))) {
    return { kind: 'supabase', method, write: true };
  }

  // Drizzle / Kysely builders: the chain starts at <db>.insert(t) / .insertInto('t').
  const base = chain[chain.length - 1];
  const baseName = base ? getCalleeName(base) : undefined;
  if (base && baseName && root && (DB_NAME.test(root.name) || fromDbModule(root.source))) {
    if (DRIZZLE_ROOT_OPS.has(baseName) && (DRIZZLE_OPS.has(method) || DRIZZLE_ROOT_OPS.has(method) || method === 'from' || method === 'returning')) {
      return { kind: 'drizzle', method, write: baseName !== 'select' && baseName !== 'selectDistinct' };
    }
    if (KYSELY_ROOT_OPS.has(baseName) && (KYSELY_OPS.has(method) || KYSELY_ROOT_OPS.has(method) || method === 'execute' || method === 'executeTakeFirst' || method === 'executeTakeFirstOrThrow')) {
      return { kind: 'kysely', method, write: baseName !== 'selectFrom' };
    }
  }
  // Drizzle relational queries: db.query.users.findFirst({ where })
  if ((method === 'findFirst' || method === 'findMany') && object.type === 'MemberExpression') {
    const q = unwrap(object.object);
    if (q.type === 'MemberExpression' && getPropertyName(q) === 'query' && root && (DB_NAME.test(root.name) || fromDbModule(root.source))) {
      return { kind: 'drizzle', method, write: false };
    }
  }

  // SQL drivers: <pool|client|db|sql>.query('SELECT ...', [...])
  if (SQL_METHODS.has(method) && looksLikeSql(sourceCode, call.arguments[0])) {
    return { kind: 'sql', method, write: true };
  }

  // MongoDB driver: <db>.collection('x').insertOne(...) or a collection variable.
  if (MONGODB_METHODS.has(method)) {
    if (chainNames.includes('collection')) return { kind: 'mongodb', method, write: MONGO_WRITES.test(method) };
    if (root && /collection|coll$|Col$/i.test(root.name)) return { kind: 'mongodb', method, write: MONGO_WRITES.test(method) };
  }
  // mongoose: Model.findOne(...) where Model is imported from a models module or built by mongoose.model().
  if (MONGOOSE_METHODS.has(method) && object.type === 'Identifier' && !/^[A-Z]/.test(object.name)) {
    if (!isFunctionArg(call.arguments[0]) && isLowercaseModel(sourceCode, object)) return { kind: 'mongoose', method, write: MONGO_WRITES.test(method) };
    return undefined;
  }
  if (MONGOOSE_METHODS.has(method) && object.type === 'Identifier') {
    const src = getImportSource(sourceCode, object);
    if (src !== undefined && /(?:^|\/)models?(?:\/|$)|schema/i.test(src)) return { kind: 'mongoose', method, write: MONGO_WRITES.test(method) };
    const values = getBindingValues(sourceCode, object);
    if (values?.some((v) => { const u = unwrap(v); return u.type === 'CallExpression' && getCalleeName(u) === 'model'; })) {
      return { kind: 'mongoose', method, write: MONGO_WRITES.test(method) };
    }
  }
  return undefined;
}

/** An app module (relative or aliased path), as opposed to a package: `./models/cart`, `@/models/cart`, `~/lib/db`. */
const APP_MODULE = /^(?:\.{1,2}\/|\/|[@~#]{1,2}\/|src\/)/;
/** A module path that says it holds models: a `model(s)` folder, or a file named for one (`cart.model`, `userModel`). */
const MODEL_PATH = /(?:^|\/)models?(?:\/|$)|[./_-]models?(?:\.[jt]s)?$|[a-z]Models?(?:\.[jt]s)?$/i;
/** A model's conventional name: `userModel`, `cartmodel`, `order_model` (a prefix, then `model`). */
const MODEL_NAME = /^[a-z]\w*?[a-z0-9_](?:Model|model)$/;
/** An AI model handle or choice, not a collection: `chatModel`, `languageModel`, `selectedModel`. */
const AI_MODEL_NAME = /^(?:chat|language|embedding|llm|ai|openai|anthropic|gemini|genai|vision|text|image|default|selected|current|base|fallback|reasoning|completion)_?model$/i;

/**
 * Whether a lowercase identifier is a mongoose model (`cartmodel.findOne(...)`, `userModel.create(...)`). A lowercase
 * name alone is no evidence (`user.save()` on a document, `items.find(...)`, `cache.get(...)`), so it takes one of:
 * a local binding built by mongoose's `model(...)` / `mongoose.model(...)` (also behind `mongoose.models.x ||`); or an import from
 * the app's own code of a name that ends in `model` (`import cartmodel from '@/models/cart'`), or of any name from a
 * module whose path says model (`import { userSchema } from '@/lib/usersModel'`) in a file that imports mongoose. A
 * lowercase import from a models folder in a file without mongoose stays unknown: apps also keep plain data-access
 * modules there (`import user from 'models/user'` whose `create()` runs SQL).
 */
function isLowercaseModel(sourceCode: TSESLint.SourceCode, id: TSESTree.Identifier): boolean {
  const src = getImportSource(sourceCode, id);
  if (src !== undefined) {
    if (!APP_MODULE.test(src) && !/^models?\//.test(src)) return false;
    if (MODEL_NAME.test(id.name) && !AI_MODEL_NAME.test(id.name)) return true;
    return MODEL_PATH.test(src) && importsMongoose(sourceCode);
  }
  const values = getBindingValues(sourceCode, id);
  return !!values?.length && values.every((v) => isModelFactory(sourceCode, v));
}

/** `model('order', schema)` / `mongoose.model('order', schema)` of mongoose, also behind `mongoose.models.order ||`. */
function isModelFactory(sourceCode: TSESLint.SourceCode, node: TSESTree.Node): boolean {
  const u = unwrap(node);
  if (u.type === 'LogicalExpression') return isModelFactory(sourceCode, u.right);
  if (u.type !== 'CallExpression' || getCalleeName(u) !== 'model' || getStaticString(u.arguments[0]) === undefined) return false;
  const root = getRootIdentifier(u.callee);
  return !!root && (root.name === 'mongoose' || getImportSource(sourceCode, root) === 'mongoose');
}

function importsMongoose(sourceCode: TSESLint.SourceCode): boolean {
  return sourceCode.ast.body.some((s) => s.type === 'ImportDeclaration' && s.source.value === 'mongoose');
}

/** `items.find((i) => ...)`: an array's method (a mongoose filter is an object, never a function). */
function isFunctionArg(arg: TSESTree.Node | undefined): boolean {
  const a = arg && unwrap(arg);
  return a?.type === 'ArrowFunctionExpression' || a?.type === 'FunctionExpression';
}

/** `new Model({...})` of a mongoose model imported from a models module (the document is then `.save()`d). */
export function isModelConstruction(node: TSESTree.NewExpression, context: Context): boolean {
  const callee = unwrap(node.callee);
  if (callee.type !== 'Identifier') return false;
  if (!/^[A-Z]/.test(callee.name)) return isLowercaseModel(context.sourceCode, callee);
  const src = getImportSource(context.sourceCode, callee);
  return src !== undefined && /(?:^|\/)models?(?:\/|$)/i.test(src);
}
