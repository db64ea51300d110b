// A case list supplied as an Excel workbook goes through the same preview and import as a CSV one: a real .xlsx
// (written here, with date and number cells as a spreadsheet stores them) gives the same cases and the same
// unreadable rows as the same list in CSV, and a file that is not a workbook is a typed error that changes nothing.
import { zipSync } from 'fflate';
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import writeXlsxFile from 'write-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/harness.ts';

let api: TestApi;
let inspector: string;
let inspectionId: string;

const HEADER = ['reference', 'person', 'officer', 'order_type', 'risk_of_harm', 'mappa_category', 'start_date'];
const RISKS = ['low', 'medium', 'high', 'very high'];

/** The same list as CSV text, and as spreadsheet cells (dates as dates, numbers as numbers). */
function caseList(rows: number) {
  const records = Array.from({ length: rows }, (_, i) => ({
    reference: `X-${String(i + 1).padStart(3, '0')}`,
    person: `P${i + 1}`,
    officer: `OFF${i % 5}`,
    orderType: i % 3 === 0 ? 'LICENCE' : 'CPRO',
    risk: RISKS[i % 4]!,
    mappa: i % 7 === 0 ? 2 : null,
    start: new Date(Date.UTC(2007, 0, 8 + (i % 20))),
  }));
  // Row 22: an unknown risk level; row 23: a MAPPA category out of range.
  const bad = [
    { ...records[0]!, reference: 'X-900', person: 'P900', risk: 'catastrophic' },
    { ...records[1]!, reference: 'X-901', person: 'P901', mappa: 9 },
  ];
  const all = [...records, ...bad];
  const csv = [
    HEADER.join(','),
    ...all.map((r) =>
      [r.reference, r.person, r.officer, r.orderType, r.risk, r.mappa ?? '', r.start.toISOString().slice(0, 10)].join(
        ',',
      ),
    ),
  ].join('\n');
  const sheet = [
    HEADER.map((value) => ({ value })),
    ...all.map((r) => [
      { value: r.reference },
      { value: r.person },
      { value: r.officer },
      { value: r.orderType },
      { value: r.risk },
      r.mappa === null ? null : { value: r.mappa, type: Number },
      { value: r.start, type: Date, format: 'dd/mm/yyyy' },
    ]),
  ];
  return { csv, sheet };
}

async function xlsxBase64(sheet: ReturnType<typeof caseList>['sheet']): Promise<string> {
  const buffer = await writeXlsxFile(sheet as never).toBuffer();
  return Buffer.from(buffer).toString('base64');
}

const PREVIEW = `mutation ($input: MutationPreviewCaseListInput!) {
  previewCaseList(input: $input) {
    __typename
    ... on MutationPreviewCaseListSuccess { data { readable highRisk ineligible problems { row column message } } }
    ... on InvalidInputError { problems { path message } }
    ... on Error { code message }
  }
}`;
const IMPORT = `mutation ($input: MutationImportCaseListInput!) {
  importCaseList(input: $input) {
    __typename
    ... on MutationImportCaseListSuccess { data { imported skipped } }
    ... on Error { code message }
  }
}`;

interface Preview {
  __typename: string;
  code?: string;
  message?: string;
  data?: { readable: number; highRisk: number; ineligible: number; problems: { row: number; column: string | null }[] };
}

async function preview(input: Record<string, unknown>): Promise<Preview> {
  const res = await api.gql<{ previewCaseList: Preview }>(PREVIEW, { input: { inspectionId, ...input } }, inspector);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.previewCaseList;
}

