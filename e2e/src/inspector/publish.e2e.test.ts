// The demo 2006 follow-up goes from validation to publication: the inspector starts drafting and sends the draft to
// the area for its factual accuracy check (by keyboard alone), the area's board comments, the inspector deals with
// the comment, and the chief inspector signs off and publishes (by keyboard alone). Each step refuses whoever may
// not take it, saying why; publication freezes the figures, which anyone can then read through the API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, launchChromium } from '../browser.ts';
import { startScrutiny, type RunningScrutiny } from '../scrutiny.ts';
import { CHIEF_INSPECTOR, NEIL, PASSWORD, expectNoAxeViolations, signedInPage } from './inspector-pages.ts';
import { BOARD_MEMBER, KATE, gqlAnonymous, gqlInPage, moveInspection, openDemo2006, tabTo } from './writing-pages.ts';

let scrutiny: RunningScrutiny;
let browser: Browser;
let kate: { context: BrowserContext; page: Page };
let inspectionId: string;
let reportUrl: string;

const FOREWORD = 'West Midlands had kept up its progress on risk of harm work since the follow-up of 2005.';
const COMMENT = 'The area has 22 police OCUs since April 2006, not 21.';

interface Scores {
  inspection: {
    status: string;
    criterionScores: { code: string; percentage: number | null; met: number | null; applicable: number | null }[];
    reportTexts: { section: string; text: string }[];
  } | null;
}
const SCORES = `query ($id: ID!) { inspection(id: $id) { status criterionScores { code percentage met applicable }
  reportTexts { section text } } }`;

beforeAll(async () => {
  scrutiny = await startScrutiny();
  browser = await launchChromium();
  kate = await signedInPage(browser, scrutiny.url, KATE);
  inspectionId = await openDemo2006(kate.page);
  reportUrl = `${scrutiny.url}/inspector/inspections/${encodeURIComponent(inspectionId)}/report`;
  // Fieldwork is over: the validation pages (not these) take an inspection there.
  await moveInspection(kate.page, inspectionId, 'VALIDATION');
});

afterAll(async () => {
  await kate?.context.close();
  await browser?.close();
  await scrutiny?.close();
});

const status = (page: Page) => page.getByTestId('report-status').innerText();

