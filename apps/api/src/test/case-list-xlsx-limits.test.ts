// An uploaded workbook cannot stall or exhaust the server (issue 14, finding 9): a zip bomb whose directory claims
// small sizes, and an honest sheet that unzips to ~60 MB, are both refused within seconds as INVALID_INPUT, nothing
// is written, memory does not stay taken, and /healthz keeps answering within 100 ms meanwhile, on a real listening
// server. Rows, cells per row and reading time are bounded too.
import { performance } from 'node:perf_hooks';
import { zipSync } from 'fflate';
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import writeXlsxFile from 'write-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../env.ts';
import { listen } from '../server.ts';
import { readWorkbookRows, WorkbookTooLargeError } from '../services/case-list-xlsx.ts';
import { WorkbookReader } from '../services/xlsx/workbook-reader.ts';
import { startTestApi, type TestApi } from '../testing/harness.ts';

let api: TestApi;
let running: { url: string; close(): Promise<void> };
let inspector: string;
let inspectionId: string;
let bomb: string;
let honest: string;

const MB = 1024 * 1024;
const encoder = new TextEncoder();

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Cases" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;

/** A minimal real workbook around a worksheet's XML. */
function workbook(sheetXml: Uint8Array, level: 0 | 9 = 9): Uint8Array {
  return zipSync(
    {
      '[Content_Types].xml': encoder.encode(CONTENT_TYPES),
      '_rels/.rels': encoder.encode(ROOT_RELS),
      'xl/workbook.xml': encoder.encode(WORKBOOK),
      'xl/_rels/workbook.xml.rels': encoder.encode(WORKBOOK_RELS),
      'xl/worksheets/sheet1.xml': sheetXml,
    },
    { level },
  );
}

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
function column(index: number): string {
  return index < 26 ? String.fromCharCode(65 + index) : column(Math.floor(index / 26) - 1) + column(index % 26);
}

/** A case list sheet: a header and `rows` rows of `columns` cells of `width` characters each. */
function sheetXml(rows: number, columns = 7, width = 8): Uint8Array {
  const header = ['reference', 'person', 'officer', 'order_type', 'risk_of_harm', 'start_date', 'district'];
  const row = (r: number, text: (c: number) => string) =>
    `<row r="${r}">${Array.from({ length: columns }, (_, c) => `<c r="${column(c)}${r}" t="inlineStr"><is><t>${text(c)}</t></is></c>`).join('')}</row>`;
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
    row(1, (c) => header[c] ?? `extra_${c}`),
  ];
  const value = 'v'.repeat(width);
  for (let r = 2; r <= rows + 1; r += 1) parts.push(row(r, () => value));
  parts.push('</sheetData></worksheet>');
  return encoder.encode(parts.join(''));
}

/** Writes `size` into the uncompressed-size field of every local and central header of the named entry. */
function claimSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const wanted = encoder.encode(name);
  const named = (at: number, nameOffset: number) =>
    view.getUint16(at + (nameOffset === 30 ? 26 : 28), true) === wanted.length &&
    wanted.every((byte, i) => zip[at + nameOffset + i] === byte);
  for (let at = 0; at + 46 < zip.length; at += 1) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50 && named(at, 30)) view.setUint32(at + 22, size, true);
    if (signature === 0x02014b50 && named(at, 46)) view.setUint32(at + 24, size, true);
  }
  return zip;
}

const PREVIEW = `mutation ($input: MutationPreviewCaseListInput!) {
  previewCaseList(input: $input) { __typename ... on Error { code message } }
}`;
const IMPORT = `mutation ($input: MutationImportCaseListInput!) {
  importCaseList(input: $input) { __typename ... on Error { code message } }
}`;

/** A mutation's request body, made before anything is measured: the client's own work is not the server's. */
function body(query: string, content: string): Uint8Array<ArrayBuffer> {
  const input = { inspectionId, format: 'XLSX', content, ...(query === IMPORT ? { skipUnreadableRows: true } : {}) };
  return encoder.encode(JSON.stringify({ query, variables: { input } }));
}

