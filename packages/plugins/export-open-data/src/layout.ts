// The open-data layout: one row per figure (criterion score or measure) per subsample per inspection, with the
// original inspection's figure and the change beside it. CSV, XLSX and JSON share these columns, in this order;
// README.md documents them. Values come from the report model as the host built it (disclosure control applied):
// nothing here computes a figure.
import { printedPercentage, type PublishedFigureRow, type PublishedReportModel } from '@scrutiny/domain';

export const LAYOUT_VERSION = 'scrutiny-open-data/2';

export type ColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'date-time';
export type CellValue = string | number | boolean | null;

export interface Column {
  name: string;
  type: ColumnType;
  description: string;
  value(row: PublishedFigureRow, report: PublishedReportModel): CellValue;
}

/** Unrounded values keep 6 decimal places: enough to recompute any printed figure, free of binary noise. */
function decimal(value: number | null | undefined): number | null {
  return value == null ? null : Math.round(value * 1e6) / 1e6;
}

const printed = printedPercentage;

// Names follow the API's vocabulary (docs/API.md maps each column to its field): `year`, `baseline_…`,
// `small_denominator`, "Whole sample".
export const COLUMNS: readonly Column[] = [
  {
    name: 'figure_id',
    type: 'string',
    description:
      'The figure’s stable identifier, the same as `figureId` in the API: inspection ID|framework key@version|kind|key|subsample.',
    value: (r) => r.figureId,
  },
  {
    name: 'inspection_id',
    type: 'string',
    description: 'The inspection’s ID in the Scrutiny API.',
    value: (_r, m) => m.inspection.id,
  },
  {
    name: 'area_code',
    type: 'string',
    description: 'Code of the inspected area, e.g. WMPA.',
    value: (_r, m) => m.inspection.area.code,
  },
  {
    name: 'area_name',
    type: 'string',
    description: 'Name of the inspected area.',
    value: (_r, m) => m.inspection.area.name,
  },
  {
    name: 'year',
    type: 'integer',
    description: 'Year of the inspection.',
    value: (_r, m) => m.inspection.year,
  },
  {
    name: 'inspection_kind',
    type: 'string',
    description: 'FULL or FOLLOW_UP.',
    value: (_r, m) => m.inspection.kind,
  },
  {
    name: 'framework',
    type: 'string',
    description: 'Title of the inspection framework.',
    value: (_r, m) => m.inspection.framework.title,
  },
  {
    name: 'framework_version',
    type: 'string',
    description: 'Version of the framework the inspection used.',
    value: (_r, m) => m.inspection.framework.version,
  },
  {
    name: 'published_at',
    type: 'date-time',
    description: 'When the report was published (ISO 8601, UTC).',
    value: (_r, m) => m.inspection.publishedAt,
  },
  {
    name: 'figure_kind',
    type: 'string',
    description: 'CRITERION (a criterion score) or MEASURE.',
    value: (r) => r.kind,
  },
  { name: 'criterion', type: 'string', description: 'Criterion code, e.g. B1.', value: (r) => r.criterion },
  {
    name: 'figure_key',
    type: 'string',
    description: 'Criterion code or measure key, e.g. B1.review-16-weeks: stable across inspections.',
    value: (r) => r.key,
  },
  {
    name: 'figure_text',
    type: 'string',
    description: 'The criterion’s title or the measure’s wording.',
    value: (r) => r.text,
  },
  {
    name: 'subsample',
    type: 'string',
    description: 'ALL (the whole sample) or a subsample key, e.g. HIGH_RISK_OF_HARM.',
    value: (r) => r.subsample,
  },
  {
    name: 'subsample_label',
    type: 'string',
    description: 'The subsample in words: “Whole sample” for ALL.',
    value: (r) => r.subsampleLabel,
  },
  {
    name: 'met',
    type: 'integer',
    description: 'Case files meeting the measure (numerator); empty when not known or suppressed.',
    value: (r) => r.current.met,
  },
  {
    name: 'applicable',
    type: 'integer',
    description: 'Case files the measure applied to (denominator); empty when not known or suppressed.',
    value: (r) => r.current.applicable,
  },
  {
    name: 'percentage',
    type: 'number',
    description: 'met / applicable × 100, unrounded (6 decimal places); empty when nothing applied or suppressed.',
    value: (r) => decimal(r.current.percentage),
  },
  {
    name: 'percentage_printed',
    type: 'integer',
    description: 'The percentage as the report prints it: a whole number, halves rounded up.',
    value: (r) => printed(r.current.percentage),
  },
  {
    name: 'interval_low',
    type: 'number',
    description: 'Lower end of the 95% Wilson interval, in percent.',
    value: (r) => decimal(r.current.interval?.low),
  },
  {
    name: 'interval_high',
    type: 'number',
    description: 'Upper end of the 95% Wilson interval, in percent.',
    value: (r) => decimal(r.current.interval?.high),
  },
  {
    name: 'small_denominator',
    type: 'boolean',
    description: 'Fewer than 5 applicable case files: the percentage says little.',
    value: (r) => r.current.smallNumber,
  },
  {
    name: 'suppressed',
    type: 'boolean',
    description:
      'Withheld by statistical disclosure control (1 to 4 applicable cases): counts and percentage are empty.',
    value: (r) => r.current.suppressed,
  },
  {
    name: 'straddles_band',
    type: 'boolean',
    description: 'The 95% interval reaches across a rating band threshold; empty when the framework declares no bands.',
    value: (r) => r.current.straddlesBand,
  },
  {
    name: 'not_computed_reason',
    type: 'string',
    description:
      'Why the figure has no percentage (nothing applicable, answers outstanding, not recorded); empty when it has one or is suppressed.',
    value: (r) => (r.current.suppressed ? null : r.current.notComputedReason),
  },
  {
    name: 'baseline_year',
    type: 'integer',
    description: 'Year of the baseline (original) inspection; empty when the figure has no baseline.',
    value: (r, m) => (r.original ? (m.inspection.baseline?.year ?? null) : null),
  },
  {
    name: 'baseline_met',
    type: 'integer',
    description: 'Numerator of the baseline figure, when recorded.',
    value: (r) => r.original?.met ?? null,
  },
  {
    name: 'baseline_applicable',
    type: 'integer',
    description: 'Denominator of the baseline figure, when recorded.',
    value: (r) => r.original?.applicable ?? null,
  },
  {
    name: 'baseline_percentage',
    type: 'number',
    description: 'The baseline figure, unrounded where its counts are known, else as its report printed it.',
    value: (r) => decimal(r.original?.percentage),
  },
  {
    name: 'baseline_percentage_printed',
    type: 'integer',
    description: 'The baseline figure as a whole number.',
    value: (r) => printed(r.original?.percentage),
  },
  {
    name: 'baseline_adjusted',
    type: 'boolean',
    description: 'The baseline score was adjusted for a like-for-like comparison (e.g. no offender interviews).',
    value: (r) => (r.original ? r.original.adjusted : null),
  },
  {
    name: 'change_points',
    type: 'number',
    description: 'This figure minus the baseline, in percentage points, unrounded.',
    value: (r) => decimal(r.change?.points),
  },
  {
    name: 'direction',
    type: 'string',
    description: 'IMPROVED, DETERIORATED or UNCHANGED, judged on the printed (whole) percentages.',
    value: (r) => r.change?.direction ?? null,
  },
  {
    name: 'change_tested',
    type: 'boolean',
    description: 'Both inspections’ counts are known, so the change was tested (Fisher’s exact test, two-sided).',
    value: (r) => (r.change ? r.change.tested : null),
  },
  {
    name: 'p_value',
    type: 'number',
    description: 'Fisher’s exact test p-value; empty when not tested.',
    value: (r) => decimal(r.change?.pValue),
  },
  {
    name: 'adjusted_p_value',
    type: 'number',
    description: 'p-value after the multiple-comparison correction named in `correction`.',
    value: (r) => decimal(r.change?.adjustedPValue),
  },
  {
    name: 'correction',
    type: 'string',
    description: 'HOLM, BENJAMINI_HOCHBERG or NONE; empty without a comparison.',
    value: (r, m) => (r.change ? (m.summary.comparison?.correction ?? null) : null),
  },
  {
    name: 'significant',
    type: 'boolean',
    description: 'The adjusted p-value is below the comparison’s alpha (5%); empty when not tested.',
    value: (r) => r.change?.significant ?? null,
  },
  {
    name: 'change_interval_low',
    type: 'number',
    description: 'Lower end of the 95% Newcombe interval of the change, in points.',
    value: (r) => decimal(r.change?.interval?.low),
  },
  {
    name: 'change_interval_high',
    type: 'number',
    description: 'Upper end of the 95% Newcombe interval of the change, in points.',
    value: (r) => decimal(r.change?.interval?.high),
  },
];

/** The report's figures as rows of cells, in column order. */
export function figureTable(report: PublishedReportModel): CellValue[][] {
  return report.figures.map((row) => COLUMNS.map((column) => column.value(row, report)));
}

/** The report's figures as one object per row, keyed by column name. */
export function figureRecords(report: PublishedReportModel): Record<string, CellValue>[] {
  return report.figures.map((row) =>
    Object.fromEntries(COLUMNS.map((column) => [column.name, column.value(row, report)])),
  );
}

/** `WMPA-2005-figures`: the stem of every file the plugin writes. */
export function fileStem(report: PublishedReportModel): string {
  return `${report.inspection.area.code}-${report.inspection.year}-figures`;
}
