import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseFileStatus, createDb, InspectionKind, RiskOfHarm, type Db } from './index.ts';
import { createTestDb, testDatabaseKinds } from './testing.ts';

describe.each(testDatabaseKinds)('the Prisma client on %s', (kind) => {
  let db: Db;
  beforeAll(async () => {
    db = await createTestDb(kind);
  });
  afterAll(() => db.close());

  async function westMidlandsFollowUp() {
    const area = await db.prisma.area.create({
      data: { code: `WMPA-${Math.random()}`, name: 'West Midlands Probation Area', region: 'West Midlands' },
    });
    const framework = await db.prisma.framework.upsert({
      where: { key_version: { key: 'esi', version: '2005' } },
      update: {},
      create: { key: 'esi', version: '2005', title: 'Effective Supervision Inspection', definition: { criteria: [] } },
    });
    return db.prisma.inspection.create({
      data: {
        areaId: area.id,
        frameworkId: framework.id,
        kind: InspectionKind.FOLLOW_UP,
        year: 2005,
        title: 'ESI follow-up: West Midlands',
      },
    });
  }

  it('reports which kind of database it is', () => {
    expect(db.kind).toBe(kind);
  });

  it('reads back what it wrote, JSON and enums included', async () => {
    const inspection = await westMidlandsFollowUp();
    // From the reference report: "95% of cases (100% of high-risk cases) had an initial risk of harm assessment".
    await db.prisma.recordedResult.createMany({
      data: [
        { inspectionId: inspection.id, kind: 'MEASURE', key: 'B1.initial-assessment-done', percentage: 95 },
        {
          inspectionId: inspection.id,
          kind: 'MEASURE',
          key: 'B1.initial-assessment-done',
          subsample: 'HIGH_RISK',
          percentage: 100,
          source: '95% of cases (100% of high-risk cases) had an initial risk of harm assessment',
        },
      ],
    });
    await db.prisma.caseFile.create({
      data: {
        inspectionId: inspection.id,
        reference: 'C-001',
        facts: { riskOfHarm: 'HIGH', order: 'community' },
        riskOfHarm: RiskOfHarm.HIGH,
      },
    });

    const read = await db.prisma.inspection.findUniqueOrThrow({
      where: { id: inspection.id },
      include: { recordedResults: { orderBy: { subsample: 'asc' } }, caseFiles: true },
    });
    expect(read.recordedResults.map((figure) => [figure.subsample, figure.percentage])).toEqual([
      ['ALL', 95],
      ['HIGH_RISK', 100],
    ]);
    expect(read.caseFiles[0]).toMatchObject({
      facts: { riskOfHarm: 'HIGH', order: 'community' },
      riskOfHarm: 'HIGH',
      status: CaseFileStatus.UNASSIGNED,
      sampleRole: 'SAMPLE',
    });
  });

  it('refuses a second case file with the same reference in one inspection', async () => {
    const inspection = await westMidlandsFollowUp();
    const caseFile = { inspectionId: inspection.id, reference: 'C-002', facts: {}, riskOfHarm: RiskOfHarm.LOW };
    await db.prisma.caseFile.create({ data: caseFile });
    await expect(db.prisma.caseFile.create({ data: caseFile })).rejects.toMatchObject({ code: 'P2002' });
  });

  it('commits an interactive transaction as a whole', async () => {
    const inspection = await westMidlandsFollowUp();
    await db.prisma.$transaction(async (tx) => {
      const recommendation = await tx.recommendation.create({
        data: { inspectionId: inspection.id, number: 1, text: 'strategic probation involvement in MAPPA is increased' },
      });
      await tx.recommendationFollowUp.create({
        data: { recommendationId: recommendation.id, inspectionId: inspection.id, judgement: 'REASONABLE_PROGRESS' },
      });
    });
    const followUps = await db.prisma.recommendationFollowUp.findMany({ where: { inspectionId: inspection.id } });
    expect(followUps.map((followUp) => followUp.judgement)).toEqual(['REASONABLE_PROGRESS']);
  });

  it('rolls an interactive transaction back entirely when it fails', async () => {
    const inspection = await westMidlandsFollowUp();
    const attempt = db.prisma.$transaction(async (tx) => {
      await tx.recommendation.create({
        data: { inspectionId: inspection.id, number: 1, text: 'kept only if all succeed' },
      });
      await tx.recommendation.create({
        data: { inspectionId: inspection.id, number: 1, text: 'same number: refused' },
      });
    });
    await expect(attempt).rejects.toMatchObject({ code: 'P2002' });
    expect(await db.prisma.recommendation.count({ where: { inspectionId: inspection.id } })).toBe(0);
  });

  it('tells listeners every SQL statement, inside transactions too, until they stop listening', async () => {
    const inspection = await westMidlandsFollowUp();
    const statements: string[] = [];
    const stop = db.onQuery((sql) => statements.push(sql));

    await db.prisma.inspection.findMany({ where: { id: inspection.id }, include: { caseFiles: true, area: true } });
    const afterRead = statements.length;
    await db.prisma.$transaction(async (tx) => {
      await tx.reportText.create({
        data: { inspectionId: inspection.id, section: 'SUMMARY', text: 'Some improvement.' },
      });
    });
    stop();
    const whenStopped = statements.length;
    await db.prisma.area.count();

    expect(afterRead).toBeGreaterThan(0);
    expect(statements.slice(afterRead).some((sql) => /^INSERT INTO .*"ReportText"/.test(sql))).toBe(true);
    expect(statements).toHaveLength(whenStopped);
  });
});

describe('the embedded database in a data folder', () => {
  it('creates the folder and its parents on a fresh machine, and keeps what was saved across a restart', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const root = mkdtempSync(join(tmpdir(), 'scrutiny-datadir-'));
    const dataDir = join(root, 'not', 'yet', 'there');
    try {
      const first = await createDb({ dataDir });
      await first.migrate();
      await first.prisma.comparisonGroup.create({
        data: { key: 'metropolitan', name: 'Metropolitan', description: 'Large urban areas' },
      });
      await first.close();
      const second = await createDb({ dataDir });
      expect(await second.migrate()).toEqual({ applied: [] });
      expect(await second.prisma.comparisonGroup.count()).toBe(1);
      await second.close();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
