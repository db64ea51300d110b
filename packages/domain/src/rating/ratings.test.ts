import { describe, expect, it } from 'vitest';
import type { CaseFacts, FrameworkDefinition, Measure } from '../framework/model.ts';
import { validateFramework } from '../framework/validate-framework.ts';
import { scoreInspection } from '../scoring/scores.ts';
import { rateInspection, ratingForPercentage, ratingOverrideProblems, rateUnits } from './ratings.ts';

function question(key: string, tags: string[] = []): Measure {
  return {
    key,
    criterion: key.slice(0, 1),
    text: `Key question ${key}?`,
    answerSet: 'YES_NO',
    applicability: key === 'B.reviewed' ? { hasDate: 'supervisionPlan' } : { always: true },
    tags,
    reportBySubsample: true,
  };
}

const framework: FrameworkDefinition = {
  key: 'standards-test',
  version: '1',
  title: 'Standards test',
  description: '',
  sections: [{ code: 'S', title: 'Case supervision' }],
  criteria: ['A', 'B'].map((code) => ({
    code,
    section: 'S',
    title: `Standard ${code}`,
    description: '',
    scoring: { kind: 'notScored' as const },
    tags: [],
  })),
  measures: [question('A.one'), question('A.two', ['needs-interviews']), question('B.reviewed')],
  answerSets: [
    {
      key: 'YES_NO',
      options: [
        { value: 'YES', label: 'Yes', meets: true },
        { value: 'NO', label: 'No', meets: false },
      ],
    },
  ],
  subsamples: [],
  ratings: {
    ratings: [
      { key: 'INADEQUATE', label: 'Inadequate', from: 0, points: 0 },
      { key: 'RI', label: 'Requires improvement', from: 50, points: 1 },
      { key: 'GOOD', label: 'Good', from: 65, points: 2 },
      { key: 'OUTSTANDING', label: 'Outstanding', from: 80, points: 3 },
    ],
    standardRule: 'lowestKeyQuestion',
    overall: {
      rule: 'sumOfPoints',
      thresholds: [
        { from: 0, rating: 'INADEQUATE' },
        { from: 2, rating: 'RI' },
        { from: 4, rating: 'GOOD' },
        { from: 6, rating: 'OUTSTANDING' },
      ],
    },
    questionSets: [
      { key: 'CORE', label: 'Core', excludeTags: [] },
      { key: 'ADJUSTED', label: 'Adjusted', excludeTags: ['needs-interviews'] },
    ],
    unitFact: 'district',
  },
};

function facts(reference: string, district: string, reviewed: boolean): CaseFacts {
  return {
    reference,
    orderType: 'CO',
    riskOfHarm: 'MEDIUM',
    mappaCategory: null,
    mappaLevel: null,
    district,
    sex: null,
    dates: reviewed ? { supervisionPlan: '2026-01-01' } : {},
    reviewDates: [],
    flags: {},
  };
}

/** Ten case files: A.one met by 9 (90%), A.two by 6 (60%), B.reviewed asked of 4 and met by all. */
const caseFiles = Array.from({ length: 10 }, (_, i) => ({
  facts: facts(`C${i}`, i < 5 ? 'North' : 'South', i < 4),
  answers: [
    { measure: 'A.one', value: i < 9 ? 'YES' : 'NO' },
    { measure: 'A.two', value: i < 6 ? 'YES' : 'NO' },
    ...(i < 4 ? [{ measure: 'B.reviewed', value: 'YES' }] : []),
  ],
}));
const measures = scoreInspection(framework, caseFiles).measures;

