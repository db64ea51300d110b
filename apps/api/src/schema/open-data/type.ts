// The national open data in the API: where the files are, the licence they are published under, and the release
// log. The files themselves are at /open-data/ (open-data/routes.ts).
import { builder } from '../../builder.ts';
import type { OpenDataEdition } from '../../open-data/national-open-data.ts';
import { OpenDataFileRef } from './open-data-file.ts';
import { OpenDataLicenceRef } from './open-data-licence.ts';
import { OpenDataReleaseRef } from './open-data-release.ts';

const OpenDataRef = builder.objectRef<OpenDataEdition>('OpenData').implement({
  description:
    'The national open data at /open-data/: every published figure of every published inspection in one CSV, JSON ' +
    "and XLSX, in the layout docs/API.md describes; each row's `figure_id` is a figure's `figureId`.",
  fields: (t) => ({
    layout: t.exposeString('layout', { description: 'The layout of the files, e.g. "scrutiny-open-data/2".' }),
    licence: t.field({ type: OpenDataLicenceRef, resolve: (e) => e.licence }),
    generatedAt: t.field({
      type: 'DateTime',
      description: 'When the current files were written (at the first request after a publication).',
      resolve: (e) => new Date(e.generatedAt),
    }),
    inspections: t.exposeInt('inspections', { description: 'Published inspections in the files.' }),
    files: t.field({ type: [OpenDataFileRef], resolve: (e) => e.files }),
    releases: t.field({
      type: [OpenDataReleaseRef],
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
