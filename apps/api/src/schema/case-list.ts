// Reading an area's case list before import (CaseListPreview, with its problems and the questions its dates cannot
// settle) and importing it (CaseListImport). services/case-list-for-team.ts decides and reads.
import { z } from 'zod';
import type { UnderivableQuestion } from '@scrutiny/domain';
import { builder } from '../builder.ts';
import { InvalidInputError } from '../services/errors.ts';
import { importCaseListForTeam, previewCaseList, type CaseListPreview } from '../services/case-list-for-team.ts';
import { COMMON_ERRORS } from './errors.ts';
import { InspectionRef } from './inspection/type.ts';

const CaseListProblemRef = builder
  .objectRef<{ row: number; column: string | null; message: string }>('CaseListProblem')
  .implement({
    fields: (t) => ({
      row: t.exposeInt('row'),
      column: t.exposeString('column', { nullable: true }),
      message: t.exposeString('message'),
    }),
  });
const UnderivableReasonRef = builder.objectRef<UnderivableQuestion['reasons'][number]>('UnderivableReason').implement({
  fields: (t) => ({ reason: t.exposeString('reason'), files: t.exposeInt('files') }),
});

const UnderivableQuestionRef = builder.objectRef<UnderivableQuestion>('UnderivableQuestion').implement({
  description:
    "A date-derived question that the list's dates cannot settle for some files: the assessor will be asked it instead.",
  fields: (t) => ({
    measureKey: t.exposeString('measureKey'),
    text: t.exposeString('text'),
    files: t.exposeInt('files', {
      description: 'Eligible files the question applies to whose dates cannot settle it.',
    }),
    applicable: t.exposeInt('applicable', { description: 'Eligible files the question applies to.' }),
    reasons: t.field({ type: [UnderivableReasonRef], resolve: (q) => q.reasons }),
  }),
});

const CaseListPreviewRef = builder.objectRef<CaseListPreview>('CaseListPreview').implement({
  description: 'What an import would take in; nothing is written.',
  fields: (t) => ({
    readable: t.exposeInt('readable'),
    highRisk: t.exposeInt('highRisk'),
    ineligible: t.exposeInt('ineligible'),
    problems: t.field({ type: [CaseListProblemRef], resolve: (p) => p.problems }),
    underivable: t.field({
      type: [UnderivableQuestionRef],
      description:
        "Date-derived questions of the inspection's framework that the list's dates will not settle, with why.",
      resolve: (p) => p.underivable,
    }),
  }),
});

const CSV_INPUT = z
  .string()
  .min(1, 'The case list is empty.')
  .max(5 * 1024 * 1024, 'The case list is larger than 5 MB.');
// Base64 of a 5 MB workbook is a third longer; readCaseList applies each format's own limit.
const CONTENT_INPUT = z
  .string()
  .min(1, 'The case list is empty.')
  .max(7 * 1024 * 1024, 'The case list is larger than 5 MB.');

const CaseListFormatEnum = builder.enumType('CaseListFormat', {
  values: {
    CSV: { description: 'Comma-separated text, as the content itself.' },
    XLSX: { description: 'An Excel workbook (its first sheet), as base64 of the file.' },
  } as const,
});

/** The case list an input carries: `format` and `content`, or the older `csv` (text). */
function caseListFile(input: { csv?: string | null; format?: 'CSV' | 'XLSX' | null; content?: string | null }) {
  if (input.content != null && input.csv != null)
    throw new InvalidInputError('Send the case list once: as content, or as csv.', [
      { path: 'content', message: 'Give content or csv, not both.' },
    ]);
  if (input.content != null) return { format: input.format ?? 'CSV', content: input.content };
  if (input.csv != null && (input.format ?? 'CSV') === 'CSV') return { format: 'CSV' as const, content: input.csv };
  throw new InvalidInputError('Choose the case list file.', [
    { path: 'content', message: 'The case list is missing.' },
  ]);
}

builder.mutationField('previewCaseList', (t) =>
  t.fieldWithInput({
    type: CaseListPreviewRef,
    errors: { types: COMMON_ERRORS },
    input: {
      inspectionId: t.input.globalID({ required: true, for: [InspectionRef] }),
      format: t.input.field({ type: CaseListFormatEnum, defaultValue: 'CSV' }),
      content: t.input.string({
        description: 'The file: CSV text, or base64 of an XLSX workbook.',
        validate: CONTENT_INPUT,
      }),
      csv: t.input.string({ validate: CSV_INPUT, deprecationReason: 'Send format and content.' }),
    },
    resolve: (_root, { input }, ctx) => previewCaseList(ctx, input.inspectionId.id, () => caseListFile(input)),
  }),
);

const ImportResultRef = builder.objectRef<{ imported: number; skipped: number }>('CaseListImport').implement({
  fields: (t) => ({ imported: t.exposeInt('imported'), skipped: t.exposeInt('skipped') }),
});

builder.mutationField('importCaseList', (t) =>
  t.fieldWithInput({
    type: ImportResultRef,
    errors: { types: COMMON_ERRORS },
    input: {
      inspectionId: t.input.globalID({ required: true, for: [InspectionRef] }),
      format: t.input.field({ type: CaseListFormatEnum, defaultValue: 'CSV' }),
      content: t.input.string({
        description: 'The file: CSV text, or base64 of an XLSX workbook.',
        validate: CONTENT_INPUT,
      }),
      csv: t.input.string({ validate: CSV_INPUT, deprecationReason: 'Send format and content.' }),
      skipUnreadableRows: t.input.boolean({ defaultValue: false }),
    },
    resolve: (_root, { input }, ctx) =>
      importCaseListForTeam(
        ctx.prisma,
        ctx.viewer,
        input.inspectionId.id,
        () => caseListFile(input),
        input.skipUnreadableRows ?? false,
      ),
  }),
);
