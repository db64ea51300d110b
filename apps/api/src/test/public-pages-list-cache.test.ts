// Issue 20: the list of published reports behind every public page is kept in each process, under the response
// cache's generation, instead of read from the database at every request; a publication (any mutation that could
// change it) raises the generation, so the new report is listed at once.
import { decodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../env.ts';
import { listen } from '../server.ts';
import { startTestApi, type TestApi } from '../testing/harness.ts';
import { openInspectionWithAssignedFile } from '../testing/live-fixture.ts';

let api: TestApi;
let running: { url: string; close(): Promise<void> };

beforeAll(async () => {
  // Without the response cache (which keeps the in-process reader's answers too), so what is counted is this list's
  // own keeping: the generation is raised by mutations whether or not answers are cached.
  api = await startTestApi({ seed: true, config: { responseCacheSeconds: 0 } });
  running = await listen(api.app, { ...readConfig({ PORT: '0' }), secureCookies: false });
}, 240_000);

afterAll(async () => {
  await running?.close();
  await api?.close();
});

async function get(path: string): Promise<string> {
  const res = await fetch(`${running.url}${path}`, { redirect: 'manual' });
  expect(res.status).toBe(200);
  return res.text();
}

describe('the list of published reports, kept per process', () => {
  it('is not read again at the next request', async () => {
    await get('/sitemap.xml');
    await get('/');
    // The sitemap is made from the list alone; the home page from its stored page (one statement) and the list.
    const sitemap = await api.countQueries(() => get('/sitemap.xml'));
    expect(sitemap.result).toContain('/reports/wmpa-2005-follow-up</loc>');
    expect(sitemap.statements).toBe(0);
    const home = await api.countQueries(() => get('/'));
    expect(home.result).toContain('href="/reports/wmpa-2005-follow-up"');
    expect(home.statements).toBe(1);
  });

  it('lists a new publication at once', async () => {
    const { inspectionId, chief } = await openInspectionWithAssignedFile(api);
    for (const to of ['VALIDATION', 'DRAFTING', 'FACTUAL_ACCURACY_CHECK', 'SIGNED_OFF'])
      await api.gql(
        'mutation ($input: MutationMoveInspectionInput!) { moveInspection(input: $input) { __typename } }',
        { input: { inspectionId, to } },
        chief,
      );
    const before = await get('/sitemap.xml');
    const published = await api.gql<{ publishInspection: { __typename: string } }>(
      'mutation ($input: MutationPublishInspectionInput!) { publishInspection(input: $input) { __typename } }',
      { input: { inspectionId } },
      chief,
    );
    expect(published.data!.publishInspection.__typename).toBe('MutationPublishInspectionSuccess');
    const page = await api.app.db.prisma.publicPage.findFirstOrThrow({
      where: { publishedReport: { inspectionId: decodeGlobalID(inspectionId).id } },
    });
    expect(before).not.toContain(`${page.path}</loc>`);
    expect(await get('/sitemap.xml')).toContain(`${page.path}</loc>`);
    expect(await get('/')).toContain(`href="${page.path}"`);
    // Read once after the publication, then kept again.
    expect((await api.countQueries(() => get('/sitemap.xml'))).statements).toBe(0);
  });
});
