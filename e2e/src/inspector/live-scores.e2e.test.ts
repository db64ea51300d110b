// An inspector watches the live scores of the 2006 West Midlands follow-up while an assessor answers elsewhere:
// every criterion and measure, whole sample and high risk of harm, against the 2005 baseline with change, direction
// and significance, and a chart of the criteria with a table of the same figures. The figures follow each saved
// answer over the subscription, with no reload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
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

async function openLiveScores(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Follow-up inspection 2006' }).click();
  await page.getByRole('heading', { level: 1, name: 'Follow-up inspection 2006' }).waitFor();
  await page.getByRole('link', { name: 'Live scores against the baseline' }).click();
  await page.getByRole('heading', { level: 1, name: 'Live scores' }).waitFor();
}

/** The text of the row whose header cell is `label` (a measure's text, a criterion's code and title). */
function rowText(page: Page, testId: string, label: string): Promise<string> {
  return page
    .getByTestId(testId)
    .locator('tbody tr')
    .filter({ has: page.locator('th', { hasText: label }) })
    .first()
    .innerText();
}

describe('live scores', () => {
  it('shows every figure against the baseline, and follows another user’s saved answer without a reload', async () => {
    const inspector = await signedInPage(browser, scrutiny.url, CHIEF_INSPECTOR);
    const { page } = inspector;
    await openLiveScores(page);
    await expect(page.title()).resolves.toMatch(/^Live scores: Follow-up inspection 2006/);

    // Whole sample and high risk of harm, criteria and measures, each row with met, applicable, %, the baseline,
    // the change, its direction and its significance.
    for (const subsample of ['ALL', 'HIGH_RISK_OF_HARM']) {
      const criteria = page.getByTestId(`criteria-${subsample}`);
      await expect(criteria.locator('tbody tr').count()).resolves.toBeGreaterThan(3);
      const cells = await criteria.locator('tbody tr').first().locator('th, td').allInnerTexts();
      expect(cells).toHaveLength(9);
      expect(cells.slice(1, 4).join(' ')).toMatch(/^\d+ \d+ \d+%$/);
      expect(cells[5]).toMatch(/^\d+%$/);
      expect(cells[6]).toMatch(/^[+-]?\d+$/);
      expect(cells[7]).toMatch(/^(Improved|Deteriorated|Unchanged)$/);
      expect(cells[8]).toMatch(/^(Significant|Not significant) \(p [<=] [\d.]+/);
      await expect(page.getByTestId(`measures-${subsample}`).locator('tbody tr').count()).resolves.toBeGreaterThan(20);
    }
    await expect(page.getByRole('heading', { level: 2, name: 'Whole sample' }).count()).resolves.toBe(1);
    await expect(page.getByTestId('scores-comparison').innerText()).resolves.toMatch(
      /improvement against \d+ of \d+ figures/,
    );

    // The chart and its table carry the same figures.
    const chart = page.getByRole('img', { name: /^Slope chart of \d+ criterion scores/ });
    await chart.waitFor();
    const charted = Number((await chart.getAttribute('aria-label'))!.match(/of (\d+) criterion/)![1]);
    const chartTable = page.getByRole('table', { name: 'Figures shown in the chart' });
    await expect(chartTable.locator('tbody tr').count()).resolves.toBe(charted);
    const b1Chart = (await chartTable.locator('tbody tr').filter({ hasText: /^B1 / }).innerText()).split('\t');
    const b1Table = (
      await page.getByTestId('criteria-ALL').locator('tbody tr').filter({ hasText: /^B1 / }).innerText()
    ).split('\t');
    // The chart's table prints each figure as the report does, "58% (23 of 40)": the same percentage as the table.
    expect(b1Chart[1]!.startsWith(`${b1Table[5]!}`)).toBe(true); // baseline %
    expect(b1Chart[2]!.startsWith(`${b1Table[3]!} (`)).toBe(true); // follow-up %
    await expect(
      chart
        .locator('text')
        .filter({ hasText: new RegExp(`^${b1Table[3]} B1$`) })
        .count(),
    ).resolves.toBe(1);
    await expectNoAxeViolations(page, axeViolations);

    // Nothing may reload the page: a reload would drop this marker.
    await page.evaluate(() => Object.assign(window, { scoresPageMarker: true }));
    const progressBefore = await page.getByTestId('scores-progress').innerText();

    // An assessor, in another browser context, answers a question nobody has answered on one of their files.
    const assessor = await signedInPage(browser, scrutiny.url, NEIL);
    await openCaseFile(assessor.page, 'WM06-009');
    const unanswered = assessor.page
      .locator('.app-question:has(fieldset)')
      .filter({ hasNot: assessor.page.locator('input:checked') })
      .first();
    const text = await questionText(unanswered);
    const measureBefore = await rowText(page, 'measures-ALL', text);
    const answered = assessor.page
      .locator('.app-question')
      .filter({ has: assessor.page.getByRole('group', { name: text }) });
    await answered.getByLabel('Yes', { exact: true }).check();
    await expectStatus(answered, 'Saved');

    // The inspector's figures change by themselves: progress, and the measure just answered.
    await expect
      .poll(() => page.getByTestId('scores-progress').innerText(), { timeout: 15_000 })
      .not.toBe(progressBefore);
    await expect.poll(() => rowText(page, 'measures-ALL', text), { timeout: 15_000 }).not.toBe(measureBefore);
    await expect(page.getByTestId('scores-updated').innerText()).resolves.toMatch(/^Live: updated at /);
    await expect(page.evaluate(() => 'scoresPageMarker' in window)).resolves.toBe(true);
    await expectNoAxeViolations(page, axeViolations);

    await assessor.context.close();
    await inspector.context.close();
  });

  it('is reached and read by keyboard alone', async () => {
    const { context, page } = await signedInPage(browser, scrutiny.url, CHIEF_INSPECTOR);
    const tabTo = async (check: string, key = 'Tab', limit = 400) => {
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press(key);
        if (await page.evaluate(`((el) => Boolean(${check}))(document.activeElement)`)) return;
      }
      throw new Error(`focus never reached ${check} by Tab`);
    };
    await tabTo("el.textContent === 'Follow-up inspection 2006'");
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Follow-up inspection 2006' }).waitFor();
    await tabTo("el.textContent === 'Live scores against the baseline'");
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Live scores' }).waitFor();
    // Each wide table sits in a region the keyboard can focus and scroll; the way back is a link.
    await tabTo("el.getAttribute('role') === 'region' && el.textContent.includes('Measures: whole sample')");
    await page.keyboard.press('ArrowRight');
    await tabTo("el.textContent === 'Back to the inspection'", 'Shift+Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Follow-up inspection 2006' }).waitFor();
    await context.close();
  });
});
