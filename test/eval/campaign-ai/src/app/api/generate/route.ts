/* prodready-expect: none */
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { auth } from '@/auth';
import { aiRateLimit } from '@/lib/rate-limit';
import { openai } from '@/lib/openai';

export const maxDuration = 30;

const bodySchema = z.object({ prompt: z.string().min(1).max(2000) });

export async function POST(request: Request) {
  const session = await auth();
  if (!session?.user?.id) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }
  const { success, reset } = await aiRateLimit.limit(session.user.id);
  if (!success) {
    return NextResponse.json(
      { error: 'Too many requests' },
      { status: 429, headers: { 'Retry-After': String(Math.ceil((reset - Date.now()) / 1000)) } },
    );
  }
  const parsed = bodySchema.safeParse(await request.json());
  if (!parsed.success) {
    return NextResponse.json({ error: parsed.error.issues }, { status: 400 });
  }
  try {
    const completion = await openai.chat.completions.create(
      { model: 'gpt-4o-mini', messages: [{ role: 'user', content: parsed.data.prompt }] },
      { signal: request.signal },
    );
    return NextResponse.json({ text: completion.choices[0]?.message.content ?? '' });
  } catch (error) {
    const errorId = crypto.randomUUID();
    console.error(`[generate] ${errorId}`, error);
    return NextResponse.json({ error: 'Generation failed', errorId }, { status: 500 });
  }
}
