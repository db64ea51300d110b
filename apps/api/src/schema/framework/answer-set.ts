// A framework's set of answers a question may take, and each option in it.
import type { AnswerSet } from '@scrutiny/domain';
import { builder } from '../../builder.ts';

const AnswerOptionRef = builder.objectRef<AnswerSet['options'][number]>('AnswerOption').implement({
  fields: (t) => ({ value: t.exposeString('value'), label: t.exposeString('label'), meets: t.exposeBoolean('meets') }),
});
export const AnswerSetRef = builder.objectRef<AnswerSet>('AnswerSet').implement({
  fields: (t) => ({
    key: t.exposeString('key'),
    options: t.field({ type: [AnswerOptionRef], resolve: (s) => [...s.options] }),
  }),
});
