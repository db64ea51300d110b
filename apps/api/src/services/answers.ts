// Saving an answer: validated against the framework, guarded by its version, audited, in one transaction.
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
import { audit } from './audit.ts';
import { withReceipt } from './receipts.ts';
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

/** The saved answer with what deciding who may read it needs, so the caller need not read it again. */
export type SavedAnswer = Answer & { caseFile: { inspectionId: string; assessorId: string | null } };

/** The stages in which case files are assessed: answers change and files are submitted. */
export const ANSWERABLE = new Set(['PLANNED', 'FIELDWORK', 'VALIDATION']);

export async function saveAnswer(
  prisma: PrismaClient,
  frameworks: FrameworkRegistry,
  viewer: Viewer | null,
  input: SaveAnswerInput,
): Promise<SavedAnswer> {
  if (!viewer) throw new UnauthenticatedError();
  const caseFile = await prisma.caseFile.findUnique({
    where: { id: input.caseFileId },
    select: {
      id: true,
      inspectionId: true,
      assessorId: true,
      facts: true,
      status: true,
      inspection: { select: { status: true, frameworkId: true } },
    },
  });
  if (!caseFile || !(await canAssessCaseFile(prisma, viewer, caseFile))) throw new NotFoundError('The case file');
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

  const result = await withReceipt(
    prisma,
    viewer,
    input.clientMutationId ?? null,
    'saveAnswer',
    async (tx) => {
      // Without the answerer's name: only a conflict needs it, and it is read then, saving a round trip per save.
      const existing = await tx.answer.findUnique({
        where: { caseFileId_measureKey: { caseFileId: caseFile.id, measureKey: input.measureKey } },
      });
      const conflict = async (current: Answer) => {
        const answeredBy = await tx.user.findUniqueOrThrow({
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
      };
      const data = {
        value: given.value,
        reason: given.reason ?? null,
        comment: given.comment ?? null,
        answeredById: viewer.id,
      };
      let saved: Answer;
      if (!existing) {
        if (input.expectedVersion)
          throw new NotFoundError(`An answer to ${input.measureKey} at version ${input.expectedVersion}`);
        saved = await tx.answer.create({ data: { ...data, caseFileId: caseFile.id, measureKey: input.measureKey } });
      } else {
        if (input.expectedVersion == null || input.expectedVersion !== existing.version) throw await conflict(existing);
        // The version in the WHERE makes the check and the write one atomic step, whatever runs alongside; the
        // UPDATE returns the saved row, so nothing is read again.
        const updated = await tx.answer.updateManyAndReturn({
          where: { id: existing.id, version: existing.version },
          data: { ...data, version: { increment: 1 } },
        });
        if (updated.length !== 1)
          throw await conflict(await tx.answer.findUniqueOrThrow({ where: { id: existing.id } }));
        saved = updated[0]!;
      }
      if (caseFile.status === 'ASSIGNED' || caseFile.status === 'UNASSIGNED')
        await tx.caseFile.update({ where: { id: caseFile.id }, data: { status: 'IN_PROGRESS' } });
      await audit(tx, viewer, {
        action: existing ? 'answer.update' : 'answer.create',
        entity: 'Answer',
        entityId: saved.id,
        inspectionId: caseFile.inspectionId,
        before: existing
          ? { value: existing.value, reason: existing.reason, comment: existing.comment, version: existing.version }
          : null,
        after: { value: saved.value, reason: saved.reason, comment: saved.comment, version: saved.version },
      });
      return saved;
    },
    (tx, id) => tx.answer.findUniqueOrThrow({ where: { id } }),
  );
  return { ...result, caseFile: { inspectionId: caseFile.inspectionId, assessorId: caseFile.assessorId } };
}
