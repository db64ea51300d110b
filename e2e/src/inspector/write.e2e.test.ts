// An inspector writes up the demo 2006 follow-up: records a meeting and the evidence examined, adds a finding to a
// criterion by keyboard alone, a good practice example and a recommendation, judges a followed-up recommendation,
// writes the foreword and the glossary, and previews the draft in the reference report's shape.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, launchChromium } from '../browser.ts';
import { startScrutiny, type RunningScrutiny } from '../scrutiny.ts';
import { expectNoAxeViolations, signedInPage } from './inspector-pages.ts';
import { ADMIN_OFFICER, KATE, gqlInPage, openDemo2006, tabTo } from './writing-pages.ts';

/** Fills the GOV.UK date input "Date of the meeting". */
async function fillDate(page: Page, day: string, month: string, year: string): Promise<void> {
  const group = page.getByRole('group', { name: 'Date of the meeting' });
  await group.getByLabel('Day').fill(day);
  await group.getByLabel('Month').fill(month);
  await group.getByLabel('Year').fill(year);
}

let scrutiny: RunningScrutiny;
let browser: Browser;
let kate: { context: BrowserContext; page: Page };
let inspectionId: string;

const FINDING =
  'Case managers described a heightened awareness of risk of harm assessment (meeting with practitioners).';

beforeAll(async () => {
  scrutiny = await startScrutiny();
  browser = await launchChromium();
  kate = await signedInPage(browser, scrutiny.url, KATE);
  inspectionId = await openDemo2006(kate.page);
});

afterAll(async () => {
  await kate?.context.close();
  await browser?.close();
  await scrutiny?.close();
});

