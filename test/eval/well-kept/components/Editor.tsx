/* prodready-expect: none */
'use client';

import { useEffect, useState } from 'react';
import { STORAGE_KEY } from '@/lib/utils';

export function Editor({ items }: { items: { id: string; text: string }[] }) {
  const [draft, setDraft] = useState('');
  const [tokensRemaining, setTokensRemaining] = useState(1000);

  useEffect(() => {
    localStorage.setItem(STORAGE_KEY, draft);
    localStorage.setItem('tokens_remaining', String(tokensRemaining));
    document.cookie = `theme=dark; path=/; max-age=31536000`;
  }, [draft, tokensRemaining]);

  async function save() {
    const res = await fetch('/api/drafts', { method: 'POST', body: JSON.stringify({ draft }) });
    if (res.ok) setTokensRemaining((t) => t - 1);
  }

  return (
    <div>
      {items.map((item) => (
        <p key={item.id}>{item.text}</p>
      ))}
      <textarea value={draft} onChange={(e) => setDraft(e.target.value)} />
      <button onClick={save}>Save</button>
    </div>
  );
}
