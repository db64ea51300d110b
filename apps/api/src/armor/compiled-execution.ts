// Compiled execution (issue 18): the apps' trusted documents, run by signed-in people, are compiled once per document
// by graphql-jit and run compiled; a document it cannot compile, and every subscription (graphql-jit's call the
// subscribe resolver without its arguments and context), runs on graphql-js, like every other document.
import { useGraphQlJit, type JITCache } from '@envelop/graphql-jit';
import { getOperationAST, type DocumentNode, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.ts';
import type { Logger } from '../observability/logger.ts';
import type { TrustedDocuments } from './trusted-documents.ts';

type Compiled = NonNullable<ReturnType<JITCache['get']>>;

export function useCompiledTrustedDocuments(trusted: TrustedDocuments, logger: Logger): Plugin {
  // By document text: trusted documents are few and fixed, so this holds one entry per document at most.
  const compiled = new Map<string, Compiled | null>();
  const compile = (schema: GraphQLSchema, document: DocumentNode, text: string, operationName?: string | null) => {
    let entry = compiled.get(text);
    if (entry === undefined) {
      const result = compileQuery(schema, document, operationName ?? undefined);
      entry = isCompiledQuery(result) ? (result as unknown as Compiled) : null;
      if (!entry)
        logger.warn({ errors: result }, 'graphql-jit could not compile a trusted document: graphql-js runs it');
      compiled.set(text, entry);
    }
    return entry;
  };
  return useGraphQlJit(
    {},
    {
      enableIf: ({ contextValue, schema, document, operationName }) => {
        const ctx = contextValue as Context & { params?: { query?: string } };
        const text = ctx.params?.query;
        if (ctx.viewer === null || !text || !trusted.has(text)) return false;
        // graphql-jit's subscriptions call the resolver without its arguments and context: graphql-js runs them.
        if (getOperationAST(document, operationName ?? undefined)?.operation === 'subscription') return false;
        return compile(schema, document, text, operationName) !== null;
      },
      // The plugin finds each document compiled here, so it never compiles one itself (or serves a failure).
      cache: {
        get: (text) => compiled.get(text) ?? undefined,
        set: () => {},
      },
    },
  ) as Plugin;
}
