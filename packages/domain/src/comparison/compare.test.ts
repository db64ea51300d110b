import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../scoring/figures.ts';
import { compareWithBaseline, PUBLISHED_PERCENTAGE_DECIMALS } from './compare.ts';

const HIGH_RISK = 'HIGH_RISK_OF_HARM';

function figure(
  key: string,
  percentage: number | null,
  counts?: [number, number],
  subsample = 'ALL',
  kind: Figure['kind'] = 'MEASURE',
): Figure {
  return {
    kind,
    key,
    subsample,
    met: counts?.[0] ?? null,
    applicable: counts?.[1] ?? null,
    percentage,
    adjusted: false,
  };
}

interface ReferenceFigures {
  criteria: { code: string; original?: number; followUp?: number; adjusted?: boolean }[];
  measures: {
    id: string;
    highRiskOnly?: boolean;
    original: { all: number | null; highRisk: number | null; count?: [number, number] };
    followUp: { all: number | null; highRisk: number | null; count?: [number, number] };
  }[];
  countsFromTheText: { improved: number; deteriorated: number };
}

const reference = JSON.parse(
  readFileSync(new URL('../../../reference-data/reference/west-midlands-figures.json', import.meta.url), 'utf8'),
) as ReferenceFigures;

/**
 * The reference report's figures for one round. A high-risk-only measure's population is the high-risk
 * subsample, so its whole-sample figure is the high-risk one, and its subsample figure repeats it.
 */
function referenceRound(round: 'original' | 'followUp'): Figure[] {
  const figures: Figure[] = [];
  for (const criterion of reference.criteria) {
    const value = criterion[round];
    if (value !== undefined)
      figures.push({
        ...figure(criterion.code, value, undefined, 'ALL', 'CRITERION'),
        adjusted: round === 'original' && criterion.adjusted === true,
      });
  }
  for (const measure of reference.measures) {
    const values = measure[round];
    if (measure.highRiskOnly) {
      figures.push(figure(measure.id, values.highRisk, values.count));
      figures.push(figure(measure.id, values.highRisk, values.count, HIGH_RISK));
    } else {
      figures.push(figure(measure.id, values.all));
      figures.push(figure(measure.id, values.highRisk, undefined, HIGH_RISK));
    }
  }
  return figures;
}

const highRiskOnlyMeasures = new Set(
  reference.measures.filter((measure) => measure.highRiskOnly).map((measure) => measure.id),
);

describe('compareWithBaseline on the West Midlands follow-up', () => {
  const comparison = compareWithBaseline(referenceRound('followUp'), referenceRound('original'), {
    correction: 'HOLM',
    excludeSubsampleFiguresFor: highRiskOnlyMeasures,
  });

  it("finds the headline's improvement against 26 of the 32 figures with values in both years", () => {
    expect(comparison.compared).toBe(32);
    expect(comparison.improved).toBe(reference.countsFromTheText.improved);
    expect(comparison.deteriorated).toBe(reference.countsFromTheText.deteriorated);
    expect(comparison.unchanged).toBe(0);
    expect(comparison.summary).toBe('improvement against 26 of 32 figures');
    expect(comparison.correction).toBe('HOLM');
    expect(comparison.alpha).toBe(0.05);
  });

  it('does not compare the high-risk subsample figure of a measure that is itself high-risk only', () => {
    const rmp = comparison.figures.filter((entry) => entry.key === 'B1.rmp-quality-timely');
    expect(rmp.map((entry) => entry.subsample)).toEqual(['ALL']);
  });

  it('calls 16-week reviews (12% → 49%, percentages only) improved, without a p-value', () => {
    const reviews = comparison.figures.find(
      (entry) => entry.key === 'B1.review-16-weeks' && entry.subsample === 'ALL',
    )!;
    expect(reviews.direction).toBe('IMPROVED');
    expect(reviews.changePoints).toBe(37);
    expect(reviews.pValue).toBeNull();
    expect(reviews.adjustedPValue).toBeNull();
    expect(reviews.significant).toBeNull();
    expect(reviews.changeInterval).toBeNull();
    expect(reviews.followUpInterval).toBeNull();
  });

  it('calls risk management plans (9/23 → 10/23) improved but gives p = 1: not significant', () => {
    const rmp = comparison.figures.find((entry) => entry.key === 'B1.rmp-quality-timely')!;
    expect(rmp.direction).toBe('IMPROVED');
    expect(rmp.pValue).toBeCloseTo(1, 12);
    expect(rmp.adjustedPValue).toBeCloseTo(1, 12);
    expect(rmp.significant).toBe(false);
    expect(rmp.changeInterval!.low).toBeLessThan(0);
    expect(rmp.changeInterval!.high).toBeGreaterThan(0);
    expect(rmp.baselineInterval!.low).toBeLessThan(39);
    expect(rmp.smallDenominator).toBe(false);
  });
});

