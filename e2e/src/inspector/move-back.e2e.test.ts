// Issue 15, item 5: moving an inspection back is never one click. At the factual accuracy check (and at sign-off)
// the draft report page used to offer "Return the report to drafting" (and "Reopen the report for drafting"), which
// moved it back with no reason; now the only way back is the lead inspector's confirmation page, which needs a reason
// and keeps it in the audit log, and the API refuses a backward moveInspection with a typed error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, launchChromium } from '../browser.ts';
import { startScrutiny, type RunningScrutiny } from '../scrutiny.ts';
import { expectNoAxeViolations, signedInPage } from './inspector-pages.ts';
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

describe('moving an inspection back', () => {
  it('needs the confirmation page and a reason; no one-click way back is left', async () => {
    const { context, page } = await signedInPage(browser, scrutiny.url, KATE);
    const inspectionId = await openDemo2006(page);
    const me = await gqlInPage<{ viewer: { id: string } }>(page, '{ viewer { id } }');
    const lead = await gqlInPage<{ addTeamMember: { __typename: string } }>(
      page,
      'mutation ($input: MutationAddTeamMemberInput!) { addTeamMember(input: $input) { __typename } }',
      { input: { inspectionId, userId: me.viewer.id, role: 'LEAD_INSPECTOR' } },
    );
    expect(lead.addTeamMember.__typename).toBe('MutationAddTeamMemberSuccess');
    for (const to of ['VALIDATION', 'DRAFTING', 'FACTUAL_ACCURACY_CHECK']) await moveInspection(page, inspectionId, to);
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

    await page.goto(`${scrutiny.url}/inspector/inspections/${encodeURIComponent(inspectionId)}/report`);
    await page.getByRole('heading', { level: 1, name: 'Draft report and publication' }).waitFor();
    await page.getByTestId('report-status').getByText('Factual accuracy check').waitFor();
    await expect(page.getByRole('button', { name: 'Return the report to drafting' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: /drafting/i }).count()).resolves.toBe(0);

    // The API refuses the one-click way back too: a typed error that says a reason is needed.
    const refused = await gqlInPage<{ moveInspection: { __typename: string; message: string } }>(
      page,
      `mutation ($input: MutationMoveInspectionInput!) { moveInspection(input: $input) {
         __typename ... on Error { message } } }`,
      { input: { inspectionId, to: 'DRAFTING' } },
    );
    expect(refused.moveInspection).toMatchObject({ __typename: 'InvalidInputError', message: /needs a reason/ });
    expect(await status()).toBe('FACTUAL_ACCURACY_CHECK');

    await page.getByRole('link', { name: 'move the inspection back to drafting' }).click();
    await page.getByRole('heading', { level: 1, name: 'Move the inspection back to drafting' }).waitFor();
    await page.getByRole('button', { name: 'Move back to drafting' }).click();
    await page
      .locator('.govuk-error-summary')
      .getByRole('link', { name: 'Say why the inspection moves back' })
      .waitFor();
    expect(await status()).toBe('FACTUAL_ACCURACY_CHECK');
    await expectNoAxeViolations(page, axeViolations);
    const reason = 'The area pointed out a wrong figure in part 2.';
    await page.getByLabel('Why does it move back?').fill(reason);
    await page.getByRole('button', { name: 'Move back to drafting' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inspection moved back to drafting' }).waitFor();
    expect(await status()).toBe('DRAFTING');
    const log = await gqlInPage<{
      inspection: { auditLog: { edges: { node: { action: string; after: unknown } }[] } };
    }>(page, 'query ($id: ID!) { inspection(id: $id) { auditLog(first: 10) { edges { node { action after } } } } }', {
      id: inspectionId,
    });
    expect(log.inspection.auditLog.edges.map((e) => e.node)).toContainEqual({
      action: 'inspection.moveBack',
      after: { status: 'DRAFTING', reason },
    });
    await context.close();
  });
});
