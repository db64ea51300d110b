// The downloads of a published report, one per exporter plugin loaded (open data, PDF, DOCX, …).
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { ReportExporter } from '@scrutiny/plugin-sdk';
import { builder } from '../builder.ts';
import { InspectionRef } from './inspection.ts';
import { exportersOf, exportFileName, exportUrl } from '../exports/report-exports.ts';

interface ReportExport {
  exporter: ReportExporter;
  fileName: string;
  url: string;
}

const ReportExportRef = builder.objectRef<ReportExport>('ReportExport').implement({
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

builder.objectField(InspectionRef, 'exports', (t) =>
  t.field({
    type: [ReportExportRef],
    description: 'Downloads of the published report (empty until it is published).',
    resolve: async (inspection, _args, ctx) => {
      const exporters = exportersOf(ctx.plugins);
      if (inspection.status !== 'PUBLISHED' || exporters.length === 0) return [];
      const area = await ctx.prisma.area.findUniqueOrThrow({
        where: { id: inspection.areaId },
        select: { code: true },
      });
      const id = encodeGlobalID('Inspection', inspection.id);
      return exporters.map((exporter) => ({
        exporter,
        fileName: exportFileName(area.code, inspection.year, exporter),
        url: exportUrl(id, exporter),
      }));
    },
  }),
);
