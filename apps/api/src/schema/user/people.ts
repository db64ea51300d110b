import { builder } from '../../builder.ts';
import { isAdministrator } from '../../access/administrator.ts';

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
