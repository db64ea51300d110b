// Signing in with a password (and a second factor where the person has one), under the sign-in throttle. Known email
// or not, the same turn is taken, the same work done and the same answers given: neither the answer nor its timing
// says which emails have accounts.
import type { UserRole } from '@scrutiny/db';
import { isAdministrator } from '../access/administrator.ts';
import { verifyAccountPassword } from '../auth/passwords.ts';
import { startFreshSession } from '../auth/sessions.ts';
import { SignInThrottle, throttleAccount } from '../auth/sign-in-throttle.ts';
import { acceptCode, isRecoveryCode, useRecoveryCode } from '../auth/two-factor.ts';
import type { Context } from '../context.ts';
import { ErrorCode, SignInFailedError } from './errors.ts';

export type SignInDeps = Pick<
  Context,
  'prisma' | 'sessions' | 'sessionToken' | 'config' | 'setCookie' | 'request' | 'clientAddress'
>;

/** Who has just signed in: their identity only. */
export interface SignedIn {
  id: string;
  name: string;
  email: string;
  role: UserRole;
}

/**
 * Checks the email, password and code, and starts a fresh session (its cookie set through `deps`). Refusals are
 * `SignInFailedError`s: rate limited, wrong email or password, a code needed, or a wrong code.
 */
export async function signIn(
  deps: SignInDeps,
  input: { email: string; password: string; code?: string | null },
): Promise<SignedIn> {
  const email = input.email.toLowerCase();
  const throttle = new SignInThrottle(deps.prisma);
  const account = throttleAccount(email);
  const turn = await throttle.begin(account, deps.clientAddress);
  if (!turn.allowed)
    throw new SignInFailedError(
      ErrorCode.RATE_LIMITED,
      `Too many failed sign-ins from your address: try again in ${turn.retryAfterSeconds} seconds.`,
    );
  const found = await deps.prisma.user.findUnique({ where: { email } });
  // With passwords turned off, only the break-glass administrator's is checked; anyone else's is checked against
  // the dummy hash (the same work and the same answer), so the answer never says which account is the exception.
  // A deactivated person, or one who has not yet set a password, is checked like an unknown email.
  const passwords = deps.config.passwordSignIn;
  const allowed = passwords.everyone || (email === passwords.breakGlassEmail && isAdministrator(found)) ? found : null;
  const user = allowed && !allowed.deactivatedAt && allowed.passwordHash !== '' ? allowed : null;
  if (!(await verifyAccountPassword(user?.passwordHash ?? null, input.password)) || !user) {
    await throttle.failed(account);
    throw new SignInFailedError(
      ErrorCode.UNAUTHENTICATED,
      passwords.everyone
        ? undefined
        : `That email and password do not match an account that may sign in with a password. Sign in with ${deps.config.singleSignOn?.name ?? 'your organisation'} instead.`,
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
      ? await useRecoveryCode(deps.prisma, user.id, input.code)
      : await acceptCode(deps.prisma, { id: user.id, totpSecret: user.totpSecret }, input.code);
    if (!accepted) {
      await throttle.failed(account);
      throw new SignInFailedError(
        ErrorCode.UNAUTHENTICATED,
        'That code is not right, or it has been used already: enter the next code your app shows.',
      );
    }
  }
  await throttle.succeeded(account, deps.clientAddress);
  // A fresh session on every sign-in: a token seen before sign-in is never reused after it.
  await startFreshSession(deps, user.id);
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}
