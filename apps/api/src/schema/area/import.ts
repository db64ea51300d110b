// Areas imported from a CSV (issue 12): previewed row by row, then applied in one transaction (administrators only).
import type { AreaImportPlan, AreaImportRow } from '@scrutiny/domain';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { requireAdministrator } from '../../access/administrator.ts';
import { importAreas, previewAreaImport } from '../../services/areas.ts';
import { COMMON_ERRORS } from '../errors.ts';

const AreaRowFateEnum = builder.enumType('AreaRowFate', {
  description: 'What an import does with one row.',
  values: ['CREATE', 'UPDATE', 'UNCHANGED', 'ERROR'] as const,
});

const AreaImportRowRef = builder.objectRef<AreaImportRow>('AreaImportRow').implement({
  fields: (t) => ({
    line: t.exposeInt('line', { description: 'The line of the file (the header is line 1).' }),
    code: t.exposeString('code'),
    fate: t.field({ type: AreaRowFateEnum, resolve: (row) => row.fate }),
    name: t.string({ nullable: true, resolve: (row) => row.row?.name ?? null }),
    problems: t.exposeStringList('problems'),
  }),
});

const AreaImportPlanRef = builder.objectRef<AreaImportPlan>('AreaImportPlan').implement({
  description: 'What importing a CSV of areas does, row by row; it is applied only when there is no problem at all.',
  fields: (t) => ({
    rows: t.field({ type: [AreaImportRowRef], resolve: (plan) => plan.rows }),
    fileProblems: t.exposeStringList('fileProblems'),
  }),
});

const csvInput = z
  .string()
  .min(1, 'Choose a file.')
  .max(1024 * 1024, 'The file is larger than 1 MB.');

builder.mutationField('previewAreaImport', (t) =>
  t.fieldWithInput({
    type: AreaImportPlanRef,
    description:
      'Reads a CSV of areas (columns code, name, region, size, density, comparison_group) and answers what ' +
      'importing it would do with each row, and every problem; nothing is written (administrators only).',
    errors: { types: COMMON_ERRORS },
    input: { csv: t.input.string({ required: true, validate: csvInput }) },
    resolve: async (_root, { input }, ctx) => {
      requireAdministrator(ctx.viewer, 'import areas');
      return previewAreaImport(ctx.prisma, input.csv);
    },
  }),
);

builder.mutationField('importAreas', (t) =>
  t.fieldWithInput({
    type: AreaImportPlanRef,
    description:
      'Adds and updates the areas of a CSV in one transaction (administrators only). A file with any problem is an ' +
      'InvalidInputError listing every one, and nothing is written.',
    errors: { types: COMMON_ERRORS },
    input: { csv: t.input.string({ required: true, validate: csvInput }) },
    resolve: async (_root, { input }, ctx) => {
      const viewer = requireAdministrator(ctx.viewer, 'import areas');
      return importAreas(ctx.prisma, viewer, input.csv);
    },
  }),
);
