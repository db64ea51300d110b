// Builds the published report's document from the figures and words the API returns. It arranges and labels;
// it computes no score, test or interval (those come from the domain's scoring and comparison, through the API).
import { bandThresholds, changeTested, straddlesBand, WHOLE_SAMPLE_LABEL } from './figure-facts.ts';
import { SMALL_DENOMINATOR } from '../scoring/scores.ts';
import { notComputedReason } from '../comparison/not-computed.ts';
import { reconcileQuotedCount } from './reconciliation.ts';
import { CORRECTION_LABEL, JUDGEMENT_LABEL } from './format.ts';
import type {
  ComparisonSummary,
  ContentsEntry,
  FigureLeftOut,
  CriterionPart,
  CriterionSlope,
  GlossaryEntry,
  MeasureFigure,
  PublishedFigureRow,
  PublishedReportModel,
  ReportChange,
  ReportFigure,
  ReportRatings,
  ReportInterval,
  ReportText,
  ScoreTable,
  TeamCredit,
} from './model.ts';
import type { ReportSource, SourceFigureComparison, SourceInterval, SourceMeasure, SourceScore } from './source.ts';

const WHOLE_SAMPLE = 'ALL';

/** The report sections the inspectorate writes in words, by the name the API stores them under. */
export const REPORT_TEXT_SECTIONS = {
  foreword: 'FOREWORD',
  acknowledgements: 'ACKNOWLEDGEMENTS',
  glossary: 'GLOSSARY',
  reasons: 'REASONS',
  summary: 'SUMMARY',
  nextSteps: 'NEXT_STEPS',
  arrangements: 'ARRANGEMENTS',
  role: 'ROLE',
} as const;

function figureKey(kind: string, key: string, subsample: string): string {
  return `${kind}|${key}|${subsample}`;
}

function interval(source: SourceInterval | null | undefined): ReportInterval | null {
  return source ? { low: source.low, high: source.high } : null;
}

const bandFlag = straddlesBand;

function isSmall(applicable: number | null): boolean {
  return applicable !== null && applicable < SMALL_DENOMINATOR;
}

function currentFigure(
  source: SourceScore | SourceMeasure,
  adjusted: boolean,
  thresholds: readonly number[] | null | undefined,
): ReportFigure {
  const value = interval(source.interval);
  const suppressed = source.suppressed ?? false;
  return {
    percentage: source.percentage,
    met: source.met,
    applicable: source.applicable,
    adjusted,
    interval: value,
    smallNumber: suppressed || source.smallDenominator,
    suppressed,
    straddlesBand: bandFlag(value, thresholds),
    notComputedReason: notComputedReason({
      percentage: source.percentage,
      applicable: source.applicable,
      suppressed,
      unanswered: 'unanswered' in source ? source.unanswered : undefined,
      notApplicable: 'notApplicable' in source ? source.notApplicable : undefined,
    }),
  };
}

function originalFigure(
  figure: SourceFigureComparison | undefined,
  thresholds: readonly number[] | null | undefined,
): ReportFigure | null {
  if (!figure || figure.baselinePercentage == null) return null;
  const value = interval(figure.baselineInterval);
  return {
    percentage: figure.baselinePercentage,
    met: figure.baselineMet,
    applicable: figure.baselineApplicable,
    adjusted: figure.baselineAdjusted,
    interval: value,
    smallNumber: isSmall(figure.baselineApplicable),
    suppressed: false,
    straddlesBand: bandFlag(value, thresholds),
    notComputedReason: null,
  };
}

function changeOf(figure: SourceFigureComparison | undefined): ReportChange | null {
  if (!figure) return null;
  return {
    points: figure.changePoints,
    direction: figure.direction,
    tested: changeTested(figure.pValue),
    pValue: figure.pValue,
    adjustedPValue: figure.adjustedPValue,
    significant: figure.significant,
    interval: interval(figure.changeInterval),
  };
}

function text(source: ReportSource, section: string): ReportText | null {
  const found = source.reportTexts.find((t) => t.section === section);
  return found ? { text: found.text, signedBy: found.signedBy ?? null } : null;
}

/**
 * The team as the acknowledgements credit it: paragraphs such as `*HM Inspectors: Kate White, John Browne*`.
 * The rest of the text is the thanks itself.
 */
export function teamCredits(markdown: string): TeamCredit[] {
  const credits: TeamCredit[] = [];
  for (const paragraph of markdown.split(/\n\s*\n/)) {
    const match = /^\s*[*_]?([^:*_\n]{2,60}):\s*([^*_\n]+?)[*_]?\s*$/.exec(paragraph);
    if (!match) continue;
    const names = match[2]!
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean);
    if (names.length > 0) credits.push({ role: match[1]!.trim(), names });
  }
  return credits;
}

