// An inspector's validation (second marking) of one question of a case file, recording it and resolving a
// disagreement. The rest of validation has its own types: second-marking.ts (a file's blind second marking and its
// comparison), second-marking-question.ts, second-marking-plan.ts, agreement-report.ts and agreement.ts (the
// inspection's inter-rater agreement).
import { z } from 'zod';
import { builder } from '../builder.ts';
import { mayReadValidation } from '../access/second-marking.ts';
import { recordValidation, resolveValidation } from '../services/validation.ts';
import { COMMON_ERRORS } from './errors.ts';
import { CaseFileRef } from './case-file/type.ts';

export const ValidationRef = builder.prismaNode('Validation', {
  id: { field: 'id' },
  description: "An inspector's second marking of one question; the assessor's side shows only once compared.",
  authScopes: async (validation, ctx) => mayReadValidation(ctx, validation.caseFileId),
  fields: (t) => ({
    measureKey: t.exposeString('measureKey'),
    value: t.exposeString('value', { description: "The inspector's answer." }),
    reason: t.exposeString('reason', { nullable: true }),
    comment: t.exposeString('comment', { nullable: true }),
    inspector: t.relation('inspector'),
    compared: t.boolean({ resolve: (v) => v.comparedAt !== null }),
    comparedAt: t.expose('comparedAt', { type: 'DateTime', nullable: true }),
    assessorValue: t.string({
      nullable: true,
      description: "The assessor's answer when the marking was compared; null before, so the marking stays blind.",
      resolve: (v) => (v.comparedAt ? v.assessorValue : null),
    }),
    assessorReason: t.string({ nullable: true, resolve: (v) => (v.comparedAt ? v.assessorReason : null) }),
    agrees: t.boolean({
      nullable: true,
      description: 'Whether both gave the same answer; null until compared.',
      resolve: (v) => (v.comparedAt ? v.assessorValue === v.value : null),
    }),
    resolvedValue: t.exposeString('resolvedValue', { nullable: true }),
    resolutionNote: t.exposeString('resolutionNote', { nullable: true }),
    resolvedBy: t.relation('resolvedBy', { nullable: true }),
    resolvedAt: t.expose('resolvedAt', { type: 'DateTime', nullable: true }),
  }),
});

builder.mutationField('recordValidation', (t) =>
  t.fieldWithInput({
    type: ValidationRef,
    description:
      "An inspector's blind second marking of one question of a submitted case file; it can change until the inspector compares.",
    errors: { types: COMMON_ERRORS },
    input: {
      caseFileId: t.input.globalID({ required: true, for: [CaseFileRef] }),
      measureKey: t.input.string({ required: true, validate: z.string().min(1).max(200) }),
      value: t.input.string({ required: true, validate: z.string().min(1).max(100) }),
      reason: t.input.string({ validate: z.string().max(2000) }),
      comment: t.input.string({ validate: z.string().max(4000) }),
    },
    resolve: async (_root, { input }, ctx) => {
      const saved = await recordValidation(ctx.prisma, ctx.frameworks, ctx.viewer, {
        ...input,
        caseFileId: input.caseFileId.id,
      });
      return ctx.prisma.validation.findUniqueOrThrow({ where: { id: saved.id } });
    },
  }),
);

builder.mutationField('resolveValidation', (t) =>
  t.fieldWithInput({
    type: ValidationRef,
    description:
      "Settles a compared question: the resolved value (the assessor's, the inspector's or another) becomes the answer, with a note; the validation keeps both raters' answers, so the agreement figures do not move.",
    errors: { types: COMMON_ERRORS },
    input: {
      validationId: t.input.globalID({ required: true, for: [ValidationRef] }),
      value: t.input.string({ required: true, validate: z.string().min(1).max(100) }),
      reason: t.input.string({ validate: z.string().max(2000) }),
      note: t.input.string({ required: true, validate: z.string().max(4000) }),
    },
    resolve: async (_root, { input }, ctx) => {
      const resolved = await resolveValidation(ctx.prisma, ctx.frameworks, ctx.viewer, {
        ...input,
        validationId: input.validationId.id,
      });
      return ctx.prisma.validation.findUniqueOrThrow({ where: { id: resolved.id } });
    },
  }),
);
