// A whole database as a stream of lines, and back: every table of the application's schema, with the migrations it
// was taken at. The same SQL runs on PGlite and PostgreSQL, so a backup of one restores into the other, and it needs
// no superuser: the role that owns the tables (the one that ran the migrations) can take and restore it.
//
// Format 2 (one JSON value per line, so neither side ever holds more than a batch of rows):
//   {"format":"scrutiny-backup","version":2,"createdAt":…,"migrations":[…]}
//   ["table","Area"]
//   {…one row, as PostgreSQL's row_to_json gives it…}
//   …
//   ["end",<rows>]
// Format 1 (one JSON document, what earlier versions wrote) is still read: its one line is the whole backup.
import type { SqlSession } from '../migrate/sql-session.ts';
import { erasuresBeforeRestore, reapplyErasures } from './reapply-erasures.ts';
import { NOTIFY_DATA_REPLACED } from '../data-replaced.ts';

export const BACKUP_FORMAT = 'scrutiny-backup';
export const BACKUP_VERSION = 2;

/** Tables that are caches, rebuilt on demand: neither backed up nor restored (a restore leaves them empty). */
const CACHE_TABLES = new Set(['LiveScores', 'ReportDownload', 'PublicPage']);

/** Rows read per round trip when backing up, and written per statement when restoring. */
const BATCH_ROWS = 2000;
/** A restore statement is sent early when its rows' JSON reaches this size. */
const BATCH_CHARS = 8 * 1024 * 1024;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  /** Migrations applied to the database it was taken from, in order; a restore needs exactly these. */
  migrations: string[];
}

/** A whole backup in memory (format 1's shape): for small databases and tests. */
export interface Backup extends BackupHeader {
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

/**
 * Writes the backup, a batch of lines at a time, to `write` (which should wait while its destination is full). Every
 * table is read in one read-only, repeatable-read transaction, so the backup is one consistent moment of the
 * database, through a cursor, so memory holds one batch of rows however large the table.
 */
export function writeBackup(
  session: SqlSession,
  write: (chunk: string) => Promise<void> | void,
  now: Date = new Date(),
): Promise<{ rows: number; tables: number }> {
  return session.transaction(async (tx) => {
    await tx.exec('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: now.toISOString(),
      migrations: await appliedMigrations(tx),
    };
    await write(`${JSON.stringify(header)}\n`);
    const tables = (await applicationTables(tx)).filter((t) => !CACHE_TABLES.has(t));
    let rows = 0;
    for (const table of tables) {
      await write(`${JSON.stringify(['table', table])}\n`);
      await tx.exec(
        `DECLARE backup_rows NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS line FROM ${quote(table)} t`,
      );
      for (;;) {
        const batch = await tx.query<{ line: string }>(`FETCH ${BATCH_ROWS} FROM backup_rows`);
        if (batch.length === 0) break;
        rows += batch.length;
        await write(`${batch.map((r) => r.line).join('\n')}\n`);
      }
      await tx.exec('CLOSE backup_rows');
    }
    await write(`${JSON.stringify(['end', rows])}\n`);
    return { rows, tables: tables.length };
  });
}

/** The whole backup as one object (format 1's shape), for small databases and tests; use `writeBackup` otherwise. */
export async function takeBackup(session: SqlSession, now: Date = new Date()): Promise<Backup> {
  const lines: string[] = [];
  await writeBackup(session, (chunk) => void lines.push(...chunk.split('\n').filter(Boolean)), now);
  let backup: Backup | undefined;
  for await (const item of readBackupLines(lines)) {
    if (item.kind === 'header') backup = { ...item.header, version: BACKUP_VERSION, tables: {} };
    else if (item.kind === 'table') backup!.tables[item.table] = [];
    else if (item.kind === 'rows') backup!.tables[item.table]!.push(...item.rows.map((r) => JSON.parse(r) as unknown));
  }
  return backup!;
}

/** Whether a parsed value is a whole backup this version can restore; says what is wrong otherwise. */
export function checkBackup(value: unknown): Backup {
  checkHeader(value as Partial<BackupHeader> | null);
  const { tables } = value as Partial<Backup>;
  if (!tables || typeof tables !== 'object')
    throw new BackupMismatchError('The backup has no migrations list or no tables.');
  for (const [table, rows] of Object.entries(tables))
    if (!Array.isArray(rows)) throw new BackupMismatchError(`The backup's table ${table} is not a list of rows.`);
  return value as Backup;
}

function checkHeader(candidate: Partial<BackupHeader> | null): asserts candidate is BackupHeader {
  if (!candidate || typeof candidate !== 'object' || candidate.format !== BACKUP_FORMAT)
    throw new BackupMismatchError('This file is not a Scrutiny backup.');
  if (candidate.version !== 1 && candidate.version !== BACKUP_VERSION)
    throw new BackupMismatchError(`Backup format version ${String(candidate.version)} is not 1 or ${BACKUP_VERSION}.`);
  if (!Array.isArray(candidate.migrations))
    throw new BackupMismatchError('The backup has no migrations list or no tables.');
}

type BackupItem =
  | { kind: 'header'; header: BackupHeader }
  | { kind: 'table'; table: string }
  /** Rows as JSON text, a batch at a time. */
  | { kind: 'rows'; table: string; rows: string[] };

/**
 * The header, tables and batches of rows of a backup, from its lines (either format). Says what is wrong with a file
 * that is not a backup, and with one that stops before its end (a partial file restores nothing).
 */
export async function* readBackupLines(lines: AsyncIterable<string> | Iterable<string>): AsyncGenerator<BackupItem> {
  let header: BackupHeader | undefined;
  let table: string | undefined;
  let batch: string[] = [];
  let chars = 0;
  let rows = 0;
  let ended = false;
  for await (const line of lines) {
    if (line.length === 0) continue;
    if (!header) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        throw new BackupMismatchError('This file is not a Scrutiny backup.');
      }
      checkHeader(parsed as Partial<BackupHeader>);
      header = parsed as BackupHeader;
      yield { kind: 'header', header };
      if (header.version === 1) {
        // Format 1: the first line is the whole backup.
        for (const [name, tableRows] of Object.entries(checkBackup(parsed).tables)) {
          if (CACHE_TABLES.has(name)) continue;
          yield { kind: 'table', table: name };
          for (let i = 0; i < tableRows.length; i += BATCH_ROWS)
            yield { kind: 'rows', table: name, rows: tableRows.slice(i, i + BATCH_ROWS).map((r) => JSON.stringify(r)) };
        }
        return;
      }
      continue;
    }
    if (ended) throw new BackupMismatchError('The backup goes on after its end.');
    if (line.startsWith('[')) {
      if (table && batch.length) yield { kind: 'rows', table, rows: batch };
      batch = [];
      chars = 0;
      const marker = JSON.parse(line) as [string, string | number];
      if (marker[0] === 'table' && typeof marker[1] === 'string') {
        table = marker[1];
        yield { kind: 'table', table };
      } else if (marker[0] === 'end') {
        if (marker[1] !== rows)
          throw new BackupMismatchError(`The backup says it holds ${String(marker[1])} rows but holds ${rows}.`);
        ended = true;
      } else throw new BackupMismatchError(`The backup has a line it does not know: ${line.slice(0, 80)}`);
      continue;
    }
    if (!table || !line.startsWith('{'))
      throw new BackupMismatchError(`The backup has a stray line: ${line.slice(0, 80)}`);
    batch.push(line);
    chars += line.length;
    rows += 1;
    if (batch.length >= BATCH_ROWS || chars >= BATCH_CHARS) {
      yield { kind: 'rows', table, rows: batch };
      batch = [];
      chars = 0;
    }
  }
  if (!header) throw new BackupMismatchError('The backup is empty.');
  if (!ended) throw new BackupMismatchError('The backup stops before its end: the file is incomplete.');
}

