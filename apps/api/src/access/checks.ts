// Per-object checks used by type-level authorization (defence in depth behind the SQL filters of visibility.ts).
import type { PrismaClient } from '@scrutiny/db';
import type { Viewer } from './viewer.ts';
import { SEES_ALL_INSPECTIONS } from './viewer.ts';

interface InspectionLike {
  id: string;
  areaId: string;
  status: string;
}

const SHARED_WITH_AREA = new Set(['FACTUAL_ACCURACY_CHECK', 'SIGNED_OFF', 'PUBLISHED']);

export async function canSeeInspection(
  prisma: PrismaClient,
  viewer: Viewer | null,
  inspection: InspectionLike,
): Promise<boolean> {
  if (inspection.status === 'PUBLISHED') return true;
  if (!viewer) return false;
  if (SEES_ALL_INSPECTIONS.includes(viewer.role)) return true;
  if (viewer.role === 'BOARD_MEMBER')
    return viewer.areaId === inspection.areaId && SHARED_WITH_AREA.has(inspection.status);
  return isMember(prisma, viewer, inspection.id);
}

// The viewer object lives for one request, so membership is looked up once per inspection per request:
// checking forty case files of one inspection costs one query, not forty.
const memberships = new WeakMap<Viewer, Map<string, Promise<boolean>>>();

export function isMember(prisma: PrismaClient, viewer: Viewer, inspectionId: string): Promise<boolean> {
  let known = memberships.get(viewer);
  if (!known) memberships.set(viewer, (known = new Map()));
  let answer = known.get(inspectionId);
  if (!answer) {
    answer = prisma.membership
      .findUnique({ where: { inspectionId_userId: { inspectionId, userId: viewer.id } }, select: { id: true } })
      .then((membership) => membership !== null);
    known.set(inspectionId, answer);
  }
  return answer;
}

/** Inspectors on the team (and chief inspectors) run an inspection: plan, sample, validate, write, publish. */
export async function runsInspection(
  prisma: PrismaClient,
  viewer: Viewer | null,
  inspectionId: string,
): Promise<boolean> {
  if (!viewer) return false;
  if (viewer.role === 'CHIEF_INSPECTOR') return true;
  if (viewer.role !== 'INSPECTOR') return false;
  return isMember(prisma, viewer, inspectionId);
}

interface CaseFileLike {
  inspectionId: string;
  assessorId: string | null;
}

export async function canReadCaseFile(
  prisma: PrismaClient,
  viewer: Viewer | null,
  caseFile: CaseFileLike,
): Promise<boolean> {
  if (!viewer) return false;
  switch (viewer.role) {
    case 'CHIEF_INSPECTOR':
    case 'INFORMATION_MANAGER':
      return true;
    case 'AREA_ASSESSOR':
      return caseFile.assessorId === viewer.id;
    case 'INSPECTOR':
      return isMember(prisma, viewer, caseFile.inspectionId);
    default:
      return false;
  }
}

/** Who may answer a case file's questions: its assessor, or an inspector of the team. */
export async function canAssessCaseFile(
  prisma: PrismaClient,
  viewer: Viewer | null,
  caseFile: CaseFileLike,
): Promise<boolean> {
  if (!viewer) return false;
  if (viewer.role === 'AREA_ASSESSOR') return caseFile.assessorId === viewer.id;
  return runsInspection(prisma, viewer, caseFile.inspectionId);
}

/**
 * Who sees an inspection's figures without statistical disclosure control: the inspectorate's staff who see every
 * inspection, its own team, and the board members of its area. Everyone else reads them as a public output.
 */
export async function seesUndisclosedFigures(
  prisma: PrismaClient,
  viewer: Viewer | null,
  inspection: { id: string; areaId: string },
): Promise<boolean> {
  if (!viewer) return false;
  if (SEES_ALL_INSPECTIONS.includes(viewer.role)) return true;
  if (viewer.role === 'BOARD_MEMBER') return viewer.areaId === inspection.areaId;
  return isMember(prisma, viewer, inspection.id);
}
