/* prodready-expect: no-module-state, require-route-auth, no-raw-error-response, no-unsafe-promise-race, require-rate-limit, require-input-validation, require-request-timeout */
import { NextResponse } from 'next/server';
import OpenAI from 'openai';
import { dbServer } from '@/lib/supabase/dbServer';

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

const agentCache = new Map();

async function getAgent(agentId) {
  if (agentCache.has(agentId)) return agentCache.get(agentId);
  const { data, error } = await dbServer.from('agents').select('*').eq('id', agentId).single();
  if (error) throw error;
  agentCache.set(agentId, data);
  return data;
}

function withTimeout(promise, ms, errorMessage) {
  return Promise.race([
    promise,
    new Promise((_, reject) => setTimeout(() => reject(new Error(errorMessage)), ms)),
  ]);
}

export async function POST(req, { params }) {
  try {
    const { message, conversationId } = await req.json();
    const agent = await getAgent(params.id);

    await dbServer.from('messages').insert({ conversation_id: conversationId, role: 'user', content: message });

    const completion = await withTimeout(
      openai.chat.completions.create({
        model: agent.model || 'gpt-4o-mini',
        messages: [
          { role: 'system', content: agent.system_prompt },
          { role: 'user', content: message },
        ],
      }),
      25000,
      'Request timeout - please try again',
    );

    return NextResponse.json({ reply: completion.choices[0].message.content });
  } catch (error) {
    console.error('Chat error:', error);
    return NextResponse.json({ error: error.message }, { status: 500 });
  }
}
