// What each viewer may see, as database filters: lists are filtered in SQL, so nothing unseen is ever loaded.
import type { Prisma } from '@scrutiny/db';
import type { Viewer } from './viewer.ts';
import { SEES_ALL_INSPECTIONS } from './viewer.ts';

const PUBLISHED: Prisma.InspectionWhereInput = { status: 'PUBLISHED' };
/** A board reads its area's draft from the factual accuracy check on. */
const SHARED_WITH_AREA: Prisma.InspectionWhereInput = {
  status: { in: ['FACTUAL_ACCURACY_CHECK', 'SIGNED_OFF', 'PUBLISHED'] },
};

export function visibleInspections(viewer: Viewer | null): Prisma.InspectionWhereInput {
  if (!viewer) return PUBLISHED;
  if (SEES_ALL_INSPECTIONS.includes(viewer.role)) return {};
  switch (viewer.role) {
    case 'BOARD_MEMBER':
      return { OR: [PUBLISHED, { AND: [{ areaId: viewer.areaId ?? '' }, SHARED_WITH_AREA] }] };
    case 'AREA_ASSESSOR':
      // An assessor sees the inspections they work on (and published ones), nothing of other areas in progress.
      return { OR: [PUBLISHED, { memberships: { some: { userId: viewer.id } } }] };
    default:
      return { OR: [PUBLISHED, { memberships: { some: { userId: viewer.id } } }] };
  }
}

/** Case files: never for anonymous callers, boards or admin officers; assessors only their assigned files. */
export function visibleCaseFiles(viewer: Viewer | null): Prisma.CaseFileWhereInput | null {
  if (!viewer) return null;
  switch (viewer.role) {
    case 'CHIEF_INSPECTOR':
    case 'INFORMATION_MANAGER':
      return {};
    case 'INSPECTOR':
      return { inspection: { memberships: { some: { userId: viewer.id } } } };
    case 'AREA_ASSESSOR':
      return { assessorId: viewer.id };
    default:
      return null;
  }
}

/** Whether the viewer works on an inspection as a member of its team (or oversees every inspection). */
export function isTeamMemberWhere(viewer: Viewer, inspectionId: string): Prisma.InspectionWhereInput {
  if (viewer.role === 'CHIEF_INSPECTOR' || viewer.role === 'ADMINISTRATOR') return { id: inspectionId };
  return { id: inspectionId, memberships: { some: { userId: viewer.id } } };
}
