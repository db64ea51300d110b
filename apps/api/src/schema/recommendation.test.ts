// Recommendations and their follow-through: made by an inspection's team, followed up and judged by the next
// inspection, carried out by the area's board through an action plan; and the factual accuracy check of a draft.
// Each family: a refusal, a success, and bad input that changes nothing. All through real HTTP requests.
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/harness.ts';

let api: TestApi;
const as: Record<'inspector' | 'chief' | 'informationManager' | 'adminOfficer' | 'board' | 'otherBoard', string> = {
  inspector: '',
  chief: '',
  informationManager: '',
  adminOfficer: '',
  board: '',
  otherBoard: '',
};
/** West Midlands' 2004 inspection: it made the recommendations the 2005 follow-up followed up. */
let baselineId: string;
let baselineRecommendations: { id: string; number: number }[];
/** The published 2005 follow-up. */
let publishedFollowUpId: string;
/** A follow-up of the 2004 inspection that Kate White (inspector) plans for this test. */
let followUpId: string;

interface Outcome<T> {
  typename: string;
  data?: T;
  code?: string;
  message?: string;
}

/** Runs one `fieldWithInput` mutation and returns its payload: the success's data, or the typed error. */
async function mutate<T = { id: string }>(
  name: string,
  input: Record<string, unknown>,
  who: string | null,
  selection = 'id',
): Promise<Outcome<T>> {
  const type = name[0]!.toUpperCase() + name.slice(1);
  const res = await api.gql<Record<string, { __typename: string; data?: T; code?: string; message?: string }>>(
    `mutation ($input: Mutation${type}Input!) { ${name}(input: $input) { __typename
       ... on Mutation${type}Success { data { ${selection} } }
       ... on Error { code message } } }`,
    { input },
    who,
  );
  // Input that fails validation is refused before the resolver runs; its typed error may reach the caller as a
  // top-level error with the same code rather than in the payload.
  const refusal = res.errors?.length === 1 ? res.errors[0] : undefined;
  if (refusal?.extensions?.code)
    return { typename: 'GraphQLError', code: refusal.extensions.code, message: refusal.message };
  if (res.errors) throw new Error(`${name}: ${JSON.stringify(res.errors)}`);
  const payload = res.data![name]!;
  return { typename: payload.__typename, data: payload.data, code: payload.code, message: payload.message };
}

