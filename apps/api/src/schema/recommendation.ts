// Recommendations (DOMAIN.md § The work, step 8): what an inspection recommends, and adding and closing them. Their
// follow-through has its own types: recommendation-follow-up.ts (the next inspection's judgement of progress),
// action-plan-item.ts (the board's action plan); factual-accuracy-comment.ts the area's comments on the draft.
import { builder } from '../builder.ts';
import { visibleInspections } from '../access/visibility.ts';
import { addRecommendation, seesRecommendation, setRecommendationStatus } from '../services/recommendations.ts';
import { COMMON_ERRORS } from './errors.ts';
import { InspectionRef } from './inspection/type.ts';
import { prose } from './narrative.ts';

export const RecommendationStatusEnum = builder.enumType('RecommendationStatus', {
  description: 'How far the area has got with a recommendation, as its board reports it.',
  values: ['OPEN', 'IN_PROGRESS', 'COMPLETED'] as const,
});

export const RecommendationRef = builder.prismaNode('Recommendation', {
  id: { field: 'id' },
  select: { id: true, inspectionId: true },
  description: 'A recommendation an inspection made to the area.',
  authScopes: (recommendation, ctx) => seesRecommendation(ctx, recommendation),
  fields: (t) => ({
    number: t.exposeInt('number'),
    text: t.exposeString('text'),
    status: t.expose('status', { type: RecommendationStatusEnum }),
    inspection: t.relation('inspection', { description: 'The inspection that made the recommendation.' }),
    followUps: t.relation('followUps', {
      description: 'Judgements of later inspections that followed it up (those the caller may see).',
      query: (_args, ctx) => ({
        where: { inspection: visibleInspections(ctx.viewer) },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      }),
    }),
    actionPlanItems: t.relation('actionPlanItems', {
      description: "The area's action plan for the recommendation.",
      // Readable by whoever sees the inspection that made the recommendation.
      query: (_args, ctx) => ({
        where: { recommendation: { inspection: visibleInspections(ctx.viewer) } },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      }),
    }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

// ── On the inspection ─────────────────────────────────────────────────────────

// ── Changes ───────────────────────────────────────────────────────────────────

builder.mutationField('addRecommendation', (t) =>
  t.fieldWithInput({
    type: RecommendationRef,
    description: 'Adds a recommendation, numbered after the last. Inspectors of the team or a chief inspector.',
    errors: { types: COMMON_ERRORS },
    input: {
      inspectionId: t.input.globalID({ required: true, for: [InspectionRef] }),
      text: t.input.string({ required: true, validate: prose('The recommendation', 5_000) }),
    },
    resolve: (_root, { input }, ctx) => addRecommendation(ctx, { ...input, inspectionId: input.inspectionId.id }),
  }),
);

builder.mutationField('setRecommendationStatus', (t) =>
  t.fieldWithInput({
    type: RecommendationRef,
    description: "The area's board reports how far it has got with a recommendation.",
    errors: { types: COMMON_ERRORS },
    input: {
      recommendationId: t.input.globalID({ required: true, for: [RecommendationRef] }),
      status: t.input.field({ type: RecommendationStatusEnum, required: true }),
    },
    resolve: (_root, { input }, ctx) =>
      setRecommendationStatus(ctx, { ...input, recommendationId: input.recommendationId.id }),
  }),
);
