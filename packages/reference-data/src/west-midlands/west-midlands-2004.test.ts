import { describe, expect, it } from 'vitest';
import { reportedFigures } from '../build/reported-targets.ts';
import { westMidlands2004, westMidlands2004Recommendations } from './west-midlands-2004.ts';

const recorded = (key: string, subsample: string) =>
  westMidlands2004.recordedFigures.find((figure) => figure.key === key && figure.subsample === subsample);

describe('the West Midlands 2004 inspection', () => {
  it('is recorded as figures only, with no case files', () => {
    expect(westMidlands2004).toMatchObject({
      evidence: 'RECORDED_FIGURES',
      kind: 'FULL',
      status: 'PUBLISHED',
      caseFiles: [],
    });
  });

  it('records every original figure of the report and nothing else', () => {
    let expected = 0;
    for (const criterion of reportedFigures.criteria) {
      if (criterion.original === undefined) continue;
      expected++;
      expect(recorded(criterion.code, 'ALL')).toMatchObject({ kind: 'CRITERION', percentage: criterion.original });
    }
    for (const measure of reportedFigures.measures) {
      const { all, highRisk } = measure.original;
      if (measure.highRiskOnly) {
        // The population of a high-risk-only measure is the high-risk cases: its figure is its whole-sample one.
        if (highRisk !== null) expected++;
        expect(recorded(measure.id, 'ALL')?.percentage ?? null).toBe(highRisk);
        expect(recorded(measure.id, 'HIGH_RISK_OF_HARM')).toBeUndefined();
        continue;
      }
      expected += (all === null ? 0 : 1) + (highRisk === null ? 0 : 1);
      expect(recorded(measure.id, 'ALL')?.percentage ?? null).toBe(all);
      expect(recorded(measure.id, 'HIGH_RISK_OF_HARM')?.percentage ?? null).toBe(highRisk);
    }
    expect(westMidlands2004.recordedFigures).toHaveLength(expected);
  });

  it('keeps counts only where the report gives them: nine of 23 risk management plans', () => {
    const withCounts = westMidlands2004.recordedFigures.filter((figure) => figure.applicable !== null);
    expect(withCounts.map((figure) => [figure.key, figure.met, figure.applicable])).toEqual([
      ['B1.rmp-quality-timely', 9, 23],
    ]);
  });

  it('marks the C2 and C5 scores as adjusted for the missing offender interviews, and quotes a source for each', () => {
    expect(westMidlands2004.recordedFigures.filter((figure) => figure.adjusted).map((figure) => figure.key)).toEqual([
      'C2',
      'C5',
    ]);
    expect(recorded('C2', 'ALL')?.percentage).toBe(54);
    for (const figure of westMidlands2004.recordedFigures) expect(figure.source).not.toMatch(/^\(as for/);
    expect(recorded('B3.diversity-recorded', 'ALL')?.source).toMatch(/common original figure of 56%/);
  });

  it('has seven recommendations: the five followed up verbatim, two not quoted and left without text', () => {
    expect(westMidlands2004Recommendations).toHaveLength(reportedFigures.inspections.original.recommendations);
    expect(westMidlands2004Recommendations.filter((recommendation) => recommendation.text !== null)).toHaveLength(5);
    expect(westMidlands2004Recommendations[3]!.text).toMatch(/^the quality of risk of harm assessments be improved/);
    for (const missing of westMidlands2004Recommendations.filter((recommendation) => recommendation.text === null)) {
      expect(missing.note).toMatch(/Not quoted/);
    }
  });
});
