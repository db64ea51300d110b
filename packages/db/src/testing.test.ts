import { afterAll, describe, expect, it } from 'vitest';
import type { Db } from './index.ts';
import { createTestDb, testDatabaseKinds } from './testing.ts';

describe.each(testDatabaseKinds)('test databases on %s', (kind) => {
  const opened: Db[] = [];
  afterAll(() => Promise.all(opened.map((db) => db.close())));

  async function open(): Promise<Db> {
    const db = await createTestDb(kind);
    opened.push(db);
    return db;
  }

  it('come migrated, empty and separate from each other', async () => {
    const first = await open();
    const second = await open();

    expect(await first.migrate()).toEqual({ applied: [] });
    await first.prisma.comparisonGroup.create({
      data: { key: 'metropolitan', name: 'Metropolitan areas', description: '' },
    });

    expect(await first.prisma.comparisonGroup.count()).toBe(1);
    expect(await second.prisma.comparisonGroup.count()).toBe(0);
  });
});
