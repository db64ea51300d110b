// Issue 20: published reports anyone can find and read without JavaScript. Pages are made on the server from the
// board app's own components, served at readable addresses, listed in the sitemap, and nothing unpublished shows.
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../env.ts';
import { listen } from '../server.ts';
import { startTestApi, type TestApi } from '../testing/harness.ts';
import { openInspectionWithAssignedFile } from '../testing/live-fixture.ts';

let api: TestApi;
let running: { url: string; close(): Promise<void> };
let appDir: string;

beforeAll(async () => {
  api = await startTestApi({ seed: true });
  // A stand-in for the built board app: its index.html is the shell the pages go out in, and, before issue 20, what
  // every address under / answered with (200) whatever it named.
  appDir = await mkdtemp(join(tmpdir(), 'scrutiny-board-'));
  await writeFile(
    join(appDir, 'index.html'),
    '<!doctype html><html lang="en-GB"><head><title>Scrutiny</title></head><body><div id="root"></div></body></html>',
  );
  const config = { ...readConfig({ PORT: '0' }), secureCookies: false, apps: [{ prefix: '/', dir: appDir }] };
  running = await listen(api.app, config);
}, 240_000);

afterAll(async () => {
  await running?.close();
  await api?.close();
  await rm(appDir, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${running.url}${path}`, { redirect: 'manual', headers });

/** The text a reader sees: tags and React's text separators dropped, spaces collapsed. */
const text = (html: string) =>
  html
    .replace(/<!--.*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, '’')
    .replace(/\s+/g, ' ');

/** The table whose caption is exactly `caption`, as text. */
function table(html: string, caption: string): string {
  const tables = html.match(/<table[\s\S]*?<\/table>/g) ?? [];
  const found = tables.find((t) => text(/<caption[^>]*>([\s\S]*?)<\/caption>/.exec(t)?.[1] ?? '').trim() === caption);
  if (!found) throw new Error(`no table captioned ${caption}`);
  return text(found);
}

async function publishedInspections() {
  return api.app.db.prisma.inspection.findMany({
    where: { status: 'PUBLISHED' },
    select: { id: true, year: true, kind: true, area: { select: { code: true } } },
  });
}

describe('a published report’s page, made on the server', () => {
  it('holds the whole report as HTML: B1 62% (24 of 39) against 48%, and 26 of 32', async () => {
    const response = await get('/reports/wmpa-2005-follow-up');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    const b1 = table(html, 'B1 score');
    expect(b1).toMatch(/Original inspection \(2004\) 48%/);
    expect(b1).toMatch(/Follow-up inspection \(2005\) 62% \(24 of 39\)/);
    expect(text(html)).toContain('improvement against 26 of 32 figures');
    expect(table(html, 'B1 measures: share of applicable case files meeting each')).toContain('%');
    // The chart is drawn as SVG, with its figures in a table beside it.
    expect(html).toMatch(/<svg[^>]*ui-chart__svg/);
    // All of it in place: no part hidden until an inline script reveals it (no script runs without JavaScript,
    // and the Content-Security-Policy allows no inline script anyway).
    expect(html).not.toMatch(/<script(?![^>]*type="application\/(?:ld\+)?json")[^>]*>/);
    expect(html).not.toMatch(/<template|<div hidden/);
    // The answers it was drawn from travel with it, for the app to take over without fetching.
    expect(html).toMatch(/<script type="application\/json" id="scrutiny-state">/);
  });

  it('is stored once made, and answers a repeat visit with 304 for its ETag', async () => {
    const stored = await api.app.db.prisma.publicPage.findUnique({ where: { path: '/reports/wmpa-2005-follow-up' } });
    expect(stored?.publishedReportId).toBeTruthy();
    const first = await get('/reports/wmpa-2005-follow-up');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect((await get('/reports/wmpa-2005-follow-up', { 'if-none-match': etag! })).status).toBe(304);
  });

  it('says what it is: title, description, canonical address, Open Graph and structured data', async () => {
    const html = await (await get('/reports/wmpa-2005-follow-up')).text();
    const origin = running.url;
    expect(html).toMatch(/<title>West Midlands Probation Area: [^<]*2005[^<]* – Scrutiny<\/title>/);
    expect(html).toMatch(
      /<meta name="description" content="2005 follow-up inspection of West Midlands Probation Area \([^"]+\): every criterion/,
    );
    expect(html).toContain(`<link rel="canonical" href="${origin}/reports/wmpa-2005-follow-up">`);
    expect(html).toContain(`<meta property="og:url" content="${origin}/reports/wmpa-2005-follow-up">`);
    expect(html).toMatch(/<meta property="og:title" content="West Midlands Probation Area: /);
    const ld = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)?.[1];
    const data = JSON.parse(ld!) as Record<string, unknown>;
    expect(data).toMatchObject({
      '@type': 'Report',
      temporalCoverage: '2005',
      url: `${origin}/reports/wmpa-2005-follow-up`,
    });
    expect(html.match(/<title>/g)).toHaveLength(1);
  });

  it('answers at its id too, by a permanent redirect to its readable address', async () => {
    const inspection = (await publishedInspections()).find((i) => i.year === 2005)!;
    const response = await get(`/reports/${encodeURIComponent(encodeGlobalID('Inspection', inspection.id))}`);
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/reports/wmpa-2005-follow-up');
  });
});

describe('nothing unpublished can be found', () => {
  it('an unpublished inspection’s address answers 404, exactly as an address that names nothing', async () => {
    const unpublished = await api.app.db.prisma.inspection.findFirst({
      where: { status: { not: 'PUBLISHED' } },
      select: { id: true },
    });
    expect(unpublished).not.toBeNull();
    const byId = await get(`/reports/${encodeURIComponent(encodeGlobalID('Inspection', unpublished!.id))}`);
    const nothing = await get(`/reports/${encodeURIComponent(encodeGlobalID('Inspection', 'no-such-inspection'))}`);
    expect(byId.status).toBe(404);
    expect(nothing.status).toBe(404);
    expect(await byId.text()).toBe(await nothing.text());
    expect((await get('/reports/wmpa-2006-full')).status).toBe(404);
  });

  it('the sitemap lists exactly the published reports, and robots.txt points to it', async () => {
    const xml = await (await get('/sitemap.xml')).text();
    const reports = [...xml.matchAll(/<loc>[^<]*\/reports\/([^<]+)<\/loc>/g)].map((m) => m[1]).sort();
    const published = (await publishedInspections())
      .map((i) => `${i.area.code.toLowerCase()}-${i.year}-${i.kind === 'FULL' ? 'full' : 'follow-up'}`)
      .sort();
    expect(reports).toEqual(published);
    expect(reports).toContain('wmpa-2005-follow-up');
    const unpublished = await api.app.db.prisma.inspection.findMany({
      where: { status: { not: 'PUBLISHED' } },
      select: { id: true },
    });
    for (const { id } of unpublished) expect(xml).not.toContain(encodeGlobalID('Inspection', id));
    const robots = await (await get('/robots.txt')).text();
    expect(robots).toContain(`Sitemap: ${running.url}/sitemap.xml`);
  });
});

describe('the list of published reports and an area’s page', () => {
  it('are whole HTML too, linking to the reports’ readable addresses', async () => {
    const home = await (await get('/')).text();
    expect(home).toContain('href="/reports/wmpa-2005-follow-up"');
    expect(home).toMatch(/<meta name="description" content="Reports of \d+ published probation inspections/);
    const area = await get('/areas/wmpa');
    expect(area.status).toBe(200);
    const html = await area.text();
    expect(text(html)).toContain('West Midlands Probation Area');
    expect(html).toContain('href="/reports/wmpa-2005-follow-up"');
    expect((await get('/areas/WMPA')).headers.get('location')).toBe('/areas/wmpa');
    expect((await get('/areas/nowhere')).status).toBe(404);
  });
});

describe('publication makes the pages', () => {
  it('stores the new report’s page as it publishes, and lists it in the sitemap and on the home page', async () => {
    const { inspectionId, chief } = await openInspectionWithAssignedFile(api);
    const homeBefore = await (await get('/')).text();
    for (const to of ['VALIDATION', 'DRAFTING', 'FACTUAL_ACCURACY_CHECK', 'SIGNED_OFF']) {
      await api.gql(
        'mutation ($input: MutationMoveInspectionInput!) { moveInspection(input: $input) { __typename } }',
        {
          input: { inspectionId, to },
        },
        chief,
      );
    }
    const { id } = decodeGlobalID(inspectionId);
    const before = await api.app.db.prisma.publicPage.count({ where: { publishedReport: { inspectionId: id } } });
    expect(before).toBe(0);
    const published = await api.gql<{ publishInspection: { __typename: string } }>(
      'mutation ($input: MutationPublishInspectionInput!) { publishInspection(input: $input) { __typename } }',
      { input: { inspectionId } },
      chief,
    );
    expect(published.data!.publishInspection.__typename).toBe('MutationPublishInspectionSuccess');
    // Made at publication, before anyone asked for it.
    const page = await api.app.db.prisma.publicPage.findFirst({ where: { publishedReport: { inspectionId: id } } });
    expect(page?.path).toMatch(/^\/reports\/[a-z0-9-]+$/);
    expect(page?.body).toContain('<h1');
    const xml = await (await get('/sitemap.xml')).text();
    expect(xml).toContain(`${page!.path}</loc>`);
    const homeAfter = await (await get('/')).text();
    expect(homeBefore).not.toContain(`href="${page!.path}"`);
    expect(homeAfter).toContain(`href="${page!.path}"`);
    expect((await get(page!.path)).status).toBe(200);
  });
});
