// An inspection's team: the places in it (InspectionRole) and who holds them (Membership), with addTeamMember.
import { builder } from '../builder.ts';
import { addTeamMember } from '../services/planning.ts';
import { COMMON_ERRORS } from './errors.ts';
import { InspectionRef } from './inspection/type.ts';
import { UserRef } from './user/type.ts';

export const InspectionRoleEnum = builder.enumType('InspectionRole', {
  values: ['LEAD_INSPECTOR', 'INSPECTOR', 'AREA_ASSESSOR', 'INFORMATION_MANAGER', 'ADMIN_OFFICER'] as const,
});

builder.prismaObject('Membership', {
  fields: (t) => ({ role: t.expose('role', { type: InspectionRoleEnum }), user: t.relation('user') }),
});

builder.mutationField('addTeamMember', (t) =>
  t.fieldWithInput({
    type: InspectionRef,
    errors: { types: COMMON_ERRORS },
    input: {
      inspectionId: t.input.globalID({ required: true, for: [InspectionRef] }),
      userId: t.input.globalID({ required: true, for: [UserRef] }),
      role: t.input.field({ type: InspectionRoleEnum, required: true }),
    },
    resolve: (_root, { input }, ctx) =>
      addTeamMember(ctx.prisma, ctx.viewer, {
        inspectionId: input.inspectionId.id,
        userId: input.userId.id,
        role: input.role,
      }),
  }),
);
