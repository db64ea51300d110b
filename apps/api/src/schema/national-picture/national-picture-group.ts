// Areas whose latest published inspections are comparable, and each criterion across them only.
import { builder } from '../../builder.ts';
import type { NationalPictureGroup } from '../../services/national-picture.ts';
import { ComparisonBasisRef } from '../comparison-basis.ts';
import { NationalCriterionRef } from './national-criterion.ts';
import { NationalPictureAreaRef } from './national-picture-area.ts';

export const NationalPictureGroupRef = builder.objectRef<NationalPictureGroup>('NationalPictureGroup').implement({
  description:
    'Areas whose latest published inspections are comparable (same framework version, kind, question set and method), and each criterion across them only.',
  fields: (t) => ({
    basis: t.field({ type: ComparisonBasisRef, resolve: (g) => g.basis }),
    heading: t.exposeString('heading', { description: 'What every inspection of the group has in common, in words.' }),
    apartBecause: t.exposeStringList('apartBecause', {
      description: 'Why this group stands apart from the first (largest) group; empty for the first.',
    }),
    ofAreas: t.exposeInt('ofAreas', { description: 'Every area, with or without a published inspection.' }),
    areas: t.field({ type: [NationalPictureAreaRef], resolve: (g) => g.areas }),
    criteria: t.field({
      type: [NationalCriterionRef],
      description: "Each criterion across this group's areas only: never ranked with another group's.",
      resolve: (g) => g.criteria,
    }),
  }),
});
