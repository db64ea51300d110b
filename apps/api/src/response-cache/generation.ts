// The generation of the cached answers of published figures: part of every cache key, so raising it ends every cached
// answer at once. Each process holds the current number in memory; with Redis, a raise is counted there (INCR, so
// processes agree on the number and share entries) and told to every other process through the live events, which
// reach them within milliseconds. A process whose Redis fails caches nothing until it can count again. Every process
// raises it as it starts, and on hearing that the database was replaced (a restore: app.ts).
import type { Redis } from 'ioredis';
import type { LiveEvents } from '../services/live.ts';
import type { Logger } from '../observability/logger.ts';

export interface CacheGeneration {
  /** The current generation, or null while it is unknown (start, Redis unreachable): then nothing is cached. */
  current(): number | null;
  /** Ends every cached answer, on every process; resolves once this process uses the new generation. */
  raise(): Promise<void>;
  ready: Promise<void>;
}

export function localGeneration(): CacheGeneration {
  let generation = 1;
  return {
    current: () => generation,
    raise: () => {
      generation += 1;
      return Promise.resolve();
    },
    ready: Promise.resolve(),
  };
}

export function sharedGeneration(redis: Redis, key: string, live: LiveEvents, logger: Logger): CacheGeneration {
  let generation: number | null = null;
  /** A raise Redis has not taken yet: until it has, this process knows no generation. */
  let owing = false;
  const adopt = (value: number) => {
    if (owing) return;
    generation = generation === null ? value : Math.max(generation, value);
  };
  void (async () => {
    for await (const event of live.pubSub.subscribe('publishedFiguresChanged')) adopt(event.generation);
  })();
  const raise = async (): Promise<void> => {
    try {
      const next = await redis.incr(key);
      owing = false;
      adopt(next);
      live.pubSub.publish('publishedFiguresChanged', { generation: next });
    } catch (error) {
      // Unknown from now on: this process caches nothing until Redis takes the raise (the other processes must
      // hear of the change too).
      generation = null;
      owing = true;
      logger.error({ err: error }, 'response cache: the generation could not be raised in Redis');
      setTimeout(() => void raise(), 1000).unref();
    }
  };
  // A process starting raises it: whatever changed while no process was running (a restore, a command-line load, a
  // new version of the code or of a plugin) must not be answered from entries cached before.
  return { current: () => generation, raise, ready: raise() };
}
