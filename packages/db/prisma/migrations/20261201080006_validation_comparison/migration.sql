-- AlterTable
ALTER TABLE "Validation" ADD COLUMN     "assessorReason" TEXT,
ADD COLUMN     "assessorValue" TEXT,
ADD COLUMN     "comparedAt" TIMESTAMP(3),
ADD COLUMN     "resolutionNote" TEXT;
