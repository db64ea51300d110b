// A person's sessions: signing out, and each sees where they are signed in (device, address, last seen) and can end
// any; an administrator can end all of a person's. Every end goes through the session cache, which tells every process.
import { builder } from '../builder.ts';
import { requireAdministrator } from '../access/administrator.ts';
import { describeDevice } from '../auth/device.ts';
import { clearedSessionCookie, hashToken } from '../auth/sessions.ts';
import type { Context } from '../context.ts';
import { UnauthenticatedError } from '../services/errors.ts';
import { endOwnSession, endSessionsOfPerson } from '../services/sessions.ts';
import { requireViewer } from '../access/viewer.ts';
import { COMMON_ERRORS } from './errors.ts';
import { UserRef } from './user/type.ts';

interface ActiveSession {
  id: string;
  userAgent: string | null;
  address: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  tokenHash: string;
}

const ActiveSessionRef = builder.objectRef<ActiveSession>('ActiveSession').implement({
  description: 'Somewhere you are signed in.',
  fields: (t) => ({
    id: t.exposeID('id'),
    device: t.string({
      description: 'The browser and system, from its User-Agent.',
      resolve: (s) => describeDevice(s.userAgent),
    }),
    address: t.exposeString('address', { nullable: true, description: 'The address it signed in from.' }),
    signedInAt: t.field({ type: 'DateTime', resolve: (s) => s.createdAt }),
    lastSeenAt: t.field({ type: 'DateTime', resolve: (s) => s.lastSeenAt }),
    current: t.boolean({
      description: 'This is the session asking.',
      resolve: (s, _args, ctx) => ctx.sessionToken !== null && hashToken(ctx.sessionToken) === s.tokenHash,
    }),
  }),
});

builder.queryField('mySessions', (t) =>
  t.field({
    type: [ActiveSessionRef],
    description: 'Your sessions that have not expired, most recently seen first.',
    authScopes: { signedIn: true },
    resolve: (_root, _args, ctx) =>
      ctx.prisma.session.findMany({
        where: { userId: requireViewer(ctx.viewer).id, expiresAt: { gt: new Date() } },
        orderBy: { lastSeenAt: 'desc' },
      }),
  }),
);

builder.mutationField('signOut', (t) =>
  t.boolean({
    description: 'Ends the current session.',
    resolve: async (_root, _args, ctx) => {
      if (!ctx.sessionToken || !ctx.viewer) throw new UnauthenticatedError();
      await ctx.sessions.end(hashToken(ctx.sessionToken));
      ctx.setCookie(clearedSessionCookie(ctx.config.secureCookies));
      return true;
    },
  }),
);

builder.mutationField('endSession', (t) =>
  t.fieldWithInput({
    type: 'Boolean',
    description: 'Ends one of your sessions (the current one too: then you are signed out).',
    errors: { types: COMMON_ERRORS },
    input: { sessionId: t.input.id({ required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const tokenHash = await endOwnSession(ctx, requireViewer(ctx.viewer), String(input.sessionId));
      if (ctx.sessionToken && hashToken(ctx.sessionToken) === tokenHash)
        ctx.setCookie(clearedSessionCookie(ctx.config.secureCookies));
      return true;
    },
  }),
);

function administrator(ctx: Context) {
  return requireAdministrator(ctx.viewer, "end other people's sessions");
}

builder.mutationField('endSessionsOfUser', (t) =>
  t.fieldWithInput({
    type: 'Int',
    description:
      'Ends every session of a person at once, on every API process (administrators only; audited). Answers how many ended.',
    errors: { types: COMMON_ERRORS },
    input: { userId: t.input.globalID({ required: true, for: [UserRef] }) },
    resolve: async (_root, { input }, ctx) => endSessionsOfPerson(ctx, administrator(ctx), input.userId.id),
  }),
);