describe('compareWithBaseline rules', () => {
  it('compares only figures present with a percentage on both sides, matched by kind, key and subsample', () => {
    const comparison = compareWithBaseline(
      [
        figure('a', 50),
        figure('b', 50),
        figure('c', null),
        figure('d', 40),
        figure('a', 60, undefined, 'ALL', 'CRITERION'),
      ],
      [figure('a', 40), figure('c', 30), figure('d', null), figure('e', 10)],
      { correction: 'NONE' },
    );
    expect(comparison.figures.map((entry) => `${entry.kind}:${entry.key}`)).toEqual(['MEASURE:a']);
    expect(comparison.compared).toBe(1);
  });

  it('judges direction at the published precision: 61.6 → 62.4 is unchanged, 61.4 → 61.6 improved', () => {
    expect(PUBLISHED_PERCENTAGE_DECIMALS).toBe(0);
    const comparison = compareWithBaseline(
      [figure('same', 62.4), figure('up', 61.6)],
      [figure('same', 61.6), figure('up', 61.4)],
      {
        correction: 'NONE',
      },
    );
    const [same, up] = comparison.figures;
    expect(same!.direction).toBe('UNCHANGED');
    expect(same!.changePoints).toBeCloseTo(0.8, 12);
    expect(up!.direction).toBe('IMPROVED');
    expect(comparison.summary).toBe('improvement against 1 of 2 figures');
  });

  it('tests only where both counts are known on both sides', () => {
    const comparison = compareWithBaseline(
      [figure('counted', 75, [30, 40]), figure('half', 75, [30, 40])],
      [figure('counted', 25, [10, 40]), figure('half', 25)],
      { correction: 'NONE' },
    );
    const [counted, half] = comparison.figures;
    expect(counted!.pValue).toBeLessThan(0.001);
    expect(counted!.significant).toBe(true);
    expect(counted!.changeInterval!.low).toBeGreaterThan(0);
    expect(half!.pValue).toBeNull();
    expect(half!.changeInterval).toBeNull();
    expect(half!.followUpInterval).not.toBeNull();
    expect(half!.baselineInterval).toBeNull();
  });

  it('applies the chosen correction over the p-values that exist', () => {
    const followUp = [figure('x', 60, [24, 40]), figure('y', 62.5, [25, 40]), figure('z', 50)];
    const baseline = [figure('x', 35, [14, 40]), figure('y', 37.5, [15, 40]), figure('z', 40)];
    const raw = compareWithBaseline(followUp, baseline, { correction: 'NONE' });
    const holm = compareWithBaseline(followUp, baseline, { correction: 'HOLM' });
    const bh = compareWithBaseline(followUp, baseline, { correction: 'BENJAMINI_HOCHBERG' });
    const [x, y] = raw.figures;
    expect(x!.adjustedPValue).toBe(x!.pValue);
    expect(x!.pValue!).toBeLessThan(y!.pValue!);
    // Two tests, not three: the figure without counts is not counted.
    expect(holm.figures[0]!.adjustedPValue).toBeCloseTo(2 * x!.pValue!, 12);
    expect(holm.figures[1]!.adjustedPValue).toBeCloseTo(Math.max(2 * x!.pValue!, y!.pValue!), 12);
    expect(bh.figures[0]!.adjustedPValue).toBeCloseTo(Math.min(2 * x!.pValue!, y!.pValue!), 12);
    expect(holm.figures[2]!.adjustedPValue).toBeNull();
  });

  it('judges significance against the chosen alpha', () => {
    const followUp = [figure('x', 60, [24, 40])];
    const baseline = [figure('x', 35, [14, 40])];
    const p = compareWithBaseline(followUp, baseline, { correction: 'NONE' }).figures[0]!.pValue!;
    expect(
      compareWithBaseline(followUp, baseline, { correction: 'NONE', alpha: p * 1.01 }).figures[0]!.significant,
    ).toBe(true);
    expect(compareWithBaseline(followUp, baseline, { correction: 'NONE', alpha: p }).figures[0]!.significant).toBe(
      false,
    );
    expect(() => compareWithBaseline(followUp, baseline, { correction: 'NONE', alpha: 0 })).toThrow(RangeError);
  });

  it('flags a denominator under 5 on either side', () => {
    const comparison = compareWithBaseline(
      [figure('few', 75, [3, 4]), figure('enough', 60, [3, 5])],
      [figure('few', 50, [5, 10]), figure('enough', 40, [2, 5])],
      {
        correction: 'NONE',
      },
    );
    expect(comparison.figures.map((entry) => entry.smallDenominator)).toEqual([true, false]);
  });

  it('keeps subsample figures of measures not excluded, and criterion figures whatever the exclusions', () => {
    const excluded = new Set(['m']);
    const followUp = [
      figure('m', 50, undefined, HIGH_RISK),
      figure('n', 50, undefined, HIGH_RISK),
      figure('m', 50, undefined, HIGH_RISK, 'CRITERION'),
    ];
    const baseline = [
      figure('m', 40, undefined, HIGH_RISK),
      figure('n', 40, undefined, HIGH_RISK),
      figure('m', 40, undefined, HIGH_RISK, 'CRITERION'),
    ];
    const comparison = compareWithBaseline(followUp, baseline, {
      correction: 'NONE',
      excludeSubsampleFiguresFor: excluded,
    });
    expect(comparison.figures.map((entry) => `${entry.kind}:${entry.key}`)).toEqual(['MEASURE:n', 'CRITERION:m']);
  });
});

