// The authorization matrix (issue 6, § Security 1): every root field, every node type and the sensitive fields, asked
// by every kind of caller of DOMAIN.md § Who uses it, over real HTTP. Each entry states exactly who gets through;
// any extra access fails the test, and a root field added to the schema without an entry fails it too.
import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { hashPassword } from '../auth/passwords.ts';
import { startTestApi, type GraphQLResponse, type TestApi } from '../testing/harness.ts';

const PRINCIPALS = [
  'anonymous',
  'apiToken',
  'inspector',
  'otherInspector',
  'chief',
  'assessor',
  'otherAssessor',
  'informationManager',
  'adminOfficer',
  'board',
  'otherBoard',
  'administrator',
] as const;
type Principal = (typeof PRINCIPALS)[number];
/** Who the principals are: the inspector and both assessors are on the team of the 2006 inspection in fieldwork. */
const EMAILS: Partial<Record<Principal, string>> = {
  inspector: DEMO_EMAILS.inspector,
  otherInspector: 'other.inspector@hmiprobation.example',
  chief: DEMO_EMAILS.assistantChiefInspector,
  assessor: DEMO_EMAILS.westMidlandsAssessorA,
  otherAssessor: DEMO_EMAILS.westMidlandsAssessorB,
  informationManager: DEMO_EMAILS.informationManager,
  adminOfficer: DEMO_EMAILS.adminOfficer,
  board: DEMO_EMAILS.westMidlandsBoardMember,
  otherBoard: DEMO_EMAILS.greaterManchesterBoardMember,
  administrator: DEMO_EMAILS.administrator,
};

const ALL: readonly Principal[] = PRINCIPALS;
const SIGNED_IN = PRINCIPALS.filter((p) => p !== 'anonymous' && p !== 'apiToken');
const only = (...who: Principal[]) => who;

const REFUSAL_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND']);

let api: TestApi;
const credentials = new Map<Principal, Record<string, string>>();
const ids: Record<string, string> = {};

async function ask<T = Record<string, unknown>>(
  who: Principal,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<T>> {
  const response = await api.app.yoga.fetch('http://scrutiny.test/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...credentials.get(who),
    },
    body: JSON.stringify({ query, variables }),
  });
  expect(response.status, `${who}: HTTP ${response.status}`).toBeLessThan(500);
  return (await response.json()) as GraphQLResponse<T>;
}

beforeAll(async () => {
  api = await startTestApi({ seed: true });
  const prisma = api.app.db.prisma;
  await prisma.user.create({
    data: {
      email: EMAILS.otherInspector!,
      name: 'Other Inspector',
      role: 'INSPECTOR',
      passwordHash: await hashPassword('scrutiny-demo'),
    },
  });
  for (const [who, email] of Object.entries(EMAILS))
    credentials.set(who as Principal, { cookie: await api.signIn(email) });
  const token = await ask<{ createApiToken: { token: string } }>(
    'administrator',
    `mutation { createApiToken(input: { name: "matrix", scopes: [READ_PUBLISHED] }) {
       ... on MutationCreateApiTokenSuccess { data { token } } } }`,
  );
  credentials.set('apiToken', {
    authorization: `Bearer ${(token.data!.createApiToken as unknown as { data: { token: string } }).data.token}`,
  });

  // The data every probe is about, found in the reference seed.
  const users = await prisma.user.findMany({ select: { id: true, email: true } });
  const userId = (email: string) => users.find((u) => u.email === email)!.id;
  const inspections = await prisma.inspection.findMany({
    select: { id: true, year: true, status: true, area: { select: { code: true } } },
  });
  const find = (code: string, year: number) => inspections.find((i) => i.area.code === code && i.year === year)!.id;
  ids.inProgress = find('WMPA', 2006);
  ids.published = find('WMPA', 2005);
  ids.otherArea = find('GMPA-DEMO', 2005);
  const file = async (where: Record<string, unknown>) =>
    (await prisma.caseFile.findFirstOrThrow({ where, orderBy: { reference: 'asc' }, select: { id: true } })).id;
  ids.assessorUser = userId(EMAILS.assessor!);
  ids.otherAssessorUser = userId(EMAILS.otherAssessor!);
  ids.inspectorUser = userId(EMAILS.inspector!);
  ids.fileAssigned = await file({ inspectionId: ids.inProgress, assessorId: ids.assessorUser });
  ids.fileOfOther = await file({ inspectionId: ids.inProgress, assessorId: ids.otherAssessorUser });
  ids.fileUnassigned = await file({ inspectionId: ids.inProgress, assessorId: null });
  ids.filePublished = await file({ inspectionId: ids.published, assessorId: ids.assessorUser });
  ids.fileOtherArea = await file({ inspectionId: ids.otherArea });
  ids.answerAssigned = (await prisma.answer.findFirstOrThrow({ where: { caseFileId: ids.filePublished } })).id;
  ids.findingPublished = (await prisma.finding.findFirstOrThrow({ where: { inspectionId: ids.published } })).id;
  ids.goodPracticePublished = (
    await prisma.goodPractice.findFirstOrThrow({ where: { inspectionId: ids.published } })
  ).id;
  ids.meetingPublished = (await prisma.meeting.findFirstOrThrow({ where: { inspectionId: ids.published } })).id;
  ids.reportTextPublished = (await prisma.reportText.findFirstOrThrow({ where: { inspectionId: ids.published } })).id;
  ids.recommendation = (await prisma.recommendation.findFirstOrThrow({ orderBy: { id: 'asc' } })).id;
  ids.followUp = (await prisma.recommendationFollowUp.findFirstOrThrow()).id;
  ids.area = (await prisma.area.findFirstOrThrow({ where: { code: 'WMPA' } })).id;
  ids.comparisonGroup = (await prisma.comparisonGroup.findFirstOrThrow()).id;
  ids.framework = (await prisma.framework.findFirstOrThrow()).id;
  ids.apiToken = (await prisma.apiToken.findFirstOrThrow()).id;
  // Work in progress that the seed lacks, made by the chief inspector through the API.
  const chiefSays = async (query: string) => {
    const res = await ask<Record<string, { data?: { id: string }; code?: string }>>('chief', query);
    const payload = Object.values(res.data ?? {})[0];
    if (!payload?.data) throw new Error(`setup failed: ${JSON.stringify(res)}`);
    return payload.data.id;
  };
  const inProgress = encodeGlobalID('Inspection', ids.inProgress);
  ids.meetingInProgress = await chiefSays(`mutation { addMeeting(input: { inspectionId: "${inProgress}", kind: BOARD,
    heldOn: "2006-05-01T10:00:00Z", attendees: "Board", notes: "Private notes" }) { ... on MutationAddMeetingSuccess { data { id } } ... on Error { code } } }`);
  ids.evidenceInProgress =
    await chiefSays(`mutation { addEvidence(input: { inspectionId: "${inProgress}", kind: DOCUMENT,
    title: "Plan", description: "Private description" }) { ... on MutationAddEvidenceSuccess { data { id } } ... on Error { code } } }`);
  ids.boardUser = userId(EMAILS.board!);
  ids.factualAccuracyComment = (
    await prisma.factualAccuracyComment.create({
      data: { inspectionId: ids.published, authorId: ids.boardUser, text: 'The date is wrong.' },
    })
  ).id;
  // A compared marking: one still blind would rightly hide the file's answers from the inspector (issue 14).
  ids.validation = (
    await prisma.validation.create({
      data: {
        caseFileId: ids.filePublished,
        measureKey: 'x',
        inspectorId: ids.inspectorUser,
        value: 'YES',
        comparedAt: new Date(),
        assessorValue: 'YES',
      },
    })
  ).id;
  const board = await ask<{ addActionPlanItem: { data?: { id: string } } }>(
    'board',
    `mutation ($id: ID!) { addActionPlanItem(input: { recommendationId: $id, action: "Train staff", owner: "ACO" }) {
       ... on MutationAddActionPlanItemSuccess { data { id } } ... on Error { code message } } }`,
    { id: encodeGlobalID('Recommendation', ids.recommendation) },
  );
  if (!board.data?.addActionPlanItem.data) throw new Error(`setup failed: ${JSON.stringify(board)}`);
  ids.actionPlanItem = board.data.addActionPlanItem.data.id;
}, 180_000);
afterAll(() => api?.close());

