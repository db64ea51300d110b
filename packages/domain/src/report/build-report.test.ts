import { describe, expect, it } from 'vitest';
import { buildReport, glossaryEntries, teamCredits } from './build-report.ts';
import { wholePercent } from './format.ts';
import type { ReportSource, SourceFigureComparison, SourceMeasure } from './source.ts';

// Figures as the API returns them for West Midlands 2005 against 2004 (unrounded; 2004 mostly known only as
// percentages), trimmed to two criteria.
function figure(
  partial: Partial<SourceFigureComparison> & Pick<SourceFigureComparison, 'key' | 'kind'>,
): SourceFigureComparison {
  return {
    subsample: 'ALL',
    baselinePercentage: null,
    baselineMet: null,
    baselineApplicable: null,
    baselineAdjusted: false,
    changePoints: 0,
    direction: 'UNCHANGED',
    pValue: null,
    adjustedPValue: null,
    significant: null,
    changeInterval: null,
    ...partial,
  };
}

function measure(key: string, subsample: string, met: number, applicable: number): SourceMeasure {
  return {
    key,
    criterion: key.split('.')[0]!,
    text: `Text of ${key}`,
    subsample,
    met,
    applicable,
    percentage: (met / applicable) * 100,
    smallDenominator: applicable < 5,
    interval: { low: 30, high: 60 },
  };
}

const ACKNOWLEDGEMENTS =
  'We would like to express our thanks to the West Midlands Probation Board.\n\n*HM Assistant Chief Inspector: John Hutchings*\n\n*HM Inspectors: Kate White, John Browne, Nigel Scarff*';

function westMidlands(overrides: Partial<ReportSource> = {}): ReportSource {
  return {
    id: 'SW5zcGVjdGlvbjp3bTIwMDU=',
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
      sections: [
        { code: 'A', title: 'Quality of management' },
        { code: 'B', title: 'Quality of assessment' },
        { code: 'C', title: 'Quality of interventions' },
        { code: 'D', title: 'Results' },
      ],
      criteria: [
        { code: 'A1', section: 'A', title: 'Leadership and planning', description: 'The Board and CO lead.' },
        { code: 'B1', section: 'B', title: 'Assessment of risk of harm', description: 'Risk of harm is assessed.' },
        { code: 'C2', section: 'C', title: 'Delivering appropriate supervision', description: 'Interventions.' },
      ],
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
      },
      {
        code: 'C2',
        title: 'Delivering appropriate supervision',
        subsample: 'ALL',
        percentage: (29 / 38) * 100,
        met: 29,
        applicable: 38,
        adjusted: false,
        smallDenominator: false,
        interval: { low: 60.8, high: 87 },
      },
    ],
    measureResults: [
      measure('B1.review-16-weeks', 'ALL', 19, 39),
      measure('B1.rmp-quality-timely', 'ALL', 10, 23),
      measure('B1.review-16-weeks', 'HIGH_RISK_OF_HARM', 14, 22),
      measure('B1.rmp-quality-timely', 'HIGH_RISK_OF_HARM', 10, 23),
      measure('C2.additional-requirements', 'ALL', 16, 17),
    ],
    comparison: {
      summary: 'improvement against 3 of 4 figures',
      improved: 3,
      deteriorated: 0,
      unchanged: 1,
      compared: 4,
      alpha: 0.05,
      correction: 'HOLM',
      figures: [
        figure({ key: 'B1', kind: 'CRITERION', baselinePercentage: 48, changePoints: 13.54, direction: 'IMPROVED' }),
        figure({
          key: 'C2',
          kind: 'CRITERION',
          baselinePercentage: 54,
          baselineAdjusted: true,
          changePoints: 22.3,
          direction: 'IMPROVED',
        }),
        figure({ key: 'B1.review-16-weeks', kind: 'MEASURE', baselinePercentage: 12, changePoints: 36.7 }),
        figure({
          key: 'B1.review-16-weeks',
          kind: 'MEASURE',
          subsample: 'HIGH_RISK_OF_HARM',
          baselinePercentage: 31,
          changePoints: 32.6,
          direction: 'IMPROVED',
        }),
        figure({
          key: 'B1.rmp-quality-timely',
          kind: 'MEASURE',
          baselinePercentage: (9 / 23) * 100,
          baselineMet: 9,
          baselineApplicable: 23,
          changePoints: 4.35,
          direction: 'IMPROVED',
          pValue: 1,
          adjustedPValue: 1,
          significant: false,
          changeInterval: { low: -23.4, high: 31.2 },
        }),
      ],
    },
    reportTexts: [
      { section: 'ACKNOWLEDGEMENTS', signedBy: null, text: ACKNOWLEDGEMENTS },
      { section: 'FOREWORD', signedBy: 'Andrew Bridges, HM Chief Inspector of Probation', text: 'There had clearly…' },
      { section: 'GLOSSARY', text: 'ACO\tAssistant chief officer\nCATo\tCase Administration Tool' },
      { section: 'ROLE', text: 'HMI Probation is an independent Inspectorate.' },
    ],
    findings: [
      { id: 'f1', criterionCode: 'B1', kind: 'STRENGTH', text: 'A shift in attitude to OASys.' },
      { id: 'f2', criterionCode: 'A1', kind: 'STRENGTH', text: 'The Board and SMT had worked hard.' },
    ],
    goodPractices: [{ id: 'g1', criterionCode: 'C2', title: null, text: 'Some SPOs had developed systems.' }],
    followedUpRecommendations: [
      { id: 'r2', judgement: null, comment: null, recommendation: { number: 2, text: 'an accurate register' } },
      {
        id: 'r1',
        judgement: 'GOOD_PROGRESS',
        comment: null,
        recommendation: { number: 1, text: 'strategic probation involvement in MAPPA is increased' },
      },
    ],
    ...overrides,
  };
}

