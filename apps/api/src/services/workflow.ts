// The status machine of an inspection. Moving it on (fieldwork, validation, drafting, factual accuracy check,
// sign-off) is for the team, sign-off for a chief inspector. Moving it back one stage, when a stage was ended too
// soon (fieldwork ended with files unsubmitted, say), is only for its lead inspector (or a chief inspector), with a
// reason kept in the audit log, and never by the one-click move on; a published inspection never moves: its figures
// are frozen. Publication has its own service (publication.ts).
import type { InspectionStatus, PrismaClient } from '@scrutiny/db';
import { canSeeInspection } from '../access/checks.ts';
import { inspectionForTeam, leadsInspection, signsOffAndPublishes } from '../access/inspection-roles.ts';
import type { Viewer } from '../access/viewer.ts';
import { ForbiddenError, InvalidInputError, InvalidStateError, NotFoundError, UnauthenticatedError } from './errors.ts';
import { audit } from './audit.ts';

/** The stage after each stage that moves on by moveInspection. Publication has its own mutation (it freezes the figures). */
const NEXT_STAGE: Partial<Record<InspectionStatus, InspectionStatus>> = {
  PLANNED: 'FIELDWORK',
  FIELDWORK: 'VALIDATION',
  VALIDATION: 'DRAFTING',
  DRAFTING: 'FACTUAL_ACCURACY_CHECK',
  FACTUAL_ACCURACY_CHECK: 'SIGNED_OFF',
};

/** Whether `to` comes before `from` in the workflow. */
function isBackwards(from: InspectionStatus, to: InspectionStatus): boolean {
  for (let stage = PREVIOUS_STAGE[from]; stage; stage = PREVIOUS_STAGE[stage]) if (stage === to) return true;
  return false;
}

/**
 * Moves an inspection on to its next stage, with its audit record, in one transaction. Moving back is refused here
 * with a typed error: it needs a reason, through moveInspectionBack.
 */
export async function moveInspection(
  prisma: PrismaClient,
  viewer: Viewer | null,
  inspectionId: string,
  to: InspectionStatus,
) {
  const { inspection, viewer: mover } = await inspectionForTeam(prisma, viewer, inspectionId);
  if (isBackwards(inspection.status, to))
    throw new InvalidInputError('Moving an inspection back needs a reason.', [
      {
        path: 'to',
        message:
          'Moving an inspection back needs a reason, kept in the audit log: use moveInspectionBack (one stage at a time).',
      },
    ]);
  if (NEXT_STAGE[inspection.status] !== to)
    throw new InvalidStateError(`An inspection cannot move from ${inspection.status} to ${to}.`);
  if (to === 'SIGNED_OFF' && !signsOffAndPublishes(mover))
    throw new ForbiddenError('Only a chief inspector signs a report off.');
  return prisma.$transaction(async (tx) => {
    const moved = await tx.inspection.updateMany({
      where: { id: inspection.id, status: inspection.status },
      data: {
        status: to,
        ...(to === 'SIGNED_OFF' ? { signedOffAt: new Date(), signedOffById: mover.id } : {}),
      },
    });
    if (moved.count !== 1) throw new InvalidStateError('The inspection changed meanwhile; reload and try again.');
    await audit(tx, mover, {
      action: 'inspection.move',
      entity: 'Inspection',
      entityId: inspection.id,
      inspectionId: inspection.id,
      before: { status: inspection.status },
      after: { status: to },
    });
    return tx.inspection.findUniqueOrThrow({ where: { id: inspection.id } });
  });
}

/** The stage moveInspectionBack would return the inspection to, when the viewer may move it back; else null. */
export async function previousStageFor(
  prisma: PrismaClient,
  viewer: Viewer | null,
  inspection: { id: string; status: InspectionStatus },
): Promise<InspectionStatus | null> {
  const previous = PREVIOUS_STAGE[inspection.status];
  if (!previous || !(await leadsInspection(prisma, viewer, inspection.id))) return null;
  return previous;
}

/** The stage before each stage that has one and that may still be left backwards. */
export const PREVIOUS_STAGE: Partial<Record<InspectionStatus, InspectionStatus>> = {
  FIELDWORK: 'PLANNED',
  VALIDATION: 'FIELDWORK',
  DRAFTING: 'VALIDATION',
  FACTUAL_ACCURACY_CHECK: 'DRAFTING',
  SIGNED_OFF: 'FACTUAL_ACCURACY_CHECK',
};

export async function moveInspectionBack(
  prisma: PrismaClient,
  viewer: Viewer | null,
  inspectionId: string,
  reason: string,
) {
  if (!viewer) throw new UnauthenticatedError();
  const inspection = await prisma.inspection.findUnique({ where: { id: inspectionId } });
  // An inspection the caller may not see is one that does not exist: refusing it otherwise would tell them it does.
  if (!inspection || !(await canSeeInspection(prisma, viewer, inspection))) throw new NotFoundError('The inspection');
  if (!(await leadsInspection(prisma, viewer, inspectionId)))
    throw new ForbiddenError('Only the lead inspector of the inspection, or a chief inspector, moves it back.');
  if (inspection.status === 'PUBLISHED')
    throw new InvalidStateError('A published inspection cannot move back: its figures are frozen.');
  const to = PREVIOUS_STAGE[inspection.status];
  if (!to) throw new InvalidStateError('A planned inspection has no stage before it.');
  return prisma.$transaction(async (tx) => {
    const moved = await tx.inspection.updateMany({
      where: { id: inspection.id, status: inspection.status },
      // Sign-off is of the report as it stood: moving back from it undoes it.
      data: { status: to, ...(inspection.status === 'SIGNED_OFF' ? { signedOffAt: null, signedOffById: null } : {}) },
    });
    if (moved.count !== 1) throw new InvalidStateError('The inspection changed meanwhile; reload and try again.');
    await audit(tx, viewer, {
      action: 'inspection.moveBack',
      entity: 'Inspection',
      entityId: inspection.id,
      inspectionId: inspection.id,
      before: { status: inspection.status },
      after: { status: to, reason },
    });
    return tx.inspection.findUniqueOrThrow({ where: { id: inspection.id } });
  });
}
