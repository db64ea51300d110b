// A follow-up inspection against its baseline, figure by figure, and how p-values are corrected for testing many
// figures at once. Comparing across framework versions adds framework-versions.ts.
import { builder } from '../../builder.ts';
import type { VersionedComparison } from '../../services/score-loader.ts';
import type { FigureOwner } from '../figure.ts';
import { FigureComparisonRef } from './figure-comparison.ts';
import { FigureNotComparedRef } from './figure-not-compared.ts';

export const CorrectionEnum = builder.enumType('MultipleComparisonCorrection', {
  description: 'How p-values are adjusted for testing many figures at once.',
  values: {
    HOLM: { description: 'Holm–Bonferroni: controls the chance of any false "significant" change.' },
    BENJAMINI_HOCHBERG: { description: 'Benjamini–Hochberg: controls the share of false discoveries.' },
    NONE: { description: 'No correction: each change tested on its own at 5%.' },
  } as const,
});

export const ComparisonRef = builder.objectRef<VersionedComparison & { owner: FigureOwner }>('Comparison').implement({
  description: 'A follow-up against its baseline, figure by figure.',
  fields: (t) => ({
    improved: t.exposeInt('improved', { description: 'Figures higher than the baseline as printed.' }),
    deteriorated: t.exposeInt('deteriorated', { description: 'Figures lower than the baseline as printed.' }),
    unchanged: t.exposeInt('unchanged', { description: 'Figures the same as the baseline as printed.' }),
    compared: t.exposeInt('compared', { description: 'Figures with a percentage on both sides, so compared.' }),
    correction: t.expose('correction', { type: CorrectionEnum, description: 'The correction applied to p-values.' }),
    alpha: t.exposeFloat('alpha', { description: 'The significance level the adjusted p-values are held to (0.05).' }),
    summary: t.exposeString('summary', {
      description: 'The report\'s sentence, e.g. "improvement against 12 of 17 figures".',
    }),
    figures: t.field({
      type: [FigureComparisonRef],
      description: "Each compared figure, in the framework's order.",
      resolve: (c) => c.figures.map((figure) => ({ ...figure, owner: c.owner })),
    }),
    notCompared: t.field({
      type: [FigureNotComparedRef],
      description:
        'Every figure of this inspection not compared (no percentage on one side, or none in the baseline), with the reason.',
      resolve: (c) => c.notCompared,
    }),
  }),
});
