// Planning an inspection (DOMAIN.md § The work, step 1): who may schedule one and manage its team, which earlier
// inspections a follow-up may take as its baseline, which of the baseline's recommendations it may follow up,
// and who may hold which place in a team. Each rule is here once, for the mutations and the fields that offer
// the choices alike.
import type { InspectionKind, InspectionRole, Prisma, PrismaClient } from '@scrutiny/db';
import type { Viewer } from '../access/viewer.ts';
import { runsInspection } from '../access/checks.ts';
import { inspectionForTeam, isAdminOfficer, leadsWhatTheyCreate } from '../access/inspection-roles.ts';
import { mayJoinTeamOf, mayPlanInspections, teamPlaceRefusal } from '../access/team.ts';
import { visibleInspections } from '../access/visibility.ts';
import { ForbiddenError, InvalidInputError, InvalidStateError, NotFoundError, UnauthenticatedError } from './errors.ts';
import { audit } from './audit.ts';

/** Admin officers add team members to any inspection; inspectors to the inspections they run. */
export async function mayManageTeam(
  prisma: PrismaClient,
  viewer: Viewer | null,
  inspectionId: string,
): Promise<boolean> {
  if (!viewer) return false;
  return isAdminOfficer(viewer) || runsInspection(prisma, viewer, inspectionId);
}

/** The users who could join an inspection's team and are not on it yet, as a database filter. */
export function teamCandidatesWhere(inspection: { id: string; areaId: string }): Prisma.UserWhereInput {
  return {
    AND: [
      mayJoinTeamOf(inspection),
      { memberships: { none: { inspectionId: inspection.id } } },
      // A deactivated person joins no team.
      { deactivatedAt: null },
    ],
  };
}

/** A baseline is an inspection of the same area from an earlier year, which the viewer may see. */
export function baselineCandidatesWhere(
  viewer: Viewer | null,
  areaId: string,
  year: number,
): Prisma.InspectionWhereInput {
  return { AND: [visibleInspections(viewer), { areaId, year: { lt: year } }] };
}

/** Refuses recommendation ids that the baseline did not make; a follow-up follows up only its baseline's. */
export async function checkBaselineRecommendations(
  prisma: Prisma.TransactionClient | PrismaClient,
  baselineId: string,
  recommendationIds: readonly string[],
  path = 'input.recommendationIds',
): Promise<string[]> {
  const wanted = [...new Set(recommendationIds)];
  const baselineRecommendations = await prisma.recommendation.findMany({
    where: { inspectionId: baselineId },
    select: { id: true, number: true },
    orderBy: { number: 'asc' },
  });
  const ofBaseline = new Set(baselineRecommendations.map((r) => r.id));
  const strangers = wanted.filter((id) => !ofBaseline.has(id));
  if (strangers.length > 0) {
    const numbers = baselineRecommendations.map((r) => r.number).join(', ') || 'none';
    const message = `${strangers.length} of the recommendations given ${strangers.length === 1 ? 'was' : 'were'} not made by the baseline inspection; a follow-up can follow up only the baseline's recommendations (numbers ${numbers}).`;
    throw new InvalidInputError(message, [{ path, message }]);
  }
  return wanted;
}

export interface NewInspection {
  areaId: string;
  frameworkId: string;
  kind: InspectionKind;
  year: number;
  quarter?: number | null;
  title: string;
  fieldworkStart?: Date | null;
  fieldworkEnd?: Date | null;
  baselineId?: string | null;
  followedUpRecommendationIds?: readonly string[] | null;
  methodNote?: string | null;
  /** Whether offenders are interviewed: part of what its scores compare with. Yes unless said otherwise. */
  offenderInterviews?: boolean | null;
}

/**
 * Creates an inspection with its baseline and the baseline's recommendations it follows up, in one transaction:
 * a refused plan leaves nothing behind. An inspector who plans it leads it.
 */
