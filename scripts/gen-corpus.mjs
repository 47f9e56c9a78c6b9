// Generates a deterministic corpus of Next.js app code for the benchmark and the robustness test:
// route handlers, Pages API routes, server actions, middleware, client components, hooks and lib
// modules in the shapes of the apps the seed reports describe (an AI-agent platform on Supabase +
// OpenAI, a SaaS on Prisma + next-auth, a real-estate leads/tours platform, a marketing tool with
// integrations under src/, a marketplace of sellers on raw SQL). Each app has its own "gap rate":
// some code has the production gaps the rules look for (module state, leaked error messages,
// unauthenticated routes, localStorage tokens, fetch without timeout, Promise.race timeouts,
// wildcard CORS, unvalidated env, unverified webhooks, `===` on secrets, SQL interpolation, no rate
// limit, unvalidated input, Math.random ids, queries in loops, Redis KEYS, auth bypasses,
// hardcoded secrets, NEXT_PUBLIC_ secrets), the rest is the hardened version.
//
//   node scripts/gen-corpus.mjs [--out DIR] [--files N] [--seed S] [--check]
//
// Defaults: --files 3000 --seed 1 --out $TMPDIR/prodready-corpus-s<seed>-n<files>. The same seed and
// size always give the same bytes. --check parses every file with @typescript-eslint/parser and exits 1
// on a parse error. As a module: `generateCorpus({ seed, files })` returns [{ path, code }].
import { mkdirSync, rmSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** mulberry32: a small, fast, seedable PRNG. */
export function makeRng(seed) {
  let a = seed >>> 0 || 0x9e3779b9;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
  };
}

