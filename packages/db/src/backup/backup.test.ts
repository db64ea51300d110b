// A backup restores to the same rows, on PGlite and (with DATABASE_URL) PostgreSQL; a bad one changes nothing.
import { describe, expect, it } from 'vitest';
import type { Db } from '../create-db.ts';
import { createTestDb, testDatabaseKinds } from '../testing.ts';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BackupMismatchError, checkBackup, restoreBackup, takeBackup, type Backup } from './backup.ts';
import { backupToFile, restoreFromFile } from './backup-file.ts';

async function addSomeRows(db: Db) {
  const group = await db.prisma.comparisonGroup.create({
    data: { key: 'metropolitan', name: 'Large metropolitan areas', description: 'Size and density "alike"' },
  });
  const area = await db.prisma.area.create({
    data: { code: 'WMPA', name: 'West Midlands', region: 'West Midlands', comparisonGroupId: group.id },
  });
  await db.prisma.area.create({ data: { code: 'GMPA', name: 'Greater Manchester', region: 'North West' } });
  return area;
}

const backupOf = async (db: Db): Promise<Backup> => {
  const session = await db.sqlSession();
  try {
    return await takeBackup(session);
  } finally {
    await session.close();
  }
};
const restoreInto = async (db: Db, backup: Backup) => {
  const session = await db.sqlSession();
  try {
    return await restoreBackup(session, backup);
  } finally {
    await session.close();
  }
};

/** Rows of every table, sorted, so two backups compare by content and not by row order. */
const contentOf = (backup: Backup) =>
  Object.fromEntries(
    Object.entries(backup.tables).map(([table, rows]) => [table, rows.map((r) => JSON.stringify(r)).sort()]),
  );

describe.each(testDatabaseKinds)('backup and restore on %s', (kind) => {
  it('round-trips every row into a fresh database, and survives a JSON file in between', async () => {
    const source = await createTestDb(kind);
    const target = await createTestDb(kind);
    try {
      await addSomeRows(source);
      const backup = checkBackup(JSON.parse(JSON.stringify(await backupOf(source))));
      expect(backup.tables.Area).toHaveLength(2);
      expect(backup.migrations.length).toBeGreaterThan(0);

      // The target has rows of its own, which the restore replaces.
      await target.prisma.area.create({ data: { code: 'XXXX', name: 'Not in the backup', region: 'Nowhere' } });
      const { rows } = await restoreInto(target, backup);
      expect(rows).toBe(3);
      expect(contentOf(await backupOf(target))).toEqual(contentOf(backup));
      const restored = await target.prisma.area.findUnique({
        where: { code: 'WMPA' },
        include: { comparisonGroup: true },
      });
      expect(restored?.comparisonGroup?.description).toBe('Size and density "alike"');
    } finally {
      await source.close();
      await target.close();
    }
  }, 120_000);

  it('changes nothing when the backup breaks a rule of the schema', async () => {
    const db = await createTestDb(kind);
    try {
      await addSomeRows(db);
      const before = await backupOf(db);
      const broken = structuredClone(before);
      // An area pointing at a comparison group that is not in the backup.
      (broken.tables.Area![0] as { comparisonGroupId: string }).comparisonGroupId = 'no-such-group';
      (broken.tables.Area![1] as { comparisonGroupId: string }).comparisonGroupId = 'no-such-group';
      await expect(restoreInto(db, broken)).rejects.toThrow(/foreign key|violates/i);
      expect(contentOf(await backupOf(db))).toEqual(contentOf(before));
    } finally {
      await db.close();
    }
  }, 120_000);

  it('refuses a backup taken at other migrations, or a file that is not a backup', async () => {
    const db = await createTestDb(kind);
    try {
      const backup = await backupOf(db);
      await expect(restoreInto(db, { ...backup, migrations: ['20990101000000_from_the_future'] })).rejects.toThrow(
        BackupMismatchError,
      );
      expect(() => checkBackup({ hello: 'world' })).toThrow(/not a Scrutiny backup/);
    } finally {
      await db.close();
    }
  }, 120_000);

  it('streams a backup to a gzip file and back, reads a format 1 file, and restores nothing from a cut-off file', async () => {
    const source = await createTestDb(kind);
    const target = await createTestDb(kind);
    const dir = await mkdtemp(join(tmpdir(), 'scrutiny-backup-'));
    const withSession = async <T>(db: Db, work: (s: Awaited<ReturnType<Db['sqlSession']>>) => Promise<T>) => {
      const session = await db.sqlSession();
      try {
        return await work(session);
      } finally {
        await session.close();
      }
    };
    try {
      await addSomeRows(source);
      const expected = contentOf(await backupOf(source));
      const file = join(dir, 'scrutiny.jsonl.gz');
      const written = await withSession(source, (s) => backupToFile(s, file));
      expect(written.rows).toBe(3);
      expect(await withSession(target, (s) => restoreFromFile(s, file))).toMatchObject({ rows: 3 });
      expect(contentOf(await backupOf(target))).toEqual(expected);

      // A backup written by an earlier version: one JSON document, format 1.
      const old = join(dir, 'old.json.gz');
      await writeFile(old, gzipSync(JSON.stringify({ ...(await backupOf(source)), version: 1 })));
      await target.prisma.area.create({ data: { code: 'XXXX', name: 'Not in the backup', region: 'Nowhere' } });
      expect(await withSession(target, (s) => restoreFromFile(s, old))).toMatchObject({ rows: 3 });
      expect(contentOf(await backupOf(target))).toEqual(expected);

      // A file cut off before its end (a full disk, a copy stopped half way) restores nothing.
      const plain = join(dir, 'plain.jsonl');
      await withSession(source, (s) => backupToFile(s, plain));
      const whole = (await readFile(plain, 'utf8')).trimEnd().split('\n');
      const cut = join(dir, 'cut.jsonl');
      await writeFile(cut, whole.slice(0, -1).join('\n'));
      await target.prisma.area.create({ data: { code: 'YYYY', name: 'Kept', region: 'Nowhere' } });
      const before = contentOf(await backupOf(target));
      await expect(withSession(target, (s) => restoreFromFile(s, cut))).rejects.toThrow(/incomplete/);
      expect(contentOf(await backupOf(target))).toEqual(before);
    } finally {
      await rm(dir, { recursive: true, force: true });
      await source.close();
      await target.close();
    }
  }, 120_000);
});

describe.skipIf(!testDatabaseKinds.includes('postgres'))('backup across databases', () => {
  it('restores a PGlite backup into PostgreSQL, and that one back into PGlite', async () => {
    const embedded = await createTestDb('pglite');
    const server = await createTestDb('postgres');
    const back = await createTestDb('pglite');
    try {
      await addSomeRows(embedded);
      const expected = contentOf(await backupOf(embedded));
      await restoreInto(server, await backupOf(embedded));
      expect(contentOf(await backupOf(server))).toEqual(expected);
      await restoreInto(back, await backupOf(server));
      expect(contentOf(await backupOf(back))).toEqual(expected);
    } finally {
      await embedded.close();
      await server.close();
      await back.close();
    }
  }, 120_000);
});
