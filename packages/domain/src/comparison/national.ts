// The national picture: one figure (a criterion score, say) across every area's latest published inspection.
// Boards ask two questions of it: where does the middle lie and how wide is the spread, and where does my area
// stand. Areas with nothing applicable are left out, never counted as 0%.
import type { Figure } from '../scoring/figures.ts';
import { groupByBasis, type ComparableGroup, type ComparisonBasis } from './basis.ts';
import { roundToPublished } from './compare.ts';

/** One area's value of the figure. */
export interface AreaFigure extends Pick<Figure, 'met' | 'applicable' | 'percentage'> {
  area: string;
}

export interface AcrossAreas {
  /** Areas with a percentage for the figure. */
  areas: number;
  median: number | null;
  lowest: number | null;
  highest: number | null;
  /**
   * Every area's cases taken together (met over applicable, summed): only when every counted area's counts are
   * known, since a pool missing an area's cases would not be the national figure.
   */
  pooled: { met: number; applicable: number; percentage: number | null } | null;
}

export interface Standing {
  /** 1 for the highest; areas whose figures print the same share a position. */
  position: number;
  of: number;
}

function scored(figures: readonly AreaFigure[]): (AreaFigure & { percentage: number })[] {
  return figures.filter((f): f is AreaFigure & { percentage: number } => f.percentage !== null);
}

export function acrossAreas(figures: readonly AreaFigure[]): AcrossAreas {
  const counted = scored(figures);
  if (counted.length === 0) return { areas: 0, median: null, lowest: null, highest: null, pooled: null };
  const sorted = counted.map((f) => f.percentage).sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  const countsKnown = counted.every((f) => f.met !== null && f.applicable !== null);
  let pooled: AcrossAreas['pooled'] = null;
  if (countsKnown) {
    const met = counted.reduce((sum, f) => sum + f.met!, 0);
    const applicable = counted.reduce((sum, f) => sum + f.applicable!, 0);
    pooled = { met, applicable, percentage: applicable === 0 ? null : (met / applicable) * 100 };
  }
  return { areas: counted.length, median, lowest: sorted[0]!, highest: sorted[sorted.length - 1]!, pooled };
}

/**
 * Where one area stands among all areas on a figure, at the precision the figures are published (62.3% and 61.8%
 * both print as 62%, so neither is above the other). Null when the area has no percentage for it.
 */
export function standingOf(area: string, figures: readonly AreaFigure[]): Standing | null {
  const counted = scored(figures);
  const own = counted.find((f) => f.area === area);
  if (!own) return null;
  const printed = roundToPublished(own.percentage);
  const above = counted.filter((f) => roundToPublished(f.percentage) > printed).length;
  return { position: above + 1, of: counted.length };
}

/** One area's latest published inspection, with what makes its scores comparable and its criterion scores. */
export interface AreaInspectionScores {
  area: string;
  basis: ComparisonBasis;
  scores: readonly (Pick<Figure, 'met' | 'applicable' | 'percentage'> & { key: string })[];
}

export interface NationalCriterionSummary extends AcrossAreas {
  code: string;
  /** Each area's score in the group, for standings. */
  figures: AreaFigure[];
}

export interface NationalGroup extends Omit<ComparableGroup<AreaInspectionScores>, 'members'> {
  /** The areas whose latest published inspection is on this basis. */
  areas: string[];
  /** Each criterion across the group's areas only: medians, ranges, pools and standings never mix groups. */
  criteria: NationalCriterionSummary[];
}

/**
 * The national picture, like with like: the areas' latest published inspections grouped by what makes their scores
 * comparable, and each criterion summed up within its group. `criterionOrder` is the framework's order of criteria.
 */
export function nationalGroups(
  inspections: readonly AreaInspectionScores[],
  criterionOrder: readonly string[],
): NationalGroup[] {
  return groupByBasis(inspections, (inspection) => inspection.basis).map(({ members, ...group }) => {
    const criteria = criterionOrder.flatMap((code) => {
      const figures: AreaFigure[] = members.flatMap((member) => {
        const score = member.scores.find((s) => s.key === code);
        return score
          ? [{ area: member.area, met: score.met, applicable: score.applicable, percentage: score.percentage }]
          : [];
      });
      return figures.length ? [{ code, figures, ...acrossAreas(figures) }] : [];
    });
    return { ...group, areas: members.map((member) => member.area), criteria };
  });
}
