// Prints how long the published West Midlands 2005 follow-up report takes to be fully rendered in Chromium: from
// navigation start until the page has its data and has committed the whole report (the `scrutiny:report-rendered`
// performance mark the report page sets), median of several loads, against the 1-second target.
// It starts Scrutiny as a user gets it (embedded database, reference data, the built board app on one port).
// Build the board app first: npx -y pnpm@12.21.0 exec turbo run build --filter=@scrutiny/board
// Run: npx -y pnpm@12.21.0 --filter @scrutiny/bench run bench:report
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, listen, readConfig, referenceSeed, seedReferenceData } from '@scrutiny/api/testing';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_PATH, LOADS } from './env.ts';

const TARGET_MS = 1000;
const MARK = 'scrutiny:report-rendered';

interface Load {
  /** Navigation start to the report's rendered mark. */
  rendered: number;
  /** Navigation start to DOMContentLoaded (the app's code is in, its data not yet). */
  domContentLoaded: number;
  /** Bytes the page fetched (HTML, scripts, styles, fonts, GraphQL). */
  transferred: number;
}

async function westMidlands2005Path(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-scrutiny-client': 'bench' },
    body: JSON.stringify({
      query: '{ inspections(areaCode: "WMPA", year: 2005, publishedOnly: true, first: 1) { edges { node { id } } } }',
    }),
  });
  const body = (await response.json()) as { data: { inspections: { edges: { node: { id: string } }[] } } };
  const id = body.data.inspections.edges[0]?.node.id;
  if (!id) throw new Error('The published West Midlands 2005 report was not found.');
  return `/reports/${encodeURIComponent(id)}`;
}

async function measure(page: Page, url: string, reload: boolean): Promise<Load> {
  if (reload) await page.reload({ waitUntil: 'commit' });
  else await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, MARK, { timeout: 30_000 });
  return page.evaluate((mark) => {
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    return {
      rendered: performance.getEntriesByName(mark)[0]!.startTime,
      domContentLoaded: navigation?.domContentLoadedEventEnd ?? Number.NaN,
      transferred: (navigation?.transferSize ?? 0) + resources.reduce((sum, r) => sum + r.transferSize, 0),
    };
  }, MARK);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function line(label: string, loads: readonly Load[]): string {
  const rendered = loads.map((l) => l.rendered);
  const verdict = median(rendered) <= TARGET_MS ? 'within' : 'OVER';
  return (
    `${label}: rendered in median ${median(rendered).toFixed(0)} ms ` +
    `(best ${Math.min(...rendered).toFixed(0)}, worst ${Math.max(...rendered).toFixed(0)}; ` +
    `DOMContentLoaded median ${median(loads.map((l) => l.domContentLoaded)).toFixed(0)} ms; ` +
    `${(median(loads.map((l) => l.transferred)) / 1024).toFixed(0)} KiB fetched) — ${verdict} the ${TARGET_MS} ms target`
  );
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'scrutiny-bench-'));
  const config = { ...readConfig({ SCRUTINY_DATA_DIR: dataDir, PORT: '0' }), secureCookies: false };
  const board = config.apps.find((a) => a.prefix === '/');
  if (!board || !existsSync(join(board.dir, 'index.html')))
    throw new Error('Build the board app first: npx -y pnpm@12.21.0 exec turbo run build --filter=@scrutiny/board');
  const app = await createApp(config);
  await seedReferenceData(app.db.prisma, app.services.frameworks, referenceSeed());
  const running = await listen(app, config);
  let browser: Browser | undefined;
  try {
    const url = `${running.url}${await westMidlands2005Path(running.url)}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
    // One load to warm the server (first query plans, framework cache), not counted.
    const warmUp = await browser.newContext();
    await measure(await warmUp.newPage(), url, false);
    await warmUp.close();

    // A first visit: a fresh browser profile each time, nothing cached.
    const firstVisits: Load[] = [];
    for (let i = 0; i < LOADS; i++) {
      const context = await browser.newContext();
      firstVisits.push(await measure(await context.newPage(), url, false));
      await context.close();
    }
    // A return visit: the same browser reloading, the app's scripts and styles cached.
    const context = await browser.newContext();
    const page = await context.newPage();
    await measure(page, url, false);
    const returnVisits: Load[] = [];
    for (let i = 0; i < LOADS; i++) returnVisits.push(await measure(page, url, true));
    await context.close();

    console.log(`West Midlands 2005 follow-up report (${url}), ${LOADS} loads each, Chromium ${browser.version()}:`);
    console.log(line('  first visit ', firstVisits));
    console.log(line('  return visit', returnVisits));
  } finally {
    await browser?.close();
    await running.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
