// A criterion of a framework, scored from its measures.
import type { Criterion } from '@scrutiny/domain';
import { builder } from '../../builder.ts';

export const CriterionRef = builder.objectRef<Criterion>('Criterion').implement({
  fields: (t) => ({
    code: t.exposeString('code'),
    section: t.exposeString('section'),
    title: t.exposeString('title'),
    description: t.exposeString('description'),
    scoringRule: t.string({ resolve: (c) => c.scoring.kind }),
    tags: t.stringList({ resolve: (c) => [...c.tags] }),
  }),
});
