// People and roles, administered (issue 12): invitations, role changes, deactivation, reset links (the two-factor
// reset is resetTwoFactor in two-factor.ts);
// and the one-time links themselves, which an anonymous caller opens to set a password and land signed in.
import { z } from 'zod';
import { builder } from '../builder.ts';
import { requireAdministrator } from '../access/administrator.ts';
import { findUsableLink } from '../auth/account-links.ts';
import { startFreshSession } from '../auth/sessions.ts';
import type { Context } from '../context.ts';
import { setPasswordWithLink } from '../services/account.ts';
import { AlreadyExistsError, LastAdministratorError } from '../services/errors.ts';
import {
  changeRole,
  deactivatePerson,
  invitePerson,
  issuePasswordReset,
  reactivatePerson,
  type IssuedLink,
  type PeopleDeps,
} from '../services/people.ts';
import { AreaRef } from './area/type.ts';
import { COMMON_ERRORS } from './errors.ts';
import { SignedInUserRef, UserRef, UserRoleEnum } from './user/type.ts';

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
    authScopes: { role: 'ADMINISTRATOR' },
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.user.findMany({ ...query, orderBy: [{ name: 'asc' }, { id: 'asc' }] }),
  }),
);

const IssuedLinkRef = builder.objectRef<IssuedLink & { userId: string }>('IssuedAccountLink').implement({
  description:
    'A one-time link to set a password, valid for 24 hours. Pass it on to the person: it is shown here once ' +
    '(and emailed when the server sends mail).',
  fields: (t) => ({
    url: t.exposeString('url'),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    emailed: t.exposeBoolean('emailed', { description: 'Whether it was also sent to the person by email.' }),
    person: t.prismaField({
      type: UserRef,
      resolve: (query, link, _args, ctx) => ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: link.userId } }),
    }),
  }),
});

const PERSON_ERRORS = [AlreadyExistsError, LastAdministratorError, ...COMMON_ERRORS];

builder.mutationField('invitePerson', (t) =>
  t.fieldWithInput({
    type: IssuedLinkRef,
    description:
      'Invites a person with their role (administrators only): answers the invitation link, which is also emailed ' +
      'when SMTP_URL is set. Area assessors and board members name their area. An email already in use is ' +
      'an AlreadyExistsError.',
    errors: { types: PERSON_ERRORS },
    input: {
      email: t.input.string({ required: true, validate: z.string().trim().email('Enter an email address.').max(320) }),
      name: t.input.string({
        required: true,
        validate: z.string().trim().min(1, 'Enter their name.').max(200, 'A name can be at most 200 characters.'),
      }),
      role: t.input.field({ type: UserRoleEnum, required: true }),
      areaId: t.input.globalID({ required: false, for: [AreaRef] }),
    },
    resolve: async (_root, { input }, ctx) => {
      const viewer = requireAdministrator(ctx.viewer, 'invite people');
      const { user, link } = await invitePerson(peopleDeps(ctx), viewer, {
        email: input.email,
        name: input.name,
        role: input.role,
        areaId: input.areaId?.id ?? null,
      });
      return { ...link, userId: user.id };
    },
  }),
);

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

builder.mutationField('issuePasswordReset', (t) =>
  t.fieldWithInput({
    type: IssuedLinkRef,
    description:
      'Issues a one-time link to set a new password (administrators only), ending any earlier link of theirs; for ' +
      'someone who has not accepted their invitation, a new invitation link.',
    errors: { types: PERSON_ERRORS },
    input: { userId: t.input.globalID({ required: true, for: [UserRef] }) },
    resolve: async (_root, { input }, ctx) => {
      const viewer = requireAdministrator(ctx.viewer, 'issue password resets');
      const { user, link } = await issuePasswordReset(peopleDeps(ctx), viewer, input.userId.id);
      return { ...link, userId: user.id };
    },
  }),
);

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
