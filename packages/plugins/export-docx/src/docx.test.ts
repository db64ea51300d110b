// The Word document read back with mammoth holds every section, as Word headings, and the same criterion scores and
// measure figures as the West Midlands 2005 report model (as an anonymous client builds it from the API).
import mammoth from 'mammoth';
import { figureCell, type PublishedReportModel } from '@scrutiny/domain';
import { loadPlugins } from '@scrutiny/plugin-sdk';
import { westMidlands2005ReportModel } from '@scrutiny/reference-data';
import { beforeAll, describe, expect, it } from 'vitest';
import plugin, { DOCX_MEDIA_TYPE, docxExporter, reportDocx } from './index.ts';

const report: PublishedReportModel = westMidlands2005ReportModel;
let bytes: Uint8Array;
let text: string;
let html: string;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function after(anchor: string, length = 400): string {
  const at = text.indexOf(squash(anchor));
  expect(at, `"${anchor}" is in the document`).toBeGreaterThanOrEqual(0);
  return text.slice(at, at + squash(anchor).length + length);
}

beforeAll(async () => {
  bytes = await reportDocx(report);
  const buffer = Buffer.from(bytes);
  text = squash((await mammoth.extractRawText({ buffer })).value);
  html = (await mammoth.convertToHtml({ buffer })).value;
}, 60_000);

describe('the DOCX plugin', () => {
  it('loads as a plugin with one exporter', () => {
    const { plugins, errors } = loadPlugins([plugin]);
    expect(errors).toEqual([]);
    expect(plugins[0]!.exporters?.map((e) => [e.key, e.mediaType, e.fileExtension])).toEqual([
      ['report-docx', DOCX_MEDIA_TYPE, 'docx'],
    ]);
    expect(docxExporter.export).toBe(reportDocx);
  });
});

describe('the West Midlands 2005 report as a Word document', () => {
  it('is a Word document whose title and sections are Word headings, in the model’s order', () => {
    expect(Buffer.from(bytes).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(html).toContain('<h1>Follow-up report on West Midlands Probation Area, 2005</h1>');
    let from = 0;
    for (const { title } of report.contents) {
      const at = html.indexOf(`<h2>${title.replace(/&/g, '&amp;')}</h2>`, from);
      expect(at, `section "${title}" is a heading after the one before`).toBeGreaterThanOrEqual(from);
      from = at;
    }
    for (const section of report.sections)
      for (const criterion of section.criteria) expect(html).toContain(`<h3>${criterion.code} ${criterion.title}</h3>`);
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
});
