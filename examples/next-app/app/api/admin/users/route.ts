import { NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';

export async function GET(request: Request) {
  const search = new URL(request.url).searchParams.get('q') ?? '';
  const users = await prisma.$queryRawUnsafe(`SELECT id, email FROM "User" WHERE email LIKE '%${search}%'`);
  return NextResponse.json(users);
}
