// Downloads of a published report are rendered once and served from the database after that (issue 14, finding 8):
// the second download renders nothing, every process and every restart serves the same stored file, it carries a
// strong ETag and an If-None-Match is answered 304, /exports/ counts against the caller's rate limit, and nothing
// that is not published is stored or cached publicly.
import { fileURLToPath } from 'node:url';
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type ScrutinyApp } from '../app.ts';
import { DEFAULT_PLUGINS, readConfig, type Config } from '../env.ts';
import { listen } from '../server.ts';
import { startTestApi, type TestApi } from '../testing/harness.ts';
import { westMidlands2005Id } from '../testing/report-model.ts';

const COUNTING = fileURLToPath(new URL('./fixtures/exporters/counting-exporter.ts', import.meta.url));
const ANONYMOUS_LIMIT = 20;

let api: TestApi;
let config: Config;
let wm2005: string;
let published: { id: string; title: string }[];
let running: { url: string; close(): Promise<void> };
const otherApps: ScrutinyApp[] = [];

beforeAll(async () => {
  config = {
    ...readConfig({ SCRUTINY_LOG_LEVEL: 'silent' }),
    secureCookies: false,
    plugins: [...DEFAULT_PLUGINS, COUNTING],
    rateLimits: { anonymousPerMinute: ANONYMOUS_LIMIT, tokenPerMinute: 1000 },
  };
  api = await startTestApi({ seed: true, config });
  wm2005 = await westMidlands2005Id(api.gql);
  const listed = await api.gql<{ inspections: { edges: { node: { id: string; title: string } }[] } }>(
    `{ inspections(publishedOnly: true, first: 50) { edges { node { id title } } } }`,
  );
  published = listed.data!.inspections.edges.map((e) => e.node);
  running = await listen(api.app, { ...config, port: 0 });
}, 240_000);
afterAll(async () => {
  await running?.close();
  for (const app of otherApps) await app.yoga.dispose();
});

const path = (id: string, key: string) => `/exports/${encodeURIComponent(id)}/${key}`;

function download(id: string, key: string, init: RequestInit = {}, app: ScrutinyApp = api.app): Promise<Response> {
  return Promise.resolve(app.yoga.fetch(`http://scrutiny.test${path(id, key)}`, init));
}

/** Another API process on the same database (or the same one after a restart): a fresh app, nothing in memory. */
async function anotherProcess(): Promise<ScrutinyApp> {
  const app = await createApp(config, { db: api.app.db });
  otherApps.push(app);
  return app;
}

const storedFor = (inspectionGlobalId: string) =>
  api.app.db.prisma.reportDownload.findMany({
    where: { publishedReport: { inspectionId: Buffer.from(inspectionGlobalId, 'base64').toString().split(':')[1] } },
    select: { exporterKey: true, etag: true },
  });

