// A statement sent again is prepared under a name of its own: PostgreSQL parses and plans it once per connection.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from './create-db.ts';
import { env } from './env.ts';
import { preparedStatementNames } from './prepared-statements.ts';
import { sqlStatement } from './sql-executor.ts';
import { createTestDb } from './testing.ts';

describe('names for repeated statements', () => {
  it('names a statement with parameters from its second time, one name per text, up to the limit', () => {
    const name = preparedStatementNames(2);
    const query = (sql: string) => name({ sql, args: [1] });
    expect(query('SELECT $1::int')).toBeUndefined();
    const first = query('SELECT $1::int');
    expect(first).toMatch(/^scrutiny_/);
    expect(query('SELECT $1::int')).toBe(first);
    expect(name({ sql: 'BEGIN', args: [] })).toBeUndefined();
    expect(name({ sql: 'BEGIN', args: [] })).toBeUndefined();
    query('SELECT $1::text');
    const second = query('SELECT $1::text');
    expect(second).toMatch(/^scrutiny_/);
    expect(second).not.toBe(first);
    // The limit reached: a third repeated text runs unnamed.
    query('SELECT $1::bigint');
    expect(query('SELECT $1::bigint')).toBeUndefined();
  });
});

describe.runIf(env.databaseUrl)('prepared statements on PostgreSQL', () => {
  let owner: Db;
  let db: Db;
  beforeAll(async () => {
    owner = await createTestDb('postgres');
    const [where] = await owner.prisma.$queryRawUnsafe<{ name: string }[]>('SELECT current_database() AS name');
    const url = new URL(env.databaseUrl!);
    url.pathname = `/${where!.name}`;
    // One connection, so the session whose prepared statements are listed is the one that ran the statement.
    db = await createDb({ databaseUrl: url.toString(), poolSize: 1 });
  }, 120_000);
  afterAll(async () => {
    await db?.close();
    await owner?.close();
  });

  const preparedAreaReads = async () =>
    (
      await db.prisma.$queryRawUnsafe<{ name: string; statement: string }[]>(
        'SELECT name, statement FROM pg_prepared_statements',
      )
    ).filter((p) => p.statement.includes('FROM "Area" WHERE "code" ='));

  it('runs a repeated statement as a named prepared statement of its connection, with the same answer', async () => {
    const read = (code: string) =>
      db.prisma.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Area" WHERE "code" = ${code}`;
    expect(await read('WMPA')).toEqual([]);
    expect(await preparedAreaReads()).toEqual([]);
    expect(await read('GMPA')).toEqual([]);
    const prepared = await preparedAreaReads();
    expect(prepared).toHaveLength(1);
    expect(prepared[0]!.name).toMatch(/^scrutiny_/);
    // Prisma's own statements are prepared as well once repeated.
    await db.prisma.area.findMany({ where: { code: 'WMPA' } });
    await db.prisma.area.findMany({ where: { code: 'GMPA' } });
    const all = await db.prisma.$queryRawUnsafe<{ statement: string }[]>(
      'SELECT statement FROM pg_prepared_statements',
    );
    expect(all.length).toBeGreaterThanOrEqual(2);
  });

  it('runs a statement of the SQL executor as a named prepared statement from its first time', async () => {
    const byCode = sqlStatement<{ id: string }>(`SELECT "id" FROM "Area" WHERE "code" = $1 AND "id" IS NOT NULL`);
    expect(await db.sql.query(byCode, ['WMPA'])).toEqual([]);
    const prepared = await db.prisma.$queryRawUnsafe<{ name: string }[]>(
      'SELECT name FROM pg_prepared_statements WHERE statement = $1',
      byCode.text,
    );
    expect(prepared).toEqual([{ name: byCode.name }]);
    expect(byCode.name).toMatch(/^scrutiny_/);
  });
});
