// The area's case list: read (nothing written), then imported as candidates, then sampled into case files.
import {
  caseListFromRows,
  drawSample,
  parseCaseListCsv,
  SampleError,
  type CaseCandidate,
  type CaseFacts,
  type CaseListParse,
} from '@scrutiny/domain';
import type { Prisma, PrismaClient } from '@scrutiny/db';
import type { Viewer } from '../access/viewer.ts';
import { InvalidInputError, InvalidStateError } from './errors.ts';
import { audit } from './audit.ts';
import { readWorkbookRows } from './case-list-xlsx.ts';

const MAX_CASE_LIST_BYTES = 5 * 1024 * 1024;

/** The sample may change while the inspection is planned or in fieldwork; once fieldwork ends it is fixed. */
const SAMPLE_OPEN: ReadonlySet<string> = new Set(['PLANNED', 'FIELDWORK']);

/**
 * Refuses a change to the case list or the sample once fieldwork has ended. Inside a transaction the inspection's
 * row is locked (FOR UPDATE), so a move out of fieldwork waits for this change or this change sees the move.
 */
async function checkSampleOpen(db: Prisma.TransactionClient | PrismaClient, inspectionId: string, lock = false) {
  const rows = lock
    ? await db.$queryRaw<
        { status: string }[]
      >`SELECT status::text AS status FROM "Inspection" WHERE id = ${inspectionId} FOR UPDATE`
    : await db.inspection.findMany({ where: { id: inspectionId }, select: { status: true } });
  const status = rows[0]?.status;
  if (status === undefined) throw new InvalidStateError('The inspection no longer exists.');
  if (!SAMPLE_OPEN.has(status))
    throw new InvalidStateError(
      `The sample is fixed once fieldwork ends: the inspection is ${status.toLowerCase().replaceAll('_', ' ')}, so its case list and sample can no longer change.`,
    );
}

/** The case list as the area supplied it: CSV text, or an XLSX workbook encoded in base64. */
export interface CaseListFile {
  format: 'CSV' | 'XLSX';
  content: string;
}

/** Reads a case list, whatever its format, through the domain's one parser; writes nothing. */
export async function readCaseList(file: CaseListFile): Promise<CaseListParse> {
  // Base64 is a third longer than the bytes it encodes.
  const limit = file.format === 'XLSX' ? Math.ceil((MAX_CASE_LIST_BYTES * 4) / 3) + 4 : MAX_CASE_LIST_BYTES;
  if (file.content.length > limit) throw new InvalidInputError('The case list is larger than 5 MB.');
  if (file.format === 'XLSX') return caseListFromRows(await readWorkbookRows(file.content));
  return parseCaseListCsv(file.content);
}

/** Imports the readable rows of a case list, replacing any earlier import; refuses while any row is unreadable unless told to skip them. */
export async function importCaseList(
  prisma: PrismaClient,
  viewer: Viewer,
  inspectionId: string,
  file: CaseListFile,
  skipUnreadableRows: boolean,
) {
  // Checked before reading the file (no work for a refused import) and again, locked, where it is written.
  await checkSampleOpen(prisma, inspectionId);
  const parsed = await readCaseList(file);
  if (parsed.problems.length > 0 && !skipUnreadableRows)
    throw new InvalidInputError(
      `The case list has ${parsed.problems.length} row(s) that cannot be read; nothing was imported.`,
      parsed.problems.map((p) => ({ path: `row ${p.row}${p.column ? `, ${p.column}` : ''}`, message: p.message })),
    );
  if (parsed.candidates.length === 0)
    throw new InvalidInputError('The case list has no readable rows; nothing was imported.');
  return prisma.$transaction(async (tx) => {
    await checkSampleOpen(tx, inspectionId, true);
    const drawn = await tx.caseFile.count({ where: { inspectionId } });
    if (drawn > 0)
      throw new InvalidStateError('The sample has already been drawn; the case list can no longer be replaced.');
    await tx.caseCandidate.deleteMany({ where: { inspectionId } });
    await tx.caseCandidate.createMany({
      data: parsed.candidates.map((c, index) => ({
        inspectionId,
        reference: c.reference,
        person: c.person,
        officer: c.officer,
        facts: c.facts as unknown as Prisma.InputJsonValue,
        eligible: c.eligible,
        ineligibleReason: c.ineligibleReason ?? null,
        row: index + 2,
      })),
    });
    await audit(tx, viewer, {
      action: 'caseList.import',
      entity: 'Inspection',
      entityId: inspectionId,
      inspectionId,
      after: { rows: parsed.candidates.length, skipped: parsed.problems.length },
    });
    return { imported: parsed.candidates.length, skipped: parsed.problems.length };
  });
}

