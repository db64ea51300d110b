// The audit log page (issue 6, § Security 3): an assessor reads a case file and answers a question, an HM inspector
// reads the files of the 2006 West Midlands follow-up, then opens its audit log from the inspection: the events,
// newest first, with who, their role, what and which case file; filters by case file and by person; pages through;
// and exports the CSV, whose contents match. An information manager, who sees the inspection, is given no link and a
// plain refusal. The server runs as in production (trusted documents only), with zero axe violations on each page.
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { axeViolations, launchChromium } from '../browser.ts';
import { startScrutiny, type RunningScrutiny } from '../scrutiny.ts';
import {
  NEIL,
  expectNoAxeViolations,
  expectStatus,
  openCaseFile,
  questionText,
  signedInPage,
} from './inspector-pages.ts';
import { DEMO_2006, KATE, openDemo2006 } from './writing-pages.ts';

let scrutiny: RunningScrutiny;
let browser: Browser;

beforeAll(async () => {
  scrutiny = await startScrutiny({ trustedDocuments: 'require' });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await scrutiny?.close();
});

type CsvRow = Record<'at' | 'actor' | 'action' | 'entity' | 'entityId' | 'caseFile' | 'before' | 'after', string>;

async function exportCsv(page: Page): Promise<{ name: string; rows: CsvRow[]; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Export CSV/ }).click(),
  ]);
  const text = await readFile((await file.path())!, 'utf8');
  expect(text.charCodeAt(0), 'a byte order mark, for spreadsheets').toBe(0xfeff);
  const parsed = Papa.parse<CsvRow>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.fields).toEqual(['at', 'actor', 'action', 'entity', 'entityId', 'caseFile', 'before', 'after']);
  await page.getByText(`Downloaded ${file.suggestedFilename()}.`).waitFor();
  return { name: file.suggestedFilename(), rows: parsed.data, text };
}

/** The table's rows as [when (ISO), who, role, what, case file]. */
async function tableRows(table: Locator): Promise<string[][]> {
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [
        row.querySelector('time')?.getAttribute('datetime') ?? '',
        ...[...row.querySelectorAll('td')].slice(1).map((cell) => cell.textContent?.trim() ?? ''),
      ]),
    );
}

const events = (page: Page) => page.getByRole('table', { name: 'Audit log events, newest first' });

function expectNewestFirst(rows: string[][]): void {
  const times = rows.map((r) => r[0]!);
  expect(times.every((t) => t !== '')).toBe(true);
  expect([...times].sort().reverse()).toEqual(times);
}

