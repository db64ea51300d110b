import { describe, expect, it } from 'vitest';
import { answer, caseFacts, esiLikeFramework } from '../../test/esi-like-framework.ts';
import { effectiveAnswer, validateAnswer } from './answers.ts';

const framework = esiLikeFramework;
// Monday 7 March 2005; the following Monday is five working days later.
const highRisk = (reference: string, riskManagementPlan: string) =>
  caseFacts(reference, { riskOfHarm: 'HIGH', dates: { start: '2005-03-07', riskManagementPlan } });

describe('effectiveAnswer', () => {
  it('does not ask a high-risk-only question of a medium risk case', () => {
    const result = effectiveAnswer(
      framework,
      'B1.rmp-quality-timely',
      caseFacts('m'),
      answer('B1.rmp-quality-timely', 'YES'),
    );
    expect(result).toEqual({ status: 'NOT_ASKED', value: null, derived: null });
  });

  it('counts a given answer by whether its option meets the measure', () => {
    expect(
      effectiveAnswer(framework, 'B1.classification', caseFacts('a'), answer('B1.classification', 'APPROPRIATE'))
        .status,
    ).toBe('MET');
    expect(
      effectiveAnswer(framework, 'B1.classification', caseFacts('a'), answer('B1.classification', 'INFLATED')).status,
    ).toBe('NOT_MET');
    expect(effectiveAnswer(framework, 'B1.classification', caseFacts('a'), undefined).status).toBe('UNANSWERED');
    const notApplicable = effectiveAnswer(
      framework,
      'B1.classification',
      caseFacts('a'),
      answer('B1.classification', 'NOT_APPLICABLE', 'no OASys yet'),
    );
    expect(notApplicable).toMatchObject({ status: 'NOT_APPLICABLE', value: 'NOT_APPLICABLE' });
  });

  it('meets "satisfactory quality and within five working days" only when both hold', () => {
    const onTime = highRisk('h1', '2005-03-14');
    const late = highRisk('h2', '2005-03-15');
    expect(
      effectiveAnswer(framework, 'B1.rmp-quality-timely', onTime, answer('B1.rmp-quality-timely', 'YES')).status,
    ).toBe('MET');
    expect(
      effectiveAnswer(framework, 'B1.rmp-quality-timely', onTime, answer('B1.rmp-quality-timely', 'NO')).status,
    ).toBe('NOT_MET');
    const lateButGood = effectiveAnswer(
      framework,
      'B1.rmp-quality-timely',
      late,
      answer('B1.rmp-quality-timely', 'YES'),
    );
    expect(lateButGood.status).toBe('NOT_MET');
    expect(lateButGood.derived?.holds).toBe(false);
    expect(lateButGood.value).toBe('YES');
  });

  it('takes a date-derived answer from the dates, whatever was given', () => {
    const reviewed = caseFacts('r1', {
      dates: { start: '2005-01-03', inspected: '2005-06-01' },
      reviewDates: ['2005-04-11', '2005-05-30'],
    });
    const neverReviewed = caseFacts('r2', { dates: { start: '2005-01-03', inspected: '2005-06-01' } });
    expect(effectiveAnswer(framework, 'B3.reviews', reviewed, undefined)).toMatchObject({
      status: 'MET',
      value: 'YES',
    });
    expect(effectiveAnswer(framework, 'B3.reviews', neverReviewed, answer('B3.reviews', 'YES'))).toMatchObject({
      status: 'NOT_MET',
      value: 'NO',
    });
  });

  it('leaves a date-derived answer open when its dates are missing, unless ruled not applicable', () => {
    const noStart = caseFacts('r3', { dates: { inspected: '2005-06-01' } });
    const open = effectiveAnswer(framework, 'B3.reviews', noStart, undefined);
    expect(open.status).toBe('UNANSWERED');
    expect(open.derived?.holds).toBeNull();
    expect(
      effectiveAnswer(framework, 'B3.reviews', noStart, answer('B3.reviews', 'NOT_APPLICABLE', 'transferred in'))
        .status,
    ).toBe('NOT_APPLICABLE');
  });

  it('issue 16: a missing start date never turns YES into not met; the assessor’s answer settles it', () => {
    const noStart = caseFacts('h3', { riskOfHarm: 'HIGH', dates: { riskManagementPlan: '2005-03-14' } });
    const unanswered = effectiveAnswer(framework, 'B1.rmp-quality-timely', noStart, undefined);
    expect(unanswered.status).toBe('UNANSWERED');
    expect(unanswered.derived).toEqual({ holds: null, explanation: 'Cannot be derived: no start date recorded' });
    expect(
      effectiveAnswer(framework, 'B1.rmp-quality-timely', noStart, answer('B1.rmp-quality-timely', 'YES')).status,
    ).toBe('MET');
    expect(
      effectiveAnswer(framework, 'B1.rmp-quality-timely', noStart, answer('B1.rmp-quality-timely', 'NO')).status,
    ).toBe('NOT_MET');
    const undated = caseFacts('r4', { dates: { inspected: '2005-06-01' } });
    expect(effectiveAnswer(framework, 'B3.reviews', undated, answer('B3.reviews', 'YES'))).toMatchObject({
      status: 'MET',
      value: 'YES',
    });
  });

  it('refuses a measure the framework does not have', () => {
    expect(() => effectiveAnswer(framework, 'Z9.nothing', caseFacts('a'), undefined)).toThrow(
      /no measure "Z9.nothing"/,
    );
  });
});

