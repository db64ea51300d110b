import type { FrameworkDefinition } from '@scrutiny/domain';
import { describe, expect, it } from 'vitest';
import { frameworkFileFormat, questionsForCase } from './framework-preview.ts';

const definition = {
  key: 'k',
  version: '1',
  title: 'T',
  description: '',
  sections: [{ code: 'A', title: 'A' }],
  criteria: [{ code: 'A1', section: 'A', title: 'Risk', description: '', scoring: { kind: 'pooled' }, tags: [] }],
  measures: [
    {
      key: 'A1.all',
      criterion: 'A1',
      text: 'Always',
      answerSet: 'Y',
      applicability: { always: true },
      tags: [],
      reportBySubsample: true,
    },
    {
      key: 'A1.high',
      criterion: 'A1',
      text: 'High risk or child protection',
      answerSet: 'Y',
      applicability: { any: [{ fact: 'riskOfHarm', in: ['HIGH'] }, { flag: 'childProtectionConcerns' }] },
      tags: [],
      reportBySubsample: true,
    },
    {
      key: 'A1.plan',
      criterion: 'A1',
      text: 'Plan',
      answerSet: 'Y',
      applicability: { hasDate: 'supervisionPlan' },
      tags: [],
      reportBySubsample: true,
      prompts: ['On time?'],
    },
  ],
  answerSets: [],
  subsamples: [],
} satisfies FrameworkDefinition;

const asked = (made: Parameters<typeof questionsForCase>[1]) =>
  questionsForCase(definition, made)[0]!
    .questions.filter((q) => q.asked)
    .map((q) => q.key);

describe('the preview of an uploaded framework on a made-up case', () => {
  it('asks the questions whose conditions the made-up facts meet', () => {
    expect(asked({ riskOfHarm: 'LOW', flags: new Set(), dates: new Set() })).toEqual(['A1.all']);
    expect(asked({ riskOfHarm: 'HIGH', flags: new Set(), dates: new Set() })).toEqual(['A1.all', 'A1.high']);
    expect(
      asked({ riskOfHarm: 'LOW', flags: new Set(['childProtectionConcerns']), dates: new Set(['supervisionPlan']) }),
    ).toEqual(['A1.all', 'A1.high', 'A1.plan']);
  });

  it('knows a framework file by its name', () => {
    expect(frameworkFileFormat('Home visits.XLSX')).toBe('XLSX');
    expect(frameworkFileFormat('f.yml')).toBe('YAML');
    expect(frameworkFileFormat('f.json')).toBe('YAML');
    expect(frameworkFileFormat('f.csv')).toBeNull();
  });
});
