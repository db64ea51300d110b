import { describe, expect, it } from 'vitest';
import { fieldForProblem, readFormDate, recommendationLabel } from './plan-form.ts';

describe('a date typed as day, month and year', () => {
  it('is no date when all three are empty, and a UTC midnight when real', () => {
    expect(readFormDate({ day: '', month: ' ', year: '' }, 'Start')).toEqual({ kind: 'empty' });
    expect(readFormDate({ day: '5', month: '03', year: '2007' }, 'Start')).toEqual({
      kind: 'date',
      iso: '2007-03-05T00:00:00.000Z',
    });
  });

  it('says what is missing or impossible', () => {
    expect(readFormDate({ day: '5', month: '', year: '' }, 'Start')).toEqual({
      kind: 'invalid',
      message: 'Start must include a month and a year',
    });
    expect(readFormDate({ day: '31', month: '2', year: '2007' }, 'Start').kind).toBe('invalid');
    expect(readFormDate({ day: 'x', month: '2', year: '07' }, 'Start').kind).toBe('invalid');
  });
});

describe('the form', () => {
  it('links each input problem from the API to its field', () => {
    expect(fieldForProblem('baselineId')).toBe('baseline');
    expect(fieldForProblem('input.followedUpRecommendationIds')).toBe('recommendations');
    expect(fieldForProblem('fieldworkEnd')).toBe('fieldwork-end-day');
  });

  it('lists a recommendation whose text the report does not give by its number', () => {
    expect(recommendationLabel({ number: 6, text: '' })).toBe('6. (The report does not give its text.)');
    expect(recommendationLabel({ number: 1, text: 'Improve plans.' })).toBe('1. Improve plans.');
  });
});
