// The overall rating, from the sum of the standards' points.
import type { OverallRating } from '@scrutiny/domain';
import { builder } from '../../builder.ts';
import { RatingRef, ratingOf, type WithModel } from './rating.ts';

export const OverallRatingRef = builder.objectRef<WithModel<OverallRating>>('OverallRating').implement({
  description: "The overall rating from the sum of the standards' points, by the framework's thresholds.",
  fields: (t) => ({
    points: t.exposeInt('points', { nullable: true }),
    rating: t.field({ type: RatingRef, nullable: true, resolve: (o) => ratingOf(o.model, o.rating) }),
    reason: t.exposeString('reason', { nullable: true, description: 'Why there is no overall rating.' }),
  }),
});
