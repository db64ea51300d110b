import { cp, mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openEmptyPGlite } from '../empty-pglite.ts';
import { env } from '../env.ts';
import { defaultMigrationsDir, readMigrationFiles } from './migration-files.ts';
import { MigrationFailedError } from './migration-history.ts';
import { deploy, status } from './migrate.ts';
import { pgliteSession, postgresSession, type SqlSession } from './sql-session.ts';

interface EmptyDatabase {
  session: SqlSession;
  drop(): Promise<void>;
}

async function emptyPGlite(): Promise<EmptyDatabase> {
  const pglite = await openEmptyPGlite();
  return { session: pgliteSession(pglite), drop: () => pglite.close() };
}

async function emptyPostgres(): Promise<EmptyDatabase> {
  const serverUrl = env.databaseUrl!;
  const name = `scrutiny_migrate_test_${Math.random().toString(16).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const session = await postgresSession(url.toString());
  return {
    session,
    drop: async () => {
      await session.close();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

const targets = env.databaseUrl
  ? ([
      ['PGlite', emptyPGlite],
      ['PostgreSQL', emptyPostgres],
    ] as const)
  : ([['PGlite', emptyPGlite]] as const);

describe.each(targets)('deploying migrations on %s', (_name, openEmpty) => {
  let database: EmptyDatabase;
  let scratchDir: string;
  beforeAll(async () => {
    scratchDir = await mkdtemp(join(tmpdir(), 'scrutiny-migrations-'));
  });
  afterAll(() => rm(scratchDir, { recursive: true, force: true }));
  afterEach(() => database.drop());

  /** The committed migrations plus `extra` later ones, in a folder of their own. */
  async function migrationsWith(extra: Record<string, string>): Promise<string> {
    const dir = await mkdtemp(join(scratchDir, 'm-'));
    await cp(defaultMigrationsDir, dir, { recursive: true });
    for (const [name, sql] of Object.entries(extra)) {
      await mkdir(join(dir, name), { recursive: true });
      await writeFile(join(dir, name, 'migration.sql'), sql);
    }
    return dir;
  }

  async function tableExists(session: SqlSession, table: string): Promise<boolean> {
    const rows = await session.query<{ exists: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS "exists"`, [
      `"${table}"`,
    ]);
    return rows[0]?.exists === true;
  }

  it('builds the whole schema on an empty database and records it the way Prisma does', async () => {
    database = await openEmpty();
    const committed = await readMigrationFiles();
    expect(committed.length).toBeGreaterThan(0);

    expect(await deploy(database.session)).toEqual(committed.map((migration) => migration.name));

    expect(await tableExists(database.session, 'CaseFile')).toBe(true);
    const recorded = await database.session.query<{
      migration_name: string;
      checksum: string;
      applied_steps_count: number;
    }>(
      `SELECT "migration_name", "checksum", "applied_steps_count" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL ORDER BY "migration_name"`,
    );
    expect(recorded).toEqual(
      committed.map((migration) => ({
        migration_name: migration.name,
        checksum: migration.checksum,
        applied_steps_count: 1,
      })),
    );
  });

  it('applies nothing the second time', async () => {
    database = await openEmpty();
    await deploy(database.session);
    expect(await deploy(database.session)).toEqual([]);
    expect(await status(database.session)).toMatchObject({ pending: [], failed: [], edited: [], unknown: [] });
  });

  it('leaves no trace of a migration that fails: neither its changes nor a record', async () => {
    database = await openEmpty();
    const migrationsDir = await migrationsWith({
      '29990101000000_broken': 'CREATE TABLE "Probe" ("id" INTEGER);\nSELECT 1 / 0;\n',
    });

    const attempt = deploy(database.session, { migrationsDir });
    await expect(attempt).rejects.toBeInstanceOf(MigrationFailedError);
    await expect(attempt).rejects.toMatchObject({ migrationName: '29990101000000_broken' });

    expect(await tableExists(database.session, 'Probe')).toBe(false);
    const report = await status(database.session, { migrationsDir });
    expect(report.pending).toEqual(['29990101000000_broken']);
    expect(report.failed).toEqual([]);
    expect(await tableExists(database.session, 'CaseFile')).toBe(true);
  });

  it('applies a repaired migration after a failed attempt', async () => {
    database = await openEmpty();
    const migrationsDir = await migrationsWith({
      '29990101000000_probe': 'CREATE TABLE "Probe" ("id" INTEGER);\nSELECT 1 / 0;\n',
    });
    await expect(deploy(database.session, { migrationsDir })).rejects.toThrow(/29990101000000_probe/);

    await writeFile(
      join(migrationsDir, '29990101000000_probe', 'migration.sql'),
      'CREATE TABLE "Probe" ("id" INTEGER);\n',
    );
    expect(await deploy(database.session, { migrationsDir })).toEqual(['29990101000000_probe']);
    expect(await tableExists(database.session, 'Probe')).toBe(true);
  });

  it('runs a migration as one script, so function bodies with semicolons survive', async () => {
    database = await openEmpty();
    const migrationsDir = await migrationsWith({
      '29990101000000_function': `CREATE FUNCTION "answer_count"(inspection TEXT) RETURNS BIGINT AS $$
  SELECT count(*) FROM "Answer" a JOIN "CaseFile" c ON c."id" = a."caseFileId" WHERE c."inspectionId" = inspection;
$$ LANGUAGE sql STABLE;
`,
    });
    await deploy(database.session, { migrationsDir });
    const rows = await database.session.query<{ count: string }>(`SELECT "answer_count"('none')::text AS "count"`);
    expect(rows).toEqual([{ count: '0' }]);
  });

  it('reports a migration edited after it was applied', async () => {
    database = await openEmpty();
    const migrationsDir = await migrationsWith({ '29990101000000_probe': 'CREATE TABLE "Probe" ("id" INTEGER);\n' });
    await deploy(database.session, { migrationsDir });
    await writeFile(
      join(migrationsDir, '29990101000000_probe', 'migration.sql'),
      'CREATE TABLE "Probe" ("id" BIGINT);\n',
    );
    expect((await status(database.session, { migrationsDir })).edited).toEqual(['29990101000000_probe']);
  });

  it('gives every foreign key an index that starts with its columns', async () => {
    database = await openEmpty();
    await deploy(database.session);
    const unindexed = await database.session.query<{ constraint: string }>(`
      SELECT c.conname AS "constraint"
      FROM pg_constraint c
      WHERE c.contype = 'f'
        AND NOT EXISTS (
          SELECT 1 FROM pg_index i
          WHERE i.indrelid = c.conrelid
            AND (string_to_array(i.indkey::text, ' ')::int2[])[1:array_length(c.conkey, 1)] = c.conkey
        )`);
    expect(unindexed).toEqual([]);
  });
});
