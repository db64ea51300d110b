// The checks an author sees: every problem of a framework file at once, each at its path, in plain words. They
// cover what the domain's validateFramework checks and what only an author can fix (an unknown case fact, a question
// in no criterion, a tag no question carries, comparability with questions the earlier version lacks).
import type { Condition, Derivation, FrameworkDefinition } from '@scrutiny/domain';
import { CASE_DATES, CASE_FLAGS, NOT_APPLICABLE, RISK_OF_HARM_LEVELS, WHOLE_SAMPLE } from '@scrutiny/domain';
import type { z } from 'zod';
import { FACT_NAMES } from './condition-text.ts';
import type { FilePath, FrameworkProblem } from './problems.ts';

type Found = Omit<FrameworkProblem, 'where'> & {
  /** Where the same thing first appears, for duplicates. */
  first?: FilePath;
};

const KNOWN_VALUES: Readonly<Record<string, readonly (string | number)[]>> = {
  riskOfHarm: RISK_OF_HARM_LEVELS,
  sex: ['MALE', 'FEMALE'],
  mappaCategory: [1, 2, 3, 4],
  mappaLevel: [1, 2, 3],
};

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'string') return `the text "${value}"`;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return 'a group of fields';
}

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  boolean: 'yes or no (true or false)',
  array: 'a list',
  object: 'a group of fields',
};

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = root;
  for (const part of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

/** What a structural (zod) issue means to an author. */
export function shapeProblems(error: z.ZodError, input: unknown): Found[] {
  const problems: Found[] = [];
  for (const issue of error.issues) {
    const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
    const value = valueAt(input, issue.path);
    const last = path[path.length - 1];
    const isCondition = last === 'applicability' || last === 'condition' || path.includes('applicability');
    if (issue.code === 'invalid_type') {
      if (value === undefined) problems.push({ path, message: `${String(last ?? 'this')} is missing` });
      else if (issue.expected === 'string' && typeof value === 'number')
        problems.push({ path, message: `expected text but found the number ${value}: put it in quotes ("${value}")` });
      else
        problems.push({
          path,
          message: `expected ${EXPECTED[issue.expected] ?? issue.expected} but found ${describeValue(value)}`,
        });
    } else if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) problems.push({ path: [...path, key], message: `"${key}" is not a field here` });
    } else if (issue.code === 'invalid_union' && isCondition) {
      problems.push(...rawConditionProblems(value, path));
    } else if (issue.code === 'invalid_union' || issue.code === 'invalid_value') {
      const options = issue.code === 'invalid_value' ? issue.values.map(String).join(', ') : '';
      problems.push({
        path,
        message: `${describeValue(value)} is not allowed here${options ? ` (one of: ${options})` : ''}`,
      });
    } else if (issue.code === 'too_small' && Array.isArray(value)) {
      problems.push({ path, message: 'the list is empty' });
    } else if (issue.code === 'too_small' && typeof value === 'number') {
      problems.push({ path, message: `${value} is too small (at least ${String(issue.minimum)})` });
    } else if (issue.code === 'invalid_format' && typeof value === 'string' && value.trim() === '') {
      problems.push({ path, message: `${String(last)} is blank` });
    } else {
      problems.push({ path, message: issue.message });
    }
  }
  return problems;
}

