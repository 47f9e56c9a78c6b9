/* prodready-expect: none */
const formatters = new Map<string, Intl.NumberFormat>();

export function formatPrice(cents: number, currency = 'USD', locale = 'en-US'): string {
  const key = `${locale}:${currency}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { style: 'currency', currency });
    formatters.set(key, f);
  }
  return f.format(cents / 100);
}

export const STATUS_LABELS: Record<string, string> = { active: 'Active', paused: 'Paused' };
export const ALLOWED_SORT = new Set(['price', 'title', 'created_at']);
