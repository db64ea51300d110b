// A small inspection on the standards framework, run through the API as a team would: ratings per standard and
// overall, an inspector's override with a reason, publication freezing them; then a second version of the
// framework changes nothing already run, and a follow-up on it compares only what it declares comparable.
import {
  rateInspection,
  scoreInspection,
  type CaseFacts,
  type FrameworkDefinition,
  type Measure,
} from '@scrutiny/domain';
import { standardsFramework } from '@scrutiny/plugin-framework-standards';
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FrameworkRegistry } from '../plugins/framework-registry.ts';
import { startTestApi, type TestApi } from '../testing/harness.ts';

let api: TestApi;
let inspector: string;
let chief: string;
let assessor: string;
let areaId: string;
let inspectionId: string;

const RATINGS = `ratings {
  questionSet
  standards { code title computed { key label } lowestKeyQuestion effective { key label points }
    override { rating { key } reason by at } keyQuestions { key rating { key } measure { prompts } } }
  overall { points rating { key label } reason }
  units { unit caseFiles withheld overall { rating { key } } }
}`;

interface Ratings {
  questionSet: string;
  standards: {
    code: string;
    computed: { key: string } | null;
    lowestKeyQuestion: string | null;
    effective: { key: string; points: number } | null;
    override: { rating: { key: string }; reason: string; by: string; at: string } | null;
    keyQuestions: { key: string; rating: { key: string } | null; measure: { prompts: string[] } }[];
  }[];
  overall: { points: number | null; rating: { key: string; label: string } | null; reason: string | null };
  units: { unit: string; caseFiles: number; withheld: boolean; overall: { rating: { key: string } | null } | null }[];
}

