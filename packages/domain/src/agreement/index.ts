export type { Agreement, KappaUndefined } from './kappa.ts';
export { FEW_PAIRS, agreementOf, cohensKappa } from './kappa.ts';
export type { AgreementReport, SecondMarkedAnswer } from './report.ts';
export { agreementReport } from './report.ts';
