import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import {
  compilePatterns,
  createRule,
  findVariable,
  getBindingValues,
  getCalleeName,
  getDottedName,
  getEnclosingFunction,
  getFileKind,
  getImportSource,
  getPropertyName,
  getRootIdentifier,
  getStaticString,
  canCallHelper,
  helperFixes,
  isFunction,
  ITERATION_METHODS,
  matchesAnyGlob,
  resolveLocalFunction,
  unwrap,
  walk,
  type FunctionNode,
  isDevTooling,
  isToolingPath,
  importsBrowserModule,
  getConstInit,
  some,
} from '../utils';

type Node = TSESTree.Node;

type Options = [
  {
    /** Regular expressions for extra callee names (dotted, e.g. `^repo\\.find`) that run a database query. */
    queryFunctions?: string[];
    /** Also report `.map(async ...)` inside `Promise.all` (unbounded fan-out). Default false. */
    checkPromiseAll?: boolean;
    /** Globs of files never checked (scripts, seeds, migrations are skipped by default). */
    ignoreFiles?: string[];
  },
];

/** How a per-item query writes, for the batching advice. */
type WriteKind = 'insert' | 'update' | 'upsert';
type MessageIds = 'queryInLoop' | 'useConcurrencyLimit';

const PRISMA_METHODS = new Set([
  'findMany',
  'findUnique',
  'findUniqueOrThrow',
  'findFirst',
  'findFirstOrThrow',
  'create',
  'createMany',
  'createManyAndReturn',
  'update',
  'updateMany',
  'upsert',
  'delete',
  'deleteMany',
  'count',
  'aggregate',
  'groupBy',
]);
/** Writes that take many rows at once. */
const BATCHED_WRITES = new Set(['createMany', 'createManyAndReturn', 'insertMany', 'bulkWrite']);
const PRISMA_RAW = /^\$(?:queryRaw|executeRaw|queryRawUnsafe|executeRawUnsafe)$/;
const MONGOOSE_METHODS = new Set([
  'find',
  'findOne',
  'findById',
  'findByIdAndUpdate',
  'findByIdAndDelete',
  'findOneAndUpdate',
  'findOneAndDelete',
  'findOneAndReplace',
  'updateOne',
  'updateMany',
  'deleteOne',
  'deleteMany',
  'replaceOne',
  'countDocuments',
  'estimatedDocumentCount',
  'insertMany',
  'insertOne',
  'aggregate',
  'exists',
  'distinct',
  'bulkWrite',
  'create',
  'save',
]);
/** Names that hold a database client. */
const DB_NAME = /^(?:prisma\w*|db|tx|trx|database|pool|knex|sql|supabase\w*|\w*[sS]upabase|\w*[sS]upabase\w*Client|sb|mongo|prismaClient|drizzle|kysely|pg|pgPool|dbClient|dbPool|ctx\.(?:db|prisma)|this\.(?:db|prisma|pool)|prismaTx|\w+\.(?:prisma|db))$/;
const DB_MODULES = /^(?:@prisma\/client|@?\w*prisma\w*|drizzle-orm|kysely|pg|postgres|mysql2?(?:\/promise)?|mongoose|mongodb|@supabase\/[\w-]+|@neondatabase\/serverless|@vercel\/postgres|@planetscale\/database|better-sqlite3|knex|mssql)(?:\/|$)/;
/** Modules of an app's own data layer: `@/lib/db`, `~/server/queries`, `../models/User`. */
// `models` only as a whole segment (`@/models/User`, `../model.ts`): `model-runtime`, `model-bank` are AI model packages.
const DATA_MODULE = /(?:^|[/@~])(?:(?:db|database|prisma|drizzle|supabase|queries|query|dal|data-access|repositor(?:y|ies)|dbServer|db-server|mongodb|mongoose)(?:[/.-]|$)|models?(?:[/.]|$))/i;
/** Functions of a data layer that hit the database. */
const DATA_FUNCTION = /^(?:get|find|fetch|load|select|query|list|count|create|insert|add|update|upsert|save|delete|remove|set)[A-Z]\w*$/;
/**
 * Factories of a database client (`createClient()` of `@/lib/supabase/server`, `getDb()`, `createAdminClient()`): they
 * build a client (from cookies, env), they run no query; the loop's query is the call made on the client.
 */
const CLIENT_FACTORY = /^(?:create|get|make|new)\w*(?:Client|Connection|Pool|Db|Database)$/;
/** Tooling this rule skips besides the shared folders and CLI scripts ({@link isDevTooling}). */
const SCRIPT_PATH = /(?:^|\/)(?:evals?|examples|[\w-]*migrat(?:e|ions?)|prisma\/seed|fixtures|e2e|playwright|cypress|\.storybook)\/|(?:^|\/)(?:seed|migrate)[\w.-]*\.[cm]?[jt]s$/;
const BATCH_NAME = /chunk|batch|page|group|slice|bucket|window|partition/i;
/** A module of data written out in the code: `@/app/lib/placeholder-data`, `./mock-data`, `../seed-data.ts`. */
const FIXTURE_MODULE = /(?:^|[/@~])(?:placeholder|mock|fake|dummy|sample|seed)[-_]?data(?:\.[cm]?[jt]sx?)?$/i;
/** Methods that run a step of an ordered workflow: `migration.run()`, `step.execute()`, `task.up()`. */
const RUN_STEP = /^(?:run|execute|exec|up|down|apply|migrate|perform|invoke)$/;
/** Raw SQL runners whose first argument is a whole statement: postgres.js `sql.unsafe(text)`, Prisma `$executeRawUnsafe(text)`. */
const RUN_STATEMENT = /^(?:unsafe|\$executeRawUnsafe|\$queryRawUnsafe)$/;
/** Functions named for running one phase, step or stage of a pipeline: `writeMonitorsPhase`, `runStep`, `executeStage`. */
const STEP_CALL = /(?:^|[a-z0-9])(?:Phase|Step|Stage)$|^(?:phase|step|stage)$/;

