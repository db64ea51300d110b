// A measure's result as the domain computes it, with its denominator and interval.
import { notComputedReason, type Disclosed, type MeasureResult } from '@scrutiny/domain';
import { builder } from '../builder.ts';
import { figureFields, type Owned } from './figure.ts';
import { IntervalRef } from './interval.ts';

export const MeasureResultRef = builder
  .objectRef<Owned<Disclosed<MeasureResult> & { text: string; criterion: string }>>('MeasureResult')
  .implement({
    description: 'One measure: met / applicable case files, for one subsample.',
    fields: (t) => ({
      ...figureFields(t, 'MEASURE'),
      key: t.exposeString('key', { description: 'The measure\'s key in its framework, e.g. "B1.review-16-weeks".' }),
      criterion: t.exposeString('criterion', { description: 'The code of the criterion the measure belongs to.' }),
      text: t.exposeString('text', { description: 'The question asked of each case file.' }),
      subsample: t.exposeString('subsample', {
        description: 'Which case files: "ALL", or a subsample key listed in `Inspection.subsamples`.',
      }),
      percentage: t.exposeFloat('percentage', {
        nullable: true,
        description: 'met / applicable × 100, unrounded; null when nothing was applicable or when suppressed.',
      }),
      met: t.exposeInt('met', { nullable: true, description: 'Case files where the answer meets the measure.' }),
      applicable: t.exposeInt('applicable', {
        nullable: true,
        description: 'Case files where the measure applies (the denominator).',
      }),
      notComputedReason: t.string({
        nullable: true,
        description:
          'Why there is no percentage (nothing applicable, answers outstanding, withheld); null when there is one.',
        resolve: (m) => notComputedReason(m),
      }),
      judgesCriterion: t.boolean({
        description: "The criterion's overall judgement: its figure is the criterion's score, not a separate measure.",
        resolve: (m) =>
          (m.owner.framework.criteria ?? []).some(
            (c) => c.scoring.kind === 'overallJudgement' && c.scoring.measure === m.key,
          ),
      }),
      notApplicable: t.exposeInt('notApplicable', { nullable: true, description: 'Null when suppressed.' }),
      unanswered: t.exposeInt('unanswered', { nullable: true, description: 'Null when suppressed.' }),
      smallDenominator: t.exposeBoolean('smallDenominator', {
        description: 'Fewer than 5 applicable cases: read the percentage with care.',
      }),
      interval: t.field({
        type: IntervalRef,
        nullable: true,
        description: 'The 95% Wilson score interval of the percentage.',
        resolve: (s) => s.interval,
      }),
    }),
  });
