// Issue 20: the published report is whole HTML from the server. With JavaScript off a reader gets every table and
// figure; with it on, the board app takes the very same page over without errors or drawing it again.
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../browser.ts';
import { startScrutiny, type RunningScrutiny } from '../scrutiny.ts';
import { accessibilityProblems } from './board-pages.ts';

let scrutiny: RunningScrutiny;
let browser: Browser;

beforeAll(async () => {
  scrutiny = await startScrutiny();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await scrutiny?.close();
});

const REPORT = '/reports/wmpa-2005-follow-up';

describe('with JavaScript turned off', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await browser.newContext({ javaScriptEnabled: false });
    page = await context.newPage();
  });

  afterAll(() => context?.close());

  it('the West Midlands 2005 report shows its criterion tables: B1 62% (24 of 39) against 48%, and 26 of 32', async () => {
    const response = await page.goto(`${scrutiny.url}${REPORT}`);
    expect(response?.status()).toBe(200);
    expect((await page.locator('main h1').innerText()).trim()).toBe(
      'Follow-up report on West Midlands Probation Area, 2005',
    );
    const b1 = page.getByRole('table', { name: 'B1 score' });
    await expect(b1.getByRole('row', { name: /Original inspection \(2004\)/ }).innerText()).resolves.toMatch(/48%/);
    await expect(b1.getByRole('row', { name: /Follow-up inspection \(2005\)/ }).innerText()).resolves.toMatch(
      /62%\s*\(24 of 39\)/,
    );
    await expect(
      page.getByRole('table', { name: 'B1 measures: share of applicable case files meeting each' }).count(),
    ).resolves.toBe(1);
    await expect(page.getByRole('table', { name: /^[A-Z]\d+ score$/ }).count()).resolves.toBeGreaterThanOrEqual(4);
    await expect(page.locator('main').innerText()).resolves.toContain('improvement against 26 of 32 figures');
    // The chart is there as SVG, with its figures in a table.
    await expect(page.locator('main figure svg').count()).resolves.toBeGreaterThan(0);
  });

  it('the list of published reports links to it by its readable address', async () => {
    await page.goto(scrutiny.url);
    await page
      .getByRole('region', { name: 'West Midlands Probation Area' })
      .getByRole('link', { name: /Follow-up inspection 2005/ })
      .click();
    await page.waitForURL(`${scrutiny.url}${REPORT}`);
    await expect(page.getByRole('table', { name: 'B1 score' }).count()).resolves.toBe(1);
  });
});

describe('with JavaScript on', () => {
  it('the app takes the page over without errors, without drawing it again, and with no accessibility violations', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    // Hold the app's script until the server's heading has been marked, then let the app take over.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/index-[^/]+\.js$/, async (route: Route) => {
      await held;
      await route.continue();
    });
    const graphql: string[] = [];
    page.on('request', (request) => {
      if (!request.url().endsWith('/graphql')) return;
      const body = JSON.parse(request.postData() ?? '{}') as { operationName?: string };
      graphql.push(body.operationName ?? 'unnamed');
    });
    await page.goto(`${scrutiny.url}${REPORT}`, { waitUntil: 'commit' });
    await page.locator('main h1').waitFor();
    await page.evaluate(() => {
      (document.querySelector('main h1') as HTMLElement & { fromServer?: boolean }).fromServer = true;
    });
    release();
    await page.waitForFunction(() => document.documentElement.dataset.rendered === 'scrutiny:report-rendered');
    // The very element the server sent is still there: hydrated, not replaced.
    await expect(
      page.evaluate(() => (document.querySelector('main h1') as HTMLElement & { fromServer?: boolean }).fromServer),
    ).resolves.toBe(true);
    // The report's figures came with the page; only who is signed in was asked for.
    expect([...new Set(graphql)]).toEqual(['Viewer']);
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the home and area pages, taken over', () => {
  /** The reports a page links to, in order. */
  const reportLinks = (page: Page) =>
    page.locator('main a[href^="/reports/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));

  it('list the same reports as the server drew, from every page of the list it sent (none fetched again)', async () => {
    for (const path of ['/', '/areas/wmpa']) {
      const off = await browser.newContext({ javaScriptEnabled: false });
      const served = await off.newPage();
      await served.goto(`${scrutiny.url}${path}`);
      const fromServer = await reportLinks(served);
      await off.close();
      expect(fromServer.length).toBeGreaterThan(0);

      const context = await browser.newContext();
      const page = await context.newPage();
      const graphql: string[] = [];
      page.on('request', (request) => {
        if (!request.url().endsWith('/graphql')) return;
        graphql.push((JSON.parse(request.postData() ?? '{}') as { operationName?: string }).operationName ?? '');
      });
      const viewer = page.waitForRequest((r) => r.url().endsWith('/graphql'));
      await page.goto(`${scrutiny.url}${path}`);
      await viewer;
      await page.waitForLoadState('networkidle');
      expect(await reportLinks(page)).toEqual(fromServer);
      expect([...new Set(graphql)]).toEqual(['Viewer']);
      expect(await accessibilityProblems(page)).toEqual([]);
      await context.close();
    }
  });
});

describe('on a phone', () => {
  it('nothing on the page moves as the app takes it over and collapses the menu (no layout shift)', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as Window & { shifts?: number[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    for (const path of ['/', REPORT]) {
      await page.goto(`${scrutiny.url}${path}`);
      // Taken over: the menu is behind its button, which works.
      const toggle = page.getByRole('button', { name: 'Menu' });
      await toggle.waitFor();
      await expect(page.getByRole('link', { name: 'Sign in' }).isVisible()).resolves.toBe(false);
      await page.waitForTimeout(300);
      const shifts = await page.evaluate(() => (window as Window & { shifts?: number[] }).shifts ?? []);
      expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.001);
      await toggle.click();
      await expect(page.getByRole('link', { name: 'Sign in' }).isVisible()).resolves.toBe(true);
    }
    await context.close();
  });
});
