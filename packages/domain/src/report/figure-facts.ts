// What every output says about one figure beside its value, worked out once: the API's fields and the open-data
// columns call these, so they cannot disagree. `figureId` names a figure the same way everywhere.
import { straddlesThreshold } from '../comparison/thresholds.ts';
import { WHOLE_SAMPLE } from '../framework/model.ts';
import { wholePercent } from './format.ts';

/** How the API and every export name the whole sample (subsample key `ALL`). */
export const WHOLE_SAMPLE_LABEL = 'Whole sample';

export interface FigureIdParts {
  /** The inspection's ID in the API (its global id). */
  inspectionId: string;
  frameworkKey: string;
  frameworkVersion: string;
  kind: 'CRITERION' | 'MEASURE';
  /** Criterion code or measure key. */
  key: string;
  /** `ALL` or a subsample key. */
  subsample: string;
}

/**
 * A figure's stable identifier: `<inspection id>|<framework key>@<version>|<kind>|<key>|<subsample>`, e.g.
 * `SW5zcGVjdGlvbjo…|esi@2005|MEASURE|B1.review-16-weeks|ALL`. The bar appears in none of the parts.
 */
export function publishedFigureId(parts: FigureIdParts): string {
  return [
    parts.inspectionId,
    `${parts.frameworkKey}@${parts.frameworkVersion}`,
    parts.kind,
    parts.key,
    parts.subsample || WHOLE_SAMPLE,
  ].join('|');
}

/** The percentage as the report prints it (a whole number, halves up), or null. */
export function printedPercentage(percentage: number | null | undefined): number | null {
  return percentage == null ? null : wholePercent(percentage);
}

/** The thresholds a figure's interval can straddle: where each rating band starts, above zero. */
export function bandThresholds(ratingBands: readonly { from: number }[] | null | undefined): number[] {
  return (ratingBands ?? []).map((band) => band.from).filter((from) => from > 0);
}

/**
 * Whether the 95% interval reaches across a rating band threshold: null where the framework declares no bands,
 * false where there is no interval.
 */
export function straddlesBand(
  interval: { low: number; high: number } | null | undefined,
  thresholds: readonly number[] | null | undefined,
): boolean | null {
  if (!thresholds || thresholds.length === 0) return null;
  return interval ? straddlesThreshold(interval, thresholds) : false;
}

/** A change is tested (Fisher's exact test) only where both sides' counts are known: then it has a p-value. */
export function changeTested(pValue: number | null | undefined): boolean {
  return pValue != null;
}
