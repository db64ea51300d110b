import { readFileSync } from 'node:fs';
import type { CaseFacts } from '@scrutiny/domain';
import { appliesTo, validateFramework } from '@scrutiny/domain';
import { loadPlugins } from '@scrutiny/plugin-sdk';
import { describe, expect, it } from 'vitest';
import plugin, { esiFramework } from './index.ts';

interface ReportedMeasure {
  id: string;
  criterion: string;
  text: string;
  highRiskOnly?: boolean;
  answers?: string;
}
interface ReportedCriterion {
  code: string;
  section: string;
  title: string;
  scored?: boolean;
  adjusted?: boolean;
}
const figures = JSON.parse(
  readFileSync(new URL('../../../reference-data/reference/west-midlands-figures.json', import.meta.url), 'utf8'),
) as { criteria: ReportedCriterion[]; measures: ReportedMeasure[] };

const measureByKey = new Map(esiFramework.measures.map((measure) => [measure.key, measure]));

function facts(overrides: Partial<CaseFacts> = {}): CaseFacts {
  return {
    reference: 'TEST-001',
    orderType: 'CRO',
    riskOfHarm: 'MEDIUM',
    mappaCategory: null,
    mappaLevel: null,
    district: null,
    sex: 'MALE',
    dates: { start: '2005-01-10', initialAssessment: '2005-01-12' },
    reviewDates: ['2005-05-02'],
    flags: {},
    ...overrides,
  };
}

describe('the ESI framework', () => {
  it('is a valid framework and loads as a plugin on this platform', () => {
    expect(validateFramework(esiFramework)).toEqual([]);
    const loaded = loadPlugins([plugin]);
    expect(loaded.errors).toEqual([]);
    expect(loaded.plugins[0]!.frameworks).toEqual([esiFramework]);
    expect(esiFramework.key).toBe('esi');
  });

  it("has the report's sections and criteria, with A1 described but not scored", () => {
    expect(esiFramework.sections.map((section) => section.code)).toEqual(['A', 'B', 'C']);
    for (const reported of figures.criteria) {
      const criterion = esiFramework.criteria.find((candidate) => candidate.code === reported.code);
      expect(criterion, reported.code).toMatchObject({ section: reported.section, title: reported.title });
      expect(criterion!.description.length).toBeGreaterThan(40);
      expect(criterion!.scoring.kind).toBe(reported.scored === false ? 'notScored' : 'overallJudgement');
      expect(criterion!.tags.includes('needs-offender-interviews')).toBe(reported.adjusted === true);
    }
  });

  it('has every measure the report prints, under the same key, criterion and text', () => {
    for (const reported of figures.measures) {
      const measure = measureByKey.get(reported.id);
      expect(measure, reported.id).toMatchObject({ criterion: reported.criterion, text: reported.text });
      expect(measure!.reportBySubsample).toBe(reported.highRiskOnly !== true);
      expect(measure!.answerSet).toBe(reported.answers ? 'CLASSIFICATION' : 'YES_NO');
    }
  });

  it('scores each scored criterion by one overall judgement per case, asked of every case', () => {
    for (const criterion of esiFramework.criteria.filter((candidate) => candidate.scoring.kind !== 'notScored')) {
      expect(criterion.scoring).toEqual({ kind: 'overallJudgement', measure: `${criterion.code}.overall` });
      const judgement = measureByKey.get(`${criterion.code}.overall`)!;
      expect(judgement.tags).toContain('overall-judgement');
      expect(judgement.applicability).toEqual({ always: true });
    }
    // Only the report's measures and the four judgements: no invented detail questions.
    expect(esiFramework.measures).toHaveLength(figures.measures.length + 4);
  });

  it('counts the risk management plan only when of satisfactory quality and within five working days of the start', () => {
    expect(measureByKey.get('B1.rmp-quality-timely')!.derivation).toEqual({
      rule: { kind: 'withinWorkingDays', from: 'start', to: 'riskManagementPlan', days: 5 },
      mode: 'alsoRequired',
    });
  });
});

describe('where each question applies', () => {
  const lowRisk = facts({ riskOfHarm: 'LOW' });
  const highRisk = facts({ riskOfHarm: 'HIGH' });
  const veryHighRisk = facts({ riskOfHarm: 'VERY_HIGH', mappaCategory: 1, mappaLevel: 3 });
  const applies = (key: string, caseFacts: CaseFacts): boolean =>
    appliesTo(measureByKey.get(key)!.applicability, caseFacts);

  it.each(['B1.rmp-quality-timely', 'B1.management-involvement'])(
    '%s: high and very high risk of harm cases only',
    (key) => {
      expect(applies(key, highRisk)).toBe(true);
      expect(applies(key, veryHighRisk)).toBe(true);
      expect(applies(key, lowRisk)).toBe(false);
      expect(applies(key, facts({ riskOfHarm: 'MEDIUM' }))).toBe(false);
    },
  );

  it.each([
    ['B1.review-after-incident', 'significantIncident'],
    ['B3.other-assessments-integrated', 'otherAgencyAssessments'],
    ['C2.additional-requirements', 'additionalRequirements'],
    ['C5.child-protection', 'childProtectionConcerns'],
  ])('%s: only cases flagged %s', (key, flag) => {
    expect(applies(key, lowRisk)).toBe(false);
    expect(applies(key, veryHighRisk)).toBe(false);
    expect(applies(key, facts({ flags: { [flag]: true } }))).toBe(true);
    expect(applies(key, facts({ flags: { [flag]: false } }))).toBe(false);
  });

  it('the quality of an initial assessment is judged only where one was done', () => {
    expect(applies('B1.initial-assessment-quality', lowRisk)).toBe(true);
    expect(applies('B1.initial-assessment-quality', facts({ dates: { start: '2005-01-10' } }))).toBe(false);
  });

  it('every other question applies to every case', () => {
    const conditional = new Set([
      'B1.rmp-quality-timely',
      'B1.management-involvement',
      'B1.review-after-incident',
      'B3.other-assessments-integrated',
      'C2.additional-requirements',
      'C5.child-protection',
      'B1.initial-assessment-quality',
    ]);
    const others = esiFramework.measures.filter((measure) => !conditional.has(measure.key));
    expect(others.map((measure) => measure.key)).toContain('B1.review-16-weeks');
    for (const measure of others) {
      for (const caseFacts of [lowRisk, highRisk, veryHighRisk, facts({ dates: {} })])
        expect(applies(measure.key, caseFacts)).toBe(true);
    }
  });
});
