// One connection the migration commands talk through, on PGlite or PostgreSQL alike. Migrations need a single
// connection (an advisory lock and a transaction belong to one session), so never a pool.
import type { PGlite, Transaction } from '@electric-sql/pglite';
import pg from 'pg';

export interface SqlSession {
  /** Runs `sql` as ONE simple query: several statements, no parameters, `$$` bodies intact. */
  exec(sql: string): Promise<void>;
  query<Row extends object>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Commits when `work` resolves, rolls back when it throws. */
  transaction<T>(work: (tx: SqlSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export function pgliteSession(pglite: PGlite): SqlSession {
  return {
    exec: async (sql) => {
      await pglite.exec(sql);
    },
    query: async <Row extends object>(sql: string, params: unknown[] = []) =>
      (await pglite.query<Row>(sql, params)).rows,
    // PGlite's own transaction holds its lock throughout, so no other caller's query can land inside it.
    transaction: (work) => pglite.transaction((tx) => work(pgliteTransactionSession(tx))),
    // The PGlite instance belongs to whoever opened it.
    close: async () => {},
  };
}

function pgliteTransactionSession(tx: Transaction): SqlSession {
  return {
    exec: async (sql) => {
      await tx.exec(sql);
    },
    query: async <Row extends object>(sql: string, params: unknown[] = []) => (await tx.query<Row>(sql, params)).rows,
    transaction: () => Promise.reject(new Error('Nested transactions are not supported')),
    close: async () => {},
  };
}

export async function postgresSession(connectionString: string): Promise<SqlSession> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  return clientSession(client, true);
}

function clientSession(client: pg.Client, owned: boolean): SqlSession {
  const session: SqlSession = {
    exec: async (sql) => {
      // node-postgres sends a query without parameters with the simple query protocol.
      await client.query(sql);
    },
    query: async <Row extends object>(sql: string, params: unknown[] = []) =>
      (await client.query<Row & pg.QueryResultRow>(sql, params)).rows,
    transaction: async (work) => {
      await client.query('BEGIN');
      try {
        const result = await work(clientSession(client, false));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    },
    close: async () => {
      if (owned) await client.end();
    },
  };
  return session;
}
