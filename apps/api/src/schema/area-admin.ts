// Areas and comparison groups, administered (issue 12): the mutations, and the fields they add to both types.
import { z } from 'zod';
import { builder } from '../builder.ts';
import { requireAdministrator } from '../access/administrator.ts';
import { AlreadyExistsError } from '../services/errors.ts';
import {
  createArea,
  createComparisonGroup,
  importAreas,
  previewAreaImport,
  setAreaRetired,
  setComparisonGroupRetired,
  updateArea,
  updateComparisonGroup,
} from '../services/areas.ts';
import type { AreaImportPlan, AreaImportRow } from '@scrutiny/domain';
import { AreaRef, ComparisonGroupRef } from './area/type.ts';
import { COMMON_ERRORS } from './errors.ts';

builder.prismaObjectFields('ComparisonGroup', (t) => ({
  retired: t.boolean({
    description: 'Retired: offered for no area any more; its areas keep their history.',
    resolve: (group) => group.archivedAt !== null,
  }),
}));

const text = (what: string, max = 200) =>
  z.string().trim().min(1, `Enter the ${what}.`).max(max, `The ${what} can be at most ${max} characters.`);
const optionalText = (what: string) => z.string().trim().max(200, `The ${what} can be at most 200 characters.`);
const ERRORS = [AlreadyExistsError, ...COMMON_ERRORS];

builder.mutationField('createArea', (t) =>
  t.fieldWithInput({
    type: AreaRef,
    description: 'Adds an area (administrators only). A code already in use is an AlreadyExistsError.',
    errors: { types: ERRORS },
    input: {
      code: t.input.string({ required: true, validate: text('code', 20) }),
      name: t.input.string({ required: true, validate: text('name') }),
      region: t.input.string({ required: true, validate: text('region') }),
      size: t.input.string({ required: false, validate: optionalText('size') }),
      density: t.input.string({ required: false, validate: optionalText('density') }),
      comparisonGroupId: t.input.globalID({ required: false, for: [ComparisonGroupRef] }),
    },
    resolve: async (_root, { input }, ctx) => {
      const viewer = requireAdministrator(ctx.viewer, 'add areas');
      return createArea(ctx.prisma, viewer, {
        code: input.code,
        name: input.name.trim(),
        region: input.region.trim(),
        size: input.size?.trim() || null,
        density: input.density?.trim() || null,
        comparisonGroupId: input.comparisonGroupId?.id ?? null,
      });
    },
  }),
);

builder.mutationField('updateArea', (t) =>
  t.fieldWithInput({
    type: AreaRef,
    description: "Changes an area's code, name, region, characteristics or comparison group (administrators only).",
    errors: { types: ERRORS },
    input: {
      areaId: t.input.globalID({ required: true, for: [AreaRef] }),
      code: t.input.string({ required: true, validate: text('code', 20) }),
      name: t.input.string({ required: true, validate: text('name') }),
      region: t.input.string({ required: true, validate: text('region') }),
      size: t.input.string({ required: false, validate: optionalText('size') }),
      density: t.input.string({ required: false, validate: optionalText('density') }),
      comparisonGroupId: t.input.globalID({ required: false, for: [ComparisonGroupRef] }),
    },
    resolve: async (_root, { input }, ctx) => {
      const viewer = requireAdministrator(ctx.viewer, 'change areas');
      return updateArea(ctx.prisma, viewer, input.areaId.id, {
        code: input.code,
        name: input.name.trim(),
        region: input.region.trim(),
        size: input.size?.trim() || null,
        density: input.density?.trim() || null,
        comparisonGroupId: input.comparisonGroupId?.id ?? null,
      });
    },
  }),
);

builder.mutationField('setAreaRetired', (t) =>
  t.fieldWithInput({
    type: AreaRef,
    description:
      'Retires an area (or brings it back): no new inspection is planned for a retired area, and every inspection ' +
      'and figure of it stays readable (administrators only).',
    errors: { types: COMMON_ERRORS },
    input: {
      areaId: t.input.globalID({ required: true, for: [AreaRef] }),
      retired: t.input.boolean({ required: true }),
    },
    resolve: async (_root, { input }, ctx) => {
      const viewer = requireAdministrator(ctx.viewer, 'retire areas');
      return setAreaRetired(ctx.prisma, viewer, input.areaId.id, input.retired);
    },
  }),
);

builder.mutationField('createComparisonGroup', (t) =>
  t.fieldWithInput({
    type: ComparisonGroupRef,
    description:
      'Adds a comparison group of similar areas (administrators only). A key in use is an AlreadyExistsError.',
    errors: { types: ERRORS },
    input: {
      key: t.input.string({
        required: true,
        validate: z
          .string()
          .trim()
          .regex(/^[a-zA-Z0-9-]{1,40}$/, 'A key is 1 to 40 letters, digits or hyphens.'),
      }),
      name: t.input.string({ required: true, validate: text('name') }),
      description: t.input.string({ required: false, validate: optionalText('description') }),
    },
    resolve: async (_root, { input }, ctx) => {
      const viewer = requireAdministrator(ctx.viewer, 'add comparison groups');
      return createComparisonGroup(ctx.prisma, viewer, {
        key: input.key,
        name: input.name.trim(),
        description: input.description?.trim() ?? '',
      });
    },
  }),
);

builder.mutationField('updateComparisonGroup', (t) =>
  t.fieldWithInput({
    type: ComparisonGroupRef,
    description: 'Renames a comparison group or changes its description (administrators only).',
    errors: { types: COMMON_ERRORS },
    input: {
      comparisonGroupId: t.input.globalID({ required: true, for: [ComparisonGroupRef] }),
      name: t.input.string({ required: true, validate: text('name') }),
      description: t.input.string({ required: false, validate: optionalText('description') }),
    },
    resolve: async (_root, { input }, ctx) => {
      const viewer = requireAdministrator(ctx.viewer, 'change comparison groups');
      return updateComparisonGroup(ctx.prisma, viewer, input.comparisonGroupId.id, {
        name: input.name.trim(),
        description: input.description?.trim() ?? '',
      });
    },
  }),
);

builder.mutationField('setComparisonGroupRetired', (t) =>
  t.fieldWithInput({
    type: ComparisonGroupRef,
    description: 'Retires a comparison group (or brings it back); its areas keep their history (administrators only).',
    errors: { types: COMMON_ERRORS },
    input: {
      comparisonGroupId: t.input.globalID({ required: true, for: [ComparisonGroupRef] }),
      retired: t.input.boolean({ required: true }),
    },
    resolve: async (_root, { input }, ctx) => {
      const viewer = requireAdministrator(ctx.viewer, 'retire comparison groups');
      return setComparisonGroupRetired(ctx.prisma, viewer, input.comparisonGroupId.id, input.retired);
    },
  }),
);

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
