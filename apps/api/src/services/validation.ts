// Validation (second marking): an inspector re-marks a submitted case file blind, then compares with the
// assessor's answers and resolves each disagreement. Blindness is kept here, not in the app: the assessor's
// answers enter a validation only when the inspector finishes marking and compares, and a compared marking is
// fixed, so the agreement figures compare two independent judgements and no resolution can change them.
import {
  agreementReport,
  checkSecondMarkingPlan,
  inSecondMarkingPlan,
  isFileSecondMarked,
  missingAnswers,
  questionsToSecondMark,
  readSecondMarkingPlan,
  WHOLE_SECOND_MARKING,
  type SecondMarkingPlan,
  validateAnswer,
  type CaseFacts,
  type FrameworkDefinition,
  type SecondMarkedAnswer,
} from '@scrutiny/domain';
import { Prisma, type PrismaClient, type Validation } from '@scrutiny/db';
import type { Viewer } from '../access/viewer.ts';
import { runsInspection } from '../access/checks.ts';
import { ForbiddenError, InvalidInputError, InvalidStateError, NotFoundError, UnauthenticatedError } from './errors.ts';
import type { FrameworkRegistry } from '../plugins/framework-registry.ts';
import { audit } from './audit.ts';
import { leadsByMembership } from '../access/inspection-roles.ts';

/** Inspection states in which answers, and so second markings and resolutions, may still change. */
const OPEN_FOR_VALIDATION = new Set(['PLANNED', 'FIELDWORK', 'VALIDATION']);
/** A file is second-marked once its assessor has finished with it. */
const READY_FOR_VALIDATION = new Set(['SUBMITTED', 'VALIDATED']);

export type SecondMarkingState = 'NOT_CHOSEN' | 'NOT_READY' | 'NOT_STARTED' | 'IN_PROGRESS' | 'TO_RESOLVE' | 'DONE';

export interface ValidationLike {
  measureKey: string;
  value: string;
  inspectorId: string;
  comparedAt: Date | null;
  assessorValue: string | null;
  resolvedValue: string | null;
}

/**
 * The questions the validating inspector marks on this case: those a person answers (asked by its facts and not
 * settled by its dates) that the inspection's second-marking plan chooses; none on a file the plan leaves out.
 */
export function questionsToMark(
  framework: FrameworkDefinition,
  facts: CaseFacts,
  plan: SecondMarkingPlan = WHOLE_SECOND_MARKING,
  caseFileId?: string,
): string[] {
  if (caseFileId !== undefined && !isFileSecondMarked(plan, caseFileId)) return [];
  return questionsToSecondMark(plan, missingAnswers(framework, { facts, answers: [] }));
}

/** A compared question on which the two raters differ (or the assessor gave no answer): it needs resolving. */
export function isDisagreement(validation: ValidationLike): boolean {
  return validation.comparedAt !== null && validation.assessorValue !== validation.value;
}

export interface SecondMarkingSummary {
  state: SecondMarkingState;
  questions: number;
  marked: number;
  compared: boolean;
  disagreements: number;
  unresolved: number;
}

export function summariseSecondMarking(
  framework: FrameworkDefinition,
  file: { id: string; facts: CaseFacts; status: string },
  validations: readonly ValidationLike[],
  plan: SecondMarkingPlan = WHOLE_SECOND_MARKING,
): SecondMarkingSummary {
  const toMark = new Set(questionsToMark(framework, file.facts, plan, file.id));
  const marked = validations.filter((v) => toMark.has(v.measureKey)).length;
  const compared = validations.some((v) => v.comparedAt !== null);
  const disagreements = validations.filter(isDisagreement);
  const unresolved = disagreements.filter((v) => v.resolvedValue === null).length;
  let state: SecondMarkingState;
  if (!compared && validations.length === 0 && !isFileSecondMarked(plan, file.id)) state = 'NOT_CHOSEN';
  else if (!compared && validations.length === 0)
    state = READY_FOR_VALIDATION.has(file.status) ? 'NOT_STARTED' : 'NOT_READY';
  else if (!compared) state = 'IN_PROGRESS';
  else state = unresolved > 0 ? 'TO_RESOLVE' : 'DONE';
  return { state, questions: toMark.size, marked, compared, disagreements: disagreements.length, unresolved };
}

