/* prodready-expect: require-request-timeout, no-unsafe-promise-race, require-rate-limit */
import { NextResponse } from 'next/server';
import { getServerSession } from 'next-auth';
import { authOptions } from '@/lib/auth';
import { prisma } from '@/lib/prisma';
import { campaignRequestSchema } from '@/lib/validation';
import { PromptParser } from '@/lib/ai/prompt-parser';
import { env } from '@/lib/env';

export async function POST(request: Request) {
  const session = await getServerSession(authOptions);
  if (!session) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }
  const controller = new AbortController();
  const timeoutId = setTimeout(() => controller.abort(), 25000);
  try {
    const body = await request.json();
    const { prompt, conversationHistory } = campaignRequestSchema.parse(body);
    const parser = new PromptParser(env.OPENAI_API_KEY);
    const intent = await Promise.race([
      parser.parseCampaignIntent(prompt, conversationHistory || []),
      new Promise((_, reject) => setTimeout(() => reject(new Error('AI request timeout')), 20000)),
    ]);
    const campaign = await prisma.campaign.create({
      data: { userId: session.user.id, intent: JSON.stringify(intent) },
    });
    clearTimeout(timeoutId);
    return NextResponse.json(campaign);
  } catch (error) {
    clearTimeout(timeoutId);
    console.error(error);
    return NextResponse.json({ error: 'Failed to create campaign' }, { status: 500 });
  }
}

export async function GET() {
  const session = await getServerSession(authOptions);
  if (!session) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }
  const campaigns = await prisma.campaign.findMany({ where: { userId: session.user.id } });
  return NextResponse.json(campaigns);
}
