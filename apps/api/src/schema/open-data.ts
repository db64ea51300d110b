// The national open data in the API: where the files are, the licence they are published under, and the release
// log. The files themselves are at /open-data/ (open-data/routes.ts).
import type { OpenDataLicence, OpenDataRelease } from '@scrutiny/plugin-export-open-data';
import { builder } from '../builder.ts';
import type { OpenDataEdition, StoredFile } from '../open-data/national-open-data.ts';
import { OPEN_DATA_PATH } from '../open-data/routes.ts';

const LicenceRef = builder.objectRef<OpenDataLicence>('OpenDataLicence').implement({
  description: 'The licence the published figures may be reused under (the open-data files name it too).',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'e.g. "Open Government Licence v3.0".' }),
    url: t.exposeString('url', { description: 'Where the licence is published.' }),
  }),
});

const FileRef = builder.objectRef<StoredFile>('OpenDataFile').implement({
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

const ReleaseChangeEnum = builder.enumType('OpenDataChange', {
  values: {
    PUBLISHED: { description: "An inspection's figures were published." },
    CORRECTED: { description: "A published inspection's figures in the files changed." },
  } as const,
});

const ReleaseRef = builder.objectRef<OpenDataRelease>('OpenDataRelease').implement({
  description: 'One entry of the release log: what was published or corrected, and when.',
  fields: (t) => ({
    at: t.field({ type: 'DateTime', resolve: (r) => new Date(r.at) }),
    change: t.expose('change', { type: ReleaseChangeEnum }),
    inspectionId: t.exposeID('inspectionId', { description: 'The inspection, as `Inspection.id`.' }),
    areaCode: t.exposeString('areaCode'),
    year: t.exposeInt('year'),
    title: t.exposeString('title'),
  }),
});

const OpenDataRef = builder.objectRef<OpenDataEdition>('OpenData').implement({
  description:
    'The national open data at /open-data/: every published figure of every published inspection in one CSV, JSON ' +
    "and XLSX, in the layout docs/API.md describes; each row's `figure_id` is a figure's `figureId`.",
  fields: (t) => ({
    layout: t.exposeString('layout', { description: 'The layout of the files, e.g. "scrutiny-open-data/2".' }),
    licence: t.field({ type: LicenceRef, resolve: (e) => e.licence }),
    generatedAt: t.field({
      type: 'DateTime',
      description: 'When the current files were written (at the first request after a publication).',
      resolve: (e) => new Date(e.generatedAt),
    }),
    inspections: t.exposeInt('inspections', { description: 'Published inspections in the files.' }),
    files: t.field({ type: [FileRef], resolve: (e) => e.files }),
    releases: t.field({
      type: [ReleaseRef],
      description: 'Every release, newest first (one entry per published inspection, and per correction).',
      resolve: (e) => e.releases,
    }),
  }),
});

builder.queryField('openData', (t) =>
  t.field({
    type: OpenDataRef,
    description: 'The national open data: its files, licence and release log.',
    resolve: (_root, _args, ctx) => ctx.openData.current(),
  }),
);

builder.queryField('openDataLicence', (t) =>
  t.field({
    type: LicenceRef,
    description: "The licence the published figures (the API's and the open-data files') may be reused under.",
    resolve: (_root, _args, ctx) => ctx.config.openDataLicence,
  }),
);
