// The live scores page prints every figure as the published report does (issue 16: one rule for every display).
// 23 of 40 is 57.49999999999999 in floating point: the report's half-up rule prints 58%, Math.round printed 57%.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SlopeChart } from '@scrutiny/ui';
import { ScoreTable } from './ScoreTable.tsx';
import { slopeData, type ScoreRow } from './scores-model.ts';

const row: ScoreRow = {
  key: 'B1',
  label: 'B1 Assessment of risk of harm',
  met: 23,
  applicable: 40,
  percentage: (23 / 40) * 100,
  smallDenominator: false,
  comparison: {
    kind: 'CRITERION',
    key: 'B1',
    subsample: 'ALL',
    baselinePercentage: 62.5,
    baselineMet: 25,
    baselineApplicable: 40,
    baselineAdjusted: false,
    percentage: (23 / 40) * 100,
    changePoints: -4.999999999999999,
    direction: 'DETERIORATED',
    pValue: 0.4,
    adjustedPValue: 1,
    significant: false,
  },
};

describe('issue 16: the live scores page prints figures by the report’s rule', () => {
  it('prints 23 of 40 as 58%, as the published report does', () => {
    const html = renderToStaticMarkup(
      createElement(ScoreTable, { caption: 'Criteria', firstColumn: 'Criterion', rows: [row] }),
    );
    expect(html).toContain('>58%<');
    expect(html).not.toContain('>57%<');
  });

  it('prints changes with the report’s minus sign', () => {
    const html = renderToStaticMarkup(
      createElement(ScoreTable, { caption: 'Criteria', firstColumn: 'Criterion', rows: [row] }),
    );
    expect(html).toContain('>−5<');
  });

  it('labels the slope chart with the same whole percentages', () => {
    const html = renderToStaticMarkup(
      createElement(SlopeChart, {
        caption: 'Criterion scores',
        baselineLabel: 'original inspection',
        currentLabel: 'follow-up',
        data: slopeData([row]),
      }),
    );
    expect(html).toContain('58%');
    expect(html).toContain('63%');
  });
});

describe('issue 16: a figure that cannot be computed says why on the live scores page', () => {
  const reason = 'every case file it applies to was answered not applicable (3 case files)';
  const uncomputed: ScoreRow = {
    key: '3.4',
    label: '3.4 Risk management plan reviewed',
    met: 0,
    applicable: 0,
    percentage: null,
    smallDenominator: true,
    notComputedReason: reason,
    comparison: undefined,
  };

  it('prints the reason where the percentage would be, as the board and the exports do', () => {
    const html = renderToStaticMarkup(
      createElement(ScoreTable, { caption: 'Measures', firstColumn: 'Measure', rows: [uncomputed] }),
    );
    expect(html).toContain(`Not computed: ${reason}`);
  });
});
