import type { AnswerSet, Criterion, Measure, RatingBand, Section } from '@scrutiny/domain';
import { builder } from '../builder.ts';

const AnswerOptionRef = builder.objectRef<AnswerSet['options'][number]>('AnswerOption').implement({
  fields: (t) => ({ value: t.exposeString('value'), label: t.exposeString('label'), meets: t.exposeBoolean('meets') }),
});
export const AnswerSetRef = builder.objectRef<AnswerSet>('AnswerSet').implement({
  fields: (t) => ({
    key: t.exposeString('key'),
    options: t.field({ type: [AnswerOptionRef], resolve: (s) => [...s.options] }),
  }),
});
const RatingBandRef = builder.objectRef<RatingBand>('RatingBand').implement({
  description: 'A band the framework rates scores in, starting at `from` percent.',
  fields: (t) => ({ from: t.exposeFloat('from'), label: t.exposeString('label') }),
});
export const SectionRef = builder.objectRef<Section>('FrameworkSection').implement({
  fields: (t) => ({ code: t.exposeString('code'), title: t.exposeString('title') }),
});
export const CriterionRef = builder.objectRef<Criterion>('Criterion').implement({
  fields: (t) => ({
    code: t.exposeString('code'),
    section: t.exposeString('section'),
    title: t.exposeString('title'),
    description: t.exposeString('description'),
    scoringRule: t.string({ resolve: (c) => c.scoring.kind }),
    tags: t.stringList({ resolve: (c) => [...c.tags] }),
  }),
});
export const MeasureRef = builder.objectRef<Measure>('Measure').implement({
  description: 'A question asked of each case file it applies to.',
  fields: (t) => ({
    key: t.exposeString('key'),
    criterion: t.exposeString('criterion'),
    text: t.exposeString('text'),
    answerSet: t.exposeString('answerSet'),
    applicability: t.field({
      type: 'JSON',
      description: 'The condition on case facts under which it is asked.',
      resolve: (m) => m.applicability,
    }),
    derivation: t.field({ type: 'JSON', nullable: true, resolve: (m) => m.derivation ?? null }),
    tags: t.stringList({ resolve: (m) => [...m.tags] }),
    prompts: t.stringList({
      description: 'Prompts the assessor weighs before answering: guidance, not scored on their own.',
      resolve: (m) => [...(m.prompts ?? [])],
    }),
  }),
});

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
