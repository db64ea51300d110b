// Downloads of a published report through HTTP, as a researcher would fetch them: listed on the inspection, served
// at /exports/<id>/<key> with their media type and file name, for published inspections only, and holding the same
// figures the public API gives.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/harness.ts';

let api: TestApi;
let wm2005: string;

interface Listed {
  key: string;
  label: string;
  mediaType: string;
  fileName: string;
  url: string;
}

interface Figure {
  figureId: string;
  key: string;
  subsample: string;
  met: number | null;
  applicable: number | null;
  percentage: number | null;
}

beforeAll(async () => {
  api = await startTestApi({ seed: true });
  const found = await api.gql<{
    inspections: { edges: { node: { id: string; year: number; area: { code: string } } }[] };
  }>(`{ inspections(publishedOnly: true, first: 50) { edges { node { id year area { code } } } } }`);
  wm2005 = found.data!.inspections.edges.map((e) => e.node).find((n) => n.area.code === 'WMPA' && n.year === 2005)!.id;
}, 240_000);
afterAll(() => api?.close());

function download(path: string, init: RequestInit = {}): Promise<Response> {
  return Promise.resolve(api.app.yoga.fetch(`http://scrutiny.test${path}`, init));
}

async function listed(id: string, as: string | null = null): Promise<Listed[]> {
  const response = await api.gql<{ inspection: { exports: Listed[] } | null }>(
    `query ($id: ID!) { inspection(id: $id) { exports { key label mediaType fileName url } } }`,
    { id },
    as,
  );
  expect(response.errors).toBeUndefined();
  return response.data!.inspection!.exports;
}

async function publicFigures(): Promise<Figure[]> {
  const fields = 'figureId key subsample met applicable percentage';
  const response = await api.gql<{
    inspection: {
      criterionScores: (Omit<Figure, 'key'> & { code: string })[];
      highRiskScores: (Omit<Figure, 'key'> & { code: string })[];
      measureResults: Figure[];
      highRisk: Figure[];
    };
  }>(
    `query ($id: ID!) { inspection(id: $id) {
      criterionScores { figureId code subsample met applicable percentage }
      highRiskScores: criterionScores(subsample: "HIGH_RISK_OF_HARM") { figureId code subsample met applicable percentage }
      measureResults { ${fields} } highRisk: measureResults(subsample: "HIGH_RISK_OF_HARM") { ${fields} } } }`,
    { id: wm2005 },
  );
  const inspection = response.data!.inspection;
  return [
    ...[...inspection.criterionScores, ...inspection.highRiskScores].map(({ code, ...rest }) => ({
      key: code,
      ...rest,
    })),
    ...inspection.measureResults,
    ...inspection.highRisk,
  ];
}

type Row = Record<string, string | number | boolean | null>;

function sameFigures(rows: Row[], figures: Figure[], asText: boolean) {
  const value = (v: number | null) => (v === null ? (asText ? '' : null) : asText ? String(v) : v);
  for (const figure of figures) {
    const row = rows.find((r) => r.figure_key === figure.key && r.subsample === figure.subsample);
    expect(row, `${figure.key} ${figure.subsample}`).toBeDefined();
    // The same figure has the same stable identifier in the API and in every file.
    expect(row!.figure_id).toBe(figure.figureId);
    expect(row!.met, `${figure.key} ${figure.subsample}`).toEqual(value(figure.met));
    expect(row!.applicable).toEqual(value(figure.applicable));
    const percentage = figure.percentage === null ? null : Math.round(figure.percentage * 1e6) / 1e6;
    expect(row!.percentage).toEqual(value(percentage));
  }
  const known = new Set(figures.map((f) => `${f.key}/${f.subsample}`));
  expect(
    rows
      .filter((r) => !known.has(`${r.figure_key}/${r.subsample}`))
      .map((r) => `${r.figure_kind}/${r.figure_key}/${r.subsample}`),
  ).toEqual([]);
  expect(rows).toHaveLength(figures.length);
}

