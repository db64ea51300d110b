// One question of a case file's second marking: where it stands, the inspector's marking once compared.
import type { Validation } from '@scrutiny/db';
import { builder } from '../builder.ts';
import { AnswerStatusEnum } from './case-file/case-file-question.ts';
import { ValidationRef } from './validation.ts';

export const SecondMarkingStateEnum = builder.enumType('SecondMarkingState', {
  values: {
    NOT_CHOSEN: { description: 'Not among the case files the lead inspector chose for second marking.' },
    NOT_READY: { description: 'The assessor has not submitted the file yet.' },
    NOT_STARTED: {},
    IN_PROGRESS: { description: 'Being marked blind.' },
    TO_RESOLVE: { description: 'Compared; some disagreements are not resolved yet.' },
    DONE: { description: 'Compared, and every disagreement resolved.' },
  } as const,
});

export interface SecondMarkingQuestionShape {
  measureKey: string;
  criterion: string;
  text: string;
  answerSet: string;
  status: 'NOT_ASKED' | 'NOT_APPLICABLE' | 'UNANSWERED' | 'MET' | 'NOT_MET';
  toMark: boolean;
  derivation: string | null;
  derivedHolds: boolean | null;
  validation: Validation | null;
}

export const SecondMarkingQuestionRef = builder
  .objectRef<SecondMarkingQuestionShape>('SecondMarkingQuestion')
  .implement({
    description:
      "A question as the validating inspector sees it: asked or not by the case's facts, settled or not by its dates, and never the assessor's answer.",
    fields: (t) => ({
      measureKey: t.exposeString('measureKey'),
      criterion: t.exposeString('criterion'),
      text: t.exposeString('text'),
      answerSet: t.exposeString('answerSet'),
      status: t.expose('status', {
        type: AnswerStatusEnum,
        description: 'From the facts and dates alone: NOT_ASKED, MET or NOT_MET by the dates, else UNANSWERED.',
      }),
      toMark: t.exposeBoolean('toMark', {
        description:
          'Asked, not settled by the dates, and chosen by the second-marking plan (file and question): the inspector marks it.',
      }),
      derivation: t.exposeString('derivation', { nullable: true }),
      derivedHolds: t.exposeBoolean('derivedHolds', { nullable: true }),
      validation: t.field({ type: ValidationRef, nullable: true, resolve: (q) => q.validation }),
    }),
  });
