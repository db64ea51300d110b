-- CreateEnum
CREATE TYPE "UserRole" AS ENUM ('INSPECTOR', 'CHIEF_INSPECTOR', 'AREA_ASSESSOR', 'INFORMATION_MANAGER', 'ADMIN_OFFICER', 'BOARD_MEMBER', 'ADMINISTRATOR');

-- CreateEnum
CREATE TYPE "InspectionRole" AS ENUM ('LEAD_INSPECTOR', 'INSPECTOR', 'AREA_ASSESSOR', 'INFORMATION_MANAGER', 'ADMIN_OFFICER');

-- CreateEnum
CREATE TYPE "InspectionKind" AS ENUM ('FULL', 'FOLLOW_UP');

-- CreateEnum
CREATE TYPE "InspectionStatus" AS ENUM ('PLANNED', 'FIELDWORK', 'VALIDATION', 'DRAFTING', 'FACTUAL_ACCURACY_CHECK', 'SIGNED_OFF', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "EvidenceBase" AS ENUM ('CASE_FILES', 'RECORDED_FIGURES');

-- CreateEnum
CREATE TYPE "RecommendationStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'COMPLETED');

-- CreateEnum
CREATE TYPE "ProgressJudgement" AS ENUM ('NO_MEANINGFUL_PROGRESS', 'INSUFFICIENT_PROGRESS', 'REASONABLE_PROGRESS', 'GOOD_PROGRESS');

-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'DONE');

-- CreateEnum
CREATE TYPE "RiskOfHarm" AS ENUM ('LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH');

-- CreateEnum
CREATE TYPE "CaseFileStatus" AS ENUM ('UNASSIGNED', 'ASSIGNED', 'IN_PROGRESS', 'SUBMITTED', 'VALIDATED');

-- CreateEnum
CREATE TYPE "SampleRole" AS ENUM ('SAMPLE', 'RESERVE', 'REPLACED');

-- CreateEnum
CREATE TYPE "MeetingKind" AS ENUM ('BOARD', 'MANAGERS', 'PRACTITIONERS', 'PARTNERS', 'OFFENDERS', 'OTHER');

-- CreateEnum
CREATE TYPE "EvidenceKind" AS ENUM ('DOCUMENT', 'MEETING_NOTE', 'DATA');

-- CreateEnum
CREATE TYPE "FindingKind" AS ENUM ('STRENGTH', 'AREA_FOR_IMPROVEMENT', 'OBSERVATION');

-- CreateEnum
CREATE TYPE "FigureKind" AS ENUM ('CRITERION', 'MEASURE');

