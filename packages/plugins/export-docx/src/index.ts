// The published report as a Word document, as a Scrutiny plugin.
import { definePlugin, type ReportExporter } from '@scrutiny/plugin-sdk';
import { reportDocx } from './docx.ts';

export { reportDocx } from './docx.ts';

export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const docxExporter: ReportExporter = {
  key: 'report-docx',
  label: 'Report as Word document',
  mediaType: DOCX_MEDIA_TYPE,
  fileExtension: 'docx',
  export: reportDocx,
};

export default definePlugin({
  name: '@scrutiny/plugin-export-docx',
  version: '0.2.0',
  platform: '^0.1.0',
  description: 'A published report as a Word document: every section, the score tables and the measure figures.',
  exporters: [docxExporter],
});
