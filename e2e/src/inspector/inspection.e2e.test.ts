// An inspector follows the 2006 West Midlands follow-up: progress and case files with their assessors, which
// follow the assessors' answers by themselves (the live scores have their own test: live-scores.e2e.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, launchChromium } from '../browser.ts';
import { startScrutiny, type RunningScrutiny } from '../scrutiny.ts';
import {
  CHIEF_INSPECTOR,
  NEIL,
  expectNoAxeViolations,
  expectStatus,
  openCaseFile,
  questionText,
  signedInPage,
} from './inspector-pages.ts';

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

describe('an inspection for its inspectors', () => {
  it('shows progress and the case files with their assessors, and follows answers by itself', async () => {
    const inspector = await signedInPage(browser, scrutiny.url, CHIEF_INSPECTOR);
    const { page } = inspector;
    await page.getByRole('heading', { level: 1, name: 'My inspections' }).waitFor();
    await expectNoAxeViolations(page, axeViolations);

    await page.getByRole('link', { name: 'Follow-up inspection 2006' }).click();
    await page.getByRole('heading', { level: 1, name: 'Follow-up inspection 2006' }).waitFor();
    const progress = page.getByTestId('inspection-progress');
    const before = await progress.innerText();
    expect(before).toMatch(/^\d+ of \d+ questions assessed; 0 of 12 case files submitted$/);

    const files = page.getByRole('table', { name: /Case files/ });
    await expect(files.getByRole('row').count()).resolves.toBe(13);
    await expect(files.getByRole('row', { name: /WM06-007/ }).innerText()).resolves.toContain('Neil Appleby');
    await expect(files.getByText('No assessor yet').count()).resolves.toBe(2);

    await expect(page.getByRole('link', { name: 'Live scores against the baseline' }).count()).resolves.toBe(1);
    await expectNoAxeViolations(page, axeViolations);

    // An assessor answers a question elsewhere; the inspector's page catches up without a reload.
    const assessor = await signedInPage(browser, scrutiny.url, NEIL);
    await openCaseFile(assessor.page, 'WM06-009');
    const unanswered = assessor.page
      .locator('.app-question:has(fieldset)')
      .filter({ hasNot: assessor.page.locator('input:checked') })
      .first();
    // Once answered it no longer matches the filter: hold on to it by its question.
    const text = await questionText(unanswered);
    const answered = assessor.page
      .locator('.app-question')
      .filter({ has: assessor.page.getByRole('group', { name: text }) });
    await answered.getByLabel('Yes', { exact: true }).check();
    await expectStatus(answered, 'Saved');
    await expect.poll(() => progress.innerText(), { timeout: 15_000 }).not.toBe(before);

    await assessor.context.close();
    await inspector.context.close();
  });
});
