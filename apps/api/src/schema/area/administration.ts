// Areas, administered (issue 12): an area's characteristics and whether it is retired, and the mutations that add,
// change and retire areas (area/import.ts imports them from a CSV).
import { builder } from '../../builder.ts';
import { requireAdministrator } from '../../access/administrator.ts';
import { AlreadyExistsError } from '../../services/errors.ts';
import { createArea, setAreaRetired, updateArea } from '../../services/areas.ts';
import { ComparisonGroupRef } from '../comparison-group/type.ts';
import { optionalText, requiredText } from '../administered-text.ts';
import { COMMON_ERRORS } from '../errors.ts';
import type { InputFields } from '../field-builders.ts';
import { AreaRef } from './type.ts';

const ERRORS = [AlreadyExistsError, ...COMMON_ERRORS];

/** An area's code, name, region, characteristics and comparison group, as adding and changing it take them. */
function areaDetailsInput(input: InputFields) {
  return {
    code: input.string({ required: true, validate: requiredText('code', 20) }),
    name: input.string({ required: true, validate: requiredText('name') }),
    region: input.string({ required: true, validate: requiredText('region') }),
    size: input.string({ required: false, validate: optionalText('size') }),
    density: input.string({ required: false, validate: optionalText('density') }),
    comparisonGroupId: input.globalID({ required: false, for: [ComparisonGroupRef] }),
  };
}

function areaDetails(input: {
  code: string;
  name: string;
  region: string;
  size?: string | null;
  density?: string | null;
  comparisonGroupId?: { id: string } | null;
}) {
  return {
    code: input.code,
    name: input.name.trim(),
    region: input.region.trim(),
    size: input.size?.trim() || null,
    density: input.density?.trim() || null,
    comparisonGroupId: input.comparisonGroupId?.id ?? null,
  };
}

builder.prismaObjectFields('Area', (t) => ({
  size: t.exposeString('size', { nullable: true, description: 'The size band the inspectorate groups areas by.' }),
  density: t.exposeString('density', { nullable: true, description: 'The population density band, e.g. "urban".' }),
  retired: t.boolean({
    description: 'Retired: planned for no new inspection; its inspections and figures stay readable.',
    resolve: (area) => area.archivedAt !== null,
  }),
}));

builder.mutationField('createArea', (t) =>
  t.fieldWithInput({
    type: AreaRef,
    description: 'Adds an area (administrators only). A code already in use is an AlreadyExistsError.',
    errors: { types: ERRORS },
    input: {
      ...areaDetailsInput(t.input),
    },
    resolve: async (_root, { input }, ctx) => {
      const viewer = requireAdministrator(ctx.viewer, 'add areas');
      return createArea(ctx.prisma, viewer, areaDetails(input));
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
      ...areaDetailsInput(t.input),
    },
    resolve: async (_root, { input }, ctx) => {
      const viewer = requireAdministrator(ctx.viewer, 'change areas');
      return updateArea(ctx.prisma, viewer, input.areaId.id, areaDetails(input));
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
