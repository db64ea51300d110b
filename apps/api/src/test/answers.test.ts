// Saving answers: validated, versioned, audited; bad input changes nothing; retries have one effect.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { startTestApi, type TestApi } from '../testing/harness.ts';

let api: TestApi;
let assessor: string;
let file: { id: string; reference: string; questions: { measureKey: string; status: string }[] };

const SAVE = /* GraphQL */ `
  mutation Save($input: MutationSaveAnswerInput!) {
    saveAnswer(input: $input) {
      __typename
      ... on MutationSaveAnswerSuccess {
        data {
          measureKey
          value
          version
        }
      }
      ... on Error {
        code
        message
      }
      ... on AnswerConflictError {
        yourVersion
        current {
          value
          version
          answeredBy
        }
      }
    }
  }
`;
type SaveResult = {
  saveAnswer: {
    __typename: string;
    data?: { value: string; version: number };
    code?: string;
    message?: string;
    current?: { value: string; version: number };
  };
};

beforeAll(async () => {
  api = await startTestApi({ seed: true });
  const chief = await api.signIn(DEMO_EMAILS.assistantChiefInspector);
  const res = await api.gql<{
    inspections: {
      edges: {
        node: {
          status: string;
          caseFiles: {
            edges: {
              node: { id: string; reference: string; status: string; assessor: { email: string | null } | null };
            }[];
          };
        };
      }[];
    };
  }>(
    `{ inspections(first: 10, areaCode: "WMPA") { edges { node { status caseFiles(first: 100) { edges { node { id reference status assessor { email } } } } } } } }`,
    {},
    chief,
  );
  const open = res.data!.inspections.edges.map((e) => e.node).find((n) => n.status !== 'PUBLISHED')!;
  const target = open.caseFiles.edges.map((e) => e.node).find((f) => f.assessor?.email && f.status === 'ASSIGNED')!;
  assessor = await api.signIn(target.assessor!.email!);
  const read = await api.gql<{ caseFile: typeof file }>(
    `query ($id: ID!) { caseFile(id: $id) { id reference questions { measureKey status } } }`,
    { id: target.id },
    assessor,
  );
  file = read.data!.caseFile;
}, 120_000);
afterAll(() => api?.close());

const answersOf = async () =>
  (
    await api.gql<{ caseFile: { answers: { measureKey: string; value: string; version: number }[] } }>(
      `query ($id: ID!) { caseFile(id: $id) { answers { measureKey value version } } }`,
      { id: file.id },
      assessor,
    )
  ).data!.caseFile.answers;

