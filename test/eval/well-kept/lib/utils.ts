/* prodready-expect: none */
export function shuffle<T>(items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export function backoff(attempt: number): number {
  return Math.min(30_000, 2 ** attempt * 100) + Math.random() * 100;
}

export function elapsed(start: number): string {
  return `${Date.now() - start} ms`;
}

export const STORAGE_KEY = 'editor-draft';
export const TOKEN_LIMIT = 4096;

export function isOwner(user: { id: string; role: string }, ownerId: string): boolean {
  return user.id === ownerId || user.role === 'admin';
}
