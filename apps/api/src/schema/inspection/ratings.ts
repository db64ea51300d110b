import { InspectionRatingsRef } from '../ratings/inspection-ratings.ts';
import { builder } from '../../builder.ts';
import { InspectionRef } from './type.ts';

builder.objectField(InspectionRef, 'ratings', (t) =>
  t.field({
    type: InspectionRatingsRef,
    nullable: true,
    description: 'Ratings where the framework gives them (frozen at publication); null where it gives none (ESI).',
    args: { questionSet: t.arg.string({ description: 'A question set key; the core set when omitted.' }) },
    resolve: async (inspection, { questionSet }, ctx) => {
      const ratings = await ctx.scores.ratings(inspection.id, questionSet ?? null);
      if (ratings && questionSet && !ratings.framework.ratings?.questionSets.some((s) => s.key === questionSet))
        return null;
      return ratings;
    },
  }),
);
