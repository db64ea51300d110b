import { describe, expect, it } from 'vitest';
import { esiLikeFramework } from '../../test/esi-like-framework.ts';
import type { FrameworkDefinition } from './model.ts';
import { validateFramework } from './validate-framework.ts';

function withChanges(change: (def: FrameworkDefinition) => FrameworkDefinition): string[] {
  return validateFramework(change(structuredClone(esiLikeFramework)));
}

describe('validateFramework', () => {
  it('finds nothing wrong with a consistent framework', () => {
    expect(validateFramework(esiLikeFramework)).toEqual([]);
  });

  it('accepts ascending rating bands and reports bands out of order or out of range', () => {
    const bands = (ratingBands: FrameworkDefinition['ratingBands']) => withChanges((def) => ({ ...def, ratingBands }));
    expect(
      bands([
        { from: 0, label: 'Poor' },
        { from: 50, label: 'Fair' },
        { from: 75, label: 'Good' },
      ]),
    ).toEqual([]);
    expect(
      bands([
        { from: 60, label: 'Fair' },
        { from: 50, label: 'Good' },
        { from: 120, label: 'Outstanding' },
      ]),
    ).toEqual([
      'rating band "Good" must start above "Fair" (bands go in ascending order)',
      'rating band "Outstanding" must start between 0 and 100',
    ]);
  });

  it('reports duplicate keys', () => {
    const problems = withChanges((def) => ({
      ...def,
      measures: [...def.measures, def.measures[0]!],
      criteria: [...def.criteria, def.criteria[1]!],
    }));
    expect(problems).toContain('duplicate measure key "B1.classification"');
    expect(problems).toContain('duplicate criterion code "B1"');
  });

  it('reports a measure pointing at an unknown criterion or answer set', () => {
    const problems = withChanges((def) => ({
      ...def,
      measures: [{ ...def.measures[0]!, criterion: 'Z9', answerSet: 'maybe' }],
    }));
    expect(problems).toContain('measure "B1.classification" points at unknown criterion "Z9"');
    expect(problems).toContain('measure "B1.classification" points at unknown answer set "maybe"');
  });

  it('reports an overall judgement scored by a measure that does not exist', () => {
    const problems = withChanges((def) => ({
      ...def,
      criteria: def.criteria.map((criterion) =>
        criterion.code === 'B3'
          ? { ...criterion, scoring: { kind: 'overallJudgement' as const, measure: 'B3.gone' } }
          : criterion,
      ),
    }));
    expect(problems).toEqual(['criterion "B3" is scored by unknown measure "B3.gone"']);
  });

  it('keeps ALL for the whole sample', () => {
    const problems = withChanges((def) => ({
      ...def,
      subsamples: [...def.subsamples, { key: 'ALL', label: 'All', condition: { always: true } }],
    }));
    expect(problems).toEqual(['subsample key "ALL" is reserved for the whole sample']);
  });

  it('reports answer sets that cannot score and conditions that cannot be read', () => {
    const problems = withChanges((def) => ({
      ...def,
      answerSets: [...def.answerSets, { key: 'never', options: [{ value: 'NO', label: 'No', meets: false }] }],
      subsamples: [{ key: 'ODD', label: 'Odd', condition: { fact: 'shoeSize', in: [9] } as never }],
    }));
    expect(problems).toContain('answer set "never" has no option that meets the measure, so every score would be 0');
    expect(problems.some((problem) => problem.includes('unknown fact "shoeSize"'))).toBe(true);
  });
});
