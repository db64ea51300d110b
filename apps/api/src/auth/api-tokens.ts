// API tokens for third parties: a random secret shown once, stored as its SHA-256 only, scoped, revocable. A token
// reaches published data only (like an anonymous caller) but with higher rate limits, and introspection when
// scoped for it. Each request looks the token up, so a revocation takes effect on the very next request.
import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '@scrutiny/db';
import { hashToken } from './sessions.ts';

export const API_TOKEN_PREFIX = 'scr_';

export const API_TOKEN_SCOPES = {
  'read:published': 'Read published inspections and their figures, at the token rate limit.',
  'read:schema': 'Introspect the GraphQL schema.',
} as const;
export type ApiTokenScope = keyof typeof API_TOKEN_SCOPES;

/** Who holds the token a request carries. */
export interface ApiTokenHolder {
  id: string;
  name: string;
  scopes: readonly ApiTokenScope[];
}

const LAST_USED_PRECISION_MS = 60_000;

export const isApiToken = (secret: string) => secret.startsWith(API_TOKEN_PREFIX);

export async function issueApiToken(
  prisma: PrismaClient,
  input: { name: string; scopes: readonly ApiTokenScope[]; createdById: string },
) {
  const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const record = await prisma.apiToken.create({
    data: { name: input.name, scopes: [...input.scopes], tokenHash: hashToken(token), createdById: input.createdById },
  });
  return { token, record };
}

export async function apiTokenHolder(prisma: PrismaClient, token: string): Promise<ApiTokenHolder | null> {
  const record = await prisma.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, name: true, scopes: true, revokedAt: true, lastUsedAt: true },
  });
  if (!record || record.revokedAt) return null;
  const now = Date.now();
  // Last use is kept to the minute: one small write a minute per token, not one per request.
  if (!record.lastUsedAt || now - record.lastUsedAt.getTime() > LAST_USED_PRECISION_MS)
    await prisma.apiToken.updateMany({
      where: {
        id: record.id,
        OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now - LAST_USED_PRECISION_MS) } }],
      },
      data: { lastUsedAt: new Date(now) },
    });
  return {
    id: record.id,
    name: record.name,
    scopes: record.scopes.filter((s): s is ApiTokenScope => s in API_TOKEN_SCOPES),
  };
}
