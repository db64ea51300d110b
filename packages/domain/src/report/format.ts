// Figures in words, as the printed report gives them: whole percentages with the denominator beside them.
// One home for every output (the board, open data, PDF, DOCX), so they print the same thing.

/** Rounds half up to a whole percentage, as the report does (82.5 prints as 83). */
export function wholePercent(percentage: number): number {
  // Guard against binary noise such as 55.00000000000001 or 82.49999999999999 tipping the rounding.
  return Math.floor(Math.round(percentage * 1e6) / 1e6 + 0.5);
}

export interface FigureLike {
  percentage: number | null;
  met?: number | null;
  applicable?: number | null;
  adjusted?: boolean;
  suppressed?: boolean;
  /** Why there is no percentage, where known. */
  notComputedReason?: string | null;
}

/** "62%", or "–" when there is no percentage. */
export function formatPercent(percentage: number | null | undefined): string {
  return percentage == null ? '–' : `${wholePercent(percentage)}%`;
}

/** "24 of 39", or a plain statement that the counts were not recorded. */
export function formatCounts(figure: FigureLike): string {
  if (figure.applicable == null) return 'counts not recorded';
  if (figure.met == null) return `of ${figure.applicable}`;
  return `${figure.met} of ${figure.applicable}`;
}

/** Why a figure has no percentage. */
export function missingFigureText(figure: FigureLike): string {
  if (figure.suppressed) return 'Fewer than 5 cases (not published)';
  if (figure.notComputedReason) return `Not computed: ${figure.notComputedReason}`;
  return figure.applicable === 0 ? 'No applicable cases' : 'Not available';
}

/** The whole figure in words, for tables and text alternatives: "62% (24 of 39)". */
export function describeFigure(figure: FigureLike): string {
  if (figure.percentage == null) return missingFigureText(figure).toLowerCase();
  const adjusted = figure.adjusted ? ', adjusted' : '';
  return `${formatPercent(figure.percentage)} (${formatCounts(figure)}${adjusted})`;
}

/** Rounds half away from zero to whole points, ignoring binary noise (−4.999999999999999 is −5). */
export function wholePoints(points: number): number {
  const whole = wholePercent(Math.abs(points));
  return points < 0 ? -whole : whole;
}

/** Signed change in whole points between two unrounded percentages: "+14", "−10", "0". */
export function formatChangePoints(points: number): string {
  const whole = wholePoints(points);
  if (whole === 0) return '0';
  return whole > 0 ? `+${whole}` : `−${Math.abs(whole)}`;
}

/** A p-value as statisticians print it: "p < 0.001", "p = 0.03". */
export function formatPValue(p: number): string {
  if (p < 0.001) return 'p < 0.001';
  return `p = ${p < 0.01 ? p.toFixed(3) : p.toFixed(2)}`;
}

export const CORRECTION_LABEL = {
  HOLM: 'Holm–Bonferroni',
  BENJAMINI_HOCHBERG: 'Benjamini–Hochberg',
  NONE: 'no correction',
} as const;

export const DIRECTION_LABEL = { IMPROVED: 'Improved', DETERIORATED: 'Deteriorated', UNCHANGED: 'Unchanged' } as const;

export const JUDGEMENT_LABEL = {
  GOOD_PROGRESS: 'Good progress',
  REASONABLE_PROGRESS: 'Reasonable progress',
  INSUFFICIENT_PROGRESS: 'Insufficient progress',
  NO_MEANINGFUL_PROGRESS: 'No meaningful progress',
} as const;

/** The significance of a change in words: "Not significant: p = 1.00, p = 1.00 adjusted (Holm–Bonferroni)". */
export function significanceText(
  change: { pValue: number | null; adjustedPValue: number | null; significant: boolean | null },
  correction: keyof typeof CORRECTION_LABEL,
): string {
  if (change.pValue == null) return 'Not tested (original counts not recorded)';
  const verdict = change.significant ? 'Significant' : 'Not significant';
  const adjusted =
    change.adjustedPValue != null && correction !== 'NONE'
      ? `, ${formatPValue(change.adjustedPValue)} adjusted (${CORRECTION_LABEL[correction]})`
      : '';
  return `${verdict}: ${formatPValue(change.pValue)}${adjusted}`;
}

/** "35–66%" */
export function formatInterval(interval: { low: number; high: number }): string {
  return `${wholePercent(interval.low)}–${wholePercent(interval.high)}%`;
}

/** Cohen's kappa to two decimal places, as agreement studies print it: "0.65", "−0.20". */
export function formatKappa(kappa: number): string {
  const hundredths = wholePoints(kappa * 100);
  const text = (Math.abs(hundredths) / 100).toFixed(2);
  return hundredths < 0 ? `−${text}` : text;
}

/** Agreement between assessor and second marker: "85% (17 of 20)". */
export function formatAgreement(agreement: { percentage: number; agreed: number; pairs: number }): string {
  return `${formatPercent(agreement.percentage)} (${agreement.agreed} of ${agreement.pairs})`;
}
