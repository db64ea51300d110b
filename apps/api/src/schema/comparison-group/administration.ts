// Comparison groups, administered (issue 12): whether a group is retired, and the mutations that add, change and
// retire groups.
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { requireAdministrator } from '../../access/administrator.ts';
import { AlreadyExistsError } from '../../services/errors.ts';
import { createComparisonGroup, setComparisonGroupRetired, updateComparisonGroup } from '../../services/areas.ts';
import { optionalText, requiredText } from '../administered-text.ts';
import { COMMON_ERRORS } from '../errors.ts';
import { ComparisonGroupRef } from './type.ts';

const ERRORS = [AlreadyExistsError, ...COMMON_ERRORS];

builder.prismaObjectFields('ComparisonGroup', (t) => ({
  retired: t.boolean({
    description: 'Retired: offered for no area any more; its areas keep their history.',
    resolve: (group) => group.archivedAt !== null,
  }),
}));

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
      name: t.input.string({ required: true, validate: requiredText('name') }),
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
      name: t.input.string({ required: true, validate: requiredText('name') }),
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
