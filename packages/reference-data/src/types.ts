// The shapes of reference and demo data, in plain TypeScript and independent of any database: the API's seed
// maps them onto its own tables.
import type { CaseFacts, FigureKind, GivenAnswer, ProgressJudgement, RiskOfHarm } from '@scrutiny/domain';

export type InspectionKind = 'FULL' | 'FOLLOW_UP';
export type InspectionStatus =
  'PLANNED' | 'FIELDWORK' | 'VALIDATION' | 'DRAFTING' | 'FACTUAL_ACCURACY_CHECK' | 'SIGNED_OFF' | 'PUBLISHED';
/** What the figures of an inspection rest on: assessed case files, or only the figures a published report records. */
export type EvidenceBase = 'CASE_FILES' | 'RECORDED_FIGURES';

export interface ComparisonGroup {
  key: string;
  name: string;
  description: string;
}

export interface ReferenceArea {
  code: string;
  name: string;
  region: string;
  comparisonGroup: string;
  districts: readonly string[];
  /** True for areas and figures made up for demonstration: never to be read as real results. */
  demo: boolean;
}

/** A figure as printed in a published report: the percentage, and counts only where the report gives them. */
export interface RecordedFigure {
  kind: FigureKind;
  key: string;
  subsample: 'ALL' | 'HIGH_RISK_OF_HARM';
  /** As printed (whole percent). */
  percentage: number;
  met: number | null;
  applicable: number | null;
  /** A baseline score adjusted for a like-for-like comparison (no offender interviews at the follow-up). */
  adjusted: boolean;
  /** The report's words the figure comes from. */
  source: string;
}

export interface ReferenceRecommendation {
  /** The recommendation's number in the report that made it. */
  number: number;
  /** Verbatim; null when the only report available does not quote it (never made up). */
  text: string | null;
  /** Why the text is missing, when it is. */
  note?: string;
}

export interface FollowedUpRecommendation {
  /** Number in the follow-up report's list. */
  number: number;
  text: string;
  /** The baseline inspection's recommendation it follows up (the 2004 report's numbering is not given, so this is the position among the recorded ones). */
  baselineNumber: number;
  /**
   * How far the follow-up found it achieved, on the platform's progress scale, and the report's own sentence that
   * judgement rests on (verbatim: the report says how far each was achieved in words, not on a scale).
   */
  judgement?: { value: ProgressJudgement; basis: string };
}

export type FindingKind = 'STRENGTH' | 'AREA_FOR_IMPROVEMENT' | 'OBSERVATION';

export interface ReferenceFinding {
  criterion: string;
  kind: FindingKind;
  text: string;
}

export interface GoodPracticeExample {
  criterion: string;
  text: string;
}

export type ReportTextKey =
  | 'foreword'
  | 'acknowledgements'
  | 'glossary'
  | 'reasonsForFollowUp'
  | 'summaryOfKeyFindings'
  | 'nextSteps'
  | 'inspectionArrangements'
  | 'roleOfInspectorate';

export interface ReportText {
  key: ReportTextKey;
  title: string;
  /** Markdown, verbatim from the report. */
  body: string;
}

export interface ReferenceMeeting {
  /** Who the inspectors met, in the report's words. */
  with: string;
  kind: 'BOARD' | 'MANAGEMENT' | 'PRACTITIONERS' | 'PARTNERS';
}

export type TeamRole =
  'ASSISTANT_CHIEF_INSPECTOR' | 'INSPECTOR' | 'AREA_ASSESSOR' | 'INFORMATION_MANAGER' | 'ADMIN_OFFICER';

export interface TeamMember {
  name: string;
  role: TeamRole;
  /** The role as the report prints it. */
  title: string;
  /** Set when the member has a demo account. */
  email?: string;
}

export interface ReferenceCaseFile {
  reference: string;
  facts: CaseFacts;
  /** Pseudonymous code of the responsible officer (never a name). */
  officer: string;
  /** Email of the assessor the file is assigned to (a demo account), or null when unassigned. */
  assessorEmail: string | null;
  /** Empty for a file not yet assessed. */
  answers: readonly GivenAnswer[];
}

export interface ReferenceInspection {
  /** Stable key for seeds and tests, e.g. `WMPA-2005-follow-up`. */
  key: string;
  areaCode: string;
  year: number;
  kind: InspectionKind;
  status: InspectionStatus;
  evidence: EvidenceBase;
  frameworkKey: string;
  frameworkVersion: string;
  /** Key of the baseline inspection, for a follow-up. */
  baselineKey: string | null;
  /** Whether offenders (and significant other workers) were interviewed, as the report says. */
  offenderInterviews: boolean;
  fieldwork: { from: string; to: string } | null;
  /** Year-month of publication, when published. */
  published: string | null;
  /** True for made-up inspections (demo peers, the in-progress demo). */
  demo: boolean;
  caseFiles: readonly ReferenceCaseFile[];
  recordedFigures: readonly RecordedFigure[];
  recommendations: readonly ReferenceRecommendation[];
  followedUpRecommendations: readonly FollowedUpRecommendation[];
  findings: readonly ReferenceFinding[];
  goodPractice: readonly GoodPracticeExample[];
  reportTexts: readonly ReportText[];
  meetings: readonly ReferenceMeeting[];
  team: readonly TeamMember[];
}

export type DemoRole =
  | 'INSPECTOR'
  | 'CHIEF_INSPECTOR'
  | 'AREA_ASSESSOR'
  | 'INFORMATION_MANAGER'
  | 'ADMIN_OFFICER'
  | 'BOARD_MEMBER'
  | 'ADMINISTRATOR';

export interface DemoAccount {
  email: string;
  name: string;
  role: DemoRole;
  /** Area code for an assessor (seconded from) or a board member (sits for); null otherwise. */
  areaCode: string | null;
  /** Plain text, demo only: the API hashes it when seeding. */
  password: string;
}

export type { RiskOfHarm };
