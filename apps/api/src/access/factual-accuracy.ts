// Who reads an inspection's factual accuracy comments (the draft's corrections from the area's board).
import type { Prisma, PrismaClient } from '@scrutiny/db';
import { isMember } from './checks.ts';
import { seesInspection } from './inspection-roles.ts';
import type { Viewer } from './viewer.ts';

/** Who reads an inspection's factual accuracy comments: its team's inspectors and its area's board. */
export function visibleFactualAccuracyComments(viewer: Viewer | null): Prisma.FactualAccuracyCommentWhereInput {
  const none: Prisma.FactualAccuracyCommentWhereInput = { id: { in: [] } };
  if (!viewer) return none;
  switch (viewer.role) {
    case 'CHIEF_INSPECTOR':
      return {};
    case 'INSPECTOR':
      return { inspection: { memberships: { some: { userId: viewer.id } } } };
    case 'BOARD_MEMBER':
      return viewer.areaId ? { inspection: { areaId: viewer.areaId } } : none;
    default:
      return none;
  }
}

/** The same rule for one inspection, for type-level authorization. */
export async function readsFactualAccuracyComments(
  ctx: { prisma: PrismaClient; viewer: Viewer | null },
  inspectionId: string,
): Promise<boolean> {
  const viewer = ctx.viewer;
  if (!viewer || !(await seesInspection(ctx, inspectionId))) return false;
  if (viewer.role === 'CHIEF_INSPECTOR') return true;
  if (viewer.role === 'INSPECTOR') return isMember(ctx.prisma, viewer, inspectionId);
  if (viewer.role !== 'BOARD_MEMBER' || !viewer.areaId) return false;
  const inspection = await ctx.prisma.inspection.findUnique({ where: { id: inspectionId }, select: { areaId: true } });
  return inspection?.areaId === viewer.areaId;
}
