// The year's programme of inspections (issue 12): every area against the three-year cycle (packages/domain
// programme/cycle.ts), the inspections of the year with their lead, and the areas of a comparison group visited in
// the same year. For the inspectorate's staff; planning one is createInspection (workflow.ts), with its quarter.
// Its parts: programme-area.ts (one area's standing), programme-follow-up.ts (a follow-up due).
import { cycleStanding, followUpDue, type InspectionForFollowUp } from '@scrutiny/domain';
import { builder } from '../builder.ts';
import { seesProgramme } from '../access/roles.ts';
import { ForbiddenError, UnauthenticatedError } from '../services/errors.ts';
import { InspectionRef } from './inspection/type.ts';
import { type ProgrammeArea, ProgrammeAreaRef } from './programme-area.ts';

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
