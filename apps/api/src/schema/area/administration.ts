import { builder } from '../../builder.ts';

builder.prismaObjectFields('Area', (t) => ({
  size: t.exposeString('size', { nullable: true, description: 'The size band the inspectorate groups areas by.' }),
  density: t.exposeString('density', { nullable: true, description: 'The population density band, e.g. "urban".' }),
  retired: t.boolean({
    description: 'Retired: planned for no new inspection; its inspections and figures stay readable.',
    resolve: (area) => area.archivedAt !== null,
  }),
}));
