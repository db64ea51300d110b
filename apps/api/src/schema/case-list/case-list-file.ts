// A case list as a mutation sends it: the inspection, the file's format and content (or the older `csv`), read
// into the one file the services take.
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { InvalidInputError } from '../../services/errors.ts';
import type { InputFields } from '../field-builders.ts';
import { InspectionRef } from '../inspection/type.ts';

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

/** The input fields that carry a case list, the same for previewing and importing it. */
export function caseListFileInput(input: InputFields) {
  return {
    inspectionId: input.globalID({ required: true, for: [InspectionRef] }),
    format: input.field({ type: CaseListFormatEnum, defaultValue: 'CSV' }),
    content: input.string({
      description: 'The file: CSV text, or base64 of an XLSX workbook.',
      validate: CONTENT_INPUT,
    }),
    csv: input.string({ validate: CSV_INPUT, deprecationReason: 'Send format and content.' }),
  };
}

/** The case list an input carries: `format` and `content`, or the older `csv` (text). */
export function caseListFile(input: { csv?: string | null; format?: 'CSV' | 'XLSX' | null; content?: string | null }) {
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
