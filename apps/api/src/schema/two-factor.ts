// Two-factor sign-in: a person enrols an authenticator app (after giving their password again), confirms it with one
// code, and gets ten recovery codes; an administrator can reset a person's second factor. auth/two-factor.ts holds
// the codes, auth/two-factor-enrolment-gate.ts what a person who must enrol may do meanwhile.
import { builder } from '../builder.ts';
import { requireAdministrator } from '../access/administrator.ts';
import { verifyPassword } from '../auth/passwords.ts';
import { endSessionsOf, startFreshSession } from '../auth/sessions.ts';
import { acceptCode, hashRecoveryCode, newEnrolment, newRecoveryCodes, type Enrolment } from '../auth/two-factor.ts';
import { InvalidInputError, InvalidStateError, NotFoundError } from '../services/errors.ts';
import type { Context } from '../context.ts';
import { audit } from '../services/audit.ts';
import { requireViewer } from '../services/narrative.ts';
import { COMMON_ERRORS } from './errors.ts';
import { UserRef } from './user/type.ts';

const TwoFactorEnrolmentRef = builder.objectRef<Enrolment>('TwoFactorEnrolment').implement({
  description: 'What an authenticator app needs: scan the QR code, or type the secret. Confirm with one code.',
  fields: (t) => ({
    secret: t.exposeString('secret', { description: 'The secret as text (base32).' }),
    uri: t.exposeString('uri', { description: 'The otpauth:// URI the QR code holds.' }),
    qrCode: t.exposeString('qrCode', { description: 'The QR code, as an SVG data URL for an <img>.' }),
  }),
});

const TwoFactorEnabledRef = builder.objectRef<{ recoveryCodes: string[] }>('TwoFactorEnabled').implement({
  description: 'Two-factor sign-in is on.',
  fields: (t) => ({
    recoveryCodes: t.exposeStringList('recoveryCodes', {
      description: 'Ten one-time codes that stand in for the app: shown this once only, keep them safe.',
    }),
  }),
});

builder.mutationField('beginTwoFactorEnrolment', (t) =>
  t.fieldWithInput({
    type: TwoFactorEnrolmentRef,
    description:
      'Starts setting up an authenticator app (your password again first). Two-factor sign-in is on only once confirmTwoFactorEnrolment accepts a code.',
    errors: { types: COMMON_ERRORS },
    input: { currentPassword: t.input.string({ required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const viewer = requireViewer(ctx.viewer);
      const user = await ctx.prisma.user.findUniqueOrThrow({ where: { id: viewer.id } });
      if (input.currentPassword.length > 1024 || !(await verifyPassword(user.passwordHash, input.currentPassword)))
        throw new InvalidInputError('Your password is not right.', [
          { path: 'currentPassword', message: 'Your password is not right.' },
        ]);
      if (user.totpEnabledAt)
        throw new InvalidStateError('Two-factor sign-in is already on: ask an administrator to reset it first.');
      const enrolment = await newEnrolment(user.email);
      await ctx.prisma.user.update({
        where: { id: user.id },
        data: { totpSecret: enrolment.secret, totpLastStep: null },
      });
      return enrolment;
    },
  }),
);

builder.mutationField('confirmTwoFactorEnrolment', (t) =>
  t.fieldWithInput({
    type: TwoFactorEnabledRef,
    description:
      'Turns two-factor sign-in on with one code from the app just set up; answers with ten recovery codes. Your session is replaced by a fresh one and your other sessions end.',
    errors: { types: COMMON_ERRORS },
    input: { code: t.input.string({ required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const viewer = requireViewer(ctx.viewer);
      const user = await ctx.prisma.user.findUniqueOrThrow({ where: { id: viewer.id } });
      if (user.totpEnabledAt) throw new InvalidStateError('Two-factor sign-in is already on.');
      if (!user.totpSecret) throw new InvalidStateError('Start setting up an authenticator app first.');
      if (
        input.code.length > 64 ||
        !(await acceptCode(ctx.prisma, { id: user.id, totpSecret: user.totpSecret }, input.code))
      )
        throw new InvalidInputError('That code is not right: enter the code your app shows now.', [
          { path: 'code', message: 'That code is not right: enter the code your app shows now.' },
        ]);
      const recoveryCodes = newRecoveryCodes();
      await ctx.prisma.$transaction(async (tx) => {
        await tx.user.update({ where: { id: user.id }, data: { totpEnabledAt: new Date() } });
        await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
        await tx.recoveryCode.createMany({
          data: recoveryCodes.map((code) => ({ userId: user.id, codeHash: hashRecoveryCode(code) })),
        });
        await audit(tx, viewer, { action: 'user.two-factor.enable', entity: 'User', entityId: user.id });
      });
      // A change of privilege: every session of theirs ends, this one is replaced.
      await endSessionsOf(ctx.prisma, ctx.sessions, user.id);
      await startFreshSession(ctx, user.id);
      return { recoveryCodes };
    },
  }),
);

function administrator(ctx: Context) {
  return requireAdministrator(ctx.viewer, 'reset a second factor');
}

builder.mutationField('resetTwoFactor', (t) =>
  t.fieldWithInput({
    type: UserRef,
    description:
      "Turns off a person's two-factor sign-in and voids their recovery codes (administrators only; audited), for someone who has lost their app and codes. Their sessions end; a role that requires two-factor must enrol again at next sign-in.",
    errors: { types: COMMON_ERRORS },
    input: { userId: t.input.globalID({ required: true, for: [UserRef] }) },
    resolve: async (_root, { input }, ctx) => {
      const viewer = administrator(ctx);
      const userId = input.userId.id;
      const user = await ctx.prisma.user.findUnique({ where: { id: userId } });
      if (!user) throw new NotFoundError('That person');
      await ctx.prisma.$transaction(async (tx) => {
        await tx.user.update({
          where: { id: userId },
          data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null },
        });
        await tx.recoveryCode.deleteMany({ where: { userId } });
        await audit(tx, viewer, {
          action: 'user.two-factor.reset',
          entity: 'User',
          entityId: userId,
          before: { twoFactorEnabled: user.totpEnabledAt !== null },
          after: { twoFactorEnabled: false },
        });
      });
      await endSessionsOf(ctx.prisma, ctx.sessions, userId);
      return ctx.prisma.user.findUniqueOrThrow({ where: { id: userId } });
    },
  }),
);
