// Which case files inspectors second-mark, and setting that plan.
import { type SecondMarkingPlan } from '@scrutiny/domain';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { setSecondMarkingPlan } from '../services/validation.ts';
import { COMMON_ERRORS } from './errors.ts';
import { CaseFileRef } from './case-file/type.ts';
import { InspectionRef } from './inspection/type.ts';

export const SecondMarkingPlanRef = builder.objectRef<SecondMarkingPlan>('SecondMarkingPlan').implement({
  description:
    'What the lead inspector chose to second-mark: all submitted files or a list, all applicable questions or a list.',
  fields: (t) => ({
    allCaseFiles: t.boolean({ resolve: (p) => p.caseFiles === null }),
    caseFileIds: t.idList({
      nullable: true,
      description: 'The chosen case files; null when all are second-marked.',
      resolve: (p) => p.caseFiles?.map((id) => encodeGlobalID('CaseFile', id)) ?? null,
    }),
    allQuestions: t.boolean({ resolve: (p) => p.questions === null }),
    measureKeys: t.stringList({
      nullable: true,
      description: 'The chosen questions; null when every applicable question is second-marked.',
      resolve: (p) => (p.questions ? [...p.questions] : null),
    }),
  }),
});

builder.mutationField('setSecondMarkingPlan', (t) =>
  t.fieldWithInput({
    type: SecondMarkingPlanRef,
    description:
      'The lead inspector chooses which case files and which questions are second-marked (omit a list for all); agreement is given over what is marked.',
    errors: { types: COMMON_ERRORS },
    input: {
      inspectionId: t.input.globalID({ required: true, for: [InspectionRef] }),
      caseFileIds: t.input.globalIDList({ for: [CaseFileRef], description: 'Omit for every submitted file.' }),
      measureKeys: t.input.stringList({
        validate: z.array(z.string().min(1).max(200)).max(1000),
        description: 'Omit for every applicable question.',
      }),
    },
    resolve: async (_root, { input }, ctx) =>
      setSecondMarkingPlan(ctx.prisma, ctx.frameworks, ctx.viewer, input.inspectionId.id, {
        caseFiles: input.caseFileIds ? input.caseFileIds.map((g) => g.id) : null,
        questions: input.measureKeys ?? null,
      }),
  }),
);
