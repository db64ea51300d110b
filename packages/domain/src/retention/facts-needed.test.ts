import { describe, expect, it } from 'vitest';
import { esiLikeFramework } from '../../test/esi-like-framework.ts';
import type { FrameworkDefinition } from '../framework/model.ts';
import { factsNeededBy } from './facts-needed.ts';

describe('factsNeededBy', () => {
  it('keeps what applicability, subsamples and date rules read, and nothing else', () => {
    const framework: FrameworkDefinition = {
      ...esiLikeFramework,
      measures: [
        {
          ...esiLikeFramework.measures[0]!,
          key: 'a',
          applicability: { all: [{ flag: 'significantIncident' }, { not: { fact: 'mappaLevel', in: [1] } }] },
          derivation: {
            rule: { kind: 'withinWorkingDays', from: 'start', to: 'riskManagementPlan', days: 5 },
            mode: 'answer',
          },
        },
        {
          ...esiLikeFramework.measures[0]!,
          key: 'b',
          applicability: { any: [{ hasDate: 'supervisionPlan' }] },
          derivation: {
            rule: { kind: 'reviewedEveryWeeks', from: 'start', until: 'inspected', weeks: 16 },
            mode: 'alsoRequired',
          },
        },
      ],
      subsamples: [{ key: 'WOMEN', label: 'Women', condition: { fact: 'sex', in: ['FEMALE'] } }],
    };
    expect(factsNeededBy(framework)).toEqual({
      facts: ['mappaLevel', 'riskOfHarm', 'sex'],
      flags: ['significantIncident'],
      dates: ['inspected', 'riskManagementPlan', 'start', 'supervisionPlan'],
      reviewDates: true,
    });
  });

  it('always keeps the risk of harm, which the case file holds in its own column', () => {
    const framework: FrameworkDefinition = { ...esiLikeFramework, measures: [], subsamples: [] };
    expect(factsNeededBy(framework)).toEqual({ facts: ['riskOfHarm'], flags: [], dates: [], reviewDates: false });
  });
});
