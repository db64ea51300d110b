// Issue 15, item 5: big steps are confirmed, then show what happened, and can be undone. Submitting a case file goes
// through "Check your answers"; ending fieldwork and validation go through a page saying what follows ("10 of 12
// case files are not submitted…"); each ends on a GOV.UK confirmation panel that has the focus; the lead inspector
// moves the inspection back with a reason, which the audit log keeps. axe finds nothing on any of these pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchChromium } from '../browser.ts';
import { startScrutiny, type RunningScrutiny } from '../scrutiny.ts';
import { NEIL, expectNoAxeViolations, openCaseFile, signedInPage } from './inspector-pages.ts';
import { KATE, gqlInPage, moveInspection, openDemo2006 } from './writing-pages.ts';

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

const panelHasFocus = (page: Page) =>
  page.evaluate(() => document.activeElement?.classList.contains('govuk-panel--confirmation') ?? false);

describe('confirm, then show what happened, and allow a way back', () => {
  it('an assessor checks their answers before submitting, and the confirmation panel takes the focus', async () => {
    const { context, page } = await signedInPage(browser, scrutiny.url, NEIL);
    await openCaseFile(page, 'WM06-001');
    await page.getByRole('link', { name: 'Check your answers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Check your answers for case file WM06-001' }).waitFor();
    // Every asked question with its answer and a way to change it.
    const rows = page.locator('.govuk-summary-list__row');
    expect(await rows.count()).toBeGreaterThan(10);
    await expect(page.getByText('Not answered', { exact: true }).count()).resolves.toBe(0);
    expect(await page.getByRole('link', { name: /^Change the answer to/ }).count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, axeViolations);

    await page.getByRole('button', { name: 'Submit case file' }).click();
    await page.getByRole('heading', { level: 1, name: 'Case file submitted' }).waitFor();
    await expect.poll(() => panelHasFocus(page)).toBe(true);
    await expectNoAxeViolations(page, axeViolations);
    await context.close();
  });

  it('ending fieldwork says how many files are not submitted, confirms, and the lead inspector can move it back', async () => {
    const { context, page } = await signedInPage(browser, scrutiny.url, KATE);
    const inspectionId = await openDemo2006(page);
    const me = await gqlInPage<{ viewer: { id: string } }>(page, '{ viewer { id } }');
    // Kate leads the demo inspection (as "Plan and team" allows).
    const lead = await gqlInPage<{ addTeamMember: { __typename: string } }>(
      page,
      'mutation ($input: MutationAddTeamMemberInput!) { addTeamMember(input: $input) { __typename } }',
      { input: { inspectionId, userId: me.viewer.id, role: 'LEAD_INSPECTOR' } },
    );
    expect(lead.addTeamMember.__typename).toBe('MutationAddTeamMemberSuccess');
    const progress = await gqlInPage<{ inspection: { progress: { caseFiles: number; submitted: number } } }>(
      page,
      'query ($id: ID!) { inspection(id: $id) { progress { caseFiles submitted } } }',
      { id: inspectionId },
    );
    const { caseFiles, submitted } = progress.inspection.progress;
    expect(submitted).toBeLessThan(caseFiles);

    await page.getByRole('link', { name: 'Draft report and publication' }).click();
    await page.getByRole('heading', { level: 1, name: 'Draft report and publication' }).waitFor();
    await page.getByRole('link', { name: 'End fieldwork and start validation' }).click();
    await page.getByRole('heading', { level: 1, name: 'End fieldwork and start validation?' }).waitFor();
    await expect(page.getByTestId('unsubmitted').innerText()).resolves.toBe(
      `Warning\n${caseFiles - submitted} of ${caseFiles} case files are not submitted; their assessors will no longer be able to submit.`,
    );
    await expectNoAxeViolations(page, axeViolations);
    // Nothing has happened yet.
    const status = async () =>
      (
        await gqlInPage<{ inspection: { status: string } }>(
          page,
          'query ($id: ID!) { inspection(id: $id) { status } }',
          {
            id: inspectionId,
          },
        )
      ).inspection.status;
    expect(await status()).toBe('FIELDWORK');

    await page.getByRole('button', { name: 'End fieldwork and start validation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Fieldwork ended' }).waitFor();
    await expect.poll(() => panelHasFocus(page)).toBe(true);
    expect(await status()).toBe('VALIDATION');
    await expectNoAxeViolations(page, axeViolations);

    // The way back: a reason is required, then the inspection is at fieldwork again.
    await page.getByRole('link', { name: 'move the inspection back to fieldwork' }).click();
    await page.getByRole('heading', { level: 1, name: 'Move the inspection back to fieldwork' }).waitFor();
    await expectNoAxeViolations(page, axeViolations);
    await page.getByRole('button', { name: 'Move back to fieldwork' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.getByRole('link', { name: 'Say why the inspection moves back' }).waitFor();
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectNoAxeViolations(page, axeViolations);
    const reason = `${caseFiles - submitted} case files were not submitted when fieldwork ended.`;
    await page.getByLabel('Why does it move back?').fill(reason);
    await page.getByRole('button', { name: 'Move back to fieldwork' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inspection moved back to fieldwork' }).waitFor();
    await expect.poll(() => panelHasFocus(page)).toBe(true);
    await expectNoAxeViolations(page, axeViolations);
    expect(await status()).toBe('FIELDWORK');

    const log = await gqlInPage<{
      inspection: { auditLog: { edges: { node: { action: string; after: unknown } }[] } };
    }>(page, 'query ($id: ID!) { inspection(id: $id) { auditLog(first: 10) { edges { node { action after } } } } }', {
      id: inspectionId,
    });
    expect(log.inspection.auditLog.edges.map((e) => e.node)).toContainEqual({
      action: 'inspection.moveBack',
      after: { status: 'FIELDWORK', reason },
    });
    await context.close();
  });

  it('ending validation is confirmed on its own page too', async () => {
    const { context, page } = await signedInPage(browser, scrutiny.url, KATE);
    const inspectionId = await openDemo2006(page);
    await moveInspection(page, inspectionId, 'VALIDATION');
    await page.getByRole('link', { name: 'Draft report and publication' }).click();
    await page.getByRole('link', { name: 'Start drafting the report' }).click();
    await page.getByRole('heading', { level: 1, name: 'End validation and start drafting the report?' }).waitFor();
    await expectNoAxeViolations(page, axeViolations);
    await page.getByRole('button', { name: 'End validation and start drafting' }).click();
    await page.getByRole('heading', { level: 1, name: 'Validation ended' }).waitFor();
    await expect.poll(() => panelHasFocus(page)).toBe(true);
    await expectNoAxeViolations(page, axeViolations);
    await page.getByRole('link', { name: 'Back to the draft report and publication' }).click();
    await expect.poll(() => page.getByTestId('report-status').innerText()).toBe('Drafting');
    await context.close();
  });
});