const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const singular = (s) => (s.endsWith('ies') ? `${s.slice(0, -3)}y` : s.endsWith('s') ? s.slice(0, -1) : s);
const kebab = (s) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const snake = (s) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
// Secret-looking literals are assembled here so that this file itself holds none.
const fakeKey = (rng, prefix) => prefix + Array.from({ length: 32 }, () => 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'[rng.int(0, 55)]).join('');

/** The app shapes from the seed reports. */
const SHAPES = [
  {
    name: 'agents-platform',
    src: '',
    ext: 'js',
    db: 'supabase',
    auth: 'supabase',
    resources: ['agents', 'conversations', 'messages', 'workflows', 'integrations', 'knowledgeBases', 'prompts', 'runs', 'apiKeys', 'teams'],
    gapRate: 0.55,
  },
  {
    name: 'saas',
    src: '',
    ext: 'ts',
    db: 'prisma',
    auth: 'nextauth',
    resources: ['projects', 'invoices', 'subscriptions', 'members', 'documents', 'comments', 'notifications', 'reports', 'tasks', 'labels'],
    gapRate: 0.3,
  },
  {
    name: 'leads-platform',
    src: '',
    ext: 'ts',
    db: 'supabase',
    auth: 'supabase',
    resources: ['leads', 'tours', 'properties', 'agentsProfiles', 'campaigns', 'conversions', 'followUps', 'listings', 'chats', 'visits'],
    gapRate: 0.45,
  },
  {
    name: 'marketing-suite',
    src: 'src/',
    ext: 'ts',
    db: 'drizzle',
    auth: 'clerk',
    resources: ['contents', 'analytics', 'channels', 'posts', 'audiences', 'integrations', 'schedules', 'assets', 'templates', 'insights'],
    gapRate: 0.35,
  },
  {
    name: 'marketplace',
    src: '',
    ext: 'ts',
    db: 'pg',
    auth: 'jwt',
    resources: ['sellers', 'products', 'orders', 'payouts', 'reviews', 'carts', 'coupons', 'shipments', 'refunds', 'categories'],
    gapRate: 0.4,
  },
  {
    name: 'hardened-saas',
    src: 'src/',
    ext: 'ts',
    db: 'prisma',
    auth: 'nextauth',
    resources: ['workspaces', 'links', 'domains', 'webhooksConfigs', 'events', 'tokens', 'invites', 'usages', 'exports', 'audits'],
    gapRate: 0.05,
  },
];

// ---------------------------------------------------------------------------------------------
// Fragments. Each takes a context { rng, gap(p?), shape, R (resource), ... } and returns code.

function authImport(shape) {
  switch (shape.auth) {
    case 'nextauth':
      return "import { getServerSession } from 'next-auth';\nimport { authOptions } from '@/lib/auth';";
    case 'clerk':
      return "import { auth } from '@clerk/nextjs/server';";
    case 'jwt':
      return "import { verifySession } from '@/lib/session';";
    default:
      return "import { createClient } from '@/lib/supabase/server';";
  }
}

/** Statements that load the user and return 401, with `userId` in scope after them. */
function authCheck(shape, req = 'req') {
  switch (shape.auth) {
    case 'nextauth':
      return `  const session = await getServerSession(authOptions);
  if (!session?.user?.id) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }
  const userId = session.user.id;`;
    case 'clerk':
      return `  const { userId } = await auth();
  if (!userId) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }`;
    case 'jwt':
      return `  const user = await verifySession(${req}.cookies.get('session')?.value);
  if (!user) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }
  const userId = user.id;`;
    default:
      return `  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }
  const userId = user.id;`;
  }
}

function noAuth(shape, req = 'req') {
  switch (shape.auth) {
    case 'supabase':
      return `  const supabase = await createClient();\n  const userId = ${req}.headers.get('x-user-id') ?? 'anonymous';`;
    default:
      return `  const userId = ${req}.headers.get('x-user-id') ?? 'anonymous';`;
  }
}

function dbImport(shape) {
  switch (shape.db) {
    case 'prisma':
      return "import { prisma } from '@/lib/db';";
    case 'drizzle':
      return "import { db } from '@/lib/db';\nimport { and, eq, desc } from 'drizzle-orm';\nimport * as schema from '@/lib/db/schema';";
    case 'pg':
      return "import { pool } from '@/lib/db';";
    default:
      return '';
  }
}

const model = (R) => singular(R);

function dbList(ctx) {
  const { shape, R } = ctx;
  const table = snake(R);
  switch (shape.db) {
    case 'prisma':
      return `  const items = await prisma.${model(R)}.findMany({
    where: { userId },
    orderBy: { createdAt: 'desc' },
    skip: (page - 1) * pageSize,
    take: pageSize,
  });`;
    case 'drizzle':
      return `  const items = await db
    .select()
    .from(schema.${R})
    .where(eq(schema.${R}.userId, userId))
    .orderBy(desc(schema.${R}.createdAt))
    .limit(pageSize)
    .offset((page - 1) * pageSize);`;
    case 'pg':
      return ctx.gap()
        ? `  const { rows: items } = await pool.query(
    \`SELECT * FROM ${table} WHERE user_id = '\${userId}' ORDER BY created_at DESC LIMIT \${pageSize} OFFSET \${(page - 1) * pageSize}\`,
  );`
        : `  const { rows: items } = await pool.query(
    'SELECT * FROM ${table} WHERE user_id = $1 ORDER BY created_at DESC LIMIT $2 OFFSET $3',
    [userId, pageSize, (page - 1) * pageSize],
  );`;
    default:
      return `  const { data: items, error: dbError } = await supabase
    .from('${table}')
    .select('*')
    .eq('user_id', userId)
    .order('created_at', { ascending: false })
    .range((page - 1) * pageSize, page * pageSize - 1);
  if (dbError) throw dbError;`;
  }
}

function dbCreate(ctx, dataExpr) {
  const { shape, R } = ctx;
  const table = snake(R);
  switch (shape.db) {
    case 'prisma':
      return `  const created = await prisma.${model(R)}.create({ data: { ...${dataExpr}, userId } });`;
    case 'drizzle':
      return `  const [created] = await db.insert(schema.${R}).values({ ...${dataExpr}, userId }).returning();`;
    case 'pg':
      return ctx.gap()
        ? `  const { rows: [created] } = await pool.query(
    \`INSERT INTO ${table} (name, description, user_id) VALUES ('\${${dataExpr}.name}', '\${${dataExpr}.description ?? ''}', '\${userId}') RETURNING *\`,
  );`
        : `  const { rows: [created] } = await pool.query(
    'INSERT INTO ${table} (name, description, user_id) VALUES ($1, $2, $3) RETURNING *',
    [${dataExpr}.name, ${dataExpr}.description ?? null, userId],
  );`;
    default:
      return `  const { data: created, error: insertError } = await supabase
    .from('${table}')
    .insert({ ...${dataExpr}, user_id: userId })
    .select()
    .single();
  if (insertError) throw insertError;`;
  }
}

function dbGetOne(ctx, idExpr) {
  const { shape, R } = ctx;
  const table = snake(R);
  switch (shape.db) {
    case 'prisma':
      return `  const item = await prisma.${model(R)}.findFirst({ where: { id: ${idExpr}, userId } });`;
    case 'drizzle':
      return `  const [item] = await db.select().from(schema.${R}).where(and(eq(schema.${R}.id, ${idExpr}), eq(schema.${R}.userId, userId)));`;
    case 'pg':
      return ctx.gap()
        ? `  const { rows: [item] } = await pool.query(\`SELECT * FROM ${table} WHERE id = \${${idExpr}} AND user_id = '\${userId}'\`);`
        : `  const { rows: [item] } = await pool.query('SELECT * FROM ${table} WHERE id = $1 AND user_id = $2', [${idExpr}, userId]);`;
    default:
      return `  const { data: item } = await supabase.from('${table}').select('*').eq('id', ${idExpr}).eq('user_id', userId).maybeSingle();`;
  }
}

function errorResponse(ctx, what) {
  if (ctx.gap()) {
    return ctx.rng.pick([
      `    return NextResponse.json({ error: error instanceof Error ? error.message : 'Unknown error' }, { status: 500 });`,
      `    return NextResponse.json({ error: (error as Error).message, stack: (error as Error).stack }, { status: 500 });`,
      `    return NextResponse.json({ success: false, error: String(error) }, { status: 500 });`,
      `    return new Response(JSON.stringify({ message: (error as any)?.message }), { status: 500 });`,
    ]);
  }
  return `    console.error('${what} failed', error);
    return NextResponse.json({ error: 'Internal server error' }, { status: 500 });`;
}

function zodSchema(R) {
  const M = cap(model(R));
  return `const Create${M}Schema = z.object({
  name: z.string().trim().min(1).max(200),
  description: z.string().max(5000).optional(),
  tags: z.array(z.string().max(50)).max(20).default([]),
  metadata: z.record(z.string(), z.string()).optional(),
});`;
}

function moduleState(ctx) {
  return ctx.rng.pick([
    `const cache = new Map<string, { value: unknown; expires: number }>();`,
    `let requestCount = 0;\nconst recentRequests: Record<string, number[]> = {};`,
    `const inflight = new Set<string>();`,
    `const rateLimitStore = new Map<string, { count: number; resetAt: number }>();`,
  ]);
}

function rateLimitCheck(req = 'req') {
  return `  const ip = ${req}.headers.get('x-forwarded-for')?.split(',')[0]?.trim() ?? 'unknown';
  const { success, reset } = await ratelimit.limit(ip);
  if (!success) {
    return NextResponse.json({ error: 'Too many requests' }, { status: 429, headers: { 'Retry-After': String(Math.ceil((reset - Date.now()) / 1000)) } });
  }`;
}

function fetchCall(ctx, url, init = '') {
  if (ctx.gap()) {
    if (ctx.rng.chance(0.4)) {
      return `  const response = await Promise.race([
    fetch(${url}${init ? `, ${init}` : ''}),
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('Request timed out')), 15000)),
  ]);`;
    }
    return `  const response = await fetch(${url}${init ? `, ${init}` : ''});`;
  }
  return init
    ? `  const response = await fetch(${url}, { ...${init}, signal: AbortSignal.timeout(10_000) });`
    : `  const response = await fetch(${url}, { signal: AbortSignal.timeout(10_000) });`;
}

function filler(ctx, n) {
  // Pure helper functions of realistic size: formatting, mapping, paging.
  const out = [];
  for (let i = 0; i < n; i++) {
    const M = cap(model(ctx.R));
    const k = ctx.rng.int(0, 5);
    const fn = `${ctx.rng.pick(['format', 'normalize', 'summarize', 'compute', 'group', 'sort'])}${M}${ctx.rng.pick(['Rows', 'Items', 'Stats', 'Labels', 'Totals', 'Page'])}${i}`;
    if (k === 0) {
      out.push(`function ${fn}(items: Array<Record<string, unknown>>, locale = 'en-US') {
  const formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  return items.map((item) => ({
    ...item,
    label: String(item.name ?? item.id ?? '').slice(0, 80),
    created: item.createdAt ? formatter.format(new Date(String(item.createdAt))) : '—',
  }));
}`);
    } else if (k === 1) {
      out.push(`function ${fn}(values: number[]): { min: number; max: number; avg: number; p95: number } {
  if (values.length === 0) return { min: 0, max: 0, avg: 0, p95: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const sum = sorted.reduce((acc, v) => acc + v, 0);
  const idx = Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95));
  return { min: sorted[0] ?? 0, max: sorted[sorted.length - 1] ?? 0, avg: sum / sorted.length, p95: sorted[idx] ?? 0 };
}`);
    } else if (k === 2) {
      out.push(`function ${fn}<T extends { status?: string }>(rows: T[]) {
  const groups: Record<string, T[]> = {};
  for (const row of rows) {
    const key = row.status ?? 'unknown';
    (groups[key] ??= []).push(row);
  }
  return Object.entries(groups)
    .map(([status, list]) => ({ status, count: list.length }))
    .sort((a, b) => b.count - a.count);
}`);
    } else if (k === 3) {
      out.push(`const ${fn} = (input: string | null | undefined, fallback = 1, max = 100): number => {
  const n = Number.parseInt(input ?? '', 10);
  if (!Number.isFinite(n) || n < 1) return fallback;
  return Math.min(n, max);
};`);
    } else if (k === 4) {
      out.push(`export function ${fn}(list: { amount: number; currency: string }[]) {
  const totals = new Map<string, number>();
  for (const { amount, currency } of list) totals.set(currency, (totals.get(currency) ?? 0) + amount);
  return [...totals].map(([currency, total]) =>
    new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(total / 100),
  );
}`);
    } else {
      out.push(`async function ${fn}(ids: string[], load: (batch: string[]) => Promise<unknown[]>, size = 50) {
  const results: unknown[] = [];
  for (let i = 0; i < ids.length; i += size) {
    const batch = ids.slice(i, i + size);
    results.push(...(await load(batch)));
  }
  return results;
}`);
    }
  }
  return out.join('\n\n');
}

// ---------------------------------------------------------------------------------------------
// Files.

function routeCollection(ctx) {
  const { shape, R, rng } = ctx;
  const M = cap(model(R));
  const authed = !ctx.gap(0.5);
  const validate = !ctx.gap();
  const limit = !ctx.gap();
  const state = ctx.gap(0.5);
  const lines = [
    "import { NextRequest, NextResponse } from 'next/server';",
    validate ? "import { z } from 'zod';" : '',
    dbImport(shape),
    authed || shape.db === 'supabase' ? authImport(shape) : '',
    limit ? "import { ratelimit } from '@/lib/rate-limit';" : '',
    '',
    "export const dynamic = 'force-dynamic';",
    state ? moduleState(ctx) : '',
    validate ? zodSchema(R) : '',
    '',
    `export async function GET(req: NextRequest) {`,
    authed ? authCheck(shape) : noAuth(shape),
    `  try {
    const { searchParams } = new URL(req.url);
    const page = Math.max(1, Number(searchParams.get('page') ?? '1'));
    const pageSize = Math.min(100, Number(searchParams.get('pageSize') ?? '20'));`,
    dbList(ctx),
    `    return NextResponse.json({ items, page, pageSize });
  } catch (error) {`,
    errorResponse(ctx, `GET /api/${kebab(R)}`),
    `  }
}

export async function POST(req: NextRequest) {`,
    limit ? rateLimitCheck() : '',
    authed ? authCheck(shape) : noAuth(shape),
    `  try {`,
    validate
      ? `    const parsed = Create${M}Schema.safeParse(await req.json());
    if (!parsed.success) {
      return NextResponse.json({ error: 'Invalid input', issues: parsed.error.issues }, { status: 400 });
    }
    const input = parsed.data;`
      : `    const input = await req.json();`,
    dbCreate(ctx, 'input'),
    state && rng.chance(0.5) ? `    cache.delete(userId);` : '',
    `    return NextResponse.json(created, { status: 201 });
  } catch (error) {`,
    errorResponse(ctx, `POST /api/${kebab(R)}`),
    `  }
}`,
    '',
    filler(ctx, rng.int(1, 6)),
  ];
  return lines.filter((l) => l !== '').join('\n') + '\n';
}

function routeItem(ctx) {
  const { shape, R, rng } = ctx;
  const authed = !ctx.gap(0.4);
  const lines = [
    "import { NextResponse } from 'next/server';",
    "import type { NextRequest } from 'next/server';",
    dbImport(shape),
    authed || shape.db === 'supabase' ? authImport(shape) : '',
    '',
    `type Params = { params: Promise<{ id: string }> };`,
    '',
    `export async function GET(req: NextRequest, { params }: Params) {`,
    `  const { id } = await params;`,
    authed ? authCheck(shape) : noAuth(shape),
    dbGetOne(ctx, 'id'),
    `  if (!item) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  return NextResponse.json(item);
}

export async function DELETE(req: NextRequest, { params }: Params) {
  const { id } = await params;`,
    authed ? authCheck(shape) : noAuth(shape),
    `  try {`,
    dbGetOne(ctx, 'id'),
    `    if (!item) return NextResponse.json({ error: 'Not found' }, { status: 404 });`,
    shape.db === 'prisma'
      ? `    await prisma.${model(R)}.delete({ where: { id } });`
      : shape.db === 'drizzle'
        ? `    await db.delete(schema.${R}).where(eq(schema.${R}.id, id));`
        : shape.db === 'pg'
          ? `    await pool.query('DELETE FROM ${snake(R)} WHERE id = $1', [id]);`
          : `    await supabase.from('${snake(R)}').delete().eq('id', id);`,
    `    return new NextResponse(null, { status: 204 });
  } catch (error) {`,
    errorResponse(ctx, `DELETE /api/${kebab(R)}/[id]`),
    `  }
}`,
    filler(ctx, rng.int(0, 4)),
  ];
  return lines.filter((l) => l !== '').join('\n') + '\n';
}

function routeBulk(ctx) {
  // Bulk import: the classic query-in-loop and unvalidated body shape.
  const { shape, R } = ctx;
  const loop = ctx.gap();
  const lines = [
    "import { NextRequest, NextResponse } from 'next/server';",
    dbImport(shape),
    authImport(shape),
    '',
    `export async function POST(req: NextRequest) {`,
    authCheck(shape),
    `  const { ids } = (await req.json()) as { ids: string[] };`,
    loop
      ? shape.db === 'prisma'
        ? `  const results = [];
  for (const id of ids) {
    const row = await prisma.${model(R)}.findUnique({ where: { id } });
    if (row && row.userId === userId) results.push(row);
  }`
        : shape.db === 'pg'
          ? `  const results = [];
  for (const id of ids) {
    const { rows } = await pool.query('SELECT * FROM ${snake(R)} WHERE id = $1', [id]);
    if (rows[0]?.user_id === userId) results.push(rows[0]);
  }`
          : shape.db === 'drizzle'
            ? `  const results = await Promise.all(
    ids.map(async (id) => (await db.select().from(schema.${R}).where(eq(schema.${R}.id, id)))[0]),
  );`
            : `  const results = [];
  for (const id of ids) {
    const { data } = await supabase.from('${snake(R)}').select('*').eq('id', id).single();
    if (data) results.push(data);
  }`
      : shape.db === 'prisma'
        ? `  const results = await prisma.${model(R)}.findMany({ where: { id: { in: ids.slice(0, 500) }, userId } });`
        : shape.db === 'pg'
          ? `  const { rows: results } = await pool.query('SELECT * FROM ${snake(R)} WHERE id = ANY($1) AND user_id = $2', [ids.slice(0, 500), userId]);`
          : shape.db === 'drizzle'
            ? `  const results = await db.select().from(schema.${R}).where(eq(schema.${R}.userId, userId)).limit(500);`
            : `  const { data: results } = await supabase.from('${snake(R)}').select('*').in('id', ids.slice(0, 500)).eq('user_id', userId);`,
    `  return NextResponse.json({ results });
}`,
  ];
  return lines.filter((l) => l !== '').join('\n') + '\n';
}

function routeChat(ctx) {
  const { shape, rng } = ctx;
  const limit = !ctx.gap();
  const authed = !ctx.gap(0.4);
  const lines = [
    "import { NextRequest, NextResponse } from 'next/server';",
    "import OpenAI from 'openai';",
    limit ? "import { ratelimit } from '@/lib/rate-limit';" : '',
    authed || shape.db === 'supabase' ? authImport(shape) : '',
    ctx.gap() ? '' : "import { env } from '@/lib/env';",
    '',
    ctx.gapLast
      ? `const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY! });`
      : `const openai = new OpenAI({ apiKey: env.OPENAI_API_KEY, timeout: 30_000, maxRetries: 2 });`,
    ctx.gap(0.3) ? `const conversationCache = new Map<string, { role: string; content: string }[]>();` : '',
    '',
    `export const maxDuration = 60;`,
    '',
    `export async function POST(req: NextRequest) {`,
    limit ? rateLimitCheck() : '',
    authed ? authCheck(shape) : noAuth(shape),
    `  const { message, conversationId } = await req.json();
  if (typeof message !== 'string' || message.length === 0 || message.length > 4000) {
    return NextResponse.json({ error: 'Invalid message' }, { status: 400 });
  }
  try {
    const completion = await openai.chat.completions.create({
      model: '${rng.pick(['gpt-4o-mini', 'gpt-4.1', 'gpt-4o'])}',
      messages: [
        { role: 'system', content: 'You are a helpful assistant for ' + userId },
        { role: 'user', content: message },
      ],
      temperature: ${rng.pick(['0.2', '0.7', '1'])},
    });
    return NextResponse.json({ reply: completion.choices[0]?.message?.content ?? '', conversationId });
  } catch (error) {`,
    errorResponse(ctx, 'chat'),
    `  }
}`,
  ];
  return lines.filter((l) => l !== '').join('\n') + '\n';
}

function routeWebhook(ctx) {
  const verify = !ctx.gap();
  const body = verify
    ? `  const body = await req.text();
  const signature = req.headers.get('stripe-signature');
  if (!signature) return NextResponse.json({ error: 'Missing signature' }, { status: 400 });
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, signature, env.STRIPE_WEBHOOK_SECRET);
  } catch {
    return NextResponse.json({ error: 'Invalid signature' }, { status: 400 });
  }`
    : `  const event = (await req.json()) as Stripe.Event;`;
  return `import { NextRequest, NextResponse } from 'next/server';
import Stripe from 'stripe';
import { env } from '@/lib/env';
import { handleCheckoutCompleted, handleSubscriptionChange } from '@/lib/billing';

const stripe = new Stripe(env.STRIPE_SECRET_KEY);

export async function POST(req: NextRequest) {
${body}
  switch (event.type) {
    case 'checkout.session.completed':
      await handleCheckoutCompleted(event.data.object as Stripe.Checkout.Session);
      break;
    case 'customer.subscription.updated':
    case 'customer.subscription.deleted':
      await handleSubscriptionChange(event.data.object as Stripe.Subscription);
      break;
    default:
      console.log('Unhandled event type', event.type);
  }
  return NextResponse.json({ received: true });
}
`;
}

function routeCron(ctx) {
  const safe = !ctx.gap();
  const check = safe
    ? `  const header = req.headers.get('authorization') ?? '';
  const expected = \`Bearer \${env.CRON_SECRET}\`;
  const a = Buffer.from(header);
  const b = Buffer.from(expected);
  if (a.length !== b.length || !timingSafeEqual(a, b)) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }`
    : ctx.rng.pick([
        `  if (req.headers.get('authorization') !== \`Bearer \${process.env.CRON_SECRET}\`) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }`,
        `  const token = req.nextUrl.searchParams.get('token');
  if (process.env.NODE_ENV !== 'production' || token === process.env.CRON_SECRET) {
    // allowed
  } else {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }`,
      ]);
  return `import { NextRequest, NextResponse } from 'next/server';
${safe ? "import { timingSafeEqual } from 'node:crypto';\nimport { env } from '@/lib/env';\n" : ''}import { redis } from '@/lib/redis';

export async function GET(req: NextRequest) {
${check}
${
  ctx.gap()
    ? `  const keys = await redis.keys('session:*');
  let removed = 0;
  for (const key of keys) {
    const ttl = await redis.ttl(key);
    if (ttl < 0) {
      await redis.del(key);
      removed++;
    }
  }`
    : `  let cursor = '0';
  let removed = 0;
  do {
    const [next, keys] = await redis.scan(cursor, { match: 'session:*', count: 200 });
    cursor = String(next);
    for (const key of keys) {
      if ((await redis.ttl(key)) < 0) removed += await redis.del(key);
    }
  } while (cursor !== '0');`
}
  return NextResponse.json({ removed });
}
`;
}

function routeProxy(ctx) {
  const cors = ctx.gap();
  return `import { NextRequest, NextResponse } from 'next/server';

const ALLOWED_ORIGINS = (process.env.ALLOWED_ORIGINS ?? '').split(',').filter(Boolean);

function corsHeaders(origin: string | null): Record<string, string> {
${
  cors
    ? `  return {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Methods': 'GET,POST,OPTIONS',
    'Access-Control-Allow-Headers': 'Content-Type, Authorization',
    'Access-Control-Allow-Credentials': 'true',
  };`
    : `  const allowed = origin && ALLOWED_ORIGINS.includes(origin) ? origin : '';
  return {
    'Access-Control-Allow-Origin': allowed,
    'Access-Control-Allow-Methods': 'GET,POST,OPTIONS',
    'Access-Control-Allow-Headers': 'Content-Type, Authorization',
    Vary: 'Origin',
  };`
}
}

export async function OPTIONS(req: NextRequest) {
  return new NextResponse(null, { status: 204, headers: corsHeaders(req.headers.get('origin')) });
}

export async function POST(req: NextRequest) {
  const payload = await req.json();
  const url = new URL('/v1/events', process.env.UPSTREAM_URL ?? 'https://api.example.com');
${fetchCall(ctx, 'url', `{ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(payload) }`)}
  const data = await response.json();
  return NextResponse.json(data, { status: response.status, headers: corsHeaders(req.headers.get('origin')) });
}
`;
}

function pagesApi(ctx) {
  const { R, shape } = ctx;
  const authed = !ctx.gap(0.4);
  return `import type { NextApiRequest, NextApiResponse } from 'next';
${shape.auth === 'nextauth' ? "import { getServerSession } from 'next-auth/next';\nimport { authOptions } from '@/lib/auth';\n" : ''}${dbImport(shape)}

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET' && req.method !== 'POST') {
    res.setHeader('Allow', 'GET, POST');
    return res.status(405).end();
  }
${
  authed && shape.auth === 'nextauth'
    ? `  const session = await getServerSession(req, res, authOptions);
  if (!session?.user?.id) return res.status(401).json({ error: 'Unauthorized' });
  const userId = session.user.id;`
    : `  const userId = String(req.query.userId ?? '');`
}
  try {
    if (req.method === 'GET') {
      const page = Number(req.query.page ?? 1);
      const pageSize = 20;
${dbList(ctx).replace(/^ {2}/gm, '      ').replace(/supabase/g, 'globalThis.supabase')}
      return res.status(200).json({ items });
    }
    const body = req.body;
    return res.status(201).json({ ok: true, received: Object.keys(body ?? {}).length, resource: '${R}' });
  } catch (error: any) {
${ctx.gap() ? '    return res.status(500).json({ error: error.message });' : "    console.error(error);\n    return res.status(500).json({ error: 'Internal server error' });"}
  }
}
`.replace('globalThis.supabase', '(globalThis as any).supabase');
}

function serverActions(ctx) {
  const { shape, R, rng } = ctx;
  const M = cap(model(R));
  const authed = !ctx.gap(0.4);
  const validate = !ctx.gap();
  const lines = [
    "'use server';",
    '',
    "import { revalidatePath } from 'next/cache';",
    validate ? "import { z } from 'zod';" : '',
    dbImport(shape),
    shape.auth === 'nextauth'
      ? "import { getServerSession } from 'next-auth';\nimport { authOptions } from '@/lib/auth';"
      : shape.auth === 'clerk'
        ? "import { auth } from '@clerk/nextjs/server';"
        : shape.auth === 'jwt'
          ? "import { cookies } from 'next/headers';\nimport { verifySession } from '@/lib/session';"
          : "import { createClient } from '@/lib/supabase/server';",
    '',
    validate ? zodSchema(R) : '',
    '',
    `async function requireUser() {`,
    shape.auth === 'nextauth'
      ? `  const session = await getServerSession(authOptions);
  if (!session?.user?.id) throw new Error('Unauthorized');
  return session.user.id;`
      : shape.auth === 'clerk'
        ? `  const { userId } = await auth();
  if (!userId) throw new Error('Unauthorized');
  return userId;`
        : shape.auth === 'jwt'
          ? `  const user = await verifySession((await cookies()).get('session')?.value);
  if (!user) throw new Error('Unauthorized');
  return user.id;`
          : `  const supabase = await createClient();
  const { data } = await supabase.auth.getUser();
  if (!data.user) throw new Error('Unauthorized');
  return data.user.id;`,
    `}`,
    '',
    `export async function create${M}(formData: FormData) {`,
    authed ? `  const userId = await requireUser();` : `  const userId = String(formData.get('userId'));`,
    shape.db === 'supabase' ? `  const supabase = await createClient();` : '',
    validate
      ? `  const parsed = Create${M}Schema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false as const, error: 'Invalid input' };
  const input = parsed.data;`
      : `  const input = Object.fromEntries(formData) as any;`,
    `  try {`,
    dbCreate(ctx, 'input').replace(/^ {2}/gm, '    '),
    `    revalidatePath('/${kebab(R)}');
    return { ok: true as const, id: created?.id };
  } catch (error) {`,
    ctx.gap() ? `    return { ok: false as const, error: (error as Error).message };` : `    console.error('create${M} failed', error);\n    return { ok: false as const, error: 'Could not save' };`,
    `  }
}`,
    '',
    `export async function delete${M}(id: string) {`,
    authed ? `  const userId = await requireUser();` : `  const userId = 'unknown';`,
    shape.db === 'supabase' ? `  const supabase = await createClient();` : '',
    shape.db === 'prisma'
      ? `  await prisma.${model(R)}.deleteMany({ where: { id, userId } });`
      : shape.db === 'drizzle'
        ? `  await db.delete(schema.${R}).where(and(eq(schema.${R}.id, id), eq(schema.${R}.userId, userId)));`
        : shape.db === 'pg'
          ? `  await pool.query('DELETE FROM ${snake(R)} WHERE id = $1 AND user_id = $2', [id, userId]);`
          : `  await supabase.from('${snake(R)}').delete().eq('id', id).eq('user_id', userId);`,
    `  revalidatePath('/${kebab(R)}');
}`,
    filler(ctx, rng.int(1, 5)),
  ];
  return lines.filter((l) => l !== '').join('\n') + '\n';
}

function clientList(ctx) {
  const { R, rng } = ctx;
  const M = cap(model(R));
  const storage = ctx.gap(0.5);
  const insecureId = ctx.gap(0.5);
  const rows = rng.int(2, 8);
  const columns = Array.from({ length: rows }, (_, i) => rng.pick(['name', 'status', 'owner', 'createdAt', 'updatedAt', 'amount', 'email', 'priority']) + (i > 3 ? i : ''));
  return `'use client';

import { useCallback, useEffect, useMemo, useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
${ctx.gap(0.3) ? "import { createClient } from '@supabase/supabase-js';\n\nconst supabase = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY!);\n" : ''}
type ${M} = {
  id: string;
${columns.map((c) => `  ${c}?: string;`).join('\n')}
};

interface ${M}ListProps {
  initialItems: ${M}[];
  pageSize?: number;
  onSelect?: (item: ${M}) => void;
}

export function ${M}List({ initialItems, pageSize = 20, onSelect }: ${M}ListProps) {
  const router = useRouter();
  const [items, setItems] = useState<${M}[]>(initialItems);
  const [query, setQuery] = useState('');
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [page, setPage] = useState(1);

  useEffect(() => {
${
  storage
    ? `    const token = localStorage.getItem('${rng.pick(['accessToken', 'authToken', 'token', 'apiKey'])}');
    if (!token) router.push('/login');`
    : `    const saved = localStorage.getItem('${kebab(R)}-view');
    if (saved === 'compact') setPage(1);`
}
  }, [router]);

  const load = useCallback(async (nextPage: number) => {
    setLoading(true);
    setError(null);
    try {
      const res = await fetch(\`/api/${kebab(R)}?page=\${nextPage}&pageSize=\${pageSize}\`${storage ? `, { headers: { Authorization: \`Bearer \${localStorage.getItem('token')}\` } }` : ''});
      if (!res.ok) throw new Error(\`HTTP \${res.status}\`);
      const data = (await res.json()) as { items: ${M}[] };
      setItems(data.items);
      setPage(nextPage);
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Failed to load');
    } finally {
      setLoading(false);
    }
  }, [pageSize]);

  const filtered = useMemo(
    () => items.filter((item) => JSON.stringify(item).toLowerCase().includes(query.toLowerCase())),
    [items, query],
  );

  const addDraft = () => {
    const draft: ${M} = { id: ${insecureId ? "Math.random().toString(36).substring(2, 9)" : 'crypto.randomUUID()'} };
    setItems((prev) => [draft, ...prev]);
  };
${
  storage && rng.chance(0.5)
    ? `
  const saveCredentials = (apiKey: string, secret: string) => {
    localStorage.setItem('${rng.pick(['integration_credentials', 'apiKey', 'openai_key'])}', JSON.stringify({ apiKey, secret }));
  };
`
    : ''
}
  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between gap-2">
        <input
          className="w-full rounded-md border px-3 py-2 text-sm"
          placeholder="Search ${R}…"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <button type="button" className="rounded-md bg-black px-3 py-2 text-sm text-white" onClick={addDraft}>
          New ${model(R)}
        </button>
      </div>
      {error && <p className="text-sm text-red-600">{error}</p>}
      <table className="w-full text-left text-sm">
        <thead>
          <tr>
${columns.map((c) => `            <th className="px-2 py-1 font-medium">${c}</th>`).join('\n')}
            <th />
          </tr>
        </thead>
        <tbody>
          {filtered.map((item) => (
            <tr key={item.id} className="border-t hover:bg-muted/50" onClick={() => onSelect?.(item)}>
${columns.map((c) => `              <td className="px-2 py-1">{item.${c} ?? '—'}</td>`).join('\n')}
              <td className="px-2 py-1 text-right">
                <Link href={\`/${kebab(R)}/\${item.id}\`} className="underline">
                  Open
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="flex justify-end gap-2">
        <button type="button" disabled={loading || page === 1} onClick={() => load(page - 1)}>
          Previous
        </button>
        <span className="text-sm text-muted-foreground">Page {page}</span>
        <button type="button" disabled={loading || items.length < pageSize} onClick={() => load(page + 1)}>
          Next
        </button>
      </div>
    </div>
  );
}

export default ${M}List;
`;
}

function clientForm(ctx) {
  const { R, rng } = ctx;
  const M = cap(model(R));
  const fields = Array.from({ length: rng.int(3, 10) }, (_, i) => rng.pick(['name', 'description', 'email', 'phone', 'website', 'notes', 'budget', 'source']) + i);
  return `'use client';

import { useState, useTransition, type FormEvent } from 'react';
import { create${M} } from '@/app/(dashboard)/${kebab(R)}/actions';

export default function ${M}Form({ onCreated }: { onCreated?: (id: string) => void }) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
${fields.map((f) => `  const [${f}, set${cap(f)}] = useState('');`).join('\n')}

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(async () => {
      const result = await create${M}(formData);
      if (result.ok) {
        setMessage('Saved');
        if (result.id) onCreated?.(String(result.id));
      } else {
        setMessage(result.error);
      }
    });
  }

  return (
    <form onSubmit={onSubmit} className="grid gap-3">
${fields
  .map(
    (f) => `      <label className="grid gap-1 text-sm">
        <span>${f}</span>
        <input name="${f}" value={${f}} onChange={(e) => set${cap(f)}(e.target.value)} className="rounded border px-2 py-1" />
      </label>`,
  )
  .join('\n')}
      <button type="submit" disabled={pending} className="rounded bg-primary px-3 py-2 text-primary-foreground">
        {pending ? 'Saving…' : 'Save'}
      </button>
      {message ? <p role="status">{message}</p> : null}
    </form>
  );
}
`;
}

function hook(ctx) {
  const { R } = ctx;
  const M = cap(model(R));
  return `import { useEffect, useRef, useState } from 'react';

export function use${M}s(search: string) {
  const [data, setData] = useState<unknown[]>([]);
  const [loading, setLoading] = useState(false);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => {
    controller.current?.abort();
    const c = new AbortController();
    controller.current = c;
    setLoading(true);
    fetch(\`/api/${kebab(R)}?q=\${encodeURIComponent(search)}\`, { signal: c.signal })
      .then((r) => r.json())
      .then((json) => setData(json.items ?? []))
      .catch(() => undefined)
      .finally(() => setLoading(false));
    return () => c.abort();
  }, [search]);

  return { data, loading };
}
`;
}

function page(ctx) {
  const { R, rng } = ctx;
  const M = cap(model(R));
  return `import { Suspense } from 'react';
import type { Metadata } from 'next';
import ${M}List from '@/components/${kebab(R)}/${M}List';
import ${M}Form from '@/components/${kebab(R)}/${M}Form';

export const metadata: Metadata = { title: '${cap(kebab(R).replace(/-/g, ' '))}' };

async function loadInitial() {
  const res = await fetch(\`\${process.env.NEXT_PUBLIC_BASE_URL}/api/${kebab(R)}\`, { cache: 'no-store'${ctx.gap() ? '' : ', signal: AbortSignal.timeout(5000)'} });
  if (!res.ok) return [];
  const json = await res.json();
  return json.items ?? [];
}

export default async function ${M}Page() {
  const items = await loadInitial();
  return (
    <main className="mx-auto max-w-${rng.pick(['4xl', '5xl', '6xl'])} p-6">
      <h1 className="mb-4 text-2xl font-semibold">${M}s</h1>
      <Suspense fallback={<p>Loading…</p>}>
        <${M}List initialItems={items} />
      </Suspense>
      <section className="mt-8">
        <h2 className="mb-2 text-lg font-medium">New ${model(R)}</h2>
        <${M}Form />
      </section>
    </main>
  );
}
`;
}

function libService(ctx) {
  const { R, rng, shape } = ctx;
  const M = cap(model(R));
  const ext = ctx.gap(0.5);
  return `${dbImport(shape) || "import { createClient } from '@/lib/supabase/server';"}
${ext ? '' : "import { env } from '@/lib/env';\n"}
const API_BASE = ${ext ? `process.env.${snake(R).toUpperCase()}_API_URL || 'https://api.example.com'` : 'env.EXTERNAL_API_URL'};

export interface ${M}Summary {
  id: string;
  name: string;
  total: number;
}

export async function sync${M}s(accountId: string): Promise<${M}Summary[]> {
${fetchCall(ctx, `\`\${API_BASE}/accounts/\${accountId}/${kebab(R)}\``, `{ headers: { Authorization: \`Bearer \${${ext ? `process.env.${snake(R).toUpperCase()}_API_KEY` : 'env.EXTERNAL_API_KEY'}}\` } }`)}
  if (!response.ok) {
    throw new Error(\`sync ${R} failed with \${response.status}\`);
  }
  const json = (await response.json()) as { data: ${M}Summary[] };
  return json.data;
}

export function new${M}Id(): string {
  return ${ctx.gap(0.5) ? rng.pick(['`' + model(R).slice(0, 3) + '_${Date.now()}_${Math.random().toString(36).slice(2)}`', 'Math.random().toString(36).substr(2, 9)']) : 'crypto.randomUUID()'};
}

${filler(ctx, rng.int(2, 8))}
`;
}

function libEnv(ctx) {
  return `import { z } from 'zod';

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATABASE_URL: z.string().url(),
  OPENAI_API_KEY: z.string().min(1),
  STRIPE_SECRET_KEY: z.string().min(1),
  STRIPE_WEBHOOK_SECRET: z.string().min(1),
  CRON_SECRET: z.string().min(16),
  UPSTASH_REDIS_REST_URL: z.string().url(),
  UPSTASH_REDIS_REST_TOKEN: z.string().min(1),
  EXTERNAL_API_URL: z.string().url().default('https://api.example.com'),
  EXTERNAL_API_KEY: z.string().min(1),
});

export const env = EnvSchema.parse(process.env);
export type Env = z.infer<typeof EnvSchema>;
`;
}

function libRateLimit(ctx) {
  if (ctx.gapApp) {
    return `// In-memory limiter: resets on every cold start and is per instance.
const hits = new Map<string, { count: number; resetAt: number }>();

export const ratelimit = {
  async limit(key: string, max = 20, windowMs = 60_000) {
    const now = Date.now();
    const entry = hits.get(key);
    if (!entry || entry.resetAt < now) {
      hits.set(key, { count: 1, resetAt: now + windowMs });
      return { success: true, reset: now + windowMs };
    }
    entry.count++;
    return { success: entry.count <= max, reset: entry.resetAt };
  },
};
`;
  }
  return `import { Ratelimit } from '@upstash/ratelimit';
import { Redis } from '@upstash/redis';

export const ratelimit = new Ratelimit({
  redis: Redis.fromEnv(),
  limiter: Ratelimit.slidingWindow(20, '60 s'),
  analytics: true,
  prefix: 'rl',
});
`;
}

function libRedis(ctx) {
  return `import { Redis } from '@upstash/redis';

export const redis = ${ctx.gapApp ? `new Redis({ url: process.env.UPSTASH_REDIS_REST_URL!, token: process.env.UPSTASH_REDIS_REST_TOKEN! })` : 'Redis.fromEnv()'};

export async function cached<T>(key: string, ttlSeconds: number, load: () => Promise<T>): Promise<T> {
  const hit = await redis.get<T>(key);
  if (hit !== null && hit !== undefined) return hit;
  const value = await load();
  await redis.set(key, value, { ex: ttlSeconds });
  return value;
}

export async function invalidatePrefix(prefix: string) {
${ctx.gapApp ? `  const keys = await redis.keys(\`\${prefix}*\`);\n  if (keys.length) await redis.del(...keys);` : `  let cursor: string | number = 0;\n  do {\n    const [next, keys] = await redis.scan(cursor, { match: \`\${prefix}*\`, count: 100 });\n    if (keys.length) await redis.del(...keys);\n    cursor = next;\n  } while (String(cursor) !== '0');`}
}
`;
}

function libDb(ctx) {
  const { shape, rng } = ctx;
  switch (shape.db) {
    case 'prisma':
      return `import { PrismaClient } from '@prisma/client';

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const prisma = globalForPrisma.prisma ?? new PrismaClient({ log: ['error'] });

if (process.env.NODE_ENV !== 'production') globalForPrisma.prisma = prisma;
`;
    case 'pg':
      return `import { Pool } from 'pg';

export const pool = new Pool({
  connectionString: ${ctx.gapApp ? `'postgres://admin:${fakeKey(rng, '')}@db.internal:5432/app'` : 'process.env.DATABASE_URL'},
  max: 10,
  idleTimeoutMillis: 30_000,
  connectionTimeoutMillis: 5_000,
});
`;
    case 'drizzle':
      return `import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './db/schema';
import { env } from '@/lib/env';

const client = postgres(env.DATABASE_URL, { max: 5 });
export const db = drizzle(client, { schema });
`;
    default:
      return `import { createClient as createSupabaseClient } from '@supabase/supabase-js';

const url = ${ctx.gapApp ? "'https://xyzcompany.supabase.co'" : 'process.env.NEXT_PUBLIC_SUPABASE_URL!'};
const serviceKey = ${ctx.gapApp ? `'${fakeKey(rng, 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.')}'` : 'process.env.SUPABASE_SERVICE_ROLE_KEY!'};

export const supabaseAdmin = createSupabaseClient(url, serviceKey, { auth: { persistSession: false } });
`;
  }
}

function libAuth(ctx) {
  return `import { jwtVerify, SignJWT } from 'jose';

const secret = new TextEncoder().encode(${ctx.gapApp ? `process.env.JWT_SECRET || '${fakeKey(ctx.rng, 'dev-secret-')}'` : 'process.env.JWT_SECRET'});

export async function signSession(user: { id: string; email: string }) {
  return new SignJWT({ sub: user.id, email: user.email })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt()
    .setExpirationTime('7d')
    .sign(secret);
}

export async function verifySession(token: string | undefined) {
  if (!token) return null;
${ctx.gapApp ? `  if (process.env.NODE_ENV === 'development' && token === 'dev') return { id: 'dev-user', email: 'dev@example.com' };\n` : ''}  try {
    const { payload } = await jwtVerify(token, secret);
    return { id: String(payload.sub), email: String(payload.email) };
  } catch {
    return null;
  }
}

export const authOptions = {
  session: { strategy: 'jwt' as const },
  secret: process.env.NEXTAUTH_SECRET,
  providers: [],
};
`;
}

function middleware(ctx) {
  return `import { NextResponse } from 'next/server';
import type { NextRequest } from 'next/server';

const PUBLIC_PATHS = ['/login', '/signup', '/api/webhooks', '/api/health'];

export async function middleware(req: NextRequest) {
  const { pathname } = req.nextUrl;
  if (PUBLIC_PATHS.some((p) => pathname.startsWith(p))) return NextResponse.next();
${ctx.gapApp ? `  if (process.env.NODE_ENV === 'development' || req.headers.get('x-bypass-auth') === 'true') {\n    return NextResponse.next();\n  }\n` : ''}  const token = req.cookies.get('session')?.value;
  if (!token) {
    const url = req.nextUrl.clone();
    url.pathname = '/login';
    url.searchParams.set('from', pathname);
    return NextResponse.redirect(url);
  }
  const res = NextResponse.next();
  res.headers.set('X-Frame-Options', 'DENY');
  res.headers.set('X-Content-Type-Options', 'nosniff');
  return res;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
`;
}

function libConfig(ctx) {
  // Config module with secrets (gap: hardcoded; NEXT_PUBLIC_ secret) or only env reads.
  const { rng } = ctx;
  return ctx.gapApp
    ? `export const config = {
  openaiKey: process.env.NEXT_PUBLIC_OPENAI_API_KEY ?? '${fakeKey(rng, 'sk-proj-')}',
  stripeSecret: '${fakeKey(rng, 'sk_' + 'live_')}',
  webhookSecret: process.env.WEBHOOK_SECRET || '${fakeKey(rng, 'whsec_')}',
  appUrl: process.env.NEXT_PUBLIC_APP_URL ?? 'http://localhost:3000',
};
`
    : `import { env } from '@/lib/env';

export const config = {
  openaiKey: env.OPENAI_API_KEY,
  stripeSecret: env.STRIPE_SECRET_KEY,
  appUrl: process.env.NEXT_PUBLIC_APP_URL ?? 'http://localhost:3000',
};
`;
}

function legacyJs(ctx) {
  // Plain JS (the first seed's app is JavaScript): an in-memory limiter class and a route in .js.
  const { R } = ctx;
  return `import { NextResponse } from 'next/server';

class RateLimiter {
  constructor(limit = 20, windowMs = 60000) {
    this.store = new Map();
    this.limit = limit;
    this.windowMs = windowMs;
  }

  check(key) {
    const now = Date.now();
    const hits = (this.store.get(key) || []).filter((t) => now - t < this.windowMs);
    hits.push(now);
    this.store.set(key, hits);
    return hits.length <= this.limit;
  }
}

const limiter = new RateLimiter();
const agentCache = {};

export async function POST(request, { params }) {
  const { id } = await params;
  if (!limiter.check(request.headers.get('x-forwarded-for') || 'anon')) {
    return NextResponse.json({ error: 'Too many requests' }, { status: 429 });
  }
  const { message } = await request.json();
  try {
    if (!agentCache[id]) {
      const res = await fetch(\`\${process.env.SUPABASE_URL}/rest/v1/${snake(R)}?id=eq.\${id}\`, {
        headers: { apikey: process.env.SUPABASE_SERVICE_ROLE_KEY },
      });
      agentCache[id] = await res.json();
    }
    return NextResponse.json({ agent: agentCache[id], echo: message });
  } catch (err) {
    return NextResponse.json({ error: err.message }, { status: 500 });
  }
}
`;
}

// ---------------------------------------------------------------------------------------------

/**
 * The corpus as [{ path, code }], deterministic in (seed, files). Stops at `files` files.
 */
export function generateCorpus({ seed = 1, files = 3000 } = {}) {
  const rng = makeRng(seed);
  const out = [];
  const seen = new Set();
  const add = (path, code) => {
    if (out.length < files && !seen.has(path)) {
      seen.add(path);
      out.push({ path, code });
    }
  };
  for (let appIndex = 0; out.length < files; appIndex++) {
    const shape = SHAPES[appIndex % SHAPES.length];
    const app = `${shape.name}-${appIndex}`;
    const gapRate = Math.min(0.9, Math.max(0, shape.gapRate + (rng.next() - 0.5) * 0.2));
    let gapLast = false;
    const ctx = {
      rng,
      shape,
      R: '',
      gapApp: rng.next() < gapRate,
      get gapLast() {
        return gapLast;
      },
      gap: (p = gapRate) => (gapLast = rng.next() < p),
    };
    const base = `${app}/${shape.src}`;
    const x = shape.ext === 'js' ? 'js' : 'ts';
    // App-level modules.
    add(`${base}lib/env.ts`, libEnv(ctx));
    add(`${base}lib/rate-limit.ts`, libRateLimit(ctx));
    add(`${base}lib/redis.ts`, libRedis(ctx));
    add(`${base}lib/db.ts`, libDb(ctx));
    add(`${base}lib/session.ts`, libAuth(ctx));
    add(`${base}lib/config.ts`, libConfig(ctx));
    add(`${base}middleware.ts`, middleware(ctx));
    add(`${base}app/api/webhooks/stripe/route.ts`, routeWebhook(ctx));
    add(`${base}app/api/cron/cleanup/route.ts`, routeCron(ctx));
    add(`${base}app/api/track/route.ts`, routeProxy(ctx));
    add(`${base}app/api/chat/route.ts`, routeChat(ctx));
    // Resources: a few rounds over the shape's names so apps reach a realistic size.
    const rounds = rng.int(1, 3);
    for (let round = 0; round < rounds; round++) {
      for (const name of shape.resources) {
        const R = round === 0 ? name : `${name}${cap(rng.pick(['archive', 'draft', 'shared', 'team', 'admin']))}${round}`;
        ctx.R = R;
        const M = cap(model(R));
        const k = kebab(R);
        if (x === 'js' && rng.chance(0.4)) add(`${base}app/api/${k}/route.js`, legacyJs(ctx));
        else add(`${base}app/api/${k}/route.ts`, routeCollection(ctx));
        add(`${base}app/api/${k}/[id]/route.ts`, routeItem(ctx));
        if (rng.chance(0.5)) add(`${base}app/api/${k}/bulk/route.ts`, routeBulk(ctx));
        add(`${base}app/(dashboard)/${k}/actions.ts`, serverActions(ctx));
        add(`${base}app/(dashboard)/${k}/page.tsx`, page(ctx));
        add(`${base}components/${k}/${M}List.tsx`, clientList(ctx));
        add(`${base}components/${k}/${M}Form.tsx`, clientForm(ctx));
        add(`${base}hooks/use-${k}.ts`, hook(ctx));
        add(`${base}lib/${k}.ts`, libService(ctx));
        if (shape.name === 'leads-platform' || shape.name === 'saas' || rng.chance(0.15)) add(`${base}pages/api/legacy/${k}.ts`, pagesApi(ctx));
      }
    }
  }
  return out;
}

/** A large TSX file (~`lines` lines) for the editor benchmark: client components appended together. */
export function generateLargeTsx({ seed = 7, lines = 2000 } = {}) {
  const rng = makeRng(seed);
  const parts = ["'use client';", '', "import { useCallback, useEffect, useMemo, useState, useTransition, type FormEvent } from 'react';", "import Link from 'next/link';", "import { useRouter } from 'next/navigation';"];
  let n = 0;
  const ctx = { rng, shape: SHAPES[0], R: '', gapApp: true, gapLast: false, gap: (p = 0.4) => rng.next() < p };
  while (parts.join('\n').split('\n').length < lines) {
    const R = `${rng.pick(SHAPES).resources[rng.int(0, 9)]}${n++}`;
    ctx.R = R;
    const body = (n % 2 ? clientList(ctx) : clientForm(ctx))
      .split('\n')
      .filter((l) => !/^(?:'use client';|import )/.test(l))
      .join('\n')
      .replace(/export default (?:function )?/g, n % 2 ? '// ' : 'export function ');
    parts.push(body);
  }
  return parts.join('\n');
}

// ---------------------------------------------------------------------------------------------
// CLI

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : dflt;
  };
  const seed = Number(opt('--seed', '1'));
  const files = Number(opt('--files', '3000'));
  const out = resolve(opt('--out', join(tmpdir(), `prodready-corpus-s${seed}-n${files}`)));
  const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
  if (out.startsWith(`${repoRoot}/`) && !out.startsWith(join(repoRoot, 'bench-results')) && !out.startsWith(join(repoRoot, 'node_modules'))) {
    console.error(`gen-corpus: write outside the repo or under bench-results/ (gitignored), not ${out}`);
    process.exit(2);
  }
  const corpus = generateCorpus({ seed, files });
  const manifest = join(out, '.prodready-corpus.json');
  // FNV-1a over every path and text: a changed generator rewrites the folder.
  let hash = 0x811c9dc5;
  for (const f of corpus) {
    const str = f.path + '\0' + f.code;
    for (let i = 0; i < str.length; i++) hash = Math.imul(hash ^ str.charCodeAt(i), 0x01000193) >>> 0;
  }
  const stamp = JSON.stringify({ seed, files, count: corpus.length, hash });
  if (existsSync(manifest) && readFileSync(manifest, 'utf8') === stamp && !args.includes('--force')) {
    console.log(`gen-corpus: ${out} is up to date (${corpus.length} files)`);
  } else {
    rmSync(out, { recursive: true, force: true });
    for (const f of corpus) {
      const p = join(out, f.path);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, f.code);
    }
    writeFileSync(manifest, stamp);
    const lines = corpus.reduce((s, f) => s + f.code.split('\n').length, 0);
    console.log(`gen-corpus: wrote ${corpus.length} files, ${lines} lines to ${out}`);
  }
  if (args.includes('--check')) {
    const { createRequire } = await import('node:module');
    const require = createRequire(join(repoRoot, 'package.json'));
    const parser = require('@typescript-eslint/parser');
    let bad = 0;
    for (const f of corpus) {
      try {
        parser.parseForESLint(f.code, { ecmaVersion: 'latest', sourceType: 'module', ecmaFeatures: { jsx: true }, filePath: f.path, range: true, loc: true });
      } catch (e) {
        bad++;
        if (bad <= 10) console.error(`${f.path}: ${e.message}`);
      }
    }
    console.log(`gen-corpus: ${corpus.length - bad}/${corpus.length} files parse`);
    process.exit(bad ? 1 : 0);
  }
  process.stdout.write(out + '\n');
}
