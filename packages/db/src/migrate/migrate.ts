// The four migration commands behind `pnpm db:migrate:*` (scripts/migrate.ts), as functions tests can call.
import { diffMigrationsToSchema } from './schema-diff.ts';
import {
  defaultMigrationsDir,
  defaultSchemaPath,
  readMigrationFiles,
  writeMigration,
  type MigrationFile,
} from './migration-files.ts';
import { deployMigrations, migrationStatus, type MigrationStatus } from './migration-history.ts';
import type { SqlSession } from './sql-session.ts';

export interface MigrationSource {
  migrationsDir?: string;
  schemaPath?: string;
}

/** Writes a migration taking the committed migrations to schema.prisma; null when there is nothing to change. */
export async function createMigration(
  name: string,
  source: MigrationSource = {},
  at: Date = new Date(),
): Promise<MigrationFile | null> {
  const migrationsDir = source.migrationsDir ?? defaultMigrationsDir;
  const sql = await pendingSchemaChanges(source);
  if (sql === '') return null;
  return writeMigration(migrationsDir, name, sql, at);
}

/** The SQL schema.prisma still needs beyond the committed migrations: empty when they agree (no drift). */
export async function pendingSchemaChanges(source: MigrationSource = {}): Promise<string> {
  const migrationsDir = source.migrationsDir ?? defaultMigrationsDir;
  return diffMigrationsToSchema({
    migrationsDir,
    migrations: await readMigrationFiles(migrationsDir),
    schemaPath: source.schemaPath ?? defaultSchemaPath,
  });
}

export async function deploy(session: SqlSession, source: MigrationSource = {}): Promise<string[]> {
  return deployMigrations(session, await readMigrationFiles(source.migrationsDir ?? defaultMigrationsDir));
}

export async function status(session: SqlSession, source: MigrationSource = {}): Promise<MigrationStatus> {
  return migrationStatus(session, await readMigrationFiles(source.migrationsDir ?? defaultMigrationsDir));
}
