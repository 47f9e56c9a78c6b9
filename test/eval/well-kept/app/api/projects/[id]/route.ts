/* prodready-expect: none */
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { withWorkspace } from '@/lib/auth';
import { prisma } from '@/lib/prisma';
import { AppError } from '@/lib/errors';

const updateSchema = z.object({ name: z.string().min(1).max(80) });

export const PATCH = withWorkspace(async ({ req, params, workspace }) => {
  const parsed = updateSchema.safeParse(await req.json());
  if (!parsed.success) {
    return NextResponse.json({ error: parsed.error.message }, { status: 400 });
  }
  try {
    const project = await prisma.project.update({
      where: { id: params.id, workspaceId: workspace.id },
      data: parsed.data,
    });
    return NextResponse.json(project);
  } catch (err) {
    if (err instanceof AppError) {
      return NextResponse.json({ error: err.message }, { status: err.status });
    }
    console.error('project update failed', err);
    return NextResponse.json({ error: 'Internal server error' }, { status: 500 });
  }
});
