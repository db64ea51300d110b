// Lines up each figure (criterion or measure, in one subsample) with its comparison against the baseline, and the
// slope chart's data. Every number comes from the API: this only arranges them, and the domain words them.
import { DIRECTION_LABEL, formatChangePoints, formatPValue } from '@scrutiny/domain';
import type { SlopeDatum } from '@scrutiny/ui';

export interface Score {
  key: string;
  label: string;
  met: number | null;
  applicable: number | null;
  percentage: number | null;
  smallDenominator: boolean;
  /** Why there is no percentage (from the API); null when there is one. */
  notComputedReason?: string | null;
}

export interface FigureComparison {
  kind: 'CRITERION' | 'MEASURE';
  key: string;
  subsample: string;
  baselinePercentage: number | null;
  baselineMet: number | null;
  baselineApplicable: number | null;
  baselineAdjusted: boolean;
  percentage: number | null;
  changePoints: number;
  direction: 'IMPROVED' | 'DETERIORATED' | 'UNCHANGED';
  pValue: number | null;
  adjustedPValue: number | null;
  significant: boolean | null;
}

export interface ScoreRow extends Score {
  comparison: FigureComparison | undefined;
}

export function scoreRows(
  scores: readonly Score[],
  figures: readonly FigureComparison[],
  kind: FigureComparison['kind'],
  subsample: string,
): ScoreRow[] {
  return scores.map((score) => ({
    ...score,
    comparison: figures.find((f) => f.kind === kind && f.subsample === subsample && f.key === score.key),
  }));
}

/** "12 / 20", or a dash where only a percentage is known. */
export function fraction(met: number | null, applicable: number | null): string {
  return met === null || applicable === null ? '–' : `${met} / ${applicable}`;
}

/** The change in whole percentage points, signed: "+12", "-3", "0". */
export function changeLabel(comparison: FigureComparison | undefined): string {
  if (!comparison || comparison.baselinePercentage === null || comparison.percentage === null) return '–';
  return formatChangePoints(comparison.changePoints);
}

export function directionLabel(comparison: FigureComparison | undefined): string {
  if (!comparison || comparison.baselinePercentage === null || comparison.percentage === null) return '–';
  return DIRECTION_LABEL[comparison.direction];
}

/** Whether the change is significant after correction, with the p-values behind it. */
export function significanceLabel(comparison: FigureComparison | undefined): string {
  if (!comparison || comparison.baselinePercentage === null || comparison.percentage === null) return '–';
  if (comparison.significant === null || comparison.pValue === null) return 'Not tested: counts not known';
  const adjusted =
    comparison.adjustedPValue !== null && comparison.adjustedPValue !== comparison.pValue
      ? `, adjusted ${formatPValue(comparison.adjustedPValue)}`
      : '';
  return `${comparison.significant ? 'Significant' : 'Not significant'} (${formatPValue(comparison.pValue)}${adjusted})`;
}

/** Criteria with both a baseline and a follow-up percentage, for the chart of the whole sample. */
export function slopeData(rows: readonly ScoreRow[]): SlopeDatum[] {
  return rows.flatMap((row) => {
    const c = row.comparison;
    if (!c || c.baselinePercentage === null || row.percentage === null) return [];
    return [
      {
        code: row.key,
        title: row.label.startsWith(`${row.key} `) ? row.label.slice(row.key.length + 1) : row.label,
        baseline: {
          percentage: c.baselinePercentage,
          met: c.baselineMet,
          applicable: c.baselineApplicable,
          adjusted: c.baselineAdjusted,
        },
        current: { percentage: row.percentage, met: row.met, applicable: row.applicable, adjusted: false },
        direction: c.direction,
      },
    ];
  });
}
