// The national picture: every area's latest published scores on a framework, and each criterion across the areas.
// Published aggregates only, so anyone may read it.
import { HIGH_RISK_OF_HARM, WHOLE_SAMPLE } from '@scrutiny/domain';
import { builder } from '../../builder.ts';
import type { NationalPicture } from '../../services/national-picture.ts';
import { NationalPictureAreaRef } from './national-picture-area.ts';
import { NationalPictureGroupRef } from './national-picture-group.ts';

const NationalPictureRef = builder.objectRef<NationalPicture>('NationalPicture').implement({
  description: "Every area's latest published scores on one framework, and each criterion across the areas.",
  fields: (t) => ({
    frameworkKey: t.exposeString('frameworkKey'),
    subsample: t.exposeString('subsample'),
    areas: t.field({ type: [NationalPictureAreaRef], resolve: (p) => p.areas }),
    groups: t.field({
      type: [NationalPictureGroupRef],
      description:
        'Comparable inspections together, the largest group first; each criterion is summed up within a group.',
      resolve: (p) => p.groups,
    }),
  }),
});

builder.queryField('nationalPicture', (t) =>
  t.field({
    type: NationalPictureRef,
    description:
      "Every area's latest published inspection on a framework, with each criterion across the areas: published figures only.",
    args: {
      frameworkKey: t.arg.string({ required: true, description: 'The framework, e.g. esi.' }),
      subsample: t.arg.string({
        defaultValue: 'ALL',
        description: `'ALL' or a subsample key such as ${HIGH_RISK_OF_HARM.key}.`,
      }),
    },
    resolve: async (_root, { frameworkKey, subsample }, ctx) => {
      // Kept per process until the next publication (or change of an area): see services/kept-national-pictures.ts.
      return ctx.nationalPictures.picture(frameworkKey, subsample ?? WHOLE_SAMPLE);
    },
  }),
);
