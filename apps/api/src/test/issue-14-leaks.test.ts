// Issue 14, findings 1 to 4 (leaks an outside attack found), each kept closed by its test, on the demo 2006 West
// Midlands follow-up in fieldwork, through HTTP and, for the subscriptions, through a real listener.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen } from '../server.ts';
import { openEventStream, type EventStream } from '../testing/event-stream.ts';
import { startTestApi, type GraphQLResponse, type TestApi } from '../testing/harness.ts';

let api: TestApi;
let server: { url: string; close(): Promise<void> };
let kate: string; // HM inspector on the 2006 team
let chief: string;
let neil: string; // area assessor A
let lalita: string; // area assessor B
let inspectionId: string;
const ids = new Map<string, string>(); // user email → global id
const files = new Map<string, { id: string; status: string; assessor: string | null }>();
const streams: EventStream<unknown>[] = [];

type Payload = {
  __typename: string;
  code?: string;
  message?: string;
  data?: { id?: string; value?: string; version?: number; comment?: string | null; answeredBy?: { name: string } };
};

async function mutate(name: string, input: Record<string, unknown>, as: string, select?: string): Promise<Payload> {
  const inputType = `Mutation${name[0]!.toUpperCase()}${name.slice(1)}Input`;
  const res = await api.gql<Record<string, Payload>>(
    `mutation ($input: ${inputType}!) { ${name}(input: $input) { ${select ?? '__typename ... on Error { code message }'} } }`,
    { input },
    as,
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data![name]!;
}

interface FileAnswers {
  answers: { id: string; measureKey: string; value: string; reason: string | null; version: number }[];
  questions: { measureKey: string; status: string; answerSet: string }[];
}
async function fileAnswers(reference: string, as: string): Promise<FileAnswers> {
  const res = await api.gql<{ caseFile: FileAnswers | null }>(
    `query ($id: ID!) { caseFile(id: $id) { answers { id measureKey value reason version }
      questions { measureKey status answerSet } } }`,
    { id: files.get(reference)!.id },
    as,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.caseFile!;
}

async function watch<T>(query: string, variables: Record<string, unknown>, cookie: string | null) {
  const stream = await openEventStream<T>(`${server.url}/graphql`, query, variables, cookie);
  streams.push(stream as EventStream<unknown>);
  await stream.opened;
  return stream;
}

beforeAll(async () => {
  api = await startTestApi({ seed: true });
  server = await listen(api.app, { ...api.app.services.config, port: 0, apps: [] });
  kate = await api.signIn(DEMO_EMAILS.inspector);
  chief = await api.signIn(DEMO_EMAILS.assistantChiefInspector);
  neil = await api.signIn(DEMO_EMAILS.westMidlandsAssessorA);
  lalita = await api.signIn(DEMO_EMAILS.westMidlandsAssessorB);
  for (const as of [kate, neil, lalita]) {
    const me = await api.gql<{ viewer: { id: string; email: string } }>('{ viewer { id email } }', {}, as);
    ids.set(me.data!.viewer.email, me.data!.viewer.id);
  }
  const found = await api.gql<{
    inspections: {
      edges: {
        node: {
          id: string;
          year: number;
          caseFiles: {
            edges: { node: { id: string; reference: string; status: string; assessor: { email: string } | null } }[];
          };
        };
      }[];
    };
  }>(
    `{ inspections(first: 10) { edges { node { id year
      caseFiles(first: 20) { edges { node { id reference status assessor { email } } } } } } } }`,
    {},
    kate,
  );
  const inspection = found.data!.inspections.edges.map((e) => e.node).find((i) => i.year === 2006)!;
  inspectionId = inspection.id;
  for (const { node } of inspection.caseFiles.edges)
    files.set(node.reference, { id: node.id, status: node.status, assessor: node.assessor?.email ?? null });
}, 240_000);

afterAll(async () => {
  for (const stream of streams) stream.close();
  await server?.close();
  await api?.close();
});

describe('issue 14 finding 1: blind second marking cannot be read around', () => {
  interface LogEvent {
    action: string;
    entity: string;
    entityId: string;
    caseFileReference: string | null;
    after: unknown;
  }
  const LOG = `query ($id: ID!, $reference: String, $actor: ID) { inspection(id: $id) {
    auditLog(first: 200, caseFileReference: $reference, actorId: $actor) {
      edges { node { action entity entityId caseFileReference after } } }
    auditLogCsv(caseFileReference: $reference, actorId: $actor) } }`;
  async function auditLog(as: string, filter: { reference?: string; actor?: string }) {
    const res = await api.gql<{ inspection: { auditLog: { edges: { node: LogEvent }[] }; auditLogCsv: string } }>(
      LOG,
      { id: inspectionId, ...filter },
      as,
    );
    expect(res.errors).toBeUndefined();
    return { events: res.data!.inspection.auditLog.edges.map((e) => e.node), csv: res.data!.inspection.auditLogCsv };
  }
  const answerEvents = (log: { events: LogEvent[] }) => log.events.filter((e) => e.entity === 'Answer');

  it("shows the marker nothing of the assessor's answers until compared: audit log, CSV, nodes, subscriptions", async () => {
    const reference = 'WM06-001';
    const fileId = files.get(reference)!.id;
    // The assessor changes an answer (an answer.update event carrying the answer), then submits the file.
    const before = await fileAnswers(reference, neil);
    const changed = before.answers.find((a) => a.value === 'YES' || a.value === 'NO')!;
    const newValue = changed.value === 'YES' ? 'NO' : 'YES';
    expect(
      (
        await mutate(
          'saveAnswer',
          { caseFileId: fileId, measureKey: changed.measureKey, value: newValue, expectedVersion: changed.version },
          neil,
        )
      ).__typename,
    ).toBe('MutationSaveAnswerSuccess');
    expect((await mutate('submitCaseFile', { caseFileId: fileId }, neil)).__typename).toBe(
      'MutationSubmitCaseFileSuccess',
    );

    // Kate starts the blind second marking.
    const marking = await api.gql<{
      caseFile: { secondMarking: { questions: { measureKey: string; toMark: boolean; answerSet: string }[] } };
    }>(
      `query ($id: ID!) { caseFile(id: $id) { secondMarking { questions { measureKey toMark answerSet } } } }`,
      {
        id: fileId,
      },
      kate,
    );
    const toMark = marking.data!.caseFile.secondMarking.questions.filter((q) => q.toMark);
    const truth = await fileAnswers(reference, chief);
    const given = new Map(truth.answers.map((a) => [a.measureKey, a]));
    const mark = async (q: { measureKey: string }) => {
      const answer = given.get(q.measureKey)!;
      const marked = await mutate(
        'recordValidation',
        {
          caseFileId: fileId,
          measureKey: q.measureKey,
          value: answer.value,
          ...(answer.value === 'NOT_APPLICABLE' ? { reason: 'Not relevant here.' } : {}),
        },
        kate,
      );
      expect(marked.__typename, marked.message).toBe('MutationRecordValidationSuccess');
    };
    await mark(toMark[0]!);

    // The chief inspector (not marking) sees the assessor's change in the log: the events exist.
    expect(answerEvents(await auditLog(chief, { reference })).length).toBeGreaterThan(0);

    // The marker: nothing of the answers in the log, filtered by the file or by the assessor, nor in its CSV.
    for (const filter of [{ reference }, { actor: ids.get(DEMO_EMAILS.westMidlandsAssessorA)! }, {}]) {
      const log = await auditLog(kate, filter);
      expect(answerEvents(log), JSON.stringify(filter)).toEqual([]);
      expect(log.csv).not.toMatch(/answer\.(create|update)/);
    }

    // Nor by the answer's id, as a node, among nodes, or beside the file it belongs to.
    const answerId = truth.answers.find((a) => a.measureKey === changed.measureKey)!.id;
    const byNode = await api.gql<{ node: { value?: string } | null }>(
      'query ($id: ID!) { node(id: $id) { ... on Answer { value } } }',
      { id: answerId },
      kate,
    );
    expect(byNode.data?.node?.value).toBeUndefined();
    const byNodes = await api.gql<{ nodes: ({ value?: string } | null)[] }>(
      'query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Answer { value } } }',
      { ids: [answerId] },
      kate,
    );
    expect(byNodes.data?.nodes?.[0]?.value).toBeUndefined();
    const beside = await api.gql<{ caseFile: { reference: string } | null; node: { value?: string } | null }>(
      'query ($file: ID!, $id: ID!) { caseFile(id: $file) { reference } node(id: $id) { ... on Answer { value } } }',
      { file: fileId, id: answerId },
      kate,
    );
    expect(beside.data?.caseFile?.reference).toBe(reference);
    expect(beside.data?.node?.value).toBeUndefined();
    // The chief inspector still reads it by its id.
    const chiefReads = await api.gql<{ node: { value: string } }>(
      'query ($id: ID!) { node(id: $id) { ... on Answer { value } } }',
      { id: answerId },
      chief,
    );
    expect(chiefReads.data!.node.value).toBe(newValue);

    // Nor in the live progress stream, when the chief inspector changes an answer of the file.
    type Live = {
      inspectionProgress: { caseFiles: { edges: { node: { reference: string; answers: { value: string }[] } }[] } };
    };
    const stream = await watch<Live>(
      `subscription ($id: ID!) { inspectionProgress(inspectionId: $id) {
        caseFiles(first: 20) { edges { node { reference answers { value } } } } } }`,
      { id: inspectionId },
      kate,
    );
    const other = truth.answers.find((a) => a.measureKey !== changed.measureKey && ['YES', 'NO'].includes(a.value))!;
    expect(
      (
        await mutate(
          'saveAnswer',
          {
            caseFileId: fileId,
            measureKey: other.measureKey,
            value: other.value === 'YES' ? 'NO' : 'YES',
            expectedVersion: other.version,
          },
          chief,
        )
      ).__typename,
    ).toBe('MutationSaveAnswerSuccess');
    const event = await stream.next();
    const live = event.data!.inspectionProgress.caseFiles.edges.find((e) => e.node.reference === reference)!;
    expect(live.node.answers).toEqual([]);
    stream.close();

    // Once she has marked every question and compared, the answers and their history show.
    for (const q of toMark.slice(1)) await mark(q);
    expect((await mutate('compareSecondMarking', { caseFileId: fileId }, kate)).__typename).toBe(
      'MutationCompareSecondMarkingSuccess',
    );
    expect(answerEvents(await auditLog(kate, { reference })).length).toBeGreaterThan(0);
    const afterCompare = await api.gql<{ node: { value: string } }>(
      'query ($id: ID!) { node(id: $id) { ... on Answer { value } } }',
      { id: answerId },
      kate,
    );
    expect(afterCompare.data!.node.value).toBe(newValue);
  });
});

describe('issue 14 finding 2: a save receipt is bound to exactly the save it acknowledged', () => {
  const SAVE_SELECTION =
    '__typename ... on Error { code message } ... on MutationSaveAnswerSuccess { data { id value version comment answeredBy { name } } }';

  /** An asked YES/NO question of the file, with its answer's version if it has one. */
  async function askedQuestions(reference: string, as: string) {
    const read = await fileAnswers(reference, as);
    const versions = new Map(read.answers.map((a) => [a.measureKey, a.version]));
    return read.questions
      .filter((q) => q.status !== 'NOT_ASKED' && q.answerSet === 'YES_NO')
      .map((q) => ({ measureKey: q.measureKey, version: versions.get(q.measureKey) ?? null }));
  }

  it('answers a replay only with what the caller may still read, and refuses a reused id for another save', async () => {
    const neilsOpen = [...files]
      // WM06-001 was submitted for finding 1.
      .filter(
        ([reference, f]) =>
          reference !== 'WM06-001' &&
          f.assessor === DEMO_EMAILS.westMidlandsAssessorA &&
          ['ASSIGNED', 'IN_PROGRESS'].includes(f.status),
      )
      .map(([reference]) => reference);
    expect(neilsOpen.length).toBeGreaterThanOrEqual(2);
    const [lost, kept] = neilsOpen as [string, string];

    // Neil saves on a file, with a client mutation id.
    const [question] = await askedQuestions(lost, neil);
    const original = {
      caseFileId: files.get(lost)!.id,
      measureKey: question!.measureKey,
      value: 'YES',
      expectedVersion: question!.version,
      clientMutationId: 'issue-14-f2-a',
    };
    expect((await mutate('saveAnswer', original, neil, SAVE_SELECTION)).__typename).toBe('MutationSaveAnswerSuccess');

    // The file is reassigned to Lalita, who changes the answer with a comment.
    expect(
      (
        await mutate(
          'assignCaseFiles',
          { caseFileIds: [files.get(lost)!.id], assessorId: ids.get(DEMO_EMAILS.westMidlandsAssessorB)! },
          kate,
        )
      ).__typename,
    ).toBe('MutationAssignCaseFilesSuccess');
    const current = (await fileAnswers(lost, lalita)).answers.find((a) => a.measureKey === original.measureKey)!;
    expect(
      (
        await mutate(
          'saveAnswer',
          {
            caseFileId: original.caseFileId,
            measureKey: original.measureKey,
            value: 'NO',
            comment: 'Lalita Patel read the supervision notes.',
            expectedVersion: current.version,
          },
          lalita,
        )
      ).__typename,
    ).toBe('MutationSaveAnswerSuccess');

    // Neil replays the old id in a save on his other file: a typed refusal, nothing of Lalita's answer.
    const [elsewhere] = await askedQuestions(kept, neil);
    const replayElsewhere = await mutate(
      'saveAnswer',
      {
        caseFileId: files.get(kept)!.id,
        measureKey: elsewhere!.measureKey,
        value: 'YES',
        expectedVersion: elsewhere!.version,
        clientMutationId: original.clientMutationId,
      },
      neil,
      SAVE_SELECTION,
    );
    expect(replayElsewhere).toMatchObject({
      __typename: 'ClientMutationIdReusedError',
      code: 'CLIENT_MUTATION_ID_REUSED',
    });
    expect(JSON.stringify(replayElsewhere)).not.toMatch(/Lalita|supervision notes/);
    // Nor was anything saved on his other file.
    expect((await askedQuestions(kept, neil)).find((q) => q.measureKey === elsewhere!.measureKey)!.version).toBe(
      elsewhere!.version,
    );

    // The exact replay of his old save is answered as the queries answer him: the file is not his any more.
    const exactReplay = await mutate('saveAnswer', original, neil, SAVE_SELECTION);
    expect(exactReplay).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    expect(JSON.stringify(exactReplay)).not.toMatch(/Lalita|supervision notes/);

    // On his own file: a save, then the same id for another question, or another value, is refused and saves nothing.
    const [first, second] = await askedQuestions(kept, neil);
    const save = {
      caseFileId: files.get(kept)!.id,
      measureKey: first!.measureKey,
      value: 'YES',
      expectedVersion: first!.version,
      clientMutationId: 'issue-14-f2-b',
    };
    const saved = await mutate('saveAnswer', save, neil, SAVE_SELECTION);
    expect(saved.__typename).toBe('MutationSaveAnswerSuccess');
    const otherQuestion = await mutate(
      'saveAnswer',
      { ...save, measureKey: second!.measureKey, value: 'NO', expectedVersion: second!.version },
      neil,
      SAVE_SELECTION,
    );
    expect(otherQuestion).toMatchObject({
      __typename: 'ClientMutationIdReusedError',
      code: 'CLIENT_MUTATION_ID_REUSED',
    });
    const otherValueSave = await mutate('saveAnswer', { ...save, value: 'NO' }, neil, SAVE_SELECTION);
    expect(otherValueSave).toMatchObject({ code: 'CLIENT_MUTATION_ID_REUSED' });
    const now = await askedQuestions(kept, neil);
    expect(now.find((q) => q.measureKey === second!.measureKey)!.version).toBe(second!.version);
    expect((await fileAnswers(kept, neil)).answers.find((a) => a.measureKey === first!.measureKey)!.value).toBe('YES');

    // The exact replay has one effect: the answer as it stands, at the same version.
    const replay = await mutate('saveAnswer', save, neil, SAVE_SELECTION);
    expect(replay).toMatchObject({
      __typename: 'MutationSaveAnswerSuccess',
      data: { value: 'YES', version: saved.data!.version },
    });
  });
});

describe('issue 14 finding 3: signing in inside a document gives it no more than the viewer’s identity', () => {
  it('runs the rest of an anonymous sign-in document anonymously, and the payload carries only who signed in', async () => {
    const input = { email: DEMO_EMAILS.westMidlandsAssessorA, password: 'scrutiny-demo' };
    // Reaching into the graph through the sign-in payload.
    const through = await api.gql<{ signIn: { data?: unknown } }>(
      `mutation ($input: MutationSignInInput!) { signIn(input: $input) { __typename
        ... on MutationSignInSuccess { data { name area { inspections(first: 5) { edges { node {
          caseFiles(first: 5) { edges { node { reference answers { value comment } } } } } } } } } } } }`,
      { input },
    );
    expect(JSON.stringify(through)).not.toMatch(/"reference"|"answers"/);
    expect(through.data ?? null).toBeNull();
    expect(through.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    // What it may select: the identity of the person signed in.
    const identity = await api.gql<{ signIn: { __typename: string; data: Record<string, unknown> } }>(
      `mutation ($input: MutationSignInInput!) { signIn(input: $input) { __typename
        ... on MutationSignInSuccess { data { id name email role } } } }`,
      { input },
    );
    expect(identity.errors).toBeUndefined();
    expect(identity.data!.signIn.data).toEqual({
      id: ids.get(DEMO_EMAILS.westMidlandsAssessorA),
      name: 'Neil Appleby',
      email: DEMO_EMAILS.westMidlandsAssessorA,
      role: 'AREA_ASSESSOR',
    });

    // A second field of the same mutation runs as the request arrived: anonymously.
    const [reference] = [...files].find(
      ([, f]) => f.assessor === DEMO_EMAILS.westMidlandsAssessorA && f.status === 'ASSIGNED',
    )!;
    const after = await api.gql<{ signIn: { __typename: string }; submitCaseFile: { __typename: string } }>(
      `mutation ($input: MutationSignInInput!, $file: ID!) {
        signIn(input: $input) { __typename }
        submitCaseFile(input: { caseFileId: $file }) { __typename } }`,
      { input, file: files.get(reference)!.id },
    );
    expect(after.data!.signIn.__typename).toBe('MutationSignInSuccess');
    expect(after.data!.submitCaseFile.__typename).toBe('UnauthenticatedError');
  });
});

describe('issue 14 finding 4: the progress subscription discloses nothing the queries do not', () => {
  const PROGRESS = `subscription ($id: ID!) { inspectionProgress(inspectionId: $id) { id } }`;

  it('refuses a real inspection the caller cannot see exactly as a made-up one', async () => {
    const board = await api.signIn(DEMO_EMAILS.westMidlandsBoardMember);
    const codes: (string | undefined)[] = [];
    for (const id of [inspectionId, encodeGlobalID('Inspection', 'no-such-inspection')]) {
      const stream = await watch<{ inspectionProgress: { id: string } }>(PROGRESS, { id }, board);
      const refusal: GraphQLResponse = await stream.next();
      expect(refusal.data ?? null).toBeNull();
      codes.push(refusal.errors?.[0]?.extensions?.code);
      stream.close();
    }
    expect(codes).toEqual(['NOT_FOUND', 'NOT_FOUND']);
    // The query answers the same for both.
    const asked = await api.gql<{ real: unknown; madeUp: unknown }>(
      'query ($real: ID!, $madeUp: ID!) { real: inspection(id: $real) { id } madeUp: inspection(id: $madeUp) { id } }',
      { real: inspectionId, madeUp: encodeGlobalID('Inspection', 'no-such-inspection') },
      board,
    );
    expect(asked.data).toEqual({ real: null, madeUp: null });
  });

  it('sends the team the figures it reads in a query, small ones unsuppressed', async () => {
    const FIGURES = `measureResults(subsample: "ALL") { key met applicable smallDenominator suppressed }`;
    type Figures = {
      key: string;
      met: number | null;
      applicable: number | null;
      smallDenominator: boolean;
      suppressed: boolean;
    }[];
    const stream = await watch<{ inspectionProgress: { measureResults: Figures } }>(
      `subscription ($id: ID!) { inspectionProgress(inspectionId: $id) { ${FIGURES} } }`,
      { id: inspectionId },
      kate,
    );
    // Any change to the inspection sends the team an event.
    const reference = [...files].find(
      ([, f]) => f.assessor === DEMO_EMAILS.westMidlandsAssessorB && ['ASSIGNED', 'IN_PROGRESS'].includes(f.status),
    )![0];
    const read = await fileAnswers(reference, lalita);
    const answered = read.answers.find((a) => a.value === 'YES' || a.value === 'NO');
    const question = answered ?? {
      measureKey: read.questions.find((q) => q.status !== 'NOT_ASKED' && q.answerSet === 'YES_NO')!.measureKey,
      version: null,
      value: 'NO',
    };
    expect(
      (
        await mutate(
          'saveAnswer',
          {
            caseFileId: files.get(reference)!.id,
            measureKey: question.measureKey,
            value: question.value === 'YES' ? 'NO' : 'YES',
            expectedVersion: question.version,
          },
          lalita,
        )
      ).__typename,
    ).toBe('MutationSaveAnswerSuccess');
    const event = await stream.next();
    expect(event.errors).toBeUndefined();
    const queried = await api.gql<{ inspection: { measureResults: Figures } }>(
      `query ($id: ID!) { inspection(id: $id) { ${FIGURES} } }`,
      { id: inspectionId },
      kate,
    );
    const small = queried.data!.inspection.measureResults.filter((m) => m.smallDenominator && m.applicable! > 0);
    expect(small.length).toBeGreaterThan(0);
    expect(small.every((m) => !m.suppressed)).toBe(true);
    expect(event.data!.inspectionProgress.measureResults).toEqual(queried.data!.inspection.measureResults);
  });
});
