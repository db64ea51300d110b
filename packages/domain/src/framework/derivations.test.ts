import { describe, expect, it } from 'vitest';
import { deriveAnswer } from './derivations.ts';
import type { CaseFacts, Derivation } from './model.ts';

function caseWith(dates: Record<string, string>, reviewDates: string[] = []): CaseFacts {
  return {
    reference: 'WM-2005-017',
    orderType: 'CO',
    riskOfHarm: 'HIGH',
    mappaCategory: null,
    mappaLevel: null,
    district: null,
    sex: null,
    dates,
    reviewDates,
    flags: {},
  };
}

const planWithinFive: Derivation = { kind: 'withinWorkingDays', from: 'start', to: 'riskManagementPlan', days: 5 };
const reviewEvery16: Derivation = { kind: 'reviewedEveryWeeks', from: 'start', until: 'inspected', weeks: 16 };

describe('deriveAnswer: a risk management plan within five working days of the start', () => {
  it('holds four working days after the start, and says so', () => {
    expect(deriveAnswer(planWithinFive, caseWith({ start: '2005-01-10', riskManagementPlan: '2005-01-14' }))).toEqual({
      holds: true,
      explanation: 'Risk management plan on 2005-01-14, 4 working days after start on 2005-01-10 (limit 5)',
    });
  });

  it('holds on the fifth working day and fails on the sixth', () => {
    expect(
      deriveAnswer(planWithinFive, caseWith({ start: '2005-01-10', riskManagementPlan: '2005-01-17' })).holds,
    ).toBe(true);
    expect(
      deriveAnswer(planWithinFive, caseWith({ start: '2005-01-10', riskManagementPlan: '2005-01-18' })).holds,
    ).toBe(false);
  });

  it('does not count Easter 2005 as working days', () => {
    // Start Wed 23 March; Good Friday 25 and Easter Monday 28 March; Thu 31 March is the 4th working day.
    const answer = deriveAnswer(planWithinFive, caseWith({ start: '2005-03-23', riskManagementPlan: '2005-03-31' }));
    expect(answer.holds).toBe(true);
    expect(answer.explanation).toContain('4 working days after');
  });

  it('takes the limit from the framework rule, not a constant', () => {
    const facts = caseWith({ start: '2005-01-10', riskManagementPlan: '2005-01-14' });
    expect(deriveAnswer({ ...planWithinFive, days: 3 }, facts)).toEqual({
      holds: false,
      explanation: 'Risk management plan on 2005-01-14, 4 working days after start on 2005-01-10 (limit 3)',
    });
  });

  it('does not hold when the plan date is missing', () => {
    expect(deriveAnswer(planWithinFive, caseWith({ start: '2005-01-10' }))).toEqual({
      holds: false,
      explanation: 'No risk management plan date recorded (due within 5 working days of start on 2005-01-10)',
    });
  });

  it('cannot be derived without the start date', () => {
    expect(deriveAnswer(planWithinFive, caseWith({ riskManagementPlan: '2005-01-14' }))).toEqual({
      holds: null,
      explanation: 'Cannot be derived: no start date recorded',
    });
  });

  it('holds for a plan dated before the start', () => {
    const answer = deriveAnswer(planWithinFive, caseWith({ start: '2005-01-10', riskManagementPlan: '2005-01-07' }));
    expect(answer).toEqual({
      holds: true,
      explanation: 'Risk management plan on 2005-01-07, 1 working day before start on 2005-01-10 (limit 5)',
    });
  });
});

describe('deriveAnswer: risk of harm reviewed every 16 weeks', () => {
  it('holds when no gap from the start to the inspection exceeds 16 weeks', () => {
    const facts = caseWith({ start: '2005-01-10', inspected: '2005-06-20' }, ['2005-04-25']);
    expect(deriveAnswer(reviewEvery16, facts)).toEqual({
      holds: true,
      explanation:
        'Reviewed at least every 16 weeks: 1 review from start on 2005-01-10 to inspected on 2005-06-20, longest gap 15 weeks (2005-01-10 to 2005-04-25)',
    });
  });

  it('holds on a gap of exactly 16 weeks and fails a day later', () => {
    expect(
      deriveAnswer(reviewEvery16, caseWith({ start: '2005-01-10', inspected: '2005-06-20' }, ['2005-05-02'])).holds,
    ).toBe(true);
    const late = deriveAnswer(
      reviewEvery16,
      caseWith({ start: '2005-01-10', inspected: '2005-06-20' }, ['2005-05-03']),
    );
    expect(late).toEqual({
      holds: false,
      explanation:
        'Not reviewed every 16 weeks: 1 review from start on 2005-01-10 to inspected on 2005-06-20, longest gap 16 weeks 1 day (2005-01-10 to 2005-05-03)',
    });
  });

  it('fails when the last review is more than 16 weeks before the inspection', () => {
    const facts = caseWith({ start: '2004-06-01', inspected: '2005-06-20' }, [
      '2004-09-01',
      '2004-12-01',
      '2005-02-01',
    ]);
    const answer = deriveAnswer(reviewEvery16, facts);
    expect(answer.holds).toBe(false);
    expect(answer.explanation).toContain('(2005-02-01 to 2005-06-20)');
  });

  it('needs no review in a period shorter than the interval, and ignores reviews outside the period', () => {
    const facts = caseWith({ start: '2005-03-01', inspected: '2005-06-01' }, ['2004-01-01', '2005-09-01']);
    expect(deriveAnswer(reviewEvery16, facts)).toEqual({
      holds: true,
      explanation:
        'Reviewed at least every 16 weeks: 0 reviews from start on 2005-03-01 to inspected on 2005-06-01, longest gap 13 weeks 1 day (2005-03-01 to 2005-06-01)',
    });
  });

  it('reads review dates in any order', () => {
    const facts = caseWith({ start: '2005-01-10', inspected: '2005-09-01' }, ['2005-08-01', '2005-04-25']);
    expect(deriveAnswer(reviewEvery16, facts).holds).toBe(true);
  });

  it('cannot be derived without the start or the end of the period', () => {
    expect(deriveAnswer(reviewEvery16, caseWith({ inspected: '2005-06-20' }))).toEqual({
      holds: null,
      explanation: 'Cannot be derived: no start date recorded',
    });
    expect(deriveAnswer(reviewEvery16, caseWith({ start: '2005-01-10' }))).toEqual({
      holds: null,
      explanation: 'Cannot be derived: no inspected date recorded',
    });
    expect(deriveAnswer(reviewEvery16, caseWith({ start: '2005-06-20', inspected: '2005-01-10' })).holds).toBeNull();
  });
});
