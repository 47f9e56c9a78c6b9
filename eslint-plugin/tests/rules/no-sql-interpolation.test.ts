import rule from '../../src/rules/no-sql-interpolation';
import { ruleTester, FILES } from '../rule-tester';

/** sim's knowledge tags: a tag slot checked by a local assertion function (`asserts tagSlot is ValidTagSlot`) before `sql.raw`. */
const TAG_SLOT = "import { sql } from 'drizzle-orm';\nconst VALID_TAG_SLOTS = ['tag1', 'tag2'] as const;\ntype ValidTagSlot = (typeof VALID_TAG_SLOTS)[number];\nfunction validateTagSlot(tagSlot: string): asserts tagSlot is ValidTagSlot {\n  if (!VALID_TAG_SLOTS.includes(tagSlot as ValidTagSlot)) throw new Error('Invalid tag slot');\n}\nexport function tagNotNull(tagSlot: string) {\n  validateTagSlot(tagSlot);\n  return sql`${sql.raw(`embedding.${tagSlot}`)} IS NOT NULL`;\n}\n";
/** Twin: the same check as a boolean function whose result is ignored. */
const TAG_SLOT_TWIN = "import { sql } from 'drizzle-orm';\nconst VALID_TAG_SLOTS = ['tag1', 'tag2'] as const;\ntype ValidTagSlot = (typeof VALID_TAG_SLOTS)[number];\nfunction validateTagSlot(tagSlot: string): boolean {\n  return VALID_TAG_SLOTS.includes(tagSlot as ValidTagSlot);\n}\nexport function tagNotNull(tagSlot: string) {\n  validateTagSlot(tagSlot);\n  return sql`${sql.raw(`embedding.${tagSlot}`)} IS NOT NULL`;\n}\n";
/** sim's PostgreSQL tool: identifiers quoted by a local helper that throws unless they match `^[a-zA-Z_][a-zA-Z0-9_]*$`. */
const IDENT_GUARD = "function sanitizeIdentifier(identifier: string): string {\n  const cleaned = identifier.replace(/\"/g, '');\n  if (!/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(cleaned)) {\n    throw new Error(`Invalid identifier: ${identifier}`);\n  }\n  return `\"${cleaned}\"`;\n}\nexport async function executeUpdate(sql: any, table: string, data: Record<string, unknown>) {\n  const sanitizedTable = sanitizeIdentifier(table);\n  const columns = Object.keys(data);\n  const sanitizedColumns = columns.map((col) => sanitizeIdentifier(col));\n  const setClause = sanitizedColumns.map((col, index) => `${col} = $${index + 1}`).join(', ');\n  return sql.unsafe(`UPDATE ${sanitizedTable} SET ${setClause} RETURNING *`, columns.map((col) => data[col]));\n}\n";
/** Twin: the helper's pattern lets `.`, `-` (a `--` comment) through. */
const IDENT_GUARD_TWIN = "function sanitizeIdentifier(identifier: string): string {\n  const cleaned = identifier.replace(/\"/g, '');\n  if (!/^[\\w.-]+$/.test(cleaned)) {\n    throw new Error(`Invalid identifier: ${identifier}`);\n  }\n  return `\"${cleaned}\"`;\n}\nexport async function executeUpdate(sql: any, table: string, data: Record<string, unknown>) {\n  const sanitizedTable = sanitizeIdentifier(table);\n  const columns = Object.keys(data);\n  const sanitizedColumns = columns.map((col) => sanitizeIdentifier(col));\n  const setClause = sanitizedColumns.map((col, index) => `${col} = $${index + 1}`).join(', ');\n  return sql.unsafe(`UPDATE ${sanitizedTable} SET ${setClause} RETURNING *`, columns.map((col) => data[col]));\n}\n";

/**
 * olarijulius-wq/nextjs-dashboard's billing events page: the sort column and direction are kept only when a constant
 * `Set` of literals has them (`ALLOWED_SORT.has(x ?? '') ? x : 'created_at'`), then spliced into `ORDER BY` through
 * postgres.js `sql.unsafe`; `sortable` is how the allowlist is made.
 */
const SORT_ALLOWLIST = (sortable: string): string =>
  `import postgres from 'postgres';\n\nconst sql = postgres(process.env.POSTGRES_URL ?? '');\n${sortable}\nconst DIRECTIONS = ['asc', 'desc'] as const;\n\nexport async function listEvents(params: { sort?: string; dir?: string; columns?: string[] }) {\n  const sort = SORTABLE.has(params.sort ?? '') ? (params.sort as 'created_at' | 'status') : 'created_at';\n  const dir = !DIRECTIONS.includes(params.dir as 'asc' | 'desc') ? 'desc' : params.dir;\n  const orderBy = \`\${sort} \${dir}\`;\n  return sql\`select id, status from billing_events order by \${sql.unsafe(orderBy)}\`;\n}\n`;

/**
 * olarijulius-wq/nextjs-dashboard's reminder diagnostics: a local helper hands its callback the SQL expression that reads a
 * JSON column, `callback(sql, 'raw_json::jsonb')` or a parse function's call, and the callback splices it into `tx.unsafe`;
 * `fallback` is what the helper passes in its second call.
 */
