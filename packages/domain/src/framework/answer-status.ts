// The status a question takes for a case, shared by single answers, scoring and progress.
import type { CompiledMeasure } from './compiled-framework.ts';
import type { DerivedAnswer } from './derivations.ts';
import { deriveAnswer } from './derivations.ts';
import type { CaseFacts, GivenAnswer } from './model.ts';
import { NOT_APPLICABLE } from './model.ts';

export type AnswerStatus = 'NOT_ASKED' | 'NOT_APPLICABLE' | 'UNANSWERED' | 'MET' | 'NOT_MET';

export function deriveFor(compiled: CompiledMeasure, facts: CaseFacts): DerivedAnswer | null {
  const derivation = compiled.measure.derivation;
  return derivation ? deriveAnswer(derivation.rule, facts) : null;
}

/**
 * The status of an asked question (applicability already checked). Kept free of allocations because scoring calls
 * it once per answer.
 */
export function askedStatus(
  compiled: CompiledMeasure,
  given: GivenAnswer | undefined,
  derived: DerivedAnswer | null,
): AnswerStatus {
  const mode = compiled.measure.derivation?.mode;
  if (mode === 'answer' && derived !== null && derived.holds !== null) return derived.holds ? 'MET' : 'NOT_MET';
  if (given === undefined) return 'UNANSWERED';
  if (given.value === NOT_APPLICABLE) return 'NOT_APPLICABLE';
  const meets = compiled.meets.get(given.value);
  if (meets === undefined) return 'UNANSWERED';
  // Where the dates cannot settle the rule (a missing start date), the assessor's answer settles it: a figure never
  // turns a YES into NOT MET for want of a date. The answer's prompt says why the dates could not decide.
  if (mode === 'alsoRequired' && derived !== null && derived.holds !== null)
    return meets && derived.holds ? 'MET' : 'NOT_MET';
  return meets ? 'MET' : 'NOT_MET';
}
