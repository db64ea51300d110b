import { describe, expect, it } from 'vitest';
import { agreementReport, type SecondMarkedAnswer } from './report.ts';
import {
  checkSecondMarkingPlan,
  inSecondMarkingPlan,
  isFileSecondMarked,
  questionsToSecondMark,
  readSecondMarkingPlan,
  WHOLE_SECOND_MARKING,
} from './plan.ts';

const asked = ['B1.initial-assessment-done', 'B1.review-16-weeks', 'B1.overall', 'B3.overall'];

describe('second marking of a chosen part', () => {
  it('asks every applicable question of every file by default, the overall judgements included', () => {
    expect(questionsToSecondMark(WHOLE_SECOND_MARKING, asked)).toEqual(asked);
    expect(isFileSecondMarked(WHOLE_SECOND_MARKING, 'any')).toBe(true);
  });

  it('asks only the chosen questions of the chosen files, in the file’s order', () => {
    const plan = { caseFiles: ['f1', 'f2'], questions: ['B1.overall', 'B1.initial-assessment-done', 'C2.overall'] };
    expect(questionsToSecondMark(plan, asked)).toEqual(['B1.initial-assessment-done', 'B1.overall']);
    expect(isFileSecondMarked(plan, 'f2')).toBe(true);
    expect(isFileSecondMarked(plan, 'f3')).toBe(false);
    expect(inSecondMarkingPlan(plan, 'f1', 'B3.overall')).toBe(false);
    expect(inSecondMarkingPlan(plan, 'f1', 'B1.overall')).toBe(true);
  });

  it('reads a stored plan back, and anything unreadable as the whole marking', () => {
    expect(readSecondMarkingPlan({ caseFiles: null, questions: ['B1.overall'] })).toEqual({
      caseFiles: null,
      questions: ['B1.overall'],
    });
    expect(readSecondMarkingPlan(null)).toEqual(WHOLE_SECOND_MARKING);
    expect(readSecondMarkingPlan({ caseFiles: [1, 2] })).toEqual(WHOLE_SECOND_MARKING);
  });

  it('refuses an empty choice, an unknown question or a file of another inspection', () => {
    const known = { measures: asked, caseFiles: ['f1', 'f2'] };
    expect(checkSecondMarkingPlan({ caseFiles: ['f1'], questions: ['B1.overall'] }, known)).toEqual([]);
    expect(checkSecondMarkingPlan({ caseFiles: [], questions: ['B9.none'] }, known)).toEqual([
      'There is no question "B9.none".',
      'Choose at least one case file, or all of them.',
    ]);
    expect(checkSecondMarkingPlan({ caseFiles: ['zz'], questions: null }, known)).toEqual([
      'The case file zz is not in this inspection.',
    ]);
  });

  it('gives agreement and kappa over the marked pairs, per question and pooled, with the counts of pairs', () => {
    const plan = { caseFiles: null, questions: ['B1.overall', 'B3.overall'] };
    const pairs: SecondMarkedAnswer[] = [
      ['f1', 'B1.overall', 'YES', 'YES'],
      ['f2', 'B1.overall', 'NO', 'NO'],
      ['f3', 'B1.overall', 'YES', 'NO'],
      ['f1', 'B3.overall', 'YES', 'YES'],
      ['f2', 'B3.overall', 'NO', 'NO'],
      // Marked before the lead narrowed the plan: out of the figures.
      ['f1', 'B1.review-16-weeks', 'YES', 'NO'],
    ].map(([caseFile, measure, first, second]) => ({
      caseFile: caseFile!,
      measure: measure!,
      assessor: 'a',
      first: first!,
      second: second!,
    }));
    const report = agreementReport(pairs.filter((p) => inSecondMarkingPlan(plan, p.caseFile, p.measure)));
    expect(report.overall).toMatchObject({ pairs: 5, agreed: 4, percentage: 80 });
    // Pooled: p0 = 0.8, pe = (3·2 + 2·3)/25 = 0.48, kappa = 0.32/0.52.
    expect(report.overall.kappa).toBeCloseTo(0.32 / 0.52, 12);
    expect(report.byMeasure['B1.overall']).toMatchObject({ pairs: 3, agreed: 2 });
    expect(report.byMeasure['B3.overall']).toMatchObject({ pairs: 2, agreed: 2, kappa: 1 });
    expect(report.byMeasure['B1.review-16-weeks']).toBeUndefined();
  });
});
