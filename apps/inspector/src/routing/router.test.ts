import { describe, expect, it } from 'vitest';
import { matchRoute } from './routes.ts';

describe('the app’s routes', () => {
  it('opens the home page at the root', () => {
    expect(matchRoute('/')).toEqual({ page: 'home' });
  });
  it('opens a case file and an inspection by their ids', () => {
    expect(matchRoute('/case-files/Q2FzZUZpbGU6MQ%3D%3D')).toEqual({ page: 'case-file', id: 'Q2FzZUZpbGU6MQ==' });
    expect(matchRoute('/inspections/abc')).toEqual({ page: 'inspection', id: 'abc' });
    expect(matchRoute('/inspections/abc/sample')).toEqual({ page: 'sample', id: 'abc' });
    expect(matchRoute('/inspections/abc/validation')).toEqual({ page: 'inspection-validation', id: 'abc' });
    expect(matchRoute('/case-files/abc/validation')).toEqual({ page: 'case-file-validation', id: 'abc' });
    expect(matchRoute('/inspections/abc/scores')).toEqual({ page: 'scores', id: 'abc' });
    expect(matchRoute('/inspections/abc/audit')).toEqual({ page: 'audit-log', id: 'abc' });
  });
  it('opens the retention pages', () => {
    expect(matchRoute('/admin/personal-data')).toEqual({ page: 'personal-data' });
    expect(matchRoute('/admin/personal-data/erase/SW5zcGVjdGlvbjox')).toEqual({
      page: 'erase-personal-data',
      id: 'SW5zcGVjdGlvbjox',
    });
    expect(matchRoute('/personal-data/subject-access')).toEqual({ page: 'subject-access' });
    expect(matchRoute('/admin/personal-data/erase')).toEqual({ page: 'not-found' });
  });
  it('says an unknown path is not found', () => {
    expect(matchRoute('/case-files')).toEqual({ page: 'not-found' });
    expect(matchRoute('/reports/1')).toEqual({ page: 'not-found' });
  });
});
