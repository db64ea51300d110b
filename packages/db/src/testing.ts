// Fresh, migrated databases for tests: an in-memory PGlite always, and a throw-away PostgreSQL database when
// DATABASE_URL is set. Opening PGlite and migrating it costs seconds, so the first one per process is kept as a
// snapshot and every later test database starts from a copy of it.
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { createDb, type Db } from './create-db.ts';
import { openEmptyPGlite } from './empty-pglite.ts';
import { env } from './env.ts';

export type TestDatabaseKind = Db['kind'];

/** The databases tests should run on: PGlite always, PostgreSQL too when DATABASE_URL is set. */
export const testDatabaseKinds: readonly TestDatabaseKind[] = env.databaseUrl ? ['pglite', 'postgres'] : ['pglite'];

/** A migrated, empty database of the given kind; `close()` discards it (the PostgreSQL database is dropped). */
export async function createTestDb(kind: TestDatabaseKind = 'pglite'): Promise<Db> {
  return kind === 'postgres' ? createPostgresTestDb() : createPGliteTestDb();
}

let snapshot: Promise<Blob> | undefined;

function migratedSnapshot(): Promise<Blob> {
  snapshot ??= (async () => {
    const pglite = await openEmptyPGlite();
    const db = await createDb({ pglite });
    try {
      await db.migrate();
      return await pglite.dumpDataDir('none');
    } finally {
      await db.close();
    }
  })();
  return snapshot;
}

async function createPGliteTestDb(): Promise<Db> {
  const pglite = new PGlite({ loadDataDir: await migratedSnapshot() });
  return createDb({ pglite });
}

/**
 * A migrated PostgreSQL test database owned by, and opened as, an ordinary login role (created when missing, never
 * a superuser): what production should run as. Needs DATABASE_URL.
 */
export function createPostgresTestDbAs(role: string): Promise<Db> {
  if (!/^[a-z_][a-z0-9_]*$/.test(role)) throw new Error(`Not a plain role name: ${role}`);
  return createPostgresTestDb(role);
}

async function createPostgresTestDb(owner?: string): Promise<Db> {
  const serverUrl = env.databaseUrl;
  if (!serverUrl) throw new Error('A PostgreSQL test database needs DATABASE_URL.');
  const name = `scrutiny_test_${randomBytes(6).toString('hex')}`;
  if (owner)
    await onServer(
      serverUrl,
      `DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${owner}') THEN ` +
        `CREATE ROLE "${owner}" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE; END IF; END $$`,
    );
  await onServer(serverUrl, `CREATE DATABASE "${name}"${owner ? ` OWNER "${owner}"` : ''}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  if (owner) {
    url.username = owner;
    url.password = '';
  }
  const db = await createDb({ databaseUrl: url.toString() });
  const drop = async () => {
    await db.close();
    await onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  };
  try {
    await db.migrate();
  } catch (error) {
    await drop();
    throw error;
  }
  return { ...db, close: drop };
}

async function onServer(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export { fillLargeDatabase, tableChecksums, type LargeDatabaseSize } from './backup/large-database.ts';
