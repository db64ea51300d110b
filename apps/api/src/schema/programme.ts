// The year's programme of inspections (issue 12): every area against the three-year cycle (packages/domain
// programme/cycle.ts), the inspections of the year with their lead, and the areas of a comparison group visited in
// the same year. For the inspectorate's staff; planning one is createInspection (workflow.ts), with its quarter.
import {
  cycleStanding,
  followUpDue,
  type CycleStanding,
  type FollowUpDue,
  type InspectionForFollowUp,
} from '@scrutiny/domain';
import type { Area, Inspection } from '@scrutiny/db';
import { builder } from '../builder.ts';
import { seesProgramme } from '../access/roles.ts';
import { ForbiddenError, UnauthenticatedError } from '../services/errors.ts';
import { AreaRef } from './area/type.ts';
import { InspectionRef } from './inspection/type.ts';

const CycleStandingEnum = builder.enumType('CycleStanding', {
  description: 'Where an area stands in the three-year inspection cycle in a programme year.',
  values: {
    PLANNED: { description: 'An inspection is planned for this year or later.' },
    INSPECTED: { description: 'Inspected within the last three years.' },
    OVERDUE: { description: 'Last inspected three or more years ago, and nothing planned.' },
    NOT_PLANNED: { description: 'Never inspected, and nothing planned.' },
  } as const,
});

const FollowUpStandingEnum = builder.enumType('FollowUpStanding', {
  description:
    'Where an area stands on the follow-up of an inspection that raised concerns (published with recommendations).',
  values: {
    DUE: { description: 'Due in this programme year: the year after the inspection.' },
    OVERDUE: { description: 'Its year has passed with no follow-up under way.' },
    PLANNED: { description: 'A follow-up of the inspection is planned.' },
  } as const,
});

const ProgrammeFollowUpRef = builder.objectRef<FollowUpDue>('ProgrammeFollowUp').implement({
  description: 'A follow-up an area is due: a year after an inspection that raised concerns.',
  fields: (t) => ({
    standing: t.field({ type: FollowUpStandingEnum, resolve: (due) => due.standing }),
    dueYear: t.exposeInt('dueYear'),
    inspection: t.prismaField({
      type: 'Inspection',
      description: 'The inspection that raised concerns, which the follow-up follows up.',
      resolve: (query, due, _args, ctx) =>
        ctx.prisma.inspection.findUniqueOrThrow({ ...query, where: { id: due.inspectionId } }),
    }),
  }),
});

interface ProgrammeArea {
  area: Area;
  standing: CycleStanding;
  followUp: FollowUpDue | null;
  lastInspectedYear: number | null;
  thisYear: Inspection[];
  sharesYearWith: Area[];
}

const ProgrammeAreaRef = builder.objectRef<ProgrammeArea>('ProgrammeArea').implement({
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

const ProgrammeRef = builder.objectRef<{ year: number; areas: ProgrammeArea[] }>('Programme').implement({
  description: "A year's programme of inspections.",
  fields: (t) => ({
    year: t.exposeInt('year'),
    areas: t.field({
      type: [ProgrammeAreaRef],
      description: 'Every area not retired, by name.',
      resolve: (p) => p.areas,
    }),
    inspections: t.prismaField({
      type: [InspectionRef],
      description: 'The inspections of the year, by quarter then area.',
      resolve: (query, p, _args, ctx) =>
        ctx.prisma.inspection.findMany({
          ...query,
          where: { year: p.year },
          orderBy: [{ quarter: 'asc' }, { area: { name: 'asc' } }, { id: 'asc' }],
        }),
    }),
  }),
});

builder.queryField('programme', (t) =>
  t.field({
    type: ProgrammeRef,
    description: "The year's programme of inspections, for the inspectorate's staff (others: FORBIDDEN).",
    args: { year: t.arg.int({ required: true }) },
    resolve: async (_root, { year }, ctx) => {
      if (!ctx.viewer) throw new UnauthenticatedError();
      if (!seesProgramme(ctx.viewer)) throw new ForbiddenError("Only the inspectorate's staff see the programme.");
      const [areas, inspections] = await Promise.all([
        ctx.prisma.area.findMany({ where: { archivedAt: null }, orderBy: { name: 'asc' } }),
        ctx.prisma.inspection.findMany({
          select: {
            id: true,
            areaId: true,
            year: true,
            status: true,
            baselineId: true,
            _count: { select: { recommendations: true } },
          },
        }),
      ]);
      const ofYear = await ctx.prisma.inspection.findMany({
        where: { year },
        orderBy: [{ quarter: 'asc' }, { area: { name: 'asc' } }, { id: 'asc' }],
      });
      const byArea = new Map<string, { year: number; planned: boolean }[]>();
      for (const i of inspections) {
        const list = byArea.get(i.areaId) ?? [];
        list.push({ year: i.year, planned: i.status === 'PLANNED' });
        byArea.set(i.areaId, list);
      }
      const followUpsOf = new Map<string, { planned: boolean }[]>();
      for (const i of inspections)
        if (i.baselineId)
          followUpsOf.set(i.baselineId, [
            ...(followUpsOf.get(i.baselineId) ?? []),
            { planned: i.status === 'PLANNED' },
          ]);
      const forFollowUp = new Map<string, InspectionForFollowUp[]>();
      for (const i of inspections) {
        const list = forFollowUp.get(i.areaId) ?? [];
        list.push({
          id: i.id,
          year: i.year,
          published: i.status === 'PUBLISHED',
          recommendations: i._count.recommendations,
          followedUpBy: followUpsOf.get(i.id) ?? [],
        });
        forFollowUp.set(i.areaId, list);
      }
      const areasWithInspectionThisYear = new Set(ofYear.map((i) => i.areaId));
      const rows = areas.map((area): ProgrammeArea => {
        const own = byArea.get(area.id) ?? [];
        const held = own.filter((i) => !i.planned && i.year <= year).map((i) => i.year);
        return {
          area,
          standing: cycleStanding(year, own),
          followUp: followUpDue(year, forFollowUp.get(area.id) ?? []),
          lastInspectedYear: held.length > 0 ? Math.max(...held) : null,
          thisYear: ofYear.filter((i) => i.areaId === area.id),
          sharesYearWith:
            area.comparisonGroupId === null
              ? []
              : areas.filter(
                  (other) =>
                    other.id !== area.id &&
                    other.comparisonGroupId === area.comparisonGroupId &&
                    areasWithInspectionThisYear.has(other.id),
                ),
        };
      });
      return { year, areas: rows };
    },
  }),
);
