// Rate-limit counters in Redis, so that every API process behind one address counts a caller's requests together.
// One key per caller and window (`<prefix>rate:<caller>:<window start>`), raised and given its expiry by one Lua
// script, so the count and the expiry are set atomically.
//
// Fail-open: when Redis cannot be reached (or does not answer within COMMAND_TIMEOUT_MS), requests are not refused
// for that; each process counts in its own memory instead, so a caller is still held to the limit once per process,
// and a warning is logged. Redis is tried again after RETRY_AFTER_MS. Sign-in throttling does not depend on this: it is
// kept in the database.
import { Redis } from 'ioredis';
import type { Logger } from '../observability/logger.ts';
import { MemoryRateLimitStore, type RateLimitStore } from './rate-limit.ts';

/** A healthy Redis answers in well under a millisecond; a request should not wait long on one that does not. */
const COMMAND_TIMEOUT_MS = 500;
/** How long the counters stay in memory after Redis failed before it is tried again. */
const RETRY_AFTER_MS = 5_000;
/** Connection errors are logged at most this often (ioredis reports every failed reconnect). */
const WARN_EVERY_MS = 60_000;

const INCREMENT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return count`;

export interface RedisRateLimitStoreOptions {
  /** Prefix of every key this store writes; `rate:` follows it. */
  keyPrefix: string;
  logger: Pick<Logger, 'warn'>;
}

export class RedisRateLimitStore implements RateLimitStore {
  private readonly redis: Redis;
  private readonly fallback = new MemoryRateLimitStore();
  private unavailableUntil = 0;
  private lastWarning = 0;

  constructor(
    redisUrl: string,
    private readonly options: RedisRateLimitStoreOptions,
  ) {
    this.redis = new Redis(redisUrl, {
      commandTimeout: COMMAND_TIMEOUT_MS,
      maxRetriesPerRequest: 1,
      // Connect when first used, so that a process that never counts (tests calling yoga directly) opens nothing.
      lazyConnect: true,
    });
    // ioredis reconnects by itself; without a listener a lost connection would end the process.
    this.redis.on('error', (error: Error) => this.warn(error));
  }

  /** The Redis key counting `key` in the window starting at `windowStart`. */
  keyOf(key: string, windowStart: number): string {
    return `${this.options.keyPrefix}rate:${key}:${windowStart}`;
  }

  async increment(key: string, windowStart: number, windowMs: number): Promise<number> {
    if (Date.now() < this.unavailableUntil) return this.fallback.increment(key, windowStart);
    try {
      // The key outlives its window a little, so a clock running slightly behind another process's still finds it.
      const count = await this.redis.eval(INCREMENT, 1, this.keyOf(key, windowStart), String(windowMs + 5_000));
      return Number(count);
    } catch (error) {
      this.unavailableUntil = Date.now() + RETRY_AFTER_MS;
      this.warn(error instanceof Error ? error : new Error(String(error)));
      return this.fallback.increment(key, windowStart);
    }
  }

  async close(): Promise<void> {
    if (this.redis.status === 'wait' || this.redis.status === 'end') {
      this.redis.disconnect();
      return;
    }
    try {
      await this.redis.quit();
    } catch {
      this.redis.disconnect();
    }
  }

  private warn(error: Error) {
    const now = Date.now();
    if (now - this.lastWarning < WARN_EVERY_MS) return;
    this.lastWarning = now;
    this.options.logger.warn(
      { err: error },
      `Rate limits: Redis is unavailable (${error.message}); counting in this process's memory until it answers again.`,
    );
  }
}
