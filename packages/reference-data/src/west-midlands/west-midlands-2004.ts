// The original 2004 inspection exists for us only as the figures the follow-up report prints about it, so it is
// recorded as figures (percentages, and counts where the report gives them), never as invented case files.
import { reportedFigures } from '../build/reported-targets.ts';
import type { RecordedFigure, ReferenceInspection, ReferenceRecommendation } from '../types.ts';

function sourceOf(quote: string): string {
  // One entry says "(as for B3.liaison-recorded)": its source is that measure's sentence.
  const shared = /^\(as for ([\w.-]+)\)$/.exec(quote);
  if (!shared) return quote;
  return reportedFigures.measures.find((measure) => measure.id === shared[1])?.quote ?? quote;
}

function recordedFigures(): RecordedFigure[] {
  const figures: RecordedFigure[] = [];
  for (const criterion of reportedFigures.criteria) {
    if (criterion.original === undefined) continue;
    figures.push({
      kind: 'CRITERION',
      key: criterion.code,
      subsample: 'ALL',
      percentage: criterion.original,
      met: null,
      applicable: null,
      adjusted: criterion.adjusted === true,
      source: `${criterion.code} ${criterion.title}: Original inspection ${criterion.original}%${criterion.adjusted ? ' (adjusted)' : ''}`,
    });
  }
  for (const measure of reportedFigures.measures) {
    const { all, highRisk, count } = measure.original;
    const counts =
      count && count.length === 2 ? { met: count[0]!, applicable: count[1]! } : { met: null, applicable: null };
    const source = sourceOf(measure.quote);
    const base = { kind: 'MEASURE' as const, key: measure.id, adjusted: false, source };
    // A high-risk-only measure's population is the high-risk cases: its one figure is its whole-sample figure.
    if (measure.highRiskOnly) {
      if (highRisk !== null) figures.push({ ...base, subsample: 'ALL', percentage: highRisk, ...counts });
      continue;
    }
    if (all !== null) figures.push({ ...base, subsample: 'ALL', percentage: all, met: null, applicable: null });
    if (highRisk !== null)
      figures.push({ ...base, subsample: 'HIGH_RISK_OF_HARM', percentage: highRisk, met: null, applicable: null });
  }
  return figures;
}

const NOT_QUOTED =
  'Not quoted in the 2005 follow-up report, the only source held; the original report has seven recommendations.';

/**
 * The seven recommendations of 2004. The follow-up quotes five (the ones it followed up) and not the other two, whose
 * text is left null rather than made up. The original report's numbering is not given: they are numbered here in
 * the order the follow-up lists them, the two unquoted ones last.
 */
export const westMidlands2004Recommendations: readonly ReferenceRecommendation[] = [
  ...reportedFigures.followedUpRecommendations.map((text, i) => ({ number: i + 1, text })),
  { number: 6, text: null, note: NOT_QUOTED },
  { number: 7, text: null, note: NOT_QUOTED },
];

export const westMidlands2004: ReferenceInspection = {
  key: 'WMPA-2004',
  areaCode: 'WMPA',
  year: 2004,
  kind: 'FULL',
  status: 'PUBLISHED',
  evidence: 'RECORDED_FIGURES',
  frameworkKey: 'esi',
  // The original framework version is not available; its figures are recorded under the follow-up's keys.
  frameworkVersion: '2005-follow-up',
  baselineKey: null,
  // The follow-up report: "Unlike in the original ESI, no interviews were conducted with offenders": this one held them.
  offenderInterviews: true,
  fieldwork: null,
  published: '2004-08',
  demo: false,
  caseFiles: [],
  recordedFigures: recordedFigures(),
  recommendations: westMidlands2004Recommendations,
  followedUpRecommendations: [],
  findings: [],
  goodPractice: [],
  reportTexts: [],
  meetings: [],
  team: [],
};