describe('validateAnswer', () => {
  it('accepts a value of the answer set and not applicable with a reason', () => {
    expect(
      validateAnswer(framework, 'B1.classification', caseFacts('a'), answer('B1.classification', 'DEFLATED')),
    ).toEqual({ ok: true });
    expect(
      validateAnswer(
        framework,
        'B1.classification',
        caseFacts('a'),
        answer('B1.classification', 'NOT_APPLICABLE', 'no assessment due'),
      ),
    ).toEqual({ ok: true });
  });

  it('names the allowed values when the value is not one of them', () => {
    const result = validateAnswer(framework, 'B1.classification', caseFacts('a'), answer('B1.classification', 'YES'));
    expect(result).toMatchObject({ ok: false, code: 'VALUE_NOT_IN_ANSWER_SET' });
    if (!result.ok)
      expect(result.message).toContain('APPROPRIATE (Appropriate), INFLATED (Inflated), DEFLATED (Deflated)');
  });

  it('needs a reason for not applicable', () => {
    expect(
      validateAnswer(
        framework,
        'B1.classification',
        caseFacts('a'),
        answer('B1.classification', 'NOT_APPLICABLE', '  '),
      ),
    ).toMatchObject({
      ok: false,
      code: 'REASON_REQUIRED',
    });
  });

  it('refuses answers to questions not asked, unknown questions, and answers the dates already give', () => {
    expect(
      validateAnswer(framework, 'B1.rmp-quality-timely', caseFacts('m'), answer('B1.rmp-quality-timely', 'YES')),
    ).toMatchObject({
      ok: false,
      code: 'NOT_ASKED_FOR_THIS_CASE',
    });
    expect(validateAnswer(framework, 'Z9', caseFacts('m'), answer('Z9', 'YES'))).toMatchObject({
      ok: false,
      code: 'UNKNOWN_MEASURE',
    });
    const dated = caseFacts('r', { dates: { start: '2005-01-03', inspected: '2005-06-01' } });
    expect(validateAnswer(framework, 'B3.reviews', dated, answer('B3.reviews', 'YES'))).toMatchObject({
      ok: false,
      code: 'DERIVED_FROM_DATES',
    });
    // Dates that cannot settle the rule leave the question to the assessor.
    const undated = caseFacts('r', { dates: { inspected: '2005-06-01' } });
    expect(validateAnswer(framework, 'B3.reviews', undated, answer('B3.reviews', 'YES'))).toEqual({ ok: true });
    expect(
      validateAnswer(framework, 'B3.reviews', undated, answer('B3.reviews', 'NOT_APPLICABLE', 'transferred in')),
    ).toEqual({ ok: true });
  });
});
