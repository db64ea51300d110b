// Like with like, through real HTTP (issue 16): whether offender interviews were held is recorded on each inspection
// (when planned, editable until publication, as the reference report says for West Midlands 2004 and 2005), and it
// is what the comparison basis reads; an area's peers are grouped by that basis, as the national picture is.
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/harness.ts';

let api: TestApi;
let inspector: string;
let boardMember: string;

interface Basis {
  frameworkKey: string;
  frameworkVersion: string;
  kind: string;
  questionSetKey: string;
  offenderInterviews: boolean;
  adjustedBaseline: boolean;
}
interface PeerGroup {
  heading: string;
  apartBecause: string[];
  basis: Basis;
  peers: { area: { code: string }; inspection: { year: number; kind: string; offenderInterviews: boolean } }[];
}
interface Peers {
  area: {
    comparisonGroup: { peerComparison: { groups: PeerGroup[]; unpublished: { code: string }[] } };
  };
}

const BASIS = 'basis { frameworkKey frameworkVersion kind questionSetKey offenderInterviews adjustedBaseline }';
const PEERS = `query ($code: String!, $first: String) { area(code: $code) { comparisonGroup { peerComparison(firstArea: $first) {
  groups { heading apartBecause ${BASIS} peers { area { code } inspection { year kind offenderInterviews } } }
  unpublished { code } } } } }`;

async function peers(first: string | null, as: string | null = null) {
  const res = await api.gql<Peers>(PEERS, { code: 'WMPA', first }, as);
  expect(res.errors).toBeUndefined();
  return res.data!.area.comparisonGroup.peerComparison;
}

const codes = (group: PeerGroup) => group.peers.map((peer) => peer.area.code);

const CREATE = `mutation ($input: MutationCreateInspectionInput!) { createInspection(input: $input) {
  __typename ... on MutationCreateInspectionSuccess { data { id offenderInterviews } } ... on Error { code message } } }`;
const SET = `mutation ($input: MutationSetOffenderInterviewsInput!) { setOffenderInterviews(input: $input) {
  __typename ... on MutationSetOffenderInterviewsSuccess { data { id offenderInterviews } } ... on Error { code message } } }`;

interface Outcome {
  __typename: string;
  code?: string;
  message?: string;
  data?: { id: string; offenderInterviews: boolean };
}

beforeAll(async () => {
  api = await startTestApi({ seed: true });
  [inspector, boardMember] = await Promise.all([
    api.signIn(DEMO_EMAILS.inspector),
    api.signIn(DEMO_EMAILS.westMidlandsBoardMember),
  ]);
}, 240_000);
afterAll(() => api?.close());

describe('offender interviews, recorded on the inspection', () => {
  it('are recorded for West Midlands as the report says: held in 2004, none in the 2005 follow-up', async () => {
    const res = await api.gql<{
      area: { inspections: { edges: { node: { year: number; offenderInterviews: boolean } }[] } };
    }>(`{ area(code: "WMPA") { inspections(first: 10) { edges { node { year offenderInterviews } } } } }`);
    expect(res.errors).toBeUndefined();
    const byYear = new Map(res.data!.area.inspections.edges.map((e) => [e.node.year, e.node.offenderInterviews]));
    expect(byYear.get(2004)).toBe(true);
    expect(byYear.get(2005)).toBe(false);
  });

  it('are set when an inspection is planned (held unless said otherwise) and changed by its team until publication', async () => {
    const ids = await api.gql<{ area: { id: string }; frameworks: { id: string }[] }>(
      `{ area(code: "WMPA") { id } frameworks { id } }`,
    );
    const plan = { areaId: ids.data!.area.id, frameworkId: ids.data!.frameworks[0]!.id, kind: 'FULL', year: 2008 };
    const held = await api.gql<{ createInspection: Outcome }>(
      CREATE,
      { input: { ...plan, title: 'Effective Supervision Inspection 2008' } },
      inspector,
    );
    expect(held.data!.createInspection.data).toMatchObject({ offenderInterviews: true });
    const none = await api.gql<{ createInspection: Outcome }>(
      CREATE,
      { input: { ...plan, title: 'A narrower inspection 2008', offenderInterviews: false } },
      inspector,
    );
    const id = none.data!.createInspection.data!.id;
    expect(none.data!.createInspection.data).toMatchObject({ offenderInterviews: false });

    const changed = await api.gql<{ setOffenderInterviews: Outcome }>(
      SET,
      { input: { inspectionId: id, held: true } },
      inspector,
    );
    expect(changed.data!.setOffenderInterviews).toMatchObject({ data: { id, offenderInterviews: true } });
    const audited = await api.app.db.prisma.auditEvent.findFirst({
      where: { action: 'inspection.offenderInterviews' },
    });
    expect(audited).not.toBeNull();

    // Not the board's to change; not once published.
    const byBoard = await api.gql<{ setOffenderInterviews: Outcome }>(
      SET,
      { input: { inspectionId: id, held: false } },
      boardMember,
    );
    expect(byBoard.data!.setOffenderInterviews.__typename).not.toBe('MutationSetOffenderInterviewsSuccess');
    const published = await api.gql<{ area: { inspections: { edges: { node: { id: string; year: number } }[] } } }>(
      `{ area(code: "WMPA") { inspections(first: 10) { edges { node { id year } } } } }`,
    );
    const followUp = published.data!.area.inspections.edges.find((e) => e.node.year === 2005)!.node.id;
    const refused = await api.gql<{ setOffenderInterviews: Outcome }>(
      SET,
      { input: { inspectionId: followUp, held: true } },
      inspector,
    );
    expect(refused.data!.setOffenderInterviews).toMatchObject({ code: 'INVALID_STATE' });
  });
});

