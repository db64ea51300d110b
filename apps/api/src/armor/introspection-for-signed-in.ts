// Introspection describes the whole schema, including what only teams may do: anonymous callers get the printed
// schema from the documentation instead (API tokens may be scoped for it). Checked after the context is built, so a forged cookie is still anonymous.
import { Kind, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.ts';
import { AppError, ErrorCode } from '../errors.ts';

const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

export function asksForIntrospection(document: DocumentNode): boolean {
  let found = false;
  const visit = (node: { selectionSet?: { selections: readonly unknown[] } }): void => {
    for (const selection of (node.selectionSet?.selections ?? []) as {
      kind: Kind;
      name?: { value: string };
      selectionSet?: { selections: readonly unknown[] };
    }[]) {
      if (found) return;
      if (selection.kind === Kind.FIELD && INTROSPECTION_FIELDS.has(selection.name?.value ?? '')) found = true;
      else visit(selection);
    }
  };
  for (const definition of document.definitions)
    if (definition.kind === Kind.OPERATION_DEFINITION || definition.kind === Kind.FRAGMENT_DEFINITION)
      visit(definition);
  return found;
}

export function useIntrospectionForSignedInOnly(): Plugin<Context> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const { viewer, apiToken } = args.contextValue;
      if (viewer || apiToken?.scopes.includes('read:schema')) return;
      if (!asksForIntrospection(args.document)) return;
      setResultAndStopExecution({
        errors: [
          new AppError(
            ErrorCode.FORBIDDEN,
            'Introspection needs an API token with the READ_SCHEMA scope (or a signed-in user). The schema is ' +
              'published for anyone at GET /graphql/schema.graphql.',
          ),
        ],
      });
    },
  };
}
