// Issue 16 item 6 in the browser: the lead (here the chief inspector) chooses on the validation page which case
// files and which questions of the 2006 West Midlands follow-up are second-marked; the files left out show as not
// chosen, the saved choice is what the API holds, and the page has no accessibility violations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, launchChromium } from '../browser.ts';
import { startScrutiny, type RunningScrutiny } from '../scrutiny.ts';
import { CHIEF_INSPECTOR, expectNoAxeViolations, signedInPage } from './inspector-pages.ts';
import { callApi } from '../board/board-pages.ts';

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

describe('choosing what is second-marked', () => {
  it('saves chosen files and questions, and shows the files left out as not chosen', async () => {
    const { cookie } = await callApi(
      scrutiny.url,
      'mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { __typename } }',
      { e: CHIEF_INSPECTOR, p: 'scrutiny-demo' },
    );
    const planQuery = `{ inspections(areaCode: "WMPA", year: 2006, first: 1) { edges { node { id
      secondMarkingPlan { allCaseFiles caseFileIds allQuestions measureKeys }
      caseFiles(first: 20, sampleRole: SAMPLE) { edges { node { id reference } } } } } } }`;
    type PlanAnswer = {
      inspections: {
        edges: {
          node: {
            id: string;
            secondMarkingPlan: { allCaseFiles: boolean; caseFileIds: string[] | null; measureKeys: string[] | null };
            caseFiles: { edges: { node: { id: string; reference: string } }[] };
          };
        }[];
      };
    };
    const before = (await callApi<PlanAnswer>(scrutiny.url, planQuery, {}, cookie)).data.inspections.edges[0]!.node;
    expect(before.secondMarkingPlan).toMatchObject({ allCaseFiles: true, measureKeys: null });

    const { context, page } = await signedInPage(browser, scrutiny.url, CHIEF_INSPECTOR);
    await page.goto(`${scrutiny.url}/inspector/inspections/${encodeURIComponent(before.id)}/validation`);
    await page.getByRole('heading', { level: 1, name: 'Validation' }).waitFor();
    await expect(page.getByTestId('plan-summary').innerText()).resolves.toMatch(
      /^Second-marked: every applicable question of every submitted case file\./,
    );
    await page.getByText('Choose files and questions').click();
    await page.getByLabel('Chosen case files').check();
    await page.getByLabel('WM06-001', { exact: true }).check();
    await page.getByLabel('Chosen questions').check();
    for (const criterion of ['B1', 'B3', 'C2', 'C5'])
      await page.getByRole('checkbox', { name: new RegExp(`^${criterion}: Overall,`) }).check();
    await page.getByRole('button', { name: 'Save what is second-marked' }).click();
    await page.getByText(/^Saved\. Second-marked: 4 chosen questions of 1 chosen case file\./).waitFor();
    // The page's own summary follows once the inspection is read again (later than the message on a loaded machine).
    await page
      .getByTestId('plan-summary')
      .filter({ hasText: /^Second-marked: 4 chosen questions of 1 chosen case file\./ })
      .waitFor();
    const files = page.getByRole('table', { name: 'Sampled case files and their validation' });
    await expect(files.getByRole('row', { name: /WM06-003/ }).innerText()).resolves.toContain(
      'Not chosen for second marking',
    );
    await expectNoAxeViolations(page, axeViolations);

    const after = (await callApi<PlanAnswer>(scrutiny.url, planQuery, {}, cookie)).data.inspections.edges[0]!.node;
    const wm001 = after.caseFiles.edges.find((e) => e.node.reference === 'WM06-001')!.node.id;
    expect(after.secondMarkingPlan).toMatchObject({ allCaseFiles: false, caseFileIds: [wm001] });
    expect(after.secondMarkingPlan.measureKeys).toEqual(['B1.overall', 'B3.overall', 'C2.overall', 'C5.overall']);
    await context.close();
  });
});