describe("an area's peers, like with like", () => {
  it("groups the comparison group's latest published inspections by basis, the area's own first", async () => {
    const comparison = await peers('WMPA');
    expect(comparison.groups.map(codes)).toEqual([['WMPA'], ['GMPA-DEMO', 'MERPA-DEMO', 'WYPA-DEMO']]);
    const [own, others] = comparison.groups as [PeerGroup, PeerGroup];
    expect(own.basis).toMatchObject({ kind: 'FOLLOW_UP', offenderInterviews: false, adjustedBaseline: true });
    expect(own.heading).toMatch(/^Follow-up inspections on the .* no offender interviews$/);
    expect(own.apartBecause).toEqual([]);
    expect(own.peers[0]!.inspection).toMatchObject({ year: 2005, kind: 'FOLLOW_UP', offenderInterviews: false });
    expect(others.basis).toMatchObject({ kind: 'FULL', offenderInterviews: true, adjustedBaseline: false });
    expect(others.heading).toMatch(/^Full inspections on the .* offender interviews held$/);
    expect(others.apartBecause).toEqual([
      'it is a full inspection, wider than a follow-up',
      'offenders were interviewed',
    ]);
    expect(comparison.unpublished).toEqual([]);
  });

  it('carries the same basis as the national picture (one rule, computed in one place)', async () => {
    const national = await api.gql<{ nationalPicture: { areas: { area: { code: string }; basis: Basis | null }[] } }>(
      `{ nationalPicture(frameworkKey: "esi") { areas { area { code } ${BASIS} } } }`,
    );
    const nationalBasis = new Map(national.data!.nationalPicture.areas.map((a) => [a.area.code, a.basis]));
    for (const group of (await peers(null)).groups)
      for (const peer of group.peers) expect(group.basis).toEqual(nationalBasis.get(peer.area.code));
  });

  it('puts the largest group first when no area is named, the follow-up apart with its reasons', async () => {
    const comparison = await peers(null);
    expect(comparison.groups.map(codes)).toEqual([['GMPA-DEMO', 'MERPA-DEMO', 'WYPA-DEMO'], ['WMPA']]);
    expect(comparison.groups[1]!.apartBecause).toEqual([
      'it is a follow-up, narrower than a full inspection',
      'no offenders were interviewed, so its baseline’s scores were adjusted to compare with it',
    ]);
  });

  it('reads interviews from the record: a full inspection recorded without them stands apart', async () => {
    // As if Merseyside's inspection had been planned without interviews: nothing else about it differs.
    const merseyside = await api.app.db.prisma.inspection.findFirstOrThrow({
      where: { area: { code: 'MERPA-DEMO' }, status: 'PUBLISHED' },
    });
    await api.app.db.prisma.inspection.update({ where: { id: merseyside.id }, data: { offenderInterviews: false } });
    // Changed behind the API's back (no mutation changes a published inspection): tell the kept answers, as a
    // mutation would.
    await api.app.services.cacheGeneration.raise();
    const comparison = await peers('GMPA-DEMO');
    expect(comparison.groups.map(codes)).toEqual([['GMPA-DEMO', 'WYPA-DEMO'], ['MERPA-DEMO'], ['WMPA']]);
    expect(comparison.groups[1]!.apartBecause).toEqual(['no offenders were interviewed']);
    const national = await api.gql<{ nationalPicture: { groups: { areas: { area: { code: string } }[] }[] } }>(
      `{ nationalPicture(frameworkKey: "esi") { groups { areas { area { code } } } } }`,
    );
    expect(national.data!.nationalPicture.groups.map((g) => g.areas.map((a) => a.area.code))).toEqual([
      ['GMPA-DEMO', 'WYPA-DEMO'],
      ['MERPA-DEMO'],
      ['WMPA'],
    ]);
  });
});
