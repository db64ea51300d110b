import { TeamCandidateRef } from '../planning.ts';
import { builder } from '../../builder.ts';
import { teamRolesFor } from '../../access/team.ts';
import { runsInspection } from '../../access/checks.ts';
import { mayManageTeam, teamCandidatesWhere } from '../../services/planning.ts';
import { InspectionRef } from './type.ts';

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
