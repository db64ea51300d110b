// XLSX (Office Open XML), written with exceljs: a "Figures" sheet in the layout's columns with typed cells (numbers
// as numbers, booleans as TRUE/FALSE, empty cells for missing values), a "Columns" sheet describing them, and an
// "About" sheet with the inspection and how to read the figures.
import type { PublishedReportModel, ReportExporter } from '@scrutiny/plugin-sdk';
import { COLUMNS, figureTable, LAYOUT_VERSION } from './layout.ts';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type AboutRow = [string, string | number];

/**
 * A workbook of figures: "Figures" (the layout's columns, typed cells), "Columns" (what each means) and "About"
 * (the rows given). Its dates are `dated`, so the same figures always give the same workbook metadata.
 */
export async function figuresWorkbook(
  reports: readonly PublishedReportModel[],
  about: { title: string; dated: Date; rows: readonly AboutRow[] },
): Promise<Uint8Array> {
  // Imported on the first export, not at start: exceljs costs every start of the API about a second.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Scrutiny';
  workbook.created = about.dated;
  workbook.modified = about.dated;
  workbook.title = about.title;

  const figures = workbook.addWorksheet('Figures', { views: [{ state: 'frozen', ySplit: 1 }] });
  figures.columns = COLUMNS.map((column) => ({
    header: column.name,
    key: column.name,
    width: column.type === 'string' ? 24 : 14,
  }));
  figures.getRow(1).font = { bold: true };
  for (const report of reports) for (const cells of figureTable(report)) figures.addRow(cells);

  const columns = workbook.addWorksheet('Columns');
  columns.columns = [
    { header: 'column', key: 'name', width: 28 },
    { header: 'type', key: 'type', width: 12 },
    { header: 'description', key: 'description', width: 100 },
  ];
  columns.getRow(1).font = { bold: true };
  for (const { name, type, description } of COLUMNS) columns.addRow({ name, type, description });

  const sheet = workbook.addWorksheet('About');
  sheet.columns = [{ width: 24 }, { width: 100 }];
  for (const row of about.rows) sheet.addRow(row);
  sheet.getColumn(1).font = { bold: true };

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

export function figuresXlsx(report: PublishedReportModel): Promise<Uint8Array> {
  const { inspection } = report;
  const rows: AboutRow[] = [
    ['Report', report.heading],
    ['Area', `${inspection.area.name} (${inspection.area.code})`],
    ['Inspection', `${inspection.title}, ${inspection.year}`],
    ['Framework', `${inspection.framework.title}, version ${inspection.framework.version}`],
    ['Published', inspection.publishedAt ?? 'not published'],
    ['Compared with', inspection.baseline ? `${inspection.baseline.title} (${inspection.baseline.year})` : 'none'],
    ['Layout', LAYOUT_VERSION],
    ...(report.licence ? [['Licence', `${report.licence.name} (${report.licence.url})`] as AboutRow] : []),
    ...report.aboutFigures.map((line): AboutRow => ['Note', line]),
  ];
  // The file's dates are the report's, so the same report always gives the same workbook metadata.
  const dated = inspection.publishedAt ? new Date(inspection.publishedAt) : new Date(0);
  return figuresWorkbook([report], { title: report.heading, dated, rows });
}

export const xlsxExporter: ReportExporter = {
  key: 'figures-xlsx',
  label: 'Figures as a spreadsheet (XLSX)',
  mediaType: XLSX_MEDIA_TYPE,
  fileExtension: 'xlsx',
  export: (report) => figuresXlsx(report),
};
