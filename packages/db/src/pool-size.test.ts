// On PostgreSQL the client holds at most `poolSize` connections: several API processes share one server's
// max_connections, so each must keep to its share however many requests arrive at once.
import { describe, expect, it } from 'vitest';
import { createDb } from './create-db.ts';
import { env } from './env.ts';

describe.skipIf(!env.databaseUrl)('the PostgreSQL connection pool', () => {
  it.each([2, 5])('runs at most %i statements at once, each on its own connection', async (poolSize) => {
    const db = await createDb({ databaseUrl: env.databaseUrl, poolSize });
    try {
      // Eight slow statements at once: each says which server process (connection) ran it.
      const pids = await Promise.all(
        Array.from({ length: 8 }, () =>
          db.prisma.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid, pg_sleep(0.2)::text AS slept`.then(
            (rows) => rows[0]!.pid,
          ),
        ),
      );
      expect(new Set(pids).size).toBe(poolSize);
    } finally {
      await db.close();
    }
  });
});
