// Comparing across framework versions: which version the baseline used, and the figures that could not be compared.
import { builder } from '../../builder.ts';
import { NotComparableFigureRef } from './not-comparable-figure.ts';
import { ComparisonRef } from './type.ts';

builder.objectFields(ComparisonRef, (t) => ({
  baselineFrameworkVersion: t.string({
    description: "The framework version the baseline was inspected on (its key and version, e.g. 'esi@2005').",
    resolve: (c) => `${c.baselineFramework.key}@${c.baselineFramework.version}`,
  }),
  notComparable: t.field({
    type: [NotComparableFigureRef],
    description: 'Figures not compared, with why (empty when both inspections used the same version).',
    resolve: (c) => c.notComparable,
  }),
}));
