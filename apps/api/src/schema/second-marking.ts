// An inspector's second marking of one case file, and comparing it with the assessor's answers.
import { builder } from '../builder.ts';
import { compareSecondMarking } from '../services/validation.ts';
import { COMMON_ERRORS } from './errors.ts';
import { CaseFileRef } from './case-file/type.ts';
import {
  SecondMarkingStateEnum,
  type SecondMarkingQuestionShape,
  SecondMarkingQuestionRef,
} from './second-marking-question.ts';

export interface SecondMarkingShape {
  state: string;
  questions: number;
  marked: number;
  compared: boolean;
  disagreements: number;
  unresolved: number;
  markedBy: string | null;
  items: SecondMarkingQuestionShape[];
}

export const SecondMarkingRef = builder.objectRef<SecondMarkingShape>('SecondMarking').implement({
  description: "A case file's validation: blind marking, then comparison with the assessor's answers.",
  fields: (t) => ({
    state: t.field({ type: SecondMarkingStateEnum, resolve: (m) => m.state as 'NOT_STARTED' }),
    questionCount: t.exposeInt('questions', { description: 'Questions to mark.' }),
    markedCount: t.exposeInt('marked'),
    compared: t.exposeBoolean('compared'),
    disagreementCount: t.exposeInt('disagreements'),
    unresolvedCount: t.exposeInt('unresolved'),
    markedBy: t.exposeString('markedBy', { nullable: true, description: 'The inspector second-marking the file.' }),
    questions: t.field({ type: [SecondMarkingQuestionRef], resolve: (m) => m.items }),
  }),
});

builder.mutationField('compareSecondMarking', (t) =>
  t.fieldWithInput({
    type: CaseFileRef,
    description:
      "Ends the blind second marking of a case file (every question marked) and shows the assessor's answers beside it; the marking is fixed from then.",
    errors: { types: COMMON_ERRORS },
    input: { caseFileId: t.input.globalID({ required: true, for: [CaseFileRef] }) },
    resolve: async (_root, { input }, ctx) => {
      await compareSecondMarking(ctx.prisma, ctx.frameworks, ctx.viewer, input.caseFileId.id);
      return ctx.prisma.caseFile.findUniqueOrThrow({ where: { id: input.caseFileId.id } });
    },
  }),
);
