// The published report as a PDF, as a Scrutiny plugin.
import { definePlugin, type ReportExporter } from '@scrutiny/plugin-sdk';
import { reportPdf } from './pdf.ts';

export { reportPdf } from './pdf.ts';

export const pdfExporter: ReportExporter = {
  key: 'report-pdf',
  label: 'Report as PDF',
  mediaType: 'application/pdf',
  fileExtension: 'pdf',
  export: reportPdf,
};

export default definePlugin({
  name: '@scrutiny/plugin-export-pdf',
  version: '0.2.0',
  platform: '^0.1.0',
  description: 'A published report as a PDF: every section, the score tables and the measure figures.',
  exporters: [pdfExporter],
});
