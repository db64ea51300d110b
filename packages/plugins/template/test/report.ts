// A small published report as the host builds it: criterion B1 of West Midlands 2005 with two measures, one of them
// resting on three case files and one withheld by disclosure control.
import { buildReport, type PublishedReportModel, type SourceMeasure } from '@scrutiny/domain';

function measure(key: string, met: number | null, applicable: number | null, suppressed = false): SourceMeasure {
  return {
    key,
    criterion: 'B1',
    text: `Text of ${key}`,
    subsample: 'ALL',
    met,
    applicable,
    percentage: met !== null && applicable ? (met / applicable) * 100 : null,
    smallDenominator: applicable === null || applicable < 5,
    interval: null,
    suppressed,
  };
}

export function smallReport(measures: SourceMeasure[] = defaultMeasures()): PublishedReportModel {
  return buildReport({
    id: 'wm-2005',
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
      version: '2005-follow-up',
      sections: [{ code: 'B', title: 'Quality of assessment' }],
      criteria: [{ code: 'B1', section: 'B', title: 'Assessment of risk of harm', description: 'Risk of harm.' }],
    },
    subsamples: [{ key: 'ALL', label: 'Whole sample' }],
    criterionScores: [
      {
        code: 'B1',
        title: 'Assessment of risk of harm',
        subsample: 'ALL',
        percentage: (24 / 39) * 100,
        met: 24,
        applicable: 39,
        adjusted: false,
        smallDenominator: false,
        interval: { low: 45.9, high: 75.1 },
        suppressed: false,
      },
    ],
    measureResults: measures,
    comparison: null,
    reportTexts: [],
    findings: [],
    goodPractices: [],
    followedUpRecommendations: [],
  });
}

export function defaultMeasures(): SourceMeasure[] {
  return [
    measure('B1.rmp-quality-timely', 10, 23),
    measure('B1.review-after-incident', 2, 3),
    measure('B1.review-16-weeks', null, null, true),
  ];
}
