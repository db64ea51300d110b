// The downloads of a published report, one per exporter plugin loaded (open data, PDF, DOCX, …).
import type { ReportExporter } from '@scrutiny/plugin-sdk';
import { builder } from '../builder.ts';

interface ReportExport {
  exporter: ReportExporter;
  fileName: string;
  url: string;
}

export const ReportExportRef = builder.objectRef<ReportExport>('ReportExport').implement({
  description: 'A download of a published report, written by an exporter plugin from the figures the public may see.',
  fields: (t) => ({
    key: t.string({
      description: 'The exporter, e.g. "figures-csv"; the last part of `url`.',
      resolve: (e) => e.exporter.key,
    }),
    label: t.string({ description: 'What the download is, for people.', resolve: (e) => e.exporter.label }),
    mediaType: t.string({
      description: 'The Content-Type the download is served with.',
      resolve: (e) => e.exporter.mediaType,
    }),
    fileExtension: t.string({ description: 'e.g. "csv".', resolve: (e) => e.exporter.fileExtension }),
    fileName: t.exposeString('fileName', { description: 'e.g. WMPA-2005-figures-csv.csv' }),
    url: t.exposeString('url', { description: 'Path on this server: GET it, anonymously if you like.' }),
  }),
});
