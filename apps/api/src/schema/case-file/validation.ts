import { SecondMarkingRef, type SecondMarkingShape } from '../second-marking.ts';
import { effectiveAnswer, readSecondMarkingPlan, type CaseFacts } from '@scrutiny/domain';
import { builder } from '../../builder.ts';
import { readsSecondMarkings } from '../../access/second-marking.ts';
import { runsInspection } from '../../access/checks.ts';
import { summariseSecondMarking, questionsToMark } from '../../services/validation.ts';

builder.prismaObjectField('CaseFile', 'validations', (t) =>
  t.relation('validations', {
    description: "An inspector's second marking; hidden from the file's assessor.",
    query: (_args, ctx) => ({
      where: readsSecondMarkings(ctx.viewer) ? {} : { id: { in: [] } },
      orderBy: { measureKey: 'asc' },
    }),
  }),
);

builder.prismaObjectFields('CaseFile', (t) => ({
  secondMarking: t.field({
    type: SecondMarkingRef,
    nullable: true,
    description: 'Validation of this file: for inspectors of the team and chief inspectors only.',
    select: {
      id: true,
      facts: true,
      status: true,
      inspectionId: true,
      inspection: { select: { frameworkId: true, secondMarkingPlan: true } },
      validations: { include: { inspector: { select: { name: true } } } },
    },
    resolve: async (file, _args, ctx): Promise<SecondMarkingShape | null> => {
      if (!(await runsInspection(ctx.prisma, ctx.viewer, file.inspectionId))) return null;
      const framework = await ctx.frameworks.definition(file.inspection.frameworkId);
      const facts = file.facts as unknown as CaseFacts;
      const plan = readSecondMarkingPlan(file.inspection.secondMarkingPlan);
      const summary = summariseSecondMarking(
        framework,
        { id: file.id, facts, status: file.status },
        file.validations,
        plan,
      );
      const toMark = new Set(questionsToMark(framework, facts, plan, file.id));
      const byMeasure = new Map(file.validations.map((v) => [v.measureKey, v]));
      return {
        ...summary,
        markedBy: file.validations[0]?.inspector.name ?? null,
        items: framework.measures.map((measure) => {
          // No given answer: what the facts and dates alone say, so nothing of the assessor's shows.
          const blind = effectiveAnswer(framework, measure.key, facts, undefined);
          return {
            measureKey: measure.key,
            criterion: measure.criterion,
            text: measure.text,
            answerSet: measure.answerSet,
            status: blind.status,
            toMark: toMark.has(measure.key),
            derivation: blind.derived?.explanation ?? null,
            derivedHolds: blind.derived?.holds ?? null,
            validation: byMeasure.get(measure.key) ?? null,
          };
        }),
      };
    },
  }),
}));
