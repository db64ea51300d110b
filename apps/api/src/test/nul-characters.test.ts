// A NUL character (\u0000) cannot be stored in PostgreSQL text (nor in PGlite's): any string input carrying one is
// refused at the edge as INVALID_INPUT, whichever field or argument it reaches and however it is sent (a literal,
// a variable, inside an input object or a list), instead of failing in the database as a masked internal error.
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type GraphQLResponse, type TestApi } from '../testing/harness.ts';

let api: TestApi;
let inspector: string;
let inspectionId: string;
let areaId: string;
let frameworkId: string;

beforeAll(async () => {
  api = await startTestApi({ seed: true });
  inspector = await api.signIn(DEMO_EMAILS.inspector);
  const res = await api.gql<{
    inspections: { edges: { node: { id: string; status: string } }[] };
    area: { id: string };
    frameworks: { id: string }[];
  }>(
    '{ inspections(first: 10, areaCode: "WMPA") { edges { node { id status } } } area(code: "WMPA") { id } frameworks { id } }',
    {},
    inspector,
  );
  inspectionId = res.data!.inspections.edges.find((e) => e.node.status === 'FIELDWORK')!.node.id;
  areaId = res.data!.area.id;
  frameworkId = res.data!.frameworks[0]!.id;
}, 240_000);

afterAll(async () => {
  await api?.close();
});

const NUL = 'W\u0000MPA';

function expectRefusedAsInvalidInput(res: GraphQLResponse<Record<string, unknown>>) {
  expect(res.errors?.length ?? 0).toBeGreaterThan(0);
  for (const error of res.errors ?? []) expect(error.extensions?.code).toBe('INVALID_INPUT');
  expect(res.errors?.[0]?.message).toMatch(/NUL/);
}

describe('issue 14 finding 11: NUL characters in any string input are refused as INVALID_INPUT', () => {
  it('area(code:) and inspections(areaCode:), anonymously, as a literal and as a variable', async () => {
    expectRefusedAsInvalidInput(await api.gql('{ area(code: "W\\u0000MPA") { name } }'));
    expectRefusedAsInvalidInput(await api.gql('query ($code: String!) { area(code: $code) { name } }', { code: NUL }));
    expectRefusedAsInvalidInput(
      await api.gql('query ($code: String) { inspections(areaCode: $code) { edges { node { id } } } }', { code: NUL }),
    );
  });

  it("the same document sent again with new values: each request's values are checked, not the first one's", async () => {
    const AREA = 'query ($code: String!) { area(code: $code) { name } }';
    expect((await api.gql(AREA, { code: 'WMPA' })).errors).toBeUndefined();
    expectRefusedAsInvalidInput(await api.gql(AREA, { code: NUL }));
    expect((await api.gql(AREA, { code: 'WMPA' })).errors).toBeUndefined();
  });

  it("a mutation's title inside its input object", async () => {
    const before = await api.app.db.prisma.inspection.count();
    const res = await api.gql(
      `mutation ($input: MutationCreateInspectionInput!) { createInspection(input: $input) { __typename ... on Error { code } } }`,
      { input: { areaId, frameworkId, kind: 'FULL', year: 2009, title: `Inspection ${NUL}` } },
      inspector,
    );
    expectRefusedAsInvalidInput(res);
    expect(await api.app.db.prisma.inspection.count()).toBe(before);
  });

  it('the audit log filters, and a string inside a list', async () => {
    expectRefusedAsInvalidInput(
      await api.gql(
        'query ($id: ID!, $ref: String) { inspection(id: $id) { auditLog(first: 5, caseFileReference: $ref) { edges { node { action } } } } }',
        { id: inspectionId, ref: NUL },
        inspector,
      ),
    );
    expectRefusedAsInvalidInput(
      await api.gql(
        'query ($id: ID!) { inspection(id: $id) { auditLogCsv(actorId: "VXNlcjox\\u0000") } }',
        { id: inspectionId },
        inspector,
      ),
    );
    expectRefusedAsInvalidInput(await api.gql('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ['a', NUL] }));
  });

  it('the same strings without the NUL are answered as before', async () => {
    const res = await api.gql<{ area: { name: string } }>('query ($code: String!) { area(code: $code) { name } }', {
      code: 'WMPA',
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.area.name).toMatch(/West Midlands/);
  });
});
