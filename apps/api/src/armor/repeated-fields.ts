// A selection set that names the same field again and again does no useful work (GraphQL merges them) but makes the
// server validate and merge every copy: scanners send hundreds. Refused at validation, before any resolver runs.
import { GraphQLError, Kind, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export const MAX_REPEATS_OF_A_FIELD = 3;

export const repeatedFieldsRule: ValidationRule = (context) => ({
  SelectionSet(node) {
    const counts = new Map<string, number>();
    for (const selection of node.selections) {
      if (selection.kind !== Kind.FIELD) continue;
      const key = selection.alias?.value ?? selection.name.value;
      const count = (counts.get(key) ?? 0) + 1;
      counts.set(key, count);
      if (count === MAX_REPEATS_OF_A_FIELD + 1)
        context.reportError(
          new GraphQLError(
            `The field "${key}" is selected more than ${MAX_REPEATS_OF_A_FIELD} times in one selection set.`,
            { nodes: [selection], extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
          ),
        );
    }
  },
});

export function useRepeatedFieldsLimit(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(repeatedFieldsRule);
    },
  };
}
