// Who reads an inspector's second marking: chief inspectors and information managers, and the inspectors of the
// file's team; never the file's assessor (assessors never see a second marking).
import type { PrismaClient } from '@scrutiny/db';
import { isMember } from './checks.ts';
import type { Viewer } from './viewer.ts';

const READS_SECOND_MARKINGS: readonly string[] = ['INSPECTOR', 'CHIEF_INSPECTOR', 'INFORMATION_MANAGER'];

/** Whether the viewer's role may read second markings at all (each still limited by mayReadValidation). */
export function readsSecondMarkings(viewer: Viewer | null): boolean {
  return viewer !== null && READS_SECOND_MARKINGS.includes(viewer.role);
}

// The inspection of a validation's case file, looked up once per case file per request.
const inspectionOfFile = new WeakMap<Viewer, Map<string, Promise<string | null>>>();

export async function mayReadValidation(ctx: { prisma: PrismaClient; viewer: Viewer | null }, caseFileId: string) {
  const viewer = ctx.viewer;
  if (!viewer) return false;
  if (viewer.role === 'CHIEF_INSPECTOR' || viewer.role === 'INFORMATION_MANAGER') return true;
  if (viewer.role !== 'INSPECTOR') return false; // assessors never see a second marking
  let known = inspectionOfFile.get(viewer);
  if (!known) inspectionOfFile.set(viewer, (known = new Map()));
  let lookup = known.get(caseFileId);
  if (!lookup) {
    lookup = ctx.prisma.caseFile
      .findUnique({ where: { id: caseFileId }, select: { inspectionId: true } })
      .then((file) => file?.inspectionId ?? null);
    known.set(caseFileId, lookup);
  }
  const inspectionId = await lookup;
  return inspectionId !== null && isMember(ctx.prisma, viewer, inspectionId);
}
