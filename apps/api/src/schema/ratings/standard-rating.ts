// A standard's rating: computed from its lowest key question, or overridden with a reason.
import type { StandardRating } from '@scrutiny/domain';
import { builder } from '../../builder.ts';
import { KeyQuestionRatingRef } from './key-question-rating.ts';
import { RatingRef, ratingOf, type WithModel } from './rating.ts';
import { RatingOverrideRef } from './rating-override.ts';

export const StandardRatingRef = builder.objectRef<WithModel<StandardRating>>('StandardRating').implement({
  description: 'A standard rated by its lowest key question, unless an inspector overrode it with a reason.',
  fields: (t) => ({
    code: t.exposeString('code'),
    title: t.string({ resolve: (s) => s.model.criteria.find((c) => c.code === s.code)?.title ?? s.code }),
    computed: t.field({
      type: RatingRef,
      nullable: true,
      description: "The lowest key question's rating; null when none had an applicable case file.",
      resolve: (s) => ratingOf(s.model, s.computed),
    }),
    lowestKeyQuestion: t.exposeString('lowestKeyQuestion', { nullable: true }),
    override: t.field({
      type: RatingOverrideRef,
      nullable: true,
      resolve: (s) => (s.override ? { ...s.override, model: s.model } : null),
    }),
    effective: t.field({
      type: RatingRef,
      nullable: true,
      description: 'The override where there is one, else the computed rating.',
      resolve: (s) => ratingOf(s.model, s.effective),
    }),
    keyQuestions: t.field({
      type: [KeyQuestionRatingRef],
      resolve: (s) => s.keyQuestions.map((q) => ({ ...q, model: s.model })),
    }),
  }),
});
