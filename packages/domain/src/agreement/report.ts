// Agreement overall, per measure (which questions are answered inconsistently) and per assessor
// (who may need guidance), as quality leads dip-sampling assessments would look at it.
import type { Agreement } from './kappa.ts';
import { agreementOf } from './kappa.ts';

export interface SecondMarkedAnswer {
  caseFile: string;
  measure: string;
  /** The assessor whose answer was second-marked. */
  assessor: string;
  /** The assessor's answer. */
  first: string;
  /** The validating inspector's answer. */
  second: string;
}

export interface AgreementReport {
  overall: Agreement;
  byMeasure: Record<string, Agreement>;
  byAssessor: Record<string, Agreement>;
}

function groupedAgreement(
  pairs: readonly SecondMarkedAnswer[],
  groupOf: (pair: SecondMarkedAnswer) => string,
): Record<string, Agreement> {
  const groups = new Map<string, (readonly [string, string])[]>();
  for (const pair of pairs) {
    const group = groupOf(pair);
    const members = groups.get(group) ?? [];
    members.push([pair.first, pair.second]);
    groups.set(group, members);
  }
  const result: Record<string, Agreement> = {};
  for (const group of [...groups.keys()].sort()) result[group] = agreementOf(groups.get(group)!);
  return result;
}

/**
 * Pooling answers of different measures into one kappa mixes answer sets; it is still the figure a quality
 * lead asks for first, and the per-measure kappas show where the disagreement lies.
 */
export function agreementReport(pairs: readonly SecondMarkedAnswer[]): AgreementReport {
  return {
    overall: agreementOf(pairs.map((pair) => [pair.first, pair.second] as const)),
    byMeasure: groupedAgreement(pairs, (pair) => pair.measure),
    byAssessor: groupedAgreement(pairs, (pair) => pair.assessor),
  };
}
