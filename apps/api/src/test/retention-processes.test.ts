// Two API processes as production runs them, one PostgreSQL database, the erasure job due in both (retention of 0
// months, so every published inspection of case files is due at once): each inspection is erased once. Runs where
// DATABASE_URL is set (CI's PostgreSQL pass); skipped otherwise.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@scrutiny/db';
import { createPostgresTestDbAs } from '@scrutiny/db/testing';
import { createApp, type ScrutinyApp } from '../app.ts';
import { readConfig } from '../env.ts';
import { seedReferenceData } from '../seed/seed-reference.ts';
import { referenceSeed } from '../seed/reference-seed.ts';
import { startApiProcess, type ApiProcess } from '../testing/api-process.ts';

const { databaseUrl } = readConfig();

describe.skipIf(!databaseUrl)('the erasure job in two API processes', () => {
  let db: Db | undefined;
  let seeder: ScrutinyApp | undefined;
  let processes: ApiProcess[] = [];
  let due: string[] = [];

  beforeAll(async () => {
    db = await createPostgresTestDbAs('scrutiny_app_test');
    seeder = await createApp({ ...readConfig({ SCRUTINY_LOG_LEVEL: 'silent' }), apps: [] }, { db });
    const seed = referenceSeed();
    await seedReferenceData(db.prisma, seeder.services.frameworks, {
      ...seed,
      inspections: seed.inspections.filter((i) => i.areaCode === 'WMPA'),
    });
    due = (
      await db.prisma.inspection.findMany({
        where: { status: 'PUBLISHED', evidence: 'CASE_FILES' },
        select: { id: true },
      })
    ).map((i) => i.id);
    const [where] = await db.prisma.$queryRawUnsafe<{ name: string; role: string }[]>(
      'SELECT current_database() AS name, current_user AS role',
    );
    const url = new URL(databaseUrl!);
    url.pathname = `/${where!.name}`;
    url.username = where!.role;
    url.password = '';
    const env = {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: url.toString(),
      REDIS_URL: '',
      SCRUTINY_LOG_LEVEL: 'info',
      SCRUTINY_SECURE_COOKIES: 'false',
      SCRUTINY_RETENTION_MONTHS: '0',
      SCRUTINY_ERASURE_JOB_MINUTES: '1',
    };
    // Started together, both run the job for the first time at about the same moment.
    processes = await Promise.all([startApiProcess(env), startApiProcess(env)]);
  }, 240_000);

  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop()));
    await (seeder ? seeder.close() : db?.close());
  }, 60_000);

  it('erases each due inspection once', async () => {
    expect(due.length).toBeGreaterThan(0);
    const prisma = db!.prisma;
    const until = Date.now() + 120_000;
    while (Date.now() < until && (await prisma.erasureRecord.count()) < due.length)
      await new Promise((resolve) => setTimeout(resolve, 500));
    // Both processes' first runs are over by now (a run that found the lock taken skips at once).
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const records = await prisma.erasureRecord.findMany({ select: { inspectionId: true, trigger: true } });
    expect(records.map((r) => r.inspectionId).sort()).toEqual([...due].sort());
    expect(records.every((r) => r.trigger === 'RETENTION_RULE')).toBe(true);
    expect(await prisma.auditEvent.count({ where: { action: 'inspection.erasePersonalData' } })).toBe(due.length);
    const logs = processes.map((p) => p.output());
    expect(logs.filter((log) => log.includes('personal data erased under the retention rule')).length).toBe(1);
  }, 180_000);
});
