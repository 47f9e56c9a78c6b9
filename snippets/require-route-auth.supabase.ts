/**
 * @title Authentication guard for a route handler (Supabase auth.getUser(), verified by the Auth server)
 * @file app/api/projects/route.ts
 */
import { createClient } from '@/lib/supabase/server';

export async function GET() {
  const supabase = await createClient();
  // getUser() revalidates the token with Supabase Auth; getSession() only decodes the cookie.
  const {
    data: { user },
    error,
  } = await supabase.auth.getUser();
  if (error || !user) {
    return Response.json({ error: /*${1:*/'Unauthorized'/*}*/ }, { status: 401 });
  }
  // Row Level Security still applies: query with this client, never with the service-role key here.
  /*$0*/
  return Response.json({ userId: user.id });
}
