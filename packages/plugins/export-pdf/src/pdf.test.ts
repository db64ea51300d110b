// The PDF read back with pdfjs-dist holds every section and the same criterion scores and measure figures as the
// West Midlands 2005 report model (as an anonymous client builds it from the API), in an embedded font.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { figureCell, type PublishedReportModel } from '@scrutiny/domain';
import { loadPlugins } from '@scrutiny/plugin-sdk';
import { westMidlands2005ReportModel } from '@scrutiny/reference-data';
import { beforeAll, describe, expect, it } from 'vitest';
import plugin, { pdfExporter, reportPdf } from './index.ts';

const report: PublishedReportModel = westMidlands2005ReportModel;
let bytes: Uint8Array;
let pages: string[];
let text: string;
/** Every piece of text on each page, with its box in points. */
/** How many structure elements of each role the pages' structure trees hold. */
let roles: Record<string, number>;
let marked: boolean;
let boxes: { page: number; str: string; x: number; y: number; width: number; height: number }[][];

// A line may break after a dash ("83–" / "99%", "inter-" / "agency"): joined back with a space. Both sides are read the same way.
const squash = (s: string) =>
  s
    .replace(/\s+/g, ' ')
    .replace(/([–-]) (?=[\p{L}\d])/gu, '$1')
    .trim();

async function pdfText(data: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({ data: data.slice(), disableFontFace: true, useSystemFonts: false }).promise;
  const out: string[] = [];
  boxes = [];
  roles = {};
  marked = (await pdf.getMarkInfo())?.Marked === true;
  const count = (node: { role?: string; children?: unknown[] }) => {
    if (node.role) roles[node.role] = (roles[node.role] ?? 0) + 1;
    for (const child of node.children ?? []) count(child as { role?: string; children?: unknown[] });
  };
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    count((await page.getStructTree()) as { role?: string; children?: unknown[] });
    const content = await page.getTextContent();
    out.push(squash(content.items.map((item) => ('str' in item ? item.str : '')).join(' ')));
    boxes.push(
      content.items.flatMap((item) =>
        'str' in item && item.str.trim() !== ''
          ? [
              {
                page: n,
                str: item.str,
                x: item.transform[4],
                y: item.transform[5],
                width: item.width,
                height: item.height,
              },
            ]
          : [],
      ),
    );
  }
  await pdf.destroy();
  return out;
}

/** The text after `anchor`, up to `length` characters: where a table row's other cells are. */
function after(anchor: string, length = 400): string {
  const at = text.indexOf(squash(anchor));
  expect(at, `"${anchor}" is in the PDF`).toBeGreaterThanOrEqual(0);
  return text.slice(at, at + squash(anchor).length + length);
}

beforeAll(async () => {
  bytes = await reportPdf(report);
  pages = await pdfText(bytes);
  text = squash(pages.join(' '));
}, 60_000);

describe('the PDF plugin', () => {
  it('loads as a plugin with one exporter', () => {
    const { plugins, errors } = loadPlugins([plugin]);
    expect(errors).toEqual([]);
    expect(plugins[0]!.exporters?.map((e) => [e.key, e.mediaType, e.fileExtension])).toEqual([
      ['report-pdf', 'application/pdf', 'pdf'],
    ]);
    expect(pdfExporter.export).toBe(reportPdf);
  });
});

describe('the West Midlands 2005 report as a PDF', () => {
  it('is a PDF with its font embedded and the report’s title in its metadata', () => {
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw.startsWith('%PDF-1.7')).toBe(true);
    expect(raw).toContain('/FontFile2');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans/);
    expect(pages.length).toBeGreaterThan(5);
    expect(pages[0]).toContain('Follow-up report on West Midlands Probation Area, 2005');
  });

  it('has every section of the report, in the model’s order', () => {
    let from = 0;
    for (const { title } of report.contents) {
      const at = text.indexOf(title, from);
      expect(at, `section "${title}" follows the one before`).toBeGreaterThanOrEqual(from);
      from = at;
    }
    for (const section of report.sections)
      for (const criterion of section.criteria) expect(text).toContain(`${criterion.code} ${criterion.title}`);
  });

  it('prints every criterion score as the model gives it, B1 at 62% (24 of 39) against 48%', () => {
    const scored = report.sections.flatMap((s) => s.criteria).filter((c) => c.score);
    expect(scored.map((c) => c.code)).toEqual(['B1', 'B3', 'C2', 'C5']);
    for (const criterion of scored) {
      const table = after(`${criterion.code} score`);
      expect(table).toContain(`${report.labels.current} ${figureCell(criterion.score!.current)}`);
      if (criterion.score!.original)
        expect(table).toContain(`${report.labels.original} ${figureCell(criterion.score!.original)}`);
    }
    expect(after('B1 score')).toMatch(
      /Original inspection \(2004\) 48%.*Follow-up inspection \(2005\) 62% \(24 of 39\)/,
    );
  });

  it('prints every measure figure as the model gives it, for the whole sample and high risk of harm cases', () => {
    const measures = report.sections.flatMap((s) => s.criteria.flatMap((c) => c.measures));
    expect(measures.length).toBeGreaterThan(30);
    expect(measures.some((m) => m.subsample === 'HIGH_RISK_OF_HARM')).toBe(true);
    for (const section of report.sections)
      for (const criterion of section.criteria) {
        if (criterion.measures.length === 0) continue;
        // Rows in order within the criterion's measures table, each with its own figures.
        let rest = after(`${criterion.code} measures: share of applicable case files meeting each`, 20_000);
        for (const m of criterion.measures) {
          const row = squash(
            `${m.text} ${m.subsampleLabel} ${m.original ? figureCell(m.original) : '–'} ${figureCell(m.current)}`,
          );
          const at = rest.indexOf(row);
          expect(at, `the ${m.key} (${m.subsample}) row reads "${row}"`).toBeGreaterThanOrEqual(0);
          rest = rest.slice(at + row.length);
        }
      }
  });

  it('never prints one piece of text over another (a table row that wraps pushes the next row down)', () => {
    const overlaps: string[] = [];
    for (const page of boxes)
      for (let i = 0; i < page.length; i++)
        for (let j = i + 1; j < page.length; j++) {
          const a = page[i]!;
          const b = page[j]!;
          const across = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
          const down = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
          if (across > 1 && down > 1) overlaps.push(`page ${a.page}: "${a.str}" and "${b.str}"`);
        }
    expect(overlaps).toEqual([]);
  });

  it('is a tagged PDF: headings, lists and tables with header cells are in its structure tree', () => {
    expect(marked).toBe(true);
    expect(roles.H1).toBe(1);
    const sections = report.contents.length;
    expect(roles.H2).toBeGreaterThanOrEqual(sections);
    for (const role of ['H3', 'P', 'L', 'LI', 'LBody', 'Table', 'Caption', 'TR', 'TH', 'TD'])
      expect(roles[role], role).toBeGreaterThan(0);
  });
});