describe('the downloads of a published report', () => {
  it('comes from the exporter plugins loaded by default', async () => {
    const response = await api.gql<{ plugins: { name: string; exporters: string[] }[] }>(
      `{ plugins { name exporters } }`,
    );
    expect(response.data!.plugins).toContainEqual({
      name: '@scrutiny/plugin-export-open-data',
      exporters: ['figures-csv', 'figures-xlsx', 'figures-json'],
    });
  });

  it('lists CSV, XLSX and JSON on the published West Midlands 2005 inspection, to anyone', async () => {
    const exports = await listed(wm2005);
    // Other exporter plugins (PDF, DOCX) may add theirs; the open-data ones are always there.
    expect(exports.map((e) => [e.key, e.fileName])).toEqual(
      expect.arrayContaining([
        ['figures-csv', 'WMPA-2005-figures-csv.csv'],
        ['figures-xlsx', 'WMPA-2005-figures-xlsx.xlsx'],
        ['figures-json', 'WMPA-2005-figures-json.json'],
      ]),
    );
    expect(exports.find((e) => e.key === 'figures-csv')!.url).toBe(
      `/exports/${encodeURIComponent(wm2005)}/figures-csv`,
    );
  });

  it('serves the CSV with its media type and file name, holding the public API’s figures', async () => {
    const response = await download(`/exports/${encodeURIComponent(wm2005)}/figures-csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="WMPA-2005-figures-csv.csv"');
    const rows = Papa.parse<Row>(await response.text(), { header: true, skipEmptyLines: true }).data;
    sameFigures(rows, await publicFigures(), true);
    const b1 = rows.find((r) => r.figure_key === 'B1' && r.subsample === 'ALL')!;
    expect(b1).toMatchObject({ percentage_printed: '62', baseline_percentage_printed: '48', direction: 'IMPROVED' });
    const c2 = rows.find((r) => r.figure_key === 'C2' && r.subsample === 'ALL')!;
    expect(c2).toMatchObject({
      percentage_printed: '76',
      baseline_percentage_printed: '54',
      baseline_adjusted: 'true',
    });
    const rmp = rows.find((r) => r.figure_key === 'B1.rmp-quality-timely' && r.subsample === 'ALL')!;
    expect(rmp).toMatchObject({
      met: '10',
      applicable: '23',
      baseline_met: '9',
      baseline_applicable: '23',
      change_tested: 'true',
    });
    expect(rows.filter((r) => r.direction === 'IMPROVED')).toHaveLength(26);
    expect(rows.filter((r) => r.direction === 'DETERIORATED')).toHaveLength(6);
  });

  it('serves the XLSX as a workbook of typed cells with the same figures', async () => {
    const response = await download(`/exports/${encodeURIComponent(wm2005)}/figures-xlsx`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="WMPA-2005-figures-xlsx.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet('Figures')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    const rows: Row[] = [];
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      rows.push(Object.fromEntries(header.map((name, i) => [name, (row.getCell(i + 1).value as Row[string]) ?? null])));
    });
    sameFigures(rows, await publicFigures(), false);
  });

  it('serves the JSON with its columns and the same figures', async () => {
    const response = await download(`/exports/${encodeURIComponent(wm2005)}/figures-json`);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const document = (await response.json()) as { layout: string; rows: Row[]; comparison: { summary: string } };
    expect(document.layout).toBe('scrutiny-open-data/2');
    expect(document.comparison.summary).toBe('improvement against 26 of 32 figures');
    sameFigures(document.rows, await publicFigures(), false);
  });

  it('has nothing for an inspection not yet published, even for its own team', async () => {
    const chief = await api.signIn(DEMO_EMAILS.assistantChiefInspector);
    const all = await api.gql<{ inspections: { edges: { node: { id: string; published: boolean } }[] } }>(
      `{ inspections(first: 50) { edges { node { id published } } } }`,
      {},
      chief,
    );
    const draft = all.data!.inspections.edges.map((e) => e.node).find((n) => !n.published)!;
    expect(await listed(draft.id, chief)).toEqual([]);
    const response = await download(`/exports/${encodeURIComponent(draft.id)}/figures-csv`, {
      headers: { cookie: chief },
    });
    expect(response.status).toBe(404);
  });

  it('refuses unknown downloads, malformed addresses and other methods plainly', async () => {
    const id = encodeURIComponent(wm2005);
    expect((await download(`/exports/${id}/figures-pdf-nope`)).status).toBe(404);
    expect((await download(`/exports/${id}`)).status).toBe(404);
    expect((await download(`/exports/not-an-id/figures-csv`)).status).toBe(404);
    expect((await download(`/exports/%E0%A4%A/figures-csv`)).status).toBe(404);
    expect((await download(`/exports/${id}/figures-csv/extra`)).status).toBe(404);
    const post = await download(`/exports/${id}/figures-csv`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it('withholds in a download what it withholds from the public API: a figure over 3 cases', async () => {
    const prisma = api.app.db.prisma;
    const area = await prisma.area.findUniqueOrThrow({ where: { code: 'WMPA' } });
    const framework = await prisma.framework.findFirstOrThrow({ where: { key: 'esi' } });
    const fixture = await prisma.inspection.create({
      data: {
        areaId: area.id,
        frameworkId: framework.id,
        evidence: 'RECORDED_FIGURES',
        status: 'PUBLISHED',
        kind: 'FULL',
        year: 2001,
        title: 'Disclosure fixture 2001',
        publishedAt: new Date('2001-09-01'),
      },
    });
    await prisma.recordedResult.createMany({
      data: [
        {
          inspectionId: fixture.id,
          kind: 'MEASURE',
          key: 'B1.review-after-incident',
          met: 2,
          applicable: 3,
          percentage: 66.7,
        },
        {
          inspectionId: fixture.id,
          kind: 'MEASURE',
          key: 'B1.review-16-weeks',
          met: 6,
          applicable: 9,
          percentage: 66.7,
        },
      ],
    });
    const id = encodeURIComponent(Buffer.from(`Inspection:${fixture.id}`).toString('base64'));
    const response = await download(`/exports/${id}/figures-json`, {
      headers: { cookie: await api.signIn(DEMO_EMAILS.westMidlandsBoardMember) },
    });
    const rows = ((await response.json()) as { rows: Row[] }).rows;
    expect(rows.find((r) => r.figure_key === 'B1.review-after-incident')).toMatchObject({
      met: null,
      applicable: null,
      percentage: null,
      suppressed: true,
    });
    expect(rows.find((r) => r.figure_key === 'B1.review-16-weeks')).toMatchObject({
      met: 6,
      applicable: 9,
      suppressed: false,
    });
  });

  it('holds the figures of every subsample the framework names, each as the public API gives it', async () => {
    const prisma = api.app.db.prisma;
    const esi = await prisma.framework.findFirstOrThrow({ where: { key: 'esi' } });
    const definition = esi.definition as { subsamples: object[] };
    const subsamples = [
      ...definition.subsamples,
      {
        key: 'VERY_HIGH_RISK_OF_HARM',
        label: 'Very high risk of harm',
        condition: { fact: 'riskOfHarm', in: ['VERY_HIGH'] },
      },
      { key: 'LOW_RISK_OF_HARM', label: 'Low risk of harm', condition: { fact: 'riskOfHarm', in: ['LOW'] } },
    ];
    const framework = await prisma.framework.create({
      data: {
        key: 'esi',
        version: 'subsamples-test',
        title: 'ESI with three subsamples (test)',
        definition: { ...definition, version: 'subsamples-test', subsamples },
      },
    });
    const area = await prisma.area.findUniqueOrThrow({ where: { code: 'WMPA' } });
    const inspection = await prisma.inspection.create({
      data: {
        areaId: area.id,
        frameworkId: framework.id,
        evidence: 'RECORDED_FIGURES',
        status: 'PUBLISHED',
        kind: 'FULL',
        year: 1999,
        title: 'Subsamples fixture 1999',
        publishedAt: new Date('1999-09-01'),
      },
    });
    const keys = ['ALL', 'HIGH_RISK_OF_HARM', 'VERY_HIGH_RISK_OF_HARM', 'LOW_RISK_OF_HARM'];
    // Different counts in each subsample, so a row of one cannot pass for another's.
    await prisma.recordedResult.createMany({
      data: keys
        .flatMap((subsample, i) => [
          { inspectionId: inspection.id, kind: 'MEASURE' as const, key: 'B1.review-16-weeks', subsample, met: 6 + i },
          { inspectionId: inspection.id, kind: 'CRITERION' as const, key: 'B1', subsample, met: 10 + i },
        ])
        .map((result) => ({ ...result, applicable: 20, percentage: (result.met / 20) * 100 })),
    });
    const id = Buffer.from(`Inspection:${inspection.id}`).toString('base64');
    const figures: Figure[] = [];
    for (const subsample of keys) {
      const one = await api.gql<{
        inspection: { criterionScores: (Omit<Figure, 'key'> & { code: string })[]; measureResults: Figure[] };
      }>(
        `query ($id: ID!, $s: String!) { inspection(id: $id) {
          criterionScores(subsample: $s) { figureId code subsample met applicable percentage }
          measureResults(subsample: $s) { figureId key subsample met applicable percentage } } }`,
        { id, s: subsample },
      );
      expect(one.errors).toBeUndefined();
      const { criterionScores, measureResults } = one.data!.inspection;
      figures.push(...criterionScores.map(({ code, ...rest }) => ({ key: code, ...rest })), ...measureResults);
    }
    expect(new Set(figures.filter((f) => f.met !== null).map((f) => f.subsample))).toEqual(new Set(keys));
    const response = await download(`/exports/${encodeURIComponent(id)}/figures-json`);
    expect(response.status).toBe(200);
    sameFigures(((await response.json()) as { rows: Row[] }).rows, figures, false);
  });
});

describe('figures whose interval straddles a rating band', () => {
  it('are flagged in the downloads where the framework declares bands', async () => {
    const prisma = api.app.db.prisma;
    const esi = await prisma.framework.findFirstOrThrow({ where: { key: 'esi' } });
    const ratingBands = [
      { from: 0, label: 'Poor' },
      { from: 50, label: 'Fair' },
      { from: 75, label: 'Good' },
    ];
    const banded = await prisma.framework.create({
      data: {
        key: 'esi',
        version: 'banded-test',
        title: 'ESI with bands (test)',
        definition: { ...(esi.definition as object), version: 'banded-test', ratingBands },
      },
    });
    const area = await prisma.area.findUniqueOrThrow({ where: { code: 'WMPA' } });
    const inspection = await prisma.inspection.create({
      data: {
        areaId: area.id,
        frameworkId: banded.id,
        evidence: 'RECORDED_FIGURES',
        status: 'PUBLISHED',
        kind: 'FULL',
        year: 2000,
        title: 'Banded fixture 2000',
        publishedAt: new Date('2000-09-01'),
      },
    });
    await prisma.recordedResult.createMany({
      data: [
        // 6 of 9: 35–88%, across both 50 and 75. 38 of 40: 84–99%, inside "Good".
        {
          inspectionId: inspection.id,
          kind: 'MEASURE',
          key: 'B1.review-16-weeks',
          met: 6,
          applicable: 9,
          percentage: (6 / 9) * 100,
        },
        {
          inspectionId: inspection.id,
          kind: 'MEASURE',
          key: 'B1.initial-assessment-done',
          met: 38,
          applicable: 40,
          percentage: 95,
        },
      ],
    });
    const id = Buffer.from(`Inspection:${inspection.id}`).toString('base64');
    const framework = await api.gql<{ inspection: { framework: { ratingBands: { from: number; label: string }[] } } }>(
      `query ($id: ID!) { inspection(id: $id) { framework { ratingBands { from label } } } }`,
      { id },
    );
    expect(framework.data!.inspection.framework.ratingBands).toEqual(ratingBands);
    const rows = ((await (await download(`/exports/${encodeURIComponent(id)}/figures-json`)).json()) as { rows: Row[] })
      .rows;
    expect(rows.find((r) => r.figure_key === 'B1.review-16-weeks')?.straddles_band).toBe(true);
    expect(rows.find((r) => r.figure_key === 'B1.initial-assessment-done')?.straddles_band).toBe(false);
  });

  it('are not judged where the framework declares none (ESI 2005)', async () => {
    const rows = (
      (await (await download(`/exports/${encodeURIComponent(wm2005)}/figures-json`)).json()) as { rows: Row[] }
    ).rows;
    expect(rows.every((r) => r.straddles_band === null)).toBe(true);
  });
});
