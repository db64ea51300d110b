// The whole of an inspection, as the demo accounts would run it in the apps: an HM inspector plans an inspection of
// West Midlands on the ESI framework and puts an area assessor on its team, imports the area's case list, draws a
// small seeded sample and assigns it; the assessor answers and submits every file; the inspector second-marks one
// file blind, resolves a disagreement and reads the agreement; she writes a finding, a good practice example and the
// foreword, previews the report and sends it through the factual accuracy check; the chief inspector signs it off
// and publishes. Then the published figures are checked against the domain's own scoring of the same answers, as an
// anonymous reader gets them from the API and as the board app's public report shows them. Every page passes axe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  discloseFigure,
  scoreInspection,
  type CaseFacts,
  type CaseFileForScoring,
  type FrameworkDefinition,
} from '@scrutiny/domain';
import { esiFramework } from '@scrutiny/plugin-framework-esi';
import { axeViolations, launchChromium } from '../browser.ts';
import { startScrutiny, type RunningScrutiny } from '../scrutiny.ts';
import { CHIEF_INSPECTOR, NEIL, expectNoAxeViolations, signedInPage } from './inspector-pages.ts';
import { KATE, gqlAnonymous, gqlInPage, inspectionIdOf } from './writing-pages.ts';

let scrutiny: RunningScrutiny;
let browser: Browser;
let kate: { context: BrowserContext; page: Page };
let inspectionId: string;
/** Case file references drawn into the sample. */
let sampled: string[] = [];
/** The disagreement the inspector resolved, and how. */
let resolved: { measureKey: string; value: string } | undefined;
/** The B1 score as the inspectors' preview showed it, before publication. */
let previewB1 = '';

const TITLE = 'Effective Supervision Inspection 2007';
const SAMPLE_SIZE = 5;
const FINDING = 'Risk of harm assessments were completed on time in most cases seen.';
const GOOD_PRACTICE = 'A risk management plan set out each agency’s actions and was reviewed after every change.';
const FOREWORD = 'This inspection of West Midlands looked again at the supervision of people on probation.';
const NOT_APPLICABLE_REASON = 'The person was in custody for the whole period.';

/** Pages already checked with axe, so each distinct page is checked once. */
const checked = new Set<string>();
async function axeOnce(page: Page, name: string): Promise<void> {
  if (checked.has(name)) return;
  checked.add(name);
  await expectNoAxeViolations(page, axeViolations);
}

beforeAll(async () => {
  scrutiny = await startScrutiny();
  browser = await launchChromium();
});

afterAll(async () => {
  await kate?.context.close();
  await browser?.close();
  await scrutiny?.close();
});

/** The area's case list as its information system exports it: 12 cases, a third of them high risk of harm. */
function caseList(): string {
  const risks = ['low', 'medium', 'high', 'very high', 'low', 'medium'];
  const rows = Array.from({ length: 12 }, (_, i) =>
    [
      `J-${String(i + 1).padStart(3, '0')}`,
      `P${i + 1}`,
      `OFF${i % 4}`,
      i % 3 === 0 ? 'LICENCE' : 'CPRO',
      risks[i % risks.length],
      i % 4 === 0 ? 'female' : 'male',
      '2007-01-08',
    ].join(','),
  );
  return ['reference,person,officer,order_type,risk_of_harm,sex,start_date', ...rows].join('\n');
}

/** The questions of a case file page that can still be answered: a fieldset of radios, enabled, none chosen. */
function unanswered(page: Page) {
  return page.locator('.app-question:has(fieldset:not([disabled]))').filter({ hasNot: page.locator('input:checked') });
}

/** The first unanswered question, pinned by its measure so that it stays found once answered. */
async function firstUnanswered(page: Page) {
  const key = await unanswered(page).first().getAttribute('data-question');
  return page.locator(`.app-question[data-question="${key}"]`);
}

