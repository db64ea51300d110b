// Where an area stands among the areas with a score on a criterion.
import { builder } from '../../builder.ts';

export const StandingRef = builder.objectRef<{ position: number; of: number }>('Standing').implement({
  description: 'Where an area stands among the areas with a score: 1 is the highest; scores that print alike share.',
  fields: (t) => ({ position: t.exposeInt('position'), of: t.exposeInt('of') }),
});
