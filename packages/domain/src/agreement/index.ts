export type { Agreement } from './kappa.ts';
export { agreementOf, cohensKappa } from './kappa.ts';
export type { AgreementReport, SecondMarkedAnswer } from './report.ts';
export { agreementReport } from './report.ts';
