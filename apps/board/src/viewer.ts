import { useQuery } from 'urql';
import { ViewerQuery } from './queries.ts';

/** Who is signed in (null for an anonymous visitor), from the API's `viewer` query. */
export function useViewer() {
  const [result] = useQuery({ query: ViewerQuery });
  return { viewer: result.data?.viewer ?? null, fetching: result.fetching, error: result.error };
}
