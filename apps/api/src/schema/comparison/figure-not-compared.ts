// A figure left out of a comparison, with why.
import type { NotCompared } from '@scrutiny/domain';
import { builder } from '../../builder.ts';
import { FigureKindEnum } from '../figure.ts';

export const FigureNotComparedRef = builder.objectRef<NotCompared>('FigureNotCompared').implement({
  description: 'A figure of this inspection left out of the comparison, with why: never dropped silently.',
  fields: (t) => ({
    kind: t.expose('kind', { type: FigureKindEnum }),
    key: t.exposeString('key'),
    subsample: t.exposeString('subsample'),
    reason: t.exposeString('reason', { description: 'Why it was not compared, in words.' }),
  }),
});
