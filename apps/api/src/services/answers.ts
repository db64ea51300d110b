// Saving an answer: validated against the framework, guarded by its version, audited, in one statement.
// A stale version is a typed conflict carrying both sides; it never overwrites. A retried save with the same
// client mutation id has one effect.
import { validateAnswer, type CaseFacts, type GivenAnswer } from '@scrutiny/domain';
import type { PrismaClient, Answer } from '@scrutiny/db';
import type { Viewer } from '../access/viewer.ts';
import { canAssessCaseFile } from '../access/checks.ts';
import {
  AnswerConflictError,
  ForbiddenError,
  InvalidInputError,
  InvalidStateError,
  NotFoundError,
  UnauthenticatedError,
} from '../errors.ts';
import type { FrameworkRegistry } from '../plugins/framework-registry.ts';
import { readSaveTarget, writeAnswer } from './answer-write.ts';
import { announcingStatement } from './live.ts';
import { isMarkingBlind } from './validation.ts';

export interface SaveAnswerInput {
  caseFileId: string;
  measureKey: string;
  value: string;
  reason?: string | null;
  comment?: string | null;
  /** The version the client read; null when it believes there is no answer yet. */
  expectedVersion?: number | null;
  clientMutationId?: string | null;
}

/** The stages in which case files are assessed: answers change and files are submitted. */
export const ANSWERABLE = new Set(['PLANNED', 'FIELDWORK', 'VALIDATION']);

export async function saveAnswer(
  prisma: PrismaClient,
  frameworks: FrameworkRegistry,
  viewer: Viewer | null,
  input: SaveAnswerInput,
): Promise<Answer> {
  if (!viewer) throw new UnauthenticatedError();
  const clientMutationId = input.clientMutationId ?? null;
  // The case file, its inspection and the answer as it stands in one statement; a retry's receipt alongside.
  const [caseFile, retried] = await Promise.all([
    readSaveTarget(prisma, input.caseFileId, input.measureKey),
    answerFromReceipt(prisma, viewer, clientMutationId),
  ]);
  if (!caseFile || !(await canAssessCaseFile(prisma, viewer, caseFile))) throw new NotFoundError('The case file');
  // A retry of a save that took effect has no second effect: it answers with the answer as it now stands.
  if (retried) return retried;
  if (!ANSWERABLE.has(caseFile.inspection.status))
    throw new InvalidStateError(
      `Answers can no longer change: the inspection is ${caseFile.inspection.status.toLowerCase().replaceAll('_', ' ')}.`,
    );
  if (await isMarkingBlind(prisma, viewer, caseFile.id))
    throw new ForbiddenError('You are second-marking this case file: its answers stay hidden until you compare.');
  if (caseFile.status === 'SUBMITTED' || caseFile.status === 'VALIDATED')
    if (viewer.role === 'AREA_ASSESSOR')
      throw new ForbiddenError('This case file has been submitted; ask an inspector to reopen it.');

  const framework = await frameworks.definition(caseFile.inspection.frameworkId);
  const given: GivenAnswer = {
    measure: input.measureKey,
    value: input.value,
    reason: input.reason ?? null,
    comment: input.comment ?? null,
  };
  const check = validateAnswer(framework, input.measureKey, caseFile.facts as unknown as CaseFacts, given);
  if (!check.ok)
    throw new InvalidInputError(check.message, [
      { path: check.code === 'REASON_REQUIRED' ? 'reason' : 'value', message: check.message },
    ]);

  const existing = caseFile.answer;
  if (!existing && input.expectedVersion)
    throw new NotFoundError(`An answer to ${input.measureKey} at version ${input.expectedVersion}`);
  if (existing && (input.expectedVersion == null || input.expectedVersion !== existing.version))
    throw await conflictWith(prisma, input, existing);
  let saved: Answer | null;
  try {
    // The version guard in the statement makes the check and the write one atomic step, whatever runs alongside.
    saved = await announcingStatement(prisma, () =>
      writeAnswer(prisma, {
        caseFileId: caseFile.id,
        inspectionId: caseFile.inspectionId,
        measureKey: input.measureKey,
        value: given.value,
        reason: given.reason ?? null,
        comment: given.comment ?? null,
        answeredById: viewer.id,
        existing,
        clientMutationId,
      }),
    );
  } catch (error) {
    // The same retry arriving twice at once: one wrote its receipt, the other's statement failed on it and
    // changed nothing. It answers like any retry.
    const racing = await answerFromReceipt(prisma, viewer, clientMutationId);
    if (!racing) throw error;
    return racing;
  }
  if (!saved) {
    // The guard held the write back: the same retry arriving at the same time has taken effect (its receipt is
    // committed by now), or another save changed or created the answer between the read and the write.
    const racing = await answerFromReceipt(prisma, viewer, clientMutationId);
    if (racing) return racing;
    const current = await prisma.answer.findUnique({
      where: { caseFileId_measureKey: { caseFileId: caseFile.id, measureKey: input.measureKey } },
    });
    if (!current) throw new NotFoundError(`An answer to ${input.measureKey}`);
    throw await conflictWith(prisma, input, current);
  }
  return saved;
}

/** The answer as it now stands, when an earlier save with this client mutation id took effect; else null. */
async function answerFromReceipt(
  prisma: PrismaClient,
  viewer: Viewer,
  clientMutationId: string | null,
): Promise<Answer | null> {
  if (!clientMutationId) return null;
  const receipt = await prisma.mutationReceipt.findUnique({
    where: { userId_clientMutationId: { userId: viewer.id, clientMutationId } },
    select: { operation: true, result: true },
  });
  if (receipt?.operation !== 'saveAnswer') return null;
  return await prisma.answer.findUniqueOrThrow({ where: { id: (receipt.result as { id: string }).id } });
}

/** Both sides of a conflict: what the client sent (its expected version) and the answer as it stands, by whom. */
async function conflictWith(prisma: PrismaClient, input: SaveAnswerInput, current: Answer) {
  const answeredBy = await prisma.user.findUniqueOrThrow({
    where: { id: current.answeredById },
    select: { name: true },
  });
  return new AnswerConflictError(input.measureKey, input.expectedVersion ?? 0, {
    value: current.value,
    reason: current.reason,
    comment: current.comment,
    version: current.version,
    answeredBy: answeredBy.name,
    updatedAt: current.updatedAt,
  });
}
