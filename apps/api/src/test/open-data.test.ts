// The national open data as a third party reads it: the index page, the three files, the licence and the release
// log; every figure in the files equals the API's figure with the same figureId; every process serves the same bytes;
// a publication writes a new release.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { readConfig } from '../env.ts';
import { openInspectionWithAssignedFile } from '../testing/live-fixture.ts';
import { startTestApi, type TestApi } from '../testing/harness.ts';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ seed: true });
}, 240_000);
afterAll(async () => {
  await api?.close();
});

const get = (path: string, headers: Record<string, string> = {}) =>
  api.app.yoga.fetch(`http://scrutiny.test${path}`, { headers });

interface ApiFigure {
  figureId: string;
  subsample: string;
  met: number | null;
  applicable: number | null;
  percentage: number | null;
  percentagePrinted: number | null;
  smallDenominator: boolean;
  suppressed: boolean;
  straddlesBand: boolean | null;
}

const FIGURE =
  'figureId subsample met applicable percentage percentagePrinted smallDenominator suppressed straddlesBand';

/** Every published figure through the API, paging as docs/API.md says, keyed by figureId. */
async function apiFigures(): Promise<Map<string, ApiFigure>> {
  const figures = new Map<string, ApiFigure>();
  let after: string | null = null;
  for (let page = 0; page < 20; page++) {
    const response: {
      data?: {
        inspections: {
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          edges: { node: { subsamples: { key: string }[]; id: string } }[];
        };
      };
    } = await api.gql(
      `query ($after: String) { inspections(publishedOnly: true, first: 5, after: $after) {
        pageInfo { hasNextPage endCursor } edges { node { id subsamples { key } } } } }`,
      { after },
    );
    for (const { node } of response.data!.inspections.edges)
      for (const { key } of node.subsamples) {
        const one = await api.gql<{ inspection: { criterionScores: ApiFigure[]; measureResults: ApiFigure[] } }>(
          `query ($id: ID!, $s: String!) { inspection(id: $id) {
            criterionScores(subsample: $s) { ${FIGURE} } measureResults(subsample: $s) { ${FIGURE} } } }`,
          { id: node.id, s: key },
        );
        expect(one.errors).toBeUndefined();
        for (const figure of [...one.data!.inspection.criterionScores, ...one.data!.inspection.measureResults])
          figures.set(figure.figureId, figure);
      }
    if (!response.data!.inspections.pageInfo.hasNextPage) break;
    after = response.data!.inspections.pageInfo.endCursor;
  }
  return figures;
}

type Row = Record<string, string | number | boolean | null>;

function csvRows(text: string): Record<string, string>[] {
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
  const [header, ...body] = rows;
  return body.map((cells) => Object.fromEntries(header!.map((name, i) => [name, cells[i]!])));
}

