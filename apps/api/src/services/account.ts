// A person's own password: changed by them (given the current one), or set with a one-time link (an invitation, a
// reset, the first administrator's). Either change is audited and ends the sessions that knew the old password.
import type { PrismaClient } from '@scrutiny/db';
import type { Viewer } from '../access/viewer.ts';
import { findUsableLink, markLinkUsed } from '../auth/account-links.ts';
import { hashPassword, verifyPassword } from '../auth/passwords.ts';
import { MAX_PASSWORD_LENGTH, passwordProblem } from '../auth/password-policy.ts';
import type { SessionCache } from '../auth/session-cache.ts';
import { endSessionsOf } from '../auth/sessions.ts';
import { audit } from './audit.ts';
import { InvalidInputError, InvalidStateError } from './errors.ts';

export interface AccountDeps {
  prisma: PrismaClient;
  sessions: Pick<SessionCache, 'end'>;
}

/** Changes the viewer's password. Their other sessions end; the one with `keepTokenHash` stays. */
export async function changePassword(
  deps: AccountDeps,
  viewer: Viewer,
  input: { currentPassword: string; newPassword: string },
  keepTokenHash: string | null,
): Promise<void> {
  const user = await deps.prisma.user.findUniqueOrThrow({ where: { id: viewer.id } });
  if (
    input.currentPassword.length > MAX_PASSWORD_LENGTH ||
    !(await verifyPassword(user.passwordHash, input.currentPassword))
  )
    throw new InvalidInputError('Your current password is not right.', [
      { path: 'currentPassword', message: 'Your current password is not right.' },
    ]);
  const problem = passwordProblem(input.newPassword, [user.name, user.email]);
  if (problem) throw new InvalidInputError(problem, [{ path: 'newPassword', message: problem }]);
  await deps.prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(input.newPassword) } });
    await audit(tx, viewer, { action: 'user.change-password', entity: 'User', entityId: user.id });
  });
  // Whoever else knew the old password is signed out everywhere; this session stays.
  await endSessionsOf(deps.prisma, deps.sessions, user.id, keepTokenHash);
}

const UNUSABLE_LINK = 'This link has been used, replaced or has expired: ask your administrator for a new one.';

/**
 * Sets a password with a one-time link, which then works no more; every session of the person ends. Answers whose
 * password it is, for the caller to sign them in.
 */
export async function setPasswordWithLink(deps: AccountDeps, input: { token: string; password: string }) {
  const link = await findUsableLink(deps.prisma, input.token);
  if (!link) throw new InvalidStateError(UNUSABLE_LINK);
  const problem = passwordProblem(input.password, [link.user.name, link.user.email]);
  if (problem) throw new InvalidInputError(problem, [{ path: 'password', message: problem }]);
  const passwordHash = await hashPassword(input.password);
  const done = await deps.prisma.$transaction(async (tx) => {
    if (!(await markLinkUsed(tx, link.id))) return false;
    await tx.user.update({ where: { id: link.userId }, data: { passwordHash } });
    await audit(
      tx,
      { ...link.user, areaId: null },
      {
        action: link.purpose === 'PASSWORD_RESET' ? 'user.password-reset.use' : 'user.accept-invitation',
        entity: 'User',
        entityId: link.userId,
      },
    );
    return true;
  });
  if (!done) throw new InvalidStateError(UNUSABLE_LINK);
  // Whoever held the old password is signed out.
  await endSessionsOf(deps.prisma, deps.sessions, link.userId);
  return link.user;
}
