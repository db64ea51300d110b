// The West Midlands board member reads the draft 2006 follow-up report the inspectorate shared with the area for
// its factual accuracy check, comments on a section and on a figure, and sees which comments the team resolved.
// Keyboard alone, with no accessibility violations on any page.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../browser.ts';
import { startScrutiny, type RunningScrutiny } from '../scrutiny.ts';
import { accessibilityProblems, callApi, heading } from './board-pages.ts';
import { activate, chooseOption, signInByKeyboard, tabTo } from './keyboard.ts';

const PASSWORD = 'scrutiny-demo';
let scrutiny: RunningScrutiny;
let browser: Browser;
let page: Page;
/** Kate White's session: she is on the team of the demo 2006 follow-up. */
let inspector: string;
let draftId: string;

async function signInThroughApi(email: string): Promise<string> {
  const signedIn = await callApi<{ signIn: { __typename: string } }>(
    scrutiny.url,
    'mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { __typename } }',
    { e: email, p: PASSWORD },
  );
  return signedIn.cookie!;
}

/** The team sends the draft to the area: fieldwork → validation → drafting → factual accuracy check. */
async function sendDraftForCheck(): Promise<void> {
  for (const to of ['VALIDATION', 'DRAFTING', 'FACTUAL_ACCURACY_CHECK']) {
    const { data } = await callApi<{ moveInspection: { __typename: string } }>(
      scrutiny.url,
      `mutation($input: MutationMoveInspectionInput!) { moveInspection(input: $input) { __typename } }`,
      { input: { inspectionId: draftId, to } },
      inspector,
    );
    expect(data.moveInspection.__typename).toBe('MutationMoveInspectionSuccess');
  }
}

beforeAll(async () => {
  scrutiny = await startScrutiny();
  inspector = await signInThroughApi('kate.white@hmiprobation.example');
  const { data } = await callApi<{ area: { inspections: { edges: { node: { id: string; year: number } }[] } } }>(
    scrutiny.url,
    '{ area(code: "WMPA") { inspections(first: 10) { edges { node { id year } } } } }',
    {},
    inspector,
  );
  draftId = data.area.inspections.edges.find((e) => e.node.year === 2006)!.node.id;
  browser = await launchChromium();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await scrutiny?.close();
});

describe('before the draft is shared', () => {
  it('the area page lists no draft to check, and the comment page does not disclose the draft', async () => {
    await signInByKeyboard(page, scrutiny.url, 'board.member@wmpa.example', PASSWORD);
    expect(await heading(page)).toBe('West Midlands Probation Area');
    await expect(
      page.getByRole('heading', { name: 'Draft reports for your factual accuracy check' }).count(),
    ).resolves.toBe(0);
    await page.goto(`${scrutiny.url}/area/factual-accuracy/${encodeURIComponent(draftId)}`);
    expect(await heading(page)).toBe('Draft report not found');
  });
});

