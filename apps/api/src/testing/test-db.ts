// A fresh, migrated database for one test file: in-memory PGlite, or a new PostgreSQL database (dropped
// afterwards) when DATABASE_URL is set, so the same suite runs on both.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDb, type Db } from '@scrutiny/db';
import { testDatabaseUrl } from './env.ts';

export async function openTestDb(): Promise<Db> {
  const baseUrl = testDatabaseUrl();
  if (!baseUrl) {
    const db = await createDb({});
    await db.migrate();
    return db;
  }
  const name = `scrutiny_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const db = await createDb({ databaseUrl: url.toString() });
  await db.migrate();
  return {
    ...db,
    close: async () => {
      await db.close();
      const dropper = new pg.Client({ connectionString: baseUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}