/**
 * Glossary entries, one a line: `ACO<tab>Assistant chief officer`, `ACO – Assistant chief officer`,
 * `- **ACO**: Assistant chief officer` or a Markdown table row `| ACO | Assistant chief officer |`.
 */
export function glossaryEntries(markdown: string): GlossaryEntry[] {
  const entries: GlossaryEntry[] = [];
  for (const raw of markdown.split('\n')) {
    const line = raw.trim();
    if (!line || /^\|?\s*:?-{3,}/.test(line)) continue;
    let term: string | undefined;
    let meaning: string | undefined;
    if (line.startsWith('|')) {
      const cells = line
        .split('|')
        .map((cell) => cell.trim())
        .filter(Boolean);
      [term, meaning] = cells;
    } else {
      const match = /^(?:[-*]\s+)?(?:\*\*)?(.+?)(?:\*\*)?(?:\t+|\s+[–—-]\s+|:\s+)(.+)$/.exec(line);
      term = match?.[1];
      meaning = match?.[2];
    }
    if (term && meaning && !/^term$/i.test(term)) entries.push({ term: term.trim(), meaning: meaning.trim() });
  }
  return entries;
}

function comparisonSummary(source: ReportSource, reconciliation: string | null): ComparisonSummary | null {
  const c = source.comparison;
  if (!c) return null;
  return {
    reconciliation,
    summary: c.summary,
    improved: c.improved,
    deteriorated: c.deteriorated,
    unchanged: c.unchanged,
    compared: c.compared,
    alpha: c.alpha,
    correction: c.correction,
    correctionLabel: CORRECTION_LABEL[c.correction],
  };
}

function publishedAt(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  return null;
}

/** Builds the report's document from one inspection's API result. */
const NOT_RATED = 'Not rated';

function reportRatings(source: ReportSource): ReportRatings | null {
  const ratings = source.ratings;
  if (!ratings) return null;
  return {
    questionSetLabel:
      ratings.questionSets?.find((set) => set.key === ratings.questionSet)?.label ?? ratings.questionSet,
    overall: {
      rating: ratings.overall.rating?.label ?? NOT_RATED,
      points: ratings.overall.points,
      note: ratings.overall.reason,
    },
    standards: ratings.standards.map((standard) => ({
      code: standard.code,
      title: standard.title,
      rating: standard.effective?.label ?? NOT_RATED,
      computed: standard.override ? (standard.computed?.label ?? NOT_RATED) : null,
      override: standard.override ? { reason: standard.override.reason, by: standard.override.by } : null,
      lowestKeyQuestion: standard.lowestKeyQuestion,
    })),
    units: ratings.units.map((unit) => ({
      unit: unit.unit,
      caseFiles: unit.caseFiles,
      withheld: unit.withheld,
      standards: ratings.standards.map(
        (standard) => unit.standards.find((s) => s.code === standard.code)?.effective?.label ?? NOT_RATED,
      ),
      overall: unit.overall?.rating?.label ?? NOT_RATED,
    })),
  };
}

