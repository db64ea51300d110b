// A date-derived question a case list's dates cannot settle for some files, with why.
import type { UnderivableQuestion } from '@scrutiny/domain';
import { builder } from '../../builder.ts';

const UnderivableReasonRef = builder.objectRef<UnderivableQuestion['reasons'][number]>('UnderivableReason').implement({
  fields: (t) => ({ reason: t.exposeString('reason'), files: t.exposeInt('files') }),
});

export const UnderivableQuestionRef = builder.objectRef<UnderivableQuestion>('UnderivableQuestion').implement({
  description:
    "A date-derived question that the list's dates cannot settle for some files: the assessor will be asked it instead.",
  fields: (t) => ({
    measureKey: t.exposeString('measureKey'),
    text: t.exposeString('text'),
    files: t.exposeInt('files', {
      description: 'Eligible files the question applies to whose dates cannot settle it.',
    }),
    applicable: t.exposeInt('applicable', { description: 'Eligible files the question applies to.' }),
    reasons: t.field({ type: [UnderivableReasonRef], resolve: (q) => q.reasons }),
  }),
});