describe('the published report model', () => {
  const report = buildReport(westMidlands());
  const part = (code: string) => report.sections.flatMap((s) => s.criteria).find((c) => c.code === code)!;

  it('is headed and labelled as the reference report is', () => {
    expect(report.heading).toBe('Follow-up report on West Midlands Probation Area, 2005');
    expect(report.labels).toEqual({
      original: 'Original inspection (2004)',
      current: 'Follow-up inspection (2005)',
    });
    expect(report.inspection.publishedAt).toBe('2005-07-15T00:00:00.000Z');
  });

  it('has the reference report’s parts in its order', () => {
    expect(report.contents.map((c) => c.id)).toEqual([
      'foreword',
      'acknowledgements',
      'glossary',
      'reasons',
      'summary',
      'arrangements',
      'section-A',
      'section-B',
      'section-C',
      'role',
      'about-figures',
    ]);
    expect(report.sections.map((s) => s.heading)).toEqual([
      'Section A: Quality of management',
      'Section B: Quality of assessment',
      'Section C: Quality of interventions',
    ]);
  });

  it('puts B1 at 62% (24 of 39) in the follow-up against 48% originally', () => {
    const score = part('B1').score!;
    expect(wholePercent(score.current.percentage!)).toBe(62);
    expect(score.current).toMatchObject({ met: 24, applicable: 39, interval: { low: 45.9, high: 75.1 } });
    expect(score.original).toMatchObject({ percentage: 48, met: null, applicable: null, adjusted: false });
    expect(score.change).toMatchObject({ direction: 'IMPROVED', tested: false });
  });

  it('marks C2’s original score of 54% as adjusted, and A1 as not scored', () => {
    expect(part('C2').score!.original).toMatchObject({ percentage: 54, adjusted: true });
    expect(part('A1').score).toBeNull();
    expect(part('A1').findings.map((f) => f.text)).toEqual(['The Board and SMT had worked hard.']);
  });

  it('lists each measure, followed by the subsample figures the comparison reports', () => {
    expect(part('B1').measures.map((m) => `${m.key}/${m.subsampleLabel}`)).toEqual([
      'B1.review-16-weeks/Whole sample',
      'B1.review-16-weeks/High or very high risk of harm',
      'B1.rmp-quality-timely/Whole sample',
    ]);
  });

  it('tests a change only where both counts are known: risk management plans 10 of 23 against 9 of 23', () => {
    const rmp = part('B1').measures.find((m) => m.key === 'B1.rmp-quality-timely')!;
    expect(rmp.original).toMatchObject({ met: 9, applicable: 23 });
    expect(rmp.current).toMatchObject({ met: 10, applicable: 23 });
    expect(rmp.change).toMatchObject({ tested: true, pValue: 1, significant: false, interval: { low: -23.4 } });
  });

  it('shows a measure without a baseline with no change, and good practice under a default title', () => {
    const [row] = part('C2').measures;
    expect(row?.original).toBeNull();
    expect(row?.change).toBeNull();
    expect(part('C2').goodPractice).toEqual([
      { id: 'g1', title: 'Good practice example', text: 'Some SPOs had developed systems.' },
    ]);
  });

  it('credits the team named in the acknowledgements, and reads the glossary', () => {
    expect(report.acknowledgements?.team).toEqual([
      { role: 'HM Assistant Chief Inspector', names: ['John Hutchings'] },
      { role: 'HM Inspectors', names: ['Kate White', 'John Browne', 'Nigel Scarff'] },
    ]);
    expect(report.glossary).toEqual([
      { term: 'ACO', meaning: 'Assistant chief officer' },
      { term: 'CATo', meaning: 'Case Administration Tool' },
    ]);
    expect(report.foreword?.signedBy).toBe('Andrew Bridges, HM Chief Inspector of Probation');
  });

  it('gives the reasons for the follow-up with the recommendations in number order', () => {
    expect(report.reasons?.title).toBe('Reasons for undertaking the follow-up');
    expect(report.reasons?.recommendations.map((r) => [r.number, r.judgementLabel])).toEqual([
      [1, 'Good progress'],
      [2, 'Not judged'],
    ]);
  });

  it('summarises the comparison and draws a slope for each criterion with both scores', () => {
    expect(report.summary.comparison).toMatchObject({ improved: 3, compared: 4, correctionLabel: 'Holm–Bonferroni' });
    expect(report.summary.slopes.map((s) => s.code)).toEqual(['B1', 'C2']);
  });

  it('holds every figure flat, one row per criterion or measure per subsample', () => {
    expect(report.figures.map((f) => `${f.kind}/${f.key}/${f.subsample}`)).toEqual([
      'CRITERION/B1/ALL',
      'CRITERION/C2/ALL',
      'MEASURE/B1.review-16-weeks/ALL',
      'MEASURE/B1.rmp-quality-timely/ALL',
      'MEASURE/B1.review-16-weeks/HIGH_RISK_OF_HARM',
      'MEASURE/B1.rmp-quality-timely/HIGH_RISK_OF_HARM',
      'MEASURE/C2.additional-requirements/ALL',
    ]);
    expect(report.figures[5]).toMatchObject({ original: null, change: null, current: { met: 10 } });
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe('honest small numbers in the model', () => {
  it('flags a figure whose interval straddles a rating band threshold, where the framework declares bands', () => {
    const source = westMidlands();
    const ratingBands = [
      { from: 0, label: 'Poor' },
      { from: 50, label: 'Fair' },
      { from: 75, label: 'Good' },
    ];
    const banded = buildReport({ ...source, framework: { ...source.framework, ratingBands } });
    const b1 = banded.sections[1]!.criteria[0]!.score!;
    expect(b1.current.straddlesBand).toBe(true); // 45.9–75.1 reaches across both 50 and 75
    expect(b1.original?.straddlesBand).toBe(false); // 48% known without counts: no interval to judge
    expect(banded.aboutFigures.some((line) => /rating band/.test(line))).toBe(true);
    expect(buildReport(source).sections[1]!.criteria[0]!.score!.current.straddlesBand).toBeNull();
  });

  it('carries a suppressed figure as withheld and small', () => {
    const source = westMidlands({
      measureResults: [
        {
          key: 'B1.review-after-incident',
          criterion: 'B1',
          text: 'Reassessed after a significant incident',
          subsample: 'ALL',
          percentage: null,
          met: null,
          applicable: null,
          smallDenominator: true,
          interval: null,
          suppressed: true,
        },
      ],
    });
    const [row] = buildReport(source).sections[1]!.criteria[0]!.measures;
    expect(row?.current).toMatchObject({ percentage: null, suppressed: true, smallNumber: true });
  });
});

describe('reading the team and the glossary', () => {
  it('ignores paragraphs that are not credits', () => {
    expect(teamCredits('Thanks to all.\n\n*Information Manager: Kevin Ball*')).toEqual([
      { role: 'Information Manager', names: ['Kevin Ball'] },
    ]);
  });

  it('reads tabs, dashes, bold lists and tables', () => {
    expect(
      glossaryEntries(
        '| Term | Meaning |\n|---|---|\n| DM | District manager |\n- **PO**: Probation officer\nSPO – Senior probation officer',
      ),
    ).toEqual([
      { term: 'DM', meaning: 'District manager' },
      { term: 'PO', meaning: 'Probation officer' },
      { term: 'SPO', meaning: 'Senior probation officer' },
    ]);
  });
});

describe('ratings in the model', () => {
  const rating = (key: string, label: string, points: number) => ({ key, label, points });
  const good = rating('GOOD', 'Good', 2);
  const ri = rating('REQUIRES_IMPROVEMENT', 'Requires improvement', 1);

  it('has none for a framework without ratings (ESI)', () => {
    const report = buildReport(westMidlands());
    expect(report.ratings).toBeNull();
    expect(report.contents.map((c) => c.id)).not.toContain('ratings');
  });

  it('prints each standard, an override with what the key questions gave and why, the overall and each unit', () => {
    const report = buildReport(
      westMidlands({
        ratings: {
          questionSet: 'CORE',
          questionSets: [{ key: 'CORE', label: 'Core key questions' }],
          standards: [
            {
              code: '2.1',
              title: 'Assessment',
              computed: ri,
              effective: good,
              lowestKeyQuestion: '2.1.engaging',
              override: { rating: good, reason: 'Evidence from managers.', by: 'Kate White' },
            },
            {
              code: '2.2',
              title: 'Planning',
              computed: null,
              effective: null,
              lowestKeyQuestion: null,
              override: null,
            },
          ],
          overall: { points: null, rating: null, reason: 'Not every standard is rated yet (2.2).' },
          units: [
            {
              unit: 'North',
              caseFiles: 6,
              withheld: false,
              standards: [{ code: '2.1', effective: ri }],
              overall: { points: 1, rating: ri },
            },
          ],
        },
      }),
    );
    expect(report.contents.map((c) => c.id)).toContain('ratings');
    expect(report.ratings).toEqual({
      questionSetLabel: 'Core key questions',
      overall: { rating: 'Not rated', points: null, note: 'Not every standard is rated yet (2.2).' },
      standards: [
        {
          code: '2.1',
          title: 'Assessment',
          rating: 'Good',
          computed: 'Requires improvement',
          override: { reason: 'Evidence from managers.', by: 'Kate White' },
          lowestKeyQuestion: '2.1.engaging',
        },
        {
          code: '2.2',
          title: 'Planning',
          rating: 'Not rated',
          computed: null,
          override: null,
          lowestKeyQuestion: null,
        },
      ],
      units: [
        {
          unit: 'North',
          caseFiles: 6,
          withheld: false,
          standards: ['Requires improvement', 'Not rated'],
          overall: 'Requires improvement',
        },
      ],
    });
  });
});

describe('quoted and computed counts, reconciled', () => {
  const quoting = (foreword: string) =>
    westMidlands({
      measureResults: [
        ...westMidlands().measureResults,
        {
          ...measure('B1.initial-assessment-done', 'ALL', 38, 40),
          text: 'An initial risk of harm assessment was done',
        },
        { ...measure('B1.overall', 'ALL', 24, 39), judgesCriterion: true },
      ],
      reportTexts: [{ section: 'FOREWORD', signedBy: null, text: foreword }],
    });

  it('says what the foreword counts and what the computed summary counts, from the figures', () => {
    const report = buildReport(quoting('Findings showed some improvement against 3 of 5 separate measures. More.'));
    expect(report.summary.comparison!.reconciliation).toBe(
      'The foreword quotes “improvement against 3 of 5 separate measures” as the report printed it; the summary above ' +
        'is computed from the figures and counts the 4 with both an original and a current figure (2 criterion scores ' +
        'and 3 measure figures), 3 of them improved. The report gives 2 measures of the whole sample without an ' +
        'original figure, so they can show no change and are not among the 4: “Text of C2.additional-requirements” ' +
        '(94%) and “An initial risk of harm assessment was done” (95%). The foreword’s 5 is 1 more than the 4 that can be compared: it counts a measure printed without ' +
        'an original figure.',
    );
  });

  it('says nothing when the quoted count is the computed one, or when nothing is quoted', () => {
    expect(
      buildReport(quoting('Improvement against 3 of 4 separate measures.')).summary.comparison!.reconciliation,
    ).toBeNull();
    expect(buildReport(westMidlands()).summary.comparison!.reconciliation).toBeNull();
  });
});

describe('figures that cannot be computed are listed with why, never dropped', () => {
  it('gives the reason beside a figure without a percentage and lists it in the summary', () => {
    const undated: SourceMeasure = {
      ...measure('B1.rmp-quality-timely', 'ALL', 0, 1),
      met: 0,
      applicable: 0,
      percentage: null,
      interval: null,
      unanswered: 25,
      notApplicable: 0,
    };
    const report = buildReport(
      westMidlands({
        measureResults: [undated],
        comparison: {
          ...westMidlands().comparison!,
          notCompared: [
            {
              kind: 'MEASURE',
              key: 'B1.rmp-quality-timely',
              subsample: 'ALL',
              reason: 'this inspection’s figure could not be computed: no applicable case file was counted',
            },
          ],
        },
      }),
    );
    const row = report.figures.find((f) => f.key === 'B1.rmp-quality-timely')!;
    expect(row.current.notComputedReason).toBe(
      'no applicable case file was counted: 25 case files it applies to have no answer yet (a question the dates cannot settle is asked of the assessor)',
    );
    expect(report.summary.notComputed).toEqual([
      {
        kind: 'MEASURE',
        key: 'B1.rmp-quality-timely',
        text: 'Text of B1.rmp-quality-timely',
        subsampleLabel: 'Whole sample',
        reason: row.current.notComputedReason,
      },
    ]);
    expect(report.summary.notCompared.map((n) => n.key)).toEqual(['B1.rmp-quality-timely']);
  });
});
