// Personal data held only as long as it is needed: an inspection's case-level personal data is erased a set number
// of months after publication (the job below), or earlier by a chief inspector with a reason. The figures stay: a
// published inspection's are frozen in PublishedReport, and what the framework's rules read of the facts is kept.
import { factsNeededBy } from '@scrutiny/domain';
import { eraseInspectionData, type ErasureCounts, type Prisma, type PrismaClient } from '@scrutiny/db';
import { erasesPersonalDataEarly } from '../access/roles.ts';
import type { Viewer } from '../access/viewer.ts';
import { ForbiddenError, InvalidStateError, NotFoundError } from './errors.ts';
import type { FrameworkRegistry } from '../plugins/framework-registry.ts';
import { audit } from './audit.ts';

/** The advisory lock the erasure job runs under, so that of several API processes one runs it at a time. */
export const RETENTION_JOB_LOCK = 72707421;

/** What stays of an inspection once its personal data is erased (shown on the inspection). */
export const AFTER_ERASURE_REMAINS =
  'The published figures and report, findings, good practice and recommendations, the answers on each case file ' +
  '(without comments) and the case facts the framework needs to count them, and the audit log of who did what ' +
  '(without the personal values it carried).';

/** The kinds of personal data erased, in the words the record and the admin page use. */
export const ERASED_KINDS: Record<keyof ErasureCounts, string> = {
  caseFiles: 'case files (references, officers, facts the figures do not need)',
  answerComments: 'answer comments',
  validationComments: 'validation comments and resolution notes',
  evidenceTexts: 'evidence descriptions',
  meetingNotes: 'meeting notes',
  caseListRows: 'rows of uploaded case lists',
  auditEvents: 'audit events whose personal values were erased',
};

/** When an inspection published at `publishedAt` is due for erasure: `months` calendar months later (UTC). */
export function erasureDueAt(publishedAt: Date, months: number): Date {
  const due = new Date(publishedAt);
  const day = due.getUTCDate();
  due.setUTCDate(1);
  due.setUTCMonth(due.getUTCMonth() + months);
  // 31 August + 6 months is the last day of February, not 3 March.
  const lastDay = new Date(Date.UTC(due.getUTCFullYear(), due.getUTCMonth() + 1, 0)).getUTCDate();
  due.setUTCDate(Math.min(day, lastDay));
  return due;
}

/** A publication date no inspection due at `now` is later than (generous: the exact check follows). */
function publishedNoLaterThan(now: Date, months: number): Date {
  const limit = new Date(now);
  limit.setUTCDate(1);
  limit.setUTCMonth(limit.getUTCMonth() - months);
  // From the first of the month back, plus a month and a day: covers every day a month's end is clamped to.
  return new Date(limit.getTime() + 32 * 24 * 60 * 60 * 1000);
}

export type ErasureBy =
  | { trigger: 'RETENTION_RULE'; retentionMonths: number }
  | { trigger: 'CHIEF_INSPECTOR'; viewer: Viewer; reason: string };

type Tx = Prisma.TransactionClient;

