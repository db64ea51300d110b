// The West Midlands board member sets their area's latest published scores beside the other areas of its comparison
// group and the national picture (every area's latest published inspection), while a draft of their own area is out
// for its factual accuracy check: drafts never enter the national picture.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../browser.ts';
import { startScrutiny, type RunningScrutiny } from '../scrutiny.ts';
import { accessibilityProblems, callApi, heading } from './board-pages.ts';
import { signInByKeyboard } from './keyboard.ts';

const PASSWORD = 'scrutiny-demo';
let scrutiny: RunningScrutiny;
let browser: Browser;
let page: Page;

interface NationalCriterion {
  code: string;
  median: number;
  lowest: number;
  highest: number;
  pooledMet: number;
  pooledApplicable: number;
  pooledPercentage: number;
  standing: { position: number; of: number };
}

/** Whole percentages as the report prints them: half up, with 23 of 40 (57.49999… in floating point) as 58%. */
const whole = (percentage: number) => `${Math.floor(Math.round(percentage * 1e6) / 1e6 + 0.5)}%`;

async function moveWestMidlands2006DraftToFactualAccuracyCheck(): Promise<void> {
  const { cookie } = await callApi(
    scrutiny.url,
    'mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { __typename } }',
    { e: 'kate.white@hmiprobation.example', p: PASSWORD },
  );
  const { data } = await callApi<{ area: { inspections: { edges: { node: { id: string; year: number } }[] } } }>(
    scrutiny.url,
    '{ area(code: "WMPA") { inspections(first: 10) { edges { node { id year } } } } }',
    {},
    cookie,
  );
  const draftId = data.area.inspections.edges.find((e) => e.node.year === 2006)!.node.id;
  for (const to of ['VALIDATION', 'DRAFTING', 'FACTUAL_ACCURACY_CHECK'])
    await callApi(
      scrutiny.url,
      'mutation($input: MutationMoveInspectionInput!) { moveInspection(input: $input) { __typename } }',
      { input: { inspectionId: draftId, to } },
      cookie,
    );
}

beforeAll(async () => {
  scrutiny = await startScrutiny();
  await moveWestMidlands2006DraftToFactualAccuracyCheck();
  browser = await launchChromium();
  page = await browser.newPage();
  await signInByKeyboard(page, scrutiny.url, 'board.member@wmpa.example', PASSWORD);
  expect(await heading(page)).toBe('West Midlands Probation Area');
});

afterAll(async () => {
  await browser?.close();
  await scrutiny?.close();
});