export default createRule<Options, MessageIds>({
  name: 'no-query-in-loop',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow awaiting a database query per item inside a loop over a collection (N+1 queries)',
      recommended: false,
    },
    hasSuggestions: true,
    messages: {
      queryInLoop:
        '`{{query}}` is awaited once per item of `{{collection}}`: N round trips to the database (N+1 queries), slow and pool-exhausting as the list grows. Batch them into one query ({{batch}}), or at least run them with bounded concurrency.',
      useConcurrencyLimit:
        'Run the loop body with mapWithConcurrency() (bounded parallelism; the order of side effects changes, review it).',
    },
    schema: [
      {
        type: 'object',
        properties: {
          queryFunctions: {
            type: 'array',
            items: { type: 'string' },
            description: 'Regular expressions for extra dotted callee names that run a query.',
          },
          checkPromiseAll: {
            type: 'boolean',
            description: 'Also report queries in `.map(async ...)` callbacks passed to Promise.all.',
          },
          ignoreFiles: { type: 'array', items: { type: 'string' }, description: 'Globs of files never checked.' },
        },
        additionalProperties: false,
      },
    ],
  },
  defaultOptions: [{ queryFunctions: [], checkPromiseAll: false, ignoreFiles: [] }],
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const text = sourceCode.text;
    if (!text.includes('await') && !text.includes('async')) return {};
    const kind = getFileKind(context);
    if (kind.isClient || kind.isTest || isToolingPath(kind, SCRIPT_PATH) || isDevTooling(kind, sourceCode.ast, text)) return {};
    // Browser code without a 'use client' line: its loop is one user's uploads, not a request's N+1.
    if (importsBrowserModule(kind)) return {};
    if (options.ignoreFiles?.length && matchesAnyGlob(kind.filename, options.ignoreFiles)) return {};
    let hasDbImport = false;
    let hasDataImport = false;
    for (const spec of kind.imports) {
      if (DB_MODULES.test(spec)) hasDbImport = true;
      if (DATA_MODULE.test(spec)) hasDataImport = true;
    }
    const extra = compilePatterns(options.queryFunctions);
    // The one-query alternative, in the syntax of the file's database library. A data-layer helper
    // (`getUser()` from `@/db/queries`) gets the library its file imports, else a neutral wording.
    // Computed only when a finding is reported, not in every file's create().
    const DRIZZLE_HINT = '`inArray(table.id, ids)`, `with`, or a join';
    // Writes batch differently: rows with values of their own are one bulk insert or one
    // `UPDATE … FROM (VALUES …)`, not an `IN (ids)` filter (which sets every row to the same value).
    const SQL_UPDATE_HINT = 'one `UPDATE … FROM (VALUES …)` when each row gets its own values';
    function batchHint(q: string, write: WriteKind | undefined): string {
      // A helper's query decides the library: `fetchAllChildThreads() (runs Thread.find())` is mongoose (threads).
      const inner = /\(runs (.+)\)$/.exec(q)?.[1] ?? q;
      if (/\bfrom\(|rpc/.test(inner)) {
        if (write === 'insert') return 'one `.insert(rows)` with every row';
        if (write === 'upsert') return 'one `.upsert(rows)` with every row';
        if (write === 'update') return "`.in('id', ids)` when every row gets the same change, one `.upsert(rows)` or an `rpc()` when each row gets its own values";
        return "`.in('id', ids)` or a join in `select('*, rel(*)')`";
      }
      if (/^\w+\.(?:find|update|delete|count|create|insert)/.test(inner) && /^[A-Z]/.test(inner)) {
        if (write === 'insert') return '`insertMany(docs)`';
        if (write === 'upsert') return 'one `bulkWrite([...])` of `updateOne` with `upsert: true`';
        if (write === 'update') return '`updateMany({ _id: { $in: ids } })` when every document gets the same change, one `bulkWrite([...])` when each gets its own values';
        return '`{ _id: { $in: ids } }` or `$lookup`';
      }
      // Raw SQL: `pool.query(…)`, `db.execute(…)`, a tagged `sql\`…\``, Prisma's `$executeRawUnsafe(text)` (teable's per-record updates).
      if (/`…`$|\.(?:query|execute|raw|none|one|oneOrNone|any|many|manyOrNone)\(…\)$|\.\$(?:query|execute)RawUnsafe\(\)$/.test(q)) {
        if (write === 'insert') return 'one multi-row `INSERT … VALUES`';
        if (write === 'upsert') return 'one multi-row `INSERT … ON CONFLICT … DO UPDATE`';
        if (write === 'update') return `\`WHERE id = ANY($1)\` when every row gets the same change, ${SQL_UPDATE_HINT}`;
        return '`WHERE id = ANY($1)` or a join';
      }
      const drizzle = /\(…\)/.test(q) || (/^[\w$]+\(\)$/.test(q) && [...kind.imports].some((s) => s === 'drizzle-orm' || s.startsWith('drizzle-orm/')));
      if (/^[\w$]+\(\)$/.test(q) && !drizzle && !kind.imports.has('@prisma/client') && !/\bprisma\./.test(text)) {
        // A data-layer write named for it (devlogify's `createTask()` per due recurring task): batch the rows, not ids.
        if (/^(?:create|insert|add|save)[A-Z]/.test(q)) return `a variant of \`${q}\` that inserts every row in one query`;
        if (/^upsert[A-Z]/.test(q)) return `a variant of \`${q}\` that upserts every row in one query`;
        return `a variant of \`${q}\` that takes every id and runs one \`IN (…)\` query, or a join`;
      }
      if (drizzle) {
        if (write === 'insert') return '`db.insert(table).values(rows)`';
        if (write === 'upsert') return '`db.insert(table).values(rows).onConflictDoUpdate(...)`';
        if (write === 'update') return `\`inArray(table.id, ids)\` when every row gets the same change, ${SQL_UPDATE_HINT}`;
        return DRIZZLE_HINT;
      }
      if (write === 'insert') return '`createMany({ data: rows })`';
      if (write === 'upsert') return 'one multi-row `INSERT … ON CONFLICT … DO UPDATE` (`$executeRaw`), or `createMany({ skipDuplicates: true })` when existing rows stay as they are';
      if (write === 'update') return `\`updateMany({ where: { id: { in: ids } } })\` when every row gets the same change, ${SQL_UPDATE_HINT} (\`$executeRaw\`)`;
      return '`where: { id: { in: ids } }`, `include`, or `createMany`';
    }
    /** Whether the awaited query writes rows (`db.update(t).set()`, `tx.item.create()`, `pool.query('UPDATE …')`). */
    function writeKind(expr: Node): WriteKind | undefined {
      let cur: Node = unwrap(expr, { await: true });
      let sqlText: string | undefined;
      for (let i = 0; i < 12; i++) {
        if (cur.type === 'TaggedTemplateExpression') {
          sqlText = cur.quasi.quasis[0]?.value.cooked ?? undefined;
          break;
        }
        if (cur.type !== 'CallExpression') break;
        const callee = unwrap(cur.callee);
        const name = getCalleeName(cur) ?? '';
        if (/^(?:insert|insertOne|insertInto|create|createOne|save)$/.test(name)) return 'insert';
        if (/^(?:upsert|onConflictDoUpdate|onDuplicateKeyUpdate)$/.test(name)) return 'upsert';
        if (/^(?:update|updateOne|updateTable|findByIdAndUpdate|findOneAndUpdate|replaceOne)$/.test(name)) return 'update';
        if (/^(?:query|execute|none|one|oneOrNone|any|many|manyOrNone|\$executeRawUnsafe|\$queryRawUnsafe)$/.test(name)) {
          const first = cur.arguments[0];
          sqlText = first ? getStaticString(first) ?? (first.type === 'TemplateLiteral' ? first.quasis[0]?.value.cooked ?? undefined : undefined) : undefined;
          break;
        }
        if (callee.type !== 'MemberExpression') break;
        cur = unwrap(callee.object);
      }
      if (sqlText && /^\s*INSERT\b[\s\S]*\bON\s+(?:CONFLICT|DUPLICATE\s+KEY)\b/i.test(sqlText)) return 'upsert';
      if (sqlText && /^\s*INSERT\b/i.test(sqlText)) return 'insert';
      if (sqlText && /^\s*(?:UPDATE|UPSERT)\b/i.test(sqlText)) return 'update';
      return undefined;
    }
    if (!hasDbImport && !hasDataImport && extra.length === 0 && !/prisma|supabase|\bdb\b|\.from\(|\.query\(|\bsql`/.test(text)) return {};
    // Components and hooks (browser code) are left alone even when they call a data layer.
    if (kind.hasClientPath && !kind.isEntryPoint && !kind.isServerActionFile) return {};

    const queryFnCache = new Map<Node, string | undefined>();

    /** `new Client(config)` of pg, `mysql.createConnection(o)`, `new ConnectionPool(o).connect()` of mssql: a client built by a database driver's import. */
    function buildsDbClient(node: Node, depth = 0): boolean {
      const u = unwrap(node, { await: true });
      if (depth > 2) return false;
      let made: Node | undefined;
      if (u.type === 'NewExpression') made = u.callee;
      else if (u.type === 'CallExpression' && u.callee.type === 'MemberExpression' && /^(?:create\w*|connect)$/.test(getPropertyName(u.callee) ?? '')) {
        const obj = unwrap(u.callee.object, { await: true });
        if (obj.type === 'NewExpression') return buildsDbClient(obj, depth + 1);
        made = obj;
      }
      const root = made ? getRootIdentifier(made) : undefined;
      return !!root && DB_MODULES.test(getImportSource(sourceCode, root) ?? '');
    }

    const factoryCache = new Map<FunctionNode, boolean>();
    /**
     * A local function that returns a client it builds from a database driver (sqlchat's `newPostgresClient(connection)`:
     * `let client = new Client(config); await client.connect(); return client`), directly or through a local binding.
     */
    function isLocalClientFactory(fn: FunctionNode): boolean {
      const cached = factoryCache.get(fn);
      if (cached !== undefined) return cached;
      factoryCache.set(fn, false);
      const returned = (arg: Node): boolean => {
        const a = unwrap(arg, { await: true });
        if (buildsDbClient(a)) return true;
        return a.type === 'Identifier' && !!getBindingValues(sourceCode, a)?.some((v) => buildsDbClient(v));
      };
      const found =
        fn.body.type === 'BlockStatement'
          ? some(fn.body, (n) => n.type === 'ReturnStatement' && !!n.argument && returned(n.argument), { skipFunctions: true })
          : returned(fn.body);
      factoryCache.set(fn, found);
      return found;
    }

    /** Whether a chain root is a database client (by import, construction or name). */
    function isDbRoot(node: Node, depth = 0): boolean {
      const dotted = getDottedName(node);
      if (dotted && DB_NAME.test(dotted)) return true;
      const root = getRootIdentifier(node);
      if (!root) return false;
      const src = getImportSource(sourceCode, root);
      if (src !== undefined) return DB_MODULES.test(src) || (DATA_MODULE.test(src) && DB_NAME.test(root.name));
      if (DB_NAME.test(root.name)) return true;
      const values = getBindingValues(sourceCode, root);
      for (const v of values ?? []) {
        const u = unwrap(v, { await: true });
        if (u.type === 'CallExpression' || u.type === 'NewExpression') {
          const n = getCalleeName(u) ?? '';
          if (/^(?:create(?:Server|Browser|RouteHandler|ServerComponent|ServerAction|Admin|Service)?\w*Client|PrismaClient|drizzle|postgres|neon|Pool|createPool|createConnection|getDb|getDatabase|connect|getSupabase\w*|createSupabase\w*)$/.test(n)) {
            // `createClient()` is a DB client only when it comes from a database SDK (Supabase, pg, ...).
            if (/^create\w*Client$/.test(n) && !hasDbImport && !hasDataImport && !/supabase/i.test(text)) continue;
            return true;
          }
          if (u.type === 'CallExpression' && u.callee.type === 'Identifier') {
            const fn = resolveLocalFunction(sourceCode, u.callee);
            if (fn && isLocalClientFactory(fn)) return true;
          }
          // A connection or request taken from a client: `pool.request()` (mssql), `pool.connect()`, `pool.getConnection()`.
          if (depth < 2 && u.type === 'CallExpression' && u.callee.type === 'MemberExpression' && /^(?:request|connect|getConnection|acquire)$/.test(getPropertyName(u.callee) ?? '') && isDbRoot(u.callee.object, depth + 1)) return true;
        }
      }
      return false;
    }

    /** A description of the query an expression runs, or undefined. */
    function queryOf(expr: Node, depth = 0): string | undefined {
      const u = unwrap(expr);
      if (u.type === 'TaggedTemplateExpression') {
        const tag = getDottedName(u.tag);
        if (tag && /^(?:sql|db|tx)$/.test(tag)) {
          const root = getRootIdentifier(u.tag);
          const src = root ? getImportSource(sourceCode, root) : undefined;
          // drizzle's `sql` only builds a fragment; postgres.js / neon / @vercel/postgres run it.
          if (src && /drizzle-orm/.test(src)) return undefined;
          return `${tag}\`…\``;
        }
        return undefined;
      }
      if (u.type !== 'CallExpression') return undefined;
      const callee = unwrap(u.callee);
      const dotted = getDottedName(callee);
      if (dotted && extra.some((re) => re.test(dotted))) return `${dotted}()`;
      // Walk the method chain: `supabase.from('x').select().eq()`, `db.select().from(t).where()`.
      const chain: string[] = [];
      let cur: Node = u;
      let base: Node | undefined;
      while (true) {
        const c = unwrap(cur);
        if (c.type === 'CallExpression') {
          const ce = unwrap(c.callee);
          if (ce.type === 'MemberExpression') {
            chain.unshift(getPropertyName(ce) ?? '?');
            cur = ce.object;
            continue;
          }
          if (ce.type === 'Identifier') {
            chain.unshift(`${ce.name}()`);
            base = ce;
          }
          break;
        }
        if (c.type === 'MemberExpression') {
          chain.unshift(getPropertyName(c) ?? '?');
          cur = c.object;
          continue;
        }
        base = c;
        break;
      }
      if (!base) return undefined;
      const last = chain[chain.length - 1] ?? '';
      // Already batched: one createMany per item of a short list is the fix, not the N+1 (RULES.md).
      if (BATCHED_WRITES.has(last) || BATCHED_WRITES.has(chain[0] ?? '')) return undefined;
      const rootText = base.type === 'Identifier' || base.type === 'ThisExpression' ? sourceCode.getText(base) : undefined;
      // Prisma: prisma.user.findMany(), tx.post.update(), prisma.$queryRaw(); not IndexedDB's `tx.objectStore('x').delete(k)`.
      const prismaShape = chain.length === 2 || (chain.length === 3 && /^(?:prisma|db)$/.test(chain[0] ?? ''));
      if (rootText && prismaShape && PRISMA_METHODS.has(last) && isDbRoot(base) && !/^(?:from|storage|auth|functions|channel|objectStore)$/.test(chain[0] ?? '')) {
        return `${rootText}.${chain.join('.')}`.replace(/\.\w+\(\)$/, '') + '()';
      }
      if (rootText && PRISMA_RAW.test(chain[0] ?? '') && isDbRoot(base)) return `${rootText}.${chain[0]}()`;
      // Drizzle / Kysely / Supabase / knex builders.
      if (rootText && isDbRoot(base)) {
        const first = chain[0] ?? '';
        if (/^(?:select|selectDistinct|insert|update|delete|execute|query|selectFrom|insertInto|updateTable|deleteFrom|from|rpc|raw|one|many|any|none|oneOrNone|manyOrNone)$/.test(first)) {
          if (first === 'query' && chain.length >= 3 && !/^find/.test(chain[2] ?? '')) return undefined;
          return `${rootText}.${first}(…)${chain.length > 1 ? '…' : ''}`;
        }
        if (first === 'collection' && chain.length >= 2 && MONGOOSE_METHODS.has(chain[1] ?? '')) return `${rootText}.collection(…).${chain[1]}()`;
      }
      // Mongoose models: User.findOne(), Post.find().populate()
      if (base.type === 'Identifier' && /^[A-Z]/.test(base.name) && chain.length >= 1 && MONGOOSE_METHODS.has(chain[0] ?? '')) {
        const src = getImportSource(sourceCode, base);
        const mongooseFile = kind.imports.has('mongoose') || kind.imports.has('mongodb');
        if ((src !== undefined && DATA_MODULE.test(src)) || (src === undefined && mongooseFile) || (src !== undefined && mongooseFile)) {
          if (chain[0] === 'create' || chain[0] === 'save') {
            if (!mongooseFile && !(src && /models?/i.test(src))) return undefined;
          }
          return `${base.name}.${chain[0]}()`;
        }
      }
      // A local helper that runs a query, or a data-layer function imported from the app's db module.
      if (depth < 2 && callee.type === 'Identifier') {
        const fn = resolveLocalFunction(sourceCode, callee);
        if (fn) {
          // Only a thin data accessor (`getConversations`): a helper doing a whole job per item is not an N+1.
          if (!DATA_FUNCTION.test(callee.name)) return undefined;
          if (fn.body.type === 'BlockStatement' && fn.body.body.length > 6) return undefined;
          const q = functionQuery(fn, depth + 1);
          if (q) return `${callee.name}() (runs ${q})`;
          return undefined;
        }
        const src = getImportSource(sourceCode, callee);
        if (src !== undefined && DATA_MODULE.test(src) && DATA_FUNCTION.test(callee.name) && !CLIENT_FACTORY.test(callee.name)) return `${callee.name}()`;
      }
      return undefined;
    }

    function functionQuery(fn: FunctionNode, depth: number): string | undefined {
      if (queryFnCache.has(fn)) return queryFnCache.get(fn);
      queryFnCache.set(fn, undefined);
      let found: string | undefined;
      walk(
        fn.body,
        (n) => {
          if (found) return false;
          if (n.type === 'AwaitExpression' || n.type === 'ReturnStatement') {
            const arg = n.type === 'AwaitExpression' ? n.argument : n.argument;
            if (arg) {
              const q = queryOf(arg, depth);
              if (q) found = q;
            }
          } else if (fn.type === 'ArrowFunctionExpression' && n === fn.body && n.type !== 'BlockStatement') {
            const q = queryOf(n, depth);
            if (q) found = q;
          }
          return true;
        },
        { skipFunctions: true },
      );
      queryFnCache.set(fn, found);
      return found;
    }

    interface LoopInfo {
      loop: Node;
      collection: string;
      /** The loop's own variables (`item`), and its body. */
      body: Node;
      itemNames: string[];
    }

    /** The innermost loop over a collection the node is in, within the same function. */
    function enclosingLoop(node: Node): LoopInfo | undefined {
      let cur: Node | undefined = node.parent;
      let child: Node = node;
      while (cur) {
        if (isFunction(cur)) {
          // An async callback of `items.forEach(...)` / `.map(...)`.
          const call = cur.parent;
          if (
            call?.type === 'CallExpression' &&
            call.arguments[0] === cur &&
            cur.async &&
            call.callee.type === 'MemberExpression' &&
            ITERATION_METHODS.has(getPropertyName(call.callee) ?? '')
          ) {
            const method = getPropertyName(call.callee) ?? '';
            if ((method === 'map' || method === 'flatMap') && !options.checkPromiseAll && feedsPromiseAll(call)) return undefined;
            const collection = call.callee.object;
            if (isBatchCollection(collection) || isLiteralList(collection)) return undefined;
            return {
              loop: call,
              collection: shortText(collection),
              body: cur.body,
              itemNames: cur.params.flatMap((p) => (p.type === 'Identifier' ? [p.name] : [])),
            };
          }
          return undefined;
        }
        if ((cur.type === 'ForOfStatement' || cur.type === 'ForInStatement') && cur.body === child) {
          if (cur.type === 'ForOfStatement' && cur.await) return undefined;
          const right = cur.right;
          if (isBatchCollection(right) || isLiteralList(right)) return undefined;
          const left = cur.left;
          const itemNames: string[] = [];
          if (left.type === 'VariableDeclaration') {
            for (const d of left.declarations) {
              walk(d.id, (n) => {
                if (n.type === 'Identifier') itemNames.push(n.name);
              });
            }
          }
          if (itemNames.some((n) => BATCH_NAME.test(n))) return undefined;
          return { loop: cur, collection: shortText(right), body: cur.body, itemNames };
        }
        if (cur.type === 'ForStatement' && cur.body === child) {
          // `for (let i = 0; i < items.length; i++)`: a loop over a collection; retry / counter loops are not.
          const test = cur.test;
          if (test?.type === 'BinaryExpression' && (test.operator === '<' || test.operator === '<=')) {
            const r = unwrap(test.right);
            if (r.type === 'MemberExpression' && /^(?:length|size)$/.test(getPropertyName(r) ?? '')) {
              // The same lists a `for...of` skips: `i < DEFAULT_CHECKLIST.categories.length` walks the code's own rows.
              if (isBatchCollection(r.object) || isLiteralList(r.object)) return undefined;
              // `i += batchSize` steps over chunks.
              const upd = cur.update;
              if (upd?.type === 'AssignmentExpression' && upd.operator === '+=' && !(upd.right.type === 'Literal' && upd.right.value === 1)) return undefined;
              return { loop: cur, collection: shortText(r.object), body: cur.body, itemNames: [] };
            }
          }
          return undefined;
        }
        if (cur.type === 'WhileStatement' || cur.type === 'DoWhileStatement') return undefined;
        child = cur;
        cur = cur.parent;
      }
      return undefined;
    }

    function isBatchCollection(node: Node): boolean {
      const name = getDottedName(node) ?? (unwrap(node).type === 'CallExpression' ? getCalleeName(unwrap(node) as TSESTree.CallExpression) : undefined);
      if (name && BATCH_NAME.test(name)) return true;
      return false;
    }

    /** A literal, or arithmetic on literals: `48 * 60`, `-1` (cal.com's reminder intervals in minutes). */
    function isConstantArithmetic(node: Node): boolean {
      if (node.type === 'Literal') return true;
      if (node.type === 'UnaryExpression') return isConstantArithmetic(node.argument);
      if (node.type === 'BinaryExpression') return node.left.type !== 'PrivateIdentifier' && isConstantArithmetic(node.left) && isConstantArithmetic(node.right);
      return false;
    }

    /**
     * An object literal whose every value is a constant: a literal, arithmetic on literals, a template without
     * expressions, a member of an enum-like object (`AccessRoleIds.AGENT_VIEWER`, `RoleBits.OWNER`), an UPPER_CASE
     * name, or a nested list or record of those. No spread, no computed key, no variable, no call.
     */
    function isConstantRecord(node: Node, depth = 0): boolean {
      if (depth > 3 || node.type !== 'ObjectExpression' || node.properties.length === 0) return false;
      const isConstant = (v: Node): boolean => {
        if (isConstantArithmetic(v)) return true;
        if (v.type === 'TemplateLiteral') return v.expressions.length === 0;
        if (v.type === 'Identifier') return /^[A-Z][A-Z0-9_]*$/.test(v.name) || v.name === 'undefined';
        if (v.type === 'MemberExpression') {
          if (v.computed || v.object.type !== 'Identifier' || v.property.type !== 'Identifier') return false;
          // `AccessRoleIds.AGENT_VIEWER`, `ResourceType.AGENT`: a capitalised object and an UPPER_CASE member.
          return /^[A-Z]/.test(v.object.name) && /^[A-Z][A-Z0-9_]*$/.test(v.property.name);
        }
        if (v.type === 'ArrayExpression') return v.elements.every((e) => !!e && e.type !== 'SpreadElement' && isConstant(e));
        if (v.type === 'ObjectExpression') return isConstantRecord(v, depth + 1);
        return false;
      };
      return node.properties.every((p) => p.type === 'Property' && !p.computed && p.kind === 'init' && !p.method && !p.shorthand && isConstant(p.value));
    }

    /**
     * A `const` bound to `[]` that only the function declaring it fills, by at most ten `push` / `unshift` calls of single
     * values, none in a loop or a nested function, and that is never handed to a call (which could fill it at run time).
     * Not `const tableList = []` filled by `tableList.push(row.name)` per row of a result (sqlchat's connectors).
     */
    function filledOnlyByCode(node: Node): boolean {
      const id = unwrap(node);
      if (id.type !== 'Identifier') return false;
      const variable = findVariable(sourceCode, id);
      const def = variable?.defs[0];
      if (!variable || def?.type !== 'Variable' || (def.parent as TSESTree.VariableDeclaration | undefined)?.kind !== 'const') return false;
      const owner = getEnclosingFunction(def.node);
      let pushes = 0;
      for (const ref of variable.references) {
        if (ref.init) continue;
        const r = ref.identifier;
        const member = r.parent;
        const call = member?.parent;
        if (member?.type === 'MemberExpression' && member.object === r && /^(?:push|unshift)$/.test(getPropertyName(member) ?? '') && call?.type === 'CallExpression' && call.callee === member) {
          if (call.arguments.length !== 1 || call.arguments[0]!.type === 'SpreadElement') return false;
          for (let p: Node | undefined = call.parent; p && p !== owner; p = p.parent) {
            if (isFunction(p) || /^(?:For|ForIn|ForOf|While|DoWhile)Statement$/.test(p.type)) return false;
          }
          pushes++;
          continue;
        }
        if (member?.type === 'CallExpression' && member.arguments.includes(r as TSESTree.Expression)) return false;
        if (ref.isWrite()) return false;
      }
      return pushes > 0 && pushes <= 10;
    }

    /** `for (const t of ['a', 'b'])`: a fixed, small list. */
    function isLiteralList(node: Node): boolean {
      let u = unwrap(node);
      // `for (const user of users)` of `@/app/lib/placeholder-data`: rows written out in a data module of the code (the
      // Next.js dashboard tutorial's seed data), as fixed as a literal table in the file.
      if (u.type === 'Identifier' && FIXTURE_MODULE.test(getImportSource(sourceCode, u) ?? '')) return true;
      // `for (const key of UTM_PARAMS)`: an imported or module constant list, fixed and small.
      if (u.type === 'Identifier' && /^[A-Z][A-Z0-9_]+$/.test(u.name)) return true;
      if (u.type === 'MemberExpression' && /^[A-Z][A-Z0-9_]+$/.test(getDottedName(u.object) ?? '')) return true;
      if (u.type === 'Identifier') {
        const init = getConstInit(sourceCode, u);
        if (init) u = unwrap(init);
      }
      if (u.type === 'CallExpression' && /^Object\.(?:keys|values|entries)$/.test(getDottedName(u.callee) ?? '') && u.arguments[0]) {
        return isLiteralList(u.arguments[0]) || unwrap(u.arguments[0]).type === 'ObjectExpression';
      }
      // `const pairs = []; if (body.topP !== undefined) pairs.push({ key: 'model_top_p', ... })`: at most one entry per push
      // the code writes out (realtime-interview-copilot's model settings, four optional keys), so it is the code's length too.
      if (u.type === 'ArrayExpression' && u.elements.length === 0) return filledOnlyByCode(node);
      if (u.type === 'ArrayExpression') {
        // Its length is the code's, whatever the elements: `[oidcAccessTokens, oidcRefreshTokens]` (one query per
        // table, lobe-chat's grant revocation), `[a.id, b.id]`, `[48 * 60, 24 * 60]`. Not a spread of a list (`[...tables]`).
        // Not `[]`: a list the code fills at run time (`const tableList = []`, then `tableList.push(row.name)` per row).
        if (
          u.elements.length > 0 &&
          u.elements.length <= 10 &&
          u.elements.every((e) => !!e && (e.type === 'ObjectExpression' || e.type === 'TemplateLiteral' || isConstantArithmetic(e) || e.type === 'Identifier' || (e.type === 'MemberExpression' && !e.computed)))
        ) {
          return true;
        }
        // A table of constant records, however long: the app's default rows written out in the code (LibreChat's
        // seeded access roles, 17 upserts by `{ accessRoleId: AccessRoleIds.AGENT_VIEWER, name: '...', ... }`).
        // The loop runs once per row of the code, not per row of the data.
        return u.elements.length > 0 && u.elements.every((e) => !!e && isConstantRecord(e));
      }
      if (u.type === 'ObjectExpression') return true;
      // `hint === 'refresh' ? ['Refresh', 'Access'] : ['Access', 'Refresh']`: one fixed list or the other.
      if (u.type === 'ConditionalExpression') return isLiteralList(u.consequent) && isLiteralList(u.alternate);
      return false;
    }

    function feedsPromiseAll(call: TSESTree.CallExpression): boolean {
      let cur: Node = call;
      let p = cur.parent;
      while (p && (p.type === 'TSAsExpression' || p.type === 'TSNonNullExpression' || (p.type === 'CallExpression' && p.callee.type === 'MemberExpression' && p.callee.object === cur))) {
        cur = p;
        p = p.parent;
      }
      if (p?.type === 'CallExpression' && p.arguments[0] === cur && /^Promise\.(?:all|allSettled|any|race)$/.test(getDottedName(p.callee) ?? '')) return true;
      if (p?.type === 'CallExpression' && p.arguments.includes(cur as TSESTree.Expression) && /^(?:pMap|pAll|pLimit|mapWithConcurrency|mapLimit|batch\w*)$/i.test(getCalleeName(p) ?? '')) return true;
      // `const promises = items.map(async ...)` later given to Promise.all.
      if (p?.type === 'VariableDeclarator' && p.id.type === 'Identifier') {
        const v = findVariable(sourceCode, p.id);
        return !!v?.references.some((r) => {
          const rp = r.identifier.parent;
          return (
            (rp?.type === 'CallExpression' && /^Promise\.(?:all|allSettled|any|race)$/.test(getDottedName(rp.callee) ?? '')) ||
            (rp?.type === 'SpreadElement' && rp.parent?.parent?.type === 'CallExpression')
          );
        });
      }
      return p?.type === 'ReturnStatement' || (p?.type === 'ArrowFunctionExpression' && p.body === cur) || p?.type === 'ArrayExpression' || p?.type === 'SpreadElement';
    }

    function shortText(node: Node): string {
      const t = sourceCode.getText(node).replace(/\s+/g, ' ');
      return t.length > 40 ? `${t.slice(0, 37)}...` : t;
    }

    /**
     * Loop-carried dependency: the query reads a variable declared outside the loop and reassigned in it
     * (cursor pagination), or a collection the loop changes, directly or through a const declared in the
     * loop (`const skip = nextOffset.get(userId) ?? 0`, then `nextOffset.set(userId, ...)`: round-robin paging).
     */
    function dependsOnPrevious(query: Node, loop: LoopInfo, seen = new Set<Node>()): boolean {
      let dep = false;
      const inLoop = (r: TSESLint.Scope.Reference) => r.identifier.range[0] > loop.loop.range[0] && r.identifier.range[1] < loop.loop.range[1];
      walk(query, (n) => {
        if (dep) return false;
        if (n.type === 'Identifier' && !loop.itemNames.includes(n.name)) {
          const v = findVariable(sourceCode, n);
          if (!v) return true;
          const declaredOutside = v.defs.some((d) => d.node.range[1] < loop.loop.range[0] || d.node.range[0] > loop.loop.range[1]);
          if (!declaredOutside) {
            const def = v.defs[0]?.node;
            if (v.defs.length === 1 && def?.type === 'VariableDeclarator' && def.init && !seen.has(def) && seen.size < 8) {
              seen.add(def);
              if (dependsOnPrevious(def.init, loop, seen)) dep = true;
            }
            return true;
          }
          if (v.references.some((r) => r.isWrite() && !r.init && inLoop(r))) dep = true;
          // A set or list the loop fills and the query reads (greedy matching: `excludeIds: claimed`, then `claimed.add(id)`).
          else if (v.references.some((r) => inLoop(r) && isMutatingCall(r.identifier))) dep = true;
        }
        return true;
      });
      return dep;
    }

    /** Whether the loop's body (outside nested functions) awaits a value `matches` accepts. */
    function awaitsInBody(loop: LoopInfo, matches: (awaited: Node) => boolean): boolean {
      let found = false;
      walk(
        loop.body,
        (n) => {
          if (found) return false;
          if (n.type === 'AwaitExpression' && matches(unwrap(n.argument))) found = true;
          return !found;
        },
        { skipFunctions: true },
      );
      return found;
    }

    /**
     * A loop that runs each item as a step (`await migration.run()`, `await step.execute()`) between its
     * queries: an ordered workflow (a migration runner marking each step PENDING then APPLIED), not a batch.
     */
    function runsSteps(loop: LoopInfo): boolean {
      return awaitsInBody(loop, (call) => {
        if (call.type !== 'CallExpression') return false;
        // `await writeMonitorsPhase(pc, phase, ...)`, `await runStep(step)`: a call named for a phase, step or
        // stage that takes the item (openstatus' import runner, one writer per phase of a fixed pipeline); not a data
        // accessor named for one (`getStep(id)`, `updateStage(stage)`), which is the N+1 itself.
        const name = getCalleeName(call) ?? '';
        if (STEP_CALL.test(name) && !DATA_FUNCTION.test(name) && call.arguments.some((a) => a.type === 'Identifier' && loop.itemNames.includes(a.name))) return true;
        if (call.callee.type !== 'MemberExpression') return false;
        const method = getPropertyName(call.callee) ?? '';
        const runsStatement = RUN_STATEMENT.test(method);
        if (!RUN_STEP.test(method) && !runsStatement) return false;
        const ofItem = (id: TSESTree.Node | undefined | null): boolean => {
          if (id?.type !== 'Identifier') return false;
          const def = findVariable(sourceCode, id)?.defs[0]?.node;
          return loop.itemNames.includes(id.name) || (!!def && def.range[0] > loop.loop.range[0] && def.range[1] < loop.loop.range[1]);
        };
        // `await tx.exec(migration.sql)`: each item carries its own statement, run in order (postgres-new's
        // runMigrations records each version, then applies its SQL).
        const first = call.arguments[0] ? unwrap(call.arguments[0]) : undefined;
        if (first?.type === 'MemberExpression' && ofItem(getRootIdentifier(first))) return true;
        // The item is the statement, or is unpacked into it: `for (const sql of sqlList) await prisma.$executeRawUnsafe(sql)`
        // (teable's schema DDL), `const { statement } = migration; await sql.unsafe(statement)` (lunary's async index
        // migrations). Not a statement built in the loop (`const q = knex(t).update(...).toQuery()`), nor a list of
        // statements mapped from rows in the same function (`rows.map((r) => ...toQuery())`): one query per row.
        if (first?.type === 'Identifier' && isItemStatement(first, loop)) return true;
        return !runsStatement && ofItem(unwrap(call.callee.object));
      });
    }

    /** Whether `id` is the loop's item itself, or a property unpacked from it (`const { statement } = migration`). */
    function isItemStatement(id: TSESTree.Identifier, loop: LoopInfo): boolean {
      const inLoop = (n: Node): boolean => n.range[0] > loop.loop.range[0] && n.range[1] < loop.loop.range[1];
      const def = findVariable(sourceCode, id)?.defs[0]?.node;
      let item = loop.itemNames.includes(id.name);
      if (!item && def?.type === 'VariableDeclarator' && inLoop(def) && def.id.type === 'ObjectPattern' && def.init) {
        const from = unwrap(def.init);
        item = from.type === 'Identifier' && loop.itemNames.includes(from.name);
      }
      if (!item || loop.loop.type !== 'ForOfStatement') return item;
      const list = unwrap(loop.loop.right);
      const init = list.type === 'Identifier' ? getConstInit(sourceCode, list) : list;
      const built = init ? unwrap(init) : undefined;
      return !(built?.type === 'CallExpression' && built.callee.type === 'MemberExpression' && /^(?:map|flatMap)$/.test(getPropertyName(built.callee) ?? ''));
    }

    /**
     * A loop that waits between its items (`await new Promise((r) => setTimeout(r, 2000))`, `await sleep(500)`):
     * paced on purpose (a provider's rate limit, a batch of slow generations), so one query per item is the plan.
     */
    function pausesEachItem(loop: LoopInfo): boolean {
      return awaitsInBody(
        loop,
        (a) =>
          (a.type === 'CallExpression' && a.callee.type === 'Identifier' && /^(?:sleep|delay|wait|pause|setTimeout)$/.test(a.callee.name)) ||
          (a.type === 'NewExpression' && getCalleeName(a) === 'Promise' && /\bsetTimeout\s*\(/.test(sourceCode.getText(a))),
      );
    }

    /** `claimed.add(x)`, `seen.push(x)`, `map.set(k, v)`: a method call that changes the collection. */
    function isMutatingCall(id: Node): boolean {
      const m = id.parent;
      return (
        m?.type === 'MemberExpression' &&
        m.object === id &&
        m.parent?.type === 'CallExpression' &&
        m.parent.callee === m &&
        /^(?:add|push|unshift|set|delete|splice)$/.test(getPropertyName(m) ?? '')
      );
    }

    /** Batched already: an `in` filter, `inArray()`, `.in()`, `$in`, `ANY(...)`. */
    function isBatched(query: Node): boolean {
      const t = sourceCode.getText(query);
      // Not `NOT IN (...)`: an exclusion (sqlchat's `table_schema NOT IN (<system schemas>)` beside `table_name = $1`), not a batch.
      return /\bin\s*:|\binArray\(|\.in\(|\$in\b|= ANY\(|(?<!\bNOT )\bIN \(/.test(t);
    }

    /**
     * Whether running the loop's iterations concurrently would change what it does: it collects results
     * in order into an outer array (`updated.push(tag)`), upserts (two items with the same key race to
     * insert: P2002), or reads and then writes per item (`findFirst` then `update` / `create`: lost updates
     * or duplicate inserts when two items touch the same row, e.g. inventory decrements). The rewrite is
     * then not offered.
     */
    function orderOrRaceSensitive(l: TSESTree.ForOfStatement): boolean {
      let reads = false;
      let writes = false;
      let sensitive = false;
      walk(l.body, (n) => {
        if (sensitive) return false;
        if (n.type !== 'CallExpression' || n.callee.type !== 'MemberExpression') return true;
        const method = getPropertyName(n.callee) ?? '';
        if (/^(?:push|unshift)$/.test(method)) {
          const root = getRootIdentifier(n.callee.object);
          const v = root ? findVariable(sourceCode, root) : undefined;
          if (v?.defs.some((d) => d.node.range[1] < l.range[0])) sensitive = true;
        } else if (/^upsert/i.test(method)) sensitive = true;
        else if (/^(?:find\w*|select|count|aggregate|maybeSingle|single)$/.test(method)) reads = true;
        else if (/^(?:update\w*|increment|decrement|delete\w*|create\w*|insert\w*)$/.test(method)) writes = true;
        return true;
      });
      return sensitive || (reads && writes);
    }

    /**
     * A loop inside an interactive transaction (`prisma.$transaction(async (tx) => ...)`, `db.transaction(...)`)
     * or querying a transaction client (`tx`, `trx`): the transaction runs on one connection, so concurrency
     * gains nothing, and a failing query rolls the transaction back while the others still run on it
     * ("transaction already closed"). The rewrite is not offered (nextcrm's invoice line items).
     */
    function inTransaction(l: TSESTree.ForOfStatement, query: Node): boolean {
      const call = unwrap(query, { await: true });
      const root = call.type === 'CallExpression' ? getRootIdentifier(call.callee) : undefined;
      if (root && /^(?:tx|trx|txn|transaction|prismaTx|dbTx|trans)$/i.test(root.name)) return true;
      for (let fn = getEnclosingFunction(l); fn; fn = getEnclosingFunction(fn)) {
        const outer = fn.parent;
        if (outer?.type === 'CallExpression' && outer.arguments.includes(fn as never) && /^(?:\$transaction|transaction|begin|withTransaction)$/.test(getCalleeName(outer) ?? '')) return true;
      }
      return false;
    }

    function suggestion(loop: LoopInfo, query: Node): TSESLint.ReportSuggestionArray<MessageIds> {
      const l = loop.loop;
      if (l.type !== 'ForOfStatement') return [];
      if (l.left.type !== 'VariableDeclaration' || l.left.declarations.length !== 1) return [];
      const fn = getEnclosingFunction(l);
      if (!fn?.async) return [];
      // Only statements whose control flow survives moving into a callback.
      let unsafe = false;
      walk(
        l.body,
        (n) => {
          if (n.type === 'BreakStatement' || n.type === 'ContinueStatement' || n.type === 'ReturnStatement' || n.type === 'YieldExpression' || n.type === 'LabeledStatement') unsafe = true;
          return !unsafe;
        },
        { skipFunctions: true },
      );
      if (unsafe || l.parent?.type === 'LabeledStatement') return [];
      if (orderOrRaceSensitive(l) || inTransaction(l, query)) return [];
      if (!canCallHelper(sourceCode, l, 'mapWithConcurrency')) return [];
      const id = sourceCode.getText(l.left.declarations[0]!.id);
      const body = l.body.type === 'BlockStatement' ? sourceCode.getText(l.body) : `{ ${sourceCode.getText(l.body)} }`;
      const right = sourceCode.getText(l.right);
      void query;
      return [
        {
          messageId: 'useConcurrencyLimit',
          fix: (fixer) => [
            fixer.replaceText(l, `await mapWithConcurrency(${right}, async (${id}) => ${body});`),
            ...helperFixes(context, fixer, 'no-query-in-loop', ['mapWithConcurrency']),
          ],
        },
      ];
    }

    /** The first batchable query of each loop, reported at the end unless another query of the loop is sequential by nature. */
    const pending = new Map<Node, () => void>();
    /** Loops whose iterations depend on each other (a query reads what earlier iterations changed) or run steps in order. */
    const sequential = new Set<Node>();

    /**
     * A query built from constants alone (`prisma.project.findUniqueOrThrow({ where: { id: DUB_WORKSPACE_ID } })`: literals,
     * UPPER_CASE names, besides the client it runs on) under an `if` in the loop (dub's domain renewal cron, for the one
     * workspace the branch picks): the same row for the items the branch selects, not a query per item.
     */
    function constantQueryInBranch(query: Node, loop: LoopInfo): boolean {
      const q = unwrap(query, { await: true });
      if (q.type !== 'CallExpression') return false;
      const client = getRootIdentifier(q);
      const varies = some(q, (n) => {
        if (n.type !== 'Identifier' || n === client || /^[A-Z][A-Z0-9_]*$/.test(n.name) || n.name === 'undefined') return false;
        const p = n.parent;
        if (p?.type === 'MemberExpression' && p.property === n && !p.computed) return false;
        if (p?.type === 'Property' && p.key === n && !p.computed && !p.shorthand) return false;
        return true;
      });
      if (varies) return false;
      for (let cur = query.parent; cur && cur !== loop.body; cur = cur.parent) if (cur.type === 'IfStatement') return true;
      return false;
    }

    /**
     * `let t = cache.get(id); if (!t) { t = await db.template.findUnique(...); cache.set(id, t); }` with `cache` a map
     * made outside the loop (also `if (!cache.has(id))`): one query per distinct key, not per item (useSend's
     * `templateCache` in a batch send, where every email of a template shares one lookup).
     */
    function memoizedPerKey(query: Node, loop: LoopInfo): boolean {
      let child: Node = query;
      for (let cur = query.parent; cur && cur !== loop.loop; child = cur, cur = cur.parent) {
        if (cur.type !== 'IfStatement' || cur.consequent !== child) continue;
        const test = unwrap(cur.test);
        if (test.type !== 'UnaryExpression' || test.operator !== '!') continue;
        let lookup: Node | undefined = unwrap(test.argument);
        if (lookup.type === 'Identifier') {
          const def = findVariable(sourceCode, lookup)?.defs[0];
          lookup = def?.type === 'Variable' && (def.node as TSESTree.VariableDeclarator).init ? unwrap((def.node as TSESTree.VariableDeclarator).init!) : undefined;
          if (lookup?.type === 'CallExpression' && lookup.callee.type === 'MemberExpression' && getPropertyName(lookup.callee) !== 'get') lookup = undefined;
        } else if (!(lookup.type === 'CallExpression' && lookup.callee.type === 'MemberExpression' && getPropertyName(lookup.callee) === 'has')) lookup = undefined;
        if (lookup?.type !== 'CallExpression' || lookup.callee.type !== 'MemberExpression') continue;
        const map = unwrap(lookup.callee.object);
        if (map.type !== 'Identifier') continue;
        // Made outside the loop: a map declared in the body starts empty for every item.
        const mapDef = findVariable(sourceCode, map)?.defs[0];
        if (!mapDef || (mapDef.node.range[0] >= loop.loop.range[0] && mapDef.node.range[1] <= loop.loop.range[1])) continue;
        const name = map.name;
        if (
          some(cur.consequent, (n) => n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && getPropertyName(n.callee) === 'set' && unwrap(n.callee.object).type === 'Identifier' && (unwrap(n.callee.object) as TSESTree.Identifier).name === name)
        ) {
          return true;
        }
      }
      return false;
    }

    /**
     * The query is followed, in its own block or one enclosing it within the loop statement, by an unconditional
     * `return` / `throw` (or a `break` of that loop), with no `continue` in between: it runs once, on the iteration that
     * ends the loop (coding-agent-template's deployment route: find the first successful deployment, store its URL,
     * return; inbox-zero marks the rule failed in a `catch`, then rethrows). Not inside a `try` block with a `catch`
     * (a failing query's `catch` may go on to the next item), nor in an iteration callback, where `return` ends only
     * that item's call.
     */
    function exitsLoopAfter(query: Node, loop: LoopInfo): boolean {
      const l = loop.loop.type;
      if (l !== 'ForOfStatement' && l !== 'ForInStatement' && l !== 'ForStatement' && l !== 'WhileStatement' && l !== 'DoWhileStatement') return false;
      // In a `try` block with a `catch`, a failing query may go on to the next item whatever follows it.
      for (let child: Node = query, cur = query.parent; cur && cur !== loop.loop; child = cur, cur = cur.parent) {
        if (cur.type === 'TryStatement' && cur.block === child && cur.handler) return false;
      }
      let inSwitch = false;
      for (let child: Node = query, cur = query.parent; cur && cur !== loop.loop; child = cur, cur = cur.parent) {
        if (isFunction(cur)) return false;
        if (cur.type === 'ReturnStatement' || cur.type === 'ThrowStatement') return true;
        if (cur.type === 'SwitchCase') inSwitch = true;
        if (cur.type !== 'BlockStatement' && cur.type !== 'SwitchCase') continue;
        const list: Node[] = cur.type === 'BlockStatement' ? cur.body : cur.consequent;
        for (let i = list.indexOf(child) + 1; i < list.length; i++) {
          const st = list[i]!;
          if (st.type === 'ReturnStatement' || st.type === 'ThrowStatement' || (st.type === 'BreakStatement' && !st.label && !inSwitch)) return true;
          if (some(st, (n) => n.type === 'ContinueStatement' || n.type === 'BreakStatement', { skipFunctions: true })) return false;
        }
      }
      return false;
    }

    function checkAwaited(node: Node, arg: Node): void {
      // The loop first: a walk up the parents, cheaper than resolving the query, and most awaits are in none.
      const loop = enclosingLoop(node);
      if (!loop || sequential.has(loop.loop)) return;
      const q = queryOf(arg);
      if (!q) return;
      if (isBatched(arg) || memoizedPerKey(node, loop) || exitsLoopAfter(node, loop) || constantQueryInBranch(arg, loop)) return;
      // Greedy matching: one query excludes what earlier iterations claimed, so the whole loop is
      // sequential, including the update that follows it (midday's match-transactions).
      if (dependsOnPrevious(arg, loop)) {
        sequential.add(loop.loop);
        pending.delete(loop.loop);
        return;
      }
      if (pending.has(loop.loop)) return;
      if (runsSteps(loop) || pausesEachItem(loop)) {
        sequential.add(loop.loop);
        return;
      }
      const batch = batchHint(q, writeKind(arg));
      pending.set(loop.loop, () =>
        context.report({
          node: arg,
          messageId: 'queryInLoop',
          data: { query: q.length > 60 ? `${q.slice(0, 57)}...` : q, collection: loop.collection, batch },
          suggest: suggestion(loop, arg),
        }),
      );
    }

    return {
      AwaitExpression(node) {
        try {
          checkAwaited(node, node.argument);
        } catch {
          // never throw
        }
      },
      'Program:exit'() {
        for (const report of pending.values()) report();
      },
      // An async arrow that returns the query without await: `items.forEach(async (i) => prisma.x.update(...))`.
      'ArrowFunctionExpression[async=true] > CallExpression.body'(node: TSESTree.CallExpression) {
        try {
          checkAwaited(node, node);
        } catch {
          // never throw
        }
      },
    };
  },
});
