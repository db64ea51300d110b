// Issue 15, item 7: the board app moves focus to the new page's main heading and announces it on every page
// change; "Add action" has an error summary linked to its fields and a GOV.UK date input (day, month, year), not the
// browser's date picker. axe finds nothing on the way.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { launchChromium } from '../browser.ts';
import { startScrutiny, type RunningScrutiny } from '../scrutiny.ts';
import { accessibilityProblems, signIn } from './board-pages.ts';

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

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName.toLowerCase()}: ${(el as HTMLElement).innerText.trim()}` : null;
  });

describe('issue 15 item 7: the board app', () => {
  it('moves focus to the main heading and announces the page on every page change', async () => {
    const page = await (await browser.newContext()).newPage();
    await signIn(page, scrutiny.url, DEMO_EMAILS.westMidlandsBoardMember, 'scrutiny-demo');
    for (const [link, title] of [
      ['Recommendations', /^h1: Recommendations/],
      ['Published inspections', /^h1: Published inspections/],
      ['Your area', /^h1: West Midlands/],
    ] as const) {
      await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: link }).click();
      await expect.poll(() => focused(page), { timeout: 10_000 }).toMatch(title);
      const h1 = (await page.locator('main h1').first().innerText()).trim();
      await expect.poll(() => page.getByTestId('page-announcement').innerText()).toBe(h1);
    }
    await page.context().close();
  });

  it('"Add action" shows an error summary linked to its fields, and takes its due date as day, month and year', async () => {
    const page = await (await browser.newContext()).newPage();
    await signIn(page, scrutiny.url, DEMO_EMAILS.westMidlandsBoardMember, 'scrutiny-demo');
    await page.goto(`${scrutiny.url}/area/recommendations`);
    await page.locator('main h1').first().waitFor();
    await expect(page.locator('input[type=date]').count()).resolves.toBe(0);
    const form = page.locator('details').first();
    await form.locator('summary').click();
    await form.getByRole('group', { name: 'Due date (optional)' }).getByLabel('Day').fill('31');
    await form.getByRole('button', { name: 'Add action' }).click();
    const summary = form.locator('.govuk-error-summary');
    await summary.waitFor();
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect(summary.getByRole('link').allInnerTexts()).resolves.toEqual([
      'Enter the action',
      'Enter who owns the action',
      'Due date must include a month and year',
    ]);
    expect(await accessibilityProblems(page)).toEqual([]);

    await form.getByLabel('Action').fill('Train every officer in risk of harm assessment');
    await form.getByLabel('Owner').fill('ACO Interventions');
    await form.getByLabel('Month').fill('2');
    await form.getByLabel('Year').fill('2007');
    await form.getByRole('button', { name: 'Add action' }).click();
    await expect.poll(() => summary.getByRole('link').allInnerTexts()).toEqual(['Due date must be a real date']);

    await form.getByLabel('Day').fill('28');
    await form.getByRole('button', { name: 'Add action' }).click();
    await page.getByText('Train every officer in risk of harm assessment').first().waitFor();
    await expect(form.locator('.govuk-error-summary').count()).resolves.toBe(0);
    await page.context().close();
  });
});
