// Frameworks as files, uploaded by administrators: checking a YAML file or workbook for every problem (or a
// preview), and publishing it as a frozen version.
import { requireAdministrator } from '../../access/administrator.ts';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { previewFrameworkFile, publishFrameworkFile, type FrameworkUpload } from '../../services/framework-files.ts';
import { COMMON_ERRORS } from '../errors.ts';
import { FrameworkFileProblemRef } from './framework-file-problem.ts';
import { frameworkFileInput } from './framework-file.ts';
import { FrameworkPreviewRef } from './framework-preview.ts';
import { FrameworkRef } from './type.ts';

function administrator(ctx: Context) {
  return requireAdministrator(ctx.viewer, 'upload and publish frameworks');
}

const FrameworkUploadRef = builder.objectRef<FrameworkUpload>('FrameworkUpload').implement({
  description: 'Every problem of an uploaded framework file, or (when it has none) its preview.',
  fields: (t) => ({
    problems: t.field({ type: [FrameworkFileProblemRef], resolve: (u) => u.problems }),
    preview: t.field({ type: FrameworkPreviewRef, nullable: true, resolve: (u) => u.preview }),
  }),
});

builder.mutationField('uploadFramework', (t) =>
  t.fieldWithInput({
    type: FrameworkUploadRef,
    description: 'Checks a framework file (administrators): every problem at once, or a preview. Stores nothing.',
    errors: { types: COMMON_ERRORS },
    input: frameworkFileInput(t.input),
    resolve: async (_root, { input }, ctx) => {
      administrator(ctx);
      return previewFrameworkFile(ctx.prisma, input.format, input.content);
    },
  }),
);

builder.mutationField('publishFramework', (t) =>
  t.fieldWithInput({
    type: FrameworkRef,
    description:
      'Publishes a framework file as a version new inspections can start on (administrators). A version an inspection uses can never change.',
    errors: { types: COMMON_ERRORS },
    input: frameworkFileInput(t.input),
    resolve: async (_root, { input }, ctx) => {
      const viewer = administrator(ctx);
      const { id } = await publishFrameworkFile(ctx.prisma, viewer, input.format, input.content);
      return ctx.prisma.framework.findUniqueOrThrow({ where: { id } });
    },
  }),
);
