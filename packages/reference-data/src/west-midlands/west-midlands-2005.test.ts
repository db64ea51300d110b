import type { Figure } from '@scrutiny/domain';
import {
  appliesTo,
  compareWithBaseline,
  NOT_APPLICABLE,
  scoreInspection,
  scoresToFigures,
  validateAnswer,
} from '@scrutiny/domain';
import { esiFramework } from '@scrutiny/plugin-framework-esi';
import { describe, expect, it } from 'vitest';
import { generateWestMidlands2005CaseFiles } from '../build/generate-west-midlands-2005.ts';
import { reportedFigures } from '../build/reported-targets.ts';
import { westMidlands2004 } from './west-midlands-2004.ts';
import { westMidlands2005, westMidlands2005CaseFiles } from './west-midlands-2005.ts';

const scores = scoreInspection(esiFramework, westMidlands2005CaseFiles);
const isHighRisk = (riskOfHarm: string): boolean => riskOfHarm === 'HIGH' || riskOfHarm === 'VERY_HIGH';

function figure(kind: 'MEASURE' | 'CRITERION', key: string, subsample: string) {
  const found = [...scores.measures, ...scores.criteria].find(
    (result) => result.kind === kind && result.key === key && result.subsample === subsample,
  );
  if (!found) throw new Error(`no ${kind} figure ${key} ${subsample}`);
  return found;
}
const printed = (result: { percentage: number | null }): number | null =>
  result.percentage === null ? null : Math.round(result.percentage);

describe('the West Midlands 2005 follow-up case files', () => {
  it('are 40 files, 23 of them high or very high risk of harm', () => {
    expect(westMidlands2005CaseFiles).toHaveLength(40);
    expect(westMidlands2005CaseFiles.filter((file) => isHighRisk(file.facts.riskOfHarm))).toHaveLength(23);
    expect(new Set(westMidlands2005CaseFiles.map((file) => file.reference)).size).toBe(40);
    expect(westMidlands2005CaseFiles[0]!.reference).toBe('WM05-001');
  });

  it.each(reportedFigures.measures.map((measure) => [measure.id, measure] as const))(
    '%s scores as the report printed it',
    (key, measure) => {
      if (measure.highRiskOnly) {
        expect(printed(figure('MEASURE', key, 'ALL'))).toBe(measure.followUp.highRisk);
      } else {
        expect(printed(figure('MEASURE', key, 'ALL'))).toBe(measure.followUp.all);
        if (measure.followUp.highRisk !== null) {
          expect(printed(figure('MEASURE', key, 'HIGH_RISK_OF_HARM'))).toBe(measure.followUp.highRisk);
        }
      }
    },
  );

  it('gives the criterion scores B1 62, B3 70, C2 76 and C5 70 through the overall judgements', () => {
    const criteria = Object.fromEntries(
      scores.criteria.filter((score) => score.subsample === 'ALL').map((score) => [score.key, printed(score)]),
    );
    expect(criteria).toEqual({ B1: 62, B3: 70, C2: 76, C5: 70 });
    for (const criterion of reportedFigures.criteria.filter((candidate) => candidate.followUp !== undefined)) {
      expect(printed(figure('CRITERION', criterion.code, 'ALL'))).toBe(criterion.followUp);
    }
  });

  it('uses the counts the report gives in words: risk management plans in ten of 23 cases', () => {
    expect(figure('MEASURE', 'B1.rmp-quality-timely', 'ALL')).toMatchObject({ met: 10, applicable: 23 });
  });

  it('keeps the high-risk additional requirements figure below 2004’s 93%, as the report says it fell', () => {
    expect(figure('MEASURE', 'C2.additional-requirements', 'HIGH_RISK_OF_HARM').percentage!).toBeLessThan(92.5);
  });

  it('compares with the 2004 figures as the report does: 26 figures rose and 6 fell', () => {
    const baseline: Figure[] = westMidlands2004.recordedFigures.map((recorded) => ({
      kind: recorded.kind,
      key: recorded.key,
      subsample: recorded.subsample,
      met: recorded.met,
      applicable: recorded.applicable,
      percentage: recorded.percentage,
      adjusted: recorded.adjusted,
    }));
    const comparison = compareWithBaseline(scoresToFigures(scores), baseline, {
      correction: 'HOLM',
      excludeSubsampleFiguresFor: new Set(esiFramework.measures.filter((m) => !m.reportBySubsample).map((m) => m.key)),
    });
    expect(comparison.compared).toBe(32);
    expect(comparison.improved).toBe(reportedFigures.countsFromTheText.improved);
    expect(comparison.deteriorated).toBe(reportedFigures.countsFromTheText.deteriorated);
    const rmp = comparison.figures.find((compared) => compared.key === 'B1.rmp-quality-timely')!;
    // Only the risk management plan has counts on both sides (9/23 against 10/23): far from significant.
    expect(rmp.pValue).not.toBeNull();
    expect(rmp.significant).toBe(false);
  });

  it('holds answers only, every one of them a valid answer for its case, with a reason for each not-applicable', () => {
    for (const file of westMidlands2005CaseFiles) {
      expect(Object.keys(file)).not.toContain('scores');
      for (const answer of file.answers) {
        expect(
          validateAnswer(esiFramework, answer.measure, file.facts, answer),
          `${file.reference} ${answer.measure}`,
        ).toEqual({
          ok: true,
        });
        if (answer.value === NOT_APPLICABLE) expect(answer.reason?.length).toBeGreaterThan(30);
      }
      const answered = new Set(file.answers.map((answer) => answer.measure));
      for (const measure of esiFramework.measures) {
        expect(answered.has(measure.key), `${file.reference} ${measure.key}`).toBe(
          appliesTo(measure.applicability, file.facts),
        );
      }
    }
  });

  it('reads as real cases: starts in January 2005, first reviews around May, misclassified risk mostly inflated', () => {
    for (const file of westMidlands2005CaseFiles) {
      expect(file.facts.dates.start! >= '2005-01-04' && file.facts.dates.start! <= '2005-01-31').toBe(true);
      for (const review of file.facts.reviewDates) expect(review >= '2005-04-15' && review <= '2005-06-30').toBe(true);
      expect(['CRO', 'CPO', 'CPRO', 'LICENCE']).toContain(file.facts.orderType);
      if (file.facts.mappaCategory === 2) expect(file.facts.orderType).toBe('LICENCE');
    }
    const classification = westMidlands2005CaseFiles.flatMap((file) =>
      file.answers.filter((answer) => answer.measure === 'B1.classification-appropriate').map((answer) => answer.value),
    );
    const inflated = classification.filter((value) => value === 'INFLATED').length;
    expect(inflated).toBeGreaterThan(classification.filter((value) => value === 'DEFLATED').length);
    const perOfficer = new Map<string, number>();
    for (const file of westMidlands2005CaseFiles) perOfficer.set(file.officer, (perOfficer.get(file.officer) ?? 0) + 1);
    expect(Math.max(...perOfficer.values())).toBeLessThanOrEqual(6);
  });

  it('is exactly what the seeded generator produces, so the committed data cannot drift from its source', () => {
    expect(generateWestMidlands2005CaseFiles()).toEqual(westMidlands2005CaseFiles);
  });

  it('is a published follow-up of the 2004 inspection', () => {
    expect(westMidlands2005).toMatchObject({
      kind: 'FOLLOW_UP',
      status: 'PUBLISHED',
      baselineKey: westMidlands2004.key,
      demo: false,
    });
    expect(westMidlands2005.followedUpRecommendations).toHaveLength(5);
  });
});
