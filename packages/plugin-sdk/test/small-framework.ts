import type { FrameworkDefinition } from '@scrutiny/domain';

/** A minimal valid framework, for checking the contract without depending on a real plugin. */
export function smallFramework(overrides: Partial<FrameworkDefinition> = {}): FrameworkDefinition {
  return {
    key: 'demo',
    version: '1',
    title: 'Demo framework',
    description: 'One criterion, one question.',
    sections: [{ code: 'B', title: 'Quality of assessment' }],
    criteria: [
      {
        code: 'B1',
        section: 'B',
        title: 'Assessment of risk of harm',
        description: '',
        scoring: { kind: 'pooled' },
        tags: [],
      },
    ],
    measures: [
      {
        key: 'B1.review',
        criterion: 'B1',
        text: 'Risk of harm was reassessed every 16 weeks',
        answerSet: 'YES_NO',
        applicability: { always: true },
        tags: [],
        reportBySubsample: true,
      },
    ],
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
    ...overrides,
  };
}
