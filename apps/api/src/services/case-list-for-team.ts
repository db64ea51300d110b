// The case list and the sample as the team (or an information manager, for the list) asks for them: who may is
// decided by access/, what happens by case-list.ts.
import { underivableQuestions, type UnderivableQuestion } from '@scrutiny/domain';
import type { PrismaClient } from '@scrutiny/db';
import { inspectionForTeam, inspectionForTeamOrInformationManager } from '../access/inspection-roles.ts';
import type { Viewer } from '../access/viewer.ts';
import type { FrameworkRegistry } from '../plugins/framework-registry.ts';
import { drawCaseSample, importCaseList, readCaseList, type CaseListFile, type DrawOptions } from './case-list.ts';

export interface CaseListPreview {
  readable: number;
  highRisk: number;
  ineligible: number;
  problems: { row: number; column: string | null; message: string }[];
  underivable: UnderivableQuestion[];
}

/** What an import would take in; nothing is written. */
export async function previewCaseList(
  deps: { prisma: PrismaClient; frameworks: FrameworkRegistry; viewer: Viewer | null },
  inspectionId: string,
  file: () => CaseListFile,
): Promise<CaseListPreview> {
  const { inspection } = await inspectionForTeamOrInformationManager(deps.prisma, deps.viewer, inspectionId);
  const parsed = await readCaseList(file());
  const framework = await deps.frameworks.definition(inspection.frameworkId);
  const eligible = parsed.candidates.filter((c) => c.eligible).map((c) => c.facts);
  return {
    underivable: underivableQuestions(framework, eligible),
    readable: parsed.candidates.length,
    highRisk: parsed.candidates.filter((c) => c.facts.riskOfHarm === 'HIGH' || c.facts.riskOfHarm === 'VERY_HIGH')
      .length,
    ineligible: parsed.candidates.filter((c) => !c.eligible).length,
    problems: parsed.problems,
  };
}

/** Imports the list (case-list.ts); the file is read from the input only once the caller may. */
export async function importCaseListForTeam(
  prisma: PrismaClient,
  caller: Viewer | null,
  inspectionId: string,
  file: () => CaseListFile,
  skipUnreadableRows: boolean,
) {
  const { viewer } = await inspectionForTeamOrInformationManager(prisma, caller, inspectionId);
  return importCaseList(prisma, viewer, inspectionId, file(), skipUnreadableRows);
}

/** Draws the sample (case-list.ts), for the team only. */
export async function drawSampleForTeam(
  prisma: PrismaClient,
  caller: Viewer | null,
  inspectionId: string,
  options: DrawOptions,
) {
  const { viewer } = await inspectionForTeam(prisma, caller, inspectionId);
  return drawCaseSample(prisma, viewer, inspectionId, options);
}
