import { Redis } from '@upstash/redis';
import { auth } from '@/auth';

const redis = Redis.fromEnv();

export async function DELETE() {
  const session = await auth();
  if (!session?.user) return new Response('Unauthorized', { status: 401 });
  const keys = await redis.keys(`session:${session.user.id}:*`);
  await Promise.all(keys.map((k) => redis.del(k)));
  return Response.json({ deleted: keys.length });
}
