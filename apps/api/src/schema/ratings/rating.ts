// One rating of a framework's rating model (e.g. Good, worth 2 points), and what every rating type carries along:
// the framework's model, so a rating key can be shown as its rating.
import type { Rating } from '@scrutiny/domain';
import { builder } from '../../builder.ts';
import type { VisibleRatings } from '../../services/score-loader.ts';

export type WithModel<T> = T & { model: VisibleRatings['framework'] };

export const RatingRef = builder.objectRef<Rating>('Rating').implement({
  description: 'One rating of the framework, e.g. Good from 65% of applicable case files, worth 2 points.',
  fields: (t) => ({
    key: t.exposeString('key'),
    label: t.exposeString('label'),
    from: t.exposeFloat('from', { description: 'The lowest key-question percentage (as published) rated so.' }),
    points: t.exposeInt('points', { description: 'What the rating adds to the overall score.' }),
  }),
});

export function ratingOf(framework: VisibleRatings['framework'], key: string | null | undefined): Rating | null {
  return framework.ratings?.ratings.find((rating) => rating.key === key) ?? null;
}
