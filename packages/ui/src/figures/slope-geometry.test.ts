import { describe, expect, it } from 'vitest';
import { LABEL_GAP, layoutSlopes, spreadLabels } from './slope-geometry.ts';

// West Midlands: B1 48→62, B3 57→70, C2 54→76 (adjusted baseline), C5 55→70 (adjusted baseline).
const westMidlands = [
  { code: 'B1', baseline: 48, current: 61.5 },
  { code: 'B3', baseline: 57, current: 70 },
  { code: 'C2', baseline: 54, current: 76.3 },
  { code: 'C5', baseline: 55, current: 70 },
];

describe('the slope chart', () => {
  it('draws every criterion rising when its follow-up score is higher', () => {
    const layout = layoutSlopes(westMidlands);
    for (const line of layout.lines) expect(line.y2).toBeLessThan(line.y1);
  });

  it('puts 0% at the bottom and 100% at the top of the plot', () => {
    const layout = layoutSlopes(westMidlands);
    expect(layout.ticks[0]).toEqual({ value: 0, y: layout.bottom });
    expect(layout.ticks[4]).toEqual({ value: 100, y: layout.top });
  });

  it('keeps labels of equal or close scores apart (B3 and C5 both end at 70%)', () => {
    const layout = layoutSlopes(westMidlands);
    const right = layout.lines.map((l) => l.labelY2).sort((a, b) => a - b);
    for (let i = 1; i < right.length; i++) expect(right[i]! - right[i - 1]!).toBeGreaterThanOrEqual(LABEL_GAP);
    const left = layout.lines.map((l) => l.labelY1).sort((a, b) => a - b);
    for (let i = 1; i < left.length; i++) expect(left[i]! - left[i - 1]!).toBeGreaterThanOrEqual(LABEL_GAP);
  });

  it('leaves labels that do not collide where they are, in input order', () => {
    expect(spreadLabels([100, 10, 50], 16, 0, 200)).toEqual([100, 10, 50]);
    expect(spreadLabels([195, 199], 16, 0, 200)).toEqual([184, 200]);
  });
});
