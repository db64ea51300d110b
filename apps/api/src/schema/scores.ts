// Scores as the domain computes them, shown with their denominators, intervals and the baseline comparison.
import type { CriterionScore, Disclosed, FigureComparison, Interval, MeasureResult } from '@scrutiny/domain';
import { builder } from '../builder.ts';
import type { VersionedComparison } from '../services/score-loader.ts';

export const IntervalRef = builder.objectRef<Interval>('Interval').implement({
  description: 'A 95% interval, in percentage points.',
  fields: (t) => ({ low: t.exposeFloat('low'), high: t.exposeFloat('high') }),
});

export const FigureKindEnum = builder.enumType('FigureKind', { values: ['CRITERION', 'MEASURE'] as const });

export const CorrectionEnum = builder.enumType('MultipleComparisonCorrection', {
  description: 'How p-values are adjusted for testing many figures at once.',
  values: {
    HOLM: { description: 'Holm–Bonferroni: controls the chance of any false "significant" change.' },
    BENJAMINI_HOCHBERG: { description: 'Benjamini–Hochberg: controls the share of false discoveries.' },
    NONE: { description: 'No correction: each change tested on its own at 5%.' },
  } as const,
});

export const DirectionEnum = builder.enumType('Direction', {
  values: ['IMPROVED', 'DETERIORATED', 'UNCHANGED'] as const,
});

const SUPPRESSED =
  'Withheld from public outputs by statistical disclosure control: fewer than 5 applicable cases could identify a ' +
  'person, so the percentage, counts and interval are null.';

export const CriterionScoreRef = builder
  .objectRef<Disclosed<CriterionScore> & { title: string }>('CriterionScore')
  .implement({
    description: 'A criterion score: the share of applicable case files (or answers) meeting the criterion.',
    fields: (t) => ({
      code: t.exposeString('key'),
      title: t.exposeString('title'),
      subsample: t.exposeString('subsample'),
      percentage: t.exposeFloat('percentage', {
        nullable: true,
        description: 'Unrounded; null when nothing was applicable.',
      }),
      met: t.exposeInt('met', { nullable: true }),
      applicable: t.exposeInt('applicable', {
        nullable: true,
        description: 'The denominator; null when only the percentage is recorded.',
      }),
      adjusted: t.exposeBoolean('adjusted', {
        description: 'Adjusted for a like-for-like comparison (e.g. no offender interviews).',
      }),
      rule: t.exposeString('rule', { description: 'How the framework rolls this criterion up.' }),
      smallDenominator: t.exposeBoolean('smallDenominator', { description: 'Fewer than 5 applicable cases.' }),
      suppressed: t.exposeBoolean('suppressed', { description: SUPPRESSED }),
      interval: t.field({ type: IntervalRef, nullable: true, resolve: (s) => s.interval }),
    }),
  });

export const MeasureResultRef = builder
  .objectRef<Disclosed<MeasureResult> & { text: string; criterion: string }>('MeasureResult')
  .implement({
    description: 'One measure: met / applicable case files, for one subsample.',
    fields: (t) => ({
      key: t.exposeString('key'),
      criterion: t.exposeString('criterion'),
      text: t.exposeString('text'),
      subsample: t.exposeString('subsample'),
      percentage: t.exposeFloat('percentage', { nullable: true }),
      met: t.exposeInt('met', { nullable: true }),
      applicable: t.exposeInt('applicable', { nullable: true }),
      notApplicable: t.exposeInt('notApplicable', { nullable: true, description: 'Null when suppressed.' }),
      unanswered: t.exposeInt('unanswered', { nullable: true, description: 'Null when suppressed.' }),
      smallDenominator: t.exposeBoolean('smallDenominator'),
      suppressed: t.exposeBoolean('suppressed', { description: SUPPRESSED }),
      interval: t.field({ type: IntervalRef, nullable: true, resolve: (s) => s.interval }),
    }),
  });

export const FigureComparisonRef = builder.objectRef<FigureComparison>('FigureComparison').implement({
  fields: (t) => ({
    kind: t.expose('kind', { type: FigureKindEnum }),
    key: t.exposeString('key'),
    subsample: t.exposeString('subsample'),
    baselinePercentage: t.float({ nullable: true, resolve: (c) => c.baseline.percentage }),
    baselineMet: t.int({ nullable: true, resolve: (c) => c.baseline.met }),
    baselineApplicable: t.int({ nullable: true, resolve: (c) => c.baseline.applicable }),
    baselineAdjusted: t.boolean({ resolve: (c) => c.baseline.adjusted }),
    baselineInterval: t.field({
      type: IntervalRef,
      nullable: true,
      description: "The baseline's 95% Wilson interval, when its counts are known.",
      resolve: (c) => c.baselineInterval,
    }),
    percentage: t.float({ nullable: true, resolve: (c) => c.followUp.percentage }),
    met: t.int({ nullable: true, resolve: (c) => c.followUp.met }),
    applicable: t.int({ nullable: true, resolve: (c) => c.followUp.applicable }),
    changePoints: t.exposeFloat('changePoints'),
    direction: t.expose('direction', { type: DirectionEnum }),
    pValue: t.exposeFloat('pValue', {
      nullable: true,
      description: "Two-sided Fisher's exact test; null unless both counts are known.",
    }),
    adjustedPValue: t.exposeFloat('adjustedPValue', { nullable: true }),
    significant: t.exposeBoolean('significant', { nullable: true }),
    changeInterval: t.field({
      type: IntervalRef,
      nullable: true,
      description: "Newcombe's hybrid score interval of the change.",
      resolve: (c) => c.changeInterval,
    }),
    smallDenominator: t.exposeBoolean('smallDenominator'),
  }),
});

export const ComparisonRef = builder.objectRef<VersionedComparison>('Comparison').implement({
  description: 'A follow-up against its baseline, figure by figure.',
  fields: (t) => ({
    improved: t.exposeInt('improved'),
    deteriorated: t.exposeInt('deteriorated'),
    unchanged: t.exposeInt('unchanged'),
    compared: t.exposeInt('compared'),
    correction: t.expose('correction', { type: CorrectionEnum }),
    alpha: t.exposeFloat('alpha'),
    summary: t.exposeString('summary'),
    figures: t.field({ type: [FigureComparisonRef], resolve: (c) => c.figures }),
  }),
});