describe('the factual accuracy check, by keyboard alone', () => {
  it('lists the shared draft on the area page and opens it', async () => {
    await sendDraftForCheck();
    await page.goto(`${scrutiny.url}/area`);
    expect(await heading(page)).toBe('West Midlands Probation Area');
    const drafts = page.getByRole('region', { name: 'Draft reports for your factual accuracy check' });
    await expect(drafts.innerText()).resolves.toMatch(/2006/);
    expect(await accessibilityProblems(page)).toEqual([]);

    await activate(page, drafts.getByRole('link', { name: /^Read the draft report/ }));
    await page.waitForURL(/\/reports\//);
    await page
      .getByRole('heading', { level: 1, name: 'Follow-up report on West Midlands Probation Area, 2006' })
      .waitFor();
    await expect(page.getByText('Draft report, not published').count()).resolves.toBe(1);
    // The draft's figures are there to check: B1's score table has the 2006 figure beside the 2005 one.
    const b1 = page.getByRole('table', { name: 'B1 score' });
    await expect(b1.getByRole('row', { name: /Follow-up inspection \(2006\)/ }).innerText()).resolves.toMatch(
      /\d+%\s*\(\d+ of \d+\)/,
    );
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  it('refuses an empty comment with an error summary that takes the focus', async () => {
    await activate(page, page.getByRole('link', { name: 'Comment on the draft' }));
    await page.waitForURL(/\/area\/factual-accuracy\//);
    await page.getByRole('heading', { level: 1, name: /^Factual accuracy check: / }).waitFor();
    await expect(page.getByText('No comments yet.').count()).resolves.toBe(1);
    expect(await accessibilityProblems(page)).toEqual([]);

    await activate(page, page.getByRole('button', { name: 'Send comment' }));
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    await expect(summary.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expect(summary.innerText()).resolves.toContain('Enter your comment');
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  it('sends a comment on a section of the report', async () => {
    await chooseOption(page, page.getByLabel('What is your comment about?'), /^Summary of findings$/);
    await page.keyboard.press('Tab');
    await expect(
      page.getByLabel('Your comment', { exact: true }).evaluate((el) => el === document.activeElement),
    ).resolves.toBe(true);
    await page.keyboard.type('The area has 21 police operational command units, not 20.');
    await activate(page, page.getByRole('button', { name: 'Send comment' }));
    const banner = page.locator('.govuk-notification-banner--success');
    await banner.waitFor();
    await expect(banner.innerText()).resolves.toContain('Your comment on “Summary of findings” was sent');
    await expect(banner.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.getByRole('cell', { name: /21 police operational command units/ }).waitFor();
  });

  it('sends a comment on a measure figure', async () => {
    await chooseOption(
      page,
      page.getByLabel('What is your comment about?'),
      /^B1: Risk of harm was reassessed satisfactorily every 16 weeks$/,
    );
    await tabTo(page, page.getByLabel('Your comment', { exact: true }));
    await page.keyboard.type('Two reviews were recorded on the paper file, not in OASys.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page
      .locator('.govuk-notification-banner--success')
      .getByText(/16 weeks/)
      .waitFor();
    // The list is read again once the comment is in: wait for it there before counting the rows.
    await page.getByRole('cell', { name: /paper file/ }).waitFor();
    const rows = page.getByRole('table', { name: /Comments on the draft/ }).getByRole('row');
    await expect(rows.count()).resolves.toBe(3);
    const texts = await rows.allInnerTexts();
    expect(texts[1]).toMatch(/Summary of findings.*21 police.*Alex Morgan.*Awaiting the team/s);
    expect(texts[2]).toMatch(/B1: Risk of harm was reassessed.*paper file.*Awaiting the team/s);
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  it('shows which comments the team resolved', async () => {
    const { data } = await callApi<{ inspection: { factualAccuracyComments: { id: string; section: string }[] } }>(
      scrutiny.url,
      'query($id: ID!) { inspection(id: $id) { factualAccuracyComments { id section } } }',
      { id: draftId },
      inspector,
    );
    const onSummary = data.inspection.factualAccuracyComments.find((c) => c.section === 'SUMMARY')!;
    const resolved = await callApi<{ resolveFactualAccuracyComment: { __typename: string } }>(
      scrutiny.url,
      `mutation($input: MutationResolveFactualAccuracyCommentInput!) {
        resolveFactualAccuracyComment(input: $input) { __typename } }`,
      { input: { commentId: onSummary.id } },
      inspector,
    );
    expect(resolved.data.resolveFactualAccuracyComment.__typename).toBe('MutationResolveFactualAccuracyCommentSuccess');

    // The board member comes back to the page later (a browser reload: headless Chromium takes no F5).
    await page.reload();
    await page.getByText('2 comments, 1 resolved by the inspection team.').waitFor();
    const texts = await page
      .getByRole('table', { name: /Comments on the draft/ })
      .getByRole('row')
      .allInnerTexts();
    expect(texts[1]).toMatch(/Summary of findings.*Resolved/s);
    expect(texts[2]).toMatch(/16 weeks.*Awaiting the team/s);
    expect(await accessibilityProblems(page)).toEqual([]);
  });
});

describe('after the check', () => {
  it('takes no more comments once the report is signed off, and still shows them', async () => {
    const chief = await signInThroughApi('john.hutchings@hmiprobation.example');
    const { data } = await callApi<{ moveInspection: { __typename: string } }>(
      scrutiny.url,
      `mutation($input: MutationMoveInspectionInput!) { moveInspection(input: $input) { __typename } }`,
      { input: { inspectionId: draftId, to: 'SIGNED_OFF' } },
      chief,
    );
    expect(data.moveInspection.__typename).toBe('MutationMoveInspectionSuccess');
    await page.reload();
    await page.getByText(/The factual accuracy check is closed/).waitFor();
    await expect(page.getByRole('button', { name: 'Send comment' }).count()).resolves.toBe(0);
    await expect(page.getByText('2 comments, 1 resolved by the inspection team.').count()).resolves.toBe(1);
    expect(await accessibilityProblems(page)).toEqual([]);
  });
});
