// Every published inspection, however many: the API gives at most 100 a page, so each page is its own query and the
// next is asked for once a page says there is one. On the server (suspense) every page is waited for and its answer
// travels in the page's state, so the browser takes the page over with the same list the server drew.
import type { ReactNode } from 'react';
import { type CombinedError, useQuery } from 'urql';
import type { ResultOf } from '@scrutiny/graphql-client';
import { PublishedInspectionsQuery } from '../queries.ts';

export type PublishedInspection = ResultOf<typeof PublishedInspectionsQuery>['inspections']['edges'][number]['node'];

export interface EveryPublished {
  /** Every published inspection, once every page has come; null until then. */
  inspections: readonly PublishedInspection[] | null;
  error: CombinedError | undefined;
}

export function EveryPublishedInspection({
  children,
  after = null,
  before = [],
}: {
  children: (published: EveryPublished) => ReactNode;
  /** The cursor this page starts after (null: the first page). */
  after?: string | null;
  /** The inspections of the pages before this one. */
  before?: readonly PublishedInspection[];
}) {
  const [result] = useQuery({ query: PublishedInspectionsQuery, variables: { after } });
  const page = result.data?.inspections;
  if (!page) return children({ inspections: null, error: result.error });
  const listed = [...before, ...page.edges.map((e) => e.node)];
  if (page.pageInfo.hasNextPage && page.pageInfo.endCursor)
    return (
      <EveryPublishedInspection after={page.pageInfo.endCursor} before={listed}>
        {children}
      </EveryPublishedInspection>
    );
  return children({ inspections: listed, error: result.error });
}
