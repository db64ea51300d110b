// The database a maintenance command acts on: a PostgreSQL URL, or a PGlite data folder (which no running server
// may have open: PGlite allows one process per folder).
import { openDurablePGlite } from '../src/durable-pglite.ts';
import { pgliteSession, postgresSession, type SqlSession } from '../src/migrate/sql-session.ts';

export async function withSession(
  databaseUrl: string | undefined,
  dataDir: string | undefined,
  work: (session: SqlSession) => Promise<number>,
): Promise<number> {
  if (databaseUrl) {
    const session = await postgresSession(databaseUrl);
    try {
      return await work(session);
    } finally {
      await session.close();
    }
  }
  if (!dataDir) throw new Error('Give --data-dir <PGlite folder>, --database-url or DATABASE_URL.');
  const { pglite } = openDurablePGlite(dataDir);
  try {
    return await work(pgliteSession(pglite));
  } finally {
    await pglite.close();
  }
}