describe('the national picture on the area page', () => {
  it('shows a heading per group of comparable inspections and says why West Midlands’ follow-up stands apart', async () => {
    // The similar areas above have headings of their own: these are the national picture's.
    const section = page.locator('#national-heading').locator('..');
    await section.getByRole('heading', { level: 3, name: /^Full inspections on the / }).waitFor();
    const headings = await section.getByRole('heading', { level: 3 }).allInnerTexts();
    expect(headings.filter((h) => /inspections on the /.test(h))).toEqual([
      expect.stringMatching(/^Full inspections on the .*, offender interviews held$/),
      expect.stringMatching(/^Follow-up inspections on the .*, no offender interviews$/),
    ]);
    const text = await section.innerText();
    expect(text).toContain('3 of 4 areas’ latest published inspections are in this group');
    expect(text).toContain(
      '1 of 4 areas’ latest published inspections are in this group: West Midlands Probation Area.',
    );
    expect(text).toMatch(
      /West Midlands Probation Area’s Follow-up inspection 2005 stands apart from full inspections on the .* and is not ranked with them: it is a follow-up, narrower than a full inspection; no offenders were interviewed, so its baseline’s scores were adjusted to compare with it\./,
    );
  });

  it('gives each criterion within its group: the area’s published score, its position, the median, the range and the cases', async () => {
    // What the API says anyone may know, to hold the page to.
    const { data } = await callApi<{
      nationalPicture: {
        groups: { heading: string; areas: { area: { code: string } }[]; criteria: NationalCriterion[] }[];
      };
    }>(
      scrutiny.url,
      `{ nationalPicture(frameworkKey: "esi") { groups { heading areas { area { code } } criteria { code median lowest
         highest pooledMet pooledApplicable pooledPercentage standing(areaCode: "WMPA") { position of } } } } }`,
    );
    const own = data.nationalPicture.groups.find((g) => g.areas.some((a) => a.area.code === 'WMPA'))!;
    expect(own.areas).toHaveLength(1);
    const table = page.getByRole('table', { name: /^Your area’s latest published scores against the group’s: / });
    await table.waitFor();
    const rows = await table.getByRole('row').allInnerTexts();
    const b1 = rows.find((r) => r.startsWith('B1') && /\tWhole sample\t/.test(r));
    // West Midlands' latest published B1 is the 2005 follow-up's 62% (24 of 39), not the 2006 draft's.
    expect(b1).toMatch(/62%\s*\(24 of 39\)/);
    for (const criterion of own.criteria) {
      const row = rows.find((r) => r.startsWith(`${criterion.code} `) && /\tWhole sample\t/.test(r))!;
      // Ranked only among follow-ups without interviews: never "2nd of 4" beside full inspections.
      expect(criterion.standing).toEqual({ position: 1, of: 1 });
      expect(row).toContain('1st of 1');
      expect(row).toContain(`${whole(criterion.lowest)} to ${whole(criterion.highest)}`);
      expect(row).toContain(
        `${whole(criterion.pooledPercentage)} (${criterion.pooledMet} of ${criterion.pooledApplicable})`,
      );
      expect(row.split('\t')[4]).toBe(whole(criterion.median));
    }
    // High or very high risk of harm cases have their own rows.
    expect(rows.some((r) => r.startsWith('B1') && /High or very high risk of harm/.test(r))).toBe(true);
    // The full inspections' table has no column for West Midlands and no position for it.
    const full = data.nationalPicture.groups.find((g) => g !== own)!;
    const fullTable = page.getByRole('table', { name: /^Scores across the group: full inspections/ });
    const fullRows = await fullTable.getByRole('row').allInnerTexts();
    expect(fullRows[0]).not.toMatch(/Your area|Position/);
    for (const criterion of full.criteria) {
      const row = fullRows.find((r) => r.startsWith(`${criterion.code} `) && /\tWhole sample\t/.test(r))!;
      expect(row).toContain(`${whole(criterion.lowest)} to ${whole(criterion.highest)}`);
      expect(criterion.standing).toBeNull();
    }
  });

  it('lists every area’s latest published inspection, drafts left out', async () => {
    const table = page.getByRole('table', { name: 'Every area’s latest published criterion scores' });
    const text = await table.innerText();
    for (const area of ['Greater Manchester (demo)', 'Merseyside (demo)', 'West Yorkshire (demo)'])
      expect(text).toContain(area);
    expect(text).toContain('West Midlands Probation Area (your area)');
    expect(text).toMatch(/Follow-up inspection 2005/);
    expect(text).toMatch(/Follow-up, no offender interviews/);
    expect(text).not.toMatch(/2006/);
  });

  it('keeps the comparison group beside it, and the page has no accessibility violations', async () => {
    const peers = await page.locator('#peers-heading').locator('..').innerText();
    expect(peers).toContain('Greater Manchester (demo)');
    expect(peers).toContain('West Midlands Probation Area (your area)');
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  it('opens a peer’s published report from the national table', async () => {
    await page
      .getByRole('table', { name: 'Every area’s latest published criterion scores' })
      .getByRole('row', { name: /Merseyside/ })
      .getByRole('link')
      .click();
    await page.getByRole('heading', { level: 1, name: /Merseyside \(demo\), 2005/ }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
  });
});
