// Planning through the API, as the inspector app's planning screens do: who may plan, the earlier inspections a
// follow-up may take as its baseline with their recommendations, a follow-up created with the recommendations it
// follows up (or refused whole), and the team: who could join, in which places, and who may add them.
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/harness.ts';

let api: TestApi;
let inspector: string;
let adminOfficer: string;
let assessor: string;
let boardMember: string;
let areaId: string;
let otherAreaId: string;
let frameworkId: string;
let followUpId: string;

interface Candidate {
  id: string;
  year: number;
  title: string;
  recommendations: { id: string; number: number; text: string }[];
}

const CANDIDATES = `query ($code: String!, $year: Int!) {
  area(code: $code) { baselineCandidates(year: $year) { id year title recommendations { id number text } } }
}`;

const CREATE = `mutation ($input: MutationCreateInspectionInput!) {
  createInspection(input: $input) {
    __typename
    ... on MutationCreateInspectionSuccess {
      data {
        id kind baseline { id }
        followedUpRecommendations { recommendation { number } }
        team { role user { name } }
      }
    }
    ... on InvalidInputError { problems { path message } }
    ... on Error { code message }
  }
}`;

interface Created {
  __typename: string;
  code?: string;
  message?: string;
  problems?: { path: string }[];
  data?: {
    id: string;
    kind: string;
    baseline: { id: string } | null;
    followedUpRecommendations: { recommendation: { number: number } }[];
    team: { role: string; user: { name: string } }[];
  };
}

