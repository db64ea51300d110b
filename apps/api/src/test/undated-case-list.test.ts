// Issue 16, item 1, through the API: a case list without date columns. The date-derived question "a risk management
// plan of satisfactory quality within five working days" cannot be settled by dates, so the assessors' YES stands
// (never 0 of 25 for want of a date); a measure no one has answered yet has no percentage, and is listed with why in
// the figures and in what is not compared, instead of vanishing from both.
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/harness.ts';

let api: TestApi;
let inspector: string;
let assessor: string;
let inspectionId: string;

/** High and very high risk cases only, with no date column at all. */
function undatedCaseList(rows: number): string {
  const header = 'reference,person,officer,order_type,risk_of_harm,sex,significant_incident,additional_requirements';
  const lines = Array.from({ length: rows }, (_, i) =>
    [
      `U-${String(i + 1).padStart(3, '0')}`,
      `UP${i + 1}`,
      `UOFF${i % 10}`,
      i % 3 === 0 ? 'LICENCE' : 'CPRO',
      i % 2 === 0 ? 'high' : 'very high',
      i % 5 === 0 ? 'female' : 'male',
      'no',
      'no',
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
  assessor = await api.signIn(DEMO_EMAILS.westMidlandsAssessorA);
}, 240_000);
afterAll(() => api?.close());

interface Measure {
  key: string;
  subsample: string;
  met: number | null;
  applicable: number | null;
  percentage: number | null;
  unanswered: number | null;
  notComputedReason: string | null;
}

describe('a case list without date columns', () => {
  it('never publishes 0 of 25 for want of a date, and lists an uncomputable figure with why', async () => {
    const ids = await api.gql<{
      area: { id: string; inspections: { edges: { node: { id: string; year: number } }[] } };
      frameworks: { id: string; key: string }[];
      viewer: { id: string };
    }>(
      `{ area(code: "WMPA") { id inspections(first: 10) { edges { node { id year } } } } frameworks { id key } viewer { id } }`,
      {},
      assessor,
    );
    const baselineId = ids.data!.area.inspections.edges.find((e) => e.node.year === 2005)!.node.id;
    const created = await mutate<{ __typename: string; data: { id: string } }>(
      'createInspection',
      {
        areaId: ids.data!.area.id,
        frameworkId: ids.data!.frameworks.find((f) => f.key === 'esi')!.id,
        kind: 'FOLLOW_UP',
        year: 2008,
        title: 'Undated follow-up 2008',
        baselineId,
      },
      inspector,
      '__typename ... on MutationCreateInspectionSuccess { data { id } } ... on Error { message }',
    );
    expect(created.__typename).toBe('MutationCreateInspectionSuccess');
    inspectionId = created.data.id;
    await mutate('addTeamMember', { inspectionId, userId: ids.data!.viewer.id, role: 'AREA_ASSESSOR' }, inspector);

    const csv = undatedCaseList(32);
    const preview = await mutate<{ data: { underivable: { measureKey: string; files: number }[] } }>(
      'previewCaseList',
      { inspectionId, csv },
      inspector,
      '... on MutationPreviewCaseListSuccess { data { underivable { measureKey files } } }',
    );
    expect(preview.data.underivable).toContainEqual({ measureKey: 'B1.rmp-quality-timely', files: 32 });
    await mutate('importCaseList', { inspectionId, csv }, inspector);
    const drawn = await mutate<{ __typename: string; data: { sample: number } }>(
      'drawSample',
      { inspectionId, seed: 'undated', size: 25, highRiskSize: 25, reserveShare: 0.2 },
      inspector,
      '__typename ... on MutationDrawSampleSuccess { data { sample } } ... on Error { message }',
    );
    expect(drawn.data.sample).toBe(25);

    const files = await api.gql<{ inspection: { caseFiles: { edges: { node: { id: string } }[] } } }>(
      `query ($id: ID!) { inspection(id: $id) { caseFiles(first: 50, sampleRole: SAMPLE) { edges { node { id } } } } }`,
      { id: inspectionId },
      inspector,
    );
    const sample = files.data!.inspection.caseFiles.edges.map((e) => e.node.id);
    await mutate('assignCaseFiles', { caseFileIds: sample, assessorId: ids.data!.viewer.id }, inspector);
    // Every assessor found a satisfactory plan in time: YES on every file. Nobody has yet judged the 16-week reviews.
    for (const caseFileId of sample) {
      const saved = await mutate<{ __typename: string; message?: string }>(
        'saveAnswer',
        { caseFileId, measureKey: 'B1.rmp-quality-timely', value: 'YES' },
        assessor,
      );
      expect(saved.__typename, saved.message).toBe('MutationSaveAnswerSuccess');
    }

    const scores = await api.gql<{
      inspection: {
        measureResults: Measure[];
        comparison: {
          figures: { key: string; subsample: string }[];
          notCompared: { key: string; subsample: string; reason: string }[];
        };
      };
    }>(
      `query ($id: ID!) { inspection(id: $id) {
        measureResults { key subsample met applicable percentage unanswered notComputedReason }
        comparison { figures { key subsample } notCompared { key subsample reason } } } }`,
      { id: inspectionId },
      inspector,
    );
    expect(scores.errors).toBeUndefined();
    const { measureResults, comparison } = scores.data!.inspection;
    const timely = measureResults.find((m) => m.key === 'B1.rmp-quality-timely' && m.subsample === 'ALL')!;
    expect(timely).toMatchObject({ met: 25, applicable: 25, percentage: 100, notComputedReason: null });

    const reviews = measureResults.find((m) => m.key === 'B1.review-16-weeks' && m.subsample === 'ALL')!;
    expect(reviews).toMatchObject({ met: 0, applicable: 0, percentage: null, unanswered: 25 });
    expect(reviews.notComputedReason).toBe(
      'no applicable case file was counted: 25 case files it applies to have no answer yet (a question the dates cannot settle is asked of the assessor)',
    );
    // Not in the comparison, but listed in what is not compared, with the same reason.
    expect(comparison.figures.some((f) => f.key === 'B1.review-16-weeks')).toBe(false);
    expect(comparison.notCompared).toContainEqual({
      key: 'B1.review-16-weeks',
      subsample: 'ALL',
      reason: `this inspection’s figure could not be computed: ${reviews.notComputedReason}`,
    });
    // Every figure of the inspection is either compared or listed as not compared: none vanishes.
    const accounted = new Set([...comparison.figures, ...comparison.notCompared].map((f) => `${f.key}|${f.subsample}`));
    for (const m of measureResults) expect(accounted.has(`${m.key}|${m.subsample}`), m.key).toBe(true);
  });
});
