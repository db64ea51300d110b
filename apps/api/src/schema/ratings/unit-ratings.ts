// A local unit's ratings, from its own case files.
import { builder } from '../../builder.ts';
import type { VisibleRatings } from '../../services/score-loader.ts';
import { OverallRatingRef } from './overall-rating.ts';
import type { WithModel } from './rating.ts';
import { StandardRatingRef } from './standard-rating.ts';

export const UnitRatingsRef = builder.objectRef<WithModel<VisibleRatings['units'][number]>>('UnitRatings').implement({
  description: "A local unit's ratings from its own case files; they roll up to the region (the whole sample).",
  fields: (t) => ({
    unit: t.exposeString('unit'),
    caseFiles: t.exposeInt('caseFiles'),
    withheld: t.exposeBoolean('withheld', {
      description: 'Fewer than 5 case files: withheld from public outputs, so standards and overall are empty.',
    }),
    standards: t.field({
      type: [StandardRatingRef],
      resolve: (u) => (u.withheld ? [] : u.ratings.standards.map((s) => ({ ...s, model: u.model }))),
    }),
    overall: t.field({
      type: OverallRatingRef,
      nullable: true,
      resolve: (u) => (u.withheld ? null : { ...u.ratings.overall, model: u.model }),
    }),
  }),
});
