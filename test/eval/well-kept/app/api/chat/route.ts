/* prodready-expect: none */
import { streamText } from 'ai';
import { openai } from '@ai-sdk/openai';
import { auth } from '@/auth';
import { ratelimit } from '@/lib/ratelimit';
import { z } from 'zod';

export const maxDuration = 60;

const chatSchema = z.object({
  messages: z.array(z.object({ role: z.enum(['user', 'assistant']), content: z.string() })),
});

export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user?.id) return new Response('Unauthorized', { status: 401 });

  const { success } = await ratelimit.limit(session.user.id);
  if (!success) return new Response('Too many requests', { status: 429 });

  const { messages } = chatSchema.parse(await req.json());
  const result = streamText({
    model: openai('gpt-4o-mini'),
    messages,
    abortSignal: AbortSignal.timeout(55_000),
  });
  return result.toTextStreamResponse();
}
