// Two-factor sign-in, enrolled and reset: a person enrols an authenticator app (after giving their password again)
// and confirms it with one code, which turns it on and gives them ten recovery codes; an administrator resets a
// person's second factor. Turning it on or off is audited and ends the person's sessions (a change of privilege).
// auth/two-factor.ts holds the codes themselves.
import type { PrismaClient } from '@scrutiny/db';
import type { Viewer } from '../access/viewer.ts';
import { verifyPassword } from '../auth/passwords.ts';
import type { SessionCache } from '../auth/session-cache.ts';
import { endSessionsOf } from '../auth/sessions.ts';
import { acceptCode, hashRecoveryCode, newEnrolment, newRecoveryCodes, type Enrolment } from '../auth/two-factor.ts';
import { audit } from './audit.ts';
import { InvalidInputError, InvalidStateError, NotFoundError } from './errors.ts';

export interface TwoFactorDeps {
  prisma: PrismaClient;
  sessions: Pick<SessionCache, 'end'>;
}

/** Starts the viewer's enrolment: a new secret, not yet in force. */
export async function beginTwoFactorEnrolment(
  prisma: PrismaClient,
  viewer: Viewer,
  currentPassword: string,
): Promise<Enrolment> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: viewer.id } });
  if (currentPassword.length > 1024 || !(await verifyPassword(user.passwordHash, currentPassword)))
    throw new InvalidInputError('Your password is not right.', [
      { path: 'currentPassword', message: 'Your password is not right.' },
    ]);
  if (user.totpEnabledAt)
    throw new InvalidStateError('Two-factor sign-in is already on: ask an administrator to reset it first.');
  const enrolment = await newEnrolment(user.email);
  await prisma.user.update({
    where: { id: user.id },
    data: { totpSecret: enrolment.secret, totpLastStep: null },
  });
  return enrolment;
}

/**
 * Turns the viewer's two-factor sign-in on with one code from the app just set up, and answers their recovery codes.
 * Every session of theirs ends; the caller starts a fresh one.
 */
export async function confirmTwoFactorEnrolment(deps: TwoFactorDeps, viewer: Viewer, code: string): Promise<string[]> {
  const user = await deps.prisma.user.findUniqueOrThrow({ where: { id: viewer.id } });
  if (user.totpEnabledAt) throw new InvalidStateError('Two-factor sign-in is already on.');
  if (!user.totpSecret) throw new InvalidStateError('Start setting up an authenticator app first.');
  if (code.length > 64 || !(await acceptCode(deps.prisma, { id: user.id, totpSecret: user.totpSecret }, code)))
    throw new InvalidInputError('That code is not right: enter the code your app shows now.', [
      { path: 'code', message: 'That code is not right: enter the code your app shows now.' },
    ]);
  const recoveryCodes = newRecoveryCodes();
  await deps.prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { totpEnabledAt: new Date() } });
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    await tx.recoveryCode.createMany({
      data: recoveryCodes.map((recoveryCode) => ({ userId: user.id, codeHash: hashRecoveryCode(recoveryCode) })),
    });
    await audit(tx, viewer, { action: 'user.two-factor.enable', entity: 'User', entityId: user.id });
  });
  // A change of privilege: every session of theirs ends.
  await endSessionsOf(deps.prisma, deps.sessions, user.id);
  return recoveryCodes;
}

/** Turns off a person's two-factor sign-in and voids their recovery codes (the viewer administers people). */
export async function resetTwoFactor(deps: TwoFactorDeps, viewer: Viewer, userId: string) {
  const user = await deps.prisma.user.findUnique({ where: { id: userId } });
  if (!user) throw new NotFoundError('That person');
  await deps.prisma.$transaction(async (tx) => {
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
  await endSessionsOf(deps.prisma, deps.sessions, userId);
  return deps.prisma.user.findUniqueOrThrow({ where: { id: userId } });
}
