// What inspectors write (meetings, evidence, findings, good practice, report text): who may write it, what is
// refused, and that a refused or invalid change leaves nothing behind. All through real HTTP requests.
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/harness.ts';

let api: TestApi;
const as: Record<'inspector' | 'chief' | 'informationManager' | 'adminOfficer' | 'board', string> = {
  inspector: '',
  chief: '',
  informationManager: '',
  adminOfficer: '',
  board: '',
};
/** An inspection Kate White (inspector) plans for this test, so she leads its team. */
let draftId: string;
/** The published 2005 follow-up of West Midlands. */
let publishedId: string;

interface Outcome<T> {
  typename: string;
  data?: T;
  code?: string;
  message?: string;
  problems?: { path: string; message: string }[];
}

/** Runs one `fieldWithInput` mutation and returns its payload: the success's data, or the typed error. */
async function mutate<T = { id: string }>(
  name: string,
  input: Record<string, unknown>,
  who: string | null,
  selection = 'id',
): Promise<Outcome<T>> {
  const type = name[0]!.toUpperCase() + name.slice(1);
  const res = await api.gql<
    Record<string, { __typename: string; data?: T; code?: string; message?: string; problems?: Outcome<T>['problems'] }>
  >(
    `mutation ($input: Mutation${type}Input!) { ${name}(input: $input) { __typename
       ... on Mutation${type}Success { data { ${selection} } }
       ... on Error { code message }
       ... on InvalidInputError { problems { path message } } } }`,
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
  return {
    typename: payload.__typename,
    data: payload.data,
    code: payload.code,
    message: payload.message,
    problems: payload.problems,
  };
}

interface Narrative {
  status: string;
  findings: { id: string; criterionCode: string; kind: string; text: string; position: number }[];
  goodPractices: { id: string; criterionCode: string; title: string | null; text: string; position: number }[];
  meetings: { id: string; attendees: string; kind: string; notes: string | null; evidence: { title: string }[] }[];
  evidenceItems: { id: string; title: string; description: string | null; meeting: { id: string } | null }[];
  reportTexts: { section: string; text: string; signedBy: string | null }[];
}

async function narrative(id: string, who: string | null, findingsArgs = ''): Promise<Narrative | null> {
  const res = await api.gql<{ inspection: Narrative | null }>(
    `query ($id: ID!) { inspection(id: $id) { status
       findings${findingsArgs} { id criterionCode kind text position }
       goodPractices { id criterionCode title text position }
       meetings { id attendees kind notes evidence { title } }
       evidenceItems { id title description meeting { id } }
       reportTexts { section text signedBy } } }`,
    { id },
    who,
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.inspection;
}

async function auditCount(entity: string, entityId: string): Promise<number> {
  return api.app.services.prisma.auditEvent.count({ where: { entity, entityId: decodeId(entityId) } });
}

/** The database id inside a Relay global id. */
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

  const found = await api.gql<{
    area: {
      id: string;
      inspections: { edges: { node: { id: string; kind: string; status: string; framework: { id: string } } }[] };
    };
  }>(
    `{ area(code: "WMPA") { id inspections(first: 20) { edges { node { id kind status framework { id } } } } } }`,
    {},
    as.chief,
  );
  if (found.errors) throw new Error(JSON.stringify(found.errors));
  const inspections = found.data!.area.inspections.edges.map((e) => e.node);
  const published = inspections.find((i) => i.kind === 'FOLLOW_UP' && i.status === 'PUBLISHED')!;
  publishedId = published.id;

  const created = await mutate(
    'createInspection',
    {
      areaId: found.data!.area.id,
      frameworkId: published.framework.id,
      kind: 'FULL',
      year: 2006,
      title: 'Narrative test inspection',
    },
    as.inspector,
  );
  expect(created.typename).toBe('MutationCreateInspectionSuccess');
  draftId = created.data!.id;
}, 240_000);
afterAll(() => api?.close());

