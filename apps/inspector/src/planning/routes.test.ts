import { describe, expect, it } from 'vitest';
import { matchRoute } from '../routing/routes.ts';

describe('the planning routes', () => {
  it('opens "Create an inspection" and an inspection’s plan', () => {
    expect(matchRoute('/inspections/new')).toEqual({ page: 'create-inspection' });
    expect(matchRoute('/inspections/SW5zcGVjdGlvbjox/plan')).toEqual({ page: 'plan', id: 'SW5zcGVjdGlvbjox' });
    expect(matchRoute('/inspections/SW5zcGVjdGlvbjox/plan/offender-interviews')).toEqual({
      page: 'offender-interviews',
      id: 'SW5zcGVjdGlvbjox',
    });
    expect(matchRoute('/inspections/SW5zcGVjdGlvbjox')).toEqual({ page: 'inspection', id: 'SW5zcGVjdGlvbjox' });
  });
});
