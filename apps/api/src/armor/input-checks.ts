// Rules for every input value, whatever field or argument it reaches, checked before the operation runs:
// - no list longer than its maximum (100 items, or a longer one a field's own rules allow): a list is work the cost
//   limit would otherwise not see (100,000 ids in one `nodes(ids:)` cost seconds of CPU);
// - no NUL character (\u0000) in any text: PostgreSQL cannot store it, so it would fail later as an internal error.
import { getOperationAST, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ErrorCode } from '../errors.ts';
import { InputTooDeepError, walkInputValues } from './input-values.ts';
import { DocumentRefusedError } from './refusal.ts';

export const MAX_LIST_ITEMS = 100;

/** Lists allowed to be longer, by coordinate: assigning a sample's files in bulk (the mutation's own limit is 500). */
const LONGER_LISTS: Readonly<Record<string, number>> = {
  'MutationAssignCaseFilesInput.caseFileIds': 500,
};

export const maxListItems = (coordinate: string): number => LONGER_LISTS[coordinate] ?? MAX_LIST_ITEMS;

interface Operation {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variableValues?: Readonly<Record<string, unknown>> | null;
}

/** The refusal of an operation's inputs, or null when they may run. */
export function inputRefusal(args: Operation): DocumentRefusedError | null {
  const operation = getOperationAST(args.document, args.operationName ?? undefined);
  if (!operation) return null;
  try {
    walkInputValues(args.schema, args.document, operation, args.variableValues, {
      list(length, coordinate) {
        const max = maxListItems(coordinate);
        if (length > max)
          throw new DocumentRefusedError(
            ErrorCode.LIST_LIMIT,
            `${coordinate} takes at most ${max} items; this request sends ${length}.`,
          );
      },
      string(value, coordinate) {
        if (value.includes('\u0000'))
          throw new DocumentRefusedError(
            ErrorCode.INVALID_INPUT,
            `${coordinate} contains a NUL character (\\u0000), which no text may contain.`,
          );
      },
    });
  } catch (error) {
    if (error instanceof DocumentRefusedError) return error;
    if (error instanceof InputTooDeepError)
      return new DocumentRefusedError(ErrorCode.INVALID_INPUT, `${error.message} is nested too deeply.`);
    throw error;
  }
  return null;
}

export function useInputChecks(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const refusal = inputRefusal(args);
      if (refusal) setResultAndStopExecution({ errors: [refusal] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const refusal = inputRefusal(args);
      if (refusal) setResultAndStopExecution({ errors: [refusal] });
    },
  };
}
