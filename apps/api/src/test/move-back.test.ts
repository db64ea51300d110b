// Issue 15, item 5: a stage ended too soon can be undone. "End fieldwork" moved an inspection on with 2 of 12 files
// submitted and no screen moved it back; now its lead inspector (or a chief inspector) moves it back one stage, with
// a reason that the audit log keeps, and the files can be submitted again. Through real HTTP against a real database.
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../auth/passwords.ts';
import { readConfig } from '../env.ts';
import { listen } from '../server.ts';
import { startTestApi, type GraphQLResponse, type TestApi } from '../testing/harness.ts';

let api: TestApi;
let running: { url: string; close(): Promise<void> };
let lead: string;
let teamInspector: string;
let chief: string;
let assessor: string;
let inspectionId: string;

async function gql<T>(query: string, variables: Record<string, unknown>, cookie: string): Promise<GraphQLResponse<T>> {
  const response = await fetch(new URL('/graphql', running.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

interface Outcome {
  __typename: string;
  code?: string;
  message?: string;
  data?: { status: string; previousStage: string | null };
}

async function moveBack(reason: string, as: string, id = inspectionId): Promise<Outcome> {
  const res = await gql<{ moveInspectionBack: Outcome }>(
    `mutation ($input: MutationMoveInspectionBackInput!) { moveInspectionBack(input: $input) {
       __typename ... on Error { code message } ... on MutationMoveInspectionBackSuccess { data { status previousStage } } } }`,
    { input: { inspectionId: id, reason } },
    as,
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.moveInspectionBack;
}

async function moveOn(to: string, as: string) {
  const res = await gql<{ moveInspection: { __typename: string } }>(
    'mutation ($input: MutationMoveInspectionInput!) { moveInspection(input: $input) { __typename } }',
    { input: { inspectionId, to } },
    as,
  );
  expect(res.data?.moveInspection.__typename, JSON.stringify(res)).toBe('MutationMoveInspectionSuccess');
}

beforeAll(async () => {
  api = await startTestApi({ seed: true });
  running = await listen(api.app, { ...readConfig({ PORT: '0' }), secureCookies: false, apps: [] });
  const prisma = api.app.db.prisma;
  const other = await prisma.user.create({
    data: {
      email: 'ruth.other@hmiprobation.example',
      name: 'Ruth Other',
      role: 'INSPECTOR',
      passwordHash: await hashPassword('scrutiny-demo'),
    },
  });
  lead = await api.signIn(DEMO_EMAILS.inspector);
  teamInspector = await api.signIn('ruth.other@hmiprobation.example');
  chief = await api.signIn(DEMO_EMAILS.assistantChiefInspector);
  assessor = await api.signIn(DEMO_EMAILS.westMidlandsAssessorA);
  const ids = await gql<{ area: { id: string }; frameworks: { id: string; key: string }[] }>(
    '{ area(code: "WMPA") { id } frameworks { id key } }',
    {},
    lead,
  );
  const created = await gql<{ createInspection: { data: { id: string } } }>(
    `mutation ($input: MutationCreateInspectionInput!) { createInspection(input: $input) {
       ... on MutationCreateInspectionSuccess { data { id } } } }`,
    {
      input: {
        areaId: ids.data!.area.id,
        frameworkId: ids.data!.frameworks.find((f) => f.key === 'esi')!.id,
        kind: 'FULL',
        year: 2008,
        title: 'Moving back 2008',
      },
    },
    lead,
  );
  inspectionId = created.data!.createInspection.data.id;
  const added = await gql<{ addTeamMember: { __typename: string } }>(
    'mutation ($input: MutationAddTeamMemberInput!) { addTeamMember(input: $input) { __typename } }',
    { input: { inspectionId, userId: encodeGlobalID('User', other.id), role: 'INSPECTOR' } },
    lead,
  );
  expect(added.data?.addTeamMember.__typename).toBe('MutationAddTeamMemberSuccess');
  await moveOn('FIELDWORK', lead);
  await moveOn('VALIDATION', lead);
}, 240_000);

afterAll(async () => {
  await running?.close();
  await api?.close();
});

describe('issue 15 item 5: moving an inspection back one stage', () => {
  it('offers the lead inspector the stage before, and no one else', async () => {
    const query = 'query ($id: ID!) { node(id: $id) { ... on Inspection { status previousStage } } }';
    const asLead = await gql<{ node: { status: string; previousStage: string | null } }>(
      query,
      { id: inspectionId },
      lead,
    );
    expect(asLead.data?.node).toEqual({ status: 'VALIDATION', previousStage: 'FIELDWORK' });
    const asTeam = await gql<{ node: { previousStage: string | null } }>(query, { id: inspectionId }, teamInspector);
    expect(asTeam.data?.node.previousStage).toBeNull();
  });

  it('refuses an inspector who is not the lead, and anyone off the team, with typed errors', async () => {
    expect(await moveBack('Files are not all submitted.', teamInspector)).toMatchObject({
      __typename: 'ForbiddenError',
      code: 'FORBIDDEN',
    });
    expect(await moveBack('Files are not all submitted.', assessor)).toMatchObject({
      __typename: 'NotFoundError',
      code: 'NOT_FOUND',
    });
  });

  it('needs a reason', async () => {
    const outcome = await moveBack('  ', lead);
    expect(outcome.code).toBe('INVALID_INPUT');
    expect(outcome.message).toMatch(/say why/i);
  });

  it('is never the one-click moveInspection: moving back without a reason is a typed error, and nothing moves', async () => {
    const prisma = api.app.db.prisma;
    const id = decodeGlobalID(inspectionId).id;
    const logged = () => prisma.auditEvent.count({ where: { inspectionId: id } });
    const before = await logged();
    for (const as of [lead, chief]) {
      const res = await gql<{ moveInspection: Outcome & { problems?: { path: string; message: string }[] } }>(
        `mutation ($input: MutationMoveInspectionInput!) { moveInspection(input: $input) {
           __typename ... on Error { code message } ... on InvalidInputError { problems { path message } } } }`,
        { input: { inspectionId, to: 'FIELDWORK' } },
        as,
      );
      expect(res.data?.moveInspection, JSON.stringify(res)).toMatchObject({
        __typename: 'InvalidInputError',
        code: 'INVALID_INPUT',
        problems: [{ path: 'to', message: expect.stringMatching(/moveInspectionBack/) as unknown as string }],
      });
    }
    expect((await prisma.inspection.findUniqueOrThrow({ where: { id } })).status).toBe('VALIDATION');
    expect(await logged()).toBe(before);
  });

  it('moves validation back to fieldwork, and keeps the reason in the audit log', async () => {
    const moved = await moveBack('Ten of twelve files were not submitted when fieldwork ended.', lead);
    expect(moved).toMatchObject({ __typename: 'MutationMoveInspectionBackSuccess' });
    expect(moved.data).toEqual({ status: 'FIELDWORK', previousStage: 'PLANNED' });

    const log = await gql<{
      node: {
        auditLog: { edges: { node: { action: string; before: unknown; after: unknown; actor: { name: string } } }[] };
      };
    }>(
      `query ($id: ID!) { node(id: $id) { ... on Inspection { auditLog(first: 5) {
         edges { node { action before after actor { name } } } } } } }`,
      { id: inspectionId },
      lead,
    );
    const event = log.data!.node.auditLog.edges.map((e) => e.node).find((e) => e.action === 'inspection.moveBack');
    expect(event).toEqual({
      action: 'inspection.moveBack',
      before: { status: 'VALIDATION' },
      after: { status: 'FIELDWORK', reason: 'Ten of twelve files were not submitted when fieldwork ended.' },
      actor: { name: 'Kate White' },
    });

    const status = await api.app.db.prisma.inspection.findUniqueOrThrow({
      where: { id: decodeGlobalID(inspectionId).id },
    });
    expect(status.status).toBe('FIELDWORK');
  });

  it('lets a chief inspector move it back too, and undoes a sign-off when leaving it', async () => {
    await moveOn('VALIDATION', lead);
    await moveOn('DRAFTING', lead);
    await moveOn('FACTUAL_ACCURACY_CHECK', lead);
    await moveOn('SIGNED_OFF', chief);
    const moved = await moveBack('A figure in part 2 is wrong.', chief);
    expect(moved.data?.status).toBe('FACTUAL_ACCURACY_CHECK');
    const row = await api.app.db.prisma.inspection.findUniqueOrThrow({
      where: { id: decodeGlobalID(inspectionId).id },
    });
    expect(row.signedOffAt).toBeNull();
    expect(row.signedOffById).toBeNull();
  });

  it('never moves a published inspection, nor a planned one', async () => {
    const prisma = api.app.db.prisma;
    const published = await prisma.inspection.findFirstOrThrow({ where: { status: 'PUBLISHED' } });
    expect(await moveBack('Try to reopen it.', chief, encodeGlobalID('Inspection', published.id))).toMatchObject({
      __typename: 'InvalidStateError',
      code: 'INVALID_STATE',
    });
    for (const stage of ['DRAFTING', 'VALIDATION', 'FIELDWORK', 'PLANNED'])
      expect((await moveBack('Back to the start.', lead)).data?.status).toBe(stage);
    expect(await moveBack('Before the start.', lead)).toMatchObject({ code: 'INVALID_STATE' });
  });
});
