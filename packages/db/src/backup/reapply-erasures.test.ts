// A restore keeps the erasures the database records: a backup taken before an erasure, restored after it, brings
// back none of the erased data, and the record of the erasure is still there.
import { describe, expect, it } from 'vitest';
import type { Db } from '../create-db.ts';
import { eraseInspectionData } from '../erasure/erase-inspection.ts';
import { createTestDb, testDatabaseKinds } from '../testing.ts';
import { restoreBackup, takeBackup } from './backup.ts';

const KEPT = { facts: ['riskOfHarm'], flags: ['significantIncident'], dates: ['start'], reviewDates: false };

async function inspectionWithCaseFile(db: Db) {
  const area = await db.prisma.area.create({ data: { code: 'WMPA', name: 'West Midlands', region: 'West Midlands' } });
  const framework = await db.prisma.framework.create({
    data: { key: 'esi', version: '2005', title: 'ESI', definition: {} },
  });
  const user = await db.prisma.user.create({
    data: { email: 'a@example.org', name: 'Assessor', passwordHash: 'x', role: 'AREA_ASSESSOR' },
  });
  const inspection = await db.prisma.inspection.create({
    data: {
      areaId: area.id,
      frameworkId: framework.id,
      kind: 'FULL',
      year: 2005,
      title: 'ESI 2005',
      status: 'PUBLISHED',
    },
  });
  const file = await db.prisma.caseFile.create({
    data: {
      inspectionId: inspection.id,
      reference: 'WM05-777',
      officer: 'Officer Tabitha Venn',
      riskOfHarm: 'HIGH',
      facts: {
        reference: 'WM05-777',
        orderType: 'CO',
        riskOfHarm: 'HIGH',
        mappaCategory: 2,
        mappaLevel: 1,
        district: 'Solihull',
        sex: 'FEMALE',
        dates: { start: '2005-01-03', initialAssessment: '2005-01-09' },
        reviewDates: ['2005-03-01'],
        flags: { significantIncident: true, childProtectionConcerns: true },
      },
      answers: { create: { measureKey: 'B1', value: 'YES', comment: 'Spoke to Mrs Venn', answeredById: user.id } },
    },
  });
  return { inspection, file };
}

async function withSession<T>(db: Db, work: (session: Awaited<ReturnType<Db['sqlSession']>>) => Promise<T>) {
  const session = await db.sqlSession();
  try {
    return await work(session);
  } finally {
    await session.close();
  }
}

describe.each(testDatabaseKinds)('erasures and restore on %s', (kind) => {
  it('keeps what the framework reads, and a restore of an older backup erases again', async () => {
    const db = await createTestDb(kind);
    try {
      const { inspection, file } = await inspectionWithCaseFile(db);
      const backup = JSON.parse(JSON.stringify(await withSession(db, (s) => takeBackup(s)))) as Awaited<
        ReturnType<typeof takeBackup>
      >;

      const counts = await withSession(db, (s) =>
        s.transaction(async (tx) => {
          const erased = await eraseInspectionData(tx, inspection.id, KEPT);
          await tx.query(
            `INSERT INTO "ErasureRecord" ("id", "inspectionId", "inspectionTitle", "trigger", "keptFacts", "counts")
             VALUES ('record-1', $1, 'ESI 2005', 'RETENTION_RULE', $2::jsonb, $3::jsonb)`,
            [inspection.id, JSON.stringify(KEPT), JSON.stringify(erased)],
          );
          return erased;
        }),
      );
      expect(counts).toMatchObject({ caseFiles: 1, answerComments: 1 });
      const erased = await db.prisma.caseFile.findUniqueOrThrow({ where: { id: file.id }, include: { answers: true } });
      expect(erased).toMatchObject({ reference: `erased-${file.id}`, officer: null, riskOfHarm: 'HIGH' });
      expect(erased.facts).toEqual({
        reference: `erased-${file.id}`,
        orderType: 'ERASED',
        riskOfHarm: 'HIGH',
        mappaCategory: null,
        mappaLevel: null,
        district: null,
        sex: null,
        dates: { start: '2005-01-03' },
        reviewDates: [],
        flags: { significantIncident: true },
      });
      expect(erased.answers[0]).toMatchObject({ value: 'YES', comment: null });

      await withSession(db, (s) => restoreBackup(s, backup));
      const restored = await db.prisma.caseFile.findUniqueOrThrow({
        where: { id: file.id },
        include: { answers: true },
      });
      expect(restored.facts).toEqual(erased.facts);
      expect(restored).toMatchObject({ reference: erased.reference, officer: null });
      expect(restored.answers[0]!.comment).toBeNull();
      expect(await db.prisma.erasureRecord.findMany({ select: { id: true } })).toEqual([{ id: 'record-1' }]);
    } finally {
      await db.close();
    }
  }, 60_000);
});
