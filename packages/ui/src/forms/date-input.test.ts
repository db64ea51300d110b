import { describe, expect, it } from 'vitest';
import { datePartsOf, readDate } from './date-input.ts';

describe('reading a GOV.UK date input', () => {
  it('reads a real date as midnight UTC', () => {
    expect(readDate({ day: '31', month: '3', year: '2007' }, 'Due date')).toEqual({
      kind: 'date',
      iso: '2007-03-31T00:00:00.000Z',
    });
  });
  it('allows all three empty', () => {
    expect(readDate({ day: ' ', month: '', year: '' }, 'Due date')).toEqual({ kind: 'empty' });
  });
  it('says which part is missing', () => {
    expect(readDate({ day: '1', month: '', year: '' }, 'Due date')).toEqual({
      kind: 'problem',
      message: 'Due date must include a month and year',
      field: 'month',
    });
  });
  it('refuses a date that does not exist', () => {
    expect(readDate({ day: '31', month: '2', year: '2007' }, 'Due date')).toMatchObject({
      message: 'Due date must be a real date',
    });
    expect(readDate({ day: 'x', month: '2', year: '07' }, 'Due date')).toMatchObject({ kind: 'problem' });
  });
});

describe('the parts of a stored date', () => {
  it('are its UTC day, month and year, without leading zeros', () => {
    expect(datePartsOf('2006-06-07T00:00:00.000Z')).toEqual({ day: '7', month: '6', year: '2006' });
    expect(datePartsOf(null)).toEqual({ day: '', month: '', year: '' });
  });
});
