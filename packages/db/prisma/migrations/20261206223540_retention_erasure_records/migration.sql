-- CreateEnum
CREATE TYPE "ErasureTrigger" AS ENUM ('RETENTION_RULE', 'CHIEF_INSPECTOR');

-- CreateTable
CREATE TABLE "ErasureRecord" (
    "id" TEXT NOT NULL,
    "inspectionId" TEXT NOT NULL,
    "inspectionTitle" TEXT NOT NULL,
    "erasedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "trigger" "ErasureTrigger" NOT NULL,
    "erasedById" TEXT,
    "erasedByName" TEXT,
    "reason" TEXT,
    "retentionMonths" INTEGER,
    "keptFacts" JSONB NOT NULL,
    "counts" JSONB NOT NULL,

    CONSTRAINT "ErasureRecord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ErasureRecord_inspectionId_key" ON "ErasureRecord"("inspectionId");

-- CreateIndex
CREATE INDEX "ErasureRecord_erasedAt_idx" ON "ErasureRecord"("erasedAt");
