// An inspection's agreement between assessors and inspectors: overall, by question, by assessor.
import { type Agreement, type SecondMarkingPlan } from '@scrutiny/domain';
import { builder } from '../builder.ts';
import { AgreementRef } from './agreement.ts';
import { SecondMarkingPlanRef } from './second-marking-plan.ts';

interface AgreementReportShape {
  plan: SecondMarkingPlan;
  overall: Agreement;
  byMeasure: (Agreement & { key: string; label: string })[];
  byAssessor: (Agreement & { key: string; label: string })[];
  caseFiles: number;
  disagreements: number;
  unresolved: number;
}

export const AgreementReportRef = builder.objectRef<AgreementReportShape>('AgreementReport').implement({
  description: 'Over compared second markings only: a marking that is still blind has no pairs yet.',
  fields: (t) => ({
    overall: t.field({
      type: AgreementRef,
      resolve: (r) => ({ key: 'ALL', label: 'All second-marked answers', ...r.overall }),
    }),
    byMeasure: t.field({ type: [AgreementRef], resolve: (r) => r.byMeasure, description: 'In framework order.' }),
    byAssessor: t.field({ type: [AgreementRef], resolve: (r) => r.byAssessor }),
    caseFiles: t.exposeInt('caseFiles', { description: 'Case files second-marked and compared.' }),
    plan: t.field({
      type: SecondMarkingPlanRef,
      description: 'The figures are over the pairs this plan second-marks only.',
      resolve: (r) => r.plan,
    }),
    disagreements: t.exposeInt('disagreements'),
    unresolved: t.exposeInt('unresolved', { description: 'Disagreements not resolved yet.' }),
  }),
});
