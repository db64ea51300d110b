// An inspector's rating of a standard in place of the computed one, with the reason; making and withdrawing one.
import type { StandardRating } from '@scrutiny/domain';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { overrideStandardRating, withdrawRatingOverride } from '../../services/ratings.ts';
import { COMMON_ERRORS } from '../errors.ts';
import { InspectionRef } from '../inspection/type.ts';
import { RatingRef, ratingOf, type WithModel } from './rating.ts';

export const RatingOverrideRef = builder
  .objectRef<WithModel<NonNullable<StandardRating['override']>>>('RatingOverride')
  .implement({
    description: "An inspector's rating of a standard in place of the computed one, with the recorded reason.",
    fields: (t) => ({
      rating: t.field({ type: RatingRef, resolve: (o) => ratingOf(o.model, o.rating)! }),
      reason: t.exposeString('reason'),
      by: t.string({ nullable: true, description: 'Who overrode it.', resolve: (o) => o.by ?? null }),
      at: t.field({
        type: 'DateTime',
        nullable: true,
        resolve: (o) => (o.at ? new Date(o.at) : null),
      }),
    }),
  });

builder.mutationField('overrideStandardRating', (t) =>
  t.fieldWithInput({
    type: InspectionRef,
    description: 'An inspector of the team rates a standard otherwise than its lowest key question, giving why.',
    errors: { types: COMMON_ERRORS },
    input: {
      inspectionId: t.input.globalID({ required: true, for: [InspectionRef] }),
      standard: t.input.string({ required: true, validate: z.string().max(50) }),
      rating: t.input.string({ required: true, validate: z.string().max(50) }),
      reason: t.input.string({ required: true, validate: z.string().max(4000) }),
    },
    resolve: async (_root, { input }, ctx) => {
      const { inspectionId } = await overrideStandardRating(ctx.prisma, ctx.frameworks, ctx.viewer, {
        ...input,
        inspectionId: input.inspectionId.id,
      });
      return ctx.prisma.inspection.findUniqueOrThrow({ where: { id: inspectionId } });
    },
  }),
);

builder.mutationField('withdrawRatingOverride', (t) =>
  t.fieldWithInput({
    type: InspectionRef,
    description: 'Withdraws an override: the standard takes its computed rating again.',
    errors: { types: COMMON_ERRORS },
    input: {
      inspectionId: t.input.globalID({ required: true, for: [InspectionRef] }),
      standard: t.input.string({ required: true, validate: z.string().max(50) }),
    },
    resolve: async (_root, { input }, ctx) => {
      const { inspectionId } = await withdrawRatingOverride(ctx.prisma, ctx.viewer, {
        inspectionId: input.inspectionId.id,
        standard: input.standard,
      });
      return ctx.prisma.inspection.findUniqueOrThrow({ where: { id: inspectionId } });
    },
  }),
);
