import { describe, expect, it } from 'vitest';
import { buildReport } from './build-report.ts';
import { changeCell, figureCell, markdownBlocks, plain, reportDocument } from './document.ts';

const figure = {
  percentage: (24 / 39) * 100,
  met: 24,
  applicable: 39,
  adjusted: false,
  interval: { low: 45.9, high: 75.1 },
  smallNumber: false,
  suppressed: false,
  straddlesBand: null,
  notComputedReason: null,
};

describe('figures in document cells', () => {
  it('print as the report does, with the interval and flags in words', () => {
    expect(figureCell(figure)).toBe('62% (24 of 39), 95% interval 46–75%');
    expect(
      figureCell({ ...figure, percentage: null, met: null, applicable: null, interval: null, suppressed: true }),
    ).toBe('fewer than 5 cases (not published)');
    expect(
      figureCell({
        ...figure,
        percentage: null,
        met: 0,
        applicable: 0,
        interval: null,
        notComputedReason: 'no applicable case file was counted',
      }),
    ).toBe('not computed: no applicable case file was counted');
    expect(
      changeCell({
        points: 14.2,
        direction: 'IMPROVED',
        tested: false,
        pValue: null,
        adjustedPValue: null,
        significant: null,
        interval: null,
      }),
    ).toBe('+14 points, improved');
  });
});

describe('report text as document blocks', () => {
  it('keeps headings, lists and paragraphs, and drops the Markdown marks', () => {
    expect(
      markdownBlocks('# Key points\n\n- **Risk** assessed\n- plans _on time_\n\nA [link](https://x.example).'),
    ).toEqual([
      { kind: 'heading', level: 3, text: 'Key points' },
      { kind: 'list', ordered: false, items: ['Risk assessed', 'plans on time'] },
      { kind: 'paragraph', text: 'A link (https://x.example).' },
    ]);
    expect(plain('▣ *MAPPA* level 3')).toBe('MAPPA level 3');
  });
});

describe('the report as a document', () => {
  it('runs from the heading through every criterion to the notes on the figures', () => {
    const report = buildReport({
      id: 'i',
      title: 'Follow-up inspection 2005',
      year: 2005,
      kind: 'FOLLOW_UP',
      published: true,
      publishedAt: '2005-07-15T00:00:00.000Z',
      methodNote: null,
      evidence: 'CASE_FILES',
      area: { code: 'WMPA', name: 'West Midlands Probation Area' },
      baseline: null,
      framework: {
        title: 'Effective Supervision Inspection',
        version: '1',
        sections: [{ code: 'B', title: 'Quality of assessment' }],
        criteria: [{ code: 'B1', section: 'B', title: 'Assessment of risk of harm', description: 'Risk of harm.' }],
      },
      subsamples: [{ key: 'ALL', label: 'Whole sample' }],
      criterionScores: [
        {
          code: 'B1',
          title: 'Assessment of risk of harm',
          subsample: 'ALL',
          percentage: figure.percentage,
          met: 24,
          applicable: 39,
          adjusted: false,
          smallDenominator: false,
        },
      ],
      measureResults: [
        {
          key: 'B1.x',
          criterion: 'B1',
          text: 'Assessed',
          subsample: 'ALL',
          percentage: 50,
          met: 20,
          applicable: 40,
          smallDenominator: false,
        },
      ],
      comparison: null,
      reportTexts: [{ section: 'FOREWORD', text: 'Words.', signedBy: 'Andrew Bridges' }],
      findings: [],
      goodPractices: [],
      followedUpRecommendations: [],
    });
    const blocks = reportDocument(report);
    const headings = blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings).toEqual([
      'Follow-up report on West Midlands Probation Area, 2005',
      'Foreword',
      'Summary of findings of the follow-up',
      'Inspection arrangements',
      'Section B: Quality of assessment',
      'B1 Assessment of risk of harm',
      'Description',
      'About the figures',
    ]);
    const tables = blocks.filter((b) => b.kind === 'table');
    expect(tables.map((t) => t.caption)).toEqual([
      'B1 score',
      'B1 measures: share of applicable case files meeting each',
    ]);
    expect(tables[1]!.rows).toEqual([['Assessed', 'Whole sample', '50% (20 of 40)']]);
    expect(blocks).toContainEqual({ kind: 'paragraph', text: 'Andrew Bridges', style: 'signature' });
  });
});
