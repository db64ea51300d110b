// A comparison group of similar areas, and the list of them. Further fields: administration.ts (retired, and the
// mutations), peer-comparison.ts (its areas' latest inspections, like with like).
import { builder } from '../../builder.ts';

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

builder.queryField('comparisonGroups', (t) =>
  t.prismaField({
    type: [ComparisonGroupRef],
    resolve: (query, _root, _args, ctx) => ctx.prisma.comparisonGroup.findMany({ ...query, orderBy: { name: 'asc' } }),
  }),
);
