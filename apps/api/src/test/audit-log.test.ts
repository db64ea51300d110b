// The audit log of case file reads and changes (issue 6, § Security 3), read and exported through the API.
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { startTestApi, type TestApi } from '../testing/harness.ts';

let api: TestApi;
let inspector: string;
let inspectionId: string;

interface Event {
  action: string;
  entity: string;
  caseFileReference: string | null;
  measureKey: string | null;
  actor: { email: string | null } | null;
  before: unknown;
  after: unknown;
}
const LOG = `query ($id: ID!, $first: Int, $after: String) { inspection(id: $id) {
  auditLog(first: $first, after: $after) { pageInfo { hasNextPage endCursor }
    edges { node { at action entity entityId caseFileReference measureKey actor { email } before after } } } } }`;

async function log(as: string, first = 100) {
  const res = await api.gql<{ inspection: { auditLog: { edges: { node: Event }[] } | null } }>(
    LOG,
    { id: inspectionId, first },
    as,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.inspection.auditLog!.edges.map((e) => e.node);
}

beforeAll(async () => {
  api = await startTestApi({ seed: true });
  inspector = await api.signIn(DEMO_EMAILS.inspector);
  const res = await api.gql<{ inspections: { edges: { node: { id: string; status: string } }[] } }>(
    `{ inspections(first: 20, areaCode: "WMPA") { edges { node { id status } } } }`,
    {},
    inspector,
  );
  inspectionId = res.data!.inspections.edges.find((e) => e.node.status === 'FIELDWORK')!.node.id;
}, 120_000);
afterAll(() => api?.close());

describe('reading case files', () => {
  it('writes one read event per file per request, however the file was reached', async () => {
    const before = (await log(inspector)).filter((e) => e.action === 'caseFile.read').length;
    const listed = await api.gql<{
      inspection: { caseFiles: { edges: { node: { id: string; reference: string } }[] } };
    }>(
      `query ($id: ID!) { inspection(id: $id) { caseFiles(first: 3) { edges { node { id reference answers { value } } } } } }`,
      { id: inspectionId },
      inspector,
    );
    const files = listed.data!.inspection.caseFiles.edges.map((e) => e.node);
    expect(files).toHaveLength(3);
    // The same file by id and as a node in one request: still one read.
    const again = await api.gql(
      `query ($id: ID!) { caseFile(id: $id) { reference } node(id: $id) { ... on CaseFile { reference } } }`,
      { id: files[0]!.id },
      inspector,
    );
    expect(again.errors).toBeUndefined();

    const reads = (await log(inspector)).filter((e) => e.action === 'caseFile.read');
    expect(reads.length - before).toBe(4);
    const newest = reads.slice(0, 4);
    expect(newest.every((e) => e.actor?.email === DEMO_EMAILS.inspector && e.entity === 'CaseFile')).toBe(true);
    expect(newest.map((e) => e.caseFileReference).sort()).toEqual(
      [files[0]!.reference, ...files.map((f) => f.reference)].sort(),
    );
  });

  it("records an assessor's change with the answer before and after, against its case file", async () => {
    const assessor = await api.signIn(DEMO_EMAILS.westMidlandsAssessorA);
    const mine = await api.gql<{
      myCaseFiles: {
        id: string;
        reference: string;
        status: string;
        inspection: { id: string };
        answers: { measureKey: string; value: string; version: number; reason: string | null }[];
      }[];
    }>(
      `{ myCaseFiles { id reference status inspection { id } answers { measureKey value version reason } } }`,
      {},
      assessor,
    );
    const file = mine.data!.myCaseFiles.find(
      (f) =>
        f.inspection.id === inspectionId &&
        (f.status === 'ASSIGNED' || f.status === 'IN_PROGRESS') &&
        f.answers.some((a) => a.value === 'YES' || a.value === 'NO'),
    )!;
    const answer = file.answers.find((a) => a.value === 'YES' || a.value === 'NO')!;
    const flipped = answer.value === 'YES' ? 'NO' : 'YES';
    const saved = await api.gql<{ saveAnswer: { __typename: string } }>(
      `mutation ($input: MutationSaveAnswerInput!) { saveAnswer(input: $input) { __typename ... on Error { code message } } }`,
      {
        input: { caseFileId: file.id, measureKey: answer.measureKey, value: flipped, expectedVersion: answer.version },
      },
      assessor,
    );
    expect(saved.data?.saveAnswer.__typename).toBe('MutationSaveAnswerSuccess');

    const change = (await log(inspector)).find((e) => e.action === 'answer.update')!;
    expect(change.actor?.email).toBe(DEMO_EMAILS.westMidlandsAssessorA);
    expect(change.caseFileReference).toBe(file.reference);
    expect(change.measureKey).toBe(answer.measureKey);
    expect(change.before).toMatchObject({ value: answer.value, version: answer.version });
    expect(change.after).toMatchObject({ value: flipped, version: answer.version + 1 });
  });
});

describe('filtering the audit log', () => {
  const FILTERED = `query ($id: ID!, $caseFileReference: String, $actorId: ID) { inspection(id: $id) {
    auditLog(first: 500, caseFileReference: $caseFileReference, actorId: $actorId) {
      edges { node { action entity caseFileReference actor { id email } } } }
    auditLogCsv(caseFileReference: $caseFileReference, actorId: $actorId)
    auditLogActors { id name email } } }`;
  interface Filtered {
    inspection: {
      auditLog: {
        edges: {
          node: {
            action: string;
            entity: string;
            caseFileReference: string | null;
            actor: { id: string; email: string } | null;
          };
        }[];
      };
      auditLogCsv: string;
      auditLogActors: { id: string; name: string; email: string }[];
    };
  }
  const filtered = async (variables: { caseFileReference?: string; actorId?: string }) => {
    const res = await api.gql<Filtered>(FILTERED, { id: inspectionId, ...variables }, inspector);
    expect(res.errors).toBeUndefined();
    const { auditLog, auditLogCsv, auditLogActors } = res.data!.inspection;
    return {
      events: auditLog.edges.map((e) => e.node),
      csv: Papa.parse<Record<string, string>>(auditLogCsv, { header: true, skipEmptyLines: true }).data,
      actors: auditLogActors,
    };
  };

  it('names everyone in the log, and picks out one person’s events, in the list and in the CSV', async () => {
    const { events: all, actors } = await filtered({});
    const emails = actors.map((a) => a.email);
    expect(emails).toEqual(expect.arrayContaining([DEMO_EMAILS.inspector, DEMO_EMAILS.westMidlandsAssessorA]));
    expect(new Set(emails).size).toBe(new Set(all.map((e) => e.actor?.email)).size);

    const assessor = actors.find((a) => a.email === DEMO_EMAILS.westMidlandsAssessorA)!;
    const { events, csv } = await filtered({ actorId: assessor.id });
    expect(events.length).toBeGreaterThan(0);
    expect(events.length).toBeLessThan(all.length);
    expect(events.length).toBe(all.filter((e) => e.actor?.id === assessor.id).length);
    expect(events.every((e) => e.actor?.email === DEMO_EMAILS.westMidlandsAssessorA)).toBe(true);
    expect(events.some((e) => e.action === 'answer.update')).toBe(true);
    expect(csv).toHaveLength(events.length);
    expect(csv.every((row) => row.actor!.includes(DEMO_EMAILS.westMidlandsAssessorA))).toBe(true);
  });

  it("picks out one case file's reads and answer changes by its reference, in the list and in the CSV", async () => {
    const { events: all } = await filtered({});
    const changed = all.find((e) => e.action === 'answer.update')!;
    const reference = changed.caseFileReference!;
    const { events, csv } = await filtered({ caseFileReference: reference });
    expect(events.length).toBe(all.filter((e) => e.caseFileReference === reference).length);
    expect(events.every((e) => e.caseFileReference === reference)).toBe(true);
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['caseFile.read', 'answer.update']));
    expect(csv).toHaveLength(events.length);
    expect(csv.every((row) => row.caseFile === reference)).toBe(true);

    const both = await filtered({ caseFileReference: reference, actorId: changed.actor!.id });
    expect(both.events.length).toBeGreaterThan(0);
    expect(both.events.every((e) => e.actor?.id === changed.actor!.id && e.caseFileReference === reference)).toBe(true);
    expect((await filtered({ caseFileReference: 'NO-SUCH-FILE' })).events).toEqual([]);
  });

  it('tells its HM inspectors and chief inspectors, and only them, that they may read it', async () => {
    const MAY = `query ($id: ID!) { inspection(id: $id) { mayReadAuditLog } }`;
    const may = async (email: string) =>
      (
        await api.gql<{ inspection: { mayReadAuditLog: boolean } | null }>(
          MAY,
          { id: inspectionId },
          await api.signIn(email),
        )
      ).data?.inspection?.mayReadAuditLog ?? false;
    expect(await may(DEMO_EMAILS.inspector)).toBe(true);
    expect(await may(DEMO_EMAILS.assistantChiefInspector)).toBe(true);
    expect(await may(DEMO_EMAILS.informationManager)).toBe(false);
    expect(await may(DEMO_EMAILS.adminOfficer)).toBe(false);
    const actors = await api.gql(
      `query ($id: ID!) { inspection(id: $id) { auditLogActors { id } } }`,
      { id: inspectionId },
      await api.signIn(DEMO_EMAILS.informationManager),
    );
    expect(actors.errors?.every((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
  });
});

describe('the audit log', () => {
  it('pages newest first', async () => {
    const first = await api.gql<{
      inspection: {
        auditLog: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { at: string } }[] };
      };
    }>(LOG, { id: inspectionId, first: 2 }, inspector);
    const page = first.data!.inspection.auditLog;
    expect(page.edges).toHaveLength(2);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.edges[0]!.node.at >= page.edges[1]!.node.at).toBe(true);
    const next = await api.gql<{ inspection: { auditLog: { edges: { node: { at: string } }[] } } }>(
      LOG,
      { id: inspectionId, first: 2, after: page.pageInfo.endCursor },
      inspector,
    );
    expect(next.data!.inspection.auditLog.edges[0]!.node.at <= page.edges[1]!.node.at).toBe(true);
  });

  it('exports as CSV with every event and the case file it concerns', async () => {
    const res = await api.gql<{ inspection: { auditLogCsv: string } }>(
      `query ($id: ID!) { inspection(id: $id) { auditLogCsv } }`,
      { id: inspectionId },
      inspector,
    );
    const parsed = Papa.parse<Record<string, string>>(res.data!.inspection.auditLogCsv, { header: true });
    expect(parsed.meta.fields).toEqual(['at', 'actor', 'action', 'entity', 'entityId', 'caseFile', 'before', 'after']);
    const all = await log(inspector, 500);
    expect(parsed.data).toHaveLength(all.length);
    const update = parsed.data.find((row) => row.action === 'answer.update')!;
    expect(update.actor).toContain(DEMO_EMAILS.westMidlandsAssessorA);
    expect(JSON.parse(update.after!)).toHaveProperty('version');
    expect(parsed.data.filter((row) => row.action === 'caseFile.read').every((row) => row.caseFile !== '')).toBe(true);
  });

  it("is refused to everyone but the inspection's HM inspectors and chief inspectors", async () => {
    const chief = await api.signIn(DEMO_EMAILS.assistantChiefInspector);
    expect((await log(chief)).length).toBeGreaterThan(0);
    for (const email of [
      DEMO_EMAILS.westMidlandsAssessorA,
      DEMO_EMAILS.informationManager,
      DEMO_EMAILS.adminOfficer,
      DEMO_EMAILS.administrator,
    ]) {
      const res = await api.gql<{ inspection: { auditLog: unknown; auditLogCsv: unknown } | null }>(
        `query ($id: ID!) { inspection(id: $id) { auditLog(first: 5) { edges { node { action } } } auditLogCsv } }`,
        { id: inspectionId },
        await api.signIn(email),
      );
      expect(res.data?.inspection?.auditLog ?? null, email).toBeNull();
      expect(res.data?.inspection?.auditLogCsv ?? null, email).toBeNull();
      expect(
        res.errors?.every((e) => e.extensions?.code === 'FORBIDDEN'),
        email,
      ).toBe(true);
    }
  });
});
