// What the planning screens offer: whether the viewer may plan inspections, the earlier inspections a follow-up
// may take as its baseline, and the people who could join a team with the places each may hold. The mutations
// that act on these choices (createInspection, addTeamMember) check the same rules in services/planning.ts.
import type { InspectionRole, User } from '@scrutiny/db';
import { builder } from '../builder.ts';
import { mayPlanInspections, teamRolesFor } from '../access/team.ts';
import { runsInspection } from '../access/checks.ts';
import { baselineCandidatesWhere, mayManageTeam, teamCandidatesWhere } from '../services/planning.ts';
import { InspectionRef } from './inspection.ts';
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

const TeamCandidateRef = builder.objectRef<{ user: User; roles: InspectionRole[] }>('TeamCandidate').implement({
  description: 'Someone who could join an inspection team, and the places in it they may hold.',
  fields: (t) => ({
    user: t.field({ type: UserRef, resolve: (candidate) => candidate.user }),
    roles: t.field({ type: [InspectionRoleEnum], resolve: (candidate) => candidate.roles }),
  }),
});

builder.objectField(InspectionRef, 'teamCandidates', (t) =>
  t.field({
    type: [TeamCandidateRef],
    nullable: true,
    description:
      'People not yet on the team who could join it, by name; null unless the caller may add team members ' +
      '(an admin officer, or an inspector who runs the inspection).',
    resolve: async (inspection, _args, ctx) => {
      if (!(await mayManageTeam(ctx.prisma, ctx.viewer, inspection.id))) return null;
      const users = await ctx.prisma.user.findMany({
        where: teamCandidatesWhere(inspection),
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
      });
      return users
        .map((user) => ({ user, roles: teamRolesFor(user, inspection) }))
        .filter((candidate) => candidate.roles.length > 0);
    },
  }),
);

builder.objectField(InspectionRef, 'mayChangeFollowedUpRecommendations', (t) =>
  t.boolean({
    description:
      "Whether the caller may change which of the baseline's recommendations this inspection follows up " +
      '(followUpRecommendation): an inspector who runs it, while it has a baseline and is not published.',
    resolve: async (inspection, _args, ctx) =>
      inspection.baselineId !== null &&
      inspection.status !== 'PUBLISHED' &&
      (await runsInspection(ctx.prisma, ctx.viewer, inspection.id)),
  }),
);

builder.objectField(InspectionRef, 'mayChangeOffenderInterviews', (t) =>
  t.boolean({
    description:
      'Whether the caller may record whether offenders were interviewed (setOffenderInterviews): an inspector of its ' +
      'team (or a chief inspector), until publication.',
    resolve: async (inspection, _args, ctx) =>
      inspection.status !== 'PUBLISHED' && (await runsInspection(ctx.prisma, ctx.viewer, inspection.id)),
  }),
);
