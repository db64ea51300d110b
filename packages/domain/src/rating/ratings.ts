// Ratings of a standards-based framework, by the rules its RatingModel declares: a key question's rating follows
// its percentage of applicable case files, a standard takes its lowest-rated key question's rating unless an
// inspector overrides it with a recorded reason, and the overall rating follows the sum of the standards' points.
// Every framework of this kind is rated here; a plugin only declares the thresholds.
import { roundToPublished } from '../comparison/compare.ts';
import type { CaseFileForScoring, FrameworkDefinition, Rating, RatingModel } from '../framework/model.ts';
import { WHOLE_SAMPLE } from '../framework/model.ts';
import type { Figure } from '../scoring/figures.ts';
import { scoreInspection } from '../scoring/scores.ts';

/** An inspector's decision to rate a standard otherwise than its lowest key question does, with why. */
export interface RatingOverride {
  standard: string;
  rating: string;
  reason: string;
  /** Who decided (a display name), when known. */
  by?: string | null;
  /** When, as an ISO date-time, when known. */
  at?: string | null;
}

export interface KeyQuestionRating {
  key: string;
  standard: string;
  met: number | null;
  applicable: number | null;
  percentage: number | null;
  /** Null when no case file was applicable: the question says nothing about the standard. */
  rating: string | null;
}

export interface StandardRating {
  code: string;
  /** The lowest key question's rating; null when none of its key questions had an applicable case file. */
  computed: string | null;
  /** The key question the computed rating comes from. */
  lowestKeyQuestion: string | null;
  override: RatingOverride | null;
  /** The override's rating where there is one, else the computed one. */
  effective: string | null;
  keyQuestions: KeyQuestionRating[];
}

export interface OverallRating {
  /** Sum of the standards' points; null unless every standard is rated. */
  points: number | null;
  rating: string | null;
  /** Why there is no overall rating, when there is none. */
  reason: string | null;
}

export interface InspectionRatings {
  questionSet: string;
  standards: StandardRating[];
  overall: OverallRating;
}

export interface UnitRatings {
  /** The local unit (the value of the model's unit fact), e.g. a probation delivery unit. */
  unit: string;
  caseFiles: number;
  ratings: InspectionRatings;
}

/** The rating a percentage falls in: the highest whose threshold it reaches, at the precision it is published. */
export function ratingForPercentage(model: RatingModel, percentage: number | null): Rating | null {
  if (percentage === null) return null;
  // Rated as printed: a key question shown as 80% must not be rated below the 80% threshold.
  const published = roundToPublished(percentage);
  let found: Rating | null = null;
  for (const rating of model.ratings) if (published >= rating.from) found = rating;
  return found;
}

function rank(model: RatingModel, key: string): number {
  return model.ratings.findIndex((rating) => rating.key === key);
}

/** The key questions of a standard in a question set: its measures, less those the set leaves out. */
export function keyQuestionsOf(framework: FrameworkDefinition, standard: string, questionSet: string): string[] {
  const set = framework.ratings?.questionSets.find((candidate) => candidate.key === questionSet);
  const left = new Set(set?.excludeTags ?? []);
  return framework.measures
    .filter((measure) => measure.criterion === standard && !measure.tags.some((tag) => left.has(tag)))
    .map((measure) => measure.key);
}

/**
 * The ratings of an inspection from its whole-sample measure figures and the inspectors' overrides; null when the
 * framework declares no rating model. `questionSet` defaults to the model's first (core) set.
 */
export function rateInspection(
  framework: FrameworkDefinition,
  measures: readonly Pick<Figure, 'key' | 'subsample' | 'met' | 'applicable' | 'percentage'>[],
  overrides: readonly RatingOverride[] = [],
  questionSet?: string,
): InspectionRatings | null {
  const model = framework.ratings;
  if (!model) return null;
  const setKey = questionSet ?? model.questionSets[0]?.key ?? '';
  const figures = new Map(measures.filter((m) => m.subsample === WHOLE_SAMPLE).map((m) => [m.key, m]));
  const standards: StandardRating[] = framework.criteria.map((criterion) => {
    const keyQuestions: KeyQuestionRating[] = keyQuestionsOf(framework, criterion.code, setKey).map((key) => {
      const figure = figures.get(key);
      const percentage = figure?.percentage ?? null;
      return {
        key,
        standard: criterion.code,
        met: figure?.met ?? null,
        applicable: figure?.applicable ?? null,
        percentage,
        rating: ratingForPercentage(model, percentage)?.key ?? null,
      };
    });
    let lowest: KeyQuestionRating | null = null;
    for (const question of keyQuestions) {
      if (question.rating === null) continue;
      if (!lowest || rank(model, question.rating) < rank(model, lowest.rating!)) lowest = question;
    }
    const override = overrides.find((candidate) => candidate.standard === criterion.code) ?? null;
    const computed = lowest?.rating ?? null;
    return {
      code: criterion.code,
      computed,
      lowestKeyQuestion: lowest?.key ?? null,
      override,
      effective: override?.rating ?? computed,
      keyQuestions,
    };
  });
  return { questionSet: setKey, standards, overall: overallRating(model, standards) };
}

