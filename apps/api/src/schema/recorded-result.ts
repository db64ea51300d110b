// A historic figure known only from a published report (RecordedResult), and recordResult.
import { z } from 'zod';
import { builder } from '../builder.ts';
import { recordResult } from '../services/recorded-results.ts';
import { COMMON_ERRORS } from './errors.ts';
import { InspectionRef } from './inspection/type.ts';
import { FigureKindEnum } from './figure.ts';

export const RecordedResultRef = builder.prismaObject('RecordedResult', {
  fields: (t) => ({
    kind: t.expose('kind', { type: FigureKindEnum }),
    key: t.exposeString('key'),
    subsample: t.exposeString('subsample'),
    percentage: t.exposeFloat('percentage'),
    met: t.exposeInt('met', { nullable: true }),
    applicable: t.exposeInt('applicable', { nullable: true }),
    adjusted: t.exposeBoolean('adjusted'),
    source: t.exposeString('source', { nullable: true }),
  }),
});

builder.mutationField('recordResult', (t) =>
  t.fieldWithInput({
    type: RecordedResultRef,
    description:
      'Records a historic figure known only from a published report (counts only where the report gives them).',
    errors: { types: COMMON_ERRORS },
    input: {
      inspectionId: t.input.globalID({ required: true, for: [InspectionRef] }),
      kind: t.input.field({ type: FigureKindEnum, required: true }),
      key: t.input.string({ required: true, validate: z.string().min(1).max(120) }),
      subsample: t.input.string({ defaultValue: 'ALL', validate: z.string().min(1).max(60) }),
      percentage: t.input.float({ required: true, validate: z.number().min(0).max(100) }),
      met: t.input.int({ validate: z.number().int().min(0) }),
      applicable: t.input.int({ validate: z.number().int().min(1) }),
      adjusted: t.input.boolean({ defaultValue: false }),
      source: t.input.string({ validate: z.string().max(4000) }),
    },
    resolve: (_root, { input }, ctx) => recordResult(ctx, { ...input, inspectionId: input.inspectionId.id }),
  }),
);
