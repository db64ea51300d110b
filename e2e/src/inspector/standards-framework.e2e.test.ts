// A small inspection on the standards-based framework, set up through the API: the inspector reads the ratings on
// the scores page and overrides a standard's rating with a reason, by keyboard-reachable form controls; after
// publication the board's report shows the same ratings, the override and its reason. No axe violations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, launchChromium } from '../browser.ts';
import { startScrutiny, type RunningScrutiny } from '../scrutiny.ts';
import { accessibilityProblems, callApi } from '../board/board-pages.ts';
import { CHIEF_INSPECTOR, PASSWORD, expectNoAxeViolations, signedInPage } from './inspector-pages.ts';

const KATE = 'kate.white@hmiprobation.example';
const REASON = 'Meetings with managers showed engagement work that the case files do not record.';

let scrutiny: RunningScrutiny;
let browser: Browser;
let inspectionId: string;
let inspector: string;
let chief: string;
let firstCaseFileId: string;

async function signIn(email: string): Promise<string> {
  const { cookie } = await callApi<{ signIn: { __typename: string } }>(
    scrutiny.url,
    'mutation ($input: MutationSignInInput!) { signIn(input: $input) { __typename } }',
    { input: { email, password: PASSWORD } },
  );
  return cookie!;
}

async function mutate(name: string, input: Record<string, unknown>, cookie: string): Promise<string> {
  const type = `Mutation${name[0]!.toUpperCase()}${name.slice(1)}Input`;
  const { data } = await callApi<Record<string, { __typename: string; message?: string }>>(
    scrutiny.url,
    `mutation ($input: ${type}!) { ${name}(input: $input) { __typename ... on Error { message } } }`,
    { input },
    cookie,
  );
  const outcome = data[name]!;
  if (!outcome.__typename.endsWith('Success')) throw new Error(`${name}: ${outcome.message}`);
  return outcome.__typename;
}

/** Plans, imports 30 cases in two local units, draws 10 and answers: engaging questions met in 5 of 10, others 9. */
async function setUpInspection(): Promise<string> {
  const { data: ids } = await callApi<{ area: { id: string }; frameworks: { id: string; key: string }[] }>(
    scrutiny.url,
    '{ area(code: "WMPA") { id } frameworks { id key } }',
    {},
    inspector,
  );
  const { data: created } = await callApi<{ createInspection: { data: { id: string } } }>(
    scrutiny.url,
    'mutation ($input: MutationCreateInspectionInput!) { createInspection(input: $input) { ... on MutationCreateInspectionSuccess { data { id } } } }',
    {
      input: {
        areaId: ids.area.id,
        frameworkId: ids.frameworks.find((f) => f.key === 'standards-case-supervision')!.id,
        kind: 'FULL',
        year: 2026,
        title: 'Case supervision 2026',
      },
    },
    inspector,
  );
  const id = created.createInspection.data.id;
  const rows = Array.from({ length: 30 }, (_, i) =>
    [
      `CS-${i + 1}`,
      `P${i + 1}`,
      'CO',
      ['low', 'medium', 'high'][i % 3],
      i % 2 ? 'Coventry' : 'Birmingham',
      '2026-02-02',
    ].join(','),
  );
  const csv = ['reference,person,order_type,risk_of_harm,district,supervision_plan_date', ...rows].join('\n');
  await mutate('importCaseList', { inspectionId: id, csv }, inspector);
  await mutate('drawSample', { inspectionId: id, seed: 'e2e-standards', size: 10 }, inspector);
  const { data } = await callApi<{
    inspection: {
      caseFiles: { edges: { node: { id: string; questions: { measureKey: string; status: string }[] } }[] };
    };
  }>(
    scrutiny.url,
    'query ($id: ID!) { inspection(id: $id) { caseFiles(first: 20, sampleRole: SAMPLE) { edges { node { id questions { measureKey status } } } } } }',
    { id },
    inspector,
  );
  firstCaseFileId = data.inspection.caseFiles.edges[0]!.node.id;
  for (const [index, { node }] of data.inspection.caseFiles.edges.entries()) {
    for (const question of node.questions.filter((q) => q.status !== 'NOT_ASKED')) {
      const met = question.measureKey.endsWith('.engaging') ? index < 5 : index < 9;
      await mutate(
        'saveAnswer',
        { caseFileId: node.id, measureKey: question.measureKey, value: met ? 'YES' : 'NO' },
        inspector,
      );
    }
  }
  return id;
}

