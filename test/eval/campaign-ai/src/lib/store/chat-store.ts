/* prodready-expect: none */
'use client';

import { create } from 'zustand';

interface Message {
  id: string;
  role: 'user' | 'assistant';
  content: string;
}

interface ChatState {
  messages: Message[];
  add: (role: Message['role'], content: string) => void;
}

export const useChatStore = create<ChatState>((set) => ({
  messages: [],
  add: (role, content) =>
    set((s) => ({ messages: [...s.messages, { id: crypto.randomUUID(), role, content }] })),
}));

export function jitter(ms: number): number {
  return ms + Math.floor(Math.random() * 250);
}