async function mutate<T>(
  name: string,
  input: Record<string, unknown>,
  as: string,
  select = '__typename ... on Error { code message }',
): Promise<T> {
  const inputType = `Mutation${name[0]!.toUpperCase()}${name.slice(1)}Input`;
  const res = await api.gql<Record<string, T>>(
    `mutation ($input: ${inputType}!) { ${name}(input: $input) { ${select} } }`,
    { input },
    as,
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data![name]!;
}

function caseList(rows: number): string {
  const header = 'reference,person,officer,order_type,risk_of_harm,district,supervision_plan_date';
  const risks = ['low', 'medium', 'high', 'very high'];
  return [
    header,
    ...Array.from({ length: rows }, (_, i) =>
      [
        `S-${String(i + 1).padStart(3, '0')}`,
        `P${i + 1}`,
        `OFF${i % 7}`,
        'CO',
        risks[i % 4],
        i % 2 === 0 ? 'Birmingham North' : 'Coventry',
        i % 3 === 0 ? '' : '2026-03-02',
      ].join(','),
    ),
  ].join('\n');
}

/** Plans an inspection on a framework version, imports a case list, draws 12 and answers every asked question. */
async function runInspection(frameworkId: string, year: number, baselineId?: string): Promise<string> {
  const created = await mutate<{ __typename: string; data: { id: string } }>(
    'createInspection',
    {
      areaId,
      frameworkId,
      kind: baselineId ? 'FOLLOW_UP' : 'FULL',
      year,
      title: `Case supervision ${year}`,
      ...(baselineId ? { baselineId } : {}),
    },
    inspector,
    '__typename ... on MutationCreateInspectionSuccess { data { id } } ... on Error { message }',
  );
  expect(created.__typename).toBe('MutationCreateInspectionSuccess');
  const id = created.data.id;
  const imported = await mutate<{ __typename: string }>(
    'importCaseList',
    { inspectionId: id, csv: caseList(40) },
    inspector,
  );
  expect(imported.__typename).toBe('MutationImportCaseListSuccess');
  const drawn = await mutate<{ __typename: string }>(
    'drawSample',
    { inspectionId: id, seed: `standards-${year}`, size: 12 },
    inspector,
  );
  expect(drawn.__typename).toBe('MutationDrawSampleSuccess');
  const files = await api.gql<{ inspection: { caseFiles: { edges: { node: { id: string } }[] } } }>(
    `query ($id: ID!) { inspection(id: $id) { caseFiles(first: 50, sampleRole: SAMPLE) { edges { node { id } } } } }`,
    { id },
    inspector,
  );
  const sample = files.data!.inspection.caseFiles.edges.map((e) => e.node);
  expect(sample).toHaveLength(12);
  for (const [fileIndex, file] of sample.entries()) {
    const questions = await api.gql<{ caseFile: { questions: { measureKey: string; status: string }[] } }>(
      `query ($id: ID!) { caseFile(id: $id) { questions { measureKey status } } }`,
      { id: file.id },
      inspector,
    );
    for (const question of questions.data!.caseFile.questions.filter((q) => q.status !== 'NOT_ASKED')) {
      // Engaging questions met in 7 of 12 files, the rest in 11 of 12.
      const met = question.measureKey.endsWith('.engaging') ? fileIndex < 7 : fileIndex < 11;
      const saved = await mutate<{ __typename: string; message?: string }>(
        'saveAnswer',
        { caseFileId: file.id, measureKey: question.measureKey, value: met ? 'YES' : 'NO' },
        inspector,
      );
      expect(saved.__typename, saved.message).toBe('MutationSaveAnswerSuccess');
    }
  }
  return id;
}

async function ratingsOf(id: string, as: string | null = inspector, args = ''): Promise<Ratings> {
  const res = await api.gql<{ inspection: { ratings: Ratings } }>(
    `query ($id: ID!) { inspection(id: $id) { ${RATINGS.replace('ratings', `ratings${args}`)} } }`,
    { id },
    as,
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.inspection.ratings;
}

function fromGlobalId(id: string): string {
  return Buffer.from(id, 'base64').toString('utf8').split(':').slice(1).join(':');
}

async function expectedRatings(id: string, framework: FrameworkDefinition, questionSet?: string) {
  const stored = await api.app.db.prisma.caseFile.findMany({
    where: { inspectionId: fromGlobalId(id), sampleRole: 'SAMPLE' },
    include: { answers: true },
  });
  const scores = scoreInspection(
    framework,
    stored.map((f) => ({
      facts: f.facts as unknown as CaseFacts,
      answers: f.answers.map((a) => ({ measure: a.measureKey, value: a.value, reason: a.reason })),
    })),
  );
  return rateInspection(framework, scores.measures, [], questionSet)!;
}

beforeAll(async () => {
  api = await startTestApi({ seed: true });
  inspector = await api.signIn(DEMO_EMAILS.inspector);
  chief = await api.signIn(DEMO_EMAILS.assistantChiefInspector);
  assessor = await api.signIn(DEMO_EMAILS.westMidlandsAssessorA);
  areaId = (await api.gql<{ area: { id: string } }>(`{ area(code: "WMPA") { id } }`)).data!.area.id;
}, 240_000);
afterAll(() => api?.close());

describe('ratings on a standards-based framework, through the API', () => {
  it('rates each standard by its lowest key question and the inspection overall, as the domain does', async () => {
    const frameworks = await api.gql<{ frameworks: { id: string; key: string; version: string }[] }>(
      `{ frameworks { id key version } }`,
    );
    const framework = frameworks.data!.frameworks.find((f) => f.key === standardsFramework.key)!;
    expect(framework.version).toBe(standardsFramework.version);
    inspectionId = await runInspection(framework.id, 2026);

    const ratings = await ratingsOf(inspectionId);
    const expected = await expectedRatings(inspectionId, standardsFramework);
    expect(ratings.questionSet).toBe('CORE');
    expect(ratings.standards.map((s) => [s.code, s.computed?.key, s.lowestKeyQuestion, s.effective?.key])).toEqual(
      expected.standards.map((s) => [s.code, s.computed, s.lowestKeyQuestion, s.effective]),
    );
    // Engaging met in 7 of 12 (58%: Requires improvement) pulls 2.1 to 2.3 down; reviewing has none, so 2.4 is
    // rated by its other questions.
    expect(ratings.standards.map((s) => s.effective?.key)).toEqual([
      'REQUIRES_IMPROVEMENT',
      'REQUIRES_IMPROVEMENT',
      'REQUIRES_IMPROVEMENT',
      expected.standards[3]!.effective,
    ]);
    expect(ratings.overall).toMatchObject({
      points: expected.overall.points,
      rating: { key: expected.overall.rating },
    });
    expect(ratings.standards[0]!.keyQuestions[0]!.measure.prompts.length).toBeGreaterThan(1);
    // Local units roll up to the region: each is rated on its own files; the team sees small units too.
    expect(ratings.units.map((u) => u.unit)).toEqual(['Birmingham North', 'Coventry']);
    expect(ratings.units.reduce((sum, u) => sum + u.caseFiles, 0)).toBe(12);
    // The adjusted question set leaves out implementation's engaging question, so 2.3 rates higher.
    const adjusted = await ratingsOf(inspectionId, inspector, '(questionSet: "ADJUSTED")');
    const expectedAdjusted = await expectedRatings(inspectionId, standardsFramework, 'ADJUSTED');
    expect(adjusted.standards[2]!.effective?.key).toBe(expectedAdjusted.standards[2]!.effective);
    expect(adjusted.standards[2]!.keyQuestions.map((q) => q.key)).toEqual(['2.3.desistance', '2.3.safety']);
    // ESI gives no ratings.
    const esi = await api.gql<{ area: { inspections: { edges: { node: { ratings: unknown } }[] } } }>(
      `{ area(code: "WMPA") { inspections(first: 5) { edges { node { ratings { questionSet } } } } } }`,
    );
    expect(esi.data!.area.inspections.edges.map((e) => e.node.ratings)).toContain(null);
  });

  it('lets an inspector of the team override a standard with a reason, and refuses anyone else or no reason', async () => {
    const input = {
      inspectionId,
      standard: '2.1',
      rating: 'GOOD',
      reason: 'Interviews with managers showed engagement work the files do not record.',
    };
    const byAssessor = await mutate<{ __typename: string }>('overrideStandardRating', input, assessor);
    expect(byAssessor.__typename).toBe('ForbiddenError');
    const noReason = await mutate<{ __typename: string; code: string; problems: { path: string }[] }>(
      'overrideStandardRating',
      { ...input, reason: '  ' },
      inspector,
      '__typename ... on InvalidInputError { code problems { path } }',
    );
    expect(noReason).toMatchObject({ __typename: 'InvalidInputError', problems: [{ path: 'reason' }] });
    const badRating = await mutate<{ __typename: string }>(
      'overrideStandardRating',
      { ...input, rating: 'EXCELLENT', standard: '9.9' },
      inspector,
    );
    expect(badRating.__typename).toBe('InvalidInputError');
    expect(await api.app.db.prisma.ratingOverride.count()).toBe(0);

    const before = await ratingsOf(inspectionId);
    const saved = await mutate<{ __typename: string }>('overrideStandardRating', input, inspector);
    expect(saved.__typename).toBe('MutationOverrideStandardRatingSuccess');
    const after = await ratingsOf(inspectionId);
    expect(after.standards[0]).toMatchObject({
      computed: { key: 'REQUIRES_IMPROVEMENT' },
      effective: { key: 'GOOD' },
      override: { rating: { key: 'GOOD' }, reason: input.reason, by: 'Kate White' },
    });
    expect(after.overall.points).toBe(before.overall.points! + 1);
    const audited = await api.app.db.prisma.auditEvent.findFirst({ where: { action: 'rating.override' } });
    expect(audited).toMatchObject({ inspectionId: fromGlobalId(inspectionId) });

    // A withdrawn override gives the computed rating back; the override is then made again for publication.
    const withdrawn = await mutate<{ __typename: string }>(
      'withdrawRatingOverride',
      { inspectionId, standard: '2.2' },
      inspector,
    );
    expect(withdrawn.__typename).toBe('NotFoundError');
  });

  it('freezes the ratings at publication: no override after sign-off, and later changes alter nothing', async () => {
    for (const to of ['FIELDWORK', 'VALIDATION', 'DRAFTING', 'FACTUAL_ACCURACY_CHECK']) {
      const moved = await mutate<{ __typename: string }>('moveInspection', { inspectionId, to }, inspector);
      expect(moved.__typename, to).toBe('MutationMoveInspectionSuccess');
    }
    expect(
      (await mutate<{ __typename: string }>('moveInspection', { inspectionId, to: 'SIGNED_OFF' }, chief)).__typename,
    ).toBe('MutationMoveInspectionSuccess');
    const late = await mutate<{ __typename: string }>(
      'overrideStandardRating',
      { inspectionId, standard: '2.2', rating: 'OUTSTANDING', reason: 'Too late to change the ratings now.' },
      inspector,
    );
    expect(late.__typename).toBe('InvalidStateError');
    const signedOff = await ratingsOf(inspectionId);
    expect((await mutate<{ __typename: string }>('publishInspection', { inspectionId }, chief)).__typename).toBe(
      'MutationPublishInspectionSuccess',
    );
    // Anonymous readers of the published report see the same ratings (small units withheld).
    const published = await ratingsOf(inspectionId, null);
    expect(published.standards).toEqual(signedOff.standards);
    expect(published.overall).toEqual(signedOff.overall);
    for (const unit of published.units) expect(unit.withheld).toBe(unit.caseFiles < 5);

    // Changes behind the API's back reach nothing published.
    await api.app.db.prisma.ratingOverride.deleteMany({});
    await api.app.db.prisma.answer.updateMany({
      where: { caseFile: { inspectionId: fromGlobalId(inspectionId) } },
      data: { value: 'NO' },
    });
    expect(await ratingsOf(inspectionId, null)).toEqual(published);
  });

  it('a new framework version changes nothing run on the old one, and compares only what it declares comparable', async () => {
    // Version 2 rewords planning's safety question (not comparable) and renames assessment's engaging one.
    const renamed = (m: Measure): Measure => (m.key === '2.1.engaging' ? { ...m, key: '2.1.engagement' } : m);
    const v2: FrameworkDefinition = {
      ...standardsFramework,
      version: '2025.1',
      measures: standardsFramework.measures
        .map(renamed)
        .map((m) =>
          m.key === '2.2.safety' ? { ...m, text: 'Does planning set out how others will be kept safe?' } : m,
        ),
      comparableWith: {
        fromVersion: standardsFramework.version,
        measures: Object.fromEntries(
          standardsFramework.measures.filter((m) => m.key !== '2.2.safety').map((m) => [renamed(m).key, m.key]),
        ),
      },
    };
    // Offering version 1 again, changed, rewrites nothing stored; version 2 is added beside it.
    const tampered = { ...standardsFramework, title: 'Tampered' };
    const registry = new FrameworkRegistry(api.app.db.prisma, [tampered, v2]);
    expect(await registry.register()).toEqual({
      added: [`${v2.key}@${v2.version}`],
      kept: [`${standardsFramework.key}@${standardsFramework.version}`],
    });
    const before = await ratingsOf(inspectionId, null);
    const frameworks = await api.gql<{ frameworks: { id: string; key: string; version: string; title: string }[] }>(
      `{ frameworks { id key version title } }`,
    );
    const stored = frameworks.data!.frameworks.filter((f) => f.key === v2.key);
    expect(stored.map((f) => [f.version, f.title])).toEqual([
      ['2024.1', standardsFramework.title],
      ['2025.1', standardsFramework.title],
    ]);
    const old = await api.gql<{ inspection: { framework: { version: string } } }>(
      `query ($id: ID!) { inspection(id: $id) { framework { version } } }`,
      { id: inspectionId },
    );
    expect(old.data!.inspection.framework.version).toBe('2024.1');
    expect(await ratingsOf(inspectionId, null)).toEqual(before);

    const followUp = await runInspection(stored.find((f) => f.version === '2025.1')!.id, 2027, inspectionId);
    const comparison = await api.gql<{
      inspection: {
        comparison: {
          baselineFrameworkVersion: string;
          notComparable: { kind: string; key: string; reason: string }[];
          figures: { kind: string; key: string; subsample: string }[];
        };
      };
    }>(
      `query ($id: ID!) { inspection(id: $id) { comparison { baselineFrameworkVersion notComparable { kind key reason } figures { kind key subsample } } } }`,
      { id: followUp },
      inspector,
    );
    const result = comparison.data!.inspection.comparison;
    expect(result.baselineFrameworkVersion).toBe(`${v2.key}@2024.1`);
    const notComparableMeasures = result.notComparable.filter((n) => n.kind === 'MEASURE');
    expect(notComparableMeasures).toEqual([
      { kind: 'MEASURE', key: '2.2.safety', reason: 'Changed since version 2024.1: not comparable.' },
    ]);
    const compared = new Set(result.figures.filter((f) => f.subsample === 'ALL').map((f) => f.key));
    expect(compared.has('2.1.engagement')).toBe(true);
    expect(compared.has('2.2.safety')).toBe(false);
    expect(compared.has('2.1.desistance')).toBe(true);
  });
});
