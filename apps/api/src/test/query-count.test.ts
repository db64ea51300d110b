// No N+1: listing an inspection's case files with their answers costs the same number of SQL statements
// whatever the number of files.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { startTestApi, type TestApi } from '../testing/harness.ts';

let api: TestApi;
let inspector: string;
let inspectionId: string;

beforeAll(async () => {
  api = await startTestApi({ seed: true });
  inspector = await api.signIn(DEMO_EMAILS.inspector);
  const res = await api.gql<{ area: { inspections: { edges: { node: { id: string; year: number } }[] } } }>(
    `{ area(code: "WMPA") { inspections(first: 10) { edges { node { id year } } } } }`,
    {},
    inspector,
  );
  inspectionId = res.data!.area.inspections.edges.find((e) => e.node.year === 2005)!.node.id;
}, 120_000);
afterAll(() => api?.close());

const LIST = `query ($id: ID!, $first: Int!) { inspection(id: $id) { caseFiles(first: $first) { edges { node {
  reference riskOfHarm status answers { measureKey value version } } } } } }`;

describe('listing case files with their answers', () => {
  it('takes a constant number of SQL statements for 5 or 40 files', async () => {
    const few = await api.countQueries(() =>
      api.gql<{ inspection: { caseFiles: { edges: unknown[] } } }>(LIST, { id: inspectionId, first: 5 }, inspector),
    );
    const all = await api.countQueries(() =>
      api.gql<{ inspection: { caseFiles: { edges: unknown[] } } }>(LIST, { id: inspectionId, first: 100 }, inspector),
    );
    expect(few.result.errors).toBeUndefined();
    expect(all.result.data!.inspection.caseFiles.edges).toHaveLength(40);
    expect(few.result.data!.inspection.caseFiles.edges).toHaveLength(5);
    expect(all.statements).toBe(few.statements);
    expect(all.statements).toBeLessThanOrEqual(8);
  });
});
