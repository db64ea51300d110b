// A figure is one percentage the inspectorate publishes: a criterion score or a measure, for one subsample.
// Computed figures carry their counts; figures recorded from a published report may know only the percentage.

export type FigureKind = 'CRITERION' | 'MEASURE';

export interface Interval {
  low: number;
  high: number;
}

export interface Figure {
  kind: FigureKind;
  /** Criterion code (`B1`) or measure key (`B1.review-16-weeks`). */
  key: string;
  /** `ALL` (the whole sample) or a subsample key such as `HIGH_RISK_OF_HARM`. */
  subsample: string;
  /** Numerator, when known. */
  met: number | null;
  /** Denominator (applicable case files or answers), when known. */
  applicable: number | null;
  /** 0..100, unrounded; null when nothing was applicable. */
  percentage: number | null;
  /** True for a baseline score adjusted for a like-for-like comparison (e.g. no offender interviews). */
  adjusted: boolean;
}

/** Identifies the same figure across inspections. */
export function figureId(figure: Pick<Figure, 'kind' | 'key' | 'subsample'>): string {
  return `${figure.kind}:${figure.key}:${figure.subsample}`;
}
