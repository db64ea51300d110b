// A board member's view of their area: each figure of the latest inspection beside the same figure of the
// inspection before it, whichever way each was obtained (case files or recorded figures).

export interface ComparableFigure {
  /** Criterion code or measure key. */
  key: string;
  label: string;
  subsample: string;
  percentage: number | null;
  met: number | null;
  applicable: number | null;
  adjusted?: boolean;
}

export interface FigurePair {
  key: string;
  label: string;
  subsample: string;
  latest: ComparableFigure;
  previous: ComparableFigure | null;
  /** Latest minus previous, in percentage points, from the unrounded figures; null when either is missing. */
  changePoints: number | null;
}

/** Pairs every figure of the latest inspection with the previous one's figure of the same key and subsample. */
export function pairFigures(latest: readonly ComparableFigure[], previous: readonly ComparableFigure[]): FigurePair[] {
  const before = new Map(previous.map((f) => [`${f.key}|${f.subsample}`, f]));
  return latest.map((figure) => {
    const earlier = before.get(`${figure.key}|${figure.subsample}`) ?? null;
    const changePoints =
      earlier?.percentage != null && figure.percentage != null ? figure.percentage - earlier.percentage : null;
    return {
      key: figure.key,
      label: figure.label,
      subsample: figure.subsample,
      latest: figure,
      previous: earlier,
      changePoints,
    };
  });
}

export interface InspectionWithScores {
  id: string;
  year: number;
  published: boolean;
  baseline?: { id: string } | null;
  criterionScores: readonly { code: string }[];
}

/**
 * The latest inspection that has scores, and the one to compare it with: its baseline when it names one, otherwise
 * the latest earlier inspection with scores.
 */
export function latestAndPrevious<T extends InspectionWithScores>(
  inspections: readonly T[],
): { latest: T | null; previous: T | null } {
  const scored = inspections.filter((i) => i.criterionScores.length > 0);
  const ordered = [...scored].sort((a, b) => a.year - b.year);
  const latest = ordered[ordered.length - 1] ?? null;
  if (!latest) return { latest: null, previous: null };
  const baseline = latest.baseline ? scored.find((i) => i.id === latest.baseline!.id) : undefined;
  const previous = baseline ?? ordered.filter((i) => i !== latest && i.year <= latest.year).pop() ?? null;
  return { latest, previous };
}