describe('the audit log page', () => {
  it('shows who read and changed which case file, filters, pages and exports it; and refuses it to others', async () => {
    // An assessor reads a case file and answers one of its questions.
    const assessor = await signedInPage(browser, scrutiny.url, NEIL);
    await openCaseFile(assessor.page, 'WM06-009');
    const unanswered = assessor.page
      .locator('.app-question:has(fieldset)')
      .filter({ hasNot: assessor.page.locator('input:checked') })
      .first();
    const text = await questionText(unanswered);
    const answered = assessor.page
      .locator('.app-question')
      .filter({ has: assessor.page.getByRole('group', { name: text }) });
    await answered.getByLabel('Yes', { exact: true }).check();
    await expectStatus(answered, 'Saved');
    await assessor.context.close();

    // The inspector reads the inspection's case files (each load of its page reads all twelve) and opens one.
    const { context, page } = await signedInPage(browser, scrutiny.url, KATE);
    const inspectionId = await openDemo2006(page);
    const files = page.getByRole('table', { name: /Case files/ });
    for (let load = 0; load < 4; load++) {
      await page.reload();
      await files.getByRole('row', { name: /WM06-007/ }).waitFor();
    }
    await openCaseFile(page, 'WM06-007');
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: DEMO_2006 }).waitFor();

    // From the inspection to its audit log.
    await page.getByRole('link', { name: 'Audit log', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Audit log: ${DEMO_2006}` }).waitFor();
    await expect(page.title()).resolves.toBe(`Audit log – ${DEMO_2006} – Scrutiny`);
    await events(page).waitFor();
    const firstPage = await tableRows(events(page));
    expect(firstPage).toHaveLength(50);
    expectNewestFirst(firstPage);
    // The newest events: the inspector's reads of the files she just listed.
    expect(firstPage[0]!.slice(1, 4)).toEqual(['Kate White', 'HM inspector', 'Read the case file']);
    expect(firstPage.some((r) => r[4] === 'WM06-007' && r[1] === 'Kate White')).toBe(true);
    await expectNoAxeViolations(page, axeViolations);

    // All of it as CSV: as many events as the log holds, oldest first.
    const all = await exportCsv(page);
    expect(all.name).toMatch(
      /^audit-log-west-midlands-probation-area-follow-up-inspection-2006-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    expect(all.rows.length).toBeGreaterThan(60);
    expect(all.rows.map((r) => r.at)).toEqual(all.rows.map((r) => r.at).sort());
    expect(all.rows.filter((r) => r.action === 'caseFile.read' && r.caseFile === 'WM06-007').length).toBeGreaterThan(4);

    // Older events, a page at a time, and back.
    await page.getByRole('button', { name: 'Older events' }).click();
    await page.getByRole('heading', { level: 2, name: 'Events, page 2' }).waitFor();
    await expect.poll(async () => (await tableRows(events(page)))[0]?.[0]).not.toBe(firstPage[0]![0]);
    const secondPage = await tableRows(events(page));
    expect(secondPage).toHaveLength(Math.min(50, all.rows.length - 50));
    expectNewestFirst(secondPage);
    expect(secondPage[0]![0]! <= firstPage[49]![0]!).toBe(true);
    await expectNoAxeViolations(page, axeViolations);
    await page.getByRole('button', { name: 'Newer events' }).click();
    await page.getByRole('heading', { level: 2, name: 'Events', exact: true }).waitFor();
    await expect.poll(async () => (await tableRows(events(page)))[0]).toEqual(firstPage[0]);

    // One case file, by its reference: the assessor's read and answer are there, with her name and role.
    await page.getByLabel('Case file reference').fill('WM06-009');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByRole('heading', { level: 2, name: 'Events of case file WM06-009' }).waitFor();
    // The heading follows the filters at once; the rows once the filtered page has arrived.
    await expect
      .poll(async () => (await tableRows(events(page))).every((r) => r[4] === 'WM06-009'), { timeout: 15_000 })
      .toBe(true);
    const ofFile = await tableRows(events(page));
    expect(ofFile.every((r) => r[4] === 'WM06-009')).toBe(true);
    const answer = ofFile.find((r) => r[3]!.startsWith('Answered question'))!;
    expect(answer.slice(1, 3)).toEqual(['Neil Appleby', 'Area assessor']);
    expect(answer[3]).toMatch(/^Answered question \S+: Yes$/);
    expect(ofFile.some((r) => r[1] === 'Neil Appleby' && r[3] === 'Read the case file')).toBe(true);
    await expectNoAxeViolations(page, axeViolations);

    // And one person within it.
    await page.getByLabel('Person').selectOption({ label: 'Neil Appleby (Area assessor)' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByRole('heading', { level: 2, name: 'Events of case file WM06-009 by Neil Appleby' }).waitFor();
    await expect
      .poll(async () => (await tableRows(events(page))).every((r) => r[1] === 'Neil Appleby'), { timeout: 15_000 })
      .toBe(true);
    const ofNeil = await tableRows(events(page));
    expect(ofNeil.length).toBeGreaterThanOrEqual(2);
    expect(ofNeil.every((r) => r[1] === 'Neil Appleby' && r[4] === 'WM06-009')).toBe(true);

    // The export follows the filters.
    const filtered = await exportCsv(page);
    expect(filtered.name).toMatch(
      /^audit-log-west-midlands-probation-area-follow-up-inspection-2006-wm06-009-neil-appleby-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    expect(filtered.rows).toHaveLength(ofNeil.length);
    expect(filtered.rows.every((r) => r.caseFile === 'WM06-009' && r.actor === `Neil Appleby <${NEIL}>`)).toBe(true);
    const created = filtered.rows.find((r) => r.action === 'answer.create')!;
    expect(created.entity).toBe('Answer');
    expect(JSON.parse(created.after)).toMatchObject({ value: 'YES' });
    expect(filtered.rows.map((r) => r.at)).toEqual(ofNeil.map((r) => r[0]).reverse());
    await expectNoAxeViolations(page, axeViolations);

    // Nothing matches a reference that is not in the inspection; clearing the filters shows everything again.
    await page.getByLabel('Case file reference').fill('XX99-999');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByText('No events match the filters.').waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByRole('heading', { level: 2, name: 'Events', exact: true }).waitFor();
    await expect(page.getByLabel('Case file reference').inputValue()).resolves.toBe('');
    await events(page).waitFor();
    await context.close();

    // An information manager sees the inspection, but not who read its case files: no link, and a refusal.
    const manager = await signedInPage(browser, scrutiny.url, DEMO_EMAILS.informationManager);
    const answers: string[] = [];
    manager.page.on('response', (response) => {
      if (response.url().endsWith('/graphql'))
        void response.text().then(
          (body) => answers.push(body),
          () => undefined,
        );
    });
    await manager.page.goto(`${scrutiny.url}/inspector/inspections/${encodeURIComponent(inspectionId)}`);
    await manager.page.getByRole('heading', { level: 1, name: DEMO_2006 }).waitFor();
    await manager.page.getByRole('link', { name: 'Plan and team' }).waitFor();
    await expect(manager.page.getByRole('link', { name: 'Audit log' }).count()).resolves.toBe(0);
    await manager.page.goto(`${scrutiny.url}/inspector/inspections/${encodeURIComponent(inspectionId)}/audit`);
    await manager.page.getByRole('heading', { level: 1, name: 'You cannot see this audit log' }).waitFor();
    await manager.page
      .getByText('Only the inspection’s HM inspectors and the chief inspectors may see who read and changed')
      .waitFor();
    await expect(manager.page.getByRole('table').count()).resolves.toBe(0);
    await expect(manager.page.getByRole('button', { name: /Export CSV/ }).count()).resolves.toBe(0);
    await expect(manager.page.title()).resolves.toBe(`Audit log – ${DEMO_2006} – Scrutiny`);
    await expectNoAxeViolations(manager.page, axeViolations);
    // The page asked whether the log is theirs to read, and nothing of the log itself.
    expect(answers.some((body) => body.includes('"mayReadAuditLog":false'))).toBe(true);
    expect(answers.some((body) => body.includes('"auditLog'))).toBe(false);
    await manager.context.close();
  });
});
