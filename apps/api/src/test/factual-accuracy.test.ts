// The board's side of the factual accuracy check, through real HTTP: the draft report (figures and words) is shared
// with the area's board when the team sends it for the check, never before and never with another area's board or
// the public; the board comments on a section or a figure and sees which comments the team resolved.
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/harness.ts';

let api: TestApi;
let inspector: string;
let board: string;
let otherBoard: string;
/** The demo West Midlands 2006 follow-up, in fieldwork at the start; Kate White is on its team. */
let draftId: string;

interface Draft {
  inspection: {
    status: string;
    published: boolean;
    criterionScores: { code: string; applicable: number | null }[];
    measureResults: { key: string }[];
    reportTexts: { section: string; text: string }[];
    factualAccuracyComments: { section: string | null; text: string; resolved: boolean; author: { name: string } }[];
  } | null;
}

const DRAFT = `query ($id: ID!) { inspection(id: $id) { status published criterionScores { code applicable }
  measureResults { key } reportTexts { section text }
  factualAccuracyComments { section text resolved author { name } } } }`;

async function draftAs(who: string | null) {
  const res = await api.gql<Draft>(DRAFT, { id: draftId }, who);
  expect(res.errors).toBeUndefined();
  return res.data!.inspection;
}

async function move(to: string, who: string) {
  const res = await api.gql<{ moveInspection: { __typename: string } }>(
    `mutation ($input: MutationMoveInspectionInput!) { moveInspection(input: $input) { __typename } }`,
    { input: { inspectionId: draftId, to } },
    who,
  );
  expect(res.data?.moveInspection.__typename).toBe('MutationMoveInspectionSuccess');
}

async function comment(section: string | null, text: string, who: string) {
  const res = await api.gql<{
    addFactualAccuracyComment: { __typename: string; data?: { id: string; section: string | null }; code?: string };
  }>(
    `mutation ($input: MutationAddFactualAccuracyCommentInput!) { addFactualAccuracyComment(input: $input) {
       __typename ... on MutationAddFactualAccuracyCommentSuccess { data { id section } } ... on Error { code } } }`,
    { input: { inspectionId: draftId, section, text } },
    who,
  );
  return res.data!.addFactualAccuracyComment;
}

beforeAll(async () => {
  api = await startTestApi({ seed: true });
  inspector = await api.signIn(DEMO_EMAILS.inspector);
  board = await api.signIn(DEMO_EMAILS.westMidlandsBoardMember);
  otherBoard = await api.signIn(DEMO_EMAILS.greaterManchesterBoardMember);
  const res = await api.gql<{ area: { inspections: { edges: { node: { id: string; year: number } }[] } } }>(
    `{ area(code: "WMPA") { inspections(first: 10) { edges { node { id year } } } } }`,
    {},
    inspector,
  );
  draftId = res.data!.area.inspections.edges.find((e) => e.node.year === 2006)!.node.id;
}, 120_000);
afterAll(() => api?.close());

describe("the board's reading of the draft report", () => {
  it('is not shared while the team is still working on it', async () => {
    for (const to of ['VALIDATION', 'DRAFTING']) {
      await move(to, inspector);
      expect(await draftAs(board)).toBeNull();
    }
  });

  it("is shared with the area's board, figures and words, once sent for the factual accuracy check", async () => {
    await move('FACTUAL_ACCURACY_CHECK', inspector);
    const draft = (await draftAs(board))!;
    expect(draft).toMatchObject({ status: 'FACTUAL_ACCURACY_CHECK', published: false });
    expect(draft.criterionScores.map((s) => s.code)).toEqual(expect.arrayContaining(['B1', 'B3', 'C2', 'C5']));
    expect(draft.measureResults.length).toBeGreaterThan(20);
    expect(draft.reportTexts.length).toBeGreaterThan(0);
  });

  it("is never shared with another area's board or the public", async () => {
    expect(await draftAs(otherBoard)).toBeNull();
    expect(await draftAs(null)).toBeNull();
  });
});

describe("the board's comments", () => {
  it('are taken against a section or a figure, and shown with whether the team resolved them', async () => {
    const onSummary = await comment('SUMMARY', 'The area has 21 police OCUs, not 20.', board);
    const onFigure = await comment('B1.review-16-weeks', 'Two reviews were recorded on paper files.', board);
    expect(onSummary.__typename).toBe('MutationAddFactualAccuracyCommentSuccess');
    expect(onFigure.data?.section).toBe('B1.review-16-weeks');

    const resolved = await api.gql<{ resolveFactualAccuracyComment: { __typename: string } }>(
      `mutation ($input: MutationResolveFactualAccuracyCommentInput!) {
         resolveFactualAccuracyComment(input: $input) { __typename } }`,
      { input: { commentId: onSummary.data!.id } },
      inspector,
    );
    expect(resolved.data?.resolveFactualAccuracyComment.__typename).toBe(
      'MutationResolveFactualAccuracyCommentSuccess',
    );

    const comments = (await draftAs(board))!.factualAccuracyComments;
    expect(comments.map(({ section, resolved }) => ({ section, resolved }))).toEqual([
      { section: 'SUMMARY', resolved: true },
      { section: 'B1.review-16-weeks', resolved: false },
    ]);
    expect(comments[0]!.author.name).toMatch(/Alex Morgan/);
  });

  it("are refused from another area's board, which is not told the draft exists", async () => {
    expect((await comment(null, 'Not ours.', otherBoard)).code).toBe('NOT_FOUND');
  });
});
