'use client';

import { useState } from 'react';

export function IntegrationSettings() {
  const [apiKey, setApiKey] = useState('');
  const [theme, setTheme] = useState('light');

  function save() {
    localStorage.setItem('integration_api_key', apiKey);
    localStorage.setItem('theme', theme);
  }

  return (
    <form onSubmit={save}>
      <input value={apiKey} onChange={(e) => setApiKey(e.target.value)} />
      <select value={theme} onChange={(e) => setTheme(e.target.value)} />
    </form>
  );
}
