// Scores as the domain computes them, shown with their denominators, intervals and the baseline comparison.
import {
  bandThresholds,
  changeTested,
  notComputedReason,
  printedPercentage,
  publishedFigureId,
  straddlesBand,
  type CriterionScore,
  type Disclosed,
  type FigureComparison,
  type FrameworkDefinition,
  type Interval,
  type MeasureResult,
  type NotCompared,
} from '@scrutiny/domain';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../builder.ts';
import type { VersionedComparison } from '../services/score-loader.ts';

/** Whose figure it is: the inspection (its database id) and the framework version it was judged against. */
export interface FigureOwner {
  inspectionId: string;
  framework: {
    key: string;
    version: string;
    ratingBands?: readonly { from: number }[];
    criteria?: FrameworkDefinition['criteria'];
  };
}

type Owned<T> = T & { owner: FigureOwner };

function figureIdOf(owner: FigureOwner, kind: 'CRITERION' | 'MEASURE', key: string, subsample: string): string {
  return publishedFigureId({
    inspectionId: encodeGlobalID('Inspection', owner.inspectionId),
    frameworkKey: owner.framework.key,
    frameworkVersion: owner.framework.version,
    kind,
    key,
    subsample,
  });
}

const FIGURE_ID =
  "The figure's stable identifier, the same in every open-data file (`figure_id`): " +
  '`<inspection id>|<framework key>@<version>|<CRITERION or MEASURE>|<code or key>|<subsample>`.';
const PRINTED = 'The percentage as the report prints it: a whole number, halves rounded up; null when there is none.';
const STRADDLES =
  "The 95% interval reaches across a rating band threshold, so the figure's band is uncertain; null when the " +
  'framework declares no bands.';

export const IntervalRef = builder.objectRef<Interval>('Interval').implement({
  description: 'A 95% interval, in percentage points.',
  fields: (t) => ({
    low: t.exposeFloat('low', { description: 'Lower bound, in percent (0–100).' }),
    high: t.exposeFloat('high', { description: 'Upper bound, in percent (0–100).' }),
  }),
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
  description:
    'Which way a figure moved from the baseline, judged at the precision the report prints (whole percentages), ' +
    'so 61.5% → 61.7% (both printed 62%) is unchanged. Says nothing about significance: see `significant`.',
  values: {
    IMPROVED: { description: 'Higher than the baseline as printed.' },
    DETERIORATED: { description: 'Lower than the baseline as printed.' },
    UNCHANGED: { description: 'The same as the baseline as printed.' },
  } as const,
});

const SUPPRESSED =
  'Withheld from public outputs by statistical disclosure control: fewer than 5 applicable cases could identify a ' +
  'person, so the percentage, counts and interval are null.';

export const CriterionScoreRef = builder
  .objectRef<Owned<Disclosed<CriterionScore> & { title: string }>>('CriterionScore')
  .implement({
    description: 'A criterion score: the share of applicable case files (or answers) meeting the criterion.',
    fields: (t) => ({
      figureId: t.string({
        description: FIGURE_ID,
        resolve: (s) => figureIdOf(s.owner, 'CRITERION', s.key, s.subsample),
      }),
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
      percentagePrinted: t.int({
        nullable: true,
        description: PRINTED,
        resolve: (s) => printedPercentage(s.percentage),
      }),
      straddlesBand: t.boolean({
        nullable: true,
        description: STRADDLES,
        resolve: (s) => straddlesBand(s.interval, bandThresholds(s.owner.framework.ratingBands)),
      }),
      rule: t.exposeString('rule', { description: 'How the framework rolls this criterion up.' }),
      notComputedReason: t.string({
        nullable: true,
        description: 'Why there is no percentage; null when there is one.',
        resolve: (c) => notComputedReason(c),
      }),
      smallDenominator: t.exposeBoolean('smallDenominator', { description: 'Fewer than 5 applicable cases.' }),
      suppressed: t.exposeBoolean('suppressed', { description: SUPPRESSED }),
      interval: t.field({
        type: IntervalRef,
        nullable: true,
        description: 'The 95% Wilson score interval of the percentage; null when the counts are not known.',
        resolve: (s) => s.interval,
      }),
    }),
  });

