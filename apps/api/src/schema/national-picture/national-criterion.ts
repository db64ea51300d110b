// One criterion across a group of comparable areas: median, range, pooled figures and an area's standing.
import { builder } from '../../builder.ts';
import { standingOfArea, type NationalCriterion } from '../../services/national-picture.ts';
import { StandingRef } from './standing.ts';

export const NationalCriterionRef = builder.objectRef<NationalCriterion>('NationalCriterion').implement({
  description: 'One criterion across the latest published inspections of one group of comparable areas.',
  fields: (t) => ({
    code: t.exposeString('code'),
    title: t.exposeString('title'),
    areas: t.exposeInt('areas', { description: 'Areas with a score (areas with nothing applicable are left out).' }),
    median: t.exposeFloat('median', { nullable: true }),
    lowest: t.exposeFloat('lowest', { nullable: true }),
    highest: t.exposeFloat('highest', { nullable: true }),
    pooledMet: t.int({ nullable: true, resolve: (c) => c.pooled?.met ?? null }),
    pooledApplicable: t.int({
      nullable: true,
      description: "Every area's applicable cases together; null unless every area's counts are known.",
      resolve: (c) => c.pooled?.applicable ?? null,
    }),
    pooledPercentage: t.float({ nullable: true, resolve: (c) => c.pooled?.percentage ?? null }),
    standing: t.field({
      type: StandingRef,
      nullable: true,
      description: 'Where the area stands on this criterion within the group; null when it has no score in the group.',
      args: { areaCode: t.arg.string({ required: true }) },
      resolve: (c, { areaCode }) => standingOfArea(c, areaCode),
    }),
  }),
});
