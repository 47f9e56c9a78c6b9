/**
 * @title Parameterized SQL with an allowlisted sort column (pg / node-postgres)
 * @helper lib/sql-queries.ts
 */

/** What `pg`'s Pool, Client and PoolClient (and Neon's Pool) provide. */
export interface Queryable {
  query<R>(text: string, values?: readonly unknown[]): Promise<{ rows: R[] }>;
}

/** Identifiers cannot be bound as parameters: map user input to a fixed set of column names. */
const SORT_COLUMNS = {
  newest: 'created_at',
  name: 'name',
  email: 'email',
} as const;

export type SortKey = keyof typeof SORT_COLUMNS;

export interface UserRow {
  id: string;
  email: string;
  name: string | null;
}

export async function searchUsers(
  db: Queryable,
  options: { search: string; sort: SortKey; descending: boolean; limit: number },
): Promise<UserRow[]> {
  const column = SORT_COLUMNS[options.sort] ?? SORT_COLUMNS.newest;
  const direction = options.descending ? 'DESC' : 'ASC';
  const limit = Math.min(Math.max(Math.trunc(options.limit) || 20, 1), /*${1:*/100/*}*/);
  // Values travel as $1, $2...: the driver sends them separately from the SQL text.
  const { rows } = await db.query<UserRow>(
    `SELECT id, email, name FROM users WHERE email ILIKE $1 OR name ILIKE $1 ORDER BY ${column} ${direction} LIMIT $2`,
    [`%${options.search}%`, limit],
  );
  return rows/*$0*/;
}

/** `WHERE id = ANY($1)` binds a whole array as one parameter: no placeholder lists to build. */
export async function getUsersByIds(db: Queryable, ids: readonly string[]): Promise<UserRow[]> {
  if (ids.length === 0) return [];
  const { rows } = await db.query<UserRow>('SELECT id, email, name FROM users WHERE id = ANY($1)', [ids]);
  return rows;
}