/** One read: who sees what it asks for (`sees` tells from the response whether the caller got it). */
interface ReadProbe {
  /** The root field (`Query.x`), node type (`node:Type`) or sensitive field (`Type.field`) it covers. */
  covers: string;
  what: string;
  query: () => string;
  variables?: () => Record<string, unknown>;
  sees: (data: Record<string, unknown> | undefined) => boolean;
  allowed: readonly Principal[];
}

const present = (key: string) => (data: Record<string, unknown> | undefined) => data?.[key] != null;
const nonEmpty = (pick: (data: Record<string, unknown>) => unknown) => (data: Record<string, unknown> | undefined) => {
  const value = data ? pick(data) : undefined;
  return Array.isArray(value) && value.length > 0;
};
type Json = Record<string, never> & Record<string, unknown>;
const dig = (data: unknown, ...path: string[]) =>
  path.reduce<unknown>((at, key) => (at == null ? at : (at as Json)[key]), data);

/** Everyone who works on the 2006 inspection in fieldwork, or sees every inspection. */
const IN_PROGRESS_READERS = only(
  'inspector',
  'chief',
  'assessor',
  'otherAssessor',
  'informationManager',
  'adminOfficer',
  'administrator',
);
/** Case content of the 2006 inspection: its inspector, the inspectorate's chief and information manager. */
const CASE_READERS = only('inspector', 'chief', 'informationManager');

const caseFileProbe = (key: string, what: string, allowed: readonly Principal[]): ReadProbe => ({
  covers: 'Query.caseFile',
  what,
  query: () => `query ($id: ID!) { caseFile(id: $id) { id reference answers { value } } }`,
  variables: () => ({ id: encodeGlobalID('CaseFile', ids[key]!) }),
  sees: present('caseFile'),
  allowed,
});
const nodeProbe = (type: string, key: string, what: string, allowed: readonly Principal[]): ReadProbe[] => {
  const id = () => (ids[key]!.length > 30 ? ids[key]! : encodeGlobalID(type, ids[key]!));
  return [
    {
      covers: `node:${type}`,
      what: `node(id:) of ${what}`,
      query: () => `query ($id: ID!) { node(id: $id) { id __typename } }`,
      variables: () => ({ id: id() }),
      sees: present('node'),
      allowed,
    },
    {
      covers: `nodes:${type}`,
      what: `nodes(ids:) of ${what}`,
      query: () => `query ($ids: [ID!]!) { nodes(ids: $ids) { id __typename } }`,
      variables: () => ({ ids: [id()] }),
      sees: (data) => dig(data, 'nodes', '0') != null,
      allowed,
    },
  ];
};

