// A follow-up inspection's figures against its baseline's: which rose, which fell, and which changes the
// samples can actually vouch for. The rules are DOMAIN.md's "Rules that the figures must keep".
import { notComputedReason, type NotCompared } from './not-computed.ts';
import type { Figure, FigureKind, Interval } from '../scoring/figures.ts';
import { figureId } from '../scoring/figures.ts';
import { SMALL_DENOMINATOR } from '../scoring/scores.ts';
import { WHOLE_SAMPLE } from '../framework/model.ts';
import { benjaminiHochberg, holm } from '../statistics/adjustment.ts';
import { fisherExactTwoSided } from '../statistics/fisher.ts';
import { newcombeDifferenceInterval } from '../statistics/newcombe.ts';
import { wilsonInterval } from '../statistics/wilson.ts';

export type Direction = 'IMPROVED' | 'DETERIORATED' | 'UNCHANGED';
export type Correction = 'HOLM' | 'BENJAMINI_HOCHBERG' | 'NONE';

/**
 * Decimal places the inspectorate publishes percentages at. A change is judged at this precision, so that
 * 61.5 → 61.7 (both printed as 62) counts as unchanged, as a reader of the report would see it.
 */
export const PUBLISHED_PERCENTAGE_DECIMALS = 0;

export const DEFAULT_ALPHA = 0.05;

export interface FigureComparison {
  kind: FigureKind;
  key: string;
  subsample: string;
  baseline: Figure;
  followUp: Figure;
  /** Follow-up minus baseline in percentage points, unrounded. */
  changePoints: number;
  direction: Direction;
  /** Fisher's exact test (two-sided); null unless both counts are known on both sides. */
  pValue: number | null;
  adjustedPValue: number | null;
  significant: boolean | null;
  /** 95% Newcombe interval of the change in percentage points; null without counts on both sides. */
  changeInterval: Interval | null;
  followUpInterval: Interval | null;
  baselineInterval: Interval | null;
  smallDenominator: boolean;
}

export interface Comparison {
  figures: FigureComparison[];
  /** Every figure of this inspection left out of `figures`, with why: never dropped silently. */
  notCompared: NotCompared[];
  improved: number;
  deteriorated: number;
  unchanged: number;
  compared: number;
  correction: Correction;
  alpha: number;
  summary: string;
}

export interface CompareOptions {
  correction: Correction;
  alpha?: number;
  /** Measure keys with reportBySubsample = false: their subsample figures are not compared separately. */
  excludeSubsampleFiguresFor?: ReadonlySet<string>;
}

interface Counts {
  met: number;
  applicable: number;
}

function countsOf(figure: Figure): Counts | null {
  const { met, applicable } = figure;
  if (met === null || applicable === null || applicable <= 0) return null;
  return { met, applicable };
}

/** Rounds as the published report does. */
export function roundToPublished(percentage: number): number {
  const factor = 10 ** PUBLISHED_PERCENTAGE_DECIMALS;
  return Math.round(percentage * factor) / factor;
}

export function directionOfChange(baseline: number, followUp: number): Direction {
  const change = roundToPublished(followUp) - roundToPublished(baseline);
  if (change > 0) return 'IMPROVED';
  if (change < 0) return 'DETERIORATED';
  return 'UNCHANGED';
}

function intervalOf(figure: Figure): Interval | null {
  const counts = countsOf(figure);
  return counts && wilsonInterval(counts.met, counts.applicable);
}

function isSmall(figure: Figure): boolean {
  return figure.applicable !== null && figure.applicable < SMALL_DENOMINATOR;
}

function adjust(pValues: readonly (number | null)[], correction: Correction): (number | null)[] {
  switch (correction) {
    case 'HOLM':
      return holm(pValues);
    case 'BENJAMINI_HOCHBERG':
      return benjaminiHochberg(pValues);
    case 'NONE':
      return [...pValues];
  }
}

type Unadjusted = Omit<FigureComparison, 'adjustedPValue' | 'significant'>;

