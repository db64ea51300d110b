import { describe, expect, it } from 'vitest';
import { readDate } from './date-input.ts';

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