const READS: ReadProbe[] = [
  {
    covers: 'Query.viewer',
    what: 'the signed-in user',
    query: () => `{ viewer { id email } }`,
    sees: present('viewer'),
    allowed: SIGNED_IN,
  },
  {
    covers: 'Query.signInOptions',
    what: 'how people sign in (the sign-in pages ask before anyone is signed in)',
    query: () => `{ signInOptions { passwordsForEveryone singleSignOn { name } } }`,
    sees: present('signInOptions'),
    allowed: ALL,
  },
  {
    covers: 'Query.mySessions',
    what: 'the caller’s own sessions',
    query: () => `{ mySessions { id device } }`,
    sees: nonEmpty((d) => d.mySessions),
    allowed: SIGNED_IN,
  },
  {
    covers: 'Query.apiTokens',
    what: 'the API tokens',
    query: () => `{ apiTokens { id name } }`,
    sees: nonEmpty((d) => d.apiTokens),
    allowed: only('administrator'),
  },
  {
    covers: 'Query.people',
    what: 'everyone with an account',
    query: () => `{ people { id email } }`,
    sees: nonEmpty((d) => d.people),
    allowed: only('administrator'),
  },
  {
    covers: 'Query.programme',
    what: "the year's programme of inspections",
    query: () => `{ programme(year: 2006) { year areas { standing } } }`,
    sees: (d) => d?.programme != null,
    allowed: only('inspector', 'otherInspector', 'chief', 'informationManager', 'adminOfficer', 'administrator'),
  },
  {
    covers: 'Query.accountLink',
    what: 'whose a one-time link is (an unknown token: null for everyone)',
    query: () => `{ accountLink(token: "no-such-token") { email } }`,
    sees: (d) => d !== null && d !== undefined && 'accountLink' in d,
    allowed: ALL,
  },
  {
    covers: 'Query.erasureRecords',
    what: 'the records of erased personal data',
    query: () => `{ erasureRecords { id } }`,
    sees: (d) => Array.isArray(d?.erasureRecords),
    allowed: only('chief', 'administrator'),
  },
  {
    covers: 'Query.personalDataHoldings',
    what: 'the personal data each inspection holds',
    query: () => `{ personalDataHoldings { caseFiles comments caseListRows } }`,
    sees: nonEmpty((d) => d.personalDataHoldings),
    allowed: only('chief', 'administrator'),
  },
  {
    covers: 'Query.area',
    what: 'an area',
    query: () => `{ area(code: "WMPA") { id name } }`,
    sees: present('area'),
    allowed: ALL,
  },
  {
    covers: 'Query.areas',
    what: 'the areas',
    query: () => `{ areas { id } }`,
    sees: nonEmpty((d) => d.areas),
    allowed: ALL,
  },
  {
    covers: 'Query.comparisonGroups',
    what: 'comparison groups',
    query: () => `{ comparisonGroups { id } }`,
    sees: nonEmpty((d) => d.comparisonGroups),
    allowed: ALL,
  },
  {
    covers: 'Query.frameworkFile',
    what: 'a framework as a file',
    query: () => `{ frameworkFile(key: "esi", version: "2005-follow-up", format: YAML) { fileName content } }`,
    sees: present('frameworkFile'),
    allowed: SIGNED_IN,
  },
  {
    covers: 'Query.frameworks',
    what: 'frameworks',
    query: () => `{ frameworks { id } }`,
    sees: nonEmpty((d) => d.frameworks),
    allowed: ALL,
  },
  {
    covers: 'Query.nationalPicture',
    what: 'the national picture of published scores',
    query: () => `{ nationalPicture(frameworkKey: "esi") { areas { area { code } } } }`,
    sees: nonEmpty((d) => dig(d, 'nationalPicture', 'areas')),
    allowed: ALL,
  },
  {
    covers: 'Query.openDataLicence',
    what: 'the open data licence',
    query: () => `{ openDataLicence { name url } }`,
    sees: (d) => typeof dig(d, 'openDataLicence', 'name') === 'string',
    allowed: ALL,
  },
  {
    covers: 'Query.openData',
    what: 'the national open data files',
    query: () => `{ openData { files { name } } }`,
    sees: nonEmpty((d) => dig(d, 'openData', 'files')),
    allowed: ALL,
  },
  {
    covers: 'Query.reportSections',
    what: "the report's sections",
    query: () => `{ reportSections { key } }`,
    sees: nonEmpty((d) => d.reportSections),
    allowed: ALL,
  },
  {
    covers: 'Query.plugins',
    what: 'plugins',
    query: () => `{ plugins { name } }`,
    sees: nonEmpty((d) => d.plugins),
    allowed: ALL,
  },
  {
    covers: 'Query.inspection',
    what: 'the inspection in fieldwork',
    query: () => `query ($id: ID!) { inspection(id: $id) { id status } }`,
    variables: () => ({ id: encodeGlobalID('Inspection', ids.inProgress!) }),
    sees: present('inspection'),
    allowed: IN_PROGRESS_READERS,
  },
  {
    covers: 'Query.inspection',
    what: 'a published inspection',
    query: () => `query ($id: ID!) { inspection(id: $id) { id status } }`,
    variables: () => ({ id: encodeGlobalID('Inspection', ids.published!) }),
    sees: present('inspection'),
    allowed: ALL,
  },
  {
    covers: 'Query.inspections',
    what: 'the inspection in fieldwork, listed',
    query: () => `{ inspections(first: 50) { edges { node { id status } } } }`,
    sees: (data) =>
      ((dig(data, 'inspections', 'edges') as { node: { status: string } }[] | undefined) ?? []).some(
        (e) => e.node.status !== 'PUBLISHED',
      ),
    allowed: IN_PROGRESS_READERS,
  },
  {
    covers: 'Query.inspections',
    what: 'published inspections, listed',
    query: () => `{ inspections(first: 50, publishedOnly: true) { edges { node { id } } } }`,
    sees: nonEmpty((d) => dig(d, 'inspections', 'edges')),
    allowed: ALL,
  },
  {
    covers: 'Query.myCaseFiles',
    what: 'own assigned case files',
    query: () => `{ myCaseFiles { id } }`,
    sees: nonEmpty((d) => d.myCaseFiles),
    allowed: only('assessor', 'otherAssessor'),
  },
  caseFileProbe('fileAssigned', 'a 2006 file assigned to the assessor', [...CASE_READERS, 'assessor']),
  caseFileProbe('fileOfOther', 'a 2006 file assigned to the other assessor', [...CASE_READERS, 'otherAssessor']),
  caseFileProbe('fileUnassigned', 'an unassigned 2006 file', CASE_READERS),
  caseFileProbe('filePublished', "a published inspection's file assigned to the assessor", [
    ...CASE_READERS,
    'assessor',
  ]),
  caseFileProbe('fileOtherArea', "another area's published file", only('chief', 'informationManager')),
  {
    covers: 'Inspection.caseFiles',
    what: 'case files listed under the inspection in fieldwork',
    query: () => `query ($id: ID!) { inspection(id: $id) { caseFiles(first: 50) { edges { node { id } } } } }`,
    variables: () => ({ id: encodeGlobalID('Inspection', ids.inProgress!) }),
    sees: nonEmpty((d) => dig(d, 'inspection', 'caseFiles', 'edges')),
    allowed: [...CASE_READERS, 'assessor', 'otherAssessor'],
  },
  {
    covers: 'Inspection.caseFiles',
    what: "case files listed under another area's published inspection",
    query: () => `query ($id: ID!) { inspection(id: $id) { caseFiles(first: 50) { edges { node { id } } } } }`,
    variables: () => ({ id: encodeGlobalID('Inspection', ids.otherArea!) }),
    sees: nonEmpty((d) => dig(d, 'inspection', 'caseFiles', 'edges')),
    allowed: only('chief', 'informationManager'),
  },
  {
    covers: 'Meeting.notes',
    what: 'the notes of a meeting of the inspection in fieldwork',
    query: () => `query ($id: ID!) { node(id: $id) { ... on Meeting { notes } } }`,
    variables: () => ({ id: ids.meetingInProgress! }),
    sees: (d) => dig(d, 'node', 'notes') != null,
    allowed: only('inspector', 'chief', 'informationManager', 'adminOfficer', 'administrator'),
  },
  {
    covers: 'Evidence.description',
    what: 'the description of evidence of the inspection in fieldwork',
    query: () => `query ($id: ID!) { node(id: $id) { ... on Evidence { description } } }`,
    variables: () => ({ id: ids.evidenceInProgress! }),
    sees: (d) => dig(d, 'node', 'description') != null,
    allowed: only('inspector', 'chief', 'informationManager', 'adminOfficer', 'administrator'),
  },
  {
    covers: 'User.email',
    what: "another user's email",
    query: () => `query ($id: ID!) { node(id: $id) { ... on User { email } } }`,
    variables: () => ({ id: encodeGlobalID('User', ids.inspectorUser!) }),
    sees: (d) => dig(d, 'node', 'email') != null,
    allowed: only('inspector', 'otherInspector', 'chief', 'informationManager', 'adminOfficer', 'administrator'),
  },
  {
    covers: 'Inspection.auditLog',
    what: 'the audit log of the inspection in fieldwork',
    query: () => `query ($id: ID!) { inspection(id: $id) { auditLog(first: 5) { edges { node { action } } } } }`,
    variables: () => ({ id: encodeGlobalID('Inspection', ids.inProgress!) }),
    sees: nonEmpty((d) => dig(d, 'inspection', 'auditLog', 'edges')),
    allowed: only('inspector', 'chief'),
  },
  {
    covers: 'Inspection.auditLogCsv',
    what: 'the audit log of the inspection in fieldwork as CSV',
    query: () => `query ($id: ID!) { inspection(id: $id) { auditLogCsv } }`,
    variables: () => ({ id: encodeGlobalID('Inspection', ids.inProgress!) }),
    sees: (d) => typeof dig(d, 'inspection', 'auditLogCsv') === 'string',
    allowed: only('inspector', 'chief'),
  },
  ...nodeProbe('CaseFile', 'fileAssigned', 'a 2006 file assigned to the assessor', [...CASE_READERS, 'assessor']),
  ...nodeProbe('CaseFile', 'fileOtherArea', "another area's published file", only('chief', 'informationManager')),
  ...nodeProbe('Answer', 'answerAssigned', "an answer on a published inspection's file assigned to the assessor", [
    ...CASE_READERS,
    'assessor',
  ]),
  ...nodeProbe('Inspection', 'inProgress', 'the inspection in fieldwork', IN_PROGRESS_READERS),
  ...nodeProbe('Inspection', 'published', 'a published inspection', ALL),
  ...nodeProbe('Meeting', 'meetingInProgress', 'a meeting of the inspection in fieldwork', IN_PROGRESS_READERS),
  ...nodeProbe('Meeting', 'meetingPublished', 'a meeting of a published inspection', ALL),
  ...nodeProbe('Evidence', 'evidenceInProgress', 'evidence of the inspection in fieldwork', IN_PROGRESS_READERS),
  ...nodeProbe('Finding', 'findingPublished', 'a finding of a published inspection', ALL),
  ...nodeProbe('GoodPractice', 'goodPracticePublished', 'good practice of a published inspection', ALL),
  ...nodeProbe('ReportText', 'reportTextPublished', 'report text of a published inspection', ALL),
  ...nodeProbe('Recommendation', 'recommendation', 'a published recommendation', ALL),
  ...nodeProbe('RecommendationFollowUp', 'followUp', 'a published follow-up judgement', ALL),
  ...nodeProbe('Area', 'area', 'an area', ALL),
  ...nodeProbe('ComparisonGroup', 'comparisonGroup', 'a comparison group', ALL),
  ...nodeProbe('Framework', 'framework', 'a framework', ALL),
  ...nodeProbe('ApiToken', 'apiToken', 'an API token', only('administrator')),
  ...nodeProbe('User', 'inspectorUser', 'a user', SIGNED_IN),
  ...nodeProbe('Validation', 'validation', "a second marking of a published inspection's file", CASE_READERS),
  ...nodeProbe(
    'FactualAccuracyComment',
    'factualAccuracyComment',
    "the board's comment on a draft",
    only('inspector', 'chief', 'board'),
  ),
  ...nodeProbe('ActionPlanItem', 'actionPlanItem', "a board's action plan item", ALL),
];

