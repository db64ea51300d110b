// Applies and reports migrations the way `prisma migrate deploy` and `prisma migrate status` do, recording them in
// Prisma's standard `_prisma_migrations` table so the standard CLI can take over wherever its native engine runs.
// Each migration runs as one simple query inside a transaction that also records it: a migration that fails
// leaves neither its changes nor a record behind (neither adapter's own script execution is safe for this).
import { randomUUID } from 'node:crypto';
import type { MigrationFile } from './migration-files.ts';
import type { SqlSession } from './sql-session.ts';

/** The key `prisma migrate` takes its advisory lock with, so Prisma's CLI and this code never migrate at once. */
const advisoryLockKey = 72707369;

const createHistoryTable = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

interface HistoryRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

export class MigrationFailedError extends Error {
  constructor(
    readonly migrationName: string,
    cause: unknown,
  ) {
    super(
      `Migration ${migrationName} failed and was rolled back: ${cause instanceof Error ? cause.message : String(cause)}`,
      {
        cause,
      },
    );
    this.name = 'MigrationFailedError';
  }
}

export class FailedMigrationInHistoryError extends Error {
  constructor(readonly migrationNames: string[]) {
    super(
      `The database records failed migrations (${migrationNames.join(', ')}). Resolve them before deploying ` +
        '(e.g. `prisma migrate resolve --rolled-back <name>` after repairing the database).',
    );
    this.name = 'FailedMigrationInHistoryError';
  }
}

export interface MigrationStatus {
  hasHistoryTable: boolean;
  applied: string[];
  pending: string[];
  /** Started but never finished nor rolled back: only Prisma's own CLI leaves these. */
  failed: string[];
  /** Applied, but migration.sql has changed since. */
  edited: string[];
  /** Recorded as applied but missing from the migrations folder. */
  unknown: string[];
}

export async function migrationStatus(
  session: SqlSession,
  migrations: readonly MigrationFile[],
): Promise<MigrationStatus> {
  const hasHistoryTable = await historyTableExists(session);
  const rows = hasHistoryTable ? await readHistory(session) : [];
  const effective = rows.filter((row) => row.rolled_back_at === null);
  const applied = new Map(effective.filter((row) => row.finished_at !== null).map((row) => [row.migration_name, row]));
  const failed = effective.filter((row) => row.finished_at === null).map((row) => row.migration_name);
  const names = new Set(migrations.map((migration) => migration.name));
  return {
    hasHistoryTable,
    applied: [...applied.keys()],
    pending: migrations
      .filter((migration) => !applied.has(migration.name) && !failed.includes(migration.name))
      .map((m) => m.name),
    failed,
    edited: migrations
      .filter((migration) => {
        const row = applied.get(migration.name);
        return row !== undefined && row.checksum !== migration.checksum;
      })
      .map((migration) => migration.name),
    unknown: [...applied.keys()].filter((name) => !names.has(name)),
  };
}

/** Applies every pending migration in folder order; returns the names applied (none on a second run). */
export async function deployMigrations(session: SqlSession, migrations: readonly MigrationFile[]): Promise<string[]> {
  await session.query('SELECT pg_advisory_lock($1)', [advisoryLockKey]);
  try {
    await session.exec(createHistoryTable);
    const status = await migrationStatus(session, migrations);
    if (status.failed.length > 0) throw new FailedMigrationInHistoryError(status.failed);
    const applied: string[] = [];
    for (const migration of migrations) {
      if (!status.pending.includes(migration.name)) continue;
      await applyOne(session, migration);
      applied.push(migration.name);
    }
    return applied;
  } finally {
    await session.query('SELECT pg_advisory_unlock($1)', [advisoryLockKey]);
  }
}

async function applyOne(session: SqlSession, migration: MigrationFile): Promise<void> {
  const startedAt = new Date();
  try {
    await session.transaction(async (tx) => {
      await tx.exec(migration.sql);
      await tx.query(
        `INSERT INTO "_prisma_migrations" ("id", "checksum", "finished_at", "migration_name", "logs", "started_at", "applied_steps_count")
         VALUES ($1, $2, now(), $3, NULL, $4, 1)`,
        [randomUUID(), migration.checksum, migration.name, startedAt],
      );
    });
  } catch (error) {
    throw new MigrationFailedError(migration.name, error);
  }
}

async function historyTableExists(session: SqlSession): Promise<boolean> {
  const rows = await session.query<{ exists: boolean }>(
    `SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS "exists"`,
  );
  return rows[0]?.exists === true;
}

function readHistory(session: SqlSession): Promise<HistoryRow[]> {
  return session.query<HistoryRow>(
    `SELECT "migration_name", "checksum", "finished_at", "rolled_back_at" FROM "_prisma_migrations" ORDER BY "started_at", "migration_name"`,
  );
}
