// Joins what the API gives separately (criterion scores, measure results, the comparison with the baseline) into
// the rows the report prints under each criterion.

export interface ScoreInput {
  code: string;
  percentage: number | null;
  met: number | null;
  applicable: number | null;
  adjusted: boolean;
  smallDenominator: boolean;
}

export interface MeasureInput {
  key: string;
  criterion: string;
  text: string;
  subsample: string;
  percentage: number | null;
  met: number | null;
  applicable: number | null;
  smallDenominator: boolean;
}

export interface FigureComparisonInput {
  key: string;
  kind: 'CRITERION' | 'MEASURE';
  subsample: string;
  baselinePercentage: number | null;
  baselineMet: number | null;
  baselineApplicable: number | null;
  baselineAdjusted: boolean;
  changePoints: number;
  direction: 'IMPROVED' | 'DETERIORATED' | 'UNCHANGED';
  pValue: number | null;
  adjustedPValue: number | null;
  significant: boolean | null;
}

export interface Baseline {
  percentage: number | null;
  met: number | null;
  applicable: number | null;
  adjusted: boolean;
}

export interface Change {
  points: number;
  direction: FigureComparisonInput['direction'];
  pValue: number | null;
  adjustedPValue: number | null;
  significant: boolean | null;
}

export interface CriterionScoreRow {
  code: string;
  current: ScoreInput | null;
  baseline: Baseline | null;
  change: Change | null;
}

export interface MeasureRow {
  key: string;
  text: string;
  subsample: string;
  current: MeasureInput;
  baseline: Baseline | null;
  change: Change | null;
}

function figureKey(kind: string, key: string, subsample: string): string {
  return `${kind}|${key}|${subsample}`;
}

function indexComparison(figures: readonly FigureComparisonInput[]): Map<string, FigureComparisonInput> {
  return new Map(figures.map((f) => [figureKey(f.kind, f.key, f.subsample), f]));
}

function baselineOf(f: FigureComparisonInput | undefined): Baseline | null {
  if (!f || f.baselinePercentage == null) return null;
  return {
    percentage: f.baselinePercentage,
    met: f.baselineMet,
    applicable: f.baselineApplicable,
    adjusted: f.baselineAdjusted,
  };
}

function changeOf(f: FigureComparisonInput | undefined): Change | null {
  if (!f) return null;
  return {
    points: f.changePoints,
    direction: f.direction,
    pValue: f.pValue,
    adjustedPValue: f.adjustedPValue,
    significant: f.significant,
  };
}

/** The score table of one criterion: the follow-up's score and, where compared, the (possibly adjusted) baseline. */
export function criterionScoreRow(
  code: string,
  scores: readonly ScoreInput[],
  figures: readonly FigureComparisonInput[],
  subsample = 'ALL',
): CriterionScoreRow {
  const figure = indexComparison(figures).get(figureKey('CRITERION', code, subsample));
  return {
    code,
    current: scores.find((s) => s.code === code) ?? null,
    baseline: baselineOf(figure),
    change: changeOf(figure),
  };
}

/**
 * The measures of one criterion: every whole-sample result, each followed by its subsample results where the
 * comparison reports them (the report quotes high risk of harm figures only for some measures).
 */
export function measureRows(
  criterion: string,
  results: readonly MeasureInput[],
  figures: readonly FigureComparisonInput[],
): MeasureRow[] {
  const comparison = indexComparison(figures);
  const rows: MeasureRow[] = [];
  const whole = results.filter((r) => r.criterion === criterion && r.subsample === 'ALL');
  for (const result of whole) {
    rows.push(toRow(result, comparison.get(figureKey('MEASURE', result.key, 'ALL'))));
    for (const sub of results) {
      if (sub.key !== result.key || sub.subsample === 'ALL') continue;
      const figure = comparison.get(figureKey('MEASURE', sub.key, sub.subsample));
      if (figure) rows.push(toRow(sub, figure));
    }
  }
  return rows;
}

function toRow(result: MeasureInput, figure: FigureComparisonInput | undefined): MeasureRow {
  return {
    key: result.key,
    text: result.text,
    subsample: result.subsample,
    current: result,
    baseline: baselineOf(figure),
    change: changeOf(figure),
  };
}
