import { describe, expect, it } from 'vitest';
import { followUpDue, raisedConcerns, type InspectionForFollowUp } from './follow-up.ts';

const full2004: InspectionForFollowUp = {
  id: 'i2004',
  year: 2004,
  published: true,
  recommendations: 7,
  followedUpBy: [],
};

describe('the follow-up an area is due', () => {
  it('is due the year after a published inspection that made recommendations, and overdue after that', () => {
    expect(followUpDue(2005, [full2004])).toEqual({ inspectionId: 'i2004', dueYear: 2005, standing: 'DUE' });
    expect(followUpDue(2006, [full2004])).toEqual({ inspectionId: 'i2004', dueYear: 2005, standing: 'OVERDUE' });
  });
  it('is not due in the inspection’s own year', () => {
    expect(followUpDue(2004, [full2004])).toBeNull();
  });
  it('is planned while a follow-up naming the inspection is only planned, and gone once it is under way', () => {
    expect(followUpDue(2006, [{ ...full2004, followedUpBy: [{ planned: true }] }])).toEqual({
      inspectionId: 'i2004',
      dueYear: 2005,
      standing: 'PLANNED',
    });
    expect(followUpDue(2006, [{ ...full2004, followedUpBy: [{ planned: false }] }])).toBeNull();
  });
  it('is not due after an inspection that made no recommendation, or is not yet published', () => {
    expect(followUpDue(2005, [{ ...full2004, recommendations: 0 }])).toBeNull();
    expect(followUpDue(2005, [{ ...full2004, published: false }])).toBeNull();
    expect(raisedConcerns({ published: true, recommendations: 0 })).toBe(false);
  });
  it('follows the latest inspection that raised concerns', () => {
    const again = { ...full2004, id: 'i2007', year: 2007 };
    const followed = { ...full2004, followedUpBy: [{ planned: false }] };
    expect(followUpDue(2008, [followed, again])).toEqual({ inspectionId: 'i2007', dueYear: 2008, standing: 'DUE' });
  });
});
