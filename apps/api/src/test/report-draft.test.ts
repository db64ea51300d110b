// The draft report's frame: the sections a report has, in print order, and the record of its sign-off, which only
// a chief inspector makes. All through real HTTP requests.
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/harness.ts';

let api: TestApi;
let inspector = '';
let chief = '';
let board = '';
let inspectionId = '';

async function data<T>(query: string, variables: Record<string, unknown>, who: string | null): Promise<T> {
  const res = await api.gql<T>(query, variables, who);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

async function move(to: string, who: string): Promise<{ __typename: string; code?: string; message?: string }> {
  const result = await data<{ moveInspection: { __typename: string; code?: string; message?: string } }>(
    `mutation ($input: MutationMoveInspectionInput!) { moveInspection(input: $input) { __typename
       ... on Error { code message } } }`,
    { input: { inspectionId, to } },
    who,
  );
  return result.moveInspection;
}

async function signOff(who: string | null) {
  return (
    await data<{
      inspection: { status: string; signedOffAt: string | null; signedOffBy: { name: string } | null } | null;
    }>(
      `query ($id: ID!) { inspection(id: $id) { status signedOffAt signedOffBy { name } } }`,
      { id: inspectionId },
      who,
    )
  ).inspection;
}

beforeAll(async () => {
  api = await startTestApi({ seed: true });
  inspector = await api.signIn(DEMO_EMAILS.inspector);
  chief = await api.signIn(DEMO_EMAILS.assistantChiefInspector);
  board = await api.signIn(DEMO_EMAILS.westMidlandsBoardMember);
  const ids = await data<{ area: { id: string }; frameworks: { id: string; key: string }[] }>(
    '{ area(code: "WMPA") { id } frameworks { id key } }',
    {},
    inspector,
  );
  const created = await data<{ createInspection: { data: { id: string } } }>(
    `mutation ($input: MutationCreateInspectionInput!) { createInspection(input: $input) {
       ... on MutationCreateInspectionSuccess { data { id } } } }`,
    {
      input: {
        areaId: ids.area.id,
        frameworkId: ids.frameworks.find((f) => f.key === 'esi')!.id,
        kind: 'FULL',
        year: 2008,
        title: 'Sign-off test inspection',
      },
    },
    inspector,
  );
  inspectionId = created.createInspection.data.id;
}, 240_000);
afterAll(() => api?.close());

describe('report sections', () => {
  it('are listed for anyone in print order, the role of the inspectorate after the criteria', async () => {
    const { reportSections } = await data<{
      reportSections: { key: string; title: string; afterCriteria: boolean; followUpOnly: boolean }[];
    }>('{ reportSections { key title afterCriteria followUpOnly } }', {}, null);
    expect(reportSections.map((s) => s.key)).toEqual([
      'FOREWORD',
      'ACKNOWLEDGEMENTS',
      'GLOSSARY',
      'REASONS',
      'SUMMARY',
      'NEXT_STEPS',
      'ARRANGEMENTS',
      'ROLE',
    ]);
    expect(reportSections.filter((s) => s.afterCriteria).map((s) => s.key)).toEqual(['ROLE']);
    expect(reportSections.find((s) => s.key === 'REASONS')).toMatchObject({
      title: 'Reasons for undertaking the follow-up',
      followUpOnly: true,
    });
  });

  it('name the sections the reference report was loaded with', async () => {
    const found = await data<{
      area: { inspections: { edges: { node: { kind: string; reportTexts: { section: string }[] } }[] } };
      reportSections: { key: string }[];
    }>(
      '{ reportSections { key } area(code: "WMPA") { inspections(first: 10) { edges { node { kind reportTexts { section } } } } } }',
      {},
      null,
    );
    const followUp = found.area.inspections.edges.find((e) => e.node.kind === 'FOLLOW_UP' && e.node.reportTexts.length);
    const known = new Set(found.reportSections.map((s) => s.key));
    expect(followUp!.node.reportTexts.map((t) => t.section).filter((s) => !known.has(s))).toEqual([]);
  });
});

describe('sign-off', () => {
  it('is recorded by a chief inspector only, with who and when', async () => {
    for (const to of ['FIELDWORK', 'VALIDATION', 'DRAFTING', 'FACTUAL_ACCURACY_CHECK'])
      expect((await move(to, inspector)).__typename).toBe('MutationMoveInspectionSuccess');
    expect(await signOff(inspector)).toEqual({
      status: 'FACTUAL_ACCURACY_CHECK',
      signedOffAt: null,
      signedOffBy: null,
    });

    const refused = await move('SIGNED_OFF', inspector);
    expect(refused).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
    expect((await signOff(inspector))!.signedOffAt).toBeNull();

    const before = Date.now();
    expect((await move('SIGNED_OFF', chief)).__typename).toBe('MutationMoveInspectionSuccess');
    const signed = await signOff(inspector);
    expect(signed).toMatchObject({ status: 'SIGNED_OFF', signedOffBy: { name: 'John Hutchings' } });
    expect(Date.parse(signed!.signedOffAt!)).toBeGreaterThanOrEqual(before - 1000);
    // The area's board reads the signed-off draft; who signed it is for signed-in users, so it sees the name too.
    expect((await signOff(board))!.signedOffBy).toEqual({ name: 'John Hutchings' });

    // Once published anyone reads when it was signed off, and no one's name without signing in.
    await data(
      `mutation ($input: MutationPublishInspectionInput!) { publishInspection(input: $input) { __typename } }`,
      { input: { inspectionId } },
      chief,
    );
    const res = await api.gql<{ inspection: { signedOffAt: string | null; signedOffBy: unknown } }>(
      `query ($id: ID!) { inspection(id: $id) { signedOffAt signedOffBy { name } } }`,
      { id: inspectionId },
      null,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.inspection).toEqual({ signedOffAt: signed!.signedOffAt, signedOffBy: null });
  });
});
