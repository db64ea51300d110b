// How much of one kind of personal data an erasure removed.
import { builder } from '../../builder.ts';

export interface ErasedCount {
  kind: string;
  label: string;
  count: number;
}

export const ErasedCountRef = builder.objectRef<ErasedCount>('ErasedCount').implement({
  description: 'How much of one kind of personal data an erasure removed.',
  fields: (t) => ({
    kind: t.exposeString('kind', { description: 'caseFiles, answerComments, validationComments, ...' }),
    label: t.exposeString('label'),
    count: t.exposeInt('count'),
  }),
});
