// A reader downloads the published West Midlands 2005 report as a PDF and as a Word document from its page, by
// keyboard alone.
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../browser.ts';
import { startScrutiny, type RunningScrutiny } from '../scrutiny.ts';
import { accessibilityProblems, callApi } from './board-pages.ts';
import { tabTo } from './keyboard.ts';

let scrutiny: RunningScrutiny;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  scrutiny = await startScrutiny();
  browser = await launchChromium();
  page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  const { data } = await callApi<{ inspections: { edges: { node: { id: string } }[] } }>(
    scrutiny.url,
    '{ inspections(areaCode: "WMPA", year: 2005, publishedOnly: true, first: 1) { edges { node { id } } } }',
  );
  await page.goto(`${scrutiny.url}/reports/${encodeURIComponent(data.inspections.edges[0]!.node.id)}`);
  await page
    .getByRole('heading', { level: 1, name: 'Follow-up report on West Midlands Probation Area, 2005' })
    .waitFor();
});

afterAll(async () => {
  await browser?.close();
  await scrutiny?.close();
});

async function downloadByKeyboard(label: string): Promise<{ name: string; bytes: Buffer }> {
  await tabTo(page, page.getByRole('region', { name: 'Download the report' }).getByRole('link', { name: label }));
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

describe('the report as documents', () => {
  it('offers the whole report as PDF and Word, apart from the figures as data, with no accessibility violations', async () => {
    const documents = page.getByRole('region', { name: 'Download the report' });
    await expect(documents.getByRole('link').allInnerTexts()).resolves.toEqual([
      'Report as PDF',
      'Report as Word document',
    ]);
    await expect(
      page.getByRole('region', { name: 'Download the figures' }).getByRole('link').allInnerTexts(),
    ).resolves.not.toContain('Report as PDF');
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  it('downloads the PDF', async () => {
    const { name, bytes } = await downloadByKeyboard('Report as PDF');
    expect(name).toBe('WMPA-2005-report-pdf.pdf');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('downloads the Word document', async () => {
    const { name, bytes } = await downloadByKeyboard('Report as Word document');
    expect(name).toBe('WMPA-2005-report-docx.docx');
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
