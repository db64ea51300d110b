// The West Midlands 2005 report model that the exporter plugins are tested on (@scrutiny/reference-data) is the one
// an anonymous client builds from this API: when the API, the seed or the model changes, this fails until the copy
// is rewritten (npx -y pnpm@12.21.0 --filter @scrutiny/api run report-model:write).
import { westMidlands2005ReportModel } from '@scrutiny/reference-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/harness.ts';
import { fetchReportModel, westMidlands2005Id, withStableIdentity } from '../testing/report-model.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ seed: true });
}, 120_000);
afterAll(() => api?.close());

describe('the committed West Midlands 2005 report model', () => {
  it('is the model the host builds for its downloads', async () => {
    const model = withStableIdentity(await fetchReportModel(api.app, await westMidlands2005Id(api.gql)));
    expect(model.sections.flatMap((s) => s.criteria.map((c) => c.code))).toEqual(['A1', 'B1', 'B3', 'C2', 'C5']);
    expect(model.reasons?.recommendations.map((r) => `${r.number} ${r.judgementLabel}`)).toEqual([
      '1 Good progress',
      '2 Good progress',
      '3 Reasonable progress',
      '4 Reasonable progress',
      '5 Reasonable progress',
    ]);
    expect(westMidlands2005ReportModel).toEqual(model);
  });
});
