// Recommendations and what follows them: the follow-up inspection's judgement of progress, the board's action
// plan, and the area's factual accuracy comments on the draft report. Checked, audited, one transaction each.
import type { ActionStatus, PrismaClient, ProgressJudgement, RecommendationStatus } from '@scrutiny/db';
import type { Viewer } from '../access/viewer.ts';
import { runsInspection } from '../access/checks.ts';
import { isBoardOf, seesInspection } from '../access/inspection-roles.ts';
import { InvalidStateError, NotFoundError } from './errors.ts';
import { audit } from './audit.ts';
import { checkBaselineRecommendations } from './planning.ts';
import {
  changeUnpublished,
  inspectionForChange,
  teamInspectors,
  type ChangeDeps,
  type InspectionForChange,
  type MayChange,
} from './narrative.ts';

const RECOMMENDATIONS_REFUSAL = 'Only inspectors of the team or a chief inspector may make or judge recommendations.';

const boardOfArea: MayChange = async (_prisma, viewer, inspection) => isBoardOf(viewer, inspection);
const boardOfAreaOrTeamInspectors: MayChange = async (prisma, viewer, inspection) =>
  isBoardOf(viewer, inspection) || runsInspection(prisma, viewer, inspection.id);

/** The recommendation's inspection, for a change by whoever `mayChange` allows. */
async function forRecommendation(deps: ChangeDeps, recommendationId: string, mayChange: MayChange, refusal: string) {
  const recommendation = await deps.prisma.recommendation.findUnique({
    where: { id: recommendationId },
    select: { inspectionId: true },
  });
  if (!recommendation) throw new NotFoundError('The recommendation');
  return inspectionForChange(deps, recommendation.inspectionId, mayChange, refusal, 'The recommendation');
}

// ── Recommendations ───────────────────────────────────────────────────────────

/** A new recommendation, numbered after the inspection's last one. */
export async function addRecommendation(deps: ChangeDeps, input: { inspectionId: string; text: string }) {
  const { viewer, inspection } = await inspectionForChange(
    deps,
    input.inspectionId,
    teamInspectors,
    RECOMMENDATIONS_REFUSAL,
  );
  return changeUnpublished(deps.prisma, inspection.id, async (tx) => {
    const last = await tx.recommendation.aggregate({ where: { inspectionId: inspection.id }, _max: { number: true } });
    const recommendation = await tx.recommendation.create({
      data: { inspectionId: inspection.id, number: (last._max.number ?? 0) + 1, text: input.text },
    });
    await audit(tx, viewer, {
      action: 'recommendation.create',
      entity: 'Recommendation',
      entityId: recommendation.id,
      inspectionId: inspection.id,
      after: recommendation,
    });
    return recommendation;
  });
}

/** The board says how far its area has got with a recommendation. */
export async function setRecommendationStatus(
  deps: ChangeDeps,
  input: { recommendationId: string; status: RecommendationStatus },
) {
  const { viewer, inspection } = await forRecommendation(
    deps,
    input.recommendationId,
    boardOfArea,
    "Only a member of the area's board may set a recommendation's status.",
  );
  return deps.prisma.$transaction(async (tx) => {
    const before = await tx.recommendation.findUniqueOrThrow({ where: { id: input.recommendationId } });
    const recommendation = await tx.recommendation.update({ where: { id: before.id }, data: { status: input.status } });
    await audit(tx, viewer, {
      action: 'recommendation.status',
      entity: 'Recommendation',
      entityId: recommendation.id,
      inspectionId: inspection.id,
      before: { status: before.status },
      after: { status: recommendation.status },
    });
    return recommendation;
  });
}

// ── Follow-up ─────────────────────────────────────────────────────────────────

/**
 * Chooses which of the baseline's recommendations a follow-up inspection follows up: afterwards it follows up exactly
 * those given. Returns the follow-up inspection's id.
 */