export interface DrawOptions {
  seed: string;
  size: number;
  highRiskSize?: number | null;
  reserveShare?: number | null;
  maxPerOfficer?: number | null;
}

/** Draws the seeded, stratified sample from the imported case list and creates its case files (sample and reserve). */
export async function drawCaseSample(prisma: PrismaClient, viewer: Viewer, inspectionId: string, options: DrawOptions) {
  await checkSampleOpen(prisma, inspectionId);
  const rows = await prisma.caseCandidate.findMany({ where: { inspectionId }, orderBy: { row: 'asc' } });
  if (rows.length === 0) throw new InvalidStateError('Import the case list before drawing the sample.');
  const population: CaseCandidate[] = rows.map((r) => ({
    reference: r.reference,
    person: r.person,
    officer: r.officer,
    eligible: r.eligible,
    ineligibleReason: r.ineligibleReason,
    facts: r.facts as unknown as CaseFacts,
  }));
  let draw;
  try {
    draw = drawSample(population, {
      seed: options.seed,
      size: options.size,
      ...(options.highRiskSize != null ? { highRiskSize: options.highRiskSize } : {}),
      ...(options.reserveShare != null ? { reserveShare: options.reserveShare } : {}),
      ...(options.maxPerOfficer != null ? { maxPerOfficer: options.maxPerOfficer } : {}),
    });
  } catch (error) {
    if (error instanceof SampleError)
      throw new InvalidInputError(error.message, [{ path: error.code, message: error.message }]);
    throw error;
  }
  return prisma.$transaction(async (tx) => {
    await checkSampleOpen(tx, inspectionId, true);
    const existing = await tx.caseFile.count({ where: { inspectionId } });
    if (existing > 0) throw new InvalidStateError('The sample has already been drawn.');
    const toRow = (c: CaseCandidate, sampleRole: 'SAMPLE' | 'RESERVE') => ({
      inspectionId,
      reference: c.reference,
      facts: c.facts as unknown as Prisma.InputJsonValue,
      riskOfHarm: c.facts.riskOfHarm,
      officer: c.officer,
      sampleRole,
    });
    await tx.caseFile.createMany({
      data: [...draw.sample.map((c) => toRow(c, 'SAMPLE')), ...draw.reserve.map((c) => toRow(c, 'RESERVE'))],
    });
    await tx.inspection.update({ where: { id: inspectionId }, data: { sampleSeed: options.seed } });
    await audit(tx, viewer, {
      action: 'sample.draw',
      entity: 'Inspection',
      entityId: inspectionId,
      inspectionId,
      after: { ...options, sample: draw.sample.length, reserve: draw.reserve.length },
    });
    return draw;
  });
}

/** Swaps an unusable sampled file for the next reserve file of the same risk group (or any reserve), with the reason recorded. */
export async function replaceCaseFile(prisma: PrismaClient, viewer: Viewer, caseFileId: string, reason: string) {
  return prisma.$transaction(async (tx) => {
    const file = await tx.caseFile.findUniqueOrThrow({ where: { id: caseFileId } });
    await checkSampleOpen(tx, file.inspectionId, true);
    if (file.sampleRole !== 'SAMPLE') throw new InvalidStateError('Only a file in the sample can be replaced.');
    const highRisk = file.riskOfHarm === 'HIGH' || file.riskOfHarm === 'VERY_HIGH';
    const reserves = await tx.caseFile.findMany({
      where: { inspectionId: file.inspectionId, sampleRole: 'RESERVE' },
      orderBy: { createdAt: 'asc' },
    });
    const sameGroup = reserves.find((r) => (r.riskOfHarm === 'HIGH' || r.riskOfHarm === 'VERY_HIGH') === highRisk);
    const replacement = sameGroup ?? reserves[0];
    if (!replacement) throw new InvalidStateError('There is no reserve file left to replace it with.');
    await tx.caseFile.update({ where: { id: file.id }, data: { sampleRole: 'REPLACED', replacedReason: reason } });
    const promoted = await tx.caseFile.update({
      where: { id: replacement.id },
      data: { sampleRole: 'SAMPLE', assessorId: file.assessorId, status: file.assessorId ? 'ASSIGNED' : 'UNASSIGNED' },
    });
    await audit(tx, viewer, {
      action: 'caseFile.replace',
      entity: 'CaseFile',
      entityId: file.id,
      inspectionId: file.inspectionId,
      after: { reason, replacement: replacement.reference },
    });
    return promoted;
  });
}
