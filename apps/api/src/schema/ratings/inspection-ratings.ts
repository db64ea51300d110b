// Ratings where the framework declares a rating model: per standard (computed, override with reason, effective),
// overall and per local unit.
import { builder } from '../../builder.ts';
import type { VisibleRatings } from '../../services/score-loader.ts';
import { OverallRatingRef } from './overall-rating.ts';
import { QuestionSetRef } from './question-set.ts';
import { RatingRef } from './rating.ts';
import { StandardRatingRef } from './standard-rating.ts';
import { UnitRatingsRef } from './unit-ratings.ts';

export const InspectionRatingsRef = builder.objectRef<VisibleRatings>('InspectionRatings').implement({
  description: "An inspection's ratings by its framework's rating model.",
  fields: (t) => ({
    questionSet: t.exposeString('questionSet'),
    questionSets: t.field({
      type: [QuestionSetRef],
      description: 'The core set first, then any adjusted sets.',
      resolve: (r) => [...(r.framework.ratings?.questionSets ?? [])],
    }),
    scale: t.field({
      type: [RatingRef],
      description: 'Every rating, lowest first.',
      resolve: (r) => [...(r.framework.ratings?.ratings ?? [])],
    }),
    standards: t.field({
      type: [StandardRatingRef],
      resolve: (r) => r.standards.map((s) => ({ ...s, model: r.framework })),
    }),
    overall: t.field({ type: OverallRatingRef, resolve: (r) => ({ ...r.overall, model: r.framework }) }),
    units: t.field({
      type: [UnitRatingsRef],
      description: 'Each local unit (the framework names the case fact), in order.',
      resolve: (r) => r.units.map((u) => ({ ...u, model: r.framework })),
    }),
  }),
});
