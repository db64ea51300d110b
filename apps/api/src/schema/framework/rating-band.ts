// A band a framework rates scores in.
import type { RatingBand } from '@scrutiny/domain';
import { builder } from '../../builder.ts';

export const RatingBandRef = builder.objectRef<RatingBand>('RatingBand').implement({
  description: 'A band the framework rates scores in, starting at `from` percent.',
  fields: (t) => ({ from: t.exposeFloat('from'), label: t.exposeString('label') }),
});
