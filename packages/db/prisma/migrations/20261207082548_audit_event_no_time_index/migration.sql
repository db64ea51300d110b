-- DropIndex
DROP INDEX "AuditEvent_at_idx";
