export { normalQuantile, twoSidedZ } from './normal.ts';
export { wilsonInterval, wilsonProportionInterval } from './wilson.ts';
export { fisherExactTwoSided } from './fisher.ts';
export { newcombeDifferenceInterval } from './newcombe.ts';
export { holm, benjaminiHochberg } from './adjustment.ts';
