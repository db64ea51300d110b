// What personal data the inspections hold: counted per inspection for the administrator's page, and found and
// exported for one person on a subject access request (recorded in the audit log).
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@scrutiny/db';
import { exportsPersonalData } from '../access/roles.ts';
import type { Viewer } from '../access/viewer.ts';
import { audit } from './audit.ts';
import { ForbiddenError } from './errors.ts';

export interface PersonalDataHeld {
  inspectionId: string;
  publishedAt: Date | null;
  /** CASE_FILES, or RECORDED_FIGURES (an inspection known only from its report: no case files to erase). */
  evidence: string;
  /** Case files not yet erased (an erased file's reference is `erased-<its id>`). */
  caseFiles: number;
  /** Answer and validation comments and resolution notes. */
  comments: number;
  /** Rows of uploaded case lists. */
  caseListRows: number;
}

/** Every inspection with what it holds, in one statement. */
export function personalDataHeld(prisma: PrismaClient): Promise<PersonalDataHeld[]> {
  return prisma.$queryRaw<PersonalDataHeld[]>`
    SELECT i."id" AS "inspectionId", i."publishedAt", i."evidence"::text AS "evidence",
      (SELECT count(*)::int FROM "CaseFile" cf
        WHERE cf."inspectionId" = i."id" AND cf."reference" <> 'erased-' || cf."id") AS "caseFiles",
      (SELECT count(*)::int FROM "Answer" a JOIN "CaseFile" cf ON cf."id" = a."caseFileId"
        WHERE cf."inspectionId" = i."id" AND a."comment" IS NOT NULL)
      + (SELECT count(*)::int FROM "Validation" v JOIN "CaseFile" cf ON cf."id" = v."caseFileId"
        WHERE cf."inspectionId" = i."id" AND (v."comment" IS NOT NULL OR v."resolutionNote" IS NOT NULL)) AS "comments",
      (SELECT count(*)::int FROM "CaseCandidate" c WHERE c."inspectionId" = i."id") AS "caseListRows"
    FROM "Inspection" i JOIN "Area" ar ON ar."id" = i."areaId"
    ORDER BY ar."name", i."year" DESC, i."id"`;
}

interface ExportedInspection {
  id: string;
  title: string;
  year: number;
  area: string;
}

export interface PersonalDataDocument {
  personIdentifier: string;
  exportedAt: string;
  caseFiles: {
    id: string;
    inspection: ExportedInspection;
    reference: string;
    officer: string | null;
    facts: unknown;
    status: string;
    sampleRole: string;
    replacedReason: string | null;
    answers: { measureKey: string; value: string; reason: string | null; comment: string | null; updatedAt: string }[];
    validations: {
      measureKey: string;
      value: string;
      reason: string | null;
      comment: string | null;
      resolvedValue: string | null;
      resolutionNote: string | null;
    }[];
  }[];
  caseListRows: {
    inspection: ExportedInspection;
    row: number;
    reference: string;
    person: string;
    officer: string | null;
    facts: unknown;
    eligible: boolean;
    ineligibleReason: string | null;
  }[];
}

const inspectionSelect = { id: true, title: true, year: true, area: { select: { name: true } } } as const;
const exported = (i: { id: string; title: string; year: number; area: { name: string } }): ExportedInspection => ({
  id: i.id,
  title: i.title,
  year: i.year,
  area: i.area.name,
});

/**
 * Every case file that names the person (as its reference, its officer, the person of its case list row, or in a
 * comment), and every case list row naming them, in the inspections not yet erased.
 */
