import { NextResponse } from 'next/server';

export const maxDuration = 30;

export async function GET(request: Request) {
  const campaignId = new URL(request.url).searchParams.get('campaignId');
  const res = await fetch(`${process.env.ANALYTICS_API_URL}/campaigns/${campaignId}`);
  const metrics = await res.json();
  return NextResponse.json({ metrics, campaignId }, {
    headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true' },
  });
}
