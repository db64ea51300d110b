// The area's factual accuracy comments on a draft report, and making and resolving one.
import { builder } from '../builder.ts';
import { readsFactualAccuracyComments } from '../access/factual-accuracy.ts';
import { addFactualAccuracyComment, resolveFactualAccuracyComment } from '../services/recommendations.ts';
import { COMMON_ERRORS } from './errors.ts';
import { InspectionRef } from './inspection/type.ts';
import { optionalProse, prose } from './narrative.ts';

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
