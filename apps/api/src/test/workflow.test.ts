// A small inspection run end to end through the API, as a team would: plan, import the case list (a malformed one
// first), draw the sample, assign, assess, submit, move through the workflow, publish; then the published figures
// equal the domain's for the same answers and never change.
import { scoreInspection, type CaseFacts, type FrameworkDefinition } from '@scrutiny/domain';
import { esiFramework } from '@scrutiny/plugin-framework-esi';
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/harness.ts';

let api: TestApi;
let inspector: string;
let chief: string;
let assessor: string;
let inspectionId: string;

const framework = esiFramework as FrameworkDefinition;

function caseList(rows: number): string {
  const header =
    'reference,person,officer,order_type,risk_of_harm,sex,start_date,risk_management_plan_date,significant_incident,additional_requirements';
  const risks = ['low', 'medium', 'high', 'very high'];
  const lines = Array.from({ length: rows }, (_, i) =>
    [
      `T-${String(i + 1).padStart(3, '0')}`,
      `P${i + 1}`,
      `OFF${i % 9}`,
      i % 3 === 0 ? 'LICENCE' : 'CPRO',
      risks[i % 4],
      i % 5 === 0 ? 'female' : 'male',
      '2007-01-08',
      '2007-01-11',
      i % 4 === 0 ? 'yes' : 'no',
      i % 2 === 0 ? 'yes' : 'no',
    ].join(','),
  );
  return [header, ...lines].join('\n');
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

beforeAll(async () => {
  api = await startTestApi({ seed: true });
  inspector = await api.signIn(DEMO_EMAILS.inspector);
  chief = await api.signIn(DEMO_EMAILS.assistantChiefInspector);
  assessor = await api.signIn(DEMO_EMAILS.westMidlandsAssessorA);
}, 240_000);
afterAll(() => api?.close());

describe('running an inspection through the API', () => {
  it('plans an inspection with a team', async () => {
    const ids = await api.gql<{
      area: { id: string };
      frameworks: { id: string; key: string }[];
      viewer: { id: string };
    }>(`{ area(code: "WMPA") { id } frameworks { id key } viewer { id } }`, {}, assessor);
    const created = await mutate<{ __typename: string; data: { id: string } }>(
      'createInspection',
      {
        areaId: ids.data!.area.id,
        frameworkId: ids.data!.frameworks.find((f) => f.key === 'esi')!.id,
        kind: 'FULL',
        year: 2007,
        title: 'Test inspection 2007',
      },
      inspector,
      '__typename ... on MutationCreateInspectionSuccess { data { id } } ... on Error { message }',
    );
    expect(created.__typename).toBe('MutationCreateInspectionSuccess');
    inspectionId = created.data.id;
    const added = await mutate<{ __typename: string }>(
      'addTeamMember',
      { inspectionId, userId: ids.data!.viewer.id, role: 'AREA_ASSESSOR' },
      inspector,
    );
    expect(added.__typename).toBe('MutationAddTeamMemberSuccess');
  });

  it('refuses a malformed case list, saying which rows and why, and imports nothing', async () => {
    const bad = `${caseList(3)}\nT-999,P999,OFF1,CPRO,catastrophic,male,2007-01-08,,no,no\nT-998,P998,OFF1,CPRO,low,male,31/31/2007,,no,no`;
    const preview = await mutate<{ data: { readable: number; problems: { row: number; message: string }[] } }>(
      'previewCaseList',
      { inspectionId, csv: bad },
      inspector,
      '... on MutationPreviewCaseListSuccess { data { readable problems { row column message } } }',
    );
    expect(preview.data.readable).toBe(3);
    expect(preview.data.problems.map((p) => p.row)).toEqual([5, 6]);
    const refused = await mutate<{ __typename: string; code: string }>(
      'importCaseList',
      { inspectionId, csv: bad },
      inspector,
    );
    expect(refused).toMatchObject({ __typename: 'InvalidInputError', code: 'INVALID_INPUT' });
    const draw = await mutate<{ __typename: string; message: string }>(
      'drawSample',
      { inspectionId, seed: 'x', size: 2 },
      inspector,
    );
    expect(draw.__typename).toBe('InvalidStateError');
  });

  it('issue 16: names, before import, each date-derived question the list’s dates will not settle, and why', async () => {
    // Rows 1-4 of caseList() are low, medium, high, very high: drop the start date of the two high risk ones.
    const rows = caseList(4).split('\n');
    const undated = [rows[0], rows[1], rows[2], rows[3]!.replace('2007-01-08', ''), rows[4]!.replace('2007-01-08', '')];
    const preview = await mutate<{
      data: { underivable: { measureKey: string; files: number; applicable: number; reasons: unknown[] }[] };
    }>(
      'previewCaseList',
      { inspectionId, csv: undated.join('\n') },
      inspector,
      '... on MutationPreviewCaseListSuccess { data { underivable { measureKey files applicable reasons { reason files } } } }',
    );
    expect(preview.data.underivable).toEqual([
      {
        measureKey: 'B1.rmp-quality-timely',
        files: 2,
        applicable: 2,
        reasons: [{ reason: 'Cannot be derived: no start date recorded', files: 2 }],
      },
    ]);
    const dated = await mutate<{ data: { underivable: unknown[] } }>(
      'previewCaseList',
      { inspectionId, csv: caseList(4) },
      inspector,
      '... on MutationPreviewCaseListSuccess { data { underivable { measureKey } } }',
    );
    expect(dated.data.underivable).toEqual([]);
  });

  it('imports a case list and draws a reproducible stratified sample with a reserve', async () => {
    const imported = await mutate<{ data: { imported: number } }>(
      'importCaseList',
      { inspectionId, csv: caseList(60) },
      inspector,
      '... on MutationImportCaseListSuccess { data { imported skipped } }',
    );
    expect(imported.data.imported).toBe(60);
    const drawn = await mutate<{ data: { sample: number; reserve: number } }>(
      'drawSample',
      { inspectionId, seed: 'test-2007', size: 12, highRiskSize: 6 },
      inspector,
      '... on MutationDrawSampleSuccess { data { sample reserve strata { key population drawn } } }',
    );
    expect(drawn.data.sample).toBe(12);
    expect(drawn.data.reserve).toBeGreaterThan(0);
  });

  it('assigns, assesses and submits a file; the published figures equal the domain’s', async () => {
    const files = await api.gql<{
      inspection: { caseFiles: { edges: { node: { id: string; reference: string; riskOfHarm: string } }[] } };
    }>(
      `query ($id: ID!) { inspection(id: $id) { caseFiles(first: 50, sampleRole: SAMPLE) { edges { node { id reference riskOfHarm } } } } }`,
      { id: inspectionId },
      inspector,
    );
    const sample = files.data!.inspection.caseFiles.edges.map((e) => e.node);
    expect(sample).toHaveLength(12);
    expect(sample.filter((f) => f.riskOfHarm === 'HIGH' || f.riskOfHarm === 'VERY_HIGH')).toHaveLength(6);
    const me = (await api.gql<{ viewer: { id: string } }>(`{ viewer { id } }`, {}, assessor)).data!.viewer.id;
    const assigned = await mutate<{ __typename: string }>(
      'assignCaseFiles',
      { caseFileIds: sample.map((f) => f.id), assessorId: me },
      inspector,
    );
    expect(assigned.__typename).toBe('MutationAssignCaseFilesSuccess');

    const target = sample[0]!;
    const incomplete = await mutate<{ __typename: string; message: string }>(
      'submitCaseFile',
      { caseFileId: target.id },
      assessor,
    );
    expect(incomplete.__typename).toBe('InvalidInputError');
    expect(incomplete.message).toMatch(/still need an answer/);

    // Answer every asked question of every file: YES on even questions, NO on odd ones.
    for (const file of sample) {
      const questions = await api.gql<{ caseFile: { questions: { measureKey: string; status: string }[] } }>(
        `query ($id: ID!) { caseFile(id: $id) { questions { measureKey status } } }`,
        { id: file.id },
        assessor,
      );
      const asked = questions.data!.caseFile.questions.filter((q) => q.status !== 'NOT_ASKED');
      for (const [index, question] of asked.entries()) {
        const measure = framework.measures.find((m) => m.key === question.measureKey)!;
        const options = framework.answerSets.find((s) => s.key === measure.answerSet)!.options;
        const value = options[index % 2 === 0 ? 0 : Math.min(1, options.length - 1)]!.value;
        const saved = await mutate<{ __typename: string; message?: string }>(
          'saveAnswer',
          { caseFileId: file.id, measureKey: question.measureKey, value },
          assessor,
        );
        expect(saved.__typename, `${question.measureKey}: ${saved.message}`).toBe('MutationSaveAnswerSuccess');
      }
      const submitted = await mutate<{ __typename: string }>('submitCaseFile', { caseFileId: file.id }, assessor);
      expect(submitted.__typename).toBe('MutationSubmitCaseFileSuccess');
    }

    // Second marking: the inspector marks every question blind, agreeing on all but one, compares, then resolves
    // the disagreement; the figures compare the two raters' answers, whatever the resolution.
    const answers = (
      await api.gql<{ caseFile: { answers: { measureKey: string; value: string }[] } }>(
        `query ($id: ID!) { caseFile(id: $id) { answers { measureKey value } } }`,
        { id: target.id },
        inspector,
      )
    ).data!.caseFile.answers;
    const differ = answers.find((a) => a.value === 'YES' || a.value === 'NO')!;
    for (const answer of answers) {
      const value = answer === differ ? (differ.value === 'YES' ? 'NO' : 'YES') : answer.value;
      const marked = await mutate<{ __typename: string; message?: string }>(
        'recordValidation',
        { caseFileId: target.id, measureKey: answer.measureKey, value },
        inspector,
      );
      expect(marked.__typename, marked.message).toBe('MutationRecordValidationSuccess');
    }
    const compared = await mutate<{ __typename: string; message?: string }>(
      'compareSecondMarking',
      { caseFileId: target.id },
      inspector,
    );
    expect(compared.__typename, compared.message).toBe('MutationCompareSecondMarkingSuccess');
    const disagreement = (
      await api.gql<{ caseFile: { validations: { id: string; measureKey: string; agrees: boolean }[] } }>(
        `query ($id: ID!) { caseFile(id: $id) { validations { id measureKey agrees } } }`,
        { id: target.id },
        inspector,
      )
    ).data!.caseFile.validations.filter((v) => !v.agrees);
    expect(disagreement.map((v) => v.measureKey)).toEqual([differ.measureKey]);
    const agreementQuery = `query ($id: ID!) { inspection(id: $id) { agreement { overall { pairs agreed percentage kappa } byMeasure { key pairs } } } }`;
    const agreement = await api.gql<{
      inspection: { agreement: { overall: { pairs: number; agreed: number; percentage: number } } };
    }>(agreementQuery, { id: inspectionId }, inspector);
    expect(agreement.data!.inspection.agreement.overall).toMatchObject({
      pairs: answers.length,
      agreed: answers.length - 1,
    });
    const resolved = await mutate<{ __typename: string }>(
      'resolveValidation',
      {
        validationId: disagreement[0]!.id,
        value: differ.value === 'YES' ? 'NO' : 'YES',
        note: 'The review was late.',
      },
      inspector,
    );
    expect(resolved.__typename).toBe('MutationResolveValidationSuccess');
    const after = await api.gql<typeof agreement.data>(agreementQuery, { id: inspectionId }, inspector);
    expect(after.data!.inspection.agreement.overall).toEqual(agreement.data!.inspection.agreement.overall);

    for (const to of ['FIELDWORK', 'VALIDATION', 'DRAFTING', 'FACTUAL_ACCURACY_CHECK']) {
      const moved = await mutate<{ __typename: string }>('moveInspection', { inspectionId, to }, inspector);
      expect(moved.__typename, to).toBe('MutationMoveInspectionSuccess');
    }
    const notChief = await mutate<{ __typename: string }>(
      'moveInspection',
      { inspectionId, to: 'SIGNED_OFF' },
      inspector,
    );
    expect(notChief.__typename).toBe('ForbiddenError');
    expect(
      (await mutate<{ __typename: string }>('moveInspection', { inspectionId, to: 'SIGNED_OFF' }, chief)).__typename,
    ).toBe('MutationMoveInspectionSuccess');
    expect((await mutate<{ __typename: string }>('publishInspection', { inspectionId }, chief)).__typename).toBe(
      'MutationPublishInspectionSuccess',
    );

    // What the domain computes from the same answers, read back from the database.
    const stored = await api.app.db.prisma.caseFile.findMany({
      where: { inspectionId: fromGlobalId(inspectionId), sampleRole: 'SAMPLE' },
      include: { answers: true },
    });
    const expected = scoreInspection(
      framework,
      stored.map((f) => ({
        facts: f.facts as unknown as CaseFacts,
        answers: f.answers.map((a) => ({ measure: a.measureKey, value: a.value, reason: a.reason })),
      })),
    );
    const published = await api.gql<{
      inspection: {
        published: boolean;
        criterionScores: { code: string; met: number; applicable: number; percentage: number }[];
      };
    }>(`query ($id: ID!) { inspection(id: $id) { published criterionScores { code met applicable percentage } } }`, {
      id: inspectionId,
    });
    expect(published.data!.inspection.published).toBe(true);
    const want = expected.criteria
      .filter((c) => c.subsample === 'ALL')
      .map((c) => ({ code: c.key, met: c.met, applicable: c.applicable, percentage: c.percentage }));
    expect(published.data!.inspection.criterionScores).toEqual(want);
  });

  it('freezes the published figures: later changes are refused and change nothing', async () => {
    const before = await api.gql(`query ($id: ID!) { inspection(id: $id) { criterionScores { code percentage } } }`, {
      id: inspectionId,
    });
    const file = await api.app.db.prisma.caseFile.findFirstOrThrow({
      where: { inspectionId: fromGlobalId(inspectionId), sampleRole: 'SAMPLE' },
      include: { answers: true },
    });
    const answer = file.answers[0]!;
    const refused = await mutate<{ __typename: string }>(
      'saveAnswer',
      {
        caseFileId: Buffer.from(`CaseFile:${file.id}`).toString('base64'),
        measureKey: answer.measureKey,
        value: answer.value === 'YES' ? 'NO' : 'YES',
        expectedVersion: answer.version,
      },
      inspector,
    );
    expect(refused.__typename).toBe('InvalidStateError');
    // Even a change made behind the API's back leaves the published figures as they were.
    await api.app.db.prisma.answer.updateMany({
      where: { caseFile: { inspectionId: fromGlobalId(inspectionId) } },
      data: { value: 'NO' },
    });
    const after = await api.gql(`query ($id: ID!) { inspection(id: $id) { criterionScores { code percentage } } }`, {
      id: inspectionId,
    });
    expect(after).toEqual(before);
  });
});

function fromGlobalId(id: string): string {
  return Buffer.from(id, 'base64').toString('utf8').split(':').slice(1).join(':');
}
