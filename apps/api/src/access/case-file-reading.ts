// Who may read a case file and its answers, however they were reached (by id, in a list, as a node). Every read
// allowed is noted for the audit log, once per file per request.
import type { PrismaClient } from '@scrutiny/db';
import type { CaseFileReadLog } from '../services/audit.ts';
import type { CaseFileAccess } from './case-file-access.ts';
import { canReadCaseFile } from './checks.ts';
import type { Viewer } from './viewer.ts';

export interface CaseFileReadingDeps {
  prisma: PrismaClient;
  viewer: Viewer | null;
  caseFileAccess: CaseFileAccess;
  caseFileReads: Pick<CaseFileReadLog, 'note'>;
}

/** Whether the viewer may read this case file; an allowed read is noted. */
export async function mayReadCaseFile(
  deps: CaseFileReadingDeps,
  caseFile: { id: string; inspectionId: string; assessorId: string | null },
): Promise<boolean> {
  const allowed = await canReadCaseFile(deps.prisma, deps.viewer, caseFile);
  if (allowed) {
    deps.caseFileAccess.allow(caseFile.id);
    deps.caseFileReads.note(caseFile);
  }
  return allowed;
}

/**
 * Whether the viewer may read an answer of this case file: they must be able to read the file, and must not be
 * second-marking it blind (blind-marking.ts), even when the file itself was read. Reached through the file, the
 * file was checked a moment before; otherwise its access facts are loaded.
 */
export async function mayReadAnswer(deps: CaseFileReadingDeps, caseFileId: string): Promise<boolean> {
  if (await deps.caseFileAccess.hidesAnswersOf(caseFileId)) return false;
  if (deps.caseFileAccess.isAllowed(caseFileId)) return true;
  const file = await deps.caseFileAccess.facts(caseFileId);
  if (!file || !(await canReadCaseFile(deps.prisma, deps.viewer, file))) return false;
  deps.caseFileAccess.allow(file.id);
  // An answer is part of its case file: reading it is reading the file.
  deps.caseFileReads.note(file);
  return true;
}
