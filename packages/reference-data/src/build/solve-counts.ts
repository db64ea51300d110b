// Which numerators reproduce a printed percentage? The report prints whole percents of unknown denominators, so
// for each measure we look for counts of met cases, in the high-risk and the other cases, that round to what was
// printed for the whole sample and for the high-risk subsample.

/** The percentage as the report prints it: rounded half up to a whole number. */
export function printedPercent(met: number, applicable: number): number {
  return Math.round((met / applicable) * 100);
}

/**
 * Whether the rounding is safe from floating point: a share like 23/40 is exactly 57.5 but computes as
 * 57.49999…, so two correct ways of computing it print different numbers. Such counts are avoided.
 */
export function roundsUnambiguously(met: number, applicable: number): boolean {
  return Math.round((met / applicable) * 100) === Math.round((met * 100) / applicable);
}

export interface PrintedTarget {
  /** Printed figure for the whole sample (for a high-risk-only measure, its only figure); null when not printed. */
  all: number | null;
  /** Printed figure for the high-risk subsample; null when not printed. */
  highRisk: number | null;
  /** Counts the report gives in words ("ten of 23"), which must be hit exactly. */
  count?: readonly [number, number];
}

/** Applicable case files (after not-applicable answers) in each stratum. */
export interface Strata {
  highRisk: number;
  other: number;
}

export interface StratumCounts {
  highRisk: number;
  other: number;
}

/** Limits from answers fixed in advance (a case known to meet, or not to meet, the measure). */
export interface CountBounds {
  min?: StratumCounts;
  max?: StratumCounts;
}

function fits(printed: number | null, met: number, applicable: number): boolean {
  if (printed === null) return true;
  if (applicable === 0) return false;
  return roundsUnambiguously(met, applicable) && printedPercent(met, applicable) === printed;
}

/**
 * The met counts per stratum that reproduce the target, or null when none can. Among several solutions it takes
 * the one whose two strata have the closest rates, so that no stratum carries an implausible share of the
 * failures the report does not attribute.
 */
export function solveCounts(target: PrintedTarget, strata: Strata, bounds: CountBounds = {}): StratumCounts | null {
  const total = strata.highRisk + strata.other;
  const min = bounds.min ?? { highRisk: 0, other: 0 };
  const max = bounds.max ?? strata;
  let best: StratumCounts | null = null;
  let bestGap = Number.POSITIVE_INFINITY;
  for (let highRisk = min.highRisk; highRisk <= Math.min(max.highRisk, strata.highRisk); highRisk++) {
    if (!fits(target.highRisk, highRisk, strata.highRisk)) continue;
    for (let other = min.other; other <= Math.min(max.other, strata.other); other++) {
      const met = highRisk + other;
      if (target.count && (met !== target.count[0] || total !== target.count[1])) continue;
      if (!fits(target.all, met, total)) continue;
      const gap =
        strata.highRisk > 0 && strata.other > 0 ? Math.abs(highRisk / strata.highRisk - other / strata.other) : 0;
      if (gap < bestGap) {
        best = { highRisk, other };
        bestGap = gap;
      }
    }
  }
  return best;
}
