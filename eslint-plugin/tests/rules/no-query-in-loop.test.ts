import rule from '../../src/rules/no-query-in-loop';
import { ruleTester, FILES } from '../rule-tester';

const helper = { prodready: { helperModules: { 'no-query-in-loop': '@/lib/map-with-concurrency' } } };
const PRISMA = "import { prisma } from '@/lib/prisma';\n";

/** LibreChat's seeded access roles: a table of 12 constant records written in the code, one upsert per row. */
const ROLE_SEED = (extra: string) =>
  "import mongoose from 'mongoose';\nimport { RoleIds, ResourceType, PermBits } from './enums';\n\nexport async function seedDefaultRoles() {\n  const Role = mongoose.models.Role;\n  const defaults = [\n" +
  ['DOC', 'FOLDER', 'PROMPT', 'AGENT']
    .flatMap((r) => ['VIEWER', 'EDITOR', 'OWNER'].map((b) => `    { roleId: RoleIds.${r}_${b}, name: 'role_${b.toLowerCase()}', resourceType: ResourceType.${r}, permBits: PermBits.${b} },\n`))
    .join('') +
  extra +
  "  ];\n  const result: Record<string, unknown> = {};\n  for (const role of defaults) {\n    result[role.roleId] = await Role.findOneAndUpdate({ roleId: role.roleId }, { $setOnInsert: role }, { upsert: true, new: true }).lean();\n  }\n  return result;\n}\n";

const ROLE_SEED_CUSTOM = ROLE_SEED('    ...customRoles,\n').replace('seedDefaultRoles()', 'seedDefaultRoles(customRoles: Role[])');

