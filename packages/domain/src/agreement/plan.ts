// Second marking of a chosen part (issue 16 item 6): the lead inspector chooses, per inspection, which case files
// and which questions are second-marked, all or a list. Only those are asked of the validating inspector, and
// agreement and kappa are given over what was marked. An inspectorate that validates "a chosen part of the assessors'
// work" (the reference report's 40 files scrutinised by assessors, validated by HMI) can then record just that.

export interface SecondMarkingPlan {
  /** Case file ids to second-mark; null: every submitted file. */
  caseFiles: readonly string[] | null;
  /** Measure keys to second-mark where asked; null: every applicable question, the overall judgements included. */
  questions: readonly string[] | null;
}

export const WHOLE_SECOND_MARKING: SecondMarkingPlan = { caseFiles: null, questions: null };

/** A stored plan (JSON) read back; anything unreadable is the whole marking, the platform's default. */
export function readSecondMarkingPlan(stored: unknown): SecondMarkingPlan {
  if (!stored || typeof stored !== 'object') return WHOLE_SECOND_MARKING;
  const { caseFiles, questions } = stored as { caseFiles?: unknown; questions?: unknown };
  const list = (value: unknown) =>
    Array.isArray(value) && value.every((v): v is string => typeof v === 'string') ? value : null;
  return { caseFiles: list(caseFiles), questions: list(questions) };
}

export function isFileSecondMarked(plan: SecondMarkingPlan, caseFileId: string): boolean {
  return plan.caseFiles === null || plan.caseFiles.includes(caseFileId);
}

/** Of the questions a file asks, those the plan second-marks, in the file's order. */
export function questionsToSecondMark(plan: SecondMarkingPlan, asked: readonly string[]): string[] {
  if (plan.questions === null) return [...asked];
  const chosen = new Set(plan.questions);
  return asked.filter((key) => chosen.has(key));
}

/** Whether a compared pair belongs in the agreement figures under the plan (a plan narrowed later drops it). */
export function inSecondMarkingPlan(plan: SecondMarkingPlan, caseFileId: string, measureKey: string): boolean {
  return isFileSecondMarked(plan, caseFileId) && (plan.questions === null || plan.questions.includes(measureKey));
}

/** What is wrong with a plan for a framework and a sample: empty when it can be used. */
export function checkSecondMarkingPlan(
  plan: SecondMarkingPlan,
  known: { measures: readonly string[]; caseFiles: readonly string[] },
): string[] {
  const problems: string[] = [];
  if (plan.questions !== null) {
    if (plan.questions.length === 0) problems.push('Choose at least one question, or all of them.');
    const measures = new Set(known.measures);
    for (const key of plan.questions) if (!measures.has(key)) problems.push(`There is no question "${key}".`);
  }
  if (plan.caseFiles !== null) {
    if (plan.caseFiles.length === 0) problems.push('Choose at least one case file, or all of them.');
    const files = new Set(known.caseFiles);
    for (const id of plan.caseFiles)
      if (!files.has(id)) problems.push(`The case file ${id} is not in this inspection.`);
  }
  return problems;
}
