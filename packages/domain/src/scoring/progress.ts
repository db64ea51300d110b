// How far the assessment has got. Progress counts questions assessed (MET, NOT_MET or NOT_APPLICABLE), never how
// well the case did; a question the case's facts rule out is not a question at all, and a date-derived answer is
// already answered.
import { appliesTo } from '../framework/applicability.ts';
import { askedStatus, deriveFor } from '../framework/answer-status.ts';
import type { CompiledFramework } from '../framework/compiled-framework.ts';
import { compileFramework } from '../framework/compiled-framework.ts';
import type { CaseFileForScoring, FrameworkDefinition, GivenAnswer } from '../framework/model.ts';

export interface AssessmentProgress {
  questions: number;
  answered: number;
  perCaseFile: { reference: string; questions: number; answered: number }[];
}

function forEachAskedStatus(
  compiled: CompiledFramework,
  caseFile: CaseFileForScoring,
  visit: (measureKey: string, status: ReturnType<typeof askedStatus>) => void,
): void {
  const given = new Map<string, GivenAnswer>();
  for (const answer of caseFile.answers) given.set(answer.measure, answer);
  for (const compiledMeasure of compiled.measures) {
    if (!appliesTo(compiledMeasure.measure.applicability, caseFile.facts)) continue;
    const derived = deriveFor(compiledMeasure, caseFile.facts);
    visit(compiledMeasure.measure.key, askedStatus(compiledMeasure, given.get(compiledMeasure.measure.key), derived));
  }
}

export function progress(framework: FrameworkDefinition, caseFiles: readonly CaseFileForScoring[]): AssessmentProgress {
  const compiled = compileFramework(framework);
  const perCaseFile = caseFiles.map((caseFile) => {
    let questions = 0;
    let answered = 0;
    forEachAskedStatus(compiled, caseFile, (_key, status) => {
      questions++;
      if (status !== 'UNANSWERED') answered++;
    });
    return { reference: caseFile.facts.reference, questions, answered };
  });
  return {
    questions: perCaseFile.reduce((sum, file) => sum + file.questions, 0),
    answered: perCaseFile.reduce((sum, file) => sum + file.answered, 0),
    perCaseFile,
  };
}

/** The questions still to answer (in framework order) before the case file can be submitted. */
export function missingAnswers(framework: FrameworkDefinition, caseFile: CaseFileForScoring): string[] {
  const missing: string[] = [];
  forEachAskedStatus(compileFramework(framework), caseFile, (key, status) => {
    if (status === 'UNANSWERED') missing.push(key);
  });
  return missing;
}
