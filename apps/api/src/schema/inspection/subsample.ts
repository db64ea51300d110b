// A part of an inspection's sample reported on its own.
import { builder } from '../../builder.ts';

export const SubsampleRef = builder.objectRef<{ key: string; label: string }>('Subsample').implement({
  description: 'A part of the sample reported on its own, e.g. the cases with a high risk of harm.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Pass it as `subsample:` to criterionScores and measureResults.' }),
    label: t.exposeString('label', { description: 'How the report names it.' }),
  }),
});