async function importList(input: Record<string, unknown>) {
  const res = await api.gql<{ importCaseList: { __typename: string; code?: string; data?: { imported: number } } }>(
    IMPORT,
    { input: { inspectionId, ...input } },
    inspector,
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.importCaseList;
}

/** The inspection's row id inside its global (relay) id, for reading the database directly. */
const rowId = () => Buffer.from(inspectionId, 'base64').toString('utf8').split(':')[1]!;
const candidates = () => api.app.db.prisma.caseCandidate.count({ where: { inspectionId: rowId() } });

beforeAll(async () => {
  api = await startTestApi({ seed: true });
  inspector = await api.signIn(DEMO_EMAILS.inspector);
  const ids = await api.gql<{ area: { id: string }; frameworks: { id: string }[] }>(
    `{ area(code: "WMPA") { id } frameworks { id } }`,
  );
  const created = await api.gql<{ createInspection: { data: { id: string } } }>(
    `mutation ($input: MutationCreateInspectionInput!) {
      createInspection(input: $input) { ... on MutationCreateInspectionSuccess { data { id } } }
    }`,
    {
      input: {
        areaId: ids.data!.area.id,
        frameworkId: ids.data!.frameworks[0]!.id,
        kind: 'FULL',
        year: 2007,
        title: 'Workbook inspection 2007',
      },
    },
    inspector,
  );
  inspectionId = created.data!.createInspection.data.id;
}, 240_000);
afterAll(() => api?.close());

describe('a case list as an XLSX workbook', () => {
  it('previews exactly as the same list in CSV: the same cases, the same unreadable rows and why', async () => {
    const { csv, sheet } = caseList(20);
    const fromCsv = await preview({ format: 'CSV', content: csv });
    const fromXlsx = await preview({ format: 'XLSX', content: await xlsxBase64(sheet) });
    expect(fromXlsx.__typename).toBe('MutationPreviewCaseListSuccess');
    expect(fromXlsx.data).toEqual(fromCsv.data);
    expect(fromXlsx.data!.readable).toBe(20);
    expect(fromXlsx.data!.highRisk).toBe(10);
    expect(fromXlsx.data!.problems.map((p) => [p.row, p.column])).toEqual([
      [22, 'risk_of_harm'],
      [23, 'mappa_category'],
    ]);
    // The older input, csv, still reads the same; a list sent twice, or not at all, is refused.
    expect((await preview({ csv })).data).toEqual(fromCsv.data);
    expect((await preview({ csv, content: csv })).__typename).toBe('InvalidInputError');
    expect((await preview({ format: 'XLSX' })).__typename).toBe('InvalidInputError');
    expect(await candidates()).toBe(0);
  });

  it('imports nothing while rows are unreadable, then the readable rows on confirmation', async () => {
    const { sheet } = caseList(20);
    const content = await xlsxBase64(sheet);
    expect(await importList({ format: 'XLSX', content })).toMatchObject({ __typename: 'InvalidInputError' });
    expect(await candidates()).toBe(0);
    const imported = await importList({ format: 'XLSX', content, skipUnreadableRows: true });
    expect(imported).toMatchObject({ __typename: 'MutationImportCaseListSuccess', data: { imported: 20 } });
    const stored = await api.app.db.prisma.caseCandidate.findFirstOrThrow({
      where: { inspectionId: rowId(), reference: 'X-001' },
    });
    // The date cell arrives as the date the spreadsheet shows, the number cell as the category.
    expect(stored.facts).toMatchObject({ dates: { start: '2007-01-08' }, mappaCategory: 2, riskOfHarm: 'LOW' });
  });

  it('refuses what is not a workbook with a typed error, changing nothing', async () => {
    const before = await candidates();
    const notBase64 = await preview({ format: 'XLSX', content: 'reference,person\nX-1,P1' });
    const notZip = await preview({ format: 'XLSX', content: Buffer.from('not a workbook at all').toString('base64') });
    const noWorkbook = await preview({
      format: 'XLSX',
      content: Buffer.from(zipSync({ 'hello.txt': new TextEncoder().encode('hello') })).toString('base64'),
    });
    const truncated = await preview({
      format: 'XLSX',
      content: Buffer.from((await writeXlsxFile(caseList(3).sheet as never).toBuffer()).subarray(0, 900)).toString(
        'base64',
      ),
    });
    for (const refused of [notBase64, notZip, noWorkbook, truncated])
      expect(refused, JSON.stringify(refused)).toMatchObject({
        __typename: 'InvalidInputError',
        code: 'INVALID_INPUT',
      });
    expect(notZip.message).toMatch(/not a readable Excel workbook/);
    const importRefused = await importList({
      format: 'XLSX',
      content: Buffer.from('PK\u0003\u0004 broken').toString('base64'),
      skipUnreadableRows: true,
    });
    expect(importRefused).toMatchObject({ __typename: 'InvalidInputError' });
    expect(await candidates()).toBe(before);
  });

  it('refuses an archive that would unzip to more than it may hold, before unzipping it', async () => {
    // 80 MB of zeros compresses to well under a megabyte: a zip bomb in miniature.
    const bomb = zipSync({ 'xl/workbook.xml': new Uint8Array(80 * 1024 * 1024) }, { level: 9 });
    const refused = await preview({ format: 'XLSX', content: Buffer.from(bomb).toString('base64') });
    expect(refused).toMatchObject({ __typename: 'InvalidInputError' });
    expect(refused.message).toMatch(/more than 64 MB/);
  });
});
