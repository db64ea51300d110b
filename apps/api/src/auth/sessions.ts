// Sessions: a random token in an HttpOnly cookie; only its SHA-256 is stored, so a database dump signs nobody in.
import { createHash, randomBytes } from 'node:crypto';
import { sqlStatement, type PrismaClient, type SqlExecutor } from '@scrutiny/db';
import type { Viewer } from '../access/viewer.ts';
import type { Context } from '../context.ts';
import type { SessionCache, SessionSource } from './session-cache.ts';

export const SESSION_COOKIE = 'scrutiny_session';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export async function createSession(
  prisma: PrismaClient,
  userId: string,
  hours: number,
  from: { userAgent?: string | null; address?: string | null; singleSignOn?: boolean } = {},
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + hours * 3600_000);
  await prisma.session.create({
    data: {
      tokenHash: hashToken(token),
      userId,
      expiresAt,
      userAgent: from.userAgent?.slice(0, 512) ?? null,
      address: from.address ?? null,
      singleSignOn: from.singleSignOn ?? false,
    },
  });
  return { token, expiresAt };
}

// Every signed-in request the cache cannot answer starts here: one statement (a join), not Prisma's two. It also
// notes when the session was last seen (at most once per cache lifetime per process).
const SIGNED_IN = sqlStatement<Viewer & { expiresAt: Date }>(`
  UPDATE "Session" s SET "lastSeenAt" = now()
  FROM "User" u
  WHERE u.id = s."userId" AND s."tokenHash" = $1 AND u."deactivatedAt" IS NULL
  RETURNING u.id, u.email, u.name, u.role::text AS role, u."areaId",
    u."totpEnabledAt" IS NOT NULL AS "twoFactorEnabled", s."singleSignOn", s."expiresAt"`);

/** The sessions table, looked up and ended by the hash of a token (what the session cache sits in front of). */
export function sessionsIn(prisma: PrismaClient, sql: SqlExecutor): SessionSource {
  return {
    find: async (tokenHash) => {
      const rows = await sql.query(SIGNED_IN, [tokenHash]);
      const row = rows[0];
      if (!row) return null;
      const { expiresAt, ...viewer } = row;
      return { viewer, expiresAt };
    },
    end: async (tokenHash) => {
      await prisma.session.deleteMany({ where: { tokenHash } });
    },
  };
}

export function readCookie(header: string | null, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

export function sessionCookie(token: string, expiresAt: Date, secure: boolean): string {
  return [
    `${SESSION_COOKIE}=${encodeURIComponent(token)}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Expires=${expiresAt.toUTCString()}`,
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

export function clearedSessionCookie(secure: boolean): string {
  return [`${SESSION_COOKIE}=`, 'Path=/', 'HttpOnly', 'SameSite=Lax', 'Max-Age=0', ...(secure ? ['Secure'] : [])].join(
    '; ',
  );
}

/**
 * Ends every session of a person but the one named (the caller's own, when they keep it): each through the session
 * cache, so that every process forgets it at once.
 */
export async function endSessionsOf(
  prisma: PrismaClient,
  sessions: Pick<SessionCache, 'end'>,
  userId: string,
  keep: string | null = null,
): Promise<number> {
  const rows = await prisma.session.findMany({ where: { userId }, select: { tokenHash: true } });
  const ending = rows.filter((row) => row.tokenHash !== keep);
  for (const row of ending) await sessions.end(row.tokenHash);
  return ending.length;
}

/**
 * Replaces the caller's session with a fresh one (at sign-in and at every change of privilege): a token seen before
 * is never good after it.
 */
export async function startFreshSession(
  ctx: Pick<Context, 'prisma' | 'sessions' | 'sessionToken' | 'config' | 'setCookie' | 'request' | 'clientAddress'>,
  userId: string,
): Promise<void> {
  if (ctx.sessionToken) await ctx.sessions.end(hashToken(ctx.sessionToken));
  const session = await createSession(ctx.prisma, userId, ctx.config.sessionHours, {
    userAgent: ctx.request.headers.get('user-agent'),
    address: ctx.clientAddress,
  });
  ctx.setCookie(sessionCookie(session.token, session.expiresAt, ctx.config.secureCookies));
}
