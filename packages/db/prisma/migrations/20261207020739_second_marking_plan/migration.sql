-- AlterTable
ALTER TABLE "Inspection" ADD COLUMN     "secondMarkingPlan" JSONB;
