import { describe, expect, it } from 'vitest';
import { glossaryTerms, scoreTable, teamLines } from './preview-model.ts';

describe('the glossary', () => {
  it('reads one term a line, with a tab, a dash or a colon between term and meaning', () => {
    expect(
      glossaryTerms(
        'ACO\tAssistant chief officer\nOASys – Offender Assessment System\nSPO: Senior probation officer\n\nESI',
      ),
    ).toEqual([
      { term: 'ACO', meaning: 'Assistant chief officer' },
      { term: 'OASys', meaning: 'Offender Assessment System' },
      { term: 'SPO', meaning: 'Senior probation officer' },
      { term: 'ESI', meaning: '' },
    ]);
  });
});

describe('the team', () => {
  it('is listed by role as the acknowledgements print it, the lead inspector first', () => {
    const member = (role: string, name: string) => ({ role, user: { name } });
    expect(
      teamLines([
        member('AREA_ASSESSOR', 'Neil Appleby'),
        member('INSPECTOR', 'John Browne'),
        member('LEAD_INSPECTOR', 'Kate White'),
        member('ADMIN_OFFICER', 'Junior Rhone'),
      ]),
    ).toEqual([
      { title: 'HM Inspectors', names: ['Kate White', 'John Browne'] },
      { title: 'Area Assessors', names: ['Neil Appleby'] },
      { title: 'Inspection Admin Officer', names: ['Junior Rhone'] },
    ]);
  });
});

describe("a criterion's score table", () => {
  const scores = [{ code: 'C2', percentage: 76.2, met: 32, applicable: 42, adjusted: false }];
  const baseline = [
    { kind: 'CRITERION', key: 'C2', subsample: 'HIGH_RISK_OF_HARM', baselinePercentage: 60, baselineAdjusted: false },
    { kind: 'CRITERION', key: 'C2', subsample: 'ALL', baselinePercentage: 54, baselineAdjusted: true },
    { kind: 'MEASURE', key: 'C2', subsample: 'ALL', baselinePercentage: 1, baselineAdjusted: false },
  ];
  it('sets the original (adjusted) score of the whole sample against the follow-up', () => {
    expect(scoreTable('C2', 'overallJudgement', scores, baseline)).toEqual({
      original: { percentage: 54, adjusted: true },
      current: { percentage: 76.2, met: 32, applicable: 42 },
    });
  });
  it('has no original without a baseline, and no table for a criterion the framework does not score', () => {
    expect(scoreTable('C2', 'overallJudgement', scores, [])?.original).toBeNull();
    expect(scoreTable('A1', 'notScored', scores, baseline)).toBeNull();
  });
});