async function query<T>(source: string, variables: Record<string, unknown>, who: string | null): Promise<T> {
  const res = await api.gql<T>(source, variables, who);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

interface FollowedUp {
  id: string;
  judgement: string | null;
  comment: string | null;
  recommendation: { number: number };
}

async function followedUp(inspectionId: string, who: string | null): Promise<FollowedUp[]> {
  const data = await query<{ inspection: { followedUpRecommendations: FollowedUp[] } }>(
    `query ($id: ID!) { inspection(id: $id) { followedUpRecommendations { id judgement comment recommendation { number } } } }`,
    { id: inspectionId },
    who,
  );
  return data.inspection.followedUpRecommendations;
}

async function recommendationsOf(inspectionId: string, who: string | null) {
  const data = await query<{
    inspection: {
      recommendations: {
        id: string;
        number: number;
        text: string;
        status: string;
        actionPlanItems: { id: string; action: string; owner: string; status: string; dueOn: string | null }[];
      }[];
    };
  }>(
    `query ($id: ID!) { inspection(id: $id) { recommendations { id number text status actionPlanItems { id action owner status dueOn } } } }`,
    { id: inspectionId },
    who,
  );
  return data.inspection.recommendations;
}

function decodeId(globalId: string): string {
  return Buffer.from(globalId, 'base64').toString('utf8').split(':').slice(1).join(':');
}

beforeAll(async () => {
  api = await startTestApi({ seed: true });
  as.inspector = await api.signIn(DEMO_EMAILS.inspector);
  as.chief = await api.signIn(DEMO_EMAILS.assistantChiefInspector);
  as.informationManager = await api.signIn(DEMO_EMAILS.informationManager);
  as.adminOfficer = await api.signIn(DEMO_EMAILS.adminOfficer);
  as.board = await api.signIn(DEMO_EMAILS.westMidlandsBoardMember);
  as.otherBoard = await api.signIn(DEMO_EMAILS.greaterManchesterBoardMember);

  const found = await query<{
    area: {
      id: string;
      inspections: {
        edges: {
          node: {
            id: string;
            kind: string;
            status: string;
            framework: { id: string };
            baseline: { id: string; recommendations: { id: string; number: number }[] } | null;
          };
        }[];
      };
    };
  }>(
    `{ area(code: "WMPA") { id inspections(first: 20) { edges { node { id kind status framework { id }
         baseline { id recommendations { id number } } } } } } }`,
    {},
    as.chief,
  );
  const published = found.area.inspections.edges
    .map((e) => e.node)
    .find((i) => i.kind === 'FOLLOW_UP' && i.status === 'PUBLISHED')!;
  publishedFollowUpId = published.id;
  baselineId = published.baseline!.id;
  baselineRecommendations = published.baseline!.recommendations;

  const created = await mutate(
    'createInspection',
    {
      areaId: found.area.id,
      frameworkId: published.framework.id,
      kind: 'FOLLOW_UP',
      year: 2007,
      title: 'Second follow-up (test)',
      baselineId,
    },
    as.inspector,
  );
  expect(created.typename).toBe('MutationCreateInspectionSuccess');
  followUpId = created.data!.id;
}, 240_000);
afterAll(() => api?.close());

describe('the reference follow-up', () => {
  it("followed up five of the 2004 report's seven recommendations", async () => {
    expect(baselineRecommendations.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const followed = await followedUp(publishedFollowUpId, null);
    expect(followed).toHaveLength(5);
    const numbers = followed.map((f) => f.recommendation.number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });
});

describe('making recommendations', () => {
  it('is for the team: others are refused and blank text changes nothing', async () => {
    expect((await mutate('addRecommendation', { inspectionId: followUpId, text: 'Improve plans.' }, null)).code).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      (await mutate('addRecommendation', { inspectionId: followUpId, text: 'Improve plans.' }, as.informationManager))
        .code,
    ).toBe('FORBIDDEN');
    expect((await mutate('addRecommendation', { inspectionId: followUpId, text: '  ' }, as.inspector)).code).toBe(
      'INVALID_INPUT',
    );
    expect(await recommendationsOf(followUpId, as.inspector)).toEqual([]);
  });

  it('numbers each after the last, and audits it', async () => {
    const first = await mutate<{ id: string; number: number }>(
      'addRecommendation',
      { inspectionId: followUpId, text: 'Risk management plans should be written to the required standard.' },
      as.inspector,
      'id number',
    );
    const second = await mutate<{ id: string; number: number }>(
      'addRecommendation',
      { inspectionId: followUpId, text: 'Supervision plan objectives should be SMART.' },
      as.chief,
      'id number',
    );
    expect([first.data?.number, second.data?.number]).toEqual([1, 2]);
    const audited = await api.app.services.prisma.auditEvent.findMany({
      where: { entity: 'Recommendation', entityId: decodeId(first.data!.id) },
    });
    expect(audited.map((a) => a.action)).toEqual(['recommendation.create']);
  });

  it('is refused once the inspection is published', async () => {
    expect((await mutate('addRecommendation', { inspectionId: baselineId, text: 'Too late.' }, as.chief)).code).toBe(
      'INVALID_STATE',
    );
    expect(await recommendationsOf(baselineId, as.chief)).toHaveLength(7);
  });
});

describe('following up and judging', () => {
  it("follows up only the baseline's recommendations; anything else changes nothing", async () => {
    const own = (await recommendationsOf(followUpId, as.inspector))[0]!;
    const byNumber = (n: number) => baselineRecommendations.find((r) => r.number === n)!.id;
    const stranger = await mutate(
      'followUpRecommendation',
      { inspectionId: followUpId, recommendationIds: [byNumber(1), own.id] },
      as.inspector,
    );
    expect(stranger.code).toBe('INVALID_INPUT');
    expect(stranger.message).toContain('baseline');
    expect(await followedUp(followUpId, as.inspector)).toEqual([]);
    const refused = await mutate(
      'followUpRecommendation',
      { inspectionId: followUpId, recommendationIds: [byNumber(1)] },
      as.adminOfficer,
    );
    expect(refused.code).toBe('FORBIDDEN');

    const chosen = await mutate<{ followedUpRecommendations: FollowedUp[] }>(
      'followUpRecommendation',
      { inspectionId: followUpId, recommendationIds: [byNumber(4), byNumber(1), byNumber(2)] },
      as.inspector,
      'followedUpRecommendations { recommendation { number } }',
    );
    expect(chosen.data!.followedUpRecommendations.map((f) => f.recommendation.number)).toEqual([1, 2, 4]);

    // Choosing again sets the list: recommendation 4 is no longer followed up.
    await mutate(
      'followUpRecommendation',
      { inspectionId: followUpId, recommendationIds: [byNumber(1), byNumber(2)] },
      as.inspector,
    );
    expect((await followedUp(followUpId, as.inspector)).map((f) => f.recommendation.number)).toEqual([1, 2]);
  });

  it('is refused for an inspection without a baseline', async () => {
    const area = await query<{ area: { id: string } }>(`{ area(code: "WMPA") { id } }`, {}, as.inspector);
    const framework = await query<{ inspection: { framework: { id: string } } }>(
      `query ($id: ID!) { inspection(id: $id) { framework { id } } }`,
      { id: followUpId },
      as.inspector,
    );
    const full = await mutate(
      'createInspection',
      {
        areaId: area.area.id,
        frameworkId: framework.inspection.framework.id,
        kind: 'FULL',
        year: 2007,
        title: 'A full inspection (test)',
      },
      as.inspector,
    );
    const res = await mutate(
      'followUpRecommendation',
      { inspectionId: full.data!.id, recommendationIds: [baselineRecommendations[0]!.id] },
      as.inspector,
    );
    expect(res.code).toBe('INVALID_STATE');
    expect(await followedUp(full.data!.id, as.inspector)).toEqual([]);
  });

  it('records a judgement of progress, by the follow-up team only', async () => {
    const [first] = await followedUp(followUpId, as.inspector);
    const input = {
      followUpId: first!.id,
      judgement: 'REASONABLE_PROGRESS',
      comment: 'Strategic involvement in MAPPA had increased decisively.',
    };
    expect((await mutate('judgeRecommendation', input, as.board)).code).toBe('NOT_FOUND');
    expect((await mutate('judgeRecommendation', input, as.informationManager)).code).toBe('FORBIDDEN');
    expect((await mutate('judgeRecommendation', { ...input, comment: 'x'.repeat(10_001) }, as.inspector)).code).toBe(
      'INVALID_INPUT',
    );
    expect((await followedUp(followUpId, as.inspector))[0]!.judgement).toBeNull();

    const judged = await mutate<{ judgement: string; comment: string }>(
      'judgeRecommendation',
      input,
      as.inspector,
      'judgement comment',
    );
    expect(judged.data).toEqual({ judgement: 'REASONABLE_PROGRESS', comment: input.comment });
  });
});

describe('action plans', () => {
  it("are kept by the area's board; another area's board and other staff are refused; bad input changes nothing", async () => {
    const [rec] = baselineRecommendations;
    const input = {
      recommendationId: rec!.id,
      action: 'Compile the register of the critical few',
      owner: 'ACO Public Protection',
      dueOn: '2005-03-31T00:00:00Z',
    };
    expect((await mutate('addActionPlanItem', input, null)).code).toBe('UNAUTHENTICATED');
    expect((await mutate('addActionPlanItem', input, as.otherBoard)).code).toBe('FORBIDDEN');
    expect((await mutate('addActionPlanItem', input, as.informationManager)).code).toBe('FORBIDDEN');
    expect((await mutate('addActionPlanItem', { ...input, owner: '' }, as.board)).code).toBe('INVALID_INPUT');
    expect((await recommendationsOf(baselineId, null))[0]!.actionPlanItems).toEqual([]);

    const added = await mutate<{ id: string; status: string; dueOn: string }>(
      'addActionPlanItem',
      input,
      as.board,
      'id status dueOn',
    );
    expect(added.data).toMatchObject({ status: 'NOT_STARTED', dueOn: '2005-03-31T00:00:00.000Z' });

    // Anyone who can see the published inspection reads its action plan.
    const anonymous = await recommendationsOf(baselineId, null);
    expect(anonymous[0]!.actionPlanItems.map((i) => [i.action, i.owner])).toEqual([[input.action, input.owner]]);
  });

  it('record who changed an action and when its status changed', async () => {
    const [item] = (await recommendationsOf(baselineId, null))[0]!.actionPlanItems;
    expect((await mutate('updateActionPlanItem', { itemId: item!.id, status: 'DONE' }, as.otherBoard)).code).toBe(
      'FORBIDDEN',
    );

    const done = await mutate<{ status: string; action: string; dueOn: string | null }>(
      'updateActionPlanItem',
      { itemId: item!.id, status: 'DONE', dueOn: null },
      as.board,
      'status action dueOn',
    );
    expect(done.data).toEqual({ status: 'DONE', action: item!.action, dueOn: null });
    const row = await api.app.services.prisma.actionPlanItem.findUniqueOrThrow({
      where: { id: decodeId(item!.id) },
      include: { updatedBy: true },
    });
    expect(row.updatedBy?.email).toBe(DEMO_EMAILS.westMidlandsBoardMember);
    const audited = await api.app.services.prisma.auditEvent.findMany({
      where: { entity: 'ActionPlanItem', entityId: row.id },
      orderBy: { at: 'asc' },
    });
    expect(audited.map((a) => a.action)).toEqual(['actionPlanItem.create', 'actionPlanItem.status']);

    // An inspector of the team that made the recommendation may update it too.
    const byChief = await mutate<{ owner: string }>(
      'updateActionPlanItem',
      { itemId: item!.id, owner: 'Chief Officer' },
      as.chief,
      'owner',
    );
    expect(byChief.data?.owner).toBe('Chief Officer');
  });

  it("a recommendation's status is set by the area's board", async () => {
    const rec = baselineRecommendations.find((r) => r.number === 2)!;
    expect(
      (await mutate('setRecommendationStatus', { recommendationId: rec.id, status: 'COMPLETED' }, as.inspector)).code,
    ).toBe('FORBIDDEN');
    expect(
      (await mutate('setRecommendationStatus', { recommendationId: rec.id, status: 'COMPLETED' }, as.otherBoard)).code,
    ).toBe('FORBIDDEN');
    expect((await recommendationsOf(baselineId, null)).find((r) => r.number === 2)!.status).toBe('OPEN');
    const set = await mutate<{ status: string }>(
      'setRecommendationStatus',
      { recommendationId: rec.id, status: 'COMPLETED' },
      as.board,
      'status',
    );
    expect(set.data?.status).toBe('COMPLETED');
  });
});

describe('the factual accuracy check', () => {
  const comments = async (who: string | null) =>
    (
      await query<{
        inspection: {
          factualAccuracyComments: { id: string; text: string; section: string | null; resolved: boolean }[];
        } | null;
      }>(
        `query ($id: ID!) { inspection(id: $id) { factualAccuracyComments { id text section resolved } } }`,
        { id: followUpId },
        who,
      )
    ).inspection?.factualAccuracyComments;

  it("takes the board's comments during the check only; the team's at any time before publication", async () => {
    const input = { inspectionId: followUpId, section: 'SUMMARY', text: 'The area had 21 police OCUs, not 20.' };
    // Before the check the draft is not the board's to see.
    expect((await mutate('addFactualAccuracyComment', input, as.board)).code).toBe('NOT_FOUND');
    const team = await mutate(
      'addFactualAccuracyComment',
      { ...input, text: 'Check the OCU count with the area.' },
      as.inspector,
    );
    expect(team.typename).toBe('MutationAddFactualAccuracyCommentSuccess');

    for (const to of ['FIELDWORK', 'VALIDATION', 'DRAFTING', 'FACTUAL_ACCURACY_CHECK'])
      expect((await mutate('moveInspection', { inspectionId: followUpId, to }, as.inspector)).typename).toBe(
        'MutationMoveInspectionSuccess',
      );

    expect((await mutate('addFactualAccuracyComment', input, as.otherBoard)).code).toBe('NOT_FOUND');
    expect((await mutate('addFactualAccuracyComment', { ...input, text: '' }, as.board)).code).toBe('INVALID_INPUT');
    const fromBoard = await mutate<{ text: string; resolved: boolean }>(
      'addFactualAccuracyComment',
      input,
      as.board,
      'text resolved',
    );
    expect(fromBoard.data).toEqual({ text: input.text, resolved: false });
  });

  it("are read by the team and the area's board only", async () => {
    expect((await comments(as.inspector))!.map((c) => c.text)).toEqual([
      'Check the OCU count with the area.',
      'The area had 21 police OCUs, not 20.',
    ]);
    expect((await comments(as.board))!).toHaveLength(2);
    // The information manager sees the inspection, not the comments.
    expect(await comments(as.informationManager)).toEqual([]);
  });

  it('are resolved by the team, and no longer taken from the board after sign-off', async () => {
    const [, fromBoard] = (await comments(as.inspector))!;
    expect((await mutate('resolveFactualAccuracyComment', { commentId: fromBoard!.id }, as.board)).code).toBe(
      'FORBIDDEN',
    );
    const resolved = await mutate<{ resolved: boolean }>(
      'resolveFactualAccuracyComment',
      { commentId: fromBoard!.id },
      as.inspector,
      'resolved',
    );
    expect(resolved.data?.resolved).toBe(true);

    expect((await mutate('moveInspection', { inspectionId: followUpId, to: 'SIGNED_OFF' }, as.chief)).typename).toBe(
      'MutationMoveInspectionSuccess',
    );
    const late = await mutate(
      'addFactualAccuracyComment',
      { inspectionId: followUpId, text: 'One more thing.' },
      as.board,
    );
    expect(late.code).toBe('INVALID_STATE');
    expect(await comments(as.board)).toHaveLength(2);
  });
});
