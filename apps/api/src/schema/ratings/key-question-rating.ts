// A key question's rating, from its percentage of applicable case files.
import type { StandardRating } from '@scrutiny/domain';
import { builder } from '../../builder.ts';
import { MeasureRef } from '../framework/measure.ts';
import { RatingRef, ratingOf, type WithModel } from './rating.ts';

export const KeyQuestionRatingRef = builder
  .objectRef<WithModel<StandardRating['keyQuestions'][number]>>('KeyQuestionRating')
  .implement({
    description:
      "A key question's rating from its percentage of applicable case files; its figures are on measureResults.",
    fields: (t) => ({
      key: t.exposeString('key'),
      measure: t.field({
        type: MeasureRef,
        resolve: (q) => q.model.measures.find((measure) => measure.key === q.key)!,
      }),
      rating: t.field({
        type: RatingRef,
        nullable: true,
        description: 'Null when no case file was applicable.',
        resolve: (q) => ratingOf(q.model, q.rating),
      }),
    }),
  });
