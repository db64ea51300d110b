// A board member of West Midlands signs in, follows their area, and sees nothing unpublished of any other area.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../browser.ts';
import { startScrutiny, type RunningScrutiny } from '../scrutiny.ts';
import { accessibilityProblems, callApi, heading, signIn } from './board-pages.ts';
import { submitSignIn } from '../sign-in.ts';

const PASSWORD = 'scrutiny-demo';
let scrutiny: RunningScrutiny;
let browser: Browser;
let page: Page;
let otherAreaDraftId: string;

/** An unpublished inspection of another area, created through the API by a chief inspector. */
async function createDraftInspectionOfGreaterManchester(baseUrl: string): Promise<string> {
  const signedIn = await callApi<{ signIn: { __typename: string } }>(
    baseUrl,
    'mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { __typename } }',
    { e: 'john.hutchings@hmiprobation.example', p: PASSWORD },
  );
  const cookie = signedIn.cookie!;
  const { data } = await callApi<{ area: { id: string }; frameworks: { id: string }[] }>(
    baseUrl,
    '{ area(code: "GMPA-DEMO") { id } frameworks { id } }',
    {},
    cookie,
  );
  const created = await callApi<{ createInspection: { __typename: string; data?: { id: string } } }>(
    baseUrl,
    `mutation($input: MutationCreateInspectionInput!) {
      createInspection(input: $input) { __typename ... on MutationCreateInspectionSuccess { data { id } } }
    }`,
    {
      input: {
        areaId: data.area.id,
        frameworkId: data.frameworks[0]!.id,
        kind: 'FULL',
        title: 'Unpublished Greater Manchester inspection 2006',
        year: 2006,
      },
    },
    cookie,
  );
  return created.data.createInspection.data!.id;
}

beforeAll(async () => {
  scrutiny = await startScrutiny();
  otherAreaDraftId = await createDraftInspectionOfGreaterManchester(scrutiny.url);
  browser = await launchChromium();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await scrutiny?.close();
});

describe('signing in', () => {
  it('has an accessible sign-in page that says when the password is wrong', async () => {
    await page.goto(`${scrutiny.url}/sign-in`);
    expect(await heading(page)).toBe('Sign in');
    expect(await accessibilityProblems(page)).toEqual([]);
    await submitSignIn(page, 'board.member@wmpa.example', 'not-the-password');
    await page.getByRole('alert').waitFor();
    expect(page.url()).toBe(`${scrutiny.url}/sign-in`);
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  it('takes the West Midlands board member to their area', async () => {
    await signIn(page, scrutiny.url, 'board.member@wmpa.example', PASSWORD);
    expect(await heading(page)).toBe('West Midlands Probation Area');
  });
});

describe('the board member’s area page', () => {
  it('compares the latest scores with the previous inspection, for all cases and high risk of harm cases', async () => {
    const criteria = page.getByRole('table', { name: /Criterion scores, whole sample and high risk/ });
    const rows = await criteria.getByRole('row').allInnerTexts();
    const b1 = rows.find((r) => r.startsWith('B1') && /Whole sample/.test(r));
    expect(b1).toMatch(/48%.*62%\s*\(24 of 39\).*\+14 points/s);
    expect(rows.some((r) => /High or very high risk of harm/.test(r))).toBe(true);
    const measures = await page
      .getByRole('table', { name: /Measures, whole sample/ })
      .getByRole('row')
      .allInnerTexts();
    // Risk of harm reviewed every 16 weeks, high risk cases: 31% in 2004, 14 of 22 in 2005.
    expect(
      measures.some((r) => /High or very high risk of harm/.test(r) && /31%/.test(r) && /\b14 of 22\b/.test(r)),
    ).toBe(true);
    await expect(page.getByText('improvement against 26 of 32 figures').count()).resolves.toBe(1);
  });

  it('sets the area beside the other areas of its comparison group, like with like (issue 16)', async () => {
    const section = page.locator('#peers-heading').locator('..');
    // West Midlands' 2005 follow-up without interviews is compared with no full inspection: each basis its own table.
    const own = await section
      .getByRole('table', { name: /^Criterion scores: Follow-up inspections on the / })
      .innerText();
    expect(own).toContain('West Midlands Probation Area (your area)');
    expect(own).not.toContain('Greater Manchester (demo)');
    const apart = await section.getByRole('table', { name: /^Criterion scores: Full inspections on the / }).innerText();
    for (const area of ['Greater Manchester (demo)', 'Merseyside (demo)', 'West Yorkshire (demo)'])
      expect(apart).toContain(area);
    expect(apart).not.toContain('West Midlands');
    expect(apart).not.toContain('Unpublished Greater Manchester inspection 2006');
    const headings = await section.getByRole('heading', { level: 3 }).allInnerTexts();
    expect(headings).toEqual([
      expect.stringMatching(/^Follow-up inspections on the .*, no offender interviews$/),
      expect.stringMatching(/^Full inspections on the .*, offender interviews held$/),
    ]);
    expect(await section.innerText()).toContain(
      'Shown apart from your area’s inspection and not set beside it: it is a full inspection, wider than a follow-up; offenders were interviewed.',
    );
  });

  it('has no accessibility violations', async () => {
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  it('cannot open another area’s unpublished inspection', async () => {
    await page.goto(`${scrutiny.url}/reports/${encodeURIComponent(otherAreaDraftId)}`);
    expect(await heading(page)).toBe('Report not found');
    await expect(page.getByText('Unpublished Greater Manchester inspection 2006').count()).resolves.toBe(0);
  });
});

describe('recommendations and the action plan', () => {
  it('lists the 2004 recommendations with the 2005 follow-up and lets the board add an action', async () => {
    await page.goto(`${scrutiny.url}/area/recommendations`);
    expect(await heading(page)).toBe('Recommendations and action plan');
    const first = page.getByRole('region', { name: 'Recommendation 1' }).first();
    await expect(first.innerText()).resolves.toMatch(/Follow-up inspection 2005 \(2005\)/);
    await first.getByText('Add an action to recommendation 1').click();
    await first.getByLabel('Action').fill('Co-chair the MAPPA strategic management board with the police');
    await first.getByLabel('Owner').fill('Director of Operations');
    await first.getByRole('button', { name: 'Add action' }).click();
    const table = first.getByRole('table', { name: 'Action plan for recommendation 1' });
    await table.waitFor();
    await expect(table.innerText()).resolves.toMatch(/Co-chair the MAPPA.*Director of Operations/s);
    expect(await accessibilityProblems(page)).toEqual([]);
  });
});
