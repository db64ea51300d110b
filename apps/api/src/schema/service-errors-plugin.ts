// The one mapping from a service's failure to a GraphQL error. Outermost of the builder's plugins: the errors plugin
// has already turned the failures a mutation declares into its payload's typed errors (schema/errors.ts); any other
// ServiceError leaving a resolver or a subscription becomes a GraphQL error with the same message and its code in
// `extensions.code`, which yoga passes on unmasked (an AppError).
import SchemaBuilder, { BasePlugin, isThenable, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';
import { AppError } from '../errors.ts';
import { ServiceError } from '../services/errors.ts';

/** A service's failure as the client sees it; anything else unchanged (and masked by yoga unless GraphQL's own). */
export function toGraphQLError(error: unknown): unknown {
  return error instanceof ServiceError ? new AppError(error.code, error.message) : error;
}

type Resolver<Types extends SchemaTypes> = GraphQLFieldResolver<unknown, Types['Context'], object>;

function mapped<Types extends SchemaTypes>(resolve: Resolver<Types>): Resolver<Types> {
  return (parent, args, context, info) => {
    let result: unknown;
    try {
      result = resolve(parent, args, context, info);
    } catch (error) {
      throw toGraphQLError(error);
    }
    if (!isThenable(result)) return result;
    return Promise.resolve(result).catch((error: unknown) => {
      throw toGraphQLError(error);
    });
  };
}

class ServiceErrorsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(resolver: Resolver<Types>, _config: PothosOutputFieldConfig<Types>): Resolver<Types> {
    return mapped(resolver);
  }

  override wrapSubscribe(
    subscribe: Resolver<Types> | undefined,
    _config: PothosOutputFieldConfig<Types>,
  ): Resolver<Types> | undefined {
    return subscribe && mapped(subscribe);
  }
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      serviceErrors: ServiceErrorsPlugin<Types>;
    }
  }
}

const pluginName = 'serviceErrors';
SchemaBuilder.registerPlugin(pluginName, ServiceErrorsPlugin);

export default pluginName;
