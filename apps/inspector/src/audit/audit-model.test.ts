import { describe, expect, it } from 'vitest';
import { actionText, csvFileName, roleLabel } from './audit-model.ts';

const event = (action: string, entity: string, extra: Partial<Parameters<typeof actionText>[0]> = {}) => ({
  action,
  entity,
  measureKey: null,
  before: null,
  after: null,
  ...extra,
});

describe('the audit log in words', () => {
  it('says which answer changed, from what to what', () => {
    expect(
      actionText(
        event('answer.update', 'Answer', {
          measureKey: '1.2',
          before: { value: 'YES', version: 1 },
          after: { value: 'NOT_APPLICABLE', version: 2 },
        }),
      ),
    ).toBe('Changed the answer to question 1.2 from Yes to Not applicable');
    expect(
      actionText(
        event('answer.update', 'Answer', { measureKey: '1.2', before: { value: 'NO' }, after: { value: 'NO' } }),
      ),
    ).toBe('Changed the reason or comment on the answer to question 1.2');
    expect(actionText(event('answer.create', 'Answer', { measureKey: '3.1', after: { value: 'NO' } }))).toBe(
      'Answered question 3.1: No',
    );
  });

  it('names reads and other actions, and falls back to the record and verb for new ones', () => {
    expect(actionText(event('caseFile.read', 'CaseFile'))).toBe('Read the case file');
    expect(actionText(event('finding.update', 'Finding'))).toBe('Finding: update');
    expect(actionText(event('goodPractice.delete', 'GoodPractice'))).toBe('Good practice: delete');
  });

  it('names roles as the inspectorate does', () => {
    expect(roleLabel('INSPECTOR')).toBe('HM inspector');
    expect(roleLabel('AREA_ASSESSOR')).toBe('Area assessor');
  });

  it('names the CSV file by inspection, filters and day', () => {
    const on = new Date('2026-12-01T10:00:00Z');
    expect(csvFileName({ area: 'West Midlands', title: 'Follow-up inspection 2006', on })).toBe(
      'audit-log-west-midlands-follow-up-inspection-2006-2026-12-01.csv',
    );
    expect(
      csvFileName({ area: 'West Midlands', title: 'Inspection', caseFileReference: 'WM06-007', person: 'Zoë Ng', on }),
    ).toBe('audit-log-west-midlands-inspection-wm06-007-zoe-ng-2026-12-01.csv');
  });
});
