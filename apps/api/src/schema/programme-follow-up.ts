// A follow-up an area is due, in a programme year: after an inspection published with recommendations.
import { type FollowUpDue } from '@scrutiny/domain';
import { builder } from '../builder.ts';

const FollowUpStandingEnum = builder.enumType('FollowUpStanding', {
  description:
    'Where an area stands on the follow-up of an inspection that raised concerns (published with recommendations).',
  values: {
    DUE: { description: 'Due in this programme year: the year after the inspection.' },
    OVERDUE: { description: 'Its year has passed with no follow-up under way.' },
    PLANNED: { description: 'A follow-up of the inspection is planned.' },
  } as const,
});

export const ProgrammeFollowUpRef = builder.objectRef<FollowUpDue>('ProgrammeFollowUp').implement({
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
