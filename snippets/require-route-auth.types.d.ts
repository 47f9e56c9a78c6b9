// Minimal ambient types for the auth libraries the require-route-auth snippet variants use, so the
// snippets type-check without installing next-auth, Clerk or Supabase in this repo. Only the members
// the snippets call are declared.
declare module 'next-auth' {
  export interface Session {
    user?: { id?: string; name?: string | null; email?: string | null };
    expires: string;
  }
  export interface AuthOptions {
    providers: unknown[];
  }
  export function getServerSession(options: AuthOptions): Promise<Session | null>;
}

declare module '@/lib/auth' {
  import type { AuthOptions } from 'next-auth';
  export const authOptions: AuthOptions;
}

declare module '@/auth' {
  import type { Session } from 'next-auth';
  export function auth(): Promise<Session | null>;
}

declare module '@clerk/nextjs/server' {
  export function auth(): Promise<{ userId: string | null; orgId?: string | null }>;
}

declare module '@/lib/supabase/server' {
  export function createClient(): Promise<{
    auth: {
      getUser(): Promise<{ data: { user: { id: string; email?: string } | null }; error: { message: string } | null }>;
    };
  }>;
}
