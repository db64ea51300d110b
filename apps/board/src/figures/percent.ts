// Percentages as the report prints them. The rules live in the domain's report model, so the board, the open data
// and the printed exports say the same thing; this module keeps the board's names for them.
import { SMALL_DENOMINATOR, type FigureLike } from '@scrutiny/domain';

export {
  describeFigure,
  formatChangePoints,
  formatCounts,
  formatPercent,
  formatPValue,
  SMALL_DENOMINATOR,
  wholePercent,
} from '@scrutiny/domain';

export type Figure = FigureLike;

export function isSmallDenominator(applicable: number | null | undefined): boolean {
  return applicable != null && applicable < SMALL_DENOMINATOR;
}
