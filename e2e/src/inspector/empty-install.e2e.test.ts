// Issue 12, as a new inspectorate tries it: the documented production start (`start:production --admin-email`, with
// NODE_ENV=production) on an EMPTY embedded database, then through the apps only, in Chromium. The administrator
// opens the printed one-time link, sets a password and two-factor sign-in, adds two areas and a comparison group, and
// invites a chief inspector, an area assessor and a board member; each accepts in a browser of their own. The chief
// inspector plans an inspection on the standards framework from the programme, imports a case list, draws a sample
// and assigns it; the assessor answers and submits; the chief inspector takes the inspection through its stages and
// publishes it with a recommendation, and the next year's programme shows the follow-up due; the board member reads
// the published report. No database access, no seed, no demo data.
// (The journey's inspector is a chief inspector because only a chief inspector signs a report off.)
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../browser.ts';
import { answerEveryQuestion, enrolTwoFactor, invite, openInvitation } from './empty-install-pages.ts';

const API_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../apps/api');
const ADMIN = 'head.of.service@inspectorate.example';
const TITLE = 'Northshire case supervision 2027';
const RECOMMENDATION = 'The Probation Board should ensure that every case has a supervision plan within 15 days.';
const FOREWORD = 'Northshire’s first inspection on Scrutiny, set up from an empty install.';

let server: ChildProcess;
let browser: Browser;
let url = '';
let firstLink = '';