describe('findings', () => {
  it('are refused to callers who do not run the inspection', async () => {
    const input = {
      inspectionId: draftId,
      criterionCode: 'B1',
      kind: 'STRENGTH',
      text: 'Risk of harm was assessed well.',
    };
    expect((await mutate('addFinding', input, null)).code).toBe('UNAUTHENTICATED');
    expect((await mutate('addFinding', input, as.informationManager)).code).toBe('FORBIDDEN');
    expect((await mutate('addFinding', input, as.adminOfficer)).code).toBe('FORBIDDEN');
    // A board cannot see an inspection before its factual accuracy check: it is not told the inspection exists.
    expect((await mutate('addFinding', input, as.board)).code).toBe('NOT_FOUND');
    expect((await narrative(draftId, as.inspector))!.findings).toEqual([]);
  });

  it('must name a criterion of the inspection\u2019s framework, and say something; bad input changes nothing', async () => {
    const unknown = await mutate(
      'addFinding',
      { inspectionId: draftId, criterionCode: 'Z9', kind: 'STRENGTH', text: 'Text.' },
      as.inspector,
    );
    expect(unknown.code).toBe('INVALID_INPUT');
    expect(unknown.message).toContain('Z9');
    // The message names the criteria that may be used.
    expect(unknown.message).toContain('B1');
    expect(unknown.problems?.[0]?.path).toBe('input.criterionCode');

    const blank = await mutate(
      'addFinding',
      { inspectionId: draftId, criterionCode: 'B1', kind: 'STRENGTH', text: '   ' },
      as.inspector,
    );
    expect(blank.code).toBe('INVALID_INPUT');
    expect(blank.message).toBe('The finding cannot be empty.');

    expect((await narrative(draftId, as.inspector))!.findings).toEqual([]);
    expect(
      await api.app.services.prisma.auditEvent.count({ where: { entity: 'Finding', inspectionId: decodeId(draftId) } }),
    ).toBe(0);
  });

  it('are numbered within their criterion, listed by criterion then position, and audited', async () => {
    const add = (criterionCode: string, kind: string, text: string) =>
      mutate<{ id: string; position: number }>(
        'addFinding',
        { inspectionId: draftId, criterionCode, kind, text },
        as.inspector,
        'id position',
      );
    const first = await add('B1', 'STRENGTH', 'Risk of harm assessments were completed on time.');
    const second = await add(
      'B1',
      'AREA_FOR_IMPROVEMENT',
      'Risk management plans were not yet written to the required standard.',
    );
    const management = await add(
      'A1',
      'STRENGTH',
      'The Board and SMT had worked hard to address the work holistically.',
    );
    expect([first.data?.position, second.data?.position, management.data?.position]).toEqual([1, 2, 1]);

    const all = (await narrative(draftId, as.inspector))!.findings;
    expect(all.map((f) => [f.criterionCode, f.position])).toEqual([
      ['A1', 1],
      ['B1', 1],
      ['B1', 2],
    ]);
    const onlyB1 = (await narrative(draftId, as.inspector, '(criterionCode: "B1")'))!.findings;
    expect(onlyB1.map((f) => f.kind)).toEqual(['STRENGTH', 'AREA_FOR_IMPROVEMENT']);
    expect(await auditCount('Finding', first.data!.id)).toBe(1);
  });

  it('fetched alone by id, are as private as the inspection they belong to', async () => {
    const [finding] = (await narrative(draftId, as.inspector))!.findings;
    const query = `query ($id: ID!) { node(id: $id) { id ... on Finding { text } } }`;
    const anonymous = await api.gql<{ node: unknown }>(query, { id: finding!.id });
    expect(anonymous.data?.node ?? null).toBeNull();
    const inspector = await api.gql<{ node: { text: string } }>(query, { id: finding!.id }, as.inspector);
    expect(inspector.data?.node.text).toBe(finding!.text);
  });

  it('move to the end of another criterion when changed, and can be removed', async () => {
    const [management] = (await narrative(draftId, as.inspector, '(criterionCode: "A1")'))!.findings;
    const moved = await mutate<{ criterionCode: string; position: number; text: string }>(
      'updateFinding',
      { findingId: management!.id, criterionCode: 'B1', text: 'Moved: it is about assessment.' },
      as.inspector,
      'criterionCode position text',
    );
    expect(moved.data).toEqual({ criterionCode: 'B1', position: 3, text: 'Moved: it is about assessment.' });

    const refused = await mutate('removeFinding', { findingId: management!.id }, as.adminOfficer);
    expect(refused.code).toBe('FORBIDDEN');
    const removed = await mutate<{ id: string; findings: { id: string }[] }>(
      'removeFinding',
      { findingId: management!.id },
      as.inspector,
      'id findings { id }',
    );
    expect(removed.data!.id).toBe(draftId);
    expect(removed.data!.findings.map((f) => f.id)).not.toContain(management!.id);
    // Created, updated, deleted: three audit records, the last holding what was removed.
    expect(await auditCount('Finding', management!.id)).toBe(3);
  });
});