/** Erases one published inspection's personal data inside `tx` and records it; refuses what was erased already. */
async function eraseIn(tx: Tx, frameworks: FrameworkRegistry, inspectionId: string, by: ErasureBy) {
  // The row lock makes a chief inspector's erasure and the job's wait for each other; the record's unique
  // inspection id would refuse the second anyway.
  const [inspection] = await tx.$queryRaw<{ id: string; status: string; title: string; frameworkId: string }[]>`
    SELECT "id", "status"::text AS "status", "title", "frameworkId" FROM "Inspection" WHERE "id" = ${inspectionId} FOR UPDATE`;
  if (!inspection) throw new NotFoundError('The inspection');
  if (inspection.status !== 'PUBLISHED')
    throw new InvalidStateError('Only a published inspection can have its personal data erased.');
  if (await tx.erasureRecord.findUnique({ where: { inspectionId }, select: { id: true } }))
    throw new InvalidStateError("This inspection's personal data has already been erased.");
  const keptFacts = factsNeededBy(await frameworks.definition(inspection.frameworkId));
  const counts = await eraseInspectionData(
    { query: <Row extends object>(sql: string, params: unknown[] = []) => tx.$queryRawUnsafe<Row[]>(sql, ...params) },
    inspectionId,
    keptFacts,
  );
  const viewer = by.trigger === 'CHIEF_INSPECTOR' ? by.viewer : null;
  const record = await tx.erasureRecord.create({
    data: {
      inspectionId,
      inspectionTitle: inspection.title,
      trigger: by.trigger,
      erasedById: viewer?.id ?? null,
      erasedByName: viewer?.name ?? null,
      reason: by.trigger === 'CHIEF_INSPECTOR' ? by.reason : null,
      retentionMonths: by.trigger === 'RETENTION_RULE' ? by.retentionMonths : null,
      keptFacts: { ...keptFacts },
      counts: { ...counts },
    },
  });
  await audit(tx, viewer, {
    action: 'inspection.erasePersonalData',
    entity: 'Inspection',
    entityId: inspectionId,
    inspectionId,
    after: {
      trigger: by.trigger,
      reason: by.trigger === 'CHIEF_INSPECTOR' ? by.reason : null,
      counts,
      erasureRecord: record.id,
    },
  });
  return record;
}

// Erasing rewrites every case file, answer comment and audit event of the inspection: more than Prisma's 5 s default.
const ERASURE_TRANSACTION = { timeout: 120_000, maxWait: 30_000 };

/** A chief inspector erases a published inspection's personal data before its date, with a reason. */
export function erasePersonalDataNow(
  prisma: PrismaClient,
  frameworks: FrameworkRegistry,
  viewer: Viewer,
  inspectionId: string,
  reason: string,
) {
  if (!erasesPersonalDataEarly(viewer))
    throw new ForbiddenError('Only a chief inspector erases personal data before its date.');
  return prisma.$transaction(
    (tx) => eraseIn(tx, frameworks, inspectionId, { trigger: 'CHIEF_INSPECTOR', viewer, reason }),
    ERASURE_TRANSACTION,
  );
}

export interface RetentionRun {
  /** False when another process held the job's lock: it was running there. */
  ran: boolean;
  erased: string[];
}

/**
 * The scheduled job: erases every published inspection of case files whose date has come. It runs under a
 * transaction-scoped advisory lock taken without waiting, so of several processes one runs it and the others skip;
 * whoever runs next reads what the last run committed and finds nothing left to do.
 */
export function eraseDueInspections(
  prisma: PrismaClient,
  frameworks: FrameworkRegistry,
  retentionMonths: number,
  now: Date = new Date(),
): Promise<RetentionRun> {
  return prisma.$transaction(async (tx) => {
    const [lock] = await tx.$queryRaw<
      { locked: boolean }[]
    >`SELECT pg_try_advisory_xact_lock(${RETENTION_JOB_LOCK}) AS "locked"`;
    if (!lock?.locked) return { ran: false, erased: [] };
    const done = new Set(
      (await tx.erasureRecord.findMany({ select: { inspectionId: true } })).map((r) => r.inspectionId),
    );
    const candidates = await tx.inspection.findMany({
      where: {
        status: 'PUBLISHED',
        evidence: 'CASE_FILES',
        publishedAt: { lte: publishedNoLaterThan(now, retentionMonths) },
      },
      select: { id: true, publishedAt: true },
      orderBy: { publishedAt: 'asc' },
    });
    const due = candidates.filter(
      (c) => !done.has(c.id) && c.publishedAt && erasureDueAt(c.publishedAt, retentionMonths) <= now,
    );
    const erased: string[] = [];
    for (const inspection of due)
      try {
        await eraseIn(tx, frameworks, inspection.id, { trigger: 'RETENTION_RULE', retentionMonths });
        erased.push(inspection.id);
      } catch (error) {
        // A chief inspector erased it meanwhile (the job waited on its row): nothing is left to do. No statement
        // failed, so the transaction goes on with the others.
        if (!(error instanceof InvalidStateError)) throw error;
      }
    return { ran: true, erased };
  }, ERASURE_TRANSACTION);
}
