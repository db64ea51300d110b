// The published inspections as the public sees them, each with its readable address: what the server's routes,
// sitemap and pages are made from. Read through the API as an anonymous reader, page after page (the API gives at
// most 100 a page), so every published report is listed however many there are.
import { reportSlugs } from '@scrutiny/domain';
import type { ResultOf } from '@scrutiny/graphql-client';
import { createScrutinyClient } from '@scrutiny/graphql-client';
import type { PublishedReportEntry } from '@scrutiny/public-pages';
import { PublishedInspectionsQuery } from '../queries.ts';

type Listed = ResultOf<typeof PublishedInspectionsQuery>['inspections']['edges'][number]['node'];

export async function publishedReportList(fetch: typeof globalThis.fetch): Promise<PublishedReportEntry[]> {
  const client = createScrutinyClient({ url: 'http://scrutiny.internal/graphql', fetch });
  const listed: Listed[] = [];
  for (let after: string | null = null, more = true; more;) {
    const page = await publishedPage(client, after);
    listed.push(...page.edges.map((e) => e.node));
    more = page.pageInfo.hasNextPage && Boolean(page.pageInfo.endCursor);
    after = page.pageInfo.endCursor ?? null;
  }
  const slugs = reportSlugs(listed);
  return listed.map((inspection) => ({ ...inspection, slug: slugs.get(inspection.id)! }));
}

async function publishedPage(client: ReturnType<typeof createScrutinyClient>, after: string | null) {
  const result = await client
    .query(PublishedInspectionsQuery, { after }, { requestPolicy: 'network-only' })
    .toPromise();
  if (result.error) throw result.error;
  if (!result.data) throw new Error('no published inspections in the answer');
  return result.data.inspections;
}
