'use server';

import { prisma } from '@/lib/prisma';

export async function createInvite(teamId: string) {
  const code = Math.random().toString(36).slice(2, 10);
  return prisma.invite.create({ data: { teamId, code } });
}
