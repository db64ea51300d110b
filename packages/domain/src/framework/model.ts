// The framework model: what an inspectorate publishes as its criteria and questions, as plain data.
// A framework version is frozen JSON once an inspection starts on it, so everything here is serialisable:
// applicability and derivations are declarative conditions, never functions.

export const RISK_OF_HARM_LEVELS = ['LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH'] as const;
export type RiskOfHarm = (typeof RISK_OF_HARM_LEVELS)[number];

/** The value every question accepts besides its answer set; it needs a reason and leaves the denominator. */
export const NOT_APPLICABLE = 'NOT_APPLICABLE';

/** The facts of one case file, as supplied by the area's case list and checked by the assessor. */
export interface CaseFacts {
  /** Pseudonymous reference: never a name. */
  reference: string;
  /** CO, CPO, CPRO, LICENCE, ... */
  orderType: string;
  riskOfHarm: RiskOfHarm;
  /** MAPPA category 1..4, or null when not a MAPPA case. */
  mappaCategory: number | null;
  /** MAPPA level 1..3, or null. */
  mappaLevel: number | null;
  district: string | null;
  sex: 'MALE' | 'FEMALE' | null;
  /** Key dates as ISO dates (YYYY-MM-DD): start, initialAssessment, riskManagementPlan, ... */
  dates: Record<string, string>;
  /** Review dates in order, ISO. */
  reviewDates: string[];
  /** Flags such as significantIncident, additionalRequirements, childProtectionConcerns, otherAgencyAssessments. */
  flags: Record<string, boolean>;
}

/** Standard flag and date names the bundled frameworks and the case-list import use. */
export const CASE_FLAGS = [
  'significantIncident',
  'additionalRequirements',
  'childProtectionConcerns',
  'otherAgencyAssessments',
  'communityPunishment',
] as const;
export const CASE_DATES = ['start', 'initialAssessment', 'riskManagementPlan', 'supervisionPlan', 'inspected'] as const;

export type FactName = 'riskOfHarm' | 'orderType' | 'mappaCategory' | 'mappaLevel' | 'district' | 'sex';

/** A declarative test over case facts: where a question applies, what a subsample holds. */
export type Condition =
  | { always: true }
  | { fact: FactName; in: ReadonlyArray<string | number> }
  | { flag: string }
  | { hasDate: string }
  | { all: readonly Condition[] }
  | { any: readonly Condition[] }
  | { not: Condition };

export interface AnswerOption {
  value: string;
  label: string;
  /** Whether this answer counts as meeting the measure (the numerator). */
  meets: boolean;
}

export interface AnswerSet {
  key: string;
  options: readonly AnswerOption[];
}

/**
 * An answer worked out from the case's dates. The limits are part of the framework version, never constants in code.
 * - withinWorkingDays: `to` falls no more than `days` working days (England and Wales) after `from`.
 * - reviewedEveryWeeks: from `from` until `until`, no gap between reviews longer than `weeks` weeks.
 */
export type Derivation =
  | { kind: 'withinWorkingDays'; from: string; to: string; days: number }
  | { kind: 'reviewedEveryWeeks'; from: string; until: string; weeks: number };

export interface Measure {
  /** Stable key within the framework, e.g. `B1.rmp-quality-timely`. */
  key: string;
  criterion: string;
  text: string;
  /** Key into the framework's answer sets. */
  answerSet: string;
  /** Where the question applies; elsewhere it is not asked and never counted. */
  applicability: Condition;
  /**
   * A date rule. `mode: 'answer'` makes it the answer itself; `mode: 'alsoRequired'` means the judged answer
   * meets the measure only when the date rule holds too (e.g. a plan of satisfactory quality AND on time).
   */
  derivation?: { rule: Derivation; mode: 'answer' | 'alsoRequired' };
  /** Free tags: `needs-offender-interviews` (left out of adjusted scores), `overall-judgement`, `core`, ... */
  tags: readonly string[];
  /** False when the measure's population is itself a subsample (high risk only): no separate subsample figures are compared. */
  reportBySubsample: boolean;
  /** Prompts an assessor weighs before answering (shown as guidance, never scored on their own). */
  prompts?: readonly string[];
}

