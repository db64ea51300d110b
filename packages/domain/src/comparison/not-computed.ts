// Why a figure has no percentage, in words. A figure that cannot be computed is listed with its reason wherever the
// figures are (the API, the report page, every export), never dropped: a reader must see that a measure exists and
// why it says nothing, rather than a table one row shorter.

export interface FigureCounts {
  percentage: number | null;
  met?: number | null;
  applicable: number | null;
  /** Case files the question applies to with no answer yet (computed figures only). */
  unanswered?: number | null;
  /** Case files answered not applicable (computed figures only). */
  notApplicable?: number | null;
  /** Withheld by statistical disclosure control. */
  suppressed?: boolean;
}

function files(n: number): string {
  return `${n} case file${n === 1 ? '' : 's'}`;
}

/** Null when the figure has a percentage; otherwise why it has none. */
export function notComputedReason(figure: FigureCounts): string | null {
  if (figure.percentage !== null) return null;
  if (figure.suppressed) return 'fewer than 5 applicable cases: withheld from public outputs';
  if (figure.applicable === null) return 'not recorded';
  const unanswered = figure.unanswered ?? 0;
  if (unanswered > 0)
    return `no applicable case file was counted: ${files(unanswered)} it applies to ${unanswered === 1 ? 'has' : 'have'} no answer yet (a question the dates cannot settle is asked of the assessor)`;
  const notApplicable = figure.notApplicable ?? 0;
  if (notApplicable > 0) return `every case file it applies to was answered not applicable (${files(notApplicable)})`;
  // Criterion scores carry no count of unanswered questions: say only what is known.
  if (figure.unanswered == null) return 'no applicable case file was counted';
  return 'it applies to none of the case files';
}

/** Why a figure present in this inspection or its baseline was left out of the comparison. */
export interface NotCompared {
  kind: 'CRITERION' | 'MEASURE';
  key: string;
  subsample: string;
  reason: string;
}
