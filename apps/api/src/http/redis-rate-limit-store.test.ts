// Rate-limit counters in Redis: two stores (as two processes would hold) count one caller together, keys expire
// after their window, and an unreachable Redis neither refuses everyone nor stalls requests: each process counts on
// its own and says so once in the log. The shared-Redis cases run where REDIS_URL is set.
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { readConfig } from '../env.ts';
import { RateLimitedError, RateLimiter } from './rate-limit.ts';
import { RedisRateLimitStore } from './redis-rate-limit-store.ts';

const { redisUrl } = readConfig();
const keyPrefix = `scrutiny-test-${randomBytes(4).toString('hex')}:`;
const quiet = { warn: () => undefined };

describe.skipIf(!redisUrl)('RedisRateLimitStore against Redis', () => {
  const first = new RedisRateLimitStore(redisUrl!, { keyPrefix, logger: quiet });
  const second = new RedisRateLimitStore(redisUrl!, { keyPrefix, logger: quiet });
  const redis = new Redis(redisUrl!);
  afterAll(async () => {
    const keys = await redis.keys(`${keyPrefix}*`);
    if (keys.length) await redis.del(...keys);
    await Promise.all([first.close(), second.close()]);
    redis.disconnect();
  });

  it('counts one caller across stores, per window, under the configured prefix, with an expiry', async () => {
    const window = 1_700_000_000_000;
    expect(await first.increment('ip:192.0.2.1', window, 60_000)).toBe(1);
    expect(await second.increment('ip:192.0.2.1', window, 60_000)).toBe(2);
    expect(await first.increment('ip:192.0.2.1', window, 60_000)).toBe(3);
    // Another caller, or the next window, starts again.
    expect(await second.increment('ip:192.0.2.2', window, 60_000)).toBe(1);
    expect(await second.increment('ip:192.0.2.1', window + 60_000, 60_000)).toBe(1);

    const key = `${keyPrefix}rate:ip:192.0.2.1:${window}`;
    expect(first.keyOf('ip:192.0.2.1', window)).toBe(key);
    expect(await redis.get(key)).toBe('3');
    const ttl = await redis.pttl(key);
    expect(ttl).toBeGreaterThan(55_000);
    expect(ttl).toBeLessThanOrEqual(65_000);
  });

  it('holds a caller to one limit whichever limiter sees the request', async () => {
    const limits = { anonymousPerMinute: 4, tokenPerMinute: 100 };
    const limiters = [new RateLimiter(limits, first), new RateLimiter(limits, second)];
    const now = Date.now();
    const caller = { kind: 'anonymous', address: '198.51.100.7' } as const;
    for (let i = 0; i < 4; i++) await limiters[i % 2]!.check(caller, now);
    // Each limiter has seen only two requests; together they are over the limit.
    await expect(limiters[0]!.check(caller, now)).rejects.toBeInstanceOf(RateLimitedError);
    await expect(limiters[1]!.check(caller, now)).rejects.toBeInstanceOf(RateLimitedError);
    // Many concurrent requests are counted exactly: the script raises the count atomically.
    const token = { kind: 'token', tokenId: 'concurrent' } as const;
    const outcomes = await Promise.allSettled(
      Array.from({ length: 120 }, (_, i) => limiters[i % 2]!.check(token, now)),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(100);
  });
});

describe('RedisRateLimitStore without Redis', () => {
  it('fails open to counting in this process, quickly, with one warning', async () => {
    const warnings: string[] = [];
    // Nothing listens on port 1: every connection is refused.
    const store = new RedisRateLimitStore('redis://127.0.0.1:1', {
      keyPrefix,
      logger: { warn: (_details: unknown, message?: string) => void warnings.push(message ?? '') },
    });
    try {
      const limiter = new RateLimiter({ anonymousPerMinute: 3, tokenPerMinute: 100 }, store);
      const caller = { kind: 'anonymous', address: '203.0.113.9' } as const;
      const started = Date.now();
      const now = Date.now();
      for (let i = 0; i < 3; i++) await limiter.check(caller, now);
      // Still limited, by this process's own count.
      await expect(limiter.check(caller, now)).rejects.toBeInstanceOf(RateLimitedError);
      // The first request waits at most for the command timeout; the rest do not wait for Redis at all.
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/Redis is unavailable/);
    } finally {
      await store.close();
    }
  });
});
