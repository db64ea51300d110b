// Lines up each figure's whole-sample and high-risk scores with its comparison against the baseline.
export const HIGH_RISK = 'HIGH_RISK_OF_HARM';

export interface ScoreLike {
  key: string;
  label: string;
  met: number | null;
  applicable: number | null;
  percentage: number | null;
  smallDenominator: boolean;
}

export interface Figure {
  key: string;
  subsample: string;
  baselinePercentage: number | null;
  percentage: number | null;
  changePoints: number;
  direction: string;
  pValue: number | null;
  significant: boolean | null;
}

export interface ScoreCell {
  score: ScoreLike | undefined;
  figure: Figure | undefined;
}

export interface ScoreRow {
  key: string;
  label: string;
  all: ScoreCell;
  highRisk: ScoreCell;
}

export function scoreRows(
  all: readonly ScoreLike[],
  highRisk: readonly ScoreLike[],
  figures: readonly Figure[],
): ScoreRow[] {
  const byKey = (scores: readonly ScoreLike[]) => new Map(scores.map((s) => [s.key, s]));
  const allByKey = byKey(all);
  const highByKey = byKey(highRisk);
  const figure = (key: string, subsample: string) => figures.find((f) => f.key === key && f.subsample === subsample);
  const keys = [...new Set([...all.map((s) => s.key), ...highRisk.map((s) => s.key)])];
  return keys.map((key) => ({
    key,
    label: allByKey.get(key)?.label ?? highByKey.get(key)?.label ?? key,
    all: { score: allByKey.get(key), figure: figure(key, 'ALL') },
    highRisk: { score: highByKey.get(key), figure: figure(key, HIGH_RISK) },
  }));
}
