/**
 * @title Authentication guard for a route handler (next-auth v4 getServerSession)
 * @file app/api/projects/route.ts
 */
import { getServerSession } from 'next-auth';
import { authOptions } from '@/lib/auth';

export async function GET() {
  // Authenticate first: nothing below runs for an anonymous caller.
  const session = await getServerSession(authOptions);
  const userId = session?.user?.id;
  if (!userId) {
    return Response.json({ error: /*${1:*/'Unauthorized'/*}*/ }, { status: 401 });
  }
  // Scope every query to the caller: `where: { ownerId: userId }`.
  /*$0*/
  return Response.json({ userId });
}
