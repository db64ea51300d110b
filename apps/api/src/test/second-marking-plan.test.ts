// Second marking of a chosen part (issue 16 item 6), through HTTP on the demo 2006 West Midlands follow-up: the lead
// chooses which files and which questions are second-marked; only those are asked and compared, and agreement and
// kappa are given over the marked pairs, per question and pooled, with the counts of pairs.
import { agreementOf } from '@scrutiny/domain';
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/harness.ts';

let api: TestApi;
let kate: string; // HM inspector on the 2006 team
let chief: string;
let neil: string; // area assessor of WM06-001 and WM06-003
let inspectionId: string;
const files = new Map<string, { id: string; status: string }>();

async function mutate<T = { __typename: string; message?: string; code?: string }>(
  name: string,
  input: Record<string, unknown>,
  as: string,
  select = '__typename ... on Error { code message } ... on InvalidInputError { problems { path message } }',
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

interface MarkingQuestion {
  measureKey: string;
  status: string;
  toMark: boolean;
  answerSet: string;
  validation: { id: string; value: string; assessorValue: string | null; agrees: boolean | null } | null;
}
interface Marking {
  state: string;
  questionCount: number;
  markedCount: number;
  compared: boolean;
  disagreementCount: number;
  unresolvedCount: number;
  markedBy: string | null;
  questions: MarkingQuestion[];
}

const MARKING = `query ($id: ID!) { caseFile(id: $id) { status secondMarking {
  state questionCount markedCount compared disagreementCount unresolvedCount markedBy
  questions { measureKey status toMark answerSet validation { id value assessorValue agrees } } } } }`;

async function marking(reference: string, as: string) {
  const res = await api.gql<{ caseFile: { status: string; secondMarking: Marking | null } | null }>(
    MARKING,
    { id: files.get(reference)!.id },
    as,
  );
  expect(res.errors).toBeUndefined();
  return res;
}

/** The file's answers as the chief inspector (who is not second-marking) reads them. */
async function answersOf(reference: string, as = chief) {
  const res = await api.gql<{ caseFile: { answers: { measureKey: string; value: string; version: number }[] } }>(
    `query ($id: ID!) { caseFile(id: $id) { answers { measureKey value version } } }`,
    { id: files.get(reference)!.id },
    as,
  );
  return new Map(res.data!.caseFile.answers.map((a) => [a.measureKey, a]));
}

const AGREEMENT = `query ($id: ID!) { inspection(id: $id) { agreement {
  caseFiles disagreements unresolved plan { allCaseFiles caseFileIds allQuestions measureKeys }
  overall { key label pairs agreed percentage chancePercentage kappa kappaUndefined fewPairs }
  byMeasure { key label pairs agreed percentage kappa kappaUndefined fewPairs }
  byAssessor { key label pairs agreed percentage kappa kappaUndefined fewPairs } } } }`;

interface AgreementFigure {
  key: string;
  label: string;
  pairs: number;
  agreed: number;
  percentage: number | null;
  chancePercentage?: number | null;
  kappa: number | null;
  kappaUndefined: string | null;
  fewPairs: boolean;
}
interface AgreementReport {
  plan: { allCaseFiles: boolean; caseFileIds: string[] | null; allQuestions: boolean; measureKeys: string[] | null };
  caseFiles: number;
  disagreements: number;
  unresolved: number;
  overall: AgreementFigure;
  byMeasure: AgreementFigure[];
  byAssessor: AgreementFigure[];
}

async function agreement(as: string) {
  return api.gql<{ inspection: { agreement: AgreementReport | null } | null }>(AGREEMENT, { id: inspectionId }, as);
}

/** Marks every question of a file as the assessor answered it, except `differ` ones, which get another value. */
async function markAll(reference: string, as: string, differ: ReadonlySet<string>) {
  const answers = await answersOf(reference);
  const questions = (await marking(reference, as)).data!.caseFile!.secondMarking!.questions.filter((q) => q.toMark);
  for (const q of questions) {
    const given = answers.get(q.measureKey)!.value;
    const value = differ.has(q.measureKey) ? otherValue(q.answerSet, given) : given;
    const marked = await mutate(
      'recordValidation',
      {
        caseFileId: files.get(reference)!.id,
        measureKey: q.measureKey,
        value,
        ...(value === 'NOT_APPLICABLE' ? { reason: 'Not relevant here.' } : {}),
      },
      as,
    );
    expect(marked.__typename, marked.message).toBe('MutationRecordValidationSuccess');
  }
  return questions;
}

function otherValue(answerSet: string, value: string): string {
  if (answerSet === 'CLASSIFICATION') return value === 'APPROPRIATE' ? 'INFLATED' : 'APPROPRIATE';
  return value === 'YES' ? 'NO' : 'YES';
}

beforeAll(async () => {
  api = await startTestApi({ seed: true });
  kate = await api.signIn(DEMO_EMAILS.inspector);
  chief = await api.signIn(DEMO_EMAILS.assistantChiefInspector);
  neil = await api.signIn(DEMO_EMAILS.westMidlandsAssessorA);
  const found = await api.gql<{
    inspections: {
      edges: {
        node: {
          id: string;
          year: number;
          caseFiles: { edges: { node: { id: string; reference: string; status: string } }[] };
        };
      }[];
    };
  }>(
    `{ inspections(first: 10) { edges { node { id year caseFiles(first: 20) { edges { node { id reference status } } } } } } }`,
    {},
    kate,
  );
  const inspection = found.data!.inspections.edges.map((e) => e.node).find((i) => i.year === 2006)!;
  inspectionId = inspection.id;
  for (const { node } of inspection.caseFiles.edges) files.set(node.reference, node);
  // The assessor finishes two of their files.
  for (const reference of ['WM06-001', 'WM06-003']) {
    const submitted = await mutate('submitCaseFile', { caseFileId: files.get(reference)!.id }, neil);
    expect(submitted.__typename, submitted.message).toBe('MutationSubmitCaseFileSuccess');
  }
}, 240_000);

afterAll(async () => {
  await api?.close();
});

const CHOSEN = ['B1.overall', 'B3.overall', 'C2.overall', 'C5.overall', 'B1.review-16-weeks', 'B3.smart-objectives'];
const PLAN = `__typename ... on MutationSetSecondMarkingPlanSuccess { data { allCaseFiles caseFileIds allQuestions measureKeys } }
  ... on Error { code message }`;

describe('second marking of a chosen part', () => {
  it('is chosen by the lead (here the chief inspector), not by another inspector, and only from known questions and files', async () => {
    const refused = await mutate('setSecondMarkingPlan', { inspectionId, measureKeys: CHOSEN }, kate);
    expect(refused.__typename).toBe('ForbiddenError');
    const unknown = await mutate('setSecondMarkingPlan', { inspectionId, measureKeys: ['B9.no-such-question'] }, chief);
    expect(unknown).toMatchObject({
      __typename: 'InvalidInputError',
      message: 'There is no question "B9.no-such-question".',
    });
    const chosen = await mutate<{ __typename: string; data: Record<string, unknown> }>(
      'setSecondMarkingPlan',
      { inspectionId, caseFileIds: [files.get('WM06-001')!.id], measureKeys: CHOSEN },
      chief,
      PLAN,
    );
    expect(chosen.__typename).toBe('MutationSetSecondMarkingPlanSuccess');
    expect(chosen.data).toEqual({
      allCaseFiles: false,
      caseFileIds: [files.get('WM06-001')!.id],
      allQuestions: false,
      measureKeys: CHOSEN,
    });
  });

  it('asks nothing of a file left out, and only the chosen questions of a chosen file', async () => {
    const left = (await marking('WM06-003', kate)).data!.caseFile!.secondMarking!;
    expect(left).toMatchObject({ state: 'NOT_CHOSEN', questionCount: 0 });
    expect(left.questions.some((q) => q.toMark)).toBe(false);
    const refused = await mutate(
      'recordValidation',
      { caseFileId: files.get('WM06-003')!.id, measureKey: 'B1.overall', value: 'YES' },
      kate,
    );
    expect(refused.__typename).toBe('InvalidStateError');

    const chosen = (await marking('WM06-001', kate)).data!.caseFile!.secondMarking!;
    const toMark = chosen.questions.filter((q) => q.toMark).map((q) => q.measureKey);
    expect(toMark.length).toBe(chosen.questionCount);
    expect(toMark.length).toBeGreaterThanOrEqual(5);
    expect(toMark.every((key) => CHOSEN.includes(key))).toBe(true);
    // The four overall judgements are among what is second-marked.
    for (const key of ['B1.overall', 'B3.overall', 'C2.overall', 'C5.overall']) expect(toMark).toContain(key);
    const other = chosen.questions.find(
      (q) => !q.toMark && q.status !== 'NOT_ASKED' && !CHOSEN.includes(q.measureKey),
    )!;
    const notChosen = await mutate(
      'recordValidation',
      { caseFileId: files.get('WM06-001')!.id, measureKey: other.measureKey, value: 'YES' },
      kate,
    );
    expect(notChosen.__typename).toBe('InvalidInputError');
  });

  it('compares once the chosen questions are marked, and gives agreement and kappa over those pairs only', async () => {
    const answers = await answersOf('WM06-001');
    const marked = await markAll('WM06-001', kate, new Set(['B1.overall']));
    const compared = await mutate('compareSecondMarking', { caseFileId: files.get('WM06-001')!.id }, kate);
    expect(compared.__typename, compared.message).toBe('MutationCompareSecondMarkingSuccess');

    const pairs = marked.map((q) => {
      const first = answers.get(q.measureKey)!.value;
      return {
        key: q.measureKey,
        first,
        second: q.measureKey === 'B1.overall' ? otherValue(q.answerSet, first) : first,
      };
    });
    const report = (await agreement(kate)).data!.inspection!.agreement!;
    expect(report.plan).toMatchObject({ allCaseFiles: false, allQuestions: false, measureKeys: CHOSEN });
    expect(report.caseFiles).toBe(1);
    const expected = agreementOf(pairs.map((p) => [p.first, p.second] as const));
    expect(report.overall).toMatchObject({ pairs: marked.length, agreed: marked.length - 1 });
    expect(report.overall.percentage).toBeCloseTo(expected.percentage!, 10);
    expect(report.overall.kappa).toBe(expected.kappa);
    expect(report.overall.kappaUndefined).toBe(expected.kappaUndefined);
    // Per question, over the chosen questions only, each with its count of pairs.
    expect(report.byMeasure.map((m) => m.key).sort()).toEqual(pairs.map((p) => p.key).sort());
    for (const m of report.byMeasure) expect(m).toMatchObject({ pairs: 1, agreed: m.key === 'B1.overall' ? 0 : 1 });

    // The lead narrows the plan afterwards: the figures follow what the plan second-marks.
    const narrowed = await mutate(
      'setSecondMarkingPlan',
      { inspectionId, measureKeys: ['B3.overall', 'C2.overall'] },
      chief,
    );
    expect(narrowed.__typename, narrowed.message).toBe('MutationSetSecondMarkingPlanSuccess');
    const after = (await agreement(kate)).data!.inspection!.agreement!;
    expect(after.plan).toMatchObject({
      allCaseFiles: true,
      caseFileIds: null,
      measureKeys: ['B3.overall', 'C2.overall'],
    });
    expect(after.overall).toMatchObject({ pairs: 2, agreed: 2, percentage: 100 });
    expect(after.byMeasure.map((m) => m.key)).toEqual(['B3.overall', 'C2.overall']);

    // Back to everything: the platform's default, every applicable question of every submitted file.
    await mutate('setSecondMarkingPlan', { inspectionId }, chief);
    const all = (await agreement(kate)).data!.inspection!.agreement!;
    expect(all.plan).toEqual({ allCaseFiles: true, caseFileIds: null, allQuestions: true, measureKeys: null });
    expect(all.overall.pairs).toBe(marked.length);
    const whole = (await marking('WM06-003', kate)).data!.caseFile!.secondMarking!;
    expect(whole.state).toBe('NOT_STARTED');
    expect(whole.questionCount).toBeGreaterThan(10);
  });
});
