// What makes inspections comparable (like with like): read by the national picture and peer comparisons.
import type { ComparisonBasis } from '@scrutiny/domain';
import { builder } from '../builder.ts';
import { InspectionKindEnum } from './inspection/type.ts';

export const ComparisonBasisRef = builder.objectRef<ComparisonBasis>('ComparisonBasis').implement({
  description:
    'What makes inspections comparable: scores are ranked together only when all of these are the same (like with like).',
  fields: (t) => ({
    frameworkKey: t.exposeString('frameworkKey'),
    frameworkVersion: t.exposeString('frameworkVersion'),
    kind: t.field({ type: InspectionKindEnum, resolve: (b) => b.kind }),
    questionSetKey: t.string({ resolve: (b) => b.questionSet.key }),
    questionSetLabel: t.string({ resolve: (b) => b.questionSet.label }),
    offenderInterviews: t.exposeBoolean('offenderInterviews', {
      description: 'Offenders were interviewed (a follow-up without them compares with adjusted baseline scores).',
    }),
    adjustedBaseline: t.exposeBoolean('adjustedBaseline', {
      description: "The inspection's baseline scores were adjusted for a difference of method.",
    }),
  }),
});
