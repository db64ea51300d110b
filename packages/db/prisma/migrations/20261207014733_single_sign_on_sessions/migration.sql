-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "singleSignOn" BOOLEAN NOT NULL DEFAULT false;
