-- AlterTable
ALTER TABLE "Inspection" ADD COLUMN     "offenderInterviews" BOOLEAN NOT NULL DEFAULT true;

-- Until now it was inferred: a follow-up whose baseline has scores adjusted for it was held without interviews.
-- Record what was inferred, so no existing comparison changes.
UPDATE "Inspection" i SET "offenderInterviews" = false
WHERE EXISTS (SELECT 1 FROM "RecordedResult" r WHERE r."inspectionId" = i."baselineId" AND r."adjusted");
