// Saving an answer: validated against the framework, guarded by its version, audited, in one statement.
// A stale version is a typed conflict carrying both sides; it never overwrites. A retried save with the same
// client mutation id has one effect, and that id acknowledges that save only.
import { createHash } from 'node:crypto';
import { validateAnswer, type CaseFacts, type GivenAnswer } from '@scrutiny/domain';
import { sqlStatement, type Answer, type PrismaClient, type SqlExecutor } from '@scrutiny/db';
import type { Viewer } from '../access/viewer.ts';
import { canAssessCaseFile } from '../access/checks.ts';
import {
  AnswerConflictError,
  ClientMutationIdReusedError,
  ForbiddenError,
  InvalidInputError,
  InvalidStateError,
  NotFoundError,
  UnauthenticatedError,
} from './errors.ts';
import type { FrameworkRegistry } from '../plugins/framework-registry.ts';
import { readSaveTarget, writeAnswer, type SaveReceipt } from './answer-write.ts';
import { announcingStatement } from './live.ts';
import { isMarkingBlind } from '../access/blind-marking.ts';
import { isAreaAssessor } from '../access/inspection-roles.ts';

export interface SaveAnswerInput {
  caseFileId: string;
  measureKey: string;
  value: string;
  reason?: string | null;
  comment?: string | null;
  /** The version the client read; null when it believes there is no answer yet. */
  expectedVersion?: number | null;
  clientMutationId?: string | null;
  /**
   * Who gave the answer (a User id), when the client says: an answer queued by one person and sent under another
   * person's session is refused and changes nothing.
   */
  authorId?: string | null;
}

/** The stages in which case files are assessed: answers change and files are submitted. */
export const ANSWERABLE = new Set(['PLANNED', 'FIELDWORK', 'VALIDATION']);

export async function saveAnswer(
  prisma: PrismaClient,
  sql: SqlExecutor,
  frameworks: FrameworkRegistry,
  viewer: Viewer | null,
  input: SaveAnswerInput,
): Promise<Answer> {
  if (!viewer) throw new UnauthenticatedError();
  if (input.authorId != null && input.authorId !== viewer.id)
    throw new UnauthenticatedError('This answer was given by someone else: it is sent when they sign in.');
  const receipt: SaveReceipt | null = input.clientMutationId
    ? { clientMutationId: input.clientMutationId, save: saveFingerprint(input) }
    : null;
  // The case file, its inspection and the answer as it stands in one statement; a retry's receipt alongside.
  const [caseFile, earlier] = await Promise.all([
    readSaveTarget(sql, input.caseFileId, input.measureKey),
    findReceipt(sql, viewer, receipt),
  ]);
  if (!caseFile || !(await canAssessCaseFile(prisma, viewer, caseFile))) throw new NotFoundError('The case file');
  // A retry of a save that took effect has no second effect: it answers with the answer as it now stands, as the
  // caller may read it now (the access to this file was just checked; the receipt is bound to this very save).
  if (earlier)
    return replay(prisma, viewer, { caseFileId: caseFile.id, measureKey: input.measureKey }, receipt!, earlier);
  if (!ANSWERABLE.has(caseFile.inspection.status))
    throw new InvalidStateError(
      `Answers can no longer change: the inspection is ${caseFile.inspection.status.toLowerCase().replaceAll('_', ' ')}.`,
    );
  if (await isMarkingBlind(prisma, viewer, caseFile.id)) throw markingBlind();
  if (caseFile.status === 'SUBMITTED' || caseFile.status === 'VALIDATED')
    if (isAreaAssessor(viewer))
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
      writeAnswer(sql, {
        caseFileId: caseFile.id,
        inspectionId: caseFile.inspectionId,
        measureKey: input.measureKey,
        value: given.value,
        reason: given.reason ?? null,
        comment: given.comment ?? null,
        answeredById: viewer.id,
        existing,
        receipt,
      }),
    );
  } catch (error) {
    // The same id arriving twice at once: one wrote its receipt, the other's statement failed on it and changed
    // nothing. It answers like any retry (or as a reused id, if the two saves differ).
    const racing = await findReceipt(sql, viewer, receipt);
    if (!racing) throw error;
    return replay(prisma, viewer, { caseFileId: caseFile.id, measureKey: input.measureKey }, receipt!, racing);
  }
  if (!saved) {
    // The guard held the write back: the same retry arriving at the same time has taken effect (its receipt is
    // committed by now), or another save changed or created the answer between the read and the write.
    const racing = await findReceipt(sql, viewer, receipt);
    if (racing)
      return replay(prisma, viewer, { caseFileId: caseFile.id, measureKey: input.measureKey }, receipt!, racing);
    const current = await prisma.answer.findUnique({
      where: { caseFileId_measureKey: { caseFileId: caseFile.id, measureKey: input.measureKey } },
    });
    if (!current) throw new NotFoundError(`An answer to ${input.measureKey}`);
    throw await conflictWith(prisma, input, current);
  }
  return saved;
}

