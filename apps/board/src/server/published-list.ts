// The published inspections as the public sees them, each with its readable address: what the server's routes,
// sitemap and pages are made from. Read through the API as an anonymous reader, with the board's own query.
import { reportSlugs } from '@scrutiny/domain';
import type { ResultOf } from '@scrutiny/graphql-client';
import { createScrutinyClient } from '@scrutiny/graphql-client';
import { PublishedInspectionsQuery } from '../queries.ts';

type Listed = ResultOf<typeof PublishedInspectionsQuery>['inspections']['edges'][number]['node'];

export type PublishedReportEntry = Listed & { slug: string };

export async function publishedReportList(fetch: typeof globalThis.fetch): Promise<PublishedReportEntry[]> {
  const client = createScrutinyClient({ url: 'http://scrutiny.internal/graphql', fetch });
  const result = await client.query(PublishedInspectionsQuery, {}, { requestPolicy: 'network-only' }).toPromise();
  if (result.error) throw result.error;
  const listed = result.data?.inspections.edges.map((e) => e.node) ?? [];
  const slugs = reportSlugs(listed);
  return listed.map((inspection) => ({ ...inspection, slug: slugs.get(inspection.id)! }));
}
