// A published report as the host builds it: West Midlands 2005 figures (as the API returns them), trimmed to B1,
// with one withheld figure and one measure whose wording needs quoting in CSV.
import { buildReport, publishedFigureId, type PublishedReportModel, type SourceMeasure } from '@scrutiny/domain';

const INSPECTION_ID = 'SW5zcGVjdGlvbjp3bTIwMDU=';
const idOf = (kind: 'CRITERION' | 'MEASURE', key: string, subsample: string) =>
  publishedFigureId({
    inspectionId: INSPECTION_ID,
    frameworkKey: 'esi',
    frameworkVersion: '2005-follow-up',
    kind,
    key,
    subsample,
  });

function measure(
  key: string,
  subsample: string,
  met: number,
  applicable: number,
  text = `Text of ${key}`,
): SourceMeasure {
  return {
    key,
    criterion: 'B1',
    text,
    subsample,
    met,
    applicable,
    percentage: (met / applicable) * 100,
    smallDenominator: applicable < 5,
    interval: { low: 25.6, high: 63.2 },
    suppressed: false,
    figureId: idOf('MEASURE', key, subsample),
  };
}

export function westMidlandsReport(): PublishedReportModel {
  return buildReport({
    id: INSPECTION_ID,
    title: 'Follow-up inspection 2005',
    year: 2005,
    kind: 'FOLLOW_UP',
    published: true,
    publishedAt: '2005-07-15T00:00:00.000Z',
    methodNote: null,
    evidence: 'CASE_FILES',
    area: { code: 'WMPA', name: 'West Midlands Probation Area' },
    baseline: { title: 'Effective Supervision Inspection 2004', year: 2004 },
    framework: {
      title: 'Effective Supervision Inspection',
      version: '2005-follow-up',
      sections: [{ code: 'B', title: 'Quality of assessment' }],
      criteria: [{ code: 'B1', section: 'B', title: 'Assessment of risk of harm', description: 'Risk of harm.' }],
    },
    subsamples: [
      { key: 'ALL', label: 'Whole sample' },
      { key: 'HIGH_RISK_OF_HARM', label: 'High or very high risk of harm' },
    ],
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
        figureId: idOf('CRITERION', 'B1', 'ALL'),
      },
    ],
    measureResults: [
      measure(
        'B1.rmp-quality-timely',
        'ALL',
        10,
        23,
        'A risk management plan, of satisfactory quality, was "completed"',
      ),
      measure('B1.review-16-weeks', 'HIGH_RISK_OF_HARM', 14, 22),
      {
        key: 'B1.review-after-incident',
        criterion: 'B1',
        text: '=HYPERLINK("x")',
        subsample: 'HIGH_RISK_OF_HARM',
        percentage: null,
        met: null,
        applicable: null,
        smallDenominator: true,
        interval: null,
        suppressed: true,
      },
    ],
    comparison: {
      summary: 'improvement against 2 of 2 figures',
      improved: 2,
      deteriorated: 0,
      unchanged: 0,
      compared: 2,
      alpha: 0.05,
      correction: 'HOLM',
      figures: [
        {
          key: 'B1',
          kind: 'CRITERION',
          subsample: 'ALL',
          baselinePercentage: 48,
          baselineMet: null,
          baselineApplicable: null,
          baselineAdjusted: false,
          changePoints: (24 / 39) * 100 - 48,
          direction: 'IMPROVED',
          pValue: null,
          adjustedPValue: null,
          significant: null,
          changeInterval: null,
          baselineInterval: null,
        },
        {
          key: 'B1.rmp-quality-timely',
          kind: 'MEASURE',
          subsample: 'ALL',
          baselinePercentage: (9 / 23) * 100,
          baselineMet: 9,
          baselineApplicable: 23,
          baselineAdjusted: false,
          changePoints: (1 / 23) * 100,
          direction: 'IMPROVED',
          pValue: 1,
          adjustedPValue: 1,
          significant: false,
          changeInterval: { low: -23.4, high: 31.2 },
          baselineInterval: { low: 22.2, high: 59.2 },
        },
      ],
    },
    reportTexts: [],
    findings: [],
    goodPractices: [],
    followedUpRecommendations: [],
  });
}
