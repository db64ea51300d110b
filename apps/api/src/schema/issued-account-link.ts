// A one-time link an administrator issues: an invitation, or a password reset.
import { z } from 'zod';
import { builder } from '../builder.ts';
import { requireAdministrator } from '../access/administrator.ts';
import { invitePerson, issuePasswordReset, type IssuedLink } from '../services/people.ts';
import { AreaRef } from './area/type.ts';
import { UserRef, UserRoleEnum } from './user/type.ts';
import { peopleDeps, PERSON_ERRORS } from './user/people.ts';

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
