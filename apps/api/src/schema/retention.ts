// Retention (issue 21): when an inspection's case-level personal data will be erased and what remains, the erasure
// records, what personal data each inspection still holds, a chief inspector's early erasure, and a person's data
// exported on a subject access request.
import { z } from 'zod';
import type { ErasureRecord } from '@scrutiny/db';
import { builder } from '../builder.ts';
import { erasesPersonalDataEarly, exportsPersonalData } from '../access/roles.ts';
import type { Context } from '../context.ts';
import { ForbiddenError, UnauthenticatedError } from '../services/errors.ts';
import { ERASED_KINDS, erasePersonalDataNow, erasureDueAt } from '../services/retention.ts';
import { exportPersonalData, personalDataHeld } from '../services/personal-data.ts';
import { COMMON_ERRORS } from './errors.ts';
import { InspectionRef } from './inspection/type.ts';

/** Who sees what is held and what was erased: administrators (DOMAIN: "retention") and chief inspectors. */
const RETENTION_READERS = ['ADMINISTRATOR', 'CHIEF_INSPECTOR'] as const;

export const erasureOf = (ctx: Context, inspectionId: string) =>
  ctx.prisma.erasureRecord.findUnique({ where: { inspectionId }, select: { erasedAt: true } });

export const ErasureTriggerEnum = builder.enumType('ErasureTrigger', {
  values: {
    RETENTION_RULE: { description: 'The retention rule: its date after publication came.' },
    CHIEF_INSPECTOR: { description: 'A chief inspector erased it earlier, with a reason.' },
  } as const,
});

interface ErasedCount {
  kind: string;
  label: string;
  count: number;
}

const ErasedCountRef = builder.objectRef<ErasedCount>('ErasedCount').implement({
  description: 'How much of one kind of personal data an erasure removed.',
  fields: (t) => ({
    kind: t.exposeString('kind', { description: 'caseFiles, answerComments, validationComments, ...' }),
    label: t.exposeString('label'),
    count: t.exposeInt('count'),
  }),
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
      if (!ctx.viewer) throw new UnauthenticatedError();
      if (!erasesPersonalDataEarly(ctx.viewer))
        throw new ForbiddenError('Only a chief inspector erases personal data before its date.');
      return erasePersonalDataNow(ctx.prisma, ctx.frameworks, ctx.viewer, input.inspectionId.id, input.reason.trim());
    },
  }),
);

const PersonalDataExportRef = builder
  .objectRef<Awaited<ReturnType<typeof exportPersonalData>>>('PersonalDataExport')
  .implement({
    description:
      'Everything the inspections still holding personal data hold about one person identifier (a subject access request).',
    fields: (t) => ({
      personIdentifier: t.exposeString('personIdentifier'),
      exportedAt: t.expose('exportedAt', { type: 'DateTime' }),
      caseFileCount: t.int({ resolve: (e) => e.document.caseFiles.length }),
      caseListRowCount: t.int({ resolve: (e) => e.document.caseListRows.length }),
      inspections: t.stringList({
        description: 'The titles of the inspections holding it.',
        resolve: (e) => [...new Set(e.document.caseFiles.map((f) => f.inspection.title))],
      }),
      document: t.field({
        type: 'JSON',
        description:
          'The export: every matching case file with its facts, answers and validations, and case list rows.',
        resolve: (e) => e.document,
      }),
    }),
  });

builder.mutationField('exportPersonalData', (t) =>
  t.fieldWithInput({
    type: PersonalDataExportRef,
    description:
      'Finds every case file naming a person identifier (its reference, officer, case list person, or a comment) in ' +
      'the inspections still holding personal data, and exports it; recorded in the audit log. Information managers only.',
    errors: { types: COMMON_ERRORS },
    input: {
      personIdentifier: t.input.string({
        required: true,
        validate: z
          .string()
          .trim()
          .min(3, 'A person identifier has at least 3 characters.')
          .max(200, 'A person identifier is at most 200 characters.'),
      }),
    },
    resolve: (_root, { input }, ctx) => {
      if (!ctx.viewer) throw new UnauthenticatedError();
      if (!exportsPersonalData(ctx.viewer))
        throw new ForbiddenError('Only an information manager exports a person’s data.');
      return exportPersonalData(ctx.prisma, ctx.viewer, input.personIdentifier.trim());
    },
  }),
);