async function fileForValidation(prisma: PrismaClient, viewer: Viewer | null, caseFileId: string) {
  if (!viewer) throw new UnauthenticatedError();
  const file = await prisma.caseFile.findUnique({
    where: { id: caseFileId },
    include: {
      inspection: { select: { frameworkId: true, status: true, secondMarkingPlan: true } },
      validations: { include: { inspector: { select: { name: true } } } },
    },
  });
  // Assessors and others outside the team learn nothing, not even that the file exists.
  if (!file || !(await runsInspection(prisma, viewer, file.inspectionId))) throw new NotFoundError('The case file');
  if (!OPEN_FOR_VALIDATION.has(file.inspection.status))
    throw new InvalidStateError(
      `Second marking can no longer change: the inspection is ${file.inspection.status.toLowerCase().replaceAll('_', ' ')}.`,
    );
  return { file, viewer };
}

export interface RecordValidationInput {
  caseFileId: string;
  measureKey: string;
  value: string;
  reason?: string | null;
  comment?: string | null;
}

/** One question of the blind second marking; may be changed freely until the inspector compares. */
export async function recordValidation(
  prisma: PrismaClient,
  frameworks: FrameworkRegistry,
  viewerOrNull: Viewer | null,
  input: RecordValidationInput,
): Promise<Validation> {
  const { file, viewer } = await fileForValidation(prisma, viewerOrNull, input.caseFileId);
  if (!READY_FOR_VALIDATION.has(file.status))
    throw new InvalidStateError('This case file has not been submitted yet: second-mark it once its assessor has.');
  if (file.validations.some((v) => v.comparedAt !== null))
    throw new InvalidStateError(
      "The second marking of this file has been compared with the assessor's answers and is fixed; resolve the disagreements instead.",
    );
  const other = file.validations.find((v) => v.inspectorId !== viewer.id);
  if (other) throw new ForbiddenError(`${other.inspector.name} is second-marking this case file.`);
  const framework = await frameworks.definition(file.inspection.frameworkId);
  const plan = readSecondMarkingPlan(file.inspection.secondMarkingPlan);
  if (!isFileSecondMarked(plan, file.id))
    throw new InvalidStateError('This case file is not among those the lead inspector chose for second marking.');
  if (!questionsToMark(framework, file.facts as unknown as CaseFacts, plan).includes(input.measureKey))
    throw new InvalidInputError('This question is not second-marked on this file.', [
      { path: 'measureKey', message: 'Not in the second-marking plan, or not asked of this file.' },
    ]);
  const reason = input.reason?.trim() || null;
  const check = validateAnswer(framework, input.measureKey, file.facts as unknown as CaseFacts, {
    measure: input.measureKey,
    value: input.value,
    reason,
  });
  if (!check.ok)
    throw new InvalidInputError(check.message, [
      { path: check.code === 'REASON_REQUIRED' ? 'reason' : 'value', message: check.message },
    ]);
  const comment = input.comment?.trim() || null;
  return prisma.$transaction(async (tx) => {
    const saved = await tx.validation.upsert({
      where: { caseFileId_measureKey: { caseFileId: file.id, measureKey: input.measureKey } },
      create: {
        caseFileId: file.id,
        measureKey: input.measureKey,
        inspectorId: viewer.id,
        value: input.value,
        reason,
        comment,
      },
      update: { value: input.value, reason, comment },
    });
    await audit(tx, viewer, {
      action: 'validation.record',
      entity: 'CaseFile',
      entityId: file.id,
      inspectionId: file.inspectionId,
      after: { measure: input.measureKey, value: input.value, reason },
    });
    return saved;
  });
}

/**
 * Ends the blind marking: every question must be marked. Takes the assessor's answers into the validations as
 * they stand now (the pairs for the agreement figures) and fixes the marking. The file becomes validated.
 */
