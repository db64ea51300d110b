// An inspector prepares a new inspection: checks the area's case list (unreadable rows shown, nothing written),
// imports it on confirmation, draws a seeded sample with its high-risk share, and assigns files in bulk.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, launchChromium } from '../browser.ts';
import { startScrutiny, type RunningScrutiny } from '../scrutiny.ts';
import { expectNoAxeViolations, planInspection, signedInPage } from './inspector-pages.ts';

const INSPECTOR = 'kate.white@hmiprobation.example';

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

function caseList(rows: number): string {
  const header = 'reference,person,officer,order_type,risk_of_harm,sex,start_date';
  const risks = ['low', 'medium', 'high', 'very high'];
  const lines = Array.from({ length: rows }, (_, i) =>
    [
      `T-${String(i + 1).padStart(3, '0')}`,
      `P${i + 1}`,
      `OFF${i % 9}`,
      i % 3 === 0 ? 'LICENCE' : 'CPRO',
      risks[i % 4],
      i % 5 === 0 ? 'female' : 'male',
      '2007-01-08',
    ].join(','),
  );
  return [header, ...lines, 'T-999,P999,OFF1,CPRO,catastrophic,male,2007-01-08'].join('\n');
}

describe('preparing the sample', () => {
  it('previews the case list, imports only on confirmation, draws a seeded sample and assigns files in bulk', async () => {
    const { context, page } = await signedInPage(browser, scrutiny.url, INSPECTOR);
    const id = await planInspection(page);
    await page.goto(`${scrutiny.url}/inspector/inspections/${encodeURIComponent(id)}/sample`);
    await page.getByRole('heading', { level: 1, name: 'Case list, sample and assignment' }).waitFor();

    await page
      .getByLabel('The area’s case list (CSV or XLSX)')
      .setInputFiles({ name: 'case-list.csv', mimeType: 'text/csv', buffer: Buffer.from(caseList(60)) });
    await page.getByRole('button', { name: 'Check the case list' }).click();
    const problems = page.getByRole('table', { name: /Rows that cannot be read/ });
    await problems.waitFor();
    await expect(problems.getByRole('row').count()).resolves.toBe(2);
    await expect(problems.innerText()).resolves.toContain('62');
    await expectNoAxeViolations(page, axeViolations);

    // Checked, not imported: there is nothing to draw from yet.
    await page.getByLabel('Seed').fill('too-early');
    await page.getByRole('button', { name: 'Draw the sample' }).click();
    await page.getByRole('region', { name: '2. Draw the sample' }).getByRole('alert').waitFor();

    await page.getByRole('button', { name: 'Import 60 cases' }).click();
    await page.getByText('60 cases imported; 1 rows left out.').waitFor();

    await page.getByLabel('Seed').fill('west-midlands-2007');
    await page.getByLabel('Sample size').fill('12');
    await page.getByLabel('High or very high risk of harm cases in the sample').fill('6');
    await page.getByRole('button', { name: 'Draw the sample' }).click();
    await page.getByRole('table', { name: /12 case files drawn, \d+ in reserve/ }).waitFor();

    const sampled = page.getByRole('table', { name: 'Sampled case files' });
    await expect.poll(() => sampled.getByRole('checkbox').count(), { timeout: 15_000 }).toBe(12);
    await sampled.getByRole('checkbox').nth(0).check();
    await sampled.getByRole('checkbox').nth(1).check();
    await page.getByLabel('Assessor').selectOption({ label: 'Kate White (Lead inspector)' });
    await page.getByRole('button', { name: 'Assign 2 case files' }).click();
    await page.getByText('2 case files assigned to Kate White.').waitFor();
    await expect(sampled.getByText('Kate White').count()).resolves.toBe(2);
    await expectNoAxeViolations(page, axeViolations);
    await context.close();
  });
});
