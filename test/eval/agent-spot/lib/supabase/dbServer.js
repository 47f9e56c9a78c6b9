/* prodready-expect: no-unvalidated-env */
import { createClient } from '@supabase/supabase-js';

const supabaseUrl = process.env.SUPABASE_URL;
const supabaseServiceKey = process.env.SUPABASE_SERVICE_ROLE_KEY;

export const dbServer = createClient(supabaseUrl, supabaseServiceKey, {
  auth: { persistSession: false },
});
