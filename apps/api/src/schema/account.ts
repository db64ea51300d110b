// A person's own account: their password (and, in two-factor.ts and sessions, their second factor and sessions).
import { builder } from '../builder.ts';
import { hashPassword, verifyPassword } from '../auth/passwords.ts';
import { MAX_PASSWORD_LENGTH, passwordProblem } from '../auth/password-policy.ts';
import { endSessionsOf, hashToken } from '../auth/sessions.ts';
import { InvalidInputError } from '../services/errors.ts';
import { requireViewer } from '../services/narrative.ts';
import { audit } from '../services/audit.ts';
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
      const viewer = requireViewer(ctx.viewer);
      const user = await ctx.prisma.user.findUniqueOrThrow({ where: { id: viewer.id } });
      if (
        input.currentPassword.length > MAX_PASSWORD_LENGTH ||
        !(await verifyPassword(user.passwordHash, input.currentPassword))
      )
        throw new InvalidInputError('Your current password is not right.', [
          { path: 'currentPassword', message: 'Your current password is not right.' },
        ]);
      const problem = passwordProblem(input.newPassword, [user.name, user.email]);
      if (problem) throw new InvalidInputError(problem, [{ path: 'newPassword', message: problem }]);
      await ctx.prisma.$transaction(async (tx) => {
        await tx.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(input.newPassword) } });
        await audit(tx, viewer, { action: 'user.change-password', entity: 'User', entityId: user.id });
      });
      // Whoever else knew the old password is signed out everywhere; this session stays.
      await endSessionsOf(ctx.prisma, ctx.sessions, user.id, ctx.sessionToken ? hashToken(ctx.sessionToken) : null);
      return true;
    },
  }),
);
