// Throttling of sign-in guesses without a lockout anyone can trigger. Failures are counted per account and address:
// after a few, that address must wait before its next try for that account, and the wait doubles with each failure.
// Many failures for one account across addresses make every address that fails there wait from its first failure.
// An address that has not failed for an account is never refused: the account's owner signs in from a new address
// however many guesses others made. The counts live in the database, so every API process agrees at once.
import { createHash } from 'node:crypto';
import type { PrismaClient } from '@scrutiny/db';

/** Failures from one address for one account that are free of any wait. */
export const FREE_FAILURES = 3;
/** The longest wait between tries from one address, in seconds. */
export const LONGEST_WAIT_SECONDS = 15 * 60;
/** Failures across all addresses within an hour that put an account under attack. */
export const ACCOUNT_UNDER_ATTACK = 20;
/** The address of the row that counts an account's failures from every address. */
const EVERY_ADDRESS = '*';

export type SignInTurn = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** The account a sign-in names, whether or not it exists: the SHA-256 of the lower-cased email. */
export function throttleAccount(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('base64url');
}

export class SignInThrottle {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * Takes this attempt's turn before its password is checked. The attempt counts as a failure until it succeeds,
   * so guesses sent at once (to one process or to several) are counted like guesses sent one after another.
   */
  async begin(account: string, address: string): Promise<SignInTurn> {
    const underAttack = await this.prisma.$queryRaw<{ failures: number }[]>`
      SELECT failures FROM "SignInThrottle"
      WHERE account = ${account} AND address = ${EVERY_ADDRESS} AND "updatedAt" > now() - interval '1 hour'`;
    const free = (underAttack[0]?.failures ?? 0) >= ACCOUNT_UNDER_ATTACK ? 0 : FREE_FAILURES;
    // The wait after n failures: none for the free ones, then 1 s, 2 s, 4 s, … up to the longest.
    const taken = await this.prisma.$queryRaw<{ failures: number }[]>`
      INSERT INTO "SignInThrottle" AS t (account, address, failures, "blockedUntil", "updatedAt")
      VALUES (${account}, ${address}, 1,
        now() + make_interval(secs => CASE WHEN 1 <= ${free} THEN 0 ELSE 1 END), now())
      ON CONFLICT (account, address) DO UPDATE SET
        failures = CASE WHEN t."updatedAt" < now() - interval '1 day' THEN 1 ELSE t.failures + 1 END,
        "blockedUntil" = now() + make_interval(secs => CASE
          WHEN t."updatedAt" < now() - interval '1 day' OR t.failures + 1 <= ${free} THEN 0
          ELSE LEAST(power(2, LEAST(t.failures - ${free}, 20)), ${LONGEST_WAIT_SECONDS})::int END),
        "updatedAt" = now()
      WHERE t."blockedUntil" <= now()
      RETURNING failures`;
    if (taken.length) return { allowed: true };
    const [row] = await this.prisma.$queryRaw<{ seconds: number }[]>`
      SELECT CEIL(EXTRACT(EPOCH FROM ("blockedUntil" - now())))::int AS seconds FROM "SignInThrottle"
      WHERE account = ${account} AND address = ${address}`;
    return { allowed: false, retryAfterSeconds: Math.max(1, row?.seconds ?? 1) };
  }

  /** A checked guess was wrong: it counts towards the account's failures from every address. */
  async failed(account: string): Promise<void> {
    await this.prisma.$executeRaw`
      INSERT INTO "SignInThrottle" AS t (account, address, failures, "blockedUntil", "updatedAt")
      VALUES (${account}, ${EVERY_ADDRESS}, 1, now(), now())
      ON CONFLICT (account, address) DO UPDATE SET
        failures = CASE WHEN t."updatedAt" < now() - interval '1 hour' THEN 1 ELSE t.failures + 1 END,
        "updatedAt" = now()`;
    // Now and then, forget what no longer counts (rows untouched for a day).
    if (Math.random() < 0.01)
      await this.prisma.$executeRaw`DELETE FROM "SignInThrottle" WHERE "updatedAt" < now() - interval '1 day'`;
  }

  /** The right password from this address: its count starts again (other addresses' counts stay). */
  async succeeded(account: string, address: string): Promise<void> {
    await this.prisma.$executeRaw`DELETE FROM "SignInThrottle" WHERE account = ${account} AND address = ${address}`;
  }
}
