// Retention (issue 21): the record of an inspection's personal data being erased, every such record, and a chief
// inspector's early erasure.
import { z } from 'zod';
import type { ErasureRecord } from '@scrutiny/db';
import { builder } from '../../builder.ts';
import { RETENTION_READERS } from '../../access/roles.ts';
import { requireViewer } from '../../access/viewer.ts';
import type { Context } from '../../context.ts';
import { ERASED_KINDS, erasePersonalDataNow } from '../../services/retention.ts';
import { COMMON_ERRORS } from '../errors.ts';
import { InspectionRef } from '../inspection/type.ts';
import { ErasedCountRef } from './erased-count.ts';

export const erasureOf = (ctx: Context, inspectionId: string) =>
  ctx.prisma.erasureRecord.findUnique({ where: { inspectionId }, select: { erasedAt: true } });

export const ErasureTriggerEnum = builder.enumType('ErasureTrigger', {
  values: {
    RETENTION_RULE: { description: 'The retention rule: its date after publication came.' },
    CHIEF_INSPECTOR: { description: 'A chief inspector erased it earlier, with a reason.' },
  } as const,
});

export const ErasureRecordRef = builder.objectRef<ErasureRecord>('ErasureRecord').implement({
  description:
    "The record of one inspection's personal data being erased: when, by which rule or person, and how much of each kind.",
  fields: (t) => ({
    id: t.exposeID('id'),
    inspectionId: t.exposeID('inspectionId', { description: "The inspection's database id (not a global id)." }),
    inspectionTitle: t.exposeString('inspectionTitle'),
    erasedAt: t.expose('erasedAt', { type: 'DateTime' }),
    trigger: t.expose('trigger', { type: ErasureTriggerEnum }),
    erasedByName: t.exposeString('erasedByName', {
      nullable: true,
      description: 'The chief inspector who erased it early; null under the rule.',
    }),
    reason: t.exposeString('reason', { nullable: true }),
    retentionMonths: t.exposeInt('retentionMonths', { nullable: true }),
    counts: t.field({
      type: [ErasedCountRef],
      resolve: (record) => {
        const counts = record.counts as Record<string, number>;
        return Object.entries(ERASED_KINDS).map(([kind, label]) => ({ kind, label, count: counts[kind] ?? 0 }));
      },
    }),
    keptFacts: t.field({
      type: 'JSON',
      description: 'What of the case facts was kept because the framework counts by it.',
      resolve: (record) => record.keptFacts,
    }),
  }),
});

builder.queryField('erasureRecords', (t) =>
  t.field({
    type: [ErasureRecordRef],
    description: 'Every erasure of personal data, newest first: for administrators and chief inspectors.',
    authScopes: { anyRole: RETENTION_READERS },
    resolve: (_root, _args, ctx) =>
      ctx.prisma.erasureRecord.findMany({ orderBy: [{ erasedAt: 'desc' }, { id: 'desc' }] }),
  }),
);

builder.mutationField('erasePersonalData', (t) =>
  t.fieldWithInput({
    type: ErasureRecordRef,
    description:
      "Erases a published inspection's case-level personal data now, before the retention rule would (chief " +
      'inspectors only, with a reason). Its figures, report and exports stay exactly as published.',
    errors: { types: COMMON_ERRORS },
    input: {
      inspectionId: t.input.globalID({ required: true, for: [InspectionRef] }),
      reason: t.input.string({
        required: true,
        validate: z
          .string()
          .trim()
          .min(1, 'Say why it is erased now.')
          .max(2000, 'A reason is at most 2,000 characters.'),
      }),
    },
    resolve: (_root, { input }, ctx) => {
      const viewer = requireViewer(ctx.viewer);
      return erasePersonalDataNow(ctx.prisma, ctx.frameworks, viewer, input.inspectionId.id, input.reason.trim());
    },
  }),
);
