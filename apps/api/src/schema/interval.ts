// A 95% interval of a percentage or of a change.
import type { Interval } from '@scrutiny/domain';
import { builder } from '../builder.ts';

export const IntervalRef = builder.objectRef<Interval>('Interval').implement({
  description: 'A 95% interval, in percentage points.',
  fields: (t) => ({
    low: t.exposeFloat('low', { description: 'Lower bound, in percent (0–100).' }),
    high: t.exposeFloat('high', { description: 'Upper bound, in percent (0–100).' }),
  }),
});