export async function compareSecondMarking(
  prisma: PrismaClient,
  frameworks: FrameworkRegistry,
  viewerOrNull: Viewer | null,
  caseFileId: string,
): Promise<void> {
  const { file, viewer } = await fileForValidation(prisma, viewerOrNull, caseFileId);
  if (file.validations.some((v) => v.comparedAt !== null)) return; // already compared: a retry has one effect
  const other = file.validations.find((v) => v.inspectorId !== viewer.id);
  if (other) throw new ForbiddenError(`${other.inspector.name} is second-marking this case file.`);
  const framework = await frameworks.definition(file.inspection.frameworkId);
  const plan = readSecondMarkingPlan(file.inspection.secondMarkingPlan);
  if (!isFileSecondMarked(plan, file.id))
    throw new InvalidStateError('This case file is not among those the lead inspector chose for second marking.');
  const toMark = questionsToMark(framework, file.facts as unknown as CaseFacts, plan);
  const marked = new Set(file.validations.map((v) => v.measureKey));
  const missing = toMark.filter((key) => !marked.has(key));
  if (missing.length > 0)
    throw new InvalidInputError(
      `${missing.length} question(s) still need your marking before you compare.`,
      missing.map((key) => ({ path: key, message: 'Not marked yet.' })),
    );
  const now = new Date();
  await prisma.$transaction(async (tx) => {
    const answers = await tx.answer.findMany({ where: { caseFileId: file.id } });
    const byMeasure = new Map(answers.map((a) => [a.measureKey, a]));
    for (const validation of file.validations) {
      const answer = byMeasure.get(validation.measureKey);
      await tx.validation.update({
        where: { id: validation.id },
        data: { comparedAt: now, assessorValue: answer?.value ?? null, assessorReason: answer?.reason ?? null },
      });
    }
    await tx.caseFile.update({ where: { id: file.id }, data: { status: 'VALIDATED' } });
    await audit(tx, viewer, {
      action: 'validation.compare',
      entity: 'CaseFile',
      entityId: file.id,
      inspectionId: file.inspectionId,
      after: { marked: file.validations.length },
    });
  });
}

export interface ResolveValidationInput {
  validationId: string;
  value: string;
  reason?: string | null;
  note: string;
}

/**
 * Settles one compared question: the resolved value becomes the answer (a new version, unless it already is the
 * answer). The validation keeps both raters' answers, so the agreement figures do not move.
 */
export async function resolveValidation(
  prisma: PrismaClient,
  frameworks: FrameworkRegistry,
  viewerOrNull: Viewer | null,
  input: ResolveValidationInput,
): Promise<Validation> {
  if (!viewerOrNull) throw new UnauthenticatedError();
  const validation = await prisma.validation.findUnique({
    where: { id: input.validationId },
    select: { caseFileId: true },
  });
  if (!validation) throw new NotFoundError('The validation');
  const { file, viewer } = await fileForValidation(prisma, viewerOrNull, validation.caseFileId);
  const current = file.validations.find((v) => v.id === input.validationId)!;
  if (current.comparedAt === null)
    throw new InvalidStateError('Finish the second marking and compare before resolving: until then it is blind.');
  const note = input.note.trim();
  if (!note)
    throw new InvalidInputError('Say why the answer is settled this way.', [
      { path: 'note', message: 'Enter a note.' },
    ]);
  const reason = input.reason?.trim() || null;
  const framework = await frameworks.definition(file.inspection.frameworkId);
  const check = validateAnswer(framework, current.measureKey, file.facts as unknown as CaseFacts, {
    measure: current.measureKey,
    value: input.value,
    reason,
  });
  if (!check.ok)
    throw new InvalidInputError(check.message, [
      { path: check.code === 'REASON_REQUIRED' ? 'reason' : 'value', message: check.message },
    ]);
  return prisma.$transaction(async (tx) => {
    const key = { caseFileId_measureKey: { caseFileId: file.id, measureKey: current.measureKey } };
    const before = await tx.answer.findUnique({ where: key });
    if (!before || before.value !== input.value || before.reason !== reason)
      await tx.answer.upsert({
        where: key,
        create: {
          caseFileId: file.id,
          measureKey: current.measureKey,
          value: input.value,
          reason,
          answeredById: viewer.id,
        },
        update: { value: input.value, reason, answeredById: viewer.id, version: { increment: 1 } },
      });
    const resolved = await tx.validation.update({
      where: { id: current.id },
      data: { resolvedValue: input.value, resolutionNote: note, resolvedById: viewer.id, resolvedAt: new Date() },
    });
    await audit(tx, viewer, {
      action: 'validation.resolve',
      entity: 'CaseFile',
      entityId: file.id,
      inspectionId: file.inspectionId,
      before: before ? { value: before.value, reason: before.reason, version: before.version } : null,
      after: { measure: current.measureKey, value: input.value, reason, note },
    });
    return resolved;
  });
}

export interface AgreementFigures {
  plan: SecondMarkingPlan;
  report: ReturnType<typeof agreementReport>;
  measureLabels: Map<string, string>;
  assessorLabels: Map<string, string>;
  caseFiles: number;
  disagreements: number;
  unresolved: number;
}

