// Whether offenders are interviewed can change after planning (issue 16): the inspector who runs the inspection opens
// "Change" beside it on the plan, answers, and the plan shows the new answer; once published, the page says politely
// that it can no longer change and offers no form. Every page passes axe.
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

describe('changing whether offenders are interviewed', () => {
  it('lets the inspector who runs it change the answer from the plan', async () => {
    const { context, page } = await signedInPage(browser, scrutiny.url, INSPECTOR);
    const id = await planInspection(page, 'Full inspection 2009');
    await page.goto(`${scrutiny.url}/inspector/inspections/${encodeURIComponent(id)}/plan`);
    await page.getByRole('heading', { level: 1, name: 'Full inspection 2009: plan and team' }).waitFor();
    const plan = page.locator('dl.govuk-summary-list');
    await expect(plan.innerText()).resolves.toMatch(/Offender interviews\s+Held/);

    await page.getByRole('link', { name: 'Change whether offenders are interviewed' }).click();
    await page.getByRole('heading', { level: 1, name: 'Offender interviews' }).waitFor();
    const group = page.getByRole('group', { name: 'Are offenders interviewed in this inspection?' });
    await expect(group.getByLabel('Yes: offenders are interviewed').isChecked()).resolves.toBe(true);
    await expectNoAxeViolations(page, axeViolations);
    await group.getByLabel('No: no offenders are interviewed').check();
    await page.getByRole('button', { name: 'Save' }).click();

    await page.getByRole('heading', { level: 1, name: 'Full inspection 2009: plan and team' }).waitFor();
    await page.getByText('Saved: offender interviews are not held in this inspection.').waitFor();
    await expect(plan.innerText()).resolves.toMatch(/Offender interviews\s+None/);
    await expectNoAxeViolations(page, axeViolations);

    // Read back from the API: recorded, not only shown.
    const held = await page.evaluate(async (id) => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-scrutiny-client': 'app' },
        body: JSON.stringify({
          query: 'query ($id: ID!) { inspection(id: $id) { offenderInterviews } }',
          variables: { id },
        }),
      });
      return ((await res.json()) as { data: { inspection: { offenderInterviews: boolean } } }).data.inspection
        .offenderInterviews;
    }, id);
    expect(held).toBe(false);
    await context.close();
  });

  it('refuses politely once the inspection is published', async () => {
    const { context, page } = await signedInPage(browser, scrutiny.url, INSPECTOR);
    const published = await page.evaluate(async () => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-scrutiny-client': 'app' },
        body: JSON.stringify({
          query: '{ inspections(publishedOnly: true, first: 1) { edges { node { id title } } } }',
        }),
      });
      const body = (await res.json()) as {
        data: { inspections: { edges: { node: { id: string; title: string } }[] } };
      };
      return body.data.inspections.edges[0]!.node;
    });
    await page.goto(`${scrutiny.url}/inspector/inspections/${encodeURIComponent(published.id)}/plan`);
    await page.getByRole('heading', { level: 1, name: `${published.title}: plan and team` }).waitFor();
    await expect(page.getByRole('link', { name: /Change whether offenders are interviewed/ }).count()).resolves.toBe(0);

    await page.goto(
      `${scrutiny.url}/inspector/inspections/${encodeURIComponent(published.id)}/plan/offender-interviews`,
    );
    await page.getByRole('heading', { level: 1, name: 'Offender interviews' }).waitFor();
    await page
      .getByText(/The inspection is published, so whether offenders were interviewed can no longer change/)
      .waitFor();
    await expect(page.locator('form').count()).resolves.toBe(0);
    await expectNoAxeViolations(page, axeViolations);
    await context.close();
  });
});
