import { describe, expect, it } from 'vitest';
import type { FrameworkDefinition } from '../framework/model.ts';
import { validateFramework } from '../framework/validate-framework.ts';
import type { Figure } from '../scoring/figures.ts';
import { baselineFiguresFor, versionMapping } from './versions.ts';

const v1: FrameworkDefinition = {
  key: 'standards-test',
  version: '1',
  title: 'Standards test',
  description: '',
  sections: [{ code: 'S', title: 'S' }],
  criteria: [{ code: 'A', section: 'S', title: 'A', description: '', scoring: { kind: 'pooled' }, tags: [] }],
  measures: ['A.one', 'A.two'].map((key) => ({
    key,
    criterion: 'A',
    text: key,
    answerSet: 'YES_NO',
    applicability: { always: true },
    tags: [],
    reportBySubsample: true,
  })),
  answerSets: [{ key: 'YES_NO', options: [{ value: 'YES', label: 'Yes', meets: true }] }],
  subsamples: [],
};

// Version 2 renames A.one (same question) and rewords A.two so that it asks something else.
const v2: FrameworkDefinition = {
  ...v1,
  version: '2',
  measures: [
    { ...v1.measures[0]!, key: 'A.first' },
    { ...v1.measures[1]!, text: 'A differently worded question' },
  ],
  comparableWith: { fromVersion: '1', measures: { 'A.first': 'A.one' } },
};

function figure(kind: Figure['kind'], key: string, met: number): Figure {
  return { kind, key, subsample: 'ALL', met, applicable: 10, percentage: met * 10, adjusted: false };
}

describe('comparing across framework versions', () => {
  it('compares everything within one version', () => {
    const mapping = versionMapping(v1, v1);
    expect(mapping.notComparable).toEqual([]);
    expect(baselineFiguresFor(mapping, [figure('MEASURE', 'A.one', 5)])).toHaveLength(1);
  });

  it('compares only what the newer version declares comparable, and lists the rest with why', () => {
    expect(validateFramework(v2)).toEqual([]);
    const mapping = versionMapping(v2, v1);
    expect(mapping.notComparable).toEqual([
      { kind: 'CRITERION', key: 'A', reason: 'Changed since version 1: not comparable.' },
      { kind: 'MEASURE', key: 'A.two', reason: 'Changed since version 1: not comparable.' },
    ]);
    const baseline = [figure('CRITERION', 'A', 6), figure('MEASURE', 'A.one', 5), figure('MEASURE', 'A.two', 7)];
    expect(baselineFiguresFor(mapping, baseline)).toEqual([{ ...figure('MEASURE', 'A.one', 5), key: 'A.first' }]);
  });

  it('compares nothing with a version it declares no mapping from, nor with another framework', () => {
    const v3 = { ...v2, version: '3', comparableWith: { fromVersion: '2', measures: {} } };
    expect(versionMapping(v3, v1).notComparable.map((n) => n.reason)).toEqual([
      'Version 3 declares no comparison with version 1.',
      'Version 3 declares no comparison with version 1.',
      'Version 3 declares no comparison with version 1.',
    ]);
    const other = { ...v1, key: 'other', title: 'Other' };
    expect(versionMapping(other, v1).notComparable[0]!.reason).toBe(
      'The baseline used a different framework (Standards test).',
    );
    expect(validateFramework({ ...v2, comparableWith: { fromVersion: '2', measures: { nope: 'A.one' } } })).toEqual([
      'comparableWith names unknown measure "nope"',
      'comparableWith must name an earlier version, not this one',
    ]);
  });
});
