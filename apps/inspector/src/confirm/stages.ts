// The big steps of an inspection that are confirmed on a page of their own, and what each says follows.
export type StageStep = 'end-fieldwork' | 'end-validation' | 'publish';

export interface StageStepText {
  from: string;
  to: string;
  /** The question the page asks, its main heading. */
  question: string;
  button: string;
  /** The confirmation panel's title once done. */
  done: string;
}

export const STAGE_STEPS: Record<StageStep, StageStepText> = {
  'end-fieldwork': {
    from: 'FIELDWORK',
    to: 'VALIDATION',
    question: 'End fieldwork and start validation?',
    button: 'End fieldwork and start validation',
    done: 'Fieldwork ended',
  },
  'end-validation': {
    from: 'VALIDATION',
    to: 'DRAFTING',
    question: 'End validation and start drafting the report?',
    button: 'End validation and start drafting',
    done: 'Validation ended',
  },
  publish: {
    from: 'SIGNED_OFF',
    to: 'PUBLISHED',
    question: 'Publish the report?',
    button: 'Publish the report',
    done: 'Report published',
  },
};

export function isStageStep(step: string): step is StageStep {
  return step in STAGE_STEPS;
}

/** What ending fieldwork means for the case files not yet submitted, in words. */
export function unsubmittedText(progress: { caseFiles: number; submitted: number } | null): string | null {
  if (!progress || progress.caseFiles === 0) return null;
  const open = progress.caseFiles - progress.submitted;
  if (open === 0)
    return `All ${progress.caseFiles} case ${progress.caseFiles === 1 ? 'file is' : 'files are'} submitted.`;
  return `${open} of ${progress.caseFiles} case ${progress.caseFiles === 1 ? 'file is' : 'files are'} not submitted; their assessors will no longer be able to submit.`;
}
