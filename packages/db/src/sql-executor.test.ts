// The executor beside Prisma: the same rows Prisma reads, timestamps in UTC, every statement heard by the query
// observers (its prepared statements on PostgreSQL: prepared-statements.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from './create-db.ts';
import { sqlStatement } from './sql-executor.ts';
import { createTestDb, testDatabaseKinds } from './testing.ts';

const AREA_BY_CODE = sqlStatement<{ id: string; name: string; archivedAt: Date | null }>(
  `SELECT "id", "name", "archivedAt" FROM "Area" WHERE "code" = $1`,
);
const ARCHIVE_AREA = sqlStatement<{ archivedAt: Date }>(
  `UPDATE "Area" SET "archivedAt" = $2 WHERE "code" = $1 RETURNING "archivedAt"`,
);

describe.each(testDatabaseKinds)('the SQL executor on %s', (kind) => {
  let db: Db;
  beforeAll(async () => {
    db = await createTestDb(kind);
    await db.prisma.area.create({
      data: {
        code: 'WMPA',
        name: 'West Midlands',
        region: 'West Midlands',
        archivedAt: new Date('2025-10-26T00:59:59.5Z'),
      },
    });
  }, 120_000);
  afterAll(async () => {
    await db?.close();
  });

  it('reads what Prisma reads, and every statement is heard by the query observers', async () => {
    const heard: string[] = [];
    const stop = db.onQuery((sql) => heard.push(sql));
    const [row] = await db.sql.query(AREA_BY_CODE, ['WMPA']);
    stop();
    const area = await db.prisma.area.findUniqueOrThrow({ where: { code: 'WMPA' } });
    expect(row).toEqual({ id: area.id, name: 'West Midlands', archivedAt: area.archivedAt });
    expect(heard).toEqual([AREA_BY_CODE.text]);
  });

  it('writes a Date as its UTC instant and reads it back the same, as Prisma does', async () => {
    const at = new Date('2026-03-29T01:30:00.123Z');
    const [row] = await db.sql.query(ARCHIVE_AREA, ['WMPA', at]);
    expect(row!.archivedAt).toEqual(at);
    expect((await db.prisma.area.findUniqueOrThrow({ where: { code: 'WMPA' } })).archivedAt).toEqual(at);
  });
});
