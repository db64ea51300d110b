export type { DisclosableFigure, Disclosed } from './disclosure.ts';
export { discloseFigure, discloseFigures, mustSuppress, PUBLIC_MINIMUM_DENOMINATOR } from './disclosure.ts';
