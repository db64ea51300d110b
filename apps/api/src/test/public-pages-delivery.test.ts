// Issue 20: how the public pages go out. Compressed (brotli or gzip, Vary: Accept-Encoding, a strong ETag of each
// encoding's own bytes), with absolute addresses under SCRUTINY_PUBLIC_URL, and a sitemap that lists every
// published report however many there are (the API gives at most 100 a page).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../env.ts';
import { listen } from '../server.ts';
import { startTestApi, type TestApi } from '../testing/harness.ts';

const PUBLIC_URL = 'https://scrutiny.example.org';
/** Published inspections added to the reference data's, so the published reports are well over 100. */
const EXTRA_PUBLISHED = 130;

let api: TestApi;
let running: { url: string; close(): Promise<void> };
let appDir: string;

beforeAll(async () => {
  api = await startTestApi({ seed: true });
  const model = await api.app.db.prisma.inspection.findFirstOrThrow({
    where: { status: 'PUBLISHED' },
    select: { areaId: true, frameworkId: true },
  });
  await api.app.db.prisma.inspection.createMany({
    data: Array.from({ length: EXTRA_PUBLISHED }, (_, i) => ({
      ...model,
      kind: 'FULL' as const,
      status: 'PUBLISHED' as const,
      year: 1800 + i,
      title: `Archive inspection ${1800 + i}`,
      publishedAt: new Date(Date.UTC(1800 + i, 5, 1)),
    })),
  });
  appDir = await mkdtemp(join(tmpdir(), 'scrutiny-board-'));
  await writeFile(
    join(appDir, 'index.html'),
    '<!doctype html><html lang="en-GB"><head><title>Scrutiny</title></head><body><div id="root"></div></body></html>',
  );
  const config = {
    ...readConfig({ PORT: '0', SCRUTINY_PUBLIC_URL: `${PUBLIC_URL}/` }),
    secureCookies: false,
    apps: [{ prefix: '/', dir: appDir }],
  };
  running = await listen(api.app, config);
}, 240_000);

afterAll(async () => {
  await running?.close();
  await rm(appDir, { recursive: true, force: true });
});

/** A raw HTTP GET: fetch would decode the body and hide what went over the wire. */
function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (resolve, reject) => {
      const req = request(new URL(path, running.url), { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end();
    },
  );
}

const REPORT = '/reports/wmpa-2005-follow-up';