/** A mutation through the real listener, as the inspector app sends it. */
async function send(request: Uint8Array<ArrayBuffer>) {
  const response = await fetch(`${running.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: inspector },
    body: request,
  });
  const answer = (await response.json()) as {
    data?: Record<string, { __typename: string; code?: string; message?: string }>;
    errors?: unknown;
  };
  if (!answer.data) throw new Error(JSON.stringify(answer));
  return Object.values(answer.data)[0]!;
}

/** Asks /healthz again and again while `work` runs; returns the slowest answer's time. */
async function slowestHealthzDuring<T>(
  work: () => Promise<T>,
): Promise<{ result: T; slowestMs: number; asked: number }> {
  let done = false;
  let slowestMs = 0;
  let asked = 0;
  const poll = (async () => {
    while (!done) {
      const started = performance.now();
      const response = await fetch(`${running.url}/healthz`);
      await response.arrayBuffer();
      expect(response.status).toBe(200);
      slowestMs = Math.max(slowestMs, performance.now() - started);
      asked += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  try {
    const result = await work();
    return { result, slowestMs, asked };
  } finally {
    done = true;
    await poll;
  }
}

const rowId = () => Buffer.from(inspectionId, 'base64').toString('utf8').split(':')[1]!;

beforeAll(async () => {
  api = await startTestApi({ seed: true });
  running = await listen(api.app, { ...readConfig({ PORT: '0', SCRUTINY_LOG_LEVEL: 'silent' }), secureCookies: false });
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
        year: 2009,
        title: 'Workbook limits 2009',
      },
    },
    inspector,
  );
  inspectionId = created.data!.createInspection.data.id;
  // 200 MB of worksheet that the zip's directory says is 100 bytes.
  const filler = new Uint8Array(200 * MB).fill(0x20);
  bomb = Buffer.from(claimSize(workbook(filler), 'xl/worksheets/sheet1.xml', 100)).toString('base64');
  // An honest workbook (true sizes) of 60,000 rows: about 60 MB of XML, well within the upload limit zipped.
  const big = sheetXml(60_000, 7, 100);
  expect(big.length).toBeGreaterThan(55 * MB);
  expect(big.length).toBeLessThan(64 * MB);
  honest = Buffer.from(workbook(big)).toString('base64');
}, 240_000);
afterAll(async () => {
  await running?.close();
});

describe('issue 14 finding 9: an XLSX case list cannot stall or exhaust the server', () => {
  it('refuses a zip bomb and a 60 MB sheet quickly with a typed error, writing nothing; /healthz keeps answering throughout', async () => {
    expect(bomb.length).toBeLessThan(2 * MB);
    const requests = [body(PREVIEW, bomb), body(PREVIEW, honest), body(IMPORT, bomb), body(IMPORT, honest)];
    // On a machine shared with other work (CI runs two suites at once on two cores) the scheduler alone delays some
    // answers by hundreds of milliseconds, idle or not: the bound is one second, or twice the slowest answer of the
    // same process idle when that is more. The unguarded code stalled /healthz for 10 s and more; on an idle machine
    // the answers stay within 100 ms (README § Limits).
    // The reading thread starts with the first workbook a process reads, as it does in service: one small list first.
    expect(await send(body(PREVIEW, Buffer.from(workbook(sheetXml(3))).toString('base64')))).toMatchObject({
      __typename: 'MutationPreviewCaseListSuccess',
    });
    const idle = await slowestHealthzDuring(() => new Promise((resolve) => setTimeout(resolve, 3000)));
    const bound = Math.max(1000, 2 * idle.slowestMs);
    const rssBefore = process.memoryUsage().rss;
    const { result, slowestMs, asked } = await slowestHealthzDuring(async () => {
      const outcomes = [];
      for (const request of requests) {
        const started = performance.now();
        outcomes.push({ answer: await send(request), ms: performance.now() - started });
      }
      return outcomes;
    });
    for (const { answer, ms } of result) {
      expect(answer, JSON.stringify(answer)).toMatchObject({ __typename: 'InvalidInputError', code: 'INVALID_INPUT' });
      expect(answer.message).toMatch(/too large to read/);
      expect(ms).toBeLessThan(15_000);
    }
    // The bomb is refused by whichever guard ends it first: its real inflated bytes (idle machines) or the reading's
    // time limit (a loaded one). That the byte count alone stops it is shown below, without a time limit in the way.
    expect(result[0]!.answer.message).toMatch(/more than 64 MB|took longer than/);
    expect(result[1]!.answer.message).toMatch(/more than 50,000 rows/);
    expect(asked).toBeGreaterThan(3);
    expect(slowestMs, `idle: ${Math.round(idle.slowestMs)} ms`).toBeLessThan(bound);
    expect(await api.app.db.prisma.caseCandidate.count({ where: { inspectionId: rowId() } })).toBe(0);
    // The reading threads gave their memory back: the bug kept 0.9 GB.
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(300 * MB);
  }, 120_000);

  it('counts the real inflated bytes of a zip that lies about its sizes, however long the reading may take', async () => {
    const reader = new WorkbookReader({ timeLimitMs: 300_000 });
    try {
      const refused = await readWorkbookRows(bomb, reader).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(WorkbookTooLargeError);
      expect((refused as Error).message).toMatch(/more than 64 MB/);
    } finally {
      await reader.close();
    }
  }, 320_000);

  it('refuses a row with too many cells', async () => {
    const wide = Buffer.from(workbook(sheetXml(3, 250))).toString('base64');
    const answer = await send(body(PREVIEW, wide));
    expect(answer).toMatchObject({ __typename: 'InvalidInputError', code: 'INVALID_INPUT' });
    expect(answer.message).toMatch(/more than 200 cells/);
  }, 60_000);

  it('ends the reading when it takes too long, with a typed error', async () => {
    const reader = new WorkbookReader({ timeLimitMs: 5 });
    try {
      const medium = Buffer.from(
        await writeXlsxFile(
          Array.from({ length: 5000 }, (_, i) => [{ value: `X-${i}` }, { value: `P${i}` }, { value: 'CPRO' }]) as never,
        ).toBuffer(),
      ).toString('base64');
      const refused = await readWorkbookRows(medium, reader).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(WorkbookTooLargeError);
      expect((refused as WorkbookTooLargeError).code).toBe('INVALID_INPUT');
      expect((refused as Error).message).toMatch(/took longer than/);
    } finally {
      await reader.close();
    }
  }, 60_000);
});
