// Which date-derived questions a case list's dates will not settle, before anything is imported: each such question
// is asked of the assessor instead (answer-status.ts), so the inspection team should know how many and why.
import { appliesTo } from './applicability.ts';
import { compileFramework } from './compiled-framework.ts';
import { deriveAnswer } from './derivations.ts';
import type { CaseFacts, FrameworkDefinition } from './model.ts';

export interface UnderivableQuestion {
  measureKey: string;
  text: string;
  /** Case files the question applies to whose dates cannot settle it. */
  files: number;
  /** Of the files the question applies to. */
  applicable: number;
  /** Each distinct reason, with how many files it concerns, most common first. */
  reasons: { reason: string; files: number }[];
}

/** The date-derived questions that the given cases' dates cannot settle, in the framework's order. */
export function underivableQuestions(
  framework: FrameworkDefinition,
  cases: readonly CaseFacts[],
): UnderivableQuestion[] {
  const result: UnderivableQuestion[] = [];
  for (const { measure } of compileFramework(framework).measures) {
    if (!measure.derivation) continue;
    let applicable = 0;
    const reasons = new Map<string, number>();
    for (const facts of cases) {
      if (!appliesTo(measure.applicability, facts)) continue;
      applicable += 1;
      const derived = deriveAnswer(measure.derivation.rule, facts);
      if (derived.holds === null) reasons.set(derived.explanation, (reasons.get(derived.explanation) ?? 0) + 1);
    }
    const files = [...reasons.values()].reduce((sum, n) => sum + n, 0);
    if (files === 0) continue;
    result.push({
      measureKey: measure.key,
      text: measure.text,
      files,
      applicable,
      reasons: [...reasons]
        .map(([reason, count]) => ({ reason, files: count }))
        .sort((a, b) => b.files - a.files || a.reason.localeCompare(b.reason)),
    });
  }
  return result;
}
