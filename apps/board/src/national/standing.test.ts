import { describe, expect, it } from 'vitest';
import { describeStanding, ordinal } from './standing.ts';

describe('an area’s place among all areas', () => {
  it('reads as an ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 42nd', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 42, 103, 111].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '42nd',
      '103rd',
      '111th',
    ]);
  });

  it('says where the area stands out of how many, or nothing when it has no score', () => {
    expect(describeStanding({ position: 2, of: 4 })).toBe('2nd of 4');
    expect(describeStanding(null)).toBe('–');
  });
});
