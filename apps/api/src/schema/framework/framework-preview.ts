// An uploaded framework as it would be published.
import { builder } from '../../builder.ts';
import type { FrameworkPreview } from '../../services/framework-files.ts';
import { AnswerSetRef } from './answer-set.ts';
import { CriterionRef } from './criterion.ts';
import { FrameworkChangesRef } from './framework-changes.ts';
import { SectionRef } from './framework-section.ts';
import { MeasureRef } from './measure.ts';

export const FrameworkPreviewRef = builder.objectRef<FrameworkPreview>('FrameworkPreview').implement({
  description: 'An uploaded framework as it would be published.',
  fields: (t) => ({
    key: t.string({ resolve: (p) => p.definition.key }),
    version: t.string({ resolve: (p) => p.definition.version }),
    title: t.string({ resolve: (p) => p.definition.title }),
    description: t.string({ resolve: (p) => p.definition.description }),
    definition: t.field({ type: 'JSON', description: 'The whole framework definition.', resolve: (p) => p.definition }),
    sections: t.field({ type: [SectionRef], resolve: (p) => [...p.definition.sections] }),
    criteria: t.field({ type: [CriterionRef], resolve: (p) => [...p.definition.criteria] }),
    measures: t.field({ type: [MeasureRef], resolve: (p) => [...p.definition.measures] }),
    answerSets: t.field({ type: [AnswerSetRef], resolve: (p) => [...p.definition.answerSets] }),
    changes: t.field({ type: FrameworkChangesRef, nullable: true, resolve: (p) => p.changes }),
    storedAlready: t.exposeBoolean('storedAlready', { description: 'This key and version is stored already.' }),
    usedByInspections: t.exposeInt('usedByInspections', {
      description: 'Inspections on the stored version of this key and version: if any, it can never change.',
    }),
  }),
});