export type CriterionScoring =
  /** Every applicable answer of the criterion's measures pooled: sum met / sum applicable. */
  | { kind: 'pooled'; excludeTags?: readonly string[] }
  /** One overall judgement per case file on the criterion: the share of applicable case files judged to meet it. */
  | { kind: 'overallJudgement'; measure: string }
  /** The criterion is described and reported on, but carries no score. */
  | { kind: 'notScored' };

export interface Criterion {
  code: string;
  section: string;
  title: string;
  description: string;
  scoring: CriterionScoring;
  tags: readonly string[];
}

export interface Section {
  code: string;
  title: string;
}

/** A named filter over case facts; every figure can be shown for each. */
export interface Subsample {
  key: string;
  label: string;
  condition: Condition;
}

/** The whole sample: the subsample every figure has. */
export const WHOLE_SAMPLE = 'ALL';

/** A rating band a framework puts scores in, e.g. "Good" from 75%. */
export interface RatingBand {
  /** The percentage the band starts at (a score of exactly `from` is in the band). */
  from: number;
  label: string;
}

export interface FrameworkDefinition {
  key: string;
  version: string;
  title: string;
  description: string;
  sections: readonly Section[];
  criteria: readonly Criterion[];
  measures: readonly Measure[];
  answerSets: readonly AnswerSet[];
  subsamples: readonly Subsample[];
  /**
   * Where the framework rates scores in bands: ascending by `from`. A figure whose 95% interval reaches across a
   * band's threshold is flagged, since the sample cannot say which band it is in. ESI (2005) declares none.
   */
  ratingBands?: readonly RatingBand[];
  /** How the framework rates its standards and the inspection as a whole; absent where it gives no ratings. */
  ratings?: RatingModel;
  /** Which of this version's measures can be compared with an earlier version's; absent: none across versions. */
  comparableWith?: VersionComparability;
}

/** One rating, e.g. Outstanding from 80% of applicable case files, worth 3 points towards the overall rating. */
export interface Rating {
  key: string;
  label: string;
  /** The lowest key-question percentage in this rating (inclusive). */
  from: number;
  /** What this rating adds to the overall score. */
  points: number;
}

/** A set of key questions a standard is rated on: the core set, or an adjusted set for a kind of inspection. */
export interface QuestionSet {
  key: string;
  label: string;
  /** Key questions carrying any of these tags are left out of this set. */
  excludeTags: readonly string[];
}

/**
 * A rating model, declared as data so every framework of this kind is rated by the same rules:
 * - a key question (measure) is rated by its percentage of applicable case files;
 * - a standard (criterion) takes the rating of its lowest-rated key question, unless an inspector overrides it
 *   with a recorded reason;
 * - the overall rating comes from the sum of the standards' points, by the declared thresholds.
 */
export interface RatingModel {
  /** Ascending by `from`; the first starts at 0. */
  ratings: readonly Rating[];
  standardRule: 'lowestKeyQuestion';
  overall: { rule: 'sumOfPoints'; thresholds: readonly { from: number; rating: string }[] };
  /** The first is the core set, used unless an inspection asks for another. */
  questionSets: readonly QuestionSet[];
  /** The case fact naming a local unit; its units' ratings roll up to the inspected region (the whole sample). */
  unitFact?: FactName;
}

/** Measures of this version comparable with those of an earlier version of the same framework: new key → old key. */
export interface VersionComparability {
  fromVersion: string;
  measures: Readonly<Record<string, string>>;
  criteria?: Readonly<Record<string, string>>;
}

/** An answer as given by an assessor (or inspector when validating). */
export interface GivenAnswer {
  measure: string;
  value: string;
  reason?: string | null;
  comment?: string | null;
}

export interface CaseFileForScoring {
  facts: CaseFacts;
  answers: readonly GivenAnswer[];
}
