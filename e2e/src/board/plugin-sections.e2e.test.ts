// A reader of the published West Midlands 2005 report, on a Scrutiny that loads the template plugin, finds the
// plugin's section after the report's own parts, reaches it from the contents, and the page stays accessible.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../browser.ts';
import { startScrutiny, type RunningScrutiny } from '../scrutiny.ts';
import { accessibilityProblems, heading, openWestMidlands2005 } from './board-pages.ts';

const PLUGINS = ['@scrutiny/plugin-framework-esi', '@scrutiny/plugin-export-open-data', '@scrutiny/plugin-template'];

let scrutiny: RunningScrutiny;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  scrutiny = await startScrutiny({ plugins: PLUGINS });
  browser = await launchChromium();
  page = await browser.newPage();
  await openWestMidlands2005(page, scrutiny.url);
  expect(await heading(page)).toBe('Follow-up report on West Midlands Probation Area, 2005');
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await scrutiny?.close();
});

describe("a plugin's report section on the board", () => {
  it("comes after the report's own parts, says which plugin wrote it, and is in the contents", async () => {
    const section = page.getByRole('region', { name: 'Figures to read with care' });
    await section.waitFor();
    expect(await section.getAttribute('data-plugin')).toBe('@scrutiny/plugin-template');
    expect((await section.locator('p').innerText()).trim()).toBe(
      'Each of the 62 figures rests on five or more applicable case files.',
    );
    const headings = await page.locator('article h2').allInnerTexts();
    expect(headings.at(-1)).toBe('Figures to read with care');
    expect(headings.at(-2)).toBe('About the figures');

    const contents = page.getByRole('navigation', { name: 'Contents' });
    await contents.getByRole('link', { name: 'Figures to read with care' }).click();
    await page.waitForURL(/#additional-figures-with-care$/);
  });

  it('leaves the page without accessibility problems', async () => {
    expect(await accessibilityProblems(page)).toEqual([]);
  });
});
