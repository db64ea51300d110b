import { encodeGlobalID } from '@pothos/plugin-relay';
import type { UserRole } from '@scrutiny/db';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { verifyPassword } from '../auth/passwords.ts';
import { clearedSessionCookie, createSession, hashToken, sessionCookie } from '../auth/sessions.ts';
import { AppError, ErrorCode, UnauthenticatedError } from '../errors.ts';
import { COMMON_ERRORS, ErrorInterface } from './errors.ts';

const SEES_EMAILS: readonly string[] = [
  'ADMINISTRATOR',
  'CHIEF_INSPECTOR',
  'INSPECTOR',
  'INFORMATION_MANAGER',
  'ADMIN_OFFICER',
];

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
        ctx.viewer && (ctx.viewer.id === user.id || SEES_EMAILS.includes(ctx.viewer.role)) ? user.email : null,
    }),
    area: t.relation('area', { nullable: true }),
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

const MAX_FAILED_SIGN_INS = 5;
const LOCKOUT_MINUTES = 15;

class SignInFailedError extends AppError {
  constructor(
    code: ErrorCode = ErrorCode.UNAUTHENTICATED,
    message = 'That email and password do not match an account.',
  ) {
    super(code, message);
  }
}
builder.objectType(SignInFailedError, {
  name: 'SignInFailedError',
  interfaces: [ErrorInterface],
  isTypeOf: (v) => v instanceof SignInFailedError,
  fields: () => ({}),
});

/**
 * What signing in answers with: who signed in, and nothing that leads anywhere else. The rest of the graph is read
 * with the new session, by the apps' trusted documents; a document that signs in cannot reach it in passing.
 */
const SignedInUserRef = builder
  .objectRef<{ id: string; name: string; email: string; role: UserRole }>('SignedInUser')
  .implement({
    description: 'Who has just signed in: their identity only.',
    fields: (t) => ({
      id: t.id({ description: 'Their User id.', resolve: (user) => encodeGlobalID('User', user.id) }),
      name: t.exposeString('name'),
      email: t.exposeString('email'),
      role: t.expose('role', { type: UserRoleEnum }),
    }),
  });

builder.mutationField('signIn', (t) =>
  t.fieldWithInput({
    type: SignedInUserRef,
    description:
      'Signs in: sets the session cookie. The rest of this request runs as it arrived (anonymously); later requests carry the session.',
    errors: { types: [SignInFailedError, ...COMMON_ERRORS] },
    input: {
      email: t.input.string({ required: true, validate: z.string().email('Enter an email address.').max(320) }),
      password: t.input.string({ required: true, validate: z.string().min(1, 'Enter your password.').max(1024) }),
    },
    resolve: async (_root, { input }, ctx) => {
      const user = await ctx.prisma.user.findUnique({ where: { email: input.email.toLowerCase() } });
      if (!user) throw new SignInFailedError();
      const locked = () =>
        new SignInFailedError(ErrorCode.LOCKED, 'Too many failed sign-ins: this account is locked for a few minutes.');
      const unlocked = () => ({ id: user.id, OR: [{ lockedUntil: null }, { lockedUntil: { lte: new Date() } }] });
      // Every attempt takes its number before the password is checked, in one update that also finds the account
      // unlocked, so guesses sent at once (to one process or to several) are counted like guesses sent one after
      // another: beyond the allowance they are refused unchecked, and none is counted once the account is locked.
      const [counted] = await ctx.prisma.user.updateManyAndReturn({
        where: unlocked(),
        data: { failedLogins: { increment: 1 } },
        select: { failedLogins: true },
      });
      if (!counted) throw locked();
      const attempt = counted.failedLogins;
      // The attempt that uses up the allowance locks the account, and so does any beyond it (the one that used it
      // up may still be checking, or its process may have ended).
      const lock = () =>
        ctx.prisma.user.updateMany({
          where: unlocked(),
          data: { failedLogins: 0, lockedUntil: new Date(Date.now() + LOCKOUT_MINUTES * 60_000) },
        });
      if (attempt > MAX_FAILED_SIGN_INS) {
        await lock();
        throw locked();
      }
      if (!(await verifyPassword(user.passwordHash, input.password))) {
        if (attempt === MAX_FAILED_SIGN_INS) await lock();
        throw new SignInFailedError();
      }
      await ctx.prisma.user.update({ where: { id: user.id }, data: { failedLogins: 0, lockedUntil: null } });
      // A fresh session on every sign-in: a token seen before sign-in is never reused after it.
      if (ctx.sessionToken) await ctx.sessions.end(hashToken(ctx.sessionToken));
      const session = await createSession(ctx.prisma, user.id, ctx.config.sessionHours);
      ctx.setCookie(sessionCookie(session.token, session.expiresAt, ctx.config.secureCookies));
      // The rest of this request keeps the rights it arrived with: the session's own begin with the next request,
      // where the trusted-documents rule holds (an anonymous document must not run as the person it signs in).
      return { id: user.id, name: user.name, email: user.email, role: user.role };
    },
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
