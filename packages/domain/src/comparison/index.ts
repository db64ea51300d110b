export type { CompareOptions, Comparison, Correction, Direction, FigureComparison } from './compare.ts';
export {
  DEFAULT_ALPHA,
  PUBLISHED_PERCENTAGE_DECIMALS,
  compareWithBaseline,
  directionOfChange,
  roundToPublished,
  summariseComparison,
} from './compare.ts';
export { straddlesThreshold } from './thresholds.ts';
export type {
  AcrossAreas,
  AreaFigure,
  AreaInspectionScores,
  NationalCriterionSummary,
  NationalGroup,
  Standing,
} from './national.ts';
export { acrossAreas, nationalGroups, standingOf } from './national.ts';
export type { BasisFacts, ComparableGroup, ComparisonBasis, InspectionKind } from './basis.ts';
export { EVERY_QUESTION, basisKey, comparisonBasis, describeBasis, differencesFrom, groupByBasis } from './basis.ts';
export type { FigureCounts, NotCompared } from './not-computed.ts';
export { notComputedReason } from './not-computed.ts';