// A structured condition that failed the schema: say which part is wrong.
function rawConditionProblems(raw: unknown, path: FilePath): Found[] {
  if (typeof raw === 'string') return [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return [{ path, message: `a condition is text or a group of fields, not ${describeValue(raw)}` }];
  const record = raw as Record<string, unknown>;
  if ('fact' in record) {
    const fact = record.fact;
    if (typeof fact !== 'string' || !(FACT_NAMES as readonly string[]).includes(fact))
      return [
        { path: [...path, 'fact'], message: `"${String(fact)}" is not a case fact (known: ${FACT_NAMES.join(', ')})` },
      ];
    if (!Array.isArray(record.in) || record.in.length === 0)
      return [{ path: [...path, 'in'], message: 'list the values the fact may take, e.g. in: [HIGH, VERY_HIGH]' }];
  }
  for (const key of ['all', 'any'] as const) {
    const parts = record[key];
    if (key in record) {
      if (!Array.isArray(parts) || parts.length === 0)
        return [{ path: [...path, key], message: `"${key}" needs a list of conditions` }];
      return parts.flatMap((part: unknown, index) => rawConditionProblems(part, [...path, key, index]));
    }
  }
  if ('not' in record) return rawConditionProblems(record.not, [...path, 'not']);
  const known = ['always', 'fact', 'in', 'flag', 'hasDate', 'all', 'any', 'not'];
  const unknown = Object.keys(record).filter((key) => !known.includes(key));
  return [
    {
      path,
      message:
        unknown.length > 0
          ? `"${unknown.join('", "')}" is not part of a condition (use always, fact/in, flag, hasDate, all, any or not)`
          : 'this condition is not complete (e.g. always: true, flag: <name>, hasDate: <name>)',
    },
  ];
}

function conditionProblems(condition: Condition, path: FilePath, textual: boolean): Found[] {
  // A condition written as text is one cell or string: its problems are reported there.
  const at = (sub: FilePath): FilePath => (textual ? path : [...path, ...sub]);
  if ('fact' in condition) {
    const known = KNOWN_VALUES[condition.fact];
    const wrong = known ? condition.in.filter((value) => !known.includes(value)) : [];
    return wrong.length > 0
      ? [
          {
            path: at(['in']),
            message: `${condition.fact} is never ${wrong.map(String).join(' or ')} (its values are ${known!.join(', ')})`,
          },
        ]
      : [];
  }
  if ('flag' in condition)
    return (CASE_FLAGS as readonly string[]).includes(condition.flag)
      ? []
      : [{ path: at(['flag']), message: `"${condition.flag}" is not a case flag (known: ${CASE_FLAGS.join(', ')})` }];
  if ('hasDate' in condition)
    return (CASE_DATES as readonly string[]).includes(condition.hasDate)
      ? []
      : [
          {
            path: at(['hasDate']),
            message: `"${condition.hasDate}" is not a case date (known: ${CASE_DATES.join(', ')})`,
          },
        ];
  if ('all' in condition) return condition.all.flatMap((part, i) => conditionProblems(part, at(['all', i]), textual));
  if ('any' in condition) return condition.any.flatMap((part, i) => conditionProblems(part, at(['any', i]), textual));
  if ('not' in condition) return conditionProblems(condition.not, at(['not']), textual);
  return [];
}

function derivationProblems(rule: Derivation, path: FilePath): Found[] {
  const problems: Found[] = [];
  const dates = rule.kind === 'withinWorkingDays' ? (['from', 'to'] as const) : (['from', 'until'] as const);
  for (const field of dates) {
    const name = (rule as Record<string, unknown>)[field] as string;
    if (!(CASE_DATES as readonly string[]).includes(name))
      problems.push({
        path: [...path, field],
        message: `"${name}" is not a case date (known: ${CASE_DATES.join(', ')})`,
      });
  }
  return problems;
}

function duplicateProblems(keys: readonly string[], path: (index: number) => FilePath, what: string): Found[] {
  const first = new Map<string, number>();
  const problems: Found[] = [];
  keys.forEach((key, index) => {
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, index);
    else
      problems.push({
        path: path(index),
        first: path(earlier),
        message: `${what} "${key}" is used twice`,
      });
  });
  return problems;
}

export interface CheckContext {
  /** The version this one follows, to check its comparability against. */
  earlier?: FrameworkDefinition;
  /** Paths whose condition was written as text (reported on the whole text). */
  textualConditions?: ReadonlySet<string>;
}

