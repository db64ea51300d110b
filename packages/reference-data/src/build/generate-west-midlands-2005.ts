// The West Midlands 2005 follow-up's case files, generated from a fixed seed. The output is committed as data
// (src/data/west-midlands-2005-case-files.json); a test regenerates it and checks the committed copy is the same.
import { esiFramework } from '@scrutiny/plugin-framework-esi';
import type { ReferenceCaseFile } from '../types.ts';
import { seededRandom } from './random.ts';
import { followUpTargets } from './reported-targets.ts';
import { answerWestMidlands2005 } from './west-midlands-2005-answers.ts';
import { planWestMidlands2005Sample } from './west-midlands-2005-sample.ts';

export const WEST_MIDLANDS_2005_SEED = 20050606;

export function generateWestMidlands2005CaseFiles(seed: number = WEST_MIDLANDS_2005_SEED): ReferenceCaseFile[] {
  const random = seededRandom(seed);
  const cases = planWestMidlands2005Sample(random);
  return answerWestMidlands2005(esiFramework, cases, followUpTargets(), random).map((answered) => ({
    reference: answered.facts.reference,
    facts: answered.facts,
    officer: answered.officer,
    assessorEmail: answered.assessorEmail,
    answers: answered.answers,
  }));
}
