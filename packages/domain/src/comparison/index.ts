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
export type { AcrossAreas, AreaFigure, Standing } from './national.ts';
export { acrossAreas, standingOf } from './national.ts';
