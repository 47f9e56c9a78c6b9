class RateLimiter {
  constructor() {
    this.store = new Map();
  }

  check(key, limit = 30, windowMs = 60_000) {
    const now = Date.now();
    const entry = this.store.get(key) ?? { count: 0, resetAt: now + windowMs };
    if (now > entry.resetAt) {
      entry.count = 0;
      entry.resetAt = now + windowMs;
    }
    entry.count++;
    this.store.set(key, entry);
    return entry.count <= limit;
  }
}

export const rateLimiter = new RateLimiter();