const JSON_EXPR_CALLBACK = (fallback: string): string =>
  `import postgres from 'postgres';\n\ntype Sql = ReturnType<typeof postgres>;\n\nasync function withJsonExpr<T>(sql: Sql, columnType: string | null, callback: (tx: Sql, jsonExpr: string) => Promise<T>, custom?: string) {\n  if (columnType === 'jsonb') return callback(sql, 'raw_json::jsonb');\n  return callback(sql, ${fallback});\n}\n\nexport async function countParsed(sql: Sql, columnType: string | null, custom?: string) {\n  return withJsonExpr(sql, columnType, async (tx, jsonExpr) => {\n    return tx.unsafe(\`select count(\${jsonExpr}) as n from reminder_runs\`);\n  }, custom);\n}\n`;

ruleTester.run('no-sql-interpolation', rule, {
  valid: [
    // A callback's parameter that the local helper it is handed to only ever fills with SQL text of its own.
    { code: JSON_EXPR_CALLBACK("'try_parse_jsonb(raw_json::text)'"), filename: FILES.lib },
    // A value kept only when a constant allowlist has it (a Set of literals, or a literal list's includes()).
    { code: SORT_ALLOWLIST("const SORTABLE = new Set(['created_at', 'status']);"), filename: FILES.lib },
    // mem0's Oracle vector store: `const [whereClause, filterBinds] = buildWhereClause(filters)`, a builder that returns its fragment with the values bound to its placeholders, passed on together.
    {"code": "import type { Connection } from 'oracledb';\n\nfunction buildFieldCondition(key: string, value: unknown, binds: Record<string, unknown>): string {\n  const name = `f_${Object.keys(binds).length}`;\n  binds[name] = value;\n  return `JSON_VALUE(payload, '$.${key}') = :${name}`;\n}\n\nexport function buildWhereClause(filters?: Record<string, unknown>): [string, Record<string, unknown>] {\n  if (!filters || Object.keys(filters).length === 0) return ['', {}];\n  const binds: Record<string, unknown> = {};\n  const clauses: string[] = [];\n  for (const [key, value] of Object.entries(filters)) clauses.push(buildFieldCondition(key, value, binds));\n  return [`WHERE ${clauses.join(' AND ')}`, binds];\n}\n\nexport class OracleStore {\n  constructor(private readonly connection: Connection) {}\n\n  async list(filters?: Record<string, unknown>, topK = 100) {\n    const [whereClause, filterBinds] = buildWhereClause(filters);\n    const result = await this.connection.execute(\n      `SELECT id, payload FROM memories ${whereClause} FETCH FIRST :max_rows ROWS ONLY`,\n      { ...filterBinds, max_rows: topK },\n    );\n    return result.rows ?? [];\n  }\n}\n", "filename": "mem0-ts/src/oss/src/vector_stores/oracledb.ts"},
    // A value let through only after an assertion function or a strict identifier pattern (sim).
    { code: TAG_SLOT, filename: FILES.lib },
    { code: IDENT_GUARD, filename: FILES.lib },
    // google-ads-api's customer.query(gaql) (jitsu's Google Ads sync): GAQL, read-only, against Google's API with the account's own credentials.
    { code: "import { GoogleAdsApi } from \"google-ads-api\";\n\nexport async function campaignCosts(client: GoogleAdsApi, props: { customerId: string; refreshToken: string }, day: string) {\n  const customer = client.Customer({ customer_id: props.customerId, refresh_token: props.refreshToken });\n  return customer.query(`SELECT campaign.id, metrics.cost_micros FROM campaign WHERE segments.date BETWEEN '${day}' AND '${day}'`);\n}\n", filename: 'webapps/console/lib/server/syncs/google-ads.ts' },
    // The same query in a Next example app kept under examples/: tooling.
    { code: "import { db } from '@/lib/db';\n\nexport async function GET(req: Request) {\n  const tag = new URL(req.url).searchParams.get('tag');\n  const rows = await db.query(`SELECT * FROM examples WHERE tag = '${tag}'`);\n  return Response.json(rows);\n}\n", filename: "examples/blog/app/api/examples/route.ts" },
    // A retention job looping over a literal list of [table, column] pairs (DeaaJobran's nextjs-saas-boilerplate).
    { code: "import { db } from '@/lib/db';\n\nexport async function cleanup(cutoff: string) {\n  for (const [table, column] of [\n    ['observability_logs', 'timestamp'],\n    ['uptime_check_results', 'checked_at'],\n  ] as const) {\n    await db.execute(`DELETE FROM ${table} WHERE ${column} < $1`, [cutoff]);\n  }\n}\n", filename: "lib/retention.ts" },
    // A WHERE predicate fragment with its own binds (a D1 conditional insert's capacity guard): SQL built elsewhere.
    { code: "interface CapacityGuard {\n  predicate: string;\n  binds: unknown[];\n}\n\nconst UNCONDITIONAL: CapacityGuard = { predicate: '1', binds: [] };\n\nexport function whenTeamExists(teamId: string): CapacityGuard {\n  return { predicate: 'EXISTS (SELECT 1 FROM team WHERE \"id\" = ?)', binds: [teamId] };\n}\n\nexport function buildTeamInsert(d1: D1Database, row: { id: string; name: string }, guard: CapacityGuard = UNCONDITIONAL): D1PreparedStatement {\n  return d1\n    .prepare(`INSERT INTO team (\"id\", \"name\") SELECT ?, ? WHERE ${guard.predicate}`)\n    .bind(row.id, row.name, ...guard.binds);\n}\n", filename: "src/lib/teams/team-writes.ts" },
    // Dev tooling in bin/ (the shared tooling folders: scripts, bin, cli, seeds).
    { code: "export async function report(email: string) {\n  return prisma.$queryRawUnsafe(`SELECT * FROM \"User\" WHERE email = '${email}'`);\n}\n", filename: 'bin/report-user.ts' },
    // tagged templates parameterize
    { code: 'const rows = await prisma.$queryRaw`SELECT * FROM "User" WHERE email = ${email}`;', filename: FILES.route },
    { code: "import { sql } from 'drizzle-orm'; await db.execute(sql`SELECT * FROM users WHERE id = ${id}`);", filename: FILES.route },
    { code: "import postgres from 'postgres'; const sql = postgres(); await sql`SELECT * FROM users WHERE id = ${id}`;", filename: FILES.lib },
    { code: "import { sql } from '@vercel/postgres'; await sql`SELECT * FROM t WHERE id = ${id}`;", filename: FILES.lib },
    { code: 'await prisma.$executeRaw`UPDATE "User" SET name = ${name} WHERE id = ${id}`;', filename: FILES.lib },
    // placeholders with value arrays
    { code: "import { Client } from 'pg'; const client = new Client(); await client.query('INSERT INTO todos (email, content) VALUES ($1, $2)', [email, content]);", filename: FILES.pagesApi },
    { code: "await pool.query('SELECT * FROM users WHERE id = $1', [req.query.id]);", filename: FILES.pagesApi },
    { code: "await conn.execute('SELECT * FROM Link WHERE id = ?', [id]);", filename: FILES.lib },
    { code: 'await prisma.$queryRawUnsafe(\'SELECT * FROM "User" WHERE id = $1\', id);', filename: FILES.lib },
    // constants and values chosen from a fixed set of literals
    { code: "const TABLE = 'users';\nawait pool.query(`SELECT * FROM ${TABLE} WHERE id = $1`, [id]);", filename: FILES.lib },
    { code: "function list(asc: boolean) { const dir = asc ? 'ASC' : 'DESC'; return pool.query(`SELECT * FROM t ORDER BY created_at ${dir}`); }", filename: FILES.lib },
    {
      code: "const SQL_OPERATORS = { gt: '>', lt: '<' } as const;\nasync function q(op: 'gt' | 'lt', v: number) { const sqlOp = SQL_OPERATORS[op]; return prisma.$queryRawUnsafe(`SELECT id FROM t WHERE n ${sqlOp} $1`, v); }",
      filename: FILES.lib,
    },
    { code: "const SORT = { name: 'name', date: 'created_at' };\nasync function q(key) { return pool.query(`SELECT * FROM t ORDER BY ${SORT[key]}`); }", filename: FILES.lib },
    // numbers: Number()/parseInt, lengths, declared number types, placeholder indexes
    { code: 'async function q(limit) { return pool.query(`SELECT * FROM t LIMIT ${Number(limit)}`); }', filename: FILES.lib },
    { code: 'async function q(limit: number) { return pool.query(`SELECT * FROM t LIMIT ${limit}`); }', filename: FILES.lib },
    {
      code: "type Opts = { limit?: number | null };\nasync function q(options: Opts) { const limitClause = options.limit ? `LIMIT ${options.limit}` : ''; return prisma.$queryRaw`SELECT 1 ${Prisma.raw(limitClause)}`; }",
      filename: FILES.lib,
    },
    { code: "async function q(ids: string[]) { const ph = ids.map((_, i) => `$${i + 1}`).join(', '); return pool.query(`SELECT * FROM t WHERE id IN (${ph})`, ids); }", filename: FILES.lib },
    { code: "async function q(ids) { const ph = ids.map(() => '?').join(','); return conn.execute(`SELECT * FROM t WHERE id IN (${ph})`, ids); }", filename: FILES.lib },
    { code: 'async function q(params, v) { params.push(v); return pool.query(`SELECT * FROM t WHERE a = $${params.length}`, params); }', filename: FILES.lib },
    // config values (env) are not request input
    {
      code: "function getSchema() { const u = new URL(process.env.DATABASE_URL); return u.searchParams.get('schema'); }\nasync function run(client) { const schema = getSchema(); if (schema) await client.$executeRawUnsafe(`SET search_path TO \"${schema}\";`); }",
      filename: FILES.lib,
    },
    // SQL built elsewhere and passed in: not visible here
    { code: 'async function run(query: string, params: unknown[]) { return prisma.$queryRawUnsafe(query, ...params); }', filename: FILES.lib },
    { code: 'async function run(whereClause) { return pool.query(`SELECT * FROM t ${whereClause}`); }', filename: FILES.lib },
    { code: 'await conn.execute(`UPDATE t SET ${update.setClauses.join(", ")} WHERE id = ?`, [id]);', filename: FILES.lib },
    // escaped identifiers
    { code: "import format from 'pg-format'; async function q(col) { return pool.query(format('SELECT %I FROM t', col)); }", filename: FILES.lib },
    { code: 'async function q(client, col) { return client.query(`SELECT ${client.escapeIdentifier(col)} FROM t`); }', filename: FILES.lib },
    // not SQL: other .query / .execute / .run calls
    { code: 'await context.run(`merge-enrollment-${enrollmentId}`, async () => {});', filename: FILES.route },
    { code: 'const { data } = await client.query({ query: GET_USER, variables: { id } });', filename: FILES.lib },
    { code: 'await trpc.user.query(`${id}`);', filename: FILES.lib },
    { code: 'const r = await step.run(`select-${id}`, fn);', filename: FILES.lib },
    // Prisma.raw / sql.raw of a constant
    { code: "const col = 'created_at'; const q = Prisma.sql`ORDER BY ${Prisma.raw(col)}`;", filename: FILES.lib },
    { code: "const f = sql.raw('now()');", filename: FILES.lib },
    // client code is not in scope
    { code: "'use client';\nawait db.query(`SELECT * FROM t WHERE id = ${id}`);", filename: FILES.component },
    // A literal quoted by doubling its quotes, inside single quotes (Postgres: SET LOCAL takes no $1).
    {
      code: "function pgQuoteLiteral(value: string): string {\n  return `'${value.replace(/'/g, \"''\")}'`;\n}\nexport async function setBlock(client, appBlockId: string) {\n  await client.query(`SET LOCAL app.current_app_block_id = ${pgQuoteLiteral(appBlockId)}`);\n}\n",
      filename: FILES.lib,
    },
    { code: "export async function setKv(db, value: unknown) {\n  const json = JSON.stringify(value).replace(/'/g, \"''\");\n  await db.$executeRawUnsafe(`INSERT INTO kv (value) VALUES ('${json}'::jsonb)`);\n}\n", filename: FILES.lib },
    // Declared types that admit no SQL: destructured numbers and booleans, number arrays, literal unions.
    { code: "export async function setEligibility({ id, setTo }: { id: number; setTo: boolean }) {\n  await db.$executeRawUnsafe(`UPDATE \"User\" SET \"excluded\" = ${setTo} WHERE id = ${id}`);\n}\n", filename: FILES.lib },
    { code: "export async function updateLevels(ids: number | number[]) {\n  if (!Array.isArray(ids)) ids = [ids];\n  await db.$executeRawUnsafe(`SELECT update_levels(ARRAY[${ids.join(',')}]::integer[])`);\n}\n", filename: FILES.lib },
    { code: "export async function owners({ entityIds, userId }: GetInput & { entityIds: number[]; userId: number }) {\n  return db.$queryRaw`SELECT ${Prisma.raw(`m.\"userId\" = ${userId} AS \"isOwner\"`)} FROM \"Model\" m WHERE ${Prisma.raw(`m.id IN (${entityIds.join(', ')})`)}`;\n}\n", filename: FILES.lib },
    { code: "export const cover = (field: 'url' | 'type') => Prisma.sql`SELECT i.${Prisma.raw(`\"${field}\"`)} FROM \"Image\" i`;\n", filename: FILES.lib },
    // The parameter of a function only this file calls, with literals.
    { code: "import { sql } from 'kysely';\nfunction feeFilter(alias: string) {\n  const f = sql.raw(`${alias}.\"licensingFee\"`);\n  return sql`(${f} IS NOT NULL)`;\n}\nexport const query = (qb) => qb.where(feeFilter('mv')).where(feeFilter('m'));\n", filename: FILES.lib },
    // A private method of a class, only called in it with constants: `this.ownershipSql()` / `this.ownershipSql('t')` (lobe-chat's task model).
    { code: "import { sql } from 'drizzle-orm';\nexport class TaskModel {\n  constructor(private userId: string) {}\n  private ownershipSql = (alias?: string) => {\n    const prefix = alias ? sql.raw(`${alias}.`) : sql.raw('');\n    return sql`${prefix}created_by_user_id = ${this.userId}`;\n  };\n  list() {\n    return sql`SELECT * FROM tasks WHERE ${this.ownershipSql()}`;\n  }\n  tree() {\n    return sql`SELECT * FROM tasks t WHERE ${this.ownershipSql('t')}`;\n  }\n}\n", filename: FILES.lib },
    // The elements of a constant list, or of a declared number array.
    { code: "const COLUMNS = ['url', 'width', 'height'];\nexport async function duplicate(imageId: number) {\n  return db.$queryRawUnsafe(`INSERT INTO \"Image\" (${COLUMNS.map((col) => `\"${col}\"`).join(', ')}) SELECT ${COLUMNS.map((col) => `i.\"${col}\"`).join(', ')} FROM \"Image\" i WHERE i.id = ${imageId}`);\n}\n", filename: FILES.lib },
    { code: "export async function review({ imageId, tagIds }: { imageId: number; tagIds: number[] }) {\n  const values = tagIds.map((tagId) => `(${imageId}, ${tagId})`).join(', ');\n  await db.$queryRawUnsafe(`INSERT INTO \"Review\" (\"imageId\", \"tagId\") VALUES ${values}`);\n}\n", filename: FILES.lib },
  ],
  invalid: [
    // Twin: the helper also hands the callback a fragment its own caller chose.
    { code: JSON_EXPR_CALLBACK("custom ?? 'raw_json::jsonb'"), filename: FILES.lib, errors: [{ messageId: 'interpolated', line: 12, column: 38 }] },
    // Twin: the same test against a set any caller of allowSort() adds to lets any text through.
    { code: SORT_ALLOWLIST("const SORTABLE = new Set<string>();\nexport const allowSort = (column: string) => SORTABLE.add(column);"), filename: FILES.lib, errors: [{ messageId: 'interpolated', line: 11, column: 22 }] },
    // Twin: a fragment returned without bind values (the builder splices the value into the text) is still followed and reported.
    {"code": "import type { Connection } from 'oracledb';\n\nfunction buildFieldCondition(key: string, value: unknown): string {\n  return `JSON_VALUE(payload, '$.${key}') = '${value}'`;\n}\n\nexport function buildWhereClause(filters?: Record<string, unknown>): [string] {\n  if (!filters || Object.keys(filters).length === 0) return [''];\n  const clauses: string[] = [];\n  for (const [key, value] of Object.entries(filters)) clauses.push(buildFieldCondition(key, value));\n  return [`WHERE ${clauses.join(' AND ')}`];\n}\n\nexport class OracleStore {\n  constructor(private readonly connection: Connection) {}\n\n  async list(filters?: Record<string, unknown>, topK = 100) {\n    const [whereClause] = buildWhereClause(filters);\n    const result = await this.connection.execute(\n      `SELECT id, payload FROM memories ${whereClause} FETCH FIRST :max_rows ROWS ONLY`,\n      { max_rows: topK },\n    );\n    return result.rows ?? [];\n  }\n}\n", "filename": "mem0-ts/src/oss/src/vector_stores/oracledb.ts", "errors": [{"messageId": "interpolated", "line": 20, "column": 43, "suggestions": []}]},
    { code: TAG_SLOT_TWIN, filename: FILES.lib, errors: [{ messageId: 'interpolated', line: 9, column: 37 }] },
    { code: IDENT_GUARD_TWIN, filename: FILES.lib, errors: [{ messageId: 'interpolated', line: 13, column: 31 }] },
    // Twin of the GAQL query: the same value spliced into the app's own database query in that file is still reported.
    {
      code: "import { GoogleAdsApi } from \"google-ads-api\";\nimport { pool } from \"@/lib/db\";\n\nexport async function savedCosts(day: string) {\n  return pool.query(`SELECT * FROM ad_costs WHERE day = '${day}'`);\n}\n",
      filename: 'webapps/console/lib/server/syncs/google-ads.ts',
      errors: [{ messageId: 'interpolated', line: 5, column: 60, suggestions: [{ messageId: 'parameterize', output: "import { GoogleAdsApi } from \"google-ads-api\";\nimport { pool } from \"@/lib/db\";\n\nexport async function savedCosts(day: string) {\n  return pool.query('SELECT * FROM ad_costs WHERE day = $1', [day]);\n}\n" }] }],
    },
    // A route the app serves under an examples/ segment is checked like any other.
    {"code":"import { db } from '@/lib/db';\n\nexport async function GET(req: Request) {\n  const tag = new URL(req.url).searchParams.get('tag');\n  const rows = await db.query(`SELECT * FROM examples WHERE tag = '${tag}'`);\n  return Response.json(rows);\n}\n","filename":"app/api/examples/route.ts","errors":[{"messageId":"interpolated","line":5,"column":70,"suggestions":[{"messageId":"parameterize","output":"import { db } from '@/lib/db';\n\nexport async function GET(req: Request) {\n  const tag = new URL(req.url).searchParams.get('tag');\n  const rows = await db.query('SELECT * FROM examples WHERE tag = $1', [tag]);\n  return Response.json(rows);\n}\n"}]}]},
    // The same loop over a list that holds a request value: still reported.
    {"code":"import { db } from '@/lib/db';\n\nexport async function cleanup(extraTable: string, cutoff: string) {\n  for (const [table, column] of [['observability_logs', 'timestamp'], [extraTable, 'created_at']] as const) {\n    await db.execute(`DELETE FROM ${table} WHERE ${column} < $1`, [cutoff]);\n  }\n}\n","filename":"lib/retention.ts","errors":[{"messageId":"interpolated","line":5,"column":37}]},
    // A value of the row interpolated into the same statement: still reported.
    {
      code: "export function buildTeamInsert(d1: D1Database, row: { id: string; name: string }): D1PreparedStatement {\n  return d1.prepare(`INSERT INTO team (\"id\", \"name\") VALUES (?, '${row.name}')`).bind(row.id);\n}\n",
      filename: "src/lib/teams/team-writes.ts",
      errors: [{ messageId: 'interpolated', line: 2, column: 68, suggestions: [{ messageId: 'parameterize', output: "export function buildTeamInsert(d1: D1Database, row: { id: string; name: string }): D1PreparedStatement {\n  return d1.prepare('INSERT INTO team (\"id\", \"name\") VALUES (?, $1)', [row.name]).bind(row.id);\n}\n" }] }],
    },
    // A variable's declared type is not trusted: this `number` is whatever JSON the client sent.
    {
      code: "export async function POST(req: Request) {\n  const { limit }: { limit: number } = await req.json();\n  return Response.json(await db.$queryRawUnsafe(`SELECT * FROM posts LIMIT ${limit}`));\n}\n",
      filename: FILES.route,
      errors: [{ messageId: 'interpolated', line: 3, column: 78, suggestions: [{ messageId: 'parameterize', output: "export async function POST(req: Request) {\n  const { limit }: { limit: number } = await req.json();\n  return Response.json(await db.$queryRaw`SELECT * FROM posts LIMIT ${limit}`);\n}\n" }] }],
    },
    // Quote-doubled but spliced outside quotes (`1 OR 1=1` needs no quote), or for MySQL (backslash escapes).
    {
      code: "export async function find(client, id: string) {\n  return client.query(`SELECT * FROM t WHERE id = ${id.replace(/'/g, \"''\")}`);\n}\n",
      filename: FILES.lib,
      errors: [{ messageId: 'interpolated', suggestions: [{ messageId: 'parameterize', output: "export async function find(client, id: string) {\n  return client.query('SELECT * FROM t WHERE id = $1', [id.replace(/'/g, \"''\")]);\n}\n" }] }],
    },
    {
      code: "import mysql from 'mysql2/promise';\nexport async function find(conn, name: string) {\n  return conn.query(`SELECT * FROM t WHERE name = '${name.replace(/'/g, \"''\")}'`);\n}\n",
      filename: FILES.lib,
      errors: [{ messageId: 'interpolated', suggestions: [{ messageId: 'parameterize', output: "import mysql from 'mysql2/promise';\nexport async function find(conn, name: string) {\n  return conn.query('SELECT * FROM t WHERE name = ?', [name.replace(/'/g, \"''\")]);\n}\n" }] }],
    },
    // A destructured string is still the caller's.
    {
      code: "export async function rename({ id, name }: { id: number; name: string }) {\n  await db.$executeRawUnsafe(`UPDATE \"User\" SET name = '${name}' WHERE id = ${id}`);\n}\n",
      filename: FILES.lib,
      errors: [{ messageId: 'interpolated' }],
    },
    // Twins of the private method: one call passes a caller's value, or the method is public (callers unseen).
    {
      code: "import { sql } from 'drizzle-orm';\nexport class TaskModel {\n  constructor(private userId: string) {}\n  private ownershipSql = (alias?: string) => {\n    const prefix = alias ? sql.raw(`${alias}.`) : sql.raw('');\n    return sql`${prefix}created_by_user_id = ${this.userId}`;\n  };\n  list(alias: string) {\n    return sql`SELECT * FROM tasks WHERE ${this.ownershipSql(alias)}`;\n  }\n  tree() {\n    return sql`SELECT * FROM tasks t WHERE ${this.ownershipSql('t')}`;\n  }\n}\n",
      filename: FILES.lib,
      errors: [{ messageId: 'interpolated', line: 5 }],
    },
    {
      code: "import { sql } from 'drizzle-orm';\nexport class TaskModel {\n  constructor(private userId: string) {}\n  ownershipSql = (alias?: string) => {\n    const prefix = alias ? sql.raw(`${alias}.`) : sql.raw('');\n    return sql`${prefix}created_by_user_id = ${this.userId}`;\n  };\n  list() {\n    return sql`SELECT * FROM tasks WHERE ${this.ownershipSql('t')}`;\n  }\n}\n",
      filename: FILES.lib,
      errors: [{ messageId: 'interpolated', line: 5 }],
    },
    // A local function called with a request value, or exported (callers unseen).
    {
      code: "import { sql } from 'kysely';\nfunction feeFilter(alias: string) {\n  return sql.raw(`${alias}.\"licensingFee\" > 0`);\n}\nexport const query = (qb, req) => qb.where(feeFilter('mv')).where(feeFilter(req.query.alias));\n",
      filename: FILES.lib,
      errors: [{ messageId: 'interpolated' }],
    },
    {
      code: "import { sql } from 'kysely';\nexport function feeFilter(alias: string) {\n  return sql.raw(`${alias}.\"licensingFee\" > 0`);\n}\n",
      filename: FILES.lib,
      errors: [{ messageId: 'interpolated' }],
    },
    // Elements of a list built at run time (pushed rows, entries of an object through a filter) are not constants.
    {
      code: "export async function apply(tx, surveys) {\n  const updates = [];\n  for (const s of surveys) updates.push({ id: s.id });\n  const valuesList = updates.map((u) => `('${u.id}')`).join(', ');\n  await tx.$executeRawUnsafe(`UPDATE t SET x = 1 FROM (VALUES ${valuesList}) AS v(id)`);\n}\n",
      filename: FILES.lib,
      errors: [{ messageId: 'interpolated' }],
    },
    {
      code: "export async function save(conn, stats: Record<string, number>) {\n  const fields = Object.entries(stats).filter(([, v]) => v !== undefined);\n  await conn.execute(`UPDATE t SET ${fields.map(([key]) => `${key} = ?`).join(', ')} WHERE id = ?`, [...fields.map(([, v]) => v), 1]);\n}\n",
      filename: FILES.lib,
      errors: [{ messageId: 'interpolated' }],
    },
    // The keys of a request body are the caller's.
    {
      code: "export async function update(db, id: number, body: Record<string, string>) {\n  const sets = Object.keys(body).map((k) => `\"${k}\" = 1`).join(', ');\n  await db.$executeRawUnsafe(`UPDATE t SET ${Object.keys(body).map((k) => `\"${k}\" = 1`).join(', ')} WHERE id = ${id}`);\n}\n",
      filename: FILES.lib,
      errors: [{ messageId: 'interpolated' }],
    },
    // An Express entry file exports nothing and calls process.exit(), but it listens: a server, not a command-line script.
    {
      code: "const express = require('express');\nconst { Pool } = require('pg');\n\nconst pool = new Pool();\nconst app = express();\n\napp.get('/users', async (req, res) => {\n  const { rows } = await pool.query(`SELECT * FROM users WHERE email = '${req.query.email}'`);\n  res.json(rows);\n});\n\npool.connect().catch(() => process.exit(1));\napp.listen(process.argv[2] ?? 3000);\n",
      filename: "index.js",
      errors: [{ messageId: 'interpolated', line: 8, column: 75, suggestions: [{ messageId: 'parameterize', output: "const express = require('express');\nconst { Pool } = require('pg');\n\nconst pool = new Pool();\nconst app = express();\n\napp.get('/users', async (req, res) => {\n  const { rows } = await pool.query('SELECT * FROM users WHERE email = $1', [req.query.email]);\n  res.json(rows);\n});\n\npool.connect().catch(() => process.exit(1));\napp.listen(process.argv[2] ?? 3000);\n" }] }],
    },

    {
      code: "export async function GET(req: Request) {\n  const email = new URL(req.url).searchParams.get('email');\n  const users = await prisma.$queryRawUnsafe(`SELECT * FROM \"User\" WHERE email = '${email}'`);\n  return Response.json(users);\n}\n",
      filename: FILES.route,
      errors: [
        {
          messageId: 'interpolated',
          line: 3,
          column: 85,
          endColumn: 90,
          suggestions: [
            {
              messageId: 'parameterize',
              output:
                "export async function GET(req: Request) {\n  const email = new URL(req.url).searchParams.get('email');\n  const users = await prisma.$queryRaw`SELECT * FROM \"User\" WHERE email = ${email}`;\n  return Response.json(users);\n}\n",
            },
          ],
        },
      ],
    },
    {
      // pg: string concatenation through a local, $n placeholders
      code: "import { Pool } from 'pg';\nconst pool = new Pool();\nexport default async function handler(req, res) {\n  const { id } = req.query;\n  const result = await pool.query(`SELECT * FROM orders WHERE id = ${id}`);\n  res.json(result.rows);\n}\n",
      filename: 'pages/api/orders.js',
      errors: [
        {
          messageId: 'interpolated',
          line: 5,
          suggestions: [
            {
              messageId: 'parameterize',
              output:
                "import { Pool } from 'pg';\nconst pool = new Pool();\nexport default async function handler(req, res) {\n  const { id } = req.query;\n  const result = await pool.query('SELECT * FROM orders WHERE id = $1', [id]);\n  res.json(result.rows);\n}\n",
            },
          ],
        },
      ],
    },
    {
      // mysql2: ? placeholders
      code: "import mysql from 'mysql2/promise';\nasync function find(conn, name) {\n  return conn.execute(`SELECT * FROM users WHERE name = '${name}'`);\n}\n",
      filename: FILES.lib,
      errors: [
        {
          messageId: 'interpolated',
          suggestions: [
            {
              messageId: 'parameterize',
              output: "import mysql from 'mysql2/promise';\nasync function find(conn, name) {\n  return conn.execute('SELECT * FROM users WHERE name = ?', [name]);\n}\n",
            },
          ],
        },
      ],
    },
    {
      // SQL built with += and concatenation
      code: "async function search(db, term, sort) {\n  let q = 'SELECT * FROM posts WHERE 1=1';\n  if (term) q += \" AND title LIKE '%\" + term + \"%'\";\n  return db.query(q);\n}\n",
      filename: FILES.lib,
      errors: [{ messageId: 'interpolated', line: 3, suggestions: [] }],
    },
    {
      // drizzle sql.raw with interpolation
      code: "import { sql } from 'drizzle-orm';\nexport async function POST(req: Request) {\n  const { column } = await req.json();\n  return db.execute(sql.raw(`SELECT ${column} FROM users`));\n}\n",
      filename: FILES.route,
      errors: [{ messageId: 'interpolated', line: 4, suggestions: [] }],
    },
    {
      // Prisma.raw with a template
      code: "async function q(userId: string) {\n  return prisma.$queryRaw`SELECT * FROM t WHERE ${Prisma.raw(`owner = '${userId}'`)}`;\n}\n",
      filename: FILES.lib,
      errors: [
        {
          messageId: 'interpolated',
          line: 2,
          suggestions: [
            { messageId: 'parameterize', output: "async function q(userId: string) {\n  return prisma.$queryRaw`SELECT * FROM t WHERE ${Prisma.sql`owner = ${userId}`}`;\n}\n" },
          ],
        },
      ],
    },
    {
      // knex whereRaw, executeRawUnsafe, hand-escaped VALUES list
      code: "async function a(knex, email) { return knex('users').whereRaw(`email = '${email}'`); }\nasync function b(tx, updates) {\n  const valuesList = updates.map((u) => `('${u.id}', '${u.name}')`).join(', ');\n  await tx.$executeRawUnsafe(`UPDATE t SET name = v.name FROM (VALUES ${valuesList}) AS v(id, name) WHERE t.id = v.id`);\n}\n",
      filename: FILES.lib,
      errors: [
        { messageId: 'interpolated', line: 1, suggestions: [{ messageId: 'parameterize', output: "async function a(knex, email) { return knex('users').whereRaw('email = ?', [email]); }\nasync function b(tx, updates) {\n  const valuesList = updates.map((u) => `('${u.id}', '${u.name}')`).join(', ');\n  await tx.$executeRawUnsafe(`UPDATE t SET name = v.name FROM (VALUES ${valuesList}) AS v(id, name) WHERE t.id = v.id`);\n}\n" }] },
        { messageId: 'interpolated', line: 4, suggestions: [] },
      ],
    },
    {
      // better-sqlite3 prepare, sequelize.query, postgres.js unsafe
      code: "async function a(db, id) { return db.prepare(`SELECT * FROM t WHERE id = ${id}`).get(); }\nasync function b(sequelize, name) { return sequelize.query(\"SELECT * FROM t WHERE name = '\" + name + \"'\"); }\nasync function c(sql, id) { return sql.unsafe(`DELETE FROM t WHERE id = ${id}`); }\n",
      filename: FILES.lib,
      errors: [
        { messageId: 'interpolated', line: 1, suggestions: [{ messageId: 'parameterize', output: "async function a(db, id) { return db.prepare('SELECT * FROM t WHERE id = $1', [id]).get(); }\nasync function b(sequelize, name) { return sequelize.query(\"SELECT * FROM t WHERE name = '\" + name + \"'\"); }\nasync function c(sql, id) { return sql.unsafe(`DELETE FROM t WHERE id = ${id}`); }\n" }] },
        { messageId: 'interpolated', line: 2, suggestions: [] },
        { messageId: 'interpolated', line: 3, suggestions: [{ messageId: 'parameterize', output: "async function a(db, id) { return db.prepare(`SELECT * FROM t WHERE id = ${id}`).get(); }\nasync function b(sequelize, name) { return sequelize.query(\"SELECT * FROM t WHERE name = '\" + name + \"'\"); }\nasync function c(sql, id) { return sql`DELETE FROM t WHERE id = ${id}`; }\n" }] },
      ],
    },
  ],
});