describe('a public page goes out compressed', () => {
  it('in brotli to a browser that accepts it, with Vary: Accept-Encoding, and the same page as uncompressed', async () => {
    const plain = await get(REPORT);
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
    const br = await get(REPORT, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(plain.body.length / 4);
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
  });

  it('in gzip when brotli is not accepted', async () => {
    const plain = await get(REPORT);
    const gz = await get(REPORT, { 'accept-encoding': 'gzip, br;q=0' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
  });

  it('each encoding has its own strong ETag, and a 304 answers only the tag of the encoding sent', async () => {
    const plain = await get(REPORT);
    const br = await get(REPORT, { 'accept-encoding': 'br' });
    const gz = await get(REPORT, { 'accept-encoding': 'gzip' });
    const tags = [plain, br, gz].map((r) => String(r.headers.etag));
    for (const tag of tags) expect(tag).toMatch(/^"[\w-]+"$/);
    expect(new Set(tags).size).toBe(3);
    const again = await get(REPORT, { 'accept-encoding': 'br', 'if-none-match': tags[1]! });
    expect(again.status).toBe(304);
    expect(again.headers.etag).toBe(tags[1]);
    expect(again.headers.vary).toMatch(/accept-encoding/i);
    expect(again.body.length).toBe(0);
    // The uncompressed copy's tag does not stand for the brotli bytes.
    expect((await get(REPORT, { 'accept-encoding': 'br', 'if-none-match': tags[0]! })).status).toBe(200);
    // A repeat request is sent the same bytes (the copy kept), under the same tag.
    const br2 = await get(REPORT, { 'accept-encoding': 'br' });
    expect(br2.headers.etag).toBe(tags[1]);
    expect(br2.body.equals(br.body)).toBe(true);
  });

  it('the 404 page and the sitemap are compressed too', async () => {
    const missing = await get('/reports/wmpa-1700-full', { 'accept-encoding': 'br' });
    expect(missing.status).toBe(404);
    expect(missing.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(missing.body).toString('utf8')).toContain('not found');
    const sitemap = await get('/sitemap.xml', { 'accept-encoding': 'gzip' });
    expect(sitemap.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(sitemap.body).toString('utf8')).toContain('<urlset');
  });
});

describe('absolute addresses under SCRUTINY_PUBLIC_URL', () => {
  it('canonical, Open Graph and structured data name the public address, not the one the request came to', async () => {
    const html = (await get(REPORT, { host: 'internal.example:8080' })).body.toString('utf8');
    expect(html).toContain(`<link rel="canonical" href="${PUBLIC_URL}${REPORT}">`);
    expect(html).toContain(`<meta property="og:url" content="${PUBLIC_URL}${REPORT}">`);
    const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)![1]!) as { url: string };
    expect(ld.url).toBe(`${PUBLIC_URL}${REPORT}`);
    expect(html).not.toContain('internal.example');
    expect(html).not.toContain(running.url);
  });

  it('the sitemap and robots.txt too', async () => {
    const xml = (await get('/sitemap.xml')).body.toString('utf8');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(0);
    for (const loc of locs) expect(loc.startsWith(`${PUBLIC_URL}/`)).toBe(true);
    const robots = (await get('/robots.txt')).body.toString('utf8');
    expect(robots).toContain(`Sitemap: ${PUBLIC_URL}/sitemap.xml`);
  });
});

describe('the sitemap lists every published report', () => {
  it('well over 100 of them, each once', async () => {
    const published = await api.app.db.prisma.inspection.count({ where: { status: 'PUBLISHED' } });
    expect(published).toBeGreaterThan(100);
    const xml = (await get('/sitemap.xml')).body.toString('utf8');
    const reports = [...xml.matchAll(/<loc>[^<]*\/reports\/([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(reports).toHaveLength(published);
    expect(new Set(reports).size).toBe(published);
    expect(reports).toContain('wmpa-2005-follow-up');
    expect(reports).toContain('wmpa-1800-full');
    expect(reports).toContain(`wmpa-${1800 + EXTRA_PUBLISHED - 1}-full`);
    // A report past the first hundred is there too, not a "not found" page.
    const archived = (await get('/reports/wmpa-1800-full')).body.toString('utf8');
    expect(archived).not.toMatch(/not found/i);
    expect(archived).toContain('Archive inspection 1800');
    // Every address fits in one file: there are no parts.
    expect((await get('/sitemap-1.xml')).status).toBe(404);
  });
});

describe('the public home and area pages list every published report', () => {
  /** The answers a page carries for the browser to take it over with: every published inspection in them, by id. */
  function carried(html: string): Set<string> {
    const json = /<script type="application\/json" id="scrutiny-state">([^<]*)<\/script>/.exec(html)?.[1];
    const state = JSON.parse(json ?? '{}') as Record<string, { data?: string }>;
    const ids = new Set<string>();
    for (const entry of Object.values(state)) {
      const data = JSON.parse(entry.data ?? '{}') as { inspections?: { edges: { node: { id: string } }[] } };
      for (const edge of data.inspections?.edges ?? []) ids.add(edge.node.id);
    }
    return ids;
  }

  it('past the first hundred, in the HTML and in what the browser takes the page over with', async () => {
    const published = await api.app.db.prisma.inspection.count({ where: { status: 'PUBLISHED' } });
    const wmpa = await api.app.db.prisma.inspection.count({ where: { status: 'PUBLISHED', area: { code: 'WMPA' } } });
    expect(wmpa).toBeGreaterThan(100);
    // The area page reads the same list as the home page (every area's), and draws its own area's.
    for (const path of ['/', '/areas/wmpa']) {
      const html = (await get(path)).body.toString('utf8');
      // The oldest archive inspection is the last of every list, past the first page of 100.
      expect(html).toContain('Archive inspection 1800');
      expect(html).toContain(`Archive inspection ${1800 + EXTRA_PUBLISHED - 1}`);
      expect(carried(html).size).toBe(published);
    }
  });
});
