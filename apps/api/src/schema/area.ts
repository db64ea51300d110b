import { builder } from '../builder.ts';
import { visibleInspections } from '../access/visibility.ts';

export const ComparisonGroupRef = builder.prismaNode('ComparisonGroup', {
  id: { field: 'id' },
  description: 'Areas of similar size and population density, inspected in the same year so they can be compared.',
  fields: (t) => ({
    key: t.exposeString('key'),
    name: t.exposeString('name'),
    description: t.exposeString('description'),
    areas: t.relation('areas', { query: { orderBy: { name: 'asc' } } }),
  }),
});

export const DistrictRef = builder.prismaObject('District', {
  fields: (t) => ({ id: t.exposeID('id'), name: t.exposeString('name') }),
});

export const AreaRef = builder.prismaNode('Area', {
  id: { field: 'id' },
  description: 'A probation area: the service an inspection judges.',
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    region: t.exposeString('region'),
    comparisonGroup: t.relation('comparisonGroup', { nullable: true }),
    districts: t.relation('districts', { query: { orderBy: { name: 'asc' } } }),
    inspections: t.relatedConnection('inspections', {
      cursor: 'id',
      description: 'The inspections of this area the caller may see, oldest first.',
      query: (_args, ctx) => ({
        where: visibleInspections(ctx.viewer),
        orderBy: [{ year: 'asc' }, { createdAt: 'asc' }],
      }),
    }),
  }),
});

builder.queryField('area', (t) =>
  t.prismaField({
    type: AreaRef,
    nullable: true,
    args: { code: t.arg.string({ required: true }) },
    resolve: (query, _root, { code }, ctx) => ctx.prisma.area.findUnique({ ...query, where: { code } }),
  }),
);

builder.queryField('areas', (t) =>
  t.prismaField({
    type: [AreaRef],
    resolve: (query, _root, _args, ctx) => ctx.prisma.area.findMany({ ...query, orderBy: { name: 'asc' } }),
  }),
);

builder.queryField('comparisonGroups', (t) =>
  t.prismaField({
    type: [ComparisonGroupRef],
    resolve: (query, _root, _args, ctx) => ctx.prisma.comparisonGroup.findMany({ ...query, orderBy: { name: 'asc' } }),
  }),
);
