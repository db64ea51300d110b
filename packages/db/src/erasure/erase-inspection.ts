// Erasing an inspection's case-level personal data, in SQL that runs the same through Prisma (the API) and through a
// plain SQL session (restore re-applying erasures). Every statement is idempotent: erasing twice leaves what erasing
// once did, so a restore may re-apply every recorded erasure. The caller owns the transaction.

/** Any connection that runs one parameterised statement and gives back its rows. */
export interface ErasureSql {
  query<Row extends object>(sql: string, params?: unknown[]): Promise<Row[]>;
}

/** What of each case file's facts stays: what the framework's rules read (the domain's `factsNeededBy`). */
export interface KeptFacts {
  facts: readonly string[];
  flags: readonly string[];
  dates: readonly string[];
  reviewDates: boolean;
}

/** How much was erased, by kind. */
export interface ErasureCounts {
  caseFiles: number;
  answerComments: number;
  validationComments: number;
  evidenceTexts: number;
  meetingNotes: number;
  caseListRows: number;
  auditEvents: number;
}

/** The prefix of the reference an erased case file keeps; the rest is its own id, so it still names one file. */
export const ERASED_REFERENCE_PREFIX = 'erased-';
/** What an audit event holds in place of a personal value. */
export const ERASED_VALUE = '[erased]';

/** Keys of audit events' before/after whose values are personal: comments, notes, identifiers, facts. */
const PERSONAL_AUDIT_KEYS = [
  'comment',
  'note',
  'resolutionNote',
  'notes',
  'description',
  'reference',
  'replacement',
  'person',
  'officer',
  'facts',
  'replacedReason',
];

// A case file's scalar facts: kept when the framework reads them, else emptied ('ERASED' where the shape needs text).
const SCALAR_FACTS: readonly [string, string][] = [
  ['orderType', `'"ERASED"'::jsonb`],
  ['mappaCategory', `'null'::jsonb`],
  ['mappaLevel', `'null'::jsonb`],
  ['district', `'null'::jsonb`],
  ['sex', `'null'::jsonb`],
];

const keptOf = (part: 'dates' | 'flags') =>
  `(SELECT coalesce(jsonb_object_agg(k, v), '{}'::jsonb)
      FROM jsonb_each(CASE WHEN jsonb_typeof(cf."facts"->'${part}') = 'object' THEN cf."facts"->'${part}' ELSE '{}'::jsonb END) AS kept(k, v)
      WHERE ($2::jsonb->'${part}') ? k)`;

const ERASE_CASE_FILES = `
  UPDATE "CaseFile" cf SET
    "reference" = '${ERASED_REFERENCE_PREFIX}' || cf."id",
    "officer" = NULL,
    "replacedReason" = NULL,
    "facts" = jsonb_build_object(
      'reference', '${ERASED_REFERENCE_PREFIX}' || cf."id",
      'riskOfHarm', cf."facts"->'riskOfHarm',
      ${SCALAR_FACTS.map(
        ([name, erased]) =>
          `'${name}', CASE WHEN ($2::jsonb->'facts') ? '${name}' THEN coalesce(cf."facts"->'${name}', 'null'::jsonb) ELSE ${erased} END`,
      ).join(',\n      ')},
      'dates', ${keptOf('dates')},
      'flags', ${keptOf('flags')},
      'reviewDates', CASE WHEN ($2::jsonb->>'reviewDates')::boolean THEN coalesce(cf."facts"->'reviewDates', '[]'::jsonb) ELSE '[]'::jsonb END)
  WHERE cf."inspectionId" = $1
  RETURNING cf."id"`;

const ERASE_ANSWER_COMMENTS = `
  UPDATE "Answer" a SET "comment" = NULL
  FROM "CaseFile" cf
  WHERE a."caseFileId" = cf."id" AND cf."inspectionId" = $1 AND a."comment" IS NOT NULL
  RETURNING a."id"`;

const ERASE_VALIDATION_COMMENTS = `
  UPDATE "Validation" v SET "comment" = NULL, "resolutionNote" = NULL
  FROM "CaseFile" cf
  WHERE v."caseFileId" = cf."id" AND cf."inspectionId" = $1 AND (v."comment" IS NOT NULL OR v."resolutionNote" IS NOT NULL)
  RETURNING v."id"`;

const ERASE_EVIDENCE_TEXTS = `
  UPDATE "Evidence" SET "description" = NULL
  WHERE "inspectionId" = $1 AND "description" IS NOT NULL
  RETURNING "id"`;

const ERASE_MEETING_NOTES = `
  UPDATE "Meeting" SET "notes" = NULL
  WHERE "inspectionId" = $1 AND "notes" IS NOT NULL
  RETURNING "id"`;

const DELETE_CASE_LIST = `DELETE FROM "CaseCandidate" WHERE "inspectionId" = $1 RETURNING "id"`;

// An audit event keeps its keys; a personal value (a case file's replacement reason too) becomes '[erased]'.
const personalKey = (event: string) => `(($2::jsonb ? k) OR (${event}."entity" = 'CaseFile' AND k = 'reason'))`;
const scrubbed = (column: string) => `
  CASE WHEN jsonb_typeof(e."${column}") = 'object' THEN
    (SELECT jsonb_object_agg(k, CASE WHEN ${personalKey('e')} AND v <> 'null'::jsonb THEN to_jsonb($3::text) ELSE v END)
     FROM jsonb_each(e."${column}") AS field(k, v))
  ELSE e."${column}" END`;
const holdsPersonal = (column: string) => `
  (jsonb_typeof(e."${column}") = 'object' AND EXISTS (
    SELECT 1 FROM jsonb_each(e."${column}") AS field(k, v)
    WHERE ${personalKey('e')} AND v <> 'null'::jsonb AND v <> to_jsonb($3::text)))`;

const SCRUB_AUDIT_EVENTS = `
  UPDATE "AuditEvent" e SET "before" = ${scrubbed('before')}, "after" = ${scrubbed('after')}
  WHERE e."inspectionId" = $1 AND (${holdsPersonal('before')} OR ${holdsPersonal('after')})
  RETURNING e."id"`;

/** Erases one inspection's case-level personal data; the figures' inputs (answers' values, kept facts) stay. */
export async function eraseInspectionData(
  sql: ErasureSql,
  inspectionId: string,
  kept: KeptFacts,
): Promise<ErasureCounts> {
  const keptJson = JSON.stringify({
    facts: [...kept.facts],
    flags: [...kept.flags],
    dates: [...kept.dates],
    reviewDates: kept.reviewDates,
  });
  const count = async (statement: string, params: unknown[]) => (await sql.query(statement, params)).length;
  return {
    caseFiles: await count(ERASE_CASE_FILES, [inspectionId, keptJson]),
    answerComments: await count(ERASE_ANSWER_COMMENTS, [inspectionId]),
    validationComments: await count(ERASE_VALIDATION_COMMENTS, [inspectionId]),
    evidenceTexts: await count(ERASE_EVIDENCE_TEXTS, [inspectionId]),
    meetingNotes: await count(ERASE_MEETING_NOTES, [inspectionId]),
    caseListRows: await count(DELETE_CASE_LIST, [inspectionId]),
    auditEvents: await count(SCRUB_AUDIT_EVENTS, [inspectionId, JSON.stringify(PERSONAL_AUDIT_KEYS), ERASED_VALUE]),
  };
}
