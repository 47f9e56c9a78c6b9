/* prodready-expect: require-route-auth, no-raw-error-response, no-redis-keys */
import { pool } from '../../../lib/db';
import { redis } from '../../../lib/redis';

export default async function handler(req, res) {
  try {
    const sessions = await redis.keys('session:*');
    const { rows } = await pool.query('SELECT count(*) FROM orders');
    res.status(200).json({ activeSessions: sessions.length, orders: rows[0].count });
  } catch (err) {
    res.status(500).json({ error: err.message, stack: err.stack });
  }
}
