// An anonymous visitor reads the published West Midlands 2005 follow-up report as the inspectorate printed it.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../browser.ts';
import { startScrutiny, type RunningScrutiny } from '../scrutiny.ts';
import { accessibilityProblems, heading, openWestMidlands2005 } from './board-pages.ts';

let scrutiny: RunningScrutiny;
let browser: Browser;
let page: Page;
/** What Chromium reports refusing under the pages' Content-Security-Policy ("Refused to load/execute/apply …"). */
const refusals: string[] = [];

beforeAll(async () => {
  scrutiny = await startScrutiny();
  browser = await launchChromium();
  page = await browser.newPage();
  page.on('console', (message) => {
    if (/Refused to|Content Security Policy/i.test(message.text())) refusals.push(message.text());
  });
});

afterAll(async () => {
  await browser?.close();
  await scrutiny?.close();
});

describe('the public home page', () => {
  it('lists published inspections by area and year, with no accessibility violations', async () => {
    await page.goto(scrutiny.url);
    expect(await heading(page)).toBe('Published inspections');
    const westMidlands = page.getByRole('region', { name: 'West Midlands Probation Area' });
    await expect(westMidlands.getByRole('link', { name: /Follow-up inspection 2005/ }).count()).resolves.toBe(1);
    await expect(
      westMidlands.getByRole('link', { name: /Effective Supervision Inspection 2004/ }).count(),
    ).resolves.toBe(1);
    expect(await accessibilityProblems(page)).toEqual([]);
  });
});

describe('the West Midlands 2005 follow-up report', () => {
  it('reads like the reference report: B1 62% against 48%, and improvement against 26 of 32 figures', async () => {
    await openWestMidlands2005(page, scrutiny.url);
    expect(await heading(page)).toBe('Follow-up report on West Midlands Probation Area, 2005');
    const b1 = page.getByRole('table', { name: 'B1 score' });
    await expect(b1.getByRole('row', { name: /Original inspection \(2004\)/ }).innerText()).resolves.toMatch(/48%/);
    await expect(b1.getByRole('row', { name: /Follow-up inspection \(2005\)/ }).innerText()).resolves.toMatch(
      /62%\s*\(24 of 39\)/,
    );
    await expect(page.locator('#summary').locator('..').innerText()).resolves.toContain(
      'improvement against 26 of 32 figures',
    );
  });

  it('gives B3 70 against 57, and C2 76 and C5 70 against adjusted baselines of 54 and 55', async () => {
    const row = (code: string, which: RegExp) =>
      page
        .getByRole('table', { name: `${code} score` })
        .getByRole('row', { name: which })
        .innerText();
    await expect(row('B3', /Original/)).resolves.toMatch(/57%/);
    await expect(row('B3', /Follow-up/)).resolves.toMatch(/70%\s*\(28 of 40\)/);
    await expect(row('C2', /Original/)).resolves.toMatch(/54%.*adjusted/s);
    await expect(row('C2', /Follow-up/)).resolves.toMatch(/76%\s*\(29 of 38\)/);
    await expect(row('C5', /Original/)).resolves.toMatch(/55%.*adjusted/s);
    await expect(row('C5', /Follow-up/)).resolves.toMatch(/70%/);
  });

  it('shows each measure with its denominator and the 2004 figure (risk management plans: 10 of 23 against 9 of 23)', async () => {
    const measures = page.getByRole('table', { name: /B1 measures/ });
    const rows = await measures.getByRole('row').allInnerTexts();
    const rmp = rows.find((r) => /\b9 of 23\b/.test(r));
    expect(rmp).toMatch(/43%\s*\(10 of 23\)/);
    expect(rmp).toMatch(/Not significant/);
  });

  it('has the report’s glossary and the 95% interval of each figure', async () => {
    const glossary = page.getByRole('region', { name: 'Glossary' });
    await expect(glossary.getByRole('term').count()).resolves.toBe(30);
    await expect(glossary.innerText()).resolves.toMatch(/OASys\/eOASys\s+Offender Assessment System\/electronic OASys/);
    const b1 = page.getByRole('table', { name: 'B1 score' });
    await expect(b1.getByRole('row', { name: /Follow-up inspection/ }).innerText()).resolves.toMatch(
      /95% interval 46–75%/,
    );
  });

  it('has a slope chart with a table of the same figures', async () => {
    const chart = page.getByRole('img', { name: /Slope chart of 4 criterion scores/ });
    await expect(chart.count()).resolves.toBe(1);
    const table = await page.getByRole('table', { name: 'Figures shown in the chart' }).innerText();
    expect(table).toMatch(/B1 Assessment of risk of harm\s+48% \(counts not recorded\)\s+62% \(24 of 39\)/);
  });

  it('has no accessibility violations', async () => {
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  it('lets a keyboard user skip straight to the main content', async () => {
    await page.reload();
    await heading(page);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to main content');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main-content');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.closest('main') !== null)).resolves.toBe(true);
  });

  it('says so when a report does not exist or is not published', async () => {
    await page.goto(`${scrutiny.url}/reports/SW5zcGVjdGlvbjpub25l`);
    expect(await heading(page)).toBe('Report not found');
    expect(await accessibilityProblems(page)).toEqual([]);
  });
});

describe('issue 14 finding 6: the pages run under a strict Content-Security-Policy', () => {
  it('sends the policy with the page and its scripts, and the whole visit above broke none of it', async () => {
    const response = await page.goto(scrutiny.url);
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self';.*frame-ancestors 'none'/);
    expect(response?.headers()['x-frame-options']).toBe('DENY');
    await openWestMidlands2005(page, scrutiny.url);
    expect(refusals).toEqual([]);
  });
});
