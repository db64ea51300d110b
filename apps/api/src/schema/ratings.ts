// Ratings where the framework declares a rating model: per standard (computed, override with reason, effective),
// overall, per local unit; the override mutations; and how comparisons across framework versions are limited.
import type { NotComparable, OverallRating, Rating, StandardRating } from '@scrutiny/domain';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { overrideStandardRating, withdrawRatingOverride } from '../services/ratings.ts';
import type { VisibleRatings } from '../services/score-loader.ts';
import { COMMON_ERRORS } from './errors.ts';
import { InspectionRef } from './inspection/type.ts';
import { ComparisonRef, FigureKindEnum } from './scores.ts';
import { MeasureRef } from './framework.ts';

type WithModel<T> = T & { model: VisibleRatings['framework'] };

const RatingRef = builder.objectRef<Rating>('Rating').implement({
  description: 'One rating of the framework, e.g. Good from 65% of applicable case files, worth 2 points.',
  fields: (t) => ({
    key: t.exposeString('key'),
    label: t.exposeString('label'),
    from: t.exposeFloat('from', { description: 'The lowest key-question percentage (as published) rated so.' }),
    points: t.exposeInt('points', { description: 'What the rating adds to the overall score.' }),
  }),
});

function ratingOf(framework: VisibleRatings['framework'], key: string | null | undefined): Rating | null {
  return framework.ratings?.ratings.find((rating) => rating.key === key) ?? null;
}

const RatingOverrideRef = builder
  .objectRef<WithModel<NonNullable<StandardRating['override']>>>('RatingOverride')
  .implement({
    description: "An inspector's rating of a standard in place of the computed one, with the recorded reason.",
    fields: (t) => ({
      rating: t.field({ type: RatingRef, resolve: (o) => ratingOf(o.model, o.rating)! }),
      reason: t.exposeString('reason'),
      by: t.string({ nullable: true, description: 'Who overrode it.', resolve: (o) => o.by ?? null }),
      at: t.field({
        type: 'DateTime',
        nullable: true,
        resolve: (o) => (o.at ? new Date(o.at) : null),
      }),
    }),
  });

const KeyQuestionRatingRef = builder
  .objectRef<WithModel<StandardRating['keyQuestions'][number]>>('KeyQuestionRating')
  .implement({
    description:
      "A key question's rating from its percentage of applicable case files; its figures are on measureResults.",
    fields: (t) => ({
      key: t.exposeString('key'),
      measure: t.field({
        type: MeasureRef,
        resolve: (q) => q.model.measures.find((measure) => measure.key === q.key)!,
      }),
      rating: t.field({
        type: RatingRef,
        nullable: true,
        description: 'Null when no case file was applicable.',
        resolve: (q) => ratingOf(q.model, q.rating),
      }),
    }),
  });

const StandardRatingRef = builder.objectRef<WithModel<StandardRating>>('StandardRating').implement({
  description: 'A standard rated by its lowest key question, unless an inspector overrode it with a reason.',
  fields: (t) => ({
    code: t.exposeString('code'),
    title: t.string({ resolve: (s) => s.model.criteria.find((c) => c.code === s.code)?.title ?? s.code }),
    computed: t.field({
      type: RatingRef,
      nullable: true,
      description: "The lowest key question's rating; null when none had an applicable case file.",
      resolve: (s) => ratingOf(s.model, s.computed),
    }),
    lowestKeyQuestion: t.exposeString('lowestKeyQuestion', { nullable: true }),
    override: t.field({
      type: RatingOverrideRef,
      nullable: true,
      resolve: (s) => (s.override ? { ...s.override, model: s.model } : null),
    }),
    effective: t.field({
      type: RatingRef,
      nullable: true,
      description: 'The override where there is one, else the computed rating.',
      resolve: (s) => ratingOf(s.model, s.effective),
    }),
    keyQuestions: t.field({
      type: [KeyQuestionRatingRef],
      resolve: (s) => s.keyQuestions.map((q) => ({ ...q, model: s.model })),
    }),
  }),
});

const OverallRatingRef = builder.objectRef<WithModel<OverallRating>>('OverallRating').implement({
  description: "The overall rating from the sum of the standards' points, by the framework's thresholds.",
  fields: (t) => ({
    points: t.exposeInt('points', { nullable: true }),
    rating: t.field({ type: RatingRef, nullable: true, resolve: (o) => ratingOf(o.model, o.rating) }),
    reason: t.exposeString('reason', { nullable: true, description: 'Why there is no overall rating.' }),
  }),
});