describe('reads', () => {
  it('give exactly the allowed callers what they ask for', async () => {
    const wrong: string[] = [];
    let checks = 0;
    for (const probe of READS) {
      const got: Principal[] = [];
      for (const who of PRINCIPALS) {
        const res = await ask(who, probe.query(), probe.variables?.() ?? {});
        for (const error of res.errors ?? [])
          if (!REFUSAL_CODES.has(error.extensions?.code ?? '')) wrong.push(`${probe.what} as ${who}: ${error.message}`);
        if (probe.sees(res.data)) got.push(who);
        checks += 1;
      }
      const extra = got.filter((p) => !probe.allowed.includes(p));
      const missing = probe.allowed.filter((p) => !got.includes(p));
      if (extra.length || missing.length)
        wrong.push(
          `${probe.covers} (${probe.what}): extra ${extra.join(',') || '-'}; missing ${missing.join(',') || '-'}`,
        );
    }
    console.log(`authorization matrix: ${READS.length} reads x ${PRINCIPALS.length} callers = ${checks} checks`);
    expect(wrong).toEqual([]);
  });
});

/** One mutation, probed with an input that (where it can) is refused after authorization for a harmless reason. */
interface MutationProbe {
  name: string;
  /** The input, made afresh for each caller when the mutation uses its target up. */
  input: (who: Principal) => Promise<Record<string, unknown>> | Record<string, unknown>;
  allowed: readonly Principal[];
  /** Its target belongs to a published inspection, so whoever gets past authorization must be refused. */
  published?: boolean;
}
const g = (type: string, key: string) => () => encodeGlobalID(type, ids[key]!);
const inProgress = g('Inspection', 'inProgress');
const published = g('Inspection', 'published');

