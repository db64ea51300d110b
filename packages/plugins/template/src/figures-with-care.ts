// A report section: the figures a reader should treat with care, because fewer than five case files were
// applicable or the figure is withheld. It reads the report model the host built; it computes no figure.
import type { PublishedReportModel, ReportSectionContent, ReportSectionContribution } from '@scrutiny/plugin-sdk';

function countsText(figure: PublishedReportModel['figures'][number]['current']): string {
  if (figure.suppressed) return 'withheld';
  if (figure.met === null || figure.applicable === null) return 'not known';
  return `${figure.met} of ${figure.applicable}`;
}

/** Null only for a report with no figures; otherwise it says how many figures rest on few case files, and which. */
export function figuresWithCare(report: PublishedReportModel): ReportSectionContent | null {
  if (report.figures.length === 0) return null;
  const rows = report.figures.filter((row) => row.current.smallNumber || row.current.suppressed);
  if (rows.length === 0) {
    return {
      paragraphs: [`Each of the ${report.figures.length} figures rests on five or more applicable case files.`],
      table: null,
    };
  }
  return {
    paragraphs: [
      `${rows.length} of the ${report.figures.length} figures rest on fewer than five applicable case files, so each says little on its own.`,
    ],
    table: {
      caption: 'Figures resting on fewer than five case files',
      columns: ['Figure', 'Case files', 'Cases met the standard'],
      rows: rows.map((row) => [
        `${row.key}${row.subsample === 'ALL' ? '' : ` (${row.subsampleLabel})`}`,
        row.current.suppressed ? 'fewer than 5' : String(row.current.applicable ?? 'not known'),
        countsText(row.current),
      ]),
    },
  };
}

export const figuresWithCareSection: ReportSectionContribution = {
  key: 'figures-with-care',
  title: 'Figures to read with care',
  build: figuresWithCare,
};