/** Agreement over compared second markings only: a marking still blind has no pair yet. */
export async function inspectionAgreement(
  prisma: PrismaClient,
  frameworks: FrameworkRegistry,
  inspection: { id: string; frameworkId: string },
): Promise<AgreementFigures> {
  const [framework, stored, validations] = await Promise.all([
    frameworks.definition(inspection.frameworkId),
    prisma.inspection.findUniqueOrThrow({ where: { id: inspection.id }, select: { secondMarkingPlan: true } }),
    prisma.validation.findMany({
      where: { caseFile: { inspectionId: inspection.id }, comparedAt: { not: null } },
      select: {
        measureKey: true,
        value: true,
        inspectorId: true,
        comparedAt: true,
        assessorValue: true,
        resolvedValue: true,
        caseFile: { select: { id: true, reference: true, assessor: { select: { id: true, name: true } } } },
      },
    }),
  ]);
  const plan = readSecondMarkingPlan(stored.secondMarkingPlan);
  const assessorLabels = new Map<string, string>();
  const pairs: SecondMarkedAnswer[] = [];
  for (const v of validations) {
    if (v.assessorValue === null) continue;
    // Over what the plan second-marks: a pair marked before the lead narrowed the plan is left out.
    if (!inSecondMarkingPlan(plan, v.caseFile.id, v.measureKey)) continue;
    const assessor = v.caseFile.assessor;
    const assessorKey = assessor?.id ?? 'unassigned';
    assessorLabels.set(assessorKey, assessor?.name ?? 'No assessor');
    pairs.push({
      caseFile: v.caseFile.reference,
      measure: v.measureKey,
      assessor: assessorKey,
      first: v.assessorValue,
      second: v.value,
    });
  }
  const disagreements = validations.filter(isDisagreement);
  return {
    plan,
    report: agreementReport(pairs),
    measureLabels: new Map(framework.measures.map((m) => [m.key, m.text])),
    assessorLabels,
    caseFiles: new Set(validations.map((v) => v.caseFile.id)).size,
    disagreements: disagreements.length,
    unresolved: disagreements.filter((v) => v.resolvedValue === null).length,
  };
}

/**
 * The lead inspector's choice of what is second-marked: all files or a list, all questions or a list. Files already
 * compared keep their pairs, but the agreement figures count only what the plan chooses.
 */
export async function setSecondMarkingPlan(
  prisma: PrismaClient,
  frameworks: FrameworkRegistry,
  viewer: Viewer | null,
  inspectionId: string,
  plan: SecondMarkingPlan,
): Promise<SecondMarkingPlan> {
  if (!viewer) throw new UnauthenticatedError();
  const inspection = await prisma.inspection.findUnique({
    where: { id: inspectionId },
    select: {
      id: true,
      status: true,
      frameworkId: true,
      memberships: { where: { userId: viewer.id }, select: { role: true } },
    },
  });
  if (!inspection || !(await runsInspection(prisma, viewer, inspectionId))) throw new NotFoundError('The inspection');
  const leads = leadsByMembership(viewer, inspection.memberships);
  if (!leads) throw new ForbiddenError('Only the lead inspector chooses what is second-marked.');
  if (!OPEN_FOR_VALIDATION.has(inspection.status))
    throw new InvalidStateError('Second marking can no longer change at this stage of the inspection.');
  const framework = await frameworks.definition(inspection.frameworkId);
  const files = plan.caseFiles
    ? await prisma.caseFile.findMany({ where: { inspectionId, id: { in: [...plan.caseFiles] } }, select: { id: true } })
    : [];
  const problems = checkSecondMarkingPlan(plan, {
    measures: framework.measures.map((m) => m.key),
    caseFiles: files.map((f) => f.id),
  });
  if (problems.length > 0)
    throw new InvalidInputError(
      problems.join(' '),
      problems.map((message) => ({ path: 'plan', message })),
    );
  const stored = {
    caseFiles: plan.caseFiles ? [...new Set(plan.caseFiles)] : null,
    questions: plan.questions ? [...new Set(plan.questions)] : null,
  };
  await prisma.$transaction(async (tx) => {
    await tx.inspection.update({
      where: { id: inspectionId },
      data: { secondMarkingPlan: stored.caseFiles === null && stored.questions === null ? Prisma.DbNull : stored },
    });
    await audit(tx, viewer, {
      action: 'validation.plan',
      entity: 'Inspection',
      entityId: inspectionId,
      inspectionId,
      after: stored,
    });
  });
  return stored;
}
