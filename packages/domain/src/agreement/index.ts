export type { Agreement, KappaUndefined } from './kappa.ts';
export { FEW_PAIRS, agreementOf, cohensKappa } from './kappa.ts';
export type { AgreementReport, SecondMarkedAnswer } from './report.ts';
export { agreementReport } from './report.ts';
export type { SecondMarkingPlan } from './plan.ts';
export {
  WHOLE_SECOND_MARKING,
  checkSecondMarkingPlan,
  inSecondMarkingPlan,
  isFileSecondMarked,
  questionsToSecondMark,
  readSecondMarkingPlan,
} from './plan.ts';
