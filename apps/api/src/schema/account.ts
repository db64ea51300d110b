// A person's own account: their password (and, in two-factor.ts and sessions, their second factor and sessions).
import { builder } from '../builder.ts';
import { hashToken } from '../auth/sessions.ts';
import { changePassword } from '../services/account.ts';
import { requireViewer } from '../access/viewer.ts';
import { COMMON_ERRORS } from './errors.ts';

builder.mutationField('changePassword', (t) =>
  t.fieldWithInput({
    type: 'Boolean',
    description:
      'Changes your own password, given the current one. The new one must have at least 12 characters and not be on the lists of common and leaked passwords; no particular kinds of character are needed. Your other sessions end.',
    errors: { types: COMMON_ERRORS },
    input: {
      currentPassword: t.input.string({ required: true }),
      newPassword: t.input.string({ required: true }),
    },
    resolve: async (_root, { input }, ctx) => {
      await changePassword(
        ctx,
        requireViewer(ctx.viewer),
        input,
        ctx.sessionToken ? hashToken(ctx.sessionToken) : null,
      );
      return true;
    },
  }),
);
