import { describe, expect, it } from 'vitest';
import { matchRoute } from '../routing/routes.ts';

describe('the writing pages’ routes', () => {
  it('open meetings and evidence, findings by criterion, the draft report and its preview', () => {
    expect(matchRoute('/inspections/abc/evidence')).toEqual({ page: 'evidence', id: 'abc' });
    expect(matchRoute('/inspections/abc/findings')).toEqual({ page: 'findings', id: 'abc' });
    expect(matchRoute('/inspections/abc/findings/B1')).toEqual({ page: 'criterion-findings', id: 'abc', code: 'B1' });
    expect(matchRoute('/inspections/abc/report')).toEqual({ page: 'report', id: 'abc' });
    expect(matchRoute('/inspections/abc/report/preview')).toEqual({ page: 'report-preview', id: 'abc' });
  });
  it('say anything deeper is not found', () => {
    expect(matchRoute('/inspections/abc/findings/B1/x')).toEqual({ page: 'not-found' });
    expect(matchRoute('/inspections/abc/report/final')).toEqual({ page: 'not-found' });
  });
});
