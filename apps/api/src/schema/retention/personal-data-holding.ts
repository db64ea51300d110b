// Retention (issue 21): the case-level personal data each inspection still holds, and when it will be erased.
import { builder } from '../../builder.ts';
import { RETENTION_READERS } from '../../access/roles.ts';
import { personalDataHeld } from '../../services/personal-data.ts';
import { erasureDueAt } from '../../services/retention.ts';
import { ErasureRecordRef } from './erasure-record.ts';

interface Holding {
  inspectionId: string;
  evidence: string;
  caseFiles: number;
  comments: number;
  caseListRows: number;
  publishedAt: Date | null;
}

const PersonalDataHoldingRef = builder.objectRef<Holding>('PersonalDataHolding').implement({
  description: 'The case-level personal data one inspection still holds, and when it will be erased.',
  fields: (t) => ({
    inspection: t.prismaField({
      type: 'Inspection',
      resolve: (query, holding, _args, ctx) =>
        ctx.prisma.inspection.findUniqueOrThrow({ ...query, where: { id: holding.inspectionId } }),
    }),
    caseFiles: t.exposeInt('caseFiles', { description: 'Case files not yet erased.' }),
    comments: t.exposeInt('comments', { description: 'Answer and validation comments, resolution notes.' }),
    caseListRows: t.exposeInt('caseListRows', { description: 'Rows of uploaded case lists.' }),
    erasureDue: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the retention rule erases it; null until published, and where it holds no case files.',
      resolve: (holding, _args, ctx) =>
        holding.publishedAt && holding.evidence === 'CASE_FILES'
          ? erasureDueAt(holding.publishedAt, ctx.config.retentionMonths)
          : null,
    }),
    erasure: t.field({
      type: ErasureRecordRef,
      nullable: true,
      resolve: (holding, _args, ctx) =>
        ctx.prisma.erasureRecord.findUnique({ where: { inspectionId: holding.inspectionId } }),
    }),
  }),
});

builder.queryField('personalDataHoldings', (t) =>
  t.field({
    type: [PersonalDataHoldingRef],
    description:
      'Per inspection, the personal data it still holds and its erasure date: for administrators and chief inspectors.',
    authScopes: { anyRole: RETENTION_READERS },
    resolve: (_root, _args, ctx) => personalDataHeld(ctx.prisma),
  }),
);
