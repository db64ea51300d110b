// A measure of a framework: a question asked of each case file it applies to.
import type { Measure } from '@scrutiny/domain';
import { builder } from '../../builder.ts';

export const MeasureRef = builder.objectRef<Measure>('Measure').implement({
  description: 'A question asked of each case file it applies to.',
  fields: (t) => ({
    key: t.exposeString('key'),
    criterion: t.exposeString('criterion'),
    text: t.exposeString('text'),
    answerSet: t.exposeString('answerSet'),
    applicability: t.field({
      type: 'JSON',
      description: 'The condition on case facts under which it is asked.',
      resolve: (m) => m.applicability,
    }),
    derivation: t.field({ type: 'JSON', nullable: true, resolve: (m) => m.derivation ?? null }),
    tags: t.stringList({ resolve: (m) => [...m.tags] }),
    prompts: t.stringList({
      description: 'Prompts the assessor weighs before answering: guidance, not scored on their own.',
      resolve: (m) => [...(m.prompts ?? [])],
    }),
  }),
});