/**
 * Answers every question of the case file open on the page: the first answer offered (Yes), except that each
 * `notApplicableEvery`-th question is marked not applicable with a reason. Loops because an answer can make
 * another question apply or not.
 */
async function answerEveryQuestion(page: Page, notApplicableEvery: number): Promise<void> {
  let n = 0;
  for (let guard = 0; guard < 200; guard++) {
    if ((await unanswered(page).count()) === 0) break;
    const next = await firstUnanswered(page);
    n += 1;
    if (n % notApplicableEvery === 0) {
      await next.getByLabel('Not applicable', { exact: true }).check();
      await next.getByLabel('Why does this question not apply to this case?').fill(NOT_APPLICABLE_REASON);
      // The reason is saved as the field is left.
      await next.getByLabel('Why does this question not apply to this case?').blur();
    } else {
      await next.locator('input[type=radio]').first().check();
    }
    await next.locator('[id$="-status"]').getByText('Saved', { exact: true }).waitFor({ timeout: 20_000 });
  }
}

describe('an inspection from plan to publication', () => {
  it('the inspector creates the inspection and adds the area assessor to its team', async () => {
    kate = await signedInPage(browser, scrutiny.url, KATE);
    const { page } = kate;
    await axeOnce(page, 'home');
    await page.getByRole('link', { name: 'Create an inspection' }).click();
    await page.getByRole('heading', { level: 1, name: 'Create an inspection' }).waitFor();
    await axeOnce(page, 'create');
    await page.getByLabel('Area').selectOption({ label: 'West Midlands Probation Area' });
    const framework = page.getByLabel('Framework and version');
    const esi = await framework
      .locator('option')
      .filter({ hasText: /Effective Supervision/i })
      .first()
      .getAttribute('value');
    await framework.selectOption(esi!);
    await page.getByLabel('Title').fill(TITLE);
    await page.locator('#year').fill('2007');
    await page.getByLabel('Full inspection').check();
    await page.getByRole('button', { name: 'Create the inspection' }).click();
    await page.getByRole('heading', { level: 1, name: `${TITLE}: plan and team` }).waitFor();
    inspectionId = inspectionIdOf(page);

    await page.getByLabel('Person').selectOption({ label: 'Neil Appleby (area assessor)' });
    await expect(page.getByLabel('Place in the team').inputValue()).resolves.toBe('AREA_ASSESSOR');
    await page.getByRole('button', { name: 'Add to the team' }).click();
    await page.getByText('Neil Appleby joined the team as area assessor.').waitFor();
    await expect
      .poll(() => page.getByRole('table', { name: 'Team' }).innerText())
      .toMatch(/Neil Appleby\s+Area assessor/);
    await axeOnce(page, 'plan');
  });

  it('imports the case list after its preview, draws a seeded sample and assigns it to the assessor', async () => {
    const { page } = kate;
    await page.getByRole('link', { name: 'Back to the inspection' }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await axeOnce(page, 'inspection');
    await page.getByRole('link', { name: 'Case list, sample and assignment' }).click();
    await page.getByRole('heading', { level: 1, name: 'Case list, sample and assignment' }).waitFor();

    await page
      .getByLabel('The area’s case list (CSV or XLSX)')
      .setInputFiles({ name: 'west-midlands-2007.csv', mimeType: 'text/csv', buffer: Buffer.from(caseList()) });
    await page.getByRole('button', { name: 'Check the case list' }).click();
    await page.getByRole('button', { name: 'Import 12 cases' }).waitFor();
    await axeOnce(page, 'sample');
    await page.getByRole('button', { name: 'Import 12 cases' }).click();
    await page.getByText('12 cases imported').waitFor();

    await page.getByLabel('Seed').fill('west-midlands-2007');
    await page.getByLabel('Sample size').fill(String(SAMPLE_SIZE));
    await page.getByLabel('High or very high risk of harm cases in the sample').fill('2');
    await page.getByRole('button', { name: 'Draw the sample' }).click();
    await page.getByRole('table', { name: new RegExp(`${SAMPLE_SIZE} case files drawn`) }).waitFor();

    const files = page.getByRole('table', { name: 'Sampled case files' });
    await expect.poll(() => files.getByRole('checkbox').count(), { timeout: 15_000 }).toBe(SAMPLE_SIZE);
    for (const box of await files.getByRole('checkbox').all()) await box.check();
    await page.getByLabel('Assessor').selectOption({ label: 'Neil Appleby (Area assessor)' });
    await page.getByRole('button', { name: `Assign ${SAMPLE_SIZE} case files` }).click();
    await page.getByText(`${SAMPLE_SIZE} case files assigned to Neil Appleby.`).waitFor();
    await expect.poll(() => files.getByText('Neil Appleby').count()).toBe(SAMPLE_SIZE);
    sampled = (await files.locator('label').allInnerTexts()).map((t) => t.trim());
    expect(sampled).toHaveLength(SAMPLE_SIZE);
    await axeOnce(page, 'sample');
  });

  it('the assessor answers every question of each file, some not applicable with a reason, and submits it', async () => {
    const neil = await signedInPage(browser, scrutiny.url, NEIL);
    const { page } = neil;
    for (const [i, reference] of sampled.entries()) {
      await page.goto(`${scrutiny.url}/inspector/`);
      await page.getByRole('heading', { level: 1, name: 'My case files' }).waitFor();
      await page.getByRole('link', { name: reference, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: `Case file ${reference}` }).waitFor();
      await unanswered(page).first().waitFor();
      await answerEveryQuestion(page, 6 + i);
      await expect
        .poll(() => page.getByTestId('assessment-progress').innerText())
        .toMatch(/^(\d+) of \1 questions assessed/);
      await axeOnce(page, 'case-file');
      await page.getByRole('link', { name: 'Check your answers' }).click();
      await page.getByRole('heading', { level: 1, name: `Check your answers for case file ${reference}` }).waitFor();
      await axeOnce(page, 'check-answers');
      await page.getByRole('button', { name: 'Submit case file' }).click();
      await page.getByRole('heading', { level: 1, name: 'Case file submitted' }).waitFor();
      await axeOnce(page, 'case-file-submitted');
    }
    await neil.context.close();
  });

  it('the inspector second-marks one file blind, resolves a disagreement and reads the agreement', async () => {
    const { page } = kate;
    // Every file is in: the live scores say so.
    await page.goto(`${scrutiny.url}/inspector/inspections/${encodeURIComponent(inspectionId)}`);
    await page.getByRole('link', { name: 'Live scores against the baseline' }).click();
    await page.getByRole('heading', { level: 1, name: 'Live scores' }).waitFor();
    await expect
      .poll(() => page.getByTestId('scores-progress').innerText())
      .toMatch(new RegExp(`^(\\d+) of \\1 questions assessed; ${SAMPLE_SIZE} of ${SAMPLE_SIZE} case files submitted$`));
    await axeOnce(page, 'scores');

    await page.goto(`${scrutiny.url}/inspector/inspections/${encodeURIComponent(inspectionId)}`);
    await page.getByRole('link', { name: 'Validation and agreement' }).click();
    await page.getByRole('heading', { level: 1, name: 'Validation' }).waitFor();
    await axeOnce(page, 'validation');
    const reference = sampled[0]!;
    await page.getByRole('link', { name: `Second-mark ${reference}` }).click();
    await page.getByRole('heading', { level: 1, name: `Validation of case file ${reference}` }).waitFor();
    await axeOnce(page, 'second-marking');
    // The assessor answered Yes to the first question; the inspector says No to it, and Yes to the rest.
    let n = 0;
    for (let guard = 0; guard < 200; guard++) {
      if ((await unanswered(page).count()) === 0) break;
      const next = await firstUnanswered(page);
      await next
        .locator('input[type=radio]')
        .nth(n === 0 ? 1 : 0)
        .check();
      await next.locator('[id$="-status"]').getByText('Saved', { exact: true }).waitFor({ timeout: 20_000 });
      n += 1;
    }
    await page.getByRole('button', { name: 'Finish marking and compare' }).click();
    await page.getByRole('heading', { level: 2, name: 'Your marking beside the assessor’s' }).waitFor();
    const summary = await page.getByTestId('file-agreement').innerText();
    const [, agreedText, ofText] = /on (\d+) of (\d+) questions/.exec(summary) ?? [];
    const [agreed, total] = [Number(agreedText), Number(ofText)];
    expect(total).toBe(n);
    expect(agreed).toBeLessThan(total);
    await axeOnce(page, 'second-marking-compared');

    // The inspector's answer stands: the resolution changes the assessor's answer, and so the published figures.
    const form = page.locator('[data-resolve]').first();
    const yours = form.getByLabel(/\(your answer\)$/);
    resolved = { measureKey: (await form.getAttribute('data-resolve'))!, value: (await yours.getAttribute('value'))! };
    await yours.check();
    await form.locator('textarea[id$="-note"]').fill('The case record shows the assessment was done on time.');
    await form.getByRole('button', { name: /^Resolve/ }).click();
    await page
      .getByTestId('resolution-status')
      .getByText(/resolved as/)
      .waitFor();

    await page.getByRole('link', { name: 'Back to validation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Validation' }).waitFor();
    await page
      .getByTestId('agreement-percentage')
      .getByText(`${Math.round((agreed / total) * 100)}% (${agreed} of ${total})`)
      .waitFor();
    await expect(
      page
        .getByRole('table', { name: 'Agreement per assessor' })
        .getByRole('row', { name: /Neil Appleby/ })
        .innerText(),
    ).resolves.toContain(`${agreed} of ${total}`);
    await axeOnce(page, 'validation-with-figures');
  });

  it('the inspector writes a finding, a good practice example and the foreword, and previews the report', async () => {
    const { page } = kate;
    await page.goto(`${scrutiny.url}/inspector/inspections/${encodeURIComponent(inspectionId)}`);
    await page.getByRole('link', { name: 'Findings and recommendations' }).click();
    await page.getByRole('heading', { level: 1, name: 'Findings and recommendations' }).waitFor();
    await axeOnce(page, 'findings');
    await page.getByRole('link', { name: 'B1 Assessment of risk of harm' }).click();
    await page.getByRole('heading', { level: 1, name: 'B1 Assessment of risk of harm' }).waitFor();
    await page.getByLabel('Strength', { exact: true }).check();
    await page.getByLabel('The finding').fill(FINDING);
    await page.getByRole('button', { name: 'Add the finding' }).click();
    await page.getByText('The strength was added to B1.').waitFor();
    await page.getByLabel('The example').fill(GOOD_PRACTICE);
    await page.getByRole('button', { name: 'Add the example' }).click();
    await page.getByText('A good practice example was added to B1.').waitFor();
    await axeOnce(page, 'criterion-findings');

    await page.goto(`${scrutiny.url}/inspector/inspections/${encodeURIComponent(inspectionId)}`);
    await page.getByRole('link', { name: 'Draft report and publication' }).click();
    await page.getByRole('heading', { level: 1, name: 'Draft report and publication' }).waitFor();
    await axeOnce(page, 'report');
    const status = () => page.getByTestId('report-status').innerText();
    await page.getByRole('button', { name: 'Start fieldwork' }).click();
    await expect.poll(status).toBe('Fieldwork');
    await page.getByRole('link', { name: 'End fieldwork and start validation' }).click();
    await page.getByRole('button', { name: 'End fieldwork and start validation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Fieldwork ended' }).waitFor();
    await page.getByRole('link', { name: 'Back to the draft report and publication' }).click();
    await expect.poll(status).toBe('Validation');
    await page.getByRole('link', { name: 'Start drafting the report' }).click();
    await page.getByRole('button', { name: 'End validation and start drafting' }).click();
    await page.getByRole('heading', { level: 1, name: 'Validation ended' }).waitFor();
    await page.getByRole('link', { name: 'Back to the draft report and publication' }).click();
    await expect.poll(status).toBe('Drafting');
    await page.getByLabel('Foreword', { exact: true }).fill(FOREWORD);
    await page.getByRole('button', { name: 'Save the foreword' }).click();
    await page.getByText('Foreword saved.').waitFor();

    await page.getByRole('link', { name: 'Preview of the report', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Preview of the report' }).waitFor();
    await expect.poll(() => page.locator('main').innerText()).toContain(FOREWORD);
    await expect(page.locator('main').innerText()).resolves.toContain(FINDING);
    await expect(page.locator('main').innerText()).resolves.toContain(GOOD_PRACTICE);
    // Withheld and empty figures are said in words, never printed as a missing value.
    await expect(page.locator('main').innerText()).resolves.not.toMatch(/\b(NaN|undefined|null)\b/);
    previewB1 = await page.getByTestId('preview-score-B1').innerText();
    await axeOnce(page, 'preview');

    await page.goBack();
    await page.getByRole('button', { name: 'Send to the area for the factual accuracy check' }).click();
    await expect.poll(status).toBe('Factual accuracy check');
  });

  it('the chief inspector signs the report off and publishes it', async () => {
    const chief = await signedInPage(browser, scrutiny.url, CHIEF_INSPECTOR);
    const { page } = chief;
    await page.goto(`${scrutiny.url}/inspector/inspections/${encodeURIComponent(inspectionId)}/report`);
    await page.getByRole('heading', { level: 1, name: 'Draft report and publication' }).waitFor();
    const status = () => page.getByTestId('report-status').innerText();
    await page.getByRole('button', { name: 'Record sign-off' }).click();
    await page.getByText('Sign-off is recorded.').waitFor();
    await expect.poll(status).toBe('Signed off');
    await page.getByRole('link', { name: 'Publish the report' }).click();
    await page.getByRole('button', { name: 'Publish the report' }).click();
    await page.getByRole('heading', { level: 1, name: 'Report published' }).waitFor();
    await page.getByRole('link', { name: 'Back to the draft report and publication' }).click();
    await expect.poll(status).toBe('Published');
    await axeOnce(page, 'report-published');
    await chief.context.close();
  });
});

interface CaseFileAnswers {
  inspection: {
    caseFiles: {
      edges: {
        node: {
          reference: string;
          facts: {
            reference: string;
            orderType: string;
            riskOfHarm: CaseFacts['riskOfHarm'];
            mappaCategory: number | null;
            mappaLevel: number | null;
            district: string | null;
            sex: string | null;
            dates: { name: string; date: string }[];
            reviewDates: string[];
            flags: { name: string; value: boolean }[];
          };
          answers: { measureKey: string; value: string; reason: string | null; comment: string | null }[];
        };
      }[];
    };
  };
}

interface PublicFigures {
  inspection: {
    status: string;
    criterionScores: Figure[];
    high: Figure[];
    measureResults: Figure[];
    highMeasures: Figure[];
  } | null;
}
interface Figure {
  code?: string;
  key?: string;
  subsample: string;
  met: number | null;
  applicable: number | null;
  percentage: number | null;
  interval: { low: number; high: number } | null;
  notApplicable?: number | null;
  unanswered?: number | null;
  suppressed: boolean;
}

const FIGURE = 'subsample met applicable percentage interval { low high } suppressed';
const COUNTS = 'notApplicable unanswered';
const PUBLIC = `query ($id: ID!) { inspection(id: $id) { status
  criterionScores { code ${FIGURE} } high: criterionScores(subsample: "HIGH_RISK_OF_HARM") { code ${FIGURE} }
  measureResults { key ${FIGURE} ${COUNTS} }
  highMeasures: measureResults(subsample: "HIGH_RISK_OF_HARM") { key ${FIGURE} ${COUNTS} } } }`;

/** Facts as the API gives them, in the domain's shape. */
function factsOf(facts: CaseFileAnswers['inspection']['caseFiles']['edges'][number]['node']['facts']): CaseFacts {
  return {
    ...facts,
    sex: facts.sex === null ? null : (facts.sex.toUpperCase() as 'MALE' | 'FEMALE'),
    dates: Object.fromEntries(facts.dates.map((d) => [d.name, d.date])),
    flags: Object.fromEntries(facts.flags.map((f) => [f.name, f.value])),
  };
}

describe('the published figures', () => {
  it('are the ones the domain computes from the answers, for an anonymous reader and on the public report', async () => {
    const chief = await signedInPage(browser, scrutiny.url, CHIEF_INSPECTOR);
    const read = await gqlInPage<CaseFileAnswers>(
      chief.page,
      `query ($id: ID!) { inspection(id: $id) { caseFiles(first: 50, sampleRole: SAMPLE) { edges { node { reference
         facts { reference orderType riskOfHarm mappaCategory mappaLevel district sex dates { name date } reviewDates
           flags { name value } }
         answers { measureKey value reason comment } } } } } }`,
      { id: inspectionId },
    );
    await chief.context.close();
    const files = read.inspection.caseFiles.edges.map((e) => e.node);
    expect(files.map((f) => f.reference).sort()).toEqual([...sampled].sort());
    expect(files.every((f) => f.answers.length > 0)).toBe(true);
    expect(files.some((f) => f.answers.some((a) => a.value === 'NOT_APPLICABLE' && a.reason))).toBe(true);
    const secondMarked = files.find((f) => f.reference === sampled[0])!;
    expect(secondMarked.answers.find((a) => a.measureKey === resolved!.measureKey)?.value).toBe(resolved!.value);

    const framework: FrameworkDefinition = esiFramework;
    const forScoring: CaseFileForScoring[] = files.map((f) => ({
      facts: factsOf(f.facts),
      answers: f.answers.map((a) => ({ measure: a.measureKey, value: a.value, reason: a.reason, comment: a.comment })),
    }));
    const scores = scoreInspection(framework, forScoring);
    // What an anonymous reader may see of each figure: the domain's own disclosure rule, applied to its scores.
    const expectedCriteria = (subsample: string) =>
      scores.criteria
        .filter((c) => c.subsample === subsample)
        .map(({ key, met, applicable, percentage, interval }) => ({
          code: key,
          subsample,
          ...discloseFigure({ met, applicable, percentage, interval }),
        }))
        .sort((a, b) => a.code.localeCompare(b.code));
    const expectedMeasures = (subsample: string) =>
      scores.measures
        .filter((m) => m.subsample === subsample)
        .map(({ key, met, applicable, percentage, interval, notApplicable, unanswered }) => ({
          key,
          subsample,
          ...discloseFigure({ met, applicable, percentage, interval, notApplicable, unanswered }),
        }))
        .sort((a, b) => a.key.localeCompare(b.key));
    // The team's preview showed B1 unsuppressed, as the domain computes it.
    const b1 = scores.criteria.find((c) => c.key === 'B1' && c.subsample === 'ALL')!;
    expect(previewB1).toMatch(
      new RegExp(`This inspection\\s+${Math.round(b1.percentage!)}% \\(${b1.met} of ${b1.applicable} cases\\)`),
    );
    const byCode = (xs: Figure[]) => [...xs].sort((a, b) => a.code!.localeCompare(b.code!));
    const byKey = (xs: Figure[]) => [...xs].sort((a, b) => a.key!.localeCompare(b.key!));

    const published = (await gqlAnonymous<PublicFigures>(scrutiny.url, PUBLIC, { id: inspectionId })).inspection!;
    expect(published.status).toBe('PUBLISHED');
    expect(byCode(published.criterionScores)).toEqual(expectedCriteria('ALL'));
    expect(byCode(published.high)).toEqual(expectedCriteria('HIGH_RISK_OF_HARM'));
    expect(byKey(published.measureResults)).toEqual(expectedMeasures('ALL'));
    expect(byKey(published.highMeasures)).toEqual(expectedMeasures('HIGH_RISK_OF_HARM'));
    // With five files some figures are public, and the small high-risk subsample's are withheld.
    expect(published.criterionScores.some((s) => !s.suppressed && s.percentage !== null)).toBe(true);
    expect(published.high.every((s) => s.suppressed || s.applicable === 0)).toBe(true);

    // The open-data download carries the same counts, figure by figure.
    const download = await fetch(`${scrutiny.url}/exports/${encodeURIComponent(inspectionId)}/figures-json`);
    expect(download.status).toBe(200);
    const openData = (await download.json()) as {
      rows: {
        figure_key: string;
        subsample: string;
        met: number | null;
        applicable: number | null;
        suppressed: boolean;
      }[];
    };
    const counts = (
      xs: {
        key?: string;
        code?: string;
        subsample: string;
        met: number | null;
        applicable: number | null;
        suppressed: boolean;
      }[],
    ) =>
      xs
        .map((x) => `${x.key ?? x.code} ${x.subsample} ${x.met}/${x.applicable}${x.suppressed ? ' suppressed' : ''}`)
        .sort();
    expect(counts(openData.rows.map((r) => ({ ...r, key: r.figure_key })))).toEqual(
      counts([
        ...expectedCriteria('ALL'),
        ...expectedCriteria('HIGH_RISK_OF_HARM'),
        ...expectedMeasures('ALL'),
        ...expectedMeasures('HIGH_RISK_OF_HARM'),
      ]),
    );

    // The board app's public report shows the same criterion scores.
    const context = await browser.newContext();
    const page = await context.newPage();
    // A reader finds it on the public home page, under the area.
    await page.goto(scrutiny.url);
    await page
      .getByRole('region', { name: 'West Midlands Probation Area' })
      .getByRole('link', { name: new RegExp(TITLE) })
      .click();
    // Its readable address (`/reports/<area>-<year>-<kind>`), which its id form redirects to.
    await page.waitForURL(/\/reports\/[a-z0-9-]+$/);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByText(FOREWORD).waitFor();
    await expect(page.locator('main').innerText()).resolves.toContain(FINDING);
    await expect(page.locator('main').innerText()).resolves.toContain(GOOD_PRACTICE);
    // Withheld and empty figures are said in words, never printed as a missing value.
    await expect(page.locator('main').innerText()).resolves.not.toMatch(/\b(NaN|undefined|null)\b/);
    for (const score of published.criterionScores) {
      const table = page.getByRole('table', { name: `${score.code} score` });
      const text = await table.innerText();
      if (score.suppressed) expect(text).not.toMatch(/\d+%/);
      else if (score.percentage !== null)
        expect(text).toMatch(
          new RegExp(`${Math.round(score.percentage)}%\\s*\\(${score.met} of ${score.applicable}\\)`),
        );
    }
    // And each public measure with its count, in its criterion's table of measures.
    const publicMeasures = published.measureResults.filter((m) => !m.suppressed && m.percentage !== null);
    expect(publicMeasures.length).toBeGreaterThan(0);
    for (const measure of publicMeasures) {
      const criterion = measure.key!.split('.')[0]!;
      const rows = await page.getByRole('table', { name: new RegExp(`^${criterion} measures`) }).innerText();
      expect(rows).toContain(`${Math.round(measure.percentage!)}% (${measure.met} of ${measure.applicable})`);
    }
    await expectNoAxeViolations(page, axeViolations);
    await context.close();
  });
});
