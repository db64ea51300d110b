// How far an inspection's sample is assessed (Inspection.progress, in inspection/workflow.ts).
import { builder } from '../builder.ts';
import type { AssessmentProgress } from '../services/assessment-progress.ts';

export const AssessmentProgressRef = builder.objectRef<AssessmentProgress>('AssessmentProgress').implement({
  description:
    'Assessed questions (answered, or judged not applicable) against questions asked; not a count of good answers.',
  fields: (t) => ({
    questions: t.exposeInt('questions'),
    answered: t.exposeInt('answered'),
    caseFiles: t.exposeInt('caseFiles'),
    submitted: t.exposeInt('submitted'),
  }),
});