describe('national open data', () => {
  it('has an index page listing the three files, the licence and the releases, with no script', async () => {
    const response = await get('/open-data/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const page = await response.text();
    for (const name of ['figures.csv', 'figures.json', 'figures.xlsx'])
      expect(page).toContain(`href="/open-data/${name}"`);
    expect(page).toContain('Open Government Licence v3.0');
    expect(page).toMatch(/published .*\(WMPA, 2005\)/);
    expect(page).not.toMatch(/<script/i);
  });

  it('holds every published figure, equal to the API figure with the same figureId, in CSV and JSON', async () => {
    const figures = await apiFigures();
    const csv = csvRows(await (await get('/open-data/figures.csv')).text());
    const json = (await (await get('/open-data/figures.json')).json()) as {
      layout: string;
      licence: { name: string; url: string };
      releases: { change: string; areaCode: string }[];
      rows: Row[];
    };
    expect(json.layout).toBe('scrutiny-open-data/2');
    expect(json.licence.name).toBe('Open Government Licence v3.0');
    expect(json.releases.map((r) => r.change)).toContain('PUBLISHED');
    expect(csv.length).toBe(json.rows.length);
    expect(csv.length).toBeGreaterThan(100);
    const text = (v: number | null) => (v === null ? '' : String(v));
    for (const [i, row] of csv.entries()) {
      const figure = figures.get(row.figure_id!);
      expect(figure, row.figure_id).toBeDefined();
      expect(row.subsample).toBe(figure!.subsample);
      expect(row.met).toBe(text(figure!.met));
      expect(row.applicable).toBe(text(figure!.applicable));
      expect(row.percentage_printed).toBe(text(figure!.percentagePrinted));
      expect(row.small_denominator).toBe(String(figure!.smallDenominator || figure!.suppressed));
      expect(row.straddles_band).toBe(figure!.straddlesBand === null ? '' : String(figure!.straddlesBand));
      const percentage = figure!.percentage === null ? null : Math.round(figure!.percentage * 1e6) / 1e6;
      expect(json.rows[i]!.figure_id).toBe(row.figure_id);
      expect(json.rows[i]!.percentage).toBe(percentage);
    }
  });

  it('says in the API what the files say about each change: tested or not, and the baseline as printed', async () => {
    const json = (await (await get('/open-data/figures.json')).json()) as { rows: Row[] };
    const response = await api.gql<{
      inspections: {
        edges: {
          node: {
            comparison: {
              figures: { figureId: string; changeTested: boolean; baselinePercentagePrinted: number | null }[];
            } | null;
          };
        }[];
      };
    }>(
      `{ inspections(publishedOnly: true, first: 20) { edges { node {
        comparison { figures { figureId changeTested baselinePercentagePrinted } } } } } }`,
    );
    expect(response.errors).toBeUndefined();
    const compared = response.data!.inspections.edges.flatMap((e) => e.node.comparison?.figures ?? []);
    expect(compared.length).toBeGreaterThan(10);
    expect(compared.some((f) => f.changeTested) && compared.some((f) => !f.changeTested)).toBe(true);
    for (const figure of compared) {
      const row = json.rows.find((r) => r.figure_id === figure.figureId);
      expect(row, figure.figureId).toBeDefined();
      expect(row!.change_tested).toBe(figure.changeTested);
      expect(row!.baseline_percentage_printed).toBe(figure.baselinePercentagePrinted);
    }
  });

  it('serves the XLSX with the same rows, and names the licence in it', async () => {
    const response = await get('/open-data/figures.xlsx');
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const json = (await (await get('/open-data/figures.json')).json()) as { rows: Row[] };
    expect(workbook.getWorksheet('Figures')!.rowCount).toBe(json.rows.length + 1);
    const about = workbook
      .getWorksheet('About')!
      .getSheetValues()
      .map((r) => (Array.isArray(r) ? r.slice(1).join(' ') : ''))
      .join('\n');
    expect(about).toContain('Open Government Licence v3.0');
  });

  it('answers with an ETag and Cache-Control, and 304 when the copy is current', async () => {
    const first = await get('/open-data/figures.csv');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);
    expect(first.headers.get('cache-control')).toMatch(/max-age=\d+/);
    expect(first.headers.get('link')).toMatch(/rel="license"/);
    expect((await get('/open-data/figures.csv', { 'if-none-match': etag })).status).toBe(304);
  });

  it('says the licence and where the files are in the API', async () => {
    const response = await api.gql<{
      openDataLicence: { name: string; url: string };
      openData: { files: { name: string; url: string; etag: string }[]; releases: { areaCode: string }[] };
    }>('{ openDataLicence { name url } openData { files { name url etag } releases { areaCode year change } } }');
    expect(response.errors).toBeUndefined();
    expect(response.data!.openDataLicence.name).toBe('Open Government Licence v3.0');
    expect(response.data!.openData.files.map((f) => f.url)).toEqual([
      '/open-data/figures.csv',
      '/open-data/figures.json',
      '/open-data/figures.xlsx',
    ]);
    const served = await get('/open-data/figures.json');
    expect(response.data!.openData.files[1]!.etag).toBe(served.headers.get('etag'));
  });

  it('is served byte for byte the same by another API process on the same database', async () => {
    const other = await createApp(
      { ...readConfig({ SCRUTINY_LOG_LEVEL: 'silent' }), secureCookies: false },
      { db: api.app.db },
    );
    for (const name of ['figures.csv', 'figures.xlsx']) {
      const mine = new Uint8Array(await (await get(`/open-data/${name}`)).arrayBuffer());
      const theirs = new Uint8Array(
        await (await other.yoga.fetch(`http://scrutiny.test/open-data/${name}`)).arrayBuffer(),
      );
      expect(Buffer.from(theirs).equals(Buffer.from(mine)), name).toBe(true);
    }
  });

  it('writes a new release, with the inspection in it, when an inspection is published', async () => {
    const before = (await (await get('/open-data/figures.json')).json()) as { rows: Row[] };
    const { inspectionId, chief } = await openInspectionWithAssignedFile(api);
    for (const to of ['VALIDATION', 'DRAFTING', 'FACTUAL_ACCURACY_CHECK', 'SIGNED_OFF']) {
      const moved = await api.gql<{ moveInspection: { __typename: string } }>(
        'mutation ($input: MutationMoveInspectionInput!) { moveInspection(input: $input) { __typename } }',
        { input: { inspectionId, to } },
        chief,
      );
      expect(moved.data!.moveInspection.__typename).toBe('MutationMoveInspectionSuccess');
    }
    const published = await api.gql<{ publishInspection: { __typename: string } }>(
      'mutation ($input: MutationPublishInspectionInput!) { publishInspection(input: $input) { __typename } }',
      { input: { inspectionId } },
      chief,
    );
    expect(published.data!.publishInspection.__typename).toBe('MutationPublishInspectionSuccess');
    const after = (await (await get('/open-data/figures.json')).json()) as {
      rows: Row[];
      releases: { inspectionId: string; change: string }[];
    };
    expect(after.releases[0]).toMatchObject({ inspectionId, change: 'PUBLISHED' });
    expect(after.rows.length).toBeGreaterThan(before.rows.length);
    expect(after.rows.some((r) => r.inspection_id === inspectionId)).toBe(true);
  });
});
