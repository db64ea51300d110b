-- AlterTable
ALTER TABLE "PublishedReport" ADD COLUMN     "criterionScores" JSONB;

-- CreateTable
CREATE TABLE "LiveScores" (
    "inspectionId" TEXT NOT NULL,
    "changes" INTEGER NOT NULL DEFAULT 0,
    "figuresAt" INTEGER,
    "figures" JSONB,

    CONSTRAINT "LiveScores_pkey" PRIMARY KEY ("inspectionId")
);

-- AddForeignKey
ALTER TABLE "LiveScores" ADD CONSTRAINT "LiveScores_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: the criterion scores of every report already published, by subsample, exactly as frozen in `figures`.
UPDATE "PublishedReport" pr SET "criterionScores" = coalesce((
  SELECT jsonb_object_agg(s.subsample, s.scores)
  FROM (
    SELECT c->>'subsample' AS subsample, jsonb_agg(c ORDER BY o) AS scores
    FROM jsonb_array_elements(pr."figures"->'criteria') WITH ORDINALITY AS e(c, o)
    GROUP BY c->>'subsample'
  ) s
), '{}'::jsonb);

-- Live scores are valid only while nothing they are computed from has changed. These triggers bump an inspection's
-- `changes` in the statement that changes its answers, its case files' facts or its sample, whatever code runs it,
-- so a read after an acknowledged save never matches figures computed before it. Statement-level, so a bulk load
-- (a restore, a case list) costs one bump per statement, not one per row. An inspection being deleted is skipped.
CREATE FUNCTION "scale_live_scores_bump"(inspection_ids text[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "LiveScores" ("inspectionId", "changes")
  SELECT DISTINCT i.id, 1 FROM "Inspection" i WHERE i.id = ANY(inspection_ids)
  ON CONFLICT ("inspectionId") DO UPDATE SET "changes" = "LiveScores"."changes" + 1;
$$;

CREATE FUNCTION "scale_live_scores_answers_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "scale_live_scores_bump"(ARRAY(
    SELECT DISTINCT cf."inspectionId" FROM changed_answers a JOIN "CaseFile" cf ON cf.id = a."caseFileId"));
  RETURN NULL;
END $$;

CREATE FUNCTION "scale_live_scores_case_files_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "scale_live_scores_bump"(ARRAY(SELECT DISTINCT f."inspectionId" FROM changed_files f));
  RETURN NULL;
END $$;

CREATE FUNCTION "scale_live_scores_case_files_updated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "scale_live_scores_bump"(ARRAY(
    SELECT DISTINCT n."inspectionId" FROM new_files n JOIN old_files o ON o.id = n.id
    WHERE n."facts" IS DISTINCT FROM o."facts" OR n."sampleRole" IS DISTINCT FROM o."sampleRole"
    UNION SELECT o."inspectionId" FROM new_files n JOIN old_files o ON o.id = n.id
    WHERE n."inspectionId" IS DISTINCT FROM o."inspectionId"));
  RETURN NULL;
END $$;

CREATE TRIGGER "scale_live_scores_answer_insert" AFTER INSERT ON "Answer"
  REFERENCING NEW TABLE AS changed_answers FOR EACH STATEMENT EXECUTE FUNCTION "scale_live_scores_answers_changed"();
CREATE TRIGGER "scale_live_scores_answer_update" AFTER UPDATE ON "Answer"
  REFERENCING NEW TABLE AS changed_answers FOR EACH STATEMENT EXECUTE FUNCTION "scale_live_scores_answers_changed"();
CREATE TRIGGER "scale_live_scores_answer_delete" AFTER DELETE ON "Answer"
  REFERENCING OLD TABLE AS changed_answers FOR EACH STATEMENT EXECUTE FUNCTION "scale_live_scores_answers_changed"();
CREATE TRIGGER "scale_live_scores_case_file_insert" AFTER INSERT ON "CaseFile"
  REFERENCING NEW TABLE AS changed_files FOR EACH STATEMENT EXECUTE FUNCTION "scale_live_scores_case_files_changed"();
CREATE TRIGGER "scale_live_scores_case_file_delete" AFTER DELETE ON "CaseFile"
  REFERENCING OLD TABLE AS changed_files FOR EACH STATEMENT EXECUTE FUNCTION "scale_live_scores_case_files_changed"();
CREATE TRIGGER "scale_live_scores_case_file_update" AFTER UPDATE ON "CaseFile"
  REFERENCING OLD TABLE AS old_files NEW TABLE AS new_files
  FOR EACH STATEMENT EXECUTE FUNCTION "scale_live_scores_case_files_updated"();
