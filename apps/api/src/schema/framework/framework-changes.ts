// What changed in an uploaded framework since an earlier version of it: questions reworded, moved and declared
// comparable.
import type { FrameworkChanges } from '@scrutiny/plugin-sdk';
import { builder } from '../../builder.ts';

const RewordingRef = builder.objectRef<FrameworkChanges['reworded'][number]>('QuestionRewording').implement({
  fields: (t) => ({ key: t.exposeString('key'), before: t.exposeString('before'), after: t.exposeString('after') }),
});
const MoveRef = builder.objectRef<FrameworkChanges['moved'][number]>('QuestionMove').implement({
  fields: (t) => ({
    key: t.exposeString('key'),
    fromCriterion: t.exposeString('fromCriterion'),
    toCriterion: t.exposeString('toCriterion'),
  }),
});
const ComparableRef = builder.objectRef<FrameworkChanges['comparable'][number]>('ComparableQuestion').implement({
  fields: (t) => ({ key: t.exposeString('key'), earlierKey: t.exposeString('earlierKey') }),
});
export const FrameworkChangesRef = builder.objectRef<FrameworkChanges>('FrameworkChanges').implement({
  description: 'What changed since an earlier version of the same framework.',
  fields: (t) => ({
    fromVersion: t.exposeString('fromVersion'),
    added: t.exposeStringList('added', { description: 'Question keys new in this version.' }),
    removed: t.exposeStringList('removed', { description: 'Question keys of the earlier version this one lacks.' }),
    reworded: t.field({ type: [RewordingRef], resolve: (c) => c.reworded }),
    moved: t.field({ type: [MoveRef], resolve: (c) => c.moved }),
    comparable: t.field({
      type: [ComparableRef],
      description: 'The comparability this version declares with the earlier one.',
      resolve: (c) => c.comparable,
    }),
    notComparable: t.exposeStringList('notComparable', {
      description: "The earlier version's questions left out of comparisons across the two versions.",
    }),
  }),
});
