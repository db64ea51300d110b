import { AdditionalReportSectionRef } from '../report-section.ts';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../../builder.ts';
import { additionalSections, hasReportSections } from '../../plugins/report-sections.ts';
import { InspectionRef } from './type.ts';

builder.objectField(InspectionRef, 'additionalReportSections', (t) =>
  t.field({
    type: [AdditionalReportSectionRef],
    description: 'Sections loaded plugins add to the published report (empty until it is published).',
    resolve: async (inspection, _args, ctx) => {
      if (inspection.status !== 'PUBLISHED' || !hasReportSections(ctx.plugins)) return [];
      const report = await ctx.publicReport(encodeGlobalID('Inspection', inspection.id));
      if (!report) return [];
      return additionalSections(report, ctx.plugins, (plugin, section, error) =>
        ctx.logger.warn({ plugin, section, err: error }, 'a plugin report section failed'),
      );
    },
  }),
);
