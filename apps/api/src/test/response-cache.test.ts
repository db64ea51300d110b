// The response cache of published figures (issue 18), through real HTTP: a repeated read by an anonymous caller, an
// API token or a board member is answered from the cache without a single SQL statement; answers are shared only
// within one visibility class, never across (an anonymous caller never gets a board member's or an inspector's
// answer); a board member whose area has a draft open to them is never served a shared answer; and a publication
// (any mutation that could change what is shown) ends every cached answer at once.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../env.ts';
import { RESPONSE_CACHE_HEADER } from '../response-cache/plugin.ts';
import { listen } from '../server.ts';
import { startTestApi, type TestApi } from '../testing/harness.ts';

let api: TestApi;
let running: { url: string; close(): Promise<void> };
let inspector: string;
let chief: string;
let westMidlandsBoard: string;
let manchesterBoard: string;
/** The demo 2006 follow-up of West Midlands, in fieldwork. */
let openInspectionId: string;

interface Reply<T> {
  status: number;
  cache: string | null;
  body: {
    data?: T;
    errors?: { message: string }[];
    extensions?: { cost?: unknown; rateLimit?: { remaining: number } };
  };
}

async function post<T>(query: string, variables: Record<string, unknown> = {}, as?: string): Promise<Reply<T>> {
  const response = await fetch(`${running.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(as ? { cookie: as } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    cache: response.headers.get(RESPONSE_CACHE_HEADER),
    body: (await response.json()) as Reply<T>['body'],
  };
}

async function mutate(name: string, input: Record<string, unknown>, as: string): Promise<string> {
  const inputType = `Mutation${name[0]!.toUpperCase()}${name.slice(1)}Input`;
  const res = await post<Record<string, { __typename: string }>>(
    `mutation ($input: ${inputType}!) { ${name}(input: $input) { __typename } }`,
    { input },
    as,
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data![name]!.__typename;
}

const PICTURE = `query ($subsample: String) { nationalPicture(frameworkKey: "esi", subsample: $subsample) {
  areas { area { code } inspection { year } criterionScores { code percentage met applicable } }
  groups { heading criteria { code median pooledMet } } } }`;

const INSPECTIONS = `{ inspections(first: 50) { edges { node { year status area { code } } } } }`;
type Inspections = { inspections: { edges: { node: { year: number; status: string; area: { code: string } } }[] } };

beforeAll(async () => {
  api = await startTestApi({ seed: true });
  running = await listen(api.app, { ...readConfig({ PORT: '0', SCRUTINY_LOG_LEVEL: 'silent' }), secureCookies: false });
  inspector = await api.signIn(DEMO_EMAILS.inspector);
  chief = await api.signIn(DEMO_EMAILS.assistantChiefInspector);
  westMidlandsBoard = await api.signIn(DEMO_EMAILS.westMidlandsBoardMember);
  manchesterBoard = await api.signIn(DEMO_EMAILS.greaterManchesterBoardMember);
  const open = await api.app.db.prisma.inspection.findFirstOrThrow({
    where: { area: { code: 'WMPA' }, year: 2006 },
    select: { id: true, status: true },
  });
  expect(open.status).toBe('FIELDWORK');
  openInspectionId = encodeGlobalID('Inspection', open.id);
}, 120_000);
afterAll(async () => {
  await running?.close();
  await api?.close();
});

describe('the response cache of published figures', () => {
  it('answers a repeated anonymous read from the cache, with no SQL statement, its cost and the caller’s own standing', async () => {
    const first = await post<unknown>(PICTURE, { subsample: 'ALL' });
    expect(first.body.errors).toBeUndefined();
    expect(first.cache).toBe('miss');
    const again = await api.countQueries(() => post<unknown>(PICTURE, { subsample: 'ALL' }));
    expect(again.result.cache).toBe('hit');
    expect(again.statements).toBe(0);
    expect(again.result.body.data).toEqual(first.body.data);
    expect(again.result.body.extensions?.cost).toEqual(first.body.extensions?.cost);
    // Rate limits still count a cached answer, and it tells this request's standing, not the kept one's.
    expect(again.result.body.extensions?.rateLimit?.remaining).toBe(first.body.extensions!.rateLimit!.remaining - 1);
    // Other variables are another entry.
    const highRisk = await post<unknown>(PICTURE, { subsample: 'HIGH_RISK_OF_HARM' });
    expect(highRisk.cache).toBe('miss');
  });

  it('never gives an inspector’s or a board member’s answer to an anonymous caller, nor one area’s board’s to another', async () => {
    // The inspector sees the fieldwork inspection; signed-in work of the inspectorate is never cached.
    const byInspector = await post<Inspections>(INSPECTIONS, {}, inspector);
    expect(byInspector.cache).toBeNull();
    expect(byInspector.body.data!.inspections.edges.some((e) => e.node.status === 'FIELDWORK')).toBe(true);
    expect((await post<Inspections>(INSPECTIONS, {}, inspector)).cache).toBeNull();

    const board = await post<Inspections>(INSPECTIONS, {}, westMidlandsBoard);
    expect(board.cache).toBe('miss');
    expect((await post<Inspections>(INSPECTIONS, {}, westMidlandsBoard)).cache).toBe('hit');
    // Another area's board is another class: its own entry.
    expect((await post<Inspections>(INSPECTIONS, {}, manchesterBoard)).cache).toBe('miss');

    const anonymous = await post<Inspections>(INSPECTIONS);
    expect(anonymous.cache).toBe('miss');
    expect(anonymous.body.data!.inspections.edges.every((e) => e.node.status === 'PUBLISHED')).toBe(true);
    const anonymousAgain = await post<Inspections>(INSPECTIONS);
    expect(anonymousAgain.cache).toBe('hit');
    expect(anonymousAgain.body.data).toEqual(anonymous.body.data);
    // A person's own data is never cached, whoever asks.
    expect((await post(`{ viewer { name } }`, {}, westMidlandsBoard)).cache).toBeNull();
    expect((await post(`{ __schema { queryType { name } } }`)).cache).toBeNull();
  });

  it('shares a national picture among signed-in readers only when every field it asks is the same for every caller', async () => {
    const assessor = await api.signIn(DEMO_EMAILS.westMidlandsAssessorA);
    // The board's document asks for areas' and inspections' ids and titles, and every figure's id and interval.
    const picture = `query ($subsample: String) { nationalPicture(frameworkKey: "esi", subsample: $subsample) {
      frameworkKey subsample
      areas { area { id code name region } inspection { id title year published } basis { kind offenderInterviews }
        criterionScores { code title figureId percentage percentagePrinted suppressed interval { low high } } }
      groups { heading apartBecause ofAreas areas { area { code } } criteria { code median standing(areaCode: "WMPA") { position of } } } } }`;
    const byInspector = await post<unknown>(picture, { subsample: 'HIGH_RISK_OF_HARM' }, inspector);
    expect(byInspector.body.errors).toBeUndefined();
    expect(byInspector.cache).toBe('miss');
    // Any signed-in reader, whatever their role, is served the same answer, with no SQL statement (once their
    // session is known to the process).
    for (const reader of [chief, assessor]) {
      await post(`{ viewer { name } }`, {}, reader);
      const again = await api.countQueries(() => post<unknown>(picture, { subsample: 'HIGH_RISK_OF_HARM' }, reader));
      expect(again.result.cache).toBe('hit');
      expect(again.statements).toBe(0);
      expect(again.result.body.data).toEqual(byInspector.body.data);
    }
    // Anonymous callers are a class of their own (their own cost limit): never served the signed-in entry.
    const anonymous = await post<unknown>(picture, { subsample: 'HIGH_RISK_OF_HARM' });
    expect(anonymous.cache).toBe('miss');
    expect(anonymous.body.data).toEqual(byInspector.body.data);
    expect((await post<unknown>(picture, { subsample: 'HIGH_RISK_OF_HARM' })).cache).toBe('hit');
    // A field that depends on who asks (an inspection's status or team, an area's inspections), or any other root
    // field beside the picture, keeps the whole answer the reader's own: never kept, never served from the cache.
    for (const document of [
      `{ nationalPicture(frameworkKey: "esi") { areas { inspection { status } } } }`,
      `{ nationalPicture(frameworkKey: "esi") { areas { area { inspections(first: 5) { edges { node { year status } } } } } } }`,
      `{ nationalPicture(frameworkKey: "esi") { frameworkKey } viewer { name } }`,
      `{ nationalPicture(frameworkKey: "esi") { ...Picture } } fragment Picture on NationalPicture { areas { inspection { title status } } }`,
      `{ inspections(first: 50) { edges { node { year } } } }`,
    ]) {
      const first = await post<unknown>(document, {}, inspector);
      expect(first.body.errors).toBeUndefined();
      expect(first.cache).toBeNull();
      expect((await post<unknown>(document, {}, inspector)).cache).toBeNull();
    }
    // The inspector sees the open inspection's status in fieldwork; nobody else is ever handed that answer.
    const statuses = await post<{ inspections: { edges: { node: { status: string } }[] } }>(INSPECTIONS, {}, inspector);
    expect(statuses.cache).toBeNull();
    expect(statuses.body.data!.inspections.edges.some((e) => e.node.status === 'FIELDWORK')).toBe(true);
    expect(
      (await post<Inspections>(INSPECTIONS)).body.data!.inspections.edges.every((e) => e.node.status === 'PUBLISHED'),
    ).toBe(true);
  });

  it('serves nothing shared to a board member whose area has a draft open to them, and ends every answer on publication', async () => {
    const pictureBefore = await post<{
      nationalPicture: { areas: { area: { code: string }; inspection: { year: number } | null }[] };
    }>(PICTURE, { subsample: 'ALL' });
    expect(pictureBefore.cache).toBe('hit');
    const yearOf = (reply: typeof pictureBefore) =>
      reply.body.data!.nationalPicture.areas.find((a) => a.area.code === 'WMPA')!.inspection!.year;
    expect(yearOf(pictureBefore)).toBe(2005);

    for (const to of ['VALIDATION', 'DRAFTING', 'FACTUAL_ACCURACY_CHECK'])
      expect(await mutate('moveInspection', { inspectionId: openInspectionId, to }, inspector)).toBe(
        'MutationMoveInspectionSuccess',
      );
    // The board reads its draft now: its answers are its own, never kept.
    const boardWithDraft = await post<Inspections>(INSPECTIONS, {}, westMidlandsBoard);
    expect(boardWithDraft.cache).toBeNull();
    expect(
      boardWithDraft.body.data!.inspections.edges.some(
        (e) => e.node.area.code === 'WMPA' && e.node.status === 'FACTUAL_ACCURACY_CHECK',
      ),
    ).toBe(true);
    expect((await post<Inspections>(INSPECTIONS, {}, westMidlandsBoard)).cache).toBeNull();
    // The anonymous caller, after the moves, gets a fresh answer with published inspections only.
    const anonymous = await post<Inspections>(INSPECTIONS);
    expect(anonymous.cache).toBe('miss');
    expect(anonymous.body.data!.inspections.edges.every((e) => e.node.status === 'PUBLISHED')).toBe(true);
    expect((await post<Inspections>(INSPECTIONS)).cache).toBe('hit');

    expect(await mutate('moveInspection', { inspectionId: openInspectionId, to: 'SIGNED_OFF' }, chief)).toBe(
      'MutationMoveInspectionSuccess',
    );
    const cachedPicture = await post<never>(PICTURE, { subsample: 'ALL' });
    expect(cachedPicture.cache).toBe('miss');
    expect((await post<never>(PICTURE, { subsample: 'ALL' })).cache).toBe('hit');
    // The chief inspector's answer to a document of fields the same for every caller is shared with the other
    // signed-in readers of this generation (and the picture it is made from kept in the process,
    // services/kept-national-pictures.ts) until the next publication.
    const chiefBefore = await post<typeof pictureBefore extends Reply<infer T> ? T : never>(PICTURE, {}, chief);
    expect(chiefBefore.cache).toBe('miss');
    expect(yearOf(chiefBefore)).toBe(2005);
    const chiefAgain = await post<never>(PICTURE, {}, chief);
    expect(chiefAgain.cache).toBe('hit');
    expect(chiefAgain.body).toEqual(chiefBefore.body);
    expect(await mutate('publishInspection', { inspectionId: openInspectionId }, chief)).toBe(
      'MutationPublishInspectionSuccess',
    );
    // Read right after the publication is acknowledged: never the picture kept before it.
    const chiefAfter = await post<typeof pictureBefore extends Reply<infer T> ? T : never>(PICTURE, {}, chief);
    expect(chiefAfter.cache).toBe('miss');
    expect(yearOf(chiefAfter)).toBe(2006);
    const after = await post<typeof pictureBefore extends Reply<infer T> ? T : never>(PICTURE, { subsample: 'ALL' });
    expect(after.cache).toBe('miss');
    expect(yearOf(after)).toBe(2006);
    expect(after.body.data).toEqual(chiefAfter.body.data);
    // No draft is open to the board any more: its answers are shared within its class again.
    expect((await post<Inspections>(INSPECTIONS, {}, westMidlandsBoard)).cache).toBe('miss');
    expect((await post<Inspections>(INSPECTIONS, {}, westMidlandsBoard)).cache).toBe('hit');
  });

  it('keeps signed-in work out of the cache: an assessor’s read of a case file is never cached', async () => {
    const assessor = await api.signIn(DEMO_EMAILS.westMidlandsAssessorA);
    const files = await post<{ myCaseFiles: { id: string }[] }>(`{ myCaseFiles { id } }`, {}, assessor);
    expect(files.cache).toBeNull();
    expect((await post(`{ myCaseFiles { id } }`, {}, assessor)).cache).toBeNull();
  });
});
