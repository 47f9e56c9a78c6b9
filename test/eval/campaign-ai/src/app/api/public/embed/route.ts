/* prodready-expect: none */
import { NextResponse } from 'next/server';

const ALLOWED_ORIGINS = (process.env.ALLOWED_ORIGINS ?? '').split(',').filter(Boolean);

export async function GET(request: Request) {
  const origin = request.headers.get('origin');
  const headers = new Headers({ Vary: 'Origin' });
  if (origin && ALLOWED_ORIGINS.includes(origin)) {
    headers.set('Access-Control-Allow-Origin', origin);
  }
  return NextResponse.json({ version: '1.2.0' }, { headers });
}
