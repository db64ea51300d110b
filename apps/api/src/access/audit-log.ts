// Who reads an inspection's audit log: those who run it (its team's HM inspectors) and the chief inspectors.
// What each of them sees of it (not the answers of a file they second-mark blind) is blind-marking.ts's.
import type { PrismaClient } from '@scrutiny/db';
import { runsInspection } from './checks.ts';
import type { Viewer } from './viewer.ts';

export function readsAuditLog(prisma: PrismaClient, viewer: Viewer | null, inspectionId: string): Promise<boolean> {
  return runsInspection(prisma, viewer, inspectionId);
}
