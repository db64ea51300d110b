// Assessment progress of an inspection's sample: assessed questions against questions asked, and files submitted.
import { progress, type CaseFacts } from '@scrutiny/domain';
import type { PrismaClient } from '@scrutiny/db';
import { followsAssessmentProgress } from '../access/inspection-roles.ts';
import type { Viewer } from '../access/viewer.ts';
import type { FrameworkRegistry } from '../plugins/framework-registry.ts';

export interface AssessmentProgress {
  questions: number;
  answered: number;
  caseFiles: number;
  submitted: number;
}

/** The progress, for those who follow it (the team, information managers); null for anyone else. */
export async function assessmentProgress(
  deps: { prisma: PrismaClient; frameworks: FrameworkRegistry; viewer: Viewer | null },
  inspection: { id: string; frameworkId: string },
): Promise<AssessmentProgress | null> {
  if (!(await followsAssessmentProgress(deps.prisma, deps.viewer, inspection.id))) return null;
  const framework = await deps.frameworks.definition(inspection.frameworkId);
  const files = await deps.prisma.caseFile.findMany({
    where: { inspectionId: inspection.id, sampleRole: 'SAMPLE' },
    select: { status: true, facts: true, answers: { select: { measureKey: true, value: true, reason: true } } },
  });
  const p = progress(
    framework,
    files.map((f) => ({
      facts: f.facts as unknown as CaseFacts,
      answers: f.answers.map((a) => ({ measure: a.measureKey, value: a.value, reason: a.reason })),
    })),
  );
  return {
    questions: p.questions,
    answered: p.answered,
    caseFiles: files.length,
    submitted: files.filter((f) => f.status === 'SUBMITTED' || f.status === 'VALIDATED').length,
  };
}
