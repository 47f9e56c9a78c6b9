/* prodready-expect: no-public-secret-env */
'use client';

import { useState } from 'react';

export function ApiKeyForm() {
  const [apiKey, setApiKey] = useState('');
  const stripeKey = process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY;
  const openaiKey = process.env.NEXT_PUBLIC_OPENAI_API_KEY;

  async function save() {
    await fetch('/api/settings/api-key', { method: 'POST', body: JSON.stringify({ apiKey }) });
  }

  return (
    <form onSubmit={save} data-stripe={stripeKey} data-ai={openaiKey ? 'on' : 'off'}>
      <label htmlFor="key">Enter your API key</label>
      <input id="key" type="password" placeholder="sk-..." value={apiKey} onChange={(e) => setApiKey(e.target.value)} />
    </form>
  );
}
