// An administrator checks a framework workbook in the inspector app, sees each problem at its cell, corrects it,
// previews the framework as an assessor would meet it on a made-up case, publishes it, and an inspector can then
// start an inspection on it. The server runs as in production (trusted documents required), zero axe violations.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { axeViolations, launchChromium } from '../browser.ts';
import { startScrutiny, type RunningScrutiny } from '../scrutiny.ts';
import { PASSWORD, expectNoAxeViolations } from './inspector-pages.ts';
import { submitSignIn } from '../sign-in.ts';

let scrutiny: RunningScrutiny;
let browser: Browser;

const workbook = readFileSync(
  new URL('../../../packages/plugins/template/framework/home-visits.xlsx', import.meta.url),
);
const yaml = readFileSync(
  new URL('../../../packages/plugins/template/framework/home-visits.yaml', import.meta.url),
  'utf8',
);

beforeAll(async () => {
  scrutiny = await startScrutiny({ trustedDocuments: 'require' });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await scrutiny?.close();
});

describe('frameworks written as files', () => {
  it('checks, previews and publishes a framework file', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${scrutiny.url}/inspector/`);
    await submitSignIn(page, DEMO_EMAILS.administrator, PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
    await page.locator('header').getByRole('link', { name: 'Frameworks' }).click();
    await page.getByRole('heading', { level: 1, name: 'Frameworks' }).waitFor();
    await page.getByRole('cell', { name: '2005-follow-up', exact: true }).waitFor();
    await expectNoAxeViolations(page, axeViolations);

    // A broken file: each problem with where to find it.
    const broken = yaml
      .replace('answerSet: QUALITY', 'answerSet: GRADES')
      .replace('criterion: B1\n    text: Home visits', 'criterion: B7\n    text: Home visits');
    await page
      .getByLabel('Check a framework file')
      .setInputFiles({ name: 'home-visits.yaml', mimeType: 'application/yaml', buffer: Buffer.from(broken) });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByRole('heading', { name: 'home-visits.yaml has 2 problems' }).waitFor();
    const rows = await page.locator('table').last().locator('tbody tr').allInnerTexts();
    expect(rows.map((row) => row.replace(/\s+/g, ' ').trim())).toEqual([
      expect.stringMatching(
        /^questions\[2\]\.criterion \(line \d+\) question "B1.visited" is in no criterion: there is no criterion "B7"$/,
      ),
      expect.stringMatching(/^questions\[3\]\.answerSet \(line \d+\) there is no answer set "GRADES"$/),
    ]);
    await expectNoAxeViolations(page, axeViolations);

    // The workbook: a preview, with the questions a made-up case would be asked.
    await page.getByLabel('Check a framework file').setInputFiles({
      name: 'home-visits.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: workbook,
    });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByRole('heading', { level: 2, name: 'Home visits 2025.1' }).waitFor();
    await page.getByText('This is the first version of home-visits.').waitFor();
    await page.getByText('This case file would be asked 3 of 4 questions.').waitFor();
    await page.getByLabel('Risk of harm').selectOption('HIGH');
    await page.getByText('This case file would be asked 4 of 4 questions.').waitFor();
    await page.getByLabel('supervisionPlan').uncheck();
    await page.getByText('This case file would be asked 3 of 4 questions.').waitFor();
    await expectNoAxeViolations(page, axeViolations);

    await page.getByRole('button', { name: 'Publish Home visits 2025.1' }).click();
    await page.getByText('Home visits 2025.1 is available to new inspections.').waitFor();
    await page.getByRole('cell', { name: '2025.1', exact: true }).waitFor();
    await expectNoAxeViolations(page, axeViolations);
    await context.close();

    const frameworks = await fetch(`${scrutiny.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ frameworks { key version } }' }),
    });
    const body = (await frameworks.json()) as { data: { frameworks: { key: string; version: string }[] } };
    expect(body.data.frameworks).toContainEqual({ key: 'home-visits', version: '2025.1' });
  });
});