describe('ratings by the declared model', () => {
  it('is a valid rating model, and a bad one is refused in words an author can act on', () => {
    expect(validateFramework(framework)).toEqual([]);
    const broken: FrameworkDefinition = {
      ...framework,
      ratings: {
        ...framework.ratings!,
        ratings: [{ key: 'GOOD', label: 'Good', from: 10, points: 1 }],
        overall: { rule: 'sumOfPoints', thresholds: [{ from: 0, rating: 'EXCELLENT' }] },
      },
    };
    expect(validateFramework(broken)).toEqual([
      'the lowest rating "Good" must start at 0 so every percentage is rated',
      'overall threshold 1 names unknown rating "EXCELLENT"',
    ]);
  });

  it('rates a key question by its percentage as published: 79.6% is shown as 80% and rated Outstanding', () => {
    const model = framework.ratings!;
    expect(ratingForPercentage(model, 80)?.label).toBe('Outstanding');
    expect(ratingForPercentage(model, 79.6)?.label).toBe('Outstanding');
    expect(ratingForPercentage(model, 79.4)?.label).toBe('Good');
    expect(ratingForPercentage(model, 65)?.label).toBe('Good');
    expect(ratingForPercentage(model, 64)?.label).toBe('Requires improvement');
    expect(ratingForPercentage(model, 49)?.label).toBe('Inadequate');
    expect(ratingForPercentage(model, null)).toBeNull();
  });

  it('gives a standard the rating of its lowest key question, and sums the points to the overall rating', () => {
    const ratings = rateInspection(framework, measures)!;
    expect(ratings.questionSet).toBe('CORE');
    const [a, b] = ratings.standards;
    expect(a!.keyQuestions.map((q) => [q.key, q.met, q.applicable, q.rating])).toEqual([
      ['A.one', 9, 10, 'OUTSTANDING'],
      ['A.two', 6, 10, 'RI'],
    ]);
    expect(a).toMatchObject({ computed: 'RI', lowestKeyQuestion: 'A.two', override: null, effective: 'RI' });
    // Only the four case files with a plan were asked about reviewing: 4 of 4.
    expect(b!.keyQuestions[0]).toMatchObject({ met: 4, applicable: 4, rating: 'OUTSTANDING' });
    expect(ratings.overall).toEqual({ points: 4, rating: 'GOOD', reason: null });
  });

  it('takes an override with its reason in place of the computed rating, keeping both', () => {
    const override = { standard: 'A', rating: 'GOOD', reason: 'Strong evidence from meetings with managers.' };
    const ratings = rateInspection(framework, measures, [override])!;
    expect(ratings.standards[0]).toMatchObject({ computed: 'RI', override, effective: 'GOOD' });
    expect(ratings.overall).toEqual({ points: 5, rating: 'GOOD', reason: null });
  });

  it('refuses an override without a reason, or to an unknown standard or rating', () => {
    expect(ratingOverrideProblems(framework, { standard: 'A', rating: 'GOOD', reason: 'Because we say so.' })).toEqual(
      [],
    );
    expect(ratingOverrideProblems(framework, { standard: 'Z', rating: 'BEST', reason: ' ' })).toEqual([
      { path: 'standard', message: 'There is no standard "Z" in this framework.' },
      { path: 'rating', message: 'Choose one of: Inadequate, Requires improvement, Good, Outstanding.' },
      { path: 'reason', message: 'Give the reason for the override (at least 10 characters).' },
    ]);
    const unrated = { ...framework, ratings: undefined };
    expect(
      ratingOverrideProblems(unrated, { standard: 'A', rating: 'GOOD', reason: 'long enough reason' }),
    ).toHaveLength(1);
    expect(rateInspection(unrated, measures)).toBeNull();
  });

  it('rates the adjusted question set without the questions it leaves out', () => {
    const ratings = rateInspection(framework, measures, [], 'ADJUSTED')!;
    expect(ratings.standards[0]!.keyQuestions.map((q) => q.key)).toEqual(['A.one']);
    expect(ratings.standards[0]!.effective).toBe('OUTSTANDING');
    expect(ratings.overall).toMatchObject({ points: 6, rating: 'OUTSTANDING' });
  });

  it('gives no overall rating while a standard has no applicable case file, and says why', () => {
    const noPlans = caseFiles.map((file) => ({ ...file, facts: { ...file.facts, dates: {} } }));
    const ratings = rateInspection(framework, scoreInspection(framework, noPlans).measures)!;
    expect(ratings.standards[1]).toMatchObject({ computed: null, effective: null });
    expect(ratings.overall.rating).toBeNull();
    expect(ratings.overall.reason).toMatch(/B/);
  });

  it('rates each local unit from its own case files; the region is the whole sample', () => {
    const units = rateUnits(framework, caseFiles);
    expect(units.map((u) => [u.unit, u.caseFiles])).toEqual([
      ['North', 5],
      ['South', 5],
    ]);
    // North: A.one 5/5, A.two 5/5, reviewed 4/4: Outstanding throughout. South: A.one 4/5, A.two 1/5, none reviewed.
    expect(units[0]!.ratings.standards.map((s) => s.effective)).toEqual(['OUTSTANDING', 'OUTSTANDING']);
    expect(units[0]!.ratings.overall.rating).toBe('OUTSTANDING');
    expect(units[1]!.ratings.standards.map((s) => s.effective)).toEqual(['INADEQUATE', null]);
    expect(units[1]!.ratings.overall.rating).toBeNull();
  });
});
