// JSON: the layout's name and columns (with types and descriptions), the inspection, and one object per row keyed
// by column name, with null for a missing value.
import type { PublishedReportModel, ReportExporter } from '@scrutiny/plugin-sdk';
import { COLUMNS, figureRecords, LAYOUT_VERSION } from './layout.ts';

export function figuresJson(report: PublishedReportModel): string {
  const document = {
    layout: LAYOUT_VERSION,
    ...(report.licence ? { licence: report.licence } : {}),
    inspection: report.inspection,
    heading: report.heading,
    comparison: report.summary.comparison,
    notes: report.aboutFigures,
    columns: COLUMNS.map(({ name, type, description }) => ({ name, type, description })),
    rows: figureRecords(report),
    // Plugins' report sections, when any are loaded: words and tables that travel with the figures.
    ...(report.additionalSections?.length ? { additionalSections: report.additionalSections } : {}),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export const jsonExporter: ReportExporter = {
  key: 'figures-json',
  label: 'Figures as JSON',
  mediaType: 'application/json',
  fileExtension: 'json',
  export: (report) => Promise.resolve(figuresJson(report)),
};