export async function followUpRecommendations(
  deps: ChangeDeps,
  input: { inspectionId: string; recommendationIds: readonly string[] },
) {
  const { viewer, inspection } = await inspectionForChange(
    deps,
    input.inspectionId,
    teamInspectors,
    RECOMMENDATIONS_REFUSAL,
  );
  const baselineId = requireBaseline(inspection);
  const wanted = await checkBaselineRecommendations(deps.prisma, baselineId, input.recommendationIds);
  return changeUnpublished(deps.prisma, inspection.id, async (tx) => {
    const existing = await tx.recommendationFollowUp.findMany({ where: { inspectionId: inspection.id } });
    const kept = new Set(existing.map((f) => f.recommendationId));
    for (const gone of existing.filter((f) => !wanted.includes(f.recommendationId))) {
      await tx.recommendationFollowUp.delete({ where: { id: gone.id } });
      await audit(tx, viewer, {
        action: 'recommendationFollowUp.delete',
        entity: 'RecommendationFollowUp',
        entityId: gone.id,
        inspectionId: inspection.id,
        before: gone,
      });
    }
    for (const recommendationId of wanted.filter((id) => !kept.has(id))) {
      const followUp = await tx.recommendationFollowUp.create({
        data: { recommendationId, inspectionId: inspection.id },
      });
      await audit(tx, viewer, {
        action: 'recommendationFollowUp.create',
        entity: 'RecommendationFollowUp',
        entityId: followUp.id,
        inspectionId: inspection.id,
        after: followUp,
      });
    }
    return inspection.id;
  });
}

function requireBaseline(inspection: InspectionForChange): string {
  if (!inspection.baselineId)
    throw new InvalidStateError(
      `${inspection.title} has no baseline inspection, so it has no recommendations to follow up.`,
    );
  return inspection.baselineId;
}

/** The follow-up inspection's judgement of progress against one recommendation. */
export async function judgeRecommendation(
  deps: ChangeDeps,
  input: { followUpId: string; judgement: ProgressJudgement; comment?: string | null },
) {
  const found = await deps.prisma.recommendationFollowUp.findUnique({
    where: { id: input.followUpId },
    select: { inspectionId: true },
  });
  if (!found) throw new NotFoundError('The recommendation follow-up');
  const { viewer, inspection } = await inspectionForChange(
    deps,
    found.inspectionId,
    teamInspectors,
    RECOMMENDATIONS_REFUSAL,
    'The recommendation follow-up',
  );
  return changeUnpublished(deps.prisma, inspection.id, async (tx) => {
    const before = await tx.recommendationFollowUp.findUnique({ where: { id: input.followUpId } });
    if (!before) throw new NotFoundError('The recommendation follow-up');
    const comment = input.comment === undefined ? undefined : input.comment?.trim() || null;
    const followUp = await tx.recommendationFollowUp.update({
      where: { id: before.id },
      data: { judgement: input.judgement, comment },
    });
    await audit(tx, viewer, {
      action: 'recommendationFollowUp.judge',
      entity: 'RecommendationFollowUp',
      entityId: followUp.id,
      inspectionId: inspection.id,
      before: { judgement: before.judgement, comment: before.comment },
      after: { judgement: followUp.judgement, comment: followUp.comment },
    });
    return followUp;
  });
}

// ── Action plans ──────────────────────────────────────────────────────────────

const ACTION_PLAN_REFUSAL = "Only a member of the area's board or an inspector of the team may change the action plan.";

export interface ActionPlanItemInput {
  recommendationId: string;
  action: string;
  owner: string;
  dueOn?: Date | null;
  status?: ActionStatus | null;
}

/** Items carry their recommendation's inspection id, which their type-level authorization reads. */
const WITH_INSPECTION_ID = { recommendation: { select: { inspectionId: true } } } as const;

// Action plans are written after publication, so a published inspection does not stop them.
export async function addActionPlanItem(deps: ChangeDeps, input: ActionPlanItemInput) {
  const { viewer, inspection } = await forRecommendation(
    deps,
    input.recommendationId,
    boardOfAreaOrTeamInspectors,
    ACTION_PLAN_REFUSAL,
  );
  return deps.prisma.$transaction(async (tx) => {
    const item = await tx.actionPlanItem.create({
      data: {
        recommendationId: input.recommendationId,
        action: input.action,
        owner: input.owner,
        dueOn: input.dueOn ?? null,
        status: input.status ?? 'NOT_STARTED',
        updatedById: viewer.id,
      },
      include: WITH_INSPECTION_ID,
    });
    await audit(tx, viewer, {
      action: 'actionPlanItem.create',
      entity: 'ActionPlanItem',
      entityId: item.id,
      inspectionId: inspection.id,
      after: item,
    });
    return item;
  });
}

export interface ActionPlanItemChange {
  itemId: string;
  action?: string | null;
  owner?: string | null;
  /** Undefined keeps the due date; null removes it. */
  dueOn?: Date | null;
  status?: ActionStatus | null;
}

