// Geometry of the baseline-to-follow-up slope chart: one line per criterion from its original score (left) to its
// follow-up score (right), on a 0–100% axis, with labels pushed apart so that none overlaps another. The plot grows
// with the number of criteria, so that a long framework's labels still fit.

export interface SlopeInput {
  code: string;
  baseline: number;
  current: number;
}

export interface SlopeLine extends SlopeInput {
  y1: number;
  y2: number;
  labelY1: number;
  labelY2: number;
}

export interface SlopeLayout {
  width: number;
  height: number;
  top: number;
  bottom: number;
  left: number;
  right: number;
  lines: SlopeLine[];
  ticks: { value: number; y: number }[];
}

export const LABEL_GAP = 16;

export function layoutSlopes(
  inputs: readonly SlopeInput[],
  width = 480,
  height = Math.max(320, inputs.length * LABEL_GAP + 56),
): SlopeLayout {
  const top = 24;
  const bottom = height - 32;
  const left = 150;
  const right = width - 150;
  const y = (percentage: number) => bottom - (Math.max(0, Math.min(100, percentage)) / 100) * (bottom - top);
  const y1 = inputs.map((i) => y(i.baseline));
  const y2 = inputs.map((i) => y(i.current));
  const labelY1 = spreadLabels(y1, LABEL_GAP, top, bottom);
  const labelY2 = spreadLabels(y2, LABEL_GAP, top, bottom);
  return {
    width,
    height,
    top,
    bottom,
    left,
    right,
    lines: inputs.map((input, i) => ({
      ...input,
      y1: y1[i]!,
      y2: y2[i]!,
      labelY1: labelY1[i]!,
      labelY2: labelY2[i]!,
    })),
    ticks: [0, 25, 50, 75, 100].map((value) => ({ value, y: y(value) })),
  };
}

/**
 * Moves positions apart until neighbours are at least `gap` apart, keeping their order and staying inside
 * [min, max] where there is room; returns them in the input order.
 */
export function spreadLabels(positions: readonly number[], gap: number, min: number, max: number): number[] {
  const order = positions.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p || a.i - b.i);
  const placed = order.map((o) => o.p);
  for (let k = 1; k < placed.length; k++) {
    placed[k] = Math.max(placed[k]!, placed[k - 1]! + gap);
  }
  const overflow = placed.length > 0 ? placed[placed.length - 1]! - max : 0;
  if (overflow > 0) {
    placed[placed.length - 1] = max;
    for (let k = placed.length - 2; k >= 0; k--) placed[k] = Math.min(placed[k]!, placed[k + 1]! - gap);
  }
  for (let k = 0; k < placed.length; k++) placed[k] = Math.max(placed[k]!, min - gap);
  const out = new Array<number>(positions.length);
  order.forEach((o, k) => (out[o.i] = placed[k]!));
  return out;
}
