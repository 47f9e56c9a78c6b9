/* prodready-expect: no-query-in-loop, require-request-timeout */
import type { NextApiRequest, NextApiResponse } from 'next';
import { authenticateSeller } from '../../../lib/auth-middleware';
import { pool } from '../../../lib/db';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const seller = authenticateSeller(req);
  if (!seller) return res.status(401).json({ error: 'Unauthorized' });

  const response = await fetch(`https://api.shopify.example/sellers/${seller.id}/products`);
  const products: { id: string; price: number }[] = await response.json();

  for (const product of products) {
    await pool.query('UPDATE products SET price = $1 WHERE external_id = $2', [product.price, product.id]);
  }
  return res.status(200).json({ synced: products.length });
}
