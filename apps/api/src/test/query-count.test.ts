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

// A page is found by its cursor inside the one statement that reads it (issue 23): a late page costs the same as
// the first, whatever the number of files before it.
const PAGE = `query ($id: ID!, $after: String) { inspection(id: $id) { caseFiles(first: 5, after: $after) {
  pageInfo { endCursor } edges { cursor node { reference riskOfHarm status } } } } }`;
type Page = {
  inspection: {
    caseFiles: { pageInfo: { endCursor: string }; edges: { cursor: string; node: { reference: string } }[] };
  };
};

describe('paging through case files by cursor', () => {
  it('reads a late page in as many statements as the first, and in reference order', async () => {
    const all = await api.gql<{
      inspection: { caseFiles: { edges: { cursor: string; node: { reference: string } }[] } };
    }>(
      `query ($id: ID!) { inspection(id: $id) { caseFiles(first: 100) { edges { cursor node { reference } } } } }`,
      { id: inspectionId },
      inspector,
    );
    const edges = all.data!.inspection.caseFiles.edges;
    expect(edges).toHaveLength(40);
    const first = await api.countQueries(() => api.gql<Page>(PAGE, { id: inspectionId }, inspector));
    const late = await api.countQueries(() =>
      api.gql<Page>(PAGE, { id: inspectionId, after: edges[29]!.cursor }, inspector),
    );
    expect(late.result.errors).toBeUndefined();
    expect(late.result.data!.inspection.caseFiles.edges.map((e) => e.node.reference)).toEqual(
      edges.slice(30, 35).map((e) => e.node.reference),
    );
    expect(first.result.data!.inspection.caseFiles.edges.map((e) => e.node.reference)).toEqual(
      edges.slice(0, 5).map((e) => e.node.reference),
    );
    expect(late.statements).toBe(first.statements);
  });
});

// The floor for these is one statement each (bench/api-speed.ts measures against it): the API adds the audit row
// of the read, and the session lookup on a session's first request (the session cache answers the rest for a few
// seconds). A save is one statement (answer, audit row and receipt together) after one read of the case file; its
// receipt lookup, when it carries a client mutation id, runs alongside that read.
describe('round trips of an assessor reading and saving', () => {
  it('reads a case file in 2 statements and saves an answer in 2, or 3 with a client mutation id', async () => {
    const assessor = await api.signIn(DEMO_EMAILS.westMidlandsAssessorA);
    const mine = await api.gql<{
      myCaseFiles: {
        id: string;
        inspection: { status: string };
        answers: { measureKey: string; value: string; version: number }[];
      }[];
    }>('{ myCaseFiles { id inspection { status } answers { measureKey value version } } }', {}, assessor);
    const file = mine.data!.myCaseFiles.find(
      (f) => f.inspection.status === 'FIELDWORK' && f.answers.some((a) => a.value === 'YES' || a.value === 'NO'),
    )!;
    const answer = file.answers.find((a) => a.value === 'YES' || a.value === 'NO')!;

    const read = await api.countQueries(() =>
      api.gql<{ caseFile: { answers: unknown[] } }>(
        'query ($id: ID!) { caseFile(id: $id) { reference answers { measureKey value version } } }',
        { id: file.id },
        assessor,
      ),
    );
    expect(read.result.data!.caseFile.answers.length).toBe(file.answers.length);
    expect(read.statements).toBeLessThanOrEqual(2);

    // One answer saved, with the statements it took.
    const saveAnswer = (input: Record<string, unknown>) =>
      api.countQueries(() =>
        api.gql<{ saveAnswer: { __typename: string; data?: { version: number } } }>(
          `mutation ($input: MutationSaveAnswerInput!) { saveAnswer(input: $input) { __typename
            ... on MutationSaveAnswerSuccess { data { version } } } }`,
          { input: { caseFileId: file.id, measureKey: answer.measureKey, ...input } },
          assessor,
        ),
      );

    const save = await saveAnswer({ value: answer.value === 'YES' ? 'NO' : 'YES', expectedVersion: answer.version });
    expect(save.result.data!.saveAnswer).toEqual({
      __typename: 'MutationSaveAnswerSuccess',
      data: { version: answer.version + 1 },
    });
    expect(save.statements).toBeLessThanOrEqual(2);

    const retried = await saveAnswer({
      value: answer.value,
      expectedVersion: answer.version + 1,
      clientMutationId: 'query-count-1',
    });
    expect(retried.result.data!.saveAnswer).toEqual({
      __typename: 'MutationSaveAnswerSuccess',
      data: { version: answer.version + 2 },
    });
    expect(retried.statements).toBeLessThanOrEqual(3);
  });
});

describe("every area's latest criterion scores", () => {
  const AREAS = `query ($subsample: String) { areas { code inspections(last: 1) { edges { node { published
    criterionScores(subsample: $subsample) { code subsample percentage met applicable suppressed } } } } } }`;
  const PICTURE = `query ($subsample: String) { nationalPicture(frameworkKey: "esi", subsample: $subsample) {
    areas { area { code } inspection { published } criterionScores { code subsample percentage met applicable suppressed } } } }`;
  interface Score {
    code: string;
    subsample: string;
  }

  it('gives each published inspection the scores the national picture gives it, in one statement for all of them', async () => {
    for (const [who, subsample] of [
      [null, 'ALL'],
      [null, 'HIGH_RISK_OF_HARM'],
      [inspector, 'HIGH_RISK_OF_HARM'],
    ] as const) {
      const statements: string[] = [];
      const stop = api.app.db.onQuery((sql) => statements.push(sql));
      const listed = await api
        .gql<{
          areas: {
            code: string;
            inspections: { edges: { node: { published: boolean; criterionScores: Score[] } }[] };
          }[];
        }>(AREAS, { subsample }, who)
        .finally(stop);
      expect(listed.errors).toBeUndefined();
      const picture = await api.gql<{
        nationalPicture: { areas: { area: { code: string }; inspection: unknown; criterionScores: Score[] }[] };
      }>(PICTURE, { subsample });
      const published = listed.data!.areas.flatMap((area) =>
        area.inspections.edges.filter((e) => e.node.published).map((e) => [area.code, e.node.criterionScores] as const),
      );
      expect(published.length).toBeGreaterThan(1);
      for (const [code, scores] of published) {
        expect(scores.length).toBeGreaterThan(0);
        expect(scores.every((s) => s.subsample === subsample)).toBe(true);
        // An anonymous reader and the national picture see the same disclosure-controlled figures.
        if (who === null)
          expect(scores).toEqual(
            picture.data!.nationalPicture.areas.find((a) => a.area.code === code)!.criterionScores,
          );
      }
      // The frozen scores of every listed inspection, read together: one statement for a reader of published
      // figures; a signed-in inspector also sees inspections not yet published, whose heads are read together once
      // their live figures are asked for, so at most one more. Neither grows with the number of areas.
      const frozenReads = statements.filter((sql) => /"criterionScores"/.test(sql)).length;
      if (who === null) expect(frozenReads).toBe(1);
      else expect(frozenReads).toBeLessThanOrEqual(2);
      expect(frozenReads).toBeLessThan(published.length);
    }
  });
});
