import { describe, expect, it } from 'vitest';
import { comparisonBasis, describeBasis, differencesFrom, groupByBasis, type BasisFacts } from './basis.ts';
import { nationalGroups, type AreaInspectionScores } from './national.ts';

const esi: Omit<BasisFacts, 'kind' | 'baselineAdjusted' | 'offenderInterviews'> = {
  frameworkKey: 'esi',
  frameworkVersion: '2005.1',
  frameworkTitle: 'ESI framework',
};
const full = comparisonBasis({ ...esi, kind: 'FULL', offenderInterviews: true, baselineAdjusted: false });
// West Midlands 2005: a narrow follow-up, no offender interviews, its 2004 baseline's C2 and C5 adjusted.
const followUp = comparisonBasis({ ...esi, kind: 'FOLLOW_UP', offenderInterviews: false, baselineAdjusted: true });

describe('what makes two inspections comparable', () => {
  it('takes the method as recorded on the inspection, not inferred from its baseline', () => {
    expect(full).toMatchObject({ kind: 'FULL', offenderInterviews: true, questionSet: { key: 'CORE' } });
    expect(followUp).toMatchObject({ kind: 'FOLLOW_UP', offenderInterviews: false, adjustedBaseline: true });
    // A full inspection recorded without interviews stands apart from one with them, though no baseline was adjusted.
    const withoutInterviews = comparisonBasis({
      ...esi,
      kind: 'FULL',
      offenderInterviews: false,
      baselineAdjusted: false,
    });
    expect(withoutInterviews).toMatchObject({ offenderInterviews: false, adjustedBaseline: false });
    expect(differencesFrom(withoutInterviews, full)).toEqual(['no offenders were interviewed']);
  });

  it('takes the question set the inspection used, the core set by default', () => {
    const sets = [
      { key: 'CORE', label: 'Core questions' },
      { key: 'ADJUSTED', label: 'Without interviews' },
    ];
    expect(
      comparisonBasis({ ...esi, kind: 'FULL', offenderInterviews: true, baselineAdjusted: false, questionSets: sets })
        .questionSet,
    ).toEqual(sets[0]);
    expect(
      comparisonBasis({
        ...esi,
        kind: 'FULL',
        offenderInterviews: true,
        baselineAdjusted: false,
        questionSets: sets,
        questionSet: 'ADJUSTED',
      }).questionSet,
    ).toEqual(sets[1]);
  });

  it('says in a heading what a group has in common', () => {
    expect(describeBasis(full)).toBe(
      'Full inspections on the ESI framework (version 2005.1), every question, offender interviews held',
    );
    expect(describeBasis(followUp)).toBe(
      'Follow-up inspections on the ESI framework (version 2005.1), every question, no offender interviews',
    );
  });

  it('says why a follow-up without interviews stands apart from full inspections, and nothing between equals', () => {
    expect(differencesFrom(followUp, full)).toEqual([
      'it is a follow-up, narrower than a full inspection',
      'no offenders were interviewed, so its baseline’s scores were adjusted to compare with it',
    ]);
    expect(
      differencesFrom(
        full,
        comparisonBasis({ ...esi, kind: 'FULL', offenderInterviews: true, baselineAdjusted: false }),
      ),
    ).toEqual([]);
    const later = comparisonBasis({
      ...esi,
      frameworkVersion: '2006.1',
      kind: 'FULL',
      offenderInterviews: true,
      baselineAdjusted: false,
    });
    expect(differencesFrom(later, full)).toEqual(['it used the ESI framework version 2006.1, not version 2005.1']);
  });

  it('puts the largest group first and the others apart, with their reasons', () => {
    const groups = groupByBasis(['WMPA', 'GMPA', 'MERPA', 'WYPA'], (area) => (area === 'WMPA' ? followUp : full));
    expect(groups.map((g) => g.members)).toEqual([['GMPA', 'MERPA', 'WYPA'], ['WMPA']]);
    expect(groups[0]!.apartBecause).toEqual([]);
    expect(groups[1]!.apartBecause).toHaveLength(2);
  });

  it('puts an area’s own group first among its peers, the others saying how they differ from it', () => {
    const areas = ['WMPA', 'GMPA', 'MERPA', 'WYPA'];
    const groups = groupByBasis(
      areas,
      (area) => (area === 'WMPA' ? followUp : full),
      (area) => area === 'WMPA',
    );
    expect(groups.map((g) => g.members)).toEqual([['WMPA'], ['GMPA', 'MERPA', 'WYPA']]);
    expect(groups[1]!.apartBecause).toEqual([
      'it is a full inspection, wider than a follow-up',
      'offenders were interviewed',
    ]);
  });
});

describe('the national picture, like with like', () => {
  const score = (key: string, met: number, applicable: number) => ({
    key,
    met,
    applicable,
    percentage: (met / applicable) * 100,
  });
  const inspections: AreaInspectionScores[] = [
    { area: 'WMPA', basis: followUp, scores: [score('B1', 24, 39), score('C2', 30, 40)] },
    { area: 'GMPA', basis: full, scores: [score('B1', 20, 40), score('C2', 25, 40)] },
    { area: 'MERPA', basis: full, scores: [score('B1', 25, 34), score('C2', 20, 34)] },
    { area: 'WYPA', basis: full, scores: [score('B1', 18, 36)] },
  ];

  it('never ranks a follow-up with full inspections: standings and counts stay within a group', () => {
    const [fullGroup, followUpGroup] = nationalGroups(inspections, ['B1', 'C2']);
    expect(fullGroup!.areas).toEqual(['GMPA', 'MERPA', 'WYPA']);
    const b1 = fullGroup!.criteria.find((c) => c.code === 'B1')!;
    expect(b1.areas).toBe(3);
    expect(b1.figures.map((f) => f.area)).toEqual(['GMPA', 'MERPA', 'WYPA']);
    expect(b1.pooled).toEqual({ met: 63, applicable: 110, percentage: (63 / 110) * 100 });
    expect(fullGroup!.criteria.find((c) => c.code === 'C2')!.areas).toBe(2);
    expect(followUpGroup!.areas).toEqual(['WMPA']);
    expect(followUpGroup!.criteria.find((c) => c.code === 'B1')!.figures).toHaveLength(1);
    expect(followUpGroup!.apartBecause[0]).toMatch(/follow-up/);
  });

  it('keeps the framework’s order of criteria and leaves out a criterion no area of the group scored', () => {
    const groups = nationalGroups(inspections.slice(3), ['C2', 'B1']);
    expect(groups[0]!.criteria.map((c) => c.code)).toEqual(['B1']);
  });
});