ruleTester.run('no-query-in-loop', rule, {
  valid: [
    // homarr's onboarding: the first step whose condition holds is written, then `return` leaves the loop (one query at most).
    { code: "import { db } from '@/db';\nimport { onboarding } from '@/db/schema';\n\nexport async function nextStep(current: string, steps: Record<string, boolean | ((d: typeof db) => Promise<boolean>)>) {\n  for (const [nextStep, condition] of Object.entries(steps)) {\n    if (typeof condition === 'function' && !(await condition(db))) continue;\n    if (!condition) continue;\n\n    await db.update(onboarding).set({ previousStep: current, step: nextStep });\n    return;\n  }\n}\n", filename: 'packages/api/src/router/onboard/onboard-queries.ts' },
    // postgres-new's runMigrations: each item carries its own statement (tx.exec(migration.sql)), applied in order after recording its version: a migration runner, not a batch.
    {"code": "import type { PGliteInterface, Transaction } from '@electric-sql/pglite';\n\nexport async function runMigrations(db: PGliteInterface, migrations: { version: string; name: string; sql: string }[]) {\n  const { rows: applied } = await db.query<{ version: string }>('select version from meta.migrations order by version asc');\n  await db.transaction(async (tx: Transaction) => {\n    for (let i = 0; i < migrations.length; i++) {\n      const migration = migrations[i];\n      if (applied[i]) continue;\n      await tx.query('insert into meta.migrations (version, name) values ($1, $2)', [migration.version, migration.name]);\n      await tx.exec(migration.sql);\n    }\n  });\n}\n", "filename": "lib/db/index.ts"},
    // teable's createBase: each item of the list the provider returns is a DDL statement of its own (create schema, grants), run in order.
    {"code": "import { PrismaService } from '@app/db-prisma';\n\nexport class BaseService {\n  constructor(private readonly prismaService: PrismaService, private readonly dbProvider: { createSchema(id: string): string[] | undefined }) {}\n\n  async createBase(baseId: string) {\n    await this.prismaService.$tx(async (prisma) => {\n      const sqlList = this.dbProvider.createSchema(baseId);\n      if (sqlList) {\n        for (const sql of sqlList) {\n          await prisma.$executeRawUnsafe(sql);\n        }\n      }\n    });\n  }\n}\n", "filename": "apps/nestjs-backend/src/features/base/base.service.ts"},
    // lunary's async index migrations: the statement is unpacked from each row (`const { statement } = migration`) and run with sql.unsafe() between its status updates.
    {"code": "import sql from './utils/db';\n\nexport async function runAsyncMigrations() {\n  const migrations = await sql`select id, name, statement from _db_migration_async where status in ('pending', 'failed') order by id`;\n  for (const migration of migrations) {\n    const { id, statement } = migration;\n    await sql`update _db_migration_async set status = 'in-progress' where id = ${id}`;\n    await sql.unsafe(statement);\n    await sql`update _db_migration_async set status = 'done' where id = ${id}`;\n  }\n}\n", "filename": "packages/backend/src/create-indexes.ts"},
    // jobfinders' 2FA backup codes: the update runs in the block that then returns, so at most once per loop (the matching code).
    { code: "import { prisma } from '@/lib/prisma';\nimport { timingSafeEqual } from 'crypto';\n\nexport async function useBackupCode(userId: string, hash: Buffer, markAll: boolean) {\n  const codes = await prisma.backupCode.findMany({ where: { userId, used: false } });\n  for (const backupCode of codes) {\n    if (timingSafeEqual(Buffer.from(backupCode.codeHash, 'hex'), hash)) {\n      await prisma.backupCode.update({ where: { id: backupCode.id }, data: { used: true } });\n      return true;\n    }\n  }\n  return false;\n}\n", filename: 'src/lib/two-factor-auth.ts' },
    // coding-agent-template's deployment route: the update is followed by a `return`, so it runs once, for the first
    // successful deployment, not once per deployment.
    { code: "import { db } from '@/lib/db';\nimport { tasks } from '@/lib/db/schema';\nimport { eq } from 'drizzle-orm';\n\nexport async function GET(req: Request, taskId: string) {\n  const deployments = await listDeployments(taskId);\n  for (const deployment of deployments) {\n    const status = await getLatestStatus(deployment.id);\n    if (status?.state === 'success' && status.url) {\n      await db.update(tasks).set({ previewUrl: status.url }).where(eq(tasks.id, taskId));\n      return Response.json({ previewUrl: status.url });\n    }\n  }\n  return Response.json({ previewUrl: null });\n}\n", filename: 'app/api/tasks/[taskId]/deployment/route.ts' },
    // searchfindr's due-diligence template: an index loop over an UPPER_CASE constant's rows, like `for (const cat of DEFAULT_CHECKLIST.categories)`.
    { code: "import { DEFAULT_CHECKLIST } from '@/lib/data/templates';\n\nexport async function createChecklist(supabase: SupabaseClient, dealId: string) {\n  for (let i = 0; i < DEFAULT_CHECKLIST.categories.length; i++) {\n    const cat = DEFAULT_CHECKLIST.categories[i];\n    const { data: category } = await supabase.from('categories').insert({ deal_id: dealId, name: cat.name, order_index: i }).select().single();\n    if (!category) continue;\n    await supabase.from('items').insert(cat.items.map((name) => ({ category_id: category.id, name })));\n  }\n}\n", filename: 'lib/data-access/dd-tracker.ts' },
    // The same loop in a seed script (prisma/seed.ts) and in an example app kept under examples/: tooling.
    { code: "import { prisma } from '@/lib/prisma';\n\nexport default async function handler() {\n  const users = await prisma.user.findMany();\n  for (const user of users) {\n    await prisma.post.create({ data: { title: 'Welcome', authorId: user.id } });\n  }\n}\n", filename: "prisma/seed.ts" },
    { code: "import { prisma } from '@/lib/prisma';\n\nexport async function POST() {\n  const users = await prisma.user.findMany();\n  for (const user of users) {\n    await prisma.post.create({ data: { title: 'Welcome', authorId: user.id } });\n  }\n  return Response.json({ ok: true });\n}\n", filename: "examples/blog/app/api/seed/route.ts" },
    // A table of constant records longer than ten rows (LibreChat's default access roles): one upsert per row of the code.
    { code: ROLE_SEED(''), filename: FILES.lib },
    // AFFiNE: IndexedDB stores (`tx.objectStore(...)`, `idb`) live in the browser, not in a server database.
    { code: "import { openDB } from 'idb';\n\nexport async function removeRecords(ids: string[]) {\n  const db = await openDB('index', 1);\n  const tx = db.transaction('records', 'readwrite');\n  for (const id of ids) {\n    await tx.objectStore('records').delete(id);\n  }\n  await tx.done;\n}\n", filename: 'packages/common/infra/src/sync/indexer/impl/indexeddb/data-struct.ts' },
    // Greedy matching: one query excludes what earlier iterations claimed, so the update after it is sequential too (midday).
    { code: "import { findInboxMatches, updateInbox } from \"@midday/db/queries\";\nimport { getDb } from \"../../utils/db\";\n\n// Greedy matching: each iteration excludes the inbox items earlier iterations claimed, so the loop is\n// sequential by nature; updateInbox() is one more step of the same per-item workflow.\nexport async function matchTransactions(teamId: string, newTransactionIds: string[]) {\n  const db = getDb();\n  const claimedInboxIds = new Set<string>();\n\n  for (const transactionId of newTransactionIds) {\n    const match = await findInboxMatches(db, {\n      teamId,\n      transactionId,\n      excludeInboxIds: claimedInboxIds,\n    });\n    if (!match) continue;\n    claimedInboxIds.add(match.inboxId);\n\n    await updateInbox(db, { id: match.inboxId, teamId, status: \"analyzing\" });\n  }\n}\n", filename: "apps/worker/src/processors/inbox/match-transactions.ts" },
    // The same when the dependent query comes after the first one in the loop.
    { code: "import { db } from \"@/lib/db\";\n\nexport async function assignReviewers(pullIds: string[]) {\n  const taken = new Set<string>();\n  for (const pullId of pullIds) {\n    await db.auditLog.create({ data: { pullId, action: \"assign\" } });\n    const reviewer = await db.user.findFirst({ where: { role: \"reviewer\", id: { notIn: [...taken] } } });\n    if (reviewer) taken.add(reviewer.id);\n  }\n}\n", filename: "lib/assign.ts" },
    // Round-robin paging: the offset comes from a Map the loop advances (linkwarden).
    { code: "import { prisma } from \"@/lib/prisma\";\n\n// Round-robin pick: each round takes the next page of every user's links; the\n// offset for a user comes from the Map the previous round advanced.\nexport default async function getLinkBatchFairly(maxBatchLinks: number) {\n  const users = await prisma.user.findMany({ select: { id: true }, take: maxBatchLinks });\n  const nextOffset = new Map<number, number>();\n  const picked = new Set<number>();\n\n  while (picked.size < maxBatchLinks) {\n    let added = 0;\n    for (const { id: userId } of users) {\n      const skip = nextOffset.get(userId) ?? 0;\n      const userLinks = await prisma.link.findMany({\n        where: { createdById: userId },\n        skip,\n        take: 1,\n        select: { id: true },\n      });\n      if (userLinks.length === 0) continue;\n      nextOffset.set(userId, skip + userLinks.length);\n      for (const { id } of userLinks) {\n        if (!picked.has(id)) {\n          picked.add(id);\n          added++;\n        }\n      }\n    }\n    if (added === 0) break;\n  }\n  return Array.from(picked);\n}\n", filename: "apps/worker/lib/getLinkBatchFairly.ts" },
    // A loop paced on purpose (an image generator's batch queue waits two seconds between slow generations): one
    // update per item is the plan.
    { code: "import { supabase } from '@/lib/supabase-server';\n\n// One generation at a time, two seconds apart, so the image API is not overloaded.\nexport async function processBatch(items: { id: string; prompt: string }[]) {\n  for (const item of items) {\n    const url = await generate(item.prompt);\n    await supabase.from('batch_items').update({ status: 'done', image_url: url }).eq('id', item.id);\n    await new Promise((resolve) => setTimeout(resolve, 2000));\n  }\n}\n", filename: 'lib/batch-queue.ts' },
    // An ordered migration runner: each item runs as a step (await m.run()) between its status writes (linkwarden).
    { code: "import { prisma } from \"@/lib/prisma\";\n\ntype AppMigrationDef = { id: number; name: string; run: () => Promise<void> };\n\nconst migrations: AppMigrationDef[] = [\n  { id: 1, name: \"backfill-a\", run: async () => {} },\n  { id: 2, name: \"backfill-b\", run: async () => {} },\n];\n\n// Ordered data migrations: mark one PENDING, run it, mark it APPLIED, then the next.\nexport async function migrationWorker() {\n  const ordered = [...migrations].sort((a, b) => a.id - b.id);\n  for (let i = 0; i < ordered.length; i++) {\n    const m = ordered[i];\n    await prisma.appMigration.upsert({\n      where: { name: m.name },\n      create: { name: m.name, status: \"PENDING\" },\n      update: { status: \"PENDING\", finishedAt: null },\n    });\n    await m.run();\n    await prisma.appMigration.update({\n      where: { name: m.name },\n      data: { status: \"APPLIED\", finishedAt: new Date() },\n    });\n  }\n}\n", filename: "apps/worker/workers/migrationWorker.ts" },
    // A pipeline runner: each phase of a fixed list runs as a step (`await writeMonitorsPhase(tx, phase)`); its one
    // count query belongs to one phase, not to every item (openstatus' import run).
    { code: "import { count, eq } from \"drizzle-orm\";\nimport { pageComponent } from \"@/db/schema\";\nimport { writeComponentsPhase, writeMonitorsPhase, writePagePhase } from \"./phase-writers\";\n\nexport async function runImport(tx: Tx, summary: Summary, workspaceId: number) {\n  for (const phase of summary.phases) {\n    switch (phase.phase) {\n      case \"monitors\":\n        await writeMonitorsPhase(tx, phase);\n        break;\n      case \"page\":\n        await writePagePhase(tx, phase);\n        break;\n      case \"components\": {\n        const [row] = await tx.select({ count: count() }).from(pageComponent).where(eq(pageComponent.workspaceId, workspaceId));\n        if ((row?.count ?? 0) >= 20) {\n          phase.status = \"skipped\";\n          break;\n        }\n        await writeComponentsPhase(tx, phase);\n        break;\n      }\n    }\n  }\n}\n", filename: "packages/services/src/import/run.ts" },
    // A backfill script in a tools/migrate/ folder that exports a helper for its tests and runs its main() (unkey's logging-policy.ts).
    { code: "import { createPool, drizzle, eq, schema } from \"@unkey/db\";\n\nexport function addPolicy(blob: string | null): string | null {\n  return blob;\n}\n\nasync function main() {\n  const db = drizzle(createPool(process.env.DATABASE_URL!), { schema });\n  const rows = await db.select().from(schema.settings);\n  for (const row of rows) {\n    await db.update(schema.settings).set({ config: addPolicy(row.config) }).where(eq(schema.settings.id, row.id));\n  }\n}\n\nmain().catch((error: unknown) => {\n  console.error(error);\n  process.exitCode = 1;\n});\n", filename: 'web/tools/migrate/logging-policy.ts' },
    // A one-off data migration in a code-migrations/ folder (openpanel).
    { code: "import { db } from '../index';\n\nexport async function up() {\n  const reports = await db.report.findMany({ where: { options: null } });\n  let migrated = 0;\n  for (const report of reports) {\n    const options = report.chartType === 'funnel' ? { window: report.funnelWindow } : {};\n    await db.report.update({\n      where: { id: report.id },\n      data: { options, funnelWindow: null },\n    });\n    migrated++;\n  }\n  console.log(`migrated ${migrated} reports`);\n}\n", filename: "packages/db/code-migrations/4-backfill-report-options.ts" },

    // Browser code without 'use client' (zola's file uploads): it imports the browser Supabase client and a toast.
    { code: "import { createClient } from \"@/lib/supabase/client\"\nimport { toast } from \"@/components/ui/toast\"\n\nexport async function saveFiles(files: File[], noteId: string) {\n  const supabase = createClient()\n  const saved: string[] = []\n  for (const file of files) {\n    const path = `notes/${crypto.randomUUID()}`\n    const { error: upErr } = await supabase.storage.from(\"files\").upload(path, file)\n    if (upErr) { toast({ title: \"Upload failed\" }); continue }\n    await supabase.from(\"note_files\").insert({ note_id: noteId, path, name: file.name })\n    saved.push(path)\n  }\n  return saved\n}\n", filename: "lib/uploads/save-files.ts" },

    // A command-line script at the repository root (boxyhq's delete-team.js): exports nothing, reads process.argv.
    { code: "const { PrismaClient } = require('@prisma/client');\nconst prisma = new PrismaClient();\nasync function main() {\n  const members = await prisma.teamMember.findMany({ where: { teamId: process.argv[2] } });\n  for (const m of members) {\n    const teams = await prisma.teamMember.findMany({ where: { userId: m.userId } });\n    console.log(m.userId, teams.length);\n  }\n  process.exit(0);\n}\nmain();\n", filename: "delete-team.js" },

    // Greedy matching (midday): each query excludes what the earlier iterations claimed.
    { code: "import { findInboxMatch } from '@/db/queries';\nexport async function POST(req: Request) {\n  const { teamId, ids } = await req.json();\n  const claimed = new Set<string>();\n  for (const id of ids) {\n    const match = await findInboxMatch(db, { teamId, id, excludeIds: claimed });\n    if (match) claimed.add(match.inboxId);\n  }\n  return Response.json({ n: claimed.size });\n}\n", filename: FILES.route },
    // Batched writes per item (documenso's envelope items): createMany is the fix, not the N+1.
    { code: "import { prisma } from '@/lib/prisma';\nexport async function POST(req: Request) {\n  const items: { id: string; fields: { page: number }[] }[] = await req.json();\n  for (const item of items) {\n    await prisma.field.createMany({ data: item.fields.map((f) => ({ ...f, itemId: item.id })) });\n  }\n  return Response.json({ ok: true });\n}\n", filename: FILES.route },
    // Dev tooling: an eval harness.
    { code: "import { prisma } from '@/lib/prisma';\nexport async function run(ids: string[]) {\n  for (const id of ids) await prisma.user.findUnique({ where: { id } });\n}\n", filename: 'packages/insights/evals/run.ts' },
    // Batched queries.
    { code: `${PRISMA}export async function GET() { const users = await prisma.user.findMany({ where: { id: { in: ids } } }); return Response.json(users); }`, filename: FILES.route },
    { code: `${PRISMA}export async function POST() { await prisma.post.createMany({ data: items }); }`, filename: FILES.route },
    // Promise.all over map (a separate, milder concern) and already-bounded helpers.
    { code: `${PRISMA}export async function GET() { const rows = await Promise.all(ids.map(async (id) => prisma.user.findUnique({ where: { id } }))); return Response.json(rows); }`, filename: FILES.route },
    { code: `${PRISMA}export async function GET() { const ps = ids.map(async (id) => { return await prisma.user.findUnique({ where: { id } }); }); await Promise.all(ps); }`, filename: FILES.route },
    { code: `${PRISMA}export async function GET() { await pMap(ids, async (id) => prisma.user.delete({ where: { id } }), { concurrency: 5 }); }`, filename: FILES.route },
    // Cursor pagination and other loops whose next query depends on the previous result.
    { code: `${PRISMA}export async function GET() { let cursor; while (true) { const page = await prisma.user.findMany({ take: 100, cursor }); if (!page.length) break; cursor = { id: page.at(-1).id }; } }`, filename: FILES.route },
    { code: `${PRISMA}export async function GET() { let parentId = null; for (const name of segments) { const f = await prisma.folder.findFirst({ where: { name, parentId } }); parentId = f.id; } }`, filename: FILES.route },
    // Retry loops.
    { code: `${PRISMA}export async function POST() { for (let attempt = 0; attempt < 3; attempt++) { try { return await prisma.user.create({ data }); } catch {} } }`, filename: FILES.route },
    // Loops over chunks/batches; fixed literal lists and constants.
    { code: `${PRISMA}export async function POST() { for (const chunk of chunks) { await prisma.event.createMany({ data: chunk }); } }`, filename: FILES.route },
    { code: `${PRISMA}export async function POST() { for (let i = 0; i < rows.length; i += 500) { await prisma.event.createMany({ data: rows.slice(i, i + 500) }); } }`, filename: FILES.route },
    { code: "import { createClient } from '@supabase/supabase-js';\nconst supabase = createClient('u', 'k');\nasync function backup() { for (const table of ['profiles', 'agents']) { await supabase.from(table).select('*'); } }", filename: 'lib/backup.ts' },
    { code: `${PRISMA}export async function GET() { for (const key of UTM_PARAMS) { data[key] = await getUTM(key); } }`, filename: FILES.route },
    // A fixed list of computed constants (cal.com's booking-reminder cron: three intervals in minutes).
    { code: "import prisma from '@/lib/prisma';\nexport async function sendReminders() {\n  const reminderIntervalMinutes = [48 * 60, 24 * 60, 3 * 60];\n  for (const interval of reminderIntervalMinutes) {\n    const bookings = await prisma.booking.findMany({ where: { startTime: { lte: new Date(Date.now() + interval * 60_000) } } });\n    console.log(interval, bookings.length);\n  }\n}\n", filename: 'app/api/cron/bookingReminder/route.ts' },
    // A list of tables written in the code: one query per table, however many grants there are (lobe-chat's OIDC grant revocation).
    { code: "import { db } from '@/lib/db';\nimport { accessTokens, authorizationCodes, refreshTokens } from '@/lib/db/schema';\nimport { eq } from 'drizzle-orm';\n\nexport async function revokeByGrantId(grantId: string) {\n  await db.transaction(async (tx) => {\n    const tables = [accessTokens, authorizationCodes, refreshTokens];\n    for (const table of tables) {\n      await tx.delete(table).where(eq(table.grantId, grantId));\n    }\n  });\n}\n", filename: FILES.lib },
    // An AI model catalogue package (`model-runtime`) is not the app's data layer: its lookup per model name reads no database (lobe-chat's parseModels).
    { code: "import { getModelPropertyWithFallback } from '@acme/model-runtime';\n\nexport async function parseModelTypes(names: string[], providerId: string) {\n  const types: string[] = [];\n  for (const id of names) {\n    const type = await getModelPropertyWithFallback<string>(id, 'type', providerId);\n    types.push(type);\n  }\n  return types;\n}\n", filename: 'src/utils/server/parseModels.ts' },
    // One fixed list or the other (an OAuth revoke tries the hinted token type first).
    { code: "import { db } from '@/lib/db';\nexport async function revoke(hash: string, hint: string) {\n  const types = hint === 'refresh_token' ? (['Refresh', 'Access'] as const) : (['Access', 'Refresh'] as const);\n  for (const type of types) {\n    const key = await db.apiKey.findFirst({ where: { hash, type } });\n    if (key) return key;\n  }\n}\n", filename: FILES.lib },
    // Queries outside loops; loops without queries; non-DB awaits in loops.
    { code: `${PRISMA}export async function GET() { const u = await prisma.user.findMany(); for (const x of u) { console.log(x); } }`, filename: FILES.route },
    { code: "import OpenAI from 'openai';\nconst client = new OpenAI();\nexport async function POST() { for (const m of messages) { await client.chat.completions.create({ model: 'x', messages: [m] }); } }", filename: FILES.route },
    { code: `${PRISMA}export async function POST() { for (const f of files) { await fetch(f.url); await sendEmail(f); } }`, filename: FILES.route },
    // Promises collected without await and awaited together.
    { code: `${PRISMA}export async function POST() { const ps = []; for (const i of items) ps.push(prisma.item.update({ where: { id: i.id }, data: i })); await prisma.$transaction(ps); }`, filename: FILES.route },
    // A local helper doing a whole job per item (not a thin accessor).
    { code: `${PRISMA}async function processItem(i) { const a = 1; const b = 2; const c = 3; const d = 4; const e = 5; const f = 6; await prisma.item.update({ where: { id: i } }); }\nexport async function POST() { for (const i of items) { await processItem(i); } }`, filename: FILES.route },
    // for await over a stream.
    { code: `${PRISMA}export async function POST() { for await (const row of stream) { await prisma.row.create({ data: row }); } }`, filename: FILES.route },
    // Client code, scripts, seeds, tests.
    { code: "'use client';\nimport { supabase } from '@/lib/supabase';\nexport async function save(items) { for (const i of items) { await supabase.from('x').insert(i); } }", filename: 'app/x/save.ts' },
    { code: "import { createCollectionFile } from '@/db/collection-files';\nexport async function save(files) { for (const f of files) { await createCollectionFile(f); } }", filename: 'components/sidebar/update.tsx' },
    { code: `${PRISMA}async function main() { for (const u of users) { await prisma.user.create({ data: u }); } }`, filename: 'prisma/seed.ts' },
    { code: `${PRISMA}async function main() { for (const u of users) { await prisma.user.create({ data: u }); } }`, filename: 'scripts/import-users.ts' },
    { code: `${PRISMA}it('x', async () => { for (const u of users) { await prisma.user.create({ data: u }); } });`, filename: 'lib/__tests__/users.test.ts' },
    // drizzle's sql tag only builds a fragment.
    { code: "import { sql } from 'drizzle-orm';\nexport async function f() { for (const id of ids) { const frag = await sql`id = ${id}`; } }", filename: FILES.lib },
    // Supabase storage is not a table query.
    { code: "import { createClient } from '@/lib/supabase/server';\nexport async function POST() { const supabase = createClient(); for (const f of files) { await supabase.storage.from('b').upload(f.name, f); } }", filename: FILES.route },
    // useSend's batch send: templates looked up once per distinct id through a map made before the loop
    // (`if (!templateData) { ... templateCache.set(id, data) }`).
    { code: "import { db } from '~/server/db';\n\nexport async function sendBulkEmails(emails: { templateId?: number; to: string }[]) {\n  const templateCache = new Map<number, { subject: string }>();\n  for (const content of emails) {\n    let templateData = templateCache.get(Number(content.templateId));\n    if (!templateData) {\n      const template = await db.template.findUnique({ where: { id: content.templateId } });\n      if (template) {\n        templateData = { subject: template.subject || '' };\n        templateCache.set(Number(content.templateId), templateData);\n      }\n    }\n  }\n}\n", filename: 'apps/web/src/server/service/email-service.ts' },
  ],
  invalid: [
    // Twin: without the `return`, every step whose condition holds is written, one query each.
    { code: "import { db } from '@/db';\nimport { onboarding } from '@/db/schema';\n\nexport async function nextStep(current: string, steps: Record<string, boolean | ((d: typeof db) => Promise<boolean>)>) {\n  for (const [nextStep, condition] of Object.entries(steps)) {\n    if (typeof condition === 'function' && !(await condition(db))) continue;\n    if (!condition) continue;\n\n    await db.update(onboarding).set({ previousStep: current, step: nextStep });\n  }\n}\n", filename: 'packages/api/src/router/onboard/onboard-queries.ts', errors: [{ messageId: 'queryInLoop', line: 9, column: 11, suggestions: [] }] },
    // Twin: only the insert per item (no statement of its own run) is still one query per item.
    {"code": "import type { PGliteInterface, Transaction } from '@electric-sql/pglite';\n\nexport async function runMigrations(db: PGliteInterface, migrations: { version: string; name: string; sql: string }[]) {\n  const { rows: applied } = await db.query<{ version: string }>('select version from meta.migrations order by version asc');\n  await db.transaction(async (tx: Transaction) => {\n    for (let i = 0; i < migrations.length; i++) {\n      const migration = migrations[i];\n      if (applied[i]) continue;\n      await tx.query('insert into meta.migrations (version, name) values ($1, $2)', [migration.version, migration.name]);\n    }\n  });\n}\n", "filename": "lib/db/index.ts", "errors": [{"messageId": "queryInLoop", "line": 9, "column": 13}]},
    // Twin: statements mapped from rows in the same function are one update per row, whatever the loop runs them with.
    {"code": "import { PrismaService } from '@app/db-prisma';\nimport type { Knex } from 'knex';\n\nexport class ViewService {\n  constructor(private readonly prismaService: PrismaService, private readonly knex: Knex) {}\n\n  async reorder(table: string, records: { id: string; order: number }[]) {\n    await this.prismaService.$tx(async (prisma) => {\n      const sqlList = records.map((r) => this.knex(table).update({ order: r.order }).where('__id', r.id).toQuery());\n      for (const sql of sqlList) {\n        await prisma.$executeRawUnsafe(sql);\n      }\n    });\n  }\n}\n", "filename": "apps/nestjs-backend/src/features/view/view.service.ts", "errors": [{"messageId": "queryInLoop", "line": 11, "column": 15, "suggestions": [{"messageId": "useConcurrencyLimit", "output": "import { PrismaService } from '@app/db-prisma';\nimport type { Knex } from 'knex';\n\nexport class ViewService {\n  constructor(private readonly prismaService: PrismaService, private readonly knex: Knex) {}\n\n  async reorder(table: string, records: { id: string; order: number }[]) {\n    await this.prismaService.$tx(async (prisma) => {\n      const sqlList = records.map((r) => this.knex(table).update({ order: r.order }).where('__id', r.id).toQuery());\n      await mapWithConcurrency(sqlList, async (sql) => {\n        await prisma.$executeRawUnsafe(sql);\n      });\n    });\n  }\n}\n\n/**\n * First choice for a query per item is no loop at all: one query with an `in` filter\n * (`where: { id: { in: ids } }`, `inArray(t.id, ids)`, `.in('id', ids)`) or a join\n * (`include`, `with`, `select('*, tours(*)')`), then group the rows in memory.\n *\n * When each item really needs its own call, run `limit` at a time: faster than awaiting one by\n * one, and unlike an unbounded `Promise.all` it cannot exhaust the connection pool. Results keep\n * the input order; the first rejection rejects the whole call.\n */\nasync function mapWithConcurrency<T, R>(\n  items: Iterable<T>,\n  fn: (item: T, index: number) => Promise<R>,\n  limit = 5,\n): Promise<R[]> {\n  const list = Array.from(items);\n  const results = new Array<R>(list.length);\n  let next = 0;\n  const worker = async (): Promise<void> => {\n    while (next < list.length) {\n      const index = next++;\n      results[index] = await fn(list[index] as T, index);\n    }\n  };\n  const workers = Array.from({ length: Math.max(1, Math.min(limit, list.length)) }, worker);\n  await Promise.all(workers);\n  return results;\n}\n"}]}]},
    // Twin: a migration loop that only updates each row's status (no statement of its own run) is one query per item.
    {"code": "import sql from './utils/db';\n\nexport async function markAsyncMigrations() {\n  const migrations = await sql`select id, name, statement from _db_migration_async where status in ('pending', 'failed') order by id`;\n  for (const migration of migrations) {\n    const { id, statement } = migration;\n    await sql`update _db_migration_async set status = 'in-progress', statement = ${statement} where id = ${id}`;\n  }\n}\n", "filename": "packages/backend/src/create-indexes.ts", "errors": [{"messageId": "queryInLoop", "line": 7, "column": 11, "suggestions": [{"messageId": "useConcurrencyLimit", "output": "import sql from './utils/db';\n\nexport async function markAsyncMigrations() {\n  const migrations = await sql`select id, name, statement from _db_migration_async where status in ('pending', 'failed') order by id`;\n  await mapWithConcurrency(migrations, async (migration) => {\n    const { id, statement } = migration;\n    await sql`update _db_migration_async set status = 'in-progress', statement = ${statement} where id = ${id}`;\n  });\n}\n\n/**\n * First choice for a query per item is no loop at all: one query with an `in` filter\n * (`where: { id: { in: ids } }`, `inArray(t.id, ids)`, `.in('id', ids)`) or a join\n * (`include`, `with`, `select('*, tours(*)')`), then group the rows in memory.\n *\n * When each item really needs its own call, run `limit` at a time: faster than awaiting one by\n * one, and unlike an unbounded `Promise.all` it cannot exhaust the connection pool. Results keep\n * the input order; the first rejection rejects the whole call.\n */\nasync function mapWithConcurrency<T, R>(\n  items: Iterable<T>,\n  fn: (item: T, index: number) => Promise<R>,\n  limit = 5,\n): Promise<R[]> {\n  const list = Array.from(items);\n  const results = new Array<R>(list.length);\n  let next = 0;\n  const worker = async (): Promise<void> => {\n    while (next < list.length) {\n      const index = next++;\n      results[index] = await fn(list[index] as T, index);\n    }\n  };\n  const workers = Array.from({ length: Math.max(1, Math.min(limit, list.length)) }, worker);\n  await Promise.all(workers);\n  return results;\n}\n"}]}]},
    // Twin: a `continue` before the return lets the update run for every matching item: still reported.
    { code: "import { prisma } from '@/lib/prisma';\nimport { timingSafeEqual } from 'crypto';\n\nexport async function useBackupCode(userId: string, hash: Buffer, markAll: boolean) {\n  const codes = await prisma.backupCode.findMany({ where: { userId, used: false } });\n  for (const backupCode of codes) {\n    if (timingSafeEqual(Buffer.from(backupCode.codeHash, 'hex'), hash)) {\n      await prisma.backupCode.update({ where: { id: backupCode.id }, data: { used: true } });\n      if (markAll) continue;\n      return true;\n    }\n  }\n  return false;\n}\n", filename: 'src/lib/two-factor-auth.ts', errors: [{ messageId: 'queryInLoop', line: 8, column: 13, suggestions: [] }] },
    // A `return` after the query inside a `try` whose `catch` goes on: a failing update is retried per item.
    {
      code: "import { db } from '@/lib/db';\nimport { tasks } from '@/lib/db/schema';\nimport { eq } from 'drizzle-orm';\n\nexport async function GET(req: Request, taskId: string) {\n  for (const deployment of await listDeployments(taskId)) {\n    try {\n      await db.update(tasks).set({ previewUrl: deployment.url }).where(eq(tasks.id, deployment.taskId));\n      return Response.json({ ok: true });\n    } catch {\n      continue;\n    }\n  }\n  return Response.json({ ok: false });\n}\n",
      filename: 'app/api/tasks/[taskId]/deployment/route.ts',
      errors: [{ messageId: 'queryInLoop', line: 8, column: 13 }],
    },
    // Twin: without the `return`, every successful deployment gets its own update.
    {
      code: "import { db } from '@/lib/db';\nimport { tasks } from '@/lib/db/schema';\nimport { eq } from 'drizzle-orm';\n\nexport async function GET(req: Request, taskId: string) {\n  const deployments = await listDeployments(taskId);\n  for (const deployment of deployments) {\n    const status = await getLatestStatus(deployment.id);\n    if (status?.state === 'success' && status.url) {\n      await db.update(tasks).set({ previewUrl: status.url }).where(eq(tasks.id, deployment.taskId));\n    }\n  }\n  return Response.json({ ok: true });\n}\n",
      filename: 'app/api/tasks/[taskId]/deployment/route.ts',
      errors: [{ messageId: 'queryInLoop', line: 10, column: 13, suggestions: [{ messageId: 'useConcurrencyLimit', output: "import { db } from '@/lib/db';\nimport { tasks } from '@/lib/db/schema';\nimport { eq } from 'drizzle-orm';\n\nexport async function GET(req: Request, taskId: string) {\n  const deployments = await listDeployments(taskId);\n  await mapWithConcurrency(deployments, async (deployment) => {\n    const status = await getLatestStatus(deployment.id);\n    if (status?.state === 'success' && status.url) {\n      await db.update(tasks).set({ previewUrl: status.url }).where(eq(tasks.id, deployment.taskId));\n    }\n  });\n  return Response.json({ ok: true });\n}\n\n/**\n * First choice for a query per item is no loop at all: one query with an `in` filter\n * (`where: { id: { in: ids } }`, `inArray(t.id, ids)`, `.in('id', ids)`) or a join\n * (`include`, `with`, `select('*, tours(*)')`), then group the rows in memory.\n *\n * When each item really needs its own call, run `limit` at a time: faster than awaiting one by\n * one, and unlike an unbounded `Promise.all` it cannot exhaust the connection pool. Results keep\n * the input order; the first rejection rejects the whole call.\n */\nasync function mapWithConcurrency<T, R>(\n  items: Iterable<T>,\n  fn: (item: T, index: number) => Promise<R>,\n  limit = 5,\n): Promise<R[]> {\n  const list = Array.from(items);\n  const results = new Array<R>(list.length);\n  let next = 0;\n  const worker = async (): Promise<void> => {\n    while (next < list.length) {\n      const index = next++;\n      results[index] = await fn(list[index] as T, index);\n    }\n  };\n  const workers = Array.from({ length: Math.max(1, Math.min(limit, list.length)) }, worker);\n  await Promise.all(workers);\n  return results;\n}\n" }] }],
    },
    // An upsert per row is one INSERT ... ON CONFLICT, not an in-filter.
    {"code": "import { prisma } from '@/lib/prisma';\nexport async function syncTags(tags: { slug: string; label: string }[]) {\n  for (const tag of tags) {\n    await prisma.tag.upsert({ where: { slug: tag.slug }, create: tag, update: { label: tag.label } });\n  }\n}\n", "filename": "lib/tags.ts", "errors": [{"messageId": "queryInLoop", "line": 4, "column": 11, "data": {"query": "prisma.tag.upsert()", "collection": "tags", "batch": "one multi-row `INSERT … ON CONFLICT … DO UPDATE` (`$executeRaw`), or `createMany({ skipDuplicates: true })` when existing rows stay as they are"}, "suggestions": []}]},
    // Writes get write hints: a create per row is one createMany; a Supabase update with values of its own per row is one upsert; a Mongoose update per document is one bulkWrite.
    {"code": "import { prisma } from '@/lib/prisma';\nexport async function POST(req: Request) {\n  const { tags } = await req.json();\n  for (const name of tags) {\n    await prisma.tag.create({ data: { name } });\n  }\n  return Response.json({ ok: true });\n}\n", "filename": "app/api/tags/route.ts", "errors": [{"messageId": "queryInLoop", "line": 5, "column": 11, "data": {"query": "prisma.tag.create()", "collection": "tags", "batch": "`createMany({ data: rows })`"}, "suggestions": [{"messageId": "useConcurrencyLimit", "output": "import { prisma } from '@/lib/prisma';\nexport async function POST(req: Request) {\n  const { tags } = await req.json();\n  await mapWithConcurrency(tags, async (name) => {\n    await prisma.tag.create({ data: { name } });\n  });\n  return Response.json({ ok: true });\n}\n\n/**\n * First choice for a query per item is no loop at all: one query with an `in` filter\n * (`where: { id: { in: ids } }`, `inArray(t.id, ids)`, `.in('id', ids)`) or a join\n * (`include`, `with`, `select('*, tours(*)')`), then group the rows in memory.\n *\n * When each item really needs its own call, run `limit` at a time: faster than awaiting one by\n * one, and unlike an unbounded `Promise.all` it cannot exhaust the connection pool. Results keep\n * the input order; the first rejection rejects the whole call.\n */\nasync function mapWithConcurrency<T, R>(\n  items: Iterable<T>,\n  fn: (item: T, index: number) => Promise<R>,\n  limit = 5,\n): Promise<R[]> {\n  const list = Array.from(items);\n  const results = new Array<R>(list.length);\n  let next = 0;\n  const worker = async (): Promise<void> => {\n    while (next < list.length) {\n      const index = next++;\n      results[index] = await fn(list[index] as T, index);\n    }\n  };\n  const workers = Array.from({ length: Math.max(1, Math.min(limit, list.length)) }, worker);\n  await Promise.all(workers);\n  return results;\n}\n"}]}]},
    {"code": "import { createClient } from '@/lib/supabase/server';\nexport async function reorder(items: { id: string; position: number }[]) {\n  const supabase = await createClient();\n  for (const item of items) {\n    await supabase.from('cards').update({ position: item.position }).eq('id', item.id);\n  }\n}\n", "filename": "app/actions/cards.ts", "errors": [{"messageId": "queryInLoop", "line": 5, "column": 11, "data": {"query": "supabase.from(…)…", "collection": "items", "batch": "`.in('id', ids)` when every row gets the same change, one `.upsert(rows)` or an `rpc()` when each row gets its own values"}, "suggestions": [{"messageId": "useConcurrencyLimit", "output": "import { createClient } from '@/lib/supabase/server';\nexport async function reorder(items: { id: string; position: number }[]) {\n  const supabase = await createClient();\n  await mapWithConcurrency(items, async (item) => {\n    await supabase.from('cards').update({ position: item.position }).eq('id', item.id);\n  });\n}\n\n/**\n * First choice for a query per item is no loop at all: one query with an `in` filter\n * (`where: { id: { in: ids } }`, `inArray(t.id, ids)`, `.in('id', ids)`) or a join\n * (`include`, `with`, `select('*, tours(*)')`), then group the rows in memory.\n *\n * When each item really needs its own call, run `limit` at a time: faster than awaiting one by\n * one, and unlike an unbounded `Promise.all` it cannot exhaust the connection pool. Results keep\n * the input order; the first rejection rejects the whole call.\n */\nasync function mapWithConcurrency<T, R>(\n  items: Iterable<T>,\n  fn: (item: T, index: number) => Promise<R>,\n  limit = 5,\n): Promise<R[]> {\n  const list = Array.from(items);\n  const results = new Array<R>(list.length);\n  let next = 0;\n  const worker = async (): Promise<void> => {\n    while (next < list.length) {\n      const index = next++;\n      results[index] = await fn(list[index] as T, index);\n    }\n  };\n  const workers = Array.from({ length: Math.max(1, Math.min(limit, list.length)) }, worker);\n  await Promise.all(workers);\n  return results;\n}\n"}]}]},
    {"code": "import mongoose from 'mongoose';\nimport Product from '@/models/Product';\nexport async function POST(req: Request) {\n  const { items } = await req.json();\n  for (const item of items) {\n    await Product.updateOne({ _id: item.id }, { $inc: { stock: -item.qty } });\n  }\n  return Response.json({ ok: true });\n}\n", "filename": "app/api/checkout/route.ts", "errors": [{"messageId": "queryInLoop", "line": 6, "column": 11, "data": {"query": "Product.updateOne()", "collection": "items", "batch": "`updateMany({ _id: { $in: ids } })` when every document gets the same change, one `bulkWrite([...])` when each gets its own values"}, "suggestions": [{"messageId": "useConcurrencyLimit", "output": "import mongoose from 'mongoose';\nimport Product from '@/models/Product';\nexport async function POST(req: Request) {\n  const { items } = await req.json();\n  await mapWithConcurrency(items, async (item) => {\n    await Product.updateOne({ _id: item.id }, { $inc: { stock: -item.qty } });\n  });\n  return Response.json({ ok: true });\n}\n\n/**\n * First choice for a query per item is no loop at all: one query with an `in` filter\n * (`where: { id: { in: ids } }`, `inArray(t.id, ids)`, `.in('id', ids)`) or a join\n * (`include`, `with`, `select('*, tours(*)')`), then group the rows in memory.\n *\n * When each item really needs its own call, run `limit` at a time: faster than awaiting one by\n * one, and unlike an unbounded `Promise.all` it cannot exhaust the connection pool. Results keep\n * the input order; the first rejection rejects the whole call.\n */\nasync function mapWithConcurrency<T, R>(\n  items: Iterable<T>,\n  fn: (item: T, index: number) => Promise<R>,\n  limit = 5,\n): Promise<R[]> {\n  const list = Array.from(items);\n  const results = new Array<R>(list.length);\n  let next = 0;\n  const worker = async (): Promise<void> => {\n    while (next < list.length) {\n      const index = next++;\n      results[index] = await fn(list[index] as T, index);\n    }\n  };\n  const workers = Array.from({ length: Math.max(1, Math.min(limit, list.length)) }, worker);\n  await Promise.all(workers);\n  return results;\n}\n"}]}]},
    // Twin of useSend's template cache made inside the loop: empty for every email, one query per item.
    { code: "import { db } from '~/server/db';\n\nexport async function sendBulkEmails(emails: { templateId?: number; to: string }[]) {\n  for (const content of emails) {\n    const templateCache = new Map<number, { subject: string }>();\n    let templateData = templateCache.get(Number(content.templateId));\n    if (!templateData) {\n      const template = await db.template.findUnique({ where: { id: content.templateId } });\n      if (template) {\n        templateData = { subject: template.subject || '' };\n        templateCache.set(Number(content.templateId), templateData);\n      }\n    }\n  }\n}\n", filename: 'apps/web/src/server/service/email-service.ts', settings: helper, errors: [{ messageId: 'queryInLoop', line: 8, column: 30, suggestions: [{ messageId: 'useConcurrencyLimit', output: "import { db } from '~/server/db';\nimport { mapWithConcurrency } from '@/lib/map-with-concurrency';\n\nexport async function sendBulkEmails(emails: { templateId?: number; to: string }[]) {\n  await mapWithConcurrency(emails, async (content) => {\n    const templateCache = new Map<number, { subject: string }>();\n    let templateData = templateCache.get(Number(content.templateId));\n    if (!templateData) {\n      const template = await db.template.findUnique({ where: { id: content.templateId } });\n      if (template) {\n        templateData = { subject: template.subject || '' };\n        templateCache.set(Number(content.templateId), templateData);\n      }\n    }\n  });\n}\n" }] }] },
    // Twin: the same index loop over a list the caller passes in.
    { code: "export async function createChecklist(supabase: SupabaseClient, dealId: string, checklist: Checklist) {\n  for (let i = 0; i < checklist.categories.length; i++) {\n    const cat = checklist.categories[i];\n    const { data: category } = await supabase.from('categories').insert({ deal_id: dealId, name: cat.name, order_index: i }).select().single();\n    if (!category) continue;\n    await supabase.from('items').insert(cat.items.map((name) => ({ category_id: category.id, name })));\n  }\n}\n", filename: 'lib/data-access/dd-tracker.ts', errors: [{ messageId: 'queryInLoop', line: 4, column: 38, suggestions: [] }] },
    // A file that declares its own `mapWithConcurrency`: no rewrite to the snippet's.
    {"code":"import { prisma } from '@/lib/db';\n\nasync function mapWithConcurrency<T>(items: T[]): Promise<T[]> {\n  return items;\n}\n\nexport async function POST(req: Request) {\n  const { ids } = (await req.json()) as { ids: string[] };\n  for (const id of ids) {\n    await prisma.user.update({ where: { id }, data: { active: true } });\n  }\n  return Response.json(await mapWithConcurrency(ids));\n}\n","filename":"app/api/users/route.ts","errors":[{"messageId":"queryInLoop","line":10,"column":11,"suggestions":[]}]},
    // Twin: a phase writer's own loop over the phase's resources runs a lookup per resource.
    { code: "import { eq } from \"drizzle-orm\";\nimport { pageComponent } from \"@/db/schema\";\n\nexport async function writeComponentsPhase(tx: Tx, phase: Phase) {\n  for (const resource of phase.resources) {\n    const existing = await tx.select().from(pageComponent).where(eq(pageComponent.name, resource.name)).get();\n    if (existing) continue;\n    await tx.insert(pageComponent).values({ name: resource.name });\n  }\n}\n", filename: "packages/services/src/import/phase-writers.ts", errors: [{ messageId: "queryInLoop", line: 6, column: 28, suggestions: [] }] },
    // Twin of unkey's backfill script: the same loop in an app module (lib/settings/) runs on requests.
    {
      code: "import { createPool, drizzle, eq, schema } from \"@unkey/db\";\n\nexport function addPolicy(blob: string | null): string | null {\n  return blob;\n}\n\nasync function main() {\n  const db = drizzle(createPool(process.env.DATABASE_URL!), { schema });\n  const rows = await db.select().from(schema.settings);\n  for (const row of rows) {\n    await db.update(schema.settings).set({ config: addPolicy(row.config) }).where(eq(schema.settings.id, row.id));\n  }\n}\n\nmain().catch((error: unknown) => {\n  console.error(error);\n  process.exitCode = 1;\n});\n",
      filename: 'web/lib/settings/logging-policy.ts',
      errors: [{ messageId: 'queryInLoop', line: 11, column: 11, suggestions: [{ messageId: 'useConcurrencyLimit', output: "import { createPool, drizzle, eq, schema } from \"@unkey/db\";\n\nexport function addPolicy(blob: string | null): string | null {\n  return blob;\n}\n\nasync function main() {\n  const db = drizzle(createPool(process.env.DATABASE_URL!), { schema });\n  const rows = await db.select().from(schema.settings);\n  await mapWithConcurrency(rows, async (row) => {\n    await db.update(schema.settings).set({ config: addPolicy(row.config) }).where(eq(schema.settings.id, row.id));\n  });\n}\n\nmain().catch((error: unknown) => {\n  console.error(error);\n  process.exitCode = 1;\n});\n\n/**\n * First choice for a query per item is no loop at all: one query with an `in` filter\n * (`where: { id: { in: ids } }`, `inArray(t.id, ids)`, `.in('id', ids)`) or a join\n * (`include`, `with`, `select('*, tours(*)')`), then group the rows in memory.\n *\n * When each item really needs its own call, run `limit` at a time: faster than awaiting one by\n * one, and unlike an unbounded `Promise.all` it cannot exhaust the connection pool. Results keep\n * the input order; the first rejection rejects the whole call.\n */\nasync function mapWithConcurrency<T, R>(\n  items: Iterable<T>,\n  fn: (item: T, index: number) => Promise<R>,\n  limit = 5,\n): Promise<R[]> {\n  const list = Array.from(items);\n  const results = new Array<R>(list.length);\n  let next = 0;\n  const worker = async (): Promise<void> => {\n    while (next < list.length) {\n      const index = next++;\n      results[index] = await fn(list[index] as T, index);\n    }\n  };\n  const workers = Array.from({ length: Math.max(1, Math.min(limit, list.length)) }, worker);\n  await Promise.all(workers);\n  return results;\n}\n" }] }],
    },
    // A Pages API route named seed is served in production (its file name made it look like a seed script).
    {"code":"import type { NextApiRequest, NextApiResponse } from 'next';\nimport { prisma } from '@/lib/prisma';\n\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  const users = await prisma.user.findMany();\n  for (const user of users) {\n    await prisma.post.create({ data: { title: 'Welcome', authorId: user.id } });\n  }\n  res.json({ ok: true });\n}\n","filename":"pages/api/seed.ts","errors":[{"messageId":"queryInLoop","line":7,"column":11,"suggestions":[{"messageId":"useConcurrencyLimit","output":"import type { NextApiRequest, NextApiResponse } from 'next';\nimport { prisma } from '@/lib/prisma';\n\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  const users = await prisma.user.findMany();\n  await mapWithConcurrency(users, async (user) => {\n    await prisma.post.create({ data: { title: 'Welcome', authorId: user.id } });\n  });\n  res.json({ ok: true });\n}\n\n/**\n * First choice for a query per item is no loop at all: one query with an `in` filter\n * (`where: { id: { in: ids } }`, `inArray(t.id, ids)`, `.in('id', ids)`) or a join\n * (`include`, `with`, `select('*, tours(*)')`), then group the rows in memory.\n *\n * When each item really needs its own call, run `limit` at a time: faster than awaiting one by\n * one, and unlike an unbounded `Promise.all` it cannot exhaust the connection pool. Results keep\n * the input order; the first rejection rejects the whole call.\n */\nasync function mapWithConcurrency<T, R>(\n  items: Iterable<T>,\n  fn: (item: T, index: number) => Promise<R>,\n  limit = 5,\n): Promise<R[]> {\n  const list = Array.from(items);\n  const results = new Array<R>(list.length);\n  let next = 0;\n  const worker = async (): Promise<void> => {\n    while (next < list.length) {\n      const index = next++;\n      results[index] = await fn(list[index] as T, index);\n    }\n  };\n  const workers = Array.from({ length: Math.max(1, Math.min(limit, list.length)) }, worker);\n  await Promise.all(workers);\n  return results;\n}\n"}]}]},
    // Twin: the same loop without the pause: a query per item.
    { code: "import { supabase } from '@/lib/supabase-server';\n\nexport async function processBatch(items: { id: string; prompt: string }[]) {\n  for (const item of items) {\n    const url = await generate(item.prompt);\n    await supabase.from('batch_items').update({ status: 'done', image_url: url }).eq('id', item.id);\n  }\n}\n", filename: 'lib/batch-queue.ts', settings: helper, errors: [{ messageId: 'queryInLoop', line: 6, column: 11, suggestions: [{ messageId: 'useConcurrencyLimit', output: "import { supabase } from '@/lib/supabase-server';\nimport { mapWithConcurrency } from '@/lib/map-with-concurrency';\n\nexport async function processBatch(items: { id: string; prompt: string }[]) {\n  await mapWithConcurrency(items, async (item) => {\n    const url = await generate(item.prompt);\n    await supabase.from('batch_items').update({ status: 'done', image_url: url }).eq('id', item.id);\n  });\n}\n" }] }] },
    // Twin: the same table followed by the caller's roles is as long as the data.
    {
      code: ROLE_SEED_CUSTOM,
      filename: FILES.lib,
      settings: helper,
      errors: [
        {
          messageId: 'queryInLoop',
          line: 23,
          suggestions: [
            {
              messageId: 'useConcurrencyLimit',
              output: ROLE_SEED_CUSTOM.replace("from './enums';\n", "from './enums';\nimport { mapWithConcurrency } from '@/lib/map-with-concurrency';\n")
                .replace('for (const role of defaults) {', 'await mapWithConcurrency(defaults, async (role) => {')
                .replace('.lean();\n  }\n', '.lean();\n  });\n'),
            },
          ],
        },
      ],
    },
    // The same loop on the app's database client is a query per element.
    {
      code: "import { db } from '@/lib/db';\n\nexport async function removeAll(ids: number[]) {\n  for (const id of ids) {\n    await db.invertedIndex.delete({ where: { id } });\n  }\n}\n",
      filename: "packages/common/infra/src/sync/indexer/impl/prisma/data-struct.ts",
      errors: [{ messageId: 'queryInLoop', line: 5, column: 11, suggestions: [{ messageId: 'useConcurrencyLimit', output: "import { db } from '@/lib/db';\n\nexport async function removeAll(ids: number[]) {\n  await mapWithConcurrency(ids, async (id) => {\n    await db.invertedIndex.delete({ where: { id } });\n  });\n}\n\n/**\n * First choice for a query per item is no loop at all: one query with an `in` filter\n * (`where: { id: { in: ids } }`, `inArray(t.id, ids)`, `.in('id', ids)`) or a join\n * (`include`, `with`, `select('*, tours(*)')`), then group the rows in memory.\n *\n * When each item really needs its own call, run `limit` at a time: faster than awaiting one by\n * one, and unlike an unbounded `Promise.all` it cannot exhaust the connection pool. Results keep\n * the input order; the first rejection rejects the whole call.\n */\nasync function mapWithConcurrency<T, R>(\n  items: Iterable<T>,\n  fn: (item: T, index: number) => Promise<R>,\n  limit = 5,\n): Promise<R[]> {\n  const list = Array.from(items);\n  const results = new Array<R>(list.length);\n  let next = 0;\n  const worker = async (): Promise<void> => {\n    while (next < list.length) {\n      const index = next++;\n      results[index] = await fn(list[index] as T, index);\n    }\n  };\n  const workers = Array.from({ length: Math.max(1, Math.min(limit, list.length)) }, worker);\n  await Promise.all(workers);\n  return results;\n}\n" }] }],
    },
    // Twin: the constants followed by a caller's list are N items.
    { code: "import prisma from '@/lib/prisma';\nexport async function sendReminders(extraIntervals: number[]) {\n  const intervals = [48 * 60, 24 * 60, ...extraIntervals];\n  for (const interval of intervals) {\n    const bookings = await prisma.booking.findMany({ where: { startTime: { lte: new Date(Date.now() + interval * 60_000) } } });\n    console.log(interval, bookings.length);\n  }\n}\n", filename: 'app/api/cron/bookingReminder/route.ts', settings: helper, errors: [{ messageId: 'queryInLoop', line: 5, column: 28, suggestions: [{ messageId: 'useConcurrencyLimit', output: "import prisma from '@/lib/prisma';\nimport { mapWithConcurrency } from '@/lib/map-with-concurrency';\nexport async function sendReminders(extraIntervals: number[]) {\n  const intervals = [48 * 60, 24 * 60, ...extraIntervals];\n  await mapWithConcurrency(intervals, async (interval) => {\n    const bookings = await prisma.booking.findMany({ where: { startTime: { lte: new Date(Date.now() + interval * 60_000) } } });\n    console.log(interval, bookings.length);\n  });\n}\n" }] }] },
    // Twin: a ternary with a caller's list on one side loops over N items.
    // Twin of the list of tables: a spread of the caller's list is as long as the data.
    { code: "import { db } from '@/lib/db';\nimport { accessTokens } from '@/lib/db/schema';\nimport { eq } from 'drizzle-orm';\n\nexport async function revokeByGrantId(grantId: string, extra: typeof accessTokens[]) {\n  await db.transaction(async (tx) => {\n    const tables = [accessTokens, ...extra];\n    for (const table of tables) {\n      await tx.delete(table).where(eq(table.grantId, grantId));\n    }\n  });\n}\n", filename: FILES.lib, errors: [{ messageId: 'queryInLoop', line: 9 }] },
    // Twin of the model catalogue: the same lookup imported from the app's `models` module is its data layer.
    { code: "import { getModelProperty } from '@/models/aiModel';\n\nexport async function parseModelTypes(names: string[], providerId: string) {\n  const types: string[] = [];\n  for (const id of names) {\n    const type = await getModelProperty(id, 'type', providerId);\n    types.push(type);\n  }\n  return types;\n}\n", filename: 'src/utils/server/parseModels.ts', errors: [{ messageId: 'queryInLoop', line: 6 }] },
    { code: "import { db } from '@/lib/db';\nexport async function revoke(hash: string, hint: string, types: string[]) {\n  const list = hint === 'refresh_token' ? ['Refresh', 'Access'] : types;\n  for (const type of list) {\n    const key = await db.apiKey.findFirst({ where: { hash, type } });\n    if (key) return key;\n  }\n}\n", filename: FILES.lib, errors: [{ messageId: 'queryInLoop' }] },
    // A Prisma client under another name (nextcrm's prismadb from @/lib/prisma).
    { code: "\"use server\";\nimport { prismadb } from \"@/lib/prisma\";\n\nexport async function notifyAll(title: string) {\n  const users = await prismadb.users.findMany();\n  for (const user of users) {\n    const resendKey = await prismadb.systemServices.findFirst({\n      where: { name: \"resend_smtp\" },\n    });\n    if (!resendKey) console.log(\"x\");\n    console.log(title, user.id);\n  }\n}\n", filename: 'actions/admin/send-mail-to-all/index.ts', errors: [{ messageId: 'queryInLoop', line: 7, column: 29, suggestions: [{ messageId: 'useConcurrencyLimit', output: "\"use server\";\nimport { prismadb } from \"@/lib/prisma\";\n\nexport async function notifyAll(title: string) {\n  const users = await prismadb.users.findMany();\n  await mapWithConcurrency(users, async (user) => {\n    const resendKey = await prismadb.systemServices.findFirst({\n      where: { name: \"resend_smtp\" },\n    });\n    if (!resendKey) console.log(\"x\");\n    console.log(title, user.id);\n  });\n}\n\n/**\n * First choice for a query per item is no loop at all: one query with an `in` filter\n * (`where: { id: { in: ids } }`, `inArray(t.id, ids)`, `.in('id', ids)`) or a join\n * (`include`, `with`, `select('*, tours(*)')`), then group the rows in memory.\n *\n * When each item really needs its own call, run `limit` at a time: faster than awaiting one by\n * one, and unlike an unbounded `Promise.all` it cannot exhaust the connection pool. Results keep\n * the input order; the first rejection rejects the whole call.\n */\nasync function mapWithConcurrency<T, R>(\n  items: Iterable<T>,\n  fn: (item: T, index: number) => Promise<R>,\n  limit = 5,\n): Promise<R[]> {\n  const list = Array.from(items);\n  const results = new Array<R>(list.length);\n  let next = 0;\n  const worker = async (): Promise<void> => {\n    while (next < list.length) {\n      const index = next++;\n      results[index] = await fn(list[index] as T, index);\n    }\n  };\n  const workers = Array.from({ length: Math.max(1, Math.min(limit, list.length)) }, worker);\n  await Promise.all(workers);\n  return results;\n}\n" }] }] },
    // Twin of the transaction loop: outside a transaction the rewrite is offered.
    { code: "import { prisma } from '@/lib/prisma';\n\nexport async function updateLines(lines: { id: string; amount: number }[]) {\n  for (const line of lines) {\n    await prisma.invoiceLine.update({ where: { id: line.id }, data: { amount: line.amount } });\n  }\n}\n", filename: 'lib/invoices.ts', errors: [{ messageId: 'queryInLoop', line: 5, column: 11, suggestions: [{ messageId: 'useConcurrencyLimit', output: "import { prisma } from '@/lib/prisma';\n\nexport async function updateLines(lines: { id: string; amount: number }[]) {\n  await mapWithConcurrency(lines, async (line) => {\n    await prisma.invoiceLine.update({ where: { id: line.id }, data: { amount: line.amount } });\n  });\n}\n\n/**\n * First choice for a query per item is no loop at all: one query with an `in` filter\n * (`where: { id: { in: ids } }`, `inArray(t.id, ids)`, `.in('id', ids)`) or a join\n * (`include`, `with`, `select('*, tours(*)')`), then group the rows in memory.\n *\n * When each item really needs its own call, run `limit` at a time: faster than awaiting one by\n * one, and unlike an unbounded `Promise.all` it cannot exhaust the connection pool. Results keep\n * the input order; the first rejection rejects the whole call.\n */\nasync function mapWithConcurrency<T, R>(\n  items: Iterable<T>,\n  fn: (item: T, index: number) => Promise<R>,\n  limit = 5,\n): Promise<R[]> {\n  const list = Array.from(items);\n  const results = new Array<R>(list.length);\n  let next = 0;\n  const worker = async (): Promise<void> => {\n    while (next < list.length) {\n      const index = next++;\n      results[index] = await fn(list[index] as T, index);\n    }\n  };\n  const workers = Array.from({ length: Math.max(1, Math.min(limit, list.length)) }, worker);\n  await Promise.all(workers);\n  return results;\n}\n" }] }] },
    // Check-then-insert per item: concurrent runs would insert duplicates, so no concurrent rewrite.
    { code: "import { db } from \"@/db\";\n\nexport async function ensureTags(names: string[]) {\n  for (const name of names) {\n    const existing = await db.tag.findFirst({ where: { name } });\n    if (!existing) await db.tag.create({ data: { name } });\n  }\n}\n", filename: 'lib/tags.ts', errors: [{ messageId: 'queryInLoop', line: 5, column: 28, suggestions: [] }] },
    // No concurrent rewrite when the loop collects results in order and upserts (linkwarden's tags: out-of-order results, P2002 races), or reads then writes per item (lost inventory updates).
    { code: "import { prisma } from \"@/lib/prisma\";\n\nexport default async function createOrUpdateTags(userId: number, tags: { label: string }[]) {\n  const updatedTags = [];\n  for (const tag of tags) {\n    const updatedTag = await prisma.tag.upsert({\n      where: { name_ownerId: { name: tag.label, ownerId: userId } },\n      update: {},\n      create: { name: tag.label, ownerId: userId },\n    });\n    updatedTags.push(updatedTag);\n  }\n  return updatedTags;\n}\n", filename: 'lib/api/controllers/tags/createOrUpdateTags.ts', errors: [{ messageId: 'queryInLoop', line: 6, column: 30, suggestions: [] }] },
    { code: "import { db } from \"@/db\";\n\nexport async function decrementInventory(items: { productId: string; quantity: number }[]) {\n  for (const item of items) {\n    const product = await db.product.findFirst({ where: { id: item.productId } });\n    await db.product.update({ where: { id: item.productId }, data: { inventory: (product?.inventory ?? 0) - item.quantity } });\n  }\n}\n", filename: 'lib/actions/order.ts', errors: [{ messageId: 'queryInLoop', line: 5, column: 27, suggestions: [] }] },
    // Twins: without the claimed set, the Map advance or the step run, each loop is a batchable N+1.
    { code: "import { findInboxMatches, updateInbox } from \"@midday/db/queries\";\nimport { getDb } from \"../../utils/db\";\n\n// Greedy matching: each iteration excludes the inbox items earlier iterations claimed, so the loop is\n// sequential by nature; updateInbox() is one more step of the same per-item workflow.\nexport async function matchTransactions(teamId: string, newTransactionIds: string[]) {\n  const db = getDb();\n  const claimedInboxIds = new Set<string>();\n\n  for (const transactionId of newTransactionIds) {\n    const match = await findInboxMatches(db, {\n      teamId,\n      transactionId,\n    });\n    if (!match) continue;\n\n    await updateInbox(db, { id: match.inboxId, teamId, status: \"analyzing\" });\n  }\n}\n", filename: 'apps/worker/src/processors/inbox/match-transactions.ts', errors: [{ messageId: 'queryInLoop', line: 11, column: 25, suggestions: [] }] },
    { code: "import { prisma } from \"@/lib/prisma\";\n\n// Round-robin pick: each round takes the next page of every user's links; the\n// offset for a user comes from the Map the previous round advanced.\nexport default async function getLinkBatchFairly(maxBatchLinks: number) {\n  const users = await prisma.user.findMany({ select: { id: true }, take: maxBatchLinks });\n  const nextOffset = new Map<number, number>();\n  const picked = new Set<number>();\n\n  while (picked.size < maxBatchLinks) {\n    let added = 0;\n    for (const { id: userId } of users) {\n      const skip = nextOffset.get(userId) ?? 0;\n      const userLinks = await prisma.link.findMany({\n        where: { createdById: userId },\n        skip,\n        take: 1,\n        select: { id: true },\n      });\n      if (userLinks.length === 0) continue;\n      for (const { id } of userLinks) {\n        if (!picked.has(id)) {\n          picked.add(id);\n          added++;\n        }\n      }\n    }\n    if (added === 0) break;\n  }\n  return Array.from(picked);\n}\n", filename: 'apps/worker/lib/getLinkBatchFairly.ts', errors: [{ messageId: 'queryInLoop', line: 14, column: 31, suggestions: [] }] },
    { code: "import { prisma } from \"@/lib/prisma\";\n\ntype AppMigrationDef = { id: number; name: string; run: () => Promise<void> };\n\nconst migrations: AppMigrationDef[] = [\n  { id: 1, name: \"backfill-a\", run: async () => {} },\n  { id: 2, name: \"backfill-b\", run: async () => {} },\n];\n\n// Ordered data migrations: mark one PENDING, run it, mark it APPLIED, then the next.\nexport async function migrationWorker() {\n  const ordered = [...migrations].sort((a, b) => a.id - b.id);\n  for (let i = 0; i < ordered.length; i++) {\n    const m = ordered[i];\n    await prisma.appMigration.upsert({\n      where: { name: m.name },\n      create: { name: m.name, status: \"PENDING\" },\n      update: { status: \"PENDING\", finishedAt: null },\n    });\n    await prisma.appMigration.update({\n      where: { name: m.name },\n      data: { status: \"APPLIED\", finishedAt: new Date() },\n    });\n  }\n}\n", filename: 'apps/worker/workers/migrationWorker.ts', errors: [{ messageId: 'queryInLoop', line: 15, column: 11, suggestions: [] }] },
    // A queue worker (setInterval, a SIGTERM handler) is not a command-line script.
    {
      code: "import { prisma } from './db';\n\nasync function tick() {\n  const jobs = await prisma.job.findMany({ where: { status: 'queued' } });\n  for (const job of jobs) {\n    const user = await prisma.user.findUnique({ where: { id: job.userId } });\n    console.log(job.id, user?.email);\n  }\n}\n\nsetInterval(tick, 5_000);\nprocess.on('SIGTERM', () => process.exit(0));\n",
      filename: "worker.ts",
      settings: helper,
      errors: [{ messageId: 'queryInLoop', line: 6, column: 24, suggestions: [{ messageId: 'useConcurrencyLimit', output: "import { prisma } from './db';\nimport { mapWithConcurrency } from '@/lib/map-with-concurrency';\n\nasync function tick() {\n  const jobs = await prisma.job.findMany({ where: { status: 'queued' } });\n  await mapWithConcurrency(jobs, async (job) => {\n    const user = await prisma.user.findUnique({ where: { id: job.userId } });\n    console.log(job.id, user?.email);\n  });\n}\n\nsetInterval(tick, 5_000);\nprocess.on('SIGTERM', () => process.exit(0));\n" }] }],
    },

    // Twin: the same loop on the server client.
    {
      code: "import { createClient } from \"@/lib/supabase/server\"\n\n\nexport async function saveFiles(files: File[], noteId: string) {\n  const supabase = createClient()\n  const saved: string[] = []\n  for (const file of files) {\n    const path = `notes/${crypto.randomUUID()}`\n    const { error: upErr } = await supabase.storage.from(\"files\").upload(path, file)\n    if (upErr) { toast({ title: \"Upload failed\" }); continue }\n    await supabase.from(\"note_files\").insert({ note_id: noteId, path, name: file.name })\n    saved.push(path)\n  }\n  return saved\n}\n",
      filename: "lib/uploads/save-files.ts",
      errors: [{ messageId: 'queryInLoop', line: 11, column: 11 }],
    },

    // Twin: the same loop in a module that exports it; the helper inlined into a .js file is JavaScript.
    {
      code: "const { PrismaClient } = require('@prisma/client');\nconst prisma = new PrismaClient();\nasync function main() {\n  const members = await prisma.teamMember.findMany({ where: { teamId: process.argv[2] } });\n  for (const m of members) {\n    const teams = await prisma.teamMember.findMany({ where: { userId: m.userId } });\n    console.log(m.userId, teams.length);\n  }\n  process.exit(0);\n}\nmain();\nmodule.exports = { main };\n",
      filename: "delete-team.js",
      errors: [{ messageId: 'queryInLoop', line: 6, column: 25, suggestions: [{ messageId: 'useConcurrencyLimit', output: "const { PrismaClient } = require('@prisma/client');\nconst prisma = new PrismaClient();\nasync function main() {\n  const members = await prisma.teamMember.findMany({ where: { teamId: process.argv[2] } });\n  await mapWithConcurrency(members, async (m) => {\n    const teams = await prisma.teamMember.findMany({ where: { userId: m.userId } });\n    console.log(m.userId, teams.length);\n  });\n  process.exit(0);\n}\nmain();\nmodule.exports = { main };\n\n/**\n * First choice for a query per item is no loop at all: one query with an `in` filter\n * (`where: { id: { in: ids } }`, `inArray(t.id, ids)`, `.in('id', ids)`) or a join\n * (`include`, `with`, `select('*, tours(*)')`), then group the rows in memory.\n *\n * When each item really needs its own call, run `limit` at a time: faster than awaiting one by\n * one, and unlike an unbounded `Promise.all` it cannot exhaust the connection pool. Results keep\n * the input order; the first rejection rejects the whole call.\n */\nasync function mapWithConcurrency(\n  items,\n  fn,\n  limit = 5,\n) {\n  const list = Array.from(items);\n  const results = new Array(list.length);\n  let next = 0;\n  const worker = async () => {\n    while (next < list.length) {\n      const index = next++;\n      results[index] = await fn(list[index], index);\n    }\n  };\n  const workers = Array.from({ length: Math.max(1, Math.min(limit, list.length)) }, worker);\n  await Promise.all(workers);\n  return results;\n}\n" }] }],
    },

    // Seed 002: Supabase query per lead; suggestion bounds the concurrency.
    {
      code: "import { createClient } from '@supabase/supabase-js';\nconst supabase = createClient(process.env.URL, process.env.KEY);\nexport async function GET() {\n  const leads = await supabase.from('leads').select('*');\n  for (const lead of leads.data) {\n    const tours = await supabase.from('tours').select('*').eq('lead_id', lead.id);\n    lead.tours = tours.data;\n  }\n  return Response.json(leads.data);\n}\n",
      filename: FILES.route,
      settings: helper,
      errors: [
        {
          messageId: 'queryInLoop',
          line: 6,
          column: 25,
          data: { query: 'supabase.from(…)…', collection: 'leads.data', batch: "`.in('id', ids)` or a join in `select('*, rel(*)')`" },
          suggestions: [
            {
              messageId: 'useConcurrencyLimit',
              output:
                "import { createClient } from '@supabase/supabase-js';\nimport { mapWithConcurrency } from '@/lib/map-with-concurrency';\nconst supabase = createClient(process.env.URL, process.env.KEY);\nexport async function GET() {\n  const leads = await supabase.from('leads').select('*');\n  await mapWithConcurrency(leads.data, async (lead) => {\n    const tours = await supabase.from('tours').select('*').eq('lead_id', lead.id);\n    lead.tours = tours.data;\n  });\n  return Response.json(leads.data);\n}\n",
            },
          ],
        },
      ],
    },
    // Seed 000: a local data accessor called per agent (helper inlined).
    {
      code: "import { supabaseAdmin } from '@/lib/supabase';\nasync function getConversations(agentId) {\n  const { data } = await supabaseAdmin.from('conversations').select('*').eq('agent_id', agentId);\n  return data;\n}\nexport async function GET() {\n  for (const agent of agents) {\n    agent.conversations = await getConversations(agent.id);\n  }\n}\n",
      filename: 'app/lib/supabase/dbServer.js',
      errors: [
        {
          messageId: 'queryInLoop',
          line: 8,
          suggestions: [
            {
              messageId: 'useConcurrencyLimit',
              output: `import { supabaseAdmin } from '@/lib/supabase';
async function getConversations(agentId) {
  const { data } = await supabaseAdmin.from('conversations').select('*').eq('agent_id', agentId);
  return data;
}
export async function GET() {
  await mapWithConcurrency(agents, async (agent) => {
    agent.conversations = await getConversations(agent.id);
  });
}

/**
 * First choice for a query per item is no loop at all: one query with an \`in\` filter
 * (\`where: { id: { in: ids } }\`, \`inArray(t.id, ids)\`, \`.in('id', ids)\`) or a join
 * (\`include\`, \`with\`, \`select('*, tours(*)')\`), then group the rows in memory.
 *
 * When each item really needs its own call, run \`limit\` at a time: faster than awaiting one by
 * one, and unlike an unbounded \`Promise.all\` it cannot exhaust the connection pool. Results keep
 * the input order; the first rejection rejects the whole call.
 */
async function mapWithConcurrency(
  items,
  fn,
  limit = 5,
) {
  const list = Array.from(items);
  const results = new Array(list.length);
  let next = 0;
  const worker = async () => {
    while (next < list.length) {
      const index = next++;
      results[index] = await fn(list[index], index);
    }
  };
  const workers = Array.from({ length: Math.max(1, Math.min(limit, list.length)) }, worker);
  await Promise.all(workers);
  return results;
}
`,
            },
          ],
        },
      ],
    },
    // An imported data-layer function (seed 000 style) in a for...of with a break: no suggestion.
    {
      code: "import { getConversations } from '@/app/lib/supabase/dbServer';\nexport async function GET() {\n  for (const agent of agents) {\n    if (!agent) break;\n    agent.conversations = await getConversations(agent.id);\n  }\n}\n",
      filename: FILES.route,
      errors: [{ messageId: 'queryInLoop', line: 5, data: { query: 'getConversations()', collection: 'agents', batch: 'a variant of `getConversations()` that takes every id and runs one `IN (…)` query, or a join' }, suggestions: [] }],
    },
    // The hint follows the file's database library: a data-layer helper in a Drizzle file (midday), in a Prisma file.
    {
      code: "import { eq } from 'drizzle-orm';\nimport { updateInvoice } from '@/db/queries';\nexport async function POST() {\n  for (const inv of scheduled) {\n    if (!inv) break;\n    await updateInvoice(inv.id, { status: 'sent' });\n  }\n  return Response.json({ ok: eq });\n}\n",
      filename: FILES.route,
      errors: [{ messageId: 'queryInLoop', line: 6, data: { query: 'updateInvoice()', collection: 'scheduled', batch: '`inArray(table.id, ids)`, `with`, or a join' }, suggestions: [] }],
    },
    {
      code: "import { Prisma } from '@prisma/client';\nimport { updateInvoice } from '@/db/queries';\nexport async function POST() {\n  for (const inv of scheduled) {\n    if (!inv) break;\n    await updateInvoice(inv.id, Prisma.skip);\n  }\n  return Response.json({});\n}\n",
      filename: FILES.route,
      errors: [{ messageId: 'queryInLoop', line: 6, data: { query: 'updateInvoice()', collection: 'scheduled', batch: '`where: { id: { in: ids } }`, `include`, or `createMany`' }, suggestions: [] }],
    },
    // Prisma per user in a Pages API route; forEach(async) and map(async) without Promise.all.
    {
      code: `${PRISMA}export default async function handler(req, res) {\n  const users = await prisma.user.findMany();\n  users.forEach(async (u) => {\n    await prisma.usage.upsert({ where: { userId: u.id }, create: { userId: u.id }, update: {} });\n  });\n  res.json({});\n}\n`,
      filename: FILES.pagesApi,
      errors: [{ messageId: 'queryInLoop', line: 5, column: 11, suggestions: [] }],
    },
    {
      code: `${PRISMA}export async function GET() {\n  const out = posts.map(async (p) => prisma.user.findUnique({ where: { id: p.authorId } }));\n  return out;\n}\n`,
      filename: FILES.route,
      options: [{ checkPromiseAll: true }],
      errors: [{ messageId: 'queryInLoop', line: 3, suggestions: [] }],
    },
    {
      code: `${PRISMA}export async function GET() {\n  return Promise.all(ids.map(async (id) => prisma.user.findUnique({ where: { id } })));\n}\n`,
      filename: FILES.route,
      options: [{ checkPromiseAll: true }],
      errors: [{ messageId: 'queryInLoop', line: 3, suggestions: [] }],
    },
    // Index loop over .length; ctx.db / tx roots; Drizzle; mongoose; pg.
    {
      code: "'use server';\nimport { db } from '@/lib/db';\nexport async function reorder(ids) {\n  for (let i = 0; i < ids.length; i++) {\n    await db.update(folders).set({ order: i }).where(eq(folders.id, ids[i]));\n  }\n}\n",
      filename: 'app/actions.ts',
      errors: [{ messageId: 'queryInLoop', line: 5, data: { query: 'db.update(…)…', collection: 'ids', batch: '`inArray(table.id, ids)` when every row gets the same change, one `UPDATE … FROM (VALUES …)` when each row gets its own values' }, suggestions: [] }],
    },
    {
      code: "import { prisma } from '@/server/db';\nexport async function run(items) {\n  await prisma.$transaction(async (tx) => {\n    for (const item of items) {\n      await tx.item.update({ where: { id: item.id }, data: { position: item.position } });\n    }\n  });\n}\n",
      filename: 'server/items.ts',
      settings: helper,
      errors: [
        {
          messageId: 'queryInLoop',
          line: 5,
          data: { query: 'tx.item.update()', collection: 'items', batch: '`updateMany({ where: { id: { in: ids } } })` when every row gets the same change, one `UPDATE … FROM (VALUES …)` when each row gets its own values (`$executeRaw`)' },
          // Inside an interactive transaction: one connection, so no gain, and a failure rolls back under the
          // other queries ("transaction already closed", nextcrm's invoice lines): no concurrent rewrite.
          suggestions: [],
        },
      ],
    },
    {
      code: "import mongoose from 'mongoose';\nimport User from '@/models/User';\nexport async function GET() {\n  for (const id of ids) {\n    const u = await User.findById(id).lean();\n    if (!u) continue;\n  }\n}\n",
      filename: FILES.route,
      errors: [{ messageId: 'queryInLoop', line: 5, data: { query: 'User.findById()', collection: 'ids', batch: '`{ _id: { $in: ids } }` or `$lookup`' }, suggestions: [] }],
    },
    {
      code: "import { Pool } from 'pg';\nconst pool = new Pool();\nexport default async function handler(req, res) {\n  for (const todo of req.body.todos) {\n    await pool.query('UPDATE todos SET done = $1 WHERE id = $2', [todo.done, todo.id]);\n  }\n  res.end();\n}\n",
      filename: 'pages/api/todos.js',
      settings: helper,
      errors: [
        {
          messageId: 'queryInLoop',
          line: 5,
          data: { query: 'pool.query(…)', collection: 'req.body.todos', batch: '`WHERE id = ANY($1)` when every row gets the same change, one `UPDATE … FROM (VALUES …)` when each row gets its own values' },
          suggestions: [
            {
              messageId: 'useConcurrencyLimit',
              output:
                "import { Pool } from 'pg';\nimport { mapWithConcurrency } from '@/lib/map-with-concurrency';\nconst pool = new Pool();\nexport default async function handler(req, res) {\n  await mapWithConcurrency(req.body.todos, async (todo) => {\n    await pool.query('UPDATE todos SET done = $1 WHERE id = $2', [todo.done, todo.id]);\n  });\n  res.end();\n}\n",
            },
          ],
        },
      ],
    },
    {
      code: "import { sql } from '@vercel/postgres';\nexport async function GET() {\n  for (const id of ids) {\n    if (id) await sql`DELETE FROM t WHERE id = ${id}`;\n  }\n}\n",
      filename: FILES.route,
      settings: helper,
      errors: [{ messageId: 'queryInLoop', line: 4, suggestions: [{ messageId: 'useConcurrencyLimit', output: "import { sql } from '@vercel/postgres';\nimport { mapWithConcurrency } from '@/lib/map-with-concurrency';\nexport async function GET() {\n  await mapWithConcurrency(ids, async (id) => {\n    if (id) await sql`DELETE FROM t WHERE id = ${id}`;\n  });\n}\n" }] }],
    },
    // One report per loop, even with several queries.
    {
      code: `${PRISMA}export async function POST() {\n  for (const o of orders) {\n    const u = await prisma.user.findUnique({ where: { id: o.userId } });\n    await prisma.order.update({ where: { id: o.id }, data: { email: u.email } });\n    if (!u) return;\n  }\n}\n`,
      filename: FILES.route,
      errors: [{ messageId: 'queryInLoop', line: 4, suggestions: [] }],
    },
    // queryFunctions option.
    {
      code: "import { repo } from '@/lib/repo';\nexport async function GET() { for (const id of ids) { const row = await repo.load(id); if (!row) return; } }",
      filename: FILES.route,
      options: [{ queryFunctions: ['^repo\\.load$'] }],
      errors: [{ messageId: 'queryInLoop', data: { query: 'repo.load()', collection: 'ids', batch: '`where: { id: { in: ids } }`, `include`, or `createMany`' }, suggestions: [] }],
    },
  ],
});
