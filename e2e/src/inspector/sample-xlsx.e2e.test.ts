// The area's case list as an Excel workbook: the inspector uploads a real .xlsx (written here, with date and number
// cells), sees the rows it cannot read and why, nothing is imported until confirmed; a damaged workbook is refused.
import writeXlsxFile from 'write-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, launchChromium } from '../browser.ts';
import { startScrutiny, type RunningScrutiny } from '../scrutiny.ts';
import { expectNoAxeViolations, planInspection, signedInPage } from './inspector-pages.ts';

const INSPECTOR = 'kate.white@hmiprobation.example';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

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

/** A workbook of `rows` readable cases and, last, one with an unknown risk level (row rows + 2). */
async function workbook(rows: number): Promise<Buffer> {
  const risks = ['low', 'medium', 'high', 'very high'];
  const header = ['reference', 'person', 'officer', 'order_type', 'risk_of_harm', 'mappa_level', 'start_date'];
  const record = (i: number, risk: string) => [
    { value: `XL-${String(i).padStart(3, '0')}` },
    { value: `P${i}` },
    { value: `OFF${i % 7}` },
    { value: i % 3 === 0 ? 'LICENCE' : 'CPRO' },
    { value: risk },
    i % 6 === 0 ? { value: 1, type: Number } : null,
    { value: new Date(Date.UTC(2007, 0, 2 + (i % 25))), type: Date, format: 'dd/mm/yyyy' },
  ];
  const data = [
    header.map((value) => ({ value })),
    ...Array.from({ length: rows }, (_, i) => record(i + 1, risks[i % 4]!)),
    record(999, 'catastrophic'),
  ];
  return Buffer.from(await writeXlsxFile(data as never).toBuffer());
}

describe('a case list as an Excel workbook', () => {
  it('previews the workbook, showing unreadable rows and why, and imports only on confirmation', async () => {
    const { context, page } = await signedInPage(browser, scrutiny.url, INSPECTOR);
    const id = await planInspection(page, 'Workbook inspection 2007');
    await page.goto(`${scrutiny.url}/inspector/inspections/${encodeURIComponent(id)}/sample`);
    await page.getByRole('heading', { level: 1, name: 'Case list, sample and assignment' }).waitFor();
    const upload = page.getByLabel('The area’s case list (CSV or XLSX)');

    // A damaged workbook: refused with the reason, and no preview.
    await upload.setInputFiles({ name: 'damaged.xlsx', mimeType: XLSX, buffer: (await workbook(3)).subarray(0, 700) });
    await page.getByRole('button', { name: 'Check the case list' }).click();
    const importSection = page.getByRole('region', { name: '1. Import the case list' });
    await importSection
      .getByRole('alert')
      .getByText(/not a readable Excel workbook/)
      .waitFor();
    await expect(page.getByRole('button', { name: /^Import \d+ cases$/ }).count()).resolves.toBe(0);

    await upload.setInputFiles({ name: 'west-midlands-cases.xlsx', mimeType: XLSX, buffer: await workbook(30) });
    await page.getByRole('button', { name: 'Check the case list' }).click();
    const problems = page.getByRole('table', { name: /Rows that cannot be read/ });
    await problems.waitFor();
    await expect(problems.getByRole('row').count()).resolves.toBe(2);
    const problem = await problems.getByRole('row').nth(1).innerText();
    expect(problem).toMatch(/^32\s+risk_of_harm\s+unknown risk of harm level "catastrophic"/);
    await expect(page.locator('dl.govuk-summary-list').innerText()).resolves.toMatch(/Readable cases\s+30/);
    await expectNoAxeViolations(page, axeViolations);

    // Checked, not imported: there is nothing to draw from yet.
    await page.getByLabel('Seed').fill('too-early');
    await page.getByRole('button', { name: 'Draw the sample' }).click();
    await page.getByRole('region', { name: '2. Draw the sample' }).getByRole('alert').waitFor();

    await page.getByRole('button', { name: 'Import 30 cases' }).click();
    await page.getByText('30 cases imported; 1 rows left out.').waitFor();
    await page.getByLabel('Seed').fill('workbook-2007');
    await page.getByLabel('Sample size').fill('10');
    await page.getByLabel('High or very high risk of harm cases in the sample').fill('5');
    await page.getByRole('button', { name: 'Draw the sample' }).click();
    await page.getByRole('table', { name: /10 case files drawn, \d+ in reserve/ }).waitFor();
    await expectNoAxeViolations(page, axeViolations);
    await context.close();
  });
});
