// Two-factor sign-in: a person enrols an authenticator app (after giving their password again), confirms it with one
// code, and gets ten recovery codes; an administrator can reset a person's second factor. auth/two-factor.ts holds
// the codes, auth/two-factor-enrolment-gate.ts what a person who must enrol may do meanwhile.
import { builder } from '../builder.ts';
import { requireAdministrator } from '../access/administrator.ts';
import { startFreshSession } from '../auth/sessions.ts';
import type { Enrolment } from '../auth/two-factor.ts';
import type { Context } from '../context.ts';
import { beginTwoFactorEnrolment, confirmTwoFactorEnrolment, resetTwoFactor } from '../services/two-factor.ts';
import { requireViewer } from '../access/viewer.ts';
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
    resolve: async (_root, { input }, ctx) =>
      beginTwoFactorEnrolment(ctx.prisma, requireViewer(ctx.viewer), input.currentPassword),
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
      const recoveryCodes = await confirmTwoFactorEnrolment(ctx, viewer, input.code);
      // A change of privilege: this session is replaced by a fresh one.
      await startFreshSession(ctx, viewer.id);
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
    resolve: async (_root, { input }, ctx) => resetTwoFactor(ctx, administrator(ctx), input.userId.id),
  }),
);
