// An example of good practice, and adding, changing and removing one.
import { builder } from '../builder.ts';
import { seesInspection } from '../access/inspection-roles.ts';
import { addGoodPractice, removeGoodPractice, updateGoodPractice } from '../services/narrative.ts';
import { COMMON_ERRORS } from './errors.ts';
import { InspectionRef } from './inspection/type.ts';
import { prose, optionalProse, CRITERION_CODE, byInspection } from './narrative.ts';

export const GoodPracticeRef = builder.prismaNode('GoodPractice', {
  id: { field: 'id' },
  ...byInspection,
  description: 'A good practice example the report gives under one criterion.',
  authScopes: (practice, ctx) => seesInspection(ctx, practice.inspectionId),
  fields: (t) => ({
    criterionCode: t.exposeString('criterionCode'),
    title: t.exposeString('title', { nullable: true }),
    text: t.exposeString('text'),
    position: t.exposeInt('position', { description: "Order among the criterion's examples, from 1." }),
    inspection: t.relation('inspection'),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

builder.mutationField('addGoodPractice', (t) =>
  t.fieldWithInput({
    type: GoodPracticeRef,
    description: "Adds a good practice example at the end of its criterion's examples.",
    errors: { types: COMMON_ERRORS },
    input: {
      inspectionId: t.input.globalID({ required: true, for: [InspectionRef] }),
      criterionCode: t.input.string({ required: true, validate: CRITERION_CODE }),
      title: t.input.string({ validate: optionalProse('The title', 300) }),
      text: t.input.string({ required: true, validate: prose('The example', 20_000) }),
    },
    resolve: (_root, { input }, ctx) => addGoodPractice(ctx, { ...input, inspectionId: input.inspectionId.id }),
  }),
);

builder.mutationField('updateGoodPractice', (t) =>
  t.fieldWithInput({
    type: GoodPracticeRef,
    description: 'Changes a good practice example; fields left out keep their value, and a blank title is cleared.',
    errors: { types: COMMON_ERRORS },
    input: {
      goodPracticeId: t.input.globalID({ required: true, for: [GoodPracticeRef] }),
      criterionCode: t.input.string({ validate: CRITERION_CODE }),
      title: t.input.string({ validate: optionalProse('The title', 300) }),
      text: t.input.string({ validate: prose('The example', 20_000) }),
    },
    resolve: (_root, { input }, ctx) => updateGoodPractice(ctx, { ...input, goodPracticeId: input.goodPracticeId.id }),
  }),
);

builder.mutationField('removeGoodPractice', (t) =>
  t.fieldWithInput({
    type: InspectionRef,
    description: 'Removes a good practice example. Returns the inspection.',
    errors: { types: COMMON_ERRORS },
    input: { goodPracticeId: t.input.globalID({ required: true, for: [GoodPracticeRef] }) },
    resolve: async (_root, { input }, ctx) => {
      const inspectionId = await removeGoodPractice(ctx, input.goodPracticeId.id);
      return ctx.prisma.inspection.findUniqueOrThrow({ where: { id: inspectionId } });
    },
  }),
);