/** Every problem of a definition read from a file, at the file's paths. */
export function definitionProblems(def: FrameworkDefinition, context: CheckContext = {}): Found[] {
  const problems: Found[] = [];
  const textual = (path: FilePath) => context.textualConditions?.has(path.join('.')) ?? false;
  problems.push(
    ...duplicateProblems(
      def.sections.map((s) => s.code),
      (i) => ['sections', i, 'code'],
      'the section code',
    ),
  );
  problems.push(
    ...duplicateProblems(
      def.criteria.map((c) => c.code),
      (i) => ['criteria', i, 'code'],
      'the criterion code',
    ),
  );
  problems.push(
    ...duplicateProblems(
      def.measures.map((m) => m.key),
      (i) => ['questions', i, 'key'],
      'the question key',
    ),
  );
  problems.push(
    ...duplicateProblems(
      def.answerSets.map((s) => s.key),
      (i) => ['answerSets', i, 'key'],
      'the answer set',
    ),
  );
  problems.push(
    ...duplicateProblems(
      def.subsamples.map((s) => s.key),
      (i) => ['subsamples', i, 'key'],
      'the subsample key',
    ),
  );

  const sections = new Set(def.sections.map((s) => s.code));
  const criteria = new Set(def.criteria.map((c) => c.code));
  const answerSets = new Set(def.answerSets.map((s) => s.key));
  const measures = new Map(def.measures.map((m) => [m.key, m]));
  const usedTags = new Set(def.measures.flatMap((m) => m.tags));

  def.answerSets.forEach((set, index) => {
    const path = ['answerSets', index];
    if (set.options.length === 0)
      problems.push({ path: [...path, 'options'], message: `the answer set "${set.key}" has no answers` });
    problems.push(
      ...duplicateProblems(
        set.options.map((o) => o.value),
        (i) => [...path, 'options', i, 'value'],
        `the answer`,
      ),
    );
    set.options.forEach((option, i) => {
      if (option.value === NOT_APPLICABLE)
        problems.push({
          path: [...path, 'options', i, 'value'],
          message: `leave out ${NOT_APPLICABLE}: every question accepts it already`,
        });
    });
    if (set.options.length > 0 && !set.options.some((o) => o.meets))
      problems.push({
        path: [...path, 'options'],
        message: `no answer in "${set.key}" meets the question, so every score would be 0`,
      });
  });

  def.criteria.forEach((criterion, index) => {
    const path = ['criteria', index];
    if (!sections.has(criterion.section))
      problems.push({ path: [...path, 'section'], message: `there is no section "${criterion.section}"` });
    const own = def.measures.filter((m) => m.criterion === criterion.code);
    if (criterion.scoring.kind === 'pooled') {
      if (own.length === 0)
        problems.push({
          path: [...path, 'scoring'],
          message: `criterion "${criterion.code}" is scored but has no questions`,
        });
      (criterion.scoring.excludeTags ?? []).forEach((tag, i) => {
        if (!usedTags.has(tag))
          problems.push({
            path: [...path, 'scoring', 'excludeTags', i],
            message: `no question carries the tag "${tag}"`,
          });
      });
    }
    if (criterion.scoring.kind === 'overallJudgement') {
      const judged = measures.get(criterion.scoring.measure);
      if (!judged)
        problems.push({
          path: [...path, 'scoring', 'question'],
          message: `there is no question "${criterion.scoring.measure}" to judge criterion "${criterion.code}" by`,
        });
      else if (judged.criterion !== criterion.code)
        problems.push({
          path: [...path, 'scoring', 'question'],
          message: `question "${judged.key}" belongs to criterion "${judged.criterion}", not "${criterion.code}"`,
        });
    }
  });

  def.measures.forEach((measure, index) => {
    const path = ['questions', index];
    if (!criteria.has(measure.criterion))
      problems.push({
        path: [...path, 'criterion'],
        message: `question "${measure.key}" is in no criterion: there is no criterion "${measure.criterion}"`,
      });
    if (!answerSets.has(measure.answerSet))
      problems.push({ path: [...path, 'answerSet'], message: `there is no answer set "${measure.answerSet}"` });
    const where = [...path, 'applicability'];
    problems.push(...conditionProblems(measure.applicability, where, textual(where)));
    if (measure.derivation)
      problems.push(...derivationProblems(measure.derivation.rule, [...path, 'derivation', 'rule']));
  });

  def.subsamples.forEach((subsample, index) => {
    const path = ['subsamples', index];
    if (subsample.key === WHOLE_SAMPLE)
      problems.push({ path: [...path, 'key'], message: `"${WHOLE_SAMPLE}" is the whole sample: choose another key` });
    const where = [...path, 'condition'];
    problems.push(...conditionProblems(subsample.condition, where, textual(where)));
  });

  (def.ratingBands ?? []).forEach((band, index, bands) => {
    const path = ['ratingBands', index];
    if (!(band.from >= 0 && band.from <= 100))
      problems.push({ path: [...path, 'from'], message: `a band starts between 0 and 100, not at ${band.from}` });
    const previous = bands[index - 1];
    if (previous && !(band.from > previous.from))
      problems.push({
        path: [...path, 'from'],
        message: `the band "${band.label}" starts at ${band.from}, not above "${previous.label}" (${previous.from}): list bands from lowest to highest`,
      });
  });

  const model = def.ratings;
  if (model) {
    const keys = new Set(model.ratings.map((r) => r.key));
    problems.push(
      ...duplicateProblems(
        model.ratings.map((r) => r.key),
        (i) => ['ratings', 'ratings', i, 'key'],
        'the rating',
      ),
    );
    if (model.ratings.length === 0)
      problems.push({ path: ['ratings', 'ratings'], message: 'the rating model has no ratings' });
    if (model.ratings[0] && model.ratings[0].from !== 0)
      problems.push({
        path: ['ratings', 'ratings', 0, 'from'],
        message: `the lowest rating "${model.ratings[0].label}" must start at 0 so every percentage is rated`,
      });
    model.ratings.forEach((rating, index) => {
      const previous = model.ratings[index - 1];
      if (previous && !(rating.from > previous.from))
        problems.push({
          path: ['ratings', 'ratings', index, 'from'],
          message: `the rating "${rating.label}" starts at ${rating.from}, not above "${previous.label}" (${previous.from}): list ratings from lowest to highest`,
        });
      else if (previous && rating.points < previous.points)
        problems.push({
          path: ['ratings', 'ratings', index, 'points'],
          message: `the rating "${rating.label}" is worth fewer points than "${previous.label}" below it`,
        });
    });
    model.overall.thresholds.forEach((threshold, index) => {
      const path = ['ratings', 'overall', 'thresholds', index];
      if (!keys.has(threshold.rating))
        problems.push({ path: [...path, 'rating'], message: `there is no rating "${threshold.rating}"` });
      const previous = model.overall.thresholds[index - 1];
      if (previous && !(threshold.from > previous.from))
        problems.push({
          path: [...path, 'from'],
          message: `the overall threshold at ${threshold.from} points is not above the one before (${previous.from}): list them from lowest to highest`,
        });
    });
    if (model.overall.thresholds[0]?.from !== 0)
      problems.push({
        path: ['ratings', 'overall', 'thresholds'],
        message: 'the first overall threshold must start at 0 points',
      });
    if (model.questionSets.length === 0)
      problems.push({
        path: ['ratings', 'questionSets'],
        message: 'the rating model needs at least a core question set',
      });
    model.questionSets.forEach((set, index) =>
      set.excludeTags.forEach((tag, i) => {
        if (!usedTags.has(tag))
          problems.push({
            path: ['ratings', 'questionSets', index, 'excludeTags', i],
            message: `no question carries the tag "${tag}"`,
          });
      }),
    );
  }

  const comparable = def.comparableWith;
  if (comparable) {
    if (comparable.fromVersion === def.version)
      problems.push({
        path: ['comparableWith', 'fromVersion'],
        message: 'comparability names this same version: name the earlier version',
      });
    const earlier = context.earlier;
    if (earlier && earlier.version !== comparable.fromVersion)
      problems.push({
        path: ['comparableWith', 'fromVersion'],
        message: `the version before this one is "${earlier.version}", not "${comparable.fromVersion}"`,
      });
    const earlierKeys = new Set(earlier?.measures.map((m) => m.key));
    for (const [key, old] of Object.entries(comparable.measures)) {
      if (!measures.has(key))
        problems.push({ path: ['comparableWith', 'questions', key], message: `this version has no question "${key}"` });
      if (earlier && !earlierKeys.has(old))
        problems.push({
          path: ['comparableWith', 'questions', key, 'earlier'],
          message: `version ${earlier.version} has no question "${old}" to compare "${key}" with`,
        });
    }
    const earlierCriteria = new Set(earlier?.criteria.map((c) => c.code));
    for (const [code, old] of Object.entries(comparable.criteria ?? {})) {
      if (!criteria.has(code))
        problems.push({
          path: ['comparableWith', 'criteria', code],
          message: `this version has no criterion "${code}"`,
        });
      if (earlier && !earlierCriteria.has(old))
        problems.push({
          path: ['comparableWith', 'criteria', code, 'earlier'],
          message: `version ${earlier.version} has no criterion "${old}" to compare "${code}" with`,
        });
    }
  }
  return problems;
}
