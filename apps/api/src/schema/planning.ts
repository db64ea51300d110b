// What the planning screens offer: whether the viewer may plan inspections, the earlier inspections a follow-up
// may take as its baseline, and the people who could join a team with the places each may hold. The mutations
// that act on these choices (createInspection, addTeamMember) check the same rules in services/planning.ts.
import type { InspectionRole, User } from '@scrutiny/db';
import { builder } from '../builder.ts';
import { mayPlanInspections } from '../access/team.ts';
import { baselineCandidatesWhere } from '../services/planning.ts';
import { InspectionRef } from './inspection/type.ts';
import { UserRef } from './user.ts';
import { InspectionRoleEnum } from './membership.ts';

builder.objectField(UserRef, 'mayPlanInspections', (t) =>
  t.boolean({
    description: 'Whether this user may plan (create) inspections: HM inspectors, chief inspectors and admin officers.',
    resolve: (user) => mayPlanInspections(user.role),
  }),
);

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

export const TeamCandidateRef = builder.objectRef<{ user: User; roles: InspectionRole[] }>('TeamCandidate').implement({
  description: 'Someone who could join an inspection team, and the places in it they may hold.',
  fields: (t) => ({
    user: t.field({ type: UserRef, resolve: (candidate) => candidate.user }),
    roles: t.field({ type: [InspectionRoleEnum], resolve: (candidate) => candidate.roles }),
  }),
});
