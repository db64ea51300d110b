// Between the file's spelling and the domain's FrameworkDefinition. Arrays keep their order both ways, so a problem
// found on the definition's measures[3] is the file's questions[3].
import type { Condition, CriterionScoring, FrameworkDefinition, Measure, RatingModel } from '@scrutiny/domain';
import { formatCondition, parseCondition } from './condition-text.ts';
import type { FileCondition, FrameworkFile } from './schema.ts';
import type { FilePath, FrameworkProblem } from './problems.ts';

type Problems = Array<Omit<FrameworkProblem, 'where'>>;

function toCondition(condition: FileCondition, path: FilePath, problems: Problems): Condition {
  if (typeof condition === 'string') {
    const parsed = parseCondition(condition);
    if (parsed.ok) return parsed.condition;
    problems.push({ path, message: `the condition "${condition}" cannot be read: ${parsed.message}` });
    return { always: true };
  }
  if ('all' in condition)
    return { all: condition.all.map((part, i) => toCondition(part, [...path, 'all', i], problems)) };
  if ('any' in condition)
    return { any: condition.any.map((part, i) => toCondition(part, [...path, 'any', i], problems)) };
  if ('not' in condition) return { not: toCondition(condition.not, [...path, 'not'], problems) };
  if ('fact' in condition) return { fact: condition.fact, in: [...condition.in] };
  return { ...condition };
}

function toScoring(scoring: FrameworkFile['criteria'][number]['scoring']): CriterionScoring {
  if (scoring.kind === 'overallJudgement') return { kind: 'overallJudgement', measure: scoring.question };
  if (scoring.kind === 'pooled')
    return scoring.excludeTags ? { kind: 'pooled', excludeTags: [...scoring.excludeTags] } : { kind: 'pooled' };
  return { kind: 'notScored' };
}

/** The definition a checked file describes, and any condition that could not be read (with its path). */
export function fileToDefinition(file: FrameworkFile): { definition: FrameworkDefinition; problems: Problems } {
  const problems: Problems = [];
  const measures: Measure[] = file.questions.map((question, index) => ({
    key: question.key,
    criterion: question.criterion,
    text: question.text,
    answerSet: question.answerSet,
    applicability: question.applicability
      ? toCondition(question.applicability, ['questions', index, 'applicability'], problems)
      : { always: true },
    ...(question.derivation
      ? { derivation: { rule: { ...question.derivation.rule }, mode: question.derivation.mode } }
      : {}),
    tags: question.tags ?? [],
    reportBySubsample: question.reportBySubsample ?? true,
    ...(question.prompts ? { prompts: question.prompts } : {}),
  }));
  const ratings: RatingModel | undefined = file.ratings && {
    ratings: file.ratings.ratings,
    standardRule: file.ratings.standardRule ?? 'lowestKeyQuestion',
    overall: { rule: file.ratings.overall.rule ?? 'sumOfPoints', thresholds: file.ratings.overall.thresholds },
    questionSets: file.ratings.questionSets,
    ...(file.ratings.unitFact ? { unitFact: file.ratings.unitFact } : {}),
  };
  const definition: FrameworkDefinition = {
    key: file.key,
    version: file.version,
    title: file.title,
    description: file.description ?? '',
    sections: file.sections,
    criteria: file.criteria.map((criterion) => ({
      code: criterion.code,
      section: criterion.section,
      title: criterion.title,
      description: criterion.description ?? '',
      scoring: toScoring(criterion.scoring),
      tags: criterion.tags ?? [],
    })),
    measures,
    answerSets: file.answerSets,
    subsamples: (file.subsamples ?? []).map((subsample, index) => ({
      key: subsample.key,
      label: subsample.label,
      condition: toCondition(subsample.condition, ['subsamples', index, 'condition'], problems),
    })),
    ...(file.ratingBands ? { ratingBands: file.ratingBands } : {}),
    ...(ratings ? { ratings } : {}),
    ...(file.comparableWith
      ? {
          comparableWith: {
            fromVersion: file.comparableWith.fromVersion,
            measures: file.comparableWith.questions,
            ...(file.comparableWith.criteria ? { criteria: file.comparableWith.criteria } : {}),
          },
        }
      : {}),
  };
  return { definition, problems };
}

/** The file an author would write for this definition: conditions in words, defaults left out. */
export function definitionToFile(definition: FrameworkDefinition): FrameworkFile {
  const ratings = definition.ratings;
  return {
    key: definition.key,
    version: definition.version,
    title: definition.title,
    ...(definition.description ? { description: definition.description } : {}),
    sections: definition.sections.map(({ code, title }) => ({ code, title })),
    criteria: definition.criteria.map((criterion) => ({
      code: criterion.code,
      section: criterion.section,
      title: criterion.title,
      ...(criterion.description ? { description: criterion.description } : {}),
      scoring:
        criterion.scoring.kind === 'overallJudgement'
          ? { kind: 'overallJudgement', question: criterion.scoring.measure }
          : criterion.scoring.kind === 'pooled' && criterion.scoring.excludeTags
            ? { kind: 'pooled', excludeTags: [...criterion.scoring.excludeTags] }
            : { kind: criterion.scoring.kind },
      ...(criterion.tags.length > 0 ? { tags: [...criterion.tags] } : {}),
    })),
    questions: definition.measures.map((measure) => ({
      key: measure.key,
      criterion: measure.criterion,
      text: measure.text,
      answerSet: measure.answerSet,
      ...('always' in measure.applicability ? {} : { applicability: formatCondition(measure.applicability) }),
      ...(measure.derivation
        ? { derivation: { rule: { ...measure.derivation.rule }, mode: measure.derivation.mode } }
        : {}),
      ...(measure.tags.length > 0 ? { tags: [...measure.tags] } : {}),
      ...(measure.reportBySubsample ? {} : { reportBySubsample: false }),
      ...(measure.prompts ? { prompts: [...measure.prompts] } : {}),
    })),
    answerSets: definition.answerSets.map((set) => ({
      key: set.key,
      options: set.options.map(({ value, label, meets }) => ({ value, label, meets })),
    })),
    ...(definition.subsamples.length > 0
      ? {
          subsamples: definition.subsamples.map((subsample) => ({
            key: subsample.key,
            label: subsample.label,
            condition: formatCondition(subsample.condition),
          })),
        }
      : {}),
    ...(definition.ratingBands
      ? { ratingBands: definition.ratingBands.map(({ from, label }) => ({ from, label })) }
      : {}),
    ...(ratings
      ? {
          ratings: {
            ratings: ratings.ratings.map(({ key, label, from, points }) => ({ key, label, from, points })),
            standardRule: ratings.standardRule,
            overall: {
              rule: ratings.overall.rule,
              thresholds: ratings.overall.thresholds.map(({ from, rating }) => ({ from, rating })),
            },
            questionSets: ratings.questionSets.map(({ key, label, excludeTags }) => ({
              key,
              label,
              excludeTags: [...excludeTags],
            })),
            ...(ratings.unitFact ? { unitFact: ratings.unitFact } : {}),
          },
        }
      : {}),
    ...(definition.comparableWith
      ? {
          comparableWith: {
            fromVersion: definition.comparableWith.fromVersion,
            questions: { ...definition.comparableWith.measures },
            ...(definition.comparableWith.criteria ? { criteria: { ...definition.comparableWith.criteria } } : {}),
          },
        }
      : {}),
  };
}