export async function exportPersonalData(prisma: PrismaClient, viewer: Viewer, personIdentifier: string) {
  if (!exportsPersonalData(viewer)) throw new ForbiddenError('Only an information manager exports a person’s data.');
  const matches = await prisma.$queryRaw<{ id: string }[]>`
    SELECT cf."id" FROM "CaseFile" cf
    WHERE NOT EXISTS (SELECT 1 FROM "ErasureRecord" r WHERE r."inspectionId" = cf."inspectionId")
      AND (cf."reference" = ${personIdentifier} OR cf."officer" = ${personIdentifier}
        OR cf."facts"->>'reference' = ${personIdentifier}
        OR EXISTS (SELECT 1 FROM "CaseCandidate" c WHERE c."inspectionId" = cf."inspectionId"
          AND c."reference" = cf."reference" AND c."person" = ${personIdentifier})
        OR EXISTS (SELECT 1 FROM "Answer" a WHERE a."caseFileId" = cf."id"
          AND strpos(lower(a."comment"), lower(${personIdentifier})) > 0)
        OR EXISTS (SELECT 1 FROM "Validation" v WHERE v."caseFileId" = cf."id"
          AND (strpos(lower(v."comment"), lower(${personIdentifier})) > 0
            OR strpos(lower(v."resolutionNote"), lower(${personIdentifier})) > 0)))`;
  const [files, rows] = await Promise.all([
    prisma.caseFile.findMany({
      where: { id: { in: matches.map((m) => m.id) } },
      orderBy: [{ inspectionId: 'asc' }, { reference: 'asc' }],
      include: {
        inspection: { select: inspectionSelect },
        answers: { orderBy: { measureKey: 'asc' } },
        validations: { orderBy: { measureKey: 'asc' } },
      },
    }),
    prisma.caseCandidate.findMany({
      where: {
        OR: [{ person: personIdentifier }, { reference: personIdentifier }, { officer: personIdentifier }],
      },
      orderBy: [{ inspectionId: 'asc' }, { row: 'asc' }],
      include: { inspection: { select: inspectionSelect } },
    }),
  ]);
  const exportedAt = new Date();
  const document: PersonalDataDocument = {
    personIdentifier,
    exportedAt: exportedAt.toISOString(),
    caseFiles: files.map((f) => ({
      id: f.id,
      inspection: exported(f.inspection),
      reference: f.reference,
      officer: f.officer,
      facts: f.facts,
      status: f.status,
      sampleRole: f.sampleRole,
      replacedReason: f.replacedReason,
      answers: f.answers.map((a) => ({
        measureKey: a.measureKey,
        value: a.value,
        reason: a.reason,
        comment: a.comment,
        updatedAt: a.updatedAt.toISOString(),
      })),
      validations: f.validations.map((v) => ({
        measureKey: v.measureKey,
        value: v.value,
        reason: v.reason,
        comment: v.comment,
        resolvedValue: v.resolvedValue,
        resolutionNote: v.resolutionNote,
      })),
    })),
    caseListRows: rows.map((r) => ({
      inspection: exported(r.inspection),
      row: r.row,
      reference: r.reference,
      person: r.person,
      officer: r.officer,
      facts: r.facts,
      eligible: r.eligible,
      ineligibleReason: r.ineligibleReason,
    })),
  };
  // Who exported which case files, in each inspection's own log; the identifier itself is not written there.
  const byInspection = new Map<string, { caseFiles: string[]; caseListRows: number }>();
  for (const f of files) {
    const entry = byInspection.get(f.inspectionId) ?? { caseFiles: [], caseListRows: 0 };
    entry.caseFiles.push(f.id);
    byInspection.set(f.inspectionId, entry);
  }
  for (const r of rows) {
    const entry = byInspection.get(r.inspectionId) ?? { caseFiles: [], caseListRows: 0 };
    entry.caseListRows += 1;
    byInspection.set(r.inspectionId, entry);
  }
  const exportId = randomUUID();
  await prisma.$transaction(async (tx) => {
    if (byInspection.size === 0)
      await audit(tx, viewer, {
        action: 'personalData.export',
        entity: 'PersonalDataExport',
        entityId: exportId,
        after: { caseFiles: [], caseListRows: 0 },
      });
    for (const [inspectionId, found] of byInspection)
      await audit(tx, viewer, {
        action: 'personalData.export',
        entity: 'PersonalDataExport',
        entityId: exportId,
        inspectionId,
        after: found,
      });
  });
  return { personIdentifier, exportedAt, document };
}
