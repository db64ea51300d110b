// An HM inspector validates (second-marks) a case file of the 2006 West Midlands follow-up: chooses it from the
// validation overview, marks every question blind by keyboard alone, compares, sees both markings side by side,
// filters to the disagreements, resolves one, and reads the agreement figures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { axeViolations, launchChromium } from '../browser.ts';
import { startScrutiny, type RunningScrutiny } from '../scrutiny.ts';
import { NEIL, expectNoAxeViolations, openCaseFile, signedInPage } from './inspector-pages.ts';

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

/** Presses Tab until the focused element passes the check (a JavaScript expression over `el`). */
async function tabTo(page: Page, check: string, limit = 400): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`((el) => Boolean(el && (${check})))(document.activeElement)`)) return;
  }
  throw new Error(`focus never reached ${check} by Tab`);
}

describe('validating a case file', () => {
  it('second-marks a file blind, compares, filters to disagreements, resolves one, and shows the agreement', async () => {
    // The assessor submits a file they have assessed.
    const assessor = await signedInPage(browser, scrutiny.url, NEIL);
    await openCaseFile(assessor.page, 'WM06-001');
    await assessor.page.getByRole('link', { name: 'Check your answers' }).click();
    await assessor.page.getByRole('button', { name: 'Submit case file' }).click();
    await assessor.page.getByRole('heading', { level: 1, name: 'Case file submitted' }).waitFor();
    await assessor.context.close();

    const { context, page } = await signedInPage(browser, scrutiny.url, DEMO_EMAILS.inspector);
    await page.getByRole('link', { name: 'Follow-up inspection 2006' }).click();
    await page.getByRole('heading', { level: 1, name: 'Follow-up inspection 2006' }).waitFor();
    await page.getByRole('link', { name: 'Validation and agreement' }).click();
    await page.getByRole('heading', { level: 1, name: 'Validation' }).waitFor();
    await expect(page.getByTestId('agreement-percentage').innerText()).resolves.toBe('Not enough data');
    await expect(page.getByTestId('agreement-kappa').innerText()).resolves.toMatch(/^Not enough data/);
    const files = page.getByRole('table', { name: 'Sampled case files and their validation' });
    await expect(files.getByRole('row', { name: /WM06-002/ }).innerText()).resolves.toContain('Not submitted yet');
    await expectNoAxeViolations(page, axeViolations);

    // Everything the marking page receives from the API, to show it carries none of the assessor's answers.
    const bodies: string[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('/graphql'))
        void response.text().then(
          (text) => bodies.push(text),
          () => undefined,
        );
    });
    await files.getByRole('link', { name: 'Second-mark WM06-001' }).click();
    await page.getByRole('heading', { level: 1, name: 'Validation of case file WM06-001' }).waitFor();
    const progress = page.getByTestId('marking-progress');
    await progress.getByText(/^0 of \d+ questions marked$/).waitFor();
    const total = Number(/of (\d+)/.exec(await progress.innerText())![1]);
    expect(total).toBeGreaterThan(10);
    await expect(page.locator('input[type=radio]:checked').count()).resolves.toBe(0);
    await expect(page.getByText('Neil Appleby').count()).resolves.toBe(0);
    await expectNoAxeViolations(page, axeViolations);

    // Keyboard alone: into each unmarked question's radios, Space picks its first answer, which saves itself.
    for (let marked = 1; marked <= total; marked++) {
      await tabTo(page, "el.type === 'radio' && !el.closest('fieldset').querySelector('input:checked')");
      await page.keyboard.press('Space');
      const focused = page.locator('.app-question:has(input:focus)');
      await focused.locator('[id$="-status"]').getByText('Saved', { exact: true }).waitFor({ timeout: 20_000 });
    }
    await progress.getByText(`${total} of ${total} questions marked`).waitFor();
    await expectNoAxeViolations(page, axeViolations);
    expect(bodies.length).toBeGreaterThanOrEqual(total);
    for (const body of bodies) {
      expect(body).not.toContain('"answers"');
      expect(body).not.toMatch(/"assessorValue":"/);
    }

    await tabTo(page, "el.textContent === 'Finish marking and compare'");
    await page.keyboard.press('Enter');
    const comparisonHeading = page.getByRole('heading', { level: 2, name: 'Your marking beside the assessor’s' });
    await comparisonHeading.waitFor();
    await expect(comparisonHeading.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    const summary = await page.getByTestId('file-agreement').innerText();
    const [, agreedText, ofText, openText, disagreementsText] =
      /on (\d+) of (\d+) questions\. (\d+) of (\d+) disagreements? to resolve/.exec(summary) ?? [];
    const [agreed, marked, open, disagreements] = [agreedText, ofText, openText, disagreementsText].map(Number);
    expect(marked).toBe(total);
    expect(disagreements).toBe(total - agreed!);
    expect(open).toBe(disagreements);
    expect(disagreements).toBeGreaterThan(0);
    const table = page.getByRole('table', { name: /Neil Appleby’s answer and yours/ });
    await expect(table.getByRole('row').count()).resolves.toBe(total + 1);
    await expect(table.getByRole('columnheader', { name: 'Neil Appleby (assessor)' }).count()).resolves.toBe(1);
    await expectNoAxeViolations(page, axeViolations);

    // Disagreements only, by keyboard.
    await tabTo(page, "el.id === 'only-disagreements'");
    await page.keyboard.press('Space');
    await expect.poll(() => table.getByRole('row').count()).toBe(disagreements! + 1);
    await expect(table.getByText('Agreed', { exact: true }).count()).resolves.toBe(0);

    // Resolve the first disagreement by keyboard: a choice without a note is refused, then a note settles it.
    const form = page.locator('[data-resolve]').first();
    const question = await form.getByRole('heading', { level: 3 }).innerText();
    await tabTo(page, "el.name && el.name.startsWith('resolve-') && el.type === 'radio'");
    await page.keyboard.press('Space');
    const chosen = await form
      .locator('input[type=radio]:checked')
      .evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '');
    await tabTo(page, "el.tagName === 'BUTTON' && el.textContent.startsWith('Resolve')");
    await page.keyboard.press('Enter');
    const problems = form.locator('.govuk-error-summary');
    await problems.getByText('Enter a note saying why').waitFor();
    await expect(problems.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expectNoAxeViolations(page, axeViolations);
    await tabTo(page, "el.id && el.id.endsWith('-note')");
    await page.keyboard.type('The case record shows the review was done on time.');
    await tabTo(page, "el.tagName === 'BUTTON' && el.textContent.startsWith('Resolve')");
    await page.keyboard.press('Enter');
    await page.getByTestId('resolution-status').getByText(`“${question}” resolved as`).waitFor();
    await page
      .getByTestId('file-agreement')
      .getByText(`${open! - 1} of ${disagreements}`, { exact: false })
      .waitFor();
    const resolvedRow = table.getByRole('row', { name: new RegExp(question.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
    await expect(resolvedRow.innerText()).resolves.toContain('Resolved');
    // The answer chosen, without its "(…’s answer)" note, is what the question was resolved as.
    const answer = chosen.replace(/ \(.*\)$/, '');
    expect(answer.length).toBeGreaterThan(0);
    await expect(page.getByTestId('resolution-status').innerText()).resolves.toBe(
      `“${question}” resolved as ${answer}.`,
    );
    await expect(resolvedRow.innerText()).resolves.toContain(`as ${answer}: The case record shows`);
    await expectNoAxeViolations(page, axeViolations);

    // The overview now has figures: agreement on the compared answers, and one disagreement fewer to resolve.
    await page.getByRole('link', { name: 'Back to validation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Validation' }).waitFor();
    await page
      .getByTestId('agreement-percentage')
      .getByText(`${Math.round((agreed! / total) * 100)}% (${agreed} of ${total})`)
      .waitFor();
    await page
      .getByTestId('agreement-unresolved')
      .getByText(`${open! - 1} of ${disagreements}`)
      .waitFor();
    await expect(page.getByTestId('agreement-kappa').innerText()).resolves.toMatch(/^−?\d\.\d\d/);
    const perAssessor = page.getByRole('table', { name: 'Agreement per assessor' });
    await expect(perAssessor.getByRole('row', { name: /Neil Appleby/ }).innerText()).resolves.toContain(
      `${agreed} of ${total}`,
    );
    const perQuestion = page.getByRole('table', { name: 'Agreement per question' });
    await expect(perQuestion.getByRole('row').count()).resolves.toBe(total + 1);
    // One answer per question: no kappa anywhere, and the page says why.
    await expect(perQuestion.getByText(/^Not enough data: only 1 answer compared/).count()).resolves.toBe(
      disagreements,
    );
    await expect(perQuestion.getByText('Not enough data: the same answer from both every time').count()).resolves.toBe(
      agreed,
    );
    await expect(files.getByRole('row', { name: /WM06-001/ }).innerText()).resolves.toContain(
      open === 1 ? 'Validated' : `${open! - 1} of ${disagreements}`,
    );
    await expectNoAxeViolations(page, axeViolations);
    await context.close();
  });
});
