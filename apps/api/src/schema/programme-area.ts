// One area in a programme year: where it stands in the three-year cycle, its inspections and follow-up.
import { type CycleStanding, type FollowUpDue } from '@scrutiny/domain';
import type { Area, Inspection } from '@scrutiny/db';
import { builder } from '../builder.ts';
import { AreaRef } from './area/type.ts';
import { InspectionRef } from './inspection/type.ts';
import { ProgrammeFollowUpRef } from './programme-follow-up.ts';

const CycleStandingEnum = builder.enumType('CycleStanding', {
  description: 'Where an area stands in the three-year inspection cycle in a programme year.',
  values: {
    PLANNED: { description: 'An inspection is planned for this year or later.' },
    INSPECTED: { description: 'Inspected within the last three years.' },
    OVERDUE: { description: 'Last inspected three or more years ago, and nothing planned.' },
    NOT_PLANNED: { description: 'Never inspected, and nothing planned.' },
  } as const,
});

export interface ProgrammeArea {
  area: Area;
  standing: CycleStanding;
  followUp: FollowUpDue | null;
  lastInspectedYear: number | null;
  thisYear: Inspection[];
  sharesYearWith: Area[];
}

export const ProgrammeAreaRef = builder.objectRef<ProgrammeArea>('ProgrammeArea').implement({
  fields: (t) => ({
    area: t.field({ type: AreaRef, resolve: (row) => row.area }),
    standing: t.field({ type: CycleStandingEnum, resolve: (row) => row.standing }),
    lastInspectedYear: t.int({ nullable: true, resolve: (row) => row.lastInspectedYear }),
    followUp: t.field({
      type: ProgrammeFollowUpRef,
      nullable: true,
      description: 'The follow-up it is due in the year (packages/domain programme/follow-up.ts), if any.',
      resolve: (row) => row.followUp,
    }),
    inspections: t.field({
      type: [InspectionRef],
      description: 'Its inspections in the programme year.',
      resolve: (row) => row.thisYear,
    }),
    sharesYearWith: t.field({
      type: [AreaRef],
      description: 'The other areas of its comparison group with an inspection in the same year.',
      resolve: (row) => row.sharesYearWith,
    }),
  }),
});
