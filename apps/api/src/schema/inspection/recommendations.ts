import { builder } from '../../builder.ts';
import { visibleFactualAccuracyComments } from '../../access/factual-accuracy.ts';

builder.prismaObjectField('Inspection', 'recommendations', (t) =>
  t.relation('recommendations', {
    description: 'The recommendations this inspection made, by number.',
    query: { orderBy: { number: 'asc' } },
  }),
);

builder.prismaObjectField('Inspection', 'followedUpRecommendations', (t) =>
  t.relation('recommendationFollowUps', {
    description: "The baseline's recommendations this follow-up inspection follows up, by number, with its judgements.",
    query: { orderBy: [{ recommendation: { number: 'asc' } }, { id: 'asc' }] },
  }),
);

builder.prismaObjectField('Inspection', 'factualAccuracyComments', (t) =>
  t.relation('factualAccuracyComments', {
    description: "Comments on the draft report: for the team and the area's board; empty for anyone else.",
    query: (_args, ctx) => ({
      where: visibleFactualAccuracyComments(ctx.viewer),
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    }),
  }),
);
