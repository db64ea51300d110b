import { erasureOf } from '../retention/erasure-record.ts';
import { builder } from '../../builder.ts';
import { AFTER_ERASURE_REMAINS, erasureDueAt } from '../../services/retention.ts';
import { InspectionRef } from './type.ts';

builder.objectFields(InspectionRef, (t) => ({
  personalDataErasureDue: t.field({
    type: 'DateTime',
    nullable: true,
    description:
      'When its case-level personal data will be erased under the retention rule (SCRUTINY_RETENTION_MONTHS after ' +
      'publication); null until it is published, and for an inspection known only from its report (no case files).',
    resolve: (i, _args, ctx) =>
      i.publishedAt && i.evidence === 'CASE_FILES' ? erasureDueAt(i.publishedAt, ctx.config.retentionMonths) : null,
  }),
  personalDataErasedAt: t.field({
    type: 'DateTime',
    nullable: true,
    description: 'When its case-level personal data was erased; null while it is still held.',
    resolve: async (i, _args, ctx) => (await erasureOf(ctx, i.id))?.erasedAt ?? null,
  }),
  afterErasureRemains: t.string({
    description: 'What stays once its personal data is erased.',
    resolve: () => AFTER_ERASURE_REMAINS,
  }),
}));
