// A large database backed up and restored through the commands themselves (db:backup, db:restore), on PostgreSQL:
// every table comes back with the same rows, and neither command's memory grows with the database (issue 23: the
// whole database became one JSON string, which failed past Node's string limit at 2 million rows). The bench
// (bench:backup) does the same with 2 million rows.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Db } from '../create-db.ts';
import { env } from '../env.ts';
import { createTestDb, testDatabaseKinds } from '../testing.ts';
import { fillLargeDatabase, tableChecksums } from './large-database.ts';

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL('../..', import.meta.url));
/** 20,000 case files of 15 answers and 200,000 audit events: 520,004 rows, about 150 MB of JSON. */
const SIZE = { caseFiles: 20_000, answersPerFile: 15, auditEvents: 200_000 };
/** Each command's peak memory, whole process included; holding the database in memory took several times this. */
const PEAK_RSS_MB = 250;

async function urlOf(db: Db): Promise<string> {
  const session = await db.sqlSession();
  try {
    const [row] = await session.query<{ name: string }>('SELECT current_database() AS name');
    const url = new URL(env.databaseUrl!);
    url.pathname = `/${row!.name}`;
    return url.toString();
  } finally {
    await session.close();
  }
}

/** Runs a backup command with its peak resident memory measured (GNU time's %M, in KB). */
async function command(args: string[]): Promise<{ output: string; peakMb: number }> {
  const { stdout, stderr } = await run(
    '/usr/bin/time',
    ['-f', 'peak-rss-kb %M', process.execPath, '--import', 'tsx', 'scripts/backup.ts', ...args],
    { cwd: packageDir, maxBuffer: 16 * 1024 * 1024 },
  );
  const peak = /peak-rss-kb (\d+)/.exec(stderr);
  if (!peak) throw new Error(`No peak memory in: ${stderr}`);
  return { output: stdout, peakMb: Number(peak[1]) / 1024 };
}

const checksumsOf = async (db: Db) => {
  const session = await db.sqlSession();
  try {
    return await tableChecksums(session);
  } finally {
    await session.close();
  }
};

describe.skipIf(!testDatabaseKinds.includes('postgres'))('a large backup on PostgreSQL', () => {
  it('round-trips half a million rows through db:backup and db:restore with bounded memory', async () => {
    const source = await createTestDb('postgres');
    const target = await createTestDb('postgres');
    const dir = await mkdtemp(join(tmpdir(), 'scrutiny-large-backup-'));
    try {
      const session = await source.sqlSession();
      const rows = await fillLargeDatabase(session, SIZE).finally(() => session.close());
      const file = join(dir, 'large.jsonl.gz');

      const backup = await command(['backup', '--out', file, '--database-url', await urlOf(source)]);
      console.log(backup.output.trim(), `(peak ${backup.peakMb.toFixed(0)} MB)`);
      expect((await stat(file)).size).toBeGreaterThan(1_000_000);
      const restore = await command(['restore', '--from', file, '--replace', '--database-url', await urlOf(target)]);
      console.log(restore.output.trim(), `(peak ${restore.peakMb.toFixed(0)} MB)`);
      expect(restore.output).toMatch(/Restored \d+ rows/);

      const [before, after] = await Promise.all([checksumsOf(source), checksumsOf(target)]);
      expect(after).toEqual(before);
      expect(Object.values(after).reduce((sum, t) => sum + t.rows, 0)).toBe(rows);
      expect({ backup: backup.peakMb < PEAK_RSS_MB, restore: restore.peakMb < PEAK_RSS_MB }).toEqual({
        backup: true,
        restore: true,
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
      await source.close();
      await target.close();
    }
  }, 300_000);
});
