// The read before a save and the write of one answer, each as one SQL statement: the version-guarded change, its audit row, the client's receipt
// and the case file's move to IN_PROGRESS commit together or not at all, in one round trip. A statement is atomic
// on its own, so no interactive transaction (BEGIN … COMMIT, three more round trips) is needed.
import { randomUUID } from 'node:crypto';
import { Prisma, type Answer, type PrismaClient } from '@scrutiny/db';
import { noteInspectionChange } from './live.ts';

export interface AnswerWrite {
  caseFileId: string;
  inspectionId: string;
  measureKey: string;
  value: string;
  reason: string | null;
  comment: string | null;
  answeredById: string;
  /** The answer as read, when there is one: the write succeeds only if it is still at this version. */
  existing: Pick<Answer, 'id' | 'value' | 'reason' | 'comment' | 'version'> | null;
  /**
   * Recorded with the write, so a retry with the same id is answered from it and has no second effect: the id, and
   * the fingerprint of exactly this save (services/answers.ts), so the id acknowledges this save and no other.
   */
  receipt: SaveReceipt | null;
}

export interface SaveReceipt {
  clientMutationId: string;
  save: string;
}

/** What a save needs to know first: the case file, its inspection's stage and framework, and the answer as it stands. */
export interface SaveTarget {
  id: string;
  inspectionId: string;
  assessorId: string | null;
  facts: unknown;
  status: string;
  inspection: { status: string; frameworkId: string };
  answer: Answer | null;
}

interface SaveTargetRow {
  id: string;
  inspectionId: string;
  assessorId: string | null;
  facts: unknown;
  status: string;
  inspectionStatus: string;
  frameworkId: string;
  answer: Answer | null;
}

/** The case file with its inspection and its answer to one question, in one statement; null when there is no such file. */
export async function readSaveTarget(
  prisma: PrismaClient,
  caseFileId: string,
  measureKey: string,
): Promise<SaveTarget | null> {
  const rows = await prisma.$queryRaw<SaveTargetRow[]>`
    SELECT cf."id", cf."inspectionId", cf."assessorId", cf."facts", cf."status"::text AS "status",
      i."status"::text AS "inspectionStatus", i."frameworkId",
      (SELECT row_to_json(a) FROM "Answer" a WHERE a."caseFileId" = cf."id" AND a."measureKey" = ${measureKey}) AS "answer"
    FROM "CaseFile" cf JOIN "Inspection" i ON i."id" = cf."inspectionId"
    WHERE cf."id" = ${caseFileId}`;
  const row = rows[0];
  if (!row) return null;
  const answer = row.answer
    ? {
        ...row.answer,
        // row_to_json gives timestamps as text, without a zone: Prisma stores them in UTC.
        createdAt: new Date(`${String(row.answer.createdAt)}Z`),
        updatedAt: new Date(`${String(row.answer.updatedAt)}Z`),
      }
    : null;
  return {
    id: row.id,
    inspectionId: row.inspectionId,
    assessorId: row.assessorId,
    facts: row.facts,
    status: row.status,
    inspection: { status: row.inspectionStatus, frameworkId: row.frameworkId },
    answer,
  };
}

/** The saved answer, or null when the guard failed: another save changed (or created) the answer first. */
export async function writeAnswer(prisma: PrismaClient, write: AnswerWrite): Promise<Answer | null> {
  const now = new Date();
  const { existing } = write;
  const saved = existing
    ? Prisma.sql`UPDATE "Answer" SET "value" = ${write.value}, "reason" = ${write.reason}, "comment" = ${write.comment},
          "answeredById" = ${write.answeredById}, "version" = "version" + 1, "updatedAt" = ${now}
        WHERE "id" = ${existing.id} AND "version" = ${existing.version}
        RETURNING *`
    : Prisma.sql`INSERT INTO "Answer" ("id", "caseFileId", "measureKey", "value", "reason", "comment", "answeredById",
          "createdAt", "updatedAt")
        VALUES (${randomUUID()}, ${write.caseFileId}, ${write.measureKey}, ${write.value}, ${write.reason},
          ${write.comment}, ${write.answeredById}, ${now}, ${now})
        ON CONFLICT ("caseFileId", "measureKey") DO NOTHING
        RETURNING *`;
  const before = existing
    ? JSON.stringify({
        value: existing.value,
        reason: existing.reason,
        comment: existing.comment,
        version: existing.version,
      })
    : null;
  const action = existing ? 'answer.update' : 'answer.create';
  const receipt = write.receipt;
  const rows = await prisma.$queryRaw<Answer[]>`
    WITH saved AS (${saved}),
    audited AS (
      INSERT INTO "AuditEvent" ("id", "at", "actorId", "action", "entity", "entityId", "inspectionId", "before", "after")
      SELECT ${randomUUID()}, ${now}, ${write.answeredById}, ${action}, 'Answer', saved."id", ${write.inspectionId},
        ${before}::jsonb,
        jsonb_build_object('value', saved."value", 'reason', saved."reason", 'comment', saved."comment",
          'version', saved."version")
      FROM saved
    ),
    receipt AS (
      INSERT INTO "MutationReceipt" ("id", "clientMutationId", "userId", "operation", "result", "createdAt")
      SELECT ${randomUUID()}, ${receipt?.clientMutationId ?? null}, ${write.answeredById}, 'saveAnswer',
        jsonb_build_object('id', saved."id", 'save', ${receipt?.save ?? null}::text), ${now}
      FROM saved WHERE ${receipt?.clientMutationId ?? null}::text IS NOT NULL
    ),
    progressed AS (
      UPDATE "CaseFile" SET "status" = 'IN_PROGRESS', "updatedAt" = ${now}
      WHERE "id" = ${write.caseFileId} AND "status" IN ('ASSIGNED', 'UNASSIGNED') AND EXISTS (SELECT 1 FROM saved)
    )
    SELECT "id", "caseFileId", "measureKey", "value", "reason", "comment", "version", "answeredById", "createdAt",
      "updatedAt"
    FROM saved`;
  const row = rows[0];
  if (!row) return null;
  // Subscribers hear of it once the statement has committed (services/live.ts announcingStatement).
  noteInspectionChange(action, write.inspectionId);
  return row;
}
