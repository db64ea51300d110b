// One way to open the database for every caller: the embedded PGlite by default (a data folder, or memory),
// PostgreSQL when a postgresql:// URL is given. Migrations run through the same PGlite instance the client uses,
// because PGlite allows one process per data folder.
import type { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import type { SqlDriverAdapterFactory, SqlQuery } from '@prisma/driver-adapter-utils';
import { preparedStatementNames } from './prepared-statements.ts';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { openDurablePGlite } from './durable-pglite.ts';
import { openEmptyPGlite } from './empty-pglite.ts';
import { PrismaClient } from './generated/prisma/client.ts';
import { deploy } from './migrate/migrate.ts';
import { pgliteSession, postgresSession, type SqlSession } from './migrate/sql-session.ts';
import { QueryObservers, type QueryListener } from './query-observer.ts';
import { pgliteExecutor, postgresExecutor, type SqlExecutor } from './sql-executor.ts';
import { pgliteDataReplaced, postgresDataReplaced, type DataReplacedListener } from './data-replaced.ts';

export interface CreateDbOptions {
  /** postgresql://… selects PostgreSQL; otherwise the embedded PGlite. */
  databaseUrl?: string;
  /** PGlite's data folder; undefined keeps the database in memory. Ignored with databaseUrl. */
  dataDir?: string;
  /** PostgreSQL: the most connections this client holds open at once (the `pg` pool's default is 10). */
  poolSize?: number;
  /** Internal: an already opened PGlite (e.g. a migrated snapshot) to serve instead of opening dataDir. */
  pglite?: PGlite;
}

export interface Db {
  prisma: PrismaClient;
  /** The hot statements' way to the database, beside Prisma, on the same connections (sql-executor.ts). */
  sql: SqlExecutor;
  kind: 'pglite' | 'postgres';
  /** Applies pending migrations; returns the names applied (none when up to date). */
  migrate(): Promise<{ applied: string[] }>;
  close(): Promise<void>;
  /** Calls `listener` with every SQL statement the client sends; returns the function that stops it. */
  onQuery(listener: QueryListener): () => void;
  /** One plain SQL connection beside the client (backups, maintenance); close it when done. */
  sqlSession(): Promise<SqlSession>;
  /** Hears every committed replacement of the database's rows (a restore), from any process (data-replaced.ts). */
  onDataReplaced: DataReplacedListener;
}

export async function createDb(options: CreateDbOptions = {}): Promise<Db> {
  const observers = new QueryObservers();
  if (options.databaseUrl) {
    const databaseUrl = options.databaseUrl;
    // One pool for Prisma and the executor: the pool size is the most connections this client holds, whoever asks.
    const pool = new pg.Pool({ connectionString: databaseUrl, max: options.poolSize ?? 10 });
    // A connection that dies while idle is dropped by the pool (the next statement opens another); without a
    // listener, before Prisma's adapter adds its own, it would end the process.
    pool.on('error', () => {});
    const prisma = new PrismaClient({
      adapter: observers.observe(
        new PrismaPg(pool, {
          // The adapter's type says a name is always given; node-postgres runs a statement with none unnamed.
          statementNameGenerator: preparedStatementNames() as (query: SqlQuery) => string,
          // Closing the client ends the pool.
          disposeExternalPool: true,
        }),
      ),
    });
    return {
      prisma,
      sql: postgresExecutor(pool, observers),
      kind: 'postgres',
      migrate: async () => {
        const session = await postgresSession(databaseUrl);
        try {
          return { applied: await deploy(session) };
        } finally {
          await session.close();
        }
      },
      close: async () => {
        await prisma.$disconnect();
        // The executor may have used the pool without Prisma ever connecting (then Prisma does not end it).
        if (!pool.ended) await pool.end();
      },
      onQuery: (listener) => observers.add(listener),
      sqlSession: () => postgresSession(databaseUrl),
      onDataReplaced: postgresDataReplaced(databaseUrl),
    };
  }

  // A data folder holds real data: every commit is synced to disk before it is acknowledged (durable-pglite.ts).
  const pglite =
    options.pglite ?? (options.dataDir ? openDurablePGlite(options.dataDir).pglite : await openEmptyPGlite());
  await pglite.waitReady;
  const adapter: SqlDriverAdapterFactory = new PrismaPGlite(pglite);
  const prisma = new PrismaClient({ adapter: observers.observe(adapter) });
  return {
    prisma,
    sql: pgliteExecutor(pglite, observers),
    kind: 'pglite',
    migrate: async () => ({ applied: await deploy(pgliteSession(pglite)) }),
    close: async () => {
      await prisma.$disconnect();
      if (!pglite.closed) await pglite.close();
    },
    onQuery: (listener) => observers.add(listener),
    sqlSession: () => Promise.resolve(pgliteSession(pglite)),
    onDataReplaced: pgliteDataReplaced(pglite),
  };
}