// A value handed back only when a constant list of literals holds it (olarijulius-wq/nextjs-dashboard's billing events sort).
ruleTester.run('no-sql-interpolation (values checked against a constant list in a conditional)', rule, {
  valid: [
    // LIST.has(x) ? x : 'default', and !LIST.includes(x) ? 'default' : x
    {"code": "import postgres from 'postgres';\n\nconst sql = postgres(process.env.POSTGRES_URL as string);\nconst ALLOWED_SORT = new Set(['created_at', 'event_type', 'status']);\nconst ALLOWED_DIR = ['asc', 'desc'] as const;\n\nexport async function listEvents(searchParams: { sort?: string; dir?: string }) {\n  const sort = ALLOWED_SORT.has(searchParams?.sort ?? '')\n    ? (searchParams?.sort as 'created_at' | 'event_type' | 'status')\n    : 'created_at';\n  const dir = !ALLOWED_DIR.includes(searchParams.dir as 'asc') ? 'desc' : searchParams.dir;\n  const orderBy = `${sort} ${dir}`;\n  return sql`select * from billing_events order by ${sql.unsafe(orderBy)}`;\n}\n", "filename": "app/dashboard/events/page.tsx"},
  ],
  invalid: [
    // the branch hands back another value than the one tested
    {"code":"import postgres from 'postgres';\n\nconst sql = postgres(process.env.POSTGRES_URL as string);\nconst ALLOWED_SORT = new Set(['created_at', 'event_type', 'status']);\nconst ALLOWED_DIR = ['asc', 'desc'] as const;\n\nexport async function listEvents(searchParams: { sort?: string; dir?: string }) {\n  const sort = ALLOWED_SORT.has(searchParams?.sort ?? '')\n    ? (searchParams?.dir as 'created_at' | 'event_type' | 'status')\n    : 'created_at';\n  const dir = !ALLOWED_DIR.includes(searchParams.dir as 'asc') ? 'desc' : searchParams.dir;\n  const orderBy = `${sort} ${dir}`;\n  return sql`select * from billing_events order by ${sql.unsafe(orderBy)}`;\n}\n","filename":"app/dashboard/events/page.tsx","errors":[{"messageId":"interpolated","line":12,"column":22,"suggestions":[]}]},
    // the list holds a variable
    {"code":"import postgres from 'postgres';\n\nconst sql = postgres(process.env.POSTGRES_URL as string);\nconst ALLOWED_SORT = new Set(['created_at', process.argv[2], 'status']);\nconst ALLOWED_DIR = ['asc', 'desc'] as const;\n\nexport async function listEvents(searchParams: { sort?: string; dir?: string }) {\n  const sort = ALLOWED_SORT.has(searchParams?.sort ?? '')\n    ? (searchParams?.sort as 'created_at' | 'event_type' | 'status')\n    : 'created_at';\n  const dir = !ALLOWED_DIR.includes(searchParams.dir as 'asc') ? 'desc' : searchParams.dir;\n  const orderBy = `${sort} ${dir}`;\n  return sql`select * from billing_events order by ${sql.unsafe(orderBy)}`;\n}\n","filename":"app/dashboard/events/page.tsx","errors":[{"messageId":"interpolated","line":12,"column":22,"suggestions":[]}]},
    // negated test hands back the value in the wrong branch
    {"code":"import postgres from 'postgres';\n\nconst sql = postgres(process.env.POSTGRES_URL as string);\nconst ALLOWED_SORT = new Set(['created_at', 'event_type', 'status']);\nconst ALLOWED_DIR = ['asc', 'desc'] as const;\n\nexport async function listEvents(searchParams: { sort?: string; dir?: string }) {\n  const sort = ALLOWED_SORT.has(searchParams?.sort ?? '')\n    ? (searchParams?.sort as 'created_at' | 'event_type' | 'status')\n    : 'created_at';\n  const dir = !ALLOWED_DIR.includes(searchParams.dir as 'asc') ? searchParams.dir : 'desc';\n  const orderBy = `${sort} ${dir}`;\n  return sql`select * from billing_events order by ${sql.unsafe(orderBy)}`;\n}\n","filename":"app/dashboard/events/page.tsx","errors":[{"messageId":"interpolated","line":12,"column":30,"suggestions":[]}]},
  ],
});
