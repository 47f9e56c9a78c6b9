/* prodready-expect: require-rate-limit, no-insecure-random-id, require-input-validation */
import type { NextApiRequest, NextApiResponse } from 'next';
import { pool } from '../../../lib/db';
import { sendEmail } from '../../../lib/email';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') return res.status(405).end();
  const { email } = req.body;
  const resetToken = Date.now().toString(36) + Math.random().toString(36).slice(2);
  await pool.query('UPDATE sellers SET reset_token = $1 WHERE email = $2', [resetToken, email]);
  await sendEmail(email, `Reset your password: https://app.example.com/reset?token=${resetToken}`);
  return res.status(200).json({ ok: true });
}
