import { dbServer } from '../../lib/supabase/dbServer';

export default async function handler(req, res) {
  try {
    const { data, error } = await dbServer.from('integrations').select('*');
    if (error) throw error;
    res.status(200).json(data);
  } catch (err) {
    const status = err.status || 500;
    const message = err.message || 'Internal server error';
    res.status(status).json({ error: { status, message } });
  }
}
