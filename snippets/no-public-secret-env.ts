/**
 * @title Server route that calls a paid API with a server-only key (instead of a NEXT_PUBLIC_ key)
 * @file app/api/ai/complete/route.ts
 */
import { NextResponse } from 'next/server';
import { Ratelimit } from '@upstash/ratelimit';
import { Redis } from '@upstash/redis';
import { z } from 'zod';
import { auth } from '@/auth';

export const maxDuration = 30;

// Server-only: no NEXT_PUBLIC_ prefix, so the key never reaches the browser bundle.
const apiKey = process.env./*${1:*/OPENAI_API_KEY/*}*/;
if (!apiKey) throw new Error('OPENAI_API_KEY is not set');

const ratelimit = new Ratelimit({
  redis: Redis.fromEnv(),
  limiter: Ratelimit.slidingWindow(/*${2:*/20/*}*/, '1 h'),
  prefix: 'ratelimit:ai-complete',
});

const bodySchema = z.object({ prompt: z.string().min(1).max(/*${3:*/4000/*}*/) });

/** The browser calls this route; the route calls the provider with the secret key. */
export async function POST(req: Request): Promise<Response> {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });

  const { success, reset } = await ratelimit.limit(userId);
  if (!success) {
    const retryAfter = Math.max(1, Math.ceil((reset - Date.now()) / 1000));
    return NextResponse.json({ error: 'Too many requests' }, { status: 429, headers: { 'Retry-After': String(retryAfter) } });
  }

  const parsed = bodySchema.safeParse(await req.json().catch(() => null));
  if (!parsed.success) return NextResponse.json({ error: 'Invalid input' }, { status: 400 });

  const upstream = await fetch('https://api.openai.com/v1/responses', {
    method: 'POST',
    headers: { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ model: /*${4:*/'gpt-4o-mini'/*}*/, input: parsed.data.prompt }),
    signal: AbortSignal.timeout(25_000),
  });
  if (!upstream.ok) {
    console.error('AI provider error', upstream.status);
    return NextResponse.json({ error: 'Upstream error' }, { status: 502 });
  }
  const data: unknown = await upstream.json();
  return NextResponse.json(data);
}/*$0*/
