// The sample is fixed once fieldwork ends (issue 14, finding 10): from validation on, through drafting, the factual
// accuracy check, sign-off and publication, importing a case list, drawing the sample and replacing a sampled file
// are refused as INVALID_STATE, and nothing in the database changes. While the inspection is planned or in
// fieldwork they still work.
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/harness.ts';

let api: TestApi;
let inspector: string;
/** Case list imported, no sample drawn yet: import and draw would both go through. */
let undrawn: string;
/** Sample drawn with a reserve: a sampled file could be replaced. */
let drawn: string;
let sampledFile: string;

const LATER_STATUSES = ['VALIDATION', 'DRAFTING', 'FACTUAL_ACCURACY_CHECK', 'SIGNED_OFF', 'PUBLISHED'] as const;

function caseList(rows: number): string {
  const risks = ['low', 'medium', 'high', 'very high'];
  const lines = Array.from({ length: rows }, (_, i) =>
    [`S-${String(i + 1).padStart(3, '0')}`, `P${i + 1}`, `OFF${i % 7}`, 'CPRO', risks[i % 4], '2007-01-08'].join(','),
  );
  return ['reference,person,officer,order_type,risk_of_harm,start_date', ...lines].join('\n');
}

async function mutate(name: string, input: Record<string, unknown>) {
  const inputType = `Mutation${name[0]!.toUpperCase()}${name.slice(1)}Input`;
  const res = await api.gql<Record<string, { __typename: string; code?: string; message?: string }>>(
    `mutation ($input: ${inputType}!) { ${name}(input: $input) { __typename ... on Error { code message } } }`,
    { input },
    inspector,
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data![name]!;
}

const rowId = (globalId: string) => Buffer.from(globalId, 'base64').toString('utf8').split(':')[1]!;

async function createInspection(title: string): Promise<string> {
  const ids = await api.gql<{ area: { id: string }; frameworks: { id: string; key: string }[] }>(
    `{ area(code: "WMPA") { id } frameworks { id key } }`,
  );
  const res = await api.gql<{ createInspection: { data: { id: string } } }>(
    `mutation ($input: MutationCreateInspectionInput!) {
      createInspection(input: $input) { ... on MutationCreateInspectionSuccess { data { id } } }
    }`,
    {
      input: {
        areaId: ids.data!.area.id,
        frameworkId: ids.data!.frameworks.find((f) => f.key === 'esi')!.id,
        kind: 'FULL',
        year: 2008,
        title,
      },
    },
    inspector,
  );
  return res.data!.createInspection.data.id;
}

/** Everything these mutations could change, for one inspection. */
async function sampleState(inspectionId: string) {
  const prisma = api.app.db.prisma;
  const id = rowId(inspectionId);
  const [inspection, candidates, files, audit] = await Promise.all([
    prisma.inspection.findUniqueOrThrow({ where: { id }, select: { sampleSeed: true, status: true, updatedAt: true } }),
    prisma.caseCandidate.findMany({ where: { inspectionId: id }, orderBy: { row: 'asc' } }),
    prisma.caseFile.findMany({
      where: { inspectionId: id },
      orderBy: { reference: 'asc' },
      select: { id: true, reference: true, sampleRole: true, status: true, assessorId: true, replacedReason: true },
    }),
    prisma.auditEvent.count({ where: { inspectionId: id } }),
  ]);
  return { inspection, candidates, files, audit };
}

async function setStatus(inspectionId: string, status: (typeof LATER_STATUSES)[number] | 'FIELDWORK') {
  await api.app.db.prisma.inspection.update({ where: { id: rowId(inspectionId) }, data: { status } });
}

beforeAll(async () => {
  api = await startTestApi({ seed: true });
  inspector = await api.signIn(DEMO_EMAILS.inspector);
  undrawn = await createInspection('Sample fixed, undrawn 2008');
  drawn = await createInspection('Sample fixed, drawn 2008');
  for (const id of [undrawn, drawn])
    expect(await mutate('importCaseList', { inspectionId: id, csv: caseList(40) })).toMatchObject({
      __typename: 'MutationImportCaseListSuccess',
    });
  expect(await mutate('drawSample', { inspectionId: drawn, seed: 'fixed', size: 10 })).toMatchObject({
    __typename: 'MutationDrawSampleSuccess',
  });
  const file = await api.app.db.prisma.caseFile.findFirstOrThrow({
    where: { inspectionId: rowId(drawn), sampleRole: 'SAMPLE' },
    orderBy: { reference: 'asc' },
  });
  sampledFile = Buffer.from(`CaseFile:${file.id}`).toString('base64');
}, 240_000);
afterAll(() => api?.close());

describe('issue 14 finding 10: the sample is fixed once fieldwork ends', () => {
  for (const status of LATER_STATUSES) {
    it(`refuses importCaseList, drawSample and replaceCaseFile on an inspection in ${status}, changing nothing`, async () => {
      await setStatus(undrawn, status);
      await setStatus(drawn, status);
      const before = [await sampleState(undrawn), await sampleState(drawn)];
      const attempts = [
        await mutate('importCaseList', { inspectionId: undrawn, csv: caseList(5) }),
        await mutate('drawSample', { inspectionId: undrawn, seed: 'late', size: 5 }),
        await mutate('replaceCaseFile', { caseFileId: sampledFile, reason: 'Unusable file' }),
      ];
      for (const refused of attempts) {
        expect(refused, JSON.stringify(refused)).toMatchObject({
          __typename: 'InvalidStateError',
          code: 'INVALID_STATE',
        });
        expect(refused.message).toMatch(/sample is fixed/);
      }
      expect([await sampleState(undrawn), await sampleState(drawn)]).toEqual(before);
    });
  }

  it('still lets the team change the sample during fieldwork', async () => {
    await setStatus(undrawn, 'FIELDWORK');
    await setStatus(drawn, 'FIELDWORK');
    expect(await mutate('drawSample', { inspectionId: undrawn, seed: 'fieldwork', size: 5 })).toMatchObject({
      __typename: 'MutationDrawSampleSuccess',
    });
    expect(await mutate('replaceCaseFile', { caseFileId: sampledFile, reason: 'Unusable file' })).toMatchObject({
      __typename: 'MutationReplaceCaseFileSuccess',
    });
  });
});
