// Scoring a million answers in well under a second needs the framework's lookups done once, not per answer:
// measures by key, and each answer set's values with whether they meet the measure.
import type { AnswerSet, FrameworkDefinition, Measure } from './model.ts';

export interface CompiledMeasure {
  readonly measure: Measure;
  /** Position in the framework's measure list: the index into per-measure counters. */
  readonly index: number;
  readonly answerSet: AnswerSet | undefined;
  /** Answer value → whether it meets the measure. */
  readonly meets: ReadonlyMap<string, boolean>;
}

export interface CompiledFramework {
  readonly definition: FrameworkDefinition;
  readonly measures: readonly CompiledMeasure[];
  readonly byKey: ReadonlyMap<string, CompiledMeasure>;
}

// Framework definitions are frozen data, so a compiled form can be kept for as long as the definition lives.
const cache = new WeakMap<FrameworkDefinition, CompiledFramework>();

export function compileFramework(definition: FrameworkDefinition): CompiledFramework {
  const cached = cache.get(definition);
  if (cached) return cached;
  const answerSets = new Map(definition.answerSets.map((set) => [set.key, set]));
  const measures = definition.measures.map((measure, index): CompiledMeasure => {
    const answerSet = answerSets.get(measure.answerSet);
    return {
      measure,
      index,
      answerSet,
      meets: new Map((answerSet?.options ?? []).map((option) => [option.value, option.meets])),
    };
  });
  const compiled: CompiledFramework = {
    definition,
    measures,
    byKey: new Map(measures.map((compiledMeasure) => [compiledMeasure.measure.key, compiledMeasure])),
  };
  cache.set(definition, compiled);
  return compiled;
}
