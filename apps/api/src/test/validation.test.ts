// Validation (second marking) through HTTP on the demo 2006 West Midlands follow-up: an HM inspector re-marks a
// submitted case file blind, the assessor's answers show only once the marking is compared and fixed, each
// disagreement is resolved into the answer, and the agreement figures compare the two raters' own answers.
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
  caseFiles disagreements unresolved
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

describe('second marking a case file', () => {
  it('opens only once the assessor has submitted, and only to inspectors of the team and chief inspectors', async () => {
    const notSubmitted = await marking('WM06-005', kate);
    expect(notSubmitted.data!.caseFile!.secondMarking!.state).toBe('NOT_READY');
    const q = notSubmitted.data!.caseFile!.secondMarking!.questions.find((x) => x.toMark)!;
    const early = await mutate(
      'recordValidation',
      { caseFileId: files.get('WM06-005')!.id, measureKey: q.measureKey, value: 'YES' },
      kate,
    );
    expect(early).toMatchObject({ __typename: 'InvalidStateError' });

    // The assessor sees neither the second marking nor may make one.
    const asAssessor = await marking('WM06-001', neil);
    expect(asAssessor.data!.caseFile!.secondMarking).toBeNull();
    const byAssessor = await mutate(
      'recordValidation',
      { caseFileId: files.get('WM06-001')!.id, measureKey: q.measureKey, value: 'YES' },
      neil,
    );
    expect(byAssessor.__typename).toBe('NotFoundError');
    expect((await agreement(neil)).data?.inspection?.agreement ?? null).toBeNull();
    expect((await marking('WM06-001', chief)).data!.caseFile!.secondMarking!.state).toBe('NOT_STARTED');
  });

  it('is blind: nothing of the assessor’s answers shows until the inspector has marked every question and compared', async () => {
    const answers = await answersOf('WM06-001');
    const before = (await marking('WM06-001', kate)).data!.caseFile!.secondMarking!;
    expect(before).toMatchObject({ state: 'NOT_STARTED', markedCount: 0, compared: false, markedBy: null });
    const toMark = before.questions.filter((q) => q.toMark);
    expect(toMark.length).toBe(before.questionCount);
    expect(toMark.length).toBeGreaterThan(10);
    // Every question to mark was answered by the assessor, yet shows as unanswered here.
    for (const q of toMark) {
      expect(answers.has(q.measureKey)).toBe(true);
      expect(q.status).toBe('UNANSWERED');
    }

    const [first, second] = toMark;
    const differ = new Set([first!.measureKey]);
    const marked = await mutate<{
      __typename: string;
      data: { value: string; assessorValue: string | null; agrees: boolean | null; compared: boolean };
    }>(
      'recordValidation',
      {
        caseFileId: files.get('WM06-001')!.id,
        measureKey: first!.measureKey,
        value: otherValue(first!.answerSet, answers.get(first!.measureKey)!.value),
        comment: 'Checked the review record.',
      },
      kate,
      '__typename ... on MutationRecordValidationSuccess { data { value assessorValue agrees compared } }',
    );
    expect(marked.data).toMatchObject({ assessorValue: null, agrees: null, compared: false });

    // From the first mark until the comparison, the file's answers are hidden from the marking inspector
    // wherever she looks, and she cannot write one (a conflict would show the assessor's).
    expect((await answersOf('WM06-001', kate)).size).toBe(0);
    const questions = await api.gql<{
      caseFile: { questions: { measureKey: string; status: string; value: string | null }[] };
    }>(
      `query ($id: ID!) { caseFile(id: $id) { questions { measureKey status value } } }`,
      { id: files.get('WM06-001')!.id },
      kate,
    );
    for (const q of questions.data!.caseFile.questions.filter((x) => answers.has(x.measureKey)))
      expect(q).toMatchObject({ status: 'UNANSWERED', value: null });
    const write = await mutate(
      'saveAnswer',
      { caseFileId: files.get('WM06-001')!.id, measureKey: second!.measureKey, value: 'YES' },
      kate,
    );
    expect(write).toMatchObject({ __typename: 'ForbiddenError' });
    expect((await answersOf('WM06-001')).size).toBe(answers.size);

    // Comparing early is refused, naming the questions still to mark.
    const early = await mutate<{ __typename: string; problems: { path: string }[] }>(
      'compareSecondMarking',
      { caseFileId: files.get('WM06-001')!.id },
      kate,
    );
    expect(early.__typename).toBe('InvalidInputError');
    expect(early.problems.map((p) => p.path)).toContain(second!.measureKey);
    expect(early.problems.map((p) => p.path)).not.toContain(first!.measureKey);

    // Another inspector may not take over a marking under way.
    const takeover = await mutate(
      'recordValidation',
      { caseFileId: files.get('WM06-001')!.id, measureKey: second!.measureKey, value: 'YES' },
      chief,
    );
    expect(takeover).toMatchObject({
      __typename: 'ForbiddenError',
      message: 'Kate White is second-marking this case file.',
    });

    await markAll('WM06-001', kate, differ);
    const during = (await marking('WM06-001', kate)).data!.caseFile!.secondMarking!;
    expect(during).toMatchObject({ state: 'IN_PROGRESS', markedCount: toMark.length, markedBy: 'Kate White' });
    expect(during.questions.every((q) => q.validation === null || q.validation.assessorValue === null)).toBe(true);
    const none = (await agreement(kate)).data!.inspection!.agreement!;
    expect(none.overall).toMatchObject({ pairs: 0, percentage: null, kappa: null, kappaUndefined: 'NO_PAIRS' });

    const compared = await mutate('compareSecondMarking', { caseFileId: files.get('WM06-001')!.id }, kate);
    expect(compared.__typename, compared.message).toBe('MutationCompareSecondMarkingSuccess');
    const after = await marking('WM06-001', kate);
    expect(after.data!.caseFile!.status).toBe('VALIDATED');
    expect(await answersOf('WM06-001', kate)).toEqual(answers);
    const shown = after.data!.caseFile!.secondMarking!;
    expect(shown).toMatchObject({ state: 'TO_RESOLVE', compared: true, disagreementCount: 1, unresolvedCount: 1 });
    for (const q of shown.questions.filter((x) => x.toMark)) {
      expect(q.validation!.assessorValue).toBe(answers.get(q.measureKey)!.value);
      expect(q.validation!.agrees).toBe(q.measureKey !== first!.measureKey);
    }

    // The marking is fixed once compared.
    const change = await mutate(
      'recordValidation',
      {
        caseFileId: files.get('WM06-001')!.id,
        measureKey: first!.measureKey,
        value: answers.get(first!.measureKey)!.value,
      },
      kate,
    );
    expect(change.__typename).toBe('InvalidStateError');
  });

  it('reports agreement per question, per assessor and overall, with kappa only where it is defined', async () => {
    const report = (await agreement(kate)).data!.inspection!.agreement!;
    const n = (await marking('WM06-001', kate)).data!.caseFile!.secondMarking!.questionCount;
    expect(report).toMatchObject({ caseFiles: 1, disagreements: 1, unresolved: 1 });
    expect(report.overall).toMatchObject({ key: 'ALL', pairs: n, agreed: n - 1, fewPairs: false });
    expect(report.overall.percentage).toBeCloseTo(((n - 1) / n) * 100, 9);
    expect(report.overall.kappa).not.toBeNull();
    expect(report.overall.kappa!).toBeLessThan(1);
    expect(report.byAssessor).toEqual([expect.objectContaining({ label: 'Neil Appleby', pairs: n, agreed: n - 1 })]);
    expect(report.byMeasure).toHaveLength(n);
    const disagreed = report.byMeasure.find((m) => m.agreed === 0)!;
    // One pair, answered differently: 0% agreement, and kappa is defined (two answers) but flagged as few pairs.
    expect(disagreed).toMatchObject({ pairs: 1, percentage: 0, fewPairs: true });
    expect(disagreed.label.length).toBeGreaterThan(10);
    // One pair, the same answer on both sides: full agreement, but kappa is 0/0 and reported as such.
    expect(report.byMeasure.find((m) => m.agreed === 1)).toMatchObject({
      percentage: 100,
      kappa: null,
      kappaUndefined: 'NO_VARIATION',
    });
  });

  it('resolves a disagreement into the answer, with a note, and leaves the agreement figures as they were', async () => {
    const shown = (await marking('WM06-001', kate)).data!.caseFile!.secondMarking!;
    const q = shown.questions.find((x) => x.validation?.agrees === false)!;
    const before = (await answersOf('WM06-001')).get(q.measureKey)!;
    const figures = (await agreement(kate)).data!.inspection!.agreement!;

    const noNote = await mutate(
      'resolveValidation',
      { validationId: q.validation!.id, value: q.validation!.value, note: '  ' },
      kate,
    );
    expect(noNote).toMatchObject({ __typename: 'InvalidInputError' });
    const notAnAnswer = await mutate(
      'resolveValidation',
      { validationId: q.validation!.id, value: 'MAYBE', note: 'x' },
      kate,
    );
    expect(notAnAnswer).toMatchObject({ __typename: 'InvalidInputError' });
    const byAssessor = await mutate(
      'resolveValidation',
      { validationId: q.validation!.id, value: q.validation!.value, note: 'x' },
      neil,
    );
    expect(byAssessor.__typename).toBe('NotFoundError');
    expect((await answersOf('WM06-001')).get(q.measureKey)).toEqual(before);

    const resolved = await mutate<{
      __typename: string;
      data: { resolvedValue: string; resolutionNote: string; resolvedBy: { name: string } };
    }>(
      'resolveValidation',
      { validationId: q.validation!.id, value: q.validation!.value, note: 'The file shows no review in time.' },
      kate,
      '__typename ... on Error { message } ... on MutationResolveValidationSuccess { data { resolvedValue resolutionNote resolvedBy { name } } }',
    );
    expect(resolved.data).toEqual({
      resolvedValue: q.validation!.value,
      resolutionNote: 'The file shows no review in time.',
      resolvedBy: { name: 'Kate White' },
    });
    const after = (await answersOf('WM06-001')).get(q.measureKey)!;
    expect(after).toEqual({ measureKey: q.measureKey, value: q.validation!.value, version: before.version + 1 });
    expect((await marking('WM06-001', kate)).data!.caseFile!.secondMarking).toMatchObject({
      state: 'DONE',
      unresolvedCount: 0,
      disagreementCount: 1,
    });
    const now = (await agreement(kate)).data!.inspection!.agreement!;
    expect(now.overall).toEqual(figures.overall);
    expect(now.byMeasure).toEqual(figures.byMeasure);
    expect(now).toMatchObject({ disagreements: 1, unresolved: 0 });

    // Settling on the answer the file already has leaves it, and its version, alone.
    const agreed = shown.questions.find((x) => x.validation?.agrees === true)!;
    const same = (await answersOf('WM06-001')).get(agreed.measureKey)!;
    const kept = await mutate(
      'resolveValidation',
      { validationId: agreed.validation!.id, value: same.value, note: 'Confirmed.' },
      kate,
    );
    expect(kept.__typename).toBe('MutationResolveValidationSuccess');
    expect((await answersOf('WM06-001')).get(agreed.measureKey)).toEqual(same);
  });

  it('cannot resolve a marking still blind, and the assessor cannot read a validation by its id', async () => {
    const questions = (await marking('WM06-003', kate)).data!.caseFile!.secondMarking!.questions.filter(
      (q) => q.toMark,
    );
    const saved = await mutate<{ __typename: string; data: { id: string } }>(
      'recordValidation',
      {
        caseFileId: files.get('WM06-003')!.id,
        measureKey: questions[0]!.measureKey,
        value: 'NOT_APPLICABLE',
        reason: 'No review was due.',
      },
      kate,
      '__typename ... on Error { message } ... on MutationRecordValidationSuccess { data { id } }',
    );
    expect(saved.__typename).toBe('MutationRecordValidationSuccess');
    const blindResolve = await mutate(
      'resolveValidation',
      { validationId: saved.data.id, value: 'YES', note: 'Early.' },
      kate,
    );
    expect(blindResolve.__typename).toBe('InvalidStateError');
    const needsReason = await mutate(
      'recordValidation',
      { caseFileId: files.get('WM06-003')!.id, measureKey: questions[1]!.measureKey, value: 'NOT_APPLICABLE' },
      kate,
    );
    expect(needsReason.__typename).toBe('InvalidInputError');

    const read = await api.gql<{ node: { value?: string } | null }>(
      `query ($id: ID!) { node(id: $id) { ... on Validation { value } } }`,
      { id: saved.data.id },
      neil,
    );
    expect(read.data?.node?.value).toBeUndefined();
    const byInspector = await api.gql<{ node: { value?: string } | null }>(
      `query ($id: ID!) { node(id: $id) { ... on Validation { value } } }`,
      { id: saved.data.id },
      kate,
    );
    expect(byInspector.data!.node!.value).toBe('NOT_APPLICABLE');
  });

  it('lets no one outside the file read an answer by its id', async () => {
    const ids = await api.gql<{ caseFile: { answers: { id: string; value: string }[] } }>(
      `query ($id: ID!) { caseFile(id: $id) { answers { id value } } }`,
      { id: files.get('WM06-002')!.id },
      chief,
    );
    const answer = ids.data!.caseFile.answers[0]!;
    const read = (as: string | null) =>
      api.gql<{ node: { value?: string } | null }>(
        `query ($id: ID!) { node(id: $id) { ... on Answer { value } } }`,
        { id: answer.id },
        as,
      );
    const board = await api.signIn(DEMO_EMAILS.westMidlandsBoardMember);
    // WM06-002 is Lalita Patel's file, not Neil Appleby's.
    for (const as of [null, board, neil]) expect((await read(as)).data?.node?.value).toBeUndefined();
    expect((await read(kate)).data!.node!.value).toBe(answer.value);
  });

  it('goes on through the validation stage of the inspection, and stops once drafting starts', async () => {
    const q = (await marking('WM06-003', kate)).data!.caseFile!.secondMarking!.questions.filter((x) => x.toMark)[1]!;
    const input = { caseFileId: files.get('WM06-003')!.id, measureKey: q.measureKey, value: 'YES' };
    expect((await mutate('moveInspection', { inspectionId, to: 'VALIDATION' }, kate)).__typename).toBe(
      'MutationMoveInspectionSuccess',
    );
    expect((await mutate('recordValidation', input, kate)).__typename).toBe('MutationRecordValidationSuccess');
    expect((await mutate('moveInspection', { inspectionId, to: 'DRAFTING' }, kate)).__typename).toBe(
      'MutationMoveInspectionSuccess',
    );
    expect(await mutate('recordValidation', input, kate)).toMatchObject({
      __typename: 'InvalidStateError',
      message: 'Second marking can no longer change: the inspection is drafting.',
    });
    expect((await mutate('compareSecondMarking', { caseFileId: input.caseFileId }, kate)).__typename).toBe(
      'InvalidStateError',
    );
  });
});
