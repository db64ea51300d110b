// Subscriptions over server-sent events, through a real listener: the team hears each change to its inspection
// as it is committed, nobody else hears unpublished work, and anyone hears a publication.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { listen } from '../server.ts';
import { startTestApi, type TestApi } from '../testing/harness.ts';
import { openEventStream, type EventStream } from '../testing/event-stream.ts';
import {
  answeredCount,
  openInspectionWithAssignedFile,
  PROGRESS,
  saveOverCurrent,
  type ProgressEvent,
} from '../testing/live-fixture.ts';

let api: TestApi;
let server: { url: string; close(): Promise<void> };
let graphqlUrl: string;
let chief: string;
let assessor: string;
let inspectionId: string;
let caseFileId: string;
const streams: EventStream<unknown>[] = [];

const SAVE = /* GraphQL */ `
  mutation ($input: MutationSaveAnswerInput!) {
    saveAnswer(input: $input) {
      __typename
    }
  }
`;
const MOVE = /* GraphQL */ `
  mutation ($input: MutationMoveInspectionInput!) {
    moveInspection(input: $input) {
      __typename
    }
  }
`;

async function watch<T>(query: string, variables: Record<string, unknown>, cookie?: string | null) {
  const stream = await openEventStream<T>(graphqlUrl, query, variables, cookie);
  streams.push(stream as EventStream<unknown>);
  await stream.opened;
  return stream;
}

async function saveAnswer(measureKey: string, value: string): Promise<void> {
  expect(await saveOverCurrent(api, { caseFileId, assessor }, measureKey, value)).toBe('MutationSaveAnswerSuccess');
}

const answeredNow = () => answeredCount(api, { inspectionId, chief });

beforeAll(async () => {
  api = await startTestApi({ seed: true });
  server = await listen(api.app, { ...api.app.services.config, port: 0, apps: [] });
  graphqlUrl = `${server.url}/graphql`;
  ({ inspectionId, caseFileId, chief, assessor } = await openInspectionWithAssignedFile(api));
}, 120_000);

afterAll(async () => {
  for (const stream of streams) stream.close();
  await server?.close();
});

describe('inspectionProgress', () => {
  it('answers as a server-sent event stream', async () => {
    const stream = await watch<ProgressEvent>(PROGRESS, { id: inspectionId }, chief);
    expect(stream.status).toBe(200);
    expect(stream.contentType).toMatch(/^text\/event-stream/);
    stream.close();
  });

  it("sends the inspection with its new progress and scores after another client's saveAnswer commits", async () => {
    const before = await answeredNow();
    const stream = await watch<ProgressEvent>(PROGRESS, { id: inspectionId }, chief);
    const saved = await api.gql<{ saveAnswer: { __typename: string } }>(
      SAVE,
      { input: { caseFileId, measureKey: 'B1.initial-assessment-done', value: 'YES' } },
      assessor,
    );
    expect(saved.data!.saveAnswer.__typename).toBe('MutationSaveAnswerSuccess');
    const event = await stream.next();
    expect(event.errors).toBeUndefined();
    expect(event.data!.inspectionProgress).toMatchObject({ id: inspectionId, progress: { answered: before + 1 } });
    expect(event.data!.inspectionProgress.criterionScores.length).toBeGreaterThan(0);
  });

  it('sends nothing for a save that is refused (nothing committed)', async () => {
    const stream = await watch<ProgressEvent>(PROGRESS, { id: inspectionId }, chief);
    const refused = await api.gql<{ saveAnswer: { __typename: string } }>(
      SAVE,
      { input: { caseFileId, measureKey: 'B1.initial-assessment-done', value: 'NO', expectedVersion: 99 } },
      assessor,
    );
    expect(refused.data!.saveAnswer.__typename).toBe('AnswerConflictError');
    await expect(stream.next(800)).rejects.toThrow(/No event/);
  });

  it('lets an assessor on the team follow the inspection too', async () => {
    const stream = await watch<ProgressEvent>(PROGRESS, { id: inspectionId }, assessor);
    await saveAnswer('B1.review-16-weeks', 'YES');
    const event = await stream.next();
    expect(event.data?.inspectionProgress.id).toBe(inspectionId);
  });

  it("ends a member's stream once they have signed out", async () => {
    const other = await api.signIn(DEMO_EMAILS.assistantChiefInspector);
    const stream = await watch<ProgressEvent>(PROGRESS, { id: inspectionId }, other);
    await api.gql('mutation { signOut }', {}, other);
    await saveAnswer('B1.review-16-weeks', 'YES');
    await expect(stream.next()).rejects.toThrow(/completed/);
    expect(stream.completed()).toBe(true);
  });

  it.each([
    // The board does not see the inspection before its factual accuracy check: to it, it does not exist.
    ['a board member of the area', DEMO_EMAILS.westMidlandsBoardMember, 'NOT_FOUND'],
    ['an anonymous caller', null, 'UNAUTHENTICATED'],
  ])('refuses %s for an unpublished inspection, and ends the stream', async (_who, email, code) => {
    const cookie = email ? await api.signIn(email) : null;
    const stream = await watch<ProgressEvent>(PROGRESS, { id: inspectionId }, cookie);
    const refusal = await stream.next();
    expect(refusal.data ?? null).toBeNull();
    expect(refusal.errors?.[0]?.extensions?.code).toBe(code);
    // A later change reaches no one outside the team.
    await saveAnswer('B1.review-16-weeks', 'NO');
    await expect(stream.next(800)).rejects.toThrow();
  });
});

