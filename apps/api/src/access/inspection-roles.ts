// Who may do what to one inspection: lead it, run its workflow, sign it off, publish it, follow its progress,
// record its historic figures, read its staff notes, and which team members may be given files. Every such role
// comparison is here; services and resolvers ask these questions and never compare roles themselves.
import type { Inspection, InspectionRole, PrismaClient } from '@scrutiny/db';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../services/errors.ts';
import { canSeeInspection, runsInspection } from './checks.ts';
import type { Viewer } from './viewer.ts';

/** Whether the viewer leads this inspection: its lead inspector, or any chief inspector. */
export async function leadsInspection(prisma: PrismaClient, viewer: Viewer | null, inspectionId: string) {
  if (!viewer) return false;
  if (viewer.role === 'CHIEF_INSPECTOR') return true;
  if (viewer.role !== 'INSPECTOR') return false;
  const member = await prisma.membership.findUnique({
    where: { inspectionId_userId: { inspectionId, userId: viewer.id } },
    select: { role: true },
  });
  return member?.role === 'LEAD_INSPECTOR';
}

/** Only a chief inspector signs a report off, and only a chief inspector publishes it. */
export function signsOffAndPublishes(viewer: Viewer): boolean {
  return viewer.role === 'CHIEF_INSPECTOR';
}

/** Information managers handle every inspection's case lists and historic figures, as the team does. */
export function managesInformation(viewer: Viewer | null): boolean {
  return viewer?.role === 'INFORMATION_MANAGER';
}

/** Admin officers schedule meetings and manage teams; they never write what an inspection finds. */
export function isAdminOfficer(viewer: Viewer | null): boolean {
  return viewer?.role === 'ADMIN_OFFICER';
}

/** Staff of the inspectorate read meeting notes and evidence descriptions; boards and the public do not. */
export function isStaff(viewer: Viewer | null): boolean {
  // Area assessors are seconded from the inspected area: the inspectors' notes about it are not theirs to read.
  return viewer !== null && viewer.role !== 'BOARD_MEMBER' && viewer.role !== 'AREA_ASSESSOR';
}

/** An area assessor, seconded from the inspected area: once a file is submitted, only an inspector reopens it. */
export function isAreaAssessor(viewer: Viewer): boolean {
  return viewer.role === 'AREA_ASSESSOR';
}

/** Whether the viewer leads the inspection, given their own memberships of it (no query): see leadsInspection. */
export function leadsByMembership(viewer: Viewer, memberships: readonly { role: InspectionRole }[]): boolean {
  return viewer.role === 'CHIEF_INSPECTOR' || memberships.some((m) => m.role === 'LEAD_INSPECTOR');
}

/** An inspector who creates an inspection leads it. */
export function leadsWhatTheyCreate(viewer: Viewer): boolean {
  return viewer.role === 'INSPECTOR';
}

/** A board member of the inspected area. */
export function isBoardOf(viewer: Viewer, inspection: { areaId: string }): boolean {
  return viewer.role === 'BOARD_MEMBER' && viewer.areaId !== null && viewer.areaId === inspection.areaId;
}

/** The places in a team whose holder may be given case files to assess. */
const ASSESSES_FILES: readonly InspectionRole[] = ['AREA_ASSESSOR', 'INSPECTOR', 'LEAD_INSPECTOR'];

export function assessesForTeam(role: InspectionRole): boolean {
  return ASSESSES_FILES.includes(role);
}

// Type-level authorization asks about the same inspection for every row of a list; answer once per request.
const seenByRequest = new WeakMap<object, Map<string, Promise<boolean>>>();

/** Whether the viewer of this request may see the inspection, asked at most once per request and inspection. */
export function seesInspection(
  ctx: { prisma: PrismaClient; viewer: Viewer | null },
  inspectionId: string,
): Promise<boolean> {
  let seen = seenByRequest.get(ctx);
  if (!seen) {
    seen = new Map();
    seenByRequest.set(ctx, seen);
  }
  let answer = seen.get(inspectionId);
  if (!answer) {
    answer = ctx.prisma.inspection
      .findUnique({ where: { id: inspectionId }, select: { id: true, areaId: true, status: true } })
      .then((inspection) => (inspection ? canSeeInspection(ctx.prisma, ctx.viewer, inspection) : false));
    seen.set(inspectionId, answer);
  }
  return answer;
}

/**
 * The inspection an inspector of its team (or a chief inspector) acts on. One the caller may not see is one that
 * does not exist: refusing it otherwise would tell them it does.
 */
export async function inspectionForTeam(
  prisma: PrismaClient,
  viewer: Viewer | null,
  inspectionId: string,
): Promise<{ inspection: Inspection; viewer: Viewer }> {
  if (!viewer) throw new UnauthenticatedError();
  const inspection = await prisma.inspection.findUnique({ where: { id: inspectionId } });
  if (!inspection || !(await canSeeInspection(prisma, viewer, inspection))) throw new NotFoundError('The inspection');
  if (!(await runsInspection(prisma, viewer, inspectionId)))
    throw new ForbiddenError('Only an inspector of the team can do this.');
  return { inspection, viewer };
}

/** As inspectionForTeam, and an information manager may act on any inspection too (its case list). */
export async function inspectionForTeamOrInformationManager(
  prisma: PrismaClient,
  viewer: Viewer | null,
  inspectionId: string,
): Promise<{ inspection: Inspection; viewer: Viewer }> {
  if (viewer && managesInformation(viewer)) {
    const inspection = await prisma.inspection.findUnique({ where: { id: inspectionId } });
    if (!inspection) throw new NotFoundError('The inspection');
    return { inspection, viewer };
  }
  return inspectionForTeam(prisma, viewer, inspectionId);
}

/** Assessment progress is for the team, and for information managers. */
export async function followsAssessmentProgress(
  prisma: PrismaClient,
  viewer: Viewer | null,
  inspectionId: string,
): Promise<boolean> {
  return (await runsInspection(prisma, viewer, inspectionId)) || managesInformation(viewer);
}

/** Historic figures are recorded by an information manager or the team. */
export async function recordsResults(prisma: PrismaClient, viewer: Viewer, inspectionId: string): Promise<boolean> {
  return managesInformation(viewer) || runsInspection(prisma, viewer, inspectionId);
}
