// A stored framework version as a file (YAML or a workbook): anyone signed in downloads one, to start the next
// version from; the same formats are uploaded (framework-upload.ts).
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { downloadFrameworkFile, type FrameworkFileDownload } from '../../services/framework-files.ts';
import type { InputFields } from '../field-builders.ts';

export const FrameworkFileFormatEnum = builder.enumType('FrameworkFileFormat', {
  values: {
    YAML: { description: 'A YAML (or JSON) framework file, as its text.' },
    XLSX: { description: 'A framework workbook, as base64 of the file.' },
  } as const,
});

// Base64 of a 2 MB workbook is a third longer.
const CONTENT = z
  .string()
  .min(1, 'The framework file is empty.')
  .max(3 * 1024 * 1024, 'The framework file is larger than 2 MB.');

/** The input fields of a framework file as uploaded: its format and content, the same to check and to publish. */
export function frameworkFileInput(input: InputFields) {
  return {
    format: input.field({ type: FrameworkFileFormatEnum, required: true }),
    content: input.string({
      required: true,
      validate: CONTENT,
      description: 'YAML text, or base64 of an XLSX workbook.',
    }),
  };
}

const FrameworkFileRef = builder.objectRef<FrameworkFileDownload>('FrameworkFile').implement({
  description: 'A framework version as a file.',
  fields: (t) => ({
    fileName: t.exposeString('fileName'),
    mediaType: t.exposeString('mediaType'),
    content: t.exposeString('content', { description: 'YAML text, or base64 of the workbook.' }),
  }),
});

builder.queryField('frameworkFile', (t) =>
  t.field({
    type: FrameworkFileRef,
    description: 'Any stored framework version as a YAML file or a workbook, to start the next version from.',
    authScopes: { signedIn: true },
    args: {
      key: t.arg.string({ required: true, validate: z.string().max(200) }),
      version: t.arg.string({ required: true, validate: z.string().max(200) }),
      format: t.arg({ type: FrameworkFileFormatEnum, required: true }),
    },
    resolve: (_root, args, ctx) => downloadFrameworkFile(ctx.prisma, args.key, args.version, args.format),
  }),
);
