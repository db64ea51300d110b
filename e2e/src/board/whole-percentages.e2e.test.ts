// Issue 16: one rule for every display of a figure. Every page and export of the West Midlands 2005 report prints
// the same whole percentages: wherever "NN% (met of applicable)" appears, NN is met / applicable rounded half up
// (worked out here in whole numbers, independently of the domain), and every figure the API gives is printed so by
// the report page, the PDF, the Word document, the CSV and JSON downloads, the board's area page and the inspector
// app's scores page.
import mammoth from 'mammoth';
import Papa from 'papaparse';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../browser.ts';
import { startScrutiny, type RunningScrutiny } from '../scrutiny.ts';
import { signedInPage } from '../inspector/inspector-pages.ts';
import { callApi, openWestMidlands2005, signIn } from './board-pages.ts';

let scrutiny: RunningScrutiny;
let browser: Browser;
let inspectionId: string;

interface ApiFigure {
  kind: 'CRITERION' | 'MEASURE';
  key: string;
  subsample: string;
  met: number | null;
  applicable: number | null;
  percentagePrinted: number | null;
}
const figures: ApiFigure[] = [];
const exportUrls = new Map<string, string>();

/** met / applicable × 100 rounded half up, in whole numbers: floor((200·met + applicable) / (2·applicable)). */
function halfUp(met: number, applicable: number): number {
  return Math.floor((200 * met + applicable) / (2 * applicable));
}

