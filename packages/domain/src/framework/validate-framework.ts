// A framework version is frozen once an inspection starts on it, so its mistakes must be caught before then:
// every reference inside it (criterion, answer set, judgement measure, section) has to point at something real.
import type { Condition, Derivation, FrameworkDefinition } from './model.ts';
import { NOT_APPLICABLE, WHOLE_SAMPLE } from './model.ts';
import { ratingModelProblems } from '../rating/ratings.ts';

const FACT_NAMES: readonly string[] = ['riskOfHarm', 'orderType', 'mappaCategory', 'mappaLevel', 'district', 'sex'];

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) repeated.add(value);
    seen.add(value);
  }
  return [...repeated];
}

// Frameworks arrive as JSON from plugins and imports, so the condition's shape is checked, not trusted.
function conditionProblems(condition: Condition, where: string): string[] {
  const shape = condition as unknown;
  if (typeof shape !== 'object' || shape === null) return [`${where}: a condition must be an object`];
  const keys = Object.keys(shape);
  if ('always' in condition) return condition.always === true ? [] : [`${where}: "always" must be true`];
  if ('fact' in condition) {
    const problems: string[] = [];
    if (!FACT_NAMES.includes(condition.fact)) {
      problems.push(`${where}: unknown fact "${String(condition.fact)}" (known: ${FACT_NAMES.join(', ')})`);
    }
    if (!Array.isArray(condition.in)) problems.push(`${where}: "in" must be a list of values`);
    return problems;
  }
  if ('flag' in condition)
    return typeof condition.flag === 'string' && condition.flag !== '' ? [] : [`${where}: empty flag name`];
  if ('hasDate' in condition) {
    return typeof condition.hasDate === 'string' && condition.hasDate !== '' ? [] : [`${where}: empty date name`];
  }
  if ('all' in condition || 'any' in condition) {
    const parts = 'all' in condition ? condition.all : condition.any;
    if (!Array.isArray(parts))
      return [`${where}: "${'all' in condition ? 'all' : 'any'}" must be a list of conditions`];
    return parts.flatMap((part, index) => conditionProblems(part, `${where}[${index}]`));
  }
  if ('not' in condition) return conditionProblems(condition.not, `${where}.not`);
  return [`${where}: unrecognised condition with keys ${keys.join(', ') || '(none)'}`];
}

function derivationProblems(rule: Derivation, where: string): string[] {
  if (rule.kind === 'withinWorkingDays') {
    const problems: string[] = [];
    if (!rule.from || !rule.to) problems.push(`${where}: a working-days rule needs "from" and "to" dates`);
    if (!Number.isInteger(rule.days) || rule.days < 0) problems.push(`${where}: days must be a whole number ≥ 0`);
    return problems;
  }
  if (rule.kind === 'reviewedEveryWeeks') {
    const problems: string[] = [];
    if (!rule.from || !rule.until) problems.push(`${where}: a review rule needs "from" and "until" dates`);
    if (!(rule.weeks > 0)) problems.push(`${where}: weeks must be more than 0`);
    return problems;
  }
  return [`${where}: unknown derivation kind "${String((rule as { kind: unknown }).kind)}"`];
}

