// One-time links to set a password (an invitation, a reset, the first administrator's): whose a link is, for the
// page that opens it, and setting the password with it, which signs the person in.
import { z } from 'zod';
import { builder } from '../builder.ts';
import { findUsableLink } from '../auth/account-links.ts';
import { startFreshSession } from '../auth/sessions.ts';
import { setPasswordWithLink } from '../services/account.ts';
import { COMMON_ERRORS } from './errors.ts';
import { SignedInUserRef } from './signed-in-user.ts';

const AccountLinkPurposeEnum = builder.enumType('AccountLinkPurpose', {
  values: ['FIRST_ADMINISTRATOR', 'INVITATION', 'PASSWORD_RESET'] as const,
});

const OpenedLinkRef = builder
  .objectRef<{ purpose: 'FIRST_ADMINISTRATOR' | 'INVITATION' | 'PASSWORD_RESET'; name: string; email: string }>(
    'OpenedAccountLink',
  )
  .implement({
    description: 'Whose a one-time link is, for the page that sets the password.',
    fields: (t) => ({
      purpose: t.field({ type: AccountLinkPurposeEnum, resolve: (link) => link.purpose }),
      name: t.exposeString('name'),
      email: t.exposeString('email'),
    }),
  });

builder.queryField('accountLink', (t) =>
  t.field({
    type: OpenedLinkRef,
    nullable: true,
    description: 'The one-time link with this token, or null when it is unknown, used, replaced or expired.',
    args: { token: t.arg.string({ required: true }) },
    resolve: async (_root, { token }, ctx) => {
      const link = await findUsableLink(ctx.prisma, token);
      return link ? { purpose: link.purpose, name: link.user.name, email: link.user.email } : null;
    },
  }),
);

builder.mutationField('setPasswordWithLink', (t) =>
  t.fieldWithInput({
    type: SignedInUserRef,
    description:
      "Sets a password with a one-time link (an invitation, a reset, the first administrator's) and signs in: " +
      'sets the session cookie. The link then works no more, and any other session of the person ends. A link ' +
      'that is unknown, used, replaced or older than 24 hours is an InvalidStateError.',
    errors: { types: COMMON_ERRORS },
    input: {
      token: t.input.string({ required: true, validate: z.string().min(1).max(200) }),
      password: t.input.string({ required: true, validate: z.string().max(1024) }),
    },
    resolve: async (_root, { input }, ctx) => {
      const user = await setPasswordWithLink(ctx, input);
      // This browser signs in afresh.
      await startFreshSession(ctx, user.id);
      return { id: user.id, name: user.name, email: user.email, role: user.role };
    },
  }),
);
