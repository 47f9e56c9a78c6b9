/**
 * @title Authentication guard for a route handler (Clerk auth())
 * @file app/api/projects/route.ts
 */
import { auth } from '@clerk/nextjs/server';

export async function GET() {
  // Authenticate first: nothing below runs for an anonymous caller.
  const { userId } = await auth();
  if (!userId) {
    return Response.json({ error: /*${1:*/'Unauthorized'/*}*/ }, { status: 401 });
  }
  // Scope every query to the caller: `where: { ownerId: userId }`.
  /*$0*/
  return Response.json({ userId });
}