describe('inspectionProgress, for the rest of the work on case files', () => {
  async function mutate(name: string, input: Record<string, unknown>, selection = '__typename', as = chief) {
    const res = await api.gql<Record<string, { __typename: string; message?: string; data?: { id: string } }>>(
      `mutation ($input: Mutation${name[0]!.toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { ${selection} } }`,
      { input },
      as,
    );
    return res.data![name]!;
  }

  it('sends an event when files are assigned, a file is submitted and a second marking is recorded', async () => {
    const files = await api.gql<{
      inspection: {
        caseFiles: {
          edges: {
            node: { id: string; reference: string; sampleRole: string; assessor: { id: string; email: string } | null };
          }[];
        };
      };
    }>(
      'query ($id: ID!) { inspection(id: $id) { caseFiles(first: 100) { edges { node { id reference sampleRole assessor { id email } } } } } }',
      { id: inspectionId },
      chief,
    );
    const sample = files.data!.inspection.caseFiles.edges.map((e) => e.node).filter((f) => f.sampleRole === 'SAMPLE');
    const unassigned = sample.filter((f) => !f.assessor);
    const assessorId = sample.find((f) => f.id === caseFileId)!.assessor!.id;
    expect(unassigned.length).toBeGreaterThan(0);
    const stream = await watch<ProgressEvent>(PROGRESS, { id: inspectionId }, chief);

    expect((await mutate('assignCaseFiles', { caseFileIds: [unassigned[0]!.id], assessorId })).__typename).toBe(
      'MutationAssignCaseFilesSuccess',
    );
    await stream.next();

    // Second marking opens once the assessor submits the file (the demo's WM06-001 is fully answered): both are
    // announced.
    const complete = sample.find((f) => f.reference === 'WM06-001')!;
    const completeAssessor = await api.signIn(complete.assessor!.email);
    const submitted = await mutate(
      'submitCaseFile',
      { caseFileId: complete.id },
      '__typename ... on Error { message }',
      completeAssessor,
    );
    expect(submitted.__typename, submitted.message).toBe('MutationSubmitCaseFileSuccess');
    await stream.next();

    const validation = await mutate(
      'recordValidation',
      { caseFileId: complete.id, measureKey: 'B1.initial-assessment-done', value: 'NO' },
      '__typename ... on MutationRecordValidationSuccess { data { id } } ... on Error { message }',
    );
    expect(validation.__typename, validation.message).toBe('MutationRecordValidationSuccess');
    const event = await stream.next();
    expect(event.data!.inspectionProgress.id).toBe(inspectionId);
    // Nothing more was announced than the three changes.
    await expect(stream.next(500)).rejects.toThrow(/No event/);
  });
});

describe('inspectionPublished', () => {
  it('reaches an anonymous subscriber when the inspection is published, with its aggregates only', async () => {
    const PUBLISHED = /* GraphQL */ `
      subscription {
        inspectionPublished {
          id
          published
          progress {
            answered
          }
          criterionScores(subsample: "ALL") {
            code
            percentage
          }
        }
      }
    `;
    type PublishedEvent = {
      inspectionPublished: {
        id: string;
        published: boolean;
        progress: unknown;
        criterionScores: { code: string; percentage: number | null }[];
      };
    };
    const anonymous = await watch<PublishedEvent>(PUBLISHED, {});
    const team = await watch<ProgressEvent>(PROGRESS, { id: inspectionId }, chief);

    for (const to of ['VALIDATION', 'DRAFTING', 'FACTUAL_ACCURACY_CHECK', 'SIGNED_OFF']) {
      const moved = await api.gql<{ moveInspection: { __typename: string } }>(
        MOVE,
        { input: { inspectionId, to } },
        chief,
      );
      expect(moved.data!.moveInspection.__typename).toBe('MutationMoveInspectionSuccess');
      // The team hears each move of the workflow.
      expect((await team.next()).data!.inspectionProgress.status).toBe(to);
    }
    // Nothing is published by the moves.
    await expect(anonymous.next(500)).rejects.toThrow(/No event/);

    const published = await api.gql<{ publishInspection: { __typename: string } }>(
      'mutation ($input: MutationPublishInspectionInput!) { publishInspection(input: $input) { __typename } }',
      { input: { inspectionId } },
      chief,
    );
    expect(published.data!.publishInspection.__typename).toBe('MutationPublishInspectionSuccess');
    const event = await anonymous.next();
    expect(event.errors).toBeUndefined();
    expect(event.data!.inspectionPublished).toMatchObject({ id: inspectionId, published: true, progress: null });
    expect(event.data!.inspectionPublished.criterionScores.length).toBeGreaterThan(0);
    expect((await team.next()).data!.inspectionProgress.status).toBe('PUBLISHED');
  });
});
