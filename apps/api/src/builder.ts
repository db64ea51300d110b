// The SchemaBuilder and its plugins; no types are defined here. Plugin order is deliberate: the service-error
// mapping outermost (it sees whatever the others let through), then scope-auth so authorization runs before
// anything else touches a field.
import SchemaBuilder from '@pothos/core';
import ServiceErrorsPlugin from './schema/service-errors-plugin.ts';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import WithInputPlugin from '@pothos/plugin-with-input';
import { getDatamodel } from './generated/pothos-types.ts';
import type PrismaTypes from './generated/pothos-types.ts';
import type { Context } from './context.ts';
import { ForbiddenError, InvalidInputError, UnauthenticatedError } from './services/errors.ts';
import type { AuthScopes } from './access/scopes.ts';
import { authScopesFor } from './access/scopes.ts';

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: AuthScopes;
  DefaultFieldNullability: false;
  Scalars: {
    ID: { Input: string; Output: string | number };
    DateTime: { Input: Date; Output: Date };
    Date: { Input: string; Output: string };
    JSON: { Input: unknown; Output: unknown };
  };
}>({
  plugins: [
    ServiceErrorsPlugin,
    ScopeAuthPlugin,
    ErrorsPlugin,
    ValidationPlugin,
    WithInputPlugin,
    PrismaPlugin,
    RelayPlugin,
  ],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (ctx) => authScopesFor(ctx.viewer),
    // A refusal is a typed error: unauthenticated callers are told to sign in, others that they may not.
    unauthorizedError: (_parent, ctx, _info, result) =>
      ctx.viewer ? new ForbiddenError(result.message) : new UnauthenticatedError(result.message),
    treatErrorsAsUnauthorized: true,
  },
  // Input that fails validation is a typed InvalidInputError in the payload, like any other refusal.
  errors: { defaultTypes: [InvalidInputError], unsafelyHandleInputErrors: true },
  validation: {
    validationError: (result) =>
      new InvalidInputError(
        result.issues.map((issue) => issue.message).join('; '),
        result.issues.map((issue) => ({
          path: (issue.path ?? []).map((p) => (typeof p === 'object' ? String(p.key) : String(p))).join('.'),
          message: issue.message,
        })),
      ),
  },
  prisma: {
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    filterConnectionTotalCount: true,
    onUnusedQuery: null,
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
  },
});

builder.queryType({});
builder.mutationType({});