/** Every "NN% (m of n)" in a text, each checked against m / n; returns the printed figures found. */
function printedFigures(source: string, text: string): Set<string> {
  const found = new Set<string>();
  for (const match of text.replace(/\s+/g, ' ').matchAll(/(\d+)% \((\d+) of (\d+)/g)) {
    const [, printed, met, applicable] = match.map(Number) as [number, number, number, number];
    expect(printed, `${source}: ${match[0]}`).toBe(halfUp(met, applicable));
    found.add(`${printed}% (${met} of ${applicable}`);
  }
  return found;
}

/**
 * The report prints every whole-sample figure, and a subsample's only where it is compared with the original
 * (as the printed report does); whatever of them it prints is held to the rule by `printedFigures`.
 */
const wholeSample = () => figures.filter((f) => f.subsample === 'ALL');

function expectEveryFigure(source: string, found: Set<string>, which = wholeSample()) {
  const missing = which
    .filter((f) => f.percentagePrinted !== null)
    .map((f) => `${f.percentagePrinted}% (${f.met} of ${f.applicable}`)
    .filter((text) => !found.has(text));
  expect(missing, `${source} does not print these figures`).toEqual([]);
}

beforeAll(async () => {
  scrutiny = await startScrutiny();
  browser = await launchChromium();
  const { data } = await callApi<{
    inspections: {
      edges: {
        node: {
          id: string;
          exports: { key: string; url: string }[];
          all: ApiFigure[];
          highRisk: ApiFigure[];
          measures: (ApiFigure & { key: string })[];
          highRiskMeasures: ApiFigure[];
        };
      }[];
    };
  }>(
    scrutiny.url,
    `{ inspections(areaCode: "WMPA", year: 2005, publishedOnly: true, first: 1) { edges { node { id
      exports { key url }
      all: criterionScores { key: code subsample met applicable percentagePrinted }
      highRisk: criterionScores(subsample: "HIGH_RISK_OF_HARM") { key: code subsample met applicable percentagePrinted }
      measures: measureResults { key subsample met applicable percentagePrinted }
      highRiskMeasures: measureResults(subsample: "HIGH_RISK_OF_HARM") { key subsample met applicable percentagePrinted } } } } }`,
  );
  const node = data.inspections.edges[0]!.node;
  inspectionId = node.id;
  for (const e of node.exports) exportUrls.set(e.key, new URL(e.url, scrutiny.url).toString());
  figures.push(
    ...node.all.map((f) => ({ ...f, kind: 'CRITERION' as const })),
    ...node.highRisk.map((f) => ({ ...f, kind: 'CRITERION' as const })),
    ...node.measures.map((f) => ({ ...f, kind: 'MEASURE' as const })),
    ...node.highRiskMeasures.map((f) => ({ ...f, kind: 'MEASURE' as const })),
  );
  // The figure the issue named: 23 of 40 is 58%, on every display.
  expect(halfUp(23, 40)).toBe(58);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await scrutiny?.close();
});

async function download(key: string): Promise<Buffer> {
  const url = exportUrls.get(key);
  expect(url, `no export ${key}`).toBeDefined();
  const response = await fetch(url!);
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

describe('the same whole percentages on every page and export of West Midlands 2005', () => {
  it('on the published report page', async () => {
    const page = await browser.newPage();
    await openWestMidlands2005(page, scrutiny.url);
    const text = await page.locator('main').innerText();
    expectEveryFigure('report page', printedFigures('report page', text));
    // Quoted and computed, reconciled beside the computed summary (issue 16 item 3).
    const reconciliation = await page.locator('#reconciliation').innerText();
    expect(reconciliation).toMatch(/^The foreword quotes “improvement against 26 of 33 separate measures”/);
    expect(reconciliation).toContain('counts the 32 with both an original and a current figure');
    expect(reconciliation).toContain('“An initial risk of harm assessment was done” (95%)');
    await page.close();
  });

  it('in the PDF', async () => {
    const pdf = await getDocument({ data: new Uint8Array(await download('report-pdf')), disableFontFace: true })
      .promise;
    const parts: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      parts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
    }
    expectEveryFigure('PDF', printedFigures('PDF', parts.join(' ')));
  });

  it('in the Word document', async () => {
    const { value } = await mammoth.extractRawText({ buffer: await download('report-docx') });
    expectEveryFigure('Word document', printedFigures('Word document', value));
    expect(value).toContain('The foreword quotes “improvement against 26 of 33 separate measures”');
  });

  it('in the CSV and JSON downloads', async () => {
    const csv = Papa.parse<Record<string, string>>((await download('figures-csv')).toString('utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const json = JSON.parse((await download('figures-json')).toString('utf8')) as {
      rows: Record<string, string | number | null>[];
    };
    for (const [source, rows] of [
      ['CSV', csv],
      ['JSON', json.rows],
    ] as const) {
      for (const figure of figures.filter((f) => f.percentagePrinted !== null)) {
        const row = (rows as readonly Record<string, unknown>[]).find(
          (r) => r.figure_kind === figure.kind && r.figure_key === figure.key && r.subsample === figure.subsample,
        );
        expect(row, `${source}: ${figure.key} ${figure.subsample}`).toBeDefined();
        expect(Number(row!.percentage_printed), `${source}: ${figure.key} ${figure.subsample}`).toBe(
          halfUp(figure.met!, figure.applicable!),
        );
        expect(Number(row!.percentage_printed)).toBe(figure.percentagePrinted);
      }
    }
  });

  it('on the board’s area page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, scrutiny.url, 'board.member@wmpa.example', 'scrutiny-demo');
    await page.getByRole('heading', { name: 'National picture' }).waitFor();
    const found = printedFigures('area page', await page.locator('main').innerText());
    const criteria = figures.filter((f) => f.kind === 'CRITERION' && f.subsample === 'ALL');
    expectEveryFigure('area page', found, criteria);
    await context.close();
  });

  it('on the inspector app’s scores page', async () => {
    const { context, page } = await signedInPage(browser, scrutiny.url, 'kate.white@hmiprobation.example');
    await page.goto(`${scrutiny.url}/inspector/inspections/${encodeURIComponent(inspectionId)}/scores`);
    const table = page.getByRole('table').first();
    await table.waitFor();
    // Rows of the score tables: name, met, applicable, percentage, ...
    const rows = (await page.getByRole('row').allInnerTexts()).map((r) => r.split('\t').map((c) => c.trim()));
    const seen = new Set<string>();
    for (const cells of rows) {
      const [, met, applicable, percent] = cells;
      if (!/^\d+$/.test(met ?? '') || !/^\d+$/.test(applicable ?? '') || !/^\d+%$/.test(percent ?? '')) continue;
      expect(Number(percent!.slice(0, -1)), cells.join(' | ')).toBe(halfUp(Number(met), Number(applicable)));
      seen.add(`${percent} (${met} of ${applicable}`);
    }
    expect(seen.size).toBeGreaterThan(10);
    expectEveryFigure('scores page', seen);
    await context.close();
  });
});
