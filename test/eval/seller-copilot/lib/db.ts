/* prodready-expect: no-sql-interpolation */
import { Pool } from 'pg';
import { env } from './env';

export const pool = new Pool({ connectionString: env.DATABASE_URL, max: 5, connectionTimeoutMillis: 5000 });

export async function getProductsBySeller(sellerId: string, sortBy: string) {
  const { rows } = await pool.query(
    `SELECT * FROM products WHERE seller_id = '${sellerId}' ORDER BY ${sortBy}`,
  );
  return rows;
}

export async function getProduct(id: string) {
  const { rows } = await pool.query('SELECT * FROM products WHERE id = $1', [id]);
  return rows[0];
}

export async function listOrders(sellerId: string, descending: boolean) {
  const direction = descending ? 'DESC' : 'ASC';
  const { rows } = await pool.query(
    `SELECT * FROM orders WHERE seller_id = $1 ORDER BY created_at ${direction}`,
    [sellerId],
  );
  return rows;
}
