// The whole published report as PDF and Word downloads, through HTTP as anyone would fetch them: loaded by default,
// served at /exports/<id>/<key> with their media types and file names. What they hold is tested in the plugins, on
// the model the host builds (kept equal to it by report-model-fixture.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/harness.ts';
import { westMidlands2005Id } from '../testing/report-model.ts';

let api: TestApi;
let wm2005: string;

beforeAll(async () => {
  api = await startTestApi({ seed: true });
  wm2005 = await westMidlands2005Id(api.gql);
}, 240_000);
afterAll(() => api?.close());

const download = (key: string) =>
  Promise.resolve(api.app.yoga.fetch(`http://scrutiny.test/exports/${encodeURIComponent(wm2005)}/${key}`));

describe('the report as documents', () => {
  it('comes from the PDF and DOCX plugins loaded by default', async () => {
    const response = await api.gql<{ plugins: { name: string; exporters: string[] }[] }>(
      `{ plugins { name exporters } }`,
    );
    expect(response.data!.plugins).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: '@scrutiny/plugin-export-pdf', exporters: ['report-pdf'] }),
        expect.objectContaining({ name: '@scrutiny/plugin-export-docx', exporters: ['report-docx'] }),
      ]),
    );
  });

  it('lists them on the published West Midlands 2005 inspection, after the figures, to anyone', async () => {
    const response = await api.gql<{ inspection: { exports: { key: string; fileName: string; url: string }[] } }>(
      `query ($id: ID!) { inspection(id: $id) { exports { key fileName url } } }`,
      { id: wm2005 },
    );
    expect(response.data!.inspection.exports.map((e) => [e.key, e.fileName])).toEqual([
      ['figures-csv', 'WMPA-2005-figures-csv.csv'],
      ['figures-xlsx', 'WMPA-2005-figures-xlsx.xlsx'],
      ['figures-json', 'WMPA-2005-figures-json.json'],
      ['report-pdf', 'WMPA-2005-report-pdf.pdf'],
      ['report-docx', 'WMPA-2005-report-docx.docx'],
    ]);
    expect(response.data!.inspection.exports.at(-1)!.url).toBe(`/exports/${encodeURIComponent(wm2005)}/report-docx`);
  });

  it('serves West Midlands 2005 as a PDF', async () => {
    const response = await download('report-pdf');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="WMPA-2005-report-pdf.pdf"');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    expect(bytes.toString('latin1')).toContain('/FontFile2');
  });

  it('serves West Midlands 2005 as a Word document', async () => {
    const response = await download('report-docx');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="WMPA-2005-report-docx.docx"');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.toString('latin1')).toContain('word/document.xml');
  });
});
