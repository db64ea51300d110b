// The published report as a typed document, in the shape of the reference report (West Midlands 2005): foreword,
// acknowledgements with the team, glossary, reasons for the follow-up, summary of findings, inspection arrangements,
// one part per criterion (score table, measure figures, findings, good practice) and the role of the inspectorate.
// Built once by `buildReport`; the board renders it and every exporter (open data, PDF, DOCX) writes it, so all of
// them print the same figures. Plain JSON: no functions, no dates as objects.

import type { Correction, Direction } from '../comparison/compare.ts';

export type ProgressJudgement =
  'GOOD_PROGRESS' | 'REASONABLE_PROGRESS' | 'INSUFFICIENT_PROGRESS' | 'NO_MEANINGFUL_PROGRESS';

export interface ReportInterval {
  /** Percentage points, 0..100. */
  low: number;
  high: number;
}

/** One percentage as the report prints it, with what a reader needs to judge it. */
export interface ReportFigure {
  /** Unrounded, 0..100; null when nothing was applicable, the figure was not recorded, or it is suppressed. */
  percentage: number | null;
  /** Numerator, when known. */
  met: number | null;
  /** Denominator (applicable case files), when known. */
  applicable: number | null;
  /** A baseline adjusted for a like-for-like comparison (e.g. no offender interviews at the follow-up). */
  adjusted: boolean;
  /** 95% Wilson interval, when the counts are known. */
  interval: ReportInterval | null;
  /** Fewer than 5 applicable cases: the percentage says little. */
  smallNumber: boolean;
  /** Withheld from this public output by statistical disclosure control (1 to 4 applicable cases). */
  suppressed: boolean;
  /** Where the framework declares rating bands: the interval reaches across a band threshold. Null without bands. */
  straddlesBand: boolean | null;
  /** Why there is no percentage (nothing applicable, answers outstanding, withheld); null when there is one. */
  notComputedReason: string | null;
}

/** The change from the original inspection's figure to this one's. */
export interface ReportChange {
  /** This inspection minus the original, in percentage points, unrounded. */
  points: number;
  /** Judged at published (whole-number) precision. */
  direction: Direction;
  /** True when both inspections' counts are known, so the change was tested (Fisher's exact test). */
  tested: boolean;
  pValue: number | null;
  /** After the multiple-comparison correction the report names. */
  adjustedPValue: number | null;
  significant: boolean | null;
  /** 95% Newcombe interval of the change, in points, when tested. */
  interval: ReportInterval | null;
}

export interface ReportText {
  /** Markdown, as the inspectorate wrote it. */
  text: string;
  signedBy: string | null;
}

export interface TeamCredit {
  /** "HM Inspectors" */
  role: string;
  names: string[];
}

export interface GlossaryEntry {
  term: string;
  meaning: string;
}

export interface FollowedUpRecommendation {
  number: number;
  text: string;
  judgement: ProgressJudgement | null;
  /** "Good progress", or "Not judged". */
  judgementLabel: string;
  comment: string | null;
}

export interface ComparisonSummary {
  /** "improvement against 26 of 32 figures" */
  summary: string;
  improved: number;
  deteriorated: number;
  unchanged: number;
  compared: number;
  alpha: number;
  correction: Correction;
  /** "Holm–Bonferroni" */
  correctionLabel: string;
  /**
   * Where the report's own words quote a count of improved measures that the computed figures do not reproduce
   * ("26 of 33 separate measures" against "26 of 32 figures"): one sentence saying what each counts. Null otherwise.
   */
  reconciliation: string | null;
}

/** A figure of this inspection that is not in the comparison, or has no percentage, with why. */
export interface FigureLeftOut {
  kind: 'CRITERION' | 'MEASURE';
  key: string;
  /** The criterion's title or the measure's question. */
  text: string;
  subsampleLabel: string;
  reason: string;
}

/** A criterion's score table: the original inspection against this one. */
export interface ScoreTable {
  original: ReportFigure | null;
  current: ReportFigure;
  change: ReportChange | null;
}

export interface MeasureFigure {
  /** Measure key, e.g. `B1.review-16-weeks`. */
  key: string;
  criterion: string;
  text: string;
  /** `ALL` or a subsample key such as `HIGH_RISK_OF_HARM`. */
  subsample: string;
  /** "Whole sample" or "High or very high risk of harm". */
  subsampleLabel: string;
  original: ReportFigure | null;
  current: ReportFigure;
  change: ReportChange | null;
}

export interface ReportFinding {
  id: string;
  kind: string;
  /** Markdown (inline). */
  text: string;
}

export interface GoodPracticeExample {
  id: string;
  title: string;
  /** Markdown (inline). */
  text: string;
}

export interface CriterionPart {
  code: string;
  title: string;
  description: string;
  /** Null when the criterion was not scored in this inspection (e.g. management at a follow-up). */
  score: ScoreTable | null;
  measures: MeasureFigure[];
  findings: ReportFinding[];
  goodPractice: GoodPracticeExample[];
}