/** Every problem found in the definition, in words an author can act on. An empty list means it is valid. */
export function validateFramework(def: FrameworkDefinition): string[] {
  const problems: string[] = [];
  const sectionCodes = new Set(def.sections.map((section) => section.code));
  const criterionCodes = new Set(def.criteria.map((criterion) => criterion.code));
  const answerSets = new Map(def.answerSets.map((set) => [set.key, set]));
  const measuresByKey = new Map(def.measures.map((measure) => [measure.key, measure]));

  for (const code of duplicates(def.sections.map((section) => section.code)))
    problems.push(`duplicate section code "${code}"`);
  for (const code of duplicates(def.criteria.map((criterion) => criterion.code)))
    problems.push(`duplicate criterion code "${code}"`);
  for (const key of duplicates(def.measures.map((measure) => measure.key)))
    problems.push(`duplicate measure key "${key}"`);
  for (const key of duplicates(def.answerSets.map((set) => set.key)))
    problems.push(`duplicate answer set key "${key}"`);
  for (const key of duplicates(def.subsamples.map((subsample) => subsample.key)))
    problems.push(`duplicate subsample key "${key}"`);

  for (const set of def.answerSets) {
    if (set.options.length === 0) problems.push(`answer set "${set.key}" has no options`);
    for (const value of duplicates(set.options.map((option) => option.value))) {
      problems.push(`answer set "${set.key}" lists the value "${value}" twice`);
    }
    if (set.options.some((option) => option.value === NOT_APPLICABLE)) {
      problems.push(`answer set "${set.key}" must not list ${NOT_APPLICABLE}: every question accepts it already`);
    }
    if (set.options.length > 0 && !set.options.some((option) => option.meets)) {
      problems.push(`answer set "${set.key}" has no option that meets the measure, so every score would be 0`);
    }
  }

  for (const criterion of def.criteria) {
    if (!sectionCodes.has(criterion.section)) {
      problems.push(`criterion "${criterion.code}" belongs to unknown section "${criterion.section}"`);
    }
    if (criterion.scoring.kind === 'overallJudgement') {
      const judged = measuresByKey.get(criterion.scoring.measure);
      if (!judged) {
        problems.push(`criterion "${criterion.code}" is scored by unknown measure "${criterion.scoring.measure}"`);
      } else if (judged.criterion !== criterion.code) {
        problems.push(
          `criterion "${criterion.code}" is scored by measure "${judged.key}", which belongs to criterion "${judged.criterion}"`,
        );
      }
    }
  }

  for (const measure of def.measures) {
    if (!criterionCodes.has(measure.criterion)) {
      problems.push(`measure "${measure.key}" points at unknown criterion "${measure.criterion}"`);
    }
    if (!answerSets.has(measure.answerSet)) {
      problems.push(`measure "${measure.key}" points at unknown answer set "${measure.answerSet}"`);
    }
    problems.push(...conditionProblems(measure.applicability, `measure "${measure.key}" applicability`));
    if (measure.derivation) {
      problems.push(...derivationProblems(measure.derivation.rule, `measure "${measure.key}" derivation`));
      if (measure.derivation.mode !== 'answer' && measure.derivation.mode !== 'alsoRequired') {
        problems.push(`measure "${measure.key}" derivation has unknown mode "${String(measure.derivation.mode)}"`);
      }
    }
  }

  for (const subsample of def.subsamples) {
    if (subsample.key === WHOLE_SAMPLE) {
      problems.push(`subsample key "${WHOLE_SAMPLE}" is reserved for the whole sample`);
    }
    problems.push(...conditionProblems(subsample.condition, `subsample "${subsample.key}" condition`));
  }

  const bands = def.ratingBands ?? [];
  bands.forEach((band, index) => {
    if (!(band.from >= 0 && band.from <= 100))
      problems.push(`rating band "${band.label}" must start between 0 and 100`);
    if (!band.label?.trim()) problems.push(`rating band ${index + 1} has no label`);
    const previous = bands[index - 1];
    if (previous && !(band.from > previous.from)) {
      problems.push(`rating band "${band.label}" must start above "${previous.label}" (bands go in ascending order)`);
    }
  });

  problems.push(...ratingModelProblems(def));
  if (def.comparableWith) {
    const keys = new Set(def.measures.map((measure) => measure.key));
    for (const key of Object.keys(def.comparableWith.measures))
      if (!keys.has(key)) problems.push(`comparableWith names unknown measure "${key}"`);
    if (def.comparableWith.fromVersion === def.version)
      problems.push('comparableWith must name an earlier version, not this one');
  }

  return problems;
}
