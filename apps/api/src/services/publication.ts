// Publication freezes an inspection: its figures (computed from answers, or recorded) and its report text are
// copied into PublishedReport in one transaction, and from then on every reader gets the frozen copy.
import type { CriterionScore } from '@scrutiny/domain';
import type { Prisma, PrismaClient } from '@scrutiny/db';
import type { Viewer } from '../access/viewer.ts';
import { signsOffAndPublishes } from '../access/inspection-roles.ts';
import { CHIEF_INSPECTORS } from '../access/roles.ts';
import { ForbiddenError, InvalidStateError, NotFoundError, UnauthenticatedError } from './errors.ts';
import type { FrameworkRegistry } from '../plugins/framework-registry.ts';
import { audit } from './audit.ts';
import { ScoreLoader, type FrozenFigures } from './score-loader.ts';

/** What publishing on someone's behalf needs: the request context satisfies it. */
export interface PublishDeps {
  prisma: PrismaClient;
  frameworks: FrameworkRegistry;
  viewer: Viewer | null;
  publicPages: { afterPublication(inspectionId: string): Promise<unknown> };
  logger: { error(details: object, message: string): void };
}

/** A chief inspector publishes a signed-off inspection; its public pages are made at once. */
export async function publishAsChiefInspector(deps: PublishDeps, inspectionId: string) {
  if (!deps.viewer) throw new UnauthenticatedError();
  if (!signsOffAndPublishes(deps.viewer)) throw new ForbiddenError('Only a chief inspector publishes.');
  await publishInspection(deps.prisma, deps.frameworks, deps.viewer, inspectionId);
  // Its public pages are made now; should that fail, they are made at their first request instead.
  await deps.publicPages.afterPublication(inspectionId).catch((error: unknown) => {
    deps.logger.error({ err: error, inspectionId }, 'public page not rendered');
  });
  return deps.prisma.inspection.findUniqueOrThrow({ where: { id: inspectionId } });
}

/** Freezes a signed-off inspection's figures and text (by a chief inspector, or by the seed with no viewer). */
export async function publishInspection(
  prisma: PrismaClient,
  frameworks: FrameworkRegistry,
  viewer: Viewer | null,
  inspectionId: string,
) {
  const inspection = await prisma.inspection.findUnique({
    where: { id: inspectionId },
    select: { id: true, status: true, framework: { select: { key: true, version: true } } },
  });
  if (!inspection) throw new NotFoundError('The inspection');
  if (inspection.status !== 'SIGNED_OFF') throw new InvalidStateError('Only a signed-off inspection can be published.');

  const results = await new ScoreLoader(prisma, frameworks).load(inspectionId);
  const figures: FrozenFigures = {
    source: results.source,
    subsamples: results.subsamples,
    criteria: results.criteria,
    measures: results.measures,
    ratings: results.ratings,
  };
  const content = await reportContent(prisma, inspectionId);
  const publishedAt = new Date();
  return prisma.$transaction(async (tx) => {
    // Re-check inside the transaction: two publishers racing must not both freeze.
    const claimed = await tx.inspection.updateMany({
      where: { id: inspectionId, status: 'SIGNED_OFF' },
      data: { status: 'PUBLISHED', publishedAt },
    });
    if (claimed.count !== 1) throw new InvalidStateError('The inspection was published or changed meanwhile.');
    const report = await tx.publishedReport.create({
      data: {
        inspectionId,
        publishedAt,
        publishedById: viewer?.id ?? (await systemUserId(tx)),
        frameworkKey: inspection.framework.key,
        frameworkVersion: inspection.framework.version,
        figures: toJson(figures),
        criterionScores: toJson(criterionScoresBySubsample(figures.criteria)),
        content: toJson(content),
      },
    });
    await audit(tx, viewer, {
      action: 'inspection.publish',
      entity: 'Inspection',
      entityId: inspectionId,
      inspectionId,
    });
    return report;
  });
}

/** The frozen criterion scores by subsample, in their frozen order: what the national picture prints. */
export function criterionScoresBySubsample(criteria: readonly CriterionScore[]): Record<string, CriterionScore[]> {
  const bySubsample: Record<string, CriterionScore[]> = {};
  for (const score of criteria) (bySubsample[score.subsample] ??= []).push(score);
  return bySubsample;
}

/** The report's text as it stands at publication. */
async function reportContent(prisma: PrismaClient, inspectionId: string) {
  const [texts, findings, goodPractices, recommendations, followUps, meetings] = await Promise.all([
    prisma.reportText.findMany({ where: { inspectionId }, orderBy: { section: 'asc' } }),
    prisma.finding.findMany({
      where: { inspectionId },
      orderBy: [{ criterionCode: 'asc' }, { position: 'asc' }],
      include: { evidence: { select: { title: true }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] } },
    }),
    prisma.goodPractice.findMany({ where: { inspectionId }, orderBy: [{ criterionCode: 'asc' }, { position: 'asc' }] }),
    prisma.recommendation.findMany({ where: { inspectionId }, orderBy: { number: 'asc' } }),
    prisma.recommendationFollowUp.findMany({ where: { inspectionId }, include: { recommendation: true } }),
    prisma.meeting.findMany({ where: { inspectionId }, orderBy: { heldOn: 'asc' } }),
  ]);
  return {
    texts: texts.map(({ section, text, signedBy }) => ({ section, text, signedBy })),
    findings: findings.map(({ criterionCode, kind, text, evidence }) => ({
      criterionCode,
      kind,
      text,
      evidence: evidence.map((e) => e.title),
    })),
    goodPractices: goodPractices.map(({ criterionCode, title, text }) => ({ criterionCode, title, text })),
    recommendations: recommendations.map(({ number, text }) => ({ number, text })),
    followedUpRecommendations: followUps
      .sort((a, b) => a.recommendation.number - b.recommendation.number)
      .map((f) => ({
        number: f.recommendation.number,
        text: f.recommendation.text,
        judgement: f.judgement,
        comment: f.comment,
      })),
    meetings: meetings.map(({ attendees, kind }) => ({ attendees, kind })),
  };
}

async function systemUserId(tx: Prisma.TransactionClient): Promise<string> {
  const chief = await tx.user.findFirst({
    where: CHIEF_INSPECTORS,
    select: { id: true },
    orderBy: { createdAt: 'asc' },
  });
  if (!chief) throw new InvalidStateError('Publishing needs a chief inspector account.');
  return chief.id;
}

function toJson(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}
