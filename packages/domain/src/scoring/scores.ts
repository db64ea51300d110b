// Measures and criterion scores, for the whole sample and every subsample. A percentage is met / applicable:
// NOT_APPLICABLE, NOT_ASKED and UNANSWERED questions never enter the denominator, and each figure carries its
// counts and a 95% interval so the reader can see how much a small sample can say.
import type { CaseFileForScoring, Criterion, CriterionScoring, FrameworkDefinition } from '../framework/model.ts';
import { wilsonInterval } from '../statistics/index.ts';
import type { Figure, Interval } from './figures.ts';
import type { Tally } from './tally.ts';
import { tallyAnswers } from './tally.ts';

/** Below this many applicable cases a percentage is flagged: it says little and may point at individuals. */
export const SMALL_DENOMINATOR = 5;

/** Measures that record a judgement on the whole criterion: counted on their own, never pooled with the questions. */
export const OVERALL_JUDGEMENT_TAG = 'overall-judgement';

export interface MeasureResult extends Figure {
  kind: 'MEASURE';
  notApplicable: number;
  unanswered: number;
  notAsked: number;
  /** Fewer than SMALL_DENOMINATOR applicable cases. */
  smallDenominator: boolean;
  interval: Interval | null;
}

export interface CriterionScore extends Figure {
  kind: 'CRITERION';
  rule: CriterionScoring['kind'];
  smallDenominator: boolean;
  interval: Interval | null;
}

export interface InspectionScores {
  measures: MeasureResult[];
  criteria: CriterionScore[];
  /** `ALL` first, then the framework's subsamples. */
  subsamples: string[];
}

function percentage(met: number, applicable: number): number | null {
  return applicable === 0 ? null : (met / applicable) * 100;
}

function measureResults(tally: Tally): MeasureResult[] {
  const results: MeasureResult[] = [];
  const subsampleCount = tally.subsamples.length;
  for (const { measure, index } of tally.compiled.measures) {
    // A measure whose population is itself a subsample (high risk cases only) would repeat its whole-sample figure.
    const reported = measure.reportBySubsample ? subsampleCount : 1;
    for (let s = 0; s < reported; s++) {
      const at = index * subsampleCount + s;
      const met = tally.met[at]!;
      const applicable = tally.applicable[at]!;
      results.push({
        kind: 'MEASURE',
        key: measure.key,
        subsample: tally.subsamples[s]!,
        met,
        applicable,
        percentage: percentage(met, applicable),
        adjusted: false,
        notApplicable: tally.notApplicable[at]!,
        unanswered: tally.unanswered[at]!,
        notAsked: tally.notAsked[at]!,
        smallDenominator: applicable < SMALL_DENOMINATOR,
        interval: wilsonInterval(met, applicable),
      });
    }
  }
  return results;
}

function criterionScores(tally: Tally, excludeTags: readonly string[], adjusted: boolean): CriterionScore[] {
  const scores: CriterionScore[] = [];
  const subsampleCount = tally.subsamples.length;
  for (const criterion of tally.compiled.definition.criteria) {
    const counted = countedMeasureIndexes(tally, criterion, excludeTags);
    if (counted === null) continue;
    for (let s = 0; s < subsampleCount; s++) {
      let met = 0;
      let applicable = 0;
      for (const index of counted) {
        met += tally.met[index * subsampleCount + s]!;
        applicable += tally.applicable[index * subsampleCount + s]!;
      }
      scores.push({
        kind: 'CRITERION',
        key: criterion.code,
        subsample: tally.subsamples[s]!,
        met,
        applicable,
        percentage: percentage(met, applicable),
        adjusted,
        rule: criterion.scoring.kind,
        smallDenominator: applicable < SMALL_DENOMINATOR,
        interval: wilsonInterval(met, applicable),
      });
    }
  }
  return scores;
}

/** The measures whose counts make up the criterion's score; null when the criterion carries no score. */
function countedMeasureIndexes(tally: Tally, criterion: Criterion, excludeTags: readonly string[]): number[] | null {
  const scoring = criterion.scoring;
  switch (scoring.kind) {
    case 'notScored':
      return null;
    case 'overallJudgement': {
      // The share of applicable case files judged to meet the criterion is exactly the judgement measure's figure.
      // Leaving out some questions cannot change it: the judgement was made once per case file on all the evidence
      // and cannot be re-made without it, so an adjusted score keeps the judgement as recorded.
      const judged = tally.compiled.byKey.get(scoring.measure);
      return judged ? [judged.index] : [];
    }
    case 'pooled': {
      const left = new Set([OVERALL_JUDGEMENT_TAG, ...(scoring.excludeTags ?? []), ...excludeTags]);
      return tally.compiled.measures
        .filter(({ measure }) => measure.criterion === criterion.code && !measure.tags.some((tag) => left.has(tag)))
        .map(({ index }) => index);
    }
  }
}

/** Every measure and criterion score of an inspection, for the whole sample and each of the framework's subsamples. */
export function scoreInspection(
  framework: FrameworkDefinition,
  caseFiles: readonly CaseFileForScoring[],
): InspectionScores {
  const tally = tallyAnswers(framework, caseFiles);
  return {
    measures: measureResults(tally),
    criteria: criterionScores(tally, [], false),
    subsamples: [...tally.subsamples],
  };
}

/**
 * Criterion scores recomputed for a like-for-like comparison with an inspection that used a different method
 * (the 2005 follow-up had no offender interviews, so the 2004 scores were recomputed without those questions).
 */
export function adjustedCriterionScores(
  framework: FrameworkDefinition,
  caseFiles: readonly CaseFileForScoring[],
  excludeTags: readonly string[],
): CriterionScore[] {
  return criterionScores(tallyAnswers(framework, caseFiles), excludeTags, true);
}

/** The plain figures (criteria first, then measures), as stored, published and compared. */
export function scoresToFigures(scores: InspectionScores): Figure[] {
  const toFigure = ({ kind, key, subsample, met, applicable, percentage, adjusted }: Figure): Figure => ({
    kind,
    key,
    subsample,
    met,
    applicable,
    percentage,
    adjusted,
  });
  return [...scores.criteria.map(toFigure), ...scores.measures.map(toFigure)];
}
