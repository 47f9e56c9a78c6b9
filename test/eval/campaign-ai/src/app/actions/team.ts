/* prodready-expect: require-route-auth, no-insecure-random-id */
'use server';

import { prisma } from '@/lib/prisma';
import { revalidatePath } from 'next/cache';

export async function createInvite(teamId: string, email: string) {
  const inviteCode = Math.random().toString(36).substring(2, 10);
  await prisma.invite.create({ data: { teamId, email, code: inviteCode } });
  revalidatePath('/team');
  return { inviteCode };
}
