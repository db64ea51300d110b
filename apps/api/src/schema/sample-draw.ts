// Drawing an inspection's sample from its imported case list (SampleDraw, by stratum, with what was excluded).
import { z } from 'zod';
import { builder } from '../builder.ts';
import { drawSampleForTeam } from '../services/case-list-for-team.ts';
import { COMMON_ERRORS } from './errors.ts';
import { InspectionRef } from './inspection/type.ts';

const StratumRef = builder
  .objectRef<{ key: string; population: number; drawn: number; reserve: number }>('SampleStratum')
  .implement({
    fields: (t) => ({
      key: t.exposeString('key'),
      population: t.exposeInt('population'),
      drawn: t.exposeInt('drawn'),
      reserve: t.exposeInt('reserve'),
    }),
  });
const ExclusionRef = builder.objectRef<{ reference: string; reason: string }>('SampleExclusion').implement({
  fields: (t) => ({ reference: t.exposeString('reference'), reason: t.exposeString('reason') }),
});
const SampleDrawRef = builder
  .objectRef<{
    sample: number;
    reserve: number;
    strata: { key: string; population: number; drawn: number; reserve: number }[];
    excluded: { reference: string; reason: string }[];
  }>('SampleDraw')
  .implement({
    fields: (t) => ({
      sample: t.exposeInt('sample'),
      reserve: t.exposeInt('reserve'),
      strata: t.field({ type: [StratumRef], resolve: (d) => d.strata }),
      excluded: t.field({ type: [ExclusionRef], resolve: (d) => d.excluded }),
    }),
  });

builder.mutationField('drawSample', (t) =>
  t.fieldWithInput({
    type: SampleDrawRef,
    description: 'Draws a reproducible stratified sample (and a reserve) from the imported case list.',
    errors: { types: COMMON_ERRORS },
    input: {
      inspectionId: t.input.globalID({ required: true, for: [InspectionRef] }),
      seed: t.input.string({ required: true, validate: z.string().min(1).max(100) }),
      size: t.input.int({ required: true, validate: z.number().int().min(1).max(1000) }),
      highRiskSize: t.input.int({ validate: z.number().int().min(0).max(1000) }),
      reserveShare: t.input.float({ validate: z.number().min(0).max(1) }),
      maxPerOfficer: t.input.int({ validate: z.number().int().min(1).max(100) }),
    },
    resolve: async (_root, { input }, ctx) => {
      const draw = await drawSampleForTeam(ctx.prisma, ctx.viewer, input.inspectionId.id, input);
      return { sample: draw.sample.length, reserve: draw.reserve.length, strata: draw.strata, excluded: draw.excluded };
    },
  }),
);
