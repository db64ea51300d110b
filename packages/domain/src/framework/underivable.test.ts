import { describe, expect, it } from 'vitest';
import { caseFacts, esiLikeFramework } from '../../test/esi-like-framework.ts';
import { underivableQuestions } from './underivable.ts';

describe('questions a case list’s dates will not settle', () => {
  it('counts, per date-derived question, the applicable files whose dates are missing, and why', () => {
    const cases = [
      caseFacts('h1', { riskOfHarm: 'HIGH', dates: { start: '2005-03-07', riskManagementPlan: '2005-03-10' } }),
      caseFacts('h2', { riskOfHarm: 'HIGH', dates: { riskManagementPlan: '2005-03-10' } }),
      caseFacts('h3', { riskOfHarm: 'VERY_HIGH', dates: {} }),
      caseFacts('m1', { riskOfHarm: 'MEDIUM', dates: {} }),
    ];
    const rmp = underivableQuestions(esiLikeFramework, cases).find((q) => q.measureKey === 'B1.rmp-quality-timely');
    expect(rmp).toMatchObject({
      files: 2,
      applicable: 3,
      reasons: [{ reason: 'Cannot be derived: no start date recorded', files: 2 }],
    });
  });

  it('lists nothing when every date is there', () => {
    const dated = caseFacts('h1', {
      riskOfHarm: 'HIGH',
      dates: { start: '2005-03-07', riskManagementPlan: '2005-03-10', inspected: '2005-06-01' },
    });
    expect(underivableQuestions(esiLikeFramework, [dated])).toEqual([]);
  });
});
