// Lines up each figure (criterion or measure, in one subsample) with its comparison against the baseline, and lays
// out the slope chart. Every number comes from the API: this only arranges them, and the domain words them.
import { DIRECTION_LABEL, formatChangePoints, formatPValue } from '@scrutiny/domain';

export interface Score {
  key: string;
  label: string;
  met: number | null;
  applicable: number | null;
  percentage: number | null;
  smallDenominator: boolean;
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

export interface SlopeDatum {
  key: string;
  label: string;
  baseline: number;
  current: number;
  direction: FigureComparison['direction'];
}

/** Criteria with both a baseline and a follow-up percentage, for the chart of the whole sample. */
export function slopeData(rows: readonly ScoreRow[]): SlopeDatum[] {
  return rows.flatMap((row) => {
    const c = row.comparison;
    if (!c || c.baselinePercentage === null || row.percentage === null) return [];
    return [
      {
        key: row.key,
        label: row.label,
        baseline: c.baselinePercentage,
        current: row.percentage,
        direction: c.direction,
      },
    ];
  });
}

export interface SlopeLayout {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  ticks: { value: number; y: number }[];
  lines: { key: string; y1: number; y2: number; labelY1: number; labelY2: number }[];
}

const LABEL_GAP = 15;

/** Where each value sits on a 0–100% scale, with labels nudged apart so none overlaps another on its side. */
export function layoutSlopes(data: readonly SlopeDatum[]): SlopeLayout {
  const width = 640;
  const top = 20;
  const bottom = 20 + Math.max(300, data.length * LABEL_GAP + 20);
  const left = 180;
  const right = width - 180;
  const y = (percentage: number) => top + ((100 - percentage) / 100) * (bottom - top);
  const spread = (values: number[]) => {
    const order = values.map((v, i) => ({ i, y: y(v) })).sort((a, b) => a.y - b.y);
    for (let n = 1; n < order.length; n += 1) order[n]!.y = Math.max(order[n]!.y, order[n - 1]!.y + LABEL_GAP);
    const placed: number[] = [];
    for (const { i, y: at } of order) placed[i] = at;
    return placed;
  };
  const labels1 = spread(data.map((d) => d.baseline));
  const labels2 = spread(data.map((d) => d.current));
  const height = Math.max(bottom, ...labels1, ...labels2) + 40;
  return {
    width,
    height,
    left,
    right,
    top,
    bottom,
    ticks: [0, 25, 50, 75, 100].map((value) => ({ value, y: y(value) })),
    lines: data.map((d, i) => ({
      key: d.key,
      y1: y(d.baseline),
      y2: y(d.current),
      labelY1: labels1[i]!,
      labelY2: labels2[i]!,
    })),
  };
}
