import { ReportExportRef } from '../exports.ts';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../../builder.ts';
import { InspectionRef } from './type.ts';
import { exportersOf, exportFileName, exportUrl } from '../../exports/report-exports.ts';

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
