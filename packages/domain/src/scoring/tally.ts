// One pass over the answers fills every counter a score needs, for every measure and every subsample at once.
// The work is O(case files × measures + answers) with no allocation per answer, so a million answers score in
// well under a second.
import { appliesTo } from '../framework/applicability.ts';
import { askedStatus, deriveFor } from '../framework/answer-status.ts';
import type { CompiledFramework } from '../framework/compiled-framework.ts';
import { compileFramework } from '../framework/compiled-framework.ts';
import type { CaseFileForScoring, FrameworkDefinition, GivenAnswer } from '../framework/model.ts';
import { WHOLE_SAMPLE } from '../framework/model.ts';

export interface Tally {
  readonly compiled: CompiledFramework;
  /** `ALL` first, then the framework's subsamples in order. */
  readonly subsamples: readonly string[];
  /** Counters indexed by `measureIndex * subsamples.length + subsampleIndex`. */
  readonly met: Int32Array;
  readonly applicable: Int32Array;
  readonly notApplicable: Int32Array;
  readonly unanswered: Int32Array;
  readonly notAsked: Int32Array;
}

export function tallyAnswers(framework: FrameworkDefinition, caseFiles: readonly CaseFileForScoring[]): Tally {
  const compiled = compileFramework(framework);
  const subsampleConditions = framework.subsamples.map((subsample) => subsample.condition);
  const subsampleCount = subsampleConditions.length + 1;
  const measureCount = compiled.measures.length;
  const size = measureCount * subsampleCount;
  const met = new Int32Array(size);
  const applicable = new Int32Array(size);
  const notApplicable = new Int32Array(size);
  const unanswered = new Int32Array(size);
  const notAsked = new Int32Array(size);

  // Reused for every case file: which subsamples it is in, and its answers by measure position.
  const inSubsample = new Uint8Array(subsampleCount);
  const givenByMeasure: (GivenAnswer | undefined)[] = new Array<GivenAnswer | undefined>(measureCount).fill(undefined);

  for (const caseFile of caseFiles) {
    const facts = caseFile.facts;
    inSubsample[0] = 1;
    for (let s = 1; s < subsampleCount; s++) inSubsample[s] = appliesTo(subsampleConditions[s - 1]!, facts) ? 1 : 0;
    for (const answer of caseFile.answers) {
      const target = compiled.byKey.get(answer.measure);
      if (target) givenByMeasure[target.index] = answer;
    }

    for (let m = 0; m < measureCount; m++) {
      const compiledMeasure = compiled.measures[m]!;
      const status = appliesTo(compiledMeasure.measure.applicability, facts)
        ? askedStatus(compiledMeasure, givenByMeasure[m], deriveFor(compiledMeasure, facts))
        : 'NOT_ASKED';
      const base = m * subsampleCount;
      for (let s = 0; s < subsampleCount; s++) {
        if (inSubsample[s] === 0) continue;
        const at = base + s;
        switch (status) {
          case 'MET':
            met[at]!++;
            applicable[at]!++;
            break;
          case 'NOT_MET':
            applicable[at]!++;
            break;
          case 'NOT_APPLICABLE':
            notApplicable[at]!++;
            break;
          case 'UNANSWERED':
            unanswered[at]!++;
            break;
          case 'NOT_ASKED':
            notAsked[at]!++;
            break;
        }
      }
      givenByMeasure[m] = undefined;
    }
  }

  return {
    compiled,
    subsamples: [WHOLE_SAMPLE, ...framework.subsamples.map((subsample) => subsample.key)],
    met,
    applicable,
    notApplicable,
    unanswered,
    notAsked,
  };
}
