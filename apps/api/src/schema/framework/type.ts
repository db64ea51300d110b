// One stored version of a framework, with its sections, criteria, measures, rating bands and answer sets; every
// stored version. Frameworks as files are framework-file.ts (downloads) and framework-upload.ts (checking and
// publishing one).
import { builder } from '../../builder.ts';
import { AnswerSetRef } from './answer-set.ts';
import { CriterionRef } from './criterion.ts';
import { SectionRef } from './framework-section.ts';
import { MeasureRef } from './measure.ts';
import { RatingBandRef } from './rating-band.ts';

export const FrameworkRef = builder.prismaNode('Framework', {
  id: { field: 'id' },
  description: 'One version of a framework of criteria, frozen once stored.',
  fields: (t) => ({
    key: t.exposeString('key'),
    version: t.exposeString('version'),
    title: t.exposeString('title'),
    sections: t.field({
      type: [SectionRef],
      resolve: async (f, _a, ctx) => [...(await ctx.frameworks.definition(f.id)).sections],
    }),
    criteria: t.field({
      type: [CriterionRef],
      resolve: async (f, _a, ctx) => [...(await ctx.frameworks.definition(f.id)).criteria],
    }),
    measures: t.field({
      type: [MeasureRef],
      resolve: async (f, _a, ctx) => [...(await ctx.frameworks.definition(f.id)).measures],
    }),
    ratingBands: t.field({
      type: [RatingBandRef],
      description: 'Bands scores are rated in, ascending; empty when the framework rates none (ESI 2005).',
      resolve: async (f, _a, ctx) => [...((await ctx.frameworks.definition(f.id)).ratingBands ?? [])],
    }),
    answerSets: t.field({
      type: [AnswerSetRef],
      resolve: async (f, _a, ctx) => [...(await ctx.frameworks.definition(f.id)).answerSets],
    }),
  }),
});

builder.queryField('frameworks', (t) =>
  t.prismaField({
    type: [FrameworkRef],
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.framework.findMany({ ...query, orderBy: [{ key: 'asc' }, { version: 'asc' }] }),
  }),
);
