// A section of a framework, grouping its criteria.
import type { Section } from '@scrutiny/domain';
import { builder } from '../../builder.ts';

export const SectionRef = builder.objectRef<Section>('FrameworkSection').implement({
  fields: (t) => ({ code: t.exposeString('code'), title: t.exposeString('title') }),
});