describe('figures left out of a comparison', () => {
  const fig = (key: string, met: number | null, applicable: number | null, percentage: number | null): Figure => ({
    kind: 'MEASURE',
    key,
    subsample: 'ALL',
    met,
    applicable,
    percentage,
    adjusted: false,
  });

  it('lists each with why: no percentage now, none in the original, or the original not computable', () => {
    const now = [
      { ...fig('rmp-timely', 0, 0, null), unanswered: 25, notApplicable: 0 },
      fig('isp-quality', 27, 40, 67.5),
      fig('reviewed', 19, 39, (19 / 39) * 100),
      fig('classified', 33, 40, 82.5),
    ];
    const before = [
      fig('rmp-timely', 9, 23, (9 / 23) * 100),
      fig('reviewed', 0, 0, null),
      fig('classified', null, null, 89),
    ];
    const comparison = compareWithBaseline(now, before, { correction: 'HOLM' });
    expect(comparison.compared).toBe(1);
    expect(comparison.notCompared).toEqual([
      {
        kind: 'MEASURE',
        key: 'rmp-timely',
        subsample: 'ALL',
        reason:
          'this inspection’s figure could not be computed: no applicable case file was counted: 25 case files it applies to have no answer yet (a question the dates cannot settle is asked of the assessor)',
      },
      { kind: 'MEASURE', key: 'isp-quality', subsample: 'ALL', reason: 'the original inspection has no figure for it' },
      {
        kind: 'MEASURE',
        key: 'reviewed',
        subsample: 'ALL',
        reason: 'the original inspection’s figure could not be computed: no applicable case file was counted',
      },
    ]);
  });
});

describe('compareWithBaseline properties', () => {
  const keyed = fc.uniqueArray(
    fc.record({
      key: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'),
      subsample: fc.constantFrom('ALL', HIGH_RISK),
      before: fc.integer({ min: 1, max: 60 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n))),
      after: fc.integer({ min: 1, max: 60 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n))),
      countsKnown: fc.boolean(),
    }),
    { selector: (entry) => `${entry.key}:${entry.subsample}`, maxLength: 16 },
  );
  const toFigure = (key: string, subsample: string, [met, n]: [number, number], countsKnown: boolean): Figure =>
    figure(key, (met / n) * 100, countsKnown ? [met, n] : undefined, subsample);

  it('swapping baseline and follow-up swaps improved and deteriorated, and keeps p-values', () => {
    fc.assert(
      fc.property(keyed, fc.constantFrom('HOLM', 'BENJAMINI_HOCHBERG', 'NONE' as const), (entries, correction) => {
        const before = entries.map((entry) => toFigure(entry.key, entry.subsample, entry.before, entry.countsKnown));
        const after = entries.map((entry) => toFigure(entry.key, entry.subsample, entry.after, entry.countsKnown));
        const forward = compareWithBaseline(after, before, { correction });
        const backward = compareWithBaseline(before, after, { correction });
        expect(backward.improved).toBe(forward.deteriorated);
        expect(backward.deteriorated).toBe(forward.improved);
        expect(backward.unchanged).toBe(forward.unchanged);
        forward.figures.forEach((entry, i) => {
          const mirror = backward.figures[i]!;
          expect(mirror.changePoints).toBeCloseTo(-entry.changePoints, 9);
          expect(mirror.adjustedPValue ?? -1).toBeCloseTo(entry.adjustedPValue ?? -1, 9);
          if (entry.changeInterval) expect(mirror.changeInterval!.low).toBeCloseTo(-entry.changeInterval.high, 9);
        });
      }),
    );
  });

  it('gives p-values within 0..1, never lowered by correction, and intervals that contain the change', () => {
    fc.assert(
      fc.property(keyed, (entries) => {
        const before = entries.map((entry) => toFigure(entry.key, entry.subsample, entry.before, true));
        const after = entries.map((entry) => toFigure(entry.key, entry.subsample, entry.after, true));
        const comparison = compareWithBaseline(after, before, { correction: 'HOLM' });
        expect(comparison.compared).toBe(entries.length);
        expect(comparison.improved + comparison.deteriorated + comparison.unchanged).toBe(comparison.compared);
        for (const entry of comparison.figures) {
          expect(entry.pValue).toBeGreaterThan(0);
          expect(entry.pValue).toBeLessThanOrEqual(1);
          expect(entry.adjustedPValue).toBeGreaterThanOrEqual(entry.pValue!);
          expect(entry.changeInterval!.low).toBeLessThanOrEqual(entry.changePoints + 1e-9);
          expect(entry.changeInterval!.high).toBeGreaterThanOrEqual(entry.changePoints - 1e-9);
        }
      }),
    );
  });
});
