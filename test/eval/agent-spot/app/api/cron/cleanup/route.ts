/* prodready-expect: no-timing-unsafe-compare */
import { NextResponse } from 'next/server';
import { dbServer } from '@/lib/supabase/dbServer';

export async function GET(request: Request) {
  const authHeader = request.headers.get('authorization');
  if (authHeader !== `Bearer ${process.env.CRON_SECRET}`) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }
  const cutoff = new Date(Date.now() - 30 * 24 * 60 * 60 * 1000).toISOString();
  const { count } = await dbServer.from('messages').delete({ count: 'exact' }).lt('created_at', cutoff);
  return NextResponse.json({ deleted: count ?? 0 });
}