describe('issue 14 finding 8: downloads are rendered once, cached and rate-limited', () => {
  it('renders a download once: the second download runs no exporter and reads no report', async () => {
    const first = await download(wm2005, 'counted-txt');
    expect(first.status).toBe(200);
    expect(await first.text()).toMatch(/render 1\n$/);
    const again = await api.countQueries(async () => {
      const response = await download(wm2005, 'counted-txt');
      return { status: response.status, text: await response.text() };
    });
    expect(again.result.status).toBe(200);
    expect(again.result.text).toMatch(/render 1\n$/);
    // Reading the report through GraphQL takes dozens of statements; the stored file takes two.
    expect(again.statements).toBeLessThanOrEqual(3);

    const pdf = await download(wm2005, 'report-pdf');
    const pdfBytes = Buffer.from(await pdf.arrayBuffer());
    const secondPdf = await api.countQueries(async () =>
      Buffer.from(await (await download(wm2005, 'report-pdf')).arrayBuffer()),
    );
    expect(secondPdf.statements).toBeLessThanOrEqual(3);
    expect(secondPdf.result.equals(pdfBytes)).toBe(true);
  });

  it('keeps the file in the database: another process, or the same after a restart, serves it without rendering', async () => {
    const other = await anotherProcess();
    const response = await download(wm2005, 'counted-txt', {}, other);
    expect(await response.text()).toMatch(/render 1\n$/);
    expect((await storedFor(wm2005)).filter((s) => s.exporterKey === 'counted-txt')).toHaveLength(1);
  });

  it('renders once for concurrent first requests, across processes, and all get the same file', async () => {
    const target = published.find((p) => p.id !== wm2005)!;
    const other = await anotherProcess();
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, i) => download(target.id, 'counted-txt', {}, i % 2 === 0 ? api.app : other)),
    );
    const bodies = await Promise.all(responses.map((r) => r.text()));
    expect(responses.map((r) => r.status)).toEqual(Array(8).fill(200));
    expect(new Set(bodies).size).toBe(1);
    expect(new Set(responses.map((r) => r.headers.get('etag'))).size).toBe(1);
    // One render per process at most, and one stored file.
    const render = Number(/render (\d+)/.exec(bodies[0]!)![1]);
    const later = await (await download(target.id, 'counted-txt')).text();
    expect(Number(/render (\d+)/.exec(later)![1])).toBe(render);
    expect((await storedFor(target.id)).filter((s) => s.exporterKey === 'counted-txt')).toHaveLength(1);
  });

  it('stores nothing when the exporter fails', async () => {
    const responses = await Promise.all([download(wm2005, 'broken-txt'), download(wm2005, 'broken-txt')]);
    expect(responses.map((r) => r.status)).toEqual([500, 500]);
    expect(responses[0]!.headers.get('cache-control')).toBe('no-store');
    expect((await storedFor(wm2005)).filter((s) => s.exporterKey === 'broken-txt')).toEqual([]);
  });

  it('sends a strong ETag (a hash of the bytes) and public caching, and answers If-None-Match with 304', async () => {
    const response = await download(wm2005, 'figures-csv');
    expect(response.status).toBe(200);
    const etag = response.headers.get('etag')!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{20,}"$/);
    expect(response.headers.get('cache-control')).toMatch(/^public, max-age=\d+/);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.length).toBeGreaterThan(0);

    for (const header of [etag, `W/${etag}`, `"something-else", ${etag}`, '*']) {
      const revalidated = await download(wm2005, 'figures-csv', { headers: { 'if-none-match': header } });
      expect(revalidated.status, header).toBe(304);
      expect(revalidated.headers.get('etag')).toBe(etag);
      expect(revalidated.headers.get('cache-control')).toBe(response.headers.get('cache-control'));
      expect((await revalidated.arrayBuffer()).byteLength).toBe(0);
    }
    const changed = await download(wm2005, 'figures-csv', { headers: { 'if-none-match': '"not-this-one"' } });
    expect(changed.status).toBe(200);
    expect(Buffer.from(await changed.arrayBuffer()).equals(bytes)).toBe(true);
    const head = await download(wm2005, 'figures-csv', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('etag')).toBe(etag);
  });

  it('counts /exports/ against the anonymous rate limit: a burst beyond it gets 429 with Retry-After', async () => {
    const url = `${running.url}${path(wm2005, 'figures-csv')}`;
    const statuses: number[] = [];
    let refused: Response | undefined;
    for (let i = 0; i < ANONYMOUS_LIMIT + 5; i += 1) {
      const response = await fetch(url);
      statuses.push(response.status);
      if (response.status === 429) refused ??= response;
      await response.arrayBuffer();
    }
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(5);
    expect(Number(refused!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused!.headers.get('cache-control')).toBe('no-store');
    // The same caller is over the same limit on /graphql too.
    const graphql = await fetch(`${running.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(graphql.status).toBe(429);
  });

  it('does not cache or store anything for an inspection that is not published, even for its team', async () => {
    const chief = await api.signIn(DEMO_EMAILS.assistantChiefInspector);
    const all = await api.gql<{ inspections: { edges: { node: { id: string; published: boolean } }[] } }>(
      `{ inspections(first: 50) { edges { node { id published } } } }`,
      {},
      chief,
    );
    const draft = all.data!.inspections.edges.map((e) => e.node).find((n) => !n.published)!;
    for (const key of ['figures-csv', 'counted-txt', 'report-pdf']) {
      const response = await download(draft.id, key, { headers: { cookie: chief } });
      expect(response.status).toBe(404);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('etag')).toBeNull();
    }
    const draftRow = Buffer.from(draft.id, 'base64').toString().split(':')[1]!;
    expect(
      await api.app.db.prisma.reportDownload.count({ where: { publishedReport: { inspectionId: draftRow } } }),
    ).toBe(0);
  });
});