describe('from drafting to the factual accuracy check', () => {
  it('the inspector starts drafting, writes the foreword and sends the draft to the area by keyboard alone', async () => {
    const { page } = kate;
    await page.goto(`${scrutiny.url}/inspector/inspections/${encodeURIComponent(inspectionId)}`);
    await tabTo(page, page.getByRole('link', { name: 'Draft report and publication' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Draft report and publication' }).waitFor();
    await expect.poll(() => status(page)).toBe('Validation');
    await expectNoAxeViolations(page, axeViolations);

    await tabTo(page, page.getByRole('link', { name: 'Start drafting the report' }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('button', { name: 'End validation and start drafting' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Validation ended' }).waitFor();
    await tabTo(page, page.getByRole('link', { name: 'Back to the draft report and publication' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page)).toBe('Drafting');

    await tabTo(page, page.getByLabel('Foreword', { exact: true }));
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(FOREWORD);
    await tabTo(page, page.getByRole('button', { name: 'Save the foreword' }));
    await page.keyboard.press('Enter');
    await page.getByText('Foreword saved.').waitFor();

    await tabTo(page, page.getByRole('button', { name: 'Send to the area for the factual accuracy check' }));
    await page.keyboard.press('Enter');
    await page.getByText('The report is now at: factual accuracy check.').waitFor();
    await expect.poll(() => status(page)).toBe('Factual accuracy check');
  });

  it('refuses the inspector the sign-off, saying who may record it, and changes nothing', async () => {
    const { page } = kate;
    await tabTo(page, page.getByRole('button', { name: 'Record sign-off' }));
    await page.keyboard.press('Enter');
    const summary = page.locator('.govuk-error-summary');
    await summary.getByText('Only a chief inspector signs a report off.').waitFor();
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => status(page)).toBe('Factual accuracy check');
    await expect.poll(() => page.getByTestId('report-sign-off').innerText()).toBe('Not signed off');
    await expectNoAxeViolations(page, axeViolations);
  });

  it("shows the board's comment to the inspector, who marks it dealt with", async () => {
    // The area's board reads the draft and comments, through the API.
    const boardContext = await browser.newContext();
    const board = await boardContext.newPage();
    await board.goto(`${scrutiny.url}/inspector/`);
    const signIn = await gqlInPage<{ signIn: { __typename: string } }>(
      board,
      'mutation ($input: MutationSignInInput!) { signIn(input: $input) { __typename } }',
      { input: { email: BOARD_MEMBER, password: PASSWORD } },
    );
    expect(signIn.signIn.__typename).toBe('MutationSignInSuccess');
    const comment = await gqlInPage<{ addFactualAccuracyComment: { __typename: string } }>(
      board,
      `mutation ($input: MutationAddFactualAccuracyCommentInput!) { addFactualAccuracyComment(input: $input) { __typename } }`,
      { input: { inspectionId, section: 'SUMMARY', text: COMMENT } },
    );
    expect(comment.addFactualAccuracyComment.__typename).toBe('MutationAddFactualAccuracyCommentSuccess');
    await boardContext.close();

    const { page } = kate;
    await page.reload();
    const row = page.getByRole('row', { name: new RegExp(COMMENT.slice(0, 20)) });
    await expect.poll(() => row.innerText()).toMatch(/Summary[\s\S]*Alex Morgan \(demo board member\)/);
    await expect.poll(() => page.getByTestId('comments-open').innerText()).toBe('1 of 1 comments not yet dealt with.');
    // The sign-off step says what is still open.
    await page.getByText('once the area’s comments are dealt with. One comment is not yet dealt with.').waitFor();
    await tabTo(page, page.getByRole('button', { name: 'Mark comment 1 as dealt with' }));
    await page.keyboard.press('Enter');
    await page.getByText('Comment 1 is marked as dealt with.').waitFor();
    await expect.poll(() => page.getByTestId('comments-open').innerText()).toBe('Every comment is dealt with.');
    await expect.poll(() => row.innerText()).toContain('Dealt with');
    await expectNoAxeViolations(page, axeViolations);
  });
});

describe('sign-off and publication', () => {
  it('the chief inspector signs off and publishes by keyboard alone; the figures freeze and are public', async () => {
    const chief = await signedInPage(browser, scrutiny.url, CHIEF_INSPECTOR);
    const { page } = chief;
    const draft = (await gqlInPage<Scores>(page, SCORES, { id: inspectionId })).inspection!;
    expect(draft.criterionScores.length).toBeGreaterThan(0);
    // Not public before publication.
    await expect(gqlAnonymous<Scores>(scrutiny.url, SCORES, { id: inspectionId })).resolves.toEqual({
      inspection: null,
    });

    await page.goto(reportUrl);
    await page.getByRole('heading', { level: 1, name: 'Draft report and publication' }).waitFor();
    await tabTo(page, page.getByRole('button', { name: 'Record sign-off' }));
    await page.keyboard.press('Enter');
    await page.getByText('Sign-off is recorded.').waitFor();
    await expect.poll(() => status(page)).toBe('Signed off');
    await expect
      .poll(() => page.getByTestId('report-sign-off').innerText())
      .toMatch(/^Signed off by John Hutchings on \d{1,2} [A-Z][a-z]+ \d{4}$/);

    // An inspector of the team may not publish: the API says so, and nothing changes.
    await kate.page.reload();
    await kate.page.getByRole('link', { name: 'Publish the report' }).click();
    await kate.page.getByRole('button', { name: 'Publish the report' }).click();
    await kate.page.locator('.govuk-error-summary').getByText('Only a chief inspector publishes.').waitFor();
    await kate.page.getByRole('link', { name: 'Cancel' }).click();
    await expect.poll(() => status(kate.page)).toBe('Signed off');

    await expectNoAxeViolations(page, axeViolations);
    await tabTo(page, page.getByRole('link', { name: 'Publish the report' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Publish the report?' }).waitFor();
    await expectNoAxeViolations(page, axeViolations);
    await tabTo(page, page.getByRole('button', { name: 'Publish the report' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Report published' }).waitFor();
    // The panel has the focus, so a screen reader reads what happened.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains('govuk-panel') ?? false))
      .toBe(true);
    await expectNoAxeViolations(page, axeViolations);
    await tabTo(page, page.getByRole('link', { name: 'Back to the draft report and publication' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page)).toBe('Published');
    await expect
      .poll(() => page.getByTestId('report-publication').innerText())
      .toMatch(/^Published on \d{1,2} [A-Z][a-z]+ \d{4}; its figures are frozen$/);
    await expect.poll(() => page.getByRole('button', { name: /^Save the / }).count()).toBe(0);
    await expect
      .poll(() => page.getByRole('link', { name: 'Read the published report' }).getAttribute('href'))
      .toBe(`/reports/${encodeURIComponent(inspectionId)}`);
    await expectNoAxeViolations(page, axeViolations);

    // Anyone reads the published figures: the same as the draft's, with the foreword as written.
    const published = (await gqlAnonymous<Scores>(scrutiny.url, SCORES, { id: inspectionId })).inspection!;
    expect(published.status).toBe('PUBLISHED');
    expect(published.criterionScores).toEqual(draft.criterionScores);
    expect(published.reportTexts.find((t) => t.section === 'FOREWORD')?.text).toBe(FOREWORD);

    // The preview shows the frozen figures the API gives.
    await page.goto(`${reportUrl}/preview`);
    await page.getByRole('heading', { level: 1, name: 'Preview of the report' }).waitFor();
    const b1 = published.criterionScores.find((s) => s.code === 'B1')!;
    await expect
      .poll(() => page.getByTestId('preview-score-B1').innerText())
      .toMatch(
        new RegExp(`Follow-up inspection\\s+${Math.round(b1.percentage!)}% \\(${b1.met} of ${b1.applicable} cases\\)`),
      );
    await expectNoAxeViolations(page, axeViolations);
    await chief.context.close();

    // An assessor's later answer is refused, and the published figures stay as they were.
    const assessor = await signedInPage(browser, scrutiny.url, NEIL);
    const files = await gqlInPage<{
      myCaseFiles: {
        id: string;
        inspection: { id: string };
        answers: { measureKey: string; value: string; version: number }[];
      }[];
    }>(assessor.page, '{ myCaseFiles { id inspection { id } answers { measureKey value version } } }');
    const file = files.myCaseFiles.find((f) => f.inspection.id === inspectionId && f.answers.length > 0)!;
    const answer = file.answers[0]!;
    const refused = await gqlInPage<{ saveAnswer: { __typename: string } }>(
      assessor.page,
      `mutation ($input: MutationSaveAnswerInput!) { saveAnswer(input: $input) { __typename } }`,
      {
        input: {
          caseFileId: file.id,
          measureKey: answer.measureKey,
          value: answer.value === 'YES' ? 'NO' : 'YES',
          expectedVersion: answer.version,
        },
      },
    );
    expect(refused.saveAnswer.__typename).toBe('InvalidStateError');
    await expect(gqlAnonymous<Scores>(scrutiny.url, SCORES, { id: inspectionId })).resolves.toEqual({
      inspection: published,
    });
    await assessor.context.close();
  });
});
