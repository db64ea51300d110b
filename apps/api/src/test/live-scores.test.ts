// Live scores of an inspection in fieldwork are computed once per change and kept between changes (issue 23: every
// read re-read and re-scored every answer, 449 ms at 4,000 case files). Whatever the saves, conflicts and retries,
// the figures served are exactly those of a full recomputation from the answers as they stand.
import fc from 'fast-check';
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { scoreInspection, type CaseFileForScoring } from '@scrutiny/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/harness.ts';

let api: TestApi;
let inspector: string;
let assessor: string;
let inspectionId: string;
let rawInspectionId: string;
let subsamples: string[];

const rawId = (globalId: string) => Buffer.from(globalId, 'base64').toString('utf8').split(':')[1]!;

const SCORES = `query ($id: ID!, $subsample: String!) { inspection(id: $id) {
  criterionScores(subsample: $subsample) { code subsample met applicable percentage }
  measureResults(subsample: $subsample) { key subsample met applicable percentage notApplicable } } }`;

interface Served {
  criterionScores: { code: string; subsample: string; met: number | null; applicable: number | null }[];
  measureResults: { key: string; subsample: string; met: number | null; applicable: number | null }[];
}

/** The figures the API serves to the inspection's HM inspector, for every subsample. */
async function served() {
  const all: Served[] = [];
  for (const subsample of subsamples) {
    const res = await api.gql<{ inspection: Served }>(SCORES, { id: inspectionId, subsample }, inspector);
    expect(res.errors).toBeUndefined();
    all.push(res.data!.inspection);
  }
  return all;
}

/** A full recomputation by the domain from the sampled files' facts and answers as they are in the database. */
async function recomputed() {
  const prisma = api.app.db.prisma;
  const inspection = await prisma.inspection.findUniqueOrThrow({ where: { id: rawInspectionId } });
  const framework = await api.app.services.frameworks.definition(inspection.frameworkId);
  const files = await prisma.caseFile.findMany({
    where: { inspectionId: rawInspectionId, sampleRole: 'SAMPLE' },
    select: { facts: true, answers: { select: { measureKey: true, value: true, reason: true, comment: true } } },
  });
  const scores = scoreInspection(
    framework,
    files.map((f): CaseFileForScoring => ({
      facts: f.facts as unknown as CaseFileForScoring['facts'],
      answers: f.answers.map((a) => ({ measure: a.measureKey, value: a.value, reason: a.reason, comment: a.comment })),
    })),
  );
  return subsamples.map((subsample) => ({
    criterionScores: scores.criteria
      .filter((c) => c.subsample === subsample)
      .map((c) => ({ code: c.key, subsample, met: c.met, applicable: c.applicable, percentage: c.percentage })),
    measureResults: scores.measures
      .filter((m) => m.subsample === subsample)
      .map((m) => ({
        key: m.key,
        subsample,
        met: m.met,
        applicable: m.applicable,
        percentage: m.percentage,
        notApplicable: m.notApplicable,
      })),
  }));
}

interface MyFile {
  id: string;
  answers: { measureKey: string; value: string; version: number }[];
}
async function myFiles(): Promise<MyFile[]> {
  const res = await api.gql<{ myCaseFiles: (MyFile & { inspection: { id: string }; sampleRole: string })[] }>(
    `{ myCaseFiles { id sampleRole inspection { id } answers { measureKey value version } } }`,
    {},
    assessor,
  );
  return res
    .data!.myCaseFiles.filter((f) => f.inspection.id === inspectionId && f.sampleRole === 'SAMPLE')
    .map((f) => ({ ...f, answers: f.answers.filter((a) => a.value === 'YES' || a.value === 'NO') }))
    .filter((f) => f.answers.length > 0);
}

const SAVE = `mutation ($input: MutationSaveAnswerInput!) { saveAnswer(input: $input) { __typename } }`;
const save = (input: Record<string, unknown>) =>
  api.gql<{ saveAnswer: { __typename: string } }>(SAVE, { input }, assessor);

