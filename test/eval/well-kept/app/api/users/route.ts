/* prodready-expect: none */
import { NextResponse } from 'next/server';
import { getServerSession } from 'next-auth';
import { authOptions } from '@/lib/auth-options';
import { prisma } from '@/lib/prisma';

export async function GET(request: Request) {
  const session = await getServerSession(authOptions);
  if (!session?.user) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }
  if (session.user.role !== 'admin') {
    return NextResponse.json({ error: 'Forbidden' }, { status: 403 });
  }
  const q = new URL(request.url).searchParams.get('q') ?? '';
  const users = await prisma.$queryRaw`SELECT id, email FROM "User" WHERE email ILIKE ${'%' + q + '%'} LIMIT 50`;
  const teams = await prisma.team.findMany({ where: { id: { in: (users as { id: string }[]).map((u) => u.id) } } });
  return NextResponse.json({ users, teams });
}