describe('good practice', () => {
  it('is written by the team only, with a valid criterion', async () => {
    const input = {
      inspectionId: draftId,
      criterionCode: 'C2',
      title: 'Child protection',
      text: 'Pleasing child protection work.',
    };
    expect((await mutate('addGoodPractice', input, as.adminOfficer)).code).toBe('FORBIDDEN');
    expect((await mutate('addGoodPractice', { ...input, criterionCode: 'X' }, as.inspector)).code).toBe(
      'INVALID_INPUT',
    );
    expect((await narrative(draftId, as.inspector))!.goodPractices).toEqual([]);

    const added = await mutate<{ id: string; position: number }>('addGoodPractice', input, as.inspector, 'id position');
    expect(added.data?.position).toBe(1);
    const retitled = await mutate<{ title: string | null; text: string }>(
      'updateGoodPractice',
      { goodPracticeId: added.data!.id, title: '' },
      as.chief,
      'title text',
    );
    // A blank title clears it; the text is kept.
    expect(retitled.data).toEqual({ title: null, text: 'Pleasing child protection work.' });
    const removed = await mutate<{ goodPractices: unknown[] }>(
      'removeGoodPractice',
      { goodPracticeId: added.data!.id },
      as.inspector,
      'goodPractices { id }',
    );
    expect(removed.data!.goodPractices).toEqual([]);
  });
});

describe('meetings and evidence', () => {
  let boardMeetingId: string;

  it('an admin officer schedules meetings but does not write their notes', async () => {
    const meeting = {
      inspectionId: draftId,
      heldOn: '2006-03-06T10:00:00Z',
      attendees: 'Board members',
      kind: 'BOARD',
    };
    const withNotes = await mutate(
      'addMeeting',
      { ...meeting, notes: 'The board tracked all seven recommendations.' },
      as.adminOfficer,
    );
    expect(withNotes.code).toBe('FORBIDDEN');
    expect((await narrative(draftId, as.inspector))!.meetings).toEqual([]);

    const scheduled = await mutate('addMeeting', meeting, as.adminOfficer);
    expect(scheduled.typename).toBe('MutationAddMeetingSuccess');
    boardMeetingId = scheduled.data!.id;
    const noted = await mutate<{ notes: string | null }>(
      'updateMeeting',
      { meetingId: boardMeetingId, notes: 'The board tracked all seven recommendations.' },
      as.inspector,
      'notes',
    );
    expect(noted.data?.notes).toBe('The board tracked all seven recommendations.');
    expect((await mutate('addMeeting', { ...meeting, attendees: '' }, as.inspector)).code).toBe('INVALID_INPUT');
    expect((await narrative(draftId, as.inspector))!.meetings).toHaveLength(1);
  });

  it('evidence may be tied only to a meeting of the same inspection', async () => {
    const other = await mutate(
      'addMeeting',
      { inspectionId: publishedId, heldOn: '2005-06-01T10:00:00Z', attendees: 'Managers', kind: 'MANAGERS' },
      as.chief,
    );
    // The published inspection refuses the new meeting, so borrow one it already has.
    expect(other.code).toBe('INVALID_STATE');
    const published = (await narrative(publishedId, as.chief))!;
    expect(published.meetings.length).toBeGreaterThan(0);

    const stranger = await mutate(
      'addEvidence',
      { inspectionId: draftId, kind: 'MEETING_NOTE', title: 'Board minutes', meetingId: published.meetings[0]!.id },
      as.inspector,
    );
    expect(stranger.code).toBe('INVALID_INPUT');
    expect((await narrative(draftId, as.inspector))!.evidenceItems).toEqual([]);

    const evidence = await mutate<{ meeting: { id: string } }>(
      'addEvidence',
      {
        inspectionId: draftId,
        kind: 'MEETING_NOTE',
        title: 'Board minutes',
        description: 'Minutes of the ESI Board, March 2006.',
        meetingId: boardMeetingId,
      },
      as.inspector,
      'meeting { id }',
    );
    expect(evidence.data?.meeting.id).toBe(boardMeetingId);
    expect(
      (await mutate('addEvidence', { inspectionId: draftId, kind: 'DATA', title: 'Caseload data' }, as.adminOfficer))
        .code,
    ).toBe('FORBIDDEN');
  });

  it('notes and descriptions are for staff: the board reads the meeting but not them', async () => {
    for (const to of ['FIELDWORK', 'VALIDATION', 'DRAFTING', 'FACTUAL_ACCURACY_CHECK'])
      expect((await mutate('moveInspection', { inspectionId: draftId, to }, as.inspector)).typename).toBe(
        'MutationMoveInspectionSuccess',
      );

    const staff = (await narrative(draftId, as.inspector))!;
    expect(staff.meetings[0]!.notes).toBe('The board tracked all seven recommendations.');
    expect(staff.evidenceItems[0]!.description).toBe('Minutes of the ESI Board, March 2006.');

    const board = (await narrative(draftId, as.board))!;
    expect(board.meetings.map((m) => [m.attendees, m.notes])).toEqual([['Board members', null]]);
    expect(board.meetings[0]!.evidence).toEqual([{ title: 'Board minutes' }]);
    expect(board.evidenceItems.map((e) => [e.title, e.description])).toEqual([['Board minutes', null]]);
  });
});

