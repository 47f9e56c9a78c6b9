/* prodready-expect: no-module-state */
class RateLimiter {
  constructor() {
    this.store = new Map();
  }

  async check(identifier, limit = 30, windowMs = 60000) {
    const now = Date.now();
    const record = this.store.get(identifier);
    if (!record || now > record.resetAt) {
      this.store.set(identifier, { count: 1, resetAt: now + windowMs });
      return { allowed: true, remaining: limit - 1 };
    }
    record.count += 1;
    return { allowed: record.count <= limit, remaining: Math.max(0, limit - record.count) };
  }
}

export const rateLimiter = new RateLimiter();