describe('saveAnswer', () => {
  it('saves a new answer at version 1, then a change at version 2', async () => {
    const first = await api.gql<SaveResult>(
      SAVE,
      { input: { caseFileId: file.id, measureKey: 'B1.initial-assessment-done', value: 'YES' } },
      assessor,
    );
    expect(first.data!.saveAnswer).toMatchObject({
      __typename: 'MutationSaveAnswerSuccess',
      data: { value: 'YES', version: 1 },
    });
    const second = await api.gql<SaveResult>(
      SAVE,
      { input: { caseFileId: file.id, measureKey: 'B1.initial-assessment-done', value: 'NO', expectedVersion: 1 } },
      assessor,
    );
    expect(second.data!.saveAnswer).toMatchObject({ data: { value: 'NO', version: 2 } });
  });

  it('refuses a stale version with a conflict carrying the current answer, and overwrites nothing', async () => {
    const stale = await api.gql<SaveResult>(
      SAVE,
      { input: { caseFileId: file.id, measureKey: 'B1.initial-assessment-done', value: 'YES', expectedVersion: 1 } },
      assessor,
    );
    expect(stale.data!.saveAnswer).toMatchObject({
      __typename: 'AnswerConflictError',
      code: 'CONFLICT',
      current: { value: 'NO', version: 2 },
    });
    expect((await answersOf()).find((a) => a.measureKey === 'B1.initial-assessment-done')).toMatchObject({
      value: 'NO',
      version: 2,
    });
  });

  it.each([
    ['an unknown question', { measureKey: 'Z9.no-such-question', value: 'YES' }],
    ['a value outside the answer set', { measureKey: 'B1.review-16-weeks', value: 'MAYBE' }],
    ['not applicable without a reason', { measureKey: 'B1.review-16-weeks', value: 'NOT_APPLICABLE' }],
  ])('refuses %s with a typed error and changes nothing', async (_name, answer) => {
    const before = await answersOf();
    const res = await api.gql<SaveResult>(SAVE, { input: { caseFileId: file.id, ...answer } }, assessor);
    expect(res.data!.saveAnswer).toMatchObject({ __typename: 'InvalidInputError', code: 'INVALID_INPUT' });
    expect(res.data!.saveAnswer.message).toBeTruthy();
    expect(await answersOf()).toEqual(before);
  });

  it('refuses an unknown case file id', async () => {
    const res = await api.gql<SaveResult>(
      SAVE,
      {
        input: {
          caseFileId: Buffer.from('CaseFile:nope').toString('base64'),
          measureKey: 'B1.review-16-weeks',
          value: 'YES',
        },
      },
      assessor,
    );
    expect(res.data!.saveAnswer.__typename).toBe('NotFoundError');
  });

  it('accepts not applicable with a reason, out of the denominator', async () => {
    const res = await api.gql<SaveResult>(
      SAVE,
      {
        input: {
          caseFileId: file.id,
          measureKey: 'B1.review-16-weeks',
          value: 'NOT_APPLICABLE',
          reason: 'Order began less than 16 weeks before the inspection.',
        },
      },
      assessor,
    );
    expect(res.data!.saveAnswer.__typename).toBe('MutationSaveAnswerSuccess');
  });

  it('gives a retried save with the same client mutation id one effect', async () => {
    const input = { caseFileId: file.id, measureKey: 'B3.smart-objectives', value: 'YES', clientMutationId: 'retry-1' };
    const first = await api.gql<SaveResult>(SAVE, { input }, assessor);
    const retry = await api.gql<SaveResult>(SAVE, { input }, assessor);
    expect(first.data!.saveAnswer).toMatchObject({ data: { version: 1 } });
    expect(retry.data!.saveAnswer).toMatchObject({ __typename: 'MutationSaveAnswerSuccess', data: { version: 1 } });
  });

  it('gives one effect to the same retry arriving twice at once, and a conflict to a racing first answer', async () => {
    const res = await api.gql<{ caseFile: { questions: { measureKey: string; status: string; answerSet: string }[] } }>(
      `query ($id: ID!) { caseFile(id: $id) { questions { measureKey status answerSet } } }`,
      { id: file.id },
      assessor,
    );
    const [twice, raced] = res
      .data!.caseFile.questions.filter((q) => q.status === 'UNANSWERED' && q.answerSet === 'YES_NO')
      .map((q) => q.measureKey);
    expect(raced).toBeDefined();
    const input = { caseFileId: file.id, measureKey: twice!, value: 'YES', clientMutationId: 'twice-at-once' };
    const both = await Promise.all([
      api.gql<SaveResult>(SAVE, { input }, assessor),
      api.gql<SaveResult>(SAVE, { input }, assessor),
    ]);
    for (const one of both)
      expect(one.data!.saveAnswer).toMatchObject({ __typename: 'MutationSaveAnswerSuccess', data: { version: 1 } });

    const racing = await Promise.all(
      ['YES', 'NO'].map((value) =>
        api.gql<SaveResult>(SAVE, { input: { caseFileId: file.id, measureKey: raced!, value } }, assessor),
      ),
    );
    const kinds = racing.map((one) => one.data!.saveAnswer.__typename).sort();
    expect(kinds).toEqual(['AnswerConflictError', 'MutationSaveAnswerSuccess']);
    const won = racing.find((one) => one.data!.saveAnswer.__typename === 'MutationSaveAnswerSuccess')!;
    const lost = racing.find((one) => one.data!.saveAnswer.__typename === 'AnswerConflictError')!;
    expect(lost.data!.saveAnswer.current).toMatchObject({ value: won.data!.saveAnswer.data!.value, version: 1 });
  });

  it('stamps a save with the time it was made', async () => {
    const before = Date.now();
    const res = await api.gql<{ caseFile: { answers: { measureKey: string; updatedAt: string }[] } }>(
      `query ($id: ID!) { caseFile(id: $id) { answers { measureKey updatedAt } } }`,
      { id: file.id },
      assessor,
    );
    const saved = res.data!.caseFile.answers.find((a) => a.measureKey === 'B3.smart-objectives')!;
    // Saved by the earlier tests of this file, moments ago; a time-zone slip would put it hours away.
    expect(Math.abs(before - new Date(saved.updatedAt).getTime())).toBeLessThan(10 * 60_000);
  });

  it('refuses anonymous callers', async () => {
    const res = await api.gql<SaveResult>(SAVE, {
      input: { caseFileId: file.id, measureKey: 'B3.smart-objectives', value: 'NO', expectedVersion: 1 },
    });
    expect(res.data!.saveAnswer.__typename).toBe('UnauthenticatedError');
  });

  it('refuses an answer given by someone else than the person signed in, and changes nothing', async () => {
    const viewerId = async (session: string) =>
      (await api.gql<{ viewer: { id: string } }>('{ viewer { id } }', {}, session)).data!.viewer.id;
    const colleague = await viewerId(await api.signIn(DEMO_EMAILS.inspector));
    const me = await viewerId(assessor);
    const before = await answersOf();
    const expectedVersion = before.find((a) => a.measureKey === 'B1.review-16-weeks')?.version ?? null;
    const input = { caseFileId: file.id, measureKey: 'B1.review-16-weeks', value: 'YES', expectedVersion };
    const theirs = await api.gql<SaveResult>(SAVE, { input: { ...input, authorId: colleague } }, assessor);
    expect(theirs.data!.saveAnswer).toMatchObject({ __typename: 'UnauthenticatedError', code: 'UNAUTHENTICATED' });
    expect(await answersOf()).toEqual(before);
    const mine = await api.gql<SaveResult>(SAVE, { input: { ...input, authorId: me } }, assessor);
    expect(mine.data!.saveAnswer).toMatchObject({ __typename: 'MutationSaveAnswerSuccess', data: { value: 'YES' } });
  });
});