const MUTATIONS: MutationProbe[] = [
  {
    name: 'addActionPlanItem',
    input: () => ({ recommendationId: g('Recommendation', 'recommendation')(), action: 'Act', owner: 'ACO' }),
    allowed: only('chief', 'board'),
  },
  {
    name: 'addEvidence',
    input: () => ({ inspectionId: inProgress(), kind: 'DOCUMENT', title: 'Probe' }),
    allowed: only('inspector', 'chief'),
  },
  {
    name: 'addFactualAccuracyComment',
    input: () => ({ inspectionId: inProgress(), text: 'Probe' }),
    allowed: only('inspector', 'chief'),
  },
  {
    name: 'addFinding',
    input: () => ({ inspectionId: inProgress(), criterionCode: 'NO-SUCH', kind: 'STRENGTH', text: 'Probe' }),
    allowed: only('inspector', 'chief'),
  },
  {
    name: 'addGoodPractice',
    input: () => ({ inspectionId: inProgress(), criterionCode: 'NO-SUCH', text: 'Probe' }),
    allowed: only('inspector', 'chief'),
  },
  {
    name: 'addMeeting',
    input: () => ({ inspectionId: inProgress(), kind: 'BOARD', heldOn: '2006-05-02T10:00:00Z', attendees: 'Probe' }),
    allowed: only('inspector', 'chief', 'adminOfficer'),
  },
  {
    name: 'addRecommendation',
    input: () => ({ inspectionId: published(), text: 'Probe' }),
    allowed: only('inspector', 'chief'),
    published: true,
  },
  {
    name: 'addTeamMember',
    input: () => ({ inspectionId: inProgress(), role: 'INSPECTOR', userId: g('User', 'boardUser')() }),
    allowed: only('inspector', 'chief', 'adminOfficer'),
  },
  {
    name: 'assignCaseFiles',
    input: () => ({ assessorId: g('User', 'assessorUser')(), caseFileIds: [g('CaseFile', 'fileAssigned')()] }),
    allowed: only('inspector', 'chief'),
  },
  {
    name: 'compareSecondMarking',
    input: () => ({ caseFileId: g('CaseFile', 'filePublished')() }),
    allowed: only('inspector', 'chief'),
    published: true,
  },
  {
    name: 'createArea',
    input: () => ({ code: `P${Math.floor(Math.random() * 1e6)}`, name: 'Probe', region: 'Probe' }),
    allowed: only('administrator'),
  },
  {
    name: 'updateArea',
    input: () => ({
      areaId: g('Area', 'area')(),
      code: 'WMPA',
      name: 'West Midlands Probation Area',
      region: 'West Midlands',
    }),
    allowed: only('administrator'),
  },
  {
    name: 'setAreaRetired',
    input: () => ({ areaId: g('Area', 'area')(), retired: false }),
    allowed: only('administrator'),
  },
  {
    name: 'createComparisonGroup',
    input: () => ({ key: `probe-${Math.floor(Math.random() * 1e6)}`, name: 'Probe' }),
    allowed: only('administrator'),
  },
  {
    name: 'updateComparisonGroup',
    input: async () => {
      const group = await api.app.db.prisma.comparisonGroup.findUniqueOrThrow({ where: { id: ids.comparisonGroup! } });
      return {
        comparisonGroupId: g('ComparisonGroup', 'comparisonGroup')(),
        name: group.name,
        description: group.description,
      };
    },
    allowed: only('administrator'),
  },
  {
    name: 'setComparisonGroupRetired',
    input: () => ({ comparisonGroupId: g('ComparisonGroup', 'comparisonGroup')(), retired: false }),
    allowed: only('administrator'),
  },
  {
    name: 'previewAreaImport',
    input: () => ({ csv: 'code,name,region\nWMPA,West Midlands Probation Area,West Midlands\n' }),
    allowed: only('administrator'),
  },
  { name: 'importAreas', input: () => ({ csv: 'code,name,region\n' }), allowed: only('administrator') },
  {
    name: 'invitePerson',
    input: () => ({
      email: `probe-${Math.random().toString(36).slice(2)}@example.org`,
      name: 'Probe',
      role: 'INSPECTOR',
    }),
    allowed: only('administrator'),
  },
  {
    name: 'changePersonRole',
    input: async () => ({ userId: encodeGlobalID('User', (await bystander()).id), role: 'INSPECTOR' }),
    allowed: only('administrator'),
  },
  {
    name: 'deactivatePerson',
    input: async () => ({ userId: encodeGlobalID('User', (await bystander()).id) }),
    allowed: only('administrator'),
  },
  {
    name: 'reactivatePerson',
    input: async () => ({ userId: encodeGlobalID('User', (await bystander()).id) }),
    allowed: only('administrator'),
  },
  {
    name: 'issuePasswordReset',
    input: async () => ({ userId: encodeGlobalID('User', (await bystander()).id) }),
    allowed: only('administrator'),
  },
  {
    // An unknown link: refused as the wrong state by anyone, signed in or not; nothing is set.
    name: 'setPasswordWithLink',
    input: () => ({ token: 'no-such-token', password: 'lantern otter quarry velvet' }),
    allowed: ALL,
  },
  {
    // The lead chooses: on the published 2005 inspection the inspector is a team member but not its lead.
    name: 'setSecondMarkingPlan',
    input: () => ({ inspectionId: published(), measureKeys: ['B1.overall'] }),
    allowed: only('chief'),
    published: true,
  },
  {
    name: 'createApiToken',
    input: () => ({ name: 'Probe', scopes: ['READ_PUBLISHED'] }),
    allowed: only('administrator'),
  },
  {
    name: 'createInspection',
    input: () => ({
      areaId: g('Area', 'area')(),
      frameworkId: g('Framework', 'framework')(),
      kind: 'FULL',
      title: 'Probe',
      year: 2099,
    }),
    allowed: only('inspector', 'otherInspector', 'chief', 'adminOfficer'),
  },
  {
    name: 'setOffenderInterviews',
    input: () => ({ inspectionId: inProgress(), held: true }),
    allowed: only('inspector', 'chief'),
  },
  {
    name: 'drawSample',
    input: () => ({ inspectionId: published(), seed: 'probe', size: 5 }),
    allowed: only('inspector', 'chief'),
    published: true,
  },
  {
    // Erasing the inspection in fieldwork is refused as invalid, past authorization, so the published one stays whole.
    name: 'erasePersonalData',
    input: () => ({ inspectionId: inProgress(), reason: 'Probe' }),
    allowed: only('chief'),
  },
  {
    name: 'exportPersonalData',
    input: () => ({ personIdentifier: 'NO-SUCH-PERSON' }),
    allowed: only('informationManager'),
  },
  {
    name: 'followUpRecommendation',
    input: () => ({ inspectionId: published(), recommendationIds: [g('Recommendation', 'recommendation')()] }),
    allowed: only('inspector', 'chief'),
    published: true,
  },
  {
    name: 'importCaseList',
    input: () => ({ inspectionId: published(), csv: 'reference\nX1' }),
    allowed: only('inspector', 'chief', 'informationManager'),
    published: true,
  },
  {
    name: 'judgeRecommendation',
    input: () => ({ followUpId: g('RecommendationFollowUp', 'followUp')(), judgement: 'GOOD_PROGRESS' }),
    allowed: only('inspector', 'chief'),
    published: true,
  },
  {
    name: 'moveInspection',
    input: () => ({ inspectionId: published(), to: 'FIELDWORK' }),
    allowed: only('inspector', 'chief'),
    published: true,
  },
  {
    // Its lead inspector or a chief inspector; a published inspection is refused as the wrong state past that.
    name: 'moveInspectionBack',
    input: () => ({ inspectionId: published(), reason: 'Probe' }),
    allowed: only('chief'),
    published: true,
  },
  {
    name: 'previewCaseList',
    input: () => ({ inspectionId: inProgress(), csv: 'reference\nX1' }),
    allowed: only('inspector', 'chief', 'informationManager'),
  },
  { name: 'publishInspection', input: () => ({ inspectionId: inProgress() }), allowed: only('chief') },
  {
    name: 'recordResult',
    input: () => ({ inspectionId: published(), key: 'NO-SUCH', kind: 'CRITERION', percentage: 50 }),
    allowed: only('inspector', 'chief', 'informationManager'),
    published: true,
  },
  {
    name: 'recordValidation',
    input: () => ({ caseFileId: g('CaseFile', 'filePublished')(), measureKey: 'NO-SUCH', value: 'YES' }),
    allowed: only('inspector', 'chief'),
    published: true,
  },
  {
    name: 'removeFinding',
    input: () => ({ findingId: g('Finding', 'findingPublished')() }),
    allowed: only('inspector', 'chief'),
    published: true,
  },
  {
    name: 'removeGoodPractice',
    input: () => ({ goodPracticeId: g('GoodPractice', 'goodPracticePublished')() }),
    allowed: only('inspector', 'chief'),
    published: true,
  },
  {
    name: 'removeMeeting',
    input: () => ({ meetingId: g('Meeting', 'meetingPublished')() }),
    allowed: only('inspector', 'chief', 'adminOfficer'),
    published: true,
  },
  {
    name: 'replaceCaseFile',
    input: () => ({ caseFileId: g('CaseFile', 'filePublished')(), reason: 'Probe' }),
    allowed: only('inspector', 'chief'),
    published: true,
  },
  {
    name: 'resolveFactualAccuracyComment',
    input: () => ({ commentId: g('FactualAccuracyComment', 'factualAccuracyComment')() }),
    allowed: only('inspector', 'chief'),
    published: true,
  },
  {
    name: 'overrideStandardRating',
    input: () => ({ inspectionId: published(), standard: 'B1', rating: 'GOOD', reason: 'Probe' }),
    allowed: only('inspector', 'chief'),
    published: true,
  },
  {
    name: 'uploadFramework',
    input: () => ({ format: 'YAML', content: 'key: probe' }),
    allowed: only('administrator'),
  },
  {
    name: 'withdrawRatingOverride',
    input: () => ({ inspectionId: published(), standard: 'B1' }),
    allowed: only('inspector', 'chief'),
    published: true,
  },
  {
    // Past authorization the administrator is told what is wrong with the file; nothing is published.
    name: 'publishFramework',
    input: () => ({ format: 'YAML', content: 'key: probe' }),
    allowed: only('administrator'),
  },
  {
    name: 'resolveValidation',
    input: () => ({ validationId: g('Validation', 'validation')(), value: 'YES', note: 'Probe' }),
    allowed: only('inspector', 'chief'),
    published: true,
  },
  {
    name: 'revokeApiToken',
    input: async () => {
      const made = await api.app.db.prisma.apiToken.create({
        data: {
          name: 'to revoke',
          scopes: ['read:published'],
          tokenHash: `probe-${Math.random()}`,
          createdById: ids.inspectorUser!,
        },
      });
      return { apiTokenId: encodeGlobalID('ApiToken', made.id) };
    },
    allowed: only('administrator'),
  },
  {
    name: 'saveAnswer',
    input: () => ({ caseFileId: g('CaseFile', 'filePublished')(), measureKey: 'NO-SUCH', value: 'YES' }),
    allowed: only('inspector', 'chief', 'assessor'),
    published: true,
  },
  {
    name: 'setRecommendationStatus',
    input: () => ({ recommendationId: g('Recommendation', 'recommendation')(), status: 'IN_PROGRESS' }),
    allowed: only('board'),
  },
  {
    name: 'setReportText',
    input: () => ({ inspectionId: published(), section: 'FOREWORD', text: 'Probe' }),
    allowed: only('inspector', 'chief'),
    published: true,
  },
  {
    // A wrong current password: refused as bad input once past authorization, so nothing changes.
    name: 'changePassword',
    input: () => ({ currentPassword: 'not the password', newPassword: 'lantern otter quarry velvet' }),
    allowed: SIGNED_IN,
  },
  {
    // A wrong password: refused as bad input once past authorization, so nothing is set up.
    name: 'beginTwoFactorEnrolment',
    input: () => ({ currentPassword: 'not the password' }),
    allowed: SIGNED_IN,
  },
  {
    // Nothing being set up: refused as the wrong state once past authorization.
    name: 'confirmTwoFactorEnrolment',
    input: () => ({ code: '000000' }),
    allowed: SIGNED_IN,
  },
  {
    name: 'resetTwoFactor',
    input: async () => ({ userId: encodeGlobalID('User', (await bystander()).id) }),
    allowed: only('administrator'),
  },
  {
    // A spare session of the caller's own (an inspector's for callers who are no one): ending it changes nothing else.
    name: 'endSession',
    input: async (who) => {
      const email = EMAILS[who] ?? EMAILS.inspector!;
      const user = await api.app.db.prisma.user.findUniqueOrThrow({ where: { email } });
      const spare = await api.app.db.prisma.session.create({
        data: { tokenHash: `probe-${Math.random()}`, userId: user.id, expiresAt: new Date(Date.now() + 3_600_000) },
      });
      return { sessionId: spare.id };
    },
    allowed: SIGNED_IN,
  },
  {
    name: 'endSessionsOfUser',
    input: async () => ({ userId: encodeGlobalID('User', (await bystander()).id) }),
    allowed: only('administrator'),
  },
  { name: 'signIn', input: () => ({ email: EMAILS.inspector!, password: 'scrutiny-demo' }), allowed: ALL },
  {
    name: 'submitCaseFile',
    input: () => ({ caseFileId: g('CaseFile', 'filePublished')() }),
    allowed: only('inspector', 'chief', 'assessor'),
    published: true,
  },
  {
    name: 'updateActionPlanItem',
    input: () => ({ itemId: ids.actionPlanItem!, status: 'IN_PROGRESS' }),
    allowed: only('chief', 'board'),
  },
  {
    name: 'updateFinding',
    input: () => ({ findingId: g('Finding', 'findingPublished')(), text: 'Probe' }),
    allowed: only('inspector', 'chief'),
    published: true,
  },
  {
    name: 'updateGoodPractice',
    input: () => ({ goodPracticeId: g('GoodPractice', 'goodPracticePublished')(), text: 'Probe' }),
    allowed: only('inspector', 'chief'),
    published: true,
  },
  {
    name: 'updateMeeting',
    input: () => ({ meetingId: g('Meeting', 'meetingPublished')(), notes: 'Probe' }),
    allowed: only('inspector', 'chief'),
    published: true,
  },
];

