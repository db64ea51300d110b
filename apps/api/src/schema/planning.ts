// What the planning screens offer: whether the viewer may plan inspections, the earlier inspections a follow-up
// may take as its baseline, and the people who could join a team with the places each may hold. The mutations
// that act on these choices (createInspection, addTeamMember) check the same rules in services/planning.ts.
import type { InspectionRole, User } from '@scrutiny/db';
import { builder } from '../builder.ts';
import { UserRef } from './user/type.ts';
import { InspectionRoleEnum } from './membership.ts';

export const TeamCandidateRef = builder.objectRef<{ user: User; roles: InspectionRole[] }>('TeamCandidate').implement({
  description: 'Someone who could join an inspection team, and the places in it they may hold.',
  fields: (t) => ({
    user: t.field({ type: UserRef, resolve: (candidate) => candidate.user }),
    roles: t.field({ type: [InspectionRoleEnum], resolve: (candidate) => candidate.roles }),
  }),
});