export function buildReport(source: ReportSource): PublishedReportModel {
  const isFollowUp = source.kind === 'FOLLOW_UP';
  // The lowest band starts where every score starts: only the others' thresholds can be straddled.
  const thresholds = bandThresholds(source.framework.ratingBands);
  const baselineYear = source.baseline?.year;
  const labels = {
    original: baselineYear ? `Original inspection (${baselineYear})` : 'Original inspection',
    current: `${isFollowUp ? 'Follow-up inspection' : 'This inspection'} (${source.year})`,
  };
  const comparison = new Map(
    (source.comparison?.figures ?? []).map((f) => [figureKey(f.kind, f.key, f.subsample), f] as const),
  );
  const subsampleLabel = new Map(source.subsamples.map((s) => [s.key, s.label]));
  const labelOf = (subsample: string) =>
    subsample === WHOLE_SAMPLE ? WHOLE_SAMPLE_LABEL : (subsampleLabel.get(subsample) ?? subsample);

  const scoreTable = (code: string): ScoreTable | null => {
    const current = source.criterionScores.find((s) => s.code === code && s.subsample === WHOLE_SAMPLE);
    if (!current) return null;
    const figure = comparison.get(figureKey('CRITERION', code, WHOLE_SAMPLE));
    return {
      original: originalFigure(figure, thresholds),
      current: currentFigure(current, current.adjusted, thresholds),
      change: changeOf(figure),
    };
  };

  const measureFigure = (result: SourceMeasure, figure: SourceFigureComparison | undefined): MeasureFigure => ({
    key: result.key,
    criterion: result.criterion,
    text: result.text,
    subsample: result.subsample,
    subsampleLabel: labelOf(result.subsample),
    original: originalFigure(figure, thresholds),
    current: currentFigure(result, false, thresholds),
    change: changeOf(figure),
  });

  // Each whole-sample result, followed by its subsample results where the comparison reports them (the report
  // quotes high risk of harm figures only for some measures) or, without a baseline, where they were asked for.
  const measuresOf = (criterion: string): MeasureFigure[] => {
    const rows: MeasureFigure[] = [];
    const whole = source.measureResults.filter((r) => r.criterion === criterion && r.subsample === WHOLE_SAMPLE);
    for (const result of whole) {
      rows.push(measureFigure(result, comparison.get(figureKey('MEASURE', result.key, WHOLE_SAMPLE))));
      for (const sub of source.measureResults) {
        if (sub.key !== result.key || sub.subsample === WHOLE_SAMPLE) continue;
        const figure = comparison.get(figureKey('MEASURE', sub.key, sub.subsample));
        if (figure) rows.push(measureFigure(sub, figure));
      }
    }
    return rows;
  };

  const sections = source.framework.sections
    .filter((s) => source.framework.criteria.some((c) => c.section === s.code))
    .map((section) => ({
      code: section.code,
      title: section.title,
      heading: `Section ${section.code}: ${section.title}`,
      criteria: source.framework.criteria
        .filter((c) => c.section === section.code)
        .map((criterion): CriterionPart => ({
          code: criterion.code,
          title: criterion.title,
          description: criterion.description,
          score: scoreTable(criterion.code),
          measures: measuresOf(criterion.code),
          findings: source.findings
            .filter((f) => f.criterionCode === criterion.code)
            .map((f) => ({ id: f.id, kind: f.kind, text: f.text })),
          goodPractice: source.goodPractices
            .filter((g) => g.criterionCode === criterion.code)
            .map((g) => ({ id: g.id, title: g.title ?? 'Good practice example', text: g.text })),
        })),
    }));

  const slopes: CriterionSlope[] = sections.flatMap((section) =>
    section.criteria.flatMap((criterion) => {
      const score = criterion.score;
      if (score?.original?.percentage == null || score.current.percentage == null) return [];
      return [{ code: criterion.code, title: criterion.title, original: score.original, current: score.current }];
    }),
  );

  const acknowledgements = text(source, REPORT_TEXT_SECTIONS.acknowledgements);
  const glossary = text(source, REPORT_TEXT_SECTIONS.glossary);
  const reasonsText = text(source, REPORT_TEXT_SECTIONS.reasons);
  const recommendations = [...source.followedUpRecommendations]
    .sort((a, b) => a.recommendation.number - b.recommendation.number)
    .map((item) => ({
      number: item.recommendation.number,
      text: item.recommendation.text,
      judgement: item.judgement,
      judgementLabel: item.judgement ? JUDGEMENT_LABEL[item.judgement] : 'Not judged',
      comment: item.comment,
    }));
  const reasons =
    reasonsText || recommendations.length > 0
      ? {
          title: isFollowUp ? 'Reasons for undertaking the follow-up' : 'Reasons for the inspection',
          text: reasonsText,
          recommendations,
        }
      : null;
  const summaryTitle = isFollowUp ? 'Summary of findings of the follow-up' : 'Summary of findings';
  const foreword = text(source, REPORT_TEXT_SECTIONS.foreword);
  const role = text(source, REPORT_TEXT_SECTIONS.role);
  const glossaryList = glossary ? glossaryEntries(glossary.text) : [];

  const contents: ContentsEntry[] = [
    ...(foreword ? [{ id: 'foreword', title: 'Foreword' }] : []),
    ...(acknowledgements ? [{ id: 'acknowledgements', title: 'Acknowledgements' }] : []),
    ...(glossaryList.length > 0 ? [{ id: 'glossary', title: 'Glossary' }] : []),
    ...(reasons ? [{ id: 'reasons', title: reasons.title }] : []),
    { id: 'summary', title: summaryTitle },
    ...(source.ratings ? [{ id: 'ratings', title: 'Ratings' }] : []),
    { id: 'arrangements', title: 'Inspection arrangements' },
    ...sections.map((s) => ({ id: `section-${s.code}`, title: s.heading })),
    ...(role ? [{ id: 'role', title: 'The role of the inspectorate' }] : []),
    { id: 'about-figures', title: 'About the figures' },
  ];

  const figures: PublishedFigureRow[] = [
    ...source.criterionScores.map((score) => {
      const figure = comparison.get(figureKey('CRITERION', score.code, score.subsample));
      return {
        figureId: score.figureId ?? null,
        kind: 'CRITERION' as const,
        criterion: score.code,
        key: score.code,
        text: score.title,
        subsample: score.subsample,
        subsampleLabel: labelOf(score.subsample),
        current: currentFigure(score, score.adjusted, thresholds),
        original: originalFigure(figure, thresholds),
        change: changeOf(figure),
      };
    }),
    ...source.measureResults.map((result) => {
      const row = measureFigure(result, comparison.get(figureKey('MEASURE', result.key, result.subsample)));
      return { figureId: result.figureId ?? null, kind: 'MEASURE' as const, ...row };
    }),
  ];

  const textOf = new Map(figures.map((row) => [figureKey(row.kind, row.key, row.subsample), row.text]));
  const leftOut = (kind: 'CRITERION' | 'MEASURE', key: string, subsample: string, reason: string): FigureLeftOut => ({
    kind,
    key,
    text: textOf.get(figureKey(kind, key, subsample)) ?? key,
    subsampleLabel: labelOf(subsample),
    reason,
  });
  const notComputed = figures.flatMap((row) =>
    row.current.notComputedReason && !row.current.suppressed
      ? [leftOut(row.kind, row.key, row.subsample, row.current.notComputedReason)]
      : [],
  );
  const notCompared = (source.comparison?.notCompared ?? []).map((n) => leftOut(n.kind, n.key, n.subsample, n.reason));
  const reconciliation = source.comparison
    ? reconcileQuotedCount({
        quoted: [text(source, REPORT_TEXT_SECTIONS.foreword), text(source, REPORT_TEXT_SECTIONS.summary)],
        improved: source.comparison.improved,
        compared: source.comparison.compared,
        comparedFigures: source.comparison.figures,
        withoutOriginal: source.measureResults.filter(
          (m) =>
            m.subsample === WHOLE_SAMPLE &&
            !m.judgesCriterion &&
            m.percentage !== null &&
            !source.comparison!.figures.some(
              (f) => f.kind === 'MEASURE' && f.key === m.key && f.subsample === m.subsample,
            ),
        ),
      })
    : null;

  const c = source.comparison;
  const aboutFigures = [
    'Each percentage is the share of applicable case files that met the measure; the number of applicable files is given beside it.',
    'Percentages are rounded to whole numbers as the printed report gives them; changes are worked out from the unrounded figures.',
    `Figures based on fewer than ${SMALL_DENOMINATOR} applicable cases are marked “Small number”; in public outputs they are not published, so that no one can be identified.`,
    'The 95% interval says how far a figure could be from the true rate with a sample this size.',
    ...(c
      ? [
          `Changes are tested with Fisher’s exact test where both inspections’ counts are known, at the ${Math.round(c.alpha * 100)}% level, with the ${CORRECTION_LABEL[c.correction]} correction for testing many figures at once. Original figures known only as percentages are compared but not tested.`,
        ]
      : []),
    ...(thresholds && thresholds.length > 0
      ? ['A figure whose 95% interval reaches across a rating band threshold is marked: its band is uncertain.']
      : []),
  ];

  return {
    modelVersion: 1,
    inspection: {
      id: source.id,
      title: source.title,
      year: source.year,
      kind: source.kind,
      published: source.published,
      publishedAt: publishedAt(source.publishedAt),
      evidence: source.evidence,
      area: { code: source.area.code, name: source.area.name },
      framework: { title: source.framework.title, version: source.framework.version },
      baseline: source.baseline ? { title: source.baseline.title, year: source.baseline.year } : null,
    },
    heading: `${isFollowUp ? 'Follow-up report on' : 'Report on'} ${source.area.name}, ${source.year}`,
    labels,
    contents,
    foreword,
    acknowledgements: acknowledgements ? { ...acknowledgements, team: teamCredits(acknowledgements.text) } : null,
    glossary: glossaryList,
    reasons,
    summary: {
      title: summaryTitle,
      comparison: comparisonSummary(source, reconciliation),
      keyFindings: text(source, REPORT_TEXT_SECTIONS.summary),
      nextSteps: text(source, REPORT_TEXT_SECTIONS.nextSteps),
      slopes,
      notComputed,
      notCompared,
    },
    arrangements: {
      text: text(source, REPORT_TEXT_SECTIONS.arrangements),
      methodNote: source.methodNote,
      evidenceNote:
        source.evidence === 'RECORDED_FIGURES'
          ? 'The figures of this inspection are recorded from its published report.'
          : 'The figures of this inspection are computed from the answers recorded on the sampled case files.',
    },
    ratings: reportRatings(source),
    sections,
    role,
    figures,
    aboutFigures,
  };
}
