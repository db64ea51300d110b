// A finding cites the evidence it rests on: only evidence of its own inspection, replaced as a whole when changed,
// and a citation refused changes nothing. All through real HTTP requests.
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/harness.ts';

let api: TestApi;
let inspector = '';
let inspectionId = '';
let otherInspectionId = '';

interface Payload {
  __typename: string;
  code?: string;
  message?: string;
  data?: { id: string; text: string; evidence: { title: string }[] };
}

async function data<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await api.gql<T>(query, variables, inspector);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

async function change(name: 'addFinding' | 'updateFinding', input: Record<string, unknown>): Promise<Payload> {
  const type = name === 'addFinding' ? 'AddFinding' : 'UpdateFinding';
  const result = await data<Record<string, Payload>>(
    `mutation ($input: Mutation${type}Input!) { ${name}(input: $input) { __typename
       ... on Mutation${type}Success { data { id text evidence { title } } }
       ... on Error { code message } } }`,
    { input },
  );
  return result[name]!;
}

async function plan(title: string): Promise<string> {
  const ids = await data<{ area: { id: string }; frameworks: { id: string; key: string }[] }>(
    '{ area(code: "WMPA") { id } frameworks { id key } }',
    {},
  );
  const created = await data<{ createInspection: { data: { id: string } } }>(
    `mutation ($input: MutationCreateInspectionInput!) { createInspection(input: $input) {
       ... on MutationCreateInspectionSuccess { data { id } } } }`,
    {
      input: {
        areaId: ids.area.id,
        frameworkId: ids.frameworks.find((f) => f.key === 'esi')!.id,
        kind: 'FULL',
        year: 2009,
        title,
      },
    },
  );
  return created.createInspection.data.id;
}

async function evidence(inInspection: string, title: string): Promise<string> {
  const added = await data<{ addEvidence: { data: { id: string } } }>(
    `mutation ($input: MutationAddEvidenceInput!) { addEvidence(input: $input) {
       ... on MutationAddEvidenceSuccess { data { id } } } }`,
    { input: { inspectionId: inInspection, kind: 'DOCUMENT', title } },
  );
  return added.addEvidence.data.id;
}

async function findings() {
  return (
    await data<{ inspection: { findings: { text: string; evidence: { title: string }[] }[] } }>(
      'query ($id: ID!) { inspection(id: $id) { findings { text evidence { title } } } }',
      { id: inspectionId },
    )
  ).inspection.findings;
}

beforeAll(async () => {
  api = await startTestApi({ seed: true });
  inspector = await api.signIn(DEMO_EMAILS.inspector);
  inspectionId = await plan('Citing evidence (test)');
  otherInspectionId = await plan('Another inspection (test)');
}, 240_000);
afterAll(() => api?.close());

describe('a finding citing evidence', () => {
  it('cites documents of its inspection, and changes which when asked', async () => {
    const plan2005 = await evidence(inspectionId, 'ESI improvement plan');
    const protocol = await evidence(inspectionId, 'Police, probation and prison protocol');
    const added = await change('addFinding', {
      inspectionId,
      criterionCode: 'A1',
      kind: 'STRENGTH',
      text: 'A locally agreed protocol had been produced.',
      evidenceIds: [protocol, plan2005, protocol],
    });
    expect(added.__typename).toBe('MutationAddFindingSuccess');
    // In the order the evidence was recorded, each once.
    expect(added.data!.evidence).toEqual([
      { title: 'ESI improvement plan' },
      { title: 'Police, probation and prison protocol' },
    ]);

    const kept = await change('updateFinding', { findingId: added.data!.id, text: 'A protocol had been produced.' });
    expect(kept.data!.evidence).toHaveLength(2);
    const replaced = await change('updateFinding', { findingId: added.data!.id, evidenceIds: [plan2005] });
    expect(replaced.data!.evidence).toEqual([{ title: 'ESI improvement plan' }]);
    const cleared = await change('updateFinding', { findingId: added.data!.id, evidenceIds: [] });
    expect(cleared.data!.evidence).toEqual([]);
  });

  it("refuses another inspection's evidence and changes nothing", async () => {
    const elsewhere = await evidence(otherInspectionId, 'Another area’s plan');
    const before = await findings();
    const refused = await change('addFinding', {
      inspectionId,
      criterionCode: 'B1',
      kind: 'AREA_FOR_IMPROVEMENT',
      text: 'Risk management plans were not yet written to the required standard.',
      evidenceIds: [elsewhere],
    });
    expect(refused).toMatchObject({
      __typename: 'InvalidInputError',
      code: 'INVALID_INPUT',
      message: '1 of the evidence cited is not evidence of this inspection.',
    });
    expect(await findings()).toEqual(before);

    const [first] = (
      await data<{ inspection: { findings: { id: string }[] } }>(
        'query ($id: ID!) { inspection(id: $id) { findings { id } } }',
        { id: inspectionId },
      )
    ).inspection.findings;
    const refusedChange = await change('updateFinding', {
      findingId: first!.id,
      text: 'Changed?',
      evidenceIds: [elsewhere],
    });
    expect(refusedChange.code).toBe('INVALID_INPUT');
    expect(await findings()).toEqual(before);
  });
});