beforeAll(async () => {
  api = await startTestApi({ seed: true });
  inspector = await api.signIn(DEMO_EMAILS.inspector);
  assessor = await api.signIn(DEMO_EMAILS.westMidlandsAssessorA);
  const res = await api.gql<{
    inspections: { edges: { node: { id: string; status: string; area: { code: string } } }[] };
  }>(`{ inspections(first: 20) { edges { node { id status area { code } } } } }`, {}, inspector);
  inspectionId = res.data!.inspections.edges.find((e) => e.node.status === 'FIELDWORK' && e.node.area.code === 'WMPA')!
    .node.id;
  rawInspectionId = rawId(inspectionId);
  const inspection = await api.app.db.prisma.inspection.findUniqueOrThrow({ where: { id: rawInspectionId } });
  const framework = await api.app.services.frameworks.definition(inspection.frameworkId);
  subsamples = ['ALL', ...framework.subsamples.map((s) => s.key)];
}, 120_000);
afterAll(() => api?.close());

describe('live scores between changes', () => {
  it('serves a second read without reading the answers again', async () => {
    await served();
    const statements: string[] = [];
    const stop = api.app.db.onQuery((sql) => statements.push(sql));
    try {
      await api.gql(SCORES, { id: inspectionId, subsample: 'ALL' }, inspector);
    } finally {
      stop();
    }
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.filter((sql) => /"public"\."Answer"/.test(sql))).toEqual([]);
    expect(await served()).toEqual(await recomputed());
  });

  it("serves a file's changed facts and a changed sample at once, whatever wrote them", async () => {
    await served();
    const prisma = api.app.db.prisma;
    const file = await prisma.caseFile.findFirstOrThrow({
      where: { inspectionId: rawInspectionId, sampleRole: 'SAMPLE', answers: { some: {} } },
      select: { id: true, facts: true },
    });
    const facts = file.facts as { riskOfHarm?: string };
    await prisma.caseFile.update({
      where: { id: file.id },
      data: { facts: { ...facts, riskOfHarm: facts.riskOfHarm === 'HIGH' ? 'LOW' : 'HIGH' } },
    });
    expect(await served()).toEqual(await recomputed());
    await prisma.caseFile.update({ where: { id: file.id }, data: { sampleRole: 'REPLACED' } });
    expect(await served()).toEqual(await recomputed());
    await prisma.caseFile.update({ where: { id: file.id }, data: { sampleRole: 'SAMPLE', facts: file.facts ?? {} } });
    expect(await served()).toEqual(await recomputed());
  });

  it('after random saves, conflicts and retries, serves exactly the figures of a full recomputation', async () => {
    const files = await myFiles();
    expect(files.length).toBeGreaterThan(0);
    let retryId = 0;
    const step = fc.record({
      kind: fc.constantFrom('save', 'stale', 'race', 'retry', 'read'),
      file: fc.nat(),
      answer: fc.nat(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (steps) => {
        for (const { kind, file: f, answer: a } of steps) {
          const current = await myFiles();
          const file = current[f % current.length]!;
          const answer = file.answers[a % file.answers.length]!;
          const input = {
            caseFileId: file.id,
            measureKey: answer.measureKey,
            value: answer.value === 'YES' ? 'NO' : 'YES',
            expectedVersion: answer.version,
          };
          if (kind === 'save')
            expect((await save(input)).data?.saveAnswer.__typename).toBe('MutationSaveAnswerSuccess');
          if (kind === 'stale') {
            const res = await save({ ...input, expectedVersion: answer.version - 1 });
            expect(res.data?.saveAnswer.__typename).toBe('AnswerConflictError');
          }
          if (kind === 'race') {
            // Two saves of one answer at one version, and a read among them: one save wins, the other conflicts.
            const [one, other] = await Promise.all([save(input), save({ ...input, value: answer.value }), served()]);
            expect([one, other].map((r) => r.data?.saveAnswer.__typename).sort()).toEqual([
              'AnswerConflictError',
              'MutationSaveAnswerSuccess',
            ]);
          }
          if (kind === 'retry') {
            const clientMutationId = `live-scores-${(retryId += 1)}`;
            const [first, second] = await Promise.all([
              save({ ...input, clientMutationId }),
              save({ ...input, clientMutationId }),
            ]);
            const again = await save({ ...input, clientMutationId });
            for (const res of [first, second, again])
              expect(['MutationSaveAnswerSuccess', 'AnswerConflictError']).toContain(res.data?.saveAnswer.__typename);
          }
          // Every read after an acknowledged save serves the answers as they now are.
          expect(await served()).toEqual(await recomputed());
        }
      }),
      { numRuns: 6 },
    );
  }, 300_000);
});
