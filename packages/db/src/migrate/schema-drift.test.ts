import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEmptyPGlite } from '../empty-pglite.ts';
import { PGliteAdapterFactory } from '../pglite-adapter.ts';
import {
  defaultMigrationsDir,
  defaultSchemaPath,
  migrationLockContent,
  readMigrationFiles,
} from './migration-files.ts';
import { createMigration, deploy, pendingSchemaChanges } from './migrate.ts';
import { noSchemaFilter, openSchemaEngine, toMigrationList } from './schema-engine.ts';
import { pgliteSession } from './sql-session.ts';

// The schema engine replays migrations on an in-memory PGlite: a few seconds per comparison.
describe('schema.prisma and the committed migrations', { timeout: 60_000 }, () => {
  let scratchDir: string;
  beforeAll(async () => {
    scratchDir = await mkdtemp(join(tmpdir(), 'scrutiny-drift-'));
  });
  afterAll(() => rm(scratchDir, { recursive: true, force: true }));

  it('agree: the migrations build exactly what schema.prisma describes', async () => {
    expect(await pendingSchemaChanges()).toBe('');
  });

  it('disagree as soon as schema.prisma gains a field no migration adds', async () => {
    const schema = await readFile(defaultSchemaPath, 'utf8');
    const changed = schema.replace(/model Meeting \{\n/, 'model Meeting {\n  room String?\n');
    expect(changed).not.toBe(schema);
    const schemaPath = join(scratchDir, 'schema.prisma');
    await writeFile(schemaPath, changed);

    const drift = await pendingSchemaChanges({ schemaPath });
    expect(drift).toMatch(/ALTER TABLE "Meeting" ADD COLUMN\s+"room" TEXT/);
  });

  it('create writes the first migration in Prisma layout, after which nothing is pending', async () => {
    const migrationsDir = join(scratchDir, 'fresh-migrations');
    const created = await createMigration('init', { migrationsDir }, new Date(Date.UTC(2026, 10, 28, 9, 30, 5)));

    expect(created?.name).toBe('20261128093005_init');
    expect(existsSync(join(migrationsDir, '20261128093005_init', 'migration.sql'))).toBe(true);
    expect(await readFile(join(migrationsDir, 'migration_lock.toml'), 'utf8')).toBe(migrationLockContent);
    expect(created?.sql).toMatch(/CREATE TABLE "CaseFile"/);
    expect(await createMigration('again', { migrationsDir })).toBeNull();
  });

  it("are recorded so Prisma's own engine sees them as applied and unedited", async () => {
    const pglite = await openEmptyPGlite();
    const factory = new PGliteAdapterFactory(pglite);
    await deploy(pgliteSession(pglite));
    const { engine } = await openSchemaEngine(factory);
    try {
      const migrations = await readMigrationFiles();
      const migrationsList = toMigrationList(defaultMigrationsDir, migrations, migrationLockContent);
      expect(await engine.applyMigrations({ migrationsList, filters: noSchemaFilter })).toEqual({
        appliedMigrationNames: [],
      });
      const diagnosis = await engine.diagnoseMigrationHistory({
        migrationsList,
        optInToShadowDatabase: false,
        filters: noSchemaFilter,
      });
      expect(diagnosis).toMatchObject({
        editedMigrationNames: [],
        failedMigrationNames: [],
        hasMigrationsTable: true,
        history: null,
      });
    } finally {
      engine.free();
      await factory.closeShadows();
      await pglite.close();
    }
  });

  it("keep their history in a table shaped exactly like the one Prisma's engine creates", async () => {
    const columnsOf = async (pglite: PGlite) =>
      (
        await pglite.query(
          `SELECT column_name, data_type, character_maximum_length, is_nullable, column_default
           FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
        )
      ).rows;

    const ours = await openEmptyPGlite();
    await deploy(pgliteSession(ours));
    const prismas = await openEmptyPGlite();
    const factory = new PGliteAdapterFactory(prismas);
    const { engine } = await openSchemaEngine(factory);
    try {
      const migrationsList = toMigrationList(defaultMigrationsDir, await readMigrationFiles(), migrationLockContent);
      await engine.applyMigrations({ migrationsList, filters: noSchemaFilter });
      expect(await columnsOf(ours)).toEqual(await columnsOf(prismas));
      expect((await columnsOf(ours)).length).toBe(8);
    } finally {
      engine.free();
      await factory.closeShadows();
      await Promise.all([ours.close(), prismas.close()]);
    }
  });
});
