// What a given answer counts as. Only MET and NOT_MET are in a measure's denominator: a question that does not apply
// to the case (NOT_ASKED) was never asked, and a NOT_APPLICABLE answer was judged not to apply, with a reason.
import { appliesTo } from './applicability.ts';
import type { AnswerStatus } from './answer-status.ts';
import { askedStatus, deriveFor } from './answer-status.ts';
import type { CompiledMeasure } from './compiled-framework.ts';
import type { DerivedAnswer } from './derivations.ts';
import { compileFramework } from './compiled-framework.ts';
import type { CaseFacts, FrameworkDefinition, GivenAnswer } from './model.ts';
import { NOT_APPLICABLE } from './model.ts';

export type { AnswerStatus } from './answer-status.ts';

export interface EffectiveAnswer {
  status: AnswerStatus;
  /** The answer value that counts: the given one, or the option matching a derived result; null when none. */
  value: string | null;
  /** The date rule's result, when the measure has one and the question is asked. */
  derived: DerivedAnswer | null;
}

export type AnswerValidation =
  | { ok: true }
  | {
      ok: false;
      code:
        | 'UNKNOWN_MEASURE'
        | 'VALUE_NOT_IN_ANSWER_SET'
        | 'REASON_REQUIRED'
        | 'NOT_ASKED_FOR_THIS_CASE'
        | 'DERIVED_FROM_DATES';
      message: string;
    };

function measureOrThrow(framework: FrameworkDefinition, measureKey: string): CompiledMeasure {
  const compiled = compileFramework(framework).byKey.get(measureKey);
  if (!compiled) throw new Error(`Framework ${framework.key} ${framework.version} has no measure "${measureKey}"`);
  return compiled;
}

/** The answer that counts for a question on a case: the given one, the dates' verdict, or both combined. */
export function effectiveAnswer(
  framework: FrameworkDefinition,
  measureKey: string,
  facts: CaseFacts,
  given: GivenAnswer | undefined,
): EffectiveAnswer {
  const compiled = measureOrThrow(framework, measureKey);
  if (!appliesTo(compiled.measure.applicability, facts)) return { status: 'NOT_ASKED', value: null, derived: null };
  const derived = deriveFor(compiled, facts);
  const status = askedStatus(compiled, given, derived);
  let value: string | null = null;
  if (status === 'NOT_APPLICABLE') value = NOT_APPLICABLE;
  else if (compiled.measure.derivation?.mode === 'answer') {
    if (status === 'MET' || status === 'NOT_MET') {
      value = compiled.answerSet?.options.find((option) => option.meets === (status === 'MET'))?.value ?? null;
    }
  } else if (status !== 'UNANSWERED') value = given?.value ?? null;
  return { status, value, derived };
}

function allowedValues(compiled: CompiledMeasure): string {
  const options = compiled.answerSet?.options ?? [];
  const listed = options.map((option) => `${option.value} (${option.label})`).join(', ');
  return `${listed || 'no values'}, or ${NOT_APPLICABLE} with a reason`;
}

/** Whether an assessor may record this answer for this case, with a message they can act on when not. */
export function validateAnswer(
  framework: FrameworkDefinition,
  measureKey: string,
  facts: CaseFacts,
  answer: GivenAnswer,
): AnswerValidation {
  const compiled = compileFramework(framework).byKey.get(measureKey);
  if (!compiled) {
    return {
      ok: false,
      code: 'UNKNOWN_MEASURE',
      message: `There is no question "${measureKey}" in ${framework.title} (version ${framework.version}).`,
    };
  }
  if (answer.measure !== measureKey) {
    return {
      ok: false,
      code: 'UNKNOWN_MEASURE',
      message: `The answer is for question "${answer.measure}" but was given for "${measureKey}".`,
    };
  }
  if (!appliesTo(compiled.measure.applicability, facts)) {
    return {
      ok: false,
      code: 'NOT_ASKED_FOR_THIS_CASE',
      message: `Question "${measureKey}" is not asked for case ${facts.reference}: its facts put it outside the question's scope.`,
    };
  }
  const isNotApplicable = answer.value === NOT_APPLICABLE;
  if (compiled.measure.derivation?.mode === 'answer') {
    const derived = deriveFor(compiled, facts);
    if (derived !== null && derived.holds !== null) {
      return {
        ok: false,
        code: 'DERIVED_FROM_DATES',
        message: `Question "${measureKey}" is answered from the case's dates (${derived.explanation}); correct the dates instead of answering it.`,
      };
    }
    // The dates cannot settle it (a missing date): the assessor answers it, as any other question.
  }
  if (isNotApplicable) {
    if (!answer.reason || answer.reason.trim() === '') {
      return {
        ok: false,
        code: 'REASON_REQUIRED',
        message: `Say why question "${measureKey}" does not apply to case ${facts.reference}: ${NOT_APPLICABLE} needs a reason.`,
      };
    }
    return { ok: true };
  }
  if (!compiled.meets.has(answer.value)) {
    return {
      ok: false,
      code: 'VALUE_NOT_IN_ANSWER_SET',
      message: `"${answer.value}" is not an answer to question "${measureKey}". Allowed: ${allowedValues(compiled)}.`,
    };
  }
  return { ok: true };
}
