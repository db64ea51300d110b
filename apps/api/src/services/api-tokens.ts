// API tokens for third parties, issued and revoked by an administrator; both are audited. auth/api-tokens.ts holds
// the secrets and how a request's token is looked up.
import type { PrismaClient } from '@scrutiny/db';
import type { Viewer } from '../access/viewer.ts';
import { issueApiToken, type ApiTokenScope } from '../auth/api-tokens.ts';
import { audit } from './audit.ts';
import { NotFoundError } from './errors.ts';

/** Creates a token; its secret is in the answer and nowhere else. */
export async function createApiToken(
  prisma: PrismaClient,
  viewer: Viewer,
  input: { name: string; scopes: readonly ApiTokenScope[] },
) {
  const issued = await issueApiToken(prisma, {
    name: input.name.trim(),
    scopes: [...new Set(input.scopes)],
    createdById: viewer.id,
  });
  await audit(prisma, viewer, {
    action: 'api-token.create',
    entity: 'ApiToken',
    entityId: issued.record.id,
    after: { name: issued.record.name, scopes: issued.record.scopes },
  });
  return issued;
}

/** Revokes a token (once: revoking a revoked token changes nothing). */
export async function revokeApiToken(prisma: PrismaClient, viewer: Viewer, apiTokenId: string) {
  const existing = await prisma.apiToken.findUnique({ where: { id: apiTokenId } });
  if (!existing) throw new NotFoundError('That API token');
  if (existing.revokedAt) return existing;
  const revoked = await prisma.apiToken.update({ where: { id: existing.id }, data: { revokedAt: new Date() } });
  await audit(prisma, viewer, { action: 'api-token.revoke', entity: 'ApiToken', entityId: existing.id });
  return revoked;
}
