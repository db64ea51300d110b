// Who may see what (DOMAIN.md § Who uses it): each refusal proved through the API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { startTestApi, type TestApi } from '../testing/harness.ts';

let api: TestApi;
let caseFiles: { id: string; reference: string; assessor: { email: string | null } | null }[];
let inProgressId: string;

beforeAll(async () => {
  api = await startTestApi({ seed: true });
  const chief = await api.signIn(CHIEF);
  const res = await api.gql<{
    inspections: {
      edges: { node: { id: string; status: string; caseFiles: { edges: { node: (typeof caseFiles)[number] }[] } } }[];
    };
  }>(
    `{ inspections(first: 10, areaCode: "WMPA") { edges { node { id status year
        caseFiles(first: 100) { edges { node { id reference assessor { email } } } } } } } }`,
    {},
    chief,
  );
  const nodes = res.data!.inspections.edges.map((e) => e.node);
  const inProgress = nodes.find((n) => n.status !== 'PUBLISHED')!;
  inProgressId = inProgress.id;
  caseFiles = nodes.flatMap((n) => n.caseFiles.edges.map((e) => e.node));
}, 120_000);
afterAll(() => api?.close());

const CHIEF = DEMO_EMAILS.assistantChiefInspector;
const CASE_FILE = `query ($id: ID!) { caseFile(id: $id) { reference answers { value } } }`;

describe('anonymous callers', () => {
  it('cannot read a case file or its answers', async () => {
    const res = await api.gql<{ caseFile: unknown }>(CASE_FILE, { id: caseFiles[0]!.id });
    expect(res.data?.caseFile ?? null).toBeNull();
  });

  it('cannot read a case file through the node interface either', async () => {
    const res = await api.gql<{ node: unknown }>(
      `query ($id: ID!) { node(id: $id) { id ... on CaseFile { reference } } }`,
      { id: caseFiles[0]!.id },
    );
    expect(res.data?.node ?? null).toBeNull();
  });

  it('see published inspections only, and no case files of them', async () => {
    const res = await api.gql<{
      inspections: { edges: { node: { status: string; caseFiles: { edges: unknown[] } } }[] };
    }>(`{ inspections(first: 20) { edges { node { status caseFiles(first: 5) { edges { node { id } } } } } } }`);
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.inspections.edges.map((e) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n) => n.status === 'PUBLISHED')).toBe(true);
    expect(nodes.every((n) => n.caseFiles.edges.length === 0)).toBe(true);
  });

  it('cannot read an unpublished inspection by id', async () => {
    const res = await api.gql<{ inspection: unknown }>(`query ($id: ID!) { inspection(id: $id) { year } }`, {
      id: inProgressId,
    });
    expect(res.data?.inspection ?? null).toBeNull();
  });
});

describe('an area assessor', () => {
  it('reads the files assigned to them and no other', async () => {
    const mine = caseFiles.find((f) => f.assessor?.email)!;
    const assessor = await api.signIn(mine.assessor!.email!);
    const own = await api.gql<{ caseFile: { reference: string } | null }>(CASE_FILE, { id: mine.id }, assessor);
    expect(own.data?.caseFile?.reference).toBe(mine.reference);
    const other = caseFiles.find((f) => f.assessor?.email !== mine.assessor!.email)!;
    const refused = await api.gql<{ caseFile: unknown }>(CASE_FILE, { id: other.id }, assessor);
    expect(refused.data?.caseFile ?? null).toBeNull();
  });
});

describe('a board member', () => {
  it('sees aggregates of their area but never a case file', async () => {
    const board = await api.signIn(DEMO_EMAILS.westMidlandsBoardMember);
    const res = await api.gql<{ caseFile: unknown }>(CASE_FILE, { id: caseFiles[0]!.id }, board);
    expect(res.data?.caseFile ?? null).toBeNull();
    const scores = await api.gql<{ area: { inspections: { edges: { node: { criterionScores: unknown[] } }[] } } }>(
      `{ area(code: "WMPA") { inspections(first: 10) { edges { node { criterionScores { code percentage } } } } } }`,
      {},
      board,
    );
    expect(scores.errors).toBeUndefined();
    expect(scores.data!.area.inspections.edges.length).toBeGreaterThan(1);
  });
});

describe('signing in', () => {
  it('refuses a wrong password with a typed error and no session', async () => {
    const res = await api.gql<{ signIn: { __typename: string } }>(
      `mutation { signIn(input: { email: "${CHIEF}", password: "wrong" }) { __typename ... on Error { code message } } }`,
    );
    expect(res.data!.signIn.__typename).toBe('SignInFailedError');
  });
});
