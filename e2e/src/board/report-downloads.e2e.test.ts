// A researcher downloads the West Midlands 2005 figures from the published report as CSV, XLSX and JSON, and every
// figure the page prints is in each file, the same.
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../browser.ts';
import { startScrutiny, type RunningScrutiny } from '../scrutiny.ts';
import { accessibilityProblems, heading, openWestMidlands2005 } from './board-pages.ts';

let scrutiny: RunningScrutiny;
let browser: Browser;
let page: Page;

type Cell = string | number | boolean | null;
type Row = Record<string, Cell>;

/** A figure as the page prints it, e.g. "43% (10 of 23)" or "48% (counts not recorded)". */
interface PrintedFigure {
  kind: 'CRITERION' | 'MEASURE';
  key: string;
  subsample: string;
  current: string;
  original: string | null;
  interval: string | null;
}

beforeAll(async () => {
  scrutiny = await startScrutiny();
  browser = await launchChromium();
  page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await openWestMidlands2005(page, scrutiny.url);
  expect(await heading(page)).toBe('Follow-up report on West Midlands Probation Area, 2005');
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await scrutiny?.close();
});

/** Every figure the page prints: the score tables and the measure tables. */
async function printedFigures(): Promise<PrintedFigure[]> {
  const figureText = (text: string) => /\d+%\s*\([^)]*\)/.exec(text)?.[0] ?? text.trim();
  const measures = await page.locator('tr[data-measure]').evaluateAll((rows) =>
    rows.map((row) => {
      const cells = [...row.querySelectorAll('td')].map((cell) => (cell as HTMLElement).innerText);
      // Cases, original, this inspection, 95% interval, change, significance
      return {
        key: row.getAttribute('data-measure')!,
        subsample: row.getAttribute('data-subsample')!,
        original: cells[1]!,
        current: cells[2]!,
        interval: cells[3]!,
      };
    }),
  );
  const scores: PrintedFigure[] = [];
  for (const code of ['B1', 'B3', 'C2', 'C5']) {
    const table = page.getByRole('table', { name: `${code} score` });
    const original = await table.getByRole('row', { name: /Original inspection/ }).innerText();
    const current = await table.getByRole('row', { name: /Follow-up inspection/ }).innerText();
    scores.push({
      kind: 'CRITERION',
      key: code,
      subsample: 'ALL',
      original: figureText(original),
      current: figureText(current),
      interval: /95% interval (\S+)/.exec(current)?.[1] ?? null,
    });
  }
  return [
    ...scores,
    ...measures.map((m) => ({
      kind: 'MEASURE' as const,
      key: m.key,
      subsample: m.subsample,
      original: m.original.trim() === '–' ? null : figureText(m.original),
      current: figureText(m.current),
      interval: m.interval.trim(),
    })),
  ];
}

/** The figure as the page would print it from a downloaded row. */
function printed(row: Row, prefix: '' | 'baseline_'): string {
  const percent = row[`${prefix}percentage_printed`];
  const met = row[`${prefix}met`];
  const applicable = row[`${prefix}applicable`];
  const counts = applicable === null || applicable === '' ? 'counts not recorded' : `${met} of ${applicable}`;
  return `${percent}% (${counts})`;
}

function intervalOf(row: Row): string {
  return `${Math.round(Number(row.interval_low))}–${Math.round(Number(row.interval_high))}%`;
}

async function download(label: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: label }).click()]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

function expectSameFigures(rows: Row[], figures: PrintedFigure[], format: string) {
  expect(figures.length, 'figures on the page').toBeGreaterThan(30);
  for (const figure of figures) {
    const where = `${format}: ${figure.kind} ${figure.key} ${figure.subsample}`;
    const row = rows.find(
      (r) => r.figure_kind === figure.kind && r.figure_key === figure.key && r.subsample === figure.subsample,
    );
    expect(row, where).toBeDefined();
    expect(printed(row!, ''), where).toBe(figure.current);
    if (figure.original) expect(printed(row!, 'baseline_'), where).toBe(figure.original);
    else expect(row!.baseline_percentage ?? '', where).toBe('');
    if (figure.interval) expect(intervalOf(row!), where).toBe(figure.interval);
  }
}

describe('downloading the West Midlands 2005 figures', () => {
  it('offers CSV, XLSX and JSON downloads on the report, with no accessibility violations', async () => {
    const downloads = page.getByRole('region', { name: 'Download the figures' });
    await expect(downloads.getByRole('link').allInnerTexts()).resolves.toEqual(
      expect.arrayContaining(['Figures as CSV', 'Figures as a spreadsheet (XLSX)', 'Figures as JSON']),
    );
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  it('gives in the CSV every figure the page prints', async () => {
    const { name, bytes } = await download('Figures as CSV');
    expect(name).toBe('WMPA-2005-figures-csv.csv');
    const rows = Papa.parse<Row>(bytes.toString('utf8'), { header: true, skipEmptyLines: true }).data;
    const figures = await printedFigures();
    expect(figures.find((f) => f.key === 'B1.rmp-quality-timely')).toMatchObject({
      current: '43% (10 of 23)',
      original: '39% (9 of 23)',
    });
    expectSameFigures(rows, figures, 'CSV');
  });

  it('gives in the XLSX every figure the page prints', async () => {
    const { name, bytes } = await download('Figures as a spreadsheet (XLSX)');
    expect(name).toBe('WMPA-2005-figures-xlsx.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = workbook.getWorksheet('Figures')!;
    const header = (sheet.getRow(1).values as Cell[]).slice(1) as string[];
    const rows: Row[] = [];
    sheet.eachRow((row, number) => {
      if (number > 1)
        rows.push(Object.fromEntries(header.map((h, i) => [h, (row.getCell(i + 1).value as Cell) ?? null])));
    });
    expectSameFigures(rows, await printedFigures(), 'XLSX');
  });

  it('gives in the JSON every figure the page prints', async () => {
    const { name, bytes } = await download('Figures as JSON');
    expect(name).toBe('WMPA-2005-figures-json.json');
    const document = JSON.parse(bytes.toString('utf8')) as { rows: Row[] };
    expectSameFigures(document.rows, await printedFigures(), 'JSON');
  });
});