beforeAll(async () => {
  scrutiny = await startScrutiny();
  browser = await launchChromium();
  inspector = await signIn(KATE);
  chief = await signIn(CHIEF_INSPECTOR);
  inspectionId = await setUpInspection();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await scrutiny?.close();
});

describe('an inspection on the standards framework', () => {
  it('shows each key question’s prompts as guidance on the case file', async () => {
    const { page } = await signedInPage(browser, scrutiny.url, KATE);
    await page.goto(`${scrutiny.url}/inspector/case-files/${encodeURIComponent(firstCaseFileId)}`);
    const question = page.getByRole('group', {
      name: 'Does assessment focus sufficiently on engaging the person on probation?',
    });
    await question.waitFor();
    // The prompts describe the question's radios, so a screen reader reads them with it.
    await expect(question.getAttribute('aria-describedby')).resolves.toMatch(/-prompts /);
    await expect(page.getByTestId('question-prompts').first().innerText()).resolves.toContain(
      'Does assessment analyse the motivation and readiness of the person to engage and comply?',
    );
    await expectNoAxeViolations(page, axeViolations);
  });

  it('shows ratings on the scores page, and an inspector overrides a standard with a reason', async () => {
    const { page } = await signedInPage(browser, scrutiny.url, KATE);
    await page.goto(`${scrutiny.url}/inspector/inspections/${encodeURIComponent(inspectionId)}/scores`);
    await page.getByRole('heading', { level: 2, name: 'Ratings' }).waitFor();
    const standard = page.getByTestId('standard-2.1');
    // Engaging met in 5 of 10 (50%): Requires improvement, the lowest key question of assessment.
    await expect(standard.innerText()).resolves.toMatch(
      /Does assessment focus sufficiently on engaging the person on probation\?\s+Requires improvement\s+Requires improvement/,
    );
    await expect(page.getByTestId('overall-rating').innerText()).resolves.toMatch(
      /^Overall: Requires improvement \(\d+ points\)$/,
    );
    await expect(page.getByTestId('unit-ratings').locator('tbody tr').count()).resolves.toBe(2);
    await expectNoAxeViolations(page, axeViolations);

    // Submitting with nothing chosen: an error summary, focused, naming each field.
    await page.getByRole('button', { name: 'Override the rating' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    await expect(summary.locator('li').count()).resolves.toBe(3);
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toContain('govuk-error-summary');
    await expectNoAxeViolations(page, axeViolations);

    // By keyboard: choose the standard and rating, type the reason, submit with Enter on the button.
    await page.getByLabel('Standard', { exact: true }).focus();
    await page.getByLabel('Standard', { exact: true }).selectOption('2.1');
    await page.getByLabel('Rating', { exact: true }).selectOption('GOOD');
    await page.getByLabel('Reason').fill(REASON);
    await page.getByRole('button', { name: 'Override the rating' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Standard 2.1 is now rated Good, with your reason recorded.').waitFor();
    await expect
      .poll(() => standard.innerText())
      .toMatch(new RegExp(`Requires improvement\\s+Good\\s+Overridden by Kate White: ${REASON}`));
    await expectNoAxeViolations(page, axeViolations);
  });

  it('shows the same ratings, the override and its reason on the board’s published report', async () => {
    for (const to of ['FIELDWORK', 'VALIDATION', 'DRAFTING', 'FACTUAL_ACCURACY_CHECK'])
      await mutate('moveInspection', { inspectionId, to }, inspector);
    await mutate('moveInspection', { inspectionId, to: 'SIGNED_OFF' }, chief);
    await mutate('publishInspection', { inspectionId }, chief);

    const page = await (await browser.newContext()).newPage();
    await page.goto(`${scrutiny.url}/reports/${encodeURIComponent(inspectionId)}`);
    await page.getByRole('heading', { level: 2, name: 'Ratings' }).waitFor();
    const rows = await page.getByTestId('standard-ratings').locator('tbody tr').allInnerTexts();
    expect(rows[0]).toMatch(
      /^2\.1 Assessment\s+Good \(inspectors’ judgement; the key questions gave Requires improvement\)$/,
    );
    expect(rows[1]).toMatch(/^2\.2 Planning\s+Requires improvement$/);
    await expect(page.getByTestId('rating-overrides').innerText()).resolves.toContain(`${REASON} (Kate White)`);
    await expect(page.getByTestId('overall-rating').innerText()).resolves.toMatch(/^Overall rating: \w/);
    await expect(page.getByRole('link', { name: 'Ratings' }).count()).resolves.toBe(1);
    expect(await accessibilityProblems(page)).toEqual([]);
  });
});