const UnitRatingsRef = builder.objectRef<WithModel<VisibleRatings['units'][number]>>('UnitRatings').implement({
  description: "A local unit's ratings from its own case files; they roll up to the region (the whole sample).",
  fields: (t) => ({
    unit: t.exposeString('unit'),
    caseFiles: t.exposeInt('caseFiles'),
    withheld: t.exposeBoolean('withheld', {
      description: 'Fewer than 5 case files: withheld from public outputs, so standards and overall are empty.',
    }),
    standards: t.field({
      type: [StandardRatingRef],
      resolve: (u) => (u.withheld ? [] : u.ratings.standards.map((s) => ({ ...s, model: u.model }))),
    }),
    overall: t.field({
      type: OverallRatingRef,
      nullable: true,
      resolve: (u) => (u.withheld ? null : { ...u.ratings.overall, model: u.model }),
    }),
  }),
});

const QuestionSetRef = builder
  .objectRef<{ key: string; label: string; excludeTags: readonly string[] }>('QuestionSet')
  .implement({
    fields: (t) => ({ key: t.exposeString('key'), label: t.exposeString('label') }),
  });

export const InspectionRatingsRef = builder.objectRef<VisibleRatings>('InspectionRatings').implement({
  description: "An inspection's ratings by its framework's rating model.",
  fields: (t) => ({
    questionSet: t.exposeString('questionSet'),
    questionSets: t.field({
      type: [QuestionSetRef],
      description: 'The core set first, then any adjusted sets.',
      resolve: (r) => [...(r.framework.ratings?.questionSets ?? [])],
    }),
    scale: t.field({
      type: [RatingRef],
      description: 'Every rating, lowest first.',
      resolve: (r) => [...(r.framework.ratings?.ratings ?? [])],
    }),
    standards: t.field({
      type: [StandardRatingRef],
      resolve: (r) => r.standards.map((s) => ({ ...s, model: r.framework })),
    }),
    overall: t.field({ type: OverallRatingRef, resolve: (r) => ({ ...r.overall, model: r.framework }) }),
    units: t.field({
      type: [UnitRatingsRef],
      description: 'Each local unit (the framework names the case fact), in order.',
      resolve: (r) => r.units.map((u) => ({ ...u, model: r.framework })),
    }),
  }),
});

const NotComparableRef = builder.objectRef<NotComparable>('NotComparableFigure').implement({
  description: 'A figure left out of the comparison because the baseline used another framework version.',
  fields: (t) => ({
    kind: t.expose('kind', { type: FigureKindEnum }),
    key: t.exposeString('key'),
    reason: t.exposeString('reason'),
  }),
});

builder.objectFields(ComparisonRef, (t) => ({
  baselineFrameworkVersion: t.string({
    description: "The framework version the baseline was inspected on (its key and version, e.g. 'esi@2005').",
    resolve: (c) => `${c.baselineFramework.key}@${c.baselineFramework.version}`,
  }),
  notComparable: t.field({
    type: [NotComparableRef],
    description: 'Figures not compared, with why (empty when both inspections used the same version).',
    resolve: (c) => c.notComparable,
  }),
}));

builder.mutationField('overrideStandardRating', (t) =>
  t.fieldWithInput({
    type: InspectionRef,
    description: 'An inspector of the team rates a standard otherwise than its lowest key question, giving why.',
    errors: { types: COMMON_ERRORS },
    input: {
      inspectionId: t.input.globalID({ required: true, for: [InspectionRef] }),
      standard: t.input.string({ required: true, validate: z.string().max(50) }),
      rating: t.input.string({ required: true, validate: z.string().max(50) }),
      reason: t.input.string({ required: true, validate: z.string().max(4000) }),
    },
    resolve: async (_root, { input }, ctx) => {
      const { inspectionId } = await overrideStandardRating(ctx.prisma, ctx.frameworks, ctx.viewer, {
        ...input,
        inspectionId: input.inspectionId.id,
      });
      return ctx.prisma.inspection.findUniqueOrThrow({ where: { id: inspectionId } });
    },
  }),
);

builder.mutationField('withdrawRatingOverride', (t) =>
  t.fieldWithInput({
    type: InspectionRef,
    description: 'Withdraws an override: the standard takes its computed rating again.',
    errors: { types: COMMON_ERRORS },
    input: {
      inspectionId: t.input.globalID({ required: true, for: [InspectionRef] }),
      standard: t.input.string({ required: true, validate: z.string().max(50) }),
    },
    resolve: async (_root, { input }, ctx) => {
      const { inspectionId } = await withdrawRatingOverride(ctx.prisma, ctx.viewer, {
        inspectionId: input.inspectionId.id,
        standard: input.standard,
      });
      return ctx.prisma.inspection.findUniqueOrThrow({ where: { id: inspectionId } });
    },
  }),
);
