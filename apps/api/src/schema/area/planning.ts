import { builder } from '../../builder.ts';
import { baselineCandidatesWhere } from '../../services/planning.ts';
import { InspectionRef } from '../inspection/type.ts';

builder.prismaObjectField('Area', 'baselineCandidates', (t) =>
  t.prismaField({
    type: [InspectionRef],
    description:
      'The inspections of this area from years before `year` that the caller may see, newest first: what a ' +
      'follow-up in `year` may take as its baseline.',
    args: { year: t.arg.int({ required: true }) },
    resolve: (query, area, { year }, ctx) =>
      ctx.prisma.inspection.findMany({
        ...query,
        where: baselineCandidatesWhere(ctx.viewer, area.id, year),
        orderBy: [{ year: 'desc' }, { createdAt: 'desc' }],
      }),
  }),
);
