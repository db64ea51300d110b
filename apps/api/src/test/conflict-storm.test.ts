// Two devices save conflicting answers to the same question a thousand times, at the same moment: every save is
// either applied (and counted in the answer's version) or reported as a conflict with the answer that won; none is
// silently lost, and a retried save with the same client mutation id has exactly one effect.
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/harness.ts';

const ROUNDS = 1000;
const MEASURE = 'B3.smart-objectives';

const SAVE = /* GraphQL */ `
  mutation Save($input: MutationSaveAnswerInput!) {
    saveAnswer(input: $input) {
      __typename
      ... on MutationSaveAnswerSuccess {
        data {
          value
          version
        }
      }
      ... on AnswerConflictError {
        current {
          value
          version
        }
      }
    }
  }
`;
interface Saved {
  saveAnswer: {
    __typename: string;
    data?: { value: string; version: number };
    current?: { value: string; version: number };
  };
}

let api: TestApi;
let caseFileId: string;
let deviceA: string;
let deviceB: string;

beforeAll(async () => {
  api = await startTestApi({ seed: true });
  const chief = await api.signIn(DEMO_EMAILS.assistantChiefInspector);
  const res = await api.gql<{
    inspections: {
      edges: {
        node: {
          status: string;
          caseFiles: { edges: { node: { id: string; status: string; assessor: { email: string | null } | null } }[] };
        };
      }[];
    };
  }>(
    `{ inspections(first: 10, areaCode: "WMPA") { edges { node { status caseFiles(first: 100) { edges { node { id status assessor { email } } } } } } } }`,
    {},
    chief,
  );
  const open = res.data!.inspections.edges.map((e) => e.node).find((n) => n.status !== 'PUBLISHED')!;
  const target = open.caseFiles.edges.map((e) => e.node).find((f) => f.assessor?.email && f.status === 'ASSIGNED')!;
  caseFileId = target.id;
  // One assessor on two devices: two sessions, each saving what it believes is the current version.
  deviceA = await api.signIn(target.assessor!.email!);
  deviceB = await api.signIn(target.assessor!.email!);
}, 240_000);
afterAll(() => api?.close());

describe(`${ROUNDS} rounds of simultaneous conflicting saves`, () => {
  it('applies exactly one save per round, reports the other as a conflict, and loses none', async () => {
    const save = (as: string, value: string, expectedVersion: number | null, clientMutationId: string) =>
      api.gql<Saved>(
        SAVE,
        { input: { caseFileId, measureKey: MEASURE, value, expectedVersion, clientMutationId } },
        as,
      );

    const first = await save(deviceA, 'YES', null, 'storm-initial');
    expect(first.data?.saveAnswer.data?.version).toBe(1);
    let known = 1;
    let applied = 1;
    let conflicts = 0;
    let lastApplied = 'YES';

    for (let round = 0; round < ROUNDS; round++) {
      const [a, b] = await Promise.all([
        save(deviceA, 'YES', known, `storm-${round}-a`),
        save(deviceB, 'NO', known, `storm-${round}-b`),
      ]);
      const results = [
        { value: 'YES', sent: a.data!.saveAnswer, id: `storm-${round}-a`, as: deviceA },
        { value: 'NO', sent: b.data!.saveAnswer, id: `storm-${round}-b`, as: deviceB },
      ];
      const winners = results.filter((r) => r.sent.__typename === 'MutationSaveAnswerSuccess');
      const losers = results.filter((r) => r.sent.__typename === 'AnswerConflictError');
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(1);
      const winner = winners[0]!;
      expect(winner.sent.data).toEqual({ value: winner.value, version: known + 1 });
      // The loser is shown the answer that won, so a person can choose between the two.
      expect(losers[0]!.sent.current).toEqual({ value: winner.value, version: known + 1 });
      applied += 1;
      conflicts += 1;
      known += 1;
      lastApplied = winner.value;

      if (round % 10 === 0) {
        // The network dropped the winner's acknowledgement and the device sends the same save again.
        const retry = await save(winner.as, winner.value, known - 1, winner.id);
        expect(retry.data!.saveAnswer).toMatchObject({ data: { value: winner.value, version: known } });
      }
    }

    const stored = await api.gql<{ caseFile: { answers: { measureKey: string; value: string; version: number }[] } }>(
      `query ($id: ID!) { caseFile(id: $id) { answers { measureKey value version } } }`,
      { id: caseFileId },
      deviceA,
    );
    const answer = stored.data!.caseFile.answers.find((x) => x.measureKey === MEASURE)!;
    console.log(
      `conflict storm: ${applied} saves applied, ${conflicts} reported as conflicts, final version ${answer.version}`,
    );
    expect(answer).toEqual({ measureKey: MEASURE, value: lastApplied, version: applied });
    expect(applied + conflicts).toBe(2 * ROUNDS + 1);
  }, 600_000);
});