const markingBlind = () =>
  new ForbiddenError('You are second-marking this case file: its answers stay hidden until you compare.');

/**
 * What identifies one save: its case file, question, value, reason, comment and the version it expected. A retry
 * sends all of them again unchanged; anything else under the same client mutation id is another save.
 */
function saveFingerprint(input: SaveAnswerInput): string {
  const save = [
    input.caseFileId,
    input.measureKey,
    input.value,
    input.reason ?? null,
    input.comment ?? null,
    input.expectedVersion ?? null,
  ];
  return createHash('sha256').update(JSON.stringify(save)).digest('base64url');
}

interface StoredReceipt {
  operation: string;
  /** The answer saved and the fingerprint of the save (absent from receipts written before saves were bound). */
  result: { id?: string; save?: string | null };
}

const RECEIPT = sqlStatement<{ operation: string; result: StoredReceipt['result'] | null }>(
  `SELECT "operation", "result" FROM "MutationReceipt" WHERE "userId" = $1 AND "clientMutationId" = $2`,
);

/** The receipt of an earlier change made with this client mutation id by this user, if any. */
async function findReceipt(
  sql: SqlExecutor,
  viewer: Viewer,
  receipt: SaveReceipt | null,
): Promise<StoredReceipt | null> {
  if (!receipt) return null;
  const [found] = await sql.query(RECEIPT, [viewer.id, receipt.clientMutationId]);
  return found ? { operation: found.operation, result: found.result ?? {} } : null;
}

/**
 * The answer to a retried save, as it now stands: only for exactly the save the receipt acknowledged (a reused id
 * is a typed error, never a silent no-op), and only as the caller may read it now: the file's access has been
 * checked for this request, and a file they are now second-marking blind keeps its answer from them.
 */
async function replay(
  prisma: PrismaClient,
  viewer: Viewer,
  save: { caseFileId: string; measureKey: string },
  receipt: SaveReceipt,
  earlier: StoredReceipt,
): Promise<Answer> {
  const reused = () => new ClientMutationIdReusedError(receipt.clientMutationId);
  if (earlier.operation !== 'saveAnswer' || !earlier.result.id) throw reused();
  // Receipts written before saves were bound carry no fingerprint: the file and question must at least agree.
  if (earlier.result.save != null && earlier.result.save !== receipt.save) throw reused();
  const [answer, blind] = await Promise.all([
    prisma.answer.findUnique({ where: { id: earlier.result.id } }),
    isMarkingBlind(prisma, viewer, save.caseFileId),
  ]);
  if (!answer) throw new NotFoundError('The answer this save made');
  if (answer.caseFileId !== save.caseFileId || answer.measureKey !== save.measureKey) throw reused();
  if (blind) throw markingBlind();
  return answer;
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
