-- DropIndex
DROP INDEX "AuditEvent_inspectionId_idx";

-- CreateIndex
CREATE INDEX "AuditEvent_inspectionId_at_id_idx" ON "AuditEvent"("inspectionId", "at" DESC, "id" DESC);
