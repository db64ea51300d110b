-- CreateTable
CREATE TABLE "RatingOverride" (
    "id" TEXT NOT NULL,
    "inspectionId" TEXT NOT NULL,
    "standard" TEXT NOT NULL,
    "rating" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "overriddenById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RatingOverride_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RatingOverride_overriddenById_idx" ON "RatingOverride"("overriddenById");

-- CreateIndex
CREATE UNIQUE INDEX "RatingOverride_inspectionId_standard_key" ON "RatingOverride"("inspectionId", "standard");

-- AddForeignKey
ALTER TABLE "RatingOverride" ADD CONSTRAINT "RatingOverride_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RatingOverride" ADD CONSTRAINT "RatingOverride_overriddenById_fkey" FOREIGN KEY ("overriddenById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