describe('report text', () => {
  it('is one text per section, replaced when written again', async () => {
    const bad = await mutate(
      'setReportText',
      { inspectionId: draftId, section: 'foreword', text: 'Foreword.' },
      as.inspector,
    );
    expect(bad.code).toBe('INVALID_INPUT');
    expect(bad.message).toContain('capital letters');
    expect(
      (await mutate('setReportText', { inspectionId: draftId, section: 'FOREWORD', text: 'Foreword.' }, as.board)).code,
    ).toBe('FORBIDDEN');
    expect((await narrative(draftId, as.inspector))!.reportTexts).toEqual([]);

    await mutate('setReportText', { inspectionId: draftId, section: 'FOREWORD', text: 'A first draft.' }, as.inspector);
    const second = await mutate<{ text: string; signedBy: string | null }>(
      'setReportText',
      { inspectionId: draftId, section: 'FOREWORD', text: 'The foreword as signed.', signedBy: 'Andrew Bridges' },
      as.inspector,
      'text signedBy',
    );
    expect(second.data).toEqual({ text: 'The foreword as signed.', signedBy: 'Andrew Bridges' });
    expect((await narrative(draftId, as.inspector))!.reportTexts).toEqual([
      { section: 'FOREWORD', text: 'The foreword as signed.', signedBy: 'Andrew Bridges' },
    ]);
  });
});

describe('a published inspection', () => {
  it('refuses every change to what it says, even from a chief inspector', async () => {
    const before = (await narrative(publishedId, as.chief))!;
    expect(before.status).toBe('PUBLISHED');
    const criterionCode = before.findings[0]?.criterionCode ?? 'B1';
    expect(
      (
        await mutate(
          'addFinding',
          { inspectionId: publishedId, criterionCode, kind: 'OBSERVATION', text: 'Late.' },
          as.chief,
        )
      ).code,
    ).toBe('INVALID_STATE');
    if (before.findings[0]) {
      expect(
        (await mutate('updateFinding', { findingId: before.findings[0].id, text: 'Rewritten.' }, as.chief)).code,
      ).toBe('INVALID_STATE');
      expect((await mutate('removeFinding', { findingId: before.findings[0].id }, as.chief)).code).toBe(
        'INVALID_STATE',
      );
    }
    expect(
      (await mutate('setReportText', { inspectionId: publishedId, section: 'FOREWORD', text: 'Rewritten.' }, as.chief))
        .code,
    ).toBe('INVALID_STATE');
    expect(await narrative(publishedId, as.chief)).toEqual(before);
  });

  it('lists its findings in a constant number of SQL statements, however many there are', async () => {
    const LIST = `query ($id: ID!, $criterion: String) { inspection(id: $id) {
      findings(criterionCode: $criterion) { criterionCode text inspection { year } } meetings { kind evidence { title } } } }`;
    const all = await api.countQueries(() =>
      api.gql<{ inspection: Narrative }>(LIST, { id: publishedId }, as.inspector),
    );
    const criterion = all.result.data!.inspection.findings[0]!.criterionCode;
    const one = await api.countQueries(() =>
      api.gql<{ inspection: Narrative }>(LIST, { id: publishedId, criterion }, as.inspector),
    );
    expect(all.result.errors).toBeUndefined();
    expect(all.result.data!.inspection.findings.length).toBeGreaterThan(one.result.data!.inspection.findings.length);
    expect(all.statements).toBe(one.statements);
  });

  it('shows its narrative to anonymous readers, without meeting notes', async () => {
    const published = (await narrative(publishedId, null))!;
    expect(published.findings.length).toBeGreaterThan(0);
    expect(published.meetings.every((m) => m.notes === null)).toBe(true);
  });
});
