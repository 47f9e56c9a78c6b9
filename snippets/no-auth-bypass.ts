/**
 * @title One authentication path for every environment (no test header, NODE_ENV or query-flag bypass)
 * @helper lib/current-user.ts
 */
import { getServerSession } from 'next-auth';
import { authOptions } from '@/lib/auth';

export class UnauthorizedError extends Error {
  readonly status = 401;
  constructor(message = /*${1:*/'Unauthorized'/*}*/) {
    super(message);
    this.name = 'UnauthorizedError';
  }
}

export interface CurrentUser {
  id: string;
  email: string | null;
}

/**
 * The verified caller, or an UnauthorizedError. There is deliberately no `NODE_ENV`, header or
 * query-string shortcut here: preview deployments, staging and misconfigured production all run this
 * same code. Tests replace this module instead (`vi.mock('@/lib/current-user')`), and end-to-end tests
 * sign in through the real flow with a dedicated test account.
 */
export async function requireUser(): Promise<CurrentUser> {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) throw new UnauthorizedError();
  return { id, email: session?.user?.email ?? null };
}
/*$0*/
