// Recommendations and their follow-through (DOMAIN.md § The work, step 8): the inspection that makes them, the next
// inspection that judges progress, the board's action plan; and the area's factual accuracy comments on the draft.
import { builder } from '../builder.ts';
import { visibleInspections } from '../access/visibility.ts';
import { readsFactualAccuracyComments } from '../access/factual-accuracy.ts';
import { seesInspection } from '../access/inspection-roles.ts';
import {
  addActionPlanItem,
  addFactualAccuracyComment,
  addRecommendation,
  followUpRecommendations,
  judgeRecommendation,
  resolveFactualAccuracyComment,
  seesRecommendation,
  setRecommendationStatus,
  updateActionPlanItem,
} from '../services/recommendations.ts';
import { COMMON_ERRORS } from './errors.ts';
import { InspectionRef } from './inspection/type.ts';
import { optionalProse, prose } from './narrative.ts';

export const RecommendationStatusEnum = builder.enumType('RecommendationStatus', {
  description: 'How far the area has got with a recommendation, as its board reports it.',
  values: ['OPEN', 'IN_PROGRESS', 'COMPLETED'] as const,
});
export const ProgressJudgementEnum = builder.enumType('ProgressJudgement', {
  description: "A follow-up inspection's judgement of the progress made against a recommendation.",
  values: ['NO_MEANINGFUL_PROGRESS', 'INSUFFICIENT_PROGRESS', 'REASONABLE_PROGRESS', 'GOOD_PROGRESS'] as const,
});
export const ActionStatusEnum = builder.enumType('ActionStatus', {
  values: ['NOT_STARTED', 'IN_PROGRESS', 'DONE'] as const,
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

export const ActionPlanItemRef = builder.prismaNode('ActionPlanItem', {
  id: { field: 'id' },
  select: { id: true, recommendation: { select: { inspectionId: true } } },
  description: "One action of the area's plan to carry out a recommendation.",
  authScopes: (item, ctx) => seesInspection(ctx, item.recommendation.inspectionId),
  fields: (t) => ({
    action: t.exposeString('action'),
    owner: t.exposeString('owner'),
    dueOn: t.expose('dueOn', { type: 'DateTime', nullable: true }),
    status: t.expose('status', { type: ActionStatusEnum }),
    recommendation: t.relation('recommendation'),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

export const FactualAccuracyCommentRef = builder.prismaNode('FactualAccuracyComment', {
  id: { field: 'id' },
  select: { id: true, inspectionId: true },
  description: 'A comment on the draft report from its factual accuracy check.',
  authScopes: (comment, ctx) => readsFactualAccuracyComments(ctx, comment.inspectionId),
  fields: (t) => ({
    section: t.exposeString('section', {
      nullable: true,
      description: 'The section or criterion the comment is about.',
    }),
    text: t.exposeString('text'),
    author: t.relation('author'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    resolvedAt: t.expose('resolvedAt', { type: 'DateTime', nullable: true }),
    resolved: t.boolean({ select: { resolvedAt: true }, resolve: (comment) => comment.resolvedAt !== null }),
    inspection: t.relation('inspection'),
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

builder.mutationField('addActionPlanItem', (t) =>
  t.fieldWithInput({
    type: ActionPlanItemRef,
    description: "Adds an action to a recommendation's plan. The area's board or inspectors of the team.",
    errors: { types: COMMON_ERRORS },
    input: {
      recommendationId: t.input.globalID({ required: true, for: [RecommendationRef] }),
      action: t.input.string({ required: true, validate: prose('The action', 2_000) }),
      owner: t.input.string({ required: true, validate: prose('The owner', 200) }),
      dueOn: t.input.field({ type: 'DateTime' }),
      status: t.input.field({ type: ActionStatusEnum }),
    },
    resolve: (_root, { input }, ctx) =>
      addActionPlanItem(ctx, { ...input, recommendationId: input.recommendationId.id }),
  }),
);

builder.mutationField('updateActionPlanItem', (t) =>
  t.fieldWithInput({
    type: ActionPlanItemRef,
    description:
      'Changes an action; fields left out keep their value, a null due date removes it. Records who changed it.',
    errors: { types: COMMON_ERRORS },
    input: {
      itemId: t.input.globalID({ required: true, for: [ActionPlanItemRef] }),
      action: t.input.string({ validate: prose('The action', 2_000) }),
      owner: t.input.string({ validate: prose('The owner', 200) }),
      dueOn: t.input.field({ type: 'DateTime' }),
      status: t.input.field({ type: ActionStatusEnum }),
    },
    resolve: (_root, { input }, ctx) => updateActionPlanItem(ctx, { ...input, itemId: input.itemId.id }),
  }),
);

builder.mutationField('addFactualAccuracyComment', (t) =>
  t.fieldWithInput({
    type: FactualAccuracyCommentRef,
    description: "Comments on the draft report: the area's board during the factual accuracy check, or the team.",
    errors: { types: COMMON_ERRORS },
    input: {
      inspectionId: t.input.globalID({ required: true, for: [InspectionRef] }),
      section: t.input.string({ validate: optionalProse('The section', 100) }),
      text: t.input.string({ required: true, validate: prose('The comment', 10_000) }),
    },
    resolve: (_root, { input }, ctx) =>
      addFactualAccuracyComment(ctx, { ...input, inspectionId: input.inspectionId.id }),
  }),
);

builder.mutationField('resolveFactualAccuracyComment', (t) =>
  t.fieldWithInput({
    type: FactualAccuracyCommentRef,
    description: 'Marks a comment on the draft report dealt with. Inspectors of the team or a chief inspector.',
    errors: { types: COMMON_ERRORS },
    input: { commentId: t.input.globalID({ required: true, for: [FactualAccuracyCommentRef] }) },
    resolve: (_root, { input }, ctx) => resolveFactualAccuracyComment(ctx, input.commentId.id),
  }),
);
