import { builder } from '../../builder.ts';
import { asksForNoItems, NOTHING, pageSizeOf } from '../paging.ts';
import { visibleInspections } from '../../access/visibility.ts';

export const DistrictRef = builder.prismaObject('District', {
  fields: (t) => ({ id: t.exposeID('id'), name: t.exposeString('name') }),
});

export const AreaRef = builder.prismaNode('Area', {
  id: { field: 'id' },
  description: 'A probation area: the service an inspection judges.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'The area\'s short code, e.g. "WMPA": the key to `area(code:)`.' }),
    name: t.exposeString('name', { description: 'e.g. "West Midlands Probation Area".' }),
    region: t.exposeString('region', { description: 'The region of England or Wales the area is in.' }),
    comparisonGroup: t.relation('comparisonGroup', {
      nullable: true,
      description: 'The group of similar areas its figures are best compared with; null when it is in none.',
    }),
    districts: t.relation('districts', { query: { orderBy: { name: 'asc' } } }),
    inspections: t.relatedConnection('inspections', {
      cursor: 'id',
      ...pageSizeOf('Area.inspections'),
      description:
        'The inspections of this area the caller may see (anonymous callers: published ones), oldest first: ' +
        'ask for `last: 1` for the latest. 20 a page unless `first` or `last` says otherwise, at most 100.',
      query: (args, ctx) => ({
        where: asksForNoItems(args) ? NOTHING : visibleInspections(ctx.viewer),
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
