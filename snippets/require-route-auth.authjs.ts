/**
 * @title Authentication guard for a route handler (Auth.js v5 auth())
 * @file app/api/projects/route.ts
 */
import { auth } from '@/auth';

export async function GET() {
  // Authenticate first: nothing below runs for an anonymous caller.
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) {
    return Response.json({ error: /*${1:*/'Unauthorized'/*}*/ }, { status: 401 });
  }
  // Scope every query to the caller: `where: { ownerId: userId }`.
  /*$0*/
  return Response.json({ userId });
}
