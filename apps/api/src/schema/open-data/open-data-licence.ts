// The licence the published figures may be reused under.
import type { OpenDataLicence } from '@scrutiny/plugin-export-open-data';
import { builder } from '../../builder.ts';

export const OpenDataLicenceRef = builder.objectRef<OpenDataLicence>('OpenDataLicence').implement({
  description: 'The licence the published figures may be reused under (the open-data files name it too).',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'e.g. "Open Government Licence v3.0".' }),
    url: t.exposeString('url', { description: 'Where the licence is published.' }),
  }),
});

builder.queryField('openDataLicence', (t) =>
  t.field({
    type: OpenDataLicenceRef,
    description: "The licence the published figures (the API's and the open-data files') may be reused under.",
    resolve: (_root, _args, ctx) => ctx.config.openDataLicence,
  }),
);
