// What the report model is built from: the figures and words of one inspection as the API returns them
// (`Inspection` with its scores, measure results and comparison). The model arranges them; it never scores.
// Every field is what the GraphQL schema names it, so a query result can be passed as it is.

export interface SourceInterval {
  low: number;
  high: number;
}

export interface SourceScore {
  code: string;
  title: string;
  subsample: string;
  percentage: number | null;
  met: number | null;
  applicable: number | null;
  adjusted: boolean;
  smallDenominator: boolean;
  interval?: SourceInterval | null;
  /** Withheld by statistical disclosure control (public outputs only). */
  suppressed?: boolean;
  /** The figure's stable identifier in the API (`figureId`), carried into every export. */
  figureId?: string | null;
}

export interface SourceMeasure {
  key: string;
  criterion: string;
  text: string;
  subsample: string;
  percentage: number | null;
  met: number | null;
  applicable: number | null;
  smallDenominator: boolean;
  interval?: SourceInterval | null;
  suppressed?: boolean;
  /** The figure's stable identifier in the API (`figureId`). */
  figureId?: string | null;
  /** Applicable case files not yet answered, and answered not applicable (null when withheld). */
  unanswered?: number | null;
  notApplicable?: number | null;
  /** The criterion's overall judgement: its figure is the criterion's score, not a separate measure. */
  judgesCriterion?: boolean;
}

export type SourceDirection = 'IMPROVED' | 'DETERIORATED' | 'UNCHANGED';
export type SourceCorrection = 'HOLM' | 'BENJAMINI_HOCHBERG' | 'NONE';

export interface SourceFigureComparison {
  key: string;
  kind: 'CRITERION' | 'MEASURE';
  subsample: string;
  baselinePercentage: number | null;
  baselineMet: number | null;
  baselineApplicable: number | null;
  baselineAdjusted: boolean;
  changePoints: number;
  direction: SourceDirection;
  pValue: number | null;
  adjustedPValue: number | null;
  significant: boolean | null;
  changeInterval?: SourceInterval | null;
  baselineInterval?: SourceInterval | null;
}

export interface SourceComparison {
  summary: string;
  improved: number;
  deteriorated: number;
  unchanged: number;
  compared: number;
  alpha: number;
  correction: SourceCorrection;
  figures: readonly SourceFigureComparison[];
  /** Figures of this inspection left out of the comparison, with why. */
  notCompared?: readonly { kind: 'CRITERION' | 'MEASURE'; key: string; subsample: string; reason: string }[];
}

export type SourceJudgement =
  'GOOD_PROGRESS' | 'REASONABLE_PROGRESS' | 'INSUFFICIENT_PROGRESS' | 'NO_MEANINGFUL_PROGRESS';

/** A rating as the API names it. */
export interface SourceRating {
  key: string;
  label: string;
  points: number;
}

/** `Inspection.ratings`, where the framework gives ratings. */
export interface SourceRatings {
  questionSet: string;
  questionSets?: readonly { key: string; label: string }[];
  standards: readonly {
    code: string;
    title: string;
    computed: SourceRating | null;
    effective: SourceRating | null;
    lowestKeyQuestion: string | null;
    override: { rating: SourceRating; reason: string; by: string | null } | null;
  }[];
  overall: { points: number | null; rating: SourceRating | null; reason: string | null };
  units: readonly {
    unit: string;
    caseFiles: number;
    withheld: boolean;
    standards: readonly { code: string; effective: SourceRating | null }[];
    overall: { points: number | null; rating: SourceRating | null } | null;
  }[];
}

export interface ReportSource {
  id: string;
  title: string;
  year: number;
  kind: 'FULL' | 'FOLLOW_UP';
  published: boolean;
  /** An ISO date-time (the API's DateTime scalar), or null. */
  publishedAt: unknown;
  methodNote: string | null;
  evidence: 'CASE_FILES' | 'RECORDED_FIGURES';
  area: { code: string; name: string };
  baseline: { title: string; year: number } | null;
  framework: {
    title: string;
    version: string;
    sections: readonly { code: string; title: string }[];
    criteria: readonly { code: string; section: string; title: string; description: string }[];
    /** Where the framework declares rating bands: each band and the percentage it starts at. */
    ratingBands?: readonly { from: number; label: string }[] | null;
  };
  subsamples: readonly { key: string; label: string }[];
  /** Whole-sample criterion scores (other subsamples may be included; the score tables use `ALL`). */
  criterionScores: readonly SourceScore[];
  /** Measure results of every subsample the report shows (the whole sample and, e.g., high risk of harm). */
  measureResults: readonly SourceMeasure[];
  comparison: SourceComparison | null;
  /** Where the framework gives ratings; absent or null where it gives none (ESI). */
  ratings?: SourceRatings | null;
  reportTexts: readonly { section: string; signedBy?: string | null; text: string }[];
  findings: readonly { id: string; criterionCode: string | null; kind: string; text: string }[];
  goodPractices: readonly { id: string; criterionCode: string | null; title: string | null; text: string }[];
  followedUpRecommendations: readonly {
    id: string;
    judgement: SourceJudgement | null;
    comment: string | null;
    recommendation: { number: number; text: string };
  }[];
}
