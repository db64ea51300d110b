// API tokens for third parties: administrators create (the secret is shown once) and revoke them.
import { z } from 'zod';
import type { ApiToken } from '@scrutiny/db';
import { builder } from '../builder.ts';
import { requireAdministrator } from '../access/administrator.ts';
import { API_TOKEN_SCOPES, type ApiTokenScope } from '../auth/api-tokens.ts';
import type { Context } from '../context.ts';
import { createApiToken, revokeApiToken } from '../services/api-tokens.ts';
import { COMMON_ERRORS } from './errors.ts';

export const ApiTokenScopeEnum = builder.enumType('ApiTokenScope', {
  description: 'What an API token may do beyond what anonymous callers may.',
  values: {
    READ_PUBLISHED: { value: 'read:published', description: API_TOKEN_SCOPES['read:published'] },
    READ_SCHEMA: { value: 'read:schema', description: API_TOKEN_SCOPES['read:schema'] },
  } as const,
});

function administrator(ctx: Context) {
  return requireAdministrator(ctx.viewer, 'manage API tokens');
}

export const ApiTokenRef = builder.prismaNode('ApiToken', {
  id: { field: 'id' },
  description: 'A token a third party sends as `Authorization: Bearer scr_…`; only its hash is stored.',
  authScopes: { administers: true },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Who or what the token is for.' }),
    scopes: t.field({
      type: [ApiTokenScopeEnum],
      resolve: (token) => token.scopes.filter((s): s is ApiTokenScope => s in API_TOKEN_SCOPES),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    createdBy: t.relation('createdBy'),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true, description: 'To the minute.' }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
  }),
});

builder.queryField('apiTokens', (t) =>
  t.prismaField({
    type: [ApiTokenRef],
    description: 'Every API token, newest first: for administrators.',
    authScopes: { administers: true },
    resolve: (query, _root, _args, ctx) => ctx.prisma.apiToken.findMany({ ...query, orderBy: { createdAt: 'desc' } }),
  }),
);

const IssuedApiTokenRef = builder.objectRef<{ token: string; record: ApiToken }>('IssuedApiToken').implement({
  description: 'A new token. Its secret is shown here once and never again: copy it now.',
  fields: (t) => ({
    token: t.exposeString('token', { description: 'The secret, to send as `Authorization: Bearer <token>`.' }),
    apiToken: t.field({ type: ApiTokenRef, resolve: (issued) => issued.record }),
  }),
});

builder.mutationField('createApiToken', (t) =>
  t.fieldWithInput({
    type: IssuedApiTokenRef,
    description: 'Creates an API token (administrators only).',
    errors: { types: COMMON_ERRORS },
    input: {
      name: t.input.string({
        required: true,
        validate: z.string().trim().min(1, 'Name the token.').max(120, 'A name can be at most 120 characters.'),
      }),
      scopes: t.input.field({
        type: [ApiTokenScopeEnum],
        required: true,
        validate: z.array(z.string()).min(1, 'Choose at least one scope.'),
      }),
    },
    resolve: async (_root, { input }, ctx) => createApiToken(ctx.prisma, administrator(ctx), input),
  }),
);

builder.mutationField('revokeApiToken', (t) =>
  t.fieldWithInput({
    type: ApiTokenRef,
    description: 'Revokes an API token: the next request that carries it is refused.',
    errors: { types: COMMON_ERRORS },
    input: { apiTokenId: t.input.globalID({ required: true, for: [ApiTokenRef] }) },
    resolve: async (_root, { input }, ctx) => revokeApiToken(ctx.prisma, administrator(ctx), input.apiTokenId.id),
  }),
);
