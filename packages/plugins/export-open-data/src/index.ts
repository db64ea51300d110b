// Open-data exports of a published report's figures, as a Scrutiny plugin.
import { definePlugin } from '@scrutiny/plugin-sdk';
import { csvExporter } from './csv.ts';
import { jsonExporter } from './json.ts';
import { xlsxExporter } from './xlsx.ts';

export { csvExporter, figuresCsv, figuresCsvOf } from './csv.ts';
export { figuresJson, jsonExporter } from './json.ts';
export { figuresWorkbook, figuresXlsx, XLSX_MEDIA_TYPE, xlsxExporter } from './xlsx.ts';
export { NATIONAL_TITLE, nationalCsv, nationalJson, nationalXlsx } from './national.ts';
export type { NationalOpenData, OpenDataLicence, OpenDataRelease } from './national.ts';
export { COLUMNS, figureRecords, figureTable, fileStem, LAYOUT_VERSION } from './layout.ts';
export type { CellValue, Column, ColumnType } from './layout.ts';

export default definePlugin({
  name: '@scrutiny/plugin-export-open-data',
  version: '0.2.0',
  platform: '^0.1.0',
  description: "A published report's figures as open data: CSV, XLSX and JSON, one row per figure per subsample.",
  exporters: [csvExporter, xlsxExporter, jsonExporter],
});
