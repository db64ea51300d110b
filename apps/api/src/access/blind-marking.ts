// Blind second marking, the one rule: an inspector second-marking a case file, until they compare, may read
// nothing of its answers, however they ask (the file's answers and questions, an answer by its id, the audit log
// and its CSV, a save's reply, a live event). Every path that hands out an answer or its history asks here.
import type { Prisma, PrismaClient } from '@scrutiny/db';
import type { Viewer } from './viewer.ts';

/** The viewer's own markings not yet compared: while one exists on a file, the file's answers are hidden from them. */
function openMarkingsOf(viewer: Viewer): Prisma.ValidationWhereInput {
  return { inspectorId: viewer.id, comparedAt: null };
}

/** Assessors never second-mark (recordValidation is for the team's inspectors), so no lookup is needed for them. */
function neverMarks(viewer: Viewer | null): viewer is null {
  return !viewer || viewer.role === 'AREA_ASSESSOR';
}

/** The answers this viewer may read of the files they may read, as a database filter. */
export function answersVisibleTo(viewer: Viewer | null): Prisma.AnswerWhereInput {
  if (neverMarks(viewer)) return {};
  return { caseFile: { validations: { none: openMarkingsOf(viewer) } } };
}

/** Whether the viewer is second-marking this file blind (so may neither read nor write its answers). */
export async function isMarkingBlind(
  prisma: PrismaClient,
  viewer: Viewer | null,
  caseFileId: string,
): Promise<boolean> {
  if (neverMarks(viewer)) return false;
  const open = await prisma.validation.findFirst({
    where: { caseFileId, ...openMarkingsOf(viewer) },
    select: { id: true },
  });
  return open !== null;
}

/**
 * The audit events of one inspection this viewer may read: none about an answer of a file they are marking blind
 * (its `before` and `after` are the assessor's answer). Audit events name the record they changed, not its file,
 * so the hidden answers are looked up first (one statement, only for people who mark).
 */
export async function auditEventsVisibleTo(
  prisma: PrismaClient,
  viewer: Viewer | null,
  inspectionId: string,
): Promise<Prisma.AuditEventWhereInput> {
  if (neverMarks(viewer)) return {};
  const hidden = await prisma.answer.findMany({
    where: { caseFile: { inspectionId, validations: { some: openMarkingsOf(viewer) } } },
    select: { id: true },
  });
  if (hidden.length === 0) return {};
  return { NOT: { entity: 'Answer', entityId: { in: hidden.map((a) => a.id) } } };
}

/**
 * Per request: the files the viewer is marking blind, looked up once (and only if an answer is reached some way
 * other than through its file's filtered list), so a page of answers costs one statement, not one per answer.
 */
export class BlindMarking {
  private files: Promise<Set<string>> | null = null;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly viewer: Viewer | null,
  ) {}

  /** Whether this file's answers are hidden from the viewer. */
  async hidesAnswersOf(caseFileId: string): Promise<boolean> {
    const viewer = this.viewer;
    if (neverMarks(viewer)) return false;
    this.files ??= this.prisma.validation
      .findMany({ where: openMarkingsOf(viewer), select: { caseFileId: true }, distinct: ['caseFileId'] })
      .then((rows) => new Set(rows.map((r) => r.caseFileId)));
    return (await this.files).has(caseFileId);
  }
}
