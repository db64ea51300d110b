// Percentages as the report prints them: whole numbers, with the denominator beside them.

/** Denominators below this are flagged: a percentage of so few cases says little and may identify someone. */
export const SMALL_DENOMINATOR = 5;

/** Rounds half up to a whole percentage, as the report does (82.5 prints as 83). */
export function wholePercent(percentage: number): number {
  // Guard against binary noise such as 55.00000000000001 or 82.49999999999999 tipping the rounding.
  return Math.floor(Math.round(percentage * 1e6) / 1e6 + 0.5);
}

export interface Figure {
  percentage: number | null;
  met?: number | null;
  applicable?: number | null;
  adjusted?: boolean;
}

export function isSmallDenominator(applicable: number | null | undefined): boolean {
  return applicable != null && applicable < SMALL_DENOMINATOR;
}

/** "62%", or "–" when nothing was applicable. */
export function formatPercent(percentage: number | null | undefined): string {
  return percentage == null ? '–' : `${wholePercent(percentage)}%`;
}

/** "24 of 39", or a plain statement that the counts were not recorded. */
export function formatCounts(figure: Figure): string {
  if (figure.applicable == null) return 'counts not recorded';
  if (figure.met == null) return `of ${figure.applicable}`;
  return `${figure.met} of ${figure.applicable}`;
}

/** The whole figure in words, for tables and text alternatives: "62% (24 of 39)". */
export function describeFigure(figure: Figure): string {
  if (figure.percentage == null) {
    return figure.applicable === 0 ? 'no applicable cases' : 'not available';
  }
  const adjusted = figure.adjusted ? ', adjusted' : '';
  return `${formatPercent(figure.percentage)} (${formatCounts(figure)}${adjusted})`;
}

/** Signed change in whole points between two unrounded percentages: "+14", "−10", "0". */
export function formatChangePoints(points: number): string {
  const whole = Math.round(points);
  if (whole === 0) return '0';
  return whole > 0 ? `+${whole}` : `−${Math.abs(whole)}`;
}

/** A p-value as statisticians print it: "p < 0.001", "p = 0.03". */
export function formatPValue(p: number): string {
  if (p < 0.001) return 'p < 0.001';
  return `p = ${p < 0.01 ? p.toFixed(3) : p.toFixed(2)}`;
}
