/* prodready-expect: no-client-credential-storage */
'use client';

import { createContext, useContext, useEffect, useState } from 'react';
import { supabase } from '@/lib/supabase/client';

const AuthContext = createContext(null);

export function AuthProvider({ children }) {
  const [user, setUser] = useState(null);
  const [theme, setTheme] = useState(() => localStorage.getItem('theme') ?? 'light');

  useEffect(() => {
    const { data: sub } = supabase.auth.onAuthStateChange((_event, session) => {
      setUser(session?.user ?? null);
      if (session) {
        localStorage.setItem('access_token', session.access_token);
      }
    });
    return () => sub.subscription.unsubscribe();
  }, []);

  useEffect(() => {
    localStorage.setItem('theme', theme);
    document.cookie = `locale=${navigator.language}; path=/`;
  }, [theme]);

  return <AuthContext.Provider value={{ user, theme, setTheme }}>{children}</AuthContext.Provider>;
}

export const useAuth = () => useContext(AuthContext);
