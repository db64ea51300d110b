// One figure of a follow-up beside its baseline's, with the change, its direction and its test.
import { changeTested, printedPercentage, type FigureComparison } from '@scrutiny/domain';
import { builder } from '../../builder.ts';
import { FIGURE_ID, FigureKindEnum, PRINTED, figureIdOf, type Owned } from '../figure.ts';
import { IntervalRef } from '../interval.ts';

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
