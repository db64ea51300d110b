import ExcelJS from 'exceljs';
import { loadPlugins } from '@scrutiny/plugin-sdk';
import { describe, expect, it } from 'vitest';
import { westMidlandsReport } from '../test/report-fixture.ts';
import plugin, {
  COLUMNS,
  figuresCsv,
  figuresJson,
  figuresXlsx,
  figureRecords,
  nationalCsv,
  nationalJson,
  nationalXlsx,
  type NationalOpenData,
} from './index.ts';

const report = westMidlandsReport();

/** A small RFC 4180 reader, enough to read back what the exporter writes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted) {
      if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}

function csvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  return rows.map((cells) => Object.fromEntries(header!.map((name, i) => [name, cells[i]!])));
}

describe('the open-data plugin', () => {
  it('loads as a plugin with three exporters', () => {
    const { plugins, errors } = loadPlugins([plugin]);
    expect(errors).toEqual([]);
    expect(plugins[0]!.exporters?.map((e) => [e.key, e.mediaType, e.fileExtension])).toEqual([
      ['figures-csv', 'text/csv', 'csv'],
      ['figures-xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx'],
      ['figures-json', 'application/json', 'json'],
    ]);
  });
});

describe('figures as CSV', () => {
  const records = csvRecords(figuresCsv(report));

  it('has a header of the documented columns and one row per figure per subsample', () => {
    expect(parseCsv(figuresCsv(report))[0]).toEqual(COLUMNS.map((c) => c.name));
    expect(records.map((r) => `${r.figure_kind}/${r.figure_key}/${r.subsample}`)).toEqual([
      'CRITERION/B1/ALL',
      'MEASURE/B1.rmp-quality-timely/ALL',
      'MEASURE/B1.review-16-weeks/HIGH_RISK_OF_HARM',
      'MEASURE/B1.review-after-incident/HIGH_RISK_OF_HARM',
    ]);
  });

  it('gives B1 at 62% (24 of 39) against 48%, untested', () => {
    expect(records[0]).toMatchObject({
      figure_id: 'SW5zcGVjdGlvbjp3bTIwMDU=|esi@2005-follow-up|CRITERION|B1|ALL',
      subsample_label: 'Whole sample',
      area_code: 'WMPA',
      year: '2005',
      met: '24',
      applicable: '39',
      percentage: '61.538462',
      percentage_printed: '62',
      baseline_year: '2004',
      baseline_percentage_printed: '48',
      baseline_met: '',
      direction: 'IMPROVED',
      change_tested: 'false',
      p_value: '',
    });
  });

  it('gives risk management plans 10 of 23 against 9 of 23, tested and not significant', () => {
    expect(records[1]).toMatchObject({
      met: '10',
      applicable: '23',
      percentage_printed: '43',
      baseline_met: '9',
      baseline_applicable: '23',
      change_tested: 'true',
      p_value: '1',
      adjusted_p_value: '1',
      correction: 'HOLM',
      significant: 'false',
      change_interval_low: '-23.4',
    });
    expect(records[1]!.figure_text).toBe('A risk management plan, of satisfactory quality, was "completed"');
  });

  it('leaves a withheld figure empty and says it was suppressed; a formula-like text cannot run', () => {
    expect(records[3]).toMatchObject({
      met: '',
      applicable: '',
      percentage: '',
      suppressed: 'true',
      small_denominator: 'true',
    });
    expect(records[3]!.figure_text).toBe(`'=HYPERLINK("x")`);
  });

  it('ends every line with CRLF', () => {
    expect(figuresCsv(report).split('\r\n')).toHaveLength(records.length + 2);
  });
});

describe('figures as JSON', () => {
  const document = JSON.parse(figuresJson(report)) as {
    layout: string;
    columns: { name: string; type: string }[];
    rows: Record<string, unknown>[];
  };

  it('names its layout and columns with their types, and has the same rows as the CSV', () => {
    expect(document.layout).toBe('scrutiny-open-data/2');
    expect(document.columns.map((c) => c.name)).toEqual(COLUMNS.map((c) => c.name));
    expect(document.columns.find((c) => c.name === 'met')?.type).toBe('integer');
    expect(document.rows).toEqual(figureRecords(report));
    expect(document.rows[1]).toMatchObject({ met: 10, applicable: 23, percentage_printed: 43, significant: false });
    expect(document.rows[3]).toMatchObject({ met: null, percentage: null, suppressed: true });
  });
});

describe('figures as XLSX', () => {
  it('holds the same figures as typed cells, with a sheet describing the columns', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await figuresXlsx(report)).buffer as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Figures', 'Columns', 'About']);
    const sheet = workbook.getWorksheet('Figures')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(COLUMNS.map((c) => c.name));
    const rows = figureRecords(report);
    expect(sheet.rowCount).toBe(rows.length + 1);
    rows.forEach((record, i) => {
      const cells = sheet.getRow(i + 2);
      COLUMNS.forEach((column, j) => {
        const value = cells.getCell(j + 1).value;
        expect(value ?? null, `${record.figure_key} ${column.name}`).toEqual(record[column.name]);
      });
    });
    const described = workbook.getWorksheet('Columns')!.getRow(2).values as unknown[];
    expect(described.slice(1, 3)).toEqual(['figure_id', 'string']);
  });
});

describe('national open data', () => {
  const data: NationalOpenData = {
    reports: [report, report],
    licence: { name: 'Open Government Licence v3.0', url: 'https://example.test/ogl' },
    releases: [
      {
        at: '2005-07-15T00:00:00.000Z',
        change: 'PUBLISHED',
        inspectionId: report.inspection.id,
        areaCode: 'WMPA',
        year: 2005,
        title: report.inspection.title,
      },
    ],
    generatedAt: '2005-07-15T00:00:00.000Z',
  };

  it('puts every report’s rows under one header in CSV, in the same layout', () => {
    const rows = csvRecords(nationalCsv(data));
    expect(rows).toHaveLength(2 * figureRecords(report).length);
    expect(parseCsv(nationalCsv(data))[0]).toEqual(COLUMNS.map((c) => c.name));
  });

  it('names the licence and the release log in JSON and XLSX', async () => {
    const document = JSON.parse(nationalJson(data)) as Record<string, unknown>;
    expect(document).toMatchObject({ layout: 'scrutiny-open-data/2', licence: data.licence, releases: data.releases });
    expect((document.rows as unknown[]).length).toBe(2 * figureRecords(report).length);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await nationalXlsx(data)).buffer as ArrayBuffer);
    const about = workbook.getWorksheet('About')!;
    const lines = about.getSheetValues().map((row) => (Array.isArray(row) ? row.slice(1).join(' ') : ''));
    expect(lines.join('\n')).toMatch(/Licence Open Government Licence v3.0/);
    expect(lines.join('\n')).toMatch(/Release 2005-07-15T00:00:00.000Z: published/);
  });
});
