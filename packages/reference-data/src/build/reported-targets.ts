// The follow-up figures the generated West Midlands 2005 case files must reproduce, read from the report's table.
import figures from '../../reference/west-midlands-figures.json' with { type: 'json' };
import type { PrintedTarget } from './solve-counts.ts';

export interface ReportedMeasure {
  id: string;
  criterion: string;
  text: string;
  highRiskOnly?: boolean;
  original: { all: number | null; highRisk: number | null; count?: number[] };
  followUp: { all: number | null; highRisk: number | null; count?: number[] };
  quote: string;
}

export interface ReportedCriterion {
  code: string;
  section: string;
  title: string;
  scored?: boolean;
  original?: number;
  followUp?: number;
  adjusted?: boolean;
}

export const reportedFigures = figures as unknown as {
  headline: string;
  criteria: ReportedCriterion[];
  measures: ReportedMeasure[];
  followedUpRecommendations: string[];
  inspections: { original: { recommendations: number }; followUp: { caseFiles: number; highRiskCaseFiles: number } };
  countsFromTheText: { improved: number; deteriorated: number };
};

function pair(count: number[] | undefined): readonly [number, number] | undefined {
  return count && count.length === 2 ? [count[0]!, count[1]!] : undefined;
}

/** Printed follow-up targets by measure key, including each scored criterion's overall judgement. */
export function followUpTargets(): Map<string, PrintedTarget> {
  const targets = new Map<string, PrintedTarget>();
  for (const measure of reportedFigures.measures) {
    const count = pair(measure.followUp.count);
    // A high-risk-only measure has one population, the high-risk cases: its figure is the whole-sample figure.
    targets.set(
      measure.id,
      measure.highRiskOnly
        ? { all: measure.followUp.highRisk, highRisk: null, ...(count ? { count } : {}) }
        : { all: measure.followUp.all, highRisk: measure.followUp.highRisk, ...(count ? { count } : {}) },
    );
  }
  for (const criterion of reportedFigures.criteria) {
    if (criterion.followUp !== undefined)
      targets.set(`${criterion.code}.overall`, { all: criterion.followUp, highRisk: null });
  }
  return targets;
}
