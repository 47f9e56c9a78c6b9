/* prodready-expect: none */
'use server';

import { randomBytes } from 'node:crypto';
import { auth } from '@/auth';
import { prisma } from '@/lib/prisma';
import { z } from 'zod';

const nameSchema = z.string().min(1).max(50);

export async function renameTeam(teamId: string, name: string) {
  const session = await auth();
  if (!session?.user) throw new Error('Unauthorized');
  const safeName = nameSchema.parse(name);
  await prisma.team.update({ where: { id: teamId, ownerId: session.user.id }, data: { name: safeName } });
}

export async function createApiKey() {
  const session = await auth();
  if (!session?.user) throw new Error('Unauthorized');
  const key = `pk_${randomBytes(32).toString('hex')}`;
  await prisma.apiKey.create({ data: { userId: session.user.id, hash: key } });
  return key;
}
