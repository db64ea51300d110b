import { encodeGlobalID } from '@pothos/plugin-relay';
import type { UserRole } from '@scrutiny/db';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { isAdministrator } from '../../access/administrator.ts';
import { seesEmails } from '../../access/roles.ts';
import { verifyAccountPassword } from '../../auth/passwords.ts';
import { mustEnrolTwoFactor } from '../../auth/two-factor-enrolment-gate.ts';
import { SignInThrottle, throttleAccount } from '../../auth/sign-in-throttle.ts';
import { clearedSessionCookie, hashToken, startFreshSession } from '../../auth/sessions.ts';
import { SSO_START_PATH } from '../../auth/single-sign-on.ts';
import { acceptCode, isRecoveryCode, useRecoveryCode } from '../../auth/two-factor.ts';
import { ServiceError, ErrorCode, UnauthenticatedError } from '../../services/errors.ts';
import { COMMON_ERRORS, ErrorInterface } from '../errors.ts';

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

class SignInFailedError extends ServiceError {
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
export const SignedInUserRef = builder
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

const SingleSignOnOptionRef = builder.objectRef<{ name: string; startUrl: string }>('SingleSignOnOption').implement({
  description: "Signing in through the organisation's identity provider (OpenID Connect).",
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The provider\'s name, for "Sign in with <name>".' }),
    startUrl: t.exposeString('startUrl', {
      description: 'Where the browser goes to start (add `?returnTo=<path>` to come back to a page of this server).',
    }),
  }),
});

const SignInOptionsRef = builder
  .objectRef<{ singleSignOn: { name: string; startUrl: string } | null; passwordsForEveryone: boolean }>(
    'SignInOptions',
  )
  .implement({
    description: 'How people sign in here: what the sign-in pages offer.',
    fields: (t) => ({
      singleSignOn: t.field({
        type: SingleSignOnOptionRef,
        nullable: true,
        description: 'Single sign-on, when it is set up; null otherwise.',
        resolve: (options) => options.singleSignOn,
      }),
      passwordsForEveryone: t.exposeBoolean('passwordsForEveryone', {
        description:
          'False when passwords are turned off for everyone but a break-glass administrator (people sign in with single sign-on).',
      }),
    }),
  });

builder.queryField('signInOptions', (t) =>
  t.field({
    type: SignInOptionsRef,
    description: 'How people sign in here (anyone may ask): single sign-on and whether passwords are for everyone.',
    resolve: (_root, _args, ctx) => ({
      singleSignOn: ctx.config.singleSignOn ? { name: ctx.config.singleSignOn.name, startUrl: SSO_START_PATH } : null,
      passwordsForEveryone: ctx.config.passwordSignIn.everyone,
    }),
  }),
);

builder.mutationField('signIn', (t) =>
  t.fieldWithInput({
    type: SignedInUserRef,
    description:
      'Signs in: sets the session cookie. The rest of this request runs as it arrived (anonymously); later requests carry the session.',
    errors: { types: [SignInFailedError, ...COMMON_ERRORS] },
    input: {
      email: t.input.string({ required: true, validate: z.string().email('Enter an email address.').max(320) }),
      password: t.input.string({ required: true, validate: z.string().min(1, 'Enter your password.').max(1024) }),
      code: t.input.string({
        required: false,
        description:
          'For an account with two-factor sign-in: the six-digit code from the authenticator app, or a recovery code.',
        validate: z.string().max(64),
      }),
    },
    resolve: async (_root, { input }, ctx) => {
      const email = input.email.toLowerCase();
      const throttle = new SignInThrottle(ctx.prisma);
      const account = throttleAccount(email);
      // Known email or not, the same turn is taken, the same work done and the same answers given: neither the
      // answer nor its timing says which emails have accounts.
      const turn = await throttle.begin(account, ctx.clientAddress);
      if (!turn.allowed)
        throw new SignInFailedError(
          ErrorCode.RATE_LIMITED,
          `Too many failed sign-ins from your address: try again in ${turn.retryAfterSeconds} seconds.`,
        );
      const found = await ctx.prisma.user.findUnique({ where: { email } });
      // With passwords turned off, only the break-glass administrator's is checked; anyone else's is checked against
      // the dummy hash (the same work and the same answer), so the answer never says which account is the exception.
      // A deactivated person, or one who has not yet set a password, is checked like an unknown email.
      const passwords = ctx.config.passwordSignIn;
      const allowed =
        passwords.everyone || (email === passwords.breakGlassEmail && isAdministrator(found)) ? found : null;
      const user = allowed && !allowed.deactivatedAt && allowed.passwordHash !== '' ? allowed : null;
      if (!(await verifyAccountPassword(user?.passwordHash ?? null, input.password)) || !user) {
        await throttle.failed(account);
        throw new SignInFailedError(
          ErrorCode.UNAUTHENTICATED,
          passwords.everyone
            ? undefined
            : `That email and password do not match an account that may sign in with a password. Sign in with ${ctx.config.singleSignOn?.name ?? 'your organisation'} instead.`,
        );
      }
      if (user.totpEnabledAt && user.totpSecret) {
        // The password was right: asking for the code is no failure, but the attempt is not a success either.
        if (!input.code)
          throw new SignInFailedError(
            ErrorCode.TWO_FACTOR_REQUIRED,
            'Enter the six-digit code from your authenticator app, or one of your recovery codes.',
          );
        const accepted = isRecoveryCode(input.code)
          ? await useRecoveryCode(ctx.prisma, user.id, input.code)
          : await acceptCode(ctx.prisma, { id: user.id, totpSecret: user.totpSecret }, input.code);
        if (!accepted) {
          await throttle.failed(account);
          throw new SignInFailedError(
            ErrorCode.UNAUTHENTICATED,
            'That code is not right, or it has been used already: enter the next code your app shows.',
          );
        }
      }
      await throttle.succeeded(account, ctx.clientAddress);
      // A fresh session on every sign-in: a token seen before sign-in is never reused after it.
      await startFreshSession(ctx, user.id);
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
