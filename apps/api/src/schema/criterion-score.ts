// A criterion score as the domain computes it, with its denominator and interval.
import { notComputedReason, type CriterionScore, type Disclosed } from '@scrutiny/domain';
import { builder } from '../builder.ts';
import { figureFields, type Owned } from './figure.ts';
import { IntervalRef } from './interval.ts';

export const CriterionScoreRef = builder
  .objectRef<Owned<Disclosed<CriterionScore> & { title: string }>>('CriterionScore')
  .implement({
    description: 'A criterion score: the share of applicable case files (or answers) meeting the criterion.',
    fields: (t) => ({
      ...figureFields(t, 'CRITERION'),
      code: t.exposeString('key', { description: 'The criterion\'s code in its framework, e.g. "B1".' }),
      title: t.exposeString('title', { description: 'The criterion as the report words it.' }),
      subsample: t.exposeString('subsample', {
        description: 'Which case files the score is over: "ALL", or a subsample key listed in `Inspection.subsamples`.',
      }),
      percentage: t.exposeFloat('percentage', {
        nullable: true,
        description: 'Unrounded; null when nothing was applicable.',
      }),
      met: t.exposeInt('met', {
        nullable: true,
        description:
          'The numerator: applicable case files (or answers) meeting the criterion; null when only the percentage is recorded.',
      }),
      applicable: t.exposeInt('applicable', {
        nullable: true,
        description: 'The denominator; null when only the percentage is recorded.',
      }),
      adjusted: t.exposeBoolean('adjusted', {
        description: 'Adjusted for a like-for-like comparison (e.g. no offender interviews).',
      }),
      rule: t.exposeString('rule', { description: 'How the framework rolls this criterion up.' }),
      notComputedReason: t.string({
        nullable: true,
        description: 'Why there is no percentage; null when there is one.',
        resolve: (c) => notComputedReason(c),
      }),
      smallDenominator: t.exposeBoolean('smallDenominator', { description: 'Fewer than 5 applicable cases.' }),
      interval: t.field({
        type: IntervalRef,
        nullable: true,
        description: 'The 95% Wilson score interval of the percentage; null when the counts are not known.',
        resolve: (s) => s.interval,
      }),
    }),
  });