function compareFigure(baseline: Figure, followUp: Figure): Unadjusted {
  const baselineCounts = countsOf(baseline);
  const followUpCounts = countsOf(followUp);
  const tested = baselineCounts && followUpCounts;
  return {
    kind: followUp.kind,
    key: followUp.key,
    subsample: followUp.subsample,
    baseline,
    followUp,
    changePoints: followUp.percentage! - baseline.percentage!,
    direction: directionOfChange(baseline.percentage!, followUp.percentage!),
    // The two rounds sample different case files: independent samples, never a paired test.
    pValue: tested
      ? fisherExactTwoSided(
          baselineCounts.met,
          baselineCounts.applicable - baselineCounts.met,
          followUpCounts.met,
          followUpCounts.applicable - followUpCounts.met,
        )
      : null,
    changeInterval: tested
      ? newcombeDifferenceInterval(
          baselineCounts.met,
          baselineCounts.applicable,
          followUpCounts.met,
          followUpCounts.applicable,
        )
      : null,
    followUpInterval: intervalOf(followUp),
    baselineInterval: intervalOf(baseline),
    smallDenominator: isSmall(baseline) || isSmall(followUp),
  };
}

function firstById(figures: readonly Figure[]): Map<string, Figure> {
  const byId = new Map<string, Figure>();
  for (const figure of figures) if (!byId.has(figureId(figure))) byId.set(figureId(figure), figure);
  return byId;
}

function whyNotCompared(before: Figure | undefined, after: Figure): string | null {
  const own = notComputedReason(after);
  if (own) return `this inspection’s figure could not be computed: ${own}`;
  if (!before) return 'the original inspection has no figure for it';
  const original = notComputedReason(before);
  if (original) return `the original inspection’s figure could not be computed: ${original}`;
  return null;
}

export function summariseComparison(improved: number, compared: number): string {
  return `improvement against ${improved} of ${compared} figure${compared === 1 ? '' : 's'}`;
}

/**
 * Compares every figure present with a percentage on both sides, in the follow-up's order. Significance is
 * only computed where both counts are known on both sides; figures recorded from a published report with a
 * percentage alone are compared by direction only.
 */
export function compareWithBaseline(
  followUp: readonly Figure[],
  baseline: readonly Figure[],
  options: CompareOptions,
): Comparison {
  const alpha = options.alpha ?? DEFAULT_ALPHA;
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be strictly between 0 and 1, got ${alpha}`);
  const excluded = options.excludeSubsampleFiguresFor ?? new Set<string>();
  const baselineById = firstById(baseline);

  const unadjusted: Unadjusted[] = [];
  const notCompared: NotCompared[] = [];
  for (const [id, after] of firstById(followUp)) {
    const before = baselineById.get(id);
    // A measure reported only for its own population repeats its whole-sample figure: not a figure of its own.
    if (after.kind === 'MEASURE' && after.subsample !== WHOLE_SAMPLE && excluded.has(after.key)) continue;
    const reason = whyNotCompared(before, after);
    if (reason) notCompared.push({ kind: after.kind, key: after.key, subsample: after.subsample, reason });
    else unadjusted.push(compareFigure(before!, after));
  }

  const adjusted = adjust(
    unadjusted.map((figure) => figure.pValue),
    options.correction,
  );
  const figures = unadjusted.map((figure, i): FigureComparison => {
    const adjustedPValue = adjusted[i] ?? null;
    return { ...figure, adjustedPValue, significant: adjustedPValue === null ? null : adjustedPValue < alpha };
  });

  const count = (direction: Direction): number => figures.filter((figure) => figure.direction === direction).length;
  const improved = count('IMPROVED');
  return {
    figures,
    notCompared,
    improved,
    deteriorated: count('DETERIORATED'),
    unchanged: count('UNCHANGED'),
    compared: figures.length,
    correction: options.correction,
    alpha,
    summary: summariseComparison(improved, figures.length),
  };
}
