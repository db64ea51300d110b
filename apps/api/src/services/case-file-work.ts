// Case files through fieldwork: given to an assessor of the team in bulk, then submitted once every question is
// answered. Each change is checked and written with its audit record in one transaction.
import { missingAnswers, type CaseFacts } from '@scrutiny/domain';
import type { PrismaClient } from '@scrutiny/db';
import { runsInspection } from '../access/checks.ts';
import { assessesForTeam, inspectionForTeam } from '../access/inspection-roles.ts';
import type { Viewer } from '../access/viewer.ts';
import { visibleCaseFiles } from '../access/visibility.ts';
import type { FrameworkRegistry } from '../plugins/framework-registry.ts';
import { ANSWERABLE } from './answers.ts';
import { audit } from './audit.ts';
import { replaceCaseFile } from './case-list.ts';
import { InvalidInputError, InvalidStateError, NotFoundError, UnauthenticatedError } from './errors.ts';

/** Gives case files of one inspection to an assessor (or inspector) of its team. */
export async function assignCaseFiles(
  prisma: PrismaClient,
  caller: Viewer | null,
  input: { caseFileIds: string[]; assessorId: string },
) {
  if (!caller) throw new UnauthenticatedError();
  const ids = [...new Set(input.caseFileIds)];
  // Only files the caller may read are looked for, so a refusal never tells whether a hidden file exists.
  const readable = visibleCaseFiles(caller);
  const files = readable
    ? await prisma.caseFile.findMany({
        where: { AND: [{ id: { in: ids } }, readable] },
        select: { id: true, inspectionId: true },
      })
    : [];
  if (files.length !== ids.length) throw new NotFoundError('A case file');
  const inspectionIds = new Set(files.map((f) => f.inspectionId));
  if (inspectionIds.size !== 1) throw new InvalidInputError('Every case file must belong to one inspection.');
  const [inspectionId] = [...inspectionIds] as [string];
  const { viewer } = await inspectionForTeam(prisma, caller, inspectionId);
  const member = await prisma.membership.findUnique({
    where: { inspectionId_userId: { inspectionId, userId: input.assessorId } },
  });
  if (!member || !assessesForTeam(member.role))
    throw new InvalidInputError('Assign files to an assessor or inspector of the team.', [
      { path: 'assessorId', message: 'Not on the team.' },
    ]);
  return prisma.$transaction(async (tx) => {
    await tx.caseFile.updateMany({
      where: { id: { in: ids } },
      data: { assessorId: input.assessorId, status: 'ASSIGNED' },
    });
    await audit(tx, viewer, {
      action: 'caseFile.assign',
      entity: 'Inspection',
      entityId: inspectionId,
      inspectionId,
      after: { caseFiles: ids, assessor: input.assessorId },
    });
    return tx.caseFile.findMany({ where: { id: { in: ids } }, orderBy: { reference: 'asc' } });
  });
}

/** Submits an assessed file; refused with the list of unanswered questions while any remain. */
export async function submitCaseFile(
  deps: { prisma: PrismaClient; frameworks: FrameworkRegistry; viewer: Viewer | null },
  caseFileId: string,
) {
  const { prisma, viewer } = deps;
  if (!viewer) throw new UnauthenticatedError();
  const file = await prisma.caseFile.findUnique({
    where: { id: caseFileId },
    include: { answers: true, inspection: { select: { frameworkId: true, status: true } } },
  });
  if (!file || (file.assessorId !== viewer.id && !(await runsInspection(prisma, viewer, file.inspectionId))))
    throw new NotFoundError('The case file');
  // Once the inspection has left the assessing stages its files are settled, like its answers.
  if (!ANSWERABLE.has(file.inspection.status))
    throw new InvalidStateError(
      `Case files can no longer be submitted: the inspection is ${file.inspection.status.toLowerCase().replaceAll('_', ' ')}.`,
    );
  const framework = await deps.frameworks.definition(file.inspection.frameworkId);
  const missing = missingAnswers(framework, {
    facts: file.facts as unknown as CaseFacts,
    answers: file.answers.map((a) => ({ measure: a.measureKey, value: a.value, reason: a.reason })),
  });
  if (missing.length > 0)
    throw new InvalidInputError(
      `${missing.length} question(s) still need an answer.`,
      missing.map((key) => ({ path: key, message: 'Not answered yet.' })),
    );
  return prisma.$transaction(async (tx) => {
    await audit(tx, viewer, {
      action: 'caseFile.submit',
      entity: 'CaseFile',
      entityId: file.id,
      inspectionId: file.inspectionId,
    });
    return tx.caseFile.update({ where: { id: file.id }, data: { status: 'SUBMITTED' } });
  });
}

/** Swaps an unusable file for a reserve file, for the team only; the reason is recorded. Returns the replacement. */
export async function replaceCaseFileForTeam(
  prisma: PrismaClient,
  caller: Viewer | null,
  caseFileId: string,
  reason: string,
) {
  const file = await prisma.caseFile.findUnique({ where: { id: caseFileId }, select: { inspectionId: true } });
  if (!file) throw new NotFoundError('The case file');
  const { viewer } = await inspectionForTeam(prisma, caller, file.inspectionId);
  return replaceCaseFile(prisma, viewer, caseFileId, reason);
}
