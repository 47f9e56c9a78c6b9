/**
 * @title Parameterized raw SQL with Prisma ($queryRaw tagged template)
 * @helper lib/sql-queries.ts
 */

/** The part of PrismaClient used here (`prisma` from `@prisma/client` satisfies it). */
export interface RawSqlClient {
  $queryRaw<T = unknown>(query: TemplateStringsArray, ...values: unknown[]): Promise<T>;
}

export interface UserRow {
  id: string;
  email: string;
}

/**
 * `$queryRaw` as a tagged template turns every `${value}` into a bound parameter. Never call
 * `$queryRawUnsafe` with a template string: there `${value}` is pasted into the SQL text.
 */
export async function findUsersByEmailDomain(prisma: RawSqlClient, domain: string, limit = /*${1:*/50/*}*/): Promise<UserRow[]> {
  const pattern = `%@${domain}`;
  return prisma.$queryRaw<UserRow[]>`SELECT id, email FROM "User" WHERE email LIKE ${pattern} ORDER BY email LIMIT ${limit}`/*$0*/;
}

/** Identifiers (sort columns) cannot be parameters: pick one of fixed queries instead of pasting text. */
export async function listUsers(prisma: RawSqlClient, newestFirst: boolean): Promise<UserRow[]> {
  return newestFirst
    ? prisma.$queryRaw<UserRow[]>`SELECT id, email FROM "User" ORDER BY "createdAt" DESC LIMIT 100`
    : prisma.$queryRaw<UserRow[]>`SELECT id, email FROM "User" ORDER BY "createdAt" ASC LIMIT 100`;
}