/** A person made for a probe that acts on someone (ends their sessions, resets their second factor). */
async function bystander() {
  return api.app.db.prisma.user.create({
    data: {
      email: `bystander-${Math.random().toString(36).slice(2)}@hmiprobation.example`,
      name: 'Bystander',
      role: 'INSPECTOR',
      passwordHash: 'not-a-hash',
    },
  });
}

/** Mutations that need no authorization entry, and why. */
const EXEMPT_MUTATIONS = { signOut: "ends the caller's own session, whoever they are" };

const printed = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));

describe('the matrix', () => {
  it('has an entry for every root field of the schema', () => {
    const queries = Object.keys(printed.getQueryType()!.getFields()).filter(
      (name) => !READS.some((probe) => probe.covers === `Query.${name}`) && !['node', 'nodes'].includes(name),
    );
    expect(queries, 'Query fields without an entry in the authorization matrix').toEqual([]);
    const mutations = Object.keys(printed.getMutationType()!.getFields()).filter(
      (name) => !(name in EXEMPT_MUTATIONS) && !MUTATIONS.some((probe) => probe.name === name),
    );
    expect(mutations, 'Mutation fields without an entry in the authorization matrix').toEqual([]);
  });

  it('probes node(id:) and nodes(ids:) for every node type', () => {
    const nodeTypes = Object.values(printed.getTypeMap())
      .filter((type) => 'getInterfaces' in type && type.getInterfaces().some((i) => i.name === 'Node'))
      .map((type) => type.name);
    for (const kind of ['node', 'nodes'])
      expect(
        nodeTypes.filter((type) => !READS.some((probe) => probe.covers === `${kind}:${type}`)),
        `${kind} probes missing`,
      ).toEqual([]);
  });
});

