// What the case-file page decides on from a query's result.
import type { CombinedError } from 'urql';
import type { QueryProgress } from '../case-file-model.ts';

/** What the page decides on from a query's result: its data, whether the server answered, whether to retry. */
export function progressOf<D, T>(
  result: { data?: D; error?: CombinedError; fetching: boolean },
  pick: (data: D) => T | undefined,
): QueryProgress<T> {
  const unreachable = Boolean(result.error?.networkError);
  return {
    data: result.data ? pick(result.data) : undefined,
    unreachable,
    answered: !result.fetching && (result.data !== undefined || (result.error !== undefined && !unreachable)),
  };
}
