/* prodready-expect: require-route-auth, no-wildcard-cors, no-raw-error-response */
import { NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';

const corsHeaders = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Credentials': 'true',
};

export async function GET(request: Request) {
  const campaignId = new URL(request.url).searchParams.get('campaignId');
  try {
    const metrics = await prisma.metric.findMany({ where: { campaignId: campaignId ?? undefined } });
    return NextResponse.json({ metrics }, { headers: corsHeaders });
  } catch (err) {
    return NextResponse.json({ error: `Analytics failed: ${err}` }, { status: 500, headers: corsHeaders });
  }
}
