// One file of the national open data, served at /open-data/ (open-data/routes.ts).
import { builder } from '../../builder.ts';
import type { StoredFile } from '../../open-data/national-open-data.ts';
import { OPEN_DATA_PATH } from '../../open-data/routes.ts';

export const OpenDataFileRef = builder.objectRef<StoredFile>('OpenDataFile').implement({
  description: 'One file of the national open data: every published figure, in one format.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'figures.csv, figures.json or figures.xlsx.' }),
    mediaType: t.exposeString('mediaType'),
    url: t.string({
      description: 'A path on this server to GET, anonymously.',
      resolve: (f) => `${OPEN_DATA_PATH}${f.name}`,
    }),
    bytes: t.int({ description: 'Size of the file.', resolve: (f) => f.content.byteLength }),
    etag: t.exposeString('etag', {
      description: "The file's ETag: the same bytes have the same one in every process.",
    }),
  }),
});