describe('mutations', () => {
  it('let exactly the allowed callers past authorization', async () => {
    const wrong: string[] = [];
    const seen: Record<string, string> = {};
    let checks = 0;
    for (const probe of MUTATIONS) {
      const field = printed.getMutationType()!.getFields()[probe.name]!;
      const inputType = String(field.args[0]!.type);
      const got: Principal[] = [];
      for (const who of PRINCIPALS) {
        const res = await ask<Record<string, { __typename: string; code?: string }>>(
          who,
          `mutation ($input: ${inputType}) { ${probe.name}(input: $input) { __typename ... on Error { code } } }`,
          { input: await probe.input(who) },
        );
        const payload = res.data?.[probe.name];
        const code = payload?.code ?? res.errors?.[0]?.extensions?.code ?? (res.errors ? 'GRAPHQL_ERROR' : undefined);
        if (res.errors && !REFUSAL_CODES.has(code ?? ''))
          wrong.push(`${probe.name} as ${who}: ${JSON.stringify(res.errors)}`);
        seen[`${probe.name}/${who}`] = code ?? payload?.__typename ?? '?';
        if (probe.published && !code)
          wrong.push(`${probe.name} as ${who} changed a published inspection (${payload?.__typename})`);
        if (!REFUSAL_CODES.has(code ?? '')) got.push(who);
        checks += 1;
      }
      // Signing in replaces the session a caller sent: sign everyone in again.
      if (probe.name === 'signIn')
        for (const [who, email] of Object.entries(EMAILS))
          credentials.set(who as Principal, { ...credentials.get(who as Principal), cookie: await api.signIn(email) });
      const extra = got.filter((p) => !probe.allowed.includes(p));
      const missing = probe.allowed.filter((p) => !got.includes(p));
      if (extra.length || missing.length)
        wrong.push(
          `${probe.name}: extra ${extra.join(',') || '-'}; missing ${missing.join(',') || '-'}; ${PRINCIPALS.map((p) => `${p}=${seen[`${probe.name}/${p}`]}`).join(' ')}`,
        );
    }
    console.log(
      `authorization matrix: ${MUTATIONS.length} mutations x ${PRINCIPALS.length} callers = ${checks} checks`,
    );
    expect(wrong).toEqual([]);
  });
});

