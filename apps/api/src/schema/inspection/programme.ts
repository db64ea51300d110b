import { builder } from '../../builder.ts';
import { UserRef } from '../user/type.ts';

builder.prismaObjectFields('Inspection', (t) => ({
  quarter: t.exposeInt('quarter', { nullable: true, description: 'The quarter of `year` it is planned for (1 to 4).' }),
  lead: t.field({
    type: UserRef,
    nullable: true,
    description: 'The lead inspector, when one is on the team.',
    // Loaded with the inspection (one statement for a whole list), not once per inspection.
    select: (_args, _ctx, nestedSelection) => ({
      memberships: {
        where: { role: 'LEAD_INSPECTOR' },
        orderBy: { createdAt: 'asc' },
        take: 1,
        select: { user: nestedSelection(true) },
      },
    }),
    resolve: (inspection) => inspection.memberships[0]?.user ?? null,
  }),
}));
