/* prodready-expect: none */
import { timingSafeEqual } from 'node:crypto';
import { prisma } from '@/lib/prisma';
import { sendDigest } from '@/lib/email';

function isAuthorized(header: string | null): boolean {
  const expected = Buffer.from(`Bearer ${process.env.CRON_SECRET ?? ''}`);
  const actual = Buffer.from(header ?? '');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export async function GET(request: Request) {
  if (!process.env.CRON_SECRET || !isAuthorized(request.headers.get('authorization'))) {
    return new Response('Unauthorized', { status: 401 });
  }
  let cursor: string | undefined;
  let sent = 0;
  for (;;) {
    const users = await prisma.user.findMany({
      take: 100,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      orderBy: { id: 'asc' },
    });
    if (users.length === 0) break;
    await sendDigest(users);
    sent += users.length;
    cursor = users[users.length - 1]?.id;
  }
  return Response.json({ sent });
}