describe('meetings and evidence', () => {
  it('records, changes and removes a meeting, and records a document examined at it', async () => {
    const { page } = kate;
    await page.getByRole('link', { name: 'Meetings and evidence' }).click();
    await page.getByRole('heading', { level: 1, name: 'Meetings and evidence' }).waitFor();
    await expect.poll(() => page.getByText('No meetings recorded yet.').isVisible()).toBe(true);

    // Nothing filled in: the error summary says what is missing, and nothing is recorded.
    await page.getByRole('button', { name: 'Record the meeting' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.getByText('Enter the date of the meeting').waitFor();
    await expect.poll(() => summary.getByRole('link', { name: 'Enter who was met' }).count()).toBe(1);
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectNoAxeViolations(page, axeViolations);

    // The GOV.UK date input, never the browser's picker: a date that does not exist is named in the summary, linked
    // to its day, and shown on the field.
    await fillDate(page, '31', '2', '2006');
    await page.getByRole('group', { name: 'Who the meeting was with' }).getByLabel('Board members').check();
    await page.getByLabel('Who was met').fill('A group of Board members');
    await page.getByRole('button', { name: 'Record the meeting' }).click();
    await summary.getByRole('link', { name: 'Date of the meeting must be a real date' }).waitFor();
    await page.locator('#meeting-date-error').getByText('Date of the meeting must be a real date').waitFor();
    await expect(page.locator('input[type=date]').count()).resolves.toBe(0);
    await expectNoAxeViolations(page, axeViolations);
    await summary.getByRole('link', { name: 'Date of the meeting must be a real date' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('meeting-date-day');
    await fillDate(page, '7', '6', '2006');
    await page.getByRole('group', { name: 'Who the meeting was with' }).getByLabel('Board members').check();
    await page.getByLabel('Who was met').fill('A group of Board members');
    await page.getByLabel('Notes (optional)').fill('The Board tracks the ESI action plan monthly.');
    await page.getByRole('button', { name: 'Record the meeting' }).click();
    await page.getByText('The meeting with A group of Board members on 7 June 2006 was recorded.').waitFor();
    const meetings = page.getByRole('table', { name: 'Meetings, earliest first' });
    await expect
      .poll(() => meetings.getByRole('row', { name: /A group of Board members/ }).innerText())
      .toMatch(/7 June 2006[\s\S]*Board members[\s\S]*The Board tracks the ESI action plan monthly\./);

    await meetings.getByRole('button', { name: 'Change the meeting with A group of Board members' }).click();
    await page.getByRole('heading', { name: 'Change the meeting with A group of Board members' }).waitFor();
    await page.getByLabel('Who was met').fill('A group of Board members and the Chair');
    await page.getByRole('button', { name: 'Save the meeting' }).click();
    await page.getByText('The meeting with A group of Board members and the Chair was changed.').waitFor();

    // A second meeting, to be removed; the first stays.
    await fillDate(page, '8', '6', '2006');
    await page.getByRole('group', { name: 'Who the meeting was with' }).getByLabel('Practitioners').check();
    await page.getByLabel('Who was met').fill('A group of practitioners');
    await page.getByRole('button', { name: 'Record the meeting' }).click();
    await page.getByText('The meeting with A group of practitioners on 8 June 2006 was recorded.').waitFor();

    await page.getByLabel('Title').fill("The area's ESI improvement plan");
    await page.getByLabel('What it shows (optional)').fill('Actions against each of the five recommendations.');
    await page
      .getByLabel('Examined at a meeting (optional)')
      .selectOption({ label: 'A group of Board members and the Chair, 7 June 2006' });
    await page.getByRole('button', { name: 'Record the evidence' }).click();
    await page.getByText("The area's ESI improvement plan was recorded as evidence.").waitFor();
    const evidence = page.getByRole('table', { name: 'Evidence, in the order recorded' });
    await expect
      .poll(() => evidence.getByRole('row', { name: /ESI improvement plan/ }).innerText())
      .toMatch(/Document[\s\S]*five recommendations[\s\S]*A group of Board members and the Chair, 7 June 2006/);

    await meetings.getByRole('button', { name: 'Remove the meeting with A group of practitioners' }).click();
    await page.getByText('The meeting with A group of practitioners on 8 June 2006 was removed.').waitFor();
    await expect.poll(() => meetings.getByRole('row').count()).toBe(2);
    await expectNoAxeViolations(page, axeViolations);

    const stored = await gqlInPage<{ inspection: { meetings: { attendees: string; kind: string; notes: string }[] } }>(
      page,
      'query ($id: ID!) { inspection(id: $id) { meetings { attendees kind notes } } }',
      { id: inspectionId },
    );
    expect(stored.inspection.meetings).toEqual([
      {
        attendees: 'A group of Board members and the Chair',
        kind: 'BOARD',
        notes: 'The Board tracks the ESI action plan monthly.',
      },
    ]);
  });

  it('lets an admin officer schedule a meeting without notes, and refuses them evidence, saying why', async () => {
    const admin = await signedInPage(browser, scrutiny.url, ADMIN_OFFICER);
    const { page } = admin;
    await page.goto(`${scrutiny.url}/inspector/inspections/${encodeURIComponent(inspectionId)}/evidence`);
    await page.getByRole('heading', { level: 1, name: 'Meetings and evidence' }).waitFor();
    await expect.poll(() => page.getByLabel('Notes (optional)').count()).toBe(0);
    await fillDate(page, '12', '6', '2006');
    await page.getByRole('group', { name: 'Who the meeting was with' }).getByLabel('Partner agencies').check();
    await page.getByLabel('Who was met').fill('Members of the MAPPA SMB');
    await page.getByRole('button', { name: 'Record the meeting' }).click();
    await page.getByText('The meeting with Members of the MAPPA SMB on 12 June 2006 was recorded.').waitFor();

    await page.getByLabel('Title').fill('MAPPA business plan');
    await page.getByRole('button', { name: 'Record the evidence' }).click();
    await page
      .locator('.govuk-error-summary')
      .getByText('Only inspectors of the team or a chief inspector may write what an inspection finds.')
      .waitFor();
    await expectNoAxeViolations(page, axeViolations);
    await admin.context.close();
  });
});

describe('findings, good practice and recommendations', () => {
  it('adds a finding to a criterion by keyboard alone, then changes it', async () => {
    const { page } = kate;
    await page.goto(`${scrutiny.url}/inspector/inspections/${encodeURIComponent(inspectionId)}`);
    await page.getByRole('heading', { level: 1, name: 'Follow-up inspection 2006' }).waitFor();

    const findingsLink = page.getByRole('link', { name: 'Findings and recommendations' });
    await tabTo(page, findingsLink);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Findings and recommendations' }).waitFor();
    await expectNoAxeViolations(page, axeViolations);
    const b1 = page.getByRole('row', { name: /B1 Assessment of risk of harm/ });
    await expect.poll(() => b1.innerText()).toMatch(/B1 Assessment of risk of harm\s+0\s+0\s+0\s+0/);

    await tabTo(page, page.getByRole('link', { name: 'B1 Assessment of risk of harm' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'B1 Assessment of risk of harm' }).waitFor();
    await expect.poll(() => page.getByText('No findings yet.').isVisible()).toBe(true);

    // Submitting an empty finding says what is missing and moves the focus to the summary.
    const add = page.getByRole('button', { name: 'Add the finding' });
    await tabTo(page, add);
    await page.keyboard.press('Enter');
    const summary = page.locator('.govuk-error-summary');
    await summary.getByText('Enter the finding').waitFor();
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);

    // The summary's link takes the keyboard to the first radio of the kinds.
    await tabTo(page, summary.getByRole('link', { name: 'Choose what kind of finding it is' }));
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value))
      .toBe('STRENGTH');
    await page.keyboard.press('Space');
    await tabTo(page, page.getByLabel('The finding'));
    await page.keyboard.type(FINDING);
    // It cites the document recorded under meetings and evidence.
    await tabTo(page, page.getByRole('checkbox', { name: "The area's ESI improvement plan" }));
    await page.keyboard.press('Space');
    await tabTo(page, add);
    await page.keyboard.press('Enter');
    await page.getByText('The strength was added to B1.').waitFor();
    const findings = page.getByRole('list', { name: 'Findings of B1' });
    await expect.poll(() => findings.innerText()).toContain(FINDING);
    await expect.poll(() => findings.innerText()).toContain('Strength');
    await expect.poll(() => findings.innerText()).toContain("Evidence: The area's ESI improvement plan");

    await tabTo(page, page.getByRole('button', { name: 'Change finding 1' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Change finding 1' }).waitFor();
    await tabTo(page, page.getByLabel('The finding'));
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type(' Refresher training is still needed in court teams.');
    await tabTo(page, page.getByRole('button', { name: 'Save the finding' }));
    await page.keyboard.press('Enter');
    await page.getByText('Finding 1 was changed.').waitFor();
    await expect.poll(() => findings.innerText()).toContain('Refresher training is still needed in court teams.');
    await expectNoAxeViolations(page, axeViolations);
  });

  it('adds, changes and removes good practice examples', async () => {
    const { page } = kate;
    await page.getByLabel('Title (optional)').fill('Risk management plan');
    await page
      .getByLabel('The example')
      .fill('A case manager had produced a comprehensive risk management plan integrating MAPPA actions.');
    await page.getByRole('button', { name: 'Add the example' }).click();
    await page.getByText('A good practice example was added to B1.').waitFor();
    await page.getByRole('heading', { name: 'Good practice example 1: Risk management plan' }).waitFor();

    await page.getByLabel('The example').fill('A second example, to be removed.');
    await page.getByRole('button', { name: 'Add the example' }).click();
    await page.getByRole('heading', { name: 'Good practice example 2' }).waitFor();
    await page.getByRole('button', { name: 'Remove good practice example 2' }).click();
    await page.getByText('Good practice example 2 was removed.').waitFor();
    await expect.poll(() => page.getByRole('heading', { name: /Good practice example 2/ }).count()).toBe(0);

    await page.getByRole('button', { name: 'Change good practice example 1' }).click();
    await page.getByLabel('Title (optional)').fill('Risk management plan used as a dynamic tool');
    await page.getByRole('button', { name: 'Save the example' }).click();
    await page
      .getByRole('heading', { name: 'Good practice example 1: Risk management plan used as a dynamic tool' })
      .waitFor();
    await expectNoAxeViolations(page, axeViolations);
  });

  it('adds a recommendation, numbered after the last', async () => {
    const { page } = kate;
    await page.getByRole('link', { name: 'All criteria, recommendations and judgements' }).click();
    await page.getByRole('heading', { level: 1, name: 'Findings and recommendations' }).waitFor();
    await expect
      .poll(() => page.getByRole('row', { name: /B1 Assessment of risk of harm/ }).innerText())
      .toMatch(/B1 Assessment of risk of harm\s+1\s+0\s+0\s+1/);
    // The 2006 follow-up's baseline (the 2005 follow-up) made no recommendations of its own.
    await page.getByText('made no recommendations to follow up').waitFor();

    await page.getByRole('button', { name: 'Add the recommendation' }).click();
    await page.locator('.govuk-error-summary').getByText('Enter the recommendation').waitFor();
    await page
      .getByLabel('Add a recommendation')
      .fill('The Probation Board should ensure that risk management plans are written to the required standard.');
    await page.getByRole('button', { name: 'Add the recommendation' }).click();
    await page.getByText('Recommendation 1 was added.').waitFor();
    await expect
      .poll(() => page.getByTestId('recommendations').innerText())
      .toContain('risk management plans are written to the required standard');
    await expectNoAxeViolations(page, axeViolations);
  });

  it('judges progress on a recommendation of the baseline that a follow-up follows up', async () => {
    const { page } = kate;
    // A follow-up of the 2004 inspection, whose seven recommendations can be followed up, planned through the API.
    const found = await gqlInPage<{
      area: { id: string; inspections: { edges: { node: { id: string; year: number; framework: { id: string } } }[] } };
    }>(page, '{ area(code: "WMPA") { id inspections(first: 10) { edges { node { id year framework { id } } } } } }');
    const of2004 = found.area.inspections.edges.map((e) => e.node).find((i) => i.year === 2004)!;
    const created = await gqlInPage<{ createInspection: { data: { id: string } } }>(
      page,
      `mutation ($input: MutationCreateInspectionInput!) { createInspection(input: $input) {
         ... on MutationCreateInspectionSuccess { data { id } } } }`,
      {
        input: {
          areaId: found.area.id,
          frameworkId: of2004.framework.id,
          kind: 'FOLLOW_UP',
          year: 2007,
          title: 'Second follow-up inspection 2007',
          baselineId: of2004.id,
        },
      },
    );
    const followUpId = created.createInspection.data.id;
    await page.goto(`${scrutiny.url}/inspector/inspections/${encodeURIComponent(followUpId)}/findings`);
    await page.getByRole('heading', { level: 1, name: 'Findings and recommendations' }).waitFor();
    await page.getByText('follows up none of its baseline’s recommendations yet').waitFor();

    await page.getByLabel(/^1\. /).check();
    await page.getByLabel(/^4\. /).check();
    await page.getByRole('button', { name: 'Save the recommendations followed up' }).click();
    await page.getByText('This follow-up now follows up 2 of the baseline’s recommendations.').waitFor();
    await page.getByRole('heading', { name: 'Recommendation 4' }).waitFor();

    await page.getByRole('button', { name: 'Save the judgement of recommendation 1' }).click();
    await page.locator('.govuk-error-summary').getByText('Choose the progress made on recommendation 1').waitFor();
    await page.getByRole('group', { name: 'Progress on recommendation 1' }).getByLabel('Good progress').check();
    await page
      .getByLabel('The evidence for the judgement of recommendation 1')
      .fill('Probation now co-chairs the SMB and attends every Level 3 MAPPP.');
    await page.getByRole('button', { name: 'Save the judgement of recommendation 1' }).click();
    await page.getByText('Recommendation 1 was judged: good progress.').waitFor();
    await expectNoAxeViolations(page, axeViolations);

    await page.reload();
    const group = page.getByRole('group', { name: 'Progress on recommendation 1' });
    await expect.poll(() => group.getByLabel('Good progress').isChecked()).toBe(true);
    const stored = await gqlInPage<{
      inspection: {
        followedUpRecommendations: {
          judgement: string | null;
          comment: string | null;
          recommendation: { number: number };
        }[];
      };
    }>(
      page,
      'query ($id: ID!) { inspection(id: $id) { followedUpRecommendations { judgement comment recommendation { number } } } }',
      {
        id: followUpId,
      },
    );
    expect(stored.inspection.followedUpRecommendations).toEqual([
      {
        judgement: 'GOOD_PROGRESS',
        comment: 'Probation now co-chairs the SMB and attends every Level 3 MAPPP.',
        recommendation: { number: 1 },
      },
      { judgement: null, comment: null, recommendation: { number: 4 } },
    ]);
  });
});

describe('the draft report', () => {
  it('takes the foreword and the glossary, and previews the draft in the reference report’s shape', async () => {
    const { page } = kate;
    await page.goto(`${scrutiny.url}/inspector/inspections/${encodeURIComponent(inspectionId)}/report`);
    await page.getByRole('heading', { level: 1, name: 'Draft report and publication' }).waitFor();
    await expect.poll(() => page.getByTestId('report-status').innerText()).toBe('Fieldwork');
    await expectNoAxeViolations(page, axeViolations);

    const foreword = page.getByLabel('Foreword', { exact: true });
    // The demo's notice is the foreword it was loaded with.
    await expect.poll(() => foreword.inputValue()).toContain('DEMO data');
    await foreword.fill(
      'There had been a great deal of focused activity since the follow-up of 2005.\n\nFurther improvement in risk of harm work is still needed.',
    );
    await page.getByLabel('Signed by (optional)').fill('Andrew Bridges, HM Chief Inspector of Probation');
    await page.getByRole('button', { name: 'Save the foreword' }).click();
    await page.getByText('Foreword saved.').waitFor();

    await page
      .getByLabel('Glossary', { exact: true })
      .fill('OASys\tOffender Assessment System\nSPO – Senior probation officer');
    await page.getByRole('button', { name: 'Save the glossary' }).click();
    await page.getByText('Glossary saved.').waitFor();

    await page.getByRole('button', { name: 'Save the summary of findings' }).click();
    await page.locator('.govuk-error-summary').getByText('Enter the text of the summary of findings').waitFor();
    await expectNoAxeViolations(page, axeViolations);

    await page.getByRole('link', { name: 'preview of the report', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Preview of the report' }).waitFor();
    const report = page.getByRole('article');
    await report.getByRole('heading', { name: 'Follow-up report on: West Midlands Probation Area 2006' }).waitFor();
    const headings = await report.getByRole('heading', { level: 2 }).allInnerTexts();
    expect(headings).toEqual([
      'Follow-up report on: West Midlands Probation Area 2006',
      'Contents',
      'Foreword',
      'Acknowledgements',
      'Glossary',
      'Reasons for undertaking the follow-up',
      'Summary of findings',
      'Next steps',
      'Inspection arrangements',
      'Section A Quality of management',
      'Section B Quality of assessment',
      'Section C Quality of interventions',
      'Recommendations',
      'The role of the inspectorate',
    ]);
    await report.getByText('Further improvement in risk of harm work is still needed.').waitFor();
    await report.getByText('Andrew Bridges, HM Chief Inspector of Probation').waitFor();
    await expect
      .poll(() => report.getByRole('row', { name: /OASys/ }).innerText())
      .toMatch(/OASys\s+Offender Assessment System/);
    await expect
      .poll(() => page.getByTestId('preview-meetings').innerText())
      .toContain('A group of Board members and the Chair (board members, 7 June 2006)');
    await expect.poll(() => page.getByTestId('preview-findings-B1').innerText()).toContain(FINDING);
    await expect
      .poll(() => page.getByTestId('preview-findings-B1').innerText())
      .toContain("Evidence: The area's ESI improvement plan");
    await report.getByText('GOOD PRACTICE EXAMPLE: Risk management plan used as a dynamic tool').waitFor();
    // B1's table: the 2005 follow-up's score against this follow-up's, both from the API.
    const table = await page.getByTestId('preview-score-B1').innerText();
    expect(table).toMatch(/Original inspection\s+62%/);
    expect(table).toMatch(/Follow-up inspection\s+\d+% \(\d+ of \d+ cases\)/);
    await expect.poll(() => report.getByText('Not scored in this inspection.').count()).toBe(1);
    await expect
      .poll(() => page.getByTestId('preview-team').innerText())
      .toMatch(/HM Inspectors\s+Kate White[\s\S]*Area Assessors\s+Neil Appleby, Lalita Patel/);
    await expectNoAxeViolations(page, axeViolations);
  });
});