export interface ReportSectionPart {
  /** Section code, e.g. `B`. */
  code: string;
  title: string;
  /** "Section B: Quality of assessment" */
  heading: string;
  criteria: CriterionPart[];
}

/** A slope from the original criterion score to this one (the summary's chart). */
export interface CriterionSlope {
  code: string;
  title: string;
  original: ReportFigure;
  current: ReportFigure;
}

export interface ContentsEntry {
  /** Anchor id, e.g. `section-B`. */
  id: string;
  title: string;
}

/** One standard's rating as the report prints it. */
export interface StandardRatingLine {
  code: string;
  title: string;
  /** "Good"; "Not rated" when no key question had an applicable case file. */
  rating: string;
  /** The rating its lowest key question gives, where an inspector overrode it. */
  computed: string | null;
  /** The recorded reason of an override, and who made it. */
  override: { reason: string; by: string | null } | null;
  /** The key question the computed rating comes from, e.g. `2.1.engaging`. */
  lowestKeyQuestion: string | null;
}

export interface UnitRatingLine {
  unit: string;
  caseFiles: number;
  /** Withheld from public outputs: fewer than 5 case files. */
  withheld: boolean;
  /** Per standard, in the report's order ("Good", "Not rated"). */
  standards: string[];
  overall: string;
}

/** Where the framework rates: every standard, the overall rating and each local unit. */
export interface ReportRatings {
  /** "Core key questions" */
  questionSetLabel: string;
  overall: { rating: string; points: number | null; note: string | null };
  standards: StandardRatingLine[];
  units: UnitRatingLine[];
}

export interface PublishedReportModel {
  /** Version of this model's shape; exporters may refuse a newer one. */
  modelVersion: 1;
  inspection: {
    id: string;
    title: string;
    year: number;
    kind: 'FULL' | 'FOLLOW_UP';
    published: boolean;
    /** ISO date-time, or null before publication. */
    publishedAt: string | null;
    evidence: 'CASE_FILES' | 'RECORDED_FIGURES';
    area: { code: string; name: string };
    framework: { title: string; version: string };
    baseline: { title: string; year: number } | null;
  };
  /** "Follow-up report on West Midlands Probation Area, 2005" */
  heading: string;
  /** Column and row labels of every table. */
  labels: {
    /** "Original inspection (2004)" */
    original: string;
    /** "Follow-up inspection (2005)" */
    current: string;
  };
  contents: ContentsEntry[];
  foreword: ReportText | null;
  acknowledgements: (ReportText & { team: TeamCredit[] }) | null;
  glossary: GlossaryEntry[];
  reasons: {
    title: string;
    text: ReportText | null;
    recommendations: FollowedUpRecommendation[];
  } | null;
  summary: {
    title: string;
    comparison: ComparisonSummary | null;
    keyFindings: ReportText | null;
    nextSteps: ReportText | null;
    slopes: CriterionSlope[];
    /** Every figure of this inspection with no percentage, with why: listed, never dropped. */
    notComputed: FigureLeftOut[];
    /** Every figure of this inspection left out of the comparison with the original inspection, with why. */
    notCompared: FigureLeftOut[];
  };
  arrangements: {
    text: ReportText | null;
    methodNote: string | null;
    /** Where the figures come from, in one sentence. */
    evidenceNote: string;
  };
  /** Where the framework gives ratings (standards-based frameworks); null otherwise. */
  ratings: ReportRatings | null;
  sections: ReportSectionPart[];
  role: ReportText | null;
  /** Every figure of the inspection, criterion scores first, each subsample the source holds. */
  figures: PublishedFigureRow[];
  /** How to read the figures: rounding, small numbers, disclosure control, the tests used. */
  aboutFigures: string[];
  /**
   * Sections plugins add after the report's own parts (e.g. notes on the open data), built by the host from this same
   * model and listed last in `contents`; absent when no loaded plugin contributes one.
   */
  additionalSections?: AdditionalReportSection[];
  /** The licence the host publishes the figures under, named in the open-data files; absent when none is set. */
  licence?: { name: string; url: string };
}

/** A section a plugin contributes to the published report: words and at most one table, no figures of its own. */
export interface AdditionalReportSection {
  /** Unique across plugins, URL-safe: the section's anchor is `additional-<key>`. */
  key: string;
  title: string;
  /** The plugin that contributed it. */
  plugin: string;
  /** Markdown (inline), one paragraph each. */
  paragraphs: string[];
  table: { caption: string; columns: string[]; rows: string[][] } | null;
}

/**
 * One published figure, flat: a criterion score or a measure, for one subsample, with its original and change.
 * The table open-data exports write, one row each.
 */
export interface PublishedFigureRow {
  /** The figure's stable identifier, the same as the API's `figureId`; null when the source did not carry one. */
  figureId: string | null;
  kind: 'CRITERION' | 'MEASURE';
  criterion: string;
  /** Criterion code or measure key. */
  key: string;
  text: string;
  subsample: string;
  subsampleLabel: string;
  current: ReportFigure;
  original: ReportFigure | null;
  change: ReportChange | null;
}