async function create(input: Record<string, unknown>, as: string): Promise<Created> {
  const res = await api.gql<{ createInspection: Created }>(
    CREATE,
    { input: { areaId, frameworkId, kind: 'FOLLOW_UP', year: 2007, title: 'Follow-up inspection 2007', ...input } },
    as,
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.createInspection;
}

async function inspectionCount(): Promise<number> {
  return api.app.db.prisma.inspection.count();
}

async function baselineOf(year: number): Promise<Candidate> {
  const res = await api.gql<{ area: { baselineCandidates: Candidate[] } }>(
    CANDIDATES,
    { code: 'WMPA', year: 2007 },
    inspector,
  );
  return res.data!.area.baselineCandidates.find((c) => c.year === year)!;
}

beforeAll(async () => {
  api = await startTestApi({ seed: true });
  [inspector, adminOfficer, assessor, boardMember] = await Promise.all([
    api.signIn(DEMO_EMAILS.inspector),
    api.signIn(DEMO_EMAILS.adminOfficer),
    api.signIn(DEMO_EMAILS.westMidlandsAssessorA),
    api.signIn(DEMO_EMAILS.westMidlandsBoardMember),
  ]);
  const ids = await api.gql<{ area: { id: string }; other: { id: string }; frameworks: { id: string }[] }>(
    `{ area(code: "WMPA") { id } other: area(code: "GMPA-DEMO") { id } frameworks { id } }`,
  );
  areaId = ids.data!.area.id;
  otherAreaId = ids.data!.other.id;
  frameworkId = ids.data!.frameworks[0]!.id;
}, 240_000);
afterAll(() => api?.close());

describe('who may plan an inspection', () => {
  it('is said of the viewer: inspectors and admin officers plan; assessors and boards never', async () => {
    const may = async (as: string) =>
      (await api.gql<{ viewer: { mayPlanInspections: boolean } }>(`{ viewer { mayPlanInspections } }`, {}, as)).data!
        .viewer.mayPlanInspections;
    expect(await may(inspector)).toBe(true);
    expect(await may(adminOfficer)).toBe(true);
    expect(await may(assessor)).toBe(false);
    expect(await may(boardMember)).toBe(false);
  });

  it('refuses an assessor, creating nothing', async () => {
    const before = await inspectionCount();
    const refused = await create({ kind: 'FULL' }, assessor);
    expect(refused).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
    expect(await inspectionCount()).toBe(before);
  });
});

describe('choosing the baseline', () => {
  it("offers the area's inspections of earlier years with their recommendations, newest first", async () => {
    const res = await api.gql<{ area: { baselineCandidates: Candidate[] } }>(
      CANDIDATES,
      { code: 'WMPA', year: 2007 },
      inspector,
    );
    const candidates = res.data!.area.baselineCandidates;
    expect(candidates.map((c) => c.year)).toEqual([2006, 2005, 2004]);
    // The 2004 inspection made seven recommendations, of which the 2005 follow-up followed up five.
    expect(candidates.find((c) => c.year === 2004)!.recommendations.map((r) => r.number)).toEqual([
      1, 2, 3, 4, 5, 6, 7,
    ]);
    const in2005 = await api.gql<{ area: { baselineCandidates: Candidate[] } }>(
      CANDIDATES,
      { code: 'WMPA', year: 2005 },
      inspector,
    );
    expect(in2005.data!.area.baselineCandidates.map((c) => c.year)).toEqual([2004]);
  });

  it('offers anonymous callers published inspections only', async () => {
    const res = await api.gql<{ area: { baselineCandidates: Candidate[] } }>(CANDIDATES, {
      code: 'WMPA',
      year: 2007,
    });
    expect(res.data!.area.baselineCandidates.map((c) => c.year)).toEqual([2005, 2004]);
  });
});

describe('creating a follow-up', () => {
  it('creates it with its baseline and the recommendations it follows up; its planner leads it', async () => {
    const baseline = await baselineOf(2004);
    const chosen = baseline.recommendations.filter((r) => [1, 2, 3, 4, 5].includes(r.number));
    const created = await create(
      {
        baselineId: baseline.id,
        followedUpRecommendationIds: chosen.map((r) => r.id),
        fieldworkStart: '2007-03-05T00:00:00.000Z',
        fieldworkEnd: '2007-03-23T00:00:00.000Z',
      },
      inspector,
    );
    expect(created.__typename).toBe('MutationCreateInspectionSuccess');
    expect(created.data!.baseline?.id).toBe(baseline.id);
    expect(created.data!.followedUpRecommendations.map((f) => f.recommendation.number)).toEqual([1, 2, 3, 4, 5]);
    expect(created.data!.team).toEqual([{ role: 'LEAD_INSPECTOR', user: { name: 'Kate White' } }]);
    followUpId = created.data!.id;
  });

  it('may have its followed-up recommendations changed by the inspector who runs it, not by an admin officer', async () => {
    const may = async (as: string) =>
      (
        await api.gql<{ inspection: { mayChangeFollowedUpRecommendations: boolean } }>(
          `query ($id: ID!) { inspection(id: $id) { mayChangeFollowedUpRecommendations } }`,
          { id: followUpId },
          as,
        )
      ).data!.inspection.mayChangeFollowedUpRecommendations;
    expect(await may(inspector)).toBe(true);
    expect(await may(adminOfficer)).toBe(false);
  });

  it('refuses the whole plan when a recommendation is not the baseline’s, creating nothing', async () => {
    const [baseline, other] = [await baselineOf(2005), await baselineOf(2004)];
    const before = await inspectionCount();
    const refused = await create(
      { baselineId: baseline.id, followedUpRecommendationIds: [other.recommendations[0]!.id] },
      inspector,
    );
    expect(refused.__typename).toBe('InvalidInputError');
    expect(refused.problems?.map((p) => p.path)).toEqual(['followedUpRecommendationIds']);
    expect(await inspectionCount()).toBe(before);
  });

  it('refuses a baseline of another area or of a later year, and a follow-up without one', async () => {
    const baseline = await baselineOf(2004);
    const before = await inspectionCount();
    const otherArea = await create({ areaId: otherAreaId, baselineId: baseline.id }, inspector);
    expect(otherArea.__typename).toBe('InvalidInputError');
    expect(otherArea.problems?.map((p) => p.path)).toEqual(['baselineId']);
    const later = await create({ year: 2003, baselineId: baseline.id }, inspector);
    expect(later.__typename).toBe('InvalidInputError');
    const none = await create({}, inspector);
    expect(none.problems?.map((p) => p.path)).toEqual(['baselineId']);
    const backwards = await create(
      {
        kind: 'FULL',
        fieldworkStart: '2007-03-23T00:00:00.000Z',
        fieldworkEnd: '2007-03-05T00:00:00.000Z',
      },
      inspector,
    );
    expect(backwards.problems?.map((p) => p.path)).toEqual(['fieldworkEnd']);
    expect(await inspectionCount()).toBe(before);
  });
});

describe('the team', () => {
  const TEAM = `query ($id: ID!) {
    inspection(id: $id) { team { role user { name } } teamCandidates { user { id name role } roles } }
  }`;
  interface Team {
    inspection: {
      team: { role: string; user: { name: string } }[];
      teamCandidates: { user: { id: string; name: string; role: string }; roles: string[] }[] | null;
    } | null;
  }
  const ADD = `mutation ($input: MutationAddTeamMemberInput!) {
    addTeamMember(input: $input) { __typename ... on Error { code message } }
  }`;
  const add = async (input: Record<string, unknown>, as: string) =>
    (await api.gql<{ addTeamMember: { __typename: string; message?: string } }>(ADD, { input }, as)).data!
      .addTeamMember;

  it('an admin officer schedules a full inspection, is not its lead, and adds the people the API offers', async () => {
    const created = await create({ kind: 'FULL', title: 'Full inspection 2008', year: 2008 }, adminOfficer);
    expect(created.__typename).toBe('MutationCreateInspectionSuccess');
    expect(created.data!.team).toEqual([]);
    const id = created.data!.id;

    const offered = (await api.gql<Team>(TEAM, { id }, adminOfficer)).data!.inspection!.teamCandidates!;
    const byName = new Map(offered.map((c) => [c.user.name, c]));
    expect(byName.get('Kate White')?.roles).toEqual(['LEAD_INSPECTOR', 'INSPECTOR']);
    expect(byName.get('Neil Appleby')?.roles).toEqual(['AREA_ASSESSOR']);
    expect(byName.get('Kevin Ball')?.roles).toEqual(['INFORMATION_MANAGER']);
    // Board members and administrators never join a team.
    expect(offered.some((c) => c.user.role === 'BOARD_MEMBER' || c.user.role === 'ADMINISTRATOR')).toBe(false);

    expect(
      await add({ inspectionId: id, userId: byName.get('Kate White')!.user.id, role: 'LEAD_INSPECTOR' }, adminOfficer),
    ).toMatchObject({
      __typename: 'MutationAddTeamMemberSuccess',
    });
    // An information manager is not an inspector, and an assessor assesses: each refused, nothing changed.
    expect(
      (await add({ inspectionId: id, userId: byName.get('Kevin Ball')!.user.id, role: 'INSPECTOR' }, adminOfficer))
        .__typename,
    ).toBe('InvalidInputError');
    expect(
      (await add({ inspectionId: id, userId: byName.get('Neil Appleby')!.user.id, role: 'LEAD_INSPECTOR' }, inspector))
        .__typename,
    ).toBe('InvalidInputError');
    // Kate, now leading it, adds an assessor of the area herself.
    expect(
      (await add({ inspectionId: id, userId: byName.get('Neil Appleby')!.user.id, role: 'AREA_ASSESSOR' }, inspector))
        .__typename,
    ).toBe('MutationAddTeamMemberSuccess');

    const after = (await api.gql<Team>(TEAM, { id }, inspector)).data!.inspection!;
    expect(after.team.map((m) => `${m.user.name} ${m.role}`).sort()).toEqual([
      'Kate White LEAD_INSPECTOR',
      'Neil Appleby AREA_ASSESSOR',
    ]);
    expect(after.teamCandidates!.map((c) => c.user.name)).not.toContain('Neil Appleby');
    expect(after.teamCandidates!.map((c) => c.user.name)).not.toContain('Kate White');

    // The assessor on the team sees the team but is offered no one to add, and may not add anyone.
    const asAssessor = (await api.gql<Team>(TEAM, { id }, assessor)).data!.inspection!;
    expect(asAssessor.teamCandidates).toBeNull();
    const lalita = offered.find((c) => c.user.name === 'Lalita Patel')!;
    expect((await add({ inspectionId: id, userId: lalita.user.id, role: 'AREA_ASSESSOR' }, assessor)).__typename).toBe(
      'ForbiddenError',
    );
  });
});
