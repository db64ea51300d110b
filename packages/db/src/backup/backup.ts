// A whole database as one JSON document, and back: every table of the application's schema, with the migrations it
// was taken at. The same SQL runs on PGlite and PostgreSQL, so a backup of one restores into the other, and it needs
// no superuser: the role that owns the tables (the one that ran the migrations) can take and restore it.
import type { SqlSession } from '../migrate/sql-session.ts';
import { erasuresBeforeRestore, reapplyErasures } from './reapply-erasures.ts';

export const BACKUP_FORMAT = 'scrutiny-backup';
export const BACKUP_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  createdAt: string;
  /** Migrations applied to the database it was taken from, in order; a restore needs exactly these. */
  migrations: string[];
  /** Rows of every table, by table name, as PostgreSQL's row_to_json gives them. */
  tables: Record<string, unknown[]>;
}

export class BackupMismatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupMismatchError';
  }
}

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

async function applicationTables(session: SqlSession): Promise<string[]> {
  const rows = await session.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables
     WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`,
  );
  return rows.map((r) => r.name);
}

async function appliedMigrations(session: SqlSession): Promise<string[]> {
  const rows = await session.query<{ name: string }>(
    `SELECT migration_name AS name FROM _prisma_migrations
     WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((r) => r.name);
}

/** Reads every table in one transaction, so the backup is one consistent moment of the database. */
export function takeBackup(session: SqlSession, now: Date = new Date()): Promise<Backup> {
  return session.transaction(async (tx) => {
    const migrations = await appliedMigrations(tx);
    const tables: Record<string, unknown[]> = {};
    for (const table of await applicationTables(tx)) {
      const [row] = await tx.query<{ rows: unknown[] | string }>(
        `SELECT coalesce(json_agg(t), '[]'::json) AS rows FROM ${quote(table)} t`,
      );
      const rows = row?.rows ?? [];
      tables[table] = typeof rows === 'string' ? (JSON.parse(rows) as unknown[]) : rows;
    }
    return { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: now.toISOString(), migrations, tables };
  });
}

/** Whether a parsed file is a backup this version can restore; says what is wrong otherwise. */
export function checkBackup(value: unknown): Backup {
  const candidate = value as Partial<Backup> | null;
  if (!candidate || typeof candidate !== 'object' || candidate.format !== BACKUP_FORMAT)
    throw new BackupMismatchError('This file is not a Scrutiny backup.');
  if (candidate.version !== BACKUP_VERSION)
    throw new BackupMismatchError(`Backup format version ${String(candidate.version)} is not ${BACKUP_VERSION}.`);
  if (!Array.isArray(candidate.migrations) || !candidate.tables || typeof candidate.tables !== 'object')
    throw new BackupMismatchError('The backup has no migrations list or no tables.');
  for (const [table, rows] of Object.entries(candidate.tables))
    if (!Array.isArray(rows)) throw new BackupMismatchError(`The backup's table ${table} is not a list of rows.`);
  return candidate as Backup;
}

/**
 * Replaces every row of the database with the backup's, in one transaction: on any error nothing changes. The
 * database must be migrated to exactly the backup's migrations. Foreign keys are dropped for the load and added
 * back (which checks every row), so tables that refer to themselves load in any order.
 */
export async function restoreBackup(session: SqlSession, backup: Backup): Promise<{ rows: number }> {
  return session.transaction(async (tx) => {
    const migrations = await appliedMigrations(tx);
    if (migrations.join('\n') !== backup.migrations.join('\n'))
      throw new BackupMismatchError(
        `The backup was taken at migrations [${backup.migrations.join(', ')}] but this database has ` +
          `[${migrations.join(', ')}]: restore into a database migrated to the same point.`,
      );
    const tables = await applicationTables(tx);
    const unknown = Object.keys(backup.tables).filter((t) => !tables.includes(t));
    if (unknown.length)
      throw new BackupMismatchError(`The backup has tables this database lacks: ${unknown.join(', ')}`);

    const foreignKeys = await tx.query<{ table_name: string; name: string; definition: string }>(
      `SELECT c.conrelid::regclass::text AS table_name, c.conname AS name, pg_get_constraintdef(c.oid) AS definition
       FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
       WHERE c.contype = 'f' AND n.nspname = 'public'`,
    );
    const erasures = await erasuresBeforeRestore(tx);
    for (const fk of foreignKeys) await tx.exec(`ALTER TABLE ${fk.table_name} DROP CONSTRAINT ${quote(fk.name)}`);
    if (tables.length) await tx.exec(`TRUNCATE ${tables.map(quote).join(', ')}`);

    let rows = 0;
    for (const [table, tableRows] of Object.entries(backup.tables)) {
      if (tableRows.length === 0) continue;
      await tx.query(
        `INSERT INTO ${quote(table)} SELECT * FROM json_populate_recordset(NULL::${quote(table)}, $1::json)`,
        [JSON.stringify(tableRows)],
      );
      rows += tableRows.length;
    }
    for (const fk of foreignKeys)
      await tx.exec(`ALTER TABLE ${fk.table_name} ADD CONSTRAINT ${quote(fk.name)} ${fk.definition}`);
    // Erasures recorded since the backup was taken are applied again (their records survive the restore).
    await reapplyErasures(tx, erasures);

    // Sequences behind serial columns continue after the restored rows.
    const serials = await tx.query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns
       WHERE table_schema = 'public' AND column_default LIKE 'nextval(%'`,
    );
    for (const s of serials)
      await tx.query(
        `SELECT setval(pg_get_serial_sequence($1, $2), coalesce((SELECT max(${quote(s.column_name)}) FROM ${quote(s.table_name)}), 0) + 1, false)`,
        [quote(s.table_name), s.column_name],
      );
    return { rows };
  });
}
