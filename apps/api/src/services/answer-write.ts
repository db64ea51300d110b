// The read before a save and the write of one answer, each as one SQL statement: the version-guarded change, its audit row, the client's receipt
// and the case file's move to IN_PROGRESS commit together or not at all, in one round trip. A statement is atomic
// on its own, so no interactive transaction (BEGIN … COMMIT, three more round trips) is needed.
import { randomUUID } from 'node:crypto';
import { sqlStatement, type Answer, type SqlExecutor } from '@scrutiny/db';
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

const SAVE_TARGET = sqlStatement<SaveTargetRow>(`
  SELECT cf."id", cf."inspectionId", cf."assessorId", cf."facts", cf."status"::text AS "status",
    i."status"::text AS "inspectionStatus", i."frameworkId",
    (SELECT row_to_json(a) FROM "Answer" a WHERE a."caseFileId" = cf."id" AND a."measureKey" = $2) AS "answer"
  FROM "CaseFile" cf JOIN "Inspection" i ON i."id" = cf."inspectionId"
  WHERE cf."id" = $1`);

/** The case file with its inspection and its answer to one question, in one statement; null when there is no such file. */
export async function readSaveTarget(
  sql: SqlExecutor,
  caseFileId: string,
  measureKey: string,
): Promise<SaveTarget | null> {
  const rows = await sql.query(SAVE_TARGET, [caseFileId, measureKey]);
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

/**
 * The write and what goes with it, after the answer's own change (`saved`): its audit row, the client's receipt and
 * the case file's move to IN_PROGRESS. $1–$5: value, reason, comment, who, when; $8–$11: the audit row's id, action,
 * inspection and `before`; $12–$14: the receipt's id, client mutation id and fingerprint; $15: the case file.
 */
const withAuditAndReceipt = (saved: string) =>
  sqlStatement<Answer>(`
  WITH saved AS (${saved}),
  audited AS (
    INSERT INTO "AuditEvent" ("id", "at", "actorId", "action", "entity", "entityId", "inspectionId", "before", "after")
    SELECT $8, $5, $4, $9, 'Answer', saved."id", $10, $11::jsonb,
      jsonb_build_object('value', saved."value", 'reason', saved."reason", 'comment', saved."comment",
        'version', saved."version")
    FROM saved
  ),
  receipt AS (
    INSERT INTO "MutationReceipt" ("id", "clientMutationId", "userId", "operation", "result", "createdAt")
    SELECT $12, $13::text, $4, 'saveAnswer', jsonb_build_object('id', saved."id", 'save', $14::text), $5
    FROM saved WHERE $13::text IS NOT NULL
  ),
  progressed AS (
    UPDATE "CaseFile" SET "status" = 'IN_PROGRESS', "updatedAt" = $5
    WHERE "id" = $15 AND "status" IN ('ASSIGNED', 'UNASSIGNED') AND EXISTS (SELECT 1 FROM saved)
  )
  SELECT "id", "caseFileId", "measureKey", "value", "reason", "comment", "version", "answeredById", "createdAt",
    "updatedAt"
  FROM saved`);

/** A change to the answer as read: $6 its id, $7 the version read. */
const UPDATE_ANSWER = withAuditAndReceipt(`
    UPDATE "Answer" SET "value" = $1, "reason" = $2, "comment" = $3, "answeredById" = $4, "version" = "version" + 1,
      "updatedAt" = $5
    WHERE "id" = $6 AND "version" = $7::int
    RETURNING *`);

/** A first answer: $6 its new id, $7 the question. */
const INSERT_ANSWER = withAuditAndReceipt(`
    INSERT INTO "Answer" ("id", "caseFileId", "measureKey", "value", "reason", "comment", "answeredById",
      "createdAt", "updatedAt")
    VALUES ($6, $15, $7, $1, $2, $3, $4, $5, $5)
    ON CONFLICT ("caseFileId", "measureKey") DO NOTHING
    RETURNING *`);

/** The saved answer, or null when the guard failed: another save changed (or created) the answer first. */
export async function writeAnswer(sql: SqlExecutor, write: AnswerWrite): Promise<Answer | null> {
  const now = new Date();
  const { existing, receipt } = write;
  const before = existing
    ? JSON.stringify({
        value: existing.value,
        reason: existing.reason,
        comment: existing.comment,
        version: existing.version,
      })
    : null;
  const action = existing ? 'answer.update' : 'answer.create';
  const rows = await sql.query(existing ? UPDATE_ANSWER : INSERT_ANSWER, [
    write.value,
    write.reason,
    write.comment,
    write.answeredById,
    now,
    existing ? existing.id : randomUUID(),
    existing ? existing.version : write.measureKey,
    randomUUID(),
    action,
    write.inspectionId,
    before,
    randomUUID(),
    receipt?.clientMutationId ?? null,
    receipt?.save ?? null,
    write.caseFileId,
  ]);
  const row = rows[0];
  if (!row) return null;
  // Subscribers hear of it once the statement has committed (services/live.ts announcingStatement).
  noteInspectionChange(action, write.inspectionId);
  return row;
}
