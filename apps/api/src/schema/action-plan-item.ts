// One step of the board's action plan for a recommendation, and adding and changing one.
import { builder } from '../builder.ts';
import { seesInspection } from '../access/inspection-roles.ts';
import { addActionPlanItem, updateActionPlanItem } from '../services/recommendations.ts';
import { COMMON_ERRORS } from './errors.ts';
import { prose } from './narrative.ts';
import { RecommendationRef } from './recommendation.ts';

export const ActionStatusEnum = builder.enumType('ActionStatus', {
  values: ['NOT_STARTED', 'IN_PROGRESS', 'DONE'] as const,
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
