import type { CaseFacts, CaseFileForScoring } from '@scrutiny/domain';
import { appliesTo, rateInspection, scoreInspection, validateFramework } from '@scrutiny/domain';
import { loadPlugins } from '@scrutiny/plugin-sdk';
import { describe, expect, it } from 'vitest';
import plugin, { ADJUSTED, NEEDS_PERSON_INTERVIEWS, standardsFramework } from './index.ts';

function facts(overrides: Partial<CaseFacts> = {}): CaseFacts {
  return {
    reference: 'S-001',
    orderType: 'CO',
    riskOfHarm: 'LOW',
    mappaCategory: null,
    mappaLevel: null,
    district: 'North',
    sex: null,
    dates: {},
    reviewDates: [],
    flags: {},
    ...overrides,
  };
}

const measure = (key: string) => standardsFramework.measures.find((m) => m.key === key)!;

describe('the case supervision standards framework', () => {
  it('is a valid framework and loads as a plugin on this platform', () => {
    expect(validateFramework(standardsFramework)).toEqual([]);
    const loaded = loadPlugins([plugin]);
    expect(loaded.errors).toEqual([]);
    expect(loaded.plugins[0]!.frameworks).toEqual([standardsFramework]);
  });

  it('is refused at load, naming the problem, when its declared ratings are inconsistent', () => {
    const broken = {
      ...plugin,
      frameworks: [
        {
          ...standardsFramework,
          ratings: {
            ...standardsFramework.ratings!,
            overall: { rule: 'sumOfPoints' as const, thresholds: [{ from: 0, rating: 'SUPERB' }] },
          },
        },
      ],
    };
    const loaded = loadPlugins([broken]);
    expect(loaded.plugins).toEqual([]);
    expect(JSON.stringify(loaded.errors)).toContain('overall threshold 1 names unknown rating \\"SUPERB\\"');
  });

  it('asks each key question yes or no, with prompts as guidance, three per standard', () => {
    expect(standardsFramework.criteria.map((c) => c.code)).toEqual(['2.1', '2.2', '2.3', '2.4']);
    for (const criterion of standardsFramework.criteria) {
      expect(standardsFramework.measures.filter((m) => m.criterion === criterion.code)).toHaveLength(3);
    }
    for (const question of standardsFramework.measures) {
      expect(question.answerSet).toBe('YES_NO');
      expect(question.text).toMatch(/\?$/);
      expect(question.prompts!.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('asks about reviewing only where a plan was in place, and about safety only where others may be at risk', () => {
    const lowRiskNoPlan = facts();
    expect(appliesTo(measure('2.4.desistance').applicability, lowRiskNoPlan)).toBe(false);
    expect(appliesTo(measure('2.1.safety').applicability, lowRiskNoPlan)).toBe(false);
    expect(appliesTo(measure('2.1.safety').applicability, facts({ flags: { childProtectionConcerns: true } }))).toBe(
      true,
    );
    const planned = facts({ riskOfHarm: 'HIGH', dates: { supervisionPlan: '2026-02-01' } });
    expect(appliesTo(measure('2.4.safety').applicability, planned)).toBe(true);
  });

  it('declares the ratings: 80% Outstanding, 65% Good, 50% Requires improvement, below that Inadequate', () => {
    const model = standardsFramework.ratings!;
    expect(model.ratings.map((r) => [r.label, r.from, r.points])).toEqual([
      ['Inadequate', 0, 0],
      ['Requires improvement', 50, 1],
      ['Good', 65, 2],
      ['Outstanding', 80, 3],
    ]);
    expect(standardsFramework.ratingBands!.map((b) => b.from)).toEqual([0, 50, 65, 80]);
  });

  it('rates twenty case files standard by standard, and the adjusted set leaves out the interview questions', () => {
    // Every question met in 15 of 20 files (75%: Good), except 2.3.engaging, met in 8 (40%: Inadequate).
    const files: CaseFileForScoring[] = Array.from({ length: 20 }, (_, i) => ({
      facts: facts({ reference: `S-${i}`, riskOfHarm: 'HIGH', dates: { supervisionPlan: '2026-01-05' } }),
      answers: standardsFramework.measures.map((m) => ({
        measure: m.key,
        value: i < (m.key === '2.3.engaging' ? 8 : 15) ? 'YES' : 'NO',
      })),
    }));
    const scores = scoreInspection(standardsFramework, files).measures;
    const core = rateInspection(standardsFramework, scores)!;
    expect(core.standards.map((s) => s.effective)).toEqual(['GOOD', 'GOOD', 'INADEQUATE', 'GOOD']);
    expect(core.overall).toEqual({ points: 6, rating: 'REQUIRES_IMPROVEMENT', reason: null });
    expect(measure('2.3.engaging').tags).toContain(NEEDS_PERSON_INTERVIEWS);
    const adjusted = rateInspection(standardsFramework, scores, [], ADJUSTED)!;
    expect(adjusted.standards.map((s) => s.effective)).toEqual(['GOOD', 'GOOD', 'GOOD', 'GOOD']);
    expect(adjusted.overall).toMatchObject({ points: 8, rating: 'GOOD' });
  });
});
