// A figure left out of a comparison because the baseline used another framework version.
import type { NotComparable } from '@scrutiny/domain';
import { builder } from '../../builder.ts';
import { FigureKindEnum } from '../figure.ts';

export const NotComparableFigureRef = builder.objectRef<NotComparable>('NotComparableFigure').implement({
  description: 'A figure left out of the comparison because the baseline used another framework version.',
  fields: (t) => ({
    kind: t.expose('kind', { type: FigureKindEnum }),
    key: t.exposeString('key'),
    reason: t.exposeString('reason'),
  }),
});
