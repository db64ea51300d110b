// Fixed-window request limits per caller: anonymous callers by address, token holders by token. Signed-in team
// members are not limited here (sign-in itself is, by auth/sign-in-throttle.ts). The counters live in memory for one process, or in
// Redis (RedisRateLimitStore) when it is configured, so that several processes serving together count together.
import { GraphQLError } from 'graphql';

export interface RateLimitStore {
  /** Adds one to the key's count in the window that starts at `windowStart`, and returns the new count. */
  increment(key: string, windowStart: number, windowMs: number): Promise<number>;
  /** Lets go of any connection the store holds. */
  close?(): Promise<void>;
}

export class MemoryRateLimitStore implements RateLimitStore {
  private readonly counts = new Map<string, { windowStart: number; count: number }>();

  increment(key: string, windowStart: number): Promise<number> {
    const entry = this.counts.get(key);
    const count = entry && entry.windowStart === windowStart ? entry.count + 1 : 1;
    this.counts.set(key, { windowStart, count });
    if (this.counts.size > 100_000) this.evictBefore(windowStart);
    return Promise.resolve(count);
  }

  private evictBefore(windowStart: number) {
    for (const [key, entry] of this.counts) if (entry.windowStart < windowStart) this.counts.delete(key);
  }
}

export interface RateLimits {
  /** Requests a minute from one anonymous address. */
  anonymousPerMinute: number;
  /** Requests a minute with one API token. */
  tokenPerMinute: number;
}

export class RateLimitedError extends GraphQLError {
  constructor(limit: number, retryAfterSeconds: number) {
    super(`Too many requests: the limit is ${limit} a minute. Try again in ${retryAfterSeconds} s.`, {
      extensions: {
        code: 'RATE_LIMITED',
        http: { status: 429, headers: { 'retry-after': String(retryAfterSeconds) } },
      },
    });
  }
}

const WINDOW_MS = 60_000;

/** Where a caller stands in the current window, told on every answer (extensions.rateLimit, X-RateLimit-*). */
export interface RateBudget {
  limit: number;
  remaining: number;
  /** When the window ends and the count starts again. */
  resetAt: Date;
}

export class RateLimiter {
  constructor(
    private readonly limits: RateLimits,
    private readonly store: RateLimitStore = new MemoryRateLimitStore(),
  ) {}

  /** Throws RateLimitedError when this request is over the caller's limit; otherwise says what is left. */
  async check(
    caller: { kind: 'anonymous'; address: string } | { kind: 'token'; tokenId: string },
    now = Date.now(),
  ): Promise<RateBudget> {
    const limit = caller.kind === 'anonymous' ? this.limits.anonymousPerMinute : this.limits.tokenPerMinute;
    const key = caller.kind === 'anonymous' ? `ip:${caller.address}` : `token:${caller.tokenId}`;
    const windowStart = now - (now % WINDOW_MS);
    const count = await this.store.increment(key, windowStart, WINDOW_MS);
    if (count > limit)
      throw new RateLimitedError(limit, Math.max(1, Math.ceil((windowStart + WINDOW_MS - now) / 1000)));
    return { limit, remaining: limit - count, resetAt: new Date(windowStart + WINDOW_MS) };
  }
}
