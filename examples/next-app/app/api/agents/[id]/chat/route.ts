import { NextResponse } from 'next/server';
import OpenAI from 'openai';
import { createClient } from '@supabase/supabase-js';

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
const supabase = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!);

// Cache agents between requests.
const agentCache = new Map<string, unknown>();

function withTimeout<T>(promise: Promise<T>, ms: number, errorMessage: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(errorMessage)), ms)),
  ]);
}

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const { message } = await request.json();

    let agent = agentCache.get(id);
    if (!agent) {
      const { data, error } = await supabase.from('agents').select('*').eq('id', id).single();
      if (error) return NextResponse.json({ error }, { status: 500 });
      agent = data;
      agentCache.set(id, agent);
    }

    const completion = await withTimeout(
      openai.chat.completions.create({
        model: 'gpt-4o-mini',
        messages: [{ role: 'user', content: message }],
      }),
      25000,
      'Request timeout - please try again',
    );
    return NextResponse.json({ reply: completion.choices[0]?.message.content });
  } catch (error) {
    return NextResponse.json(
      { error: error instanceof Error ? error.message : 'Unknown error' },
      { status: 500 },
    );
  }
}