describe('refusals', () => {
  it('do not tell a caller who may not see an inspection in progress whether it exists', async () => {
    const hidden = [ids.inProgress!, ids.fileAssigned!];
    const blind: Principal[] = ['anonymous', 'apiToken', 'otherInspector', 'board', 'otherBoard'];
    const leaks: string[] = [];
    let checks = 0;
    for (const probe of MUTATIONS.filter((m) => !m.published && m.name !== 'signIn')) {
      const field = printed.getMutationType()!.getFields()[probe.name]!;
      const inputType = String(field.args[0]!.type);
      for (const who of blind) {
        const input = await probe.input(who);
        const text = JSON.stringify(input);
        // The same input with every ID of hidden work replaced by one that exists nowhere.
        const targets = hidden.filter(
          (id) => text.includes(encodeGlobalID('Inspection', id)) || text.includes(encodeGlobalID('CaseFile', id)),
        );
        if (targets.length === 0) continue;
        let missing = text;
        for (const id of targets)
          missing = missing
            .replaceAll(encodeGlobalID('Inspection', id), encodeGlobalID('Inspection', 'no-such-id'))
            .replaceAll(encodeGlobalID('CaseFile', id), encodeGlobalID('CaseFile', 'no-such-id'));
        const code = async (value: unknown) => {
          const res = await ask<Record<string, { code?: string; __typename: string }>>(
            who,
            `mutation ($input: ${inputType}) { ${probe.name}(input: $input) { __typename ... on Error { code } } }`,
            { input: value },
          );
          return (
            res.data?.[probe.name]?.code ?? res.errors?.[0]?.extensions?.code ?? res.data?.[probe.name]?.__typename
          );
        };
        const [real, none] = [await code(input), await code(JSON.parse(missing))];
        checks += 1;
        if (real !== none) leaks.push(`${probe.name} as ${who}: ${real} for hidden work, ${none} for none`);
      }
    }
    console.log(`existence checks: ${checks}`);
    expect(checks).toBeGreaterThan(20);
    expect(leaks).toEqual([]);
  });
});
