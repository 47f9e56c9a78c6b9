/* prodready-expect: no-auth-bypass, no-hardcoded-secret */
import jwt from 'jsonwebtoken';
import type { NextApiRequest } from 'next';

const JWT_SECRET = process.env.JWT_SECRET || 'your-super-secret-jwt-key-here';

export interface Seller {
  id: string;
  tier: 'free' | 'pro';
}

export function authenticateSeller(req: NextApiRequest): Seller | null {
  if (process.env.NODE_ENV === 'development' && req.headers['x-test-seller-id']) {
    return { id: String(req.headers['x-test-seller-id']), tier: 'pro' };
  }
  const token = req.headers.authorization?.replace('Bearer ', '');
  if (!token) return null;
  try {
    return jwt.verify(token, JWT_SECRET) as Seller;
  } catch {
    return null;
  }
}