export async function createInspection(prisma: PrismaClient, viewer: Viewer | null, input: NewInspection) {
  if (!viewer) throw new UnauthenticatedError();
  if (!mayPlanInspections(viewer.role))
    throw new ForbiddenError('Only inspectors and admin officers plan inspections.');
  if (input.kind === 'FOLLOW_UP' && !input.baselineId)
    throw new InvalidInputError('A follow-up names its baseline inspection.', [
      { path: 'baselineId', message: 'Choose the inspection this one follows up.' },
    ]);
  if (input.fieldworkStart && input.fieldworkEnd && input.fieldworkEnd < input.fieldworkStart)
    throw new InvalidInputError('Fieldwork cannot end before it starts.', [
      { path: 'fieldworkEnd', message: 'The end of fieldwork must be on or after its start.' },
    ]);
  const [area, framework] = await Promise.all([
    prisma.area.findUnique({ where: { id: input.areaId }, select: { id: true, archivedAt: true } }),
    prisma.framework.findUnique({ where: { id: input.frameworkId }, select: { id: true } }),
  ]);
  if (!area) throw new InvalidInputError('Choose an area.', [{ path: 'areaId', message: 'Not an area.' }]);
  if (area.archivedAt)
    throw new InvalidInputError('The area is retired: no new inspection can be planned for it.', [
      { path: 'areaId', message: 'The area is retired.' },
    ]);
  if (!framework)
    throw new InvalidInputError('Choose a framework.', [{ path: 'frameworkId', message: 'Not a framework.' }]);
  const followed = input.followedUpRecommendationIds ?? [];
  if (input.baselineId) {
    const baseline = await prisma.inspection.findFirst({
      where: { AND: [{ id: input.baselineId }, baselineCandidatesWhere(viewer, input.areaId, input.year)] },
      select: { id: true },
    });
    if (!baseline)
      throw new InvalidInputError('The baseline must be an inspection of the same area from an earlier year.', [
        { path: 'baselineId', message: 'Not an earlier inspection of this area.' },
      ]);
    await checkBaselineRecommendations(prisma, baseline.id, followed, 'followedUpRecommendationIds');
  } else if (followed.length > 0)
    throw new InvalidInputError('Only an inspection with a baseline follows up recommendations.', [
      { path: 'followedUpRecommendationIds', message: 'Choose the baseline first.' },
    ]);

  return prisma.$transaction(async (tx) => {
    const created = await tx.inspection.create({
      data: {
        areaId: input.areaId,
        frameworkId: input.frameworkId,
        kind: input.kind,
        year: input.year,
        quarter: input.quarter ?? null,
        title: input.title,
        fieldworkStart: input.fieldworkStart ?? null,
        fieldworkEnd: input.fieldworkEnd ?? null,
        baselineId: input.baselineId ?? null,
        methodNote: input.methodNote ?? null,
        offenderInterviews: input.offenderInterviews ?? true,
        memberships: leadsWhatTheyCreate(viewer)
          ? { create: { userId: viewer.id, role: 'LEAD_INSPECTOR' } }
          : undefined,
        recommendationFollowUps:
          followed.length > 0
            ? { create: [...new Set(followed)].map((recommendationId) => ({ recommendationId })) }
            : undefined,
      },
    });
    await audit(tx, viewer, {
      action: 'inspection.create',
      entity: 'Inspection',
      entityId: created.id,
      inspectionId: created.id,
      after: input,
    });
    return created;
  });
}

/**
 * Records whether offenders were interviewed, until publication: after it the published figures (and the comparisons
 * made with them) rest on what was recorded. For an inspector of the inspection's team (or a chief inspector).
 */
export async function setOffenderInterviews(
  prisma: PrismaClient,
  caller: Viewer | null,
  inspectionId: string,
  held: boolean,
) {
  const { inspection, viewer } = await inspectionForTeam(prisma, caller, inspectionId);
  if (inspection.status === 'PUBLISHED')
    throw new InvalidStateError(
      'The inspection is published: whether offenders were interviewed can no longer change.',
    );
  return prisma.$transaction(async (tx) => {
    // Only while still unpublished: a publication racing this change wins, and this one is refused.
    const changed = await tx.inspection.updateMany({
      where: { id: inspection.id, status: { not: 'PUBLISHED' } },
      data: { offenderInterviews: held },
    });
    if (changed.count !== 1)
      throw new InvalidStateError(
        'The inspection is published: whether offenders were interviewed can no longer change.',
      );
    await audit(tx, viewer, {
      action: 'inspection.offenderInterviews',
      entity: 'Inspection',
      entityId: inspection.id,
      inspectionId: inspection.id,
      before: { offenderInterviews: inspection.offenderInterviews },
      after: { offenderInterviews: held },
    });
    return tx.inspection.findUniqueOrThrow({ where: { id: inspection.id } });
  });
}

/** Puts a person in an inspection's team (or changes their place in it), with its audit record. */
export async function addTeamMember(
  prisma: PrismaClient,
  viewer: Viewer | null,
  input: { inspectionId: string; userId: string; role: InspectionRole },
) {
  if (!viewer) throw new UnauthenticatedError();
  const { inspectionId } = input;
  if (!(await mayManageTeam(prisma, viewer, inspectionId)))
    throw new ForbiddenError('Only the team or an admin officer adds team members.');
  const [inspection, user] = await Promise.all([
    prisma.inspection.findUnique({ where: { id: inspectionId } }),
    prisma.user.findUnique({ where: { id: input.userId } }),
  ]);
  if (!inspection) throw new NotFoundError('The inspection');
  if (!user) throw new NotFoundError('The user');
  const refusal = teamPlaceRefusal(user, inspection, input.role);
  if (refusal)
    throw new InvalidInputError(refusal, [{ path: 'role', message: 'Not a place this person may hold in the team.' }]);
  return prisma.$transaction(async (tx) => {
    await tx.membership.upsert({
      where: { inspectionId_userId: { inspectionId, userId: user.id } },
      create: { inspectionId, userId: user.id, role: input.role },
      update: { role: input.role },
    });
    await audit(tx, viewer, {
      action: 'team.add',
      entity: 'Inspection',
      entityId: inspectionId,
      inspectionId,
      after: { user: user.id, role: input.role },
    });
    return tx.inspection.findUniqueOrThrow({ where: { id: inspectionId } });
  });
}
