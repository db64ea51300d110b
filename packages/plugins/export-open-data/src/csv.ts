// RFC 4180 CSV: UTF-8, a header row of column names, CRLF line ends, fields quoted when they hold a comma, quote
// or line break. Empty field for a missing value; booleans as true/false.
import type { PublishedReportModel, ReportExporter } from '@scrutiny/plugin-sdk';
import { COLUMNS, figureTable, type CellValue, type ColumnType } from './layout.ts';

// A text cell starting with one of these would run as a formula when the file is opened in a spreadsheet.
const FORMULA_START = /^[=+\-@\t\r]/;

function field(value: CellValue, type: ColumnType): string {
  if (value === null) return '';
  let text = String(value);
  if (type === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Every figure of these reports, one after the other, under one header. */
export function figuresCsvOf(reports: readonly PublishedReportModel[]): string {
  const header = COLUMNS.map((column) => field(column.name, 'string')).join(',');
  const rows = reports
    .flatMap((report) => figureTable(report))
    .map((cells) => cells.map((cell, i) => field(cell, COLUMNS[i]!.type)).join(','));
  return [header, ...rows].join('\r\n') + '\r\n';
}

export function figuresCsv(report: PublishedReportModel): string {
  return figuresCsvOf([report]);
}

export const csvExporter: ReportExporter = {
  key: 'figures-csv',
  label: 'Figures as CSV',
  mediaType: 'text/csv',
  fileExtension: 'csv',
  export: (report) => Promise.resolve(figuresCsv(report)),
};
