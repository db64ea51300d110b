// One-time links to set a password: the first administrator's, an invitation's, a reset's. The token travels in the
// link only; the database keeps its SHA-256, so a dump lets nobody in. A link works once, for 24 hours, and a newer
// link, a deactivation or a used link ends the others of the same person.
import { randomBytes } from 'node:crypto';
import type { AccountLinkPurpose, Prisma, PrismaClient } from '@scrutiny/db';
import { hashToken } from './sessions.ts';

export const ACCOUNT_LINK_HOURS = 24;

type Db = Pick<Prisma.TransactionClient, 'accountLink'>;

/** Issues a link for a person, ending any of theirs still pending. Answers the token (shown or sent once). */
export async function issueAccountLink(
  db: Db,
  link: { userId: string; purpose: AccountLinkPurpose; issuedById: string | null },
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  await revokePendingLinks(db, link.userId, now);
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + ACCOUNT_LINK_HOURS * 3600_000);
  await db.accountLink.create({
    data: {
      tokenHash: hashToken(token),
      purpose: link.purpose,
      userId: link.userId,
      issuedById: link.issuedById,
      expiresAt,
    },
  });
  return { token, expiresAt };
}

export async function revokePendingLinks(db: Db, userId: string, now = new Date()): Promise<number> {
  const { count } = await db.accountLink.updateMany({
    where: { userId, usedAt: null, revokedAt: null },
    data: { revokedAt: now },
  });
  return count;
}

/** The pending link a token names, or null when it is unknown, used, revoked or expired. */
export async function findUsableLink(prisma: PrismaClient | Prisma.TransactionClient, token: string, now = new Date()) {
  if (token.length > 200) return null;
  const link = await prisma.accountLink.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { user: { select: { id: true, email: true, name: true, role: true, deactivatedAt: true } } },
  });
  if (!link || link.usedAt || link.revokedAt || link.expiresAt <= now || link.user.deactivatedAt) return null;
  return link;
}

/**
 * Marks a link used, once: of two requests racing with the same token, only one finds it still unused.
 * Answers whether this call was the one.
 */
export async function markLinkUsed(db: Db, linkId: string, now = new Date()): Promise<boolean> {
  const { count } = await db.accountLink.updateMany({
    where: { id: linkId, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  return count === 1;
}

/** The address a person opens to set their password. */
export function accountLinkUrl(base: string, token: string): string {
  return `${base.replace(/\/+$/, '')}/inspector/set-password#${token}`;
}
