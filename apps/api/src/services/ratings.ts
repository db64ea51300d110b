// An inspector's override of a standard's rating: recorded with its reason and who made it, audited, and allowed
// only until sign-off, after which the ratings are the ones that will be published.
import { ratingOverrideProblems } from '@scrutiny/domain';
import type { PrismaClient } from '@scrutiny/db';
import { runsInspection } from '../access/checks.ts';
import type { Viewer } from '../access/viewer.ts';
import { ForbiddenError, InvalidInputError, InvalidStateError, NotFoundError, UnauthenticatedError } from './errors.ts';
import type { FrameworkRegistry } from '../plugins/framework-registry.ts';
import { audit } from './audit.ts';

const CLOSED = new Set(['SIGNED_OFF', 'PUBLISHED']);

export interface OverrideInput {
  inspectionId: string;
  standard: string;
  rating: string;
  reason: string;
}

export async function overrideStandardRating(
  prisma: PrismaClient,
  frameworks: FrameworkRegistry,
  viewer: Viewer | null,
  input: OverrideInput,
): Promise<{ inspectionId: string }> {
  if (!viewer) throw new UnauthenticatedError();
  const inspection = await prisma.inspection.findUnique({
    where: { id: input.inspectionId },
    select: { id: true, status: true, frameworkId: true },
  });
  if (!inspection) throw new NotFoundError('The inspection');
  if (!(await runsInspection(prisma, viewer, inspection.id)))
    throw new ForbiddenError('Only an inspector of the team can override a rating.');
  if (CLOSED.has(inspection.status))
    throw new InvalidStateError('The ratings are signed off: they can no longer be overridden.');
  const framework = await frameworks.definition(inspection.frameworkId);
  const problems = ratingOverrideProblems(framework, input);
  if (problems.length > 0) throw new InvalidInputError(problems[0]!.message, problems);
  const reason = input.reason.trim();
  return prisma.$transaction(async (tx) => {
    const before = await tx.ratingOverride.findUnique({
      where: { inspectionId_standard: { inspectionId: inspection.id, standard: input.standard } },
      select: { rating: true, reason: true },
    });
    const saved = await tx.ratingOverride.upsert({
      where: { inspectionId_standard: { inspectionId: inspection.id, standard: input.standard } },
      create: {
        inspectionId: inspection.id,
        standard: input.standard,
        rating: input.rating,
        reason,
        overriddenById: viewer.id,
      },
      update: { rating: input.rating, reason, overriddenById: viewer.id },
    });
    await audit(tx, viewer, {
      action: 'rating.override',
      entity: 'RatingOverride',
      entityId: saved.id,
      inspectionId: inspection.id,
      before,
      after: { standard: input.standard, rating: input.rating, reason },
    });
    return { inspectionId: inspection.id };
  });
}

/** Withdraws an override, so the standard takes its computed rating again. */
export async function withdrawRatingOverride(
  prisma: PrismaClient,
  viewer: Viewer | null,
  input: { inspectionId: string; standard: string },
): Promise<{ inspectionId: string }> {
  if (!viewer) throw new UnauthenticatedError();
  const inspection = await prisma.inspection.findUnique({
    where: { id: input.inspectionId },
    select: { id: true, status: true },
  });
  if (!inspection) throw new NotFoundError('The inspection');
  if (!(await runsInspection(prisma, viewer, inspection.id)))
    throw new ForbiddenError('Only an inspector of the team can withdraw an override.');
  if (CLOSED.has(inspection.status))
    throw new InvalidStateError('The ratings are signed off: they can no longer be changed.');
  return prisma.$transaction(async (tx) => {
    const existing = await tx.ratingOverride.findUnique({
      where: { inspectionId_standard: { inspectionId: inspection.id, standard: input.standard } },
    });
    if (!existing) throw new NotFoundError(`An override of standard ${input.standard}`);
    await tx.ratingOverride.delete({ where: { id: existing.id } });
    await audit(tx, viewer, {
      action: 'rating.withdraw-override',
      entity: 'RatingOverride',
      entityId: existing.id,
      inspectionId: inspection.id,
      before: { standard: existing.standard, rating: existing.rating, reason: existing.reason },
    });
    return { inspectionId: inspection.id };
  });
}
