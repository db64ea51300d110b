// A person of the inspectorate or a board, and who is asking (`viewer`). Signing in is in ../signed-in-user.ts and
// ../sign-in-options.ts, sessions in ../session.ts.
import { builder } from '../../builder.ts';
import { isAdministrator } from '../../access/administrator.ts';
import { seesEmails } from '../../access/roles.ts';
import { mustEnrolTwoFactor } from '../../auth/two-factor-enrolment-gate.ts';

export const UserRoleEnum = builder.enumType('UserRole', {
  values: [
    'INSPECTOR',
    'CHIEF_INSPECTOR',
    'AREA_ASSESSOR',
    'INFORMATION_MANAGER',
    'ADMIN_OFFICER',
    'BOARD_MEMBER',
    'ADMINISTRATOR',
  ] as const,
});

export const UserRef = builder.prismaNode('User', {
  id: { field: 'id' },
  // Only what the type shows is read: a user reached through another row (an audit event's actor, an answer's
  // assessor) never brings its password hash or sign-in counters along.
  select: { id: true, name: true, role: true, email: true },
  // A person's name and role are seen by signed-in users only; emails by the person and administrators.
  authScopes: { signedIn: true },
  fields: (t) => ({
    name: t.exposeString('name'),
    role: t.expose('role', { type: UserRoleEnum }),
    email: t.string({
      nullable: true,
      description: "Seen by the person, and by the inspectorate's staff (who need to reach assessors); null otherwise.",
      resolve: (user, _args, ctx) =>
        ctx.viewer && (ctx.viewer.id === user.id || seesEmails(ctx.viewer)) ? user.email : null,
    }),
    area: t.relation('area', { nullable: true }),
    twoFactorEnabled: t.boolean({
      nullable: true,
      select: { totpEnabledAt: true },
      description: 'Whether they sign in with a second factor: seen by the person and administrators; null otherwise.',
      resolve: (user, _args, ctx) =>
        ctx.viewer && (ctx.viewer.id === user.id || isAdministrator(ctx.viewer)) ? user.totpEnabledAt !== null : null,
    }),
    twoFactorEnrolmentRequired: t.boolean({
      description:
        'True for the signed-in person when their role requires two-factor sign-in and they have not set it up: until they do, they can do nothing else.',
      resolve: (user, _args, ctx) => ctx.viewer?.id === user.id && mustEnrolTwoFactor(ctx),
    }),
  }),
});

builder.queryField('viewer', (t) =>
  t.prismaField({
    type: UserRef,
    nullable: true,
    description: 'The signed-in user, or null.',
    resolve: (query, _root, _args, ctx) =>
      ctx.viewer ? ctx.prisma.user.findUnique({ ...query, where: { id: ctx.viewer.id } }) : null,
  }),
);
