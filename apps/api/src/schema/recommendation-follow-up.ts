// A later inspection's judgement of the progress made on a recommendation, and making one.
import { builder } from '../builder.ts';
import { seesInspection } from '../access/inspection-roles.ts';
import { followUpRecommendations, judgeRecommendation } from '../services/recommendations.ts';
import { COMMON_ERRORS } from './errors.ts';
import { InspectionRef } from './inspection/type.ts';
import { optionalProse } from './narrative.ts';
import { RecommendationRef } from './recommendation.ts';

export const ProgressJudgementEnum = builder.enumType('ProgressJudgement', {
  description: "A follow-up inspection's judgement of the progress made against a recommendation.",
  values: ['NO_MEANINGFUL_PROGRESS', 'INSUFFICIENT_PROGRESS', 'REASONABLE_PROGRESS', 'GOOD_PROGRESS'] as const,
});

export const RecommendationFollowUpRef = builder.prismaNode('RecommendationFollowUp', {
  id: { field: 'id' },
  select: { id: true, inspectionId: true },
  description: 'A recommendation as a follow-up inspection followed it up, with its judgement of progress.',
  authScopes: (followUp, ctx) => seesInspection(ctx, followUp.inspectionId),
  fields: (t) => ({
    judgement: t.expose('judgement', { type: ProgressJudgementEnum, nullable: true }),
    comment: t.exposeString('comment', { nullable: true }),
    recommendation: t.relation('recommendation'),
    inspection: t.relation('inspection', { description: 'The follow-up inspection.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

builder.mutationField('followUpRecommendation', (t) =>
  t.fieldWithInput({
    type: InspectionRef,
    description:
      "Chooses which of the baseline's recommendations this follow-up inspection follows up: afterwards exactly those given " +
      '(leaving one out removes its judgement). Returns the inspection.',
    errors: { types: COMMON_ERRORS },
    input: {
      inspectionId: t.input.globalID({ required: true, for: [InspectionRef] }),
      recommendationIds: t.input.globalIDList({ required: true, for: [RecommendationRef] }),
    },
    resolve: async (_root, { input }, ctx) => {
      const inspectionId = await followUpRecommendations(ctx, {
        inspectionId: input.inspectionId.id,
        recommendationIds: input.recommendationIds.map((id) => id.id),
      });
      return ctx.prisma.inspection.findUniqueOrThrow({ where: { id: inspectionId } });
    },
  }),
);

builder.mutationField('judgeRecommendation', (t) =>
  t.fieldWithInput({
    type: RecommendationFollowUpRef,
    description: "Records the follow-up inspection's judgement of progress against a recommendation it follows up.",
    errors: { types: COMMON_ERRORS },
    input: {
      followUpId: t.input.globalID({ required: true, for: [RecommendationFollowUpRef] }),
      judgement: t.input.field({ type: ProgressJudgementEnum, required: true }),
      comment: t.input.string({ validate: optionalProse('The comment', 10_000) }),
    },
    resolve: (_root, { input }, ctx) => judgeRecommendation(ctx, { ...input, followUpId: input.followUpId.id }),
  }),
);