export async function updateActionPlanItem(deps: ChangeDeps, input: ActionPlanItemChange) {
  const found = await deps.prisma.actionPlanItem.findUnique({
    where: { id: input.itemId },
    select: { recommendationId: true },
  });
  if (!found) throw new NotFoundError('The action plan item');
  const { viewer, inspection } = await forRecommendation(
    deps,
    found.recommendationId,
    boardOfAreaOrTeamInspectors,
    ACTION_PLAN_REFUSAL,
  );
  return deps.prisma.$transaction(async (tx) => {
    const before = await tx.actionPlanItem.findUnique({ where: { id: input.itemId } });
    if (!before) throw new NotFoundError('The action plan item');
    const item = await tx.actionPlanItem.update({
      where: { id: before.id },
      data: {
        action: input.action ?? undefined,
        owner: input.owner ?? undefined,
        dueOn: input.dueOn,
        status: input.status ?? undefined,
        updatedById: viewer.id,
      },
      include: WITH_INSPECTION_ID,
    });
    await audit(tx, viewer, {
      action: item.status !== before.status ? 'actionPlanItem.status' : 'actionPlanItem.update',
      entity: 'ActionPlanItem',
      entityId: item.id,
      inspectionId: inspection.id,
      before,
      after: item,
    });
    return item;
  });
}

// ── Factual accuracy ──────────────────────────────────────────────────────────

/** A comment on the draft: from the area's board during the factual accuracy check, or from the team. */
export async function addFactualAccuracyComment(
  deps: ChangeDeps,
  input: { inspectionId: string; section?: string | null; text: string },
) {
  const { viewer, inspection } = await inspectionForChange(
    deps,
    input.inspectionId,
    boardOfAreaOrTeamInspectors,
    "Only a member of the area's board or an inspector of the team may comment on the draft report.",
  );
  const fromBoard = !(await runsInspection(deps.prisma, viewer, inspection.id));
  return changeUnpublished(deps.prisma, inspection.id, async (tx) => {
    const { status } = await tx.inspection.findUniqueOrThrow({
      where: { id: inspection.id },
      select: { status: true },
    });
    if (fromBoard && status !== 'FACTUAL_ACCURACY_CHECK')
      throw new InvalidStateError(
        'The board comments on the draft report while it is with the area for its factual accuracy check.',
      );
    const comment = await tx.factualAccuracyComment.create({
      data: {
        inspectionId: inspection.id,
        authorId: viewer.id,
        section: input.section?.trim() || null,
        text: input.text,
      },
    });
    await audit(tx, viewer, {
      action: 'factualAccuracyComment.create',
      entity: 'FactualAccuracyComment',
      entityId: comment.id,
      inspectionId: inspection.id,
      after: comment,
    });
    return comment;
  });
}

/** The team marks a comment dealt with. Resolving a resolved comment changes nothing. */
export async function resolveFactualAccuracyComment(deps: ChangeDeps, commentId: string) {
  const found = await deps.prisma.factualAccuracyComment.findUnique({
    where: { id: commentId },
    select: { inspectionId: true },
  });
  if (!found) throw new NotFoundError('The comment');
  const { viewer, inspection } = await inspectionForChange(
    deps,
    found.inspectionId,
    teamInspectors,
    'Only inspectors of the team or a chief inspector may resolve comments on the draft report.',
    'The comment',
  );
  return changeUnpublished(deps.prisma, inspection.id, async (tx) => {
    const before = await tx.factualAccuracyComment.findUnique({ where: { id: commentId } });
    if (!before) throw new NotFoundError('The comment');
    if (before.resolvedAt) return before;
    const comment = await tx.factualAccuracyComment.update({
      where: { id: commentId },
      data: { resolvedAt: new Date() },
    });
    await audit(tx, viewer, {
      action: 'factualAccuracyComment.resolve',
      entity: 'FactualAccuracyComment',
      entityId: comment.id,
      inspectionId: inspection.id,
      before: { resolvedAt: null },
      after: { resolvedAt: comment.resolvedAt },
    });
    return comment;
  });
}

/**
 * Whether the viewer may see a recommendation: where they see the inspection that made it, or one that follows it up
 * (a follow-up report quotes the recommendations it judges).
 */
export async function seesRecommendation(
  ctx: { prisma: PrismaClient; viewer: Viewer | null },
  recommendation: { id: string; inspectionId: string },
): Promise<boolean> {
  if (await seesInspection(ctx, recommendation.inspectionId)) return true;
  const followUps = await ctx.prisma.recommendationFollowUp.findMany({
    where: { recommendationId: recommendation.id },
    select: { inspectionId: true },
  });
  for (const followUp of followUps) if (await seesInspection(ctx, followUp.inspectionId)) return true;
  return false;
}