export const MeasureResultRef = builder
  .objectRef<Owned<Disclosed<MeasureResult> & { text: string; criterion: string }>>('MeasureResult')
  .implement({
    description: 'One measure: met / applicable case files, for one subsample.',
    fields: (t) => ({
      figureId: t.string({
        description: FIGURE_ID,
        resolve: (m) => figureIdOf(m.owner, 'MEASURE', m.key, m.subsample),
      }),
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
      percentagePrinted: t.int({
        nullable: true,
        description: PRINTED,
        resolve: (m) => printedPercentage(m.percentage),
      }),
      straddlesBand: t.boolean({
        nullable: true,
        description: STRADDLES,
        resolve: (m) => straddlesBand(m.interval, bandThresholds(m.owner.framework.ratingBands)),
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
      suppressed: t.exposeBoolean('suppressed', { description: SUPPRESSED }),
      interval: t.field({
        type: IntervalRef,
        nullable: true,
        description: 'The 95% Wilson score interval of the percentage.',
        resolve: (s) => s.interval,
      }),
    }),
  });

export const FigureComparisonRef = builder.objectRef<Owned<FigureComparison>>('FigureComparison').implement({
  description:
    'One figure (a criterion score or a measure result, for one subsample) in the follow-up and its baseline.',
  fields: (t) => ({
    figureId: t.string({
      description: `${FIGURE_ID} The follow-up's figure.`,
      resolve: (c) => figureIdOf(c.owner, c.kind, c.key, c.subsample),
    }),
    kind: t.expose('kind', {
      type: FigureKindEnum,
      description: 'Whether `key` is a criterion code or a measure key.',
    }),
    key: t.exposeString('key', { description: 'The criterion code or measure key compared.' }),
    subsample: t.exposeString('subsample', { description: '"ALL", or a subsample key.' }),
    baselinePercentage: t.float({
      nullable: true,
      description: "The baseline inspection's percentage (as recorded, or adjusted where an adjusted figure exists).",
      resolve: (c) => c.baseline.percentage,
    }),
    baselinePercentagePrinted: t.int({
      nullable: true,
      description: "The baseline's percentage as its report prints it (a whole number).",
      resolve: (c) => printedPercentage(c.baseline.percentage),
    }),
    baselineMet: t.int({
      nullable: true,
      description: "The baseline's numerator, when known.",
      resolve: (c) => c.baseline.met,
    }),
    baselineApplicable: t.int({
      nullable: true,
      description: "The baseline's denominator, when known (historic reports often give percentages only).",
      resolve: (c) => c.baseline.applicable,
    }),
    baselineAdjusted: t.boolean({
      description: "The baseline's figure was adjusted to compare like with like.",
      resolve: (c) => c.baseline.adjusted,
    }),
    baselineInterval: t.field({
      type: IntervalRef,
      nullable: true,
      description: "The baseline's 95% Wilson interval, when its counts are known.",
      resolve: (c) => c.baselineInterval,
    }),
    percentage: t.float({
      nullable: true,
      description: "This (follow-up) inspection's percentage.",
      resolve: (c) => c.followUp.percentage,
    }),
    percentagePrinted: t.int({
      nullable: true,
      description: PRINTED,
      resolve: (c) => printedPercentage(c.followUp.percentage),
    }),
    met: t.int({ nullable: true, description: "The follow-up's numerator.", resolve: (c) => c.followUp.met }),
    applicable: t.int({
      nullable: true,
      description: "The follow-up's denominator.",
      resolve: (c) => c.followUp.applicable,
    }),
    changePoints: t.exposeFloat('changePoints', {
      description: 'Follow-up minus baseline, in percentage points, unrounded.',
    }),
    direction: t.expose('direction', { type: DirectionEnum }),
    changeTested: t.boolean({
      description:
        "Both sides' counts are known, so the change was tested (Fisher's exact test); otherwise it is compared " +
        'by direction only.',
      resolve: (c) => changeTested(c.pValue),
    }),
    pValue: t.exposeFloat('pValue', {
      nullable: true,
      description: "Two-sided Fisher's exact test; null unless both counts are known.",
    }),
    adjustedPValue: t.exposeFloat('adjustedPValue', {
      nullable: true,
      description: 'The p-value after the multiple-comparison correction chosen in `comparison(correction:)`.',
    }),
    significant: t.exposeBoolean('significant', {
      nullable: true,
      description: 'adjustedPValue < alpha; null where no test could be made (counts unknown on either side).',
    }),
    changeInterval: t.field({
      type: IntervalRef,
      nullable: true,
      description: "Newcombe's hybrid score interval of the change.",
      resolve: (c) => c.changeInterval,
    }),
    smallDenominator: t.exposeBoolean('smallDenominator', {
      description: 'Either side has fewer than 5 applicable cases: read the change with care.',
    }),
  }),
});

const FigureNotComparedRef = builder.objectRef<NotCompared>('FigureNotCompared').implement({
  description: 'A figure of this inspection left out of the comparison, with why: never dropped silently.',
  fields: (t) => ({
    kind: t.expose('kind', { type: FigureKindEnum }),
    key: t.exposeString('key'),
    subsample: t.exposeString('subsample'),
    reason: t.exposeString('reason', { description: 'Why it was not compared, in words.' }),
  }),
});

export const ComparisonRef = builder.objectRef<VersionedComparison & { owner: FigureOwner }>('Comparison').implement({
  description: 'A follow-up against its baseline, figure by figure.',
  fields: (t) => ({
    improved: t.exposeInt('improved', { description: 'Figures higher than the baseline as printed.' }),
    deteriorated: t.exposeInt('deteriorated', { description: 'Figures lower than the baseline as printed.' }),
    unchanged: t.exposeInt('unchanged', { description: 'Figures the same as the baseline as printed.' }),
    compared: t.exposeInt('compared', { description: 'Figures with a percentage on both sides, so compared.' }),
    correction: t.expose('correction', { type: CorrectionEnum, description: 'The correction applied to p-values.' }),
    alpha: t.exposeFloat('alpha', { description: 'The significance level the adjusted p-values are held to (0.05).' }),
    summary: t.exposeString('summary', {
      description: 'The report\'s sentence, e.g. "improvement against 12 of 17 figures".',
    }),
    figures: t.field({
      type: [FigureComparisonRef],
      description: "Each compared figure, in the framework's order.",
      resolve: (c) => c.figures.map((figure) => ({ ...figure, owner: c.owner })),
    }),
    notCompared: t.field({
      type: [FigureNotComparedRef],
      description:
        'Every figure of this inspection not compared (no percentage on one side, or none in the baseline), with the reason.',
      resolve: (c) => c.notCompared,
    }),
  }),
});
