// People, administered (issue 12): what administrators see of a person, the list of everyone, role changes,
// deactivation and reactivation (invitations and reset links: issued-account-link.ts; the two-factor reset:
// two-factor.ts).
import { builder } from '../../builder.ts';
import { isAdministrator, requireAdministrator } from '../../access/administrator.ts';
import type { Context } from '../../context.ts';
import { AlreadyExistsError, LastAdministratorError } from '../../services/errors.ts';
import { changeRole, deactivatePerson, reactivatePerson, type PeopleDeps } from '../../services/people.ts';
import { AreaRef } from '../area/type.ts';
import { COMMON_ERRORS } from '../errors.ts';
import { UserRef, UserRoleEnum } from './type.ts';

builder.prismaObjectFields('User', (t) => ({
  active: t.boolean({
    nullable: true,
    select: { deactivatedAt: true },
    description: 'Whether they may sign in (false once deactivated): seen by administrators; null otherwise.',
    resolve: (user, _args, ctx) => (isAdministrator(ctx.viewer) ? user.deactivatedAt === null : null),
  }),
  invitationPending: t.boolean({
    nullable: true,
    select: { passwordHash: true },
    description: 'Whether they have yet to accept their invitation: seen by administrators; null otherwise.',
    resolve: (user, _args, ctx) => (isAdministrator(ctx.viewer) ? user.passwordHash === '' : null),
  }),
}));

export function peopleDeps(ctx: Context): PeopleDeps {
  return {
    prisma: ctx.prisma,
    sessions: ctx.sessions,
    mailer: ctx.mailer,
    baseUrl: ctx.config.publicUrl ?? new URL(ctx.request.url).origin,
  };
}

builder.queryField('people', (t) =>
  t.prismaField({
    type: [UserRef],
    description: 'Everyone with an account, by name: for administrators.',
    authScopes: { administers: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.user.findMany({ ...query, orderBy: [{ name: 'asc' }, { id: 'asc' }] }),
  }),
);

export const PERSON_ERRORS = [AlreadyExistsError, LastAdministratorError, ...COMMON_ERRORS];

builder.mutationField('changePersonRole', (t) =>
  t.fieldWithInput({
    type: UserRef,
    description:
      "Changes a person's role, and the area it is held for (administrators only). Their sessions end at once. " +
      'Taking the last active administrator out of the role is a LastAdministratorError.',
    errors: { types: PERSON_ERRORS },
    input: {
      userId: t.input.globalID({ required: true, for: [UserRef] }),
      role: t.input.field({ type: UserRoleEnum, required: true }),
      areaId: t.input.globalID({ required: false, for: [AreaRef] }),
    },
    resolve: async (_root, { input }, ctx) => {
      const viewer = requireAdministrator(ctx.viewer, "change people's roles");
      return changeRole(peopleDeps(ctx), viewer, {
        userId: input.userId.id,
        role: input.role,
        areaId: input.areaId?.id ?? null,
      });
    },
  }),
);

for (const [name, description, act] of [
  [
    'deactivatePerson',
    'Deactivates a person (administrators only): every session of theirs ends at once on every process, their ' +
      'pending links stop working, and they cannot sign in. The last active administrator cannot be deactivated.',
    deactivatePerson,
  ],
  ['reactivatePerson', 'Lets a deactivated person sign in again (administrators only).', reactivatePerson],
] as const) {
  builder.mutationField(name, (t) =>
    t.fieldWithInput({
      type: UserRef,
      description,
      errors: { types: PERSON_ERRORS },
      input: { userId: t.input.globalID({ required: true, for: [UserRef] }) },
      resolve: async (_root, { input }, ctx) => {
        const viewer = requireAdministrator(ctx.viewer, 'administer people');
        return act(peopleDeps(ctx), viewer, input.userId.id);
      },
    }),
  );
}
