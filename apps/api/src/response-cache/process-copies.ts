// Answers kept in Redis, with a copy in this process (issue 23): a cache key holds its generation, so the answer
// under a key never changes; only its lifetime ends it. Reading it from Redis again at every hit meant fetching and
// parsing the whole answer (161 KB for every area's latest scores at 420 areas) and writing its JSON anew, since each
// read made a new object. The copy is read first; Redis is asked only when this process has none, and what it gives
// is copied here for at most the answer's own lifetime.
import { createInMemoryCache, type Cache } from '@graphql-yoga/plugin-response-cache';

/** Answers copied per process at most (the oldest go first). */
export const MOST_PROCESS_COPIES = 500;

/** Redis (or any shared cache) with this process's copies in front of it. */
export function withProcessCopies(shared: Cache, ttlMs: number, max = MOST_PROCESS_COPIES): Cache {
  const local = createInMemoryCache({ max });
  return {
    get: async (key) => {
      const copy = await local.get(key);
      if (copy) return copy;
      const kept = await shared.get(key);
      // Its time left in Redis is not known here: the copy lives no longer than a whole lifetime from now, and a key
      // whose generation has passed is never asked again.
      if (kept) await local.set(key, kept, [], ttlMs);
      return kept;
    },
    set: async (key, value, entities, ttl) => {
      await local.set(key, value, entities, ttl);
      await shared.set(key, value, entities, ttl);
    },
    invalidate: async (entities) => {
      await local.invalidate(entities);
      await shared.invalidate(entities);
    },
  };
}
