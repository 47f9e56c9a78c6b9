/* prodready-expect: none */
import type { NextApiRequest, NextApiResponse } from 'next';
import { z } from 'zod';
import { authenticateSeller } from '../../../lib/auth-middleware';
import { pool } from '../../../lib/db';

const createSchema = z.object({ title: z.string().min(1), price: z.number().positive() });

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const seller = authenticateSeller(req);
  if (!seller) return res.status(401).json({ error: 'Unauthorized' });

  if (req.method === 'POST') {
    const parsed = createSchema.safeParse(req.body);
    if (!parsed.success) return res.status(400).json({ error: parsed.error.flatten() });
    const { rows } = await pool.query(
      'INSERT INTO products (seller_id, title, price) VALUES ($1, $2, $3) RETURNING *',
      [seller.id, parsed.data.title, parsed.data.price],
    );
    return res.status(201).json(rows[0]);
  }
  const ids = Array.isArray(req.query.ids) ? req.query.ids : [];
  const { rows } = await pool.query('SELECT * FROM products WHERE seller_id = $1 AND id = ANY($2)', [seller.id, ids]);
  return res.status(200).json(rows);
}