function overallRating(model: RatingModel, standards: readonly StandardRating[]): OverallRating {
  const unrated = standards.filter((standard) => standard.effective === null).map((standard) => standard.code);
  if (standards.length === 0) return { points: null, rating: null, reason: 'The framework has no standards.' };
  if (unrated.length > 0) {
    return {
      points: null,
      rating: null,
      reason: `Not every standard is rated yet (${unrated.join(', ')}): no key question had an applicable case file.`,
    };
  }
  const points = standards.reduce(
    (sum, standard) => sum + (model.ratings.find((rating) => rating.key === standard.effective)?.points ?? 0),
    0,
  );
  let rating: string | null = null;
  for (const threshold of model.overall.thresholds) if (points >= threshold.from) rating = threshold.rating;
  return { points, rating, reason: null };
}

/**
 * Ratings of each local unit from its own case files (computed only: overrides are made on the inspection's
 * published ratings), in unit order. The region's ratings are the whole sample's, from `rateInspection`.
 */
export function rateUnits(
  framework: FrameworkDefinition,
  caseFiles: readonly CaseFileForScoring[],
  questionSet?: string,
): UnitRatings[] {
  const fact = framework.ratings?.unitFact;
  if (!fact) return [];
  const byUnit = new Map<string, CaseFileForScoring[]>();
  for (const caseFile of caseFiles) {
    const unit = caseFile.facts[fact];
    if (unit === null || unit === undefined || unit === '') continue;
    const files = byUnit.get(String(unit)) ?? [];
    files.push(caseFile);
    byUnit.set(String(unit), files);
  }
  return [...byUnit.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([unit, files]) => ({
      unit,
      caseFiles: files.length,
      ratings: rateInspection(framework, scoreInspection(framework, files).measures, [], questionSet)!,
    }));
}

/** Problems with an override, in words an inspector can act on; empty when it may be recorded. */
export function ratingOverrideProblems(
  framework: FrameworkDefinition,
  override: Pick<RatingOverride, 'standard' | 'rating' | 'reason'>,
): { path: string; message: string }[] {
  const model = framework.ratings;
  if (!model) return [{ path: 'standard', message: `The ${framework.title} framework gives no ratings.` }];
  const problems: { path: string; message: string }[] = [];
  if (!framework.criteria.some((criterion) => criterion.code === override.standard))
    problems.push({ path: 'standard', message: `There is no standard "${override.standard}" in this framework.` });
  if (!model.ratings.some((rating) => rating.key === override.rating))
    problems.push({
      path: 'rating',
      message: `Choose one of: ${model.ratings.map((rating) => rating.label).join(', ')}.`,
    });
  if (override.reason.trim().length < 10)
    problems.push({ path: 'reason', message: 'Give the reason for the override (at least 10 characters).' });
  return problems;
}

/** Problems with a declared rating model, for validateFramework. */
export function ratingModelProblems(framework: FrameworkDefinition): string[] {
  const model = framework.ratings;
  if (!model) return [];
  const problems: string[] = [];
  const keys = new Set(model.ratings.map((rating) => rating.key));
  if (model.ratings.length === 0) problems.push('the rating model has no ratings');
  if (keys.size !== model.ratings.length) problems.push('the rating model lists a rating key twice');
  if (model.ratings[0] && model.ratings[0].from !== 0)
    problems.push(`the lowest rating "${model.ratings[0].label}" must start at 0 so every percentage is rated`);
  model.ratings.forEach((rating, index) => {
    const previous = model.ratings[index - 1];
    if (previous && !(rating.from > previous.from && rating.points >= previous.points))
      problems.push(`rating "${rating.label}" must start above, and be worth no less than, "${previous.label}"`);
  });
  if (model.standardRule !== 'lowestKeyQuestion')
    problems.push(`unknown standard rule "${String(model.standardRule)}"`);
  if (model.overall.rule !== 'sumOfPoints') problems.push(`unknown overall rule "${String(model.overall.rule)}"`);
  model.overall.thresholds.forEach((threshold, index) => {
    if (!keys.has(threshold.rating))
      problems.push(`overall threshold ${index + 1} names unknown rating "${threshold.rating}"`);
    const previous = model.overall.thresholds[index - 1];
    if (previous && !(threshold.from > previous.from))
      problems.push(`overall thresholds must go up (threshold ${index + 1})`);
  });
  if (model.overall.thresholds[0]?.from !== 0) problems.push('the first overall threshold must start at 0 points');
  if (model.questionSets.length === 0) problems.push('the rating model needs at least a core question set');
  return problems;
}
