// Personal data held only as long as it is needed, in the inspector app: an information manager finds and exports
// a person's case file; a chief inspector sees what each inspection holds and erases West Midlands 2005's personal
// data now, with a reason, behind a confirmation page; after that the person's case file is no longer found. Zero
// axe violations on every page, as in production (trusted documents only).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { axeViolations, launchChromium } from '../browser.ts';
import { startScrutiny, type RunningScrutiny } from '../scrutiny.ts';
import { expectNoAxeViolations, signedInPage } from './inspector-pages.ts';

let scrutiny: RunningScrutiny;
let browser: Browser;

beforeAll(async () => {
  scrutiny = await startScrutiny({ trustedDocuments: 'require' });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await scrutiny?.close();
});

async function subjectAccess(page: Page, identifier: string): Promise<string> {
  await page.locator('header').getByRole('link', { name: 'Subject access request' }).click();
  await page.getByRole('heading', { level: 1, name: 'Subject access request' }).waitFor();
  await page.getByLabel('Person identifier').fill(identifier);
  await page.getByRole('button', { name: 'Find and export' }).click();
  const result = page.getByTestId('subject-access-result');
  await result.waitFor();
  return (await result.getByRole('heading').innerText()).trim();
}

describe('personal data', () => {
  it('is found for a person, erased by a chief inspector with a reason, and then no longer found', async () => {
    const manager = await signedInPage(browser, scrutiny.url, DEMO_EMAILS.informationManager);
    expect(await subjectAccess(manager.page, 'WM05-001')).toBe('1 case file and 0 case list rows name “WM05-001”');
    await manager.page.getByRole('link', { name: 'Download the export (JSON)' }).waitFor();
    await expectNoAxeViolations(manager.page, axeViolations);

    const { context, page } = await signedInPage(browser, scrutiny.url, DEMO_EMAILS.assistantChiefInspector);
    await page.locator('header').getByRole('link', { name: 'Personal data held' }).click();
    await page.getByRole('heading', { level: 1, name: 'Personal data held' }).waitFor();
    const row = page.getByTestId('personal-data-held').getByRole('row', { name: /West Midlands.*\(2005\)/ });
    await expect.poll(() => row.getByRole('cell').nth(1).innerText()).toBe('40');
    await page.getByText('No personal data has been erased yet.').waitFor();
    await expectNoAxeViolations(page, axeViolations);

    const eraseLink = row.getByRole('link', { name: /Erase now/ });
    const inspectionId = decodeURIComponent((await eraseLink.getAttribute('href'))!.split('/').pop()!);
    await page.goto(`${scrutiny.url}/inspector/inspections/${encodeURIComponent(inspectionId)}`);
    await expect
      .poll(() => page.getByTestId('personal-data-retention').innerText())
      .toMatch(/Case-level personal data will be erased on \d+ \w+ \d{4}\.\s+What remains: The published figures/);
    await expectNoAxeViolations(page, axeViolations);
    await page.goto(`${scrutiny.url}/inspector/admin/personal-data`);
    await eraseLink.click();
    await page.getByRole('heading', { level: 1, name: 'Erase this inspection’s personal data now?' }).waitFor();
    await expectNoAxeViolations(page, axeViolations);
    // No reason: the error summary says so, and nothing is erased.
    await page.getByRole('button', { name: 'Erase personal data' }).click();
    await page.locator('.govuk-error-summary').getByText('Say why the personal data is erased now').waitFor();
    await expectNoAxeViolations(page, axeViolations);
    await page.getByLabel('Why erase it now?').fill('The area asked for early erasure.');
    await page.getByRole('button', { name: 'Erase personal data' }).click();
    await page.getByTestId('erasure-done').getByText('Personal data erased').waitFor();
    await page.getByText('40 case files (references, officers, facts the figures do not need)').waitFor();
    await expectNoAxeViolations(page, axeViolations);

    await page.getByRole('link', { name: 'Back to personal data held' }).click();
    await page.getByRole('heading', { level: 1, name: 'Personal data held' }).waitFor();
    await expect.poll(() => row.getByRole('cell').nth(4).innerText()).toMatch(/^Erased on /);
    await page
      .getByTestId('erasure-records')
      .getByRole('cell', { name: /The area asked for early erasure\./ })
      .waitFor();
    await expectNoAxeViolations(page, axeViolations);
    await page.goto(`${scrutiny.url}/inspector/inspections/${encodeURIComponent(inspectionId)}`);
    await expect
      .poll(() => page.getByTestId('personal-data-retention').innerText())
      .toMatch(/Case-level personal data was erased on \d+ \w+ \d{4}\./);
    await context.close();

    await manager.page.goto(`${scrutiny.url}/inspector/`);
    await manager.page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await subjectAccess(manager.page, 'WM05-001')).toBe('0 case files and 0 case list rows name “WM05-001”');
    await manager.context.close();
  }, 180_000);
});