-- CreateTable
CREATE TABLE "ComparisonGroup" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ComparisonGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Area" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "comparisonGroupId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Area_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "District" (
    "id" TEXT NOT NULL,
    "areaId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "District_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "UserRole" NOT NULL,
    "areaId" TEXT,
    "failedLogins" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "inspectionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "InspectionRole" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Framework" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "definition" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Framework_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Inspection" (
    "id" TEXT NOT NULL,
    "areaId" TEXT NOT NULL,
    "frameworkId" TEXT NOT NULL,
    "kind" "InspectionKind" NOT NULL,
    "status" "InspectionStatus" NOT NULL DEFAULT 'PLANNED',
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "fieldworkStart" TIMESTAMP(3),
    "fieldworkEnd" TIMESTAMP(3),
    "baselineId" TEXT,
    "evidence" "EvidenceBase" NOT NULL DEFAULT 'CASE_FILES',
    "methodNote" TEXT,
    "sampleSeed" TEXT,
    "signedOffAt" TIMESTAMP(3),
    "signedOffById" TEXT,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Inspection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Recommendation" (
    "id" TEXT NOT NULL,
    "inspectionId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "status" "RecommendationStatus" NOT NULL DEFAULT 'OPEN',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Recommendation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecommendationFollowUp" (
    "id" TEXT NOT NULL,
    "recommendationId" TEXT NOT NULL,
    "inspectionId" TEXT NOT NULL,
    "judgement" "ProgressJudgement",
    "comment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RecommendationFollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionPlanItem" (
    "id" TEXT NOT NULL,
    "recommendationId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "dueOn" TIMESTAMP(3),
    "status" "ActionStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ActionPlanItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseCandidate" (
    "id" TEXT NOT NULL,
    "inspectionId" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "person" TEXT NOT NULL,
    "officer" TEXT,
    "facts" JSONB NOT NULL,
    "eligible" BOOLEAN NOT NULL,
    "ineligibleReason" TEXT,
    "row" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseCandidate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseFile" (
    "id" TEXT NOT NULL,
    "inspectionId" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "facts" JSONB NOT NULL,
    "riskOfHarm" "RiskOfHarm" NOT NULL,
    "officer" TEXT,
    "districtId" TEXT,
    "assessorId" TEXT,
    "status" "CaseFileStatus" NOT NULL DEFAULT 'UNASSIGNED',
    "sampleRole" "SampleRole" NOT NULL DEFAULT 'SAMPLE',
    "replacedReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CaseFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Answer" (
    "id" TEXT NOT NULL,
    "caseFileId" TEXT NOT NULL,
    "measureKey" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "reason" TEXT,
    "comment" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "answeredById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Answer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Validation" (
    "id" TEXT NOT NULL,
    "caseFileId" TEXT NOT NULL,
    "measureKey" TEXT NOT NULL,
    "inspectorId" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "reason" TEXT,
    "comment" TEXT,
    "resolvedValue" TEXT,
    "resolvedById" TEXT,
    "resolvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Validation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "inspectionId" TEXT NOT NULL,
    "heldOn" TIMESTAMP(3) NOT NULL,
    "attendees" TEXT NOT NULL,
    "kind" "MeetingKind" NOT NULL,
    "notes" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" TEXT NOT NULL,
    "inspectionId" TEXT NOT NULL,
    "kind" "EvidenceKind" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "meetingId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Finding" (
    "id" TEXT NOT NULL,
    "inspectionId" TEXT NOT NULL,
    "criterionCode" TEXT NOT NULL,
    "kind" "FindingKind" NOT NULL,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Finding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GoodPractice" (
    "id" TEXT NOT NULL,
    "inspectionId" TEXT NOT NULL,
    "criterionCode" TEXT NOT NULL,
    "title" TEXT,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GoodPractice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportText" (
    "id" TEXT NOT NULL,
    "inspectionId" TEXT NOT NULL,
    "section" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "signedBy" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportText_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecordedResult" (
    "id" TEXT NOT NULL,
    "inspectionId" TEXT NOT NULL,
    "kind" "FigureKind" NOT NULL,
    "key" TEXT NOT NULL,
    "subsample" TEXT NOT NULL DEFAULT 'ALL',
    "percentage" DOUBLE PRECISION NOT NULL,
    "met" INTEGER,
    "applicable" INTEGER,
    "adjusted" BOOLEAN NOT NULL DEFAULT false,
    "source" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecordedResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublishedReport" (
    "id" TEXT NOT NULL,
    "inspectionId" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedById" TEXT NOT NULL,
    "frameworkKey" TEXT NOT NULL,
    "frameworkVersion" TEXT NOT NULL,
    "figures" JSONB NOT NULL,
    "content" JSONB NOT NULL,

    CONSTRAINT "PublishedReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FactualAccuracyComment" (
    "id" TEXT NOT NULL,
    "inspectionId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "section" TEXT,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "FactualAccuracyComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "scopes" TEXT[],
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    "lastUsedAt" TIMESTAMP(3),

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "inspectionId" TEXT,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MutationReceipt" (
    "id" TEXT NOT NULL,
    "clientMutationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "result" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MutationReceipt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ComparisonGroup_key_key" ON "ComparisonGroup"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Area_code_key" ON "Area"("code");

-- CreateIndex
CREATE INDEX "Area_comparisonGroupId_idx" ON "Area"("comparisonGroupId");

-- CreateIndex
CREATE INDEX "District_areaId_idx" ON "District"("areaId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_areaId_idx" ON "User"("areaId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_tokenHash_key" ON "Session"("tokenHash");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_inspectionId_userId_key" ON "Membership"("inspectionId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Framework_key_version_key" ON "Framework"("key", "version");

-- CreateIndex
CREATE INDEX "Inspection_areaId_idx" ON "Inspection"("areaId");

-- CreateIndex
CREATE INDEX "Inspection_frameworkId_idx" ON "Inspection"("frameworkId");

-- CreateIndex
CREATE INDEX "Inspection_baselineId_idx" ON "Inspection"("baselineId");

-- CreateIndex
CREATE INDEX "Inspection_signedOffById_idx" ON "Inspection"("signedOffById");

-- CreateIndex
CREATE UNIQUE INDEX "Recommendation_inspectionId_number_key" ON "Recommendation"("inspectionId", "number");

-- CreateIndex
CREATE INDEX "RecommendationFollowUp_inspectionId_idx" ON "RecommendationFollowUp"("inspectionId");

-- CreateIndex
CREATE UNIQUE INDEX "RecommendationFollowUp_recommendationId_inspectionId_key" ON "RecommendationFollowUp"("recommendationId", "inspectionId");

-- CreateIndex
CREATE INDEX "ActionPlanItem_recommendationId_idx" ON "ActionPlanItem"("recommendationId");

-- CreateIndex
CREATE INDEX "ActionPlanItem_updatedById_idx" ON "ActionPlanItem"("updatedById");

-- CreateIndex
CREATE UNIQUE INDEX "CaseCandidate_inspectionId_reference_key" ON "CaseCandidate"("inspectionId", "reference");

-- CreateIndex
CREATE INDEX "CaseFile_districtId_idx" ON "CaseFile"("districtId");

-- CreateIndex
CREATE INDEX "CaseFile_assessorId_idx" ON "CaseFile"("assessorId");

-- CreateIndex
CREATE UNIQUE INDEX "CaseFile_inspectionId_reference_key" ON "CaseFile"("inspectionId", "reference");

-- CreateIndex
CREATE INDEX "Answer_answeredById_idx" ON "Answer"("answeredById");

-- CreateIndex
CREATE UNIQUE INDEX "Answer_caseFileId_measureKey_key" ON "Answer"("caseFileId", "measureKey");

-- CreateIndex
CREATE INDEX "Validation_inspectorId_idx" ON "Validation"("inspectorId");

-- CreateIndex
CREATE INDEX "Validation_resolvedById_idx" ON "Validation"("resolvedById");

-- CreateIndex
CREATE UNIQUE INDEX "Validation_caseFileId_measureKey_key" ON "Validation"("caseFileId", "measureKey");

-- CreateIndex
CREATE INDEX "Meeting_inspectionId_idx" ON "Meeting"("inspectionId");

-- CreateIndex
CREATE INDEX "Evidence_inspectionId_idx" ON "Evidence"("inspectionId");

-- CreateIndex
CREATE INDEX "Evidence_meetingId_idx" ON "Evidence"("meetingId");

-- CreateIndex
CREATE INDEX "Finding_inspectionId_criterionCode_idx" ON "Finding"("inspectionId", "criterionCode");

-- CreateIndex
CREATE INDEX "GoodPractice_inspectionId_criterionCode_idx" ON "GoodPractice"("inspectionId", "criterionCode");

-- CreateIndex
CREATE UNIQUE INDEX "ReportText_inspectionId_section_key" ON "ReportText"("inspectionId", "section");

-- CreateIndex
CREATE UNIQUE INDEX "RecordedResult_inspectionId_kind_key_subsample_adjusted_key" ON "RecordedResult"("inspectionId", "kind", "key", "subsample", "adjusted");

-- CreateIndex
CREATE UNIQUE INDEX "PublishedReport_inspectionId_key" ON "PublishedReport"("inspectionId");

-- CreateIndex
CREATE INDEX "PublishedReport_publishedById_idx" ON "PublishedReport"("publishedById");

-- CreateIndex
CREATE INDEX "FactualAccuracyComment_inspectionId_idx" ON "FactualAccuracyComment"("inspectionId");

-- CreateIndex
CREATE INDEX "FactualAccuracyComment_authorId_idx" ON "FactualAccuracyComment"("authorId");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_createdById_idx" ON "ApiToken"("createdById");

-- CreateIndex
CREATE INDEX "AuditEvent_entity_entityId_idx" ON "AuditEvent"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_idx" ON "AuditEvent"("actorId");

-- CreateIndex
CREATE INDEX "AuditEvent_inspectionId_idx" ON "AuditEvent"("inspectionId");

-- CreateIndex
CREATE UNIQUE INDEX "MutationReceipt_userId_clientMutationId_key" ON "MutationReceipt"("userId", "clientMutationId");

-- AddForeignKey
ALTER TABLE "Area" ADD CONSTRAINT "Area_comparisonGroupId_fkey" FOREIGN KEY ("comparisonGroupId") REFERENCES "ComparisonGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "District" ADD CONSTRAINT "District_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "Framework"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_baselineId_fkey" FOREIGN KEY ("baselineId") REFERENCES "Inspection"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_signedOffById_fkey" FOREIGN KEY ("signedOffById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationFollowUp" ADD CONSTRAINT "RecommendationFollowUp_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationFollowUp" ADD CONSTRAINT "RecommendationFollowUp_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlanItem" ADD CONSTRAINT "ActionPlanItem_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlanItem" ADD CONSTRAINT "ActionPlanItem_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseCandidate" ADD CONSTRAINT "CaseCandidate_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseFile" ADD CONSTRAINT "CaseFile_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseFile" ADD CONSTRAINT "CaseFile_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseFile" ADD CONSTRAINT "CaseFile_assessorId_fkey" FOREIGN KEY ("assessorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_caseFileId_fkey" FOREIGN KEY ("caseFileId") REFERENCES "CaseFile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Validation" ADD CONSTRAINT "Validation_caseFileId_fkey" FOREIGN KEY ("caseFileId") REFERENCES "CaseFile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Validation" ADD CONSTRAINT "Validation_inspectorId_fkey" FOREIGN KEY ("inspectorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Validation" ADD CONSTRAINT "Validation_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoodPractice" ADD CONSTRAINT "GoodPractice_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportText" ADD CONSTRAINT "ReportText_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecordedResult" ADD CONSTRAINT "RecordedResult_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublishedReport" ADD CONSTRAINT "PublishedReport_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublishedReport" ADD CONSTRAINT "PublishedReport_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FactualAccuracyComment" ADD CONSTRAINT "FactualAccuracyComment_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FactualAccuracyComment" ADD CONSTRAINT "FactualAccuracyComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MutationReceipt" ADD CONSTRAINT "MutationReceipt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
