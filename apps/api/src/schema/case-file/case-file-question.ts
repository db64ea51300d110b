// A framework question as it stands for one case file, and the status of its answer.
import type { AnswerStatus } from '@scrutiny/domain';
import { builder } from '../../builder.ts';

export const AnswerStatusEnum = builder.enumType('AnswerStatus', {
  values: {
    NOT_ASKED: {
      description: 'The question does not apply to this case by its facts; it is not asked and never counted.',
    },
    NOT_APPLICABLE: { description: 'Answered not applicable, with a reason: out of the denominator.' },
    UNANSWERED: {},
    MET: {},
    NOT_MET: {},
  } as const,
});

export interface CaseFileQuestion {
  measureKey: string;
  criterion: string;
  text: string;
  answerSet: string;
  status: AnswerStatus;
  value: string | null;
  derivedHolds: boolean | null;
  derivation: string | null;
  prompts: readonly string[];
}

export const CaseFileQuestionRef = builder.objectRef<CaseFileQuestion>('CaseFileQuestion').implement({
  description: "A framework question as it stands for one case file: asked or not by the file's facts, and its answer.",
  fields: (t) => ({
    measureKey: t.exposeString('measureKey'),
    criterion: t.exposeString('criterion'),
    text: t.exposeString('text'),
    answerSet: t.exposeString('answerSet'),
    status: t.expose('status', { type: AnswerStatusEnum }),
    value: t.exposeString('value', { nullable: true }),
    derivedHolds: t.exposeBoolean('derivedHolds', { nullable: true }),
    derivation: t.exposeString('derivation', { nullable: true, description: 'How the answer was derived from dates.' }),
    prompts: t.stringList({
      description: 'Prompts to weigh before answering (guidance only); empty where the framework gives none.',
      resolve: (q) => [...q.prompts],
    }),
  }),
});
