// The retention rule's date: calendar months after publication, a month's end clamped to the shorter month.
import { describe, expect, it } from 'vitest';
import { erasureDueAt } from './retention.ts';

describe('erasureDueAt', () => {
  it('is the same day and time so many months after publication', () => {
    expect(erasureDueAt(new Date('2005-07-15T09:30:00Z'), 12).toISOString()).toBe('2006-07-15T09:30:00.000Z');
    expect(erasureDueAt(new Date('2005-07-15T09:30:00Z'), 0).toISOString()).toBe('2005-07-15T09:30:00.000Z');
  });

  it('takes the last day of a shorter month rather than running into the next', () => {
    expect(erasureDueAt(new Date('2005-08-31T12:00:00Z'), 6).toISOString()).toBe('2006-02-28T12:00:00.000Z');
    expect(erasureDueAt(new Date('2007-08-31T12:00:00Z'), 6).toISOString()).toBe('2008-02-29T12:00:00.000Z');
    expect(erasureDueAt(new Date('2005-01-31T00:00:00Z'), 3).toISOString()).toBe('2005-04-30T00:00:00.000Z');
  });
});