/** Starts the production start as the README documents it, and reads its printed address and one-time link. */
function startProduction(): Promise<void> {
  server = spawn(join(API_DIR, 'node_modules/.bin/tsx'), ['src/cli/production.ts', '--admin-email', ADMIN], {
    cwd: API_DIR,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      SCRUTINY_DATA_DIR: mkdtempSync(join(tmpdir(), 'scrutiny-e2e-empty-')),
      PORT: '0',
      SCRUTINY_LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  return new Promise((resolve, reject) => {
    server.stderr!.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    server.once('exit', (code) => reject(new Error(`start:production exited (${code}):\n${printed}`)));
    server.stdout!.on('data', (chunk: Buffer) => {
      printed += chunk.toString();
      const app = /Inspector app:\s+(\S+)\/inspector\//.exec(printed);
      const link = /Set the password[^\n]*\n\s*(\S+)/.exec(printed);
      if (app && link) {
        url = app[1]!;
        firstLink = link[1]!;
        resolve();
      }
    });
  });
}

beforeAll(async () => {
  await startProduction();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  server?.kill('SIGTERM');
});

const pages: Record<'admin' | 'chief' | 'assessor' | 'board', Page> = {} as never;
let sampled: string[] = [];
let inspectionUrl = '';

describe('from an empty install to a published report, through the apps only', () => {
  it('the administrator sets a password and two-factor sign-in from the printed one-time link', async () => {
    expect(firstLink).toMatch(new RegExp(`^${url}/inspector/set-password#`));
    const admin = await openInvitation(browser, firstLink, 'Set your password', 'admin');
    await enrolTwoFactor(admin, 'admin');
    await admin.getByRole('link', { name: 'Administration' }).first().click();
    await admin.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
    pages.admin = admin;
  });

  it('adds a comparison group and two areas', async () => {
    const { admin } = pages;
    await admin.getByRole('link', { name: 'Areas and comparison groups' }).click();
    await admin.getByText('There are no areas yet.').waitFor();
    await admin.getByLabel('Key').fill('shire');
    await admin.getByLabel('Name', { exact: true }).nth(1).fill('Shire areas');
    await admin.getByRole('button', { name: 'Add comparison group' }).click();
    await admin.getByText('The comparison group Shire areas is added.').waitFor();
    for (const [code, name] of [
      ['NRT', 'Northshire Probation Area'],
      ['STH', 'Southshire Probation Area'],
    ] as const) {
      await admin.getByLabel('Code').fill(code);
      await admin.getByLabel('Name', { exact: true }).first().fill(name);
      await admin.getByLabel('Region').fill('North West');
      await admin.getByLabel('Comparison group', { exact: true }).selectOption({ label: 'Shire areas' });
      await admin.getByRole('button', { name: 'Add area' }).click();
      await admin.getByText(`${name} (${code}) is added.`).waitFor();
    }
    const areas = () => admin.getByRole('region', { name: 'Areas' }).innerText();
    await expect.poll(areas).toMatch(/Northshire Probation Area[^]*Southshire Probation Area/);
  });

  it('invites a chief inspector, an area assessor and a board member, who each accept', async () => {
    const { admin } = pages;
    await admin.getByRole('link', { name: 'Administration' }).first().click();
    await admin.getByRole('link', { name: 'People' }).click();
    await admin.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    const chiefLink = await invite(admin, 'Carol Chief', 'carol.chief@inspectorate.example', 'Chief inspector');
    const assessorLink = await invite(admin, 'Asha Assessor', 'asha@northshire.example', 'Area assessor', 'Northshire');
    const boardLink = await invite(admin, 'Bob Board', 'bob@northshire.example', 'Board member', 'Northshire');

    pages.chief = await openInvitation(browser, chiefLink, 'Accept your invitation', 'chief');
    await enrolTwoFactor(pages.chief, 'chief');
    pages.assessor = await openInvitation(browser, assessorLink, 'Accept your invitation', 'assessor');
    await enrolTwoFactor(pages.assessor, 'assessor');
    // A board member's role needs no second factor: they land signed in.
    pages.board = await openInvitation(browser, boardLink, 'Accept your invitation', 'board');
  });

  it('the chief inspector plans an inspection on the standards framework from the programme', async () => {
    const { chief } = pages;
    await chief.goto(`${url}/inspector/`);
    await chief.getByRole('link', { name: 'Programme' }).first().click();
    await chief.getByLabel('Year').fill('2027');
    await chief.getByRole('button', { name: 'Show year' }).click();
    await expect(chief.getByRole('region', { name: 'Areas against the cycle' }).innerText()).resolves.toMatch(
      /Northshire Probation Area\s+Not planned/,
    );
    await chief.getByRole('link', { name: 'Plan an inspection' }).click();
    await chief.getByRole('heading', { level: 1, name: 'Create an inspection' }).waitFor();
    await chief.getByLabel('Area').selectOption({ label: 'Northshire Probation Area' });
    const framework = chief.getByLabel('Framework and version');
    const standards = await framework
      .locator('option')
      .filter({ hasText: /Case supervision standards/ })
      .first()
      .getAttribute('value');
    await framework.selectOption(standards!);
    await chief.getByLabel('Title').fill(TITLE);
    await chief.locator('#year').fill('2027');
    await chief.getByLabel('Quarter (optional)').selectOption({ label: 'Quarter 1' });
    await chief.getByLabel('Full inspection').check();
    await chief.getByRole('button', { name: 'Create the inspection' }).click();
    await chief.getByRole('heading', { level: 1, name: `${TITLE}: plan and team` }).waitFor();

    await chief.getByLabel('Person').selectOption({ label: 'Asha Assessor (area assessor)' });
    await chief.getByRole('button', { name: 'Add to the team' }).click();
    await chief.getByText('Asha Assessor joined the team as area assessor.').waitFor();
  });

  it('imports a case list, draws a sample and assigns it to the assessor', async () => {
    const { chief } = pages;
    await chief.getByRole('link', { name: 'Back to the inspection' }).click();
    await chief.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    inspectionUrl = chief.url();
    await chief.getByRole('link', { name: 'Case list, sample and assignment' }).click();
    const rows = Array.from({ length: 8 }, (_, i) =>
      [`NS-${i + 1}`, `P${i + 1}`, 'CO', ['low', 'medium', 'high'][i % 3], 'Northtown', '2027-01-11'].join(','),
    );
    const csv = ['reference,person,order_type,risk_of_harm,district,supervision_plan_date', ...rows].join('\n');
    await chief
      .getByLabel('The area’s case list (CSV or XLSX)')
      .setInputFiles({ name: 'northshire.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await chief.getByRole('button', { name: 'Check the case list' }).click();
    await chief.getByRole('button', { name: 'Import 8 cases' }).click();
    await chief.getByText('8 cases imported').waitFor();
    await chief.getByLabel('Seed').fill('northshire-2027');
    await chief.getByLabel('Sample size').fill('2');
    await chief.getByLabel('High or very high risk of harm cases in the sample').fill('1');
    await chief.getByRole('button', { name: 'Draw the sample' }).click();
    const files = chief.getByRole('table', { name: 'Sampled case files' });
    await expect.poll(() => files.getByRole('checkbox').count(), { timeout: 15_000 }).toBe(2);
    for (const box of await files.getByRole('checkbox').all()) await box.check();
    await chief.getByLabel('Assessor').selectOption({ label: 'Asha Assessor (Area assessor)' });
    await chief.getByRole('button', { name: 'Assign 2 case files' }).click();
    await chief.getByText('2 case files assigned to Asha Assessor.').waitFor();
    sampled = (await files.locator('label').allInnerTexts()).map((t) => t.trim());
    expect(sampled).toHaveLength(2);
  });

  it('the assessor answers and submits each case file', async () => {
    const { assessor } = pages;
    for (const reference of sampled) {
      await assessor.goto(`${url}/inspector/`);
      await assessor.getByRole('heading', { level: 1, name: 'My case files' }).waitFor();
      await assessor.getByRole('link', { name: reference, exact: true }).click();
      await assessor.getByRole('heading', { level: 1, name: `Case file ${reference}` }).waitFor();
      await answerEveryQuestion(assessor);
      await assessor.getByRole('link', { name: 'Check your answers' }).click();
      await assessor.getByRole('button', { name: 'Submit case file' }).click();
      await assessor.getByRole('heading', { level: 1, name: 'Case file submitted' }).waitFor();
    }
  });

  it('the chief inspector takes the inspection through its stages and publishes it', async () => {
    const { chief } = pages;
    await chief.getByRole('link', { name: 'Back to the inspection' }).first().click();
    await chief.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await chief.getByRole('link', { name: 'Draft report and publication' }).click();
    const status = () => chief.getByTestId('report-status').innerText();
    await chief.getByRole('button', { name: 'Start fieldwork' }).click();
    await expect.poll(status).toBe('Fieldwork');
    await chief.getByRole('link', { name: 'End fieldwork and start validation' }).click();
    await chief.getByRole('button', { name: 'End fieldwork and start validation' }).click();
    await chief.getByRole('link', { name: 'Back to the draft report and publication' }).click();
    await expect.poll(status).toBe('Validation');
    await chief.getByRole('link', { name: 'Start drafting the report' }).click();
    await chief.getByRole('button', { name: 'End validation and start drafting' }).click();
    await chief.getByRole('link', { name: 'Back to the draft report and publication' }).click();
    await expect.poll(status).toBe('Drafting');
    await chief.getByLabel('Foreword', { exact: true }).fill(FOREWORD);
    await chief.getByRole('button', { name: 'Save the foreword' }).click();
    await chief.getByText('Foreword saved.').waitFor();
    // A recommendation: the inspection raises a concern, which the programme follows up a year later.
    await chief.goto(inspectionUrl);
    await chief.getByRole('link', { name: 'Findings and recommendations' }).click();
    await chief.getByLabel('Add a recommendation').fill(RECOMMENDATION);
    await chief.getByRole('button', { name: 'Add the recommendation' }).click();
    await chief.getByText('Recommendation 1 was added.').waitFor();
    await chief.goto(inspectionUrl);
    await chief.getByRole('link', { name: 'Draft report and publication' }).click();
    await chief.getByRole('button', { name: 'Send to the area for the factual accuracy check' }).click();
    await expect.poll(status).toBe('Factual accuracy check');
    await chief.getByRole('button', { name: 'Record sign-off' }).click();
    await expect.poll(status).toBe('Signed off');
    await chief.getByRole('link', { name: 'Publish the report' }).click();
    await chief.getByRole('button', { name: 'Publish the report' }).click();
    await chief.getByRole('heading', { level: 1, name: 'Report published' }).waitFor();

    // Its recommendation is a concern: the next year's programme shows Northshire due a follow-up.
    await chief.goto(`${url}/inspector/`);
    await chief.getByRole('link', { name: 'Programme' }).first().click();
    await chief.getByLabel('Year').fill('2028');
    await chief.getByRole('button', { name: 'Show year' }).click();
    await chief.getByRole('heading', { level: 1, name: 'Programme of inspections 2028' }).waitFor();
    await expect
      .poll(() => chief.getByRole('region', { name: 'Areas against the cycle' }).innerText())
      .toMatch(new RegExp(`Northshire Probation Area\\s+Inspected\\s+2027\\s+Follow-up due\\s+2028, after ${TITLE}`));
  });

  it('the board member reads the published report', async () => {
    const { board } = pages;
    await board.goto(url);
    await board
      .getByRole('region', { name: 'Northshire Probation Area' })
      .getByRole('link', { name: new RegExp(TITLE) })
      .click();
    await board.waitForURL(/\/reports\/[a-z0-9-]+$/);
    await board.getByText(FOREWORD).waitFor();
    await board.getByRole('heading', { level: 2, name: 'Ratings' }).waitFor();
    // Signed in as a board member of Northshire: the area's recommendations, to track to completion.
    await board.getByRole('link', { name: 'Recommendations' }).first().click();
    await board.getByText(RECOMMENDATION).waitFor();
  });
});
