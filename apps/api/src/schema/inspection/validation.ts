import { AgreementReportRef } from '../agreement-report.ts';
import { SecondMarkingPlanRef } from '../second-marking-plan.ts';
import { readSecondMarkingPlan } from '@scrutiny/domain';
import { builder } from '../../builder.ts';
import { runsInspection } from '../../access/checks.ts';
import { inspectionAgreement } from '../../services/validation.ts';
import { InspectionRef } from './type.ts';

builder.objectField(InspectionRef, 'secondMarkingPlan', (t) =>
  t.field({
    type: SecondMarkingPlanRef,
    nullable: true,
    description: 'Which files and questions are second-marked: for the team only.',
    resolve: async (inspection, _args, ctx) => {
      if (!(await runsInspection(ctx.prisma, ctx.viewer, inspection.id))) return null;
      const stored = await ctx.prisma.inspection.findUnique({
        where: { id: inspection.id },
        select: { secondMarkingPlan: true },
      });
      return readSecondMarkingPlan(stored?.secondMarkingPlan);
    },
  }),
);

builder.objectField(InspectionRef, 'agreement', (t) =>
  t.field({
    type: AgreementReportRef,
    nullable: true,
    description: 'Inter-rater agreement over validated (second-marked) answers: for the team only.',
    resolve: async (inspection, _args, ctx) => {
      if (!(await runsInspection(ctx.prisma, ctx.viewer, inspection.id))) return null;
      const figures = await inspectionAgreement(ctx.prisma, ctx.frameworks, inspection);
      const order = [...figures.measureLabels.keys()];
      return {
        plan: figures.plan,
        overall: figures.report.overall,
        byMeasure: Object.entries(figures.report.byMeasure)
          .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
          .map(([key, a]) => ({ key, label: figures.measureLabels.get(key) ?? key, ...a })),
        byAssessor: Object.entries(figures.report.byAssessor)
          .map(([key, a]) => ({ key, label: figures.assessorLabels.get(key) ?? key, ...a }))
          .sort((a, b) => a.label.localeCompare(b.label)),
        caseFiles: figures.caseFiles,
        disagreements: figures.disagreements,
        unresolved: figures.unresolved,
      };
    },
  }),
);
