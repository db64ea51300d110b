import type { FrameworkDefinition } from '@scrutiny/domain';

/** A small framework using every part of the format: ratings, date rules, subsamples, comparability. */
export function ratedFramework(overrides: Partial<FrameworkDefinition> = {}): FrameworkDefinition {
  const yesNo = [
    { value: 'YES', label: 'Yes', meets: true },
    { value: 'NO', label: 'No', meets: false },
  ];
  return {
    key: 'home-visits',
    version: '2025.1',
    title: 'Home visits',
    description: 'Whether home visits keep people safe.',
    sections: [
      { code: 'A', title: 'Assessment' },
      { code: 'B', title: 'Delivery' },
    ],
    criteria: [
      {
        code: 'A1',
        section: 'A',
        title: 'Assessing risk',
        description: 'Risk is assessed.',
        scoring: { kind: 'pooled', excludeTags: ['needs-interviews'] },
        tags: [],
      },
      {
        code: 'B1',
        section: 'B',
        title: 'Visiting',
        description: '',
        scoring: { kind: 'overallJudgement', measure: 'B1.overall' },
        tags: ['core'],
      },
      { code: 'B2', section: 'B', title: 'Notes', description: '', scoring: { kind: 'notScored' }, tags: [] },
    ],
    measures: [
      {
        key: 'A1.assessed',
        criterion: 'A1',
        text: 'Risk was assessed on time',
        answerSet: 'YES_NO',
        applicability: { always: true },
        derivation: {
          rule: { kind: 'withinWorkingDays', from: 'start', to: 'initialAssessment', days: 5 },
          mode: 'alsoRequired',
        },
        tags: [],
        reportBySubsample: true,
        prompts: ['Was the assessment thorough?', 'Did it use other agencies’ records?'],
      },
      {
        key: 'A1.views',
        criterion: 'A1',
        text: 'The person’s views were sought',
        answerSet: 'YES_NO',
        applicability: { any: [{ fact: 'riskOfHarm', in: ['MEDIUM', 'HIGH'] }, { flag: 'childProtectionConcerns' }] },
        tags: ['needs-interviews'],
        reportBySubsample: true,
      },
      {
        key: 'B1.visited',
        criterion: 'B1',
        text: 'Home visits happened every 4 weeks',
        answerSet: 'YES_NO',
        applicability: { fact: 'riskOfHarm', in: ['HIGH', 'VERY_HIGH'] },
        derivation: {
          rule: { kind: 'reviewedEveryWeeks', from: 'start', until: 'inspected', weeks: 4 },
          mode: 'answer',
        },
        tags: [],
        reportBySubsample: false,
      },
      {
        key: 'B1.overall',
        criterion: 'B1',
        text: 'Overall, visiting was good enough',
        answerSet: 'QUALITY',
        applicability: { all: [{ hasDate: 'supervisionPlan' }, { not: { fact: 'mappaLevel', in: [3] } }] },
        tags: ['overall-judgement'],
        reportBySubsample: true,
      },
    ],
    answerSets: [
      { key: 'YES_NO', options: yesNo },
      {
        key: 'QUALITY',
        options: [
          { value: 'GOOD', label: 'Good', meets: true },
          { value: 'POOR', label: 'Poor', meets: false },
        ],
      },
    ],
    subsamples: [
      { key: 'HIGH_RISK', label: 'High risk of harm', condition: { fact: 'riskOfHarm', in: ['HIGH', 'VERY_HIGH'] } },
    ],
    ratingBands: [
      { from: 0, label: 'Inadequate' },
      { from: 50, label: 'Requires improvement' },
      { from: 75, label: 'Good' },
    ],
    ratings: {
      ratings: [
        { key: 'INADEQUATE', label: 'Inadequate', from: 0, points: 0 },
        { key: 'REQUIRES_IMPROVEMENT', label: 'Requires improvement', from: 50, points: 1 },
        { key: 'GOOD', label: 'Good', from: 75, points: 2 },
      ],
      standardRule: 'lowestKeyQuestion',
      overall: {
        rule: 'sumOfPoints',
        thresholds: [
          { from: 0, rating: 'INADEQUATE' },
          { from: 2, rating: 'REQUIRES_IMPROVEMENT' },
          { from: 5, rating: 'GOOD' },
        ],
      },
      questionSets: [
        { key: 'CORE', label: 'Core', excludeTags: [] },
        { key: 'ADJUSTED', label: 'Without interviews', excludeTags: ['needs-interviews'] },
      ],
      unitFact: 'district',
    },
    comparableWith: { fromVersion: '2024.1', measures: { 'A1.assessed': 'A1.assessed-old' }, criteria: { A1: 'A1' } },
    ...overrides,
  };
}

/** The version ratedFramework follows. */
export function earlierRatedFramework(): FrameworkDefinition {
  const { comparableWith: _none, ...current } = ratedFramework({ version: '2024.1' });
  return {
    ...current,
    measures: current.measures.map((measure) =>
      measure.key === 'A1.assessed' ? { ...measure, key: 'A1.assessed-old' } : measure,
    ),
  };
}