/**
 * Replaces every row of the database with the backup's (its lines, in either format), in one transaction: on any
 * error, a partial file included, nothing changes. The database must be migrated to exactly the backup's migrations.
 * Foreign keys are dropped for the load and added back (which checks every row), so tables that refer to themselves
 * load in any order; the tables' own triggers are off during the load, and caches are left empty.
 */
export async function restoreBackupLines(
  session: SqlSession,
  lines: AsyncIterable<string> | Iterable<string>,
): Promise<{ rows: number; createdAt: string }> {
  return session.transaction(async (tx) => {
    const migrations = await appliedMigrations(tx);
    const tables = await applicationTables(tx);
    const foreignKeys = await tx.query<{ table_name: string; name: string; definition: string }>(
      `SELECT c.conrelid::regclass::text AS table_name, c.conname AS name, pg_get_constraintdef(c.oid) AS definition
       FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
       WHERE c.contype = 'f' AND n.nspname = 'public'`,
    );
    const erasures = await erasuresBeforeRestore(tx);
    let createdAt = '';
    let rows = 0;
    let prepared = false;
    const prepare = async () => {
      for (const fk of foreignKeys) await tx.exec(`ALTER TABLE ${fk.table_name} DROP CONSTRAINT ${quote(fk.name)}`);
      for (const table of tables) await tx.exec(`ALTER TABLE ${quote(table)} DISABLE TRIGGER USER`);
      if (tables.length) await tx.exec(`TRUNCATE ${tables.map(quote).join(', ')}`);
      prepared = true;
    };
    for await (const item of readBackupLines(lines)) {
      if (item.kind === 'header') {
        if (migrations.join('\n') !== item.header.migrations.join('\n'))
          throw new BackupMismatchError(
            `The backup was taken at migrations [${item.header.migrations.join(', ')}] but this database has ` +
              `[${migrations.join(', ')}]: restore into a database migrated to the same point.`,
          );
        createdAt = item.header.createdAt;
        await prepare();
      } else if (item.kind === 'table') {
        if (!tables.includes(item.table) || CACHE_TABLES.has(item.table))
          throw new BackupMismatchError(`The backup has a table this database lacks: ${item.table}`);
      } else {
        await tx.query(
          `INSERT INTO ${quote(item.table)} SELECT * FROM json_populate_recordset(NULL::${quote(item.table)}, $1::json)`,
          [`[${item.rows.join(',')}]`],
        );
        rows += item.rows.length;
      }
    }
    if (!prepared) throw new BackupMismatchError('The backup is empty.');
    for (const table of tables) await tx.exec(`ALTER TABLE ${quote(table)} ENABLE TRIGGER USER`);
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
    // Running API processes hear of it once it commits, and end what they cached of the old rows.
    await tx.exec(NOTIFY_DATA_REPLACED);
    return { rows, createdAt };
  });
}

/** Restores a whole backup held in memory (either format's object); see `restoreBackupLines`. */
export function restoreBackup(session: SqlSession, backup: Backup): Promise<{ rows: number }> {
  return restoreBackupLines(session, linesOf(checkBackup(backup)));
}

function* linesOf(backup: Backup): Generator<string> {
  const { tables, ...header } = backup;
  yield JSON.stringify({ ...header, version: BACKUP_VERSION });
  let rows = 0;
  for (const [table, tableRows] of Object.entries(tables)) {
    yield JSON.stringify(['table', table]);
    for (const row of tableRows) yield JSON.stringify(row);
    rows += tableRows.length;
  }
  yield JSON.stringify(['end', rows]);
}
